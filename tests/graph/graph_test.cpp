// Tests of graph::Graph: transactions, persistence, indexes, snapshot.
#include "graph/graph.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rocksdb/db.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <random>
#include <thread>

#include "graph/graph_impl.h"
#include "storage/keys.h"
#include "storage/store.h"
#include "tests/graph/temp_dir.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::graph;

namespace {

using kg::testing::TempDir;

std::unique_ptr<Graph> MustOpen(const std::string& dir, OpenOptions o = {}) {
  o.sync = false;
  auto g = Graph::Open(dir, o);
  REQUIRE_MESSAGE(g.ok(), g.status().ToString());
  return std::move(g).value();
}

std::unique_ptr<WriteTxn> MustWrite(Graph* g) {
  auto w = g->BeginWrite();
  REQUIRE(w.ok());
  return std::move(w).value();
}

}  // namespace

TEST_CASE("an empty folder opens as an empty database and persists writes") {
  TempDir t;
  std::string db = t.Sub("db");
  NodeId a, b;
  EdgeId e;
  {
    auto g = MustOpen(db);
    CHECK(g->BeginRead()->NodeCount() == 0);
    auto w = MustWrite(g.get());
    LabelId person = w->InternLabel("Person");
    TypeId knows = w->InternType("KNOWS");
    KeyId name = w->InternKey("name");
    KeyId since = w->InternKey("since");
    a = w->CreateNode(std::vector<LabelId>{person}, {{name, Value("Ann")}}).value();
    b = w->CreateNode(std::vector<LabelId>{person}, {{name, Value("Bob")}, {since, Value(int64_t{3})}})
            .value();
    e = w->CreateEdge(knows, a, b, {{since, Value(2020)}}).value();
    // Read-your-own-writes.
    CHECK(w->NodeCount() == 2);
    CHECK(w->EdgeProperty(e, since) == Value(2020));
    REQUIRE(w->Commit().ok());
  }
  auto g = MustOpen(db);
  auto r = g->BeginRead();
  CHECK(r->NodeCount() == 2);
  CHECK(r->EdgeCount() == 1);
  KeyId name = *r->FindKey("name");
  CHECK(r->NodeProperty(a, name) == Value("Ann"));
  CHECK(r->NodeProperty(b, name) == Value("Bob"));
  CHECK(r->EdgeProperty(e, *r->FindKey("since")) == Value(2020));
  EdgeEnds ends = r->Edge(e);
  CHECK(ends.start == a);
  CHECK(ends.end == b);
  CHECK(r->TypeName(ends.type) == "KNOWS");
  CHECK(r->LabelsInUse() == std::vector<std::string>{"Person"});
  CHECK(r->KeysInUse() == std::vector<std::string>{"name", "since"});
}

TEST_CASE("rollback restores memory exactly and writes nothing") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  {
    auto w = MustWrite(g.get());
    LabelId l = w->InternLabel("A");
    KeyId k = w->InternKey("name");
    REQUIRE(w->CreateNode(std::vector<LabelId>{l}, {{k, Value("x")}}).ok());
    REQUIRE(w->Commit().ok());
  }
  {
    auto w = MustWrite(g.get());
    LabelId l2 = w->InternLabel("B");
    TypeId t2 = w->InternType("R");
    KeyId k = *w->FindKey("name");
    NodeId n = w->CreateNode(std::vector<LabelId>{l2}, {{k, Value("y")}}).value();
    REQUIRE(w->CreateEdge(t2, 0, n, {}).ok());
    REQUIRE(w->SetNodeProperty(0, k, Value("changed")).ok());
    REQUIRE(w->AddLabel(0, l2).ok());
    w->AuxPut("ns", "key", "value");
    CHECK(w->AuxGet("ns", "key") == std::optional<std::string>("value"));
    w->Rollback();
  }
  auto r = g->BeginRead();
  CHECK(r->NodeCount() == 1);
  CHECK(r->EdgeCount() == 0);
  CHECK_FALSE(r->FindLabel("B").has_value());
  CHECK_FALSE(r->FindType("R").has_value());
  CHECK(r->NodeProperty(0, *r->FindKey("name")) == Value("x"));
  CHECK(r->NodeLabels(0) == std::vector<LabelId>{*r->FindLabel("A")});
  std::vector<NodeId> hits;
  r->IndexLookup(*r->FindLabel("A"), *r->FindKey("name"), Value("x"), &hits);
  CHECK(hits == std::vector<NodeId>{0});
  hits.clear();
  r->IndexLookup(*r->FindLabel("A"), *r->FindKey("name"), Value("changed"), &hits);
  CHECK(hits.empty());
  CHECK_FALSE(r->AuxGet("ns", "key").has_value());
  r.reset();
  // The next node gets the id the rolled-back one had (it never existed).
  auto w = MustWrite(g.get());
  CHECK(w->CreateNode({}, {}).value() == 1);
}

