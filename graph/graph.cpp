// graph::Graph over storage::Store: loading, the read view, and write
// transactions with an undo log. See graph/graph.h for the contract and
// graph/graph_impl.h for the invariants.
#include <fmt/format.h>
#include <rocksdb/utilities/write_batch_with_index.h>
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "common/stable_order.h"
#include "graph/graph_impl.h"
#include "graph/snapshot.h"
#include "storage/keys.h"

namespace kg::graph {

using storage::Cf;

namespace {

rocksdb::Slice S(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

// The operations of a write batch as (column family, key) -> last write,
// sorted by column family id and key, for SortedBatch().
class BatchEntries : public rocksdb::WriteBatch::Handler {
 public:
  struct Entry {
    uint32_t cf;
    uint32_t seq;  // position in the batch: the last write of a key wins
    bool del;
    rocksdb::Slice key, value;
  };
  std::vector<Entry> entries;

  rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key, const rocksdb::Slice& value) override {
    entries.push_back(Entry{cf, static_cast<uint32_t>(entries.size()), false, key, value});
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    entries.push_back(Entry{cf, static_cast<uint32_t>(entries.size()), true, key, rocksdb::Slice()});
    return rocksdb::Status::OK();
  }
  // Other operations (merge, range or single deletes) are not used by
  // transactions; the handler's defaults fail on them.
};

// `in` with each key written once (its last write), in (column family, key)
// order: the same effect when applied, and RocksDB's memtables insert
// sorted keys by extending the previous insertion point instead of
// searching from the top. `cfs[id]` is the handle of column family `id`
// (null or out of range: unknown).
// False when `in` holds an operation other than put and delete (the caller
// then writes `in` as it is).
bool SortedBatch(const rocksdb::WriteBatch& in, std::span<rocksdb::ColumnFamilyHandle* const> cfs,
                 rocksdb::WriteBatch* out) {
  BatchEntries h;
  h.entries.reserve(in.Count());
  if (!in.Iterate(&h).ok()) return false;
  auto& e = h.entries;
  std::sort(e.begin(), e.end(), [](const BatchEntries::Entry& a, const BatchEntries::Entry& b) {
    if (a.cf != b.cf) return a.cf < b.cf;
    int c = a.key.compare(b.key);
    return c != 0 ? c < 0 : a.seq < b.seq;
  });
  for (size_t i = 0; i < e.size(); ++i) {
    if (i + 1 < e.size() && e[i + 1].cf == e[i].cf && e[i + 1].key == e[i].key) continue;  // overwritten
    rocksdb::ColumnFamilyHandle* cf = e[i].cf < cfs.size() ? cfs[e[i].cf] : nullptr;
    if (cf == nullptr) return false;
    rocksdb::Status s = e[i].del ? out->Delete(cf, e[i].key) : out->Put(cf, e[i].key, e[i].value);
    if (!s.ok()) return false;
  }
  return true;
}

void PutOrderedInt(std::string* out, int64_t v) {
  PutFixed64BE(out, static_cast<uint64_t>(v) ^ (uint64_t{1} << 63));
}

const std::string kEmpty;

// Encodes a property list as a storage record (sorted keys, nulls dropped).
// InputError for non-storable values or unknown keys.
Status EncodeProps(const PropertyList& props, size_t key_count, std::string* rec) {
  for (const auto& p : props)
    if (p.first >= key_count) return Status::InputError(fmt::format("unknown property key id {}", p.first));
  // Positions in key order, stably (for a key given twice, the last one wins).
  uint32_t small[16];
  std::vector<uint32_t> large;
  const uint32_t* order =
      StableOrder(props.size(), [&](uint32_t a, uint32_t b) { return props[a].first < props[b].first; }, small, large);
  thread_local std::string enc;  // reused: no allocation per value
  for (size_t i = 0; i < props.size(); ++i) {
    const auto& [k, v] = props[order[i]];
    if (i + 1 < props.size() && props[order[i + 1]].first == k) continue;
    if (v.is_null()) continue;
    enc.clear();
    KG_RETURN_IF_ERROR(EncodeValue(v, &enc));
    storage::AppendProperty(rec, k, enc);
  }
  return Status::OK();
}

Value DecodeOrNull(std::string_view enc) {
  Value v;
  if (!DecodeValue(&enc, &v).ok()) return Value();
  return v;
}

PropertyList DecodeProps(std::string_view rec) {
  PropertyList out;
  storage::ForEachProperty(rec,
                           [&](KeyId k, std::string_view enc) { out.emplace_back(k, DecodeOrNull(enc)); });
  return out;
}

}  // namespace

std::optional<std::string> IndexKeyOf(const Value& v) {
  std::string k;
  switch (v.type()) {
    case Value::Type::kBool:
      k = v.as_bool() ? "b1" : "b0";
      return k;
    case Value::Type::kInt:
      k = "n";
      PutOrderedInt(&k, v.as_int());
      return k;
    case Value::Type::kFloat: {
      double d = v.as_float();
      if (std::isnan(d)) return std::nullopt;
      if (d == std::floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        k = "n";
        PutOrderedInt(&k, static_cast<int64_t>(d));
        return k;
      }
      k = "f";
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      PutFixed64BE(&k, bits);
      return k;
    }
    case Value::Type::kString:
      k = "s";
      k += v.as_string();
      return k;
    case Value::Type::kDate:
      k = "d";
      PutOrderedInt(&k, v.as_date().days);
      return k;
    case Value::Type::kList:
    case Value::Type::kMap:
      k = "x";
      if (!EncodeValue(v, &k).ok()) return std::nullopt;
      return k;
    default:
      return std::nullopt;
  }
}

// ======================= GraphImpl: open and load =======================

Result<std::unique_ptr<Graph>> Graph::Open(const std::string& dir, const OpenOptions& options) {
  auto r = GraphImpl::OpenImpl(dir, options);
  if (!r.ok()) return r.status();
  return std::unique_ptr<Graph>(std::move(r).value());
}

Result<std::unique_ptr<GraphImpl>> GraphImpl::OpenImpl(const std::string& dir, const OpenOptions& options) {
  storage::StoreOptions so;
  so.read_only = options.read_only;
  so.create_if_missing = options.create_if_missing;
  so.sync = options.sync;
  auto store = storage::Store::Open(dir, so);
  if (!store.ok()) return store.status();
  std::unique_ptr<GraphImpl> g(new GraphImpl());
  g->store_ = std::move(store).value();
  KG_RETURN_IF_ERROR(g->Load());
  return g;
}

GraphImpl::~GraphImpl() {
  if (has_pending_.load()) {
    auto l = LockExclusive();
    (void)SettleLocked();  // a failed write has been reported to its ticket
  }
  {
    std::lock_guard l(write_mu_);
    write_stop_ = true;
    write_cv_.notify_all();
  }
  if (writer_.joinable()) writer_.join();
  if (store_ && !store_->read_only() &&
      (snapshot_dirty_ || DeltaLarge() || tombstones_ > std::max<uint64_t>(4096, topo_.base_edges() / 8))) {
    WriteSnapshot().ok();  // best effort: a missing snapshot is rebuilt at open
  }
}

bool GraphImpl::DeltaLarge() const {
  return topo_.delta_size() > std::max<uint64_t>(65536, topo_.base_edges() / 4);
}

std::shared_ptr<const PropertyColumn> GraphImpl::NodeColumn(KeyId key, bool build) {
  std::lock_guard g(cache_mu_);
  if (key < columns_.size() && columns_[key]) return columns_[key];
  if (!build || key >= keys_.names.size()) return nullptr;
  std::shared_ptr<const PropertyColumn> c = PropertyColumn::Build(nodes_.size(), [&](uint64_t id) {
    const NodeSlot& s = nodes_[id];
    std::string_view enc;
    if (!s.alive || !storage::FindProperty(s.props, key, &enc)) return Value();
    Value v;
    if (!DecodeValue(&enc, &v).ok()) return Value();
    return v;
  });
  uint64_t held = 0;
  for (const auto& x : columns_) held += x ? x->MemoryBytes() : 0;
  if (c->MemoryBytes() > column_budget_) return c;
  if (held + c->MemoryBytes() > column_budget_) {
    for (auto& x : columns_) x.reset();
  }
  if (columns_.size() <= key) columns_.resize(key + 1);
  columns_[key] = c;
  return c;
}

std::shared_ptr<const SortedAdjacency> GraphImpl::Neighbours(TypeId type, Direction dir) {
  std::lock_guard g(cache_mu_);
  auto it = neighbours_.find({type, dir});
  if (it != neighbours_.end()) return it->second;
  uint32_t t = type;
  std::span<const uint32_t> types(&t, 1);
  auto s = SortedAdjacency::Build(nodes_.size(), [&](uint64_t n, std::vector<AdjEntry>* out) {
    if (!nodes_[n].alive) return;
    uint32_t node = static_cast<uint32_t>(n);
    if (dir != Direction::kIn) {
      topo_.ForEach(node, Direction::kOut, types, [&](const AdjVisit& v) {
        out->push_back(AdjEntry{v.other, v.edge});
        return true;
      });
    }
    if (dir != Direction::kOut) {
      topo_.ForEach(node, Direction::kIn, types, [&](const AdjVisit& v) {
        // kBoth: a self-loop was listed as outgoing already.
        if (dir == Direction::kIn || v.other != node) out->push_back(AdjEntry{v.other, v.edge});
        return true;
      });
    }
  });
  neighbours_[{type, dir}] = s;
  return s;
}

std::shared_ptr<const std::vector<uint64_t>> GraphImpl::LabelBits(LabelId label) {
  std::lock_guard g(cache_mu_);
  if (label < label_bits_.size() && label_bits_[label]) return label_bits_[label];
  auto bits = std::make_shared<std::vector<uint64_t>>((nodes_.size() + 63) / 64, 0);
  if (label < by_label_.size()) {
    for (NodeId n : by_label_[label]) (*bits)[n >> 6] |= uint64_t{1} << (n & 63);
  }
  if (label_bits_.size() <= label) label_bits_.resize(label + 1);
  label_bits_[label] = bits;
  return bits;
}

void GraphImpl::DropCaches(std::span<const KeyId> keys, std::span<const LabelId> labels, bool edges) {
  std::lock_guard g(cache_mu_);
  for (KeyId k : keys) {
    if (k < columns_.size()) columns_[k].reset();
  }
  for (LabelId l : labels) {
    if (l < label_bits_.size()) label_bits_[l].reset();
  }
  if (edges) neighbours_.clear();
}

uint64_t GraphImpl::CacheBytes() {
  std::lock_guard g(cache_mu_);
  uint64_t n = 0;
  for (const auto& x : columns_) n += x ? x->MemoryBytes() : 0;
  for (const auto& [k, v] : neighbours_) n += v->MemoryBytes();
  for (const auto& x : label_bits_) n += x ? x->capacity() * 8 : 0;
  return n;
}

namespace {
Status Corrupt(const std::string& dir, const std::string& what) {
  return Status::InputError(fmt::format("'{}': corrupt kg database ({})", dir, what));
}
}  // namespace

Status GraphImpl::Load() {
  const std::string& dir = store_->dir();
  auto get_u64 = [&](std::string_view key, uint64_t* v) -> Status {
    std::string s;
    bool found;
    KG_RETURN_IF_ERROR(store_->Get(Cf::kMeta, key, &s, &found));
    if (!found) {
      *v = 0;
      return Status::OK();
    }
    if (s.size() != 8) return Corrupt(dir, std::string(key));
    *v = DecodeFixed64BE(s.data());
    return Status::OK();
  };
  KG_RETURN_IF_ERROR(get_u64(storage::kMetaNextNode, &next_node_));
  KG_RETURN_IF_ERROR(get_u64(storage::kMetaNextEdge, &next_edge_));
  KG_RETURN_IF_ERROR(get_u64(storage::kMetaGeneration, &generation_));
  if (next_node_ > kMaxId || next_edge_ > kMaxId) return Corrupt(dir, "id counters out of range");

  // Dictionaries: ids must be dense.
  {
    auto it = store_->NewIterator(Cf::kDict);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      auto k = it->key();
      if (k.size() != 5) return Corrupt(dir, "dictionary key");
      uint32_t id = DecodeFixed32BE(k.data() + 1);
      Dictionary* d = k[0] == storage::kDictLabel  ? &labels_
                      : k[0] == storage::kDictType ? &types_
                      : k[0] == storage::kDictKey  ? &keys_
                                                   : nullptr;
      if (d == nullptr || id != d->names.size()) return Corrupt(dir, "dictionary ids");
      d->names.push_back(it->value().ToString());
      d->ids.emplace(d->names.back(), id);
    }
    KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading dictionaries"));
  }
  if (auto k = keys_.Find("name")) name_key_ = *k;
  by_label_.resize(labels_.names.size());
  type_count_.assign(types_.names.size(), 0);
  key_use_.assign(keys_.names.size(), 0);

