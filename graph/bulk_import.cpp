// `kg import`: neo4j-admin CSV -> SST files -> one atomic ingestion.
//
// Pipeline: the calling thread reads and parses the CSV files (memory-mapped)
// and encodes each row's records; a writer thread appends them to the SST
// files of the column families (block building and compression). Node ids,
// edge ids and keys are produced in ascending order, so every SST file is
// written sequentially with no sort. When the database had no edges before,
// the topology built from the imported edges at the end is stored as the
// topology snapshot.
#include "graph/bulk_import.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rocksdb/sst_file_writer.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

#include "graph/graph_impl.h"
#include "graph/snapshot.h"
#include "graph/topology.h"
#include "storage/csv.h"
#include "storage/keys.h"
#include "storage/store.h"

namespace kg::graph {

using storage::Cf;
namespace fs = std::filesystem;

ImportSource ParseImportSource(std::string_view arg) {
  ImportSource src;
  std::string_view files = arg;
  std::error_code ec;
  size_t eq = arg.find('=');
  if (eq != std::string_view::npos && !fs::exists(std::string(arg), ec)) {
    std::string_view names = arg.substr(0, eq);
    files = arg.substr(eq + 1);
    while (!names.empty()) {
      size_t c = names.find(':');
      std::string_view n = names.substr(0, c);
      if (!n.empty()) src.names.emplace_back(n);
      if (c == std::string_view::npos) break;
      names.remove_prefix(c + 1);
    }
  }
  while (!files.empty()) {
    size_t c = files.find(',');
    std::string_view f = files.substr(0, c);
    if (!f.empty()) src.files.emplace_back(f);
    if (c == std::string_view::npos) break;
    files.remove_prefix(c + 1);
  }
  return src;
}

namespace {

// ---------------------------------------------------------------- helpers

// A read-only memory map of a file (empty files map to an empty view).
class MappedFile {
 public:
  ~MappedFile() {
    if (addr_ != nullptr) munmap(addr_, size_);
  }
  Status Open(const std::string& path) {
    path_ = path;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::InputError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      return Status::InputError(fmt::format("{}: not a regular file", path));
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
      void* a = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (a == MAP_FAILED) {
        ::close(fd);
        return Status::IOError(fmt::format("{}: cannot map: {}", path, std::strerror(errno)));
      }
      addr_ = a;
      madvise(addr_, size_, MADV_SEQUENTIAL);
    }
    ::close(fd);
    return Status::OK();
  }
  std::string_view data() const {
    return std::string_view(static_cast<const char*>(addr_), addr_ ? size_ : 0);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  void* addr_ = nullptr;
  size_t size_ = 0;
};

// Open addressing map from 64-bit keys to node ids (UINT32 max = empty slot).
class IntIdMap {
 public:
  IntIdMap() { slots_.resize(1024, Slot{0, kEmpty}); }
  // False when the key is present already.
  bool Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 10 > slots_.size() * 7) Grow();
    size_t i = Find(key);
    if (slots_[i].value != kEmpty) return false;
    slots_[i] = Slot{key, value};
    ++size_;
    return true;
  }
  uint32_t Get(uint64_t key) const { return slots_[Find(key)].value; }
  static constexpr uint32_t kEmpty = 0xffffffffu;

 private:
  struct Slot {
    uint64_t key;
    uint32_t value;
  };
  size_t Find(uint64_t key) const {
    uint64_t h = key * 0x9e3779b97f4a7c15ull;
    size_t mask = slots_.size() - 1;
    size_t i = (h ^ (h >> 29)) & mask;
    while (slots_[i].value != kEmpty && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2, Slot{0, kEmpty});
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.value != kEmpty) slots_[Find(s.key)] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// The ids of one group.
struct IdGroup {
  IntIdMap ints;
  // Transparent hashing: lookups by string_view allocate nothing.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> strings;
};

// The value tags of common/value.h's encoding (read from EncodeValue so
// they cannot drift).
struct Tags {
  char f, t, i, fl, s, d, l;
  Tags() {
    auto tag = [](const Value& v) {
      std::string s;
      EncodeValue(v, &s).ok();
      return s[0];
    };
    f = tag(Value(false));
    t = tag(Value(true));
    i = tag(Value(int64_t{0}));
    fl = tag(Value(0.5));
    s = tag(Value(""));
    d = tag(Value(Date{0}));
    l = tag(Value(ValueList{}));
  }
};

enum class ScalarType : uint8_t { kString, kInt, kFloat, kBool, kDate };

enum class ColumnKind : uint8_t { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };

struct Column {
  ColumnKind kind = ColumnKind::kProperty;
  std::string name;  // property name (empty for unnamed structural columns)
  ScalarType type = ScalarType::kString;
  bool array = false;
  int group = 0;             // ID / START_ID / END_ID
  KeyId key = kInvalidName;  // property key (kProperty, named kId)
};

struct Header {
  std::vector<Column> columns;
  std::vector<int> prop_order;  // indexes of property-writing columns, by key id
  int id_col = -1, label_col = -1, start_col = -1, end_col = -1, type_col = -1;
};

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// One SST file being written for a column family.
struct SstOut {
  Cf cf;
  std::string path;
  std::unique_ptr<rocksdb::SstFileWriter> writer;
  uint64_t entries = 0;
};

// A batch of (output index, key, value) appended by the parser and drained
// by the writer thread.
struct WriteBatchBuf {
  std::string bytes;  // key and value bytes, back to back
  struct Entry {
    uint8_t out;
    bool del;
    uint32_t key_len;
    uint32_t value_len;
  };
  std::vector<Entry> entries;
  void Clear() {
    bytes.clear();
    entries.clear();
  }
};

// Adds an SST file to the ingestion list of its column family.
void AddFile(Cf cf, const std::string& path, std::vector<storage::Store::SstBatch>* batches);

// ---------------------------------------------------------------- importer

class Importer {
 public:
  Importer(storage::Store* store, const ImportOptions& opts) : store_(store), opts_(opts) {}
  ~Importer() { StopWriter(); }

