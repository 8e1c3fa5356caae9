/// Common words (ontology/lexicons/ar/common_words.tsv) end a name found
/// after a title; a name whose words are also common words or names stays
/// whole. Every sentence here is the team's own.

#include <catch2/catch.hpp>

#include <string>

#include "../kb/kb_fixture.h"

using khabar::testing::kb_pipeline;
using khabar::testing::nodes_labelled;
using khabar::testing::run_article;

namespace {

/// True when the graph of `text` has an entity labelled `label`.
bool has_node(const std::string& text, const std::string& label) {
  auto g = run_article(kb_pipeline(), text);
  return !nodes_labelled(g, label).empty();
}

}  // namespace

TEST_CASE("an unknown name after a title stops before an adverb", "[entities][common-words]") {
  const std::string text = "وأكد وزير الخارجية الفنلندي ماتي كورهونين مجددا دعم بلاده للاتفاق.";
  CHECK(has_node(text, "ماتي كورهونين"));
  CHECK_FALSE(has_node(text, "ماتي كورهونين مجددا"));
}

TEST_CASE("an unknown name after a title stops before a conjunction of time", "[entities][common-words]") {
  const std::string text = "وتحدث الرئيس ألفارو بيريديس عندما وصل إلى العاصمة مساء.";
  CHECK(has_node(text, "ألفارو بيريديس"));
  CHECK_FALSE(has_node(text, "ألفارو بيريديس عندما"));
}

TEST_CASE("an unknown name after a title stops before a common noun", "[entities][common-words]") {
  const std::string text = "وزار رئيس الوزراء الإستوني كارل تامسالو الحدود الشرقية لبلاده.";
  CHECK(has_node(text, "كارل تامسالو"));
  CHECK_FALSE(has_node(text, "كارل تامسالو الحدود"));
}

TEST_CASE("a name whose words are also common words stays whole", "[entities][common-words]") {
  // جميل "beautiful" and أمين "trustworthy" are names here
  CHECK(has_node("واستقبل وزير الخارجية فؤاد جميل أمين وفدا من رجال الأعمال.", "فؤاد جميل أمين"));
}
