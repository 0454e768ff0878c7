// The openCypher lexer (see lexer.h).
#include "query/lexer.h"

#include "common/utf8.h"

#include <fmt/format.h>

#include <cctype>

#include "query/value_ops.h"

namespace kg::query {
namespace {

bool IsIdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IsIdentPart(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    for (;;) {
      SkipSpaceAndComments();
      Token t;
      t.pos = Here();
      if (i_ >= text_.size()) {
        t.kind = TokenKind::kEnd;
        t.end = i_;
        out.push_back(std::move(t));
        return out;
      }
      unsigned char c = text_[i_];
      if (IsIdentStart(c)) {
        size_t b = i_;
        while (i_ < text_.size() && IsIdentPart(text_[i_])) Advance();
        t.kind = TokenKind::kIdent;
        t.text = std::string(text_.substr(b, i_ - b));
      } else if (std::isdigit(c) ||
                 (c == '.' && i_ + 1 < text_.size() &&
                  std::isdigit(static_cast<unsigned char>(text_[i_ + 1])) && !PrevIsValueEnd(out, i_))) {
        LexNumber(&t);
      } else if (c == '\'' || c == '"') {
        LexString(&t);
      } else if (c == '`') {
        Advance();
        t.kind = TokenKind::kQuotedIdent;
        for (;;) {
          if (i_ >= text_.size()) Fail(t.pos, "unterminated quoted name");
          if (text_[i_] == '`') {
            if (i_ + 1 < text_.size() && text_[i_ + 1] == '`') {
              t.text.push_back('`');
              Advance();
              Advance();
              continue;
            }
            Advance();
            break;
          }
          t.text.push_back(text_[i_]);
          Advance();
        }
      } else if (c == '$') {
        Advance();
        t.kind = TokenKind::kParam;
        if (i_ < text_.size() && text_[i_] == '`') {
          Advance();
          while (i_ < text_.size() && text_[i_] != '`') {
            t.text.push_back(text_[i_]);
            Advance();
          }
          if (i_ >= text_.size()) Fail(t.pos, "unterminated quoted parameter name");
          Advance();
        } else {
          size_t b = i_;
          while (i_ < text_.size() && IsIdentPart(text_[i_])) Advance();
          if (b == i_) Fail(t.pos, "expected a parameter name after '$'");
          t.text = std::string(text_.substr(b, i_ - b));
        }
      } else {
        LexSymbol(&t);
      }
      t.end = i_;
      out.push_back(std::move(t));
    }
  }

 private:
  [[noreturn]] void Fail(const ast::Pos& p, const std::string& msg) {
    throw QueryError(ErrorKind::kSyntaxError, msg, p.line, p.column);
  }

  ast::Pos Here() const { return ast::Pos{i_, line_, static_cast<int>(i_ - line_start_) + 1}; }