  Result<ImportReport> Run();
  // Whether the import carried the topology snapshot (into a database that
  // had no relationships).
  bool snapshot_shipped() const { return snapshot_shipped_; }

 private:
  enum Out : uint8_t { kNodesOut, kNodePropsOut, kEdgesOut, kOutCount };

  Status LoadExisting();
  Status ParseHeader(const std::string& file, const std::vector<storage::CsvField>& fields, bool nodes,
                     Header* h);
  Status ImportFile(const ImportSource& src, bool nodes);
  // Converts one field to an encoded value appended to *out; false with
  // *why on a bad value; *present false for "no property".
  bool EncodeField(const Column& c, const storage::CsvField& f, std::string* out, bool* present,
                   std::string* why);
  bool EncodeScalar(ScalarType t, std::string_view text, bool quoted, std::string* out, std::string* why);
  uint32_t Intern(Dictionary* d, char kind, std::string_view name);
  int GroupOf(std::string_view name);
  // Resolves an id field to a node id (IntIdMap::kEmpty when unknown).
  bool ParseIntId(std::string_view text, int64_t* v) const;
  Status BadRow(const std::string& file, uint64_t line, const std::string& why);

  // SST output.
  Status OpenOut(Cf cf, const std::string& name, SstOut* out);
  void Emit(Out out, std::string_view key, std::string_view value);
  void FlushBatch(bool final);
  void WriterLoop();
  void StopWriter();
  Status FinishOut(SstOut* out, std::vector<storage::Store::SstBatch>* batches);
  Status WriteSortedFile(Cf cf, const std::string& name,
                         const std::map<std::string, std::optional<std::string>>& kv,
                         std::vector<storage::Store::SstBatch>* batches);
  // Builds the imported edges' topology and stages it as the topology
  // snapshot when the database had no edges before (else nothing).
  Status WriteTopologySnapshot(std::vector<storage::Store::SstBatch>* batches);

  storage::Store* store_;
  const ImportOptions& opts_;
  Tags tags_;
  Dictionary labels_, types_, keys_;
  size_t old_labels_ = 0, old_types_ = 0, old_keys_ = 0;
  std::map<std::string, std::string> new_dict_;  // dict key -> name
  std::vector<int64_t> key_use_;
  std::vector<int64_t> key_use_old_;
  uint64_t next_node_ = 0, next_edge_ = 0, generation_ = 0;
  uint64_t first_node_ = 0, first_edge_ = 0;
  uint64_t old_snapshot_chunks_ = 0;
  bool snapshot_shipped_ = false;
  std::map<std::string, int> group_ids_;
  std::vector<IdGroup> groups_;
  std::vector<EdgeSlot> edges_;  // the imported edges when first_edge_ == 0, id i
  ImportReport report_;
  std::string staging_;

