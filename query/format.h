// Writing query results: JSON values per interfaces.md, and the table, json,
// jsonl and csv result formats of `kg query` and the HTTP API.
#pragma once

#include <string>

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
// a row count line. json: {"columns": [...], "rows": [[...]...]}; EXPLAIN and
// PROFILE add "plan": {"operator","details","rows","ms","children"}.
std::string FormatResult(const QueryResult& result, OutputFormat format);

// Parses a `--param NAME=JSON` value (JSON text; whole numbers become
// integers). InputError on malformed JSON.
Result<Value> ParseJsonValue(std::string_view json);

}  // namespace kg::query
