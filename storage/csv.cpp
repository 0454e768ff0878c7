#include "storage/csv.h"

#include "common/utf8.h"

#include <cstring>

namespace kg::storage {

void CsvReader::SkipToNextLine() {
  const char* nl = static_cast<const char*>(std::memchr(data_.data() + pos_, '\n', data_.size() - pos_));
  if (nl == nullptr) {
    pos_ = data_.size();
  } else {
    pos_ = static_cast<size_t>(nl - data_.data()) + 1;
    ++next_line_;
  }
}

CsvReader::Outcome CsvReader::Next(std::vector<CsvField>* fields, std::string* error) {
  fields->clear();
  scratch_.clear();
  scratch_spans_.clear();
  const size_t n = data_.size();
  const char* d = data_.data();
  // Skip blank lines.
  while (pos_ < n && (d[pos_] == '\n' || (d[pos_] == '\r' && pos_ + 1 < n && d[pos_ + 1] == '\n'))) {
    pos_ += d[pos_] == '\r' ? 2 : 1;
    ++next_line_;
  }
  record_line_ = next_line_;
  record_offset_ = pos_;
  if (pos_ >= n) return Outcome::kEnd;
  const size_t start = pos_;
  while (true) {
    CsvField f;
    if (pos_ < n && d[pos_] == '"') {
      f.quoted = true;
      size_t begin = ++pos_;
      bool escaped = false;
      while (true) {
        const char* q = static_cast<const char*>(std::memchr(d + pos_, '"', n - pos_));
        if (q == nullptr) {
          for (size_t i = begin; i < n; ++i) next_line_ += d[i] == '\n';
          pos_ = n;
          *error = "unterminated quoted field (the file may be truncated)";
          return Outcome::kError;
        }
        pos_ = static_cast<size_t>(q - d) + 1;
        if (pos_ < n && d[pos_] == '"') {
          escaped = true;
          ++pos_;
          continue;
        }
        break;
      }
      size_t end = pos_ - 1;  // the closing quote
      for (size_t i = begin; i < end; ++i) next_line_ += d[i] == '\n';
      if (escaped) {
        size_t off = scratch_.size();
        for (size_t i = begin; i < end; ++i) {
          scratch_.push_back(d[i]);
          if (d[i] == '"') ++i;  // a doubled quote
        }
        scratch_spans_.push_back({fields->size(), off, scratch_.size() - off});
      } else {
        f.text = std::string_view(d + begin, end - begin);
      }
      if (pos_ < n && d[pos_] == '\r' && pos_ + 1 < n && d[pos_ + 1] == '\n') ++pos_;
      if (pos_ < n && d[pos_] != delim_ && d[pos_] != '\n') {
        *error = "text after a closing quote";
        SkipToNextLine();
        return Outcome::kError;
      }
    } else {
      size_t begin = pos_;
      while (pos_ < n && d[pos_] != delim_ && d[pos_] != '\n') ++pos_;
      size_t end = pos_;
      if (end > begin && d[end - 1] == '\r' && pos_ < n && d[pos_] == '\n') --end;
      f.text = std::string_view(d + begin, end - begin);
    }
    fields->push_back(f);
    if (pos_ >= n) break;
    if (d[pos_] == '\n') {
      ++pos_;
      ++next_line_;
      break;
    }
    ++pos_;  // the delimiter
    if (pos_ >= n) {
      fields->push_back(CsvField{});  // a trailing delimiter: one more empty field
      break;
    }
  }
  for (const auto& sp : scratch_spans_) {
    (*fields)[sp.field].text = std::string_view(scratch_.data() + sp.offset, sp.length);
  }
  std::string_view raw(d + start, pos_ - start);
  size_t bad = 0;
  if (std::memchr(raw.data(), '\0', raw.size()) != nullptr) {
    *error = "NUL byte (a binary file?)";
    return Outcome::kError;
  }
  if (!ValidateUtf8(raw, &bad)) {
    *error = "invalid UTF-8 at byte offset " + std::to_string(start + bad);
    return Outcome::kError;
  }
  return Outcome::kRecord;
}

}  // namespace kg::storage
