// The physical pull operators (see operators.h).
#include "query/operators.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <unordered_map>

#include "query/binder.h"

namespace kg::query {

using namespace ast;  // NOLINT: the AST vocabulary throughout this file

namespace {

uint64_t RowBytes(const Row& r) { return sizeof(Value) * r.size() + 32; }

void ResolveTypes(const graph::View& view, const std::vector<std::string>& names, std::vector<TypeId>* ids,
                  bool* none) {
  ids->clear();
  *none = false;
  for (const auto& n : names) {
    auto t = view.FindType(n);
    if (t && std::find(ids->begin(), ids->end(), *t) == ids->end()) ids->push_back(*t);
  }
  if (!names.empty() && ids->empty()) *none = true;
}

// A self-loop is listed once per direction by View::Edges(kBoth); a pattern
// without direction matches it once.
bool SkipLoopTwin(const graph::EdgeRef& er, NodeId self, Direction dir) {
  return dir == Direction::kBoth && !er.outgoing && er.other == self;
}

[[noreturn]] void TypeFail(const std::string& msg) { throw QueryError(ErrorKind::kTypeError, msg); }

void CheckOk(const Status& s) {
  if (s.ok()) return;
  if (s.kind() == ErrorKind::kInputError) {
    throw QueryError(ErrorKind::kTypeError, "InvalidPropertyType: " + s.message());
  }
  throw QueryError(s);
}

// Property values must be storable: null (removal), a scalar, or a list of
// scalars of one type.
void CheckStorable(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull:
    case Value::Type::kBool:
    case Value::Type::kInt:
    case Value::Type::kFloat:
    case Value::Type::kString:
    case Value::Type::kDate:
      return;
    case Value::Type::kList: {
      const ValueList& l = v.as_list();
      for (const auto& x : l) {
        if (x.is_null() || x.is_list() || x.is_map() || x.is_node() || x.is_rel() || x.is_path()) {
          TypeFail(fmt::format("InvalidPropertyType: a property list cannot hold a {}",
                               Value::TypeName(x.type())));
        }
        bool same = x.type() == l[0].type() || (x.is_number() && l[0].is_number());
        if (!same) TypeFail("InvalidPropertyType: a property list must hold values of one type");
      }
      return;
    }
    default:
      TypeFail(
          fmt::format("InvalidPropertyType: a {} cannot be stored as a property", Value::TypeName(v.type())));
  }
}

graph::PropertyList EvalProps(const Expr* props, Row& row, ExecContext& ctx, graph::WriteTxn* w) {
  graph::PropertyList out;
  if (!props) return out;
  Value m = Eval(*props, row, ctx);
  if (m.is_null()) return out;
  if (!m.is_map()) TypeFail("InvalidArgumentType: properties must be a map");
  for (const auto& [k, v] : m.as_map()) {
    if (v.is_null()) continue;
    CheckStorable(v);
    out.emplace_back(w->InternKey(k), v);
  }
  return out;
}

}  // namespace

bool Operator::Pull(Row* row) {
  if (!ctx_->profile) {
    if (Next(row)) {
      ++rows_out;
      return true;
    }
    return false;
  }
  auto t0 = std::chrono::steady_clock::now();
  bool r = Next(row);
  ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (r) ++rows_out;
  return r;
}

bool MatchesProperties(const Value& v, const Expr* props, Row& row, ExecContext& ctx) {
  if (!props) return true;
  Value m = Eval(*props, row, ctx);
  if (m.is_null()) return true;
  if (!m.is_map()) TypeFail("InvalidArgumentType: pattern properties must be a map");
  for (const auto& [k, want] : m.as_map()) {
    Value have = PropertyOf(v, k, ctx);
    Value eq = Equals(have, want);
    if (!(eq.is_bool() && eq.as_bool())) return false;
  }
  return true;
}

bool UniquenessSet::Uses(const Row& row, EdgeId e) const {
  for (int s : rel_slots) {
    const Value& v = row[s];
    if (v.is_rel() && v.as_rel().id == e) return true;
  }
  for (int s : list_slots) {
    const Value& v = row[s];
    if (!v.is_list()) continue;
    for (const auto& x : v.as_list()) {
      if (x.is_rel() && x.as_rel().id == e) return true;
    }
  }
  return false;
}

// ------------------------------------------------------------------ Once
bool OnceOp::Next(Row* row) {
  if (done_) return false;
  done_ = true;
  row->assign(width_, Value());
  return true;
}

// -------------------------------------------------------------- NodeScan
bool NodeScanOp::Next(Row* row) {
  for (;;) {
    if (have_input_ && pos_ < ids_.size()) {
      ctx_->Tick();
      (*row)[slot_] = Value(NodeValue{ids_[pos_++], nullptr});
      return true;
    }
    if (!children_[0]->Pull(row)) return false;
    have_input_ = true;
    Fill(*row);
  }
}

bool NodeScanOp::NextBatch(Row* row, std::vector<NodeId>* out) {
  if (!children_[0]->Pull(row)) return false;
  Fill(*row);
  out->insert(out->end(), ids_.begin(), ids_.end());
  rows_out += ids_.size();
  ids_.clear();
  return true;
}

void NodeScanOp::Fill(Row& in) {
  Row* row = &in;
  ids_.clear();
  pos_ = 0;
  {
    const graph::View& view = *ctx_->view;
    switch (mode_) {
      case Mode::kAll:
        view.AllNodes(&ids_);
        break;
      case Mode::kLabel:
        if (auto l = view.FindLabel(label)) view.NodesWithLabel(*l, &ids_);
        break;
      case Mode::kIndex:
      case Mode::kIndexPrefix: {
        Value v = Eval(*value, *row, *ctx_);
        auto l = view.FindLabel(label);
        auto k = view.FindKey(key);
        if (v.is_null() || !l || !k) break;
        if (mode_ == Mode::kIndexPrefix) {
          if (!v.is_string()) break;
          if (view.HasIndex(*l, *k)) {
            view.IndexPrefixLookup(*l, *k, v.as_string(), &ids_);
          } else {
            std::vector<NodeId> all;
            view.NodesWithLabel(*l, &all);
            for (NodeId id : all) {
              Value p = view.NodeProperty(id, *k);
              if (p.is_string() && p.as_string().compare(0, v.as_string().size(), v.as_string()) == 0)
                ids_.push_back(id);
            }
          }
        } else if (view.HasIndex(*l, *k)) {
          view.IndexLookup(*l, *k, v, &ids_);
        } else {
          std::vector<NodeId> all;
          view.NodesWithLabel(*l, &all);
          for (NodeId id : all) {
            if (Equals(view.NodeProperty(id, *k), v) == Value(true)) ids_.push_back(id);
          }
        }
        break;
      }
      case Mode::kId: {
        Value v = Eval(*value, *row, *ctx_);
        if (v.is_int() && v.as_int() >= 0 && view.NodeExists(static_cast<NodeId>(v.as_int()))) {
          NodeId id = static_cast<NodeId>(v.as_int());
          if (label.empty()) {
            ids_.push_back(id);
          } else if (auto l = view.FindLabel(label); l && view.HasLabel(id, *l)) {
            ids_.push_back(id);
          }
        }
        break;
      }
    }
    if (!ctx_->deleted_nodes.empty()) {
      ids_.erase(std::remove_if(ids_.begin(), ids_.end(),
                                [&](NodeId id) { return ctx_->deleted_nodes.count(id) > 0; }),
                 ids_.end());
    }
    if (!column_preds.empty() && !ids_.empty()) FilterByColumns(column_preds, in, *ctx_, &ids_);
  }
}

