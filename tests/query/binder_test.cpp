// Tests of the binder: slots, and the compile-time errors openCypher names.
#include "query/binder.h"

#include <doctest/doctest.h>

#include "query/parser.h"
#include "query/value_ops.h"

using namespace kg;
using namespace kg::query;

namespace {

// "" when the statement binds, else the error's detail (the message's
// first word) prefixed by its kind.
std::string BindError(std::string_view text) {
  try {
    auto sts = Parse(text);
    for (auto& st : sts) Bind(&st);
  } catch (const QueryError& e) {
    std::string m = e.status().message();
    return std::string(ErrorKindName(e.status().kind())) + ": " + m.substr(0, m.find(':'));
  }
  return "";
}

}  // namespace

TEST_CASE("binder: valid queries bind") {
  CHECK(BindError("MATCH (a)-[r]->(b) RETURN a, r, b") == "");
  CHECK(BindError("MATCH (a) WITH a AS b MATCH (b)-->(c) RETURN c") == "");
  CHECK(BindError("UNWIND [1, 2] AS x RETURN x, count(*)") == "");
  CHECK(BindError("MATCH (n) RETURN n.name AS name ORDER BY name") == "");
  CHECK(BindError("MATCH (n) RETURN n.x, count(*) ORDER BY count(*) DESC") == "");
  CHECK(BindError("MATCH (n) WHERE (n)-->() RETURN n") == "");
  CHECK(BindError("RETURN [x IN [1, 2] | x + 1] AS l") == "");
  CHECK(BindError("CREATE (a)-[:T]->(b) CREATE (a)-[:U]->(c)") == "");
  CHECK(BindError("MATCH (n) RETURN *") == "");
}

TEST_CASE("binder: slots") {
  auto sts = Parse("MATCH (a)-[r]->(b) WITH a, b AS c RETURN c");
  Bind(&sts[0]);
  const auto& q = sts[0].parts[0];
  const auto& p = q.clauses[0].patterns[0];
  CHECK(p.nodes[0].slot != p.nodes[1].slot);
  CHECK(q.clauses[1].proj.items[1].slot != p.nodes[1].slot);
  CHECK(q.clauses[2].proj.items[0].expr->slot == q.clauses[1].proj.items[1].slot);
  CHECK(q.num_slots >= 6);
  CHECK(q.columns == std::vector<std::string>{"c"});
}

TEST_CASE("binder: compile-time errors") {
  CHECK(BindError("RETURN x") == "SyntaxError: UndefinedVariable");
  CHECK(BindError("MATCH (a) WITH a.x AS y RETURN a") == "SyntaxError: UndefinedVariable");
  CHECK(BindError("MATCH (a) CREATE (a)") == "SyntaxError: VariableAlreadyBound");
  CHECK(BindError("MATCH (a)-[r]->() MATCH (r) RETURN r") == "SyntaxError: VariableTypeConflict");
  CHECK(BindError("WITH 1 AS n MATCH (n)-->() RETURN n") == "SyntaxError: VariableTypeConflict");
  CHECK(BindError("MATCH (a)-[r]->()-[r]->() RETURN r") == "SyntaxError: RelationshipUniquenessViolation");
  CHECK(BindError("MATCH (n) WITH n.x RETURN 1") == "SyntaxError: NoExpressionAlias");
  CHECK(BindError("RETURN 1 AS a, 2 AS a") == "SyntaxError: ColumnNameConflict");
  CHECK(BindError("MATCH (n) WHERE count(n) > 1 RETURN n") == "SyntaxError: InvalidAggregation");
  CHECK(BindError("RETURN count(count(*))") == "SyntaxError: NestedAggregation");
  CHECK(BindError("MATCH (n) RETURN n.x + count(*) + n.y") == "SyntaxError: AmbiguousAggregationExpression");
  CHECK(BindError("RETURN 1 AS a UNION RETURN 2 AS b") == "SyntaxError: DifferentColumnsInUnion");
  CHECK(BindError("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a") ==
        "SyntaxError: InvalidClauseComposition");
  CHECK(BindError("CREATE ()-[:A|B]->()") == "SyntaxError: NoSingleRelationshipType");
  CHECK(BindError("CREATE ()-[:A]-()") == "SyntaxError: RequiresDirectedRelationship");
  CHECK(BindError("CREATE ()-[:A*2]->()") == "SyntaxError: CreatingVarLength");
  CHECK(BindError("MATCH (n $p) RETURN n") == "SyntaxError: InvalidParameterUse");
  CHECK(BindError("RETURN foo(1)") == "SyntaxError: UnknownFunction");
  CHECK(BindError("MATCH (n) RETURN n LIMIT -1") == "SyntaxError: NegativeIntegerArgument");
  CHECK(BindError("MATCH (n) RETURN n SKIP n.x") == "SyntaxError: NonConstantExpression");
  CHECK(BindError("RETURN *") == "SyntaxError: NoVariablesInScope");
  CHECK(BindError("MATCH (n) RETURN (n)-->()") == "SyntaxError: UnexpectedSyntax");
  CHECK(BindError("MATCH (n)") == "SyntaxError: InvalidClauseComposition");
  CHECK(BindError("MATCH (n) WHERE (n)-[r]->() RETURN n") == "SyntaxError: UndefinedVariable");
}
