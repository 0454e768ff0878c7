// Tests of planning and execution through query::Run over a real graph:
// matching, optional matching, aggregation, ordering, updates and their
// atomicity, limits, EXPLAIN/PROFILE, procedures and provenance.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>

#include "graph/graph.h"
#include "query/query.h"
#include "tests/query/test_db.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::query;

namespace {

struct Db : testing::TestDb {
  // The rows as Cypher text, one string per row.
  std::vector<std::string> Rows(std::string_view text, const ValueMap& params = {}) {
    std::vector<std::string> out;
    for (const auto& row : Q(text, params).rows) out.push_back(testing::RowText(row));
    return out;
  }
  int64_t Count(std::string_view text) { return Q(text).rows.at(0).at(0).as_int(); }
};

using Strings = std::vector<std::string>;

void Seed(Db& db) {
  db.Q(
      "CREATE (a:Person {name: 'Ann', age: 30}), (b:Person {name: 'Bob', age: 25}),"
      " (c:Person {name: 'Cid', age: 40}), (o:Org {name: 'Acme'}),"
      " (a)-[:KNOWS {since: 2001}]->(b), (b)-[:KNOWS {since: 2002}]->(c), (a)-[:WORKS_AT]->(o),"
      " (c)-[:WORKS_AT]->(o)");
}

}  // namespace

TEST_CASE("executor: match, expand, filters") {
  Db db;
  Seed(db);
  CHECK(db.Rows("MATCH (p:Person) RETURN p.name ORDER BY p.name") == Strings{"'Ann'", "'Bob'", "'Cid'"});
  CHECK(db.Rows("MATCH (a:Person {name: 'Ann'})-[:KNOWS]->(b) RETURN b.name") == Strings{"'Bob'"});
  CHECK(db.Rows("MATCH (a)<-[:KNOWS]-(b) WHERE a.name = 'Bob' RETURN b.name") == Strings{"'Ann'"});
  CHECK(db.Rows("MATCH (a {name: 'Bob'})-[:KNOWS]-(b) RETURN b.name ORDER BY b.name") ==
        Strings{"'Ann'", "'Cid'"});
  CHECK(db.Rows("MATCH (a:Person)-[:KNOWS*2]->(c) RETURN a.name, c.name") == Strings{"'Ann' | 'Cid'"});
  CHECK(db.Rows("MATCH (a {name: 'Ann'})-[:KNOWS*0..]->(c) RETURN c.name ORDER BY c.name") ==
        Strings{"'Ann'", "'Bob'", "'Cid'"});
  CHECK(db.Rows("MATCH (a)-[:WORKS_AT]->(o)<-[:WORKS_AT]-(b) RETURN a.name, b.name ORDER BY a.name") ==
        Strings{"'Ann' | 'Cid'", "'Cid' | 'Ann'"});
  CHECK(db.Count("MATCH (a)--(b) RETURN count(*)") == 8);
  CHECK(db.Rows("MATCH p = (a {name: 'Ann'})-[:KNOWS*]->(c {name: 'Cid'}) RETURN length(p)") == Strings{"2"});
  CHECK(db.Rows("MATCH (a {name: 'Ann'}), (c {name: 'Cid'}) RETURN length(shortestPath((a)-[*]-(c)))") ==
        Strings{"2"});
  CHECK(db.Rows("MATCH (n:Person) WHERE (n)-[:WORKS_AT]->() RETURN n.name ORDER BY n.name") ==
        Strings{"'Ann'", "'Cid'"});
  CHECK(db.Rows("MATCH (n:Person {name: 'Ann'}) RETURN [(n)-[:KNOWS]->(m) | m.name] AS l") ==
        Strings{"['Bob']"});
}

