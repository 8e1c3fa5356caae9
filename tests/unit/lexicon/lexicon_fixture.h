#pragma once
/// \file lexicon_fixture.h
/// The Arabic folder, a tokenizer and the clitics of ontology/ shared by the
/// lexicon tests (loaded once; all of them are immutable after loading).

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "lexicon/clitics.h"
#include "text/folder.h"
#include "text/tokenizer.h"

namespace khabar::testing {

inline const text::Tokenizer& ar_tokenizer() {
  static const std::unique_ptr<text::Tokenizer> t = [] {
    auto f = text::Folder::load(std::string(KHABAR_DATA_DIR) + "/normalization/ar.tsv");
    if (!f.ok()) FAIL(f.status().to_string());
    auto tok = text::Tokenizer::create(f.value());
    if (!tok.ok()) FAIL(tok.status().to_string());
    return std::move(tok.value());
  }();
  return *t;
}

inline const lexicon::Clitics& ar_clitics() {
  static const lexicon::Clitics c = [] {
    auto fold = [](const std::string& s) { return ar_tokenizer().folder().key(s); };
    auto loaded = lexicon::Clitics::load(std::string(KHABAR_DATA_DIR) + "/lexicons/ar/clitics.tsv", fold);
    if (!loaded.ok()) FAIL(loaded.status().to_string());
    return loaded.value();
  }();
  return c;
}

}  // namespace khabar::testing
