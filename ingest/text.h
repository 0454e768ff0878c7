// Text utilities shared by the readers and the extractor: UTF-8 validation
// and decoding, NFC normalisation (ICU), case folding of Latin, Greek and
// Cyrillic letters, and SHA-256.
//
// Thread safety: all functions are reentrant.
#pragma once

#include "common/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::ingest {

// NFC form of valid UTF-8 text (unchanged when already NFC; ASCII fast path).
std::string NormalizeNfc(std::string_view s);
// True when valid UTF-8 text is certainly NFC: each code point below
// U+3000 with NFC quick-check YES and combining class 0 (most news text:
// ASCII, Latin letters, punctuation). False only means "ask ICU":
// NormalizeNfc(s) == s whenever this is true.
bool IsNfcQuick(std::string_view s);
// ValidateUtf8 and IsNfcQuick in one pass over the text (the reader asks
// both of every article): kInvalid with *bad_offset set as ValidateUtf8
// sets it; else kNfc when IsNfcQuick(s), kValid when not.
enum class Utf8Check : uint8_t { kInvalid, kValid, kNfc };
Utf8Check CheckUtf8Nfc(std::string_view s, size_t* bad_offset);

// Lower-case form for lexicon lookups: letters lowered, typographic
// apostrophes (’ ‘ ʼ) turned into "'", NBSPs into spaces. Valid UTF-8 in and out.
std::string LowerKey(std::string_view s);

// Key for matching names regardless of accents and case: LowerKey, then
// accents of Latin letters dropped and hyphens/apostrophes turned into spaces.
std::string FoldKey(std::string_view s);

// Letter classes (ICU beyond ASCII; title case counts as upper case). The
// ASCII cases are answered inline: the tokeniser asks once per character.
bool IsUpperCodePointSlow(char32_t c);
bool IsLetterCodePointSlow(char32_t c);
inline bool IsUpperCodePoint(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : IsUpperCodePointSlow(c); }
inline bool IsLetterCodePoint(char32_t c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : IsLetterCodePointSlow(c);
}

// SHA-256 of `data` as 64 lowercase hex digits: OpenSSL's (hardware SHA
// instructions where the CPU has them), or PortableSha256Hex when OpenSSL
// offers no SHA-256.
std::string Sha256Hex(std::string_view data);
// The same digest from portable C++ code (the fallback; tests compare both).
std::string PortableSha256Hex(std::string_view data);

}  // namespace kg::ingest
