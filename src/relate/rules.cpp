#include "relate/rules.h"

#include <sstream>

#include "core/tsv.h"
#include "lexicon/clitics.h"

namespace khabar::relate {
namespace {

std::vector<std::string> words_of(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

Status bad(const std::string& msg, const std::string& path, uint32_t line) {
  return Status(ErrorCode::kBadData, msg, path, line);
}

// [confidence] ::= a decimal in (0, 1]
Status read_confidence(const std::string& s, double& out, const std::string& path, uint32_t line) {
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0' || !(out > 0 && out <= 1)) {
    return bad("confidence must be a number in (0, 1], found '" + s + "'", path, line);
  }
  return {};
}

// [head] ::= relation "(" var "," var ")"
Status read_head(const std::string& s, Rule& r, const std::string& path, uint32_t line) {
  auto open = s.find('(');
  if (open == std::string::npos || s.back() != ')') return bad("expected relation(S,O), found '" + s + "'", path, line);
  r.relation = s.substr(0, open);
  std::string args = s.substr(open + 1, s.size() - open - 2);
  if (args == "S,O") r.subject_first = true;
  else if (args == "O,S") r.subject_first = false;
  else if (args == "S,S") r.pairwise = true;
  else return bad("arguments must be (S,O), (O,S) or (S,S), found '" + args + "'", path, line);
  if (r.relation.empty()) return bad("empty relation name", path, line);
  return {};
}

// [element] ::= (trigger | function | punct | capture | gap | literal) ["?"]
Status read_element(std::string w, Element& e, const std::string& path, uint32_t line,
                    const std::function<std::string(const std::string&)>& stem) {
  if (w.size() > 1 && w.back() == '?') {
    e.optional = true;
    w.pop_back();
  }
  // ببغداد، بالعاصمة: `/b`, the element's first word carries ب (للمملكة: `/l`, ل)
  if (w.size() > 3 && (w.ends_with("/b") || w.ends_with("/l")) && (w[0] == '@' || w[1] == ':')) {
    e.with_prep = w.back() == 'b' ? lexicon::kPrepB : lexicon::kPrepL;
    w.resize(w.size() - 2);
  }
  auto need_name = [&](const char* what) -> Status {
    if (w.size() < 2) return bad(std::string("empty ") + what + " class", path, line);
    return {};
  };
  switch (w[0]) {
    case '$': KHABAR_TRY(need_name("trigger")); e.kind = Element::Kind::kTrigger; e.value = w.substr(1); return {};
    case '@': KHABAR_TRY(need_name("function")); e.kind = Element::Kind::kFunction; e.value = w.substr(1); return {};
    case '%': KHABAR_TRY(need_name("punctuation")); e.kind = Element::Kind::kPunct; e.value = w.substr(1); return {};
    case '~': {
      e.kind = Element::Kind::kGap;
      if (w.size() == 3 && w[1] == '~') {
        e.wide = true;
        w.erase(0, 1);
      }
      if (w.size() != 2 || w[1] < '0' || w[1] > '9') {
        return bad("a gap is ~0 .. ~9 or ~~0 .. ~~9, found '" + w + "'", path, line);
      }
      e.gap = static_cast<uint32_t>(w[1] - '0');
      return {};
    }
    default: break;
  }
  if (w.size() > 2 && (w[0] == 'S' || w[0] == 'O' || w[0] == 'X') && w[1] == ':') {
    e.kind = Element::Kind::kCapture;
    e.var = w[0];
    e.value = w.substr(2);
    if (!e.value.empty() && e.value.back() == '+') {
      e.list = true;
      e.value.pop_back();
      if (!e.value.empty() && e.value.back() == '+') {
        e.min_items = 2;
        e.value.pop_back();
      }
    }
    if (e.value.empty()) return bad("capture without a type", path, line);
    return {};
  }
  if (static_cast<unsigned char>(w[0]) < 0x80 && !std::isalpha(static_cast<unsigned char>(w[0]))) {
    return bad("unknown pattern element '" + w + "'", path, line);
  }
  e.kind = Element::Kind::kLiteral;
  e.value = stem(w);
  if (e.value.empty()) return bad("literal has no word: '" + w + "'", path, line);
  return {};
}

}  // namespace

// [rule] ::= "rule" rule-id head confidence ":" pattern
Status parse_rule(const std::string& text, const std::string& path, uint32_t line,
                  const std::function<std::string(const std::string&)>& stem, Rule& r) {
  auto w = words_of(text);
  if (w.size() < 5 || w[3] != ":") return bad("expected 'rule ID relation(S,O) CONFIDENCE : PATTERN'", path, line);
  r.id = w[0];
  r.file = path;
  r.line = line;
  KHABAR_TRY(read_head(w[1], r, path, line));
  KHABAR_TRY(read_confidence(w[2], r.confidence, path, line));
  bool has_s = false, has_o = false;
  for (size_t i = 4; i < w.size(); ++i) {
    Element e;
    KHABAR_TRY(read_element(w[i], e, path, line, stem));
    if (e.kind == Element::Kind::kCapture) (e.var == 'S' ? has_s : has_o) = true;
    r.pattern.push_back(std::move(e));
  }
  if (!has_s || (!has_o && !r.pairwise)) return bad("a pattern needs an S and an O capture", path, line);
  if (r.pattern.front().kind == Element::Kind::kGap || r.pattern.back().kind == Element::Kind::kGap) {
    return bad("a pattern cannot start or end with a gap", path, line);
  }
  return {};
}

// [file] ::= version-line { conflict | structural | rule | comment | blank }
Status parse_rules_stream(std::istream& in, const std::string& path,
                          const std::function<std::string(const std::string&)>& stem, RuleSet& out) {
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!valid_utf8(line)) return Status(ErrorCode::kInvalidUtf8, "invalid UTF-8", path, n);
    if (n == 1) {
      if (line != "#khabar-rules 1") return bad("expected version line '#khabar-rules 1'", path, n);
      continue;
    }
    auto w = words_of(line);
    if (w.empty() || w[0][0] == '#') continue;
    if (w[0] == "conflict") {
      if (w.size() < 3) return bad("a conflict names two relations or more", path, n);
      out.conflicts.emplace_back(w.begin() + 1, w.end());
    } else if (w[0] == "prefer") {
      if (w.size() != 3) return bad("expected 'prefer KEPT DROPPED'", path, n);
      out.preferences.emplace_back(w[1], w[2]);
    } else if (w[0] == "structural") {
      if (w.size() != 4) return bad("expected 'structural ID relation CONFIDENCE'", path, n);
      double c = 0;
      KHABAR_TRY(read_confidence(w[3], c, path, n));
      out.structural[w[1]] = {w[2], c};
    } else if (w[0] == "rule") {
      Rule r;
      KHABAR_TRY(parse_rule(line.substr(line.find("rule") + 4), path, n, stem, r));
      for (const auto& existing : out.rules) {
        if (existing.id == r.id) return bad("duplicate rule id '" + r.id + "'", path, n);
      }
      out.rules.push_back(std::move(r));
    } else {
      return bad("expected 'rule', 'structural' or 'conflict', found '" + w[0] + "'", path, n);
    }
  }
  if (n == 0) return bad("empty rules file", path, 0);
  return {};
}

}  // namespace khabar::relate
