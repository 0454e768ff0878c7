// Tests of the planner's choices, read from EXPLAIN: start node, index use,
// filter placement, Expand(Into), counts from the graph, eager updates.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>

#include "graph/graph.h"
#include "query/query.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::query;

namespace {

struct PlanDb {
  std::string path;
  std::unique_ptr<graph::Graph> g;
  PlanDb() {
    char t[] = "/tmp/kg-plan-test-XXXXXX";
    path = mkdtemp(t);
    graph::OpenOptions o;
    o.sync = false;
    auto r = graph::Graph::Open(path, o);
    REQUIRE(r.ok());
    g = std::move(r).value();
    // 50 people, 2 cities; people know the next one.
    auto seed =
        Run(*g,
            "UNWIND range(0, 49) AS i CREATE (:Person {name: 'p' + toString(i), num: i}) "
            "WITH 1 AS one LIMIT 1 "
            "CREATE (:City {name: 'Paris'}), (:City {name: 'Lyon'}) "
            "WITH 1 AS one MATCH (a:Person), (b:Person) WHERE b.num = a.num + 1 CREATE (a)-[:KNOWS]->(b)",
            {});
    REQUIRE_MESSAGE(seed.ok(), seed.status().ToString());
  }
  ~PlanDb() {
    g.reset();
    fs::remove_all(path);
  }
  // The plan as "Op(details)" lines, root first, depth-first.
  std::vector<std::string> Plan(std::string_view q) {
    auto r = Run(*g, std::string("EXPLAIN ") + std::string(q), {});
    std::string why = r.status().ToString();
    REQUIRE_MESSAGE(r.ok(), why);
    std::vector<std::string> out;
    std::function<void(const PlanNode&)> walk = [&](const PlanNode& n) {
      out.push_back(n.op + "(" + n.details + ")");
      for (const auto& c : n.children) walk(c);
    };
    walk(*r->plan);
    return out;
  }
  static bool Has(const std::vector<std::string>& plan, std::string_view op) {
    for (const auto& s : plan) {
      if (s.rfind(op, 0) == 0) return true;
    }
    return false;
  }
  static size_t IndexOf(const std::vector<std::string>& plan, std::string_view op) {
    for (size_t i = 0; i < plan.size(); ++i) {
      if (plan[i].rfind(op, 0) == 0) return i;
    }
    return plan.size();
  }
};

}  // namespace

TEST_CASE("planner: the most selective start node") {
  PlanDb db;
  // name is indexed for every label: the City seek, not the Person scan
  auto p = db.Plan("MATCH (a:Person)-[:KNOWS]->(b:Person {name: 'p3'}) RETURN a");
  CHECK(db.Has(p, "NodeIndexSeek((b:Person {name: 'p3'})"));
  CHECK(db.Has(p, "Expand(All)"));
  CHECK(!db.Has(p, "NodeByLabelScan"));
  // the smaller label
  p = db.Plan("MATCH (a:Person), (c:City) RETURN a, c");
  CHECK(db.Has(p, "NodeByLabelScan((c:City)"));
  // an id seek
  p = db.Plan("MATCH (n) WHERE id(n) = 3 RETURN n");
  CHECK(db.Has(p, "NodeByIdSeek"));
  // no label: all nodes
  p = db.Plan("MATCH (n) RETURN n");
  CHECK(db.Has(p, "AllNodesScan"));
  // a prefix lookup on an index
  p = db.Plan("MATCH (n:Person) WHERE n.name STARTS WITH 'p1' RETURN n");
  CHECK(db.Has(p, "NodeIndexSeekByPrefix"));
}

TEST_CASE("planner: filters are placed as early as their variables allow") {
  PlanDb db;
  auto p = db.Plan("MATCH (a:Person)-[:KNOWS]->(b)-[:KNOWS]->(c) WHERE a.num > 3 AND c.num < 10 RETURN c");
  // a's own predicate is evaluated by the label scan, on the property column
  size_t fa = PlanDb::IndexOf(p, "NodeByLabelScan(ColumnFilter)((a:Person) WHERE a.num > 3)");
  size_t fc = PlanDb::IndexOf(p, "Filter(c.num < 10)");
  REQUIRE(fa < p.size());
  REQUIRE(fc < p.size());
  // root first: the c filter is above (before) the scan
  CHECK(fc < fa);
  CHECK(!db.Has(p, "Filter(a.num"));
  // one not on a single property stays a Filter, right on the scan
  p = db.Plan("MATCH (a:Person)-[:KNOWS]->(b) WHERE a.num + 1 > 3 RETURN b");
  fa = PlanDb::IndexOf(p, "Filter(a.num + 1 > 3)");
  REQUIRE(fa < p.size());
  CHECK(fa + 1 == PlanDb::IndexOf(p, "NodeByLabelScan((a:Person))"));
}

TEST_CASE("planner: Expand(Into) closes cycles; counts come from the graph") {
  PlanDb db;
  auto p = db.Plan("MATCH (a)-[:KNOWS|LIKES]->(b)-[:KNOWS]->(a) RETURN a");
  CHECK(db.Has(p, "Expand(Into)"));
  // one type per step: the two neighbour lists are intersected
  p = db.Plan("MATCH (a)-[:KNOWS]->(b)-[:KNOWS]->(a) RETURN a");
  CHECK(db.Has(p, "ExpandIntersect"));
  CHECK(!db.Has(p, "Expand(Into)"));
  p = db.Plan("MATCH (n:Person) RETURN count(*)");
  CHECK(p.size() == 1);
  CHECK(db.Has(p, "NodeCountFromCountStore"));
  p = db.Plan("MATCH ()-[r:KNOWS]->() RETURN count(r)");
  CHECK(db.Has(p, "RelationshipCountFromCountStore"));
  // undirected patterns count self-loops once: not from the counts
  p = db.Plan("MATCH ()-[r:KNOWS]-() RETURN count(r)");
  CHECK(!db.Has(p, "RelationshipCountFromCountStore"));
  auto r = Run(*db.g, "MATCH (n:Person) RETURN count(*) AS c", {});
  REQUIRE(r.ok());
  CHECK(r->rows[0][0] == Value(50));
  r = Run(*db.g, "MATCH ()-[r:KNOWS]->() RETURN count(r) AS c", {});
  REQUIRE(r.ok());
  CHECK(r->rows[0][0] == Value(49));
}

TEST_CASE("planner: updates run after the rows before them are complete") {
  PlanDb db;
  auto p = db.Plan("MATCH (n:Person) CREATE (:Copy {num: n.num})");
  CHECK(db.Has(p, "Eager"));
  CHECK(PlanDb::IndexOf(p, "Create") < PlanDb::IndexOf(p, "Eager"));
  // and the statement terminates: it does not see its own creations
  auto r = Run(*db.g, "MATCH (n) CREATE (:Other) RETURN count(*) AS c", {});
  REQUIRE(r.ok());
  CHECK(r->rows[0][0] == Value(52));
}
