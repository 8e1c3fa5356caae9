#include "exporters/rdf/raptor_exporter.h"

#include <raptor2.h>

#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <ostream>
#include <utility>
#include <vector>

#include "core/vocab.h"
#include "exporters/rdf/triples.h"
#include "exporters/text_util.h"

namespace khabar::exporters::rdf {
namespace {

/// Prefixes every Turtle output declares, in this order. `rdf:` is not
/// listed: Raptor's Turtle serializer always declares it (and refuses it twice).
constexpr std::array<std::pair<const char*, std::string_view>, 8> kPrefixes = {{
    {"rdfs", vocab::kRdfs},
    {"owl", vocab::kOwl},
    {"xsd", vocab::kXsd},
    {"skos", vocab::kSkos},
    {"prov", vocab::kProv},
    {"schema", vocab::kSchema},
    {"wd", vocab::kWd},
    {"kh", vocab::kKh},
}};

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

/// Where a Raptor iostream writes: a fixed buffer flushed to a std::ostream
/// in 64 KiB blocks. Raptor's escaping writers call `put` once per byte of
/// output, so `put` is a compare and a store.
///
/// Invariant: `buffer_ <= next_ <= end_ == buffer_ + kSize`;
/// `[buffer_, next_)` is not yet written to `out_`.
class OstreamSink {
 public:
  static constexpr size_t kSize = 1 << 16;

  explicit OstreamSink(std::ostream& out)
      : out_(out), buffer_(new char[kSize]), next_(buffer_.get()), end_(next_ + kSize) {}

  /// Returns 0, or non-zero when the stream failed.
  int put(char c) {
    if (next_ == end_) [[unlikely]] return flush_and_put(c);
    *next_++ = c;
    return 0;
  }
  int write(const char* data, size_t size) {
    if (size > static_cast<size_t>(end_ - next_)) {
      if (flush() != 0) return 1;
      if (size >= kSize) {
        out_.write(data, static_cast<std::streamsize>(size));
        return out_.good() ? 0 : 1;
      }
    }
    std::memcpy(next_, data, size);
    next_ += size;
    return 0;
  }
  int write(std::string_view s) { return write(s.data(), s.size()); }
  [[gnu::noinline]] int flush_and_put(char c) {
    if (flush() != 0) return 1;
    *next_++ = c;
    return 0;
  }
  int flush() {
    out_.write(buffer_.get(), next_ - buffer_.get());
    next_ = buffer_.get();
    return out_.good() ? 0 : 1;
  }

 private:
  std::ostream& out_;
  std::unique_ptr<char[]> buffer_;
  char* next_;
  char* end_;
};

// raptor_iostream handlers that write to an `OstreamSink` (`context`).
int sink_write_byte(void* context, const int byte) {
  return static_cast<OstreamSink*>(context)->put(static_cast<char>(byte));
}

int sink_write_bytes(void* context, const void* ptr, size_t size, size_t nmemb) {
  if (static_cast<OstreamSink*>(context)->write(static_cast<const char*>(ptr), size * nmemb) != 0) {
    return 0;
  }
  return static_cast<int>(nmemb);
}

void sink_finish(void* context) { static_cast<OstreamSink*>(context)->flush(); }

const raptor_iostream_handler kSinkHandler = {
    /* version */ 2,
    /* init */ nullptr,
    /* finish */ sink_finish,
    /* write_byte */ sink_write_byte,
    /* write_bytes */ sink_write_bytes,
    /* write_end */ nullptr,
    /* read_bytes */ nullptr,
    /* read_eof */ nullptr,
};

/// One Raptor serializer writing the statements of a `Dataset` to a
/// std::ostream. Each term is turned into a `raptor_term` once, the first
/// time a statement uses it, and shared by every later statement (so no
/// string is built, copied or looked up per statement). Errors that Raptor
/// logs are collected in `error_`; `finish()` reports the first.
///
/// Invariants: `world_`, `serializer_` and `stream_` are owned and non-null
/// between a successful `start()` and `finish()`; `terms_[id]` is null or an
/// owned term for `dataset_.term(id)`, freed after the serializer.
class RaptorSession {
 public:
  RaptorSession(const Dataset& dataset, std::ostream& out)
      : dataset_(dataset), sink_(out), terms_(dataset.term_count(), nullptr) {}
  RaptorSession(const RaptorSession&) = delete;
  RaptorSession& operator=(const RaptorSession&) = delete;
  ~RaptorSession() {
    if (serializer_ != nullptr) raptor_free_serializer(serializer_);
    if (stream_ != nullptr) raptor_free_iostream(stream_);
    for (raptor_term* t : terms_) {
      if (t != nullptr) raptor_free_term(t);
    }
    for (auto& [name, uri] : datatypes_) raptor_free_uri(uri);
    if (world_ != nullptr) raptor_free_world(world_);
  }

