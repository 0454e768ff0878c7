// The scalar functions of openCypher that need no graph (value_ops.h):
// numeric, string, list, type-conversion and date functions.
//
// Conventions (openCypher 9 / the TCK): a null argument where a value is
// expected gives null; an argument of the wrong type is a TypeError; an
// argument of the right type but a bad value (negative length, range step
// 0, unknown rounding mode) is an ArgumentError. Conversions from strings
// that do not parse (toInteger('x')) give null. Strings are UTF-8 and are
// measured in Unicode code points.
#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <unordered_map>

#include "query/eval_internal.h"
#include "query/value_ops.h"

namespace kg::query {

using internal::CodePointCount;
using internal::CodePointOffset;
using internal::ThrowArgumentError;
using internal::ThrowTypeError;
using internal::ThrowWrongType;
using internal::TypeNameOf;

namespace {

using Args = std::span<const Value>;

// ---- argument checks ----

double NumberArg(const char* fn, const Value& v) {
  if (!v.is_number()) ThrowWrongType(fmt::format("{}()", fn), "a number", v);
  return v.as_number();
}

int64_t IntArg(const char* fn, const Value& v) {
  if (!v.is_int()) ThrowWrongType(fmt::format("{}()", fn), "an INTEGER", v);
  return v.as_int();
}

const std::string& StringArg(const char* fn, const Value& v) {
  if (!v.is_string()) ThrowWrongType(fmt::format("{}()", fn), "a STRING", v);
  return v.as_string();
}

const ValueList& ListArg(const char* fn, const Value& v) {
  if (!v.is_list()) ThrowWrongType(fmt::format("{}()", fn), "a LIST", v);
  return v.as_list();
}

bool AnyNull(Args args) {
  return std::any_of(args.begin(), args.end(), [](const Value& v) { return v.is_null(); });
}

std::mt19937_64& Rng() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return rng;
}

// ---- numeric ----

Value FnAbs(Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_int()) {
    if (a[0].as_int() == std::numeric_limits<int64_t>::min())
      ThrowArgumentError("integer overflow in abs()");
    return Value(a[0].as_int() < 0 ? -a[0].as_int() : a[0].as_int());
  }
  return Value(std::fabs(NumberArg("abs", a[0])));
}

Value FnSign(Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_int()) return Value(int64_t{(a[0].as_int() > 0) - (a[0].as_int() < 0)});
  double d = NumberArg("sign", a[0]);
  return Value(int64_t{(d > 0) - (d < 0)});
}

template <double (*F)(double)>
Value Unary(const char* name, Args a) {
  if (a[0].is_null()) return Value();
  return Value(F(NumberArg(name, a[0])));
}

double Haversin(double x) { return (1 - std::cos(x)) / 2; }
double Cot(double x) { return 1 / std::tan(x); }
double Degrees(double x) { return x * 180 / std::numbers::pi; }
double Radians(double x) { return x * std::numbers::pi / 180; }
double Ceil(double x) { return std::ceil(x); }
double Floor(double x) { return std::floor(x); }
double Sqrt(double x) { return std::sqrt(x); }
double Exp(double x) { return std::exp(x); }
double Log(double x) { return std::log(x); }
double Log10(double x) { return std::log10(x); }
double Sin(double x) { return std::sin(x); }
double Cos(double x) { return std::cos(x); }
double Tan(double x) { return std::tan(x); }
double Asin(double x) { return std::asin(x); }
double Acos(double x) { return std::acos(x); }
double Atan(double x) { return std::atan(x); }

Value FnAtan2(Args a) {
  if (AnyNull(a)) return Value();
  return Value(std::atan2(NumberArg("atan2", a[0]), NumberArg("atan2", a[1])));
}

Value FnIsNaN(Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_int()) return Value(false);
  return Value(std::isnan(NumberArg("isNaN", a[0])));
}

enum class RoundMode { kUp, kDown, kCeiling, kFloor, kHalfUp, kHalfDown, kHalfEven, kHalfCeiling };

RoundMode ParseRoundMode(const std::string& s) {
  std::string u;
  for (char c : s) u += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (u == "UP") return RoundMode::kUp;
  if (u == "DOWN") return RoundMode::kDown;
  if (u == "CEILING") return RoundMode::kCeiling;
  if (u == "FLOOR") return RoundMode::kFloor;
  if (u == "HALF_UP") return RoundMode::kHalfUp;
  if (u == "HALF_DOWN") return RoundMode::kHalfDown;
  if (u == "HALF_EVEN") return RoundMode::kHalfEven;
  ThrowArgumentError(fmt::format(
      "round(): unknown rounding mode '{}' (UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN)", s));
}

