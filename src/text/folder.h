#pragma once
/// \file folder.h
/// `Folder` turns a token's text into its matching key: the folding table of
/// ontology/normalization/<lang>.tsv (alef forms, ya/alef maqsura, ta
/// marbuta, hamza seats, no diacritics or tatweel, Arabic-Indic digits),
/// then Unicode simple case folding.
///
/// Thread safety: immutable after loading; `fold` is const and thread-safe.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace khabar::text {

class Folder {
 public:
  /// Loads a folding table. Errors name the file and line.
  static Expected<Folder> load(const std::string& path);
  /// A folder with no table (case folding only).
  Folder() = default;

  /// Appends the key of `token` (valid UTF-8) to `out`.
  void fold(std::string_view token, std::string& out) const;
  /// Convenience: the key of `s`.
  std::string key(std::string_view s) const {
    std::string out;
    fold(s, out);
    return out;
  }
  /// True when code point `c` folds to nothing (a diacritic, tatweel ...).
  bool deletes(char32_t c) const;
  /// True when UTF-8 `s` has a combining mark (a vowel sign, shadda): a
  /// spelling its key does not keep (عُمان, عمّان).
  static bool has_mark(std::string_view s);

 private:
  static constexpr int32_t kKeep = -1;
  static constexpr int32_t kDelete = -2;
  /// Arabic presentation forms A and B (and other compatibility forms in
  /// between) fold through their NFKC decomposition.
  static constexpr int32_t kPresentationFirst = 0xFB50;
  static constexpr int32_t kPresentationLast = 0xFEFF;
  static bool is_presentation_form(int32_t c);
  void fold_one(int32_t c, std::string& out) const;
  /// For code points below 0x10000: kKeep, kDelete, or the replacement.
  std::vector<int32_t> bmp_;
  /// The key of a code point below 0x10000, computed at load from `bmp_`
  /// and case folding: `size` bytes (0 when deleted), or `kSlow` when it is
  /// computed per call (a surrogate, a presentation form, or a target
  /// beyond the BMP).
  struct BmpKey {
    char bytes[3];
    uint8_t size;
  };
  static constexpr uint8_t kSlow = 4;
  std::vector<BmpKey> bmp_keys_;

};

}  // namespace khabar::text
