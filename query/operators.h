// The physical pull operators (private to query/). Each pulls rows from its
// child (children_[0]) and extends, filters or transforms them; blocking
// operators (Sort, Aggregate, Eager) materialise their input on first pull.
//
// Invariants:
//   1. Rows flowing through one single query all have the query's width.
//   1a. Streaming operators work in place: Next(row) pulls the child into
//      the same `row` and writes only the slots the operator binds, so a
//      parent must pass the same buffer on every call and never write a
//      slot bound below it; operators that keep rows copy them.
//   2. Open() may be called again to restart an operator with fresh input
//      (sub-plans are re-opened per outer row).
//   3. Operators that hold rows charge their bytes to ExecContext::Charge.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/columns.h"
#include "query/exec.h"
#include "query/value_ops.h"

namespace kg::query {

// A node or relationship check from a pattern: labels and an inline
// property map.
struct ElementCheck {
  int slot = -1;
  bool is_node = true;
  std::vector<std::string> labels;
  const ast::Expr* props = nullptr;  // map literal or parameter
  // Label ids, resolved once in a read transaction (any missing: no match).
  bool resolved = false, missing = false;
  std::vector<LabelId> label_ids;
};

// Emits one empty row: the leaf of a single query.
class OnceOp : public Operator {
 public:
  explicit OnceOp(int width) : width_(width) { name = "Once"; }
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    done_ = false;
  }
  bool Next(Row* row) override;

 private:
  int width_;
  bool done_ = false;
};

// A predicate on one property of a scanned node, `n.key OP value` with a
// literal or parameter value, evaluated against the key's column in a tight
// loop (column_scan.cpp) with the evaluator's semantics (value_ops.h):
// a node passes when the predicate is true (null and false reject).
struct ColumnPredicate {
  std::string key;
  // kEq, kNe, kLt, kLe, kGt, kGe (property on the left; a constant on the
  // left is flipped by the planner), kStartsWith, kEndsWith, kContains, or
  // kNone with is_null / !is_null for IS NULL / IS NOT NULL.
  ast::Op op = ast::Op::kNone;
  bool is_null = false;
  const ast::Expr* value = nullptr;  // kLiteral or kParam; null for IS [NOT] NULL
};

// Keeps the ids of `ids` (nodes of the current view) that satisfy every
// predicate of `preds`; `row` evaluates parameters. Reads each key's column
// (built when missing) or, in a write transaction, the node records.
void FilterByColumns(const std::vector<ColumnPredicate>& preds, Row& row, ExecContext& ctx,
                     std::vector<NodeId>* ids);

// For each input row, binds `slot` to each node of a scan.
class NodeScanOp : public Operator {
 public:
  enum class Mode { kAll, kLabel, kIndex, kIndexPrefix, kId };
  NodeScanOp(std::unique_ptr<Operator> child, int slot, Mode mode) : slot_(slot), mode_(mode) {
    children_.push_back(std::move(child));
  }
  std::string label, key;
  const ast::Expr* value = nullptr;  // kIndex / kIndexPrefix / kId
  // Applied to the scanned nodes before they are emitted (kLabel, kAll).
  std::vector<ColumnPredicate> column_preds;
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    have_input_ = false;
  }
  // Pulls one input row into *row and appends the nodes the scan yields for
  // it to *out; false when the input is exhausted. (ColumnAggregateOp reads
  // a scan as a whole this way.)
  bool NextBatch(Row* row, std::vector<NodeId>* out);
  int slot() const { return slot_; }
  Mode mode() const { return mode_; }

 private:
  void Fill(Row& row);
  int slot_;
  Mode mode_;
  bool have_input_ = false;
  std::vector<NodeId> ids_;
  size_t pos_ = 0;
};

// Relationship slots whose edges must all differ within one MATCH
// (openCypher's relationship uniqueness); var-length slots hold lists.
struct UniquenessSet {
  std::vector<int> rel_slots;
  std::vector<int> list_slots;
  bool Uses(const Row& row, EdgeId e) const;
};