// Rounds `x` to `precision` decimal places the way a decimal number would
// be (the shortest decimal text of x is rounded, so 2.675 -> 2.68).
double RoundDecimal(double x, int64_t precision, RoundMode mode) {
  if (!std::isfinite(x) || x == 0) return x;
  if (precision > 400) return x;
  if (precision < -400) precision = -400;
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, r.ptr);
  bool negative = sci[0] == '-';
  if (negative) sci.erase(0, 1);
  size_t epos = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (sci[i] != '.') digits += sci[i];
  int exp10 = std::atoi(sci.c_str() + epos + 1);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  // Keep the digits down to 10^-precision: k of them.
  int64_t k = exp10 + 1 + precision;
  if (k >= static_cast<int64_t>(digits.size())) return x;
  std::string kept = k > 0 ? digits.substr(0, static_cast<size_t>(k)) : "";
  std::string discarded = k >= 0 ? digits.substr(static_cast<size_t>(k)) : std::string(static_cast<size_t>(-k), '0') + digits;
  // discarded is non-empty and, stripped of trailing zeros, not all zero.
  int first = discarded[0] - '0';
  bool rest_nonzero = discarded.find_first_not_of('0', 1) != std::string::npos;
  bool above_half = first > 5 || (first == 5 && rest_nonzero);
  bool exactly_half = first == 5 && !rest_nonzero;
  bool last_odd = !kept.empty() && ((kept.back() - '0') % 2 == 1);
  bool up = false;  // increase the magnitude
  switch (mode) {
    case RoundMode::kUp: up = true; break;
    case RoundMode::kDown: up = false; break;
    case RoundMode::kCeiling: up = !negative; break;
    case RoundMode::kFloor: up = negative; break;
    case RoundMode::kHalfUp: up = first >= 5; break;
    case RoundMode::kHalfDown: up = above_half; break;
    case RoundMode::kHalfEven: up = above_half || (exactly_half && last_odd); break;
    case RoundMode::kHalfCeiling: up = above_half || (exactly_half && !negative); break;
  }
  if (kept.empty()) kept = "0";
  if (up) {
    int i = static_cast<int>(kept.size()) - 1;
    while (i >= 0 && kept[static_cast<size_t>(i)] == '9') kept[static_cast<size_t>(i--)] = '0';
    if (i < 0) {
      kept.insert(kept.begin(), '1');
    } else {
      ++kept[static_cast<size_t>(i)];
    }
  }
  std::string text = (negative ? "-" : "") + kept + "e" + std::to_string(-precision);
  double out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  if (out == 0 && negative) out = -0.0;
  return out;
}

Value FnRound(Args a) {
  if (AnyNull(a)) return Value();
  double x = NumberArg("round", a[0]);
  if (a.size() == 1) {
    if (!std::isfinite(x)) return Value(x);
    // Ties toward positive infinity.
    double f = std::floor(x);
    return Value(x - f >= 0.5 ? f + 1 : f);
  }
  int64_t precision = IntArg("round", a[1]);
  RoundMode mode = RoundMode::kHalfUp;
  if (a.size() == 3) {
    mode = ParseRoundMode(StringArg("round", a[2]));
  } else if (precision == 0) {
    mode = RoundMode::kHalfCeiling;  // as round(x)
  }
  return Value(RoundDecimal(x, precision, mode));
}

Value FnE(Args) { return Value(std::numbers::e); }
Value FnPi(Args) { return Value(std::numbers::pi); }
Value FnRand(Args) { return Value(std::uniform_real_distribution<double>(0.0, 1.0)(Rng())); }

Value FnTimestamp(Args) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return Value(static_cast<int64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(now).count()));
}

Value FnRandomUuid(Args) {
  uint64_t hi = Rng()(), lo = Rng()();
  hi = (hi & ~0xF000ULL) | 0x4000ULL;                        // version 4
  lo = (lo & ~(0xC000ULL << 48)) | (0x8000ULL << 48);        // variant 10
  return Value(fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", hi >> 32, (hi >> 16) & 0xFFFF,
                           hi & 0xFFFF, lo >> 48, lo & 0xFFFFFFFFFFFFULL));
}

// ---- conversions ----

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Parses a whole string as a float (Java's Double.parseDouble: surrounding
// whitespace, a sign, decimal or exponent form, NaN, Infinity).
bool ParseFloatText(std::string_view s, double* out) {
  s = TrimAscii(s);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s[0] == '+' || s[0] == '-') return false;
  if (s == "Infinity") {
    *out = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    return true;
  }
  if (s == "NaN") {
    *out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  if (!std::isdigit(static_cast<unsigned char>(s[0])) && s[0] != '.') return false;
  double d;
  auto r = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    d = std::strtod(std::string(s).c_str(), nullptr);  // +-inf or +-0 as Java gives
  } else if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
    return false;
  }
  *out = negative ? -d : d;
  return true;
}

