#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "ingest/reader.h"

using namespace kg;
using namespace kg::ingest;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kg_reader_test_" + std::to_string(::getpid()) + "_" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string Write(const std::string& name, const std::string& data) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
};

std::vector<Result<Article>> ReadAll(const std::vector<std::string>& paths, ReadOptions options = {}) {
  std::vector<Result<Article>> out;
  ReadArticles(paths, options, [&](Result<Article> a) { out.push_back(std::move(a)); });
  return out;
}

}  // namespace

TEST_CASE("plain text: id is the file name, metadata from options, NFC, sha256") {
  TempDir dir;
  std::string p = dir.Write("note.txt", "Titre court\nLe ministre est arrive\xcc\x81 a\xcc\x80 Gene\xcc\x80ve.\n");
  ReadOptions o;
  o.date = "2026-01-02";
  o.lang = "fr";
  o.source = "Agence";
  auto r = ReadAll({p}, o);
  REQUIRE(r.size() == 1);
  REQUIRE(r[0].ok());
  const Article& a = r[0].value();
  CHECK(a.id == "note.txt");
  CHECK(a.path == p);
  CHECK(a.title == "Titre court");
  CHECK(a.date == "2026-01-02");
  CHECK(a.lang == "fr");
  CHECK(a.source == "Agence");
  CHECK(a.text.find("arrivé à Genève") != std::string::npos);
  CHECK(a.sha256.size() == 64);
}

TEST_CASE("Markdown front matter wins over the options") {
  TempDir dir;
  std::string p = dir.Write("a.md", "---\ntitle: \"Un sommet\"\ndate: 2025-05-06\nsource: Wire\n---\nLe texte.\n");
  ReadOptions o;
  o.date = "2026-01-02";
  auto r = ReadAll({p}, o);
  REQUIRE(r[0].ok());
  CHECK(r[0]->title == "Un sommet");
  CHECK(r[0]->date == "2025-05-06");
  CHECK(r[0]->source == "Wire");
  CHECK(r[0]->text == "Le texte.\n");
}

TEST_CASE("HTML: the article's text only") {
  TempDir dir;
  std::string p = dir.Write("page.html",
                            "<html lang=\"en\"><head><title>T</title><script>var x = 1;</script></head><body>"
                            "<nav><a href=\"/\">Home</a> <a>World</a></nav>"
                            "<article><h1>Leaders meet in Geneva</h1><p>The talks opened on Monday.</p>"
                            "<div class=\"share-buttons\">Share on X</div><p>They will resume today.</p></article>"
                            "<footer>Copyright</footer></body></html>");
  auto r = ReadAll({p});
  REQUIRE(r[0].ok());
  const Article& a = r[0].value();
  CHECK(a.lang == "en");
  CHECK(a.title == "Leaders meet in Geneva");
  CHECK(a.text.find("The talks opened on Monday.") != std::string::npos);
  CHECK(a.text.find("They will resume today.") != std::string::npos);
  CHECK(a.text.find("var x") == std::string::npos);
  CHECK(a.text.find("Home") == std::string::npos);
  CHECK(a.text.find("Share on") == std::string::npos);
  CHECK(a.text.find("Copyright") == std::string::npos);
}

TEST_CASE("JSON and JSON lines: ids, :N suffixes, per-line errors") {
  TempDir dir;
  std::string j = dir.Write("batch.json", R"([{"text": "Un.", "id": "x1"}, {"text": "Deux.", "lang": "fr"}])");
  std::string l = dir.Write("feed.jsonl", "{\"text\": \"One.\"}\n\nnot json\n{\"title\": \"no text\"}\n{\"text\": \"Four.\", \"date\": \"2026-02-03T10:00:00Z\"}\n");
  auto r = ReadAll({j, l});
  REQUIRE(r.size() == 6);
  CHECK(r[0]->id == "x1");
  CHECK(r[1]->id == "batch.json:2");
  CHECK(r[2]->id == "feed.jsonl:1");
  REQUIRE_FALSE(r[3].ok());
  CHECK(r[3].status().message().find("feed.jsonl:3") != std::string::npos);
  REQUIRE_FALSE(r[4].ok());
  CHECK(r[4].status().message().find("text") != std::string::npos);
  REQUIRE(r[5].ok());
  CHECK(r[5]->id == "feed.jsonl:4");
  CHECK(r[5]->date == "2026-02-03");
}

