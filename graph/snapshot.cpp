#include "graph/snapshot.h"

#include <rocksdb/sst_file_writer.h>

#include <algorithm>
#include <cstring>

#include "common/value.h"

namespace kg::graph {

using storage::Cf;

namespace {
constexpr std::string_view kMetaKey = "base.meta";
constexpr std::string_view kChunkPrefix = "base/";

std::string ChunkKey(uint64_t i) {
  std::string k(kChunkPrefix);
  PutFixed32BE(&k, static_cast<uint32_t>(i));
  return k;
}
}  // namespace

Result<uint64_t> SnapshotChunks(const storage::Store& store) {
  std::string meta;
  bool found = false;
  KG_RETURN_IF_ERROR(store.Get(Cf::kTopology, kMetaKey, &meta, &found));
  if (!found || meta.size() != 16) return uint64_t{0};
  return DecodeFixed64BE(meta.data());
}

Status WriteSnapshotFile(const Topology& topo, const storage::Store& store, const std::string& path,
                         uint64_t old_chunks) {
  rocksdb::SstFileWriter w(rocksdb::EnvOptions(), store.CfOptions(Cf::kTopology), store.cf(Cf::kTopology),
                           /*invalidate_page_cache=*/false);
  KG_RETURN_IF_ERROR(storage::ToStatus(w.Open(path), path));
  const uint64_t total = topo.SerializedSize();
  const uint64_t chunks = (total + kSnapshotChunk - 1) / kSnapshotChunk;
  std::string meta;
  PutFixed64BE(&meta, chunks);
  PutFixed64BE(&meta, total);
  // Keys in order: "base.meta" sorts before "base/...".
  KG_RETURN_IF_ERROR(storage::ToStatus(w.Put(kMetaKey.data(), meta), path));
  std::string buf;
  buf.reserve(kSnapshotChunk);
  uint64_t next = 0;
  Status st;
  auto emit = [&]() {
    if (st.ok()) st = storage::ToStatus(w.Put(ChunkKey(next), buf), path);
    ++next;
    buf.clear();
  };
  topo.SerializeBase([&](std::string_view piece) {
    while (!piece.empty()) {
      size_t n = std::min(piece.size(), kSnapshotChunk - buf.size());
      buf.append(piece.data(), n);
      piece.remove_prefix(n);
      if (buf.size() == kSnapshotChunk) emit();
    }
  });
  if (!buf.empty()) emit();
  KG_RETURN_IF_ERROR(st);
  if (next != chunks) return Status::Internal("topology snapshot size mismatch");
  for (uint64_t i = chunks; i < old_chunks; ++i) {
    KG_RETURN_IF_ERROR(storage::ToStatus(w.Delete(ChunkKey(i)), path));
  }
  return storage::ToStatus(w.Finish(), path);
}

Result<bool> LoadSnapshot(const storage::Store& store, Topology* topo) {
  std::string meta;
  bool found = false;
  KG_RETURN_IF_ERROR(store.Get(Cf::kTopology, kMetaKey, &meta, &found));
  if (!found || meta.size() != 16) return false;
  const uint64_t chunks = DecodeFixed64BE(meta.data());
  const uint64_t total = DecodeFixed64BE(meta.data() + 8);
  auto it = store.NewScanIterator(Cf::kTopology);
  const rocksdb::Slice prefix(kChunkPrefix.data(), kChunkPrefix.size());
  it->Seek(prefix);
  uint64_t index = 0;  // the chunk `it` is on
  size_t offset = 0;   // bytes of it consumed
  uint64_t consumed = 0;
  bool bad = false;
  auto valid_chunk = [&]() {
    return it->Valid() && it->key().starts_with(prefix) && it->key() == rocksdb::Slice(ChunkKey(index));
  };
  auto read = [&](void* dst, size_t n) {
    char* out = static_cast<char*>(dst);
    while (n > 0) {
      if (!valid_chunk() || index >= chunks) {
        bad = true;
        return false;
      }
      rocksdb::Slice v = it->value();
      if (offset == v.size()) {
        it->Next();
        ++index;
        offset = 0;
        continue;
      }
      size_t take = std::min(n, v.size() - offset);
      std::memcpy(out, v.data() + offset, take);
      out += take;
      n -= take;
      offset += take;
      consumed += take;
    }
    return true;
  };
  bool ok = topo->DeserializeBase(read);
  KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "loading the topology snapshot"));
  if (!ok || bad || consumed != total) return false;
  // Nothing may follow: the last chunk is used up and no further chunk exists.
  if (!valid_chunk() || offset != it->value().size() || index + 1 != chunks) return false;
  it->Next();
  if (it->Valid() && it->key().starts_with(prefix)) return false;
  return true;
}

}  // namespace kg::graph
