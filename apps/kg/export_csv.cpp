#include "apps/kg/export_csv.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "query/format.h"

namespace kg::cli {

namespace {

namespace fs = std::filesystem;

// The CSV column type of a property value.
enum class ColType : uint8_t { kUnknown, kString, kLong, kDouble, kBool, kDate, kJson };

struct ColSpec {
  ColType type = ColType::kUnknown;  // kUnknown only for an array seen empty so far
  bool array = false;
};

const char* TypeName(ColSpec c) {
  switch (c.type) {
    case ColType::kLong:
      return c.array ? "LONG[]" : "LONG";
    case ColType::kDouble:
      return c.array ? "DOUBLE[]" : "DOUBLE";
    case ColType::kBool:
      return c.array ? "BOOLEAN[]" : "BOOLEAN";
    case ColType::kDate:
      return c.array ? "DATE[]" : "DATE";
    default:
      return c.array ? "STRING[]" : "STRING";
  }
}

ColType ScalarType(const Value& v) {
  switch (v.type()) {
    case Value::Type::kString:
      return ColType::kString;
    case Value::Type::kInt:
      return ColType::kLong;
    case Value::Type::kFloat:
      return ColType::kDouble;
    case Value::Type::kBool:
      return ColType::kBool;
    case Value::Type::kDate:
      return ColType::kDate;
    default:
      return ColType::kJson;
  }
}

// The column a value needs; kJson when CSV cannot carry it exactly.
ColSpec SpecOf(const Value& v) {
  if (!v.is_list()) {
    ColType t = ScalarType(v);
    return ColSpec{t, false};
  }
  const auto& l = v.as_list();
  ColSpec s{ColType::kUnknown, true};
  for (const auto& e : l) {
    ColType t = ScalarType(e);
    if (t == ColType::kJson) return ColSpec{ColType::kJson, false};
    if (t == ColType::kString &&
        (e.as_string().find(';') != std::string::npos || (l.size() == 1 && e.as_string().empty()))) {
      return ColSpec{ColType::kJson, false};
    }
    if (s.type != ColType::kUnknown && s.type != t) return ColSpec{ColType::kJson, false};
    s.type = t;
  }
  return s;
}

bool Compatible(ColSpec col, ColSpec v) {
  if (col.array != v.array) return false;
  return col.type == v.type || col.type == ColType::kUnknown || v.type == ColType::kUnknown;
}

// One output file: entities of one label set (or type) whose property types
// agree.
struct Part {
  std::string group;  // label set ("A;B") or type name
  std::string file;
  std::map<KeyId, ColSpec> cols;
  std::set<KeyId> warned;
};

std::string Sanitize(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool ok =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out.push_back(ok ? c : '_');
    if (out.size() >= 80) break;
  }
  return out;
}

// Appends a CSV field, quoted when needed (always for strings).
void AppendField(std::string* line, std::string_view text, bool force_quote) {
  bool quote = force_quote || text.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    line->append(text);
    return;
  }
  line->push_back('"');
  for (char c : text) {
    if (c == '"') line->push_back('"');
    line->push_back(c);
  }
  line->push_back('"');
}

std::string ScalarText(const Value& v) {
  switch (v.type()) {
    case Value::Type::kString:
      return v.as_string();
    case Value::Type::kInt:
      return std::to_string(v.as_int());
    case Value::Type::kFloat:
      return fmt::format("{}", v.as_float());
    case Value::Type::kBool:
      return v.as_bool() ? "true" : "false";
    case Value::Type::kDate:
      return FormatIsoDate(v.as_date());
    default:
      return "";
  }
}

void AppendValue(std::string* line, const Value& v, ColSpec col) {
  if (col.type == ColType::kJson) {
    std::string j;
    query::AppendJson(v, &j);
    AppendField(line, j, true);
    return;
  }
  if (col.array) {
    std::string joined;
    const auto& l = v.as_list();
    for (size_t i = 0; i < l.size(); ++i) {
      if (i > 0) joined.push_back(';');
      joined += ScalarText(l[i]);
    }
    AppendField(line, joined, true);  // quoted: "" is the empty list
    return;
  }
  AppendField(line, ScalarText(v), col.type == ColType::kString);
}