// Float to integer, truncating; ArgumentError outside the INTEGER range.
int64_t FloatToInt(double d) {
  if (std::isnan(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
    ThrowArgumentError(fmt::format("{} cannot be converted to an INTEGER", internal::FloatToCypherString(d)));
  return static_cast<int64_t>(d);
}

// or_null: null instead of a TypeError for an unconvertible type.
Value ToInteger(const Value& v, bool or_null) {
  switch (v.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kInt: return v;
    case Value::Type::kFloat:
      if (or_null && (std::isnan(v.as_float()) || std::fabs(v.as_float()) >= 9223372036854775808.0))
        return Value();
      return Value(FloatToInt(v.as_float()));
    case Value::Type::kBool: return Value(int64_t{v.as_bool() ? 1 : 0});
    case Value::Type::kString: {
      std::string_view s = TrimAscii(v.as_string());
      std::string_view digits = s;
      if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
      int64_t i;
      auto r = std::from_chars(digits.data(), digits.data() + digits.size(), i);
      if (!digits.empty() && r.ec == std::errc() && r.ptr == digits.data() + digits.size()) return Value(i);
      double d;
      if (!ParseFloatText(s, &d) || std::isnan(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
        return Value();
      return Value(static_cast<int64_t>(d));
    }
    default:
      if (or_null) return Value();
      ThrowWrongType("toInteger()", "a number, BOOLEAN or STRING", v);
  }
}

Value ToFloat(const Value& v, bool or_null) {
  switch (v.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kInt: return Value(static_cast<double>(v.as_int()));
    case Value::Type::kFloat: return v;
    case Value::Type::kString: {
      double d;
      if (!ParseFloatText(v.as_string(), &d)) return Value();
      return Value(d);
    }
    default:
      if (or_null) return Value();
      ThrowWrongType("toFloat()", "a number or STRING", v);
  }
}

Value ToBoolean(const Value& v, bool or_null) {
  switch (v.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kBool: return v;
    case Value::Type::kInt: return Value(v.as_int() != 0);
    case Value::Type::kString: {
      std::string lower;
      for (char c : v.as_string()) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == "true") return Value(true);
      if (lower == "false") return Value(false);
      return Value();
    }
    default:
      if (or_null) return Value();
      ThrowWrongType("toBoolean()", "a BOOLEAN, INTEGER or STRING", v);
  }
}

Value ToStringValue(const Value& v, bool or_null) {
  switch (v.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kString: return v;
    case Value::Type::kInt: return Value(std::to_string(v.as_int()));
    case Value::Type::kFloat: return Value(internal::FloatToCypherString(v.as_float()));
    case Value::Type::kBool: return Value(v.as_bool() ? "true" : "false");
    case Value::Type::kDate: return Value(FormatIsoDate(v.as_date()));
    default:
      if (or_null) return Value();
      ThrowWrongType("toString()", "a number, BOOLEAN, STRING or DATE", v);
  }
}

template <Value (*Convert)(const Value&, bool)>
Value ConvertList(const char* name, Args a) {
  if (a[0].is_null()) return Value();
  const ValueList& l = ListArg(name, a[0]);
  ValueList out;
  out.reserve(l.size());
  for (const auto& e : l) out.push_back(Convert(e, true));
  return Value(std::move(out));
}

// ---- strings ----

std::string CaseMap(const std::string& s, bool upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (upper) {
    u.toUpper(icu::Locale::getRoot());
  } else {
    u.toLower(icu::Locale::getRoot());
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

Value FnToUpper(Args a) {
  if (a[0].is_null()) return Value();
  return Value(CaseMap(StringArg("toUpper", a[0]), true));
}

Value FnToLower(Args a) {
  if (a[0].is_null()) return Value();
  return Value(CaseMap(StringArg("toLower", a[0]), false));
}

Value FnSubstring(Args a) {
  if (AnyNull(a)) return Value();
  const std::string& s = StringArg("substring", a[0]);
  int64_t start = IntArg("substring", a[1]);
  if (start < 0) ThrowArgumentError(fmt::format("substring(): negative start {}", start));
  size_t from = CodePointOffset(s, static_cast<size_t>(start));
  if (a.size() == 2) return Value(s.substr(from));
  int64_t length = IntArg("substring", a[2]);
  if (length < 0) ThrowArgumentError(fmt::format("substring(): negative length {}", length));
  size_t to = CodePointOffset(std::string_view(s).substr(from), static_cast<size_t>(length));
  return Value(s.substr(from, to));
}

Value FnLeft(Args a) {
  if (AnyNull(a)) return Value();
  const std::string& s = StringArg("left", a[0]);
  int64_t n = IntArg("left", a[1]);
  if (n < 0) ThrowArgumentError(fmt::format("left(): negative length {}", n));
  return Value(s.substr(0, CodePointOffset(s, static_cast<size_t>(n))));
}

Value FnRight(Args a) {
  if (AnyNull(a)) return Value();
  const std::string& s = StringArg("right", a[0]);
  int64_t n = IntArg("right", a[1]);
  if (n < 0) ThrowArgumentError(fmt::format("right(): negative length {}", n));
  size_t count = CodePointCount(s);
  if (static_cast<uint64_t>(n) >= count) return Value(s);
  return Value(s.substr(CodePointOffset(s, count - static_cast<size_t>(n))));
}

// Splits at every occurrence of any of `delims`; an empty delimiter splits
// between code points. Empty parts are kept.
Value FnSplit(Args a) {
  if (AnyNull(a)) return Value();
  const std::string& s = StringArg("split", a[0]);
  std::vector<std::string> delims;
  if (a[1].is_list()) {
    for (const auto& d : a[1].as_list()) {
      if (d.is_null()) return Value();
      delims.push_back(StringArg("split", d));
    }
  } else {
    delims.push_back(StringArg("split", a[1]));
  }
  bool split_chars = std::any_of(delims.begin(), delims.end(), [](const std::string& d) { return d.empty(); });
  ValueList parts;
  if (split_chars && delims.size() == 1) {
    size_t pos = 0;
    while (pos < s.size()) {
      size_t start = pos;
      DecodeUtf8(s, &pos);
      parts.emplace_back(s.substr(start, pos - start));
    }
    return Value(std::move(parts));
  }
  size_t begin = 0, pos = 0;
  while (pos < s.size()) {
    size_t matched = 0;
    for (const auto& d : delims) {
      if (!d.empty() && d.size() > matched && s.compare(pos, d.size(), d) == 0) matched = d.size();
    }
    if (matched > 0) {
      parts.emplace_back(s.substr(begin, pos - begin));
      pos += matched;
      begin = pos;
    } else {
      ++pos;
    }
  }
  parts.emplace_back(s.substr(begin));
  return Value(std::move(parts));
}

Value FnReplace(Args a) {
  if (AnyNull(a)) return Value();
  const std::string& s = StringArg("replace", a[0]);
  const std::string& search = StringArg("replace", a[1]);
  const std::string& repl = StringArg("replace", a[2]);
  std::string out;
  if (search.empty()) {
    // Java's String.replace: the replacement goes around every character.
    size_t pos = 0;
    out += repl;
    while (pos < s.size()) {
      size_t start = pos;
      DecodeUtf8(s, &pos);
      out.append(s, start, pos - start);
      out += repl;
    }
    return Value(std::move(out));
  }
  size_t pos = 0;
  while (true) {
    size_t found = s.find(search, pos);
    if (found == std::string::npos) break;
    out.append(s, pos, found - pos);
    out += repl;
    pos = found + search.size();
  }
  out.append(s, pos, std::string::npos);
  return Value(std::move(out));
}

// Trims code points in `chars` (Unicode white space when null) from the
// chosen ends.
Value Trim(const char* name, Args a, bool left, bool right) {
  if (a[0].is_null()) return Value();
  const std::string& s = StringArg(name, a[0]);
  std::u32string chars;
  bool whitespace = true;
  if (a.size() > 1) {
    if (a[1].is_null()) return Value();
    const std::string& c = StringArg(name, a[1]);
    whitespace = false;
    size_t pos = 0;
    while (pos < c.size()) chars.push_back(DecodeUtf8(c, &pos));
  }
  auto strip = [&](char32_t cp) {
    return whitespace ? (u_isUWhiteSpace(static_cast<UChar32>(cp)) != 0) : chars.find(cp) != std::u32string::npos;
  };
  size_t begin = 0, end = s.size();
  if (left) {
    size_t pos = 0;
    while (pos < s.size()) {
      size_t next = pos;
      if (!strip(DecodeUtf8(s, &next))) break;
      pos = next;
    }
    begin = pos;
  }
  if (right) {
    // Walk forward, remembering where the last kept code point ends.
    size_t pos = begin, last_kept_end = begin;
    while (pos < s.size()) {
      size_t next = pos;
      char32_t cp = DecodeUtf8(s, &next);
      if (!strip(cp)) last_kept_end = next;
      pos = next;
    }
    end = last_kept_end;
  }
  return Value(s.substr(begin, end - begin));
}

Value FnTrim(Args a) { return Trim("trim", a, true, true); }
Value FnLTrim(Args a) { return Trim("ltrim", a, true, false); }
Value FnRTrim(Args a) { return Trim("rtrim", a, false, true); }
Value FnBTrim(Args a) { return Trim("btrim", a, true, true); }

Value FnReverse(Args a) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_list()) {
    ValueList l(v.as_list().rbegin(), v.as_list().rend());
    return Value(std::move(l));
  }
  if (!v.is_string()) ThrowWrongType("reverse()", "a STRING or LIST", v);
  const std::string& s = v.as_string();
  std::vector<std::pair<size_t, size_t>> cps;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    DecodeUtf8(s, &pos);
    cps.emplace_back(start, pos - start);
  }
  std::string out;
  out.reserve(s.size());
  for (auto it = cps.rbegin(); it != cps.rend(); ++it) out.append(s, it->first, it->second);
  return Value(std::move(out));
}

Value FnSize(Args a) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_list()) return Value(static_cast<int64_t>(v.as_list().size()));
  if (v.is_string()) return Value(static_cast<int64_t>(CodePointCount(v.as_string())));
  ThrowWrongType("size()", "a STRING or LIST", v);
}

