#pragma once
/// \file clitics.h
/// `Clitics`: the proclitics of a language (Arabic و ف ب ك ل ال لل ...),
/// read from ontology/lexicons/<lang>/clitics.tsv, and the candidate stems of
/// a token key they give.
///
/// Thread safety: immutable after loading.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace khabar::lexicon {

/// What a stripped prefix was. Bit flags.
enum CliticFlag : uint8_t {
  kConj = 1,     ///< a conjunction (و، ف): marks a conjunct
  kPrepB = 2,    ///< ب (with, by)
  kPrepL = 4,    ///< ل / لل (to, of, for)
  kPrepK = 8,    ///< ك (like, as)
  kArticle = 16, ///< the definite article ال (or the ال of لل)
  kSuffix = 32,  ///< a case ending (indefinite accusative ا) was removed
};

/// One reading of a token key: `stem` is a suffix (possibly shortened by a
/// case ending) of the key; `prefix_bytes` is how many key bytes were
/// stripped in front.
struct Candidate {
  std::string_view stem;
  uint8_t flags = 0;
  uint8_t prefix_bytes = 0;
  /// Key bytes of the conjunction and preposition alone: what a label drops
  /// (the article stays: والاجتماع -> الاجتماع; a fused لل goes whole).
  uint8_t clitic_bytes = 0;
};

class Clitics {
 public:
  /// Loads `clitics.tsv` (`prefix<TAB>class`, class one of conj, prep-b,
  /// prep-l, prep-k, article, prep-l+article, suffix-accusative).
  /// `normalise` folds each prefix as token keys are folded.
  template <typename Fold>
  static Expected<Clitics> load(const std::string& path, Fold normalise);
  Clitics() = default;

  /// Appends the readings of `key`, the unstripped key first, then by
  /// increasing amount stripped. Stems shorter than two letters are
  /// not produced. Only keys that start with a letter of the clitics'
  /// script are stripped.
  void candidates(std::string_view key, std::vector<Candidate>& out) const;

  /// The key of a dictionary word: `key` without a leading article (when
  /// what remains has two letters or more).
  std::string_view dictionary_stem(std::string_view key) const;

  bool empty() const { return conj_.empty() && preps_.empty() && articles_.empty(); }
  /// The definite article as written (ال), for restoring it in labels after
  /// a fused preposition (للجنة -> اللجنة); empty when the language has none.
  const std::string& article() const {
    static const std::string none;
    return articles_.empty() ? none : articles_.front().text;
  }

  /// True when the word as written (`text`, marks after the last letter
  /// allowed) ends with a feminine ending listed as `suffix-feminine` (ة).
  bool has_feminine_ending(std::string_view text) const;
  /// True when a folded key ends with the ending of a relative adjective
  /// listed as `suffix-nisba` (ي: الشافعي، الزهراني), the usual ending of
  /// family names.
  bool has_nisba_ending(std::string_view key) const;
  /// True when the word as written starts with letters that fold to the
  /// article but are not one (`not-article`: أل in ألكسندر, ألبرتو).
  bool looks_like_article_only(std::string_view text) const;
  /// True when the word as written starts with a conjunction that no
  /// name starts with (`not-name-start`: و in وأعضاء), leaving letters.
  bool starts_with_not_name_conj(std::string_view text) const;
  /// Marks (tanween) that a name never carries.
  const std::vector<char32_t>& not_name_marks() const { return not_name_marks_; }
  /// Letters that write long vowels (`long-vowel`, folded): transliterations
  /// of one foreign name differ most in them (ميريدوف، مرادوف).
  const std::vector<char32_t>& long_vowels() const { return long_vowels_; }

  /// True when `key` ends with a pronoun suffix (رئاستها) and keeps at least
  /// three letters without it.
  bool has_pronoun_suffix(std::string_view key) const;

  /// True when `key` is a preposition alone, written apart from its noun
  /// (لـ in لـ(كونا), folded to ل).
  bool is_bare_preposition(std::string_view key) const;

 private:
  struct Prefix {
    std::string text;
    uint8_t flags;
  };
  Status add(std::string text, std::string_view raw, std::string_view cls, const std::string& path, uint32_t line);
  std::vector<Prefix> conj_;      ///< conjunctions
  std::vector<Prefix> preps_;     ///< prepositions (incl. fused preposition + article)
  std::vector<Prefix> articles_;  ///< articles
  std::vector<std::string> suffixes_;  ///< case endings that may be removed
  std::vector<std::string> pronouns_;  ///< pronoun suffixes
  std::vector<char32_t> not_name_marks_;  ///< marks no name carries
  std::vector<char32_t> long_vowels_;     ///< letters of long vowels
  std::vector<std::string> feminine_;  ///< feminine endings, as written
  std::vector<std::string> nisba_;     ///< endings of relative adjectives, folded
  std::vector<std::string> not_article_;  ///< word beginnings that only fold to the article
  std::vector<std::string> not_name_start_;  ///< conjunctions no name starts with, as written
};

}  // namespace khabar::lexicon

#include "lexicon/clitics_inl.h"
