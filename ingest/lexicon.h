// The lexicons and the gazetteer used by the built-in extractor, loaded once
// from the data embedded at build time (ingest/data_files.h).
//
// Thread safety: Lexicon::Get() returns an immutable object, initialised on
// first use in a thread-safe way; it may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <tuple>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg::ingest {

// One place of the gazetteer.
struct GazPlace {
  std::string key;      // "US", "US-FL", "city:20680", "site:gaza-strip"
  std::string kind;     // country, region, city, site
  int parent = -1;      // index of the enclosing place, -1 if none
  std::string country;  // ISO 3166-1 alpha-2
  bool has_coords = false;
  double lat = 0, lon = 0;
  int64_t population = 0;
  std::string name_fr, name_en;
  std::vector<std::string> aliases;
  const std::string& Name(std::string_view lang) const { return lang == "en" ? name_en : name_fr; }
};

// A known organisation (bodies.txt).
struct Body {
  std::string name_fr, name_en;
  std::vector<std::string> aliases;
  const std::string& Name(std::string_view lang) const { return lang == "en" ? name_en : name_fr; }
};

// What a phrase of the name dictionary refers to.
struct NameRef {
  enum class Kind : uint8_t { kPlace, kBody } kind;
  int index;      // into places or bodies
  bool curated;   // from place_aliases.tsv or bodies.txt (may start in lower case)
};

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// A 64-bit hash of a string, 8 bytes at a time (multiply and fold): always
// inline (the compiler called it out of line from the stages' per-word
// sets) and a few instructions for the short words of the lexicons (the last 1 to
// 7 bytes read as two overlapping 4-byte words, or as their first, middle
// and last bytes: no loop per byte). Not stored anywhere: tables built with
// it live in memory only.
[[gnu::always_inline]] inline uint64_t HashString(std::string_view w) {
  const char* p = w.data();
  size_t n = w.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    h = (h ^ x) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  uint64_t tail = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    tail = a | (uint64_t{b} << 32);
  } else if (n > 0) {
    tail = uint64_t{static_cast<unsigned char>(p[0])} | (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
           (uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  }
  h = (h ^ tail) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

// a[0, n) == b[0, n), inline: 8 bytes at a time, the last 1 to 7 bytes by
// overlapping loads (short keys: a call to memcmp would cost more).
inline bool SameBytes(const char* a, const char* b, size_t n) {
  auto load64 = [](const char* x) {
    uint64_t v;
    std::memcpy(&v, x, 8);
    return v;
  };
  auto load32 = [](const char* x) {
    uint32_t v;
    std::memcpy(&v, x, 4);
    return v;
  };
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
      if (load64(a + i) != load64(b + i)) return false;
    return i == n || load64(a + n - 8) == load64(b + n - 8);
  }
  if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

// Hash maps and sets keyed by strings that also accept std::string_view and
// const char* keys in find() and count() (no std::string built per lookup).
struct StringKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashString(s); }
};

// A hash table of strings (Entry = std::string: a set) or of string keys
// with values (Entry = std::pair<const std::string, V>: a map), for word
// lists filled once and then asked many times: the entries in one vector in
// insertion order, and an open-addressing index over them (a power-of-two
// number of slots, at most half full, linear probing; each slot holds 32
// bits of the key's hash, so that a probe rarely compares keys). A lookup
// is a hash, one or two slots of one array and at most one key comparison:
// no division, no list of nodes.
//
// The subset of std::unordered_map / unordered_set that the lexicons use:
// insert and emplace (an existing key is kept, as there), operator[] and at
// (maps), find, count, contains, iteration (in insertion order), size,
// reserve. No erase. Insertion may move the entries (like a vector):
// iterators, pointers and references into the table are invalidated by it.
template <typename Entry>
class FlatStringTable {
 public:
  using value_type = Entry;
  using iterator = typename std::vector<Entry>::iterator;
  using const_iterator = typename std::vector<Entry>::const_iterator;
  using size_type = size_t;

