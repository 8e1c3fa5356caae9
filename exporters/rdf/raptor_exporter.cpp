#include "exporters/rdf/raptor_exporter.h"

#include <raptor2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <thread>
#include <string>
#include <optional>
#include <ostream>
#include <utility>
#include <vector>

#include "core/vocab.h"
#include "exporters/rdf/triples.h"

namespace khabar::exporters::rdf {
namespace {

/// Prefixes every Turtle and RDF/XML output declares, in the order Turtle
/// declares them (RDF/XML lists them sorted by prefix, as Raptor does).
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kPrefixes = {{
    {"rdf", vocab::kRdf},
    {"rdfs", vocab::kRdfs},
    {"owl", vocab::kOwl},
    {"xsd", vocab::kXsd},
    {"skos", vocab::kSkos},
    {"prov", vocab::kProv},
    {"schema", vocab::kSchema},
    {"wd", vocab::kWd},
    {"kh", vocab::kKh},
}};

/// A document of fewer statements than this per thread has its terms
/// written by fewer threads: a thread and its Raptor world cost more than
/// they save.
constexpr size_t kMinStatementsPerThread = 4096;
/// At most this many threads write the terms of one document.
constexpr unsigned kMaxThreads = 4;

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

/// True when `iri` is longer than one of the fixed namespaces and starts
/// with it: the only IRIs Raptor may write as prefixed names.
bool under_a_prefix(std::string_view iri) {
  return std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](const auto& p) {
    return iri.size() > p.second.size() && iri.starts_with(p.second);
  });
}

/// Where a Raptor iostream writes: a byte buffer that is either flushed to a
/// std::ostream in 64 KiB blocks (a document) or, without a stream, kept and
/// grown (the texts Raptor writes for the terms). Raptor's escaping
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

/// A Raptor world, an iostream into a growing `Sink`, the fixed prefixes as a
/// Raptor namespace stack, and the `raptor_term` of each term of a
/// `Dataset`, made the first time it is asked for. Errors that Raptor logs
/// are collected; `error_status()` reports the first.
///
/// Invariants: `world_`, `stream_` and `namespaces_` are owned and non-null
/// after a successful `open()`; `terms_[id]` is null or an owned term for
/// `dataset_.term(id)`.
/// Thread safety: one thread at a time; distinct instances are independent
/// (each has its own world), so they may run on different threads.
class RaptorWorld {
 public:
  explicit RaptorWorld(const Dataset& dataset)
      : dataset_(dataset), sink_(nullptr), terms_(dataset.term_count(), nullptr) {}
  RaptorWorld(const RaptorWorld&) = delete;
  RaptorWorld& operator=(const RaptorWorld&) = delete;
  ~RaptorWorld() {
    if (stream_ != nullptr) raptor_free_iostream(stream_);
    for (raptor_term* t : terms_) {
      if (t != nullptr) raptor_free_term(t);
    }
    for (auto& [name, uri] : datatypes_) raptor_free_uri(uri);
    if (namespaces_ != nullptr) raptor_free_namespaces(namespaces_);
    if (world_ != nullptr) raptor_free_world(world_);
  }

  /// Opens the world, the iostream and the namespace stack. Call on the
  /// thread that opens the document's other worlds (Raptor's start-up is
  /// not documented as thread-safe); the rest may then run on any one thread.
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
    namespaces_ = raptor_new_namespaces(world_, 0);
    if (namespaces_ == nullptr) {
      return {ErrorCode::kInternal, "cannot make a Raptor namespace stack"};
    }
    for (const auto& [prefix, ns] : kPrefixes) {
      const std::string p(prefix), uri(ns);  // NUL-terminated
      if (raptor_namespaces_start_namespace_full(namespaces_, bytes(p), bytes(uri), 0) != 0) {
        return {ErrorCode::kInternal, "Raptor rejected prefix " + p};
      }
    }
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
  /// The fixed prefixes (`kPrefixes`), for Raptor's prefixed-name writers.
  raptor_namespace_stack* namespaces() const { return namespaces_; }
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
  Sink sink_;  // what `stream_` writes to
  raptor_world* world_ = nullptr;
  raptor_iostream* stream_ = nullptr;
  raptor_namespace_stack* namespaces_ = nullptr;
  std::vector<raptor_term*> terms_;               // by TermId, owned
  std::map<std::string, raptor_uri*> datatypes_;  // owned URIs
  std::string error_;
};

/// The text a syntax gives each term, wherever the term stands.
enum class TermForm {
  kNTriples,  ///< `<iri>`, `"lexical"@lang`, `"lexical"^^<datatype>`
  kTurtle,    ///< the same with prefixed names, bare numbers, `"""long"""` strings
  kXml,       ///< IRI: an attribute value; literal: ` xml:lang="..."` or
              ///< ` rdf:datatype="..."`, then `>` and the element content
};

