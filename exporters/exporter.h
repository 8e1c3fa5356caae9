#pragma once
/// \file exporter.h
/// An `Exporter` writes a built `graph::Graph` in one format. Exporters are
/// stateless and thread-safe; `registry.cpp` maps names and file extensions
/// to them, so a new format takes one folder and one registry line.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "graph/graph.h"

namespace khabar::exporters {

struct ExportOptions {
  /// Base of every resource IRI (nodes, statements); the ontology namespace
  /// is fixed (vocab::kKh).
  std::string base_iri = "https://w3id.org/khabar/resource/";
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  /// Short name used by --format: "turtle", "ntriples", "graphml", "jsonld".
  virtual std::string_view name() const = 0;
  virtual std::string_view media_type() const = 0;
  /// Writes the whole graph to `out`. Requires: `out` is open. Returns a
  /// non-ok Status when the graph cannot be written in this format.
  virtual Status write(const graph::Graph& g, const ExportOptions& options,
                       std::ostream& out) const = 0;
};

/// An exporter whose natural output is a folder of files (the Neo4j bulk
/// import: nodes.csv, relationships.csv, load.cypher). `write` still gives
/// one stream (for standard output); `write_folder` writes the files.
class FolderExporter : public Exporter {
 public:
  /// Writes the export's files into the existing, empty folder `dir`.
  /// Returns `kIo` when a file cannot be written.
  virtual Status write_folder(const graph::Graph& g, const ExportOptions& options,
                              const std::string& dir) const = 0;
  /// The names of the files `write_folder` writes.
  virtual std::vector<std::string> file_names() const = 0;
};

/// Writes the folder `path` whole or not at all: the files go into a
/// temporary folder beside it (`path.tmp-PID`), which then replaces `path`.
/// An existing `path` is replaced only when it is a folder that holds
/// nothing but files this exporter writes; otherwise `kIo` and nothing
/// changes. A trailing '/' in `path` is ignored.
///   if (auto* fx = dynamic_cast<const FolderExporter*>(ex.get()))
///     st = write_folder_output(*fx, g, options, "graph.neo4j");
Status write_folder_output(const FolderExporter& exporter, const graph::Graph& g,
                           const ExportOptions& options, const std::string& path);

/// The exporter called `name` (or whose aliases include it), or nullptr.
std::unique_ptr<Exporter> make_exporter(std::string_view name);
/// The exporter for a file name, by its extension (".ttl", ".nt",
/// ".mentions.jsonl", ".neo4j" ...; the longest that matches), or nullptr.
std::unique_ptr<Exporter> exporter_for_path(std::string_view path);
/// Every registered format name with its extensions, for --help.
std::vector<std::pair<std::string, std::string>> list_formats();

}  // namespace khabar::exporters
