// The binder (see binder.h).
#include "query/binder.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "query/value_ops.h"

namespace kg::query {
namespace {

using namespace ast;  // NOLINT: the AST vocabulary throughout this file

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

struct VarInfo {
  int slot = -1;
  VarKind kind = VarKind::kAny;
};
using Scope = std::map<std::string, VarInfo>;

const char* KindName(VarKind k) {
  switch (k) {
    case VarKind::kAny:
      return "value";
    case VarKind::kNode:
      return "node";
    case VarKind::kRel:
      return "relationship";
    case VarKind::kRelList:
      return "list of relationships";
    case VarKind::kPath:
      return "path";
    case VarKind::kValue:
      return "value";
    case VarKind::kList:
      return "list";
  }
  return "value";
}

struct GraphFunction {
  const char* name;
  int min_args, max_args;
};
constexpr GraphFunction kGraphFunctions[] = {
    {"id", 1, 1},     {"elementid", 1, 1},     {"labels", 1, 1},    {"type", 1, 1},
    {"keys", 1, 1},   {"properties", 1, 1},    {"startnode", 1, 1}, {"endnode", 1, 1},
    {"nodes", 1, 1},  {"relationships", 1, 1}, {"rels", 1, 1},      {"length", 1, 1},
    {"exists", 1, 1}, {"provenance", 1, 1},
};

const GraphFunction* FindGraphFunction(std::string_view lower) {
  for (const auto& f : kGraphFunctions) {
    if (lower == f.name) return &f;
  }
  return nullptr;
}

// Expression binding context.
struct ExprCtx {
  bool allow_aggregates = false;
  bool in_aggregate = false;
  bool allow_pattern_predicates = false;
  std::vector<Expr*>* aggregates = nullptr;
  const char* where = "here";
};

// What the binder knows statically about an expression's type.
enum class SType : uint8_t { kUnknown, kNull, kBool, kInt, kFloat, kString, kList, kMap, kNode, kRel, kPath };
struct TypeInfo {
  SType t = SType::kUnknown;
  SType elem = SType::kUnknown;  // for lists: the type of every non-null element, if known
};

const char* STypeName(SType t) {
  switch (t) {
    case SType::kUnknown:
      return "ANY";
    case SType::kNull:
      return "NULL";
    case SType::kBool:
      return "BOOLEAN";
    case SType::kInt:
      return "INTEGER";
    case SType::kFloat:
      return "FLOAT";
    case SType::kString:
      return "STRING";
    case SType::kList:
      return "LIST";
    case SType::kMap:
      return "MAP";
    case SType::kNode:
      return "NODE";
    case SType::kRel:
      return "RELATIONSHIP";
    case SType::kPath:
      return "PATH";
  }
  return "ANY";
}

SType OfValue(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull:
      return SType::kNull;
    case Value::Type::kBool:
      return SType::kBool;
    case Value::Type::kInt:
      return SType::kInt;
    case Value::Type::kFloat:
      return SType::kFloat;
    case Value::Type::kString:
      return SType::kString;
    case Value::Type::kList:
      return SType::kList;
    case Value::Type::kMap:
      return SType::kMap;
    default:
      return SType::kUnknown;
  }
}

// The common type of non-null elements; kUnknown when mixed or unknown.
template <typename It, typename F>
SType CommonType(It begin, It end, F type_of) {
  SType common = SType::kNull;
  for (It it = begin; it != end; ++it) {
    SType t = type_of(*it);
    if (t == SType::kNull) continue;
    if (t == SType::kUnknown) return SType::kUnknown;
    if (common == SType::kNull)
      common = t;
    else if (common != t)
      return SType::kUnknown;
  }
  return common == SType::kNull ? SType::kUnknown : common;
}

bool IsNumber(SType t) { return t == SType::kInt || t == SType::kFloat; }
bool Known(SType t) { return t != SType::kUnknown && t != SType::kNull; }

class Binder {
 public:
  explicit Binder(Statement* st) : st_(st) {}

  void Run() {
    for (size_t i = 0; i + 1 < st_->parts.size(); ++i) {
      if (i > 0 && st_->union_all[i] != st_->union_all[i - 1]) {
        Fail(st_->parts[i + 1].clauses.front().pos,
             "InvalidClauseComposition: UNION and UNION ALL cannot be mixed");
      }
    }
    for (auto& part : st_->parts) BindSingle(&part);
    for (size_t i = 1; i < st_->parts.size(); ++i) {
      if (st_->parts[i].columns != st_->parts[0].columns) {
        Fail(st_->parts[i].clauses.front().pos,
             "DifferentColumnsInUnion: all parts of a UNION must return the same column names");
      }
    }
    if (st_->parts.size() > 1) {
      for (auto& part : st_->parts) {
        if (part.clauses.back().kind != ClauseKind::kReturn) {
          Fail(part.clauses.back().pos,
               "InvalidClauseComposition: every part of a UNION must end with RETURN");
        }
      }
    }
  }

 private:
  [[noreturn]] void Fail(const Pos& p, const std::string& msg) const {
    throw QueryError(ErrorKind::kSyntaxError, msg, p.line, p.column);
  }

  int NewSlot() { return q_->num_slots++; }

