#pragma once
/// \file raptor_exporter.h
/// RDF exporters that serialise the statements of `build_dataset()` through
/// Raptor2.
///
/// Every distinct term is written once by Raptor, its text kept, and each
/// statement is those texts joined in the syntax's layout; the documents
/// are the ones Raptor 2.0.15's own serializers write from the same
/// statements (byte for byte, except where noted), at a fraction of their
/// cost (they do work per written name: each IRI is matched against the
/// prefixes by a scan of a 1,024-bucket table, and each XML element start
/// and end scans it again).
///
/// - N-Triples, N-Quads: each term by Raptor's N-Triples term writer
///   (`raptor_term_escaped_write` with `RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL`,
///   which the "ntriples" and "nquads" serializers call for every term of
///   every statement); each line joined as `raptor_statement_ntriples_write`
///   joins it (`s p o [g] .`).
/// - TriG, which Raptor 2.0.15 cannot write: one `<graph> { ... }` block per
///   named graph around such lines (N-Triples statements are TriG statements).
/// - Turtle: each term by Raptor's Turtle term writer
///   (`raptor_term_turtle_write` with the fixed prefixes on a namespace stack;
///   an IRI under none of them by `raptor_uri_escaped_write`, what that writer
///   falls back to), in the layout of the "turtle" serializer: the prefixes,
///   then per subject `s\n    p o1, o2 ;\n    a c .\n\n`.
/// - RDF/XML: each IRI and literal escaped by Raptor's XML escaper
///   (`raptor_xml_escape_string_any_write`, what its XML writer calls), each
///   predicate and class named once by Raptor's namespace stack
///   (`raptor_new_qname_from_namespace_uri`), in the layout of the
///   "rdfxml-abbrev" serializer: one node element per subject, named by its
///   first class (else `rdf:Description`), with `rdf:about`, and a property
///   element per statement (`rdf:resource`, or text with `xml:lang` or
///   `rdf:datatype`). Unlike Raptor's, a class under none of the fixed
///   prefixes becomes an `rdf:type` property element of an `rdf:Description`,
///   and a namespace made up for a predicate (`ns0`) is declared on the same
///   line.
///
/// The texts of the terms are written on up to four threads (one per core,
/// fewer for small documents), each with a Raptor world of its own; the
/// texts do not depend on the world, so the output is the same for every
/// thread count. Statements are joined on the calling thread.
///
/// Thread safety: stateless; each `write` call uses `raptor_world`s of its
/// own (created on the calling thread, then each used by one thread).

#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/rdf/triples.h"

namespace khabar::exporters::rdf {

/// Which syntax a `RaptorExporter` writes (in the layout of which Raptor
/// serializer).
enum class RdfSyntax {
  kTurtle,    ///< "turtle", fixed prefixes, triples of all graphs
  kNTriples,  ///< "ntriples", triples of all graphs
  kNQuads,    ///< "nquads", one named graph per article
  kTriG,      ///< TriG, one named graph per article
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
  /// as `kh:` plus a predicate name that ends in a digit after a character
  /// XML names forbid, such as `kh:part%202`).
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;

 private:
  RdfSyntax syntax_;
};

/// Writes the statements of `dataset` in `syntax` to `out`, the terms'
/// texts written by up to `threads` threads (the calling thread included):
/// for Turtle, N-Triples and RDF/XML the triples of all graphs in
/// `sorted_triples()` order (grouped by subject, then predicate), for
/// N-Quads and TriG the quads in `sorted_quads()` order. Deterministic: the
/// text depends only on `dataset`, not on `threads`.
/// `RaptorExporter::write` picks `threads` from the hardware and the size
/// of the document; tests pass it to compare.
/// Returns `kInternal` when Raptor reports an error (RDF/XML: also when a
/// predicate IRI does not end with an XML name, so that no namespace can be
/// split off), `kIo` when `out` fails.
Status write_rdf(RdfSyntax syntax, const Dataset& dataset, std::ostream& out, unsigned threads);

}  // namespace khabar::exporters::rdf
