// The openCypher recursive-descent parser (see parser.h). Each parse function
// carries the grammar rule it implements; keywords are case-insensitive.
#include "query/parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "query/lexer.h"
#include "query/value_ops.h"

namespace kg::query {
namespace {

using namespace ast;  // NOLINT: the AST vocabulary throughout this file

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

class Parser {
 public:
  Parser(std::string_view text, const ParseOptions& options)
      : text_(text), options_(options), toks_(Lex(text)) {}

  std::vector<Statement> ParseAll() {
    std::vector<Statement> out;
    for (;;) {
      while (IsSym(";")) Next();
      if (Peek().kind == TokenKind::kEnd) break;
      out.push_back(ParseStatement());
      if (Peek().kind == TokenKind::kEnd) break;
      Expect(";");
    }
    return out;
  }

  ExprPtr ParseOnlyExpression() {
    ExprPtr e = ParseExpr();
    if (Peek().kind != TokenKind::kEnd) FailExpected("end of expression");
    return e;
  }

 private:
  // ---------------------------------------------------------------- helpers
  const Token& Peek(size_t k = 0) const {
    size_t i = std::min(pos_ + k, toks_.size() - 1);
    return toks_[i];
  }
  const Token& Next() {
    const Token& t = toks_[pos_];
    if (pos_ + 1 < toks_.size()) ++pos_;
    return t;
  }
  bool IsSym(std::string_view s, size_t k = 0) const {
    const Token& t = Peek(k);
    return t.kind == TokenKind::kSymbol && t.text == s;
  }
  bool IsKw(std::string_view kw, size_t k = 0) const {
    const Token& t = Peek(k);
    return t.kind == TokenKind::kIdent && IEquals(t.text, kw);
  }
  bool AcceptSym(std::string_view s) {
    if (!IsSym(s)) return false;
    Next();
    return true;
  }
  bool AcceptKw(std::string_view kw) {
    if (!IsKw(kw)) return false;
    Next();
    return true;
  }
  static std::string Describe(const Token& t) {
    switch (t.kind) {
      case TokenKind::kEnd:
        return "end of input";
      case TokenKind::kString:
        return "string literal";
      case TokenKind::kParam:
        return "'$" + t.text + "'";
      case TokenKind::kQuotedIdent:
        return "'`" + t.text + "`'";
      default:
        return "'" + t.text + "'";
    }
  }
  [[noreturn]] void Fail(const Pos& p, const std::string& msg) const {
    throw QueryError(ErrorKind::kSyntaxError, msg, p.line, p.column);
  }
  [[noreturn]] void FailExpected(std::string_view what) const {
    Fail(Peek().pos, fmt::format("expected {}, found {}", what, Describe(Peek())));
  }
  void Expect(std::string_view sym) {
    if (!AcceptSym(sym)) FailExpected(fmt::format("'{}'", sym));
  }
  void ExpectKw(std::string_view kw) {
    if (!AcceptKw(kw)) FailExpected(kw);
  }
  // SymbolicName: an identifier or a `quoted` one.
  std::string ExpectName(std::string_view what) {
    const Token& t = Peek();
    if (t.kind == TokenKind::kIdent || t.kind == TokenKind::kQuotedIdent) {
      Next();
      return t.text;
    }
    FailExpected(what);
  }
  bool IsName(size_t k = 0) const {
    auto kind = Peek(k).kind;
    return kind == TokenKind::kIdent || kind == TokenKind::kQuotedIdent;
  }

  struct DepthGuard {
    explicit DepthGuard(Parser* p) : p_(p) {
      if (++p_->depth_ > p_->options_.max_nesting) {
        p_->Fail(p_->Peek().pos,
                 fmt::format("query nested too deeply (more than {} levels)", p_->options_.max_nesting));
      }
    }
    ~DepthGuard() { --p_->depth_; }
    Parser* p_;
  };

  ExprPtr MakeExpr(ExprKind kind, const Pos& pos) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->pos = pos;
    return e;
  }
  void Finish(Expr* e) { e->end_offset = toks_[pos_ > 0 ? pos_ - 1 : 0].end; }
  size_t LastEnd() const { return toks_[pos_ > 0 ? pos_ - 1 : 0].end; }

  // ------------------------------------------------------------ statements
  // Statement := [EXPLAIN | PROFILE] SingleQuery (UNION [ALL] SingleQuery)*
  //            | CREATE INDEX ... | DROP INDEX ...
  Statement ParseStatement() {
    Statement st;
    st.text = text_;
    if (AcceptKw("EXPLAIN"))
      st.mode = Statement::Mode::kExplain;
    else if (AcceptKw("PROFILE"))
      st.mode = Statement::Mode::kProfile;
    st.parts.push_back(ParseSingleQuery());
    while (IsKw("UNION")) {
      Next();
      st.union_all.push_back(AcceptKw("ALL"));
      st.parts.push_back(ParseSingleQuery());
    }
    return st;
  }

  // SingleQuery := Clause+
  SingleQuery ParseSingleQuery() {
    SingleQuery q;
    while (Peek().kind != TokenKind::kEnd && !IsSym(";") && !IsKw("UNION")) {
      q.clauses.push_back(ParseClause());
    }
    if (q.clauses.empty()) FailExpected("a clause (MATCH, RETURN, CREATE, ...)");
    return q;
  }

