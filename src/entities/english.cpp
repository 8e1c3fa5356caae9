#include "entities/english.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/tsv.h"
#include "entities/resolver.h"

namespace khabar::entities {

using lexicon::Match;
using lexicon::Table;
using mentions::Mention;
using mentions::MentionKind;

namespace {

/// Classes of modifiers.tsv: a noun of bodies (منتدى الأعمال: Business
/// Forum) and an adjective only bodies and events of states take (الحكومية).
constexpr const char* kBodyNounClass = "body-noun";
/// function.tsv: a word for a sports body (الاتحاد X لـ...).
constexpr const char* kSportsBodyClass = "sports-body";
/// The khabar class of the companies the recogniser names (شركة X لـ...).
constexpr const char* kCompanyClass = "Company";
/// The most other spellings of a person's name given besides the usual one
/// (one word respelled, then two).
constexpr size_t kMaxNameSpellings = 12;
constexpr const char* kStateBodyAdjectiveClass = "state-body-adjective";
/// events.tsv named-by values of heads that name a series of their own.
constexpr const char* kYearSeries = "year";
constexpr const char* kOwnSeries = "series";

/// Lower-case ASCII copy (English data is compared case-insensitively).
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

/// True when every word of `part` is a word of `whole` ("Arab" in "Arab
/// League"): the part says nothing the whole does not.
bool words_within(const std::string& part, const std::string& whole) {
  auto p = words(part), w = words(whole);
  if (p.empty()) return false;
  return std::all_of(p.begin(), p.end(),
                     [&](const std::string& x) { return std::find(w.begin(), w.end(), x) != w.end(); });
}

/// Upper-cases the first letter (a name starts with a capital).
std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

/// What a phrase mention is made of.
struct Parts {
  bool ok = false;
  std::string head_en;  ///< English head (lexicon column `en`)
  std::string head_also;  ///< documents: another English head (column `also`: Joint Communiqué)
  std::string cls;      ///< the head's class
  std::vector<std::string> modifiers;  ///< English, in the article's order
  std::string participants;            ///< English participants phrase
  std::vector<uint32_t> parties;       ///< mentions the event is between
  bool own_series = false;  ///< events: the head names a series of its own (events.tsv named-by year, series)
};

/// An event's name before it is written out.
struct EventName {
  bool ok = false;
  int32_t mention = -1;     ///< the phrase mention it is named from
  Parts head;               ///< the principal phrase (most specific class)
  uint32_t ordinal = 0;
  std::string series;       ///< attributive name: ASEAN, GCC-EU, China-Central Asia
  std::string series_adjectives;  ///< parties named by adjectives, as English adjectives (Saudi-Syrian)
  std::string series_full_names;  ///< parties by their full English names, when a short one differs (Iran-United States)
  std::string series_full;  ///< an organisation the event is of: its English name (Forum on China-Africa Cooperation)
  bool of_parties = false;  ///< the series lists the parties
  std::string body;         ///< an event of a body: the body's English name
  std::vector<std::string> body_alts;  ///< ... and its other English names
  std::string organisation; ///< ... and the organisation it belongs to
  std::string body_parties; ///< ... and the states it is of, by their names (Egypt-Greece-Cyprus)
  std::string city_of;       ///< named by its city, the organisation it is of: short name (FOCAC)
  std::string city_of_full;  ///< ... and full (Forum on China-Africa Cooperation)
  std::string series_names; ///< a known series' English names, space-separated (Gulf Cooperation Council GCC)
};

class Run {
 public:
  Run(const EnglishNamer& namer, const lexicon::Resources& r, const mentions::Recognizer::Scratch& s,
      const std::vector<Mention>& ms, std::vector<Entity>& es, const std::string& sides)
      : namer_(namer), r_(r), s_(s), ms_(ms), es_(es), sides_(sides), state_(es.size(), 0) {}

