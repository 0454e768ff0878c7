// Query results as text: JSON values (interfaces.md), the table, json,
// jsonl and csv result formats, and JSON parameter values.
#include "query/format.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "query/eval_internal.h"

namespace kg::query {

using internal::FloatToShortestString;

// ---- JSON ----

namespace {

// Appends `s` as a JSON string. Valid UTF-8 is kept as is; each invalid
// byte becomes U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        case '\b': out->append("\\b"); break;
        case '\f': out->append("\\f"); break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out->append(fmt::format("\\u{:04x}", c));
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(s, &i);
    // Reject overlong forms, surrogates and out-of-range code points too.
    size_t len = i - start;
    bool valid = cp != 0xFFFD || (len == 3 && s.substr(start, 3) == "\xEF\xBF\xBD");
    if (valid) {
      valid = !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF && !(len == 2 && cp < 0x80) &&
              !(len == 3 && cp < 0x800) && !(len == 4 && cp < 0x10000);
    }
    if (valid) {
      out->append(s.substr(start, len));
    } else {
      out->append("\xEF\xBF\xBD");
      i = start + 1;
    }
  }
  out->push_back('"');
}

void AppendJsonProperties(const EntityData* data, std::string* out) {
  out->append("{");
  if (data != nullptr) {
    bool first = true;
    for (const auto& [k, v] : data->properties) {
      if (!first) out->append(", ");
      first = false;
      AppendJsonString(k, out);
      out->append(": ");
      AppendJson(v, out);
    }
  }
  out->append("}");
}

void AppendJsonNode(const NodeValue& n, std::string* out) {
  out->append(fmt::format("{{\"id\": {}, \"labels\": [", n.id));
  if (n.data) {
    for (size_t i = 0; i < n.data->labels.size(); ++i) {
      if (i > 0) out->append(", ");
      AppendJsonString(n.data->labels[i], out);
    }
  }
  out->append("], \"properties\": ");
  AppendJsonProperties(n.data.get(), out);
  out->append("}");
}

void AppendJsonRel(const RelValue& r, std::string* out) {
  out->append(fmt::format("{{\"id\": {}, \"type\": ", r.id));
  AppendJsonString(r.data ? r.data->type : std::string(), out);
  if (r.data) {
    out->append(fmt::format(", \"start\": {}, \"end\": {}", r.data->start, r.data->end));
  } else {
    out->append(", \"start\": null, \"end\": null");
  }
  out->append(", \"properties\": ");
  AppendJsonProperties(r.data.get(), out);
  out->append("}");
}

}  // namespace

void AppendJson(const Value& v, std::string* out) {
  switch (v.type()) {
    case Value::Type::kNull: out->append("null"); return;
    case Value::Type::kBool: out->append(v.as_bool() ? "true" : "false"); return;
    case Value::Type::kInt: out->append(std::to_string(v.as_int())); return;
    case Value::Type::kFloat: out->append(FloatToShortestString(v.as_float())); return;
    case Value::Type::kString: AppendJsonString(v.as_string(), out); return;
    case Value::Type::kDate: AppendJsonString(FormatIsoDate(v.as_date()), out); return;
    case Value::Type::kList: {
      out->push_back('[');
      bool first = true;
      for (const auto& e : v.as_list()) {
        if (!first) out->append(", ");
        first = false;
        AppendJson(e, out);
      }
      out->push_back(']');
      return;
    }
    case Value::Type::kMap: {
      out->push_back('{');
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        if (!first) out->append(", ");
        first = false;
        AppendJsonString(k, out);
        out->append(": ");
        AppendJson(e, out);
      }
      out->push_back('}');
      return;
    }
    case Value::Type::kNode: AppendJsonNode(v.as_node(), out); return;
    case Value::Type::kRel: AppendJsonRel(v.as_rel(), out); return;
    case Value::Type::kPath: {
      const auto& p = v.as_path();
      out->append("{\"nodes\": [");
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (i > 0) out->append(", ");
        AppendJsonNode(p.nodes[i], out);
      }
      out->append("], \"relationships\": [");
      for (size_t i = 0; i < p.rels.size(); ++i) {
        if (i > 0) out->append(", ");
        AppendJsonRel(p.rels[i], out);
      }
      out->append("]}");
      return;
    }
  }
}

// ---- display text (table cells) ----

