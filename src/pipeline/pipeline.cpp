#include "pipeline/pipeline.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "core/tsv.h"
#include "core/vocab.h"
#include "entities/english.h"
#include "pipeline/encounters.h"
#include "pipeline/event_dates.h"

namespace khabar::pipeline {
namespace {

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64-bit offset basis
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

/// An id as an IRI path segment: unreserved ASCII kept, the rest %-encoded.
std::string iri_segment(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

/// Language tag of the Latin transliteration of an Arabic name (BCP 47 with
/// the RFC 6497 `t` extension: Arabic, in Latin script, transformed from
/// Arabic). A skos:altLabel only; never the English label.
constexpr const char* kArabicLatinTag = "ar-Latn-t-ar";
/// The class of visits and the modifier class of their kind (رسمية، دولة).
constexpr const char* kVisitClass = "Visit";
constexpr const char* kVisitKindClass = "visit";
/// Classes of titles.tsv whose English goes before a name: courtesy titles
/// (Prince, Sheikh) and offices only a head of state holds (King, President).
constexpr const char* kHonorificClass = "honorific";
constexpr const char* kHeadOfficeClass = "head-office";
/// At most this many more names of a visit by the visitor's English aliases.
constexpr size_t kMaxVisitorAliases = 3;
/// How many spellings of a name the courtesy title the text writes is put
/// before (Sheikh Khalifa bin Ibrahim, Sheikh Khalifa bin Ebrahim ...).
constexpr size_t kMaxTitledSpellings = 3;

/// True when `s` has a letter of the Arabic script.
bool has_arabic_letter(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    UErrorCode st = U_ZERO_ERROR;
    if (c >= 0 && u_isalpha(c) && uscript_getScript(c, &st) == USCRIPT_ARABIC) return true;
  }
  return false;
}

/// `text` through ICU's "Arabic-Latin; Latin-ASCII" transforms ("" when ICU
/// lacks them). The transliterator is created once per process (a function
/// static: thread-safe initialisation) and cloned once per thread, because
/// ICU does not promise that one instance may transliterate concurrently.
std::string arabic_to_latin(std::string_view text) {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII", UTRANS_FORWARD, st));
    if (U_FAILURE(st)) t.reset();
    return t;
  }();
  if (!prototype) return {};
  thread_local const std::unique_ptr<icu::Transliterator> own(prototype->clone());
  if (!own) return {};
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  own->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

/// The English name of the month of `date` (YYYY-MM...: month/N of
/// templates.tsv), or "" for a date without one.
const std::string& month_en(const lexicon::Resources& r, const std::string& date) {
  static const std::string none;
  if (date.size() < 7 || !std::isdigit(static_cast<unsigned char>(date[5])) ||
      !std::isdigit(static_cast<unsigned char>(date[6]))) {
    return none;
  }
  return r.en_template("month/" + std::to_string((date[5] - '0') * 10 + (date[6] - '0')));
}

}  // namespace

int64_t days_from_date(const std::string& d) {
  // Howard Hinnant's days_from_civil.
  int64_t y = std::stoi(d.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(d.substr(5, 2)));
  unsigned day = static_cast<unsigned>(std::stoi(d.substr(8, 2)));
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string date_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string detect_language(std::string_view text) {
  size_t arabic = 0, latin = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &st);
    if (script == USCRIPT_ARABIC) ++arabic;
    else if (script == USCRIPT_LATIN) ++latin;
  }
  return latin > arabic ? "en" : "ar";
}

Expected<std::unique_ptr<Pipeline>> Pipeline::create(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  auto res = lexicon::Resources::load(options.data_dir, options.kb_files);
  if (!res.ok()) return res.status();
  p->resources_ = std::move(res.value());
  p->recognizer_ = std::make_unique<mentions::Recognizer>(*p->resources_);
  // given names of every language folder (lexicons/<lang>/given_names.tsv)
  std::vector<std::filesystem::path> langs;
  for (const auto& d : std::filesystem::directory_iterator(std::filesystem::path(options.data_dir) / "lexicons")) {
    if (d.is_directory()) langs.push_back(d.path());
  }
  std::sort(langs.begin(), langs.end());
  for (const auto& lang : langs) {
    auto names = lang / "given_names.tsv";
    if (std::filesystem::exists(names)) KHABAR_TRY(p->recognizer_->load_given_names(names.string()));
  }
  p->resolver_ = std::make_unique<entities::Resolver>(*p->resources_);
  auto engine = relate::RuleEngine::load(*p->resources_);
  if (!engine.ok()) return engine.status();
  p->engine_ = std::move(engine.value());
  return p;
}

