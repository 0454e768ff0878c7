// The openCypher abstract syntax tree produced by the parser (query/parser.h)
// and annotated in place by the binder (query/binder.h): every node carries
// its source position; the binder fills the `slot` and `kind` annotations.
//
// Ownership: a Statement owns its whole tree through unique_ptr; nothing in
// the tree points outside it except the planner's compiled sub-plans
// (Expr::compiled), which the tree keeps alive.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/ids.h"
#include "common/value.h"

namespace kg::graph {
class PropertyColumn;
}

namespace kg::query::ast {

// A position in the query text: byte offset and 1-based line and column.
struct Pos {
  size_t offset = 0;
  int line = 0;
  int column = 0;
};

struct Expr;
struct Pattern;
using ExprPtr = std::unique_ptr<Expr>;

// What a variable holds, as far as the binder can tell.
// kValue: known not to be a node, relationship, path or list (a literal,
// map, boolean...); kList: a list (possibly of relationships).
enum class VarKind : uint8_t { kAny, kNode, kRel, kRelList, kPath, kValue, kList };

enum class ExprKind : uint8_t {
  kLiteral,        // value
  kParam,          // name
  kVariable,       // name (slot set by the binder)
  kProperty,       // args[0].name
  kHasLabels,      // args[0]:labels
  kList,           // [args...]
  kMap,            // {keys[i]: args[i]}
  kFunction,       // name(distinct? args...); agg_index >= 0 for aggregates
  kCountStar,      // count(*)
  kBinary,         // args[0] op args[1]
  kUnary,          // op args[0]
  kIsNull,         // args[0] IS NULL
  kIsNotNull,      // args[0] IS NOT NULL
  kSubscript,      // args[0][args[1]]
  kSlice,          // args[0][args[1]..args[2]]; an absent bound is a null pointer
  kCase,           // CASE [args[0]] WHEN.. THEN.. ELSE..; see Expr::has_test/has_else
  kListComp,       // [name IN args[0] WHERE args[1] | args[2]]; null entries absent
  kQuantifier,     // all/any/none/single(name IN args[0] WHERE args[1]); op
  kReduce,         // reduce(keys[0] = args[0], name IN args[1] | args[2])
  kPatternPred,    // a pattern used as a boolean expression
  kPatternComp,    // [pattern WHERE args[0] | args[1]]
  kMapProjection,  // args[0]{...}; see MapProjItem
  kExistsPattern,  // EXISTS { pattern } / exists((a)-->(b))
  kShortestPath,   // shortestPath((a)-[*]-(b)) / allShortestPaths(...) as an expression
};

enum class Op : uint8_t {
  kNone,
  kAnd,
  kOr,
  kXor,
  kNot,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kPow,
  kNeg,
  kPos,
  kIn,
  kStartsWith,
  kEndsWith,
  kContains,
  kRegex,
  // quantifiers
  kAllOf,
  kAnyOf,
  kNoneOf,
  kSingleOf,
};

const char* OpName(Op op);

// One entry of a map projection `v{.a, b: expr, c, .*}`.
struct MapProjItem {
  enum class Kind : uint8_t { kProperty, kLiteral, kVariable, kAllProperties } kind;
  std::string key;
  ExprPtr value;  // kLiteral: the expression; kVariable: the variable
};

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  Pos pos;
  size_t end_offset = 0;  // one past the last byte, for column names
  int depth = 1;          // height of the tree below (parser; bounded)
  Op op = Op::kNone;
  std::string name;  // variable, parameter, property key, function
  Value value;       // literal
  std::vector<ExprPtr> args;
  std::vector<std::string> keys;            // map keys, labels
  bool distinct = false;                    // function(DISTINCT ...)
  bool has_test = false, has_else = false;  // CASE
  std::unique_ptr<Pattern> pattern;         // pattern predicate/comprehension
  std::vector<MapProjItem> proj;            // map projection
  // ---- binder annotations ----
  int slot = -1;       // variable slot (variables, comprehension variables)
  int slot2 = -1;      // reduce accumulator slot
  int agg_index = -1;  // aggregate call: index in the projection's aggregates
  int path_slot = -1;  // pattern comprehension/predicate: slot of a named path
  // ---- planner annotation: compiled sub-plan of a pattern expression ----
  std::shared_ptr<void> compiled;
  // ---- executor caches (one statement runs single-threaded) ----
  // The key id of a property read, once the key exists.
  mutable uint32_t cached_key = kInvalidName;
  // In a read transaction: the last entity a property read looked at
  // (kInvalidNode: none; the top bit tags relationships) and its value.
  mutable uint64_t cached_entity = kInvalidNode;
  mutable Value cached_value;
  // Node property reads in a read transaction: the key's column once this
  // expression has read enough nodes to pay for building it (evaluator.cpp).
  mutable std::shared_ptr<const graph::PropertyColumn> column;
  mutable uint64_t column_misses = 0;
};

