// UTF-8: validation, decoding and encoding of code points, shared by the
// readers (ingest/), the CSV importer (storage/) and string functions (query/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kg {

// True when `s` is valid UTF-8 (no overlongs, surrogates or code points above
// U+10FFFF). On false, *bad_offset is the byte offset of the first invalid
// sequence.
bool ValidateUtf8(std::string_view s, size_t* bad_offset);

// The offset of the first non-ASCII byte at or after `i`, or `n`: ASCII
// bytes skipped eight at a time, then one by one.
inline size_t SkipAscii(const unsigned char* p, size_t n, size_t i) {
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & 0x8080808080808080ULL) != 0) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// Decodes the multi-byte sequence at p[i] (REQUIRES: i < n, p[i] >= 0x80)
// under ValidateUtf8's rules: returns its length and sets *cp, or returns 0
// when it is invalid (a bad lead or continuation byte, truncated, overlong,
// a surrogate, above U+10FFFF).
inline size_t DecodeStrictUtf8(const unsigned char* p, size_t n, size_t i, char32_t* cp) {
  unsigned char c = p[i];
  size_t len;
  char32_t min, v;
  if ((c & 0xE0) == 0xC0) {
    len = 2, min = 0x80, v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, min = 0x800, v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, v = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > n) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (p[i + k] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

// Decodes the code point at byte *pos and advances *pos past it. Invalid
// bytes decode as U+FFFD one byte at a time, so no byte is skipped unseen.
// REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `c`.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace kg