/// Writes term `id` of `raptor`'s dataset in `form` to `raptor`'s stream;
/// non-zero when Raptor fails.
int write_term(RaptorWorld& raptor, TermId id, TermForm form) {
  raptor_iostream* stream = raptor.stream();
  if (form == TermForm::kXml) {
    // What Raptor's RDF/XML writers write in an attribute and in a
    // property element (raptor_xml_writer_cdata).
    const Term& t = raptor.dataset().term(id);
    auto escaped = [&](std::string_view s, char quote) {
      return raptor_xml_escape_string_any_write(bytes(s), s.size(), quote, 10, stream);
    };
    if (t.kind == TermKind::kIri) return escaped(t.value, '"');
    int rc = 0;
    if (!t.lang.empty()) {
      rc |= raptor_iostream_string_write(" xml:lang=\"", stream);
      rc |= escaped(t.lang, '"');
      rc |= raptor_iostream_write_byte('"', stream);
    }
    if (!t.datatype.empty()) {
      rc |= raptor_iostream_string_write(" rdf:datatype=\"", stream);
      rc |= escaped(t.datatype, '"');
      rc |= raptor_iostream_write_byte('"', stream);
    }
    rc |= raptor_iostream_write_byte('>', stream);
    return rc | escaped(t.value, '\0');
  }
  raptor_term* term = raptor.term(id);
  if (term == nullptr) return 1;
  if (form == TermForm::kNTriples) {
    // What Raptor's "ntriples" and "nquads" serializers write for each term.
    return raptor_term_escaped_write(term, RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL, stream);
  }
  if (term->type == RAPTOR_TERM_TYPE_URI && !under_a_prefix(raptor.dataset().term(id).value)) {
    // What raptor_term_turtle_write writes for an IRI no prefix can
    // shorten, without its scan of the 1,024-bucket namespace table.
    return raptor_uri_escaped_write(term->value.uri, nullptr, RAPTOR_ESCAPED_WRITE_TURTLE_URI,
                                    stream);
  }
  return raptor_term_turtle_write(stream, term, raptor.namespaces(), nullptr);
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

/// The text of every term of a `Dataset` in one `TermForm`, each written
/// once by Raptor. With several threads, each writes a range of the terms
/// in a Raptor world of its own (the texts do not depend on the world).
///
/// Invariant after `build`: `text_[id]` views the text of term `id` in the
/// sink of one of `worlds_`, which no longer grows.
class TermTexts {
 public:
  TermTexts(const Dataset& dataset, TermForm form) : dataset_(dataset), form_(form) {}

  /// Writes every term with `threads` threads (the calling thread included).
  Status build(unsigned threads) {
    const size_t n = dataset_.term_count();
    threads = std::max(1U, threads);
    for (unsigned k = 0; k < threads; ++k) {  // Raptor worlds are opened on this thread
      worlds_.push_back(std::make_unique<RaptorWorld>(dataset_));
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

  /// The text of term `id`. Valid while this object lives.
  std::string_view operator[](TermId id) const { return text_[id]; }

  /// A world whose terms and namespace stack may still be used (not its
  /// stream: its sink holds texts).
  RaptorWorld& raptor() { return *worlds_.front(); }

 private:
  /// Writes terms `[begin, end)` with `raptor` and records their texts.
  Status write_range(RaptorWorld& raptor, size_t begin, size_t end) {
    std::vector<size_t> offsets{0};
    offsets.reserve(end - begin + 1);
    for (size_t id = begin; id < end; ++id) {
      if (write_term(raptor, static_cast<TermId>(id), form_) != 0) {
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
  const TermForm form_;
  std::vector<std::unique_ptr<RaptorWorld>> worlds_;
  std::vector<std::string_view> text_;  ///< by TermId
};

/// One statement line: `s p o [g] .`, as Raptor's raptor_statement_ntriples_write.
void write_statement(Sink& sink, const TermTexts& terms, const TripleRef& t, uint32_t graph) {
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

Status finish(Sink& sink) {
  if (sink.flush() != 0) return {ErrorCode::kIo, "cannot write the RDF output"};
  return {};
}

/// N-Triples, N-Quads and TriG: statements in order, one per line, each
/// term's N-Triples text from `TermTexts`; TriG puts the statements of each
/// named graph in a `<g> { ... }` block (N-Triples statements are TriG
/// statements), the default graph's first.
Status write_lines(RdfSyntax syntax, const Dataset& dataset, std::ostream& out, unsigned threads) {
  TermTexts terms(dataset, TermForm::kNTriples);
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
  return finish(sink);
}

/// The id of `rdf:type`, when a statement uses it.
std::optional<TermId> rdf_type(const Dataset& dataset) {
  return dataset.find(iri(std::string(vocab::kRdf) + "type"));
}

/// Turtle in the layout of Raptor's "turtle" serializer: the prefixes, then
/// per subject `s\n    p o1, o2 ;\n    p2 o3 .\n\n` (`a` for `rdf:type`),
/// every term's text written once by Raptor's Turtle term writer.
Status write_turtle(const Dataset& dataset, std::ostream& out, unsigned threads) {
  TermTexts terms(dataset, TermForm::kTurtle);
  KHABAR_TRY(terms.build(threads));
  const std::optional<TermId> type = rdf_type(dataset);
  Sink sink(&out);
  for (const auto& [prefix, ns] : kPrefixes) {
    sink.write("@prefix ");
    sink.write(prefix);
    sink.write(": <");
    sink.write(ns);
    sink.write("> .\n");
  }
  sink.put('\n');
  const std::vector<TripleRef> triples = dataset.sorted_triples();
  for (size_t i = 0; i < triples.size(); ++i) {
    const TripleRef& t = triples[i];
    if (i == 0 || triples[i - 1].subject != t.subject) {
      sink.write(terms[t.subject]);
      sink.write("\n    ");
    } else if (triples[i - 1].predicate != t.predicate) {
      sink.write(" ;\n    ");
    } else {
      sink.write(", ");
    }
    if (i == 0 || triples[i - 1].subject != t.subject || triples[i - 1].predicate != t.predicate) {
      sink.write(t.predicate == type ? std::string_view("a") : terms[t.predicate]);
      sink.put(' ');
    }
    sink.write(terms[t.object]);
    if (i + 1 == triples.size() || triples[i + 1].subject != t.subject) sink.write(" .\n\n");
  }
  return finish(sink);
}

/// The XML qualified name Raptor gives IRI `id` with the fixed prefixes
/// (`kh:coChaired`), or nullopt when no prefix fits with an XML name after it.
std::optional<std::string> prefixed_name(RaptorWorld& raptor, TermId id) {
  raptor_term* term = raptor.term(id);
  if (term == nullptr || term->type != RAPTOR_TERM_TYPE_URI) return std::nullopt;
  raptor_qname* qname =
      raptor_new_qname_from_namespace_uri(raptor.namespaces(), term->value.uri, 10);
  if (qname == nullptr) return std::nullopt;
  size_t prefix_size = 0;
  const unsigned char* prefix =
      raptor_namespace_get_counted_prefix(raptor_qname_get_namespace(qname), &prefix_size);
  std::string name(reinterpret_cast<const char*>(prefix), prefix_size);
  name += ':';
  name += reinterpret_cast<const char*>(raptor_qname_get_local_name(qname));
  raptor_free_qname(qname);
  if (name.find(':') != prefix_size) return std::nullopt;  // a local name is an NCName
  return name;
}

/// `value` escaped for an XML attribute by Raptor.
std::optional<std::string> xml_attribute(RaptorWorld& raptor, std::string_view value) {
  const int size = raptor_xml_escape_string_any(raptor.world(), bytes(value), value.size(), nullptr,
                                                0, '"', 10);
  if (size < 0) return std::nullopt;
  std::string out(static_cast<size_t>(size) + 1, '\0');
  if (raptor_xml_escape_string_any(raptor.world(), bytes(value), value.size(),
                                   reinterpret_cast<unsigned char*>(out.data()), out.size(), '"',
                                   10) < 0) {
    return std::nullopt;
  }
  out.resize(static_cast<size_t>(size));
  return out;
}

/// How RDF/XML names each predicate: the start of its property element
/// (`<kh:coChaired`) and its end tag (`</kh:coChaired>\n`). A predicate no
/// fixed prefix fits is split, as Raptor's "rdfxml-abbrev" serializer splits
/// it, before the longest XML name it ends with, and that namespace is
/// declared on the element (`<ns0:x xmlns:ns0="..."`).
class PropertyNames {
 public:
  explicit PropertyNames(size_t term_count) : index_(term_count, kNone) {}

  /// Names predicate `id` unless it already is; `kInternal` when its IRI
  /// does not end with an XML name.
  Status add(RaptorWorld& raptor, TermId id) {
    if (index_[id] != kNone) return {};
    std::optional<std::string> name = prefixed_name(raptor, id);
    std::string declaration;
    if (!name) {
      const std::string& value = raptor.dataset().term(id).value;
      size_t split = 0;
      auto is_ncname = [&](size_t k) {
        return (static_cast<unsigned char>(value[k]) & 0xC0) != 0x80 &&
               value.find(':', k) == std::string::npos &&
               raptor_xml_name_check(bytes(value) + k, value.size() - k, 10) != 0;
      };
      while (split < value.size() && !is_ncname(split)) ++split;
      const std::optional<std::string> ns =
          xml_attribute(raptor, std::string_view(value).substr(0, split));
      if (split == value.size() || !ns) {
        return {ErrorCode::kInternal,
                "RDF/XML cannot write predicate <" + value + ">: it does not end with an XML name"};
      }
      const std::string prefix = "ns" + std::to_string(generated_++);
      name = prefix + ":" + value.substr(split);
      declaration = " xmlns:" + prefix + "=\"" + *ns + "\"";
    }
    index_[id] = static_cast<uint32_t>(open_.size());
    open_.push_back("<" + *name + declaration);
    close_.push_back("</" + *name + ">\n");
    return {};
  }

  std::string_view open(TermId id) const { return open_[index_[id]]; }
  std::string_view close(TermId id) const { return close_[index_[id]]; }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> index_;  ///< by TermId: index into open_/close_, or kNone
  std::vector<std::string> open_, close_;
  unsigned generated_ = 0;  ///< namespaces made up so far
};

/// RDF/XML in the layout of Raptor's "rdfxml-abbrev" serializer: one node
/// element per subject, named by its first class that has a prefixed name
/// (else `rdf:Description`), holding a property element per statement
/// (`rdf:resource` for an IRI, text with `xml:lang` or `rdf:datatype` for a
/// literal). Term texts are escaped once by Raptor's XML escaper, names
/// made once per predicate and class by Raptor's namespace stack.
Status write_rdfxml(const Dataset& dataset, std::ostream& out, unsigned threads) {
  TermTexts terms(dataset, TermForm::kXml);
  KHABAR_TRY(terms.build(threads));
  RaptorWorld& raptor = terms.raptor();
  const std::optional<TermId> type = rdf_type(dataset);
  const std::vector<TripleRef> triples = dataset.sorted_triples();

  PropertyNames properties(dataset.term_count());
  std::vector<std::optional<std::string>> classes(dataset.term_count());
  std::vector<char> class_done(dataset.term_count(), 0);
  for (const TripleRef& t : triples) {
    KHABAR_TRY(properties.add(raptor, t.predicate));
    if (t.predicate == type && class_done[t.object] == 0) {
      classes[t.object] = prefixed_name(raptor, t.object);
      class_done[t.object] = 1;
    }
  }
  KHABAR_TRY(raptor.error_status());

  Sink sink(&out);
  sink.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
  std::array<std::pair<std::string_view, std::string_view>, kPrefixes.size()> sorted = kPrefixes;
  std::sort(sorted.begin(), sorted.end());
  for (size_t k = 0; k < sorted.size(); ++k) {
    sink.write(k == 0 ? " xmlns:" : "\n   xmlns:");
    sink.write(sorted[k].first);
    sink.write("=\"");
    sink.write(sorted[k].second);
    sink.put('"');
  }
  if (triples.empty()) {
    sink.write("/>\n");
    return finish(sink);
  }
  sink.write(">\n");
  size_t i = 0;
  while (i < triples.size()) {
    const TermId subject = triples[i].subject;
    size_t end = i;
    while (end < triples.size() && triples[end].subject == subject) ++end;
    size_t typed = end;  // the statement whose class names the node element
    for (size_t k = i; k < end && typed == end; ++k) {
      if (triples[k].predicate == type && classes[triples[k].object]) typed = k;
    }
    const std::string_view element =
        typed == end ? std::string_view("rdf:Description") : *classes[triples[typed].object];
    sink.write("  <");
    sink.write(element);
    sink.write(" rdf:about=\"");
    sink.write(terms[subject]);
    sink.put('"');
    if (end - i == (typed == end ? 0U : 1U)) {
      sink.write("/>\n");
      i = end;
      continue;
    }
    sink.write(">\n");
    for (size_t k = i; k < end; ++k) {
      if (k == typed) continue;
      const TripleRef& t = triples[k];
      sink.write("    ");
      sink.write(properties.open(t.predicate));
      if (dataset.term(t.object).kind == TermKind::kIri) {
        sink.write(" rdf:resource=\"");
        sink.write(terms[t.object]);
        sink.write("\"/>\n");
      } else {
        sink.write(terms[t.object]);  // attributes, '>' and the escaped text
        sink.write(properties.close(t.predicate));
      }
    }
    sink.write("  </");
    sink.write(element);
    sink.write(">\n");
    i = end;
  }
  sink.write("</rdf:RDF>\n");
  return finish(sink);
}

/// How many threads write the terms of a document of about `statements`
/// statements: one per hardware thread, at most `kMaxThreads`, each with at
/// least `kMinStatementsPerThread` statements.
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
    case RdfSyntax::kTurtle: return write_turtle(dataset, out, threads);
    case RdfSyntax::kRdfXml: return write_rdfxml(dataset, out, threads);
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