  // Meta: key use counts and explicit indexes.
  {
    auto it = store_->NewIterator(Cf::kMeta);
    for (it->Seek(S(storage::kKeyUsePrefix)); it->Valid() && it->key().starts_with(S(storage::kKeyUsePrefix));
         it->Next()) {
      if (it->key().size() != storage::kKeyUsePrefix.size() + 4 || it->value().size() != 8)
        return Corrupt(dir, "key use");
      uint32_t k = DecodeFixed32BE(it->key().data() + storage::kKeyUsePrefix.size());
      if (k < key_use_.size()) key_use_[k] = static_cast<int64_t>(DecodeFixed64BE(it->value().data()));
    }
    for (it->Seek(S(storage::kIndexDefPrefix));
         it->Valid() && it->key().starts_with(S(storage::kIndexDefPrefix)); it->Next()) {
      if (it->key().size() != storage::kIndexDefPrefix.size() + 8) return Corrupt(dir, "index definition");
      const char* p = it->key().data() + storage::kIndexDefPrefix.size();
      LabelId l = DecodeFixed32BE(p);
      KeyId k = DecodeFixed32BE(p + 4);
      if (l >= labels_.names.size() || k >= keys_.names.size()) return Corrupt(dir, "index definition");
      explicit_indexes_.insert({l, k});
    }
    KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading metadata"));
  }

  // Nodes and their properties.
  nodes_.resize(next_node_);
  {
    auto it = store_->NewScanIterator(Cf::kNodes);
    std::vector<LabelId> labels;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() != 8) return Corrupt(dir, "node key");
      uint64_t id = DecodeFixed64BE(it->key().data());
      if (id >= next_node_) return Corrupt(dir, fmt::format("node {} beyond the id counter", id));
      if (!storage::DecodeNodeRecord(std::string_view(it->value().data(), it->value().size()), &labels)) {
        return Corrupt(dir, fmt::format("node {} record", id));
      }
      for (LabelId l : labels) {
        if (l >= labels_.names.size()) return Corrupt(dir, fmt::format("node {} label", id));
        by_label_[l].push_back(id);
      }
      NodeSlot& s = nodes_[id];
      s.labels = labels;
      s.alive = true;
      ++node_count_;
    }
    KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading nodes"));
  }
  {
    auto it = store_->NewScanIterator(Cf::kProps);
    char n = storage::kPropsNode;
    for (it->Seek(rocksdb::Slice(&n, 1)); it->Valid() && it->key()[0] == n; it->Next()) {
      if (it->key().size() != 9) return Corrupt(dir, "property key");
      uint64_t id = DecodeFixed64BE(it->key().data() + 1);
      if (id >= next_node_ || !nodes_[id].alive)
        return Corrupt(dir, fmt::format("properties of missing node {}", id));
      NodeSlot& s = nodes_[id];
      s.props.assign(it->value().data(), it->value().size());
      bool bad_key = false;
      bool ok = storage::ForEachProperty(s.props, [&](KeyId k, std::string_view enc) {
        if (k >= keys_.names.size()) {
          bad_key = true;
          return;
        }
        for (LabelId l : s.labels) {
          if (Indexed(l, k)) IndexAdd(l, k, id, enc);
        }
      });
      if (!ok || bad_key) return Corrupt(dir, fmt::format("properties of node {}", id));
    }
    KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading properties"));
  }
  KG_RETURN_IF_ERROR(LoadTopology());
  for (uint64_t e = 0; e < topo_.edge_slots(); ++e) {
    if (!topo_.EdgeAlive(e)) continue;
    const EdgeSlot& s = topo_.edge(e);
    if (s.type >= type_count_.size() || s.start >= next_node_ || s.end >= next_node_ ||
        !nodes_[s.start].alive || !nodes_[s.end].alive) {
      return Corrupt(dir, fmt::format("edge {} refers to a missing node or type", e));
    }
    ++type_count_[s.type];
    ++edge_count_;
  }
  return Status::OK();
}

