/// Tokenizer: NFC, ICU sentence and word segmentation, keys, and offsets
/// back into the original text.

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "text/document.h"
#include "text/folder.h"
#include "text/tokenizer.h"

using khabar::text::Document;
using khabar::text::Folder;
using khabar::text::TokenKind;
using khabar::text::Tokenizer;

namespace {

const Tokenizer& tokenizer() {
  static const std::unique_ptr<Tokenizer> t = [] {
    auto f = Folder::load(std::string(KHABAR_DATA_DIR) + "/normalization/ar.tsv");
    if (!f.ok()) FAIL(f.status().to_string());
    auto tok = Tokenizer::create(f.value());
    if (!tok.ok()) FAIL(tok.status().to_string());
    return std::move(tok.value());
  }();
  return *t;
}

Document tokenize(const std::string& text) {
  Document doc;
  auto st = tokenizer().tokenize(text, doc);
  REQUIRE(st.ok());
  return doc;
}

std::vector<std::string> texts(const Document& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens().size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

std::vector<std::string> keys(const Document& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens().size(); ++i) out.emplace_back(doc.key(i));
  return out;
}

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences()) out.emplace_back(doc.slice(s.begin, s.end));
  return out;
}

/// The invariants document.h states, plus: for an NFC input, every token's
/// text is the original's bytes at its offsets, and only whitespace (or
/// dropped control/format characters, listed in `droppable`) lies between
/// tokens.
void check_invariants(const Document& doc) {
  const auto& toks = doc.tokens();
  const auto& sents = doc.sentences();
  uint32_t prev_end = 0;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    INFO("token " << i);
    CHECK(toks[i].begin < toks[i].end);
    CHECK(toks[i].begin >= prev_end);
    CHECK(toks[i].key_begin < toks[i].key_end);
    REQUIRE(toks[i].sentence < sents.size());
    const auto& s = sents[toks[i].sentence];
    CHECK(i >= s.token_begin);
    CHECK(i < s.token_end);
    CHECK(toks[i].begin >= s.begin);
    CHECK(toks[i].end <= s.end);
    prev_end = toks[i].end;
  }
  uint32_t next = 0;
  for (const auto& s : sents) {
    CHECK(s.token_begin == next);
    CHECK(s.token_end > s.token_begin);
    CHECK(s.begin == toks[s.token_begin].begin);
    CHECK(s.end == toks[s.token_end - 1].end);
    next = s.token_end;
  }
  CHECK(next == toks.size());
}

/// Offsets of `expected` tokens found in order in `text`, each after the
/// previous one.
std::vector<uint32_t> find_in_order(const std::string& text, const std::vector<std::string>& expected) {
  std::vector<uint32_t> out;
  size_t pos = 0;
  for (const auto& t : expected) {
    pos = text.find(t, pos);
    REQUIRE(pos != std::string::npos);
    out.push_back(static_cast<uint32_t>(pos));
    pos += t.size();
  }
  return out;
}

}  // namespace

TEST_CASE("Arabic sentences: tokens, keys, punctuation and sentence split", "[tokenize][ar]") {
  const std::string text =
      "زار وزير الخارجية الصيني وانغ يي بانكوك، والتقى نظيره التايلاندي. ثم توجه إلى شيانغ ماي.";
  Document doc = tokenize(text);
  check_invariants(doc);
  const std::vector<std::string> expected = {
      "زار",   "وزير",  "الخارجية", "الصيني", "وانغ", "يي",    "بانكوك", "،",   "والتقى",
      "نظيره", "التايلاندي", ".",   "ثم",     "توجه", "إلى",  "شيانغ",  "ماي", "."};
  CHECK(texts(doc) == expected);
  const std::vector<std::string> expected_keys = {
      "زار",   "وزير",  "الخارجيه", "الصيني", "وانغ", "يي",    "بانكوك", ",",   "والتقي",
      "نظيره", "التايلاندي", ".",   "ثم",     "توجه", "الي",  "شيانغ",  "ماي", "."};
  CHECK(keys(doc) == expected_keys);
  CHECK(sentences(doc) == std::vector<std::string>{
                              "زار وزير الخارجية الصيني وانغ يي بانكوك، والتقى نظيره التايلاندي.",
                              "ثم توجه إلى شيانغ ماي."});
  REQUIRE(doc.sentences().size() == 2);
  CHECK(doc.sentences()[0].token_end == 12);
  // Offsets: NFC input, so the text is the original and offsets are bytes.
  CHECK(doc.text() == doc.original());
  auto offsets = find_in_order(text, expected);
  for (uint32_t i = 0; i < doc.tokens().size(); ++i) {
    INFO("token " << i);
    CHECK(doc.tokens()[i].begin == offsets[i]);
    CHECK(doc.tokens()[i].end == offsets[i] + expected[i].size());
    CHECK(doc.to_original(doc.tokens()[i].begin) == offsets[i]);
  }
  for (uint32_t i : {7u, 11u, 17u}) CHECK(doc.tokens()[i].kind == TokenKind::kPunct);
  for (uint32_t i : {0u, 6u, 8u, 14u}) CHECK(doc.tokens()[i].kind == TokenKind::kWord);
}

