#pragma once
/// \file triples.h
/// The RDF view of a `graph::Graph`: one function turns the graph into
/// statements, and every RDF writer (Turtle, N-Triples, N-Quads, TriG,
/// RDF/XML) and the JSON-LD writer serialise that same set, so they cannot
/// disagree.
///
/// Mapping (base = `ExportOptions::base_iri`, kh = `vocab::kKh`):
/// - entity: `rdf:type kh:<cls>` (or `kh:<coarse>`), `rdfs:label`,
///   `skos:altLabel`, `owl:sameAs` Wikidata / GeoNames, `schema:startDate`;
/// - article: `rdf:type schema:NewsArticle`, `schema:identifier`,
///   `schema:url`, `schema:headline`, `schema:inLanguage`,
///   `schema:datePublished`, and `schema:mentions` for each entity that lists
///   the article;
/// - edge: `<s> kh:<predicate> <o>`, plus for each evidence item an
///   `rdf:Statement` node `<base>statement/<fnv1a-64 hex>` with
///   `prov:wasDerivedFrom`, `kh:sentenceIndex`, `kh:charStart`, `kh:charEnd`,
///   `kh:evidenceText`, `kh:rule`, `kh:confidence`.
/// Named graphs: what one article says (its own description, its mentions,
/// the edges it supports and their statement nodes) is in the graph named by
/// the article's IRI; entity descriptions, merged across articles, are in the
/// default graph. The union of all graphs is the N-Triples output.
///
/// Every IRI is absolute and percent-encoded where RFC 3987 requires; every
/// lexical form is `rdf_text()`: valid UTF-8 with only the characters XML 1.0
/// allows (so RDF/XML carries the same literals); language tags are lower-case
/// BCP 47 or absent.
///
/// The writers use `Dataset` (`build_dataset`): every distinct term stored
/// once and statements as four integers, so building, sorting and handing
/// terms to a serializer cost one string per distinct term, not three per
/// statement. `build_quads` and `build_triples` give the same statements as
/// plain values (tests, and callers that want strings).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"
#include "graph/graph.h"

namespace khabar::exporters::rdf {

enum class TermKind : uint8_t {
  kIri,      ///< `value` is an absolute IRI
  kLiteral,  ///< `value` is a lexical form
};

/// An RDF term (no blank nodes: khabar names everything).
struct Term {
  TermKind kind = TermKind::kIri;
  std::string value;
  std::string datatype;  ///< literal datatype IRI; "" for a plain string
  std::string lang;      ///< literal language tag, or ""
  auto operator<=>(const Term&) const = default;
};

Term iri(std::string value);
Term literal(std::string value, std::string lang = {});
Term typed_literal(std::string value, std::string datatype);

struct Triple {
  Term subject, predicate, object;
  auto operator<=>(const Triple&) const = default;
};

/// A triple in the default graph (`graph` empty) or in a named graph.
struct Quad {
  std::string graph;
  Triple triple;
  auto operator<=>(const Quad&) const = default;
};

/// The index of a term in a `Dataset`. Ids follow the term order: `a < b`
/// exactly when `term(a) < term(b)`.
using TermId = uint32_t;

/// A triple of a `Dataset`, by term ids; ordered as the `Triple` it stands for.
struct TripleRef {
  TermId subject = 0, predicate = 0, object = 0;
  auto operator<=>(const TripleRef&) const = default;
};

/// A quad of a `Dataset`: `graph` is 0 for the default graph, else the id of
/// the graph name's IRI plus one; ordered as the `Quad` it stands for.
struct QuadRef {
  uint32_t graph = 0;
  TripleRef triple;
  auto operator<=>(const QuadRef&) const = default;
};

/// Every statement of a graph, each distinct term stored once.
/// Invariant: `terms_` is sorted and unique (so ids are ranks); every id in
/// `quads_` is an index into `terms_`, and every term is used by a quad.
/// Thread safety: immutable once built; const methods may run concurrently.
class Dataset {
 public:
  const Term& term(TermId id) const { return terms_[id]; }
  size_t term_count() const { return terms_.size(); }
  /// How many quads were collected (duplicates included): an upper bound
  /// on the size of `sorted_quads()` and `sorted_triples()`.
  size_t quad_count() const { return quads_.size(); }
  /// The id of term `t`, or nullopt when no statement uses it.
  /// O(log term_count()).
  std::optional<TermId> find(const Term& t) const;

  /// Every quad, sorted by (graph, subject, predicate, object), unique: the
  /// order of `build_quads()`.
  std::vector<QuadRef> sorted_quads() const;
  /// Every triple with the graph names dropped, sorted and unique: the order
  /// of `build_triples()`.
  std::vector<TripleRef> sorted_triples() const;

 private:
  friend Dataset build_dataset(const graph::Graph& g, const ExportOptions& options);
  std::vector<Term> terms_;
  std::vector<QuadRef> quads_;  ///< unsorted, possibly with duplicates
};

/// Ok when `options` can be used: its base IRI is absolute (`scheme://...`).
Status check_options(const ExportOptions& options);

/// The statements of `g`. Deterministic: depends only on `g` and `options`.
/// Requires: `check_options(options).ok()`.
Dataset build_dataset(const graph::Graph& g, const ExportOptions& options);

/// Every statement of `g`, sorted by (graph, subject, predicate, object),
/// without duplicates. Deterministic: depends only on `g` and `options`.
/// Requires: `check_options(options).ok()`.
std::vector<Quad> build_quads(const graph::Graph& g, const ExportOptions& options);

/// The triples of `quads` with the graph names dropped: sorted, unique.
std::vector<Triple> to_triples(const std::vector<Quad>& quads);

/// The same as `to_triples(build_quads(g, options))`.
std::vector<Triple> build_triples(const graph::Graph& g, const ExportOptions& options);

/// The IRI of the statement node for one evidence item of the edge
/// (`subject`, `predicate`, `object`), all three absolute IRIs:
/// `base + "statement/" + hex16(fnv1a_64(s|p|o|article|sentence|begin|end|rule))`.
std::string statement_iri(std::string_view base, std::string_view subject,
                          std::string_view predicate, std::string_view object,
                          const graph::Evidence& evidence);

}  // namespace khabar::exporters::rdf
