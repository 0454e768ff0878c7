#include "ingest/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <fmt/format.h>
#include <gumbo.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

#include "common/value.h"
#include "ingest/text.h"

namespace kg::ingest {
namespace fs = std::filesystem;
namespace {

// Larger inputs are refused rather than processed: an article is news text,
// and the extractor's memory grows with the article's size.
constexpr size_t kMaxArticleBytes = size_t{8} << 20;
// Larger .json files are refused (a .jsonl file is streamed line by line).
constexpr size_t kMaxJsonFileBytes = size_t{256} << 20;

enum class Format { kText, kMarkdown, kHtml, kJson, kJsonl };

bool FormatOf(const fs::path& p, Format* f) {
  std::string ext = LowerKey(p.extension().string());
  if (ext == ".txt") *f = Format::kText;
  else if (ext == ".md" || ext == ".markdown") *f = Format::kMarkdown;
  else if (ext == ".html" || ext == ".htm") *f = Format::kHtml;
  else if (ext == ".json") *f = Format::kJson;
  else if (ext == ".jsonl" || ext == ".ndjson") *f = Format::kJsonl;
  else return false;
  return true;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

// "2025-12-23" or "2025-12-23T10:00:00Z" -> "2025-12-23"; anything else -> "".
std::string NormaliseDate(const std::string& s) {
  std::string t = Trim(s);
  if (t.size() >= 10) {
    Date d;
    if (ParseIsoDate(t.substr(0, 10), &d) && (t.size() == 10 || t[10] == 'T' || t[10] == ' '))
      return t.substr(0, 10);
  }
  return "";
}

std::string NormaliseLang(const std::string& s) {
  std::string t = LowerKey(Trim(s));
  auto cut = t.find_first_of("-_");
  if (cut != std::string::npos) t = t.substr(0, cut);
  return t;
}

// Validates, normalises and finishes an article. `where` prefixes errors.
// `text_valid`: a.text is known to be valid UTF-8 (part of a file already
// validated as a whole), so it is not checked again; `text_nfc` (with
// it): IsNfcQuick(a.text) is known true (the file's code points all pass
// the quick check), so it is not asked again.
Result<Article> Finish(Article a, const std::string& where, const ReadOptions& options, bool text_valid = false,
                       bool text_nfc = false) {
  if (a.text.size() > kMaxArticleBytes)
    return Status::InputError(fmt::format("{}: article too large ({} bytes; the limit is {} bytes)", where,
                                          a.text.size(), kMaxArticleBytes));
  size_t bad = 0;
  // Validity and the NFC quick check in one pass (a text known valid: the
  // quick check alone). A text quick-checked NFC stays NFC without a
  // leading BOM (U+FEFF, removed below): each of its code points is.
  Utf8Check check = !text_valid                     ? CheckUtf8Nfc(a.text, &bad)
                    : text_nfc || IsNfcQuick(a.text) ? Utf8Check::kNfc
                                                     : Utf8Check::kValid;
  if (check == Utf8Check::kInvalid)
    return Status::InputError(fmt::format("{}: invalid UTF-8 at byte offset {}", where, bad));
  if (a.text.find('\0') != std::string::npos)
    return Status::InputError(fmt::format("{}: binary data (NUL byte at byte offset {})", where, a.text.find('\0')));
  if (a.text.size() >= 3 && a.text.compare(0, 3, "\xEF\xBB\xBF") == 0) a.text.erase(0, 3);
  if (check != Utf8Check::kNfc) a.text = NormalizeNfc(a.text);  // (no copy of a text already NFC)
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos)  // Trim(a.text) empty, without the copy
    return Status::InputError(fmt::format("{}: empty article (no text)", where));
  a.date = NormaliseDate(a.date.empty() ? options.date : a.date);
  if (a.lang.empty()) a.lang = options.lang;
  a.lang = NormaliseLang(a.lang);
  if (a.source.empty()) a.source = options.source;
  for (std::string* s : {&a.title, &a.source}) {
    if (!ValidateUtf8(*s, &bad)) s->clear();
    else *s = NormalizeNfc(Trim(*s));
  }
  a.sha256 = Sha256Hex(a.text);
  return a;
}

// The file `p`, read from `fd` (-1: opened here), which is closed; `known`:
// fstat of fd already taken (nullptr: taken here). One read call for a
// file that does not change while it is read: the size fstat gives is read,
// then no more (a file grown since is read up to that size, one shrunk up
// to its end).
Result<std::string> ReadFile(const fs::path& p, size_t limit, int fd = -1, const struct stat* known = nullptr) {
  // Opened first, then sized with fstat: one path lookup per file.
  // O_NONBLOCK: a FIFO is refused below instead of waiting for a writer.
  if (fd < 0) fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Status::IOError(fmt::format("{}: cannot open ({})", p.string(), std::strerror(errno)));
  struct stat st;
  if (known != nullptr) st = *known;
  else if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    return Status::IOError(fmt::format("{}: {}", p.string(), std::strerror(e)));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::IOError(fmt::format("{}: {}", p.string(), std::make_error_code(std::errc::not_supported).message()));
  }
  auto size = static_cast<uintmax_t>(st.st_size);
  if (size > limit) {
    ::close(fd);
    return Status::InputError(fmt::format("{}: file too large ({} bytes; the limit is {} bytes)", p.string(), size, limit));
  }
  // A file of size 0 may be one whose size is not known ahead (/proc): it
  // is read to its end, never more than the limit.
  const bool to_end = size == 0;
  std::string data(static_cast<size_t>(size), '\0');
  size_t got = 0;
  for (;;) {
    if (got == data.size()) {
      if (!to_end || data.size() > limit) break;
      data.resize(std::min<size_t>(limit + 1, data.size() * 2 + 4096));
    }
    ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      return Status::IOError(fmt::format("{}: read error ({})", p.string(), std::strerror(e)));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  data.resize(got);
  if (got > limit)
    return Status::InputError(fmt::format("{}: file too large (over {} bytes)", p.string(), limit));
  return data;
}

// ---- Plain text and Markdown ----

// The first line as a title when it looks like a headline.
std::string FirstLineTitle(const std::string& text) {
  size_t b = text.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = text.find('\n', b);
  std::string line = Trim(text.substr(b, e == std::string::npos ? std::string::npos : e - b));
  if (e == std::string::npos || line.size() > 300) return "";
  while (!line.empty() && line[0] == '#') line.erase(0, 1);
  return Trim(line);
}

// Splits a front matter block ("---\nkey: value\n---\n") off `text`.
void FrontMatter(std::string* text, Article* a) {
  if (text->compare(0, 4, "---\n") != 0 && text->compare(0, 5, "---\r\n") != 0) return;
  size_t pos = text->find('\n') + 1;
  std::vector<std::pair<std::string, std::string>> kv;
  while (pos < text->size()) {
    size_t e = text->find('\n', pos);
    if (e == std::string::npos) return;  // unterminated: not front matter
    std::string line = Trim(std::string_view(*text).substr(pos, e - pos));
    pos = e + 1;
    if (line == "---" || line == "...") {
      for (auto& [k, v] : kv) {
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
          v = v.substr(1, v.size() - 2);
        if (k == "title") a->title = v;
        else if (k == "date") a->date = v;
        else if (k == "source" || k == "publisher") a->source = v;
        else if (k == "lang" || k == "language") a->lang = v;
        else if (k == "id") a->id = v;
      }
      text->erase(0, pos);
      return;
    }
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    kv.emplace_back(LowerKey(Trim(line.substr(0, colon))), Trim(line.substr(colon + 1)));
  }
}

// ---- HTML ----

bool SkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD:
      return true;
    default: return false;
  }
}