TEST_CASE("English sentences: case-folded keys, hyphen kept as a token", "[tokenize][en]") {
  const std::string text =
      "Wang Yi met Don Pramudwinai in Bangkok on Friday. They discussed the Lancang-Mekong "
      "Cooperation!";
  Document doc = tokenize(text);
  check_invariants(doc);
  const std::vector<std::string> expected = {
      "Wang", "Yi",        "met", "Don",     "Pramudwinai", "in",     "Bangkok",     "on",  "Friday",
      ".",    "They",      "discussed", "the", "Lancang",  "-",      "Mekong", "Cooperation", "!"};
  CHECK(texts(doc) == expected);
  CHECK(keys(doc)[0] == "wang");
  CHECK(keys(doc)[13] == "lancang");
  CHECK(keys(doc)[16] == "cooperation");
  CHECK(doc.tokens()[14].kind == TokenKind::kPunct);
  CHECK(doc.key(14) == "-");
  CHECK(sentences(doc) == std::vector<std::string>{
                              "Wang Yi met Don Pramudwinai in Bangkok on Friday.",
                              "They discussed the Lancang-Mekong Cooperation!"});
  REQUIRE(doc.sentences().size() == 2);
  CHECK(doc.sentences()[0].token_end == 10);
  CHECK(doc.tokens()[1].begin == 5);  // "Yi"
  CHECK(doc.tokens()[1].end == 7);
}

TEST_CASE("mixed Arabic, Latin and digits in one sentence", "[tokenize][ar][en]") {
  const std::string text = "التقى وانغ يي (Wang Yi) في 16 أغسطس ٢٠٢٤.";
  Document doc = tokenize(text);
  check_invariants(doc);
  const std::vector<std::string> expected = {"التقى", "وانغ", "يي", "(",     "Wang",  "Yi",
                                             ")",     "في",   "16", "أغسطس", "٢٠٢٤", "."};
  CHECK(texts(doc) == expected);
  CHECK(keys(doc) == std::vector<std::string>{"التقي", "وانغ", "يي", "(", "wang", "yi", ")", "في",
                                              "16", "اغسطس", "2024", "."});
  CHECK(doc.sentences().size() == 1);
  CHECK(doc.tokens()[8].kind == TokenKind::kNumber);
  CHECK(doc.tokens()[10].kind == TokenKind::kNumber);
  CHECK(doc.tokens()[4].kind == TokenKind::kWord);
  CHECK(doc.tokens()[3].kind == TokenKind::kPunct);
  auto offsets = find_in_order(text, expected);
  for (uint32_t i = 0; i < doc.tokens().size(); ++i) CHECK(doc.tokens()[i].begin == offsets[i]);
}

TEST_CASE("a year range and a hyphenated name keep their hyphens as tokens", "[tokenize][ar]") {
  Document doc = tokenize("خطة العمل الخمسية لتعاون لانتسانغ-ميكونغ (2023-2027)");
  check_invariants(doc);
  CHECK(texts(doc) == std::vector<std::string>{"خطة", "العمل", "الخمسية", "لتعاون", "لانتسانغ", "-",
                                               "ميكونغ", "(", "2023", "-", "2027", ")"});
  CHECK(doc.tokens()[8].kind == TokenKind::kNumber);
  CHECK(doc.tokens()[9].kind == TokenKind::kPunct);
  CHECK(doc.tokens()[10].kind == TokenKind::kNumber);
}

