#include "lexicon/kb.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/tsv.h"
#include "lexicon/ontology.h"
#include "lexicon/sparql_json.h"

namespace khabar::lexicon {
namespace fs = std::filesystem;
namespace {

const std::string kEmpty;
constexpr std::string_view kWikidataEntity = "http://www.wikidata.org/entity/";
constexpr std::string_view kWikidataEntityHttps = "https://www.wikidata.org/entity/";

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// "Q" followed by at least one digit.
bool is_wikidata_id(std::string_view s) {
  return s.size() > 1 && s[0] == 'Q' && std::all_of(s.begin() + 1, s.end(), is_digit);
}

/// key ::= kind ("/" slug)+ ; kind ::= [a-z0-9]+ ; slug ::= [a-z0-9-]+
bool is_key(std::string_view s) {
  size_t slash = s.find('/');
  if (slash == 0 || slash == std::string_view::npos) return false;
  if (!std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(slash), is_lower_alnum)) return false;
  size_t seg = 0;
  for (size_t i = slash + 1; i < s.size(); ++i) {
    if (s[i] == '/') {
      if (seg == 0) return false;
      seg = 0;
    } else if (is_lower_alnum(s[i]) || s[i] == '-') {
      ++seg;
    } else {
      return false;
    }
  }
  return seg > 0;
}

/// language ::= [a-z]{2,3} ("-" [a-z0-9]{1,8})* (checked after lower-casing)
bool is_lang(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  size_t seg = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '-') {
      if (i + 1 == s.size() || (seg == 0 && s[i - 1] == '-')) return false;
      seg = 0;
    } else if (is_lower_alnum(s[i]) && ++seg <= 8) {
      continue;
    } else {
      return false;
    }
  }
  return true;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

/// A label as the KB keeps it: NFC, runs of white space and control
/// characters collapsed to one space, trimmed.
std::string clean_label(std::string_view text) {
  std::string spaced;
  bool space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F) {
      space = !spaced.empty();
      continue;
    }
    if (space) spaced.push_back(' ');
    space = false;
    spaced.push_back(ch);
  }
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(st);
  if (U_FAILURE(st)) return spaced;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(spaced);
  if (nfc->isNormalized(u, st) && U_SUCCESS(st)) return spaced;
  st = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, st);
  if (U_FAILURE(st)) return spaced;
  std::string out;
  n.toUTF8String(out);
  return out;
}

/// The Q id of a Wikidata entity IRI, or "".
std::string qid_of(const std::string& iri) {
  for (std::string_view prefix : {kWikidataEntity, kWikidataEntityHttps}) {
    if (iri.size() > prefix.size() && iri.compare(0, prefix.size(), prefix) == 0) {
      std::string q = iri.substr(prefix.size());
      return is_wikidata_id(q) ? q : std::string();
    }
  }
  return {};
}

/// Parses the `facts` field (`name=key;name=key`).
Status parse_facts(const std::string& field, std::map<std::string, std::string>& out,
                   const std::string& path, uint32_t line) {
  if (field.empty()) return {};
  for (const auto& fact : split(field, ';')) {
    auto eq = fact.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == fact.size()) {
      return Status(ErrorCode::kBadData, "bad fact '" + fact + "' (expected name=key)", path, line);
    }
    out[fact.substr(0, eq)] = fact.substr(eq + 1);
  }
  return {};
}

}  // namespace

std::string KbEntity::label(const std::string& lang) const {
  const KbLabel* cldr = nullptr;
  const KbLabel* any = nullptr;
  for (const auto& l : labels) {
    if (l.lang != lang) continue;
    if (l.kind == "name") return l.text;
    if (l.kind == "cldr" && !cldr) cldr = &l;
    if (!any && l.kind != "adjective" && l.kind != "acronym" && l.kind != "dateline") any = &l;
  }
  if (cldr) return cldr->text;
  return any ? any->text : std::string();
}

