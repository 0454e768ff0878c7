// A fast RFC 4180 CSV record reader over a memory buffer (used by `kg
// import`). Fields may be quoted with '"' (a doubled quote inside is one
// quote) and then contain the delimiter and line breaks. Records end at LF or
// CRLF; the last record may lack a line break.
//
// Thread safety: one reader per thread; the buffer must outlive the reader
// and the fields it returns (views into it or into the reader's scratch,
// valid until the next call to Next()).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::storage {

struct CsvField {
  std::string_view text;
  bool quoted = false;  // the field was written in quotes ("" is an empty string)
};

class CsvReader {
 public:
  // A UTF-8 byte order mark at the start of `data` is skipped.
  CsvReader(std::string_view data, char delimiter) : data_(data), delim_(delimiter) {
    if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  enum class Outcome { kRecord, kEnd, kError };
  // Reads the next record into *fields. kError: *error says why (an
  // unterminated quote, text after a closing quote, invalid UTF-8, a NUL
  // byte); the reader then resumes at the next line. line() is the 1-based
  // line where the record (or error) starts.
  Outcome Next(std::vector<CsvField>* fields, std::string* error);
  uint64_t line() const { return record_line_; }
  // Byte offset of the record just read.
  uint64_t offset() const { return record_offset_; }

 private:
  void SkipToNextLine();
  std::string_view data_;
  char delim_;
  size_t pos_ = 0;
  uint64_t next_line_ = 1;
  uint64_t record_line_ = 0;
  uint64_t record_offset_ = 0;
  std::string scratch_;
  struct Span {
    size_t field, offset, length;
  };
  std::vector<Span> scratch_spans_;  // unescaped quoted fields held in scratch_
};

}  // namespace kg::storage