void Pipeline::relation_labels(const Workspace& ws, size_t ei, const std::string& published, const std::string& when,
                               graph::Node& n) const {
  const auto& r = *resources_;
  const auto& ents = ws.entities;
  const auto& e = ents[ei];
  // (a known entity's English names are the knowledge base's: the Paris
  // Agreement is no Egypt-Jordan Paris Agreement)
  if (e.label_en.empty() || e.kb >= 0) return;
  auto add = [&n](std::string alt) {
    if (alt.empty()) return;
    for (const auto& have : n.alt_labels) {
      if (have.lang == "en" && have.text == alt) return;
    }
    for (const auto& have : n.labels) {
      if (have.lang == "en" && have.text == alt) return;
    }
    n.alt_labels.push_back({"en", std::move(alt)});
  };
  // {label} ({Month} {year}) for a date of at least year and month, else ""
  auto month_year = [&](const std::string& label, const std::string& date) -> std::string {
    const std::string& month = month_en(r, date);
    if (label.empty() || month.empty()) return {};
    return entities::fill_template(r.en_template("dated-event/month-year"),
                                   {{"label", label}, {"year", date.substr(0, 4)}, {"month", month}});
  };
  auto english = [&](int32_t x) -> std::string {
    const auto& o = ents[static_cast<size_t>(x)];
    if (o.kb >= 0) return r.kb().entities()[static_cast<size_t>(o.kb)].short_label("en");
    return o.label_en;
  };
  if (e.cls == kVisitClass) {
    // Narendra Modi's official visit to Kuwait (December 2024): the visitor
    // and the place of the visit's sentence (template visit-of-person), its
    // kind (modifiers of class visit) and its date, else the article's
    // (the visitor and place of the article's visits when it tells of one
    // visit and one visitor: the sentence of the visit may say only "the
    // visit he is paying to the country")
    const auto& first = ws.mentions[e.mentions.front()];
    int32_t visitor = -1, place = -1;
    auto pick = [&](bool same_sentence) {
      for (const auto& rel : ws.relations) {
        if (rel.predicate != "visited" || (same_sentence && rel.sentence != first.sentence)) continue;
        if (!same_sentence && visitor >= 0 && rel.subject != visitor) {
          visitor = -1;  // visits of two visitors
          return;
        }
        const bool country = ents[static_cast<size_t>(rel.object)].cls == "Country";
        if (visitor < 0 || (country && (place < 0 || ents[static_cast<size_t>(place)].cls != "Country"))) {
          visitor = rel.subject;
          place = rel.object;
        }
      }
    };
    pick(true);
    const auto visits = std::count_if(ents.begin(), ents.end(),
                                      [](const auto& x) { return x.cls == kVisitClass && !x.mentions.empty(); });
    if (visitor < 0 && visits == 1) {
      pick(false);
    }
    if (visitor < 0) return;
    std::string kind;
    for (uint32_t t = first.begin; t < first.end && kind.empty(); ++t) {
      for (uint32_t k = ws.scratch.first[t]; k < ws.scratch.first[t + 1]; ++k) {
        const auto& m = ws.scratch.matches[k];
        if (m.table == lexicon::Table::kModifier && r.class_of(m) == kVisitKindClass) {
          kind = r.table(lexicon::Table::kModifier).entries[m.payload].extra_at(0);
          break;
        }
      }
    }
    // (a visit to a city is a visit to its country too, which English
    // names first: Bassirou Diomaye Faye's official visit to Turkey)
    std::string destination = english(place), city;
    if (const auto& p = ents[static_cast<size_t>(place)]; p.cls == "City" && p.kb >= 0) {
      const auto& facts = r.kb().entities()[static_cast<size_t>(p.kb)].facts;
      if (auto it = facts.find("country"); it != facts.end()) {
        if (const int32_t country = r.kb().index(it->second); country >= 0) {
          city = destination;
          destination = r.kb().entities()[static_cast<size_t>(country)].short_label("en");
        }
      }
    }
    // (the United Kingdom, the Gaza Strip: names English writes with the article)
    destination = r.english_place(destination);
    // (template visit-of-person, or another form of it)
    auto visit_name = [&](const std::string& who, const std::string& how, const std::string& where,
                          const char* form = "visit-of-person") {
      return entities::fill_template(r.en_template(form), {{"visitor", who}, {"kind", how}, {"destination", where}});
    };
    // (a visitor or place of no English name: none is composed)
    if (english(visitor).empty() || destination.empty()) return;
    std::string label = visit_name(english(visitor), kind, destination);
    if (label.empty()) return;
    for (auto& l : n.labels) {
      if (l.lang == "en") {
        add(l.text);
        l.text = label;
      }
    }
    // ... also by the visitor's other English names (Mohamed bin Zayed for
    // Mohamed bin Zayed Al Nahyan), acronyms aside
    std::vector<std::string> labels{label}, visitors{english(visitor)};
    const auto& v = ents[static_cast<size_t>(visitor)];
    if (v.kb >= 0) {
      for (const auto& l : r.kb().entities()[static_cast<size_t>(v.kb)].labels) {
        if (l.lang != "en" || l.kind != "alias" || labels.size() > kMaxVisitorAliases) continue;
        std::string alt = visit_name(l.text, kind, destination);
        if (std::find(labels.begin(), labels.end(), alt) == labels.end()) {
          labels.push_back(std::move(alt));
          visitors.push_back(l.text);
        }
      }
    }
    // ... by the name news gives the visitor again, alone or after the
    // title the text writes before the name (Erdoğan's official visit to
    // Qatar, state visit of President Sisi to Qatar, Prince Faisal bin
    // Farhan's visit to Iran)
    if (v.kb >= 0) {
      const std::string surname = r.kb().entities()[static_cast<size_t>(v.kb)].surname("en");
      std::vector<std::string> again;
      if (!surname.empty()) again.push_back(surname);
      for (const std::string& title : titles_before_name(ws, static_cast<size_t>(visitor))) {
        again.push_back(entities::fill_template(r.en_template("titled-person"),
                                                {{"title", title}, {"name", surname.empty() ? english(visitor) : surname}}));
      }
      for (auto& who : again) {
        labels.push_back(visit_name(who, kind, destination));
        if (!kind.empty()) labels.push_back(visit_name(who, "", destination));
        visitors.push_back(std::move(who));
      }
      // (Sisi's visit to Doha)
      if (!surname.empty() && !city.empty()) labels.push_back(visit_name(surname, "", city));
    }
    if (!city.empty()) {
      labels.push_back(visit_name(english(visitor), kind, city));
    }
    // ... and without its kind (Hakan Fidan's visit to Syria), and the
    // other way English writes it, by each of those names (State visit of X
    // to the United Kingdom)
    if (!kind.empty()) {
      labels.push_back(visit_name(english(visitor), "", destination));
    }
    for (const auto& who : visitors) {
      if (std::string of = visit_name(who, kind, destination, "visit-of-person-of"); !of.empty()) {
        of[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(of[0])));  // (a name starts with a capital)
        labels.push_back(std::move(of));
      }
    }
    const std::string date = when.size() >= 7 ? when : published;
    for (const auto& one : labels) {
      add(one);
      add(month_year(one, date));
    }
    return;
  }
  if (e.coarse == "Event") {
    // منتدى الاستثمار السوري السعودي 2025: a year written right after the
    // name is part of it (Syrian-Saudi Investment Forum 2025)
    for (uint32_t mi : e.mentions) {
      const auto& m = ws.mentions[mi];
      if (m.kind != mentions::MentionKind::kPhrase || m.end >= ws.doc.tokens().size()) continue;
      // (or ends the name: كأس العالم 2030)
      const int y_in = m.end > m.begin + 1 ? year_of(ws.doc.key(m.end - 1)) : 0;
      if (const int y = y_in > 0 ? y_in : year_of(ws.doc.key(m.end)); y > 0) {
        std::vector<std::string> names{e.label_en};
        names.insert(names.end(), e.alt_labels_en.begin(), e.alt_labels_en.end());
        for (const auto& name : names) {
          add(entities::fill_template(r.en_template("named-event/year"),
                                      {{"label", name}, {"year", std::to_string(y)}}));
        }
        // (and first: 2030 FIFA World Cup)
        add(entities::fill_template(r.en_template("dated-event/year-first"),
                                    {{"label", e.label_en}, {"year", std::to_string(y)}}));
        break;
      }
    }
    // 2024 BRICS Summit, 15th Islamic Summit (Banjul, 2024): the year first,
    // the city it was held in (templates placed-event/..., dated-event/...)
    std::string city, host_country;
    for (const auto& rel : ws.relations) {
      if (rel.subject != static_cast<int32_t>(ei) || rel.predicate != "hostedIn") continue;
      if (ents[static_cast<size_t>(rel.object)].cls == "City") {
        city = english(rel.object);
        break;
      }
      if (ents[static_cast<size_t>(rel.object)].cls == "Country" && host_country.empty()) {
        host_country = english(rel.object);
      }
    }
    // (a name that says its city already: Beijing Summit, not Beijing
    // Summit (Beijing))
    auto named_with = [&](const std::string& place) {
      return (" " + e.label_en + " ").find(" " + place + " ") != std::string::npos;
    };
    if (!city.empty() && named_with(city)) city.clear();
    const std::string year = when.size() >= 4 ? when.substr(0, 4) : std::string();
    if (!year.empty() && e.ordinal == 0) {
      add(entities::fill_template(r.en_template("dated-event/year-first"), {{"label", e.label_en}, {"year", year}}));
    }
    // 2024 G20 Summit, 2024 G20 Rio de Janeiro Summit, 2024 Washington
    // Summit: the way English names some heads by year, series and city
    // (templates .../<head>)
    if (!year.empty() && !e.head_en.empty()) {
      const std::vector<std::pair<std::string, std::string>> parts{
          {"year", year}, {"series", e.series_en}, {"city", city}, {"head", e.head_en}};
      if (!e.series_en.empty()) add(entities::fill_template(r.en_template("dated-event/year-series/" + e.head_en), parts));
      if (!city.empty()) {
        add(entities::fill_template(
            r.en_template((e.series_en.empty() ? "placed-event/year-city/" : "placed-event/year-series-city/") + e.head_en),
            parts));
        if (!e.series_en.empty()) add(entities::fill_template(r.en_template("placed-event/series-city/" + e.head_en), parts));
      }
    }
    // (held in a country the text names without a city: 45th GCC Summit
    // (Kuwait, December 2024))
    if (city.empty() && !host_country.empty() && !named_with(host_country)) {
      city = host_country;
    }
    if (!city.empty()) {
      add(entities::fill_template(r.en_template("placed-event/city"), {{"label", e.label_en}, {"city", city}}));
      if (!year.empty()) {
        add(entities::fill_template(r.en_template("placed-event/city-year"),
                                    {{"label", e.label_en}, {"city", city}, {"year", year}}));
      }
      if (const std::string& month = month_en(r, when); !month.empty()) {
        add(entities::fill_template(r.en_template("placed-event/city-month-year"),
                                    {{"label", e.label_en}, {"city", city}, {"year", year}, {"month", month}}));
        // (talks in Muscat (April 2025): the place in the name, the date after)
        add(entities::fill_template(r.en_template("placed-event/in-city-month-year"),
                                    {{"label", e.label_en}, {"city", city}, {"year", year}, {"month", month}}));
      }
      add(entities::fill_template(r.en_template("placed-event/in-city"), {{"label", e.label_en}, {"city", city}}));
    }
  } else if (e.coarse == "Document") {
    // India-Kuwait Joint Statement: the two states that signed it (or whose
    // officials did) (template document-of-parties)
    std::vector<int32_t> states;
    auto note = [&](int32_t c) {
      if (std::find(states.begin(), states.end(), c) == states.end()) states.push_back(c);
    };
    // (first the states it is named between: اتفاقية ... بين الإمارات واليابان)
    for (size_t mi = 0; mi < ws.mentions.size(); ++mi) {
      if (ws.mentions[mi].entity != static_cast<int32_t>(ei)) continue;
      for (const auto& x : ws.mentions) {
        if (x.parent == static_cast<int32_t>(mi) && x.party && x.entity >= 0 &&
            ents[static_cast<size_t>(x.entity)].cls == "Country") {
          note(x.entity);
        }
      }
    }
    if (states.size() != 2) states.clear();
    // the parties `is_party` accepts that signed it or whose officials did,
    // added to `into` (each once) until it has `enough`
    auto add_signers = [&](auto is_party, std::vector<int32_t>& into, size_t enough) {
      auto note_party = [&](int32_t x) {
        if (is_party(ents[static_cast<size_t>(x)]) && std::find(into.begin(), into.end(), x) == into.end()) {
          into.push_back(x);
        }
      };
      for (const auto& rel : ws.relations) {
        if (into.size() >= enough) break;
        if (rel.object != static_cast<int32_t>(ei) || rel.predicate != "signed") continue;
        note_party(rel.subject);
        if (ents[static_cast<size_t>(rel.subject)].coarse != "Person") continue;
        for (const auto& office : ws.relations) {
          if (office.subject == rel.subject && office.predicate == "officialOf") note_party(office.object);
        }
      }
    };
    add_signers([](const entities::Entity& x) { return x.cls == "Country"; }, states, 2);
    // India-Kuwait Joint Statement (December 2024): a document of a kind
    // two parties make (template document-of-sides/<class>) that names no
    // signers and that no event issued (that event may be of more) is the
    // two sides' of the article: those its meetings are between, else the
    // two states whose officials it names; not when the document's sentence
    // names a third state
    const bool of_event = std::any_of(ws.relations.begin(), ws.relations.end(), [&](const auto& rel) {
      return rel.predicate == "issued" && rel.object == static_cast<int32_t>(ei) &&
             ents[static_cast<size_t>(rel.subject)].coarse == "Event";
    });
    const bool between_sides = std::any_of(e.mentions.begin(), e.mentions.end(),
                                           [&](uint32_t mi) { return ws.mentions[mi].between_sides; });
    if (states.size() != 2 && (between_sides || (!of_event && !r.en_template("document-of-sides/" + e.cls).empty()))) {
      states = article_sides(ws);
      for (uint32_t mi : e.mentions) {
        for (const auto& x : ws.mentions) {
          if (x.sentence != ws.mentions[mi].sentence || x.entity < 0) continue;
          if (ents[static_cast<size_t>(x.entity)].cls == "Country" &&
              std::find(states.begin(), states.end(), x.entity) == states.end()) {
            states.clear();
          }
        }
      }
    }
    if (states.size() == 2) {
      // (the parties named, a word that says there are two goes: the
      // UAE-Russia Agreement, not the UAE-Russia Bilateral Agreement)
      // (its name on its topic, and by its kind alone: India-Kuwait
      // Memorandum of Understanding on Defence Cooperation, India-Kuwait
      // Memorandum of Understanding)
      for (std::string base : {e.name_en.empty() ? e.label_en : e.name_en, e.kind_en}) {
        if (base.empty()) continue;
        for (const auto& redundant : split(r.en_template("redundant-with-parties"), '|')) {
          const std::string word = redundant + " ";
          if (size_t at = base.find(word); !redundant.empty() && at != std::string::npos) base.erase(at, word.size());
        }
        // (English names the two in either order, by their names or their
        // adjectives: Egypt-China, China-Egypt, Saudi-Italian)
        auto adjective = [&](int32_t x) {
          const auto& o = ents[static_cast<size_t>(x)];
          return o.kb >= 0 ? r.kb().entities()[static_cast<size_t>(o.kb)].adjective("en") : std::string();
        };
        for (const auto& [a, b] : {std::pair{states[0], states[1]}, std::pair{states[1], states[0]}}) {
          for (const auto& [one, two] : {std::pair{english(a), english(b)}, std::pair{adjective(a), adjective(b)}}) {
            if (one.empty() || two.empty()) continue;
            std::string label = entities::fill_template(r.en_template("document-of-parties"),
                                                        {{"label", base}, {"a", one}, {"b", two}});
            add(label);
            add(month_year(label, when.size() >= 7 ? when : published));
          }
          // (and after it, by their names: Framework Agreement on Defence
          // Cooperation between Turkey and Somalia)
          if (!english(a).empty() && !english(b).empty()) {
            add(entities::fill_template(r.en_template("document-between-parties"),
                                        {{"label", base}, {"a", r.english_place(english(a))},
                                         {"b", r.english_place(english(b))}}));
          }
        }
      }
    } else {
      // مذكرة تفاهم بين أرامكو السعودية وكيبكو: a document between two
      // bodies is named by them too (Saudi Aramco-KEPCO Memorandum of
      // Understanding, by their names and their acronyms)
      std::vector<int32_t> bodies;
      for (uint32_t mi : e.mentions) {
        for (const auto& x : ws.mentions) {
          if (x.parent != static_cast<int32_t>(mi) || !x.party || x.entity < 0 || x.coarse != "Organization") continue;
          if (std::find(bodies.begin(), bodies.end(), x.entity) == bodies.end()) bodies.push_back(x.entity);
        }
      }
      // (else the two bodies that signed it, or whose officials did:
      // Kuwait Fund-UNRWA Grant Agreement)
      if (bodies.size() < 2) {
        std::vector<int32_t> signers;
        add_signers([](const entities::Entity& x) { return x.coarse == "Organization"; }, signers, SIZE_MAX);
        if (signers.size() == 2) bodies = signers;
      }
      auto names_of = [&](int32_t x) {
        std::vector<std::string> names{english(x)};
        const auto& o = ents[static_cast<size_t>(x)];
        if (o.kb >= 0) {
          const auto& k = r.kb().entities()[static_cast<size_t>(o.kb)];
          names.push_back(k.short_label("en"));
          for (const auto& l : k.labels) {
            if (l.lang == "en" && l.kind == "acronym") names.push_back(l.text);
          }
        }
        names.erase(std::remove(names.begin(), names.end(), std::string()), names.end());
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        return names;
      };
      const std::string base = e.name_en.empty() ? e.label_en : e.name_en;
      if (bodies.size() == 2 && !base.empty()) {
        const auto first = names_of(bodies[0]), second = names_of(bodies[1]);
        for (const auto& one : first) {
          for (const auto& two : second) {
            add(entities::fill_template(r.en_template("document-of-parties"), {{"label", base}, {"a", one}, {"b", two}}));
          }
        }
        if (!first.empty() && !second.empty()) {
          add(entities::fill_template(r.en_template("document-between-parties"),
                                      {{"label", base}, {"a", english(bodies[0])}, {"b", english(bodies[1])}}));
        }
      }
    }
  }
}

