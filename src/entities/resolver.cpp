#include "entities/resolver.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/tsv.h"

namespace khabar::entities {

using mentions::Mention;
using mentions::MentionKind;
using lexicon::Table;

namespace {

/// Ordinals below this may be spelt in English labels (ordinal/N templates).
constexpr uint32_t kSpeltOrdinals = 20;

/// `text` with the whole word `word` (in any initial case) replaced by
/// `by`; `text` itself when the word is not in it.
std::string replace_word(const std::string& text, const std::string& word, const std::string& by) {
  if (word.empty()) return text;
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::string lower = word, upper = word;
  lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  upper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[0])));
  for (const std::string& w : {lower, upper}) {
    for (size_t p = text.find(w); p != std::string::npos; p = text.find(w, p + 1)) {
      bool starts = p == 0 || !is_letter(text[p - 1]);
      bool ends = p + w.size() == text.size() || !is_letter(text[p + w.size()]);
      if (starts && ends) return text.substr(0, p) + by + text.substr(p + w.size());
    }
  }
  return text;
}

bool has_table(const mentions::Recognizer::Scratch& s, uint32_t i, Table t) {
  return (s.tables[i] & (1u << static_cast<uint32_t>(t))) != 0;
}

size_t letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// The words of an event's identity ("event:قمه عربيه غير عاديه"), after
/// its prefix.
std::vector<std::string_view> identity_words(std::string_view identity) {
  std::vector<std::string_view> out;
  if (size_t colon = identity.find(':'); colon != std::string_view::npos) identity.remove_prefix(colon + 1);
  while (!identity.empty()) {
    size_t space = identity.find(' ');
    if (space != 0) out.push_back(identity.substr(0, space));
    if (space == std::string_view::npos) break;
    identity.remove_prefix(space + 1);
  }
  return out;
}

}  // namespace

Resolver::Resolver(const lexicon::Resources& r) : r_(&r), linker_(r), english_(r) {
  for (const std::string& pair : split(r.en_template("synonyms"), '|')) {
    if (size_t colon = pair.find(':'); colon != std::string::npos) {
      synonyms_.emplace_back(pair.substr(0, colon), pair.substr(colon + 1));
      synonyms_.emplace_back(pair.substr(colon + 1), pair.substr(0, colon));
    }
  }
  for (const std::string& pair : split(r.en_template("spellings"), '|')) {
    if (size_t colon = pair.find(':'); colon != std::string::npos) {
      spellings_.emplace_back(pair.substr(0, colon), pair.substr(colon + 1));
      spellings_.emplace_back(pair.substr(colon + 1), pair.substr(0, colon));
    }
  }
}

