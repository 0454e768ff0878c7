// query/: openCypher over the graph. The one entry point that parses, binds,
// plans and runs statements; no exception leaves it.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "common/value.h"
#include "graph/graph.h"

namespace kg::query {

struct QueryOptions {
  // Wall-clock limit of one statement; past it: Timeout. Default: 30 s.
  std::chrono::milliseconds timeout{30000};
  // Most rows a result may hold; past it: LimitExceeded. Default: 1,000,000.
  uint64_t max_rows = 1'000'000;
  // Memory a statement's intermediate state may use; past it: LimitExceeded.
  // Default: 2 GiB.
  uint64_t max_memory_bytes = 2ull << 30;
  // Upper bound used for an unbounded variable-length pattern (`*`, `*2..`).
  // Default: 15 hops.
  uint32_t max_var_length = 15;
  // Longest accepted query text, and deepest expression nesting.
  // Defaults: 1 MiB, 200 levels.
  size_t max_query_bytes = 1 << 20;
  int max_nesting = 200;
  // Refuse updating clauses. Default: false (true when the graph is read-only).
  bool read_only = false;
};

// One operator of a plan, for EXPLAIN and PROFILE (rows and ms filled by PROFILE).
struct PlanNode {
  std::string op;       // e.g. "NodeByLabelScan", "Expand(All)", "Filter"
  std::string details;  // e.g. "(p:Person)", "p.name = $name"
  uint64_t rows = 0;
  double ms = 0;
  std::vector<PlanNode> children;
};

// What a statement changed (the counters Neo4j reports).
struct UpdateCounts {
  uint64_t nodes_created = 0, nodes_deleted = 0;
  uint64_t relationships_created = 0, relationships_deleted = 0;
  uint64_t properties_set = 0, labels_added = 0, labels_removed = 0;
  uint64_t indexes_added = 0;
};

// The result of the last statement. Node, relationship and path values in
// `rows` are materialised (EntityData filled), so the result outlives the
// transaction that made it.
struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::optional<PlanNode> plan;  // set for EXPLAIN and PROFILE
  bool profiled = false;
  UpdateCounts counts;
  double ms = 0;
};

// Runs one or more ';'-separated statements against `graph`; statements run
// in order, each as its own transaction (read, or write when it has updating
// clauses); the result is the last statement's. On error, the failing
// statement has no effect (earlier ones stay committed).
// Errors carry the openCypher error kind and the line/column in `text`.
// Thread-safe: any number of concurrent calls on one Graph.
Result<QueryResult> Run(graph::Graph& graph, std::string_view text, const ValueMap& params,
                        const QueryOptions& options = {});

}  // namespace kg::query
