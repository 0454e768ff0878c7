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

// Writes JSON text exactly as nlohmann::json::dump(indent, ' ', false,
// error_handler_t::replace) writes the equivalent json value (objects with
// their keys in byte order, the last of duplicate keys winning), without
// building that value.
//
// The text is written through a cursor into a buffer of the writer's
// thread, kept between calls: Room(n) makes room for n more bytes (doubling
// the buffer), every write then stores through the cursor with no size or
// capacity test of its own; Text() is what was written. Invariant:
// buf_->data() <= p_ <= end_ == buf_->data() + buf_->size().
class JsonWriter {
 public:
  explicit JsonWriter(int indent) : indent_(indent), buf_(&Buffer()) {
    if (buf_->size() < 4096) buf_->resize(4096);
    p_ = buf_->data();
    end_ = buf_->data() + buf_->size();
  }
  // A buffer grown past 1 MiB (a very large extraction) is given back.
  ~JsonWriter() {
    if (buf_->size() > (size_t{1} << 20)) std::string().swap(*buf_);
  }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // The text written so far.
  std::string_view Text() const { return std::string_view(buf_->data(), static_cast<size_t>(p_ - buf_->data())); }

  // Objects and arrays: Open, then Key/Value or Item/Value pairs, then Close.
  void OpenObject(bool empty) { Open('{', empty); }
  void OpenArray(bool empty) { Open('[', empty); }
  void Close(char c) {
    --depth_;
    if (!last_empty_ && indent_ >= 0) NewLine();
    last_empty_ = false;
    Room(1);
    *p_++ = c;
    first_ = false;
  }
  void Key(std::string_view k) {
    Item();
    String(k);
    Room(2);
    *p_++ = ':';
    if (indent_ >= 0) *p_++ = ' ';
  }
  // Key(k) for a key known in advance, `quoted` being its text with the
  // colon ("\"k\":"): written in one copy on one line (indent < 0).
  void FixedKey(std::string_view k, std::string_view quoted) {
    if (indent_ >= 0) {
      Key(k);
      return;
    }
    Room(quoted.size() + 1);
    if (!first_) *p_++ = ',';
    std::memcpy(p_, quoted.data(), quoted.size());
    p_ += quoted.size();
    first_ = false;
  }
  // Before an array element.
  void Item() {
    if (!first_) {
      Room(1);
      *p_++ = ',';
    }
    if (indent_ >= 0) NewLine();
    first_ = false;
  }

