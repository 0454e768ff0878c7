#include "common/value.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cmath>
#include <limits>

namespace kg {

TEST_CASE("dates round-trip through ISO text and day numbers") {
  Date d;
  REQUIRE(ParseIsoDate("2025-12-20", &d));
  CHECK(FormatIsoDate(d) == "2025-12-20");
  CHECK(DateFromYmd(1970, 1, 1).days == 0);
  CHECK(DateFromYmd(2000, 3, 1).days - DateFromYmd(2000, 2, 28).days == 2);  // leap year
  CHECK_FALSE(ParseIsoDate("2025-02-29", &d));
  CHECK_FALSE(ParseIsoDate("2025-13-01", &d));
  CHECK_FALSE(ParseIsoDate("20x5-01-01", &d));
  REQUIRE(ParseIsoDate("19891203", &d));
  CHECK(FormatIsoDate(d) == "1989-12-03");
  REQUIRE(ParseIsoDate("0001-01-01", &d));
  CHECK(FormatIsoDate(d) == "0001-01-01");
}

TEST_CASE("FormatIsoDate writes every date of years 1-9999 as YYYY-MM-DD that parses back") {
  for (int32_t day = DateFromYmd(1, 1, 1).days; day <= DateFromYmd(9999, 12, 31).days; day += 97) {
    int y;
    unsigned m, dd;
    YmdFromDate(Date{day}, &y, &m, &dd);
    std::string text = FormatIsoDate(Date{day});
    CHECK(text == fmt::format("{:04d}-{:02d}-{:02d}", y, m, dd));
    Date back;
    REQUIRE(ParseIsoDate(text, &back));
    CHECK(back.days == day);
  }
  CHECK(FormatIsoDate(DateFromYmd(-44, 3, 15)) == fmt::format("{:04d}-{:02d}-{:02d}", -44, 3, 15));
}

TEST_CASE("storable values encode and decode to themselves") {
  Value v(ValueList{Value(), Value(true), Value(false), Value(int64_t{-5}),
                    Value(std::numeric_limits<int64_t>::min()), Value(2.5), Value("é'x"),
                    Value(Date{-1}), Value(ValueMap{{"a", Value(1)}, {"b", Value(ValueList{})}})});
  std::string bytes;
  REQUIRE(EncodeValue(v, &bytes).ok());
  std::string_view in = bytes;
  Value back;
  REQUIRE(DecodeValue(&in, &back).ok());
  CHECK(in.empty());
  CHECK(back == v);
}

TEST_CASE("decoding rejects truncated and malformed bytes") {
  std::string bytes;
  REQUIRE(EncodeValue(Value("hello"), &bytes).ok());
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::string_view in(bytes.data(), n);
    Value v;
    CHECK_FALSE(DecodeValue(&in, &v).ok());
  }
  std::string bad = "\x63";
  std::string_view in = bad;
  Value v;
  CHECK_FALSE(DecodeValue(&in, &v).ok());
  std::string deep(200, '\x07');  // lists of one list of one list...
  deep.insert(1, 1, '\x01');
  std::string_view din = deep;
  CHECK_FALSE(DecodeValue(&din, &v).ok());
}

TEST_CASE("nodes are not storable") {
  std::string bytes;
  CHECK_FALSE(EncodeValue(Value(NodeValue{1, nullptr}), &bytes).ok());
}

TEST_CASE("floats print with a decimal point") {
  CHECK(Value(1.0).ToString() == "1.0");
  CHECK(Value(std::nan("")).ToString() == "NaN");
  CHECK(Value(-std::numeric_limits<double>::infinity()).ToString() == "-Infinity");
}

}  // namespace kg
