// JsonWriter: JSON text written straight into a buffer, as the json
// library would write it (private to ingest/: AppendJsonText and the
// built-in extraction's direct writer use it).
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/stable_order.h"
#include "common/utf8.h"
#include "common/value.h"
#include "ingest/extraction.h"

namespace kg::ingest {

// A string of fewer than 24 bytes that needs no escaping in JSON (ASCII but
// control characters, '"' and '\\': node ids, labels, edge types), in a
// zero-padded buffer: JsonWriter::Plain writes it with fixed-size copies.
struct ShortText {
  static constexpr size_t kRoom = 24;
  constexpr ShortText() = default;
  // REQUIRES: s.size() < kRoom.
  constexpr explicit ShortText(std::string_view s) : size(static_cast<uint8_t>(s.size())) {
    for (size_t i = 0; i < s.size(); ++i) text[i] = s[i];
  }
  std::string_view view() const { return std::string_view(text, size); }
  char text[kRoom] = {};
  uint8_t size = 0;
};

// Writes JSON text exactly as nlohmann::json::dump(indent, ' ', false,
// error_handler_t::replace) writes the equivalent json value (objects with
// their keys in byte order, the last of duplicate keys winning), without
// building that value.
//
// The text is written through a cursor into a buffer of the writer's
// thread, kept between calls: Room(n) makes room for n more bytes (doubling
// the buffer), every write then stores through the cursor with no size or
// capacity test of its own; Finish() appends the text written to the
// string given. Invariant: buf_->data() <= p_ <= end_ == buf_->data() +
// buf_->size(). (Writing into the string given itself would initialise its
// room ahead of the cursor, byte by byte, for every text.)
class JsonWriter {
 public:
  JsonWriter(int indent, std::string* out) : indent_(indent), buf_(&Buffer()), out_(out) {
    if (buf_->size() < 4096) buf_->resize(4096);
    p_ = buf_->data();
    end_ = buf_->data() + buf_->size();
  }
  // A buffer grown past 1 MiB (a very large extraction) is given back.
  ~JsonWriter() {
    if (buf_->size() > (size_t{1} << 20)) std::string().swap(*buf_);
  }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // The text written so far.
  std::string_view Text() const { return std::string_view(buf_->data(), static_cast<size_t>(p_ - buf_->data())); }
  // Appends the text written to the string given. (Once, at the end.)
  void Finish() { out_->append(Text()); }

  // Objects and arrays: Open, then Key/Value or Item/Value pairs, then Close.
  void OpenObject(bool empty) { Open('{', empty); }
  void OpenArray(bool empty) { Open('[', empty); }
  [[gnu::always_inline]] void Close(char c) {
    --depth_;
    if (!last_empty_ && indent_ >= 0) NewLine();
    last_empty_ = false;
    Room(1);
    *p_++ = c;
    first_ = false;
  }
  void Key(std::string_view k) {
    Item();
    String(k);
    Room(2);
    *p_++ = ':';
    if (indent_ >= 0) *p_++ = ' ';
  }
  // Key(k) for a key known in advance, `quoted` being its text with the
  // colon ("\"k\":"): written in one copy on one line (indent < 0).
  [[gnu::always_inline]] void FixedKey(std::string_view k, std::string_view quoted) {
    if (indent_ >= 0) {
      Key(k);
      return;
    }
    Room(quoted.size() + 1);
    if (!first_) *p_++ = ',';
    std::memcpy(p_, quoted.data(), quoted.size());
    p_ += quoted.size();
    first_ = false;
  }
  // Before an array element.
  [[gnu::always_inline]] void Item() {
    if (!first_) {
      Room(1);
      *p_++ = ',';
    }
    if (indent_ >= 0) NewLine();
    first_ = false;
  }

  // 1 for the bytes String looks at one by one: control characters, '"',
  // '\\' and non-ASCII bytes.
  static constexpr std::array<uint8_t, 256> kNeedsLook = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
    return t;
  }();