  Clause ParseClause() {
    Clause c;
    c.pos = Peek().pos;
    if (IsKw("OPTIONAL") || IsKw("MATCH")) {
      c.kind = ClauseKind::kMatch;
      if (AcceptKw("OPTIONAL")) c.optional = true;
      ExpectKw("MATCH");
      ParsePatternList(&c.patterns);
      if (AcceptKw("WHERE")) c.where = ParseExpr();
    } else if (AcceptKw("UNWIND")) {
      c.kind = ClauseKind::kUnwind;
      c.expr = ParseExpr();
      ExpectKw("AS");
      c.var = ExpectName("a variable name");
    } else if (AcceptKw("WITH")) {
      c.kind = ClauseKind::kWith;
      ParseProjection(&c.proj, true);
    } else if (AcceptKw("RETURN")) {
      c.kind = ClauseKind::kReturn;
      ParseProjection(&c.proj, false);
    } else if (IsKw("CREATE") && (IsKw("INDEX", 1))) {
      Next();
      Next();
      c.kind = ClauseKind::kCreateIndex;
      ParseIndexSpec(&c);
    } else if (IsKw("DROP") && IsKw("INDEX", 1)) {
      Next();
      Next();
      c.kind = ClauseKind::kDropIndex;
      ParseIndexSpec(&c);
    } else if (AcceptKw("CREATE")) {
      c.kind = ClauseKind::kCreate;
      ParsePatternList(&c.patterns);
    } else if (AcceptKw("MERGE")) {
      c.kind = ClauseKind::kMerge;
      c.patterns.push_back(ParsePatternPart());
      while (IsKw("ON")) {
        Next();
        bool create;
        if (AcceptKw("CREATE"))
          create = true;
        else if (AcceptKw("MATCH"))
          create = false;
        else
          FailExpected("CREATE or MATCH after ON");
        ExpectKw("SET");
        ParseSetItems(create ? &c.on_create : &c.on_match);
      }
    } else if (AcceptKw("SET")) {
      c.kind = ClauseKind::kSet;
      ParseSetItems(&c.set_items);
    } else if (AcceptKw("REMOVE")) {
      c.kind = ClauseKind::kRemove;
      do {
        RemoveItem item;
        item.pos = Peek().pos;
        ExprPtr target = ParseAtomWithPostfix(/*allow_labels=*/false);
        if (IsSym(":")) {
          item.kind = RemoveItem::Kind::kLabels;
          if (target->kind != ExprKind::kVariable)
            Fail(item.pos, "expected a variable before labels in REMOVE");
          item.target = std::move(target);
          while (AcceptSym(":")) item.labels.push_back(ExpectName("a label name"));
        } else {
          if (target->kind != ExprKind::kProperty) Fail(item.pos, "expected a property or labels to REMOVE");
          item.kind = RemoveItem::Kind::kProperty;
          item.target = std::move(target);
        }
        c.remove_items.push_back(std::move(item));
      } while (AcceptSym(","));
    } else if (IsKw("DETACH") || IsKw("DELETE")) {
      c.kind = ClauseKind::kDelete;
      if (AcceptKw("DETACH")) c.detach = true;
      ExpectKw("DELETE");
      do {
        c.exprs.push_back(ParseExpr());
      } while (AcceptSym(","));
    } else if (AcceptKw("CALL")) {
      c.kind = ClauseKind::kCall;
      std::string name = ExpectName("a procedure name");
      while (AcceptSym(".")) {
        name.push_back('.');
        name.append(ExpectName("a procedure name"));
      }
      c.proc = Lower(name);
      if (AcceptSym("(")) {
        c.has_args = true;
        if (!IsSym(")")) {
          do {
            c.exprs.push_back(ParseExpr());
          } while (AcceptSym(","));
        }
        Expect(")");
      }
      if (AcceptKw("YIELD")) {
        if (AcceptSym("*")) {
          c.yield_star = true;
        } else {
          do {
            Clause::YieldItem y;
            y.field = ExpectName("a field name");
            y.var = y.field;
            if (AcceptKw("AS")) y.var = ExpectName("a variable name");
            c.yields.push_back(std::move(y));
          } while (AcceptSym(","));
        }
        if (AcceptKw("WHERE")) c.where = ParseExpr();
      }
    } else {
      FailExpected("a clause (MATCH, RETURN, CREATE, ...)");
    }
    return c;
  }

  // IndexSpec := [name] FOR (v:Label) ON (v.key) | ON :Label(key)
  void ParseIndexSpec(Clause* c) {
    if (IsName() && !IsKw("FOR") && !IsKw("ON")) Next();  // optional index name
    if (AcceptKw("IF")) {
      ExpectKw("NOT");
      ExpectKw("EXISTS");
    }
    if (AcceptKw("FOR")) {
      Expect("(");
      std::string v = ExpectName("a variable");
      Expect(":");
      c->label = ExpectName("a label name");
      Expect(")");
      ExpectKw("ON");
      Expect("(");
      std::string v2 = ExpectName("a variable");
      if (v2 != v) Fail(Peek().pos, fmt::format("expected the variable '{}'", v));
      Expect(".");
      c->key = ExpectName("a property key");
      Expect(")");
    } else {
      ExpectKw("ON");
      Expect(":");
      c->label = ExpectName("a label name");
      Expect("(");
      c->key = ExpectName("a property key");
      Expect(")");
    }
  }

