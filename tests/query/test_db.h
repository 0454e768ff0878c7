// A scratch database for the query tests: a Graph opened in a fresh
// temporary folder (log syncs off), removed with the object, and the usual
// ways to run a statement on it. Tests derive their fixtures from it.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "query/query.h"

namespace kg::query::testing {

struct TestDb {
  std::string path;
  std::unique_ptr<graph::Graph> g;

  TestDb() {
    char t[] = "/tmp/kg-query-test-XXXXXX";
    path = mkdtemp(t);
    graph::OpenOptions o;
    o.sync = false;
    auto r = graph::Graph::Open(path, o);
    REQUIRE_MESSAGE(r.ok(), r.status().ToString());
    g = std::move(r).value();
  }
  ~TestDb() {
    g.reset();
    std::filesystem::remove_all(path);
  }
  TestDb(const TestDb&) = delete;
  TestDb& operator=(const TestDb&) = delete;

  // Runs `text`; fails the test (naming the statement and the error) unless it succeeds.
  QueryResult Q(std::string_view text, const ValueMap& params = {}, const QueryOptions& o = {}) {
    auto r = Run(*g, text, params, o);
    std::string why = std::string(text) + ": " + r.status().ToString();
    REQUIRE_MESSAGE(r.ok(), why);
    return std::move(r).value();
  }
  // Runs `text` and returns its status, whatever it is.
  Status Err(std::string_view text, const ValueMap& params = {}, const QueryOptions& o = {}) {
    return Run(*g, text, params, o).status();
  }
};

// One result row as Cypher text, columns joined by " | ".
inline std::string RowText(const std::vector<Value>& row) {
  std::string s;
  for (size_t i = 0; i < row.size(); ++i) s += (i ? " | " : "") + row[i].ToString();
  return s;
}

}  // namespace kg::query::testing
