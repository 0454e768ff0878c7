#include "storage/store.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/checkpoint.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "storage/keys.h"

namespace kg::storage {

namespace fs = std::filesystem;

const char* CfName(Cf cf) {
  switch (cf) {
    case Cf::kMeta:
      return "default";
    case Cf::kDict:
      return "dict";
    case Cf::kNodes:
      return "nodes";
    case Cf::kEdges:
      return "edges";
    case Cf::kAdjacency:
      return "adjacency";
    case Cf::kProps:
      return "props";
    case Cf::kAux:
      return "aux";
    case Cf::kTopology:
      return "topology";
  }
  return "?";
}

Status ToStatus(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::OK();
  std::string msg = s.ToString();
  if (s.IsIOError() && (msg.find("lock") != std::string::npos || msg.find("LOCK") != std::string::npos)) {
    return Status::IOError(fmt::format("{}: database is locked by another process", context));
  }
  if (s.IsCorruption()) return Status::InputError(fmt::format("{}: corrupt database: {}", context, msg));
  if (s.IsInvalidArgument() || s.IsNotSupported()) {
    return Status::InputError(fmt::format("{}: {}", context, msg));
  }
  return Status::IOError(fmt::format("{}: {}", context, msg));
}

namespace {

rocksdb::Options MakeOptions(bool bulk_friendly) {
  rocksdb::Options o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  o.IncreaseParallelism(2);
  o.max_open_files = -1;
  o.write_buffer_size = 32 << 20;
  // A log file is deleted once every family's memtable holding its writes is
  // flushed. The small families (meta, dict) rarely fill theirs, so without
  // a bound every log since the last open stays (several times the data
  // written) and is replayed at the next open. Past this total, the families
  // holding the oldest log are flushed.
  o.max_total_wal_size = 128 << 20;
  o.keep_log_file_num = 2;
  o.max_manifest_file_size = 16 << 20;
  auto supported = rocksdb::GetSupportedCompressions();
  if (std::find(supported.begin(), supported.end(), rocksdb::kLZ4Compression) != supported.end()) {
    o.compression = rocksdb::kLZ4Compression;
  } else {
    o.compression = rocksdb::kNoCompression;
  }
  rocksdb::BlockBasedTableOptions t;
  t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  t.block_size = 16 << 10;
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  (void)bulk_friendly;
  return o;
}

// Writes DIR/KG_FORMAT ("kg database format N"), synced.
Status WriteFormatMarker(const std::string& dir, uint64_t version = kFormatVersion) {
  std::string path = (fs::path(dir) / kFormatMarkerFile).string();
  std::string text = fmt::format("kg database format {}\n", version);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) return Status::IOError(fmt::format("cannot write '{}'", path));
  return Status::OK();
}

// Migrates a format-1 database, open writable, to format 2: empties the
// `adjacency` family, which format 2 no longer writes and no reader of any
// format ever read (whole SST files dropped, the rest covered by one range
// deletion and compacted away), and sets the format record to 2 in the same
// synced batch as the range deletion. The caller then rewrites KG_FORMAT.
// Idempotent: after a crash at any step the next writable open finds the
// record still at 1 (and migrates again) or at 2 (and rewrites the marker).
// ingest/'s side tables need no rewriting: format 2's loader reads format
// 1's support entries as well (ingest/loader.cpp, "support").
Status MigrateFormat1(Store* store) {
  rocksdb::DB* db = store->db();
  rocksdb::ColumnFamilyHandle* adj = store->cf(Cf::kAdjacency);
  KG_RETURN_IF_ERROR(ToStatus(rocksdb::DeleteFilesInRange(db, adj, nullptr, nullptr), "migrating to format 2"));
  // Every adjacency key starts with 'i' or 'o': [ "", "\xff" ) covers them all.
  rocksdb::WriteBatch b;
  KG_RETURN_IF_ERROR(ToStatus(b.DeleteRange(adj, rocksdb::Slice(), rocksdb::Slice("\xff", 1)), "migrating"));
  KG_RETURN_IF_ERROR(ToStatus(b.Put(store->cf(Cf::kMeta), rocksdb::Slice(kMetaFormat.data(), kMetaFormat.size()),
                                    "2"),
                              "migrating"));
  KG_RETURN_IF_ERROR(store->Write(&b));
  rocksdb::CompactRangeOptions co;
  KG_RETURN_IF_ERROR(ToStatus(db->CompactRange(co, adj, nullptr, nullptr), "migrating to format 2"));
  // The new format record never lives only in the write-ahead log (see the
  // fresh database's below).
  return store->Flush();
}

// Migrates a format-2 database, open writable, to format 3: every
// relationship's property record ('e' + id in `props`) moves into its edge
// record (`edges`). Each edge's move (its edge record rewritten with the
// properties, its props key deleted) is in one synced batch of at most
// about 4 MiB, so that memory stays bounded; the last batch sets the format
// record to 3. Idempotent: after a crash the next writable open finds the
// record still at 2 and moves the edges left (a moved edge has no props key
// any more); a format-2 reader finds a moved edge's properties in its edge
// record (graph.cpp). A props key without an edge record is dropped.
Status MigrateFormat2(Store* store) {
  rocksdb::ColumnFamilyHandle* edges = store->cf(Cf::kEdges);
  rocksdb::ColumnFamilyHandle* props = store->cf(Cf::kProps);
  auto it = store->NewScanIterator(Cf::kProps);
  rocksdb::WriteBatch b;
  std::string value, rec;
  const char e = kPropsEdge;
  for (it->Seek(rocksdb::Slice(&e, 1)); it->Valid() && it->key().size() > 0 && it->key()[0] == e; it->Next()) {
    if (it->key().size() != 9) return Status::InputError(fmt::format("'{}': corrupt property key", store->dir()));
    std::string edge_key = it->key().ToString().substr(1);
    bool found = false;
    KG_RETURN_IF_ERROR(store->Get(Cf::kEdges, edge_key, &value, &found));
    if (found) {
      EdgeRecord er;
      std::string_view old_props;
      if (!DecodeEdgeRecord(value, &er, &old_props)) {
        return Status::InputError(fmt::format("'{}': corrupt edge record while migrating", store->dir()));
      }
      rec.clear();
      EncodeEdgeRecord(er, std::string_view(it->value().data(), it->value().size()), &rec);
      KG_RETURN_IF_ERROR(ToStatus(b.Put(edges, edge_key, rec), "migrating to format 3"));
    }
    KG_RETURN_IF_ERROR(ToStatus(b.Delete(props, it->key()), "migrating to format 3"));
    if (b.GetDataSize() > (4u << 20)) {
      KG_RETURN_IF_ERROR(store->Write(&b));
      b.Clear();
    }
  }
  KG_RETURN_IF_ERROR(ToStatus(it->status(), "migrating to format 3"));
  KG_RETURN_IF_ERROR(ToStatus(b.Put(store->cf(Cf::kMeta), rocksdb::Slice(kMetaFormat.data(), kMetaFormat.size()),
                                    "3"),
                              "migrating to format 3"));
  KG_RETURN_IF_ERROR(store->Write(&b));
  return store->Flush();
}

bool IsEmptyDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec) && fs::directory_iterator(p, ec) == fs::directory_iterator();
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const StoreOptions& options) {
  std::unique_ptr<Store> store(new Store());
  store->dir_ = dir;
  store->options_ = options;
  store->rocks_options_ = MakeOptions(false);
  const bool may_create = options.create_if_missing && !options.read_only;

  std::error_code ec;
  fs::path p(dir);
  bool exists = fs::exists(p, ec);
  if (exists && !fs::is_directory(p, ec)) {
    return Status::InputError(fmt::format("'{}' is a file, not a kg database folder", dir));
  }
  bool fresh = !exists || IsEmptyDir(p);
  if (fresh && !may_create) {
    return Status::InputError(fmt::format("no kg database at '{}'", dir));
  }
  if (!fresh && !fs::exists(p / "CURRENT", ec)) {
    return Status::InputError(fmt::format("'{}' is not a kg database (the folder holds other files)", dir));
  }
  uint64_t marker_version = 0;  // 0: no marker file
  if (!fresh) {
    // The marker is read before RocksDB opens anything, so that a database
    // of a newer format is refused without a single file being touched.
    std::ifstream marker(p / kFormatMarkerFile);
    if (marker) {
      std::string word1, word2, word3;
      uint64_t v = 0;
      marker >> word1 >> word2 >> word3 >> v;
      if (word1 != "kg" || word2 != "database" || word3 != "format" || v == 0) {
        return Status::InputError(fmt::format("'{}': unreadable {} file", dir, kFormatMarkerFile));
      }
      if (v > kFormatVersion) {
        return Status::InputError(fmt::format(
            "'{}' holds a database of format {}, newer than this kg reads (format {}); use a newer kg", dir,
            v, kFormatVersion));
      }
      marker_version = v;
    }
  }
  if (!exists) {
    fs::create_directories(p, ec);
    if (ec) return Status::IOError(fmt::format("cannot create '{}': {}", dir, ec.message()));
  }

  // Column families present on disk (all must be opened).
  std::vector<std::string> names;
  if (!fresh) {
    auto s = rocksdb::DB::ListColumnFamilies(store->rocks_options_, dir, &names);
    if (!s.ok()) {
      return Status::InputError(fmt::format("'{}' is not a kg database ({})", dir, s.ToString()));
    }
    // Never open (and so change) a RocksDB database that is not ours.
    for (int c = 0; c < kCfCount; ++c) {
      if (std::find(names.begin(), names.end(), CfName(static_cast<Cf>(c))) == names.end()) {
        return Status::InputError(
            fmt::format("'{}' is not a kg database (a RocksDB database without the column family '{}')", dir,
                        CfName(static_cast<Cf>(c))));
      }
    }
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (int i = 0; i < kCfCount; ++i) {
    std::string name = CfName(static_cast<Cf>(i));
    descs.emplace_back(name, store->CfOptions(static_cast<Cf>(i)));
  }
  for (const auto& n : names) {
    bool ours = false;
    for (int i = 0; i < kCfCount; ++i) ours |= n == CfName(static_cast<Cf>(i));
    if (!ours) descs.emplace_back(n, store->rocks_options_);
  }

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status rs;
  if (options.read_only) {
    // A secondary instance reads beside a live writer; its own log files go
    // to a private temporary folder.
    char tmpl[] = "/tmp/kg-reader-XXXXXX";
    const char* sec = mkdtemp(tmpl);
    if (sec == nullptr) return Status::IOError("cannot create a temporary folder for a read-only open");
    rocksdb::DBOptions dbo(store->rocks_options_);
    dbo.max_open_files = -1;
    rs = rocksdb::DB::OpenAsSecondary(dbo, dir, sec, descs, &handles, &raw);
    fs::remove_all(sec, ec);
  } else {
    rs = rocksdb::DB::Open(rocksdb::DBOptions(store->rocks_options_), dir, descs, &handles, &raw);
  }
  if (!rs.ok()) return ToStatus(rs, fmt::format("opening '{}'", dir));
  store->db_.reset(raw);
  if (options.read_only) store->db_->TryCatchUpWithPrimary().PermitUncheckedError();
  for (size_t i = 0; i < handles.size(); ++i) {
    bool placed = false;
    for (int c = 0; c < kCfCount; ++c) {
      if (handles[i]->GetName() == CfName(static_cast<Cf>(c))) {
        store->handles_[c] = handles[i];
        placed = true;
      }
    }
    if (!placed) store->extra_handles_.push_back(handles[i]);
  }

  // Format check: a fresh database gets the current version.
  std::string format;
  bool found = false;
  KG_RETURN_IF_ERROR(store->Get(Cf::kMeta, kMetaFormat, &format, &found));
  // A reader opening while the writer recovers (or flushes) may find the
  // writer's log files already gone and so see an older state; catching up
  // with the writer again narrows that window.
  for (int i = 0; options.read_only && !found && i < 20; ++i) {
    usleep(50 * 1000);
    store->db_->TryCatchUpWithPrimary().PermitUncheckedError();
    KG_RETURN_IF_ERROR(store->Get(Cf::kMeta, kMetaFormat, &format, &found));
  }
  if (fresh) {
    rocksdb::WriteBatch b;
    b.Put(store->cf(Cf::kMeta), rocksdb::Slice(kMetaFormat.data(), kMetaFormat.size()),
          std::to_string(kFormatVersion));
    KG_RETURN_IF_ERROR(store->Write(&b));
    // Flushed at once, so that the format record never lives only in the
    // write-ahead log (which a reader opening beside the writer may miss).
    KG_RETURN_IF_ERROR(store->Flush());
    KG_RETURN_IF_ERROR(WriteFormatMarker(dir));
    store->created_ = true;
  } else {
    if (!found) {
      return Status::InputError(
          fmt::format("'{}' is a RocksDB database but not a kg database (no format record)", dir));
    }
    uint64_t v = 0;
    for (char c : format) {
      if (c < '0' || c > '9' || v > (1ull << 40)) {
        return Status::InputError(fmt::format("'{}': unreadable format record '{}'", dir, format));
      }
      v = v * 10 + static_cast<uint64_t>(c - '0');
    }
    if (format.empty() || v == 0) {
      return Status::InputError(fmt::format("'{}': unreadable format record '{}'", dir, format));
    }
    if (v > kFormatVersion) {
      return Status::InputError(fmt::format(
          "'{}' holds a database of format {}, newer than this kg reads (format {}); use a newer kg", dir, v,
          kFormatVersion));
    }
    if (v < kOldestFormatVersion) {
      return Status::InputError(fmt::format("'{}' holds a database of format {}, older than this kg reads", dir, v));
    }
    store->format_ = v;
    if (!options.read_only && v == 1) {
      KG_RETURN_IF_ERROR(MigrateFormat1(store.get()));
      store->format_ = v = 2;
    }
    if (!options.read_only && v == 2) {
      KG_RETURN_IF_ERROR(MigrateFormat2(store.get()));
      store->format_ = v = 3;
    }
    if (!options.read_only && marker_version != kFormatVersion) KG_RETURN_IF_ERROR(WriteFormatMarker(dir));
  }
  if (!options.read_only) fs::remove_all(p / kImportStagingDir, ec);
  return store;
}

rocksdb::Options Store::CfOptions(Cf c) const {
  rocksdb::Options o = rocks_options_;
  // The topology snapshot is a few large binary arrays: compressing them
  // gains little and costs time at every open.
  if (c == Cf::kTopology) o.compression = rocksdb::kNoCompression;
  return o;
}

Store::~Store() {
  if (db_) {
    for (auto* h : handles_) {
      if (h) db_->DestroyColumnFamilyHandle(h);
    }
    for (auto* h : extra_handles_) db_->DestroyColumnFamilyHandle(h);
    db_->Close().PermitUncheckedError();
  }
}

Status Store::Write(rocksdb::WriteBatch* batch) {
  if (options_.read_only) return Status::UsageError("the database is open read-only");
  rocksdb::WriteOptions wo;
  wo.sync = options_.sync;
  return ToStatus(db_->Write(wo, batch), fmt::format("writing to '{}'", dir_));
}

Status Store::Get(Cf c, std::string_view key, std::string* value, bool* found) const {
  auto s = db_->Get(rocksdb::ReadOptions(), cf(c), rocksdb::Slice(key.data(), key.size()), value);
  if (s.IsNotFound()) {
    *found = false;
    return Status::OK();
  }
  *found = s.ok();
  return ToStatus(s, fmt::format("reading '{}'", dir_));
}

std::unique_ptr<rocksdb::Iterator> Store::NewIterator(Cf c, const rocksdb::Snapshot* snap) const {
  rocksdb::ReadOptions ro;
  ro.snapshot = snap;
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(ro, cf(c)));
}

