#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace khabar::text {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

/// The UTF-16 form of valid UTF-8 `text` in `utf16`, and in `byte_of` the
/// byte offset of each UTF-16 offset (a code point boundary; the second
/// unit of a surrogate pair gets its pair's) and of the end. False (and
/// nothing usable) when `text` is not valid UTF-8.
bool to_utf16(std::string_view text, std::vector<char16_t>& utf16, std::vector<uint32_t>& byte_of) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  utf16.resize(text.size());  // never more units than bytes
  byte_of.resize(text.size() + 1);
  size_t u = 0;
  for (int32_t i = 0; i < n;) {
    const uint8_t lead = s[i];
    if (lead < 0x80) {  // ASCII
      utf16[u] = lead;
      byte_of[u++] = static_cast<uint32_t>(i++);
      continue;
    }
    if (lead >= 0xC2 && lead < 0xE0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {  // two bytes (Arabic)
      utf16[u] = static_cast<char16_t>(((lead & 0x1F) << 6) | (s[i + 1] & 0x3F));
      byte_of[u++] = static_cast<uint32_t>(i);
      i += 2;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
    if (c <= 0xFFFF) {
      utf16[u] = static_cast<char16_t>(c);
      byte_of[u++] = static_cast<uint32_t>(start);
    } else {
      utf16[u] = U16_LEAD(c);
      byte_of[u++] = static_cast<uint32_t>(start);
      utf16[u] = U16_TRAIL(c);
      byte_of[u++] = static_cast<uint32_t>(start);
    }
  }
  byte_of[u] = static_cast<uint32_t>(n);
  utf16.resize(u);
  byte_of.resize(u + 1);
  return true;
}

}  // namespace

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> sentences;
  const icu::Normalizer2* nfc = nullptr;
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;

Expected<std::unique_ptr<Tokenizer>> Tokenizer::create(Folder folder) {
  std::unique_ptr<Tokenizer> t(new Tokenizer());
  UErrorCode st = U_ZERO_ERROR;
  t->impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  t->impl_->sentences.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), st));
  t->impl_->nfc = icu::Normalizer2::getNFCInstance(st);
  if (U_FAILURE(st)) {
    return Status(ErrorCode::kInternal, std::string("ICU break iterators: ") + u_errorName(st));
  }
  t->folder_ = std::move(folder);
  return t;
}

uint32_t Document::to_original(uint32_t norm) const {
  if (normalized_.empty()) return norm;
  if (norm >= norm_to_orig_.size()) return static_cast<uint32_t>(original_.size());
  return norm_to_orig_[norm];
}

uint32_t Document::code_point_offset(uint32_t norm) const {
  const size_t end = std::min<size_t>(to_original(norm), original_.size());
  // Code points are the bytes that are not continuation bytes (10xxxxxx),
  // counted eight at a time.
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  uint32_t cps = 0;
  size_t i = 0;
  for (; i + 8 <= end; i += 8) {
    uint64_t w;
    std::memcpy(&w, original_.data() + i, sizeof w);
    const uint64_t continuation = w & ~(w << 1) & kHighBits;  // bit 7 set, bit 6 clear
    cps += 8 - static_cast<uint32_t>(std::popcount(continuation));
  }
  for (; i < end; ++i) {
    if ((static_cast<unsigned char>(original_[i]) & 0xC0) != 0x80) ++cps;
  }
  return cps;
}

void Document::reset(std::string original) {
  original_ = std::move(original);
  normalized_.clear();
  norm_to_orig_.clear();
  keys_.clear();
  tokens_.clear();
  sentences_.clear();
}

