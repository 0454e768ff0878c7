// The in-memory topology of a graph: which edges exist, their ends and type,
// and for every node its edges grouped by type in each direction.
//
// Representation (docs/architecture.md gives the figures behind it):
//   * an edge table indexed by edge id: start, end, type (12 bytes); a
//     deleted or never-committed id has type kDeadType;
//   * a base: two boost::compressed_sparse_row_graph (out and in), whose
//     per-node edge ranges are sorted by (type, edge id), so the edges of one
//     type are one binary search away; each entry is 12 bytes (other node as
//     the CSR column, type and edge id as the bundle);
//   * a delta: edges created since the base was built, per node, in creation
//     order. Deleted edges stay in base/delta and are skipped on reading.
// Rebuild() folds the delta into a new base (O(nodes + edges)).
//
// Ids: nodes and edges are dense uint32 indexes in memory (a database holds
// fewer than 2^32 - 1 of each; callers check kMaxId).
//
// Thread safety: none; graph/ guards a Topology with its reader/writer lock.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/ids.h"
#include "common/status.h"

namespace kg::graph {

inline constexpr uint32_t kDeadType = 0xffffffffu;
inline constexpr uint64_t kMaxId = 0xfffffffeu;

struct EdgeSlot {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t type = kDeadType;
};

// One adjacency entry as stored in the base's bundle.
struct AdjBundle {
  uint32_t type = 0;
  uint32_t edge = 0;
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, AdjBundle,
                                               boost::no_property, uint32_t, uint64_t>;

// A visited adjacency entry.
struct AdjVisit {
  uint32_t edge;
  uint32_t type;
  uint32_t other;
};

class Topology {
 public:
  Topology();

  // ---- edge table ----
  uint64_t edge_slots() const { return edges_.size(); }
  bool EdgeAlive(uint64_t e) const { return e < edges_.size() && edges_[e].type != kDeadType; }
  const EdgeSlot& edge(uint64_t e) const { return edges_[e]; }

  // Appends edge id edges_.size() (alive). REQUIRES: start, end < node count
  // given to the last Rebuild or later nodes (any uint32).
  void AppendEdge(uint32_t start, uint32_t end, uint32_t type);
  // Removes the last appended edge (undo of AppendEdge).
  void PopEdge();
  // Extends the edge table with dead slots up to `n` ids.
  void ResizeEdges(uint64_t n);
  // Sets a slot (loading). Marks the edge alive when type != kDeadType.
  void SetEdge(uint64_t e, const EdgeSlot& slot) {
    if (e < base_limit_) base_exact_ = false;
    edges_[e] = slot;
  }
  // Marks an edge dead / alive again with `type` (undo of Kill).
  void Kill(uint64_t e) {
    if (e < base_limit_) base_exact_ = false;
    edges_[e].type = kDeadType;
  }
  void Revive(uint64_t e, uint32_t type) { edges_[e].type = type; }

  // ---- adjacency ----
  // Calls fn(visit) for the edges of `node` in `dir` (kOut or kIn) whose type
  // is in `types` (every type when empty), base first (by type, edge id),
  // then delta (creation order). Only alive edges. Return false from fn to stop.
  template <typename Fn>
  bool ForEach(uint32_t node, Direction dir, std::span<const uint32_t> types, Fn&& fn) const;
  // The number of edges ForEach() visits. O(log degree) for the base (by
  // binary search of each type's run) while no base edge died since the
  // last Rebuild(), plus the node's delta entries; otherwise a visit.
  // REQUIRES: `types` without repeats.
  uint64_t Count(uint32_t node, Direction dir, std::span<const uint32_t> types) const;

  // Folds the delta into a new base for `node_count` nodes.
  void Rebuild(uint64_t node_count);
  // Adjacency entries in the delta (a measure of when to Rebuild).
  uint64_t delta_size() const { return delta_entries_; }
  uint64_t base_edges() const { return out_.m_forward.m_column.size(); }
  // Nodes covered by the base (every edge of the base has ends below it).
  uint64_t base_nodes() const { return out_.m_forward.m_rowstart.size() - 1; }

