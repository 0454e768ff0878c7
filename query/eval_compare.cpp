// openCypher equality, comparison, orderability, equivalence and
// three-valued logic (value_ops.h).
//
// Three relations, as openCypher 9 defines them:
//  1. Equality (`=`): null when either side is null; lists and maps compare
//     element-wise, false as soon as one pair is unequal, else null when a
//     pair involved null; values of different types are unequal (except
//     int/float, compared exactly); NaN equals nothing.
//  2. Comparison (`<`...): defined between numbers, strings, booleans, dates
//     and lists (lexicographic); null otherwise. NaN compares false.
//  3. Orderability (ORDER BY, min/max): a total order across all types:
//     MAP < NODE < RELATIONSHIP < LIST < PATH < DATE < STRING < BOOLEAN <
//     NUMBER < NULL, NaN above every other number.
// Equivalence (DISTINCT, grouping) is equality where null ~ null and
// NaN ~ NaN.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

#include "query/eval_internal.h"
#include "query/value_ops.h"

namespace kg::query {

using internal::CompareIntFloat;

namespace {

enum class Tri { kFalse, kTrue, kNull };

Tri EqualsTri(const Value& a, const Value& b);

// Folds element results: false wins, then null, then true.
template <typename Fn>
Tri FoldEquals(size_t n, Fn&& element) {
  Tri result = Tri::kTrue;
  for (size_t i = 0; i < n; ++i) {
    Tri t = element(i);
    if (t == Tri::kFalse) return Tri::kFalse;
    if (t == Tri::kNull) result = Tri::kNull;
  }
  return result;
}

Tri FromBool(bool b) { return b ? Tri::kTrue : Tri::kFalse; }

Tri EqualsTri(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Tri::kNull;
  if (a.is_number() && b.is_number()) {
    if (a.is_int() && b.is_int()) return FromBool(a.as_int() == b.as_int());
    if (a.is_float() && b.is_float()) return FromBool(a.as_float() == b.as_float());
    if (a.is_int()) return FromBool(!std::isnan(b.as_float()) && CompareIntFloat(a.as_int(), b.as_float()) == 0);
    return FromBool(!std::isnan(a.as_float()) && CompareIntFloat(b.as_int(), a.as_float()) == 0);
  }
  if (a.type() != b.type()) return Tri::kFalse;
  switch (a.type()) {
    case Value::Type::kBool: return FromBool(a.as_bool() == b.as_bool());
    case Value::Type::kString: return FromBool(a.as_string() == b.as_string());
    case Value::Type::kDate: return FromBool(a.as_date() == b.as_date());
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return Tri::kFalse;
      return FoldEquals(x.size(), [&](size_t i) { return EqualsTri(x[i], y[i]); });
    }
    case Value::Type::kMap: {
      const auto& x = a.as_map();
      if (x.size() != b.as_map().size()) return Tri::kFalse;
      std::vector<const Value*> other(x.size());
      for (size_t i = 0; i < x.size(); ++i) {
        other[i] = b.Find(x[i].first);
        if (other[i] == nullptr) return Tri::kFalse;
      }
      return FoldEquals(x.size(), [&](size_t i) { return EqualsTri(x[i].second, *other[i]); });
    }
    case Value::Type::kNode: return FromBool(a.as_node().id == b.as_node().id);
    case Value::Type::kRel: return FromBool(a.as_rel().id == b.as_rel().id);
    case Value::Type::kPath: return FromBool(a == b);  // same node and relationship ids
    default: return Tri::kFalse;
  }
}

Value TriValue(Tri t) {
  if (t == Tri::kNull) return Value();
  return Value(t == Tri::kTrue);
}

// Outcome of comparing two values with `<`: ordered, unordered (NaN: every
// comparison false) or undefined (null result).
enum class Cmp { kLess, kEqual, kGreater, kUnordered, kUndefined };

Cmp FromInt(int c) { return c < 0 ? Cmp::kLess : c > 0 ? Cmp::kGreater : Cmp::kEqual; }

template <typename T>
Cmp Three(const T& x, const T& y) {
  return x < y ? Cmp::kLess : y < x ? Cmp::kGreater : Cmp::kEqual;
}

Cmp ComparePartial(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Cmp::kUndefined;
  if (a.is_number() && b.is_number()) {
    if (a.is_int() && b.is_int()) return Three(a.as_int(), b.as_int());
    if ((a.is_float() && std::isnan(a.as_float())) || (b.is_float() && std::isnan(b.as_float())))
      return Cmp::kUnordered;
    if (a.is_float() && b.is_float()) return Three(a.as_float(), b.as_float());
    if (a.is_int()) return FromInt(CompareIntFloat(a.as_int(), b.as_float()));
    return FromInt(-CompareIntFloat(b.as_int(), a.as_float()));
  }
  if (a.type() != b.type()) return Cmp::kUndefined;
  switch (a.type()) {
    case Value::Type::kBool: return Three(a.as_bool(), b.as_bool());
    case Value::Type::kString: return FromInt(a.as_string().compare(b.as_string()));
    case Value::Type::kDate: return Three(a.as_date().days, b.as_date().days);
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; ++i) {
        Cmp c = ComparePartial(x[i], y[i]);
        if (c != Cmp::kEqual) return c;
      }
      return Three(x.size(), y.size());
    }
    default: return Cmp::kUndefined;
  }
}

