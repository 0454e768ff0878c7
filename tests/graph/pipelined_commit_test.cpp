// Tests of WriteTxn::CommitPipelined(): the next transaction reads a batch
// still on its way to storage, readers wait for it, and a failed write
// fails the transaction built on it and restores memory from storage.
#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>

#include "graph/graph.h"
#include "graph/graph_impl.h"
#include "storage/keys.h"
#include "tests/graph/temp_dir.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::graph;

namespace {

using kg::testing::TempDir;

std::unique_ptr<GraphImpl> MustOpen(const std::string& dir) {
  OpenOptions o;
  o.sync = false;
  auto g = GraphImpl::OpenImpl(dir, o);
  REQUIRE_MESSAGE(g.ok(), g.status().ToString());
  return std::move(g).value();
}

std::unique_ptr<WriteTxn> MustWrite(Graph* g) {
  auto t = g->BeginWrite();
  REQUIRE(t.ok());
  return std::move(t).value();
}

std::shared_ptr<CommitTicket> MustCommitPipelined(WriteTxn* t) {
  auto r = t->CommitPipelined();
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  return std::move(r).value();
}

// Whether the store itself (not a transaction) holds aux key ns/key.
bool StoreHasAux(GraphImpl* g, std::string_view ns, std::string_view key) {
  std::string v;
  bool found = false;
  REQUIRE(g->store_->Get(storage::Cf::kAux, storage::AuxKey(ns, key), &v, &found).ok());
  return found;
}

}  // namespace

TEST_CASE("the next transaction reads a pipelined batch before it is in the store") {
  TempDir d;
  auto g = MustOpen(d.path);
  g->hold_writes_for_test_ = true;
  NodeId a, b;
  EdgeId e;
  KeyId w;
  std::shared_ptr<CommitTicket> first;
  {
    auto t = MustWrite(g.get());
    LabelId l = t->InternLabel("Person");
    TypeId ty = t->InternType("KNOWS");
    w = t->InternKey("weight");
    a = t->CreateNode({&l, 1}, {{t->InternKey("name"), Value(std::string("Ann"))}}).value();
    b = t->CreateNode({&l, 1}, {}).value();
    e = t->CreateEdge(ty, a, b, {{w, Value(int64_t{1})}}).value();
    t->AuxPut("test", "k", "v1");
    first = MustCommitPipelined(t.get());
  }
  // Held: nothing of it is in the store yet.
  CHECK_FALSE(StoreHasAux(g.get(), "test", "k"));
  std::shared_ptr<CommitTicket> second;
  {
    auto t = MustWrite(g.get());
    CHECK(t->NodeExists(a));
    CHECK(t->AuxGet("test", "k") == std::optional<std::string>("v1"));
    CHECK(t->EdgeProperty(e, w) == Value(int64_t{1}));
    REQUIRE(t->SetEdgeProperty(e, w, Value(int64_t{2})).ok());
    t->AuxPut("test", "k", "v2");
    // A readers started now waits until the write in flight is durable.
    auto reader = std::async(std::launch::async, [&] {
      auto r = g->BeginRead();
      return r->AuxGet("test", "k");
    });
    CHECK(reader.wait_for(std::chrono::milliseconds(50)) == std::future_status::timeout);
    g->hold_writes_for_test_ = false;
    // The second commit waits for the first write, then hands its own over.
    second = MustCommitPipelined(t.get());
    auto seen = reader.get();
    REQUIRE(seen.has_value());
    CHECK((*seen == "v1" || *seen == "v2"));  // the first commit's or both
  }
  CHECK(first->Wait().ok());
  CHECK(second->Wait().ok());
  {
    auto r = g->BeginRead();
    CHECK(r->AuxGet("test", "k") == std::optional<std::string>("v2"));
    CHECK(r->EdgeProperty(e, w) == Value(int64_t{2}));
    CHECK(r->NodeCount() == 2);
  }
  g.reset();
  auto again = MustOpen(d.path);
  auto r = again->BeginRead();
  CHECK(r->AuxGet("test", "k") == std::optional<std::string>("v2"));
  CHECK(r->EdgeProperty(e, w) == Value(int64_t{2}));
  CHECK(r->NodeCount() == 2);
  CHECK(r->EdgeCount() == 1);
}

TEST_CASE("a failed pipelined write fails the next commit and memory is reloaded from storage") {
  TempDir d;
  auto g = MustOpen(d.path);
  LabelId l;
  {
    auto t = MustWrite(g.get());
    l = t->InternLabel("Person");
    REQUIRE(t->CreateNode({&l, 1}, {}).ok());
    t->AuxPut("test", "k", "durable");
    REQUIRE(t->Commit().ok());
  }
  g->hold_writes_for_test_ = true;
  g->fail_writes_for_test_ = 1;
  std::shared_ptr<CommitTicket> lost;
  {
    auto t = MustWrite(g.get());
    REQUIRE(t->CreateNode({&l, 1}, {}).ok());
    t->AuxPut("test", "k", "lost");
    lost = MustCommitPipelined(t.get());
  }
  {
    auto t = MustWrite(g.get());
    CHECK(t->NodeCount() == 2);  // built on the write in flight
    CHECK(t->AuxGet("test", "k") == std::optional<std::string>("lost"));
    REQUIRE(t->CreateNode({&l, 1}, {}).ok());
    g->hold_writes_for_test_ = false;
    Status s = t->Commit();
    CHECK(s.kind() == ErrorKind::kIOError);
    CHECK(s.message().find("earlier transaction") != std::string::npos);
  }
  CHECK(lost->Wait().kind() == ErrorKind::kIOError);
  {
    auto r = g->BeginRead();
    CHECK(r->NodeCount() == 1);
    CHECK(r->AuxGet("test", "k") == std::optional<std::string>("durable"));
  }
  // Writes go on from the stored state: ids follow the stored counters.
  NodeId next;
  {
    auto t = MustWrite(g.get());
    next = t->CreateNode({&l, 1}, {}).value();
    CHECK(MustCommitPipelined(t.get())->Wait().ok());
  }
  CHECK(next == 1);
  g.reset();
  auto again = MustOpen(d.path);
  auto r = again->BeginRead();
  CHECK(r->NodeCount() == 2);
  CHECK(r->AuxGet("test", "k") == std::optional<std::string>("durable"));
}

TEST_CASE("a transaction rolled back on top of a pipelined one leaves it intact") {
  TempDir d;
  auto g = MustOpen(d.path);
  g->hold_writes_for_test_ = true;
  std::shared_ptr<CommitTicket> first;
  {
    auto t = MustWrite(g.get());
    LabelId l = t->InternLabel("Person");
    REQUIRE(t->CreateNode({&l, 1}, {}).ok());
    t->AuxPut("test", "k", "kept");
    first = MustCommitPipelined(t.get());
  }
  {
    auto t = MustWrite(g.get());
    LabelId l = t->InternLabel("Person");
    REQUIRE(t->CreateNode({&l, 1}, {}).ok());
    t->AuxPut("test", "k", "dropped");
    t->Rollback();
  }
  g->hold_writes_for_test_ = false;
  CHECK(first->Wait().ok());
  auto r = g->BeginRead();
  CHECK(r->NodeCount() == 1);
  CHECK(r->AuxGet("test", "k") == std::optional<std::string>("kept"));
}
