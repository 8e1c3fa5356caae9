#pragma once
/// \file raptor_exporter.h
/// RDF exporters that serialise the statements of `build_dataset()` through
/// Raptor2: Turtle, N-Triples, N-Quads and RDF/XML with Raptor's own
/// serializers, and TriG, which Raptor 2.0.15 cannot write, as one
/// `<graph> { ... }` block per named graph around the statements of Raptor's
/// N-Triples serializer (N-Triples statements are TriG statements).
///
/// Raptor is fed cheaply: each distinct term becomes one `raptor_term`,
/// shared by every statement that uses it; statements go to Raptor in
/// order, from a stack `raptor_statement`; Raptor writes through a 64 KiB
/// buffer. What remains is Raptor's own work (escaping every byte it
/// writes; for Turtle and RDF/XML also the abbreviation it does at the end).
///
/// Thread safety: stateless; each `write` call uses its own `raptor_world`.

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace khabar::exporters::rdf {

/// Which Raptor serializer an `RaptorExporter` drives.
enum class RdfSyntax {
  kTurtle,    ///< "turtle", fixed prefixes, triples of all graphs
  kNTriples,  ///< "ntriples", triples of all graphs
  kNQuads,    ///< "nquads", one named graph per article
  kTriG,      ///< "trig", one named graph per article
  kRdfXml,    ///< "rdfxml-abbrev", fixed prefixes, triples of all graphs
};

/// Writes the graph's RDF statements in one syntax. Output is deterministic:
/// statements in `build_quads()` order (`build_triples()` order for the
/// syntaxes without graphs), prefixes fixed.
class RaptorExporter final : public Exporter {
 public:
  explicit RaptorExporter(RdfSyntax syntax) : syntax_(syntax) {}

  std::string_view name() const override;
  std::string_view media_type() const override;
  /// Returns `kUsage` when `options.base_iri` is not absolute, `kIo` when
  /// `out` fails, `kInternal` when Raptor reports an error (RDF/XML: also
  /// when a predicate IRI cannot be split into a namespace and an XML name,
  /// which khabar's predicates, all `kh:` local names, always can).
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;

 private:
  RdfSyntax syntax_;
};

}  // namespace khabar::exporters::rdf
