#include "exporters/jsonld/context.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "core/vocab.h"

namespace khabar::exporters::jsonld {

std::string TermDefinition::iri() const {
  for (const Prefix& p : context_prefixes()) {
    if (p.name == prefix) return std::string(p.iri) + std::string(local);
  }
  return std::string(prefix) + ":" + std::string(local);
}

const std::vector<Prefix>& context_prefixes() {
  static const std::vector<Prefix> kPrefixes = {
      {"kh", vocab::kKh},     {"schema", vocab::kSchema}, {"rdf", vocab::kRdf},
      {"rdfs", vocab::kRdfs}, {"owl", vocab::kOwl},       {"skos", vocab::kSkos},
      {"prov", vocab::kProv}, {"xsd", vocab::kXsd},       {"wd", vocab::kWd},
  };
  return kPrefixes;
}

const std::vector<TermDefinition>& context_terms() {
  using C = Coercion;
  static const std::vector<TermDefinition> kTerms = {
      // Entities.
      {"label", "rdfs", "label", C::kNone},
      {"altLabel", "skos", "altLabel", C::kNone},
      {"sameAs", "owl", "sameAs", C::kId},
      {"startDate", "schema", "startDate", C::kDate},
      // Articles.
      {"identifier", "schema", "identifier", C::kNone},
      {"url", "schema", "url", C::kId},
      {"headline", "schema", "headline", C::kNone},
      {"inLanguage", "schema", "inLanguage", C::kNone},
      {"datePublished", "schema", "datePublished", C::kDate},
      {"mentions", "schema", "mentions", C::kId},
      // Statement-level provenance.
      {"subject", "rdf", "subject", C::kId},
      {"predicate", "rdf", "predicate", C::kId},
      {"object", "rdf", "object", C::kId},
      {"wasDerivedFrom", "prov", "wasDerivedFrom", C::kId},
      {"sentenceIndex", "kh", "sentenceIndex", C::kInteger},
      {"charStart", "kh", "charStart", C::kInteger},
      {"charEnd", "kh", "charEnd", C::kInteger},
      {"evidenceText", "kh", "evidenceText", C::kNone},
      {"rule", "kh", "rule", C::kNone},
      {"confidence", "kh", "confidence", C::kDecimal},
      // The core relations (../shared/eval/SCHEMA.md).
      {"coChaired", "kh", "coChaired", C::kId},
      {"chaired", "kh", "chaired", C::kId},
      {"attended", "kh", "attended", C::kId},
      {"hostedIn", "kh", "hostedIn", C::kId},
      {"metWith", "kh", "metWith", C::kId},
      {"spokeWith", "kh", "spokeWith", C::kId},
      {"visited", "kh", "visited", C::kId},
      {"memberOf", "kh", "memberOf", C::kId},
      {"officialOf", "kh", "officialOf", C::kId},
      {"partOf", "kh", "partOf", C::kId},
      {"locatedIn", "kh", "locatedIn", C::kId},
      {"issued", "kh", "issued", C::kId},
      {"signed", "kh", "signed", C::kId},
  };
  return kTerms;
}

const TermDefinition* find_term(std::string_view iri) {
  for (const TermDefinition& t : context_terms()) {
    for (const Prefix& p : context_prefixes()) {
      if (p.name == t.prefix && iri.size() == p.iri.size() + t.local.size() &&
          iri.starts_with(p.iri) && iri.ends_with(t.local)) {
        return &t;
      }
    }
  }
  return nullptr;
}

std::string coercion_datatype(Coercion c) {
  switch (c) {
    case Coercion::kDate: return std::string(vocab::kXsd) + "date";
    case Coercion::kInteger: return std::string(vocab::kXsd) + "integer";
    case Coercion::kDecimal: return std::string(vocab::kXsd) + "decimal";
    case Coercion::kNone:
    case Coercion::kId: return {};
  }
  return {};
}

std::string compact_iri(std::string_view iri) {
  const Prefix* best = nullptr;
  for (const Prefix& p : context_prefixes()) {
    if (iri.size() > p.iri.size() && iri.starts_with(p.iri) &&
        !iri.substr(p.iri.size()).starts_with("//") &&
        (best == nullptr || p.iri.size() > best->iri.size())) {
      best = &p;
    }
  }
  if (best == nullptr) return std::string(iri);
  return std::string(best->name) + ":" + std::string(iri.substr(best->iri.size()));
}

std::string context_document() {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("@context");
  write_context_object(w);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace khabar::exporters::jsonld
