#include "ingest/extraction.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <set>
#include <unordered_map>

#include "common/stable_order.h"
#include "common/utf8.h"
#include "ingest/json_writer.h"

namespace kg::ingest {
namespace {

// Property keys whose ISO date strings become Date values.
bool IsDateKey(const std::string& key) { return key == "start" || key == "end" || key == "date"; }

nlohmann::json ValueToJson(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return v.as_bool();
    case Value::Type::kInt: return v.as_int();
    case Value::Type::kFloat: return v.as_float();
    case Value::Type::kString: return v.as_string();
    case Value::Type::kDate: return FormatIsoDate(v.as_date());
    case Value::Type::kList: {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& x : v.as_list()) a.push_back(ValueToJson(x));
      return a;
    }
    case Value::Type::kMap: {
      nlohmann::json o = nlohmann::json::object();
      for (const auto& [k, x] : v.as_map()) o[k] = ValueToJson(x);
      return o;
    }
    default: return nullptr;  // nodes, relationships, paths never occur in extractions
  }
}

nlohmann::json MapToJson(const ValueMap& m) {
  nlohmann::json o = nlohmann::json::object();
  for (const auto& [k, v] : m) o[k] = ValueToJson(v);
  return o;
}

Result<Value> JsonToValue(const nlohmann::json& j, const std::string& key, const std::string& where) {
  if (j.is_null()) return Value();
  if (j.is_boolean()) return Value(j.get<bool>());
  if (j.is_number_integer()) return Value(j.get<int64_t>());
  if (j.is_number_unsigned()) return Value(static_cast<int64_t>(j.get<uint64_t>()));
  if (j.is_number_float()) return Value(j.get<double>());
  if (j.is_string()) {
    const auto& s = j.get_ref<const std::string&>();
    Date d;
    if (IsDateKey(key) && s.size() == 10 && ParseIsoDate(s, &d)) return Value(d);
    return Value(s);
  }
  if (j.is_array()) {
    ValueList l;
    for (const auto& x : j) {
      auto v = JsonToValue(x, "", where);
      if (!v.ok()) return v.status();
      l.push_back(std::move(v).value());
    }
    return Value(std::move(l));
  }
  if (j.is_object()) {
    ValueMap m;
    for (auto it = j.begin(); it != j.end(); ++it) {
      auto v = JsonToValue(it.value(), it.key(), where);
      if (!v.ok()) return v.status();
      m.emplace_back(it.key(), std::move(v).value());
    }
    return Value(std::move(m));
  }
  return Status::InputError(fmt::format("{}: unsupported JSON value for '{}'", where, key));
}

Result<ValueMap> PropertiesFromJson(const nlohmann::json& j, const std::string& where) {
  ValueMap m;
  if (j.is_null()) return m;
  if (!j.is_object()) return Status::InputError(where + ".properties: not an object");
  for (auto it = j.begin(); it != j.end(); ++it) {
    auto v = JsonToValue(it.value(), it.key(), where + ".properties." + it.key());
    if (!v.ok()) return v.status();
    m.emplace_back(it.key(), std::move(v).value());
  }
  return m;
}

Result<std::string> StringField(const nlohmann::json& o, const char* name, const std::string& where,
                                bool required) {
  auto it = o.find(name);
  if (it == o.end() || it->is_null()) {
    if (required) return Status::InputError(fmt::format("{}: missing field '{}'", where, name));
    return std::string();
  }
  if (!it->is_string()) return Status::InputError(fmt::format("{}.{}: not a string", where, name));
  return it->get<std::string>();
}

}  // namespace

std::string ToJsonText(const Extraction& e, int indent) {
  std::string out;
  AppendJsonText(e, indent, &out);
  return out;
}

void WriteArticleMember(JsonWriter& w, const Article& a) {
  w.FixedKey("article", "\"article\":");
  w.OpenObject(false);
  struct Field {
    std::string_view key, quoted;
    const std::string* value;
  };
  const Field fields[] = {  // in key order
      {"date", "\"date\":", &a.date},       {"id", "\"id\":", &a.id},
      {"lang", "\"lang\":", &a.lang},       {"path", "\"path\":", &a.path},
      {"sha256", "\"sha256\":", &a.sha256}, {"source", "\"source\":", &a.source},
      {"title", "\"title\":", &a.title}};
  for (const Field& f : fields) {
    w.FixedKey(f.key, f.quoted);
    w.String(*f.value);
  }
  w.Close('}');
}

void AppendJsonText(const Extraction& e, int indent, std::string* out) {
  JsonWriter w(indent, out);
  w.OpenObject(false);
  WriteArticleMember(w, e.article);
  w.FixedKey("edges", "\"edges\":");
  w.OpenArray(e.edges.empty());
  for (const auto& r : e.edges) {
    w.Item();
    w.OpenObject(false);
    w.FixedKey("from", "\"from\":");
    w.String(r.from);
    w.FixedKey("properties", "\"properties\":");
    w.Map(r.properties);
    w.FixedKey("to", "\"to\":");
    w.String(r.to);
    w.FixedKey("type", "\"type\":");
    w.String(r.type);
    w.Close('}');
  }
  w.Close(']');
  w.FixedKey("nodes", "\"nodes\":");
  w.OpenArray(e.nodes.empty());
  for (const auto& n : e.nodes) {
    w.Item();
    w.OpenObject(false);
    w.FixedKey("id", "\"id\":");
    w.String(n.id);
    w.FixedKey("label", "\"label\":");
    w.String(n.label);
    w.FixedKey("properties", "\"properties\":");
    w.Map(n.properties);
    w.Close('}');
  }
  w.Close(']');
  if (!e.warnings.empty()) {
    w.FixedKey("warnings", "\"warnings\":");
    w.OpenArray(false);
    for (const auto& x : e.warnings) {
      w.Item();
      w.String(x);
    }
    w.Close(']');
  }
  w.Close('}');
  w.Finish();
}

