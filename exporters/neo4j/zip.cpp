#include "exporters/neo4j/zip.h"

#include <array>
#include <limits>

#include "exporters/text_util.h"

namespace khabar::exporters::neo4j {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint16_t kVersionNeeded = 10;        ///< 1.0: stored entries
constexpr uint16_t kVersionMadeBy = 3 << 8 | 20;  ///< UNIX, APPNOTE 2.0
constexpr uint32_t kUnixRegularFile0644 = 0100644U << 16;
constexpr size_t kLocalHeaderSize = 30;
constexpr size_t kCentralHeaderSize = 46;

/// The table-driven CRC-32 (reflected, polynomial 0xEDB88320).
constexpr std::array<uint32_t, 256> make_crc_table() {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}
constexpr std::array<uint32_t, 256> kCrcTable = make_crc_table();

/// Little-endian fields into a byte string.
class Fields {
 public:
  void u16(uint32_t v) {
    bytes_ += static_cast<char>(v & 0xFF);
    bytes_ += static_cast<char>((v >> 8) & 0xFF);
  }
  void u32(uint32_t v) {
    u16(v & 0xFFFF);
    u16(v >> 16);
  }
  void raw(std::string_view s) { bytes_ += s; }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

/// The fields local and central headers share, from "version needed" to
/// "extra field length".
void common_fields(Fields& f, uint16_t date, uint32_t crc, uint32_t size, size_t name_size) {
  f.u16(kVersionNeeded);
  f.u16(0);  // flags
  f.u16(0);  // method: stored
  f.u16(0);  // time 00:00:00
  f.u16(date);
  f.u32(crc);
  f.u32(size);  // compressed size
  f.u32(size);  // uncompressed size
  f.u16(static_cast<uint32_t>(name_size));
  f.u16(0);  // extra field length
}

}  // namespace

uint32_t crc32(std::string_view data, uint32_t crc) {
  crc = ~crc;
  for (char ch : data) {
    crc = kCrcTable[(crc ^ static_cast<unsigned char>(ch)) & 0xFFU] ^ (crc >> 8);
  }
  return ~crc;
}

uint16_t dos_date(std::string_view date) {
  constexpr uint16_t kEpoch = 1 << 5 | 1;  // 1980-01-01
  if (!is_iso_date(date)) return kEpoch;
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  const int year = num(0, 4);
  if (year < 1980 || year > 2107) return kEpoch;
  return static_cast<uint16_t>((year - 1980) << 9 | num(5, 2) << 5 | num(8, 2));
}

Status write_zip(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& files,
                 uint16_t date) {
  constexpr uint64_t kMax32 = std::numeric_limits<uint32_t>::max();
  if (files.size() > std::numeric_limits<uint16_t>::max()) {
    return {ErrorCode::kTooLarge, "a ZIP archive holds at most 65,535 files"};
  }
  // Offsets of the local headers, and the archive's size, checked before
  // anything is written.
  std::vector<uint32_t> offsets;
  offsets.reserve(files.size());
  uint64_t offset = 0;
  for (const auto& [name, content] : files) {
    if (name.empty() || name.size() > std::numeric_limits<uint16_t>::max()) {
      return {ErrorCode::kInternal, "a ZIP entry name must have 1 to 65,535 bytes"};
    }
    if (offset > kMax32) break;
    offsets.push_back(static_cast<uint32_t>(offset));
    offset += kLocalHeaderSize + name.size() + content.size();
  }
  uint64_t central_size = 0;
  for (const auto& [name, content] : files) central_size += kCentralHeaderSize + name.size();
  if (offsets.size() != files.size() || offset > kMax32 || offset + central_size > kMax32) {
    return {ErrorCode::kTooLarge, "the archive would pass 4 GiB, which ZIP without ZIP64 cannot hold"};
  }

  std::vector<uint32_t> crcs;
  crcs.reserve(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    const auto& [name, content] = files[i];
    crcs.push_back(crc32(content));
    Fields header;
    header.u32(kLocalHeader);
    common_fields(header, date, crcs.back(), static_cast<uint32_t>(content.size()), name.size());
    header.raw(name);
    out.write(header.bytes().data(), static_cast<std::streamsize>(header.bytes().size()));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  Fields central;
  for (size_t i = 0; i < files.size(); ++i) {
    const auto& [name, content] = files[i];
    central.u32(kCentralHeader);
    central.u16(kVersionMadeBy);
    common_fields(central, date, crcs[i], static_cast<uint32_t>(content.size()), name.size());
    central.u16(0);  // comment length
    central.u16(0);  // disk number start
    central.u16(0);  // internal attributes
    central.u32(kUnixRegularFile0644);
    central.u32(offsets[i]);
    central.raw(name);
  }
  central.u32(kEndOfCentralDirectory);
  central.u16(0);  // this disk
  central.u16(0);  // disk of the central directory
  central.u16(static_cast<uint32_t>(files.size()));
  central.u16(static_cast<uint32_t>(files.size()));
  central.u32(static_cast<uint32_t>(central_size));
  central.u32(static_cast<uint32_t>(offset));
  central.u16(0);  // comment length
  out.write(central.bytes().data(), static_cast<std::streamsize>(central.bytes().size()));
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the ZIP archive"};
  return {};
}

}  // namespace khabar::exporters::neo4j
