#include "exporters/rdf/raptor_exporter.h"

#include <raptor2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <ostream>
#include <thread>
#include <utility>
#include <vector>

#include "core/vocab.h"
#include "exporters/rdf/triples.h"
#include "exporters/text_util.h"

namespace khabar::exporters::rdf {
namespace {

/// Prefixes every Turtle and RDF/XML output declares, in this order. `rdf:`
/// is not listed: Raptor's Turtle serializer always declares it (and refuses
/// it twice).
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

/// A document of fewer statements than this per thread is written by fewer
/// threads: a thread and the Raptor worlds it uses cost more than they save.
constexpr size_t kMinStatementsPerThread = 4096;
/// At most this many threads write one document.
constexpr unsigned kMaxThreads = 4;

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

/// Where a Raptor iostream writes: a byte buffer that is either flushed to a
/// std::ostream in 64 KiB blocks or, without a stream, kept and grown (a
/// chunk of a document, or the N-Triples text of terms). Raptor's escaping
/// writers call `put` once per byte of output, so `put` is a compare and a
/// store.
///
/// Invariant: `buffer_ <= next_ <= end_`; `[buffer_, next_)` is not yet
/// written to `out_` (with a stream) or is everything written (without).
class Sink {
 public:
  static constexpr size_t kBlock = 1 << 16;

  /// Flushes to `*out` when `out` is non-null, else keeps the bytes.
  explicit Sink(std::ostream* out)
      : out_(out), buffer_(new char[kBlock]), next_(buffer_.get()), end_(next_ + kBlock) {}

  /// Each returns 0, or non-zero when the stream failed.
  int put(char c) {
    if (next_ == end_) [[unlikely]] {
      if (make_room(1) != 0) return 1;
    }
    *next_++ = c;
    return 0;
  }
  int write(const char* data, size_t size) {
    if (size > static_cast<size_t>(end_ - next_)) [[unlikely]] {
      if (out_ != nullptr && size >= kBlock) {
        if (flush() != 0) return 1;
        out_->write(data, static_cast<std::streamsize>(size));
        return out_->good() ? 0 : 1;
      }
      if (make_room(size) != 0) return 1;
    }
    std::memcpy(next_, data, size);
    next_ += size;
    return 0;
  }
  int write(std::string_view s) { return write(s.data(), s.size()); }

  /// Writes the buffer to the stream (no-op without one).
  int flush() {
    if (out_ == nullptr) return 0;
    out_->write(buffer_.get(), next_ - buffer_.get());
    next_ = buffer_.get();
    return out_->good() ? 0 : 1;
  }

  /// Without a stream: everything written so far.
  std::string_view text() const {
    return {buffer_.get(), static_cast<size_t>(next_ - buffer_.get())};
  }
  size_t size() const { return static_cast<size_t>(next_ - buffer_.get()); }

 private:
  /// Makes room for `size` more bytes: flushes, or grows the buffer.
  [[gnu::noinline]] int make_room(size_t size) {
    if (out_ != nullptr) return flush();
    const size_t used = this->size();
    const size_t capacity = std::max(2 * static_cast<size_t>(end_ - buffer_.get()), used + size);
    std::unique_ptr<char[]> bigger(new char[capacity]);
    std::memcpy(bigger.get(), buffer_.get(), used);
    buffer_ = std::move(bigger);
    next_ = buffer_.get() + used;
    end_ = buffer_.get() + capacity;
    return 0;
  }

