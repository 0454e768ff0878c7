// openCypher aggregate functions (value_ops.h): count, collect, sum, avg,
// min, max, stDev, stDevP, percentileDisc, percentileCont.
//
// Every aggregate skips null values (count(*) counts rows). DISTINCT keeps
// the first of each equivalence class (Equivalent()). Results over no
// values: count 0, collect [], sum 0, the others null.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "query/eval_internal.h"
#include "query/value_ops.h"

namespace kg::query {

namespace {

struct EquivHash {
  size_t operator()(const Value& v) const { return EquivalenceHash(v); }
};
struct EquivEq {
  bool operator()(const Value& a, const Value& b) const { return Equivalent(a, b); }
};

// A set of 64-bit ids (never ~0): open addressing, linear probing, at most
// half full.
class IdSet {
 public:
  // True when `id` was not in the set (it is now).
  bool Insert(uint64_t id) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = Mix(id) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty) {
        slots_[i] = id;
        ++size_;
        return true;
      }
      if (slots_[i] == id) return false;
    }
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  static size_t Mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<size_t>(x);
  }
  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, kEmpty);
    size_ = 0;
    for (uint64_t v : old) {
      if (v != kEmpty) Insert(v);
    }
  }
  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

// Filters the first argument of each row: nulls and (with DISTINCT)
// repeats are dropped.
class ValueFilter {
 public:
  explicit ValueFilter(bool distinct) : distinct_(distinct) {}
  bool Accept(const Value& v) {
    if (v.is_null()) return false;
    if (!distinct_) return true;
    // Nodes and relationships are equivalent exactly when their ids are.
    if (v.is_node() || v.is_rel()) {
      uint64_t id = v.is_node() ? v.as_node().id : (v.as_rel().id | (uint64_t{1} << 63));
      if (!entities_.Insert(id)) return false;
      bytes_ += 24;
      return true;
    }
    if (!seen_.insert(v).second) return false;
    bytes_ += internal::ApproxBytes(v) + 32;
    return true;
  }
  size_t MemoryBytes() const { return bytes_; }

 private:
  bool distinct_;
  std::unordered_set<Value, EquivHash, EquivEq> seen_;
  IdSet entities_;  // node ids; relationship ids with the top bit
  size_t bytes_ = 0;
};

class CountAggregator : public Aggregator {
 public:
  CountAggregator(bool star, bool distinct) : star_(star), distinct_(distinct), filter_(distinct) {}
  void Add(std::span<const Value> args) override {
    if (star_ || filter_.Accept(args[0])) ++count_;
  }
  bool AddInts(std::span<const int64_t> values) override {
    if (star_ || distinct_) return false;
    count_ += static_cast<int64_t>(values.size());
    return true;
  }
  Value Finish() override { return Value(count_); }
  size_t MemoryBytes() const override { return filter_.MemoryBytes(); }

 private:
  bool star_;
  bool distinct_;
  ValueFilter filter_;
  int64_t count_ = 0;
};

class CollectAggregator : public Aggregator {
 public:
  explicit CollectAggregator(bool distinct) : filter_(distinct) {}
  void Add(std::span<const Value> args) override {
    if (!filter_.Accept(args[0])) return;
    bytes_ += internal::ApproxBytes(args[0]);
    values_.push_back(args[0]);
  }
  Value Finish() override { return Value(std::move(values_)); }
  size_t MemoryBytes() const override { return bytes_ + filter_.MemoryBytes(); }

 private:
  ValueFilter filter_;
  ValueList values_;
  size_t bytes_ = 0;
};

// Checks a numeric aggregate's argument.
void RequireNumber(const char* fn, const Value& v) {
  if (!v.is_number()) internal::ThrowWrongType(fmt::format("{}()", fn), "numbers", v);
}