std::string KbEntity::short_label(const std::string& lang) const {
  auto it = short_names.find(lang);
  return it == short_names.end() ? label(lang) : it->second;
}

std::string KbEntity::surname(const std::string& lang) const {
  auto it = surnames.find(lang);
  return it == surnames.end() ? std::string() : it->second;
}

std::string KbEntity::adjective(const std::string& lang) const {
  for (const auto& l : labels) {
    if (l.lang == lang && l.kind == "adjective") return l.text;
  }
  return {};
}

bool KnowledgeBase::supported_by(uint32_t c, const std::vector<uint32_t>& named) const {
  auto is_named = [&](const std::string& key) {
    int32_t i = index(key);
    return i >= 0 && std::binary_search(named.begin(), named.end(), static_cast<uint32_t>(i));
  };
  const KbEntity& e = entities_[c];
  if (std::binary_search(named.begin(), named.end(), c)) return true;
  auto country = e.facts.find("country");
  if (country != e.facts.end() && is_named(country->second)) return true;
  for (uint32_t n : named) {
    auto in = entities_[n].facts.find("country");
    if (in != entities_[n].facts.end() && index(in->second) == static_cast<int32_t>(c)) return true;
  }
  return false;
}

const KbEntity* KnowledgeBase::find(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &entities_[it->second];
}

int32_t KnowledgeBase::index(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : static_cast<int32_t>(it->second);
}

int32_t KnowledgeBase::index_of_wikidata(const std::string& qid) const {
  auto it = by_wikidata_.find(qid);
  return it == by_wikidata_.end() ? -1 : static_cast<int32_t>(it->second);
}

const std::string& KnowledgeBase::class_of_wikidata(const std::string& qid) const {
  auto it = wikidata_classes_.find(qid);
  return it == wikidata_classes_.end() ? kEmpty : it->second;
}

Status KnowledgeBase::add_entity(KbEntity e, Merge merge, const std::string& path, uint32_t line,
                                 uint32_t* index) {
  auto known = e.wikidata.empty() ? by_wikidata_.end() : by_wikidata_.find(e.wikidata);
  auto it = by_key_.find(e.key);
  if (it == by_key_.end() && known != by_wikidata_.end()) {
    if (merge == Merge::kBuiltin) {
      return Status(ErrorCode::kBadData,
                    "Wikidata id " + e.wikidata + " already belongs to '" +
                        entities_[known->second].key + "'",
                    path, line);
    }
    // The same real-world entity under another key: link, don't duplicate.
    it = by_key_.emplace(e.key, known->second).first;
  }
  if (it == by_key_.end()) {
    auto i = static_cast<uint32_t>(entities_.size());
    by_key_.emplace(e.key, i);
    if (!e.wikidata.empty()) by_wikidata_.emplace(e.wikidata, i);
    e.extra = merge != Merge::kBuiltin;
    entities_.push_back(std::move(e));
    *index = i;
    return {};
  }
  // A known entity: complete it, never override.
  KbEntity& old = entities_[it->second];
  if (!e.wikidata.empty() && e.wikidata != old.wikidata) {
    const bool taken = known != by_wikidata_.end() && known->second != it->second;
    if (merge == Merge::kStrict && taken) {
      return Status(ErrorCode::kBadData,
                    "Wikidata id " + e.wikidata + " belongs to '" + entities_[known->second].key +
                        "', not to '" + e.key + "'",
                    path, line);
    }
    if (merge == Merge::kStrict && !old.wikidata.empty()) {
      return Status(ErrorCode::kBadData,
                    "'" + e.key + "' has Wikidata id " + old.wikidata + ", not " + e.wikidata, path, line);
    }
    if (old.wikidata.empty() && !taken) {
      old.wikidata = e.wikidata;
      by_wikidata_.emplace(e.wikidata, it->second);
    }
  }
  if (old.geonames.empty()) old.geonames = e.geonames;
  for (auto& [k, v] : e.facts) old.facts.emplace(k, v);
  *index = it->second;
  return {};
}

