#include "common/stable_order.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg {
namespace {

std::vector<uint32_t> Order(const std::vector<std::string>& keys) {
  uint32_t small[4];
  std::vector<uint32_t> large;
  const uint32_t* o = StableOrder(keys.size(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; }, small, large);
  return std::vector<uint32_t>(o, o + keys.size());
}

TEST_CASE("StableOrder orders positions by key, equal keys in position order, short and long lists alike") {
  CHECK(Order({}).empty());
  CHECK(Order({"b", "a", "b", "a"}) == std::vector<uint32_t>{1, 3, 0, 2});                // in `small`
  CHECK(Order({"c", "a", "b", "a", "c", "a"}) == std::vector<uint32_t>{1, 3, 5, 2, 0, 4});  // in `large`
}

}  // namespace
}  // namespace kg
