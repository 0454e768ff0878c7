// Column-backed scans (operators.h): FilterByColumns, the predicates a
// label scan evaluates against property columns, and ColumnAggregateOp.
//
// Semantics are the evaluator's: a predicate keeps a node when
// Equals/Compare/StartsWith/EndsWith/Contains (value_ops.h) of the node's
// value and the constant is true. Typed columns take tight loops for the
// combinations whose result those functions define by plain comparison
// (integers against an integer; strings against a string for =, <>,
// STARTS WITH, ENDS WITH, CONTAINS); everything else goes through the
// functions themselves with the column's Value.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "graph/columns.h"
#include "query/operators.h"

namespace kg::query {

using namespace ast;  // NOLINT: the AST vocabulary throughout this file

namespace {

// The evaluator's result of `x OP c` as a keep/reject decision.
bool Holds(const ColumnPredicate& p, const Value& x, const Value& c) {
  Value r;
  switch (p.op) {
    case Op::kNone:
      return x.is_null() == p.is_null;
    case Op::kEq:
      r = Equals(x, c);
      break;
    case Op::kNe:
      r = Not(Equals(x, c));
      break;
    case Op::kLt:
      r = Compare(CompareOp::kLt, x, c);
      break;
    case Op::kLe:
      r = Compare(CompareOp::kLe, x, c);
      break;
    case Op::kGt:
      r = Compare(CompareOp::kGt, x, c);
      break;
    case Op::kGe:
      r = Compare(CompareOp::kGe, x, c);
      break;
    case Op::kStartsWith:
      r = StartsWith(x, c);
      break;
    case Op::kEndsWith:
      r = EndsWith(x, c);
      break;
    case Op::kContains:
      r = Contains(x, c);
      break;
    default:
      throw QueryError(ErrorKind::kInternal, "bad column predicate");
  }
  return r.is_bool() && r.as_bool();
}

template <typename Keep>
void KeepIf(std::vector<NodeId>* ids, Keep&& keep) {
  size_t w = 0;
  for (NodeId id : *ids) {
    if (keep(id)) (*ids)[w++] = id;
  }
  ids->resize(w);
}

// Tight loops for a typed column; false when the combination has none.
bool FilterTyped(const ColumnPredicate& p, const graph::PropertyColumn& col, const Value& c,
                 std::vector<NodeId>* ids) {
  using Kind = graph::PropertyColumn::Kind;
  if (p.op == Op::kNone) {
    KeepIf(ids, [&](NodeId id) { return col.Has(id) != p.is_null; });
    return true;
  }
  if (col.kind() == Kind::kEmpty) {  // every value null: no comparison holds
    ids->clear();
    return true;
  }
  if (col.kind() == Kind::kInt && c.is_int()) {
    int64_t v = c.as_int();
    auto run = [&](auto cmp) { KeepIf(ids, [&](NodeId id) { return col.Has(id) && cmp(col.Int(id), v); }); };
    switch (p.op) {
      case Op::kEq:
        run([](int64_t a, int64_t b) { return a == b; });
        return true;
      case Op::kNe:
        run([](int64_t a, int64_t b) { return a != b; });
        return true;
      case Op::kLt:
        run([](int64_t a, int64_t b) { return a < b; });
        return true;
      case Op::kLe:
        run([](int64_t a, int64_t b) { return a <= b; });
        return true;
      case Op::kGt:
        run([](int64_t a, int64_t b) { return a > b; });
        return true;
      case Op::kGe:
        run([](int64_t a, int64_t b) { return a >= b; });
        return true;
      default:
        return false;
    }
  }
  if (col.kind() == Kind::kString && c.is_string()) {
    std::string_view v = c.as_string();
    switch (p.op) {
      case Op::kEq:
        KeepIf(ids, [&](NodeId id) { return col.Has(id) && col.String(id) == v; });
        return true;
      case Op::kNe:
        KeepIf(ids, [&](NodeId id) { return col.Has(id) && col.String(id) != v; });
        return true;
      case Op::kStartsWith:
        KeepIf(ids, [&](NodeId id) { return col.Has(id) && col.String(id).starts_with(v); });
        return true;
      case Op::kEndsWith:
        KeepIf(ids, [&](NodeId id) { return col.Has(id) && col.String(id).ends_with(v); });
        return true;
      case Op::kContains:
        // memchr for the first byte, then compare the rest: cheaper per
        // string than memmem's set-up on the short strings of a column.
        KeepIf(ids, [&](NodeId id) {
          if (!col.Has(id)) return false;
          if (v.empty()) return true;
          std::string_view s = col.String(id);
          if (s.size() < v.size()) return false;
          const char* p = s.data();
          const char* last = s.data() + (s.size() - v.size());  // the last possible start
          while (p <= last) {
            p = static_cast<const char*>(memchr(p, v[0], static_cast<size_t>(last - p) + 1));
            if (!p) return false;
            if (memcmp(p + 1, v.data() + 1, v.size() - 1) == 0) return true;
            ++p;
          }
          return false;
        });
        return true;
      default:
        return false;
    }
  }
  return false;
}

}  // namespace

void FilterByColumns(const std::vector<ColumnPredicate>& preds, Row& row, ExecContext& ctx,
                     std::vector<NodeId>* ids) {
  const graph::View& view = *ctx.view;
  for (const ColumnPredicate& p : preds) {
    if (ids->empty()) return;
    Value c = p.value ? Eval(*p.value, row, ctx) : Value();
    auto key = view.FindKey(p.key);
    if (!key) {  // no node has the key: every value is null
      KeepIf(ids, [&](NodeId) { return Holds(p, Value(), c); });
      continue;
    }
    std::shared_ptr<const graph::PropertyColumn> col = view.NodeColumn(*key, /*build=*/true);
    if (!col) {
      KeepIf(ids, [&](NodeId id) { return Holds(p, view.NodeProperty(id, *key), c); });
      continue;
    }
    if (FilterTyped(p, *col, c, ids)) continue;
    KeepIf(ids, [&](NodeId id) { return Holds(p, col->Get(id), c); });
  }
}

// ------------------------------------------------------- ColumnAggregate
bool ColumnAggregateOp::Next(Row* row) {
  if (done_) return false;
  done_ = true;
  std::vector<NodeId> ids;
  Row in;
  while (scan_->NextBatch(&in, &ids)) ctx_->Tick();
  ctx_->Charge(ids.size() * sizeof(NodeId));
  const graph::View& view = *ctx_->view;
  std::vector<Value> vals;
  vals.reserve(items.size());
  // Integer arguments gathered once per key, shared by the aggregates.
  std::string ints_key;
  std::vector<int64_t> ints;
  for (const Item& it : items) {
    const Expr* a = it.agg;
    std::string lname = a->kind == ExprKind::kCountStar ? "count*" : a->name;
    for (char& ch : lname) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    try {
      if (it.whole_node) {  // count(*), count(n), count(DISTINCT n): one per node
        vals.emplace_back(static_cast<int64_t>(ids.size()));
        continue;
      }
      std::unique_ptr<Aggregator> agg = MakeAggregator(lname, a->distinct);
      if (!agg) throw QueryError(ErrorKind::kInternal, "no aggregator " + lname);
      auto key = view.FindKey(it.key);
      std::shared_ptr<const graph::PropertyColumn> col = key ? view.NodeColumn(*key, true) : nullptr;
      if (col && col->kind() == graph::PropertyColumn::Kind::kInt) {
        if (ints_key != it.key) {
          ints.clear();
          ints.reserve(ids.size());
          for (NodeId id : ids) {
            if (col->Has(id)) ints.push_back(col->Int(id));
          }
          ints_key = it.key;
        }
        if (agg->AddInts(ints)) {
          vals.push_back(agg->Finish());
          continue;
        }
      }
      for (NodeId id : ids) {
        ctx_->Tick();
        Value v;
        if (col)
          v = col->Get(id);
        else if (key)
          v = view.NodeProperty(id, *key);
        size_t before = agg->MemoryBytes();
        agg->Add(std::span<const Value>(&v, 1));
        size_t after = agg->MemoryBytes();
        if (after > before) ctx_->Charge(after - before);
      }
      vals.push_back(agg->Finish());
    } catch (const QueryError& err) {
      if (err.status().line() > 0) throw;
      throw QueryError(err.status().kind(), err.status().message(), a->pos.line, a->pos.column);
    }
  }
  row->assign(static_cast<size_t>(width), Value());
  ctx_->aggregates = &vals;
  try {
    for (const auto& it : agg_items) (*row)[it.slot] = Eval(*it.expr, *row, *ctx_);
  } catch (...) {
    ctx_->aggregates = nullptr;
    throw;
  }
  ctx_->aggregates = nullptr;
  return true;
}

}  // namespace kg::query