  void all() {
    for (size_t e = 0; e < es_.size(); ++e) {
      if (unlinked(e, "Organization")) {
        organisation(e);
        purpose_first(e);
      }
      if (unlinked(e, "Initiative")) initiative(e);
    }
    std::vector<EventName> events(es_.size());
    for (size_t e = 0; e < es_.size(); ++e) {
      if (unlinked(e, "Event")) events[e] = event(e);
    }
    inherit_series(events);
    // الدورة الثالثة عشرة للاجتماع رفيع المستوى: a session of a named event
    // is named as that event, with the session's ordinal
    for (size_t e = 0; e < es_.size(); ++e) {
      if (!events[e].ok) continue;
      for (uint32_t mi : phrases(e)) {
        const int32_t inner = ms_[mi].session_of;
        if (inner < 0) continue;
        const int32_t ie = ms_[static_cast<size_t>(inner)].entity;
        if (ie < 0 || static_cast<size_t>(ie) == e || !events[static_cast<size_t>(ie)].ok) continue;
        EventName n = events[static_cast<size_t>(ie)];
        if (ms_[mi].ordinal) n.ordinal = ms_[mi].ordinal;
        events[e] = n;
        break;
      }
    }
    for (size_t e = 0; e < es_.size(); ++e) {
      if (!events[e].ok) continue;
      es_[e].label_en = write(events[e]);
      // قمة بكين لمنتدى التعاون: the FOCAC Beijing Summit, also the Beijing
      // Summit of the Forum on China-Africa Cooperation, and the Beijing
      // Summit (templates event-by-city-of-organisation, ...-of)
      if (const EventName& n = events[e]; !n.city_of.empty()) {
        EventName by_organisation = n;
        by_organisation.organisation = n.city_of;
        std::string label = write(by_organisation, "event-by-city-of-organisation");
        if (!label.empty() && label != es_[e].label_en) {
          es_[e].short_en = std::exchange(es_[e].label_en, std::move(label));
          es_[e].alt_labels_en.push_back(es_[e].short_en);
        }
        by_organisation.organisation = n.city_of_full;
        also(e, by_organisation, "event-by-city-of-organisation-of");
      }
      // ... and "of" the organisation (Fourth Ministerial Meeting of the
      // China-CELAC Forum), by its short and its full name (template
      // event-of-organisation; a summit after it: 45th Gulf Cooperation
      // Council Summit)
      if (const EventName& n = events[e]; !n.series_full.empty() && n.body.empty()) {
        for (const std::string* of : {&n.series, &n.series_full}) {
          EventName by_organisation = n;
          by_organisation.organisation = *of;
          also(e, by_organisation, "event-of-organisation");
        }
      }
      // ... and by the states of its body (10th Egypt-Greece-Cyprus
      // Trilateral Summit for the summit of their cooperation mechanism)
      // (the name, when the body's own does not name it: a summit of a body
      // is named by its organisation, which it has not)
      if (!events[e].body_parties.empty()) {
        EventName by_parties = events[e];
        by_parties.series = by_parties.body_parties;
        by_parties.body.clear();
        by_parties.organisation.clear();
        by_parties.of_parties = true;
        if (std::string alt = write(by_parties); alt != es_[e].label_en) {
          if (events[e].organisation.empty() && !words_within(events[e].body, es_[e].label_en)) {
            std::swap(alt, es_[e].label_en);
          }
          es_[e].alt_labels_en.push_back(std::move(alt));
        }
      }
      // ... and, an event of an affiliation alone, by the organisation
      // that holds it (33rd Arab League Summit for the 33rd Arab Summit;
      // template affiliation-series/<head>/<affiliation>)
      if (events[e].series.empty() && events[e].body.empty()) {
        const auto& mods = events[e].head.modifiers;
        // (one affiliation only: القمة العربية الإسلامية الأمريكية is no Arab
        // League summit)
        const auto affiliations = std::count_if(mods.begin(), mods.end(), [&](const std::string& m) {
          return !r_.en_template("affiliation/" + m).empty();
        });
        for (auto it = mods.begin(); it != mods.end(); ++it) {
          const std::string& series = r_.en_template("affiliation-series/" + events[e].head.head_en + "/" + *it);
          if (series.empty() || affiliations > 1) continue;
          EventName by_series = events[e];
          by_series.series = series;
          by_series.head.modifiers.erase(by_series.head.modifiers.begin() + (it - mods.begin()));
          also(e, by_series);
          break;
        }
      }
      // ... and, a meeting of heads of state, as a summit (38th African
      // Union Summit; template summit-of/<participants>)
      if (const std::string& summit = r_.en_template("summit-of/" + events[e].head.participants);
          !summit.empty() && events[e].head.head_en != summit) {
        EventName as_summit = events[e];
        as_summit.head.head_en = summit;
        as_summit.head.participants.clear();
        also(e, as_summit);
      }
      // ... and, an event of three parties, as the trilateral one English
      // calls it (قمة أردنية مصرية عراقية: Jordan-Egypt-Iraq Trilateral
      // Summit; template three-parties)
      if (const EventName& n = events[e]; std::count(n.series.begin(), n.series.end(), '-') == 2) {
        const std::string tail = ' ' + n.head.head_en;
        const std::string label = es_[e].label_en;
        const auto words = split(r_.en_template("three-parties"), '|');
        const bool said = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
          return (' ' + label + ' ').find(' ' + w + ' ') != std::string::npos;
        });
        for (const std::string& three : words) {
          if (!three.empty() && !said && label.ends_with(tail)) {
            es_[e].alt_labels_en.push_back(label.substr(0, label.size() - tail.size()) + ' ' + three + tail);
          }
        }
      }
      // ... and with its two parties the other way round (First EU-Egypt
      // Summit beside the First Egypt-EU Summit)
      if (const EventName& n = events[e]; n.of_parties && std::count(n.series.begin(), n.series.end(), '-') == 1) {
        EventName reversed = n;
        const size_t dash = n.series.find('-');
        reversed.series = join_parties(r_, n.series.substr(dash + 1), n.series.substr(0, dash));
        also(e, reversed);
      }
      for (const std::string& body : events[e].body_alts) {
        EventName by_body = events[e];
        by_body.body = body;
        also(e, by_body);
      }
      // (and by the parties' full names: Iran-United States Talks)
      if (!events[e].series_full_names.empty()) {
        EventName by_names = events[e];
        by_names.series = by_names.series_full_names;
        also(e, by_names);
      }
      if (!events[e].series_adjectives.empty()) {
        EventName by_adjectives = events[e];
        by_adjectives.series = by_adjectives.series_adjectives;
        also(e, by_adjectives);
      }
      // ... on its topic (Fourth International Conference on Financing for
      // Development), or named by it (UN Ocean Conference)
      if (events[e].mention >= 0 && !es_[e].label_en.empty()) {
        bool attributive = false;
        const std::string topic = topic_en(ms_[static_cast<size_t>(events[e].mention)], &attributive);
        const std::string& head = events[e].head.head_en;
        std::string& label = es_[e].label_en;
        if (!topic.empty() && attributive && label.size() > head.size() && label.ends_with(" " + head)) {
          // (English names some heads otherwise with some topics: معرض
          // للكتاب is a Book Fair, not a Book Exhibition)
          const std::string& both = r_.en_template("head-for-topic/" + head + "/" + topic);
          label = label.substr(0, label.size() - head.size()) + (both.empty() ? topic + " " + head : both);
        } else if (!topic.empty() && !attributive) {
          label = fill_template(r_.en_template("event-topic"), {{"label", label}, {"topic", topic}});
        }
      }
      // ... and by its series or organisation alone (ECOWAS Summit), which
      // the date it carries tells apart
      const EventName& n = events[e];
      const std::string& by = n.series.empty() ? n.organisation : n.series;
      es_[e].head_en = n.head.head_en;
      if (n.body.empty()) es_[e].series_en = by;
      // ... and by its ordinal and series alone, without the adjectives of
      // the occasion (66th ECOWAS Summit for the 66th Ordinary ECOWAS Summit)
      if (!by.empty() && n.body.empty() && n.ordinal > 0) {
        std::string plain = capitalised(fill_template(
            r_.en_template("event-plain"),
            {{"ordinal", namer_.ordinal(n.ordinal)}, {"complement", by}, {"head", n.head.head_en}}));
        if (!plain.empty() && plain != es_[e].label_en) es_[e].alt_labels_en.push_back(std::move(plain));
      }
      if (!by.empty() && n.body.empty()) {
        std::string short_name = capitalised(fill_template(r_.en_template("event-short"), {{"complement", by}, {"head", n.head.head_en}}));
        if (!short_name.empty() && short_name != es_[e].label_en) es_[e].short_en = std::move(short_name);
      }
    }
    // An event is also named without an occasion English often leaves
    // unsaid (the 51st Session for the 51st Ordinary Session; template
    // occasion-unsaid), in each of its names.
    for (size_t e = 0; e < es_.size(); ++e) {
      if (!events[e].ok) continue;
      for (const std::string& unsaid : split(r_.en_template("occasion-unsaid"), '|')) {
        if (unsaid.empty()) continue;
        std::vector<std::string> names{es_[e].label_en};
        names.insert(names.end(), es_[e].alt_labels_en.begin(), es_[e].alt_labels_en.end());
        for (const std::string& name : names) {
          const std::string word = ' ' + unsaid + ' ';
          const size_t at = (' ' + name + ' ').find(word);
          if (at == std::string::npos) continue;
          std::string alt = name;
          alt.erase(at == 0 ? 0 : at - 1, unsaid.size() + 1);
          if (std::find(names.begin(), names.end(), alt) == names.end()) es_[e].alt_labels_en.push_back(alt);
        }
      }
    }
    for (size_t e = 0; e < es_.size(); ++e) {
      if (unlinked(e, "Document")) document(e);
    }
    // A document is also named with the short form English copy writes
    // for words of its name (template short-forms: MoU for Memorandum of
    // Understanding), in each of its names.
    const auto short_forms = split(r_.en_template("short-forms"), '|');
    for (size_t e = 0; e < es_.size(); ++e) {
      if (!unlinked(e, "Document") || es_[e].label_en.empty()) continue;
      std::vector<std::string> names{es_[e].label_en};
      names.insert(names.end(), es_[e].alt_labels_en.begin(), es_[e].alt_labels_en.end());
      for (const std::string& pair : short_forms) {
        const size_t eq = pair.find('=');
        if (eq == std::string::npos) continue;
        const std::string long_form = pair.substr(0, eq), short_form = pair.substr(eq + 1);
        for (const std::string& name : names) {
          const size_t at = name.find(long_form);
          if (at == std::string::npos) continue;
          std::string alt = name;
          alt.replace(at, long_form.size(), short_form);
          auto& alts = es_[e].alt_labels_en;
          if (alt != names.front() && std::find(alts.begin(), alts.end(), alt) == alts.end()) alts.push_back(alt);
        }
      }
    }
  }

 private:
  bool unlinked(size_t e, const char* coarse) const { return es_[e].kb < 0 && es_[e].coarse == coarse; }
  const lexicon::KbEntity& kb(int32_t i) const { return r_.kb().entities()[static_cast<size_t>(i)]; }

  /// The longest match of table `t` at token `i` ending by `limit`.
  const Match* match_at(uint32_t i, Table t, uint32_t limit) const {
    if (i + 1 >= s_.first.size()) return nullptr;
    for (uint32_t k = s_.first[i]; k < s_.first[i + 1]; ++k) {
      const Match& m = s_.matches[k];
      if (m.table == t && m.end <= limit) return &m;
    }
    return nullptr;
  }

  /// The phrase mentions of entity `e`, in text order.
  std::vector<uint32_t> phrases(size_t e) const {
    std::vector<uint32_t> out;
    for (uint32_t mi : es_[e].mentions) {
      if (ms_[mi].kind == MentionKind::kPhrase) out.push_back(mi);
    }
    return out;
  }