namespace {

std::string QuoteCypherString(std::string_view s) {
  std::string r = "'";
  for (char c : s) {
    switch (c) {
      case '\'': r += "\\'"; break;
      case '\\': r += "\\\\"; break;
      case '\n': r += "\\n"; break;
      case '\r': r += "\\r"; break;
      case '\t': r += "\\t"; break;
      default: r += c;
    }
  }
  return r + "'";
}

bool IsPlainName(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::string Name(std::string_view s) {
  if (IsPlainName(s)) return std::string(s);
  std::string r = "`";
  for (char c : s) {
    if (c == '`') r += '`';
    r += c;
  }
  return r + "`";
}

void AppendDisplay(const Value& v, bool top, std::string* out);

void AppendDisplayProperties(const EntityData* data, std::string* out) {
  if (data == nullptr || data->properties.empty()) return;
  out->append(" {");
  bool first = true;
  for (const auto& [k, e] : data->properties) {
    if (!first) out->append(", ");
    first = false;
    out->append(Name(k));
    out->append(": ");
    AppendDisplay(e, false, out);
  }
  out->push_back('}');
}

void AppendDisplayNode(const NodeValue& n, std::string* out) {
  out->append(fmt::format("(#{}", n.id));
  if (n.data) {
    for (const auto& l : n.data->labels) {
      out->push_back(':');
      out->append(Name(l));
    }
  }
  AppendDisplayProperties(n.data.get(), out);
  out->push_back(')');
}

void AppendDisplayRel(const RelValue& r, std::string* out) {
  out->append(fmt::format("[#{}", r.id));
  if (r.data) out->append(":" + Name(r.data->type));
  AppendDisplayProperties(r.data.get(), out);
  out->push_back(']');
}

// Cypher-like notation; a top-level string or date is shown bare.
void AppendDisplay(const Value& v, bool top, std::string* out) {
  switch (v.type()) {
    case Value::Type::kNull: out->append("null"); return;
    case Value::Type::kBool: out->append(v.as_bool() ? "true" : "false"); return;
    case Value::Type::kInt: out->append(std::to_string(v.as_int())); return;
    case Value::Type::kFloat: out->append(FloatToShortestString(v.as_float())); return;
    case Value::Type::kString: out->append(top ? v.as_string() : QuoteCypherString(v.as_string())); return;
    case Value::Type::kDate: out->append(FormatIsoDate(v.as_date())); return;
    case Value::Type::kList: {
      out->push_back('[');
      bool first = true;
      for (const auto& e : v.as_list()) {
        if (!first) out->append(", ");
        first = false;
        AppendDisplay(e, false, out);
      }
      out->push_back(']');
      return;
    }
    case Value::Type::kMap: {
      out->push_back('{');
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        if (!first) out->append(", ");
        first = false;
        out->append(Name(k));
        out->append(": ");
        AppendDisplay(e, false, out);
      }
      out->push_back('}');
      return;
    }
    case Value::Type::kNode: AppendDisplayNode(v.as_node(), out); return;
    case Value::Type::kRel: AppendDisplayRel(v.as_rel(), out); return;
    case Value::Type::kPath: {
      const auto& p = v.as_path();
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (i > 0) {
          const RelValue& r = p.rels[i - 1];
          bool forward = !r.data || r.data->start == p.nodes[i - 1].id;
          out->append(forward ? "-" : "<-");
          AppendDisplayRel(r, out);
          out->append(forward ? "->" : "-");
        }
        AppendDisplayNode(p.nodes[i], out);
      }
      return;
    }
  }
}

// Terminal columns taken by a code point: 2 for East Asian wide and
// full-width characters, 0 for combining marks, else 1.
int CodePointWidth(char32_t c) {
  if (c < 0x300) return 1;
  int8_t cat = static_cast<int8_t>(u_charType(static_cast<UChar32>(c)));
  if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || c == 0x200B) return 0;
  int w = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

// A table cell: control characters escaped, cut to kMaxCellWidth columns
// with a trailing '…'. Sets *width to its display width.
constexpr int kMaxCellWidth = 60;

