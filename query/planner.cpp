// The planner: turns a bound single query into a tree of pull operators.
//
// Plan choices:
//   * each pattern starts from its most selective node: a node already
//     bound, an id seek (`id(n) = expr`), an index seek on a property
//     equality or prefix (inline `{k: v}` or WHERE `n.k = v` /
//     `n.k STARTS WITH v`) on an indexed (label, key), the smallest label
//     scan, or else all nodes;
//   * it then expands along typed adjacency to the right and to the left;
//   * WHERE is split into conjuncts, each placed right after the operator
//     that binds the last variable it needs;
//   * updating clauses run clause-at-a-time (Eager before them).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "query/binder.h"
#include "query/exec.h"
#include "query/operators.h"

namespace kg::query {

using namespace ast;  // NOLINT: the AST vocabulary throughout this file

namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Slots an expression reads from the row, minus those it binds itself.
void FreeSlots(const Expr* e, std::set<int>* out, std::set<int>* locals) {
  if (!e) return;
  switch (e->kind) {
    case ExprKind::kVariable:
      if (!locals->count(e->slot)) out->insert(e->slot);
      return;
    case ExprKind::kListComp:
    case ExprKind::kQuantifier:
    case ExprKind::kReduce:
      locals->insert(e->slot);
      if (e->slot2 >= 0) locals->insert(e->slot2);
      break;
    case ExprKind::kPatternPred:
    case ExprKind::kPatternComp:
    case ExprKind::kExistsPattern:
    case ExprKind::kShortestPath:
      for (const auto& n : e->pattern->nodes) {
        if (n.bound)
          out->insert(n.slot);
        else
          locals->insert(n.slot);
        FreeSlots(n.props.get(), out, locals);
      }
      for (const auto& r : e->pattern->rels) {
        if (r.bound)
          out->insert(r.slot);
        else
          locals->insert(r.slot);
        FreeSlots(r.props.get(), out, locals);
      }
      if (e->pattern->path_slot >= 0) locals->insert(e->pattern->path_slot);
      break;
    default:
      break;
  }
  for (const auto& a : e->args) FreeSlots(a.get(), out, locals);
  for (const auto& p : e->proj) FreeSlots(p.value.get(), out, locals);
}

std::set<int> FreeSlotsOf(const Expr* e) {
  std::set<int> out, locals;
  FreeSlots(e, &out, &locals);
  return out;
}

void SplitConjuncts(const Expr* e, std::vector<const Expr*>* out) {
  if (!e) return;
  if (e->kind == ExprKind::kBinary && e->op == Op::kAnd) {
    SplitConjuncts(e->args[0].get(), out);
    SplitConjuncts(e->args[1].get(), out);
    return;
  }
  out->push_back(e);
}

class Planner {
 public:
  Planner(const Statement& st, graph::View* view, const QueryOptions& options, int width)
      : st_(st), view_(view), options_(options), width_(width) {}

  // MATCH (n[:L]) RETURN count(*|n) and MATCH ()-[r[:T]]->() RETURN
  // count(*|r): answered from the graph's counts. Null when not that shape.
  std::unique_ptr<Operator> TryCountStore(SingleQuery* q, std::vector<int>* returns) {
    if (q->clauses.size() != 2) return nullptr;
    const Clause& m = q->clauses[0];
    const Clause& r = q->clauses[1];
    if (m.kind != ClauseKind::kMatch || m.optional || m.where || m.patterns.size() != 1) return nullptr;
    if (r.kind != ClauseKind::kReturn || r.proj.items.size() != 1 || r.proj.distinct ||
        !r.proj.order_by.empty() || r.proj.skip || r.proj.limit || r.proj.star) {
      return nullptr;
    }
    const Pattern& p = m.patterns[0];
    if (!p.path_var.empty() || p.shortest != Pattern::Shortest::kNone) return nullptr;
    const Expr& e = *r.proj.items[0].expr;
    int counted = -1;  // the slot count() reads, or -1 for count(*)
    if (e.kind == ExprKind::kFunction) {
      if (Lower(e.name) != "count" || e.distinct || e.args.size() != 1 ||
          e.args[0]->kind != ExprKind::kVariable) {
        return nullptr;
      }
      counted = e.args[0]->slot;
    } else if (e.kind != ExprKind::kCountStar) {
      return nullptr;
    }
    for (const auto& n : p.nodes) {
      if (n.props || (p.rels.size() == 1 && !n.labels.empty())) return nullptr;
    }
    int slot = r.proj.items[0].slot;
    std::unique_ptr<CountStoreOp> op;
    if (p.rels.empty()) {
      if (p.nodes[0].labels.size() > 1) return nullptr;
      if (counted >= 0 && counted != p.nodes[0].slot) return nullptr;
      op = std::make_unique<CountStoreOp>(width_, slot);
      op->labels = p.nodes[0].labels;
      op->name = "NodeCountFromCountStore";
      op->details = PatternText(p);
    } else if (p.rels.size() == 1) {
      const RelPattern& rel = p.rels[0];
      // Undirected patterns match self-loops once but other edges twice.
      if (rel.props || rel.var_length || rel.bound || rel.dir == Direction::kBoth) return nullptr;
      if (p.nodes[0].slot == p.nodes[1].slot) return nullptr;  // (a)-->(a): loops only
      if (counted >= 0 && counted != rel.slot) return nullptr;
      op = std::make_unique<CountStoreOp>(width_, slot);
      op->count_edges = true;
      op->types = rel.types;
      op->name = "RelationshipCountFromCountStore";
      op->details = PatternText(p);
    } else {
      return nullptr;
    }
    returns->push_back(slot);
    return op;
  }