  // ----------------------------------------------------------- clauses
  void BindSingle(SingleQuery* q) {
    q_ = q;
    Scope scope;
    const size_t n = q->clauses.size();
    for (size_t i = 0; i < n; ++i) {
      Clause& c = q->clauses[i];
      if (c.kind == ClauseKind::kReturn && i + 1 != n) {
        Fail(q->clauses[i + 1].pos, "InvalidClauseComposition: RETURN must be the last clause");
      }
      if ((c.kind == ClauseKind::kCreateIndex || c.kind == ClauseKind::kDropIndex) && n != 1) {
        Fail(c.pos, "InvalidClauseComposition: an index command must stand alone");
      }
      switch (c.kind) {
        case ClauseKind::kMatch:
          BindMatch(&c, &scope);
          break;
        case ClauseKind::kUnwind: {
          ExprCtx ctx;
          ctx.where = "UNWIND";
          BindExpr(c.expr.get(), scope, ctx);
          if (scope.count(c.var))
            Fail(c.pos, fmt::format("VariableAlreadyBound: variable '{}' is already defined", c.var));
          c.slot = NewSlot();
          {
            TypeInfo list = TypeOf(*c.expr);
            if (list.t == SType::kList) slot_types_[c.slot] = {list.elem, SType::kUnknown};
          }
          scope[c.var] = {c.slot, VarKind::kAny};
          break;
        }
        case ClauseKind::kWith:
          scope = BindProjection(&c.proj, scope, /*is_with=*/true, c.pos);
          break;
        case ClauseKind::kReturn:
          scope = BindProjection(&c.proj, scope, /*is_with=*/false, c.pos);
          for (const auto& item : c.proj.items) q->columns.push_back(item.alias);
          break;
        case ClauseKind::kCreate:
          q->updating = true;
          for (auto& p : c.patterns) BindUpdatePattern(&p, &scope, /*merge=*/false);
          break;
        case ClauseKind::kMerge: {
          q->updating = true;
          BindUpdatePattern(&c.patterns[0], &scope, /*merge=*/true);
          for (auto& s : c.on_create) BindSetItem(&s, scope);
          for (auto& s : c.on_match) BindSetItem(&s, scope);
          break;
        }
        case ClauseKind::kSet:
          q->updating = true;
          for (auto& s : c.set_items) BindSetItem(&s, scope);
          break;
        case ClauseKind::kRemove:
          q->updating = true;
          for (auto& r : c.remove_items) {
            ExprCtx ctx;
            BindExpr(r.target.get(), scope, ctx);
            if (r.kind == RemoveItem::Kind::kLabels) CheckEntityVar(*r.target, scope, /*node_only=*/true);
          }
          break;
        case ClauseKind::kDelete:
          q->updating = true;
          for (auto& e : c.exprs) {
            ExprCtx ctx;
            ctx.where = "DELETE";
            BindExpr(e.get(), scope, ctx);
            if (e->kind == ExprKind::kHasLabels || e->kind == ExprKind::kLiteral ||
                e->kind == ExprKind::kBinary || e->kind == ExprKind::kUnary) {
              Fail(e->pos, "InvalidDelete: only nodes, relationships and paths can be deleted");
            }
            if (e->kind == ExprKind::kVariable) {
              auto it = scope.find(e->name);
              if (it != scope.end() && it->second.kind == VarKind::kValue) {
                Fail(e->pos, "InvalidArgumentType: only nodes, relationships and paths can be deleted");
              }
            }
          }
          break;
        case ClauseKind::kCall:
          BindCall(&c, &scope, i + 1 == n);
          break;
        case ClauseKind::kCreateIndex:
        case ClauseKind::kDropIndex:
          q->updating = true;
          break;
      }
    }
    const Clause& last = q->clauses.back();
    bool ok_end = last.kind == ClauseKind::kReturn || last.kind == ClauseKind::kCreate ||
                  last.kind == ClauseKind::kMerge || last.kind == ClauseKind::kSet ||
                  last.kind == ClauseKind::kRemove || last.kind == ClauseKind::kDelete ||
                  last.kind == ClauseKind::kCall || last.kind == ClauseKind::kCreateIndex ||
                  last.kind == ClauseKind::kDropIndex;
    if (!ok_end) {
      Fail(last.pos, "InvalidClauseComposition: a query must end with RETURN or an updating clause");
    }
  }

  void BindCall(Clause* c, Scope* scope, bool last) {
    static const std::map<std::string, std::vector<std::string>> kProcs = {
        {"db.labels", {"label"}},
        {"db.relationshiptypes", {"relationshipType"}},
        {"db.propertykeys", {"propertyKey"}},
        {"kg.search", {"node", "score"}},
    };
    auto it = kProcs.find(c->proc);
    if (it == kProcs.end())
      Fail(c->pos, fmt::format("ProcedureNotFound: there is no procedure '{}'", c->proc));
    size_t want_args = c->proc == "kg.search" ? 1 : 0;
    if (c->proc == "kg.search" && (c->exprs.size() < 1 || c->exprs.size() > 2)) {
      Fail(c->pos, "InvalidNumberOfArguments: kg.search takes a query string and an optional limit");
    } else if (c->proc != "kg.search" && c->exprs.size() != want_args) {
      Fail(c->pos, fmt::format("InvalidNumberOfArguments: {} takes no arguments", c->proc));
    }
    for (auto& e : c->exprs) {
      ExprCtx ctx;
      BindExpr(e.get(), *scope, ctx);
    }
    if (c->yields.empty() && (c->yield_star || last)) {
      for (const auto& f : it->second) c->yields.push_back({f, f, -1});
    }
    if (c->yields.empty() && !last) {
      Fail(c->pos, "InvalidClauseComposition: CALL inside a query needs YIELD");
    }
    for (auto& y : c->yields) {
      if (std::find(it->second.begin(), it->second.end(), y.field) == it->second.end()) {
        Fail(c->pos, fmt::format("UndefinedVariable: procedure {} has no output '{}'", c->proc, y.field));
      }
      if (scope->count(y.var))
        Fail(c->pos, fmt::format("VariableAlreadyBound: variable '{}' is already defined", y.var));
      y.slot = NewSlot();
      (*scope)[y.var] = {y.slot, y.field == "node" ? VarKind::kNode : VarKind::kValue};
    }
    if (last) {
      for (const auto& y : c->yields) q_->columns.push_back(y.var);
    }
    if (c->where) {
      ExprCtx ctx;
      ctx.allow_pattern_predicates = true;
      BindExpr(c->where.get(), *scope, ctx);
    }
  }

