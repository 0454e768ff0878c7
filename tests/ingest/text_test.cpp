#include <doctest/doctest.h>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "ingest/text.h"

using namespace kg::ingest;

TEST_CASE("Sha256Hex matches the FIPS 180-4 examples") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(PortableSha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("Sha256Hex and PortableSha256Hex agree at every padding boundary") {
  // Lengths around the 55/56/64-byte padding edges and over several blocks.
  std::string s;
  for (size_t n = 0; n <= 300; ++n) {
    CHECK(Sha256Hex(s) == PortableSha256Hex(s));
    s.push_back(static_cast<char>('a' + n % 26));
  }
}

TEST_CASE("ValidateUtf8 reports the offset of the first bad byte") {
  size_t bad = 0;
  CHECK(kg::ValidateUtf8("Genève, « oui »", &bad));
  CHECK_FALSE(kg::ValidateUtf8(std::string("abc\xff" "def"), &bad));
  CHECK(bad == 3);
  CHECK_FALSE(kg::ValidateUtf8(std::string("ab\xc3"), &bad));  // truncated sequence
  CHECK(bad == 2);
  CHECK_FALSE(kg::ValidateUtf8(std::string("\xc0\xaf"), &bad));  // overlong
  CHECK(bad == 0);
  CHECK_FALSE(kg::ValidateUtf8(std::string("x\xed\xa0\x80"), &bad));  // surrogate
  CHECK(bad == 1);
}

TEST_CASE("NormalizeNfc composes accents") {
  CHECK(NormalizeNfc("Gene\xcc\x80ve") == "Genève");
  CHECK(NormalizeNfc("plain ascii") == "plain ascii");
}

TEST_CASE("LowerKey and FoldKey") {
  CHECK(LowerKey("L’ÉTAT") == "l'état");
  CHECK(FoldKey("Maison-Blanche") == "maison blanche");
  CHECK(FoldKey("Université d’État") == "universite d etat");
  // U+023A and U+023E lower to three-byte letters (U+2C65, U+2C66): the
  // text after them is kept.
  CHECK(LowerKey("AȺb") == "aⱥb");
  CHECK(LowerKey("ȺȾ ABC DEF GHI JKL MNO") == "ⱥⱦ abc def ghi jkl mno");
  CHECK(FoldKey("AȺb") == "aⱥb");
}

namespace {

// FoldKey as it was written before its table of Latin letters: every
// non-ASCII code point decomposed by ICU, non-spacing marks dropped.
std::string ReferenceFoldKey(std::string_view s) {
  std::string lower = LowerKey(s);
  std::string out;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  size_t i = 0;
  bool space = true;
  while (i < lower.size()) {
    char32_t c = kg::DecodeUtf8(lower, &i);
    if (c == '\'' || c == '-' || c == ' ' || c == '.' || c == 0x2013 || c == 0x2014) {
      if (!space) out.push_back(' ');
      space = true;
      continue;
    }
    space = false;
    if (c < 0x80 || U_FAILURE(err)) {
      kg::AppendUtf8(c, &out);
      continue;
    }
    icu::UnicodeString d;
    nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), d, err);
    if (U_FAILURE(err)) {
      err = U_ZERO_ERROR;
      kg::AppendUtf8(c, &out);
      continue;
    }
    for (int32_t k = 0; k < d.length();) {
      UChar32 dc = d.char32At(k);
      k += U16_LENGTH(dc);
      if (u_charType(dc) != U_NON_SPACING_MARK) kg::AppendUtf8(static_cast<char32_t>(dc), &out);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST_CASE("FoldKey agrees with ICU's decomposition for every code point of the Latin blocks and beyond") {
  // Every code point below U+3100 (surrogates excluded), alone, between
  // letters, after a separator, and in upper and lower case.
  for (char32_t c = 1; c < 0x3100; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string ch;
    kg::AppendUtf8(c, &ch);
    for (const std::string& s : {ch, "A" + ch + "b", "- " + ch + ch + " .", "É" + ch + "ŒUVRE"}) {
      INFO("code point " << static_cast<uint32_t>(c));
      REQUIRE(FoldKey(s) == ReferenceFoldKey(s));
    }
  }
  // Invalid UTF-8 (FoldKey's callers pass valid text; it still must not
  // read past the end or diverge).
  for (std::string s : {std::string("\xC3"), std::string("a\xC3"), std::string("\xE2\x80"), std::string("\xFF\xFE")})
    CHECK(FoldKey(s) == ReferenceFoldKey(s));
}
}  // namespace

TEST_CASE("CheckUtf8Nfc answers as ValidateUtf8 and IsNfcQuick") {
  std::vector<std::string> texts = {"", "plain ascii text, longer than eight bytes", "l’État, « Genève » – 12 €",
                                    "Gene\xcc\x80ve", "\xe2\x84\xab", "\xef\xbb\xbf" "BOM", "abc\xff" "def",
                                    "ab\xc3", "\xc0\xaf", "x\xed\xa0\x80", "\xf4\x90\x80\x80",
                                    "0123456789\xcc\x80 then \xff", "\xf0\x9f\x98\x80 emoji"};
  // Every code point below U+3100 alone, and each lead byte with broken or
  // missing continuations.
  for (char32_t c = 1; c < 0x3100; c += 7) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string ch = "abcdefgh";
    kg::AppendUtf8(c, &ch);
    texts.push_back(ch);
  }
  for (int b = 0x80; b < 0x100; ++b)
    for (const char* rest : {"", "\x80", "\x80\x80", "\x80\x80\x80", "a", "\xbf\xbf"})
      texts.push_back(std::string(1, static_cast<char>(b)) + rest);
  for (const std::string& s : texts) {
    INFO(s);
    size_t bad1 = 12345, bad2 = 12345;
    bool valid = kg::ValidateUtf8(s, &bad1);
    Utf8Check c = CheckUtf8Nfc(s, &bad2);
    CHECK((c != Utf8Check::kInvalid) == valid);
    if (!valid) CHECK(bad1 == bad2);
    else CHECK((c == Utf8Check::kNfc) == IsNfcQuick(s));
  }
}

TEST_CASE("IsNfcQuick: true only for text NormalizeNfc leaves as it is") {
  CHECK(IsNfcQuick("plain ascii, l’État, « Genève » – 12 €"));
  CHECK_FALSE(IsNfcQuick("Gene\xcc\x80ve"));  // a combining grave accent
  CHECK_FALSE(IsNfcQuick("\xe2\x84\xab"));    // U+212B ANGSTROM SIGN: NFC is U+00C5
  // Every code point below U+3100, alone and after a letter it could
  // compose with: when the quick check says NFC, ICU agrees.
  for (char32_t c = 1; c < 0x3100; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string ch;
    kg::AppendUtf8(c, &ch);
    for (const std::string& s : {ch, "e" + ch, ch + "a"}) {
      INFO("code point " << static_cast<uint32_t>(c));
      UErrorCode err = U_ZERO_ERROR;
      const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
      if (IsNfcQuick(s)) REQUIRE(nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), err));
    }
  }
}

