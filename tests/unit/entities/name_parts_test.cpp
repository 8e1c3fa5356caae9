/// resolver.cpp step 4: a part of a person's name, alone later in the
/// article, refers back to that person; common words that fold like a name
/// part do not. Every sentence here is the team's own.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../kb/kb_fixture.h"

using khabar::testing::kb_pipeline;
using khabar::testing::run_article;
using khabar::testing::nodes_labelled;

namespace {

/// The texts of the article's person mentions, in order.
std::vector<std::string> person_mentions(const std::string& text) {
  auto g = run_article(kb_pipeline(), text);
  std::vector<std::string> out;
  // the pipeline names an article <base>article/<id> (default base)
  for (const auto& m : g.mentions("https://w3id.org/khabar/resource/article/kb-test")) {
    if (m.type == "Person") out.push_back(m.text);
  }
  return out;
}

}  // namespace

TEST_CASE("a surname alone refers back, common words that fold like it do not", "[entities][names]") {
  // علي (Ali) and على (on) share a key; أمام (in front of) is not إمام
  auto ms = person_mentions(
      "وقال الرئيس الطاجيكي إمام علي رحمن إن بلاده مستعدة للحوار. "
      "وأكد رحمن أن الاتفاق يقوم على أسس واضحة أمام الجميع.");
  CHECK(ms == std::vector<std::string>{"إمام علي رحمن", "رحمن"});
}

TEST_CASE("the word after a particle refers back only with the particle", "[entities][names]") {
  // عبد العاطي refers back to the minister; الله alone (after عبد in a
  // king's name) is no person
  auto ms = person_mentions(
      "واستقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية المصري بدر عبد العاطي. "
      "وقال عبد العاطي إن مصر تقدر دور الأردن، بإذن الله.");
  CHECK(ms == std::vector<std::string>{"عبد الله الثاني", "بدر عبد العاطي", "عبد العاطي"});
}

TEST_CASE("ولد in a Mauritanian name is a particle, not a name part alone", "[entities][names]") {
  // ولد "was born" alone does not refer back to محمد ولد الغزواني
  auto ms = person_mentions(
      "وقال الرئيس الموريتاني محمد ولد الغزواني إن بلاده تدعم الحوار. "
      "وكان الكاتب قد ولد في مدينة أطار.");
  CHECK(ms == std::vector<std::string>{"محمد ولد الغزواني"});
}

TEST_CASE("a nationality adjective that is the surname of someone named before", "[entities][names]") {
  // السوداني after a verb is the Iraqi prime minister, not Sudan
  auto ms = person_mentions(
      "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بلاده تدعم الحوار. "
      "وتلقى السوداني دعوة لزيارة موسكو.");
  CHECK(ms == std::vector<std::string>{"محمد شياع السوداني", "السوداني"});
  // after a noun it stays the adjective: الجيش السوداني
  ms = person_mentions(
      "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بلاده تدعم الحوار. "
      "وأعلن الجيش السوداني سيطرته على المدينة.");
  CHECK(ms == std::vector<std::string>{"محمد شياع السوداني"});
}

TEST_CASE("a known person's two-letter family name, first in the name, refers back", "[entities][names]") {
  // شي of شي جين بينغ; a two-letter part after the first word does not
  auto ms = person_mentions(
      "وافتتح الرئيس الصيني شي جين بينغ القمة. وترأس شي القمة بشكل مشترك مع الرئيس السنغالي باسيرو ديوماي فاي.");
  CHECK(ms == std::vector<std::string>{"شي جين بينغ", "شي", "باسيرو ديوماي فاي"});
  auto ms2 = person_mentions("وقال وزير الخارجية الصيني وانغ يي إن الصين تدعم الحوار. وأكد يي ذلك.");
  CHECK(ms2 == std::vector<std::string>{"وانغ يي"});
}

TEST_CASE("a nationality adjective after a given name and another is a family name", "[entities][names]") {
  // after a courtesy title and a name of two words: the family name, also
  // alone later, not the country
  auto ms = person_mentions(
      "وحضر اللقاء سعادة خالد سالم المصري مدير عام هيئة الموانئ. "
      "وقال المصري إن المشروع سيكتمل العام المقبل.");
  CHECK(ms == std::vector<std::string>{"خالد سالم المصري", "المصري"});
  // not after one word (الرئيس خالد المصري may be "the Egyptian") nor when
  // the name is no given name's
  ms = person_mentions("والتقى الوفد سعادة خالد المصري في القاهرة.");
  CHECK(ms == std::vector<std::string>{"خالد"});
}

