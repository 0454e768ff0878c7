#include "kg/kg.h"

#include <nlohmann/json.hpp>

#include "ingest/extractor.h"
#include "ingest/loader.h"
#include "ingest/reader.h"

namespace kg {

Result<std::unique_ptr<Database>> Database::Open(const std::string& dir, const graph::OpenOptions& options) {
  auto g = graph::Graph::Open(dir, options);
  if (!g.ok()) return g.status();
  return std::unique_ptr<Database>(new Database(std::move(g.value())));
}

Result<QueryResult> Database::Query(std::string_view text, const ValueMap& params,
                                    const QueryOptions& options) {
  QueryOptions o = options;
  if (graph_->read_only()) o.read_only = true;
  return query::Run(*graph_, text, params, o);
}

Result<IngestResult> Database::Ingest(const ingest::Article& article) {
  // Re-read through the JSON path so the text is validated and normalised
  // exactly as for files.
  nlohmann::json j = {{"text", article.text}};
  if (!article.id.empty()) j["id"] = article.id;
  if (!article.title.empty()) j["title"] = article.title;
  if (!article.date.empty()) j["date"] = article.date;
  if (!article.lang.empty()) j["lang"] = article.lang;
  if (!article.source.empty()) j["source"] = article.source;
  auto normalised = ingest::ArticleFromJson(j, ingest::ReadOptions{});
  if (!normalised.ok()) return normalised.status();
  if (normalised->id.empty()) normalised->id = "sha256:" + normalised->sha256.substr(0, 16);
  normalised->path = article.path;
  ingest::Extraction extraction = ingest::Extract(normalised.value(), ingest::ExtractOptions{});
  auto loaded = ingest::Load(graph_.get(), extraction);
  if (!loaded.ok()) return loaded.status();
  IngestResult r;
  r.article_id = normalised->id;
  r.outcome = ingest::LoadOutcomeName(loaded->outcome);
  r.nodes_added = loaded->nodes_added;
  r.edges_added = loaded->edges_added;
  r.warnings = extraction.warnings;
  return r;
}

}  // namespace kg
