#include "pipeline/encounters.h"

#include <algorithm>
#include <cctype>

#include "entities/english.h"

namespace khabar::pipeline {
namespace {

using lexicon::Table;

/// The column of events.tsv (after surface and class) that names the
/// relation whose parties an encounter is of.
constexpr size_t kEncounterColumn = 2;
/// Modifier class of an encounter's kind (رسمية: official, موسعة: expanded).
constexpr const char* kEncounterKindClass = "encounter";
/// Function class of the preposition that puts it in a place (في).
constexpr const char* kInClass = "in";
/// Structural reading (ontology/rules/*.rules) of its place.
constexpr const char* kPlaceReading = "ar.encounter.place";
/// The relation of parties who meet in person (their talk has a place).
constexpr const char* kInPersonRelation = "metWith";
/// At most this many more names by each party's English aliases.
constexpr size_t kMaxAliases = 2;

class Encounters {
 public:
  Encounters(const lexicon::Resources& r, const relate::RuleSet& rules, const text::Document& doc,
             const mentions::Recognizer::Scratch& s, std::vector<mentions::Mention>& mentions,
             std::vector<entities::Entity>& entities, std::vector<relate::Relation>& relations)
      : r_(r), rules_(rules), doc_(doc), s_(s), mentions_(mentions), entities_(entities), relations_(relations) {}

  void run() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens().size());
    if (s_.first.size() < static_cast<size_t>(n) + 1) return;
    std::vector<bool> covered(n, false);
    for (const auto& m : mentions_) {
      for (uint32_t t = m.begin; t < m.end && t < n; ++t) covered[t] = true;
    }
    const size_t first_new = entities_.size();
    for (uint32_t t = 0; t < n; ++t) {
      if (covered[t]) continue;
      for (uint32_t k = s_.first[t]; k < s_.first[t + 1]; ++k) {
        const lexicon::Match& m = s_.matches[k];
        if (m.table != Table::kEventHead || m.begin != t) continue;
        if (const uint32_t end = encounter_at(m); end > t) {
          t = end - 1;
          break;
        }
      }
    }
    name_again(first_new);
  }

 private:
  /// The encounter whose head is `h`, if it is one: its end, else 0.
  uint32_t encounter_at(const lexicon::Match& h) {
    const auto& head = r_.table(Table::kEventHead).entries[h.payload];
    const std::string predicate = head.extra_at(kEncounterColumn);
    if (predicate.empty() || (h.flags & lexicon::kArticle) || h.clitic_bytes > 0) return 0;
    const std::string& tmpl = r_.en_template("encounter/" + head.cls);
    if (tmpl.empty()) return 0;
    const uint32_t sentence = doc_.tokens()[h.begin].sentence;
    // (its parties: of the relations of its kind whose evidence holds it)
    std::vector<int32_t> parties;
    relate::Relation evidence;
    for (const auto& rel : relations_) {
      if (rel.predicate != predicate || rel.sentence != sentence || rel.begin > h.begin || h.begin >= rel.end) continue;
      for (int32_t p : {rel.subject, rel.object}) {
        if (std::find(parties.begin(), parties.end(), p) == parties.end()) parties.push_back(p);
      }
      if (evidence.predicate.empty()) evidence = rel;
    }
    // (one talk of two: X held bilateral talks with Y and Z are two talks)
    if (parties.size() != 2) return 0;
    // (its kind: جلسة مباحثات رسمية موسعة)
    uint32_t end = h.end;
    std::string kind;
    for (bool more = true; more && end < doc_.tokens().size();) {
      more = false;
      for (uint32_t k = s_.first[end]; k < s_.first[end + 1]; ++k) {
        const lexicon::Match& m = s_.matches[k];
        if (m.table != Table::kModifier || m.begin != end || m.flags || r_.class_of(m) != kEncounterKindClass) continue;
        if (!kind.empty()) kind += ' ';
        kind += r_.table(Table::kModifier).entries[m.payload].extra_at(0);
        end = m.end;
        more = true;
        break;
      }
    }
    const auto ei = static_cast<int32_t>(entities_.size());
    mentions::Mention x;
    x.begin = x.label_begin = h.begin;
    x.end = x.label_end = end;
    x.sentence = sentence;
    x.kind = mentions::MentionKind::kPhrase;
    x.cls = head.cls;
    x.coarse = "Event";
    x.label = mentions::Recognizer::slice(doc_, h.begin, end, 0);
    x.identity = "encounter:" + std::to_string(h.begin);
    x.entity = ei;
    entities::Entity e;
    e.identity = x.identity;
    e.cls = x.cls;
    e.coarse = x.coarse;
    e.label = x.label;
    e.article_scoped = true;
    e.encounter = true;
    e.mentions.push_back(static_cast<uint32_t>(mentions_.size()));
    mentions_.push_back(std::move(x));
    // talks between Mohammed bin Salman and Yoon Suk Yeol: its kind first,
    // then without it, then by each party's other English names
    std::vector<std::string> names;
    for (const auto& p : parties) names.push_back(english(p));
    // (the head in running English: talks, phone call)
    std::string head_en = head.extra_at(0);
    for (char& c : head_en) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto name = [&](const std::vector<std::string>& who, const std::string& how) {
      return entities::fill_template(tmpl, {{"kind", how}, {"head", head_en}, {"a", who[0]}, {"b", who[1]}});
    };
    // (a party with no English name leaves it unnamed in English: its
    // Arabic label and transliteration stay, never inside an English name)
    const bool english_names = std::none_of(names.begin(), names.end(), [](const std::string& one) { return one.empty(); });
    if (english_names) e.label_en = name(names, kind);
    if (english_names && !kind.empty()) e.short_en = name(names, "");
    for (size_t i = 0; i < parties.size() && english_names; ++i) {
      const auto& p = entities_[static_cast<size_t>(parties[i])];
      if (p.kb < 0) continue;
      size_t added = 0;
      for (const auto& l : r_.kb().entities()[static_cast<size_t>(p.kb)].labels) {
        if (l.lang != "en" || l.kind != "alias" || added == kMaxAliases) continue;
        std::vector<std::string> other = names;
        other[i] = l.text;
        e.alt_labels_en.push_back(name(other, ""));
        ++added;
      }
    }
    // ... and by the names news gives them again (Sisi-Xi talks; a party
    // with none by its name: Erdoğan-Mohamed bin Zayed talks)
    if (const std::string& pair = r_.en_template("encounter-pair/" + head.cls); english_names && !pair.empty()) {
      std::vector<std::string> again;
      for (const auto& p : parties) again.push_back(surname(p));
      if (std::any_of(again.begin(), again.end(), [](const std::string& a) { return !a.empty(); })) {
        for (size_t i = 0; i < 2; ++i) {
          if (again[i].empty()) again[i] = names[i];
        }
        e.dated_en.push_back(entities::fill_template(pair, {{"head", head_en}, {"a", again[0]}, {"b", again[1]}}));
        e.alt_labels_en.push_back(e.dated_en.back());
      }
    }
    entities_.push_back(std::move(e));
    place(ei, evidence, predicate == kInPersonRelation);
    return end;
  }

