#include "exporters/rdf/triples.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>

#include "core/status.h"
#include "core/vocab.h"
#include "exporters/text_util.h"

namespace khabar::exporters::rdf {
namespace {

std::string cat(std::string_view ns, std::string_view local) {
  std::string out;
  out.reserve(ns.size() + local.size());
  out += ns;
  out += local;
  return out;
}

/// A term by its parts, for look-ups that copy nothing.
struct TermKey {
  TermKind kind = TermKind::kIri;
  std::string_view value, datatype, lang;
  bool operator==(const TermKey&) const = default;
};

/// Hashes the value; datatypes and language tags come from small sets, so
/// their length and a character or two tell them apart well enough (equal
/// hashes are settled by comparing the keys).
struct TermKeyHash {
  size_t operator()(const TermKey& k) const noexcept {
    size_t x = std::hash<std::string_view>{}(k.value);
    auto tag = [](std::string_view s) -> size_t {
      if (s.empty()) return 0;
      return s.size() | static_cast<size_t>(static_cast<unsigned char>(s.front())) << 8 |
             static_cast<size_t>(static_cast<unsigned char>(s.back())) << 16;
    };
    x ^= tag(k.datatype) * 0x9E3779B97F4A7C15ULL;
    x ^= tag(k.lang) * 0xC2B2AE3D27D4EB4FULL;
    return x ^ static_cast<size_t>(k.kind);
  }
};

/// Collects the statements of one graph: interns each term once (the first
/// time it is seen it gets the next id) and records quads by id.
///
/// Invariant: `index_` maps the parts of `terms_[id]` (views into the deque,
/// whose elements never move) to `id`.
class DatasetBuilder {
 public:
  static constexpr uint32_t kDefaultGraph = 0;

  TermId intern(TermKind kind, std::string_view value, std::string_view datatype = {},
                std::string_view lang = {}) {
    if (auto it = index_.find(TermKey{kind, value, datatype, lang}); it != index_.end()) {
      return it->second;
    }
    const auto id = static_cast<TermId>(terms_.size());
    const Term& t = terms_.emplace_back(
        Term{kind, std::string(value), std::string(datatype), std::string(lang)});
    index_.emplace(TermKey{kind, t.value, t.datatype, t.lang}, id);
    return id;
  }
  TermId iri(std::string_view value) { return intern(TermKind::kIri, value); }
  TermId literal(std::string_view value, std::string_view lang = {}) {
    return intern(TermKind::kLiteral, value, {}, lang);
  }
  TermId typed(std::string_view value, std::string_view datatype) {
    return intern(TermKind::kLiteral, value, datatype);
  }

  /// The value of term `id`; valid until `finish`.
  const std::string& value(TermId id) const { return terms_[id].value; }

  /// The graph field of a quad in the graph named by term `id`.
  static uint32_t graph_of(TermId id) { return id + 1; }

  /// Makes room for about `terms` terms (no rehashing while collecting).
  void reserve(size_t terms) { index_.reserve(terms); }

  void add(uint32_t graph, TermId s, TermId p, TermId o) {
    quads_.push_back({graph, {s, p, o}});
  }

  /// Renumbers the terms in term order and moves everything into `terms`
  /// and `quads`. The builder is empty afterwards.
  /// Terms no quad uses (vocabulary interned up front) are dropped.
  void finish(std::vector<Term>& terms, std::vector<QuadRef>& quads) {
    std::vector<bool> used(terms_.size(), false);
    for (const QuadRef& q : quads_) {
      if (q.graph != kDefaultGraph) used[q.graph - 1] = true;
      used[q.triple.subject] = used[q.triple.predicate] = used[q.triple.object] = true;
    }
    std::vector<TermId> order;
    order.reserve(terms_.size());
    for (TermId id = 0; id < terms_.size(); ++id) {
      if (used[id]) order.push_back(id);
    }
    std::vector<const Term*> term_of;  // by id: deque indexing is slow in a sort
    term_of.reserve(terms_.size());
    for (const Term& t : terms_) term_of.push_back(&t);
    std::sort(order.begin(), order.end(),
              [&](TermId a, TermId b) { return *term_of[a] < *term_of[b]; });
    std::vector<TermId> rank(terms_.size());
    terms.clear();
    terms.reserve(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
      rank[order[i]] = static_cast<TermId>(i);
      terms.push_back(std::move(terms_[order[i]]));
    }
    for (QuadRef& q : quads_) {
      if (q.graph != kDefaultGraph) q.graph = rank[q.graph - 1] + 1;
      q.triple = {rank[q.triple.subject], rank[q.triple.predicate], rank[q.triple.object]};
    }
    quads = std::move(quads_);
    index_.clear();
    terms_.clear();
  }