TEST_CASE("a transaction destroyed without commit leaves disk unchanged") {
  TempDir t;
  std::string db = t.Sub("db");
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    REQUIRE(w->CreateNode({}, {}).ok());
  }
  auto g = MustOpen(db);
  CHECK(g->BeginRead()->NodeCount() == 0);
}

TEST_CASE("edges by type and direction, self loops, degree") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  auto w = MustWrite(g.get());
  TypeId r1 = w->InternType("R1"), r2 = w->InternType("R2");
  NodeId a = w->CreateNode({}, {}).value(), b = w->CreateNode({}, {}).value();
  EdgeId e1 = w->CreateEdge(r1, a, b, {}).value();
  EdgeId e2 = w->CreateEdge(r2, a, b, {}).value();
  EdgeId loop = w->CreateEdge(r1, a, a, {}).value();
  REQUIRE(w->Commit().ok());
  auto check = [&](View* v) {
    std::vector<EdgeRef> out;
    TypeId only[] = {r1};
    v->Edges(a, Direction::kOut, only, &out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].edge == e1);
    CHECK(out[1].edge == loop);
    out.clear();
    v->Edges(a, Direction::kBoth, {}, &out);
    CHECK(out.size() == 4);  // e1, e2, loop (out) + loop (in)
    CHECK(v->Degree(b, Direction::kIn, {}) == 2);
    TypeId only2[] = {r2};
    CHECK(v->Degree(b, Direction::kIn, only2) == 1);
    TypeId twice[] = {r2, r1, r2};
    CHECK(v->Degree(b, Direction::kIn, twice) == 2);
    out.clear();
    v->Edges(b, Direction::kIn, only2, &out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].edge == e2);
    CHECK(out[0].other == a);
    CHECK_FALSE(out[0].outgoing);
  };
  check(g->BeginRead().get());
  // The same after the delta is folded into a snapshot and reloaded.
  auto* impl = static_cast<GraphImpl*>(g.get());
  REQUIRE(impl->WriteSnapshot().ok());
  check(g->BeginRead().get());
}

TEST_CASE("delete rules: node with edges, detach delete, ids never reused") {
  TempDir t;
  std::string db = t.Sub("db");
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    TypeId r = w->InternType("R");
    NodeId a = w->CreateNode({}, {}).value(), b = w->CreateNode({}, {}).value();
    REQUIRE(w->CreateEdge(r, a, b, {}).ok());
    Status s = w->DeleteNode(a);
    CHECK(s.kind() == ErrorKind::kConstraintVerificationFailed);
    REQUIRE(w->DetachDeleteNode(a).ok());
    CHECK(w->EdgeCount() == 0);
    CHECK(w->NodeCount() == 1);
    REQUIRE(w->Commit().ok());
  }
  auto g = MustOpen(db);
  auto w = MustWrite(g.get());
  CHECK_FALSE(w->NodeExists(0));
  CHECK(w->CreateNode({}, {}).value() == 2);
  CHECK(w->CreateEdge(*w->FindType("R"), 1, 2, {}).value() == 1);
}

TEST_CASE("indexes: automatic on name, explicit ones, numeric equality, prefix") {
  TempDir t;
  std::string db = t.Sub("db");
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    LabelId city = w->InternLabel("City");
    KeyId name = w->InternKey("name"), pop = w->InternKey("pop");
    CHECK(w->HasIndex(city, name));
    CHECK_FALSE(w->HasIndex(city, pop));
    w->CreateNode(std::vector<LabelId>{city}, {{name, Value("Paris")}, {pop, Value(2)}}).value();
    w->CreateNode(std::vector<LabelId>{city}, {{name, Value("Parme")}, {pop, Value(1.5)}}).value();
    w->CreateNode(std::vector<LabelId>{city}, {{name, Value("Lyon")}, {pop, Value(2.0)}}).value();
    REQUIRE(w->CreateIndex(city, pop).ok());
    std::vector<NodeId> out;
    w->IndexLookup(city, pop, Value(2), &out);
    CHECK(out == std::vector<NodeId>{0, 2});
    REQUIRE(w->Commit().ok());
  }
  auto g = MustOpen(db);
  auto r = g->BeginRead();
  LabelId city = *r->FindLabel("City");
  KeyId name = *r->FindKey("name"), pop = *r->FindKey("pop");
  CHECK(r->HasIndex(city, pop));
  std::vector<NodeId> out;
  r->IndexLookup(city, pop, Value(2.0), &out);
  CHECK(out == std::vector<NodeId>{0, 2});
  out.clear();
  r->IndexPrefixLookup(city, name, "Par", &out);
  CHECK(out == std::vector<NodeId>{0, 1});
  auto idx = r->Indexes();
  CHECK(std::find(idx.begin(), idx.end(), std::make_pair(std::string("City"), std::string("pop"))) !=
        idx.end());
}