void KnowledgeBase::add_label(uint32_t index, std::string lang, std::string text, std::string kind) {
  KbEntity& e = entities_[index];
  bool has_name = false;
  for (const auto& l : e.labels) {
    if (l.lang != lang) continue;
    if (l.text == text) return;
    has_name = has_name || l.kind == "name" || l.kind == "cldr";
  }
  if (kind == "name" && has_name) kind = "alias";
  e.labels.push_back({std::move(lang), std::move(text), std::move(kind)});
}

Status KnowledgeBase::load_entities(const std::string& path, bool builtin, const Ontology* ontology) {
  auto rows = read_tsv(path, "#khabar-kb 1", true);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f.size() < 2) return Status(ErrorCode::kBadData, "expected 'key<TAB>class...'", path, row.line);
    KbEntity e;
    e.key = f[0];
    e.cls = f[1];
    if (f.size() > 2) e.wikidata = f[2];
    if (f.size() > 3) e.geonames = f[3];
    if (!e.wikidata.empty() && !is_wikidata_id(e.wikidata)) {
      return Status(ErrorCode::kBadData, "bad Wikidata id '" + e.wikidata + "'", path, row.line);
    }
    if (ontology && !ontology->has_class(e.cls)) {
      return Status(ErrorCode::kBadData, "class '" + e.cls + "' is not in ontology/khabar.ttl", path, row.line);
    }
    if (f.size() > 4) KHABAR_TRY(parse_facts(f[4], e.facts, path, row.line));
    uint32_t index = 0;
    KHABAR_TRY(add_entity(std::move(e), builtin ? Merge::kBuiltin : Merge::kLenient, path, row.line,
                          &index));
  }
  return {};
}

Status KnowledgeBase::load_names(const std::string& path, const std::string& lang) {
  auto rows = read_tsv(path, "#khabar-lexicon 1", true);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f.size() < 3) return Status(ErrorCode::kBadData, "expected 'surface<TAB>key<TAB>kind'", path, row.line);
    auto it = by_key_.find(f[1]);
    if (it == by_key_.end()) return Status(ErrorCode::kBadData, "unknown entity key '" + f[1] + "'", path, row.line);
    const std::string& kind = f[2];
    if (kind != "name" && kind != "alias" && kind != "acronym" && kind != "adjective" && kind != "dateline") {
      return Status(ErrorCode::kBadData, "unknown label kind '" + kind + "'", path, row.line);
    }
    entities_[it->second].labels.push_back({lang, f[0], kind});
  }
  return {};
}

Status KnowledgeBase::load_short_names(const std::string& path, const std::string& lang) {
  auto rows = read_tsv(path, "#khabar-lexicon 1", true);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f.size() < 3) return Status(ErrorCode::kBadData, "expected 'surface<TAB>key<TAB>kind'", path, row.line);
    auto it = by_key_.find(f[1]);
    if (it == by_key_.end()) return Status(ErrorCode::kBadData, "unknown entity key '" + f[1] + "'", path, row.line);
    if (f[2] != "short" && f[2] != "surname") {
      return Status(ErrorCode::kBadData, "unknown label kind '" + f[2] + "' (expected short or surname)", path,
                    row.line);
    }
    auto& forms = f[2] == "short" ? entities_[it->second].short_names : entities_[it->second].surnames;
    if (!forms.emplace(lang, f[0]).second) {
      return Status(ErrorCode::kBadData, "a second " + f[2] + " for '" + f[1] + "'", path, row.line);
    }
  }
  return {};
}