Value FnCharLength(Args a) {
  if (a[0].is_null()) return Value();
  return Value(static_cast<int64_t>(CodePointCount(StringArg("char_length", a[0]))));
}

Value FnLength(Args a) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_path()) return Value(static_cast<int64_t>(v.as_path().rels.size()));
  if (v.is_string()) return Value(static_cast<int64_t>(CodePointCount(v.as_string())));
  ThrowWrongType("length()", "a PATH", v);
}

Value FnIsEmpty(Args a) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_list()) return Value(v.as_list().empty());
  if (v.is_map()) return Value(v.as_map().empty());
  if (v.is_string()) return Value(v.as_string().empty());
  ThrowWrongType("isEmpty()", "a STRING, LIST or MAP", v);
}

// ---- lists ----

Value FnHead(Args a) {
  if (a[0].is_null()) return Value();
  const ValueList& l = ListArg("head", a[0]);
  return l.empty() ? Value() : l.front();
}

Value FnLast(Args a) {
  if (a[0].is_null()) return Value();
  const ValueList& l = ListArg("last", a[0]);
  return l.empty() ? Value() : l.back();
}

Value FnTail(Args a) {
  if (a[0].is_null()) return Value();
  const ValueList& l = ListArg("tail", a[0]);
  if (l.empty()) return Value(ValueList{});
  return Value(ValueList(l.begin() + 1, l.end()));
}