TEST_CASE("aux tables: put, scan by prefix, delete") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  {
    auto w = MustWrite(g.get());
    w->AuxPut("article", "h1", "a");
    w->AuxPut("article", "h2", "b");
    w->AuxPut("alias", "h1", "z");
    std::vector<std::string> seen;
    w->AuxScan("article", "h", [&](std::string_view k, std::string_view v) {
      seen.push_back(std::string(k) + "=" + std::string(v));
      return true;
    });
    CHECK(seen == std::vector<std::string>{"h1=a", "h2=b"});
    REQUIRE(w->Commit().ok());
  }
  {
    auto w = MustWrite(g.get());
    w->AuxDelete("article", "h1");
    REQUIRE(w->Commit().ok());
  }
  auto r = g->BeginRead();
  CHECK_FALSE(r->AuxGet("article", "h1").has_value());
  CHECK(r->AuxGet("article", "h2") == std::optional<std::string>("b"));
  CHECK(r->AuxGet("alias", "h1") == std::optional<std::string>("z"));
}

TEST_CASE("a write transaction reads back its own last write of each key") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  {
    auto w = MustWrite(g.get());
    w->AuxPut("ns", "kept", "old");
    REQUIRE(w->Commit().ok());
  }
  auto w = MustWrite(g.get());
  // Values of every length class of the batch record's length prefix.
  std::string long_value(200, 'v'), longer_value(20000, 'w');
  w->AuxPut("ns", "a", "1");
  w->AuxPut("ns", "a", long_value);
  CHECK(w->AuxGet("ns", "a") == std::optional<std::string>(long_value));
  w->AuxPut("ns", "b", longer_value);
  w->AuxDelete("ns", "kept");
  CHECK_FALSE(w->AuxGet("ns", "kept").has_value());
  w->AuxPut("ns", "kept", "");
  CHECK(w->AuxGet("ns", "kept") == std::optional<std::string>(""));
  w->AuxDelete("ns", "a");
  CHECK_FALSE(w->AuxGet("ns", "a").has_value());
  // The same key in another namespace is another key.
  w->AuxPut("other", "b", "x");
  CHECK(w->AuxGet("ns", "b") == std::optional<std::string>(longer_value));
  CHECK(w->AuxGet("other", "b") == std::optional<std::string>("x"));
  // Many keys: the transaction's batch grows (and moves) while they are held.
  for (int i = 0; i < 2000; ++i) w->AuxPut("many", std::to_string(i), std::string(i % 300, 'x'));
  for (int i = 0; i < 2000; i += 7) CHECK(w->AuxGet("many", std::to_string(i)) == std::string(i % 300, 'x'));
  std::vector<std::string> seen;
  w->AuxScan("ns", "", [&](std::string_view k, std::string_view v) {
    seen.push_back(std::string(k) + "=" + std::to_string(v.size()));
    return true;
  });
  CHECK(seen == std::vector<std::string>{"b=20000", "kept=0"});
  // Edge properties are read back from the transaction too.
  TypeId type = w->InternType("R");
  KeyId since = w->InternKey("since");
  NodeId a = w->CreateNode({}, {}).value();
  EdgeId e = w->CreateEdge(type, a, a, {{since, Value(1)}}).value();
  REQUIRE(w->SetEdgeProperty(e, since, Value(std::string(300, 's'))).ok());
  CHECK(w->EdgeProperty(e, since) == Value(std::string(300, 's')));
  REQUIRE(w->SetEdgeProperty(e, since, Value()).ok());
  CHECK(w->EdgeProperty(e, since).is_null());
  // A read-modify-write sees the current value (null when absent) and
  // leaves the other properties alone.
  KeyId count = w->InternKey("count");
  REQUIRE(w->SetEdgeProperty(e, count, Value(41)).ok());
  std::vector<Value> seen_by_update;
  auto add_one = [&](const Value& v) {
    seen_by_update.push_back(v);
    return Value(v.is_int() ? v.as_int() + 1 : 1);
  };
  REQUIRE(w->UpdateEdgeProperty(e, count, add_one).ok());
  REQUIRE(w->UpdateEdgeProperty(e, since, add_one).ok());
  CHECK(seen_by_update == std::vector<Value>{Value(41), Value()});
  CHECK(w->EdgeProperty(e, count) == Value(42));
  CHECK(w->EdgeProperty(e, since) == Value(1));
  REQUIRE(w->UpdateEdgeProperty(e, since, [](const Value&) { return Value(); }).ok());
  CHECK(w->EdgeProperty(e, since).is_null());
  CHECK(w->UpdateEdgeProperty(e + 100, count, add_one).kind() == ErrorKind::kEntityNotFound);
  REQUIRE(w->Commit().ok());
  auto r = g->BeginRead();
  CHECK_FALSE(r->AuxGet("ns", "a").has_value());
  CHECK(r->AuxGet("ns", "b") == std::optional<std::string>(longer_value));
  CHECK(r->AuxGet("ns", "kept") == std::optional<std::string>(""));
  CHECK(r->AuxGet("many", "1999") == std::optional<std::string>(std::string(1999 % 300, 'x')));
  CHECK(r->EdgeProperty(e, *r->FindKey("since")).is_null());
}

