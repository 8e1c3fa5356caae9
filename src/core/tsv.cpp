#include "core/tsv.h"

#include <fstream>
#include <sstream>

namespace khabar {

bool valid_utf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    // two bytes (all of Arabic): C2..DF and one continuation byte is valid
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else { if (bad_offset) *bad_offset = i; return false; }
    if (i + len > n) { if (bad_offset) *bad_offset = i; return false; }
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) { if (bad_offset) *bad_offset = i; return false; }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

Expected<std::vector<TsvRow>> read_tsv(const std::string& path, const std::string& magic,
                                       bool has_header) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open file", path);
  std::vector<TsvRow> rows;
  std::string line;
  uint32_t n = 0;
  bool header_seen = !has_header;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!valid_utf8(line)) return Status(ErrorCode::kInvalidUtf8, "invalid UTF-8", path, n);
    if (n == 1) {
      if (line != magic) {
        return Status(ErrorCode::kBadData,
                      "expected version line '" + magic + "', found '" + line.substr(0, 40) + "'",
                      path, n);
      }
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(line, '\t');
    for (size_t i = 0; i < fields.size(); ++i) {
      if (!fields[i].empty() && fields[i][0] == '#') {
        fields.resize(i);
        break;
      }
      // `\#` at the start of a field is a literal # (the hashtag sign)
      if (fields[i].size() >= 2 && fields[i][0] == '\\' && fields[i][1] == '#') fields[i].erase(0, 1);
    }
    while (!fields.empty() && fields.back().empty()) fields.pop_back();
    if (fields.empty()) continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    rows.push_back({n, std::move(fields)});
  }
  if (n == 0) return Status(ErrorCode::kBadData, "empty data file", path);
  return rows;
}

}  // namespace khabar
