// `kg ingest --db DIR [--jobs N] [--format text|json] [--date D] [--lang fr|en]
// [--source S] [--external CMD] [--no-builtin] PATH...`: extracts facts from
// articles (built-in rules and/or an external extractor command, as for
// `kg extract`) and stores them, one atomic write per article (interfaces.md).
//
// Output: bad files as `error: KIND: PATH: reason` lines on stderr (the run
// goes on), extraction warnings as `warning: ID: message`, a progress line on
// stderr when it is a terminal, and the summary on stdout. Exit code 1 when
// any article failed, 2 on misuse of the command line.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "common/value.h"
#include "graph/graph.h"
#include "ingest/ingest_pipeline.h"

namespace kg::cli {
namespace {

// Prints failures and warnings as they come, and a progress line on a
// terminal (articles/s and ETA), redrawn at most ten times a second.
class Reporter : public ingest::IngestObserver {
 public:
  explicit Reporter(bool progress) : progress_(progress) {}

  void OnEvent(const ingest::IngestEvent& e) override {
    switch (e.kind) {
      case ingest::IngestEvent::Kind::kFailed:
        ClearLine();
        // Reader errors name their path already; loader errors get the id.
        if (e.article.empty() || e.status.message().rfind(e.article, 0) == 0)
          std::fprintf(stderr, "error: %s\n", e.status.ToString().c_str());
        else
          std::fprintf(stderr, "error: %s: %s: %s\n", ErrorKindName(e.status.kind()), e.article.c_str(),
                       e.status.message().c_str());
        break;
      case ingest::IngestEvent::Kind::kWarning:
        ClearLine();
        std::fprintf(stderr, "warning: %s: %s\n", e.article.c_str(), e.message.c_str());
        break;
      case ingest::IngestEvent::Kind::kStored: break;
    }
  }

  void OnProgress(const ingest::IngestProgress& p) override {
    if (!progress_ || p.seconds - last_ < 0.1) return;
    last_ = p.seconds;
    double rate = p.seconds > 0 ? p.articles_done / p.seconds : 0;
    double bytes_rate = p.seconds > 0 ? p.bytes_done / p.seconds : 0;
    std::string eta = "--";
    if (bytes_rate > 0 && p.bytes_total > p.bytes_done) {
      double s = (p.bytes_total - p.bytes_done) / bytes_rate;
      eta = s < 60 ? fmt::format("{:.0f}s", s) : fmt::format("{:.0f}m{:02.0f}s", std::floor(s / 60), std::fmod(s, 60));
    } else if (p.bytes_total <= p.bytes_done) {
      eta = "0s";
    }
    double frac = p.bytes_total ? std::min(1.0, double(p.bytes_done) / p.bytes_total) : 0;
    int filled = static_cast<int>(frac * 30);
    std::fprintf(stderr, "\r[%s%s] %3.0f%%  %llu articles  %.1f articles/s  ETA %s   ", std::string(filled, '#').c_str(),
                 std::string(30 - filled, '.').c_str(), frac * 100, static_cast<unsigned long long>(p.articles_done),
                 rate, eta.c_str());
    std::fflush(stderr);
    drawn_ = true;
  }

  void ClearLine() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }

 private:
  bool progress_;
  bool drawn_ = false;
  double last_ = -1;
};

}  // namespace

int RunIngest(int argc, char** argv) {
  ArgSpec spec;
  spec.single = {"db", "jobs", "format", "date", "lang", "source", "external"};
  spec.flags = {"no-builtin"};
  spec.short_names = {{"j", "jobs"}};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("kg ingest needs --db DIR"));
  if (args->positional.empty()) return Fail(Status::UsageError("kg ingest needs at least one PATH"));
  std::string format = args->Get("format").value_or("text");
  if (format != "text" && format != "json")
    return Fail(Status::UsageError(fmt::format("--format is text or json, not '{}'", format)));

  ingest::IngestOptions options;
  // Default: one extraction thread per core but one, which the writer
  // thread needs (it bounds the run: resolution and writes are serial); at
  // most 8. On 2 cores, 2 extraction threads made the 60 MiB benchmark
  // slower than 1 (docs/benchmarks.md).
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  options.jobs = static_cast<int>(std::clamp(hw - 1, 1u, 8u));
  if (auto j = args->Get("jobs")) {
    int n = 0;
    auto [p, ec] = std::from_chars(j->data(), j->data() + j->size(), n);
    if (ec != std::errc() || p != j->data() + j->size() || n < 1 || n > 256)
      return Fail(Status::UsageError(fmt::format("--jobs is a number from 1 to 256, not '{}'", *j)));
    options.jobs = n;
  }
  if (auto d = args->Get("date")) {
    Date parsed;
    if (d->size() != 10 || !ParseIsoDate(*d, &parsed))
      return Fail(Status::UsageError(fmt::format("--date is YYYY-MM-DD, not '{}'", *d)));
    options.read.date = *d;
  }
  if (auto l = args->Get("lang")) {
    if (*l != "fr" && *l != "en") return Fail(Status::UsageError(fmt::format("--lang is fr or en, not '{}'", *l)));
    options.read.lang = *l;
  }
  if (auto s = args->Get("source")) options.read.source = *s;
  options.extract.external_command = args->Get("external").value_or("");
  options.extract.builtin = !args->Flag("no-builtin");
  if (!options.extract.builtin && options.extract.external_command.empty())
    return Fail(Status::UsageError("--no-builtin needs --external CMD"));

  graph::OpenOptions oo;
  oo.create_if_missing = true;
  auto g = graph::Graph::Open(*db, oo);
  if (!g.ok()) return Fail(g.status());

  Reporter reporter(isatty(STDERR_FILENO) == 1);
  ingest::IngestSummary s = ingest::IngestPaths(g.value().get(), args->positional, options, &reporter);
  reporter.ClearLine();
  if (format == "json") {
    nlohmann::ordered_json j;
    j["articles"] = s.articles;
    j["added"] = s.added;
    j["replaced"] = s.replaced;
    j["skipped"] = s.skipped;
    j["failed"] = s.failed;
    j["nodes_added"] = s.nodes_added;
    j["edges_added"] = s.edges_added;
    j["seconds"] = std::round(s.seconds * 1000) / 1000;
    std::printf("%s\n", j.dump().c_str());
  } else {
    std::printf("%llu articles: %llu added, %llu replaced, %llu skipped, %llu failed; "
                "%llu nodes and %llu relationships added in %.2f s\n",
                static_cast<unsigned long long>(s.articles), static_cast<unsigned long long>(s.added),
                static_cast<unsigned long long>(s.replaced), static_cast<unsigned long long>(s.skipped),
                static_cast<unsigned long long>(s.failed), static_cast<unsigned long long>(s.nodes_added),
                static_cast<unsigned long long>(s.edges_added), s.seconds);
  }
  std::fflush(stdout);
  return s.failed > 0 ? 1 : 0;
}

}  // namespace kg::cli