TEST_CASE("snapshot plus delta plus deletions reload to the same topology") {
  TempDir t;
  std::string db = t.Sub("db");
  std::mt19937 rng(7);
  std::vector<std::tuple<NodeId, NodeId, TypeId>> expect;
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    TypeId ts[] = {w->InternType("A"), w->InternType("B"), w->InternType("C")};
    for (int i = 0; i < 200; ++i) REQUIRE(w->CreateNode({}, {}).ok());
    for (int i = 0; i < 1000; ++i) {
      NodeId s = rng() % 200, e = rng() % 200;
      TypeId ty = ts[rng() % 3];
      REQUIRE(w->CreateEdge(ty, s, e, {}).ok());
    }
    REQUIRE(w->Commit().ok());
  }  // closes: writes the snapshot
  {
    auto g = MustOpen(db);
    CHECK(static_cast<GraphImpl*>(g.get())->loaded_from_snapshot());
    auto w = MustWrite(g.get());
    for (EdgeId e = 0; e < 1000; e += 7) REQUIRE(w->DeleteEdge(e).ok());
    for (int i = 0; i < 50; ++i) REQUIRE(w->CreateEdge(*w->FindType("B"), i, 199 - i, {}).ok());
    REQUIRE(w->Commit().ok());
  }
  auto expect_of = [](View* v) {
    std::vector<std::tuple<NodeId, EdgeId, TypeId, bool>> all;
    for (NodeId n = 0; n < 200; ++n) {
      std::vector<EdgeRef> out;
      v->Edges(n, Direction::kBoth, {}, &out);
      for (auto& e : out) all.emplace_back(n, e.edge, e.type, e.outgoing);
    }
    std::sort(all.begin(), all.end());
    return all;
  };
  auto g = MustOpen(db);
  CHECK(static_cast<GraphImpl*>(g.get())->loaded_from_snapshot());
  auto r = g->BeginRead();
  CHECK(r->EdgeCount() == 1000 - 143 + 50);
  auto after_load = expect_of(r.get());
  r.reset();
  REQUIRE(static_cast<GraphImpl*>(g.get())->WriteSnapshot().ok());
  CHECK(expect_of(g->BeginRead().get()) == after_load);
  g.reset();
  auto g2 = MustOpen(db);
  CHECK(expect_of(g2->BeginRead().get()) == after_load);
  CHECK(g2->BeginRead()->EdgeCount() == 907);
}

TEST_CASE("open errors: not a database, newer format, locked, read-only beside a writer") {
  TempDir t;
  // A folder with other files.
  fs::create_directories(t.Sub("other"));
  std::ofstream(t.Sub("other/notes.txt")) << "hello";
  auto r1 = Graph::Open(t.Sub("other"), {});
  CHECK(r1.status().kind() == ErrorKind::kInputError);
  CHECK(fs::exists(t.Sub("other/notes.txt")));
  // A file instead of a folder.
  auto r2 = Graph::Open(t.Sub("other/notes.txt"), {});
  CHECK(r2.status().kind() == ErrorKind::kInputError);
  // Missing folder with read-only: no database.
  OpenOptions ro;
  ro.read_only = true;
  CHECK(Graph::Open(t.Sub("missing"), ro).status().kind() == ErrorKind::kInputError);
  CHECK_FALSE(fs::exists(t.Sub("missing")));

  std::string db = t.Sub("db");
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    w->CreateNode({}, {}).value();
    REQUIRE(w->Commit().ok());
    // A second writer is refused, a reader opens beside.
    auto second = Graph::Open(db, {});
    CHECK(second.status().kind() == ErrorKind::kIOError);
    CHECK(second.status().message().find("locked") != std::string::npos);
    auto reader = Graph::Open(db, ro);
    REQUIRE_MESSAGE(reader.ok(), reader.status().ToString());
    CHECK(reader.value()->BeginRead()->NodeCount() == 1);
    CHECK(reader.value()->BeginWrite().status().kind() == ErrorKind::kUsageError);
  }
  // A newer format.
  {
    storage::StoreOptions so;
    auto s = storage::Store::Open(db, so);
    REQUIRE(s.ok());
    rocksdb::WriteBatch b;
    b.Put(s.value()->cf(storage::Cf::kMeta), "format", std::to_string(storage::kFormatVersion + 1));
    REQUIRE(s.value()->Write(&b).ok());
  }
  auto r3 = Graph::Open(db, {});
  CHECK(r3.status().kind() == ErrorKind::kInputError);
  CHECK(r3.status().message().find("newer") != std::string::npos);
}