// Assigns an entity (group, properties) to a part, creating one if needed.
uint32_t Assign(std::vector<Part>* parts, std::map<std::string, std::vector<uint32_t>>* by_group,
                const std::string& group, const graph::PropertyList& props) {
  auto& candidates = (*by_group)[group];
  for (uint32_t pi : candidates) {
    Part& p = (*parts)[pi];
    bool ok = true;
    for (const auto& [k, v] : props) {
      auto it = p.cols.find(k);
      if (it != p.cols.end() && !Compatible(it->second, SpecOf(v))) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    for (const auto& [k, v] : props) {
      ColSpec s = SpecOf(v);
      auto [it, fresh] = p.cols.emplace(k, s);
      if (!fresh && it->second.type == ColType::kUnknown) it->second = s;
    }
    return pi;
  }
  Part p;
  p.group = group;
  for (const auto& [k, v] : props) p.cols.emplace(k, SpecOf(v));
  parts->push_back(std::move(p));
  candidates.push_back(static_cast<uint32_t>(parts->size() - 1));
  return static_cast<uint32_t>(parts->size() - 1);
}

std::string Header(const graph::View& v, const Part& p, bool nodes) {
  std::string h = nodes ? ":ID(kg),:LABEL" : ":START_ID(kg),:END_ID(kg),:TYPE";
  for (const auto& [k, spec] : p.cols) {
    h.push_back(',');
    AppendField(&h, v.KeyName(k) + ":" + TypeName(spec), false);
  }
  h.push_back('\n');
  return h;
}

// Writes one row's property fields in the part's column order.
void AppendProps(const graph::View& v, Part* p, const graph::PropertyList& props, std::string* line,
                 const std::function<void(const std::string&)>& warn) {
  auto it = props.begin();
  for (const auto& [k, spec] : p->cols) {
    line->push_back(',');
    while (it != props.end() && it->first < k) ++it;
    if (it == props.end() || it->first != k) continue;
    if (spec.type == ColType::kJson && p->warned.insert(k).second && warn) {
      warn(
          fmt::format("{}: property '{}' holds values CSV cannot carry (maps, nested or mixed lists, "
                      "or ';' in array elements); written as JSON text",
                      p->file, v.KeyName(k)));
    }
    AppendValue(line, it->second, spec);
  }
}

graph::PropertyList Sorted(graph::PropertyList props) {
  std::sort(props.begin(), props.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return props;
}

}  // namespace

Result<std::vector<std::string>> ExportCsv(const graph::View& view, const std::string& out_dir,
                                           const std::function<void(const std::string&)>& warn) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return Status::IOError(fmt::format("cannot create '{}': {}", out_dir, ec.message()));

  // Pass 1: parts (files) and the part of each entity.
  std::vector<Part> node_parts, edge_parts;
  std::map<std::string, std::vector<uint32_t>> node_groups, edge_groups;
  std::vector<NodeId> nodes;
  view.AllNodes(&nodes);
  std::vector<uint32_t> node_part(nodes.size());
  auto label_group = [&](NodeId n) {
    std::vector<std::string> names;
    for (LabelId l : view.NodeLabels(n)) names.push_back(view.LabelName(l));
    std::sort(names.begin(), names.end());
    std::string g;
    for (size_t i = 0; i < names.size(); ++i) g += (i ? ";" : "") + names[i];
    return g;
  };
  for (size_t i = 0; i < nodes.size(); ++i) {
    node_part[i] =
        Assign(&node_parts, &node_groups, label_group(nodes[i]), Sorted(view.NodeProperties(nodes[i])));
  }
  std::vector<EdgeId> edges;
  view.AllEdges(std::nullopt, &edges);
  std::vector<uint32_t> edge_part(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    edge_part[i] = Assign(&edge_parts, &edge_groups, view.TypeName(view.Edge(edges[i]).type),
                          Sorted(view.EdgeProperties(edges[i])));
  }
  // File names: unique, derived from the label set or type.
  std::set<std::string> used;
  auto name_parts = [&](std::vector<Part>* parts, const char* prefix) {
    for (Part& p : *parts) {
      std::string base =
          p.group.empty() ? std::string(prefix) : std::string(prefix) + "-" + Sanitize(p.group);
      std::string name = base + ".csv";
      for (int i = 2; used.count(name); ++i) name = fmt::format("{}-{}.csv", base, i);
      used.insert(name);
      p.file = name;
    }
  };
  name_parts(&node_parts, "nodes");
  name_parts(&edge_parts, "relationships");
  // The importer splits labels on ';': a label holding ';' would come back
  // as several labels.
  for (const auto& name : view.LabelsInUse()) {
    if (name.find(';') != std::string::npos && warn) {
      warn(fmt::format("label '{}' contains ';' and will import as several labels", name));
    }
  }

  // Pass 2: the rows.
  std::vector<std::unique_ptr<std::ofstream>> files;
  std::vector<std::string> written;
  auto open_all = [&](std::vector<Part>* parts, bool is_nodes) -> Status {
    files.clear();
    for (Part& p : *parts) {
      std::string path = (fs::path(out_dir) / p.file).string();
      auto f = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
      if (!*f) return Status::IOError(fmt::format("cannot write '{}'", path));
      *f << Header(view, p, is_nodes);
      files.push_back(std::move(f));
      written.push_back(p.file);
    }
    return Status::OK();
  };
  auto close_all = [&]() -> Status {
    for (auto& f : files) {
      f->close();
      if (!*f) return Status::IOError(fmt::format("write failed in '{}'", out_dir));
    }
    files.clear();
    return Status::OK();
  };
  std::string line;
  KG_RETURN_IF_ERROR(open_all(&node_parts, true));
  for (size_t i = 0; i < nodes.size(); ++i) {
    Part& p = node_parts[node_part[i]];
    line = std::to_string(nodes[i]);
    line.push_back(',');
    AppendField(&line, p.group, false);
    AppendProps(view, &p, Sorted(view.NodeProperties(nodes[i])), &line, warn);
    line.push_back('\n');
    files[node_part[i]]->write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  KG_RETURN_IF_ERROR(close_all());
  KG_RETURN_IF_ERROR(open_all(&edge_parts, false));
  for (size_t i = 0; i < edges.size(); ++i) {
    Part& p = edge_parts[edge_part[i]];
    graph::EdgeEnds ends = view.Edge(edges[i]);
    line = fmt::format("{},{},", ends.start, ends.end);
    AppendField(&line, p.group, false);
    AppendProps(view, &p, Sorted(view.EdgeProperties(edges[i])), &line, warn);
    line.push_back('\n');
    files[edge_part[i]]->write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  KG_RETURN_IF_ERROR(close_all());

  // import.sh: the command that reads the folder back.
  std::string script =
      "#!/bin/sh\n"
      "# Imports this export into the database DB: import.sh DB (KG names the kg binary).\n"
      "set -e\n"
      "[ $# -eq 1 ] || { echo \"usage: $0 DB\" >&2; exit 2; }\n"
      "d=$(dirname \"$0\")\n"
      "exec \"${KG:-kg}\" import --db \"$1\"";
  for (const Part& p : node_parts) script += " --nodes \"$d/" + p.file + "\"";
  for (const Part& p : edge_parts) script += " --relationships \"$d/" + p.file + "\"";
  script += "\n";
  std::string script_path = (fs::path(out_dir) / "import.sh").string();
  {
    std::ofstream f(script_path, std::ios::binary | std::ios::trunc);
    f << script;
    if (!f) return Status::IOError(fmt::format("cannot write '{}'", script_path));
  }
  chmod(script_path.c_str(), 0755);
  written.push_back("import.sh");
  return written;
}

}  // namespace kg::cli