void Resolver::resolve(const text::Document& doc, const mentions::Recognizer::Scratch& scratch,
                       std::vector<Mention>& ms, const std::string& lang,
                       std::vector<Entity>& out) const {
  out.clear();
  linker_.link(doc, scratch, ms);
  std::unordered_map<std::string, int32_t> by_identity;
  auto entity_for = [&](Mention& m) -> int32_t {
    auto [it, added] = by_identity.emplace(m.identity, static_cast<int32_t>(out.size()));
    if (added) {
      Entity e;
      e.identity = m.identity;
      e.cls = m.cls;
      e.coarse = m.coarse;
      e.kb = m.kb;
      e.ordinal = m.ordinal;
      e.article_scoped = m.coarse == "Document" || (m.coarse == "Event" && m.ordinal == 0);
      out.push_back(std::move(e));
    }
    return it->second;
  };

  // 1. Mentions with an identity.
  for (uint32_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.identity.empty() || m.coarse.empty()) continue;  // event back references: below
    m.entity = entity_for(m);
  }

  // 2. An event named again without its ordinal (اجتماع وزراء خارجية X)
  //    is the event with the same class and complement.
  for (uint32_t i = 0; i < ms.size(); ++i) {
    Mention& b = ms[i];
    if (b.kind != MentionKind::kPhrase || b.coarse != "Event" || b.complement < 0) continue;
    int32_t b_of = ms[static_cast<size_t>(b.complement)].entity;
    for (uint32_t k = 0; k < i; ++k) {
      const Mention& a = ms[k];
      if (a.kind != MentionKind::kPhrase || a.cls != b.cls || a.complement < 0 || a.entity == b.entity) continue;
      if (ms[static_cast<size_t>(a.complement)].entity != b_of) continue;
      if (a.ordinal && b.ordinal && a.ordinal != b.ordinal) continue;
      b.entity = a.entity;
      break;
    }
  }

  // 2b. Two event phrases with the same ordinal and compatible classes
  //     (الدورة العادية الـ33 ... القمة العربية الـ33) are one event.
  const auto& onto = r_->ontology();
  for (uint32_t i = 0; i < ms.size(); ++i) {
    Mention& b = ms[i];
    if (b.kind != MentionKind::kPhrase || b.coarse != "Event" || b.ordinal == 0) continue;
    for (uint32_t k = 0; k < i; ++k) {
      const Mention& a = ms[k];
      if (a.kind != MentionKind::kPhrase || a.coarse != "Event" || a.ordinal != b.ordinal ||
          a.entity == b.entity) {
        continue;
      }
      if (!onto.is_a(a.cls, b.cls) && !onto.is_a(b.cls, a.cls)) continue;
      b.entity = a.entity;
      break;
    }
  }

  // 2c. An event named by fewer of its words (القمة العربية beside
  //     القمة العربية غير العادية) is the one event of its class whose name
  //     has all of them (not one of another ordinal or place in time: those
  //     words differ).
  //     (nor one placed before or after another of its series, by a word
  //     of template deictic/<modifier>: القمة الثلاثية beside القمة
  //     الثلاثية المقبلة is another summit)
  // (`before_only`: placed before another, القمة السابقة, not after it)
  auto placed_in_series = [&](const Mention& m, bool before_only = false) {
    for (uint32_t t = m.begin; t < m.end && t + 1 < scratch.first.size(); ++t) {
      for (uint32_t k = scratch.first[t]; k < scratch.first[t + 1]; ++k) {
        const auto& x = scratch.matches[k];
        if (x.table != lexicon::Table::kModifier || x.end > m.end) continue;
        const std::string& step =
            r_->en_template("deictic/" + r_->table(lexicon::Table::kModifier).entries[x.payload].extra_at(0));
        if (!step.empty() && (!before_only || step.front() == '-')) return true;
      }
    }
    return false;
  };
  //     A body named by fewer of its words (اللجنة الاستراتيجية العليا after
  //     اللجنة الاستراتيجية العليا القطرية التركية) is likewise the one body
  //     whose name has them all.
  for (uint32_t i = 0; i < ms.size(); ++i) {
    Mention& b = ms[i];
    if (b.kind != MentionKind::kPhrase || b.identity.empty()) continue;
    if (b.coarse != "Event" && !(b.coarse == "Organization" && b.kb < 0)) continue;
    const std::vector<std::string_view> words = identity_words(b.identity);
    const bool b_placed = placed_in_series(b);
    int32_t only = -1;
    for (uint32_t k = 0; k < ms.size(); ++k) {
      const Mention& a = ms[k];
      if (k == i || a.kind != MentionKind::kPhrase || a.cls != b.cls || a.entity < 0 || a.entity == b.entity) continue;
      if (a.ordinal != b.ordinal && b.ordinal != 0) continue;
      const std::vector<std::string_view> longer = identity_words(a.identity);
      if (longer.size() <= words.size() || longer.front() != words.front()) continue;
      const bool within = std::all_of(words.begin(), words.end(), [&](std::string_view w) {
        return std::find(longer.begin(), longer.end(), w) != longer.end();
      });
      if (!within || placed_in_series(a) != b_placed) continue;
      if (only >= 0 && only != a.entity) {
        only = -2;
        break;
      }
      only = a.entity;
    }
    if (only >= 0) b.entity = only;
  }

  // 3. Back references to events: the event of that class named most often
  //    before it (the article's own event, not one recalled in passing:
  //    القمة after "the previous summit was held in Jeddah"), the latest
  //    on a tie.
  //    A document named again (الاتفاقية، البيان) is the same, of its
  //    class or a finer one (البيان after بيان مشترك).
  for (uint32_t i = 0; i < ms.size(); ++i) {
    Mention& b = ms[i];
    if (b.kind != MentionKind::kBackRef || (b.coarse != "Event" && b.coarse != "Document")) continue;
    const bool document = b.coarse == "Document";
    // (not an event placed before another, recalled in passing: القمة is
    // not القمة السابقة; with none of its class, an event of a wider one:
    // القمة after الدورة الـ45 للمجلس الأعلى)
    auto antecedent = [&](bool wider) -> int32_t {
      auto same_class = [&](const Mention& a) {
        if (document) return onto.is_a(a.cls, b.cls);
        if (a.kind == MentionKind::kPhrase && placed_in_series(a, /*before_only=*/true)) return false;
        return wider ? (a.cls != b.cls && onto.is_a(b.cls, a.cls)) : a.cls == b.cls;
      };
      struct Seen {
        int32_t entity;
        uint32_t mentions = 0;
        uint32_t ordinal = 0;  // the highest ordinal it is named with
        bool placed = false;   // named as the next of its series (المقبلة)
      };
      std::vector<Seen> seen;
      auto of = [&](int32_t entity) {
        return std::find_if(seen.begin(), seen.end(), [&](const Seen& x) { return x.entity == entity; });
      };
      for (uint32_t k = 0; k < i; ++k) {
        const Mention& a = ms[k];
        if (a.kind == MentionKind::kPhrase && same_class(a) && a.entity >= 0) {
          auto it = of(a.entity);
          if (it == seen.end()) it = seen.insert(seen.end(), Seen{a.entity});
          it->ordinal = std::max(it->ordinal, a.ordinal);
          it->placed = it->placed || placed_in_series(a);
        }
      }
      // (on a tie of two numbered events, the later of the series: القمة
      // after القمة الثانية ... and القمة الأولى التي استضافتها الرياض is
      // the second; and the one held over one named as the next of its
      // series: الاجتماع after a session held and الدورة المقبلة is the
      // session held)
      int32_t found = -1;
      uint32_t best = 0, best_ordinal = 0;
      bool best_placed = false;
      for (uint32_t k = 0; k < i; ++k) {
        const Mention& a = ms[k];
        if (a.coarse != b.coarse || a.entity < 0) continue;
        auto it = of(a.entity);
        if (it == seen.end()) continue;
        ++it->mentions;
        const bool tie = it->mentions == best && found >= 0 && found != a.entity;
        const bool earlier = tie && it->ordinal > 0 && best_ordinal > it->ordinal;
        const bool next_only = tie && it->placed && !best_placed;
        if (it->mentions >= best && !earlier && !next_only) {
          best = it->mentions;
          best_ordinal = it->ordinal;
          best_placed = it->placed;
          found = a.entity;
        }
      }
      if (found >= 0) return found;
      // Named only later (القمة ... then قمة واشنطن): the first such event,
      // when the article names exactly one of that class.
      int32_t only = -1;
      for (uint32_t k = i + 1; k < ms.size(); ++k) {
        const Mention& a = ms[k];
        if (a.kind != MentionKind::kPhrase || !same_class(a) || a.entity < 0) continue;
        if (only >= 0 && only != a.entity) return -1;
        only = a.entity;
      }
      return only;
    };
    b.entity = antecedent(false);
    if (b.entity < 0 && !document) b.entity = antecedent(true);
  }

  // 4. A surname (or any name part) alone refers to the one person of the
  //    article whose name has it.
  std::vector<bool> covered(doc.tokens().size(), false);
  for (const auto& m : ms) {
    for (uint32_t t = m.begin; t < m.end; ++t) covered[t] = true;
  }
  std::unordered_map<std::string, int32_t> name_part;  // stem -> entity (-2: ambiguous)
  auto stem_of = [&](uint32_t t) { return std::string(doc.key(t)); };
  for (const auto& m : ms) {
    if (m.coarse != "Person" || m.entity < 0 || m.kind == MentionKind::kBackRef) continue;
    if (m.label_end - m.label_begin < 2) continue;  // a one-word name is not split
    for (uint32_t t = m.label_begin; t < m.label_end; ++t) {
      if (doc.tokens()[t].kind != text::TokenKind::kWord) continue;
      if (has_table(scratch, t, Table::kNameParticle)) continue;
      // the word after a particle belongs to it (عبد الله، بن سلمان): alone
      // it names someone else, or God; the two words together are a part
      if (t > m.label_begin && has_table(scratch, t - 1, Table::kNameParticle)) {
        std::string pair = stem_of(t - 1) + ' ' + stem_of(t);
        auto [it, added] = name_part.emplace(pair, m.entity);
        if (!added && it->second != m.entity) it->second = -2;
        continue;
      }
      std::string s = stem_of(t);
      // (a two-letter part only when it leads a known person's name: شي of
      // شي جين بينغ; other short words are too often something else)
      if (letters(s) < 3 && !(letters(s) == 2 && t == m.label_begin && m.kb >= 0)) continue;
      auto [it, added] = name_part.emplace(s, m.entity);
      if (!added && it->second != m.entity) it->second = -2;
    }
  }
  const auto n = static_cast<uint32_t>(doc.tokens().size());
  for (uint32_t t = 0; t < n; ++t) {
    if (covered[t] || doc.tokens()[t].kind != text::TokenKind::kWord) continue;
    // عبد العاطي: a particle and the word after it, when the pair is a part
    if (t + 1 < n && !covered[t + 1] && has_table(scratch, t, Table::kNameParticle) &&
        doc.tokens()[t + 1].sentence == doc.tokens()[t].sentence) {
      auto it = name_part.find(stem_of(t) + ' ' + stem_of(t + 1));
      if (it != name_part.end() && it->second >= 0) {
        Mention b;
        b.begin = b.label_begin = t;
        b.end = b.label_end = t + 2;
        b.sentence = doc.tokens()[t].sentence;
        b.kind = MentionKind::kBackRef;
        b.cls = b.coarse = "Person";
        b.entity = it->second;
        b.label = mentions::Recognizer::slice(doc, t, t + 2, 0);
        ms.push_back(std::move(b));
        covered[t + 1] = true;
        continue;
      }
    }
    // a word some list knows as a common word is that word (على "on" folds
    // like علي "Ali"; دون، أمام, لصالح)
    if (has_table(scratch, t, Table::kFunction) || has_table(scratch, t, Table::kStop) ||
        has_table(scratch, t, Table::kDate) || has_table(scratch, t, Table::kTrigger)) {
      continue;
    }
    // the token itself, or its reading without a conjunction/preposition
    int32_t target = -1;
    uint8_t flags = 0;
    uint8_t prefix = 0;
    for (uint32_t c = scratch.match.offsets[t]; c < scratch.match.offsets[t + 1]; ++c) {
      const auto& cand = scratch.match.candidates[c];
      if (cand.flags & (lexicon::kArticle | lexicon::kSuffix)) continue;
      auto it = name_part.find(std::string(cand.stem));
      if (it != name_part.end() && it->second >= 0) {
        target = it->second;
        flags = cand.flags;
        prefix = cand.clitic_bytes;
        break;
      }
    }
    if (target < 0) continue;
    Mention b;
    b.begin = b.label_begin = t;
    b.end = b.label_end = t + 1;
    b.sentence = doc.tokens()[t].sentence;
    b.kind = MentionKind::kBackRef;
    b.cls = b.coarse = "Person";
    b.conj = (flags & lexicon::kConj) != 0;
    b.entity = target;
    b.label_skip = 0;
    if (prefix) {
      // skip the clitic letters in the text (keys and text align letter by letter)
      std::string_view txt = doc.token_text(t);
      uint32_t letters_to_skip = static_cast<uint32_t>(letters(doc.key(t).substr(0, prefix)));
      uint32_t pos = 0, seen = 0;
      while (pos < txt.size() && seen < letters_to_skip) {
        ++pos;
        while (pos < txt.size() && (static_cast<unsigned char>(txt[pos]) & 0xC0) == 0x80) ++pos;
        ++seen;
      }
      b.label_skip = pos;
    }
    b.label = mentions::Recognizer::slice(doc, t, t + 1, b.label_skip);
    ms.push_back(std::move(b));
  }
  // 5. Labels: the knowledge base's names for known entities, else the
  //    first full mention; every other surface form is an alternative.
  for (uint32_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    if (m.entity < 0) continue;
    Entity& e = out[static_cast<size_t>(m.entity)];
    e.mentions.push_back(i);
    if (m.label.empty()) continue;
    bool full = m.kind == MentionKind::kKb || m.kind == MentionKind::kTitled || m.kind == MentionKind::kPhrase;
    if (e.label.empty() && full && e.kb < 0) {
      e.label = m.label;
    } else if (m.label != e.label &&
               std::find(e.alt_labels.begin(), e.alt_labels.end(), m.label) == e.alt_labels.end()) {
      e.alt_labels.push_back(m.label);
    }
    if (e.label_en.empty() && !m.label_en.empty()) e.label_en = m.label_en;
    if (!m.alt_label.empty() &&
        std::find(e.alt_labels.begin(), e.alt_labels.end(), m.alt_label) == e.alt_labels.end()) {
      e.alt_labels.push_back(m.alt_label);
    }
  }
  for (Entity& e : out) {
    if (e.kb >= 0) {
      const auto& k = r_->kb().entities()[static_cast<size_t>(e.kb)];
      e.label = k.label(lang);
      e.label_en = k.label("en");
      std::erase(e.alt_labels, e.label);
    }
    if (e.label.empty() && !e.alt_labels.empty()) {
      e.label = e.alt_labels.front();
      e.alt_labels.erase(e.alt_labels.begin());
    }
  }
  name_in_english(scratch, ms, out);
}

