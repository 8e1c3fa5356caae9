#include "lexicon/sparql_json.h"

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/tsv.h"

namespace khabar::lexicon {
namespace {

using Value = rapidjson::Value;
using Input = rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream>;

/// A SAX handler that records the byte offset of every object's `{`, in
/// document order (the order of a pre-order walk of the DOM).
struct ObjectOffsets : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ObjectOffsets> {
  const Input* in = nullptr;
  std::vector<size_t>* out = nullptr;
  bool StartObject() {
    out->push_back(in->Tell() - 1);  // Tell() is past the '{'
    return true;
  }
};

/// Byte offsets at which the lines of `text` start (the first is 0).
std::vector<size_t> line_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

/// 1-based line and column (in code points) of byte `offset` of `text`.
std::pair<uint32_t, uint32_t> position(std::string_view text, const std::vector<size_t>& starts,
                                       size_t offset) {
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(starts.begin(), starts.end(), offset) - 1;
  uint32_t column = 1;
  for (size_t i = *it; i < offset; ++i) {
    column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return {static_cast<uint32_t>(it - starts.begin() + 1), column};
}

/// Maps every object of the DOM to its `{` offset, walking in document order.
void index_objects(const Value& v, const std::vector<size_t>& offsets, size_t& next,
                   std::unordered_map<const Value*, size_t>& out) {
  if (v.IsObject()) {
    if (next < offsets.size()) out.emplace(&v, offsets[next]);
    ++next;
    for (const auto& m : v.GetObject()) index_objects(m.value, offsets, next, out);
  } else if (v.IsArray()) {
    for (const auto& e : v.GetArray()) index_objects(e, offsets, next, out);
  }
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& name) : text_(text), name_(name) {}

  Expected<SparqlResults> run() {
    lines_ = line_starts(text_);
    size_t bad = 0;
    if (!valid_utf8(text_, &bad)) {
      return Status(ErrorCode::kInvalidUtf8, "invalid UTF-8", name_, position(text_, lines_, bad).first);
    }
    // Pass 1 (SAX): syntax errors with their offset, and object offsets.
    std::vector<size_t> offsets;
    {
      rapidjson::MemoryStream ms(text_.data(), text_.size());
      Input in(ms);
      ObjectOffsets handler;
      handler.in = &in;
      handler.out = &offsets;
      rapidjson::Reader reader;
      if (!reader.Parse(in, handler)) {
        auto [line, column] = position(text_, lines_, reader.GetErrorOffset());
        return Status(ErrorCode::kBadJson,
                      "column " + std::to_string(column) + ": " +
                          rapidjson::GetParseError_En(reader.GetParseErrorCode()),
                      name_, line);
      }
    }
    // Pass 2 (DOM): the same text, known to be well-formed.
    rapidjson::Document doc;
    doc.Parse(text_.data(), text_.size());
    if (doc.HasParseError()) return Status(ErrorCode::kBadJson, "malformed JSON", name_, 1);
    size_t next = 0;
    index_objects(doc, offsets, next, objects_);
    return read_results(doc);
  }

 private:
  uint32_t line_of(const Value& object) const {
    auto it = objects_.find(&object);
    return it == objects_.end() ? 1 : position(text_, lines_, it->second).first;
  }
  Status error(const Value& where, const std::string& message) const {
    return Status(ErrorCode::kBadData, message, name_, line_of(where));
  }

  // Results ::= { "head": { "vars": [ string* ] }, "results": { "bindings": [ Solution* ] } }
  Expected<SparqlResults> read_results(const Value& root) {
    if (!root.IsObject()) {
      return Status(ErrorCode::kBadData, "a SPARQL JSON result is an object", name_, 1);
    }
    SparqlResults out;
    if (root.HasMember("boolean")) {
      return error(root, "an ASK result (\"boolean\") has no bindings");
    }
    auto head = root.FindMember("head");
    if (head != root.MemberEnd()) {
      if (!head->value.IsObject()) return error(root, "\"head\" is not an object");
      auto vars = head->value.FindMember("vars");
      if (vars != head->value.MemberEnd()) {
        if (!vars->value.IsArray()) return error(head->value, "\"head.vars\" is not an array");
        for (const auto& v : vars->value.GetArray()) {
          if (!v.IsString()) return error(head->value, "\"head.vars\" holds a non-string");
          out.vars.emplace_back(v.GetString(), v.GetStringLength());
        }
      }
    }
    auto results = root.FindMember("results");
    if (results == root.MemberEnd() || !results->value.IsObject()) {
      return error(root, "no \"results\" object");
    }
    auto bindings = results->value.FindMember("bindings");
    if (bindings == results->value.MemberEnd() || !bindings->value.IsArray()) {
      return error(results->value, "no \"results.bindings\" array");
    }
    uint32_t n = 0;
    for (const auto& s : bindings->value.GetArray()) {
      ++n;
      if (!s.IsObject()) {
        return error(results->value, "solution " + std::to_string(n) + " is not an object");
      }
      auto solution = read_solution(s);
      if (!solution.ok()) return solution.status();
      out.solutions.push_back(std::move(solution.value()));
    }
    return out;
  }

  // Solution ::= { (var: Term)* }
  Expected<SparqlSolution> read_solution(const Value& s) {
    SparqlSolution out;
    out.line = line_of(s);
    for (const auto& m : s.GetObject()) {
      std::string var(m.name.GetString(), m.name.GetStringLength());
      if (!m.value.IsObject()) return error(s, "variable '" + var + "' is not bound to a term object");
      auto term = read_term(m.value, var);
      if (!term.ok()) return term.status();
      out.bindings.emplace_back(std::move(var), std::move(term.value()));
    }
    return out;
  }

  // Term ::= { "type": "uri"|"literal"|"typed-literal"|"bnode", "value": string,
  //            "xml:lang"?: string, "datatype"?: string }
  Expected<SparqlTerm> read_term(const Value& t, const std::string& var) {
    auto str = [&](const char* key, std::string* into) -> Status {
      auto it = t.FindMember(key);
      if (it == t.MemberEnd()) return {};
      if (!it->value.IsString()) {
        return error(t, "variable '" + var + "': \"" + key + "\" is not a string");
      }
      into->assign(it->value.GetString(), it->value.GetStringLength());
      return {};
    };
    SparqlTerm term;
    std::string type;
    KHABAR_TRY(str("type", &type));
    if (!t.HasMember("value")) return error(t, "variable '" + var + "': term without \"value\"");
    KHABAR_TRY(str("value", &term.value));
    KHABAR_TRY(str("xml:lang", &term.lang));
    KHABAR_TRY(str("datatype", &term.datatype));
    if (type == "uri") {
      term.type = SparqlTerm::Type::kUri;
    } else if (type == "literal" || type == "typed-literal") {
      term.type = SparqlTerm::Type::kLiteral;
    } else if (type == "bnode") {
      term.type = SparqlTerm::Type::kBnode;
    } else if (type.empty()) {
      return error(t, "variable '" + var + "': term without \"type\"");
    } else {
      return error(t, "variable '" + var + "': unknown term type '" + type + "'");
    }
    return term;
  }

  std::string_view text_;
  const std::string& name_;
  std::vector<size_t> lines_;  ///< byte offsets of line starts
  std::unordered_map<const Value*, size_t> objects_;
};

}  // namespace

const SparqlTerm* SparqlSolution::find(std::string_view var) const {
  for (const auto& [name, term] : bindings) {
    if (name == var) return &term;
  }
  return nullptr;
}

Expected<SparqlResults> parse_sparql_json(std::string_view text, const std::string& name) {
  return Parser(text, name).run();
}

Expected<SparqlResults> read_sparql_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open file", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIo, "cannot read file", path);
  return parse_sparql_json(buf.str(), path);
}

}  // namespace khabar::lexicon