Status KnowledgeBase::add_name_variants(const std::string& path, const std::string& lang) {
  auto rows = read_tsv(path, "#khabar-lexicon 1", true);
  if (!rows.ok()) return rows.status();
  std::unordered_map<std::string, std::vector<std::string>> variants;
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f.size() < 2 || f[0].empty() || f[1].empty()) {
      return Status(ErrorCode::kBadData, "expected 'word<TAB>variant|variant...'", path, row.line);
    }
    auto& list = variants[f[0]];
    for (size_t b = 0; b <= f[1].size();) {
      size_t e = f[1].find('|', b);
      if (e == std::string::npos) e = f[1].size();
      if (e == b) return Status(ErrorCode::kBadData, "an empty variant", path, row.line);
      list.push_back(f[1].substr(b, e - b));
      b = e + 1;
    }
  }
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].cls != "Person") continue;
    std::vector<std::string> texts;
    for (const auto& l : entities_[i].labels) {
      if (l.lang == lang && (l.kind == "name" || l.kind == "alias")) texts.push_back(l.text);
    }
    // (one word respelled at a time)
    for (const std::string& text : texts) {
      for (size_t b = 0; b < text.size();) {
        size_t e = text.find(' ', b);
        if (e == std::string::npos) e = text.size();
        if (auto it = variants.find(text.substr(b, e - b)); it != variants.end()) {
          for (const std::string& v : it->second) add_label(i, lang, text.substr(0, b) + v + text.substr(e), "alias");
        }
        b = e + 1;
      }
    }
  }
  return {};
}

// ext-file    ::= "#khabar-kb-ext 1" (entity-row | label-row | comment)*
// entity-row  ::= "entity" TAB key TAB class [TAB wikidata [TAB geonames [TAB facts]]]
// label-row   ::= "label" TAB key TAB lang TAB kind TAB surface
Status KnowledgeBase::load_ext(const std::string& path, const Ontology* ontology) {
  auto rows = read_tsv(path, "#khabar-kb-ext 1", false);
  if (!rows.ok()) return rows.status();
  // Entities first, so that a label row may precede its entity row.
  std::vector<std::pair<uint32_t, uint32_t>> added;  // (entity index, line)
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f[0] == "label") continue;
    if (f[0] != "entity") {
      return Status(ErrorCode::kBadData, "expected a row starting with 'entity' or 'label', found '" +
                                             f[0].substr(0, 40) + "'",
                    path, row.line);
    }
    if (f.size() < 3 || f.size() > 6) {
      return Status(ErrorCode::kBadData,
                    "expected 'entity<TAB>key<TAB>class[<TAB>wikidata[<TAB>geonames[<TAB>facts]]]'",
                    path, row.line);
    }
    KbEntity e;
    e.key = f[1];
    e.cls = f[2];
    if (f.size() > 3) e.wikidata = f[3];
    if (f.size() > 4) e.geonames = f[4];
    if (!is_key(e.key)) {
      return Status(ErrorCode::kBadData,
                    "bad key '" + e.key + "' (expected lower-case kind/slug, e.g. person/jane-doe)", path,
                    row.line);
    }
    if (ontology && !ontology->has_class(e.cls)) {
      return Status(ErrorCode::kBadData, "class '" + e.cls + "' is not in ontology/khabar.ttl", path, row.line);
    }
    if (!e.wikidata.empty() && !is_wikidata_id(e.wikidata)) {
      return Status(ErrorCode::kBadData, "bad Wikidata id '" + e.wikidata + "' (expected Q and digits)",
                    path, row.line);
    }
    if (!e.geonames.empty() && !std::all_of(e.geonames.begin(), e.geonames.end(), is_digit)) {
      return Status(ErrorCode::kBadData, "bad GeoNames id '" + e.geonames + "' (expected digits)", path,
                    row.line);
    }
    if (f.size() > 5) KHABAR_TRY(parse_facts(f[5], e.facts, path, row.line));
    uint32_t index = 0;
    KHABAR_TRY(add_entity(std::move(e), Merge::kStrict, path, row.line, &index));
    added.emplace_back(index, row.line);
  }
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f[0] != "label") continue;
    if (f.size() != 5) {
      return Status(ErrorCode::kBadData, "expected 'label<TAB>key<TAB>lang<TAB>kind<TAB>surface'", path,
                    row.line);
    }
    int32_t i = index(f[1]);
    if (i < 0) return Status(ErrorCode::kBadData, "unknown entity key '" + f[1] + "'", path, row.line);
    std::string lang = lower_ascii(f[2]);
    if (!is_lang(lang)) {
      return Status(ErrorCode::kBadData, "bad language tag '" + f[2] + "' (expected e.g. ar, en, zh-hans)",
                    path, row.line);
    }
    const std::string& kind = f[3];
    if (kind != "name" && kind != "alias" && kind != "acronym" && kind != "adjective") {
      return Status(ErrorCode::kBadData,
                    "unknown label kind '" + kind + "' (expected name, alias, acronym or adjective)", path,
                    row.line);
    }
    std::string text = clean_label(f[4]);
    if (text.empty()) return Status(ErrorCode::kBadData, "empty label", path, row.line);
    add_label(static_cast<uint32_t>(i), std::move(lang), std::move(text), kind);
  }
  // Facts point to entities that exist once the whole file is read.
  for (auto [i, line] : added) {
    for (const auto& [name, target] : entities_[i].facts) {
      if (name == "iso") continue;
      if (!find(target)) {
        return Status(ErrorCode::kBadData, "fact " + name + "=" + target + ": unknown entity key", path, line);
      }
    }
  }
  return {};
}

