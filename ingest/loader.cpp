// The loader (ingest/loader.h): resolution of extracted entities against the
// graph, per-article contributions and support sets, replacement and
// forgetting of articles.
#include "ingest/loader.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ingest/text.h"

namespace kg::ingest {
namespace {

constexpr std::string_view kNsArticle = "ingest.article";
constexpr std::string_view kNsAlias = "ingest.alias";
constexpr std::string_view kNsSupport = "ingest.support";
constexpr std::string_view kNsNodeContrib = "ingest.ncontrib";
constexpr std::string_view kNsEdgeContrib = "ingest.econtrib";
constexpr std::string_view kNsState = "ingest.state";
constexpr std::string_view kAliasStamp = "alias-stamp";  // in kNsState (see AliasCache)

constexpr std::string_view kArticleLabel = "Article";
constexpr std::string_view kStatementLabel = "Statement";
constexpr std::string_view kMeetingLabel = "Meeting";
constexpr std::string_view kPersonLabel = "Person";
constexpr std::string_view kPlaceLabel = "Place";
constexpr std::string_view kMentions = "MENTIONS";
constexpr std::string_view kHeldIn = "HELD_IN";
constexpr std::string_view kLocalArticle = "article";  // extraction id of the article itself

std::string Be64(uint64_t v) {
  std::string s;
  PutFixed64BE(&s, v);
  return s;
}

// ---- ValueMap helpers ----

const Value* Get(const ValueMap& m, std::string_view key) {
  for (const auto& [k, v] : m)
    if (k == key) return &v;
  return nullptr;
}

std::string GetString(const ValueMap& m, std::string_view key) {
  const Value* v = Get(m, key);
  return v && v->is_string() ? v->as_string() : std::string();
}

void Put(ValueMap* m, std::string_view key, Value v) {
  for (auto& [k, x] : *m) {
    if (k == key) {
      x = std::move(v);
      return;
    }
  }
  m->emplace_back(std::string(key), std::move(v));
}

// Strings of a string or list-of-strings value, in order.
std::vector<std::string> Strings(const Value* v) {
  std::vector<std::string> out;
  if (!v) return out;
  if (v->is_string()) {
    out.push_back(v->as_string());
  } else if (v->is_list()) {
    for (const auto& x : v->as_list())
      if (x.is_string()) out.push_back(x.as_string());
  }
  return out;
}

bool IsDateKey(std::string_view key) { return key == "start" || key == "end" || key == "date"; }

// Drops nulls and turns ISO date strings of date keys into Date values.
ValueMap NormaliseProps(const ValueMap& in) {
  ValueMap out;
  out.reserve(in.size());
  for (const auto& [k, v] : in) {
    if (v.is_null()) continue;
    Date d;
    if (IsDateKey(k) && v.is_string() && v.as_string().size() == 10 && ParseIsoDate(v.as_string(), &d)) {
      Put(&out, k, Value(d));
    } else {
      Put(&out, k, v);
    }
  }
  return out;
}

// True when EncodeValue() accepts `v` (common/value.h): every type but
// nodes, relationships and paths, at any depth of lists and maps.
bool Storable(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull:
    case Value::Type::kBool:
    case Value::Type::kInt:
    case Value::Type::kFloat:
    case Value::Type::kString:
    case Value::Type::kDate:
      return true;
    case Value::Type::kList:
      for (const auto& e : v.as_list())
        if (!Storable(e)) return false;
      return true;
    case Value::Type::kMap:
      for (const auto& [k, e] : v.as_map())
        if (!Storable(e)) return false;
      return true;
    default:
      return false;
  }
}

// `where()` names the node or edge, built only for the error.
template <typename Where>
Status CheckStorable(const ValueMap& m, Where&& where) {
  for (const auto& [k, v] : m) {
    if (!Storable(v))
      return Status::InputError(fmt::format("{}: property '{}' holds a {} value, which cannot be stored", where(), k,
                                            Value::TypeName(v.type())));
  }
  return Status::OK();
}

// EncodeValue(Value(m)) without copying the map into a Value first.
std::string EncodeMap(const ValueMap& m) {
  static const char map_tag = [] {
    std::string empty;
    (void)EncodeValue(Value(ValueMap{}), &empty);  // the tag, then the count 0
    return empty[0];
  }();
  std::string out;
  out.push_back(map_tag);
  PutVarint64(&out, m.size());
  for (const auto& [k, v] : m) {
    PutVarint64(&out, k.size());
    out.append(k);
    // Every value was checked storable (CheckStorable) before it got here.
    (void)EncodeValue(v, &out);
  }
  return out;
}

ValueMap DecodeMap(std::string_view bytes) {
  Value v;
  if (!DecodeValue(&bytes, &v).ok() || !v.is_map()) return {};
  return v.as_map();
}

// ---- support records ----
//
// An article's support record (key: Article node id BE64 in kNsSupport)
// lists the nodes and edges it supports: varint node count, the node ids
// ascending as varint deltas, then the same for edges. Entries may name
// nodes or edges deleted since (ids are never reused): readers skip those.
// Databases of format 1 hold one empty-valued entry per node or edge
// instead (key: Article BE64, 'n' or 'e', id BE64); both are read.

void PutIdList(std::string* out, const std::vector<uint64_t>& ids) {
  PutVarint64(out, ids.size());
  uint64_t prev = 0;
  for (uint64_t id : ids) {
    PutVarint64(out, id - prev);
    prev = id;
  }
}

// Appends the list at the front of *in to *ids; false when malformed.
bool GetIdList(std::string_view* in, std::vector<uint64_t>* ids) {
  uint64_t n = 0;
  if (!GetVarint64(in, &n) || n > in->size()) return false;
  uint64_t prev = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t d = 0;
    if (!GetVarint64(in, &d)) return false;
    prev += d;
    ids->push_back(prev);
  }
  return true;
}

// Sorts and removes repeats.
void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

std::string EncodeSupport(std::vector<uint64_t> nodes, std::vector<uint64_t> edges) {
  SortUnique(&nodes);
  SortUnique(&edges);
  std::string out;
  PutIdList(&out, nodes);
  PutIdList(&out, edges);
  return out;
}

// ---- name keys ----

