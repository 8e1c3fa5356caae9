#pragma once
/// \file engine.h
/// `RuleEngine`: applies the rules of ontology/rules/*.rules to each
/// sentence of an article and turns the recogniser's structural readings
/// (an office's country, an organisation's parent body) into relations.
/// Every relation carries its evidence: sentence, tokens, rule, confidence.
///
/// Thread safety: immutable after `load`; `extract` is const and thread-safe.

#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "entities/resolver.h"
#include "lexicon/resources.h"
#include "mentions/mention.h"
#include "mentions/recognizer.h"
#include "relate/rules.h"

namespace khabar::relate {

struct Relation {
  std::string predicate;  ///< kh: local name
  int32_t subject = -1;   ///< entity index
  int32_t object = -1;
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  ///< evidence tokens [begin, end)
  std::string rule;
  double confidence = 0;
};

class RuleEngine {
 public:
  /// Loads every ontology/rules/*.rules file; checks each relation against
  /// the ontology and each trigger/function class against the word lists.
  static Expected<std::unique_ptr<RuleEngine>> load(const lexicon::Resources& r);
  /// Builds an engine from an already parsed rule set (tests).
  static Expected<std::unique_ptr<RuleEngine>> from_rules(const lexicon::Resources& r, RuleSet rules);

  /// Appends the relations of one article to `out` (cleared first).
  void extract(const text::Document& doc, const mentions::Recognizer::Scratch& scratch,
               const std::vector<mentions::Mention>& mentions,
               const std::vector<entities::Entity>& entities, std::vector<Relation>& out) const;

  const RuleSet& rules() const { return rules_; }

 private:
  RuleEngine(const lexicon::Resources& r, RuleSet rules) : r_(&r), rules_(std::move(rules)) {}
  Status check() const;
  const lexicon::Resources* r_;
  RuleSet rules_;
  std::vector<std::vector<int32_t>> trigger_ids_;  ///< per rule: the trigger classes it needs
  std::vector<std::vector<uint32_t>> rules_by_class_;  ///< trigger class -> rules keyed by it (their first)
  std::vector<uint32_t> unkeyed_rules_;                ///< rules that need no trigger
  std::vector<std::string> literal_words_;         ///< the distinct literal words of the rules
  std::vector<std::vector<uint32_t>> literals_;  ///< per rule: the literal words it needs (indices)
  struct StemHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  /// literal word -> its index (one pass over an article's readings finds
  /// the sentences each literal word is in)
  std::unordered_map<std::string, uint32_t, StemHash, std::equal_to<>> literal_index_;
  /// (length, last byte) of the literal words, a cheap test before hashing
  std::vector<uint8_t> literal_shapes_ = std::vector<uint8_t>(kLiteralShapes, 0);
  static constexpr size_t kLiteralShapes = 64 * 256;
  static size_t literal_shape(std::string_view w) { return (w.size() % 64) * 256 + static_cast<uint8_t>(w.back()); }
  std::set<std::string> dateline_rules_;
  std::set<std::string> pair_rules_;  ///< ids of the rules with an S:Pair capture  ///< ids of the rules with an O:Dateline capture (fallbacks)
  std::vector<uint8_t> uses_pair_;
  std::vector<uint8_t> first_capture_;  ///< per rule: it starts with a capture of a mention (not a virtual one)    ///< per rule: it has an S:Pair capture (bytes: read per rule and sentence)
};

}  // namespace khabar::relate
