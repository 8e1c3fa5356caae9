// Tests of the scorer's matching rules. Each scenario was also run through
// ../shared/eval/score.py's score_one() to confirm the expected counts.
#include "eval/scorer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "eval/labels.h"

namespace {

using namespace khabar::eval;

const std::string kKh = "https://w3id.org/khabar/ontology#";
const std::string kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kLabel = "http://www.w3.org/2000/01/rdf-schema#label";
const std::string kSubClassOf =
    "http://www.w3.org/2000/01/rdf-schema#subClassOf";

GoldEntity gold_entity(const std::string& key, const std::string& label,
                       const std::string& wikidata = "",
                       bool optional = false) {
  GoldEntity e;
  e.key = key;
  e.type = "Person";
  e.labels = {{"en", {label}}};
  e.keys = {normalise(label)};
  e.en_keys = e.keys;
  e.wikidata = wikidata;
  e.optional = optional;
  return e;
}

GoldArticle gold_article(std::vector<GoldEntity> entities,
                         std::vector<GoldRelation> relations = {}) {
  GoldArticle g;
  g.id = "test";
  g.entities = std::move(entities);
  g.relations = std::move(relations);
  return g;
}

/// A system entity typed Person with the (already normalised) `label`.
SystemEntity system_entity(const std::string& label,
                           const std::string& qid = "") {
  SystemEntity e;
  e.types = {"Person"};
  e.labels = {label};
  e.en = {label};
  if (!qid.empty()) e.qids = {qid};
  return e;
}

Term iri(const std::string& s) { return {TermKind::kIri, s, ""}; }
Term literal(const std::string& s, const std::string& lang = "") {
  return {TermKind::kLiteral, s, lang};
}

}  // namespace

TEST_CASE("pairing: twin system entities, the greater IRI wins", "[eval]") {
  const GoldArticle gold = gold_article({gold_entity("x", "Wang Yi")});
  SystemView sys;
  sys.entities["http://ex.org/a"] = system_entity("wang yi");
  sys.entities["http://ex.org/b"] = system_entity("wang yi");
  const auto pairs = pair_entities(gold, sys);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs.at("http://ex.org/b") == "x");
  // score.py reports the relation of the loser by its IRI:
  // "http://ex.org/a visited x".
  sys.relations.insert({"http://ex.org/a", "visited", "http://ex.org/b"});
  const ArticleScore s = score_one(gold, sys);
  CHECK(s.wrong_relations ==
        std::vector<std::string>{"http://ex.org/a visited x"});
}

TEST_CASE("pairing: twin gold entities, the greater key wins", "[eval]") {
  const GoldArticle gold = gold_article(
      {gold_entity("a_key", "Wang Yi"), gold_entity("z_key", "Wang Yi")});
  SystemView sys;
  sys.entities["http://ex.org/s"] = system_entity("wang yi");
  CHECK(pair_entities(gold, sys).at("http://ex.org/s") == "z_key");
  CHECK(score_one(gold, sys).missed_entities ==
        std::vector<std::string>{"a_key"});
}

TEST_CASE("pairing: greedy by descending score, then IRI", "[eval]") {
  // x: 1.0 with both A and B; y ("wang yi jr"): 0.7666... with both.
  // Sorted: (1.0,B,x) (1.0,A,x) (0.77,B,y) (0.77,A,y) -> B-x, A-y.
  const GoldArticle gold = gold_article(
      {gold_entity("x", "Wang Yi"), gold_entity("y", "Wang Yi Jr")},
      {{"x", "metWith", "y", false}});
  SystemView sys;
  sys.entities["http://ex.org/A"] = system_entity("wang yi");
  sys.entities["http://ex.org/B"] = system_entity("wang yi");
  const auto pairs = pair_entities(gold, sys);
  CHECK(pairs.at("http://ex.org/A") == "y");
  CHECK(pairs.at("http://ex.org/B") == "x");
  sys.relations.insert({"http://ex.org/B", "metWith", "http://ex.org/A"});
  const ArticleScore s = score_one(gold, sys);
  CHECK(s.missed_entities.empty());
  CHECK(s.rel_tp == 1);
  CHECK(s.rel_sys == 1);
}

TEST_CASE("pairing: a shared Wikidata id beats an exact label", "[eval]") {
  const GoldArticle gold = gold_article({gold_entity("x", "Wang Yi", "Q1")});
  SystemView sys;
  sys.entities["http://ex.org/A"] = system_entity("wang yi");
  sys.entities["http://ex.org/B"] = system_entity("someone else", "Q1");
  CHECK(pair_entities(gold, sys).at("http://ex.org/B") == "x");
  const ArticleScore s = score_one(gold, sys);
  CHECK(s.spurious_entities == std::vector<std::string>{"wang yi"});
  CHECK(s.link_gold == 1);
  CHECK(s.link_ok == 1);
  CHECK(s.link_wrong == 0);
  CHECK(s.en_ok == 0);  // "someone else" is not an English label of x
}

