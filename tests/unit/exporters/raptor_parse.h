#pragma once
/// \file raptor_parse.h
/// Test helper: parses RDF text back with one of Raptor2's parsers into the
/// exporters' own `rdf::Quad` values, so a round trip compares plain values.

#include <raptor2.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "exporters/rdf/triples.h"

namespace khabar::exporters::testing {

/// The result of parsing: quads (sorted, unique) and Raptor's error count.
struct Parsed {
  std::vector<rdf::Quad> quads;
  int errors = 0;
  int blank_nodes = 0;
};

inline std::string uri_string(raptor_uri* uri) {
  size_t len = 0;
  const unsigned char* s = raptor_uri_as_counted_string(uri, &len);
  return std::string(reinterpret_cast<const char*>(s), len);
}

inline rdf::Term to_term(const raptor_term* t, int& blank_nodes) {
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      return rdf::iri(uri_string(t->value.uri));
    case RAPTOR_TERM_TYPE_LITERAL: {
      const auto& l = t->value.literal;
      std::string value(reinterpret_cast<const char*>(l.string), l.string_len);
      if (l.datatype != nullptr) return rdf::typed_literal(value, uri_string(l.datatype));
      std::string lang = l.language != nullptr
                             ? std::string(reinterpret_cast<const char*>(l.language),
                                           l.language_len)
                             : std::string();
      return rdf::literal(value, lang);
    }
    case RAPTOR_TERM_TYPE_BLANK:
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  ++blank_nodes;
  return rdf::iri("_:blank");
}

/// Parses `text` with Raptor parser `syntax` ("turtle", "ntriples",
/// "nquads", "trig").
inline Parsed raptor_parse(const std::string& text, const char* syntax) {
  Parsed out;
  raptor_world* world = raptor_new_world();
  raptor_world_open(world);
  raptor_world_set_log_handler(world, &out, [](void* data, raptor_log_message* m) {
    if (m->level >= RAPTOR_LOG_LEVEL_ERROR) ++static_cast<Parsed*>(data)->errors;
  });
  raptor_parser* parser = raptor_new_parser(world, syntax);
  raptor_parser_set_statement_handler(parser, &out, [](void* data, raptor_statement* st) {
    auto* p = static_cast<Parsed*>(data);
    rdf::Quad q;
    q.triple = {to_term(st->subject, p->blank_nodes), to_term(st->predicate, p->blank_nodes),
                to_term(st->object, p->blank_nodes)};
    if (st->graph != nullptr && st->graph->type == RAPTOR_TERM_TYPE_URI) {
      q.graph = uri_string(st->graph->value.uri);
    }
    p->quads.push_back(std::move(q));
  });
  raptor_uri* base = raptor_new_uri(world, reinterpret_cast<const unsigned char*>(
                                               "http://example.invalid/base"));
  raptor_parser_parse_start(parser, base);
  raptor_parser_parse_chunk(parser, reinterpret_cast<const unsigned char*>(text.data()),
                            text.size(), 1);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  std::sort(out.quads.begin(), out.quads.end());
  out.quads.erase(std::unique(out.quads.begin(), out.quads.end()), out.quads.end());
  return out;
}

/// Serialises `statements` of `d`, one `raptor_statement` each in order,
/// with Raptor serializer `syntax` ("ntriples", "nquads", "turtle",
/// "rdfxml-abbrev") and `prefixes` ({prefix, namespace IRI}) declared, into
/// a string: the reference the RDF writers must match byte for byte.
inline std::string raptor_serialize(
    const rdf::Dataset& d, const std::vector<rdf::QuadRef>& statements, const char* syntax,
    const std::vector<std::pair<std::string, std::string>>& prefixes = {}) {
  raptor_world* world = raptor_new_world();
  raptor_world_open(world);
  void* text = nullptr;
  size_t length = 0;
  raptor_iostream* stream = raptor_new_iostream_to_string(world, &text, &length, nullptr);
  raptor_serializer* serializer = raptor_new_serializer(world, syntax);
  for (const auto& [prefix, ns] : prefixes) {
    raptor_uri* uri =
        raptor_new_uri(world, reinterpret_cast<const unsigned char*>(ns.c_str()));
    raptor_serializer_set_namespace(serializer, uri,
                                    reinterpret_cast<const unsigned char*>(prefix.c_str()));
    raptor_free_uri(uri);
  }
  raptor_serializer_start_to_iostream(serializer, nullptr, stream);
  auto term = [&](rdf::TermId id) {
    const rdf::Term& t = d.term(id);
    const auto* value = reinterpret_cast<const unsigned char*>(t.value.data());
    if (t.kind == rdf::TermKind::kIri) {
      return raptor_new_term_from_counted_uri_string(world, value, t.value.size());
    }
    raptor_uri* datatype =
        t.datatype.empty() ? nullptr
                           : raptor_new_uri_from_counted_string(
                                 world, reinterpret_cast<const unsigned char*>(t.datatype.data()),
                                 t.datatype.size());
    raptor_term* out = raptor_new_term_from_counted_literal(
        world, value, t.value.size(), datatype,
        t.lang.empty() ? nullptr : reinterpret_cast<const unsigned char*>(t.lang.data()),
        static_cast<unsigned char>(t.lang.size()));
    if (datatype != nullptr) raptor_free_uri(datatype);
    return out;
  };
  for (const rdf::QuadRef& q : statements) {
    raptor_statement st;
    raptor_statement_init(&st, world);
    st.subject = term(q.triple.subject);
    st.predicate = term(q.triple.predicate);
    st.object = term(q.triple.object);
    st.graph = q.graph == 0 ? nullptr : term(q.graph - 1);
    raptor_serializer_serialize_statement(serializer, &st);
    raptor_statement_clear(&st);
  }
  raptor_serializer_serialize_end(serializer);
  raptor_free_serializer(serializer);
  raptor_free_iostream(stream);  // fills `text`
  std::string out(static_cast<const char*>(text), length);
  raptor_free_memory(text);
  raptor_free_world(world);
  return out;
}

}  // namespace khabar::exporters::testing
