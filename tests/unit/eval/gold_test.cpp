#include "eval/gold.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "eval_test_util.h"

namespace {

using namespace khabar::eval;
using khabar::ErrorCode;
using khabar::eval::testing::data_path;
using khabar::eval::testing::TempDir;

}  // namespace

TEST_CASE("load_gold reads a gold file", "[eval]") {
  const auto g = load_gold(data_path("mini.json"));
  REQUIRE(g.ok());
  CHECK(g->id == "mini");
  REQUIRE(g->entities.size() == 7);
  REQUIRE(g->relations.size() == 6);
  const GoldEntity& wang = g->entities[0];
  CHECK(wang.key == "wang_yi");
  CHECK(wang.type == "Person");
  CHECK(wang.keys == std::set<std::string>{"wang yi", "وانغ يي"});
  CHECK(wang.en_keys == std::set<std::string>{"wang yi"});
  CHECK(wang.wikidata.empty());
  CHECK(g->entities[2].wikidata == "Q148");
  CHECK(g->entities[6].optional);
  CHECK(g->relations[5].optional);
  CHECK_FALSE(g->relations[0].optional);
}

TEST_CASE("load_gold: optional is Python's truth value", "[eval]") {
  TempDir dir;
  const std::vector<std::pair<std::string, bool>> table = {
      {"true", true},  {"false", false}, {"1", true},     {"0", false},
      {"\"\"", false}, {"\"no\"", true}, {"null", false}, {"[]", false}};
  for (const auto& [value, expected] : table) {
    INFO(value);
    const auto g = load_gold(
        dir.write("g.json",
                  R"({"id": "g", "entities": [{"key": "k", "type": "Person",
            "labels": {}, "optional": )" +
                      value + R"(}],
            "relations": [{"s": "k", "p": "metWith", "o": "k",
            "optional": )" +
                      value + "}]}"));
    REQUIRE(g.ok());
    CHECK(g->entities[0].optional == expected);
    CHECK(g->relations[0].optional == expected);
  }
}

TEST_CASE("load_gold: a repeated key counts with its last value", "[eval]") {
  TempDir dir;
  const auto g = load_gold(
      dir.write("g.json", R"({"id": "first", "id": "last", "entities": [],
                   "relations": []})"));
  REQUIRE(g.ok());
  CHECK(g->id == "last");
}

TEST_CASE("load_gold rejects malformed gold files", "[eval]") {
  TempDir dir;
  struct Bad {
    std::string text;
    ErrorCode code;
    std::string message;  // a part of the message
    uint32_t line;
  };
  const std::vector<Bad> table = {
      {"", ErrorCode::kBadJson, "not JSON", 1},
      {"{\"id\": \"x\",\n \"entities\": [,]}", ErrorCode::kBadJson, "not JSON",
       2},
      {"{\"id\": \"\xff\"}", ErrorCode::kBadJson, "not JSON", 1},
      {"[]", ErrorCode::kBadData, "not a JSON object", 0},
      {R"({"entities": [], "relations": []})", ErrorCode::kBadData,
       "missing \"id\"", 0},
      {R"({"id": 3, "entities": [], "relations": []})", ErrorCode::kBadData,
       "\"id\" is not a string", 0},
      {R"({"id": "x", "relations": []})", ErrorCode::kBadData,
       "missing \"entities\"", 0},
      {R"({"id": "x", "entities": []})", ErrorCode::kBadData,
       "missing \"relations\"", 0},
      {R"({"id": "x", "entities": [{"type": "Person", "labels": {}}],
           "relations": []})",
       ErrorCode::kBadData, "entities[0]: missing \"key\"", 0},
      {R"({"id": "x", "entities": [{"key": "k", "labels": {}}],
           "relations": []})",
       ErrorCode::kBadData, "entities[0]: missing \"type\"", 0},
      {R"({"id": "x", "entities": [{"key": "k", "type": "Person"}],
           "relations": []})",
       ErrorCode::kBadData, "entities[0]: missing \"labels\"", 0},
      {R"({"id": "x", "entities": [{"key": "k", "type": "Person",
           "labels": {"en": "China"}}], "relations": []})",
       ErrorCode::kBadData, "labels \"en\" is not an array", 0},
      {R"({"id": "x", "entities": [{"key": "k", "type": "Person",
           "labels": {}, "wikidata": 148}], "relations": []})",
       ErrorCode::kBadData, "\"wikidata\" is not a string", 0},
      {R"({"id": "x", "entities": [], "relations": [{"s": "a", "p": "b"}]})",
       ErrorCode::kBadData, "relations[0]: missing \"o\"", 0},
  };
  for (const Bad& b : table) {
    INFO(b.text);
    const std::string path = dir.write("bad.json", b.text);
    const auto g = load_gold(path);
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().code() == b.code);
    CHECK(g.status().file() == path);
    CHECK(g.status().line() == b.line);
    CHECK_THAT(g.status().message(), Catch::Contains(b.message));
  }
  const auto missing = load_gold(dir.path("missing.json"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == ErrorCode::kIo);
}
