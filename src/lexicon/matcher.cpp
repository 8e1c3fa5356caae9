#include "lexicon/matcher.h"

#include <algorithm>

namespace khabar::lexicon {

std::vector<std::string> Matcher::stems(std::string_view surface, bool* first_has_article,
                                       uint32_t* with_article) const {
  text::Document doc;
  std::vector<std::string> out;
  if (!tokenizer_->tokenize(std::string(surface), doc).ok()) return out;
  // آلية، ألمانيا: letters that fold to the article but are not one
  auto no_article = [&](uint32_t i) { return clitics_->looks_like_article_only(doc.token_text(i)); };
  if (first_has_article && !doc.tokens().empty()) {
    *first_has_article = !no_article(0) && clitics_->dictionary_stem(doc.key(0)).size() != doc.key(0).size();
  }
  for (uint32_t i = 0; i < doc.tokens().size(); ++i) {
    if (doc.tokens()[i].kind == text::TokenKind::kPunct) {
      if (is_joiner(doc.key(i))) continue;
      out.emplace_back(doc.key(i));  // punctuation that is part of a name
      continue;
    }
    out.emplace_back(no_article(i) ? doc.key(i) : clitics_->dictionary_stem(doc.key(i)));
    if (with_article && out.size() <= 32 && out.back().size() != doc.key(i).size()) {
      *with_article |= 1u << (out.size() - 1);
    }
  }
  return out;
}

bool Matcher::add(Table table, std::string_view surface, uint32_t payload, bool any_article) {
  bool article = false;
  uint32_t articles = 0;
  std::vector<std::string> words = stems(surface, &article, &articles);
  if (words.empty()) return false;
  const uint32_t later = words.size() >= 32 ? ~1u : ((1u << words.size()) - 1) & ~1u;
  std::string id;
  id.push_back(static_cast<char>(table));
  id += std::to_string(payload);
  for (const auto& w : words) {
    id.push_back('\x1f');
    id += w;
  }
  auto [it, added] = seen_.emplace(id, static_cast<uint32_t>(entries_.size()));
  if (!added) {
    Entry& e = entries_[it->second];
    (article ? e.with_article : e.without_article) = true;
    if (any_article) e.with_article = e.without_article = true;
    e.later_with |= articles & later;
    e.later_without |= ~articles & later;
    return true;
  }
  FirstWord& fw = first_word(words[0]);
  if (words.size() == 1) {
    fw.one.push_back(it->second);
  } else {
    fw.by_second[words[1]].push_back(it->second);
  }
  Entry e{std::move(words), table, payload};
  (article ? e.with_article : e.without_article) = true;
  if (any_article) e.with_article = e.without_article = true;
  e.later_with = articles & later;
  e.later_without = ~articles & later;
  entries_.push_back(std::move(e));
  return true;
}

void Matcher::readings(const text::Document& doc, MatchScratch& scratch) const {
  scratch.candidates.clear();
  scratch.offsets.clear();
  const auto n = static_cast<uint32_t>(doc.tokens().size());
  for (uint32_t i = 0; i < n; ++i) {
    scratch.offsets.push_back(static_cast<uint32_t>(scratch.candidates.size()));
    if (doc.tokens()[i].kind == text::TokenKind::kPunct) {
      scratch.candidates.push_back({doc.key(i), 0, 0});
    } else {
      clitics_->candidates(doc.key(i), scratch.candidates);
    }
  }
  scratch.offsets.push_back(static_cast<uint32_t>(scratch.candidates.size()));
}

const Matcher::FirstWord* Matcher::find_first(std::string_view stem) const {
  if (first_slots_.empty()) return nullptr;
  const size_t h = std::hash<std::string_view>{}(stem);
  const size_t mask = first_slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint32_t v = first_slots_[i];
    if (v == 0) return nullptr;
    if (first_hashes_[v - 1] == h && first_keys_[v - 1] == stem) return &first_words_[v - 1];
  }
}

Matcher::FirstWord& Matcher::first_word(const std::string& stem) {
  if (const FirstWord* f = find_first(stem)) return first_words_[static_cast<size_t>(f - first_words_.data())];
  first_words_.emplace_back();
  first_keys_.push_back(stem);
  first_hashes_.push_back(std::hash<std::string_view>{}(stem));
  if (first_words_.size() * 2 > first_slots_.size()) {
    // grow to keep the table at most half full, and place every key again
    first_slots_.assign(std::max<size_t>(64, first_slots_.size() * 2), 0);
    const size_t mask = first_slots_.size() - 1;
    for (size_t k = 0; k < first_words_.size(); ++k) {
      size_t i = first_hashes_[k] & mask;
      while (first_slots_[i] != 0) i = (i + 1) & mask;
      first_slots_[i] = static_cast<uint32_t>(k + 1);
    }
  } else {
    const size_t mask = first_slots_.size() - 1;
    size_t i = first_hashes_.back() & mask;
    while (first_slots_[i] != 0) i = (i + 1) & mask;
    first_slots_[i] = static_cast<uint32_t>(first_words_.size());
  }
  return first_words_.back();
}

bool Matcher::token_is(const MatchScratch& scratch, uint32_t i, std::string_view stem,
                       uint8_t* flags, uint8_t refused) const {
  for (uint32_t c = scratch.offsets[i]; c < scratch.offsets[i + 1]; ++c) {
    if (scratch.candidates[c].stem == stem && !(scratch.candidates[c].flags & refused)) {
      if (flags) *flags = scratch.candidates[c].flags;
      return true;
    }
  }
  return false;
}

