// `kg extract`: runs extraction only, no database, and prints the ontology
// JSON of each article (interfaces.md): `--format json` (default) one JSON
// array, `--format jsonl` one object a line. Unreadable articles are
// reported on stderr and skipped; the exit code is then 1.
#include <cstdio>
#include <deque>
#include <thread>

#include <fmt/format.h>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "common/value.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"

namespace kg::cli {

int RunExtract(int argc, char** argv) {
  ArgSpec spec;
  spec.single = {"format", "date", "lang", "source", "jobs", "external"};
  spec.flags = {"no-builtin"};
  spec.short_names = {{"j", "jobs"}};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  std::string format = args->Get("format").value_or("json");
  if (format != "json" && format != "jsonl")
    return Fail(Status::UsageError("--format must be json or jsonl, not '" + format + "'"));
  ingest::ReadOptions read;
  read.date = args->Get("date").value_or("");
  read.lang = args->Get("lang").value_or("");
  read.source = args->Get("source").value_or("");
  Date d;
  if (!read.date.empty() && !ParseIsoDate(read.date, &d))
    return Fail(Status::UsageError("--date must be YYYY-MM-DD, not '" + read.date + "'"));
  if (!read.lang.empty() && read.lang != "fr" && read.lang != "en")
    return Fail(Status::UsageError("--lang must be fr or en, not '" + read.lang + "'"));
  ingest::ExtractOptions options;
  options.external_command = args->Get("external").value_or("");
  options.builtin = !args->Flag("no-builtin");
  if (!options.builtin && options.external_command.empty())
    return Fail(Status::UsageError("--no-builtin needs --external COMMAND"));
  int jobs = 1;
  if (auto j = args->Get("jobs")) {
    try {
      jobs = std::stoi(*j);
    } catch (...) {
      jobs = 0;
    }
    if (jobs < 1 || jobs > 256) return Fail(Status::UsageError("--jobs must be a number from 1 to 256"));
  }
  if (args->positional.empty()) return Fail(Status::UsageError("no input: give files or folders to extract"));

  bool failed = false, first = true;
  if (format == "json") std::fputs("[", stdout);
  std::string text;  // one article's JSON, the buffer reused
  auto print = [&](const ingest::Extraction& e) {
    for (const auto& w : e.warnings) std::fprintf(stderr, "warning: %s: %s\n", e.article.id.c_str(), w.c_str());
    text.clear();
    if (format == "json") {
      text.append(first ? "\n" : ",\n");
      ingest::AppendJsonText(e, 2, &text);
    } else {
      ingest::AppendJsonText(e, -1, &text);
      text.push_back('\n');
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
    first = false;
  };
  // Articles are extracted in batches of `jobs` threads and printed in order.
  std::vector<ingest::Article> batch;
  auto flush = [&] {
    std::vector<ingest::Extraction> out(batch.size());
    if (jobs == 1 || batch.size() == 1) {
      for (size_t i = 0; i < batch.size(); ++i) out[i] = ingest::Extract(batch[i], options);
    } else {
      std::vector<std::thread> threads;
      for (size_t i = 0; i < batch.size(); ++i)
        threads.emplace_back([&, i] { out[i] = ingest::Extract(batch[i], options); });
      for (auto& t : threads) t.join();
    }
    for (const auto& e : out) print(e);
    batch.clear();
  };
  ingest::ReadArticles(args->positional, read, [&](Result<ingest::Article> a) {
    if (!a.ok()) {
      failed = true;
      std::fflush(stdout);
      std::fprintf(stderr, "error: %s\n", a.status().ToString().c_str());
      return;
    }
    batch.push_back(std::move(a).value());
    if (static_cast<int>(batch.size()) >= jobs) flush();
  });
  flush();
  if (format == "json") std::fputs(first ? "]\n" : "\n]\n", stdout);
  std::fflush(stdout);
  return failed ? 1 : 0;
}

}  // namespace kg::cli
