#pragma once
/// \file status.h
/// `Status` and `Expected<T>`: how khabar reports expected failures (bad input,
/// unreadable files, malformed data lines) without exceptions.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace khabar {

enum class ErrorCode {
  kOk = 0,
  kUsage,          ///< bad command line
  kIo,             ///< cannot open, read or write a file
  kInvalidUtf8,    ///< input is not valid UTF-8
  kEmptyInput,     ///< an article or file with no text
  kTooLarge,       ///< an article beyond khabar's size limit
  kBadJson,        ///< a JSONL line or JSON file that does not parse
  kBadData,        ///< a malformed lexicon, rule, KB or gold line
  kUnknownFormat,  ///< an output extension or --format that no exporter has
  kInternal,       ///< a broken invariant (a bug)
};

std::string_view to_string(ErrorCode code);

/// The outcome of an operation: ok, or an error code with a message and the
/// position (file, 1-based line; 0 when unknown) it refers to.
class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message, std::string file = {},
         uint32_t line = 0)
      : code_(code), message_(std::move(message)), file_(std::move(file)),
        line_(line) {}

  static Status ok_status() { return {}; }
  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  uint32_t line() const { return line_; }

  /// "file:line: message" (the parts that are known).
  std::string to_string() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
  std::string file_;
  uint32_t line_ = 0;
};

/// A value or the `Status` that explains why there is none.
template <typename T>
class Expected {
 public:
  Expected(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Expected(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

/// Thrown by KHABAR_CONTRACT_CHECK and KHABAR_ASSERT; caught in cli/.
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] void throw_internal(const char* file, int line, const char* what,
                                 std::string_view msg);

}  // namespace khabar

/// Precondition a caller can break.
#define KHABAR_CONTRACT_CHECK(cond, msg)                                 \
  do {                                                                   \
    if (!(cond)) ::khabar::throw_internal(__FILE__, __LINE__, #cond, msg); \
  } while (false)
/// A state that cannot be reached unless khabar has a bug.
#define KHABAR_ASSERT(cond) KHABAR_CONTRACT_CHECK(cond, "assertion failed")
/// Return early with a non-ok Status.
#define KHABAR_TRY(expr)                    \
  do {                                      \
    ::khabar::Status khabar_try_s_ = (expr); \
    if (!khabar_try_s_.ok()) return khabar_try_s_; \
  } while (false)
