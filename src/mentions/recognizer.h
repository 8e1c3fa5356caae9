#pragma once
/// \file recognizer.h
/// `Recognizer`: finds the mentions of an article — knowledge-base labels,
/// nationality adjectives, people named after titles, and organisation,
/// event, document and initiative phrases — from the phrase matches of
/// `lexicon::Matcher`.
///
/// Thread safety: immutable; `recognize` is const and thread-safe when each
/// thread passes its own `Scratch`.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/matcher.h"
#include "lexicon/resources.h"
#include "mentions/mention.h"
#include "text/document.h"

namespace khabar::mentions {

class Recognizer {
 public:
  /// `resources` must outlive the recogniser. Given names start with the
  /// first words of the knowledge base's people.
  explicit Recognizer(const lexicon::Resources& resources);

  /// Adds the given names of a word list (`surface<TAB>given-name`).
  Status load_given_names(const std::string& path);
  /// True when a token key is a known given name.
  bool is_given_name(std::string_view key) const {
    return given_names_.find(std::string(key)) != given_names_.end();
  }

  /// True when a token's text, as written, is a given name of the list or
  /// of the knowledge base (علي, not على that folds like it).
  bool is_given_name_as_written(std::string_view text) const {
    return given_names_written_.find(std::string(text)) != given_names_written_.end();
  }

  /// The knowledge-base person whose Arabic labels end with this folded
  /// word (أردوغان), when exactly one does and it is no given name; else -1.
  int32_t known_surname(std::string_view key) const {
    if (is_given_name(key)) return -1;
    auto it = surnames_.find(std::string(key));
    return it == surnames_.end() ? -1 : it->second;
  }

  /// Per-thread scratch, reused across documents.
  struct Scratch {
    lexicon::MatchScratch match;
    std::vector<lexicon::Match> matches;
    std::vector<uint32_t> first;  ///< token i's matches: [first[i], first[i+1])
    std::vector<uint32_t> tables;  ///< token i's tables, one bit per lexicon::Table
    std::vector<uint32_t> named;  ///< KB entities named in the article, sorted
  };

  /// Appends the mentions of `doc` to `out` (cleared first). Ensures:
  /// top-level mentions (parent == -1) are in text order and never overlap;
  /// a nested mention lies inside its parent.
  void recognize(const text::Document& doc, Scratch& scratch, std::vector<Mention>& out) const;

  /// Text of tokens [begin, end) of `doc`, without the first `skip` bytes.
  static std::string slice(const text::Document& doc, uint32_t begin, uint32_t end, uint32_t skip);

 private:
  const lexicon::Resources* r_;
  std::unordered_set<std::string> given_names_;  ///< folded keys
  std::unordered_set<std::string> given_names_written_;  ///< as written (NFC)
  std::unordered_map<std::string, int32_t> surnames_;  ///< last word -> KB person (-1: several)
};

}  // namespace khabar::mentions