// (var:Label:Label {props})
struct NodePattern {
  Pos pos;
  std::string var;  // empty: anonymous
  std::vector<std::string> labels;
  ExprPtr props;  // map literal or parameter, may be null
  int slot = -1;
  bool bound = false;  // binder: the variable was bound before this pattern
};

// -[var:T1|T2*min..max {props}]->
struct RelPattern {
  Pos pos;
  std::string var;
  std::vector<std::string> types;
  Direction dir = Direction::kBoth;  // kOut: -->, kIn: <--, kBoth: --
  ExprPtr props;
  bool var_length = false;
  std::optional<int64_t> min_hops, max_hops;
  int slot = -1;
  bool bound = false;  // binder: the variable was bound before this pattern
};

// [path =] [shortestPath(] (n)-[r]->(m)... [)]
struct Pattern {
  Pos pos;
  std::string path_var;
  int path_slot = -1;
  enum class Shortest : uint8_t { kNone, kShortest, kAll } shortest = Shortest::kNone;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // as written or derived (expression text)
  bool has_alias = false;
  int slot = -1;  // output slot (binder)
};

// WITH / RETURN body.
struct Projection {
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH only
  // binder annotations
  bool aggregating = false;
  int agg_count = 0;
  std::vector<Expr*> aggregates;  // aggregate calls, by agg_index
};

struct SetItem {
  enum class Kind : uint8_t { kProperty, kReplace, kMerge, kLabels } kind;
  Pos pos;
  ExprPtr target;  // kProperty: a property expression; else a variable
  ExprPtr value;
  std::vector<std::string> labels;
};

struct RemoveItem {
  enum class Kind : uint8_t { kProperty, kLabels } kind;
  Pos pos;
  ExprPtr target;  // kProperty: property expression; kLabels: variable
  std::vector<std::string> labels;
};

enum class ClauseKind : uint8_t {
  kMatch,
  kUnwind,
  kWith,
  kReturn,
  kCreate,
  kMerge,
  kSet,
  kRemove,
  kDelete,
  kCall,
  kCreateIndex,
  kDropIndex
};

struct Clause {
  ClauseKind kind;
  Pos pos;
  // MATCH
  bool optional = false;
  std::vector<Pattern> patterns;  // MATCH, CREATE, MERGE (one)
  ExprPtr where;
  // UNWIND
  ExprPtr expr;
  std::string var;
  int slot = -1;
  // WITH / RETURN
  Projection proj;
  // MERGE
  std::vector<SetItem> on_create, on_match;
  // SET
  std::vector<SetItem> set_items;
  // REMOVE
  std::vector<RemoveItem> remove_items;
  // DELETE
  bool detach = false;
  std::vector<ExprPtr> exprs;  // DELETE targets, CALL arguments
  // CALL
  std::string proc;  // lower-case, dotted
  bool has_args = false;
  struct YieldItem {
    std::string field, var;
    int slot = -1;
  };
  std::vector<YieldItem> yields;
  bool yield_star = false;
  // CREATE/DROP INDEX
  std::string label, key;
};

// A query without UNION.
struct SingleQuery {
  std::vector<Clause> clauses;
  int num_slots = 0;  // binder: row width
  std::vector<std::string> columns;
  bool updating = false;
};

struct Statement {
  enum class Mode : uint8_t { kNormal, kExplain, kProfile } mode = Mode::kNormal;
  std::vector<SingleQuery> parts;  // joined by UNION
  std::vector<bool> union_all;     // parts.size() - 1 entries
  std::string_view text;           // the statement's text (owned by the caller)
  size_t text_base = 0;            // offset of `text` in the whole query string
};

}  // namespace kg::query::ast
