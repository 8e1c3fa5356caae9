#include "eval/labels.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <vector>

#include "core/status.h"

namespace khabar::eval {
namespace {

/// The Unicode version of Python 3.11's `unicodedata` (score.py's reference
/// interpreter); characters ICU knows but this version does not are
/// unassigned for Python: left alone by NFKC and casefold, and `\W`.
constexpr uint8_t kReferenceUnicodeMajor = 14;
constexpr uint8_t kReferenceUnicodeMinor = 0;

/// True when `c` was assigned after the reference Unicode version.
bool is_newer_than_reference(UChar32 c) {
  if (u_charType(c) == U_UNASSIGNED) return false;
  UVersionInfo age;
  u_charAge(c, age);
  if (age[0] != kReferenceUnicodeMajor) return age[0] > kReferenceUnicodeMajor;
  return age[1] > kReferenceUnicodeMinor;
}

/// score.py's AR_DIACRITICS character class.
bool is_arabic_diacritic(UChar32 c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
         c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

/// score.py's AR_FOLD translation table.
UChar32 arabic_fold(UChar32 c) {
  switch (c) {
    case 0x0623:      // أ
    case 0x0625:      // إ
    case 0x0622:      // آ
    case 0x0671:      // ٱ
      return 0x0627;  // ا
    case 0x0649:      // ى
    case 0x0626:      // ئ
      return 0x064A;  // ي
    case 0x0629:      // ة
      return 0x0647;  // ه
    case 0x0624:      // ؤ
      return 0x0648;  // و
    default:
      return c;
  }
}

/// Python's `\w` minus `_`: `str.isalpha()` (general category L*) or
/// `str.isnumeric()` (any Numeric_Type, Unihan values included).
bool is_word_char(UChar32 c) {
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      break;
  }
  return u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

/// Decodes UTF-8 as `std::string` -> code points; an ill-formed sequence
/// becomes U+FFFD.
std::vector<UChar32> decode_utf8(std::string_view s) {
  std::vector<UChar32> out;
  out.reserve(s.size());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

void append_utf8(std::string& out, UChar32 c) {
  uint8_t buf[U8_MAX_LENGTH];
  int32_t len = 0;
  UBool error = 0;
  U8_APPEND(buf, len, U8_MAX_LENGTH, c, error);
  (void)error;  // `c` comes from ICU's UTF-16 and is a valid scalar value
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

}  // namespace

std::string normalise(std::string_view label) {
  // Characters newer than Python's tables act as boundaries that NFKC and
  // casefold leave alone and `\W` turns into a space: a space does the same.
  icu::UnicodeString text;
  for (UChar32 c : decode_utf8(label)) {
    text.append(is_newer_than_reference(c) ? UChar32{0x20} : c);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  KHABAR_ASSERT(U_SUCCESS(status));
  icu::UnicodeString folded = nfkc->normalize(text, status);
  KHABAR_ASSERT(U_SUCCESS(status));
  folded.foldCase(U_FOLD_CASE_DEFAULT);

  // Steps 2-4: tokens are the runs of word characters.
  std::vector<std::vector<UChar32>> tokens;
  bool in_token = false;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    UChar32 c = folded.char32At(i);
    if (is_arabic_diacritic(c)) continue;
    c = arabic_fold(c);
    if (!is_word_char(c)) {
      in_token = false;
      continue;
    }
    if (!in_token) tokens.emplace_back();
    in_token = true;
    tokens.back().push_back(c);
  }

  for (std::vector<UChar32>& tok : tokens) {
    if (tok.size() > 4 && tok[0] == 0x0627 && tok[1] == 0x0644) {
      tok.erase(tok.begin(), tok.begin() + 2);  // the article "ال"
    }
  }
  const std::vector<UChar32> kThe = {'t', 'h', 'e'};
  size_t first = (!tokens.empty() && tokens[0] == kThe) ? 1 : 0;

  std::string out;
  for (size_t t = first; t < tokens.size(); ++t) {
    if (t > first) out += ' ';
    for (UChar32 c : tokens[t]) append_utf8(out, c);
  }
  return out;
}

double similarity(const std::set<std::string>& a_labels,
                  const std::set<std::string>& b_labels) {
  auto split = [](const std::string& s) {
    std::set<std::string_view> out;
    size_t pos = 0;
    while (pos <= s.size()) {
      size_t end = s.find(' ', pos);
      if (end == std::string::npos) end = s.size();
      if (end > pos) out.emplace(s.data() + pos, end - pos);
      pos = end + 1;
    }
    return out;
  };
  double best = 0.0;
  for (const std::string& a : a_labels) {
    if (a.empty()) continue;
    for (const std::string& b : b_labels) {
      if (b.empty()) continue;
      if (a == b) return 1.0;
    }
  }
  for (const std::string& a : a_labels) {
    if (a.empty()) continue;
    const std::set<std::string_view> ta = split(a);
    for (const std::string& b : b_labels) {
      if (b.empty()) continue;
      const std::set<std::string_view> tb = split(b);
      size_t common = 0;
      for (std::string_view t : ta) common += tb.contains(t) ? 1 : 0;
      const size_t all = ta.size() + tb.size() - common;
      const double jac = static_cast<double>(common) / static_cast<double>(all);
      if (jac >= 0.6) {
        const double score = 0.5 + 0.4 * jac;
        if (score > best) best = score;
      }
    }
  }
  return best;
}

}  // namespace khabar::eval