TEST_CASE("a family name with the article closes a name of four names and more", "[entities][names]") {
  auto ms = person_mentions("وحضر الحفل معالي راشد بن حمد سالم عيسى الكتبي وزير الثقافة.");
  CHECK(ms == std::vector<std::string>{"راشد بن حمد سالم عيسى الكتبي"});
  // (a fifth name without the article does not: the name ends at four)
  ms = person_mentions("وحضر الحفل معالي راشد بن حمد سالم عيسى كتبي وزير الثقافة.");
  CHECK(ms == std::vector<std::string>{"راشد بن حمد سالم عيسى"});
}

TEST_CASE("after a verb of speech, a name of two words or more and a title without a comma", "[entities][names]") {
  auto ms = person_mentions("وقال خالد سعيد النعيمي مدير عام هيئة الموانئ إن العمل مستمر.");
  CHECK(ms == std::vector<std::string>{"خالد سعيد النعيمي"});
  // after a verb that takes an object, the titled words are the object
  ms = person_mentions("واستقبل خالد سعيد النعيمي مدير عام هيئة الموانئ في مكتبه.");
  CHECK(ms.empty());
}

TEST_CASE("the field of an office between the title and the name", "[entities][names]") {
  auto ms = person_mentions("ووقع الاتفاقية نائب المدير العام للعمليات يوسف عبدالعزيز البدر.");
  CHECK(ms == std::vector<std::string>{"يوسف عبدالعزيز البدر"});
  ms = person_mentions("وحضر نائب الأمين العام للشؤون السياسية والأمنية خالد سعيد النعيمي الاجتماع.");
  CHECK(ms == std::vector<std::string>{"خالد سعيد النعيمي"});
}

TEST_CASE("a field of the office in the construct state, and the offices of assistants", "[entities][names]") {
  // ل and a noun without the article that governs the next word
  auto ms = person_mentions("ووقع الاتفاقية نائب الرئيس التنفيذي لقطاع العمليات وليد سالم الشمري.");
  CHECK(ms == std::vector<std::string>{"وليد سالم الشمري"});
  ms = person_mentions("وشارك وكيل الوزارة المساعد للتخطيط خالد عبدالله الدوسري في الاجتماع.");
  CHECK(ms == std::vector<std::string>{"خالد عبدالله الدوسري"});
  ms = person_mentions("وشارك الوكيل المساعد للشؤون الفنية سالم حمد الكعبي في الاجتماع.");
  CHECK(ms == std::vector<std::string>{"سالم حمد الكعبي"});
  // (a noun no name follows is no field: the title stands alone)
  ms = person_mentions("وقال نائب الرئيس التنفيذي لقطاع العمليات إن العمل مستمر.");
  CHECK(ms.empty());
}

TEST_CASE("an office's body no list knows, between the office and a name", "[entities][names]") {
  auto g = run_article(kb_pipeline(), "والتقى الوزير المدير العام لهيئة الإذاعة الوطنية ناصر علي الهاجري في مكتبه.");
  CHECK(nodes_labelled(g, "ناصر علي الهاجري").size() == 1);
  CHECK(nodes_labelled(g, "هيئة الإذاعة الوطنية").size() == 1);
  // (no name after it: no body of this rule)
  g = run_article(kb_pipeline(), "والتقى الوزير المدير العام لهيئة الإذاعة الوطنية في مكتبه.");
  CHECK(nodes_labelled(g, "هيئة الإذاعة الوطنية").empty());
}

TEST_CASE("a name after a verb and its object, before an office and its body", "[entities][names]") {
  auto ms = person_mentions("وترأس الجلسة راشد حمد الشامسي المدير العام لوكالة الأنباء العمانية.");
  CHECK(ms == std::vector<std::string>{"راشد حمد الشامسي"});
  ms = person_mentions("وحضر اللقاء منصور سعيد الظاهري وزير الاقتصاد الإماراتي.");
  CHECK(ms == std::vector<std::string>{"منصور سعيد الظاهري"});
  // (an office with no body or country after it names no one here)
  ms = person_mentions("وحضر اللقاء منصور سعيد الظاهري المدير العام.");
  CHECK(ms.empty());
}

TEST_CASE("a team's coach before a name", "[entities][names]") {
  auto ms = person_mentions("وحضر المباراة الناخب الوطني سمير خالد الودغيري.");
  CHECK(ms == std::vector<std::string>{"سمير خالد الودغيري"});
  ms = person_mentions("وقال المدير الفني للمنتخب مراد علي الهاشمي إن الفريق جاهز.");
  CHECK(ms == std::vector<std::string>{"مراد علي الهاشمي"});
}

