#include "exporters/jsonld/jsonld_exporter.h"

#include <rapidjson/prettywriter.h>

#include <string>
#include <vector>

#include "core/vocab.h"
#include "exporters/jsonld/context.h"
#include "exporters/rdf/triples.h"

namespace khabar::exporters::jsonld {
namespace {

/// A RapidJSON output stream writing to a std::ostream in 64 KiB blocks
/// (rapidjson::OStreamWrapper calls std::ostream::put once per character).
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) { buffer_.reserve(kSize); }
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;
  ~BufferedOStream() { Flush(); }

  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() >= kSize) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr size_t kSize = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

using Writer = rapidjson::PrettyWriter<BufferedOStream>;
using rdf::Term;
using rdf::TermKind;
using rdf::Triple;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
}

void write_key(Writer& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
}

/// Writes one object value under a key whose definition is `term` (or none).
void write_value(Writer& w, const Term& o, const TermDefinition* term) {
  const Coercion coercion = term != nullptr ? term->coercion : Coercion::kNone;
  if (o.kind == TermKind::kIri) {
    if (coercion == Coercion::kId) {
      write_string(w, compact_iri(o.value));
      return;
    }
    w.StartObject();
    write_key(w, "@id");
    write_string(w, compact_iri(o.value));
    w.EndObject();
    return;
  }
  const bool plain = o.lang.empty() && o.datatype.empty();
  if ((plain && coercion == Coercion::kNone) ||
      (!o.datatype.empty() && o.datatype == coercion_datatype(coercion))) {
    write_string(w, o.value);
    return;
  }
  w.StartObject();
  write_key(w, "@value");
  write_string(w, o.value);
  if (!o.lang.empty()) {
    write_key(w, "@language");
    write_string(w, o.lang);
  } else if (!o.datatype.empty()) {
    write_key(w, "@type");
    write_string(w, compact_iri(o.datatype));
  }
  w.EndObject();
}

/// Writes the node object of one subject: `triples[begin, end)` share it.
void write_node(Writer& w, const std::vector<Triple>& triples, size_t begin, size_t end) {
  static const std::string kRdfType = std::string(vocab::kRdf) + "type";
  w.StartObject();
  write_key(w, "@id");
  write_string(w, triples[begin].subject.value);

  std::vector<const Term*> types;
  for (size_t i = begin; i < end; ++i) {
    const Triple& t = triples[i];
    if (t.predicate.value == kRdfType && t.object.kind == TermKind::kIri) {
      types.push_back(&t.object);
    }
  }
  if (!types.empty()) {
    write_key(w, "@type");
    if (types.size() > 1) w.StartArray();
    for (const Term* t : types) write_string(w, compact_iri(t->value));
    if (types.size() > 1) w.EndArray();
  }

  size_t i = begin;
  while (i < end) {
    const std::string& p = triples[i].predicate.value;
    size_t j = i;
    while (j < end && triples[j].predicate.value == p) ++j;
    std::vector<const Term*> values;
    for (size_t k = i; k < j; ++k) {
      if (p == kRdfType && triples[k].object.kind == TermKind::kIri) continue;
      values.push_back(&triples[k].object);
    }
    if (!values.empty()) {
      const TermDefinition* term = find_term(p);
      const std::string key = term != nullptr ? std::string(term->name) : compact_iri(p);
      write_key(w, key);
      if (values.size() > 1) w.StartArray();
      for (const Term* v : values) write_value(w, *v, term);
      if (values.size() > 1) w.EndArray();
    }
    i = j;
  }
  w.EndObject();
}

}  // namespace

Status JsonLdExporter::write(const graph::Graph& g, const ExportOptions& options,
                             std::ostream& out) const {
  KHABAR_TRY(rdf::check_options(options));
  const std::vector<Triple> triples = rdf::build_triples(g, options);
  BufferedOStream stream(out);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  write_key(w, "@context");
  write_context_object(w);
  write_key(w, "@graph");
  w.StartArray();
  size_t i = 0;
  while (i < triples.size()) {
    size_t j = i;
    while (j < triples.size() && triples[j].subject == triples[i].subject) ++j;
    write_node(w, triples, i, j);
    i = j;
  }
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
  out.flush();
  if (!out || !w.IsComplete()) return {ErrorCode::kIo, "cannot write the jsonld output"};
  return {};
}

}  // namespace khabar::exporters::jsonld
