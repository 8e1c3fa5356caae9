/// Graph: node merge by IRI, edge evidence, merging graphs, sorted views.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "core/status.h"
#include "graph/graph.h"

using khabar::graph::Edge;
using khabar::graph::Evidence;
using khabar::graph::Graph;
using khabar::graph::LangString;
using khabar::graph::Node;
using khabar::graph::NodeKind;
using khabar::graph::support;

namespace Catch {
template <>
struct StringMaker<LangString> {
  static std::string convert(const LangString& l) { return "\"" + l.text + "\"@" + l.lang; }
};
}  // namespace Catch

namespace {

const std::string kBase = "https://w3id.org/khabar/resource/";
const std::string kChina = kBase + "country/cn";
const std::string kThailand = kBase + "country/th";
const std::string kWang = kBase + "person/wang-yi";
const std::string kA1 = kBase + "article/a1";
const std::string kA2 = kBase + "article/a2";

using Labels = std::vector<LangString>;

Node node(const std::string& iri, Labels labels = {}, Labels alt = {},
          std::vector<std::string> articles = {}) {
  Node n;
  n.iri = iri;
  n.labels = std::move(labels);
  n.alt_labels = std::move(alt);
  n.articles = std::move(articles);
  return n;
}

Evidence evidence(const std::string& article, uint32_t sentence, uint32_t begin = 0,
                  const std::string& rule = "r1") {
  Evidence e;
  e.article = article;
  e.sentence = sentence;
  e.begin = begin;
  e.end = begin + 5;
  e.text = "sentence " + std::to_string(sentence);
  e.rule = rule;
  e.confidence = 0.9;
  return e;
}

std::vector<std::string> node_iris(const Graph& g) {
  std::vector<std::string> out;
  for (const Node* n : g.sorted_nodes()) out.push_back(n->iri);
  return out;
}

std::vector<std::string> edge_keys(const Graph& g) {
  std::vector<std::string> out;
  for (const auto& e : g.sorted_edges()) {
    out.push_back(e.subject->iri + " " + e.edge->predicate + " " + e.object->iri);
  }
  return out;
}

}  // namespace

TEST_CASE("a new node is stored with sorted, unique labels and articles", "[graph]") {
  Graph g;
  g.add_node(node(kChina, {{"en", "China"}, {"ar", "الصين"}}, {{"en", "PRC"}, {"en", "PRC"}},
                  {kA2, kA1, kA2}));
  const Node* n = g.find(kChina);
  REQUIRE(n != nullptr);
  CHECK(n->labels == Labels{{"ar", "الصين"}, {"en", "China"}});
  CHECK(n->alt_labels == Labels{{"en", "PRC"}});
  CHECK(n->articles == std::vector<std::string>{kA1, kA2});
  CHECK(g.node_count() == 1);
  CHECK(g.find(kThailand) == nullptr);
}

TEST_CASE("merging a node: one label per language, the rest become alt labels", "[graph]") {
  Graph g;
  auto id1 = g.add_node(node(kChina, {{"en", "China"}}, {}, {kA2}));
  auto id2 = g.add_node(node(kChina, {{"en", "People's Republic of China"}, {"ar", "الصين"}},
                             {{"en", "China"}, {"zh", "中国"}}, {kA1}));
  CHECK(id1 == id2);
  CHECK(g.node_count() == 1);
  const Node* n = g.find(kChina);
  REQUIRE(n != nullptr);
  // The first English label stays preferred; the second English one is an
  // alternative; Arabic is new. An alt label equal to a preferred one is
  // dropped.
  CHECK(n->labels == Labels{{"ar", "الصين"}, {"en", "China"}});
  CHECK(n->alt_labels == Labels{{"en", "People's Republic of China"}, {"zh", "中国"}});
  CHECK(n->articles == std::vector<std::string>{kA1, kA2});
  // Same label again: nothing changes.
  g.add_node(node(kChina, {{"en", "China"}}, {}, {kA1}));
  CHECK(g.find(kChina)->labels == Labels{{"ar", "الصين"}, {"en", "China"}});
  CHECK(g.find(kChina)->alt_labels.size() == 2);
  CHECK(g.find(kChina)->articles.size() == 2);
}

