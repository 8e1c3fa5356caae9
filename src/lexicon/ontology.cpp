#include "lexicon/ontology.h"

#include <raptor2.h>

#include <array>
#include <cstdio>

#include "core/vocab.h"

namespace khabar::lexicon {
namespace {

constexpr std::array<const char*, 6> kCoarse = {"Person", "Place", "Organization",
                                                 "Event", "Document", "Initiative"};

struct Collector {
  Ontology* ontology;
  std::unordered_map<std::string, std::string>* parent;
  std::unordered_map<std::string, bool>* properties;
  int errors = 0;
};

std::string local_name(raptor_term* t) {
  if (!t || t->type != RAPTOR_TERM_TYPE_URI) return {};
  std::string iri = reinterpret_cast<const char*>(raptor_uri_as_string(t->value.uri));
  if (iri.compare(0, vocab::kKh.size(), vocab::kKh) != 0) return {};
  return iri.substr(vocab::kKh.size());
}

std::string iri_of(raptor_term* t) {
  if (!t || t->type != RAPTOR_TERM_TYPE_URI) return {};
  return reinterpret_cast<const char*>(raptor_uri_as_string(t->value.uri));
}

void on_statement(void* data, raptor_statement* st) {
  auto* c = static_cast<Collector*>(data);
  std::string p = iri_of(st->predicate);
  std::string s = local_name(st->subject);
  if (s.empty()) return;
  if (p == std::string(vocab::kRdfs) + "subClassOf") {
    std::string o = local_name(st->object);
    if (!o.empty()) c->parent->emplace(s, o);
  } else if (p == std::string(vocab::kRdf) + "type") {
    std::string o = iri_of(st->object);
    if (o == std::string(vocab::kOwl) + "ObjectProperty" ||
        o == std::string(vocab::kOwl) + "DatatypeProperty") {
      (*c->properties)[s] = true;
    }
  }
}

void on_error(void* data, raptor_log_message* msg) {
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) static_cast<Collector*>(data)->errors++;
}

}  // namespace

Expected<Ontology> Ontology::load(const std::string& path) {
  Ontology o;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status(ErrorCode::kIo, "cannot open ontology", path);
  raptor_world* world = raptor_new_world();
  Collector c{&o, &o.parent_, &o.properties_};
  raptor_world_set_log_handler(world, &c, on_error);
  raptor_parser* parser = raptor_new_parser(world, "turtle");
  raptor_parser_set_statement_handler(parser, &c, on_statement);
  raptor_uri* base = raptor_new_uri(world, reinterpret_cast<const unsigned char*>("file:///ontology.ttl"));
  raptor_parser_parse_file_stream(parser, f, path.c_str(), base);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  std::fclose(f);
  if (c.errors) return Status(ErrorCode::kBadData, "ontology does not parse as Turtle", path);
  for (const auto& [cls, parent] : o.parent_) o.coarse_.emplace(cls, o.find_coarse(cls));
  for (const char* cls : kCoarse) o.coarse_.emplace(cls, o.find_coarse(cls));
  return o;
}

bool Ontology::is_a(const std::string& cls, const std::string& ancestor) const {
  std::string c = cls;
  for (int depth = 0; depth < 32; ++depth) {
    if (c == ancestor) return true;
    auto it = parent_.find(c);
    if (it == parent_.end()) return false;
    c = it->second;
  }
  return false;
}

std::string Ontology::find_coarse(const std::string& cls) const {
  std::string c = cls;
  for (int depth = 0; depth < 32; ++depth) {
    for (const char* coarse : kCoarse) {
      if (c == coarse) return c;
    }
    auto it = parent_.find(c);
    if (it == parent_.end()) return {};
    c = it->second;
  }
  return {};
}

}  // namespace khabar::lexicon
