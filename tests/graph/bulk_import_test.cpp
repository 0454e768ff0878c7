// Tests of the CSV bulk import: header features, id groups, bad rows,
// atomicity, import into a database that already holds data.
#include "graph/bulk_import.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "graph/graph.h"
#include "graph/graph_impl.h"
#include "tests/graph/temp_dir.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::graph;

namespace {

using kg::testing::TempDir;

ImportSource Src(std::vector<std::string> names, std::vector<std::string> files) {
  return ImportSource{std::move(names), std::move(files)};
}

std::unique_ptr<Graph> Open(const std::string& dir) {
  auto g = Graph::Open(dir, {});
  REQUIRE_MESSAGE(g.ok(), g.status().ToString());
  return std::move(g).value();
}

// The node whose property `key` equals `v` (one expected).
NodeId Find(View* r, const std::string& label, const std::string& key, const Value& v) {
  std::vector<NodeId> all;
  r->NodesWithLabel(*r->FindLabel(label), &all);
  for (NodeId n : all) {
    if (r->NodeProperty(n, *r->FindKey(key)) == v) return n;
  }
  FAIL("node not found");
  return kInvalidNode;
}

}  // namespace

TEST_CASE("typed columns, arrays, labels, id groups, relationship types") {
  TempDir t;
  std::string people =
      t.Write("people.csv",
              "pid:ID(Person)|name|age:INT|score:DOUBLE|ok:BOOLEAN|born:DATE|tags:STRING[]|:LABEL\n"
              "1|Ann|31|1.5|true|1990-02-03|a;b|Admin\n"
              "2|\"Bob | Jr\"||2e3|false||\"\"|\n");
  std::string places = t.Write("places.csv", "pid:ID(Place),name\n1,Paris\n");
  std::string knows = t.Write("knows.csv",
                              ":START_ID(Person)|:END_ID(Person)|since:LONG|:TYPE\n"
                              "1|2|2020|\n"
                              "2|1||LIKES\n");
  std::string lives = t.Write("lives.csv", ":START_ID(Person),:END_ID(Place)\n1,1\n");
  TempDir db;
  ImportOptions o;
  o.delimiter = '|';
  o.nodes = {Src({"Person"}, {people})};
  o.relationships = {Src({"KNOWS"}, {knows})};
  auto r = BulkImport(db.path, o);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  // A second import (comma-separated) into the same database.
  ImportOptions o2;
  o2.nodes = {Src({"Place", "City"}, {places})};
  o2.integer_ids = true;
  auto r2 = BulkImport(db.path, o2);
  REQUIRE_MESSAGE(r2.ok(), r2.status().ToString());
  CHECK(r->nodes == 2);
  CHECK(r->relationships == 2);

  auto g = Open(db.path);
  auto v = g->BeginRead();
  CHECK(v->NodeCount() == 3);
  CHECK(v->EdgeCount() == 2);
  NodeId ann = Find(v.get(), "Person", "pid", Value("1"));
  NodeId bob = Find(v.get(), "Person", "pid", Value("2"));
  CHECK(v->NodeProperty(ann, *v->FindKey("age")) == Value(31));
  CHECK(v->NodeProperty(ann, *v->FindKey("score")) == Value(1.5));
  CHECK(v->NodeProperty(ann, *v->FindKey("ok")) == Value(true));
  Date d;
  REQUIRE(ParseIsoDate("1990-02-03", &d));
  CHECK(v->NodeProperty(ann, *v->FindKey("born")) == Value(d));
  CHECK(v->NodeProperty(ann, *v->FindKey("tags")) == Value(ValueList{Value("a"), Value("b")}));
  CHECK(v->HasLabel(ann, *v->FindLabel("Admin")));
  CHECK(v->NodeProperty(bob, *v->FindKey("name")) == Value("Bob | Jr"));
  CHECK(v->NodeProperty(bob, *v->FindKey("age")).is_null());  // empty field: no property
  CHECK(v->NodeProperty(bob, *v->FindKey("score")) == Value(2000.0));
  CHECK(v->NodeProperty(bob, *v->FindKey("born")).is_null());
  CHECK(v->NodeProperty(bob, *v->FindKey("tags")) == Value(ValueList{}));  // "" in an array column
  // Integer ids of the second import.
  NodeId paris = Find(v.get(), "Place", "pid", Value(1));
  CHECK(v->HasLabel(paris, *v->FindLabel("City")));
  // Types from the default and from the :TYPE column.
  std::vector<EdgeRef> out;
  v->Edges(ann, Direction::kOut, {}, &out);
  REQUIRE(out.size() == 1);
  CHECK(v->TypeName(out[0].type) == "KNOWS");
  CHECK(out[0].other == bob);
  CHECK(v->EdgeProperty(out[0].edge, *v->FindKey("since")) == Value(int64_t{2020}));
  out.clear();
  v->Edges(bob, Direction::kOut, {}, &out);
  REQUIRE(out.size() == 1);
  CHECK(v->TypeName(out[0].type) == "LIKES");
  // The automatic name index covers imported nodes.
  std::vector<NodeId> hits;
  v->IndexLookup(*v->FindLabel("Person"), *v->FindKey("name"), Value("Ann"), &hits);
  CHECK(hits == std::vector<NodeId>{ann});
  CHECK(v->KeysInUse() ==
        std::vector<std::string>{"age", "born", "name", "ok", "pid", "score", "since", "tags"});
  v.reset();
  g.reset();

  // Relationships into the non-empty database (the topology snapshot of
  // the first import is extended by the delta).
  ImportOptions o3;
  o3.relationships = {Src({"LIVES_IN"}, {lives})};
  o3.nodes = {Src({"Person"}, {t.Write("p3.csv", "pid:ID(Person),name\n1,Cid\n")})};
  // Ends refer to the nodes of the same import: Place 1 is unknown here.
  auto r3 = BulkImport(db.path, o3);
  CHECK(r3.status().kind() == ErrorKind::kInputError);
  CHECK(r3.status().message().find("lives.csv:2") != std::string::npos);
  auto g2 = Open(db.path);
  CHECK(g2->BeginRead()->NodeCount() == 3);  // unchanged
}

