#pragma once
/// \file rdf_reader.h
/// Reads an RDF file (N-Triples, Turtle, N-Quads, TriG, RDF/XML) with
/// Raptor2 into plain triples, the way score.py reads it with rdflib: the
/// triples of every named graph are merged, and each term keeps the string
/// that `str()` gives in Python.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace khabar::eval {

/// What an RDF term is.
enum class TermKind : uint8_t {
  kIri,      ///< an IRI (rdflib `URIRef`)
  kBlank,    ///< a blank node
  kLiteral,  ///< a literal, plain, language-tagged or typed
};

/// One RDF term.
struct Term {
  TermKind kind = TermKind::kIri;
  /// The IRI; the literal's lexical form; for a blank node "_:" and a label
  /// unique to the file it was read from (so never equal to an IRI, and
  /// blank nodes of two files never meet).
  std::string value;
  std::string language;  ///< language tag of a literal as written, or ""
  auto operator<=>(const Term&) const = default;
};

/// One statement. The predicate is always an IRI.
struct Triple {
  Term subject;
  Term predicate;
  Term object;
  auto operator<=>(const Triple&) const = default;
};

/// The Raptor2 parser for a file, chosen by its extension (case-insensitive):
/// .nt "ntriples", .ttl "turtle", .nq "nquads", .trig "trig", .rdf/.xml/.owl
/// "rdfxml"; any other extension "turtle" (as score.py does). .jsonld and
/// .json fail with `ErrorCode::kUnknownFormat`: Raptor2 cannot read JSON-LD.
Expected<std::string> parser_for_path(std::string_view path);

/// Keeps the triples whose predicate IRI it accepts.
using PredicateFilter = std::function<bool(std::string_view predicate_iri)>;

/// Parses the RDF file at `path` with the parser `parser_for_path` picks,
/// relative IRIs resolved against the file's own `file://` URI, no network
/// access. Returns its distinct triples in order of first appearance (the
/// triples of all named graphs together), keeping only those `keep` accepts
/// (all when `keep` is empty). As in rdflib, two literals that differ only in
/// the letter case of their language tag are the same term, and the one read
/// first is kept with its tag as written (Raptor's N-Triples and N-Quads
/// parsers lower-case tags; the tag is taken back from the line). RDF/XML
/// tags stay lower-cased.
/// Fails with `kIo` when the file cannot be opened, `kBadData` with the line
/// of the first error when it does not parse, `kUnknownFormat` for JSON-LD.
/// Thread safety: safe to call concurrently (one Raptor world per call).
Expected<std::vector<Triple>> read_rdf(const std::string& path,
                                       const PredicateFilter& keep = {});

}  // namespace khabar::eval
