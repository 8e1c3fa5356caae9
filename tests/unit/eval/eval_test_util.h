#pragma once
// Helpers shared by the eval tests: the data folder and a private temp dir.

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#ifndef KHABAR_SOURCE_DIR
#error "the test target must define KHABAR_SOURCE_DIR"
#endif

namespace khabar::eval::testing {

/// tests/unit/eval/data/<name>
inline std::string data_path(const std::string& name) {
  return std::string(KHABAR_SOURCE_DIR) + "/tests/unit/eval/data/" + name;
}

/// A fresh folder under the system temp dir, removed with its contents when
/// the object goes away. Each test makes its own, so tests can run at once.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> serial{0};
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("khabar-eval-test-" + std::to_string(rd()) + "-" +
             std::to_string(++serial));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// Writes `text` to `name` inside the folder; returns its path.
  std::string write(const std::string& name, const std::string& text) const {
    const std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  std::string path(const std::string& name = "") const {
    return name.empty() ? path_.string() : (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace khabar::eval::testing
