#include "lexicon/word_list.h"

#include "core/tsv.h"

namespace khabar::lexicon {

Expected<std::vector<WordEntry>> load_word_list(const std::string& path) {
  auto rows = read_tsv(path, "#khabar-lexicon 1", true);
  if (!rows.ok()) return rows.status();
  std::vector<WordEntry> out;
  out.reserve(rows->size());
  for (auto& row : rows.value()) {
    if (row.fields.size() < 2) {
      return Status(ErrorCode::kBadData, "expected 'surface<TAB>class'", path, row.line);
    }
    WordEntry e;
    e.surface = std::move(row.fields[0]);
    e.cls = std::move(row.fields[1]);
    e.extra.assign(std::make_move_iterator(row.fields.begin() + 2),
                   std::make_move_iterator(row.fields.end()));
    e.line = row.line;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace khabar::lexicon
