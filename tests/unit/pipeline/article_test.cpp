/// Reading articles: JSONL lines, dates, files, folders.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../text/temp_dir.h"
#include "pipeline/article.h"

using khabar::ErrorCode;
using khabar::Expected;
using khabar::pipeline::Article;
using khabar::pipeline::parse_jsonl_line;
using khabar::pipeline::read_input;
using khabar::pipeline::valid_date;
using khabar::testing::TempDir;

namespace {

/// What read_input gave: the articles and the failures, in order.
struct Collected {
  std::vector<Article> articles;
  std::vector<khabar::Status> errors;
  std::vector<std::string> order;  ///< "ok:<id>" or "error:<source>:<line>"
};

Collected collect(const std::string& input, const std::string& date = "",
                  const std::string& lang = "auto", khabar::Status* result = nullptr) {
  Collected c;
  khabar::Status st = read_input(input, date, lang, [&](Expected<Article> a) {
    if (a.ok()) {
      c.order.push_back("ok:" + a->id);
      c.articles.push_back(a.value());
    } else {
      c.order.push_back("error:" + a.status().file() + ":" + std::to_string(a.status().line()));
      c.errors.push_back(a.status());
    }
  });
  if (result) *result = st;
  else REQUIRE(st.ok());
  return c;
}

}  // namespace

TEST_CASE("parse_jsonl_line reads every field", "[pipeline][jsonl]") {
  auto a = parse_jsonl_line(
      R"({"id":"ar-1","text":"استضافت مدينة شيانغ ماي الاجتماع","lang":"ar","date":"2024-08-16",)"
      R"("url":"https://example.org/x?a=1&b=2","title":"اجتماع \"وزراء\"","extra":[1,2]})",
      "in.jsonl", 7);
  REQUIRE(a.ok());
  CHECK(a->id == "ar-1");
  CHECK(a->text == "استضافت مدينة شيانغ ماي الاجتماع");
  CHECK(a->lang == "ar");
  CHECK(a->date == "2024-08-16");
  CHECK(a->url == "https://example.org/x?a=1&b=2");
  CHECK(a->title == "اجتماع \"وزراء\"");
  CHECK(a->source == "in.jsonl");
  CHECK(a->line == 7);
}

