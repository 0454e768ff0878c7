// WordList (ingest/pipeline.h): the pre-filtered word-list test agrees with
// the plain In() comparison on members, near misses and empty words.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

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


TEST_CASE("WordList.Has agrees with In on a long list and its near misses") {
  // Enough words that several share a signature bucket.
  static const WordList kLong{"mediator", "mediators", "mediation", "mediated", "médiateur", "médiateurs", "garant",
                              "garants", "observer", "observers", "hosted", "hosting", "hôte", "égide", "a", "an",
                              "de", "d'", "des", "du", "the", "this", "these", "those", "le", "la", "les", "l'", "sa",
                              "son", "ses", "ce", "cet", "cette", "ces", "au", "aux", "its", "their", "leur", "leurs"};
  const std::string_view words[] = {"mediator", "mediators", "mediation", "mediated", "médiateur", "médiateurs",
                                    "garant", "garants", "observer", "observers", "hosted", "hosting", "hôte",
                                    "égide", "a", "an", "de", "d'", "des", "du", "the", "this", "these", "those",
                                    "le", "la", "les", "l'", "sa", "son", "ses", "ce", "cet", "cette", "ces", "au",
                                    "aux", "its", "their", "leur", "leurs"};
  for (std::string_view w : words) {
    CHECK_MESSAGE(kLong.Has(w), std::string(w));
    // Near misses: one byte changed, one added, one removed.
    std::string changed(w), longer(w), shorter(w);
    changed.back() = static_cast<char>(changed.back() ^ 1);
    longer.push_back('s');
    shorter.pop_back();
    for (const std::string& m : {changed, longer, shorter}) {
      bool in = std::find(std::begin(words), std::end(words), std::string_view(m)) != std::end(words);
      CHECK_MESSAGE(kLong.Has(m) == in, m);
    }
  }
}

}  // namespace
}  // namespace kg::ingest

namespace kg::ingest {
namespace {

TEST_CASE("StringViewSet agrees with std::unordered_set") {
  // Words of many sizes, repeated, views into one buffer and into others;
  // the set grows from empty (no reserve) and from a reserve.
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back(std::string(static_cast<size_t>(i % 23), 'a' + i % 26) + std::to_string(i % 1700));
  words.push_back("");
  for (bool reserve : {false, true}) {
    StringViewSet set;
    std::unordered_set<std::string_view> plain;
    if (reserve) set.reserve(500);
    for (const std::string& w : words) CHECK(set.insert(w) == plain.insert(w).second);
    CHECK(set.size() == plain.size());
    for (const std::string& w : words) {
      std::string copy = w;  // other bytes, same text
      CHECK(set.count(copy) == 1);
      CHECK(set.contains(std::string_view(copy)));
      copy += "x";
      CHECK(set.count(copy) == plain.count(copy));
    }
    CHECK(set.count("absent") == 0);
    set.clear();
    CHECK(set.empty());
    CHECK(set.count(words[0]) == 0);
  }
}

}  // namespace
}  // namespace kg::ingest

namespace kg::ingest {
namespace {

TEST_CASE("AsciiLower is std::tolower byte by byte in the C locale") {
  std::string all;
  for (int c = 1; c < 256; ++c) all.push_back(static_cast<char>(c));
  std::string expected = all;
  for (char& c : expected) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(AsciiLower(all) == expected);
  CHECK(AsciiLower("Porte-Parole du MINISTÈRE") == "porte-parole du ministÈre");
}

}  // namespace
}  // namespace kg::ingest