// ---------------------------------------------------------------- Expand
void ExpandOp::Open(ExecContext* ctx) {
  Operator::Open(ctx);
  have_input_ = false;
  edges_.clear();
  pos_ = 0;
  into_target_ = kInvalidNode;
}

bool ExpandOp::Next(Row* row) {
  const Row& in = *row;
  for (;;) {
    while (have_input_ && pos_ < edges_.size()) {
      ctx_->Tick();
      const graph::EdgeRef& er = edges_[pos_++];
      NodeId self = in[from_].as_node().id;
      if (SkipLoopTwin(er, self, dir_)) continue;
      if (rel_bound) {
        const Value& r = in[rel_];
        if (!r.is_rel() || r.as_rel().id != er.edge) continue;
      }
      if (unique.Uses(in, er.edge)) continue;
      if (to_bound) {
        const Value& t = in[to_];
        if (!t.is_node() || t.as_node().id != er.other) continue;
      }
      if (!rel_bound) (*row)[rel_] = Value(RelValue{er.edge, nullptr});
      if (!to_bound) (*row)[to_] = Value(NodeValue{er.other, nullptr});
      return true;
    }
    if (!children_[0]->Pull(row)) return false;
    have_input_ = true;
    edges_.clear();
    pos_ = 0;
    const Value& f = in[from_];
    if (!f.is_node()) {
      if (!f.is_null())
        TypeFail("VariableTypeConflict: a pattern node is bound to a value that is not a node");
      continue;
    }
    const bool writing = ctx_->write != nullptr;
    if (writing && (!ctx_->view->NodeExists(f.as_node().id) || ctx_->deleted_nodes.count(f.as_node().id)))
      continue;
    // Names are stable in a read transaction: resolve them once.
    if (writing || !types_resolved_) {
      ResolveTypes(*ctx_->view, types, &type_ids_, &no_type_);
      types_resolved_ = true;
    }
    if (no_type_) continue;
    if (to_bound && !writing) {
      // Expand(Into): the edges between `from` and the bound `to`, from the
      // target's adjacency sorted by far end (kept while the target stays
      // the same, as it does over consecutive rows).
      const Value& t = in[to_];
      if (!t.is_node()) continue;
      NodeId target = t.as_node().id;
      if (target != into_target_) {
        into_edges_.clear();
        Direction rev = dir_ == Direction::kBoth  ? Direction::kBoth
                        : dir_ == Direction::kOut ? Direction::kIn
                                                  : Direction::kOut;
        ctx_->view->Edges(target, rev, type_ids_, &into_edges_);
        std::stable_sort(into_edges_.begin(), into_edges_.end(),
                         [](const graph::EdgeRef& x, const graph::EdgeRef& y) { return x.other < y.other; });
        into_target_ = target;
      }
      NodeId self = f.as_node().id;
      auto lo = std::lower_bound(into_edges_.begin(), into_edges_.end(), self,
                                 [](const graph::EdgeRef& x, NodeId v) { return x.other < v; });
      for (auto it = lo; it != into_edges_.end() && it->other == self; ++it) {
        // Seen from `from`: the far end is the target, the direction flips.
        edges_.push_back(graph::EdgeRef{it->edge, it->type, target, !it->outgoing});
      }
      continue;
    }
    ctx_->view->Edges(f.as_node().id, dir_, type_ids_, &edges_);
    if (!ctx_->deleted_edges.empty()) {
      edges_.erase(
          std::remove_if(edges_.begin(), edges_.end(),
                         [&](const graph::EdgeRef& e) { return ctx_->deleted_edges.count(e.edge) > 0; }),
          edges_.end());
    }
  }
}

// ------------------------------------------------------------- VarExpand
void VarExpandOp::Open(ExecContext* ctx) {
  Operator::Open(ctx);
  results_.clear();
  flat_.clear();
  pos_ = 0;
}

void VarExpandOp::Expand(Row& in) {
  results_.clear();
  flat_.clear();
  pos_ = 0;
  const Value& f = in[from_];
  if (!f.is_node()) {
    if (!f.is_null()) TypeFail("VariableTypeConflict: a pattern node is bound to a value that is not a node");
    return;
  }
  NodeId start = f.as_node().id;
  if (!ctx_->view->NodeExists(start)) return;
  ResolveTypes(*ctx_->view, types, &type_ids_, &no_type_);
  int64_t max = max_ < 0 ? static_cast<int64_t>(ctx_->options->max_var_length) : max_;
  int64_t min = min_;
  if (min > max) return;
  const Value* to_val = to_bound ? &in[to_] : nullptr;
  if (to_val && !to_val->is_node()) return;
  if (rel_bound) {
    // A bound relationship list must form a path from `start`.
    const Value& l = in[rel_];
    if (!l.is_list()) return;
    NodeId cur = start;
    std::vector<EdgeId> path;
    ValueList list = l.as_list();
    if (reverse_list) std::reverse(list.begin(), list.end());
    for (const auto& x : list) {
      if (!x.is_rel() || !ctx_->view->EdgeExists(x.as_rel().id)) return;
      graph::EdgeEnds ends = ctx_->view->Edge(x.as_rel().id);
      if ((dir_ != Direction::kIn) && ends.start == cur)
        cur = ends.end;
      else if ((dir_ != Direction::kOut) && ends.end == cur)
        cur = ends.start;
      else
        return;
      path.push_back(x.as_rel().id);
    }
    int64_t n = static_cast<int64_t>(path.size());
    if (n >= min && n <= max && (!to_val || to_val->as_node().id == cur)) {
      results_.push_back(Result{flat_.size(), path.size(), cur});
      flat_.insert(flat_.end(), path.begin(), path.end());
    }
    return;
  }
  // Depth-first enumeration; each level keeps its own edge list (levels'
  // buffers are reused across rows). Results are (offset, length, end) in
  // one flat edge buffer.
  std::vector<EdgeId>& path = path_;
  path.clear();
  auto emit = [&](NodeId node) {
    if (to_val && to_val->as_node().id != node) return;
    results_.push_back(Result{flat_.size(), path.size(), node});
    flat_.insert(flat_.end(), path.begin(), path.end());
    ctx_->Charge(sizeof(EdgeId) * path.size() + sizeof(Result));
  };
  size_t depth_n = 0;  // frames in use
  auto push = [&](NodeId node) {
    if (frames_.size() <= depth_n) frames_.emplace_back();
    Frame& fr = frames_[depth_n++];
    fr.node = node;
    fr.pos = 0;
    fr.edges.clear();
    if (!no_type_) ctx_->view->Edges(node, dir_, type_ids_, &fr.edges);
  };
  if (min == 0) emit(start);
  if (max == 0 || no_type_) return;
  push(start);
  const bool check_deleted = !ctx_->deleted_edges.empty();
  while (depth_n > 0) {
    ctx_->Tick();
    Frame& fr = frames_[depth_n - 1];
    if (fr.pos >= fr.edges.size()) {
      --depth_n;
      if (!path.empty()) path.pop_back();
      continue;
    }
    graph::EdgeRef er = fr.edges[fr.pos++];
    if (SkipLoopTwin(er, fr.node, dir_)) continue;
    if (check_deleted && ctx_->deleted_edges.count(er.edge)) continue;
    if (std::find(path.begin(), path.end(), er.edge) != path.end()) continue;
    if (unique.Uses(in, er.edge)) continue;
    if (rel_props) {
      Value rv(RelValue{er.edge, nullptr});
      if (!MatchesProperties(rv, rel_props, in, *ctx_)) continue;
    }
    path.push_back(er.edge);
    int64_t depth = static_cast<int64_t>(path.size());
    if (depth >= min) emit(er.other);
    if (depth < max) {
      push(er.other);
    } else {
      path.pop_back();
    }
  }
}

