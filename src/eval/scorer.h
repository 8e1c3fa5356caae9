#pragma once
/// \file scorer.h
/// khabar's own scorer: the measures of `../shared/eval/score.py`, computed
/// the same way, for graphs read with Raptor2.
///
///     ClassResolver classes = ClassResolver::from_triples(ontology_triples);
///     ArticleScore s = score_one(gold, build_system_view(graph, classes));
///
/// Everything here is a value or a pure function; safe to use from several
/// threads on distinct objects.

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "eval/gold.h"
#include "eval/rdf_reader.h"

namespace khabar::eval {

/// The coarse classes an entity must fall under (local names in `kh:`).
inline constexpr std::array<std::string_view, 6> kCoarseClasses = {
    "Person", "Place", "Organization", "Event", "Document", "Initiative"};

/// The core relations the scorer reads (local names in `kh:`).
inline constexpr std::array<std::string_view, 13> kCoreRelations = {
    "coChaired", "chaired", "attended", "hostedIn",   "metWith",
    "spokeWith", "visited", "memberOf", "officialOf", "partOf",
    "locatedIn", "issued",  "signed"};

/// True for the relations that match in either direction.
bool is_symmetric(std::string_view relation);

/// Maps class IRIs to the coarse class they fall under, through
/// `rdfs:subClassOf` declarations (transitively) read from ontology files.
class ClassResolver {
 public:
  /// Only `kh:Person` ... `kh:Initiative` themselves resolve.
  ClassResolver() = default;

  /// Collects the `rdfs:subClassOf` triples of `ontology` (other triples are
  /// ignored); call once per set of ontology files, all files together.
  static ClassResolver from_triples(const std::vector<Triple>& ontology);

  /// The coarse local name ("Place") `class_iri` is, or is declared under,
  /// or "" when none. Superclasses are searched depth first in IRI order,
  /// each class once. score.py searches in Python set order instead, so a
  /// class declared under two different coarse classes may resolve
  /// differently there (such an ontology is itself a defect).
  std::string resolve(const std::string& class_iri) const;

 private:
  std::string search(const std::string& c,
                     std::set<std::string>& visited) const;

  // superclasses_[c]: every object of `c rdfs:subClassOf ?` (term strings).
  std::map<std::string, std::set<std::string>> superclasses_;
};

/// One entity of a system graph.
struct SystemEntity {
  std::set<std::string> types;   ///< coarse classes of its `rdf:type`s
  std::set<std::string> labels;  ///< `normalise()` of all its labels
  std::set<std::string> en;      ///< ... of those untagged or tagged en*
  std::set<std::string> qids;    ///< Wikidata ids from `owl:sameAs`
};

/// A system relation: subject IRI, relation local name, object IRI.
struct SystemRelation {
  std::string s;
  std::string p;
  std::string o;
  auto operator<=>(const SystemRelation&) const = default;
};

/// What the scorer reads from a graph (`SCHEMA.md`, last section).
struct SystemView {
  std::map<std::string, SystemEntity> entities;  ///< by IRI
  std::set<SystemRelation> relations;
};

/// The predicates `build_system_view` looks at, to filter `read_rdf`.
bool is_scored_predicate(std::string_view predicate_iri);

/// score.py's `system_view()`: entities are IRI nodes with an `rdf:type`
/// that `classes` resolves, other than nodes typed `schema:NewsArticle`
/// (http or https); labels from rdfs:label, skos:prefLabel, skos:altLabel,
/// schema:name, schema:alternateName; Wikidata links from owl:sameAs;
/// relations `kh:<core relation>` between two entities.
SystemView build_system_view(const std::vector<Triple>& graph,
                             const ClassResolver& classes);

/// A candidate (system entity, gold entity) pair, as score.py ranks them.
struct Candidate {
  double score = 0;  ///< 1.1 for a shared Wikidata id, else `similarity()`
  std::string iri;
  std::string key;
  auto operator<=>(const Candidate&) const = default;
};

/// score.py's pairing: every pair with a score > 0, sorted by descending
/// (score, iri, key), taken greedily when neither side is taken yet.
/// Returns system IRI -> gold key.
std::map<std::string, std::string> pair_entities(const GoldArticle& gold,
                                                 const SystemView& system);

/// The counts of one article (score.py's `score_one()` result).
struct ArticleScore {
  std::string id;
  long ent_gold = 0, ent_tp = 0, ent_sys = 0;
  long type_ok = 0, en_ok = 0;
  long link_gold = 0, link_ok = 0, link_wrong = 0;
  long rel_gold = 0, rel_tp = 0, rel_sys = 0;
  /// Required gold keys left unmatched, in gold order.
  std::vector<std::string> missed_entities;
  /// Unmatched system entities by their smallest label key (or IRI), sorted.
  std::vector<std::string> spurious_entities;
  /// Required gold relations not found: "s p o", or "a b metWith" (a <= b)
  /// for a symmetric relation; sorted.
  std::vector<std::string> missed_relations;
  /// System relations neither in the gold nor implied: "s p o", each end
  /// the gold key it matched or else its IRI; sorted.
  std::vector<std::string> wrong_relations;
};

/// Scores one article's graph against its gold.
ArticleScore score_one(const GoldArticle& gold, const SystemView& system);

/// The sums over articles and the ratios derived from them.
struct Summary {
  long articles = 0;
  ArticleScore totals;  ///< counts summed; `id` and the lists unused
  double entity_p = 0, entity_r = 0, entity_f1 = 0;
  double relation_p = 0, relation_r = 0, relation_f1 = 0;
  double type_acc = 0, english_label_rate = 0, link_acc = 0;
};

/// Precision, recall, F1 of `tp` over `sys_n` system and `gold_n` gold
/// items; 0 where a denominator is 0 (score.py's `prf()`).
std::array<double, 3> prf(long tp, long sys_n, long gold_n);

/// Sums the articles' counts and computes the summary ratios.
Summary summarise(const std::vector<ArticleScore>& articles);

/// score.py's per-article line (no newline).
std::string format_article_line(const ArticleScore& a);

/// score.py's `-v` lines under an article ("    missed_entities: a; b"),
/// each ending in a newline; empty lists print nothing.
std::string format_verbose_lines(const ArticleScore& a);

/// score.py's TOTAL line (no newline).
std::string format_total_line(const Summary& s);

/// score.py's `--json` line: `json.dumps(summary)`, same keys, same order,
/// floats as Python's `repr()` (no newline).
std::string format_summary_json(const Summary& s);

/// A double as Python's `repr(float)` writes it ("0.1", "1.0", "1e-05").
std::string python_float_repr(double x);

/// Scores `gold` against the graph file at `graph_path` (read with
/// `read_rdf`, keeping the scored predicates); "" scores an empty graph.
/// Fails as `read_rdf` does.
Expected<ArticleScore> score_files(const GoldArticle& gold,
                                   const std::string& graph_path,
                                   const ClassResolver& classes);

}  // namespace khabar::eval
