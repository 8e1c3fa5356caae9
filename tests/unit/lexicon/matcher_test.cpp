/// Matcher: longest-match phrase look-up with clitic readings and joiners.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "../text/temp_dir.h"
#include "lexicon/matcher.h"
#include "lexicon/resources.h"
#include "lexicon_fixture.h"

using khabar::lexicon::kArticle;
using khabar::lexicon::kConj;
using khabar::lexicon::kPrepB;
using khabar::lexicon::kPrepL;
using khabar::lexicon::kSuffix;
using khabar::lexicon::Match;
using khabar::lexicon::Matcher;
using khabar::lexicon::MatchScratch;
using khabar::lexicon::Table;
using khabar::testing::ar_clitics;
using khabar::testing::ar_tokenizer;
using khabar::text::Document;

namespace {

/// (begin, end, table, flags, prefix_bytes, payload)
using M = std::tuple<uint32_t, uint32_t, Table, int, int, uint32_t>;

enum Payload : uint32_t {
  kChina = 1,
  kEgypt = 2,
  kAlgeriaCountry = 3,
  kAlgeriaCity = 4,
  kCouncil = 10,          // مجلس
  kSecurityCouncil = 11,  // مجلس الأمن
  kUnsc = 12,             // مجلس الأمن الدولي
  kLmc = 20,              // لانتسانغ-ميكونغ
  kLmcEn = 21,            // Lancang-Mekong Cooperation
};

/// A matcher over hand-written entries. `reverse` adds them in the opposite
/// order (the result must not depend on it).
Matcher make_matcher(bool reverse = false) {
  Matcher m(ar_tokenizer(), ar_clitics());
  m.add_joiner("-");
  struct Entry {
    Table table;
    const char* surface;
    uint32_t payload;
  };
  std::vector<Entry> entries = {
      {Table::kName, "الصين", kChina},
      {Table::kName, "مصر", kEgypt},
      {Table::kName, "الجزائر", kAlgeriaCountry},
      {Table::kName, "الجزائر", kAlgeriaCity},
      {Table::kName, "مجلس", kCouncil},
      {Table::kName, "مجلس الأمن", kSecurityCouncil},
      {Table::kName, "مجلس الأمن الدولي", kUnsc},
      {Table::kName, "لانتسانغ-ميكونغ", kLmc},
      {Table::kName, "Lancang-Mekong Cooperation", kLmcEn},
      {Table::kNationality, "الصيني", kChina},
      {Table::kTitle, "وزير الخارجية", 0},
      {Table::kEventHead, "بيان", 0},
  };
  if (reverse) std::reverse(entries.begin(), entries.end());
  for (const auto& e : entries) REQUIRE(m.add(e.table, e.surface, e.payload));
  return m;
}

std::vector<M> match(const Matcher& m, const std::string& text) {
  Document doc;
  REQUIRE(ar_tokenizer().tokenize(text, doc).ok());
  MatchScratch scratch;
  std::vector<Match> out;
  m.match(doc, scratch, out);
  std::vector<M> r;
  for (const auto& x : out) r.emplace_back(x.begin, x.end, x.table, x.flags, x.prefix_bytes, x.payload);
  return r;
}

}  // namespace

TEST_CASE("phrase stems: article dropped, joiners skipped, other punctuation kept", "[lexicon][matcher]") {
  Matcher m = make_matcher();
  using V = std::vector<std::string>;
  CHECK(m.stems("مجلس الأمن الدولي") == V{"مجلس", "امن", "دولي"});
  CHECK(m.stems("لانتسانغ-ميكونغ") == V{"لانتسانغ", "ميكونغ"});
  CHECK(m.stems("لانتسانغ - ميكونغ") == V{"لانتسانغ", "ميكونغ"});
  CHECK(m.stems("Lancang-Mekong Cooperation") == V{"lancang", "mekong", "cooperation"});
  CHECK(m.stems("رابطة أمم جنوب شرق آسيا (آسيان)") ==
        V{"رابطه", "امم", "جنوب", "شرق", "اسيا", "(", "اسيان", ")"});
  CHECK(m.stems("").empty());
}