  /// Reads phrase mention `mi` with head table `head`: modifiers of class
  /// `mod_class` and participants anywhere after the head, outside the
  /// mentions nested in it; the mentions it is between (events).
  Parts parse(uint32_t mi, Table head, const char* mod_class) const {
    Parts p;
    const Mention& m = ms_[mi];
    const Match* h = match_at(m.begin, head, m.end);
    if (!h) return p;
    const auto& entry = r_.table(head).entries[h->payload];
    p.head_en = entry.extra_at(0);
    if (head == Table::kDocHead) p.head_also = entry.extra_at(2);
    if (head == Table::kEventHead) p.own_series = entry.extra_at(1) == kYearSeries || entry.extra_at(1) == kOwnSeries;
    p.cls = entry.cls;
    if (p.head_en.empty()) return p;
    p.ok = true;
    // منتدى الأعمال: a noun of bodies right after an event's head is part of it
    if (head == Table::kEventHead && !(h->flags & lexicon::kArticle)) {
      for (uint32_t k = h->end < m.end ? s_.first[h->end] : 0; h->end < m.end && k < s_.first[h->end + 1]; ++k) {
        const Match& x = s_.matches[k];
        if (x.table == Table::kModifier && r_.class_of(x) == kBodyNounClass && x.end <= m.end &&
            !(x.flags & (lexicon::kPrepB | lexicon::kPrepL | lexicon::kPrepK | lexicon::kConj))) {
          p.head_en = r_.table(Table::kModifier).entries[x.payload].extra_at(0) + ' ' + p.head_en;
          break;
        }
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> nested;
    for (uint32_t k = 0; k < ms_.size(); ++k) {
      if (k != mi && ms_[k].parent == static_cast<int32_t>(mi)) nested.emplace_back(ms_[k].begin, ms_[k].end);
    }
    auto inside = [&](uint32_t t) {
      return std::any_of(nested.begin(), nested.end(), [&](const auto& n) { return t >= n.first && t < n.second; });
    };
    // (a document's topic has words of its own: للتعاون الاقتصادي والتجاري)
    const uint32_t words_end = m.topic > 0 && m.topic >= h->end ? m.topic : m.end;
    for (uint32_t t = h->end; t < words_end; ++t) {
      if (inside(t)) continue;
      for (uint32_t k = s_.first[t]; k < s_.first[t + 1]; ++k) {
        const Match& x = s_.matches[k];
        if (x.end > m.end) continue;
        // an adjective takes no preposition (للتعاون is "for cooperation")
        const bool prep = (x.flags & (lexicon::kPrepB | lexicon::kPrepL | lexicon::kPrepK)) != 0;
        // (an adjective only states' events take: the recogniser kept it
        // only before their adjectives)
        if (x.table == Table::kModifier && !prep &&
            (r_.class_of(x) == mod_class || (head == Table::kEventHead && r_.class_of(x) == kStateBodyAdjectiveClass))) {
          const std::string& en = r_.table(Table::kModifier).entries[x.payload].extra_at(0);
          // (joined by و to the one before, one adjective: الاقتصادي
          // والتجاري, Economic and Trade)
          if ((x.flags & lexicon::kConj) && !p.modifiers.empty() && r_.en_template("occasion/" + en).empty()) {
            p.modifiers.back() += ' ' + r_.en_template("and") + ' ' + en;
          } else {
            p.modifiers.push_back(en);
          }
          t = x.end - 1;
          break;
        }
        if (x.table == Table::kParticipants && p.participants.empty()) {
          p.participants = r_.table(Table::kParticipants).entries[x.payload].extra_at(0);
          t = x.end - 1;
          break;
        }
      }
    }
    // the parties (بين X وY): nested mentions outside the complement, the
    // outermost of each
    const int32_t c = m.complement;
    for (uint32_t k = 0; k < ms_.size(); ++k) {
      const Mention& x = ms_[k];
      if (x.parent != static_cast<int32_t>(mi) || static_cast<int32_t>(k) == c || x.entity < 0) continue;
      if (c >= 0 && x.begin >= ms_[static_cast<size_t>(c)].begin && x.end <= ms_[static_cast<size_t>(c)].end) continue;
      bool within = false;
      for (uint32_t o = 0; o < ms_.size() && !within; ++o) {
        const Mention& y = ms_[o];
        within = o != k && y.parent == static_cast<int32_t>(mi) && y.begin <= x.begin && x.end <= y.end &&
                 (y.end - y.begin) > (x.end - x.begin);
      }
      if (!within) p.parties.push_back(k);
    }
    // القمة الإسبانية البرتغالية: the first adjective is the complement, the
    // others follow it; together they are the parties
    if (c >= 0 && ms_[static_cast<size_t>(c)].kind == MentionKind::kAdjective && !p.parties.empty() &&
        std::all_of(p.parties.begin(), p.parties.end(),
                    [&](uint32_t k) { return ms_[k].kind == MentionKind::kAdjective; })) {
      p.parties.push_back(static_cast<uint32_t>(c));
    }
    std::sort(p.parties.begin(), p.parties.end(), [&](uint32_t a, uint32_t b) { return ms_[a].begin < ms_[b].begin; });
    return p;
  }

  /// The English name of entity `e`: the knowledge base's, else composed.
  std::string english(int32_t e) {
    if (e < 0) return {};
    const Entity& x = es_[static_cast<size_t>(e)];
    if (x.kb >= 0) return kb(x.kb).label("en");
    if (x.coarse == "Organization") organisation(static_cast<size_t>(e));
    return x.label_en;
  }
  /// The name of entity `e` inside a composed name (short_names.tsv).
  std::string short_name(int32_t e) {
    if (e < 0) return {};
    const Entity& x = es_[static_cast<size_t>(e)];
    return x.kb >= 0 ? kb(x.kb).short_label("en") : english(e);
  }

  /// The known states named inside phrase `m` (آلية التعاون بين مصر واليونان
  /// وقبرص), by their short names in the text's order (Egypt-Greece-Cyprus);
  /// empty unless two or more.
  std::string states_in(const Mention& m) const {
    std::string names;
    int count = 0;
    for (const Mention& x : ms_) {
      if (x.begin < m.begin || x.end > m.end || &x == &m || x.coarse != "Place" || x.entity < 0) continue;
      const Entity& xe = es_[static_cast<size_t>(x.entity)];
      if (xe.kb < 0 || kb(xe.kb).cls != "Country") return {};
      const std::string one = kb(xe.kb).short_label("en");
      names = join_parties(r_, names, one);
      ++count;
    }
    return count >= 2 ? names : std::string();
  }

  // ---- organisations ----------------------------------------------------
  /// The name of organisation e as the body `head_en` of a country (its
  /// knowledge-base index `country`, or -1; its English name `country_en`):
  /// Ministry of Health of the United Arab Emirates, with the form by the
  /// country's adjective (Saudi Ministry of Investment) among e's English
  /// alternatives.
  std::string body_of_country(size_t e, const std::string& head_en, int32_t country, const std::string& country_en) {
    std::string adjective;
    if (country >= 0) {
      const auto& k = kb(country);
      adjective = k.short_names.count("en") ? k.short_label("en") : k.adjective("en");
    }
    const std::string* tmpl = &namer_.template_for("org-of-country", head_en);
    if (adjective.empty() && tmpl->find("{adjective}") != std::string::npos) {
      tmpl = &r_.en_template("org-of-country");
    }
    std::string label = fill_template(
        *tmpl, {{"head", head_en}, {"complement", r_.english_place(country_en)}, {"adjective", adjective}});
    if (std::string alt = capitalised(
            fill_template(r_.en_template("org-of-country-adjective"), {{"head", head_en}, {"adjective", adjective}}));
        !adjective.empty() && !alt.empty() && alt != capitalised(label)) {
      es_[e].alt_labels_en.push_back(std::move(alt));
    }
    return label;
  }

  /// The entity of the one place (not a nationality adjective) mention
  /// `m`'s sentence names, or -1 (none, or several).
  int32_t only_place_of_sentence(const Mention& m) const {
    int32_t only = -1;
    for (const Mention& x : ms_) {
      if (x.sentence != m.sentence || x.coarse != "Place" || x.entity < 0 || x.kind == MentionKind::kAdjective) continue;
      if (only >= 0 && only != x.entity) return -1;
      only = x.entity;
    }
    return only;
  }

  /// The English name of the known city right after mention `m` in the
  /// sentence, after في or with ب (السفارة الإيطالية في الرباط), or "".
  std::string city_after(const Mention& m) const {
    const Match* in = match_at(m.end, Table::kFunction, m.end + 1);
    const bool after_in = in && r_.class_of(*in) == "in";
    for (const Mention& x : ms_) {
      if (x.sentence != m.sentence || x.coarse != "Place" || x.entity < 0) continue;
      if (!((after_in && x.begin == in->end) || (x.begin == m.end && (x.prep & lexicon::kPrepB)))) continue;
      const Entity& c = es_[static_cast<size_t>(x.entity)];
      if (c.kb >= 0 && kb(c.kb).cls == "City") return kb(c.kb).label("en");
    }
    return {};
  }

  /// The knowledge-base index of the country whose body the recogniser
  /// made mention `m` with no country named (gov/<iso>/<code>, the
  /// knowledge base not knowing it), or -1.
  int32_t home_state_of(const Mention& m) const {
    if (m.kb >= 0 || !m.identity.starts_with("gov/")) return -1;
    const size_t slash = m.identity.find('/', 4);
    if (slash == std::string::npos) return -1;
    return r_.kb().index("country/" + m.identity.substr(4, slash - 4));
  }

  /// The recogniser's English name of phrase mention `m`, then what it is
  /// for (`m.topic`: General Authority for Food and Nutrition); "" when the
  /// words of the topic are not all known. `*topic`: that topic in English.
  std::string with_purpose(const Mention& m, std::string* topic) const {
    bool attributive = false;
    *topic = topic_en(m, &attributive);
    if (topic->empty()) return {};
    return m.label_en + ' ' + fill_template(r_.en_template("purpose"), {{"purpose", *topic}});
  }

  /// البرنامج الوطني للحياد الصفري: the recogniser's name of the
  /// initiative, then what it is for (National Programme for Net Zero), and
  /// with the purpose before the head (National Net Zero Programme); no
  /// English name when the words of the purpose are not all known.
  void initiative(size_t e) {
    for (uint32_t mi : phrases(e)) {
      const Mention& m = ms_[mi];
      if (m.topic == 0 || m.label_en.empty()) continue;
      std::string topic;
      es_[e].label_en = capitalised(with_purpose(m, &topic));
      if (topic.empty()) break;
      const size_t space = m.label_en.rfind(' ');
      if (space != std::string::npos) {
        es_[e].alt_labels_en.push_back(
            capitalised(m.label_en.substr(0, space) + ' ' + topic + m.label_en.substr(space)));
      }
      break;
    }
  }

  /// General Authority for Sports, also General Sports Authority: a
  /// composed name whose purpose is one word, that word before the head as
  /// another English name.
  void purpose_first(size_t e) {
    const std::string& label = es_[e].label_en;
    std::string word = fill_template(r_.en_template("purpose"), {{"purpose", ""}});  // "for"
    while (!word.empty() && word.back() == ' ') word.pop_back();
    const std::string marker = ' ' + word + ' ';
    const size_t at = word.empty() ? std::string::npos : label.rfind(marker);
    if (at == std::string::npos) return;
    const std::string topic = label.substr(at + marker.size());
    const size_t head = label.rfind(' ', at - 1);
    if (topic.empty() || topic.find(' ') != std::string::npos || head == std::string::npos) return;
    std::string alt = label.substr(0, head) + ' ' + topic + label.substr(head, at - head);
    auto& alts = es_[e].alt_labels_en;
    if (std::find(alts.begin(), alts.end(), alt) == alts.end()) alts.push_back(std::move(alt));
  }

  void organisation(size_t e) {
    if (state_[e]) return;  // done, or in progress (a cycle keeps the label)
    state_[e] = 1;
    for (uint32_t mi : phrases(e)) {
      // الاتحاد القطري لألعاب القوى: a state's federation of a sport is also
      // named by the state (Qatar Athletics Federation), as many name
      // themselves
      if (const Match* f = match_at(ms_[mi].begin, Table::kFunction, ms_[mi].end);
          f && r_.class_of(*f) == kSportsBodyClass && !ms_[mi].label_en.empty()) {
        for (uint32_t k = mi + 1; k < ms_.size() && ms_[k].parent == static_cast<int32_t>(mi); ++k) {
          const Mention& a = ms_[k];
          if (a.kind != MentionKind::kAdjective || a.entity < 0 || es_[static_cast<size_t>(a.entity)].kb < 0) continue;
          const auto& state = kb(es_[static_cast<size_t>(a.entity)].kb);
          const std::string& adjective = state.adjective("en");
          const std::string& name = state.short_label("en");
          const std::string& label = ms_[mi].label_en;
          if (!adjective.empty() && !name.empty() && label.compare(0, adjective.size() + 1, adjective + ' ') == 0) {
            es_[e].alt_labels_en.push_back(name + label.substr(adjective.size()));
          }
        }
      }
      // شركة الوسطى للطاقة المتجددة: the company's name, then what it does
      // (Al Wusta Renewable Energy; also ... Company, template company)
      if (const Mention& c = ms_[mi]; c.cls == kCompanyClass && c.topic > 0) {
        bool attributive = false;
        const std::string topic = c.label_en.empty() ? std::string() : topic_en(c, &attributive);
        es_[e].label_en = topic.empty() ? std::string() : capitalised(c.label_en + ' ' + topic);
        if (!topic.empty()) {
          es_[e].alt_labels_en.push_back(fill_template(r_.en_template("company"), {{"name", es_[e].label_en}}));
        }
        break;
      }
      // جامعة الأميرة سمية للتكنولوجيا: a kind of body, its name, then what
      // it is for (Princess Sumaya University for Technology)
      if (const Mention& b = ms_[mi]; b.topic > 0 && !b.label_en.empty() && match_at(b.begin, Table::kBodyWord, b.end)) {
        std::string topic;
        const std::string named = with_purpose(b, &topic);
        es_[e].label_en = named.empty() ? std::string() : capitalised(named);
        break;
      }
      Parts p = parse(mi, Table::kOrgHead, "");
      if (!p.ok) continue;
      const Mention& m = ms_[mi];
      // (a body of two or more states the recogniser named: Saudi-Egyptian
      // Joint Committee, not the committee of the first)
      std::vector<const Mention*> states;
      for (const Mention& x : ms_) {
        if (x.begin > m.begin && x.end <= m.end && x.parent >= 0 && x.coarse == "Place") states.push_back(&x);
      }
      // (what the body is for, after its name: الهيئة العامة للغذاء والتغذية,
      // General Authority for Food and Nutrition; no English name when the
      // words of its topic are not all known)
      std::string named = m.label_en;
      if (m.topic > 0 && !named.empty()) {
        std::string topic;
        named = with_purpose(m, &topic);
        if (named.empty() || states.size() < 2) {
          es_[e].label_en = capitalised(named);
          // (and with the purpose before the head: General Sports Authority)
          if (const size_t space = m.label_en.rfind(' '); !named.empty() && space != std::string::npos) {
            es_[e].alt_labels_en.push_back(
                capitalised(m.label_en.substr(0, space) + ' ' + topic + m.label_en.substr(space)));
          }
          break;
        }
      }
      if (!named.empty() && states.size() >= 2) {
        es_[e].label_en = named;
        // (also by the states' names: Qatar-Kazakhstan Joint Committee)
        std::string adjectives, names;
        for (const Mention* x : states) {
          if (x->entity < 0 || es_[static_cast<size_t>(x->entity)].kb < 0) break;
          const auto& k = kb(es_[static_cast<size_t>(x->entity)].kb);
          adjectives = join_parties(r_, adjectives, k.adjective("en"));
          names = join_parties(r_, names, k.short_label("en"));
        }
        if (!adjectives.empty() && named.starts_with(adjectives + ' ') && names != adjectives) {
          es_[e].alt_labels_en.push_back(names + named.substr(adjectives.size()));
        }
        // (and by their adjectives when named by the states' names: لجنة
        // المتابعة بين السعودية ومصر, the Saudi-Egyptian Follow-up Committee)
        if (!names.empty() && named.starts_with(names + ' ') && names != adjectives && !adjectives.empty()) {
          es_[e].alt_labels_en.push_back(adjectives + named.substr(names.size()));
        }
        break;
      }
      const Match* h = match_at(m.begin, Table::kOrgHead, m.end);
      // the complement starts where the head ends
      int32_t c = -1;
      for (uint32_t k = 0; k < ms_.size(); ++k) {
        const Mention& x = ms_[k];
        if (k == mi || x.begin != h->end || x.end > m.end || x.entity < 0) continue;
        if (c < 0 || x.end > ms_[static_cast<size_t>(c)].end) c = static_cast<int32_t>(k);
      }
      if (c < 0) {
        // وزارة الصحة in a state news agency's copy: the recogniser made it
        // the agency's state's body (gov/<iso>/<code>) with no complement;
        // also named as the copy names it (Ministry of Health)
        const int32_t home = home_state_of(m);
        if (home < 0 || h->end != m.end || p.head_en.empty()) continue;
        es_[e].label_en = capitalised(body_of_country(e, p.head_en, home, kb(home).label("en")));
        es_[e].alt_labels_en.push_back(capitalised(p.head_en));
        break;
      }
      const Mention& of = ms_[static_cast<size_t>(c)];
      std::string label;
      if (of.coarse == "Place") {
        label = body_of_country(e, p.head_en, es_[static_cast<size_t>(of.entity)].kb, english(of.entity));
        // السفارة الإيطالية في الرباط: a body a country keeps in a city is
        // also named with it (Italian Embassy in Rabat, Embassy of Italy in
        // Rabat; template org-in-city/<head>)
        const std::string& in_city = r_.en_template("org-in-city/" + p.head_en);
        if (const std::string city = in_city.empty() ? std::string() : city_after(m); !city.empty()) {
          const std::string of_country = fill_template(
              r_.en_template("org-of-country"),
              {{"head", p.head_en}, {"complement", r_.english_place(english(of.entity))}});
          for (const std::string& name : {label, of_country}) {
            es_[e].alt_labels_en.push_back(capitalised(fill_template(in_city, {{"label", name}, {"city", city}})));
          }
        }
      } else if (of.coarse == "Organization") {
        const std::vector<std::pair<std::string, std::string>> slots{
            {"head", p.head_en}, {"complement", english(of.entity)}, {"short", short_name(of.entity)}};
        label = fill_template(namer_.template_for("org-of-org", p.head_en), slots);
        // (Ministerial Council of the Gulf Cooperation Council, also the
        // GCC Ministerial Council)
        if (std::string alt = capitalised(fill_template(r_.en_template("org-of-org-short"), slots));
            !alt.empty() && alt != capitalised(label)) {
          es_[e].alt_labels_en.push_back(std::move(alt));
        }
      }
      // بعثة الأمم المتحدة في السودان: a body that works somewhere, with
      // the place its name ends on (UN Mission in Sudan; template
      // org-in-place/<head>)
      if (const std::string& in_place = r_.en_template("org-in-place/" + p.head_en); !label.empty() && !in_place.empty()) {
        for (const Mention& x : ms_) {
          if (x.sentence != m.sentence || x.end != m.end || x.begin <= of.end || x.coarse != "Place" || x.entity < 0) {
            continue;
          }
          label = fill_template(in_place, {{"label", label}, {"place", r_.english_place(english(x.entity))}});
          break;
        }
      }
      if (!label.empty()) {
        es_[e].label_en = capitalised(label);
        break;
      }
    }
    state_[e] = 2;
  }

  // ---- events -------------------------------------------------------------
  EventName event(size_t e) {
    EventName n;
    std::vector<std::pair<uint32_t, Parts>> parts;
    for (uint32_t mi : phrases(e)) {
      Parts p = parse(mi, Table::kEventHead, "event");
      if (p.ok) parts.emplace_back(mi, std::move(p));
    }
    if (parts.empty()) return n;
    const auto& onto = r_.ontology();
    size_t best = 0;
    for (size_t i = 1; i < parts.size(); ++i) {
      const std::string& c = parts[i].second.cls;
      if (c != parts[best].second.cls && onto.is_a(c, parts[best].second.cls)) best = i;
    }
    n.ok = true;
    n.head = parts[best].second;
    n.mention = static_cast<int32_t>(parts[best].first);
    for (const auto& [mi, p] : parts) n.ordinal = std::max(n.ordinal, ms_[mi].ordinal);
    if (n.head.participants.empty()) {
      for (const auto& [mi, p] : parts) {
        if (!p.participants.empty()) {
          n.head.participants = p.participants;
          break;
        }
        // (those who meet named before "their" meeting)
        if (const int32_t at = ms_[mi].participants_at; at >= 0) {
          if (const Match* x = match_at(static_cast<uint32_t>(at), Table::kParticipants, UINT32_MAX)) {
            n.head.participants = r_.table(Table::kParticipants).entries[x->payload].extra_at(0);
            break;
          }
        }
      }
    }
    // What the event is of, from the mention that says most: a knowledge-
    // base name, the parties, a named complement, a body.
    for (const auto& [mi, p] : parts) {
      const Mention& m = ms_[mi];
      if (m.named_after >= 0) {
        n.series = named_series(kb(m.named_after), n.head.head_en);
        n.series_names = english_names(kb(m.named_after));
        break;
      }
    }
    for (size_t i = 0; i < parts.size() && n.series.empty(); ++i) {
      if (parts[i].second.parties.size() < 2) continue;
      bool adjectives = true;
      for (uint32_t k : parts[i].second.parties) {
        std::string party = short_name(ms_[k].entity);
        if (party.empty()) {
          n.series.clear();
          break;
        }
        n.series = join_parties(r_, n.series, party);
        n.series_full_names = join_parties(r_, n.series_full_names, english(ms_[k].entity));
        // (القمة الإسبانية البرتغالية: also the Spanish-Portuguese Summit)
        const Entity& pe = es_[static_cast<size_t>(ms_[k].entity)];
        const std::string adjective = pe.kb >= 0 ? kb(pe.kb).adjective("en") : std::string();
        adjectives = adjectives && ms_[k].kind == MentionKind::kAdjective && !adjective.empty();
        if (adjectives) n.series_adjectives = join_parties(r_, n.series_adjectives, adjective);
      }
      if (!adjectives || n.series.empty()) n.series_adjectives.clear();
      if (n.series.empty() || n.series_full_names == n.series) n.series_full_names.clear();
      n.of_parties = !n.series.empty();
    }
    // الحوار الاستراتيجي بين البلدين: between the article's two sides
    for (size_t i = 0; i < parts.size() && n.series.empty() && !sides_.empty(); ++i) {
      if (ms_[parts[i].first].between_sides && ms_[parts[i].first].complement < 0) {
        n.series = sides_;
        n.of_parties = true;
      }
    }
    for (size_t i = 0; i < parts.size() && n.series.empty() && n.body.empty(); ++i) {
      const Mention& m = ms_[parts[i].first];
      if (m.complement < 0) continue;
      const Mention& c = ms_[static_cast<size_t>(m.complement)];
      if (c.entity < 0) continue;
      const Entity& ce = es_[static_cast<size_t>(c.entity)];
      if (ce.kb < 0 && c.kind == MentionKind::kPhrase && ce.coarse == "Organization") {
        n.body = english(c.entity);
        n.body_alts = es_[static_cast<size_t>(c.entity)].alt_labels_en;
        // the outermost organisation of the body's chain
        int32_t top = m.complement;
        for (int guard = 0; guard < 8 && ms_[static_cast<size_t>(top)].part_of >= 0; ++guard) {
          top = ms_[static_cast<size_t>(top)].part_of;
        }
        if (top != m.complement) n.organisation = short_name(ms_[static_cast<size_t>(top)].entity);
        n.body_parties = states_in(c);
      } else {
        n.series = short_name(c.entity);
        if (ce.coarse == "Organization") n.series_full = english(c.entity);
        if (ce.kb >= 0) n.series_names = english_names(kb(ce.kb));
        // القمة المصرية الأوروبية: a state's adjective and an affiliation
        // are two parties (Egypt-EU Summit; template affiliation-party/...)
        if (c.kind == MentionKind::kAdjective && ce.cls == "Country") {
          auto& mods = n.head.modifiers;
          for (auto it = mods.begin(); it != mods.end(); ++it) {
            const std::string& party = r_.en_template("affiliation-party/" + *it);
            if (party.empty()) continue;
            n.series = join_parties(r_, n.series, party);
            n.series_names.clear();
            n.of_parties = true;
            mods.erase(it);
            break;
          }
        }
        if (m.event_of >= 0 && ms_[static_cast<size_t>(m.event_of)].entity >= 0) {
          n.city_of = short_name(ms_[static_cast<size_t>(m.event_of)].entity);
          n.city_of_full = english(ms_[static_cast<size_t>(m.event_of)].entity);
        }
      }
    }
    return n;
  }

  /// A known entity's English names, space-separated.
  static std::string english_names(const lexicon::KbEntity& k) {
    std::string out;
    for (const auto& l : k.labels) {
      if (l.lang != "en") continue;
      if (!out.empty()) out += ' ';
      out += l.text;
    }
    return out;
  }

  /// A knowledge-base name an event is named by (قمة الصين-آسيا الوسطى):
  /// its English label that ends with the event's head, without the head
  /// ("China-Central Asia"), else its short name.
  static std::string named_series(const lexicon::KbEntity& k, const std::string& head_en) {
    std::string tail(1, ' ');
    tail += lower(head_en);
    for (const auto& l : k.labels) {
      if (l.lang != "en" || l.text.size() <= tail.size()) continue;
      if (lower(l.text).ends_with(tail)) return l.text.substr(0, l.text.size() - tail.size());
    }
    return k.short_label("en");
  }

  /// An event named by its ordinal alone (القمة الثانية والثلاثين) is of the
  /// series of the one event of its class the article names with one.
  ///
  /// An event the text places before or after another of its class (القمة
  /// السابقة، الاجتماع المقبل: template deictic/<modifier>) is of the
  /// series of the one such event too, and when that one has an ordinal,
  /// it is the one before or after it: the 8th summit for the previous one
  /// of the 9th, then named without the word that placed it.
  void inherit_series(std::vector<EventName>& events) const {
    const auto& onto = r_.ontology();
    // (nothing to inherit: no copy)
    if (std::none_of(events.begin(), events.end(), [](const EventName& n) { return n.ok; })) return;
    const std::vector<EventName> before = events;  // what the text names, before any is inherited
    for (auto& n : events) {
      if (!n.ok || !n.series.empty() || !n.body.empty()) continue;
      int step = 0;
      auto deictic = n.head.modifiers.end();
      for (auto it = n.head.modifiers.begin(); it != n.head.modifiers.end(); ++it) {
        const std::string& d = r_.en_template("deictic/" + *it);
        int value = 0;
        if (!d.empty() && std::from_chars(d.data(), d.data() + d.size(), value).ec == std::errc() && value != 0) {
          step = value;
          deictic = it;
        }
      }
      if (n.ordinal == 0 && step == 0) continue;
      // (nor one whose head names its series: the 30th Conference of the
      // Parties is not of the Belém Conference's, the third Asian Games not
      // of a Riyadh book fair's)
      if (n.head.own_series) continue;
      // (an event of a kind of its own is not of another's series: the
      // 45th Gulf Summit is not of the Beijing Summit's)
      auto kind = [&](const std::string& m) { return r_.en_template("occasion/" + m).empty(); };
      auto own_kind = [&](const EventName& o) {
        return std::any_of(n.head.modifiers.begin(), n.head.modifiers.end(), [&](const std::string& m) {
          return kind(m) && std::find(o.head.modifiers.begin(), o.head.modifiers.end(), m) == o.head.modifiers.end();
        });
      };
      // (of several series, the one of events of the same class: the first
      // summit in an article on the second summit of a series and the third
      // meeting of a committee is the summit's)
      const EventName* from = nullptr;
      for (const bool same_class : {false, true}) {
        from = nullptr;
        bool several = false;
        for (const auto& o : before) {
          if (&o == &before[static_cast<size_t>(&n - events.data())] || !o.ok) continue;
          if (o.series.empty() && o.body.empty() && (step == 0 || o.ordinal == 0)) continue;
          if (own_kind(o)) continue;
          if (!onto.is_a(o.head.cls, n.head.cls) && (step != 0 || !onto.is_a(n.head.cls, o.head.cls))) continue;
          if (same_class && o.head.cls != n.head.cls) continue;
          if (from && (from->series != o.series || from->body != o.body || from->organisation != o.organisation ||
                       (step != 0 && from->ordinal != o.ordinal))) {
            several = true;
          }
          from = &o;
        }
        if (several) from = nullptr;
        if (from) break;
      }
      if (!from) continue;
      n.series = from->series;
      n.series_names = from->series_names;
      n.series_full = from->series_full;
      n.of_parties = from->of_parties;
      n.body = from->body;
      n.body_parties = from->body_parties;
      n.organisation = from->organisation;
      if (step != 0 && n.ordinal == 0 && static_cast<int>(from->ordinal) + step > 0 && from->ordinal > 0) {
        n.ordinal = static_cast<uint32_t>(static_cast<int>(from->ordinal) + step);
        n.head.modifiers.erase(deictic);
      }
      // (and its kind: the next trilateral summit is trilateral, but not
      // extraordinary as that one was)
      if (std::none_of(n.head.modifiers.begin(), n.head.modifiers.end(), kind)) {
        for (const auto& m : from->head.modifiers) {
          if (kind(m)) n.head.modifiers.push_back(m);
        }
      }
    }
  }

  /// Adds the name `write(n, kind)` gives to event `e`'s English
  /// alternatives, unless it is empty, the label or there already.
  void also(size_t e, const EventName& n, const char* kind = nullptr) {
    std::string alt = write(n, kind);
    auto& alts = es_[e].alt_labels_en;
    if (alt.empty() || alt == es_[e].label_en || std::find(alts.begin(), alts.end(), alt) != alts.end()) return;
    alts.push_back(std::move(alt));
  }

  /// `kind`: the template's kind, instead of the event's own.
  std::string write(const EventName& n, const char* kind = nullptr) const {
    // modifiers in English order (Arabic puts them after the noun, mirrored),
    // without those the name already says (Arab in Arab League)
    // (an occasion, Emergency or Next, stands before the name; affiliations
    // side by side are one, in the article's order: Arab-Islamic)
    std::vector<std::string> joined;
    bool last_affiliation = false;
    for (const auto& m : n.head.modifiers) {
      const bool affiliation = !r_.en_template("affiliation/" + m).empty();
      if (affiliation && last_affiliation) {
        joined.back() = fill_template(r_.en_template("parties"), {{"a", joined.back()}, {"b", m}});
      } else {
        joined.push_back(m);
      }
      last_affiliation = affiliation;
    }
    std::string mods, occasion;
    for (auto it = joined.rbegin(); it != joined.rend(); ++it) {
      // (nor those the series' full name says: Gulf in the GCC Summit)
      if (words_within(*it, n.series) || words_within(*it, n.organisation) || words_within(*it, n.series_names)) {
        continue;
      }
      const std::string& before = r_.en_template("occasion/" + *it);
      std::string& to = before.empty() ? mods : occasion;
      if (!to.empty()) to += ' ';
      to += before.empty() ? *it : before;
    }
    const std::string* tmpl = &namer_.template_for("event", n.head.head_en);
    if (!n.body.empty()) tmpl = &namer_.template_for("event-of-body", n.head.head_en);
    // a meeting between parties: English names some levels only by the
    // parties (the Tunisia-Algeria-Libya meeting, not its leaders')
    if (n.of_parties && !r_.en_template("event-of-parties/" + n.head.participants).empty()) {
      tmpl = &r_.en_template("event-of-parties/" + n.head.participants);
    }
    if (kind) tmpl = &namer_.template_for(kind, n.head.head_en);
    std::string label = fill_template(*tmpl, {{"ordinal", n.ordinal ? namer_.ordinal(n.ordinal) : ""},
                                             {"occasion", occasion},
                                             {"complement", n.series},
                                             {"body", n.body},
                                             {"organisation", n.organisation},
                                             {"modifiers", mods},
                                             {"participants", n.head.participants},
                                             {"head", n.head.head_en}});
    return capitalised(label);
  }

  // ---- documents ----------------------------------------------------------
  void document(size_t e) {
    for (uint32_t mi : phrases(e)) {
      Parts p = parse(mi, Table::kDocHead, "document");
      if (!p.ok) continue;
      const Mention& m = ms_[mi];
      std::string mods;
      for (auto it = p.modifiers.rbegin(); it != p.modifiers.rend(); ++it) {
        if (!mods.empty()) mods += ' ';
        mods += *it;
      }
      std::string label;
      std::string by_full_name;  // named by its body's short name: by its full name
      if (m.issued_by >= 0) {
        // إعلان قمة واشنطن: the Washington Summit Declaration
        std::string ev = english(ms_[static_cast<size_t>(m.issued_by)].entity);
        if (ev.empty()) continue;
        label = fill_template(namer_.template_for("document-named-after-event", p.head_en),
                              {{"event", ev}, {"modifiers", mods}, {"head", p.head_en}});
      } else if (m.complement >= 0 && ms_[static_cast<size_t>(m.complement)].entity >= 0) {
        const Mention& c = ms_[static_cast<size_t>(m.complement)];
        if (c.coarse == "Place") {
          label = fill_template(namer_.template_for("document-of-place", p.head_en),
                                {{"complement", short_name(c.entity)}, {"modifiers", mods}, {"head", p.head_en}});
        } else {
          std::string of = fill_template(r_.en_template("of-complement"), {{"complement", english(c.entity)}});
          label = fill_template(namer_.template_for("document", p.head_en), {{"modifiers", mods},
                                                                             {"head", p.head_en},
                                                                             {"of-complement", of},
                                                                             {"short", short_name(c.entity)}});
          if (short_name(c.entity) != english(c.entity)) {
            by_full_name = fill_template(namer_.template_for("document", p.head_en), {{"modifiers", mods},
                                                                                      {"head", p.head_en},
                                                                                      {"of-complement", of},
                                                                                      {"short", english(c.entity)}});
          }
        }
      } else {
        const std::string& tied = r_.en_template("document-of-event/" + p.head_en);
        int32_t ev = tied.empty() ? -1 : event_of_sentence(ms_[mi].sentence, mi);
        if (ev >= 0 && !english(ev).empty()) {
          label = fill_template(tied, {{"event", english(ev)}, {"modifiers", mods}, {"head", p.head_en}});
          // (and by the event's other English names)
          for (const std::string& other : es_[static_cast<size_t>(ev)].alt_labels_en) {
            es_[e].alt_labels_en.push_back(
                capitalised(fill_template(tied, {{"event", other}, {"modifiers", mods}, {"head", p.head_en}})));
          }
          // the document's own name, without its event, is English too
          // (the Joint Press Statement)
          std::string plain =
              fill_template(namer_.template_for("document", p.head_en), {{"modifiers", mods}, {"head", p.head_en}});
          if (!plain.empty() && plain != label) {
            es_[e].alt_labels_en.push_back(capitalised(plain));
            es_[e].name_en = capitalised(plain);
          }
        } else {
          label = fill_template(namer_.template_for("document", p.head_en), {{"modifiers", mods}, {"head", p.head_en}});
        }
      }
      // Memorandum of Understanding on Defence Cooperation, Ceasefire
      // Agreement: the topic, or the words of the kind, in English
      bool attributive = false;
      int32_t topic_place = -1;
      if (std::string topic = label.empty() ? std::string() : topic_en(m, &attributive, &topic_place);
          !topic.empty()) {
        // (also known by its kind alone: the Memorandum of Understanding)
        if (!m.topic_kind && !attributive) es_[e].kind_en = capitalised(label);
        // (an attributive topic stands right before the head: Nice Ocean
        // Action Plan, not Ocean Nice Action Plan)
        const std::string tail = ' ' + p.head_en;
        if (attributive && !m.topic_kind && label.size() > tail.size() && label.ends_with(tail)) {
          label = label.substr(0, label.size() - tail.size()) + ' ' + topic + tail;
        } else if (m.topic_kind || attributive) {
          // (a head English names its kind after: Treaty of Friendship and
          // Cooperation; template document-kind/<head>, also the other way)
          std::string before = fill_template(r_.en_template("document-kind"), {{"label", label}, {"topic", topic}});
          label = fill_template(namer_.template_for("document-kind", p.head_en), {{"label", label}, {"topic", topic}});
          if (before != label) es_[e].alt_labels_en.push_back(capitalised(before));
        } else {
          label = fill_template(r_.en_template("document-topic"), {{"label", label}, {"topic", topic}});
        }
        // ... in the place the topic ends on (Ceasefire Agreement in the
        // Gaza Strip); an agreement of a kind also by the place before it
        // (Gaza Ceasefire Agreement)
        if (topic_place >= 0) {
          const Entity& pe = es_[static_cast<size_t>(topic_place)];
          const std::string place = pe.kb >= 0 ? kb(pe.kb).short_label("en") : pe.label_en;
          if (m.topic_kind) {
            es_[e].alt_labels_en.push_back(
                capitalised(fill_template(r_.en_template("kind-of-place"), {{"place", place}, {"label", label}})));
          }
          label += ' ' + fill_template(r_.en_template("topic-in-place"), {{"place", r_.english_place(place)}});
        } else if (m.topic_kind) {
          // (named in a sentence on one place: رحب القادة في قطاع غزة
          // باتفاق وقف إطلاق النار, the Gaza Ceasefire Agreement)
          if (const int32_t only = only_place_of_sentence(m); only >= 0) {
            const Entity& pe = es_[static_cast<size_t>(only)];
            const std::string place = pe.kb >= 0 ? kb(pe.kb).short_label("en") : pe.label_en;
            es_[e].alt_labels_en.push_back(
                capitalised(fill_template(r_.en_template("kind-of-place"), {{"place", place}, {"label", label}})));
          }
        }
      }
      // UN Security Council Resolution 1701, also known as Resolution 1701
      // (a session's resolution: Resolution 79/81; and by the body's full
      // name: United Nations General Assembly Resolution 79/81)
      if (!label.empty() && m.number > 0) {
        const std::string number =
            (m.number_session > 0 ? std::to_string(m.number_session) + '/' : std::string()) + std::to_string(m.number);
        label += ' ' + number;
        std::string short_form = capitalised(p.head_en + ' ' + number);
        if (short_form != capitalised(label)) es_[e].alt_labels_en.push_back(std::move(short_form));
        if (!by_full_name.empty() && by_full_name != label) es_[e].alt_labels_en.push_back(capitalised(by_full_name + ' ' + number));
      }
      // Executive Programme on Cultural Cooperation (2025-2027), also known
      // without its years
      if (!label.empty() && !m.period.empty()) {
        es_[e].alt_labels_en.push_back(capitalised(label));
        // (and with the years right after it: Abu Dhabi Biodiversity Strategy 2030)
        if (std::string plain = fill_template(r_.en_template("document-period-plain"), {{"label", label}, {"period", m.period}});
            !plain.empty()) {
          es_[e].alt_labels_en.push_back(capitalised(plain));
        }
        label = fill_template(r_.en_template("document-period"), {{"label", label}, {"period", m.period}});
      }
      if (!label.empty()) {
        es_[e].label_en = capitalised(label);
        // إعلان بكين, adopted at a meeting its sentence names: also the Beijing
        // Declaration of that meeting (template document-of-place-of-event)
        if (m.complement >= 0 && ms_[static_cast<size_t>(m.complement)].coarse == "Place" && m.issued_by < 0) {
          if (const int32_t ev = event_of_sentence(m.sentence, mi); ev >= 0 && !english(ev).empty()) {
            std::vector<std::string> names{english(ev)};
            const auto& others = es_[static_cast<size_t>(ev)].alt_labels_en;
            names.insert(names.end(), others.begin(), others.end());
            for (const std::string& name : names) {
              for (const char* form : {"document-of-place-of-event", "document-of-place-at-event"}) {
                std::string alt = fill_template(r_.en_template(form), {{"label", es_[e].label_en}, {"event", name}});
                if (!alt.empty()) es_[e].alt_labels_en.push_back(capitalised(std::move(alt)));
              }
            }
          }
        }
        // البيان المشترك is also rendered Joint Communiqué (column also)
        if (!p.head_also.empty()) {
          for (const std::string* l : {&es_[e].label_en, &es_[e].name_en}) {
            if (size_t at = l->find(p.head_en); !l->empty() && at != std::string::npos) {
              std::string alt = *l;
              alt.replace(at, p.head_en.size(), p.head_also);
              es_[e].alt_labels_en.push_back(capitalised(alt));
            }
          }
        }
        return;
      }
    }
  }

  /// A document's topic in English (للتعاون في مجال الدفاع: Defence
  /// Cooperation), from topics.tsv: "" unless every word is known, as a
  /// `topic` or `in` function word or a phrase of the list. Attributes
  /// (fields, adjectives) go before the one noun they qualify (التعاون
  /// الاقتصادي والتجاري: Economic and Trade Cooperation); with no such noun,
  /// each word joined by و starts a group whose adjectives go before it
  /// (الدفاع الاستراتيجي المشترك: Joint Strategic Defence; الصداقة
  /// والتعاون: Friendship and Cooperation); phrases stand alone.
  /// `*attributive`: the topic is only words that qualify (no noun, no
  /// phrase), after ل (لوقف إطلاق النار: a Ceasefire Agreement).
  /// (`place_entity`, when given: the entity of the place the topic ends
  /// on, -1 when none; the topic is then returned without it.)
  std::string topic_en(const Mention& m, bool* attributive, int32_t* place_entity = nullptr) const {
    *attributive = false;
    if (place_entity) *place_entity = -1;
    // (the years it covers are not its topic: ... (2023-2027))
    const uint32_t end = m.period_begin > m.topic ? m.period_begin : m.end;
    if (m.topic == 0 || m.topic >= end) return {};
    struct Item {
      const lexicon::TopicEntry* entry;
      bool conj;  // written with و
    };
    std::vector<Item> items;
    std::string place;  // حول الأمن المائي في الأردن: the place it ends on
    for (uint32_t k = m.topic; k < end;) {
      if (const Match* f = match_at(k, Table::kFunction, end)) {
        const std::string& c = r_.class_of(*f);
        // (a place after في, or after a topic word that ends on a place
        // word: في قطاع غزة)
        if ((c == "in" || c == "topic") && !items.empty()) {
          for (const Mention& x : ms_) {
            if (x.begin == f->end && x.coarse == "Place" && x.entity >= 0 &&
                x.end <= end && x.end > x.begin && x.begin >= m.begin) {
              const Entity& pe = es_[static_cast<size_t>(x.entity)];
              // (the Middle East, the Gaza Strip: names English writes with the article)
              place = r_.english_place(pe.kb >= 0 ? kb(pe.kb).short_label("en") : pe.label_en);
              if (place_entity) *place_entity = x.entity;
              k = x.end;
              break;
            }
          }
          if (!place.empty()) {
            if (k != end && !(s_.match.offsets[k] == s_.match.offsets[k + 1] && !m.period.empty())) return {};
            break;
          }
        }
        if (c == "topic" || c == "in" || c == "relating") {
          k = f->end;
          continue;
        }
        if (c == "period") break;  // (the years it covers are not its topic)
        // (nor the parties it is between: التعاون الثقافي بين حكومة البحرين ...)
        if (c == "between" && !items.empty()) break;
      }
      if (!m.period.empty() && s_.match.offsets[k] == s_.match.offsets[k + 1]) break;  // (2023-2027)
      // حول إدلب، بشأن اليمن: a place alone is the topic (on Idlib)
      if (items.empty()) {
        for (const Mention& x : ms_) {
          if (x.begin != k || x.end != end || x.coarse != "Place" || x.entity < 0) continue;
          const Entity& pe = es_[static_cast<size_t>(x.entity)];
          return r_.english_place(pe.kb >= 0 ? kb(pe.kb).short_label("en") : pe.label_en);
        }
      }
      const lexicon::TopicEntry* best = nullptr;
      uint32_t best_end = k;
      bool conj = false;
      for (uint32_t c = s_.match.offsets[k]; c < s_.match.offsets[k + 1]; ++c) {
        const auto* starting = r_.topics_starting(s_.match.candidates[c].stem);
        if (!starting) continue;
        for (uint32_t ti : *starting) {
          const auto& t = r_.topics()[ti];
          uint32_t n = 1;
          while (n < t.stems.size() && k + n < end && r_.matcher().token_is(s_.match, k + n, t.stems[n])) ++n;
          if (n == t.stems.size() && k + n > best_end) {
            best = &t;
            best_end = k + n;
            conj = (s_.match.candidates[c].flags & lexicon::kConj) != 0;
          }
        }
      }
      if (!best) return {};
      items.push_back({best, conj});
      k = best_end;
    }
    const std::string& and_word = r_.en_template("and");
    auto joined = [&](const std::vector<std::string>& parts) {
      std::string out;
      for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? " " + and_word + " " : ", ";
        out += parts[i];
      }
      return out;
    };
    std::vector<std::string> attributes, phrases;
    std::string noun;
    bool coordinated = false;  // a noun joined by و is one of several (الصداقة والتعاون): the groups below
    for (const auto& it : items) {
      if (it.entry->cls == "noun" && it.conj) {
        attributes.push_back(it.entry->en);
        coordinated = true;
        continue;
      }
      if (it.entry->cls == "noun") {
        if (!noun.empty()) return {};
        noun = it.entry->en;
      } else if (it.entry->cls == "attribute") {
        attributes.push_back(it.entry->en);
      } else {
        phrases.push_back(it.entry->en);
      }
    }
    const std::string in_place = place.empty() || place_entity
                                     ? std::string()
                                     : " " + fill_template(r_.en_template("topic-in-place"), {{"place", place}});
    if (!phrases.empty()) {
      return attributes.empty() && noun.empty() && !coordinated ? joined(phrases) + in_place : std::string();
    }
    if (!noun.empty() && !coordinated) {
      return (attributes.empty() ? noun : joined(attributes) + " " + noun) + in_place;
    }
    for (uint32_t c = s_.match.offsets[m.topic]; c < s_.match.offsets[m.topic + 1]; ++c) {
      *attributive |= (s_.match.candidates[c].flags & lexicon::kPrepL) != 0;
    }
    // groups: a word, then the adjectives that follow it without و
    std::vector<std::string> groups;
    std::vector<std::string> group;
    auto close = [&] {
      std::string g;
      for (auto w = group.rbegin(); w != group.rend(); ++w) g += (g.empty() ? "" : " ") + *w;
      if (!g.empty()) groups.push_back(g);
      group.clear();
    };
    for (const auto& it : items) {
      if (it.conj) close();
      group.push_back(it.entry->en);
    }
    close();
    if (!in_place.empty()) *attributive = false;  // (Water Security in Jordan is no kind)
    return joined(groups) + in_place;
  }

  /// The one event a sentence refers to: the event its back references
  /// (القمة، الاجتماع) name, else the only event it names; -1 if none or
  /// several. Mentions nested in `doc` do not count.
  int32_t event_of_sentence(uint32_t sentence, uint32_t doc) const {
    int32_t back = -1, any = -1;
    bool back_many = false, any_many = false;
    for (uint32_t k = 0; k < ms_.size(); ++k) {
      const Mention& x = ms_[k];
      if (x.sentence != sentence || x.coarse != "Event" || x.entity < 0) continue;
      if (x.parent == static_cast<int32_t>(doc)) continue;
      // (not an event placed before or after the article's: وصدر بيان
      // مشترك ... على عقد الاجتماع المقبل)
      if (x.kind == MentionKind::kPhrase) {
        const Parts p = parse(k, Table::kEventHead, "event");
        if (std::any_of(p.modifiers.begin(), p.modifiers.end(),
                        [&](const std::string& m) { return !r_.en_template("deictic/" + m).empty(); })) {
          continue;
        }
      }
      if (x.kind == MentionKind::kBackRef) {
        back_many |= back >= 0 && back != x.entity;
        back = x.entity;
      }
      any_many |= any >= 0 && any != x.entity;
      any = x.entity;
    }
    if (back >= 0) return back_many ? -1 : back;
    return any_many ? -1 : any;
  }

  const EnglishNamer& namer_;
  const lexicon::Resources& r_;
  const mentions::Recognizer::Scratch& s_;
  const std::vector<Mention>& ms_;
  std::vector<Entity>& es_;
  const std::string& sides_;  ///< the article's two sides (Egypt-US), after relations; else empty
  std::vector<uint8_t> state_;  ///< organisations: 0 not named yet, 1 naming, 2 named
};

}  // namespace