  std::unique_ptr<Operator> PlanQuery(SingleQuery* q, std::vector<int>* returns) {
    updating_ = q->updating;
    if (auto counted = TryCountStore(q, returns)) return counted;
    std::unique_ptr<Operator> op = std::make_unique<OnceOp>(width_);
    bool prev_updating = false;
    for (size_t i = 0; i < q->clauses.size(); ++i) {
      Clause& c = q->clauses[i];
      CompileClauseExprs(&c);
      bool updating = c.kind == ClauseKind::kCreate || c.kind == ClauseKind::kMerge ||
                      c.kind == ClauseKind::kSet || c.kind == ClauseKind::kRemove ||
                      c.kind == ClauseKind::kDelete;
      // Clause-at-a-time: an updating clause sees every row of the clauses
      // before it finished (including earlier updates).
      if (updating && i > 0) op = std::make_unique<EagerOp>(std::move(op));
      if (!updating && prev_updating) op = std::make_unique<EagerOp>(std::move(op));
      prev_updating = updating;
      switch (c.kind) {
        case ClauseKind::kMatch:
          if (c.optional) {
            auto arg = std::make_unique<ArgumentOp>();
            ArgumentOp* argp = arg.get();
            std::set<int> before = bound_;
            std::unique_ptr<Operator> inner = PlanMatch(std::move(arg), &c);
            auto opt = std::make_unique<OptionalOp>(std::move(op), std::move(inner), argp);
            opt->name = "Optional";
            for (int s : bound_) {
              if (!before.count(s)) opt->null_slots.push_back(s);
            }
            op = std::move(opt);
          } else {
            op = PlanMatch(std::move(op), &c);
          }
          break;
        case ClauseKind::kUnwind: {
          auto u = std::make_unique<UnwindOp>(std::move(op), c.expr.get(), c.slot);
          u->name = "Unwind";
          u->details = ExprText(st_, *c.expr) + " AS " + c.var;
          op = std::move(u);
          bound_.insert(c.slot);
          break;
        }
        case ClauseKind::kWith:
        case ClauseKind::kReturn:
          op = PlanProjection(std::move(op), &c.proj, c.kind == ClauseKind::kWith);
          if (c.kind == ClauseKind::kReturn) {
            for (const auto& item : c.proj.items) returns->push_back(item.slot);
          }
          break;
        case ClauseKind::kCreate: {
          auto cr = std::make_unique<CreateOp>(std::move(op), &c.patterns);
          cr->name = "Create";
          for (const auto& p : c.patterns) cr->details += (cr->details.empty() ? "" : ", ") + PatternText(p);
          op = std::move(cr);
          for (const auto& p : c.patterns) MarkBound(p);
          break;
        }
        case ClauseKind::kMerge: {
          auto arg = std::make_unique<ArgumentOp>();
          ArgumentOp* argp = arg.get();
          std::vector<const Expr*> none;
          std::vector<std::pair<int, bool>> rels;
          std::set<int> saved = bound_;
          std::unique_ptr<Operator> inner = PlanPattern(std::move(arg), c.patterns[0], &none, &rels);
          bound_ = saved;
          auto m = std::make_unique<MergeOp>(std::move(op), std::move(inner), argp, &c);
          m->name = "Merge";
          m->details = PatternText(c.patterns[0]);
          op = std::move(m);
          MarkBound(c.patterns[0]);
          break;
        }
        case ClauseKind::kSet:
        case ClauseKind::kRemove:
        case ClauseKind::kDelete: {
          auto u = std::make_unique<UpdateOp>(std::move(op), &c);
          u->name = c.kind == ClauseKind::kSet      ? "SetProperties"
                    : c.kind == ClauseKind::kRemove ? "Remove"
                    : c.detach                      ? "DetachDelete"
                                                    : "Delete";
          op = std::move(u);
          break;
        }
        case ClauseKind::kCall: {
          auto call = std::make_unique<CallOp>(std::move(op), &c);
          call->name = "ProcedureCall";
          call->details = c.proc;
          op = std::move(call);
          for (const auto& y : c.yields) {
            bound_.insert(y.slot);
            returns->push_back(y.slot);
          }
          if (i + 1 != q->clauses.size()) returns->clear();
          break;
        }
        case ClauseKind::kCreateIndex:
        case ClauseKind::kDropIndex: {
          auto ix = std::make_unique<IndexOp>(&c);
          ix->name = c.kind == ClauseKind::kCreateIndex ? "CreateIndex" : "DropIndex";
          ix->details = fmt::format(":{}({})", c.label, c.key);
          op = std::move(ix);
          break;
        }
      }
    }
    return op;
  }