TEST_CASE("merging a node fills missing attributes and keeps existing ones", "[graph]") {
  Graph g;
  Node a = node(kChina);
  a.cls = "Country";
  a.wikidata = "Q148";
  g.add_node(a);
  Node b = node(kChina);
  b.cls = "City";          // ignored: already set
  b.coarse = "Place";      // filled
  b.wikidata = "Q999";     // ignored
  b.geonames = "1814991";  // filled
  b.date = "2024-08-16";
  g.add_node(b);
  const Node* n = g.find(kChina);
  CHECK(n->cls == "Country");
  CHECK(n->coarse == "Place");
  CHECK(n->wikidata == "Q148");
  CHECK(n->geonames == "1814991");
  CHECK(n->date == "2024-08-16");
  CHECK(n->kind == NodeKind::kEntity);
}

TEST_CASE("merged alt labels stay sorted and unique", "[graph]") {
  // graph.h: "labels, alt_labels, articles sorted and unique".
  Graph g;
  g.add_node(node(kChina, {{"en", "China"}}, {{"en", "PRC"}, {"en", "Zhongguo"}}));
  g.add_node(node(kChina, {{"en", "PRC"}}));           // already an alt label
  g.add_node(node(kChina, {{"en", "Cathay"}}));        // sorts first
  CHECK(g.find(kChina)->alt_labels == Labels{{"en", "Cathay"}, {"en", "PRC"}, {"en", "Zhongguo"}});
}

TEST_CASE("add_edge: evidence deduplicated and sorted, support counts articles", "[graph]") {
  Graph g;
  g.add_node(node(kWang));
  g.add_node(node(kThailand));
  g.add_edge(kWang, "visited", kThailand, evidence(kA2, 3));
  g.add_edge(kWang, "visited", kThailand, evidence(kA1, 7));
  g.add_edge(kWang, "visited", kThailand, evidence(kA1, 7));  // the same evidence
  g.add_edge(kWang, "visited", kThailand, evidence(kA1, 2));  // same article, other sentence
  g.add_edge(kWang, "metWith", kThailand, evidence(kA1, 2));  // other predicate: other edge
  CHECK(g.edge_count() == 2);
  auto edges = g.sorted_edges();
  REQUIRE(edges.size() == 2);
  CHECK(edges[0].edge->predicate == "metWith");
  const Edge& visited = *edges[1].edge;
  CHECK(visited.predicate == "visited");
  REQUIRE(visited.evidence.size() == 3);
  CHECK(visited.evidence[0].article == kA1);
  CHECK(visited.evidence[0].sentence == 2);
  CHECK(visited.evidence[1].article == kA1);
  CHECK(visited.evidence[1].sentence == 7);
  CHECK(visited.evidence[2].article == kA2);
  CHECK(support(visited) == 2);
  CHECK(support(*edges[0].edge) == 1);
  CHECK(support(Edge{}) == 0);
  // Evidence differing only in the rule is distinct evidence.
  g.add_edge(kWang, "metWith", kThailand, evidence(kA1, 2, 0, "r2"));
  CHECK(g.sorted_edges()[0].edge->evidence.size() == 2);
  CHECK(support(*g.sorted_edges()[0].edge) == 1);
}

TEST_CASE("the direction of an edge matters", "[graph]") {
  Graph g;
  g.add_node(node(kWang));
  g.add_node(node(kChina));
  g.add_edge(kWang, "citizenOf", kChina, evidence(kA1, 0));
  g.add_edge(kChina, "citizenOf", kWang, evidence(kA1, 0));
  CHECK(g.edge_count() == 2);
  CHECK(edge_keys(g) == std::vector<std::string>{kChina + " citizenOf " + kWang,
                                                 kWang + " citizenOf " + kChina});
}