  // String(s.view()).
  [[gnu::always_inline]] void Plain(const ShortText& s) {
    Room(ShortText::kRoom + 2);
    *p_ = '"';
    std::memcpy(p_ + 1, s.text, ShortText::kRoom);
    p_ += s.size + 1;
    *p_++ = '"';
  }

  void String(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    // Room for the worst case: every byte written as \u00XX, two quotes.
    Room(6 * n + 2);
    char* const mark = p_;
    char* o = p_;
    *o++ = '"';
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    bool checked = false;  // s[i..] known to be valid UTF-8
    size_t i = 0;
    if (n < 8) {
      // Short strings (ids, labels, most keys): copied while their bytes'
      // flags are OR-ed (no branch per byte); written again below if one
      // needs a look.
      unsigned bad = 0;
      for (size_t k = 0; k < n; ++k) {
        bad |= kNeedsLook[p[k]];
        o[k] = static_cast<char>(p[k]);
      }
      if (bad == 0) {
        o[n] = '"';
        p_ = o + n + 1;
        return;
      }
    }
    while (i < n) {
      if (i + 8 <= n) {
        // Eight bytes at a time while none needs a look: no control
        // character, quote, backslash or (until checked) non-ASCII byte.
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        uint64_t q = w ^ (kOnes * '"'), bs = w ^ (kOnes * '\\');
        uint64_t special = ((w - kOnes * 0x20) & ~w) | ((q - kOnes) & ~q) | ((bs - kOnes) & ~bs);
        if (!checked) special |= w;
        if ((special & kHigh) == 0) {
          std::memcpy(o, &w, 8);
          o += 8;
          i += 8;
          continue;
        }
      }
      auto c = static_cast<unsigned char>(p[i]);
      if (!kNeedsLook[c] || (c >= 0x80 && checked)) {
        *o++ = static_cast<char>(c);
        ++i;
        continue;
      }
      if (c >= 0x80) {
        size_t bad;
        if (!ValidateUtf8(s.substr(i), &bad)) {  // rare: the library's replacement rules
          p_ = mark;
          Replaced(s);
          return;
        }
        checked = true;
        *o++ = static_cast<char>(c);
        ++i;
        continue;
      }
      *o++ = '\\';
      switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default: {
          static const char* kHex = "0123456789abcdef";
          const char u[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          std::memcpy(o, u, 5);
          o += 5;
        }
      }
      ++i;
    }
    *o++ = '"';
    p_ = o;
  }

  void Value(const kg::Value& v) {
    switch (v.type()) {
      case kg::Value::Type::kBool: Bool(v.as_bool()); break;
      case kg::Value::Type::kInt: Int(v.as_int()); break;
      case kg::Value::Type::kFloat: Double(v.as_float()); break;
      case kg::Value::Type::kString: String(v.as_string()); break;
      case kg::Value::Type::kDate: String(FormatIsoDate(v.as_date())); break;
      case kg::Value::Type::kList: {
        const auto& l = v.as_list();
        OpenArray(l.empty());
        for (const auto& x : l) {
          Item();
          Value(x);
        }
        Close(']');
        break;
      }
      case kg::Value::Type::kMap: Map(v.as_map()); break;
      default: Raw("null"); break;  // null; graph values never occur in extractions
    }
  }