  // Compiles a pattern expression into a sub-plan over an Argument leaf.
  void CompilePatternExpr(Expr* e) {
    auto cp = std::make_shared<CompiledPattern>();
    auto arg = std::make_unique<ArgumentOp>();
    cp->argument = arg.get();
    Planner sub(st_, view_, options_, width_);
    for (const auto& n : e->pattern->nodes) {
      if (n.bound) sub.bound_.insert(n.slot);
    }
    for (const auto& r : e->pattern->rels) {
      if (r.bound) sub.bound_.insert(r.slot);
    }
    for (auto& n : e->pattern->nodes) sub.CompileExprTree(n.props.get());
    for (auto& r : e->pattern->rels) sub.CompileExprTree(r.props.get());
    std::vector<const Expr*> none;
    std::vector<std::pair<int, bool>> rels;
    cp->root = sub.PlanPattern(std::move(arg), *e->pattern, &none, &rels);
    cp->width = width_;
    e->compiled = cp;
  }

  // Compiles every pattern expression inside `e` (innermost first).
  void CompileExprTree(Expr* e) {
    if (!e) return;
    for (auto& a : e->args) CompileExprTree(a.get());
    for (auto& p : e->proj) CompileExprTree(p.value.get());
    if (e->kind == ExprKind::kPatternPred || e->kind == ExprKind::kPatternComp ||
        e->kind == ExprKind::kExistsPattern || e->kind == ExprKind::kShortestPath) {
      CompilePatternExpr(e);
    }
  }

 private:
  void CompileClauseExprs(Clause* c) {
    CompileExprTree(c->where.get());
    CompileExprTree(c->expr.get());
    for (auto& p : c->patterns) {
      for (auto& n : p.nodes) CompileExprTree(n.props.get());
      for (auto& r : p.rels) CompileExprTree(r.props.get());
    }
    for (auto& item : c->proj.items) CompileExprTree(item.expr.get());
    for (auto& s : c->proj.order_by) CompileExprTree(s.expr.get());
    CompileExprTree(c->proj.where.get());
    CompileExprTree(c->proj.skip.get());
    CompileExprTree(c->proj.limit.get());
    for (auto* items : {&c->on_create, &c->on_match, &c->set_items}) {
      for (auto& s : *items) {
        CompileExprTree(s.target.get());
        CompileExprTree(s.value.get());
      }
    }
    for (auto& r : c->remove_items) CompileExprTree(r.target.get());
    for (auto& e : c->exprs) CompileExprTree(e.get());
  }

  void MarkBound(const Pattern& p) {
    for (const auto& n : p.nodes) bound_.insert(n.slot);
    for (const auto& r : p.rels) bound_.insert(r.slot);
    if (p.path_slot >= 0) bound_.insert(p.path_slot);
  }

  std::string NodeText(const NodePattern& n) const {
    std::string s = "(" + n.var;
    for (const auto& l : n.labels) s += ":" + l;
    if (n.props) s += " " + ExprText(st_, *n.props);
    return s + ")";
  }
  std::string RelText(const RelPattern& r, bool left_to_right) const {
    std::string s = (r.dir == Direction::kIn) == left_to_right ? "<-[" : "-[";
    s += r.var;
    for (size_t i = 0; i < r.types.size(); ++i) s += (i ? "|" : ":") + r.types[i];
    if (r.var_length) {
      s += "*";
      if (r.min_hops) s += std::to_string(*r.min_hops);
      if (r.min_hops != r.max_hops || !r.min_hops) s += "..";
      if (r.max_hops && r.min_hops != r.max_hops) s += std::to_string(*r.max_hops);
    }
    s += (r.dir == Direction::kOut) == left_to_right ? "]->" : "]-";
    return s;
  }
  std::string PatternText(const Pattern& p) const {
    std::string s = p.path_var.empty() ? "" : p.path_var + " = ";
    for (size_t i = 0; i < p.nodes.size(); ++i) {
      s += NodeText(p.nodes[i]);
      if (i < p.rels.size()) s += RelText(p.rels[i], true);
    }
    return s;
  }

  // Adds the conjuncts whose variables are all bound as a Filter.
  std::unique_ptr<Operator> PlaceConjuncts(std::unique_ptr<Operator> op, std::vector<const Expr*>* pending) {
    std::vector<const Expr*> ready;
    for (auto it = pending->begin(); it != pending->end();) {
      std::set<int> need = FreeSlotsOf(*it);
      bool ok = std::all_of(need.begin(), need.end(), [&](int s) { return bound_.count(s) > 0; });
      if (ok) {
        ready.push_back(*it);
        it = pending->erase(it);
      } else {
        ++it;
      }
    }
    if (ready.empty()) return op;
    auto f = std::make_unique<FilterOp>(std::move(op));
    f->name = "Filter";
    for (const Expr* e : ready) {
      f->details += (f->details.empty() ? "" : " AND ") + ExprText(st_, *e);
      f->predicates.push_back(e);
    }
    return f;
  }

  // A Filter checking n's labels (but skip_label) and inline properties
  // (`props`: n's map, or null when the scan checked it).
  std::unique_ptr<Operator> NodeCheck(std::unique_ptr<Operator> op, const NodePattern& n,
                                      const std::string& skip_label) {
    return NodeCheck(std::move(op), n, skip_label, n.props.get());
  }
  std::unique_ptr<Operator> NodeCheck(std::unique_ptr<Operator> op, const NodePattern& n,
                                      const std::string& skip_label, const Expr* props) {
    ElementCheck c;
    c.slot = n.slot;
    c.is_node = true;
    for (const auto& l : n.labels) {
      if (l != skip_label) c.labels.push_back(l);
    }
    c.props = props;
    if (c.labels.empty() && !c.props) return op;
    auto f = std::make_unique<FilterOp>(std::move(op));
    f->name = "Filter";
    f->details = NodeText(n);
    f->checks.push_back(std::move(c));
    return f;
  }