 private:
  std::deque<Term> terms_;
  std::unordered_map<TermKey, TermId, TermKeyHash> index_;
  std::vector<QuadRef> quads_;
};

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_wikidata_id(std::string_view s) {
  return s.size() >= 2 && s[0] == 'Q' && all_digits(s.substr(1));
}

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

/// Builds the statements of one graph into a `DatasetBuilder`. Terms that
/// repeat (vocabulary IRIs, classes, predicates, article IRIs, rules,
/// integers) are interned once and remembered by their source value.
class Collector {
 public:
  Collector(const graph::Graph& g, std::string base) : g_(g), base_(std::move(base)) {}

  void run() {
    const auto nodes = g_.sorted_nodes();
    b_.reserve(nodes.size() * 4 + g_.edge_count() * 8);
    node_ids_.reserve(nodes.size());
    for (const graph::Node* n : nodes) node_ids_.emplace(n, b_.iri(absolute_iri(n->iri, base_)));
    for (const graph::Node* n : nodes) add_node(*n);
    for (const auto& view : g_.sorted_edges()) add_edge(view);
  }

  DatasetBuilder& builder() { return b_; }

 private:
  void add_node(const graph::Node& n) {
    const TermId s = node_ids_.at(&n);
    const bool article = n.kind == graph::NodeKind::kArticle;
    const uint32_t label_graph = article ? DatasetBuilder::graph_of(s) : kDefault;
    for (const auto& l : n.labels) b_.add(label_graph, s, rdfs_label_, label(l));
    for (const auto& l : n.alt_labels) b_.add(label_graph, s, skos_alt_label_, label(l));
    if (article) {
      add_article(s, n);
      return;
    }
    add_entity(s, n);
    for (const auto& a : n.articles) {
      const graph::Node* article_node = g_.find(a);
      if (article_node == nullptr || article_node->kind != graph::NodeKind::kArticle) continue;
      const TermId a_id = node_ids_.at(article_node);
      b_.add(DatasetBuilder::graph_of(a_id), a_id, schema_mentions_, s);
    }
  }

  void add_entity(TermId s, const graph::Node& n) {
    const std::string& cls = n.cls.empty() ? n.coarse : n.cls;
    if (!cls.empty()) b_.add(kDefault, s, rdf_type_, class_iri(cls));
    if (is_wikidata_id(n.wikidata)) {
      b_.add(kDefault, s, owl_same_as_, b_.iri(cat(vocab::kWd, n.wikidata)));
    }
    if (all_digits(n.geonames)) {
      b_.add(kDefault, s, owl_same_as_, b_.iri(cat(vocab::kGeonames, n.geonames) + "/"));
    }
    if (is_iso_date(n.date)) b_.add(kDefault, s, schema_start_date_, b_.typed(n.date, xsd_date_));
  }

  void add_article(TermId s, const graph::Node& n) {
    const uint32_t graph = DatasetBuilder::graph_of(s);
    b_.add(graph, s, rdf_type_, schema_news_article_);
    if (!n.article_id.empty()) {
      b_.add(graph, s, schema_identifier_, text(n.article_id));
    }
    if (std::string url = article_url(n.url); !url.empty()) {
      b_.add(graph, s, schema_url_, b_.iri(url));
    }
    if (!n.title.empty()) {
      b_.add(graph, s, schema_headline_, text(n.title, normalise_language(n.lang)));
    }
    if (!n.lang.empty()) b_.add(graph, s, schema_in_language_, text(n.lang));
    if (is_iso_date(n.date)) {
      b_.add(graph, s, schema_date_published_, b_.typed(n.date, xsd_date_));
    }
  }