TEST_CASE("entries without a word are refused and duplicates are stored once", "[lexicon][matcher]") {
  Matcher m(ar_tokenizer(), ar_clitics());
  m.add_joiner("-");
  CHECK_FALSE(m.add(Table::kName, "", 1));
  CHECK_FALSE(m.add(Table::kName, "  \t ", 1));
  CHECK_FALSE(m.add(Table::kName, "-", 1));  // a joiner alone
  CHECK(m.size() == 0);
  CHECK(m.add(Table::kName, "الصين", 1));
  CHECK(m.add(Table::kName, "الصين", 1));
  CHECK(m.add(Table::kName, "الصيـن", 1));  // same key once folded
  CHECK(m.size() == 1);
  CHECK(m.add(Table::kName, "الصين", 2));   // another payload: ambiguity
  CHECK(m.add(Table::kTitle, "الصين", 1));  // another table
  CHECK(m.size() == 3);
}

TEST_CASE("the longest phrase at a token wins", "[lexicon][matcher][ar]") {
  for (bool reverse : {false, true}) {
    INFO("entries added in " << (reverse ? "reverse" : "file") << " order");
    Matcher m = make_matcher(reverse);
    CHECK(match(m, "اجتمع مجلس الأمن الدولي أمس") ==
          std::vector<M>{{1, 4, Table::kName, 0, 0, kUnsc}});
    CHECK(match(m, "اجتمع مجلس الأمن أمس") ==
          std::vector<M>{{1, 3, Table::kName, 0, 0, kSecurityCouncil}});
    CHECK(match(m, "اجتمع مجلس الوزراء") == std::vector<M>{{1, 2, Table::kName, 0, 0, kCouncil}});
  }
}

TEST_CASE("hyphen and spacing variants match one entry", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  struct Case {
    const char* text;
    uint32_t end;
  };
  const Case cases[] = {
      {"تعاون لانتسانغ-ميكونغ", 4},     // X-Y: لانتسانغ - ميكونغ tokens 1..3
      {"تعاون لانتسانغ - ميكونغ", 4},   // X - Y
      {"تعاون لانتسانغ- ميكونغ", 4},    // X- Y (as in the sample article)
      {"تعاون لانتسانغ–ميكونغ", 4},     // en dash folds to the joiner
      {"تعاون لانتسانغ ميكونغ", 3},     // X Y
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(match(m, c.text) == std::vector<M>{{1, c.end, Table::kName, 0, 0, kLmc}});
  }
  // A non-joiner between the words breaks the phrase.
  CHECK(match(m, "تعاون لانتسانغ، ميكونغ").empty());
  CHECK(match(m, "تعاون لانتسانغ/ميكونغ").empty());  // "/" is no joiner in this matcher
  // English: case-insensitive, hyphen or space.
  CHECK(match(m, "the Lancang Mekong cooperation") ==
        std::vector<M>{{1, 4, Table::kName, 0, 0, kLmcEn}});
  CHECK(match(m, "the LANCANG-MEKONG Cooperation.") ==
        std::vector<M>{{1, 5, Table::kName, 0, 0, kLmcEn}});
}

TEST_CASE("clitic-prefixed matches carry their flags and stripped bytes", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  struct Case {
    const char* text;
    Table table;
    int flags;
    int prefix_bytes;
    uint32_t payload;
  };
  const Case cases[] = {
      {"الصين", Table::kName, kArticle, 4, kChina},
      {"وبالصين", Table::kName, kConj | kPrepB | kArticle, 8, kChina},
      {"وللصين", Table::kName, kConj | kPrepL | kArticle, 6, kChina},
      {"للصين", Table::kName, kPrepL | kArticle, 4, kChina},
      {"ومصر", Table::kName, kConj, 2, kEgypt},
      {"لمصر", Table::kName, kPrepL, 2, kEgypt},
      {"مصر", Table::kName, 0, 0, kEgypt},
      {"والصيني", Table::kNationality, kConj | kArticle, 6, kChina},
      {"بيانا", Table::kEventHead, kSuffix, 0, 0},  // the accusative alef
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(match(m, c.text) == std::vector<M>{{0, 1, c.table, c.flags, c.prefix_bytes, c.payload}});
  }
}

TEST_CASE("ambiguous phrases keep every payload, sorted", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  CHECK(match(m, "زار الجزائر") == std::vector<M>{{1, 2, Table::kName, kArticle, 4, kAlgeriaCountry},
                                                   {1, 2, Table::kName, kArticle, 4, kAlgeriaCity}});
}

