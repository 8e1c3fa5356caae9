#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/vocab.h"
#include "exporters/exporter.h"
#include "exporters/jsonld/context.h"
#include "exporters/rdf/triples.h"
#include "fixture.h"

namespace {

using khabar::exporters::ExportOptions;
using khabar::exporters::make_exporter;
using khabar::exporters::testing::make_fixture_graph;
using khabar::exporters::testing::res;
namespace rdf = khabar::exporters::rdf;
namespace vocab = khabar::vocab;

std::string write_jsonld(const khabar::graph::Graph& g) {
  std::ostringstream out;
  const auto st = make_exporter("jsonld")->write(g, ExportOptions{}, out);
  INFO(st.to_string());
  REQUIRE(st.ok());
  return out.str();
}

std::string str(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

/// Just enough of JSON-LD expansion to read what the exporter writes, driven
/// by the document's own @context (prefixes and term definitions with
/// @id/@type): every node object of @graph becomes triples.
class MiniExpander {
 public:
  explicit MiniExpander(const rapidjson::Value& context) {
    for (auto it = context.MemberBegin(); it != context.MemberEnd(); ++it) {
      const std::string name = str(it->name);
      if (it->value.IsString()) {
        prefixes_[name] = str(it->value);
      } else if (it->value.IsObject()) {
        Definition d{str(it->value["@id"]), {}};
        if (it->value.HasMember("@type")) d.type = str(it->value["@type"]);
        terms_[name] = d;
      }
    }
  }

  /// A compact IRI or absolute IRI as an absolute IRI.
  std::string expand_iri(const std::string& s) const {
    const size_t colon = s.find(':');
    if (colon != std::string::npos && s.compare(colon + 1, 2, "//") != 0) {
      auto p = prefixes_.find(s.substr(0, colon));
      if (p != prefixes_.end()) return p->second + s.substr(colon + 1);
    }
    return s;
  }

  std::vector<rdf::Triple> triples(const rapidjson::Value& graph) const {
    std::vector<rdf::Triple> out;
    for (const auto& node : graph.GetArray()) {
      REQUIRE(node.HasMember("@id"));
      const rdf::Term s = rdf::iri(str(node["@id"]));
      for (auto m = node.MemberBegin(); m != node.MemberEnd(); ++m) {
        const std::string key = str(m->name);
        if (key == "@id") continue;
        std::string p;
        std::string coercion;
        if (key == "@type") {
          p = std::string(vocab::kRdf) + "type";
          coercion = "@vocab";
        } else if (auto t = terms_.find(key); t != terms_.end()) {
          p = expand_iri(t->second.id);
          coercion = t->second.type;
        } else {
          p = expand_iri(key);
        }
        auto add = [&](const rapidjson::Value& v) {
          out.push_back({s, rdf::iri(p), value(v, coercion)});
        };
        if (m->value.IsArray()) {
          for (const auto& v : m->value.GetArray()) add(v);
        } else {
          add(m->value);
        }
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

 private:
  struct Definition {
    std::string id, type;
  };

  rdf::Term value(const rapidjson::Value& v, const std::string& coercion) const {
    if (v.IsString()) {
      if (coercion == "@id" || coercion == "@vocab") return rdf::iri(expand_iri(str(v)));
      if (!coercion.empty()) return rdf::typed_literal(str(v), expand_iri(coercion));
      return rdf::literal(str(v));
    }
    REQUIRE(v.IsObject());
    if (v.HasMember("@id")) return rdf::iri(expand_iri(str(v["@id"])));
    REQUIRE(v.HasMember("@value"));
    REQUIRE(v["@value"].IsString());  // never a JSON number: decimals stay exact
    if (v.HasMember("@language")) return rdf::literal(str(v["@value"]), str(v["@language"]));
    if (v.HasMember("@type")) {
      return rdf::typed_literal(str(v["@value"]), expand_iri(str(v["@type"])));
    }
    return rdf::literal(str(v["@value"]));
  }

  std::map<std::string, std::string> prefixes_;
  std::map<std::string, Definition> terms_;
};

}  // namespace

TEST_CASE("JSON-LD parses and has @context and @graph", "[exporters][jsonld]") {
  const std::string text = write_jsonld(make_fixture_graph());
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  REQUIRE(doc.HasMember("@context"));
  REQUIRE(doc["@context"].IsObject());
  REQUIRE(doc.HasMember("@graph"));
  REQUIRE(doc["@graph"].IsArray());

  // The embedded context is the published one.
  rapidjson::Document published;
  const std::string context = khabar::exporters::jsonld::context_document();
  published.Parse(context.data(), context.size());
  REQUIRE_FALSE(published.HasParseError());
  CHECK(doc["@context"] == published["@context"]);
}

TEST_CASE("JSON-LD nodes, ids and edges", "[exporters][jsonld]") {
  const std::string text = write_jsonld(make_fixture_graph());
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  std::map<std::string, const rapidjson::Value*> by_id;
  for (const auto& node : doc["@graph"].GetArray()) by_id[str(node["@id"])] = &node;

  const auto* wang = by_id.at(res("entity/person/wang-yi"));
  CHECK(str((*wang)["@type"]) == "kh:Person");
  CHECK(str((*wang)["coChaired"]) == res("entity/event/lmc-fmm-9"));
  REQUIRE((*wang)["label"].IsArray());
  const auto* china = by_id.at(res("entity/place/china"));
  CHECK(str((*china)["@type"]) == "kh:Country");
  REQUIRE((*china)["sameAs"].IsArray());
  CHECK(str((*china)["sameAs"][0]) == "wd:Q148");
  const auto* article = by_id.at(res("article/ar-lmc-chiang-mai"));
  CHECK(str((*article)["@type"]) == "schema:NewsArticle");
  CHECK(str((*article)["datePublished"]) == "2024-08-16");
  CHECK(by_id.count(res("entity/person/evil%20name%3C%3E%7B%7D%7C%5E%60%5C%22x%22%20y")) == 1);

  // Statement nodes keep decimals as strings under a coercing term.
  int statements = 0;
  for (const auto& [id, node] : by_id) {
    if (id.find("/statement/") == std::string::npos) continue;
    ++statements;
    CHECK(str((*node)["@type"]) == "rdf:Statement");
    REQUIRE((*node)["confidence"].IsString());
    CHECK((*node)["sentenceIndex"].IsString());
  }
  CHECK(statements == 8);
}

TEST_CASE("JSON-LD expands to exactly the N-Triples triples", "[exporters][jsonld]") {
  const auto g = make_fixture_graph();
  const std::string text = write_jsonld(g);
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  const MiniExpander expander(doc["@context"]);
  CHECK(expander.triples(doc["@graph"]) == rdf::build_triples(g, {}));
}

TEST_CASE("JSON-LD of an empty graph", "[exporters][jsonld]") {
  khabar::graph::Graph empty;
  const std::string text = write_jsonld(empty);
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["@graph"].Size() == 0);
}

TEST_CASE("ontology/context.jsonld is the context the exporter embeds", "[exporters][jsonld]") {
  std::ifstream in(std::string(KHABAR_SOURCE_DIR) + "/ontology/context.jsonld",
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream file;
  file << in.rdbuf();
  INFO("regenerate with: build/exporters/khabar_jsonld_context > ontology/context.jsonld");
  CHECK(file.str() == khabar::exporters::jsonld::context_document());
}

TEST_CASE("the context defines the 13 core relations as IRIs", "[exporters][jsonld]") {
  using khabar::exporters::jsonld::Coercion;
  using khabar::exporters::jsonld::find_term;
  for (const char* rel : {"coChaired", "chaired", "attended", "hostedIn", "metWith",
                          "spokeWith", "visited", "memberOf", "officialOf", "partOf",
                          "locatedIn", "issued", "signed"}) {
    INFO(rel);
    const auto* t = find_term(std::string(vocab::kKh) + rel);
    REQUIRE(t != nullptr);
    CHECK(t->name == rel);
    CHECK(t->coercion == Coercion::kId);
  }
  CHECK(khabar::exporters::jsonld::compact_iri(std::string(vocab::kWd) + "Q148") == "wd:Q148");
  CHECK(khabar::exporters::jsonld::compact_iri("https://example.org/x") ==
        "https://example.org/x");
}
