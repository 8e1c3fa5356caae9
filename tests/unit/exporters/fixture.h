#pragma once
/// \file fixture.h
/// A small hand-built graph for the exporter tests, with two articles and
/// hostile content: labels with quotes, `<>&`, newlines, an RTL mark, control
/// characters, a Cypher injection, invalid UTF-8, bad language tags, IRIs
/// with characters that IRIs forbid and a relative IRI. Used by the unit
/// tests and by tests/roundtrip's `khabar_export_fixture`.

#include <string>

#include "core/vocab.h"
#include "graph/graph.h"

namespace khabar::exporters::testing {

inline std::string res(std::string_view local) {
  return std::string(vocab::kDefaultBase) + std::string(local);
}

/// The label no exporter may let break its output.
inline const std::string kHostileLabel =
    "Evil \"Quote\" <b>&amp; co\nline2\r\t\xE2\x80\x8F\"]->(x) DETACH DELETE x // \x01\x1F end\\";

inline graph::Graph make_fixture_graph() {
  using graph::Evidence;
  using graph::LangString;
  using graph::Node;
  using graph::NodeKind;
  graph::Graph g;
  const std::string a1 = res("article/ar-lmc-chiang-mai");
  const std::string a2 = res("article/en-sample");

  Node art1;
  art1.iri = a1;
  art1.kind = NodeKind::kArticle;
  art1.cls = "NewsArticle";
  art1.article_id = "ar-lmc-chiang-mai";
  art1.url = "https://arabic.news.cn/20240816/x.html?a=1&b=<2>";
  art1.title = "اجتماع وزراء خارجية تعاون لانتسانغ-ميكونغ";
  art1.lang = "ar";
  art1.date = "2024-08-16";
  g.add_node(art1);

  Node art2;
  art2.iri = a2;
  art2.kind = NodeKind::kArticle;
  art2.cls = "NewsArticle";
  art2.article_id = "en-sample";
  art2.url = "not a url";
  art2.title = "A \"quoted\" <title>";
  art2.lang = "en";
  art2.date = "2024-02-30";  // not a date: no schema:datePublished
  g.add_node(art2);

  Node wang;
  wang.iri = res("entity/person/wang-yi");
  wang.cls = "";
  wang.coarse = "Person";
  wang.labels = {{"en", "Wang Yi"}, {"ar", "وانغ يي"}};
  wang.alt_labels = {{"ar", "وانغ"}};
  wang.articles = {a1, a2};
  g.add_node(wang);

  Node china;
  china.iri = res("entity/place/china");
  china.cls = "Country";
  china.coarse = "Place";
  china.labels = {{"en", "China"}, {"ar", "الصين"}};
  china.wikidata = "Q148";
  china.geonames = "1814991";
  china.articles = {a1};
  g.add_node(china);

  Node chiang_mai;
  chiang_mai.iri = res("entity/place/chiang-mai");
  chiang_mai.cls = "City";
  chiang_mai.coarse = "Place";
  chiang_mai.labels = {{"ar", "شيانغ ماي"}};  // no English label
  chiang_mai.wikidata = "not-an-id";
  chiang_mai.articles = {a1};
  g.add_node(chiang_mai);

  Node meeting;
  meeting.iri = res("entity/event/lmc-fmm-9");
  meeting.cls = "Meeting";
  meeting.coarse = "Event";
  meeting.labels = {{"en", "9th LMC Foreign Ministers' Meeting"},
                    {"ar", "الاجتماع التاسع لوزراء خارجية تعاون لانتسانغ-ميكونغ"}};
  meeting.date = "2024-08-16";
  meeting.articles = {a1};
  g.add_node(meeting);

  Node evil;
  evil.iri = res("entity/person/evil name<>{}|^`\\\"x\" y");
  evil.coarse = "Person";
  evil.labels = {{"en-GB", kHostileLabel},
                 {"ar", "\xD8\xB4\xFF\xFE bad utf8 \xE2\x80\x8F"},
                 {"not a tag!", "label with a bad language tag"}};
  evil.alt_labels = {{"", "no language"}, {"en", std::string("nul\0inside", 10)}};
  evil.articles = {a2, res("article/not-in-graph")};
  g.add_node(evil);

  Node mekong;  // an IRI with non-ASCII characters (legal in IRIs)
  mekong.iri = res("entity/region/ميكونغ");
  mekong.cls = "Region";
  mekong.coarse = "Place";
  mekong.labels = {{"ar", "ميكونغ"}, {"en", "Mekong"}};
  mekong.articles = {a1};
  g.add_node(mekong);

  Node relative;
  relative.iri = "entity/relative one";
  relative.coarse = "Organization";
  relative.labels = {{"en", "Relative IRI Org"}};
  g.add_node(relative);

  g.add_edge(wang.iri, "coChaired", meeting.iri,
             Evidence{a1, 0, 10, 42, "ترأس وانغ يي \"الاجتماع\"", "co-chair.ar.1", 0.9});
  g.add_edge(wang.iri, "coChaired", meeting.iri,
             Evidence{a2, 3, 0, 12, "Wang Yi co-chaired", "co-chair.en.1", 0.875});
  g.add_edge(meeting.iri, "hostedIn", chiang_mai.iri,
             Evidence{a1, 0, 50, 60, "في شيانغ ماي", "hosted.ar.2", 1.0});
  g.add_edge(chiang_mai.iri, "locatedIn", china.iri,
             Evidence{a1, 1, 0, 5, "", "", 0.5});
  g.add_edge(chiang_mai.iri, "locatedIn", mekong.iri,
             Evidence{a1, 1, 6, 12, "", "located.ar.1", 0.6});
  g.add_edge(wang.iri, "metWith", evil.iri,
             Evidence{a2, 2, 1, 99, kHostileLabel, "met.en.<1>", 0.7});
  g.add_edge(evil.iri, "attended", meeting.iri,
             Evidence{"", 0, 0, 0, "no article", "rule", 0.333333});
  g.add_edge(relative.iri, "memberOf", relative.iri,
             Evidence{a1, 4, 7, 9, "self loop", "loop.1", 0.25});

  // Mention records (the mentions export), given out of order.
  g.add_mentions(a1, {{20, 25, "الصين", "Place", china.iri},
                      {6, 13, "وانغ يي", "Person", wang.iri},
                      {6, 13, "وانغ يي", "Person", wang.iri}});
  g.add_mentions(a2, {{0, 7, kHostileLabel, "Person", evil.iri}});
  return g;
}

}  // namespace khabar::exporters::testing