TEST_CASE("matches in several tables, sorted by begin then table", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  // قال وزير الخارجية الصيني وانغ يي إن الصين ...
  CHECK(match(m, "قال وزير الخارجية الصيني إن الصين ومصر") ==
        std::vector<M>{{1, 3, Table::kTitle, 0, 0, 0},
                       {3, 4, Table::kNationality, kArticle, 4, kChina},
                       {5, 6, Table::kName, kArticle, 4, kChina},
                       {6, 7, Table::kName, kConj, 2, kEgypt}});
}

TEST_CASE("matches never cross a sentence boundary", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  // The same words; a newline ends the sentence after مجلس.
  CHECK(match(m, "اجتمع مجلس\nالأمن الدولي") == std::vector<M>{{1, 2, Table::kName, 0, 0, kCouncil}});
  CHECK(match(m, "اجتمع مجلس. الأمن الدولي") == std::vector<M>{{1, 2, Table::kName, 0, 0, kCouncil}});
  // A joiner does not carry a phrase over a sentence end either.
  CHECK(match(m, "تعاون لانتسانغ -\nميكونغ").empty());
  CHECK(match(m, "تعاون لانتسانغ\n- ميكونغ").empty());
}

TEST_CASE("readings and token_is expose the clitic readings", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  Document doc;
  REQUIRE(ar_tokenizer().tokenize("وبالصين ، Wang", doc).ok());
  MatchScratch scratch;
  m.readings(doc, scratch);
  REQUIRE(scratch.offsets.size() == doc.tokens().size() + 1);
  CHECK(scratch.offsets[1] - scratch.offsets[0] == 4);  // وبالصين بالصين الصين صين
  CHECK(scratch.offsets[2] - scratch.offsets[1] == 1);  // punctuation: its key only
  CHECK(scratch.offsets[3] - scratch.offsets[2] == 1);  // Latin: no stripping
  uint8_t flags = 0;
  CHECK(m.token_is(scratch, 0, "صين", &flags));
  CHECK(flags == (kConj | kPrepB | kArticle));
  CHECK(m.token_is(scratch, 0, "بالصين", &flags));
  CHECK(flags == kConj);
  CHECK_FALSE(m.token_is(scratch, 0, "ين"));
  CHECK(m.token_is(scratch, 1, ","));
  CHECK(m.token_is(scratch, 2, "wang"));
  CHECK_FALSE(m.token_is(scratch, 2, "Wang"));
  CHECK(m.is_joiner("-"));
  CHECK_FALSE(m.is_joiner(","));
}

TEST_CASE("empty and whitespace-only documents give no matches", "[lexicon][matcher]") {
  Matcher m = make_matcher();
  CHECK(match(m, "").empty());
  CHECK(match(m, " \n\t").empty());
  CHECK(match(m, "\x01\x02").empty());
}

TEST_CASE("a date word whose value is no whole number is refused at load, with its file and line",
          "[lexicon][resources]") {
  for (const auto& [file, row] : {std::pair{"dates.tsv", "غدا\trelative\tبعد"},
                                  std::pair{"date_words.tsv", "الماضي\trelative\t"}}) {
    INFO(file);
    khabar::testing::TempDir dir;
    std::filesystem::copy(KHABAR_DATA_DIR, dir.path() / "data", std::filesystem::copy_options::recursive);
    const auto path = dir.path() / "data" / "lexicons" / "ar" / file;
    { std::ofstream(path, std::ios::app) << row << "\n"; }
    auto r = khabar::lexicon::Resources::load((dir.path() / "data").string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == khabar::ErrorCode::kBadData);
    CHECK(r.status().to_string().find(std::string(file) + ":") != std::string::npos);
  }
}

TEST_CASE("a later word read only by stripping a preposition or a conjunction ends the phrase", "[lexicon][matcher][ar]") {
  Matcher m = make_matcher();
  // (لأمن is ل + أمن: the council "for security", not the Security Council)
  CHECK(match(m, "دعم مجلس لأمن المنطقة") == std::vector<M>{{1, 2, Table::kName, 0, 0, kCouncil}});
  CHECK(match(m, "دعم مجلس وأمن") == std::vector<M>{{1, 2, Table::kName, 0, 0, kCouncil}});
  // (the phrase itself still matches after a preposition on its first word)
  CHECK(match(m, "دعا لمجلس الأمن") == std::vector<M>{{1, 3, Table::kName, kPrepL, 2, kSecurityCouncil}});
}