std::vector<std::string> Pipeline::without_country(const lexicon::KbEntity& k) const {
  // A state's body's English names as its own country's copy writes them,
  // without the country (Independent Election Commission of Jordan,
  // Jordan's ..., Jordanian ...: Independent Election Commission); the
  // forms are the templates org-of-country, org-of-country-possessive and
  // org-of-country-adjective with the body's name as {head}, the longest
  // that fits (Saudi Arabian Foreign Ministry: not "Arabian Foreign
  // Ministry").
  std::vector<std::string> out;
  const auto& r = *resources_;
  const auto it = k.facts.find("country");
  const int32_t c = !k.key.starts_with("gov/") || it == k.facts.end() ? -1 : r.kb().index(it->second);
  if (c < 0) return out;
  const auto& country = r.kb().entities()[static_cast<size_t>(c)];
  constexpr const char* kHead = "\x01";
  std::vector<std::string> forms;
  if (const std::string name = country.short_label("en"); !name.empty()) {
    for (const char* t : {"org-of-country", "org-of-country-possessive"}) {
      forms.push_back(entities::fill_template(r.en_template(t), {{"head", kHead}, {"complement", r.english_place(name)}}));
    }
  }
  for (const auto& l : country.labels) {
    if (l.lang != "en" || l.kind != "adjective") continue;
    forms.push_back(entities::fill_template(r.en_template("org-of-country-adjective"), {{"head", kHead}, {"adjective", l.text}}));
  }
  for (const auto& l : k.labels) {
    if (l.lang != "en" || l.kind == "adjective" || l.kind == "acronym") continue;
    std::string bare;
    size_t longest = 0;
    for (const std::string& form : forms) {
      const size_t at = form.find(kHead);
      if (at == std::string::npos) continue;
      const std::string before = form.substr(0, at), after = form.substr(at + 1);
      if (before.size() + after.size() > longest && l.text.size() > before.size() + after.size() &&
          l.text.starts_with(before) && l.text.ends_with(after)) {
        bare = l.text.substr(before.size(), l.text.size() - before.size() - after.size());
        longest = before.size() + after.size();
      }
    }
    // (a name of more than its head alone: not "Ministry")
    if (bare.find(' ') != std::string::npos) out.push_back(std::move(bare));
  }
  return out;
}