  std::ostream* out_;
  std::unique_ptr<char[]> buffer_;
  char* next_;
  char* end_;
};

// raptor_iostream handlers that write to a `Sink` (`context`).
int sink_write_byte(void* context, const int byte) {
  return static_cast<Sink*>(context)->put(static_cast<char>(byte));
}

int sink_write_bytes(void* context, const void* ptr, size_t size, size_t nmemb) {
  if (static_cast<Sink*>(context)->write(static_cast<const char*>(ptr), size * nmemb) != 0) {
    return 0;
  }
  return static_cast<int>(nmemb);
}

void sink_finish(void* context) { static_cast<Sink*>(context)->flush(); }

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

/// A Raptor world, an iostream into a `Sink`, and the `raptor_term` of each
/// term of a `Dataset`, made the first time it is asked for (so no string
/// is built, copied or looked up per statement). Errors that Raptor logs
/// are collected; `error_status()` reports the first.
///
/// Invariants: `world_` and `stream_` are owned and non-null after a
/// successful `open()`; `terms_[id]` is null or an owned term for
/// `dataset_.term(id)`; the serializer of a `RaptorSession` (which holds
/// references to terms and the stream) is freed before them.
/// Thread safety: one thread at a time; distinct instances are independent
/// (each has its own world), so they may run on different threads.
class RaptorWorld {
 public:
  RaptorWorld(const Dataset& dataset, std::ostream* out)
      : dataset_(dataset), sink_(out), terms_(dataset.term_count(), nullptr) {}
  RaptorWorld(const RaptorWorld&) = delete;
  RaptorWorld& operator=(const RaptorWorld&) = delete;
  ~RaptorWorld() {
    if (stream_ != nullptr) raptor_free_iostream(stream_);
    for (raptor_term* t : terms_) {
      if (t != nullptr) raptor_free_term(t);
    }
    for (auto& [name, uri] : datatypes_) raptor_free_uri(uri);
    if (world_ != nullptr) raptor_free_world(world_);
  }

