/// Names not in the knowledge base: the Arabic label stays, and ICU's
/// "Arabic-Latin; Latin-ASCII" transliteration is added as a skos:altLabel
/// tagged ar-Latn-t-ar — never as the English label (which a person gets
/// only when name_words.tsv spells every word of the name).

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "exporters/exporter.h"
#include "kb_fixture.h"

using khabar::graph::LangString;
using khabar::graph::Node;
using khabar::testing::kb_pipeline;
using khabar::testing::label_in;
using khabar::testing::nodes_labelled;
using khabar::testing::run_article;

namespace {

const std::string kTag = "ar-Latn-t-ar";
const std::string kArticle = "استقبل الرئيس المصري اليوم السفير كريم زرقوني في القاهرة.";

std::vector<std::string> alt_in(const Node& n, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& l : n.alt_labels) {
    if (l.lang == lang) out.push_back(l.text);
  }
  return out;
}

}  // namespace

TEST_CASE("transliteration: a person not in the KB gets an ar-Latn-t-ar altLabel", "[kb][translit][ar]") {
  auto g = run_article(kb_pipeline(), kArticle);
  auto people = nodes_labelled(g, "كريم زرقوني");
  REQUIRE(people.size() == 1);
  const Node& n = *people[0];
  CHECK(n.coarse == "Person");
  CHECK(n.wikidata.empty());
  CHECK(label_in(n, "ar") == "كريم زرقوني");  // the Arabic label stays
  CHECK(alt_in(n, kTag) == std::vector<std::string>{"krym zrqwny"});
  // Never the English label: the node has none.
  CHECK(label_in(n, "en").empty());
  for (const auto& l : n.labels) CHECK(l.text != "krym zrqwny");

  // Known entities (Egypt, Cairo) get no transliteration.
  for (const Node* k : g.sorted_nodes()) {
    if (!k->wikidata.empty()) CHECK(alt_in(*k, kTag).empty());
  }
}

TEST_CASE("transliteration: a name every word of which has English spellings gets them, and keeps it",
          "[kb][translit][ar]") {
  // كريم منصور: both words in name_words.tsv; the English name is theirs,
  // the transliteration stays a marked altLabel beside it
  auto g = run_article(kb_pipeline(), "استقبل الرئيس المصري اليوم السفير كريم منصور في القاهرة.");
  auto people = nodes_labelled(g, "كريم منصور");
  REQUIRE(people.size() == 1);
  CHECK(label_in(*people[0], "en") == "Karim Mansour");
  CHECK(alt_in(*people[0], kTag) == std::vector<std::string>{"krym mnswr"});
}

TEST_CASE("transliteration: in N-Triples it is a skos:altLabel, not rdfs:label@en", "[kb][translit][ar]") {
  auto g = run_article(kb_pipeline(), kArticle);
  auto exporter = khabar::exporters::make_exporter("ntriples");
  REQUIRE(exporter != nullptr);
  std::ostringstream out;
  REQUIRE(exporter->write(g, {}, out).ok());
  const std::string nt = out.str();
  CHECK(nt.find("<http://www.w3.org/2004/02/skos/core#altLabel> \"krym zrqwny\"@ar-latn-t-ar .") !=
        std::string::npos);
  CHECK(nt.find("\"krym zrqwny\"@en") == std::string::npos);
  CHECK(nt.find("<http://www.w3.org/2000/01/rdf-schema#label> \"krym zrqwny\"") == std::string::npos);
}

TEST_CASE("transliteration: not for English articles, nor for phrases with an English label",
          "[kb][translit]") {
  auto en = run_article(kb_pipeline(), "Egypt's president received ambassador Karim Mansour in Cairo.", "en");
  for (const Node* n : en.sorted_nodes()) CHECK(alt_in(*n, kTag).empty());
  // An event has a generated English label: its Arabic description is not a
  // name and is not transliterated.
  auto ar = run_article(kb_pipeline(), "عقد الاجتماع التاسع لوزراء خارجية تعاون لانتسانغ-ميكونغ في شيانغ ماي.");
  bool saw_event = false;
  for (const Node* n : ar.sorted_nodes()) {
    if (n->coarse != "Event") continue;
    saw_event = true;
    CHECK_FALSE(label_in(*n, "en").empty());
    CHECK(alt_in(*n, kTag).empty());
  }
  CHECK(saw_event);
}

TEST_CASE("transliteration: the same from several threads at once", "[kb][translit][threads]") {
  const auto& p = kb_pipeline();
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        khabar::pipeline::Article a;
        a.id = "t" + std::to_string(t);
        a.text = kArticle;
        a.lang = "ar";
        khabar::pipeline::Pipeline::Workspace ws;
        khabar::graph::Graph g;
        if (!p.process(a, ws, g).ok()) return;
        for (const Node* n : g.sorted_nodes()) {
          for (const auto& l : n->alt_labels) {
            if (l.lang == kTag) got[t] = l.text;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& s : got) CHECK(s == "krym zrqwny");
}
