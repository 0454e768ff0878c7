// Tests of the column-backed operators (column scans with predicates,
// ColumnAggregation, ExpandIntersect) against the general path on the same
// graph: the general path is forced by writing the same condition in a form
// the planner does not rewrite (a predicate wrapped in `= true`, a WITH before
// the aggregation, a relationship type listed twice). Graphs hold nulls and
// values of mixed types; writes between reads must be seen.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <random>

#include "graph/graph.h"
#include "query/query.h"
#include "tests/query/test_db.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::query;

namespace {

struct Db : testing::TestDb {
  // Rows as text (sorted when `sort`), or the error's kind and message.
  std::vector<std::string> Rows(std::string_view text, bool sort = true, const ValueMap& params = {}) {
    auto r = Run(*g, text, params, {});
    if (!r.ok()) return {"error " + std::string(ErrorKindName(r.status().kind())) + ": " + r.status().message()};
    std::vector<std::string> out;
    for (const auto& row : r.value().rows) out.push_back(testing::RowText(row));
    if (sort) std::sort(out.begin(), out.end());
    return out;
  }
  std::string Ops(std::string_view text) {
    auto plan = Q(std::string("EXPLAIN ") + std::string(text)).plan;
    std::string ops;
    std::function<void(const PlanNode&)> walk = [&](const PlanNode& n) {
      ops += n.op + ";";
      for (const auto& c : n.children) walk(c);
    };
    walk(*plan);
    return ops;
  }
};

// Values of `k` across types, with nulls (absent) and duplicates.
const char* kValues[] = {"1",       "2",     "-3",    "2.5",  "0.0/0.0", "'abc'", "'ab'", "'b'",     "''",
                         "true",    "[1,2]", "null",  "null", "7",       "7.0",   "'7'",  "'xabcx'", "-9223372036854775807",
                         "1e300",   "'a'"};

void SeedMixed(Db& db, uint32_t seed, int n) {
  std::mt19937 rng(seed);
  std::string q = "CREATE ";
  for (int i = 0; i < n; ++i) {
    const char* k = kValues[rng() % std::size(kValues)];
    const char* s = kValues[rng() % std::size(kValues)];
    q += fmt::format("{}(:N {{i: {}, k: {}, s: {}}})", i ? ", " : "", i, k, s);
    if (rng() % 4 == 0) q += fmt::format(", (:M {{k: {}}})", k);
  }
  db.Q(q);
}

}  // namespace

TEST_CASE("column scans: predicates give the general path's rows on mixed values") {
  Db db;
  SeedMixed(db, 7, 120);
  const char* consts[] = {"1", "7", "7.0", "2.5", "'ab'", "'7'", "''", "null", "true", "$p", "-9223372036854775807"};
  const char* ops[] = {"=", "<>", "<", "<=", ">", ">=", "STARTS WITH", "ENDS WITH", "CONTAINS"};
  ValueMap params{{"p", Value("a")}};
  for (const char* prop : {"k", "s", "missing"}) {
    for (const char* op : ops) {
      for (const char* c : consts) {
        std::string fast = fmt::format("MATCH (n:N) WHERE n.{} {} {} RETURN n.i", prop, op, c);
        std::string slow = fmt::format("MATCH (n:N) WHERE (n.{} {} {}) = true RETURN n.i", prop, op, c);
        CHECK_MESSAGE(db.Rows(fast, true, params) == db.Rows(slow, true, params), fast);
        std::string flipped = fmt::format("MATCH (n:N) WHERE {} {} n.{} RETURN n.i", c, op, prop);
        std::string flipped_slow = fmt::format("MATCH (n:N) WHERE ({} {} n.{}) = true RETURN n.i", c, op, prop);
        CHECK_MESSAGE(db.Rows(flipped, true, params) == db.Rows(flipped_slow, true, params), flipped);
      }
    }
    std::string is_null = fmt::format("MATCH (n:N) WHERE n.{} IS NULL RETURN n.i", prop);
    CHECK(db.Rows(is_null) == db.Rows(fmt::format("MATCH (n:N) WHERE (n.{} IS NULL) = true RETURN n.i", prop)));
    std::string not_null = fmt::format("MATCH (n:N) WHERE n.{} IS NOT NULL RETURN n.i", prop);
    CHECK(db.Rows(not_null) ==
          db.Rows(fmt::format("MATCH (n:N) WHERE (n.{} IS NOT NULL) = true RETURN n.i", prop)));
  }
  // inline maps and several conjuncts
  CHECK(db.Rows("MATCH (n:N {k: 7}) RETURN n.i") == db.Rows("MATCH (n:N) WHERE (n.k = 7) = true RETURN n.i"));
  CHECK(db.Rows("MATCH (n:N {k: 7, s: 'ab'}) RETURN n.i") ==
        db.Rows("MATCH (n:N) WHERE (n.k = 7 AND n.s = 'ab') = true RETURN n.i"));
  CHECK(db.Rows("MATCH (n:N) WHERE n.k > 1 AND n.s STARTS WITH 'a' AND n.i < 60 RETURN n.i") ==
        db.Rows("MATCH (n:N) WHERE (n.k > 1 AND n.s STARTS WITH 'a' AND n.i < 60) = true RETURN n.i"));
  // a missing parameter is still an error
  CHECK(db.Rows("MATCH (n:N) WHERE n.k = $nope RETURN n.i")[0].starts_with("error"));
  // the plan says so
  CHECK(db.Ops("MATCH (n:N) WHERE n.k CONTAINS 'a' RETURN n").find("NodeByLabelScan(ColumnFilter)") !=
        std::string::npos);
  CHECK(db.Ops("MATCH (n:N) WHERE (n.k CONTAINS 'a') = true RETURN n").find("ColumnFilter") == std::string::npos);
}