TEST_CASE("parse_jsonl_line: optional fields, numeric ids, timestamps, escapes", "[pipeline][jsonl]") {
  struct Case {
    const char* line;
    const char* id;
    const char* text;
    const char* date;
    const char* lang;
  };
  const Case cases[] = {
      {R"({"id":"x","text":"Wang Yi met"})", "x", "Wang Yi met", "", ""},
      {R"({"id":42,"text":"t"})", "42", "t", "", ""},
      {R"({"id":-7,"text":"t"})", "-7", "t", "", ""},
      {R"({"id":"x","text":"t","date":"2024-08-16T09:30:00Z"})", "x", "t", "2024-08-16", ""},
      {R"({"id":"x","text":"t","date":null,"lang":null,"url":null})", "x", "t", "", ""},
      {R"(  {"text":"t" , "id":"x"}  )", "x", "t", "", ""},
      {R"({"id":"x","text":"\u0627\u0644\u0635\u064a\u0646\nline 2"})", "x", "الصين\nline 2", "", ""},
      {"{\"id\":\"x\",\"text\":\"t\",\"lang\":\"en\"}\r", "x", "t", "", "en"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    auto a = parse_jsonl_line(c.line, "f.jsonl", 1);
    REQUIRE(a.ok());
    CHECK(a->id == c.id);
    CHECK(a->text == c.text);
    CHECK(a->date == c.date);
    CHECK(a->lang == c.lang);
  }
}

TEST_CASE("parse_jsonl_line rejects bad lines with a code, the file and the line", "[pipeline][jsonl]") {
  struct Bad {
    const char* name;
    std::string line;
    ErrorCode code;
  };
  const Bad cases[] = {
      {"missing id", R"({"text":"t"})", ErrorCode::kBadJson},
      {"null id", R"({"id":null,"text":"t"})", ErrorCode::kBadJson},
      {"empty id", R"({"id":"","text":"t"})", ErrorCode::kBadJson},
      {"id an object", R"({"id":{},"text":"t"})", ErrorCode::kBadJson},
      {"id a float", R"({"id":1.5,"text":"t"})", ErrorCode::kBadJson},
      {"missing text", R"({"id":"x"})", ErrorCode::kBadJson},
      {"text a number", R"({"id":"x","text":5})", ErrorCode::kBadJson},
      {"text an array", R"({"id":"x","text":["a"]})", ErrorCode::kBadJson},
      {"lang a number", R"({"id":"x","text":"t","lang":1})", ErrorCode::kBadJson},
      {"malformed JSON", R"({"id":"x","text":"t")", ErrorCode::kBadJson},
      {"trailing garbage", R"({"id":"x","text":"t"} x)", ErrorCode::kBadJson},
      {"not an object", R"(["x","t"])", ErrorCode::kBadJson},
      {"a string", R"("text")", ErrorCode::kBadJson},
      {"lone surrogate escape", R"({"id":"x","text":"\ud800"})", ErrorCode::kBadJson},
      {"bad date", R"({"id":"x","text":"t","date":"2024-02-30"})", ErrorCode::kBadJson},
      {"date not a date", R"({"id":"x","text":"t","date":"16/08/2024"})", ErrorCode::kBadJson},
      {"invalid UTF-8", "{\"id\":\"x\",\"text\":\"\xD8\"}", ErrorCode::kInvalidUtf8},
      {"overlong UTF-8", "{\"id\":\"x\",\"text\":\"\xC0\xAF\"}", ErrorCode::kInvalidUtf8},
      {"NUL escape in text", R"({"id":"x","text":"a\u0000b"})", ErrorCode::kInvalidUtf8},
      {"empty text", R"({"id":"x","text":""})", ErrorCode::kEmptyInput},
      {"whitespace text", R"({"id":"x","text":" \n\t "})", ErrorCode::kEmptyInput},
  };
  for (const auto& c : cases) {
    INFO(c.name << ": " << c.line);
    auto a = parse_jsonl_line(c.line, "news.jsonl", 12);
    REQUIRE_FALSE(a.ok());
    CHECK(a.status().code() == c.code);
    CHECK(a.status().file() == "news.jsonl");
    CHECK(a.status().line() == 12);
    CHECK(a.status().to_string().rfind("news.jsonl:12: ", 0) == 0);
  }
}

TEST_CASE("valid_date accepts real calendar days only", "[pipeline][date]") {
  struct Case {
    const char* date;
    bool ok;
  };
  const Case cases[] = {
      {"2024-08-16", true},  {"2024-02-29", true},  {"2023-02-29", false}, {"2023-02-28", true},
      {"2000-02-29", true},  {"1900-02-29", false}, {"2100-02-29", false}, {"2400-02-29", true},
      {"2024-01-31", true},  {"2024-04-31", false}, {"2024-06-31", false}, {"2024-09-31", false},
      {"2024-11-31", false}, {"2024-12-31", true},  {"2024-12-32", false}, {"2024-13-01", false},
      {"2024-00-10", false}, {"2024-01-00", false}, {"2024-1-01", false},  {"2024-01-1", false},
      {"24-01-01", false},   {"", false},           {"2024/01/01", false}, {"2024-01-01T", false},
      {"2024-01-01 ", false}, {" 2024-01-01", false}, {"+024-01-01", false}, {"2024-0a-01", false},
      {"٢٠٢٤-٠٨-١٦", false},  // Arabic-Indic digits are not YYYY-MM-DD
  };
  for (const auto& c : cases) {
    INFO(c.date);
    CHECK(valid_date(c.date) == c.ok);
  }
}

TEST_CASE("read_input reads a folder's .txt and .jsonl files in name order", "[pipeline][input]") {
  TempDir dir;
  dir.write("b.txt", "وقال وزير الخارجية الصيني وانغ يي\n");
  std::string jsonl = dir.write("a.jsonl",
                                R"({"id":"j1","text":"الصين","date":"2024-01-02","lang":"ar"})"
                                "\n\n"
                                R"({"id":"j3","text":"Thailand"})"
                                "\n");
  dir.write("c.txt", "Wang Yi met Don Pramudwinai.");
  dir.write("notes.md", "not an article");
  dir.write("sub/d.txt", "in a sub-folder: not read");
  Collected c = collect(dir.path().string(), "2024-08-16", "ar");
  CHECK(c.errors.empty());
  CHECK(c.order == std::vector<std::string>{"ok:j1", "ok:j3", "ok:b", "ok:c"});
  REQUIRE(c.articles.size() == 4);
  // JSONL articles keep their own metadata and line numbers (blank line 2
  // counted, not reported).
  CHECK(c.articles[0].date == "2024-01-02");
  CHECK(c.articles[0].lang == "ar");
  CHECK(c.articles[0].line == 1);
  CHECK(c.articles[0].source == jsonl);
  CHECK(c.articles[1].line == 3);
  CHECK(c.articles[1].date.empty());
  CHECK(c.articles[1].lang.empty());
  // Text articles: id from the file name, --date and --lang applied.
  CHECK(c.articles[2].text == "وقال وزير الخارجية الصيني وانغ يي\n");
  CHECK(c.articles[2].date == "2024-08-16");
  CHECK(c.articles[2].lang == "ar");
  CHECK(c.articles[2].line == 0);
  CHECK(c.articles[2].source == (dir.path() / "b.txt").string());
  CHECK(c.articles[3].id == "c");
}

TEST_CASE("read_input: --lang auto leaves the language to detection", "[pipeline][input]") {
  TempDir dir;
  std::string path = dir.write("x.txt", "Wang Yi");
  Collected c = collect(path, "", "auto");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].lang.empty());
  CHECK(c.articles[0].id == "x");
  CHECK(c.articles[0].date.empty());
}