  // A property map: keys in byte order, the last of duplicates winning.
  void Map(const ValueMap& m) {
    // (Only a map outside any other takes its shape from the cache: the
    // values written meanwhile then hold no map that could replace it.)
    if (const MapShape* shape = in_shaped_map_ ? nullptr : ShapeOf(m)) {
      in_shaped_map_ = true;
      OpenObject(m.empty());
      for (uint32_t k = 0; k < shape->written; ++k) {
        const uint8_t pos = shape->order[k];
        if (indent_ < 0) {
          // FixedKey, the key's text copied as one fixed-size block (the
          // bytes past its end are overwritten by what follows).
          Room(MapShape::kQuotedBytes + 1);
          if (!first_) *p_++ = ',';
          std::memcpy(p_, shape->quoted[pos], MapShape::kQuotedBytes);
          p_ += shape->quoted_size[pos];
          first_ = false;
        } else {
          Key(m[pos].first);
        }
        Value(m[pos].second);
      }
      Close('}');
      in_shaped_map_ = false;
      return;
    }
    uint32_t small[16];
    std::vector<uint32_t> large;
    const uint32_t* order =
        StableOrder(m.size(), [&](uint32_t a, uint32_t b) { return KeyLess(m[a].first, m[b].first); }, small, large);
    const size_t n = m.size();
    OpenObject(n == 0);
    for (size_t i = 0; i < n; ++i) {
      if (i + 1 < n && m[order[i + 1]].first == m[order[i]].first) continue;
      Key(m[order[i]].first);
      Value(m[order[i]].second);
    }
    Close('}');
  }

  void Int(int64_t v) {
    Room(24);
    p_ = std::to_chars(p_, p_ + 24, v).ptr;
  }
  void Bool(bool b) { Raw(b ? std::string_view("true") : std::string_view("false")); }
  // The library's shortest round-trip form ("0.95", "37.0", "1e-05"),
  // remembered per value in a direct-mapped cache of the thread:
  // extractions repeat a few values (confidences, coordinates).
  void Double(double d) {
    struct Slot {
      uint64_t bits = 0;
      uint8_t size = 0;  // 0: empty
      char text[31];
    };
    constexpr size_t kSlots = 2048;
    thread_local Slot cache[kSlots];
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    Slot& slot = cache[((bits * 0x9E3779B97F4A7C15ull) >> 40) & (kSlots - 1)];
    if (slot.size == 0 || slot.bits != bits) {
      // What json::dump writes for a number: "null" when not finite, else
      // the text of the library's own to_chars (its serializer's dump_float,
      // without building a json value and a serializer per number).
      char text[64];
      size_t size = 4;
      if (!std::isfinite(d)) std::memcpy(text, "null", 4);
      else size = static_cast<size_t>(nlohmann::detail::to_chars(text, text + sizeof text, d) - text);
      if (size > sizeof slot.text) {  // (never: at most 24 characters)
        Raw(std::string_view(text, size));
        return;
      }
      slot.bits = bits;
      slot.size = static_cast<uint8_t>(size);
      std::memcpy(slot.text, text, size);
    }
    // (The slot's whole text buffer copied: a copy of fixed size.)
    Room(sizeof slot.text);
    std::memcpy(p_, slot.text, sizeof slot.text);
    p_ += slot.size;
  }

  // True when the text is written on one line (indent < 0): no line break
  // or indentation to follow, so that fixed text may be written with Raw.
  bool OneLine() const { return indent_ < 0; }

  // The bytes of `s` as they are (JSON text already).
  [[gnu::always_inline]] void Raw(std::string_view s) {
    Room(s.size());
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }

 private:
  // a < b as std::string compares them (bytes as unsigned char), the first
  // bytes compared inline: keys mostly differ there.
  static bool KeyLess(const std::string& a, const std::string& b) {
    if (!a.empty() && !b.empty() && a[0] != b[0])
      return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    return a < b;
  }

  // What Map writes for the maps of one key sequence: the positions of the
  // keys it writes, in that order, and each key's text with its colon.
  // The extractor's maps come in a few such sequences (an edge's sentence,
  // span, confidence; a place's name, kind, country, lat, lon).
  static constexpr size_t kShapeKeys = 8;
  struct MapShape {
    static constexpr size_t kQuotedBytes = 32;  // room for a key's text: keys of up to 29 bytes
    size_t size = SIZE_MAX;                      // keys in the map (SIZE_MAX: empty slot)
    std::string keys[kShapeKeys];                // in map order
    char quoted[kShapeKeys][kQuotedBytes] = {};  // "\"key\":", in map order
    uint8_t quoted_size[kShapeKeys] = {};
    uint8_t order[kShapeKeys] = {};              // positions written, in key order
    uint32_t written = 0;                        // entries of `order` (duplicates: the last)
  };

