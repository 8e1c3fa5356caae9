#pragma once
/// \file article.h
/// `Article`: one news article as read from a .txt file, a JSONL line or
/// standard input, and the readers that produce them.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"

namespace khabar::pipeline {

struct Article {
  std::string id;      ///< from JSONL "id", or the file name without extension
  std::string text;
  std::string lang;    ///< "ar", "en", or "" (detect)
  std::string date;    ///< YYYY-MM-DD or ""
  std::string url, title;
  std::string source;  ///< file it came from
  uint32_t line = 0;   ///< 1-based JSONL line, 0 for a whole file
};

/// Receives each article read, or the Status of one that could not be
/// read (the reader then goes on with the next).
using ArticleSink = std::function<void(Expected<Article>)>;

/// Reads INPUT as the command line gives it: a .txt file (one article), a
/// .jsonl file (one article a line), a folder (its .txt and .jsonl files,
/// sorted), or "-" (standard input: JSONL when its first line is a JSON
/// object, else one text article). `date`/`lang` apply to text inputs.
/// Returns a non-ok Status only when INPUT itself cannot be read.
Status read_input(const std::string& input, const std::string& date, const std::string& lang,
                  const ArticleSink& sink);

/// Parses one JSONL line into an article (exposed for tests).
Expected<Article> parse_jsonl_line(const std::string& line, const std::string& source, uint32_t line_no);

/// Checks a YYYY-MM-DD date (a real calendar day).
bool valid_date(const std::string& date);

}  // namespace khabar::pipeline
