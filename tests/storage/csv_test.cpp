// Tests of the CSV record reader and the UTF-8 check.
#include "storage/csv.h"
#include "common/utf8.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kg::storage;

namespace {
std::vector<std::vector<std::string>> ReadAll(std::string_view data, char delim,
                                              std::vector<std::string>* errors,
                                              std::vector<uint64_t>* lines = nullptr) {
  CsvReader r(data, delim);
  std::vector<CsvField> f;
  std::string err;
  std::vector<std::vector<std::string>> out;
  while (true) {
    auto o = r.Next(&f, &err);
    if (o == CsvReader::Outcome::kEnd) break;
    if (lines) lines->push_back(r.line());
    if (o == CsvReader::Outcome::kError) {
      errors->push_back(err);
      continue;
    }
    std::vector<std::string> row;
    for (auto& x : f) row.emplace_back(x.text);
    out.push_back(row);
  }
  return out;
}
}  // namespace

TEST_CASE("plain, quoted and escaped fields, CRLF, blank lines, line numbers") {
  std::vector<std::string> errors;
  std::vector<uint64_t> lines;
  auto rows = ReadAll("a|b|c\r\n\n\"x|y\"|\"say \"\"hi\"\"\"|\"multi\nline\"\nlast||", '|', &errors, &lines);
  REQUIRE(errors.empty());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"a", "b", "c"});
  CHECK(rows[1] == std::vector<std::string>{"x|y", "say \"hi\"", "multi\nline"});
  CHECK(rows[2] == std::vector<std::string>{"last", "", ""});
  CHECK(lines == std::vector<uint64_t>{1, 3, 5});
}

TEST_CASE("quoted empty field is marked quoted") {
  CsvReader r("\"\",", ',');
  std::vector<CsvField> f;
  std::string err;
  REQUIRE(r.Next(&f, &err) == CsvReader::Outcome::kRecord);
  REQUIRE(f.size() == 2);
  CHECK(f[0].quoted);
  CHECK(f[0].text.empty());
  CHECK_FALSE(f[1].quoted);
}

TEST_CASE("errors: unterminated quote, text after quote, invalid UTF-8, NUL; reading resumes") {
  std::vector<std::string> errors;
  auto rows = ReadAll("ok,1\n\"bad\"x,2\nfine,3\n\xff\xfe,4\n", ',', &errors);
  CHECK(rows.size() == 2);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].find("closing quote") != std::string::npos);
  CHECK(errors[1].find("UTF-8") != std::string::npos);
  std::string with_nul("a,b\nx\0y,z\n", 10);
  errors.clear();
  rows = ReadAll(with_nul, ',', &errors);
  CHECK(rows.size() == 1);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("NUL") != std::string::npos);
  errors.clear();
  rows = ReadAll("a,b\n\"never closed,c\nmore\n", ',', &errors);
  CHECK(rows.size() == 1);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("unterminated") != std::string::npos);
}

TEST_CASE("UTF-8 validation") {
  size_t at = 0;
  CHECK(kg::ValidateUtf8("plain ascii text that is long enough", &at));
  CHECK(kg::ValidateUtf8("Fran\xc3\xa7ois \xe2\x82\xac \xf0\x9f\x98\x80", &at));
  CHECK_FALSE(kg::ValidateUtf8("abc\xc0\xafxyz", &at));  // overlong
  CHECK(at == 3);
  CHECK_FALSE(kg::ValidateUtf8("\xed\xa0\x80", &at));      // surrogate
  CHECK_FALSE(kg::ValidateUtf8("abcdefgh\xe2\x82", &at));  // truncated
  CHECK(at == 8);
}