  /// Opens serializer `syntax` ("turtle", "ntriples", "nquads",
  /// "rdfxml-abbrev").
  Status start(const char* syntax, bool with_prefixes) {
    world_ = raptor_new_world();
    // Each distinct IRI reaches Raptor once (`terms_`), so Raptor's URI
    // interning would only add a tree look-up per IRI; URIs compare by
    // value either way (raptor_uri_equals, raptor_uri_compare).
    if (world_ != nullptr) raptor_world_set_flag(world_, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
    if (world_ == nullptr || raptor_world_open(world_) != 0) {
      return {ErrorCode::kInternal, "cannot initialise Raptor"};
    }
    raptor_world_set_log_handler(world_, this, &RaptorSession::on_log);
    serializer_ = raptor_new_serializer(world_, syntax);
    if (serializer_ == nullptr) {
      return {ErrorCode::kInternal, std::string("Raptor has no serializer ") + syntax};
    }
    if (with_prefixes) {
      for (const auto& [prefix, ns] : kPrefixes) {
        raptor_uri* uri = raptor_new_uri_from_counted_string(world_, bytes(ns), ns.size());
        if (uri == nullptr) return {ErrorCode::kInternal, "Raptor rejected a namespace IRI"};
        const int rc = raptor_serializer_set_namespace(
            serializer_, uri, reinterpret_cast<const unsigned char*>(prefix));
        raptor_free_uri(uri);
        if (rc != 0) return {ErrorCode::kInternal, std::string("Raptor rejected prefix ") + prefix};
      }
    }
    stream_ = raptor_new_iostream_from_handler(world_, &sink_, &kSinkHandler);
    if (stream_ == nullptr) return {ErrorCode::kInternal, "cannot open a Raptor iostream"};
    if (raptor_serializer_start_to_iostream(serializer_, nullptr, stream_) != 0) {
      return {ErrorCode::kInternal, "cannot start the Raptor serializer"};
    }
    return error_status();
  }

  /// Serialises one statement, in the named graph `graph` (a `QuadRef`
  /// graph field: 0 for none).
  Status serialize(const TripleRef& t, uint32_t graph = 0) {
    raptor_statement st;
    raptor_statement_init(&st, world_);
    st.subject = term(t.subject);
    st.predicate = term(t.predicate);
    st.object = term(t.object);
    st.graph = graph == 0 ? nullptr : term(graph - 1);
    if (st.subject == nullptr || st.predicate == nullptr || st.object == nullptr ||
        (graph != 0 && st.graph == nullptr)) {
      return {ErrorCode::kInternal, "Raptor could not build a term"};
    }
    // The terms stay ours (`st` is not cleared): serializers that keep a
    // term take a reference of their own.
    if (raptor_serializer_serialize_statement(serializer_, &st) != 0 && error_.empty()) {
      error_ = "Raptor could not serialise a statement";
    }
    return error_status();
  }

  /// Writes `text` to the output as it is, between statements (Raptor's
  /// N-Triples serializer writes each statement through to the same sink).
  void write_raw(std::string_view text) { sink_.write(text); }

  /// Ends the document (Turtle is written here) and flushes.
  Status finish() {
    if (raptor_serializer_serialize_end(serializer_) != 0 && error_.empty()) {
      error_ = "Raptor could not finish the document";
    }
    raptor_free_serializer(serializer_);
    serializer_ = nullptr;
    raptor_free_iostream(stream_);  // flushes the sink
    stream_ = nullptr;
    return error_status();
  }

 private:
  static void on_log(void* user_data, raptor_log_message* message) {
    auto* self = static_cast<RaptorSession*>(user_data);
    if (message->level >= RAPTOR_LOG_LEVEL_ERROR && self->error_.empty()) {
      self->error_ = std::string("Raptor: ") +
                     (message->text != nullptr ? message->text : "unknown error");
    }
  }

  [[nodiscard]] Status error_status() const {
    if (error_.empty()) return {};
    return {ErrorCode::kInternal, error_};
  }

  /// The Raptor term of `id`, created on first use; null if Raptor fails.
  raptor_term* term(TermId id) {
    raptor_term*& slot = terms_[id];
    if (slot == nullptr) slot = make_term(dataset_.term(id));
    return slot;
  }

  raptor_term* make_term(const Term& t) {
    if (t.kind == TermKind::kIri) {
      return raptor_new_term_from_counted_uri_string(world_, bytes(t.value), t.value.size());
    }
    raptor_uri* datatype = t.datatype.empty() ? nullptr : datatype_uri(t.datatype);
    return raptor_new_term_from_counted_literal(
        world_, bytes(t.value), t.value.size(), datatype,
        t.lang.empty() ? nullptr : bytes(t.lang),
        static_cast<unsigned char>(t.lang.size()));
  }

  /// The raptor_uri of datatype `dt`, created once per session.
  raptor_uri* datatype_uri(const std::string& dt) {
    auto it = datatypes_.find(dt);
    if (it != datatypes_.end()) return it->second;
    raptor_uri* uri = raptor_new_uri_from_counted_string(world_, bytes(dt), dt.size());
    if (uri != nullptr) datatypes_.emplace(dt, uri);
    return uri;
  }

  const Dataset& dataset_;
  OstreamSink sink_;  // what `stream_` writes to; flushed when it is freed
  raptor_world* world_ = nullptr;
  raptor_serializer* serializer_ = nullptr;
  raptor_iostream* stream_ = nullptr;
  std::vector<raptor_term*> terms_;               // by TermId, owned
  std::map<std::string, raptor_uri*> datatypes_;  // owned URIs
  std::string error_;
};

const char* serializer_name(RdfSyntax syntax) {
  switch (syntax) {
    case RdfSyntax::kTurtle: return "turtle";
    case RdfSyntax::kNTriples: return "ntriples";
    case RdfSyntax::kNQuads: return "nquads";
    case RdfSyntax::kTriG: return "ntriples";  // inside graph blocks
    case RdfSyntax::kRdfXml: return "rdfxml-abbrev";
  }
  return "ntriples";
}

Status write_triples(RdfSyntax syntax, const Dataset& dataset, std::ostream& out) {
  RaptorSession session(dataset, out);
  const bool with_prefixes = syntax == RdfSyntax::kTurtle || syntax == RdfSyntax::kRdfXml;
  KHABAR_TRY(session.start(serializer_name(syntax), with_prefixes));
  for (const TripleRef& t : dataset.sorted_triples()) KHABAR_TRY(session.serialize(t));
  return session.finish();
}

Status write_nquads(const Dataset& dataset, std::ostream& out) {
  RaptorSession session(dataset, out);
  KHABAR_TRY(session.start("nquads", false));
  for (const QuadRef& q : dataset.sorted_quads()) KHABAR_TRY(session.serialize(q.triple, q.graph));
  return session.finish();
}

/// TriG: the default graph's triples first (bare statements are in the
/// default graph), then `<g> { ... }` for each named graph, in order; the
/// statements are Raptor's N-Triples.
Status write_trig(const Dataset& dataset, std::ostream& out) {
  const std::vector<QuadRef> quads = dataset.sorted_quads();
  RaptorSession session(dataset, out);
  KHABAR_TRY(session.start("ntriples", false));
  size_t i = 0;
  while (i < quads.size()) {
    const uint32_t graph = quads[i].graph;
    size_t j = i;
    while (j < quads.size() && quads[j].graph == graph) ++j;
    if (graph != 0) {
      session.write_raw("<");
      session.write_raw(dataset.term(graph - 1).value);
      session.write_raw("> {\n");
    }
    for (size_t k = i; k < j; ++k) KHABAR_TRY(session.serialize(quads[k].triple));
    if (graph != 0) session.write_raw("}\n");
    i = j;
  }
  return session.finish();
}

}  // namespace

std::string_view RaptorExporter::name() const {
  switch (syntax_) {
    case RdfSyntax::kTurtle: return "turtle";
    case RdfSyntax::kNTriples: return "ntriples";
    case RdfSyntax::kNQuads: return "nquads";
    case RdfSyntax::kTriG: return "trig";
    case RdfSyntax::kRdfXml: return "rdfxml";
  }
  return "ntriples";
}

std::string_view RaptorExporter::media_type() const {
  switch (syntax_) {
    case RdfSyntax::kTurtle: return "text/turtle";
    case RdfSyntax::kNTriples: return "application/n-triples";
    case RdfSyntax::kNQuads: return "application/n-quads";
    case RdfSyntax::kTriG: return "application/trig";
    case RdfSyntax::kRdfXml: return "application/rdf+xml";
  }
  return "application/n-triples";
}

Status RaptorExporter::write(const graph::Graph& g, const ExportOptions& options,
                             std::ostream& out) const {
  KHABAR_TRY(check_options(options));
  const Dataset dataset = build_dataset(g, options);
  Status st;
  switch (syntax_) {
    case RdfSyntax::kTurtle:
    case RdfSyntax::kNTriples:
    case RdfSyntax::kRdfXml: st = write_triples(syntax_, dataset, out); break;
    case RdfSyntax::kNQuads: st = write_nquads(dataset, out); break;
    case RdfSyntax::kTriG: st = write_trig(dataset, out); break;
  }
  KHABAR_TRY(st);
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the " + std::string(name()) + " output"};
  return {};
}

}  // namespace khabar::exporters::rdf