std::string Cell(const std::string& text, int* width) {
  struct Piece {
    size_t start, len;  // in `escaped`
    int width;
  };
  std::string escaped;
  std::vector<Piece> pieces;
  int total = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(text, &pos);
    Piece p{escaped.size(), 0, 1};
    if (c == '\n') {
      escaped += "\\n", p.width = 2;
    } else if (c == '\r') {
      escaped += "\\r", p.width = 2;
    } else if (c == '\t') {
      escaped += "\\t", p.width = 2;
    } else if (c < 0x20 || c == 0x7f) {
      escaped += fmt::format("\\x{:02x}", static_cast<unsigned>(c)), p.width = 4;
    } else if (c == 0xFFFD) {
      escaped += "\xEF\xBF\xBD";
    } else {
      escaped.append(text, start, pos - start);
      p.width = CodePointWidth(c);
    }
    p.len = escaped.size() - p.start;
    total += p.width;
    pieces.push_back(p);
  }
  if (total <= kMaxCellWidth) {
    *width = total;
    return escaped;
  }
  std::string out;
  int w = 0;
  for (const Piece& p : pieces) {
    if (w + p.width > kMaxCellWidth - 1) break;
    out.append(escaped, p.start, p.len);
    w += p.width;
  }
  out += "\xE2\x80\xA6";  // …
  *width = w + 1;
  return out;
}

std::string Pad(const std::string& s, int width, int target, bool right) {
  std::string pad(static_cast<size_t>(std::max(0, target - width)), ' ');
  return right ? pad + s : s + pad;
}

std::string CountsLine(const UpdateCounts& c) {
  std::vector<std::string> parts;
  auto add = [&](uint64_t n, const char* one, const char* many) {
    if (n > 0) parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
  };
  add(c.nodes_created, "node created", "nodes created");
  add(c.nodes_deleted, "node deleted", "nodes deleted");
  add(c.relationships_created, "relationship created", "relationships created");
  add(c.relationships_deleted, "relationship deleted", "relationships deleted");
  add(c.properties_set, "property set", "properties set");
  add(c.labels_added, "label added", "labels added");
  add(c.labels_removed, "label removed", "labels removed");
  add(c.indexes_added, "index added", "indexes added");
  std::string r;
  for (size_t i = 0; i < parts.size(); ++i) r += (i ? ", " : "") + parts[i];
  return r;
}

void AppendPlanTree(const PlanNode& node, bool profiled, const std::string& prefix, bool root, bool last,
                    std::string* out) {
  out->append(prefix);
  if (!root) out->append(last ? "\xE2\x94\x94\xE2\x94\x80 " : "\xE2\x94\x9C\xE2\x94\x80 ");  // └─ ├─
  out->append(node.op);
  if (!node.details.empty()) out->append("  " + node.details);
  if (profiled) out->append(fmt::format("  rows={}  {:.3f} ms", node.rows, node.ms));
  out->push_back('\n');
  std::string child_prefix = root ? prefix : prefix + (last ? "   " : "\xE2\x94\x82  ");  // │
  for (size_t i = 0; i < node.children.size(); ++i)
    AppendPlanTree(node.children[i], profiled, child_prefix, false, i + 1 == node.children.size(), out);
}

std::string FormatTable(const QueryResult& r) {
  std::string out;
  if (!r.columns.empty()) {
    size_t ncol = r.columns.size();
    std::vector<int> widths(ncol, 0);
    std::vector<std::string> header(ncol);
    std::vector<int> header_w(ncol);
    for (size_t c = 0; c < ncol; ++c) {
      header[c] = Cell(r.columns[c], &header_w[c]);
      widths[c] = header_w[c];
    }
    struct CellText {
      std::string text;
      int width;
      bool number;
    };
    std::vector<std::vector<CellText>> cells;
    cells.reserve(r.rows.size());
    for (const auto& row : r.rows) {
      std::vector<CellText> line;
      for (size_t c = 0; c < ncol; ++c) {
        Value v = c < row.size() ? row[c] : Value();
        std::string text;
        AppendDisplay(v, true, &text);
        CellText cell;
        cell.text = Cell(text, &cell.width);
        cell.number = v.is_number();
        widths[c] = std::max(widths[c], cell.width);
        line.push_back(std::move(cell));
      }
      cells.push_back(std::move(line));
    }
    std::string rule = "+";
    for (int w : widths) rule += std::string(static_cast<size_t>(w) + 2, '-') + "+";
    rule += "\n";
    out += rule + "|";
    for (size_t c = 0; c < ncol; ++c) out += " " + Pad(header[c], header_w[c], widths[c], false) + " |";
    out += "\n" + rule;
    for (const auto& line : cells) {
      out += "|";
      for (size_t c = 0; c < ncol; ++c) {
        out += ' ';
        out += Pad(line[c].text, line[c].width, widths[c], line[c].number);
        out += " |";
      }
      out += "\n";
    }
    if (!cells.empty()) out += rule;
  }
  out += fmt::format("{} {}\n", r.rows.size(), r.rows.size() == 1 ? "row" : "rows");
  std::string counts = CountsLine(r.counts);
  if (!counts.empty()) out += counts + "\n";
  if (r.plan) {
    out += r.profiled ? "\nProfile:\n" : "\nPlan:\n";
    AppendPlanTree(*r.plan, r.profiled, "", true, true, &out);
  }
  return out;
}

