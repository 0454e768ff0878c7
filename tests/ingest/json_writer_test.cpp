// Unit tests of the JSON writer's paths in ToJsonText (ingest/extraction.h):
// property maps past the small-map sort, strings of every shape the writer
// treats apart; compared with what dumping ToJson() writes.
#include <doctest/doctest.h>

#include <iterator>
#include <string>

#include "ingest/extraction.h"

namespace kg::ingest {
namespace {

std::string Dumped(const Extraction& e, int indent) {
  return ToJson(e).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST_CASE("ToJsonText orders large property maps and writes strings of every shape") {
  // Over 16 keys (the sort on the stack stops there), with duplicates.
  ValueMap p;
  p.reserve(64);
  for (int k = 0; k < 40; ++k) p.emplace_back("k" + std::to_string((k * 7) % 23), Value(int64_t{k}));
  // Strings around the 8-byte scan and the 16-byte short form: quotes,
  // backslashes and control characters early, late and at the edges, and
  // non-ASCII text after ASCII.
  const std::string shapes[] = {"",
                                "abcdefgh",
                                "abcdefghijklmnop",
                                "abcdefghijklmnopq",
                                "abcdefg\"",
                                "\"bcdefghijklmnop",
                                "abcdefghijklmno\\",
                                "abcdefghijklmnopqrstuvw\n",
                                "\x1f",
                                "abcdefghijklmnopqrstuvwxyz é",
                                "abcdefghijklmnopqrstuvwxyz \xe9 bad",
                                "é\"\t«»"};
  for (size_t k = 0; k < std::size(shapes); ++k) p.emplace_back("s" + std::to_string(k), Value(shapes[k]));
  Extraction e;
  e.nodes.push_back({"n1", "Document", p});
  for (const auto& s : shapes) e.warnings.push_back(s);
  CHECK(ToJsonText(e, -1) == Dumped(e, -1));
  CHECK(ToJsonText(e, 2) == Dumped(e, 2));
}

TEST_CASE("ToJsonText writes maps of repeated key sequences, nested maps and escaped keys as the library does") {
  // Maps of the same keys in the same order (written from the cache of key
  // sequences after the first), with duplicates; maps nested in map values
  // and in lists, with keys of their own and of the outer maps' sequences;
  // keys that need escaping or are over 29 bytes.
  auto map = [](std::initializer_list<std::pair<const char*, Value>> kv) {
    ValueMap m;
    for (const auto& [k, v] : kv) m.emplace_back(k, v);
    return m;
  };
  Extraction e;
  for (int i = 0; i < 3; ++i) {
    ValueMap inner = map({{"span", Value(int64_t{i})}, {"sentence", Value(2.5)}, {"a", Value("x")}});
    ValueMap deeper = map({{"z", Value(inner)}, {"sentence", Value(int64_t{1})}});
    e.nodes.push_back({"n" + std::to_string(i), "Place",
                       map({{"name", Value("N")}, {"kind", Value("city")}, {"name", Value("M")},
                            {"nested", Value(deeper)}, {"list", Value(ValueList{Value(inner), Value(deeper)})}})});
    e.edges.push_back({"SAID", "n1", "n2",
                       map({{"sentence", Value(int64_t{i})}, {"span", Value(ValueList{Value(int64_t{1}), Value(int64_t{2})})},
                            {"confidence", Value(0.75)}})});
    e.edges.push_back({"ABOUT", "n1", "n2",
                       map({{"k\"ey", Value(int64_t{i})}, {"a_key_of_more_than_twenty_nine_bytes", Value(true)},
                            {"é", Value("é")}})});
  }
  // A map whose values hold maps of many key sequences (some falling in
  // the outer map's slot of the cache).
  ValueList many;
  for (int k = 0; k < 676; ++k) {
    const std::string key = static_cast<char>('a' + k % 26) + std::to_string(k) + static_cast<char>('a' + k / 26);
    many.emplace_back(map({{key.c_str(), Value(int64_t{k})}}));
  }
  for (int i = 0; i < 2; ++i)
    e.nodes.push_back({"m" + std::to_string(i), "Meeting",
                       map({{"status", Value("held")}, {"many", Value(many)}, {"end", Value("x")}, {"name", Value("y")}})});
  e.nodes.push_back({"n9", "Place", {}});
  CHECK(ToJsonText(e, -1) == Dumped(e, -1));
  CHECK(ToJsonText(e, 2) == Dumped(e, 2));
}

}  // namespace
}  // namespace kg::ingest
