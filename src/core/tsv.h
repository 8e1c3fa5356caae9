#pragma once
/// \file tsv.h
/// Reader for khabar's TSV data files: a version line (`#khabar-<kind> N`)
/// first, `#` comment lines, blank lines ignored, TAB-separated fields; a
/// field that starts with `#` ends the row (trailing comment).

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace khabar {

struct TsvRow {
  uint32_t line = 0;  ///< 1-based line number in the file
  std::vector<std::string> fields;
};

/// Reads `path`. Requires the first line to be exactly `magic`. When
/// `has_header` is true the first data row is a column header and is
/// dropped. Fails on unreadable files, a wrong version line, or invalid
/// UTF-8, with file and line.
Expected<std::vector<TsvRow>> read_tsv(const std::string& path, const std::string& magic,
                                       bool has_header);

/// True when `s` is well-formed UTF-8; otherwise sets `bad_offset`.
bool valid_utf8(std::string_view s, size_t* bad_offset = nullptr);

/// Splits on `sep`, keeping empty fields.
std::vector<std::string> split(std::string_view s, char sep);

}  // namespace khabar
