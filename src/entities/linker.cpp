#include "entities/linker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "core/tsv.h"
#include "text/folder.h"

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
  bool upper = false, lower = false;
};

/// What the letters of `s` show: capitals, small letters.
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
  }
  return out;
}

/// Spelling variants: the letters a word must have to differ by one, the
/// letters a name may differ by for its number of words.
constexpr size_t kVariantMinLetters = 5;
constexpr uint32_t kVariantEditsTwoWords = 1, kVariantEditsLonger = 2;
/// ... or differ only in long vowels, when this many other letters are left.
constexpr size_t kSkeletonMinLetters = 4;
/// Name particles that link a name to a father's (name_particles.tsv).
constexpr const char* kLineageClass = "lineage";

std::u32string code_points(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

/// Words of a folded key, split on spaces.
std::vector<std::u32string> key_words(const std::u32string& key) {
  std::vector<std::u32string> out;
  std::u32string w;
  for (char32_t c : key) {
    if (c == U' ') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

/// True when `a` and `b` differ by exactly one letter inserted, deleted or
/// replaced.
bool one_edit_apart(const std::u32string& a, const std::u32string& b) {
  if (a == b) return false;
  const std::u32string& s = a.size() <= b.size() ? a : b;
  const std::u32string& l = a.size() <= b.size() ? b : a;
  if (l.size() - s.size() > 1) return false;
  size_t i = 0;
  while (i < s.size() && s[i] == l[i]) ++i;
  if (s.size() == l.size()) return s.compare(i + 1, std::u32string::npos, l, i + 1, std::u32string::npos) == 0;
  return s.compare(i, std::u32string::npos, l, i + 1, std::u32string::npos) == 0;
}

bool arabic_letter(char32_t c) { return c >= 0x0600 && c <= 0x06FF; }

/// True when `longer` is `shorter` with the `count` words from `skip` more.
bool same_without(const std::vector<std::u32string>& longer, const std::vector<std::u32string>& shorter, size_t skip,
                  size_t count) {
  if (longer.size() != shorter.size() + count) return false;
  for (size_t w = 0, n = 0; w < longer.size(); ++w) {
    if (w >= skip && w < skip + count) continue;
    if (longer[w] != shorter[n++]) return false;
  }
  return true;
}

/// A word without the letters of its long vowels after the first letter
/// (ميريدوف، مرادوف: مردف).
std::u32string skeleton(const std::u32string& w, const std::vector<char32_t>& vowels) {
  std::u32string out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i == 0 || std::find(vowels.begin(), vowels.end(), w[i]) == vowels.end()) out.push_back(w[i]);
  }
  return out;
}

}  // namespace

Linker::Linker(const lexicon::Resources& r) : r_(&r) {
  const auto& ents = r.kb().entities();
  for (uint32_t i = 0; i < ents.size(); ++i) {
    for (const auto& l : ents[i].labels) {
      if (l.lang != "ar") continue;
      const std::string key = r.tokenizer().folder().key(l.text);
      auto words = key_words(code_points(key));
      for (const auto& w : words) name_words_.insert(w);
      if (ents[i].cls == "Person") {
        for (const std::string& w : split(key, ' ')) {
          if (!w.empty()) person_words_.insert(w);
        }
      }
      if (ents[i].cls == "Person" && words.size() >= 2) person_names_.push_back({std::move(words), i});
    }
  }
  for (const auto& p : r.table(Table::kNameParticle).entries) {
    if (p.cls == kLineageClass) lineage_.insert(code_points(r.tokenizer().folder().key(p.surface)));
  }
  for (const PersonName& name : person_names_) {
    if (const std::u32string* f = father_of(name.words)) {
      auto& list = fathers_[name.entity];
      if (std::find(list.begin(), list.end(), *f) == list.end()) list.push_back(*f);
    }
    if (const std::u32string* g = grandfather_of(name.words)) {
      auto& list = grandfathers_[name.entity];
      if (std::find(list.begin(), list.end(), *g) == list.end()) list.push_back(*g);
    }
  }
  for (uint32_t n = 0; n < person_names_.size(); ++n) {
    for (const auto& w : person_names_[n].words) {
      auto& list = names_with_word_[w];
      if (list.empty() || list.back() != n) list.push_back(n);
    }
  }
}