bool BlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE:
      return true;
    default: return false;
  }
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// Class or id naming page furniture (menus, share buttons, related links...).
bool FurnitureNode(const GumboNode* n) {
  for (const char* attr : {"class", "id", "role"}) {
    const char* v = Attr(n, attr);
    if (!v) continue;
    std::string s = LowerKey(v);
    for (const char* w : {"share", "social", "menu", "navbar", "breadcrumb", "cookie", "newsletter", "related",
                          "advert", "banner", "comment", "sidebar", "navigation", "footer", "subscribe"})
      if (s.find(w) != std::string::npos) return true;
  }
  return false;
}

// Appends the visible text under `n`, one block per line. Depth-bounded
// (gumbo itself caps nesting), iterative over siblings.
void CollectText(const GumboNode* n, std::string* out, int depth) {
  if (depth > 200) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    const char* t = n->v.text.text;
    for (; *t; ++t) {
      char c = *t;
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      if (c == ' ' && (out->empty() || out->back() == ' ' || out->back() == '\n')) continue;
      out->push_back(c);
    }
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  GumboTag tag = n->v.element.tag;
  if (SkippedTag(tag) || FurnitureNode(n)) return;
  bool block = BlockTag(tag);
  auto newline = [&] {
    while (!out->empty() && out->back() == ' ') out->pop_back();
    if (!out->empty() && out->back() != '\n') out->push_back('\n');
  };
  if (block) newline();
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    CollectText(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
  if (block) newline();
}

const GumboNode* FindTag(const GumboNode* n, GumboTag tag, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > 200) return nullptr;
  if (n->v.element.tag == tag) return n;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (auto* f = FindTag(static_cast<const GumboNode*>(kids.data[i]), tag, depth + 1)) return f;
  return nullptr;
}