std::vector<std::string> english_person_names(const lexicon::Resources& r, std::string_view arabic) {
  std::vector<std::string> words;
  for (auto& w : split(arabic, ' ')) {
    if (!w.empty()) words.push_back(std::move(w));
  }
  if (words.size() < 2) return {};
  const auto& folder = r.tokenizer().folder();
  // (`joined`: also two words a particle starts as one name: بن صالح is
  // bin Saleh in a Gulf name, Bensalah in a Maghrebi one; the particle
  // apart first, when every word has spellings so)
  auto spell = [&](bool joined, std::vector<const std::vector<std::string>*>& parts) {
    for (size_t i = 0; i < words.size();) {
      // عبد الله: two words the list spells as one name
      if (i + 1 < words.size() && (joined || !r.is_name_particle(folder.key(words[i])))) {
        if (const auto* two = r.name_word_en(folder.key(words[i] + ' ' + words[i + 1]))) {
          parts.push_back(two);
          i += 2;
          continue;
        }
      }
      const auto* one = r.name_word_en(folder.key(words[i]));
      if (!one) return false;  // a word the list does not spell: no English name
      parts.push_back(one);
      ++i;
    }
    return parts.size() >= 2;
  };
  std::vector<const std::vector<std::string>*> parts, joined_parts;
  const bool apart = spell(false, parts);
  const bool joined = spell(true, joined_parts);
  if (!apart) {
    if (!joined) return {};
    parts.swap(joined_parts);  // (عبد الله is read only together)
  }
  if (!apart || !joined || joined_parts.size() == parts.size()) joined_parts.clear();
  auto spelled = [&](size_t at, size_t variant) {
    std::string out;
    for (size_t p = 0; p < parts.size(); ++p) {
      if (p) out += ' ';
      out += (*parts[p])[p == at ? variant : 0];
    }
    return out;
  };
  std::vector<std::string> out{spelled(parts.size(), 0)};
  if (!joined_parts.empty()) {
    std::string together;
    for (const auto* p : joined_parts) together += (together.empty() ? "" : " ") + p->front();
    out.push_back(std::move(together));
  }
  auto add = [&](std::string alt) {
    // (Al-Suwaidi and Al Suwaidi are one spelling)
    auto same = [&](const std::string& have) {
      if (have.size() != alt.size()) return false;
      for (size_t c = 0; c < alt.size(); ++c) {
        const bool gap = (alt[c] == '-' || alt[c] == ' ') && (have[c] == '-' || have[c] == ' ');
        if (!gap && alt[c] != have[c]) return false;
      }
      return true;
    };
    if (out.size() <= kMaxNameSpellings && std::none_of(out.begin(), out.end(), same)) out.push_back(std::move(alt));
  };
  // one word spelled otherwise, then two (Khaled Yousef for Khalid Youssef);
  // the particles' other spellings last (ben for bin)
  std::vector<const std::vector<std::string>*> particles;
  for (const auto& w : words) {
    if (r.is_name_particle(folder.key(w))) particles.push_back(r.name_word_en(folder.key(w)));
  }
  std::vector<size_t> order;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t p = 0; p < parts.size(); ++p) {
      const bool particle = std::find(particles.begin(), particles.end(), parts[p]) != particles.end();
      if (particle == (pass == 1)) order.push_back(p);
    }
  }
  for (size_t p : order) {
    for (size_t v = 1; v < parts[p]->size(); ++v) add(spelled(p, v));
  }
  for (size_t p = 0; p < parts.size(); ++p) {
    for (size_t q = p + 1; q < parts.size(); ++q) {
      for (size_t v = 1; v < parts[p]->size(); ++v) {
        for (size_t w = 1; w < parts[q]->size(); ++w) {
          std::string alt;
          for (size_t x = 0; x < parts.size(); ++x) {
            if (x) alt += ' ';
            alt += (*parts[x])[x == p ? v : x == q ? w : 0];
          }
          add(std::move(alt));
        }
      }
    }
  }
  return out;
}

