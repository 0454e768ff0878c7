// `kg forget --db DIR [--format text|json] ARTICLE_ID...`: removes articles and
// the facts only they support (ingest/loader.h), each in one atomic write.
// Exit code 1 when an id is unknown (the others are still forgotten).
#include <fmt/format.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "graph/graph.h"
#include "ingest/loader.h"

namespace kg::cli {

int RunForget(int argc, char** argv) {
  ArgSpec spec;
  spec.single = {"db", "format"};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("kg forget needs --db DIR"));
  if (args->positional.empty()) return Fail(Status::UsageError("kg forget needs an ARTICLE_ID"));
  std::string format = args->Get("format").value_or("text");
  if (format != "text" && format != "json")
    return Fail(Status::UsageError(fmt::format("--format is text or json, not '{}'", format)));
  graph::OpenOptions oo;
  oo.create_if_missing = false;
  auto g = graph::Graph::Open(*db, oo);
  if (!g.ok()) return Fail(g.status());
  int code = 0;
  for (const auto& id : args->positional) {
    auto r = ingest::Forget(g.value().get(), id);
    if (!r.ok()) {
      code = Fail(r.status());
      continue;
    }
    if (format == "json") {
      nlohmann::ordered_json j;
      j["article"] = id;
      j["nodes_deleted"] = r->nodes_deleted;
      j["edges_deleted"] = r->edges_deleted;
      std::printf("%s\n", j.dump().c_str());
    } else {
      std::printf("forgot %s: %llu nodes and %llu relationships deleted\n", id.c_str(),
                  static_cast<unsigned long long>(r->nodes_deleted), static_cast<unsigned long long>(r->edges_deleted));
    }
  }
  return code;
}

}  // namespace kg::cli
