#pragma once
/// \file kb_fixture.h
/// Shared by the knowledge-base tests: the ontology, the test data folder,
/// pipelines built once per set of --kb files, and look-ups in a graph.

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "lexicon/kb.h"
#include "lexicon/ontology.h"
#include "pipeline/pipeline.h"

namespace khabar::testing {

inline std::string kb_test_data(const std::string& name) {
  return std::string(KHABAR_SOURCE_DIR) + "/tests/unit/kb/data/" + name;
}

inline const lexicon::Ontology& kb_ontology() {
  static const lexicon::Ontology o = [] {
    auto loaded = lexicon::Ontology::load(std::string(KHABAR_DATA_DIR) + "/khabar.ttl");
    if (!loaded.ok()) FAIL(loaded.status().to_string());
    return std::move(loaded.value());
  }();
  return o;
}

/// A pipeline over ontology/ plus `kb_files`, built once per distinct list
/// (Catch2 runs test cases one after another in one process).
inline const pipeline::Pipeline& kb_pipeline(const std::vector<std::string>& kb_files = {}) {
  static std::map<std::vector<std::string>, std::unique_ptr<pipeline::Pipeline>> cache;
  auto it = cache.find(kb_files);
  if (it == cache.end()) {
    pipeline::PipelineOptions o;
    o.data_dir = KHABAR_DATA_DIR;
    o.kb_files = kb_files;
    auto p = pipeline::Pipeline::create(o);
    if (!p.ok()) FAIL(p.status().to_string());
    it = cache.emplace(kb_files, std::move(p.value())).first;
  }
  return *it->second;
}

/// Runs one Arabic (or `lang`) article, published on `date` (YYYY-MM-DD or
/// ""), through `p` into a fresh graph.
inline graph::Graph run_article(const pipeline::Pipeline& p, const std::string& text,
                                const std::string& lang = "ar", const std::string& date = "") {
  pipeline::Article a;
  a.id = "kb-test";
  a.text = text;
  a.lang = lang;
  a.date = date;
  pipeline::Pipeline::Workspace ws;
  graph::Graph g;
  auto r = p.process(a, ws, g);
  if (!r.ok()) FAIL(r.status().to_string());
  return g;
}

/// Entity nodes that carry `text` as rdfs:label or skos:altLabel.
inline std::vector<const graph::Node*> nodes_labelled(const graph::Graph& g, const std::string& text) {
  std::vector<const graph::Node*> out;
  for (const graph::Node* n : g.sorted_nodes()) {
    if (n->kind != graph::NodeKind::kEntity) continue;
    auto has = [&](const std::vector<graph::LangString>& v) {
      return std::any_of(v.begin(), v.end(), [&](const graph::LangString& l) { return l.text == text; });
    };
    if (has(n->labels) || has(n->alt_labels)) out.push_back(n);
  }
  return out;
}

/// Entity nodes linked to Wikidata item `qid`.
inline std::vector<const graph::Node*> nodes_linked(const graph::Graph& g, const std::string& qid) {
  std::vector<const graph::Node*> out;
  for (const graph::Node* n : g.sorted_nodes()) {
    if (n->wikidata == qid) out.push_back(n);
  }
  return out;
}

/// The label of `n` in `lang`, or "".
inline std::string label_in(const graph::Node& n, const std::string& lang) {
  for (const auto& l : n.labels) {
    if (l.lang == lang) return l.text;
  }
  return {};
}

}  // namespace khabar::testing
