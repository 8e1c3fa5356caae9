#pragma once
/// \file encounters.h
/// Talks and calls the text tells of without a name of their own (عقد X
/// جلسة مباحثات رسمية مع Y، أجرى X اتصالا هاتفيا مع Y): events named by who
/// took part in them.

#include <vector>

#include "entities/resolver.h"
#include "lexicon/resources.h"
#include "mentions/recognizer.h"
#include "relate/engine.h"
#include "text/document.h"

namespace khabar::pipeline {

/// After relations: every event head of events.tsv with an encounter
/// relation (its fifth column: metWith, spokeWith) that stands without the
/// article outside every mention, inside the evidence of relations of that
/// kind in its sentence, becomes an event (an entity with a mention of the
/// head and its kind, e.g. رسمية) named by the template encounter/<class>
/// with the two people of those relations (talks between Mohammed bin Salman and
/// Yoon Suk Yeol; with more, none: X held bilateral talks with Y and Z are two);
/// a talk in person was held in the venue or city the sentence puts it in
/// (في، ب: ar.encounter.place). Later back references of its class
/// (المباحثات) name it again. Readings the rules file leaves out are not made.
void add_encounters(const lexicon::Resources& r, const relate::RuleSet& rules, const text::Document& doc,
                    const mentions::Recognizer::Scratch& scratch, std::vector<mentions::Mention>& mentions,
                    std::vector<entities::Entity>& entities, std::vector<relate::Relation>& relations);

}  // namespace khabar::pipeline
