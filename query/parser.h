// The openCypher parser: hand-written recursive descent from tokens
// (query/lexer.h) to the AST (query/ast.h). Stops at the first error.
#pragma once

#include <string_view>
#include <vector>

#include "query/ast.h"

namespace kg::query {

struct ParseOptions {
  // Deepest nesting of expressions and patterns. Default: 200.
  int max_nesting = 200;
};

// Parses one or more ';'-separated statements (an empty statement, e.g. a
// trailing ';', is skipped). Each Statement's `text` is `text`.
// Throws QueryError(SyntaxError, "expected X, found Y", line, column) on the
// first error; nesting past options.max_nesting is a SyntaxError too.
std::vector<ast::Statement> Parse(std::string_view text, const ParseOptions& options = {});

// The expression parser alone (for tests): the whole text must be one
// expression.
ast::ExprPtr ParseExpression(std::string_view text, const ParseOptions& options = {});

}  // namespace kg::query