  // The cheapest way to find the nodes of `n` (not yet bound).
  struct Access {
    NodeScanOp::Mode mode = NodeScanOp::Mode::kAll;
    std::string label, key;
    const Expr* value = nullptr;
    double cost = 0;
  };

  bool IsRowConstant(const Expr* e) const {
    std::set<int> need = FreeSlotsOf(e);
    return std::all_of(need.begin(), need.end(), [&](int s) { return bound_.count(s) > 0; });
  }

  Access BestAccess(const NodePattern& n, const std::vector<const Expr*>& conjuncts) const {
    Access best;
    best.cost = static_cast<double>(view_->NodeCount()) + 3;
    auto consider = [&](Access a) {
      if (a.cost < best.cost) best = a;
    };
    // id(n) = expr
    for (const Expr* c : conjuncts) {
      if (c->kind != ExprKind::kBinary || c->op != Op::kEq) continue;
      for (int side = 0; side < 2; ++side) {
        const Expr* f = c->args[side].get();
        const Expr* v = c->args[1 - side].get();
        if (f->kind == ExprKind::kFunction && Lower(f->name) == "id" && f->args.size() == 1 &&
            f->args[0]->kind == ExprKind::kVariable && f->args[0]->slot == n.slot && IsRowConstant(v)) {
          Access a;
          a.mode = NodeScanOp::Mode::kId;
          a.value = v;
          a.cost = 0;
          consider(a);
        }
      }
    }
    for (const auto& l : n.labels) {
      auto lid = view_->FindLabel(l);
      double count = lid ? static_cast<double>(view_->CountNodesWithLabel(*lid)) : 0;
      Access a;
      a.mode = NodeScanOp::Mode::kLabel;
      a.label = l;
      a.cost = count + 2;
      consider(a);
      if (!lid) continue;
      auto index_on = [&](const std::string& key) {
        auto kid = view_->FindKey(key);
        return kid && view_->HasIndex(*lid, *kid);
      };
      // inline {key: value}
      if (n.props && n.props->kind == ExprKind::kMap) {
        for (size_t i = 0; i < n.props->keys.size(); ++i) {
          const Expr* v = n.props->args[i].get();
          if (index_on(n.props->keys[i]) && IsRowConstant(v)) {
            Access ix;
            ix.mode = NodeScanOp::Mode::kIndex;
            ix.label = l;
            ix.key = n.props->keys[i];
            ix.value = v;
            ix.cost = 1;
            consider(ix);
          }
        }
      }
      // WHERE n.key = v / n.key STARTS WITH v
      for (const Expr* c : conjuncts) {
        if (c->kind != ExprKind::kBinary || (c->op != Op::kEq && c->op != Op::kStartsWith)) continue;
        for (int side = 0; side < (c->op == Op::kEq ? 2 : 1); ++side) {
          const Expr* prop = c->args[side].get();
          const Expr* v = c->args[1 - side].get();
          if (prop->kind != ExprKind::kProperty || prop->args[0]->kind != ExprKind::kVariable ||
              prop->args[0]->slot != n.slot || !index_on(prop->name) || !IsRowConstant(v)) {
            continue;
          }
          Access ix;
          ix.mode = c->op == Op::kEq ? NodeScanOp::Mode::kIndex : NodeScanOp::Mode::kIndexPrefix;
          ix.label = l;
          ix.key = prop->name;
          ix.value = v;
          ix.cost = c->op == Op::kEq ? 1 : 1.5;
          consider(ix);
        }
      }
    }
    return best;
  }

  // `n.key OP constant` (or flipped), `n.key IS [NOT] NULL` over the node in
  // `slot`, with a literal or parameter constant, as a ColumnPredicate.
  static bool AsColumnPredicate(const Expr* c, int slot, ColumnPredicate* out) {
    auto is_prop = [&](const Expr* e) {
      return e->kind == ExprKind::kProperty && e->args[0]->kind == ExprKind::kVariable && e->args[0]->slot == slot;
    };
    auto is_const = [](const Expr* e) { return e->kind == ExprKind::kLiteral || e->kind == ExprKind::kParam; };
    if (c->kind == ExprKind::kIsNull || c->kind == ExprKind::kIsNotNull) {
      if (!is_prop(c->args[0].get())) return false;
      out->key = c->args[0]->name;
      out->op = Op::kNone;
      out->is_null = c->kind == ExprKind::kIsNull;
      return true;
    }
    if (c->kind != ExprKind::kBinary) return false;
    Op op = c->op;
    bool comparison = op == Op::kEq || op == Op::kNe || op == Op::kLt || op == Op::kLe || op == Op::kGt ||
                      op == Op::kGe;
    bool string_op = op == Op::kStartsWith || op == Op::kEndsWith || op == Op::kContains;
    if (!comparison && !string_op) return false;
    const Expr* l = c->args[0].get();
    const Expr* r = c->args[1].get();
    if (is_prop(l) && is_const(r)) {
      out->key = l->name;
      out->value = r;
      out->op = op;
      return true;
    }
    if (comparison && is_const(l) && is_prop(r)) {  // constant OP n.key == n.key OP' constant
      out->key = r->name;
      out->value = l;
      out->op = op == Op::kLt ? Op::kGt : op == Op::kGt ? Op::kLt : op == Op::kLe ? Op::kGe : op == Op::kGe ? Op::kLe : op;
      return true;
    }
    return false;
  }

