// `kg import`: bulk import of neo4j-admin CSV files (graph/bulk_import.h).
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "graph/bulk_import.h"

namespace kg::cli {

namespace {

// The delimiter option: one character, or "\t" / "TAB" for a tab.
Result<char> ParseDelimiter(const std::string& s) {
  if (s.size() == 1) return s[0];
  if (s == "\\t" || s == "TAB" || s == "tab") return '\t';
  return Status::UsageError(fmt::format("--delimiter takes one character, not '{}'", s));
}

}  // namespace

int RunImport(int argc, char** argv) {
  ArgSpec spec;
  spec.flags = {"skip-bad-rows"};
  spec.single = {"db", "delimiter", "array-delimiter", "id-type"};
  spec.repeated = {"nodes", "relationships"};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("kg import needs --db DIR"));
  if (!args->positional.empty()) {
    return Fail(Status::UsageError(fmt::format("unexpected argument '{}'", args->positional[0])));
  }
  graph::ImportOptions opts;
  for (const auto& v : args->GetAll("nodes")) opts.nodes.push_back(graph::ParseImportSource(v));
  for (const auto& v : args->GetAll("relationships"))
    opts.relationships.push_back(graph::ParseImportSource(v));
  if (opts.nodes.empty() && opts.relationships.empty()) {
    return Fail(Status::UsageError("kg import needs at least one --nodes or --relationships FILE"));
  }
  for (const auto* list : {&opts.nodes, &opts.relationships}) {
    for (const auto& s : *list) {
      if (s.files.empty()) return Fail(Status::UsageError("an import option names no file"));
    }
  }
  if (auto d = args->Get("delimiter")) {
    auto c = ParseDelimiter(*d);
    if (!c.ok()) return Fail(c.status());
    opts.delimiter = c.value();
  }
  if (auto d = args->Get("array-delimiter")) {
    auto c = ParseDelimiter(*d);
    if (!c.ok()) return Fail(c.status());
    opts.array_delimiter = c.value();
  }
  if (opts.array_delimiter == opts.delimiter) {
    return Fail(Status::UsageError("the array delimiter must differ from the field delimiter"));
  }
  if (auto t = args->Get("id-type")) {
    if (*t == "integer" || *t == "INTEGER" || *t == "int") {
      opts.integer_ids = true;
    } else if (*t != "string" && *t != "STRING") {
      return Fail(Status::UsageError(fmt::format("--id-type is string or integer, not '{}'", *t)));
    }
  }
  opts.skip_bad_rows = args->Flag("skip-bad-rows");
  uint64_t reported = 0;
  constexpr uint64_t kMaxReports = 100;
  opts.on_bad_row = [&](const std::string& msg) {
    if (++reported <= kMaxReports) std::fprintf(stderr, "warning: %s (row skipped)\n", msg.c_str());
  };
  auto r = graph::BulkImport(*db, opts);
  if (!r.ok()) return Fail(r.status());
  if (reported > kMaxReports) {
    std::fprintf(stderr, "warning: %llu more bad rows skipped\n",
                 static_cast<unsigned long long>(reported - kMaxReports));
  }
  const auto& rep = r.value();
  std::printf("imported %llu nodes and %llu relationships from %llu rows in %.2f s (%.0f rows/s)",
              static_cast<unsigned long long>(rep.nodes), static_cast<unsigned long long>(rep.relationships),
              static_cast<unsigned long long>(rep.rows), rep.seconds,
              rep.seconds > 0 ? static_cast<double>(rep.rows) / rep.seconds : 0.0);
  if (rep.bad_rows > 0) std::printf("; %llu bad rows skipped", static_cast<unsigned long long>(rep.bad_rows));
  std::printf("\n");
  if (std::getenv("KG_IMPORT_PHASES") != nullptr) {
    std::fprintf(stderr, "phases: rows %.3f s, snapshot and metadata %.3f s, ingestion %.3f s\n",
                 rep.parse_seconds, rep.finish_seconds, rep.ingest_seconds);
  }
  return 0;
}

}  // namespace kg::cli