  // Writer thread state.
  SstOut outs_[kOutCount];
  WriteBatchBuf current_;
  std::deque<WriteBatchBuf> queue_;
  std::vector<WriteBatchBuf> free_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::condition_variable cv_space_;
  bool writer_done_ = false;
  Status writer_status_;
  std::thread writer_;
};

Status Importer::BadRow(const std::string& file, uint64_t line, const std::string& why) {
  ++report_.bad_rows;
  std::string msg = fmt::format("{}:{}: {}", file, line, why);
  if (!opts_.skip_bad_rows) return Status::InputError(msg);
  if (opts_.on_bad_row) opts_.on_bad_row(msg);
  return Status::OK();
}

uint32_t Importer::Intern(Dictionary* d, char kind, std::string_view name) {
  if (auto id = d->Find(name)) return *id;
  uint32_t id = static_cast<uint32_t>(d->names.size());
  d->names.emplace_back(name);
  d->ids.emplace(d->names.back(), id);
  new_dict_[storage::DictKey(kind, id)] = std::string(name);
  if (kind == storage::kDictKey) key_use_.push_back(0);
  return id;
}

int Importer::GroupOf(std::string_view name) {
  auto it = group_ids_.find(std::string(name));
  if (it != group_ids_.end()) return it->second;
  int id = static_cast<int>(groups_.size());
  groups_.emplace_back();
  group_ids_.emplace(std::string(name), id);
  return id;
}

Status Importer::LoadExisting() {
  auto get_u64 = [&](std::string_view key, uint64_t* v) -> Status {
    std::string s;
    bool found;
    KG_RETURN_IF_ERROR(store_->Get(Cf::kMeta, key, &s, &found));
    *v = found && s.size() == 8 ? DecodeFixed64BE(s.data()) : 0;
    return Status::OK();
  };
  KG_RETURN_IF_ERROR(get_u64(storage::kMetaNextNode, &next_node_));
  KG_RETURN_IF_ERROR(get_u64(storage::kMetaNextEdge, &next_edge_));
  KG_RETURN_IF_ERROR(get_u64(storage::kMetaGeneration, &generation_));
  first_node_ = next_node_;
  first_edge_ = next_edge_;
  auto it = store_->NewIterator(Cf::kDict);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    auto k = it->key();
    if (k.size() != 5) return Status::InputError(fmt::format("'{}': corrupt dictionary", store_->dir()));
    Dictionary* d = k[0] == storage::kDictLabel ? &labels_ : k[0] == storage::kDictType ? &types_ : &keys_;
    uint32_t id = DecodeFixed32BE(k.data() + 1);
    if (id != d->names.size())
      return Status::InputError(fmt::format("'{}': corrupt dictionary", store_->dir()));
    d->names.push_back(it->value().ToString());
    d->ids.emplace(d->names.back(), id);
  }
  KG_RETURN_IF_ERROR(storage::ToStatus(it->status(), "reading dictionaries"));
  old_labels_ = labels_.names.size();
  old_types_ = types_.names.size();
  old_keys_ = keys_.names.size();
  key_use_.assign(keys_.names.size(), 0);
  auto m = store_->NewIterator(Cf::kMeta);
  std::string_view p = storage::kKeyUsePrefix;
  for (m->Seek(rocksdb::Slice(p.data(), p.size()));
       m->Valid() && m->key().starts_with(rocksdb::Slice(p.data(), p.size())); m->Next()) {
    if (m->key().size() != p.size() + 4 || m->value().size() != 8) continue;
    uint32_t k = DecodeFixed32BE(m->key().data() + p.size());
    if (k < key_use_.size()) key_use_[k] = static_cast<int64_t>(DecodeFixed64BE(m->value().data()));
  }
  key_use_old_ = key_use_;
  auto chunks = SnapshotChunks(*store_);
  if (!chunks.ok()) return chunks.status();
  old_snapshot_chunks_ = chunks.value();
  return Status::OK();
}

