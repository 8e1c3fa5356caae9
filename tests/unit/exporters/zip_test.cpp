#include "exporters/neo4j/zip.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/neo4j/neo4j_exporter.h"
#include "fixture.h"

namespace {

namespace fs = std::filesystem;
namespace neo4j = khabar::exporters::neo4j;
using khabar::exporters::testing::make_fixture_graph;
using Files = std::vector<std::pair<std::string, std::string>>;

/// CRC-32 one bit at a time, straight from the definition: an independent
/// check of the table-driven `neo4j::crc32`.
uint32_t bitwise_crc32(std::string_view data) {
  uint32_t crc = 0xFFFFFFFFU;
  for (char ch : data) {
    crc ^= static_cast<unsigned char>(ch);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ ((crc & 1U) != 0 ? 0xEDB88320U : 0U);
  }
  return ~crc;
}

uint32_t u16(const std::string& s, size_t at) {
  REQUIRE(at + 2 <= s.size());
  return static_cast<unsigned char>(s[at]) | static_cast<uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8;
}
uint32_t u32(const std::string& s, size_t at) { return u16(s, at) | u16(s, at + 2) << 16; }

/// Reads a ZIP archive the way unzip does: the end-of-central-directory
/// record, then each central directory entry and the local header it points
/// to. Checks what this writer promises (stored entries, no data
/// descriptors, local and central headers agreeing, CRCs right) and returns
/// the entries with their DOS dates.
struct Entry {
  std::string name, content;
  uint32_t date = 0;
};
std::vector<Entry> read_zip(const std::string& zip) {
  REQUIRE(zip.size() >= 22);
  const size_t eocd = zip.size() - 22;  // no archive comment
  REQUIRE(u32(zip, eocd) == 0x06054b50U);
  CHECK(u16(zip, eocd + 20) == 0);
  const uint32_t count = u16(zip, eocd + 10);
  CHECK(u16(zip, eocd + 8) == count);
  const uint32_t cd_size = u32(zip, eocd + 12);
  const uint32_t cd_offset = u32(zip, eocd + 16);
  REQUIRE(cd_offset + cd_size == eocd);
  std::vector<Entry> out;
  size_t pos = cd_offset;
  for (uint32_t i = 0; i < count; ++i) {
    REQUIRE(u32(zip, pos) == 0x02014b50U);
    const uint32_t flags = u16(zip, pos + 8), method = u16(zip, pos + 10);
    const uint32_t date = u16(zip, pos + 14), crc = u32(zip, pos + 16);
    const uint32_t csize = u32(zip, pos + 20), usize = u32(zip, pos + 24);
    const uint32_t name_len = u16(zip, pos + 28), extra = u16(zip, pos + 30);
    const uint32_t comment = u16(zip, pos + 32), local = u32(zip, pos + 42);
    CHECK(flags == 0);
    CHECK(method == 0);
    CHECK(csize == usize);
    CHECK(extra == 0);
    CHECK(comment == 0);
    CHECK(u32(zip, pos + 38) >> 16 == 0100644U);  // a regular file, rw-r--r--
    const std::string name = zip.substr(pos + 46, name_len);
    // The local header repeats the central one.
    REQUIRE(u32(zip, local) == 0x04034b50U);
    CHECK(zip.substr(local + 4, 26) == zip.substr(pos + 6, 26));
    CHECK(zip.substr(local + 30, name_len) == name);
    const size_t data = local + 30 + name_len + u16(zip, local + 28);
    REQUIRE(data + usize <= cd_offset);
    const std::string content = zip.substr(data, usize);
    CHECK(bitwise_crc32(content) == crc);
    out.push_back({name, content, date});
    pos += 46 + name_len + extra + comment;
  }
  CHECK(pos == eocd);
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("crc32 is the ZIP CRC-32", "[exporters][neo4j][zip]") {
  CHECK(neo4j::crc32("") == 0);
  CHECK(neo4j::crc32("123456789") == 0xCBF43926U);  // the standard check value
  const std::string samples[] = {"a", "abc", "\xD9\x88\xD8\xA7\xD9\x86\xD8\xBA", std::string(1000, '\0'),
                                 khabar::exporters::testing::kHostileLabel};
  for (const std::string& s : samples) {
    INFO(s.size());
    CHECK(neo4j::crc32(s) == bitwise_crc32(s));
    // Continuing a CRC over a split gives the CRC of the whole.
    CHECK(neo4j::crc32(s.substr(s.size() / 2), neo4j::crc32(s.substr(0, s.size() / 2))) ==
          neo4j::crc32(s));
  }
}

TEST_CASE("dos_date packs a date, 1980-01-01 when it cannot", "[exporters][neo4j][zip]") {
  const std::pair<const char*, uint32_t> cases[] = {
      {"2024-08-16", (44U << 9) | (8U << 5) | 16U},
      {"1980-01-01", (1U << 5) | 1U},
      {"2107-12-31", (127U << 9) | (12U << 5) | 31U},
      {"2024-02-29", (44U << 9) | (2U << 5) | 29U},
      {"", (1U << 5) | 1U},
      {"1979-12-31", (1U << 5) | 1U},
      {"2108-01-01", (1U << 5) | 1U},
      {"2023-02-29", (1U << 5) | 1U},
      {"2024-8-16", (1U << 5) | 1U},
  };
  for (const auto& [date, expected] : cases) {
    INFO(date);
    CHECK(neo4j::dos_date(date) == expected);
  }
}

TEST_CASE("the Neo4j ZIP archive holds the three files of the folder", "[exporters][neo4j][zip]") {
  const auto g = make_fixture_graph();
  std::ostringstream out;
  REQUIRE(khabar::exporters::make_exporter("neo4j-zip")->write(g, {}, out).ok());
  const std::string zip = out.str();
  const auto entries = read_zip(zip);
  const Files files = neo4j::neo4j_files(g, {});
  REQUIRE(entries.size() == files.size());

  // The folder export, written to disk, has the same bytes.
  const fs::path dir = fs::temp_directory_path() /
                       ("khabar-zip-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const neo4j::Neo4jExporter folder;
  REQUIRE(khabar::exporters::write_folder_output(folder, g, {}, (dir / "g.neo4j").string()).ok());
  for (size_t i = 0; i < files.size(); ++i) {
    INFO(files[i].first);
    CHECK(entries[i].name == files[i].first);
    CHECK(entries[i].content == files[i].second);
    CHECK(entries[i].content == slurp(dir / "g.neo4j" / files[i].first));
    // Dated by the latest publication date of the fixture's articles.
    CHECK(entries[i].date == neo4j::dos_date("2024-08-16"));
  }
  fs::remove_all(dir);

  // Deterministic: the same graph gives the same bytes.
  std::ostringstream again;
  REQUIRE(khabar::exporters::make_exporter("neo4j-zip")->write(make_fixture_graph(), {}, again).ok());
  CHECK(again.str() == zip);
}

TEST_CASE("an empty graph gives a valid archive dated 1980-01-01", "[exporters][neo4j][zip]") {
  khabar::graph::Graph empty;
  std::ostringstream out;
  REQUIRE(khabar::exporters::make_exporter("neo4j-zip")->write(empty, {}, out).ok());
  const auto entries = read_zip(out.str());
  REQUIRE(entries.size() == 3);
  for (const auto& e : entries) CHECK(e.date == neo4j::dos_date(""));
}

TEST_CASE("write_zip: empty archives, bad names and failing streams", "[exporters][neo4j][zip]") {
  std::ostringstream none;
  REQUIRE(neo4j::write_zip(none, {}, 0).ok());
  CHECK(read_zip(none.str()).empty());

  std::ostringstream bad_name;
  const auto st = neo4j::write_zip(bad_name, {{"a.csv", "x"}, {"", "y"}}, 0);
  CHECK(st.code() == khabar::ErrorCode::kInternal);
  CHECK(bad_name.str().empty());  // nothing written

  std::ostringstream failing;
  failing.setstate(std::ios::badbit);
  CHECK(neo4j::write_zip(failing, {{"a.csv", "x"}}, 0).code() == khabar::ErrorCode::kIo);
}
