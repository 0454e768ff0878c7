// Unit tests of ingest/loader.h: resolution across articles and languages,
// idempotency, replacement, forgetting, meetings and documents, bad input.
#include "ingest/loader.h"
#include "ingest/ingest_pipeline.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/text.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

// A fresh database in a temporary folder, removed at the end.
class TempDb {
 public:
  TempDb() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("kg_loader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(dir_);
    auto g = graph::Graph::Open(dir_.string(), graph::OpenOptions{});
    REQUIRE_MESSAGE(g.ok(), g.status().ToString());
    graph_ = std::move(g).value();
  }
  ~TempDb() {
    graph_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  graph::Graph* get() { return graph_.get(); }
  void Reopen() {
    graph_.reset();
    auto g = graph::Graph::Open(dir_.string(), graph::OpenOptions{});
    REQUIRE(g.ok());
    graph_ = std::move(g).value();
  }

 private:
  fs::path dir_;
  std::unique_ptr<graph::Graph> graph_;
};

// Builds extractions by hand.
class Ex {
 public:
  Ex(std::string id, std::string text, std::string lang = "fr") {
    e_.article.id = std::move(id);
    e_.article.path = e_.article.id;
    e_.article.lang = std::move(lang);
    e_.article.date = "2025-12-23";
    e_.article.text = std::move(text);
    e_.article.sha256 = Sha256Hex(e_.article.text);
  }
  std::string Node(std::string label, ValueMap props) {
    std::string id = "n" + std::to_string(e_.nodes.size() + 1);
    e_.nodes.push_back({id, std::move(label), std::move(props)});
    return id;
  }
  std::string Person(std::string name, std::vector<std::string> aliases = {}) {
    return Node("Person", Named(std::move(name), aliases));
  }
  std::string Place(std::string name, std::vector<std::string> aliases = {}) {
    return Node("Place", Named(std::move(name), aliases));
  }
  std::string Statement(std::string text) {
    return Node("Statement", {{"text", Value(text)}, {"quote", Value(true)}, {"span", Value(ValueList{0, 1})}});
  }
  void Edge(std::string type, std::string from, std::string to, ValueMap props = {}) {
    props.emplace_back("sentence", Value(0));
    props.emplace_back("span", Value(ValueList{0, 1}));
    props.emplace_back("confidence", Value(0.9));
    e_.edges.push_back({std::move(type), std::move(from), std::move(to), std::move(props)});
  }
  Extraction& get() { return e_; }

  static ValueMap Named(std::string name, const std::vector<std::string>& aliases) {
    ValueMap m{{"name", Value(std::move(name))}};
    if (!aliases.empty()) {
      ValueList l;
      for (const auto& a : aliases) l.emplace_back(a);
      m.emplace_back("aliases", Value(std::move(l)));
    }
    return m;
  }

 private:
  Extraction e_;
};

// Node ids with `label` whose name is `name`.
std::vector<NodeId> Named(graph::Graph* g, const std::string& label, const std::string& name) {
  auto r = g->BeginRead();
  std::vector<NodeId> out;
  auto l = r->FindLabel(label);
  auto k = r->FindKey("name");
  if (!l || !k) return out;
  r->IndexLookup(*l, *k, Value(name), &out);
  return out;
}

uint64_t Count(graph::Graph* g, const std::string& label) {
  auto r = g->BeginRead();
  auto l = r->FindLabel(label);
  return l ? r->CountNodesWithLabel(*l) : 0;
}

uint64_t CountEdges(graph::Graph* g, const std::string& type) {
  auto r = g->BeginRead();
  auto t = r->FindType(type);
  return t ? r->CountEdgesOfType(*t) : 0;
}

Value Prop(graph::Graph* g, NodeId n, const std::string& key) {
  auto r = g->BeginRead();
  auto k = r->FindKey(key);
  return k ? r->NodeProperty(n, *k) : Value();
}

Extraction PeskovArticle(const std::string& id, const std::string& text) {
  Ex e(id, text);
  auto p = e.Person("Dmitri Peskov", {"Peskov"});
  auto s = e.Statement("ne sauraient constituer une percée");
  auto m = e.Place("Moscou", {"Moscow"});
  e.Edge("SAID", p, s, {{"verb", Value("a déclaré")}});
  e.Edge("AFFILIATED_WITH", p, m, {{"role", Value("porte-parole")}});
  return e.get();
}

TEST_CASE("NameKey folds accents, case, punctuation and initials") {
  CHECK(NameKey("J.D. Vance") == "jd vance");
  CHECK(NameKey("JD Vance") == "jd vance");
  CHECK(NameKey("Maison-Blanche") == "maison blanche");
  CHECK(NameKey("Université d’État de Moscou") == "universite d etat de moscou");
  CHECK(NameKey("« Kremlin »") == "kremlin");
  CHECK(NameKey("Steve D Witkoff") == "steve d witkoff");
  CHECK(NameKey("") == "");
}

TEST_CASE("an article is stored with its facts in one write; re-ingesting it adds nothing") {
  TempDb db;
  auto r = Load(db.get(), PeskovArticle("a1", "texte un"));
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->outcome == LoadOutcome::kAdded);
  CHECK(r->nodes_added == 4);  // Article, Person, Statement, Place
  CHECK(r->edges_added == 5);  // SAID, AFFILIATED_WITH, 3 MENTIONS
  CHECK(Count(db.get(), "Article") == 1);
  auto stats = db.get()->Stats();