TEST_CASE("bad rows fail the import, or are skipped and reported with FILE:LINE") {
  TempDir t;
  std::string nodes = t.Write("n.csv",
                              "id:ID,age:INT\n"
                              "a,1\n"
                              "b,notanumber\n"
                              "c,3,extra\n"
                              "a,4\n"
                              "d,\xff\n"
                              "e,5\n");
  std::string rels = t.Write("r.csv", ":START_ID,:END_ID\na,e\na,zz\n");
  TempDir db;
  ImportOptions o;
  o.nodes = {Src({"N"}, {nodes})};
  o.relationships = {Src({"R"}, {rels})};
  auto r = BulkImport(db.path, o);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().kind() == ErrorKind::kInputError);
  CHECK(r.status().message().find("n.csv:3") != std::string::npos);
  CHECK(r.status().message().find("not an integer") != std::string::npos);
  {
    auto g = Open(db.path);
    CHECK(g->BeginRead()->NodeCount() == 0);
  }
  std::vector<std::string> reports;
  o.skip_bad_rows = true;
  o.on_bad_row = [&](const std::string& m) { reports.push_back(m); };
  r = BulkImport(db.path, o);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->nodes == 2);
  CHECK(r->relationships == 1);
  CHECK(r->bad_rows == 5);
  REQUIRE(reports.size() == 5);
  CHECK(reports[0].find("n.csv:3") != std::string::npos);
  CHECK(reports[1].find("n.csv:4") != std::string::npos);
  CHECK(reports[1].find("3 fields") != std::string::npos);
  CHECK(reports[2].find("duplicate") != std::string::npos);
  CHECK(reports[3].find("UTF-8") != std::string::npos);
  CHECK(reports[4].find("r.csv:3") != std::string::npos);
  auto g = Open(db.path);
  CHECK(g->BeginRead()->NodeCount() == 2);
  CHECK(g->BeginRead()->EdgeCount() == 1);
}

