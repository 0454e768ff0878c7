// `kg shell --db DIR [--read-only]`: an interactive openCypher shell.
//
// Statements may span lines and end with ';' (outside strings, quoted names
// and comments); several may share a line. Lines starting with ':' (between
// statements) are shell commands: :help, :timing, :params, :param, :quit.
// On a terminal, input is edited with libedit and kept in ~/.kg_history;
// otherwise statements are read from standard input without a prompt, the
// text left at end of input runs as a last statement, and the exit code is
// 1 when any statement or command failed.
#include <editline/readline.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "graph/graph.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {
namespace {

// Splits input text into statements at ';' outside string literals,
// back-quoted names and comments. Text is fed line by line; the scan state
// carries over lines.
class StatementSplitter {
 public:
  void Feed(const std::string& line) {
    buffer_ += line;
    buffer_ += '\n';
    Scan();
  }

  // The next complete statement (without its ';'), if any.
  bool Next(std::string* statement) {
    if (ready_.empty()) return false;
    *statement = std::move(ready_.front());
    ready_.pop_front();
    return true;
  }

  // Text of an unfinished statement (only blanks or comments: empty).
  std::string Pending() const { return HasText(buffer_) ? TrimBlank(buffer_) : std::string(); }
  bool InStatement() const { return !buffer_.empty() && (HasText(buffer_) || state_ != State::kCode); }
  size_t PendingBytes() const { return buffer_.size(); }
  void Clear() {
    buffer_.clear();
    pos_ = 0;
    state_ = State::kCode;
  }

 private:
  enum class State { kCode, kSingle, kDouble, kBacktick, kLineComment, kBlockComment };

  // `s` without leading and trailing blank characters (so that error
  // positions count from the statement's first line).
  static std::string TrimBlank(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  }

  // True when `s` holds something other than blanks and comments.
  static bool HasText(const std::string& s) {
    State st = State::kCode;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      char n = i + 1 < s.size() ? s[i + 1] : '\0';
      if (st == State::kLineComment) {
        if (c == '\n') st = State::kCode;
      } else if (st == State::kBlockComment) {
        if (c == '*' && n == '/') st = State::kCode, ++i;
      } else if (c == '/' && n == '/') {
        st = State::kLineComment, ++i;
      } else if (c == '/' && n == '*') {
        st = State::kBlockComment, ++i;
      } else if (!std::isspace(static_cast<unsigned char>(c)) && c != ';') {
        return true;
      }
    }
    return false;
  }

  void Scan() {
    for (; pos_ < buffer_.size(); ++pos_) {
      char c = buffer_[pos_];
      char n = pos_ + 1 < buffer_.size() ? buffer_[pos_ + 1] : '\0';
      switch (state_) {
        case State::kCode:
          if (c == '\'') {
            state_ = State::kSingle;
          } else if (c == '"') {
            state_ = State::kDouble;
          } else if (c == '`') {
            state_ = State::kBacktick;
          } else if (c == '/' && n == '/') {
            state_ = State::kLineComment, ++pos_;
          } else if (c == '/' && n == '*') {
            state_ = State::kBlockComment, ++pos_;
          } else if (c == ';') {
            std::string statement = TrimBlank(buffer_.substr(0, pos_));
            buffer_.erase(0, pos_ + 1);
            pos_ = static_cast<size_t>(-1);  // the loop's ++ brings it to 0
            if (HasText(statement)) ready_.push_back(std::move(statement));
          }
          break;
        case State::kSingle:
        case State::kDouble:
          if (c == '\\') {
            ++pos_;  // skip the escaped character
          } else if (c == (state_ == State::kSingle ? '\'' : '"')) {
            state_ = State::kCode;
          }
          break;
        case State::kBacktick:
          if (c == '`') state_ = State::kCode;  // `` inside a name reopens at once
          break;
        case State::kLineComment:
          if (c == '\n') state_ = State::kCode;
          break;
        case State::kBlockComment:
          if (c == '*' && n == '/') state_ = State::kCode, ++pos_;
          break;
      }
    }
  }

