// POST /ingest of `kg serve`: one article as JSON, extracted and stored as one
// atomic write, answered with the ingest summary object of interfaces.md.
#pragma once

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "graph/graph.h"

namespace kg::cli {

class ArticleIngester {
 public:
  explicit ArticleIngester(graph::Graph& graph) : graph_(graph) {}

  // `article`: fields as for .json files (text, optional id, title, date,
  // lang, source). Returns {"articles","added","replaced","skipped","failed",
  // "nodes_added","edges_added","seconds"}; InputError for a malformed
  // article (nothing stored). Thread-safe (graph/ serialises writers).
  Result<nlohmann::json> Ingest(const nlohmann::json& article);

 private:
  graph::Graph& graph_;
};

}  // namespace kg::cli
