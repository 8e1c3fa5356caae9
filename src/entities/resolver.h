#pragma once
/// \file resolver.h
/// `Resolver`: groups an article's mentions into entities — the same
/// knowledge-base entity or phrase identity, an event named again in
/// shorter form, `الاجتماع` after the meeting was named, a surname alone
/// after the full name — and gives each its labels.
///
/// Thread safety: immutable; `resolve` is const and thread-safe.

#include <string>
#include <vector>

#include "entities/english.h"
#include "entities/linker.h"
#include "lexicon/resources.h"
#include "mentions/mention.h"
#include "mentions/recognizer.h"
#include "text/document.h"

namespace khabar::entities {

/// One real-world entity of one article.
struct Entity {
  std::string identity;  ///< KB key, or a phrase identity ("person:...")
  std::string cls, coarse;
  int32_t kb = -1;
  std::string label;                    ///< in the article's language
  std::vector<std::string> alt_labels;  ///< other surface forms in the article
  std::string label_en;                 ///< canonical English label, if known
  std::vector<std::string> alt_labels_en;  ///< other English forms (9th for Ninth)
  /// documents: the English name without the event it is tied to (Joint
  /// Statement for Joint Statement of the Official Visit); else empty
  std::string name_en;
  /// documents named on their topic: the name without it (Memorandum of
  /// Understanding for Memorandum of Understanding on Defence Cooperation)
  std::string kind_en;
  /// events: the name by its series or organisation alone, without ordinal
  /// or adjectives (ECOWAS Summit for 66th Ordinary ECOWAS Summit); else empty
  std::string short_en;
  /// events: the English head (Summit) and the series or organisation it
  /// is of (G20), when known; else empty
  std::string head_en, series_en;
  /// events: other English names that also take the event's date, like
  /// label_en and short_en (Sisi-Xi talks (29 May 2024))
  std::vector<std::string> dated_en;
  std::vector<uint32_t> mentions;       ///< indices into the mention vector, in text order
  uint32_t ordinal = 0;
  bool article_scoped = false;  ///< identity only holds inside this article
  /// an event named by its parties (talks, a call: pipeline/encounters.h)
  bool encounter = false;
};

class Resolver {
 public:
  explicit Resolver(const lexicon::Resources& r);
  /// Links the knowledge-base mentions (`Linker`), sets `Mention::entity`
  /// for every mention it resolves, adds back references (surnames) as new
  /// mentions at the end of `mentions`, and fills `out` with labels (English
  /// ones of phrases by `EnglishNamer`). `lang` is the article's language.
  void resolve(const text::Document& doc, const mentions::Recognizer::Scratch& scratch,
               std::vector<mentions::Mention>& mentions, const std::string& lang,
               std::vector<Entity>& out) const;

  /// After relations: a body named by its words alone "between the two
  /// countries" (اللجنة المشتركة بين البلدين) is named with the article's
  /// two sides, `sides` (their adjectives: Saudi-Egyptian; "" if unknown),
  /// an event between them (الحوار الاستراتيجي بين البلدين) with
  /// `sides_short` (Egypt-US), and the events and documents named after
  /// them again.
  void name_between_sides(const mentions::Recognizer::Scratch& scratch,
                          const std::vector<mentions::Mention>& mentions, const std::string& sides,
                          const std::string& sides_short, std::vector<Entity>& out) const;

 private:
  /// Steps 6 and 7 of `resolve`: the composed English labels.
  void name_in_english(const mentions::Recognizer::Scratch& scratch, const std::vector<mentions::Mention>& mentions,
                       std::vector<Entity>& out, const std::string& sides = {}) const;

  const lexicon::Resources* r_;
  /// adjectives English writes two ways, both directions (template synonyms)
  std::vector<std::pair<std::string, std::string>> synonyms_;
  std::vector<std::pair<std::string, std::string>> spellings_;  ///< template spellings, both ways
  Linker linker_;
  EnglishNamer english_;
};

}  // namespace khabar::entities