// For each input row, follows the relationships of the node in `from` to
// bind `rel` and `to` (checking them when already bound).
class ExpandOp : public Operator {
 public:
  ExpandOp(std::unique_ptr<Operator> child, int from, int rel, int to, Direction dir)
      : from_(from), rel_(rel), to_(to), dir_(dir) {
    children_.push_back(std::move(child));
  }
  std::vector<std::string> types;
  bool to_bound = false, rel_bound = false;
  UniquenessSet unique;
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override;

 private:
  int from_, rel_, to_;
  Direction dir_;
  std::vector<TypeId> type_ids_;
  bool no_type_ = false;
  bool types_resolved_ = false;
  bool have_input_ = false;
  std::vector<graph::EdgeRef> edges_;
  size_t pos_ = 0;
  // Expand(Into) in a read transaction: the bound target's edges by far end.
  NodeId into_target_ = kInvalidNode;
  std::vector<graph::EdgeRef> into_edges_;
};

// Closes a cycle in one step: for each input row with `from` (b) and
// `other` (a) bound, binds `to` (c) to each node adjacent to both, `rel1` to
// an edge b-c and `rel2` to an edge c-a (pattern (b)-[rel1]-(c)-[rel2]-(a)),
// by intersecting b's and a's neighbour lists sorted by far end
// (View::SortedNeighbours) instead of expanding b and checking each c
// against a. One relationship type per step. Relationship uniqueness as
// ExpandOp's, and rel1 != rel2. Read transactions only (the planner's
// choice); without sorted lists it sorts the nodes' edges itself.
class ExpandIntersectOp : public Operator {
 public:
  ExpandIntersectOp(std::unique_ptr<Operator> child, int from, int rel1, int to, int rel2, int other, Direction dir1,
                    Direction dir2)
      : from_(from), rel1_(rel1), to_(to), rel2_(rel2), other_(other), dir1_(dir1), dir2_(dir2) {
    children_.push_back(std::move(child));
  }
  std::string type1, type2;
  UniquenessSet unique1, unique2;  // the clause's other relationships
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override;

 private:
  // The entries of `node` for `type` seen in `dir`, sorted by far end.
  std::span<const graph::AdjEntry> Sorted(NodeId node, TypeId type, Direction dir,
                                          std::shared_ptr<const graph::SortedAdjacency>* cache,
                                          std::vector<graph::AdjEntry>* scratch);
  int from_, rel1_, to_, rel2_, other_;
  Direction dir1_, dir2_;
  bool resolved_ = false, no_type_ = false;
  TypeId t1_ = 0, t2_ = 0;
  std::shared_ptr<const graph::SortedAdjacency> adj1_, adj2_;
  std::vector<graph::AdjEntry> scratch1_, scratch2_;
  std::span<const graph::AdjEntry> l1_, l2_;
  // Merge state: runs [i_, i_end_) of l1_ and [j_, j_end_) of l2_ share a far
  // end; (pi_, pj_) is the next pair of the runs to emit.
  size_t i_ = 0, j_ = 0, i_end_ = 0, j_end_ = 0, pi_ = 0, pj_ = 0;
  bool have_input_ = false;
};

// Variable-length expansion: binds `rel` to the list of relationships of
// each path of min..max hops (relationships distinct within the path and
// from `unique`), and `to` to its last node.
class VarExpandOp : public Operator {
 public:
  VarExpandOp(std::unique_ptr<Operator> child, int from, int rel, int to, Direction dir, int64_t min,
              int64_t max)
      : from_(from), rel_(rel), to_(to), dir_(dir), min_(min), max_(max) {
    children_.push_back(std::move(child));
  }
  std::vector<std::string> types;
  bool to_bound = false, rel_bound = false;
  UniquenessSet unique;
  const ast::Expr* rel_props = nullptr;
  bool reverse_list = false;  // expanded against the pattern's writing order
  // False when nothing reads `rel` (an anonymous relationship alone in its
  // MATCH, no path): the list is then not built and the slot stays null.
  bool rel_needed = true;
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override;

