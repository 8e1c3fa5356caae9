#include "eval/eval_command.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>

#include "core/vocab.h"
#include "eval/scorer.h"

#ifndef KHABAR_DATA_DIR
#error "KHABAR_DATA_DIR must name the folder that holds the ontology"
#endif

namespace khabar::eval {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "usage: khabar eval --gold GOLD.json|DIR GRAPH|DIR [options]\n"
    "Scores graphs against gold annotations, as ../shared/eval/score.py does.\n"
    "  --gold PATH           a gold JSON file, or a folder of them (*.json)\n"
    "  GRAPH                 the graph of that article (.nt .ttl .nq .trig "
    ".rdf),\n"
    "                        or a folder holding <id>.nt (or .ttl .nq .trig "
    ".rdf)\n"
    "                        for each gold id; a missing graph scores as "
    "empty\n"
    "  --ontology PATH       an ontology file, or a folder of *.ttl, for the\n"
    "                        rdfs:subClassOf declarations; repeatable\n"
    "                        (default: the *.ttl in " KHABAR_DATA_DIR
    ")\n"
    "  -v, --verbose         list missed and spurious entities, missed and\n"
    "                        wrong relations\n"
    "  --json                print the totals as JSON after the TOTAL line\n"
    "  --min-entity-f1 X     exit 4 when the total entity F1 is below X\n"
    "  --min-relation-f1 X   exit 4 when the total relation F1 is below X\n"
    "  -h, --help            print this help\n"
    "Exit: 0 scored, 1 usage error, 2 bad input, 4 below a --min-* "
    "threshold.\n";

/// Graph extensions tried for `<id>.<ext>`, most preferred first.
constexpr std::array<std::string_view, 7> kGraphExtensions = {
    ".nt", ".ttl", ".nq", ".trig", ".rdf", ".xml", ".owl"};

struct Options {
  std::string gold;
  std::string graph;
  std::vector<std::string> ontology;
  bool verbose = false;
  bool json = false;
  std::optional<double> min_entity_f1;
  std::optional<double> min_relation_f1;
  std::string min_entity_text, min_relation_text;  ///< as given
};

/// A usage problem, or none.
struct UsageError {
  std::string message;
};

std::optional<double> parse_fraction(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) {
    return std::nullopt;
  }
  return v;
}

/// Parses `args` into `opts`; returns the usage error, if any. Sets `help`.
std::optional<UsageError> parse_args(const std::vector<std::string>& args,
                                     Options& opts, bool& help) {
  std::vector<std::string> positional;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.empty() || a[0] != '-' || a == "-") {
      positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    if (a == "-h" || a == "--help") {
      help = true;
      return std::nullopt;
    }
    if (a == "-v" || a == "--verbose") {
      opts.verbose = true;
      continue;
    }
    if (a == "--json") {
      opts.json = true;
      continue;
    }
    // Options with a value: "--name VALUE" or "--name=VALUE".
    std::string name = a;
    std::optional<std::string> value;
    if (const size_t eq = a.find('='); eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    if (name != "--gold" && name != "--ontology" && name != "--min-entity-f1" &&
        name != "--min-relation-f1") {
      return UsageError{"unknown option " + a};
    }
    if (!value) {
      if (i + 1 >= args.size()) return UsageError{name + " needs a value"};
      value = args[++i];
    }
    if (name == "--gold") {
      if (!opts.gold.empty()) return UsageError{"--gold given twice"};
      opts.gold = *value;
    } else if (name == "--ontology") {
      opts.ontology.push_back(*value);
    } else {
      const std::optional<double> x = parse_fraction(*value);
      if (!x) return UsageError{name + " needs a number, not '" + *value + "'"};
      if (name == "--min-entity-f1") {
        opts.min_entity_f1 = x;
        opts.min_entity_text = *value;
      } else {
        opts.min_relation_f1 = x;
        opts.min_relation_text = *value;
      }
    }
  }
  if (opts.gold.empty()) return UsageError{"--gold is required"};
  if (positional.empty()) return UsageError{"the GRAPH argument is missing"};
  if (positional.size() > 1) {
    return UsageError{"one GRAPH only (got '" + positional[1] + "' too)"};
  }
  opts.graph = positional[0];
  return std::nullopt;
}

/// The regular files directly in `dir` whose extension is `ext` (exact
/// case), hidden files excepted, sorted by name (as Python's sorted(glob)).
Expected<std::vector<std::string>> files_with_extension(const std::string& dir,
                                                        std::string_view ext) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    std::error_code type_ec;
    if (name.starts_with(".") || p.extension() != ext ||
        !fs::is_regular_file(p, type_ec)) {
      continue;
    }
    out.push_back(p.string());
  }
  if (ec) return Status(ErrorCode::kIo, "cannot list the folder", dir);
  std::sort(out.begin(), out.end());
  return out;
}

/// The ontology files to read: each `--ontology` path (a folder gives its
/// *.ttl), or the *.ttl of KHABAR_DATA_DIR.
Expected<std::vector<std::string>> ontology_files(const Options& opts,
                                                  std::ostream& err) {
  std::vector<std::string> files;
  if (opts.ontology.empty()) {
    std::error_code ec;
    if (fs::is_directory(KHABAR_DATA_DIR, ec)) {
      Expected<std::vector<std::string>> ttl =
          files_with_extension(KHABAR_DATA_DIR, ".ttl");
      if (!ttl.ok()) return ttl.status();
      files = std::move(*ttl);
    }
    if (files.empty()) {
      err << "khabar: warning: no ontology (*.ttl) in " KHABAR_DATA_DIR
             "; only the six coarse kh: classes are recognised\n";
    }
    return files;
  }
  for (const std::string& path : opts.ontology) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      Expected<std::vector<std::string>> ttl =
          files_with_extension(path, ".ttl");
      if (!ttl.ok()) return ttl.status();
      files.insert(files.end(), ttl->begin(), ttl->end());
    } else {
      files.push_back(path);
    }
  }
  return files;
}

