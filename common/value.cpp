#include "common/value.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>

namespace kg {

// ---- Dates (Howard Hinnant's days_from_civil / civil_from_days algorithms) ----

Date DateFromYmd(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Date{static_cast<int32_t>(era * 146097 + static_cast<int>(doe) - 719468)};
}

void YmdFromDate(Date date, int* year, unsigned* month, unsigned* day) {
  int z = date.days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  *year = y + (m <= 2);
  *month = m;
  *day = d;
}

bool IsValidYmd(int year, unsigned month, unsigned day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  unsigned max = kDays[month - 1];
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && leap) max = 29;
  return day <= max;
}

bool ParseIsoDate(std::string_view t, Date* out) {
  auto digits = [&](size_t pos, size_t n, int* v) {
    if (pos + n > t.size()) return false;
    int r = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      r = r * 10 + (t[i] - '0');
    }
    *v = r;
    return true;
  };
  int y, m, d;
  if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
    if (!digits(0, 4, &y) || !digits(5, 2, &m) || !digits(8, 2, &d)) return false;
  } else if (t.size() == 8) {
    if (!digits(0, 4, &y) || !digits(4, 2, &m) || !digits(6, 2, &d)) return false;
  } else {
    return false;
  }
  if (!IsValidYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return false;
  *out = DateFromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

std::string FormatIsoDate(Date d) {
  int y;
  unsigned m, day;
  YmdFromDate(d, &y, &m, &day);
  if (y < 0 || y > 9999 || m > 12 || day > 31) return fmt::format("{:04d}-{:02d}-{:02d}", y, m, day);
  // The common case written digit by digit (the format string is parsed at
  // every call; extraction output writes a date per dated fact).
  std::string out = "0000-00-00";
  for (int k = 3, v = y; k >= 0; --k, v /= 10) out[static_cast<size_t>(k)] = static_cast<char>('0' + v % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

// ---- Value ----

const Value* Value::Find(std::string_view key) const {
  for (const auto& [k, v] : as_map()) {
    if (k == key) return &v;
  }
  return nullptr;
}

bool operator==(const Value& a, const Value& b) {
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Value::Type::kNull: return true;
    case Value::Type::kBool: return a.as_bool() == b.as_bool();
    case Value::Type::kInt: return a.as_int() == b.as_int();
    case Value::Type::kFloat: {
      double x = a.as_float(), y = b.as_float();
      return x == y || (std::isnan(x) && std::isnan(y));
    }
    case Value::Type::kString: return a.as_string() == b.as_string();
    case Value::Type::kDate: return a.as_date() == b.as_date();
    case Value::Type::kList: return a.as_list() == b.as_list();
    case Value::Type::kMap: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      if (x.size() != y.size()) return false;
      for (const auto& [k, v] : x) {
        const Value* o = b.Find(k);
        if (!o || !(*o == v)) return false;
      }
      return true;
    }
    case Value::Type::kNode: return a.as_node().id == b.as_node().id;
    case Value::Type::kRel: return a.as_rel().id == b.as_rel().id;
    case Value::Type::kPath: {
      const auto& x = a.as_path();
      const auto& y = b.as_path();
      if (x.nodes.size() != y.nodes.size() || x.rels.size() != y.rels.size()) return false;
      for (size_t i = 0; i < x.nodes.size(); ++i)
        if (x.nodes[i].id != y.nodes[i].id) return false;
      for (size_t i = 0; i < x.rels.size(); ++i)
        if (x.rels[i].id != y.rels[i].id) return false;
      return true;
    }
  }
  return false;
}

const char* Value::TypeName(Type t) {
  switch (t) {
    case Type::kNull: return "NULL";
    case Type::kBool: return "BOOLEAN";
    case Type::kInt: return "INTEGER";
    case Type::kFloat: return "FLOAT";
    case Type::kString: return "STRING";
    case Type::kDate: return "DATE";
    case Type::kList: return "LIST";
    case Type::kMap: return "MAP";
    case Type::kNode: return "NODE";
    case Type::kRel: return "RELATIONSHIP";
    case Type::kPath: return "PATH";
  }
  return "ANY";
}

namespace {
std::string QuoteString(const std::string& s) {
  std::string r = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') r += '\\';
    r += c;
  }
  r += '\'';
  return r;
}
}  // namespace

std::string Value::ToString() const {
  switch (type()) {
    case Type::kNull: return "null";
    case Type::kBool: return as_bool() ? "true" : "false";
    case Type::kInt: return std::to_string(as_int());
    case Type::kFloat: {
      double d = as_float();
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
      std::string s = fmt::format("{}", d);
      if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
      return s;
    }
    case Type::kString: return QuoteString(as_string());
    case Type::kDate: return "date('" + FormatIsoDate(as_date()) + "')";
    case Type::kList: {
      std::string r = "[";
      bool first = true;
      for (const auto& v : as_list()) {
        if (!first) r += ", ";
        first = false;
        r += v.ToString();
      }
      return r + "]";
    }
    case Type::kMap: {
      std::string r = "{";
      bool first = true;
      for (const auto& [k, v] : as_map()) {
        if (!first) r += ", ";
        first = false;
        r += k + ": " + v.ToString();
      }
      return r + "}";
    }
    case Type::kNode: return fmt::format("(#{})", as_node().id);
    case Type::kRel: return fmt::format("[#{}]", as_rel().id);
    case Type::kPath: return fmt::format("<path of {} relationships>", as_path().rels.size());
  }
  return "?";
}

// ---- Encoding ----

