// Stable ordering of a short list's positions without allocating.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg {

// The positions 0..n-1 in the order of `less` (a strict weak order on
// positions), equal ones in position order. Up to N positions are ordered
// by insertion into `small`; more by std::stable_sort in `large`. Returns
// the ordered positions (in `small` or `large`).
template <size_t N, class Less>
const uint32_t* StableOrder(size_t n, Less less, uint32_t (&small)[N], std::vector<uint32_t>& large) {
  if (n > N) {
    large.resize(n);
    for (uint32_t i = 0; i < n; ++i) large[i] = i;
    std::stable_sort(large.begin(), large.end(), less);
    return large.data();
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t j = i;
    for (; j > 0 && less(i, small[j - 1]); --j) small[j] = small[j - 1];
    small[j] = i;
  }
  return small;
}

}  // namespace kg