  FlatStringTable() = default;
  FlatStringTable(std::initializer_list<Entry> init) {
    reserve(init.size());
    for (const Entry& e : init) insert(e);
  }

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }

  // Room for n entries without growing the index or moving the entries.
  void reserve(size_t n) {
    entries_.reserve(n);
    if (2 * n > slots_.size()) Rehash(2 * n);
  }

  const_iterator find(std::string_view key) const {
    size_t i = Find(key, HashString(key));
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  iterator find(std::string_view key) {
    size_t i = Find(key, HashString(key));
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  size_t count(std::string_view key) const { return Find(key, HashString(key)) == kNone ? 0 : 1; }
  bool contains(std::string_view key) const { return count(key) > 0; }

  std::pair<iterator, bool> insert(Entry e) {
    uint64_t h = HashString(KeyOf(e));
    size_t i = Find(KeyOf(e), h);
    if (i != kNone) return {entries_.begin() + static_cast<std::ptrdiff_t>(i), false};
    return {Add(std::move(e), h), true};
  }
  template <typename... Args>
  std::pair<iterator, bool> emplace(Args&&... args) {
    return insert(Entry(std::forward<Args>(args)...));
  }

  // Maps: the value of `key`, inserted value-initialised when absent.
  template <typename E = Entry>
  auto& operator[](std::string_view key) {
    uint64_t h = HashString(key);
    size_t i = Find(key, h);
    if (i != kNone) return entries_[i].second;
    // (Constructed in the vector: a pair's const key would be copied, not moved, out of a temporary.)
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple());
    Index(h);
    return entries_.back().second;
  }
  // Maps: the value of `key`; std::out_of_range when absent.
  template <typename E = Entry>
  const auto& at(std::string_view key) const {
    size_t i = Find(key, HashString(key));
    if (i == kNone) throw std::out_of_range("FlatStringTable::at: no such key");
    return entries_[i].second;
  }

 private:
  static constexpr size_t kNone = ~size_t{0};
  struct Slot {
    uint32_t tag = 0;    // bits 32-63 of the key's hash
    uint32_t index = 0;  // entry index + 1; 0: empty
  };

  static const std::string& KeyOf(const std::string& e) { return e; }
  template <typename V>
  static const std::string& KeyOf(const std::pair<const std::string, V>& e) {
    return e.first;
  }

  // Index of the entry with `key` (hashed as h), or kNone.
  size_t Find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    const auto tag = static_cast<uint32_t>(h >> 32);
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.index == 0) return kNone;
      if (slot.tag == tag) {
        const std::string& k = KeyOf(entries_[slot.index - 1]);
        if (k.size() == key.size() && SameBytes(k.data(), key.data(), key.size())) return slot.index - 1;
      }
    }
  }
  // Appends e (its key absent, hashed as h) and indexes it.
  iterator Add(Entry&& e, uint64_t h) {
    entries_.push_back(std::move(e));
    Index(h);
    return entries_.end() - 1;
  }
  // Indexes the last entry (hashed as h), just appended.
  void Index(uint64_t h) {
    if (2 * entries_.size() > slots_.size()) Rehash(2 * entries_.size());
    else Place(h, entries_.size());
  }
  void Place(uint64_t h, size_t index) {
    const size_t mask = slots_.size() - 1;
    size_t s = h & mask;
    while (slots_[s].index != 0) s = (s + 1) & mask;
    slots_[s] = Slot{static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(index)};
  }
  // Rebuilds the index with at least `min_slots` slots (a power of two).
  void Rehash(size_t min_slots) {
    size_t n = 8;
    while (n < min_slots) n *= 2;
    slots_.assign(n, Slot{});
    for (size_t i = 0; i < entries_.size(); ++i) Place(HashString(KeyOf(entries_[i])), i + 1);
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
};

template <typename V>
using StringMap = FlatStringTable<std::pair<const std::string, V>>;
using StringSet = FlatStringTable<std::string>;

class Lexicon {
 public:
  // Inline: the stages ask for it in functions called once per token.
  static const Lexicon& Get() {
    static const Lexicon* lexicon = new Lexicon();  // never destroyed: used until exit
    return *lexicon;
  }

  // Word lists, keyed by LowerKey() form unless stated otherwise.
  StringMap<std::string> stopwords;  // word -> "fr"/"en"
  StringSet abbreviations;           // "m.", "u.s."
  StringMap<Gender> first_names;     // as written: "Dmitri"
  StringMap<Gender> titles;          // as written: "M.", "Mme"
  StringSet roles;                   // phrases: "porte-parole", "vice president"
  size_t max_role_words = 1;
  StringSet person_nouns;            // "experts", "officials"
  StringMap<uint8_t> org_cues;       // word -> kCueHead|kCueTail
  StringMap<std::string> reporting_verbs;  // phrase -> lang
  size_t max_verb_words = 1;
  StringMap<std::string> demonyms;   // word -> country code
  StringMap<int> months;             // "décembre" -> 12
  StringMap<int> weekdays;           // "samedi" -> 6
  StringMap<std::string> meeting_words;  // word -> kind
  StringSet document_words;          // "plan", "feuille de route"
  size_t max_document_words = 1;
  StringSet negotiation_words;
  StringSet site_cues;               // "sea", "palace", "palais"

  std::vector<GazPlace> places;
  std::vector<Body> bodies;
  // Name dictionary: LowerKey of a place or body name, words separated by
  // single spaces where the text has white space -> candidates.
  StringMap<std::vector<NameRef>> names;
  // First word of every dictionary name -> the largest number of words.
  StringMap<uint8_t> name_first_words;
  // places index by key.
  StringMap<int> place_by_key;

  static constexpr uint8_t kCueHead = 1, kCueTail = 2;