TEST_CASE("merge of two graphs unions nodes, edges and evidence", "[graph]") {
  Graph g1;
  g1.add_node(node(kWang, {{"en", "Wang Yi"}}, {}, {kA1}));
  g1.add_node(node(kThailand, {{"en", "Thailand"}}, {}, {kA1}));
  g1.add_edge(kWang, "visited", kThailand, evidence(kA1, 0));

  Graph g2;
  g2.add_node(node(kWang, {{"ar", "وانغ يي"}}, {}, {kA2}));
  g2.add_node(node(kThailand, {{"en", "Kingdom of Thailand"}}, {}, {kA2}));
  g2.add_node(node(kChina, {{"en", "China"}}, {}, {kA2}));
  g2.add_edge(kWang, "visited", kThailand, evidence(kA2, 4));
  g2.add_edge(kWang, "visited", kThailand, evidence(kA1, 0));  // already in g1
  g2.add_edge(kWang, "citizenOf", kChina, evidence(kA2, 1));

  g1.merge(std::move(g2));
  CHECK(g1.node_count() == 3);
  CHECK(g1.edge_count() == 2);
  CHECK(g2.node_count() == 0);  // NOLINT(bugprone-use-after-move): merge empties it
  CHECK(g2.edge_count() == 0);  // NOLINT(bugprone-use-after-move)
  const Node* wang = g1.find(kWang);
  REQUIRE(wang != nullptr);
  CHECK(wang->labels == Labels{{"ar", "وانغ يي"}, {"en", "Wang Yi"}});
  CHECK(wang->articles == std::vector<std::string>{kA1, kA2});
  CHECK(g1.find(kThailand)->labels == Labels{{"en", "Thailand"}});
  CHECK(g1.find(kThailand)->alt_labels == Labels{{"en", "Kingdom of Thailand"}});
  CHECK(edge_keys(g1) == std::vector<std::string>{kWang + " citizenOf " + kChina,
                                                  kWang + " visited " + kThailand});
  const Edge& visited = *g1.sorted_edges()[1].edge;
  CHECK(visited.evidence.size() == 2);
  CHECK(support(visited) == 2);
  // The merged-from graph can be reused.
  g2.add_node(node(kChina));  // NOLINT(bugprone-use-after-move)
  CHECK(g2.node_count() == 1);
}

TEST_CASE("sorted views do not depend on insertion order", "[graph]") {
  const std::vector<std::string> iris = {kThailand, kA2, kWang, kChina, kA1};
  auto build = [&](bool reverse) {
    Graph g;
    std::vector<std::string> order = iris;
    if (reverse) std::reverse(order.begin(), order.end());
    for (const auto& iri : order) g.add_node(node(iri));
    std::vector<std::tuple<std::string, std::string, std::string>> edges = {
        {kWang, "visited", kThailand}, {kA1, "mentions", kWang}, {kWang, "citizenOf", kChina},
        {kA1, "mentions", kChina},     {kA2, "mentions", kWang}};
    if (reverse) std::reverse(edges.begin(), edges.end());
    for (const auto& [s, p, o] : edges) g.add_edge(s, p, o, evidence(kA1, 0));
    return g;
  };
  Graph a = build(false), b = build(true);
  const std::vector<std::string> sorted = {kA1, kA2, kChina, kThailand, kWang};
  CHECK(node_iris(a) == sorted);
  CHECK(node_iris(b) == sorted);
  const std::vector<std::string> edges = {
      kA1 + " mentions " + kChina, kA1 + " mentions " + kWang, kA2 + " mentions " + kWang,
      kWang + " citizenOf " + kChina, kWang + " visited " + kThailand};
  CHECK(edge_keys(a) == edges);
  CHECK(edge_keys(b) == edges);
}

TEST_CASE("contract checks: unknown edge ends and empty IRIs throw InternalError", "[graph]") {
  Graph g;
  g.add_node(node(kWang));
  CHECK_THROWS_AS(g.add_edge(kWang, "visited", kThailand, evidence(kA1, 0)), khabar::InternalError);
  CHECK_THROWS_AS(g.add_edge(kThailand, "visited", kWang, evidence(kA1, 0)), khabar::InternalError);
  CHECK_THROWS_AS(g.add_edge(kChina, "visited", kThailand, evidence(kA1, 0)), khabar::InternalError);
  CHECK_THROWS_AS(g.add_node(node("")), khabar::InternalError);
  CHECK_THROWS_WITH(g.add_edge(kWang, "visited", kThailand, evidence(kA1, 0)),
                    Catch::Contains("edge between unknown nodes"));
  // Nothing was added by the failed calls.
  CHECK(g.node_count() == 1);
  CHECK(g.edge_count() == 0);
}

TEST_CASE("an empty graph has empty sorted views", "[graph]") {
  Graph g;
  CHECK(g.node_count() == 0);
  CHECK(g.edge_count() == 0);
  CHECK(g.sorted_nodes().empty());
  CHECK(g.sorted_edges().empty());
  Graph h;
  g.merge(std::move(h));
  CHECK(g.node_count() == 0);
}
