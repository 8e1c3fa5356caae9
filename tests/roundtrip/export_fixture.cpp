/// \file export_fixture.cpp
/// `khabar_export_fixture -o FILE...`: writes the exporter test fixture
/// (tests/unit/exporters/fixture.h) to each FILE, in the format its
/// extension names, so that roundtrip.sh can hand the exports to real
/// consumers without the khabar binary. Exit 0 on success, 1 on a usage
/// error, 2 when an export fails.

#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "fixture.h"

int main(int argc, char** argv) {
  using namespace khabar;
  const graph::Graph g = exporters::testing::make_fixture_graph();
  int written = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg != "-o" || i + 1 >= argc) {
      std::cerr << "usage: khabar_export_fixture -o FILE...\n";
      return 1;
    }
    const std::string path = argv[++i];
    auto exporter = exporters::exporter_for_path(path);
    if (exporter == nullptr) {
      std::cerr << "khabar_export_fixture: no format for " << path << "\n";
      return 1;
    }
    // Folder formats (.neo4j) go through the folder writer, as in khabar.
    if (const auto* folder = dynamic_cast<const exporters::FolderExporter*>(exporter.get())) {
      const Status st = exporters::write_folder_output(*folder, g, {}, path);
      if (!st.ok()) {
        std::cerr << "khabar_export_fixture: " << path << ": " << st.to_string() << "\n";
        return 2;
      }
      ++written;
      continue;
    }
    std::ofstream out(path, std::ios::binary);
    const Status st = exporter->write(g, exporters::ExportOptions{}, out);
    out.close();
    if (!st.ok() || !out) {
      std::cerr << "khabar_export_fixture: " << path << ": " << st.to_string() << "\n";
      return 2;
    }
    ++written;
  }
  if (written == 0) {
    std::cerr << "usage: khabar_export_fixture -o FILE...\n";
    return 1;
  }
  return 0;
}
