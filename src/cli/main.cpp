/// \file main.cpp
/// The `khabar` command: `build` (extract, merge, export) and `eval`
/// (score graphs against gold annotations). No exception escapes main().
///
/// Exit codes: 0 ok; 1 usage; 2 bad input (something was skipped);
/// 3 internal error; 4 eval thresholds not met.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/status.h"
#include "eval/eval_command.h"
#include "exporters/exporter.h"
#include "pipeline/article.h"
#include "pipeline/pipeline.h"

#ifndef KHABAR_VERSION
#define KHABAR_VERSION "0.0.0"
#endif
#ifndef KHABAR_DATA_DIR
#define KHABAR_DATA_DIR "ontology"
#endif

namespace khabar::cli {
namespace {
namespace fs = std::filesystem;

constexpr int kExitOk = 0, kExitUsage = 1, kExitData = 2, kExitInternal = 3;

void print_usage(std::ostream& out) {
  out << "Usage: khabar build [OPTION]... INPUT...\n"
         "       khabar eval --gold GOLD.json|DIR GRAPH|DIR [-v] [--json]\n"
         "       khabar --help | --version\n"
         "\n"
         "Turns news articles (Arabic first, English too) into a knowledge graph.\n"
         "\n"
         "INPUT: a .txt article, a .jsonl file (one {\"id\",\"text\",\"lang\"?,\"date\"?,\n"
         "       \"url\"?,\"title\"?} object a line), a folder of them, or - (stdin).\n"
         "\n"
         "Options of build:\n"
         "  -o FILE        Write the graph to FILE; the format comes from the\n"
         "                 extension (repeatable):";
  for (const auto& [name, ext] : exporters::list_formats()) out << " " << ext;
  out << "\n"
         "  --format F     Write format F to standard output:";
  for (const auto& [name, ext] : exporters::list_formats()) out << " " << name;
  out << "\n"
         "  --lang L       Language of text inputs: auto (default), ar, en\n"
         "  --date D       Publication date (YYYY-MM-DD) of text inputs\n"
         "  --kb FILE      Extra knowledge-base entities (repeatable)\n"
         "  --base IRI     Base of resource IRIs (default https://w3id.org/khabar/resource/)\n"
         "  --data DIR     The ontology/ folder (default: $KHABAR_DATA, else the\n"
         "                 source tree's)\n"
         "  --explain      Print each article's mentions, entities and relations\n"
         "                 (with the rule behind each) to standard error\n"
         "  --no-output    Extract but write nothing (benchmarks)\n"
         "  --stage S      Run the pipeline up to S: tokenize, all (default)\n"
         "  -q, --quiet    Do not print the summary line\n"
         "  -h, --help     Show this help and exit\n"
         "  -V, --version  Show the version and exit\n"
         "\n"
         "Exit status: 0 ok, 1 usage error, 2 an input was skipped (each one is\n"
         "reported as FILE[:LINE]: reason), 3 internal error.\n";
}

int usage_error(const std::string& msg) {
  std::cerr << "khabar: " << msg << "\n";
  print_usage(std::cerr);
  return kExitUsage;
}

void report(const Status& s) { std::cerr << "khabar: error: " << s.to_string() << "\n"; }

/// Writes `path` whole or not at all: a temporary file beside it, renamed.
Status write_output(const std::string& path, const exporters::Exporter& ex, const graph::Graph& g,
                    const exporters::ExportOptions& opts) {
  fs::path target(path);
  fs::path tmp = target;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status(ErrorCode::kIo, "cannot write output file", path);
    Status st = ex.write(g, opts, out);
    out.flush();
    if (st.ok() && !out) st = Status(ErrorCode::kIo, "write failed", path);
    if (!st.ok()) {
      out.close();
      std::error_code ec;
      fs::remove(tmp, ec);
      return st.file().empty() ? Status(st.code(), st.message(), path) : st;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status(ErrorCode::kIo, "cannot rename temporary file: " + ec.message(), path);
  }
  return {};
}

std::string default_data_dir() {
  if (const char* env = std::getenv("KHABAR_DATA")) return env;
  return KHABAR_DATA_DIR;
}

int build_main(const std::vector<std::string>& args) {
  std::vector<std::string> outputs, inputs;
  std::string format, lang = "auto", date, data = default_data_dir();
  pipeline::PipelineOptions options;
  bool quiet = false, no_output = false, explain = false;
  std::string stage = "all";
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) -> bool {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    std::string v;
    if (a == "-o" || a == "--output") {
      if (!value(v)) return usage_error("-o needs a file name");
      outputs.push_back(v);
    } else if (a == "--format" || a == "-f") {
      if (!value(format)) return usage_error("--format needs a format name");
    } else if (a == "--lang") {
      if (!value(lang) || (lang != "auto" && lang != "ar" && lang != "en")) {
        return usage_error("--lang takes auto, ar or en");
      }
    } else if (a == "--date") {
      if (!value(date) || !pipeline::valid_date(date)) return usage_error("--date takes a date YYYY-MM-DD");
    } else if (a == "--kb") {
      if (!value(v)) return usage_error("--kb needs a file name");
      options.kb_files.push_back(v);
    } else if (a == "--base") {
      if (!value(options.base_iri) || options.base_iri.find(':') == std::string::npos) {
        return usage_error("--base needs an absolute IRI");
      }
    } else if (a == "--data") {
      if (!value(data)) return usage_error("--data needs a folder");
    } else if (a == "--explain") {
      explain = true;
    } else if (a == "--no-output") {
      no_output = true;
    } else if (a == "--stage") {
      if (!value(stage) || (stage != "tokenize" && stage != "all")) {
        return usage_error("--stage takes tokenize or all");
      }
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (a == "-h" || a == "--help") {
      print_usage(std::cout);
      return kExitOk;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error("unknown option '" + a + "'");
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) return usage_error("no INPUT given");
  if (outputs.empty() && format.empty() && !no_output) return usage_error("give -o FILE or --format F");

  std::vector<std::unique_ptr<exporters::Exporter>> writers;
  for (const auto& o : outputs) {
    auto ex = exporters::exporter_for_path(o);
    if (!ex) return usage_error("no format for the extension of '" + o + "'");
    writers.push_back(std::move(ex));
  }
  std::unique_ptr<exporters::Exporter> stdout_writer;
  if (!format.empty()) {
    stdout_writer = exporters::make_exporter(format);
    if (!stdout_writer) return usage_error("unknown format '" + format + "'");
  }

  options.data_dir = data;
  auto p = pipeline::Pipeline::create(options);
  if (!p.ok()) {
    report(p.status());
    return kExitData;
  }
  graph::Graph g;
  pipeline::Pipeline::Workspace ws;
  size_t done = 0, skipped = 0, words = 0;
  for (const auto& input : inputs) {
    Status st = pipeline::read_input(input, date, lang, [&](Expected<pipeline::Article> a) {
      if (!a.ok()) {
        report(a.status());
        ++skipped;
        return;
      }
      auto r = stage == "tokenize" ? p.value()->tokenize_only(a.value(), ws)
                                   : p.value()->process(a.value(), ws, g);
      if (!r.ok()) {
        Status s = r.status();
        report(Status(s.code(), s.message(), a->source, a->line));
        ++skipped;
        return;
      }
      ++done;
      words += r->words;
      if (explain) {
        std::cerr << "== " << a->id << "\n";
        p.value()->explain(ws, std::cerr);
      }
    });
    if (!st.ok()) {
      report(st);
      ++skipped;
    }
  }

  exporters::ExportOptions eo;
  eo.base_iri = options.base_iri;
  int rc = skipped ? kExitData : kExitOk;
  for (size_t i = 0; i < outputs.size(); ++i) {
    // folder formats (DIR.neo4j) are written to a temporary folder, renamed
    const auto* folder = dynamic_cast<const exporters::FolderExporter*>(writers[i].get());
    Status st = folder != nullptr ? exporters::write_folder_output(*folder, g, eo, outputs[i])
                                  : write_output(outputs[i], *writers[i], g, eo);
    if (!st.ok()) {
      report(st);
      rc = kExitData;
    }
  }
  if (stdout_writer) {
    Status st = stdout_writer->write(g, eo, std::cout);
    std::cout.flush();
    if (!st.ok()) {
      report(st);
      rc = kExitData;
    }
  }
  if (!quiet) {
    std::cerr << "khabar: " << done << " article" << (done == 1 ? "" : "s") << " (" << words << " words), "
              << g.node_count() << " nodes, " << g.edge_count() << " edges";
    if (skipped) std::cerr << "; " << skipped << " skipped";
    std::cerr << "\n";
  }
  return rc;
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  const std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    print_usage(std::cout);
    return kExitOk;
  }
  if (cmd == "-V" || cmd == "--version") {
    std::cout << "khabar " << KHABAR_VERSION << "\n";
    return kExitOk;
  }
  if (cmd == "build") return build_main(rest);
  if (cmd == "eval") return eval::eval_main(rest, std::cout, std::cerr);
  return usage_error("unknown command '" + cmd + "'");
}

}  // namespace
}  // namespace khabar::cli

int main(int argc, char** argv) {
  try {
    return khabar::cli::run(argc, argv);
  } catch (const khabar::InternalError& e) {
    std::cerr << "khabar: internal error: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "khabar: internal error: " << e.what() << "\n";
  }
  return 3;
}
