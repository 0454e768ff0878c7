// Tests of the openCypher parser: clause structure, precedence, patterns,
// error messages with positions, and the nesting limit.
#include "query/parser.h"

#include <doctest/doctest.h>

#include "query/value_ops.h"

using namespace kg;
using namespace kg::query;
using namespace kg::query::ast;

namespace {

Status ParseError(std::string_view text, int max_nesting = 200) {
  try {
    ParseOptions o;
    o.max_nesting = max_nesting;
    Parse(text, o);
  } catch (const QueryError& e) {
    return e.status();
  }
  return Status::OK();
}

}  // namespace

TEST_CASE("parser: clauses of a read query") {
  auto sts = Parse(
      "MATCH (a:Person {name: 'Ann'})-[r:KNOWS|LIKES*1..3]->(b) WHERE b.age > 3 "
      "WITH a, count(*) AS c ORDER BY c DESC SKIP 1 LIMIT 2 RETURN DISTINCT a.name AS n");
  REQUIRE(sts.size() == 1);
  const auto& q = sts[0].parts[0];
  REQUIRE(q.clauses.size() == 3);
  const Clause& m = q.clauses[0];
  CHECK(m.kind == ClauseKind::kMatch);
  REQUIRE(m.patterns.size() == 1);
  const Pattern& p = m.patterns[0];
  REQUIRE(p.nodes.size() == 2);
  CHECK(p.nodes[0].var == "a");
  CHECK(p.nodes[0].labels == std::vector<std::string>{"Person"});
  CHECK(p.nodes[0].props != nullptr);
  CHECK(p.rels[0].types == std::vector<std::string>{"KNOWS", "LIKES"});
  CHECK(p.rels[0].var_length);
  CHECK(*p.rels[0].min_hops == 1);
  CHECK(*p.rels[0].max_hops == 3);
  CHECK(p.rels[0].dir == Direction::kOut);
  CHECK(m.where != nullptr);
  const Clause& w = q.clauses[1];
  CHECK(w.kind == ClauseKind::kWith);
  CHECK(w.proj.items.size() == 2);
  CHECK(w.proj.items[1].alias == "c");
  CHECK(w.proj.order_by.size() == 1);
  CHECK(w.proj.order_by[0].descending);
  CHECK(w.proj.skip != nullptr);
  CHECK(w.proj.limit != nullptr);
  CHECK(q.clauses[2].proj.distinct);
}

TEST_CASE("parser: column name is the expression text") {
  auto sts = Parse("RETURN n.name, count( * ), 1+2 AS three");
  const auto& items = sts[0].parts[0].clauses[0].proj.items;
  CHECK(items[0].alias == "n.name");
  CHECK(items[1].alias == "count( * )");
  CHECK(items[2].alias == "three");
}

TEST_CASE("parser: precedence") {
  auto e = ParseExpression("1 + 2 * 3 ^ 2");
  REQUIRE(e->kind == ExprKind::kBinary);
  CHECK(e->op == Op::kAdd);
  CHECK(e->args[1]->op == Op::kMul);
  CHECK(e->args[1]->args[1]->op == Op::kPow);
  auto b = ParseExpression("NOT a = b OR c AND d");
  CHECK(b->op == Op::kOr);
  CHECK(b->args[0]->op == Op::kNot);
  CHECK(b->args[1]->op == Op::kAnd);
  // chained comparison: a < b < c == a < b AND b < c
  auto c = ParseExpression("1 < 2 < 3");
  CHECK(c->op == Op::kAnd);
  CHECK(c->args[0]->op == Op::kLt);
  CHECK(c->args[1]->op == Op::kLt);
  auto n = ParseExpression("-9223372036854775808");
  CHECK(n->kind == ExprKind::kLiteral);
  CHECK(n->value.as_int() == INT64_MIN);
}