size_t TokenCount(std::string_view key) {
  if (key.empty()) return 0;
  return static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

std::vector<std::string> Tokens(std::string_view key) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) out.emplace_back(key.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool SingleCodePoint(std::string_view tok) {
  if (tok.empty()) return false;
  size_t i = 0;
  DecodeUtf8(tok, &i);
  return i == tok.size();
}

// ---- the alias index ----

std::string AliasPrefix(std::string_view label, std::string_view form) {
  std::string k;
  k.reserve(label.size() + form.size() + 2);
  k.append(label);
  k.push_back('\0');
  k.append(form);
  k.push_back('\0');
  return k;
}

// The name keys under which a node with these properties is indexed: its
// names and aliases, and for a person the surname (last word) of each.
std::set<std::string> FormsOf(std::string_view label, const ValueMap& props) {
  std::set<std::string> forms;
  if (label == kStatementLabel || label == kArticleLabel) return forms;
  auto add = [&](const std::string& s) {
    std::string k = NameKey(s);
    if (k.empty()) return;
    if (label == kPersonLabel) {
      size_t sp = k.rfind(' ');
      if (sp != std::string::npos) forms.insert(k.substr(sp + 1));
    }
    forms.insert(std::move(k));
  };
  for (const auto& s : Strings(Get(props, "name"))) add(s);
  for (const auto& s : Strings(Get(props, "aliases"))) add(s);
  if (label == kPlaceLabel) {
    // Gazetteer identity: one country per ISO code; one place per kind,
    // country and coordinates (Moscou and Moscow share theirs).
    std::string kind = GetString(props, "kind");
    std::string country = GetString(props, "country");
    const Value* lat = Get(props, "lat");
    const Value* lon = Get(props, "lon");
    if (kind == "country" && !country.empty()) {
      forms.insert("#country:" + country);
    } else if (!kind.empty() && lat && lon && lat->is_number() && lon->is_number()) {
      forms.insert(fmt::format("#geo:{}:{}:{:.3f}:{:.3f}", kind, country, lat->as_number(), lon->as_number()));
    }
  }
  if (label == kMeetingLabel) {
    // The days a meeting covers (at most 31), so that meetings of the same
    // days can be compared even without a place.
    const Value* s = Get(props, "start");
    const Value* e = Get(props, "end");
    if (s && s->is_date()) {
      int32_t first = s->as_date().days;
      int32_t last = e && e->is_date() && e->as_date().days >= first ? e->as_date().days : first;
      last = std::min(last, first + 30);
      for (int32_t d = first; d <= last; ++d) forms.insert("#day:" + FormatIsoDate(Date{d}));
    }
  }
  return forms;
}

// The properties FormsOf() reads.
bool FormKey(std::string_view k) {
  return k == "name" || k == "aliases" || k == "kind" || k == "country" || k == "lat" || k == "lon" ||
         k == "start" || k == "end";
}

// Forms that are not names: gazetteer identities and meeting days.
bool SyntheticForm(std::string_view form) { return !form.empty() && form[0] == '#'; }

// ---- merging contributions ----

bool FullestNameLabel(std::string_view label) {
  return label == kPersonLabel || label == "Organization" || label == "Document";
}

// A specific meeting name holds a digit or a capitalised word after the first.
bool SpecificName(std::string_view name) {
  size_t i = 0;
  bool word_start = true;
  int word = 0;
  while (i < name.size()) {
    char32_t c = DecodeUtf8(name, &i);
    if (c >= '0' && c <= '9') return true;
    if (IsLetterCodePoint(c)) {
      if (word_start) {
        if (word > 0 && IsUpperCodePoint(c)) return true;
        ++word;
      }
      word_start = false;
    } else {
      word_start = true;
    }
  }
  return false;
}

// The node's properties from every article's contribution, in ingestion order.
ValueMap MergeNodeRefs(std::string_view label, std::span<const std::reference_wrapper<const ValueMap>> contribs) {
  if (contribs.empty()) return {};
  if (contribs.size() == 1 && label == kStatementLabel) return contribs[0].get();
  std::vector<std::string> names;
  for (const ValueMap& c : contribs)
    for (const auto& n : Strings(Get(c, "name")))
      if (!n.empty()) names.push_back(n);
  std::string name;
  if (!names.empty()) {
    name = names[0];
    if (label == kMeetingLabel) {
      // The most specific label: a proper name or number first, then the longest.
      auto score = [](const std::string& n) { return (SpecificName(n) ? 1000 : 0) + TokenCount(NameKey(n)); };
      for (const auto& n : names)
        if (score(n) > score(name)) name = n;
    } else if (FullestNameLabel(label)) {
      size_t best = TokenCount(NameKey(name));
      for (const auto& n : names) {
        size_t t = TokenCount(NameKey(n));
        if (t > best) {
          best = t;
          name = n;
        }
      }
    }
  }
  ValueMap out;
  if (!name.empty()) Put(&out, "name", Value(name));
  // aliases: every other name form, in order of appearance, without repeats.
  ValueList aliases;
  std::set<std::string> seen{name};
  auto add_alias = [&](const std::string& a) {
    if (!a.empty() && seen.insert(a).second) aliases.emplace_back(a);
  };
  for (const ValueMap& c : contribs) {
    for (const auto& n : Strings(Get(c, "name"))) add_alias(n);
    for (const auto& a : Strings(Get(c, "aliases"))) add_alias(a);
  }
  if (!aliases.empty()) Put(&out, "aliases", Value(std::move(aliases)));
  ValueList roles;
  std::set<std::string> seen_roles;
  for (const ValueMap& c : contribs)
    for (const auto& r : Strings(Get(c, "roles")))
      if (!r.empty() && seen_roles.insert(r).second) roles.emplace_back(r);
  if (!roles.empty()) Put(&out, "roles", Value(std::move(roles)));
  // start and end travel together, from the first article giving a start.
  for (const ValueMap& c : contribs) {
    if (const Value* s = Get(c, "start")) {
      Put(&out, "start", *s);
      if (const Value* e = Get(c, "end")) Put(&out, "end", *e);
      break;
    }
  }
  bool held = false;
  for (const ValueMap& c : contribs)
    if (GetString(c, "status") == "held") held = true;
  for (const ValueMap& c : contribs) {
    for (const auto& [k, v] : c) {
      if (k == "name" || k == "aliases" || k == "roles" || k == "start" || k == "end") continue;
      if (Get(out, k) == nullptr) Put(&out, k, v);
    }
  }
  if (held && label == kMeetingLabel) Put(&out, "status", Value("held"));
  return out;
}

ValueMap MergeNode(std::string_view label, const std::vector<ValueMap>& contribs) {
  std::vector<std::reference_wrapper<const ValueMap>> refs(contribs.begin(), contribs.end());
  return MergeNodeRefs(label, refs);
}

// MergeNode() of one or two contributions, without copying them.
ValueMap MergeNode(std::string_view label, const ValueMap& only) {
  std::reference_wrapper<const ValueMap> refs[] = {std::cref(only)};
  return MergeNodeRefs(label, refs);
}
ValueMap MergeNode(std::string_view label, const ValueMap& first, const ValueMap& second) {
  std::reference_wrapper<const ValueMap> refs[] = {std::cref(first), std::cref(second)};
  return MergeNodeRefs(label, refs);
}

// The same properties, in any order (what ReplaceNodeProps() compares).
[[maybe_unused]] bool SameProps(const ValueMap& a, const ValueMap& b) {
  if (a.size() != b.size()) return false;
  for (const auto& [k, v] : a) {
    const Value* o = Get(b, k);
    if (!o || !(*o == v)) return false;
  }
  return true;
}

// True when MergeNode(label, current, share) equals `current` (as a set of
// properties), decided without building the merge: `current` is in the form
// MergeNode gives (a non-empty string name; aliases and roles, when present,
// non-empty lists of distinct non-empty strings, the name not among the
// aliases; no end without a start), and `share` brings nothing it lacks: every
// name and alias form of `share` is the name or an alias of `current` and
// would not be chosen as the name over it, every role is one of its roles, no
// start where it has none, no property key it lacks, and for a meeting no
// "held" status it lacks. Most articles only repeat what a node holds: the
// loader then writes nothing for it. A false answer only means "merge".
bool MergeKeeps(std::string_view label, const ValueMap& current, const ValueMap& share) {
  const Value* name = Get(current, "name");
  if (!name || !name->is_string() || name->as_string().empty()) return false;
  const std::string& cur_name = name->as_string();
  // The forms current holds: its name and aliases, checked distinct.
  std::vector<std::string_view> forms{cur_name};
  auto holds = [&](std::string_view f) { return std::find(forms.begin(), forms.end(), f) != forms.end(); };
  // A list of distinct non-empty strings, none already in `into` (when
  // checking aliases, the name is in it), appended to `into`.
  auto distinct_strings = [&](const Value* v, std::vector<std::string_view>* into) {
    if (!v) return true;
    if (!v->is_list() || v->as_list().empty()) return false;
    for (const auto& x : v->as_list()) {
      if (!x.is_string() || x.as_string().empty()) return false;
      if (std::find(into->begin(), into->end(), x.as_string()) != into->end()) return false;
      into->push_back(x.as_string());
    }
    return true;
  };
  if (!distinct_strings(Get(current, "aliases"), &forms)) return false;
  std::vector<std::string_view> roles;
  if (!distinct_strings(Get(current, "roles"), &roles)) return false;
  const bool has_start = Get(current, "start") != nullptr;
  if (!has_start && Get(current, "end") != nullptr) return false;
  for (const auto& [k, v] : share) {
    if (k == "name" || k == "aliases") {
      for (const auto& f : Strings(&v)) {
        if (f.empty()) continue;
        if (!holds(f)) return false;
        if (k != "name" || f == cur_name) continue;
        // A name of the share that MergeNode would prefer to the current one.
        if (label == kMeetingLabel) {
          auto score = [](const std::string& n) { return (SpecificName(n) ? 1000 : 0) + TokenCount(NameKey(n)); };
          if (score(f) > score(cur_name)) return false;
        } else if (FullestNameLabel(label) && TokenCount(NameKey(f)) > TokenCount(NameKey(cur_name))) {
          return false;
        }
      }
    } else if (k == "roles") {
      for (const auto& r : Strings(&v))
        if (!r.empty() && std::find(roles.begin(), roles.end(), r) == roles.end()) return false;
    } else if (k == "start") {
      if (!has_start) return false;
    } else if (k == "end") {
      // Travels with the start: the current node's, whichever the share gives.
    } else if (Get(current, k) == nullptr) {
      return false;
    } else if (k == "status" && label == kMeetingLabel && v.is_string() && v.as_string() == "held" &&
               GetString(current, "status") != "held") {
      return false;
    }
  }
  return true;
}

// Levenshtein distance over bytes, giving up above `limit`.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Given names agree when one is absent, equal, an initial of the other, or a
// transliteration variant of it (same first letter, one edit for names of up
// to six letters, two beyond: Dmitri / Dmitry, Andreï / Andrey).
bool GivenNamesCompatible(std::string_view a_key, std::string_view b_key) {
  auto a = Tokens(a_key), b = Tokens(b_key);
  if (a.size() < 2 || b.size() < 2) return true;
  const std::string& fa = a.front();
  const std::string& fb = b.front();
  if (fa == fb) return true;
  if (SingleCodePoint(fa) && fb.compare(0, fa.size(), fa) == 0) return true;
  if (SingleCodePoint(fb) && fa.compare(0, fb.size(), fb) == 0) return true;
  if (fa[0] != fb[0] || SingleCodePoint(fa) || SingleCodePoint(fb)) return false;
  size_t limit = std::min(fa.size(), fb.size()) <= 6 ? 1 : 2;
  return EditDistance(fa, fb, limit) <= limit;
}

// ---- the alias cache ----

// A stamp no other transaction wrote: a random number drawn once per
// process, and a counter.
std::string NewStamp() {
  static const uint64_t process = [] {
    std::random_device rd;
    return (static_cast<uint64_t>(rd()) << 32) ^ rd();
  }();
  static std::atomic<uint64_t> counter{0};
  return Be64(process) + Be64(counter.fetch_add(1, std::memory_order_relaxed));
}

}  // namespace