void Pipeline::capital_labels(const Workspace& ws, size_t ei, graph::Node& n) const {
  // إعلان الجزائر: a country inside an event's or document's name whose name
  // also names its capital (knowledge-base fact capital) is the city there
  // too: each English name with the country's is also written with the
  // city's (Algeria Declaration: Algiers Declaration)
  const auto& r = *resources_;
  const auto& kb = r.kb().entities();
  std::vector<std::pair<std::string, std::string>> swaps;  // country's English, city's
  for (uint32_t mi : ws.entities[ei].mentions) {
    for (const auto& x : ws.mentions) {
      if (x.parent != static_cast<int32_t>(mi) || x.entity < 0) continue;
      const auto& c = ws.entities[static_cast<size_t>(x.entity)];
      if (c.kb < 0) continue;
      const auto& country = kb[static_cast<size_t>(c.kb)];
      const auto it = country.facts.find("capital");
      if (it == country.facts.end()) continue;
      if (const int32_t city = r.kb().index(it->second); city >= 0) {
        swaps.emplace_back(country.short_label("en"), kb[static_cast<size_t>(city)].short_label("en"));
      }
    }
  }
  for (const auto& [from, to] : swaps) {
    std::vector<std::string> names;
    for (const auto* v : {&n.labels, &n.alt_labels}) {
      for (const auto& l : *v) {
        if (l.lang == "en") names.push_back(l.text);
      }
    }
    for (const auto& name : names) {
      const size_t at = (" " + name + " ").find(" " + from + " ");
      if (from.empty() || at == std::string::npos) continue;
      std::string alt = name;
      alt.replace(at, from.size(), to);
      bool seen = false;
      for (const auto& have : n.alt_labels) seen |= have.lang == "en" && have.text == alt;
      if (!seen) n.alt_labels.push_back({"en", std::move(alt)});
    }
  }
}

