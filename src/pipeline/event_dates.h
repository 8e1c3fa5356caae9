#pragma once
/// \file event_dates.h
/// When the text says an event took place, resolved against the article's
/// publication date.

#include <string>
#include <string_view>
#include <vector>

#include "entities/resolver.h"
#include "lexicon/resources.h"
#include "mentions/recognizer.h"
#include "text/document.h"

namespace khabar::pipeline {

/// The dates of an article's events, by entity index.
struct EventDates {
  /// YYYY-MM-DD: a weekday or relative day (الخميس، اليوم) in the sentence
  /// of the event's first full mention. The node's date.
  std::vector<std::string> day;
  /// What its English names may carry: the day's date, else a month or a
  /// year just after one of its full mentions (في مايو الماضي، في حزيران
  /// 2021، عام 2025) as YYYY-MM or YYYY; "" when the text says none.
  std::vector<std::string> named;
};

/// The year a token of four digits (ASCII after folding) says, else 0.
int year_of(std::string_view key);

/// Dates the events of `entities`; `published` is YYYY-MM-DD ("": none).
EventDates date_events(const lexicon::Resources& r, const text::Document& doc,
                       const mentions::Recognizer::Scratch& scratch, const std::vector<mentions::Mention>& mentions,
                       const std::vector<entities::Entity>& entities, const std::string& published);

}  // namespace khabar::pipeline