void HtmlMeta(const GumboNode* n, Article* a, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > 200) return;
  if (n->v.element.tag == GUMBO_TAG_META) {
    const char* prop = Attr(n, "property");
    if (!prop) prop = Attr(n, "name");
    const char* content = Attr(n, "content");
    if (prop && content) {
      std::string p = LowerKey(prop);
      if ((p == "article:published_time" || p == "date" || p == "pubdate" || p == "dc.date") && a->date.empty())
        a->date = content;
      else if ((p == "og:site_name" || p == "publisher") && a->source.empty())
        a->source = content;
      else if (p == "og:title" && a->title.empty())
        a->title = content;
    }
  } else if (n->v.element.tag == GUMBO_TAG_TIME && a->date.empty()) {
    if (const char* dt = Attr(n, "datetime")) a->date = dt;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) HtmlMeta(static_cast<const GumboNode*>(kids.data[i]), a, depth + 1);
}

void ParseHtml(const std::string& html, Article* a) {
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> g(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  const GumboNode* root = g->root;
  if (root->type == GUMBO_NODE_ELEMENT) {
    if (const char* l = Attr(root, "lang")) a->lang = l;
  }
  HtmlMeta(root, a, 0);
  if (a->title.empty()) {
    const GumboNode* t = FindTag(root, GUMBO_TAG_H1, 0);
    if (!t) t = FindTag(root, GUMBO_TAG_TITLE, 0);
    if (t) {
      std::string s;
      CollectText(t, &s, 0);
      a->title = Trim(s);
    }
  }
  const GumboNode* body = FindTag(root, GUMBO_TAG_ARTICLE, 0);
  if (!body) body = FindTag(root, GUMBO_TAG_MAIN, 0);
  if (!body) body = FindTag(root, GUMBO_TAG_BODY, 0);
  if (!body) body = root;
  std::string text;
  CollectText(body, &text, 0);
  // An <article> holding only a headline: fall back to the whole body.
  if (Trim(text).size() < 40 && body->v.element.tag == GUMBO_TAG_ARTICLE) {
    if (const GumboNode* b = FindTag(root, GUMBO_TAG_BODY, 0)) {
      text.clear();
      CollectText(b, &text, 0);
    }
  }
  a->text = Trim(text);
}

// ---- JSON ----

Result<Article> FromJsonObject(const nlohmann::json& j, const ReadOptions& options, const std::string& where) {
  if (!j.is_object()) return Status::InputError(where + ": an article must be a JSON object");
  auto text = j.find("text");
  if (text == j.end()) return Status::InputError(where + ": missing field 'text'");
  if (!text->is_string()) return Status::InputError(where + ": field 'text' is not a string");
  Article a;
  a.text = text->get<std::string>();
  const std::pair<const char*, std::string*> fields[] = {
      {"id", &a.id}, {"title", &a.title}, {"date", &a.date}, {"lang", &a.lang}, {"source", &a.source}};
  for (const auto& [name, slot] : fields) {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) continue;
    if (it->is_string()) *slot = it->get<std::string>();
    else if (it->is_number_integer() && std::string(name) == "id") *slot = std::to_string(it->get<int64_t>());
    else return Status::InputError(fmt::format("{}: field '{}' is not a string", where, name));
  }
  return Finish(std::move(a), where, options);
}