  std::unique_ptr<Operator> ScanNode(std::unique_ptr<Operator> op, const NodePattern& n,
                                     std::vector<const Expr*>* conjuncts) {
    Access a = BestAccess(n, *conjuncts);
    auto scan = std::make_unique<NodeScanOp>(std::move(op), n.slot, a.mode);
    scan->label = a.label;
    scan->key = a.key;
    scan->value = a.value;
    std::string var = n.var.empty() ? "anon" : n.var;
    // A label scan evaluates the simple predicates on the node's own
    // properties (WHERE conjuncts and an inline map of constants) against
    // the property columns before emitting rows.
    std::string filter_text;
    const Expr* inline_props = n.props.get();
    if (a.mode == NodeScanOp::Mode::kLabel) {
      if (n.props && n.props->kind == ExprKind::kMap &&
          std::all_of(n.props->args.begin(), n.props->args.end(), [](const ExprPtr& v) {
            return v->kind == ExprKind::kLiteral || v->kind == ExprKind::kParam;
          })) {
        for (size_t i = 0; i < n.props->keys.size(); ++i) {
          ColumnPredicate cp;
          cp.key = n.props->keys[i];
          cp.op = Op::kEq;
          cp.value = n.props->args[i].get();
          scan->column_preds.push_back(cp);
          filter_text += fmt::format("{}{}.{} = {}", filter_text.empty() ? "" : " AND ", var, cp.key,
                                     ExprText(st_, *cp.value));
        }
        inline_props = nullptr;
      }
      for (auto it = conjuncts->begin(); it != conjuncts->end();) {
        ColumnPredicate cp;
        if (AsColumnPredicate(*it, n.slot, &cp)) {
          scan->column_preds.push_back(cp);
          filter_text += (filter_text.empty() ? "" : " AND ") + ExprText(st_, **it);
          it = conjuncts->erase(it);
        } else {
          ++it;
        }
      }
    }
    switch (a.mode) {
      case NodeScanOp::Mode::kAll:
        scan->name = "AllNodesScan";
        scan->details = "(" + var + ")";
        break;
      case NodeScanOp::Mode::kLabel:
        scan->name = scan->column_preds.empty() ? "NodeByLabelScan" : "NodeByLabelScan(ColumnFilter)";
        scan->details = fmt::format("({}:{})", var, a.label);
        if (!filter_text.empty()) scan->details += " WHERE " + filter_text;
        break;
      case NodeScanOp::Mode::kIndex:
        scan->name = "NodeIndexSeek";
        scan->details = fmt::format("({}:{} {{{}: {}}})", var, a.label, a.key, ExprText(st_, *a.value));
        break;
      case NodeScanOp::Mode::kIndexPrefix:
        scan->name = "NodeIndexSeekByPrefix";
        scan->details =
            fmt::format("({}:{}) {} STARTS WITH {}", var, a.label, a.key, ExprText(st_, *a.value));
        break;
      case NodeScanOp::Mode::kId:
        scan->name = "NodeByIdSeek";
        scan->details = fmt::format("id({}) = {}", var, ExprText(st_, *a.value));
        if (!n.labels.empty()) scan->label = n.labels[0];
        break;
    }
    bound_.insert(n.slot);
    std::string skip = (a.mode == NodeScanOp::Mode::kAll) ? "" : a.label;
    return NodeCheck(std::move(scan), n, skip, inline_props);
  }

  // Steps i and i + 1 (left to right) when they close a cycle on a bound
  // node, (b)-[r1:T1]-(c)-[r2:T2]-(a) with b and a bound and c new, as one
  // ExpandIntersectOp followed by c's and a's checks. Takes *op when it
  // applies. Only in read-only queries, single-type relationships without
  // properties, neither bound.
  std::unique_ptr<Operator> TryIntersect(std::unique_ptr<Operator>* op, const Pattern& p, size_t i,
                                         std::vector<std::pair<int, bool>>* clause_rels) {
    if (updating_ || i + 2 >= p.nodes.size()) return nullptr;
    const RelPattern& r1 = p.rels[i];
    const RelPattern& r2 = p.rels[i + 1];
    const NodePattern& b = p.nodes[i];
    const NodePattern& c = p.nodes[i + 1];
    const NodePattern& a = p.nodes[i + 2];
    for (const RelPattern* r : {&r1, &r2}) {
      if (r->var_length || r->props || r->types.size() != 1 || bound_.count(r->slot)) return nullptr;
    }
    if (r1.slot == r2.slot || !bound_.count(b.slot) || !bound_.count(a.slot) || bound_.count(c.slot) ||
        c.slot == a.slot || c.slot == b.slot) {
      return nullptr;
    }
    auto x = std::make_unique<ExpandIntersectOp>(std::move(*op), b.slot, r1.slot, c.slot, r2.slot, a.slot, r1.dir,
                                                 r2.dir);
    x->type1 = r1.types[0];
    x->type2 = r2.types[0];
    for (const auto& [slot, is_list] : *clause_rels) {
      (is_list ? x->unique1.list_slots : x->unique1.rel_slots).push_back(slot);
      (is_list ? x->unique2.list_slots : x->unique2.rel_slots).push_back(slot);
    }
    x->name = "ExpandIntersect";
    x->details = fmt::format("({}){}{}{}({})", b.var.empty() ? "anon" : b.var, RelText(r1, true), NodeText(c),
                             RelText(r2, true), a.var.empty() ? "anon" : a.var);
    clause_rels->push_back({r1.slot, false});
    clause_rels->push_back({r2.slot, false});
    bound_.insert(r1.slot);
    bound_.insert(r2.slot);
    bound_.insert(c.slot);
    std::unique_ptr<Operator> out = NodeCheck(std::move(x), c, "");
    return NodeCheck(std::move(out), a, "");
  }