// Rank of a type in the orderability order.
int OrderRank(const Value& v) {
  switch (v.type()) {
    case Value::Type::kMap: return 0;
    case Value::Type::kNode: return 1;
    case Value::Type::kRel: return 2;
    case Value::Type::kList: return 3;
    case Value::Type::kPath: return 4;
    case Value::Type::kDate: return 5;
    case Value::Type::kString: return 6;
    case Value::Type::kBool: return 7;
    case Value::Type::kInt:
    case Value::Type::kFloat: return 8;
    case Value::Type::kNull: return 9;
  }
  return 9;
}

template <typename T>
int Sign3(const T& x, const T& y) {
  return x < y ? -1 : y < x ? 1 : 0;
}

int OrderNumbers(const Value& a, const Value& b) {
  bool an = a.is_float() && std::isnan(a.as_float());
  bool bn = b.is_float() && std::isnan(b.as_float());
  if (an || bn) return an == bn ? 0 : an ? 1 : -1;
  if (a.is_int() && b.is_int()) return Sign3(a.as_int(), b.as_int());
  if (a.is_float() && b.is_float()) return Sign3(a.as_float(), b.as_float());
  if (a.is_int()) return CompareIntFloat(a.as_int(), b.as_float());
  return -CompareIntFloat(b.as_int(), a.as_float());
}

std::vector<size_t> SortedKeyOrder(const ValueMap& m) {
  std::vector<size_t> idx(m.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::sort(idx.begin(), idx.end(), [&](size_t x, size_t y) { return m[x].first < m[y].first; });
  return idx;
}

}  // namespace

Value Equals(const Value& a, const Value& b) { return TriValue(EqualsTri(a, b)); }

Value Compare(CompareOp op, const Value& a, const Value& b) {
  Cmp c = ComparePartial(a, b);
  switch (c) {
    case Cmp::kUndefined: return Value();
    case Cmp::kUnordered: return Value(false);
    default: break;
  }
  switch (op) {
    case CompareOp::kLt: return Value(c == Cmp::kLess);
    case CompareOp::kLe: return Value(c != Cmp::kGreater);
    case CompareOp::kGt: return Value(c == Cmp::kGreater);
    case CompareOp::kGe: return Value(c != Cmp::kLess);
  }
  return Value();
}

int OrderCompare(const Value& a, const Value& b) {
  int ra = OrderRank(a), rb = OrderRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case Value::Type::kNull: return 0;
    case Value::Type::kBool: return Sign3(a.as_bool(), b.as_bool());
    case Value::Type::kInt:
    case Value::Type::kFloat: return OrderNumbers(a, b);
    case Value::Type::kString: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Value::Type::kDate: return Sign3(a.as_date().days, b.as_date().days);
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; ++i) {
        int c = OrderCompare(x[i], y[i]);
        if (c != 0) return c;
      }
      return Sign3(x.size(), y.size());
    }
    case Value::Type::kMap: {
      // By sorted key lists first, then by the values in key order.
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      auto kx = SortedKeyOrder(x);
      auto ky = SortedKeyOrder(y);
      size_t n = std::min(kx.size(), ky.size());
      for (size_t i = 0; i < n; ++i) {
        int c = x[kx[i]].first.compare(y[ky[i]].first);
        if (c != 0) return c < 0 ? -1 : 1;
      }
      if (kx.size() != ky.size()) return Sign3(kx.size(), ky.size());
      for (size_t i = 0; i < n; ++i) {
        int c = OrderCompare(x[kx[i]].second, y[ky[i]].second);
        if (c != 0) return c;
      }
      return 0;
    }
    case Value::Type::kNode: return Sign3(a.as_node().id, b.as_node().id);
    case Value::Type::kRel: return Sign3(a.as_rel().id, b.as_rel().id);
    case Value::Type::kPath: {
      const auto& x = a.as_path();
      const auto& y = b.as_path();
      size_t n = std::min(x.nodes.size(), y.nodes.size());
      for (size_t i = 0; i < n; ++i) {
        int c = Sign3(x.nodes[i].id, y.nodes[i].id);
        if (c != 0) return c;
        if (i < x.rels.size() && i < y.rels.size()) {
          c = Sign3(x.rels[i].id, y.rels[i].id);
          if (c != 0) return c;
        }
      }
      return Sign3(x.nodes.size(), y.nodes.size());
    }
  }
  return 0;
}