Status Importer::ParseHeader(const std::string& file, const std::vector<storage::CsvField>& fields,
                             bool nodes, Header* h) {
  auto err = [&](const std::string& why) { return Status::InputError(fmt::format("{}:1: {}", file, why)); };
  std::set<std::string> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string_view f = fields[i].text;
    Column c;
    size_t colon = f.rfind(':');
    std::string_view name = colon == std::string_view::npos ? f : f.substr(0, colon);
    std::string_view spec = colon == std::string_view::npos ? std::string_view() : f.substr(colon + 1);
    std::string_view group;
    if (size_t par = spec.find('('); par != std::string_view::npos) {
      if (spec.back() != ')') return err(fmt::format("column '{}': unbalanced parenthesis", f));
      group = spec.substr(par + 1, spec.size() - par - 2);
      spec = spec.substr(0, par);
    }
    c.name = std::string(name);
    if (spec.empty()) {
      if (colon != std::string_view::npos) return err(fmt::format("column '{}': empty type", f));
      if (name.empty()) return err(fmt::format("column {} has an empty name", i + 1));
    } else if (IEquals(spec, "ID")) {
      if (!nodes) return err(fmt::format("column '{}': an ID column belongs in a node file", f));
      c.kind = ColumnKind::kId;
      c.group = GroupOf(group);
      c.type = opts_.integer_ids ? ScalarType::kInt : ScalarType::kString;
    } else if (IEquals(spec, "START_ID") || IEquals(spec, "END_ID")) {
      if (nodes) return err(fmt::format("column '{}' belongs in a relationship file", f));
      c.kind = IEquals(spec, "START_ID") ? ColumnKind::kStartId : ColumnKind::kEndId;
      c.group = GroupOf(group);
      c.name.clear();
    } else if (IEquals(spec, "LABEL")) {
      if (!nodes) return err(fmt::format("column '{}' belongs in a node file", f));
      c.kind = ColumnKind::kLabel;
      c.name.clear();
    } else if (IEquals(spec, "TYPE")) {
      if (nodes) return err(fmt::format("column '{}' belongs in a relationship file", f));
      c.kind = ColumnKind::kType;
      c.name.clear();
    } else if (IEquals(spec, "IGNORE")) {
      c.kind = ColumnKind::kIgnore;
    } else {
      std::string_view t = spec;
      if (t.size() > 2 && t.substr(t.size() - 2) == "[]") {
        c.array = true;
        t.remove_suffix(2);
      }
      if (IEquals(t, "STRING") || IEquals(t, "CHAR")) {
        c.type = ScalarType::kString;
      } else if (IEquals(t, "INT") || IEquals(t, "LONG") || IEquals(t, "SHORT") || IEquals(t, "BYTE")) {
        c.type = ScalarType::kInt;
      } else if (IEquals(t, "FLOAT") || IEquals(t, "DOUBLE")) {
        c.type = ScalarType::kFloat;
      } else if (IEquals(t, "BOOLEAN")) {
        c.type = ScalarType::kBool;
      } else if (IEquals(t, "DATE")) {
        c.type = ScalarType::kDate;
      } else {
        return err(
            fmt::format("column '{}': unknown type '{}' (known: STRING, INT, LONG, SHORT, BYTE, FLOAT, "
                        "DOUBLE, BOOLEAN, DATE, CHAR, each optionally with [])",
                        f, spec));
      }
      if (name.empty()) return err(fmt::format("column '{}' has an empty property name", f));
    }
    int* slot = c.kind == ColumnKind::kId        ? &h->id_col
                : c.kind == ColumnKind::kLabel   ? &h->label_col
                : c.kind == ColumnKind::kStartId ? &h->start_col
                : c.kind == ColumnKind::kEndId   ? &h->end_col
                : c.kind == ColumnKind::kType    ? &h->type_col
                                                 : nullptr;
    if (slot != nullptr) {
      if (*slot >= 0) return err(fmt::format("column '{}' appears twice", f));
      *slot = static_cast<int>(i);
    }
    bool stores = c.kind == ColumnKind::kProperty || (c.kind == ColumnKind::kId && !c.name.empty());
    if (stores) {
      if (!names.insert(c.name).second) return err(fmt::format("property '{}' appears twice", c.name));
    }
    h->columns.push_back(std::move(c));
  }
  if (!nodes && (h->start_col < 0 || h->end_col < 0)) {
    return err("a relationship file needs :START_ID and :END_ID columns");
  }
  // Keys are interned now (the header is valid), properties ordered by key.
  for (size_t i = 0; i < h->columns.size(); ++i) {
    Column& c = h->columns[i];
    if (c.kind == ColumnKind::kProperty || (c.kind == ColumnKind::kId && !c.name.empty())) {
      c.key = Intern(&keys_, storage::kDictKey, c.name);
      h->prop_order.push_back(static_cast<int>(i));
    }
  }
  std::sort(h->prop_order.begin(), h->prop_order.end(),
            [&](int a, int b) { return h->columns[a].key < h->columns[b].key; });
  return Status::OK();
}

bool Importer::EncodeScalar(ScalarType t, std::string_view text, bool quoted, std::string* out,
                            std::string* why) {
  switch (t) {
    case ScalarType::kString:
      out->push_back(tags_.s);
      PutVarint64(out, text.size());
      out->append(text);
      return true;
    case ScalarType::kInt: {
      std::string_view s = Trim(text);
      if (!s.empty() && s[0] == '+') s.remove_prefix(1);
      int64_t v;
      auto r = std::from_chars(s.data(), s.data() + s.size(), v);
      if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) {
        *why = fmt::format("'{}' is not an integer", text);
        return false;
      }
      out->push_back(tags_.i);
      PutVarint64(out, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
      return true;
    }
    case ScalarType::kFloat: {
      std::string_view s = Trim(text);
      if (!s.empty() && s[0] == '+') s.remove_prefix(1);
      double v;
      auto r = std::from_chars(s.data(), s.data() + s.size(), v);
      if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) {
        *why = fmt::format("'{}' is not a number", text);
        return false;
      }
      out->push_back(tags_.fl);
      uint64_t bits;
      std::memcpy(&bits, &v, 8);
      for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
      return true;
    }
    case ScalarType::kBool: {
      std::string_view s = Trim(text);
      if (IEquals(s, "true")) {
        out->push_back(tags_.t);
      } else if (IEquals(s, "false")) {
        out->push_back(tags_.f);
      } else {
        *why = fmt::format("'{}' is not a boolean (true or false)", text);
        return false;
      }
      return true;
    }
    case ScalarType::kDate: {
      Date d;
      if (!ParseIsoDate(Trim(text), &d)) {
        *why = fmt::format("'{}' is not a date (YYYY-MM-DD)", text);
        return false;
      }
      out->push_back(tags_.d);
      int64_t v = d.days;
      PutVarint64(out, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
      return true;
    }
  }
  (void)quoted;
  return false;
}