TEST_CASE("a weekday's name inside a name, when names also spell it", "[entities][names]") {
  // جمعة: Friday, and a father's name
  auto ms = person_mentions("ووقعها العضو المنتدب أحمد جمعة المنصوري عن المجموعة.");
  CHECK(ms == std::vector<std::string>{"أحمد جمعة المنصوري"});
  // أحد "one" (and Sunday) is no word of names
  ms = person_mentions("وقال إن الحاكم عاقب أحد موظفيه.");
  CHECK(ms.empty());
}

TEST_CASE("a family name that a time word also spells closes the name", "[entities][names]") {
  // الصباح: "the morning", and a family name
  auto ms = person_mentions("واستقبل الوزير الشيخ جابر ناصر السالم الصباح في مكتبه.");
  CHECK(ms == std::vector<std::string>{"جابر ناصر السالم الصباح"});
  // (as the first word, it is no name: صباح اليوم)
  ms = person_mentions("وقال الوزير صباح اليوم إن العمل مستمر.");
  CHECK(ms.empty());
}

TEST_CASE("a family name that a common word also spells continues the name", "[entities][names]") {
  // السليطي: not سليطي of the corpus's common words
  auto ms = person_mentions("وقع الاتفاقية سعادة فهد بن حمد السليطي المدير العام للصندوق.");
  CHECK(ms.front() == "فهد بن حمد السليطي");
}

TEST_CASE("an office with the pronoun of a body just named, before a name", "[entities][names]") {
  auto ms = person_mentions(
      "وأعلنت الشركة عن المشروع، وقال رئيسها التنفيذي محمد سالم الرمحي إن العمل مستمر، "
      "ووقعت عن الهيئة مديرتها العامة نور عزيزة إسماعيل.");
  CHECK(ms == std::vector<std::string>{"محمد سالم الرمحي", "نور عزيزة إسماعيل"});
}

TEST_CASE("a name after a verb with its object on it, or after و and another's titles", "[entities][names]") {
  // وقعها، حضرها: the object is the pronoun, the name is the subject
  auto ms = person_mentions("ووقعها ماجد منير العتوم مدير عام الصندوق وكوفي أمواه رئيس الهيئة.");
  CHECK(ms == std::vector<std::string>{"ماجد منير العتوم", "كوفي أمواه"});
  ms = person_mentions("وحضرها ناصر سالم الكعبي المدير العام للشركة، وبيتر هانسن الرئيس التنفيذي للمجموعة.");
  CHECK(ms == std::vector<std::string>{"ناصر سالم الكعبي", "بيتر هانسن"});
  // an adjective closing a given name and another is a family name there
  ms = person_mentions("وترأسها حمد سالم المصري وزير المالية.");
  CHECK(ms == std::vector<std::string>{"حمد سالم المصري"});
  // و and a noun after the titles is no second person
  ms = person_mentions("ووقعها ماجد منير العتوم مدير عام الصندوق والوفد المرافق له.");
  CHECK(ms == std::vector<std::string>{"ماجد منير العتوم"});
}

TEST_CASE("a profession and a nationality before a name, and ب with the article after one", "[entities][names]") {
  auto ms = person_mentions("وتشارك في الندوة الكاتبة المغربية سلمى بنعيسى والشاعر الأردني ماجد منير العتوم.");
  CHECK(ms == std::vector<std::string>{"سلمى بنعيسى", "ماجد منير العتوم"});
  // بالجائزة is "with the prize", no part of the name before it
  auto g = run_article(kb_pipeline(), "وفاز اللاعب الأردني ماجد منصور بالجائزة.");
  CHECK(nodes_labelled(g, "ماجد منصور").size() == 1);
  CHECK(nodes_labelled(g, "ماجد منصور بالجائزة").empty());
}

TEST_CASE("an article that ends on a title before any name", "[entities][names]") {
  // the titles' reader looked one token past the last (session 14's crash
  // on a corpus article ending with ... في العالم)
  for (const char* text : {"وقال إن الوفد ضم الكاتب", "ودخل قائمة المختفين في قائمة الصحفي", "ووصل وزير الخارجية"}) {
    CHECK_NOTHROW(run_article(kb_pipeline(), text));
    CHECK(person_mentions(text).empty());
  }
}