const std::u32string* Linker::father_of(const std::vector<std::u32string>& words) const {
  // محمد بن حمد الرمحي، محمد حمد الرمحي: the word after the first (after
  // its link), in a name of three words or more
  const size_t at = words.size() >= 2 && lineage_.count(words[1]) ? 2 : 1;
  return words.size() >= at + 2 ? &words[at] : nullptr;
}

const std::u32string* Linker::grandfather_of(const std::vector<std::u32string>& words) const {
  const size_t first = first_link(words);
  for (size_t w = first + 2; w + 2 < words.size(); ++w) {
    if (lineage_.count(words[w])) return &words[w + 1];
  }
  return nullptr;
}

bool Linker::other_father(const std::vector<std::u32string>& words, uint32_t entity) const {
  auto other = [&](const std::u32string* f, const auto& known) {
    auto it = known.find(entity);
    return f && it != known.end() && std::find(it->second.begin(), it->second.end(), *f) == it->second.end();
  };
  return other(father_of(words), fathers_) || other(grandfather_of(words), grandfathers_);
}

bool Linker::lengthened(const std::vector<std::u32string>& longer, const std::vector<std::u32string>& shorter) const {
  // سهيل بن محمد فرج فارس المزروعي for سهيل بن محمد المزروعي: the known
  // name's first and father's names open the longer one, its family name
  // (with آل and what follows it) closes it, and only names of forebears
  // stand between
  const size_t father = lineage_.count(shorter[1]) ? 2 : 1;  // (بن محمد)
  for (size_t p = father + 1; p < shorter.size(); ++p) {
    const size_t tail = shorter.size() - p;
    if (std::equal(shorter.begin(), shorter.begin() + static_cast<std::ptrdiff_t>(p), longer.begin()) &&
        std::equal(shorter.end() - static_cast<std::ptrdiff_t>(tail), shorter.end(),
                   longer.end() - static_cast<std::ptrdiff_t>(tail))) {
      return true;
    }
  }
  return false;
}

size_t Linker::first_link(const std::vector<std::u32string>& words) const {
  for (size_t w = 0; w < words.size(); ++w) {
    if (lineage_.count(words[w])) return w;
  }
  return words.size();
}

