#pragma once
/// \file context.h
/// The JSON-LD `@context` of khabar's exports, built from `vocab.h`: the
/// prefixes and one term definition per property the exporters write, with
/// the type coercions (`@id`, `xsd:date`, `xsd:integer`, `xsd:decimal`) that
/// let values be plain JSON strings. `ontology/context.jsonld` is exactly
/// `context_document()`; regenerate it with the `khabar_jsonld_context`
/// program, and the exporters unit test checks that they agree.

#include <string>
#include <string_view>
#include <vector>

namespace khabar::exporters::jsonld {

/// A context prefix: `"kh": "https://w3id.org/khabar/ontology#"`.
struct Prefix {
  std::string_view name;
  std::string_view iri;
};

/// How a term's string values expand.
enum class Coercion {
  kNone,     ///< a plain string literal
  kId,       ///< `"@type": "@id"`: an IRI
  kDate,     ///< `"@type": "xsd:date"`
  kInteger,  ///< `"@type": "xsd:integer"`
  kDecimal,  ///< `"@type": "xsd:decimal"`
};

/// A term definition: `name` stands for `prefix:local`.
struct TermDefinition {
  std::string_view name;
  std::string_view prefix;
  std::string_view local;
  Coercion coercion = Coercion::kNone;

  /// The absolute IRI of the term.
  std::string iri() const;
};

/// Prefixes, in the order they are written.
const std::vector<Prefix>& context_prefixes();
/// Term definitions, in the order they are written. Names are unique and
/// contain no ':'.
const std::vector<TermDefinition>& context_terms();

/// The term whose IRI is `iri`, or nullptr.
const TermDefinition* find_term(std::string_view iri);

/// The datatype IRI a coercion gives (empty for `kNone` and `kId`).
std::string coercion_datatype(Coercion c);

/// `iri` as a compact IRI `prefix:local` when a context prefix is a proper
/// prefix of it and the rest does not start with "//"; otherwise `iri`.
std::string compact_iri(std::string_view iri);

/// Writes the context object (the value of `"@context"`) with a RapidJSON
/// `Writer` or `PrettyWriter`.
template <typename JsonWriter>
void write_context_object(JsonWriter& w) {
  auto str = [&w](std::string_view s) {
    w.String(s.data(), static_cast<unsigned>(s.size()), true);
  };
  auto key = [&w](std::string_view s) {
    w.Key(s.data(), static_cast<unsigned>(s.size()), true);
  };
  w.StartObject();
  key("@version");
  w.Double(1.1);
  for (const Prefix& p : context_prefixes()) {
    key(p.name);
    str(p.iri);
  }
  for (const TermDefinition& t : context_terms()) {
    key(t.name);
    w.StartObject();
    key("@id");
    str(std::string(t.prefix) + ":" + std::string(t.local));
    if (t.coercion == Coercion::kId) {
      key("@type");
      str("@id");
    } else if (t.coercion != Coercion::kNone) {
      key("@type");
      str(compact_iri(coercion_datatype(t.coercion)));
    }
    w.EndObject();
  }
  w.EndObject();
}

/// The whole context document, `{"@context": {...}}`, pretty-printed with
/// two-space indents and a final newline: the content of
/// `ontology/context.jsonld`.
std::string context_document();

}  // namespace khabar::exporters::jsonld
