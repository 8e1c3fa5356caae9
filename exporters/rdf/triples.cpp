#include "exporters/rdf/triples.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "core/status.h"
#include "core/vocab.h"
#include "exporters/text_util.h"

namespace khabar::exporters::rdf {
namespace {

std::string cat(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out += local;
  return out;
}

/// The statements of one graph build; adds to a flat list of quads.
class QuadSink {
 public:
  explicit QuadSink(std::vector<Quad>& out) : out_(out) {}

  void add(const std::string& graph, const std::string& s, std::string_view p_ns,
           std::string_view p_local, Term o) {
    out_.push_back({graph, {iri(s), iri(cat(p_ns, p_local)), std::move(o)}});
  }

 private:
  std::vector<Quad>& out_;
};

/// Sorts `v` and drops duplicates, moving each element once: the order is
/// found on indices (elements here hold up to ten strings, and swapping
/// them dominates a plain std::sort).
template <typename T>
void sort_unique(std::vector<T>& v) {
  std::vector<uint32_t> order(v.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return v[a] < v[b]; });
  std::vector<T> out;
  out.reserve(v.size());
  for (uint32_t i : order) {
    if (out.empty() || !(out.back() == v[i])) out.push_back(std::move(v[i]));
  }
  v = std::move(out);
}

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_wikidata_id(std::string_view s) {
  return s.size() >= 2 && s[0] == 'Q' && all_digits(s.substr(1));
}

Term label_literal(const graph::LangString& l) {
  return literal(rdf_text(l.text), normalise_language(l.lang));
}

Term xsd_integer(uint32_t v) {
  return typed_literal(std::to_string(v), cat(vocab::kXsd, "integer"));
}

Term xsd_date(const std::string& d) { return typed_literal(d, cat(vocab::kXsd, "date")); }

/// The schema:url of an article, when it is an http(s) IRI.
std::string article_url(std::string_view url) {
  auto lower_starts = [&](std::string_view prefix) {
    return url.size() > prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), url.begin(),
                      [](char p, char u) { return (u | 0x20) == p; });
  };
  if (!lower_starts("http://") && !lower_starts("https://")) return {};
  return percent_encode_iri(url);
}

void add_entity(QuadSink& sink, const std::string& s, const graph::Node& n) {
  const std::string& cls = n.cls.empty() ? n.coarse : n.cls;
  if (!cls.empty()) {
    sink.add({}, s, vocab::kRdf, "type", iri(cat(vocab::kKh, percent_encode_iri(cls))));
  }
  if (is_wikidata_id(n.wikidata)) {
    sink.add({}, s, vocab::kOwl, "sameAs", iri(cat(vocab::kWd, n.wikidata)));
  }
  if (all_digits(n.geonames)) {
    sink.add({}, s, vocab::kOwl, "sameAs", iri(cat(vocab::kGeonames, n.geonames) + "/"));
  }
  if (is_iso_date(n.date)) sink.add({}, s, vocab::kSchema, "startDate", xsd_date(n.date));
}

void add_article(QuadSink& sink, const std::string& s, const graph::Node& n) {
  sink.add(s, s, vocab::kRdf, "type", iri(cat(vocab::kSchema, "NewsArticle")));
  if (!n.article_id.empty()) {
    sink.add(s, s, vocab::kSchema, "identifier", literal(rdf_text(n.article_id)));
  }
  if (std::string url = article_url(n.url); !url.empty()) {
    sink.add(s, s, vocab::kSchema, "url", iri(std::move(url)));
  }
  if (!n.title.empty()) {
    sink.add(s, s, vocab::kSchema, "headline",
             literal(rdf_text(n.title), normalise_language(n.lang)));
  }
  if (!n.lang.empty()) sink.add(s, s, vocab::kSchema, "inLanguage", literal(rdf_text(n.lang)));
  if (is_iso_date(n.date)) sink.add(s, s, vocab::kSchema, "datePublished", xsd_date(n.date));
}

}  // namespace

Term iri(std::string value) { return {TermKind::kIri, std::move(value), {}, {}}; }

Term literal(std::string value, std::string lang) {
  return {TermKind::kLiteral, std::move(value), {}, std::move(lang)};
}

Term typed_literal(std::string value, std::string datatype) {
  return {TermKind::kLiteral, std::move(value), std::move(datatype), {}};
}

std::string statement_iri(std::string_view base, std::string_view subject,
                          std::string_view predicate, std::string_view object,
                          const graph::Evidence& evidence) {
  std::string key;
  key.reserve(subject.size() + predicate.size() + object.size() +
              evidence.article.size() + evidence.rule.size() + 40);
  for (std::string_view part : {subject, predicate, object,
                                std::string_view(evidence.article)}) {
    key += part;
    key += '|';
  }
  key += std::to_string(evidence.sentence) + '|' + std::to_string(evidence.begin) +
         '|' + std::to_string(evidence.end) + '|';
  key += evidence.rule;
  return std::string(base) + "statement/" + hex16(fnv1a_64(key));
}

