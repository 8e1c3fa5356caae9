#pragma once
/// \file gold.h
/// A gold annotation file (`../shared/eval/SCHEMA.md`): the entities and
/// relations a careful reader puts into the graph for one article.

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"

namespace khabar::eval {

/// One gold entity.
struct GoldEntity {
  std::string key;   ///< unique within the article ("wang_yi")
  std::string type;  ///< coarse class: Person Place Organization Event Document
                     ///< Initiative
  /// Surface forms by language, in file order ({"en", {"Wang Yi"}}, ...).
  std::vector<std::pair<std::string, std::vector<std::string>>> labels;
  std::string wikidata;  ///< "Q148", or "" when the gold gives none
  bool optional = false;
  std::set<std::string> keys;     ///< `normalise()` of every label
  std::set<std::string> en_keys;  ///< `normalise()` of the "en" labels
};

/// One gold relation (`p` a local name of the core vocabulary).
struct GoldRelation {
  std::string s;
  std::string p;
  std::string o;
  bool optional = false;
};

/// One gold file. Invariant: `entities` and `relations` keep file order.
struct GoldArticle {
  std::string id;
  std::string path;  ///< the file it was read from
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

/// Reads a gold JSON file. Keys other than those of `GoldArticle` are
/// ignored; when a key repeats, its last value counts (as in Python).
/// `optional` counts as true when Python would call it truthy.
/// Fails with `kIo` (unreadable), `kBadJson` (not JSON or not UTF-8, with
/// the line), `kBadData` (a required key missing or of the wrong type:
/// "id", "entities", "relations"; per entity "key", "type", "labels" as an
/// object of arrays of strings, "wikidata" a string or null; per relation
/// "s", "p", "o").
Expected<GoldArticle> load_gold(const std::string& path);

}  // namespace khabar::eval
