// End-to-end tests of `khabar eval`. The expected reports were worked out by
// hand (see data/mini.json and data/mini.nt) and are what
// ../shared/eval/score.py prints for the same files.
#include "eval/eval_command.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "eval_test_util.h"

namespace {

using khabar::eval::eval_main;
using khabar::eval::testing::data_path;
using khabar::eval::testing::TempDir;

struct Run {
  int rc;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int rc = eval_main(args, out, err);
  return {rc, out.str(), err.str()};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// mini.nt against mini.json, by hand:
//  entities: 7 gold, 1 optional (statement) -> ent_gold 6; all 6 matched
//    (sok by Jaccard 2/3, china by Wikidata, the rest by equal labels);
//    system: 8 entities (article node and blank node excluded), the one
//    matched to the optional statement not counted -> ent_sys 7 (laos
//    spurious). Types all right through the ontology (Country, City,
//    Meeting) -> 6. English labels: wang yi, thailand, chiang mai (untagged
//    counts), meeting -> 4. Links: china right, thailand Q1 != Q869 -> 1/2,
//    1 wrong.
//  relations: 5 required (metWith once); found coChaired, metWith (reversed),
//    hostedIn, locatedIn -> 4; attended implied by coChaired, issued is
//    optional: neither counted; wrong: officialOf thailand, laos memberOf
//    -> rel_sys 6.
const std::string kMiniLine =
    "mini                         entities   6/  6 (sys   7) F1 0.92   "
    "relations   4/  5 (sys   6) F1 0.73\n";
const std::string kMiniVerbose =
    "    spurious_entities: laos\n"
    "    missed_relations: wang_yi officialOf china\n"
    "    wrong_relations: https://w3id.org/khabar/resource/laos memberOf "
    "china; wang_yi officialOf thailand\n";
const std::string kMiniTotal =
    "TOTAL entity P/R/F1 0.857/1.000/0.923  relation P/R/F1 "
    "0.667/0.800/0.727  type 1.000  english-label 0.667  link 0.500 (wrong "
    "1)\n";
const std::string kMiniJson =
    R"({"articles": 1, "entity_p": 0.8571428571428571, "entity_r": 1.0, )"
    R"("entity_f1": 0.923076923076923, "relation_p": 0.6666666666666666, )"
    R"("relation_r": 0.8, "relation_f1": 0.7272727272727272, "type_acc": )"
    R"(1.0, "english_label_rate": 0.6666666666666666, "link_acc": 0.5, )"
    R"("link_wrong": 1, "ent_gold": 6, "ent_tp": 6, "ent_sys": 7, )"
    R"("type_ok": 6, "en_ok": 4, "link_gold": 2, "link_ok": 1, "rel_gold": )"
    R"(5, "rel_tp": 4, "rel_sys": 6})"
    "\n";

std::vector<std::string> mini_args(std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"--gold", data_path("mini.json"),
                                   data_path("mini.nt"), "--ontology",
                                   data_path("ontology.ttl")};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

}  // namespace

TEST_CASE("command: one article, the report of score.py", "[eval][cli]") {
  Run r = run(mini_args());
  CHECK(r.rc == 0);
  CHECK(r.out == kMiniLine + kMiniTotal);
  CHECK(r.err.empty());

  r = run(mini_args({"-v", "--json"}));
  CHECK(r.rc == 0);
  CHECK(r.out == kMiniLine + kMiniVerbose + kMiniTotal + kMiniJson);
}

TEST_CASE("command: without the ontology, finer classes are not entities",
          "[eval][cli]") {
  TempDir dir;
  const std::string empty_onto = dir.write("empty.ttl", "");
  const Run r = run({"--gold", data_path("mini.json"), data_path("mini.nt"),
                     "--ontology", empty_onto});
  CHECK(r.rc == 0);
  // Only wang_yi, sok, statement (Document) and laos (Place) stay typed.
  CHECK(
      r.out.starts_with("mini                         entities   2/  6 "
                        "(sys   3)"));
}

TEST_CASE("command: an ontology folder gives its *.ttl", "[eval][cli]") {
  TempDir dir;
  dir.write("onto/a.ttl", read_file(data_path("ontology.ttl")));
  dir.write("onto/notes.txt", "not RDF");
  const Run r = run({"--gold", data_path("mini.json"), data_path("mini.nt"),
                     "--ontology", dir.path("onto")});
  CHECK(r.rc == 0);
  CHECK(r.out == kMiniLine + kMiniTotal);
}

TEST_CASE("command: folders pair each gold id with <id>.nt", "[eval][cli]") {
  TempDir dir;
  dir.write("gold/mini.json", read_file(data_path("mini.json")));
  dir.write("gold/b-other.json",
            R"({"id": "other", "entities": [{"key": "x", "type": "Person",
                "labels": {"en": ["Someone"]}, "wikidata": "Q5"}],
                "relations": [{"s": "x", "p": "visited", "o": "x"}]})");
  dir.write("gold/.hidden.json", "not JSON, and skipped");
  dir.write("gold/notes.txt", "skipped");
  dir.write("graph/mini.nt", read_file(data_path("mini.nt")));
  // .nt is preferred to the other extensions, whatever their order.
  dir.write("graph/mini.jsonld", "{}");
  dir.write("graph/mini.ttl", "");
  // "other" has no graph: it scores as empty.
  const Run r = run({"--gold", dir.path("gold"), dir.path("graph"),
                     "--ontology", data_path("ontology.ttl"), "--json"});
  CHECK(r.rc == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "other                        entities   0/  1 (sys   0) F1 0.00   "
        "relations   0/  1 (sys   0) F1 0.00\n" +
            kMiniLine +
            "TOTAL entity P/R/F1 0.857/0.857/0.857  relation P/R/F1 "
            "0.667/0.667/0.667  type 1.000  english-label 0.571  link 0.333 "
            "(wrong 1)\n"
            R"({"articles": 2, "entity_p": 0.8571428571428571, )"
            R"("entity_r": 0.8571428571428571, "entity_f1": )"
            R"(0.8571428571428571, "relation_p": 0.6666666666666666, )"
            R"("relation_r": 0.6666666666666666, "relation_f1": )"
            R"(0.6666666666666666, "type_acc": 1.0, "english_label_rate": )"
            R"(0.5714285714285714, "link_acc": 0.3333333333333333, )"
            R"("link_wrong": 1, "ent_gold": 7, "ent_tp": 6, "ent_sys": 7, )"
            R"("type_ok": 6, "en_ok": 4, "link_gold": 3, "link_ok": 1, )"
            R"("rel_gold": 6, "rel_tp": 4, "rel_sys": 6})"
            "\n");

  // A gold file with a graph folder: paired by id too.
  const Run one = run({"--gold", data_path("mini.json"), dir.path("graph"),
                       "--ontology", data_path("ontology.ttl")});
  CHECK(one.rc == 0);
  CHECK(one.out == kMiniLine + kMiniTotal);
}

