#pragma once
/// \file raptor_exporter.h
/// RDF exporters that serialise the statements of `build_dataset()` through
/// Raptor2.
///
/// Turtle and RDF/XML use Raptor's own "turtle" and "rdfxml-abbrev"
/// serializers. Those hold every statement and write the whole document at
/// the end, grouped by subject; most of their time goes to work Raptor does
/// per written name (each IRI is matched against the prefixes by a scan of
/// a 1,024-bucket table, each XML element start and end scans it again). A
/// large document is therefore cut into runs of whole subjects, each
/// serialised by its own Raptor world on its own thread, and the pieces
/// joined: the text is the one a single serializer writes (checked when the
/// pieces are joined; see `write_rdf`).
///
/// N-Triples, N-Quads and TriG: every distinct term is written once by
/// Raptor's N-Triples term writer (`raptor_term_escaped_write` with
/// `RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL`, which Raptor's "ntriples" and
/// "nquads" serializers call for every term of every statement), and each
/// statement line is those texts joined as `raptor_statement_ntriples_write`
/// joins them (`s p o [g] .`). TriG, which Raptor 2.0.15 cannot write, is
/// one `<graph> { ... }` block per named graph around such lines
/// (N-Triples statements are TriG statements).
///
/// Raptor is fed cheaply: each distinct term becomes one `raptor_term` per
/// world; statements go to Raptor in order, from a stack `raptor_statement`;
/// Raptor writes through a 64 KiB buffer.
///
/// Thread safety: stateless; each `write` call uses its own `raptor_world`s
/// (created on the calling thread, then each used by one thread).

#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/rdf/triples.h"

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

/// Writes the statements of `dataset` in `syntax` to `out`, with up to
/// `threads` threads (the calling thread included). Turtle and RDF/XML are
/// cut into runs of whole subjects that the threads serialise in turn and
/// that are then joined; N-Triples, N-Quads and TriG share out the writing
/// of the terms. The output is the same for every `threads` (Turtle and
/// RDF/XML are written in one piece when a predicate or class is not a
/// prefixed name of the fixed prefixes, or when the pieces do not join).
/// `RaptorExporter::write` picks `threads` from the hardware and the size
/// of the document; tests pass it to compare.
/// Returns `kInternal` when Raptor reports an error, `kIo` when `out` fails.
Status write_rdf(RdfSyntax syntax, const Dataset& dataset, std::ostream& out, unsigned threads);

}  // namespace khabar::exporters::rdf