Status check_options(const ExportOptions& options) {
  if (has_hierarchical_scheme(options.base_iri)) return {};
  return {ErrorCode::kUsage,
          "base IRI must be absolute (scheme://...): " + options.base_iri};
}

namespace {

/// Every statement of `g`, unsorted, possibly with duplicates.
std::vector<Quad> collect_quads(const graph::Graph& g, const ExportOptions& options) {
  KHABAR_CONTRACT_CHECK(has_hierarchical_scheme(options.base_iri),
                        "base IRI must be absolute");
  const std::string base = percent_encode_iri(options.base_iri);
  std::vector<Quad> out;
  QuadSink sink(out);

  const auto nodes = g.sorted_nodes();
  std::unordered_map<const graph::Node*, std::string> iri_of;
  iri_of.reserve(nodes.size());
  for (const graph::Node* n : nodes) iri_of.emplace(n, absolute_iri(n->iri, base));

  for (const graph::Node* n : nodes) {
    const std::string& s = iri_of.at(n);
    const std::string label_graph = n->kind == graph::NodeKind::kArticle ? s : std::string();
    for (const auto& l : n->labels) {
      sink.add(label_graph, s, vocab::kRdfs, "label", label_literal(l));
    }
    for (const auto& l : n->alt_labels) {
      sink.add(label_graph, s, vocab::kSkos, "altLabel", label_literal(l));
    }
    if (n->kind == graph::NodeKind::kArticle) {
      add_article(sink, s, *n);
      continue;
    }
    add_entity(sink, s, *n);
    for (const auto& a : n->articles) {
      const graph::Node* article = g.find(a);
      if (article == nullptr || article->kind != graph::NodeKind::kArticle) continue;
      const std::string& a_iri = iri_of.at(article);
      sink.add(a_iri, a_iri, vocab::kSchema, "mentions", iri(s));
    }
  }

  for (const auto& view : g.sorted_edges()) {
    const std::string& s = iri_of.at(view.subject);
    const std::string& o = iri_of.at(view.object);
    const std::string p = cat(vocab::kKh, percent_encode_iri(view.edge->predicate));
    if (view.edge->evidence.empty()) out.push_back({{}, {iri(s), iri(p), iri(o)}});
    for (const auto& ev : view.edge->evidence) {
      const std::string graph_name =
          ev.article.empty() ? std::string() : absolute_iri(ev.article, base);
      out.push_back({graph_name, {iri(s), iri(p), iri(o)}});
      const std::string st = statement_iri(base, s, p, o, ev);
      sink.add(graph_name, st, vocab::kRdf, "type", iri(cat(vocab::kRdf, "Statement")));
      sink.add(graph_name, st, vocab::kRdf, "subject", iri(s));
      sink.add(graph_name, st, vocab::kRdf, "predicate", iri(p));
      sink.add(graph_name, st, vocab::kRdf, "object", iri(o));
      if (!graph_name.empty()) {
        sink.add(graph_name, st, vocab::kProv, "wasDerivedFrom", iri(graph_name));
      }
      sink.add(graph_name, st, vocab::kKh, "sentenceIndex", xsd_integer(ev.sentence));
      sink.add(graph_name, st, vocab::kKh, "charStart", xsd_integer(ev.begin));
      sink.add(graph_name, st, vocab::kKh, "charEnd", xsd_integer(ev.end));
      if (!ev.text.empty()) {
        sink.add(graph_name, st, vocab::kKh, "evidenceText", literal(rdf_text(ev.text)));
      }
      if (!ev.rule.empty()) {
        sink.add(graph_name, st, vocab::kKh, "rule", literal(rdf_text(ev.rule)));
      }
      sink.add(graph_name, st, vocab::kKh, "confidence",
               typed_literal(format_decimal(ev.confidence), cat(vocab::kXsd, "decimal")));
    }
  }

  return out;
}

}  // namespace

std::vector<Quad> build_quads(const graph::Graph& g, const ExportOptions& options) {
  std::vector<Quad> out = collect_quads(g, options);
  sort_unique(out);
  return out;
}

std::vector<Triple> to_triples(const std::vector<Quad>& quads) {
  std::vector<Triple> out;
  out.reserve(quads.size());
  for (const auto& q : quads) out.push_back(q.triple);
  sort_unique(out);
  return out;
}

std::vector<Triple> build_triples(const graph::Graph& g, const ExportOptions& options) {
  // One sort, of the triples: the quads' order is not needed.
  std::vector<Quad> quads = collect_quads(g, options);
  std::vector<Triple> out;
  out.reserve(quads.size());
  for (auto& q : quads) out.push_back(std::move(q.triple));
  sort_unique(out);
  return out;
}

}  // namespace khabar::exporters::rdf
