// The openCypher lexer: query text to tokens carrying offset, line and
// column. Keywords are not distinguished here (openCypher keywords are
// case-insensitive identifiers; the parser decides).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/ast.h"

namespace kg::query {

enum class TokenKind : uint8_t {
  kIdent,        // name or keyword (text as written)
  kQuotedIdent,  // `escaped name` (text unescaped)
  kInteger,      // text: the literal as written (decimal, 0x.., 0o..)
  kFloat,        // text as written
  kString,       // text: the decoded value
  kParam,        // $name (text: name)
  kSymbol,  // punctuation/operators: ( ) [ ] { } , . .. : | ; + - * / % ^ = <> < > <= >= =~ += $ -> <- etc.
  kEnd,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  ast::Pos pos;
  size_t end = 0;  // offset one past the token
};

// Splits `text` into tokens ending with one kEnd token.
// Throws QueryError(SyntaxError) on an unterminated string or comment, an
// invalid escape or number literal, or a character that starts no token.
std::vector<Token> Lex(std::string_view text);

}  // namespace kg::query
