// Execution: the pull operators that run a plan over graph::View, the
// expression evaluator, and the state one statement's execution shares.
//
// A Row is a vector of Values indexed by the binder's slots; every operator
// of a single query works on rows of the same width. Operators are pulled
// with Next(Row*) after Open(); they are single-threaded and owned by their
// parent (the plan's root is owned by the caller).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/graph.h"
#include "query/ast.h"
#include "query/query.h"

namespace kg::query {

using Row = std::vector<Value>;

// State shared by the operators of one statement.
struct ExecContext {
  graph::View* view = nullptr;       // the transaction's view
  graph::WriteTxn* write = nullptr;  // set when the statement updates
  const ValueMap* params = nullptr;
  const QueryOptions* options = nullptr;
  const ast::Statement* statement = nullptr;
  std::chrono::steady_clock::time_point deadline;
  UpdateCounts counts;
  bool profile = false;
  // Entities deleted by this statement (reading their properties is an
  // EntityNotFound error; returning them gives an empty entity).
  std::unordered_set<NodeId> deleted_nodes;
  std::unordered_set<EdgeId> deleted_edges;
  // Nodes deleted without DETACH: removed by FinishDeletes() at the end of
  // the statement (ConstraintVerificationFailed if still connected).
  std::vector<std::pair<NodeId, ast::Pos>> pending_node_deletes;  // with the DELETE's position
  // What deleted entities looked like when deleted (for results, type()
  // and labels()).
  std::unordered_map<NodeId, std::shared_ptr<const EntityData>> deleted_node_data;
  std::unordered_map<EdgeId, std::shared_ptr<const EntityData>> deleted_edge_data;
  // Aggregate results while evaluating an aggregating projection's items.
  const std::vector<Value>* aggregates = nullptr;
  // Approximate bytes held by blocking operators, against max_memory_bytes.
  uint64_t memory_bytes = 0;
  uint64_t ticks = 0;

  // Throws Timeout past the deadline (checked every 256 calls).
  void Tick() {
    if ((++ticks & 255) == 0) CheckDeadline();
  }
  void CheckDeadline() const;
  // Adds `bytes` to the memory count; throws LimitExceeded past the limit.
  void Charge(uint64_t bytes);
};

class Operator {
 public:
  virtual ~Operator() = default;
  // Prepares (or re-prepares) the operator and its children for pulling.
  virtual void Open(ExecContext* ctx) {
    ctx_ = ctx;
    for (auto& c : children_) c->Open(ctx);
  }
  // Fills *row with the next output row; false when exhausted.
  virtual bool Next(Row* row) = 0;

  // For EXPLAIN/PROFILE.
  std::string name;
  std::string details;
  std::vector<std::unique_ptr<Operator>> children_;
  uint64_t rows_out = 0;
  double ms = 0;

  // Next() with PROFILE accounting.
  bool Pull(Row* row);

 protected:
  ExecContext* ctx_ = nullptr;
};

// Emits the row it is given, once per Open(): the leaf of sub-plans run per
// outer row (OPTIONAL MATCH, MERGE, pattern expressions).
class ArgumentOp : public Operator {
 public:
  ArgumentOp() { name = "Argument"; }
  void Set(const Row* row) { row_ = row; }
  void Open(ExecContext* ctx) override {
    Operator::Open(ctx);
    done_ = false;
  }
  bool Next(Row* row) override {
    if (done_ || !row_) return false;
    done_ = true;
    *row = *row_;
    return true;
  }

 private:
  const Row* row_ = nullptr;
  bool done_ = false;
};

// A compiled pattern expression (pattern predicate or comprehension): a
// sub-plan whose leaf is `argument`.
struct CompiledPattern {
  std::unique_ptr<Operator> root;
  ArgumentOp* argument = nullptr;
  int width = 0;
};

// Evaluates `e` over `row`. Throws QueryError (with e's position when the
// error has none).
Value Eval(const ast::Expr& e, Row& row, ExecContext& ctx);
// Evaluates a predicate: true only when the value is true (null and false
// reject). TypeError when the value is not a boolean or null.
bool EvalPredicate(const ast::Expr& e, Row& row, ExecContext& ctx);

// Reads property `e` (a kProperty expression whose cached_key is set) of
// node `id` in a read transaction, through the key's column once the
// expression has read enough nodes (graph/columns.h).
Value ReadNodeProperty(const ast::Expr& e, NodeId id, ExecContext& ctx);

// Reads a property of a node/relationship/map value (null when absent).
Value PropertyOf(const Value& v, const std::string& key, ExecContext& ctx);

// Fills the EntityData of every node, relationship and path in `v`.
void Materialize(Value* v, ExecContext& ctx);

// Plans one single query (bound) into an operator tree. `returns` receives
// the slots of the result columns.
std::unique_ptr<Operator> PlanSingleQuery(ast::SingleQuery* q, const ast::Statement& st, graph::View* view,
                                          const QueryOptions& options, std::vector<int>* returns);

// Converts an operator tree to the PlanNode of EXPLAIN/PROFILE.
PlanNode ToPlanNode(const Operator& op);

}  // namespace kg::query
