// The binder: resolves the variables of a parsed statement to row slots,
// infers what each variable holds, finds the aggregates of projections, and
// raises every compile-time error of openCypher (UndefinedVariable,
// VariableAlreadyBound, VariableTypeConflict, NoExpressionAlias,
// ColumnNameConflict, InvalidAggregation, DifferentColumnsInUnion,
// CreatingVarLength, ...), all as SyntaxError with the position of the
// offending construct, the message starting with the TCK's detail name.
//
// The binder annotates the AST in place (Expr::slot, NodePattern::slot,
// Projection::aggregates, SingleQuery::num_slots and columns); the planner
// relies on those annotations and on the checks having passed.
#pragma once

#include "query/ast.h"

namespace kg::query {

// REQUIRES: `st` fresh from Parse(). Throws QueryError on the first error.
void Bind(ast::Statement* st);

// True for functions that need the graph (id, labels, type, ...), which the
// executor implements itself rather than query/value_ops.h.
bool IsGraphFunction(std::string_view lower_name);

// The source text of an expression (for column names and ORDER BY matching).
std::string ExprText(const ast::Statement& st, const ast::Expr& e);

}  // namespace kg::query