TEST_CASE("parser: expression forms") {
  CHECK(ParseExpression("[x IN list WHERE x > 1 | x * 2]")->kind == ExprKind::kListComp);
  CHECK(ParseExpression("[(a)-->(b) | b.name]")->kind == ExprKind::kPatternComp);
  CHECK(ParseExpression("[1, 2, 3]")->kind == ExprKind::kList);
  CHECK(ParseExpression("all(x IN l WHERE x > 0)")->kind == ExprKind::kQuantifier);
  CHECK(ParseExpression("(a)-[:T]->()")->kind == ExprKind::kPatternPred);
  CHECK(ParseExpression("(1 + 2)")->kind == ExprKind::kBinary);
  CHECK(ParseExpression("n {.name, .*, k: 1}")->kind == ExprKind::kMapProjection);
  CHECK(ParseExpression("CASE WHEN a THEN 1 ELSE 2 END")->kind == ExprKind::kCase);
  CHECK(ParseExpression("reduce(s = 0, x IN l | s + x)")->kind == ExprKind::kReduce);
  CHECK(ParseExpression("count(*)")->kind == ExprKind::kCountStar);
  CHECK(ParseExpression("l[1..2]")->kind == ExprKind::kSlice);
  CHECK(ParseExpression("n:A:B")->kind == ExprKind::kHasLabels);
  CHECK(ParseExpression("a IS NOT NULL")->kind == ExprKind::kIsNotNull);
}

TEST_CASE("parser: updates, union, several statements") {
  auto sts = Parse(
      "CREATE (a:A)-[:T]->(b); MATCH (n) SET n.x = 1, n += {y: 2}, n:L REMOVE n.z "
      "DETACH DELETE n; RETURN 1 AS a UNION ALL RETURN 2 AS a;");
  REQUIRE(sts.size() == 3);
  CHECK(sts[0].parts[0].clauses[0].kind == ClauseKind::kCreate);
  const auto& set = sts[1].parts[0].clauses[1];
  REQUIRE(set.set_items.size() == 3);
  CHECK(set.set_items[0].kind == SetItem::Kind::kProperty);
  CHECK(set.set_items[1].kind == SetItem::Kind::kMerge);
  CHECK(set.set_items[2].kind == SetItem::Kind::kLabels);
  CHECK(sts[1].parts[0].clauses[3].detach);
  CHECK(sts[2].parts.size() == 2);
  CHECK(sts[2].union_all[0]);
  auto ix = Parse("CREATE INDEX FOR (p:Person) ON (p.email)");
  CHECK(ix[0].parts[0].clauses[0].kind == ClauseKind::kCreateIndex);
  CHECK(ix[0].parts[0].clauses[0].label == "Person");
  CHECK(ix[0].parts[0].clauses[0].key == "email");
}

TEST_CASE("parser: errors name what was expected and where") {
  Status s = ParseError("MATCH (n RETURN n");
  CHECK(s.kind() == ErrorKind::kSyntaxError);
  CHECK(s.message() == "expected ')', found 'RETURN'");
  CHECK(s.line() == 1);
  CHECK(s.column() == 10);
  s = ParseError("RETURN\n  [1, 2");
  CHECK(s.message() == "expected ']', found end of input");
  CHECK(s.line() == 2);
  CHECK(ParseError("RETURN 9223372036854775808").kind() == ErrorKind::kSyntaxError);
  CHECK(ParseError("RETURN {k: 1").kind() == ErrorKind::kSyntaxError);
  CHECK(ParseError("FOO BAR").kind() == ErrorKind::kSyntaxError);
}

TEST_CASE("parser: deep nesting is an error, not a stack overflow") {
  std::string deep(100000, '(');
  Status s = ParseError("RETURN " + deep + "1" + std::string(100000, ')'));
  CHECK(s.kind() == ErrorKind::kSyntaxError);
  CHECK(s.message().find("nested too deeply") != std::string::npos);
  std::string lists(5000, '[');
  CHECK(ParseError("RETURN " + lists).kind() == ErrorKind::kSyntaxError);
  CHECK(ParseError("RETURN ((((1))))", 200).ok());
}

TEST_CASE("parser: long operator chains are bounded too") {
  std::string chain = "RETURN 1";
  for (int i = 0; i < 200000; ++i) chain += " + 1";
  Status s = ParseError(chain);
  CHECK(s.kind() == ErrorKind::kSyntaxError);
  CHECK(s.message().find("nested too deeply") != std::string::npos);
  std::string ok = "RETURN 1";
  for (int i = 0; i < 500; ++i) ok += " + 1";
  CHECK(ParseError(ok).ok());
}
