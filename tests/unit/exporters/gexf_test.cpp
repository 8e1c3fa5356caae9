#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "exporters/graph_info.h"
#include "fixture.h"

namespace {

using khabar::exporters::make_exporter;
using khabar::exporters::testing::make_fixture_graph;
using khabar::exporters::testing::res;

std::string write_gexf(const khabar::graph::Graph& g) {
  auto exporter = make_exporter("gexf");
  REQUIRE(exporter != nullptr);
  std::ostringstream out;
  const khabar::Status st = exporter->write(g, {}, out);
  INFO(st.to_string());
  REQUIRE(st.ok());
  return out.str();
}

/// The values of attribute `attr` on every `<element ` start tag.
std::multiset<std::string> attribute_values(const std::string& xml, const std::string& element,
                                            const std::string& attr) {
  std::multiset<std::string> out;
  const std::string open = "<" + element + " ";
  for (size_t pos = xml.find(open); pos != std::string::npos; pos = xml.find(open, pos + 1)) {
    const size_t end = xml.find('>', pos);
    const std::string tag = xml.substr(pos, end - pos);
    const size_t a = tag.find(" " + attr + "=\"");
    if (a == std::string::npos) continue;
    const size_t v = a + attr.size() + 3;
    out.insert(tag.substr(v, tag.find('"', v) - v));
  }
  return out;
}

/// The text between `<node id="ID"` and its `</node>`.
std::string node_block(const std::string& xml, const std::string& id) {
  const size_t pos = xml.find("<node id=\"" + id + "\"");
  REQUIRE(pos != std::string::npos);
  return xml.substr(pos, xml.find("</node>", pos) - pos);
}

}  // namespace

TEST_CASE("GEXF 1.3 header: dynamic, dated, directed", "[exporters][gexf]") {
  const std::string xml = write_gexf(make_fixture_graph());
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""));
  CHECK(xml.find("version=\"1.3\"") != std::string::npos);
  CHECK(xml.find("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
                 "timerepresentation=\"interval\" start=\"2024-08-16\" end=\"2024-08-16\">") !=
        std::string::npos);
  CHECK(xml.ends_with("</graph>\n</gexf>\n"));
}

TEST_CASE("GEXF nodes and edges: ids resolve, counts match, attributes declared",
          "[exporters][gexf]") {
  const auto g = make_fixture_graph();
  const std::string xml = write_gexf(g);
  const auto ids = attribute_values(xml, "node", "id");
  CHECK(ids.size() == g.node_count());
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
  CHECK(ids.count(res("entity/person/wang-yi")) == 1);
  CHECK(xml.find("<nodes count=\"" + std::to_string(g.node_count()) + "\">") != std::string::npos);
  CHECK(xml.find("<edges count=\"" + std::to_string(g.edge_count()) + "\">") != std::string::npos);
  for (const auto& end : attribute_values(xml, "edge", "source")) CHECK(ids.count(end) == 1);
  for (const auto& end : attribute_values(xml, "edge", "target")) CHECK(ids.count(end) == 1);
  const auto declared = attribute_values(xml, "attribute", "id");
  for (const auto& used : attribute_values(xml, "attvalue", "for")) {
    INFO(used);
    CHECK(declared.count(used) >= 1);
  }
  for (const char* name : {"type", "class", "wikidata", "label_ar", "label_en", "first_seen",
                           "last_seen", "relation", "evidence", "rule", "confidence"}) {
    INFO(name);
    CHECK(declared.count(name) == 1);
  }
}

TEST_CASE("GEXF node attributes, colour and spells", "[exporters][gexf]") {
  const std::string xml = write_gexf(make_fixture_graph());
  const std::string china = node_block(xml, res("entity/place/china"));
  CHECK(china.find("label=\"China\"") != std::string::npos);
  CHECK(china.find("<attvalue for=\"type\" value=\"Place\"/>") != std::string::npos);
  CHECK(china.find("<attvalue for=\"class\" value=\"Country\"/>") != std::string::npos);
  CHECK(china.find("<attvalue for=\"wikidata\" value=\"Q148\"/>") != std::string::npos);
  CHECK(china.find("<attvalue for=\"label_ar\" value=\"الصين\"/>") != std::string::npos);
  CHECK(china.find("<attvalue for=\"first_seen\" value=\"2024-08-16\"/>") != std::string::npos);
  CHECK(china.find("<spell start=\"2024-08-16\" end=\"2024-08-16\"/>") != std::string::npos);
  CHECK(china.find("<color r=\"46\" g=\"204\" b=\"113\"/>") != std::string::npos);
  // A malformed Wikidata id is left out, as in RDF.
  CHECK(node_block(xml, res("entity/place/chiang-mai")).find("not-an-id") == std::string::npos);
  // A node without a dated article has no spell: always present.
  CHECK(node_block(xml, res("entity/relative%20one")).find("<spell") == std::string::npos);
}