// The index as loaded, plus the changes of the open transaction and how to
// undo them.
struct AliasCache::Impl {
  // AliasPrefix(label, form) -> node ids, ascending (the order of the Aux scan).
  std::unordered_map<std::string, std::vector<NodeId>> ids;
  size_t entries = 0;        // node ids over all forms
  size_t entry_bytes = 0;    // key bytes over all forms
  bool loaded = false;
  bool open = false;         // a transaction uses the cache
  std::string stamp;         // the index stamp the cache holds, as committed
  std::string pending;       // the stamp the open transaction wrote
  struct Undo {
    std::string prefix;
    NodeId id;
    bool added;
  };
  std::vector<Undo> undo;    // the open transaction's changes, in order

  // At a transaction's first use: (re)loads the index unless the cache
  // holds the state that this transaction starts from.
  void Begin(const graph::View& v) {
    if (open) return;
    open = true;
    auto s = v.AuxGet(kNsState, kAliasStamp);
    std::string now = s ? *s : std::string();
    if (!loaded || now != stamp) Reload(v, now);
    pending = stamp;
  }

  void Reload(const graph::View& v, const std::string& now) {
    ids.clear();
    entries = entry_bytes = 0;
    v.AuxScan(kNsAlias, "", [&](std::string_view key, std::string_view) {
      if (key.size() <= 8) return true;
      std::string_view prefix = key.substr(0, key.size() - 8);
      auto [it, fresh] = ids.try_emplace(std::string(prefix));
      if (fresh) entry_bytes += prefix.size();
      it->second.push_back(DecodeFixed64BE(key.data() + prefix.size()));
      ++entries;
      return true;
    });
    loaded = true;
    stamp = now;
    undo.clear();
  }

  bool Insert(const std::string& prefix, NodeId id) {
    auto [it, fresh] = ids.try_emplace(prefix);
    if (fresh) entry_bytes += prefix.size();
    auto& v = it->second;
    auto pos = std::lower_bound(v.begin(), v.end(), id);
    if (pos != v.end() && *pos == id) return false;
    v.insert(pos, id);
    ++entries;
    return true;
  }
  bool Erase(const std::string& prefix, NodeId id) {
    auto it = ids.find(prefix);
    if (it == ids.end()) return false;
    auto& v = it->second;
    auto pos = std::lower_bound(v.begin(), v.end(), id);
    if (pos == v.end() || *pos != id) return false;
    v.erase(pos);
    --entries;
    if (v.empty()) {
      entry_bytes -= it->first.size();
      ids.erase(it);
    }
    return true;
  }
  void Add(std::string prefix, NodeId id) {
    if (Insert(prefix, id)) undo.push_back(Undo{std::move(prefix), id, true});
  }
  void Remove(std::string prefix, NodeId id) {
    if (Erase(prefix, id)) undo.push_back(Undo{std::move(prefix), id, false});
  }

  void Committed() {
    if (!open) return;
    open = false;
    undo.clear();
    stamp = pending;
  }
  void RolledBack() {
    if (!open) return;
    open = false;
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
      if (it->added) {
        Erase(it->prefix, it->id);
      } else {
        Insert(it->prefix, it->id);
      }
    }
    undo.clear();
  }
};

AliasCache::AliasCache() : impl_(std::make_unique<Impl>()) {}
AliasCache::~AliasCache() = default;
void AliasCache::Committed() { impl_->Committed(); }
void AliasCache::RolledBack() { impl_->RolledBack(); }
size_t AliasCache::entries() const { return impl_->entries; }
size_t AliasCache::forms() const { return impl_->ids.size(); }
size_t AliasCache::MemoryBytes() const {
  // Per form: a hash node (next pointer, key string, vector, cached hash)
  // and its bucket; the key's heap copy beyond the inline 15 bytes; 8 bytes
  // per node id (vectors hold few ids, mostly one).
  const Impl& m = *impl_;
  size_t per_form = sizeof(void*) + sizeof(std::string) + sizeof(std::vector<NodeId>) + sizeof(size_t) + sizeof(void*);
  return m.ids.size() * per_form + m.entry_bytes + m.entries * sizeof(NodeId);
}

namespace {

// ---- the loader's working state over one transaction ----

struct ArticleEntry {
  NodeId node = kInvalidNode;
  std::string sha256;
};

std::optional<ArticleEntry> FindArticle(const graph::View& v, std::string_view id) {
  auto raw = v.AuxGet(kNsArticle, id);
  if (!raw || raw->size() < 8) return std::nullopt;
  ArticleEntry e;
  e.node = DecodeFixed64BE(raw->data());
  e.sha256 = raw->substr(8);
  return e;
}

class Writer {
 public:
  // `cache` may be null (the alias index is then read from the transaction).
  Writer(graph::WriteTxn* txn, AliasCache* cache) : txn_(txn), cache_(cache ? cache->impl() : nullptr) {
    if (cache_) cache_->Begin(*txn_);
    // Every loader transaction changes the stamp, so that the caches of
    // other writers see that the index may have changed (AliasCache).
    std::string stamp = NewStamp();
    txn_->AuxPut(kNsState, kAliasStamp, stamp);
    if (cache_) cache_->pending = std::move(stamp);
  }

  KeyId Key(std::string_view name) { return Interned(&keys_, name, &graph::WriteTxn::InternKey); }
  TypeId Type(std::string_view name) { return Interned(&types_, name, &graph::WriteTxn::InternType); }
  LabelId Label(std::string_view name) { return Interned(&labels_, name, &graph::WriteTxn::InternLabel); }

