#include "common/status.h"

#include <fmt/format.h>

namespace kg {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kOk: return "OK";
    case ErrorKind::kSyntaxError: return "SyntaxError";
    case ErrorKind::kSemanticError: return "SemanticError";
    case ErrorKind::kTypeError: return "TypeError";
    case ErrorKind::kArgumentError: return "ArgumentError";
    case ErrorKind::kParameterMissing: return "ParameterMissing";
    case ErrorKind::kEntityNotFound: return "EntityNotFound";
    case ErrorKind::kConstraintVerificationFailed: return "ConstraintVerificationFailed";
    case ErrorKind::kTimeout: return "Timeout";
    case ErrorKind::kLimitExceeded: return "LimitExceeded";
    case ErrorKind::kInputError: return "InputError";
    case ErrorKind::kIOError: return "IOError";
    case ErrorKind::kUsageError: return "UsageError";
    case ErrorKind::kInternal: return "Internal";
  }
  return "Internal";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string s = fmt::format("{}: {}", ErrorKindName(kind_), message_);
  if (line_ > 0) s += fmt::format(" (line {}, column {})", line_, column_);
  return s;
}

int Status::ExitCode() const {
  if (ok()) return 0;
  return kind_ == ErrorKind::kUsageError ? 2 : 1;
}

}  // namespace kg