  auto again = Load(db.get(), PeskovArticle("a1", "texte un"));
  REQUIRE(again.ok());
  CHECK(again->outcome == LoadOutcome::kSkipped);
  CHECK(again->nodes_added == 0);
  CHECK(again->edges_added == 0);
  auto after = db.get()->Stats();
  CHECK(after.nodes == stats.nodes);
  CHECK(after.relationships == stats.relationships);

  auto p = Named(db.get(), "Article", "");  // articles have no name
  CHECK(p.empty());
  auto read = db.get()->BeginRead();
  CHECK(StoredArticleSha(*read, "a1") == Sha256Hex("texte un"));
  CHECK(StoredArticleSha(*read, "a2").empty());
}

TEST_CASE("edges carry provenance and the article's text is stored") {
  TempDb db;
  REQUIRE(Load(db.get(), PeskovArticle("a1", "texte un")).ok());
  auto r = db.get()->BeginRead();
  auto said = r->FindType("SAID");
  REQUIRE(said);
  std::vector<EdgeId> edges;
  r->AllEdges(*said, &edges);
  REQUIRE(edges.size() == 1);
  auto prop = [&](const char* k) { return r->EdgeProperty(edges[0], *r->FindKey(k)); };
  CHECK(prop("article") == Value("a1"));
  CHECK(prop("verb") == Value("a déclaré"));
  CHECK(prop("sentence") == Value(0));
  CHECK(prop("confidence").is_float());
  CHECK(prop("support") == Value(1));
  std::vector<NodeId> arts;
  r->NodesWithLabel(*r->FindLabel("Article"), &arts);
  REQUIRE(arts.size() == 1);
  CHECK(r->NodeProperty(arts[0], *r->FindKey("text")) == Value("texte un"));
  CHECK(r->NodeProperty(arts[0], *r->FindKey("date")).is_date());
}

TEST_CASE("entities resolve across articles and languages through names and aliases") {
  TempDb db;
  REQUIRE(Load(db.get(), PeskovArticle("a1", "un")).ok());
  Ex en("a2", "two", "en");
  auto p = en.Person("Peskov");
  auto m = en.Place("Moscow", {"Moscou"});
  auto s = en.Statement("not a breakthrough");
  en.Edge("SAID", p, s, {{"verb", Value("said")}});
  en.Edge("AFFILIATED_WITH", p, m);
  auto r = Load(db.get(), en.get());
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(Count(db.get(), "Person") == 1);
  CHECK(Count(db.get(), "Place") == 1);
  CHECK(Count(db.get(), "Statement") == 2);
  auto peskov = Named(db.get(), "Person", "Dmitri Peskov");
  REQUIRE(peskov.size() == 1);
  // The same affiliation from two articles is one edge supported by both.
  CHECK(CountEdges(db.get(), "AFFILIATED_WITH") == 1);
  auto rd = db.get()->BeginRead();
  std::vector<EdgeId> aff;
  rd->AllEdges(*rd->FindType("AFFILIATED_WITH"), &aff);
  REQUIRE(aff.size() == 1);
  CHECK(rd->EdgeProperty(aff[0], *rd->FindKey("support")) == Value(2));
  CHECK(rd->EdgeProperty(aff[0], *rd->FindKey("article")) == Value("a1"));
  CHECK(rd->EdgeProperty(aff[0], *rd->FindKey("role")) == Value("porte-parole"));
  // The place keeps the first article's name; the other language's is an alias.
  auto moscou = Named(db.get(), "Place", "Moscou");
  REQUIRE(moscou.size() == 1);
  CHECK(rd->NodeProperty(moscou[0], *rd->FindKey("aliases")) == Value(ValueList{Value("Moscow")}));
}

TEST_CASE("the fullest name wins and shorter forms become aliases") {
  TempDb db;
  Ex a("a1", "un");
  a.Person("Vance");
  REQUIRE(Load(db.get(), a.get()).ok());
  Ex b("a2", "deux");
  b.Person("J.D. Vance", {"JD Vance", "Vance"});
  REQUIRE(Load(db.get(), b.get()).ok());
  CHECK(Count(db.get(), "Person") == 1);
  auto v = Named(db.get(), "Person", "J.D. Vance");
  REQUIRE(v.size() == 1);
  CHECK(Prop(db.get(), v[0], "aliases") == Value(ValueList{Value("Vance"), Value("JD Vance")}));
}

