#include "graph/topology.h"

#include <algorithm>
#include <cstring>

namespace kg::graph {

Topology::Topology() { Rebuild(0); }

void Topology::AppendEdge(uint32_t start, uint32_t end, uint32_t type) {
  uint32_t id = static_cast<uint32_t>(edges_.size());
  edges_.push_back(EdgeSlot{start, end, type});
  delta_out_[start].push_back(AdjVisit{id, type, end});
  delta_in_[end].push_back(AdjVisit{id, type, start});
  delta_entries_ += 2;
}

void Topology::PopEdge() {
  const EdgeSlot s = edges_.back();
  auto pop = [&](Delta& d, uint32_t node) {
    auto it = d.find(node);
    if (it == d.end() || it->second.empty()) return;
    it->second.pop_back();
    --delta_entries_;
    if (it->second.empty()) d.erase(it);
  };
  pop(delta_out_, s.start);
  pop(delta_in_, s.end);
  edges_.pop_back();
}

uint64_t Topology::Count(uint32_t node, Direction dir, std::span<const uint32_t> types) const {
  uint64_t n = 0;
  auto count = [&](const AdjVisit&) {
    ++n;
    return true;
  };
  if (!base_exact_) {
    ForEach(node, dir, types, count);
    return n;
  }
  const Csr& g = dir == Direction::kIn ? in_ : out_;
  const auto& rs = g.m_forward.m_rowstart;
  if (static_cast<uint64_t>(node) + 1 < rs.size()) {
    const auto& bun = g.m_forward.m_edge_properties;
    uint64_t lo = rs[node], hi = rs[node + 1];
    if (types.empty()) {
      n += hi - lo;
    } else {
      for (uint32_t t : types) {
        auto first = std::partition_point(bun.begin() + static_cast<std::ptrdiff_t>(lo),
                                          bun.begin() + static_cast<std::ptrdiff_t>(hi),
                                          [&](const AdjBundle& b) { return b.type < t; });
        auto last = std::partition_point(first, bun.begin() + static_cast<std::ptrdiff_t>(hi),
                                         [&](const AdjBundle& b) { return b.type <= t; });
        n += static_cast<uint64_t>(last - first);
      }
    }
  }
  ScanDelta(dir == Direction::kIn ? delta_in_ : delta_out_, node, types, count, edges_);
  return n;
}

void Topology::ResizeEdges(uint64_t n) {
  if (n > edges_.size()) edges_.resize(n);
}

void Topology::BuildCsr(const std::vector<EdgeSlot>& edges, uint64_t node_count, bool out, Csr* g) {
  // Two stable counting sorts: by type, then by node, give (node, type, id).
  uint32_t max_type = 0;
  uint64_t alive = 0;
  for (const auto& e : edges) {
    if (e.type == kDeadType) continue;
    ++alive;
    if (e.type > max_type) max_type = e.type;
  }
  std::vector<uint32_t> by_type(alive);
  {
    std::vector<uint64_t> pos(static_cast<size_t>(max_type) + 2, 0);
    for (const auto& e : edges) {
      if (e.type != kDeadType) ++pos[e.type + 1];
    }
    for (size_t i = 1; i < pos.size(); ++i) pos[i] += pos[i - 1];
    for (uint32_t i = 0; i < edges.size(); ++i) {
      if (edges[i].type != kDeadType) by_type[pos[edges[i].type]++] = i;
    }
  }
  auto& f = g->m_forward;
  f.m_rowstart.assign(node_count + 1, 0);
  for (uint32_t id : by_type) {
    const EdgeSlot& e = edges[id];
    ++f.m_rowstart[(out ? e.start : e.end) + 1];
  }
  for (uint64_t i = 1; i <= node_count; ++i) f.m_rowstart[i] += f.m_rowstart[i - 1];
  f.m_column.assign(alive, 0);
  f.m_edge_properties.assign(alive, AdjBundle{});
  std::vector<uint64_t> next(f.m_rowstart.begin(), f.m_rowstart.end() - 1);
  for (uint32_t id : by_type) {
    const EdgeSlot& e = edges[id];
    uint32_t self = out ? e.start : e.end;
    uint64_t p = next[self]++;
    f.m_column[p] = out ? e.end : e.start;
    f.m_edge_properties[p] = AdjBundle{e.type, id};
  }
  f.m_column.shrink_to_fit();
  f.m_edge_properties.shrink_to_fit();
}

void Topology::Rebuild(uint64_t node_count) {
  // Nodes that edges refer to must be covered even when node_count lags.
  for (const auto& e : edges_) {
    if (e.type == kDeadType) continue;
    if (e.start >= node_count) node_count = uint64_t{e.start} + 1;
    if (e.end >= node_count) node_count = uint64_t{e.end} + 1;
  }
  BuildCsr(edges_, node_count, true, &out_);
  BuildCsr(edges_, node_count, false, &in_);
  base_limit_ = edges_.size();
  base_exact_ = true;  // BuildCsr takes the alive edges only
  delta_out_.clear();
  delta_in_.clear();
  delta_entries_ = 0;
}

namespace {
constexpr uint32_t kSnapshotMagic = 0x4b47545a;  // "KGTZ", version 1

template <typename T>
void PutArray(const std::function<void(std::string_view)>& sink, const std::vector<T>& v) {
  uint64_t n = v.size();
  sink(std::string_view(reinterpret_cast<const char*>(&n), 8));
  if (n > 0) sink(std::string_view(reinterpret_cast<const char*>(v.data()), n * sizeof(T)));
}

template <typename T>
bool GetArray(const std::function<bool(void*, size_t)>& read, std::vector<T>* v) {
  uint64_t n;
  if (!read(&n, 8)) return false;
  // A count beyond what memory could hold is malformed (and must not
  // reach resize()).
  if (n > (uint64_t{1} << 40) / sizeof(T)) return false;
  v->resize(n);
  return n == 0 || read(v->data(), n * sizeof(T));
}
}  // namespace

uint64_t Topology::SerializedSize() const {
  uint64_t b = 4 + 8 + edges_.size() * sizeof(EdgeSlot);
  for (const Csr* g : {&out_, &in_}) {
    b += 8 + g->m_forward.m_rowstart.size() * sizeof(uint64_t);
    b += 8 + g->m_forward.m_column.size() * sizeof(uint32_t);
    b += 8 + g->m_forward.m_edge_properties.size() * sizeof(AdjBundle);
  }
  return b;
}

void Topology::SerializeBase(const std::function<void(std::string_view)>& sink) const {
  sink(std::string_view(reinterpret_cast<const char*>(&kSnapshotMagic), 4));
  PutArray(sink, edges_);
  for (const Csr* g : {&out_, &in_}) {
    PutArray(sink, g->m_forward.m_rowstart);
    PutArray(sink, g->m_forward.m_column);
    PutArray(sink, g->m_forward.m_edge_properties);
  }
}

bool Topology::DeserializeBase(const std::function<bool(void*, size_t)>& read) {
  base_exact_ = false;  // the snapshot's entries may name edges killed since (deledge records)
  uint32_t magic;
  if (!read(&magic, 4) || magic != kSnapshotMagic) return false;
  if (!GetArray(read, &edges_)) return false;
  for (Csr* g : {&out_, &in_}) {
    auto& f = g->m_forward;
    if (!GetArray(read, &f.m_rowstart) || !GetArray(read, &f.m_column) ||
        !GetArray(read, &f.m_edge_properties)) {
      return false;
    }
    // Structural checks so that a damaged snapshot cannot cause reads out of
    // bounds: monotone row starts ending at the entry count, valid ids.
    if (f.m_rowstart.empty() || f.m_rowstart.front() != 0 || f.m_rowstart.back() != f.m_column.size() ||
        f.m_column.size() != f.m_edge_properties.size()) {
      return false;
    }
    for (size_t i = 1; i < f.m_rowstart.size(); ++i) {
      if (f.m_rowstart[i] < f.m_rowstart[i - 1]) return false;
    }
    const uint64_t nodes = f.m_rowstart.size() - 1;
    for (const auto& b : f.m_edge_properties) {
      if (b.edge >= edges_.size()) return false;
    }
    for (uint32_t c : f.m_column) {
      if (c >= nodes) return false;
    }
  }
  const uint64_t nodes = out_.m_forward.m_rowstart.size() - 1;
  if (in_.m_forward.m_rowstart.size() - 1 != nodes) return false;
  for (const auto& e : edges_) {
    if (e.type != kDeadType && (e.start >= nodes || e.end >= nodes)) return false;
  }
  delta_out_.clear();
  delta_in_.clear();
  delta_entries_ = 0;
  return true;
}

uint64_t Topology::MemoryBytes() const {
  uint64_t b = edges_.capacity() * sizeof(EdgeSlot);
  for (const Csr* g : {&out_, &in_}) {
    b += g->m_forward.m_rowstart.capacity() * sizeof(uint64_t);
    b += g->m_forward.m_column.capacity() * sizeof(uint32_t);
    b += g->m_forward.m_edge_properties.capacity() * sizeof(AdjBundle);
  }
  for (const Delta* d : {&delta_out_, &delta_in_}) {
    for (const auto& [k, v] : *d) b += 48 + v.capacity() * sizeof(AdjVisit);
  }
  return b;
}

}  // namespace kg::graph
