// Unit tests of the fast paths of extraction output (ingest/extraction.h):
// ToJsonText() writes exactly what dumping ToJson() writes.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "ingest/extraction.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"

namespace kg::ingest {
namespace {

std::string Dumped(const Extraction& e, int indent) {
  return ToJson(e).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

Extraction Tricky() {
  Extraction e;
  e.article.id = "a/\"quoted\"\\path";
  e.article.title = "Titre\tavec\ncontrôle\x01\x1f et \x7f, «guillemets», 中文";
  e.article.date = "2025-12-23";
  e.article.lang = "fr";
  e.article.sha256 = "00ff";
  ValueMap p;
  p.emplace_back("name", Value("Emmanuel Macron"));
  p.emplace_back("aliases", Value(ValueList{Value("Macron"), Value("E. Macron")}));
  p.emplace_back("empty_list", Value(ValueList{}));
  p.emplace_back("empty_map", Value(ValueMap{}));
  p.emplace_back("nested", Value(ValueMap{{"z", Value(1)}, {"a", Value(ValueList{Value(true), Value()})}}));
  p.emplace_back("lat", Value(55.7558));
  p.emplace_back("small", Value(1e-05));
  p.emplace_back("whole", Value(37.0));
  p.emplace_back("big", Value(1e300));
  p.emplace_back("neg", Value(-0.0));
  p.emplace_back("nan", Value(std::numeric_limits<double>::quiet_NaN()));
  p.emplace_back("inf", Value(std::numeric_limits<double>::infinity()));
  p.emplace_back("int", Value(int64_t{-9007199254740993}));
  p.emplace_back("start", Value(Date{20445}));
  p.emplace_back("name", Value("duplicate key: the last wins"));
  p.emplace_back("bad_utf8", Value(std::string("caf\xc3 \xff\xfe end")));
  e.nodes.push_back({"n1", "Person", p});
  e.nodes.push_back({"n2", "Place", {}});
  e.edges.push_back({"SAID", "n1", "n2", {{"confidence", Value(0.95)}, {"span", Value(ValueList{Value(0), Value(12)})}}});
  e.edges.push_back({"MENTIONS", "article", "n1", {}});
  e.warnings.push_back("language 'de' is not supported");
  return e;
}

TEST_CASE("ToJsonText writes what dumping ToJson writes, on one line and indented") {
  Extraction e = Tricky();
  CHECK(ToJsonText(e, -1) == Dumped(e, -1));
  CHECK(ToJsonText(e, 2) == Dumped(e, 2));
  CHECK(ToJsonText(e, 4) == Dumped(e, 4));
  // Twice: the second run reads remembered number forms.
  CHECK(ToJsonText(e, -1) == Dumped(e, -1));
}

TEST_CASE("ToJsonText of an extraction without nodes, edges or warnings") {
  Extraction e;
  CHECK(ToJsonText(e, -1) == Dumped(e, -1));
  CHECK(ToJsonText(e, 2) == Dumped(e, 2));
  e.article.id = "x";
  e.nodes.push_back({"n1", "Statement", {{"text", Value("")}}});
  CHECK(ToJsonText(e, 2) == Dumped(e, 2));
}

TEST_CASE("ExtractJsonText writes what AppendJsonText writes of Extract's extraction") {
  std::vector<Article> articles;
  ReadArticles({std::string(KG_SOURCE_DIR) + "/tests/data/articles"}, {}, [&](Result<Article> a) {
    if (a.ok()) articles.push_back(std::move(a).value());  // (the folder holds other files too)
  });
  REQUIRE(articles.size() > 10);
  Article unsupported;
  unsupported.id = "de";
  unsupported.text = "Der Kanzler hat heute in Berlin gesagt, dass die Regierung die Gespräche fortsetzen wird.";
  articles.push_back(unsupported);
  for (const Article& a : articles) {
    for (int indent : {-1, 2}) {
      std::string expected = "prefix", text = "prefix";
      Extraction e = Extract(a, {});
      AppendJsonText(e, indent, &expected);
      std::vector<std::string> warnings;
      ExtractJsonText(Article(a), {}, indent, &text, &warnings);
      CHECK_MESSAGE(text == expected, a.id);
      CHECK(warnings == e.warnings);
    }
  }
}

}  // namespace
}  // namespace kg::ingest