TEST_CASE("pairing: a wrong Wikidata id counts as a wrong link", "[eval]") {
  const GoldArticle gold = gold_article({gold_entity("x", "Wang Yi", "Q1")});
  SystemView sys;
  sys.entities["http://ex.org/A"] = system_entity("wang yi", "Q2");
  const ArticleScore s = score_one(gold, sys);
  CHECK(s.ent_tp == 1);
  CHECK(s.link_ok == 0);
  CHECK(s.link_wrong == 1);
}

TEST_CASE("optional entities count neither as missed nor as spurious",
          "[eval]") {
  const GoldArticle gold =
      gold_article({gold_entity("x", "Wang Yi"),
                    gold_entity("o", "Joint Statement", "", /*optional=*/true)},
                   {{"x", "issued", "o", /*optional=*/true}});
  SystemView sys;
  sys.entities["http://ex.org/a"] = system_entity("wang yi");
  sys.entities["http://ex.org/s"] = system_entity("joint statement");
  sys.entities["http://ex.org/t"] = system_entity("other");
  sys.relations.insert({"http://ex.org/a", "issued", "http://ex.org/s"});
  ArticleScore s = score_one(gold, sys);
  CHECK(s.ent_gold == 1);
  CHECK(s.ent_tp == 1);
  CHECK(s.ent_sys == 2);  // a and t; s matched an optional entity
  CHECK(s.spurious_entities == std::vector<std::string>{"other"});
  CHECK(s.rel_gold == 0);
  CHECK(s.rel_tp == 0);
  CHECK(s.rel_sys == 0);  // an optional relation found is not counted

  sys.entities.erase("http://ex.org/s");
  sys.relations.clear();
  s = score_one(gold, sys);
  CHECK(s.missed_entities.empty());
  CHECK(s.ent_sys == 2);
}

TEST_CASE("symmetric relations match in either direction, once", "[eval]") {
  const GoldArticle gold =
      gold_article({gold_entity("x", "Wang Yi"), gold_entity("y", "Sok")},
                   {{"y", "metWith", "x", false}});
  SystemView sys;
  sys.entities["http://ex.org/a"] = system_entity("wang yi");
  sys.entities["http://ex.org/b"] = system_entity("sok");
  ArticleScore s = score_one(gold, sys);
  CHECK(s.rel_gold == 1);
  CHECK(s.missed_relations == std::vector<std::string>{"x y metWith"});

  sys.relations.insert({"http://ex.org/a", "metWith", "http://ex.org/b"});
  sys.relations.insert({"http://ex.org/b", "metWith", "http://ex.org/a"});
  s = score_one(gold, sys);
  CHECK(s.rel_tp == 1);
  CHECK(s.rel_sys == 1);
  CHECK(s.missed_relations.empty());

  // Not symmetric: the reverse of a memberOf is wrong.
  const GoldArticle gold2 =
      gold_article({gold_entity("x", "Wang Yi"), gold_entity("y", "Sok")},
                   {{"x", "memberOf", "y", false}});
  SystemView sys2 = sys;
  sys2.relations = {{"http://ex.org/b", "memberOf", "http://ex.org/a"}};
  s = score_one(gold2, sys2);
  CHECK(s.rel_tp == 0);
  CHECK(s.wrong_relations == std::vector<std::string>{"y memberOf x"});
  CHECK(s.missed_relations == std::vector<std::string>{"x memberOf y"});
}

TEST_CASE("chaired and coChaired imply attended", "[eval]") {
  GoldArticle gold = gold_article(
      {gold_entity("x", "Wang Yi"), gold_entity("m", "The Meeting")},
      {{"x", "chaired", "m", false}});
  SystemView sys;
  sys.entities["http://ex.org/a"] = system_entity("wang yi");
  sys.entities["http://ex.org/m"] = system_entity("meeting");
  sys.relations = {{"http://ex.org/a", "chaired", "http://ex.org/m"},
                   {"http://ex.org/a", "attended", "http://ex.org/m"}};
  ArticleScore s = score_one(gold, sys);
  CHECK(s.rel_tp == 1);
  CHECK(s.rel_sys == 1);

  // attended alone is neither right nor wrong: the chaired is missed.
  sys.relations = {{"http://ex.org/a", "attended", "http://ex.org/m"}};
  s = score_one(gold, sys);
  CHECK(s.rel_tp == 0);
  CHECK(s.rel_sys == 0);
  CHECK(s.missed_relations == std::vector<std::string>{"x chaired m"});

  // Without a chaired in the gold, attended is wrong.
  gold.relations = {{"x", "metWith", "m", false}};
  s = score_one(gold, sys);
  CHECK(s.rel_sys == 1);
  CHECK(s.wrong_relations == std::vector<std::string>{"x attended m"});
}