  // One lookup per token gives all of these (Token::lex): which lists a
  // lower-cased word is in, or begins a phrase of.
  enum WordFlag : uint32_t {
    kStop = 1u << 0, kDemonym = 1u << 1, kMonth = 1u << 2, kWeekday = 1u << 3, kRole = 1u << 4,
    kRoleStart = 1u << 5, kPersonNoun = 1u << 6, kCue = 1u << 7, kVerb = 1u << 8, kVerbStart = 1u << 9,
    kMeeting = 1u << 10, kDocStart = 1u << 11, kNegotiation = 1u << 12, kNameStart = 1u << 13, kSite = 1u << 14,
    kFirstName = 1u << 15, kTitle = 1u << 16, kDoc = 1u << 17,
    kNameStartLower = 1u << 18,  // begins a name written in lower case ("bande de Gaza")
    kStopFr = 1u << 19,          // a stop word whose language is "fr" (with kStop)
    // Cue classes (ingest/cue_words.h): the words a stage's per-sentence
    // scan tests, so that a sentence without any (Sentence::lex) is skipped.
    kParticipationCue = 1u << 20, kAgreementCue = 1u << 21, kMergerCue = 1u << 22,
  };
  // Bits kNameWordsShift.. of a word's flags hold name_first_words[word] (the
  // most tokens of a dictionary name it begins; 0 when it begins none), so
  // that the mentions stage needs no second lookup per candidate.
  static constexpr int kNameWordsShift = 24;
  static uint32_t NameWords(uint32_t flags) { return flags >> kNameWordsShift; }
  StringMap<uint32_t> word_flags;
  // word_flags[lower], 0 when absent. Asked once per token: answered from a
  // flat open-addressing copy of word_flags (one probe into one array,
  // keys in one buffer) rather than the node-based map.
  uint32_t FlagsOf(const std::string& lower) const { return FlagsOf(std::string_view(lower)); }
  uint32_t FlagsOf(std::string_view lower) const { return FlagsOf(lower, WordHash(lower)); }
  // FlagsOf in two steps for a run of words, so that the table's cache
  // misses overlap: h = WordHash(w) and PrefetchFlags(h) some words ahead,
  // then FlagsOf(w, h). REQUIRES: hash == WordHash(lower).
  static uint64_t WordHash(std::string_view w) { return HashString(w); }
  void PrefetchFlags(uint64_t hash) const { flag_table_.Prefetch(hash); }
  uint32_t FlagsOf(std::string_view lower, uint64_t hash) const {
    uint32_t flags = 0;
    if (lower.empty()) return EmptyWordFlags();
    return flag_table_.Find(lower, hash, &flags) ? flags : 0;
  }

  // &names.at(phrase), or nullptr when the phrase is no dictionary name:
  // answered from a flat open-addressing index of `names`. PrefetchName(h)
  // before NameRefs(phrase, h) overlaps the probes of several phrases.
  // REQUIRES: hash == WordHash(phrase).
  const std::vector<NameRef>* NameRefs(std::string_view phrase) const { return NameRefs(phrase, WordHash(phrase)); }
  const std::vector<NameRef>* NameRefs(std::string_view phrase, uint64_t hash) const;
  void PrefetchName(uint64_t hash) const { name_table_.Prefetch(hash); }

  bool IsStopword(std::string_view lower) const { return stopwords.count(lower) > 0; }
  // The best place among the candidates of a phrase: curated aliases first,
  // then countries, large cities (200,000+), regions, other cities.
  int BestPlace(const std::vector<NameRef>& refs) const;
  // True when `ancestor` encloses `place` (through parents).
  bool Encloses(int ancestor, int place) const;

 private:
  Lexicon();
  void BuildFlagTable();
  // word_flags[""], 0 when absent (the flat table holds no empty key).
  uint32_t EmptyWordFlags() const;

  std::unordered_set<std::string> lower_first_;  // first words of curated lower-case names
  // places[i].kind as a code (BestPlace and Encloses ask it for every
  // candidate: no string comparison).
  enum class PlaceKind : uint8_t { kOther, kCountry, kRegion, kCity, kSite };
  std::vector<PlaceKind> place_kind_;

  // A read-only map from non-empty strings to uint32_t values: a power-of-two
  // number of slots, at most half full, linear probing; the keys in one
  // buffer. A slot with size 0 is empty.
  class FlatTable {
   public:
    // REQUIRES: no key empty or repeated; keys' bytes in total < 4 GiB.
    void Build(const std::vector<std::pair<std::string_view, uint32_t>>& entries);
    // True and *value set when `key` (hashed as `hash`) is in the table.
    // Inline: asked once per token.
    bool Find(std::string_view key, uint64_t hash, uint32_t* value) const {
      if (slots_.empty() || key.empty()) return false;
      const size_t mask = slots_.size() - 1;
      for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.size == 0) return false;
        if (s.hash == static_cast<uint32_t>(hash) && s.size == key.size() &&
            SameBytes(keys_.data() + s.offset, key.data(), key.size())) {
          *value = s.value;
          return true;
        }
      }
    }
    void Prefetch(uint64_t hash) const {
      if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
    }

   private:
    struct Slot {
      uint32_t hash = 0;    // low bits of WordHash(key)
      uint32_t value = 0;
      uint32_t offset = 0;  // of the key in keys_
      uint32_t size = 0;
    };
    std::vector<Slot> slots_;
    std::string keys_;
  };
  FlatTable flag_table_;  // word_flags
  FlatTable name_table_;  // names: phrase -> index into name_refs_
  std::vector<const std::vector<NameRef>*> name_refs_;  // into names (never modified after construction)
};

}  // namespace kg::ingest
