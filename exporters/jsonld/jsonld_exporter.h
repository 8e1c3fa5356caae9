#pragma once
/// \file jsonld_exporter.h
/// JSON-LD 1.1 export with RapidJSON: `{"@context": {...}, "@graph": [...]}`
/// with the context of `context.h` embedded (nothing is fetched), and one
/// node object per subject of `rdf::build_triples()`, so its expansion gives
/// exactly the N-Triples output's triples.
///
/// Thread safety: stateless.

#include "exporters/exporter.h"

namespace khabar::exporters::jsonld {

/// Writes the graph as one JSON-LD document, streaming node objects in
/// subject order. Values that a context term coerces are written as plain
/// strings; others as `{"@id"}` or `{"@value", "@language"|"@type"}` objects
/// (decimals stay strings, so they do not turn into `xsd:double`).
class JsonLdExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  std::string_view media_type() const override { return "application/ld+json"; }
  /// Returns `kUsage` for a relative base IRI, `kIo` when `out` fails.
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
};

}  // namespace khabar::exporters::jsonld
