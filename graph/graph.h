// graph/: the property graph held in memory (Boost.Graph structures), loaded
// from and written through to storage/ (RocksDB).
//
// Concurrency contract:
//   1. Any number of ReadTxn may be open at once, from any threads.
//   2. At most one WriteTxn is open at a time; BeginWrite() waits for it.
//   3. A ReadTxn sees one consistent state: every committed WriteTxn wholly
//      or not at all (today by a shared/exclusive lock held for the
//      transaction's life; docs/architecture.md describes the path to MVCC).
//   4. A WriteTxn sees its own uncommitted writes. Commit() makes them durable
//      as ONE RocksDB WriteBatch and visible; destruction without Commit()
//      (or Rollback()) leaves memory and disk as before the transaction.
//   5. A thread must not hold a ReadTxn while it calls BeginWrite(). (A
//      waiting writer goes before new readers, except a thread's nested
//      ReadTxn, Stats() or Backup() inside its ReadTxn, which never wait
//      for it.)
//
// Node and edge ids are assigned from persisted counters and never reused.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/ids.h"
#include "common/status.h"
#include "common/value.h"

namespace kg::graph {

struct OpenOptions {
  // Open a snapshot beside a writer; every write fails. Default: false.
  bool read_only = false;
  // Create an empty database when the folder is missing or empty. Default: true.
  bool create_if_missing = true;
  // Sync the RocksDB log on every Commit(). Default: true.
  bool sync = true;
};

// One entry of a node's adjacency, as seen from that node.
struct EdgeRef {
  EdgeId edge = kInvalidEdge;
  TypeId type = kInvalidName;
  NodeId other = kInvalidNode;  // the node at the far end (== self for a loop)
  bool outgoing = true;         // true when the node is the edge's start
};

struct EdgeEnds {
  NodeId start = kInvalidNode;
  NodeId end = kInvalidNode;
  TypeId type = kInvalidName;
};

// The outcome of a pipelined commit (WriteTxn::CommitPipelined()).
class CommitTicket {
 public:
  virtual ~CommitTicket() = default;
  // Blocks until the transaction's batch is durable (OK) or its write
  // failed (the storage error). After a failure the graph's memory is
  // restored from storage before any transaction sees it again (the later
  // transaction that was built on top of it fails too). Thread-safe;
  // repeated calls return the same status.
  virtual Status Wait() = 0;
};

class PropertyColumn;   // graph/columns.h
class SortedAdjacency;  // graph/columns.h

// A property as a (key id, value) pair.
using PropertyList = std::vector<std::pair<KeyId, Value>>;

// The read API over one consistent state of the graph.
class View {
 public:
  virtual ~View() = default;

  // --- dictionaries (names are case-sensitive) ---
  virtual std::optional<LabelId> FindLabel(std::string_view name) const = 0;
  virtual std::optional<TypeId> FindType(std::string_view name) const = 0;
  virtual std::optional<KeyId> FindKey(std::string_view name) const = 0;
  virtual const std::string& LabelName(LabelId id) const = 0;
  virtual const std::string& TypeName(TypeId id) const = 0;
  virtual const std::string& KeyName(KeyId id) const = 0;
  // Names in use (with at least one node/edge/property), sorted.
  virtual std::vector<std::string> LabelsInUse() const = 0;
  virtual std::vector<std::string> TypesInUse() const = 0;
  virtual std::vector<std::string> KeysInUse() const = 0;

  // --- nodes ---
  virtual uint64_t NodeCount() const = 0;
  virtual bool NodeExists(NodeId id) const = 0;
  // Every live node id, ascending.
  virtual void AllNodes(std::vector<NodeId>* out) const = 0;
  // Live nodes carrying `label`, ascending.
  virtual void NodesWithLabel(LabelId label, std::vector<NodeId>* out) const = 0;
  virtual uint64_t CountNodesWithLabel(LabelId label) const = 0;
  // REQUIRES: NodeExists(id). Sorted by label id.
  virtual std::vector<LabelId> NodeLabels(NodeId id) const = 0;
  virtual bool HasLabel(NodeId id, LabelId label) const = 0;
  // Null when absent. REQUIRES: NodeExists(id).
  virtual Value NodeProperty(NodeId id, KeyId key) const = 0;
  virtual PropertyList NodeProperties(NodeId id) const = 0;

  // --- relationships ---
  virtual uint64_t EdgeCount() const = 0;
  virtual uint64_t CountEdgesOfType(TypeId type) const = 0;
  virtual bool EdgeExists(EdgeId id) const = 0;
  // REQUIRES: EdgeExists(id).
  virtual EdgeEnds Edge(EdgeId id) const = 0;
  virtual Value EdgeProperty(EdgeId id, KeyId key) const = 0;
  virtual PropertyList EdgeProperties(EdgeId id) const = 0;
  // Appends the edges of `node` in `dir` (kBoth: outgoing then incoming; a
  // self-loop appears once per direction) whose type is in `types` (all when
  // empty). Only edges of the given types are visited, never the others.
  // REQUIRES: NodeExists(node).
  virtual void Edges(NodeId node, Direction dir, std::span<const TypeId> types,
                     std::vector<EdgeRef>* out) const = 0;
  virtual uint64_t Degree(NodeId node, Direction dir, std::span<const TypeId> types) const = 0;
  // Every live edge id, ascending (optionally of one type).
  virtual void AllEdges(std::optional<TypeId> type, std::vector<EdgeId>* out) const = 0;

