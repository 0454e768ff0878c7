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

// Lower-case form for lexicon lookups: letters lowered, typographic
// apostrophes (’ ‘ ʼ) turned into "'", NBSPs into spaces. Valid UTF-8 in and out.
std::string LowerKey(std::string_view s);

// Key for matching names regardless of accents and case: LowerKey, then
// accents of Latin letters dropped and hyphens/apostrophes turned into spaces.
std::string FoldKey(std::string_view s);

bool IsUpperCodePoint(char32_t c);
bool IsLetterCodePoint(char32_t c);

// SHA-256 of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace kg::ingest
