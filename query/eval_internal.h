// Private helpers shared by the value-semantics files of query/
// (eval_compare.cpp, eval_arith.cpp, eval_functions.cpp, eval_aggregate.cpp)
// and format.cpp: error construction, UTF-8 code point handling, number
// formatting. Not part of query/'s interface.
#pragma once

#include "common/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/value.h"
#include "query/value_ops.h"

namespace kg::query::internal {

// "INTEGER", "STRING"... as openCypher spells a value's type.
inline const char* TypeNameOf(const Value& v) { return Value::TypeName(v.type()); }

[[noreturn]] void ThrowTypeError(std::string message);
[[noreturn]] void ThrowArgumentError(std::string message);
// "<what> expects <expected>, got <TYPE>" as a TypeError.
[[noreturn]] void ThrowWrongType(std::string_view what, std::string_view expected, const Value& got);

// ---- UTF-8 ----
// Strings are UTF-8. A code point starts at every byte that is not a
// continuation byte (10xxxxxx); a stray continuation byte at the start of a
// string counts as a code point of its own so no byte is ever lost.
size_t CodePointCount(std::string_view s);
// Byte offset of code point `index` (s.size() when index >= count).
size_t CodePointOffset(std::string_view s, size_t index);

// ---- numbers ----
// Exact comparison of an integer and a float: <0, 0, >0.
// REQUIRES: !isnan(d).
int CompareIntFloat(int64_t i, double d);
// The float as openCypher's toString() writes it (Java's Double.toString):
// "1.0", "0.001", "1.0E7", "1.5E-4", "NaN", "Infinity", "-Infinity".
std::string FloatToCypherString(double d);
// Shortest round-trip text with ".0" appended when the text is integral:
// "1.0", "0.1", "1e+20", "NaN", "Infinity", "-Infinity".
std::string FloatToShortestString(double d);

// Approximate heap bytes held by `v` (for memory limits).
size_t ApproxBytes(const Value& v);

}  // namespace kg::query::internal
