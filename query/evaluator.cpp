// The expression evaluator (see exec.h): openCypher expressions over one
// row, delegating value semantics to query/value_ops.h and implementing the
// functions that need the graph.
#include <fmt/format.h>

#include <algorithm>

#include "graph/columns.h"
#include "query/binder.h"
#include "query/exec.h"
#include "query/value_ops.h"

namespace kg::query {

using namespace ast;  // NOLINT: the AST vocabulary throughout this file

namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

[[noreturn]] void TypeFail(const std::string& msg) { throw QueryError(ErrorKind::kTypeError, msg); }

ValueMap PropsToMap(const graph::PropertyList& props, const graph::View& view) {
  ValueMap m;
  m.reserve(props.size());
  for (const auto& [k, v] : props) m.emplace_back(view.KeyName(k), v);
  std::sort(m.begin(), m.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return m;
}

void CheckNodeAlive(NodeId id, ExecContext& ctx) {
  if (ctx.deleted_nodes.count(id) || !ctx.view->NodeExists(id)) {
    throw QueryError(ErrorKind::kEntityNotFound,
                     fmt::format("DeletedEntityAccess: node {} has been deleted", id));
  }
}
void CheckEdgeAlive(EdgeId id, ExecContext& ctx) {
  if (ctx.deleted_edges.count(id) || !ctx.view->EdgeExists(id)) {
    throw QueryError(ErrorKind::kEntityNotFound,
                     fmt::format("DeletedEntityAccess: relationship {} has been deleted", id));
  }
}

Value AllProperties(const Value& v, ExecContext& ctx) {
  if (v.is_node()) {
    CheckNodeAlive(v.as_node().id, ctx);
    return Value(PropsToMap(ctx.view->NodeProperties(v.as_node().id), *ctx.view));
  }
  if (v.is_rel()) {
    CheckEdgeAlive(v.as_rel().id, ctx);
    return Value(PropsToMap(ctx.view->EdgeProperties(v.as_rel().id), *ctx.view));
  }
  if (v.is_map()) return v;
  if (v.is_null()) return Value();
  TypeFail(fmt::format("InvalidArgumentType: expected a node, relationship or map, got {}",
                       Value::TypeName(v.type())));
}

PathValue AsPath(const Value& v) {
  if (!v.is_path())
    TypeFail(fmt::format("InvalidArgumentType: expected a path, got {}", Value::TypeName(v.type())));
  return v.as_path();
}

// provenance(x): where a relationship or Statement node comes from.
Value Provenance(const Value& v, ExecContext& ctx) {
  if (v.is_null()) return Value();
  auto get = [&](const char* key) { return PropertyOf(v, key, ctx); };
  if (!v.is_rel() && !v.is_node()) {
    TypeFail("InvalidArgumentType: provenance() takes a relationship or a Statement node");
  }
  Value article = get("article");
  Value sentence = get("sentence");
  Value span = get("span");
  ValueMap out;
  out.emplace_back("article", article);
  Value title, date, text;
  if (!article.is_null()) {
    auto label = ctx.view->FindLabel("Article");
    auto key = ctx.view->FindKey("id");
    if (label && key && ctx.view->HasIndex(*label, *key)) {
      std::vector<NodeId> ids;
      ctx.view->IndexLookup(*label, *key, article, &ids);
      if (!ids.empty()) {
        Value node = Value(NodeValue{ids[0], nullptr});
        title = PropertyOf(node, "title", ctx);
        date = PropertyOf(node, "date", ctx);
        Value article_text = PropertyOf(node, "text", ctx);
        if (article_text.is_string() && span.is_list() && span.as_list().size() == 2 &&
            span.as_list()[0].is_int() && span.as_list()[1].is_int()) {
          int64_t b = span.as_list()[0].as_int(), e = span.as_list()[1].as_int();
          const std::string& s = article_text.as_string();
          if (b >= 0 && e >= b && static_cast<size_t>(e) <= s.size()) text = Value(s.substr(b, e - b));
        }
      }
    } else if (label && key) {
      std::vector<NodeId> ids;
      ctx.view->NodesWithLabel(*label, &ids);
      for (NodeId id : ids) {
        if (Equals(ctx.view->NodeProperty(id, *key), article) == Value(true)) {
          Value node = Value(NodeValue{id, nullptr});
          title = PropertyOf(node, "title", ctx);
          date = PropertyOf(node, "date", ctx);
          break;
        }
      }
    }
  }
  if (text.is_null()) {
    Value st = get("text");
    if (st.is_string()) text = st;
  }
  out.emplace_back("title", title);
  out.emplace_back("date", date);
  out.emplace_back("sentence", sentence);
  out.emplace_back("span", span);
  out.emplace_back("text", text);
  return Value(std::move(out));
}

Value CallGraphFunction(const std::string& lname, std::vector<Value>& args, ExecContext& ctx) {
  const Value& a = args[0];
  if (lname == "provenance") return Provenance(a, ctx);
  if (a.is_null()) return Value();
  if (lname == "id") {
    if (a.is_node()) return Value(static_cast<int64_t>(a.as_node().id));
    if (a.is_rel()) return Value(static_cast<int64_t>(a.as_rel().id));
    TypeFail("InvalidArgumentType: id() takes a node or a relationship");
  }
  if (lname == "elementid") {
    if (a.is_node()) return Value(fmt::format("n:{}", a.as_node().id));
    if (a.is_rel()) return Value(fmt::format("r:{}", a.as_rel().id));
    TypeFail("InvalidArgumentType: elementId() takes a node or a relationship");
  }
  if (lname == "labels") {
    if (!a.is_node()) TypeFail("InvalidArgumentType: labels() takes a node");
    CheckNodeAlive(a.as_node().id, ctx);
    ValueList out;
    for (LabelId l : ctx.view->NodeLabels(a.as_node().id)) out.emplace_back(ctx.view->LabelName(l));
    return Value(std::move(out));
  }
  if (lname == "type") {
    if (!a.is_rel()) TypeFail("InvalidArgumentType: type() takes a relationship");
    if (ctx.deleted_edges.count(a.as_rel().id) || !ctx.view->EdgeExists(a.as_rel().id)) {
      if (a.as_rel().data) return Value(a.as_rel().data->type);
      auto it = ctx.deleted_edge_data.find(a.as_rel().id);
      if (it != ctx.deleted_edge_data.end()) return Value(it->second->type);
      CheckEdgeAlive(a.as_rel().id, ctx);
    }
    return Value(ctx.view->TypeName(ctx.view->Edge(a.as_rel().id).type));
  }
  if (lname == "keys") {
    if (a.is_node() || a.is_rel()) {
      Value m = AllProperties(a, ctx);
      ValueList out;
      for (const auto& [k, v] : m.as_map()) out.emplace_back(k);
      return Value(std::move(out));
    }
    if (a.is_map()) {
      ValueList out;
      for (const auto& [k, v] : a.as_map()) out.emplace_back(k);
      return Value(std::move(out));
    }
    TypeFail("InvalidArgumentType: keys() takes a node, relationship or map");
  }
  if (lname == "properties") return AllProperties(a, ctx);
  if (lname == "startnode" || lname == "endnode") {
    if (!a.is_rel()) TypeFail(fmt::format("InvalidArgumentType: {}() takes a relationship", lname));
    CheckEdgeAlive(a.as_rel().id, ctx);
    graph::EdgeEnds ends = ctx.view->Edge(a.as_rel().id);
    return Value(NodeValue{lname == "startnode" ? ends.start : ends.end, nullptr});
  }
  if (lname == "nodes") {
    PathValue p = AsPath(a);
    ValueList out;
    for (auto& n : p.nodes) out.emplace_back(n);
    return Value(std::move(out));
  }
  if (lname == "relationships" || lname == "rels") {
    PathValue p = AsPath(a);
    ValueList out;
    for (auto& r : p.rels) out.emplace_back(r);
    return Value(std::move(out));
  }
  if (lname == "length") {
    if (a.is_path()) return Value(static_cast<int64_t>(a.as_path().rels.size()));
    FunctionInfo info;
    if (LookupFunction("length", &info)) return CallFunction("length", args);
    TypeFail("InvalidArgumentType: length() takes a path");
  }
  if (lname == "exists") return Value(!a.is_null());
  throw QueryError(ErrorKind::kInternal, "unknown graph function " + lname);
}

Value EvalPatternComprehension(const Expr& e, Row& row, ExecContext& ctx) {
  auto* cp = static_cast<CompiledPattern*>(e.compiled.get());
  if (!cp) throw QueryError(ErrorKind::kInternal, "pattern expression was not planned");
  cp->argument->Set(&row);
  cp->root->Open(&ctx);
  Row r;
  if (e.kind == ExprKind::kPatternPred) return Value(cp->root->Next(&r));
  if (e.kind == ExprKind::kShortestPath) {
    int slot = e.pattern->path_slot;
    if (e.pattern->shortest != Pattern::Shortest::kAll) {
      return cp->root->Next(&r) ? r[slot] : Value();
    }
    ValueList paths;
    while (cp->root->Next(&r)) paths.push_back(r[slot]);
    return Value(std::move(paths));
  }
  if (e.kind == ExprKind::kExistsPattern) {
    while (cp->root->Next(&r)) {
      if (e.args.empty() || EvalPredicate(*e.args[0], r, ctx)) return Value(true);
    }
    return Value(false);
  }
  ValueList out;
  while (cp->root->Next(&r)) {
    ctx.Tick();
    if (e.args[0] && !EvalPredicate(*e.args[0], r, ctx)) continue;
    out.push_back(Eval(*e.args[1], r, ctx));
    ctx.Charge(sizeof(Value));
  }
  return Value(std::move(out));
}

// The value of `e` without a copy when it is a literal or a variable
// (valid while `row` and the AST live); else evaluated into *tmp.
const Value& EvalRef(const Expr& e, Row& row, ExecContext& ctx, Value* tmp) {
  if (e.kind == ExprKind::kLiteral) return e.value;
  if (e.kind == ExprKind::kVariable) return row[e.slot];
  *tmp = Eval(e, row, ctx);
  return *tmp;
}

Value EvalInner(const Expr& e, Row& row, ExecContext& ctx) {
  switch (e.kind) {
    case ExprKind::kLiteral:
      return e.value;
    case ExprKind::kParam: {
      for (const auto& [k, v] : *ctx.params) {
        if (k == e.name) return v;
      }
      throw QueryError(ErrorKind::kParameterMissing, fmt::format("parameter ${} was not given", e.name));
    }
    case ExprKind::kVariable:
      return row[e.slot];
    case ExprKind::kProperty: {
      // The base is read in place when it is a variable (no copy).
      Value computed;
      const Expr& b = *e.args[0];
      if (b.kind != ExprKind::kVariable) computed = Eval(b, row, ctx);
      const Value& base = b.kind == ExprKind::kVariable ? row[b.slot] : computed;
      if (base.is_node() || base.is_rel()) {
        // Fast path: the key id is looked up once per expression.
        if (e.cached_key == kInvalidName) {
          auto k = ctx.view->FindKey(e.name);
          if (!k) return PropertyOf(base, e.name, ctx);
          e.cached_key = *k;
        }
        if (ctx.write) {
          if (base.is_node()) {
            CheckNodeAlive(base.as_node().id, ctx);
            return ctx.view->NodeProperty(base.as_node().id, e.cached_key);
          }
          CheckEdgeAlive(base.as_rel().id, ctx);
          return ctx.view->EdgeProperty(base.as_rel().id, e.cached_key);
        }
        // Read transaction: values are stable; nested loops read the same
        // entity's property row after row, so remember the last one.
        constexpr uint64_t kRelTag = uint64_t{1} << 63;
        uint64_t tag = base.is_node() ? base.as_node().id : (base.as_rel().id | kRelTag);
        if (tag != e.cached_entity) {
          e.cached_value = base.is_node() ? ReadNodeProperty(e, base.as_node().id, ctx)
                                          : ctx.view->EdgeProperty(base.as_rel().id, e.cached_key);
          e.cached_entity = tag;
        }
        return e.cached_value;
      }
      return PropertyOf(base, e.name, ctx);
    }
    case ExprKind::kHasLabels: {
      Value v = Eval(*e.args[0], row, ctx);
      if (v.is_null()) return Value();
      if (!v.is_node()) TypeFail("InvalidArgumentType: label check on a value that is not a node");
      CheckNodeAlive(v.as_node().id, ctx);
      for (const auto& l : e.keys) {
        auto id = ctx.view->FindLabel(l);
        if (!id || !ctx.view->HasLabel(v.as_node().id, *id)) return Value(false);
      }
      return Value(true);
    }
    case ExprKind::kList: {
      ValueList out;
      out.reserve(e.args.size());
      for (const auto& a : e.args) out.push_back(Eval(*a, row, ctx));
      return Value(std::move(out));
    }
    case ExprKind::kMap: {
      ValueMap out;
      for (size_t i = 0; i < e.args.size(); ++i) {
        Value v = Eval(*e.args[i], row, ctx);
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& kv) { return kv.first == e.keys[i]; });
        if (it != out.end())
          it->second = std::move(v);
        else
          out.emplace_back(e.keys[i], std::move(v));
      }
      return Value(std::move(out));
    }
    case ExprKind::kFunction: {
      if (e.agg_index >= 0) {
        if (!ctx.aggregates)
          throw QueryError(ErrorKind::kInternal, "aggregate evaluated outside aggregation");
        return (*ctx.aggregates)[e.agg_index];
      }
      std::string lname = Lower(e.name);
      std::vector<Value> args;
      args.reserve(e.args.size());
      for (const auto& a : e.args) args.push_back(Eval(*a, row, ctx));
      if (IsGraphFunction(lname)) {
        if (lname == "exists" && e.args[0]->kind == ExprKind::kProperty) return Value(!args[0].is_null());
        if (lname == "keys" || lname == "properties" || lname == "length") {
          const Value& a = args[0];
          if (!a.is_node() && !a.is_rel() && !a.is_path() && !a.is_null()) {
            FunctionInfo info;
            if (LookupFunction(lname, &info)) return CallFunction(lname, args);
          }
        }
        return CallGraphFunction(lname, args, ctx);
      }
      return CallFunction(lname, args);
    }
    case ExprKind::kCountStar:
      if (!ctx.aggregates) throw QueryError(ErrorKind::kInternal, "count(*) evaluated outside aggregation");
      return (*ctx.aggregates)[e.agg_index];
    case ExprKind::kBinary: {
      Value ta, tb;
      const Value& a = EvalRef(*e.args[0], row, ctx, &ta);
      const Value& b = EvalRef(*e.args[1], row, ctx, &tb);
      switch (e.op) {
        case Op::kAnd:
          return And(a, b);
        case Op::kOr:
          return Or(a, b);
        case Op::kXor:
          return Xor(a, b);
        case Op::kEq:
          return Equals(a, b);
        case Op::kNe:
          return Not(Equals(a, b));
        case Op::kLt:
          return Compare(CompareOp::kLt, a, b);
        case Op::kLe:
          return Compare(CompareOp::kLe, a, b);
        case Op::kGt:
          return Compare(CompareOp::kGt, a, b);
        case Op::kGe:
          return Compare(CompareOp::kGe, a, b);
        case Op::kAdd:
          return Add(a, b);
        case Op::kSub:
          return Subtract(a, b);
        case Op::kMul:
          return Multiply(a, b);
        case Op::kDiv:
          return Divide(a, b);
        case Op::kMod:
          return Modulo(a, b);
        case Op::kPow:
          return Power(a, b);
        case Op::kIn:
          return In(a, b);
        case Op::kStartsWith:
          return StartsWith(a, b);
        case Op::kEndsWith:
          return EndsWith(a, b);
        case Op::kContains:
          return Contains(a, b);
        case Op::kRegex:
          return RegexMatch(a, b);
        default:
          break;
      }
      throw QueryError(ErrorKind::kInternal, "bad binary operator");
    }
    case ExprKind::kUnary: {
      Value a = Eval(*e.args[0], row, ctx);
      if (e.op == Op::kNot) return Not(a);
      if (e.op == Op::kNeg) return Negate(a);
      if (!a.is_number() && !a.is_null()) TypeFail("InvalidArgumentType: unary '+' needs a number");
      return a;
    }
    case ExprKind::kIsNull:
      return Value(Eval(*e.args[0], row, ctx).is_null());
    case ExprKind::kIsNotNull:
      return Value(!Eval(*e.args[0], row, ctx).is_null());
    case ExprKind::kSubscript: {
      Value c = Eval(*e.args[0], row, ctx);
      Value i = Eval(*e.args[1], row, ctx);
      if (c.is_node() || c.is_rel()) {
        if (i.is_null()) return Value();
        if (!i.is_string()) TypeFail("MapElementAccessByNonString: a property key must be a string");
        return PropertyOf(c, i.as_string(), ctx);
      }
      return Subscript(c, i);
    }
    case ExprKind::kSlice: {
      Value c = Eval(*e.args[0], row, ctx);
      Value f = e.args[1] ? Eval(*e.args[1], row, ctx) : Value();
      Value t = e.args[2] ? Eval(*e.args[2], row, ctx) : Value();
      // An explicit null bound makes the slice null; an absent one is open.
      if ((e.args[1] && f.is_null()) || (e.args[2] && t.is_null())) {
        if (!c.is_list() && !c.is_null()) return Slice(c, Value(), Value());
        return Value();
      }
      return Slice(c, f, t);
    }
    case ExprKind::kCase: {
      size_t i = 0;
      Value test;
      if (e.has_test) test = Eval(*e.args[i++], row, ctx);
      size_t end = e.args.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < end; i += 2) {
        Value w = Eval(*e.args[i], row, ctx);
        bool hit = e.has_test ? (Equals(test, w) == Value(true)) : (w.is_bool() && w.as_bool());
        if (hit) return Eval(*e.args[i + 1], row, ctx);
      }
      if (e.has_else) return Eval(*e.args.back(), row, ctx);
      return Value();
    }
    case ExprKind::kListComp: {
      Value list = Eval(*e.args[0], row, ctx);
      if (list.is_null()) return Value();
      if (!list.is_list())
        TypeFail(fmt::format("InvalidArgumentType: expected a list, got {}", Value::TypeName(list.type())));
      ValueList out;
      for (const Value& x : list.as_list()) {
        ctx.Tick();
        row[e.slot] = x;
        if (e.args[1] && !EvalPredicate(*e.args[1], row, ctx)) continue;
        out.push_back(e.args[2] ? Eval(*e.args[2], row, ctx) : x);
      }
      return Value(std::move(out));
    }
    case ExprKind::kQuantifier: {
      Value list = Eval(*e.args[0], row, ctx);
      if (list.is_null()) return Value();
      if (!list.is_list())
        TypeFail(fmt::format("InvalidArgumentType: expected a list, got {}", Value::TypeName(list.type())));
      int64_t trues = 0, nulls = 0, falses = 0;
      for (const Value& x : list.as_list()) {
        ctx.Tick();
        row[e.slot] = x;
        Value p = e.args[1] ? Eval(*e.args[1], row, ctx) : x;
        if (p.is_null())
          ++nulls;
        else if (p.is_bool())
          (p.as_bool() ? trues : falses)++;
        else
          TypeFail(fmt::format("InvalidArgumentType: a quantifier predicate must be boolean, got {}",
                               Value::TypeName(p.type())));
      }
      switch (e.op) {
        case Op::kAllOf:
          return falses ? Value(false) : nulls ? Value() : Value(true);
        case Op::kAnyOf:
          return trues ? Value(true) : nulls ? Value() : Value(false);
        case Op::kNoneOf:
          return trues ? Value(false) : nulls ? Value() : Value(true);
        case Op::kSingleOf:
          if (trues > 1) return Value(false);
          if (nulls) return Value();
          return Value(trues == 1);
        default:
          break;
      }
      throw QueryError(ErrorKind::kInternal, "bad quantifier");
    }
    case ExprKind::kReduce: {
      Value acc = Eval(*e.args[0], row, ctx);
      Value list = Eval(*e.args[1], row, ctx);
      if (list.is_null()) return Value();
      if (!list.is_list()) TypeFail("InvalidArgumentType: reduce() needs a list");
      for (const Value& x : list.as_list()) {
        ctx.Tick();
        row[e.slot2] = acc;
        row[e.slot] = x;
        acc = Eval(*e.args[2], row, ctx);
      }
      return acc;
    }
    case ExprKind::kPatternPred:
    case ExprKind::kPatternComp:
    case ExprKind::kExistsPattern:
    case ExprKind::kShortestPath:
      return EvalPatternComprehension(e, row, ctx);
    case ExprKind::kMapProjection: {
      Value base = Eval(*e.args[0], row, ctx);
      if (base.is_null()) return Value();
      if (!base.is_node() && !base.is_rel() && !base.is_map()) {
        TypeFail("InvalidArgumentType: map projection needs a node, relationship or map");
      }
      ValueMap out;
      auto put = [&](const std::string& k, Value v) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& kv) { return kv.first == k; });
        if (it != out.end())
          it->second = std::move(v);
        else
          out.emplace_back(k, std::move(v));
      };
      for (const auto& item : e.proj) {
        switch (item.kind) {
          case MapProjItem::Kind::kProperty:
            put(item.key, PropertyOf(base, item.key, ctx));
            break;
          case MapProjItem::Kind::kLiteral:
          case MapProjItem::Kind::kVariable:
            put(item.key, Eval(*item.value, row, ctx));
            break;
          case MapProjItem::Kind::kAllProperties: {
            Value all = AllProperties(base, ctx);
            for (const auto& [k, v] : all.as_map()) put(k, v);
            break;
          }
        }
      }
      return Value(std::move(out));
    }
  }
  throw QueryError(ErrorKind::kInternal, "unknown expression");
}

}  // namespace