namespace {

// LowerKey and FoldKey of an ASCII text, byte by byte: capitals lowered;
// for FoldKey, runs of ' - . and space made one space, none at the ends.
std::string AsciiLowerKey(const std::string& s) {
  std::string out;
  for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  return out;
}
std::string AsciiFoldKey(const std::string& s) {
  std::string out;
  bool space = true;
  for (char c : AsciiLowerKey(s)) {
    if (c == '\'' || c == '-' || c == '.' || c == ' ') {
      if (!space) out.push_back(' ');
      space = true;
      continue;
    }
    out.push_back(c);
    space = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("LowerKey and FoldKey lower ASCII eight bytes at a time as they do byte by byte") {
  // Every ASCII byte but NUL, in runs of each length and offset, so that the
  // eight-byte path and the byte path each meet every byte and boundary.
  std::string all;
  for (int c = 1; c < 0x80; ++c) all.push_back(static_cast<char>(c));
  for (size_t len = 0; len <= 24; ++len)
    for (size_t start = 0; start + len <= all.size(); ++start) {
      std::string s = all.substr(start, len);
      CHECK(LowerKey(s) == AsciiLowerKey(s));
      CHECK(FoldKey(s) == AsciiFoldKey(s));
    }
  CHECK(LowerKey("@AZ[`az{ZAGREB-SARAJEVO") == "@az[`az{zagreb-sarajevo");
  CHECK(FoldKey("THE UNITED-NATIONS'S  GENERAL.ASSEMBLY..") == "the united nations s general assembly");
}

TEST_CASE("LowerKey and FoldKey mix eight-byte ASCII runs with other characters") {
  CHECK(LowerKey("ORGANISATION ÉTATS-UNIS D’AMÉRIQUE ET ŒUVRES") == "organisation états-unis d'amérique et œuvres");
  CHECK(FoldKey("ORGANISATION ÉTATS-UNIS D’AMÉRIQUE ET ŒUVRES") == "organisation etats unis d amerique et œuvres");
  CHECK(FoldKey("Président–directeur général—Société Générale") == "president directeur general societe generale");
  CHECK(LowerKey("ABCDEFGHÀ") == "abcdefghà");
  CHECK(FoldKey("ABCDEFGHÀ") == "abcdefgha");
  CHECK(FoldKey("ÀABCDEFGH IJKLMNOP") == "aabcdefgh ijklmnop");
  // Eight-byte runs between letters beyond Latin-1 (Ǆ, lowered by ICU).
  std::string longer;
  for (int k = 0; k < 20; ++k) longer += "ABCDEFGH\u01C4";
  std::string expected;
  for (int k = 0; k < 20; ++k) expected += "abcdefgh" + FoldKey("\u01C4");
  CHECK(FoldKey(longer) == expected);
}
