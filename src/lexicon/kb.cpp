#include "lexicon/kb.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>

#include "core/tsv.h"

namespace khabar::lexicon {
namespace fs = std::filesystem;

std::string KbEntity::label(const std::string& lang) const {
  const KbLabel* cldr = nullptr;
  const KbLabel* any = nullptr;
  for (const auto& l : labels) {
    if (l.lang != lang) continue;
    if (l.kind == "name") return l.text;
    if (l.kind == "cldr" && !cldr) cldr = &l;
    if (!any && l.kind != "adjective" && l.kind != "acronym") any = &l;
  }
  if (cldr) return cldr->text;
  return any ? any->text : std::string();
}

const KbEntity* KnowledgeBase::find(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &entities_[it->second];
}

int32_t KnowledgeBase::index(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : static_cast<int32_t>(it->second);
}

Status KnowledgeBase::load_entities(const std::string& path) {
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
    if (!e.wikidata.empty()) {
      bool ok = e.wikidata.size() > 1 && e.wikidata[0] == 'Q';
      for (size_t i = 1; ok && i < e.wikidata.size(); ++i) ok = e.wikidata[i] >= '0' && e.wikidata[i] <= '9';
      if (!ok) return Status(ErrorCode::kBadData, "bad Wikidata id '" + e.wikidata + "'", path, row.line);
    }
    if (f.size() > 4 && !f[4].empty()) {
      for (const auto& fact : split(f[4], ';')) {
        auto eq = fact.find('=');
        if (eq == std::string::npos) return Status(ErrorCode::kBadData, "bad fact '" + fact + "'", path, row.line);
        e.facts[fact.substr(0, eq)] = fact.substr(eq + 1);
      }
    }
    auto it = by_key_.find(e.key);
    if (it != by_key_.end()) {
      // A later file (--kb) may complete an entity: fill what is missing.
      KbEntity& old = entities_[it->second];
      if (old.wikidata.empty()) old.wikidata = e.wikidata;
      if (old.geonames.empty()) old.geonames = e.geonames;
      for (auto& [k, v] : e.facts) old.facts.emplace(k, v);
      continue;
    }
    by_key_.emplace(e.key, static_cast<uint32_t>(entities_.size()));
    entities_.push_back(std::move(e));
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
    if (kind != "name" && kind != "alias" && kind != "acronym" && kind != "adjective") {
      return Status(ErrorCode::kBadData, "unknown label kind '" + kind + "'", path, row.line);
    }
    entities_[it->second].labels.push_back({lang, f[0], kind});
  }
  return {};
}

Status KnowledgeBase::add_regions() {
  static const char* const kLangs[] = {"ar", "en", "fr", "es", "ru", "zh"};
  for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
    std::string iso(*code);
    std::string key = "country/";
    for (char c : iso) key.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
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
                                            const std::vector<std::string>& extra_files) {
  KnowledgeBase kb;
  fs::path dir(data_dir);
  fs::path entities = dir / "kb" / "entities.tsv";
  if (fs::exists(entities)) KHABAR_TRY(kb.load_entities(entities.string()));
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
    }
  }
  for (const auto& extra : extra_files) KHABAR_TRY(kb.load_entities(extra));
  return kb;
}

}  // namespace khabar::lexicon
