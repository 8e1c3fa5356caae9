#include "eval/rdf_reader.h"

#include <raptor2.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace khabar::eval {
namespace {

/// Distinguishes the blank nodes of one read from those of every other.
std::atomic<uint64_t> g_read_serial{0};

std::string lower_extension(std::string_view path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return ext;
}

/// State shared with Raptor's C callbacks during one parse.
struct ParseContext {
  const PredicateFilter* keep = nullptr;
  std::string blank_prefix;  ///< "_:" + read serial + ":"
  raptor_parser* parser = nullptr;
  /// Set for the line-based syntaxes, whose Raptor parsers lower-case
  /// language tags: the file text and where each line starts, to take the
  /// tag as written from the statement's line (rdflib keeps its case).
  const std::string* text = nullptr;
  std::vector<size_t> line_starts;
  std::vector<Triple> triples;
  /// The triples kept so far, language tags lower-cased: rdflib's identity.
  std::set<Triple> seen;
  bool failed = false;
  std::string error;   ///< first error or fatal message
  int error_line = 0;  ///< its line, or 0 when Raptor gives none
};

Term to_term(const raptor_term* t, const std::string& blank_prefix) {
  Term out;
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI: {
      size_t len = 0;
      const unsigned char* s = raptor_uri_as_counted_string(t->value.uri, &len);
      out.kind = TermKind::kIri;
      out.value.assign(reinterpret_cast<const char*>(s), len);
      break;
    }
    case RAPTOR_TERM_TYPE_BLANK:
      out.kind = TermKind::kBlank;
      out.value = blank_prefix;
      out.value.append(reinterpret_cast<const char*>(t->value.blank.string),
                       t->value.blank.string_len);
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      out.kind = TermKind::kLiteral;
      out.value.assign(reinterpret_cast<const char*>(t->value.literal.string),
                       t->value.literal.string_len);
      if (t->value.literal.language != nullptr) {
        out.language.assign(
            reinterpret_cast<const char*>(t->value.literal.language),
            t->value.literal.language_len);
      }
      break;
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return out;
}

bool is_tag_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
}

/// The language tag `lowered` as written on the current line: the last
/// `"@tag` there whose tag equals `lowered` ignoring case. `lowered` itself
/// when the line cannot be found.
std::string tag_as_written(const ParseContext& ctx,
                           const std::string& lowered) {
  const int line = raptor_locator_line(raptor_parser_get_locator(ctx.parser));
  if (line < 1 || static_cast<size_t>(line) > ctx.line_starts.size()) {
    return lowered;
  }
  const size_t begin = ctx.line_starts[static_cast<size_t>(line) - 1];
  const size_t end = static_cast<size_t>(line) < ctx.line_starts.size()
                         ? ctx.line_starts[static_cast<size_t>(line)]
                         : ctx.text->size();
  const std::string_view text(*ctx.text);
  const std::string_view row = text.substr(begin, end - begin);
  for (size_t at = row.rfind("\"@"); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : row.rfind("\"@", at - 1)) {
    const std::string_view tag = row.substr(at + 2, lowered.size());
    const size_t after = at + 2 + lowered.size();
    if (tag.size() != lowered.size() ||
        (after < row.size() && is_tag_char(row[after]))) {
      continue;
    }
    bool same = true;
    for (size_t i = 0; i < tag.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(tag[i])) ==
             static_cast<unsigned char>(lowered[i]);
    }
    if (same) return std::string(tag);
  }
  return lowered;
}

void on_statement(void* user_data, raptor_statement* st) {
  auto* ctx = static_cast<ParseContext*>(user_data);
  if (st->subject == nullptr || st->predicate == nullptr ||
      st->object == nullptr) {
    return;
  }
  Triple triple{to_term(st->subject, ctx->blank_prefix),
                to_term(st->predicate, ctx->blank_prefix),
                to_term(st->object, ctx->blank_prefix)};
  if (*ctx->keep && !(*ctx->keep)(triple.predicate.value)) return;
  Triple identity = triple;
  if (!identity.object.language.empty()) {
    std::string& lang = identity.object.language;
    std::transform(lang.begin(), lang.end(), lang.begin(), [](unsigned char c) {
      return static_cast<char>(std::tolower(c));
    });
  }
  if (!ctx->seen.insert(std::move(identity)).second) return;
  if (ctx->text != nullptr && !triple.object.language.empty()) {
    triple.object.language = tag_as_written(*ctx, triple.object.language);
  }
  ctx->triples.push_back(std::move(triple));
}