namespace {
// Makes `dir` a kg database of the next format version (meta record and
// marker file), as a newer kg would write it.
void MakeNewerFormatDatabase(const std::string& dir) {
  {
    auto g = MustOpen(dir);
    auto w = MustWrite(g.get());
    w->CreateNode(std::vector<LabelId>{w->InternLabel("Old")}, {}).value();
    REQUIRE(w->Commit().ok());
  }
  {
    auto s = storage::Store::Open(dir, {});
    REQUIRE(s.ok());
    rocksdb::WriteBatch b;
    b.Put(s.value()->cf(storage::Cf::kMeta), "format", std::to_string(storage::kFormatVersion + 1));
    REQUIRE(s.value()->Write(&b).ok());
  }
  std::ofstream(fs::path(dir) / storage::kFormatMarkerFile)
      << "kg database format " << storage::kFormatVersion + 1 << "\n";
}

// Every file of a folder with its size and modification time.
std::vector<std::string> Listing(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    out.push_back(e.path().string() + " " + std::to_string(e.is_regular_file() ? e.file_size() : 0) + " " +
                  std::to_string(fs::last_write_time(e.path()).time_since_epoch().count()));
  }
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("a newer format or a foreign RocksDB database is refused without touching a file") {
  TempDir t;
  std::string db = t.Sub("newer");
  MakeNewerFormatDatabase(db);
  auto before = Listing(db);
  OpenOptions ro;
  ro.read_only = true;
  for (const OpenOptions& o : {OpenOptions{}, ro}) {
    auto r = Graph::Open(db, o);
    CHECK(r.status().kind() == ErrorKind::kInputError);
    CHECK(r.status().message().find("newer") != std::string::npos);
  }
  CHECK(Listing(db) == before);

  std::string foreign = t.Sub("foreign");
  {
    rocksdb::Options o;
    o.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(o, foreign, &raw).ok());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), "k", "v").ok());
    delete raw;
  }
  auto fbefore = Listing(foreign);
  auto r = Graph::Open(foreign, {});
  CHECK(r.status().kind() == ErrorKind::kInputError);
  CHECK(r.status().message().find("not a kg database") != std::string::npos);
  CHECK(Listing(foreign) == fbefore);
}

