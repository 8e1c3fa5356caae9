#pragma once
/// \file english.h
/// `EnglishNamer`: the canonical English label of an entity the knowledge
/// base does not know but the article names by a phrase — an event, a
/// document, an organisation — composed the way English wire copy names it
/// ("46th ASEAN Summit", "Lebanese Army", "ECOWAS Commission", "Joint
/// Statement of the First GCC-EU Summit"), from the parts the recogniser
/// found (head, ordinal, modifiers, complement, parties) and the English
/// data of `ontology/lexicons/en/` (templates.tsv, short_names.tsv,
/// nationalities.tsv).
///
/// Thread safety: immutable; `name` is const and thread-safe.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/resources.h"
#include "mentions/mention.h"
#include "mentions/recognizer.h"

namespace khabar::entities {

struct Entity;

/// Fills `tmpl`'s `{slot}`s from `values` (a slot without a value is
/// empty), then collapses the spaces empty slots leave.
///     fill_template("{ordinal} {head}", {{"head", "Summit"}}) == "Summit"
std::string fill_template(const std::string& tmpl,
                          const std::vector<std::pair<std::string, std::string>>& values);

/// Two parties, or a list of parties and one more, joined as template
/// parties joins them (Egypt-Greece, Egypt-Greece-Cyprus); `one` alone
/// when the list is empty.
std::string join_parties(const lexicon::Resources& r, const std::string& list, const std::string& one);

/// A person's name the knowledge base does not know, in English, when
/// name_words.tsv spells every word of `arabic` (its words, or two of them
/// together: عبد الله): the usual spelling of each first, then the name with
/// one word spelled otherwise at a time (محمد سيف السويدي: Mohammed Saif
/// Al-Suwaidi, Mohamed Saif Al-Suwaidi ...). Empty when a word is not
/// listed, or the name has fewer than two.
std::vector<std::string> english_person_names(const lexicon::Resources& r, std::string_view arabic);

class EnglishNamer {
 public:
  /// `r` must outlive the namer.
  explicit EnglishNamer(const lexicon::Resources& r) : r_(&r) {}

  /// Sets `label_en` of every entity with phrase mentions that is not linked
  /// to the knowledge base: organisations first, then events, then
  /// documents (which may be named after an event). An entity whose phrase
  /// cannot be read keeps the label it has. Requires: `entities` and the
  /// mentions' `entity` fields as the resolver left them. `sides` (after
  /// relations): the article's two sides' short names (Egypt-US), the series
  /// of an event "between the two countries".
  void name(const mentions::Recognizer::Scratch& scratch, const std::vector<mentions::Mention>& mentions,
            std::vector<Entity>& entities, const std::string& sides = {}) const;

  /// An ordinal as English copy writes it: `ordinal/N` of templates.tsv
  /// ("first" ... "ninth"), else digits and suffix ("10th", "33rd").
  std::string ordinal(uint32_t n) const;

  /// The template `kind/head` when the data has one, else `kind`.
  const std::string& template_for(const std::string& kind, const std::string& head) const;

 private:
  const lexicon::Resources* r_;
};

}  // namespace khabar::entities