Value ReadNodeProperty(const ast::Expr& e, NodeId id, ExecContext& ctx) {
  if (e.column) return e.column->Get(id);
  // Without a column: take one when already built (first read), or build it
  // once this expression has read about an eighth of the graph's nodes, so
  // that building costs at most a few times the reads already done.
  uint64_t misses = ++e.column_misses;
  uint64_t threshold = std::max<uint64_t>(4096, ctx.view->NodeCount() / 8);
  if (misses == 1 || misses == threshold) {
    e.column = ctx.view->NodeColumn(e.cached_key, misses == threshold);
    if (e.column) return e.column->Get(id);
  }
  return ctx.view->NodeProperty(id, e.cached_key);
}

Value PropertyOf(const Value& v, const std::string& key, ExecContext& ctx) {
  if (v.is_null()) return Value();
  if (v.is_node()) {
    CheckNodeAlive(v.as_node().id, ctx);
    auto k = ctx.view->FindKey(key);
    if (!k) return Value();
    return ctx.view->NodeProperty(v.as_node().id, *k);
  }
  if (v.is_rel()) {
    CheckEdgeAlive(v.as_rel().id, ctx);
    auto k = ctx.view->FindKey(key);
    if (!k) return Value();
    return ctx.view->EdgeProperty(v.as_rel().id, *k);
  }
  if (v.is_map()) {
    const Value* f = v.Find(key);
    return f ? *f : Value();
  }
  if (v.is_date()) {
    int y;
    unsigned m, d;
    YmdFromDate(v.as_date(), &y, &m, &d);
    if (key == "year") return Value(static_cast<int64_t>(y));
    if (key == "month") return Value(static_cast<int64_t>(m));
    if (key == "day") return Value(static_cast<int64_t>(d));
    return Value();
  }
  TypeFail(
      fmt::format("InvalidArgumentType: cannot read property '{}' of a {}", key, Value::TypeName(v.type())));
}