  // SetItem := PropertyExpr '=' Expr | Var '=' Expr | Var '+=' Expr | Var NodeLabels
  void ParseSetItems(std::vector<SetItem>* out) {
    do {
      SetItem item;
      item.pos = Peek().pos;
      ExprPtr target = ParseAtomWithPostfix(/*allow_labels=*/false);
      if (IsSym(":")) {
        if (target->kind != ExprKind::kVariable) Fail(item.pos, "expected a variable before labels in SET");
        item.kind = SetItem::Kind::kLabels;
        while (AcceptSym(":")) item.labels.push_back(ExpectName("a label name"));
      } else if (AcceptSym("+=")) {
        if (target->kind != ExprKind::kVariable) Fail(item.pos, "expected a variable before '+='");
        item.kind = SetItem::Kind::kMerge;
        item.value = ParseExpr();
      } else {
        Expect("=");
        if (target->kind == ExprKind::kProperty)
          item.kind = SetItem::Kind::kProperty;
        else if (target->kind == ExprKind::kVariable)
          item.kind = SetItem::Kind::kReplace;
        else
          Fail(item.pos, "expected a property or a variable to SET");
        item.value = ParseExpr();
      }
      item.target = std::move(target);
      out->push_back(std::move(item));
    } while (AcceptSym(","));
  }

  // ProjectionBody := [DISTINCT] ('*' [, items] | items) [ORDER BY ..] [SKIP e] [LIMIT e] [WHERE e]
  void ParseProjection(Projection* p, bool is_with) {
    if (AcceptKw("DISTINCT")) p->distinct = true;
    if (AcceptSym("*")) {
      p->star = true;
      if (!AcceptSym(",")) goto tail;
    }
    do {
      ProjectionItem item;
      size_t begin = Peek().pos.offset;
      item.expr = ParseExpr();
      size_t end = LastEnd();
      if (AcceptKw("AS")) {
        item.alias = ExpectName("an alias");
        item.has_alias = true;
      } else {
        item.alias = std::string(text_.substr(begin, end - begin));
      }
      p->items.push_back(std::move(item));
    } while (AcceptSym(","));
  tail:
    if (IsKw("ORDER")) {
      Next();
      ExpectKw("BY");
      do {
        SortItem s;
        s.expr = ParseExpr();
        if (AcceptKw("DESC") || AcceptKw("DESCENDING"))
          s.descending = true;
        else if (AcceptKw("ASC") || AcceptKw("ASCENDING"))
          s.descending = false;
        p->order_by.push_back(std::move(s));
      } while (AcceptSym(","));
    }
    if (AcceptKw("SKIP")) p->skip = ParseExpr();
    if (AcceptKw("LIMIT")) p->limit = ParseExpr();
    if (is_with && AcceptKw("WHERE")) p->where = ParseExpr();
  }

  // -------------------------------------------------------------- patterns
  // Pattern := PatternPart (',' PatternPart)*
  void ParsePatternList(std::vector<Pattern>* out) {
    do {
      out->push_back(ParsePatternPart());
    } while (AcceptSym(","));
  }

  // PatternPart := [Var '='] (shortestPath|allShortestPaths '(' Chain ')' | Chain)
  Pattern ParsePatternPart() {
    DepthGuard g(this);
    Pattern p;
    p.pos = Peek().pos;
    if (IsName() && IsSym("=", 1)) {
      p.path_var = Next().text;
      Next();
    }
    if ((IsKw("shortestPath") || IsKw("allShortestPaths")) && IsSym("(", 1)) {
      p.shortest = IsKw("shortestPath") ? Pattern::Shortest::kShortest : Pattern::Shortest::kAll;
      Next();
      Next();
      ParseChain(&p);
      Expect(")");
    } else {
      ParseChain(&p);
    }
    return p;
  }

  // Chain := NodePattern (RelPattern NodePattern)*
  void ParseChain(Pattern* p) {
    p->nodes.push_back(ParseNodePattern());
    while (IsSym("-") || IsSym("<-")) {
      p->rels.push_back(ParseRelPattern());
      p->nodes.push_back(ParseNodePattern());
    }
  }

  // NodePattern := '(' [Var] (':' Label)* [Properties] ')'
  NodePattern ParseNodePattern() {
    NodePattern n;
    n.pos = Peek().pos;
    Expect("(");
    if (IsName()) n.var = Next().text;
    while (AcceptSym(":")) n.labels.push_back(ExpectName("a label name"));
    if (IsSym("{") || Peek().kind == TokenKind::kParam) n.props = ParsePrimary();
    Expect(")");
    return n;
  }

  // RelPattern := ('<-' | '-') ['[' [Var] [':' Type ('|' [':'] Type)*] ['*' Range] [Properties] ']'] ('->' |
  // '-')
  RelPattern ParseRelPattern() {
    RelPattern r;
    r.pos = Peek().pos;
    bool left = false, right = false;
    if (AcceptSym("<-"))
      left = true;
    else if (IsSym("->")) {
      // "->" directly: a relationship without brackets written "-->" lexes as "-" "->"
      FailExpected("'-' or '<-'");
    } else
      Expect("-");
    if (AcceptSym("[")) {
      if (IsName()) r.var = Next().text;
      if (AcceptSym(":")) {
        r.types.push_back(ExpectName("a relationship type"));
        while (AcceptSym("|")) {
          AcceptSym(":");
          r.types.push_back(ExpectName("a relationship type"));
        }
      }
      if (AcceptSym("*")) {
        r.var_length = true;
        if (Peek().kind == TokenKind::kInteger) r.min_hops = ParseHopCount();
        if (AcceptSym("..")) {
          if (Peek().kind == TokenKind::kInteger) r.max_hops = ParseHopCount();
        } else if (r.min_hops) {
          r.max_hops = r.min_hops;
        }
      }
      if (IsSym("{") || Peek().kind == TokenKind::kParam) r.props = ParsePrimary();
      Expect("]");
    }
    if (AcceptSym("->"))
      right = true;
    else if (IsSym("-"))
      Next();
    else
      FailExpected("'-' or '->'");
    // <--> means either direction, like --.
    r.dir = left == right ? Direction::kBoth : left ? Direction::kIn : Direction::kOut;
    return r;
  }

