#pragma once
/// \file matcher.h
/// `Matcher`: longest-match look-up of multi-word phrases over a document's
/// tokens. Phrases (knowledge-base labels, titles, trigger words ...) are
/// stored as sequences of dictionary stems; a token matches a phrase word
/// when one of its clitic readings (see `Clitics`) equals it. Punctuation
/// tokens listed as joiners (the hyphen of لانتسانغ-ميكونغ) are skipped
/// inside a phrase, so spacing and hyphen variants all match.
///
/// Thread safety: built once, then immutable; `match` is const and
/// thread-safe (all scratch state lives in the caller's `MatchScratch`).

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/clitics.h"
#include "text/document.h"
#include "text/tokenizer.h"

namespace khabar::lexicon {

/// The phrase tables. A phrase may be in several tables.
enum class Table : uint8_t {
  kName,        ///< knowledge-base label -> entity index
  kNationality, ///< nationality adjective -> country entity index
  kTitle,       ///< title or office -> title index
  kTrigger,     ///< relation trigger -> trigger class index
  kFunction,    ///< function word -> function class index
  kEventHead,   ///< event head noun -> event head index
  kDocHead,     ///< document head noun -> document head index
  kOrgHead,     ///< organisation head noun -> org head index
  kOrdinal,     ///< ordinal word -> its number
  kParticipants,///< participants phrase (وزراء خارجية) -> index
  kModifier,    ///< adjectives that name events/documents -> index
  kStop,        ///< words that never belong to a name -> 0
  kDate,        ///< weekday, month and relative-day words -> index
  kInitiativeHead, ///< initiative head noun -> index
  kNameParticle,///< بن، عبد ... inside names -> index
  kVenueHead,   ///< venue head noun (قصر، المجمع الرئاسي) -> index
  kBodyWord,    ///< a kind of body before its name (جامعة، مجموعة) -> index
  kCount
};
inline constexpr size_t kTableCount = static_cast<size_t>(Table::kCount);

/// A phrase found in a document: tokens [begin, end), the clitic flags of
/// its first token's reading, and the payload the table stores.
struct Match {
  uint32_t begin = 0, end = 0;
  Table table = Table::kName;
  uint8_t flags = 0;         ///< `CliticFlag`s of the first token's reading
  uint8_t prefix_bytes = 0;  ///< key bytes stripped from the first token
  uint8_t clitic_bytes = 0;  ///< of which conjunction and preposition (see `Candidate`)
  uint32_t payload = 0;
  bool listed_article = false;  ///< the phrase is listed with the article this reading stripped (الذي)
};

/// Per-call scratch (reuse it across documents to avoid allocations).
struct MatchScratch {
  std::vector<Candidate> candidates;
  std::vector<uint32_t> offsets;  ///< token i's readings: [offsets[i], offsets[i+1])
};

class Matcher {
 public:
  Matcher(const text::Tokenizer& tokenizer, const Clitics& clitics)
      : tokenizer_(&tokenizer), clitics_(&clitics) {}

  /// Adds `surface` (any text; it is tokenised and folded here) to `table`.
  /// Returns false when the surface has no word.
  /// `any_article`: the phrase may be written with or without the article
  /// whatever the surface has (acronyms: إيكواس / الإيكواس).
  bool add(Table table, std::string_view surface, uint32_t payload, bool any_article = false);
  /// Keys of punctuation skipped inside phrases ("-").
  void add_joiner(std::string key) { joiners_.insert(std::move(key)); }

  /// All matches in `doc`, per start token and table only the longest
  /// (several payloads when a phrase is ambiguous), sorted by (begin, table,
  /// longer first, payload). Matches never cross a sentence boundary.
  void match(const text::Document& doc, MatchScratch& scratch, std::vector<Match>& out) const;

  /// Fills `scratch` with the clitic readings of every token of `doc`.
  void readings(const text::Document& doc, MatchScratch& scratch) const;
  /// True when token `i` (after `readings`) has a reading equal to `stem`
  /// whose clitics have none of the `refused` flags.
  bool token_is(const MatchScratch& scratch, uint32_t i, std::string_view stem,
                uint8_t* flags = nullptr, uint8_t refused = 0) const;
  bool is_joiner(std::string_view key) const { return joiners_.find(key) != joiners_.end(); }

  /// The dictionary stems of `surface`'s words (for comparisons).
  std::vector<std::string> stems(std::string_view surface, bool* first_has_article = nullptr,
                                 uint32_t* with_article = nullptr) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    Table table;
    uint32_t payload;
    /// How the first word was written in the surfaces added: with the
    /// article (الصين) and/or without (مالي). A name never written with the
    /// article does not match a word that has it (المالي "financial" is not
    /// Mali); a one-word title never written without it does not match a
    /// word without it (سلطان, a given name, is not السلطان).
    bool with_article = false, without_article = false;
    /// The same for the later words of a name (bit w for word w): a word
    /// listed only with the article does not match one without it (خالد
    /// السعيد is no خالد سعيد), nor the other way round.
    uint32_t later_with = 0, later_without = 0;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const text::Tokenizer* tokenizer_;
  const Clitics* clitics_;
  std::vector<Entry> entries_;
  /// The entries starting with one first word: those of one word, and the
  /// longer ones by their second word (a token is only tried against the
  /// entries its next token can continue).
  struct FirstWord {
    std::vector<uint32_t> one;
    std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> by_second;
  };
  /// First word stem -> entries starting with it: an open-addressing table
  /// (slots hold index + 1 into first_words_; 0 is empty), with each key's
  /// hash kept beside it, so a look-up reads contiguous memory.
  const FirstWord* find_first(std::string_view stem) const;
  FirstWord& first_word(const std::string& stem);
  std::vector<FirstWord> first_words_;
  std::vector<std::string> first_keys_;
  std::vector<size_t> first_hashes_;
  std::vector<uint32_t> first_slots_;
  std::unordered_set<std::string, Hash, std::equal_to<>> joiners_;
  /// (table, payload, words) already added -> entry, to keep entries unique.
  std::unordered_map<std::string, uint32_t> seen_;
};

}  // namespace khabar::lexicon
