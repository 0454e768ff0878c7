// Value: the one dynamically typed value of kg. Property values (null, bool,
// int64, double, string, date, list, map) are stored; nodes, relationships
// and paths exist only in query execution and results.
//
// Thread safety: a Value is a plain value type; distinct Values may be used
// from distinct threads, a shared const Value from many.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "common/ids.h"
#include "common/status.h"

namespace kg {

class Value;

// A calendar date: days since 1970-01-01 (proleptic Gregorian).
struct Date {
  int32_t days = 0;
  friend bool operator==(Date a, Date b) { return a.days == b.days; }
};

// Parses "YYYY-MM-DD" (also "YYYYMMDD"); false when not a valid date.
bool ParseIsoDate(std::string_view text, Date* out);
std::string FormatIsoDate(Date d);
Date DateFromYmd(int year, unsigned month, unsigned day);
void YmdFromDate(Date d, int* year, unsigned* month, unsigned* day);
bool IsValidYmd(int year, unsigned month, unsigned day);

using ValueList = std::vector<Value>;
// A map keeps its keys unique and in insertion order.
using ValueMap = std::vector<std::pair<std::string, Value>>;

// The data of a node or relationship as shown in results: filled when a
// query result is materialised; during execution only the id is set.
struct EntityData {
  std::vector<std::string> labels;  // nodes
  std::string type;                 // relationships
  NodeId start = kInvalidNode;      // relationships
  NodeId end = kInvalidNode;        // relationships
  ValueMap properties;
};

struct NodeValue {
  NodeId id = kInvalidNode;
  std::shared_ptr<const EntityData> data;  // may be null during execution
};
struct RelValue {
  EdgeId id = kInvalidEdge;
  std::shared_ptr<const EntityData> data;  // may be null during execution
};
// Alternating nodes and relationships: nodes.size() == rels.size() + 1.
struct PathValue {
  std::vector<NodeValue> nodes;
  std::vector<RelValue> rels;
};

class Value {
 public:
  // DO NOT CHANGE the order: the index is the type tag of the in-memory variant.
  enum class Type : uint8_t { kNull, kBool, kInt, kFloat, kString, kDate, kList, kMap, kNode, kRel, kPath };

  Value() = default;
  Value(std::nullptr_t) {}                             // NOLINT
  Value(bool b) : v_(b) {}                             // NOLINT
  Value(int v) : v_(static_cast<int64_t>(v)) {}        // NOLINT
  Value(int64_t v) : v_(v) {}                          // NOLINT
  Value(double v) : v_(v) {}                           // NOLINT
  Value(std::string s) : v_(std::move(s)) {}           // NOLINT
  Value(const char* s) : v_(std::string(s)) {}         // NOLINT
  Value(std::string_view s) : v_(std::string(s)) {}    // NOLINT
  Value(Date d) : v_(d) {}                             // NOLINT
  Value(ValueList l) : v_(std::move(l)) {}             // NOLINT
  Value(ValueMap m) : v_(std::move(m)) {}              // NOLINT
  Value(NodeValue n) : v_(std::move(n)) {}             // NOLINT
  Value(RelValue r) : v_(std::move(r)) {}              // NOLINT
  Value(PathValue p) : v_(std::move(p)) {}             // NOLINT

  Type type() const { return static_cast<Type>(v_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_int() const { return type() == Type::kInt; }
  bool is_float() const { return type() == Type::kFloat; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return type() == Type::kString; }
  bool is_date() const { return type() == Type::kDate; }
  bool is_list() const { return type() == Type::kList; }
  bool is_map() const { return type() == Type::kMap; }
  bool is_node() const { return type() == Type::kNode; }
  bool is_rel() const { return type() == Type::kRel; }
  bool is_path() const { return type() == Type::kPath; }

  // REQUIRES: the matching is_*() is true.
  bool as_bool() const { return std::get<bool>(v_); }
  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  Date as_date() const { return std::get<Date>(v_); }
  const ValueList& as_list() const { return std::get<ValueList>(v_); }
  ValueList& as_list() { return std::get<ValueList>(v_); }
  const ValueMap& as_map() const { return std::get<ValueMap>(v_); }
  ValueMap& as_map() { return std::get<ValueMap>(v_); }
  const NodeValue& as_node() const { return std::get<NodeValue>(v_); }
  const RelValue& as_rel() const { return std::get<RelValue>(v_); }
  const PathValue& as_path() const { return std::get<PathValue>(v_); }

  // A map's entry, or nullptr. REQUIRES: is_map().
  const Value* Find(std::string_view key) const;

  // Structural identity (same type and same contents; 1 != 1.0, NaN == NaN);
  // for containers and tests. openCypher's equality lives in query/.
  friend bool operator==(const Value& a, const Value& b);

  // A short name of the type as openCypher spells it: "INTEGER", "STRING"...
  static const char* TypeName(Type t);

  // Debug/display text in Cypher literal notation: 1, 1.5, 'abc', [1, 2], {a: 1}.
  std::string ToString() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, Date, ValueList, ValueMap,
               NodeValue, RelValue, PathValue>
      v_;
};

// ---- Binary encoding of storable values (storage format; DO NOT CHANGE tags) ----
//
// tag byte, then: null -; bool -(tag says); int zigzag varint; float 8 bytes LE;
// string varint length + bytes; date zigzag varint days; list varint count +
// values; map varint count + (varint key length, key bytes, value).
// Nodes, relationships and paths are not storable.

// Appends the encoding of `v`. Returns InputError for non-storable values.
Status EncodeValue(const Value& v, std::string* out);
// Decodes one value from the front of *in and advances it. InputError on
// truncated or malformed bytes (never reads past the end).
Status DecodeValue(std::string_view* in, Value* out);

void PutVarint64(std::string* out, uint64_t v);
bool GetVarint64(std::string_view* in, uint64_t* v);
void PutFixed64BE(std::string* out, uint64_t v);  // big-endian: sorts as bytes
uint64_t DecodeFixed64BE(const char* p);
void PutFixed32BE(std::string* out, uint32_t v);
uint32_t DecodeFixed32BE(const char* p);

}  // namespace kg
