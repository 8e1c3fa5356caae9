#include "entities/linker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace khabar::entities {

using lexicon::Match;
using lexicon::Table;
using mentions::Mention;
using mentions::MentionKind;

namespace {

/// The function-word class of words that name a kind of place (مدينة).
constexpr const char* kPlaceWordClass = "place-word";
/// How far back (tokens) a title, place word or organisation head may start.
constexpr uint32_t kContextTokens = 4;

struct Letters {
  bool upper = false, lower = false, marks = false;
};

/// What the letters of `s` show: capitals, small letters, combining marks.
Letters letters_of(std::string_view s) {
  Letters out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    out.upper |= u_isupper(c) != 0;
    out.lower |= u_islower(c) != 0;
    out.marks |= u_charType(c) == U_NON_SPACING_MARK;
  }
  return out;
}

}  // namespace

void Linker::link(const text::Document& doc, const mentions::Recognizer::Scratch& s,
                  std::vector<Mention>& ms) const {
  const auto& kb = r_->kb();
  // Entities the article names unambiguously (one candidate for the span).
  std::vector<uint32_t> named;
  for (size_t i = 0; i < s.matches.size();) {
    const Match& a = s.matches[i];
    size_t j = i + 1;
    bool one = true;
    while (j < s.matches.size() && s.matches[j].begin == a.begin && s.matches[j].end == a.end &&
           s.matches[j].table == a.table) {
      one &= s.matches[j].payload == a.payload;
      ++j;
    }
    if (one && (a.table == Table::kName || a.table == Table::kNationality)) named.push_back(a.payload);
    i = j;
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());

  auto drop = [](Mention& m) {
    m.kb = -1;
    m.cls.clear();
    m.coarse.clear();
    m.identity.clear();
  };
  auto link_to = [&](Mention& m, uint32_t c) {
    const auto& e = kb.entities()[c];
    m.kb = static_cast<int32_t>(c);
    m.cls = e.cls;
    m.coarse = r_->coarse_of(e.cls);
    m.identity = e.key;
  };
  // The identity of an unlinked label: its dictionary stems (the
  // recogniser's, so that every mention of the label is one entity).
  auto label_identity = [&](const Mention& m) {
    std::string key = "label:";
    uint32_t skip = 0;
    for (uint32_t k = s.first[m.label_begin]; k < s.first[m.label_begin + 1]; ++k) {
      skip = std::max<uint32_t>(skip, s.matches[k].clitic_bytes);
    }
    for (uint32_t t = m.label_begin; t < m.end; ++t) {
      if (doc.tokens()[t].kind == text::TokenKind::kPunct) continue;
      if (key.size() > 6) key.push_back(' ');
      std::string_view w = doc.key(t);
      if (t == m.label_begin) w.remove_prefix(std::min<size_t>(skip, w.size()));
      key += r_->clitics().dictionary_stem(w);
    }
    return key;
  };
  // A title, place word or organisation head ending where the mention starts.
  auto introduced = [&](const Mention& m) {
    const uint32_t first = doc.sentences()[m.sentence].token_begin;
    for (uint32_t t = m.label_begin > kContextTokens ? m.label_begin - kContextTokens : 0; t < m.label_begin; ++t) {
      if (t < first) continue;
      for (uint32_t k = s.first[t]; k < s.first[t + 1]; ++k) {
        const Match& x = s.matches[k];
        if (x.end != m.label_begin) continue;
        if (x.table == Table::kTitle || x.table == Table::kOrgHead) return true;
        if (x.table == Table::kFunction && r_->class_of(x) == kPlaceWordClass) return true;
      }
    }
    return false;
  };
  auto sentence_initial = [&](const Mention& m) {
    for (uint32_t t = doc.sentences()[m.sentence].token_begin; t < m.label_begin; ++t) {
      if (doc.tokens()[t].kind == text::TokenKind::kWord) return false;
    }
    return true;
  };

  // A one-word label of a --kb entity needs evidence that it is a name.
  auto weak = [&](const Mention& m, const Letters& written, uint32_t c) {
    if (!kb.entities()[c].extra || m.label_end - m.label_begin != 1) return false;
    if (written.upper || written.lower) return !written.upper || sentence_initial(m);
    return !introduced(m);
  };

  for (size_t mi = 0; mi < ms.size(); ++mi) {
    Mention& m = ms[mi];
    if (m.label_end <= m.label_begin) continue;
    const Letters written = letters_of(m.label);
    if (m.kind == MentionKind::kTitled && m.kb >= 0 && weak(m, written, static_cast<uint32_t>(m.kb))) {
      // the title's country or body (الرئيس اللبناني أمل) may end it
      bool office = std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
        return o.parent == static_cast<int32_t>(mi) && o.end == m.label_begin;
      });
      if (!office) drop(m);  // a title, then other words, then the common word
      continue;
    }
    if (m.kind != MentionKind::kKb) continue;

    // Candidates: every entity the longest label at this span names.
    std::vector<uint32_t> cands;
    for (uint32_t k = s.first[m.label_begin]; k < s.first[m.label_begin + 1]; ++k) {
      const Match& x = s.matches[k];
      if (x.table != Table::kName || x.end != m.label_end) continue;
      if (std::find(cands.begin(), cands.end(), x.payload) == cands.end()) cands.push_back(x.payload);
    }
    // The recogniser chose a class (a linked label, a complement): keep it.
    if (m.kb >= 0 || m.parent >= 0) {
      std::erase_if(cands, [&](uint32_t c) { return r_->coarse_of(kb.entities()[c].cls) != m.coarse; });
    }
    // Written in lower case, a label that has capitals is a common word.
    std::erase_if(cands, [&](uint32_t c) {
      if (!written.lower || written.upper) return false;
      const auto& labels = kb.entities()[c].labels;
      return std::none_of(labels.begin(), labels.end(), [](const lexicon::KbLabel& l) {
        Letters x = letters_of(l.text);
        return x.lower && !x.upper;
      });
    });
    std::erase_if(cands, [&](uint32_t c) { return weak(m, written, c); });
    if (cands.empty()) {
      drop(m);
      continue;
    }
    if (cands.size() == 1) {
      link_to(m, cands[0]);
      continue;
    }
    // Several: the one written so (عمّان), else the one the article supports.
    std::vector<uint32_t> chosen;
    if (written.marks) {
      for (uint32_t c : cands) {
        const auto& labels = kb.entities()[c].labels;
        if (std::any_of(labels.begin(), labels.end(), [&](const lexicon::KbLabel& l) { return l.text == m.label; })) {
          chosen.push_back(c);
        }
      }
    }
    if (chosen.size() != 1) {
      chosen.clear();
      for (uint32_t c : cands) {
        if (kb.supported_by(c, named)) chosen.push_back(c);
      }
    }
    if (chosen.size() == 1) {
      link_to(m, chosen[0]);
      continue;
    }
    // Unlinked: the most specific class every candidate is.
    const auto& onto = r_->ontology();
    std::string common;
    for (uint32_t c : cands) {
      const std::string& x = kb.entities()[c].cls;
      bool all = std::all_of(cands.begin(), cands.end(),
                             [&](uint32_t o) { return onto.is_a(kb.entities()[o].cls, x); });
      if (all && (common.empty() || onto.is_a(x, common))) common = x;
    }
    if (common.empty()) {
      common = r_->coarse_of(kb.entities()[cands[0]].cls);
      for (uint32_t c : cands) {
        if (r_->coarse_of(kb.entities()[c].cls) != common) common.clear();
      }
    }
    if (common.empty()) {
      drop(m);
      continue;
    }
    m.kb = -1;
    m.cls = common;
    m.coarse = r_->coarse_of(common);
    if (!m.identity.starts_with("label:")) m.identity = label_identity(m);
  }
}

}  // namespace khabar::entities
