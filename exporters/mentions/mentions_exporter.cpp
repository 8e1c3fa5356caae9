#include "exporters/mentions/mentions_exporter.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ostream>
#include <string>

#include "exporters/graph_info.h"
#include "exporters/text_util.h"

namespace khabar::exporters::mentions {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view s) {
  const std::string valid = valid_utf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()), true);
}

}  // namespace

Status MentionsExporter::write(const graph::Graph& g, const ExportOptions& options,
                               std::ostream& out) const {
  rapidjson::StringBuffer buffer;
  for (const graph::Node* n : g.sorted_nodes()) {
    if (n->kind != graph::NodeKind::kArticle) continue;
    buffer.Clear();
    Writer w(buffer);
    w.StartObject();
    w.Key("id");
    write_string(w, n->article_id.empty() ? n->iri : n->article_id);
    w.Key("mentions");
    w.StartArray();
    for (const auto& m : g.mentions(n->iri)) {
      w.StartObject();
      w.Key("start");
      w.Uint(m.begin);
      w.Key("end");
      w.Uint(m.end);
      w.Key("text");
      write_string(w, m.text);
      w.Key("type");
      write_string(w, m.type);
      w.Key("entity");
      write_string(w, absolute_iri(m.entity, options.base_iri));
      if (const graph::Node* e = g.find(m.entity); e != nullptr && !wikidata_id(*e).empty()) {
        w.Key("wikidata");
        write_string(w, wikidata_id(*e));
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    out << '\n';
  }
  out.flush();
  if (!out) return {ErrorCode::kIo, "cannot write the mentions output"};
  return {};
}

}  // namespace khabar::exporters::mentions