namespace {
// DO NOT CHANGE: persisted tags.
enum : uint8_t {
  kTagNull = 0,
  kTagFalse = 1,
  kTagTrue = 2,
  kTagInt = 3,
  kTagFloat = 4,
  kTagString = 5,
  kTagDate = 6,
  kTagList = 7,
  kTagMap = 8,
};

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1)); }

constexpr int kMaxDecodeDepth = 64;

Status DecodeValueDepth(std::string_view* in, Value* out, int depth) {
  if (depth > kMaxDecodeDepth) return Status::InputError("value nesting too deep");
  if (in->empty()) return Status::InputError("truncated value");
  uint8_t tag = static_cast<uint8_t>((*in)[0]);
  in->remove_prefix(1);
  uint64_t n;
  switch (tag) {
    case kTagNull: *out = Value(); return Status::OK();
    case kTagFalse: *out = Value(false); return Status::OK();
    case kTagTrue: *out = Value(true); return Status::OK();
    case kTagInt:
      if (!GetVarint64(in, &n)) return Status::InputError("truncated integer");
      *out = Value(UnZigZag(n));
      return Status::OK();
    case kTagFloat: {
      if (in->size() < 8) return Status::InputError("truncated float");
      uint64_t bits = 0;
      for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(static_cast<uint8_t>((*in)[i])) << (8 * i);
      double d;
      std::memcpy(&d, &bits, 8);
      in->remove_prefix(8);
      *out = Value(d);
      return Status::OK();
    }
    case kTagString:
      if (!GetVarint64(in, &n) || n > in->size()) return Status::InputError("truncated string");
      *out = Value(std::string(in->substr(0, n)));
      in->remove_prefix(n);
      return Status::OK();
    case kTagDate:
      if (!GetVarint64(in, &n)) return Status::InputError("truncated date");
      *out = Value(Date{static_cast<int32_t>(UnZigZag(n))});
      return Status::OK();
    case kTagList: {
      if (!GetVarint64(in, &n) || n > in->size()) return Status::InputError("truncated list");
      ValueList l;
      l.reserve(n);
      for (uint64_t i = 0; i < n; ++i) {
        Value v;
        KG_RETURN_IF_ERROR(DecodeValueDepth(in, &v, depth + 1));
        l.push_back(std::move(v));
      }
      *out = Value(std::move(l));
      return Status::OK();
    }
    case kTagMap: {
      if (!GetVarint64(in, &n) || n > in->size()) return Status::InputError("truncated map");
      ValueMap m;
      m.reserve(n);
      for (uint64_t i = 0; i < n; ++i) {
        uint64_t kl;
        if (!GetVarint64(in, &kl) || kl > in->size()) return Status::InputError("truncated map key");
        std::string k(in->substr(0, kl));
        in->remove_prefix(kl);
        Value v;
        KG_RETURN_IF_ERROR(DecodeValueDepth(in, &v, depth + 1));
        m.emplace_back(std::move(k), std::move(v));
      }
      *out = Value(std::move(m));
      return Status::OK();
    }
    default: return Status::InputError(fmt::format("unknown value tag {}", tag));
  }
}
}  // namespace

void PutVarint64(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool GetVarint64(std::string_view* in, uint64_t* v) {
  uint64_t r = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    uint8_t b = static_cast<uint8_t>((*in)[0]);
    in->remove_prefix(1);
    r |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *v = r;
      return true;
    }
  }
  return false;
}

void PutFixed64BE(std::string* out, uint64_t v) {
  for (int i = 7; i >= 0; --i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
uint64_t DecodeFixed64BE(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(p[i]);
  return v;
}
void PutFixed32BE(std::string* out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
uint32_t DecodeFixed32BE(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(p[i]);
  return v;
}

Status EncodeValue(const Value& v, std::string* out) {
  switch (v.type()) {
    case Value::Type::kNull: out->push_back(static_cast<char>(kTagNull)); return Status::OK();
    case Value::Type::kBool: out->push_back(static_cast<char>(v.as_bool() ? kTagTrue : kTagFalse)); return Status::OK();
    case Value::Type::kInt:
      out->push_back(static_cast<char>(kTagInt));
      PutVarint64(out, ZigZag(v.as_int()));
      return Status::OK();
    case Value::Type::kFloat: {
      out->push_back(static_cast<char>(kTagFloat));
      uint64_t bits;
      double d = v.as_float();
      std::memcpy(&bits, &d, 8);
      for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
      return Status::OK();
    }
    case Value::Type::kString:
      out->push_back(static_cast<char>(kTagString));
      PutVarint64(out, v.as_string().size());
      out->append(v.as_string());
      return Status::OK();
    case Value::Type::kDate:
      out->push_back(static_cast<char>(kTagDate));
      PutVarint64(out, ZigZag(v.as_date().days));
      return Status::OK();
    case Value::Type::kList:
      out->push_back(static_cast<char>(kTagList));
      PutVarint64(out, v.as_list().size());
      for (const auto& e : v.as_list()) KG_RETURN_IF_ERROR(EncodeValue(e, out));
      return Status::OK();
    case Value::Type::kMap:
      out->push_back(static_cast<char>(kTagMap));
      PutVarint64(out, v.as_map().size());
      for (const auto& [k, e] : v.as_map()) {
        PutVarint64(out, k.size());
        out->append(k);
        KG_RETURN_IF_ERROR(EncodeValue(e, out));
      }
      return Status::OK();
    default:
      return Status::InputError(fmt::format("a {} cannot be stored as a property value",
                                            Value::TypeName(v.type())));
  }
}

Status DecodeValue(std::string_view* in, Value* out) { return DecodeValueDepth(in, out, 0); }

}  // namespace kg