  /// Opens the world and the iostream. Call on the thread that created the
  /// exporter's other worlds (Raptor's start-up is not documented as
  /// thread-safe); the rest may then run on any one thread.
  Status open() {
    world_ = raptor_new_world();
    // Each distinct IRI reaches Raptor once (`terms_`), so Raptor's URI
    // interning would only add a tree look-up per IRI; URIs compare by
    // value either way (raptor_uri_equals, raptor_uri_compare).
    if (world_ != nullptr) raptor_world_set_flag(world_, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
    if (world_ == nullptr || raptor_world_open(world_) != 0) {
      return {ErrorCode::kInternal, "cannot initialise Raptor"};
    }
    raptor_world_set_log_handler(world_, this, &RaptorWorld::on_log);
    stream_ = raptor_new_iostream_from_handler(world_, &sink_, &kSinkHandler);
    if (stream_ == nullptr) return {ErrorCode::kInternal, "cannot open a Raptor iostream"};
    return error_status();
  }

  /// The Raptor term of `id`, created on first use; null if Raptor fails.
  raptor_term* term(TermId id) {
    raptor_term*& slot = terms_[id];
    if (slot == nullptr) slot = make_term(dataset_.term(id));
    return slot;
  }

  raptor_world* world() const { return world_; }
  raptor_iostream* stream() const { return stream_; }
  Sink& sink() { return sink_; }
  const Sink& sink() const { return sink_; }
  const Dataset& dataset() const { return dataset_; }

  /// Records `message` unless an earlier error was recorded.
  void fail(const char* message) {
    if (error_.empty()) error_ = message;
  }
  [[nodiscard]] Status error_status() const {
    if (error_.empty()) return {};
    return {ErrorCode::kInternal, error_};
  }

  /// Frees the iostream, which flushes the sink.
  void close_stream() {
    if (stream_ != nullptr) raptor_free_iostream(stream_);
    stream_ = nullptr;
  }

 private:
  static void on_log(void* user_data, raptor_log_message* message) {
    auto* self = static_cast<RaptorWorld*>(user_data);
    if (message->level >= RAPTOR_LOG_LEVEL_ERROR && self->error_.empty()) {
      self->error_ = std::string("Raptor: ") +
                     (message->text != nullptr ? message->text : "unknown error");
    }
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

  /// The raptor_uri of datatype `dt`, created once per world.
  raptor_uri* datatype_uri(const std::string& dt) {
    auto it = datatypes_.find(dt);
    if (it != datatypes_.end()) return it->second;
    raptor_uri* uri = raptor_new_uri_from_counted_string(world_, bytes(dt), dt.size());
    if (uri != nullptr) datatypes_.emplace(dt, uri);
    return uri;
  }

  const Dataset& dataset_;
  Sink sink_;  // what `stream_` writes to; flushed when the stream is freed
  raptor_world* world_ = nullptr;
  raptor_iostream* stream_ = nullptr;
  std::vector<raptor_term*> terms_;               // by TermId, owned
  std::map<std::string, raptor_uri*> datatypes_;  // owned URIs
  std::string error_;
};

/// One Raptor serializer ("turtle" or "rdfxml-abbrev", with the fixed
/// prefixes) writing statements of a `Dataset` into a `RaptorWorld`'s sink.
class RaptorSession {
 public:
  RaptorSession(const Dataset& dataset, std::ostream* out) : raptor_(dataset, out) {}
  RaptorSession(const RaptorSession&) = delete;
  RaptorSession& operator=(const RaptorSession&) = delete;
  ~RaptorSession() {
    if (serializer_ != nullptr) raptor_free_serializer(serializer_);
  }

  /// Opens serializer `syntax` and declares the prefixes.
  Status start(const char* syntax) {
    KHABAR_TRY(raptor_.open());
    raptor_world* world = raptor_.world();
    serializer_ = raptor_new_serializer(world, syntax);
    if (serializer_ == nullptr) {
      return {ErrorCode::kInternal, std::string("Raptor has no serializer ") + syntax};
    }
    for (const auto& [prefix, ns] : kPrefixes) {
      raptor_uri* uri = raptor_new_uri_from_counted_string(world, bytes(ns), ns.size());
      if (uri == nullptr) return {ErrorCode::kInternal, "Raptor rejected a namespace IRI"};
      const int rc = raptor_serializer_set_namespace(
          serializer_, uri, reinterpret_cast<const unsigned char*>(prefix));
      raptor_free_uri(uri);
      if (rc != 0) return {ErrorCode::kInternal, std::string("Raptor rejected prefix ") + prefix};
    }
    if (raptor_serializer_start_to_iostream(serializer_, nullptr, raptor_.stream()) != 0) {
      return {ErrorCode::kInternal, "cannot start the Raptor serializer"};
    }
    return raptor_.error_status();
  }

  /// Serialises `triples` and ends the document (Raptor's abbreviating
  /// serializers write everything here), then flushes.
  Status write(const TripleRef* begin, const TripleRef* end) {
    for (const TripleRef* t = begin; t != end; ++t) KHABAR_TRY(serialize(*t));
    if (raptor_serializer_serialize_end(serializer_) != 0) {
      raptor_.fail("Raptor could not finish the document");
    }
    raptor_free_serializer(serializer_);
    serializer_ = nullptr;
    raptor_.close_stream();
    return raptor_.error_status();
  }

  /// Without a stream: the document written.
  std::string_view text() const { return raptor_.sink().text(); }

 private:
  Status serialize(const TripleRef& t) {
    raptor_statement st;
    raptor_statement_init(&st, raptor_.world());
    st.subject = raptor_.term(t.subject);
    st.predicate = raptor_.term(t.predicate);
    st.object = raptor_.term(t.object);
    if (st.subject == nullptr || st.predicate == nullptr || st.object == nullptr) {
      return {ErrorCode::kInternal, "Raptor could not build a term"};
    }
    // The terms stay ours (`st` is not cleared): serializers that keep a
    // term take a reference of their own.
    if (raptor_serializer_serialize_statement(serializer_, &st) != 0) {
      raptor_.fail("Raptor could not serialise a statement");
    }
    return raptor_.error_status();
  }

  RaptorWorld raptor_;
  raptor_serializer* serializer_ = nullptr;
};

const char* serializer_name(RdfSyntax syntax) {
  return syntax == RdfSyntax::kTurtle ? "turtle" : "rdfxml-abbrev";
}

/// `f()`, or `kInternal` when it throws: what runs on a worker thread
/// returns a Status instead of letting an exception end the process.
template <typename F>
Status guarded(F f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return {ErrorCode::kInternal, std::string("RDF export: ") + e.what()};
  }
}

/// True when `s` is an XML NCName of ASCII letters, digits, '_', '-', '.'
/// (what Raptor can turn into a prefixed name on its own).
bool is_simple_ncname(std::string_view s) {
  if (s.empty()) return false;
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
  if (!letter(s.front())) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

/// True when `iri` is a declared prefix plus a simple local name, so that
/// Raptor writes it as that prefixed name whatever else the document holds
/// (and never makes up a namespace, `ns0`, numbered per document).
bool has_declared_prefix(std::string_view iri) {
  auto under = [&](std::string_view ns) {
    return iri.size() > ns.size() && iri.starts_with(ns) && is_simple_ncname(iri.substr(ns.size()));
  };
  if (under(vocab::kRdf)) return true;
  return std::any_of(kPrefixes.begin(), kPrefixes.end(),
                     [&](const auto& p) { return under(p.second); });
}

/// Where `triples` (sorted, so grouped by subject) may be cut into `chunks`
/// runs of about equal size, at subject boundaries: the start of each
/// piece and, last, `triples.size()`. Fewer pieces when there are few
/// subjects.
std::vector<size_t> chunk_starts(const std::vector<TripleRef>& triples, unsigned chunks) {
  std::vector<size_t> starts{0};
  for (unsigned k = 1; k < chunks; ++k) {
    size_t i = std::max(triples.size() * k / chunks, starts.back() + 1);
    while (i < triples.size() && triples[i].subject == triples[i - 1].subject) ++i;
    if (i >= triples.size()) break;
    starts.push_back(i);
  }
  starts.push_back(triples.size());
  return starts;
}

/// A document split into what precedes the first subject, the subjects'
/// descriptions and what follows the last; empty `head` when `text` does
/// not have the expected shape.
struct DocumentParts {
  std::string_view head, body, tail;
};

DocumentParts split_document(RdfSyntax syntax, std::string_view text) {
  if (syntax == RdfSyntax::kTurtle) {
    // "@prefix ... .\n" lines, an empty line, then "<subject>\n    ... .\n\n" each.
    const size_t blank = text.find("\n\n");
    if (blank == std::string_view::npos) return {};
    return {text.substr(0, blank + 2), text.substr(blank + 2), {}};
  }
  // "<?xml ...?>\n<rdf:RDF xmlns:...>\n", node elements, "</rdf:RDF>\n".
  constexpr std::string_view kEnd = "</rdf:RDF>\n";
  const size_t root = text.find("<rdf:RDF");
  if (root == std::string_view::npos || !text.ends_with(kEnd)) return {};
  const size_t close = text.find(">\n", root);
  if (close == std::string_view::npos || close + 2 > text.size() - kEnd.size()) return {};
  const size_t body = close + 2;
  return {text.substr(0, body), text.substr(body, text.size() - kEnd.size() - body),
          text.substr(text.size() - kEnd.size())};
}

/// True when every predicate of `triples`, and every class (`rdf:type`
/// object), is a prefixed name of the fixed prefixes.
bool all_names_prefixed(const Dataset& dataset, const std::vector<TripleRef>& triples) {
  const auto rdf_type = dataset.find(iri(std::string(vocab::kRdf) + "type"));
  std::vector<char> checked(dataset.term_count(), 0);
  auto ok = [&](TermId id) {
    if (checked[id] == 0) checked[id] = has_declared_prefix(dataset.term(id).value) ? 1 : 2;
    return checked[id] == 1;
  };
  return std::all_of(triples.begin(), triples.end(), [&](const TripleRef& t) {
    return ok(t.predicate) && (!rdf_type.has_value() || t.predicate != *rdf_type || ok(t.object));
  });
}

/// Turtle and RDF/XML, whose Raptor serializers hold every statement and
/// write the document at the end, grouped by subject: one serializer over
/// all triples; or, with `threads` > 1, one per run of whole subjects (eight
/// runs per thread, which the threads take in turn, so that runs of costly
/// subjects, such as articles with many mentions, do not keep one thread
/// busy alone), the documents joined: the head of the first, the bodies in
/// order, the tail of the first. A subject's description depends only on
/// its own triples and the fixed prefixes (there are no blank nodes, and
/// every predicate and class is a prefixed name of those: checked, so that
/// Raptor never makes up a namespace per document), and Raptor orders
/// subjects as `sorted_triples()` does, so the joined text is the
/// one-serializer text; if the pieces' heads or tails differ all the same,
/// the document is written again in one piece.
Status write_abbreviated(RdfSyntax syntax, const Dataset& dataset, std::ostream& out,
                         unsigned threads) {
  const std::vector<TripleRef> triples = dataset.sorted_triples();
  if (threads > 1 && !all_names_prefixed(dataset, triples)) threads = 1;
  const std::vector<size_t> starts = chunk_starts(triples, threads > 1 ? threads * 8 : 1);
  const char* syntax_name = serializer_name(syntax);
  if (starts.size() <= 2) {
    RaptorSession session(dataset, &out);
    KHABAR_TRY(session.start(syntax_name));
    return session.write(triples.data(), triples.data() + triples.size());
  }

  const size_t n = starts.size() - 1;
  std::vector<std::unique_ptr<RaptorSession>> sessions;
  for (size_t k = 0; k < n; ++k) {  // Raptor worlds are opened on this thread
    sessions.push_back(std::make_unique<RaptorSession>(dataset, nullptr));
    KHABAR_TRY(sessions.back()->start(syntax_name));
  }
  std::vector<Status> results(n);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k = next++; k < n; k = next++) {
      results[k] = guarded([&] {
        return sessions[k]->write(triples.data() + starts[k], triples.data() + starts[k + 1]);
      });
    }
  };
  std::vector<std::thread> workers;
  workers.reserve(threads - 1);
  for (unsigned k = 1; k < threads; ++k) workers.emplace_back(work);
  work();
  for (std::thread& w : workers) w.join();
  for (const Status& st : results) KHABAR_TRY(st);

