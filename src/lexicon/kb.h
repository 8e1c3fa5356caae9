#pragma once
/// \file kb.h
/// `KnowledgeBase`: the entities khabar knows by name (ontology/kb/ and
/// ontology/lexicons/<lang>/names.tsv, nationalities.tsv), plus every ISO
/// 3166 region with its CLDR display names from ICU, plus what the user adds
/// with `--kb` (a `#khabar-kb-ext 1` file or the SPARQL JSON results of a
/// Wikidata query). Formats: ontology/kb/README.md.
///
/// Invariants: keys are unique (an extra file's entity that carries the
/// Wikidata id of a known entity is merged into it and its key becomes an
/// alias of that entity's key); no Wikidata id belongs to two entities.
///
/// Thread safety: loaded once, then immutable and shared by all threads.

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace khabar::lexicon {

class Ontology;

struct KbLabel {
  std::string lang;  ///< BCP 47 tag, lower case ("ar", "en", "zh-hans")
  std::string text;
  std::string kind;  ///< name, alias, acronym, adjective, cldr
};

struct KbEntity {
  std::string key;       ///< stable key: "country/cn", "person/wang-yi"
  std::string cls;       ///< ontology class local name ("Country")
  std::string wikidata;  ///< "Q148" or empty
  std::string geonames;
  std::map<std::string, std::string> facts;  ///< country=..., partOf=...
  std::vector<KbLabel> labels;
  /// lang -> the form used inside composed names (`lexicons/<lang>/short_names.tsv`:
  /// "ASEAN" in "46th ASEAN Summit", "US" in "US Army"); not matched in text.
  std::map<std::string, std::string> short_names;
  /// lang -> the name alone by which news refers to a person again
  /// (`short_names.tsv`, kind `surname`: Erdoğan, Sisi, Xi); not matched in
  /// text.
  std::map<std::string, std::string> surnames;
  /// True when a `--kb` file added the entity (not merged into a built-in
  /// one): its labels are not curated, and a label that is also a common word
  /// needs evidence in the text before it is linked.
  bool extra = false;
  /// The preferred label in `lang` (curated name, else CLDR, else first).
  std::string label(const std::string& lang) const;
  /// The form of the name used inside composed names in `lang`: the short
  /// name when one is listed, else `label(lang)`.
  std::string short_label(const std::string& lang) const;
  /// The surname in `lang` (Erdoğan), or "" when none is listed.
  std::string surname(const std::string& lang) const;
  /// The first nationality adjective in `lang` ("Lebanese"), or "".
  std::string adjective(const std::string& lang) const;
};

class KnowledgeBase {
 public:
  /// Loads ontology/kb/entities.tsv, ontology/kb/wikidata_classes.tsv and the
  /// names of every language folder under ontology/lexicons/ from `data_dir`,
  /// then ICU's region names, then each of `extra_files` with `load_file`.
  /// When `ontology` is given, the classes of extra files are checked against
  /// it (with file and line). Fails with the first error, positioned.
  static Expected<KnowledgeBase> load(const std::string& data_dir,
                                      const std::vector<std::string>& extra_files = {},
                                      const Ontology* ontology = nullptr);

  /// Reads one `--kb` file, choosing the format by extension and content:
  /// `.json`/`.srj` or a first character `{` -> `load_sparql_json`;
  /// `#khabar-kb-ext N` -> `load_ext`; `#khabar-kb N` -> `load_entities`.
  Status load_file(const std::string& path, const Ontology* ontology = nullptr);
  /// Reads an entities file (`#khabar-kb 1`: key class wikidata geonames
  /// facts). A known key is completed (missing id, GeoNames id, facts), never
  /// overridden; an unknown key with a known Wikidata id is merged into the
  /// entity that has it, unless `builtin` (then it is an error). Classes are
  /// checked against `ontology` when given.
  Status load_entities(const std::string& path, bool builtin = false,
                       const Ontology* ontology = nullptr);
  /// Reads a names/nationalities file (`surface key kind`) for `lang`.
  Status load_names(const std::string& path, const std::string& lang);
  /// Reads a short-names file (`surface key kind`, kind `short` or
  /// `surname`) for `lang`: at most one of each kind per key and language.
  Status load_short_names(const std::string& path, const std::string& lang);
  /// Reads the spellings of one given name in `lang` (`name_variants.tsv`:
  /// `word variants`, the variants separated by `|`) and gives every
  /// person's label in `lang` that has the word each other spelling of it,
  /// as an alias (Mohammed bin Salman: Mohamed bin Salman).
  Status add_name_variants(const std::string& path, const std::string& lang);
  /// True when the article supports candidate `c` of an ambiguous label:
  /// its `country=` is among `named` (Amman when Jordan is named), or it is
  /// itself among `named`, or an entity of `named` lies in it (Oman when
  /// Muscat is named). `named`: entity indices named unambiguously in the
  /// article, sorted. Thread-safe (const).
  bool supported_by(uint32_t c, const std::vector<uint32_t>& named) const;
  /// Reads a single-file extension (`#khabar-kb-ext 1`): `entity` rows and
  /// `label` rows. Stricter than `load_entities`: a Wikidata id that
  /// contradicts the known one of the same key is an error.
  Status load_ext(const std::string& path, const Ontology* ontology = nullptr);
  /// Reads W3C SPARQL 1.1 JSON results of a Wikidata query: variables
  /// `item` (required), `label`/`itemLabel`, `altLabel`/`itemAltLabel`
  /// (comma-separated), `type`/`class`, `country`, `geonames`. Rows of the
  /// same item are merged; an item whose id is known is merged into that
  /// entity, any other becomes `wd/q<digits>`.
  Status load_sparql_json(const std::string& path, const Ontology* ontology = nullptr);
  /// Reads the Wikidata class -> khabar class table (`#khabar-kb-classes 1`:
  /// wikidata class).
  Status load_class_map(const std::string& path);

  const std::vector<KbEntity>& entities() const { return entities_; }
  /// The entity with `key` (or with a key merged into it), or nullptr.
  const KbEntity* find(const std::string& key) const;
  int32_t index(const std::string& key) const;
  /// Index of the entity with Wikidata id `qid` ("Q148"), or -1.
  int32_t index_of_wikidata(const std::string& qid) const;
  /// The khabar class of a Wikidata class id ("Q5" -> "Person"), or "".
  const std::string& class_of_wikidata(const std::string& qid) const;

 private:
  /// How `add_entity` treats an entity whose key or Wikidata id is known.
  enum class Merge : uint8_t {
    kBuiltin,  ///< a known Wikidata id under another key is an error
    kLenient,  ///< entities.tsv format from --kb: complete, ignore conflicts
    kStrict,   ///< ext and SPARQL: complete, conflicting ids are errors
  };
  Status add_regions();
  /// Adds `e` or merges it (see `Merge`); sets `*index` to its entity.
  Status add_entity(KbEntity e, Merge merge, const std::string& path, uint32_t line,
                    uint32_t* index);
  /// Adds a label unless the entity has it; a second `name` in a language
  /// with a name (or CLDR name) becomes an `alias`.
  void add_label(uint32_t index, std::string lang, std::string text, std::string kind);

  std::vector<KbEntity> entities_;
  std::unordered_map<std::string, uint32_t> by_key_;       ///< keys and merged keys
  std::unordered_map<std::string, uint32_t> by_wikidata_;  ///< "Q148" -> index
  std::unordered_map<std::string, std::string> wikidata_classes_;  ///< "Q5" -> "Person"
};

}  // namespace khabar::lexicon