  std::string buffer_;
  size_t pos_ = 0;
  State state_ = State::kCode;
  std::deque<std::string> ready_;
};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

const char kHelp[] =
    "Statements end with ';' and may span several lines.\n"
    "Commands:\n"
    "  :help               this text\n"
    "  :timing             toggle printing each statement's time\n"
    "  :params             show the parameters\n"
    "  :params clear       remove every parameter\n"
    "  :param NAME JSON    set parameter $NAME to a JSON value, e.g. :param name \"Peskov\"\n"
    "  :param NAME         remove parameter $NAME\n"
    "  :quit               leave (also Ctrl-D)\n";

// Reads a line from `f` into *line (without "\n" or "\r\n"), keeping at
// most `limit` bytes: a longer line is consumed whole and sets *too_long.
// False at end of input.
bool ReadBoundedLine(std::FILE* f, size_t limit, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  int c = std::getc(f);
  if (c == EOF) return false;
  for (; c != EOF && c != '\n'; c = std::getc(f)) {
    if (*too_long) continue;
    if (line->size() >= limit) {
      *too_long = true;
      std::string().swap(*line);
      continue;
    }
    line->push_back(static_cast<char>(c));
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

class Shell {
 public:
  Shell(graph::Graph* graph, bool interactive) : graph_(graph), interactive_(interactive) {
    options_.read_only = graph->read_only();
  }

  // Runs until :quit or end of input. Returns the exit code: 1 when not
  // interactive and a statement or command failed, else 0.
  int Run() {
    if (interactive_) {
      std::printf("kg shell on %s%s. Statements end with ';'; :help for commands.\n", graph_->path().c_str(),
                  graph_->read_only() ? " (read-only)" : "");
      OpenHistory();
    }
    std::string line;
    while (!quit_ && ReadLine(&line)) {
      if (!splitter_.InStatement() && IsCommand(line)) {
        RunCommand(line);
        continue;
      }
      splitter_.Feed(line);
      if (interactive_ && !line.empty()) history_entry_ += (history_entry_.empty() ? "" : " ") + line;
      std::string statement;
      while (!quit_ && splitter_.Next(&statement)) RunStatement(statement);
      if (!splitter_.InStatement()) FlushHistory();
      if (splitter_.PendingBytes() > options_.max_query_bytes) {
        Report(Status::InputError(fmt::format("statement longer than {} bytes without ';'; discarded",
                                              options_.max_query_bytes)));
        splitter_.Clear();
      }
    }
    if (!quit_) {
      // End of input: an unfinished statement still runs.
      std::string rest = splitter_.Pending();
      if (!rest.empty()) RunStatement(rest);
    }
    if (interactive_) std::printf("\n");
    return failed_ && !interactive_ ? 1 : 0;
  }

 private:
  // Reads one line without its end of line. Lines longer than the longest
  // query are skipped with an error rather than held in memory.
  bool ReadLine(std::string* line) {
    if (!interactive_) {
      while (true) {
        bool too_long = false;
        if (!ReadBoundedLine(stdin, options_.max_query_bytes, line, &too_long)) return false;
        if (!too_long) return true;
        Report(Status::InputError(fmt::format("input line longer than {} bytes; skipped", options_.max_query_bytes)));
        splitter_.Clear();
      }
    }
    char* text = readline(splitter_.InStatement() ? "  -> " : "kg> ");
    if (text == nullptr) return false;
    *line = text;
    std::free(text);
    return true;
  }

  static bool IsCommand(const std::string& line) {
    size_t i = line.find_first_not_of(" \t");
    return i != std::string::npos && line[i] == ':';
  }

  void OpenHistory() {
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0') return;
    history_path_ = std::string(home) + "/.kg_history";
    using_history();
    stifle_history(1000);
    read_history(history_path_.c_str());
  }

  void AddHistory(const std::string& entry) {
    if (!interactive_ || entry.empty()) return;
    add_history(entry.c_str());
    if (!history_path_.empty()) write_history(history_path_.c_str());
  }

  void FlushHistory() {
    AddHistory(history_entry_);
    history_entry_.clear();
  }

  void Report(const Status& s) {
    std::fflush(stdout);
    std::fprintf(stderr, "error: %s\n", s.ToString().c_str());
    std::fflush(stderr);
    failed_ = true;
  }

  void RunStatement(const std::string& text) {
    auto start = std::chrono::steady_clock::now();
    Result<query::QueryResult> r = query::Run(*graph_, text, params_, options_);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!r.ok()) {
      Report(r.status());
    } else {
      std::fputs(query::FormatResult(*r, query::OutputFormat::kTable).c_str(), stdout);
    }
    if (timing_) std::printf("(%.1f ms)\n", ms);
    std::fflush(stdout);
  }

  void RunCommand(const std::string& line) {
    AddHistory(line);
    std::string text = Trim(line.substr(line.find(':') + 1));
    size_t sp = text.find_first_of(" \t");
    std::string cmd = text.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : Trim(text.substr(sp));
    if (cmd == "quit" || cmd == "exit" || cmd == "q") {
      quit_ = true;
    } else if (cmd == "help") {
      std::fputs(kHelp, stdout);
    } else if (cmd == "timing") {
      timing_ = !timing_;
      std::printf("Timing is %s.\n", timing_ ? "on" : "off");
    } else if (cmd == "params" && rest.empty()) {
      if (params_.empty()) std::printf("No parameters.\n");
      for (const auto& [name, value] : params_) {
        std::string json;
        query::AppendJson(value, &json);
        std::printf("$%s = %s\n", name.c_str(), json.c_str());
      }
    } else if (cmd == "params" && rest == "clear") {
      params_.clear();
    } else if (cmd == "param") {
      SetParam(rest);
    } else {
      Report(Status::UsageError(fmt::format("unknown command ':{}' (:help lists the commands)", cmd)));
    }
    std::fflush(stdout);
  }

  // "NAME JSON", "NAME => JSON" or "NAME" (removes the parameter).
  void SetParam(const std::string& text) {
    size_t sp = text.find_first_of(" \t");
    std::string name = text.substr(0, sp);
    if (!name.empty() && name[0] == '$') name.erase(0, 1);
    if (name.empty()) {
      Report(Status::UsageError("usage: :param NAME JSON"));
      return;
    }
    std::string json = sp == std::string::npos ? "" : Trim(text.substr(sp));
    if (json.starts_with("=>")) json = Trim(json.substr(2));
    auto it = std::find_if(params_.begin(), params_.end(), [&](const auto& p) { return p.first == name; });
    if (json.empty()) {
      if (it == params_.end()) {
        Report(Status::UsageError(fmt::format("no parameter ${} to remove", name)));
      } else {
        params_.erase(it);
      }
      return;
    }
    Result<Value> v = query::ParseJsonValue(json);
    if (!v.ok()) {
      Report(Status::InputError(fmt::format("parameter ${}: {}", name, v.status().message())));
      return;
    }
    if (it != params_.end()) {
      it->second = std::move(v.value());
    } else {
      params_.emplace_back(name, std::move(v.value()));
    }
  }

  graph::Graph* graph_;
  bool interactive_;
  query::QueryOptions options_;
  ValueMap params_;
  StatementSplitter splitter_;
  bool timing_ = false;
  bool quit_ = false;
  bool failed_ = false;
  std::string history_path_;
  std::string history_entry_;
};

}  // namespace

int RunShell(int argc, char** argv) {
  ArgSpec spec;
  spec.flags = {"read-only"};
  spec.single = {"db"};
  Result<Args> args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  if (!args->positional.empty())
    return Fail(Status::UsageError(fmt::format("unexpected argument '{}'", args->positional[0])));
  std::optional<std::string> db = args->Get("db");
  if (!db) return Fail(Status::UsageError("--db DIR is required"));
  graph::OpenOptions open;
  open.read_only = args->Flag("read-only");
  open.create_if_missing = !open.read_only;
  Result<std::unique_ptr<graph::Graph>> graph = graph::Graph::Open(*db, open);
  if (!graph.ok()) return Fail(graph.status());
  Shell shell(graph->get(), isatty(STDIN_FILENO) != 0);
  return shell.Run();
}

}  // namespace kg::cli
