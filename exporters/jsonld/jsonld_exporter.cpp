#include "exporters/jsonld/jsonld_exporter.h"

#include <rapidjson/prettywriter.h>

#include <array>
#include <optional>
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
using rdf::Dataset;
using rdf::Term;
using rdf::TermId;
using rdf::TermKind;
using rdf::TripleRef;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
}

void write_key(Writer& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
}

/// Writes the node objects of a `Dataset`'s triples. What depends only on a
/// term (its compact IRI, a predicate's term definition) is worked out once
/// per term.
///
/// Invariant: `compact_[id]` is valid when `compacted_[id]`;
/// `definition_[id]` when `defined_[id]`.
class NodeWriter {
 public:
  NodeWriter(const Dataset& d, Writer& w)
      : d_(d),
        w_(w),
        compact_(d.term_count()),
        compacted_(d.term_count(), false),
        definition_(d.term_count(), nullptr),
        defined_(d.term_count(), false) {
    for (Coercion c : {Coercion::kDate, Coercion::kInteger, Coercion::kDecimal}) {
      datatypes_[static_cast<size_t>(c)] = coercion_datatype(c);
    }
  }

  /// Writes the node object of one subject: `triples[begin, end)` share it.
  void write_node(const std::vector<TripleRef>& triples, size_t begin, size_t end) {
    w_.StartObject();
    write_key(w_, "@id");
    write_string(w_, d_.term(triples[begin].subject).value);

    std::vector<TermId> types;
    for (size_t i = begin; i < end; ++i) {
      const TripleRef& t = triples[i];
      if (is_rdf_type(t.predicate) && d_.term(t.object).kind == TermKind::kIri) {
        types.push_back(t.object);
      }
    }
    if (!types.empty()) {
      write_key(w_, "@type");
      if (types.size() > 1) w_.StartArray();
      for (TermId t : types) write_string(w_, compact(t));
      if (types.size() > 1) w_.EndArray();
    }

    std::vector<TermId> values;
    size_t i = begin;
    while (i < end) {
      const TermId p = triples[i].predicate;
      size_t j = i;
      while (j < end && triples[j].predicate == p) ++j;
      values.clear();
      for (size_t k = i; k < j; ++k) {
        if (is_rdf_type(p) && d_.term(triples[k].object).kind == TermKind::kIri) continue;
        values.push_back(triples[k].object);
      }
      if (!values.empty()) {
        const TermDefinition* term = definition(p);
        if (term != nullptr) {
          write_key(w_, term->name);
        } else {
          write_key(w_, compact(p));
        }
        if (values.size() > 1) w_.StartArray();
        for (TermId v : values) write_value(v, term);
        if (values.size() > 1) w_.EndArray();
      }
      i = j;
    }
    w_.EndObject();
  }

 private:
  bool is_rdf_type(TermId p) const { return rdf_type_.has_value() && p == *rdf_type_; }

  const std::string& compact(TermId id) {
    if (!compacted_[id]) {
      compact_[id] = compact_iri(d_.term(id).value);
      compacted_[id] = true;
    }
    return compact_[id];
  }

  const TermDefinition* definition(TermId p) {
    if (!defined_[p]) {
      definition_[p] = find_term(d_.term(p).value);
      defined_[p] = true;
    }
    return definition_[p];
  }

  /// Writes one object value under a key whose definition is `term` (or none).
  void write_value(TermId id, const TermDefinition* term) {
    const Term& o = d_.term(id);
    const Coercion coercion = term != nullptr ? term->coercion : Coercion::kNone;
    if (o.kind == TermKind::kIri) {
      if (coercion == Coercion::kId) {
        write_string(w_, compact(id));
        return;
      }
      w_.StartObject();
      write_key(w_, "@id");
      write_string(w_, compact(id));
      w_.EndObject();
      return;
    }
    const bool plain = o.lang.empty() && o.datatype.empty();
    if ((plain && coercion == Coercion::kNone) ||
        (!o.datatype.empty() && o.datatype == datatypes_[static_cast<size_t>(coercion)])) {
      write_string(w_, o.value);
      return;
    }
    w_.StartObject();
    write_key(w_, "@value");
    write_string(w_, o.value);
    if (!o.lang.empty()) {
      write_key(w_, "@language");
      write_string(w_, o.lang);
    } else if (!o.datatype.empty()) {
      write_key(w_, "@type");
      write_string(w_, compact_iri(o.datatype));
    }
    w_.EndObject();
  }

  const Dataset& d_;
  Writer& w_;
  std::vector<std::string> compact_;
  std::vector<bool> compacted_;
  std::vector<const TermDefinition*> definition_;
  std::vector<bool> defined_;
  std::array<std::string, 5> datatypes_;  ///< by Coercion: its datatype IRI, or ""
  const std::optional<TermId> rdf_type_ = d_.find(rdf::iri(std::string(vocab::kRdf) + "type"));
};

}  // namespace

Status JsonLdExporter::write(const graph::Graph& g, const ExportOptions& options,
                             std::ostream& out) const {
  KHABAR_TRY(rdf::check_options(options));
  const Dataset dataset = rdf::build_dataset(g, options);
  const std::vector<TripleRef> triples = dataset.sorted_triples();
  BufferedOStream stream(out);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  write_key(w, "@context");
  write_context_object(w);
  write_key(w, "@graph");
  w.StartArray();
  NodeWriter nodes(dataset, w);
  size_t i = 0;
  while (i < triples.size()) {
    size_t j = i;
    while (j < triples.size() && triples[j].subject == triples[i].subject) ++j;
    nodes.write_node(triples, i, j);
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