TEST_CASE("newlines end sentences and sentences are numbered densely", "[tokenize][ar]") {
  Document doc = tokenize("\n\nالصين\n\n\nوتايلاند\n");
  check_invariants(doc);
  CHECK(texts(doc) == std::vector<std::string>{"الصين", "وتايلاند"});
  REQUIRE(doc.sentences().size() == 2);
  CHECK(doc.tokens()[0].sentence == 0);
  CHECK(doc.tokens()[1].sentence == 1);
}

TEST_CASE("empty and whitespace-only text give no tokens", "[tokenize]") {
  for (const char* text : {"", " ", "\n", " \t\r\n  \n", "\u00A0\u2003"}) {
    INFO("input: '" << text << "'");
    Document doc = tokenize(text);
    CHECK(doc.tokens().empty());
    CHECK(doc.sentences().empty());
    CHECK(doc.original() == text);
  }
}

TEST_CASE("control and format characters split or vanish, never become tokens", "[tokenize]") {
  struct Case {
    std::string input;
    std::vector<std::string> keys;
  };
  const Case cases[] = {
      {"الصين\x01\x02اليوم\x7F", {"الصين", "اليوم"}},         // C0 and DEL split words
      {"\x1B[31mred\x1B[0m", {"[", "31mred", "[", "0m"}},      // ESC dropped, the rest kept
      {"الصين\u200Bاليوم", {"الصين", "اليوم"}},               // ZWSP splits
      {"الص\u200Fين", {"الصين"}},                             // RLM inside a word: one token
      {"مي\u200Cخواهم", {"ميخواهم"}},                         // ZWNJ inside a word
      {"\uFEFFالصين", {"الصين"}},                             // BOM
      {"\u064E", {}},                                         // a lone mark: key empty, no token
      {"a\u0085b", {"a", "b"}},                               // NEL is whitespace
  };
  for (const auto& c : cases) {
    INFO("input: " << c.input);
    Document doc = tokenize(c.input);
    check_invariants(doc);
    CHECK(keys(doc) == c.keys);
  }
}

TEST_CASE("presentation forms stay as written and make a word token", "[tokenize][ar]") {
  // NFC does not apply compatibility mappings, so the word is unchanged.
  const std::string text = "\uFE8D\uFEDF\uFEBC\uFEF4\uFEE6";  // ﺍﻟﺼﻴﻦ
  Document doc = tokenize(text);
  REQUIRE(doc.tokens().size() == 1);
  CHECK(doc.tokens()[0].kind == TokenKind::kWord);
  CHECK(doc.token_text(0) == text);
  CHECK(doc.text() == doc.original());
}

TEST_CASE("non-NFC input: tokens index the NFC text and map back to the original", "[tokenize][ar]") {
  // "قال " + alef + combining hamza above (U+0627 U+0654) + "حمد اليوم".
  // Original bytes: قال␠ = 7, ا ٔ = 4 (7..11), حمد = 6 (11..17), ␠ (17),
  // اليوم = 10 (18..28). NFC composes U+0623: 2 bytes instead of 4.
  const std::string original = "قال \u0627\u0654حمد اليوم";
  REQUIRE(original.size() == 28);
  Document doc = tokenize(original);
  check_invariants(doc);
  CHECK(doc.original() == original);
  CHECK(doc.text() == "قال أحمد اليوم");
  CHECK(doc.text().size() == 26);
  CHECK(texts(doc) == std::vector<std::string>{"قال", "أحمد", "اليوم"});
  CHECK(keys(doc) == std::vector<std::string>{"قال", "احمد", "اليوم"});
  REQUIRE(doc.tokens().size() == 3);
  const auto& t = doc.tokens();
  CHECK(t[1].begin == 7);
  CHECK(t[1].end == 15);
  CHECK(t[2].begin == 16);
  CHECK(t[2].end == 26);
  struct Map {
    uint32_t norm, orig, code_points;
  };
  const Map maps[] = {
      {0, 0, 0},    {6, 6, 3},     // end of قال
      {7, 7, 4},                   // start of أ (start of the decomposed pair)
      {8, 7, 4},                   // inside the composed أ: start of the change
      {9, 11, 6},                  // ح: after the 4 original bytes, 6 code points
      {15, 17, 9},                 // end of أحمد
      {16, 18, 10},                // start of اليوم
      {26, 28, 15},                // end of text
  };
  for (const auto& m : maps) {
    INFO("norm " << m.norm);
    CHECK(doc.to_original(m.norm) == m.orig);
    CHECK(doc.code_point_offset(m.norm) == m.code_points);
  }
  // The original bytes of token 1 are the decomposed spelling.
  uint32_t b = doc.to_original(t[1].begin), e = doc.to_original(t[1].end);
  CHECK(original.substr(b, e - b) == "\u0627\u0654حمد");
  uint32_t b2 = doc.to_original(t[2].begin), e2 = doc.to_original(t[2].end);
  CHECK(original.substr(b2, e2 - b2) == "اليوم");
}