bool Importer::EncodeField(const Column& c, const storage::CsvField& f, std::string* out, bool* present,
                           std::string* why) {
  *present = false;
  if (f.text.empty() && !f.quoted) return true;
  if (f.text.empty() && c.array) {  // "" in an array column: the empty list
    out->push_back(tags_.l);
    PutVarint64(out, 0);
    *present = true;
    return true;
  }
  if (f.text.empty() && c.type != ScalarType::kString) return true;
  if (!c.array) {
    if (!EncodeScalar(c.type, f.text, f.quoted, out, why)) {
      *why = fmt::format("column '{}': {}", c.name, *why);
      return false;
    }
    *present = true;
    return true;
  }
  // An array: count the elements, then encode each.
  std::string_view rest = f.text;
  uint64_t n = 1;
  for (char ch : rest) n += ch == opts_.array_delimiter;
  out->push_back(tags_.l);
  PutVarint64(out, n);
  while (true) {
    size_t p = rest.find(opts_.array_delimiter);
    std::string_view e = rest.substr(0, p);
    if (!EncodeScalar(c.type, e, false, out, why)) {
      *why = fmt::format("column '{}': {}", c.name, *why);
      return false;
    }
    if (p == std::string_view::npos) break;
    rest.remove_prefix(p + 1);
  }
  *present = true;
  return true;
}

bool Importer::ParseIntId(std::string_view text, int64_t* v) const {
  std::string_view s = Trim(text);
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// ---------------------------------------------------------------- SST output

Status Importer::OpenOut(Cf cf, const std::string& name, SstOut* out) {
  out->cf = cf;
  out->path = staging_ + "/" + name + ".sst";
  out->writer =
      std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(), store_->CfOptions(cf), store_->cf(cf),
                                               /*invalidate_page_cache=*/false);
  return storage::ToStatus(out->writer->Open(out->path), out->path);
}

void Importer::Emit(Out out, std::string_view key, std::string_view value) {
  current_.entries.push_back({static_cast<uint8_t>(out), false, static_cast<uint32_t>(key.size()),
                              static_cast<uint32_t>(value.size())});
  current_.bytes.append(key);
  current_.bytes.append(value);
  if (current_.bytes.size() >= (1u << 20)) FlushBatch(false);
}

void Importer::FlushBatch(bool final) {
  std::unique_lock lock(mu_);
  if (!current_.entries.empty()) {
    // At most a few batches in flight: memory stays bounded.
    cv_space_.wait(lock, [&] { return queue_.size() < 8 || !writer_status_.ok(); });
    queue_.push_back(std::move(current_));
    if (!free_.empty()) {
      current_ = std::move(free_.back());
      free_.pop_back();
    } else {
      current_ = WriteBatchBuf();
    }
    current_.Clear();
  }
  if (final) writer_done_ = true;
  cv_.notify_one();
}

void Importer::WriterLoop() {
  while (true) {
    WriteBatchBuf b;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return !queue_.empty() || writer_done_; });
      if (queue_.empty()) return;
      b = std::move(queue_.front());
      queue_.pop_front();
      cv_space_.notify_one();
    }
    size_t off = 0;
    Status st;
    for (const auto& e : b.entries) {
      SstOut& o = outs_[e.out];
      rocksdb::Slice k(b.bytes.data() + off, e.key_len);
      rocksdb::Slice v(b.bytes.data() + off + e.key_len, e.value_len);
      off += e.key_len + e.value_len;
      if (!st.ok()) continue;
      st = storage::ToStatus(o.writer->Put(k, v), o.path);
      ++o.entries;
    }
    std::unique_lock lock(mu_);
    if (!st.ok() && writer_status_.ok()) {
      writer_status_ = st;
      cv_space_.notify_all();
    }
    b.Clear();
    free_.push_back(std::move(b));
  }
}

void Importer::StopWriter() {
  if (!writer_.joinable()) return;
  FlushBatch(true);
  writer_.join();
}

