#include "eval/scorer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "core/vocab.h"
#include "eval/labels.h"

namespace khabar::eval {
namespace {

const std::string kKh(vocab::kKh);
const std::string kRdfType = std::string(vocab::kRdf) + "type";
const std::string kSubClassOf = std::string(vocab::kRdfs) + "subClassOf";
const std::string kSameAs = std::string(vocab::kOwl) + "sameAs";
const std::string kWd(vocab::kWd);
/// schema.org, both schemes, as score.py reads it.
const std::string kSchemaHttp = "http://schema.org/";
const std::string kSchemaHttps = "https://schema.org/";

bool is_label_predicate(std::string_view p) {
  static const std::array<std::string, 7> kLabels = {
      std::string(vocab::kRdfs) + "label",
      std::string(vocab::kSkos) + "prefLabel",
      std::string(vocab::kSkos) + "altLabel",
      kSchemaHttp + "name",
      kSchemaHttps + "name",
      kSchemaHttp + "alternateName",
      kSchemaHttps + "alternateName"};
  return std::find(kLabels.begin(), kLabels.end(), p) != kLabels.end();
}

bool is_article_type(std::string_view c) {
  static const std::string kHttp = kSchemaHttp + "NewsArticle";
  static const std::string kHttps = kSchemaHttps + "NewsArticle";
  return c == kHttp || c == kHttps;
}

/// The core relation local name of `predicate_iri`, or "".
std::string_view core_relation(std::string_view predicate_iri) {
  if (!predicate_iri.starts_with(kKh)) return {};
  const std::string_view local = predicate_iri.substr(kKh.size());
  for (std::string_view r : kCoreRelations) {
    if (r == local) return r;
  }
  return {};
}

/// Python's `str(t)` for a term (see `Term::value`).
const std::string& str(const Term& t) { return t.value; }

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

/// A fixed-point number as Python's `f"{x:.Nf}"` (and C's "%.Nf": both
/// round the exact binary value half to even).
std::string fixed(double x, int digits) {
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%.*f", digits, x);
  return buf.data();
}

/// `f"{n:3d}"`.
std::string int3(long n) {
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%3ld", n);
  return buf.data();
}

/// `f"{s:28s}"`: left-aligned, padded with spaces to 28 code points.
std::string pad28(const std::string& s) {
  size_t code_points = 0;
  for (unsigned char c : s) code_points += (c & 0xC0) != 0x80 ? 1 : 0;
  std::string out = s;
  if (code_points < 28) out.append(28 - code_points, ' ');
  return out;
}

}  // namespace

bool is_symmetric(std::string_view relation) {
  return relation == "metWith" || relation == "spokeWith";
}

// ---------------------------------------------------------------- classes

ClassResolver ClassResolver::from_triples(const std::vector<Triple>& ontology) {
  ClassResolver r;
  for (const Triple& t : ontology) {
    if (t.predicate.value == kSubClassOf) {
      r.superclasses_[str(t.subject)].insert(str(t.object));
    }
  }
  return r;
}

std::string ClassResolver::resolve(const std::string& class_iri) const {
  std::set<std::string> visited;
  return search(class_iri, visited);
}

std::string ClassResolver::search(const std::string& c,
                                  std::set<std::string>& visited) const {
  if (c.starts_with(kKh)) {
    const std::string_view local = std::string_view(c).substr(kKh.size());
    for (std::string_view coarse : kCoarseClasses) {
      if (coarse == local) return std::string(coarse);
    }
  }
  visited.insert(c);
  auto it = superclasses_.find(c);
  if (it == superclasses_.end()) return {};
  for (const std::string& sup : it->second) {
    if (visited.contains(sup)) continue;
    std::string r = search(sup, visited);
    if (!r.empty()) return r;
  }
  return {};
}

// ------------------------------------------------------------ system view

bool is_scored_predicate(std::string_view p) {
  return p == kRdfType || p == kSameAs || is_label_predicate(p) ||
         !core_relation(p).empty();
}

SystemView build_system_view(const std::vector<Triple>& graph,
                             const ClassResolver& classes) {
  SystemView view;
  std::set<std::string> articles;
  for (const Triple& t : graph) {
    if (t.predicate.value == kRdfType && is_article_type(str(t.object))) {
      articles.insert(str(t.subject));
    }
  }
  std::map<std::string, std::string> coarse_of;  // cache of `classes`
  for (const Triple& t : graph) {
    if (t.predicate.value != kRdfType || t.subject.kind != TermKind::kIri ||
        articles.contains(str(t.subject))) {
      continue;
    }
    auto [it, fresh] = coarse_of.try_emplace(str(t.object));
    if (fresh) it->second = classes.resolve(str(t.object));
    if (!it->second.empty()) {
      view.entities[str(t.subject)].types.insert(it->second);
    }
  }
  for (const Triple& t : graph) {
    auto e = view.entities.find(str(t.subject));
    // Subjects of the first two branches are entities, which are IRIs.
    if (e != view.entities.end() && t.subject.kind == TermKind::kIri) {
      if (is_label_predicate(t.predicate.value)) {
        if (t.object.kind != TermKind::kLiteral) continue;
        const std::string key = normalise(t.object.value);
        e->second.labels.insert(key);
        const std::string& lang = t.object.language;
        if (lang.empty() || lang.starts_with("en")) e->second.en.insert(key);
        continue;
      }
      if (t.predicate.value == kSameAs) {
        if (str(t.object).starts_with(kWd)) {
          e->second.qids.insert(str(t.object).substr(kWd.size()));
        }
        continue;
      }
    }
    const std::string_view rel = core_relation(t.predicate.value);
    if (!rel.empty() && view.entities.contains(str(t.subject)) &&
        view.entities.contains(str(t.object))) {
      view.relations.insert({str(t.subject), std::string(rel), str(t.object)});
    }
  }
  return view;
}

// ---------------------------------------------------------------- scoring

std::map<std::string, std::string> pair_entities(const GoldArticle& gold,
                                                 const SystemView& system) {
  std::vector<Candidate> pairs;
  for (const auto& [iri, e] : system.entities) {
    for (const GoldEntity& ge : gold.entities) {
      double sc = 0;
      if (!ge.wikidata.empty() && e.qids.contains(ge.wikidata)) {
        sc = 1.1;
      } else {
        sc = similarity(e.labels, ge.keys);
      }
      if (sc > 0) pairs.push_back({sc, iri, ge.key});
    }
  }
  std::sort(pairs.begin(), pairs.end(), std::greater<>());
  std::map<std::string, std::string> sys_to_gold;
  std::set<std::string> taken_keys;
  for (const Candidate& c : pairs) {
    if (sys_to_gold.contains(c.iri) || taken_keys.contains(c.key)) {
      continue;
    }
    sys_to_gold[c.iri] = c.key;
    taken_keys.insert(c.key);
  }
  return sys_to_gold;
}

namespace {

using SysToGold = std::map<std::string, std::string>;

/// The entity counts and lists of `r`, given the pairing.
void count_entities(const GoldArticle& gold, const SystemView& system,
                    const SysToGold& sys_to_gold, ArticleScore& r) {
  std::map<std::string, std::string> gold_to_sys;
  for (const auto& [iri, key] : sys_to_gold) gold_to_sys[key] = iri;
  std::map<std::string, const GoldEntity*> by_key;  // the last one wins
  for (const GoldEntity& ge : gold.entities) by_key[ge.key] = &ge;

  for (const GoldEntity& ge : gold.entities) {
    if (ge.optional) continue;
    ++r.ent_gold;
    if (!ge.wikidata.empty()) ++r.link_gold;
    auto it = gold_to_sys.find(ge.key);
    if (it == gold_to_sys.end()) {
      r.missed_entities.push_back(ge.key);
      continue;
    }
    const SystemEntity& se = system.entities.at(it->second);
    ++r.ent_tp;
    if (se.types.contains(ge.type)) ++r.type_ok;
    if (std::any_of(se.en.begin(), se.en.end(), [&](const std::string& k) {
          return ge.en_keys.contains(k);
        })) {
      ++r.en_ok;
    }
    if (!ge.wikidata.empty() && se.qids.contains(ge.wikidata)) ++r.link_ok;
  }
  for (const auto& [iri, e] : system.entities) {
    auto it = sys_to_gold.find(iri);
    if (it == sys_to_gold.end()) {
      r.spurious_entities.push_back(e.labels.empty() ? iri : *e.labels.begin());
    } else if (by_key.at(it->second)->optional) {
      continue;  // matched an optional gold entity: not counted
    }
    ++r.ent_sys;
  }
  std::sort(r.spurious_entities.begin(), r.spurious_entities.end());
  for (const auto& [iri, key] : sys_to_gold) {
    const GoldEntity& ge = *by_key.at(key);
    const SystemEntity& se = system.entities.at(iri);
    if (!ge.wikidata.empty() && !se.qids.empty() &&
        !se.qids.contains(ge.wikidata)) {
      ++r.link_wrong;
    }
  }
}

/// A relation as score.py keeps it in its sets: (s, p, o), or (a, b, p)
/// with a <= b for a symmetric relation.
using Tuple = std::array<std::string, 3>;

Tuple canonical(const std::string& s, const std::string& p,
                const std::string& o) {
  if (!is_symmetric(p)) return {s, p, o};
  return s <= o ? Tuple{s, o, p} : Tuple{o, s, p};
}

/// The relation counts and lists of `r`, given the pairing.
void count_relations(const GoldArticle& gold, const SystemView& system,
                     const SysToGold& sys_to_gold, ArticleScore& r) {
  std::map<Tuple, bool> gold_rel;  // -> optional; the last statement wins
  for (const GoldRelation& gr : gold.relations) {
    gold_rel[{gr.s, gr.p, gr.o}] = gr.optional;
    if (is_symmetric(gr.p)) gold_rel[{gr.o, gr.p, gr.s}] = gr.optional;
  }
  std::set<Tuple> implied;  // attended, implied by chaired and coChaired
  for (const auto& [t, optional] : gold_rel) {
    if (t[1] == "chaired" || t[1] == "coChaired") {
      implied.insert({t[0], "attended", t[2]});
    }
  }
  std::set<Tuple> found;
  long extra = 0;
  for (const SystemRelation& rel : system.relations) {
    auto gs_it = sys_to_gold.find(rel.s);
    auto go_it = sys_to_gold.find(rel.o);
    // Python tests the keys' truth: a matched key "" counts as unmatched.
    const std::string gs = gs_it == sys_to_gold.end() ? "" : gs_it->second;
    const std::string go = go_it == sys_to_gold.end() ? "" : go_it->second;
    const Tuple key{gs, rel.p, go};
    if (!gs.empty() && !go.empty()) {
      if (auto g = gold_rel.find(key); g != gold_rel.end()) {
        if (!g->second) found.insert(canonical(gs, rel.p, go));
        continue;  // an optional relation found is not counted
      }
      if (implied.contains(key)) continue;
    }
    ++extra;
    r.wrong_relations.push_back(
        join({gs.empty() ? rel.s : gs, rel.p, go.empty() ? rel.o : go}, " "));
  }
  std::sort(r.wrong_relations.begin(), r.wrong_relations.end());
  std::set<Tuple> required;
  for (const auto& [t, optional] : gold_rel) {
    if (!optional) required.insert(canonical(t[0], t[1], t[2]));
  }
  for (const Tuple& t : required) {
    if (!found.contains(t)) {
      r.missed_relations.push_back(join({t[0], t[1], t[2]}, " "));
    }
  }
  std::sort(r.missed_relations.begin(), r.missed_relations.end());
  r.rel_gold = static_cast<long>(required.size());
  r.rel_tp = static_cast<long>(found.size());
  r.rel_sys = r.rel_tp + extra;
}

}  // namespace

ArticleScore score_one(const GoldArticle& gold, const SystemView& system) {
  const SysToGold sys_to_gold = pair_entities(gold, system);
  ArticleScore r;
  r.id = gold.id;
  count_entities(gold, system, sys_to_gold, r);
  count_relations(gold, system, sys_to_gold, r);
  return r;
}

// ---------------------------------------------------------------- totals

std::array<double, 3> prf(long tp, long sys_n, long gold_n) {
  const double p =
      sys_n != 0 ? static_cast<double>(tp) / static_cast<double>(sys_n) : 0.0;
  const double rc =
      gold_n != 0 ? static_cast<double>(tp) / static_cast<double>(gold_n) : 0.0;
  const double f = (p + rc) != 0 ? 2 * p * rc / (p + rc) : 0.0;
  return {p, rc, f};
}

Summary summarise(const std::vector<ArticleScore>& articles) {
  Summary s;
  s.articles = static_cast<long>(articles.size());
  ArticleScore& t = s.totals;
  for (const ArticleScore& a : articles) {
    t.ent_gold += a.ent_gold;
    t.ent_tp += a.ent_tp;
    t.ent_sys += a.ent_sys;
    t.type_ok += a.type_ok;
    t.en_ok += a.en_ok;
    t.link_gold += a.link_gold;
    t.link_ok += a.link_ok;
    t.link_wrong += a.link_wrong;
    t.rel_gold += a.rel_gold;
    t.rel_tp += a.rel_tp;
    t.rel_sys += a.rel_sys;
  }
  const auto ratio = [](long a, long b) {
    return b != 0 ? static_cast<double>(a) / static_cast<double>(b) : 0.0;
  };
  const auto [ep, er, ef] = prf(t.ent_tp, t.ent_sys, t.ent_gold);
  const auto [rp, rr, rf] = prf(t.rel_tp, t.rel_sys, t.rel_gold);
  s.entity_p = ep;
  s.entity_r = er;
  s.entity_f1 = ef;
  s.relation_p = rp;
  s.relation_r = rr;
  s.relation_f1 = rf;
  s.type_acc = ratio(t.type_ok, t.ent_tp);
  s.english_label_rate = ratio(t.en_ok, t.ent_gold);
  s.link_acc = ratio(t.link_ok, t.link_gold);
  return s;
}

// ---------------------------------------------------------------- output

std::string format_article_line(const ArticleScore& a) {
  const double fe = prf(a.ent_tp, a.ent_sys, a.ent_gold)[2];
  const double fr = prf(a.rel_tp, a.rel_sys, a.rel_gold)[2];
  return pad28(a.id) + " entities " + int3(a.ent_tp) + "/" + int3(a.ent_gold) +
         " (sys " + int3(a.ent_sys) + ") F1 " + fixed(fe, 2) + "   relations " +
         int3(a.rel_tp) + "/" + int3(a.rel_gold) + " (sys " + int3(a.rel_sys) +
         ") F1 " + fixed(fr, 2);
}

std::string format_verbose_lines(const ArticleScore& a) {
  std::string out;
  const std::pair<const char*, const std::vector<std::string>*> lists[] = {
      {"missed_entities", &a.missed_entities},
      {"spurious_entities", &a.spurious_entities},
      {"missed_relations", &a.missed_relations},
      {"wrong_relations", &a.wrong_relations}};
  for (const auto& [name, items] : lists) {
    if (items->empty()) continue;
    out += std::string("    ") + name + ": " + join(*items, "; ") + "\n";
  }
  return out;
}

std::string format_total_line(const Summary& s) {
  return "TOTAL entity P/R/F1 " + fixed(s.entity_p, 3) + "/" +
         fixed(s.entity_r, 3) + "/" + fixed(s.entity_f1, 3) +
         "  relation P/R/F1 " + fixed(s.relation_p, 3) + "/" +
         fixed(s.relation_r, 3) + "/" + fixed(s.relation_f1, 3) + "  type " +
         fixed(s.type_acc, 3) + "  english-label " +
         fixed(s.english_label_rate, 3) + "  link " + fixed(s.link_acc, 3) +
         " (wrong " + std::to_string(s.totals.link_wrong) + ")";
}

std::string python_float_repr(double x) {
  if (x == 0) return std::signbit(x) ? "-0.0" : "0.0";
  // Shortest round-trip digits, then Python's layout: positional when the
  // decimal exponent is in [-4, 16), scientific otherwise.
  std::array<char, 64> buf{};
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), x,
                           std::chars_format::scientific);
  std::string sci(buf.data(), res.ptr);  // "-d.ddde+XX"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  const size_t e_pos = sci.find('e');
  std::string digits = sci.substr(0, e_pos);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const int exp = std::stoi(sci.substr(e_pos + 1));
  std::string out;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
    } else if (static_cast<size_t>(exp) + 1 >= digits.size()) {
      out = digits +
            std::string(static_cast<size_t>(exp) + 1 - digits.size(), '0') +
            ".0";
    } else {
      out = digits.substr(0, static_cast<size_t>(exp) + 1) + "." +
            digits.substr(static_cast<size_t>(exp) + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    std::array<char, 16> e{};
    std::snprintf(e.data(), e.size(), "e%c%02d", exp < 0 ? '-' : '+',
                  std::abs(exp));
    out += e.data();
  }
  return sign + out;
}

