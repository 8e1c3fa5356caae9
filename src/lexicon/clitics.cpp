#include "lexicon/clitics.h"

#include <unicode/utf8.h>

namespace khabar::lexicon {
namespace {

/// Code points in a UTF-8 string (keys are valid UTF-8).
size_t letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// Byte by byte: prefixes are a few bytes and most differ from the key in
/// their second byte (the first is a lead byte of the Arabic block), so a
/// loop beats a call to memcmp.
bool starts_with(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (s[i] != p[i]) return false;
  }
  return true;
}

constexpr size_t kMinStemLetters = 2;

}  // namespace

Status Clitics::add(std::string text, std::string_view raw, std::string_view cls, const std::string& path,
                    uint32_t line) {
  if (cls != "not-name-mark" && text.empty()) return Status(ErrorCode::kBadData, "empty prefix", path, line);
  if (cls == "conj") conj_.push_back({std::move(text), kConj});
  else if (cls == "prep-b") preps_.push_back({std::move(text), kPrepB});
  else if (cls == "prep-l") preps_.push_back({std::move(text), kPrepL});
  else if (cls == "prep-k") preps_.push_back({std::move(text), kPrepK});
  else if (cls == "prep-l+article") preps_.push_back({std::move(text), static_cast<uint8_t>(kPrepL | kArticle)});
  else if (cls == "article") articles_.push_back({std::move(text), kArticle});
  else if (cls == "suffix-accusative") suffixes_.push_back(std::move(text));
  else if (cls == "suffix-pronoun") pronouns_.push_back(std::move(text));
  else if (cls == "suffix-feminine") feminine_.emplace_back(raw);  // as written: ة, not folded to ه
  else if (cls == "suffix-nisba") nisba_.push_back(std::move(text));  // folded (ى and ي alike)
  else if (cls == "not-article") not_article_.emplace_back(raw);   // as written: أل, not folded to ال
  else if (cls == "not-name-start") not_name_start_.emplace_back(raw);  // as written
  else if (cls == "long-vowel") {
    // a letter that writes a vowel (ا و ي): the folded letter
    UChar32 c = -1;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    if (c < 0 || i != static_cast<int32_t>(text.size())) {
      return Status(ErrorCode::kBadData, "not one letter", path, line);
    }
    long_vowels_.push_back(static_cast<char32_t>(c));
  }
  else if (cls == "not-name-mark") {
    // a combining mark, written on a tatweel for legibility: the last code
    // point of the raw (unfolded) field
    UChar32 c = -1;
    for (int32_t i = 0; i < static_cast<int32_t>(raw.size());) {
      U8_NEXT(reinterpret_cast<const uint8_t*>(raw.data()), i, static_cast<int32_t>(raw.size()), c);
    }
    if (c < 0) return Status(ErrorCode::kBadData, "bad mark", path, line);
    not_name_marks_.push_back(static_cast<char32_t>(c));
  }
  else return Status(ErrorCode::kBadData, "unknown clitic class '" + std::string(cls) + "'", path, line);
  return {};
}

bool Clitics::looks_like_article_only(std::string_view text) const {
  for (const auto& a : not_article_) {
    if (starts_with(text, a)) return true;
  }
  return false;
}

bool Clitics::starts_with_not_name_conj(std::string_view text) const {
  for (const auto& c : not_name_start_) {
    if (text.size() > c.size() && starts_with(text, c)) return true;
  }
  return false;
}

bool Clitics::has_feminine_ending(std::string_view text) const {
  // drop trailing Arabic marks (U+064B..U+0652, two bytes each: D9 8B..D9 92)
  while (text.size() >= 2 && static_cast<unsigned char>(text[text.size() - 2]) == 0xD9 &&
         static_cast<unsigned char>(text.back()) >= 0x8B && static_cast<unsigned char>(text.back()) <= 0x92) {
    text.remove_suffix(2);
  }
  for (const auto& f : feminine_) {
    if (text.size() > f.size() && text.compare(text.size() - f.size(), f.size(), f) == 0) return true;
  }
  return false;
}

bool Clitics::has_nisba_ending(std::string_view key) const {
  for (const auto& n : nisba_) {
    if (key.size() > n.size() && key.compare(key.size() - n.size(), n.size(), n) == 0) return true;
  }
  return false;
}

bool Clitics::is_bare_preposition(std::string_view key) const {
  for (const auto& p : preps_) {
    if (key == p.text && !(p.flags & kArticle)) return true;
  }
  return false;
}

bool Clitics::has_pronoun_suffix(std::string_view key) const {
  for (const auto& p : pronouns_) {
    if (key.size() > p.size() && key.compare(key.size() - p.size(), p.size(), p) == 0 &&
        letters(key.substr(0, key.size() - p.size())) >= 3) {
      return true;
    }
  }
  return false;
}

std::string_view Clitics::dictionary_stem(std::string_view key) const {
  for (const auto& a : articles_) {
    if (starts_with(key, a.text) && letters(key.substr(a.text.size())) >= kMinStemLetters) {
      return key.substr(a.text.size());
    }
  }
  return key;
}

void Clitics::candidates(std::string_view key, std::vector<Candidate>& out) const {
  size_t first = out.size();
  out.push_back({key, 0, 0});
  if (empty() || key.empty() || static_cast<unsigned char>(key[0]) < 0x80) return;
  auto push = [&](size_t strip, uint8_t flags, size_t clitic) {
    std::string_view stem = key.substr(strip);
    if (letters(stem) < kMinStemLetters) return;
    for (size_t i = first; i < out.size(); ++i) {
      if (out[i].stem == stem) return;
    }
    out.push_back({stem, flags, static_cast<uint8_t>(strip), static_cast<uint8_t>(clitic)});
  };
  // conj? (prep (article?) | article)?  -- the order Arabic proclitics take.
  auto with_conj = [&](size_t at, uint8_t flags) {
    std::string_view rest = key.substr(at);
    for (const auto& a : articles_) {
      if (starts_with(rest, a.text)) push(at + a.text.size(), flags | a.flags, at);
    }
    for (const auto& p : preps_) {
      if (!starts_with(rest, p.text)) continue;
      size_t after = at + p.text.size();
      push(after, flags | p.flags, after);
      if (p.flags & kArticle) continue;
      std::string_view rest2 = key.substr(after);
      for (const auto& a : articles_) {
        if (starts_with(rest2, a.text)) push(after + a.text.size(), flags | p.flags | a.flags, after);
      }
    }
  };
  with_conj(0, 0);
  for (const auto& c : conj_) {
    if (starts_with(key, c.text)) {
      push(c.text.size(), c.flags, c.text.size());
      with_conj(c.text.size(), c.flags);
    }
  }
  if (suffixes_.empty()) return;
  size_t last = out.size();
  for (size_t i = first; i < last; ++i) {
    // the alef of the indefinite accusative never follows the article
    // (العليا is no علي with it)
    if (out[i].flags & kArticle) continue;
    for (const auto& s : suffixes_) {
      std::string_view stem = out[i].stem;
      if (stem.size() > s.size() && stem.compare(stem.size() - s.size(), s.size(), s) == 0 &&
          letters(stem) > kMinStemLetters + 1) {
        out.push_back({stem.substr(0, stem.size() - s.size()),
                       static_cast<uint8_t>(out[i].flags | kSuffix), out[i].prefix_bytes,
                       out[i].clitic_bytes});
      }
    }
  }
}

}  // namespace khabar::lexicon
