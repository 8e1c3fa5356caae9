#pragma once
/// \file gexf_exporter.h
/// GEXF 1.3 export for Gephi: a dynamic, directed graph whose nodes and
/// edges live on the days their articles were published, so Gephi's
/// timeline animates the graph as the news came in.
///
/// - `<graph mode="dynamic" timeformat="date" timerepresentation="interval">`
///   with `start`/`end` the first and last publication date in the graph.
/// - Node id: the node's absolute IRI (as in the RDF exports, so GEXF files
///   of separately built graphs merge in Gephi by id); `label` as GraphML's.
///   Attributes: `type` (coarse class or "NewsArticle"), `class`, `kind`
///   ("entity" / "article"), `iri`, `wikidata`, `date` (event or publication
///   date), `first_seen` `last_seen` (first and last publication date of its
///   articles), `articles` (how many), `label_<lang>` per label language.
///   `<spells>`: one `<spell>` per run of consecutive publication days.
///   `<color>`: one colour per coarse type (GraphML's r/g/b).
/// - Edge id `e<N>` in (subject, predicate, object) order; `kind` and
///   `label` the relation (Gephi keeps parallel edges of different kinds
///   apart), `weight` the number of supporting articles. Attributes:
///   `relation`, `confidence` (the highest), `evidence_count`, and
///   `evidence` `rule` `article` `sentence` `char_start` `char_end` of the
///   first evidence item. `<spells>` from the dates of its articles.
/// A node or edge without a dated article has no spells (always present).
///
/// The gephi/gexf 1.3 schema declares `color` in the GEXF namespace (not the
/// 1.2 `viz` one); it is written there, which validates, and Gephi reads it
/// by local name. Every value is XML-escaped; characters XML 1.0 forbids are
/// dropped. Deterministic. Thread safety: stateless.

#include "exporters/exporter.h"

namespace khabar::exporters::gexf {

class GexfExporter final : public Exporter {
 public:
  std::string_view name() const override { return "gexf"; }
  std::string_view media_type() const override { return "application/gexf+xml"; }
  /// Returns `kIo` when `out` fails.
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
};

}  // namespace khabar::exporters::gexf
