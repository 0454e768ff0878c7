// `kg query`: runs ';'-separated openCypher statements against a database
// and prints the last statement's result (interfaces.md).
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "graph/graph.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {

int RunQuery(int argc, char** argv) {
  ArgSpec spec;
  spec.flags = {"read-only"};
  spec.single = {"db", "format", "file"};
  spec.repeated = {"param"};
  spec.short_names = {{"f", "file"}};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("query needs --db DIR"));

  query::OutputFormat format = query::OutputFormat::kTable;
  if (auto f = args->Get("format")) {
    if (*f == "table")
      format = query::OutputFormat::kTable;
    else if (*f == "json")
      format = query::OutputFormat::kJson;
    else if (*f == "jsonl")
      format = query::OutputFormat::kJsonl;
    else if (*f == "csv")
      format = query::OutputFormat::kCsv;
    else
      return Fail(Status::UsageError(fmt::format("unknown --format '{}' (table, json, jsonl or csv)", *f)));
  }

  ValueMap params;
  for (const auto& p : args->GetAll("param")) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      return Fail(Status::UsageError(fmt::format("--param needs NAME=JSON, got '{}'", p)));
    }
    std::string name = p.substr(0, eq);
    auto v = query::ParseJsonValue(std::string_view(p).substr(eq + 1));
    if (!v.ok()) {
      return Fail(
          Status::Error(v.status().kind(), fmt::format("--param {}: {}", name, v.status().message())));
    }
    bool replaced = false;
    for (auto& [k, old] : params) {
      if (k == name) {
        old = *v;
        replaced = true;
      }
    }
    if (!replaced) params.emplace_back(name, std::move(*v));
  }

  std::string text;
  auto file = args->Get("file");
  if (file && !args->positional.empty()) {
    return Fail(Status::UsageError("give either a query or -f FILE, not both"));
  }
  if (args->positional.size() > 1) {
    return Fail(Status::UsageError("more than one query argument (quote the query)"));
  }
  if (file) {
    std::ifstream in(*file, std::ios::binary);
    if (!in) return Fail(Status::IOError(fmt::format("cannot read {}", *file)));
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  } else if (args->positional.empty() || args->positional[0] == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else {
    text = args->positional[0];
  }

  graph::OpenOptions open;
  open.read_only = args->Flag("read-only");
  open.create_if_missing = !open.read_only;
  auto graph = graph::Graph::Open(*db, open);
  if (!graph.ok()) return Fail(graph.status());

  query::QueryOptions options;
  options.read_only = open.read_only;
  auto result = query::Run(**graph, text, params, options);
  if (!result.ok()) return Fail(result.status());
  std::string out = query::FormatResult(*result, format);
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (!out.empty() && out.back() != '\n') std::fputc('\n', stdout);
  std::fflush(stdout);
  return 0;
}

}  // namespace kg::cli
