#include "lexicon/resources.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <unordered_set>

#include "core/tsv.h"

namespace khabar::lexicon {
namespace fs = std::filesystem;
namespace {

const std::string kEmpty;

/// Word-list files of a language folder and the table each feeds.
struct TableFile {
  const char* file;
  Table table;
};
constexpr TableFile kTableFiles[] = {
    {"titles.tsv", Table::kTitle},           {"triggers.tsv", Table::kTrigger},
    {"function.tsv", Table::kFunction},      {"events.tsv", Table::kEventHead},
    {"documents.tsv", Table::kDocHead},      {"organizations.tsv", Table::kOrgHead},
    {"ordinals.tsv", Table::kOrdinal},       {"participants.tsv", Table::kParticipants},
    {"modifiers.tsv", Table::kModifier},     {"stopwords.tsv", Table::kStop},
    {"dates.tsv", Table::kDate},             {"initiatives.tsv", Table::kInitiativeHead},
    {"venues.tsv", Table::kVenueHead},       {"body_words.tsv", Table::kBodyWord},
    {"name_particles.tsv", Table::kNameParticle}, {"common_words.tsv", Table::kStop},
};

/// Tables whose class column names an ontology class.
bool class_is_ontology_class(Table t) {
  return t == Table::kEventHead || t == Table::kDocHead || t == Table::kOrgHead ||
         t == Table::kInitiativeHead || t == Table::kVenueHead || t == Table::kBodyWord;
}

/// True when `s` is a whole (signed) decimal integer.
bool is_integer(std::string_view s) {
  int v = 0;
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data() + (!s.empty() && s[0] == '+'), end, v);
  return !s.empty() && ec == std::errc() && p == end;
}

/// Tables whose payload is a class id rather than an entry index.
bool payload_is_class(Table t) { return t == Table::kTrigger || t == Table::kFunction; }

}  // namespace

const std::string& Resources::class_of(const Match& m) const {
  if (payload_is_class(m.table)) {
    return m.payload < classes_.size() ? classes_[m.payload] : kEmpty;
  }
  const auto& entries = tables_[static_cast<size_t>(m.table)].entries;
  return m.payload < entries.size() ? entries[m.payload].cls : kEmpty;
}

int32_t Resources::dateline_name(std::string_view key) const {
  auto it = dateline_names_.find(key);
  return it == dateline_names_.end() ? -1 : it->second;
}

const std::string& Resources::punct_class(std::string_view key) const {
  auto it = punct_.find(key);
  return it == punct_.end() ? kEmpty : it->second;
}

int32_t Resources::class_id(const std::string& name) const {
  auto it = class_index_.find(name);
  return it == class_index_.end() ? -1 : it->second;
}

std::string Resources::english_place(const std::string& place) const {
  if (!places_with_the_.count(place)) return place;
  std::string out = en_template("the-place");
  const std::string slot = "{place}";
  const size_t at = out.find(slot);
  return at == std::string::npos ? place : out.replace(at, slot.size(), place);
}

const std::string& Resources::en_template(const std::string& name) const {
  auto it = en_templates_.find(name);
  return it == en_templates_.end() ? kEmpty : it->second;
}

const std::vector<std::string>* Resources::name_word_en(std::string_view key) const {
  auto it = name_words_.find(key);
  return it == name_words_.end() ? nullptr : &it->second.en;
}

int32_t Resources::home_body(int32_t country, std::string_view bare) const {
  std::string id = std::to_string(country);
  id += '\x1f';
  id += bare;
  auto it = home_bodies_.find(id);
  return it == home_bodies_.end() ? -1 : it->second;
}

bool Resources::is_name_particle(std::string_view key) const {
  auto it = name_words_.find(key);
  return it != name_words_.end() && it->second.particle;
}

bool Resources::is_family_name(std::string_view key) const {
  auto it = name_words_.find(key);
  return it != name_words_.end() && it->second.family;
}

bool Resources::is_given_name_word(std::string_view key) const {
  auto it = name_words_.find(key);
  return it != name_words_.end() && it->second.given;
}

const std::vector<uint32_t>* Resources::topics_starting(std::string_view stem) const {
  auto it = topic_index_.find(stem);
  return it == topic_index_.end() ? nullptr : &it->second;
}

const WordEntry* Resources::date_word(std::string_view key) const {
  auto it = date_words_.find(key);
  return it == date_words_.end() ? nullptr : &it->second;
}

