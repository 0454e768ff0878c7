// The loader's per-edge lookup (FindEdge) compares the degrees of both ends
// and scans the smaller: graph::View::Degree must stay exact while it takes
// its fast path (base ranges counted by binary search), through deletions,
// undo, folds of the delta and reopening.
#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

// Every node's Degree, per direction and per type set, against Edges().
void CheckDegrees(const graph::View& v, const std::vector<NodeId>& nodes, const std::vector<TypeId>& types) {
  std::vector<std::vector<TypeId>> sets = {{}, {types[0]}, {types[1]}, {types[0], types[2]}, types};
  for (NodeId n : nodes) {
    if (!v.NodeExists(n)) continue;
    for (Direction d : {Direction::kOut, Direction::kIn, Direction::kBoth}) {
      for (const auto& s : sets) {
        std::vector<graph::EdgeRef> refs;
        v.Edges(n, d, s, &refs);
        REQUIRE(v.Degree(n, d, s) == refs.size());
      }
    }
  }
}

TEST_CASE("Degree counts exactly what Edges lists, before and after folds, deletions and reopening") {
  static std::atomic<int> counter{0};
  fs::path dir = fs::temp_directory_path() /
                 ("kg_loader_speed_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  fs::remove_all(dir);
  std::mt19937 rng(7);
  std::vector<NodeId> nodes;
  std::vector<TypeId> types;
  std::vector<EdgeId> edges;
  {
    auto g = graph::Graph::Open(dir.string(), graph::OpenOptions{});
    REQUIRE(g.ok());
    auto txn = (*g)->BeginWrite();
    REQUIRE(txn.ok());
    LabelId l = (*txn)->InternLabel("N");
    for (const char* t : {"A", "B", "C"}) types.push_back((*txn)->InternType(t));
    for (int i = 0; i < 50; ++i) nodes.push_back((*txn)->CreateNode(std::span<const LabelId>(&l, 1), {}).value());
    // A hub (node 0) and random edges: over 65,536 adjacency entries, so that
    // the commit folds the delta into the base.
    for (int i = 0; i < 40000; ++i) {
      NodeId a = i % 3 == 0 ? nodes[0] : nodes[rng() % nodes.size()];
      NodeId b = nodes[rng() % nodes.size()];
      edges.push_back((*txn)->CreateEdge(types[rng() % 3], a, b, {}).value());
    }
    CheckDegrees(**txn, nodes, types);  // all in the delta
    REQUIRE((*txn)->Commit().ok());
    CheckDegrees(*(*g)->BeginRead(), nodes, types);  // folded: the fast path
    // Edges added after the fold (delta over an exact base), then deletions
    // of base edges (the exact count no longer holds), one rolled back.
    auto t2 = (*g)->BeginWrite();
    REQUIRE(t2.ok());
    for (int i = 0; i < 100; ++i) (*t2)->CreateEdge(types[i % 3], nodes[0], nodes[i % 50], {}).value();
    CheckDegrees(**t2, nodes, types);
    for (int i = 0; i < 300; ++i) REQUIRE((*t2)->DeleteEdge(edges[static_cast<size_t>(i) * 7]).ok());
    CheckDegrees(**t2, nodes, types);
    REQUIRE((*t2)->Commit().ok());
    auto t3 = (*g)->BeginWrite();
    REQUIRE(t3.ok());
    REQUIRE((*t3)->DeleteEdge(edges[1]).ok());
    REQUIRE((*t3)->DetachDeleteNode(nodes[5]).ok());
    (*t3)->Rollback();
    CheckDegrees(*(*g)->BeginRead(), nodes, types);
  }
  {
    // Reopened from the snapshot plus the deletions recorded since.
    auto g = graph::Graph::Open(dir.string(), graph::OpenOptions{});
    REQUIRE(g.ok());
    CheckDegrees(*(*g)->BeginRead(), nodes, types);
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace kg::ingest
