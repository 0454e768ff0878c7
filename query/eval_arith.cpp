// openCypher arithmetic, string and list operators, subscripts and regular
// expressions (value_ops.h).
//
// Arithmetic: null in, null out. INTEGER op INTEGER stays an INTEGER and
// overflow is an ArgumentError; a FLOAT operand makes the result a FLOAT
// (IEEE: 1.0/0 is Infinity, 0.0/0 NaN). Integer division truncates toward
// zero, `%` takes the dividend's sign, and integer division or modulo by
// zero is an ArgumentError. `^` is always a FLOAT.
#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <cmath>
#include <limits>
#include <list>
#include <mutex>
#include <unordered_map>

#include "query/eval_internal.h"
#include "query/value_ops.h"

namespace kg::query {

using internal::ThrowArgumentError;
using internal::ThrowTypeError;
using internal::TypeNameOf;

namespace {

[[noreturn]] void ThrowOperandTypes(const char* op, const Value& a, const Value& b) {
  ThrowTypeError(fmt::format("cannot apply {} to {} and {}", op, TypeNameOf(a), TypeNameOf(b)));
}

[[noreturn]] void ThrowOverflow(const char* op, int64_t a, int64_t b) {
  ThrowArgumentError(fmt::format("integer overflow in {} {} {}", a, op, b));
}

// Text of a number as `+` concatenates it to a string.
std::string NumberText(const Value& v) {
  return v.is_int() ? std::to_string(v.as_int()) : internal::FloatToCypherString(v.as_float());
}

}  // namespace

Value Add(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_int() && b.is_int()) {
    int64_t r;
    if (__builtin_add_overflow(a.as_int(), b.as_int(), &r)) ThrowOverflow("+", a.as_int(), b.as_int());
    return Value(r);
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() + b.as_number());
  if (a.is_list()) {
    ValueList r = a.as_list();
    if (b.is_list()) {
      r.insert(r.end(), b.as_list().begin(), b.as_list().end());
    } else {
      r.push_back(b);
    }
    return Value(std::move(r));
  }
  if (b.is_list()) {
    ValueList r;
    r.reserve(b.as_list().size() + 1);
    r.push_back(a);
    r.insert(r.end(), b.as_list().begin(), b.as_list().end());
    return Value(std::move(r));
  }
  if (a.is_string() && b.is_string()) return Value(a.as_string() + b.as_string());
  if (a.is_string() && b.is_number()) return Value(a.as_string() + NumberText(b));
  if (a.is_number() && b.is_string()) return Value(NumberText(a) + b.as_string());
  ThrowOperandTypes("+", a, b);
}

Value Subtract(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_int() && b.is_int()) {
    int64_t r;
    if (__builtin_sub_overflow(a.as_int(), b.as_int(), &r)) ThrowOverflow("-", a.as_int(), b.as_int());
    return Value(r);
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() - b.as_number());
  ThrowOperandTypes("-", a, b);
}

Value Multiply(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_int() && b.is_int()) {
    int64_t r;
    if (__builtin_mul_overflow(a.as_int(), b.as_int(), &r)) ThrowOverflow("*", a.as_int(), b.as_int());
    return Value(r);
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() * b.as_number());
  ThrowOperandTypes("*", a, b);
}

Value Divide(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_int() && b.is_int()) {
    if (b.as_int() == 0) ThrowArgumentError("division by zero");
    if (a.as_int() == std::numeric_limits<int64_t>::min() && b.as_int() == -1)
      ThrowOverflow("/", a.as_int(), b.as_int());
    return Value(a.as_int() / b.as_int());
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() / b.as_number());
  ThrowOperandTypes("/", a, b);
}

Value Modulo(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_int() && b.is_int()) {
    if (b.as_int() == 0) ThrowArgumentError("modulo by zero");
    if (b.as_int() == -1) return Value(int64_t{0});  // avoids INT64_MIN % -1
    return Value(a.as_int() % b.as_int());
  }
  if (a.is_number() && b.is_number()) return Value(std::fmod(a.as_number(), b.as_number()));
  ThrowOperandTypes("%", a, b);
}

