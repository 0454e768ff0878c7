#include "graph/columns.h"

#include <algorithm>

namespace kg::graph {

Value PropertyColumn::Get(uint64_t id) const {
  if (!Has(id)) return Value();
  switch (kind_) {
    case Kind::kInt:
      return Value(ints_[id]);
    case Kind::kFloat:
      return Value(floats_[id]);
    case Kind::kString:
      return Value(String(id));
    case Kind::kMixed:
      return mixed_[id];
    case Kind::kEmpty:
      break;
  }
  return Value();
}

uint64_t PropertyColumn::MemoryBytes() const {
  return sizeof(*this) + present_.capacity() * 8 + ints_.capacity() * 8 + floats_.capacity() * 8 +
         offsets_.capacity() * 8 + arena_.capacity() + mixed_.capacity() * sizeof(Value);
}

void PropertyColumn::Reset(uint64_t n) {
  *this = PropertyColumn();
  size_ = n;
  present_.assign((n + 63) / 64, 0);
}

void PropertyColumn::ToMixed() {
  std::vector<Value> m(size_);
  for (uint64_t id = 0; id < built_; ++id) m[id] = Get(id);
  ints_ = {};
  floats_ = {};
  offsets_ = {};
  arena_ = {};
  mixed_ = std::move(m);
  kind_ = Kind::kMixed;
}

void PropertyColumn::Set(uint64_t id, const Value& v) {
  // Ids not given (between the last one and this) hold no value.
  if (kind_ == Kind::kString) {
    while (built_ < id) offsets_[++built_] = arena_.size();
  }
  built_ = id;
  if (!v.is_null()) {
    Kind want = v.is_int() ? Kind::kInt : v.is_float() ? Kind::kFloat : v.is_string() ? Kind::kString : Kind::kMixed;
    if (kind_ == Kind::kEmpty) {
      kind_ = want;
      switch (want) {
        case Kind::kInt:
          ints_.assign(size_, 0);
          break;
        case Kind::kFloat:
          floats_.assign(size_, 0);
          break;
        case Kind::kString:
          offsets_.assign(size_ + 1, 0);
          break;
        default:
          mixed_.assign(size_, Value());
          break;
      }
    } else if (kind_ != want && kind_ != Kind::kMixed) {
      ToMixed();
    }
    present_[id >> 6] |= uint64_t{1} << (id & 63);
    ++count_;
    switch (kind_) {
      case Kind::kInt:
        ints_[id] = v.as_int();
        break;
      case Kind::kFloat:
        floats_[id] = v.as_float();
        break;
      case Kind::kString:
        arena_.append(v.as_string());
        break;
      default:
        mixed_[id] = v;
        break;
    }
  }
  if (kind_ == Kind::kString) offsets_[id + 1] = arena_.size();
  built_ = id + 1;
}

void PropertyColumn::Seal() {
  if (kind_ == Kind::kString) {
    while (built_ < size_) offsets_[++built_] = arena_.size();
    arena_.shrink_to_fit();
  }
  built_ = size_;
}

void SortedAdjacency::SortFrom(size_t first) {
  std::sort(entries_.begin() + static_cast<std::ptrdiff_t>(first), entries_.end(),
            [](const AdjEntry& a, const AdjEntry& b) { return a.other != b.other ? a.other < b.other : a.edge < b.edge; });
}

}  // namespace kg::graph
