/// KnowledgeBase (ontology/kb + names + ICU regions) and Resources::load.

#include <catch2/catch.hpp>
#include <unicode/uloc.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../text/temp_dir.h"
#include "lexicon/kb.h"
#include "lexicon/resources.h"

using khabar::ErrorCode;
using khabar::lexicon::KbEntity;
using khabar::lexicon::KbLabel;
using khabar::lexicon::kArticle;
using khabar::lexicon::KnowledgeBase;
using khabar::lexicon::kConj;
using khabar::lexicon::kPrepB;
using khabar::lexicon::kPrepL;
using khabar::lexicon::Match;
using khabar::lexicon::MatchScratch;
using khabar::lexicon::Resources;
using khabar::lexicon::Table;
using khabar::testing::TempDir;

namespace {

const KnowledgeBase& ontology_kb() {
  static const KnowledgeBase kb = [] {
    auto loaded = KnowledgeBase::load(KHABAR_DATA_DIR);
    if (!loaded.ok()) FAIL(loaded.status().to_string());
    return std::move(loaded.value());
  }();
  return kb;
}

bool has_label(const KbEntity& e, const std::string& lang, const std::string& text,
               const std::string& kind) {
  return std::any_of(e.labels.begin(), e.labels.end(), [&](const KbLabel& l) {
    return l.lang == lang && l.text == text && l.kind == kind;
  });
}

const std::string kKbHead = "#khabar-kb 1\nkey\tclass\twikidata\tgeonames\tfacts\n";
const std::string kNamesHead = "#khabar-lexicon 1\nsurface\tkey\tkind\n";

}  // namespace

TEST_CASE("the ontology KB: China from kb/entities.tsv, ICU CLDR and the lexicons", "[lexicon][kb]") {
  const auto& kb = ontology_kb();
  const KbEntity* cn = kb.find("country/cn");
  REQUIRE(cn != nullptr);
  CHECK(cn->cls == "Country");
  CHECK(cn->wikidata == "Q148");
  CHECK(cn->facts.at("iso") == "CN");
  CHECK(has_label(*cn, "ar", "الصين", "cldr"));
  CHECK(has_label(*cn, "en", "China", "cldr"));
  CHECK(has_label(*cn, "zh", "中国", "cldr"));
  CHECK(has_label(*cn, "ar", "جمهورية الصين الشعبية", "alias"));  // ar/names.tsv
  CHECK(has_label(*cn, "ar", "الصيني", "adjective"));             // ar/nationalities.tsv
  CHECK(has_label(*cn, "en", "PRC", "acronym"));
  // No curated Arabic or English "name": the CLDR name is preferred.
  CHECK(cn->label("ar") == "الصين");
  CHECK(cn->label("en") == "China");
  CHECK(kb.index("country/cn") >= 0);
  CHECK(&kb.entities()[static_cast<size_t>(kb.index("country/cn"))] == cn);
  CHECK(kb.find("country/zz-not-a-region") == nullptr);
  CHECK(kb.index("country/zz-not-a-region") == -1);
}

TEST_CASE("the ontology KB: curated names win and parenthesised CLDR names split", "[lexicon][kb]") {
  const auto& kb = ontology_kb();
  const KbEntity* cm = kb.find("city/chiang-mai");
  REQUIRE(cm != nullptr);
  CHECK(cm->cls == "City");
  CHECK(cm->wikidata.empty());
  CHECK(cm->geonames == "1153671");
  CHECK(cm->facts.at("country") == "country/th");
  CHECK(cm->label("ar") == "شيانغ ماي");
  CHECK(cm->label("en") == "Chiang Mai");
  CHECK(cm->label("fr").empty());
  const KbEntity* mm = kb.find("country/mm");
  REQUIRE(mm != nullptr);
  CHECK(mm->label("en") == "Myanmar");  // curated name
  CHECK(has_label(*mm, "en", "Myanmar (Burma)", "cldr"));
  CHECK(has_label(*mm, "en", "Myanmar", "cldr"));  // the part before " ("
}

TEST_CASE("every ISO region ICU knows is in the KB", "[lexicon][kb]") {
  const auto& kb = ontology_kb();
  size_t n = 0;
  for (const char* const* code = uloc_getISOCountries(); *code; ++code, ++n) {
    std::string iso(*code);
    std::string key = "country/";
    for (char c : iso) key.push_back(static_cast<char>(c - 'A' + 'a'));
    INFO(key);
    const KbEntity* e = kb.find(key);
    REQUIRE(e != nullptr);
    CHECK(e->facts.at("iso") == iso);
    CHECK((e->cls == "Country" || e->cls == "Region"));
    CHECK(!e->label("en").empty());
  }
  CHECK(n >= 249);
}

