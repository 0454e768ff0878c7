// kg_bench_extract: where the built-in extractor spends its time.
//
//   kg_bench_extract [--repeat N] PATH…
//
// Reads the articles of PATH… (files or folders, as `kg extract`) into memory
// once, then runs the built-in stages over all of them N times (default 3),
// single-threaded, timing each stage. Prints one JSON line per pass and a
// summary line with each stage's median seconds and share, and the median
// in-memory throughput (MB of article text per second, articles per second).
// Reading, UTF-8 checks and NFC (the readers) are timed once, apart: `kg
// extract` pays them too, the in-memory figure does not.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ingest/pipeline.h"
#include "ingest/reader.h"
#include "ingest/text.h"

using kg::ingest::Article;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::array<const char*, 9> kStages = {"analyze",    "mentions", "resolve",   "affiliations", "statements",
                                                "meetings",   "documents", "json_out", "total"};

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// One pass over `articles`; seconds per stage (the last entry: the sum).
// Not inlined: profilers can collect this function alone (valgrind
// --toggle-collect=*Pass*).
[[gnu::noinline]] std::array<double, kStages.size()> Pass(const std::vector<Article>& articles, size_t* out_bytes) {
  std::array<Clock::duration, kStages.size()> spent{};
  std::string out;
  *out_bytes = 0;
  // The token, sentence and token-to-mention vectors are lent from one
  // document to the next, as `kg extract` does (extractor.cpp).
  kg::ingest::Document pool;
  auto lend = [](kg::ingest::Document* from, kg::ingest::Document* to) {
    to->tokens.swap(from->tokens);
    to->sentences.swap(from->sentences);
    to->mention_of_token.swap(from->mention_of_token);
  };
  for (const Article& a : articles) {
    kg::ingest::Document doc;
    lend(&pool, &doc);
    auto t0 = Clock::now();
    kg::ingest::Analyze(a.text, a.lang, &doc);
    if (!doc.fr && !doc.en) {
      lend(&doc, &pool);
      continue;
    }
    doc.has_date = !a.date.empty() && kg::ParseIsoDate(a.date, &doc.date);
    auto t1 = Clock::now();
    kg::ingest::FindMentions(&doc);
    auto t2 = Clock::now();
    kg::ingest::Resolve(&doc);
    auto t3 = Clock::now();
    kg::ingest::FindAffiliations(&doc);
    auto t4 = Clock::now();
    kg::ingest::FindStatements(&doc);
    auto t5 = Clock::now();
    kg::ingest::FindMeetings(&doc);
    auto t6 = Clock::now();
    kg::ingest::FindDocuments(&doc);
    auto t7 = Clock::now();
    out.clear();
    kg::ingest::AppendExtractionJson(doc, a, -1, &out);
    auto t8 = Clock::now();
    lend(&doc, &pool);
    *out_bytes += out.size();
    const Clock::time_point marks[] = {t0, t1, t2, t3, t4, t5, t6, t7, t8};
    for (size_t k = 0; k + 1 < std::size(marks); ++k) spent[k] += marks[k + 1] - marks[k];
    spent.back() += t8 - t0;
  }
  std::array<double, kStages.size()> s{};
  for (size_t k = 0; k < s.size(); ++k) s[k] = Seconds(spent[k]);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "usage: kg_bench_extract [--repeat N] PATH...\n");
      return 2;
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: kg_bench_extract [--repeat N] PATH...\n");
    return 2;
  }

  std::vector<Article> articles;
  size_t failed = 0, bytes = 0;
  auto r0 = Clock::now();
  kg::ingest::ReadArticles(paths, {}, [&](kg::Result<Article> r) {
    if (!r.ok()) {
      ++failed;
      return;
    }
    bytes += r->text.size();
    articles.push_back(std::move(*r));
  });
  double read_s = Seconds(Clock::now() - r0);
  // The lexicons are built once per process, on first use: not a per-article cost.
  {
    kg::ingest::Document warm;
    kg::ingest::Analyze("Warm-up.", "en", &warm);
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  fmt::print("{{\"articles\": {}, \"failed\": {}, \"mb\": {:.3f}, \"read_seconds\": {:.3f}}}\n", articles.size(),
             failed, mb, read_s);

  std::vector<std::vector<double>> per_stage(kStages.size());
  size_t out_bytes = 0;
  for (int p = 0; p < repeat; ++p) {
    auto s = Pass(articles, &out_bytes);
    std::string line = fmt::format("{{\"pass\": {}", p + 1);
    for (size_t k = 0; k < s.size(); ++k) {
      per_stage[k].push_back(s[k]);
      line += fmt::format(", \"{}\": {:.3f}", kStages[k], s[k]);
    }
    fmt::print("{}, \"mb_per_s\": {:.2f}}}\n", line, mb / s.back());
  }
  const double total = Median(per_stage.back());
  std::string summary = "{\"median\": {";
  for (size_t k = 0; k < kStages.size(); ++k) {
    double m = Median(per_stage[k]);
    summary += fmt::format("{}\"{}\": [{:.3f}, {:.1f}]", k ? ", " : "", kStages[k], m, 100 * m / total);
  }
  fmt::print("{}}}, \"mb_per_s\": {:.2f}, \"articles_per_s\": {:.0f}, \"json_mb\": {:.3f}}}\n", summary, mb / total,
             static_cast<double>(articles.size()) / total, static_cast<double>(out_bytes) / 1e6);
  return 0;
}
