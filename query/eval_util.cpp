// Helpers of eval_internal.h: errors, UTF-8, number text, sizes.
#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "query/eval_internal.h"

namespace kg::query::internal {

void ThrowTypeError(std::string message) {
  throw QueryError(ErrorKind::kTypeError, std::move(message));
}

void ThrowArgumentError(std::string message) {
  throw QueryError(ErrorKind::kArgumentError, std::move(message));
}

void ThrowWrongType(std::string_view what, std::string_view expected, const Value& got) {
  ThrowTypeError(fmt::format("{} expects {}, got {}", what, expected, TypeNameOf(got)));
}

// ---- UTF-8 ----

namespace {
bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == 0 || !IsContinuation(static_cast<unsigned char>(s[i]))) ++n;
  }
  return n;
}

size_t CodePointOffset(std::string_view s, size_t index) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == 0 || !IsContinuation(static_cast<unsigned char>(s[i]))) {
      if (n == index) return i;
      ++n;
    }
  }
  return s.size();
}

// ---- numbers ----

int CompareIntFloat(int64_t i, double d) {
  // 2^63 is exactly representable; every double >= it exceeds any int64.
  constexpr double kTwo63 = 9223372036854775808.0;
  if (d >= kTwo63) return -1;
  if (d < -kTwo63) return 1;
  double t = std::trunc(d);  // in [-2^63, 2^63): converts exactly
  int64_t ti = static_cast<int64_t>(t);
  if (i != ti) return i < ti ? -1 : 1;
  double frac = d - t;
  if (frac > 0) return -1;
  if (frac < 0) return 1;
  return 0;
}

std::string FloatToShortestString(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof(buf), d);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string FloatToCypherString(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  // Shortest digits and decimal exponent from the scientific form "D.DDDe±X".
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
  std::string sci(buf, r.ptr);
  bool negative = sci[0] == '-';
  if (negative) sci.erase(0, 1);
  size_t epos = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < epos; ++i) {
    if (sci[i] != '.') digits += sci[i];
  }
  int exp10 = std::atoi(sci.c_str() + epos + 1);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = negative ? "-" : "";
  double a = std::fabs(d);
  if (a >= 1e-3 && a < 1e7) {
    // Plain decimal: digits with the point after exp10+1 digits.
    int point = exp10 + 1;
    if (point <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-point), '0');
      out += digits;
    } else if (static_cast<size_t>(point) >= digits.size()) {
      out += digits;
      out.append(static_cast<size_t>(point) - digits.size(), '0');
      out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(point));
      out += '.';
      out += digits.substr(static_cast<size_t>(point));
    }
  } else {
    out += digits[0];
    out += '.';
    out += digits.size() > 1 ? digits.substr(1) : "0";
    out += 'E';
    out += std::to_string(exp10);
  }
  return out;
}

size_t ApproxBytes(const Value& v) {
  size_t n = sizeof(Value);
  switch (v.type()) {
    case Value::Type::kString: n += v.as_string().capacity(); break;
    case Value::Type::kList:
      for (const auto& e : v.as_list()) n += ApproxBytes(e);
      break;
    case Value::Type::kMap:
      for (const auto& [k, e] : v.as_map()) n += k.capacity() + sizeof(std::string) + ApproxBytes(e);
      break;
    case Value::Type::kPath:
      n += v.as_path().nodes.size() * sizeof(NodeValue) + v.as_path().rels.size() * sizeof(RelValue);
      break;
    default: break;
  }
  return n;
}

}  // namespace kg::query::internal