  // --- property indexes ---
  // Indexes exist on (label, key) pairs: created by CreateIndex() and always
  // on `name` for every label. Lookups return ascending node ids.
  virtual bool HasIndex(LabelId label, KeyId key) const = 0;
  // Nodes with `label` whose `key` equals `value` (openCypher equality, so
  // 1 matches 1.0). REQUIRES: HasIndex(label, key).
  virtual void IndexLookup(LabelId label, KeyId key, const Value& value, std::vector<NodeId>* out) const = 0;
  // Nodes with `label` whose string `key` starts with `prefix`.
  virtual void IndexPrefixLookup(LabelId label, KeyId key, std::string_view prefix,
                                 std::vector<NodeId>* out) const = 0;
  // (label, key) names of every index.
  virtual std::vector<std::pair<std::string, std::string>> Indexes() const = 0;

  // --- read caches (graph/columns.h; nullptr when unavailable, always in
  // a write transaction): valid while this transaction lives ---
  // The values of node property `key` by node id. Built now when missing
  // and `build` (O(nodes)); else only an already built column is returned.
  virtual std::shared_ptr<const PropertyColumn> NodeColumn(KeyId key, bool build) const {
    (void)key, (void)build;
    return nullptr;
  }
  // The live edges of `type` seen from each node in `dir` (kBoth: both
  // directions, a self-loop once), each node's entries sorted by far end.
  virtual std::shared_ptr<const SortedAdjacency> SortedNeighbours(TypeId type, Direction dir) const {
    (void)type, (void)dir;
    return nullptr;
  }

  // --- side tables (per-namespace key/value maps kept by storage; used by
  // ingestion for the article index and the alias index) ---
  virtual std::optional<std::string> AuxGet(std::string_view ns, std::string_view key) const = 0;
  // Every (key, value) whose key starts with prefix, in key order.
  virtual void AuxScan(std::string_view ns, std::string_view prefix,
                       const std::function<bool(std::string_view, std::string_view)>& fn) const = 0;
};

class ReadTxn : public View {};

class WriteTxn : public View {
 public:
  // Interning creates the name when missing (persisted with the commit).
  virtual LabelId InternLabel(std::string_view name) = 0;
  virtual TypeId InternType(std::string_view name) = 0;
  virtual KeyId InternKey(std::string_view name) = 0;

  // Property values must be storable (see common/value.h); a null value
  // means "no property". Errors: InputError for non-storable values.
  virtual Result<NodeId> CreateNode(std::span<const LabelId> labels, const PropertyList& props) = 0;
  // REQUIRES: both nodes exist.
  virtual Result<EdgeId> CreateEdge(TypeId type, NodeId start, NodeId end, const PropertyList& props) = 0;
  // Null removes the property.
  virtual Status SetNodeProperty(NodeId id, KeyId key, const Value& value) = 0;
  virtual Status SetEdgeProperty(EdgeId id, KeyId key, const Value& value) = 0;
  // Sets property `key` of relationship `id` to update(its current value,
  // null when absent), reading the relationship's record once.
  virtual Status UpdateEdgeProperty(EdgeId id, KeyId key, const std::function<Value(const Value&)>& update) = 0;
  virtual Status AddLabel(NodeId id, LabelId label) = 0;
  virtual Status RemoveLabel(NodeId id, LabelId label) = 0;
  // Fails with ConstraintVerificationFailed when the node still has edges.
  virtual Status DeleteNode(NodeId id) = 0;
  // Deletes the node and all its edges.
  virtual Status DetachDeleteNode(NodeId id) = 0;
  virtual Status DeleteEdge(EdgeId id) = 0;

  virtual Status CreateIndex(LabelId label, KeyId key) = 0;
  virtual Status DropIndex(LabelId label, KeyId key) = 0;

  virtual void AuxPut(std::string_view ns, std::string_view key, std::string_view value) = 0;
  virtual void AuxDelete(std::string_view ns, std::string_view key) = 0;

  // Makes every write of this transaction durable (one WriteBatch) and
  // visible. After Commit() or Rollback() the transaction is finished.
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;

  // Commit() in two steps, for a writer that overlaps the next
  // transaction's work with this one's disk write: the transaction ends now
  // (its writes visible to the next write transaction, which may begin at
  // once and reads them, memory and side tables alike), and its batch is
  // written and synced in the background. Readers (BeginRead(), Stats(),
  // Backup()) see it only once it is durable: they wait for the write. At
  // most one write is in flight: the next Commit() or CommitPipelined()
  // waits for it first, and fails (rolling its own transaction back) when
  // it failed. Errors: as Commit(), for this transaction or for the write
  // in flight before it. Default: Commit(), then an already finished ticket.
  virtual Result<std::shared_ptr<CommitTicket>> CommitPipelined();
};

struct GraphStats {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  std::vector<std::pair<std::string, uint64_t>> labels;  // sorted by name
  std::vector<std::pair<std::string, uint64_t>> types;   // sorted by name
  std::vector<std::string> property_keys;
  uint64_t bytes_on_disk = 0;
};

// A database: the storage plus its in-memory graph. Thread-safe.
class Graph {
 public:
  virtual ~Graph() = default;

  // Opens (or creates, see OpenOptions) the database in `dir`. Errors:
  // InputError when `dir` holds something that is not a kg database or a
  // database of a newer format; IOError when it is locked by another writer.
  static Result<std::unique_ptr<Graph>> Open(const std::string& dir, const OpenOptions& options);

  virtual std::unique_ptr<ReadTxn> BeginRead() = 0;
  // Fails with UsageError when opened read-only.
  virtual Result<std::unique_ptr<WriteTxn>> BeginWrite() = 0;

  virtual GraphStats Stats() = 0;
  // An online, consistent copy in `out_dir` (must not exist) that opens as a
  // database of its own (RocksDB Checkpoint).
  virtual Status Backup(const std::string& out_dir) = 0;
  virtual bool read_only() const = 0;
  virtual const std::string& path() const = 0;
};

}  // namespace kg::graph