TEST_CASE("classes resolve through rdfs:subClassOf, transitively", "[eval]") {
  const std::vector<Triple> onto = {
      {iri(kKh + "Country"), iri(kSubClassOf), iri(kKh + "Place")},
      {iri(kKh + "Capital"), iri(kSubClassOf), iri(kKh + "City")},
      {iri(kKh + "City"), iri(kSubClassOf), iri(kKh + "Place")},
      {iri(kKh + "Loop1"), iri(kSubClassOf), iri(kKh + "Loop2")},
      {iri(kKh + "Loop2"), iri(kSubClassOf), iri(kKh + "Loop1")},
  };
  const ClassResolver classes = ClassResolver::from_triples(onto);
  CHECK(classes.resolve(kKh + "Person") == "Person");
  CHECK(classes.resolve(kKh + "Country") == "Place");
  CHECK(classes.resolve(kKh + "Capital") == "Place");
  CHECK(classes.resolve(kKh + "Loop1").empty());
  CHECK(classes.resolve(kKh + "Thing").empty());
  CHECK(classes.resolve("http://schema.org/Person").empty());
  CHECK(ClassResolver().resolve(kKh + "Country").empty());
}

TEST_CASE("system view: articles and blank nodes are not entities", "[eval]") {
  const std::string r = "http://ex.org/";
  const std::vector<Triple> graph = {
      {iri(r + "a"), iri(kType), iri(kKh + "Person")},
      {iri(r + "a"), iri(kLabel), literal("Wang Yi", "en-GB")},
      {iri(r + "a"), iri(kLabel), literal("وانغ يي", "ar")},
      {iri(r + "a"), iri(kLabel), literal("WANG", "EN")},  // not "en*"
      {iri(r + "a"), iri("http://schema.org/name"), literal("Wang")},
      {iri(r + "a"), iri("http://www.w3.org/2002/07/owl#sameAs"),
       iri("http://www.wikidata.org/entity/Q1")},
      {iri(r + "art"), iri(kType), iri("https://schema.org/NewsArticle")},
      {iri(r + "art"), iri(kType), iri(kKh + "Document")},
      {{TermKind::kBlank, "_:1:b", ""}, iri(kType), iri(kKh + "Person")},
      {iri(r + "c"), iri(kType), iri(kKh + "Country")},  // no ontology
      {iri(r + "a"), iri(kKh + "metWith"), {TermKind::kBlank, "_:1:b", ""}},
      {iri(r + "a"), iri(kKh + "attended"), iri(r + "art")},
  };
  const SystemView v = build_system_view(graph, ClassResolver());
  REQUIRE(v.entities.size() == 1);
  const SystemEntity& a = v.entities.at(r + "a");
  CHECK(a.types == std::set<std::string>{"Person"});
  CHECK(a.labels == std::set<std::string>{"wang yi", "وانغ يي", "wang"});
  CHECK(a.en == std::set<std::string>{"wang yi", "wang"});
  CHECK(a.qids == std::set<std::string>{"Q1"});
  CHECK(v.relations.empty());
}

TEST_CASE("prf and the summary follow score.py", "[eval]") {
  CHECK(prf(0, 0, 0) == std::array<double, 3>{0.0, 0.0, 0.0});
  const auto [p, r, f] = prf(6, 7, 6);
  CHECK(python_float_repr(p) == "0.8571428571428571");
  CHECK(python_float_repr(r) == "1.0");
  CHECK(python_float_repr(f) == "0.923076923076923");

  ArticleScore a;
  a.id = "an-article-id-longer-than-28-characters";
  a.ent_gold = 6;
  a.ent_tp = 6;
  a.ent_sys = 7;
  a.rel_gold = 5;
  a.rel_tp = 4;
  a.rel_sys = 6;
  CHECK(format_article_line(a) ==
        "an-article-id-longer-than-28-characters entities   6/  6 (sys   7) "
        "F1 0.92   relations   4/  5 (sys   6) F1 0.73");
  a.id = "مقال";  // padded to 28 code points, not bytes
  CHECK(format_article_line(a).substr(0, 8 + 24) ==
        "مقال" + std::string(24, ' '));
  const Summary s = summarise({});
  CHECK(format_total_line(s) ==
        "TOTAL entity P/R/F1 0.000/0.000/0.000  relation P/R/F1 "
        "0.000/0.000/0.000  type 0.000  english-label 0.000  link 0.000 "
        "(wrong 0)");
}