class SumAggregator : public Aggregator {
 public:
  explicit SumAggregator(bool distinct) : distinct_(distinct), filter_(distinct) {}
  void Add(std::span<const Value> args) override {
    if (!filter_.Accept(args[0])) return;
    RequireNumber("sum", args[0]);
    if (args[0].is_int() && !is_float_) {
      if (__builtin_add_overflow(int_sum_, args[0].as_int(), &int_sum_))
        internal::ThrowArgumentError("integer overflow in sum()");
      return;
    }
    if (!is_float_) {
      is_float_ = true;
      Accumulate(static_cast<double>(int_sum_));
    }
    Accumulate(args[0].as_number());
  }
  bool AddInts(std::span<const int64_t> values) override {
    if (distinct_) return false;
    if (is_float_) {
      for (int64_t v : values) Accumulate(static_cast<double>(v));
      return true;
    }
    for (int64_t v : values) {
      if (__builtin_add_overflow(int_sum_, v, &int_sum_)) internal::ThrowArgumentError("integer overflow in sum()");
    }
    return true;
  }
  Value Finish() override { return is_float_ ? Value(sum_ + compensation_) : Value(int_sum_); }
  size_t MemoryBytes() const override { return filter_.MemoryBytes(); }

 private:
  // Neumaier's compensated summation.
  void Accumulate(double x) {
    double t = sum_ + x;
    if (std::fabs(sum_) >= std::fabs(x)) {
      compensation_ += (sum_ - t) + x;
    } else {
      compensation_ += (x - t) + sum_;
    }
    sum_ = t;
  }
  bool distinct_;
  ValueFilter filter_;
  bool is_float_ = false;
  int64_t int_sum_ = 0;
  double sum_ = 0, compensation_ = 0;
};

class AvgAggregator : public Aggregator {
 public:
  explicit AvgAggregator(bool distinct) : distinct_(distinct), filter_(distinct) {}
  void Add(std::span<const Value> args) override {
    if (!filter_.Accept(args[0])) return;
    RequireNumber("avg", args[0]);
    ++count_;
    if (args[0].is_int()) {
      int_sum_ += args[0].as_int();  // __int128: cannot overflow within 2^64 rows
    } else {
      float_sum_ += args[0].as_float();
    }
  }
  bool AddInts(std::span<const int64_t> values) override {
    if (distinct_) return false;
    count_ += static_cast<int64_t>(values.size());
    for (int64_t v : values) int_sum_ += v;
    return true;
  }
  Value Finish() override {
    if (count_ == 0) return Value();
    long double total = static_cast<long double>(int_sum_) + float_sum_;
    return Value(static_cast<double>(total / count_));
  }
  size_t MemoryBytes() const override { return filter_.MemoryBytes(); }

 private:
  bool distinct_;
  ValueFilter filter_;
  int64_t count_ = 0;
  __int128 int_sum_ = 0;
  long double float_sum_ = 0;
};

class MinMaxAggregator : public Aggregator {
 public:
  MinMaxAggregator(bool max, bool distinct) : max_(max), distinct_(distinct) {}
  void Add(std::span<const Value> args) override {
    (void)distinct_;  // DISTINCT does not change a minimum or maximum
    const Value& v = args[0];
    if (v.is_null()) return;
    if (best_.is_null()) {
      best_ = v;
      return;
    }
    int c = OrderCompare(v, best_);
    if (max_ ? c > 0 : c < 0) best_ = v;
  }
  bool AddInts(std::span<const int64_t> values) override {
    if (values.empty()) return true;
    int64_t b = values[0];
    for (int64_t v : values) b = max_ ? std::max(b, v) : std::min(b, v);
    Value x(b);
    Add(std::span<const Value>(&x, 1));
    return true;
  }
  Value Finish() override { return best_; }
  size_t MemoryBytes() const override { return internal::ApproxBytes(best_); }

 private:
  bool max_;
  bool distinct_;
  Value best_;
};

// Welford's running mean and sum of squared deviations.
class StDevAggregator : public Aggregator {
 public:
  StDevAggregator(bool population, bool distinct) : population_(population), filter_(distinct) {}
  void Add(std::span<const Value> args) override {
    if (!filter_.Accept(args[0])) return;
    RequireNumber(population_ ? "stDevP" : "stDev", args[0]);
    double x = args[0].as_number();
    ++n_;
    double delta = x - mean_;
    mean_ += delta / static_cast<double>(n_);
    m2_ += delta * (x - mean_);
  }
  Value Finish() override {
    if (n_ == 0) return Value();
    if (population_) return Value(std::sqrt(m2_ / static_cast<double>(n_)));
    if (n_ < 2) return Value(0.0);
    return Value(std::sqrt(m2_ / static_cast<double>(n_ - 1)));
  }
  size_t MemoryBytes() const override { return filter_.MemoryBytes(); }

