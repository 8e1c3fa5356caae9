// Tests of the rule parser and of every relation rule on sentences the team
// wrote (rule_sentences.tsv).

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "core/tsv.h"
#include "pipeline/pipeline.h"
#include "relate/rules.h"

using namespace khabar;

namespace {

const pipeline::Pipeline& shared_pipeline() {
  static std::unique_ptr<pipeline::Pipeline> p = [] {
    pipeline::PipelineOptions o;
    o.data_dir = KHABAR_DATA_DIR;
    auto made = pipeline::Pipeline::create(o);
    if (!made.ok()) FAIL("pipeline: " << made.status().to_string());
    return std::move(made.value());
  }();
  return *p;
}

std::string identity_stem(const std::string& w) { return w; }

struct Row {
  std::string rule, sentence, subject, relation, object;
  uint32_t line;
};

std::vector<Row> rows() {
  auto t = read_tsv(std::string(KHABAR_SOURCE_DIR) + "/tests/unit/relate/rule_sentences.tsv",
                    "#khabar-test 1", true);
  REQUIRE(t.ok());
  std::vector<Row> out;
  for (const auto& r : t.value()) {
    REQUIRE(r.fields.size() == 5);
    out.push_back({r.fields[0], r.fields[1], r.fields[2], r.fields[3], r.fields[4], r.line});
  }
  return out;
}

bool has_label(const entities::Entity& e, const std::string& label, const lexicon::Resources& r) {
  if (e.label == label || e.label_en == label) return true;
  for (const auto& a : e.alt_labels) {
    if (a == label) return true;
  }
  if (e.kb >= 0) {
    for (const auto& l : r.kb().entities()[static_cast<size_t>(e.kb)].labels) {
      if (l.text == label) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("every rule gives its relation on the team's sentences", "[relate][ar]") {
  const auto& p = shared_pipeline();
  for (const auto& row : rows()) {
    INFO("rule_sentences.tsv:" << row.line << " " << row.rule << ": " << row.sentence);
    pipeline::Article a;
    a.id = "t";
    a.text = row.sentence;
    a.lang = "ar";
    a.date = "2024-05-10";
    pipeline::Pipeline::Workspace ws;
    graph::Graph g;
    auto r = p.process(a, ws, g);
    REQUIRE(r.ok());
    std::ostringstream explained;
    p.explain(ws, explained);
    INFO(explained.str());
    bool found = false;
    for (const auto& rel : ws.relations) {
      if (rel.rule != row.rule || rel.predicate != row.relation) continue;
      const auto& s = ws.entities[static_cast<size_t>(rel.subject)];
      const auto& o = ws.entities[static_cast<size_t>(rel.object)];
      if (has_label(s, row.subject, p.resources()) && has_label(o, row.object, p.resources())) found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("every rule and structural reading has a test sentence", "[relate]") {
  const auto& p = shared_pipeline();
  (void)p;
  std::set<std::string> tested;
  for (const auto& row : rows()) tested.insert(row.rule);
  relate::RuleSet set;
  REQUIRE(relate::parse_rules_file(std::string(KHABAR_DATA_DIR) + "/rules/ar.rules", identity_stem, set).ok());
  REQUIRE(!set.rules.empty());
  for (const auto& rule : set.rules) {
    INFO(rule.id);
    CHECK(tested.count(rule.id) == 1);
  }
  for (const auto& [id, rel] : set.structural) {
    INFO(id);
    CHECK(tested.count(id) == 1);
  }
}

TEST_CASE("a rule line parses into its elements", "[relate]") {
  relate::Rule r;
  auto st = relate::parse_rule(" x.meet metWith(S,O) 0.8 : $meet S:Person ~3 @with? O:Person+ %comma O:City++",
                               "f.rules", 7, identity_stem, r);
  REQUIRE(st.ok());
  CHECK(r.id == "x.meet");
  CHECK(r.relation == "metWith");
  CHECK(r.subject_first);
  CHECK(r.confidence == Approx(0.8));
  REQUIRE(r.pattern.size() == 7);
  using K = relate::Element::Kind;
  CHECK(r.pattern[0].kind == K::kTrigger);
  CHECK(r.pattern[0].value == "meet");
  CHECK(r.pattern[1].kind == K::kCapture);
  CHECK(r.pattern[1].var == 'S');
  CHECK(r.pattern[1].value == "Person");
  CHECK_FALSE(r.pattern[1].list);
  CHECK(r.pattern[2].kind == K::kGap);
  CHECK(r.pattern[2].gap == 3);
  CHECK(r.pattern[3].kind == K::kFunction);
  CHECK(r.pattern[3].optional);
  CHECK(r.pattern[4].list);
  CHECK(r.pattern[4].min_items == 1);
  CHECK(r.pattern[5].kind == K::kPunct);
  CHECK(r.pattern[6].min_items == 2);
}

TEST_CASE("malformed rule lines fail with file and line", "[relate]") {
  struct Bad {
    const char* text;
    const char* reason;
  };
  const Bad bad[] = {
      {"#khabar-rules 2\n", "version"},
      {"#khabar-rules 1\nrule a metWith(S,O) 0.8 $meet S:Person O:Person\n", "missing colon"},
      {"#khabar-rules 1\nrule a metWith(S,X) 0.8 : S:Person O:Person\n", "bad arguments"},
      {"#khabar-rules 1\nrule a metWith(S,O) 1.5 : S:Person O:Person\n", "confidence > 1"},
      {"#khabar-rules 1\nrule a metWith(S,O) 0.5 : S:Person $meet\n", "no O capture"},
      {"#khabar-rules 1\nrule a metWith(S,O) 0.5 : ~3 S:Person O:Person\n", "starts with a gap"},
      {"#khabar-rules 1\nrule a metWith(S,O) 0.5 : S:Person ~x O:Person\n", "bad gap"},
      {"#khabar-rules 1\nrule a metWith(S,O) 0.5 : S:Person O:Person\nrule a metWith(S,O) 0.5 : S:Person O:Person\n",
       "duplicate id"},
      {"#khabar-rules 1\nfrobnicate\n", "unknown keyword"},
      {"#khabar-rules 1\nstructural a officialOf\n", "structural without confidence"},
  };
  for (const auto& b : bad) {
    INFO(b.reason);
    std::istringstream in(b.text);
    relate::RuleSet set;
    Status st = relate::parse_rules_stream(in, "x.rules", identity_stem, set);
    CHECK_FALSE(st.ok());
    CHECK(st.code() == ErrorCode::kBadData);
    CHECK(st.file() == "x.rules");
    CHECK(st.line() >= 1);
  }
}

TEST_CASE("a rule naming a relation the ontology lacks is refused", "[relate]") {
  const auto& p = shared_pipeline();
  relate::RuleSet set;
  std::istringstream in("#khabar-rules 1\nrule a befriended(S,O) 0.5 : S:Person O:Person\n");
  REQUIRE(relate::parse_rules_stream(in, "x.rules", identity_stem, set).ok());
  auto e = relate::RuleEngine::from_rules(p.resources(), set);
  REQUIRE_FALSE(e.ok());
  CHECK(e.status().message().find("befriended") != std::string::npos);
  CHECK(e.status().line() == 2);
}

namespace {

/// Runs the pipeline on `text` into `ws` and `g`.
void process_text(const std::string& text, pipeline::Pipeline::Workspace& ws, graph::Graph& g) {
  pipeline::Article a;
  a.id = "t";
  a.text = text;
  REQUIRE(shared_pipeline().process(a, ws, g).ok());
}

/// The predicates the rules `rules` (a rules file without its version
/// line) give on `text`.
std::multiset<std::string> predicates_with_rules(const std::string& text, const std::string& rules) {
  const auto& p = shared_pipeline();
  pipeline::Pipeline::Workspace ws;
  graph::Graph g;
  process_text(text, ws, g);
  relate::RuleSet set;
  std::istringstream in("#khabar-rules 1\n" + rules);
  REQUIRE(relate::parse_rules_stream(in, "x.rules", identity_stem, set).ok());
  auto e = relate::RuleEngine::from_rules(p.resources(), set);
  REQUIRE(e.ok());
  std::vector<relate::Relation> rels;
  e.value()->extract(ws.doc, ws.scratch, ws.mentions, ws.entities, rels);
  std::multiset<std::string> preds;
  for (const auto& r : rels) preds.insert(r.predicate);
  return preds;
}

/// The predicates of the edges of the graph of `text` (all rules).
std::multiset<std::string> graph_predicates(const std::string& text) {
  pipeline::Pipeline::Workspace ws;
  graph::Graph g;
  process_text(text, ws, g);
  std::multiset<std::string> preds;
  for (const auto& e : g.sorted_edges()) preds.insert(e.edge->predicate);
  return preds;
}

}  // namespace

TEST_CASE("competing readings of one pair are dropped", "[relate][ar]") {
  // "met" and "spoke by phone" of the same pair in one sentence: neither.
  auto run = [](const std::string& conflict) {
    return predicates_with_rules(
        "التقى وزير الخارجية المصري بدر عبد العاطي مع نظيره القطري محمد بن عبدالرحمن آل ثاني.",
        "structural ar.title.adjective officialOf 0.9\n" + conflict +
            "rule a metWith(S,O) 0.5 : $meet S:Person ~4 @with O:Person\n"
            "rule b spokeWith(S,O) 0.5 : $meet S:Person ~4 @with O:Person\n");
  };
  auto without = run("");
  CHECK(without.count("metWith") == 1);  // both rules match the sentence
  CHECK(without.count("spokeWith") == 1);
  auto with = run("conflict metWith spokeWith\n");
  CHECK(with.count("metWith") == 0);
  CHECK(with.count("spokeWith") == 0);
  CHECK(with.count("officialOf") == 2);  // other readings stay
}

TEST_CASE("a definite noun takes no genitive: those after الاجتماع did not meet", "[relate][ar]") {
  auto predicates = [](const std::string& text) { return graph_predicates(text); };
  // "took part in the meeting: minister X and minister Y"
  auto with_article = predicates(
      "وعقد الاجتماع الوزاري الخامس في الرباط. وشارك في الاجتماع وزير الخارجية المصري بدر عبد العاطي "
      "ووزير الخارجية الأردني أيمن الصفدي.");
  CHECK(with_article.count("metWith") == 0);
  CHECK(with_article.count("attended") == 2);
  // "the meeting of X with Y" (construct state): they met
  auto construct = predicates("وتناول لقاء وزير الخارجية المصري بدر عبد العاطي بنظيره الأردني أيمن الصفدي الأزمة.");
  CHECK(construct.count("metWith") == 1);
}

TEST_CASE("a preferred reading of one pair drops the other", "[relate][ar]") {
  // "co-chaired" and "chaired" of the same pair in one sentence: co-chaired
  auto run = [](const std::string& prefer) {
    return predicates_with_rules("ترأس وزير الخارجية المصري بدر عبد العاطي الاجتماع الوزاري الثالث.",
                                 prefer +
                                     "rule a chaired(S,O) 0.5 : $chair S:Person O:Event\n"
                                     "rule b coChaired(S,O) 0.5 : $chair S:Person O:Event\n");
  };
  auto without = run("");
  CHECK(without.count("chaired") == 1);
  CHECK(without.count("coChaired") == 1);
  auto with = run("prefer coChaired chaired\n");
  CHECK(with.count("chaired") == 0);
  CHECK(with.count("coChaired") == 1);
  // a malformed line names its file and line
  relate::RuleSet bad;
  std::istringstream in("#khabar-rules 1\nprefer coChaired\n");
  auto st = relate::parse_rules_stream(in, "x.rules", identity_stem, bad);
  CHECK(!st.ok());
  CHECK(st.line() == 2);
}

TEST_CASE("during it is the visit's only right after the visit", "[relate][ar]") {
  auto metwith = [](const std::string& text) { return graph_predicates(text).count("metWith"); };
  // the visitor met the president during the visit
  CHECK(metwith("وتأتي الخطوة بعد زيارة أجراها وزير الخارجية الهندي سوبرامانيام جايشانكار إلى القاهرة، "
                "التقى خلالها الرئيس المصري عبد الفتاح السيسي.") == 1);
  // after a summit named in between, خلالها is the summit's: the two
  // leaders after it met, not the minister who toured (that pair no rule
  // reads: none)
  CHECK(metwith("وجاءت جولة وزير الخارجية الهندي سوبرامانيام جايشانكار بعد قمة تاريخية في نيودلهي، "
                "التقى خلالها الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الهندي ناريندرا مودي.") == 0);
}

TEST_CASE("signed it: the document named last, unless one named again comes between", "[relate][ar]") {
  auto signed_count = [](const std::string& text) { return graph_predicates(text).count("signed"); };
  CHECK(signed_count("وأبرم البلدان مذكرة تفاهم للتعاون في مجال الطاقة، وقعها وزير الطاقة الأردني صالح الخرابشة.") ==
        1);
  // الاتفاق names no document before it here: وقعه is not the statement's
  CHECK(signed_count("وصدر عن القمة بيان مشترك. وقال إن الاتفاق وقعه رئيس الوزراء الإثيوبي آبي أحمد في أسمرة.") ==
        0);
}

TEST_CASE("the two ministers are the last pair of two ministers", "[relate][ar]") {
  // the minister met his counterpart, then the president; "the two
  // ministers signed" is the minister and his counterpart
  const std::string text =
      "وأجرى وزير الخارجية الروسي سيرغي لافروف مباحثات مع نظيره الأوزبكي بختيار سعيدوف. والتقى لافروف "
      "الرئيس الأوزبكي شوكت ميرضيائيف. ووقع الوزيران على خطة المشاورات بين وزارتي خارجية البلدين.";
  pipeline::Pipeline::Workspace ws;
  graph::Graph g;
  process_text(text, ws, g);
  size_t by_president = 0, by_counterpart = 0;
  for (const auto& e : g.sorted_edges()) {
    if (e.edge->predicate != "signed") continue;
    const std::string subject = e.subject->iri;
    by_president += subject.find("mirziyoyev") != std::string::npos;
    by_counterpart += subject.find("saidov") != std::string::npos;
  }
  CHECK(by_president == 0);
  CHECK(by_counterpart == 1);
}
