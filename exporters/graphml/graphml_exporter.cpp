#include "exporters/graphml/graphml_exporter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <ostream>
#include <set>
#include <string>
#include <unordered_map>

#include "exporters/graph_info.h"
#include "exporters/text_util.h"

namespace khabar::exporters::graphml {
namespace {

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

  const std::set<std::string> langs = label_languages(nodes);

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
  write_key(out, "v_first_seen", "node", "first_seen", "string");
  write_key(out, "v_last_seen", "node", "last_seen", "string");
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
    write_data(out, "v_type", node_type(n));
    write_data(out, "v_class", node_class(n));
    write_data(out, "v_kind", article ? "article" : "entity");
    // The same IRI as in the RDF exports, so the two can be joined.
    write_data(out, "v_iri", absolute_iri(n.iri, options.base_iri));
    write_data(out, "v_wikidata", wikidata_id(n));
    write_data(out, "v_date", n.date);
    if (const auto dates = node_dates(g, n); !dates.empty()) {
      write_data(out, "v_first_seen", dates.front());
      write_data(out, "v_last_seen", dates.back());
    }
    // One label per language: the first in sorted order.
    for (const auto& [lang, text] : labels_by_language(n)) {
      write_data(out, "v_label_" + lang, text);
    }
    const Rgb c = type_colour(n);
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
      const graph::Evidence& first = shown_evidence(*e.edge);
      write_data(out, "e_confidence", format_decimal(best_confidence(*e.edge)));
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