Status GraphImpl::LoadTopology() {
  const std::string& dir = store_->dir();
  uint64_t from = 0;  // edges with ids >= from are read from the edges family
  // 1. The snapshot, when present and well formed.
  {
    auto loaded = LoadSnapshot(*store_, &topo_);
    if (!loaded.ok()) return loaded.status();
    if (loaded.value() && topo_.base_nodes() <= next_node_ && topo_.edge_slots() <= next_edge_) {
      from = topo_.edge_slots();
      loaded_from_snapshot_ = true;
    } else {
      topo_ = Topology();
    }
  }
  if (loaded_from_snapshot_) {
    auto it = store_->NewIterator(Cf::kMeta);
    for (it->Seek(S(storage::kDeletedEdgePrefix));
         it->Valid() && it->key().starts_with(S(storage::kDeletedEdgePrefix)); it->Next()) {
      if (it->key().size() != storage::kDeletedEdgePrefix.size() + 8)
        return Corrupt(dir, "deleted edge record");
      uint64_t e = DecodeFixed64BE(it->key().data() + storage::kDeletedEdgePrefix.size());
      if (e < topo_.edge_slots()) topo_.Kill(e);
      ++tombstones_;
    }
    KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading metadata"));
  }
  // 2. The edges the snapshot does not cover (all of them without one).
  {
    auto it = store_->NewScanIterator(Cf::kEdges);
    storage::EdgeRecord rec;
    for (it->Seek(S(storage::IdKey(from))); it->Valid(); it->Next()) {
      if (it->key().size() != 8) return Corrupt(dir, "edge key");
      uint64_t id = DecodeFixed64BE(it->key().data());
      if (id >= next_edge_) return Corrupt(dir, fmt::format("edge {} beyond the id counter", id));
      std::string_view props;  // format 3: the relationship's properties follow
      if (!storage::DecodeEdgeRecord(std::string_view(it->value().data(), it->value().size()), &rec, &props) ||
          rec.start >= next_node_ || rec.end >= next_node_ || rec.type >= types_.names.size()) {
        return Corrupt(dir, fmt::format("edge {} record", id));
      }
      if (loaded_from_snapshot_) {
        topo_.ResizeEdges(id);
        topo_.AppendEdge(static_cast<uint32_t>(rec.start), static_cast<uint32_t>(rec.end), rec.type);
      } else {
        topo_.ResizeEdges(id + 1);
        topo_.SetEdge(id,
                      EdgeSlot{static_cast<uint32_t>(rec.start), static_cast<uint32_t>(rec.end), rec.type});
      }
    }
    KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading edges"));
  }
  topo_.ResizeEdges(next_edge_);
  if (!loaded_from_snapshot_ || DeltaLarge()) {
    topo_.Rebuild(next_node_);
    snapshot_dirty_ = true;
  }
  return Status::OK();
}

Status GraphImpl::WriteSnapshot() {
  if (store_->read_only()) return Status::UsageError("the database is open read-only");
  auto lock = LockExclusive();
  if (topo_.delta_size() > 0) topo_.Rebuild(next_node_);
  auto old_chunks = SnapshotChunks(*store_);
  if (!old_chunks.ok()) return old_chunks.status();
  auto staging = store_->StagingDir();
  if (!staging.ok()) return staging.status();
  const std::string path = staging.value() + "/topology-" + std::to_string(::getpid()) + ".sst";
  Status st = WriteSnapshotFile(topo_, *store_, path, old_chunks.value());
  if (st.ok()) st = store_->IngestAtomically({{Cf::kTopology, {path}}});
  std::error_code ec;
  std::filesystem::remove(path, ec);
  KG_RETURN_IF_ERROR(st);
  // The deleted-edge records are now covered by the snapshot. (Should this
  // step be lost in a crash, the old records are applied to the new
  // snapshot at open, where those edges are dead already: harmless.)
  rocksdb::WriteBatch b;
  std::string del_end(storage::kDeletedEdgePrefix);
  del_end.push_back('\xff');
  b.DeleteRange(store_->cf(Cf::kMeta), S(storage::kDeletedEdgePrefix), del_end);
  KG_RETURN_IF_ERROR(store_->Write(&b));
  snapshot_dirty_ = false;
  tombstones_ = 0;
  return Status::OK();
}

void GraphImpl::IndexAdd(LabelId l, KeyId k, NodeId n, std::string_view encoded) {
  auto key = IndexKeyOf(DecodeOrNull(encoded));
  if (key) index_data_[{l, k}].emplace(std::move(*key), n);
}

void GraphImpl::IndexRemove(LabelId l, KeyId k, NodeId n, std::string_view encoded) {
  auto key = IndexKeyOf(DecodeOrNull(encoded));
  if (!key) return;
  auto it = index_data_.find({l, k});
  if (it != index_data_.end()) it->second.erase({*key, n});
}

// ======================= the read view =======================

namespace {

// The View methods, shared by ReadTxn and WriteTxn. Subclasses say how
// edge properties and aux entries are read (committed state, or the
// transaction's batch over it).
template <class Base>
class ViewImpl : public Base {
 public:
  explicit ViewImpl(GraphImpl* g) : g_(g) {}

  std::optional<LabelId> FindLabel(std::string_view name) const override { return g_->labels_.Find(name); }
  std::optional<TypeId> FindType(std::string_view name) const override { return g_->types_.Find(name); }
  std::optional<KeyId> FindKey(std::string_view name) const override { return g_->keys_.Find(name); }
  const std::string& LabelName(LabelId id) const override { return NameOf(g_->labels_, id); }
  const std::string& TypeName(TypeId id) const override { return NameOf(g_->types_, id); }
  const std::string& KeyName(KeyId id) const override { return NameOf(g_->keys_, id); }