std::unique_ptr<rocksdb::Iterator> Store::NewScanIterator(Cf c) const {
  rocksdb::ReadOptions ro;
  ro.fill_cache = false;
  ro.readahead_size = 4 << 20;
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(ro, cf(c)));
}

Status Store::IngestAtomically(const std::vector<SstBatch>& batches) {
  if (options_.read_only) return Status::UsageError("the database is open read-only");
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (const auto& b : batches) {
    if (b.files.empty()) continue;
    rocksdb::IngestExternalFileArg a;
    a.column_family = cf(b.cf);
    a.external_files = b.files;
    a.options.move_files = true;
    a.options.snapshot_consistency = true;
    a.options.allow_global_seqno = true;
    a.options.allow_blocking_flush = true;
    args.push_back(std::move(a));
  }
  if (args.empty()) return Status::OK();
  return ToStatus(db_->IngestExternalFiles(args), fmt::format("ingesting into '{}'", dir_));
}

Result<std::string> Store::StagingDir() {
  fs::path p = fs::path(dir_) / kImportStagingDir;
  std::error_code ec;
  fs::create_directories(p, ec);
  if (ec) return Status::IOError(fmt::format("cannot create '{}': {}", p.string(), ec.message()));
  return p.string();
}

Status Store::Checkpoint(const std::string& out_dir) {
  std::error_code ec;
  if (fs::exists(out_dir, ec)) {
    return Status::InputError(fmt::format("'{}' already exists; a backup needs a new folder", out_dir));
  }
  if (options_.read_only) return CopyTo(out_dir);
  rocksdb::Checkpoint* cp = nullptr;
  KG_RETURN_IF_ERROR(ToStatus(rocksdb::Checkpoint::Create(db_.get(), &cp), "backup"));
  std::unique_ptr<rocksdb::Checkpoint> owned(cp);
  KG_RETURN_IF_ERROR(ToStatus(cp->CreateCheckpoint(out_dir), fmt::format("backup to '{}'", out_dir)));
  return WriteFormatMarker(out_dir);
}