Value Power(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_number() && b.is_number()) return Value(std::pow(a.as_number(), b.as_number()));
  ThrowOperandTypes("^", a, b);
}

Value Negate(const Value& a) {
  if (a.is_null()) return Value();
  if (a.is_int()) {
    if (a.as_int() == std::numeric_limits<int64_t>::min())
      ThrowArgumentError(fmt::format("integer overflow in -({})", a.as_int()));
    return Value(-a.as_int());
  }
  if (a.is_float()) return Value(-a.as_float());
  ThrowTypeError(fmt::format("cannot negate {}", TypeNameOf(a)));
}

// ---- string predicates: null unless both operands are strings ----

Value StartsWith(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return Value();
  return Value(a.as_string().starts_with(b.as_string()));
}

Value EndsWith(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return Value();
  return Value(a.as_string().ends_with(b.as_string()));
}

Value Contains(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return Value();
  return Value(a.as_string().find(b.as_string()) != std::string::npos);
}

// ---- regular expressions ----

namespace {

// Compiled patterns, shared by all threads: RegexPattern is immutable after
// compilation and thread-safe for creating matchers. Least recently used
// patterns are dropped past kCapacity.
class PatternCache {
 public:
  std::shared_ptr<const icu::RegexPattern> Get(const std::string& pattern) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = map_.find(pattern);
    if (it != map_.end()) {
      order_.splice(order_.begin(), order_, it->second.second);
      return it->second.first;
    }
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    icu::UnicodeString upattern = icu::UnicodeString::fromUTF8(pattern);
    std::shared_ptr<const icu::RegexPattern> compiled(
        icu::RegexPattern::compile(upattern, 0, parse_error, status));
    if (U_FAILURE(status) || compiled == nullptr) {
      ThrowArgumentError(fmt::format("invalid regular expression '{}': {} at offset {}", pattern,
                                     u_errorName(status), parse_error.offset));
    }
    order_.push_front(pattern);
    map_.emplace(pattern, std::make_pair(compiled, order_.begin()));
    if (map_.size() > kCapacity) {
      map_.erase(order_.back());
      order_.pop_back();
    }
    return compiled;
  }

 private:
  static constexpr size_t kCapacity = 256;
  std::mutex mu_;
  std::list<std::string> order_;  // most recent first
  std::unordered_map<std::string,
                     std::pair<std::shared_ptr<const icu::RegexPattern>, std::list<std::string>::iterator>>
      map_;
};

PatternCache& Patterns() {
  static PatternCache* cache = new PatternCache();
  return *cache;
}

// ICU's time limit unit is roughly one millisecond of matching.
constexpr int32_t kRegexTimeLimit = 5000;

}  // namespace

Value RegexMatch(const Value& a, const Value& pattern) {
  if (!a.is_string() || !pattern.is_string()) return Value();
  auto compiled = Patterns().Get(pattern.as_string());
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString subject = icu::UnicodeString::fromUTF8(a.as_string());
  std::unique_ptr<icu::RegexMatcher> matcher(compiled->matcher(subject, status));
  if (U_FAILURE(status)) ThrowArgumentError(fmt::format("regular expression error: {}", u_errorName(status)));
  matcher->setTimeLimit(kRegexTimeLimit, status);
  bool matched = matcher->matches(status);
  if (status == U_REGEX_TIME_OUT) ThrowArgumentError("regular expression match took too long");
  if (U_FAILURE(status)) ThrowArgumentError(fmt::format("regular expression error: {}", u_errorName(status)));
  return Value(matched);
}

// ---- lists ----

Value In(const Value& item, const Value& list) {
  if (list.is_null()) return Value();
  if (!list.is_list()) internal::ThrowWrongType("IN", "a LIST", list);
  bool saw_null = false;
  for (const auto& e : list.as_list()) {
    Value r = Equals(item, e);
    if (r.is_null()) {
      saw_null = true;
    } else if (r.as_bool()) {
      return Value(true);
    }
  }
  return saw_null ? Value() : Value(false);
}

