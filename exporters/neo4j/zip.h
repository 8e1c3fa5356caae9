#pragma once
/// \file zip.h
/// A minimal ZIP writer for the Neo4j export (`.neo4j.zip`): stored
/// (uncompressed) entries, no data descriptors, no ZIP64, every header field
/// fixed by the content and the given date, so the same files give the same
/// bytes on every machine (deflate output could differ between zlib
/// versions; stored entries cannot).
///
/// Layout (APPNOTE.TXT 6.3): for each file a local file header and the
/// content, then the central directory and the end-of-central-directory
/// record. Names are written as given (the Neo4j files are ASCII); the
/// entries are regular files, mode 0644, made on UNIX.
///
/// Thread safety: pure functions.

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace khabar::exporters::neo4j {

/// CRC-32 (ISO 3309, the polynomial ZIP and gzip use) of `data`, continuing
/// from `crc` (0 to start):
///   crc32("123456789") == 0xCBF43926
uint32_t crc32(std::string_view data, uint32_t crc = 0);

/// A date as the MS-DOS date field of a ZIP header:
/// `(year - 1980) << 9 | month << 5 | day`. `date` is YYYY-MM-DD; a date
/// that is not valid, or outside 1980-2107 (what the field can hold), gives
/// 1980-01-01.
uint16_t dos_date(std::string_view date);

/// Writes `files` (name, content), in order, as a ZIP archive of stored
/// entries dated `dos_date` at 00:00:00. Writes nothing and returns
/// `kTooLarge` for more than 65,535 files or an archive that would pass
/// 4 GiB (no ZIP64), `kInternal` for a name that is empty or longer than
/// 65,535 bytes; returns `kIo` when `out` fails.
Status write_zip(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& files,
                 uint16_t dos_date);

}  // namespace khabar::exporters::neo4j