TEST_CASE("KbEntity::label prefers name, then CLDR, then any non-adjective", "[lexicon][kb]") {
  KbEntity e;
  e.labels = {{"en", "Chinese", "adjective"}, {"en", "PRC", "acronym"}};
  CHECK(e.label("en").empty());
  e.labels.push_back({"en", "People's Republic of China", "alias"});
  CHECK(e.label("en") == "People's Republic of China");
  e.labels.push_back({"en", "China", "cldr"});
  CHECK(e.label("en") == "China");
  e.labels.push_back({"en", "China (mainland)", "name"});
  CHECK(e.label("en") == "China (mainland)");
  CHECK(e.label("ar").empty());
}

TEST_CASE("a later entities file completes but never overrides an entity", "[lexicon][kb]") {
  TempDir dir;
  std::string a = dir.write("a.tsv", kKbHead + "org/x\tFund\t\t\tpartOf=org/y\norg/z\tFund\tQ1\n");
  std::string b = dir.write("b.tsv", kKbHead + "org/x\tFund\tQ5\t123\tpartOf=org/other;country=country/cn\n"
                                                "org/z\tFund\tQ2\n");
  KnowledgeBase kb;
  REQUIRE(kb.load_entities(a).ok());
  REQUIRE(kb.load_entities(b).ok());
  CHECK(kb.entities().size() == 2);
  const KbEntity* x = kb.find("org/x");
  REQUIRE(x != nullptr);
  CHECK(x->wikidata == "Q5");
  CHECK(x->geonames == "123");
  CHECK(x->facts.at("partOf") == "org/y");
  CHECK(x->facts.at("country") == "country/cn");
  CHECK(kb.find("org/z")->wikidata == "Q1");
}

TEST_CASE("bad entities files fail with file and line", "[lexicon][kb]") {
  struct Bad {
    const char* name;
    std::string content;
    uint32_t line;
  };
  const Bad cases[] = {
      {"Wikidata id without Q", kKbHead + "org/a\tFund\tQ1\norg/b\tFund\tP148\n", 4},
      {"Wikidata id Q alone", kKbHead + "org/b\tFund\tQ\n", 3},
      {"Wikidata id with a letter", kKbHead + "org/b\tFund\tQ14a\n", 3},
      {"lower-case q", kKbHead + "org/b\tFund\tq148\n", 3},
      {"fact without =", kKbHead + "# c\norg/b\tFund\t\t\tcountry\n", 4},
      {"key only", kKbHead + "org/b\n", 3},
      {"wrong version", "#khabar-kb 9\n" + kKbHead.substr(kKbHead.find('\n') + 1), 1},
  };
  TempDir dir;
  int i = 0;
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write("kb" + std::to_string(i++) + ".tsv", c.content);
    KnowledgeBase kb;
    auto st = kb.load_entities(path);
    REQUIRE_FALSE(st.ok());
    CHECK(st.code() == ErrorCode::kBadData);
    CHECK(st.file() == path);
    CHECK(st.line() == c.line);
  }
}

TEST_CASE("bad names files fail with file and line", "[lexicon][kb]") {
  struct Bad {
    const char* name;
    std::string content;
    uint32_t line;
  };
  const Bad cases[] = {
      {"unknown entity key", kNamesHead + "الصين\tcountry/cn\tname\nالمريخ\tplanet/mars\tname\n", 4},
      {"unknown kind", kNamesHead + "الصين\tcountry/cn\tnickname\n", 3},
      {"no kind", kNamesHead + "الصين\tcountry/cn\n", 3},
  };
  TempDir dir;
  std::string entities = dir.write("entities.tsv", kKbHead + "country/cn\tCountry\tQ148\n");
  int i = 0;
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write("names" + std::to_string(i++) + ".tsv", c.content);
    KnowledgeBase kb;
    REQUIRE(kb.load_entities(entities).ok());
    auto st = kb.load_names(path, "ar");
    REQUIRE_FALSE(st.ok());
    CHECK(st.code() == ErrorCode::kBadData);
    CHECK(st.file() == path);
    CHECK(st.line() == c.line);
    CHECK(st.to_string().rfind(path + ":" + std::to_string(c.line) + ": ", 0) == 0);
  }
}