TEST_CASE("an ambiguous or conflicting short form is not merged") {
  TempDb db;
  Ex a("a1", "un");
  a.Person("Paul Martin", {"Martin"});
  REQUIRE(Load(db.get(), a.get()).ok());
  Ex b("a2", "deux");
  b.Person("Jean Martin", {"Martin"});  // same surname, another given name
  REQUIRE(Load(db.get(), b.get()).ok());
  CHECK(Count(db.get(), "Person") == 2);
  Ex c("a3", "trois");
  c.Person("Martin");  // which one? neither
  REQUIRE(Load(db.get(), c.get()).ok());
  CHECK(Count(db.get(), "Person") == 3);
  Ex d("a4", "quatre");
  d.Person("P. Martin");  // an initial agreeing with one of them
  REQUIRE(Load(db.get(), d.get()).ok());
  CHECK(Count(db.get(), "Person") == 4);  // "martin" leads to three nodes: still ambiguous
}

TEST_CASE("places of different countries with one name stay apart") {
  TempDb db;
  Ex a("a1", "un");
  a.Node("Place", {{"name", Value("Paris")}, {"country", Value("FR")}, {"kind", Value("city")}});
  REQUIRE(Load(db.get(), a.get()).ok());
  Ex b("a2", "deux", "en");
  b.Node("Place", {{"name", Value("Paris")}, {"country", Value("US")}, {"kind", Value("city")}});
  REQUIRE(Load(db.get(), b.get()).ok());
  CHECK(Count(db.get(), "Place") == 2);
  Ex c("a3", "trois");
  c.Node("Place", {{"name", Value("Paris")}, {"country", Value("FR")}});
  REQUIRE(Load(db.get(), c.get()).ok());
  CHECK(Count(db.get(), "Place") == 2);
}

TEST_CASE("places merge through their gazetteer identity (country code, coordinates)") {
  TempDb db;
  Ex a("a1", "un");
  a.Node("Place", {{"name", Value("Moscou")}, {"kind", Value("city")}, {"country", Value("RU")},
                   {"lat", Value(55.75222)}, {"lon", Value(37.61556)}});
  a.Node("Place", {{"name", Value("Russie")}, {"kind", Value("country")}, {"country", Value("RU")}});
  REQUIRE(Load(db.get(), a.get()).ok());
  Ex b("a2", "two", "en");
  b.Node("Place", {{"name", Value("Moscow")}, {"kind", Value("city")}, {"country", Value("RU")},
                   {"lat", Value(55.75222)}, {"lon", Value(37.61556)}});
  b.Node("Place", {{"name", Value("Russia")}, {"kind", Value("country")}, {"country", Value("RU")}});
  b.Node("Place", {{"name", Value("Moscow")}, {"kind", Value("city")}, {"country", Value("US")},
                   {"lat", Value(46.73)}, {"lon", Value(-116.99)}});  // Moscow, Idaho
  REQUIRE(Load(db.get(), b.get()).ok());
  CHECK(Count(db.get(), "Place") == 3);
  auto moscou = Named(db.get(), "Place", "Moscou");
  REQUIRE(moscou.size() == 1);
  CHECK(Prop(db.get(), moscou[0], "aliases") == Value(ValueList{Value("Moscow")}));
  CHECK(Named(db.get(), "Place", "Russie").size() == 1);
  CHECK(Named(db.get(), "Place", "Moscow").size() == 1);  // the one in Idaho
}

Extraction MeetingArticle(const std::string& id, const std::string& name, const std::string& start,
                          const std::string& end, const std::string& place, const std::string& status) {
  Ex e(id, id + " text");
  auto pl = e.Place(place);
  ValueMap m{{"name", Value(name)}, {"status", Value(status)}};
  if (!start.empty()) m.emplace_back("start", Value(start));
  if (!end.empty()) m.emplace_back("end", Value(end));
  auto mt = e.Node("Meeting", m);
  e.Edge("HELD_IN", mt, pl);
  auto w = e.Person("Steve Witkoff");
  e.Edge("PARTICIPATED_IN", w, mt);
  return e.get();
}

