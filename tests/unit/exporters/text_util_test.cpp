#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "exporters/text_util.h"

namespace ex = khabar::exporters;

TEST_CASE("rdf_text keeps what XML 1.0 allows", "[exporters][text]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"", ""},
      {"   ", "   "},
      {"\t\n\r", "\t\n\r"},                               // allowed controls kept
      {std::string("a\0b\x01\x08\x0B\x0C\x0E\x1F", 10), "ab"},  // the others dropped
      {"\x7F\xC2\x85", "\x7F\xC2\x85"},                      // DEL and C1 are XML chars
      {"\xEF\xBF\xBE\xEF\xBF\xBFx", "x"},                    // U+FFFE, U+FFFF
      {"\xE2\x80\x8F", "\xE2\x80\x8F"},                      // RTL mark kept
      {"\xFF", "\xEF\xBF\xBD"},                               // invalid byte -> U+FFFD
      {"\xEF\xBA\x8D\xD9\x84", "\xEF\xBA\x8D\xD9\x84"},  // presentation form, Arabic
      {"mixed عربي", "mixed عربي"},
      // What needs filtering at the start, in the middle, at the end of
      // otherwise clean text (the clean part is copied in one piece).
      {"\x01وانغ", "وانغ"},
      {"وانغ\x01يي", "وانغيي"},
      {"وانغ يي\xFF", "وانغ يي\xEF\xBF\xBD"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(ex::rdf_text(c.in) == c.out);
  }
}

TEST_CASE("valid_utf8 repairs ill-formed input and drops NUL", "[exporters][text]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"", ""},
      {"   ", "   "},
      {"abc", "abc"},
      {"وانغ يي", "وانغ يي"},
      {"mixed وانغ Wang", "mixed وانغ Wang"},
      {std::string("a\0b", 3), "ab"},
      {"\xFF", "\xEF\xBF\xBD"},
      {"a\xC3", "a\xEF\xBF\xBD"},                  // truncated sequence
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},    // overlong '/'
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // surrogate
      {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // > U+10FFFF
      {"\xEF\xBA\x8D", "\xEF\xBA\x8D"},            // presentation form kept
      {"\x01\x1F\x7F", "\x01\x1F\x7F"},            // controls kept (writers escape them)
      {"وانغ\xC3", "وانغ\xEF\xBF\xBD"},            // bad byte after clean text
      {std::string("وانغ\0", 9), "وانغ"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(ex::valid_utf8(c.in) == c.out);
  }
}

TEST_CASE("percent_encode_iri encodes what IRIs forbid", "[exporters][text]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"", ""},
      {"https://x.org/a/b#c?d=e&f", "https://x.org/a/b#c?d=e&f"},
      {"a b", "a%20b"},
      {"<>\"{}|^`\\", "%3C%3E%22%7B%7D%7C%5E%60%5C"},
      {"\n\t\x01\x7F", "%0A%09%01%7F"},
      {"100%", "100%25"},
      {"%2F%zz", "%2F%25zz"},
      {"وانغ", "وانغ"},                            // ucschar kept
      {"a\xE2\x80\x8F" "b", "a%E2%80%8Fb"},         // RLM forbidden in IRIs
      {"\xEF\xBF\xBE", "%EF%BF%BE"},                // U+FFFE is no ucschar
      {"\xC2\x85", "%C2%85"},                       // C1 control
      {"\xFF", "%FF"},                              // stray byte
      {"rel.", "rel%2E"},                           // no final dot
      {"a.b", "a.b"},
      // After a clean prefix (copied as it is) or a clean IRI ending in '.'.
      {"https://x/وانغ يي", "https://x/وانغ%20يي"},
      {"https://x/وانغ.", "https://x/وانغ%2E"},
      {"https://x/a%41%4", "https://x/a%41%254"},
      {"https://x/a%4", "https://x/a%254"},
      {"https://x/وانغ\xE2\x80\x8F", "https://x/وانغ%E2%80%8F"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(ex::percent_encode_iri(c.in) == c.out);
  }
}