Value Eval(const Expr& e, Row& row, ExecContext& ctx) {
  try {
    return EvalInner(e, row, ctx);
  } catch (const QueryError& err) {
    if (err.status().line() > 0) throw;
    throw QueryError(err.status().kind(), err.status().message(), e.pos.line, e.pos.column);
  }
}

bool EvalPredicate(const Expr& e, Row& row, ExecContext& ctx) {
  Value v = Eval(e, row, ctx);
  if (v.is_bool()) return v.as_bool();
  if (v.is_null()) return false;
  throw QueryError(
      ErrorKind::kTypeError,
      fmt::format("InvalidArgumentType: expected a boolean predicate, got {}", Value::TypeName(v.type())),
      e.pos.line, e.pos.column);
}

void Materialize(Value* v, ExecContext& ctx) {
  switch (v->type()) {
    case Value::Type::kNode: {
      NodeId id = v->as_node().id;
      if (auto it = ctx.deleted_node_data.find(id); it != ctx.deleted_node_data.end()) {
        *v = Value(NodeValue{id, it->second});
        return;
      }
      auto data = std::make_shared<EntityData>();
      if (!ctx.deleted_nodes.count(id) && ctx.view->NodeExists(id)) {
        for (LabelId l : ctx.view->NodeLabels(id)) data->labels.push_back(ctx.view->LabelName(l));
        data->properties = PropsToMap(ctx.view->NodeProperties(id), *ctx.view);
      } else if (v->as_node().data) {
        return;
      }
      *v = Value(NodeValue{id, std::move(data)});
      return;
    }
    case Value::Type::kRel: {
      EdgeId id = v->as_rel().id;
      if (auto it = ctx.deleted_edge_data.find(id); it != ctx.deleted_edge_data.end()) {
        *v = Value(RelValue{id, it->second});
        return;
      }
      auto data = std::make_shared<EntityData>();
      if (!ctx.deleted_edges.count(id) && ctx.view->EdgeExists(id)) {
        graph::EdgeEnds ends = ctx.view->Edge(id);
        data->type = ctx.view->TypeName(ends.type);
        data->start = ends.start;
        data->end = ends.end;
        data->properties = PropsToMap(ctx.view->EdgeProperties(id), *ctx.view);
      } else if (v->as_rel().data) {
        return;
      }
      *v = Value(RelValue{id, std::move(data)});
      return;
    }
    case Value::Type::kPath: {
      PathValue p = v->as_path();
      for (auto& n : p.nodes) {
        Value x(n);
        Materialize(&x, ctx);
        n = x.as_node();
      }
      for (auto& r : p.rels) {
        Value x(r);
        Materialize(&x, ctx);
        r = x.as_rel();
      }
      *v = Value(std::move(p));
      return;
    }
    case Value::Type::kList:
      for (auto& x : v->as_list()) Materialize(&x, ctx);
      return;
    case Value::Type::kMap:
      for (auto& [k, x] : v->as_map()) Materialize(&x, ctx);
      return;
    default:
      return;
  }
}

void ExecContext::CheckDeadline() const {
  if (std::chrono::steady_clock::now() > deadline) {
    throw QueryError(ErrorKind::kTimeout, fmt::format("the query ran longer than its limit of {} ms",
                                                      options ? options->timeout.count() : 0));
  }
}

void ExecContext::Charge(uint64_t bytes) {
  memory_bytes += bytes;
  if (options && memory_bytes > options->max_memory_bytes) {
    throw QueryError(
        ErrorKind::kLimitExceeded,
        fmt::format("the query needs more than its memory limit of {} bytes", options->max_memory_bytes));
  }
}

}  // namespace kg::query