std::string format_summary_json(const Summary& s) {
  const ArticleScore& t = s.totals;
  const std::pair<const char*, std::string> fields[] = {
      {"articles", std::to_string(s.articles)},
      {"entity_p", python_float_repr(s.entity_p)},
      {"entity_r", python_float_repr(s.entity_r)},
      {"entity_f1", python_float_repr(s.entity_f1)},
      {"relation_p", python_float_repr(s.relation_p)},
      {"relation_r", python_float_repr(s.relation_r)},
      {"relation_f1", python_float_repr(s.relation_f1)},
      {"type_acc", python_float_repr(s.type_acc)},
      {"english_label_rate", python_float_repr(s.english_label_rate)},
      {"link_acc", python_float_repr(s.link_acc)},
      {"link_wrong", std::to_string(t.link_wrong)},
      {"ent_gold", std::to_string(t.ent_gold)},
      {"ent_tp", std::to_string(t.ent_tp)},
      {"ent_sys", std::to_string(t.ent_sys)},
      {"type_ok", std::to_string(t.type_ok)},
      {"en_ok", std::to_string(t.en_ok)},
      {"link_gold", std::to_string(t.link_gold)},
      {"link_ok", std::to_string(t.link_ok)},
      {"rel_gold", std::to_string(t.rel_gold)},
      {"rel_tp", std::to_string(t.rel_tp)},
      {"rel_sys", std::to_string(t.rel_sys)}};
  std::string out = "{";
  for (const auto& [name, value] : fields) {
    if (out.size() > 1) out += ", ";
    out += std::string("\"") + name + "\": " + value;
  }
  return out + "}";
}

Expected<ArticleScore> score_files(const GoldArticle& gold,
                                   const std::string& graph_path,
                                   const ClassResolver& classes) {
  std::vector<Triple> graph;
  if (!graph_path.empty()) {
    Expected<std::vector<Triple>> read =
        read_rdf(graph_path, is_scored_predicate);
    if (!read.ok()) return read.status();
    graph = std::move(*read);
  }
  return score_one(gold, build_system_view(graph, classes));
}

}  // namespace khabar::eval
