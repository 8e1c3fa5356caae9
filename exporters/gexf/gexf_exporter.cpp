#include "exporters/gexf/gexf_exporter.h"

#include <algorithm>
#include <ostream>
#include <set>
#include <string>
#include <unordered_map>

#include "exporters/graph_info.h"
#include "exporters/text_util.h"

namespace khabar::exporters::gexf {
namespace {

/// `s` as an XML attribute value: `xml_escape`, with tab and line feed as
/// character references, which attribute-value normalisation keeps.
std::string attr(std::string_view s) {
  const std::string escaped = xml_escape(s);
  std::string out;
  out.reserve(escaped.size());
  for (char c : escaped) {
    if (c == '\n') {
      out += "&#10;";
    } else if (c == '\t') {
      out += "&#9;";
    } else {
      out += c;
    }
  }
  return out;
}

struct Attribute {
  std::string id;    ///< also its title
  const char* type;  ///< GEXF attribute type
};

void write_attributes(std::ostream& out, const char* cls, const std::vector<Attribute>& attrs) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const auto& a : attrs) {
    out << "      <attribute id=\"" << a.id << "\" title=\"" << a.id << "\" type=\"" << a.type
        << "\"/>\n";
  }
  out << "    </attributes>\n";
}

/// Writes `<attvalue>`s for the non-empty values, inside `<attvalues>` when
/// there is at least one.
class AttValues {
 public:
  void add(std::string_view id, std::string_view value) {
    if (!value.empty()) items_.emplace_back(id, value);
  }
  void write(std::ostream& out) const {
    if (items_.empty()) return;
    out << "        <attvalues>\n";
    for (const auto& [id, value] : items_) {
      out << "          <attvalue for=\"" << attr(id) << "\" value=\"" << attr(value)
          << "\"/>\n";
    }
    out << "        </attvalues>\n";
  }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

void write_spells(std::ostream& out, const std::vector<std::string>& dates) {
  const auto ranges = date_ranges(dates);
  if (ranges.empty()) return;
  out << "        <spells>\n";
  for (const auto& r : ranges) {
    out << "          <spell start=\"" << r.start << "\" end=\"" << r.end << "\"/>\n";
  }
  out << "        </spells>\n";
}

}  // namespace

Status GexfExporter::write(const graph::Graph& g, const ExportOptions& options,
                           std::ostream& out) const {
  const auto nodes = g.sorted_nodes();
  const auto edges = g.sorted_edges();
  const std::set<std::string> langs = label_languages(nodes);

  std::string first_date, last_date;
  for (const graph::Node* n : nodes) {
    if (n->kind != graph::NodeKind::kArticle || !is_iso_date(n->date)) continue;
    if (first_date.empty() || n->date < first_date) first_date = n->date;
    if (last_date.empty() || n->date > last_date) last_date = n->date;
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
         "    version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>khabar</creator>\n"
         "    <description>Knowledge graph extracted from news articles</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\""
         " timerepresentation=\"interval\"";
  if (!first_date.empty()) out << " start=\"" << first_date << "\" end=\"" << last_date << "\"";
  out << ">\n";

  std::vector<Attribute> node_attrs = {
      {"type", "string"},      {"class", "string"},     {"kind", "string"},
      {"iri", "string"},       {"wikidata", "string"},  {"date", "string"},
      {"first_seen", "string"}, {"last_seen", "string"}, {"articles", "integer"},
  };
  for (const auto& lang : langs) node_attrs.push_back({"label_" + lang, "string"});
  write_attributes(out, "node", node_attrs);
  write_attributes(out, "edge",
                   {{"relation", "string"},
                    {"confidence", "double"},
                    {"evidence_count", "integer"},
                    {"evidence", "string"},
                    {"rule", "string"},
                    {"article", "string"},
                    {"sentence", "integer"},
                    {"char_start", "integer"},
                    {"char_end", "integer"}});

  std::unordered_map<const graph::Node*, std::string> id_of;
  id_of.reserve(nodes.size());
  out << "    <nodes count=\"" << nodes.size() << "\">\n";
  for (const graph::Node* np : nodes) {
    const graph::Node& n = *np;
    const std::string iri = absolute_iri(n.iri, options.base_iri);
    const std::string& id = id_of.emplace(np, attr(iri)).first->second;
    out << "      <node id=\"" << id << "\" label=\"" << attr(display_label(n)) << "\">\n";
    const auto dates = node_dates(g, n);
    AttValues values;
    values.add("type", node_type(n));
    values.add("class", node_class(n));
    values.add("kind", n.kind == graph::NodeKind::kArticle ? "article" : "entity");
    values.add("iri", iri);
    values.add("wikidata", wikidata_id(n));
    values.add("date", n.date);
    if (!dates.empty()) {
      values.add("first_seen", dates.front());
      values.add("last_seen", dates.back());
    }
    if (n.kind == graph::NodeKind::kEntity) {
      values.add("articles", std::to_string(n.articles.size()));
    }
    for (const auto& [lang, text] : labels_by_language(n)) values.add("label_" + lang, text);
    values.write(out);
    write_spells(out, dates);
    const Rgb c = type_colour(n);
    out << "        <color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b << "\"/>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges count=\"" << edges.size() << "\">\n";
  for (size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    const std::string relation = attr(e.edge->predicate);
    out << "      <edge id=\"e" << i << "\" source=\"" << id_of.at(e.subject) << "\" target=\""
        << id_of.at(e.object) << "\" kind=\"" << relation << "\" label=\"" << relation
        << "\" weight=\"" << graph::support(*e.edge) << "\">\n";
    AttValues values;
    values.add("relation", e.edge->predicate);
    if (!e.edge->evidence.empty()) {
      const graph::Evidence& ev = shown_evidence(*e.edge);
      values.add("confidence", format_decimal(best_confidence(*e.edge)));
      values.add("evidence_count", std::to_string(e.edge->evidence.size()));
      values.add("evidence", ev.text);
      values.add("rule", ev.rule);
      if (!ev.article.empty()) values.add("article", absolute_iri(ev.article, options.base_iri));
      values.add("sentence", std::to_string(ev.sentence));
      values.add("char_start", std::to_string(ev.begin));
      values.add("char_end", std::to_string(ev.end));
    }
    values.write(out);
    write_spells(out, edge_dates(g, *e.edge));
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the gexf output"};
  return {};
}

}  // namespace khabar::exporters::gexf
