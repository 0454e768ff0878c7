// `kg export --db DIR --format graphml|dot|csv|jsonl OUT`: writes the whole
// graph, read from a read-only snapshot of the database.
//
//   jsonl    one node or relationship a line, in the JSON shapes of
//            interfaces.md ({"id","labels","properties"} and
//            {"id","type","start","end","properties"}).
//   graphml  boost::write_graphml; attributes kg:id, kg:labels, kg:type and
//            one string attribute per property key.
//   dot      boost::write_graphviz_dp; node labels ":Label name", edge labels
//            the relationship type.
//   csv      apps/kg/export_csv.cpp: a folder of neo4j-admin files that
//            `kg import` reads back to the same graph.
#include <fmt/format.h>

// GCC 12 at -O2/-O3 reports a false -Wmaybe-uninitialized inside Boost's
// adjacency_list edge iterator (a boost::optional member) when write_graphml
// and write_graphviz_dp walk the edges.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#pragma GCC diagnostic pop
#include <boost/property_map/function_property_map.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "apps/kg/export_csv.h"
#include "graph/graph.h"
#include "query/format.h"

namespace kg::cli {

namespace {

namespace fs = std::filesystem;

ValueMap PropertiesOf(const graph::View& v, const graph::PropertyList& props) {
  ValueMap m;
  m.reserve(props.size());
  for (const auto& [k, val] : props) m.emplace_back(v.KeyName(k), val);
  return m;
}

Status ExportJsonl(const graph::View& v, std::ostream& out) {
  std::vector<NodeId> nodes;
  v.AllNodes(&nodes);
  std::string line;
  for (NodeId n : nodes) {
    auto d = std::make_shared<EntityData>();
    for (LabelId l : v.NodeLabels(n)) d->labels.push_back(v.LabelName(l));
    d->properties = PropertiesOf(v, v.NodeProperties(n));
    line.clear();
    query::AppendJson(Value(NodeValue{n, d}), &line);
    line.push_back('\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  std::vector<EdgeId> edges;
  v.AllEdges(std::nullopt, &edges);
  for (EdgeId e : edges) {
    graph::EdgeEnds ends = v.Edge(e);
    auto d = std::make_shared<EntityData>();
    d->type = v.TypeName(ends.type);
    d->start = ends.start;
    d->end = ends.end;
    d->properties = PropertiesOf(v, v.EdgeProperties(e));
    line.clear();
    query::AppendJson(Value(RelValue{e, d}), &line);
    line.push_back('\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  return out ? Status::OK() : Status::IOError("write failed");
}

// Text of a property value for GraphML/DOT attributes: strings and dates
// bare, everything else as JSON.
std::string AttrText(const Value& val) {
  if (val.is_string()) return val.as_string();
  if (val.is_date()) return FormatIsoDate(val.as_date());
  std::string s;
  query::AppendJson(val, &s);
  return s;
}

struct VertexData {
  NodeId id = 0;
};
struct EdgeData {
  EdgeId id = 0;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexData, EdgeData>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using EdgeDesc = boost::graph_traits<BoostGraph>::edge_descriptor;

// The graph as a Boost adjacency_list (vertex i = the i-th live node).
void BuildBoostGraph(const graph::View& v, BoostGraph* g, std::vector<NodeId>* nodes) {
  v.AllNodes(nodes);
  std::unordered_map<NodeId, Vertex> index;
  index.reserve(nodes->size());
  for (NodeId n : *nodes) {
    Vertex x = boost::add_vertex(VertexData{n}, *g);
    index.emplace(n, x);
  }
  std::vector<EdgeId> edges;
  v.AllEdges(std::nullopt, &edges);
  for (EdgeId e : edges) {
    graph::EdgeEnds ends = v.Edge(e);
    boost::add_edge(index.at(ends.start), index.at(ends.end), EdgeData{e}, *g);
  }
}

std::string LabelsText(const graph::View& v, NodeId n) {
  std::string s;
  for (LabelId l : v.NodeLabels(n)) s += ":" + v.LabelName(l);
  return s;
}

Status ExportGraphml(const graph::View& v, std::ostream& out) {
  BoostGraph g;
  std::vector<NodeId> nodes;
  BuildBoostGraph(v, &g, &nodes);
  boost::dynamic_properties dp;
  auto vmap = [&](auto fn) { return boost::make_function_property_map<Vertex, std::string>(fn); };
  auto emap = [&](auto fn) { return boost::make_function_property_map<EdgeDesc, std::string>(fn); };
  dp.property("kg:id", vmap([&g](Vertex x) { return std::to_string(g[x].id); }));
  dp.property("kg:labels", vmap([&g, &v](Vertex x) { return LabelsText(v, g[x].id); }));
  dp.property("kg:id", emap([&g](EdgeDesc e) { return std::to_string(g[e].id); }));
  dp.property("kg:type", emap([&g, &v](EdgeDesc e) { return v.TypeName(v.Edge(g[e].id).type); }));
  // One attribute per property key in use, for nodes and for relationships.
  std::set<KeyId> node_keys, edge_keys;
  for (NodeId n : nodes) {
    for (const auto& [k, val] : v.NodeProperties(n)) node_keys.insert(k);
  }
  std::vector<EdgeId> edge_ids;
  v.AllEdges(std::nullopt, &edge_ids);
  for (EdgeId e : edge_ids) {
    for (const auto& [k, val] : v.EdgeProperties(e)) edge_keys.insert(k);
  }
  for (KeyId k : node_keys) {
    dp.property(v.KeyName(k), vmap([&g, &v, k](Vertex x) {
                  Value val = v.NodeProperty(g[x].id, k);
                  return val.is_null() ? std::string() : AttrText(val);
                }));
  }
  for (KeyId k : edge_keys) {
    dp.property(v.KeyName(k), emap([&g, &v, k](EdgeDesc e) {
                  Value val = v.EdgeProperty(g[e].id, k);
                  return val.is_null() ? std::string() : AttrText(val);
                }));
  }
  boost::write_graphml(out, g, dp, true);
  return out ? Status::OK() : Status::IOError("write failed");
}

Status ExportDot(const graph::View& v, std::ostream& out) {
  BoostGraph g;
  std::vector<NodeId> nodes;
  BuildBoostGraph(v, &g, &nodes);
  auto name_key = v.FindKey("name");
  boost::dynamic_properties dp;
  dp.property("node_id", boost::make_function_property_map<Vertex, std::string>(
                             [&g](Vertex x) { return "n" + std::to_string(g[x].id); }));
  dp.property("label", boost::make_function_property_map<Vertex, std::string>([&](Vertex x) {
                std::string s = LabelsText(v, g[x].id);
                if (name_key) {
                  Value name = v.NodeProperty(g[x].id, *name_key);
                  if (!name.is_null()) s += (s.empty() ? "" : " ") + AttrText(name);
                }
                return s.empty() ? "#" + std::to_string(g[x].id) : s;
              }));
  dp.property("label", boost::make_function_property_map<EdgeDesc, std::string>(
                           [&](EdgeDesc e) { return v.TypeName(v.Edge(g[e].id).type); }));
  boost::write_graphviz_dp(out, g, dp, "node_id");
  return out ? Status::OK() : Status::IOError("write failed");
}

}  // namespace

int RunExport(int argc, char** argv) {
  ArgSpec spec;
  spec.single = {"db", "format"};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  auto format = args->Get("format");
  if (!db) return Fail(Status::UsageError("kg export needs --db DIR"));
  if (!format) return Fail(Status::UsageError("kg export needs --format graphml|dot|csv|jsonl"));
  if (*format != "graphml" && *format != "dot" && *format != "csv" && *format != "jsonl") {
    return Fail(Status::UsageError(fmt::format("--format is graphml, dot, csv or jsonl, not '{}'", *format)));
  }
  if (args->positional.size() != 1)
    return Fail(Status::UsageError("kg export needs one output path: ... OUT"));
  const std::string& out_path = args->positional[0];
  std::error_code ec;
  if (fs::exists(out_path, ec) &&
      (*format == "csv" ? !fs::is_empty(out_path, ec) : fs::is_directory(out_path, ec))) {
    return Fail(Status::InputError(fmt::format("'{}' already exists; export writes a new {}", out_path,
                                               *format == "csv" ? "folder" : "file")));
  }
  graph::OpenOptions oo;
  oo.read_only = true;
  oo.create_if_missing = false;
  auto g = graph::Graph::Open(*db, oo);
  if (!g.ok()) return Fail(g.status());
  auto view = g.value()->BeginRead();
  if (*format == "csv") {
    auto r = ExportCsv(*view, out_path,
                       [](const std::string& w) { std::fprintf(stderr, "warning: %s\n", w.c_str()); });
    if (!r.ok()) return Fail(r.status());
    std::printf(
        "exported %llu nodes and %llu relationships to %s (%zu files; %s/import.sh DB imports them)\n",
        static_cast<unsigned long long>(view->NodeCount()),
        static_cast<unsigned long long>(view->EdgeCount()), out_path.c_str(), r->size(), out_path.c_str());
    return 0;
  }
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  if (!out) return Fail(Status::IOError(fmt::format("cannot write '{}'", out_path)));
  Status s = *format == "jsonl"     ? ExportJsonl(*view, out)
             : *format == "graphml" ? ExportGraphml(*view, out)
                                    : ExportDot(*view, out);
  out.close();
  if (s.ok() && !out) s = Status::IOError("write failed");
  if (!s.ok()) return Fail(Status::IOError(fmt::format("writing '{}': {}", out_path, s.message())));
  return 0;
}

}  // namespace kg::cli
