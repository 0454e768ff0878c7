// Tests of the storage key layout and record encodings.
#include "storage/keys.h"

#include <doctest/doctest.h>

using namespace kg;
using namespace kg::storage;

TEST_CASE("adjacency keys sort by direction, node, type, edge") {
  CHECK(AdjKey(kAdjOut, 1, 2, 3) < AdjKey(kAdjOut, 1, 2, 4));
  CHECK(AdjKey(kAdjOut, 1, 2, 1000) < AdjKey(kAdjOut, 1, 3, 0));
  CHECK(AdjKey(kAdjOut, 1, 0xffffffffu - 1, 5) < AdjKey(kAdjOut, 2, 0, 0));
  CHECK(AdjKey(kAdjOut, 256, 0, 0) > AdjKey(kAdjOut, 255, 9, 9));
  CHECK(AdjKey(kAdjOut, 1, 2, 3).size() == 21);
}

TEST_CASE("node and edge records round trip and reject junk") {
  std::string rec;
  EncodeNodeRecord({1, 5, 300}, &rec);
  std::vector<LabelId> labels;
  REQUIRE(DecodeNodeRecord(rec, &labels));
  CHECK(labels == std::vector<LabelId>{1, 5, 300});
  CHECK_FALSE(DecodeNodeRecord(rec + "x", &labels));
  CHECK_FALSE(DecodeNodeRecord("\x05", &labels));

  std::string e;
  EncodeEdgeRecord(EdgeRecord{7, 1ull << 40, 3}, &e);
  EdgeRecord out;
  REQUIRE(DecodeEdgeRecord(e, &out));
  CHECK(out.start == 7);
  CHECK(out.end == 1ull << 40);
  CHECK(out.type == 3);
  CHECK_FALSE(DecodeEdgeRecord(e.substr(0, 1), &out));
}

TEST_CASE("property records: find, replace, remove, skip malformed") {
  std::string a, b;
  REQUIRE(EncodeValue(Value("hello"), &a).ok());
  REQUIRE(EncodeValue(Value(int64_t{42}), &b).ok());
  std::string rec;
  AppendProperty(&rec, 1, a);
  AppendProperty(&rec, 4, b);
  std::string_view v;
  REQUIRE(FindProperty(rec, 4, &v));
  CHECK(v == b);
  CHECK_FALSE(FindProperty(rec, 2, &v));
  std::string c;
  REQUIRE(EncodeValue(Value(true), &c).ok());
  std::string rec2 = WithProperty(rec, 2, &c);
  std::vector<KeyId> keys;
  REQUIRE(ForEachProperty(rec2, [&](KeyId k, std::string_view) { keys.push_back(k); }));
  CHECK(keys == std::vector<KeyId>{1, 2, 4});
  std::string rec3 = WithProperty(rec2, 1, nullptr);
  keys.clear();
  REQUIRE(ForEachProperty(rec3, [&](KeyId k, std::string_view) { keys.push_back(k); }));
  CHECK(keys == std::vector<KeyId>{2, 4});
  std::string replaced = WithProperty(rec3, 4, &a);
  REQUIRE(FindProperty(replaced, 4, &v));
  CHECK(v == a);
  // A length running past the end is malformed, never read past.
  std::string bad;
  PutVarint64(&bad, 1);
  PutVarint64(&bad, 100);
  bad += "abc";
  CHECK_FALSE(ForEachProperty(bad, [](KeyId, std::string_view) {}));
  CHECK_FALSE(FindProperty(bad, 1, &v));
}
