/// \file folder_output.cpp
/// `write_folder_output`: a folder export written whole or not at all.

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>

#include "exporters/exporter.h"

namespace khabar::exporters {

Status write_folder_output(const FolderExporter& exporter, const graph::Graph& g,
                           const ExportOptions& options, const std::string& path_in) {
  namespace fs = std::filesystem;
  std::string path = path_in;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const fs::path target(path);
  const std::vector<std::string> ours = exporter.file_names();
  std::error_code ec;

  // Replace an existing folder only when it holds nothing but our files.
  const fs::file_status existing = fs::symlink_status(target, ec);
  const bool exists = fs::exists(existing);
  if (exists) {
    if (!fs::is_directory(existing)) {
      return {ErrorCode::kIo, "exists and is not a folder; not replaced", path};
    }
    for (const auto& entry : fs::directory_iterator(target, ec)) {
      const std::string name = entry.path().filename().string();
      if (std::find(ours.begin(), ours.end(), name) == ours.end() ||
          !entry.is_regular_file()) {
        return {ErrorCode::kIo,
                "folder holds '" + name + "', which khabar does not write; not replaced", path};
      }
    }
    if (ec) return {ErrorCode::kIo, "cannot read the folder: " + ec.message(), path};
  }

  const std::string suffix = "-" + std::to_string(::getpid());
  const fs::path tmp = fs::path(path + ".tmp" + suffix);
  fs::remove_all(tmp, ec);
  if (!fs::create_directory(tmp, ec)) {
    return {ErrorCode::kIo, "cannot create a temporary folder: " + ec.message(), tmp.string()};
  }
  Status st = exporter.write_folder(g, options, tmp.string());
  if (!st.ok()) {
    fs::remove_all(tmp, ec);
    return st.file().empty() ? Status(st.code(), st.message(), path) : st;
  }

  if (!exists) {
    fs::rename(tmp, target, ec);
    if (ec) {
      std::error_code ignored;
      fs::remove_all(tmp, ignored);
      return {ErrorCode::kIo, "cannot rename the temporary folder: " + ec.message(), path};
    }
    return {};
  }
  // A folder cannot be renamed over a non-empty one: move the old one aside
  // first, and back if the new one cannot take its place.
  const fs::path old = fs::path(path + ".old" + suffix);
  fs::rename(target, old, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove_all(tmp, ignored);
    return {ErrorCode::kIo, "cannot move the old folder aside: " + ec.message(), path};
  }
  fs::rename(tmp, target, ec);
  std::error_code ignored;
  if (ec) {
    fs::rename(old, target, ignored);
    fs::remove_all(tmp, ignored);
    return {ErrorCode::kIo, "cannot rename the temporary folder: " + ec.message(), path};
  }
  fs::remove_all(old, ignored);
  return {};
}

}  // namespace khabar::exporters
