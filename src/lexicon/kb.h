#pragma once
/// \file kb.h
/// `KnowledgeBase`: the entities khabar knows by name (ontology/kb/ and
/// ontology/lexicons/<lang>/names.tsv, nationalities.tsv), plus every ISO
/// 3166 region with its CLDR display names from ICU. Format:
/// ontology/kb/README.md.
///
/// Thread safety: loaded once, then immutable and shared by all threads.

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace khabar::lexicon {

struct KbLabel {
  std::string lang;
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
  /// The preferred label in `lang` (curated name, else CLDR, else first).
  std::string label(const std::string& lang) const;
};

class KnowledgeBase {
 public:
  /// Loads ontology/kb/entities.tsv and the names of every language folder
  /// under ontology/lexicons/ from `data_dir`, then ICU's region names.
  static Expected<KnowledgeBase> load(const std::string& data_dir,
                                      const std::vector<std::string>& extra_files = {});
  /// Reads one more entities file in the kb format (used for --kb).
  Status load_entities(const std::string& path);
  /// Reads a names/nationalities file (`surface key kind`) for `lang`.
  Status load_names(const std::string& path, const std::string& lang);

  const std::vector<KbEntity>& entities() const { return entities_; }
  const KbEntity* find(const std::string& key) const;
  int32_t index(const std::string& key) const;

 private:
  Status add_regions();
  std::vector<KbEntity> entities_;
  std::unordered_map<std::string, uint32_t> by_key_;
};

}  // namespace khabar::lexicon
