#include "exporters/rdf/raptor_exporter.h"

#include <raptor2.h>

#include <array>
#include <map>
#include <memory>
#include <ostream>
#include <utility>

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

/// Where a Raptor iostream writes: a buffer flushed to a std::ostream in
/// large blocks (Raptor writes escaped text byte by byte, and a
/// std::ostream::put per byte costs a sentry each).
struct OstreamSink {
  static constexpr size_t kFlushAt = 1 << 16;
  std::ostream* out;
  std::string buffer;

  int flush() {
    out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
    return out->good() ? 0 : 1;
  }
};

// raptor_iostream handlers that write to an `OstreamSink` (`context`).
int ostream_write_byte(void* context, const int byte) {
  auto* sink = static_cast<OstreamSink*>(context);
  sink->buffer.push_back(static_cast<char>(byte));
  return sink->buffer.size() < OstreamSink::kFlushAt ? 0 : sink->flush();
}

int ostream_write_bytes(void* context, const void* ptr, size_t size, size_t nmemb) {
  auto* sink = static_cast<OstreamSink*>(context);
  sink->buffer.append(static_cast<const char*>(ptr), size * nmemb);
  if (sink->buffer.size() >= OstreamSink::kFlushAt && sink->flush() != 0) return 0;
  return static_cast<int>(nmemb);
}

void ostream_finish(void* context) { static_cast<OstreamSink*>(context)->flush(); }

const raptor_iostream_handler kOstreamHandler = {
    /* version */ 2,
    /* init */ nullptr,
    /* finish */ ostream_finish,
    /* write_byte */ ostream_write_byte,
    /* write_bytes */ ostream_write_bytes,
    /* write_end */ nullptr,
    /* read_bytes */ nullptr,
    /* read_eof */ nullptr,
};

/// One Raptor serializer writing to a std::ostream. Errors that Raptor
/// logs are collected in `error_`; `finish()` reports the first.
///
/// Invariants: `world_`, `serializer_` and `stream_` are owned and non-null
/// between a successful `start()` and destruction.
class RaptorSession {
 public:
  RaptorSession() = default;
  RaptorSession(const RaptorSession&) = delete;
  RaptorSession& operator=(const RaptorSession&) = delete;
  ~RaptorSession() {
    if (serializer_ != nullptr) raptor_free_serializer(serializer_);
    if (stream_ != nullptr) raptor_free_iostream(stream_);
    for (auto& [name, uri] : datatypes_) raptor_free_uri(uri);
    if (world_ != nullptr) raptor_free_world(world_);
  }

  /// Opens serializer `syntax` ("turtle", "ntriples", "nquads",
  /// "rdfxml-abbrev") on `out`.
  Status start(const char* syntax, std::ostream& out, bool with_prefixes) {
    world_ = raptor_new_world();
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
    sink_.out = &out;
    sink_.buffer.reserve(OstreamSink::kFlushAt);
    stream_ = raptor_new_iostream_from_handler(world_, &sink_, &kOstreamHandler);
    if (stream_ == nullptr) return {ErrorCode::kInternal, "cannot open a Raptor iostream"};
    if (raptor_serializer_start_to_iostream(serializer_, nullptr, stream_) != 0) {
      return {ErrorCode::kInternal, "cannot start the Raptor serializer"};
    }
    return error_status();
  }

  /// Serialises one statement, in named graph `graph` when it is non-empty.
  Status serialize(const Triple& t, const std::string& graph) {
    raptor_term* s = make_term(t.subject);
    raptor_term* p = make_term(t.predicate);
    raptor_term* o = make_term(t.object);
    raptor_term* g = graph.empty() ? nullptr : make_term(iri(graph));
    // The statement owns the terms from here on, even when it is null.
    raptor_statement* st = raptor_new_statement_from_nodes(world_, s, p, o, g);
    if (st == nullptr) return {ErrorCode::kInternal, "Raptor could not build a statement"};
    const int rc = raptor_serializer_serialize_statement(serializer_, st);
    raptor_free_statement(st);
    if (rc != 0 && error_.empty()) error_ = "Raptor could not serialise a statement";
    return error_status();
  }

  /// Ends the document (Turtle is written here) and flushes.
  Status finish() {
    if (raptor_serializer_serialize_end(serializer_) != 0 && error_.empty()) {
      error_ = "Raptor could not finish the document";
    }
    raptor_free_serializer(serializer_);
    serializer_ = nullptr;
    raptor_free_iostream(stream_);
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

  raptor_world* world_ = nullptr;
  raptor_serializer* serializer_ = nullptr;
  raptor_iostream* stream_ = nullptr;
  std::map<std::string, raptor_uri*> datatypes_;  // owned URIs
  OstreamSink sink_;  // what `stream_` writes to; flushed when it is freed
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

Status write_triples(RdfSyntax syntax, const std::vector<Triple>& triples,
                     std::ostream& out) {
  RaptorSession session;
  const bool with_prefixes = syntax == RdfSyntax::kTurtle || syntax == RdfSyntax::kRdfXml;
  KHABAR_TRY(session.start(serializer_name(syntax), out, with_prefixes));
  for (const auto& t : triples) KHABAR_TRY(session.serialize(t, {}));
  return session.finish();
}

Status write_nquads(const std::vector<Quad>& quads, std::ostream& out) {
  RaptorSession session;
  KHABAR_TRY(session.start("nquads", out, false));
  for (const auto& q : quads) KHABAR_TRY(session.serialize(q.triple, q.graph));
  return session.finish();
}

/// TriG: the default graph's triples first (bare statements are in the
/// default graph), then `<g> { ... }` for each named graph, in order.
Status write_trig(const std::vector<Quad>& quads, std::ostream& out) {
  size_t i = 0;
  while (i < quads.size()) {
    const std::string& graph = quads[i].graph;
    size_t j = i;
    while (j < quads.size() && quads[j].graph == graph) ++j;
    if (!graph.empty()) out << '<' << graph << "> {\n";
    RaptorSession session;
    KHABAR_TRY(session.start("ntriples", out, false));
    for (size_t k = i; k < j; ++k) KHABAR_TRY(session.serialize(quads[k].triple, {}));
    KHABAR_TRY(session.finish());
    if (!graph.empty()) out << "}\n";
    i = j;
  }
  return {};
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
  Status st;
  switch (syntax_) {
    case RdfSyntax::kTurtle:
    case RdfSyntax::kNTriples:
    case RdfSyntax::kRdfXml: st = write_triples(syntax_, build_triples(g, options), out); break;
    case RdfSyntax::kNQuads: st = write_nquads(build_quads(g, options), out); break;
    case RdfSyntax::kTriG: st = write_trig(build_quads(g, options), out); break;
  }
  KHABAR_TRY(st);
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the " + std::string(name()) + " output"};
  return {};
}

}  // namespace khabar::exporters::rdf