std::string join_parties(const lexicon::Resources& r, const std::string& list, const std::string& one) {
  return list.empty() ? one : fill_template(r.en_template("parties"), {{"a", list}, {"b", one}});
}

std::string fill_template(const std::string& tmpl,
                          const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  for (size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close == std::string::npos) break;
      std::string name = tmpl.substr(i + 1, close - i - 1);
      for (const auto& [k, v] : values) {
        if (name == k) out += v;
      }
      i = close + 1;
    } else {
      out.push_back(tmpl[i++]);
    }
  }
  std::string clean;
  for (char ch : out) {
    if (ch == ' ' && (clean.empty() || clean.back() == ' ')) continue;
    clean.push_back(ch);
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  return clean;
}

std::string EnglishNamer::ordinal(uint32_t n) const {
  const std::string& word = r_->en_template("ordinal/" + std::to_string(n));
  return word.empty() ? r_->en_ordinal(n) : word;
}

const std::string& EnglishNamer::template_for(const std::string& kind, const std::string& head) const {
  const std::string& specific = r_->en_template(kind + "/" + head);
  return specific.empty() ? r_->en_template(kind) : specific;
}

void EnglishNamer::name(const mentions::Recognizer::Scratch& scratch, const std::vector<Mention>& mentions,
                        std::vector<Entity>& entities, const std::string& sides) const {
  Run(*this, *r_, scratch, mentions, entities, sides).all();
}

}  // namespace khabar::entities
