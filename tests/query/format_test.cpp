#include "query/format.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <memory>
#include <string>

namespace kg::query {
namespace {

std::string Json(const Value& v) {
  std::string out;
  AppendJson(v, &out);
  return out;
}

Value NodeOf(NodeId id, std::vector<std::string> labels, ValueMap props) {
  auto data = std::make_shared<EntityData>();
  data->labels = std::move(labels);
  data->properties = std::move(props);
  return Value(NodeValue{id, data});
}

RelValue RelOf(EdgeId id, std::string type, NodeId start, NodeId end, ValueMap props) {
  auto data = std::make_shared<EntityData>();
  data->type = std::move(type);
  data->start = start;
  data->end = end;
  data->properties = std::move(props);
  return RelValue{id, data};
}

// The value of valid JSON text.
Value P(std::string_view text) {
  auto r = ParseJsonValue(text);
  REQUIRE(r.ok());
  return r.value();
}

size_t CountLines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST_CASE("AppendJson: scalars and floats") {
  CHECK(Json(Value()) == "null");
  CHECK(Json(Value(true)) == "true");
  CHECK(Json(Value(int64_t{-42})) == "-42");
  CHECK(Json(Value(std::numeric_limits<int64_t>::min())) == "-9223372036854775808");
  CHECK(Json(Value(1.0)) == "1.0");
  CHECK(Json(Value(-0.0)) == "-0.0");
  CHECK(Json(Value(0.1)) == "0.1");
  CHECK(Json(Value(1e20)) == "1e+20");
  CHECK(Json(Value(1.5e-300)) == "1.5e-300");
  CHECK(Json(Value(123456789012.0)) == "123456789012.0");
  CHECK(Json(Value(std::nan(""))) == "NaN");
  CHECK(Json(Value(std::numeric_limits<double>::infinity())) == "Infinity");
  CHECK(Json(Value(-std::numeric_limits<double>::infinity())) == "-Infinity");
  Date d;
  REQUIRE(ParseIsoDate("2025-12-20", &d));
  CHECK(Json(Value(d)) == "\"2025-12-20\"");
}

TEST_CASE("AppendJson: strings are escaped, UTF-8 kept, invalid bytes replaced") {
  CHECK(Json(Value("a\"b\\c")) == "\"a\\\"b\\\\c\"");
  CHECK(Json(Value("l1\nl2\t\r")) == "\"l1\\nl2\\t\\r\"");
  CHECK(Json(Value(std::string("\x01\x1f", 2))) == "\"\\u0001\\u001f\"");
  CHECK(Json(Value(std::string("nul\0x", 5))) == "\"nul\\u0000x\"");
  CHECK(Json(Value("Peskov — Песков 日本 😀")) == "\"Peskov — Песков 日本 😀\"");
  CHECK(Json(Value("bad\xff\xfe")) == "\"bad\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json(Value("trunc\xe2\x82")) == "\"trunc\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json(Value("overlong\xc0\xaf")) == "\"overlong\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json(Value("surrogate\xed\xa0\x80")) == "\"surrogate\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json(Value("\xEF\xBF\xBD")) == "\"\xEF\xBF\xBD\"");  // a real U+FFFD stays
}

TEST_CASE("AppendJson: containers and graph values") {
  ValueList inner = {Value(int64_t{1}), Value(2.5), Value()};
  CHECK(Json(Value(ValueList{Value(inner), Value(ValueList{})})) == "[[1, 2.5, null], []]");
  CHECK(Json(Value(ValueMap{{"b", Value(1)}, {"a", Value(ValueMap{})}})) == "{\"b\": 1, \"a\": {}}");
  Value n = NodeOf(12, {"Person"}, {{"name", Value("Dmitri Peskov")}});
  CHECK(Json(n) == "{\"id\": 12, \"labels\": [\"Person\"], \"properties\": {\"name\": \"Dmitri Peskov\"}}");
  RelValue r = RelOf(3, "SAID", 12, 13, {{"w", Value(0.5)}});
  CHECK(Json(Value(r)) ==
        "{\"id\": 3, \"type\": \"SAID\", \"start\": 12, \"end\": 13, \"properties\": {\"w\": 0.5}}");
  PathValue p;
  p.nodes = {n.as_node(), NodeOf(13, {}, {}).as_node()};
  p.rels = {r};
  CHECK(Json(Value(p)) ==
        "{\"nodes\": [" + Json(n) + ", {\"id\": 13, \"labels\": [], \"properties\": {}}], \"relationships\": [" +
            Json(Value(r)) + "]}");
  // Not materialised: still valid JSON, never a crash.
  CHECK(Json(Value(NodeValue{5, nullptr})) == "{\"id\": 5, \"labels\": [], \"properties\": {}}");
}

QueryResult SampleResult() {
  QueryResult r;
  r.columns = {"p.name", "n", "p"};
  r.rows.push_back({Value("Dmitri Peskov"), Value(int64_t{1}),
                    NodeOf(12, {"Person"}, {{"name", Value("Dmitri Peskov")}})});
  r.rows.push_back({Value("a,b \"q\"\nline"), Value(2.5), Value()});
  return r;
}

TEST_CASE("FormatResult json, round-tripping through ParseJsonValue") {
  QueryResult r = SampleResult();
  std::string out = FormatResult(r, OutputFormat::kJson);
  auto parsed = ParseJsonValue(out);
  REQUIRE(parsed.ok());
  const Value& v = *parsed;
  REQUIRE(v.is_map());
  CHECK(*v.Find("columns") == Value(ValueList{Value("p.name"), Value("n"), Value("p")}));
  const Value& rows = *v.Find("rows");
  REQUIRE(rows.as_list().size() == 2);
  CHECK(rows.as_list()[0].as_list()[0] == Value("Dmitri Peskov"));
  CHECK(rows.as_list()[1].as_list()[0] == Value("a,b \"q\"\nline"));
  CHECK(rows.as_list()[1].as_list()[1] == Value(2.5));
  CHECK(rows.as_list()[1].as_list()[2].is_null());
  CHECK(v.Find("plan") == nullptr);

  QueryResult empty;
  empty.columns = {"x"};
  CHECK(FormatResult(empty, OutputFormat::kJson) == "{\"columns\": [\"x\"],\n \"rows\": []}\n");
}

TEST_CASE("FormatResult json and table with a plan") {
  QueryResult r;
  r.columns = {"n"};
  r.profiled = true;
  PlanNode scan{"NodeByLabelScan", "(p:Person)", 10, 0.25, {}};
  PlanNode filter{"Filter", "p.name = $name", 1, 0.5, {scan}};
  r.plan = PlanNode{"ProduceResults", "n", 1, 0.75, {filter}};
  r.rows.push_back({Value(int64_t{1})});
  auto parsed = ParseJsonValue(FormatResult(r, OutputFormat::kJson));
  REQUIRE(parsed.ok());
  const Value* plan = parsed->Find("plan");
  REQUIRE(plan != nullptr);
  CHECK(*plan->Find("operator") == Value("ProduceResults"));
  CHECK(*plan->Find("ms") == Value(0.75));
  const Value& child = plan->Find("children")->as_list()[0];
  CHECK(*child.Find("details") == Value("p.name = $name"));
  CHECK(*child.Find("rows") == Value(int64_t{1}));
  CHECK(child.Find("children")->as_list()[0].Find("children")->as_list().empty());

  std::string table = FormatResult(r, OutputFormat::kTable);
  CHECK(table.find("Profile:") != std::string::npos);
  CHECK(table.find("ProduceResults  n  rows=1") != std::string::npos);
  CHECK(table.find("\xE2\x94\x94\xE2\x94\x80 Filter  p.name = $name  rows=1  0.500 ms") != std::string::npos);
  CHECK(table.find("   \xE2\x94\x94\xE2\x94\x80 NodeByLabelScan  (p:Person)  rows=10") != std::string::npos);
  r.profiled = false;
  table = FormatResult(r, OutputFormat::kTable);
  CHECK(table.find("Plan:") != std::string::npos);
  CHECK(table.find("rows=") == std::string::npos);
}

TEST_CASE("FormatResult jsonl: one object per row keyed by column") {
  std::string out = FormatResult(SampleResult(), OutputFormat::kJsonl);
  CHECK(CountLines(out) == 2);
  std::string first = out.substr(0, out.find('\n'));
  auto v = ParseJsonValue(first);
  REQUIRE(v.ok());
  CHECK(*v->Find("p.name") == Value("Dmitri Peskov"));
  CHECK(*v->Find("n") == Value(int64_t{1}));
  CHECK(v->Find("p")->Find("labels")->as_list()[0] == Value("Person"));
  QueryResult empty;
  empty.columns = {"x"};
  CHECK(FormatResult(empty, OutputFormat::kJsonl).empty());
}

TEST_CASE("FormatResult csv: RFC 4180 quoting, JSON for graph values") {
  std::string out = FormatResult(SampleResult(), OutputFormat::kCsv);
  CHECK(out ==
        "p.name,n,p\r\n"
        "Dmitri Peskov,1,\"{\"\"id\"\": 12, \"\"labels\"\": [\"\"Person\"\"], \"\"properties\"\": "
        "{\"\"name\"\": \"\"Dmitri Peskov\"\"}}\"\r\n"
        "\"a,b \"\"q\"\"\nline\",2.5,\r\n");
  QueryResult lists;
  lists.columns = {"l", "m"};
  lists.rows.push_back({Value(ValueList{Value(int64_t{1}), Value("x")}), Value(ValueMap{{"k", Value(true)}})});
  CHECK(FormatResult(lists, OutputFormat::kCsv) == "l,m\r\n\"[1, \"\"x\"\"]\",\"{\"\"k\"\": true}\"\r\n");
}

TEST_CASE("FormatResult table: alignment, cutting, escaping, counts") {
  QueryResult r;
  r.columns = {"name", "n"};
  r.rows.push_back({Value("Ana"), Value(int64_t{7})});
  r.rows.push_back({Value("日本"), Value(int64_t{12345})});
  r.rows.push_back({Value(std::string(100, 'x')), Value()});
  r.rows.push_back({Value("two\nlines"), Value(1.5)});
  std::string t = FormatResult(r, OutputFormat::kTable);
  CHECK(t.find("4 rows\n") != std::string::npos);
  CHECK(t.find("two\\nlines") != std::string::npos);
  CHECK(t.find(std::string(59, 'x') + "\xE2\x80\xA6") != std::string::npos);
  CHECK(t.find(std::string(60, 'x')) == std::string::npos);
  // Numbers right-aligned; every line of the table as wide as the rule.
  CHECK(t.find("|     7 |") != std::string::npos);
  CHECK(t.find("| 12345 |") != std::string::npos);
  CHECK(t.find("| 日本" + std::string(56, ' ') + " |") != std::string::npos);  // wide characters count 2
  CHECK(t.find("| null  |") != std::string::npos);

  QueryResult one;
  one.columns = {"x"};
  one.rows.push_back({Value(ValueList{Value("a"), Value(int64_t{1})})});
  CHECK(FormatResult(one, OutputFormat::kTable) ==
        "+----------+\n"
        "| x        |\n"
        "+----------+\n"
        "| ['a', 1] |\n"
        "+----------+\n"
        "1 row\n");

  QueryResult write;
  write.counts.nodes_created = 2;
  write.counts.properties_set = 1;
  CHECK(FormatResult(write, OutputFormat::kTable) == "0 rows\n2 nodes created, 1 property set\n");
}

TEST_CASE("DisplayText: Cypher-like notation") {
  Value n = NodeOf(12, {"Person", "Public Figure"}, {{"name", Value("O'Neil")}});
  CHECK(DisplayText(n) == "(#12:Person:`Public Figure` {name: 'O\\'Neil'})");
  CHECK(DisplayText(Value("bare")) == "bare");
  CHECK(DisplayText(Value(ValueList{Value("q"), Value(), Value(1.0)})) == "['q', null, 1.0]");
  PathValue p;
  p.nodes = {NodeOf(1, {"A"}, {}).as_node(), NodeOf(2, {}, {}).as_node(), NodeOf(3, {}, {}).as_node()};
  p.rels = {RelOf(7, "T", 1, 2, {}), RelOf(8, "U", 3, 2, {{"w", Value(int64_t{1})}})};
  CHECK(DisplayText(Value(p)) == "(#1:A)-[#7:T]->(#2)<-[#8:U {w: 1}]-(#3)");
}

TEST_CASE("ParseOutputFormat") {
  OutputFormat f;
  REQUIRE(ParseOutputFormat("csv", &f));
  CHECK(f == OutputFormat::kCsv);
  REQUIRE(ParseOutputFormat("jsonl", &f));
  CHECK(f == OutputFormat::kJsonl);
  CHECK_FALSE(ParseOutputFormat("xml", &f));
  CHECK_FALSE(ParseOutputFormat("JSON", &f));
}

TEST_CASE("ParseJsonValue: types, order, escapes") {
  auto v = ParseJsonValue(R"( {"b": [1, -2, 3.0, 1e2, -0.5E-1, true, false, null], "a": "x\u00e9\ud83d\ude00\n\/"} )");
  REQUIRE(v.ok());
  REQUIRE(v->is_map());
  CHECK(v->as_map()[0].first == "b");  // key order kept
  CHECK(*v->Find("b") == Value(ValueList{Value(int64_t{1}), Value(int64_t{-2}), Value(3.0), Value(100.0),
                                         Value(-0.05), Value(true), Value(false), Value()}));
  CHECK(*v->Find("a") == Value("xé😀\n/"));
  CHECK(P("9223372036854775807") == Value(std::numeric_limits<int64_t>::max()));
  CHECK(P("-9223372036854775808") == Value(std::numeric_limits<int64_t>::min()));
  CHECK(P("9223372036854775808") == Value(9223372036854775808.0));
  CHECK(P("1e400") == Value(std::numeric_limits<double>::infinity()));
  CHECK(P("NaN").is_float());
  CHECK(P("[Infinity, -Infinity]") ==
        Value(ValueList{Value(std::numeric_limits<double>::infinity()), Value(-std::numeric_limits<double>::infinity())}));
  CHECK(P("\"Песков\"") == Value("Песков"));
  CHECK(P("{\"k\": 1, \"k\": 2}") == Value(ValueMap{{"k", Value(int64_t{2})}}));
  CHECK(P("{}") == Value(ValueMap{}));
  CHECK(P("[]") == Value(ValueList{}));
}

TEST_CASE("ParseJsonValue: malformed input is an InputError naming the byte") {
  struct Case {
    const char* text;
    const char* expect;
  };
  for (Case c : {Case{"", "byte 0"}, Case{"[1, 2", "byte 5"}, Case{"{\"a\" 1}", "byte 5"}, Case{"01", "byte 1"},
                 Case{"[1,]", "byte 3"}, Case{"\"abc", "unterminated"}, Case{"tru", "byte 0"},
                 Case{"1 2", "byte 2"}, Case{"\"\\x\"", "bad escape"}, Case{"\"\\ud800\"", "surrogate"},
                 Case{"{'a': 1}", "byte 1"}, Case{"-", "byte 1"}, Case{"1.", "byte 2"}, Case{"\"a\nb\"", "control"},
                 Case{"\"\xff\"", "UTF-8"}, Case{"+1", "byte 0"}}) {
    auto r = ParseJsonValue(c.text);
    INFO(c.text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().kind() == ErrorKind::kInputError);
    CHECK(r.status().message().find(c.expect) != std::string::npos);
  }
  std::string deep(300, '[');
  deep += std::string(300, ']');
  auto r = ParseJsonValue(deep);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("nesting") != std::string::npos);
  std::string ok_deep = std::string(200, '[') + std::string(200, ']');
  CHECK(ParseJsonValue(ok_deep).ok());
}

}  // namespace
}  // namespace kg::query