nlohmann::json ToJson(const Extraction& e) {
  nlohmann::json out = nlohmann::json::object();
  const Article& a = e.article;
  out["article"] = {{"id", a.id},       {"path", a.path},     {"title", a.title},  {"date", a.date},
                    {"lang", a.lang},   {"source", a.source}, {"sha256", a.sha256}};
  nlohmann::json nodes = nlohmann::json::array();
  for (const auto& n : e.nodes)
    nodes.push_back({{"id", n.id}, {"label", n.label}, {"properties", MapToJson(n.properties)}});
  out["nodes"] = std::move(nodes);
  nlohmann::json edges = nlohmann::json::array();
  for (const auto& r : e.edges)
    edges.push_back({{"type", r.type}, {"from", r.from}, {"to", r.to}, {"properties", MapToJson(r.properties)}});
  out["edges"] = std::move(edges);
  if (!e.warnings.empty()) out["warnings"] = e.warnings;
  return out;
}

Result<Extraction> FromJson(const nlohmann::json& j) {
  if (!j.is_object()) return Status::InputError("extraction: not a JSON object");
  Extraction e;
  if (auto it = j.find("article"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return Status::InputError("article: not an object");
    const std::pair<const char*, std::string*> fields[] = {
        {"id", &e.article.id},     {"path", &e.article.path}, {"title", &e.article.title},
        {"date", &e.article.date}, {"lang", &e.article.lang}, {"source", &e.article.source},
        {"sha256", &e.article.sha256}};
    for (const auto& [name, slot] : fields) {
      auto s = StringField(*it, name, "article", false);
      if (!s.ok()) return s.status();
      *slot = std::move(s).value();
    }
  }
  std::set<std::string> ids;
  if (auto it = j.find("nodes"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return Status::InputError("nodes: not an array");
    for (size_t i = 0; i < it->size(); ++i) {
      const auto& n = (*it)[i];
      std::string where = fmt::format("nodes[{}]", i);
      if (!n.is_object()) return Status::InputError(where + ": not an object");
      ExtractedNode node;
      auto id = StringField(n, "id", where, true);
      if (!id.ok()) return id.status();
      auto label = StringField(n, "label", where, true);
      if (!label.ok()) return label.status();
      node.id = std::move(id).value();
      node.label = std::move(label).value();
      if (node.id.empty() || node.id == "article")
        return Status::InputError(where + ".id: empty or reserved ('article')");
      if (node.label.empty()) return Status::InputError(where + ".label: empty");
      if (!ids.insert(node.id).second) return Status::InputError(where + ".id: duplicate id '" + node.id + "'");
      auto props = n.find("properties");
      auto pm = PropertiesFromJson(props == n.end() ? nlohmann::json() : *props, where);
      if (!pm.ok()) return pm.status();
      node.properties = std::move(pm).value();
      e.nodes.push_back(std::move(node));
    }
  }
  if (auto it = j.find("edges"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return Status::InputError("edges: not an array");
    for (size_t i = 0; i < it->size(); ++i) {
      const auto& r = (*it)[i];
      std::string where = fmt::format("edges[{}]", i);
      if (!r.is_object()) return Status::InputError(where + ": not an object");
      ExtractedEdge edge;
      auto type = StringField(r, "type", where, true);
      auto from = StringField(r, "from", where, true);
      auto to = StringField(r, "to", where, true);
      if (!type.ok()) return type.status();
      if (!from.ok()) return from.status();
      if (!to.ok()) return to.status();
      edge.type = std::move(type).value();
      edge.from = std::move(from).value();
      edge.to = std::move(to).value();
      if (edge.type.empty()) return Status::InputError(where + ".type: empty");
      if (edge.from != "article" && !ids.count(edge.from))
        return Status::InputError(fmt::format("{}.from: unknown node id '{}'", where, edge.from));
      if (!ids.count(edge.to)) return Status::InputError(fmt::format("{}.to: unknown node id '{}'", where, edge.to));
      auto props = r.find("properties");
      auto pm = PropertiesFromJson(props == r.end() ? nlohmann::json() : *props, where);
      if (!pm.ok()) return pm.status();
      edge.properties = std::move(pm).value();
      e.edges.push_back(std::move(edge));
    }
  }
  if (auto it = j.find("warnings"); it != j.end() && it->is_array()) {
    for (const auto& w : *it)
      if (w.is_string()) e.warnings.push_back(w.get<std::string>());
  }
  return e;
}

}  // namespace kg::ingest