  void CheckEntityVar(const Expr& e, const Scope& scope, bool node_only) {
    if (e.kind != ExprKind::kVariable) return;
    auto it = scope.find(e.name);
    if (it == scope.end()) return;
    VarKind k = it->second.kind;
    if (k == VarKind::kValue || k == VarKind::kPath || k == VarKind::kRelList ||
        (node_only && k == VarKind::kRel)) {
      Fail(e.pos, fmt::format("InvalidArgumentType: '{}' is a {}", e.name, KindName(k)));
    }
  }

  void BindSetItem(SetItem* s, const Scope& scope) {
    ExprCtx ctx;
    BindExpr(s->target.get(), scope, ctx);
    if (s->value) BindExpr(s->value.get(), scope, ctx);
    if (s->kind == SetItem::Kind::kLabels) CheckEntityVar(*s->target, scope, true);
    if (s->kind == SetItem::Kind::kReplace || s->kind == SetItem::Kind::kMerge)
      CheckEntityVar(*s->target, scope, false);
  }

  // ------------------------------------------------------------ patterns
  void DeclareNode(NodePattern* n, Scope* scope, std::set<std::string>* new_vars) {
    if (n->var.empty()) {
      n->slot = NewSlot();
      return;
    }
    auto it = scope->find(n->var);
    if (it != scope->end()) {
      VarKind k = it->second.kind;
      if (k != VarKind::kNode && k != VarKind::kAny) {
        Fail(n->pos, fmt::format("VariableTypeConflict: '{}' is a {}, not a node", n->var, KindName(k)));
      }
      n->slot = it->second.slot;
      n->bound = !(new_vars && new_vars->count(n->var));
      return;
    }
    n->slot = NewSlot();
    slot_types_[n->slot] = {SType::kNode, SType::kUnknown};
    (*scope)[n->var] = {n->slot, VarKind::kNode};
    if (new_vars) new_vars->insert(n->var);
  }

  void DeclareRel(RelPattern* r, Scope* scope, std::set<std::string>* new_vars,
                  std::set<std::string>* clause_rels) {
    if (r->var.empty()) {
      r->slot = NewSlot();
      return;
    }
    if (clause_rels && !clause_rels->insert(r->var).second) {
      Fail(r->pos,
           fmt::format("RelationshipUniquenessViolation: relationship '{}' appears twice in one pattern",
                       r->var));
    }
    auto it = scope->find(r->var);
    VarKind want = r->var_length ? VarKind::kRelList : VarKind::kRel;
    if (it != scope->end()) {
      VarKind k = it->second.kind;
      bool list_ok = want == VarKind::kRelList && k == VarKind::kList;
      if (k != want && k != VarKind::kAny && !list_ok) {
        Fail(r->pos, fmt::format("VariableTypeConflict: '{}' is a {}, not a {}", r->var, KindName(k),
                                 KindName(want)));
      }
      r->slot = it->second.slot;
      r->bound = !(new_vars && new_vars->count(r->var));
      return;
    }
    r->slot = NewSlot();
    slot_types_[r->slot] =
        r->var_length ? TypeInfo{SType::kList, SType::kRel} : TypeInfo{SType::kRel, SType::kUnknown};
    (*scope)[r->var] = {r->slot, want};
    if (new_vars) new_vars->insert(r->var);
  }

  void DeclarePath(Pattern* p, Scope* scope) {
    if (p->path_var.empty()) return;
    auto it = scope->find(p->path_var);
    if (it != scope->end()) {
      Fail(p->pos, fmt::format("VariableAlreadyBound: variable '{}' is already defined", p->path_var));
    }
    p->path_slot = NewSlot();
    slot_types_[p->path_slot] = {SType::kPath, SType::kUnknown};
    (*scope)[p->path_var] = {p->path_slot, VarKind::kPath};
  }

  void CheckPatternShape(const Pattern& p) {
    for (const auto& r : p.rels) {
      if (r.var_length && r.min_hops && r.max_hops && *r.min_hops > *r.max_hops) {
        // openCypher: an empty range simply matches nothing; allowed.
      }
      if (r.var_length && ((r.min_hops && *r.min_hops < 0) || (r.max_hops && *r.max_hops < 0))) {
        Fail(r.pos, "InvalidRelationshipPattern: negative hop count");
      }
    }
    if (p.shortest != Pattern::Shortest::kNone) {
      if (p.rels.size() != 1) Fail(p.pos, "shortestPath needs a pattern with exactly one relationship");
    }
  }

  void BindPatternProps(Pattern* p, const Scope& scope, bool match) {
    ExprCtx ctx;
    for (auto& n : p->nodes) {
      if (!n.props) continue;
      if (match && n.props->kind == ExprKind::kParam) {
        Fail(n.props->pos,
             "InvalidParameterUse: a parameter cannot give the properties of a pattern to match");
      }
      BindExpr(n.props.get(), scope, ctx);
    }
    for (auto& r : p->rels) {
      if (!r.props) continue;
      if (match && r.props->kind == ExprKind::kParam) {
        Fail(r.props->pos,
             "InvalidParameterUse: a parameter cannot give the properties of a pattern to match");
      }
      BindExpr(r.props.get(), scope, ctx);
    }
  }

