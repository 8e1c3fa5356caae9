#include "pipeline/pipeline.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdio>

#include "core/vocab.h"

namespace khabar::pipeline {
namespace {

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64-bit offset basis
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

/// An id as an IRI path segment: unreserved ASCII kept, the rest %-encoded.
std::string iri_segment(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

}  // namespace

int64_t days_from_date(const std::string& d) {
  // Howard Hinnant's days_from_civil.
  int64_t y = std::stoi(d.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(d.substr(5, 2)));
  unsigned day = static_cast<unsigned>(std::stoi(d.substr(8, 2)));
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string date_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string detect_language(std::string_view text) {
  size_t arabic = 0, latin = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &st);
    if (script == USCRIPT_ARABIC) ++arabic;
    else if (script == USCRIPT_LATIN) ++latin;
  }
  return latin > arabic ? "en" : "ar";
}

Expected<std::unique_ptr<Pipeline>> Pipeline::create(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  auto res = lexicon::Resources::load(options.data_dir, options.kb_files);
  if (!res.ok()) return res.status();
  p->resources_ = std::move(res.value());
  p->recognizer_ = std::make_unique<mentions::Recognizer>(*p->resources_);
  p->resolver_ = std::make_unique<entities::Resolver>(*p->resources_);
  auto engine = relate::RuleEngine::load(*p->resources_);
  if (!engine.ok()) return engine.status();
  p->engine_ = std::move(engine.value());
  return p;
}

std::string Pipeline::article_iri(const std::string& id) const {
  return options_.base_iri + "article/" + iri_segment(id);
}

std::string Pipeline::entity_iri(const entities::Entity& e, const std::string& article_id) const {
  if (e.kb >= 0) return options_.base_iri + resources_->kb().entities()[static_cast<size_t>(e.kb)].key;
  std::string identity = e.identity;
  if (e.article_scoped) identity += "\x1f" + article_id;
  return options_.base_iri + lower(e.coarse) + "/" + hex16(fnv1a(identity));
}

Expected<ArticleResult> Pipeline::tokenize_only(const Article& article, Workspace& ws) const {
  KHABAR_TRY(resources_->tokenizer().tokenize(article.text, ws.doc));
  ArticleResult result;
  result.article_iri = article_iri(article.id);
  for (const auto& t : ws.doc.tokens()) result.words += t.kind == text::TokenKind::kWord;
  return result;
}

Expected<ArticleResult> Pipeline::process(const Article& article, Workspace& ws, graph::Graph& out) const {
  const auto& r = *resources_;
  KHABAR_TRY(r.tokenizer().tokenize(article.text, ws.doc));
  recognizer_->recognize(ws.doc, ws.scratch, ws.mentions);
  std::string lang = article.lang.empty() ? detect_language(article.text) : article.lang;
  resolver_->resolve(ws.doc, ws.scratch, ws.mentions, lang, ws.entities);
  engine_->extract(ws.doc, ws.scratch, ws.mentions, ws.entities, ws.relations);

  ArticleResult result;
  result.lang = lang;
  result.article_iri = article_iri(article.id);
  for (const auto& t : ws.doc.tokens()) result.words += t.kind == text::TokenKind::kWord;

  graph::Node a;
  a.iri = result.article_iri;
  a.kind = graph::NodeKind::kArticle;
  a.cls = "NewsArticle";
  a.article_id = article.id;
  a.url = article.url;
  a.title = article.title;
  a.lang = lang;
  a.date = article.date;
  out.add_node(std::move(a));

  // Event dates: a weekday or relative-day word in the sentence of the
  // event's first full mention, resolved against the publication date.
  std::vector<std::string> event_date(ws.entities.size());
  if (!article.date.empty()) {
    int64_t published = days_from_date(article.date);
    int64_t weekday_published = ((published % 7) + 11) % 7;  // 1970-01-01 was a Thursday (4)
    for (size_t ei = 0; ei < ws.entities.size(); ++ei) {
      const auto& e = ws.entities[ei];
      if (e.coarse != "Event") continue;
      for (uint32_t mi : e.mentions) {
        const auto& m = ws.mentions[mi];
        if (m.kind != mentions::MentionKind::kPhrase) continue;
        const auto& sent = ws.doc.sentences()[m.sentence];
        for (uint32_t t = sent.token_begin; t < sent.token_end && event_date[ei].empty(); ++t) {
          for (uint32_t k = ws.scratch.first[t]; k < ws.scratch.first[t + 1]; ++k) {
            const auto& match = ws.scratch.matches[k];
            if (match.table != lexicon::Table::kDate) continue;
            const auto& entry = r.table(lexicon::Table::kDate).entries[match.payload];
            int value = std::stoi(entry.extra_at(0).empty() ? "0" : entry.extra_at(0));
            if (entry.cls == "weekday") {
              int64_t back = (weekday_published - value + 7) % 7;
              event_date[ei] = date_from_days(published - back);
            } else if (entry.cls == "relative") {
              event_date[ei] = date_from_days(published + value);
            }
            if (!event_date[ei].empty()) break;
          }
        }
        break;
      }
    }
  }

  std::vector<std::string> iris(ws.entities.size());
  for (size_t ei = 0; ei < ws.entities.size(); ++ei) {
    const auto& e = ws.entities[ei];
    if (e.mentions.empty()) continue;
    graph::Node n;
    n.iri = iris[ei] = entity_iri(e, article.id);
    n.cls = e.cls;
    n.coarse = e.coarse;
    if (!e.label.empty()) n.labels.push_back({lang, e.label});
    if (!e.label_en.empty() && lang != "en") n.labels.push_back({"en", e.label_en});
    for (const auto& alt : e.alt_labels) n.alt_labels.push_back({lang, alt});
    if (e.kb >= 0) {
      const auto& k = r.kb().entities()[static_cast<size_t>(e.kb)];
      n.wikidata = k.wikidata;
      n.geonames = k.geonames;
    }
    n.date = event_date[ei];
    n.articles.push_back(result.article_iri);
    out.add_node(std::move(n));
  }
  for (const auto& rel : ws.relations) {
    const auto& s = iris[static_cast<size_t>(rel.subject)];
    const auto& o = iris[static_cast<size_t>(rel.object)];
    if (s.empty() || o.empty()) continue;
    graph::Evidence ev;
    ev.article = result.article_iri;
    ev.sentence = rel.sentence;
    const auto& toks = ws.doc.tokens();
    uint32_t b = toks[rel.begin].begin, e = toks[rel.end - 1].end;
    ev.begin = ws.doc.code_point_offset(b);
    ev.end = ws.doc.code_point_offset(e);
    const auto& sent = ws.doc.sentences()[rel.sentence];
    ev.text = std::string(ws.doc.slice(sent.begin, sent.end));
    ev.rule = rel.rule;
    ev.confidence = rel.confidence;
    out.add_edge(s, rel.predicate, o, std::move(ev));
  }
  return result;
}

void Pipeline::explain(const Workspace& ws, std::ostream& out) const {
  static const char* const kKinds[] = {"kb", "adjective", "titled", "phrase", "backref"};
  for (const auto& m : ws.mentions) {
    out << "mention s" << m.sentence << " " << kKinds[static_cast<int>(m.kind)] << " " << m.cls
        << (m.parent >= 0 ? " (nested)" : "") << " [" << m.label << "]";
    if (m.entity >= 0) out << " -> e" << m.entity;
    out << "\n";
  }
  for (size_t i = 0; i < ws.entities.size(); ++i) {
    const auto& e = ws.entities[i];
    out << "entity e" << i << " " << e.cls << " [" << e.label << "]";
    if (!e.label_en.empty()) out << " en=[" << e.label_en << "]";
    out << " " << e.identity << "\n";
  }
  for (const auto& r : ws.relations) {
    out << "relation s" << r.sentence << " [" << ws.entities[static_cast<size_t>(r.subject)].label << "] "
        << r.predicate << " [" << ws.entities[static_cast<size_t>(r.object)].label << "] " << r.rule << " "
        << r.confidence << "\n";
  }
}

}  // namespace khabar::pipeline