TEST_CASE("header errors: unknown type, missing columns, empty or binary file") {
  TempDir t;
  TempDir db;
  auto fails = [&](const std::string& header, bool nodes, const std::string& needle) {
    std::string f = t.Write("h.csv", header);
    ImportOptions o;
    o.skip_bad_rows = true;  // header errors are never skipped
    if (nodes)
      o.nodes = {Src({"L"}, {f})};
    else
      o.relationships = {Src({"T"}, {f})};
    auto r = BulkImport(db.path, o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().kind() == ErrorKind::kInputError);
    CHECK_MESSAGE(r.status().message().find(needle) != std::string::npos, r.status().message());
  };
  fails("id:ID,x:WIBBLE\n1,2\n", true, "unknown type 'WIBBLE'");
  fails("a,b\n1,2\n", false, ":START_ID and :END_ID");
  fails("", true, "empty file");
  static const char kElf[] =
      "\x7f"
      "ELF\x02\x01\x01\0\0\0\0\0\xff\xfe";
  fails(std::string(kElf, sizeof(kElf) - 1), true, "bad header");
  fails("id:ID,id\n", true, "appears twice");
  CHECK(ParseImportSource("A:B=x.csv,y.csv").names == std::vector<std::string>{"A", "B"});
  CHECK(ParseImportSource("A:B=x.csv,y.csv").files == std::vector<std::string>{"x.csv", "y.csv"});
  CHECK(ParseImportSource("plain.csv").names.empty());
  auto g = Open(db.path);
  CHECK(g->BeginRead()->NodeCount() == 0);
}

TEST_CASE("a header file followed by part files") {
  TempDir t;
  std::string h = t.Write("h.csv", "id:ID,v:INT\n");
  std::string p1 = t.Write("p1.csv", "1,10\n2,20\n");
  std::string p2 = t.Write("p2.csv", "3,30\n");
  TempDir db;
  ImportOptions o;
  o.nodes = {Src({"X"}, {h, p1, p2})};
  auto r = BulkImport(db.path, o);
  REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  CHECK(r->nodes == 3);
  auto g = Open(db.path);
  CHECK(static_cast<GraphImpl*>(g.get())->BeginRead()->CountNodesWithLabel(0) == 3);
}

TEST_CASE("an import into an empty database ships the topology snapshot") {
  TempDir t;
  std::string n = t.Write("n.csv", "id:ID\n1\n2\n3\n");
  std::string e = t.Write("e.csv", ":START_ID,:END_ID,:TYPE\n1,2,A\n2,3,B\n3,1,A\n1,1,B\n");
  TempDir db;
  ImportOptions o;
  o.nodes = {Src({}, {n})};
  o.relationships = {Src({}, {e})};
  REQUIRE(BulkImport(db.path, o).ok());
  auto g = Open(db.path);
  auto* impl = static_cast<GraphImpl*>(g.get());
  CHECK(impl->loaded_from_snapshot());
  auto v = g->BeginRead();
  TypeId a = *v->FindType("A");
  CHECK(v->Degree(0, Direction::kOut, std::span<const TypeId>(&a, 1)) == 1);
  CHECK(v->Degree(0, Direction::kBoth, {}) == 4);
  CHECK(v->CountEdgesOfType(a) == 2);
}

TEST_CASE("a second import with relationships leaves a fresh snapshot; a byte order mark is skipped") {
  TempDir t;
  std::string n1 = t.Write("n1.csv", "\xEF\xBB\xBFid:ID,name\n1,a\n2,b\n");
  std::string e1 = t.Write("e1.csv", ":START_ID,:END_ID\n1,2\n");
  std::string n2 = t.Write("n2.csv", "id:ID\n1\n2\n3\n");
  std::string e2 = t.Write("e2.csv", ":START_ID,:END_ID\n1,2\n2,3\n3,3\n");
  TempDir db;
  ImportOptions o;
  o.nodes = {Src({"A"}, {n1})};
  o.relationships = {Src({"R"}, {e1})};
  REQUIRE(BulkImport(db.path, o).ok());
  o.nodes = {Src({"B"}, {n2})};
  o.relationships = {Src({"S"}, {e2})};
  REQUIRE(BulkImport(db.path, o).ok());
  OpenOptions ro;
  ro.read_only = true;
  auto g = Graph::Open(db.path, ro);
  REQUIRE(g.ok());
  auto* impl = static_cast<GraphImpl*>(g.value().get());
  CHECK(impl->loaded_from_snapshot());
  CHECK(impl->topo_.delta_size() == 0);  // the snapshot covers the second import too
  auto v = g.value()->BeginRead();
  CHECK(v->FindKey("id").has_value());  // the BOM is not part of the first column name
  CHECK(v->EdgeCount() == 4);
  CHECK(v->Degree(0, Direction::kOut, {}) == 1);
  CHECK(v->Degree(4, Direction::kBoth, {}) == 3);  // node "3" of the second import: in, loop out and in
  TypeId s = *v->FindType("S");
  CHECK(v->CountEdgesOfType(s) == 3);
}