  // One hop from nodes[from_i] to nodes[to_i] along rels[rel_i].
  std::unique_ptr<Operator> ExpandStep(std::unique_ptr<Operator> op, const Pattern& p, size_t rel_i,
                                       bool left_to_right, std::vector<std::pair<int, bool>>* clause_rels) {
    const RelPattern& r = p.rels[rel_i];
    const NodePattern& from = left_to_right ? p.nodes[rel_i] : p.nodes[rel_i + 1];
    const NodePattern& to = left_to_right ? p.nodes[rel_i + 1] : p.nodes[rel_i];
    Direction dir = r.dir;
    if (!left_to_right && dir != Direction::kBoth)
      dir = dir == Direction::kOut ? Direction::kIn : Direction::kOut;
    UniquenessSet unique;
    for (const auto& [slot, is_list] : *clause_rels) {
      if (slot == r.slot) continue;
      (is_list ? unique.list_slots : unique.rel_slots).push_back(slot);
    }
    bool to_bound = bound_.count(to.slot) > 0;
    bool rel_bound = bound_.count(r.slot) > 0;
    std::string details = fmt::format("({}){}{}", from.var.empty() ? "anon" : from.var,
                                      RelText(r, left_to_right), NodeText(to));
    std::unique_ptr<Operator> result;
    if (r.var_length) {
      int64_t min = r.min_hops.value_or(1);
      int64_t max = r.max_hops.value_or(-1);
      auto ve = std::make_unique<VarExpandOp>(std::move(op), from.slot, r.slot, to.slot, dir, min, max);
      ve->types = r.types;
      ve->to_bound = to_bound;
      ve->rel_bound = rel_bound;
      ve->unique = unique;
      ve->rel_props = r.props.get();
      ve->reverse_list = !left_to_right;
      ve->rel_needed = !(r.var.empty() && p.path_slot < 0 && match_rels_ == 1);
      ve->name = to_bound ? "VarLengthExpand(Into)" : "VarLengthExpand(All)";
      ve->details = details;
      result = std::move(ve);
    } else {
      auto ex = std::make_unique<ExpandOp>(std::move(op), from.slot, r.slot, to.slot, dir);
      ex->types = r.types;
      ex->to_bound = to_bound;
      ex->rel_bound = rel_bound;
      ex->unique = unique;
      ex->name = to_bound ? "Expand(Into)" : "Expand(All)";
      ex->details = details;
      result = std::move(ex);
    }
    clause_rels->push_back({r.slot, r.var_length});
    bound_.insert(r.slot);
    bound_.insert(to.slot);
    if (r.props && !r.var_length) {
      ElementCheck c;
      c.slot = r.slot;
      c.is_node = false;
      c.props = r.props.get();
      auto f = std::make_unique<FilterOp>(std::move(result));
      f->name = "Filter";
      f->details = ExprText(st_, *r.props);
      f->checks.push_back(std::move(c));
      result = std::move(f);
    }
    return NodeCheck(std::move(result), to, "");
  }

