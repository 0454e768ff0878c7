#include "apps/kg/args.h"

#include <fmt/format.h>

#include <cstdio>

namespace kg::cli {

std::optional<std::string> Args::Get(const std::string& name) const {
  auto it = values.find(name);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Args::GetAll(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

Result<Args> ParseArgs(int argc, char** argv, int first, const ArgSpec& spec) {
  Args args;
  bool options_done = false;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      args.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name;
    std::optional<std::string> inline_value;
    if (a.rfind("--", 0) == 0) {
      name = a.substr(2);
      auto eq = name.find('=');
      if (eq != std::string::npos) {
        inline_value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
    } else {
      auto it = spec.short_names.find(a.substr(1));
      if (it == spec.short_names.end()) return Status::UsageError(fmt::format("unknown option '{}'", a));
      name = it->second;
    }
    if (spec.flags.count(name)) {
      if (inline_value) return Status::UsageError(fmt::format("option '--{}' takes no value", name));
      args.flags.insert(name);
      continue;
    }
    bool single = spec.single.count(name) > 0;
    if (!single && !spec.repeated.count(name))
      return Status::UsageError(fmt::format("unknown option '{}'", a));
    std::string value;
    if (inline_value) {
      value = *inline_value;
    } else {
      if (i + 1 >= argc) return Status::UsageError(fmt::format("option '--{}' needs a value", name));
      value = argv[++i];
    }
    auto& slot = args.values[name];
    if (single && !slot.empty())
      return Status::UsageError(fmt::format("option '--{}' given more than once", name));
    slot.push_back(value);
  }
  return args;
}

int Fail(const Status& status) {
  std::fprintf(stderr, "error: %s\n", status.ToString().c_str());
  std::fflush(stderr);
  return status.ExitCode() == 0 ? 1 : status.ExitCode();
}

}  // namespace kg::cli
