#include "text/folder.h"

#include <unicode/uchar.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <fstream>

#include "core/tsv.h"

namespace khabar::text {
namespace {

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
  if (!err) out.append(buf, static_cast<size_t>(n));
}

Expected<char32_t> parse_hex(std::string_view s, const std::string& path, uint32_t line) {
  uint32_t v = 0;
  if (s.empty() || s.size() > 6) return Status(ErrorCode::kBadData, "bad code point '" + std::string(s) + "'", path, line);
  for (char ch : s) {
    v <<= 4;
    if (ch >= '0' && ch <= '9') v |= static_cast<uint32_t>(ch - '0');
    else if (ch >= 'A' && ch <= 'F') v |= static_cast<uint32_t>(ch - 'A' + 10);
    else if (ch >= 'a' && ch <= 'f') v |= static_cast<uint32_t>(ch - 'a' + 10);
    else return Status(ErrorCode::kBadData, "bad code point '" + std::string(s) + "'", path, line);
  }
  return static_cast<char32_t>(v);
}

/// ICU's NFKC normaliser: a process-wide singleton, thread-safe.
const icu::Normalizer2* nfkc_instance() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(st);
    return U_FAILURE(st) ? nullptr : n;
  }();
  return nfkc;
}

}  // namespace

Expected<Folder> Folder::load(const std::string& path) {
  Folder f;
  f.bmp_.assign(0x10000, kKeep);

  auto rows = read_tsv(path, "#khabar-normalization 1", false);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    if (row.fields.empty() || row.fields.size() > 2) {
      return Status(ErrorCode::kBadData, "expected 'source<TAB>target'", path, row.line);
    }
    auto src = parse_hex(row.fields[0], path, row.line);
    if (!src.ok()) return src.status();
    if (*src >= 0x10000) return Status(ErrorCode::kBadData, "source must be in the BMP", path, row.line);
    std::string_view tgt = row.fields.size() > 1 ? std::string_view(row.fields[1]) : std::string_view();
    while (!tgt.empty() && tgt.back() == ' ') tgt.remove_suffix(1);
    if (tgt.empty()) {
      f.bmp_[*src] = kDelete;
      continue;
    }
    if (tgt.find(' ') != std::string_view::npos) {
      return Status(ErrorCode::kBadData, "a target of one code point is supported", path, row.line);
    }
    auto t = parse_hex(tgt, path, row.line);
    if (!t.ok()) return t.status();
    if (*t > 0x10FFFF || (*t >= 0xD800 && *t <= 0xDFFF)) {
      return Status(ErrorCode::kBadData, "target is not a Unicode scalar value", path, row.line);
    }
    f.bmp_[*src] = static_cast<int32_t>(*t);
  }
  f.bmp_keys_.assign(f.bmp_.size(), BmpKey{{}, kSlow});
  for (size_t c = 0; c < f.bmp_.size(); ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || is_presentation_form(static_cast<UChar32>(c))) continue;
    std::string key;
    f.fold_one(static_cast<UChar32>(c), key);
    if (key.size() >= kSlow) continue;
    BmpKey& k = f.bmp_keys_[c];
    k.size = static_cast<uint8_t>(key.size());
    std::copy(key.begin(), key.end(), k.bytes);
  }
  return f;
}

bool Folder::has_mark(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_charType(c) == U_NON_SPACING_MARK) return true;
  }
  return false;
}

bool Folder::deletes(char32_t c) const {
  return c < bmp_.size() && bmp_[c] == kDelete;
}

void Folder::fold(std::string_view token, std::string& out) const {
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  auto n = static_cast<int32_t>(token.size());
  int32_t i = 0;
  // Keys of the table are gathered here and appended to `out` in blocks.
  char buf[64];
  size_t used = 0;
  auto flush = [&] {
    out.append(buf, used);
    used = 0;
  };
  while (i < n) {
    if (used + sizeof(BmpKey::bytes) > sizeof buf) flush();
    if (s[i] < 0x80 && (bmp_.empty() || bmp_[s[i]] == kKeep)) {  // ASCII fast path
      uint8_t c = s[i++];
      buf[used++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;  // the tokenizer only sees valid UTF-8
    if (static_cast<uint32_t>(c) < bmp_keys_.size() && bmp_keys_[static_cast<size_t>(c)].size != kSlow) {
      const BmpKey& k = bmp_keys_[static_cast<size_t>(c)];
      std::memcpy(buf + used, k.bytes, sizeof k.bytes);
      used += k.size;
      continue;
    }
    flush();
    if (c >= kPresentationFirst && c <= kPresentationLast && is_presentation_form(c)) {
      // ﺍﻟﺼﻴﻦ: a presentation form folds as the letters it shows (NFKC)
      icu::UnicodeString letters;
      if (const icu::Normalizer2* nfkc = nfkc_instance(); nfkc && nfkc->getDecomposition(c, letters)) {
        for (int32_t k = 0; k < letters.length();) {
          UChar32 d = letters.char32At(k);
          k += U16_LENGTH(d);
          fold_one(d, out);
        }
        continue;
      }
    }
    fold_one(c, out);
  }
  flush();
}

void Folder::fold_one(UChar32 c, std::string& out) const {
  if (static_cast<uint32_t>(c) < bmp_keys_.size() && bmp_keys_[static_cast<size_t>(c)].size != kSlow) {
    const BmpKey& k = bmp_keys_[static_cast<size_t>(c)];
    out.append(k.bytes, k.size);
    return;
  }
  if (static_cast<uint32_t>(c) < bmp_.size()) {
    int32_t m = bmp_[static_cast<size_t>(c)];
    if (m == kDelete) return;
    if (m != kKeep) c = m;
  }
  append_utf8(out, static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
}

bool Folder::is_presentation_form(UChar32 c) {
  auto type = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
  return type == U_DT_ISOLATED || type == U_DT_INITIAL || type == U_DT_MEDIAL || type == U_DT_FINAL;
}

}  // namespace khabar::text