TEST_CASE("absolute_iri resolves names without a scheme against the base", "[exporters][text]") {
  CHECK(ex::has_hierarchical_scheme("https://x/"));
  CHECK(ex::has_hierarchical_scheme("urn:isbn:1"));
  CHECK_FALSE(ex::has_hierarchical_scheme("urn:"));
  CHECK_FALSE(ex::has_hierarchical_scheme("kh:Person"));
  CHECK_FALSE(ex::has_hierarchical_scheme("entity/x"));
  CHECK_FALSE(ex::has_hierarchical_scheme(""));
  CHECK_FALSE(ex::has_hierarchical_scheme("1http://x"));
  CHECK(ex::absolute_iri("http://a/b c", "http://base/") == "http://a/b%20c");
  CHECK(ex::absolute_iri("x y", "http://base/") == "http://base/x%20y");
  CHECK(ex::absolute_iri("kh:Person", "http://base/") == "http://base/kh:Person");
}

TEST_CASE("normalise_language keeps well-formed BCP 47 tags, lower-cased", "[exporters][text]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"ar", "ar"},          {"EN", "en"},         {"en-GB", "en-gb"},
      {"ar-Latn-t-ar", "ar-latn-t-ar"},             {"zh_Hant", "zh-hant"},
      {"", ""},              {"en-", ""},          {"-en", ""},
      {"en--gb", ""},        {"not a tag!", ""},   {"1en", ""},
      {"abcdefghi", ""},     {"ar\n", ""},         {"en-123456789", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(ex::normalise_language(c.in) == c.out);
  }
}

TEST_CASE("is_iso_date accepts real dates only", "[exporters][text]") {
  CHECK(ex::is_iso_date("2024-08-16"));
  CHECK(ex::is_iso_date("2024-02-29"));
  CHECK(ex::is_iso_date("2000-02-29"));
  CHECK_FALSE(ex::is_iso_date("1900-02-29"));
  CHECK_FALSE(ex::is_iso_date("2023-02-29"));
  CHECK_FALSE(ex::is_iso_date("2024-13-01"));
  CHECK_FALSE(ex::is_iso_date("2024-04-31"));
  CHECK_FALSE(ex::is_iso_date("2024-8-16"));
  CHECK_FALSE(ex::is_iso_date("2024-08-16T00"));
  CHECK_FALSE(ex::is_iso_date(""));
  CHECK_FALSE(ex::is_iso_date("٢٠٢٤-٠٨-١٦"));
}

TEST_CASE("format_decimal gives 2-3 decimals whatever the value", "[exporters][text]") {
  struct Case {
    double in;
    std::string out;
  };
  const Case cases[] = {
      {0.9, "0.90"},   {0.875, "0.875"}, {1.0, "1.00"},  {0.0, "0.00"},
      {0.333333, "0.333"}, {0.25, "0.25"}, {0.1234, "0.123"}, {-0.0, "0.00"},
      {std::numeric_limits<double>::quiet_NaN(), "0.00"},
      {std::numeric_limits<double>::infinity(), "0.00"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(ex::format_decimal(c.in) == c.out);
  }
}

TEST_CASE("xml_escape escapes markup and drops what XML 1.0 forbids", "[exporters][text]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"", ""},
      {"a & b < c > d \" e ' f", "a &amp; b &lt; c &gt; d &quot; e &apos; f"},
      {"line1\nline2\ttab", "line1\nline2\ttab"},
      {"cr\r", "cr&#13;"},
      {std::string("\0\x01\x08\x0B\x0C\x0E\x1F", 7), ""},
      {"\xEF\xBF\xBE\xEF\xBF\xBF", ""},             // U+FFFE U+FFFF
      {"\xFF", "\xEF\xBF\xBD"},
      {"\xE2\x80\x8F" "وانغ", "\xE2\x80\x8F" "وانغ"},  // RLM is a legal character
      {"\"]->(x) DETACH DELETE x //", "&quot;]-&gt;(x) DETACH DELETE x //"},
      {"clean وانغ text", "clean وانغ text"},
      {"وانغ & يي", "وانغ &amp; يي"},
      {"وانغ\r", "وانغ&#13;"},
      {"وانغ\xEF\xBF\xBD", "وانغ\xEF\xBF\xBD"},      // U+FFFD as given
      {"وانغ\xFF", "وانغ\xEF\xBF\xBD"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(ex::xml_escape(c.in) == c.out);
  }
}

TEST_CASE("fnv1a_64 and hex16 match the reference values", "[exporters][text]") {
  CHECK(ex::hex16(ex::fnv1a_64("")) == "cbf29ce484222325");
  CHECK(ex::hex16(ex::fnv1a_64("a")) == "af63dc4c8601ec8c");
  CHECK(ex::hex16(ex::fnv1a_64("foobar")) == "85944171f73967e8");
  CHECK(ex::hex16(0) == "0000000000000000");
}
