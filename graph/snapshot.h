// The topology snapshot in the `topology` column family (docs/storage.md):
// `base.meta` (chunk count, byte length) and the serialised base cut into
// `base/NNNN` values. Written as an SST file and ingested, so a snapshot of
// hundreds of megabytes goes through neither the write-ahead log nor a
// memtable; read chunk by chunk straight into the topology's arrays.
#pragma once

#include <cstdint>
#include <string>

#include "common/status.h"
#include "graph/topology.h"
#include "storage/store.h"

namespace kg::graph {

// Bytes per `base/` value.
inline constexpr size_t kSnapshotChunk = 8 << 20;

// The number of `base/` chunks of the snapshot on disk (0 when none).
Result<uint64_t> SnapshotChunks(const storage::Store& store);

// Writes an SST file for the topology column family at `path` holding the
// base of `topo`, plus deletions of the chunks an older snapshot of
// `old_chunks` chunks has beyond the new ones.
Status WriteSnapshotFile(const Topology& topo, const storage::Store& store, const std::string& path,
                         uint64_t old_chunks);

// Loads the snapshot into *topo. False (and *topo unspecified) when there is
// none or it is malformed; an error only for a failed read.
Result<bool> LoadSnapshot(const storage::Store& store, Topology* topo);

}  // namespace kg::graph
