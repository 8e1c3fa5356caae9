#pragma once
/// \file sparql_json.h
/// Reader for the W3C SPARQL 1.1 Query Results JSON Format
/// (https://www.w3.org/TR/sparql11-results-json/), SELECT results only: the
/// `head.vars` list and the `results.bindings` solutions, each term with its
/// `type`, `value`, `xml:lang` and `datatype`. It knows nothing of Wikidata;
/// `KnowledgeBase::load_sparql_json` maps the solutions to entities.
///
///   auto r = read_sparql_json("heads.json");
///   if (r.ok()) for (const auto& s : r->solutions) if (auto* t = s.find("item")) ...
///
/// Thread safety: plain functions over values; no shared state.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace khabar::lexicon {

/// One RDF term of a solution (section 3.2.2 of the spec).
struct SparqlTerm {
  enum class Type : uint8_t {
    kUri,      ///< "type": "uri"
    kLiteral,  ///< "type": "literal" (also the old "typed-literal")
    kBnode,    ///< "type": "bnode"
  };
  Type type = Type::kLiteral;
  std::string value;
  std::string lang;      ///< the literal's `xml:lang`, or ""
  std::string datatype;  ///< the literal's `datatype` IRI, or ""
  bool operator==(const SparqlTerm&) const = default;
};

/// One query solution: its bound variables in document order (an unbound
/// variable is absent), and the line of its opening brace.
struct SparqlSolution {
  uint32_t line = 0;
  std::vector<std::pair<std::string, SparqlTerm>> bindings;
  /// The term bound to `var`, or nullptr.
  const SparqlTerm* find(std::string_view var) const;
};

struct SparqlResults {
  std::vector<std::string> vars;           ///< `head.vars`, in order
  std::vector<SparqlSolution> solutions;   ///< `results.bindings`, in order
};

/// Parses `text`; `name` (a file name) is used in errors. Requires nothing.
/// Ensures: on success every solution has a line >= 1 and every term a
/// value. Fails with kInvalidUtf8 (with line), kBadJson (a syntax error:
/// line, and column in the message) or kBadData (valid JSON that is not a
/// SELECT result: no `results.bindings`, a term without `type` or `value`,
/// an unknown term type ...), naming `name` and the line.
Expected<SparqlResults> parse_sparql_json(std::string_view text, const std::string& name);

/// Reads the file `path` and parses it (kIo when it cannot be read).
Expected<SparqlResults> read_sparql_json(const std::string& path);

}  // namespace khabar::lexicon