  std::vector<DocumentParts> parts;
  for (const auto& s : sessions) parts.push_back(split_document(syntax, s->text()));
  const bool same_frame = std::all_of(parts.begin(), parts.end(), [&](const DocumentParts& p) {
    return !p.head.empty() && p.head == parts[0].head && p.tail == parts[0].tail;
  });
  if (!same_frame) return write_abbreviated(syntax, dataset, out, 1);
  out.write(parts[0].head.data(), static_cast<std::streamsize>(parts[0].head.size()));
  for (const DocumentParts& p : parts) {
    out.write(p.body.data(), static_cast<std::streamsize>(p.body.size()));
  }
  out.write(parts[0].tail.data(), static_cast<std::streamsize>(parts[0].tail.size()));
  return {};
}

/// The N-Triples text of every term of a `Dataset`, each written once by
/// Raptor's N-Triples term writer (`raptor_term_escaped_write` with
/// `RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL`, what Raptor's "ntriples" and
/// "nquads" serializers call for each term of each statement). With several
/// threads, each writes a range of the terms in a Raptor world of its own.
///
/// Invariant after `build`: `text_[id]` views the text of term `id` in the
/// sink of one of `worlds_`.
class NTriplesTerms {
 public:
  explicit NTriplesTerms(const Dataset& dataset) : dataset_(dataset) {}