TEST_CASE("command: --min-entity-f1 and --min-relation-f1", "[eval][cli]") {
  Run r = run(mini_args({"--min-entity-f1", "0.9", "--min-relation-f1=0.7"}));
  CHECK(r.rc == 0);
  CHECK(r.err.empty());

  r = run(mini_args({"--min-entity-f1", "0.9", "--min-relation-f1", "0.8"}));
  CHECK(r.rc == 4);
  CHECK(r.out == kMiniLine + kMiniTotal);  // the report is still printed
  CHECK(r.err ==
        "khabar: relation F1 0.7272727272727272 is below --min-relation-f1 "
        "0.8\n");

  r = run(mini_args({"--min-entity-f1=0.95", "--min-relation-f1", "0.8"}));
  CHECK(r.rc == 4);
  CHECK_THAT(r.err, Catch::Contains("entity F1 0.923076923076923 is below "
                                    "--min-entity-f1 0.95"));
  CHECK_THAT(r.err, Catch::Contains("relation F1"));
}

TEST_CASE("command: usage errors exit 1 with the usage", "[eval][cli]") {
  TempDir dir;
  dir.write("golds/a.json", "{}");
  const std::vector<std::vector<std::string>> table = {
      {},
      {data_path("mini.nt")},              // no --gold
      {"--gold", data_path("mini.json")},  // no GRAPH
      {"--gold"},                          // no value
      {"--gold", data_path("mini.json"), "a.nt", "b.nt"},
      {"--gold", data_path("mini.json"), "a.nt", "--frobnicate"},
      {"--gold", data_path("mini.json"), "a.nt", "--min-entity-f1", "high"},
      {"--gold", data_path("mini.json"), "a.nt", "--min-relation-f1=0.5x"},
      {"--gold", "a.json", "--gold", "b.json", "a.nt"},
      {"--gold", dir.path("golds"), data_path("mini.nt")},  // folder + file
  };
  for (const auto& args : table) {
    std::string joined;
    for (const auto& a : args) joined += a + " ";
    INFO(joined);
    const Run r = run(args);
    CHECK(r.rc == 1);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("khabar: error: "));
    CHECK_THAT(r.err, Catch::Contains("usage: khabar eval --gold"));
  }
}

