// UTF-8: validation, decoding and encoding of code points, shared by the
// readers (ingest/), the CSV importer (storage/) and string functions (query/).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

// True when `s` is valid UTF-8 (no overlongs, surrogates or code points above
// U+10FFFF). On false, *bad_offset is the byte offset of the first invalid
// sequence.
bool ValidateUtf8(std::string_view s, size_t* bad_offset);

// Decodes the code point at byte *pos and advances *pos past it. Invalid
// bytes decode as U+FFFD one byte at a time, so no byte is skipped unseen.
// REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `c`.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace kg