  int64_t ParseHopCount() {
    const Token& t = Next();
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(t.text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0') Fail(t.pos, fmt::format("invalid hop count '{}'", t.text));
    return v;
  }

  // ----------------------------------------------------------- expressions
  // Expr := OrExpr
  ExprPtr ParseExpr() {
    DepthGuard g(this);
    return ParseOr();
  }

  // Operator chains (1 + 1 + ... + 1) build deep trees without deep
  // parser recursion: bound the tree's height too, so that later stages,
  // which recurse over it, cannot run out of stack.
  void CheckHeight(Expr* e) {
    for (const auto& a : e->args) {
      if (a) e->depth = std::max(e->depth, a->depth + 1);
    }
    if (e->depth > options_.max_nesting * 5) {
      Fail(e->pos,
           fmt::format("expression nested too deeply (more than {} levels)", options_.max_nesting * 5));
    }
  }

  ExprPtr Binary(Op op, ExprPtr l, ExprPtr r, const Pos& pos) {
    auto e = MakeExpr(ExprKind::kBinary, pos);
    e->op = op;
    e->end_offset = r->end_offset;
    e->args.push_back(std::move(l));
    e->args.push_back(std::move(r));
    CheckHeight(e.get());
    return e;
  }

  // OrExpr := XorExpr (OR XorExpr)*
  ExprPtr ParseOr() {
    ExprPtr l = ParseXor();
    while (IsKw("OR")) {
      Pos p = l->pos;
      Next();
      l = Binary(Op::kOr, std::move(l), ParseXor(), p);
    }
    return l;
  }
  // XorExpr := AndExpr (XOR AndExpr)*
  ExprPtr ParseXor() {
    ExprPtr l = ParseAnd();
    while (IsKw("XOR")) {
      Pos p = l->pos;
      Next();
      l = Binary(Op::kXor, std::move(l), ParseAnd(), p);
    }
    return l;
  }
  // AndExpr := NotExpr (AND NotExpr)*
  ExprPtr ParseAnd() {
    ExprPtr l = ParseNot();
    while (IsKw("AND")) {
      Pos p = l->pos;
      Next();
      l = Binary(Op::kAnd, std::move(l), ParseNot(), p);
    }
    return l;
  }
  // NotExpr := NOT* ComparisonExpr
  ExprPtr ParseNot() {
    if (IsKw("NOT")) {
      DepthGuard g(this);
      Pos p = Next().pos;
      auto e = MakeExpr(ExprKind::kUnary, p);
      e->op = Op::kNot;
      e->args.push_back(ParseNot());
      e->end_offset = e->args[0]->end_offset;
      return e;
    }
    return ParseComparison();
  }

  bool PeekComparison(Op* op) const {
    if (Peek().kind != TokenKind::kSymbol) return false;
    const std::string& s = Peek().text;
    if (s == "=")
      *op = Op::kEq;
    else if (s == "<>" || s == "!=")
      *op = Op::kNe;
    else if (s == "<")
      *op = Op::kLt;
    else if (s == "<=")
      *op = Op::kLe;
    else if (s == ">")
      *op = Op::kGt;
    else if (s == ">=")
      *op = Op::kGe;
    else
      return false;
    return true;
  }

  // ComparisonExpr := PredicateExpr (CompOp PredicateExpr)*; a chain
  // a < b < c means a < b AND b < c.
  ExprPtr ParseComparison() {
    ExprPtr l = ParsePredicate();
    Op op;
    if (!PeekComparison(&op)) return l;
    std::vector<ExprPtr> terms;
    std::vector<Op> ops;
    terms.push_back(std::move(l));
    while (PeekComparison(&op)) {
      Next();
      ops.push_back(op);
      terms.push_back(ParsePredicate());
    }
    ExprPtr result, carry;
    for (size_t i = 0; i < ops.size(); ++i) {
      ExprPtr left = i == 0 ? std::move(terms[0]) : std::move(carry);
      if (i + 1 < ops.size()) carry = CloneExpr(*terms[i + 1]);
      Pos p = left->pos;
      ExprPtr cmp = Binary(ops[i], std::move(left), std::move(terms[i + 1]), p);
      if (!result) {
        result = std::move(cmp);
      } else {
        Pos rp = result->pos;
        result = Binary(Op::kAnd, std::move(result), std::move(cmp), rp);
      }
    }
    return result;
  }

  static ExprPtr CloneExpr(const Expr& e) {
    auto c = std::make_unique<Expr>();
    c->kind = e.kind;
    c->pos = e.pos;
    c->end_offset = e.end_offset;
    c->op = e.op;
    c->name = e.name;
    c->value = e.value;
    c->keys = e.keys;
    c->distinct = e.distinct;
    c->has_test = e.has_test;
    c->has_else = e.has_else;
    for (const auto& a : e.args) c->args.push_back(a ? CloneExpr(*a) : nullptr);
    if (e.pattern) c->pattern = ClonePattern(*e.pattern);
    for (const auto& it : e.proj) {
      MapProjItem m{it.kind, it.key, it.value ? CloneExpr(*it.value) : nullptr};
      c->proj.push_back(std::move(m));
    }
    return c;
  }
  static std::unique_ptr<Pattern> ClonePattern(const Pattern& p) {
    auto c = std::make_unique<Pattern>();
    c->pos = p.pos;
    c->path_var = p.path_var;
    c->shortest = p.shortest;
    for (const auto& n : p.nodes) {
      NodePattern m;
      m.pos = n.pos;
      m.var = n.var;
      m.labels = n.labels;
      if (n.props) m.props = CloneExpr(*n.props);
      c->nodes.push_back(std::move(m));
    }
    for (const auto& r : p.rels) {
      RelPattern m;
      m.pos = r.pos;
      m.var = r.var;
      m.types = r.types;
      m.dir = r.dir;
      if (r.props) m.props = CloneExpr(*r.props);
      m.var_length = r.var_length;
      m.min_hops = r.min_hops;
      m.max_hops = r.max_hops;
      c->rels.push_back(std::move(m));
    }
    return c;
  }

  // PredicateExpr := AddExpr (STARTS WITH AddExpr | ENDS WITH AddExpr | CONTAINS AddExpr
  //                          | IN AddExpr | '=~' AddExpr | IS [NOT] NULL)*
  ExprPtr ParsePredicate() {
    ExprPtr l = ParseAdd();
    for (;;) {
      Pos p = l->pos;
      if (IsKw("STARTS") && IsKw("WITH", 1)) {
        Next();
        Next();
        l = Binary(Op::kStartsWith, std::move(l), ParseAdd(), p);
      } else if (IsKw("ENDS") && IsKw("WITH", 1)) {
        Next();
        Next();
        l = Binary(Op::kEndsWith, std::move(l), ParseAdd(), p);
      } else if (IsKw("CONTAINS")) {
        Next();
        l = Binary(Op::kContains, std::move(l), ParseAdd(), p);
      } else if (IsKw("IN")) {
        Next();
        l = Binary(Op::kIn, std::move(l), ParseAdd(), p);
      } else if (IsSym("=~")) {
        Next();
        l = Binary(Op::kRegex, std::move(l), ParseAdd(), p);
      } else if (IsKw("IS")) {
        Next();
        bool neg = AcceptKw("NOT");
        ExpectKw("NULL");
        auto e = MakeExpr(neg ? ExprKind::kIsNotNull : ExprKind::kIsNull, p);
        e->args.push_back(std::move(l));
        Finish(e.get());
        CheckHeight(e.get());
        l = std::move(e);
      } else {
        return l;
      }
    }
  }

  // AddExpr := MulExpr (('+' | '-') MulExpr)*
  ExprPtr ParseAdd() {
    ExprPtr l = ParseMul();
    for (;;) {
      Op op;
      if (IsSym("+"))
        op = Op::kAdd;
      else if (IsSym("-"))
        op = Op::kSub;
      else
        return l;
      Next();
      Pos p = l->pos;
      l = Binary(op, std::move(l), ParseMul(), p);
    }
  }
  // MulExpr := PowExpr (('*' | '/' | '%') PowExpr)*
  ExprPtr ParseMul() {
    ExprPtr l = ParsePow();
    for (;;) {
      Op op;
      if (IsSym("*"))
        op = Op::kMul;
      else if (IsSym("/"))
        op = Op::kDiv;
      else if (IsSym("%"))
        op = Op::kMod;
      else
        return l;
      Next();
      Pos p = l->pos;
      l = Binary(op, std::move(l), ParsePow(), p);
    }
  }
  // PowExpr := UnaryExpr ('^' UnaryExpr)*   (left-associative, as openCypher)
  ExprPtr ParsePow() {
    ExprPtr l = ParseUnary();
    while (IsSym("^")) {
      Next();
      Pos p = l->pos;
      l = Binary(Op::kPow, std::move(l), ParseUnary(), p);
    }
    return l;
  }
  // UnaryExpr := ('+' | '-') UnaryExpr | PostfixExpr
  ExprPtr ParseUnary() {
    if (IsSym("-") || IsSym("+")) {
      DepthGuard g(this);
      bool neg = IsSym("-");
      Pos p = Next().pos;
      if (neg && Peek().kind == TokenKind::kInteger) {
        // -9223372036854775808 is a valid literal only with its sign.
        const Token& t = Peek();
        if (!IsSym(".", 1) && !IsSym("[", 1)) {
          Next();
          auto e = MakeExpr(ExprKind::kLiteral, p);
          e->value = Value(ParseIntegerLiteral(t, true));
          Finish(e.get());
          return e;
        }
      }
      auto e = MakeExpr(ExprKind::kUnary, p);
      e->op = neg ? Op::kNeg : Op::kPos;
      e->args.push_back(ParseUnary());
      e->end_offset = e->args[0]->end_offset;
      return e;
    }
    return ParseAtomWithPostfix(true);
  }

  // PostfixExpr := Atom ('.' PropertyKey | '[' Expr ']' | '[' [Expr] '..' [Expr] ']')* [NodeLabels]
  ExprPtr ParseAtomWithPostfix(bool allow_labels) {
    ExprPtr e = ParsePrimary();
    for (;;) {
      if (IsSym(".")) {
        Next();
        auto p = MakeExpr(ExprKind::kProperty, e->pos);
        p->name = ExpectName("a property key");
        p->args.push_back(std::move(e));
        Finish(p.get());
        CheckHeight(p.get());
        e = std::move(p);
      } else if (IsSym("[")) {
        DepthGuard g(this);
        Next();
        ExprPtr from, to;
        bool slice = false;
        if (!IsSym("..")) from = ParseExpr();
        if (AcceptSym("..")) {
          slice = true;
          if (!IsSym("]")) to = ParseExpr();
        }
        Expect("]");
        auto s = MakeExpr(slice ? ExprKind::kSlice : ExprKind::kSubscript, e->pos);
        s->args.push_back(std::move(e));
        if (slice) {
          s->args.push_back(std::move(from));  // null: absent bound
          s->args.push_back(std::move(to));
        } else {
          if (!from) FailExpected("an index");
          s->args.push_back(std::move(from));
        }
        Finish(s.get());
        CheckHeight(s.get());
        e = std::move(s);
      } else if (allow_labels && IsSym(":") && IsName(1)) {
        auto l = MakeExpr(ExprKind::kHasLabels, e->pos);
        while (IsSym(":") && IsName(1)) {
          Next();
          l->keys.push_back(Next().text);
        }
        l->args.push_back(std::move(e));
        Finish(l.get());
        e = std::move(l);
      } else {
        return e;
      }
    }
  }

  int64_t ParseIntegerLiteral(const Token& t, bool negative) {
    const std::string& s = t.text;
    int base = 10;
    size_t start = 0;
    if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
      base = 16;
      start = 2;
    } else if (s.size() > 1 && s[0] == '0' && s[1] == 'o') {
      base = 8;
      start = 2;
    }
    if (start == s.size()) Fail(t.pos, fmt::format("invalid number literal '{}'", s));
    // Accumulate as unsigned magnitude to detect overflow exactly.
    unsigned __int128 mag = 0;
    for (size_t i = start; i < s.size(); ++i) {
      char c = s[i];
      int d;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (c >= 'a' && c <= 'f')
        d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        d = c - 'A' + 10;
      else
        d = 99;
      if (d >= base) Fail(t.pos, fmt::format("invalid number literal '{}'", s));
      mag = mag * base + d;
      if (mag > (static_cast<unsigned __int128>(1) << 64)) break;
    }
    unsigned __int128 limit =
        static_cast<unsigned __int128>(std::numeric_limits<int64_t>::max()) + (negative ? 1 : 0);
    if (mag > limit) Fail(t.pos, fmt::format("integer literal '{}{}' is too large", negative ? "-" : "", s));
    if (negative) return mag == limit ? std::numeric_limits<int64_t>::min() : -static_cast<int64_t>(mag);
    return static_cast<int64_t>(mag);
  }

