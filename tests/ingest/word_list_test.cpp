// WordList (ingest/pipeline.h): the pre-filtered word-list test agrees with
// the plain In() comparison on members, near misses and empty words.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "ingest/pipeline.h"

namespace kg::ingest {
namespace {

TEST_CASE("WordList.Has agrees with In") {
  static const WordList kList{"agreed", "sign", "négociateur", "deux", "a"};
  const char* probes[] = {"agreed", "agree", "agreedx", "sign", "signs", "sigm", "négociateur", "négociateurs",
                          "deux", "dEux", "a", "b", "", "reached", "xign", "agreeD"};
  for (const char* p : probes) {
    std::string_view l(p);
    CHECK_MESSAGE(kList.Has(l) == In(l, {"agreed", "sign", "négociateur", "deux", "a"}), p);
  }
  CHECK(kList.Has("sign"));
  CHECK_FALSE(kList.Has(""));
  // A substring of a longer buffer is compared by its own bytes only.
  std::string buf = "signature";
  CHECK(kList.Has(std::string_view(buf).substr(0, 4)));
  CHECK_FALSE(kList.Has(std::string_view(buf).substr(0, 5)));
  static const WordList kWithEmpty{"", "x"};
  CHECK(kWithEmpty.Has(""));
  CHECK(kWithEmpty.Has("x"));
  CHECK_FALSE(kWithEmpty.Has("y"));
}

}  // namespace
}  // namespace kg::ingest