bool VarExpandOp::Next(Row* row) {
  for (;;) {
    if (pos_ < results_.size()) {
      const Result& r = results_[pos_++];
      if (!rel_bound && rel_needed) {
        ValueList rels;
        rels.reserve(r.length);
        for (size_t i = 0; i < r.length; ++i) rels.emplace_back(RelValue{flat_[r.offset + i], nullptr});
        if (reverse_list) std::reverse(rels.begin(), rels.end());
        (*row)[rel_] = Value(std::move(rels));
      }
      (*row)[to_] = Value(NodeValue{r.end, nullptr});
      return true;
    }
    if (!children_[0]->Pull(row)) return false;
    Expand(*row);
  }
}

// ---------------------------------------------------------- ShortestPath
void ShortestPathOp::Open(ExecContext* ctx) {
  Operator::Open(ctx);
  results_.clear();
  pos_ = 0;
}

void ShortestPathOp::Search(Row& in, NodeId a, NodeId b) {
  results_.clear();
  pos_ = 0;
  ResolveTypes(*ctx_->view, types, &type_ids_, &no_type_);
  if (no_type_) return;
  int64_t max = max_ < 0 ? std::numeric_limits<int64_t>::max() : max_;
  if (a == b) {
    if (min_ == 0) results_.push_back({{}, {a}});
    return;
  }
  if (!all_ && min_ <= 1) {
    BidirectionalSearch(in, a, b, max);
    return;
  }
  // Breadth-first search keeping every shortest predecessor.
  std::unordered_map<NodeId, int64_t> dist;
  std::unordered_map<NodeId, std::vector<std::pair<NodeId, EdgeId>>> preds;
  std::vector<NodeId> frontier{a};
  dist[a] = 0;
  int64_t depth = 0;
  bool found = false;
  std::vector<graph::EdgeRef> edges;
  while (!frontier.empty() && !found && depth < max) {
    std::vector<NodeId> next;
    ++depth;
    for (NodeId n : frontier) {
      ctx_->Tick();
      edges.clear();
      ctx_->view->Edges(n, dir_, type_ids_, &edges);
      for (const auto& er : edges) {
        if (SkipLoopTwin(er, n, dir_) || ctx_->deleted_edges.count(er.edge)) continue;
        if (rel_props) {
          Value rv(RelValue{er.edge, nullptr});
          if (!MatchesProperties(rv, rel_props, in, *ctx_)) continue;
        }
        auto it = dist.find(er.other);
        if (it == dist.end()) {
          dist[er.other] = depth;
          preds[er.other].push_back({n, er.edge});
          next.push_back(er.other);
          ctx_->Charge(64);
        } else if (it->second == depth) {
          preds[er.other].push_back({n, er.edge});
        }
        if (er.other == b) found = true;
      }
    }
    frontier = std::move(next);
  }
  if (!found || depth < min_) return;
  // Enumerate paths from b back to a, depth-first with an explicit stack
  // (paths may be long): frame i walks the predecessors of rnodes[i].
  std::vector<EdgeId> redges;
  std::vector<NodeId> rnodes{b};
  std::vector<size_t> next_pred{0};
  while (!next_pred.empty()) {
    ctx_->Tick();
    NodeId n = rnodes.back();
    if (n == a) {
      std::vector<EdgeId> e(redges.rbegin(), redges.rend());
      std::vector<NodeId> v(rnodes.rbegin(), rnodes.rend());
      ctx_->Charge(64 + 16 * v.size());
      results_.push_back({std::move(e), std::move(v)});
      if (!all_) return;
    }
    const auto& ps = preds[n];
    size_t& i = next_pred.back();
    if (n == a || i >= ps.size()) {
      next_pred.pop_back();
      rnodes.pop_back();
      if (!redges.empty()) redges.pop_back();
      continue;
    }
    const auto [p, e] = ps[i++];
    redges.push_back(e);
    rnodes.push_back(p);
    next_pred.push_back(0);
  }
}

// One shortest path: breadth-first from both ends, always growing the
// smaller frontier, until the two searches meet.
void ShortestPathOp::BidirectionalSearch(Row& in, NodeId a, NodeId b, int64_t max) {
  struct Seen {
    NodeId prev;
    EdgeId edge;
    int64_t depth;
  };
  std::unordered_map<NodeId, Seen> side[2];
  side[0][a] = {kInvalidNode, kInvalidEdge, 0};
  side[1][b] = {kInvalidNode, kInvalidEdge, 0};
  std::vector<NodeId> frontier[2] = {{a}, {b}};
  int64_t depth[2] = {0, 0};
  Direction dirs[2] = {dir_, dir_ == Direction::kBoth  ? Direction::kBoth
                             : dir_ == Direction::kOut ? Direction::kIn
                                                       : Direction::kOut};
  std::vector<graph::EdgeRef> edges;
  while (!frontier[0].empty() && !frontier[1].empty() && depth[0] + depth[1] < max) {
    int s = frontier[0].size() <= frontier[1].size() ? 0 : 1;
    auto& mine = side[s];
    auto& other = side[1 - s];
    std::vector<NodeId> next;
    NodeId best_meet = kInvalidNode;
    int64_t best_len = std::numeric_limits<int64_t>::max();
    ++depth[s];
    for (NodeId n : frontier[s]) {
      ctx_->Tick();
      edges.clear();
      ctx_->view->Edges(n, dirs[s], type_ids_, &edges);
      for (const auto& er : edges) {
        if (SkipLoopTwin(er, n, dirs[s]) || ctx_->deleted_edges.count(er.edge)) continue;
        if (mine.count(er.other)) continue;
        if (rel_props) {
          Value rv(RelValue{er.edge, nullptr});
          if (!MatchesProperties(rv, rel_props, in, *ctx_)) continue;
        }
        mine[er.other] = {n, er.edge, depth[s]};
        ctx_->Charge(64);
        next.push_back(er.other);
        auto it = other.find(er.other);
        if (it != other.end() && depth[s] + it->second.depth < best_len) {
          best_len = depth[s] + it->second.depth;
          best_meet = er.other;
        }
      }
    }
    if (best_meet != kInvalidNode) {
      if (best_len > max) return;
      std::vector<NodeId> nodes;
      std::vector<EdgeId> rels;
      // a ... meet
      for (NodeId n = best_meet; n != kInvalidNode; n = side[0][n].prev) {
        nodes.push_back(n);
        if (side[0][n].edge != kInvalidEdge) rels.push_back(side[0][n].edge);
      }
      std::reverse(nodes.begin(), nodes.end());
      std::reverse(rels.begin(), rels.end());
      // meet ... b
      for (NodeId n = best_meet; side[1][n].prev != kInvalidNode; n = side[1][n].prev) {
        rels.push_back(side[1][n].edge);
        nodes.push_back(side[1][n].prev);
      }
      results_.push_back({std::move(rels), std::move(nodes)});
      return;
    }
    frontier[s] = std::move(next);
  }
}