  void BindMatch(Clause* c, Scope* scope) {
    std::set<std::string> clause_rels, new_vars;
    for (auto& p : c->patterns) {
      CheckPatternShape(p);
      DeclarePath(&p, scope);
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        DeclareNode(&p.nodes[i], scope, &new_vars);
        if (i < p.rels.size()) DeclareRel(&p.rels[i], scope, &new_vars, &clause_rels);
      }
    }
    for (auto& p : c->patterns) BindPatternProps(&p, *scope, true);
    if (c->where) {
      ExprCtx ctx;
      ctx.allow_pattern_predicates = true;
      ctx.where = "WHERE";
      BindExpr(c->where.get(), *scope, ctx);
      CheckPredicate(*c->where);
    }
  }

  void BindUpdatePattern(Pattern* p, Scope* scope, bool merge) {
    const char* what = merge ? "MERGE" : "CREATE";
    if (p->shortest != Pattern::Shortest::kNone)
      Fail(p->pos, fmt::format("UnexpectedSyntax: shortestPath in {}", what));
    // Properties may only refer to variables bound before this pattern, but
    // openCypher allows referring to earlier nodes of the same CREATE.
    for (auto& r : p->rels) {
      if (r.var_length)
        Fail(r.pos, fmt::format("CreatingVarLength: {} cannot use a variable-length relationship", what));
      if (r.types.size() != 1) {
        Fail(r.pos, fmt::format("NoSingleRelationshipType: {} needs exactly one relationship type", what));
      }
      if (!merge && r.dir == Direction::kBoth) {
        Fail(r.pos, "RequiresDirectedRelationship: CREATE needs a directed relationship");
      }
      if (!r.var.empty() && scope->count(r.var)) {
        Fail(r.pos, fmt::format("VariableAlreadyBound: variable '{}' is already defined", r.var));
      }
    }
    for (auto& n : p->nodes) {
      if (n.var.empty()) continue;
      auto it = scope->find(n.var);
      if (it == scope->end()) continue;
      if (n.labels.size() > 0 || n.props || p->rels.empty()) {
        Fail(n.pos, fmt::format("VariableAlreadyBound: variable '{}' is already defined", n.var));
      }
      VarKind k = it->second.kind;
      if (k != VarKind::kNode && k != VarKind::kAny) {
        Fail(n.pos, fmt::format("VariableTypeConflict: '{}' is a {}, not a node", n.var, KindName(k)));
      }
    }
    if (merge) {
      for (const auto& n : p->nodes) {
        if (n.props && n.props->kind == ExprKind::kParam) {
          Fail(n.props->pos,
               "InvalidParameterUse: a parameter cannot give the properties of a pattern to merge");
        }
      }
      for (const auto& r : p->rels) {
        if (r.props && r.props->kind == ExprKind::kParam) {
          Fail(r.props->pos,
               "InvalidParameterUse: a parameter cannot give the properties of a pattern to merge");
        }
      }
    }
    // Bind property expressions before declaring (CREATE (a {x: a.y}) is undefined).
    Scope before = *scope;
    DeclarePath(p, scope);
    for (size_t i = 0; i < p->nodes.size(); ++i) {
      ExprCtx ctx;
      if (p->nodes[i].props) BindExpr(p->nodes[i].props.get(), merge ? before : *scope, ctx);
      DeclareNode(&p->nodes[i], scope, nullptr);
      if (i < p->rels.size()) {
        if (p->rels[i].props) BindExpr(p->rels[i].props.get(), merge ? before : *scope, ctx);
        DeclareRel(&p->rels[i], scope, nullptr, nullptr);
      }
    }
  }

  // ----------------------------------------------------------- projections
  static VarKind InferKind(const Expr& e, const Scope& scope) {
    switch (e.kind) {
      case ExprKind::kVariable: {
        auto it = scope.find(e.name);
        return it == scope.end() ? VarKind::kAny : it->second.kind;
      }
      case ExprKind::kLiteral:
        return e.value.is_null() ? VarKind::kAny : e.value.is_list() ? VarKind::kList : VarKind::kValue;
      case ExprKind::kList:
      case ExprKind::kListComp:
      case ExprKind::kPatternComp:
        return VarKind::kList;
      case ExprKind::kMap:
      case ExprKind::kMapProjection:
      case ExprKind::kBinary:
      case ExprKind::kIsNull:
      case ExprKind::kIsNotNull:
      case ExprKind::kCountStar:
      case ExprKind::kHasLabels:
      case ExprKind::kQuantifier:
        return VarKind::kValue;
      case ExprKind::kUnary:
        return e.op == Op::kNot ? VarKind::kValue : VarKind::kAny;
      default:
        return VarKind::kAny;
    }
  }

  // Replaces every sub-expression of `e` whose text is that of a projection
  // item by a reference to the item's output slot.
  void ReplaceProjected(ExprPtr* e, const Projection& p) {
    if (!*e) return;
    std::string text = ExprText(*st_, **e);
    for (const auto& item : p.items) {
      if (item.slot < 0) continue;
      bool same = ExprText(*st_, *item.expr) == text;
      if (same) {
        auto v = std::make_unique<Expr>();
        v->kind = ExprKind::kVariable;
        v->pos = (*e)->pos;
        v->end_offset = (*e)->end_offset;
        v->name = item.alias;
        v->slot = item.slot;
        *e = std::move(v);
        return;
      }
    }
    for (auto& a : (*e)->args) ReplaceProjected(&a, p);
  }

  static bool ContainsAggregate(const Expr& e) {
    if (e.kind == ExprKind::kCountStar) return true;
    if (e.kind == ExprKind::kFunction && IsAggregateFunction(Lower(e.name))) return true;
    for (const auto& a : e.args) {
      if (a && ContainsAggregate(*a)) return true;
    }
    return false;
  }