std::vector<std::string> Pipeline::titles_before_name(const Workspace& ws, size_t ei) const {
  // The English of the courtesy titles (honorific) and head-of-state
  // offices (head-office) of titles.tsv that end where a name of the
  // entity starts, once each.
  const auto& r = *resources_;
  std::vector<std::string> out;
  for (uint32_t mi : ws.entities[ei].mentions) {
    const auto& m = ws.mentions[mi];
    if (m.kind != mentions::MentionKind::kTitled || m.label_begin <= m.begin) continue;
    for (uint32_t t = m.begin; t < m.label_begin; ++t) {
      for (uint32_t k = ws.scratch.first[t]; k < ws.scratch.first[t + 1]; ++k) {
        const auto& x = ws.scratch.matches[k];
        if (x.table != lexicon::Table::kTitle || x.end != m.label_begin) continue;
        const auto& title = r.table(lexicon::Table::kTitle).entries[x.payload];
        if (title.cls != kHonorificClass && title.cls != kHeadOfficeClass) continue;
        const std::string en = title.extra_at(0);
        if (!en.empty() && std::find(out.begin(), out.end(), en) == out.end()) out.push_back(en);
      }
    }
  }
  return out;
}

std::vector<int32_t> Pipeline::article_sides(const Workspace& ws) const {
  // The two states of every meeting, call and visit between officials of
  // two states, and of every meeting two such officials co-chaired, when
  // all name the same two; with none of those, the two states whose
  // officials the article names, when there are two; else none.
  const auto& ents = ws.entities;
  auto state_of = [&](int32_t person) {
    int32_t state = -1;
    for (const auto& rel : ws.relations) {
      if (rel.subject != person || rel.predicate != "officialOf" ||
          ents[static_cast<size_t>(rel.object)].cls != "Country") {
        continue;
      }
      if (state >= 0 && state != rel.object) return -2;  // officials of two states
      state = rel.object;
    }
    return state;
  };
  std::vector<int32_t> sides;
  bool agree = true;
  auto note = [&](int32_t a, int32_t b) {
    if (a < 0 || b < 0 || a == b) return;
    if (sides.empty()) {
      sides = {a, b};
    } else if (!((sides[0] == a && sides[1] == b) || (sides[0] == b && sides[1] == a))) {
      agree = false;
    }
  };
  for (size_t ri = 0; ri < ws.relations.size(); ++ri) {
    const auto& rel = ws.relations[ri];
    if (rel.predicate == "metWith" || rel.predicate == "spokeWith") {
      note(state_of(rel.subject), state_of(rel.object));
    } else if (rel.predicate == "visited" && ents[static_cast<size_t>(rel.object)].cls == "Country") {
      note(state_of(rel.subject), rel.object);
    } else if (rel.predicate == "coChaired") {
      for (size_t rj = ri + 1; rj < ws.relations.size(); ++rj) {
        const auto& other = ws.relations[rj];
        if (other.predicate == "coChaired" && other.object == rel.object) {
          note(state_of(rel.subject), state_of(other.subject));
        }
      }
    }
  }
  if (!agree) return {};
  // (else, when officials of exactly two states appear: the two)
  if (sides.empty()) {
    for (const auto& rel : ws.relations) {
      if (rel.predicate != "officialOf" || ents[static_cast<size_t>(rel.object)].cls != "Country") continue;
      if (std::find(sides.begin(), sides.end(), rel.object) != sides.end()) continue;
      if (sides.size() == 2) return {};
      sides.push_back(rel.object);
    }
    if (sides.size() != 2) return {};
    // (in the order the article first names them)
    auto first = [&](int32_t x) {
      uint32_t at = UINT32_MAX;
      for (uint32_t mi : ents[static_cast<size_t>(x)].mentions) at = std::min(at, ws.mentions[mi].begin);
      return at;
    };
    if (first(sides[1]) < first(sides[0])) std::swap(sides[0], sides[1]);
  }
  return sides;
}

