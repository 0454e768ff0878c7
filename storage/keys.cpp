#include "storage/keys.h"

#include <cstring>

namespace kg::storage {

namespace {
// Big-endian stores into a buffer (the hot paths of bulk import build
// millions of keys; one append per key instead of a byte at a time).
inline void Be64(char* p, uint64_t v) {
  v = __builtin_bswap64(v);
  std::memcpy(p, &v, 8);
}
inline void Be32(char* p, uint32_t v) {
  v = __builtin_bswap32(v);
  std::memcpy(p, &v, 4);
}
}  // namespace

std::string KeyUseKey(KeyId key) {
  std::string k(kKeyUsePrefix);
  PutFixed32BE(&k, key);
  return k;
}

std::string IndexDefKey(LabelId label, KeyId key) {
  std::string k(kIndexDefPrefix);
  PutFixed32BE(&k, label);
  PutFixed32BE(&k, key);
  return k;
}

std::string DeletedEdgeKey(EdgeId edge) {
  std::string k(kDeletedEdgePrefix);
  PutFixed64BE(&k, edge);
  return k;
}

std::string DictKey(char kind, uint32_t id) {
  std::string k(1, kind);
  PutFixed32BE(&k, id);
  return k;
}

std::string IdKey(uint64_t id) {
  char b[8];
  Be64(b, id);
  return std::string(b, 8);
}

void AppendAdjKey(std::string* out, char dir, NodeId node, TypeId type, EdgeId edge) {
  char b[21];
  b[0] = dir;
  Be64(b + 1, node);
  Be32(b + 9, type);
  Be64(b + 13, edge);
  out->append(b, 21);
}

std::string AdjKey(char dir, NodeId node, TypeId type, EdgeId edge) {
  std::string k;
  AppendAdjKey(&k, dir, node, type, edge);
  return k;
}

std::string PropsKey(char kind, uint64_t id) {
  char b[9];
  b[0] = kind;
  Be64(b + 1, id);
  return std::string(b, 9);
}

std::string AuxKey(std::string_view ns, std::string_view key) {
  std::string k;
  k.reserve(ns.size() + 1 + key.size());
  k.append(ns);
  k.push_back('\0');
  k.append(key);
  return k;
}

void EncodeNodeRecord(const std::vector<LabelId>& labels, std::string* out) {
  PutVarint64(out, labels.size());
  for (LabelId l : labels) PutVarint64(out, l);
}

bool DecodeNodeRecord(std::string_view in, std::vector<LabelId>* labels) {
  uint64_t n;
  labels->clear();
  if (!GetVarint64(&in, &n) || n > in.size()) return false;
  labels->reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t l;
    if (!GetVarint64(&in, &l) || l >= kInvalidName) return false;
    labels->push_back(static_cast<LabelId>(l));
  }
  return in.empty();
}

void EncodeEdgeRecord(const EdgeRecord& e, std::string* out) {
  PutVarint64(out, e.start);
  PutVarint64(out, e.end);
  PutVarint64(out, e.type);
}

void EncodeEdgeRecord(const EdgeRecord& e, std::string_view props, std::string* out) {
  EncodeEdgeRecord(e, out);
  out->append(props);
}

bool DecodeEdgeRecord(std::string_view in, EdgeRecord* e, std::string_view* props) {
  uint64_t s, t, ty;
  if (!GetVarint64(&in, &s) || !GetVarint64(&in, &t) || !GetVarint64(&in, &ty)) return false;
  if (ty >= kInvalidName) return false;
  e->start = s;
  e->end = t;
  e->type = static_cast<TypeId>(ty);
  *props = in;
  return true;
}

bool DecodeEdgeRecord(std::string_view in, EdgeRecord* e) {
  uint64_t s, t, ty;
  if (!GetVarint64(&in, &s) || !GetVarint64(&in, &t) || !GetVarint64(&in, &ty)) return false;
  if (ty >= kInvalidName || !in.empty()) return false;
  e->start = s;
  e->end = t;
  e->type = static_cast<TypeId>(ty);
  return true;
}

void AppendProperty(std::string* rec, KeyId key, std::string_view encoded_value) {
  // The two varints (PutVarint64's encoding) built in place, then one append each.
  char head[20];
  size_t n = 0;
  for (uint64_t v : {static_cast<uint64_t>(key), static_cast<uint64_t>(encoded_value.size())}) {
    while (v >= 0x80) {
      head[n++] = static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    head[n++] = static_cast<char>(v);
  }
  rec->append(head, n);
  rec->append(encoded_value);
}

namespace {
// Reads one (key, value) entry from the front of *in.
bool NextProperty(std::string_view* in, KeyId* key, std::string_view* value) {
  uint64_t k, len;
  if (!GetVarint64(in, &k) || !GetVarint64(in, &len) || len > in->size() || k >= kInvalidName) {
    return false;
  }
  *key = static_cast<KeyId>(k);
  *value = in->substr(0, len);
  in->remove_prefix(len);
  return true;
}
}  // namespace

bool ForEachProperty(std::string_view rec, const std::function<void(KeyId, std::string_view)>& fn) {
  while (!rec.empty()) {
    KeyId k;
    std::string_view v;
    if (!NextProperty(&rec, &k, &v)) return false;
    fn(k, v);
  }
  return true;
}

bool FindProperty(std::string_view rec, KeyId key, std::string_view* encoded_value) {
  while (!rec.empty()) {
    KeyId k;
    std::string_view v;
    if (!NextProperty(&rec, &k, &v)) return false;
    if (k == key) {
      *encoded_value = v;
      return true;
    }
    if (k > key) return false;
  }
  return false;
}

std::string WithProperty(std::string_view rec, KeyId key, const std::string* encoded_value) {
  std::string out;
  out.reserve(rec.size() + (encoded_value ? encoded_value->size() + 4 : 0));
  bool placed = false;
  while (!rec.empty()) {
    KeyId k;
    std::string_view v;
    if (!NextProperty(&rec, &k, &v)) break;
    if (!placed && k >= key) {
      if (encoded_value) AppendProperty(&out, key, *encoded_value);
      placed = true;
      if (k == key) continue;
    }
    AppendProperty(&out, k, v);
  }
  if (!placed && encoded_value) AppendProperty(&out, key, *encoded_value);
  return out;
}

}  // namespace kg::storage
