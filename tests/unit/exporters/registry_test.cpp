#include <catch2/catch.hpp>

#include <string>

#include "exporters/exporter.h"

using khabar::exporters::exporter_for_path;
using khabar::exporters::list_formats;
using khabar::exporters::make_exporter;

TEST_CASE("formats are found by name and alias", "[exporters][registry]") {
  struct Case {
    const char* name;
    const char* expected;
  };
  const Case cases[] = {
      {"turtle", "turtle"},   {"ttl", "turtle"},     {"ntriples", "ntriples"},
      {"nt", "ntriples"},     {"N-Triples", "ntriples"}, {"nquads", "nquads"},
      {"nq", "nquads"},       {"trig", "trig"},      {"jsonld", "jsonld"},
      {"json-ld", "jsonld"},  {"graphml", "graphml"}, {"GRAPHML", "graphml"},
      {"rdfxml", "rdfxml"},   {"rdf/xml", "rdfxml"}, {"gexf", "gexf"},
      {"neo4j", "neo4j"},     {"neo4j-tar", "neo4j-tar"}, {"mentions", "mentions"},
      {"mentions-jsonl", "mentions"}, {"neo4j-zip", "neo4j-zip"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto e = make_exporter(c.name);
    REQUIRE(e != nullptr);
    CHECK(e->name() == c.expected);
    CHECK_FALSE(e->media_type().empty());
  }
  for (const char* bad : {"", "rdf", "json", "turtles", "nt ", " "}) {
    INFO(bad);
    CHECK(make_exporter(bad) == nullptr);
  }
}

TEST_CASE("formats are found by file extension", "[exporters][registry]") {
  struct Case {
    const char* path;
    const char* expected;  // nullptr: no exporter
  };
  const Case cases[] = {
      {"out.ttl", "turtle"},        {"/tmp/a.b/out.nt", "ntriples"},
      {"x.nq", "nquads"},           {"x.trig", "trig"},
      {"dir/x.jsonld", "jsonld"},   {"x.graphml", "graphml"},
      {"X.TTL", "turtle"},          {"out", nullptr},
      {"a.ttl/out", nullptr},       {"out.txt", nullptr},
      {"", nullptr},                {".", nullptr},
      {"out.rdf", "rdfxml"},        {"g.gexf", "gexf"},
      {"dir/graph.neo4j", "neo4j"}, {"dir/graph.neo4j/", "neo4j"},
      {"graph.neo4j.tar", "neo4j-tar"}, {"x.tar", nullptr},
      {"graph.neo4j.zip", "neo4j-zip"}, {"x.zip", nullptr},
      {"a.mentions.jsonl", "mentions"}, {"a.jsonl", nullptr},
      {".mentions.jsonl", nullptr},  {".neo4j", nullptr},
      {"a.neo4j/out.ttl", "turtle"}, {"A.MENTIONS.JSONL", "mentions"},
  };
  for (const auto& c : cases) {
    INFO(c.path);
    auto e = exporter_for_path(c.path);
    if (c.expected == nullptr) {
      CHECK(e == nullptr);
    } else {
      REQUIRE(e != nullptr);
      CHECK(e->name() == c.expected);
    }
  }
}

TEST_CASE("list_formats names every format with its extension", "[exporters][registry]") {
  const auto formats = list_formats();
  REQUIRE(formats.size() == 12);
  for (const auto& [name, ext] : formats) {
    INFO(name);
    auto e = make_exporter(name);
    REQUIRE(e != nullptr);
    CHECK(e->name() == name);
    CHECK(exporter_for_path("out" + ext)->name() == name);
  }
}