std::string JsonError(const nlohmann::json::parse_error& e) {
  std::string m = e.what();
  auto p = m.find("parse error");
  return p == std::string::npos ? m : m.substr(p);
}

// Reads a .jsonl file line by line; a line over the article limit is
// reported and skipped without being held in memory.
void ReadJsonl(const fs::path& p, const std::string& base_id, const ReadOptions& options,
               const std::function<void(Result<Article>)>& sink) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(p.string().c_str(), "rb"), &std::fclose);
  if (!f) {
    sink(Status::IOError(fmt::format("{}: cannot open", p.string())));
    return;
  }
  std::string line;
  size_t line_no = 0, n_articles = 0, offset = 0;
  bool too_long = false;
  char buf[1 << 16];
  auto flush = [&] {
    ++line_no;
    std::string where = fmt::format("{}:{}", p.string(), line_no);
    if (too_long) {
      ++n_articles;
      sink(Status::InputError(fmt::format("{}: line too long (over {} bytes)", where, kMaxArticleBytes * 2)));
    } else if (!Trim(line).empty()) {
      ++n_articles;
      size_t bad;
      if (!ValidateUtf8(line, &bad)) {
        sink(Status::InputError(fmt::format("{}: invalid UTF-8 at byte offset {}", where, offset + bad)));
      } else {
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded()) {
          sink(Status::InputError(where + ": invalid JSON"));
        } else {
          auto a = FromJsonObject(j, options, where);
          if (a.ok()) {
            a->path = p.string();
            if (a->id.empty()) a->id = fmt::format("{}:{}", base_id, n_articles);
          }
          sink(std::move(a));
        }
      }
    }
    offset += line.size() + 1;
    line.clear();
    too_long = false;
  };
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    size_t start = 0;
    for (size_t i = 0; i < got; ++i) {
      if (buf[i] != '\n') continue;
      if (!too_long) line.append(buf + start, i - start);
      else offset += i - start;
      flush();
      start = i + 1;
    }
    if (!too_long) line.append(buf + start, got - start);
    else offset += got - start;
    if (line.size() > kMaxArticleBytes * 2) {
      offset += line.size();
      line.clear();
      line.shrink_to_fit();
      too_long = true;
    }
  }
  if (std::ferror(f.get())) sink(Status::IOError(fmt::format("{}: read error", p.string())));
  if (!line.empty() || too_long) flush();
}

