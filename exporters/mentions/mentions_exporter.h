#pragma once
/// \file mentions_exporter.h
/// The mentions export (`.mentions.jsonl`), for NER and entity-linking
/// benchmarks: one JSON object per line per article, in article IRI order,
///   {"id": "ar-lmc-chiang-mai", "mentions": [{"start": 12, "end": 19,
///    "text": "وانغ يي", "type": "Person", "entity": "https://...",
///    "wikidata": "Q..."}]}
/// `id` is the article's id (its IRI when it has none); `start` and `end`
/// are Unicode code points of the article text as given (end exclusive);
/// `text` is that slice; `type` the coarse class; `entity` the absolute IRI
/// of the entity node (as in the RDF exports); `wikidata` only when linked.
/// Mentions come from `Graph::mentions` (filled by the pipeline), in
/// (start, end) order; nested and overlapping mentions are all listed.
/// Every article node gets a line, with `[]` when it has no mention.
/// Deterministic. Thread safety: stateless.

#include "exporters/exporter.h"

namespace khabar::exporters::mentions {

class MentionsExporter final : public Exporter {
 public:
  std::string_view name() const override { return "mentions"; }
  std::string_view media_type() const override { return "application/jsonl"; }
  /// Returns `kIo` when `out` fails.
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
};

}  // namespace khabar::exporters::mentions