namespace {
// Keys in one column family of the database at `dir` (opened read-only).
size_t CountKeys(const std::string& dir, storage::Cf cf) {
  storage::StoreOptions so;
  so.read_only = true;
  auto s = storage::Store::Open(dir, so);
  REQUIRE_MESSAGE(s.ok(), s.status().ToString());
  size_t n = 0;
  auto it = s.value()->NewIterator(cf);
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
  return n;
}

uint64_t FormatOf(const std::string& dir) {
  storage::StoreOptions so;
  so.read_only = true;
  auto s = storage::Store::Open(dir, so);
  REQUIRE_MESSAGE(s.ok(), s.status().ToString());
  return s.value()->format();
}

std::string Marker(const std::string& dir) {
  std::ifstream in(fs::path(dir) / storage::kFormatMarkerFile);
  std::string line;
  std::getline(in, line);
  return line;
}

// A graph's edges as (id, start, end, type) text, in id order.
std::vector<std::string> EdgeList(Graph* g) {
  auto r = g->BeginRead();
  std::vector<std::string> out;
  for (NodeId n = 0; n < 64; ++n) {
    if (!r->NodeExists(n)) continue;
    std::vector<EdgeRef> refs;
    r->Edges(n, Direction::kOut, {}, &refs);
    for (const auto& e : refs) out.push_back(fmt::format("{} {} {} {}", e.edge, n, e.other, e.type));
  }
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("format 2 writes no adjacency keys; a format-1 database is read as is and migrated when writable") {
  TempDir t;
  std::string db = t.Sub("db");
  std::vector<std::string> edges;
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    TypeId knows = w->InternType("KNOWS"), likes = w->InternType("LIKES");
    std::vector<NodeId> n;
    for (int i = 0; i < 6; ++i) n.push_back(w->CreateNode({}, {}).value());
    for (int i = 0; i < 6; ++i) {
      w->CreateEdge(knows, n[i], n[(i + 1) % 6], {}).value();
      w->CreateEdge(likes, n[i], n[(i + 2) % 6], {}).value();
    }
    REQUIRE(w->Commit().ok());
    auto w2 = MustWrite(g.get());
    REQUIRE(w2->DeleteEdge(3).ok());
    REQUIRE(w2->Commit().ok());
    edges = EdgeList(g.get());
  }
  REQUIRE(edges.size() == 11);
  CHECK(CountKeys(db, storage::Cf::kAdjacency) == 0);
  CHECK(CountKeys(db, storage::Cf::kEdges) == 11);
  CHECK(FormatOf(db) == storage::kFormatVersion);
  CHECK(Marker(db) == fmt::format("kg database format {}", storage::kFormatVersion));

  // As the kg of format 1 left it: format record and marker 1, and the
  // adjacency keys of every live edge.
  {
    auto s = storage::Store::Open(db, {});
    REQUIRE(s.ok());
    rocksdb::WriteBatch b;
    b.Put(s.value()->cf(storage::Cf::kMeta), "format", "1");
    for (const auto& e : edges) {
      unsigned long long id, from, to;
      unsigned type;
      REQUIRE(std::sscanf(e.c_str(), "%llu %llu %llu %u", &id, &from, &to, &type) == 4);
      std::string other;
      PutFixed64BE(&other, to);
      b.Put(s.value()->cf(storage::Cf::kAdjacency), storage::AdjKey(storage::kAdjOut, from, type, id), other);
      other.clear();
      PutFixed64BE(&other, from);
      b.Put(s.value()->cf(storage::Cf::kAdjacency), storage::AdjKey(storage::kAdjIn, to, type, id), other);
    }
    REQUIRE(s.value()->Write(&b).ok());
  }
  std::ofstream(fs::path(db) / storage::kFormatMarkerFile) << "kg database format 1\n";
  REQUIRE(CountKeys(db, storage::Cf::kAdjacency) == 22);
  REQUIRE(FormatOf(db) == 1);

  // Read-only: read as it is, nothing changed.
  auto before = Listing(db);
  {
    OpenOptions ro;
    ro.read_only = true;
    auto g = MustOpen(db, ro);
    CHECK(EdgeList(g.get()) == edges);
  }
  CHECK(Listing(db) == before);
  CHECK(FormatOf(db) == 1);

  // Writable: migrated first, the same graph, writable as usual.
  {
    auto g = MustOpen(db);
    CHECK(EdgeList(g.get()) == edges);
    auto w = MustWrite(g.get());
    REQUIRE(w->DeleteEdge(0).ok());
    REQUIRE(w->Commit().ok());
    edges.erase(edges.begin());
  }
  CHECK(CountKeys(db, storage::Cf::kAdjacency) == 0);
  CHECK(FormatOf(db) == storage::kFormatVersion);  // through format 2
  CHECK(Marker(db) == fmt::format("kg database format {}", storage::kFormatVersion));
  {
    auto g = MustOpen(db);
    CHECK(EdgeList(g.get()) == edges);
  }
  // A crash after the format record but before the marker: the next
  // writable open rewrites the marker.
  std::ofstream(fs::path(db) / storage::kFormatMarkerFile) << "kg database format 1\n";
  MustOpen(db).reset();
  CHECK(Marker(db) == fmt::format("kg database format {}", storage::kFormatVersion));
}

namespace {
// Every relationship's properties, as text, in id order.
std::vector<std::string> EdgePropList(Graph* g) {
  auto r = g->BeginRead();
  std::vector<EdgeId> ids;
  r->AllEdges(std::nullopt, &ids);
  std::vector<std::string> out;
  for (EdgeId e : ids) {
    std::string line = fmt::format("{}:", e);
    for (const auto& [k, v] : r->EdgeProperties(e)) line += fmt::format(" {}={}", r->KeyName(k), v.ToString());
    out.push_back(line);
  }
  return out;
}
}  // namespace

TEST_CASE("format 3 keeps relationship properties in the edge record; format 2 is read as is and migrated") {
  TempDir t;
  std::string db = t.Sub("db");
  std::vector<std::string> props;
  {
    auto g = MustOpen(db);
    auto w = MustWrite(g.get());
    TypeId knows = w->InternType("KNOWS");
    KeyId since = w->InternKey("since"), note = w->InternKey("note");
    std::vector<NodeId> n;
    for (int i = 0; i < 5; ++i) n.push_back(w->CreateNode({}, {}).value());
    for (int i = 0; i < 5; ++i) {
      PropertyList p;
      if (i % 2 == 0) p.emplace_back(since, Value(int64_t{2000 + i}));
      if (i == 4) p.emplace_back(note, Value(std::string("old")));
      w->CreateEdge(knows, n[i], n[(i + 1) % 5], p).value();
    }
    REQUIRE(w->Commit().ok());
    auto w2 = MustWrite(g.get());
    REQUIRE(w2->SetEdgeProperty(4, note, Value(std::string("new"))).ok());
    REQUIRE(w2->SetEdgeProperty(1, note, Value(std::string("added"))).ok());
    REQUIRE(w2->SetEdgeProperty(2, since, Value()).ok());  // edge 2 has none left
    REQUIRE(w2->DeleteEdge(3).ok());
    REQUIRE(w2->Commit().ok());
    props = EdgePropList(g.get());
  }
  INFO(fmt::format("{}", fmt::join(props, " | ")));
  REQUIRE(props == std::vector<std::string>{"0: since=2000", "1: note='added'", "2:", "4: since=2004 note='new'"});
  CHECK(CountKeys(db, storage::Cf::kProps) == 0);  // nodes without properties, edges hold theirs
  CHECK(CountKeys(db, storage::Cf::kEdges) == 4);
  {
    auto g = MustOpen(db);
    CHECK(EdgePropList(g.get()) == props);
  }

  // As the kg of format 2 left it: bare edge records, properties under
  // their props keys; edge 4 as an interrupted migration left it (moved).
  {
    auto s = storage::Store::Open(db, {});
    REQUIRE(s.ok());
    rocksdb::WriteBatch b;
    b.Put(s.value()->cf(storage::Cf::kMeta), "format", "2");
    for (EdgeId e : {0, 1, 2}) {
      std::string v;
      bool found = false;
      REQUIRE(s.value()->Get(storage::Cf::kEdges, storage::IdKey(e), &v, &found).ok());
      REQUIRE(found);
      storage::EdgeRecord er;
      std::string_view p;
      REQUIRE(storage::DecodeEdgeRecord(v, &er, &p));
      std::string bare;
      storage::EncodeEdgeRecord(er, &bare);
      b.Put(s.value()->cf(storage::Cf::kEdges), storage::IdKey(e), bare);
      if (!p.empty()) b.Put(s.value()->cf(storage::Cf::kProps), storage::PropsKey(storage::kPropsEdge, e), p);
    }
    REQUIRE(s.value()->Write(&b).ok());
    REQUIRE(s.value()->Flush().ok());
  }
  std::ofstream(fs::path(db) / storage::kFormatMarkerFile) << "kg database format 2\n";
  REQUIRE(FormatOf(db) == 2);
  REQUIRE(CountKeys(db, storage::Cf::kProps) == 2);

  auto before = Listing(db);
  {
    OpenOptions ro;
    ro.read_only = true;
    auto g = MustOpen(db, ro);
    CHECK(EdgePropList(g.get()) == props);
  }
  CHECK(Listing(db) == before);
  CHECK(FormatOf(db) == 2);

  {
    auto g = MustOpen(db);
    CHECK(EdgePropList(g.get()) == props);
    auto w = MustWrite(g.get());
    REQUIRE(w->SetEdgeProperty(0, w->InternKey("since"), Value(int64_t{1999})).ok());
    REQUIRE(w->Commit().ok());
  }
  props[0] = "0: since=1999";
  CHECK(FormatOf(db) == 3);
  CHECK(Marker(db) == "kg database format 3");
  CHECK(CountKeys(db, storage::Cf::kProps) == 0);
  auto g = MustOpen(db);
  CHECK(EdgePropList(g.get()) == props);
}

// A fixture for tests/e2e/import_bad_input.sh, run on demand:
//   KG_NEWER_FORMAT_DB=DIR kg_graph_tests --no-skip -tc='fixture*'
TEST_CASE("fixture: a database of a newer format at $KG_NEWER_FORMAT_DB" * doctest::skip()) {
  const char* dir = std::getenv("KG_NEWER_FORMAT_DB");
  REQUIRE(dir != nullptr);
  MakeNewerFormatDatabase(dir);
  CHECK(Graph::Open(dir, {}).status().kind() == ErrorKind::kInputError);
}

TEST_CASE("backup opens as a database of its own") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  {
    auto w = MustWrite(g.get());
    w->CreateNode(std::vector<LabelId>{w->InternLabel("X")}, {}).value();
    REQUIRE(w->Commit().ok());
  }
  REQUIRE(g->Backup(t.Sub("copy")).ok());
  CHECK(g->Backup(t.Sub("copy")).kind() == ErrorKind::kInputError);
  auto c = MustOpen(t.Sub("copy"));
  CHECK(c->BeginRead()->CountNodesWithLabel(*c->BeginRead()->FindLabel("X")) == 1);
  auto st = c->Stats();
  CHECK(st.nodes == 1);
  CHECK(st.labels == std::vector<std::pair<std::string, uint64_t>>{{"X", 1}});
  CHECK(st.bytes_on_disk > 0);
}