  std::string NodeLabel(NodeId n) const {
    auto labels = txn_->NodeLabels(n);
    return labels.empty() ? std::string() : txn_->LabelName(labels.front());
  }

  ValueMap NodeProps(NodeId n) const {
    ValueMap out;
    for (auto& [k, v] : txn_->NodeProperties(n)) out.emplace_back(txn_->KeyName(k), std::move(v));
    return out;
  }
  // The node's property `name`, null when absent; reads only that one
  // (no key is interned).
  Value NodeProp(NodeId n, std::string_view name) {
    auto k = KnownKey(name);
    return k ? txn_->NodeProperty(n, *k) : Value();
  }
  // The id of property key `name` when the database has it (not interned).
  std::optional<KeyId> KnownKey(std::string_view name) {
    auto it = keys_.find(name);
    if (it != keys_.end()) return it->second;
    auto k = txn_->FindKey(name);
    if (k) keys_.emplace(std::string(name), *k);  // not remembered when absent: a later Key() may intern it
    return k;
  }
  ValueMap EdgeProps(EdgeId e) const {
    ValueMap out;
    for (auto& [k, v] : txn_->EdgeProperties(e)) out.emplace_back(txn_->KeyName(k), std::move(v));
    return out;
  }

  // Contributions of every article to a node or edge, in ingestion order.
  std::vector<std::pair<NodeId, ValueMap>> Contributions(std::string_view ns, uint64_t id) const {
    std::vector<std::pair<NodeId, ValueMap>> out;
    txn_->AuxScan(ns, Be64(id), [&](std::string_view key, std::string_view value) {
      if (key.size() == 16) out.emplace_back(DecodeFixed64BE(key.data() + 8), DecodeMap(value));
      return true;
    });
    return out;
  }

  // Lookup in the alias index: at most `limit` node ids, in id order.
  std::vector<NodeId> Lookup(std::string_view label, std::string_view form,
                             size_t limit = std::numeric_limits<size_t>::max()) const {
    std::vector<NodeId> out;
    if (cache_) {
      // The key is built in a reused buffer: no allocation per lookup.
      probe_.assign(label);
      probe_.push_back('\0');
      probe_.append(form);
      probe_.push_back('\0');
      auto it = cache_->ids.find(probe_);
      if (it != cache_->ids.end())
        out.assign(it->second.begin(), it->second.begin() + std::min(limit, it->second.size()));
      return out;
    }
    std::string prefix = AliasPrefix(label, form);
    txn_->AuxScan(kNsAlias, prefix, [&](std::string_view key, std::string_view) {
      if (key.size() == prefix.size() + 8) out.push_back(DecodeFixed64BE(key.data() + prefix.size()));
      return out.size() < limit;
    });
    return out;
  }

  // Adds or removes the alias index entry (label, form) -> n, in the
  // transaction and in the cache.
  void PutAlias(std::string_view label, std::string_view form, NodeId n) {
    std::string prefix = AliasPrefix(label, form);
    txn_->AuxPut(kNsAlias, prefix + Be64(n), "");
    if (cache_) cache_->Add(std::move(prefix), n);
  }
  void DeleteAlias(std::string_view label, std::string_view form, NodeId n) {
    std::string prefix = AliasPrefix(label, form);
    txn_->AuxDelete(kNsAlias, prefix + Be64(n));
    if (cache_) cache_->Remove(std::move(prefix), n);
  }

  // Sets the node's properties to `props` (absent keys removed) and moves
  // its alias index entries from the old name forms to the new.
  Status ReplaceNodeProps(NodeId n, std::string_view label, const ValueMap& props) {
    return ReplaceNodeProps(n, label, props, NodeProps(n));
  }
  // The same, given the node's current properties `old`.
  Status ReplaceNodeProps(NodeId n, std::string_view label, const ValueMap& props, const ValueMap& old) {
    bool forms_may_change = false;  // a property FormsOf() reads changed
    for (const auto& [k, v] : old) {
      if (Get(props, k) != nullptr) continue;
      KG_RETURN_IF_ERROR(txn_->SetNodeProperty(n, Key(k), Value()));
      forms_may_change |= FormKey(k);
    }
    for (const auto& [k, v] : props) {
      const Value* o = Get(old, k);
      if (o != nullptr && *o == v) continue;
      KG_RETURN_IF_ERROR(txn_->SetNodeProperty(n, Key(k), v));
      forms_may_change |= FormKey(k);
    }
    if (!forms_may_change) return Status::OK();
    auto old_forms = FormsOf(label, old);
    auto new_forms = FormsOf(label, props);
    for (const auto& f : old_forms)
      if (!new_forms.count(f)) DeleteAlias(label, f, n);
    for (const auto& f : new_forms)
      if (!old_forms.count(f)) PutAlias(label, f, n);
    return Status::OK();
  }

  Status RecomputeNode(NodeId n) {
    std::string label = NodeLabel(n);
    if (label == kStatementLabel) return Status::OK();  // one article's, never merged
    std::vector<ValueMap> contribs;
    for (auto& [art, m] : Contributions(kNsNodeContrib, n)) contribs.push_back(std::move(m));
    if (contribs.empty()) return Status::OK();  // kept as is until collected
    return ReplaceNodeProps(n, label, MergeNode(label, contribs));
  }

  // An edge shows the first supporting article's properties and `support`,
  // the number of articles supporting it.
  Status RecomputeEdge(EdgeId e) {
    auto contribs = Contributions(kNsEdgeContrib, e);
    if (contribs.empty()) return Status::OK();
    ValueMap props = contribs.front().second;
    Put(&props, "support", Value(static_cast<int64_t>(contribs.size())));
    return ReplaceEdgeProps(e, props);
  }

  Status ReplaceEdgeProps(EdgeId e, const ValueMap& props) {
    ValueMap old = EdgeProps(e);
    for (const auto& [k, v] : old)
      if (Get(props, k) == nullptr) KG_RETURN_IF_ERROR(txn_->SetEdgeProperty(e, Key(k), Value()));
    for (const auto& [k, v] : props) {
      const Value* o = Get(old, k);
      if (o == nullptr || !(*o == v)) KG_RETURN_IF_ERROR(txn_->SetEdgeProperty(e, Key(k), v));
    }
    return Status::OK();
  }

  // Deletes an edge with all its bookkeeping.
  Status DeleteEdgeFully(EdgeId e, uint64_t* deleted) {
    for (const auto& [art, m] : Contributions(kNsEdgeContrib, e)) {
      txn_->AuxDelete(kNsEdgeContrib, Be64(e) + Be64(art));
      txn_->AuxDelete(kNsSupport, Be64(art) + "e" + Be64(e));
    }
    if (txn_->EdgeExists(e)) {
      KG_RETURN_IF_ERROR(txn_->DeleteEdge(e));
      ++*deleted;
    }
    return Status::OK();
  }

  // Deletes a node no article supports any more, with its index entries and
  // any edge still attached.
  Status CollectNode(NodeId n, ForgetResult* stats) {
    if (!txn_->NodeExists(n)) return Status::OK();
    std::string label = NodeLabel(n);
    for (const auto& f : FormsOf(label, NodeProps(n))) DeleteAlias(label, f, n);
    for (const auto& [art, m] : Contributions(kNsNodeContrib, n)) {
      txn_->AuxDelete(kNsNodeContrib, Be64(n) + Be64(art));
      txn_->AuxDelete(kNsSupport, Be64(art) + "n" + Be64(n));
    }
    std::vector<graph::EdgeRef> edges;
    txn_->Edges(n, Direction::kBoth, {}, &edges);
    for (const auto& r : edges) KG_RETURN_IF_ERROR(DeleteEdgeFully(r.edge, &stats->edges_deleted));
    KG_RETURN_IF_ERROR(txn_->DetachDeleteNode(n));
    ++stats->nodes_deleted;
    return Status::OK();
  }