  // Serialises the base (after a Rebuild) as a sequence of byte pieces
  // passed to `sink`, SerializedSize() bytes in all; the snapshot covers the
  // edge ids below edge_slots() at the time of writing.
  void SerializeBase(const std::function<void(std::string_view)>& sink) const;
  uint64_t SerializedSize() const;
  // Restores a base from bytes read in order through `read(dst, n)` (false
  // when fewer than n bytes remain). False on malformed bytes; the topology
  // is then unspecified (assign a fresh Topology).
  bool DeserializeBase(const std::function<bool(void*, size_t)>& read);

  // Bytes held by the edge table, the base and the delta.
  uint64_t MemoryBytes() const;

 private:
  using Delta = std::unordered_map<uint32_t, std::vector<AdjVisit>>;
  template <typename Fn>
  static bool ScanBase(const Csr& g, uint32_t node, std::span<const uint32_t> types, Fn& fn,
                       const std::vector<EdgeSlot>& edges);
  template <typename Fn>
  static bool ScanDelta(const Delta& d, uint32_t node, std::span<const uint32_t> types, Fn& fn,
                        const std::vector<EdgeSlot>& edges);
  static void BuildCsr(const std::vector<EdgeSlot>& edges, uint64_t node_count, bool out, Csr* g);

  std::vector<EdgeSlot> edges_;
  // Edge ids below base_limit_ are in the base when alive; base_exact_:
  // every base entry is alive (true after Rebuild(), false once a base
  // edge is killed or its slot set, until the next Rebuild()).
  uint64_t base_limit_ = 0;
  bool base_exact_ = false;
  Csr out_;
  Csr in_;
  Delta delta_out_;
  Delta delta_in_;
  uint64_t delta_entries_ = 0;
};

// ---- template definitions ----

template <typename Fn>
bool Topology::ScanBase(const Csr& g, uint32_t node, std::span<const uint32_t> types, Fn& fn,
                        const std::vector<EdgeSlot>& edges) {
  const auto& rs = g.m_forward.m_rowstart;
  if (static_cast<uint64_t>(node) + 1 >= rs.size()) return true;
  const auto& col = g.m_forward.m_column;
  const auto& bun = g.m_forward.m_edge_properties;
  uint64_t lo = rs[node], hi = rs[node + 1];
  auto visit = [&](uint64_t a, uint64_t b) {
    for (uint64_t i = a; i < b; ++i) {
      const AdjBundle& x = bun[i];
      if (edges[x.edge].type == kDeadType) continue;
      if (!fn(AdjVisit{x.edge, x.type, col[i]})) return false;
    }
    return true;
  };
  if (types.empty()) return visit(lo, hi);
  for (uint32_t t : types) {
    // First entry with type >= t, then the run of type t.
    uint64_t a = lo, b = hi;
    while (a < b) {
      uint64_t m = a + (b - a) / 2;
      if (bun[m].type < t)
        a = m + 1;
      else
        b = m;
    }
    uint64_t e = a;
    while (e < hi && bun[e].type == t) ++e;
    if (!visit(a, e)) return false;
  }
  return true;
}

template <typename Fn>
bool Topology::ScanDelta(const Delta& d, uint32_t node, std::span<const uint32_t> types, Fn& fn,
                         const std::vector<EdgeSlot>& edges) {
  auto it = d.find(node);
  if (it == d.end()) return true;
  for (const AdjVisit& v : it->second) {
    if (edges[v.edge].type == kDeadType) continue;
    if (!types.empty()) {
      bool match = false;
      for (uint32_t t : types) match |= t == v.type;
      if (!match) continue;
    }
    if (!fn(v)) return false;
  }
  return true;
}

template <typename Fn>
bool Topology::ForEach(uint32_t node, Direction dir, std::span<const uint32_t> types, Fn&& fn) const {
  const Csr& g = dir == Direction::kIn ? in_ : out_;
  const Delta& d = dir == Direction::kIn ? delta_in_ : delta_out_;
  if (!ScanBase(g, node, types, fn, edges_)) return false;
  return ScanDelta(d, node, types, fn, edges_);
}

}  // namespace kg::graph
