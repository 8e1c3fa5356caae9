#pragma once
/// \file rules.h
/// The relation rules of ontology/rules/*.rules, parsed. The grammar (EBNF)
/// is in ontology/README.md; the parser's functions are named after its
/// productions.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace khabar::relate {

/// One element of a pattern.
struct Element {
  enum class Kind : uint8_t {
    kTrigger,   ///< $class: a trigger phrase of that class
    kFunction,  ///< @class: a function word of that class
    kPunct,     ///< %class: punctuation of that class
    kLiteral,   ///< a word (its dictionary stem)
    kCapture,   ///< S:Type or O:Type, `+` for a coordinated list
    kGap,       ///< ~N: up to N plain tokens
  };
  Kind kind = Kind::kLiteral;
  std::string value;     ///< class name, literal stem, or type
  int32_t class_id = -1; ///< for $class and @class: the class's id (set by the engine)
  char var = 0;          ///< 'S' or 'O' for captures
  bool list = false;     ///< capture with `+`
  uint32_t min_items = 1; ///< `++`: a list of two or more
  bool optional = false; ///< `?`
  uint32_t gap = 0;      ///< for kGap
  bool wide = false;     ///< `~~N`: the gap may also skip commas and place or body names
  /// `/b` or `/l` after a capture or function: its first word carries the
  /// preposition ب (lexicon::kPrepB) or ل (lexicon::kPrepL) as a clitic; 0: any
  uint8_t with_prep = 0;
  bool operator==(const Element&) const = default;
};

struct Rule {
  std::string id;
  std::string relation;        ///< kh: local name
  bool subject_first = true;   ///< relation(S,O) rather than relation(O,S)
  bool pairwise = false;       ///< relation(S,S): between every two conjuncts of S
  double confidence = 0;
  std::vector<Element> pattern;
  std::string file;
  uint32_t line = 0;
};

struct RuleSet {
  std::vector<Rule> rules;
  /// Structural readings made by the recogniser: id -> (relation, confidence).
  std::unordered_map<std::string, std::pair<std::string, double>> structural;
  /// Groups of relations that cannot both hold between one pair.
  std::vector<std::vector<std::string>> conflicts;
  /// `prefer A B`: when one sentence gives one pair both A and B, B goes
  /// (the first reading is the more specific one).
  std::vector<std::pair<std::string, std::string>> preferences;
};

/// Parses a rules file (`#khabar-rules 1` first). `stem` turns a literal
/// word into its dictionary stem. Errors name file and line.
template <typename StemFn>
Status parse_rules_file(const std::string& path, StemFn stem, RuleSet& out);

/// Parses one `rule` line body (after "rule "); exposed for tests.
Status parse_rule(const std::string& text, const std::string& path, uint32_t line,
                  const std::function<std::string(const std::string&)>& stem, Rule& out);

}  // namespace khabar::relate

#include <functional>
#include <fstream>

namespace khabar::relate {

Status parse_rules_stream(std::istream& in, const std::string& path,
                          const std::function<std::string(const std::string&)>& stem, RuleSet& out);

template <typename StemFn>
Status parse_rules_file(const std::string& path, StemFn stem, RuleSet& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open rules file", path);
  return parse_rules_stream(in, path, std::function<std::string(const std::string&)>(stem), out);
}

}  // namespace khabar::relate
