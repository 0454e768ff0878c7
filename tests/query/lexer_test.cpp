// Tests of the openCypher lexer: token kinds, positions, literals, errors.
#include "query/lexer.h"

#include <doctest/doctest.h>

#include "query/value_ops.h"

using namespace kg;
using namespace kg::query;

namespace {

ErrorKind LexError(std::string_view text) {
  try {
    Lex(text);
  } catch (const QueryError& e) {
    return e.status().kind();
  }
  return ErrorKind::kOk;
}

}  // namespace

TEST_CASE("lexer: kinds and positions") {
  auto t = Lex("MATCH (n:Person)\n  RETURN n.name, $p");
  REQUIRE(t.size() == 13);
  CHECK(t[0].kind == TokenKind::kIdent);
  CHECK(t[0].text == "MATCH");
  CHECK(t[0].pos.line == 1);
  CHECK(t[0].pos.column == 1);
  CHECK(t[1].text == "(");
  CHECK(t[6].text == "RETURN");
  CHECK(t[6].pos.line == 2);
  CHECK(t[6].pos.column == 3);
  CHECK(t[11].kind == TokenKind::kParam);
  CHECK(t[11].text == "p");
  CHECK(t.back().kind == TokenKind::kEnd);
}

TEST_CASE("lexer: numbers") {
  auto t = Lex("42 0x1F 0o17 1.5 .5 1e3 2E-2 1..3");
  CHECK(t[0].kind == TokenKind::kInteger);
  CHECK(t[1].kind == TokenKind::kInteger);
  CHECK(t[1].text == "0x1F");
  CHECK(t[2].kind == TokenKind::kInteger);
  CHECK(t[3].kind == TokenKind::kFloat);
  CHECK(t[4].kind == TokenKind::kFloat);
  CHECK(t[5].kind == TokenKind::kFloat);
  CHECK(t[6].kind == TokenKind::kFloat);
  // a range: integer, '..', integer
  CHECK(t[7].kind == TokenKind::kInteger);
  CHECK(t[8].text == "..");
  CHECK(t[9].kind == TokenKind::kInteger);
  CHECK(LexError("RETURN 1a") == ErrorKind::kSyntaxError);
}

TEST_CASE("lexer: strings and escapes") {
  auto t = Lex(R"('it\'s' "a\tb" '\u00e9' `weird name`)");
  CHECK(t[0].kind == TokenKind::kString);
  CHECK(t[0].text == "it's");
  CHECK(t[1].text == "a\tb");
  CHECK(t[2].text == "\xc3\xa9");
  CHECK(t[3].kind == TokenKind::kQuotedIdent);
  CHECK(t[3].text == "weird name");
  CHECK(LexError("'unterminated") == ErrorKind::kSyntaxError);
  CHECK(LexError(R"('\q')") == ErrorKind::kSyntaxError);
  CHECK(LexError(R"('\uZZZZ')") == ErrorKind::kSyntaxError);
}

TEST_CASE("lexer: comments and operators") {
  auto t = Lex("a <> b // note\n /* block */ c <= d =~ e += f -> <-");
  std::vector<std::string> texts;
  for (const auto& x : t) texts.push_back(x.text);
  CHECK(texts ==
        std::vector<std::string>{"a", "<>", "b", "c", "<=", "d", "=~", "e", "+=", "f", "->", "<-", ""});
  CHECK(LexError("/* open") == ErrorKind::kSyntaxError);
  CHECK(LexError("RETURN #") == ErrorKind::kSyntaxError);
}