 private:
  void Expand(Row& in);
  int from_, rel_, to_;
  Direction dir_;
  int64_t min_, max_;
  std::vector<TypeId> type_ids_;
  bool no_type_ = false;
  // The paths of the current input row: edges flat_[offset, offset + length).
  struct Result {
    size_t offset, length;
    NodeId end;
  };
  std::vector<Result> results_;
  std::vector<EdgeId> flat_;
  size_t pos_ = 0;
  // Depth-first state, kept between rows for its buffers.
  struct Frame {
    NodeId node = kInvalidNode;
    std::vector<graph::EdgeRef> edges;
    size_t pos = 0;
  };
  std::vector<Frame> frames_;
  std::vector<EdgeId> path_;
};

// shortestPath / allShortestPaths between two bound nodes (breadth-first).
class ShortestPathOp : public Operator {
 public:
  ShortestPathOp(std::unique_ptr<Operator> child, int from, int rel, int to, int path, Direction dir,
                 int64_t min, int64_t max, bool all)
      : from_(from), rel_(rel), to_(to), path_(path), dir_(dir), min_(min), max_(max), all_(all) {
    children_.push_back(std::move(child));
  }
  std::vector<std::string> types;
  const ast::Expr* rel_props = nullptr;
  bool rel_is_list = true;  // false: a single-hop pattern binds the relationship
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override;

 private:
  void Search(Row& in, NodeId a, NodeId b);
  void BidirectionalSearch(Row& in, NodeId a, NodeId b, int64_t max);
  int from_, rel_, to_, path_;
  Direction dir_;
  int64_t min_, max_;
  bool all_;
  std::vector<TypeId> type_ids_;
  bool no_type_ = false;
  std::vector<std::pair<std::vector<EdgeId>, std::vector<NodeId>>> results_;
  size_t pos_ = 0;
};

// Keeps the rows where the checks (labels, inline properties) and the
// predicates hold.
class FilterOp : public Operator {
 public:
  explicit FilterOp(std::unique_ptr<Operator> child) { children_.push_back(std::move(child)); }
  std::vector<ElementCheck> checks;
  std::vector<const ast::Expr*> predicates;
  bool Next(Row* row) override;
};

// Binds `path` from node and relationship slots (list slots for
// var-length relationships).
class PathOp : public Operator {
 public:
  explicit PathOp(std::unique_ptr<Operator> child, int path) : path_(path) {
    children_.push_back(std::move(child));
  }
  std::vector<int> node_slots;
  std::vector<int> rel_slots;
  std::vector<bool> rel_is_list;
  bool Next(Row* row) override;

 private:
  int path_;
};

// OPTIONAL MATCH: runs `inner` (leaf `argument`) per input row; when it
// yields nothing, emits the input row with `null_slots` set to null.
class OptionalOp : public Operator {
 public:
  OptionalOp(std::unique_ptr<Operator> child, std::unique_ptr<Operator> inner, ArgumentOp* argument)
      : argument_(argument) {
    children_.push_back(std::move(child));
    children_.push_back(std::move(inner));
  }
  std::vector<int> null_slots;
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    ctx_ = ctx;
    children_[0]->Open(ctx);
    state_ = 0;
  }

 private:
  ArgumentOp* argument_;
  Row input_;
  int state_ = 0;  // 0: need input; 1: pulling inner; 2: inner produced
};

struct ProjectItem {
  const ast::Expr* expr;
  int slot;
};

// Evaluates expressions into slots.
class ProjectOp : public Operator {
 public:
  explicit ProjectOp(std::unique_ptr<Operator> child) { children_.push_back(std::move(child)); }
  std::vector<ProjectItem> items;
  bool Next(Row* row) override;
};

