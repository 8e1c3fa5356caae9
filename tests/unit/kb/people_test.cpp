/// People of ontology/kb added for 2022-2026 office-holders (heads of state
/// and government, foreign, defence and finance ministers, speakers, heads of
/// international bodies): an Arabic spelling of the wire services gives the
/// person's English label, and a dropped label stays unlinked.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kb_fixture.h"

using khabar::testing::kb_pipeline;
using khabar::testing::label_in;
using khabar::testing::nodes_labelled;
using khabar::testing::run_article;

namespace {
struct PersonCase {
  const char* article;  ///< an Arabic sentence naming the person
  const char* surface;  ///< the spelling used in it
  const char* english;  ///< the expected English label
};
}  // namespace

TEST_CASE("people: Arabic spellings of 2022-2026 office-holders give their English names", "[kb][people][ar]") {
  const std::vector<PersonCase> cases = {
      {"التقى رئيس الوزراء الكيني بوزير الخارجية البلغاري ماريا غابرييل في صوفيا.", "ماريا غابرييل", "Mariya Gabriel"},
      {"وصل وزير الدفاع الإسباني مارغريتا روبلس إلى الرياض.", "مارغريتا روبلس", "Margarita Robles"},
      {"استقبل الرئيس رئيسة وزراء الكونغو الديمقراطية جوديث سومينوا.", "جوديث سومينوا", "Judith Suminwa"},
      {"قال رئيس مجلس العموم البريطاني ليندسي هويل إن الجلسة ستعقد غدا.", "ليندسي هويل", "Lindsay Hoyle"},
      {"وأعلن وزير المالية الكويتي مناف الهاجري عن الميزانية.", "مناف الهاجري", "Manaf Al-Hajri"},
      {"التقى شيخ الأزهر أحمد الطيب بالسفير الإيطالي.", "أحمد الطيب", "Ahmed el-Tayeb"},
      {"قالت المقررة الأممية فرانشيسكا ألبانيزي إن التقرير سينشر.", "فرانشيسكا ألبانيزي", "Francesca Albanese"},
      {"بحث الرئيس مع رئيس مالي الانتقالي ورئيس الوزراء عبدالله مايغا الأوضاع.", "عبدالله مايغا", "Abdoulaye Maïga"},
  };
  const auto& p = kb_pipeline();
  for (const auto& c : cases) {
    INFO(c.article);
    auto g = run_article(p, c.article);
    auto nodes = nodes_labelled(g, c.surface);
    REQUIRE(nodes.size() == 1);
    CHECK(nodes[0]->cls == "Person");
    CHECK(label_in(*nodes[0], "en") == c.english);
  }
}
