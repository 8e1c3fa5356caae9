#pragma once
/// \file neo4j_exporter.h
/// Neo4j bulk-import export: `nodes.csv` and `relationships.csv` in the
/// header syntax of `neo4j-admin database import`, and `load.cypher`, a
/// LOAD CSV script that loads the same files into a running database.
///
///   khabar build in.jsonl -o graph.neo4j        # a folder of the three files
///   khabar build in.jsonl -o graph.neo4j.zip    # or .neo4j.tar: one archive
///   neo4j-admin database import full --nodes=graph.neo4j/nodes.csv
///       --relationships=graph.neo4j/relationships.csv neo4j
///
/// nodes.csv: `id:ID` (the node's absolute IRI), `:LABEL` (`Resource`, then
/// `Entity` and its coarse and fine class, or `Article`), `name` (the label a
/// viewer shows), `type`, `class`, `kind`, `wikidata`, `date:date`,
/// `first_seen:date`, `last_seen:date`, `articles:int`, `url`, `lang`, then
/// `label_<lang>` for every label language in the graph.
/// relationships.csv: `:START_ID`, `:END_ID`, `:TYPE` (the kh: relation's
/// local name), `weight:int` (supporting articles), `evidence`, `rule`,
/// `confidence:float` (the highest), `article`, `sentence:int`,
/// `char_start:int`, `char_end:int`, `evidence_count:int` (the first
/// evidence item, like GraphML and GEXF).
///
/// Escaping (see `csv_field`): every string is quoted with `"` doubled, so
/// commas, quotes and `;` cannot break a row; line breaks and other control
/// characters become spaces, so neither `--multiline-fields` nor any reader
/// option is needed; a backslash that Neo4j's legacy quote escaping (the
/// LOAD CSV default) would read as an escape becomes U+29F5 '⧵'. Labels and
/// relationship types are reduced to `[A-Za-z0-9_]` identifiers, and
/// `load.cypher` never splices a value into Cypher: it reads every value
/// from the CSV rows, so no label can inject Cypher.
/// Rows are in IRI / (subject, predicate, object) order: deterministic.
/// Thread safety: stateless.

#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"

namespace khabar::exporters::neo4j {

/// The folder export (`-o DIR.neo4j`). As a stream (`--format neo4j`) it
/// writes the same three files as an uncompressed POSIX tar archive.
class Neo4jExporter final : public FolderExporter {
 public:
  std::string_view name() const override { return "neo4j"; }
  std::string_view media_type() const override { return "application/x-tar"; }
  /// The tar archive of the three files. Returns `kIo` when `out` fails.
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
  /// Writes nodes.csv, relationships.csv and load.cypher into `dir`.
  Status write_folder(const graph::Graph& g, const ExportOptions& options,
                      const std::string& dir) const override;
  std::vector<std::string> file_names() const override;
};

/// The same three files as one tar archive (`-o graph.neo4j.tar`).
class Neo4jTarExporter final : public Exporter {
 public:
  std::string_view name() const override { return "neo4j-tar"; }
  std::string_view media_type() const override { return "application/x-tar"; }
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
};

/// The same three files as one ZIP archive of stored entries
/// (`-o graph.neo4j.zip`), dated like the tar members; see `zip.h`.
class Neo4jZipExporter final : public Exporter {
 public:
  std::string_view name() const override { return "neo4j-zip"; }
  std::string_view media_type() const override { return "application/zip"; }
  /// Returns `kIo` when `out` fails, `kTooLarge` when the archive would pass
  /// 4 GiB (ZIP64 is not written).
  Status write(const graph::Graph& g, const ExportOptions& options,
               std::ostream& out) const override;
};

/// One CSV field as Neo4j reads it the same way with and without legacy
/// quote escaping: "" (an absent value) for an empty `value`, else `value`
/// quoted. See the file comment.
///   csv_field("say \"hi\"") == "\"say \"\"hi\"\"\""
std::string csv_field(std::string_view value);

/// `s` reduced to a Cypher/Neo4j identifier: only `[A-Za-z0-9_]`, starting
/// with a letter; "" when nothing is left.
std::string identifier(std::string_view s);

/// The files of the export, name -> content, in `file_names()` order.
std::vector<std::pair<std::string, std::string>> neo4j_files(const graph::Graph& g,
                                                             const ExportOptions& options);

}  // namespace khabar::exporters::neo4j