// Grouping and aggregation (blocking).
class AggregateOp : public Operator {
 public:
  explicit AggregateOp(std::unique_ptr<Operator> child) { children_.push_back(std::move(child)); }
  std::vector<ProjectItem> keys;       // grouping items
  std::vector<ProjectItem> agg_items;  // items holding aggregates
  std::vector<const ast::Expr*> aggregates;
  int width = 0;  // row width, for the one group of an empty input
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    built_ = false;
    out_.clear();
    pos_ = 0;
  }

 private:
  void Build();
  bool built_ = false;
  std::vector<Row> out_;
  size_t pos_ = 0;
};

// Keyless aggregation over a label scan (MATCH (n:L) [WHERE column
// predicates] RETURN aggregates of n.key, count(n), count(*)): reads the
// scan's node ids and each argument's column in a tight loop instead of
// pulling rows through the evaluator. Same results and errors as
// AggregateOp; children_[0] is the NodeScanOp.
class ColumnAggregateOp : public Operator {
 public:
  explicit ColumnAggregateOp(std::unique_ptr<NodeScanOp> scan) : scan_(scan.get()) {
    children_.push_back(std::move(scan));
  }
  // One aggregate of the projection (in the order of its agg_index): of the
  // property `key` of the scanned node, or of the node itself.
  struct Item {
    const ast::Expr* agg = nullptr;
    std::string key;
    bool whole_node = false;  // count(*), count(n), count(DISTINCT n): one per scanned node
  };
  std::vector<Item> items;
  std::vector<ProjectItem> agg_items;  // the projection's items
  int width = 0;
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    done_ = false;
  }

 private:
  NodeScanOp* scan_;
  bool done_ = false;
};

// DISTINCT on `slots`.
class DistinctOp : public Operator {
 public:
  explicit DistinctOp(std::unique_ptr<Operator> child) { children_.push_back(std::move(child)); }
  std::vector<int> slots;
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    seen_.clear();
  }
  // Hash and equality of value tuples under openCypher equivalence.
  struct KeyHash {
    size_t operator()(const std::vector<Value>& k) const;
  };
  struct KeyEq {
    bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
  };

 private:
  std::unordered_map<std::vector<Value>, bool, KeyHash, KeyEq> seen_;
};

// A blocking operator: on the first Next() after Open() it builds its whole
// output with Build(), then emits those rows in order.
class BufferedOp : public Operator {
 public:
  bool Next(Row* row) final;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    built_ = false;
    rows_.clear();
    pos_ = 0;
  }

 protected:
  // Appends every output row to *rows (pulling the child to its end).
  virtual void Build(std::vector<Row>* rows) = 0;

 private:
  bool built_ = false;
  std::vector<Row> rows_;
  size_t pos_ = 0;
};

// ORDER BY (blocking, stable).
class SortOp : public BufferedOp {
 public:
  explicit SortOp(std::unique_ptr<Operator> child) { children_.push_back(std::move(child)); }
  std::vector<std::pair<const ast::Expr*, bool>> keys;  // (expr, descending)
  std::optional<uint64_t> top_n;                        // keep only the first n

 protected:
  void Build(std::vector<Row>* rows) override;
};

// SKIP and LIMIT (count expressions evaluated once per Open).
class SkipLimitOp : public Operator {
 public:
  explicit SkipLimitOp(std::unique_ptr<Operator> child) { children_.push_back(std::move(child)); }
  const ast::Expr* skip = nullptr;
  const ast::Expr* limit = nullptr;
  bool drain = false;  // pull the input to its end (it performs updates)
  int width = 0;       // the query's row width
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override;

 private:
  uint64_t skip_n_ = 0, limit_n_ = 0, seen_ = 0, emitted_ = 0;
  bool has_limit_ = false;
};