  // The shape of m's keys, from a direct-mapped cache of the thread (filled
  // on a miss), or nullptr for a map of over kShapeKeys entries or with a
  // key that needs escaping.
  static const MapShape* ShapeOf(const ValueMap& m) {
    const size_t n = m.size();
    if (n > kShapeKeys) return nullptr;
    constexpr size_t kSlots = 64;
    thread_local MapShape cache[kSlots];
    uint64_t h = n;
    for (const auto& [k, v] : m) {
      uint64_t sig = k.size();
      if (!k.empty()) sig |= uint64_t{static_cast<unsigned char>(k[0])} << 8 | uint64_t{static_cast<unsigned char>(k.back())} << 16;
      h = (h ^ sig) * 0x9E3779B97F4A7C15ull;
    }
    MapShape& shape = cache[h >> 58];
    if (shape.size == n) {
      size_t i = 0;
      while (i < n && shape.keys[i] == m[i].first) ++i;
      if (i == n) return &shape;
    }
    for (const auto& [k, v] : m) {
      if (k.size() + 3 > MapShape::kQuotedBytes) return nullptr;
      for (char c : k)
        if (kNeedsLook[static_cast<unsigned char>(c)]) return nullptr;
    }
    uint32_t small[kShapeKeys];
    std::vector<uint32_t> large;
    const uint32_t* order =
        StableOrder(n, [&](uint32_t a, uint32_t b) { return KeyLess(m[a].first, m[b].first); }, small, large);
    shape.size = SIZE_MAX;  // (until filled)
    shape.written = 0;
    for (size_t i = 0; i < n; ++i) {
      shape.keys[i] = m[i].first;
      const std::string& k = m[i].first;
      shape.quoted[i][0] = '"';
      std::memcpy(shape.quoted[i] + 1, k.data(), k.size());
      std::memcpy(shape.quoted[i] + 1 + k.size(), "\":", 2);
      shape.quoted_size[i] = static_cast<uint8_t>(k.size() + 3);
      if (i + 1 < n && m[order[i + 1]].first == m[order[i]].first) continue;
      shape.order[shape.written++] = static_cast<uint8_t>(order[i]);
    }
    shape.size = n;
    return &shape;
  }

  // Makes room for n more bytes at p_: the test inline (always: every
  // write asks it), the growth out of line.
  [[gnu::always_inline]] void Room(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) Grow(n);
  }
  [[gnu::noinline]] void Grow(size_t n) {
    size_t used = static_cast<size_t>(p_ - buf_->data());
    buf_->resize(std::max(2 * buf_->size(), used + n));
    p_ = buf_->data() + used;
    end_ = buf_->data() + buf_->size();
  }

  // The thread's buffer (one writer at a time on a thread).
  static std::string& Buffer() {
    thread_local std::string buffer;
    return buffer;
  }
  void Open(char c, bool empty) {
    Room(1);
    *p_++ = c;
    ++depth_;
    first_ = true;
    last_empty_ = empty;
  }
  // A line break and the indentation of the current depth.
  void NewLine() {
    size_t n = static_cast<size_t>(indent_ * depth_);
    Room(n + 1);
    *p_++ = '\n';
    std::memset(p_, ' ', n);
    p_ += n;
  }

  // A string the library would write with replacement characters (invalid
  // UTF-8): written by the library itself.
  void Replaced(std::string_view s) {
    Raw(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }

  int indent_;
  std::string* buf_;
  std::string* out_;
  char* p_ = nullptr;    // next byte to write
  char* end_ = nullptr;  // end of the room
  int depth_ = 0;
  bool first_ = true;       // no member written yet in the innermost container
  bool last_empty_ = false;  // the container just opened is empty
  bool in_shaped_map_ = false;  // writing the values of a map whose shape came from ShapeOf
};

// The "article" member of an extraction's JSON object (its first): the
// article's fields but the text, in key order. (In extraction.cpp.)
void WriteArticleMember(JsonWriter& w, const Article& a);

}  // namespace kg::ingest