TEST_CASE("column scans: writes are seen by the next query") {
  Db db;
  db.Q("CREATE (:P {id: 1, name: 'a'}), (:P {id: 2, name: 'b'}), (:P {id: 3})");
  for (int round = 0; round < 2; ++round) {
    // enough reads to build the columns, then a write of each kind
    CHECK(db.Rows("MATCH (p:P) WHERE p.id >= 2 RETURN p.id") == std::vector<std::string>{"2", "3"});
  }
  db.Q("MATCH (p:P {id: 3}) SET p.id = 30, p.name = 'c'");
  CHECK(db.Rows("MATCH (p:P) WHERE p.id >= 2 RETURN p.id") == std::vector<std::string>{"2", "30"});
  CHECK(db.Rows("MATCH (p:P) WHERE p.name = 'c' RETURN p.id") == std::vector<std::string>{"30"});
  db.Q("CREATE (:P {id: 'four'})");  // the column becomes mixed
  CHECK(db.Rows("MATCH (p:P) WHERE p.id >= 2 RETURN p.id") == std::vector<std::string>{"2", "30"});
  CHECK(db.Rows("MATCH (p:P) WHERE p.id STARTS WITH 'f' RETURN p.id") == std::vector<std::string>{"'four'"});
  db.Q("MATCH (p:P {id: 2}) REMOVE p.id");
  CHECK(db.Rows("MATCH (p:P) WHERE p.id IS NULL RETURN p.name") == std::vector<std::string>{"'b'"});
  db.Q("MATCH (p:P {name: 'b'}) DETACH DELETE p");
  CHECK(db.Rows("MATCH (p:P) RETURN count(*), count(p.name), max(p.id)") == std::vector<std::string>{"3 | 2 | 30"});
  CHECK(db.Rows("MATCH (p:P) RETURN min(p.id)") == db.Rows("MATCH (p:P) WITH p RETURN min(p.id)"));
  // a failing write transaction leaves the old values
  CHECK(!Run(*db.g, "MATCH (p:P {id: 1}) SET p.id = 100 WITH p RETURN 1 / 0", {}, {}).ok());
  CHECK(db.Rows("MATCH (p:P) WHERE p.id = 1 RETURN p.name") == std::vector<std::string>{"'a'"});
  // inside a write statement the records are read
  CHECK(db.Rows("MATCH (p:P) WHERE p.id = 1 SET p.seen = true RETURN p.name") == std::vector<std::string>{"'a'"});
}

