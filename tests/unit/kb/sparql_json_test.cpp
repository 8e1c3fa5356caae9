/// W3C SPARQL 1.1 Query Results JSON: the reader (lexicon/sparql_json.h)
/// and the Wikidata import into the knowledge base (--kb FILE.json).

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../text/temp_dir.h"
#include "kb_fixture.h"
#include "lexicon/kb.h"
#include "lexicon/sparql_json.h"

using khabar::ErrorCode;
using khabar::lexicon::KbEntity;
using khabar::lexicon::KbLabel;
using khabar::lexicon::KnowledgeBase;
using khabar::lexicon::parse_sparql_json;
using khabar::lexicon::read_sparql_json;
using khabar::lexicon::SparqlTerm;
using khabar::testing::kb_ontology;
using khabar::testing::kb_test_data;
using khabar::testing::TempDir;

namespace {

bool has_label(const KbEntity& e, const std::string& lang, const std::string& text,
               const std::string& kind) {
  return std::any_of(e.labels.begin(), e.labels.end(), [&](const KbLabel& l) {
    return l.lang == lang && l.text == text && l.kind == kind;
  });
}

/// A results document whose bindings are `solutions` (one per line).
std::string results(const std::string& solutions) {
  return "{\"head\": {\"vars\": [\"item\", \"itemLabel\", \"type\"]},\n"
         " \"results\": {\"bindings\": [\n" +
         solutions + "\n]}}\n";
}

std::string uri(const std::string& v) { return R"({"type": "uri", "value": ")" + v + "\"}"; }
std::string lit(const std::string& v, const std::string& lang = "") {
  return R"({"type": "literal", )" + (lang.empty() ? "" : "\"xml:lang\": \"" + lang + "\", ") +
         "\"value\": \"" + v + "\"}";
}
const std::string kWd = "http://www.wikidata.org/entity/";

}  // namespace

TEST_CASE("sparql-json: the reader keeps vars, terms and solution lines", "[kb][sparql]") {
  auto r = read_sparql_json(kb_test_data("heads_of_government.json"));
  REQUIRE(r.ok());
  CHECK(r->vars == std::vector<std::string>{"item", "itemLabel", "label_ar", "altLabel", "type", "country"});
  REQUIRE(r->solutions.size() == 4);
  const auto& s = r->solutions[0];
  CHECK(s.line == 7);  // the line of the solution's '{'
  CHECK(r->solutions[1].line == 15);
  const SparqlTerm* item = s.find("item");
  REQUIRE(item != nullptr);
  CHECK(item->type == SparqlTerm::Type::kUri);
  CHECK(item->value == kWd + "Q3052772");
  const SparqlTerm* label = s.find("label_ar");
  REQUIRE(label != nullptr);
  CHECK(label->type == SparqlTerm::Type::kLiteral);
  CHECK(label->lang == "ar");
  CHECK(label->value == "إيمانويل ماكرون");
  CHECK(s.find("nothing") == nullptr);
  CHECK(r->solutions[2].find("itemLabel") == nullptr);  // unbound

  // Escapes, typed literals (old "typed-literal" too), blank nodes.
  auto e = parse_sparql_json(
      R"({"head":{"vars":["a","b","c"]},"results":{"bindings":[{"a":{"type":"literal","value":"x\"y\u00e9\n"},)"
      R"("b":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"42"},)"
      R"("c":{"type":"bnode","value":"b0"}}]}})",
      "inline");
  REQUIRE(e.ok());
  REQUIRE(e->solutions.size() == 1);
  CHECK(e->solutions[0].line == 1);
  CHECK(e->solutions[0].find("a")->value == "x\"y\u00e9\n");
  CHECK(e->solutions[0].find("b")->datatype == "http://www.w3.org/2001/XMLSchema#integer");
  CHECK(e->solutions[0].find("c")->type == SparqlTerm::Type::kBnode);

  // No solutions is a valid (empty) result.
  auto empty = parse_sparql_json(R"({"head":{"vars":[]},"results":{"bindings":[]}})", "inline");
  REQUIRE(empty.ok());
  CHECK(empty->solutions.empty());
}

