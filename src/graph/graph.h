#pragma once
/// \file graph.h
/// The knowledge graph khabar builds and exports: one node per real-world
/// entity (and one per article), one edge per (subject, relation, object)
/// with every piece of evidence that supports it.
///
/// Thread safety: a `Graph` is built by one thread; once built, its const
/// methods may be used concurrently.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace khabar::graph {

/// A string with a BCP 47 language tag ("en", "ar", "ar-Latn-t-ar").
struct LangString {
  std::string lang;
  std::string text;
  auto operator<=>(const LangString&) const = default;
};

/// What a node represents.
enum class NodeKind : uint8_t {
  kEntity,   ///< a person, place, organisation, event, document, initiative
  kArticle,  ///< a news article (schema:NewsArticle)
};

/// Where one fact came from.
struct Evidence {
  std::string article;   ///< IRI of the article node
  uint32_t sentence = 0; ///< 0-based index of the sentence in the article
  uint32_t begin = 0;    ///< span start, in Unicode code points of the text
  uint32_t end = 0;      ///< span end (exclusive), in code points
  std::string text;      ///< the sentence (or span) text, as in the article
  std::string rule;      ///< id of the rule that produced the fact
  double confidence = 0; ///< in (0, 1]
  auto operator<=>(const Evidence&) const = default;
};

/// A node. Invariants: `labels`, `alt_labels`, `articles` sorted and unique.
struct Node {
  std::string iri;
  NodeKind kind = NodeKind::kEntity;
  std::string cls;     ///< local name of its kh: class ("Country"), or "NewsArticle"
  std::string coarse;  ///< one of Person Place Organization Event Document Initiative ("" for articles)
  std::vector<LangString> labels;      ///< rdfs:label, one per language preferred
  std::vector<LangString> alt_labels;  ///< skos:altLabel (other surface forms, transliterations)
  std::string wikidata;  ///< "Q148", or empty
  std::string geonames;  ///< GeoNames id, or empty
  std::string date;      ///< YYYY-MM-DD: event date, or an article's publication date
  std::vector<std::string> articles;  ///< IRIs of the articles that mention it
  // Article metadata (kind == kArticle only).
  std::string article_id, url, title, lang;
};

/// An edge. `predicate` is a local name in the kh: namespace ("metWith").
/// Invariant: `evidence` sorted and unique.
struct Edge {
  std::string predicate;
  std::vector<Evidence> evidence;
};

// --- Mentions (for the mentions export, exporters/mentions) -------------

/// One mention of an entity in an article's text: what NER and entity-linking
/// benchmarks read.
struct MentionRecord {
  uint32_t begin = 0;  ///< start, in Unicode code points of the article text as given
  uint32_t end = 0;    ///< end (exclusive), in code points
  std::string text;    ///< the article text in [begin, end)
  std::string type;    ///< coarse class of the entity ("Person")
  std::string entity;  ///< IRI of the entity node
  auto operator<=>(const MentionRecord&) const = default;
};

// --- end of mentions -------------------------------------------------------

using NodeId = uint32_t;

/// The merged graph. Nodes are keyed by IRI: adding a node whose IRI exists
/// merges labels, articles and missing attributes into the existing node;
/// adding an edge that exists appends its evidence.
class Graph {
 public:
  Graph();
  ~Graph();
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  /// Adds `node` or merges it into the node with the same IRI.
  NodeId add_node(Node node);
  /// Adds (subject, predicate, object) with `evidence`; both IRIs must exist.
  void add_edge(const std::string& subject_iri, const std::string& predicate,
                const std::string& object_iri, Evidence evidence);
  /// Adds the mention records of the article `article_iri` to those it has.
  /// Ensures: `mentions(article_iri)` sorted (by begin, end, ...), unique.
  void add_mentions(const std::string& article_iri, std::vector<MentionRecord> mentions);
  /// The mention records of an article; empty when it has none.
  const std::vector<MentionRecord>& mentions(const std::string& article_iri) const;

  /// Merges every node, edge and mention record of `other` into this graph.
  void merge(Graph&& other);

  size_t node_count() const;
  size_t edge_count() const;
  const Node* find(const std::string& iri) const;

  /// Nodes sorted by IRI (deterministic export order).
  std::vector<const Node*> sorted_nodes() const;
  struct EdgeView {
    const Node* subject;
    const Node* object;
    const Edge* edge;
  };
  /// Edges sorted by (subject IRI, predicate, object IRI).
  std::vector<EdgeView> sorted_edges() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Number of distinct articles among the evidence of an edge (its weight).
uint32_t support(const Edge& edge);

}  // namespace khabar::graph
