#include "graph/graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <iterator>
#include <set>
#include <unordered_map>

#include "core/status.h"

namespace khabar::graph {
namespace {

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                          Node, Edge>;
using Vertex = BoostGraph::vertex_descriptor;
using BoostEdge = BoostGraph::edge_descriptor;

/// Inserts the items of `from` into the sorted, unique `into` (binary
/// insertion: merging one article into a node seen in thousands stays cheap).
template <typename T>
void merge_sorted(std::vector<T>& into, const std::vector<T>& from) {
  for (const auto& x : from) {
    auto pos = std::lower_bound(into.begin(), into.end(), x);
    if (pos == into.end() || !(*pos == x)) into.insert(pos, x);
  }
}

void normalise_node(Node& n) {
  std::sort(n.labels.begin(), n.labels.end());
  n.labels.erase(std::unique(n.labels.begin(), n.labels.end()), n.labels.end());
  std::sort(n.alt_labels.begin(), n.alt_labels.end());
  n.alt_labels.erase(std::unique(n.alt_labels.begin(), n.alt_labels.end()),
                     n.alt_labels.end());
  std::sort(n.articles.begin(), n.articles.end());
  n.articles.erase(std::unique(n.articles.begin(), n.articles.end()),
                   n.articles.end());
}

/// Keeps one rdfs:label per language, the first one seen; other labels in
/// that language become alternative labels.
void merge_labels(Node& into, const Node& from) {
  for (const auto& l : from.labels) {
    auto same_lang = std::find_if(into.labels.begin(), into.labels.end(),
                                  [&](const LangString& x) { return x.lang == l.lang; });
    if (same_lang == into.labels.end()) {
      into.labels.push_back(l);
    } else if (same_lang->text != l.text) {
      auto pos = std::lower_bound(into.alt_labels.begin(), into.alt_labels.end(), l);
      if (pos == into.alt_labels.end() || !(*pos == l)) into.alt_labels.insert(pos, l);
    }
  }
  for (const auto& a : from.alt_labels) {
    // An alternative label equal to a preferred one is redundant.
    if (std::find(into.labels.begin(), into.labels.end(), a) != into.labels.end()) continue;
    auto pos = std::lower_bound(into.alt_labels.begin(), into.alt_labels.end(), a);
    if (pos == into.alt_labels.end() || !(*pos == a)) into.alt_labels.insert(pos, a);
  }
}

}  // namespace

struct Graph::Impl {
  BoostGraph g;
  std::unordered_map<std::string, Vertex> by_iri;
  std::map<std::tuple<Vertex, std::string, Vertex>, BoostEdge> edges;
  /// Article IRI -> its mention records, sorted and unique.
  std::unordered_map<std::string, std::vector<MentionRecord>> mentions;
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

NodeId Graph::add_node(Node node) {
  KHABAR_CONTRACT_CHECK(!node.iri.empty(), "a node needs an IRI");
  auto it = impl_->by_iri.find(node.iri);
  if (it == impl_->by_iri.end()) {
    normalise_node(node);
    std::string iri = node.iri;
    Vertex v = boost::add_vertex(std::move(node), impl_->g);
    impl_->by_iri.emplace(std::move(iri), v);
    return static_cast<NodeId>(v);
  }
  Node& n = impl_->g[it->second];
  const size_t labels_before = n.labels.size();
  merge_labels(n, node);
  merge_sorted(n.articles, node.articles);
  auto fill = [](std::string& into, const std::string& from) {
    if (into.empty()) into = from;
  };
  fill(n.cls, node.cls);
  fill(n.coarse, node.coarse);
  fill(n.wikidata, node.wikidata);
  fill(n.geonames, node.geonames);
  fill(n.date, node.date);
  fill(n.article_id, node.article_id);
  fill(n.url, node.url);
  fill(n.title, node.title);
  fill(n.lang, node.lang);
  if (n.labels.size() != labels_before) std::sort(n.labels.begin(), n.labels.end());
  return static_cast<NodeId>(it->second);
}

void Graph::add_edge(const std::string& subject_iri, const std::string& predicate,
                     const std::string& object_iri, Evidence evidence) {
  auto s = impl_->by_iri.find(subject_iri);
  auto o = impl_->by_iri.find(object_iri);
  KHABAR_CONTRACT_CHECK(s != impl_->by_iri.end() && o != impl_->by_iri.end(),
                        "edge between unknown nodes");
  auto key = std::make_tuple(s->second, predicate, o->second);
  auto it = impl_->edges.find(key);
  if (it == impl_->edges.end()) {
    Edge e{predicate, {std::move(evidence)}};
    auto [ed, added] = boost::add_edge(s->second, o->second, std::move(e), impl_->g);
    KHABAR_ASSERT(added);
    impl_->edges.emplace(std::move(key), ed);
    return;
  }
  auto& ev = impl_->g[it->second].evidence;
  auto pos = std::lower_bound(ev.begin(), ev.end(), evidence);
  if (pos == ev.end() || !(*pos == evidence)) ev.insert(pos, std::move(evidence));
}

void Graph::merge(Graph&& other) {
  for (auto [vi, vend] = boost::vertices(other.impl_->g); vi != vend; ++vi) {
    add_node(std::move(other.impl_->g[*vi]));
  }
  // Node IRIs were moved from; look them up in this graph by the map keys.
  std::vector<std::string> iri_of(boost::num_vertices(other.impl_->g));
  for (const auto& [iri, v] : other.impl_->by_iri) iri_of[v] = iri;
  for (auto [ei, eend] = boost::edges(other.impl_->g); ei != eend; ++ei) {
    const std::string& s = iri_of[boost::source(*ei, other.impl_->g)];
    const std::string& o = iri_of[boost::target(*ei, other.impl_->g)];
    Edge& e = other.impl_->g[*ei];
    for (auto& ev : e.evidence) add_edge(s, e.predicate, o, std::move(ev));
  }
  for (auto& [article, records] : other.impl_->mentions) {
    add_mentions(article, std::move(records));
  }
  other.impl_ = std::make_unique<Impl>();
}

void Graph::add_mentions(const std::string& article_iri, std::vector<MentionRecord> mentions) {
  if (mentions.empty()) return;
  auto& into = impl_->mentions[article_iri];
  into.insert(into.end(), std::make_move_iterator(mentions.begin()),
              std::make_move_iterator(mentions.end()));
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

const std::vector<MentionRecord>& Graph::mentions(const std::string& article_iri) const {
  static const std::vector<MentionRecord> kNone;
  auto it = impl_->mentions.find(article_iri);
  return it == impl_->mentions.end() ? kNone : it->second;
}

size_t Graph::node_count() const { return boost::num_vertices(impl_->g); }
size_t Graph::edge_count() const { return boost::num_edges(impl_->g); }

const Node* Graph::find(const std::string& iri) const {
  auto it = impl_->by_iri.find(iri);
  return it == impl_->by_iri.end() ? nullptr : &impl_->g[it->second];
}

std::vector<const Node*> Graph::sorted_nodes() const {
  std::vector<const Node*> out;
  out.reserve(node_count());
  for (auto [vi, vend] = boost::vertices(impl_->g); vi != vend; ++vi) {
    out.push_back(&impl_->g[*vi]);
  }
  std::sort(out.begin(), out.end(),
            [](const Node* a, const Node* b) { return a->iri < b->iri; });
  return out;
}

std::vector<Graph::EdgeView> Graph::sorted_edges() const {
  std::vector<EdgeView> out;
  out.reserve(edge_count());
  for (auto [ei, eend] = boost::edges(impl_->g); ei != eend; ++ei) {
    out.push_back({&impl_->g[boost::source(*ei, impl_->g)],
                   &impl_->g[boost::target(*ei, impl_->g)], &impl_->g[*ei]});
  }
  std::sort(out.begin(), out.end(), [](const EdgeView& a, const EdgeView& b) {
    return std::tie(a.subject->iri, a.edge->predicate, a.object->iri) <
           std::tie(b.subject->iri, b.edge->predicate, b.object->iri);
  });
  return out;
}

uint32_t support(const Edge& edge) {
  std::set<std::string_view> articles;
  for (const auto& e : edge.evidence) articles.insert(e.article);
  return static_cast<uint32_t>(articles.size());
}

}  // namespace khabar::graph
