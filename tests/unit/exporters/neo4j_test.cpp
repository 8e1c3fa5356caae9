#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/neo4j/neo4j_exporter.h"
#include "fixture.h"

namespace {

namespace fs = std::filesystem;
namespace neo4j = khabar::exporters::neo4j;
using khabar::exporters::testing::kHostileLabel;
using khabar::exporters::testing::make_fixture_graph;
using khabar::exporters::testing::res;

using Row = std::vector<std::optional<std::string>>;  // nullopt: empty, unquoted

/// Reads CSV the way Neo4j's BufferedCharSeeker does (delimiter ',', quote
/// '"', "" inside quotes, no multi-line fields), with or without legacy
/// quote escaping (\" and \\ inside quotes: LOAD CSV's default). Returns
/// nullopt on what Neo4j rejects: data after a closing quote, a line break
/// inside quotes, a missing closing quote.
std::optional<std::vector<Row>> read_neo4j_csv(const std::string& text, bool legacy) {
  std::vector<Row> rows;
  size_t i = 0;
  while (i < text.size()) {
    Row row;
    while (true) {
      std::string value;
      bool quoted = false;
      if (i < text.size() && text[i] == '"') {
        quoted = true;
        ++i;
        while (true) {
          if (i >= text.size()) return std::nullopt;
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              value += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\n' || c == '\r') return std::nullopt;
          if (legacy && c == '\\' && i + 1 < text.size() &&
              (text[i + 1] == '"' || text[i + 1] == '\\')) {
            value += text[i + 1];
            i += 2;
            continue;
          }
          value += c;
          ++i;
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n') return std::nullopt;
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n') value += text[i++];
      }
      row.push_back(quoted || !value.empty() ? std::optional<std::string>(value) : std::nullopt);
      if (i >= text.size() || text[i] == '\n') {
        ++i;
        break;
      }
      ++i;  // ','
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::map<std::string, std::string> files_of(const khabar::graph::Graph& g) {
  std::map<std::string, std::string> out;
  for (auto& [name, content] : neo4j::neo4j_files(g, {})) out[name] = content;
  return out;
}

/// A fresh temporary folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "khabar-neo4j-test.XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("csv_field quotes and escapes values", "[exporters][neo4j]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"", ""},  // absent
      {" ", "\" \""},
      {"Wang Yi", "\"Wang Yi\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"a,b;c", "\"a,b;c\""},
      {"line1\nline2\r\tx", "\"line1 line2  x\""},     // no multi-line fields
      {"\x01\x7F\xC2\x85\xE2\x80\xA8", "\"    \""},      // C0, DEL, C1, U+2028
      {"\xE2\x80\x8Fوانغ", "\"\xE2\x80\x8Fوانغ\""},      // RTL mark kept
      {"a\\b", "\"a\\b\""},                              // a lone backslash is kept
      {"end\\", "\"end\xE2\xA7\xB5\""},                  // ... not before the closing quote
      {"a\\\"b", "\"a\xE2\xA7\xB5\"\"b\""},
      {"a\\\\b", "\"a\xE2\xA7\xB5\\b\""},
      {"\xFF", "\"\xEF\xBF\xBD\""},                      // invalid UTF-8 repaired
      {"\"]->(x) DETACH DELETE x //", "\"\"\"]->(x) DETACH DELETE x //\""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(neo4j::csv_field(c.in) == c.out);
  }
}

TEST_CASE("csv_field reads back the same with and without legacy quoting",
          "[exporters][neo4j]") {
  const std::string values[] = {kHostileLabel, "end\\", "a\\\"b", "\\\\\\", "\"\"", "x\\",
                                "\\\"]->(x) DETACH DELETE x //", "شيانغ ماي, \"تايلاند\""};
  for (const auto& v : values) {
    INFO(v);
    const std::string line = neo4j::csv_field(v) + ",next\n";
    const auto plain = read_neo4j_csv(line, false);
    const auto legacy = read_neo4j_csv(line, true);
    REQUIRE(plain.has_value());
    REQUIRE(legacy.has_value());
    CHECK(*plain == *legacy);
    REQUIRE(plain->size() == 1);
    CHECK((*plain)[0].size() == 2);
    CHECK((*plain)[0][1] == std::optional<std::string>("next"));
  }
}

TEST_CASE("identifiers for labels and relationship types", "[exporters][neo4j]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"coChaired", "coChaired"}, {"Country", "Country"}, {"", ""},
      {"9th", "th"},              {"a b`c", "abc"},       {"x)-[:R]->(y", "xRy"},
      {"_x", "x"},                {"وانغ", ""},           {"part_of2", "part_of2"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(neo4j::identifier(c.in) == c.out);
  }
}

TEST_CASE("neo4j-admin headers are exact", "[exporters][neo4j]") {
  const auto files = files_of(make_fixture_graph());
  const std::string& nodes = files.at("nodes.csv");
  const std::string& rels = files.at("relationships.csv");
  CHECK(nodes.substr(0, nodes.find('\n')) ==
        "id:ID,:LABEL,name,type,class,kind,wikidata,date:date,first_seen:date,last_seen:date,"
        "articles:int,url,lang,label_ar,label_en,label_en-gb");
  CHECK(rels.substr(0, rels.find('\n')) ==
        ":START_ID,:END_ID,:TYPE,weight:int,evidence,rule,confidence:float,article,sentence:int,"
        "char_start:int,char_end:int,evidence_count:int");
}

TEST_CASE("every row parses, every :START_ID and :END_ID is a node id", "[exporters][neo4j]") {
  const auto g = make_fixture_graph();
  const auto files = files_of(g);
  for (bool legacy : {false, true}) {
    INFO("legacy quoting " << legacy);
    const auto nodes = read_neo4j_csv(files.at("nodes.csv"), legacy);
    const auto rels = read_neo4j_csv(files.at("relationships.csv"), legacy);
    REQUIRE(nodes.has_value());
    REQUIRE(rels.has_value());
    REQUIRE(nodes->size() == g.node_count() + 1);
    REQUIRE(rels->size() == g.edge_count() + 1);
    std::set<std::string> ids;
    for (size_t r = 1; r < nodes->size(); ++r) {
      const Row& row = (*nodes)[r];
      REQUIRE(row.size() == (*nodes)[0].size());
      REQUIRE(row[0].has_value());
      CHECK(ids.insert(*row[0]).second);  // unique
      REQUIRE(row[1].has_value());
      CHECK(row[1]->starts_with("Resource;"));
    }
    for (size_t r = 1; r < rels->size(); ++r) {
      const Row& row = (*rels)[r];
      REQUIRE(row.size() == (*rels)[0].size());
      REQUIRE(row[0].has_value());
      REQUIRE(row[1].has_value());
      CHECK(ids.count(*row[0]) == 1);
      CHECK(ids.count(*row[1]) == 1);
      REQUIRE(row[2].has_value());
      CHECK(neo4j::identifier(*row[2]) == *row[2]);
      REQUIRE(row[3].has_value());
      CHECK(std::stoi(*row[3]) >= 1);
    }
  }
}

TEST_CASE("Neo4j values: hostile label, types, dates", "[exporters][neo4j]") {
  const auto files = files_of(make_fixture_graph());
  const std::string& nodes = files.at("nodes.csv");
  CHECK(nodes.find("\"Resource;Entity;Place;Country\",\"China\",\"Place\",\"Country\","
                   "\"entity\",\"Q148\",,2024-08-16,2024-08-16,1,,,\"الصين\",\"China\",") !=
        std::string::npos);
  CHECK(nodes.find("not-an-id") == std::string::npos);
  CHECK(nodes.find("\"Evil \"\"Quote\"\" <b>&amp; co line2  \xE2\x80\x8F\"\"]->(x) DETACH DELETE "
                   "x //    end\xE2\xA7\xB5\"") != std::string::npos);
  const std::string& rels = files.at("relationships.csv");
  CHECK(rels.find("\"coChaired\",2,\"ترأس وانغ يي \"\"الاجتماع\"\"\",\"co-chair.ar.1\",0.90,") !=
        std::string::npos);
}

TEST_CASE("load.cypher reads values from the rows, never from the script", "[exporters][neo4j]") {
  const auto files = files_of(make_fixture_graph());
  const std::string& cypher = files.at("load.cypher");
  CHECK(cypher.find("DETACH") == std::string::npos);
  CHECK(cypher.find("Evil") == std::string::npos);
  CHECK(cypher.find("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row") !=
        std::string::npos);
  CHECK(cypher.find("CREATE (s)-[r:coChaired]->(o)") != std::string::npos);
  CHECK(cypher.find("SET n:Country)") != std::string::npos);
  // Every statement ends with ';' and every quote is one of ours.
  CHECK(cypher.ends_with(";\n"));
}

TEST_CASE("the Neo4j tar archive holds the three files", "[exporters][neo4j]") {
  const auto g = make_fixture_graph();
  std::ostringstream out;
  REQUIRE(khabar::exporters::make_exporter("neo4j-tar")->write(g, {}, out).ok());
  const std::string tar = out.str();
  REQUIRE(tar.size() % 512 == 0);
  const auto files = neo4j::neo4j_files(g, {});
  size_t pos = 0;
  for (const auto& [name, content] : files) {
    INFO(name);
    REQUIRE(pos + 512 <= tar.size());
    const std::string header = tar.substr(pos, 512);
    CHECK(header.substr(0, name.size()) == name);
    CHECK(header.substr(257, 6) == std::string("ustar\0", 6));
    CHECK(std::stoul(header.substr(124, 11), nullptr, 8) == content.size());
    unsigned sum = 0;
    for (size_t k = 0; k < 512; ++k) {
      sum += (k >= 148 && k < 156) ? ' ' : static_cast<unsigned char>(header[k]);
    }
    CHECK(std::stoul(header.substr(148, 6), nullptr, 8) == sum);
    CHECK(tar.substr(pos + 512, content.size()) == content);
    pos += 512 + (content.size() + 511) / 512 * 512;
  }
  CHECK(tar.size() == pos + 1024);
  // The folder exporter streams the same archive (for --format neo4j).
  std::ostringstream again;
  REQUIRE(khabar::exporters::make_exporter("neo4j")->write(g, {}, again).ok());
  CHECK(again.str() == tar);
}

TEST_CASE("a Neo4j folder is written whole, replaced only when it is ours",
          "[exporters][neo4j]") {
  const auto g = make_fixture_graph();
  TempDir tmp;
  const neo4j::Neo4jExporter exporter;
  const std::string dir = (tmp.path / "graph.neo4j").string();

  REQUIRE(khabar::exporters::write_folder_output(exporter, g, {}, dir + "/").ok());
  const auto files = files_of(g);
  for (const auto& [name, content] : files) CHECK(slurp(fs::path(dir) / name) == content);
  CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator()) == 1);

  // Written again over our own folder: replaced, nothing left beside it.
  khabar::graph::Graph empty;
  REQUIRE(khabar::exporters::write_folder_output(exporter, empty, {}, dir).ok());
  CHECK(slurp(fs::path(dir) / "relationships.csv").find("coChaired") == std::string::npos);
  CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator()) == 1);

  // A folder holding anything else is not replaced.
  std::ofstream(fs::path(dir) / "mine.txt") << "keep";
  const auto st = khabar::exporters::write_folder_output(exporter, g, {}, dir);
  CHECK(st.code() == khabar::ErrorCode::kIo);
  CHECK(slurp(fs::path(dir) / "mine.txt") == "keep");
  CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator()) == 1);

  // Nor is a file.
  const std::string file = (tmp.path / "file.neo4j").string();
  std::ofstream(file) << "x";
  CHECK(khabar::exporters::write_folder_output(exporter, g, {}, file).code() ==
        khabar::ErrorCode::kIo);
  CHECK(slurp(file) == "x");
}

TEST_CASE("Neo4j export is deterministic", "[exporters][neo4j]") {
  CHECK(files_of(make_fixture_graph()) == files_of(make_fixture_graph()));
}
