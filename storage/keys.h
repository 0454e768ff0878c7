// The key layout and record encodings of a kg database (docs/storage.md).
// Every multi-byte integer in a key is big-endian so that keys sort as the
// numbers do. DO NOT CHANGE any encoding without bumping kFormatVersion.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/ids.h"
#include "common/status.h"
#include "common/value.h"

namespace kg::storage {

// ---- meta (default column family) ----
inline constexpr std::string_view kMetaFormat = "format";          // decimal text
inline constexpr std::string_view kMetaNextNode = "next_node";     // fixed64 BE
inline constexpr std::string_view kMetaNextEdge = "next_edge";     // fixed64 BE
inline constexpr std::string_view kMetaGeneration = "generation";  // fixed64 BE
// "keyuse" + key id (BE32) -> fixed64 BE count of properties with that key.
std::string KeyUseKey(KeyId key);
inline constexpr std::string_view kKeyUsePrefix = "keyuse";
// "index" + label (BE32) + key (BE32) -> "": an explicit property index.
std::string IndexDefKey(LabelId label, KeyId key);
inline constexpr std::string_view kIndexDefPrefix = "index";
// "deledge" + edge id (BE64) -> "": an edge deleted after the topology
// snapshot was written (cleared with each new snapshot).
std::string DeletedEdgeKey(EdgeId edge);
inline constexpr std::string_view kDeletedEdgePrefix = "deledge";

// ---- dict: kind byte ('L' label, 'T' type, 'K' key) + id (BE32) -> name ----
inline constexpr char kDictLabel = 'L';
inline constexpr char kDictType = 'T';
inline constexpr char kDictKey = 'K';
std::string DictKey(char kind, uint32_t id);

// ---- nodes: id (BE64) -> node record; edges: id (BE64) -> edge record ----
std::string IdKey(uint64_t id);

// ---- adjacency: dir ('o' or 'i') + node (BE64) + type (BE32) + edge (BE64)
// -> other node (BE64). A prefix scan of dir+node+type lists one node's edges
// of one type in edge id order. ----
inline constexpr char kAdjOut = 'o';
inline constexpr char kAdjIn = 'i';
std::string AdjKey(char dir, NodeId node, TypeId type, EdgeId edge);
void AppendAdjKey(std::string* out, char dir, NodeId node, TypeId type, EdgeId edge);

// ---- props: 'n' + node id (BE64) or 'e' + edge id (BE64) -> property record ----
inline constexpr char kPropsNode = 'n';
inline constexpr char kPropsEdge = 'e';
std::string PropsKey(char kind, uint64_t id);

// ---- aux: namespace + '\0' + key -> value ----
std::string AuxKey(std::string_view ns, std::string_view key);

// ---- records ----
// Node record: varint label count, then each label id as a varint (ascending).
void EncodeNodeRecord(const std::vector<LabelId>& labels, std::string* out);
bool DecodeNodeRecord(std::string_view in, std::vector<LabelId>* labels);

// Edge record: varint start, varint end, varint type.
struct EdgeRecord {
  NodeId start = kInvalidNode;
  NodeId end = kInvalidNode;
  TypeId type = kInvalidName;
};
void EncodeEdgeRecord(const EdgeRecord& e, std::string* out);
bool DecodeEdgeRecord(std::string_view in, EdgeRecord* e);
// Format 3: the edge record followed by the relationship's property record
// (empty when it has none). Decoding sets *props to what follows the three
// varints (empty in a format-2 record).
void EncodeEdgeRecord(const EdgeRecord& e, std::string_view props, std::string* out);
bool DecodeEdgeRecord(std::string_view in, EdgeRecord* e, std::string_view* props);

// Property record: a sequence of (varint key id, varint byte length, the
// value's EncodeValue bytes), keys ascending and unique. Lengths let a reader
// skip a value without decoding it.
void AppendProperty(std::string* rec, KeyId key, std::string_view encoded_value);
// Calls fn(key, encoded value) for each property; false on malformed bytes.
bool ForEachProperty(std::string_view rec, const std::function<void(KeyId, std::string_view)>& fn);
// Finds one property's encoded value; false when absent or malformed.
bool FindProperty(std::string_view rec, KeyId key, std::string_view* encoded_value);
// Returns `rec` with `key` set to `encoded_value` (or removed when
// encoded_value is null). REQUIRES: rec well formed.
std::string WithProperty(std::string_view rec, KeyId key, const std::string* encoded_value);

}  // namespace kg::storage
