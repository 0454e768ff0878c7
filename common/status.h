// Status and Result<T>: how fallible calls report failure across module and
// public-API boundaries. No exception crosses a public call, a thread or an
// HTTP handler; inside query/ a thrown QueryError is caught at one entry point
// and turned into a Status.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kg {

// The error classes users see, printed as `error: KIND: message`.
// The first group are openCypher's classes, the second ours (interfaces.md).
enum class ErrorKind : uint8_t {
  kOk = 0,
  kSyntaxError,
  kSemanticError,
  kTypeError,
  kArgumentError,
  kParameterMissing,
  kEntityNotFound,
  kConstraintVerificationFailed,
  kTimeout,
  kLimitExceeded,
  kInputError,
  kIOError,
  kUsageError,
  kInternal,
};

// The name printed for a kind, e.g. "SyntaxError".
const char* ErrorKindName(ErrorKind kind);

// A success, or an error kind with a message and an optional position.
// line/column are 1-based positions in query text (0 when not applicable).
class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status OK() { return Status(); }
  static Status Error(ErrorKind kind, std::string message, int line = 0, int column = 0) {
    Status s;
    s.kind_ = kind;
    s.message_ = std::move(message);
    s.line_ = line;
    s.column_ = column;
    return s;
  }
  static Status InputError(std::string m) { return Error(ErrorKind::kInputError, std::move(m)); }
  static Status IOError(std::string m) { return Error(ErrorKind::kIOError, std::move(m)); }
  static Status UsageError(std::string m) { return Error(ErrorKind::kUsageError, std::move(m)); }
  static Status Internal(std::string m) { return Error(ErrorKind::kInternal, std::move(m)); }

  bool ok() const { return kind_ == ErrorKind::kOk; }
  ErrorKind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  int line() const { return line_; }
  int column() const { return column_; }

  // "KIND: message (line L, column C)", or "OK". The CLI prefixes "error: ".
  std::string ToString() const;

  // Exit code of the `kg` command for this status: 0 ok, 2 usage, 1 otherwise.
  int ExitCode() const;

 private:
  ErrorKind kind_ = ErrorKind::kOk;
  std::string message_;
  int line_ = 0;
  int column_ = 0;
};

// A value of type T or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  // REQUIRES: ok()
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  // OK status when ok().
  Status status() const { return ok() ? Status::OK() : std::get<1>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kg

// Returns early from the enclosing function when `expr` is a non-OK Status.
#define KG_RETURN_IF_ERROR(expr)            \
  do {                                      \
    ::kg::Status _kg_s = (expr);            \
    if (!_kg_s.ok()) return _kg_s;          \
  } while (0)