Expected<ClassResolver> load_ontology(const std::vector<std::string>& files) {
  const std::string sub_class_of = std::string(vocab::kRdfs) + "subClassOf";
  std::vector<Triple> all;
  for (const std::string& f : files) {
    Expected<std::vector<Triple>> triples =
        read_rdf(f, [&](std::string_view p) { return p == sub_class_of; });
    if (!triples.ok()) return triples.status();
    all.insert(all.end(), triples->begin(), triples->end());
  }
  return ClassResolver::from_triples(all);
}

/// The graph for gold `id` in folder `dir`: `<id><ext>` for the first
/// extension of `kGraphExtensions` present (any letter case), "" when there
/// is none. Fails when only a JSON-LD graph is there.
Expected<std::string> graph_in_folder(const std::string& dir,
                                      const std::string& id) {
  std::map<std::string, std::string> by_ext;  // lower-case extension -> path
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= id.size() || !name.starts_with(id) ||
        name[id.size()] != '.') {
      continue;
    }
    std::string ext = name.substr(id.size());
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
      return static_cast<char>(std::tolower(c));
    });
    // Two names that differ only in case: keep the first in name order.
    auto [slot, fresh] = by_ext.try_emplace(ext, it->path().string());
    if (!fresh && it->path().string() < slot->second) {
      slot->second = it->path().string();
    }
  }
  if (ec) return Status(ErrorCode::kIo, "cannot list the folder", dir);
  for (std::string_view ext : kGraphExtensions) {
    if (auto it = by_ext.find(std::string(ext)); it != by_ext.end()) {
      return it->second;
    }
  }
  if (auto it = by_ext.find(".jsonld"); it != by_ext.end()) {
    return Status(ErrorCode::kUnknownFormat,
                  "cannot read JSON-LD, give .nt/.ttl", it->second);
  }
  return std::string();
}

int usage_error(const std::string& message, std::ostream& err) {
  err << "khabar: error: " << message << "\n" << kUsage;
  return 1;
}

int input_error(const Status& status, std::ostream& err) {
  err << "khabar: error: " << status.to_string() << "\n";
  return 2;
}

}  // namespace

int eval_main(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err) {
  Options opts;
  bool help = false;
  if (std::optional<UsageError> e = parse_args(args, opts, help)) {
    return usage_error(e->message, err);
  }
  if (help) {
    out << kUsage;
    return 0;
  }

  std::error_code ec;
  const bool gold_is_dir = fs::is_directory(opts.gold, ec);
  const bool graph_is_dir = fs::is_directory(opts.graph, ec);
  if (gold_is_dir && !graph_is_dir) {
    return usage_error("--gold names a folder, so GRAPH must be one too", err);
  }

  Expected<std::vector<std::string>> onto_files = ontology_files(opts, err);
  if (!onto_files.ok()) return input_error(onto_files.status(), err);
  Expected<ClassResolver> classes = load_ontology(*onto_files);
  if (!classes.ok()) return input_error(classes.status(), err);

  std::vector<std::string> gold_files;
  if (gold_is_dir) {
    Expected<std::vector<std::string>> found =
        files_with_extension(opts.gold, ".json");
    if (!found.ok()) return input_error(found.status(), err);
    gold_files = std::move(*found);
  } else {
    gold_files.push_back(opts.gold);
  }

  std::vector<ArticleScore> results;
  for (const std::string& gold_path : gold_files) {
    Expected<GoldArticle> gold = load_gold(gold_path);
    if (!gold.ok()) return input_error(gold.status(), err);
    std::string graph_path = opts.graph;
    if (graph_is_dir) {
      Expected<std::string> found = graph_in_folder(opts.graph, gold->id);
      if (!found.ok()) return input_error(found.status(), err);
      graph_path = *found;
    }
    Expected<ArticleScore> score = score_files(*gold, graph_path, *classes);
    if (!score.ok()) return input_error(score.status(), err);
    results.push_back(std::move(*score));
  }

  const Summary summary = summarise(results);
  for (const ArticleScore& a : results) {
    out << format_article_line(a) << "\n";
    if (opts.verbose) out << format_verbose_lines(a);
  }
  out << format_total_line(summary) << "\n";
  if (opts.json) out << format_summary_json(summary) << "\n";
  out.flush();

  int rc = 0;
  if (opts.min_entity_f1 && summary.entity_f1 < *opts.min_entity_f1) {
    err << "khabar: entity F1 " << python_float_repr(summary.entity_f1)
        << " is below --min-entity-f1 " << opts.min_entity_text << "\n";
    rc = 4;
  }
  if (opts.min_relation_f1 && summary.relation_f1 < *opts.min_relation_f1) {
    err << "khabar: relation F1 " << python_float_repr(summary.relation_f1)
        << " is below --min-relation-f1 " << opts.min_relation_text << "\n";
    rc = 4;
  }
  return rc;
}

}  // namespace khabar::eval
