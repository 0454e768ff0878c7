// kg: the one header an embedding program includes.
//
//   auto db = kg::Database::Open("news.kgdb");
//   if (!db.ok()) { /* db.status().ToString() */ }
//   auto r = (*db)->Query("MATCH (p:Person)-[:SAID]->(s) RETURN p.name, s.text LIMIT 5");
//   for (const auto& row : r->rows) { ... }
//
// A Database is thread-safe: queries from many threads run concurrently, each
// on one consistent snapshot; writes (updating queries, ingestion) are
// serialised. No exception leaves these calls.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"
#include "common/value.h"
#include "graph/graph.h"
#include "ingest/extraction.h"
#include "query/format.h"
#include "query/query.h"

namespace kg {

using query::QueryOptions;
using query::QueryResult;

struct IngestResult {
  std::string article_id;
  std::string outcome;  // "added", "replaced" or "skipped"
  uint64_t nodes_added = 0;
  uint64_t edges_added = 0;
  std::vector<std::string> warnings;
};

class Database {
 public:
  // Opens or creates the database in `dir` (graph::OpenOptions: read_only,
  // create_if_missing, sync). Errors as graph::Graph::Open.
  static Result<std::unique_ptr<Database>> Open(const std::string& dir,
                                                const graph::OpenOptions& options = {});

  // Runs ';'-separated openCypher statements; the last one's result.
  Result<QueryResult> Query(std::string_view text, const ValueMap& params = {},
                            const QueryOptions& options = {});

  // Extracts and stores one article (one atomic write). `article.text` must
  // be valid UTF-8; id, title, date, lang, source as for .json files.
  Result<IngestResult> Ingest(const ingest::Article& article);

  // The underlying graph, for the lower-level API of graph/graph.h.
  graph::Graph& graph() { return *graph_; }

 private:
  explicit Database(std::unique_ptr<graph::Graph> g) : graph_(std::move(g)) {}
  std::unique_ptr<graph::Graph> graph_;
};

}  // namespace kg