void Matcher::match(const text::Document& doc, MatchScratch& scratch, std::vector<Match>& out) const {
  out.clear();
  readings(doc, scratch);
  const auto& tokens = doc.tokens();
  const auto n = static_cast<uint32_t>(tokens.size());
  // Longest match per (table) at this start token: index into `out`.
  size_t best[kTableCount];
  std::vector<std::string_view> second_keys;
  for (uint32_t i = 0; i < n; ++i) {
    std::fill(std::begin(best), std::end(best), SIZE_MAX);
    const size_t start_of_token = out.size();
    for (uint32_t c = scratch.offsets[i]; c < scratch.offsets[i + 1]; ++c) {
      const Candidate& cand = scratch.candidates[c];
      const FirstWord* first = find_first(cand.stem);
      if (!first) continue;
      auto try_entry = [&](uint32_t e) {
        const Entry& entry = entries_[e];
        if (entry.table == Table::kName && !entry.with_article && (cand.flags & kArticle)) return;
        if (entry.table == Table::kTitle && entry.words.size() == 1 && !entry.without_article &&
            !(cand.flags & kArticle)) {
          return;
        }
        // Continue over the following tokens, skipping joiners.
        uint32_t j = i + 1;
        size_t w = 1;
        for (; w < entry.words.size(); ++w) {
          while (j < n && tokens[j].kind == text::TokenKind::kPunct &&
                 tokens[j].sentence == tokens[i].sentence && is_joiner(doc.key(j)) &&
                 entry.words[w] != doc.key(j)) {
            ++j;
          }
          if (j >= n || tokens[j].sentence != tokens[i].sentence) break;
          // (a later word read only by stripping a preposition or و is
          // another phrase: المجلس لسيادة لبنان is no مجلس السيادة)
          uint8_t flags = 0;
          if (!token_is(scratch, j, entry.words[w], &flags, kPrepB | kPrepK | kPrepL | kConj)) break;
          if (entry.table == Table::kName && w < 32 &&
              !(((flags & kArticle) ? entry.later_with : entry.later_without) & (1u << w))) {
            break;
          }
          ++j;
        }
        if (w < entry.words.size()) return;
        auto t = static_cast<size_t>(entry.table);
        Match m{i, j, entry.table, cand.flags, cand.prefix_bytes, cand.clitic_bytes, entry.payload,
                (cand.flags & kArticle) != 0 && entry.with_article};
        if (best[t] == SIZE_MAX) {
          best[t] = out.size();
          out.push_back(m);
          return;
        }
        // Keep the longest; on equal length prefer the less-stripped
        // reading, and keep other payloads of the same phrase (ambiguity).
        Match& b = out[best[t]];
        if (m.end > b.end) {
          // drop every match of this table at this token, keep m
          std::erase_if(out, [&](const Match& x) {
            return &x - out.data() >= static_cast<std::ptrdiff_t>(start_of_token) && x.table == m.table;
          });
          for (auto& bb : best) bb = SIZE_MAX;
          for (size_t k = start_of_token; k < out.size(); ++k) best[static_cast<size_t>(out[k].table)] = k;
          best[t] = out.size();
          out.push_back(m);
        } else if (m.end == b.end && m.payload != b.payload && m.prefix_bytes == b.prefix_bytes) {
          bool dup = false;
          for (size_t k = start_of_token; k < out.size(); ++k) {
            dup |= out[k].table == m.table && out[k].payload == m.payload;
          }
          if (!dup) out.push_back(m);
        }
      };
      for (uint32_t e : first->one) try_entry(e);
      // entries of two words or more: only those whose second word the
      // next token (or the one after a joiner) can be
      if (first->by_second.empty() || i + 1 >= n || tokens[i + 1].sentence != tokens[i].sentence) continue;
      second_keys.clear();
      auto add_keys = [&](uint32_t j) {
        for (uint32_t c2 = scratch.offsets[j]; c2 < scratch.offsets[j + 1]; ++c2) {
          std::string_view k2 = scratch.candidates[c2].stem;
          if (std::find(second_keys.begin(), second_keys.end(), k2) == second_keys.end()) second_keys.push_back(k2);
        }
      };
      add_keys(i + 1);
      if (tokens[i + 1].kind == text::TokenKind::kPunct && is_joiner(doc.key(i + 1))) {
        second_keys.push_back(doc.key(i + 1));
        uint32_t j2 = i + 1;
        while (j2 < n && tokens[j2].sentence == tokens[i].sentence && tokens[j2].kind == text::TokenKind::kPunct &&
               is_joiner(doc.key(j2))) {
          ++j2;
        }
        if (j2 < n && tokens[j2].sentence == tokens[i].sentence) add_keys(j2);
      }
      for (std::string_view k2 : second_keys) {
        auto s2 = first->by_second.find(k2);
        if (s2 == first->by_second.end()) continue;
        for (uint32_t e : s2->second) try_entry(e);
      }
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(start_of_token), out.end(),
              [](const Match& a, const Match& b) {
                if (a.table != b.table) return a.table < b.table;
                if (a.end != b.end) return a.end > b.end;
                return a.payload < b.payload;
              });
  }
}

}  // namespace khabar::lexicon
