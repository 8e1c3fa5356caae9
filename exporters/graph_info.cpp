#include "exporters/graph_info.h"

#include <algorithm>
#include <array>

#include "core/status.h"
#include "exporters/text_util.h"

namespace khabar::exporters {
namespace {

bool is_english(const graph::LangString& l) {
  const std::string lang = normalise_language(l.lang);
  return lang == "en" || lang.starts_with("en-");
}

}  // namespace

Rgb type_colour(const graph::Node& n) {
  if (n.kind == graph::NodeKind::kArticle) return {149, 165, 166};
  static constexpr std::array<std::pair<std::string_view, Rgb>, 6> kColours = {{
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

std::set<std::string> label_languages(const std::vector<const graph::Node*>& nodes) {
  std::set<std::string> out;
  for (const graph::Node* n : nodes) {
    for (const auto& l : n->labels) {
      if (std::string s = normalise_language(l.lang); !s.empty()) out.insert(std::move(s));
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> labels_by_language(const graph::Node& n) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& l : n.labels) {
    std::string lang = normalise_language(l.lang);
    if (lang.empty()) continue;
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&](const auto& p) { return p.first == lang; });
    if (!seen) out.emplace_back(std::move(lang), l.text);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

std::string_view node_type(const graph::Node& n) {
  return n.kind == graph::NodeKind::kArticle ? std::string_view("NewsArticle")
                                             : std::string_view(n.coarse);
}

std::string_view node_class(const graph::Node& n) {
  if (n.kind == graph::NodeKind::kArticle && n.cls.empty()) return "NewsArticle";
  return n.cls;
}

std::string_view wikidata_id(const graph::Node& n) {
  const std::string& q = n.wikidata;
  if (q.size() < 2 || q[0] != 'Q') return {};
  for (size_t i = 1; i < q.size(); ++i) {
    if (q[i] < '0' || q[i] > '9') return {};
  }
  return q;
}

std::vector<std::string> node_dates(const graph::Graph& g, const graph::Node& n) {
  std::vector<std::string> out;
  if (n.kind == graph::NodeKind::kArticle) {
    if (is_iso_date(n.date)) out.push_back(n.date);
    return out;
  }
  for (const auto& a : n.articles) {
    const graph::Node* article = g.find(a);
    if (article != nullptr && is_iso_date(article->date)) out.push_back(article->date);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> edge_dates(const graph::Graph& g, const graph::Edge& e) {
  std::vector<std::string> out;
  for (const auto& ev : e.evidence) {
    if (ev.article.empty()) continue;
    const graph::Node* article = g.find(ev.article);
    if (article != nullptr && is_iso_date(article->date)) out.push_back(article->date);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int64_t days_from_civil(std::string_view d) {
  KHABAR_CONTRACT_CHECK(is_iso_date(d), "days_from_civil needs a YYYY-MM-DD date");
  auto num = [&](size_t pos, size_t len) {
    int64_t v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  // Howard Hinnant's days_from_civil.
  int64_t y = num(0, 4);
  const int64_t m = num(5, 2);
  const int64_t day = num(8, 2);
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::vector<DateRange> date_ranges(const std::vector<std::string>& dates) {
  std::vector<DateRange> out;
  int64_t last = 0;
  for (const auto& d : dates) {
    if (!is_iso_date(d)) continue;
    const int64_t day = days_from_civil(d);
    if (!out.empty() && day == last + 1) {
      out.back().end = d;
    } else if (out.empty() || day != last) {
      out.push_back({d, d});
    }
    last = day;
  }
  return out;
}

const graph::Evidence& shown_evidence(const graph::Edge& e) {
  KHABAR_CONTRACT_CHECK(!e.evidence.empty(), "an edge without evidence shows none");
  return e.evidence.front();
}

double best_confidence(const graph::Edge& e) {
  double best = 0;
  for (const auto& ev : e.evidence) best = std::max(best, ev.confidence);
  return best;
}

}  // namespace khabar::exporters