namespace kg::query {

// ------------------------------------------------------- ExpandIntersect
namespace {
// The first index at or after `from` whose far end is not below `v`, by
// doubling steps then a binary search (O(log distance)).
size_t Gallop(std::span<const graph::AdjEntry> l, size_t from, uint32_t v) {
  size_t step = 1, lo = from, hi = from;
  while (hi < l.size() && l[hi].other < v) {
    lo = hi + 1;
    hi = from + step;
    step *= 2;
  }
  hi = std::min(hi, l.size());
  auto it = std::lower_bound(l.begin() + static_cast<std::ptrdiff_t>(lo), l.begin() + static_cast<std::ptrdiff_t>(hi), v,
                             [](const graph::AdjEntry& e, uint32_t x) { return e.other < x; });
  return static_cast<size_t>(it - l.begin());
}
}  // namespace

void ExpandIntersectOp::Open(ExecContext* ctx) {
  Operator::Open(ctx);
  have_input_ = false;
  l1_ = {};
  l2_ = {};
  i_ = j_ = i_end_ = j_end_ = pi_ = pj_ = 0;
}

std::span<const graph::AdjEntry> ExpandIntersectOp::Sorted(NodeId node, TypeId type, Direction dir,
                                                           std::shared_ptr<const graph::SortedAdjacency>* cache,
                                                           std::vector<graph::AdjEntry>* scratch) {
  if (!*cache) *cache = ctx_->view->SortedNeighbours(type, dir);
  if (*cache && ctx_->deleted_edges.empty()) return (*cache)->Of(node);
  scratch->clear();
  std::vector<graph::EdgeRef> edges;
  ctx_->view->Edges(node, dir, std::span<const TypeId>(&type, 1), &edges);
  for (const auto& e : edges) {
    if (dir == Direction::kBoth && !e.outgoing && e.other == node) continue;  // a self-loop once
    if (ctx_->deleted_edges.count(e.edge)) continue;
    scratch->push_back(graph::AdjEntry{static_cast<uint32_t>(e.other), static_cast<uint32_t>(e.edge)});
  }
  std::sort(scratch->begin(), scratch->end(), [](const graph::AdjEntry& a, const graph::AdjEntry& b) {
    return a.other != b.other ? a.other < b.other : a.edge < b.edge;
  });
  return *scratch;
}

bool ExpandIntersectOp::Next(Row* row) {
  Row& in = *row;
  for (;;) {
    if (have_input_) {
      // Emit the pairs of the current runs, then look for the next common far end.
      for (;;) {
        while (pi_ < i_end_) {
          ctx_->Tick();
          const graph::AdjEntry& e1 = l1_[pi_];
          const graph::AdjEntry& e2 = l2_[pj_];
          if (++pj_ == j_end_) {
            pj_ = j_;
            ++pi_;
          }
          if (e1.edge == e2.edge || unique1.Uses(in, e1.edge) || unique2.Uses(in, e2.edge)) continue;
          in[rel1_] = Value(RelValue{e1.edge, nullptr});
          in[rel2_] = Value(RelValue{e2.edge, nullptr});
          in[to_] = Value(NodeValue{e1.other, nullptr});
          return true;
        }
        i_ = i_end_;
        j_ = j_end_;
        // Merge; the longer list (twice the other or more) gallops.
        const bool search1 = l1_.size() > 2 * l2_.size(), search2 = l2_.size() > 2 * l1_.size();
        while (i_ < l1_.size() && j_ < l2_.size() && l1_[i_].other != l2_[j_].other) {
          if (l1_[i_].other < l2_[j_].other) {
            i_ = search1 ? Gallop(l1_, i_, l2_[j_].other) : i_ + 1;
          } else {
            j_ = search2 ? Gallop(l2_, j_, l1_[i_].other) : j_ + 1;
          }
        }
        if (i_ >= l1_.size() || j_ >= l2_.size()) break;
        uint32_t c = l1_[i_].other;
        i_end_ = i_;
        while (i_end_ < l1_.size() && l1_[i_end_].other == c) ++i_end_;
        j_end_ = j_;
        while (j_end_ < l2_.size() && l2_[j_end_].other == c) ++j_end_;
        pi_ = i_;
        pj_ = j_;
      }
    }
    if (!children_[0]->Pull(row)) return false;
    have_input_ = false;
    const Value& b = in[from_];
    const Value& a = in[other_];
    if (!b.is_node() || !a.is_node()) {
      if ((!b.is_node() && !b.is_null()) || (!a.is_node() && !a.is_null()))
        throw QueryError(ErrorKind::kTypeError,
                         "VariableTypeConflict: a pattern node is bound to a value that is not a node");
      continue;
    }
    if (!resolved_) {
      auto x = ctx_->view->FindType(type1);
      auto y = ctx_->view->FindType(type2);
      no_type_ = !x || !y;
      if (x) t1_ = *x;
      if (y) t2_ = *y;
      resolved_ = true;
    }
    if (no_type_) continue;
    Direction rev2 = dir2_ == Direction::kOut ? Direction::kIn : dir2_ == Direction::kIn ? Direction::kOut : dir2_;
    l1_ = Sorted(b.as_node().id, t1_, dir1_, &adj1_, &scratch1_);
    l2_ = Sorted(a.as_node().id, t2_, rev2, &adj2_, &scratch2_);
    i_ = j_ = i_end_ = j_end_ = pi_ = pj_ = 0;
    have_input_ = true;
  }
}

}  // namespace kg::query