  void Advance() {
    if (text_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }

  // True when the previous token ends a value right before `here`, so that
  // '.' is property access rather than the start of a float like ".5".
  static bool PrevIsValueEnd(const std::vector<Token>& out, size_t here) {
    if (out.empty()) return false;
    const Token& t = out.back();
    if (t.end != here) return false;  // "RETURN .5": whitespace before the dot
    if (t.kind == TokenKind::kIdent || t.kind == TokenKind::kQuotedIdent) return true;
    if (t.kind == TokenKind::kSymbol && (t.text == ")" || t.text == "]" || t.text == "}")) return true;
    return false;
  }

  void SkipSpaceAndComments() {
    while (i_ < text_.size()) {
      unsigned char c = text_[i_];
      if (std::isspace(c)) {
        Advance();
      } else if (c == '/' && i_ + 1 < text_.size() && text_[i_ + 1] == '/') {
        while (i_ < text_.size() && text_[i_] != '\n') Advance();
      } else if (c == '/' && i_ + 1 < text_.size() && text_[i_ + 1] == '*') {
        ast::Pos p = Here();
        Advance();
        Advance();
        for (;;) {
          if (i_ + 1 >= text_.size()) Fail(p, "unterminated comment");
          if (text_[i_] == '*' && text_[i_ + 1] == '/') {
            Advance();
            Advance();
            break;
          }
          Advance();
        }
      } else {
        return;
      }
    }
  }

  void LexNumber(Token* t) {
    size_t b = i_;
    bool is_float = false;
    if (text_[i_] == '0' && i_ + 1 < text_.size() && (text_[i_ + 1] == 'x' || text_[i_ + 1] == 'X')) {
      Advance();
      Advance();
      while (i_ < text_.size() && IsIdentPart(text_[i_])) Advance();
    } else if (text_[i_] == '0' && i_ + 1 < text_.size() && text_[i_ + 1] == 'o') {
      Advance();
      Advance();
      while (i_ < text_.size() && IsIdentPart(text_[i_])) Advance();
    } else {
      while (i_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[i_]))) Advance();
      if (i_ + 1 < text_.size() && text_[i_] == '.' &&
          std::isdigit(static_cast<unsigned char>(text_[i_ + 1]))) {
        is_float = true;
        Advance();
        while (i_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[i_]))) Advance();
      }
      if (i_ < text_.size() && (text_[i_] == 'e' || text_[i_] == 'E')) {
        size_t save = i_;
        size_t j = i_ + 1;
        if (j < text_.size() && (text_[j] == '+' || text_[j] == '-')) ++j;
        if (j < text_.size() && std::isdigit(static_cast<unsigned char>(text_[j]))) {
          is_float = true;
          while (i_ < j) Advance();
          while (i_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[i_]))) Advance();
        } else {
          i_ = save;
        }
      }
      // A letter glued to a number ("1a", "9e") is not a number.
      if (i_ < text_.size() && IsIdentStart(static_cast<unsigned char>(text_[i_]))) {
        while (i_ < text_.size() && IsIdentPart(text_[i_])) Advance();
        Fail(t->pos, fmt::format("invalid number literal '{}'", text_.substr(b, i_ - b)));
      }
    }
    t->kind = is_float ? TokenKind::kFloat : TokenKind::kInteger;
    t->text = std::string(text_.substr(b, i_ - b));
  }

  void LexString(Token* t) {
    char quote = text_[i_];
    Advance();
    t->kind = TokenKind::kString;
    for (;;) {
      if (i_ >= text_.size()) Fail(t->pos, "unterminated string literal");
      char c = text_[i_];
      if (c == quote) {
        Advance();
        return;
      }
      if (c != '\\') {
        t->text.push_back(c);
        Advance();
        continue;
      }
      ast::Pos esc = Here();
      Advance();
      if (i_ >= text_.size()) Fail(t->pos, "unterminated string literal");
      char e = text_[i_];
      Advance();
      switch (e) {
        case '\\':
          t->text.push_back('\\');
          break;
        case '\'':
          t->text.push_back('\'');
          break;
        case '"':
          t->text.push_back('"');
          break;
        case 'b':
        case 'B':
          t->text.push_back('\b');
          break;
        case 'f':
        case 'F':
          t->text.push_back('\f');
          break;
        case 'n':
        case 'N':
          t->text.push_back('\n');
          break;
        case 'r':
        case 'R':
          t->text.push_back('\r');
          break;
        case 't':
        case 'T':
          t->text.push_back('\t');
          break;
        case 'u':
        case 'U': {
          int n = e == 'u' ? 4 : 8;
          uint32_t cp = 0;
          for (int k = 0; k < n; ++k) {
            if (i_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[i_])))
              Fail(esc, "invalid unicode escape: expected " + std::to_string(n) + " hex digits");
            char h = text_[i_];
            cp = cp * 16 +
                 (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
            Advance();
          }
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            Fail(esc, "invalid unicode character in escape");
          AppendUtf8(cp, &t->text);
          break;
        }
        default:
          Fail(esc, fmt::format("invalid escape sequence '\\{}'", e));
      }
    }
  }

  void LexSymbol(Token* t) {
    static constexpr std::string_view kMulti[] = {"..", "<>", "<=", ">=", "=~", "+=", "->", "<-", "!="};
    t->kind = TokenKind::kSymbol;
    for (std::string_view m : kMulti) {
      if (text_.substr(i_, 2) == m) {
        t->text = std::string(text_.substr(i_, 2));
        Advance();
        Advance();
        return;
      }
    }
    char c = text_[i_];
    static const std::string_view kSingle = "()[]{},.:|;+-*/%^=<>";
    if (kSingle.find(c) == std::string_view::npos) {
      std::string shown;
      unsigned char uc = c;
      if (uc < 0x20 || uc >= 0x7f)
        shown = fmt::format("\\x{:02x}", uc);
      else
        shown = std::string(1, c);
      Fail(Here(), fmt::format("unexpected character '{}'", shown));
    }
    t->text = std::string(text_.substr(i_, 1));
    Advance();
  }

  std::string_view text_;
  size_t i_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
};

}  // namespace

std::vector<Token> Lex(std::string_view text) { return Lexer(text).Run(); }

}  // namespace kg::query
