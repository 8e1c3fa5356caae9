#include "exporters/neo4j/neo4j_exporter.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <ostream>
#include <set>
#include <sstream>
#include <unordered_set>

#include "exporters/graph_info.h"
#include "exporters/neo4j/zip.h"
#include "exporters/text_util.h"

namespace khabar::exporters::neo4j {
namespace {

constexpr std::array<const char*, 3> kFiles = {"nodes.csv", "relationships.csv", "load.cypher"};

/// Decodes the UTF-8 code point at `s[i]` (valid UTF-8 required); sets `len`.
char32_t code_point_at(std::string_view s, size_t i, size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  len = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = b0 & (len == 2 ? 0x1FU : len == 3 ? 0x0FU : 0x07U);
  for (size_t k = 1; k < len && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
  }
  return cp;
}

bool is_line_or_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

/// The labels of a node: Resource, then Entity + coarse + fine class, or Article.
std::vector<std::string> labels_of(const graph::Node& n) {
  std::vector<std::string> out = {"Resource"};
  if (n.kind == graph::NodeKind::kArticle) {
    out.emplace_back("Article");
    return out;
  }
  out.emplace_back("Entity");
  for (std::string_view cls : {std::string_view(n.coarse), std::string_view(n.cls)}) {
    std::string id = identifier(cls);
    if (id.empty() || id == "Resource" || id == "Entity" || id == "Article") continue;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

/// The relationship type of a predicate; "relatedTo" when nothing is left.
std::string type_of(std::string_view predicate) {
  std::string id = identifier(predicate);
  return id.empty() ? std::string("relatedTo") : id;
}

std::string date_field(const std::string& d) { return is_iso_date(d) ? d : std::string(); }

/// The nodes to write: sorted by IRI, at most one per absolute IRI (two
/// graph nodes can resolve to one IRI; neo4j-admin rejects duplicate ids).
std::vector<std::pair<const graph::Node*, std::string>> unique_nodes(
    const std::vector<const graph::Node*>& nodes, const ExportOptions& options) {
  std::vector<std::pair<const graph::Node*, std::string>> out;
  std::unordered_set<std::string> seen;
  for (const graph::Node* n : nodes) {
    std::string iri = absolute_iri(n->iri, options.base_iri);
    if (seen.insert(iri).second) out.emplace_back(n, std::move(iri));
  }
  return out;
}

void write_nodes(const graph::Graph& g, const ExportOptions& options, std::ostream& out) {
  const auto nodes = g.sorted_nodes();
  const std::set<std::string> langs = label_languages(nodes);
  out << "id:ID,:LABEL,name,type,class,kind,wikidata,date:date,first_seen:date,"
         "last_seen:date,articles:int,url,lang";
  for (const auto& lang : langs) out << ",label_" << lang;
  out << '\n';
  for (const auto& [np, iri] : unique_nodes(nodes, options)) {
    const graph::Node& n = *np;
    const bool article = n.kind == graph::NodeKind::kArticle;
    const auto dates = node_dates(g, n);
    out << csv_field(iri) << ',' << csv_field(join(labels_of(n), ';')) << ','
        << csv_field(display_label(n)) << ',' << csv_field(node_type(n)) << ','
        << csv_field(node_class(n)) << ',' << (article ? "\"article\"" : "\"entity\"") << ','
        << csv_field(wikidata_id(n)) << ',' << date_field(n.date) << ','
        << (dates.empty() ? std::string() : dates.front()) << ','
        << (dates.empty() ? std::string() : dates.back()) << ',';
    if (!article) out << n.articles.size();
    out << ',' << csv_field(article ? n.url : std::string()) << ','
        << csv_field(article ? n.lang : std::string());
    const auto labels = labels_by_language(n);
    for (const auto& lang : langs) {
      out << ',';
      for (const auto& [l, text] : labels) {
        if (l == lang) out << csv_field(text);
      }
    }
    out << '\n';
  }
}

void write_relationships(const graph::Graph& g, const ExportOptions& options, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,weight:int,evidence,rule,confidence:float,article,"
         "sentence:int,char_start:int,char_end:int,evidence_count:int\n";
  for (const auto& e : g.sorted_edges()) {
    out << csv_field(absolute_iri(e.subject->iri, options.base_iri)) << ','
        << csv_field(absolute_iri(e.object->iri, options.base_iri)) << ','
        << csv_field(type_of(e.edge->predicate)) << ',' << graph::support(*e.edge);
    if (e.edge->evidence.empty()) {
      out << ",,,,,,,,0\n";
      continue;
    }
    const graph::Evidence& ev = shown_evidence(*e.edge);
    out << ',' << csv_field(ev.text) << ',' << csv_field(ev.rule) << ','
        << format_decimal(best_confidence(*e.edge)) << ','
        << csv_field(ev.article.empty() ? std::string()
                                        : absolute_iri(ev.article, options.base_iri))
        << ',' << ev.sentence << ',' << ev.begin << ',' << ev.end << ','
        << e.edge->evidence.size() << '\n';
  }
}

/// `name` as a Cypher property key in backticks (names here are built from
/// `[a-z0-9_-]` language tags, but backticks are doubled all the same).
std::string backticked(std::string_view name) {
  std::string out = "`";
  for (char c : name) {
    out += c;
    if (c == '`') out += '`';
  }
  out += '`';
  return out;
}

void write_load_cypher(const graph::Graph& g, std::ostream& out) {
  const auto nodes = g.sorted_nodes();
  const std::set<std::string> langs = label_languages(nodes);
  std::set<std::string> labels;
  for (const graph::Node* n : nodes) {
    for (auto& l : labels_of(*n)) labels.insert(std::move(l));
  }
  labels.erase("Resource");
  std::set<std::string> types;
  for (const auto& e : g.sorted_edges()) types.insert(type_of(e.edge->predicate));

  out << "// khabar knowledge graph: LOAD CSV script for Neo4j 5.\n"
         "// Copy nodes.csv and relationships.csv into the database's import folder, then\n"
         "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher\n"
         "// (or import both files offline with neo4j-admin database import).\n"
         "// Every value is read from the CSV rows; the labels and relationship types\n"
         "// named below are the identifiers that occur in the data.\n\n"
         "CREATE CONSTRAINT khabar_resource_id IF NOT EXISTS\n"
         "FOR (n:Resource) REQUIRE n.id IS UNIQUE;\n\n"
         "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
         "MERGE (n:Resource {id: row.`id:ID`})\n"
         "SET n.name = row.name, n.type = row.type, n.class = row.class, n.kind = row.kind,\n"
         "    n.wikidata = row.wikidata, n.date = date(row.`date:date`),\n"
         "    n.first_seen = date(row.`first_seen:date`), n.last_seen = date(row.`last_seen:date`),\n"
         "    n.articles = toInteger(row.`articles:int`), n.url = row.url, n.lang = row.lang";
  for (const auto& lang : langs) {
    const std::string key = backticked("label_" + lang);
    out << ",\n    n." << key << " = row." << key;
  }
  out << "\nWITH n, split(row.`:LABEL`, ';') AS labels";
  for (const auto& l : labels) {
    out << "\nFOREACH (_ IN CASE WHEN '" << l << "' IN labels THEN [1] ELSE [] END | SET n:" << l
        << ")";
  }
  out << ";\n";
  for (const auto& t : types) {
    out << "\nLOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
           "WITH row WHERE row.`:TYPE` = '"
        << t
        << "'\n"
           "MATCH (s:Resource {id: row.`:START_ID`}), (o:Resource {id: row.`:END_ID`})\n"
           "CREATE (s)-[r:"
        << t
        << "]->(o)\n"
           "SET r.weight = toInteger(row.`weight:int`), r.evidence = row.evidence, r.rule = "
           "row.rule,\n"
           "    r.confidence = toFloat(row.`confidence:float`), r.article = row.article,\n"
           "    r.sentence = toInteger(row.`sentence:int`), r.char_start = "
           "toInteger(row.`char_start:int`),\n"
           "    r.char_end = toInteger(row.`char_end:int`), r.evidence_count = "
           "toInteger(row.`evidence_count:int`);\n";
  }
}

/// Writes one ustar member: header, content, padding to 512 bytes.
void write_tar_member(std::ostream& out, std::string_view name, std::string_view content,
                      int64_t mtime) {
  std::array<char, 512> h{};
  auto put = [&](size_t off, size_t len, std::string_view v) {
    std::memcpy(h.data() + off, v.data(), std::min(len, v.size()));
  };
  auto octal = [&](size_t off, size_t len, uint64_t v) {
    std::string s(len - 1, '0');
    for (size_t i = len - 1; i-- > 0 && v > 0; v >>= 3) s[i] = static_cast<char>('0' + (v & 7));
    put(off, len - 1, s);  // NUL-terminated by the zeroed header
  };
  put(0, 100, name);
  octal(100, 8, 0644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, content.size());
  octal(136, 12, static_cast<uint64_t>(mtime));
  h[156] = '0';
  put(257, 6, std::string_view("ustar\0", 6));
  put(263, 2, "00");
  put(265, 32, "khabar");
  put(297, 32, "khabar");
  std::memset(h.data() + 148, ' ', 8);
  unsigned sum = 0;
  for (char c : h) sum += static_cast<unsigned char>(c);
  octal(148, 7, sum);  // six octal digits, NUL, space
  h[154] = '\0';
  h[155] = ' ';
  out.write(h.data(), h.size());
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  const size_t pad = (512 - content.size() % 512) % 512;
  static const std::array<char, 512> kZeros{};
  out.write(kZeros.data(), static_cast<std::streamsize>(pad));
}

/// The latest publication date of the graph's articles, or "": archive
/// members are dated by it, so the archive depends only on the graph.
std::string latest_article_date(const graph::Graph& g) {
  std::string latest;
  for (const graph::Node* n : g.sorted_nodes()) {
    if (n->kind == graph::NodeKind::kArticle && is_iso_date(n->date) && n->date > latest) {
      latest = n->date;
    }
  }
  return latest;
}

Status write_tar(const graph::Graph& g, const ExportOptions& options, std::ostream& out) {
  const std::string date = latest_article_date(g);
  const int64_t mtime = date.empty() ? 0 : std::max<int64_t>(0, days_from_civil(date) * 86400);
  for (const auto& [name, content] : neo4j_files(g, options)) {
    write_tar_member(out, name, content, mtime);
  }
  static const std::array<char, 1024> kEnd{};
  out.write(kEnd.data(), kEnd.size());
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the neo4j archive"};
  return {};
}

}  // namespace

std::string csv_field(std::string_view raw) {
  if (raw.empty()) return {};
  const std::string value = valid_utf8(raw);
  std::string out = "\"";
  out.reserve(value.size() + 2);
  size_t i = 0;
  while (i < value.size()) {
    size_t len = 1;
    const char32_t cp = code_point_at(value, i, len);
    if (is_line_or_control(cp)) {
      out += ' ';
    } else if (cp == '"') {
      out += "\"\"";
    } else if (cp == '\\' && (i + 1 == value.size() || value[i + 1] == '\\' ||
                              value[i + 1] == '"')) {
      out += "\xE2\xA7\xB5";  // U+29F5 REVERSE SOLIDUS OPERATOR
    } else {
      out.append(value, i, len);
    }
    i += len;
  }
  out += '"';
  return out;
}

std::string identifier(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    if (out.empty() ? letter : (letter || digit || c == '_')) out += c;
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> neo4j_files(const graph::Graph& g,
                                                             const ExportOptions& options) {
  std::vector<std::pair<std::string, std::string>> out;
  std::ostringstream nodes, rels, cypher;
  write_nodes(g, options, nodes);
  write_relationships(g, options, rels);
  write_load_cypher(g, cypher);
  out.emplace_back(kFiles[0], nodes.str());
  out.emplace_back(kFiles[1], rels.str());
  out.emplace_back(kFiles[2], cypher.str());
  return out;
}

Status Neo4jExporter::write(const graph::Graph& g, const ExportOptions& options,
                            std::ostream& out) const {
  return write_tar(g, options, out);
}

Status Neo4jTarExporter::write(const graph::Graph& g, const ExportOptions& options,
                               std::ostream& out) const {
  return write_tar(g, options, out);
}

Status Neo4jZipExporter::write(const graph::Graph& g, const ExportOptions& options,
                               std::ostream& out) const {
  Status st = write_zip(out, neo4j_files(g, options), dos_date(latest_article_date(g)));
  if (!st.ok()) return {st.code(), "neo4j archive: " + st.message()};
  return {};
}

std::vector<std::string> Neo4jExporter::file_names() const {
  return {kFiles.begin(), kFiles.end()};
}

Status Neo4jExporter::write_folder(const graph::Graph& g, const ExportOptions& options,
                                   const std::string& dir) const {
  for (const char* name : kFiles) {
    const std::string path = dir + "/" + name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return {ErrorCode::kIo, "cannot create the file", path};
    if (name == kFiles[0]) {
      write_nodes(g, options, out);
    } else if (name == kFiles[1]) {
      write_relationships(g, options, out);
    } else {
      write_load_cypher(g, out);
    }
    out.close();
    if (!out) return {ErrorCode::kIo, "cannot write the file", path};
  }
  return {};
}

}  // namespace khabar::exporters::neo4j
