// The whole extractor: output shape, JSON round trip, languages, the
// external extractor protocol.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "ingest/extractor.h"

using namespace kg;
using namespace kg::ingest;

namespace {
Article MakeArticle(const std::string& text, const std::string& lang) {
  Article a;
  a.id = "t1";
  a.path = "t1.txt";
  a.text = text;
  a.lang = lang;
  a.date = "2026-03-14";
  return a;
}
const ExtractedNode* Node(const Extraction& e, const std::string& label, const std::string& name) {
  for (const auto& n : e.nodes) {
    if (n.label != label) continue;
    for (const auto& [k, v] : n.properties)
      if ((k == "name" || k == "text") && v.is_string() && v.as_string().find(name) != std::string::npos) return &n;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("every edge has provenance and every node a MENTIONS edge") {
  Extraction e = Extract(MakeArticle("« Les pourparlers de Genève ont été utiles », a déclaré Paul Roux, porte-parole "
                                     "du Quai d'Orsay.",
                                     "fr"),
                         {});
  REQUIRE(Node(e, "Person", "Paul Roux") != nullptr);
  REQUIRE(Node(e, "Statement", "pourparlers de Genève") != nullptr);
  size_t mentions = 0;
  for (const auto& edge : e.edges) {
    if (edge.type == "MENTIONS") {
      CHECK(edge.from == "article");
      ++mentions;
      continue;
    }
    bool sentence = false, span = false, confidence = false;
    for (const auto& [k, v] : edge.properties) {
      sentence |= k == "sentence" && v.is_int();
      span |= k == "span" && v.is_list() && v.as_list().size() == 2;
      confidence |= k == "confidence" && v.is_float();
    }
    CHECK_MESSAGE(sentence, edge.type);
    CHECK(span);
    CHECK(confidence);
  }
  CHECK(mentions == e.nodes.size());
}

TEST_CASE("ToJson / FromJson round trip; dates stay dates") {
  Extraction e = Extract(MakeArticle("The talks in Geneva on March 12 were useful, Anna Weber said.", "en"), {});
  nlohmann::json j = ToJson(e);
  CHECK(j["article"]["id"] == "t1");
  CHECK_FALSE(j["article"].contains("text"));
  auto back = FromJson(j);
  REQUIRE(back.ok());
  CHECK(back->nodes.size() == e.nodes.size());
  CHECK(back->edges.size() == e.edges.size());
  CHECK(ToJson(back.value()) == j);
  bool date = false;
  for (const auto& n : back->nodes)
    for (const auto& [k, v] : n.properties) date |= k == "start" && v.is_date();
  CHECK(date);
}

TEST_CASE("FromJson names the offending field") {
  auto r = FromJson(nlohmann::json::parse(R"({"nodes": [{"id": "a", "label": "Person"}],
                                              "edges": [{"type": "SAID", "from": "a", "to": "zz"}]})"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("edges[0].to") != std::string::npos);
  CHECK_FALSE(FromJson(nlohmann::json::parse(R"({"nodes": [{"label": "Person"}]})")).ok());
  CHECK_FALSE(FromJson(nlohmann::json::array()).ok());
}

TEST_CASE("an article in another language gets a warning and no facts") {
  Article a = MakeArticle("Die Minister trafen sich am Montag in Genf, um über den Waffenstillstand zu sprechen.", "");
  Extraction e = Extract(a, {});
  CHECK(e.article.lang == "other");
  CHECK(e.nodes.empty());
  REQUIRE(e.warnings.size() == 1);
  CHECK(e.warnings[0].find("not supported") != std::string::npos);
}

TEST_CASE("external extractor: its output is merged with the built-in one") {
  namespace fs = std::filesystem;
  fs::path script = fs::temp_directory_path() / ("kg_ext_" + std::to_string(::getpid()) + ".sh");
  {
    std::ofstream out(script);
    out << "#!/bin/sh\ncat > /dev/null\n"
           "echo '{\"nodes\": [{\"id\": \"x1\", \"label\": \"Person\", \"properties\": {\"name\": \"Anna Weber\"}},"
           "{\"id\": \"x2\", \"label\": \"Organization\", \"properties\": {\"name\": \"Acme Analytics\"}}],"
           "\"edges\": [{\"type\": \"AFFILIATED_WITH\", \"from\": \"x1\", \"to\": \"x2\", \"properties\": {}}]}'\n";
  }
  fs::permissions(script, fs::perms::owner_all);
  ExtractOptions o;
  o.external_command = script.string();
  Extraction e = Extract(MakeArticle("The talks were useful, Anna Weber said.", "en"), o);
  const ExtractedNode* anna = Node(e, "Person", "Anna Weber");
  const ExtractedNode* acme = Node(e, "Organization", "Acme Analytics");
  REQUIRE(anna != nullptr);
  REQUIRE(acme != nullptr);
  size_t persons = 0;
  for (const auto& n : e.nodes) persons += n.label == "Person";
  CHECK(persons == 1);  // merged by name
  bool affiliated = false;
  for (const auto& edge : e.edges) affiliated |= edge.type == "AFFILIATED_WITH" && edge.from == anna->id && edge.to == acme->id;
  CHECK(affiliated);
  // A failing command is a warning, not a failure.
  o.external_command = "exit 3";
  Extraction f = Extract(MakeArticle("The talks were useful, Anna Weber said.", "en"), o);
  CHECK(Node(f, "Person", "Anna Weber") != nullptr);
  REQUIRE(!f.warnings.empty());
  CHECK(f.warnings[0].find("exit status 3") != std::string::npos);
  fs::remove(script);
}
