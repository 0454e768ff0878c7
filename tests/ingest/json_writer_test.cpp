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

}  // namespace
}  // namespace kg::ingest