  Status build(unsigned threads) {
    const size_t n = dataset_.term_count();
    threads = std::max(1U, threads);
    for (unsigned k = 0; k < threads; ++k) {  // Raptor worlds are opened on this thread
      worlds_.push_back(std::make_unique<RaptorWorld>(dataset_, nullptr));
      KHABAR_TRY(worlds_.back()->open());
    }
    text_.resize(n);
    std::vector<Status> results(threads);
    auto work = [&](unsigned k) {
      results[k] =
          guarded([&] { return write_range(*worlds_[k], n * k / threads, n * (k + 1) / threads); });
    };
    std::vector<std::thread> workers;
    for (unsigned k = 1; k < threads; ++k) workers.emplace_back(work, k);
    work(0);
    for (std::thread& w : workers) w.join();
    for (const Status& st : results) KHABAR_TRY(st);
    return {};
  }

  /// The N-Triples form of term `id`. Valid while this object lives.
  std::string_view operator[](TermId id) const { return text_[id]; }

 private:
  /// Writes terms `[begin, end)` with `raptor` and records their texts.
  Status write_range(RaptorWorld& raptor, size_t begin, size_t end) {
    std::vector<size_t> offsets{0};
    offsets.reserve(end - begin + 1);
    for (size_t id = begin; id < end; ++id) {
      raptor_term* t = raptor.term(static_cast<TermId>(id));
      if (t == nullptr) return {ErrorCode::kInternal, "Raptor could not build a term"};
      if (raptor_term_escaped_write(t, RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL, raptor.stream()) !=
          0) {
        raptor.fail("Raptor could not write a term");
      }
      offsets.push_back(raptor.sink().size());
    }
    const std::string_view all = raptor.sink().text();  // final: the sink no longer grows
    for (size_t id = begin; id < end; ++id) {
      const size_t i = id - begin;
      text_[id] = all.substr(offsets[i], offsets[i + 1] - offsets[i]);
    }
    return raptor.error_status();
  }