  // Atom := Literal | Parameter | CASE .. | count(*) | ListComprehension
  //       | PatternComprehension | Quantifier | reduce(..) | PatternPredicate
  //       | '(' Expr ')' | FunctionCall | Variable [MapProjection]
  ExprPtr ParsePrimary() {
    DepthGuard g(this);
    const Token& t = Peek();
    Pos p = t.pos;
    switch (t.kind) {
      case TokenKind::kInteger: {
        Next();
        auto e = MakeExpr(ExprKind::kLiteral, p);
        e->value = Value(ParseIntegerLiteral(t, false));
        Finish(e.get());
        return e;
      }
      case TokenKind::kFloat: {
        Next();
        errno = 0;
        double d = std::strtod(t.text.c_str(), nullptr);
        if (errno == ERANGE && std::isinf(d)) Fail(p, fmt::format("float literal '{}' is too large", t.text));
        auto e = MakeExpr(ExprKind::kLiteral, p);
        e->value = Value(d);
        Finish(e.get());
        return e;
      }
      case TokenKind::kString: {
        Next();
        auto e = MakeExpr(ExprKind::kLiteral, p);
        e->value = Value(t.text);
        Finish(e.get());
        return e;
      }
      case TokenKind::kParam: {
        Next();
        auto e = MakeExpr(ExprKind::kParam, p);
        e->name = t.text;
        Finish(e.get());
        return e;
      }
      case TokenKind::kSymbol:
        if (t.text == "[") return ParseBracket();
        if (t.text == "{") return ParseMapLiteral();
        if (t.text == "(") return ParseParenOrPattern();
        FailExpected("an expression");
      case TokenKind::kEnd:
        FailExpected("an expression");
      case TokenKind::kQuotedIdent: {
        Next();
        auto e = MakeExpr(ExprKind::kVariable, p);
        e->name = t.text;
        Finish(e.get());
        return MaybeMapProjection(std::move(e));
      }
      case TokenKind::kIdent:
        break;
    }
    // identifiers and keywords
    if (IsKw("true") || IsKw("false")) {
      bool v = IsKw("true");
      Next();
      auto e = MakeExpr(ExprKind::kLiteral, p);
      e->value = Value(v);
      Finish(e.get());
      return e;
    }
    if (IsKw("null")) {
      Next();
      auto e = MakeExpr(ExprKind::kLiteral, p);
      Finish(e.get());
      return e;
    }
    if (IsKw("CASE")) return ParseCase();
    if ((IsKw("shortestPath") || IsKw("allShortestPaths")) && IsSym("(", 1)) {
      auto e = MakeExpr(ExprKind::kShortestPath, p);
      e->pattern = std::make_unique<Pattern>(ParsePatternPart());
      Finish(e.get());
      return e;
    }
    if (IsKw("EXISTS") && IsSym("{", 1)) {
      Next();
      Next();
      auto e = MakeExpr(ExprKind::kExistsPattern, p);
      AcceptKw("MATCH");
      e->pattern = std::make_unique<Pattern>(ParsePatternPart());
      if (AcceptKw("WHERE")) e->args.push_back(ParseExpr());
      Expect("}");
      Finish(e.get());
      return e;
    }
    if (IsSym("(", 1)) {
      std::string lname = Lower(t.text);
      if (lname == "count" && IsSym("*", 2) && IsSym(")", 3)) {
        Next();
        Next();
        Next();
        Next();
        auto e = MakeExpr(ExprKind::kCountStar, p);
        Finish(e.get());
        return e;
      }
      if ((lname == "all" || lname == "any" || lname == "none" || lname == "single") && IsName(2) &&
          IsKw("IN", 3)) {
        Next();
        Next();
        auto e = MakeExpr(ExprKind::kQuantifier, p);
        e->op = lname == "all"    ? Op::kAllOf
                : lname == "any"  ? Op::kAnyOf
                : lname == "none" ? Op::kNoneOf
                                  : Op::kSingleOf;
        e->name = Next().text;
        ExpectKw("IN");
        e->args.push_back(ParseExpr());
        if (AcceptKw("WHERE"))
          e->args.push_back(ParseExpr());
        else
          e->args.push_back(nullptr);
        Expect(")");
        Finish(e.get());
        return e;
      }
      if (lname == "reduce") {
        Next();
        Next();
        auto e = MakeExpr(ExprKind::kReduce, p);
        e->keys.push_back(ExpectName("an accumulator name"));
        Expect("=");
        e->args.push_back(ParseExpr());
        Expect(",");
        e->name = ExpectName("a variable name");
        ExpectKw("IN");
        e->args.push_back(ParseExpr());
        Expect("|");
        e->args.push_back(ParseExpr());
        Expect(")");
        Finish(e.get());
        return e;
      }
      if (lname == "exists") {
        // exists((a)-->(b)) is a pattern predicate; exists(n.prop) a function.
        size_t save = pos_;
        Next();
        Next();
        if (IsSym("(")) {
          if (auto pat = TryPattern()) {
            if (AcceptSym(")")) {
              auto e = MakeExpr(ExprKind::kExistsPattern, p);
              e->pattern = std::move(pat);
              Finish(e.get());
              return e;
            }
          }
        }
        pos_ = save;
      }
      return ParseFunctionCall();
    }
    // namespaced function call: a.b.c(...)
    {
      size_t k = 1;
      while (IsSym(".", k) && IsName(k + 1)) k += 2;
      if (k > 1 && IsSym("(", k)) return ParseFunctionCall();
    }
    Next();
    auto e = MakeExpr(ExprKind::kVariable, p);
    e->name = t.text;
    Finish(e.get());
    return MaybeMapProjection(std::move(e));
  }

