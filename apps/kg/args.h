// Command-line parsing for the `kg` subcommands.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/status.h"

namespace kg::cli {

// What one subcommand accepts. Options are written `--name value` or
// `--name=value`; flags take no value. Short aliases map to long names.
struct ArgSpec {
  std::set<std::string> flags;          // e.g. "read-only"
  std::set<std::string> single;         // value options given at most once
  std::set<std::string> repeated;       // value options that may repeat
  std::map<std::string, std::string> short_names;  // "f" -> "file"
};

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> values;
  std::set<std::string> flags;

  bool Flag(const std::string& name) const { return flags.count(name) > 0; }
  std::optional<std::string> Get(const std::string& name) const;
  std::vector<std::string> GetAll(const std::string& name) const;
};

// Parses argv[first..argc). UsageError (exit code 2) on unknown options or
// missing values. A lone "-" is positional; "--" ends options.
Result<Args> ParseArgs(int argc, char** argv, int first, const ArgSpec& spec);

// Prints "error: KIND: message" to stderr and returns the status's exit code.
int Fail(const Status& status);

}  // namespace kg::cli
