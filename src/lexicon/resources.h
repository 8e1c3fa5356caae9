#pragma once
/// \file resources.h
/// `Resources`: everything the pipeline reads from ontology/ — the folding
/// table, the tokenizer, clitics, knowledge base and word lists of every
/// language folder — compiled into one phrase `Matcher`.
///
/// Thread safety: loaded once, then immutable and shared by all threads.

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "lexicon/clitics.h"
#include "lexicon/kb.h"
#include "lexicon/matcher.h"
#include "lexicon/ontology.h"
#include "lexicon/word_list.h"
#include "text/tokenizer.h"

namespace khabar::lexicon {

/// A word-list table: its entries (payload = index) and, for tables whose
/// payload is a class, the distinct class names.
struct WordTable {
  std::vector<WordEntry> entries;
};

/// A phrase of a document's topic and its English (topics.tsv): the
/// dictionary stems of its words, its class (noun, attribute, phrase).
struct TopicEntry {
  std::vector<std::string> stems;
  std::string cls;
  std::string en;
};

class Resources {
 public:
  /// Loads ontology data from `data_dir`; `extra_kb` are --kb files.
  static Expected<std::unique_ptr<Resources>> load(const std::string& data_dir,
                                                   const std::vector<std::string>& extra_kb = {});
  Resources(const Resources&) = delete;
  Resources& operator=(const Resources&) = delete;

  const text::Tokenizer& tokenizer() const { return *tokenizer_; }
  const Clitics& clitics() const { return clitics_; }
  const KnowledgeBase& kb() const { return kb_; }
  const Matcher& matcher() const { return *matcher_; }
  const WordTable& table(Table t) const { return tables_[static_cast<size_t>(t)]; }
  /// The class of a match's entry (titles: office/honorific; triggers: meet ...).
  const std::string& class_of(const Match& m) const;
  /// Punctuation class of a token key ("comma", "stop", "joiner"), or "".
  const std::string& punct_class(std::string_view key) const;
  /// The knowledge-base entity a token key names in a dateline only (label
  /// kind `dateline`: an agency's acronym that is a word elsewhere), or -1.
  int32_t dateline_name(std::string_view key) const;
  /// Index of a class name in the trigger/function tables, or -1.
  int32_t class_id(const std::string& name) const;
  /// English templates (ontology/lexicons/en/templates.tsv): name -> template.
  const std::string& en_template(const std::string& name) const;
  /// A place's English name as a name or topic writes it: with the article
  /// for the names of template place-with-the (the United Kingdom, the Gaza
  /// Strip; template the-place), else as it is.
  std::string english_place(const std::string& place) const;
  /// The English spellings of a word (or two, joined by a space) of a
  /// person's name (name_words.tsv: محمد -> Mohammed, Mohamed ...), by folded
  /// key, the usual one first; null if the list has none.
  const std::vector<std::string>* name_word_en(std::string_view key) const;
  /// Is the word of folded key `key` a family name of name_words.tsv
  /// (الخوالدة, which ends like a feminine noun)?
  bool is_family_name(std::string_view key) const;
  /// Is it a given name of name_words.tsv (class given: يعقوب)?
  bool is_given_name_word(std::string_view key) const;
  /// The knowledge-base body of country `country` (an entity index) that
  /// has an Arabic name of `bare` (folded words, one space between) and the
  /// country's adjective (مجلس النواب البحريني for مجلس النواب and Bahrain),
  /// or -1: what a state news agency names bare at home.
  int32_t home_body(int32_t country, std::string_view bare) const;
  /// Is it a particle of names there (بن، آل، أبو)?
  bool is_name_particle(std::string_view key) const;
  /// Topic phrases whose first word has dictionary stem `stem` (indices
  /// into `topics()`), or null. Kept apart from the matcher: they are read
  /// only to put a document's topic into English.
  const std::vector<uint32_t>* topics_starting(std::string_view stem) const;
  const std::vector<TopicEntry>& topics() const { return topics_; }
  /// A word that dates what a month or a year beside it names
  /// (date_words.tsv: عام 2025، مايو الماضي), by token key; null if none.
  const WordEntry* date_word(std::string_view key) const;
  /// English ordinal suffix for n ("st", "nd", "rd", "th").
  std::string en_ordinal(uint32_t n) const;
  const std::string& data_dir() const { return data_dir_; }
  const Ontology& ontology() const { return ontology_; }
  /// Coarse class of a class local name ("" when unknown).
  std::string coarse_of(const std::string& cls) const { return ontology_.coarse_of(cls); }

 private:
  Resources() = default;
  Status load_table(Table t, const std::string& path);
  std::string data_dir_;
  Ontology ontology_;
  std::unique_ptr<text::Tokenizer> tokenizer_;
  Clitics clitics_;
  KnowledgeBase kb_;
  std::unique_ptr<Matcher> matcher_;
  WordTable tables_[kTableCount];
  std::vector<std::string> classes_;  ///< class names; payloads of kTrigger/kFunction
  std::unordered_map<std::string, int32_t> class_index_;
  /// Looked up by string_view; a hash of its own also keeps libstdc++ from
  /// comparing a small table's keys one by one instead of hashing.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> punct_;
  std::unordered_map<std::string, int32_t, KeyHash, std::equal_to<>> dateline_names_;
  std::unordered_map<std::string, std::string> en_templates_;
  std::unordered_set<std::string> places_with_the_;  ///< template place-with-the, split
  std::vector<TopicEntry> topics_;
  std::unordered_map<std::string, std::vector<uint32_t>, KeyHash, std::equal_to<>> topic_index_;
  std::unordered_map<std::string, WordEntry, KeyHash, std::equal_to<>> date_words_;
  struct NameWord {
    std::vector<std::string> en;  ///< spellings, the usual one first
    bool family = false;
    bool particle = false;
    bool given = false;
  };
  std::unordered_map<std::string, NameWord, KeyHash, std::equal_to<>> name_words_;
  /// country index, \x1f, bare folded name -> body (home_body)
  std::unordered_map<std::string, int32_t, KeyHash, std::equal_to<>> home_bodies_;
};

}  // namespace khabar::lexicon
