/// pipeline.h: civil dates, language detection, IRIs, and one article
/// through the whole pipeline.

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "pipeline/pipeline.h"

using khabar::pipeline::Article;
using khabar::pipeline::date_from_days;
using khabar::pipeline::days_from_date;
using khabar::pipeline::detect_language;
using khabar::pipeline::Pipeline;
using khabar::pipeline::PipelineOptions;

namespace {

/// 0 = Sunday; 1970-01-01 (day 0) was a Thursday.
int weekday(int64_t days) { return static_cast<int>(((days + 4) % 7 + 7) % 7); }

const Pipeline& pipeline() {
  static const std::unique_ptr<Pipeline> p = [] {
    PipelineOptions o;
    o.data_dir = KHABAR_DATA_DIR;
    auto created = Pipeline::create(o);
    if (!created.ok()) FAIL(created.status().to_string());
    return std::move(created.value());
  }();
  return *p;
}

/// The code points [begin, end) of UTF-8 `s`.
std::string code_points(const std::string& s, uint32_t begin, uint32_t end) {
  size_t b = std::string::npos, e = s.size();
  uint32_t cp = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == begin && b == std::string::npos) b = i;
    if (cp == end) {
      e = i;
      break;
    }
    ++cp;
  }
  return b == std::string::npos ? std::string() : s.substr(b, e - b);
}

}  // namespace

TEST_CASE("days_from_date: known days and weekdays", "[pipeline][date]") {
  struct Case {
    const char* date;
    int64_t days;
    int weekday;  // 0 Sunday .. 6 Saturday
  };
  const Case cases[] = {
      {"1970-01-01", 0, 4},         {"1970-01-02", 1, 5},        {"1969-12-31", -1, 3},
      {"2000-01-01", 10957, 6},     {"2000-03-01", 11017, 3},    {"1999-12-31", 10956, 5},
      {"2001-09-11", 11576, 2},     {"2024-01-01", 19723, 1},    {"2024-02-29", 19782, 4},
      {"2024-08-16", 19951, 5},     {"2038-01-19", 24855, 2},    {"1900-01-01", -25567, 1},
      {"0001-01-01", -719162, 1},   {"9999-12-31", 2932896, 5},
  };
  for (const auto& c : cases) {
    INFO(c.date);
    CHECK(days_from_date(c.date) == c.days);
    CHECK(date_from_days(c.days) == c.date);
    CHECK(weekday(c.days) == c.weekday);
  }
}

