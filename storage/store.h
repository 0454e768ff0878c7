// storage/: the RocksDB database behind a kg graph. This header owns the
// folder checks, the column families, the key layout (storage/keys.h) and the
// one conversion of rocksdb::Status into kg::Status. docs/storage.md
// documents the format.
//
// Thread safety: a Store may be used from many threads at once (RocksDB's own
// guarantees); callers serialise writers (graph/ holds one writer at a time).
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace kg::storage {

// The on-disk format this build writes and the newest it reads.
// DO NOT CHANGE an existing version's meaning; bump for incompatible changes.
// Format 2 (docs/storage.md, "Format version"): the `adjacency` family is no
// longer written, and ingest/ keeps one support record per article. A
// format-1 database opens read-only as it is, and a writable open migrates
// it to format 2 (MigrateFormat1 in store.cpp) before anything else.
// Format 3: a relationship's property record is stored inside its edge
// record (`edges` family) instead of under its own `props` key. Formats 1
// and 2 open read-only as they are; a writable open migrates them (format
// 1 to 2, then MigrateFormat2) before anything else.
inline constexpr uint64_t kFormatVersion = 3;
// The oldest format this build opens.
inline constexpr uint64_t kOldestFormatVersion = 1;

// A text file in the database folder, "kg database format N", read before
// RocksDB opens the folder (the meta record "format" is authoritative; the
// file lets a newer format be refused without touching any file).
inline constexpr const char* kFormatMarkerFile = "KG_FORMAT";

// Column families. DO NOT CHANGE the names (they are persisted).
enum class Cf : uint8_t {
  kMeta = 0,   // "default": format version, counters, index definitions
  kDict,       // label / type / key dictionaries
  kNodes,      // node id -> labels
  kEdges,      // edge id -> start, end, type
  kAdjacency,  // format 1 only: direction, node, type, edge -> other node
               // (never read; no longer written; emptied by the migration)
  kProps,      // node or edge id -> encoded property list
  kAux,        // namespace, key -> value (article index, alias index...)
  kTopology,   // the persisted in-memory topology snapshot (graph/)
};
inline constexpr int kCfCount = 8;
const char* CfName(Cf cf);

struct StoreOptions {
  // Open with DB::OpenForReadOnly: no lock, a snapshot as of opening.
  // Default: false.
  bool read_only = false;
  // Create an empty database in a missing or empty folder. Default: true.
  bool create_if_missing = true;
  // Sync the write-ahead log on every Write(). Default: true.
  bool sync = true;
};

// Converts a RocksDB status; `context` names the operation or file.
// Lock failures become IOError "database is locked by another process".
Status ToStatus(const rocksdb::Status& s, std::string_view context);

// The name of the folder inside a database where `kg import` stages SST files
// before their atomic ingestion; removed at every writable open.
inline constexpr const char* kImportStagingDir = "import-staging";

class Store {
 public:
  // Opens or creates the database in `dir`. Errors: InputError when `dir`
  // is missing (and creation is not allowed), is not a folder, holds files
  // that are not a kg database, or holds a database of a newer format;
  // IOError when another process holds the database or on I/O failure.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const StoreOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Cf c) const { return handles_[static_cast<int>(c)]; }
  bool read_only() const { return options_.read_only; }
  const std::string& dir() const { return dir_; }
  // True when Open() created the database (it was missing or empty).
  bool created() const { return created_; }
  // The format of the database as opened: kFormatVersion, or an older one
  // when opened read-only (a writable open migrates it first).
  uint64_t format() const { return format_; }

  // Applies `batch` atomically (synced when options.sync).
  Status Write(rocksdb::WriteBatch* batch);
  // Reads one key; *found tells whether it exists.
  Status Get(Cf c, std::string_view key, std::string* value, bool* found) const;
  // An iterator over one column family (caller owns it).
  std::unique_ptr<rocksdb::Iterator> NewIterator(Cf c, const rocksdb::Snapshot* snap = nullptr) const;
  // An iterator for one pass over a whole family (loading): large
  // read-ahead, and blocks bypass the block cache.
  std::unique_ptr<rocksdb::Iterator> NewScanIterator(Cf c) const;

  // Atomically ingests SST files made by NewSstWriter(), several column
  // families at once (all or none). Files are moved into the database.
  struct SstBatch {
    Cf cf;
    std::vector<std::string> files;
  };
  Status IngestAtomically(const std::vector<SstBatch>& batches);
  // Options to build SST files compatible with this database.
  const rocksdb::Options& options() const { return rocks_options_; }
  // The options of one column family (for SST files made for it).
  rocksdb::Options CfOptions(Cf c) const;
  // The staging folder for SST files (created on demand).
  Result<std::string> StagingDir();

  // A consistent copy in `out_dir` (must not exist) that opens as a database:
  // a RocksDB checkpoint (hard links) when writable, else CopyTo().
  Status Checkpoint(const std::string& out_dir);
  // A logical copy of every column family into a new database at `out_dir`
  // (written as OUT.partial, renamed when complete).
  Status CopyTo(const std::string& out_dir);
  // Total size in bytes of the files of the database folder.
  uint64_t BytesOnDisk() const;
  // Flushes memtables to SST files (used after bulk writes).
  Status Flush();

 private:
  Store() = default;
  std::string dir_;
  StoreOptions options_;
  bool created_ = false;
  uint64_t format_ = kFormatVersion;
  rocksdb::Options rocks_options_;
  std::unique_ptr<rocksdb::DB> db_;
  std::array<rocksdb::ColumnFamilyHandle*, kCfCount> handles_{};
  std::vector<rocksdb::ColumnFamilyHandle*> extra_handles_;  // CFs of newer formats
};

}  // namespace kg::storage
