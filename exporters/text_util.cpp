#include "exporters/text_util.h"

#include <array>
#include <charconv>
#include <cmath>

namespace khabar::exporters {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char kHex[] = "0123456789ABCDEF";

/// Decodes one UTF-8 sequence at `s[i]`. Returns its length (1-4) and sets
/// `cp`, or returns 0 when the bytes at `i` are not a well-formed sequence
/// (overlong forms, surrogates and values above U+10FFFF are ill-formed).
size_t decode_utf8(std::string_view s, size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1FU;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0FU;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07U;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3FU);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void append_percent(std::string& out, unsigned char b) {
  out += '%';
  out += kHex[b >> 4];
  out += kHex[b & 0x0F];
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// RFC 3987 `ucschar`, minus the bidi formatting characters that section 4.1
/// forbids in IRIs (LRM, RLM, LRE..RLO and the isolates).
bool is_iri_ucschar(char32_t cp) {
  if (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2066 && cp <= 0x2069)) {
    return false;
  }
  if ((cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
      (cp >= 0xFDF0 && cp <= 0xFFEF)) {
    return true;
  }
  // Planes 1 to 14, except each plane's last two code points.
  return cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD;
}

/// ASCII characters an IRI may hold as they are (RFC 3987 `iunreserved`,
/// `gen-delims`, `sub-delims`; `%` is handled by the caller).
constexpr bool is_iri_ascii(unsigned char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '<': case '>': case '"': case '{': case '}': case '|':
    case '^': case '`': case '\\':
      return false;
    default:
      return true;
  }
}

constexpr bool is_xml_char(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}
constexpr auto kXmlChar = [](char32_t cp) { return is_xml_char(cp); };

/// The code point of a well-formed two-byte sequence at `s[i]` (U+0080 to
/// U+07FF: Arabic, among others), or 0 when there is none. What
/// `decode_utf8` gives for it, without the general case's checks.
char32_t two_byte_at(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0xC2 || b0 > 0xDF || i + 1 >= s.size()) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if ((b1 & 0xC0) != 0x80) return 0;
  return static_cast<char32_t>((b0 & 0x1FU) << 6 | (b1 & 0x3FU));
}

/// The length of the longest prefix of `s` that is well-formed UTF-8 whose
/// code points `keep` all accepts (U+0000 never): what `filter_utf8` and
/// `xml_escape` copy as it is. Most text is clean, and checking is cheaper
/// than copying a code point at a time.
template <typename Keep>
size_t clean_prefix(std::string_view s, Keep keep) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == 0 || !keep(static_cast<char32_t>(b))) return i;
      ++i;
      continue;
    }
    if (const char32_t cp2 = two_byte_at(s, i); cp2 != 0) {
      if (!keep(cp2)) return i;
      i += 2;
      continue;
    }
    char32_t cp = 0;
    const size_t len = decode_utf8(s, i, cp);
    if (len == 0 || !keep(cp)) return i;
    i += len;
  }
  return i;
}

/// `s` with invalid bytes replaced by U+FFFD and the code points `keep`
/// refuses dropped.
template <typename Keep>
std::string filter_utf8(std::string_view s, Keep keep) {
  size_t i = clean_prefix(s, keep);
  if (i == s.size()) return std::string(s);
  std::string out;
  out.reserve(s.size());
  out.append(s.substr(0, i));
  while (i < s.size()) {
    char32_t cp = 0;
    const size_t len = decode_utf8(s, i, cp);
    if (len == 0) {
      append_utf8(out, kReplacement);
      ++i;
      continue;
    }
    if (cp != 0 && keep(cp)) out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

std::string valid_utf8(std::string_view s) {
  return filter_utf8(s, [](char32_t) { return true; });
}

std::string rdf_text(std::string_view s) { return filter_utf8(s, kXmlChar); }

bool is_rdf_text(std::string_view s) { return clean_prefix(s, kXmlChar) == s.size(); }

namespace {

/// The length of the longest prefix of `s` that `percent_encode_iri` keeps
/// as it is (most IRIs are already clean: checking is cheaper than copying).
size_t iri_clean_prefix(std::string_view s) {
  static constexpr auto kKept = [] {
    std::array<bool, 128> kept{};
    for (unsigned char c = 0; c < 128; ++c) kept[c] = c != '%' && is_iri_ascii(c);
    return kept;
  }();
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80 && kKept[b]) {
      ++i;
      continue;
    }
    if (b == '%') {
      if (i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
        i += 3;
        continue;
      }
      return i;
    }
    if (b < 0x80) return i;
    if (const char32_t cp2 = two_byte_at(s, i); cp2 != 0) {
      if (!is_iri_ucschar(cp2)) return i;
      i += 2;
      continue;
    }
    char32_t cp = 0;
    const size_t len = decode_utf8(s, i, cp);
    if (len == 0 || !is_iri_ucschar(cp)) return i;
    i += len;
  }
  return i;
}

}  // namespace