  const Dataset& dataset_;
  std::vector<std::unique_ptr<RaptorWorld>> worlds_;
  std::vector<std::string_view> text_;  ///< by TermId
};

/// One statement line: `s p o [g] .`, as Raptor's raptor_statement_ntriples_write.
void write_statement(Sink& sink, const NTriplesTerms& terms, const TripleRef& t, uint32_t graph) {
  sink.write(terms[t.subject]);
  sink.put(' ');
  sink.write(terms[t.predicate]);
  sink.put(' ');
  sink.write(terms[t.object]);
  if (graph != 0) {
    sink.put(' ');
    sink.write(terms[graph - 1]);
  }
  sink.write(" .\n", 3);
}

/// N-Triples, N-Quads and TriG: statements in order, one per line, each
/// term's text from `NTriplesTerms`; TriG puts the statements of each named
/// graph in a `<g> { ... }` block (N-Triples statements are TriG
/// statements), the default graph's first.
Status write_lines(RdfSyntax syntax, const Dataset& dataset, std::ostream& out, unsigned threads) {
  NTriplesTerms terms(dataset);
  KHABAR_TRY(terms.build(threads));
  Sink sink(&out);
  if (syntax == RdfSyntax::kNTriples) {
    for (const TripleRef& t : dataset.sorted_triples()) write_statement(sink, terms, t, 0);
  } else if (syntax == RdfSyntax::kNQuads) {
    for (const QuadRef& q : dataset.sorted_quads()) write_statement(sink, terms, q.triple, q.graph);
  } else {
    const std::vector<QuadRef> quads = dataset.sorted_quads();
    size_t i = 0;
    while (i < quads.size()) {
      const uint32_t graph = quads[i].graph;
      size_t j = i;
      while (j < quads.size() && quads[j].graph == graph) ++j;
      if (graph != 0) {
        sink.put('<');
        sink.write(dataset.term(graph - 1).value);
        sink.write("> {\n");
      }
      for (size_t k = i; k < j; ++k) write_statement(sink, terms, quads[k].triple, 0);
      if (graph != 0) sink.write("}\n");
      i = j;
    }
  }
  if (sink.flush() != 0) return {ErrorCode::kIo, "cannot write the RDF output"};
  return {};
}

/// How many threads write a document of about `statements` statements:
/// one per hardware thread, at most `kMaxThreads`, each with at least
/// `kMinStatementsPerThread` statements.
unsigned default_threads(size_t statements) {
  const unsigned hardware =
      std::max(1U, std::min(std::thread::hardware_concurrency(), kMaxThreads));
  const size_t by_size = std::max<size_t>(1, statements / kMinStatementsPerThread);
  return static_cast<unsigned>(std::min<size_t>(hardware, by_size));
}

}  // namespace

Status write_rdf(RdfSyntax syntax, const Dataset& dataset, std::ostream& out, unsigned threads) {
  threads = std::max(1U, threads);
  switch (syntax) {
    case RdfSyntax::kTurtle:
    case RdfSyntax::kRdfXml: return write_abbreviated(syntax, dataset, out, threads);
    case RdfSyntax::kNTriples:
    case RdfSyntax::kNQuads:
    case RdfSyntax::kTriG: return write_lines(syntax, dataset, out, threads);
  }
  return {ErrorCode::kInternal, "unknown RDF syntax"};
}

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
  KHABAR_TRY(write_rdf(syntax_, dataset, out, default_threads(dataset.quad_count())));
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the " + std::string(name()) + " output"};
  return {};
}

}  // namespace khabar::exporters::rdf
