// `kg stats --db DIR [--format text|json]`: counts per label and type,
// property keys, size on disk. Opens the database read-only.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "graph/graph.h"

namespace kg::cli {

int RunStats(int argc, char** argv) {
  ArgSpec spec;
  spec.single = {"db", "format"};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("kg stats needs --db DIR"));
  if (!args->positional.empty())
    return Fail(Status::UsageError(fmt::format("unexpected argument '{}'", args->positional[0])));
  std::string format = args->Get("format").value_or("text");
  if (format != "text" && format != "json")
    return Fail(Status::UsageError(fmt::format("--format is text or json, not '{}'", format)));
  graph::OpenOptions oo;
  oo.read_only = true;
  oo.create_if_missing = false;
  auto g = graph::Graph::Open(*db, oo);
  if (!g.ok()) return Fail(g.status());
  graph::GraphStats st = g.value()->Stats();
  if (format == "json") {
    nlohmann::ordered_json j;
    j["nodes"] = st.nodes;
    j["relationships"] = st.relationships;
    j["labels"] = nlohmann::ordered_json::object();
    for (const auto& [n, c] : st.labels) j["labels"][n] = c;
    j["types"] = nlohmann::ordered_json::object();
    for (const auto& [n, c] : st.types) j["types"][n] = c;
    j["property_keys"] = st.property_keys;
    j["bytes"] = st.bytes_on_disk;
    std::printf("%s\n", j.dump().c_str());
    return 0;
  }
  std::string out = fmt::format("nodes: {}\nrelationships: {}\n", st.nodes, st.relationships);
  size_t w = 0;
  for (const auto& [n, c] : st.labels) w = std::max(w, n.size());
  for (const auto& [n, c] : st.types) w = std::max(w, n.size());
  out += fmt::format("labels ({}):\n", st.labels.size());
  for (const auto& [n, c] : st.labels) out += fmt::format("  {:<{}}  {}\n", n, w, c);
  out += fmt::format("relationship types ({}):\n", st.types.size());
  for (const auto& [n, c] : st.types) out += fmt::format("  {:<{}}  {}\n", n, w, c);
  out += fmt::format("property keys ({}): {}\n", st.property_keys.size(), fmt::join(st.property_keys, ", "));
  out += fmt::format("bytes on disk: {}\n", st.bytes_on_disk);
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace kg::cli
