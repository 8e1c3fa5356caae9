#pragma once
/// \file graph_info.h
/// What the property-graph exporters (GraphML, GEXF, Neo4j) show of a node
/// or an edge beyond its fields: the label a viewer displays, a colour per
/// coarse type, the languages of labels, and the dates an entity or a fact
/// was reported (from the publication dates of its articles). One definition,
/// so the three formats agree.
///
/// Every function is pure and thread-safe.

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace khabar::exporters {

/// An sRGB colour.
struct Rgb {
  int r = 0, g = 0, b = 0;
};

/// The colour of a node by coarse type (articles and untyped nodes grey).
Rgb type_colour(const graph::Node& n);

/// The label every consumer shows: the English label if any, else the first
/// label; articles show their title (else their id); a node without any
/// name shows its IRI. Not escaped.
std::string display_label(const graph::Node& n);

/// The normalised language tags (`normalise_language`) of every node label,
/// sorted; invalid tags are left out.
std::set<std::string> label_languages(const std::vector<const graph::Node*>& nodes);

/// The first label of `n` in each language, by normalised tag, in tag order.
std::vector<std::pair<std::string, std::string>> labels_by_language(const graph::Node& n);

/// The node's type as exporters show it: its coarse class, or "NewsArticle".
std::string_view node_type(const graph::Node& n);
/// The node's class: its fine class, or "NewsArticle" for an article.
std::string_view node_class(const graph::Node& n);

/// The node's Wikidata id when it is one ("Q148"), else "" (the RDF exports
/// drop other values too).
std::string_view wikidata_id(const graph::Node& n);

/// Publication dates (valid YYYY-MM-DD) of the articles that report `n`,
/// sorted and unique; for an article, its own date.
std::vector<std::string> node_dates(const graph::Graph& g, const graph::Node& n);
/// Publication dates of the articles among the evidence of `e`, sorted, unique.
std::vector<std::string> edge_dates(const graph::Graph& g, const graph::Edge& e);

/// An inclusive range of days.
struct DateRange {
  std::string start, end;  ///< YYYY-MM-DD
  bool operator==(const DateRange&) const = default;
};
/// Sorted unique `dates` as ranges of consecutive days:
/// {"2024-08-16", "2024-08-17", "2024-08-20"} -> [16..17], [20..20].
std::vector<DateRange> date_ranges(const std::vector<std::string>& dates);

/// Days since 1970-01-01 of a valid YYYY-MM-DD date.
int64_t days_from_civil(std::string_view date);

/// The evidence item exporters that show one item per edge show: the first
/// (the evidence list is sorted, so this is deterministic). Requires a
/// non-empty list.
const graph::Evidence& shown_evidence(const graph::Edge& e);
/// The highest confidence among the evidence of `e` (0 when none).
double best_confidence(const graph::Edge& e);

}  // namespace khabar::exporters