  void add_edge(const graph::Graph::EdgeView& view) {
    const TermId s = node_ids_.at(view.subject);
    const TermId o = node_ids_.at(view.object);
    const TermId p = predicate_iri(view.edge->predicate);
    if (view.edge->evidence.empty()) b_.add(kDefault, s, p, o);
    for (const auto& ev : view.edge->evidence) {
      const uint32_t graph = ev.article.empty() ? kDefault : DatasetBuilder::graph_of(article_iri(ev.article));
      b_.add(graph, s, p, o);
      const TermId st = b_.iri(statement_iri(base_, b_.value(s), b_.value(p), b_.value(o), ev));
      b_.add(graph, st, rdf_type_, rdf_statement_);
      b_.add(graph, st, rdf_subject_, s);
      b_.add(graph, st, rdf_predicate_, p);
      b_.add(graph, st, rdf_object_, o);
      if (graph != kDefault) b_.add(graph, st, prov_was_derived_from_, graph - 1);
      b_.add(graph, st, kh_sentence_index_, integer(ev.sentence));
      b_.add(graph, st, kh_char_start_, integer(ev.begin));
      b_.add(graph, st, kh_char_end_, integer(ev.end));
      if (!ev.text.empty()) b_.add(graph, st, kh_evidence_text_, text(ev.text));
      if (!ev.rule.empty()) b_.add(graph, st, kh_rule_, rule_literal(ev.rule));
      b_.add(graph, st, kh_confidence_, b_.typed(format_decimal(ev.confidence), xsd_decimal_));
    }
  }

  TermId label(const graph::LangString& l) { return text(l.text, normalise_language(l.lang)); }

  /// The literal `rdf_text(raw)`@`lang`; copies `raw` only when it must be
  /// repaired or the literal is new.
  TermId text(std::string_view raw, std::string_view lang = {}) {
    if (is_rdf_text(raw)) return b_.literal(raw, lang);
    return b_.literal(rdf_text(raw), lang);
  }

  TermId integer(uint32_t v) {
    if (auto it = integers_.find(v); it != integers_.end()) return it->second;
    std::array<char, 16> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    const TermId id = b_.typed(std::string_view(buf.data(), static_cast<size_t>(end - buf.data())),
                               xsd_integer_);
    integers_.emplace(v, id);
    return id;
  }

  /// Looks `raw` up in `cache`, else interns `make()` under it.
  template <typename Make>
  TermId cached(std::unordered_map<std::string, TermId>& cache, const std::string& raw,
                Make make) {
    if (auto it = cache.find(raw); it != cache.end()) return it->second;
    const TermId id = make();
    cache.emplace(raw, id);
    return id;
  }
  TermId class_iri(const std::string& cls) {
    return cached(classes_, cls, [&] { return b_.iri(cat(vocab::kKh, percent_encode_iri(cls))); });
  }
  TermId predicate_iri(const std::string& p) {
    return cached(predicates_, p, [&] { return b_.iri(cat(vocab::kKh, percent_encode_iri(p))); });
  }
  TermId article_iri(const std::string& a) {
    return cached(articles_, a, [&] { return b_.iri(absolute_iri(a, base_)); });
  }
  TermId rule_literal(const std::string& r) {
    return cached(rules_, r, [&] { return text(r); });
  }

  static constexpr uint32_t kDefault = DatasetBuilder::kDefaultGraph;

  const graph::Graph& g_;
  const std::string base_;  ///< percent-encoded base IRI
  DatasetBuilder b_;
  std::unordered_map<const graph::Node*, TermId> node_ids_;
  std::unordered_map<std::string, TermId> classes_, predicates_, articles_, rules_;
  std::unordered_map<uint32_t, TermId> integers_;