 public:
  // Plans one pattern on top of `op`; binds its variables.
  std::unique_ptr<Operator> PlanPattern(std::unique_ptr<Operator> op, const Pattern& p,
                                        std::vector<const Expr*>* conjuncts,
                                        std::vector<std::pair<int, bool>>* clause_rels) {
    if (p.shortest != Pattern::Shortest::kNone) {
      for (size_t i : {size_t{0}, p.nodes.size() - 1}) {
        const NodePattern& n = p.nodes[i];
        if (bound_.count(n.slot)) {
          op = NodeCheck(std::move(op), n, "");
        } else {
          op = ScanNode(std::move(op), n, conjuncts);
        }
        op = PlaceConjuncts(std::move(op), conjuncts);
      }
      const RelPattern& r = p.rels[0];
      int64_t min = r.var_length ? r.min_hops.value_or(1) : 1;
      int64_t max = r.var_length ? r.max_hops.value_or(-1) : 1;
      auto sp = std::make_unique<ShortestPathOp>(std::move(op), p.nodes[0].slot, r.slot, p.nodes[1].slot,
                                                 p.path_slot, r.dir, min, max,
                                                 p.shortest == Pattern::Shortest::kAll);
      sp->types = r.types;
      sp->rel_props = r.props.get();
      sp->rel_is_list = r.var_length;
      sp->name = p.shortest == Pattern::Shortest::kAll ? "AllShortestPaths" : "ShortestPath";
      sp->details = PatternText(p);
      op = std::move(sp);
      bound_.insert(r.slot);
      if (p.path_slot >= 0) bound_.insert(p.path_slot);
      return PlaceConjuncts(std::move(op), conjuncts);
    }
    // Choose the start node.
    size_t start = p.nodes.size();
    for (size_t i = 0; i < p.nodes.size(); ++i) {
      if (bound_.count(p.nodes[i].slot)) {
        start = i;
        break;
      }
    }
    if (start == p.nodes.size()) {
      double best = 0;
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        double cost = BestAccess(p.nodes[i], *conjuncts).cost;
        if (start == p.nodes.size() || cost < best) {
          start = i;
          best = cost;
        }
      }
      op = ScanNode(std::move(op), p.nodes[start], conjuncts);
    } else {
      op = NodeCheck(std::move(op), p.nodes[start], "");
    }
    op = PlaceConjuncts(std::move(op), conjuncts);
    for (size_t i = start; i + 1 < p.nodes.size(); ++i) {
      if (auto closed = TryIntersect(&op, p, i, clause_rels)) {
        op = PlaceConjuncts(std::move(closed), conjuncts);
        ++i;  // two steps taken
        continue;
      }
      op = ExpandStep(std::move(op), p, i, true, clause_rels);
      op = PlaceConjuncts(std::move(op), conjuncts);
    }
    for (size_t i = start; i > 0; --i) {
      op = ExpandStep(std::move(op), p, i - 1, false, clause_rels);
      op = PlaceConjuncts(std::move(op), conjuncts);
    }
    if (p.path_slot >= 0) {
      auto path = std::make_unique<PathOp>(std::move(op), p.path_slot);
      path->name = "ProjectPath";
      path->details = p.path_var;
      for (const auto& n : p.nodes) path->node_slots.push_back(n.slot);
      for (const auto& r : p.rels) {
        path->rel_slots.push_back(r.slot);
        path->rel_is_list.push_back(r.var_length);
      }
      op = std::move(path);
      bound_.insert(p.path_slot);
      op = PlaceConjuncts(std::move(op), conjuncts);
    }
    return op;
  }

 private:
  std::unique_ptr<Operator> PlanMatch(std::unique_ptr<Operator> op, Clause* c) {
    match_rels_ = 0;
    for (const auto& p : c->patterns) match_rels_ += static_cast<int>(p.rels.size());
    struct Reset {
      int* v;
      ~Reset() { *v = -1; }
    } reset{&match_rels_};
    std::vector<const Expr*> conjuncts;
    SplitConjuncts(c->where.get(), &conjuncts);
    std::vector<std::pair<int, bool>> clause_rels;
    // Patterns connected to bound variables first, then the rest in order.
    std::vector<const Pattern*> order;
    std::vector<bool> done(c->patterns.size(), false);
    for (size_t round = 0; round < c->patterns.size(); ++round) {
      size_t pick = c->patterns.size();
      for (size_t i = 0; i < c->patterns.size() && pick == c->patterns.size(); ++i) {
        if (done[i]) continue;
        for (const auto& n : c->patterns[i].nodes) {
          if (bound_.count(n.slot)) {
            pick = i;
            break;
          }
        }
      }
      if (pick == c->patterns.size()) {
        for (size_t i = 0; i < c->patterns.size(); ++i) {
          if (!done[i]) {
            pick = i;
            break;
          }
        }
      }
      done[pick] = true;
      op = PlanPattern(std::move(op), c->patterns[pick], &conjuncts, &clause_rels);
    }
    if (!conjuncts.empty()) {
      auto f = std::make_unique<FilterOp>(std::move(op));
      f->name = "Filter";
      for (const Expr* e : conjuncts) {
        f->details += (f->details.empty() ? "" : " AND ") + ExprText(st_, *e);
        f->predicates.push_back(e);
      }
      op = std::move(f);
    }
    return op;
  }

  // RETURN/WITH of aggregates only (no grouping keys) straight over a label
  // scan (with its column filters): count(*), count(n) and aggregates of
  // n.key, answered by ColumnAggregateOp. Takes *op when it applies.
  std::unique_ptr<Operator> TryColumnAggregate(std::unique_ptr<Operator>* op, const Projection* p,
                                               const std::string& details) {
    auto* scan = dynamic_cast<NodeScanOp*>(op->get());
    if (!scan || scan->mode() != NodeScanOp::Mode::kLabel || !dynamic_cast<OnceOp*>(scan->children_[0].get()))
      return nullptr;
    for (const auto& item : p->items) {  // every item holds an aggregate
      bool has_agg = false;
      std::function<void(const Expr*)> walk = [&](const Expr* e) {
        if (!e) return;
        if (e->agg_index >= 0) has_agg = true;
        for (const auto& a : e->args) walk(a.get());
      };
      walk(item.expr.get());
      if (!has_agg) return nullptr;
    }
    std::vector<ColumnAggregateOp::Item> items;
    for (const Expr* a : p->aggregates) {
      ColumnAggregateOp::Item it;
      it.agg = a;
      std::string lname = Lower(a->name);
      if (a->kind == ExprKind::kCountStar) {
        it.whole_node = true;
      } else if (a->args.size() == 1 && a->args[0]->kind == ExprKind::kVariable && a->args[0]->slot == scan->slot() &&
                 lname == "count") {
        it.whole_node = true;
      } else if (a->args.size() == 1 && a->args[0]->kind == ExprKind::kProperty &&
                 a->args[0]->args[0]->kind == ExprKind::kVariable && a->args[0]->args[0]->slot == scan->slot() &&
                 IsAggregateFunction(lname)) {
        it.key = a->args[0]->name;
      } else {
        return nullptr;
      }
      items.push_back(std::move(it));
    }
    std::unique_ptr<NodeScanOp> owned(static_cast<NodeScanOp*>(op->release()));
    auto agg = std::make_unique<ColumnAggregateOp>(std::move(owned));
    agg->name = "ColumnAggregation";
    agg->details = details;
    agg->items = std::move(items);
    for (const auto& item : p->items) agg->agg_items.push_back({item.expr.get(), item.slot});
    agg->width = width_;
    return agg;
  }