  std::vector<std::string> LabelsInUse() const override {
    std::vector<std::string> out;
    for (size_t i = 0; i < g_->by_label_.size(); ++i) {
      if (!g_->by_label_[i].empty()) out.push_back(g_->labels_.names[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> TypesInUse() const override {
    std::vector<std::string> out;
    for (size_t i = 0; i < g_->type_count_.size(); ++i) {
      if (g_->type_count_[i] > 0) out.push_back(g_->types_.names[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> KeysInUse() const override {
    std::vector<std::string> out;
    for (size_t i = 0; i < g_->key_use_.size(); ++i) {
      if (g_->key_use_[i] > 0) out.push_back(g_->keys_.names[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  uint64_t NodeCount() const override { return g_->node_count_; }
  bool NodeExists(NodeId id) const override { return id < g_->nodes_.size() && g_->nodes_[id].alive; }
  void AllNodes(std::vector<NodeId>* out) const override {
    out->reserve(out->size() + g_->node_count_);
    for (NodeId i = 0; i < g_->nodes_.size(); ++i) {
      if (g_->nodes_[i].alive) out->push_back(i);
    }
  }
  void NodesWithLabel(LabelId label, std::vector<NodeId>* out) const override {
    if (label >= g_->by_label_.size()) return;
    const auto& v = g_->by_label_[label];
    out->insert(out->end(), v.begin(), v.end());
  }
  uint64_t CountNodesWithLabel(LabelId label) const override {
    return label < g_->by_label_.size() ? g_->by_label_[label].size() : 0;
  }
  std::vector<LabelId> NodeLabels(NodeId id) const override {
    return NodeExists(id) ? g_->nodes_[id].labels : std::vector<LabelId>{};
  }
  bool HasLabel(NodeId id, LabelId label) const override {
    if (!NodeExists(id)) return false;
    const auto& l = g_->nodes_[id].labels;
    return std::binary_search(l.begin(), l.end(), label);
  }
  Value NodeProperty(NodeId id, KeyId key) const override {
    if (!NodeExists(id)) return Value();
    std::string_view enc;
    if (!storage::FindProperty(g_->nodes_[id].props, key, &enc)) return Value();
    return DecodeOrNull(enc);
  }
  PropertyList NodeProperties(NodeId id) const override {
    if (!NodeExists(id)) return {};
    return DecodeProps(g_->nodes_[id].props);
  }

  uint64_t EdgeCount() const override { return g_->edge_count_; }
  uint64_t CountEdgesOfType(TypeId type) const override {
    return type < g_->type_count_.size() ? g_->type_count_[type] : 0;
  }
  bool EdgeExists(EdgeId id) const override { return g_->topo_.EdgeAlive(id); }
  EdgeEnds Edge(EdgeId id) const override {
    if (!EdgeExists(id)) return EdgeEnds{};
    const EdgeSlot& s = g_->topo_.edge(id);
    return EdgeEnds{s.start, s.end, s.type};
  }
  Value EdgeProperty(EdgeId id, KeyId key) const override {
    if (!EdgeExists(id)) return Value();
    std::string rec;
    if (!ReadEdgeProps(id, &rec)) return Value();
    std::string_view enc;
    if (!storage::FindProperty(rec, key, &enc)) return Value();
    return DecodeOrNull(enc);
  }
  PropertyList EdgeProperties(EdgeId id) const override {
    if (!EdgeExists(id)) return {};
    std::string rec;
    if (!ReadEdgeProps(id, &rec)) return {};
    return DecodeProps(rec);
  }
  void Edges(NodeId node, Direction dir, std::span<const TypeId> types,
             std::vector<EdgeRef>* out) const override {
    if (!NodeExists(node)) return;
    std::vector<TypeId> unique;
    types = UniqueTypes(types, &unique);
    auto one = [&](Direction d) {
      g_->topo_.ForEach(static_cast<uint32_t>(node), d, types, [&](const AdjVisit& v) {
        out->push_back(EdgeRef{v.edge, v.type, v.other, d == Direction::kOut});
        return true;
      });
    };
    if (dir != Direction::kIn) one(Direction::kOut);
    if (dir != Direction::kOut) one(Direction::kIn);
  }
  uint64_t Degree(NodeId node, Direction dir, std::span<const TypeId> types) const override {
    if (!NodeExists(node)) return 0;
    std::vector<TypeId> unique;
    types = UniqueTypes(types, &unique);
    uint64_t n = 0;
    if (dir != Direction::kIn) n += g_->topo_.Count(static_cast<uint32_t>(node), Direction::kOut, types);
    if (dir != Direction::kOut) n += g_->topo_.Count(static_cast<uint32_t>(node), Direction::kIn, types);
    return n;
  }
  void AllEdges(std::optional<TypeId> type, std::vector<EdgeId>* out) const override {
    const Topology& t = g_->topo_;
    for (uint64_t e = 0; e < t.edge_slots(); ++e) {
      if (t.EdgeAlive(e) && (!type || t.edge(e).type == *type)) out->push_back(e);
    }
  }

  bool HasIndex(LabelId label, KeyId key) const override {
    return label < g_->labels_.names.size() && key < g_->keys_.names.size() && g_->Indexed(label, key);
  }
  void IndexLookup(LabelId label, KeyId key, const Value& value, std::vector<NodeId>* out) const override {
    auto k = IndexKeyOf(value);
    if (!k) return;
    auto it = g_->index_data_.find({label, key});
    if (it == g_->index_data_.end()) return;
    for (auto e = it->second.lower_bound({*k, 0}); e != it->second.end() && e->first == *k; ++e) {
      out->push_back(e->second);
    }
  }
  void IndexPrefixLookup(LabelId label, KeyId key, std::string_view prefix,
                         std::vector<NodeId>* out) const override {
    auto it = g_->index_data_.find({label, key});
    if (it == g_->index_data_.end()) return;
    std::string p = "s";
    p.append(prefix);
    size_t first = out->size();
    for (auto e = it->second.lower_bound({p, 0}); e != it->second.end() && e->first.starts_with(p); ++e) {
      out->push_back(e->second);
    }
    std::sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end());
  }
  std::vector<std::pair<std::string, std::string>> Indexes() const override {
    std::vector<std::pair<std::string, std::string>> out;
    for (LabelId l = 0; l < g_->labels_.names.size(); ++l) {
      for (KeyId k = 0; k < g_->keys_.names.size(); ++k) {
        if (g_->Indexed(l, k)) out.emplace_back(g_->labels_.names[l], g_->keys_.names[k]);
      }
    }
    if (g_->name_key_ == kInvalidName) {
      for (const auto& n : g_->labels_.names) out.emplace_back(n, "name");
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  std::optional<std::string> AuxGet(std::string_view ns, std::string_view key) const override {
    std::string v;
    if (!ReadRaw(Cf::kAux, storage::AuxKey(ns, key), &v)) return std::nullopt;
    return v;
  }
  void AuxScan(std::string_view ns, std::string_view prefix,
               const std::function<bool(std::string_view, std::string_view)>& fn) const override {
    std::string start = storage::AuxKey(ns, prefix);
    auto it = NewAuxIterator();
    size_t skip = ns.size() + 1;
    for (it->Seek(S(start)); it->Valid(); it->Next()) {
      auto k = it->key();
      if (!k.starts_with(S(start))) break;
      if (!fn(std::string_view(k.data() + skip, k.size() - skip),
              std::string_view(it->value().data(), it->value().size()))) {
        break;
      }
    }
  }

 protected:
  // Reads one key of the committed state (or of the transaction's batch over
  // it). False when absent or on a read error.
  virtual bool ReadRaw(Cf cf, const std::string& key, std::string* value) const = 0;
  virtual std::unique_ptr<rocksdb::Iterator> NewAuxIterator() const = 0;

  // The property record of relationship `id` (false when it has none or
  // it cannot be read). Format 3: inside the edge record. Format 2 (open
  // read-only): under its props key, or, moved there by an interrupted
  // migration, inside the edge record.
  bool ReadEdgeProps(EdgeId id, std::string* rec) const {
    if (g_->store_->format() < 3 && ReadRaw(Cf::kProps, storage::PropsKey(storage::kPropsEdge, id), rec)) return true;
    std::string v;
    storage::EdgeRecord e;
    std::string_view props;
    if (!ReadRaw(Cf::kEdges, storage::IdKey(id), &v) || !storage::DecodeEdgeRecord(v, &e, &props)) return false;
    rec->assign(props);
    return !props.empty();
  }
  // `types` without repeats (a type listed twice is visited once).
  static std::span<const TypeId> UniqueTypes(std::span<const TypeId> types, std::vector<TypeId>* buf) {
    if (types.size() < 2) return types;
    buf->assign(types.begin(), types.end());
    std::sort(buf->begin(), buf->end());
    buf->erase(std::unique(buf->begin(), buf->end()), buf->end());
    return *buf;
  }
  static const std::string& NameOf(const Dictionary& d, uint32_t id) {
    return id < d.names.size() ? d.names[id] : kEmpty;
  }

  GraphImpl* g_;
};

// Read transactions open in this thread, per graph. A nested ReadTxn
// takes the shared lock directly: passing through the writer-preference gate
// while this thread already reads could wait for a writer that waits for
// this thread.
thread_local std::unordered_map<const GraphImpl*, int> tls_read_depth;

// The shared lock of `g` for a read outside a ReadTxn (Stats, Backup): taken
// directly when this thread already holds a ReadTxn of g, for the reason above.
// Outside a ReadTxn, a write in flight (CommitPipelined) is settled first,
// so that readers see durable state only (a write cannot be handed over
// while the shared lock is held).
std::shared_lock<std::shared_mutex> LockSharedSettled(GraphImpl* g) {
  for (;;) {
    g->SettleForRead();
    std::shared_lock<std::shared_mutex> l = g->LockShared();
    if (!g->has_pending_.load()) return l;
  }
}

std::shared_lock<std::shared_mutex> LockSharedInThread(GraphImpl* g) {
  auto it = tls_read_depth.find(g);
  if (it != tls_read_depth.end() && it->second > 0) return std::shared_lock<std::shared_mutex>(g->mu_);
  return LockSharedSettled(g);
}

class ReadTxnImpl : public ViewImpl<ReadTxn> {
 public:
  explicit ReadTxnImpl(GraphImpl* g)
      : ViewImpl<ReadTxn>(g), depth_(&tls_read_depth[g]), owner_(std::this_thread::get_id()) {
    lock_ = *depth_ > 0 ? std::shared_lock<std::shared_mutex>(g->mu_) : LockSharedSettled(g);
    ++*depth_;
  }
  ~ReadTxnImpl() override {
    // (A transaction ended by another thread leaves its creator's count
    // high: that thread's later reads skip the gate, which is safe.)
    if (std::this_thread::get_id() == owner_) --*depth_;
  }

  std::shared_ptr<const PropertyColumn> NodeColumn(KeyId key, bool build) const override {
    return g_->NodeColumn(key, build);
  }
  std::shared_ptr<const SortedAdjacency> SortedNeighbours(TypeId type, Direction dir) const override {
    if (type >= g_->types_.names.size()) return nullptr;
    return g_->Neighbours(type, dir);
  }
  // Through the label's bits (kept for this transaction; the first 64
  // label ids): one memory access instead of the node slot and its labels.
  bool HasLabel(NodeId id, LabelId label) const override {
    if (label >= bit_ptrs_.size()) return ViewImpl<ReadTxn>::HasLabel(id, label);
    if (label >= g_->labels_.names.size() || id >= g_->nodes_.size()) return false;
    const std::vector<uint64_t>* b = bit_ptrs_[label].load(std::memory_order_acquire);
    if (!b) {
      std::lock_guard lock(bits_mu_);
      b = bit_ptrs_[label].load(std::memory_order_acquire);
      if (!b) {
        bits_keep_.push_back(g_->LabelBits(label));
        b = bits_keep_.back().get();
        bit_ptrs_[label].store(b, std::memory_order_release);
      }
    }
    return (id >> 6) < b->size() && (((*b)[id >> 6] >> (id & 63)) & 1) != 0;
  }

 protected:
  bool ReadRaw(Cf cf, const std::string& key, std::string* value) const override {
    bool found = false;
    return g_->store_->Get(cf, key, value, &found).ok() && found;
  }
  std::unique_ptr<rocksdb::Iterator> NewAuxIterator() const override {
    return g_->store_->NewIterator(Cf::kAux);
  }

 private:
  // Label bits in use: pointers by label id, owned by bits_keep_.
  mutable std::array<std::atomic<const std::vector<uint64_t>*>, 64> bit_ptrs_{};
  mutable std::mutex bits_mu_;
  mutable std::vector<std::shared_ptr<const std::vector<uint64_t>>> bits_keep_;
  int* depth_;  // this thread's entry in tls_read_depth (never erased)
  std::thread::id owner_;
  std::shared_lock<std::shared_mutex> lock_;
};

// ======================= write transactions =======================

// An open-addressing hash table (linear probing, power-of-two size, at most
// half full) of `Ref`s by 64-bit hash; the caller compares keys. Used by a
// write transaction to find the last write of a key: one probe sequence in
// one array instead of a node allocation per key.
template <typename Ref>
class HashSlots {
 public:
  // Calls match(ref) on each entry of hash `h` until it returns true; returns
  // that entry or nullptr.
  template <typename Match>
  Ref* Find(uint64_t h, Match&& match) {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && match(s.ref)) return &s.ref;
    }
  }
  template <typename Match>
  const Ref* Find(uint64_t h, Match&& match) const {
    return const_cast<HashSlots*>(this)->Find(h, std::forward<Match>(match));
  }
  // Adds an entry (the caller found none with the same key).
  void Insert(uint64_t h, const Ref& ref) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    size_t i = h & mask_;
    while (slots_[i].used) i = (i + 1) & mask_;
    slots_[i] = Slot{h, ref, true};
    ++size_;
  }
  void Clear() {
    slots_.clear();
    mask_ = 0;
    size_ = 0;
  }
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const Slot& s : slots_)
      if (s.used) fn(s.ref);
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    Ref ref{};
    bool used = false;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].used) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// The last write of a key that a transaction reads back (side tables and
// relationship properties), as offsets into its batch's Data(): the batch's
// record only grows until it is written, so the offsets stay valid, and
// neither key nor value is copied again.
struct WrittenRef {
  uint8_t cf;
  bool deleted;
  uint32_t key_len;
  uint32_t val_len;
  size_t key_off;
  size_t val_off;
};

uint64_t WrittenHash(Cf cf, std::string_view key) {
  return std::hash<std::string_view>()(key) ^ (static_cast<uint64_t>(cf) * 0x9E3779B97F4A7C15ull);
}

const WrittenRef* FindWrittenIn(const HashSlots<WrittenRef>& written, const rocksdb::WriteBatch& batch, Cf cf,
                                std::string_view key) {
  const std::string& rep = batch.Data();
  return written.Find(WrittenHash(cf, key), [&](const WrittenRef& w) {
    return w.cf == static_cast<uint8_t>(cf) && w.key_len == key.size() &&
           rep.compare(w.key_off, w.key_len, key) == 0;
  });
}

// Writes `batch` to the store with each key once, in key order
// (SortedBatch()), or as it is when it cannot be sorted.
Status WriteSorted(GraphImpl* g, const rocksdb::WriteBatch& batch) {
  std::vector<rocksdb::ColumnFamilyHandle*> cfs;  // by column family id
  for (int c = 0; c < storage::kCfCount; ++c) {
    rocksdb::ColumnFamilyHandle* h = g->store_->cf(static_cast<Cf>(c));
    if (!h) continue;
    if (h->GetID() >= cfs.size()) cfs.resize(h->GetID() + 1, nullptr);
    cfs[h->GetID()] = h;
  }
  rocksdb::WriteBatch sorted(batch.GetDataSize());  // at most as large: no regrowth
  if (SortedBatch(batch, cfs, &sorted)) return g->store_->Write(&sorted);
  rocksdb::WriteBatch copy(batch.Data());  // RocksDB stamps the batch it writes
  return g->store_->Write(&copy);
}

// A set of small ids (property keys, labels) with O(1) insertion and no
// node per element: a membership flag per id and the ids in insertion order.
class IdSet {
 public:
  void insert(uint32_t id) {
    if (id >= in_.size()) in_.resize(static_cast<size_t>(id) + 1, 0);
    if (in_[id]) return;
    in_[id] = 1;
    ids_.push_back(id);
  }
  bool empty() const { return ids_.empty(); }
  const std::vector<uint32_t>& ids() const { return ids_; }  // in insertion order

 private:
  std::vector<uint8_t> in_;
  std::vector<uint32_t> ids_;
};

// A ticket already settled (the default CommitPipelined()).
class DoneTicket : public CommitTicket {
 public:
  explicit DoneTicket(Status s) : status_(std::move(s)) {}
  Status Wait() override { return status_; }

 private:
  Status status_;
};

}  // namespace

// A sealed transaction's batch on its way to storage. The batch and its
// index are immutable once handed over: the background writer and the next
// write transaction (ReadRaw) read them at the same time.
struct PendingWrite {
  rocksdb::WriteBatch batch;           // the transaction's writes, in order
  HashSlots<WrittenRef> written;       // its last write of each read-back key
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;  // GUARDED_BY(mu)
  Status status;      // GUARDED_BY(mu); the write's outcome once done

  Status Wait() {
    std::unique_lock l(mu);
    cv.wait(l, [&] { return done; });
    return status;
  }
  void Finish(Status s) {
    std::lock_guard l(mu);
    status = std::move(s);
    done = true;
    cv.notify_all();
  }
};

namespace {

class PendingTicket : public CommitTicket {
 public:
  explicit PendingTicket(std::shared_ptr<PendingWrite> p) : p_(std::move(p)) {}
  Status Wait() override { return p_->Wait(); }

 private:
  std::shared_ptr<PendingWrite> p_;
};

class WriteTxnImpl : public ViewImpl<WriteTxn> {
 public:
  explicit WriteTxnImpl(GraphImpl* g)
      : ViewImpl<WriteTxn>(g),
        lock_(g->LockExclusive()),
        readable_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true),
        start_next_node_(g->next_node_),
        start_next_edge_(g->next_edge_),
        prev_(g->pending_) {}
  ~WriteTxnImpl() override {
    if (!finished_) Rollback();
  }

  LabelId InternLabel(std::string_view name) override {
    if (auto id = g_->labels_.Find(name)) return *id;
    if (finished_) return kInvalidName;
    LabelId id = Intern(&g_->labels_, storage::kDictLabel, name);
    g_->by_label_.emplace_back();
    undo_.push_back([g = g_] { g->by_label_.pop_back(); });
    return id;
  }
  TypeId InternType(std::string_view name) override {
    if (auto id = g_->types_.Find(name)) return *id;
    if (finished_) return kInvalidName;
    TypeId id = Intern(&g_->types_, storage::kDictType, name);
    g_->type_count_.push_back(0);
    undo_.push_back([g = g_] { g->type_count_.pop_back(); });
    return id;
  }
  KeyId InternKey(std::string_view name) override {
    if (auto id = g_->keys_.Find(name)) return *id;
    if (finished_) return kInvalidName;
    KeyId id = Intern(&g_->keys_, storage::kDictKey, name);
    g_->key_use_.push_back(0);
    if (name == "name") g_->name_key_ = id;
    undo_.push_back([g = g_, id] {
      g->key_use_.pop_back();
      if (g->name_key_ == id) g->name_key_ = kInvalidName;
    });
    return id;
  }

  Result<NodeId> CreateNode(std::span<const LabelId> labels, const PropertyList& props) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (g_->next_node_ >= kMaxId) {
      return Status::Error(ErrorKind::kLimitExceeded, "the database holds the maximum number of nodes");
    }
    std::vector<LabelId> ls(labels.begin(), labels.end());
    std::sort(ls.begin(), ls.end());
    ls.erase(std::unique(ls.begin(), ls.end()), ls.end());
    for (LabelId l : ls) {
      if (l >= g_->labels_.names.size()) return Status::InputError(fmt::format("unknown label id {}", l));
    }
    std::string rec;
    KG_RETURN_IF_ERROR(EncodeProps(props, g_->keys_.names.size(), &rec));
    NodeId id = g_->next_node_++;
    g_->nodes_.push_back(NodeSlot{std::move(ls), std::move(rec), true});
    ++g_->node_count_;
    IndexNode(id, +1);
    PutNode(id);
    undo_.push_back([this, id] {
      IndexNode(id, -1);
      --g_->node_count_;
      g_->nodes_.pop_back();
      --g_->next_node_;
    });
    return id;
  }

  Result<EdgeId> CreateEdge(TypeId type, NodeId start, NodeId end, const PropertyList& props) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (type >= g_->types_.names.size()) return Status::InputError(fmt::format("unknown type id {}", type));
    if (!NodeExists(start) || !NodeExists(end)) {
      return Status::Error(ErrorKind::kEntityNotFound, "a relationship needs two existing nodes");
    }
    if (g_->next_edge_ >= kMaxId) {
      return Status::Error(ErrorKind::kLimitExceeded,
                           "the database holds the maximum number of relationships");
    }
    std::string rec;
    KG_RETURN_IF_ERROR(EncodeProps(props, g_->keys_.names.size(), &rec));
    EdgeId id = g_->next_edge_++;
    g_->topo_.AppendEdge(static_cast<uint32_t>(start), static_cast<uint32_t>(end), type);
    edges_changed_ = true;
    ++g_->type_count_[type];
    ++g_->edge_count_;
    std::string v;
    // The edge record is the stored topology (docs/storage.md: no adjacency
    // keys; the topology loads from the snapshot and `edges`), followed by
    // the relationship's properties (format 3).
    storage::EncodeEdgeRecord(storage::EdgeRecord{start, end, type}, rec, &v);
    Put(Cf::kEdges, storage::IdKey(id), v);
    CountKeys(rec, +1);
    undo_.push_back([this, id, type, rec = std::move(rec)] {
      CountKeys(rec, -1);
      --g_->edge_count_;
      --g_->type_count_[type];
      g_->topo_.PopEdge();
      --g_->next_edge_;
      (void)id;
    });
    return id;
  }

  Status SetNodeProperty(NodeId id, KeyId key, const Value& value) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!NodeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("node {} does not exist", id));
    if (key >= g_->keys_.names.size())
      return Status::InputError(fmt::format("unknown property key id {}", key));
    std::string enc;
    if (!value.is_null()) KG_RETURN_IF_ERROR(EncodeValue(value, &enc));
    NodeSlot& s = g_->nodes_[id];
    std::string old = std::move(s.props);
    std::string_view old_enc;
    bool had = storage::FindProperty(old, key, &old_enc);
    if (!had && value.is_null()) return Status::OK();
    std::string_view enc_view = enc;
    ReindexProperty(id, key, had ? &old_enc : nullptr, value.is_null() ? nullptr : &enc_view, +1);
    s.props = storage::WithProperty(old, key, value.is_null() ? nullptr : &enc);
    // Written once at Commit(), however many of its properties change.
    props_dirty_.push_back(id);
    undo_.push_back([this, id, key, old = std::move(old), enc = std::move(enc), null = value.is_null()]() {
      NodeSlot& s2 = g_->nodes_[id];
      std::string_view old_enc2;
      bool had2 = storage::FindProperty(old, key, &old_enc2);
      std::string_view new_enc = enc;
      ReindexProperty(id, key, had2 ? &old_enc2 : nullptr, null ? nullptr : &new_enc, -1);
      s2.props = old;
    });
    return Status::OK();
  }

  Status SetEdgeProperty(EdgeId id, KeyId key, const Value& value) override {
    return UpdateEdgeProperty(id, key, [&](const Value&) { return value; });
  }
  Status UpdateEdgeProperty(EdgeId id, KeyId key, const std::function<Value(const Value&)>& update) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!EdgeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("relationship {} does not exist", id));
    if (key >= g_->keys_.names.size())
      return Status::InputError(fmt::format("unknown property key id {}", key));
    std::string k = storage::IdKey(id);
    std::string stored;
    storage::EdgeRecord er;
    std::string_view rec;
    if (!ReadRaw(Cf::kEdges, k, &stored) || !storage::DecodeEdgeRecord(stored, &er, &rec)) {
      return Status::IOError(fmt::format("the record of relationship {} cannot be read", id));
    }
    std::string_view old_enc;
    bool had = storage::FindProperty(rec, key, &old_enc);
    const Value value = update(had ? DecodeOrNull(old_enc) : Value());
    std::string enc;
    if (!value.is_null()) KG_RETURN_IF_ERROR(EncodeValue(value, &enc));
    if (!had && value.is_null()) return Status::OK();
    std::string updated = storage::WithProperty(rec, key, value.is_null() ? nullptr : &enc);
    std::string v;
    storage::EncodeEdgeRecord(er, updated, &v);
    Put(Cf::kEdges, k, v);
    int delta = (value.is_null() ? 0 : 1) - (had ? 1 : 0);
    if (delta != 0) {
      AddKeyUse(key, delta);
      undo_.push_back([this, key, delta] { AddKeyUse(key, -delta); });
    }
    return Status::OK();
  }

  Status AddLabel(NodeId id, LabelId label) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!NodeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("node {} does not exist", id));
    if (label >= g_->labels_.names.size())
      return Status::InputError(fmt::format("unknown label id {}", label));
    if (HasLabel(id, label)) return Status::OK();
    LabelMem(id, label, true);
    PutNode(id, /*props=*/false);
    undo_.push_back([this, id, label] { LabelMem(id, label, false); });
    return Status::OK();
  }