std::string percent_encode_iri(std::string_view s) {
  size_t i = iri_clean_prefix(s);
  if (i == s.size() && !s.ends_with('.')) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  out.append(s.substr(0, i));
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == '%') {
      if (i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
        out.append(s.substr(i, 3));
        i += 3;
      } else {
        append_percent(out, b);
        ++i;
      }
      continue;
    }
    if (b < 0x80) {
      if (is_iri_ascii(b)) {
        out += static_cast<char>(b);
      } else {
        append_percent(out, b);
      }
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t len = decode_utf8(s, i, cp);
    if (len == 0) {
      append_percent(out, b);  // a stray byte: keep its value, as URIs do
      ++i;
      continue;
    }
    if (is_iri_ucschar(cp)) {
      out.append(s.substr(i, len));
    } else {
      for (size_t k = 0; k < len; ++k) {
        append_percent(out, static_cast<unsigned char>(s[i + k]));
      }
    }
    i += len;
  }
  // Turtle's PN_LOCAL cannot end with '.', yet Raptor's Turtle writer would
  // abbreviate such an IRI to a prefixed name ending in '.', which no parser
  // reads; %2E keeps every writer's output valid (and all of them equal).
  if (out.ends_with('.')) {
    out.pop_back();
    out += "%2E";
  }
  return out;
}

bool has_hierarchical_scheme(std::string_view s) {
  if (s.empty() || !is_alpha(s[0])) return false;
  size_t i = 1;
  while (i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' ||
                          s[i] == '-' || s[i] == '.')) {
    ++i;
  }
  if (i >= s.size() || s[i] != ':') return false;
  if (s.substr(i + 1).starts_with("//")) return true;
  std::string scheme(s.substr(0, i));
  for (auto& c : scheme) c = static_cast<char>(c | 0x20);
  return scheme == "urn" && i + 1 < s.size();
}

std::string absolute_iri(std::string_view raw, std::string_view base) {
  if (has_hierarchical_scheme(raw)) return percent_encode_iri(raw);
  return percent_encode_iri(base) + percent_encode_iri(raw);
}

std::string normalise_language(std::string_view tag) {
  if (tag.empty() || tag.size() > 64) return {};
  std::string out;
  out.reserve(tag.size());
  size_t subtag_len = 0;
  bool first = true;
  for (char c : tag) {
    if (c == '-' || c == '_') {
      if (subtag_len == 0) return {};
      out += '-';
      subtag_len = 0;
      first = false;
      continue;
    }
    if (!(is_alpha(c) || (!first && is_digit(c)))) return {};
    if (++subtag_len > 8) return {};
    out += is_alpha(c) ? static_cast<char>(c | 0x20) : c;
  }
  if (subtag_len == 0) return {};
  return out;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(s[i])) return false;
  }
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const int year = num(0, 4);
  const int month = num(5, 2);
  const int day = num(8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = kDays[static_cast<size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

std::string format_decimal(double value) {
  if (!std::isfinite(value)) value = 0;
  std::array<char, 64> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value,
                                 std::chars_format::fixed, 3);
  if (ec != std::errc()) return "0.00";
  std::string out(buf.data(), end);
  if (out.ends_with('0')) out.pop_back();  // keep at least two decimals
  if (out == "-0.00") out = "0.00";
  return out;
}

std::string xml_escape(std::string_view s) {
  // Characters that are kept as they are: XML characters other than the
  // five that are escaped, CR and U+FFFD (which stands for invalid bytes).
  auto plain = [](char32_t cp) {
    return is_xml_char(cp) && cp != '&' && cp != '<' && cp != '>' && cp != '"' &&
           cp != '\'' && cp != '\r' && cp != kReplacement;
  };
  size_t i = clean_prefix(s, plain);
  if (i == s.size()) return std::string(s);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  out.append(s.substr(0, i));
  while (i < s.size()) {
    char32_t cp = 0;
    size_t len = decode_utf8(s, i, cp);
    if (len == 0) {
      cp = kReplacement;
      len = 1;
    }
    const std::string_view bytes = s.substr(i, len);
    i += len;
    if (!is_xml_char(cp)) continue;
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      case kReplacement: append_utf8(out, kReplacement); break;
      default: out.append(bytes);
    }
  }
  return out;
}

uint64_t fnv1a_64(std::string_view s) {
  uint64_t h = 14695981039346656037ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex16(uint64_t v) {
  static constexpr char kLower[] = "0123456789abcdef";
  std::string out(16, '0');
  for (size_t i = 0; i < 16; ++i) {
    out[15 - i] = kLower[v & 0xF];
    v >>= 4;
  }
  return out;
}

}  // namespace khabar::exporters