void Resolver::name_between_sides(const mentions::Recognizer::Scratch& scratch, const std::vector<Mention>& ms,
                                  const std::string& sides, const std::string& sides_short,
                                  std::vector<Entity>& out) const {
  bool any = std::any_of(ms.begin(), ms.end(), [](const Mention& m) { return m.between_sides && m.coarse == "Event"; });
  std::vector<std::pair<size_t, std::string>> by_names;  // organisations also named by the sides' names
  for (size_t i = 0; i < out.size(); ++i) {
    Entity& e = out[i];
    if (sides.empty() || e.kb >= 0 || e.coarse != "Organization" || e.label_en.empty()) continue;
    if (std::none_of(e.mentions.begin(), e.mentions.end(), [&](uint32_t m) { return ms[m].between_sides; })) continue;
    if (!sides_short.empty() && sides_short != sides) by_names.emplace_back(i, sides_short + ' ' + e.label_en);
    e.label_en = sides + ' ' + e.label_en;
    any = true;
  }
  if (!any) return;
  // the events and documents named after it are named again
  for (Entity& e : out) {
    if (e.kb >= 0) continue;
    e.alt_labels_en.clear();
    e.name_en.clear();
    e.kind_en.clear();
    e.short_en.clear();
  }
  name_in_english(scratch, ms, out, sides_short);
  // (Qatar-Kazakhstan Joint Committee beside Qatari-Kazakh Joint Committee)
  for (auto& [i, name] : by_names) out[i].alt_labels_en.push_back(std::move(name));
  // (English names the two in either order: Saudi-Egyptian, Egyptian-Saudi)
  for (const std::string* two : {&sides, &sides_short}) {
    const size_t dash = two->find('-');
    if (dash == std::string::npos) continue;
    const std::string reversed = two->substr(dash + 1) + '-' + two->substr(0, dash);
    for (Entity& e : out) {
      if (e.kb >= 0) continue;
      const size_t at = e.label_en.find(*two + ' ');
      if (at == std::string::npos) continue;
      std::string alt = e.label_en;
      alt.replace(at, two->size(), reversed);
      e.alt_labels_en.push_back(std::move(alt));
    }
  }
}