// Longest list range() builds.
constexpr int64_t kMaxRangeSize = 10'000'000;

Value FnRange(Args a) {
  for (const auto& v : a) {
    if (!v.is_int())
      ThrowArgumentError(fmt::format("range() expects INTEGER arguments, got {}", TypeNameOf(v)));
  }
  int64_t start = a[0].as_int(), end = a[1].as_int();
  int64_t step = a.size() > 2 ? a[2].as_int() : 1;
  if (step == 0) ThrowArgumentError("range(): step must not be zero");
  ValueList out;
  if ((step > 0 && start > end) || (step < 0 && start < end)) return Value(std::move(out));
  __int128 count = (static_cast<__int128>(end) - start) / step + 1;
  if (count > kMaxRangeSize)
    throw QueryError(ErrorKind::kLimitExceeded,
                     fmt::format("range() of {} elements exceeds the limit of {}",
                                 static_cast<int64_t>(std::min<__int128>(count, INT64_MAX)), kMaxRangeSize));
  out.reserve(static_cast<size_t>(count));
  __int128 v = start;
  for (__int128 i = 0; i < count; ++i, v += step) out.emplace_back(static_cast<int64_t>(v));
  return Value(std::move(out));
}

Value FnCoalesce(Args a) {
  for (const auto& v : a)
    if (!v.is_null()) return v;
  return Value();
}

Value FnNullIf(Args a) {
  Value eq = Equals(a[0], a[1]);
  if (eq.is_bool() && eq.as_bool()) return Value();
  return a[0];
}

Value FnKeys(Args a) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  const ValueMap* m = nullptr;
  if (v.is_map()) {
    m = &v.as_map();
  } else if ((v.is_node() && v.as_node().data) || (v.is_rel() && v.as_rel().data)) {
    m = v.is_node() ? &v.as_node().data->properties : &v.as_rel().data->properties;
  } else {
    ThrowWrongType("keys()", "a MAP, NODE or RELATIONSHIP", v);
  }
  ValueList out;
  for (const auto& [k, e] : *m) out.emplace_back(k);
  return Value(std::move(out));
}

Value FnProperties(Args a) {
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (v.is_map()) return v;
  if (v.is_node() && v.as_node().data) return Value(v.as_node().data->properties);
  if (v.is_rel() && v.as_rel().data) return Value(v.as_rel().data->properties);
  ThrowWrongType("properties()", "a MAP, NODE or RELATIONSHIP", v);
}