bool ShortestPathOp::Next(Row* row) {
  for (;;) {
    if (pos_ < results_.size()) {
      auto& [edges, nodes] = results_[pos_++];
      if (rel_ >= 0) {
        ValueList rels;
        for (EdgeId e : edges) rels.emplace_back(RelValue{e, nullptr});
        if (rel_is_list)
          (*row)[rel_] = Value(std::move(rels));
        else if (!rels.empty())
          (*row)[rel_] = rels[0];
      }
      if (path_ >= 0) {
        PathValue p;
        for (NodeId n : nodes) p.nodes.push_back(NodeValue{n, nullptr});
        for (EdgeId e : edges) p.rels.push_back(RelValue{e, nullptr});
        (*row)[path_] = Value(std::move(p));
      }
      return true;
    }
    if (!children_[0]->Pull(row)) return false;
    const Value& a = (*row)[from_];
    const Value& b = (*row)[to_];
    results_.clear();
    pos_ = 0;
    if (a.is_node() && b.is_node()) Search(*row, a.as_node().id, b.as_node().id);
  }
}

// ---------------------------------------------------------------- Filter
bool FilterOp::Next(Row* row) {
  for (;;) {
    if (!children_[0]->Pull(row)) return false;
    ctx_->Tick();
    bool ok = true;
    for (auto& c : checks) {
      const Value& v = (*row)[c.slot];
      if (c.is_node) {
        if (!v.is_node()) {
          ok = false;
          break;
        }
        if (!c.resolved || ctx_->write) {
          c.label_ids.clear();
          c.missing = false;
          for (const auto& l : c.labels) {
            auto id = ctx_->view->FindLabel(l);
            if (id)
              c.label_ids.push_back(*id);
            else
              c.missing = true;
          }
          c.resolved = true;
        }
        if (c.missing) {
          ok = false;
          break;
        }
        for (LabelId id : c.label_ids) {
          if (!ctx_->view->HasLabel(v.as_node().id, id)) {
            ok = false;
            break;
          }
        }
      } else if (!v.is_rel()) {
        ok = false;
      }
      if (ok && c.props && !MatchesProperties(v, c.props, *row, *ctx_)) ok = false;
      if (!ok) break;
    }
    if (!ok) continue;
    for (const Expr* p : predicates) {
      // `x = y` / `x <> y` over two variables holding nodes (or two holding
      // relationships): equal exactly when the ids are.
      if (p->kind == ExprKind::kBinary && (p->op == Op::kNe || p->op == Op::kEq) &&
          p->args[0]->kind == ExprKind::kVariable && p->args[1]->kind == ExprKind::kVariable) {
        const Value& x = (*row)[p->args[0]->slot];
        const Value& y = (*row)[p->args[1]->slot];
        if (x.is_node() && y.is_node()) {
          if ((x.as_node().id == y.as_node().id) != (p->op == Op::kEq)) {
            ok = false;
            break;
          }
          continue;
        }
        if (x.is_rel() && y.is_rel()) {
          if ((x.as_rel().id == y.as_rel().id) != (p->op == Op::kEq)) {
            ok = false;
            break;
          }
          continue;
        }
      }
      if (!EvalPredicate(*p, *row, *ctx_)) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
}

// ------------------------------------------------------------------ Path
bool PathOp::Next(Row* row) {
  if (!children_[0]->Pull(row)) return false;
  Row& r = *row;
  PathValue p;
  const Value& first = r[node_slots[0]];
  if (!first.is_node()) {
    r[path_] = Value();
    return true;
  }
  p.nodes.push_back(first.as_node());
  NodeId cur = first.as_node().id;
  for (size_t i = 0; i < rel_slots.size(); ++i) {
    const Value& rv = r[rel_slots[i]];
    if (rel_is_list[i]) {
      if (!rv.is_list()) {
        r[path_] = Value();
        return true;
      }
      for (const auto& x : rv.as_list()) {
        graph::EdgeEnds ends = ctx_->view->Edge(x.as_rel().id);
        cur = ends.start == cur ? ends.end : ends.start;
        p.rels.push_back(x.as_rel());
        p.nodes.push_back(NodeValue{cur, nullptr});
      }
    } else {
      const Value& nv = r[node_slots[i + 1]];
      if (!rv.is_rel() || !nv.is_node()) {
        r[path_] = Value();
        return true;
      }
      p.rels.push_back(rv.as_rel());
      p.nodes.push_back(nv.as_node());
      cur = nv.as_node().id;
    }
  }
  r[path_] = Value(std::move(p));
  return true;
}

// -------------------------------------------------------------- Optional
bool OptionalOp::Next(Row* row) {
  for (;;) {
    if (state_ != 0) {
      if (children_[1]->Pull(row)) {
        state_ = 2;
        return true;
      }
      bool produced = state_ == 2;
      state_ = 0;
      if (!produced) {
        *row = input_;
        for (int s : null_slots) (*row)[s] = Value();
        return true;
      }
    }
    if (!children_[0]->Pull(&input_)) return false;
    argument_->Set(&input_);
    children_[1]->Open(ctx_);
    state_ = 1;
  }
}

// --------------------------------------------------------------- Project
bool ProjectOp::Next(Row* row) {
  if (!children_[0]->Pull(row)) return false;
  for (const auto& it : items) (*row)[it.slot] = Eval(*it.expr, *row, *ctx_);
  return true;
}

// ------------------------------------------------------------- Aggregate
size_t DistinctOp::KeyHash::operator()(const std::vector<Value>& k) const {
  size_t h = 0x9e3779b97f4a7c15ull;
  for (const auto& v : k) h = h * 31 + EquivalenceHash(v);
  return h;
}
bool DistinctOp::KeyEq::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!Equivalent(a[i], b[i])) return false;
  }
  return true;
}

