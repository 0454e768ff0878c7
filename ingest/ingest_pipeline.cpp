// The ingestion pipeline (ingest/ingest_pipeline.h): one reading thread (the
// caller's), N extraction threads, one writer thread, joined by two bounded
// hand-overs.
#include "ingest/ingest_pipeline.h"

#include <fmt/format.h>
#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Names the calling thread (at most 15 bytes), so that per-thread profiles
// (perf stat --per-thread, top -H) tell the pipeline's stages apart.
void NameThread(const char* name) { (void)pthread_setname_np(pthread_self(), name); }

bool Readable(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm" || ext == ".json" || ext == ".jsonl";
}

// One article between reading and writing.
struct Item {
  uint64_t seq = 0;
  Status read_error;                 // non-OK: the file could not be read
  std::optional<Article> article;    // set until extracted
  std::optional<Extraction> extraction;
  // Prepare(*extraction), made on the extraction thread (null when the
  // writer extracted the article itself).
  std::shared_ptr<const PreparedExtraction> prepared;
  bool known = false;                // same id and sha256 already stored at the start
  size_t bytes = 0;
};

// The ordered hand-over from the extractors (and the reader, for read
// errors) to the writer. Holds at most `capacity` items, except that the
// item the writer waits for is always accepted (no deadlock: extractors take
// work in sequence order, so the awaited item is never queued behind a full
// hand-over).
class Reorder {
 public:
  explicit Reorder(size_t capacity) : capacity_(capacity) {}

  void Put(Item item) {
    std::unique_lock<std::mutex> l(mu_);
    room_.wait(l, [&] { return items_.size() < capacity_ || item.seq == next_; });
    uint64_t seq = item.seq;
    items_.emplace(seq, std::move(item));
    ready_.notify_all();
  }

  // Takes the next items in sequence that are ready (at least one, waiting
  // for it), up to the limits. Empty when everything is done.
  std::vector<Item> Take(size_t max_items, size_t max_bytes) {
    std::unique_lock<std::mutex> l(mu_);
    ready_.wait(l, [&] { return items_.count(next_) > 0 || (closed_ && next_ >= total_); });
    std::vector<Item> out;
    size_t bytes = 0;
    while (out.size() < max_items) {
      auto it = items_.find(next_);
      if (it == items_.end()) break;
      if (!out.empty() && bytes + it->second.bytes > max_bytes) break;
      bytes += it->second.bytes;
      out.push_back(std::move(it->second));
      items_.erase(it);
      ++next_;
    }
    room_.notify_all();
    return out;
  }

  // Whether Take() would return at once.
  bool Ready() {
    std::lock_guard<std::mutex> l(mu_);
    return items_.count(next_) > 0 || (closed_ && next_ >= total_);
  }

  // No item beyond `total` will come.
  void Close(uint64_t total) {
    std::lock_guard<std::mutex> l(mu_);
    closed_ = true;
    total_ = total;
    ready_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::map<uint64_t, Item> items_;  // GUARDED_BY(mu_)
  uint64_t next_ = 0;               // GUARDED_BY(mu_)
  bool closed_ = false;             // GUARDED_BY(mu_)
  uint64_t total_ = 0;              // GUARDED_BY(mu_)
  size_t capacity_;
};

// The FIFO hand-over from the reader to the extractors.
class WorkQueue {
 public:
  explicit WorkQueue(size_t capacity) : capacity_(capacity) {}
  void Put(Item item) {
    std::unique_lock<std::mutex> l(mu_);
    room_.wait(l, [&] { return q_.size() < capacity_; });
    q_.push_back(std::move(item));
    ready_.notify_one();
  }
  std::optional<Item> Take() {
    std::unique_lock<std::mutex> l(mu_);
    ready_.wait(l, [&] { return !q_.empty() || closed_; });
    if (q_.empty()) return std::nullopt;
    Item it = std::move(q_.front());
    q_.pop_front();
    room_.notify_one();
    return it;
  }
  void Close() {
    std::lock_guard<std::mutex> l(mu_);
    closed_ = true;
    ready_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Item> q_;   // GUARDED_BY(mu_)
  bool closed_ = false;  // GUARDED_BY(mu_)
  size_t capacity_;
};

// Items the writer is done with, freed by the reading thread (which mostly
// waits for room in the work queue) instead of the writer, whose thread is
// the pipeline's longest serial stage: an article's text, extraction and
// prepared share are many small allocations. Holds at most the items
// written between two reads (the reader is never more than the pipeline's
// capacity ahead) and, once reading is over, those written until the end.
class Disposal {
 public:
  void Add(std::vector<Item> items) {
    std::lock_guard<std::mutex> l(mu_);
    batches_.push_back(std::move(items));
  }
  // Frees what was added so far (outside the lock).
  void Drain() {
    std::vector<std::vector<Item>> out;
    {
      std::lock_guard<std::mutex> l(mu_);
      out.swap(batches_);
    }
  }

