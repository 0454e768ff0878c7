// query::Run: parse, bind, plan and execute statements (see query.h). The
// one place where QueryError is caught and turned into a Status.
#include "query/query.h"

#include <fmt/format.h>

#include <chrono>
#include <new>
#include <unordered_map>

#include "query/binder.h"
#include "query/exec.h"
#include "query/parser.h"
#include "query/value_ops.h"

namespace kg::query {
namespace {

struct RowHash {
  size_t operator()(const std::vector<Value>& k) const {
    size_t h = 0x9e3779b97f4a7c15ull;
    for (const auto& v : k) h = h * 31 + EquivalenceHash(v);
    return h;
  }
};
struct RowEq {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!Equivalent(a[i], b[i])) return false;
    }
    return true;
  }
};

bool IsUpdating(const ast::Statement& st) {
  for (const auto& p : st.parts) {
    if (p.updating) return true;
  }
  return false;
}

// Removes the nodes deleted without DETACH; they must have no relationship
// left by now.
void FinishDeletes(ExecContext& ctx) {
  for (const auto& [id, pos] : ctx.pending_node_deletes) {
    if (!ctx.view->NodeExists(id)) continue;
    if (ctx.view->Degree(id, Direction::kBoth, {}) > 0) {
      throw QueryError(
          ErrorKind::kConstraintVerificationFailed,
          fmt::format("DeleteConnectedNode: node {} still has relationships; use DETACH DELETE", id),
          pos.line, pos.column);
    }
    Status s = ctx.write->DeleteNode(id);
    if (!s.ok()) throw QueryError(s);
  }
  ctx.pending_node_deletes.clear();
}

// Runs one bound statement in `view`; fills `result`.
void Execute(ast::Statement& st, graph::View* view, graph::WriteTxn* write, const ValueMap& params,
             const QueryOptions& options, std::chrono::steady_clock::time_point deadline,
             QueryResult* result) {
  ExecContext ctx;
  ctx.view = view;
  ctx.write = write;
  ctx.params = &params;
  ctx.options = &options;
  ctx.statement = &st;
  ctx.deadline = deadline;
  ctx.profile = st.mode == ast::Statement::Mode::kProfile;

  std::vector<std::unique_ptr<Operator>> plans;
  std::vector<std::vector<int>> returns(st.parts.size());
  for (size_t i = 0; i < st.parts.size(); ++i) {
    plans.push_back(PlanSingleQuery(&st.parts[i], st, view, options, &returns[i]));
  }
  result->columns = st.parts[0].columns;
  auto plan_tree = [&]() {
    if (plans.size() == 1) return ToPlanNode(*plans[0]);
    PlanNode u;
    u.op = st.union_all[0] ? "Union" : "Distinct(Union)";
    for (const auto& p : plans) u.children.push_back(ToPlanNode(*p));
    return u;
  };
  if (st.mode == ast::Statement::Mode::kExplain) {
    result->plan = plan_tree();
    return;
  }
  bool distinct_union = st.parts.size() > 1 && !st.union_all[0];
  std::unordered_map<std::vector<Value>, bool, RowHash, RowEq> seen;
  for (size_t i = 0; i < plans.size(); ++i) {
    Operator& root = *plans[i];
    root.Open(&ctx);
    Row row;
    while (root.Pull(&row)) {
      ctx.Tick();
      if (returns[i].empty()) continue;
      std::vector<Value> out;
      out.reserve(returns[i].size());
      for (int s : returns[i]) out.push_back(row[s]);
      if (distinct_union && !seen.emplace(out, true).second) continue;
      if (result->rows.size() >= options.max_rows) {
        throw QueryError(ErrorKind::kLimitExceeded,
                         fmt::format("the result has more than {} rows (the row limit)", options.max_rows));
      }
      ctx.Charge(sizeof(Value) * out.size() + 32);
      result->rows.push_back(std::move(out));
    }
  }
  if (write) FinishDeletes(ctx);
  for (auto& r : result->rows) {
    for (auto& v : r) Materialize(&v, ctx);
  }
  result->counts = ctx.counts;
  if (ctx.profile) {
    result->plan = plan_tree();
    result->profiled = true;
  }
}

Result<QueryResult> RunImpl(graph::Graph& graph, std::string_view text, const ValueMap& params,
                            const QueryOptions& options) {
  auto t0 = std::chrono::steady_clock::now();
  if (text.size() > options.max_query_bytes) {
    return Status::Error(ErrorKind::kLimitExceeded,
                         fmt::format("the query text is {} bytes, more than the limit of {}", text.size(),
                                     options.max_query_bytes));
  }
  ParseOptions popts;
  popts.max_nesting = options.max_nesting;
  std::vector<ast::Statement> statements = Parse(text, popts);
  if (statements.empty()) return Status::Error(ErrorKind::kSyntaxError, "empty query", 1, 1);
  // Bind every statement first: a compile error anywhere runs nothing.
  for (auto& st : statements) Bind(&st);
  QueryResult result;
  for (auto& st : statements) {
    result = QueryResult();
    auto start = std::chrono::steady_clock::now();
    auto deadline = start + options.timeout;
    bool updating = IsUpdating(st);
    if (updating && (options.read_only || graph.read_only())) {
      return Status::Error(ErrorKind::kSemanticError,
                           "the database is open read-only; updating clauses are refused",
                           st.parts[0].clauses[0].pos.line, st.parts[0].clauses[0].pos.column);
    }
    if (updating && st.mode != ast::Statement::Mode::kExplain) {
      auto w = graph.BeginWrite();
      if (!w.ok()) return w.status();
      graph::WriteTxn* txn = w->get();
      Execute(st, txn, txn, params, options, deadline, &result);
      KG_RETURN_IF_ERROR(txn->Commit());
    } else {
      auto r = graph.BeginRead();
      Execute(st, r.get(), nullptr, params, options, deadline, &result);
    }
    result.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
  (void)t0;
  return result;
}

}  // namespace

Result<QueryResult> Run(graph::Graph& graph, std::string_view text, const ValueMap& params,
                        const QueryOptions& options) {
  try {
    return RunImpl(graph, text, params, options);
  } catch (const QueryError& e) {
    return e.status();
  } catch (const std::bad_alloc&) {
    return Status::Error(ErrorKind::kLimitExceeded, "out of memory while running the query");
  } catch (const std::exception& e) {
    return Status::Internal(fmt::format("unexpected failure: {}", e.what()));
  }
}

}  // namespace kg::query
