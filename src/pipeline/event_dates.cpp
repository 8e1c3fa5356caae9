#include "pipeline/event_dates.h"

#include <algorithm>
#include <cstdio>

#include "pipeline/pipeline.h"

namespace khabar::pipeline {
namespace {

using lexicon::Table;

/// Classes of dates.tsv and date_words.tsv.
constexpr const char* kWeekdayClass = "weekday";
constexpr const char* kRelativeDayClass = "relative";
constexpr const char* kMonthClass = "month";
constexpr const char* kYearWordClass = "year";
constexpr const char* kRelativeWordClass = "relative";
constexpr int kMonths = 12;
/// Punctuation that joins two names of one month (أيار/مايو).
constexpr const char* kJoinerClass = "joiner";
/// A month or year dates an event when it stands at most this many tokens
/// after the end of a full mention of it (القمة ... التي استضافتها العاصمة
/// الغامبية بانجول في مايو الماضي).
constexpr uint32_t kDateWindow = 10;

std::string year_month(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

class Dater {
 public:
  Dater(const lexicon::Resources& r, const text::Document& doc, const mentions::Recognizer::Scratch& s,
        const std::string& published)
      : r_(r), doc_(doc), s_(s), year_(std::stoi(published.substr(0, 4))), month_(std::stoi(published.substr(5, 2))) {}

  /// The date a month or year word at token `t` of the sentence [begin,
  /// end) names (YYYY-MM, YYYY), else "".
  std::string at(uint32_t t, uint32_t begin, uint32_t end) const {
    if (const lexicon::Match* m = date_match(t); m && r_.class_of(*m) == kMonthClass) {
      const int month = std::stoi(entry(*m).extra_at(0));  // (a whole number: checked at load)
      if (month < 1 || month > kMonths) return {};
      uint32_t u = m->end;
      // أيار/مايو: the month in a second calendar's name
      if (u + 1 < end && r_.punct_class(doc_.key(u)) == kJoinerClass && date_match(u + 1) &&
          r_.class_of(*date_match(u + 1)) == kMonthClass) {
        u = date_match(u + 1)->end;
      }
      if (u < end) {
        if (int y = year_of(doc_.key(u))) return year_month(y, month);
        if (const auto* w = r_.date_word(doc_.key(u)); w && w->cls == kRelativeWordClass) {
          const int dir = std::stoi(w->extra_at(0));
          int y = year_;
          if (dir < 0 && month >= month_) --y;  // the last such month before publication
          if (dir > 0 && month <= month_) ++y;  // the next one after it
          return year_month(y, month);
        }
      }
      // a month alone: of the year the sentence wrote last before it (في أيار
      // 2023، إثر الاجتماع ... في الأول من أيار من العام ذاته), else the one
      // nearest the publication date
      // (a year written as a date: after a month or a word for year, not
      // in a name: رؤية 2030)
      for (uint32_t b = t; b-- > begin + 1;) {
        const int y = year_of(doc_.key(b));
        if (!y) continue;
        const lexicon::Match* before = date_match(b - 1);
        const auto* word = r_.date_word(doc_.key(b - 1));
        if ((before && r_.class_of(*before) == kMonthClass) || (word && word->cls == kYearWordClass)) {
          return year_month(y, month);
        }
      }
      int y = year_;
      if (month - month_ > 6) --y;
      if (month_ - month > 6) ++y;
      return year_month(y, month);
    }
    if (const auto* w = r_.date_word(doc_.key(t)); w && w->cls == kYearWordClass && t + 1 < end) {
      if (int y = year_of(doc_.key(t + 1))) return std::to_string(y);
      if (const auto* rel = r_.date_word(doc_.key(t + 1)); rel && rel->cls == kRelativeWordClass) {
        return std::to_string(year_ + std::stoi(rel->extra_at(0)));
      }
    }
    return {};
  }

 private:
  const lexicon::Match* date_match(uint32_t t) const {
    for (uint32_t k = s_.first[t]; k < s_.first[t + 1]; ++k) {
      if (s_.matches[k].table == Table::kDate) return &s_.matches[k];
    }
    return nullptr;
  }
  const lexicon::WordEntry& entry(const lexicon::Match& m) const {
    return r_.table(Table::kDate).entries[m.payload];
  }

  const lexicon::Resources& r_;
  const text::Document& doc_;
  const mentions::Recognizer::Scratch& s_;
  int year_, month_;
};

}  // namespace

int year_of(std::string_view key) {
  if (key.size() != 4) return 0;
  int y = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1900 && y <= 2200 ? y : 0;
}

EventDates date_events(const lexicon::Resources& r, const text::Document& doc,
                       const mentions::Recognizer::Scratch& scratch, const std::vector<mentions::Mention>& mentions,
                       const std::vector<entities::Entity>& entities, const std::string& published) {
  EventDates out;
  out.day.resize(entities.size());
  out.named.resize(entities.size());
  if (published.size() < 10) return out;
  const int64_t days = days_from_date(published);
  const int64_t weekday = ((days % 7) + 11) % 7;  // 1970-01-01 was a Thursday (4)
  if (std::none_of(entities.begin(), entities.end(), [](const auto& e) { return e.coarse == "Event"; })) return out;
  // the event and document phrases (first token, entity): a date after one
  // is its own
  std::vector<std::pair<uint32_t, int32_t>> phrases;
  for (const auto& m : mentions) {
    if (m.kind == mentions::MentionKind::kPhrase && m.entity >= 0 && (m.coarse == "Event" || m.coarse == "Document")) {
      phrases.emplace_back(m.begin, m.entity);
    }
  }
  auto phrase_at = [&](uint32_t t) {
    for (const auto& [begin, entity] : phrases) {
      if (begin == t) return entity;
    }
    return int32_t{-1};
  };
  const Dater dater(r, doc, scratch, published);
  for (size_t ei = 0; ei < entities.size(); ++ei) {
    const auto& e = entities[ei];
    if (e.coarse != "Event") continue;
    bool first = true;
    for (uint32_t mi : e.mentions) {
      const auto& m = mentions[mi];
      if (m.kind != mentions::MentionKind::kPhrase) continue;
      const auto& sent = doc.sentences()[m.sentence];
      if (first) {
        for (uint32_t t = sent.token_begin; t < sent.token_end && out.day[ei].empty(); ++t) {
          for (uint32_t k = scratch.first[t]; k < scratch.first[t + 1]; ++k) {
            const auto& match = scratch.matches[k];
            if (match.table != Table::kDate) continue;
            const auto& entry = r.table(Table::kDate).entries[match.payload];
            const int value = std::stoi(entry.extra_at(0));  // (a whole number: checked at load)
            if (entry.cls == kWeekdayClass) {
              out.day[ei] = date_from_days(days - (weekday - value + 7) % 7);
            } else if (entry.cls == kRelativeDayClass) {
              out.day[ei] = date_from_days(days + value);
            }
            if (!out.day[ei].empty()) break;
          }
        }
        first = false;
        if (!out.day[ei].empty()) {
          out.named[ei] = out.day[ei];
          break;
        }
      }
      const uint32_t end = std::min(sent.token_end, m.end + kDateWindow);
      for (uint32_t t = m.end; t < end && out.named[ei].empty(); ++t) {
        if (const int32_t other = phrase_at(t); other >= 0 && other != static_cast<int32_t>(ei)) break;
        out.named[ei] = dater.at(t, sent.token_begin, sent.token_end);
      }
      if (!out.named[ei].empty()) break;
    }
  }
  return out;
}

}  // namespace khabar::pipeline
