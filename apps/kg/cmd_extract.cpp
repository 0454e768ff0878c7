// `kg extract`: runs extraction only, no database, and prints the ontology
// JSON of each article (interfaces.md): `--format json` (default) one JSON
// array, `--format jsonl` one object a line. Unreadable articles are
// reported on stderr and skipped; the exit code is then 1.
#include <unistd.h>

#include <cerrno>
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
  // Standard output is written in blocks of about kBlockBytes, one write
  // call per block: the articles' JSON is appended to `block`, which is
  // written out once it holds kBlockBytes, before an error is reported (as
  // standard output was flushed then), and at the end.
  constexpr size_t kBlockBytes = size_t{1} << 20;
  std::string block;
  block.reserve(kBlockBytes + (kBlockBytes >> 2));
  std::fflush(stdout);  // (nothing else writes to it: `block` goes around stdio)
  auto write_block = [&] {
    for (size_t done = 0; done < block.size();) {
      ssize_t n = ::write(STDOUT_FILENO, block.data() + done, block.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // (a closed pipe: the rest is lost, as with stdio)
      done += static_cast<size_t>(n);
    }
    block.clear();
  };
  if (format == "json") block.push_back('[');
  const int indent = format == "json" ? 2 : -1;
  // An article's output: the separator before its JSON text, then (after
  // the text) its warnings on standard error and the line end.
  auto begin_article = [&] {
    if (format == "json") block.append(first ? "\n" : ",\n");
  };
  auto end_article = [&](const std::string& id, const std::vector<std::string>& warnings) {
    for (const auto& w : warnings) std::fprintf(stderr, "warning: %s: %s\n", id.c_str(), w.c_str());
    if (format != "json") block.push_back('\n');
    if (block.size() >= kBlockBytes) write_block();
    first = false;
  };
  // Articles are extracted in batches of `jobs` threads and printed in
  // order; one at a time, each is written straight into `block`.
  std::vector<ingest::Article> batch;
  std::vector<std::string> warnings;
  struct Extracted {
    std::string id;
    std::string text;
    std::vector<std::string> warnings;
  };
  std::vector<Extracted> out;
  auto flush = [&] {
    if (jobs == 1 || batch.size() == 1) {
      for (auto& a : batch) {
        std::string id = a.id;
        warnings.clear();
        begin_article();
        ingest::ExtractJsonText(std::move(a), options, indent, &block, &warnings);
        end_article(id, warnings);
      }
    } else {
      out.assign(batch.size(), Extracted{});
      std::vector<std::thread> threads;
      for (size_t i = 0; i < batch.size(); ++i)
        threads.emplace_back([&, i] {
          out[i].id = batch[i].id;
          ingest::ExtractJsonText(std::move(batch[i]), options, indent, &out[i].text, &out[i].warnings);
        });
      for (auto& t : threads) t.join();
      for (const auto& x : out) {
        begin_article();
        block.append(x.text);
        end_article(x.id, x.warnings);
      }
    }
    batch.clear();
  };
  ingest::ReadArticles(args->positional, read, [&](Result<ingest::Article> a) {
    if (!a.ok()) {
      failed = true;
      write_block();
      std::fprintf(stderr, "error: %s\n", a.status().ToString().c_str());
      return;
    }
    batch.push_back(std::move(a).value());
    if (static_cast<int>(batch.size()) >= jobs) flush();
  });
  flush();
  if (format == "json") block.append(first ? "]\n" : "\n]\n");
  write_block();
  return failed ? 1 : 0;
}

}  // namespace kg::cli
