// Private to graph/: the state behind graph::Graph, shared by its read and
// write transactions (graph.cpp) and the tests.
//
// Invariants (all guarded by GraphImpl::mu_: shared for readers, exclusive
// for the one writer):
//   1. nodes_.size() == next_node_; nodes_[i].alive iff node i exists.
//   2. topo_.edge_slots() == next_edge_; topo_.EdgeAlive(e) iff edge e exists.
//   3. by_label_[l] lists, ascending, the live nodes carrying label l.
//   4. index_data_[(l, k)] holds (IndexKeyOf(value), node) for every live node
//      with label l and property k, for every (l, k) with Indexed(l, k).
//   5. Memory equals storage after every Commit(); a WriteTxn's undo log
//      restores memory exactly on rollback.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

#include "graph/columns.h"
#include "graph/graph.h"
#include "graph/topology.h"
#include "storage/store.h"

namespace kg::graph {

// The normalised key of a value in a property index: values that are equal
// in openCypher (1 and 1.0) get the same key; strings sort by their bytes so
// a prefix lookup is a range. nullopt for null and NaN (never equal).
std::optional<std::string> IndexKeyOf(const Value& v);

struct NodeSlot {
  std::vector<LabelId> labels;  // ascending
  std::string props;            // storage::AppendProperty record
  bool alive = false;
};

// A dictionary of names (labels, types or keys): dense ids from 0.
struct Dictionary {
  std::vector<std::string> names;
  std::map<std::string, uint32_t, std::less<>> ids;
  std::optional<uint32_t> Find(std::string_view name) const {
    auto it = ids.find(name);
    if (it == ids.end()) return std::nullopt;
    return it->second;
  }
};

// A transaction's batch handed to the background writer by
// WriteTxn::CommitPipelined() (graph.cpp).
struct PendingWrite;

class GraphImpl : public Graph {
 public:
  ~GraphImpl() override;
  static Result<std::unique_ptr<GraphImpl>> OpenImpl(const std::string& dir, const OpenOptions& options);

  std::unique_ptr<ReadTxn> BeginRead() override;
  Result<std::unique_ptr<WriteTxn>> BeginWrite() override;
  GraphStats Stats() override;
  Status Backup(const std::string& out_dir) override;
  bool read_only() const override { return store_->read_only(); }
  const std::string& path() const override { return store_->dir(); }

  // Bytes of memory held by the topology (for measurements).
  uint64_t TopologyBytes() const { return topo_.MemoryBytes(); }
  // Writes the topology snapshot now (folding the delta first). For tests
  // and for `kg import`; Graph's destructor does it when worthwhile.
  Status WriteSnapshot();
  bool loaded_from_snapshot() const { return loaded_from_snapshot_; }

  // ---- state (see the invariants above) ----
  std::unique_ptr<storage::Store> store_;
  mutable std::shared_mutex mu_;
  // Writer preference: whoever takes mu_ passes through gate_ first, and a
  // writer holds gate_ while it waits for the readers to drain, so a steady
  // stream of readers cannot starve it (glibc's rwlock prefers readers).
  std::mutex gate_;
  std::shared_lock<std::shared_mutex> LockShared() {
    std::lock_guard g(gate_);
    return std::shared_lock<std::shared_mutex>(mu_);
  }
  std::unique_lock<std::shared_mutex> LockExclusive() {
    std::lock_guard g(gate_);
    return std::unique_lock<std::shared_mutex>(mu_);
  }
  Dictionary labels_, types_, keys_;
  KeyId name_key_ = kInvalidName;
  std::vector<NodeSlot> nodes_;
  uint64_t next_node_ = 0;
  uint64_t next_edge_ = 0;
  uint64_t generation_ = 0;
  uint64_t node_count_ = 0;
  uint64_t edge_count_ = 0;
  Topology topo_;
  std::vector<std::vector<NodeId>> by_label_;
  std::vector<uint64_t> type_count_;
  std::vector<int64_t> key_use_;
  std::set<std::pair<LabelId, KeyId>> explicit_indexes_;
  std::map<std::pair<LabelId, KeyId>, std::set<std::pair<std::string, NodeId>>> index_data_;
  // The base was rebuilt (or deletions recorded) since the snapshot on disk.
  bool snapshot_dirty_ = false;
  uint64_t tombstones_ = 0;
  bool loaded_from_snapshot_ = false;
  // The caches above; cache_mu_ guards these four (readers build under it).
  std::mutex cache_mu_;
  std::vector<std::shared_ptr<const PropertyColumn>> columns_;  // by key id
  std::map<std::pair<TypeId, Direction>, std::shared_ptr<const SortedAdjacency>> neighbours_;
  std::vector<std::shared_ptr<const std::vector<uint64_t>>> label_bits_;  // by label id