Status Importer::FinishOut(SstOut* out, std::vector<storage::Store::SstBatch>* batches) {
  if (out->writer == nullptr) return Status::OK();
  if (out->entries == 0) {
    out->writer.reset();
    std::error_code ec;
    fs::remove(out->path, ec);
    return Status::OK();
  }
  KG_RETURN_IF_ERROR(storage::ToStatus(out->writer->Finish(), out->path));
  out->writer.reset();
  AddFile(out->cf, out->path, batches);
  return Status::OK();
}

void AddFile(Cf cf, const std::string& path, std::vector<storage::Store::SstBatch>* batches) {
  for (auto& b : *batches) {
    if (b.cf == cf) {
      b.files.push_back(path);
      return;
    }
  }
  batches->push_back({cf, {path}});
}

Status Importer::WriteSortedFile(Cf cf, const std::string& name,
                                 const std::map<std::string, std::optional<std::string>>& kv,
                                 std::vector<storage::Store::SstBatch>* batches) {
  if (kv.empty()) return Status::OK();
  SstOut out;
  KG_RETURN_IF_ERROR(OpenOut(cf, name, &out));
  for (const auto& [k, v] : kv) {
    auto s = v ? out.writer->Put(k, *v) : out.writer->Delete(k);
    KG_RETURN_IF_ERROR(storage::ToStatus(s, out.path));
    ++out.entries;
  }
  return FinishOut(&out, batches);
}

// ---------------------------------------------------------------- rows