TEST_CASE("folders are read recursively and sorted; ids are relative paths") {
  TempDir dir;
  dir.Write("b/second.txt", "Deuxième article.");
  dir.Write("a.txt", "Premier article.");
  dir.Write("ignored.pdf", "%PDF");
  auto r = ReadAll({dir.path.string()});
  REQUIRE(r.size() == 2);
  CHECK(r[0]->id == "a.txt");
  CHECK(r[1]->id == "b/second.txt");
}

TEST_CASE("a folder's files come in path order, a folder before a longer name it begins") {
  TempDir dir;
  // Component by component: "a/z.txt" before "a-b.txt" ('-' sorts before
  // '/' as a byte, but "a" sorts before "a-b.txt" as a name).
  dir.Write("a-b.txt", "Trois.");
  dir.Write("a/z.txt", "Un.");
  dir.Write("a/b/c.txt", "Deux.");
  dir.Write("a.txt", "Quatre.");
  auto r = ReadAll({dir.path.string()});
  REQUIRE(r.size() == 4);
  std::vector<std::filesystem::path> expected{"a/b/c.txt", "a/z.txt", "a-b.txt", "a.txt"};
  std::vector<std::filesystem::path> sorted = expected;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == expected);
  for (size_t i = 0; i < 4; ++i) CHECK(r[i]->id == expected[i].generic_string());
}

TEST_CASE("bad files: missing, empty, binary, invalid UTF-8") {
  TempDir dir;
  auto r = ReadAll({(dir.path / "missing.txt").string(), dir.Write("empty.txt", ""), dir.Write("blank.md", "  \n\n"),
                    dir.Write("bin.txt", std::string("abc\0def", 7)), dir.Write("latin1.txt", "caf\xe9 cr\xe8me")});
  REQUIRE(r.size() == 5);
  for (const auto& x : r) CHECK_FALSE(x.ok());
  CHECK(r[0].status().kind() == ErrorKind::kIOError);
  CHECK(r[1].status().message().find("empty") != std::string::npos);
  CHECK(r[3].status().message().find("binary") != std::string::npos);
  CHECK(r[4].status().message().find("byte offset 3") != std::string::npos);
  CHECK(r[4].status().message().rfind(dir.path.string(), 0) == 0);
}

TEST_CASE("a 100 MB single line is refused without being held") {
  TempDir dir;
  fs::path p = dir.path / "huge.jsonl";
  {
    std::ofstream out(p, std::ios::binary);
    out << "{\"text\": \"";
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
    out << "\"}\n{\"text\": \"small one\"}\n";
  }
  auto r = ReadAll({p.string()});
  REQUIRE(r.size() == 2);
  CHECK_FALSE(r[0].ok());
  CHECK(r[0].status().message().find("too long") != std::string::npos);
  REQUIRE(r[1].ok());
  CHECK(r[1]->text == "small one");
  // The same as a plain text file: refused by size.
  fs::path t = dir.path / "huge.txt";
  {
    std::ofstream out(t, std::ios::binary);
    std::string chunk(1 << 20, 'b');
    for (int i = 0; i < 40; ++i) out << chunk;
  }
  auto r2 = ReadAll({t.string()});
  REQUIRE(r2.size() == 1);
  CHECK_FALSE(r2[0].ok());
  CHECK(r2[0].status().message().find("too large") != std::string::npos);
}

TEST_CASE("ArticleFromJson") {
  auto a = ArticleFromJson(nlohmann::json{{"text", "Hello."}, {"id", "x"}}, {});
  REQUIRE(a.ok());
  CHECK(a->id == "x");
  CHECK_FALSE(ArticleFromJson(nlohmann::json{{"id", "x"}}, {}).ok());
  CHECK_FALSE(ArticleFromJson(nlohmann::json{{"text", 3}}, {}).ok());
}