TEST_CASE("read_input reports bad articles and goes on", "[pipeline][input]") {
  TempDir dir;
  std::string empty = dir.write("a-empty.txt", "");
  std::string blank = dir.write("b-blank.txt", " \n\t\n");
  std::string binary = dir.write("c-binary.txt", std::string("abc\0def", 7));
  std::string bad_utf8 = dir.write("d-latin1.txt", "caf\xE9");
  std::string jsonl = dir.write("e.jsonl",
                                R"({"id":"g1","text":"one"})"
                                "\n"
                                R"({"id":"g2","text":)"
                                "\n"
                                R"({"id":"g3","text":"three"})"
                                "\n");
  dir.write("f-good.txt", "الصين");
  Collected c = collect(dir.path().string());
  CHECK(c.order == std::vector<std::string>{
                       "error:" + empty + ":0", "error:" + blank + ":0", "error:" + binary + ":0",
                       "error:" + bad_utf8 + ":0", "ok:g1", "error:" + jsonl + ":2", "ok:g3",
                       "ok:f-good"});
  REQUIRE(c.errors.size() == 5);
  CHECK(c.errors[0].code() == ErrorCode::kEmptyInput);
  CHECK(c.errors[1].code() == ErrorCode::kEmptyInput);
  CHECK(c.errors[2].code() == ErrorCode::kInvalidUtf8);
  CHECK(c.errors[3].code() == ErrorCode::kInvalidUtf8);
  CHECK(c.errors[3].message() == "invalid UTF-8 at byte 3");
  CHECK(c.errors[4].code() == ErrorCode::kBadJson);
}

TEST_CASE("read_input: an empty file gives kEmptyInput, a missing one kIo", "[pipeline][input]") {
  TempDir dir;
  std::string empty = dir.write("empty.txt", "");
  Collected c = collect(empty);
  CHECK(c.articles.empty());
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].code() == ErrorCode::kEmptyInput);
  CHECK(c.errors[0].file() == empty);

  khabar::Status st;
  std::string missing = (dir.path() / "missing.txt").string();
  Collected m = collect(missing, "", "auto", &st);
  CHECK(st.code() == ErrorCode::kIo);
  CHECK(st.file() == missing);
  CHECK(m.order.empty());
}
