#pragma once
/// \file ontology.h
/// `Ontology`: the class tree of ontology/khabar.ttl (rdfs:subClassOf), read
/// with Raptor2, so every class a lexicon names can be checked and mapped
/// to its coarse class.

#include <string>
#include <unordered_map>

#include "core/status.h"

namespace khabar::lexicon {

class Ontology {
 public:
  /// Reads the Turtle file `path`.
  static Expected<Ontology> load(const std::string& path);
  /// The coarse class (Person Place Organization Event Document Initiative)
  /// of a kh: class local name, or "" when the class is unknown.
  std::string coarse_of(const std::string& cls) const {
    auto it = coarse_.find(cls);
    return it != coarse_.end() ? it->second : find_coarse(cls);
  }
  bool has_class(const std::string& cls) const { return !coarse_of(cls).empty(); }
  /// True when `cls` is `ancestor` or a subclass of it.
  bool is_a(const std::string& cls, const std::string& ancestor) const;
  bool has_property(const std::string& local) const { return properties_.count(local) > 0; }

 private:
  /// The coarse class of `cls` by a walk up the class tree (what `coarse_`
  /// holds for the classes the file names).
  std::string find_coarse(const std::string& cls) const;
  std::unordered_map<std::string, std::string> parent_;  ///< class -> superclass (kh: local names)
  /// `find_coarse` of every class the file names (and the coarse classes),
  /// computed once at load.
  std::unordered_map<std::string, std::string> coarse_;
  std::unordered_map<std::string, bool> properties_;
};

}  // namespace khabar::lexicon