Status Tokenizer::tokenize(std::string utf8, Document& doc) const {
  if (utf8.size() >= static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    return Status(ErrorCode::kTooLarge, "article too large");
  }
  doc.reset(std::move(utf8));
  UErrorCode st = U_ZERO_ERROR;
  const std::string& orig = doc.original_;
  icu::StringPiece piece(orig.data(), static_cast<int32_t>(orig.size()));
  if (!impl_->nfc->isNormalizedUTF8(piece, st)) {
    icu::Edits edits;
    icu::StringByteSink<std::string> sink(&doc.normalized_);
    st = U_ZERO_ERROR;
    impl_->nfc->normalizeUTF8(0, piece, sink, &edits, st);
    if (U_FAILURE(st)) return Status(ErrorCode::kInternal, "NFC normalisation failed");
    doc.norm_to_orig_.assign(doc.normalized_.size() + 1, static_cast<uint32_t>(orig.size()));
    auto it = edits.getFineIterator();
    while (it.next(st)) {
      for (int32_t k = 0; k < it.newLength(); ++k) {
        int32_t src = it.sourceIndex() + (it.hasChange() ? 0 : k);
        doc.norm_to_orig_[static_cast<size_t>(it.destinationIndex() + k)] = static_cast<uint32_t>(src);
      }
    }
  }
  st = U_ZERO_ERROR;
  const std::string& text = doc.text();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto n = static_cast<int32_t>(text.size());
  // The break iterators run over the text in UTF-16, ICU's own form (its
  // UTF-8 text access converts chunk by chunk, the larger part of the
  // cost); boundaries are mapped back to bytes through a table made with
  // the conversion. Invalid UTF-8 is iterated as UTF-8.
  std::vector<char16_t> utf16;
  std::vector<uint32_t> byte_of_utf16;
  const bool as_utf16 = to_utf16(text, utf16, byte_of_utf16);
  std::unique_ptr<UText, UTextCloser> ut(
      as_utf16 ? utext_openUChars(nullptr, utf16.data(), static_cast<int64_t>(utf16.size()), &st)
               : utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &st));
  std::unique_ptr<icu::BreakIterator> words(impl_->words->clone());
  std::unique_ptr<icu::BreakIterator> sents(impl_->sentences->clone());
  words->setText(ut.get(), st);
  sents->setText(ut.get(), st);
  if (U_FAILURE(st)) return Status(ErrorCode::kInternal, std::string("ICU: ") + u_errorName(st));
  auto byte_of = [&](int32_t b) {
    return as_utf16 && b != icu::BreakIterator::DONE ? static_cast<int32_t>(byte_of_utf16[static_cast<size_t>(b)]) : b;
  };

  // Sentence boundaries first, then tokens assigned to them in order.
  std::vector<uint32_t> sentence_ends;
  for (int32_t e = sents->next(); e != icu::BreakIterator::DONE; e = sents->next()) {
    sentence_ends.push_back(static_cast<uint32_t>(byte_of(e)));
  }
  uint32_t sentence = 0;
  int32_t start = byte_of(words->first());
  for (int32_t end = byte_of(words->next()); end != icu::BreakIterator::DONE;
       start = end, end = byte_of(words->next())) {
    int32_t status = words->getRuleStatus();
    UChar32 first;
    int32_t i = start;
    U8_NEXT(s, i, n, first);
    TokenKind kind;
    if (status >= UBRK_WORD_NONE_LIMIT) {
      kind = (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) ? TokenKind::kNumber
                                                                              : TokenKind::kWord;
    } else {
      if (u_isUWhiteSpace(first) || u_charType(first) == U_CONTROL_CHAR ||
          u_charType(first) == U_FORMAT_CHAR) {
        continue;
      }
      kind = TokenKind::kPunct;
    }
    auto emit = [&](uint32_t b, uint32_t e, TokenKind k) {
      Token tok;
      tok.begin = b;
      tok.end = e;
      while (sentence + 1 < sentence_ends.size() && tok.begin >= sentence_ends[sentence]) ++sentence;
      tok.sentence = sentence;
      tok.kind = k;
      tok.key_begin = static_cast<uint32_t>(doc.keys_.size());
      folder_.fold(std::string_view(text).substr(tok.begin, tok.end - tok.begin), doc.keys_);
      tok.key_end = static_cast<uint32_t>(doc.keys_.size());
      if (tok.key_end == tok.key_begin) return;  // only marks: nothing to match
      doc.tokens_.push_back(tok);
    };
    // ICU keeps the low line inside a word (#عمر_البشير, a hashtag): it
    // separates words here, as a punctuation token of its own.
    auto b = static_cast<uint32_t>(start);
    if (kind == TokenKind::kWord) {
      for (auto q = static_cast<uint32_t>(start); q < static_cast<uint32_t>(end); ++q) {
        if (s[q] != '_') continue;
        if (q > b) emit(b, q, TokenKind::kWord);
        emit(q, q + 1, TokenKind::kPunct);
        b = q + 1;
      }
    }
    if (b < static_cast<uint32_t>(end)) emit(b, static_cast<uint32_t>(end), kind);
  }
  // Sentences that hold tokens, renumbered densely.
  uint32_t prev = UINT32_MAX;
  for (uint32_t t = 0; t < doc.tokens_.size(); ++t) {
    Token& tok = doc.tokens_[t];
    if (tok.sentence != prev) {
      prev = tok.sentence;
      Sentence sn;
      sn.token_begin = t;
      sn.begin = tok.begin;
      doc.sentences_.push_back(sn);
    }
    tok.sentence = static_cast<uint32_t>(doc.sentences_.size() - 1);
    doc.sentences_.back().token_end = t + 1;
    doc.sentences_.back().end = tok.end;
  }
  return {};
}

}  // namespace khabar::text