  // Withdraws the article's support from everything it supports: its
  // contributions, support entries and MENTIONS edges go; edges left without
  // support are deleted; nodes left without support are appended to
  // *orphans (not deleted, so that a replacing version can still resolve to
  // them); the others are recomputed.
  // With `deferred`, nodes left with support are added to it instead of
  // being recomputed (the caller recomputes them once, later).
  Status Withdraw(NodeId art, std::vector<NodeId>* orphans, ForgetResult* stats,
                  std::set<NodeId>* deferred = nullptr) {
    std::vector<NodeId> nodes;
    std::vector<EdgeId> edges;
    std::vector<std::string> entries;  // support keys to delete (format 1: one per node or edge)
    txn_->AuxScan(kNsSupport, Be64(art), [&](std::string_view key, std::string_view value) {
      if (key.size() == 8) {  // the article's support record
        // Unreadable past some point: what was read is withdrawn, the rest
        // stays (as it would, were the record missing).
        if (GetIdList(&value, &nodes)) (void)GetIdList(&value, &edges);
        entries.emplace_back(key);
      } else if (key.size() == 17) {  // format 1
        (key[8] == 'n' ? nodes : edges).push_back(DecodeFixed64BE(key.data() + 9));
        entries.emplace_back(key);
      }
      return true;
    });
    for (const auto& k : entries) txn_->AuxDelete(kNsSupport, k);
    SortUnique(&nodes);
    SortUnique(&edges);
    for (EdgeId e : edges) {
      txn_->AuxDelete(kNsEdgeContrib, Be64(e) + Be64(art));
      if (!txn_->EdgeExists(e)) continue;
      if (Contributions(kNsEdgeContrib, e).empty()) {
        KG_RETURN_IF_ERROR(txn_->DeleteEdge(e));
        ++stats->edges_deleted;
      } else {
        KG_RETURN_IF_ERROR(RecomputeEdge(e));
      }
    }
    if (txn_->NodeExists(art)) {
      std::vector<graph::EdgeRef> mentions;
      TypeId t = Type(kMentions);
      txn_->Edges(art, Direction::kOut, std::span<const TypeId>(&t, 1), &mentions);
      for (const auto& r : mentions) {
        KG_RETURN_IF_ERROR(txn_->DeleteEdge(r.edge));
        ++stats->edges_deleted;
      }
    }
    for (NodeId n : nodes) {
      txn_->AuxDelete(kNsNodeContrib, Be64(n) + Be64(art));
      if (!txn_->NodeExists(n)) continue;
      if (Contributions(kNsNodeContrib, n).empty()) {
        orphans->push_back(n);
      } else {
        if (deferred) {
          deferred->insert(n);
        } else {
          KG_RETURN_IF_ERROR(RecomputeNode(n));
        }
      }
    }
    return Status::OK();
  }

  Status CollectOrphans(const std::vector<NodeId>& orphans, ForgetResult* stats) {
    for (NodeId n : orphans)
      if (txn_->NodeExists(n) && Contributions(kNsNodeContrib, n).empty()) KG_RETURN_IF_ERROR(CollectNode(n, stats));
    return Status::OK();
  }

  graph::WriteTxn* txn() { return txn_; }

 private:
  graph::WriteTxn* txn_;
  AliasCache::Impl* cache_;
  // Name -> id maps probed with the name itself (no string built per probe).
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using NameIds = std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>>;
  uint32_t Interned(NameIds* ids, std::string_view name, uint32_t (graph::WriteTxn::*intern)(std::string_view)) {
    auto it = ids->find(name);
    if (it != ids->end()) return it->second;
    uint32_t id = (txn_->*intern)(name);
    ids->emplace(std::string(name), id);
    return id;
  }

  mutable std::string probe_;  // Lookup()'s key buffer
  NameIds keys_, types_, labels_;
};

// An extracted node's properties as the loader stores them: nulls dropped,
// ISO dates of date keys as dates, and a Statement's article, language and
// date (the article's unless the text says otherwise).
ValueMap NodePropsOf(const Article& a, const ExtractedNode& n) {
  ValueMap props = NormaliseProps(n.properties);
  if (n.label == kStatementLabel) {
    if (Get(props, "article") == nullptr) Put(&props, "article", Value(a.id));
    if (Get(props, "lang") == nullptr && !a.lang.empty()) Put(&props, "lang", Value(a.lang));
    Date d;
    if (Get(props, "date") == nullptr && a.date.size() == 10 && ParseIsoDate(a.date, &d)) Put(&props, "date", Value(d));
  }
  return props;
}

Status Validate(const Extraction& ex);  // below

// An extracted edge's properties as the loader stores them: nulls dropped,
// ISO dates of date keys as dates, and the article's id.
ValueMap EdgeShareOf(const Article& a, const ExtractedEdge& e) {
  ValueMap props = NormaliseProps(e.properties);
  Put(&props, "article", Value(a.id));
  return props;
}

}  // namespace

struct PreparedExtraction {
  Status valid;  // Validate()
  struct Node {
    ValueMap props;               // NodePropsOf()
    std::set<std::string> forms;  // FormsOf(label, props)
    std::string name_key;         // NameKey of the name
    std::string contrib;          // EncodeMap(props), the contribution record (empty for a Statement)
  };
  std::vector<Node> nodes;  // one per Extraction::nodes, in order
  struct Edge {
    ValueMap props;       // EdgeShareOf()
    std::string contrib;  // EncodeMap(props)
  };
  std::vector<Edge> edges;  // one per Extraction::edges, in order (empty for MENTIONS and the article's own)
};

std::shared_ptr<const PreparedExtraction> Prepare(const Extraction& ex) {
  auto p = std::make_shared<PreparedExtraction>();
  p->valid = Validate(ex);
  if (!p->valid.ok()) return p;  // LoadInto() fails at once
  p->nodes.reserve(ex.nodes.size());
  for (const auto& n : ex.nodes) {
    PreparedExtraction::Node pn;
    pn.props = NodePropsOf(ex.article, n);
    pn.forms = FormsOf(n.label, pn.props);
    pn.name_key = NameKey(GetString(pn.props, "name"));
    if (n.label != kStatementLabel) pn.contrib = EncodeMap(pn.props);
    p->nodes.push_back(std::move(pn));
  }
  p->edges.resize(ex.edges.size());
  for (size_t i = 0; i < ex.edges.size(); ++i) {
    const ExtractedEdge& e = ex.edges[i];
    if (e.type == kMentions || e.from == kLocalArticle) continue;
    p->edges[i].props = EdgeShareOf(ex.article, e);
    p->edges[i].contrib = EncodeMap(p->edges[i].props);
  }
  return p;
}

