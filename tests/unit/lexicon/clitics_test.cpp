/// Clitics: the readings (candidate stems) of a token key, from
/// ontology/lexicons/ar/clitics.tsv.

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "../text/temp_dir.h"
#include "lexicon/clitics.h"
#include "lexicon_fixture.h"

using khabar::ErrorCode;
using khabar::lexicon::Candidate;
using khabar::lexicon::Clitics;
using khabar::lexicon::kArticle;
using khabar::lexicon::kConj;
using khabar::lexicon::kPrepB;
using khabar::lexicon::kPrepK;
using khabar::lexicon::kPrepL;
using khabar::lexicon::kSuffix;
using khabar::testing::ar_clitics;
using khabar::testing::ar_tokenizer;
using khabar::testing::TempDir;

namespace {

/// (stem, flags, prefix bytes)
using Reading = std::tuple<std::string, int, int>;

std::vector<Reading> readings(const Clitics& c, const std::string& key) {
  std::vector<Candidate> out;
  c.candidates(key, out);
  std::vector<Reading> r;
  for (const auto& x : out) r.emplace_back(std::string(x.stem), x.flags, x.prefix_bytes);
  return r;
}

std::string fold(const std::string& s) { return ar_tokenizer().folder().key(s); }

}  // namespace

TEST_CASE("clitic readings of prefixed Arabic keys", "[lexicon][clitics][ar]") {
  struct Case {
    const char* key;
    std::vector<Reading> expected;
  };
  // Arabic letters are 2 bytes in UTF-8: prefix_bytes = 2 x letters stripped.
  const Case cases[] = {
      {"الصين", {{"الصين", 0, 0}, {"صين", kArticle, 4}}},
      {"وبالصين",
       {{"وبالصين", 0, 0},
        {"بالصين", kConj, 2},
        {"الصين", kConj | kPrepB, 4},
        {"صين", kConj | kPrepB | kArticle, 8}}},
      {"للصين", {{"للصين", 0, 0}, {"لصين", kPrepL, 2}, {"صين", kPrepL | kArticle, 4}}},
      {"وللصين",
       {{"وللصين", 0, 0},
        {"للصين", kConj, 2},
        {"لصين", kConj | kPrepL, 4},
        {"صين", kConj | kPrepL | kArticle, 6}}},
      {"فالصين", {{"فالصين", 0, 0}, {"الصين", kConj, 2}, {"صين", kConj | kArticle, 6}}},
      {"كالصين", {{"كالصين", 0, 0}, {"الصين", kPrepK, 2}, {"صين", kPrepK | kArticle, 6}}},
      {"ومصر", {{"ومصر", 0, 0}, {"مصر", kConj, 2}}},
      {"لمصر", {{"لمصر", 0, 0}, {"مصر", kPrepL, 2}}},
      {"للاجتماع",
       {{"للاجتماع", 0, 0}, {"لاجتماع", kPrepL, 2}, {"اجتماع", kPrepL | kArticle, 4}}},
  };
  for (const auto& c : cases) {
    INFO("key: " << c.key);
    CHECK(readings(ar_clitics(), c.key) == c.expected);
  }
}

TEST_CASE("the accusative alef is removed from stems of four letters or more", "[lexicon][clitics][ar]") {
  struct Case {
    const char* key;
    std::vector<Reading> expected;
  };
  const Case cases[] = {
      // بيانا -> بيان; the ب reading يانا also loses its alef.
      {"بيانا",
       {{"بيانا", 0, 0}, {"يانا", kPrepB, 2}, {"بيان", kSuffix, 0}, {"يان", kPrepB | kSuffix, 2}}},
      // وفدا -> وفد, but the three-letter reading فدا keeps its alef.
      {"وفدا", {{"وفدا", 0, 0}, {"فدا", kConj, 2}, {"وفد", kSuffix, 0}}},
      // Three letters: never stripped.
      {"دعا", {{"دعا", 0, 0}}},
      // Never after the article: العليا is no علي with it (the reading
      // without the article still loses its alef).
      {"العليا", {{"العليا", 0, 0}, {"عليا", kArticle, 4}, {"العلي", kSuffix, 0}}},
  };
  for (const auto& c : cases) {
    INFO("key: " << c.key);
    CHECK(readings(ar_clitics(), c.key) == c.expected);
  }
}

TEST_CASE("stems shorter than two letters are not produced", "[lexicon][clitics][ar]") {
  struct Case {
    const char* key;
    std::vector<Reading> expected;
  };
  const Case cases[] = {
      {"ولد", {{"ولد", 0, 0}, {"لد", kConj, 2}}},  // ل + د would leave one letter
      {"وب", {{"وب", 0, 0}}},
      {"ال", {{"ال", 0, 0}}},
      {"لل", {{"لل", 0, 0}}},
      {"و", {{"و", 0, 0}}},
  };
  for (const auto& c : cases) {
    INFO("key: " << c.key);
    CHECK(readings(ar_clitics(), c.key) == c.expected);
  }
}

TEST_CASE("keys that are not Arabic, and the empty key, are not stripped", "[lexicon][clitics]") {
  for (const char* key : {"", "china", "wang", "2024", "-", "école"}) {
    INFO("key: " << key);
    CHECK(readings(ar_clitics(), key) == std::vector<Reading>{{key, 0, 0}});
  }
  const Clitics none;
  CHECK(none.empty());
  CHECK(readings(none, "وبالصين") == std::vector<Reading>{{"وبالصين", 0, 0}});
}

TEST_CASE("clitic prefixes are matched on folded keys", "[lexicon][clitics][ar]") {
  // بالإضافة folds to بالاضافه: ب, then ال, then the stem.
  CHECK(readings(ar_clitics(), fold("بالإضافة")) ==
        std::vector<Reading>{{"بالاضافه", 0, 0}, {"الاضافه", kPrepB, 2}, {"اضافه", kPrepB | kArticle, 6}});
}

TEST_CASE("dictionary stems drop the article when two letters remain", "[lexicon][clitics][ar]") {
  struct Case {
    const char* key;
    const char* stem;
  };
  const Case cases[] = {
      {"الصين", "صين"}, {"اليوم", "يوم"}, {"الي", "الي"},  // إلى folded: ال + one letter
      {"مصر", "مصر"},   {"ال", "ال"},     {"china", "china"}, {"", ""},
  };
  for (const auto& c : cases) {
    INFO("key: " << c.key);
    CHECK(ar_clitics().dictionary_stem(c.key) == c.stem);
  }
}

TEST_CASE("bad clitics files fail with file and line", "[lexicon][clitics]") {
  struct Bad {
    const char* name;
    std::string content;
    uint32_t line;
  };
  const std::string head = "#khabar-lexicon 1\nprefix\tclass\n";
  const Bad cases[] = {
      {"unknown class", head + "و\tconj\nب\tpreposition\n", 4},
      {"no class", head + "و\n", 3},
      {"empty prefix", head + "\tconj\n", 3},
      {"prefix that folds to nothing", head + "\u064E\tconj\n", 3},
      {"wrong version", "#khabar-lexicon 2\nprefix\tclass\nو\tconj\n", 1},
  };
  TempDir dir;
  int i = 0;
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write("clitics" + std::to_string(i++) + ".tsv", c.content);
    auto loaded = Clitics::load(path, fold);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == ErrorCode::kBadData);
    CHECK(loaded.status().file() == path);
    CHECK(loaded.status().line() == c.line);
  }
}
