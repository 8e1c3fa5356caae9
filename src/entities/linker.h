#pragma once
/// \file linker.h
/// `Linker`: decides which knowledge-base entity a label mention names — the
/// entities stage's half of linking. The recogniser proposes; the linker
/// looks at the whole article and the text as written:
///
/// - a label several entities share (عمان: Oman or Amman) links to the one
///   candidate written so (with its diacritics: عمّان is Amman) or, failing
///   that, the one candidate the article supports (its country is named,
///   or it is a country one of whose places is named, or it is named
///   unambiguously elsewhere: `KnowledgeBase::supported_by`); otherwise it
///   stays unlinked, typed with the most specific class all candidates
///   share (kh:Place for Oman/Amman) or, when they share none, dropped;
/// - a one-word label of a `--kb` entity (not curated: أمل is also "hope",
///   Will also the verb) links only with evidence — in a cased script a
///   capital that does not just start the sentence, in Arabic a title, a
///   place word or an organisation head before it; a label with capitals
///   written all in lower case in a cased script is never a name;
/// - a person's name in Arabic script that no label of the knowledge base
///   has links to the one known person whose Arabic name it spells with one
///   letter more, less or other (two in a name of three words or more:
///   بيترو بروشينكو for بيترو بوروشينكو), in words of five letters or more
///   that are no word of any known name (سلطان is no spelling of سلمان),
///   with at least one word written the same; or, in three words or more,
///   with one middle word more or less (فؤاد محمد حسين for فؤاد حسين, but
///   not محمد جميل الرمحي for محمد الرمحي when another of his known names
///   gives another father: محمد بن حمد الرمحي); or
///   with forebears' names more before the family name, the first and the
///   father's names the same (سهيل بن محمد فرج فارس المزروعي for سهيل بن
///   محمد المزروعي).
///
/// Thread safety: immutable; `link` is const and thread-safe.

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/resources.h"
#include "mentions/mention.h"
#include "mentions/recognizer.h"
#include "text/document.h"

namespace khabar::entities {

class Linker {
 public:
  /// `r` must outlive the linker.
  explicit Linker(const lexicon::Resources& r);

  /// Re-decides the knowledge-base mentions (`MentionKind::kKb`) of
  /// `mentions` as above, before they are grouped into entities: sets
  /// `kb`, `cls`, `coarse` and `identity`; a dropped mention keeps its span
  /// with an empty class and identity (no entity).
  void link(const text::Document& doc, const mentions::Recognizer::Scratch& scratch,
            std::vector<mentions::Mention>& mentions) const;

 private:
  /// The one known person whose Arabic name `words` (folded keys) spells
  /// otherwise, or -1.
  /// The position of the first link to a father's name (بن) in `words`, or
  /// its size.
  size_t first_link(const std::vector<std::u32string>& words) const;
  int32_t spelled_person(const std::vector<std::u32string>& words) const;
  /// Is `longer` the known name `shorter` (three words or more) with more
  /// forebears' names before its family name?
  bool lengthened(const std::vector<std::u32string>& longer, const std::vector<std::u32string>& shorter) const;
  /// The father's name in `words` (a name of three words or more), or null.
  const std::u32string* father_of(const std::vector<std::u32string>& words) const;
  /// The grandfather's name in `words`: the word after a second link to a
  /// father's name (علي بن خليفة بن أحمد آل خليفة), before the last word;
  /// or null.
  const std::u32string* grandfather_of(const std::vector<std::u32string>& words) const;
  /// Does `words` give a father's (or grandfather's) name no name of known
  /// person `entity` gives, when one of them gives one?
  bool other_father(const std::vector<std::u32string>& words, uint32_t entity) const;

  const lexicon::Resources* r_;
  struct PersonName {
    std::vector<std::u32string> words;  ///< folded keys
    uint32_t entity;
  };
  std::vector<PersonName> person_names_;  ///< Arabic names of known people
  /// the names with each word (indices into person_names_): a spelling
  /// shares at least one word with the name it spells
  std::unordered_map<std::u32string, std::vector<uint32_t>> names_with_word_;
  /// the same words as folded UTF-8 keys, to look a mention's words up
  /// before converting them
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, KeyHash, std::equal_to<>> person_words_;
  std::unordered_set<std::u32string> name_words_;  ///< every word of a known Arabic name
  std::unordered_set<std::u32string> lineage_;    ///< particles linking a name to a father's (بن، ولد)
  /// the fathers' names known people's names give (father_of)
  std::unordered_map<uint32_t, std::vector<std::u32string>> fathers_;
  /// and their grandfathers' (grandfather_of)
  std::unordered_map<uint32_t, std::vector<std::u32string>> grandfathers_;
};

}  // namespace khabar::entities