namespace {

// ---- resolution ----

// Candidates read per one-word name form or meeting day; beyond, the form is
// too common to decide anything (loader.h, "Resolution").
constexpr size_t kMaxShortFormMatches = 16;
// Candidates read per multi-word name form.
constexpr size_t kMaxNameMatches = 64;

// The existing node an incoming Person / Organization / Place / Document is
// (loader.h, "Resolution"), or kInvalidNode.
// `prepared` holds FormsOf(label, props) and the name's key when given.
NodeId ResolveNamed(Writer* w, std::string_view label, const ValueMap& props,
                    const PreparedExtraction::Node* prepared) {
  std::string name_key = prepared ? prepared->name_key : NameKey(GetString(props, "name"));
  std::string country = GetString(props, "country");
  struct Cand {
    int strong = 0;
    bool weak_ok = false;
  };
  std::map<NodeId, Cand> cands;
  std::set<std::string> computed;
  if (!prepared) computed = FormsOf(label, props);
  for (const auto& form : prepared ? prepared->forms : computed) {
    bool multi = TokenCount(form) >= 2 || SyntheticForm(form);
    // A one-word form shared by many nodes (a common surname) cannot single
    // one out: it is not read further, so that its cost stays bounded.
    std::vector<NodeId> ids = w->Lookup(label, form, multi ? kMaxNameMatches : kMaxShortFormMatches + 1);
    if (!multi && ids.size() > kMaxShortFormMatches) continue;
    std::vector<NodeId> fitting;
    for (NodeId id : ids) {
      if (!w->txn()->NodeExists(id)) continue;
      if (label == kPlaceLabel && !country.empty()) {  // only the property needed is read
        Value cc = w->txn()->NodeProperty(id, w->Key("country"));
        if (cc.is_string() && !cc.as_string().empty() && cc.as_string() != country) continue;
      }
      if (label == kPersonLabel && !multi) {
        Value name = w->txn()->NodeProperty(id, w->Key("name"));
        if (!GivenNamesCompatible(name_key, NameKey(name.is_string() ? name.as_string() : std::string()))) continue;
      }
      fitting.push_back(id);
    }
    for (NodeId id : fitting) {
      if (multi) {
        cands[id].strong++;
      } else if (fitting.size() == 1) {
        cands[id].weak_ok = true;  // a short form leading to one node only
      }
    }
  }
  NodeId best = kInvalidNode;
  int best_strong = 0;
  for (const auto& [id, c] : cands) {
    if (c.strong > best_strong) {
      best = id;
      best_strong = c.strong;
    }
  }
  if (best != kInvalidNode) return best;
  NodeId weak = kInvalidNode;
  for (const auto& [id, c] : cands) {
    if (!c.weak_ok) continue;
    if (weak != kInvalidNode) return kInvalidNode;  // two short-form matches: ambiguous
    weak = id;
  }
  return weak;
}

// True when every word of one name is a word of the other.
bool NameWithin(std::string_view a, std::string_view b) {
  auto ta = Tokens(NameKey(a)), tb = Tokens(NameKey(b));
  if (ta.empty() || tb.empty()) return false;
  if (ta.size() > tb.size()) std::swap(ta, tb);
  std::set<std::string> big(tb.begin(), tb.end());
  for (const auto& t : ta)
    if (!big.count(t)) return false;
  return true;
}

struct DateRange {
  bool known = false;
  int32_t start = 0, end = 0;
};

// The days of a meeting's `start` and `end` properties (either may be null).
DateRange RangeOf(const Value* s, const Value* e) {
  DateRange r;
  if (!s || !s->is_date()) return r;
  r.known = true;
  r.start = r.end = s->as_date().days;
  if (e && e->is_date() && e->as_date().days >= r.start) r.end = e->as_date().days;
  return r;
}
DateRange RangeOf(const ValueMap& m) { return RangeOf(Get(m, "start"), Get(m, "end")); }

NodeId ResolveMeeting(Writer* w, const ValueMap& props, const std::set<NodeId>& places,
                      const PreparedExtraction::Node* prepared) {
  graph::WriteTxn* txn = w->txn();
  TypeId held_in = w->Type(kHeldIn);
  // Candidates: meetings of the same name, and of the same days (which
  // covers "same place, overlapping dates"). Only when a day is too busy to
  // be read are the meetings held in the same places read instead, the most
  // recent first.
  std::set<NodeId> by_name, by_day;
  bool busy_day = false;
  std::set<std::string> computed;
  if (!prepared) computed = FormsOf(kMeetingLabel, props);
  for (const auto& form : prepared ? prepared->forms : computed) {
    bool day = SyntheticForm(form);
    auto ids = w->Lookup(kMeetingLabel, form, (day ? kMaxShortFormMatches : kMaxNameMatches) + 1);
    if (day && ids.size() > kMaxShortFormMatches) {
      busy_day = true;
      continue;
    }
    for (NodeId id : ids) (day ? by_day : by_name).insert(id);
  }
  std::set<NodeId> cands = by_name;
  cands.insert(by_day.begin(), by_day.end());
  if (busy_day) {
    for (NodeId p : places) {
      if (!txn->NodeExists(p)) continue;
      std::vector<graph::EdgeRef> refs;
      txn->Edges(p, Direction::kIn, std::span<const TypeId>(&held_in, 1), &refs);
      std::vector<NodeId> held;
      for (const auto& r : refs) held.push_back(r.other);
      if (held.size() > kMaxNameMatches) {  // the most recent: the largest ids (a partial order suffices)
        std::nth_element(held.begin(), held.begin() + kMaxNameMatches, held.end(), std::greater<NodeId>());
        held.resize(kMaxNameMatches);
      }
      cands.insert(held.begin(), held.end());
    }
  }
  DateRange mine = RangeOf(props);
  bool specific = SpecificName(GetString(props, "name"));
  // What RangeOf() reads of a candidate, read by key id (not the whole record).
  const std::optional<KeyId> start_key = w->KnownKey("start"), end_key = w->KnownKey("end");
  auto their_range = [&](NodeId c) {
    Value start = start_key ? txn->NodeProperty(c, *start_key) : Value();
    Value end = end_key ? txn->NodeProperty(c, *end_key) : Value();
    return RangeOf(&start, &end);
  };
  const LabelId meeting_label = w->Label(kMeetingLabel);
  NodeId fallback = kInvalidNode;
  // Candidates in id order: the first held in a shared place on overlapping
  // dates; else the first that qualifies as a fallback. The dates are read
  // first: a candidate of other dates is passed over whatever its label and
  // places, and once a fallback is found only one of overlapping dates can
  // still win, so most candidates of a busy place cost two property reads.
  for (NodeId c : cands) {
    if (!txn->NodeExists(c)) continue;
    DateRange theirs = their_range(c);
    bool both_dated = mine.known && theirs.known;
    bool overlap = both_dated && mine.start <= theirs.end && theirs.start <= mine.end;
    if (both_dated && !overlap) continue;
    if (fallback != kInvalidNode && !overlap) continue;
    if (!txn->HasLabel(c, meeting_label)) continue;
    std::set<NodeId> their_places;
    std::vector<graph::EdgeRef> refs;
    txn->Edges(c, Direction::kOut, std::span<const TypeId>(&held_in, 1), &refs);
    for (const auto& r : refs) their_places.insert(r.other);
    bool same_place = false;
    for (NodeId p : places) same_place |= their_places.count(p) > 0;
    bool place_conflict = !places.empty() && !their_places.empty() && !same_place;
    if (same_place && overlap) return c;
    if (fallback != kInvalidNode || place_conflict) continue;
    if (by_name.count(c) && (same_place || overlap || specific)) {
      fallback = c;
    } else if (overlap && (places.empty() || their_places.empty()) &&
               NameWithin(GetString(props, "name"), [&] {
                 Value n = w->NodeProp(c, "name");
                 return n.is_string() ? n.as_string() : std::string();
               }())) {
      // Same days, one place unknown, one name contained in the other
      // ("pourparlers" and "pourparlers de Genève").
      fallback = c;
    }
  }
  return fallback;
}

// The edge of `type` from `from` to `to`, or kInvalidEdge; scans the end's
// incoming list when it is short (a node just created has none: no scan at
// all), else the smaller of the two lists. Counting a list costs about as
// much as scanning it, so a hub's list is not counted when the other is short.
EdgeId FindEdge(graph::WriteTxn* txn, TypeId type, NodeId from, NodeId to) {
  constexpr uint64_t kShort = 8;
  std::span<const TypeId> types(&type, 1);
  uint64_t to_in = txn->Degree(to, Direction::kIn, types);
  if (to_in == 0) return kInvalidEdge;
  bool from_side = to_in > kShort && txn->Degree(from, Direction::kOut, types) <= to_in;
  std::vector<graph::EdgeRef> refs;
  txn->Edges(from_side ? from : to, from_side ? Direction::kOut : Direction::kIn, types, &refs);
  for (const auto& r : refs)
    if (r.other == (from_side ? to : from) && r.outgoing == from_side) return r.edge;
  return kInvalidEdge;
}

Status Validate(const Extraction& ex) {
  if (ex.article.id.empty()) return Status::InputError("extraction: the article has no id");
  std::unordered_set<std::string_view> ids;
  ids.reserve(ex.nodes.size());
  for (size_t i = 0; i < ex.nodes.size(); ++i) {
    const auto& n = ex.nodes[i];
    auto where = [&] { return fmt::format("{}: nodes[{}]", ex.article.id, i); };
    if (n.id.empty() || n.id == kLocalArticle) return Status::InputError(where() + ": empty or reserved id");
    if (n.label.empty()) return Status::InputError(where() + ": empty label");
    if (!ids.insert(n.id).second) return Status::InputError(fmt::format("{}: duplicate id '{}'", where(), n.id));
    KG_RETURN_IF_ERROR(CheckStorable(n.properties, where));
  }
  for (size_t i = 0; i < ex.edges.size(); ++i) {
    const auto& e = ex.edges[i];
    auto where = [&] { return fmt::format("{}: edges[{}]", ex.article.id, i); };
    if (e.type.empty()) return Status::InputError(where() + ": empty type");
    if (e.from != kLocalArticle && !ids.count(e.from))
      return Status::InputError(fmt::format("{}: unknown node id '{}'", where(), e.from));
    if (!ids.count(e.to)) return Status::InputError(fmt::format("{}: unknown node id '{}'", where(), e.to));
    KG_RETURN_IF_ERROR(CheckStorable(e.properties, where));
  }
  return Status::OK();
}

ValueMap ArticleProps(const Article& a, const std::string& sha) {
  ValueMap m;
  auto put = [&](std::string_view k, const std::string& v) {
    if (!v.empty()) m.emplace_back(std::string(k), Value(v));
  };
  put("id", a.id);
  put("title", a.title);
  Date d;
  if (a.date.size() == 10 && ParseIsoDate(a.date, &d)) {
    m.emplace_back("date", Value(d));
  } else {
    put("date", a.date);
  }
  put("lang", a.lang);
  put("source", a.source);
  put("path", a.path);
  put("sha256", sha);
  m.emplace_back("text", Value(a.text));
  return m;
}

}  // namespace

