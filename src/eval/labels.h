#pragma once
/// \file labels.h
/// Label matching exactly as `../shared/eval/score.py` does it: `normalise()`
/// turns a surface form into a matching key, `similarity()` compares two sets
/// of keys. Both are pure functions, safe to call from any thread.

#include <set>
#include <string>
#include <string_view>

namespace khabar::eval {

/// The matching key of a label, identical to score.py's `normalise()` run by
/// Debian 12's /usr/bin/python3 (Python 3.11, Unicode 14.0):
///   1. NFKC, then full case folding (`str.casefold()`);
///   2. Arabic diacritics and tatweel removed (U+0610..U+061A,
///      U+064B..U+065F, U+0670, U+06D6..U+06ED, U+0640);
///   3. أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي;
///   4. every run of characters that are not letters (L*) or numbers (a
///      Numeric_Type), `_` included, becomes one space; ends trimmed;
///   5. a token longer than 4 code points loses a leading "ال";
///   6. a leading token "the" is dropped.
/// Characters assigned after Unicode 14.0 are treated as unassigned, as
/// Python 3.11 does. Invalid UTF-8 sequences count as U+FFFD (a non-word).
///
///     normalise("The Lancang-Mekong")  == "lancang mekong"
///     normalise("الصِّينُ")             == "صين"
std::string normalise(std::string_view label);

/// score.py's `similarity()`: 1.0 when a non-empty key is in both sets;
/// otherwise the best 0.5 + 0.4 * J over pairs of non-empty keys whose token
/// Jaccard index J is at least 0.6; 0.0 when no pair qualifies.
/// Requires: the keys are outputs of `normalise()` (tokens split on ' ').
double similarity(const std::set<std::string>& a_labels,
                  const std::set<std::string>& b_labels);

}  // namespace khabar::eval