Status KnowledgeBase::load_class_map(const std::string& path) {
  auto rows = read_tsv(path, "#khabar-kb-classes 1", true);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    const auto& f = row.fields;
    if (f.size() != 2) return Status(ErrorCode::kBadData, "expected 'wikidata<TAB>class'", path, row.line);
    if (!is_wikidata_id(f[0])) {
      return Status(ErrorCode::kBadData, "bad Wikidata id '" + f[0] + "'", path, row.line);
    }
    if (!wikidata_classes_.emplace(f[0], f[1]).second) {
      return Status(ErrorCode::kBadData, "duplicate Wikidata class " + f[0], path, row.line);
    }
  }
  return {};
}

Status KnowledgeBase::load_sparql_json(const std::string& path, const Ontology* ontology) {
  auto results = read_sparql_json(path);
  if (!results.ok()) return results.status();

  // One record per item, in order of first appearance; rows of the same item
  // (one per type, country or label language) are merged.
  struct Item {
    uint32_t line = 0;
    std::string qid, cls, country, geonames;
    std::vector<std::string> unmapped;  ///< Wikidata classes not in the class map
    std::vector<KbLabel> labels;
  };
  std::vector<Item> items;
  std::unordered_map<std::string, size_t> by_qid;
  auto is_var = [](const std::string& var, std::string_view base) {
    return var == base || (var.size() > base.size() + 1 && var.compare(0, base.size(), base) == 0 &&
                           var[base.size()] == '_');
  };
  for (const auto& s : results->solutions) {
    const SparqlTerm* item = s.find("item");
    if (!item) return Status(ErrorCode::kBadData, "solution without 'item'", path, s.line);
    std::string qid = item->type == SparqlTerm::Type::kUri ? qid_of(item->value) : std::string();
    if (qid.empty()) {
      return Status(ErrorCode::kBadData,
                    "'item' is not a Wikidata entity IRI (http://www.wikidata.org/entity/Q...): '" +
                        item->value.substr(0, 80) + "'",
                    path, s.line);
    }
    auto [slot, fresh] = by_qid.emplace(qid, items.size());
    if (fresh) {
      items.emplace_back();
      items.back().line = s.line;
      items.back().qid = qid;
    }
    Item& it = items[slot->second];
    for (const auto& [var, term] : s.bindings) {
      if (var == "type" || var == "class") {
        if (term.type == SparqlTerm::Type::kUri) {
          std::string q = qid_of(term.value);
          const std::string& cls = q.empty() ? kEmpty : class_of_wikidata(q);
          if (cls.empty()) {
            it.unmapped.push_back(q.empty() ? term.value : q);
          } else if (it.cls.empty()) {
            it.cls = cls;
          }
        } else if (it.cls.empty()) {
          if (ontology && !ontology->has_class(term.value)) {
            return Status(ErrorCode::kBadData, "class '" + term.value + "' is not in ontology/khabar.ttl",
                          path, s.line);
          }
          it.cls = term.value;
        }
      } else if (var == "country") {
        std::string q = term.type == SparqlTerm::Type::kUri ? qid_of(term.value) : std::string();
        int32_t c = q.empty() ? -1 : index_of_wikidata(q);
        // Only a country khabar knows helps disambiguation; others are ignored.
        if (c >= 0 && entities_[static_cast<size_t>(c)].key.starts_with("country/") && it.country.empty()) {
          it.country = entities_[static_cast<size_t>(c)].key;
        }
      } else if (var == "geonames") {
        if (!term.value.empty() && std::all_of(term.value.begin(), term.value.end(), is_digit) &&
            it.geonames.empty()) {
          it.geonames = term.value;
        }
      } else if (is_var(var, "label") || is_var(var, "itemLabel") || is_var(var, "altLabel") ||
                 is_var(var, "itemAltLabel")) {
        // The label service gives the bare id (no language) when it has no
        // label in the language asked for: skip literals without xml:lang.
        if (term.type != SparqlTerm::Type::kLiteral || term.lang.empty()) continue;
        std::string lang = lower_ascii(term.lang);
        if (!is_lang(lang)) {
          return Status(ErrorCode::kBadData, "variable '" + var + "': bad xml:lang '" + term.lang + "'",
                        path, s.line);
        }
        const bool alt = is_var(var, "altLabel") || is_var(var, "itemAltLabel");
        // The label service joins alternative labels with ", ".
        std::vector<std::string> texts = alt ? split(term.value, ',') : std::vector{term.value};
        for (auto& t : texts) {
          std::string text = clean_label(t);
          if (text.empty() || text == qid) continue;
          it.labels.push_back({lang, std::move(text), alt ? "alias" : "name"});
        }
      }
    }
  }

  for (auto& it : items) {
    KbEntity e;
    e.key = "wd/" + lower_ascii(it.qid);
    e.cls = it.cls;
    e.wikidata = it.qid;
    e.geonames = it.geonames;
    if (!it.country.empty()) e.facts["country"] = it.country;
    const bool known = index_of_wikidata(it.qid) >= 0 || find(e.key) != nullptr;
    if (!known && e.cls.empty()) {
      std::string why = it.unmapped.empty() ? "no 'type' or 'class' bound"
                                            : "type " + it.unmapped.front() +
                                                  " is not in ontology/kb/wikidata_classes.tsv";
      return Status(ErrorCode::kBadData, "item " + it.qid + " has no khabar class (" + why + ")", path,
                    it.line);
    }
    if (!known && ontology && !ontology->has_class(e.cls)) {
      return Status(ErrorCode::kBadData, "class '" + e.cls + "' is not in ontology/khabar.ttl", path,
                    it.line);
    }
    uint32_t index = 0;
    KHABAR_TRY(add_entity(std::move(e), Merge::kStrict, path, it.line, &index));
    // Names first, so that an item's own name is preferred to its aliases.
    std::stable_partition(it.labels.begin(), it.labels.end(),
                          [](const KbLabel& l) { return l.kind == "name"; });
    for (auto& l : it.labels) add_label(index, std::move(l.lang), std::move(l.text), std::move(l.kind));
  }
  return {};
}