  const std::string xsd_integer_ = cat(vocab::kXsd, "integer");
  const std::string xsd_decimal_ = cat(vocab::kXsd, "decimal");
  const std::string xsd_date_ = cat(vocab::kXsd, "date");
  const TermId rdf_type_ = b_.iri(cat(vocab::kRdf, "type"));
  const TermId rdfs_label_ = b_.iri(cat(vocab::kRdfs, "label"));
  const TermId skos_alt_label_ = b_.iri(cat(vocab::kSkos, "altLabel"));
  const TermId owl_same_as_ = b_.iri(cat(vocab::kOwl, "sameAs"));
  const TermId schema_start_date_ = b_.iri(cat(vocab::kSchema, "startDate"));
  const TermId schema_news_article_ = b_.iri(cat(vocab::kSchema, "NewsArticle"));
  const TermId schema_identifier_ = b_.iri(cat(vocab::kSchema, "identifier"));
  const TermId schema_url_ = b_.iri(cat(vocab::kSchema, "url"));
  const TermId schema_headline_ = b_.iri(cat(vocab::kSchema, "headline"));
  const TermId schema_in_language_ = b_.iri(cat(vocab::kSchema, "inLanguage"));
  const TermId schema_date_published_ = b_.iri(cat(vocab::kSchema, "datePublished"));
  const TermId schema_mentions_ = b_.iri(cat(vocab::kSchema, "mentions"));
  const TermId rdf_statement_ = b_.iri(cat(vocab::kRdf, "Statement"));
  const TermId rdf_subject_ = b_.iri(cat(vocab::kRdf, "subject"));
  const TermId rdf_predicate_ = b_.iri(cat(vocab::kRdf, "predicate"));
  const TermId rdf_object_ = b_.iri(cat(vocab::kRdf, "object"));
  const TermId prov_was_derived_from_ = b_.iri(cat(vocab::kProv, "wasDerivedFrom"));
  const TermId kh_sentence_index_ = b_.iri(cat(vocab::kKh, "sentenceIndex"));
  const TermId kh_char_start_ = b_.iri(cat(vocab::kKh, "charStart"));
  const TermId kh_char_end_ = b_.iri(cat(vocab::kKh, "charEnd"));
  const TermId kh_evidence_text_ = b_.iri(cat(vocab::kKh, "evidenceText"));
  const TermId kh_rule_ = b_.iri(cat(vocab::kKh, "rule"));
  const TermId kh_confidence_ = b_.iri(cat(vocab::kKh, "confidence"));
};

Term to_term(const Dataset& d, TermId id) { return d.term(id); }

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
  std::array<char, 16> buf{};
  for (uint32_t v : {evidence.sentence, evidence.begin, evidence.end}) {
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    key.append(buf.data(), end);
    key += '|';
  }
  key += evidence.rule;
  std::string out;
  out.reserve(base.size() + 10 + 16);
  out += base;
  out += "statement/";
  out += hex16(fnv1a_64(key));
  return out;
}

Status check_options(const ExportOptions& options) {
  if (has_hierarchical_scheme(options.base_iri)) return {};
  return {ErrorCode::kUsage,
          "base IRI must be absolute (scheme://...): " + options.base_iri};
}

std::optional<TermId> Dataset::find(const Term& t) const {
  const auto it = std::lower_bound(terms_.begin(), terms_.end(), t);
  if (it == terms_.end() || *it != t) return std::nullopt;
  return static_cast<TermId>(it - terms_.begin());
}

std::vector<QuadRef> Dataset::sorted_quads() const {
  std::vector<QuadRef> out = quads_;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<TripleRef> Dataset::sorted_triples() const {
  std::vector<TripleRef> out;
  out.reserve(quads_.size());
  for (const QuadRef& q : quads_) out.push_back(q.triple);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Dataset build_dataset(const graph::Graph& g, const ExportOptions& options) {
  KHABAR_CONTRACT_CHECK(has_hierarchical_scheme(options.base_iri),
                        "base IRI must be absolute");
  Collector collector(g, percent_encode_iri(options.base_iri));
  collector.run();
  Dataset d;
  collector.builder().finish(d.terms_, d.quads_);
  return d;
}

std::vector<Quad> build_quads(const graph::Graph& g, const ExportOptions& options) {
  const Dataset d = build_dataset(g, options);
  std::vector<Quad> out;
  for (const QuadRef& q : d.sorted_quads()) {
    out.push_back({q.graph == 0 ? std::string() : d.term(q.graph - 1).value,
                   {to_term(d, q.triple.subject), to_term(d, q.triple.predicate),
                    to_term(d, q.triple.object)}});
  }
  return out;
}

std::vector<Triple> to_triples(const std::vector<Quad>& quads) {
  std::vector<Triple> out;
  out.reserve(quads.size());
  for (const auto& q : quads) out.push_back(q.triple);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Triple> build_triples(const graph::Graph& g, const ExportOptions& options) {
  const Dataset d = build_dataset(g, options);
  std::vector<Triple> out;
  for (const TripleRef& t : d.sorted_triples()) {
    out.push_back({to_term(d, t.subject), to_term(d, t.predicate), to_term(d, t.object)});
  }
  return out;
}

}  // namespace khabar::exporters::rdf