std::string Resources::en_ordinal(uint32_t n) const {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

Status Resources::load_table(Table t, const std::string& path) {
  auto list = load_word_list(path);
  if (!list.ok()) return list.status();
  auto& table = tables_[static_cast<size_t>(t)];
  for (auto& e : list.value()) {
    if (class_is_ontology_class(t) && !ontology_.has_class(e.cls)) {
      return Status(ErrorCode::kBadData, "class '" + e.cls + "' is not in ontology/khabar.ttl", path, e.line);
    }
    // (dates are read as numbers: a weekday, a day offset, a month)
    if (t == Table::kDate && !is_integer(e.extra_at(0))) {
      return Status(ErrorCode::kBadData, "a date word needs a whole number as its value", path, e.line);
    }
    uint32_t payload;
    if (payload_is_class(t)) {
      auto [it, added] = class_index_.emplace(e.cls, static_cast<int32_t>(classes_.size()));
      if (added) classes_.push_back(e.cls);
      payload = static_cast<uint32_t>(it->second);
    } else {
      payload = static_cast<uint32_t>(table.entries.size());
    }
    if (!matcher_->add(t, e.surface, payload)) {
      return Status(ErrorCode::kBadData, "entry has no word", path, e.line);
    }
    table.entries.push_back(std::move(e));
  }
  return {};
}

Expected<std::unique_ptr<Resources>> Resources::load(const std::string& data_dir,
                                                     const std::vector<std::string>& extra_kb) {
  std::unique_ptr<Resources> r(new Resources());
  r->data_dir_ = data_dir;
  fs::path dir(data_dir);
  if (!fs::is_directory(dir)) {
    return Status(ErrorCode::kIo, "data directory not found (set KHABAR_DATA or --data)", data_dir);
  }
  auto onto = Ontology::load((dir / "khabar.ttl").string());
  if (!onto.ok()) return onto.status();
  r->ontology_ = std::move(onto.value());
  auto folder = text::Folder::load((dir / "normalization" / "ar.tsv").string());
  if (!folder.ok()) return folder.status();
  auto tok = text::Tokenizer::create(std::move(folder.value()));
  if (!tok.ok()) return tok.status();
  r->tokenizer_ = std::move(tok.value());

  auto fold = [&](const std::string& s) { return r->tokenizer_->folder().key(s); };
  fs::path clitics = dir / "lexicons" / "ar" / "clitics.tsv";
  if (fs::exists(clitics)) {
    auto c = Clitics::load(clitics.string(), fold);
    if (!c.ok()) return c.status();
    r->clitics_ = std::move(c.value());
  }
  r->matcher_ = std::make_unique<Matcher>(*r->tokenizer_, r->clitics_);

  auto punct = load_word_list((dir / "lexicons" / "common" / "punctuation.tsv").string());
  if (!punct.ok()) return punct.status();
  for (const auto& e : punct.value()) {
    std::string key = fold(e.surface);
    if (e.cls == "joiner") r->matcher_->add_joiner(key);
    r->punct_[key] = e.cls;
  }

  auto kb = KnowledgeBase::load(data_dir, extra_kb, &r->ontology_);
  if (!kb.ok()) return kb.status();
  r->kb_ = std::move(kb.value());
  for (const auto& e : r->kb_.entities()) {
    if (!r->ontology_.has_class(e.cls)) {
      return Status(ErrorCode::kBadData,
                    "entity '" + e.key + "': class '" + e.cls + "' is not in ontology/khabar.ttl",
                    (dir / "kb" / "entities.tsv").string());
    }
  }
  for (uint32_t i = 0; i < r->kb_.entities().size(); ++i) {
    for (const auto& l : r->kb_.entities()[i].labels) {
      // (a name only a dateline credits, a word of its own elsewhere: واع)
      if (l.kind == "dateline") {
        r->dateline_names_.emplace(fold(l.text), static_cast<int32_t>(i));
        continue;
      }
      Table t = l.kind == "adjective" ? Table::kNationality : Table::kName;
      r->matcher_->add(t, l.text, i, /*any_article=*/l.kind == "acronym");
    }
  }

  // مجلس النواب البحريني: a country's body named with its adjective, by
  // the name without it (home_body)
  {
    const auto& ents = r->kb_.entities();
    std::unordered_map<int32_t, std::vector<std::string>> adjectives;  // country -> folded adjectives
    for (uint32_t i = 0; i < ents.size(); ++i) {
      for (const auto& l : ents[i].labels) {
        if (l.lang == "ar" && l.kind == "adjective") adjectives[static_cast<int32_t>(i)].push_back(fold(l.text));
      }
    }
    std::unordered_set<std::string> ambiguous;
    for (uint32_t i = 0; i < ents.size(); ++i) {
      auto c = ents[i].facts.find("country");
      if (c == ents[i].facts.end()) continue;
      const int32_t country = r->kb_.index(c->second);
      auto adj = adjectives.find(country);
      if (country < 0 || adj == adjectives.end()) continue;
      for (const auto& l : ents[i].labels) {
        if (l.lang != "ar") continue;
        const std::string key = fold(l.text);
        const size_t space = key.rfind(' ');
        if (space == std::string::npos) continue;
        if (std::find(adj->second.begin(), adj->second.end(), key.substr(space + 1)) == adj->second.end()) continue;
        std::string id = std::to_string(country) + '\x1f' + key.substr(0, space);
        auto [it, added] = r->home_bodies_.emplace(id, static_cast<int32_t>(i));
        if (!added && it->second != static_cast<int32_t>(i)) ambiguous.insert(id);  // two bodies: neither
      }
    }
    for (const auto& id : ambiguous) r->home_bodies_.erase(id);
  }

  std::vector<fs::path> langs;
  for (const auto& d : fs::directory_iterator(dir / "lexicons")) {
    if (d.is_directory()) langs.push_back(d.path());
  }
  std::sort(langs.begin(), langs.end());
  for (const auto& lang : langs) {
    for (const auto& tf : kTableFiles) {
      fs::path p = lang / tf.file;
      if (fs::exists(p)) KHABAR_TRY(r->load_table(tf.table, p.string()));
    }
    fs::path topics = lang / "topics.tsv";
    if (fs::exists(topics)) {
      auto list = load_word_list(topics.string());
      if (!list.ok()) return list.status();
      for (auto& e : list.value()) {
        TopicEntry t{r->matcher_->stems(e.surface), std::move(e.cls), e.extra_at(0)};
        if (t.stems.empty() || t.en.empty()) {
          return Status(ErrorCode::kBadData, "topic needs words and an English column", topics.string(), e.line);
        }
        r->topic_index_[t.stems.front()].push_back(static_cast<uint32_t>(r->topics_.size()));
        r->topics_.push_back(std::move(t));
      }
    }
    fs::path date_words = lang / "date_words.tsv";
    if (fs::exists(date_words)) {
      auto list = load_word_list(date_words.string());
      if (!list.ok()) return list.status();
      for (auto& e : list.value()) {
        if (e.cls == "relative" && !is_integer(e.extra_at(0))) {
          return Status(ErrorCode::kBadData, "a relative date word needs a whole number (-1, 0, 1)",
                        date_words.string(), e.line);
        }
        std::string key = fold(e.surface);
        r->date_words_[key] = std::move(e);
      }
    }
    fs::path name_words = lang / "name_words.tsv";
    if (fs::exists(name_words)) {
      auto list = load_word_list(name_words.string());
      if (!list.ok()) return list.status();
      for (auto& e : list.value()) {
        std::vector<std::string> spellings;
        for (auto& sp : split(e.extra_at(0), '|')) {
          if (!sp.empty()) spellings.push_back(std::move(sp));
        }
        if (spellings.empty()) {
          return Status(ErrorCode::kBadData, "a name word needs its English spellings", name_words.string(), e.line);
        }
        auto& have = r->name_words_[fold(e.surface)];
        have.family = have.family || e.cls == "family";
        have.particle = have.particle || e.cls == "particle";
        have.given = have.given || e.cls == "given";
        for (auto& sp : spellings) {
          if (std::find(have.en.begin(), have.en.end(), sp) == have.en.end()) have.en.push_back(std::move(sp));
        }
      }
    }
    fs::path templates = lang / "templates.tsv";
    if (fs::exists(templates)) {
      auto list = load_word_list(templates.string());
      if (!list.ok()) return list.status();
      for (auto& e : list.value()) r->en_templates_[e.surface] = e.cls;
      for (auto& name : split(r->en_template("place-with-the"), '|')) r->places_with_the_.insert(std::move(name));
    }
  }
  return r;
}

}  // namespace khabar::lexicon