  Status RemoveLabel(NodeId id, LabelId label) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!NodeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("node {} does not exist", id));
    if (!HasLabel(id, label)) return Status::OK();
    LabelMem(id, label, false);
    PutNode(id, /*props=*/false);
    undo_.push_back([this, id, label] { LabelMem(id, label, true); });
    return Status::OK();
  }

  Status DeleteNode(NodeId id) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!NodeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("node {} does not exist", id));
    if (Degree(id, Direction::kBoth, {}) > 0) {
      return Status::Error(ErrorKind::kConstraintVerificationFailed,
                           fmt::format("cannot delete node {} because it still has relationships; "
                                       "use DETACH DELETE",
                                       id));
    }
    IndexNode(id, -1);
    g_->nodes_[id].alive = false;
    --g_->node_count_;
    Delete(Cf::kNodes, storage::IdKey(id));
    Delete(Cf::kProps, storage::PropsKey(storage::kPropsNode, id));
    undo_.push_back([this, id] {
      g_->nodes_[id].alive = true;
      ++g_->node_count_;
      IndexNode(id, +1);
    });
    return Status::OK();
  }

  Status DetachDeleteNode(NodeId id) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!NodeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("node {} does not exist", id));
    std::vector<EdgeRef> edges;
    Edges(id, Direction::kBoth, {}, &edges);
    for (const auto& e : edges) {
      if (EdgeExists(e.edge)) KG_RETURN_IF_ERROR(DeleteEdge(e.edge));
    }
    return DeleteNode(id);
  }

  Status DeleteEdge(EdgeId id) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!EdgeExists(id))
      return Status::Error(ErrorKind::kEntityNotFound, fmt::format("relationship {} does not exist", id));
    const EdgeSlot s = g_->topo_.edge(id);
    std::string rec;
    ReadEdgeProps(id, &rec);
    CountKeys(rec, -1);
    g_->topo_.Kill(id);
    edges_changed_ = true;
    --g_->type_count_[s.type];
    --g_->edge_count_;
    Delete(Cf::kEdges, storage::IdKey(id));  // its properties with it (format 3)
    if (id < start_next_edge_) {
      Put(Cf::kMeta, storage::DeletedEdgeKey(id), "");
      ++g_->tombstones_;
    }
    undo_.push_back([this, id, s, rec = std::move(rec)] {
      if (id < start_next_edge_) --g_->tombstones_;
      ++g_->edge_count_;
      ++g_->type_count_[s.type];
      g_->topo_.Revive(id, s.type);
      CountKeys(rec, +1);
    });
    return Status::OK();
  }

  Status CreateIndex(LabelId label, KeyId key) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (label >= g_->labels_.names.size() || key >= g_->keys_.names.size()) {
      return Status::InputError("unknown label or property key for an index");
    }
    if (g_->explicit_indexes_.count({label, key})) return Status::OK();
    bool was_indexed = g_->Indexed(label, key);
    g_->explicit_indexes_.insert({label, key});
    if (!was_indexed) {
      for (NodeId n : g_->by_label_[label]) {
        std::string_view enc;
        if (storage::FindProperty(g_->nodes_[n].props, key, &enc)) g_->IndexAdd(label, key, n, enc);
      }
    }
    Put(Cf::kMeta, storage::IndexDefKey(label, key), "");
    undo_.push_back([this, label, key, was_indexed] {
      g_->explicit_indexes_.erase({label, key});
      if (!was_indexed) g_->index_data_.erase({label, key});
    });
    return Status::OK();
  }

  Status DropIndex(LabelId label, KeyId key) override {
    KG_RETURN_IF_ERROR(CheckOpen());
    if (!g_->explicit_indexes_.count({label, key})) {
      if (key == g_->name_key_ && key != kInvalidName) {
        return Status::Error(
            ErrorKind::kSemanticError,
            fmt::format("the index on :{}(name) is automatic and cannot be dropped", LabelName(label)));
      }
      return Status::Error(ErrorKind::kSemanticError,
                           fmt::format("there is no index on :{}({})", LabelName(label), KeyName(key)));
    }
    g_->explicit_indexes_.erase({label, key});
    std::set<std::pair<std::string, NodeId>> saved;
    bool still = g_->Indexed(label, key);
    if (!still) {
      auto it = g_->index_data_.find({label, key});
      if (it != g_->index_data_.end()) {
        saved = std::move(it->second);
        g_->index_data_.erase(it);
      }
    }
    Delete(Cf::kMeta, storage::IndexDefKey(label, key));
    undo_.push_back([this, label, key, still, saved = std::move(saved)]() mutable {
      g_->explicit_indexes_.insert({label, key});
      if (!still) g_->index_data_[{label, key}] = std::move(saved);
    });
    return Status::OK();
  }

  void AuxPut(std::string_view ns, std::string_view key, std::string_view value) override {
    if (finished_) return;
    Put(Cf::kAux, storage::AuxKey(ns, key), value);
  }
  void AuxDelete(std::string_view ns, std::string_view key) override {
    if (finished_) return;
    Delete(Cf::kAux, storage::AuxKey(ns, key));
  }

  Status Commit() override {
    KG_RETURN_IF_ERROR(CheckOpen());
    KG_RETURN_IF_ERROR(SettlePrevious());
    if (batch_.Count() == 0 && props_dirty_.empty()) {
      Finish();
      return Status::OK();
    }
    AddCommitRecords();
    Status s = WriteSorted(g_, batch_);
    if (!s.ok()) {
      Rollback();
      return s;
    }
    Sealed();
    return Status::OK();
  }

  Result<std::shared_ptr<CommitTicket>> CommitPipelined() override {
    KG_RETURN_IF_ERROR(CheckOpen());
    KG_RETURN_IF_ERROR(SettlePrevious());
    if (batch_.Count() == 0 && props_dirty_.empty()) {
      Finish();
      return std::shared_ptr<CommitTicket>(std::make_shared<DoneTicket>(Status::OK()));
    }
    AddCommitRecords();
    auto p = std::make_shared<PendingWrite>();
    p->batch = std::move(batch_);
    p->written = std::move(written_);
    batch_.Clear();
    written_.Clear();
    g_->pending_ = p;
    g_->has_pending_.store(true);
    g_->StartWrite(p);
    Sealed();
    return std::shared_ptr<CommitTicket>(std::make_shared<PendingTicket>(std::move(p)));
  }

  // Before this transaction's commit: waits for the write in flight, if
  // any. When it failed, this transaction is undone and memory reloaded
  // from storage (SettleLocked), and the error returned; the transaction is
  // then finished.
  Status SettlePrevious() {
    if (!g_->pending_) return Status::OK();
    Status prev = g_->pending_->Wait();
    if (!prev.ok()) Undo();
    Status s = g_->SettleLocked();
    if (!s.ok()) {
      Finish();
      return Status::Error(s.kind(), fmt::format("an earlier transaction's write failed, so this one was "
                                                 "rolled back: {}",
                                                 s.message()));
    }
    prev_.reset();
    return Status::OK();
  }

  // The records every commit adds: id counters, key use counts, node
  // property records, the generation.
  void AddCommitRecords() {
    std::string v;
    if (g_->next_node_ != start_next_node_) {
      PutFixed64BE(&v, g_->next_node_);
      Put(Cf::kMeta, std::string(storage::kMetaNextNode), v);
    }
    if (g_->next_edge_ != start_next_edge_) {
      v.clear();
      PutFixed64BE(&v, g_->next_edge_);
      Put(Cf::kMeta, std::string(storage::kMetaNextEdge), v);
    }
    for (KeyId k : dirty_keys_.ids()) {
      v.clear();
      PutFixed64BE(&v, static_cast<uint64_t>(std::max<int64_t>(0, g_->key_use_[k])));
      Put(Cf::kMeta, storage::KeyUseKey(k), v);
    }
    // Node property records changed by SetNodeProperty, once each (a node
    // deleted since has had its record deleted by DeleteNode).
    std::sort(props_dirty_.begin(), props_dirty_.end());
    props_dirty_.erase(std::unique(props_dirty_.begin(), props_dirty_.end()), props_dirty_.end());
    for (NodeId n : props_dirty_)
      if (g_->nodes_[n].alive) PutProps(n);
    props_dirty_.clear();
    v.clear();
    PutFixed64BE(&v, g_->generation_ + 1);
    Put(Cf::kMeta, std::string(storage::kMetaGeneration), v);
  }

  // The batch is written (or on its way): memory keeps the changes.
  void Sealed() {
    ++g_->generation_;
    undo_.clear();
    if (g_->DeltaLarge()) {
      g_->topo_.Rebuild(g_->next_node_);
      g_->snapshot_dirty_ = true;
    }
    Finish();
  }

  void Rollback() override {
    if (finished_) return;
    Undo();
    Finish();
  }

  // Memory as before the transaction, nothing to write; the lock stays held.
  void Undo() {
    for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) (*it)();
    undo_.clear();
    batch_.Clear();
    props_dirty_.clear();
    written_.Clear();
    readable_.Clear();
    aux_indexed_ = false;
  }

 protected:
  bool ReadRaw(Cf cf, const std::string& key, std::string* value) const override {
    if (ReadBack(cf, key)) {
      if (const WrittenRef* w = FindWritten(cf, key)) {
        if (w->deleted) return false;
        value->assign(batch_.Data(), w->val_off, w->val_len);
        return true;
      }
      // The previous transaction's batch may not be in the store yet.
      if (prev_) {
        if (const WrittenRef* w = FindWrittenIn(prev_->written, prev_->batch, cf, key)) {
          if (w->deleted) return false;
          value->assign(prev_->batch.Data(), w->val_off, w->val_len);
          return true;
        }
      }
    }
    // The store does not change while this transaction is open (it holds
    // the writer lock and writes only at Commit; the previous transaction's
    // write in flight changes no key that is not in prev_->written), so the
    // last key read from it may be answered again: the loader reads an
    // edge's properties and then sets one of them, which reads the record
    // again.
    if (last_read_cf_ == static_cast<int>(cf) && last_read_key_ == key) {
      if (last_read_found_) value->assign(last_read_value_);
      return last_read_found_;
    }
    bool found = false;
    if (!g_->store_->Get(cf, key, value, &found).ok()) {
      last_read_cf_ = -1;
      return false;
    }
    last_read_cf_ = static_cast<int>(cf);
    last_read_key_ = key;
    last_read_found_ = found;
    if (found) last_read_value_ = *value;
    return found;
  }
  std::unique_ptr<rocksdb::Iterator> NewAuxIterator() const override {
    auto* self = const_cast<WriteTxnImpl*>(this);
    // A scan reads the store: the previous transaction's batch must be in
    // it. (Should that write have failed, this transaction fails at commit.)
    if (prev_) (void)prev_->Wait();
    if (!aux_indexed_) {
      // The first scan of this transaction: index its side-table writes.
      const std::string& rep = batch_.Data();
      written_.ForEach([&](const WrittenRef& w) {
        if (static_cast<Cf>(w.cf) != Cf::kAux) return;
        std::string_view value = w.deleted ? std::string_view() : std::string_view(rep).substr(w.val_off, w.val_len);
        self->IndexAux(std::string_view(rep).substr(w.key_off, w.key_len), w.deleted ? nullptr : &value);
      });
      self->aux_indexed_ = true;
    }
    auto* base = g_->store_->db()->NewIterator(rocksdb::ReadOptions(), g_->store_->cf(Cf::kAux));
    return std::unique_ptr<rocksdb::Iterator>(self->readable_.NewIteratorWithBase(g_->store_->cf(Cf::kAux), base));
  }

 private:
  Status CheckOpen() const {
    if (finished_) return Status::UsageError("the write transaction is already committed or rolled back");
    return Status::OK();
  }
  void Finish() {
    finished_ = true;
    prev_.reset();
    last_read_cf_ = -1;  // the store changes once the writer lock is released
    // Committed or rolled back: the caches built before this transaction
    // may describe what it changed (graph/columns.h).
    if (!column_keys_.empty() || !changed_labels_.empty() || edges_changed_)
      g_->DropCaches(column_keys_.ids(), changed_labels_.ids(), edges_changed_);
    if (lock_.owns_lock()) lock_.unlock();
  }
  // Keys read back before the commit (ReadRaw, NewAuxIterator): side
  // tables and edge records (which hold the relationships' properties).
  // Everything else is served from memory.
  static bool ReadBack(Cf cf, const std::string& /*key*/) {
    return cf == Cf::kAux || cf == Cf::kEdges;
  }
  const WrittenRef* FindWritten(Cf cf, std::string_view key) const {
    return FindWrittenIn(written_, batch_, cf, key);
  }
  static size_t VarintLength(uint64_t v) {
    size_t n = 1;
    while (v >= 128) {
      v >>= 7;
      ++n;
    }
    return n;
  }
  // Records the last write of a ReadBack() key (value null: deleted), just
  // appended to batch_. A WriteBatch record ends with the key (a delete) or
  // with the key, the value's varint32 length and the value (a put).
  void Written(Cf cf, const std::string& key, const std::string_view* value) {
    const std::string& rep = batch_.Data();
    WrittenRef w{static_cast<uint8_t>(cf), value == nullptr, static_cast<uint32_t>(key.size()), 0, 0, 0};
    if (value) {
      w.val_len = static_cast<uint32_t>(value->size());
      w.val_off = rep.size() - value->size();
      w.key_off = w.val_off - VarintLength(value->size()) - key.size();
    } else {
      w.key_off = rep.size() - key.size();
    }
    uint64_t h = WrittenHash(cf, key);
    WrittenRef* old = written_.Find(h, [&](const WrittenRef& o) {
      return o.cf == w.cf && o.key_len == w.key_len && rep.compare(o.key_off, o.key_len, key) == 0;
    });
    if (old) {
      *old = w;
    } else {
      written_.Insert(h, w);
    }
    if (cf == Cf::kAux && aux_indexed_) IndexAux(key, value);
  }
  void IndexAux(std::string_view key, const std::string_view* value) {
    auto* h = g_->store_->cf(Cf::kAux);
    auto s = value ? readable_.Put(h, S(key), S(*value)) : readable_.Delete(h, S(key));
    s.PermitUncheckedError();
  }
  void Put(Cf cf, const std::string& key, std::string_view value) {
    batch_.Put(g_->store_->cf(cf), S(key), S(value)).PermitUncheckedError();
    if (ReadBack(cf, key)) Written(cf, key, &value);
  }
  void Delete(Cf cf, const std::string& key) {
    batch_.Delete(g_->store_->cf(cf), S(key)).PermitUncheckedError();
    if (ReadBack(cf, key)) Written(cf, key, nullptr);
  }

  uint32_t Intern(Dictionary* d, char kind, std::string_view name) {
    uint32_t id = static_cast<uint32_t>(d->names.size());
    d->names.emplace_back(name);
    d->ids.emplace(d->names.back(), id);
    Put(Cf::kDict, storage::DictKey(kind, id), name);
    undo_.push_back([d, id] {
      d->ids.erase(d->names[id]);
      d->names.pop_back();
    });
    return id;
  }

  // Writes the node's record (and properties) to the batch.
  void PutNode(NodeId id, bool props = true) {
    std::string rec;
    storage::EncodeNodeRecord(g_->nodes_[id].labels, &rec);
    Put(Cf::kNodes, storage::IdKey(id), rec);
    if (props) PutProps(id);
  }
  void PutProps(NodeId id) {
    const std::string& p = g_->nodes_[id].props;
    std::string k = storage::PropsKey(storage::kPropsNode, id);
    if (p.empty())
      Delete(Cf::kProps, k);
    else
      Put(Cf::kProps, k, p);
  }

  void AddKeyUse(KeyId k, int64_t d) {
    g_->key_use_[k] += d;
    dirty_keys_.insert(k);
  }
  void CountKeys(std::string_view rec, int sign) {
    storage::ForEachProperty(rec, [&](KeyId k, std::string_view) {
      if (k < g_->key_use_.size()) AddKeyUse(k, sign);
    });
  }

  // sign +1: adds node `id` (alive) to the label lists, property indexes and
  // key counts; -1 removes it.
  void IndexNode(NodeId id, int sign) {
    NodeSlot& s = g_->nodes_[id];
    for (LabelId l : s.labels) {
      changed_labels_.insert(l);
      auto& v = g_->by_label_[l];
      if (sign > 0) {
        v.insert(std::lower_bound(v.begin(), v.end(), id), id);
      } else {
        auto it = std::lower_bound(v.begin(), v.end(), id);
        if (it != v.end() && *it == id) v.erase(it);
      }
    }
    storage::ForEachProperty(s.props, [&](KeyId k, std::string_view enc) {
      column_keys_.insert(k);
      AddKeyUse(k, sign);
      for (LabelId l : s.labels) {
        if (!g_->Indexed(l, k)) continue;
        if (sign > 0)
          g_->IndexAdd(l, k, id, enc);
        else
          g_->IndexRemove(l, k, id, enc);
      }
    });
  }

  // Applies (sign +1) or reverts (sign -1) the change of property `key` of
  // node `id` from old_enc to new_enc (null = absent) in indexes and counts.
  void ReindexProperty(NodeId id, KeyId key, const std::string_view* old_enc, const std::string_view* new_enc,
                       int sign) {
    column_keys_.insert(key);
    const std::string_view* remove = sign > 0 ? old_enc : new_enc;
    const std::string_view* add = sign > 0 ? new_enc : old_enc;
    for (LabelId l : g_->nodes_[id].labels) {
      if (!g_->Indexed(l, key)) continue;
      if (remove) g_->IndexRemove(l, key, id, *remove);
      if (add) g_->IndexAdd(l, key, id, *add);
    }
    int d = (add ? 1 : 0) - (remove ? 1 : 0);
    if (d != 0) AddKeyUse(key, d);
  }

  // Adds or removes one label of a live node in memory.
  void LabelMem(NodeId id, LabelId label, bool add) {
    changed_labels_.insert(label);
    NodeSlot& s = g_->nodes_[id];
    auto& v = g_->by_label_[label];
    if (add) {
      s.labels.insert(std::lower_bound(s.labels.begin(), s.labels.end(), label), label);
      v.insert(std::lower_bound(v.begin(), v.end(), id), id);
    } else {
      s.labels.erase(std::lower_bound(s.labels.begin(), s.labels.end(), label));
      v.erase(std::lower_bound(v.begin(), v.end(), id));
    }
    storage::ForEachProperty(s.props, [&](KeyId k, std::string_view enc) {
      if (!g_->Indexed(label, k)) return;
      if (add)
        g_->IndexAdd(label, k, id, enc);
      else
        g_->IndexRemove(label, k, id, enc);
    });
  }

  std::unique_lock<std::shared_mutex> lock_;
  // Every write, in order; Commit() writes it sorted (SortedBatch).
  rocksdb::WriteBatch batch_;
  // The last write of each ReadBack() key (a WrittenRef into batch_), for
  // point reads; side-table writes are also indexed in `readable_` for scans, from
  // the transaction's first scan on (most transactions never scan).
  HashSlots<WrittenRef> written_;  // by WrittenHash()
  // The last key ReadRaw() read from the store, and what it found.
  mutable int last_read_cf_ = -1;
  mutable std::string last_read_key_;
  mutable std::string last_read_value_;
  mutable bool last_read_found_ = false;
  rocksdb::WriteBatchWithIndex readable_;
  bool aux_indexed_ = false;
  std::vector<std::function<void()>> undo_;
  IdSet dirty_keys_;  // keys whose use counts changed
  std::vector<NodeId> props_dirty_;  // nodes whose property record Commit() writes (repeats allowed)
  // Node property keys whose values changed, and whether relationships were
  // created or deleted: the caches to drop when the transaction finishes.
  IdSet column_keys_;
  IdSet changed_labels_;  // labels given to or taken from nodes
  bool edges_changed_ = false;
  const uint64_t start_next_node_;
  const uint64_t start_next_edge_;
  // The write in flight when this transaction began (CommitPipelined), read
  // through by ReadRaw() until this transaction settles it.
  std::shared_ptr<PendingWrite> prev_;
  bool finished_ = false;
};

}  // namespace