Status Store::CopyTo(const std::string& out_dir) {
  // Written under a temporary name and renamed at the end, so that OUT
  // exists only when complete.
  const std::string tmp = out_dir + ".partial";
  std::error_code ec;
  fs::remove_all(tmp, ec);
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (int i = 0; i < kCfCount; ++i)
      descs.emplace_back(CfName(static_cast<Cf>(i)), CfOptions(static_cast<Cf>(i)));
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    KG_RETURN_IF_ERROR(
        ToStatus(rocksdb::DB::Open(rocksdb::DBOptions(rocks_options_), tmp, descs, &handles, &raw),
                 fmt::format("creating '{}'", tmp)));
    std::unique_ptr<rocksdb::DB> out(raw);
    Status st;
    rocksdb::WriteOptions wo;
    wo.disableWAL = true;
    for (int i = 0; i < kCfCount && st.ok(); ++i) {
      auto it = NewIterator(static_cast<Cf>(i));
      rocksdb::WriteBatch b;
      for (it->SeekToFirst(); it->Valid() && st.ok(); it->Next()) {
        b.Put(handles[i], it->key(), it->value());
        if (b.GetDataSize() > (4u << 20)) {
          st = ToStatus(out->Write(wo, &b), "backup");
          b.Clear();
        }
      }
      if (st.ok()) st = ToStatus(it->status(), "backup");
      if (st.ok() && b.Count() > 0) st = ToStatus(out->Write(wo, &b), "backup");
    }
    if (st.ok()) st = ToStatus(out->Flush(rocksdb::FlushOptions(), handles), "backup");
    for (auto* h : handles) out->DestroyColumnFamilyHandle(h);
    if (st.ok()) st = ToStatus(out->Close(), "backup");
    if (!st.ok()) {
      out.reset();
      fs::remove_all(tmp, ec);
      return st;
    }
  }
  // The copy holds this database's format record (an older format when it
  // was opened read-only without migration).
  KG_RETURN_IF_ERROR(WriteFormatMarker(tmp, format_));
  fs::rename(tmp, out_dir, ec);
  if (ec) return Status::IOError(fmt::format("cannot rename '{}' to '{}': {}", tmp, out_dir, ec.message()));
  return Status::OK();
}

uint64_t Store::BytesOnDisk() const {
  uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code ec2;
    if (it->is_regular_file(ec2)) total += it->file_size(ec2);
  }
  return total;
}

Status Store::Flush() {
  if (options_.read_only) return Status::OK();
  rocksdb::FlushOptions fo;
  std::vector<rocksdb::ColumnFamilyHandle*> all(handles_.begin(), handles_.end());
  return ToStatus(db_->Flush(fo, all), "flush");
}

}  // namespace kg::storage
