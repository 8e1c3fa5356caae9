#include "lexicon/clitics.h"

namespace khabar::lexicon {
namespace {

/// Code points in a UTF-8 string (keys are valid UTF-8).
size_t letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

constexpr size_t kMinStemLetters = 2;

}  // namespace

Status Clitics::add(std::string text, std::string_view cls, const std::string& path, uint32_t line) {
  if (text.empty()) return Status(ErrorCode::kBadData, "empty prefix", path, line);
  if (cls == "conj") conj_.push_back({std::move(text), kConj});
  else if (cls == "prep-b") preps_.push_back({std::move(text), kPrepB});
  else if (cls == "prep-l") preps_.push_back({std::move(text), kPrepL});
  else if (cls == "prep-k") preps_.push_back({std::move(text), kPrepK});
  else if (cls == "prep-l+article") preps_.push_back({std::move(text), static_cast<uint8_t>(kPrepL | kArticle)});
  else if (cls == "article") articles_.push_back({std::move(text), kArticle});
  else if (cls == "suffix-accusative") suffixes_.push_back(std::move(text));
  else if (cls == "suffix-pronoun") pronouns_.push_back(std::move(text));
  else return Status(ErrorCode::kBadData, "unknown clitic class '" + std::string(cls) + "'", path, line);
  return {};
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