void on_log(void* user_data, raptor_log_message* message) {
  auto* ctx = static_cast<ParseContext*>(user_data);
  if (message->level < RAPTOR_LOG_LEVEL_ERROR || ctx->failed) return;
  ctx->failed = true;
  ctx->error = message->text != nullptr ? message->text : "parse error";
  if (message->locator != nullptr) {
    ctx->error_line = std::max(0, raptor_locator_line(message->locator));
  }
}

struct WorldDeleter {
  void operator()(raptor_world* w) const { raptor_free_world(w); }
};
struct ParserDeleter {
  void operator()(raptor_parser* p) const { raptor_free_parser(p); }
};
struct UriDeleter {
  void operator()(raptor_uri* u) const { raptor_free_uri(u); }
};

}  // namespace

Expected<std::string> parser_for_path(std::string_view path) {
  const std::string ext = lower_extension(path);
  if (ext == ".jsonld" || ext == ".json") {
    return Status(ErrorCode::kUnknownFormat,
                  "cannot read JSON-LD, give .nt/.ttl", std::string(path));
  }
  if (ext == ".nt") return std::string("ntriples");
  if (ext == ".nq") return std::string("nquads");
  if (ext == ".trig") return std::string("trig");
  if (ext == ".rdf" || ext == ".xml" || ext == ".owl") {
    return std::string("rdfxml");
  }
  return std::string("turtle");
}

Expected<std::vector<Triple>> read_rdf(const std::string& path,
                                       const PredicateFilter& keep) {
  Expected<std::string> syntax = parser_for_path(path);
  if (!syntax.ok()) return syntax.status();

  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open the file", path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIo, "cannot read the file", path);
  const std::string text = buffer.str();

  std::unique_ptr<raptor_world, WorldDeleter> world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) {
    return Status(ErrorCode::kInternal, "cannot start Raptor2", path);
  }
  ParseContext ctx;
  ctx.keep = &keep;
  ctx.blank_prefix = "_:" + std::to_string(++g_read_serial) + ":";
  raptor_world_set_log_handler(world.get(), &ctx, on_log);

  std::unique_ptr<raptor_parser, ParserDeleter> parser(
      raptor_new_parser(world.get(), syntax->c_str()));
  if (!parser) {
    return Status(ErrorCode::kInternal, "Raptor2 has no parser " + *syntax,
                  path);
  }
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_NO_NET, nullptr, 1);
  raptor_parser_set_statement_handler(parser.get(), &ctx, on_statement);
  ctx.parser = parser.get();
  if (*syntax == "ntriples" || *syntax == "nquads") {
    ctx.text = &text;
    ctx.line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') ctx.line_starts.push_back(i + 1);
    }
  }

  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  std::unique_ptr<unsigned char, decltype(&raptor_free_memory)> base_string(
      raptor_uri_filename_to_uri_string(ec ? path.c_str()
                                           : absolute.string().c_str()),
      raptor_free_memory);
  if (!base_string) {
    return Status(ErrorCode::kInternal, "cannot make a file URI", path);
  }
  std::unique_ptr<raptor_uri, UriDeleter> base(
      raptor_new_uri(world.get(), base_string.get()));
  int rc = raptor_parser_parse_start(parser.get(), base.get());
  if (rc == 0) {
    rc = raptor_parser_parse_chunk(
        parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
        text.size(), 1);
  }
  if (ctx.failed || rc != 0) {
    return Status(ErrorCode::kBadData,
                  ctx.failed ? ctx.error : std::string("does not parse"), path,
                  static_cast<uint32_t>(ctx.error_line));
  }
  return std::move(ctx.triples);
}

}  // namespace khabar::eval
