#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "fixture.h"

// Full XML parsing of the GraphML output happens in tests/roundtrip
// (boost::read_graphml, xmllint against the XML Schema, networkx, igraph);
// these tests check the structure and escaping the exporter promises.

namespace {

using khabar::exporters::ExportOptions;
using khabar::exporters::make_exporter;
using khabar::exporters::testing::make_fixture_graph;

std::string write_graphml(const khabar::graph::Graph& g) {
  std::ostringstream out;
  const auto st = make_exporter("graphml")->write(g, ExportOptions{}, out);
  INFO(st.to_string());
  REQUIRE(st.ok());
  return out.str();
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1)) ++n;
  return n;
}

/// Values of attribute `attr` on elements `<tag ...`.
std::set<std::string> attribute_values(const std::string& xml, const std::string& tag,
                                       const std::string& attr) {
  std::set<std::string> out;
  const std::string open = "<" + tag + " ";
  for (size_t pos = xml.find(open); pos != std::string::npos; pos = xml.find(open, pos + 1)) {
    const size_t end = xml.find('>', pos);
    const size_t a = xml.find(" " + attr + "=\"", pos);
    if (a == std::string::npos || a > end) continue;
    const size_t v = a + attr.size() + 3;
    out.insert(xml.substr(v, xml.find('"', v) - v));
  }
  return out;
}

}  // namespace

TEST_CASE("GraphML has one node and edge element per graph node and edge", "[exporters][graphml]") {
  const auto g = make_fixture_graph();
  const std::string xml = write_graphml(g);
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "));
  CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(count(xml, "<node ") == g.node_count());
  CHECK(count(xml, "<edge ") == g.edge_count());
  const auto node_ids = attribute_values(xml, "node", "id");
  CHECK(node_ids.size() == g.node_count());
  CHECK(node_ids.count("n0") == 1);
  const auto edge_ids = attribute_values(xml, "edge", "id");
  CHECK(edge_ids.count("e0") == 1);
  for (const auto& end : attribute_values(xml, "edge", "source")) CHECK(node_ids.count(end) == 1);
  for (const auto& end : attribute_values(xml, "edge", "target")) CHECK(node_ids.count(end) == 1);
}

TEST_CASE("GraphML declares every key it uses", "[exporters][graphml]") {
  const std::string xml = write_graphml(make_fixture_graph());
  const auto declared = attribute_values(xml, "key", "id");
  for (const auto& used : attribute_values(xml, "data", "key")) {
    INFO(used);
    CHECK(declared.count(used) == 1);
  }
  const auto names = attribute_values(xml, "key", "attr.name");
  for (const char* name : {"label", "type", "class", "wikidata", "label_ar", "label_en", "date",
                           "r", "g", "b", "kind", "relation", "weight", "evidence", "rule",
                           "confidence"}) {
    INFO(name);
    CHECK(names.count(name) == 1);
  }
  CHECK(xml.find("attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"r\" attr.type=\"int\"") != std::string::npos);
}

TEST_CASE("GraphML escapes hostile values and drops illegal characters", "[exporters][graphml]") {
  const std::string xml = write_graphml(make_fixture_graph());
  // No raw control character other than tab and newline, no NUL.
  for (unsigned char c : xml) {
    if (c < 0x20) CHECK((c == '\n' || c == '\t'));
  }
  // Every '&' starts an entity the exporter writes.
  for (size_t pos = xml.find('&'); pos != std::string::npos; pos = xml.find('&', pos + 1)) {
    const std::string rest = xml.substr(pos, 6);
    INFO(rest);
    CHECK((rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;") ||
           rest.starts_with("&quot;") || rest.starts_with("&apos;") ||
           rest.starts_with("&#13;")));
  }
  CHECK(xml.find("Evil &quot;Quote&quot; &lt;b&gt;&amp;amp; co\nline2&#13;\t\xE2\x80\x8F"
                 "&quot;]-&gt;(x) DETACH DELETE x //  end\\") != std::string::npos);
  CHECK(xml.find("DETACH DELETE x // \x01") == std::string::npos);
}

TEST_CASE("GraphML node and edge attributes", "[exporters][graphml]") {
  const std::string xml = write_graphml(make_fixture_graph());
  // English label preferred; a node without one shows its first label.
  CHECK(xml.find("<data key=\"v_label\">Wang Yi</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"v_label\">شيانغ ماي</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"v_label_ar\">وانغ يي</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"v_wikidata\">Q148</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"v_kind\">article</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"v_iri\">https://w3id.org/khabar/resource/entity/relative%20one"
                 "</data>") != std::string::npos);
  // coChaired is supported by two articles, confidence max 0.9.
  const size_t edge = xml.find("<data key=\"e_relation\">coChaired</data>");
  REQUIRE(edge != std::string::npos);
  const std::string rest = xml.substr(edge, xml.find("</edge>", edge) - edge);
  CHECK(rest.find("<data key=\"e_weight\">2</data>") != std::string::npos);
  CHECK(rest.find("<data key=\"e_confidence\">0.90</data>") != std::string::npos);
  CHECK(rest.find("<data key=\"e_label\">coChaired</data>") != std::string::npos);
}

TEST_CASE("GraphML output is deterministic and an empty graph is valid", "[exporters][graphml]") {
  CHECK(write_graphml(make_fixture_graph()) == write_graphml(make_fixture_graph()));
  khabar::graph::Graph empty;
  const std::string xml = write_graphml(empty);
  CHECK(xml.find("<graph id=\"G\" edgedefault=\"directed\">\n  </graph>") != std::string::npos);
}
