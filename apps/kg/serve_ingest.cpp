#include "apps/kg/serve_ingest.h"

#include <chrono>

#include "ingest/extractor.h"
#include "ingest/loader.h"
#include "ingest/reader.h"

namespace kg::cli {

Result<nlohmann::json> ArticleIngester::Ingest(const nlohmann::json& body) {
  const auto start = std::chrono::steady_clock::now();
  auto article = ingest::ArticleFromJson(body, ingest::ReadOptions{});
  if (!article.ok()) return article.status();
  if (article->id.empty()) article->id = "sha256:" + article->sha256.substr(0, 16);
  ingest::Extraction extraction = ingest::Extract(article.value(), ingest::ExtractOptions{});
  auto loaded = ingest::Load(&graph_, extraction);
  if (!loaded.ok()) return loaded.status();
  const auto& r = loaded.value();
  nlohmann::json summary = {
      {"articles", 1},
      {"added", r.outcome == ingest::LoadOutcome::kAdded ? 1 : 0},
      {"replaced", r.outcome == ingest::LoadOutcome::kReplaced ? 1 : 0},
      {"skipped", r.outcome == ingest::LoadOutcome::kSkipped ? 1 : 0},
      {"failed", 0},
      {"nodes_added", r.nodes_added},
      {"edges_added", r.edges_added},
      {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()},
  };
  summary["id"] = article->id;
  if (!extraction.warnings.empty()) summary["warnings"] = extraction.warnings;
  return summary;
}

}  // namespace kg::cli
