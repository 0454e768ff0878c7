// kg_bench_query: kg's side of the query benchmark, in one warm process.
//
//   kg_bench_query --db DIR --queries DIR --out FILE [--runs 10] [--warmup 1]
//                  [--timeout-ms 60000] [--keep-rows 1000] [--only NAME]
//
// Opens the database once (read-only), then for each query file runs the
// query --warmup times untimed and --runs times timed through query::Run
// (parse, plan, execution and the materialised result: what a caller of the
// library waits for). Query files: every NAME.cypher of the folder, replaced
// by NAME.kg.cypher when that exists (NAME.kuzu.cypher is Kuzu's); lines
// starting with `//` are comments and are dropped. Writes FILE as JSON:
//   {"engine":"kg","runs","warmup","open_seconds","queries":[{"name","file",
//    "text","columns","rows","result","ms":[...],"median_ms","error"}]}
// `result` holds the last run's rows (values in kg's JSON form) when there
// are at most --keep-rows of them. A failing query is recorded with its
// error and the others still run. Progress lines go to stderr.
// Exit code 0 when FILE was written, 1 when the database, the queries or FILE
// cannot be read or written, 2 on misuse.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "graph/graph.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::bench {
namespace {

constexpr char kUsage[] =
    "usage: kg_bench_query --db DIR --queries DIR --out FILE [--runs N] [--warmup N]\n"
    "                      [--timeout-ms MS] [--keep-rows N] [--only NAME]";

struct QueryFile {
  std::string name;  // file name without ".cypher"
  std::string path;  // the file read (the .kg.cypher override when present)
  std::string text;  // without comment lines
};

// The benchmark queries of `dir` for kg, sorted by name. See the file comment.
Result<std::vector<QueryFile>> ReadQueries(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::vector<QueryFile> out;
  for (const auto& entry : it) {
    std::string file = entry.path().filename().string();
    // NAME.cypher with no other dot: the shared text of a query.
    if (file.size() <= 7 || file.substr(file.size() - 7) != ".cypher") continue;
    std::string name = file.substr(0, file.size() - 7);
    if (name.find('.') != std::string::npos) continue;
    fs::path chosen = entry.path();
    fs::path own = fs::path(dir) / (name + ".kg.cypher");
    if (fs::exists(own, ec)) chosen = own;
    std::ifstream in(chosen);
    if (!in) return Status::IOError(chosen.string() + ": cannot read");
    std::string line, text;
    while (std::getline(in, line)) {
      size_t first = line.find_first_not_of(" \t");
      if (first != std::string::npos && line.compare(first, 2, "//") == 0) continue;
      text += line;
      text += '\n';
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    out.push_back({name, chosen.string(), text});
  }
  std::sort(out.begin(), out.end(), [](const QueryFile& a, const QueryFile& b) { return a.name < b.name; });
  return out;
}

int Main(int argc, char** argv) {
  auto opts = ParseOptions(argc, argv,
                           {{"db", true}, {"queries", true}, {"out", true}, {"runs", true}, {"warmup", true},
                            {"timeout-ms", true}, {"keep-rows", true}, {"only", true}});
  if (!opts.ok()) {
    std::fprintf(stderr, "error: %s\n%s\n", opts.status().ToString().c_str(), kUsage);
    return 2;
  }
  for (const char* required : {"db", "queries", "out"}) {
    if (!opts->count(required)) {
      std::fprintf(stderr, "error: UsageError: --%s is required\n%s\n", required, kUsage);
      return 2;
    }
  }
  auto runs = UintOption(*opts, "runs", 10);
  auto warmup = UintOption(*opts, "warmup", 1);
  auto timeout_ms = UintOption(*opts, "timeout-ms", 60000);
  auto keep_rows = UintOption(*opts, "keep-rows", 1000);
  for (const auto* r : {&runs, &warmup, &timeout_ms, &keep_rows}) {
    if (!r->ok()) {
      std::fprintf(stderr, "error: %s\n%s\n", r->status().ToString().c_str(), kUsage);
      return 2;
    }
  }
  const std::string only = opts->count("only") ? opts->at("only") : "";

  auto queries = ReadQueries(opts->at("queries"));
  if (!queries.ok()) {
    std::fprintf(stderr, "error: %s\n", queries.status().ToString().c_str());
    return 1;
  }
  graph::OpenOptions open_options;
  open_options.read_only = true;
  open_options.create_if_missing = false;
  const auto open_start = std::chrono::steady_clock::now();
  auto g = graph::Graph::Open(opts->at("db"), open_options);
  if (!g.ok()) {
    std::fprintf(stderr, "error: %s\n", g.status().ToString().c_str());
    return 1;
  }
  const double open_seconds = MsSince(open_start) / 1000;

  query::QueryOptions qopts;
  qopts.read_only = true;
  qopts.timeout = std::chrono::milliseconds(*timeout_ms);

  std::string out = "{\"engine\":\"kg\",\"runs\":" + std::to_string(*runs) +
                    ",\"warmup\":" + std::to_string(*warmup) + ",\"open_seconds\":" + JsonNumber(open_seconds) +
                    ",\"queries\":[";
  bool first_query = true;
  for (const QueryFile& q : *queries) {
    if (!only.empty() && q.name != only) continue;
    std::vector<double> ms;
    std::optional<query::QueryResult> last;
    Status error;
    for (uint64_t i = 0; i < *warmup + *runs && error.ok(); ++i) {
      const auto start = std::chrono::steady_clock::now();
      auto r = query::Run(**g, q.text, {}, qopts);
      const double elapsed = MsSince(start);
      if (!r.ok()) {
        error = r.status();
        break;
      }
      if (i >= *warmup) ms.push_back(elapsed);
      last = std::move(r).value();
    }
    if (!first_query) out += ',';
    first_query = false;
    out += "\n {\"name\":";
    AppendJsonString(q.name, &out);
    out += ",\"file\":";
    AppendJsonString(q.path, &out);
    out += ",\"text\":";
    AppendJsonString(q.text, &out);
    // The median as JSON text ("null" without timed runs).
    std::string median_json = "null";
    double median_ms = 0;
    if (auto m = Median(ms); error.ok() && m) {
      median_ms = *m;
      median_json = JsonNumber(median_ms);
    }
    if (error.ok() && last) {
      out += ",\"columns\":[";
      for (size_t c = 0; c < last->columns.size(); ++c) {
        if (c) out += ',';
        AppendJsonString(last->columns[c], &out);
      }
      out += "],\"rows\":" + std::to_string(last->rows.size()) + ",\"result\":";
      if (last->rows.size() <= *keep_rows) {
        out += '[';
        for (size_t r = 0; r < last->rows.size(); ++r) {
          out += r ? ",[" : "[";
          for (size_t c = 0; c < last->rows[r].size(); ++c) {
            if (c) out += ',';
            query::AppendJson(last->rows[r][c], &out);
          }
          out += ']';
        }
        out += ']';
      } else {
        out += "null";
      }
    } else {
      out += ",\"columns\":null,\"rows\":null,\"result\":null";
    }
    out += ",\"ms\":[";
    for (size_t i = 0; i < ms.size(); ++i) out += (i ? "," : "") + JsonNumber(ms[i]);
    out += "],\"median_ms\":" + median_json + ",\"error\":";
    if (error.ok()) {
      out += "null";
    } else {
      AppendJsonString(error.ToString(), &out);
    }
    out += '}';
    if (error.ok()) {
      std::fprintf(stderr, "kg %s: %.3f ms, %zu rows\n", q.name.c_str(), median_ms,
                   last ? last->rows.size() : size_t{0});
    } else {
      std::fprintf(stderr, "kg %s: error: %s\n", q.name.c_str(), error.ToString().c_str());
    }
  }
  out += "\n]}\n";

  std::ofstream file(opts->at("out"), std::ios::binary | std::ios::trunc);
  file << out;
  file.close();
  if (!file) {
    std::fprintf(stderr, "error: IOError: %s: cannot write\n", opts->at("out").c_str());
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) { return kg::bench::Main(argc, argv); }
