// Tests of normalise() and similarity(): every expectation below was
// computed by ../shared/eval/score.py under /usr/bin/python3 (3.11,
// Unicode 14.0) and checked by eye.
#include "eval/labels.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "eval/scorer.h"  // python_float_repr

namespace {

using khabar::eval::normalise;
using khabar::eval::python_float_repr;
using khabar::eval::similarity;

struct NormaliseCase {
  std::string input;
  std::string expected;
};

void check_table(const std::vector<NormaliseCase>& table) {
  for (const NormaliseCase& c : table) {
    INFO("input: " << c.input);
    CHECK(normalise(c.input) == c.expected);
  }
}

}  // namespace

TEST_CASE("normalise: empty, whitespace, control characters", "[eval]") {
  check_table({
      {"", ""},
      {"   ", ""},
      {"Tab\tNew\nline", "tab new line"},
      {std::string("a\0b\ac", 5), "a b c"},
      {"Sok-Chenda  Sophea!!", "sok chenda sophea"},
      {"Wang_Yi", "wang yi"},  // `_` is a separator too
  });
}

TEST_CASE("normalise: a leading \"the\" is dropped, once", "[eval]") {
  check_table({
      {"The Lancang-Mekong", "lancang mekong"},
      {"the", ""},
      {"The the", "the"},
      {"the_x", "x"},
      {"Lancang-Mekong Cooperation Foreign Ministers' Meeting",
       "lancang mekong cooperation foreign ministers meeting"},
  });
}

TEST_CASE("normalise: Arabic diacritics, tatweel and letter folding",
          "[eval][ar]") {
  check_table({
      {"الصِّينُ", "صين"},
      {"أحمد", "احمد"},
      {"إيران", "ايران"},
      {"آسيا", "اسيا"},
      {"مصطفى", "مصطفي"},
      {"مؤتمر", "موتمر"},
      {"رئيس", "رييس"},
      {"عـــرب", "عرب"},
      {"٢٠٢٤", "٢٠٢٤"},  // Arabic-Indic digits are word characters
      {"«الصين»", "صين"},
  });
}

TEST_CASE("normalise: \"ال\" goes from tokens longer than 4 code points",
          "[eval][ar]") {
  check_table({
      {"الصين", "صين"},  // 5 code points
      {"الصف", "الصف"},  // 4: kept
      {"القاهرة", "قاهره"},
      {"ٱلقدس", "قدس"},  // alef wasla folds first
      {"الthe x", "x"},  // stripped to "the", which then leads
  });
}

TEST_CASE("normalise: presentation forms and compatibility characters",
          "[eval][ar]") {
  check_table({
      {"ﻷمم", "لامم"},
      {"ﷲ", "الله"},  // NFKC gives 4 code points: no "ال" stripping
      {"ﻣﺼﺮ", "مصر"},
      {"ＷＡＮＧ　ＹＩ", "wang yi"},
      {"Ⅻ", "xii"},
      {"①②", "12"},
      {"½", "1 2"},  // NFKC: 1 U+2044 2, and U+2044 is not a word character
      {"x²", "x2"},
      {"ﬁnance", "finance"},
  });
}

TEST_CASE("normalise: case folding and combining marks", "[eval]") {
  check_table({
      {"Straße", "strasse"},
      {"İstanbul", "i stanbul"},  // folds to i + U+0307, a mark: \W
      {"ΣΊΣΥΦΟΣ", "σίσυφοσ"},
      {"e\u0301cole", "école"},  // NFKC composes
      {"ǅemal", "džemal"},
      {"हिन्दी", "ह न द"},  // Devanagari vowel signs are marks: \W
  });
}

TEST_CASE("normalise: mixed script and characters newer than Unicode 14",
          "[eval]") {
  check_table({
      {"Wang Yi وانغ يي", "wang yi وانغ يي"},
      // U+1E030 (Unicode 15.0) is unassigned for Python 3.11: a separator.
      {"a\U0001E030b", "a b"},
  });
}

TEST_CASE("similarity: equality, Jaccard threshold, empty keys", "[eval]") {
  struct Case {
    std::set<std::string> a, b;
    std::string expected;  // Python's repr() of score.py's result
  };
  const std::vector<Case> table = {
      {{"a b c"}, {"a b c d"}, "0.8"},
      {{"a b c"}, {"a b c d e"}, "0.74"},  // J = 0.6 exactly: accepted
      {{"a b"}, {"a b c d"}, "0.0"},       // J = 0.5
      {{"wang yi"}, {"yi wang"}, "0.9"},   // same token set, other order
      {{"a a b"}, {"a b"}, "0.9"},
      {{""}, {""}, "0.0"},  // empty keys never match
      {{}, {"x"}, "0.0"},
      {{"x", "a b c"}, {"a b c d", "x"}, "1.0"},
      {{"sok chenda"}, {"sok chenda sophea"}, "0.7666666666666666"},
  };
  for (const Case& c : table) {
    CHECK(python_float_repr(similarity(c.a, c.b)) == c.expected);
  }
}

TEST_CASE("python_float_repr writes floats as Python's repr()", "[eval]") {
  CHECK(python_float_repr(0.0) == "0.0");
  CHECK(python_float_repr(1.0) == "1.0");
  CHECK(python_float_repr(0.1) == "0.1");
  CHECK(python_float_repr(2.0 / 3.0) == "0.6666666666666666");
  CHECK(python_float_repr(12.0 / 13.0) == "0.9230769230769231");
  CHECK(python_float_repr(1e-05) == "1e-05");
  CHECK(python_float_repr(0.0001) == "0.0001");
  CHECK(python_float_repr(1e16) == "1e+16");
  CHECK(python_float_repr(123456.5) == "123456.5");
}
