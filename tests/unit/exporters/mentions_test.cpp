#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "fixture.h"
#include "pipeline/pipeline.h"

namespace {

using khabar::exporters::make_exporter;
using khabar::exporters::testing::kHostileLabel;
using khabar::exporters::testing::make_fixture_graph;
using khabar::exporters::testing::res;
using khabar::graph::MentionRecord;

std::string write_mentions(const khabar::graph::Graph& g) {
  std::ostringstream out;
  const khabar::Status st = make_exporter("mentions")->write(g, {}, out);
  INFO(st.to_string());
  REQUIRE(st.ok());
  return out.str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

/// The code points of UTF-8 text, each as its UTF-8 bytes.
std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string cp_slice(const std::vector<std::string>& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < cps.size(); ++i) out += cps[i];
  return out;
}

}  // namespace

TEST_CASE("Graph keeps mention records sorted and unique, and merges them",
          "[exporters][mentions]") {
  khabar::graph::Graph g;
  g.add_mentions("a", {{5, 9, "x", "Person", "e1"}, {0, 3, "y", "Place", "e2"}});
  g.add_mentions("a", {{0, 3, "y", "Place", "e2"}, {0, 2, "z", "Place", "e3"}});
  g.add_mentions("b", {});
  CHECK(g.mentions("a") == std::vector<MentionRecord>{{0, 2, "z", "Place", "e3"},
                                                      {0, 3, "y", "Place", "e2"},
                                                      {5, 9, "x", "Person", "e1"}});
  CHECK(g.mentions("b").empty());
  CHECK(g.mentions("unknown").empty());

  khabar::graph::Graph other;
  other.add_mentions("a", {{1, 2, "w", "Event", "e4"}});
  other.add_mentions("c", {{0, 1, "v", "Event", "e5"}});
  g.merge(std::move(other));
  CHECK(g.mentions("a").size() == 4);
  CHECK(g.mentions("a")[2] == MentionRecord{1, 2, "w", "Event", "e4"});
  CHECK(g.mentions("c").size() == 1);
}

TEST_CASE("mentions export: one JSON object per article", "[exporters][mentions]") {
  const std::string out = write_mentions(make_fixture_graph());
  const auto lines = lines_of(out);
  REQUIRE(lines.size() == 2);  // both articles, in IRI order
  CHECK(lines[0] ==
        "{\"id\":\"ar-lmc-chiang-mai\",\"mentions\":["
        "{\"start\":6,\"end\":13,\"text\":\"وانغ يي\",\"type\":\"Person\",\"entity\":\"" +
            res("entity/person/wang-yi") +
            "\"},"
            "{\"start\":20,\"end\":25,\"text\":\"الصين\",\"type\":\"Place\",\"entity\":\"" +
            res("entity/place/china") + "\",\"wikidata\":\"Q148\"}]}");
  rapidjson::Document d;
  d.Parse(lines[1].c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["id"].GetString()) == "en-sample");
  const auto& m = d["mentions"][0];
  // The hostile text survives JSON escaping (invalid UTF-8 aside).
  CHECK(std::string(m["text"].GetString(), m["text"].GetStringLength()) ==
        khabar::exporters::valid_utf8(kHostileLabel));
  CHECK(std::string(m["entity"].GetString()) ==
        res("entity/person/evil%20name%3C%3E%7B%7D%7C%5E%60%5C%22x%22%20y"));
  CHECK_FALSE(m.HasMember("wikidata"));
  CHECK(write_mentions(make_fixture_graph()) == out);  // deterministic

  khabar::graph::Graph empty;
  CHECK(write_mentions(empty).empty());
}

TEST_CASE("mentions of the sample article are code-point slices of its text",
          "[exporters][mentions][pipeline]") {
  std::ifstream in(std::string(KHABAR_SOURCE_DIR) + "/samples/ar-lmc-chiang-mai.txt",
                   std::ios::binary);
  REQUIRE(in);
  khabar::pipeline::Article article;
  article.id = "ar-lmc-chiang-mai";
  article.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  article.date = "2024-08-16";
  // A text that is not NFC and has a BOM and CRLFs: offsets are still those
  // of the text as given.
  khabar::pipeline::Article variant = article;
  variant.id = "variant";
  variant.text = "\xEF\xBB\xBF" "ا\xD9\x94" "\r\n" + article.text;  // alef + combining hamza

  khabar::pipeline::PipelineOptions options;
  options.data_dir = KHABAR_DATA_DIR;
  auto p = khabar::pipeline::Pipeline::create(options);
  REQUIRE(p.ok());
  khabar::graph::Graph g;
  khabar::pipeline::Pipeline::Workspace ws;
  REQUIRE(p.value()->process(article, ws, g).ok());
  REQUIRE(p.value()->process(variant, ws, g).ok());

  const auto lines = lines_of(write_mentions(g));
  REQUIRE(lines.size() == 2);
  for (const auto& line : lines) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE_FALSE(d.HasParseError());
    const std::string id = d["id"].GetString();
    INFO(id);
    const auto cps = code_points(id == "variant" ? variant.text : article.text);
    const auto& ms = d["mentions"].GetArray();
    CHECK(ms.Size() >= 20);
    uint32_t last_start = 0;
    bool saw_wang = false, saw_china = false;
    for (const auto& m : ms) {
      const uint32_t start = m["start"].GetUint(), end = m["end"].GetUint();
      const std::string text = m["text"].GetString();
      INFO(text);
      CHECK(start < end);
      CHECK(end <= cps.size());
      CHECK(start >= last_start);
      last_start = start;
      CHECK(cp_slice(cps, start, end) == text);
      const std::string type = m["type"].GetString();
      CHECK((type == "Person" || type == "Place" || type == "Organization" || type == "Event" ||
             type == "Document" || type == "Initiative"));
      CHECK(g.find(m["entity"].GetString()) != nullptr);
      if (text == "وانغ يي") saw_wang = type == "Person";
      if (text == "الصين") saw_china = m.HasMember("wikidata") &&
                                        std::string(m["wikidata"].GetString()) == "Q148";
    }
    CHECK(saw_wang);
    CHECK(saw_china);
  }
}