TEST_CASE("days_from_date and date_from_days agree with a day-by-day calendar", "[pipeline][date]") {
  // Walk every day from 1899-12-31 to 2101-01-01 with month lengths worked
  // out here, independently of the code under test.
  auto leap = [](int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
  const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int64_t n = days_from_date("1899-12-31");
  REQUIRE(n == -25568);
  int y = 1900, m = 1, d = 1;
  size_t mismatches = 0;
  while (y <= 2100) {
    ++n;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    if (days_from_date(buf) != n || date_from_days(n) != buf ||
        !khabar::pipeline::valid_date(buf)) {
      if (++mismatches < 5) FAIL_CHECK("mismatch at " << buf << " (day " << n << ")");
    }
    if (++d > month_days[m - 1] + (m == 2 && leap(y))) {
      d = 1;
      if (++m > 12) {
        m = 1;
        ++y;
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(date_from_days(n + 1) == "2101-01-01");
}

TEST_CASE("date_from_days round-trips over the four-digit years", "[pipeline][date]") {
  const int64_t first = days_from_date("0000-03-01"), last = days_from_date("9999-12-31");
  CHECK(first == -719468);
  size_t bad = 0;
  for (int64_t n = first; n <= last; n += 97) {
    std::string s = date_from_days(n);
    if (days_from_date(s) != n || !khabar::pipeline::valid_date(s)) ++bad;
  }
  CHECK(bad == 0);
}

TEST_CASE("detect_language counts Arabic and Latin letters", "[pipeline][lang]") {
  struct Case {
    const char* text;
    const char* lang;
  };
  const Case cases[] = {
      {"الصين", "ar"},
      {"China", "en"},
      {"Wang Yi met Don Pramudwinai in Bangkok.", "en"},
      {"قال وزير الخارجية الصيني Wang Yi", "ar"},       // 21 Arabic letters, 6 Latin
      {"Xinhua: وانغ يي met Don Pramudwinai", "en"},     // 6 Arabic letters, 23 Latin
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(detect_language(c.text) == c.lang);
  }
}

TEST_CASE("detect_language counts the last letter too", "[pipeline][lang]") {
  // "a" is one Latin letter; "ا ab" one Arabic and two Latin letters.
  CHECK(detect_language("a") == "en");
  CHECK(detect_language("ا ab") == "en");
}

TEST_CASE("article IRIs percent-encode everything but unreserved ASCII", "[pipeline][iri]") {
  const std::string base = "https://w3id.org/khabar/resource/";
  struct Case {
    const char* id;
    const char* segment;
  };
  const Case cases[] = {
      {"ar-lmc-chiang-mai", "ar-lmc-chiang-mai"},
      {"A_b.c~9", "A_b.c~9"},
      {"a b/c?d#e", "a%20b%2Fc%3Fd%23e"},
      {"خبر", "%D8%AE%D8%A8%D8%B1"},
      {"<x>\"", "%3Cx%3E%22"},
      {"%41", "%2541"},
  };
  for (const auto& c : cases) {
    INFO(c.id);
    CHECK(pipeline().article_iri(c.id) == base + "article/" + c.segment);
  }
}

TEST_CASE("entity IRIs: KB key, or a stable hash of the identity", "[pipeline][iri]") {
  const std::string base = "https://w3id.org/khabar/resource/";
  const auto& p = pipeline();
  khabar::entities::Entity cn;
  cn.kb = p.resources().kb().index("country/cn");
  REQUIRE(cn.kb >= 0);
  CHECK(p.entity_iri(cn, "a1") == base + "country/cn");

  // Not in the KB: <coarse>/<16 hex digits of the identity's 64-bit hash>.
  // The values pin minted IRIs (they must not change between releases);
  // FNV-1a 64 (offset basis 14695981039346656037, prime 1099511628211),
  // worked out in Python; "a" -> af63dc4c8601ec8c is the published test
  // vector of FNV-1a 64.
  khabar::entities::Entity e;
  e.identity = "a";
  e.coarse = "Person";
  CHECK(p.entity_iri(e, "x") == base + "person/af63dc4c8601ec8c");
  CHECK(p.entity_iri(e, "y") == base + "person/af63dc4c8601ec8c");
  e.article_scoped = true;  // identity + "\x1f" + article id
  CHECK(p.entity_iri(e, "x") == base + "person/e5eaa919043b13c3");
  CHECK(p.entity_iri(e, "y") == base + "person/e5eaa819043b1210");
  khabar::entities::Entity ev;
  ev.coarse = "Event";
  CHECK(p.entity_iri(ev, "x") == base + "event/cbf29ce484222325");
}

TEST_CASE("the sample article through the pipeline", "[pipeline][ar]") {
  std::ifstream in(std::string(KHABAR_SOURCE_DIR) + "/samples/ar-lmc-chiang-mai.txt", std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  Article a;
  a.id = "ar-lmc-chiang-mai";
  a.text = text.str();
  a.date = "2024-08-16";
  Pipeline::Workspace ws;
  khabar::graph::Graph g;
  auto r = pipeline().process(a, ws, g);
  REQUIRE(r.ok());
  CHECK(r->lang == "ar");  // detected
  const std::string base = "https://w3id.org/khabar/resource/";
  CHECK(r->article_iri == base + "article/ar-lmc-chiang-mai");
  CHECK(r->words > 400);

  const auto* article = g.find(r->article_iri);
  REQUIRE(article != nullptr);
  CHECK(article->kind == khabar::graph::NodeKind::kArticle);
  CHECK(article->date == "2024-08-16");
  CHECK(article->lang == "ar");
  const auto* china = g.find(base + "country/cn");
  REQUIRE(china != nullptr);
  CHECK(china->wikidata == "Q148");
  CHECK(china->articles == std::vector<std::string>{r->article_iri});
  CHECK(g.find(base + "city/chiang-mai") != nullptr);
  CHECK(g.find(base + "org/lmc") != nullptr);

  // Every edge's evidence points into the article: the code-point span is a
  // piece of the sentence it quotes.
  REQUIRE(g.edge_count() > 0);
  for (const auto& e : g.sorted_edges()) {
    for (const auto& ev : e.edge->evidence) {
      INFO(e.edge->predicate << " " << ev.begin << ".." << ev.end);
      CHECK(ev.article == r->article_iri);
      CHECK(ev.begin < ev.end);
      std::string span = code_points(a.text, ev.begin, ev.end);
      CHECK(!span.empty());
      CHECK(ev.text.find(span) != std::string::npos);
      CHECK(ev.sentence < ws.doc.sentences().size());
    }
  }

  // The same article again adds nothing new.
  const size_t nodes = g.node_count(), edges = g.edge_count();
  REQUIRE(pipeline().process(a, ws, g).ok());
  CHECK(g.node_count() == nodes);
  CHECK(g.edge_count() == edges);
}