int32_t Linker::spelled_person(const std::vector<std::u32string>& words) const {
  const uint32_t allowed = words.size() == 2 ? kVariantEditsTwoWords : kVariantEditsLonger;
  int32_t found = -1;
  std::vector<uint32_t> candidates;  // the names sharing a word with it
  for (const auto& w : words) {
    if (auto it = names_with_word_.find(w); it != names_with_word_.end()) {
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint32_t c : candidates) {
    const PersonName& name = person_names_[c];
    // فؤاد محمد حسين for فؤاد حسين, خوسيه ألباريس for خوسيه مانويل ألباريس:
    // one middle word more or less, the rest the same (three words or more
    // in the longer); محمد بن عبدالعزيز بن صالح الخليفي for محمد بن عبدالعزيز
    // الخليفي: a grandfather's link more or less (name_particles.tsv,
    // lineage), the father's, the first, in both
    const bool more = words.size() > name.words.size();
    const size_t extra = more ? words.size() - name.words.size() : name.words.size() - words.size();
    if (more && extra >= 2 && lengthened(words, name.words) && !other_father(words, name.entity)) {
      if (found >= 0 && found != static_cast<int32_t>(name.entity)) return -1;  // two people
      found = static_cast<int32_t>(name.entity);
      continue;
    }
    if (extra == 1 || extra == 2) {
      const auto& longer = more ? words : name.words;
      const auto& shorter = more ? name.words : words;
      bool match = false;
      if (extra == 1) {
        for (size_t skip = 1; !match && longer.size() >= 3 && skip + 1 < longer.size(); ++skip) {
          match = same_without(longer, shorter, skip, 1);
        }
      } else if (const size_t father = first_link(longer); father < shorter.size() && first_link(shorter) == father) {
        for (size_t skip = father + 1; !match && skip + 2 < longer.size(); ++skip) {
          match = lineage_.count(longer[skip]) && same_without(longer, shorter, skip, 2);
        }
      }
      // (not محمد جميل الرمحي for محمد الرمحي when another of his names
      // gives his father: محمد بن حمد الرمحي)
      if (match && more && other_father(words, name.entity)) match = false;
      if (match) {
        if (found >= 0 && found != static_cast<int32_t>(name.entity)) return -1;  // two people
        found = static_cast<int32_t>(name.entity);
      }
      continue;
    }
    if (name.words.size() != words.size()) continue;
    uint32_t edits = 0;
    bool ok = true;
    for (size_t w = 0; w < words.size() && ok; ++w) {
      if (words[w] == name.words[w]) continue;
      // (one letter apart, or only in the letters of long vowels: ميريدوف
      // for مرادوف)
      const auto vowels_only = [&] {
        const auto& vowels = r_->clitics().long_vowels();
        const std::u32string sk = skeleton(words[w], vowels);
        return sk.size() >= kSkeletonMinLetters && sk == skeleton(name.words[w], vowels);
      };
      ok = ++edits <= allowed && words[w].size() >= kVariantMinLetters && name.words[w].size() >= kVariantMinLetters &&
           (one_edit_apart(words[w], name.words[w]) || vowels_only()) && !name_words_.count(words[w]);
    }
    if (!ok || edits == 0 || edits == words.size()) continue;
    if (found >= 0 && found != static_cast<int32_t>(name.entity)) return -1;  // two people
    found = static_cast<int32_t>(name.entity);
  }
  return found;
}

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

  // A name read only with the alef of the indefinite accusative taken off
  // (ماليا: مالي + ا) is no name: names do not take it (دعما ماليا is
  // financial support, not Mali).
  auto accusative_only = [&](const Mention& m) {
    bool any = false;
    for (uint32_t k = s.first[m.label_begin]; k < s.first[m.label_begin + 1]; ++k) {
      const Match& x = s.matches[k];
      if (x.table != Table::kName || x.end != m.label_end) continue;
      if (!(x.flags & lexicon::kSuffix)) return false;
      any = true;
    }
    return any;
  };

  for (size_t mi = 0; mi < ms.size(); ++mi) {
    Mention& m = ms[mi];
    if (m.label_end <= m.label_begin) continue;
    if (m.kind == MentionKind::kKb && accusative_only(m)) {
      drop(m);
      continue;
    }
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
    if (text::Folder::has_mark(m.label)) {
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

  // A known person's name spelled otherwise (above); the mentions that
  // refer back to it by its old identity follow it.
  std::vector<std::pair<std::string, uint32_t>> respelled;
  for (Mention& m : ms) {
    if (m.coarse != "Person" || m.kb >= 0 || m.kind == MentionKind::kBackRef || m.label_end < m.label_begin + 2) {
      continue;
    }
    uint32_t skip = 0;
    for (uint32_t k = s.first[m.label_begin]; k < s.first[m.label_begin + 1]; ++k) {
      skip = std::max<uint32_t>(skip, s.matches[k].clitic_bytes);
    }
    std::vector<std::string_view> keys;
    bool shared = false;  // (a spelling shares a word with the name it spells)
    for (uint32_t t = m.label_begin; t < m.label_end; ++t) {
      if (doc.tokens()[t].kind != text::TokenKind::kWord) continue;
      std::string_view w = doc.key(t);
      if (t == m.label_begin) w.remove_prefix(std::min<size_t>(skip, w.size()));
      keys.push_back(w);
      shared = shared || person_words_.find(w) != person_words_.end();
    }
    if (!shared || keys.size() < 2) continue;
    std::vector<std::u32string> words;
    bool arabic = true;
    for (std::string_view w : keys) {
      words.push_back(code_points(w));
      arabic = arabic && !words.back().empty() && arabic_letter(words.back().front());
    }
    if (!arabic) continue;
    if (const int32_t c = spelled_person(words); c >= 0) {
      respelled.emplace_back(m.identity, static_cast<uint32_t>(c));
      link_to(m, static_cast<uint32_t>(c));
    }
  }
  for (Mention& m : ms) {
    if (m.kb >= 0 || m.identity.empty()) continue;
    for (const auto& [identity, c] : respelled) {
      if (m.identity == identity) link_to(m, c);
    }
  }
}

}  // namespace khabar::entities
