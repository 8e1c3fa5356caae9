#pragma once
/// \file document.h
/// `Document`: one article's text after normalisation, cut into sentences
/// and tokens, each token with a folded matching key.
///
/// Lifetime: tokens and sentences refer to the document's own buffers by
/// offset; string views returned by the accessors live as long as the
/// document and are invalidated when it is reset.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::text {

enum class TokenKind : uint8_t {
  kWord,    ///< letters (any script)
  kNumber,  ///< digits
  kPunct,   ///< punctuation and symbols
};

/// A token: half-open byte ranges into `Document::text` and `Document::keys`.
struct Token {
  uint32_t begin = 0, end = 0;          ///< bytes in the (NFC) text
  uint32_t key_begin = 0, key_end = 0;  ///< bytes in the key buffer
  uint32_t sentence = 0;                ///< index into `Document::sentences`
  TokenKind kind = TokenKind::kWord;
  bool operator==(const Token&) const = default;
};

/// A sentence: its tokens [token_begin, token_end) and bytes [begin, end).
struct Sentence {
  uint32_t token_begin = 0, token_end = 0;
  uint32_t begin = 0, end = 0;
};

/// Invariants: tokens sorted by `begin`, never overlapping; every token lies
/// inside its sentence; sentences cover the tokens in order.
class Document {
 public:
  /// Clears everything and takes `original` as the article text.
  void reset(std::string original);

  const std::string& original() const { return original_; }
  /// The NFC text that tokens index (== original() when it was NFC already).
  const std::string& text() const { return normalized_.empty() ? original_ : normalized_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }

  std::string_view token_text(uint32_t i) const {
    const Token& t = tokens_[i];
    return std::string_view(text()).substr(t.begin, t.end - t.begin);
  }
  std::string_view key(uint32_t i) const {
    const Token& t = tokens_[i];
    return std::string_view(keys_).substr(t.key_begin, t.key_end - t.key_begin);
  }
  std::string_view slice(uint32_t begin, uint32_t end) const {
    return std::string_view(text()).substr(begin, end - begin);
  }

  /// Byte offset in the original text of byte `norm` of text().
  uint32_t to_original(uint32_t norm) const;
  /// Code-point offset in the original text of byte `norm` of text().
  uint32_t code_point_offset(uint32_t norm) const;

 private:
  friend class Tokenizer;
  std::string original_;
  std::string normalized_;              ///< empty when the original is NFC
  std::vector<uint32_t> norm_to_orig_;  ///< byte map, only when normalised
  std::string keys_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
};

}  // namespace khabar::text
