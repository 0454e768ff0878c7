#include "ingest/text.h"

#include <openssl/evp.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <climits>
#include <cstdint>
#include <cstring>

namespace kg::ingest {

namespace {

// Code points below kEnd that leave any text NFC: quick-check value YES
// and canonical combining class 0 (ICU's properties, read once). A text of
// such code points only is NFC (UAX #15 quick check: no character to
// compose with the one before, none to reorder).
class NfcStable {
 public:
  static constexpr char32_t kEnd = 0x3000;
  static const NfcStable& Get() {
    static const NfcStable table;  // thread-safe initialisation
    return table;
  }
  bool Has(char32_t c) const { return c < kEnd && (bits_[c >> 6] >> (c & 63) & 1) != 0; }

 private:
  NfcStable() {
    for (char32_t c = 0; c < kEnd; ++c) {
      auto u = static_cast<UChar32>(c);
      if (u_getIntPropertyValue(u, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(u) == 0)
        bits_[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
  uint64_t bits_[kEnd / 64] = {};
};

}  // namespace

bool IsNfcQuick(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const NfcStable* stable = nullptr;
  size_t i = 0;
  while (i < n) {
    i = SkipAscii(p, n, i);
    if (i >= n) break;
    if (!stable) stable = &NfcStable::Get();
    if (!stable->Has(DecodeUtf8(s, &i))) return false;
  }
  return true;
}

Utf8Check CheckUtf8Nfc(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const NfcStable* stable = nullptr;
  bool nfc = true;
  size_t i = 0;
  while (i < n) {
    i = SkipAscii(p, n, i);
    if (i >= n) break;
    char32_t cp;
    size_t len = DecodeStrictUtf8(p, n, i, &cp);
    if (len == 0) {
      *bad_offset = i;
      return Utf8Check::kInvalid;
    }
    if (nfc) {
      if (!stable) stable = &NfcStable::Get();
      nfc = stable->Has(cp);
    }
    i += len;
  }
  return nfc ? Utf8Check::kNfc : Utf8Check::kValid;
}

std::string NormalizeNfc(std::string_view s) {
  if (IsNfcQuick(s)) return std::string(s);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || s.size() > static_cast<size_t>(INT32_MAX)) return std::string(s);
  // Checked and normalised in UTF-8 directly (no UTF-16 copy of the text).
  icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return std::string(s);
  err = U_ZERO_ERROR;
  std::string result;
  result.reserve(s.size());
  icu::StringByteSink<std::string> sink(&result);
  nfc->normalizeUTF8(0, piece, sink, nullptr, err);
  if (U_FAILURE(err)) return std::string(s);
  return result;
}

bool IsUpperCodePointSlow(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool IsLetterCodePointSlow(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;

// Eight ASCII bytes (no high bit set) with their capitals A-Z lowered. No
// sum below carries into the next byte: every byte is at most 0x7F.
inline uint64_t LowerAscii8(uint64_t w) {
  uint64_t above_z = (w + kOnes * (0x7F - 'Z')) & kHighBits;  // byte > 'Z'
  uint64_t from_a = (w + kOnes * (0x80 - 'A')) & kHighBits;   // byte >= 'A'
  return w | ((from_a & ~above_z) >> 2);                     // + 0x20 on A-Z
}

}  // namespace

std::string LowerKey(std::string_view s) {
  // Written over a copy of the input, one byte pass: ASCII and the Latin-1
  // letters (lead byte 0xC3, most accented letters of French) are lowered
  // inline; other characters go through ICU's simple lower-case mapping,
  // which may change their length (the string grows when needed).
  std::string out(s);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), r = 0, w = 0;
  char* o = out.data();  // (a local pointer: stores through char* would reload out's)
  while (r < n) {
    if (r + 8 <= n) {
      // Eight ASCII bytes at a time (o has room: out.size() >= w + (n - r)).
      uint64_t word;
      std::memcpy(&word, p + r, 8);
      if ((word & kHighBits) == 0) {
        word = LowerAscii8(word);
        std::memcpy(o + w, &word, 8);
        r += 8;
        w += 8;
        continue;
      }
    }
    unsigned char b = p[r];
    if (b < 0x80) {
      o[w++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++r;
      continue;
    }
    if (b == 0xC3 && r + 1 < n && (p[r + 1] & 0xC0) == 0x80) {
      // U+00C0..U+00FF: the capitals U+00C0..U+00DE (but U+00D7, the sign
      // ×) lower to the code point 0x20 above, in the same two bytes.
      unsigned char c = p[r + 1];
      if (c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 0x20);
      o[w++] = static_cast<char>(0xC3);
      o[w++] = static_cast<char>(c);
      r += 2;
      continue;
    }
    char32_t c = DecodeUtf8(s, &r);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032) {
      c = '\'';
    } else if (c == 0x00A0 || c == 0x202F || c == 0x2009) {
      c = ' ';
    } else if (c == 0x2010 || c == 0x2011) {
      c = '-';
    } else {
      c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    }
    char buf[4];
    size_t len = 0;
    if (c < 0x80) {
      buf[len++] = static_cast<char>(c);
    } else {
      std::string enc;
      AppendUtf8(c, &enc);
      len = enc.size();
      std::memcpy(buf, enc.data(), len);
    }
    // Invariant: out.size() >= w + (n - r) (ASCII and Latin-1 letters keep
    // their length; a character whose lower case is longer grows it).
    if (w + len + (n - r) > out.size()) {
      out.resize(w + len + (n - r));
      o = out.data();
    }
    std::memcpy(o + w, buf, len);
    w += len;
  }
  out.resize(w);
  return out;
}

namespace {

// FoldKey's treatment of one code point of LowerKey's output that is not a
// separator: its NFD form with the non-spacing marks dropped (ICU), appended
// to out; the code point itself when ICU fails.
void FoldCodePoint(char32_t c, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  if (c < 0x80 || U_FAILURE(err)) {
    AppendUtf8(c, out);
    return;
  }
  icu::UnicodeString d;
  nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), d, err);
  if (U_FAILURE(err)) {
    AppendUtf8(c, out);
    return;
  }
  for (int32_t k = 0; k < d.length();) {
    UChar32 dc = d.char32At(k);
    k += U16_LENGTH(dc);
    if (u_charType(dc) != U_NON_SPACING_MARK) AppendUtf8(static_cast<char32_t>(dc), out);
  }
}

// FoldCodePoint of the code points U+0080..U+024F (Latin-1 Supplement,
// Latin Extended-A and B: nearly every non-ASCII letter of French and
// English news), computed once with ICU and kept as UTF-8.
class LatinFolds {
 public:
  static constexpr char32_t kEnd = 0x250;
  static const LatinFolds& Get() {
    static const LatinFolds folds;  // thread-safe initialisation
    return folds;
  }
  // REQUIRES: 0x80 <= c < kEnd.
  std::string_view Of(char32_t c) const {
    const Entry& e = entries_[c - 0x80];
    return std::string_view(e.bytes, e.size);
  }

