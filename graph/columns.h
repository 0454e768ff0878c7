// Read-side caches of graph/, built lazily from one committed state and
// shared (immutable, by shared_ptr) by the read transactions that use them:
//
//   * PropertyColumn: the values of one node property key for every node
//     id, typed when all present values share a type (int64, double, string
//     views into one arena), so scans, filters and aggregates read a value
//     without decoding the node's property record;
//   * SortedAdjacency: the live edges of one relationship type in one
//     direction for every node, sorted by the node at the far end, so that
//     cycle-closing patterns intersect two neighbour lists.
//
// Validity (enforced by GraphImpl, graph_impl.h): a cache describes the
// committed state it was built from; a WriteTxn that changes a node property
// of key k (set, create or delete a node carrying k) drops k's column when
// it finishes, and one that creates or deletes a relationship drops every
// SortedAdjacency. Write transactions never see these caches (their view
// returns nullptr), so uncommitted state never enters one.
//
// Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/ids.h"
#include "common/value.h"

namespace kg::graph {

class PropertyColumn {
 public:
  // kEmpty: no node has the key. kMixed: present values of several types
  // (or of a type other than int, float and string), held as Values.
  enum class Kind : uint8_t { kEmpty, kInt, kFloat, kString, kMixed };

  // Builds the column for node ids [0, n): value(id) is the node's value of
  // the key, or null when the node lacks it (or is dead).
  template <typename ValueOf>
  static std::shared_ptr<PropertyColumn> Build(uint64_t n, ValueOf&& value_of) {
    auto c = std::make_shared<PropertyColumn>();
    c->Reset(n);
    for (uint64_t id = 0; id < n; ++id) c->Set(id, value_of(id));
    c->Seal();
    return c;
  }

  Kind kind() const { return kind_; }
  // Node ids covered; ids at or past size() hold no value.
  uint64_t size() const { return size_; }
  // Present values.
  uint64_t count() const { return count_; }
  bool Has(uint64_t id) const { return id < size_ && ((present_[id >> 6] >> (id & 63)) & 1) != 0; }
  // REQUIRES: Has(id) and the matching kind().
  int64_t Int(uint64_t id) const { return ints_[id]; }
  double Float(uint64_t id) const { return floats_[id]; }
  std::string_view String(uint64_t id) const {
    return std::string_view(arena_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  const Value& Mixed(uint64_t id) const { return mixed_[id]; }
  // Any kind; null when !Has(id).
  Value Get(uint64_t id) const;
  // Bytes held (the per-kind figures are in docs/architecture.md).
  uint64_t MemoryBytes() const;

  // Building (Build() calls these): Reset, Set for ids in ascending order, Seal.
  void Reset(uint64_t n);
  void Set(uint64_t id, const Value& v);
  void Seal();

 private:
  void ToMixed();
  Kind kind_ = Kind::kEmpty;
  uint64_t size_ = 0;
  uint64_t count_ = 0;
  std::vector<uint64_t> present_;  // bit per id
  std::vector<int64_t> ints_;      // kInt: indexed by id
  std::vector<double> floats_;     // kFloat: indexed by id
  std::vector<uint64_t> offsets_;  // kString: size_ + 1 offsets into arena_
  std::string arena_;
  std::vector<Value> mixed_;  // kMixed: indexed by id
  // While building: ids seen so far (Set's ascending order).
  uint64_t built_ = 0;
};

// One entry of a SortedAdjacency.
struct AdjEntry {
  uint32_t other;  // the node at the far end
  uint32_t edge;
};

class SortedAdjacency {
 public:
  // Entries for nodes [0, node_count): `append(node, out)` appends that
  // node's entries in any order; each row is then sorted by (other, edge).
  template <typename Append>
  static std::shared_ptr<SortedAdjacency> Build(uint64_t node_count, Append&& append) {
    auto s = std::make_shared<SortedAdjacency>();
    s->rowstart_.reserve(node_count + 1);
    s->rowstart_.push_back(0);
    for (uint64_t n = 0; n < node_count; ++n) {
      size_t first = s->entries_.size();
      append(n, &s->entries_);
      s->SortFrom(first);
      s->rowstart_.push_back(s->entries_.size());
    }
    s->entries_.shrink_to_fit();
    return s;
  }
  // The entries of `node`, sorted by (other, edge); empty past the nodes covered.
  std::span<const AdjEntry> Of(uint64_t node) const {
    if (node + 1 >= rowstart_.size()) return {};
    return std::span<const AdjEntry>(entries_.data() + rowstart_[node], rowstart_[node + 1] - rowstart_[node]);
  }
  uint64_t MemoryBytes() const {
    return rowstart_.capacity() * sizeof(uint64_t) + entries_.capacity() * sizeof(AdjEntry);
  }

 private:
  void SortFrom(size_t first);
  std::vector<uint64_t> rowstart_;
  std::vector<AdjEntry> entries_;
};

}  // namespace kg::graph