TEST_CASE("column aggregation: same results and errors as the general aggregation") {
  Db db;
  db.Q("UNWIND range(1, 300) AS i CREATE (:C {len: i % 17, f: toFloat(i) / 3, s: toString(i % 5),"
       " m: CASE WHEN i % 3 = 0 THEN 'x' ELSE i END, o: CASE WHEN i % 2 = 0 THEN i END})");
  db.Q("CREATE (:Big {v: 9223372036854775807}), (:Big {v: 1}), (:E)");
  const char* aggs[] = {"count(*)",        "count(c)",      "count(c.len)",       "sum(c.len)",
                        "min(c.len)",      "max(c.len)",    "avg(c.len)",         "sum(c.f)",
                        "avg(c.f)",        "min(c.s)",      "max(c.m)",           "count(c.o)",
                        "sum(c.o)",        "avg(c.o)",      "collect(c.s)[0..3]", "count(DISTINCT c.s)",
                        "sum(DISTINCT c.len)", "stDev(c.len)", "count(c.nope)",   "sum(c.nope)",
                        "min(c.m)",        "sum(c.m)",      "avg(c.s)",           "count(DISTINCT c)"};
  for (const char* a : aggs) {
    for (const char* where : {"", " WHERE c.len > 3", " WHERE c.s = '2'", " WHERE c.len > 100"}) {
      std::string fast = fmt::format("MATCH (c:C){} RETURN {} AS x", where, a);
      std::string slow = fmt::format("MATCH (c:C){} WITH c RETURN {} AS x", where, a);
      CHECK_MESSAGE(db.Rows(fast) == db.Rows(slow), fast);
    }
  }
  CHECK(db.Ops("MATCH (c:C) RETURN sum(c.len)").find("ColumnAggregation") != std::string::npos);
  CHECK(db.Ops("MATCH (c:C) WITH c RETURN sum(c.len)").find("ColumnAggregation") == std::string::npos);
  // several aggregates, expressions over them, ordering after them
  CHECK(db.Rows("MATCH (c:C) RETURN count(*) AS n, sum(c.len) + 1 AS t, max(c.len) * 2 AS m") ==
        db.Rows("MATCH (c:C) WITH c RETURN count(*) AS n, sum(c.len) + 1 AS t, max(c.len) * 2 AS m"));
  // integer overflow in sum is an error in both
  auto overflow = db.Rows("MATCH (b:Big) RETURN sum(b.v)");
  REQUIRE(overflow.size() == 1);
  CHECK(overflow[0].find("overflow") != std::string::npos);
  CHECK(overflow == db.Rows("MATCH (b:Big) WITH b RETURN sum(b.v)"));
  // no nodes: one row
  CHECK(db.Rows("MATCH (e:E) RETURN count(*), sum(e.v), avg(e.v)") == std::vector<std::string>{"1 | 0 | null"});
  CHECK(db.Rows("MATCH (e:Nothing) RETURN count(*), sum(e.v), max(e.v)") ==
        std::vector<std::string>{"0 | 0 | null"});
  // a write changes the answer
  db.Q("MATCH (c:C) WHERE c.len = 16 SET c.len = 1000");
  CHECK(db.Rows("MATCH (c:C) RETURN max(c.len)") == std::vector<std::string>{"1000"});
}