TEST_CASE("KnowledgeBase::load reports a bad names file of a data folder", "[lexicon][kb]") {
  TempDir dir;
  dir.write("kb/entities.tsv", kKbHead + "org/x\tFund\tQ5\n");
  std::string names = dir.write("lexicons/ar/names.tsv", kNamesHead + "س\torg/x\tname\nص\torg/nope\tname\n");
  auto kb = KnowledgeBase::load(dir.path().string());
  REQUIRE_FALSE(kb.ok());
  CHECK(kb.status().code() == ErrorCode::kBadData);
  CHECK(kb.status().file() == names);
  CHECK(kb.status().line() == 4);
  // Fixed, the same folder loads: its entity plus every ICU region.
  dir.write("lexicons/ar/names.tsv", kNamesHead + "س\torg/x\tname\n");
  auto ok = KnowledgeBase::load(dir.path().string());
  REQUIRE(ok.ok());
  REQUIRE(ok->find("org/x") != nullptr);
  CHECK(ok->find("org/x")->label("ar") == "س");
  CHECK(ok->find("country/cn") != nullptr);
}

TEST_CASE("every person gets the other spellings of given names as aliases, a bad row is reported",
          "[lexicon][kb]") {
  TempDir dir;
  dir.write("kb/entities.tsv", kKbHead + "org/x\tFund\nperson/a\tPerson\n");
  dir.write("lexicons/en/names.tsv",
            kNamesHead + "Mohammed Saleh\tperson/a\tname\nMohammed Fund\torg/x\tname\n");
  std::string variants = dir.write("lexicons/en/name_variants.tsv",
                                   "#khabar-lexicon 1\nword\tvariants\nMohammed\tMohamed|Muhammad\nSaleh\tSalih\n");
  auto kb = KnowledgeBase::load(dir.path().string());
  REQUIRE(kb.ok());
  std::vector<std::string> person, fund;
  for (const auto& l : kb->find("person/a")->labels) {
    if (l.lang == "en") person.push_back(l.text + "/" + l.kind);
  }
  for (const auto& l : kb->find("org/x")->labels) {
    if (l.lang == "en") fund.push_back(l.text);
  }
  std::sort(person.begin(), person.end());
  CHECK(person == std::vector<std::string>{"Mohamed Saleh/alias", "Mohammed Saleh/name", "Mohammed Salih/alias",
                                           "Muhammad Saleh/alias"});
  CHECK(fund == std::vector<std::string>{"Mohammed Fund"});  // (people only)
  dir.write("lexicons/en/name_variants.tsv", "#khabar-lexicon 1\nword\tvariants\nMohammed\tMohamed||Muhammad\n");
  auto bad = KnowledgeBase::load(dir.path().string());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().file() == variants);
  CHECK(bad.status().line() == 3);
}

TEST_CASE("Resources load from the ontology folder", "[lexicon][resources]") {
  auto r = Resources::load(KHABAR_DATA_DIR);
  REQUIRE(r.ok());
  const Resources& res = *r.value();
  CHECK(res.matcher().size() > 1000);
  CHECK(res.clitics().dictionary_stem("الصين") == "صين");
  CHECK(res.punct_class("-") == "joiner");
  CHECK(res.punct_class(",") == "comma");
  CHECK(res.punct_class("،") == "");  // keys are folded: ، is looked up as ","
  CHECK(res.en_ordinal(1) == "1st");
  CHECK(res.en_ordinal(12) == "12th");
  CHECK(res.en_ordinal(23) == "23rd");

  // The KB labels are in the matcher, with clitics and joiners.
  const auto& kb = res.kb();
  const int32_t cn = kb.index("country/cn");
  const int32_t lmc = kb.index("org/lmc");
  const int32_t fund = kb.index("org/lmc-special-fund");
  REQUIRE(cn >= 0);
  REQUIRE(lmc >= 0);
  REQUIRE(fund >= 0);
  khabar::text::Document doc;
  REQUIRE(res.tokenizer().tokenize("وبالصين والصندوق الخاص لتعاون لانتسانغ - ميكونغ", doc).ok());
  MatchScratch scratch;
  std::vector<Match> out;
  res.matcher().match(doc, scratch, out);
  auto has = [&](uint32_t begin, uint32_t end, int32_t payload, int flags) {
    return std::any_of(out.begin(), out.end(), [&](const Match& m) {
      return m.table == Table::kName && m.begin == begin && m.end == end &&
             m.payload == static_cast<uint32_t>(payload) && m.flags == flags;
    });
  };
  // Tokens: وبالصين(0) والصندوق(1) الخاص(2) لتعاون(3) لانتسانغ(4) -(5) ميكونغ(6)
  CHECK(has(0, 1, cn, kConj | kPrepB | kArticle));
  CHECK(has(1, 7, fund, kConj | kArticle));
  CHECK(has(3, 7, lmc, kPrepL));
}

TEST_CASE("Resources::load fails on a missing data folder", "[lexicon][resources]") {
  TempDir dir;
  auto r = Resources::load((dir.path() / "no-such-dir").string());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == ErrorCode::kIo);
}