  // FunctionCall := Name ('.' Name)* '(' [DISTINCT] [Expr (',' Expr)*] ')'
  ExprPtr ParseFunctionCall() {
    Pos p = Peek().pos;
    auto e = MakeExpr(ExprKind::kFunction, p);
    std::string name = Next().text;
    while (AcceptSym(".")) {
      name.push_back('.');
      name.append(ExpectName("a function name"));
    }
    e->name = std::move(name);
    Expect("(");
    if (AcceptKw("DISTINCT")) e->distinct = true;
    if (!IsSym(")")) {
      do {
        e->args.push_back(ParseExpr());
      } while (AcceptSym(","));
    }
    Expect(")");
    Finish(e.get());
    return e;
  }

  // MapProjection := Variable '{' [MapProjItem (',' MapProjItem)*] '}'
  // MapProjItem := '.' Key | '.*' | Key ':' Expr | Variable
  ExprPtr MaybeMapProjection(ExprPtr var) {
    if (!IsSym("{")) return var;
    Pos p = var->pos;
    Next();
    auto e = MakeExpr(ExprKind::kMapProjection, p);
    e->args.push_back(std::move(var));
    if (!IsSym("}")) {
      do {
        MapProjItem item;
        if (AcceptSym(".")) {
          if (AcceptSym("*")) {
            item.kind = MapProjItem::Kind::kAllProperties;
          } else {
            item.kind = MapProjItem::Kind::kProperty;
            item.key = ExpectName("a property key");
          }
        } else if (IsName() && IsSym(":", 1)) {
          item.kind = MapProjItem::Kind::kLiteral;
          item.key = Next().text;
          Next();
          item.value = ParseExpr();
        } else if (IsName()) {
          item.kind = MapProjItem::Kind::kVariable;
          Pos vp = Peek().pos;
          item.key = Next().text;
          item.value = MakeExpr(ExprKind::kVariable, vp);
          item.value->name = item.key;
          Finish(item.value.get());
        } else {
          FailExpected("a map projection item");
        }
        e->proj.push_back(std::move(item));
      } while (AcceptSym(","));
    }
    Expect("}");
    Finish(e.get());
    return e;
  }