void AggregateOp::Build() {
  struct Group {
    Row first;
    std::vector<std::unique_ptr<Aggregator>> aggs;
  };
  std::vector<Group> groups;
  std::unordered_map<std::vector<Value>, size_t, DistinctOp::KeyHash, DistinctOp::KeyEq> index;
  struct OneHash {
    size_t operator()(const Value& v) const { return EquivalenceHash(v); }
  };
  struct OneEq {
    bool operator()(const Value& a, const Value& b) const { return Equivalent(a, b); }
  };
  std::unordered_map<Value, size_t, OneHash, OneEq> index1;
  auto new_group = [&](Row r) {
    Group g;
    g.first = std::move(r);
    for (const Expr* a : aggregates) {
      std::string lname = a->kind == ExprKind::kCountStar ? "count*" : a->name;
      for (char& c : lname) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      g.aggs.push_back(MakeAggregator(lname, a->distinct));
    }
    groups.push_back(std::move(g));
    return groups.size() - 1;
  };
  // The group of `row`, created on first sight; without grouping keys
  // there is one group and no hashing.
  auto FindGroup = [&](Row& row) -> size_t {
    if (keys.empty()) {
      if (groups.empty()) {
        ctx_->Charge(RowBytes(row) + 64 * aggregates.size());
        new_group(row);
      }
      return 0;
    }
    if (keys.size() == 1) {  // one key: no vector per row
      Value k = Eval(*keys[0].expr, row, *ctx_);
      auto it = index1.find(k);
      if (it != index1.end()) return it->second;
      row[keys[0].slot] = k;
      ctx_->Charge(RowBytes(row) + 64 * aggregates.size());
      size_t gi = new_group(row);
      index1.emplace(std::move(k), gi);
      return gi;
    }
    std::vector<Value> key;
    key.reserve(keys.size());
    for (const auto& k : keys) key.push_back(Eval(*k.expr, row, *ctx_));
    auto it = index.find(key);
    if (it != index.end()) return it->second;
    for (size_t i = 0; i < keys.size(); ++i) row[keys[i].slot] = key[i];
    ctx_->Charge(RowBytes(row) + 64 * aggregates.size());
    size_t gi = new_group(row);
    index.emplace(std::move(key), gi);
    return gi;
  };
  // Aggregates over the same argument text share one evaluation per row
  // (sum(x.a), min(x.a), max(x.a)); only aggregators that keep values
  // (collect, percentiles, DISTINCT) are measured for the memory limit.
  const size_t n = aggregates.size();
  std::vector<int> same_args(n, -1);
  std::vector<bool> grows(n, false);
  const Statement& st = *ctx_->statement;
  auto args_text = [&](const Expr* a) {
    std::string t;
    for (const auto& x : a->args) t += ExprText(st, *x) + "\x1f";
    return t;
  };
  for (size_t i = 0; i < n; ++i) {
    const Expr* a = aggregates[i];
    std::string lname = a->kind == ExprKind::kCountStar ? "count*" : a->name;
    for (char& c : lname) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    grows[i] = a->distinct || lname == "collect" || lname.rfind("percentile", 0) == 0;
    if (a->args.empty()) continue;
    for (size_t j = 0; j < i; ++j) {
      if (!aggregates[j]->args.empty() && args_text(aggregates[j]) == args_text(a)) {
        same_args[i] = static_cast<int>(j);
        break;
      }
    }
  }
  Row row;
  std::vector<std::vector<Value>> args(n);
  while (children_[0]->Pull(&row)) {
    ctx_->Tick();
    size_t gi = FindGroup(row);
    Group& g = groups[gi];
    for (size_t i = 0; i < n; ++i) {
      const Expr* a = aggregates[i];
      // A lone variable argument is read in place.
      const bool in_place = a->args.size() == 1 && a->args[0]->kind == ExprKind::kVariable;
      if (same_args[i] < 0 && !in_place) {
        args[i].clear();
        for (const auto& x : a->args) args[i].push_back(Eval(*x, row, *ctx_));
      }
      std::span<const Value> use = in_place            ? std::span<const Value>(&row[a->args[0]->slot], 1)
                                   : same_args[i] < 0 ? std::span<const Value>(args[i])
                                                      : std::span<const Value>(args[static_cast<size_t>(same_args[i])]);
      try {
        if (!grows[i]) {
          g.aggs[i]->Add(use);
          continue;
        }
        size_t before = g.aggs[i]->MemoryBytes();
        g.aggs[i]->Add(use);
        size_t after = g.aggs[i]->MemoryBytes();
        if (after > before) ctx_->Charge(after - before);
      } catch (const QueryError& err) {
        if (err.status().line() > 0) throw;
        throw QueryError(err.status().kind(), err.status().message(), a->pos.line, a->pos.column);
      }
    }
  }
  if (groups.empty() && keys.empty()) new_group(Row(static_cast<size_t>(width), Value()));
  for (auto& g : groups) {
    std::vector<Value> vals;
    vals.reserve(g.aggs.size());
    for (size_t i = 0; i < g.aggs.size(); ++i) {
      try {
        vals.push_back(g.aggs[i]->Finish());
      } catch (const QueryError& err) {
        if (err.status().line() > 0) throw;
        const Pos& p = aggregates[i]->pos;
        throw QueryError(err.status().kind(), err.status().message(), p.line, p.column);
      }
    }
    Row r = std::move(g.first);
    ctx_->aggregates = &vals;
    try {
      for (const auto& it : agg_items) r[it.slot] = Eval(*it.expr, r, *ctx_);
    } catch (...) {
      ctx_->aggregates = nullptr;
      throw;
    }
    ctx_->aggregates = nullptr;
    out_.push_back(std::move(r));
  }
  built_ = true;
}

bool AggregateOp::Next(Row* row) {
  if (!built_) Build();
  if (pos_ >= out_.size()) return false;
  *row = std::move(out_[pos_++]);
  return true;
}

// -------------------------------------------------------------- Distinct
bool DistinctOp::Next(Row* row) {
  for (;;) {
    if (!children_[0]->Pull(row)) return false;
    std::vector<Value> key;
    key.reserve(slots.size());
    for (int s : slots) key.push_back((*row)[s]);
    if (seen_.emplace(std::move(key), true).second) {
      ctx_->Charge(sizeof(Value) * slots.size() + 32);
      return true;
    }
  }
}

// ------------------------------------------------------------------ Sort
void SortOp::Build(std::vector<Row>* rows) {
  std::vector<std::pair<std::vector<Value>, Row>> items;
  Row r;
  while (children_[0]->Pull(&r)) {
    ctx_->Tick();
    std::vector<Value> k;
    k.reserve(keys.size());
    for (const auto& [e, desc] : keys) k.push_back(Eval(*e, r, *ctx_));
    ctx_->Charge(RowBytes(r) + sizeof(Value) * k.size());
    items.emplace_back(std::move(k), r);  // copy: the child keeps using `r`
  }
  auto less = [&](const auto& a, const auto& b) {
    for (size_t i = 0; i < keys.size(); ++i) {
      int c = OrderCompare(a.first[i], b.first[i]);
      if (c != 0) return keys[i].second ? c > 0 : c < 0;
    }
    return false;
  };
  if (top_n && *top_n < items.size()) {
    std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(*top_n), items.end(),
                      [&](const auto& a, const auto& b) { return less(a, b); });
    items.resize(*top_n);
    std::stable_sort(items.begin(), items.end(), less);
  } else {
    std::stable_sort(items.begin(), items.end(), less);
  }
  rows->reserve(items.size());
  for (auto& it : items) rows->push_back(std::move(it.second));
}