TEST_CASE("expand intersect: cycles give the general path's rows") {
  Db db;
  db.Q("UNWIND range(0, 39) AS i CREATE (:V {id: i % 13})");
  // random K edges (some parallel, some loops) and a few L edges
  std::string q = "MATCH (v:V) WITH collect(v) AS vs UNWIND range(0, 299) AS e WITH vs, e"
                  " WITH vs[(e * 7 + e / 3) % 40] AS a, vs[(e * 13 + e % 5) % 40] AS b, e";
  db.Q(q + " CREATE (a)-[:K]->(b)");
  db.Q(q + " WHERE e % 9 = 0 CREATE (a)-[:L]->(b)");
  db.Q("MATCH (v:V) WHERE v.id = 3 CREATE (v)-[:K]->(v)");
  // a hub: its list is several times longer than the others (galloping)
  db.Q("MATCH (v:V) WITH collect(v) AS vs UNWIND vs[1..] AS v WITH vs[0] AS h, v CREATE (h)-[:K]->(v)");
  struct Pair {
    const char* fast;
    const char* slow;
  };
  Pair pairs[] = {
      {"MATCH (a:V)-[:K]-(b:V)-[:K]-(c:V)-[:K]-(a) RETURN id(a), id(b), id(c)",
       "MATCH (a:V)-[:K]-(b:V)-[:K|K]-(c:V)-[:K]-(a) RETURN id(a), id(b), id(c)"},
      {"MATCH (a:V)-[:K]->(b)-[:K]->(c)-[:K]->(a) RETURN id(a), id(b), id(c)",
       "MATCH (a:V)-[:K]->(b)-[:K|K]->(c)-[:K]->(a) RETURN id(a), id(b), id(c)"},
      {"MATCH (a:V)-[:K]->(b)<-[:L]-(c)-[:K]->(a) RETURN id(a), id(b), id(c)",
       "MATCH (a:V)-[:K]->(b)<-[:L|L]-(c)-[:K]->(a) RETURN id(a), id(b), id(c)"},
      {"MATCH (a:V)-[r1:K]-(b)-[r2:K]-(c)-[r3:K]-(a) RETURN id(r1), id(r2), id(r3)",
       "MATCH (a:V)-[r1:K]-(b)-[r2:K|K]-(c)-[r3:K]-(a) RETURN id(r1), id(r2), id(r3)"},
      {"MATCH (a:V)-[:K]-(b)-[:K]-(c)-[:K]-(a) WHERE a.id < b.id AND b.id < c.id RETURN count(*)",
       "MATCH (a:V)-[:K]-(b)-[:K|K]-(c)-[:K]-(a) WHERE a.id < b.id AND b.id < c.id RETURN count(*)"},
      {"MATCH (a:V)-[:K]-(b)-[:K]-(c)-[:L]-(a) RETURN id(a), id(b), id(c)",
       "MATCH (a:V)-[:K]-(b)-[:K|K]-(c)-[:L]-(a) RETURN id(a), id(b), id(c)"},
      // two-step cycles (parallel edges) and a missing type
      {"MATCH (a:V)-[:K]-(b)-[:K]-(a) RETURN id(a), id(b)", "MATCH (a:V)-[:K]-(b)-[:K|K]-(a) RETURN id(a), id(b)"},
      {"MATCH (a:V)-[:K]-(b)-[:NONE]-(c)-[:K]-(a) RETURN count(*)",
       "MATCH (a:V)-[:K]-(b)-[:NONE|NONE]-(c)-[:K]-(a) RETURN count(*)"},
  };
  for (const auto& p : pairs) {
    auto fast = db.Rows(p.fast);
    CHECK_MESSAGE(fast == db.Rows(p.slow), p.fast);
    CHECK_MESSAGE(fast.size() > 0, p.fast);
  }
  CHECK(db.Ops(pairs[0].fast).find("ExpandIntersect") != std::string::npos);
  CHECK(db.Ops(pairs[0].slow).find("ExpandIntersect") == std::string::npos);
  // new and deleted relationships are seen
  int64_t before = db.Q(pairs[0].fast).rows.size();
  db.Q("MATCH (a:V)-[r:K]->(b) WITH r LIMIT 25 DELETE r");
  db.Q("MATCH (a:V), (b:V) WHERE id(a) + 1 = id(b) CREATE (a)-[:K]->(b)");
  CHECK(db.Rows(pairs[0].fast) == db.Rows(pairs[0].slow));
  CHECK(static_cast<int64_t>(db.Q(pairs[0].fast).rows.size()) != before);
}

TEST_CASE("var-length without a relationship list, label bits, DISTINCT over entities") {
  Db db;
  db.Q("UNWIND range(0, 29) AS i CREATE (:V {id: i})");
  db.Q("MATCH (a:V), (b:V) WHERE b.id = (a.id * 7 + 3) % 30 OR b.id = (a.id + 1) % 30 CREATE (a)-[:K]->(b)");
  // an anonymous relationship list is not built; the rows are the same
  for (const char* range : {"*1..3", "*0..2", "*2", "*..5"}) {
    std::string anon = fmt::format("MATCH (a:V {{id: 0}})-[:K{}]-(f) RETURN f.id", range);
    std::string named = fmt::format("MATCH (a:V {{id: 0}})-[r:K{}]-(f) RETURN f.id", range);
    CHECK_MESSAGE(db.Rows(anon) == db.Rows(named), anon);
    CHECK(db.Rows(fmt::format("MATCH (a:V {{id: 0}})-[:K{}]-(f) RETURN count(DISTINCT f), count(*)", range)) ==
          db.Rows(fmt::format("MATCH (a:V {{id: 0}})-[r:K{}]-(f) RETURN count(DISTINCT f.id), count(r)", range)));
  }
  // a second relationship in the MATCH still sees the first one's edges
  CHECK(db.Rows("MATCH (a:V {id: 0})-[:K*1..2]-(b)-[:K]-(c) RETURN count(*)") ==
        db.Rows("MATCH (a:V {id: 0})-[r:K*1..2]-(b)-[s:K]-(c) WHERE NOT s IN r RETURN count(*)"));
  // DISTINCT over nodes and relationships, grouping by one key
  CHECK(db.Rows("MATCH (a:V)-[r:K]-(b) RETURN count(DISTINCT a), count(DISTINCT r), count(DISTINCT b.id)") ==
        std::vector<std::string>{"30 | 60 | 30"});
  CHECK(db.Rows("MATCH (a:V)-[:K]->(b) RETURN a.id % 3 AS g, count(DISTINCT b) AS n") ==
        db.Rows("MATCH (a:V)-[:K]->(b) WITH a.id % 3 AS g, b.id AS bid RETURN g, count(DISTINCT bid) AS n"));
  // label changes are seen by label checks
  CHECK(db.Rows("MATCH (a:V {id: 1})-[:K]->(b:W) RETURN b.id").empty());
  db.Q("MATCH (b:V {id: 2}) SET b:W");
  CHECK(db.Rows("MATCH (a:V {id: 1})-[:K]->(b:W) RETURN b.id") == std::vector<std::string>{"2"});
  db.Q("MATCH (b:V {id: 2}) REMOVE b:W");
  CHECK(db.Rows("MATCH (a:V {id: 1})-[:K]->(b:W) RETURN b.id").empty());
  db.Q("MATCH (a:V {id: 1}) CREATE (a)-[:K]->(:W {id: 99})");
  CHECK(db.Rows("MATCH (a:V {id: 1})-[:K]->(b:W) RETURN b.id") == std::vector<std::string>{"99"});
}

