/// Folder: the matching key of a token (ontology/normalization/ar.tsv, then
/// Unicode simple case folding).

#include <catch2/catch.hpp>

#include <string>

#include "temp_dir.h"
#include "text/folder.h"

using khabar::ErrorCode;
using khabar::testing::TempDir;
using khabar::text::Folder;

namespace {

struct Case {
  const char* input;
  const char* expected;
};

const Folder& arabic_folder() {
  static const Folder folder = [] {
    auto f = Folder::load(std::string(KHABAR_DATA_DIR) + "/normalization/ar.tsv");
    if (!f.ok()) FAIL("cannot load ar.tsv: " << f.status().to_string());
    return f.value();
  }();
  return folder;
}

void check_table(const Folder& folder, const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO("input: " << c->input);
    CHECK(folder.key(c->input) == c->expected);
  }
}

}  // namespace

TEST_CASE("alef forms fold to bare alef", "[normalize][ar]") {
  const Case cases[] = {
      {"أحمد", "احمد"},          // U+0623 hamza above
      {"إبراهيم", "ابراهيم"},    // U+0625 hamza below
      {"آسيا", "اسيا"},          // U+0622 madda
      {"ٱلصين", "الصين"},        // U+0671 wasla
      {"\u0672\u0673", "اا"},    // wavy hamza above / below
      {"ا", "ا"},                // bare alef unchanged
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("alef maqsura, ta marbuta and hamza seats fold", "[normalize][ar]") {
  const Case cases[] = {
      {"مصطفى", "مصطفي"},   // ى U+0649 -> ي
      {"إلى", "الي"},       // both alef rules and maqsura in one word
      {"مدينة", "مدينه"},   // ة U+0629 -> ه
      {"مسؤول", "مسوول"},   // ؤ -> و
      {"رئيس", "رييس"},     // ئ -> ي
      {"سماء", "سماء"},     // a hamza on the line (U+0621) has no seat: kept
      {"یک", "يك"},         // Persian yeh U+06CC and kaf U+06A9
      {"گ", "ك"},           // gaf U+06AF
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("tashkeel and tatweel are removed", "[normalize][ar]") {
  const Case cases[] = {
      {"مُحَمَّد", "محمد"},              // damma, fatha, shadda
      {"كِتَابٌ", "كتاب"},               // kasra, tanween damm
      {"سَلامًا", "سلاما"},              // fatha and tanween fath go, the alef stays
      {"مْ", "م"},                       // sukun
      {"هٰذا", "هذا"},                   // superscript alef U+0670
      {"الصيـــن", "الصين"},             // tatweel U+0640
      {"\u0627\u0654", "ا"},             // decomposed hamza: the mark goes
      {"\u064E\u0651", ""},              // marks only: nothing left
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
  CHECK(arabic_folder().deletes(U'\u064E'));
  CHECK(arabic_folder().deletes(U'\u0640'));
  CHECK_FALSE(arabic_folder().deletes(U'\u0627'));
  CHECK_FALSE(arabic_folder().deletes(U'\U0001F600'));  // outside the BMP table
}

TEST_CASE("Arabic-Indic digits and Arabic punctuation fold to ASCII", "[normalize][ar]") {
  const Case cases[] = {
      {"٠١٢٣٤٥٦٧٨٩", "0123456789"},  // U+0660..U+0669
      {"۰۱۲۳۴۵۶۷۸۹", "0123456789"},  // extended U+06F0..U+06F9
      {"٢٠٢٤", "2024"},
      {"،", ","},
      {"؛", ";"},
      {"؟", "?"},
      {"۔", "."},                    // U+06D4 Arabic full stop
      {"٣٫٥", "3.5"},                // U+066B decimal separator
      {"–", "-"},                    // en dash
      {"—", "-"},                    // em dash
      {"\u2011", "-"},               // non-breaking hyphen
      {"’", "'"},
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("Latin and other cased scripts are case-folded", "[normalize][en]") {
  const Case cases[] = {
      {"China", "china"},
      {"WANG Yi", "wang yi"},
      {"ÉCOLE", "école"},
      {"ΑΘΗΝΑ", "αθηνα"},
      {"МОСКВА", "москва"},
      {"already lower", "already lower"},
      {"Lancang-Mekong", "lancang-mekong"},
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
  // Without a table only case folding happens.
  const Folder plain;
  CHECK(plain.key("Wang YI") == "wang yi");
  CHECK(plain.key("أحمد") == "أحمد");
  CHECK(plain.key("٢٠٢٤") == "٢٠٢٤");
  CHECK_FALSE(plain.deletes(U'\u064E'));
}

TEST_CASE("folding: empty, whitespace, mixed script and format characters", "[normalize][ar]") {
  const Case cases[] = {
      {"", ""},
      {" ", " "},
      {" \t\n", " \t\n"},
      {"Wang يي", "wang يي"},
      {"COVID-١٩", "covid-19"},
      {"Xinhua الإخبارية", "xinhua الاخباريه"},
      {"الص\u200Cين", "الصين"},    // ZWNJ
      {"الص\u200Dين", "الصين"},    // ZWJ
      {"\u200Fالصين\u200E", "الصين"},  // RLM, LRM
      {"\u202Bالصين\u202C", "الصين"},  // RLE .. PDF
      {"\uFEFFالصين", "الصين"},    // BOM
      {"لانت\u00ADسانغ", "لانتسانغ"},  // soft hyphen
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("folding keeps C0 control characters (the tokenizer drops them)", "[normalize]") {
  // Control characters never reach the folder inside a token: the tokenizer
  // splits on them and drops them (see tokenizer_test). The folder itself
  // passes ASCII through unchanged apart from case.
  const Case cases[] = {
      {"a\x01" "b", "a\x01" "b"},
      {"\x7F", "\x7F"},
      {"A\tB", "a\tb"},
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("fullwidth Latin is only case-folded", "[normalize]") {
  // Presentation forms fold (below); other compatibility forms such as
  // fullwidth Latin keep their shape in keys.
  const Case cases[] = {
      {"\uFF21", "\uFF41"},            // FULLWIDTH A only case-folds
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("presentation forms fold like the letters they show", "[normalize][ar]") {
  // A name typed with presentation forms (old PDFs, some CMSes) matches its
  // lexicon entry: they fold through their NFKC decomposition.
  const Case cases[] = {
      {"\uFE8D\uFEDF\uFEBC\uFEF4\uFEE6", "الصين"},  // ﺍﻟﺼﻴﻦ
      {"\uFE8D", "ا"},
      {"\uFEFB", "لا"},
  };
  check_table(arabic_folder(), std::begin(cases), std::end(cases));
}

TEST_CASE("a small folding table: deletions, mappings, trailing comments", "[normalize]") {
  TempDir dir;
  std::string path = dir.write("fold.tsv",
                               "#khabar-normalization 1\n"
                               "# a comment line\n"
                               "\n"
                               "623\t627\t# alef with hamza above\n"
                               "640\n"                      // no target: delete
                               "64E\t\t# fatha\n"           // empty target: delete
                               "6c0\t647\n"                 // lower-case hex
                               "\r\n");                     // CRLF blank line
  auto f = Folder::load(path);
  REQUIRE(f.ok());
  CHECK(f->key("أحـمَد") == "احمد");
  CHECK(f->key("\u06C0") == "\u0647");
  CHECK(f->key("إ") == "إ");  // not in this table
  CHECK(f->deletes(U'\u0640'));
  CHECK(f->deletes(U'\u064E'));
  CHECK_FALSE(f->deletes(U'\u0623'));
}

TEST_CASE("bad folding files fail with file and line", "[normalize]") {
  struct Bad {
    const char* name;
    std::string content;
    ErrorCode code;
    uint32_t line;
  };
  const std::string magic = "#khabar-normalization 1\n";
  const Bad cases[] = {
      {"wrong version", "#khabar-normalization 2\n623\t627\n", ErrorCode::kBadData, 1},
      {"no version line", "623\t627\n", ErrorCode::kBadData, 1},
      {"bad hex source", magic + "623\t627\nXYZ\t627\n", ErrorCode::kBadData, 3},
      {"bad hex target", magic + "# c\n\n623\t62G\n", ErrorCode::kBadData, 4},
      {"source outside the BMP", magic + "1F600\t627\n", ErrorCode::kBadData, 2},
      {"source too long", magic + "1234567\t627\n", ErrorCode::kBadData, 2},
      {"two-code-point target", magic + "FEFB\t644 627\n", ErrorCode::kBadData, 2},
      {"three fields", magic + "623\t627\t628\n", ErrorCode::kBadData, 2},
      {"invalid UTF-8", magic + "# \xFF\xFE\n", ErrorCode::kInvalidUtf8, 2},
      {"empty file", "", ErrorCode::kBadData, 0},
  };
  TempDir dir;
  int i = 0;
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write("bad" + std::to_string(i++) + ".tsv", c.content);
    auto f = Folder::load(path);
    REQUIRE_FALSE(f.ok());
    CHECK(f.status().code() == c.code);
    CHECK(f.status().file() == path);
    CHECK(f.status().line() == c.line);
    std::string where = c.line ? path + ":" + std::to_string(c.line) + ": " : path + ": ";
    CHECK(f.status().to_string().rfind(where, 0) == 0);
  }
  auto missing = Folder::load((dir.path() / "missing.tsv").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == ErrorCode::kIo);
}

TEST_CASE("a folding target that is no Unicode scalar value is refused", "[normalize]") {
  TempDir dir;
  for (const char* target : {"110000", "D800", "FFFFFF"}) {
    INFO("target " << target);
    std::string path = dir.write(std::string("t") + target + ".tsv",
                                 std::string("#khabar-normalization 1\n623\t") + target + "\n");
    auto f = Folder::load(path);
    CHECK_FALSE(f.ok());
    if (!f.ok()) {
      CHECK(f.status().code() == ErrorCode::kBadData);
      CHECK(f.status().line() == 2);
    }
  }
}

TEST_CASE("folding rules for ASCII sources apply", "[normalize]") {
  TempDir dir;
  auto f = Folder::load(dir.write("ascii.tsv", "#khabar-normalization 1\n5F\t2D\nC9\t45\n"));
  REQUIRE(f.ok());
  CHECK(f->key("\u00C9") == "e");  // É -> E -> e: works
  CHECK(f->key("a_b") == "a-b");    // _ -> -
}