// UNWIND.
class UnwindOp : public Operator {
 public:
  UnwindOp(std::unique_ptr<Operator> child, const ast::Expr* expr, int slot) : expr_(expr), slot_(slot) {
    children_.push_back(std::move(child));
  }
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    list_.clear();
    pos_ = 0;
  }

 private:
  const ast::Expr* expr_;
  int slot_;
  ValueList list_;
  size_t pos_ = 0;
};

// Materialises its whole input before emitting (clause-at-a-time semantics
// around updates).
class EagerOp : public BufferedOp {
 public:
  explicit EagerOp(std::unique_ptr<Operator> child) {
    name = "Eager";
    children_.push_back(std::move(child));
  }

 protected:
  void Build(std::vector<Row>* rows) override;
};

// CREATE: per input row, creates the patterns' new nodes and relationships.
class CreateOp : public Operator {
 public:
  CreateOp(std::unique_ptr<Operator> child, const std::vector<ast::Pattern>* patterns) : patterns_(patterns) {
    children_.push_back(std::move(child));
  }
  bool Next(Row* row) override;

 private:
  const std::vector<ast::Pattern>* patterns_;
};

// Creates one pattern's unbound elements in `row` (shared by CREATE and MERGE).
void CreatePattern(const ast::Pattern& p, Row* row, ExecContext& ctx);
// Applies SET items to a row.
void ApplySetItems(const std::vector<ast::SetItem>& items, Row* row, ExecContext& ctx);

// MERGE: per input row, emits the matches of `inner`, else creates.
class MergeOp : public Operator {
 public:
  MergeOp(std::unique_ptr<Operator> child, std::unique_ptr<Operator> inner, ArgumentOp* argument,
          const ast::Clause* clause)
      : argument_(argument), clause_(clause) {
    children_.push_back(std::move(child));
    children_.push_back(std::move(inner));
  }
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    ctx_ = ctx;
    children_[0]->Open(ctx);
    pending_.clear();
    pos_ = 0;
  }

 private:
  ArgumentOp* argument_;
  const ast::Clause* clause_;
  Row input_;  // the outer row (the child fills the same buffer each time)
  std::vector<Row> pending_;
  size_t pos_ = 0;
};

// SET / REMOVE / DELETE, per input row.
class UpdateOp : public Operator {
 public:
  UpdateOp(std::unique_ptr<Operator> child, const ast::Clause* clause) : clause_(clause) {
    children_.push_back(std::move(child));
  }
  bool Next(Row* row) override;

 private:
  const ast::Clause* clause_;
};

// CALL of a built-in procedure.
class CallOp : public Operator {
 public:
  CallOp(std::unique_ptr<Operator> child, const ast::Clause* clause) : clause_(clause) {
    children_.push_back(std::move(child));
  }
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    results_.clear();
    pos_ = 0;
  }

 private:
  void Produce(Row& input);
  const ast::Clause* clause_;
  Row input_;
  std::vector<std::vector<Value>> results_;
  size_t pos_ = 0;
};

// count(*) of a label or relationship type, read from the graph's counts
// instead of scanning: MATCH (n:L) RETURN count(*), MATCH ()-[r:T]->()
// RETURN count(r).
class CountStoreOp : public Operator {
 public:
  CountStoreOp(int width, int slot) : width_(width), slot_(slot) {}
  std::vector<std::string> labels;  // node count: at most one label
  bool count_edges = false;
  std::vector<std::string> types;  // edge count: these types (all when empty)
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    done_ = false;
  }

 private:
  int width_, slot_;
  bool done_ = false;
};

// CREATE INDEX / DROP INDEX.
class IndexOp : public Operator {
 public:
  explicit IndexOp(const ast::Clause* clause) : clause_(clause) {}
  bool Next(Row* row) override;
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    done_ = false;
  }

 private:
  const ast::Clause* clause_;
  bool done_ = false;
};

// Returns true when `v` (a node or relationship in the current view) carries
// every property of the map `props` evaluates to, with equal values.
bool MatchesProperties(const Value& v, const ast::Expr* props, Row& row, ExecContext& ctx);

}  // namespace kg::query
