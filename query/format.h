// Writing query results: JSON values per interfaces.md, and the table, json,
// jsonl and csv result formats of `kg query` and the HTTP API.
#pragma once

#include <string>
#include <string_view>

#include "common/value.h"
#include "query/query.h"

namespace kg::query {

enum class OutputFormat { kTable, kJson, kJsonl, kCsv };

// Appends the JSON text of `v` (interfaces.md: floats always with '.' or an
// exponent, NaN/Infinity/-Infinity bare, dates as ISO strings, nodes as
// {"id","labels","properties"}, relationships as {"id","type","start","end",
// "properties"}, paths as {"nodes","relationships"}).
// REQUIRES: entity values are materialised.
void AppendJson(const Value& v, std::string* out);

// The whole result in `format`. Table: aligned columns, long values cut, and
// a row count line, then update counts and the plan tree when present
// (cells longer than 60 columns are cut with '…'; control characters are
// escaped). json: {"columns": [...], "rows": [[...]...]}; EXPLAIN and
// PROFILE add "plan": {"operator","details","rows","ms","children"}.
// jsonl: one object per row keyed by column. csv: RFC 4180 (CRLF line
// ends, a header row, null as an empty field, nodes, relationships, paths,
// lists and maps as their JSON text).
std::string FormatResult(const QueryResult& result, OutputFormat format);

// The name of a format as written on the command line ("table", "json",
// "jsonl", "csv"); false for any other name.
bool ParseOutputFormat(std::string_view name, OutputFormat* format);

// A value as a table cell shows it, before cutting: Cypher-like notation
// with top-level strings and dates bare, nodes as (#12:Person {name: 'X'}),
// relationships as [#3:TYPE {k: v}], paths as (#1)-[#3:T]->(#2).
std::string DisplayText(const Value& v);

// Parses a `--param NAME=JSON` value (JSON text; whole numbers become
// integers, other numbers floats; objects keep their key order; the bare
// tokens NaN, Infinity and -Infinity are accepted as floats). InputError
// naming the byte offset on malformed JSON, invalid UTF-8 or nesting
// deeper than 256 levels.
Result<Value> ParseJsonValue(std::string_view json);

}  // namespace kg::query