bool BufferedOp::Next(Row* row) {
  if (!built_) {
    Build(&rows_);
    built_ = true;
  }
  if (pos_ >= rows_.size()) return false;
  *row = std::move(rows_[pos_++]);
  return true;
}

// ------------------------------------------------------------- SkipLimit
void SkipLimitOp::Open(ExecContext* ctx) {
  Operator::Open(ctx);
  seen_ = emitted_ = 0;
  auto count = [&](const Expr* e, const char* what) -> uint64_t {
    // SKIP/LIMIT read no variable (binder); a row of the query's width
    // holds the slots of any comprehension inside them.
    Row empty(static_cast<size_t>(width), Value());
    Value v = Eval(*e, empty, *ctx);
    if (!v.is_int()) {
      throw QueryError(ErrorKind::kSyntaxError,
                       fmt::format("InvalidArgumentType: {} must be an integer", what), e->pos.line,
                       e->pos.column);
    }
    if (v.as_int() < 0) {
      throw QueryError(ErrorKind::kSyntaxError,
                       fmt::format("NegativeIntegerArgument: {} cannot be negative", what), e->pos.line,
                       e->pos.column);
    }
    return static_cast<uint64_t>(v.as_int());
  };
  skip_n_ = skip ? count(skip, "SKIP") : 0;
  has_limit_ = limit != nullptr;
  limit_n_ = limit ? count(limit, "LIMIT") : 0;
}

bool SkipLimitOp::Next(Row* row) {
  if (has_limit_ && emitted_ >= limit_n_) {
    // Updates below must happen whatever the limit.
    if (drain) {
      while (children_[0]->Pull(row)) {
      }
      drain = false;
    }
    return false;
  }
  while (seen_ < skip_n_) {
    if (!children_[0]->Pull(row)) return false;
    ++seen_;
  }
  if (!children_[0]->Pull(row)) return false;
  ++emitted_;
  return true;
}

// ---------------------------------------------------------------- Unwind
bool UnwindOp::Next(Row* row) {
  for (;;) {
    if (pos_ < list_.size()) {
      (*row)[slot_] = list_[pos_++];
      return true;
    }
    if (!children_[0]->Pull(row)) return false;
    list_.clear();
    pos_ = 0;
    Value v = Eval(*expr_, *row, *ctx_);
    if (v.is_null()) continue;
    if (v.is_list())
      list_ = v.as_list();
    else
      list_.push_back(std::move(v));
  }
}

// ----------------------------------------------------------------- Eager
void EagerOp::Build(std::vector<Row>* rows) {
  Row r;
  while (children_[0]->Pull(&r)) {
    ctx_->Charge(RowBytes(r));
    rows->push_back(r);  // copy: the child keeps using `r`
  }
}

// ---------------------------------------------------------------- Create
void CreatePattern(const Pattern& p, Row* row, ExecContext& ctx) {
  graph::WriteTxn* w = ctx.write;
  Row& r = *row;
  for (const auto& n : p.nodes) {
    if (n.bound || r[n.slot].is_node()) {
      const Value& v = r[n.slot];
      if (!v.is_node()) {
        if (v.is_null()) {
          throw QueryError(ErrorKind::kSemanticError,
                           fmt::format("cannot create a relationship with a null node '{}'", n.var),
                           n.pos.line, n.pos.column);
        }
        throw QueryError(ErrorKind::kTypeError,
                         fmt::format("VariableTypeConflict: '{}' is not a node", n.var), n.pos.line,
                         n.pos.column);
      }
      if (ctx.deleted_nodes.count(v.as_node().id)) {
        throw QueryError(ErrorKind::kEntityNotFound, "DeletedEntityAccess: node was deleted", n.pos.line,
                         n.pos.column);
      }
      continue;
    }
    std::vector<LabelId> labels;
    for (const auto& l : n.labels) {
      LabelId id = w->InternLabel(l);
      if (std::find(labels.begin(), labels.end(), id) == labels.end()) labels.push_back(id);
    }
    graph::PropertyList props = EvalProps(n.props.get(), r, ctx, w);
    auto id = w->CreateNode(labels, props);
    CheckOk(id.status());
    r[n.slot] = Value(NodeValue{*id, nullptr});
    ctx.counts.nodes_created++;
    ctx.counts.labels_added += labels.size();
    ctx.counts.properties_set += props.size();
  }
  for (size_t i = 0; i < p.rels.size(); ++i) {
    const RelPattern& rp = p.rels[i];
    NodeId a = r[p.nodes[i].slot].as_node().id;
    NodeId b = r[p.nodes[i + 1].slot].as_node().id;
    if (rp.dir == Direction::kIn) std::swap(a, b);
    TypeId t = w->InternType(rp.types[0]);
    graph::PropertyList props = EvalProps(rp.props.get(), r, ctx, w);
    auto id = w->CreateEdge(t, a, b, props);
    CheckOk(id.status());
    r[rp.slot] = Value(RelValue{*id, nullptr});
    ctx.counts.relationships_created++;
    ctx.counts.properties_set += props.size();
  }
  if (p.path_slot >= 0) {
    PathValue path;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
      path.nodes.push_back(r[p.nodes[i].slot].as_node());
      if (i < p.rels.size()) path.rels.push_back(r[p.rels[i].slot].as_rel());
    }
    r[p.path_slot] = Value(std::move(path));
  }
}

bool CreateOp::Next(Row* row) {
  if (!children_[0]->Pull(row)) return false;
  for (const auto& p : *patterns_) CreatePattern(p, row, *ctx_);
  return true;
}

// ------------------------------------------------------------------- SET
namespace {

void SetProperty(const Value& target, const std::string& key, const Value& v, ExecContext& ctx) {
  CheckStorable(v);
  graph::WriteTxn* w = ctx.write;
  if (target.is_node()) {
    if (ctx.deleted_nodes.count(target.as_node().id)) {
      throw QueryError(ErrorKind::kEntityNotFound, "DeletedEntityAccess: node was deleted");
    }
    KeyId k = w->InternKey(key);
    CheckOk(w->SetNodeProperty(target.as_node().id, k, v));
  } else if (target.is_rel()) {
    if (ctx.deleted_edges.count(target.as_rel().id)) {
      throw QueryError(ErrorKind::kEntityNotFound, "DeletedEntityAccess: relationship was deleted");
    }
    KeyId k = w->InternKey(key);
    CheckOk(w->SetEdgeProperty(target.as_rel().id, k, v));
  } else {
    TypeFail(
        fmt::format("InvalidArgumentType: cannot set a property on a {}", Value::TypeName(target.type())));
  }
  ctx.counts.properties_set++;
}

ValueMap CurrentProperties(const Value& target, ExecContext& ctx) {
  graph::PropertyList props = target.is_node() ? ctx.view->NodeProperties(target.as_node().id)
                                               : ctx.view->EdgeProperties(target.as_rel().id);
  ValueMap m;
  for (auto& [k, v] : props) m.emplace_back(ctx.view->KeyName(k), v);
  return m;
}

}  // namespace

