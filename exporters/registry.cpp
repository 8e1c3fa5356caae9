/// \file registry.cpp
/// Name and extension -> exporter. Adding a format: one folder under
/// exporters/ and one line in `kFormats`.

#include <array>
#include <functional>

#include "exporters/exporter.h"
#include "exporters/gexf/gexf_exporter.h"
#include "exporters/graphml/graphml_exporter.h"
#include "exporters/jsonld/jsonld_exporter.h"
#include "exporters/mentions/mentions_exporter.h"
#include "exporters/neo4j/neo4j_exporter.h"
#include "exporters/rdf/raptor_exporter.h"

namespace khabar::exporters {
namespace {

struct Format {
  std::string_view name;
  std::string_view aliases;     ///< space-separated other names
  std::string_view extensions;  ///< space-separated, with the dot; may hold dots (".mentions.jsonl")
  std::unique_ptr<Exporter> (*make)();
};

template <rdf::RdfSyntax S>
std::unique_ptr<Exporter> make_rdf() {
  return std::make_unique<rdf::RaptorExporter>(S);
}
std::unique_ptr<Exporter> make_jsonld() { return std::make_unique<jsonld::JsonLdExporter>(); }
std::unique_ptr<Exporter> make_graphml() {
  return std::make_unique<graphml::GraphMlExporter>();
}
std::unique_ptr<Exporter> make_gexf() { return std::make_unique<gexf::GexfExporter>(); }
std::unique_ptr<Exporter> make_neo4j() { return std::make_unique<neo4j::Neo4jExporter>(); }
std::unique_ptr<Exporter> make_neo4j_tar() {
  return std::make_unique<neo4j::Neo4jTarExporter>();
}
std::unique_ptr<Exporter> make_neo4j_zip() {
  return std::make_unique<neo4j::Neo4jZipExporter>();
}
std::unique_ptr<Exporter> make_mentions() {
  return std::make_unique<mentions::MentionsExporter>();
}

constexpr std::array<Format, 12> kFormats = {{
    {"turtle", "ttl", ".ttl", &make_rdf<rdf::RdfSyntax::kTurtle>},
    {"ntriples", "nt n-triples", ".nt", &make_rdf<rdf::RdfSyntax::kNTriples>},
    {"nquads", "nq n-quads", ".nq", &make_rdf<rdf::RdfSyntax::kNQuads>},
    {"trig", "", ".trig", &make_rdf<rdf::RdfSyntax::kTriG>},
    {"rdfxml", "rdf/xml rdf-xml", ".rdf", &make_rdf<rdf::RdfSyntax::kRdfXml>},
    {"jsonld", "json-ld", ".jsonld", &make_jsonld},
    {"graphml", "", ".graphml", &make_graphml},
    {"gexf", "", ".gexf", &make_gexf},
    {"neo4j", "", ".neo4j", &make_neo4j},
    {"neo4j-tar", "", ".neo4j.tar", &make_neo4j_tar},
    {"neo4j-zip", "", ".neo4j.zip", &make_neo4j_zip},
    {"mentions", "mentions-jsonl", ".mentions.jsonl", &make_mentions},
}};

/// True when `word` is one of the space-separated words of `list`,
/// compared without regard to ASCII case.
bool in_list(std::string_view list, std::string_view word) {
  auto equal_ci = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      char x = a[i];
      char y = b[i];
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + ('a' - 'A'));
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + ('a' - 'A'));
      if (x != y) return false;
    }
    return true;
  };
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t end = list.find(' ', pos);
    if (end == std::string_view::npos) end = list.size();
    if (end > pos && equal_ci(list.substr(pos, end - pos), word)) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace

std::unique_ptr<Exporter> make_exporter(std::string_view name) {
  for (const Format& f : kFormats) {
    if (in_list(f.name, name) || in_list(f.aliases, name)) return f.make();
  }
  return nullptr;
}

std::unique_ptr<Exporter> exporter_for_path(std::string_view path) {
  // A folder output may be named with a final slash ("graph.neo4j/").
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.find_last_of('/');
  const std::string_view file =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  // The longest registered extension that ends the file name and leaves a
  // name before it wins: "x.neo4j.tar" is neo4j-tar, "x.tar" nothing.
  const Format* best = nullptr;
  size_t best_len = 0;
  for (const Format& f : kFormats) {
    size_t pos = 0;
    while (pos < f.extensions.size()) {
      size_t end = f.extensions.find(' ', pos);
      if (end == std::string_view::npos) end = f.extensions.size();
      const std::string_view ext = f.extensions.substr(pos, end - pos);
      if (ext.size() > best_len && file.size() > ext.size() &&
          in_list(ext, file.substr(file.size() - ext.size()))) {
        best = &f;
        best_len = ext.size();
      }
      pos = end + 1;
    }
  }
  return best != nullptr ? best->make() : nullptr;
}

std::vector<std::pair<std::string, std::string>> list_formats() {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(kFormats.size());
  for (const Format& f : kFormats) out.emplace_back(f.name, f.extensions);
  return out;
}

}  // namespace khabar::exporters