TEST_CASE("NFC input: to_original is the identity, code points are counted", "[tokenize][ar]") {
  const std::string text = "وانغ يي Wang";
  Document doc = tokenize(text);
  REQUIRE(doc.tokens().size() == 3);
  CHECK(doc.to_original(9) == 9);
  CHECK(doc.code_point_offset(0) == 0);
  CHECK(doc.code_point_offset(doc.tokens()[1].begin) == 5);   // after "وانغ "
  CHECK(doc.code_point_offset(doc.tokens()[2].begin) == 8);   // after "وانغ يي "
  CHECK(doc.code_point_offset(doc.tokens()[2].end) == 12);
}

TEST_CASE("marks are reordered by NFC but offsets still cover the original", "[tokenize][ar]") {
  // shadda (ccc 33) before fatha (ccc 30) is not canonical order: NFC swaps
  // them. The token's original bytes are the whole word as written.
  const std::string original = "مح\u0651\u064Eمد";
  Document doc = tokenize(original);
  REQUIRE(doc.tokens().size() == 1);
  CHECK(doc.text() == "مح\u064E\u0651مد");
  CHECK(doc.key(0) == "محمد");
  CHECK(doc.to_original(doc.tokens()[0].begin) == 0);
  CHECK(doc.to_original(doc.tokens()[0].end) == original.size());
  CHECK(doc.code_point_offset(doc.tokens()[0].end) == 6);
}

TEST_CASE("a document is reset by the next tokenize call", "[tokenize]") {
  Document doc;
  REQUIRE(tokenizer().tokenize("قال \u0627\u0654حمد", doc).ok());
  REQUIRE(tokenizer().tokenize("Wang Yi", doc).ok());
  CHECK(doc.original() == "Wang Yi");
  CHECK(doc.text() == "Wang Yi");
  CHECK(keys(doc) == std::vector<std::string>{"wang", "yi"});
  CHECK(doc.sentences().size() == 1);
}

TEST_CASE("code points of one to four bytes: tokens and sentences keep byte offsets", "[tokenize][ar][en]") {
  // ICU iterates in UTF-16 (a surrogate pair for 𝐀 and 😀): every boundary
  // still lands on the bytes of the text.
  struct Case {
    std::string input;
    std::vector<std::string> tokens;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"😀 الصين. 𝐀bc é!", {"😀", "الصين", ".", "𝐀bc", "é", "!"}, {"😀 الصين.", "𝐀bc é!"}},
      {"𠜎𠜱 قال: «نعم»", {"𠜎", "𠜱", "قال", ":", "«", "نعم", "»"}, {"𠜎𠜱 قال: «نعم»"}},
      {"a😀b", {"a", "😀", "b"}, {"a😀b"}},
  };
  for (const auto& c : cases) {
    Document doc = tokenize(c.input);
    INFO(c.input);
    CHECK(texts(doc) == c.tokens);
    CHECK(sentences(doc) == c.sentences);
  }
}

TEST_CASE("code point offsets count every code point before a byte offset", "[tokenize][ar][en]") {
  // counted eight bytes at a time, then byte by byte: check every token end
  // of texts longer than one block, with code points of one to four bytes
  for (const std::string text : {"وزير الخارجية السعودي 😀 Faisal bin Farhan 𝐀 é ت", "a b", "الصين والأردن"}) {
    Document doc = tokenize(text);
    INFO(text);
    for (const auto& t : doc.tokens()) {
      uint32_t expected = 0;
      for (uint32_t b = 0; b < t.end; ++b) expected += (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
      CHECK(doc.code_point_offset(t.end) == expected);
    }
  }
}