  std::unique_ptr<Operator> PlanProjection(std::unique_ptr<Operator> op, Projection* p, bool is_with) {
    std::string details;
    for (const auto& item : p->items) {
      details += (details.empty() ? "" : ", ") + ExprText(st_, *item.expr);
      if (item.has_alias && ExprText(st_, *item.expr) != item.alias) details += " AS " + item.alias;
    }
    std::unique_ptr<Operator> column_agg;
    if (p->aggregating && !p->distinct) column_agg = TryColumnAggregate(&op, p, details);
    if (column_agg) {
      op = std::move(column_agg);
    } else if (p->aggregating) {
      auto agg = std::make_unique<AggregateOp>(std::move(op));
      agg->name = p->distinct ? "Aggregation(Distinct)" : "Aggregation";
      agg->details = details;
      for (const auto& item : p->items) {
        bool has_agg = false;
        std::function<void(const Expr*)> walk = [&](const Expr* e) {
          if (!e) return;
          if (e->agg_index >= 0) has_agg = true;
          for (const auto& a : e->args) walk(a.get());
        };
        walk(item.expr.get());
        (has_agg ? agg->agg_items : agg->keys).push_back({item.expr.get(), item.slot});
      }
      agg->aggregates.assign(p->aggregates.begin(), p->aggregates.end());
      agg->width = width_;
      op = std::move(agg);
    } else {
      auto proj = std::make_unique<ProjectOp>(std::move(op));
      proj->name = "Projection";
      proj->details = details;
      for (const auto& item : p->items) proj->items.push_back({item.expr.get(), item.slot});
      op = std::move(proj);
    }
    if (p->distinct) {
      auto d = std::make_unique<DistinctOp>(std::move(op));
      d->name = "Distinct";
      for (const auto& item : p->items) d->slots.push_back(item.slot);
      op = std::move(d);
    }
    if (!p->order_by.empty()) {
      auto s = std::make_unique<SortOp>(std::move(op));
      s->name = (p->limit ? "Top" : "Sort");
      for (const auto& k : p->order_by) {
        s->keys.push_back({k.expr.get(), k.descending});
        s->details +=
            (s->details.empty() ? "" : ", ") + ExprText(st_, *k.expr) + (k.descending ? " DESC" : "");
      }
      auto literal = [](const Expr* e) -> std::optional<uint64_t> {
        if (e && e->kind == ExprKind::kLiteral && e->value.is_int() && e->value.as_int() >= 0) {
          return static_cast<uint64_t>(e->value.as_int());
        }
        return std::nullopt;
      };
      if (p->limit) {
        auto l = literal(p->limit.get());
        auto sk = p->skip ? literal(p->skip.get()) : std::optional<uint64_t>(0);
        if (l && sk) s->top_n = *l + *sk;
      }
      op = std::move(s);
    }
    if (p->skip || p->limit) {
      auto sl = std::make_unique<SkipLimitOp>(std::move(op));
      sl->name = p->skip && p->limit ? "SkipLimit" : p->skip ? "Skip" : "Limit";
      sl->skip = p->skip.get();
      sl->limit = p->limit.get();
      sl->drain = updating_;
      sl->width = width_;
      if (p->skip) sl->details = "SKIP " + ExprText(st_, *p->skip);
      if (p->limit) sl->details += (sl->details.empty() ? "" : " ") + ("LIMIT " + ExprText(st_, *p->limit));
      op = std::move(sl);
    }
    bound_.clear();
    for (const auto& item : p->items) bound_.insert(item.slot);
    if (is_with && p->where) {
      auto f = std::make_unique<FilterOp>(std::move(op));
      f->name = "Filter";
      f->details = ExprText(st_, *p->where);
      f->predicates.push_back(p->where.get());
      op = std::move(f);
    }
    return op;
  }

  const Statement& st_;
  graph::View* view_;
  const QueryOptions& options_;
  int width_;
  bool updating_ = false;
  // Relationships in the MATCH clause being planned (-1: not in a MATCH).
  int match_rels_ = -1;
  std::set<int> bound_;
};

}  // namespace

std::unique_ptr<Operator> PlanSingleQuery(SingleQuery* q, const Statement& st, graph::View* view,
                                          const QueryOptions& options, std::vector<int>* returns) {
  Planner planner(st, view, options, q->num_slots);
  return planner.PlanQuery(q, returns);
}

PlanNode ToPlanNode(const Operator& op) {
  PlanNode n;
  n.op = op.name;
  n.details = op.details;
  n.rows = op.rows_out;
  n.ms = op.ms;
  for (const auto& c : op.children_) n.children.push_back(ToPlanNode(*c));
  return n;
}

}  // namespace kg::query