void Resolver::name_in_english(const mentions::Recognizer::Scratch& scratch, const std::vector<Mention>& ms,
                               std::vector<Entity>& out, const std::string& sides) const {
  // 6. English labels of the phrases the knowledge base does not know.
  english_.name(scratch, ms, out, sides);
  // 7. A word English spells two ways (Defence, Defense: template
  //    spellings): every English name with one, known or composed, also
  //    with the other.
  for (Entity& e : out) {
    if (e.label_en.empty() || spellings_.empty()) continue;
    std::vector<std::string> names{e.label_en};
    names.insert(names.end(), e.alt_labels_en.begin(), e.alt_labels_en.end());
    for (const std::string& name : names) {
      for (const auto& [word, other] : spellings_) {
        std::string alt = replace_word(name, word, other);
        if (alt != name && alt != e.label_en &&
            std::find(e.alt_labels_en.begin(), e.alt_labels_en.end(), alt) == e.alt_labels_en.end()) {
          e.alt_labels_en.push_back(std::move(alt));
        }
      }
    }
  }
  // 8. English writes small ordinals both ways (the Ninth / the 9th
  //    meeting): a composed label with a spelt ordinal also gets the figure.
  //    (its other English names too). English has two words for some
  //    adjectives (Trilateral, Tripartite: template synonyms): a composed
  //    label with one also gets the other.
  for (Entity& e : out) {
    if (e.kb >= 0 || e.label_en.empty()) continue;
    for (const auto& [word, other] : synonyms_) {
      std::string alt = replace_word(e.label_en, word, other);
      if (alt != e.label_en) e.alt_labels_en.push_back(std::move(alt));
    }
    std::vector<std::string> names{e.label_en};
    names.insert(names.end(), e.alt_labels_en.begin(), e.alt_labels_en.end());
    for (const std::string& name : names) {
      for (uint32_t ord = 1; ord < kSpeltOrdinals; ++ord) {
        const std::string& word = r_->en_template("ordinal/" + std::to_string(ord));
        if (word.empty()) continue;
        std::string alt = replace_word(name, word, r_->en_ordinal(ord));
        if (alt != name) {
          if (std::find(e.alt_labels_en.begin(), e.alt_labels_en.end(), alt) == e.alt_labels_en.end()) {
            e.alt_labels_en.push_back(std::move(alt));
          }
          break;
        }
      }
    }
  }
}

}  // namespace khabar::entities