Status Importer::ImportFile(const ImportSource& src, bool nodes) {
  if (src.files.empty()) return Status::UsageError("an import option names no file");
  std::vector<uint32_t> static_ids;
  if (nodes) {
    for (const auto& n : src.names) static_ids.push_back(Intern(&labels_, storage::kDictLabel, n));
    std::sort(static_ids.begin(), static_ids.end());
  } else if (src.names.size() > 1) {
    return Status::UsageError(
        fmt::format("a relationship file has one type, not '{}'", fmt::join(src.names, ":")));
  } else if (src.names.size() == 1) {
    static_ids.push_back(Intern(&types_, storage::kDictType, src.names[0]));
  }

  Header h;
  std::vector<storage::CsvField> fields;
  std::string err, why, rec, val, key;
  std::vector<LabelId> labels;
  bool header_done = false;
  for (const auto& path : src.files) {
    MappedFile file;
    KG_RETURN_IF_ERROR(file.Open(path));
    storage::CsvReader reader(file.data(), opts_.delimiter);
    while (true) {
      auto outcome = reader.Next(&fields, &err);
      if (outcome == storage::CsvReader::Outcome::kEnd) break;
      if (!header_done) {
        if (outcome == storage::CsvReader::Outcome::kError) {
          return Status::InputError(fmt::format("{}:{}: bad header: {}", path, reader.line(), err));
        }
        KG_RETURN_IF_ERROR(ParseHeader(path, fields, nodes, &h));
        if (!nodes && h.type_col < 0 && static_ids.empty()) {
          return Status::InputError(
              fmt::format("{}: relationships without a type: give TYPE=FILE or a :TYPE column", path));
        }
        header_done = true;
        continue;
      }
      ++report_.rows;
      if (outcome == storage::CsvReader::Outcome::kError) {
        KG_RETURN_IF_ERROR(BadRow(path, reader.line(), err));
        continue;
      }
      if (fields.size() != h.columns.size()) {
        KG_RETURN_IF_ERROR(
            BadRow(path, reader.line(),
                   fmt::format("{} fields where the header has {}", fields.size(), h.columns.size())));
        continue;
      }
      // Properties, in key order.
      rec.clear();
      bool bad = false;
      for (int ci : h.prop_order) {
        const Column& c = h.columns[ci];
        val.clear();
        bool present;
        if (!EncodeField(c, fields[ci], &val, &present, &why)) {
          bad = true;
          break;
        }
        if (present) storage::AppendProperty(&rec, c.key, val);
      }
      if (bad) {
        KG_RETURN_IF_ERROR(BadRow(path, reader.line(), why));
        continue;
      }
      if (nodes) {
        if (next_node_ >= kMaxId) return Status::Error(ErrorKind::kLimitExceeded, "too many nodes");
        uint32_t id = static_cast<uint32_t>(next_node_);
        if (h.id_col >= 0) {
          const Column& c = h.columns[h.id_col];
          std::string_view t = fields[h.id_col].text;
          if (t.empty()) {
            KG_RETURN_IF_ERROR(BadRow(path, reader.line(), "empty node id"));
            continue;
          }
          IdGroup& g = groups_[c.group];
          bool fresh;
          if (opts_.integer_ids) {
            int64_t v;
            if (!ParseIntId(t, &v)) {
              KG_RETURN_IF_ERROR(
                  BadRow(path, reader.line(), fmt::format("node id '{}' is not an integer", t)));
              continue;
            }
            fresh = g.ints.Insert(static_cast<uint64_t>(v), id);
          } else {
            fresh = g.strings.emplace(std::string(t), id).second;
          }
          if (!fresh) {
            KG_RETURN_IF_ERROR(BadRow(path, reader.line(), fmt::format("duplicate node id '{}'", t)));
            continue;
          }
        }
        labels.assign(static_ids.begin(), static_ids.end());
        if (h.label_col >= 0) {
          std::string_view rest = fields[h.label_col].text;
          while (!rest.empty()) {
            size_t p = rest.find(opts_.array_delimiter);
            std::string_view l = Trim(rest.substr(0, p));
            if (!l.empty()) labels.push_back(Intern(&labels_, storage::kDictLabel, l));
            if (p == std::string_view::npos) break;
            rest.remove_prefix(p + 1);
          }
          std::sort(labels.begin(), labels.end());
          labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
        }
        ++next_node_;
        ++report_.nodes;
        key = storage::IdKey(id);
        val.clear();
        storage::EncodeNodeRecord(labels, &val);
        Emit(kNodesOut, key, val);
        if (!rec.empty()) {
          key = storage::PropsKey(storage::kPropsNode, id);
          Emit(kNodePropsOut, key, rec);
        }
      } else {
        uint32_t ends[2];
        int cols[2] = {h.start_col, h.end_col};
        for (int k = 0; k < 2 && !bad; ++k) {
          const Column& c = h.columns[cols[k]];
          std::string_view t = fields[cols[k]].text;
          IdGroup& g = groups_[c.group];
          uint32_t n = IntIdMap::kEmpty;
          if (opts_.integer_ids) {
            int64_t v;
            if (ParseIntId(t, &v)) n = g.ints.Get(static_cast<uint64_t>(v));
          } else {
            auto it = g.strings.find(t);
            if (it != g.strings.end()) n = it->second;
          }
          if (n == IntIdMap::kEmpty) {
            bad = true;
            std::string gname;
            for (const auto& [name, gi] : group_ids_) {
              if (gi == c.group) gname = name;
            }
            why = fmt::format("unknown {} node id '{}'{}", k == 0 ? "start" : "end", t,
                              gname.empty() ? "" : fmt::format(" in group '{}'", gname));
          }
          ends[k] = n;
        }
        uint32_t type = static_ids.empty() ? kInvalidName : static_ids[0];
        if (!bad && h.type_col >= 0 && !Trim(fields[h.type_col].text).empty()) {
          type = Intern(&types_, storage::kDictType, Trim(fields[h.type_col].text));
        }
        if (!bad && type == kInvalidName) {
          bad = true;
          why = "empty relationship type";
        }
        if (bad) {
          KG_RETURN_IF_ERROR(BadRow(path, reader.line(), why));
          continue;
        }
        if (next_edge_ >= kMaxId) return Status::Error(ErrorKind::kLimitExceeded, "too many relationships");
        uint64_t id = next_edge_++;
        ++report_.relationships;
        if (first_edge_ == 0) edges_.push_back(EdgeSlot{ends[0], ends[1], type});  // for the snapshot
        key = storage::IdKey(id);
        val.clear();
        // Format 3: the properties inside the edge record.
        storage::EncodeEdgeRecord(storage::EdgeRecord{ends[0], ends[1], type}, rec, &val);
        Emit(kEdgesOut, key, val);
      }
      storage::ForEachProperty(rec, [&](KeyId k, std::string_view) { ++key_use_[k]; });
    }
    if (!header_done) return Status::InputError(fmt::format("{}:1: empty file (no header)", path));
  }
  return Status::OK();
}

Status Importer::WriteTopologySnapshot(std::vector<storage::Store::SstBatch>* batches) {
  // The snapshot is exact only when the database had no edges before;
  // otherwise the next open reads the imported edges from `edges`.
  if (edges_.empty() || first_edge_ != 0) {
    std::vector<EdgeSlot>().swap(edges_);
    return Status::OK();
  }
  Topology topo;
  topo.ResizeEdges(first_edge_ + edges_.size());
  for (size_t i = 0; i < edges_.size(); ++i) topo.SetEdge(first_edge_ + i, edges_[i]);
  std::vector<EdgeSlot>().swap(edges_);
  topo.Rebuild(next_node_);
  std::string snap_path = staging_ + "/topology.sst";
  KG_RETURN_IF_ERROR(WriteSnapshotFile(topo, *store_, snap_path, old_snapshot_chunks_));
  snapshot_shipped_ = true;
  AddFile(Cf::kTopology, snap_path, batches);
  return Status::OK();
}