TEST_CASE("sparql-json: bad documents fail with name, line and reason", "[kb][sparql]") {
  struct Bad {
    const char* name;
    std::string text;
    ErrorCode code;
    uint32_t line;
    const char* says;
  };
  const Bad cases[] = {
      {"empty", "", ErrorCode::kBadJson, 1, "empty"},
      {"missing comma", "{\"head\": {}\n \"results\": {}}", ErrorCode::kBadJson, 2, "column 2"},
      {"unterminated string", "{\"head\": {},\n\n \"results\": {\"bindings\": [\"abc]}}", ErrorCode::kBadJson,
       3, "column"},
      {"trailing garbage", "{}\n{}", ErrorCode::kBadJson, 2, "column 1"},
      {"invalid UTF-8", "{\"head\": {},\n\"x\": \"\xC3\x28\"}", ErrorCode::kInvalidUtf8, 2, "UTF-8"},
      {"not an object", "[1, 2]", ErrorCode::kBadData, 1, "object"},
      {"ASK result", "{\"head\": {},\n \"boolean\": true}", ErrorCode::kBadData, 1, "ASK"},
      {"no results", "{\"head\": {\"vars\": []}}", ErrorCode::kBadData, 1, "results"},
      {"no bindings", "{\"head\": {},\n \"results\": {\n\"x\": []}}", ErrorCode::kBadData, 2, "bindings"},
      {"vars not strings", "{\"head\": {\"vars\": [1]}, \"results\": {\"bindings\": []}}", ErrorCode::kBadData,
       1, "head.vars"},
      {"solution not an object", results("  [1]"), ErrorCode::kBadData, 2, "solution 1"},
      {"term not an object", results("  {\"item\": \"Q1\"}"), ErrorCode::kBadData, 3, "'item'"},
      {"term without type", results("  {},\n  {\"item\": {\"value\": \"x\"}}"), ErrorCode::kBadData, 4,
       "without \"type\""},
      {"term without value", results("  {\"item\": {\"type\": \"uri\"}}"), ErrorCode::kBadData, 3,
       "without \"value\""},
      {"value not a string", results("  {\"item\": {\"type\": \"uri\", \"value\": 5}}"), ErrorCode::kBadData,
       3, "not a string"},
      {"unknown term type", results("  {\"item\": {\"type\": \"triple\", \"value\": \"x\"}}"),
       ErrorCode::kBadData, 3, "unknown term type 'triple'"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto r = parse_sparql_json(c.text, "results.json");
    REQUIRE_FALSE(r.ok());
    INFO(r.status().to_string());
    CHECK(r.status().code() == c.code);
    CHECK(r.status().file() == "results.json");
    CHECK(r.status().line() == c.line);
    CHECK(r.status().message().find(c.says) != std::string::npos);
  }
  auto missing = read_sparql_json("/nonexistent/khabar/results.json");
  CHECK(missing.status().code() == ErrorCode::kIo);
}

TEST_CASE("sparql-json: a Wikidata results file extends the KB", "[kb][sparql][link]") {
  auto base = KnowledgeBase::load(KHABAR_DATA_DIR, {}, &kb_ontology());
  REQUIRE(base.ok());
  auto loaded = KnowledgeBase::load(KHABAR_DATA_DIR, {kb_test_data("heads_of_government.json")}, &kb_ontology());
  if (!loaded.ok()) FAIL(loaded.status().to_string());
  const KnowledgeBase& kb = loaded.value();
  // Macron (Q3052772) is built in: merged. The two others are new.
  CHECK(kb.entities().size() == base->entities().size() + 2);

  const KbEntity* macron = kb.find("person/emmanuel-macron");
  REQUIRE(macron != nullptr);
  CHECK(kb.find("wd/q3052772") == macron);
  CHECK(macron->label("ar") == "إيمانويل ماكرون");
  CHECK(macron->label("en") == "Emmanuel Macron");
  // The label service's comma-separated altLabel: one alias each.
  CHECK(has_label(*macron, "ar", "إمانويل ماكرون", "alias"));
  CHECK(has_label(*macron, "ar", "إيمانوئيل ماكرون", "alias"));
  // The query's country (wd:Q142, the built-in France) becomes a fact.
  CHECK(macron->facts.at("country") == "country/fr");

  const KbEntity* z = kb.find("wd/q4115189");
  REQUIRE(z != nullptr);
  CHECK(z->cls == "Person");  // wd:Q5 via ontology/kb/wikidata_classes.tsv; wd:Q215627 unmapped
  CHECK(z->wikidata == "Q4115189");
  CHECK(z->facts.at("country") == "country/jo");  // wd:Q810 is the built-in Jordan
  CHECK(z->label("en") == "Zarqa Testperson");
  CHECK(z->label("ar") == "زرقاء تيستبيرسون");
  CHECK(has_label(*z, "en", "Z. Testperson", "alias"));  // from the item's second row
  CHECK(has_label(*z, "en", "Zarqa T.", "alias"));

  const KbEntity* town = kb.find("wd/q13406268");
  REQUIRE(town != nullptr);
  CHECK(town->cls == "City");  // a khabar class given as a literal
  CHECK(town->label("ar") == "تستفيل");
  CHECK(town->label("en").empty());  // the bare id without xml:lang is not a label
}

TEST_CASE("sparql-json: bad Wikidata results fail with file and line", "[kb][sparql]") {
  struct Bad {
    const char* name;
    std::string solutions;
    uint32_t line;
    const char* says;
  };
  const std::string q5 = "\"type\": " + uri(kWd + "Q5");
  const Bad cases[] = {
      {"missing item", "  {\"itemLabel\": " + lit("X", "en") + "}", 3, "without 'item'"},
      {"missing item, second solution",
       "  {\"item\": " + uri(kWd + "Q4115189") + ", " + q5 + "},\n  {" + q5 + "}", 4, "without 'item'"},
      {"item is a literal", "  {\"item\": " + lit("Q1") + "}", 3, "not a Wikidata entity IRI"},
      {"item is another IRI", "  {\"item\": " + uri("http://example.org/Q1") + "}", 3,
       "not a Wikidata entity IRI"},
      {"item is a property", "  {\"item\": " + uri(kWd + "P31") + "}", 3, "not a Wikidata entity IRI"},
      {"no class", "  {\"item\": " + uri(kWd + "Q4115189") + "}", 3, "no 'type' or 'class'"},
      {"unmapped class", "  {\"item\": " + uri(kWd + "Q4115189") + ", \"type\": " + uri(kWd + "Q215627") + "}",
       3, "type Q215627 is not in ontology/kb/wikidata_classes.tsv"},
      {"class not in the ontology", "  {\"item\": " + uri(kWd + "Q4115189") + ", \"class\": " + lit("Charity") + "}",
       3, "class 'Charity'"},
      {"bad xml:lang", "  {\"item\": " + uri(kWd + "Q4115189") + ", " + q5 + ", \"itemLabel\": " + lit("X", "e n") + "}",
       3, "bad xml:lang"},
  };
  TempDir dir;
  int i = 0;
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir.write("r" + std::to_string(i++) + ".json", results(c.solutions));
    auto kb = KnowledgeBase::load(KHABAR_DATA_DIR, {path}, &kb_ontology());
    REQUIRE_FALSE(kb.ok());
    INFO(kb.status().to_string());
    CHECK(kb.status().code() == ErrorCode::kBadData);
    CHECK(kb.status().file() == path);
    CHECK(kb.status().line() == c.line);
    CHECK(kb.status().message().find(c.says) != std::string::npos);
  }

  // Bad JSON through --kb: the reader's position.
  std::string broken = dir.write("broken.json", "{\"head\": {\"vars\": [\"item\"]},\n \"results\": {\"bindings\": [\n  {\"item\": }\n]}}\n");
  auto kb = KnowledgeBase::load(KHABAR_DATA_DIR, {broken}, &kb_ontology());
  REQUIRE_FALSE(kb.ok());
  CHECK(kb.status().code() == ErrorCode::kBadJson);
  CHECK(kb.status().to_string().rfind(broken + ":3: column 12: ", 0) == 0);
}