  // In an aggregating projection, checks that the parts of `e` outside
  // aggregates are grouping keys or constants (AmbiguousAggregationExpression).
  // `aliases`: for ORDER BY expressions, not bound yet: the projected names.
  void CheckAggregateItem(const Expr& e, const std::set<std::string>& keys, const Scope& old_scope,
                          const std::set<std::string>* aliases = nullptr) {
    if (e.kind == ExprKind::kCountStar) return;
    if (e.kind == ExprKind::kFunction && IsAggregateFunction(Lower(e.name))) return;
    // Only variables and property reads count as grouping keys inside an
    // aggregating expression (openCypher).
    if ((e.kind == ExprKind::kVariable || e.kind == ExprKind::kProperty) && keys.count(ExprText(*st_, e)))
      return;
    if (e.kind == ExprKind::kVariable) {
      if (aliases && e.slot < 0 && old_scope.count(e.name) && !aliases->count(e.name)) {
        Fail(e.pos,
             fmt::format("AmbiguousAggregationExpression: '{}' is neither aggregated nor a grouping key",
                         e.name));
      }
      if (old_scope.count(e.name) && e.slot >= 0) {
        // Local variables of comprehensions are not in old_scope by slot.
        auto it = old_scope.find(e.name);
        if (it->second.slot == e.slot) {
          Fail(e.pos,
               fmt::format("AmbiguousAggregationExpression: '{}' is neither aggregated nor a grouping key",
                           e.name));
        }
      }
      return;
    }
    for (const auto& a : e.args) {
      if (a) CheckAggregateItem(*a, keys, old_scope, aliases);
    }
  }

  static void CheckConstantCount(const Expr* e, const char* what, Binder* b) {
    if (!e) return;
    std::function<bool(const Expr&)> has_var = [&](const Expr& x) {
      if (x.kind == ExprKind::kVariable || x.kind == ExprKind::kPatternPred ||
          x.kind == ExprKind::kPatternComp)
        return true;
      for (const auto& a : x.args) {
        if (a && has_var(*a)) return true;
      }
      return false;
    };
    if (has_var(*e))
      b->Fail(e->pos, fmt::format("NonConstantExpression: {} must be a constant expression", what));
    if (e->kind == ExprKind::kLiteral) {
      if (e->value.is_int() && e->value.as_int() < 0) {
        b->Fail(e->pos, fmt::format("NegativeIntegerArgument: {} cannot be negative", what));
      }
      if (!e->value.is_int()) {
        b->Fail(e->pos, fmt::format("InvalidArgumentType: {} must be an integer", what));
      }
    }
  }

  Scope BindProjection(Projection* p, const Scope& scope, bool is_with, const Pos& pos) {
    if (p->star) {
      std::vector<ProjectionItem> star_items;
      for (const auto& [name, info] : scope) {
        ProjectionItem item;
        item.expr = std::make_unique<Expr>();
        item.expr->kind = ExprKind::kVariable;
        item.expr->name = name;
        item.expr->pos = pos;
        item.alias = name;
        item.has_alias = true;
        star_items.push_back(std::move(item));
      }
      if (star_items.empty() && p->items.empty() && !is_with) {
        Fail(pos,
             fmt::format("NoVariablesInScope: {} * needs variables in scope", is_with ? "WITH" : "RETURN"));
      }
      for (auto& item : p->items) star_items.push_back(std::move(item));
      p->items = std::move(star_items);
    }
    std::set<std::string> aliases;
    for (auto& item : p->items) {
      ExprCtx ctx;
      ctx.allow_aggregates = true;
      ctx.aggregates = &p->aggregates;
      ctx.where = is_with ? "WITH" : "RETURN";
      BindExpr(item.expr.get(), scope, ctx);
      if (is_with && !item.has_alias && item.expr->kind != ExprKind::kVariable) {
        Fail(item.expr->pos, "NoExpressionAlias: expressions in WITH must be aliased (use AS)");
      }
      if (!aliases.insert(item.alias).second) {
        Fail(item.expr->pos,
             fmt::format("ColumnNameConflict: multiple result columns named '{}'", item.alias));
      }
    }
    p->aggregating = !p->aggregates.empty();
    p->agg_count = static_cast<int>(p->aggregates.size());
    std::set<std::string> keys;  // grouping keys' texts
    if (p->aggregating) {
      for (const auto& item : p->items) {
        if (!ContainsAggregate(*item.expr)) keys.insert(ExprText(*st_, *item.expr));
      }
      for (const auto& item : p->items) {
        if (ContainsAggregate(*item.expr)) CheckAggregateItem(*item.expr, keys, scope);
      }
      // ORDER BY after aggregation follows the same rule.
      for (const auto& s : p->order_by) {
        if (ContainsAggregate(*s.expr)) CheckAggregateItem(*s.expr, keys, scope, &aliases);
      }
    }
    Scope out;
    for (auto& item : p->items) {
      item.slot = NewSlot();
      if (!ContainsAggregate(*item.expr)) slot_types_[item.slot] = TypeOf(*item.expr);
      out[item.alias] = {item.slot, InferKind(*item.expr, scope)};
    }
    // ORDER BY and WHERE see the projected names, and, unless the projection
    // aggregates or is DISTINCT, the variables before it too.
    Scope sort_scope = out;
    if (!p->aggregating && !p->distinct) {
      for (const auto& [name, info] : scope) sort_scope.emplace(name, info);
    }
    for (auto& s : p->order_by) {
      ReplaceProjected(&s.expr, *p);
      ExprCtx ctx;
      ctx.where = "ORDER BY";
      BindExpr(s.expr.get(), sort_scope, ctx);
    }
    CheckConstantCount(p->skip.get(), "SKIP", this);
    CheckConstantCount(p->limit.get(), "LIMIT", this);
    if (p->skip) {
      ExprCtx ctx;
      BindExpr(p->skip.get(), Scope{}, ctx);
    }
    if (p->limit) {
      ExprCtx ctx;
      BindExpr(p->limit.get(), Scope{}, ctx);
    }
    if (p->where) {
      ReplaceProjected(&p->where, *p);
      ExprCtx ctx;
      ctx.allow_pattern_predicates = true;
      ctx.where = "WHERE";
      BindExpr(p->where.get(), sort_scope, ctx);
    }
    return out;
  }

