#include "exporters/graphml/graphml_exporter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <ostream>
#include <set>
#include <string>
#include <unordered_map>

#include "exporters/text_util.h"

namespace khabar::exporters::graphml {
namespace {

struct Rgb {
  int r, g, b;
};

/// Node colour by coarse type (articles and untyped nodes are grey).
Rgb colour_of(const graph::Node& n) {
  if (n.kind == graph::NodeKind::kArticle) return {149, 165, 166};
  static const std::array<std::pair<std::string_view, Rgb>, 6> kColours = {{
      {"Person", {231, 76, 60}},
      {"Place", {46, 204, 113}},
      {"Organization", {52, 152, 219}},
      {"Event", {243, 156, 18}},
      {"Document", {155, 89, 182}},
      {"Initiative", {26, 188, 156}},
  }};
  for (const auto& [type, rgb] : kColours) {
    if (n.coarse == type) return rgb;
  }
  return {127, 127, 127};
}

bool is_english(const graph::LangString& l) {
  const std::string lang = normalise_language(l.lang);
  return lang == "en" || lang.starts_with("en-");
}

/// The label every consumer shows: English if any, else the first label;
/// articles use their title; a node without any name shows its IRI.
std::string display_label(const graph::Node& n) {
  if (n.kind == graph::NodeKind::kArticle) {
    if (!n.title.empty()) return n.title;
    if (!n.article_id.empty()) return n.article_id;
  }
  for (const auto& l : n.labels) {
    if (is_english(l)) return l.text;
  }
  if (!n.labels.empty()) return n.labels.front().text;
  if (!n.alt_labels.empty()) return n.alt_labels.front().text;
  return n.iri;
}

/// A language tag as the NMTOKEN-safe suffix of a key name ("ar", "en-gb").
std::string key_suffix(std::string_view lang) { return normalise_language(lang); }

std::string format_double(double v) {
  std::array<char, 32> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  if (ec != std::errc()) return "0";
  return {buf.data(), end};
}

/// Writes `<data key="k">value</data>` when `value` is not empty.
void write_data(std::ostream& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

void write_key(std::ostream& out, std::string_view id, std::string_view domain,
               std::string_view name, std::string_view type) {
  out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\""
      << name << "\" attr.type=\"" << type << "\"/>\n";
}

}  // namespace

Status GraphMlExporter::write(const graph::Graph& g, const ExportOptions& options,
                              std::ostream& out) const {
  const auto nodes = g.sorted_nodes();
  const auto edges = g.sorted_edges();

  std::set<std::string> langs;
  for (const graph::Node* n : nodes) {
    for (const auto& l : n->labels) {
      if (std::string s = key_suffix(l.lang); !s.empty()) langs.insert(std::move(s));
    }
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  write_key(out, "v_label", "node", "label", "string");
  write_key(out, "v_type", "node", "type", "string");
  write_key(out, "v_class", "node", "class", "string");
  write_key(out, "v_kind", "node", "kind", "string");
  write_key(out, "v_iri", "node", "iri", "string");
  write_key(out, "v_wikidata", "node", "wikidata", "string");
  write_key(out, "v_date", "node", "date", "string");
  for (const auto& lang : langs) {
    write_key(out, "v_label_" + lang, "node", "label_" + lang, "string");
  }
  write_key(out, "v_r", "node", "r", "int");
  write_key(out, "v_g", "node", "g", "int");
  write_key(out, "v_b", "node", "b", "int");
  write_key(out, "e_relation", "edge", "relation", "string");
  write_key(out, "e_label", "edge", "label", "string");
  write_key(out, "e_weight", "edge", "weight", "double");
  write_key(out, "e_confidence", "edge", "confidence", "double");
  write_key(out, "e_evidence", "edge", "evidence", "string");
  write_key(out, "e_rule", "edge", "rule", "string");
  write_key(out, "e_article", "edge", "article", "string");
  write_key(out, "e_sentence", "edge", "sentence", "int");
  write_key(out, "e_char_start", "edge", "char_start", "int");
  write_key(out, "e_char_end", "edge", "char_end", "int");
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";

  std::unordered_map<const graph::Node*, size_t> index;
  index.reserve(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const graph::Node& n = *nodes[i];
    index.emplace(&n, i);
    const bool article = n.kind == graph::NodeKind::kArticle;
    out << "    <node id=\"n" << i << "\">\n";
    write_data(out, "v_label", display_label(n));
    write_data(out, "v_type", article ? std::string_view("NewsArticle") : n.coarse);
    write_data(out, "v_class", article && n.cls.empty() ? std::string_view("NewsArticle")
                                                        : std::string_view(n.cls));
    write_data(out, "v_kind", article ? "article" : "entity");
    // The same IRI as in the RDF exports, so the two can be joined.
    write_data(out, "v_iri", absolute_iri(n.iri, options.base_iri));
    write_data(out, "v_wikidata", n.wikidata);
    write_data(out, "v_date", n.date);
    // One label per language: the first in sorted order.
    std::set<std::string> done;
    for (const auto& l : n.labels) {
      std::string lang = key_suffix(l.lang);
      if (lang.empty() || !done.insert(lang).second) continue;
      write_data(out, "v_label_" + lang, l.text);
    }
    const Rgb c = colour_of(n);
    write_data(out, "v_r", std::to_string(c.r));
    write_data(out, "v_g", std::to_string(c.g));
    write_data(out, "v_b", std::to_string(c.b));
    out << "    </node>\n";
  }

  for (size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"n" << index.at(e.subject)
        << "\" target=\"n" << index.at(e.object) << "\">\n";
    write_data(out, "e_relation", e.edge->predicate);
    write_data(out, "e_label", e.edge->predicate);
    write_data(out, "e_weight", format_double(graph::support(*e.edge)));
    if (!e.edge->evidence.empty()) {
      double best = 0;
      for (const auto& ev : e.edge->evidence) best = std::max(best, ev.confidence);
      const graph::Evidence& first = e.edge->evidence.front();
      write_data(out, "e_confidence", format_decimal(best));
      write_data(out, "e_evidence", first.text);
      write_data(out, "e_rule", first.rule);
      if (!first.article.empty()) {
        write_data(out, "e_article", absolute_iri(first.article, options.base_iri));
      }
      write_data(out, "e_sentence", std::to_string(first.sentence));
      write_data(out, "e_char_start", std::to_string(first.begin));
      write_data(out, "e_char_end", std::to_string(first.end));
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the graphml output"};
  return {};
}

}  // namespace khabar::exporters::graphml
