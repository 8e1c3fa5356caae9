#pragma once
/// \file tokenizer.h
/// `Tokenizer`: ICU NFC normalisation, sentence and word segmentation, and a
/// folded key per token (see `Folder`).
///
/// Thread safety: immutable after construction; `tokenize` is const and may
/// be called from several threads at once (each call uses its own ICU
/// break iterators, cloned from the prototypes).

#include <memory>
#include <string>

#include "core/status.h"
#include "text/document.h"
#include "text/folder.h"

namespace khabar::text {

class Tokenizer {
 public:
  /// Builds ICU break iterators (root locale rules). `folder` is copied.
  static Expected<std::unique_ptr<Tokenizer>> create(Folder folder);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  /// Replaces `doc`'s content with `utf8` normalised and tokenised.
  /// Requires: `utf8` is valid UTF-8 and shorter than 2^31 bytes.
  /// Ensures: every token and sentence maps back to the original text.
  Status tokenize(std::string utf8, Document& doc) const;

  const Folder& folder() const { return folder_; }

 private:
  Tokenizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Folder folder_;
};

}  // namespace khabar::text