void AppendJsonPlan(const PlanNode& node, std::string* out) {
  out->append("{\"operator\": ");
  AppendJsonString(node.op, out);
  out->append(", \"details\": ");
  AppendJsonString(node.details, out);
  out->append(fmt::format(", \"rows\": {}, \"ms\": ", node.rows));
  AppendJson(Value(node.ms), out);
  out->append(", \"children\": [");
  for (size_t i = 0; i < node.children.size(); ++i) {
    if (i > 0) out->append(", ");
    AppendJsonPlan(node.children[i], out);
  }
  out->append("]}");
}

std::string FormatJson(const QueryResult& r) {
  std::string out = "{\"columns\": [";
  for (size_t c = 0; c < r.columns.size(); ++c) {
    if (c > 0) out += ", ";
    AppendJsonString(r.columns[c], &out);
  }
  out += "],\n \"rows\": [";
  for (size_t i = 0; i < r.rows.size(); ++i) {
    out += i > 0 ? ",\n  [" : "\n  [";
    for (size_t c = 0; c < r.rows[i].size(); ++c) {
      if (c > 0) out += ", ";
      AppendJson(r.rows[i][c], &out);
    }
    out += "]";
  }
  out += r.rows.empty() ? "]" : "\n ]";
  if (r.plan) {
    out += ",\n \"plan\": ";
    AppendJsonPlan(*r.plan, &out);
  }
  out += "}\n";
  return out;
}

std::string FormatJsonl(const QueryResult& r) {
  std::string out;
  for (const auto& row : r.rows) {
    out += "{";
    for (size_t c = 0; c < r.columns.size(); ++c) {
      if (c > 0) out += ", ";
      AppendJsonString(r.columns[c], &out);
      out += ": ";
      AppendJson(c < row.size() ? row[c] : Value(), &out);
    }
    out += "}\n";
  }
  return out;
}

void AppendCsvField(const std::string& s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string CsvText(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return "";
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    case Value::Type::kInt: return std::to_string(v.as_int());
    case Value::Type::kFloat: return FloatToShortestString(v.as_float());
    case Value::Type::kString: return v.as_string();
    case Value::Type::kDate: return FormatIsoDate(v.as_date());
    default: {
      std::string json;
      AppendJson(v, &json);
      return json;
    }
  }
}