  /// A talk in person was held where the sentence puts it (a venue or city
  /// after في or ب). (Its parties' part in it is their metWith or spokeWith.)
  void place(int32_t ei, const relate::Relation& evidence, bool in_person) {
    auto reading = [&](const char* id) -> const std::pair<std::string, double>* {
      auto it = rules_.structural.find(id);
      return it == rules_.structural.end() ? nullptr : &it->second;
    };
    const auto* place = in_person ? reading(kPlaceReading) : nullptr;
    if (!place) return;
    const auto& head = mentions_[entities_[static_cast<size_t>(ei)].mentions.front()];
    for (const auto& m : mentions_) {
      if (m.sentence != evidence.sentence || m.parent >= 0 || m.entity < 0 || m.coarse != "Place" ||
          (m.cls != "City" && m.cls != "Venue")) {
        continue;
      }
      const bool in = (m.prep & lexicon::kPrepB) || (m.begin > 0 && function_is(m.begin - 1, kInClass));
      if (!in) continue;
      const uint32_t b = std::min(head.begin, m.begin), e = std::max(head.end, m.end);
      relations_.push_back({place->first, ei, m.entity, evidence.sentence, b, e, kPlaceReading, place->second});
    }
  }

  /// Later back references of an encounter's class name it again (the
  /// last one before them).
  void name_again(size_t first_new) {
    for (auto& m : mentions_) {
      if (m.kind != mentions::MentionKind::kBackRef || m.entity >= 0) continue;
      int32_t best = -1;
      uint32_t best_at = 0;
      for (size_t ei = first_new; ei < entities_.size(); ++ei) {
        const auto& e = entities_[ei];
        const uint32_t at = mentions_[e.mentions.front()].begin;
        if (e.cls == m.cls && at < m.begin && (best < 0 || at > best_at)) {
          best = static_cast<int32_t>(ei);
          best_at = at;
        }
      }
      if (best < 0) continue;
      m.entity = best;
      auto& e = entities_[static_cast<size_t>(best)];
      const size_t mi = static_cast<size_t>(&m - mentions_.data());
      e.mentions.push_back(static_cast<uint32_t>(mi));
      if (m.label != e.label &&
          std::find(e.alt_labels.begin(), e.alt_labels.end(), m.label) == e.alt_labels.end()) {
        e.alt_labels.push_back(m.label);
      }
    }
  }

  bool function_is(uint32_t t, const char* cls) const {
    for (uint32_t k = s_.first[t]; k < s_.first[t + 1]; ++k) {
      const auto& m = s_.matches[k];
      if (m.table == Table::kFunction && m.end == t + 1 && r_.class_of(m) == cls) return true;
    }
    return false;
  }

  /// The name news gives a known person again (Sisi), or "".
  std::string surname(int32_t x) const {
    const auto& o = entities_[static_cast<size_t>(x)];
    return o.kb >= 0 ? r_.kb().entities()[static_cast<size_t>(o.kb)].surname("en") : std::string();
  }

  /// The English name of a party, or "" when it has none.
  std::string english(int32_t x) const {
    const auto& o = entities_[static_cast<size_t>(x)];
    if (o.kb >= 0) return r_.kb().entities()[static_cast<size_t>(o.kb)].short_label("en");
    return o.label_en;
  }

  const lexicon::Resources& r_;
  const relate::RuleSet& rules_;
  const text::Document& doc_;
  const mentions::Recognizer::Scratch& s_;
  std::vector<mentions::Mention>& mentions_;
  std::vector<entities::Entity>& entities_;
  std::vector<relate::Relation>& relations_;
};

}  // namespace

void add_encounters(const lexicon::Resources& r, const relate::RuleSet& rules, const text::Document& doc,
                    const mentions::Recognizer::Scratch& scratch, std::vector<mentions::Mention>& mentions,
                    std::vector<entities::Entity>& entities, std::vector<relate::Relation>& relations) {
  Encounters(r, rules, doc, scratch, mentions, entities, relations).run();
}

}  // namespace khabar::pipeline
