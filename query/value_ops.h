// openCypher value semantics, independent of the graph: equality,
// comparison, ordering, equivalence (DISTINCT and grouping), arithmetic,
// three-valued logic, string and list operators, the scalar functions that
// need no graph, aggregate functions, and QueryError.
//
// Every function here either returns a Value or throws QueryError with the
// openCypher error kind (TypeError for wrong argument types, ArgumentError
// for wrong argument values); positions are added by the caller.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "common/status.h"
#include "common/value.h"

namespace kg::query {

// Thrown inside query/; query::Run turns it into a Status.
class QueryError : public std::exception {
 public:
  QueryError(ErrorKind kind, std::string message, int line = 0, int column = 0)
      : status_(Status::Error(kind, std::move(message), line, column)) {}
  explicit QueryError(Status s) : status_(std::move(s)) {}
  const Status& status() const { return status_; }
  const char* what() const noexcept override { return status_.message().c_str(); }

 private:
  Status status_;
};

// ---- comparison ----
// `=` and `<>`: true, false or null (null when either side is null or the
// comparison is undefined, e.g. lists holding nulls).
Value Equals(const Value& a, const Value& b);
enum class CompareOp { kLt, kLe, kGt, kGe };
// `<`, `<=`, `>`, `>=`: null when the values are not comparable (different
// types other than int/float, or null).
Value Compare(CompareOp op, const Value& a, const Value& b);
// ORDER BY's total order (openCypher orderability): <0, 0, >0. Ascending
// order puts null last.
int OrderCompare(const Value& a, const Value& b);
// Equivalence, for DISTINCT, grouping keys and aggregation: like equality,
// but null is equivalent to null and NaN to NaN. Hash is consistent with it
// (1 and 1.0 hash alike).
bool Equivalent(const Value& a, const Value& b);
size_t EquivalenceHash(const Value& v);

// ---- logic (three-valued; operands must be boolean or null, else TypeError) ----
Value And(const Value& a, const Value& b);
Value Or(const Value& a, const Value& b);
Value Xor(const Value& a, const Value& b);
Value Not(const Value& a);

// ---- arithmetic (int overflow is an ArgumentError; `+` also concatenates
// strings and lists) ----
Value Add(const Value& a, const Value& b);
Value Subtract(const Value& a, const Value& b);
Value Multiply(const Value& a, const Value& b);
Value Divide(const Value& a, const Value& b);
Value Modulo(const Value& a, const Value& b);
Value Power(const Value& a, const Value& b);
Value Negate(const Value& a);

// ---- string and list operators ----
Value StartsWith(const Value& a, const Value& b);
Value EndsWith(const Value& a, const Value& b);
Value Contains(const Value& a, const Value& b);
// `=~`: whole-string match, Java regex syntax (ICU). Null unless both are
// strings; ArgumentError for an invalid pattern or a match running too long.
Value RegexMatch(const Value& a, const Value& pattern);
Value In(const Value& item, const Value& list);
// list[index] (negative from the end; out of range: null) and map[key]
// (also node/relationship/date [key], as Property()).
Value Subscript(const Value& container, const Value& index);
// list[from..to]; either bound may be null (absent).
Value Slice(const Value& list, const Value& from, const Value& to);
// list[from..to] where a nullptr bound is absent (`list[..2]`) and a bound
// that evaluated to null makes the result null (`list[1..null]`), as the
// TCK expects. Bounds count from the end when negative and are clamped.
Value Slice(const Value& list, const Value* from, const Value* to);
// Static property access `v.key`: a map's entry (null when missing), a
// node's or relationship's property (REQUIRES: its data is materialised;
// else an Internal error), or a date's component (year, month, day,
// quarter, week, weekYear, dayOfWeek, ordinalDay, dayOfQuarter). Null for a
// null `v`; TypeError for other types.
Value Property(const Value& v, std::string_view key);

// ---- scalar functions that need no graph ----
struct FunctionInfo {
  int min_args = 0;
  int max_args = 0;     // -1: any number
  bool deterministic = true;
};
// `lower_name` is the function name lower-cased (openCypher function names
// are case-insensitive). False when no such function.
bool LookupFunction(std::string_view lower_name, FunctionInfo* info);
// REQUIRES: LookupFunction(lower_name) and args within its arity.
Value CallFunction(std::string_view lower_name, std::span<const Value> args);

// ---- aggregation ----
bool IsAggregateFunction(std::string_view lower_name);
class Aggregator {
 public:
  virtual ~Aggregator() = default;
  // args: the argument values of one row (percentileDisc/Cont take two).
  virtual void Add(std::span<const Value> args) = 0;
  // Adds integer values (none null) as Add() would one by one; false (and
  // nothing added) when this aggregate has no batch form (DISTINCT,
  // collect, percentiles, standard deviations, count(*)).
  virtual bool AddInts(std::span<const int64_t> values) {
    (void)values;
    return false;
  }
  virtual Value Finish() = 0;
  // Approximate bytes held, for the memory limit.
  virtual size_t MemoryBytes() const = 0;
};
// count, collect, sum, avg, min, max, stDev, stDevP, percentileDisc,
// percentileCont; `count(*)` is lower_name "count*".
std::unique_ptr<Aggregator> MakeAggregator(std::string_view lower_name, bool distinct);

}  // namespace kg::query