Status KnowledgeBase::load_file(const std::string& path, const Ontology* ontology) {
  std::string ext = lower_ascii(fs::path(path).extension().string());
  if (ext == ".json" || ext == ".srj") return load_sparql_json(path, ontology);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open file", path);
  std::string first;
  std::getline(in, first);
  if (first.compare(0, 3, "\xEF\xBB\xBF") == 0) first.erase(0, 3);
  size_t start = first.find_first_not_of(" \t\r");
  if (start != std::string::npos && first[start] == '{') return load_sparql_json(path, ontology);
  if (first.starts_with("#khabar-kb-ext ")) return load_ext(path, ontology);
  if (first.starts_with("#khabar-kb ")) return load_entities(path, false, ontology);
  return Status(ErrorCode::kBadData,
                "unknown knowledge-base format: expected '#khabar-kb-ext 1', '#khabar-kb 1' or "
                "SPARQL JSON results",
                path, 1);
}

Status KnowledgeBase::add_regions() {
  static const char* const kLangs[] = {"ar", "en", "fr", "es", "ru", "zh"};
  for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
    std::string iso(*code);
    std::string key = "country/" + lower_ascii(iso);
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      KbEntity e;
      e.key = key;
      e.cls = "Country";
      it = by_key_.emplace(key, static_cast<uint32_t>(entities_.size())).first;
      entities_.push_back(std::move(e));
    }
    KbEntity& e = entities_[it->second];
    e.facts.emplace("iso", iso);
    icu::Locale region("", iso.c_str());
    for (const char* lang : kLangs) {
      icu::UnicodeString name;
      region.getDisplayCountry(icu::Locale(lang), name);
      std::string utf8;
      name.toUTF8String(utf8);
      if (utf8.empty() || utf8 == iso) continue;
      e.labels.push_back({lang, utf8, "cldr"});
      // "Myanmar (Burma)": the part before the parenthesis is a name too.
      auto paren = utf8.find(" (");
      if (paren != std::string::npos) e.labels.push_back({lang, utf8.substr(0, paren), "cldr"});
    }
  }
  return {};
}

