#include "ingest/extractor.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <exception>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {
namespace {

constexpr size_t kMaxExternalOutput = size_t{64} << 20;
constexpr int kExternalTimeoutSeconds = 300;

// The built-in stages but BuildExtraction over `doc`, which Analyze has
// filled from a.text.
void RunStages(const Article& a, Document& doc) {
  doc.has_date = !a.date.empty() && ParseIsoDate(a.date, &doc.date);
  FindMentions(&doc);
  Resolve(&doc);
  FindAffiliations(&doc);
  FindStatements(&doc);
  FindMeetings(&doc);
  FindDocuments(&doc);
}

// The built-in stages over `doc`, which Analyze has filled from a.text.
void RunBuiltin(const Article& a, Document& doc, Extraction* out) {
  RunStages(a, doc);
  BuildExtraction(doc, out);
}

// Runs `command` through /bin/sh with `input` on its standard input; its
// standard output is returned, its standard error passes through.
Result<std::string> RunCommand(const std::string& command, const std::string& input) {
  int in_pipe[2], out_pipe[2];
  if (pipe(in_pipe) != 0) return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  if (pipe(out_pipe) != 0) {
    close(in_pipe[0]);
    close(in_pipe[1]);
    return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  }
  pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1]}) close(fd);
    return Status::IOError(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1]}) close(fd);
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  int wfd = in_pipe[1], rfd = out_pipe[0];
  fcntl(wfd, F_SETFL, fcntl(wfd, F_GETFL) | O_NONBLOCK);
  // A child that exits without reading must not kill us with SIGPIPE.
  struct sigaction ignore {}, old {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  std::string output;
  size_t written = 0;
  bool too_big = false, timed_out = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kExternalTimeoutSeconds);
  char buf[65536];
  while (rfd >= 0) {
    pollfd fds[2];
    int n = 0;
    fds[n++] = {rfd, POLLIN, 0};
    if (wfd >= 0) fds[n++] = {wfd, POLLOUT, 0};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    if (poll(fds, static_cast<nfds_t>(n), static_cast<int>(std::min<long long>(left, 1000))) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (wfd >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t w = write(wfd, input.data() + written, input.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if (w < 0 && errno != EAGAIN) written = input.size();
      if (written >= input.size()) {
        close(wfd);
        wfd = -1;
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t r = read(rfd, buf, sizeof buf);
      if (r > 0) {
        output.append(buf, static_cast<size_t>(r));
        if (output.size() > kMaxExternalOutput) {
          too_big = true;
          break;
        }
      } else if (r == 0 || errno != EINTR) {
        close(rfd);
        rfd = -1;
      }
    }
  }
  if (wfd >= 0) close(wfd);
  if (rfd >= 0) close(rfd);
  if (timed_out || too_big) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  sigaction(SIGPIPE, &old, nullptr);
  if (timed_out) return Status::Error(ErrorKind::kTimeout, fmt::format("no answer within {} s", kExternalTimeoutSeconds));
  if (too_big) return Status::Error(ErrorKind::kLimitExceeded, "output over 64 MiB");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Status::InputError(WIFEXITED(status) ? fmt::format("exit status {}", WEXITSTATUS(status))
                                                : fmt::format("killed by signal {}", WTERMSIG(status)));
  return output;
}

std::string NameOf(const ExtractedNode& n) {
  for (const char* key : {"name", "text"})
    for (const auto& [k, v] : n.properties)
      if (k == key && v.is_string()) return FoldKey(v.as_string());
  return "";
}

// Adds `ext` to `out`: nodes with the same label and name (or statement
// text) become one, other nodes get fresh ids; duplicate edges are dropped.
void Merge(Extraction ext, Extraction* out) {
  std::unordered_map<std::string, std::string> by_key;  // label|name -> id
  for (const auto& n : out->nodes) by_key.emplace(n.label + "|" + NameOf(n), n.id);
  std::unordered_map<std::string, std::string> remap{{"article", "article"}};
  size_t next = out->nodes.size() + 1;
  for (auto& n : ext.nodes) {
    std::string name = NameOf(n);
    auto it = name.empty() ? by_key.end() : by_key.find(n.label + "|" + name);
    if (it != by_key.end()) {
      remap[n.id] = it->second;
      continue;
    }
    std::string id;
    do id = fmt::format("n{}", next++);
    while (std::any_of(out->nodes.begin(), out->nodes.end(), [&](const ExtractedNode& x) { return x.id == id; }));
    remap[n.id] = id;
    n.id = id;
    if (!name.empty()) by_key.emplace(n.label + "|" + name, id);
    out->nodes.push_back(std::move(n));
  }
  std::unordered_set<std::string> seen;
  for (const auto& e : out->edges) seen.insert(e.type + "|" + e.from + "|" + e.to);
  for (auto& e : ext.edges) {
    auto f = remap.find(e.from), t = remap.find(e.to);
    if (f == remap.end() || t == remap.end()) continue;
    e.from = f->second;
    e.to = t->second;
    if (!seen.insert(e.type + "|" + e.from + "|" + e.to).second) continue;
    out->edges.push_back(std::move(e));
  }
  for (auto& w : ext.warnings) out->warnings.push_back(std::move(w));
}

void RunExternal(const std::string& command, const Article& a, Extraction* out) {
  nlohmann::json in = {{"id", a.id},     {"path", a.path},     {"title", a.title}, {"date", a.date},
                       {"lang", a.lang}, {"source", a.source}, {"text", a.text}};
  auto result = RunCommand(command, in.dump());
  if (!result.ok()) {
    out->warnings.push_back(fmt::format("external extractor '{}': {}", command, result.status().message()));
    return;
  }
  nlohmann::json j = nlohmann::json::parse(*result, nullptr, false);
  if (j.is_discarded()) {
    out->warnings.push_back(fmt::format("external extractor '{}': output is not JSON", command));
    return;
  }
  auto ext = FromJson(j);
  if (!ext.ok()) {
    out->warnings.push_back(fmt::format("external extractor '{}': {}", command, ext.status().message()));
    return;
  }
  Merge(std::move(ext).value(), out);
}

// The token, sentence and token-to-mention vectors of the thread's last
// document, lent to the next one so that their storage is reused across
// articles (Analyze and Resolve clear or assign them before use). Given
// back on destruction; storage grown past kMaxKeptTokens is released.
class ReusedVectors {
 public:
  explicit ReusedVectors(Document* doc) : doc_(doc) {
    Pool& pool = GetPool();
    doc_->tokens.swap(pool.tokens);
    doc_->sentences.swap(pool.sentences);
    doc_->mention_of_token.swap(pool.mention_of_token);
  }
  ~ReusedVectors() {
    if (doc_->tokens.capacity() > kMaxKeptTokens) return;
    Pool& pool = GetPool();
    pool.tokens.swap(doc_->tokens);
    pool.sentences.swap(doc_->sentences);
    pool.mention_of_token.swap(doc_->mention_of_token);
  }
  ReusedVectors(const ReusedVectors&) = delete;
  ReusedVectors& operator=(const ReusedVectors&) = delete;

 private:
  static constexpr size_t kMaxKeptTokens = size_t{1} << 18;
  struct Pool {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<int> mention_of_token;
  };
  static Pool& GetPool() {
    thread_local Pool pool;
    return pool;
  }
  Document* doc_;
};

}  // namespace

Extraction Extract(const Article& article, const ExtractOptions& options) { return Extract(Article(article), options); }

Extraction Extract(Article&& article, const ExtractOptions& options) {
  Extraction out;
  out.article = std::move(article);
  try {
    // Analyze with the language detected gives the document Analyze with
    // that language given would: the article is analysed once.
    Document doc;
    ReusedVectors reused(&doc);
    bool analyzed = false;
    if (out.article.lang.empty()) {
      Analyze(out.article.text, "", &doc);
      out.article.lang = doc.lang;
      analyzed = true;
    }
    const std::string& lang = out.article.lang;
    if (lang != "fr" && lang != "en") {
      out.warnings.push_back(fmt::format("language '{}' is not supported: no facts extracted", lang));
      return out;
    }
    if (options.builtin) {
      if (!analyzed) Analyze(out.article.text, lang, &doc);
      RunBuiltin(out.article, doc, &out);
    }
    if (!options.external_command.empty()) RunExternal(options.external_command, out.article, &out);
  } catch (const std::exception& e) {
    out.nodes.clear();
    out.edges.clear();
    out.warnings.push_back(std::string("extraction failed: ") + e.what());
  }
  return out;
}

void ExtractJsonText(Article&& article, const ExtractOptions& options, int indent, std::string* out,
                     std::vector<std::string>* warnings) {
  auto through_extraction = [&](Extraction e) {
    AppendJsonText(e, indent, out);
    for (auto& w : e.warnings) warnings->push_back(std::move(w));
  };
  if (!options.builtin || !options.external_command.empty()) {
    through_extraction(Extract(std::move(article), options));
    return;
  }
  // Extract's steps, the extraction written by AppendExtractionJson.
  Extraction e;
  e.article = std::move(article);
  const size_t mark = out->size();
  try {
    Document doc;
    ReusedVectors reused(&doc);
    bool analyzed = false;
    if (e.article.lang.empty()) {
      Analyze(e.article.text, "", &doc);
      e.article.lang = doc.lang;
      analyzed = true;
    }
    const std::string& lang = e.article.lang;
    if (lang != "fr" && lang != "en") {
      e.warnings.push_back(fmt::format("language '{}' is not supported: no facts extracted", lang));
      through_extraction(std::move(e));
      return;
    }
    if (!analyzed) Analyze(e.article.text, lang, &doc);
    RunStages(e.article, doc);
    AppendExtractionJson(doc, e.article, indent, out);
  } catch (const std::exception& ex) {
    out->resize(mark);
    e.warnings.push_back(std::string("extraction failed: ") + ex.what());
    through_extraction(std::move(e));
  }
}

}  // namespace kg::ingest