 private:
  std::mutex mu_;
  std::vector<std::vector<Item>> batches_;  // GUARDED_BY(mu_)
};

class Writer {
 public:
  Writer(graph::Graph* graph, const IngestOptions& options, IngestObserver* observer, IngestSummary* summary,
         Clock::time_point start, uint64_t bytes_total, Disposal* disposal)
      : graph_(graph),
        options_(options),
        observer_(observer),
        summary_(summary),
        start_(start),
        disposal_(disposal) {
    progress_.bytes_total = bytes_total;
  }

  // Writes the groups in order. Group N+1 is loaded while group N's batch
  // is written and synced (WriteTxn::CommitPipelined); N's articles are
  // reported once it is durable, before anything of N+1 is, and before
  // waiting for more input.
  void Run(Reorder* in) {
    for (;;) {
      if (inflight_ && !in->Ready()) FinishInflight();
      std::vector<Item> batch = in->Take(std::max<size_t>(options_.batch_articles, 1), options_.batch_bytes);
      if (batch.empty()) break;
      WriteBatch(&batch);
    }
    FinishInflight();
  }

 private:
  Extraction ExtractNow(const Article& a) {
    return options_.extractor ? options_.extractor(a) : Extract(a, options_.extract);
  }

  void Emit(const IngestEvent& e) {
    if (observer_) observer_->OnEvent(e);
  }

  void Done(const Item& item) {
    ++summary_->articles;
    ++progress_.articles_done;
    progress_.bytes_done += item.bytes;
  }

  void Failed(const Item& item, const std::string& what, const Status& s) {
    ++summary_->failed;
    Done(item);
    IngestEvent e;
    e.kind = IngestEvent::Kind::kFailed;
    e.article = what;
    e.status = s;
    Emit(e);
  }

  void Stored(const Item& item, const std::string& id, const LoadResult& r) {
    switch (r.outcome) {
      case LoadOutcome::kAdded: ++summary_->added; break;
      case LoadOutcome::kReplaced: ++summary_->replaced; break;
      case LoadOutcome::kSkipped: ++summary_->skipped; break;
    }
    summary_->nodes_added += r.nodes_added;
    summary_->edges_added += r.edges_added;
    Done(item);
    IngestEvent e;
    e.kind = IngestEvent::Kind::kStored;
    e.article = id;
    e.outcome = r.outcome;
    e.result = r;
    Emit(e);
  }

  void Warn(const std::string& id, const std::string& message) {
    IngestEvent e;
    e.kind = IngestEvent::Kind::kWarning;
    e.article = id;
    e.message = message;
    Emit(e);
  }

  // Items known at the start are skipped without extraction, unless this run
  // already wrote their id (then they may differ from what is stored now).
  void Prepare(Item* item) {
    if (!item->read_error.ok() || item->extraction) return;
    if (item->known && !written_.count(item->article->id)) return;
    item->extraction = ExtractNow(*item->article);
  }

  // Loads a batch as one group under one transaction, handed to the
  // background write (it becomes the group in flight, reported later); when
  // an article fails, the group is rolled back and its articles are written
  // one by one (each committed before it is reported), after the group in
  // flight is reported.
  void WriteBatch(std::vector<Item>* batch) {
    for (auto& item : *batch) Prepare(&item);
    std::vector<Result<LoadResult>> results;
    size_t loads = 0;
    for (const auto& item : *batch) loads += item.extraction ? 1 : 0;
    if (loads > 0) {
      auto txn = graph_->BeginWrite();
      if (txn.ok()) {
        bool ok = true;
        for (const auto& item : *batch) {
          if (!item.extraction) {
            results.push_back(LoadResult{});
            continue;
          }
          auto r = LoadInto(txn.value().get(), *item.extraction, &aliases_, item.prepared.get());
          if (!r.ok()) {
            ok = false;
            break;
          }
          // Known to Prepare() of the next batches at once (a later copy of
          // an article known at the start is then extracted again).
          written_.insert(item.article->id);
          results.push_back(std::move(r));
        }
        if (ok) {
          auto ticket = txn.value()->CommitPipelined();
          if (ticket.ok()) {
            aliases_.Committed();
            FinishInflight();
            inflight_.emplace(Group{std::move(*batch), std::move(results), std::move(ticket).value()});
            return;
          }
          // This group's commit, or the write in flight, failed: the
          // transaction was rolled back (and memory reloaded when the
          // write in flight failed).
          aliases_.RolledBack();
        } else {
          txn.value()->Rollback();
          aliases_.RolledBack();
        }
      }
    }
    FinishInflight();
    Report(batch, nullptr);
  }

  // Waits for the group in flight to be durable (or to fail), reports its
  // articles and the progress.
  void FinishInflight() {
    if (!inflight_) return;
    Group g = std::move(*inflight_);
    inflight_.reset();
    Status s = g.ticket->Wait();
    if (!s.ok()) {
      for (auto& r : g.results) r = s;  // nothing of the group is stored
    }
    Report(&g.items, &g.results);
    disposal_->Add(std::move(g.items));
  }

