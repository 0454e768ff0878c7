#include "common/utf8.h"

#include <doctest/doctest.h>

namespace kg {

TEST_CASE("UTF-8 decoding and encoding round-trip every length") {
  std::string s;
  for (char32_t c : {U'a', U'é', U'€', U'😀'}) AppendUtf8(c, &s);
  CHECK(s == "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
  size_t pos = 0;
  CHECK(DecodeUtf8(s, &pos) == U'a');
  CHECK(DecodeUtf8(s, &pos) == U'é');
  CHECK(DecodeUtf8(s, &pos) == U'€');
  CHECK(DecodeUtf8(s, &pos) == U'😀');
  CHECK(pos == s.size());
  size_t bad = 0;
  CHECK(ValidateUtf8(s, &bad));
}

TEST_CASE("invalid bytes decode as U+FFFD one byte at a time") {
  std::string s = "\xff\xe2\x82";  // a stray byte, then a truncated sequence
  size_t pos = 0;
  CHECK(DecodeUtf8(s, &pos) == 0xFFFD);
  CHECK(pos == 1);
  CHECK(DecodeUtf8(s, &pos) == 0xFFFD);
  CHECK(pos == 2);
  size_t bad = 0;
  CHECK_FALSE(ValidateUtf8(s, &bad));
  CHECK(bad == 0);
}

}  // namespace kg
