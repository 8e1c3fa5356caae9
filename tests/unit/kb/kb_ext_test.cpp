/// The single-file KB extension (`#khabar-kb-ext 1`), `--kb` format
/// detection, and merging by Wikidata id (ontology/kb/README.md).

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../text/temp_dir.h"
#include "kb_fixture.h"
#include "lexicon/kb.h"

using khabar::ErrorCode;
using khabar::lexicon::KbEntity;
using khabar::lexicon::KbLabel;
using khabar::lexicon::KnowledgeBase;
using khabar::testing::kb_ontology;
using khabar::testing::kb_test_data;
using khabar::testing::TempDir;

namespace {

bool has_label(const KbEntity& e, const std::string& lang, const std::string& text,
               const std::string& kind) {
  return std::any_of(e.labels.begin(), e.labels.end(), [&](const KbLabel& l) {
    return l.lang == lang && l.text == text && l.kind == kind;
  });
}

KnowledgeBase load_with(const std::vector<std::string>& extra) {
  auto kb = KnowledgeBase::load(KHABAR_DATA_DIR, extra, &kb_ontology());
  if (!kb.ok()) FAIL(kb.status().to_string());
  return std::move(kb.value());
}

const std::string kExt = "#khabar-kb-ext 1\n";

}  // namespace

TEST_CASE("kb-ext: entities and their labels in one file", "[kb][ext]") {
  const size_t builtin = load_with({}).entities().size();
  KnowledgeBase kb = load_with({kb_test_data("extension.tsv")});
  // Two new entities; country/middle-kingdom is China (Q148), merged.
  CHECK(kb.entities().size() == builtin + 2);

  const KbEntity* nadia = kb.find("person/test-nadia-haddad");
  REQUIRE(nadia != nullptr);
  CHECK(nadia->cls == "Person");
  CHECK(nadia->wikidata.empty());
  CHECK(nadia->label("ar") == "نادية حداد");
  CHECK(nadia->label("en") == "Nadia Haddad");

  const KbEntity* harbour = kb.find("city/test-harbour");
  REQUIRE(harbour != nullptr);  // its label row came first
  CHECK(harbour->geonames == "12345");
  CHECK(harbour->facts.at("country") == "country/jo");
  CHECK(harbour->label("en") == "Test Harbour");
}

TEST_CASE("kb-ext: an entity with a built-in Wikidata id merges into it", "[kb][ext][link]") {
  KnowledgeBase kb = load_with({kb_test_data("extension.tsv")});
  const KbEntity* cn = kb.find("country/cn");
  const KbEntity* mk = kb.find("country/middle-kingdom");
  REQUIRE(cn != nullptr);
  CHECK(mk == cn);  // the new key is an alias of the built-in entity
  CHECK(kb.index("country/middle-kingdom") == kb.index("country/cn"));
  CHECK(kb.index_of_wikidata("Q148") == kb.index("country/cn"));
  CHECK(cn->key == "country/cn");  // the built-in key (and IRI) stays
  CHECK(has_label(*cn, "ar", "المملكة الوسطى", "alias"));
  // A second "name" in a language that has one is kept as an alias: the
  // canonical English label stays the built-in one.
  CHECK(has_label(*cn, "en", "Middle Kingdom", "alias"));
  CHECK(cn->label("en") == "China");
  // Exactly one entity carries Q148.
  CHECK(std::count_if(kb.entities().begin(), kb.entities().end(),
                      [](const KbEntity& e) { return e.wikidata == "Q148"; }) == 1);
}

