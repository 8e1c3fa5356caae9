#pragma once
#include "core/tsv.h"

namespace khabar::lexicon {

template <typename Fold>
Expected<Clitics> Clitics::load(const std::string& path, Fold normalise) {
  Clitics c;
  auto rows = read_tsv(path, "#khabar-lexicon 1", true);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    if (row.fields.size() < 2) {
      return Status(ErrorCode::kBadData, "expected 'prefix<TAB>class'", path, row.line);
    }
    KHABAR_TRY(c.add(normalise(row.fields[0]), row.fields[0], row.fields[1], path, row.line));
  }
  return c;
}

}  // namespace khabar::lexicon