TEST_CASE("meetings merge on place and overlapping dates, or on a specific name") {
  TempDb db;
  REQUIRE(Load(db.get(), MeetingArticle("a1", "pourparlers de Miami", "2025-12-20", "2025-12-21", "Miami", "held")).ok());
  REQUIRE(Load(db.get(), MeetingArticle("a2", "Miami talks", "2025-12-21", "", "Miami", "held")).ok());
  CHECK(Count(db.get(), "Meeting") == 1);
  CHECK(CountEdges(db.get(), "PARTICIPATED_IN") == 1);
  CHECK(CountEdges(db.get(), "HELD_IN") == 1);
  auto m = Named(db.get(), "Meeting", "pourparlers de Miami");
  REQUIRE(m.size() == 1);
  CHECK(Prop(db.get(), m[0], "start").is_date());
  CHECK(Prop(db.get(), m[0], "aliases") == Value(ValueList{Value("Miami talks")}));
  // Same place, dates apart: another meeting.
  REQUIRE(Load(db.get(), MeetingArticle("a3", "Miami talks", "2026-02-01", "", "Miami", "planned")).ok());
  CHECK(Count(db.get(), "Meeting") == 2);
  // A generic name alone merges nothing.
  REQUIRE(Load(db.get(), MeetingArticle("a4", "talks", "", "", "Geneva", "planned")).ok());
  REQUIRE(Load(db.get(), MeetingArticle("a5", "talks", "", "", "Riyadh", "planned")).ok());
  CHECK(Count(db.get(), "Meeting") == 4);
}

TEST_CASE("a meeting without a place merges with one of the same days whose name contains its name") {
  TempDb db;
  Ex a("a1", "un");
  a.Node("Meeting", {{"name", Value("pourparlers")}, {"start", Value("2026-03-09")}, {"end", Value("2026-03-10")}});
  REQUIRE(Load(db.get(), a.get()).ok());
  REQUIRE(Load(db.get(), MeetingArticle("a2", "pourparlers de Genève", "2026-03-09", "", "Genève", "held")).ok());
  CHECK(Count(db.get(), "Meeting") == 1);
  // Other days, or an unrelated name: apart.
  Ex c("a3", "trois");
  c.Node("Meeting", {{"name", Value("pourparlers")}, {"start", Value("2026-04-01")}});
  c.Node("Meeting", {{"name", Value("sommet du G20")}, {"start", Value("2026-03-10")}});
  REQUIRE(Load(db.get(), c.get()).ok());
  CHECK(Count(db.get(), "Meeting") == 3);
}

TEST_CASE("a planned meeting becomes held when a later article says so") {
  TempDb db;
  REQUIRE(Load(db.get(), MeetingArticle("a1", "COP31", "2026-11-09", "2026-11-20", "Antalya", "planned")).ok());
  REQUIRE(Load(db.get(), MeetingArticle("a2", "COP31", "", "", "Antalya", "held")).ok());
  auto m = Named(db.get(), "Meeting", "COP31");
  REQUIRE(m.size() == 1);
  CHECK(Prop(db.get(), m[0], "status") == Value("held"));
}

TEST_CASE("documents merge by normalised name") {
  TempDb db;
  Ex a("a1", "un");
  a.Node("Document", {{"name", Value("plan de paix en 20 points")}, {"aliases", Value(ValueList{Value("plan de paix en vingt points")})}});
  REQUIRE(Load(db.get(), a.get()).ok());
  Ex b("a2", "deux");
  b.Node("Document", {{"name", Value("Plan de paix en vingt points")}});
  REQUIRE(Load(db.get(), b.get()).ok());
  CHECK(Count(db.get(), "Document") == 1);
}

TEST_CASE("an updated article replaces its facts and keeps what other articles support") {
  TempDb db;
  REQUIRE(Load(db.get(), PeskovArticle("a1", "un")).ok());
  Ex other("a2", "deux");
  auto p = other.Person("Peskov");
  auto s = other.Statement("autre chose");
  other.Edge("SAID", p, s);
  REQUIRE(Load(db.get(), other.get()).ok());
  auto before = Named(db.get(), "Person", "Dmitri Peskov");
  REQUIRE(before.size() == 1);

  Ex v2("a1", "un, corrigé");
  auto kir = v2.Person("Kirill Dmitriev");
  auto s2 = v2.Statement("travail en cours");
  v2.Edge("SAID", kir, s2);
  auto r = Load(db.get(), v2.get());
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->outcome == LoadOutcome::kReplaced);
  CHECK(Count(db.get(), "Article") == 2);
  // Peskov stays (a2 names him) under his own name only; Moscou went with a1's old version.
  CHECK(Named(db.get(), "Person", "Dmitri Peskov").empty());
  auto peskov = Named(db.get(), "Person", "Peskov");
  REQUIRE(peskov.size() == 1);
  CHECK(peskov[0] == before[0]);
  CHECK(Count(db.get(), "Place") == 0);
  CHECK(Count(db.get(), "Person") == 2);
  CHECK(Count(db.get(), "Statement") == 2);
  CHECK(CountEdges(db.get(), "AFFILIATED_WITH") == 0);
  CHECK(CountEdges(db.get(), "SAID") == 2);
  CHECK(CountEdges(db.get(), "MENTIONS") == 4);
  auto rd = db.get()->BeginRead();
  CHECK(StoredArticleSha(*rd, "a1") == Sha256Hex("un, corrigé"));
}