  // CASE [Expr] (WHEN Expr THEN Expr)+ [ELSE Expr] END
  ExprPtr ParseCase() {
    Pos p = Next().pos;
    auto e = MakeExpr(ExprKind::kCase, p);
    if (!IsKw("WHEN")) {
      e->has_test = true;
      e->args.push_back(ParseExpr());
    }
    if (!IsKw("WHEN")) FailExpected("WHEN");
    while (AcceptKw("WHEN")) {
      e->args.push_back(ParseExpr());
      ExpectKw("THEN");
      e->args.push_back(ParseExpr());
    }
    if (AcceptKw("ELSE")) {
      e->has_else = true;
      e->args.push_back(ParseExpr());
    }
    ExpectKw("END");
    Finish(e.get());
    return e;
  }

  // MapLiteral := '{' [Key ':' Expr (',' Key ':' Expr)*] '}'
  ExprPtr ParseMapLiteral() {
    Pos p = Next().pos;
    auto e = MakeExpr(ExprKind::kMap, p);
    if (!IsSym("}")) {
      do {
        std::string key = ExpectName("a map key");
        Expect(":");
        e->keys.push_back(key);
        e->args.push_back(ParseExpr());
      } while (AcceptSym(","));
    }
    Expect("}");
    Finish(e.get());
    return e;
  }