Result<ImportReport> Importer::Run() {
  auto t0 = std::chrono::steady_clock::now();
  KG_RETURN_IF_ERROR(LoadExisting());
  auto staging = store_->StagingDir();
  if (!staging.ok()) return staging.status();
  staging_ = staging.value() + fmt::format("/import-{}", ::getpid());
  std::error_code ec;
  fs::remove_all(staging_, ec);
  fs::create_directories(staging_, ec);
  if (ec) return Status::IOError(fmt::format("cannot create '{}': {}", staging_, ec.message()));
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code e;
      fs::remove_all(dir, e);
    }
  } cleanup{staging_};

  KG_RETURN_IF_ERROR(OpenOut(Cf::kNodes, "nodes", &outs_[kNodesOut]));
  KG_RETURN_IF_ERROR(OpenOut(Cf::kProps, "node-props", &outs_[kNodePropsOut]));
  KG_RETURN_IF_ERROR(OpenOut(Cf::kEdges, "edges", &outs_[kEdgesOut]));
  writer_ = std::thread([this] { WriterLoop(); });

  Status st;
  for (const auto& s : opts_.nodes) {
    st = ImportFile(s, true);
    if (!st.ok()) break;
  }
  if (st.ok()) {
    for (const auto& s : opts_.relationships) {
      st = ImportFile(s, false);
      if (!st.ok()) break;
    }
  }
  StopWriter();
  KG_RETURN_IF_ERROR(st);
  KG_RETURN_IF_ERROR(writer_status_);
  auto t1 = std::chrono::steady_clock::now();

  std::vector<storage::Store::SstBatch> batches;
  for (auto& o : outs_) KG_RETURN_IF_ERROR(FinishOut(&o, &batches));
  KG_RETURN_IF_ERROR(WriteTopologySnapshot(&batches));
  // Dictionary entries and metadata.
  std::map<std::string, std::optional<std::string>> dict(new_dict_.begin(), new_dict_.end());
  KG_RETURN_IF_ERROR(WriteSortedFile(Cf::kDict, "dict", dict, &batches));
  std::map<std::string, std::optional<std::string>> meta;
  auto u64 = [](uint64_t v) {
    std::string s;
    PutFixed64BE(&s, v);
    return s;
  };
  meta[std::string(storage::kMetaNextNode)] = u64(next_node_);
  meta[std::string(storage::kMetaNextEdge)] = u64(next_edge_);
  meta[std::string(storage::kMetaGeneration)] = u64(generation_ + 1);
  for (size_t k = 0; k < key_use_.size(); ++k) {
    if (k >= key_use_old_.size() || key_use_[k] != key_use_old_[k]) {
      meta[storage::KeyUseKey(static_cast<KeyId>(k))] = u64(static_cast<uint64_t>(key_use_[k]));
    }
  }
  KG_RETURN_IF_ERROR(WriteSortedFile(Cf::kMeta, "meta", meta, &batches));
  auto t2 = std::chrono::steady_clock::now();
  if (report_.nodes > 0 || report_.relationships > 0 || !new_dict_.empty()) {
    KG_RETURN_IF_ERROR(store_->IngestAtomically(batches));
  }
  auto t3 = std::chrono::steady_clock::now();
  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  report_.parse_seconds = secs(t0, t1);
  report_.finish_seconds = secs(t1, t2);
  report_.ingest_seconds = secs(t2, t3);
  report_.seconds = secs(t0, t3);
  return report_;
}

}  // namespace

Result<ImportReport> BulkImport(const std::string& db_dir, const ImportOptions& options) {
  if (options.nodes.empty() && options.relationships.empty()) {
    return Status::UsageError("nothing to import: give --nodes or --relationships");
  }
  storage::StoreOptions so;
  auto store = storage::Store::Open(db_dir, so);
  if (!store.ok()) return store.status();
  Result<ImportReport> report = Status::OK();
  bool snapshot_shipped = false;
  {
    Importer imp(store.value().get(), options);
    report = imp.Run();
    snapshot_shipped = imp.snapshot_shipped();
  }
  store.value().reset();
  if (!report.ok() || snapshot_shipped || report->relationships == 0) return report;
  // Relationships added to a database that had some: open the graph once
  // so that it folds them into its base and saves the topology snapshot on
  // close, sparing every later open the rebuild. The import is already
  // complete; a failure here only costs that later rebuild.
  auto t0 = std::chrono::steady_clock::now();
  {
    auto g = GraphImpl::OpenImpl(db_dir, OpenOptions{});
    if (g.ok()) g.value()->WriteSnapshot().ok();
  }
  double extra = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  report->finish_seconds += extra;
  report->seconds += extra;
  return report;
}

}  // namespace kg::graph