void ApplySetItems(const std::vector<SetItem>& items, Row* row, ExecContext& ctx) {
  for (const auto& item : items) {
    try {
      switch (item.kind) {
        case SetItem::Kind::kProperty: {
          Value target = Eval(*item.target->args[0], *row, ctx);
          Value v = Eval(*item.value, *row, ctx);
          if (target.is_null()) break;
          SetProperty(target, item.target->name, v, ctx);
          break;
        }
        case SetItem::Kind::kReplace:
        case SetItem::Kind::kMerge: {
          Value target = Eval(*item.target, *row, ctx);
          Value v = Eval(*item.value, *row, ctx);
          if (target.is_null()) break;
          if (!target.is_node() && !target.is_rel()) {
            TypeFail("InvalidArgumentType: SET needs a node or a relationship");
          }
          ValueMap m;
          if (v.is_node() || v.is_rel())
            m = CurrentProperties(v, ctx);
          else if (v.is_map())
            m = v.as_map();
          else if (!v.is_null())
            TypeFail("InvalidArgumentType: SET ... = needs a map, node or relationship");
          if (item.kind == SetItem::Kind::kReplace) {
            for (const auto& [k, old] : CurrentProperties(target, ctx)) {
              bool keep = std::any_of(m.begin(), m.end(), [&](const auto& kv) { return kv.first == k; });
              if (!keep) SetProperty(target, k, Value(), ctx);
            }
          }
          for (const auto& [k, val] : m) SetProperty(target, k, val, ctx);
          break;
        }
        case SetItem::Kind::kLabels: {
          Value target = Eval(*item.target, *row, ctx);
          if (target.is_null()) break;
          if (!target.is_node()) TypeFail("InvalidArgumentType: labels can only be set on nodes");
          for (const auto& l : item.labels) {
            LabelId id = ctx.write->InternLabel(l);
            if (ctx.view->HasLabel(target.as_node().id, id)) continue;
            CheckOk(ctx.write->AddLabel(target.as_node().id, id));
            ctx.counts.labels_added++;
          }
          break;
        }
      }
    } catch (const QueryError& e) {
      if (e.status().line() > 0) throw;
      throw QueryError(e.status().kind(), e.status().message(), item.pos.line, item.pos.column);
    }
  }
}

// ------------------------------------------------------------ MERGE
bool MergeOp::Next(Row* row) {
  for (;;) {
    if (pos_ < pending_.size()) {
      *row = std::move(pending_[pos_++]);
      return true;
    }
    pending_.clear();
    pos_ = 0;
    if (!children_[0]->Pull(&input_)) return false;
    Row& in = input_;
    const Pattern& p = clause_->patterns[0];
    // null property values cannot be merged on
    auto check_nulls = [&](const Expr* props, const Pos& pos) {
      if (!props) return;
      Value m = Eval(*props, in, *ctx_);
      if (!m.is_map()) return;
      for (const auto& [k, v] : m.as_map()) {
        if (v.is_null()) {
          throw QueryError(ErrorKind::kSemanticError,
                           fmt::format("cannot merge on a null value of property '{}'", k), pos.line,
                           pos.column);
        }
      }
    };
    for (const auto& n : p.nodes) check_nulls(n.props.get(), n.pos);
    for (const auto& r : p.rels) check_nulls(r.props.get(), r.pos);
    argument_->Set(&in);
    children_[1]->Open(ctx_);
    Row m;
    while (children_[1]->Pull(&m)) {
      ctx_->Charge(RowBytes(m));
      pending_.push_back(m);
    }
    if (pending_.empty()) {
      Row r = in;
      CreatePattern(p, &r, *ctx_);
      ApplySetItems(clause_->on_create, &r, *ctx_);
      pending_.push_back(std::move(r));
    } else {
      for (auto& r : pending_) ApplySetItems(clause_->on_match, &r, *ctx_);
    }
  }
}

// ------------------------------------------------- SET / REMOVE / DELETE
bool UpdateOp::Next(Row* row) {
  if (!children_[0]->Pull(row)) return false;
  ExecContext& ctx = *ctx_;
  graph::WriteTxn* w = ctx.write;
  switch (clause_->kind) {
    case ClauseKind::kSet:
      ApplySetItems(clause_->set_items, row, ctx);
      break;
    case ClauseKind::kRemove:
      for (const auto& item : clause_->remove_items) {
        if (item.kind == RemoveItem::Kind::kProperty) {
          Value target = Eval(*item.target->args[0], *row, ctx);
          if (target.is_null()) continue;
          Value old = PropertyOf(target, item.target->name, ctx);
          if (old.is_null()) continue;
          SetProperty(target, item.target->name, Value(), ctx);
        } else {
          Value target = Eval(*item.target, *row, ctx);
          if (target.is_null()) continue;
          if (!target.is_node()) TypeFail("InvalidArgumentType: labels can only be removed from nodes");
          for (const auto& l : item.labels) {
            auto id = ctx.view->FindLabel(l);
            if (!id || !ctx.view->HasLabel(target.as_node().id, *id)) continue;
            CheckOk(w->RemoveLabel(target.as_node().id, *id));
            ctx.counts.labels_removed++;
          }
        }
      }
      break;
    case ClauseKind::kDelete: {
      std::vector<NodeId> nodes;
      std::vector<EdgeId> edges;
      std::function<void(const Value&, const Expr&)> collect = [&](const Value& v, const Expr& e) {
        if (v.is_null()) return;
        if (v.is_node())
          nodes.push_back(v.as_node().id);
        else if (v.is_rel())
          edges.push_back(v.as_rel().id);
        else if (v.is_path()) {
          for (const auto& n : v.as_path().nodes) nodes.push_back(n.id);
          for (const auto& r : v.as_path().rels) edges.push_back(r.id);
        } else if (v.is_list()) {
          for (const auto& x : v.as_list()) collect(x, e);
        } else {
          throw QueryError(ErrorKind::kTypeError,
                           fmt::format("InvalidArgumentType: cannot delete a {}", Value::TypeName(v.type())),
                           e.pos.line, e.pos.column);
        }
      };
      for (const auto& e : clause_->exprs) collect(Eval(*e, *row, ctx), *e);
      // Keep what deleted entities looked like: returning them, or their
      // type or labels, stays possible after the delete.
      auto remember_edge = [&](EdgeId id) {
        Value v(RelValue{id, nullptr});
        Materialize(&v, ctx);
        ctx.deleted_edge_data[id] = v.as_rel().data;
      };
      auto remember_node = [&](NodeId id) {
        Value v(NodeValue{id, nullptr});
        Materialize(&v, ctx);
        ctx.deleted_node_data[id] = v.as_node().data;
      };
      for (EdgeId id : edges) {
        if (ctx.deleted_edges.count(id) || !ctx.view->EdgeExists(id)) continue;
        remember_edge(id);
        CheckOk(w->DeleteEdge(id));
        ctx.deleted_edges.insert(id);
        ctx.counts.relationships_deleted++;
      }
      for (NodeId id : nodes) {
        if (ctx.deleted_nodes.count(id) || !ctx.view->NodeExists(id)) continue;
        remember_node(id);
        if (clause_->detach) {
          std::vector<graph::EdgeRef> refs;
          ctx.view->Edges(id, Direction::kBoth, {}, &refs);
          for (const auto& er : refs) {
            if (ctx.deleted_edges.count(er.edge)) continue;
            remember_edge(er.edge);
            ctx.deleted_edges.insert(er.edge);
            ctx.counts.relationships_deleted++;
          }
          CheckOk(w->DetachDeleteNode(id));
        } else {
          // Deleted at the end of the statement, when the relationships
          // that later rows or clauses delete are gone (openCypher checks
          // DeleteConnectedNode at commit).
          ctx.pending_node_deletes.push_back({id, clause_->pos});
        }
        ctx.deleted_nodes.insert(id);
        ctx.counts.nodes_deleted++;
      }
      break;
    }
    default:
      break;
  }
  return true;
}

