#pragma once
/// \file eval_command.h
/// `khabar eval`: scores exported graphs against gold annotations and prints
/// the report of `../shared/eval/score.py`.

#include <ostream>
#include <string>
#include <vector>

namespace khabar::eval {

/// Runs `khabar eval` with `args`, the words after "eval":
///
///     --gold GOLD.json|DIR GRAPH|DIR [--ontology FILE|DIR]... [-v] [--json]
///            [--min-entity-f1 X] [--min-relation-f1 X]
///
/// Writes the report to `out`, errors and warnings to `err`.
/// Returns 0 when scored, 1 on a usage error (message and usage on `err`),
/// 2 on bad input (one line "khabar: error: FILE[:LINE]: reason"), 4 when a
/// `--min-*` threshold is not met (each failure named on `err`).
/// Thread safety: safe to call concurrently with distinct streams.
int eval_main(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err);

}  // namespace khabar::eval