const char* LoadOutcomeName(LoadOutcome o) {
  switch (o) {
    case LoadOutcome::kAdded: return "added";
    case LoadOutcome::kReplaced: return "replaced";
    case LoadOutcome::kSkipped: return "skipped";
  }
  return "?";
}

namespace {

std::string ComputeNameKey(std::string_view name) {
  std::string folded = FoldKey(name);
  // Keep letters, digits and single spaces.
  std::string clean;
  clean.reserve(folded.size());
  size_t i = 0;
  while (i < folded.size()) {
    size_t at = i;
    char32_t c = DecodeUtf8(folded, &i);
    if (c == ' ' || u_isUWhiteSpace(static_cast<UChar32>(c))) {
      if (!clean.empty() && clean.back() != ' ') clean.push_back(' ');
    } else if (u_isalnum(static_cast<UChar32>(c))) {
      clean.append(folded, at, i - at);
    }
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  // Join runs of two or more one-letter tokens: "j d vance" -> "jd vance".
  auto toks = Tokens(clean);
  std::string out;
  std::string run;
  auto flush = [&] {
    if (run.empty()) return;
    if (!out.empty()) out.push_back(' ');
    out += run;
    run.clear();
  };
  for (const auto& t : toks) {
    if (SingleCodePoint(t)) {
      run += t;
      continue;
    }
    flush();
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  flush();
  return out;
}

}  // namespace

std::string NameKey(std::string_view name) {
  // Remembered per thread: articles name the same people and places again
  // and again, and folding (ICU decomposition) costs more than a lookup.
  // Bounded: cleared when full.
  constexpr size_t kMemo = 16384;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memo;
  auto it = memo.find(name);
  if (it != memo.end()) return it->second;
  if (memo.size() >= kMemo) memo.clear();
  std::string key = ComputeNameKey(name);
  memo.emplace(std::string(name), key);
  return key;
}

std::string StoredArticleSha(const graph::View& view, const std::string& article_id) {
  auto e = FindArticle(view, article_id);
  return e ? e->sha256 : std::string();
}

void ForEachStoredArticle(const graph::View& view,
                          const std::function<void(std::string_view id, std::string_view sha256)>& fn) {
  view.AuxScan(kNsArticle, "", [&](std::string_view key, std::string_view value) {
    if (value.size() >= 8) fn(key, value.substr(8));
    return true;
  });
}

Result<LoadResult> LoadInto(graph::WriteTxn* txn, const Extraction& ex, AliasCache* cache,
                            const PreparedExtraction* prepared) {
  if (prepared && prepared->valid.ok() &&
      (prepared->nodes.size() != ex.nodes.size() || prepared->edges.size() != ex.edges.size()))
    prepared = nullptr;  // not this extraction's
  KG_RETURN_IF_ERROR(prepared ? prepared->valid : Validate(ex));
  const Article& a = ex.article;
  std::string sha = a.sha256.empty() ? Sha256Hex(a.text) : a.sha256;
  LoadResult result;
  auto entry = FindArticle(*txn, a.id);
  if (entry && entry->sha256 == sha && txn->NodeExists(entry->node)) {
    result.outcome = LoadOutcome::kSkipped;
    result.article_node = entry->node;
    return result;
  }
  Writer w(txn, cache);
  ForgetResult withdrawn;
  std::vector<NodeId> orphans;
  std::set<NodeId> deferred;  // a replaced article's nodes, recomputed at the end
  NodeId art;
  LabelId article_label = w.Label(kArticleLabel);
  if (entry && txn->NodeExists(entry->node)) {
    result.outcome = LoadOutcome::kReplaced;
    art = entry->node;
    KG_RETURN_IF_ERROR(w.Withdraw(art, &orphans, &withdrawn, &deferred));
    KG_RETURN_IF_ERROR(w.ReplaceNodeProps(art, kArticleLabel, ArticleProps(a, sha)));
  } else {
    graph::PropertyList props;
    for (auto& [k, v] : ArticleProps(a, sha)) props.emplace_back(w.Key(k), std::move(v));
    auto created = txn->CreateNode(std::span<const LabelId>(&article_label, 1), props);
    if (!created.ok()) return created.status();
    art = created.value();
    ++result.nodes_added;
    KeyId id_key = w.Key("id");
    if (!txn->HasIndex(article_label, id_key)) KG_RETURN_IF_ERROR(txn->CreateIndex(article_label, id_key));
  }
  result.article_node = art;
  txn->AuxPut(kNsArticle, a.id, Be64(art) + sha);
  const bool newest = result.outcome == LoadOutcome::kAdded;  // last in ingestion order

  // Nodes: everything but meetings first, so that meetings can be resolved
  // through the places they are held in.
  std::unordered_map<std::string, NodeId> local;      // extraction id -> node
  // This article's share of each node: the share of the first extracted
  // node placed on it, merged with those of the next ones (rare).
  struct Share {
    const ValueMap* props = nullptr;  // the share: *props, or `merged`
    ValueMap merged;
  };
  std::map<NodeId, Share> contrib;
  std::map<NodeId, int64_t> mention_count;
  std::vector<uint64_t> support_nodes, support_edges;  // this article's support record
  std::unordered_map<std::string, std::set<std::string>> held_in;  // meeting local id -> place local ids
  for (const auto& e : ex.edges)
    if (e.type == kHeldIn) held_in[e.from].insert(e.to);

  auto place_one = [&](size_t index) -> Status {
    const ExtractedNode& n = ex.nodes[index];
    const PreparedExtraction::Node* pn = prepared ? &prepared->nodes[index] : nullptr;
    ValueMap computed;
    if (!pn) computed = NodePropsOf(a, n);
    const ValueMap& props = pn ? pn->props : computed;
    NodeId id = kInvalidNode;
    if (n.label == kMeetingLabel) {
      std::set<NodeId> places;
      for (const auto& p : held_in[n.id]) {
        auto it = local.find(p);
        if (it != local.end()) places.insert(it->second);
      }
      id = ResolveMeeting(&w, props, places, pn);
    } else if (n.label != kStatementLabel) {
      id = ResolveNamed(&w, n.label, props, pn);
    }
    bool created_now = false;
    if (id == kInvalidNode) {
      // A new node gets its properties and index entries at once.
      LabelId l = w.Label(n.label);
      ValueMap merged = MergeNode(n.label, props);
      graph::PropertyList plist;
      for (auto& [k, v] : merged) plist.emplace_back(w.Key(k), v);
      auto created = txn->CreateNode(std::span<const LabelId>(&l, 1), plist);
      if (!created.ok()) return created.status();
      id = created.value();
      for (const auto& f : FormsOf(n.label, merged)) w.PutAlias(n.label, f, id);
      created_now = true;
      ++result.nodes_added;
    }
    local[n.id] = id;
    support_nodes.push_back(id);
    mention_count[id];  // at least one mention
    // A Statement belongs to its article alone (never resolved to another
    // node): it has no contribution record, and the support record alone
    // ties it to the article (Withdraw then finds it without contributions
    // and collects it). Databases written before hold an empty one.
    if (n.label != kStatementLabel) {
      auto [it, fresh] = contrib.try_emplace(id);
      Share& share = it->second;
      if (fresh && pn) {
        share.props = &pn->props;  // lives as long as `prepared`
        txn->AuxPut(kNsNodeContrib, Be64(id) + Be64(art), pn->contrib);
      } else {
        share.merged = fresh ? props : MergeNode(n.label, *share.props, props);
        share.props = &share.merged;
        txn->AuxPut(kNsNodeContrib, Be64(id) + Be64(art), EncodeMap(share.merged));
      }
    }
    if (created_now) return Status::OK();
    // A new article comes last in ingestion order: merging its share into the
    // current properties equals recomputing them from every contribution
    // (MergeNode appends), without reading the others. A replaced article
    // keeps its place in the order: recompute.
    if (!newest) {  // recomputed once, after every node is placed
      deferred.insert(id);
      return Status::OK();
    }
    ValueMap current = w.NodeProps(id);
    if (MergeKeeps(n.label, current, props)) {
      assert(SameProps(MergeNode(n.label, current, props), current));
      return Status::OK();  // nothing to write
    }
    ValueMap merged = MergeNode(n.label, current, props);
    return w.ReplaceNodeProps(id, n.label, merged, current);
  };
  for (size_t i = 0; i < ex.nodes.size(); ++i)
    if (ex.nodes[i].label != kMeetingLabel && ex.nodes[i].label != kArticleLabel) KG_RETURN_IF_ERROR(place_one(i));
  for (size_t i = 0; i < ex.nodes.size(); ++i)
    if (ex.nodes[i].label == kMeetingLabel) KG_RETURN_IF_ERROR(place_one(i));

  // Edges: one graph edge per (type, start, end); the first contribution of
  // this article to it counts.
  std::set<EdgeId> seen_edges;
  for (size_t ei = 0; ei < ex.edges.size(); ++ei) {
    const ExtractedEdge& e = ex.edges[ei];
    if (e.type == kMentions) {
      auto it = local.find(e.to);
      if (it == local.end()) continue;
      const Value* c = Get(e.properties, "count");
      mention_count[it->second] += (c && c->is_int() && c->as_int() > 0) ? c->as_int() : 1;
      continue;
    }
    if (e.from == kLocalArticle) continue;
    auto f = local.find(e.from), t = local.find(e.to);
    if (f == local.end() || t == local.end()) continue;  // an endpoint labelled Article
    TypeId type = w.Type(e.type);
    EdgeId edge = FindEdge(txn, type, f->second, t->second);
    const PreparedExtraction::Edge* pe = prepared ? &prepared->edges[ei] : nullptr;
    ValueMap computed;
    if (!pe) computed = EdgeShareOf(a, e);
    const ValueMap& props = pe ? pe->props : computed;
    bool created_now = false;
    if (edge == kInvalidEdge) {
      graph::PropertyList plist;
      for (auto& [k, v] : props) plist.emplace_back(w.Key(k), v);
      plist.emplace_back(w.Key("support"), Value(1));
      auto created = txn->CreateEdge(type, f->second, t->second, plist);
      if (!created.ok()) return created.status();
      edge = created.value();
      created_now = true;
      ++result.edges_added;
    }
    if (!seen_edges.insert(edge).second) continue;
    txn->AuxPut(kNsEdgeContrib, Be64(edge) + Be64(art), pe ? pe->contrib : EncodeMap(props));
    support_edges.push_back(edge);
    if (created_now) {
      // Its properties were set with it.
    } else if (!newest) {
      KG_RETURN_IF_ERROR(w.RecomputeEdge(edge));
    } else {
      // A new article comes last: the first article's properties stay.
      KG_RETURN_IF_ERROR(txn->UpdateEdgeProperty(edge, w.Key("support"), [](const Value& n) {
        return Value(n.is_int() ? n.as_int() + 1 : 1);
      }));
    }
  }

  txn->AuxPut(kNsSupport, Be64(art), EncodeSupport(std::move(support_nodes), std::move(support_edges)));

  // MENTIONS, one per node the article supports.
  TypeId mentions = w.Type(kMentions);
  KeyId count_key = w.Key("count"), article_key = w.Key("article");
  for (const auto& [node, count] : mention_count) {
    graph::PropertyList props{{count_key, Value(std::max<int64_t>(count, 1))}, {article_key, Value(a.id)}};
    auto created = txn->CreateEdge(mentions, art, node, props);
    if (!created.ok()) return created.status();
    ++result.edges_added;
  }
  for (NodeId n : deferred)
    if (txn->NodeExists(n)) KG_RETURN_IF_ERROR(w.RecomputeNode(n));
  ForgetResult collected;
  KG_RETURN_IF_ERROR(w.CollectOrphans(orphans, &collected));
  return result;
}

Result<LoadResult> Load(graph::Graph* graph, const Extraction& extraction, AliasCache* cache,
                        const PreparedExtraction* prepared) {
  auto txn = graph->BeginWrite();
  if (!txn.ok()) return txn.status();
  auto r = LoadInto(txn.value().get(), extraction, cache, prepared);
  if (!r.ok() || r->outcome == LoadOutcome::kSkipped) {
    txn.value()->Rollback();
    if (cache) cache->RolledBack();
    return r;
  }
  Status c = txn.value()->Commit();
  if (cache) c.ok() ? cache->Committed() : cache->RolledBack();
  if (!c.ok()) return c;
  return r;
}

Result<ForgetResult> ForgetInto(graph::WriteTxn* txn, const std::string& article_id, AliasCache* cache) {
  auto entry = FindArticle(*txn, article_id);
  if (!entry) return Status::Error(ErrorKind::kEntityNotFound, fmt::format("no article with id '{}'", article_id));
  Writer w(txn, cache);
  ForgetResult stats;
  std::vector<NodeId> orphans;
  KG_RETURN_IF_ERROR(w.Withdraw(entry->node, &orphans, &stats));
  KG_RETURN_IF_ERROR(w.CollectOrphans(orphans, &stats));
  if (txn->NodeExists(entry->node)) {
    std::vector<graph::EdgeRef> rest;
    txn->Edges(entry->node, Direction::kBoth, {}, &rest);
    stats.edges_deleted += rest.size();
    KG_RETURN_IF_ERROR(txn->DetachDeleteNode(entry->node));
    ++stats.nodes_deleted;
  }
  txn->AuxDelete(kNsArticle, article_id);
  return stats;
}

Result<ForgetResult> Forget(graph::Graph* graph, const std::string& article_id, AliasCache* cache) {
  auto txn = graph->BeginWrite();
  if (!txn.ok()) return txn.status();
  auto r = ForgetInto(txn.value().get(), article_id, cache);
  if (!r.ok()) {
    txn.value()->Rollback();
    if (cache) cache->RolledBack();
    return r;
  }
  Status c = txn.value()->Commit();
  if (cache) c.ok() ? cache->Committed() : cache->RolledBack();
  if (!c.ok()) return c;
  return r;
}

}  // namespace kg::ingest
