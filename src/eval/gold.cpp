#include "eval/gold.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>

#include "eval/labels.h"

namespace khabar::eval {
namespace {

using rapidjson::Value;

/// The value of the last member named `name` (Python's json keeps the last
/// of repeated keys), or nullptr.
const Value* member(const Value& object, const char* name) {
  const Value* found = nullptr;
  for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
    if (std::string_view(it->name.GetString(), it->name.GetStringLength()) ==
        name) {
      found = &it->value;
    }
  }
  return found;
}

/// Python's truth value of a JSON value.
bool truthy(const Value* v) {
  if (v == nullptr) return false;
  switch (v->GetType()) {
    case rapidjson::kNullType:
      return false;
    case rapidjson::kFalseType:
      return false;
    case rapidjson::kTrueType:
      return true;
    case rapidjson::kNumberType:
      return v->GetDouble() != 0.0;
    case rapidjson::kStringType:
      return v->GetStringLength() > 0;
    case rapidjson::kArrayType:
      return !v->Empty();
    case rapidjson::kObjectType:
      return v->MemberCount() > 0;
  }
  return false;
}

std::string as_string(const Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

/// 1-based line of byte `offset` in `text`.
uint32_t line_of(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  uint32_t line = 1;
  for (size_t i = 0; i < offset; ++i) line += text[i] == '\n' ? 1 : 0;
  return line;
}

class GoldReader {
 public:
  explicit GoldReader(std::string path) : path_(std::move(path)) {}

  Status bad(const std::string& what) const {
    return {ErrorCode::kBadData, what, path_};
  }

  /// A required string member of `object`, described as `where` in errors.
  Expected<std::string> string_member(const Value& object, const char* name,
                                      const std::string& where) const {
    const Value* v = member(object, name);
    if (v == nullptr) return bad(where + "missing \"" + name + "\"");
    if (!v->IsString()) {
      return bad(where + "\"" + name + "\" is not a string");
    }
    return as_string(*v);
  }

  Expected<GoldEntity> entity(const Value& v, size_t index) const {
    const std::string where = "entities[" + std::to_string(index) + "]: ";
    if (!v.IsObject()) return bad(where + "not an object");
    GoldEntity e;
    Expected<std::string> key = string_member(v, "key", where);
    if (!key.ok()) return key.status();
    e.key = *key;
    Expected<std::string> type = string_member(v, "type", where);
    if (!type.ok()) return type.status();
    e.type = *type;
    const Value* labels = member(v, "labels");
    if (labels == nullptr) return bad(where + "missing \"labels\"");
    if (!labels->IsObject()) return bad(where + "\"labels\" is not an object");
    for (auto it = labels->MemberBegin(); it != labels->MemberEnd(); ++it) {
      const std::string lang = as_string(it->name);
      if (!it->value.IsArray()) {
        return bad(where + "labels \"" + lang + "\" is not an array");
      }
      std::vector<std::string> forms;
      for (const Value& form : it->value.GetArray()) {
        if (!form.IsString()) {
          return bad(where + "a label in \"" + lang + "\" is not a string");
        }
        forms.push_back(as_string(form));
      }
      // A repeated language: the last one counts.
      std::erase_if(e.labels, [&](const auto& l) { return l.first == lang; });
      e.labels.emplace_back(lang, std::move(forms));
    }
    for (const auto& [lang, forms] : e.labels) {
      for (const std::string& form : forms) {
        const std::string k = normalise(form);
        e.keys.insert(k);
        if (lang == "en") e.en_keys.insert(k);
      }
    }
    if (const Value* wd = member(v, "wikidata"); wd != nullptr) {
      if (wd->IsString()) {
        e.wikidata = as_string(*wd);
      } else if (!wd->IsNull()) {
        return bad(where + "\"wikidata\" is not a string");
      }
    }
    e.optional = truthy(member(v, "optional"));
    return e;
  }

  Expected<GoldRelation> relation(const Value& v, size_t index) const {
    const std::string where = "relations[" + std::to_string(index) + "]: ";
    if (!v.IsObject()) return bad(where + "not an object");
    GoldRelation r;
    for (auto [name, field] :
         {std::pair{"s", &r.s}, std::pair{"p", &r.p}, std::pair{"o", &r.o}}) {
      Expected<std::string> s = string_member(v, name, where);
      if (!s.ok()) return s.status();
      *field = *s;
    }
    r.optional = truthy(member(v, "optional"));
    return r;
  }

  Expected<GoldArticle> article(const Value& root) const {
    if (!root.IsObject()) return bad("not a JSON object");
    GoldArticle g;
    g.path = path_;
    Expected<std::string> id = string_member(root, "id", "");
    if (!id.ok()) return id.status();
    g.id = *id;
    const Value* entities = member(root, "entities");
    if (entities == nullptr) return bad("missing \"entities\"");
    if (!entities->IsArray()) return bad("\"entities\" is not an array");
    for (const Value& v : entities->GetArray()) {
      Expected<GoldEntity> e = entity(v, g.entities.size());
      if (!e.ok()) return e.status();
      g.entities.push_back(std::move(*e));
    }
    const Value* relations = member(root, "relations");
    if (relations == nullptr) return bad("missing \"relations\"");
    if (!relations->IsArray()) return bad("\"relations\" is not an array");
    for (const Value& v : relations->GetArray()) {
      Expected<GoldRelation> r = relation(v, g.relations.size());
      if (!r.ok()) return r.status();
      g.relations.push_back(std::move(*r));
    }
    return g;
  }

 private:
  std::string path_;
};

}  // namespace

Expected<GoldArticle> load_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, "cannot open the file", path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIo, "cannot read the file", path);
  const std::string text = buffer.str();

  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    return Status(ErrorCode::kBadJson,
                  std::string("not JSON: ") +
                      rapidjson::GetParseError_En(doc.GetParseError()),
                  path, line_of(text, doc.GetErrorOffset()));
  }
  return GoldReader(path).article(doc);
}

}  // namespace khabar::eval