TEST_CASE("merging a new article's share equals recomputing from every contribution") {
  TempDb db;
  auto article = [](const std::string& id, const std::string& text, const std::string& name,
                    std::vector<std::string> aliases, const std::string& role) {
    Ex e(id, text);
    auto p = e.Node("Person", Ex::Named(name, aliases));
    e.get().nodes.back().properties.emplace_back("roles", Value(ValueList{Value(role)}));
    auto m = e.Node("Meeting", {{"name", Value("talks")}, {"status", Value("planned")}});
    e.Edge("PARTICIPATED_IN", p, m);
    (void)m;
    return e.get();
  };
  REQUIRE(Load(db.get(), article("a1", "un", "Witkoff", {}, "envoyé spécial")).ok());
  REQUIRE(Load(db.get(), article("a2", "deux", "Steve Witkoff", {"Witkoff"}, "special envoy")).ok());
  REQUIRE(Load(db.get(), article("a3", "trois", "Steven Witkoff", {"Witkoff"}, "envoy")).ok());
  auto w = Named(db.get(), "Person", "Steve Witkoff");
  REQUIRE(w.size() == 1);
  auto props = [&] {
    auto r = db.get()->BeginRead();
    ValueMap m;
    for (auto& [k, v] : r->NodeProperties(w[0])) m.emplace_back(r->KeyName(k), v);
    std::sort(m.begin(), m.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    return m;
  };
  ValueMap incremental = props();
  // Replacing a2 by a new text with the same facts recomputes from every
  // contribution in ingestion order.
  auto r = Load(db.get(), article("a2", "deux bis", "Steve Witkoff", {"Witkoff"}, "special envoy"));
  REQUIRE(r.ok());
  CHECK(r->outcome == LoadOutcome::kReplaced);
  CHECK(props() == incremental);
  CHECK(Count(db.get(), "Person") == 1);
}

TEST_CASE("an article repeating what a node holds leaves it as the full merge would") {
  TempDb db;
  auto props = [&](NodeId n) {
    auto r = db.get()->BeginRead();
    ValueMap m;
    for (auto& [k, v] : r->NodeProperties(n)) m.emplace_back(r->KeyName(k), v);
    std::sort(m.begin(), m.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    return m;
  };
  Ex a("a1", "un");
  a.Person("Steve Witkoff", {"Witkoff"});
  REQUIRE(Load(db.get(), a.get()).ok());
  auto w = Named(db.get(), "Person", "Steve Witkoff");
  REQUIRE(w.size() == 1);
  ValueMap first = props(w[0]);

  SUBCASE("nothing new: unchanged") {
    Ex b("a2", "deux");
    b.Person("Witkoff");
    REQUIRE(Load(db.get(), b.get()).ok());
    CHECK(props(w[0]) == first);
  }
  SUBCASE("a longer name is new even though it is already an alias") {
    // Aliases do not compete for the name; names do, the fullest winning.
    Ex b("a2", "deux");
    b.Person("Steve Witkoff", {"Steven Charles Witkoff"});
    REQUIRE(Load(db.get(), b.get()).ok());
    CHECK(Prop(db.get(), w[0], "name") == Value("Steve Witkoff"));
    Ex c("a3", "trois");
    c.Person("Steven Charles Witkoff");
    REQUIRE(Load(db.get(), c.get()).ok());
    CHECK(Prop(db.get(), w[0], "name") == Value("Steven Charles Witkoff"));
    CHECK(Prop(db.get(), w[0], "aliases") == Value(ValueList{Value("Steve Witkoff"), Value("Witkoff")}));
  }
  SUBCASE("a property the node lacks is added") {
    Ex b("a2", "deux");
    b.Node("Person", {{"name", Value("Steve Witkoff")}, {"nationality", Value("US")}});
    REQUIRE(Load(db.get(), b.get()).ok());
    CHECK(Prop(db.get(), w[0], "nationality") == Value("US"));
    CHECK(Prop(db.get(), w[0], "aliases") == first[0].second);
  }
  SUBCASE("a node not in the merge's form is put in it, as the full merge does") {
    // Edited by hand (a query's SET): a repeated alias, which a merge drops.
    {
      auto t = db.get()->BeginWrite();
      REQUIRE(t.ok());
      KeyId aliases = t.value()->InternKey("aliases");
      REQUIRE(t.value()->SetNodeProperty(w[0], aliases, Value(ValueList{Value("Witkoff"), Value("Witkoff")})).ok());
      REQUIRE(t.value()->Commit().ok());
    }
    Ex b("a2", "deux");
    b.Person("Steve Witkoff", {"Witkoff"});
    REQUIRE(Load(db.get(), b.get()).ok());
    CHECK(Prop(db.get(), w[0], "aliases") == Value(ValueList{Value("Witkoff")}));
  }
}

TEST_CASE("forget reads support entries of format 1 (one per node or edge) as well as support records") {
  TempDb db;
  REQUIRE(Load(db.get(), PeskovArticle("a1", "un")).ok());
  Ex en("a2", "two", "en");
  auto p = en.Person("Dmitry Peskov", {"Peskov"});
  auto m = en.Place("Moscow", {"Moscou"});
  en.Edge("AFFILIATED_WITH", p, m, {{"role", Value("spokesman")}});
  REQUIRE(Load(db.get(), en.get()).ok());
  // a1's support record (varint node count, node id deltas, then edges) as
  // the kg of format 1 wrote it: Article id BE64, 'n' or 'e', id BE64 -> "".
  {
    auto w = db.get()->BeginWrite();
    REQUIRE(w.ok());
    std::vector<std::pair<std::string, std::string>> records;
    w.value()->AuxScan("ingest.support", "", [&](std::string_view k, std::string_view v) {
      records.emplace_back(k, v);
      return true;
    });
    REQUIRE(records.size() == 2);
    const auto& [key, value] = records[0];
    REQUIRE(key.size() == 8);
    std::string_view in = value;
    size_t entries = 0;
    for (char kind : {'n', 'e'}) {
      uint64_t count = 0, id = 0, delta = 0;
      REQUIRE(GetVarint64(&in, &count));
      for (uint64_t i = 0; i < count; ++i) {
        REQUIRE(GetVarint64(&in, &delta));
        id += delta;
        std::string old = key + std::string(1, kind);
        PutFixed64BE(&old, id);
        w.value()->AuxPut("ingest.support", old, "");
        ++entries;
      }
    }
    CHECK(in.empty());
    CHECK(entries >= 4);  // the person, the place, the statement; SAID at least
    w.value()->AuxDelete("ingest.support", key);
    REQUIRE(w.value()->Commit().ok());
  }
  auto f = Forget(db.get(), "a1");
  REQUIRE_MESSAGE(f.ok(), f.status().ToString());
  CHECK(f->nodes_deleted == 2);  // the Article and its Statement
  CHECK(Count(db.get(), "Statement") == 0);
  CHECK(Count(db.get(), "Person") == 1);
  CHECK(CountEdges(db.get(), "SAID") == 0);
  {
    auto rd = db.get()->BeginRead();
    size_t left = 0;
    rd->AuxScan("ingest.support", "", [&](std::string_view, std::string_view) {
      ++left;
      return true;
    });
    CHECK(left == 1);  // a2's record; a1's entries are gone
  }
  REQUIRE(Forget(db.get(), "a2").ok());
  auto st = db.get()->Stats();
  CHECK(st.nodes == 0);
  CHECK(st.relationships == 0);
}

TEST_CASE("forget removes an article and only the facts it alone supports") {
  TempDb db;
  REQUIRE(Load(db.get(), PeskovArticle("a1", "un")).ok());
  Ex en("a2", "two", "en");
  auto p = en.Person("Dmitry Peskov", {"Peskov"});
  auto m = en.Place("Moscow", {"Moscou"});
  en.Edge("AFFILIATED_WITH", p, m, {{"role", Value("spokesman")}});
  REQUIRE(Load(db.get(), en.get()).ok());
  CHECK(Count(db.get(), "Person") == 1);

  auto f = Forget(db.get(), "a1");
  REQUIRE_MESSAGE(f.ok(), f.status().ToString());
  CHECK(f->nodes_deleted == 2);  // the Article and its Statement
  CHECK(Count(db.get(), "Article") == 1);
  CHECK(Count(db.get(), "Statement") == 0);
  CHECK(Count(db.get(), "Person") == 1);
  CHECK(Count(db.get(), "Place") == 1);
  CHECK(CountEdges(db.get(), "SAID") == 0);
  CHECK(CountEdges(db.get(), "AFFILIATED_WITH") == 1);
  // Names and the edge's provenance now come from a2 alone.
  auto peskov = Named(db.get(), "Person", "Dmitry Peskov");
  REQUIRE(peskov.size() == 1);
  CHECK(Prop(db.get(), peskov[0], "aliases") == Value(ValueList{Value("Peskov")}));
  CHECK(Named(db.get(), "Place", "Moscow").size() == 1);
  {
    auto rd = db.get()->BeginRead();
    std::vector<EdgeId> aff;
    rd->AllEdges(*rd->FindType("AFFILIATED_WITH"), &aff);
    REQUIRE(aff.size() == 1);
    CHECK(rd->EdgeProperty(aff[0], *rd->FindKey("article")) == Value("a2"));
    CHECK(rd->EdgeProperty(aff[0], *rd->FindKey("role")) == Value("spokesman"));
    CHECK(rd->EdgeProperty(aff[0], *rd->FindKey("support")) == Value(1));
  }
  // The forgotten article's old name forms no longer resolve to the node.
  Ex c("a3", "trois");
  c.Person("Dmitri Peskov");
  REQUIRE(Load(db.get(), c.get()).ok());
  CHECK(Count(db.get(), "Person") == 1);  // still merges through "Peskov"

  CHECK(Forget(db.get(), "a2").ok());
  CHECK(Forget(db.get(), "a3").ok());
  auto st = db.get()->Stats();
  CHECK(st.nodes == 0);
  CHECK(st.relationships == 0);
  auto missing = Forget(db.get(), "a1");
  CHECK(missing.status().kind() == ErrorKind::kEntityNotFound);
  // Everything forgotten, the article can come back as new.
  auto again = Load(db.get(), PeskovArticle("a1", "un"));
  REQUIRE(again.ok());
  CHECK(again->outcome == LoadOutcome::kAdded);
}

TEST_CASE("the bookkeeping survives reopening the database") {
  TempDb db;
  REQUIRE(Load(db.get(), PeskovArticle("a1", "un")).ok());
  db.Reopen();
  auto again = Load(db.get(), PeskovArticle("a1", "un"));
  REQUIRE(again.ok());
  CHECK(again->outcome == LoadOutcome::kSkipped);
  Ex en("a2", "two", "en");
  en.Person("Peskov");
  REQUIRE(Load(db.get(), en.get()).ok());
  CHECK(Count(db.get(), "Person") == 1);
  REQUIRE(Forget(db.get(), "a1").ok());
  CHECK(Count(db.get(), "Person") == 1);
}

TEST_CASE("several articles under one commit, each whole") {
  TempDb db;
  auto txn = db.get()->BeginWrite();
  REQUIRE(txn.ok());
  REQUIRE(LoadInto(txn.value().get(), PeskovArticle("a1", "un")).ok());
  Ex en("a2", "two", "en");
  en.Person("Peskov");
  auto r = LoadInto(txn.value().get(), en.get());
  REQUIRE(r.ok());
  // The second article sees the first one's uncommitted entities.
  CHECK(r->nodes_added == 1);
  REQUIRE(txn.value()->Commit().ok());
  CHECK(Count(db.get(), "Person") == 1);
  CHECK(Count(db.get(), "Article") == 2);
}

TEST_CASE("a malformed extraction is refused and leaves the database unchanged") {
  TempDb db;
  Ex bad("a1", "un");
  auto p = bad.Person("Dmitri Peskov");
  bad.Edge("SAID", p, "n99");
  auto r = Load(db.get(), bad.get());
  CHECK(r.status().kind() == ErrorKind::kInputError);
  CHECK(r.status().message().find("n99") != std::string::npos);
  CHECK(db.get()->Stats().nodes == 0);

  Ex noid("", "un");
  CHECK(Load(db.get(), noid.get()).status().kind() == ErrorKind::kInputError);

  Ex dup("a1", "un");
  dup.get().nodes.push_back({"x", "Person", {{"name", Value("A")}}});
  dup.get().nodes.push_back({"x", "Person", {{"name", Value("B")}}});
  CHECK(Load(db.get(), dup.get()).status().kind() == ErrorKind::kInputError);
  CHECK(db.get()->Stats().nodes == 0);
}

TEST_CASE("an article without facts (another language) is stored alone") {
  TempDb db;
  Ex de("de1", "Ein Text auf Deutsch.", "de");
  de.get().warnings.push_back("language 'de' is not supported: no facts extracted");
  auto r = Load(db.get(), de.get());
  REQUIRE(r.ok());
  CHECK(r->nodes_added == 1);
  CHECK(r->edges_added == 0);
  CHECK(Count(db.get(), "Article") == 1);
}

TEST_CASE("mention counts come from the extraction's MENTIONS edges") {
  TempDb db;
  Ex e("a1", "un");
  auto p = e.Person("Dmitri Peskov", {"Peskov"});
  e.get().edges.push_back({"MENTIONS", "article", p, {{"count", Value(3)}}});
  REQUIRE(Load(db.get(), e.get()).ok());
  auto rd = db.get()->BeginRead();
  std::vector<EdgeId> m;
  rd->AllEdges(*rd->FindType("MENTIONS"), &m);
  REQUIRE(m.size() == 1);
  CHECK(rd->EdgeProperty(m[0], *rd->FindKey("count")) == Value(3));
}

// ---- the pipeline (ingest/ingest_pipeline.h) ----

// An extractor for tests: the text "NAME|NAME..." gives one Person per name,
// all SAID one Statement; the text "BAD" gives an edge to an unknown node.
Extraction FakeExtract(const Article& a) {
  Extraction e;
  e.article = a;
  if (a.text == "BAD") {
    e.nodes.push_back({"n1", "Person", {{"name", Value("Nobody")}}});
    e.edges.push_back({"SAID", "n1", "n9", {}});
    return e;
  }
  e.nodes.push_back({"s", "Statement", {{"text", Value(a.text)}}});
  size_t start = 0;
  int i = 0;
  while (start <= a.text.size()) {
    size_t bar = a.text.find('|', start);
    if (bar == std::string::npos) bar = a.text.size();
    std::string id = "p" + std::to_string(i++);
    e.nodes.push_back({id, "Person", {{"name", Value(a.text.substr(start, bar - start))}}});
    e.edges.push_back({"SAID", id, "s", {{"verb", Value("said")}}});
    start = bar + 1;
  }
  return e;
}

class Recorder : public IngestObserver {
 public:
  void OnEvent(const IngestEvent& e) override {
    if (e.kind == IngestEvent::Kind::kStored) stored.push_back(e.article);
    if (e.kind == IngestEvent::Kind::kFailed) failed.push_back(e.article + ": " + e.status.message());
  }
  void OnProgress(const IngestProgress& p) override { last = p; }
  std::vector<std::string> stored, failed;
  IngestProgress last;
};

fs::path WriteCorpus(const fs::path& dir) {
  fs::create_directories(dir);
  std::ofstream f(dir / "wire.jsonl");
  const char* texts[] = {"Dmitri Peskov|Steve Witkoff", "Peskov", "Rustem Umerov|Steve Witkoff", "BAD",
                         "Kirill Dmitriev", "Witkoff|Dmitriev", "Marco Rubio", "Rubio|Umerov",
                         "Ignazio Cassis", "Cassis|Peskov", "Hanna Kowalczyk", "Kowalczyk|Witkoff"};
  for (const char* t : texts) f << "{\"lang\": \"en\", \"text\": \"" << t << "\"}\n";
  f << "not json\n";
  return dir;
}

TEST_CASE("the pipeline writes in reading order, isolates a bad article and skips known ones") {
  TempDb db;
  fs::path corpus = WriteCorpus(fs::temp_directory_path() / ("kg_pipeline_test_" + std::to_string(::getpid())));
  IngestOptions options;
  options.extractor = FakeExtract;
  options.jobs = 4;
  options.batch_articles = 5;
  Recorder rec;
  IngestSummary s = IngestPaths(db.get(), {corpus.string()}, options, &rec);
  CHECK(s.articles == 13);
  CHECK(s.added == 11);
  CHECK(s.failed == 2);  // the BAD article and the line that is not JSON
  REQUIRE(rec.failed.size() == 2);
  CHECK(rec.failed[0].find("wire.jsonl:4") == 0);
  CHECK(rec.failed[0].find("n9") != std::string::npos);
  CHECK(rec.failed[1].find("wire.jsonl:13") != std::string::npos);
  std::vector<std::string> expected;
  for (int i = 1; i <= 12; ++i)
    if (i != 4) expected.push_back("wire.jsonl:" + std::to_string(i));
  CHECK(rec.stored == expected);  // reading order, whatever the threads did
  CHECK(rec.last.articles_done == 13);
  CHECK(Count(db.get(), "Article") == 11);
  CHECK(Count(db.get(), "Person") == 7);
  CHECK(Count(db.get(), "Statement") == 11);

  Recorder again;
  IngestSummary s2 = IngestPaths(db.get(), {corpus.string()}, options, &again);
  CHECK(s2.skipped == 11);
  CHECK(s2.added == 0);
  CHECK(s2.failed == 2);
  CHECK(s2.nodes_added == 0);
  CHECK(s2.edges_added == 0);

  // One thread and batches of one give the same graph, node for node.
  TempDb one;
  options.jobs = 1;
  options.batch_articles = 1;
  IngestSummary s3 = IngestPaths(one.get(), {corpus.string()}, options, nullptr);
  CHECK(s3.added == 11);
  CHECK(Named(one.get(), "Person", "Steve Witkoff") == Named(db.get(), "Person", "Steve Witkoff"));
  CHECK(Named(one.get(), "Person", "Hanna Kowalczyk") == Named(db.get(), "Person", "Hanna Kowalczyk"));
  CHECK(one.get()->Stats().relationships == db.get()->Stats().relationships);
  std::error_code ec;
  fs::remove_all(corpus, ec);
}

}  // namespace
}  // namespace kg::ingest