  // Reports a batch's articles in order: with `results` (a group's, one per
  // item), those; without, each article with an extraction is loaded and
  // committed alone first. Then the progress.
  void Report(std::vector<Item>* batch, std::vector<Result<LoadResult>>* results) {
    bool grouped = results != nullptr;
    for (size_t i = 0; i < batch->size(); ++i) {
      Item& item = (*batch)[i];
      if (!item.read_error.ok()) {
        Failed(item, item.article ? item.article->id : std::string(), item.read_error);
        continue;
      }
      const std::string& id = item.article->id;
      if (!item.extraction) {  // known at the start
        LoadResult r;
        r.outcome = LoadOutcome::kSkipped;
        Stored(item, id, r);
        continue;
      }
      for (const auto& w : item.extraction->warnings) Warn(id, w);
      Result<LoadResult> r =
          grouped ? std::move((*results)[i]) : Load(graph_, *item.extraction, &aliases_, item.prepared.get());
      if (r.ok()) {
        written_.insert(id);
        Stored(item, id, r.value());
      } else {
        Failed(item, id, r.status());
      }
    }
    progress_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    if (observer_) observer_->OnProgress(progress_);
  }

  // A group whose batch is being written (its articles not yet reported).
  struct Group {
    std::vector<Item> items;
    std::vector<Result<LoadResult>> results;  // one per item
    std::shared_ptr<graph::CommitTicket> ticket;
  };

  graph::Graph* graph_;
  const IngestOptions& options_;
  IngestObserver* observer_;
  IngestSummary* summary_;
  Clock::time_point start_;
  IngestProgress progress_;
  Disposal* disposal_;             // where finished groups' items go
  std::set<std::string> written_;  // ids written by this run
  AliasCache aliases_;             // the alias index, for every transaction of this run
  std::optional<Group> inflight_;  // the group in flight, at most one
};

}  // namespace

uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& p : paths) {
    fs::path path(p);
    if (fs::is_directory(path, ec)) {
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && Readable(it->path())) total += it->file_size(ec);
      }
      ec.clear();
    } else if (fs::is_regular_file(path, ec)) {
      total += fs::file_size(path, ec);
      ec.clear();
    }
  }
  return total;
}

IngestSummary IngestPaths(graph::Graph* graph, const std::vector<std::string>& paths, const IngestOptions& options,
                          IngestObserver* observer) {
  auto start = Clock::now();
  IngestSummary summary;
  int jobs = std::clamp(options.jobs, 1, 256);
  // What is stored already: articles with the same id and content are not
  // extracted again.
  std::unordered_map<std::string, std::string> stored;
  {
    auto r = graph->BeginRead();
    ForEachStoredArticle(*r, [&](std::string_view id, std::string_view sha) {
      stored.emplace(std::string(id), std::string(sha));
    });
  }
  size_t batch = std::max<size_t>(options.batch_articles, 1);
  WorkQueue work(2 * static_cast<size_t>(jobs));
  Reorder reorder(2 * static_cast<size_t>(jobs) + batch);
  Disposal disposal;
  Writer writer(graph, options, observer, &summary, start, InputBytes(paths), &disposal);
  std::thread writer_thread([&] {
    NameThread("kg-load");
    writer.Run(&reorder);
  });
  std::vector<std::thread> extractors;
  for (int i = 0; i < jobs; ++i) {
    extractors.emplace_back([&] {
      NameThread("kg-extract");
      while (auto item = work.Take()) {
        if (!item->known) {
          item->extraction = options.extractor ? options.extractor(*item->article)
                                               : Extract(*item->article, options.extract);
          item->prepared = Prepare(*item->extraction);  // the writer's share that needs no database
        }
        reorder.Put(std::move(*item));
      }
    });
  }
  uint64_t seq = 0;
  ReadArticles(paths, options.read, [&](Result<Article> a) {
    disposal.Drain();
    Item item;
    item.seq = seq++;
    if (!a.ok()) {
      item.read_error = a.status();
      reorder.Put(std::move(item));
      return;
    }
    item.bytes = a->text.size();
    auto it = stored.find(a->id);
    item.known = it != stored.end() && it->second == a->sha256;
    item.article = std::move(a).value();
    work.Put(std::move(item));
  });
  work.Close();
  for (auto& t : extractors) t.join();
  reorder.Close(seq);
  writer_thread.join();
  disposal.Drain();
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return summary;
}

Result<LoadResult> IngestArticle(graph::Graph* graph, const Article& article, const ExtractOptions& options,
                                 std::vector<std::string>* warnings) {
  {
    auto r = graph->BeginRead();
    std::string sha = StoredArticleSha(*r, article.id);
    if (!sha.empty() && sha == article.sha256) {
      LoadResult skipped;
      skipped.outcome = LoadOutcome::kSkipped;
      return skipped;
    }
  }
  Extraction e = Extract(article, options);
  if (warnings) warnings->insert(warnings->end(), e.warnings.begin(), e.warnings.end());
  return Load(graph, e);
}

}  // namespace kg::ingest