std::string FormatCsv(const QueryResult& r) {
  std::string out;
  for (size_t c = 0; c < r.columns.size(); ++c) {
    if (c > 0) out += ',';
    AppendCsvField(r.columns[c], &out);
  }
  out += "\r\n";
  for (const auto& row : r.rows) {
    for (size_t c = 0; c < r.columns.size(); ++c) {
      if (c > 0) out += ',';
      AppendCsvField(CsvText(c < row.size() ? row[c] : Value()), &out);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace

std::string FormatResult(const QueryResult& result, OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable: return FormatTable(result);
    case OutputFormat::kJson: return FormatJson(result);
    case OutputFormat::kJsonl: return FormatJsonl(result);
    case OutputFormat::kCsv: return FormatCsv(result);
  }
  return FormatTable(result);
}

std::string DisplayText(const Value& v) {
  std::string out;
  AppendDisplay(v, true, &out);
  return out;
}

bool ParseOutputFormat(std::string_view name, OutputFormat* format) {
  if (name == "table") {
    *format = OutputFormat::kTable;
  } else if (name == "json") {
    *format = OutputFormat::kJson;
  } else if (name == "jsonl") {
    *format = OutputFormat::kJsonl;
  } else if (name == "csv") {
    *format = OutputFormat::kCsv;
  } else {
    return false;
  }
  return true;
}

// ---- JSON parameters ----

namespace {

// Recursive-descent JSON reader (RFC 8259) producing Values. Also accepts
// the bare tokens NaN, Infinity and -Infinity that AppendJson writes.
// Errors name the byte offset. Nesting is limited to kMaxDepth.
class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : t_(text) {}

  Status Read(Value* out) {
    SkipSpace();
    KG_RETURN_IF_ERROR(ReadValue(out, 0));
    SkipSpace();
    if (i_ != t_.size()) return Error("unexpected text after the value");
    return Status::OK();
  }

 private:
  static constexpr int kMaxDepth = 256;

  Status Error(std::string_view what) const {
    std::string near;
    if (i_ < t_.size()) {
      near = fmt::format(" near '{}'", t_.substr(i_, std::min<size_t>(10, t_.size() - i_)));
    } else {
      near = " at the end";
    }
    return Status::InputError(fmt::format("malformed JSON at byte {}{}: {}", i_, near, what));
  }

  void SkipSpace() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) ++i_;
  }

  bool Consume(std::string_view word) {
    if (t_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  Status ReadValue(Value* out, int depth) {
    if (depth > kMaxDepth) return Error(fmt::format("nesting deeper than {} levels", kMaxDepth));
    if (i_ >= t_.size()) return Error("expected a value");
    char c = t_[i_];
    if (c == '{') return ReadObject(out, depth);
    if (c == '[') return ReadArray(out, depth);
    if (c == '"') {
      std::string s;
      KG_RETURN_IF_ERROR(ReadString(&s));
      *out = Value(std::move(s));
      return Status::OK();
    }
    static const std::pair<std::string_view, Value> kWords[] = {
        {"true", Value(true)},
        {"false", Value(false)},
        {"null", Value()},
        {"NaN", Value(std::numeric_limits<double>::quiet_NaN())},
        {"Infinity", Value(std::numeric_limits<double>::infinity())},
        {"-Infinity", Value(-std::numeric_limits<double>::infinity())},
    };
    for (const auto& [word, value] : kWords) {
      if (Consume(word)) {
        *out = value;
        return Status::OK();
      }
    }
    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber(out);
    return Error("expected a value");
  }

  Status ReadNumber(Value* out) {
    size_t start = i_;
    auto digit = [&] { return i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9'; };
    if (t_[i_] == '-') ++i_;
    if (!digit()) return Error("expected a digit");
    if (t_[i_] == '0') {
      ++i_;
    } else {
      while (digit()) ++i_;
    }
    bool integral = true;
    if (i_ < t_.size() && t_[i_] == '.') {
      integral = false;
      ++i_;
      if (!digit()) return Error("expected a digit after '.'");
      while (digit()) ++i_;
    }
    if (i_ < t_.size() && (t_[i_] == 'e' || t_[i_] == 'E')) {
      integral = false;
      ++i_;
      if (i_ < t_.size() && (t_[i_] == '+' || t_[i_] == '-')) ++i_;
      if (!digit()) return Error("expected a digit in the exponent");
      while (digit()) ++i_;
    }
    std::string_view text = t_.substr(start, i_ - start);
    if (integral) {
      int64_t v;
      auto r = std::from_chars(text.data(), text.data() + text.size(), v);
      if (r.ec == std::errc() && r.ptr == text.data() + text.size()) {
        *out = Value(v);
        return Status::OK();
      }
      // Out of the INTEGER range: kept as a float.
    }
    double d;
    auto r = std::from_chars(text.data(), text.data() + text.size(), d);
    if (r.ec == std::errc::result_out_of_range) {
      d = std::strtod(std::string(text).c_str(), nullptr);
    } else if (r.ec != std::errc()) {
      i_ = start;
      return Error("malformed number");
    }
    *out = Value(d);
    return Status::OK();
  }

  Status ReadHex4(uint32_t* v) {
    if (i_ + 4 > t_.size()) return Error("truncated \\u escape");
    uint32_t r = 0;
    for (int k = 0; k < 4; ++k) {
      char c = t_[i_ + k];
      r <<= 4;
      if (c >= '0' && c <= '9') {
        r |= static_cast<uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        r |= static_cast<uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        r |= static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return Error("bad \\u escape");
      }
    }
    i_ += 4;
    *v = r;
    return Status::OK();
  }

  Status ReadString(std::string* s) {
    ++i_;  // opening quote
    while (true) {
      if (i_ >= t_.size()) return Error("unterminated string");
      unsigned char c = static_cast<unsigned char>(t_[i_]);
      if (c == '"') {
        ++i_;
        return Status::OK();
      }
      if (c < 0x20) return Error("control character in a string");
      if (c == '\\') {
        ++i_;
        if (i_ >= t_.size()) return Error("unterminated string");
        char e = t_[i_++];
        switch (e) {
          case '"': s->push_back('"'); break;
          case '\\': s->push_back('\\'); break;
          case '/': s->push_back('/'); break;
          case 'b': s->push_back('\b'); break;
          case 'f': s->push_back('\f'); break;
          case 'n': s->push_back('\n'); break;
          case 'r': s->push_back('\r'); break;
          case 't': s->push_back('\t'); break;
          case 'u': {
            uint32_t cp = 0;
            KG_RETURN_IF_ERROR(ReadHex4(&cp));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              uint32_t lo = 0;
              if (!Consume("\\u")) return Error("unpaired UTF-16 surrogate");
              KG_RETURN_IF_ERROR(ReadHex4(&lo));
              if (lo < 0xDC00 || lo > 0xDFFF) return Error("unpaired UTF-16 surrogate");
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              return Error("unpaired UTF-16 surrogate");
            }
            AppendUtf8(cp, s);
            break;
          }
          default: --i_; return Error("bad escape");
        }
        continue;
      }
      if (c < 0x80) {
        s->push_back(static_cast<char>(c));
        ++i_;
        continue;
      }
      size_t start = i_;
      char32_t cp = DecodeUtf8(t_, &i_);
      size_t len = i_ - start;
      bool valid = !(cp == 0xFFFD && t_.substr(start, len) != "\xEF\xBF\xBD") && !(cp >= 0xD800 && cp <= 0xDFFF) &&
                   cp <= 0x10FFFF && !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) &&
                   !(len == 4 && cp < 0x10000);
      if (!valid) {
        i_ = start;
        return Error("invalid UTF-8");
      }
      s->append(t_.substr(start, len));
    }
  }

  Status ReadArray(Value* out, int depth) {
    ++i_;
    ValueList list;
    SkipSpace();
    if (i_ < t_.size() && t_[i_] == ']') {
      ++i_;
      *out = Value(std::move(list));
      return Status::OK();
    }
    while (true) {
      SkipSpace();
      Value v;
      KG_RETURN_IF_ERROR(ReadValue(&v, depth + 1));
      list.push_back(std::move(v));
      SkipSpace();
      if (i_ < t_.size() && t_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < t_.size() && t_[i_] == ']') {
        ++i_;
        *out = Value(std::move(list));
        return Status::OK();
      }
      return Error("expected ',' or ']'");
    }
  }

  Status ReadObject(Value* out, int depth) {
    ++i_;
    ValueMap map;
    SkipSpace();
    if (i_ < t_.size() && t_[i_] == '}') {
      ++i_;
      *out = Value(std::move(map));
      return Status::OK();
    }
    while (true) {
      SkipSpace();
      if (i_ >= t_.size() || t_[i_] != '"') return Error("expected a string key");
      std::string key;
      KG_RETURN_IF_ERROR(ReadString(&key));
      SkipSpace();
      if (i_ >= t_.size() || t_[i_] != ':') return Error("expected ':'");
      ++i_;
      SkipSpace();
      Value v;
      KG_RETURN_IF_ERROR(ReadValue(&v, depth + 1));
      // Keys stay unique: a repeated key keeps its first position, last value.
      auto it = std::find_if(map.begin(), map.end(), [&](const auto& e) { return e.first == key; });
      if (it != map.end()) {
        it->second = std::move(v);
      } else {
        map.emplace_back(std::move(key), std::move(v));
      }
      SkipSpace();
      if (i_ < t_.size() && t_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < t_.size() && t_[i_] == '}') {
        ++i_;
        *out = Value(std::move(map));
        return Status::OK();
      }
      return Error("expected ',' or '}'");
    }
  }

  std::string_view t_;
  size_t i_ = 0;
};

}  // namespace

Result<Value> ParseJsonValue(std::string_view json) {
  Value v;
  Status s = JsonReader(json).Read(&v);
  if (!s.ok()) return s;
  return v;
}

}  // namespace kg::query