// ======================= pipelined commits =======================

Status GraphImpl::SettleLocked() {
  if (!pending_) return Status::OK();
  Status s = pending_->Wait();
  pending_.reset();
  has_pending_.store(false);
  if (s.ok()) return s;
  // Memory holds a transaction that storage does not: start again from
  // storage.
  Status r = Reload();
  if (!r.ok()) {
    return Status::Error(s.kind(), fmt::format("{} (and reloading the graph from storage failed: {})",
                                               s.message(), r.message()));
  }
  return s;
}

void GraphImpl::SettleForRead() {
  if (!has_pending_.load()) return;
  auto l = LockExclusive();
  (void)SettleLocked();  // the write's failure goes to its ticket
}

void GraphImpl::StartWrite(std::shared_ptr<PendingWrite> p) {
  std::lock_guard l(write_mu_);
  if (!writer_.joinable()) {
    writer_ = std::thread([this] {
      (void)pthread_setname_np(pthread_self(), "kg-commit");  // for per-thread profiles
      WriterLoop();
    });
  }
  write_job_ = std::move(p);
  write_cv_.notify_all();
}

void GraphImpl::WriterLoop() {
  for (;;) {
    std::shared_ptr<PendingWrite> job;
    {
      std::unique_lock l(write_mu_);
      write_cv_.wait(l, [&] { return write_job_ != nullptr || write_stop_; });
      if (!write_job_) return;
      job = std::move(write_job_);
    }
    while (hold_writes_for_test_.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (int ms = write_delay_ms_for_test_.load(); ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    Status s;
    if (fail_writes_for_test_.load() > 0) {
      --fail_writes_for_test_;
      s = Status::IOError(fmt::format("writing to '{}': injected failure", store_->dir()));
    } else {
      s = WriteSorted(this, job->batch);
    }
    job->Finish(std::move(s));
  }
}

Status GraphImpl::Reload() {
  labels_ = Dictionary();
  types_ = Dictionary();
  keys_ = Dictionary();
  name_key_ = kInvalidName;
  nodes_.clear();
  next_node_ = next_edge_ = generation_ = node_count_ = edge_count_ = 0;
  topo_ = Topology();
  by_label_.clear();
  type_count_.clear();
  key_use_.clear();
  explicit_indexes_.clear();
  index_data_.clear();
  snapshot_dirty_ = false;
  tombstones_ = 0;
  loaded_from_snapshot_ = false;
  {
    std::lock_guard g(cache_mu_);
    columns_.clear();
    neighbours_.clear();
    label_bits_.clear();
  }
  return Load();
}

Result<std::shared_ptr<CommitTicket>> WriteTxn::CommitPipelined() {
  Status s = Commit();
  if (!s.ok()) return s;
  return std::shared_ptr<CommitTicket>(std::make_shared<DoneTicket>(Status::OK()));
}

std::unique_ptr<ReadTxn> GraphImpl::BeginRead() { return std::make_unique<ReadTxnImpl>(this); }

Result<std::unique_ptr<WriteTxn>> GraphImpl::BeginWrite() {
  if (store_->read_only()) return Status::UsageError("the database is open read-only; writes are refused");
  return std::unique_ptr<WriteTxn>(std::make_unique<WriteTxnImpl>(this));
}

GraphStats GraphImpl::Stats() {
  GraphStats st;
  {
    auto lock = LockSharedInThread(this);
    st.nodes = node_count_;
    st.relationships = edge_count_;
    for (size_t l = 0; l < by_label_.size(); ++l) {
      if (!by_label_[l].empty()) st.labels.emplace_back(labels_.names[l], by_label_[l].size());
    }
    for (size_t t = 0; t < type_count_.size(); ++t) {
      if (type_count_[t] > 0) st.types.emplace_back(types_.names[t], type_count_[t]);
    }
    for (size_t k = 0; k < key_use_.size(); ++k) {
      if (key_use_[k] > 0) st.property_keys.push_back(keys_.names[k]);
    }
  }
  std::sort(st.labels.begin(), st.labels.end());
  std::sort(st.types.begin(), st.types.end());
  std::sort(st.property_keys.begin(), st.property_keys.end());
  st.bytes_on_disk = store_->BytesOnDisk();
  return st;
}

Status GraphImpl::Backup(const std::string& out_dir) {
  auto lock = LockSharedInThread(this);
  return store_->Checkpoint(out_dir);
}

}  // namespace kg::graph
