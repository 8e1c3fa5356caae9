/// The curated data of ontology/kb/: Wikidata ids well-formed and unique,
/// the Wikidata class table, and (hidden, tag [bench]) the KB load time.

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "core/tsv.h"
#include "kb_fixture.h"
#include "lexicon/kb.h"
#include "lexicon/resources.h"

using khabar::lexicon::KnowledgeBase;
using khabar::lexicon::Resources;
using khabar::testing::kb_ontology;

TEST_CASE("every Wikidata id of ontology/kb/entities.tsv matches ^Q[0-9]+$ and is unique", "[kb][data]") {
  const std::string path = std::string(KHABAR_DATA_DIR) + "/kb/entities.tsv";
  auto rows = khabar::read_tsv(path, "#khabar-kb 1", true);
  REQUIRE(rows.ok());
  const std::regex qid("^Q[0-9]+$");
  std::map<std::string, std::string> owner;  // id -> key
  size_t ids = 0;
  for (const auto& row : rows.value()) {
    if (row.fields.size() < 3 || row.fields[2].empty()) continue;
    const std::string& id = row.fields[2];
    INFO(path << ":" << row.line << ": " << row.fields[0] << " " << id);
    ++ids;
    CHECK(std::regex_match(id, qid));
    auto [it, fresh] = owner.emplace(id, row.fields[0]);
    if (!fresh) FAIL_CHECK(id << " is also the id of " << it->second);
  }
  CHECK(ids > 300);
  // Keys are unique too.
  std::vector<std::string> keys;
  for (const auto& row : rows.value()) keys.push_back(row.fields[0]);
  std::sort(keys.begin(), keys.end());
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
}

TEST_CASE("the Wikidata class table maps to classes of the ontology", "[kb][data]") {
  const std::string path = std::string(KHABAR_DATA_DIR) + "/kb/wikidata_classes.tsv";
  auto rows = khabar::read_tsv(path, "#khabar-kb-classes 1", true);
  REQUIRE(rows.ok());
  for (const auto& row : rows.value()) {
    INFO(path << ":" << row.line);
    REQUIRE(row.fields.size() == 2);
    CHECK(kb_ontology().has_class(row.fields[1]));
  }
  auto kb = KnowledgeBase::load(KHABAR_DATA_DIR);
  REQUIRE(kb.ok());
  CHECK(kb->class_of_wikidata("Q5") == "Person");
  CHECK(kb->class_of_wikidata("Q6256") == "Country");
  CHECK(kb->class_of_wikidata("Q515") == "City");
  CHECK(kb->class_of_wikidata("Q43229") == "Organization");
  CHECK(kb->class_of_wikidata("Q1").empty());
}

TEST_CASE("KB load time (median of 5)", "[.][bench][kb]") {
  using Clock = std::chrono::steady_clock;
  auto median_ms = [](auto&& run) {
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      run();
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[2];
  };
  size_t entities = 0, phrases = 0;
  double kb_ms = median_ms([&] {
    auto kb = KnowledgeBase::load(KHABAR_DATA_DIR, {}, &kb_ontology());
    REQUIRE(kb.ok());
    entities = kb->entities().size();
  });
  double res_ms = median_ms([&] {
    auto r = Resources::load(KHABAR_DATA_DIR);
    REQUIRE(r.ok());
    phrases = r.value()->matcher().size();
  });
  std::printf("KnowledgeBase::load: %.1f ms (%zu entities); Resources::load (includes the KB): %.1f ms "
              "(%zu phrases); median of 5\n",
              kb_ms, entities, res_ms, phrases);
  CHECK(kb_ms < 200);
}