// Reads the articles of file `p` (opened as `fd`, closed here, its fstat
// `st`; -1 and nullptr: not yet opened).
void ReadOne(const fs::path& p, const std::string& id, Format format, const ReadOptions& options,
             const std::function<void(Result<Article>)>& sink, int fd = -1, const struct stat* st = nullptr) {
  std::string where = p.string();
  if (format == Format::kJsonl) {
    if (fd >= 0) ::close(fd);
    ReadJsonl(p, id, options, sink);
    return;
  }
  auto data = ReadFile(p, format == Format::kJson ? kMaxJsonFileBytes : kMaxArticleBytes * 4, fd, st);
  if (!data.ok()) {
    sink(data.status());
    return;
  }
  size_t bad;
  const Utf8Check check = CheckUtf8Nfc(*data, &bad);
  if (check == Utf8Check::kInvalid) {
    sink(Status::InputError(fmt::format("{}: invalid UTF-8 at byte offset {}", where, bad)));
    return;
  }
  if (format == Format::kJson) {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(*data);
    } catch (const nlohmann::json::parse_error& e) {
      sink(Status::InputError(fmt::format("{}: invalid JSON: {}", where, JsonError(e))));
      return;
    }
    if (j.is_array()) {
      for (size_t i = 0; i < j.size(); ++i) {
        auto a = FromJsonObject(j[i], options, fmt::format("{}[{}]", where, i));
        if (a.ok()) {
          a->path = where;
          if (a->id.empty()) a->id = fmt::format("{}:{}", id, i + 1);
        }
        sink(std::move(a));
      }
    } else {
      auto a = FromJsonObject(j, options, where);
      if (a.ok()) {
        a->path = where;
        if (a->id.empty()) a->id = id;
      }
      sink(std::move(a));
    }
    return;
  }
  Article a;
  a.path = where;
  if (format == Format::kHtml) {
    ParseHtml(*data, &a);
  } else {
    a.text = std::move(data).value();
    if (format == Format::kMarkdown) FrontMatter(&a.text, &a);
    if (a.title.empty()) a.title = FirstLineTitle(a.text);
  }
  if (a.id.empty()) a.id = id;
  // Plain text and Markdown: the text is the validated file less a front
  // matter block (whole lines), so still valid UTF-8, and NFC by the quick
  // check when the whole file was.
  const bool text = format != Format::kHtml;
  sink(Finish(std::move(a), where, options, text, text && check == Utf8Check::kNfc));
}

}  // namespace

Result<Article> ArticleFromJson(const nlohmann::json& j, const ReadOptions& options) {
  return FromJsonObject(j, options, "article");
}

void ReadArticles(const std::vector<std::string>& paths, const ReadOptions& options,
                  const std::function<void(Result<Article>)>& sink) {
  for (const auto& arg : paths) {
    fs::path p(arg);
    // A file argument is opened at once (and read through that descriptor):
    // no separate stat of its path. Folders, and paths that do not open,
    // take the path below.
    if (int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK); fd >= 0) {
      struct stat fst;
      if (::fstat(fd, &fst) == 0 && !S_ISDIR(fst.st_mode)) {
        Format format;
        if (!FormatOf(p, &format)) format = Format::kText;  // a named file of another type: plain text
        ReadOne(p, p.filename().string(), format, options, sink, fd, &fst);
        continue;
      }
      ::close(fd);
    }
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      sink(Status::IOError(fmt::format("{}: no such file or folder", arg)));
      continue;
    }
    if (fs::is_directory(st)) {
      // The files in path order (component by component, as fs::path
      // compares): by their relative paths with '\0' for the separator,
      // which sorts a component before any longer one it begins.
      struct File {
        std::string key;  // rel with '/' replaced by '\0'
        std::string rel;  // the path relative to p, '/'-separated: the article's id
        fs::path path;
        Format format;
      };
      std::vector<File> files;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        sink(Status::IOError(fmt::format("{}: {}", arg, ec.message())));
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          sink(Status::IOError(fmt::format("{}: {}", it->path().string(), ec.message())));
          break;
        }
        Format f;
        if (it->is_regular_file(ec) && FormatOf(it->path(), &f)) {
          File file{{}, it->path().lexically_relative(p).generic_string(), it->path(), f};
          file.key = file.rel;
          std::replace(file.key.begin(), file.key.end(), '/', '\0');
          files.push_back(std::move(file));
        }
      }
      std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.key < b.key; });
      for (const auto& f : files) ReadOne(f.path, f.rel, f.format, options, sink);
      continue;
    }
    Format format;
    if (!FormatOf(p, &format)) format = Format::kText;  // a named file of another type: plain text
    ReadOne(p, p.filename().string(), format, options, sink);
  }
}

}  // namespace kg::ingest
