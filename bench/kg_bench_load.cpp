// kg_bench_load: how long kg takes to open a database and load it into
// memory, and how much memory the loaded graph holds.
//
//   kg_bench_load --db DIR [--read-write]
//
// Opens DIR with graph::Graph::Open (read-only unless --read-write; never
// creates), then reads the node and relationship counts through one ReadTxn
// so that the graph is known to be usable. Prints one JSON object on stdout:
//   {"engine":"kg","open_seconds","open_cpu_seconds","nodes","edges","rss_before_bytes",
//    "rss_after_bytes","peak_rss_bytes","bytes_per_edge",
//    "topology_bytes","topology_bytes_per_edge"}
// bytes_per_edge = (RSS after open - RSS before) / edges: an upper bound of
// the topology's cost, since the difference also holds properties,
// dictionaries, indexes and the storage engine's caches.
// topology_bytes is what graph/'s own accounting gives for the topology alone
// (edge table and adjacency in both directions, with types); null when the
// graph is not graph/'s GraphImpl.
// Exit code 0 on success, 1 when the database cannot be opened, 2 on misuse.
#include <chrono>
#include <cstdio>
#include <string>

#include "bench/bench_util.h"
#include "graph/graph.h"
#include "graph/graph_impl.h"

namespace kg::bench {
namespace {

constexpr char kUsage[] = "usage: kg_bench_load --db DIR [--read-write]";

int Main(int argc, char** argv) {
  auto opts = ParseOptions(argc, argv, {{"db", true}, {"read-write", false}});
  if (!opts.ok() || !opts->count("db")) {
    std::fprintf(stderr, "error: %s\n%s\n",
                 opts.ok() ? "UsageError: --db is required" : opts.status().ToString().c_str(), kUsage);
    return 2;
  }
  graph::OpenOptions options;
  options.read_only = !opts->count("read-write");
  options.create_if_missing = false;

  const uint64_t rss_before = ProcStatusBytes("VmRSS");
  const double cpu_before = ProcessCpuSeconds();
  const auto start = std::chrono::steady_clock::now();
  auto g = graph::Graph::Open(opts->at("db"), options);
  if (!g.ok()) {
    std::fprintf(stderr, "error: %s\n", g.status().ToString().c_str());
    return 1;
  }
  uint64_t nodes = 0, edges = 0;
  {
    auto txn = (*g)->BeginRead();
    nodes = txn->NodeCount();
    edges = txn->EdgeCount();
  }
  const double seconds = MsSince(start) / 1000;
  const double cpu_seconds = ProcessCpuSeconds() - cpu_before;
  std::string topology = "null", topology_per_edge = "null";
  if (const auto* impl = dynamic_cast<const graph::GraphImpl*>(g->get())) {
    const uint64_t bytes = impl->TopologyBytes();
    topology = std::to_string(bytes);
    topology_per_edge = JsonNumber(edges == 0 ? 0 : static_cast<double>(bytes) / edges);
  }
  const uint64_t rss_after = ProcStatusBytes("VmRSS");
  const double per_edge =
      edges == 0 ? 0 : static_cast<double>(rss_after > rss_before ? rss_after - rss_before : 0) / edges;

  std::string out = "{\"engine\":\"kg\",\"open_seconds\":" + JsonNumber(seconds) +
                    ",\"open_cpu_seconds\":" + JsonNumber(cpu_seconds) +
                    ",\"nodes\":" + std::to_string(nodes) + ",\"edges\":" + std::to_string(edges) +
                    ",\"rss_before_bytes\":" + std::to_string(rss_before) +
                    ",\"rss_after_bytes\":" + std::to_string(rss_after) +
                    ",\"peak_rss_bytes\":" + std::to_string(ProcStatusBytes("VmHWM")) +
                    ",\"bytes_per_edge\":" + JsonNumber(per_edge) + ",\"topology_bytes\":" + topology +
                    ",\"topology_bytes_per_edge\":" + topology_per_edge + "}\n";
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) { return kg::bench::Main(argc, argv); }