TEST_CASE("readers run in parallel and see whole transactions") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  std::atomic<bool> stop{false};
  std::atomic<int> bad{0};
  std::thread reader([&] {
    while (!stop) {
      auto r = g->BeginRead();
      // Every transaction creates two nodes: the count is always even.
      if (r->NodeCount() % 2 != 0) ++bad;
    }
  });
  for (int i = 0; i < 50; ++i) {
    auto w = MustWrite(g.get());
    REQUIRE(w->CreateNode({}, {}).ok());
    REQUIRE(w->CreateNode({}, {}).ok());
    REQUIRE(w->Commit().ok());
  }
  stop = true;
  reader.join();
  CHECK(bad == 0);
  CHECK(g->BeginRead()->NodeCount() == 100);
}

TEST_CASE("a backup beside a live writer: a logical copy of a read-only snapshot") {
  TempDir t;
  std::string db = t.Sub("db");
  auto writer = MustOpen(db);
  {
    auto w = MustWrite(writer.get());
    LabelId l = w->InternLabel("L");
    KeyId k = w->InternKey("name");
    NodeId a = w->CreateNode(std::vector<LabelId>{l}, {{k, Value("a")}}).value();
    w->CreateEdge(w->InternType("T"), a, a, {{k, Value("loop")}}).value();
    w->AuxPut("article", "h", "1");
    REQUIRE(w->Commit().ok());
  }
  OpenOptions ro;
  ro.read_only = true;
  auto reader = MustOpen(db, ro);
  REQUIRE(reader->Backup(t.Sub("copy")).ok());
  CHECK_FALSE(fs::exists(t.Sub("copy.partial")));
  auto c = MustOpen(t.Sub("copy"));
  auto v = c->BeginRead();
  CHECK(v->NodeCount() == 1);
  CHECK(v->EdgeCount() == 1);
  CHECK(v->EdgeProperty(0, *v->FindKey("name")) == Value("loop"));
  CHECK(v->AuxGet("article", "h") == std::optional<std::string>("1"));
  CHECK(fs::exists(fs::path(t.Sub("copy")) / storage::kFormatMarkerFile));
}