std::string Pipeline::article_iri(const std::string& id) const {
  return options_.base_iri + "article/" + iri_segment(id);
}

std::string Pipeline::entity_iri(const entities::Entity& e, const std::string& article_id) const {
  if (e.kb >= 0) return options_.base_iri + resources_->kb().entities()[static_cast<size_t>(e.kb)].key;
  std::string identity = e.identity;
  if (e.article_scoped) identity += "\x1f" + article_id;
  return options_.base_iri + lower(e.coarse) + "/" + hex16(fnv1a(identity));
}

Expected<ArticleResult> Pipeline::tokenize_only(const Article& article, Workspace& ws) const {
  KHABAR_TRY(resources_->tokenizer().tokenize(article.text, ws.doc));
  ArticleResult result;
  result.article_iri = article_iri(article.id);
  for (const auto& t : ws.doc.tokens()) result.words += t.kind == text::TokenKind::kWord;
  return result;
}

Expected<ArticleResult> Pipeline::process(const Article& article, Workspace& ws, graph::Graph& out) const {
  const auto& r = *resources_;
  KHABAR_TRY(r.tokenizer().tokenize(article.text, ws.doc));
  recognizer_->recognize(ws.doc, ws.scratch, ws.mentions);
  std::string lang = article.lang.empty() ? detect_language(article.text) : article.lang;
  resolver_->resolve(ws.doc, ws.scratch, ws.mentions, lang, ws.entities);
  engine_->extract(ws.doc, ws.scratch, ws.mentions, ws.entities, ws.relations);
  // a body "between the two countries" is the article's two sides' (their
  // adjectives, the host's or caller's first: the first meeting's subject)
  if (std::any_of(ws.mentions.begin(), ws.mentions.end(), [](const auto& m) { return m.between_sides; })) {
    if (const auto sides = article_sides(ws); sides.size() == 2) {
      // (an organisation by their adjectives, Saudi-Egyptian; an event by
      // their short names, Egypt-US)
      std::vector<std::string> adjective, name;
      for (int32_t side : sides) {
        const auto& e = ws.entities[static_cast<size_t>(side)];
        if (e.kb < 0) break;
        const auto& k = r.kb().entities()[static_cast<size_t>(e.kb)];
        adjective.push_back(k.adjective("en"));
        name.push_back(k.short_label("en"));
      }
      auto joined = [&](const std::vector<std::string>& two) {
        if (two.size() != 2 || two[0].empty() || two[1].empty()) return std::string();
        return entities::fill_template(r.en_template("parties"), {{"a", two[0]}, {"b", two[1]}});
      };
      const std::string adjectives = joined(adjective), names = joined(name);
      resolver_->name_between_sides(ws.scratch, ws.mentions, adjectives, names, ws.entities);
    }
  }
  // (after the naming above, which names phrases again from their words)
  add_encounters(r, engine_->rules(), ws.doc, ws.scratch, ws.mentions, ws.entities, ws.relations);

  ArticleResult result;
  result.lang = lang;
  result.article_iri = article_iri(article.id);
  for (const auto& t : ws.doc.tokens()) result.words += t.kind == text::TokenKind::kWord;

  graph::Node a;
  a.iri = result.article_iri;
  a.kind = graph::NodeKind::kArticle;
  a.cls = "NewsArticle";
  a.article_id = article.id;
  a.url = article.url;
  a.title = article.title;
  a.lang = lang;
  a.date = article.date;
  out.add_node(std::move(a));

  const EventDates dates = date_events(r, ws.doc, ws.scratch, ws.mentions, ws.entities, article.date);

  std::vector<std::string> iris(ws.entities.size());
  for (size_t ei = 0; ei < ws.entities.size(); ++ei) {
    const auto& e = ws.entities[ei];
    if (e.mentions.empty()) continue;
    graph::Node n;
    n.iri = iris[ei] = entity_iri(e, article.id);
    n.cls = e.cls;
    n.coarse = e.coarse;
    if (!e.label.empty()) n.labels.push_back({lang, e.label});
    if (!e.label_en.empty() && lang != "en") n.labels.push_back({"en", e.label_en});
    for (const auto& alt : e.alt_labels_en) n.alt_labels.push_back({"en", alt});
    if (e.kb < 0 && e.coarse == "Person" && e.label_en.empty() && lang != "en") {
      // a name no entity of the KB has, every word of which the list of
      // name words spells in English
      std::vector<std::string> names = entities::english_person_names(r, e.label);
      if (!names.empty()) {
        // (and with the courtesy title the text writes before it: الأمير
        // علي بن الحسين, Prince Ali bin Al Hussein)
        // (the first few spellings: Sheikh Khalifa bin Ebrahim Al Khalifa)
        const size_t spellings = std::min(names.size(), kMaxTitledSpellings);
        for (const std::string& title : titles_before_name(ws, ei)) {
          for (size_t k = 0; k < spellings; ++k) {
            names.push_back(entities::fill_template(r.en_template("titled-person"), {{"title", title}, {"name", names[k]}}));
          }
        }
      }
      for (size_t k = 0; k < names.size(); ++k) {
        if (k == 0) {
          n.labels.push_back({"en", std::move(names[k])});
        } else {
          n.alt_labels.push_back({"en", std::move(names[k])});
        }
      }
    }
    for (const auto& alt : e.alt_labels) n.alt_labels.push_back({lang, alt});
    if (e.kb < 0 && (e.coarse == "Person" || e.label_en.empty()) && has_arabic_letter(e.label)) {
      // A name not in the KB (a person, or anything without an English
      // label): a marked Latin transliteration, never the English label.
      std::string latin = arabic_to_latin(e.label);
      if (!latin.empty() && latin != e.label) {
        n.alt_labels.push_back({kArabicLatinTag, std::move(latin)});
      }
    }
    if (e.kb >= 0) {
      const auto& k = r.kb().entities()[static_cast<size_t>(e.kb)];
      n.wikidata = k.wikidata;
      n.geonames = k.geonames;
      // the knowledge base's other English names (King Abdullah II, NATO)
      if (lang != "en") {
        auto add_alt = [&](const std::string& text) {
          if (text.empty() || text == e.label_en) return;
          for (const auto& have : n.alt_labels) {
            if (have.lang == "en" && have.text == text) return;
          }
          n.alt_labels.push_back({"en", text});
        };
        for (const auto& l : k.labels) {
          if (l.lang == "en" && l.kind != "adjective") add_alt(l.text);
        }
        // ... and a person's as the name words spell the text's name (هيثم بن
        // طارق: Haitham bin Tariq, for the KB's Haitham bin Tarik)
        if (e.coarse == "Person") {
          std::vector<std::string_view> spelled;  // (each form of the name once)
          for (uint32_t mi : e.mentions) {
            const std::string& label = ws.mentions[mi].label;
            if (std::find(spelled.begin(), spelled.end(), label) != spelled.end()) continue;
            spelled.push_back(label);
            for (const std::string& name : entities::english_person_names(r, label)) add_alt(name);
          }
        }
        // ... and as the text's phrase names it (وزارة الصحة المصرية:
        // Ministry of Health of Egypt, for the Ministry of Health and
        // Population)
        if (e.coarse == "Organization") {
          for (uint32_t mi : e.mentions) add_alt(ws.mentions[mi].label_en);
          for (std::string& bare : without_country(k)) add_alt(bare);
        }
        // ... and with the courtesy title or head-of-state office the text
        // writes right before the name (الأمير فيصل بن فرحان: Prince Faisal
        // bin Farhan; فخامة الرئيس شي جين بينغ: President Xi Jinping)
        if (e.coarse == "Person") {
          for (const std::string& title : titles_before_name(ws, ei)) {
            for (const std::string& name : {k.short_label("en"), e.label_en}) {
              std::string alt = entities::fill_template(r.en_template("titled-person"), {{"title", title}, {"name", name}});
              bool seen = name.empty() || alt == e.label_en;
              for (const auto& have : n.alt_labels) seen |= have.lang == "en" && have.text == alt;
              if (!seen) n.alt_labels.push_back({"en", std::move(alt)});
            }
          }
        }
      }
    }
    n.date = dates.day[ei];
    // (talks and calls the text gives no date: the month of the article's,
    // which reports them)
    const std::string when = dates.named[ei].empty() && e.encounter && article.date.size() >= 7
                                  ? article.date.substr(0, 7)
                                  : dates.named[ei];
    // an event dated by the text is also known by its date: Arab Summit
    // (2024), Arab Summit (May 2024) (templates dated-event/...)
    // (the name by its series alone only with its date: ECOWAS Summit
    // (December 2024))
    if (e.coarse == "Event" && !e.label_en.empty() && when.size() >= 4 && lang != "en") {
      const std::string year = when.substr(0, 4);
      const std::string& month = month_en(r, when);
      // (a day the text says, YYYY-MM-DD: the UN Security Council Meeting (21
      // January 2025))
      const std::string day = when.size() == 10 && when[8] != '0' ? when.substr(8, 2)
                              : when.size() == 10                ? when.substr(9, 1)
                                                                 : std::string();
      std::vector<const std::string*> dated{&e.label_en, &e.short_en};
      for (const auto& other : e.dated_en) dated.push_back(&other);
      for (const std::string* label : dated) {
        // (not a bare head: Visit (May 2024) names nothing)
        if (label->empty() || *label == e.head_en) continue;
        for (const char* name : {"dated-event/year", "dated-event/month-year", "dated-event/day-month-year"}) {
          const std::string& tmpl = r.en_template(name);
          if (tmpl.empty() || (month.empty() && tmpl.find("{month}") != std::string::npos) ||
              (day.empty() && tmpl.find("{day}") != std::string::npos)) {
            continue;
          }
          std::string alt =
              entities::fill_template(tmpl, {{"label", *label}, {"year", year}, {"month", month}, {"day", day}});
          bool seen = alt == e.label_en;
          for (const auto& have : n.alt_labels) seen |= have.lang == "en" && have.text == alt;
          if (!seen) n.alt_labels.push_back({"en", std::move(alt)});
        }
      }
    }
    if (lang != "en") relation_labels(ws, ei, article.date, when, n);
    if (lang != "en" && (e.coarse == "Event" || e.coarse == "Document")) capital_labels(ws, ei, n);
    n.articles.push_back(result.article_iri);
    out.add_node(std::move(n));
  }
  for (const auto& rel : ws.relations) {
    const auto& s = iris[static_cast<size_t>(rel.subject)];
    const auto& o = iris[static_cast<size_t>(rel.object)];
    if (s.empty() || o.empty()) continue;
    graph::Evidence ev;
    ev.article = result.article_iri;
    ev.sentence = rel.sentence;
    const auto& toks = ws.doc.tokens();
    uint32_t b = toks[rel.begin].begin, e = toks[rel.end - 1].end;
    ev.begin = ws.doc.code_point_offset(b);
    ev.end = ws.doc.code_point_offset(e);
    const auto& sent = ws.doc.sentences()[rel.sentence];
    ev.text = std::string(ws.doc.slice(sent.begin, sent.end));
    ev.rule = rel.rule;
    ev.confidence = rel.confidence;
    out.add_edge(s, rel.predicate, o, std::move(ev));
  }

  // Mention records (the mentions export): the name span of every mention
  // of an entity in the graph, clitics left out, in code points of the
  // original text.
  {
    const auto& toks = ws.doc.tokens();
    const std::string& original = ws.doc.original();
    struct Span {
      uint32_t begin, end;  // bytes of the original text
      size_t entity;
    };
    std::vector<Span> spans;
    for (const auto& m : ws.mentions) {
      if (m.entity < 0 || static_cast<size_t>(m.entity) >= iris.size()) continue;
      const auto ei = static_cast<size_t>(m.entity);
      if (iris[ei].empty()) continue;
      uint32_t tb = m.label_begin, te = m.label_end, skip = m.label_skip;
      if (tb >= te) {  // no name span: the whole phrase
        tb = m.begin;
        te = m.end;
        skip = 0;
      }
      if (tb >= te || te > toks.size()) continue;
      const uint32_t b = std::min(toks[tb].begin + skip, toks[tb].end);
      const uint32_t ob = ws.doc.to_original(b), oe = ws.doc.to_original(toks[te - 1].end);
      if (ob < oe && oe <= original.size()) spans.push_back({ob, oe, ei});
    }
    // Byte -> code point offsets in one pass over the text.
    std::vector<uint32_t> offsets;
    offsets.reserve(spans.size() * 2);
    for (const auto& s : spans) offsets.insert(offsets.end(), {s.begin, s.end});
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    std::vector<uint32_t> cps(offsets.size());
    uint32_t byte = 0, cp = 0;
    for (size_t k = 0; k < offsets.size(); ++k) {
      for (; byte < offsets[k]; ++byte) cp += (static_cast<unsigned char>(original[byte]) & 0xC0) != 0x80;
      cps[k] = cp;
    }
    auto cp_of = [&](uint32_t off) {
      return cps[static_cast<size_t>(std::lower_bound(offsets.begin(), offsets.end(), off) - offsets.begin())];
    };
    std::vector<graph::MentionRecord> records;
    records.reserve(spans.size());
    for (const auto& s : spans) {
      records.push_back({cp_of(s.begin), cp_of(s.end), original.substr(s.begin, s.end - s.begin),
                         ws.entities[s.entity].coarse, iris[s.entity]});
    }
    out.add_mentions(result.article_iri, std::move(records));
  }
  return result;
}

void Pipeline::explain(const Workspace& ws, std::ostream& out) const {
  static const char* const kKinds[] = {"kb", "adjective", "titled", "phrase", "backref"};
  for (const auto& m : ws.mentions) {
    out << "mention s" << m.sentence << " " << kKinds[static_cast<int>(m.kind)] << " " << m.cls
        << (m.parent >= 0 ? " (nested)" : "") << " [" << m.label << "] tokens " << m.begin << "-" << m.end;
    if (m.entity >= 0) out << " -> e" << m.entity;
    out << "\n";
  }
  for (size_t i = 0; i < ws.entities.size(); ++i) {
    const auto& e = ws.entities[i];
    out << "entity e" << i << " " << e.cls << " [" << e.label << "]";
    if (!e.label_en.empty()) out << " en=[" << e.label_en << "]";
    out << " " << e.identity << "\n";
  }
  for (const auto& r : ws.relations) {
    out << "relation s" << r.sentence << " [" << ws.entities[static_cast<size_t>(r.subject)].label << "] "
        << r.predicate << " [" << ws.entities[static_cast<size_t>(r.object)].label << "] " << r.rule << " "
        << r.confidence << "\n";
  }
}

}  // namespace khabar::pipeline
