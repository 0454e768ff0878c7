// Tests of graph/columns.h and of the read caches a Graph keeps: columns
// and sorted neighbour lists built from one state, dropped by the write
// transactions that change what they describe, never seen by writers.
#include "graph/columns.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "graph/graph.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::graph;

namespace {

struct TempGraph {
  std::string path;
  std::unique_ptr<Graph> g;
  TempGraph() {
    char t[] = "/tmp/kg-columns-test-XXXXXX";
    path = mkdtemp(t);
    OpenOptions o;
    o.sync = false;
    auto r = Graph::Open(path, o);
    REQUIRE_MESSAGE(r.ok(), r.status().ToString());
    g = std::move(r).value();
  }
  ~TempGraph() {
    g.reset();
    fs::remove_all(path);
  }
};

std::vector<Value> Values(const PropertyColumn& c, uint64_t n) {
  std::vector<Value> out;
  for (uint64_t i = 0; i < n; ++i) out.push_back(c.Get(i));
  return out;
}

}  // namespace

TEST_CASE("PropertyColumn: typed and mixed columns hold every value") {
  std::vector<std::vector<Value>> cases = {
      {Value(), Value(), Value()},
      {Value(1), Value(), Value(int64_t{-5}), Value()},
      {Value(), Value(1.5), Value(2.5)},
      {Value("a"), Value(), Value(""), Value("xyz"), Value()},
      {Value(), Value(), Value("s"), Value()},
      {Value(1), Value("a"), Value(), Value(2.0)},
      {Value("a"), Value(), Value("bc"), Value(3), Value("d")},
      {Value(true), Value(1)},
      {Value(ValueList{Value(1)}), Value()},
  };
  for (const auto& want : cases) {
    auto c = PropertyColumn::Build(want.size(), [&](uint64_t id) { return want[id]; });
    CHECK(Values(*c, want.size()) == want);
    uint64_t present = 0;
    for (const auto& v : want) present += v.is_null() ? 0 : 1;
    CHECK(c->count() == present);
    CHECK(!c->Has(want.size()));
    CHECK(c->Get(want.size() + 10).is_null());
  }
  auto ints = PropertyColumn::Build(3, [](uint64_t id) { return Value(static_cast<int64_t>(id * 10)); });
  CHECK(ints->kind() == PropertyColumn::Kind::kInt);
  CHECK(ints->Int(2) == 20);
  auto strs = PropertyColumn::Build(3, [](uint64_t id) { return id == 1 ? Value() : Value(std::string(id + 1, 'x')); });
  CHECK(strs->kind() == PropertyColumn::Kind::kString);
  CHECK(strs->String(2) == "xxx");
  auto mixed = PropertyColumn::Build(2, [](uint64_t id) { return id ? Value(1) : Value("a"); });
  CHECK(mixed->kind() == PropertyColumn::Kind::kMixed);
  CHECK(PropertyColumn::Build(2, [](uint64_t) { return Value(); })->kind() == PropertyColumn::Kind::kEmpty);
}

TEST_CASE("Graph: columns and sorted neighbours follow commits, not rollbacks, and not writers") {
  TempGraph t;
  NodeId a, b, c;
  KeyId k;
  TypeId knows;
  {
    auto w = t.g->BeginWrite().value();
    k = w->InternKey("k");
    LabelId l = w->InternLabel("L");
    knows = w->InternType("KNOWS");
    a = w->CreateNode({&l, 1}, {{k, Value(1)}}).value();
    b = w->CreateNode({&l, 1}, {}).value();
    c = w->CreateNode({&l, 1}, {{k, Value(3)}}).value();
    REQUIRE(w->CreateEdge(knows, a, c, {}).ok());
    REQUIRE(w->CreateEdge(knows, a, b, {}).ok());
    REQUIRE(w->CreateEdge(knows, b, a, {}).ok());
    REQUIRE(w->CreateEdge(knows, a, a, {}).ok());
    CHECK(w->NodeColumn(k, true) == nullptr);
    CHECK(w->SortedNeighbours(knows, Direction::kOut) == nullptr);
    REQUIRE(w->Commit().ok());
  }
  auto column = [&]() {
    auto r = t.g->BeginRead();
    auto col = r->NodeColumn(k, true);
    REQUIRE(col);
    return Values(*col, 3);
  };
  CHECK(column() == std::vector<Value>{Value(1), Value(), Value(3)});
  {
    auto r = t.g->BeginRead();
    CHECK(r->NodeColumn(k, false) != nullptr);  // kept between transactions
    auto out = r->SortedNeighbours(knows, Direction::kOut);
    REQUIRE(out);
    auto row = out->Of(a);
    REQUIRE(row.size() == 3);  // a->a, a->b, a->c sorted by far end
    CHECK(row[0].other == a);
    CHECK(row[1].other == b);
    CHECK(row[2].other == c);
    auto both = r->SortedNeighbours(knows, Direction::kBoth);
    CHECK(both->Of(a).size() == 4);  // the loop once, b twice, c once
    CHECK(both->Of(b).size() == 2);
    CHECK(r->SortedNeighbours(knows, Direction::kIn)->Of(c).size() == 1);
    CHECK(r->SortedNeighbours(knows, Direction::kIn)->Of(1000).empty());
  }
  {  // rolled back: unchanged
    auto w = t.g->BeginWrite().value();
    REQUIRE(w->SetNodeProperty(b, k, Value("two")).ok());
    REQUIRE(w->CreateEdge(knows, c, b, {}).ok());
    w->Rollback();
  }
  CHECK(column() == std::vector<Value>{Value(1), Value(), Value(3)});
  {
    auto w = t.g->BeginWrite().value();
    REQUIRE(w->SetNodeProperty(b, k, Value("two")).ok());
    REQUIRE(w->SetNodeProperty(a, k, Value()).ok());
    REQUIRE(w->CreateEdge(knows, c, b, {}).ok());
    REQUIRE(w->Commit().ok());
  }
  CHECK(column() == std::vector<Value>{Value(), Value("two"), Value(3)});
  {
    auto r = t.g->BeginRead();
    CHECK(r->SortedNeighbours(knows, Direction::kOut)->Of(c).size() == 1);
  }
  {  // a new node carrying the key, a deleted edge
    auto w = t.g->BeginWrite().value();
    LabelId l = w->InternLabel("L");
    REQUIRE(w->CreateNode({&l, 1}, {{k, Value(4)}}).ok());
    std::vector<EdgeRef> edges;
    w->Edges(c, Direction::kOut, {}, &edges);
    REQUIRE(edges.size() == 1);
    REQUIRE(w->DeleteEdge(edges[0].edge).ok());
    REQUIRE(w->Commit().ok());
  }
  auto r = t.g->BeginRead();
  auto col = r->NodeColumn(k, true);
  CHECK(col->Get(3) == Value(4));
  CHECK(r->SortedNeighbours(knows, Direction::kOut)->Of(c).empty());
  CHECK(r->NodeColumn(12345, true) == nullptr);  // no such key
}