TEST_CASE("kb-ext: a known key is completed, never overridden", "[kb][ext][link]") {
  TempDir dir;
  // city/chiang-mai has no Wikidata id in the built-in KB; country/cn is Q148.
  std::string path = dir.write("more.tsv", kExt +
                                               "entity\tcity/chiang-mai\tCity\tQ99999999\t\tcountry=country/cn\n"
                                               "label\tcity/chiang-mai\tfr\tname\tChiang Mai\n"
                                               "label\tcity/chiang-mai\tfr\tname\tChiang Mai\n");
  KnowledgeBase kb = load_with({path});
  const KbEntity* cm = kb.find("city/chiang-mai");
  REQUIRE(cm != nullptr);
  CHECK(cm->wikidata == "Q99999999");
  CHECK(cm->facts.at("country") == "country/th");  // never overridden
  CHECK(std::count_if(cm->labels.begin(), cm->labels.end(),
                      [](const KbLabel& l) { return l.lang == "fr"; }) == 1);  // no duplicate
  CHECK(kb.index_of_wikidata("Q99999999") == kb.index("city/chiang-mai"));
}

TEST_CASE("kb-ext: bad lines fail with file and line", "[kb][ext]") {
  struct Bad {
    const char* name;
    std::string content;
    uint32_t line;
    const char* says;
  };
  const Bad cases[] = {
      {"wrong version", "#khabar-kb-ext 2\nentity\torg/a\tFund\n", 1, "version"},
      {"unknown row type", kExt + "entity\torg/a\tFund\nthing\torg/a\n", 3, "'entity' or 'label'"},
      {"entity without class", kExt + "# c\nentity\torg/a\n", 3, "entity<TAB>key<TAB>class"},
      {"entity with 7 fields", kExt + "entity\torg/a\tFund\tQ1\t1\tcountry=country/cn\tx\n", 2,
       "entity<TAB>key<TAB>class"},
      {"upper-case key", kExt + "entity\tOrg/A\tFund\n", 2, "bad key"},
      {"key without kind", kExt + "entity\tjane-doe\tPerson\n", 2, "bad key"},
      {"key with a space", kExt + "entity\tperson/jane doe\tPerson\n", 2, "bad key"},
      {"class not in the ontology", kExt + "entity\torg/a\tFund\nentity\torg/b\tCharity\n", 3,
       "class 'Charity'"},
      {"Wikidata id without Q", kExt + "entity\torg/a\tFund\t148\n", 2, "bad Wikidata id"},
      {"Wikidata IRI, not id", kExt + "entity\torg/a\tFund\thttp://www.wikidata.org/entity/Q1\n", 2,
       "bad Wikidata id"},
      {"GeoNames id with letters", kExt + "entity\torg/a\tFund\t\tx12\n", 2, "bad GeoNames id"},
      {"fact without =", kExt + "entity\torg/a\tFund\t\t\tcountry\n", 2, "bad fact"},
      {"fact to an unknown key", kExt + "entity\torg/a\tFund\t\t\tcountry=country/atlantis\n", 2,
       "unknown entity key"},
      {"label of an unknown key", kExt + "entity\torg/a\tFund\nlabel\torg/b\ten\tname\tB\n", 3,
       "unknown entity key 'org/b'"},
      {"label with 4 fields", kExt + "entity\torg/a\tFund\nlabel\torg/a\ten\tname\n", 3,
       "label<TAB>key<TAB>lang<TAB>kind<TAB>surface"},
      {"bad language tag", kExt + "entity\torg/a\tFund\nlabel\torg/a\tenglish\tname\tA\n", 3,
       "bad language tag"},
      {"unknown label kind", kExt + "entity\torg/a\tFund\nlabel\torg/a\ten\tnickname\tA\n", 3,
       "unknown label kind"},
      {"blank label", kExt + "entity\torg/a\tFund\nlabel\torg/a\ten\tname\t \x01 \n", 3, "empty label"},
      {"key that has another Wikidata id", kExt + "entity\tcountry/cn\tCountry\tQ30\n", 2,
       "belongs to 'country/us'"},
      {"built-in key, contradicting id", kExt + "entity\tcountry/cn\tCountry\tQ99999998\n", 2,
       "has Wikidata id Q148"},
      {"invalid UTF-8", kExt + "entity\torg/a\tFund\nlabel\torg/a\ten\tname\t\xC3\x28\n", 3, "UTF-8"},
  };
  TempDir dir;
  int i = 0;
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write("ext" + std::to_string(i++) + ".tsv", c.content);
    auto kb = KnowledgeBase::load(KHABAR_DATA_DIR, {path}, &kb_ontology());
    REQUIRE_FALSE(kb.ok());
    const auto& st = kb.status();
    INFO(st.to_string());
    CHECK((st.code() == ErrorCode::kBadData || st.code() == ErrorCode::kInvalidUtf8));
    CHECK(st.file() == path);
    CHECK(st.line() == c.line);
    CHECK(st.message().find(c.says) != std::string::npos);
    CHECK(st.to_string().rfind(path + ":" + std::to_string(c.line) + ": ", 0) == 0);
  }
}