TEST_CASE("filters comparing two entity variables") {
  Db db;
  db.Q("CREATE (a:A {i: 1})-[:R]->(b:A {i: 2})-[:R]->(c:A {i: 3}), (a)-[:R]->(c), (c)-[:R]->(a)");
  // nodes and relationships, against the same comparison written so it is evaluated in general
  for (const char* cmp : {"x = y", "x <> y"}) {
    std::string fast = fmt::format("MATCH (x:A)-->(m)-->(y:A) WHERE {} RETURN x.i, m.i, y.i", cmp);
    std::string slow = fmt::format("MATCH (x:A)-->(m)-->(y:A) WHERE ({}) = true RETURN x.i, m.i, y.i", cmp);
    CHECK(db.Rows(fast) == db.Rows(slow));
    fast = fmt::format("MATCH ()-[x]->()-[y]->() WHERE {} RETURN id(x), id(y)", cmp);
    slow = fmt::format("MATCH ()-[x]->()-[y]->() WHERE ({}) = true RETURN id(x), id(y)", cmp);
    CHECK(db.Rows(fast) == db.Rows(slow));
    // null (OPTIONAL MATCH) and values of other types go through the evaluator
    fast = fmt::format("MATCH (x:A) OPTIONAL MATCH (x)-[:NONE]->(y) WITH x, y WHERE {} RETURN x.i", cmp);
    CHECK(db.Rows(fast).empty());
    fast = fmt::format("MATCH (x:A) WITH x, x.i AS y WHERE {} RETURN x.i", cmp);
    CHECK(db.Rows(fast).size() == (std::string(cmp) == "x = y" ? 0u : 3u));
  }
  CHECK(db.Rows("MATCH (x:A)-->(m)-->(y:A) WHERE x = y RETURN x.i, m.i") ==
        std::vector<std::string>{"1 | 3", "3 | 1"});
}

TEST_CASE("column CONTAINS: positions, repeats, lengths, bytes") {
  Db db;
  db.Q("UNWIND ['aaab', 'aab', 'ab', 'b', '', 'xaabx', 'baaa', 'aaaa', 'éaab', 'a\\u0000ab'] AS s CREATE (:S {s: s})");
  for (const char* needle : {"aab", "a", "aaa", "aaaab", "b", "", "é", "ab", "\\u0000a", "x"}) {
    std::string fast = fmt::format("MATCH (n:S) WHERE n.s CONTAINS '{}' RETURN n.s", needle);
    std::string slow = fmt::format("MATCH (n:S) WHERE (n.s CONTAINS '{}') = true RETURN n.s", needle);
    auto rows = db.Rows(fast);
    CHECK_MESSAGE(rows == db.Rows(slow), fast);
  }
  CHECK(db.Rows("MATCH (n:S) WHERE n.s CONTAINS 'aab' RETURN n.s") ==
        std::vector<std::string>{"'aaab'", "'aab'", "'xaabx'", "'éaab'"});
}
