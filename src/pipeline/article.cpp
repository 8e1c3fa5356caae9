#include "pipeline/article.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/tsv.h"

namespace khabar::pipeline {
namespace fs = std::filesystem;
namespace {

/// Articles larger than this are refused (offsets are 32-bit; no news
/// article comes near it).
constexpr size_t kMaxArticleBytes = 64u << 20;

Status check_text(const std::string& text, const std::string& source, uint32_t line) {
  size_t bad = 0;
  if (!valid_utf8(text, &bad)) {
    return Status(ErrorCode::kInvalidUtf8, "invalid UTF-8 at byte " + std::to_string(bad), source, line);
  }
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    return Status(ErrorCode::kEmptyInput, "empty article", source, line);
  }
  if (text.size() > kMaxArticleBytes) {
    return Status(ErrorCode::kTooLarge, "article larger than 64 MiB", source, line);
  }
  if (text.find('\0') != std::string::npos) {
    return Status(ErrorCode::kInvalidUtf8, "binary data (NUL byte) in article", source, line);
  }
  return {};
}

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

void read_jsonl_stream(std::istream& in, const std::string& source, const ArticleSink& sink,
                       std::string first_line = {}, bool has_first = false) {
  std::string line;
  uint32_t n = 0, articles = 0;
  auto handle = [&](const std::string& l) {
    ++n;
    if (l.find_first_not_of(" \t\r") == std::string::npos) return;  // blank line
    ++articles;
    sink(parse_jsonl_line(l, source, n));
  };
  if (has_first) handle(first_line);
  while (std::getline(in, line)) handle(line);
  if (articles == 0) sink(Status(ErrorCode::kEmptyInput, "no article in JSONL input", source));
}

}  // namespace

bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  if (m < 1 || m > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
  return day <= max;
}

Expected<Article> parse_jsonl_line(const std::string& line, const std::string& source, uint32_t n) {
  size_t bad = 0;
  if (!valid_utf8(line, &bad)) {
    return Status(ErrorCode::kInvalidUtf8, "invalid UTF-8 at byte " + std::to_string(bad), source, n);
  }
  rapidjson::Document d;
  d.Parse(line.c_str(), line.size());
  if (d.HasParseError()) {
    return Status(ErrorCode::kBadJson,
                  std::string("malformed JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) +
                      " at offset " + std::to_string(d.GetErrorOffset()),
                  source, n);
  }
  if (!d.IsObject()) return Status(ErrorCode::kBadJson, "a line must be a JSON object", source, n);
  Article a;
  a.source = source;
  a.line = n;
  auto str = [&](const char* key, std::string& out, bool required) -> Status {
    auto it = d.FindMember(key);
    if (it == d.MemberEnd() || it->value.IsNull()) {
      if (required) return Status(ErrorCode::kBadJson, std::string("missing \"") + key + "\"", source, n);
      return {};
    }
    if (it->value.IsString()) {
      out.assign(it->value.GetString(), it->value.GetStringLength());
    } else if (it->value.IsInt64() && std::string(key) == "id") {
      out = std::to_string(it->value.GetInt64());
    } else {
      return Status(ErrorCode::kBadJson, std::string("\"") + key + "\" must be a string", source, n);
    }
    return {};
  };
  KHABAR_TRY(str("id", a.id, true));
  KHABAR_TRY(str("text", a.text, true));
  KHABAR_TRY(str("lang", a.lang, false));
  KHABAR_TRY(str("date", a.date, false));
  KHABAR_TRY(str("url", a.url, false));
  KHABAR_TRY(str("title", a.title, false));
  if (a.id.empty()) return Status(ErrorCode::kBadJson, "empty \"id\"", source, n);
  if (!a.date.empty()) {
    // accept a timestamp too: keep its date part
    if (a.date.size() > 10 && a.date[10] == 'T') a.date.resize(10);
    if (!valid_date(a.date)) return Status(ErrorCode::kBadJson, "\"date\" is not YYYY-MM-DD", source, n);
  }
  KHABAR_TRY(check_text(a.text, source, n));
  return a;
}

Status read_input(const std::string& input, const std::string& date, const std::string& lang,
                  const ArticleSink& sink) {
  auto text_article = [&](std::string text, const std::string& source, const std::string& id) {
    Status st = check_text(text, source, 0);
    if (!st.ok()) {
      sink(st);
      return;
    }
    Article a;
    a.id = id;
    a.text = std::move(text);
    a.lang = lang == "auto" ? "" : lang;
    a.date = date;
    a.source = source;
    sink(std::move(a));
  };
  if (input == "-") {
    std::string first;
    if (!std::getline(std::cin, first)) {
      sink(Status(ErrorCode::kEmptyInput, "empty article", "<stdin>"));
      return {};
    }
    // JSONL when the first line is a JSON object (its errors are then
    // reported line by line); otherwise one text article.
    bool jsonl = false;
    if (first.find_first_not_of(" \t") != std::string::npos && first[first.find_first_not_of(" \t")] == '{') {
      rapidjson::Document d;
      d.Parse(first.c_str(), first.size());
      jsonl = !d.HasParseError() && d.IsObject();
    }
    if (jsonl) {
      read_jsonl_stream(std::cin, "<stdin>", sink, first, true);
    } else {
      std::ostringstream rest;
      rest << std::cin.rdbuf();
      text_article(first + "\n" + rest.str(), "<stdin>", "stdin");
    }
    return {};
  }
  std::error_code ec;
  if (fs::is_directory(input, ec)) {
    std::vector<fs::path> files;
    for (const auto& f : fs::directory_iterator(input, ec)) {
      auto ext = f.path().extension();
      if (f.is_regular_file() && (ext == ".txt" || ext == ".jsonl")) files.push_back(f.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) KHABAR_TRY(read_input(f.string(), date, lang, sink));
    return {};
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open input file", input);
  if (fs::path(input).extension() == ".jsonl") {
    read_jsonl_stream(in, input, sink);
    return {};
  }
  std::ostringstream all;
  all << in.rdbuf();
  text_article(all.str(), input, stem_of(input));
  return {};
}

}  // namespace khabar::pipeline
