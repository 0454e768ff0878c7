#include <doctest/doctest.h>

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
}