Value Property(const Value& container, std::string_view key) {
  switch (container.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kMap: {
      const Value* v = container.Find(key);
      return v ? *v : Value();
    }
    case Value::Type::kNode:
    case Value::Type::kRel: {
      const auto& data = container.is_node() ? container.as_node().data : container.as_rel().data;
      if (!data) throw QueryError(ErrorKind::kInternal, "property of an entity whose data is not loaded");
      for (const auto& [k, v] : data->properties)
        if (k == key) return v;
      return Value();
    }
    case Value::Type::kDate: {
      int y;
      unsigned m, d;
      YmdFromDate(container.as_date(), &y, &m, &d);
      if (key == "year") return Value(int64_t{y});
      if (key == "month") return Value(int64_t{m});
      if (key == "day") return Value(int64_t{d});
      if (key == "quarter") return Value(int64_t{(m - 1) / 3 + 1});
      int64_t days = container.as_date().days;
      // 1970-01-01 was a Thursday; ISO day of week: Monday = 1.
      int64_t dow = ((days % 7) + 7 + 3) % 7 + 1;
      if (key == "dayOfWeek" || key == "weekDay") return Value(dow);
      int64_t ordinal = days - DateFromYmd(y, 1, 1).days + 1;
      if (key == "ordinalDay") return Value(ordinal);
      if (key == "dayOfQuarter")
        return Value(days - DateFromYmd(y, ((m - 1) / 3) * 3 + 1, 1).days + 1);
      if (key == "week" || key == "weekYear") {
        // ISO week: the week holding the year's first Thursday is week 1.
        int64_t thursday = days - dow + 4;
        int ty;
        unsigned tm, td;
        YmdFromDate(Date{static_cast<int32_t>(thursday)}, &ty, &tm, &td);
        if (key == "weekYear") return Value(int64_t{ty});
        return Value((thursday - DateFromYmd(ty, 1, 1).days) / 7 + 1);
      }
      return Value();
    }
    default:
      ThrowTypeError(fmt::format("cannot access property '{}' of a {}", key, TypeNameOf(container)));
  }
}

Value Subscript(const Value& container, const Value& index) {
  if (container.is_null() || index.is_null()) return Value();
  if (container.is_list()) {
    if (!index.is_int()) internal::ThrowWrongType("list index", "an INTEGER", index);
    const auto& l = container.as_list();
    int64_t i = index.as_int();
    int64_t n = static_cast<int64_t>(l.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return Value();
    return l[static_cast<size_t>(i)];
  }
  if (container.is_map() || container.is_node() || container.is_rel() || container.is_date()) {
    if (!index.is_string())
      internal::ThrowWrongType(fmt::format("{} access", TypeNameOf(container)), "a STRING key", index);
    return Property(container, index.as_string());
  }
  ThrowTypeError(fmt::format("cannot index into a {}", TypeNameOf(container)));
}

Value Slice(const Value& list, const Value* from, const Value* to) {
  if (list.is_null()) return Value();
  if ((from && from->is_null()) || (to && to->is_null())) return Value();
  if (!list.is_list()) ThrowTypeError(fmt::format("cannot slice a {}", TypeNameOf(list)));
  if (from && !from->is_int()) internal::ThrowWrongType("list slice", "INTEGER bounds", *from);
  if (to && !to->is_int()) internal::ThrowWrongType("list slice", "INTEGER bounds", *to);
  const auto& l = list.as_list();
  int64_t n = static_cast<int64_t>(l.size());
  auto clamp = [n](int64_t i) {
    if (i < 0) i += n;
    return i < 0 ? 0 : i > n ? n : i;
  };
  int64_t f = from ? clamp(from->as_int()) : 0;
  int64_t t = to ? clamp(to->as_int()) : n;
  if (f >= t) return Value(ValueList{});
  return Value(ValueList(l.begin() + f, l.begin() + t));
}

Value Slice(const Value& list, const Value& from, const Value& to) {
  return Slice(list, from.is_null() ? nullptr : &from, to.is_null() ? nullptr : &to);
}

}  // namespace kg::query
