#include "core/status.h"

namespace khabar {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kIo: return "i/o error";
    case ErrorCode::kInvalidUtf8: return "invalid UTF-8";
    case ErrorCode::kEmptyInput: return "empty input";
    case ErrorCode::kTooLarge: return "input too large";
    case ErrorCode::kBadJson: return "malformed JSON";
    case ErrorCode::kBadData: return "malformed data";
    case ErrorCode::kUnknownFormat: return "unknown format";
    case ErrorCode::kInternal: return "internal error";
  }
  return "unknown error";
}

std::string Status::to_string() const {
  std::string out;
  if (!file_.empty()) {
    out += file_;
    if (line_ > 0) {
      out += ':';
      out += std::to_string(line_);
    }
    out += ": ";
  }
  out += message_.empty() ? std::string(khabar::to_string(code_)) : message_;
  return out;
}

void throw_internal(const char* file, int line, const char* what,
                    std::string_view msg) {
  throw InternalError(std::string(file) + ":" + std::to_string(line) + ": " +
                      std::string(msg) + " (" + what + ")");
}

}  // namespace khabar
