/// \file graphml_readback_test.cpp
/// Reads the GraphML export back with Boost.Graph's `read_graphml` and
/// compares nodes, edges and attributes with the graph that was written.

#include <catch2/catch.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <map>
#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "exporters/graph_info.h"
#include "exporters/text_util.h"
#include "fixture.h"

namespace {

struct VertexProps {
  std::string label, type, cls, kind, iri, wikidata, date, label_ar, label_en;
  int r = -1, g = -1, b = -1;
};

struct EdgeProps {
  std::string relation, label, evidence, rule, article;
  double weight = 0, confidence = 0;
  int sentence = -1;
};

using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                        VertexProps, EdgeProps>;

/// `s` as boost::read_graphml returns it: its XML reader runs with
/// `trim_whitespace`, which collapses each run of literal spaces, tabs and
/// newlines into one space and trims the ends (character references such as
/// &#13; are expanded afterwards, so they survive). networkx and igraph keep
/// the text as written; tests/roundtrip/roundtrip.sh checks them.
std::string boost_whitespace(const std::string& s) {
  std::string out;
  bool in_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      in_space = true;
      continue;
    }
    if (in_space && !out.empty()) out += ' ';
    in_space = false;
    out += c;
  }
  return out;
}

ReadGraph read_back(const std::string& xml) {
  ReadGraph rg;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&VertexProps::label, rg));
  dp.property("type", boost::get(&VertexProps::type, rg));
  dp.property("class", boost::get(&VertexProps::cls, rg));
  dp.property("kind", boost::get(&VertexProps::kind, rg));
  dp.property("iri", boost::get(&VertexProps::iri, rg));
  dp.property("wikidata", boost::get(&VertexProps::wikidata, rg));
  dp.property("date", boost::get(&VertexProps::date, rg));
  dp.property("label_ar", boost::get(&VertexProps::label_ar, rg));
  dp.property("label_en", boost::get(&VertexProps::label_en, rg));
  dp.property("r", boost::get(&VertexProps::r, rg));
  dp.property("g", boost::get(&VertexProps::g, rg));
  dp.property("b", boost::get(&VertexProps::b, rg));
  dp.property("relation", boost::get(&EdgeProps::relation, rg));
  dp.property("label", boost::get(&EdgeProps::label, rg));
  dp.property("evidence", boost::get(&EdgeProps::evidence, rg));
  dp.property("rule", boost::get(&EdgeProps::rule, rg));
  dp.property("article", boost::get(&EdgeProps::article, rg));
  dp.property("weight", boost::get(&EdgeProps::weight, rg));
  dp.property("confidence", boost::get(&EdgeProps::confidence, rg));
  dp.property("sentence", boost::get(&EdgeProps::sentence, rg));
  std::istringstream in(xml);
  boost::read_graphml(in, rg, dp);
  return rg;
}

}  // namespace

TEST_CASE("boost::read_graphml reads back nodes, edges and attributes",
          "[roundtrip][graphml]") {
  using khabar::exporters::testing::make_fixture_graph;
  const auto g = make_fixture_graph();
  std::ostringstream out;
  const auto st = khabar::exporters::make_exporter("graphml")->write(g, {}, out);
  REQUIRE(st.ok());
  const ReadGraph rg = read_back(out.str());

  REQUIRE(boost::num_vertices(rg) == g.node_count());
  REQUIRE(boost::num_edges(rg) == g.edge_count());

  // Vertices come back in document order: n0, n1, ... = sorted_nodes().
  const auto nodes = g.sorted_nodes();
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const auto& v = rg[i];
    INFO(nodes[i]->iri);
    index[nodes[i]->iri] = i;
    CHECK(v.iri == khabar::exporters::absolute_iri(nodes[i]->iri,
                                                   khabar::exporters::ExportOptions{}.base_iri));
    CHECK_FALSE(v.label.empty());
    CHECK(v.r >= 0);
    CHECK(v.g >= 0);
    CHECK(v.b >= 0);
    CHECK((v.kind == "entity" || v.kind == "article"));
    CHECK(v.wikidata == khabar::exporters::wikidata_id(*nodes[i]));  // malformed ids dropped
    if (nodes[i]->kind == khabar::graph::NodeKind::kEntity) {
      CHECK(v.type == nodes[i]->coarse);
      CHECK(v.cls == nodes[i]->cls);
    }
  }
  const auto& wang = rg[index.at(khabar::exporters::testing::res("entity/person/wang-yi"))];
  CHECK(wang.label == "Wang Yi");
  CHECK(wang.label_en == "Wang Yi");
  CHECK(wang.label_ar == "وانغ يي");

  // The hostile label survives XML escaping, minus what XML 1.0 cannot hold
  // (U+0001, U+001F); the CR, written as &#13;, comes back as a CR.
  std::string hostile = khabar::exporters::testing::kHostileLabel;
  std::erase_if(hostile, [](char c) { return c == '\x01' || c == '\x1F'; });
  bool found_hostile = false;
  for (auto [vi, vend] = boost::vertices(rg); vi != vend; ++vi) {
    if (rg[*vi].label == boost_whitespace(hostile)) found_hostile = true;
  }
  CHECK(found_hostile);

  // Edges, in (subject, predicate, object) order.
  const auto edges = g.sorted_edges();
  std::multimap<std::tuple<size_t, size_t, std::string>, const EdgeProps*> read_edges;
  for (auto [ei, eend] = boost::edges(rg); ei != eend; ++ei) {
    read_edges.emplace(std::make_tuple(boost::source(*ei, rg), boost::target(*ei, rg),
                                       rg[*ei].relation),
                       &rg[*ei]);
  }
  for (const auto& e : edges) {
    INFO(e.subject->iri << " " << e.edge->predicate << " " << e.object->iri);
    auto it = read_edges.find({index.at(e.subject->iri), index.at(e.object->iri),
                               e.edge->predicate});
    REQUIRE(it != read_edges.end());
    const EdgeProps& p = *it->second;
    CHECK(p.label == e.edge->predicate);
    CHECK(p.weight == Approx(khabar::graph::support(*e.edge)));
    double best = 0;
    for (const auto& ev : e.edge->evidence) best = std::max(best, ev.confidence);
    CHECK(p.confidence == Approx(best).margin(0.0005));
    CHECK(p.rule == e.edge->evidence.front().rule);
    CHECK(p.sentence == static_cast<int>(e.edge->evidence.front().sentence));
  }
}