TEST_CASE("executor: optional match, aggregation, ordering, paging") {
  Db db;
  Seed(db);
  CHECK(
      db.Rows("MATCH (p:Person) OPTIONAL MATCH (p)-[:WORKS_AT]->(o) RETURN p.name, o.name ORDER BY p.name") ==
      Strings{"'Ann' | 'Acme'", "'Bob' | null", "'Cid' | 'Acme'"});
  CHECK(db.Rows("MATCH (p:Person) RETURN count(*) AS n, sum(p.age) AS s, collect(p.name)[0] AS first") ==
        Strings{"3 | 95 | 'Ann'"});
  CHECK(db.Rows("MATCH (p:Person)-[:WORKS_AT]->(o) RETURN o.name, count(p) AS n") == Strings{"'Acme' | 2"});
  CHECK(db.Rows("MATCH (p:Person) RETURN p.name ORDER BY p.age DESC SKIP 1 LIMIT 1") == Strings{"'Ann'"});
  CHECK(db.Rows("MATCH (p:Person) WITH p ORDER BY p.age LIMIT 2 RETURN collect(p.name) AS l") ==
        Strings{"['Bob', 'Ann']"});
  CHECK(db.Rows("MATCH (n) WHERE n.nope = 1 RETURN count(*)") == Strings{"0"});
  CHECK(db.Rows("UNWIND [3, 1, 2, 1] AS x RETURN DISTINCT x ORDER BY x") == Strings{"1", "2", "3"});
  CHECK(db.Rows("RETURN 1 AS x UNION RETURN 1 AS x") == Strings{"1"});
  CHECK(db.Rows("RETURN 1 AS x UNION ALL RETURN 1 AS x") == Strings{"1", "1"});
  CHECK(db.Rows("MATCH (p:Person) RETURN p {.name, adult: p.age >= 30} AS m ORDER BY m.name LIMIT 1") ==
        Strings{"{name: 'Ann', adult: true}"});
}

TEST_CASE("executor: updates and their atomicity") {
  Db db;
  Seed(db);
  auto r = db.Q("MATCH (p:Person {name: 'Bob'}) SET p.age = 26, p:Employee REMOVE p.nope RETURN p.age");
  CHECK(r.rows[0][0] == Value(26));
  CHECK(r.counts.properties_set == 1);
  CHECK(r.counts.labels_added == 1);
  CHECK(db.Count("MATCH (n:Employee) RETURN count(n)") == 1);
  db.Q("MATCH (p {name: 'Bob'}) SET p += {city: 'Lyon', age: null}");
  CHECK(db.Rows("MATCH (p {name: 'Bob'}) RETURN p.city, p.age") == Strings{"'Lyon' | null"});
  db.Q("MERGE (p:Person {name: 'Dan'}) ON CREATE SET p.new = true ON MATCH SET p.new = false");
  db.Q("MERGE (p:Person {name: 'Dan'}) ON CREATE SET p.new = true ON MATCH SET p.new = false");
  CHECK(db.Rows("MATCH (p {name: 'Dan'}) RETURN p.new") == Strings{"false"});
  db.Q("UNWIND [1, 1, 2] AS x MERGE (:N {v: x})");
  CHECK(db.Count("MATCH (n:N) RETURN count(n)") == 2);
  // deleting a connected node without DETACH fails and leaves everything
  Status s = db.Err("MATCH (p:Person {name: 'Ann'}) DELETE p");
  CHECK(s.kind() == ErrorKind::kConstraintVerificationFailed);
  CHECK(db.Count("MATCH (p:Person {name: 'Ann'}) RETURN count(p)") == 1);
  // an error midway rolls the whole statement back
  s = db.Err("CREATE (:Tmp) WITH 1 AS x UNWIND [1, 0] AS d RETURN 1 / d");
  CHECK(!s.ok());
  CHECK(db.Count("MATCH (t:Tmp) RETURN count(t)") == 0);
  db.Q("MATCH (p:Person {name: 'Ann'}) DETACH DELETE p");
  CHECK(db.Count("MATCH (p:Person) RETURN count(p)") == 3);
  CHECK(db.Count("MATCH ()-[r:KNOWS]->() RETURN count(r)") == 1);
  s = db.Err("MATCH (p:Person {name: 'Bob'}) DELETE p RETURN p.name");
  CHECK(s.kind() == ErrorKind::kEntityNotFound);
  // several statements: the result is the last one's
  auto multi = db.Q("CREATE (:M); CREATE (:M); MATCH (m:M) RETURN count(m)");
  CHECK(multi.rows[0][0] == Value(2));
}

