#pragma once
/// \file graphml_exporter.h
/// GraphML 1.0 export for Gephi, networkx, igraph and yEd: a directed graph
/// whose nodes are `n0, n1, ...` in IRI order and edges `e0, e1, ...` in
/// (subject, predicate, object) order, with attributes declared as `<key>`s.
///
/// Node attributes: `label` (English label, else the first), `type` (coarse
/// class, or "NewsArticle"), `class`, `kind` ("entity" / "article"), `iri`
/// (absolute, as in the RDF exports), `wikidata`, `date`, `first_seen` and
/// `last_seen` (publication dates of the first and last article that report
/// it), `label_<lang>` for
/// every language of a label in the graph, and `r` `g` `b` (a colour per
/// coarse type, as Gephi reads them).
/// Edge attributes: `relation` and `label` (the predicate's local name),
/// `weight` (distinct supporting articles), `confidence` (the highest), and
/// `evidence` `rule` `article` `sentence` `char_start` `char_end` of the first
/// evidence item.
///
/// Every value is XML-escaped; characters XML 1.0 cannot carry are dropped.
/// The output validates against the GraphML 1.0 XML Schema.
/// Thread safety: stateless.

#include "exporters/exporter.h"

namespace khabar::exporters::graphml {

class GraphMlExporter final : public Exporter {
 public:
  std::string_view name() const override { return "graphml"; }
  std::string_view media_type() const override { return "application/graphml+xml"; }
  /// Returns `kIo` when `out` fails.
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
};

}  // namespace khabar::exporters::graphml
