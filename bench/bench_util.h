// Helpers shared by kg's benchmark binaries (bench/kg_bench_*.cpp): process
// memory readings, timing statistics, command-line options and JSON text.
// The Kuzu side (bench/kuzu/lib.js) follows the same conventions, so that
// bench/report.py can put the two engines side by side.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/resource.h>

#include "common/status.h"

namespace kg::bench {

// A field of /proc/self/status given in kB ("VmRSS", "VmHWM"), in bytes;
// 0 when the field or the file is missing (non-Linux).
inline uint64_t ProcStatusBytes(std::string_view field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() > field.size() && line.compare(0, field.size(), field) == 0 &&
        line[field.size()] == ':') {
      return std::stoull(line.substr(field.size() + 1)) * 1024;
    }
  }
  return 0;
}

// User + system CPU seconds used by this process so far (all its threads).
inline double ProcessCpuSeconds() {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Milliseconds elapsed since `start` on the steady clock.
inline double MsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The median of `xs` (the mean of the two middle values for an even count);
// nullopt when empty.
inline std::optional<double> Median(std::vector<double> xs) {
  if (xs.empty()) return std::nullopt;
  std::sort(xs.begin(), xs.end());
  size_t m = xs.size() / 2;
  return xs.size() % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
}

// `--name value` options and bare `--flag`s. `known` maps each accepted name
// to whether it takes a value. UsageError on an unknown name, a missing
// value or a positional argument.
inline Result<std::map<std::string, std::string>> ParseOptions(
    int argc, char** argv, const std::map<std::string, bool>& known) {
  std::map<std::string, std::string> out;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a.substr(0, 2) != "--") return Status::UsageError("unexpected argument '" + std::string(a) + "'");
    std::string name(a.substr(2));
    auto it = known.find(name);
    if (it == known.end()) return Status::UsageError("unknown option --" + name);
    if (!it->second) {
      out[name] = "true";
      continue;
    }
    if (i + 1 >= argc) return Status::UsageError("--" + name + " needs a value");
    out[name] = argv[++i];
  }
  return out;
}

// A non-negative integer option, or `fallback` when absent. UsageError when
// the text is not a number.
inline Result<uint64_t> UintOption(const std::map<std::string, std::string>& opts,
                                   const std::string& name, uint64_t fallback) {
  auto it = opts.find(name);
  if (it == opts.end()) return fallback;
  const std::string& s = it->second;
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 18) {
    return Status::UsageError("--" + name + ": expected a non-negative integer, got '" + s + "'");
  }
  return static_cast<uint64_t>(std::stoull(s));
}

// Appends `s` as a JSON string literal (UTF-8 passed through, control
// characters escaped).
inline void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

// A double as JSON with 12 significant digits, `null` when not finite.
inline std::string JsonNumber(double d) {
  if (!(d == d) || d > 1.7e308 || d < -1.7e308) return "null";
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.12g", d);
  return std::string(buf, n);
}

}  // namespace kg::bench