TEST_CASE("kb files (--kb): the format comes from the extension and the first line", "[kb][ext]") {
  TempDir dir;
  const std::string json = R"({"head":{"vars":["item"]},"results":{"bindings":[]}})";
  struct Case {
    const char* name;
    std::string file, content;
    bool ok;
    const char* says;
  };
  const Case cases[] = {
      {"ext", "a.tsv", kExt + "entity\torg/a\tFund\n", true, ""},
      {"entities.tsv format", "b.tsv", "#khabar-kb 1\nkey\tclass\norg/b\tFund\n", true, ""},
      {"SPARQL JSON by extension", "c.json", json, true, ""},
      {"SPARQL JSON by extension .srj", "d.SRJ", json, true, ""},
      {"SPARQL JSON by content", "e.txt", "\xEF\xBB\xBF  " + json, true, ""},
      {"a .json that is not JSON", "f.json", kExt + "entity\torg/a\tFund\n", false, "column 1"},
      {"names.tsv is not a KB file", "g.tsv", "#khabar-lexicon 1\nsurface\tkey\tkind\n", false,
       "unknown knowledge-base format"},
      {"empty file", "h.tsv", "", false, "unknown knowledge-base format"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write(c.file, c.content);
    KnowledgeBase kb;
    auto st = kb.load_file(path, &kb_ontology());
    INFO(st.to_string());
    CHECK(st.ok() == c.ok);
    if (!c.ok) {
      CHECK(st.file() == path);
      CHECK(st.line() == 1);
      CHECK(st.message().find(c.says) != std::string::npos);
    }
  }
  KnowledgeBase kb;
  auto missing = kb.load_file((dir.path() / "nope.tsv").string());
  CHECK(missing.code() == ErrorCode::kIo);
}

TEST_CASE("kb-ext: a file of the entities.tsv format from --kb still merges by id", "[kb][link]") {
  TempDir dir;
  std::string path = dir.write("old.tsv", "#khabar-kb 1\nkey\tclass\twikidata\n"
                                          "country/prc\tCountry\tQ148\n"
                                          "org/new\tFund\tQ99999997\n");
  const size_t builtin = load_with({}).entities().size();
  KnowledgeBase kb = load_with({path});
  CHECK(kb.entities().size() == builtin + 1);
  CHECK(kb.find("country/prc") == kb.find("country/cn"));
}

TEST_CASE("the built-in entities file may not give one Wikidata id to two keys", "[kb][link]") {
  TempDir dir;
  std::string path = dir.write("kb/entities.tsv", "#khabar-kb 1\nkey\tclass\twikidata\n"
                                                  "org/a\tFund\tQ1\norg/b\tFund\tQ1\n");
  auto kb = KnowledgeBase::load(dir.path().string());
  REQUIRE_FALSE(kb.ok());
  CHECK(kb.status().file() == path);
  CHECK(kb.status().line() == 4);
  CHECK(kb.status().message().find("already belongs to 'org/a'") != std::string::npos);
}