 private:
  bool population_;
  ValueFilter filter_;
  int64_t n_ = 0;
  double mean_ = 0, m2_ = 0;
};

class PercentileAggregator : public Aggregator {
 public:
  PercentileAggregator(bool continuous, bool distinct) : continuous_(continuous), filter_(distinct) {}
  void Add(std::span<const Value> args) override {
    const char* name = continuous_ ? "percentileCont" : "percentileDisc";
    const Value& p = args.size() > 1 ? args[1] : Value();
    if (!p.is_number())
      internal::ThrowArgumentError(fmt::format("{}(): the percentile must be a number between 0.0 and 1.0, got {}",
                                               name, p.ToString()));
    double pv = p.as_number();
    if (!(pv >= 0.0 && pv <= 1.0))
      internal::ThrowArgumentError(
          fmt::format("{}(): the percentile must be between 0.0 and 1.0, got {}", name, p.ToString()));
    percentile_ = pv;
    if (!filter_.Accept(args[0])) return;
    RequireNumber(name, args[0]);
    values_.push_back(args[0]);
  }
  Value Finish() override {
    if (values_.empty()) return Value();
    std::sort(values_.begin(), values_.end(),
              [](const Value& a, const Value& b) { return OrderCompare(a, b) < 0; });
    size_t n = values_.size();
    if (!continuous_) {
      double fidx = percentile_ * static_cast<double>(n);
      size_t idx = static_cast<size_t>(fidx);
      if (fidx == static_cast<double>(idx) && idx > 0) --idx;
      return values_[std::min(idx, n - 1)];
    }
    double fidx = percentile_ * static_cast<double>(n - 1);
    size_t lo = static_cast<size_t>(std::floor(fidx));
    size_t hi = static_cast<size_t>(std::ceil(fidx));
    if (lo == hi || lo == n - 1) return Value(values_[lo].as_number());
    double a = values_[lo].as_number(), b = values_[hi].as_number();
    return Value(a * (static_cast<double>(hi) - fidx) + b * (fidx - static_cast<double>(lo)));
  }
  size_t MemoryBytes() const override { return values_.size() * sizeof(Value) + filter_.MemoryBytes(); }

 private:
  bool continuous_;
  ValueFilter filter_;
  double percentile_ = 0;
  ValueList values_;
};

}  // namespace

bool IsAggregateFunction(std::string_view lower_name) {
  return lower_name == "count" || lower_name == "count*" || lower_name == "collect" || lower_name == "sum" ||
         lower_name == "avg" || lower_name == "min" || lower_name == "max" || lower_name == "stdev" ||
         lower_name == "stdevp" || lower_name == "percentiledisc" || lower_name == "percentilecont";
}

std::unique_ptr<Aggregator> MakeAggregator(std::string_view lower_name, bool distinct) {
  if (lower_name == "count*") return std::make_unique<CountAggregator>(true, false);
  if (lower_name == "count") return std::make_unique<CountAggregator>(false, distinct);
  if (lower_name == "collect") return std::make_unique<CollectAggregator>(distinct);
  if (lower_name == "sum") return std::make_unique<SumAggregator>(distinct);
  if (lower_name == "avg") return std::make_unique<AvgAggregator>(distinct);
  if (lower_name == "min") return std::make_unique<MinMaxAggregator>(false, distinct);
  if (lower_name == "max") return std::make_unique<MinMaxAggregator>(true, distinct);
  if (lower_name == "stdev") return std::make_unique<StDevAggregator>(false, distinct);
  if (lower_name == "stdevp") return std::make_unique<StDevAggregator>(true, distinct);
  if (lower_name == "percentiledisc") return std::make_unique<PercentileAggregator>(false, distinct);
  if (lower_name == "percentilecont") return std::make_unique<PercentileAggregator>(true, distinct);
  return nullptr;
}

}  // namespace kg::query