TEST_CASE("a writer is not starved by overlapping readers") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  std::atomic<bool> stop{false};
  // Two readers whose transactions always overlap: without writer
  // preference the shared lock would never be free.
  auto reader = [&] {
    while (!stop) {
      auto r = g->BeginRead();
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  };
  std::thread r1(reader), r2(reader);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) {
    auto w = MustWrite(g.get());
    REQUIRE(w->CreateNode({}, {}).ok());
    REQUIRE(w->Commit().ok());
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  stop = true;
  r1.join();
  r2.join();
  CHECK(secs < 5.0);
  CHECK(g->BeginRead()->NodeCount() == 5);
}

TEST_CASE("a nested ReadTxn does not wait for a waiting writer") {
  TempDir t;
  auto g = MustOpen(t.Sub("db"));
  std::promise<void> outer_held;
  std::promise<bool> nested_done;
  std::thread reader([&] {
    auto outer = g->BeginRead();
    outer_held.set_value();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the writer waits by now
    auto inner = g->BeginRead();                                  // nested, same thread
    nested_done.set_value(inner->NodeCount() == 0);
  });
  outer_held.get_future().wait();
  std::atomic<bool> wrote{false};
  std::thread writer([&] {
    auto w = g->BeginWrite();  // waits for the reader
    wrote = w.ok() && w.value()->CreateNode({}, {}).ok() && w.value()->Commit().ok();
  });
  auto nested = nested_done.get_future();
  if (nested.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
    std::fprintf(stderr, "deadlock: a nested ReadTxn waited for a waiting writer\n");
    std::abort();  // fail loudly rather than hang the suite
  }
  CHECK(nested.get());
  reader.join();
  writer.join();
  CHECK(wrote);
  CHECK(g->BeginRead()->NodeCount() == 1);
}