Value FnNodes(Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) ThrowWrongType("nodes()", "a PATH", a[0]);
  ValueList out;
  for (const auto& n : a[0].as_path().nodes) out.emplace_back(n);
  return Value(std::move(out));
}

Value FnRelationships(Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) ThrowWrongType("relationships()", "a PATH", a[0]);
  ValueList out;
  for (const auto& r : a[0].as_path().rels) out.emplace_back(r);
  return Value(std::move(out));
}

// ---- dates ----

constexpr int kMaxYear = 999999;

Date MakeDate(int64_t year, int64_t month, int64_t day) {
  if (year < -kMaxYear || year > kMaxYear || !IsValidYmd(static_cast<int>(year), static_cast<unsigned>(month),
                                                           static_cast<unsigned>(day)) ||
      month < 1 || day < 1)
    ThrowArgumentError(fmt::format("invalid date: year {}, month {}, day {}", year, month, day));
  return DateFromYmd(static_cast<int>(year), static_cast<unsigned>(month), static_cast<unsigned>(day));
}

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Monday of ISO week 1 of `year`.
int64_t IsoWeekOneMonday(int64_t year) {
  int64_t jan4 = DateFromYmd(static_cast<int>(year), 1, 4).days;
  int64_t dow = ((jan4 % 7) + 7 + 3) % 7 + 1;  // 1 = Monday
  return jan4 - (dow - 1);
}

int64_t IsoWeeksInYear(int64_t year) {
  return (IsoWeekOneMonday(year + 1) - IsoWeekOneMonday(year)) / 7;
}

Date DateFromWeek(int64_t year, int64_t week, int64_t dow) {
  if (year < -kMaxYear || year > kMaxYear || week < 1 || week > IsoWeeksInYear(year) || dow < 1 || dow > 7)
    ThrowArgumentError(fmt::format("invalid week date: year {}, week {}, day of week {}", year, week, dow));
  return Date{static_cast<int32_t>(IsoWeekOneMonday(year) + (week - 1) * 7 + (dow - 1))};
}

Date DateFromOrdinal(int64_t year, int64_t ordinal) {
  if (year < -kMaxYear || year > kMaxYear || ordinal < 1 || ordinal > (IsLeap(year) ? 366 : 365))
    ThrowArgumentError(fmt::format("invalid ordinal date: year {}, day {}", year, ordinal));
  return Date{static_cast<int32_t>(DateFromYmd(static_cast<int>(year), 1, 1).days + ordinal - 1)};
}

// ISO 8601 calendar, week and ordinal dates, extended or basic form, with
// an optional time part after 'T' that is ignored.
bool ParseDateText(std::string_view s, Date* out) {
  s = TrimAscii(s);
  size_t t = s.find('T');
  if (t != std::string_view::npos) s = s.substr(0, t);
  auto num = [&](size_t pos, size_t n, int64_t* v) {
    if (pos + n > s.size()) return false;
    int64_t r = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
      r = r * 10 + (s[i] - '0');
    }
    *v = r;
    return true;
  };
  int64_t y, m, d, w;
  if (!num(0, 4, &y)) return false;
  std::string_view rest = s.substr(4);
  bool ext = !rest.empty() && rest[0] == '-';
  size_t p = ext ? 5 : 4;
  try {
    if (rest.empty()) {
      *out = MakeDate(y, 1, 1);
    } else if (s.size() > p && s[p] == 'W') {
      if (!num(p + 1, 2, &w)) return false;
      size_t q = p + 3;
      int64_t dow = 1;
      if (q < s.size()) {
        if (ext) {
          if (s[q] != '-') return false;
          ++q;
        }
        if (!num(q, 1, &dow) || q + 1 != s.size()) return false;
      }
      *out = DateFromWeek(y, w, dow);
    } else if (s.size() == p + 3 && num(p, 3, &d)) {
      *out = DateFromOrdinal(y, d);
    } else if (s.size() == p + 2 && num(p, 2, &m)) {
      *out = MakeDate(y, m, 1);
    } else if (ext && s.size() == 10 && s[7] == '-' && num(5, 2, &m) && num(8, 2, &d)) {
      *out = MakeDate(y, m, d);
    } else if (!ext && s.size() == 8 && num(4, 2, &m) && num(6, 2, &d)) {
      *out = MakeDate(y, m, d);
    } else {
      return false;
    }
  } catch (const QueryError&) {
    return false;
  }
  return true;
}

