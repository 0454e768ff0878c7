// Unit tests of the loader's alias cache (ingest/loader.h, AliasCache): the
// same graph with and without it, rollback, and writers that bypass it.
#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/loader.h"
#include "ingest/text.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

class CacheTestDb {
 public:
  CacheTestDb() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("kg_loader_cache_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(dir_);
    auto g = graph::Graph::Open(dir_.string(), graph::OpenOptions{});
    REQUIRE_MESSAGE(g.ok(), g.status().ToString());
    graph_ = std::move(g).value();
  }
  ~CacheTestDb() {
    graph_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  graph::Graph* get() { return graph_.get(); }

 private:
  fs::path dir_;
  std::unique_ptr<graph::Graph> graph_;
};

ValueMap NameProps(const std::string& name, const std::vector<std::string>& aliases) {
  ValueMap m{{"name", Value(name)}};
  if (!aliases.empty()) {
    ValueList l;
    for (const auto& a : aliases) l.emplace_back(a);
    m.emplace_back("aliases", Value(std::move(l)));
  }
  return m;
}

// An article naming people (each "name|alias|alias") and places, with one
// statement said by the first person and an affiliation to the first place.
Extraction Article(const std::string& id, const std::string& text, const std::vector<std::string>& people,
                   const std::vector<std::string>& places = {}) {
  Extraction e;
  e.article.id = id;
  e.article.path = id;
  e.article.lang = "fr";
  e.article.date = "2025-12-23";
  e.article.text = text;
  e.article.sha256 = Sha256Hex(text);
  auto add = [&](const std::string& label, const std::string& spec) {
    std::vector<std::string> parts;
    size_t f = 0;
    for (size_t t; (t = spec.find('|', f)) != std::string::npos; f = t + 1) parts.push_back(spec.substr(f, t - f));
    parts.push_back(spec.substr(f));
    std::string nid = "n" + std::to_string(e.nodes.size() + 1);
    e.nodes.push_back({nid, label, NameProps(parts[0], {parts.begin() + 1, parts.end()})});
    return nid;
  };
  std::vector<std::string> p, q;
  for (const auto& s : people) p.push_back(add("Person", s));
  for (const auto& s : places) q.push_back(add("Place", s));
  ValueMap edge{{"sentence", Value(0)}, {"span", Value(ValueList{0, 1})}, {"confidence", Value(0.9)}};
  if (!p.empty()) {
    std::string st = "n" + std::to_string(e.nodes.size() + 1);
    e.nodes.push_back({st, "Statement", {{"text", Value(text)}, {"quote", Value(true)}, {"span", Value(ValueList{0, 1})}}});
    e.edges.push_back({"SAID", p[0], st, edge});
    if (!q.empty()) e.edges.push_back({"AFFILIATED_WITH", p[0], q[0], edge});
  }
  return e;
}

// The whole graph as text: nodes with labels and properties, edges with
// ends and properties, in id order.
std::string Dump(graph::Graph* g) {
  auto r = g->BeginRead();
  std::string out;
  std::vector<NodeId> nodes;
  r->AllNodes(&nodes);
  for (NodeId n : nodes) {
    out += "node " + std::to_string(n);
    for (LabelId l : r->NodeLabels(n)) out += " :" + r->LabelName(l);
    std::map<std::string, std::string> props;
    for (const auto& [k, v] : r->NodeProperties(n)) props[r->KeyName(k)] = v.ToString();
    for (const auto& [k, v] : props) out += " " + k + "=" + v;
    out += "\n";
  }
  std::vector<EdgeId> edges;
  r->AllEdges(std::nullopt, &edges);
  for (EdgeId e : edges) {
    auto ends = r->Edge(e);
    out += "edge " + std::to_string(e) + " " + r->TypeName(ends.type) + " " + std::to_string(ends.start) + "->" +
           std::to_string(ends.end);
    std::map<std::string, std::string> props;
    for (const auto& [k, v] : r->EdgeProperties(e)) props[r->KeyName(k)] = v.ToString();
    for (const auto& [k, v] : props) out += " " + k + "=" + v;
    out += "\n";
  }
  return out;
}

size_t CountLabel(graph::Graph* g, const std::string& label) {
  auto r = g->BeginRead();
  auto l = r->FindLabel(label);
  return l ? r->CountNodesWithLabel(*l) : 0;
}

TEST_CASE("loading through an alias cache gives the graph loading without one gives") {
  CacheTestDb plain, cached;
  AliasCache cache;
  std::vector<Extraction> arts = {
      Article("a1", "un", {"Dmitri Peskov|Peskov", "Paul Martin"}, {"Moscou|Moscow"}),
      Article("a2", "deux", {"Peskov", "Jean Martin"}, {"Moscow|Moscou"}),
      Article("a3", "trois", {"Martin"}),  // ambiguous short form: a new node
      Article("a4", "quatre", {"Dmitry Peskov"}, {"Moscou"}),
      Article("a1", "un, corrigé", {"Dmitri Peskov", "Marie Curie|Curie"}),  // replaces a1
      Article("a5", "cinq", {"Curie", "Peskov"}),
  };
  for (const auto& a : arts) {
    auto p = Load(plain.get(), a);
    auto c = Load(cached.get(), a, &cache);
    REQUIRE_MESSAGE(p.ok(), p.status().ToString());
    REQUIRE_MESSAGE(c.ok(), c.status().ToString());
    CHECK(p->outcome == c->outcome);
    CHECK(p->nodes_added == c->nodes_added);
  }
  REQUIRE(Forget(plain.get(), "a2").ok());
  REQUIRE(Forget(cached.get(), "a2", &cache).ok());
  auto p = Load(plain.get(), Article("a6", "six", {"Jean Martin", "Peskov"}));
  auto c = Load(cached.get(), Article("a6", "six", {"Jean Martin", "Peskov"}), &cache);
  REQUIRE(p.ok());
  REQUIRE(c.ok());
  CHECK(Dump(plain.get()) == Dump(cached.get()));
  CHECK(cache.entries() > 0);
  CHECK(cache.forms() <= cache.entries());
  CHECK(cache.MemoryBytes() > cache.entries() * sizeof(NodeId));
}

TEST_CASE("a rolled-back transaction leaves nothing in the alias cache") {
  CacheTestDb db;
  AliasCache cache;
  REQUIRE(Load(db.get(), Article("a0", "zéro", {"Emmanuel Macron|Macron"}), &cache).ok());
  size_t entries = cache.entries(), forms = cache.forms();
  {
    auto txn = db.get()->BeginWrite();
    REQUIRE(txn.ok());
    REQUIRE(LoadInto(txn.value().get(), Article("a1", "un", {"Jean Dupont|Dupont"}), &cache).ok());
    CHECK(cache.entries() > entries);
    txn.value()->Rollback();
    cache.RolledBack();
  }
  CHECK(cache.entries() == entries);
  CHECK(cache.forms() == forms);
  // The rolled-back node's id is given to another node: an alias left behind
  // would now lead "Dupont" to Marie Curie.
  REQUIRE(Load(db.get(), Article("a2", "deux", {"Marie Curie"}), &cache).ok());
  auto r = Load(db.get(), Article("a3", "trois", {"Dupont"}), &cache);
  REQUIRE(r.ok());
  CHECK(CountLabel(db.get(), "Person") == 3);
}

TEST_CASE("several articles under one commit through the cache, and a failed group") {
  CacheTestDb db;
  AliasCache cache;
  {
    auto txn = db.get()->BeginWrite();
    REQUIRE(txn.ok());
    REQUIRE(LoadInto(txn.value().get(), Article("a1", "un", {"Dmitri Peskov"}), &cache).ok());
    auto r = LoadInto(txn.value().get(), Article("a2", "deux", {"Peskov"}), &cache);
    REQUIRE(r.ok());
    CHECK(r->nodes_added == 2);  // the article and its statement: Peskov is a1's
    REQUIRE(txn.value()->Commit().ok());
    cache.Committed();
  }
  {
    auto txn = db.get()->BeginWrite();
    REQUIRE(txn.ok());
    REQUIRE(LoadInto(txn.value().get(), Article("a3", "trois", {"Sergueï Lavrov|Lavrov"}), &cache).ok());
    Extraction bad = Article("a4", "quatre", {"Lavrov"});
    bad.edges.push_back({"SAID", "n1", "n99", {}});  // an unknown node: refused
    CHECK_FALSE(LoadInto(txn.value().get(), bad, &cache).ok());
    txn.value()->Rollback();
    cache.RolledBack();
  }
  // Lavrov was never stored: a short form cannot find him.
  auto r = Load(db.get(), Article("a5", "cinq", {"Lavrov"}), &cache);
  REQUIRE(r.ok());
  CHECK(CountLabel(db.get(), "Person") == 2);
  auto r2 = Load(db.get(), Article("a6", "six", {"Sergueï Lavrov"}), &cache);
  REQUIRE(r2.ok());
  CHECK(CountLabel(db.get(), "Person") == 2);  // the full name finds a5's Lavrov
}

TEST_CASE("the cache sees what writers without it stored meanwhile") {
  CacheTestDb db;
  AliasCache cache;
  REQUIRE(Load(db.get(), Article("a1", "un", {"Dmitri Peskov"}), &cache).ok());
  REQUIRE(Load(db.get(), Article("a2", "deux", {"Maria Zakharova"})).ok());  // no cache
  REQUIRE(Load(db.get(), Article("a3", "trois", {"Zakharova"}), &cache).ok());
  CHECK(CountLabel(db.get(), "Person") == 2);
  REQUIRE(Forget(db.get(), "a2").ok());  // no cache: Zakharova stays (a3 supports her)
  REQUIRE(Forget(db.get(), "a3").ok());  // now she goes, with her aliases
  REQUIRE(Load(db.get(), Article("a4", "quatre", {"Zakharova"}), &cache).ok());
  CHECK(CountLabel(db.get(), "Person") == 2);  // Peskov, and a new Zakharova
}

}  // namespace
}  // namespace kg::ingest