  // Tries to parse a pattern with at least one relationship at the current
  // position; on failure restores the position and returns null.
  std::unique_ptr<Pattern> TryPattern() {
    size_t save = pos_;
    try {
      auto pat = std::make_unique<Pattern>();
      pat->pos = Peek().pos;
      if (IsName() && IsSym("=", 1)) {
        pat->path_var = Next().text;
        Next();
      }
      ParseChain(pat.get());
      if (pat->rels.empty()) {
        pos_ = save;
        return nullptr;
      }
      return pat;
    } catch (const QueryError&) {
      pos_ = save;
      return nullptr;
    }
  }

  // '(' Expr ')' or a pattern predicate (a)-[..]-(b)...
  ExprPtr ParseParenOrPattern() {
    Pos p = Peek().pos;
    if (auto pat = TryPattern()) {
      auto e = MakeExpr(ExprKind::kPatternPred, p);
      e->pattern = std::move(pat);
      Finish(e.get());
      return e;
    }
    Next();
    ExprPtr inner = ParseExpr();
    Expect(")");
    // Keep the parenthesised text for column names.
    inner->pos.offset = p.offset;
    Finish(inner.get());
    return inner;
  }

  // '[' ... ']': list comprehension, pattern comprehension or list literal.
  // ListComprehension := '[' Var IN Expr [WHERE Expr] ['|' Expr] ']'
  // PatternComprehension := '[' [Var '='] Chain [WHERE Expr] '|' Expr ']'
  ExprPtr ParseBracket() {
    Pos p = Peek().pos;
    if (IsName(1) && IsKw("IN", 2)) {
      Next();
      auto e = MakeExpr(ExprKind::kListComp, p);
      e->name = Next().text;
      Next();  // IN
      e->args.push_back(ParseExpr());
      e->args.push_back(AcceptKw("WHERE") ? ParseExpr() : nullptr);
      e->args.push_back(AcceptSym("|") ? ParseExpr() : nullptr);
      Expect("]");
      Finish(e.get());
      return e;
    }
    if (IsSym("(", 1) || (IsName(1) && IsSym("=", 2))) {
      size_t save = pos_;
      Next();
      if (auto pat = TryPattern()) {
        auto e = MakeExpr(ExprKind::kPatternComp, p);
        e->pattern = std::move(pat);
        e->args.push_back(AcceptKw("WHERE") ? ParseExpr() : nullptr);
        Expect("|");
        e->args.push_back(ParseExpr());
        Expect("]");
        Finish(e.get());
        return e;
      }
      pos_ = save;
    }
    Next();
    auto e = MakeExpr(ExprKind::kList, p);
    if (!IsSym("]")) {
      do {
        e->args.push_back(ParseExpr());
      } while (AcceptSym(","));
    }
    Expect("]");
    Finish(e.get());
    return e;
  }

  std::string_view text_;
  ParseOptions options_;
  std::vector<Token> toks_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

const char* ast::OpName(Op op) {
  switch (op) {
    case Op::kNone:
      return "";
    case Op::kAnd:
      return "AND";
    case Op::kOr:
      return "OR";
    case Op::kXor:
      return "XOR";
    case Op::kNot:
      return "NOT";
    case Op::kEq:
      return "=";
    case Op::kNe:
      return "<>";
    case Op::kLt:
      return "<";
    case Op::kLe:
      return "<=";
    case Op::kGt:
      return ">";
    case Op::kGe:
      return ">=";
    case Op::kAdd:
      return "+";
    case Op::kSub:
      return "-";
    case Op::kMul:
      return "*";
    case Op::kDiv:
      return "/";
    case Op::kMod:
      return "%";
    case Op::kPow:
      return "^";
    case Op::kNeg:
      return "-";
    case Op::kPos:
      return "+";
    case Op::kIn:
      return "IN";
    case Op::kStartsWith:
      return "STARTS WITH";
    case Op::kEndsWith:
      return "ENDS WITH";
    case Op::kContains:
      return "CONTAINS";
    case Op::kRegex:
      return "=~";
    case Op::kAllOf:
      return "all";
    case Op::kAnyOf:
      return "any";
    case Op::kNoneOf:
      return "none";
    case Op::kSingleOf:
      return "single";
  }
  return "?";
}

std::vector<Statement> Parse(std::string_view text, const ParseOptions& options) {
  return Parser(text, options).ParseAll();
}

ExprPtr ParseExpression(std::string_view text, const ParseOptions& options) {
  return Parser(text, options).ParseOnlyExpression();
}

}  // namespace kg::query
