// Graph-level calls made while the calling thread holds a ReadTxn: like a
// nested ReadTxn (graph/graph.h, rule 5), they must not wait for a writer
// that waits for this very thread. (The many-readers-one-writer load test
// through queries is tests/query/concurrency_test.cpp.)
#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <future>
#include <string>
#include <thread>

#include "graph/graph.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::graph;

namespace {

struct ScratchDir {
  std::string path;
  ScratchDir() {
    char t[] = "/tmp/kg-graph-concurrency-XXXXXX";
    path = mkdtemp(t);
  }
  ~ScratchDir() { fs::remove_all(path); }
};

// Runs `call` in a thread that holds a ReadTxn while another thread waits
// in BeginWrite(); true when `call` returned. Aborts (rather than hang the
// suite) when `call` has not returned after ten seconds: it waited for the
// writer, which waits for the reader.
bool ReturnsBesideWaitingWriter(Graph* g, const std::function<void()>& call, const char* what) {
  std::promise<void> held;
  std::promise<void> done;
  std::thread reader([&] {
    auto outer = g->BeginRead();
    held.set_value();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the writer waits by now
    call();
    done.set_value();
  });
  held.get_future().wait();
  std::atomic<bool> wrote{false};
  std::thread writer([&] {
    auto w = g->BeginWrite();  // waits for the reader
    wrote = w.ok() && w.value()->CreateNode({}, {}).ok() && w.value()->Commit().ok();
  });
  auto f = done.get_future();
  if (f.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
    std::fprintf(stderr, "deadlock: %s inside a ReadTxn waited for a waiting writer\n", what);
    std::abort();
  }
  reader.join();
  writer.join();
  return wrote;
}

}  // namespace

TEST_CASE("Stats() and Backup() inside a ReadTxn do not wait for a waiting writer") {
  ScratchDir t;
  OpenOptions o;
  o.sync = false;
  auto opened = Graph::Open(t.path + "/db", o);
  REQUIRE_MESSAGE(opened.ok(), opened.status().ToString());
  Graph* g = opened.value().get();

  GraphStats st;
  CHECK(ReturnsBesideWaitingWriter(
      g, [&] { st = g->Stats(); }, "Stats()"));
  CHECK(st.nodes == 0);  // the writer came after
  CHECK(g->Stats().nodes == 1);

  Status backup;
  CHECK(ReturnsBesideWaitingWriter(
      g, [&] { backup = g->Backup(t.path + "/copy"); }, "Backup()"));
  CHECK_MESSAGE(backup.ok(), backup.ToString());
  auto copy = Graph::Open(t.path + "/copy", o);
  REQUIRE_MESSAGE(copy.ok(), copy.status().ToString());
  CHECK(copy.value()->BeginRead()->NodeCount() == 1);  // the state the reader saw
  CHECK(g->BeginRead()->NodeCount() == 2);
}