bool Equivalent(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    bool an = a.is_float() && std::isnan(a.as_float());
    bool bn = b.is_float() && std::isnan(b.as_float());
    if (an || bn) return an && bn;
    return OrderNumbers(a, b) == 0;
  }
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Value::Type::kNull: return true;
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i)
        if (!Equivalent(x[i], y[i])) return false;
      return true;
    }
    case Value::Type::kMap: {
      const auto& x = a.as_map();
      if (x.size() != b.as_map().size()) return false;
      for (const auto& [k, v] : x) {
        const Value* o = b.Find(k);
        if (o == nullptr || !Equivalent(v, *o)) return false;
      }
      return true;
    }
    default: return a == b;
  }
}

namespace {
size_t Mix(uint64_t x) {
  // splitmix64 finaliser.
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return static_cast<size_t>(x ^ (x >> 31));
}
size_t Combine(size_t seed, size_t h) { return Mix(seed * 31 + h); }
}  // namespace

size_t EquivalenceHash(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return 0x6e756c6cULL;
    case Value::Type::kBool: return v.as_bool() ? 0x74727565ULL : 0x66616c73ULL;
    case Value::Type::kInt: return Mix(static_cast<uint64_t>(v.as_int()));
    case Value::Type::kFloat: {
      double d = v.as_float();
      if (std::isnan(d)) return 0x4e614eULL;
      // Integral floats hash as the equal integer (1.0 ~ 1).
      if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return Mix(static_cast<uint64_t>(static_cast<int64_t>(d)));
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return Mix(bits ^ 0xf10a7ULL);
    }
    case Value::Type::kString: return std::hash<std::string_view>()(v.as_string());
    case Value::Type::kDate: return Mix(static_cast<uint64_t>(v.as_date().days) ^ 0xda7eULL);
    case Value::Type::kList: {
      size_t h = 0x1157ULL;
      for (const auto& e : v.as_list()) h = Combine(h, EquivalenceHash(e));
      return h;
    }
    case Value::Type::kMap: {
      // Order-independent: keys are unique, so summing per-entry hashes works.
      size_t h = 0x3a9ULL;
      for (const auto& [k, e] : v.as_map())
        h += Combine(std::hash<std::string_view>()(k), EquivalenceHash(e));
      return Mix(h);
    }
    case Value::Type::kNode: return Mix(v.as_node().id ^ 0x90deULL);
    case Value::Type::kRel: return Mix(v.as_rel().id ^ 0x4e1ULL);
    case Value::Type::kPath: {
      size_t h = 0x9a7ULL;
      for (const auto& n : v.as_path().nodes) h = Combine(h, n.id);
      for (const auto& r : v.as_path().rels) h = Combine(h, r.id);
      return h;
    }
  }
  return 0;
}

// ---- three-valued logic ----

namespace {
void CheckBoolean(const char* op, const Value& v) {
  if (!v.is_null() && !v.is_bool())
    internal::ThrowTypeError(std::string(op) + " expects BOOLEAN operands, got " + internal::TypeNameOf(v));
}
}  // namespace

Value And(const Value& a, const Value& b) {
  CheckBoolean("AND", a);
  CheckBoolean("AND", b);
  if ((a.is_bool() && !a.as_bool()) || (b.is_bool() && !b.as_bool())) return Value(false);
  if (a.is_null() || b.is_null()) return Value();
  return Value(true);
}

Value Or(const Value& a, const Value& b) {
  CheckBoolean("OR", a);
  CheckBoolean("OR", b);
  if ((a.is_bool() && a.as_bool()) || (b.is_bool() && b.as_bool())) return Value(true);
  if (a.is_null() || b.is_null()) return Value();
  return Value(false);
}

Value Xor(const Value& a, const Value& b) {
  CheckBoolean("XOR", a);
  CheckBoolean("XOR", b);
  if (a.is_null() || b.is_null()) return Value();
  return Value(a.as_bool() != b.as_bool());
}

Value Not(const Value& a) {
  CheckBoolean("NOT", a);
  if (a.is_null()) return Value();
  return Value(!a.as_bool());
}

}  // namespace kg::query