  // 1 for the bytes String looks at one by one: control characters, '"',
  // '\\' and non-ASCII bytes.
  static constexpr std::array<uint8_t, 256> kNeedsLook = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
    return t;
  }();

  void String(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    // Room for the worst case: every byte written as \u00XX, two quotes.
    Room(6 * n + 2);
    char* const mark = p_;
    char* o = p_;
    *o++ = '"';
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    bool checked = false;  // s[i..] known to be valid UTF-8
    size_t i = 0;
    if (n < 8) {
      // Short strings (ids, labels, most keys): copied while their bytes'
      // flags are OR-ed (no branch per byte); written again below if one
      // needs a look.
      unsigned bad = 0;
      for (size_t k = 0; k < n; ++k) {
        bad |= kNeedsLook[p[k]];
        o[k] = static_cast<char>(p[k]);
      }
      if (bad == 0) {
        o[n] = '"';
        p_ = o + n + 1;
        return;
      }
    }
    while (i < n) {
      if (i + 8 <= n) {
        // Eight bytes at a time while none needs a look: no control
        // character, quote, backslash or (until checked) non-ASCII byte.
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        uint64_t q = w ^ (kOnes * '"'), bs = w ^ (kOnes * '\\');
        uint64_t special = ((w - kOnes * 0x20) & ~w) | ((q - kOnes) & ~q) | ((bs - kOnes) & ~bs);
        if (!checked) special |= w;
        if ((special & kHigh) == 0) {
          std::memcpy(o, &w, 8);
          o += 8;
          i += 8;
          continue;
        }
      }
      auto c = static_cast<unsigned char>(p[i]);
      if (!kNeedsLook[c] || (c >= 0x80 && checked)) {
        *o++ = static_cast<char>(c);
        ++i;
        continue;
      }
      if (c >= 0x80) {
        size_t bad;
        if (!ValidateUtf8(s.substr(i), &bad)) {  // rare: the library's replacement rules
          p_ = mark;
          Replaced(s);
          return;
        }
        checked = true;
        *o++ = static_cast<char>(c);
        ++i;
        continue;
      }
      *o++ = '\\';
      switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default: {
          static const char* kHex = "0123456789abcdef";
          const char u[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          std::memcpy(o, u, 5);
          o += 5;
        }
      }
      ++i;
    }
    *o++ = '"';
    p_ = o;
  }

  void Value(const kg::Value& v) {
    switch (v.type()) {
      case kg::Value::Type::kBool: Raw(v.as_bool() ? std::string_view("true") : std::string_view("false")); break;
      case kg::Value::Type::kInt: {
        Room(24);
        p_ = std::to_chars(p_, p_ + 24, v.as_int()).ptr;
        break;
      }
      case kg::Value::Type::kFloat: Double(v.as_float()); break;
      case kg::Value::Type::kString: String(v.as_string()); break;
      case kg::Value::Type::kDate: String(FormatIsoDate(v.as_date())); break;
      case kg::Value::Type::kList: {
        const auto& l = v.as_list();
        OpenArray(l.empty());
        for (const auto& x : l) {
          Item();
          Value(x);
        }
        Close(']');
        break;
      }
      case kg::Value::Type::kMap: Map(v.as_map()); break;
      default: Raw("null"); break;  // null; graph values never occur in extractions
    }
  }

  // A property map: keys in byte order, the last of duplicates winning.
  void Map(const ValueMap& m) {
    // (Only a map outside any other takes its shape from the cache: the
    // values written meanwhile then hold no map that could replace it.)
    if (const MapShape* shape = in_shaped_map_ ? nullptr : ShapeOf(m)) {
      in_shaped_map_ = true;
      OpenObject(m.empty());
      for (uint32_t k = 0; k < shape->written; ++k) {
        const uint8_t pos = shape->order[k];
        if (indent_ < 0) {
          // FixedKey, the key's text copied as one fixed-size block (the
          // bytes past its end are overwritten by what follows).
          Room(MapShape::kQuotedBytes + 1);
          if (!first_) *p_++ = ',';
          std::memcpy(p_, shape->quoted[pos], MapShape::kQuotedBytes);
          p_ += shape->quoted_size[pos];
          first_ = false;
        } else {
          Key(m[pos].first);
        }
        Value(m[pos].second);
      }
      Close('}');
      in_shaped_map_ = false;
      return;
    }
    uint32_t small[16];
    std::vector<uint32_t> large;
    const uint32_t* order =
        StableOrder(m.size(), [&](uint32_t a, uint32_t b) { return KeyLess(m[a].first, m[b].first); }, small, large);
    const size_t n = m.size();
    OpenObject(n == 0);
    for (size_t i = 0; i < n; ++i) {
      if (i + 1 < n && m[order[i + 1]].first == m[order[i]].first) continue;
      Key(m[order[i]].first);
      Value(m[order[i]].second);
    }
    Close('}');
  }

  // The bytes of `s` as they are (JSON text already).
  void Raw(std::string_view s) {
    Room(s.size());
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }

 private:
  // a < b as std::string compares them (bytes as unsigned char), the first
  // bytes compared inline: keys mostly differ there.
  static bool KeyLess(const std::string& a, const std::string& b) {
    if (!a.empty() && !b.empty() && a[0] != b[0])
      return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    return a < b;
  }

  // What Map writes for the maps of one key sequence: the positions of the
  // keys it writes, in that order, and each key's text with its colon.
  // The extractor's maps come in a few such sequences (an edge's sentence,
  // span, confidence; a place's name, kind, country, lat, lon).
  static constexpr size_t kShapeKeys = 8;
  struct MapShape {
    static constexpr size_t kQuotedBytes = 32;  // room for a key's text: keys of up to 29 bytes
    size_t size = SIZE_MAX;                      // keys in the map (SIZE_MAX: empty slot)
    std::string keys[kShapeKeys];                // in map order
    char quoted[kShapeKeys][kQuotedBytes] = {};  // "\"key\":", in map order
    uint8_t quoted_size[kShapeKeys] = {};
    uint8_t order[kShapeKeys] = {};              // positions written, in key order
    uint32_t written = 0;                        // entries of `order` (duplicates: the last)
  };

  // The shape of m's keys, from a direct-mapped cache of the thread (filled
  // on a miss), or nullptr for a map of over kShapeKeys entries or with a
  // key that needs escaping.
  static const MapShape* ShapeOf(const ValueMap& m) {
    const size_t n = m.size();
    if (n > kShapeKeys) return nullptr;
    constexpr size_t kSlots = 64;
    thread_local MapShape cache[kSlots];
    uint64_t h = n;
    for (const auto& [k, v] : m) {
      uint64_t sig = k.size();
      if (!k.empty()) sig |= uint64_t{static_cast<unsigned char>(k[0])} << 8 | uint64_t{static_cast<unsigned char>(k.back())} << 16;
      h = (h ^ sig) * 0x9E3779B97F4A7C15ull;
    }
    MapShape& shape = cache[h >> 58];
    if (shape.size == n) {
      size_t i = 0;
      while (i < n && shape.keys[i] == m[i].first) ++i;
      if (i == n) return &shape;
    }
    for (const auto& [k, v] : m) {
      if (k.size() + 3 > MapShape::kQuotedBytes) return nullptr;
      for (char c : k)
        if (kNeedsLook[static_cast<unsigned char>(c)]) return nullptr;
    }
    uint32_t small[kShapeKeys];
    std::vector<uint32_t> large;
    const uint32_t* order =
        StableOrder(n, [&](uint32_t a, uint32_t b) { return KeyLess(m[a].first, m[b].first); }, small, large);
    shape.size = SIZE_MAX;  // (until filled)
    shape.written = 0;
    for (size_t i = 0; i < n; ++i) {
      shape.keys[i] = m[i].first;
      const std::string& k = m[i].first;
      shape.quoted[i][0] = '"';
      std::memcpy(shape.quoted[i] + 1, k.data(), k.size());
      std::memcpy(shape.quoted[i] + 1 + k.size(), "\":", 2);
      shape.quoted_size[i] = static_cast<uint8_t>(k.size() + 3);
      if (i + 1 < n && m[order[i + 1]].first == m[order[i]].first) continue;
      shape.order[shape.written++] = static_cast<uint8_t>(order[i]);
    }
    shape.size = n;
    return &shape;
  }

  // The thread's buffer (one writer at a time on a thread).
  static std::string& Buffer() {
    thread_local std::string buffer;
    return buffer;
  }

  // Makes room for n more bytes at p_: the test inline (always: every
  // write asks it), the growth out of line.
  [[gnu::always_inline]] void Room(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) Grow(n);
  }
  [[gnu::noinline]] void Grow(size_t n) {
    size_t used = static_cast<size_t>(p_ - buf_->data());
    buf_->resize(std::max(2 * buf_->size(), used + n));
    p_ = buf_->data() + used;
    end_ = buf_->data() + buf_->size();
  }
  void Open(char c, bool empty) {
    Room(1);
    *p_++ = c;
    ++depth_;
    first_ = true;
    last_empty_ = empty;
  }
  // A line break and the indentation of the current depth.
  void NewLine() {
    size_t n = static_cast<size_t>(indent_ * depth_);
    Room(n + 1);
    *p_++ = '\n';
    std::memset(p_, ' ', n);
    p_ += n;
  }

  // A string the library would write with replacement characters (invalid
  // UTF-8): written by the library itself.
  void Replaced(std::string_view s) {
    Raw(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }

  // The library's shortest round-trip form ("0.95", "37.0", "1e-05"),
  // remembered per value in a direct-mapped cache of the thread:
  // extractions repeat a few values (confidences, coordinates).
  void Double(double d) {
    struct Slot {
      uint64_t bits = 0;
      uint8_t size = 0;  // 0: empty
      char text[31];
    };
    constexpr size_t kSlots = 2048;
    thread_local Slot cache[kSlots];
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    Slot& slot = cache[((bits * 0x9E3779B97F4A7C15ull) >> 40) & (kSlots - 1)];
    if (slot.size == 0 || slot.bits != bits) {
      // What json::dump writes for a number: "null" when not finite, else
      // the text of the library's own to_chars (its serializer's dump_float,
      // without building a json value and a serializer per number).
      char text[64];
      size_t size = 4;
      if (!std::isfinite(d)) std::memcpy(text, "null", 4);
      else size = static_cast<size_t>(nlohmann::detail::to_chars(text, text + sizeof text, d) - text);
      if (size > sizeof slot.text) {  // (never: at most 24 characters)
        Raw(std::string_view(text, size));
        return;
      }
      slot.bits = bits;
      slot.size = static_cast<uint8_t>(size);
      std::memcpy(slot.text, text, size);
    }
    Raw(std::string_view(slot.text, slot.size));
  }

  int indent_;
  std::string* buf_;
  char* p_ = nullptr;    // next byte to write
  char* end_ = nullptr;  // end of the room
  int depth_ = 0;
  bool first_ = true;       // no member written yet in the innermost container
  bool last_empty_ = false;  // the container just opened is empty
  bool in_shaped_map_ = false;  // writing the values of a map whose shape came from ShapeOf
};

}  // namespace

std::string ToJsonText(const Extraction& e, int indent) {
  std::string out;
  AppendJsonText(e, indent, &out);
  return out;
}

void AppendJsonText(const Extraction& e, int indent, std::string* out) {
  JsonWriter w(indent);
  const Article& a = e.article;
  w.OpenObject(false);
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
  out->append(w.Text());
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