TEST_CASE("command: --help prints the usage and exits 0", "[eval][cli]") {
  for (const std::string flag : {"-h", "--help"}) {
    const Run r = run({flag});
    CHECK(r.rc == 0);
    CHECK(r.out.starts_with("usage: khabar eval --gold"));
    CHECK(r.err.empty());
  }
}

TEST_CASE("command: bad input exits 2 with one positioned line",
          "[eval][cli]") {
  TempDir dir;
  const std::string gold = data_path("mini.json");
  const std::string onto = data_path("ontology.ttl");
  struct Bad {
    std::vector<std::string> args;
    std::string err;
  };
  const std::string not_json = dir.write("not.json", "{\"id\": \"x\",\n oops}");
  const std::string no_entities =
      dir.write("no-entities.json", R"({"id": "x", "relations": []})");
  const std::string bad_nt = dir.write(
      "bad.nt",
      "<http://a> <http://b> <http://c> .\n<http://a> <http://b> .\n");
  const std::string jsonld = dir.write("g.jsonld", "{}");
  const std::string bad_onto = dir.write("bad.ttl", "@prefix kh: .\n");
  dir.write("only-jsonld/mini.jsonld", "{}");
  const std::vector<Bad> table = {
      {{"--gold", not_json, data_path("mini.nt"), "--ontology", onto},
       "khabar: error: " + not_json + ":2: not JSON: "},
      {{"--gold", no_entities, data_path("mini.nt"), "--ontology", onto},
       "khabar: error: " + no_entities + ": missing \"entities\"\n"},
      {{"--gold", dir.path("missing.json"), data_path("mini.nt"), "--ontology",
        onto},
       "khabar: error: " + dir.path("missing.json") + ": cannot open"},
      {{"--gold", gold, bad_nt, "--ontology", onto},
       "khabar: error: " + bad_nt + ":2: "},
      {{"--gold", gold, jsonld, "--ontology", onto},
       "khabar: error: " + jsonld + ": cannot read JSON-LD, give .nt/.ttl\n"},
      {{"--gold", gold, dir.path("only-jsonld"), "--ontology", onto},
       "khabar: error: " + dir.path("only-jsonld/mini.jsonld") +
           ": cannot read JSON-LD, give .nt/.ttl\n"},
      {{"--gold", gold, dir.path("missing.nt"), "--ontology", onto},
       "khabar: error: " + dir.path("missing.nt") + ": cannot open"},
      {{"--gold", gold, data_path("mini.nt"), "--ontology", bad_onto},
       "khabar: error: " + bad_onto + ":1: "},
  };
  for (const Bad& b : table) {
    INFO(b.err);
    const Run r = run(b.args);
    CHECK(r.rc == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with(b.err));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
}

TEST_CASE("command: the default ontology is the *.ttl of KHABAR_DATA_DIR",
          "[eval][cli]") {
  const Run r = run({"--gold", data_path("mini.json"), data_path("mini.nt")});
  CHECK(r.rc == 0);
  if (std::filesystem::exists(std::string(KHABAR_DATA_DIR) + "/khabar.ttl")) {
    // ontology/khabar.ttl declares Country, City and Meeting under the
    // coarse classes, as the test ontology does.
    CHECK(r.out == kMiniLine + kMiniTotal);
    CHECK(r.err.empty());
  }
}