 private:
  struct Entry {
    uint8_t size = 0;
    char bytes[15];
  };
  LatinFolds() {
    for (char32_t c = 0x80; c < kEnd; ++c) {
      std::string f;
      FoldCodePoint(c, &f);
      Entry& e = entries_[c - 0x80];
      if (f.size() > sizeof e.bytes) f.resize(0);  // (never: at most a few code points)
      e.size = static_cast<uint8_t>(f.size());
      std::memcpy(e.bytes, f.data(), f.size());
    }
  }
  Entry entries_[kEnd - 0x80];
};

}  // namespace

// LowerKey's mapping of one code point (non-ASCII, not a Latin-1 letter
// written C3 xx, which LowerKey lowers inline by the same rule as ICU).
char32_t LowerCodePoint(char32_t c) {
  if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032) return '\'';
  if (c == 0x00A0 || c == 0x202F || c == 0x2009) return ' ';
  if (c == 0x2010 || c == 0x2011) return '-';
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

std::string FoldKey(std::string_view s) {
  // One pass over s: each code point lowered as LowerKey lowers it, then
  // folded as FoldKey folds LowerKey's output (the same result as the two
  // passes: LowerKey maps code points one by one).
  // Written through a pointer into a buffer of the input's size (the fold
  // of a code point is rarely longer than the code point): grown when a
  // fold would not fit, cut to the length written at the end.
  const LatinFolds& latin = LatinFolds::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  std::string out(n, '\0');  // (n <= 15: no allocation)
  char* o = out.data();
  size_t w = 0;
  auto room = [&](size_t k) {
    if (w + k > out.size()) {
      out.resize(2 * out.size() + k);
      o = out.data();
    }
  };
  size_t i = 0;
  bool space = true;  // collapse runs of separators
  while (i < n) {
    char32_t c = p[i];
    if (c < 0x80) {
      // A run of ASCII bytes, folded here: each writes at most one byte (a
      // letter or digit lowered, other bytes as they are, separators ' - .
      // and space collapsed into one space), so room for the run is made
      // once.
      size_t end = i + 1;
      while (end < n && p[end] < 0x80) ++end;
      room(end - i);
      for (; i < end; ++i) {
        unsigned char b = p[i];
        if (b <= '.' && (b == '\'' || b == '-' || b == ' ' || b == '.')) {
          if (!space) o[w++] = ' ';
          space = true;
        } else {
          o[w++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
          space = false;
        }
      }
      continue;
    } else if (c == 0xC3 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      // U+00C0..U+00FF; the capitals (but U+00D7) lower to 0x20 above.
      c = 0xC0 | (p[i + 1] & 0x3F);
      if (c <= 0xDE && c != 0xD7) c += 0x20;
      i += 2;
    } else {
      c = LowerCodePoint(DecodeUtf8(s, &i));
    }
    if (c == '\'' || c == '-' || c == ' ' || c == '.' || c == 0x2013 || c == 0x2014) {
      if (!space) {
        room(1);
        o[w++] = ' ';
      }
      space = true;
      continue;
    }
    space = false;
    if (c < 0x80) {
      room(1);
      o[w++] = static_cast<char>(c);
    } else {
      std::string other;
      std::string_view f;
      if (c < LatinFolds::kEnd) {
        f = latin.Of(c);
      } else {
        FoldCodePoint(c, &other);
        f = other;
      }
      room(f.size());
      std::memcpy(o + w, f.data(), f.size());
      w += f.size();
    }
  }
  while (w > 0 && o[w - 1] == ' ') --w;
  out.resize(w);
  return out;
}

// ---- SHA-256 (FIPS 180-4) ----
namespace {

constexpr std::array<uint32_t, 64> kK = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline uint32_t Rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void Block(const unsigned char* p, uint32_t h[8]) {
  uint32_t w[64];
  for (int i = 0; i < 16; ++i)
    w[i] = (uint32_t{p[4 * i]} << 24) | (uint32_t{p[4 * i + 1]} << 16) | (uint32_t{p[4 * i + 2]} << 8) |
           uint32_t{p[4 * i + 3]};
  for (int i = 16; i < 64; ++i) {
    uint32_t s0 = Rotr(w[i - 15], 7) ^ Rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = Rotr(w[i - 2], 17) ^ Rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 64; ++i) {
    uint32_t t1 = hh + (Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
    uint32_t t2 = (Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

// The FIPS 180-4 algorithm in portable C++: the fallback when OpenSSL's
// digest is unavailable (no provider loaded).
void PortableSha256(std::string_view data, unsigned char digest[32]) {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size(), i = 0;
  for (; i + 64 <= n; i += 64) Block(p + i, h);
  unsigned char tail[128] = {};
  size_t rest = n - i;
  if (rest) std::memcpy(tail, p + i, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 9 <= 64 ? 64 : 128;
  uint64_t bits = static_cast<uint64_t>(n) * 8;
  for (int k = 0; k < 8; ++k) tail[tail_len - 1 - k] = static_cast<unsigned char>(bits >> (8 * k));
  Block(tail, h);
  if (tail_len == 128) Block(tail + 64, h);
  for (int k = 0; k < 8; ++k)
    for (int b = 0; b < 4; ++b) digest[4 * k + b] = static_cast<unsigned char>(h[k] >> (24 - 8 * b));
}

// OpenSSL's SHA-256 (SHA-NI / AVX2 code chosen at run time, several times
// faster than the portable code), fetched once; null when unavailable.
const EVP_MD* OpenSslSha256() {
  static const EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);  // never freed: used until exit
  return md;
}

std::string Hex(const unsigned char digest[32]) {
  static const char* kHex = "0123456789abcdef";
  std::string out(64, '0');
  for (int k = 0; k < 32; ++k) {
    out[2 * k] = kHex[digest[k] >> 4];
    out[2 * k + 1] = kHex[digest[k] & 15];
  }
  return out;
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  const EVP_MD* md = OpenSslSha256();
  if (!md || EVP_Digest(data.data(), data.size(), digest, &size, md, nullptr) != 1 || size != 32)
    PortableSha256(data, digest);
  return Hex(digest);
}

std::string PortableSha256Hex(std::string_view data) {
  unsigned char digest[32];
  PortableSha256(data, digest);
  return Hex(digest);
}

}  // namespace kg::ingest