Date DateFromMap(const ValueMap& m) {
  int64_t year = 0, month = -1, day = -1, week = -1, dow = -1, ordinal = -1, quarter = -1, doq = -1;
  bool has_year = false;
  const Value* base = nullptr;
  for (const auto& [k, v] : m) {
    if (k == "date") {
      base = &v;
      continue;
    }
    int64_t* slot = k == "year" ? &year : k == "month" ? &month : k == "day" ? &day
                  : k == "week" ? &week : k == "dayOfWeek" ? &dow : k == "ordinalDay" ? &ordinal
                  : k == "quarter" ? &quarter : k == "dayOfQuarter" ? &doq : nullptr;
    if (slot == nullptr) ThrowArgumentError(fmt::format("date(): unknown field '{}'", k));
    if (!v.is_int()) ThrowWrongType(fmt::format("date() field '{}'", k), "an INTEGER", v);
    *slot = v.as_int();
    if (slot == &year) has_year = true;
  }
  if (base != nullptr) {
    if (!base->is_date()) ThrowWrongType("date() field 'date'", "a DATE", *base);
    int y;
    unsigned bm, bd;
    YmdFromDate(base->as_date(), &y, &bm, &bd);
    if (!has_year) year = y;
    if (month < 0 && week < 0 && ordinal < 0 && quarter < 0) {
      month = bm;
      if (day < 0) day = bd;
    }
    has_year = true;
  }
  if (!has_year) ThrowArgumentError("date(): the map needs a 'year'");
  if (week >= 0) return DateFromWeek(year, week, dow < 0 ? 1 : dow);
  if (ordinal >= 0) return DateFromOrdinal(year, ordinal);
  if (quarter >= 0) {
    if (quarter < 1 || quarter > 4) ThrowArgumentError(fmt::format("date(): invalid quarter {}", quarter));
    Date first = MakeDate(year, (quarter - 1) * 3 + 1, 1);
    Date next = quarter == 4 ? MakeDate(year + 1, 1, 1) : MakeDate(year, quarter * 3 + 1, 1);
    int64_t n = doq < 0 ? 1 : doq;
    if (n < 1 || first.days + n - 1 >= next.days)
      ThrowArgumentError(fmt::format("date(): invalid day of quarter {}", n));
    return Date{static_cast<int32_t>(first.days + n - 1)};
  }
  return MakeDate(year, month < 0 ? 1 : month, day < 0 ? 1 : day);
}

Value FnDate(Args a) {
  if (a.empty()) {
    auto now = std::chrono::system_clock::now();
    auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
    return Value(Date{static_cast<int32_t>(days)});
  }
  const Value& v = a[0];
  switch (v.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kDate: return v;
    case Value::Type::kString: {
      Date d;
      if (!ParseDateText(v.as_string(), &d))
        ThrowArgumentError(fmt::format("date(): cannot parse '{}' as a date (YYYY-MM-DD)", v.as_string()));
      return Value(d);
    }
    case Value::Type::kMap: return Value(DateFromMap(v.as_map()));
    default: ThrowWrongType("date()", "a STRING or MAP", v);
  }
}

// ---- the table ----

using Fn = Value (*)(Args);

struct FunctionDef {
  std::string_view name;  // lower case
  int min_args;
  int max_args;
  bool deterministic;
  Fn fn;
};

#define KG_UNARY(NAME, F) [](Args a) { return Unary<F>(NAME, a); }

