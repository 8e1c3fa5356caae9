#pragma once
/// \file word_list.h
/// Reader for the word lists of ontology/lexicons/<lang>/*.tsv: version line
/// `#khabar-lexicon 1`, a header row, then `surface<TAB>class[<TAB>extra...]`.

#include <string>
#include <vector>

#include "core/status.h"

namespace khabar::lexicon {

struct WordEntry {
  std::string surface;
  std::string cls;
  std::vector<std::string> extra;  ///< further columns (English gloss, value)
  uint32_t line = 0;
  std::string extra_at(size_t i) const { return i < extra.size() ? extra[i] : std::string(); }
};

/// Reads a word list; every row needs at least `surface` and `class`.
Expected<std::vector<WordEntry>> load_word_list(const std::string& path);

}  // namespace khabar::lexicon