  bool Indexed(LabelId l, KeyId k) const {
    return (k == name_key_ && k != kInvalidName) || explicit_indexes_.count({l, k}) > 0;
  }
  // Adds or removes one node's entry for (l, k) with the encoded value.
  void IndexAdd(LabelId l, KeyId k, NodeId n, std::string_view encoded);
  void IndexRemove(LabelId l, KeyId k, NodeId n, std::string_view encoded);
  // Whether the delta is large enough to fold into the base.
  bool DeltaLarge() const;

  // ---- pipelined commits (WriteTxn::CommitPipelined) ----
  // The batch handed to the background writer last and not yet settled:
  // set and cleared under mu_ held exclusively; has_pending_ mirrors
  // whether it is set, for readers that do not hold mu_.
  std::shared_ptr<PendingWrite> pending_;
  std::atomic<bool> has_pending_{false};
  // REQUIRES: mu_ held exclusively and no write transaction open. Waits for
  // pending_; when its write failed, memory is reloaded from storage (memory
  // equals storage again). Returns the write's status.
  Status SettleLocked();
  // REQUIRES: the calling thread holds no lock of this graph. Settles a
  // pending write before a read (readers never see a write not yet durable).
  void SettleForRead();
  // Hands `p` to the background writer thread (started on first use).
  void StartWrite(std::shared_ptr<PendingWrite> p);
  // Tests only: the next `n` background writes fail with an IOError instead
  // of writing.
  std::atomic<int> fail_writes_for_test_{0};
  // Tests only: while true, the background writer waits before writing.
  std::atomic<bool> hold_writes_for_test_{false};
  // Tests only: the background writer sleeps this long before each write.
  std::atomic<int> write_delay_ms_for_test_{0};

  // ---- read caches (graph/columns.h) ----
  // REQUIRES: a ReadTxn holds mu_ shared. The column of node property `key`
  // for the committed state; built now when missing and `build`, else
  // nullptr. Columns past column_budget_ bytes in all evict the others
  // (a column larger than the budget alone is returned but not kept).
  std::shared_ptr<const PropertyColumn> NodeColumn(KeyId key, bool build);
  // REQUIRES: a ReadTxn holds mu_ shared. The live edges of `type` in `dir`
  // per node, sorted by far end; for kBoth, outgoing and incoming edges
  // with a self-loop once. Built on first use; kept while no relationship
  // is created or deleted.
  std::shared_ptr<const SortedAdjacency> Neighbours(TypeId type, Direction dir);
  // REQUIRES: a ReadTxn holds mu_ shared. A bit per node id: whether the
  // node carries `label` (built on first use from by_label_).
  std::shared_ptr<const std::vector<uint64_t>> LabelBits(LabelId label);
  // REQUIRES: mu_ held exclusively. Drops the columns of `keys`, the label
  // bits of `labels` and, when `edges`, every SortedAdjacency.
  void DropCaches(std::span<const KeyId> keys, std::span<const LabelId> labels, bool edges);
  // Bytes held by the caches now.
  uint64_t CacheBytes();
  uint64_t column_budget_ = uint64_t{1} << 30;

 private:
  GraphImpl() = default;
  // Memory back to a freshly opened graph's, then Load().
  Status Reload();
  void WriterLoop();
  std::mutex write_mu_;                  // guards the three below
  std::condition_variable write_cv_;
  std::shared_ptr<PendingWrite> write_job_;  // handed over, not yet taken
  bool write_stop_ = false;
  std::thread writer_;  // the background writer, joined by the destructor
  Status Load();
  Status LoadTopology();
};

}  // namespace kg::graph
