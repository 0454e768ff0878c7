// The ingestion pipeline behind `kg ingest` and `POST /ingest`: read
// articles, extract them on N threads, write them with one writer thread.
//
// Invariants:
//   1. Articles are written in the order they are read, whatever the number
//      of extraction threads, so that a corpus ingested with --jobs 1 and
//      --jobs 8 gives the same graph.
//   2. Each article is atomic: wholly written or not at all. Consecutive
//      articles that are ready together share one transaction (one log sync);
//      when one of them fails, the group is rolled back and its articles are
//      written one by one, so that only the bad one fails. The writer loads
//      group N+1 while group N's batch is written and synced in the
//      background (graph::WriteTxn::CommitPipelined): N+1's reads see N's
//      writes (memory, alias index, side tables); N's articles are reported
//      once N is durable, before any of N+1; should N's write fail, N's
//      articles fail and N+1's are written again one by one.
//   3. Memory is bounded: at most about 2*jobs + batch articles are in
//      flight between reading and writing.
//   4. A bad file (unreadable, empty, binary, invalid UTF-8, malformed JSON)
//      is reported with its path and reason and the run goes on.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "graph/graph.h"
#include "ingest/extraction.h"
#include "ingest/extractor.h"
#include "ingest/loader.h"
#include "ingest/reader.h"

namespace kg::ingest {

struct IngestOptions {
  ReadOptions read;
  ExtractOptions extract;
  // Extraction threads. Default: 1.
  int jobs = 1;
  // Most articles under one commit. Default: 64.
  size_t batch_articles = 64;
  // Most article text under one commit, in bytes. Default: 16 MiB.
  size_t batch_bytes = 16u << 20;
  // The extraction function; empty means Extract(article, extract).
  // Must be thread-safe. Default: empty.
  std::function<Extraction(const Article&)> extractor;
};

// The summary of a run (interfaces.md, `kg ingest --format json`).
struct IngestSummary {
  uint64_t articles = 0;  // added + replaced + skipped + failed
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t skipped = 0;
  uint64_t failed = 0;
  uint64_t nodes_added = 0;
  uint64_t edges_added = 0;
  double seconds = 0;
};

struct IngestEvent {
  enum class Kind { kStored, kFailed, kWarning };
  Kind kind = Kind::kStored;
  std::string article;  // the article id, or the path when no article was read
  LoadOutcome outcome = LoadOutcome::kAdded;  // kStored
  LoadResult result;                          // kStored
  Status status;                              // kFailed: what went wrong
  std::string message;                        // kWarning
};

struct IngestProgress {
  uint64_t articles_done = 0;
  uint64_t bytes_done = 0;   // article text written (or skipped, or failed)
  uint64_t bytes_total = 0;  // size of the input files (an estimate of the text)
  double seconds = 0;        // since the start
};

// Receives events and progress, always from one thread at a time (the
// writer's), in article order.
class IngestObserver {
 public:
  virtual ~IngestObserver() = default;
  virtual void OnEvent(const IngestEvent& event) = 0;
  // Called after each commit. Default: nothing.
  virtual void OnProgress(const IngestProgress&) {}
};

// Ingests files and folders (ReadArticles() decides what is read). Never
// throws; failures are events and counted in the summary.
IngestSummary IngestPaths(graph::Graph* graph, const std::vector<std::string>& paths, const IngestOptions& options,
                          IngestObserver* observer);

// Extracts and loads one article (the HTTP API's POST /ingest). Extraction
// warnings are appended to *warnings when given.
Result<LoadResult> IngestArticle(graph::Graph* graph, const Article& article, const ExtractOptions& options,
                                 std::vector<std::string>* warnings);

// The total size of the files IngestPaths() would read under `paths`
// (.txt .md .html .htm .json .jsonl, folders recursively), for progress.
uint64_t InputBytes(const std::vector<std::string>& paths);

}  // namespace kg::ingest