Expected<KnowledgeBase> KnowledgeBase::load(const std::string& data_dir,
                                            const std::vector<std::string>& extra_files,
                                            const Ontology* ontology) {
  KnowledgeBase kb;
  fs::path dir(data_dir);
  fs::path entities = dir / "kb" / "entities.tsv";
  if (fs::exists(entities)) KHABAR_TRY(kb.load_entities(entities.string(), true));
  fs::path classes = dir / "kb" / "wikidata_classes.tsv";
  if (fs::exists(classes)) KHABAR_TRY(kb.load_class_map(classes.string()));
  KHABAR_TRY(kb.add_regions());
  fs::path lexicons = dir / "lexicons";
  if (fs::is_directory(lexicons)) {
    std::vector<fs::path> langs;
    for (const auto& d : fs::directory_iterator(lexicons)) {
      if (d.is_directory()) langs.push_back(d.path());
    }
    std::sort(langs.begin(), langs.end());
    for (const auto& lang_dir : langs) {
      for (const char* file : {"names.tsv", "nationalities.tsv"}) {
        fs::path p = lang_dir / file;
        if (fs::exists(p)) KHABAR_TRY(kb.load_names(p.string(), lang_dir.filename().string()));
      }
      fs::path short_names = lang_dir / "short_names.tsv";
      if (fs::exists(short_names)) {
        KHABAR_TRY(kb.load_short_names(short_names.string(), lang_dir.filename().string()));
      }
    }
  }
  for (const auto& extra : extra_files) KHABAR_TRY(kb.load_file(extra, ontology));
  // the other spellings of given names, for every person (those of --kb too)
  if (fs::is_directory(lexicons)) {
    for (const auto& d : fs::directory_iterator(lexicons)) {
      fs::path p = d.path() / "name_variants.tsv";
      if (fs::exists(p)) KHABAR_TRY(kb.add_name_variants(p.string(), d.path().filename().string()));
    }
  }
  return kb;
}

}  // namespace khabar::lexicon