TEST_CASE("executor: indexes and plans") {
  Db db;
  Seed(db);
  auto plan = db.Q("EXPLAIN MATCH (p:Person {name: 'Ann'})-[:KNOWS]->(b) RETURN b").plan;
  REQUIRE(plan.has_value());
  std::string ops;
  std::function<void(const PlanNode&)> walk = [&](const PlanNode& n) {
    ops += n.op + ";";
    for (const auto& c : n.children) walk(c);
  };
  walk(*plan);
  CHECK(ops.find("NodeIndexSeek") != std::string::npos);  // the automatic index on name
  CHECK(ops.find("Expand(All)") != std::string::npos);
  ops.clear();
  walk(*db.Q("EXPLAIN MATCH (p:Person) WHERE p.age = 30 RETURN p").plan);
  CHECK(ops.find("NodeByLabelScan") != std::string::npos);
  auto created = db.Q("CREATE INDEX FOR (p:Person) ON (p.age)");
  CHECK(created.counts.indexes_added == 1);
  ops.clear();
  walk(*db.Q("EXPLAIN MATCH (p:Person) WHERE p.age = 30 RETURN p").plan);
  CHECK(ops.find("NodeIndexSeek") != std::string::npos);
  CHECK(db.Rows("MATCH (p:Person) WHERE p.age = 30 RETURN p.name") == Strings{"'Ann'"});
  CHECK(db.Rows("MATCH (p:Person) WHERE p.name STARTS WITH 'C' RETURN p.name") == Strings{"'Cid'"});
  auto prof = db.Q("PROFILE MATCH (p:Person) RETURN p.name");
  REQUIRE(prof.plan.has_value());
  CHECK(prof.profiled);
  CHECK(prof.rows.size() == 3);
  CHECK(prof.plan->rows == 3);
}

TEST_CASE("executor: procedures, provenance, parameters") {
  Db db;
  db.Q(
      "CREATE (:Person {name: 'Élodie Durand'}), (:Person {name: 'John Smith'}),"
      " (:Article {id: 'a1', title: 'T', date: date('2025-01-02'), text: 'Hello Elodie met John.'}),"
      " (:Statement {article: 'a1', sentence: 0, span: [0, 22], text: 'Hello Elodie met John.'})");
  CHECK(db.Rows("CALL kg.search('elodie') YIELD node WHERE node:Person RETURN node.name") ==
        Strings{"'Élodie Durand'"});
  CHECK(db.Rows("CALL kg.search('ÉLODIE durand') YIELD node, score RETURN node.name, score") ==
        Strings{"'Élodie Durand' | 1.0", "null | 0.375"});
  CHECK(db.Rows("CALL db.labels() YIELD label RETURN label") ==
        Strings{"'Article'", "'Person'", "'Statement'"});
  auto prov = db.Rows("MATCH (s:Statement) RETURN provenance(s).title, provenance(s).text");
  CHECK(prov == Strings{"'T' | 'Hello Elodie met John.'"});
  CHECK(db.Rows("RETURN $x + 1 AS y", {{"x", Value(41)}}) == Strings{"42"});
  CHECK(db.Err("RETURN $missing").kind() == ErrorKind::kParameterMissing);
}

TEST_CASE("executor: limits") {
  Db db;
  QueryOptions o;
  o.max_rows = 10;
  CHECK(db.Err("UNWIND range(1, 100) AS x RETURN x", {}, o).kind() == ErrorKind::kLimitExceeded);
  o = QueryOptions();
  o.timeout = std::chrono::milliseconds(50);
  CHECK(db.Err("UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y RETURN count(*)", {}, o).kind() ==
        ErrorKind::kTimeout);
  o = QueryOptions();
  o.max_memory_bytes = 1 << 20;
  CHECK(db.Err("UNWIND range(1, 100000) AS x RETURN collect(x)", {}, o).kind() == ErrorKind::kLimitExceeded);
  o = QueryOptions();
  o.max_query_bytes = 10;
  CHECK(db.Err("RETURN 1 + 1 + 1", {}, o).kind() == ErrorKind::kLimitExceeded);
  o = QueryOptions();
  o.read_only = true;
  CHECK(!db.Err("CREATE ()", {}, o).ok());
  // the engine stays usable after errors
  CHECK(db.Rows("RETURN 1 AS one") == Strings{"1"});
}
