#pragma once
/// \file pipeline.h
/// `Pipeline`: text -> mentions -> entities -> relations -> graph, for one
/// article at a time, merging into a `graph::Graph`.
///
/// Thread safety: built once, immutable; `process` is const and may run on
/// several threads at once, each with its own `Workspace` and graph.
///
///   auto p = Pipeline::create(options);            // loads ontology/
///   Pipeline::Workspace ws; graph::Graph g;
///   p.value()->process(article, ws, g);

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"
#include "entities/resolver.h"
#include "graph/graph.h"
#include "lexicon/resources.h"
#include "mentions/recognizer.h"
#include "pipeline/article.h"
#include "relate/engine.h"

namespace khabar::pipeline {

struct PipelineOptions {
  std::string data_dir;                  ///< the ontology/ folder
  std::vector<std::string> kb_files;     ///< --kb
  std::string base_iri = "https://w3id.org/khabar/resource/";
};

/// What one article gave (for tests and the mentions export).
struct ArticleResult {
  std::string article_iri;
  std::string lang;
  size_t words = 0;
};

class Pipeline {
 public:
  static Expected<std::unique_ptr<Pipeline>> create(const PipelineOptions& options);
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  /// Reusable per-thread state.
  struct Workspace {
    text::Document doc;
    mentions::Recognizer::Scratch scratch;
    std::vector<mentions::Mention> mentions;
    std::vector<entities::Entity> entities;
    std::vector<relate::Relation> relations;
  };

  /// Extracts `article` and merges its nodes and edges into `out`.
  /// Returns a non-ok Status (and adds nothing) when the article cannot be
  /// processed.
  Expected<ArticleResult> process(const Article& article, Workspace& ws, graph::Graph& out) const;

  /// Normalises and segments `article` only (the cost of ICU alone).
  Expected<ArticleResult> tokenize_only(const Article& article, Workspace& ws) const;

  /// IRI of an article id / an entity identity (deterministic).
  std::string article_iri(const std::string& id) const;
  std::string entity_iri(const entities::Entity& e, const std::string& article_id) const;

  const lexicon::Resources& resources() const { return *resources_; }

  /// Writes what `process` found in the last article of `ws` — mentions,
  /// entities and relations with their rules — in a readable form.
  void explain(const Workspace& ws, std::ostream& out) const;

 private:
  Pipeline() = default;
  /// English labels of entity `ei` that its relations give: a visit by its
  /// visitor and place; as alternatives, an event by its city and year, a
  /// document by the two states that signed it. `when` is the date the text
  /// gives the event (YYYY-MM-DD, YYYY-MM, YYYY or "").
  void relation_labels(const Workspace& ws, size_t ei, const std::string& published, const std::string& when,
                       graph::Node& n) const;
  /// More English names of event or document `ei` whose name holds a
  /// country that also names its capital: by the city (Algiers Declaration).
  void capital_labels(const Workspace& ws, size_t ei, graph::Node& n) const;
  /// The knowledge-base body `k`'s English names without its country.
  std::vector<std::string> without_country(const lexicon::KbEntity& k) const;
  /// The English of the courtesy titles and head-of-state offices written
  /// right before a name of entity `ei` (Prince, President), once each.
  std::vector<std::string> titles_before_name(const Workspace& ws, size_t ei) const;
  /// The two states an article's meetings, calls, visits and co-chaired
  /// meetings are between, when they all name the same two; with none of
  /// those, the two states whose officials it names; else empty.
  std::vector<int32_t> article_sides(const Workspace& ws) const;
  PipelineOptions options_;
  std::unique_ptr<lexicon::Resources> resources_;
  std::unique_ptr<mentions::Recognizer> recognizer_;
  std::unique_ptr<entities::Resolver> resolver_;
  std::unique_ptr<relate::RuleEngine> engine_;
};

/// "en" when Latin letters outnumber Arabic ones, else "ar" (khabar's
/// first language; also for text without letters).
std::string detect_language(std::string_view text);
/// Days since 1970-01-01 of a YYYY-MM-DD date; and back.
int64_t days_from_date(const std::string& date);
std::string date_from_days(int64_t days);

}  // namespace khabar::pipeline
