/// What the entities stage reads from the knowledge base to name and link:
/// short names for composed English labels (`lexicons/<lang>/short_names.tsv`),
/// nationality adjectives, entities added by --kb, and the context that
/// supports one candidate of a shared label (`KnowledgeBase::supported_by`).

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../text/temp_dir.h"
#include "kb_fixture.h"
#include "lexicon/kb.h"

using khabar::ErrorCode;
using khabar::lexicon::KnowledgeBase;
using khabar::testing::kb_ontology;
using khabar::testing::kb_test_data;
using khabar::testing::TempDir;

namespace {

const KnowledgeBase& builtin_kb() {
  static const KnowledgeBase kb = [] {
    auto loaded = KnowledgeBase::load(KHABAR_DATA_DIR, {kb_test_data("common_words.tsv")}, &kb_ontology());
    if (!loaded.ok()) FAIL(loaded.status().to_string());
    return std::move(loaded.value());
  }();
  return kb;
}

uint32_t at(const KnowledgeBase& kb, const std::string& key) {
  int32_t i = kb.index(key);
  REQUIRE(i >= 0);
  return static_cast<uint32_t>(i);
}

const std::string kHeader = "#khabar-lexicon 1\nsurface\tkey\tkind\n";

}  // namespace

TEST_CASE("short names: the form used inside composed names", "[kb][english]") {
  const auto& kb = builtin_kb();
  struct Case {
    const char* key;
    const char* short_en;
  };
  const Case cases[] = {
      {"org/asean", "ASEAN"},          // short name listed
      {"org/ecowas", "ECOWAS"},        //
      {"country/us", "US"},            //
      {"org/arab-league", "Arab League"},  // none listed: the English name
      {"org/au", "African Union"},     //
      {"country/eg", "Egypt"},         // CLDR name
  };
  for (const auto& c : cases) {
    INFO(c.key);
    CHECK(kb.find(c.key)->short_label("en") == c.short_en);
  }
  // not a label: never matched in text, never exported
  const auto& asean = *kb.find("org/asean");
  CHECK(std::none_of(asean.labels.begin(), asean.labels.end(),
                     [](const auto& l) { return l.kind == "short"; }));
  CHECK(asean.short_label("ar") == asean.label("ar"));
}

TEST_CASE("short names: adjectives of nationality", "[kb][english]") {
  const auto& kb = builtin_kb();
  CHECK(kb.find("country/lb")->adjective("en") == "Lebanese");
  CHECK(kb.find("country/jo")->adjective("en") == "Jordanian");
  CHECK(kb.find("org/un")->adjective("en").empty());
  CHECK(kb.find("country/lb")->adjective("xx").empty());
}

TEST_CASE("short names: bad files are refused with their line", "[kb][english]") {
  TempDir dir;
  struct Bad {
    const char* what;
    std::string body;
    uint32_t line;
  };
  const Bad bad[] = {
      {"unknown key", "ASEAN\torg/no-such-body\tshort\n", 3},
      {"other kind", "ASEAN\torg/asean\tacronym\n", 3},
      {"two for one key", "ASEAN\torg/asean\tshort\nAsean\torg/asean\tshort\n", 4},
      {"missing column", "ASEAN\torg/asean\n", 3},
  };
  for (const auto& b : bad) {
    INFO(b.what);
    KnowledgeBase kb = builtin_kb();
    auto st = kb.load_short_names(dir.write("short.tsv", kHeader + b.body), "xx");
    REQUIRE_FALSE(st.ok());
    CHECK(st.code() == ErrorCode::kBadData);
    CHECK(st.line() == b.line);
  }
  KnowledgeBase kb = builtin_kb();
  REQUIRE(kb.load_short_names(dir.write("ok.tsv", kHeader + "Asean\torg/asean\tshort\n"), "xx").ok());
  CHECK(kb.find("org/asean")->short_label("xx") == "Asean");
}

TEST_CASE("extra entities: those added by --kb are marked, built-in and merged ones not", "[kb][link]") {
  const auto& kb = builtin_kb();
  CHECK(kb.find("person/test-amal")->extra);
  CHECK(kb.find("org/test-will")->extra);
  CHECK_FALSE(kb.find("country/cn")->extra);
  CHECK_FALSE(kb.find("city/amman")->extra);
  CHECK_FALSE(kb.find("person/wang-yi")->extra);
}

TEST_CASE("supported_by: a city by its country, a country by its places", "[kb][link][ambiguity]") {
  const auto& kb = builtin_kb();
  const uint32_t amman = at(kb, "city/amman"), oman = at(kb, "country/om");
  auto named = [&](std::vector<std::string> keys) {
    std::vector<uint32_t> out;
    for (const auto& k : keys) out.push_back(at(kb, k));
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(kb.supported_by(amman, named({"country/jo"})));
  CHECK_FALSE(kb.supported_by(oman, named({"country/jo"})));
  CHECK(kb.supported_by(oman, named({"city/muscat"})));
  CHECK_FALSE(kb.supported_by(amman, named({"city/muscat"})));
  CHECK(kb.supported_by(oman, named({"country/om"})));  // named itself elsewhere
  CHECK_FALSE(kb.supported_by(oman, named({})));
  CHECK_FALSE(kb.supported_by(amman, named({"country/eg", "city/cairo"})));
}