// ------------------------------------------------------------------ CALL
namespace {

// Lower-cases and strips accents (NFD, drop combining marks).
std::string FoldForSearch(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    int8_t t = u_charType(c);
    if (t == U_NON_SPACING_MARK) continue;
    if (u_isalnum(c))
      out.append(static_cast<UChar32>(u_tolower(c)));
    else
      out.append(static_cast<UChar32>(' '));
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::vector<std::string> Tokens(const std::string& folded) {
  std::vector<std::string> t;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    size_t b = i;
    while (i < folded.size() && folded[i] != ' ') ++i;
    if (i > b) t.push_back(folded.substr(b, i - b));
  }
  return t;
}

}  // namespace

void CallOp::Produce(Row& input) {
  results_.clear();
  pos_ = 0;
  const graph::View& view = *ctx_->view;
  const std::string& p = clause_->proc;
  auto add_names = [&](const std::vector<std::string>& names) {
    for (const auto& n : names) results_.push_back({Value(n)});
  };
  if (p == "db.labels") {
    add_names(view.LabelsInUse());
  } else if (p == "db.relationshiptypes") {
    add_names(view.TypesInUse());
  } else if (p == "db.propertykeys") {
    add_names(view.KeysInUse());
  } else if (p == "kg.search") {
    Value q = Eval(*clause_->exprs[0], input, *ctx_);
    if (!q.is_string()) TypeFail("InvalidArgumentType: kg.search() takes a string");
    int64_t limit = 100;
    if (clause_->exprs.size() > 1) {
      Value l = Eval(*clause_->exprs[1], input, *ctx_);
      if (!l.is_int() || l.as_int() < 0)
        throw QueryError(ErrorKind::kArgumentError, "kg.search() limit must be a non-negative integer");
      limit = l.as_int();
    }
    std::vector<std::string> want = Tokens(FoldForSearch(q.as_string()));
    if (want.empty()) return;
    std::vector<std::pair<double, NodeId>> hits;
    std::vector<NodeId> all;
    view.AllNodes(&all);
    auto name_key = view.FindKey("name");
    auto text_key = view.FindKey("text");
    auto statement = view.FindLabel("Statement");
    for (NodeId id : all) {
      ctx_->Tick();
      std::string hay;
      if (name_key) {
        Value v = view.NodeProperty(id, *name_key);
        if (v.is_string()) hay = v.as_string();
      }
      if (text_key && statement && view.HasLabel(id, *statement)) {
        Value v = view.NodeProperty(id, *text_key);
        if (v.is_string()) hay += " " + v.as_string();
      }
      if (hay.empty()) continue;
      std::string folded = " " + FoldForSearch(hay) + " ";
      double matched = 0;
      for (const auto& w : want) {
        if (folded.find(" " + w + " ") != std::string::npos)
          matched += 1;
        else if (folded.find(" " + w) != std::string::npos)
          matched += 0.5;
      }
      if (matched <= 0) continue;
      std::vector<std::string> have = Tokens(folded);
      double score = matched / static_cast<double>(want.size());
      // Prefer short, exact names: a full match of the whole name scores 1.
      score *=
          static_cast<double>(want.size()) / static_cast<double>(std::max(want.size(), have.size())) * 0.5 +
          0.5;
      hits.emplace_back(score, id);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (static_cast<int64_t>(hits.size()) > limit) hits.resize(static_cast<size_t>(limit));
    for (const auto& [score, id] : hits) results_.push_back({Value(NodeValue{id, nullptr}), Value(score)});
  }
}

bool CallOp::Next(Row* row) {
  for (;;) {
    while (pos_ < results_.size()) {
      const auto& res = results_[pos_++];
      *row = input_;
      for (const auto& y : clause_->yields) {
        size_t idx = (y.field == "score") ? 1 : 0;
        if (idx < res.size()) (*row)[y.slot] = res[idx];
      }
      if (clause_->where && !EvalPredicate(*clause_->where, *row, *ctx_)) continue;
      return true;
    }
    if (!children_[0]->Pull(&input_)) return false;
    Produce(input_);
  }
}

// ------------------------------------------------------------ CountStore
bool CountStoreOp::Next(Row* row) {
  if (done_) return false;
  done_ = true;
  const graph::View& view = *ctx_->view;
  int64_t n = 0;
  if (!count_edges) {
    if (labels.empty()) {
      n = static_cast<int64_t>(view.NodeCount());
    } else if (auto l = view.FindLabel(labels[0])) {
      n = static_cast<int64_t>(view.CountNodesWithLabel(*l));
    }
  } else if (types.empty()) {
    n = static_cast<int64_t>(view.EdgeCount());
  } else {
    std::vector<TypeId> seen;
    for (const auto& t : types) {
      auto id = view.FindType(t);
      if (!id || std::find(seen.begin(), seen.end(), *id) != seen.end()) continue;
      seen.push_back(*id);
      n += static_cast<int64_t>(view.CountEdgesOfType(*id));
    }
  }
  row->assign(static_cast<size_t>(width_), Value());
  (*row)[slot_] = Value(n);
  return true;
}

// ----------------------------------------------------------------- INDEX
bool IndexOp::Next(Row*) {
  if (done_) return false;
  done_ = true;
  graph::WriteTxn* w = ctx_->write;
  LabelId l = w->InternLabel(clause_->label);
  KeyId k = w->InternKey(clause_->key);
  if (clause_->kind == ClauseKind::kCreateIndex) {
    if (!w->HasIndex(l, k)) {
      CheckOk(w->CreateIndex(l, k));
      ctx_->counts.indexes_added++;
    }
  } else {
    CheckOk(w->DropIndex(l, k));
  }
  return false;
}

}  // namespace kg::query