TEST_CASE("GEXF edges: kind, weight and evidence", "[exporters][gexf]") {
  const std::string xml = write_gexf(make_fixture_graph());
  const size_t pos = xml.find("kind=\"coChaired\"");
  REQUIRE(pos != std::string::npos);
  const size_t start = xml.rfind("<edge ", pos);
  const std::string edge = xml.substr(start, xml.find("</edge>", pos) - start);
  CHECK(edge.find("label=\"coChaired\" weight=\"2\"") != std::string::npos);
  CHECK(edge.find("<attvalue for=\"confidence\" value=\"0.90\"/>") != std::string::npos);
  CHECK(edge.find("<attvalue for=\"evidence_count\" value=\"2\"/>") != std::string::npos);
  CHECK(edge.find("<attvalue for=\"rule\" value=\"co-chair.ar.1\"/>") != std::string::npos);
  CHECK(edge.find("<spell start=\"2024-08-16\" end=\"2024-08-16\"/>") != std::string::npos);
}

TEST_CASE("GEXF escapes hostile values, attribute values keep line breaks",
          "[exporters][gexf]") {
  const std::string xml = write_gexf(make_fixture_graph());
  for (unsigned char c : xml) {
    if (c < 0x20) CHECK(c == '\n');  // tabs and line breaks in values are references
  }
  CHECK(xml.find("label=\"Evil &quot;Quote&quot; &lt;b&gt;&amp;amp; co&#10;line2&#13;&#9;"
                 "\xE2\x80\x8F&quot;]-&gt;(x) DETACH DELETE x //  end\\\"") != std::string::npos);
}

TEST_CASE("GEXF output is deterministic, an empty graph is valid", "[exporters][gexf]") {
  CHECK(write_gexf(make_fixture_graph()) == write_gexf(make_fixture_graph()));
  khabar::graph::Graph empty;
  const std::string xml = write_gexf(empty);
  CHECK(xml.find("timerepresentation=\"interval\">") != std::string::npos);  // no start/end
  CHECK(xml.find("<nodes count=\"0\">\n    </nodes>") != std::string::npos);
  CHECK(xml.find("<edges count=\"0\">\n    </edges>") != std::string::npos);
}

TEST_CASE("spells: one per run of consecutive publication days", "[exporters][gexf]") {
  using khabar::exporters::DateRange;
  using khabar::exporters::date_ranges;
  struct Case {
    std::vector<std::string> dates;
    std::vector<DateRange> ranges;
  };
  const Case cases[] = {
      {{}, {}},
      {{"2024-08-16"}, {{"2024-08-16", "2024-08-16"}}},
      {{"2024-08-16", "2024-08-17", "2024-08-20"},
       {{"2024-08-16", "2024-08-17"}, {"2024-08-20", "2024-08-20"}}},
      {{"2024-02-28", "2024-02-29", "2024-03-01"}, {{"2024-02-28", "2024-03-01"}}},  // leap day
      {{"2023-12-31", "2024-01-01"}, {{"2023-12-31", "2024-01-01"}}},
      {{"2024-02-30", "not a date"}, {}},
  };
  for (const auto& c : cases) {
    CHECK(date_ranges(c.dates) == c.ranges);
  }

  // Two articles on consecutive days: one spell for the entity in both.
  khabar::graph::Graph g;
  for (const auto& [id, date] : {std::pair{"a1", "2024-08-16"}, std::pair{"a2", "2024-08-17"}}) {
    khabar::graph::Node a;
    a.iri = res(std::string("article/") + id);
    a.kind = khabar::graph::NodeKind::kArticle;
    a.date = date;
    g.add_node(a);
  }
  khabar::graph::Node p;
  p.iri = res("entity/person/x");
  p.coarse = "Person";
  p.articles = {res("article/a1"), res("article/a2")};
  g.add_node(p);
  const std::string block = node_block(write_gexf(g), res("entity/person/x"));
  CHECK(block.find("<spell start=\"2024-08-16\" end=\"2024-08-17\"/>") != std::string::npos);
  CHECK(block.find("<attvalue for=\"last_seen\" value=\"2024-08-17\"/>") != std::string::npos);
}