  // ------------------------------------------------------------ expressions
  void BindExpr(Expr* e, const Scope& scope, ExprCtx& ctx) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::kLiteral:
      case ExprKind::kParam:
        return;
      case ExprKind::kVariable: {
        if (e->slot >= 0) return;  // already resolved (ORDER BY rewrite)
        auto it = scope.find(e->name);
        if (it == scope.end())
          Fail(e->pos, fmt::format("UndefinedVariable: variable '{}' is not defined", e->name));
        e->slot = it->second.slot;
        return;
      }
      case ExprKind::kCountStar:
        if (ctx.in_aggregate) Fail(e->pos, "NestedAggregation: aggregate functions cannot be nested");
        RegisterAggregate(e, ctx);
        return;
      case ExprKind::kFunction: {
        std::string lname = Lower(e->name);
        if (IsAggregateFunction(lname)) {
          if (ctx.in_aggregate) Fail(e->pos, "NestedAggregation: aggregate functions cannot be nested");
          bool saved = ctx.in_aggregate;
          ctx.in_aggregate = true;
          for (auto& a : e->args) {
            BindExpr(a.get(), scope, ctx);
            if (CallsRand(*a)) Fail(a->pos, "NonConstantExpression: rand() cannot be aggregated");
          }
          ctx.in_aggregate = saved;
          RegisterAggregate(e, ctx);
          if (e->args.empty() && lname != "count") {
            Fail(e->pos, fmt::format("InvalidNumberOfArguments: {}() needs an argument", e->name));
          }
          return;
        }
        if (const GraphFunction* g = FindGraphFunction(lname)) {
          int n = static_cast<int>(e->args.size());
          if (n < g->min_args || n > g->max_args) {
            Fail(e->pos,
                 fmt::format("InvalidNumberOfArguments: {}() takes {} argument(s)", e->name, g->min_args));
          }
          if (lname == "exists" && e->args[0]->kind != ExprKind::kProperty) {
            Fail(e->args[0]->pos, "InvalidArgumentType: exists() takes a property or a pattern");
          }
        } else {
          FunctionInfo info;
          if (!LookupFunction(lname, &info)) {
            Fail(e->pos, fmt::format("UnknownFunction: unknown function '{}'", e->name));
          }
          int n = static_cast<int>(e->args.size());
          if (n < info.min_args || (info.max_args >= 0 && n > info.max_args)) {
            Fail(e->pos,
                 fmt::format("InvalidNumberOfArguments: wrong number of arguments for {}()", e->name));
          }
        }
        if (e->distinct)
          Fail(e->pos, fmt::format("InvalidArgumentType: DISTINCT is only for aggregate functions"));
        for (auto& a : e->args) BindExpr(a.get(), scope, ctx);
        CheckTypes(*e);
        return;
      }
      case ExprKind::kListComp:
      case ExprKind::kQuantifier: {
        BindExpr(e->args[0].get(), scope, ctx);
        Scope inner = scope;
        e->slot = NewSlot();
        {
          TypeInfo list = TypeOf(*e->args[0]);
          if (Known(list.t) && list.t != SType::kList) TypeMismatch(*e->args[0], "a list iteration", list.t);
          if (list.t == SType::kList) slot_types_[e->slot] = {list.elem, SType::kUnknown};
        }
        inner[e->name] = {e->slot, VarKind::kAny};
        bool saved = ctx.allow_aggregates;
        if (e->kind == ExprKind::kListComp) {
          // aggregates inside a comprehension are invalid
          ctx.allow_aggregates = false;
        }
        for (size_t i = 1; i < e->args.size(); ++i) BindExprNoAgg(e->args[i].get(), inner, ctx);
        ctx.allow_aggregates = saved;
        return;
      }
      case ExprKind::kReduce: {
        BindExpr(e->args[0].get(), scope, ctx);
        BindExpr(e->args[1].get(), scope, ctx);
        Scope inner = scope;
        e->slot2 = NewSlot();
        e->slot = NewSlot();
        inner[e->keys[0]] = {e->slot2, VarKind::kAny};
        inner[e->name] = {e->slot, VarKind::kAny};
        BindExprNoAgg(e->args[2].get(), inner, ctx);
        return;
      }
      case ExprKind::kPatternPred:
      case ExprKind::kExistsPattern: {
        if (e->kind == ExprKind::kPatternPred && !ctx.allow_pattern_predicates) {
          Fail(e->pos,
               "UnexpectedSyntax: a pattern can only be used as a predicate in WHERE (use exists() or a "
               "pattern comprehension)");
        }
        Pattern* p = e->pattern.get();
        if (!p->path_var.empty()) Fail(p->pos, "UnexpectedSyntax: a pattern predicate cannot name a path");
        Scope inner = scope;
        for (auto& n : p->nodes) {
          if (!n.var.empty() && !scope.count(n.var)) {
            Fail(n.pos, fmt::format("UndefinedVariable: variable '{}' is not defined (patterns in "
                                    "expressions cannot introduce variables)",
                                    n.var));
          }
          DeclareNode(&n, &inner, nullptr);
        }
        std::set<std::string> rels;
        for (auto& r : p->rels) {
          if (!r.var.empty() && !scope.count(r.var)) {
            Fail(r.pos, fmt::format("UndefinedVariable: variable '{}' is not defined (patterns in "
                                    "expressions cannot introduce variables)",
                                    r.var));
          }
          DeclareRel(&r, &inner, nullptr, &rels);
        }
        BindPatternProps(p, inner, false);
        if (!e->args.empty()) BindExprNoAgg(e->args[0].get(), inner, ctx);
        return;
      }
      case ExprKind::kShortestPath: {
        Pattern* p = e->pattern.get();
        CheckPatternShape(*p);
        Scope inner = scope;
        p->path_slot = NewSlot();
        std::set<std::string> rels;
        for (size_t i = 0; i < p->nodes.size(); ++i) {
          if (!p->nodes[i].var.empty() && !scope.count(p->nodes[i].var)) {
            Fail(p->nodes[i].pos,
                 fmt::format("UndefinedVariable: variable '{}' is not defined", p->nodes[i].var));
          }
          DeclareNode(&p->nodes[i], &inner, nullptr);
          if (i < p->rels.size()) DeclareRel(&p->rels[i], &inner, nullptr, &rels);
        }
        BindPatternProps(p, inner, false);
        return;
      }
      case ExprKind::kPatternComp: {
        Pattern* p = e->pattern.get();
        Scope inner = scope;
        if (!p->path_var.empty()) {
          if (inner.count(p->path_var))
            Fail(p->pos, fmt::format("VariableAlreadyBound: variable '{}' is already defined", p->path_var));
          p->path_slot = NewSlot();
          inner[p->path_var] = {p->path_slot, VarKind::kPath};
        }
        std::set<std::string> rels, new_vars;
        for (size_t i = 0; i < p->nodes.size(); ++i) {
          DeclareNode(&p->nodes[i], &inner, &new_vars);
          if (i < p->rels.size()) DeclareRel(&p->rels[i], &inner, &new_vars, &rels);
        }
        BindPatternProps(p, inner, false);
        bool saved = ctx.allow_pattern_predicates;
        ctx.allow_pattern_predicates = true;
        if (e->args[0]) BindExprNoAgg(e->args[0].get(), inner, ctx);
        ctx.allow_pattern_predicates = saved;
        BindExprNoAgg(e->args[1].get(), inner, ctx);
        return;
      }
      case ExprKind::kMapProjection: {
        BindExpr(e->args[0].get(), scope, ctx);
        for (auto& item : e->proj) {
          if (item.value) BindExpr(item.value.get(), scope, ctx);
        }
        return;
      }
      case ExprKind::kProperty: {
        BindExpr(e->args[0].get(), scope, ctx);
        const Expr& base = *e->args[0];
        if (base.kind == ExprKind::kVariable) {
          auto it = scope.find(base.name);
          if (it != scope.end() &&
              (it->second.kind == VarKind::kPath || it->second.kind == VarKind::kRelList)) {
            Fail(e->pos,
                 fmt::format("InvalidArgumentType: a {} has no properties", KindName(it->second.kind)));
          }
        }
        if (base.kind == ExprKind::kLiteral && !base.value.is_null() && !base.value.is_map()) {
          Fail(e->pos,
               "InvalidArgumentType: property access on a value that is not a map, node or relationship");
        }
        return;
      }
      default:
        for (auto& a : e->args) BindExpr(a.get(), scope, ctx);
        CheckTypes(*e);
        return;
    }
  }

  TypeInfo TypeOf(const Expr& e) const {
    TypeInfo r;
    switch (e.kind) {
      case ExprKind::kLiteral:
        r.t = OfValue(e.value);
        if (e.value.is_list()) {
          const ValueList& l = e.value.as_list();
          r.elem = CommonType(l.begin(), l.end(), [](const Value& v) { return OfValue(v); });
        }
        return r;
      case ExprKind::kList:
        r.t = SType::kList;
        r.elem = CommonType(e.args.begin(), e.args.end(), [&](const ExprPtr& a) { return TypeOf(*a).t; });
        return r;
      case ExprKind::kMap:
      case ExprKind::kMapProjection:
        r.t = SType::kMap;
        return r;
      case ExprKind::kVariable: {
        auto it = slot_types_.find(e.slot);
        return it == slot_types_.end() ? r : it->second;
      }
      case ExprKind::kBinary:
        switch (e.op) {
          case Op::kAdd:
          case Op::kSub:
          case Op::kMul:
          case Op::kDiv:
          case Op::kMod:
          case Op::kPow: {
            SType a = TypeOf(*e.args[0]).t, b = TypeOf(*e.args[1]).t;
            if (a == SType::kInt && b == SType::kInt && e.op != Op::kPow)
              r.t = SType::kInt;
            else if (IsNumber(a) && IsNumber(b))
              r.t = SType::kFloat;
            else if (e.op == Op::kAdd && a == SType::kString && b == SType::kString)
              r.t = SType::kString;
            return r;
          }
          default:
            r.t = SType::kBool;
            return r;
        }
      case ExprKind::kUnary:
        if (e.op == Op::kNot)
          r.t = SType::kBool;
        else
          r.t = IsNumber(TypeOf(*e.args[0]).t) ? TypeOf(*e.args[0]).t : SType::kUnknown;
        return r;
      case ExprKind::kIsNull:
      case ExprKind::kIsNotNull:
      case ExprKind::kHasLabels:
      case ExprKind::kQuantifier:
      case ExprKind::kPatternPred:
      case ExprKind::kExistsPattern:
        r.t = SType::kBool;
        return r;
      case ExprKind::kListComp:
      case ExprKind::kPatternComp:
        r.t = SType::kList;
        return r;
      case ExprKind::kCountStar:
        r.t = SType::kInt;
        return r;
      default:
        return r;
    }
  }

  [[noreturn]] void TypeMismatch(const Expr& at, const std::string& what, SType got) const {
    Fail(at.pos, fmt::format("InvalidArgumentType: {} cannot take a {}", what, STypeName(got)));
  }

  // Compile-time type errors for operands whose type is statically known.
  void CheckTypes(const Expr& e) const {
    auto bad_for_bool = [](SType t) { return Known(t) && t != SType::kBool; };
    if (e.kind == ExprKind::kBinary) {
      SType a = TypeOf(*e.args[0]).t, b = TypeOf(*e.args[1]).t;
      switch (e.op) {
        case Op::kAnd:
        case Op::kOr:
        case Op::kXor:
          if (bad_for_bool(a)) TypeMismatch(*e.args[0], OpName(e.op), a);
          if (bad_for_bool(b)) TypeMismatch(*e.args[1], OpName(e.op), b);
          return;
        case Op::kIn:
          if (Known(b) && b != SType::kList) TypeMismatch(*e.args[1], "IN", b);
          return;
        case Op::kSub:
        case Op::kMul:
        case Op::kDiv:
        case Op::kMod:
        case Op::kPow: {
          auto bad = [](SType t) { return Known(t) && !IsNumber(t); };
          if (bad(a)) TypeMismatch(*e.args[0], std::string("'") + OpName(e.op) + "'", a);
          if (bad(b)) TypeMismatch(*e.args[1], std::string("'") + OpName(e.op) + "'", b);
          return;
        }
        case Op::kAdd: {
          if (a == SType::kList || b == SType::kList) return;
          auto bad = [](SType t) {
            return t == SType::kBool || t == SType::kMap || t == SType::kNode || t == SType::kRel ||
                   t == SType::kPath;
          };
          if (bad(a)) TypeMismatch(*e.args[0], "'+'", a);
          if (bad(b)) TypeMismatch(*e.args[1], "'+'", b);
          return;
        }
        default:
          return;
      }
    }
    if (e.kind == ExprKind::kUnary) {
      SType a = TypeOf(*e.args[0]).t;
      if (e.op == Op::kNot && bad_for_bool(a)) TypeMismatch(*e.args[0], "NOT", a);
      if (e.op != Op::kNot && Known(a) && !IsNumber(a)) TypeMismatch(*e.args[0], "unary minus", a);
      return;
    }
    if (e.kind == ExprKind::kFunction && e.args.size() == 1) {
      std::string f = Lower(e.name);
      SType a = TypeOf(*e.args[0]).t;
      if (!Known(a)) return;
      if (f == "labels" && a != SType::kNode) TypeMismatch(*e.args[0], "labels()", a);
      if (f == "type" && a != SType::kRel) TypeMismatch(*e.args[0], "type()", a);
      if ((f == "properties" || f == "keys") && a != SType::kNode && a != SType::kRel && a != SType::kMap) {
        TypeMismatch(*e.args[0], f + "()", a);
      }
      if (f == "size" && a != SType::kList && a != SType::kString) TypeMismatch(*e.args[0], "size()", a);
      if (f == "length" && a != SType::kPath && a != SType::kString) TypeMismatch(*e.args[0], "length()", a);
      if ((f == "nodes" || f == "relationships") && a != SType::kPath) TypeMismatch(*e.args[0], f + "()", a);
      if ((f == "startnode" || f == "endnode") && a != SType::kRel) TypeMismatch(*e.args[0], f + "()", a);
    }
  }

  // A predicate (WHERE) must be a boolean.
  void CheckPredicate(const Expr& e) const {
    SType t = TypeOf(e).t;
    if (Known(t) && t != SType::kBool) TypeMismatch(e, "a predicate", t);
  }

  static bool CallsRand(const Expr& e) {
    if (e.kind == ExprKind::kFunction && Lower(e.name) == "rand") return true;
    for (const auto& a : e.args) {
      if (a && CallsRand(*a)) return true;
    }
    return false;
  }

  void BindExprNoAgg(Expr* e, const Scope& scope, ExprCtx& ctx) {
    if (!e) return;
    if (ContainsAggregate(*e)) {
      Fail(e->pos, "InvalidAggregation: aggregate functions are not allowed inside this expression");
    }
    BindExpr(e, scope, ctx);
  }

  void RegisterAggregate(Expr* e, ExprCtx& ctx) {
    if (!ctx.allow_aggregates || !ctx.aggregates) {
      Fail(e->pos, fmt::format("InvalidAggregation: aggregate functions are not allowed in {}", ctx.where));
    }
    e->agg_index = static_cast<int>(ctx.aggregates->size());
    ctx.aggregates->push_back(e);
  }

  Statement* st_;
  SingleQuery* q_ = nullptr;
  std::unordered_map<int, TypeInfo> slot_types_;  // known types of slots
};

}  // namespace

bool IsGraphFunction(std::string_view lower_name) { return FindGraphFunction(lower_name) != nullptr; }

std::string ExprText(const Statement& st, const Expr& e) {
  if (e.end_offset <= e.pos.offset || e.end_offset > st.text.size()) return e.name;
  return std::string(st.text.substr(e.pos.offset, e.end_offset - e.pos.offset));
}

void Bind(Statement* st) { Binder(st).Run(); }

}  // namespace kg::query
