// Identifiers shared by storage, graph and query.
#pragma once

#include <cstdint>
#include <limits>

namespace kg {

// Node and relationship ids: assigned once, never reused (a counter persisted
// with every write), stable across restarts.
using NodeId = uint64_t;
using EdgeId = uint64_t;
inline constexpr NodeId kInvalidNode = std::numeric_limits<NodeId>::max();
inline constexpr EdgeId kInvalidEdge = std::numeric_limits<EdgeId>::max();

// Interned names: labels, relationship types and property keys each have
// their own dictionary, persisted in storage. Ids are dense from 0.
using LabelId = uint32_t;
using TypeId = uint32_t;
using KeyId = uint32_t;
inline constexpr uint32_t kInvalidName = std::numeric_limits<uint32_t>::max();

enum class Direction : uint8_t { kOut, kIn, kBoth };

}  // namespace kg