const FunctionDef kFunctions[] = {
    // numeric
    {"abs", 1, 1, true, FnAbs},
    {"sign", 1, 1, true, FnSign},
    {"ceil", 1, 1, true, KG_UNARY("ceil", Ceil)},
    {"floor", 1, 1, true, KG_UNARY("floor", Floor)},
    {"round", 1, 3, true, FnRound},
    {"sqrt", 1, 1, true, KG_UNARY("sqrt", Sqrt)},
    {"exp", 1, 1, true, KG_UNARY("exp", Exp)},
    {"log", 1, 1, true, KG_UNARY("log", Log)},
    {"log10", 1, 1, true, KG_UNARY("log10", Log10)},
    {"sin", 1, 1, true, KG_UNARY("sin", Sin)},
    {"cos", 1, 1, true, KG_UNARY("cos", Cos)},
    {"tan", 1, 1, true, KG_UNARY("tan", Tan)},
    {"cot", 1, 1, true, KG_UNARY("cot", Cot)},
    {"asin", 1, 1, true, KG_UNARY("asin", Asin)},
    {"acos", 1, 1, true, KG_UNARY("acos", Acos)},
    {"atan", 1, 1, true, KG_UNARY("atan", Atan)},
    {"atan2", 2, 2, true, FnAtan2},
    {"haversin", 1, 1, true, KG_UNARY("haversin", Haversin)},
    {"degrees", 1, 1, true, KG_UNARY("degrees", Degrees)},
    {"radians", 1, 1, true, KG_UNARY("radians", Radians)},
    {"isnan", 1, 1, true, FnIsNaN},
    {"e", 0, 0, true, FnE},
    {"pi", 0, 0, true, FnPi},
    {"rand", 0, 0, false, FnRand},
    {"timestamp", 0, 0, false, FnTimestamp},
    {"randomuuid", 0, 0, false, FnRandomUuid},
    // conversions
    {"tointeger", 1, 1, true, [](Args a) { return ToInteger(a[0], false); }},
    {"tofloat", 1, 1, true, [](Args a) { return ToFloat(a[0], false); }},
    {"toboolean", 1, 1, true, [](Args a) { return ToBoolean(a[0], false); }},
    {"tostring", 1, 1, true, [](Args a) { return ToStringValue(a[0], false); }},
    {"tointegerornull", 1, 1, true, [](Args a) { return ToInteger(a[0], true); }},
    {"tofloatornull", 1, 1, true, [](Args a) { return ToFloat(a[0], true); }},
    {"tobooleanornull", 1, 1, true, [](Args a) { return ToBoolean(a[0], true); }},
    {"tostringornull", 1, 1, true, [](Args a) { return ToStringValue(a[0], true); }},
    {"tointegerlist", 1, 1, true, [](Args a) { return ConvertList<ToInteger>("toIntegerList", a); }},
    {"tofloatlist", 1, 1, true, [](Args a) { return ConvertList<ToFloat>("toFloatList", a); }},
    {"tobooleanlist", 1, 1, true, [](Args a) { return ConvertList<ToBoolean>("toBooleanList", a); }},
    {"tostringlist", 1, 1, true, [](Args a) { return ConvertList<ToStringValue>("toStringList", a); }},
    // strings
    {"toupper", 1, 1, true, FnToUpper},
    {"upper", 1, 1, true, FnToUpper},
    {"tolower", 1, 1, true, FnToLower},
    {"lower", 1, 1, true, FnToLower},
    {"substring", 2, 3, true, FnSubstring},
    {"left", 2, 2, true, FnLeft},
    {"right", 2, 2, true, FnRight},
    {"split", 2, 2, true, FnSplit},
    {"replace", 3, 3, true, FnReplace},
    {"trim", 1, 2, true, FnTrim},
    {"ltrim", 1, 2, true, FnLTrim},
    {"rtrim", 1, 2, true, FnRTrim},
    {"btrim", 1, 2, true, FnBTrim},
    {"reverse", 1, 1, true, FnReverse},
    {"size", 1, 1, true, FnSize},
    {"char_length", 1, 1, true, FnCharLength},
    {"character_length", 1, 1, true, FnCharLength},
    {"length", 1, 1, true, FnLength},
    {"isempty", 1, 1, true, FnIsEmpty},
    // lists, maps, paths
    {"head", 1, 1, true, FnHead},
    {"last", 1, 1, true, FnLast},
    {"tail", 1, 1, true, FnTail},
    {"range", 2, 3, true, FnRange},
    {"coalesce", 1, -1, true, FnCoalesce},
    {"nullif", 2, 2, true, FnNullIf},
    {"keys", 1, 1, true, FnKeys},
    {"properties", 1, 1, true, FnProperties},
    {"nodes", 1, 1, true, FnNodes},
    {"relationships", 1, 1, true, FnRelationships},
    // dates
    {"date", 0, 1, false, FnDate},
};

#undef KG_UNARY

// Name -> definition; built once, read-only afterwards (thread-safe).
const FunctionDef* Find(std::string_view lower_name) {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, const FunctionDef*>();
    for (const auto& f : kFunctions) m->emplace(f.name, &f);
    return m;
  }();
  auto it = index->find(lower_name);
  return it == index->end() ? nullptr : it->second;
}

}  // namespace

bool LookupFunction(std::string_view lower_name, FunctionInfo* info) {
  const FunctionDef* f = Find(lower_name);
  if (f == nullptr) return false;
  if (info != nullptr) {
    info->min_args = f->min_args;
    info->max_args = f->max_args;
    info->deterministic = f->deterministic;
  }
  return true;
}

Value CallFunction(std::string_view lower_name, std::span<const Value> args) {
  const FunctionDef* f = Find(lower_name);
  if (f == nullptr) throw QueryError(ErrorKind::kInternal, fmt::format("unknown function {}()", lower_name));
  if (static_cast<int>(args.size()) < f->min_args ||
      (f->max_args >= 0 && static_cast<int>(args.size()) > f->max_args))
    throw QueryError(ErrorKind::kInternal, fmt::format("{}() called with {} arguments", lower_name, args.size()));
  return f->fn(args);
}

}  // namespace kg::query
