// A load test of the concurrency contract (graph/graph.h): reader threads
// run a mix of queries through query::Run — label scans filtered on
// properties and keyless aggregates (property columns), directed triangles
// (sorted neighbour lists), variable-length paths, index lookups, DISTINCT,
// label tests (label bits) — while one writer commits and rolls back
// transactions that change exactly what those queries read, both through the
// WriteTxn API and through Cypher updating statements (some of which fail
// half-way and must leave nothing behind).
//
// Every write transaction keeps these invariants of the test graph; a reader
// that sees half a transaction, or a cache describing another state, breaks
// one of them:
//   (:A {v, name, grp})  accounts: sum(v) == 10 * count(:A)
//   (:Meta {hot})        one node: hot == count(:Hot); :Hot only on :A nodes
//   (:V {tri})-[:K]->    triangles: three V nodes with one tri value, K edges
//                        a->b->c->a and no other K edges
//   (:P {pair, side})    pairs: (:P {side: 0})-[:LINK]->(:P {side: 1})
// Readers also compare each query's result with the same figure recomputed
// through the raw View API (no caches) inside the same snapshot: they hold a
// ReadTxn and call query::Run, whose nested ReadTxn sees the same state.
//
// The writer runs for about one second (KG_CONCURRENCY_SECONDS overrides it,
// for longer runs under ThreadSanitizer: scripts/test.sh --tsan).
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "graph/graph.h"
#include "query/query.h"
#include "tests/query/test_db.h"

using namespace kg;

namespace {

constexpr int64_t kUnit = 10;  // each account's share of the sum
constexpr int kNames = 20;     // account names are 'a0' .. 'a19'
constexpr int kGroups = 7;     // account groups are 0 .. 6
constexpr int kReaders = 6;

// Failures seen by any thread (doctest's REQUIRE cannot stop another thread).
struct Failures {
  std::mutex mu;
  std::vector<std::string> first;
  std::atomic<int> count{0};
  void Add(std::string m) {
    ++count;
    std::lock_guard lock(mu);
    if (first.size() < 20) first.push_back(std::move(m));
  }
};

// The ids of the test graph's names (interned at setup, stable after).
struct Names {
  LabelId a, hot, meta, v, p;
  TypeId k, link;
  KeyId val, name, grp, hot_count, tri, pair, side;
  explicit Names(const graph::View& r) {
    auto l = [&](const char* s) { return r.FindLabel(s).value(); };
    auto t = [&](const char* s) { return r.FindType(s).value(); };
    auto k_ = [&](const char* s) { return r.FindKey(s).value(); };
    a = l("A"), hot = l("Hot"), meta = l("Meta"), v = l("V"), p = l("P");
    k = t("K"), link = t("LINK");
    val = k_("v"), name = k_("name"), grp = k_("grp"), hot_count = k_("hot");
    tri = k_("tri"), pair = k_("pair"), side = k_("side");
  }
};

int64_t IntOr(const Value& v, int64_t d) { return v.is_int() ? v.as_int() : d; }

// Figures of one state, recomputed through the raw View API: by_label_,
// node records and adjacency; neither property columns, sorted neighbour
// lists, label bits nor indexes.
struct Facts {
  int64_t a_count = 0, a_sum = 0;
  std::map<int64_t, std::pair<int64_t, int64_t>> by_group;  // grp -> (count, sum of v)
  std::map<std::string, std::vector<int64_t>> by_name;      // name -> ascending ids
  int64_t hot = 0, meta_nodes = 0, meta_hot = -1, hot_not_a = 0;
  int64_t v_count = 0, k_edges = 0, cycles3 = 0;
  std::map<int64_t, int64_t> tri_size;  // tri -> V nodes
  int64_t p_count = 0, p_side0 = 0, links = 0;
};

Facts Recompute(const graph::View& r, const Names& n) {
  Facts f;
  std::vector<NodeId> ids;
  std::vector<graph::EdgeRef> edges;
  r.AllNodes(&ids);
  for (NodeId id : ids) {
    std::vector<LabelId> labels = r.NodeLabels(id);
    auto has = [&](LabelId l) { return std::binary_search(labels.begin(), labels.end(), l); };
    if (has(n.a)) {
      int64_t v = IntOr(r.NodeProperty(id, n.val), 0);
      ++f.a_count, f.a_sum += v;
      auto& g = f.by_group[IntOr(r.NodeProperty(id, n.grp), -1)];
      ++g.first, g.second += v;
      Value name = r.NodeProperty(id, n.name);
      if (name.is_string()) f.by_name[name.as_string()].push_back(static_cast<int64_t>(id));
    }
    if (has(n.hot)) ++f.hot, f.hot_not_a += has(n.a) ? 0 : 1;
    if (has(n.meta)) ++f.meta_nodes, f.meta_hot = IntOr(r.NodeProperty(id, n.hot_count), -1);
    if (has(n.v)) {
      ++f.v_count;
      ++f.tri_size[IntOr(r.NodeProperty(id, n.tri), -1)];
      // Directed K-cycles of length three starting here (through any nodes).
      std::vector<graph::EdgeRef> e1, e2, e3;
      TypeId k = n.k;
      r.Edges(id, Direction::kOut, std::span<const TypeId>(&k, 1), &e1);
      f.k_edges += static_cast<int64_t>(e1.size());
      for (const auto& x : e1) {
        e2.clear();
        r.Edges(x.other, Direction::kOut, std::span<const TypeId>(&k, 1), &e2);
        for (const auto& y : e2) {
          e3.clear();
          r.Edges(y.other, Direction::kOut, std::span<const TypeId>(&k, 1), &e3);
          for (const auto& z : e3) f.cycles3 += z.other == id ? 1 : 0;
        }
      }
    }
    if (has(n.p)) {
      ++f.p_count;
      if (IntOr(r.NodeProperty(id, n.side), -1) == 0) {
        ++f.p_side0;
        edges.clear();
        TypeId link = n.link;
        r.Edges(id, Direction::kOut, std::span<const TypeId>(&link, 1), &edges);
        for (const auto& e : edges) {
          f.links += IntOr(r.NodeProperty(e.other, n.side), -1) == 1 &&
                             r.NodeProperty(e.other, n.pair) == r.NodeProperty(id, n.pair)
                         ? 1
                         : 0;
        }
      }
    }
  }
  return f;
}

// The invariants every committed state keeps; "" when they hold.
std::string Broken(const Facts& f) {
  std::string why;
  auto need = [&](bool ok, std::string what) {
    if (!ok) why += (why.empty() ? "" : "; ") + what;
  };
  need(f.a_sum == kUnit * f.a_count, fmt::format("sum(v) {} != 10 * count(:A) {}", f.a_sum, f.a_count));
  need(f.meta_nodes == 1 && f.meta_hot == f.hot,
       fmt::format("{} :Meta nodes, hot {} != count(:Hot) {}", f.meta_nodes, f.meta_hot, f.hot));
  need(f.hot_not_a == 0, fmt::format("{} :Hot nodes without :A", f.hot_not_a));
  need(f.k_edges == f.v_count && f.cycles3 == f.v_count,
       fmt::format("{} V nodes, {} K edges, {} K-cycles", f.v_count, f.k_edges, f.cycles3));
  for (const auto& [t, size] : f.tri_size) need(size == 3, fmt::format("triangle {} has {} nodes", t, size));
  need(f.p_count == 2 * f.p_side0 && f.links == f.p_side0,
       fmt::format("{} P nodes, {} of side 0, {} links", f.p_count, f.p_side0, f.links));
  return why;
}

// A result as one line: each row's values joined by ',', each row ended by ';'.
std::string Text(const query::QueryResult& r) {
  std::string s;
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < row.size(); ++i) s += (i ? "," : "") + row[i].ToString();
    s += ';';
  }
  return s;
}

// One reader query: its text, parameters, and the result expected in a
// state with the given facts.
struct Probe {
  std::string text;
  ValueMap params;
  std::string expected;
};

// A probe of each kind, parameters drawn from `rng`.
std::vector<Probe> Probes(const Facts& f, std::mt19937_64& rng) {
  std::vector<Probe> out;
  auto row = [](std::initializer_list<int64_t> xs) {
    std::string s;
    for (int64_t x : xs) s += (s.empty() ? "" : ",") + std::to_string(x);
    return s + ";";
  };
  // keyless aggregates over a label scan (ColumnAggregation)
  out.push_back({"MATCH (a:A) RETURN count(a), sum(a.v)", {}, row({f.a_count, f.a_sum})});
  // a column filter, then aggregates
  int64_t g = static_cast<int64_t>(rng() % kGroups);
  auto it = f.by_group.find(g);
  auto gs = it == f.by_group.end() ? std::pair<int64_t, int64_t>{0, 0} : it->second;
  out.push_back({"MATCH (a:A) WHERE a.grp = $g RETURN count(*), sum(a.v)",
                 {{"g", Value(g)}},
                 row({gs.first, gs.second})});
  // a range condition on one column and a bound on another
  int64_t in_groups = 0;
  for (const auto& [grp, cs] : f.by_group) in_groups += grp >= 0 && grp < g ? cs.first : 0;
  out.push_back({"MATCH (a:A) WHERE a.grp < $g AND a.v > -1000000 RETURN count(*)",
                 {{"g", Value(g)}},
                 row({in_groups})});
  // DISTINCT over a column
  std::string groups;
  for (const auto& [grp, cs] : f.by_group) groups += std::to_string(grp) + ";";
  out.push_back({"MATCH (a:A) RETURN DISTINCT a.grp AS g ORDER BY g", {}, groups});
  // label scan and label tests (label bits)
  out.push_back(
      {"MATCH (h:Hot) WITH count(h) AS c MATCH (m:Meta) RETURN c, m.hot", {}, row({f.hot, f.meta_hot})});
  out.push_back({"MATCH (a:A) WHERE a:Hot RETURN count(*)", {}, row({f.hot})});
  out.push_back({"MATCH (a:A) WHERE NOT a:Hot RETURN count(*)", {}, row({f.a_count - f.hot})});
  // index lookup on name (indexed for every label), a prefix range, a regex
  std::string name = "a" + std::to_string(rng() % kNames);
  std::string ids;
  auto nit = f.by_name.find(name);
  if (nit != f.by_name.end()) {
    for (int64_t id : nit->second) ids += std::to_string(id) + ";";
  }
  out.push_back({"MATCH (a:A {name: $n}) RETURN id(a) AS i ORDER BY i", {{"n", Value(name)}}, ids});
  std::string prefix = "a1";
  int64_t with_prefix = 0;
  for (const auto& [nm, list] : f.by_name) {
    with_prefix += nm.compare(0, prefix.size(), prefix) == 0 ? static_cast<int64_t>(list.size()) : 0;
  }
  out.push_back({"MATCH (a:A) WHERE a.name STARTS WITH $p RETURN count(*)",
                 {{"p", Value(prefix)}},
                 row({with_prefix})});
  out.push_back({"MATCH (a:A) WHERE a.name =~ 'a1[0-9]*' RETURN count(*)", {}, row({with_prefix})});
  // cycles: ExpandIntersect over sorted neighbours, and a var-length cycle
  out.push_back({"MATCH (a:V)-[:K]->(b)-[:K]->(c)-[:K]->(a) RETURN count(*)", {}, row({f.cycles3})});
  out.push_back({"MATCH (a:V)-[:K]-(b:V)-[:K]-(c:V)-[:K]-(a) RETURN count(*)", {}, row({2 * f.cycles3})});
  out.push_back({"MATCH (a:V)-[:K*3]->(a) RETURN count(*)", {}, row({f.cycles3})});
  // a triangle of this state (half the time) or a tri value that may be none
  int64_t t = static_cast<int64_t>(rng() % 2000);
  if (rng() % 2 == 0 && !f.tri_size.empty())
    t = std::next(f.tri_size.begin(), rng() % f.tri_size.size())->first;
  out.push_back({"MATCH (a:V {tri: $t})-[:K*1..5]->(b) RETURN count(DISTINCT b)",
                 {{"t", Value(t)}},
                 row({f.tri_size.count(t) ? 3 : 0})});
  // pairs
  out.push_back({"MATCH (p:P) WHERE p.side = 0 RETURN count(*)", {}, row({f.p_side0})});
  out.push_back({"MATCH (p:P {side: 0})-[:LINK]->(q:P {side: 1}) WHERE p.pair = q.pair RETURN count(*)",
                 {},
                 row({f.links})});
  out.push_back({"MATCH (p:P) RETURN count(p) % 2, count(DISTINCT p.pair) * 2 = count(p)", {}, "0,true;"});
  return out;
}

// Probes whose result checks an invariant on its own (one statement, one
// snapshot), for readers that hold no outer transaction. The writer keeps
// at least 30 V nodes and two P nodes, so that each MATCH has rows.
const char* kSelfChecks[] = {
    "MATCH (a:A) RETURN sum(a.v) = 10 * count(a)",
    "MATCH (h:Hot) WITH count(h) AS c MATCH (m:Meta) RETURN c = m.hot",
    "MATCH (a:V) WITH count(a) AS n MATCH (x:V)-[:K]->(y)-[:K]->(z)-[:K]->(x) WITH n, count(*) AS c "
    "RETURN c = n",
    "MATCH (a:V) WITH count(a) AS n MATCH (x:V)-[:K*3]->(x) WITH n, count(*) AS c RETURN c = n",
    "MATCH (p:P) WITH count(p) AS n MATCH (:P {side: 0})-[:LINK]->(:P {side: 1}) WITH n, count(*) AS c "
    "RETURN 2 * c = n",
    "MATCH (a:V) WITH a.tri AS t, count(*) AS c WITH collect(c) AS cs RETURN all(x IN cs WHERE x = 3)",
};

struct Stats {
  std::atomic<int64_t> queries{0};
  std::atomic<int64_t> snapshots{0};
};

void ReaderLoop(graph::Graph* g, const Names& names, int seed, const std::atomic<bool>* stop, Stats* stats,
                Failures* fail) {
  std::mt19937_64 rng(seed);
  while (!stop->load()) {
    if (rng() % 3 != 0) {
      // In one snapshot: raw recomputation, then every probe.
      auto snap = g->BeginRead();
      Facts f = Recompute(*snap, names);
      std::string why = Broken(f);
      if (!why.empty()) fail->Add("raw view of a snapshot: " + why);
      for (auto& p : Probes(f, rng)) {
        auto r = query::Run(*g, p.text, p.params);
        ++stats->queries;
        if (!r.ok()) {
          fail->Add(p.text + ": " + r.status().ToString());
        } else if (Text(r.value()) != p.expected) {
          fail->Add(fmt::format("{}: got [{}], expected [{}]", p.text, Text(r.value()), p.expected));
        }
      }
      ++stats->snapshots;
    } else {
      // Graph::Stats() takes the lock on its own: whole transactions too.
      graph::GraphStats st = g->Stats();
      for (const auto& [label, count] : st.labels) {
        if ((label == "V" && count % 3 != 0) || (label == "P" && count % 2 != 0)) {
          fail->Add(fmt::format("Stats(): {} :{} nodes", count, label));
        }
      }
      // Statements alone, as `kg serve` runs them: each checks itself.
      for (const char* q : kSelfChecks) {
        auto r = query::Run(*g, q, {});
        ++stats->queries;
        if (!r.ok()) {
          fail->Add(std::string(q) + ": " + r.status().ToString());
        } else if (Text(r.value()) != "true;") {
          fail->Add(fmt::format("{}: got [{}]", q, Text(r.value())));
        }
      }
    }
  }
}

// The one writer: random transactions keeping the invariants.
class Writer {
 public:
  Writer(graph::Graph* g, const Names& names, int seed, Failures* fail)
      : g_(g), n_(names), rng_(seed), fail_(fail) {}

  int64_t commits = 0, rollbacks = 0, statements = 0, failed_statements = 0;

  // One transaction through the WriteTxn API (committed, or rolled back
  // after changes that break the invariants), or one Cypher statement.
  void Step() {
    if (rng_() % 4 == 0) return Statement();
    auto w = g_->BeginWrite();
    if (!w.ok()) return fail_->Add("BeginWrite: " + w.status().ToString());
    graph::WriteTxn* txn = w.value().get();
    int ops = 1 + static_cast<int>(rng_() % 4);
    for (int i = 0; i < ops; ++i) Check(Op(txn), "write");
    if (rng_() % 5 == 0) {
      Check(Break(txn), "break");
      txn->Rollback();
      ++rollbacks;
      return;
    }
    Check(txn->Commit(), "commit");
    ++commits;
  }

 private:
  void Check(const Status& s, const char* what) {
    if (!s.ok()) fail_->Add(std::string("writer ") + what + ": " + s.ToString());
  }
  int64_t Pick(int64_t n) { return static_cast<int64_t>(rng_() % static_cast<uint64_t>(n)); }
  std::vector<LabelId> Labels(std::initializer_list<LabelId> l) { return l; }
  int64_t Int(graph::WriteTxn* t, NodeId id, KeyId k) { return IntOr(t->NodeProperty(id, k), 0); }
  NodeId MetaNode(graph::WriteTxn* t) {
    std::vector<NodeId> m;
    t->NodesWithLabel(n_.meta, &m);
    return m.empty() ? kInvalidNode : m[0];
  }
  Status AddHot(graph::WriteTxn* t, int64_t d) {
    NodeId m = MetaNode(t);
    if (m == kInvalidNode) return Status::Internal("no :Meta node");
    return t->SetNodeProperty(m, n_.hot_count, Value(Int(t, m, n_.hot_count) + d));
  }

  Status Op(graph::WriteTxn* t) {
    std::vector<NodeId> as;
    t->NodesWithLabel(n_.a, &as);
    switch (rng_() % 10) {
      case 0:
      case 1: {  // transfer between two accounts
        if (as.size() < 2) return Status::OK();
        NodeId x = as[Pick(as.size())], y = as[Pick(as.size())];
        if (x == y) return Status::OK();
        int64_t d = 1 + Pick(5);
        KG_RETURN_IF_ERROR(t->SetNodeProperty(x, n_.val, Value(Int(t, x, n_.val) - d)));
        return t->SetNodeProperty(y, n_.val, Value(Int(t, y, n_.val) + d));
      }
      case 2: {  // open an account, maybe hot
        bool hot = rng_() % 2 == 0;
        auto labels = hot ? Labels({n_.a, n_.hot}) : Labels({n_.a});
        std::sort(labels.begin(), labels.end());
        auto id = t->CreateNode(labels, {{n_.val, Value(kUnit)},
                                         {n_.name, Value("a" + std::to_string(Pick(kNames)))},
                                         {n_.grp, Value(Pick(kGroups))}});
        if (!id.ok()) return id.status();
        return hot ? AddHot(t, 1) : Status::OK();
      }
      case 3: {  // close an account: its balance moves to another
        if (as.size() < 3) return Status::OK();
        NodeId x = as[Pick(as.size())], y = as[Pick(as.size())];
        if (x == y) return Status::OK();
        int64_t rest = Int(t, x, n_.val) - kUnit;
        KG_RETURN_IF_ERROR(t->SetNodeProperty(y, n_.val, Value(Int(t, y, n_.val) + rest)));
        if (t->HasLabel(x, n_.hot)) KG_RETURN_IF_ERROR(AddHot(t, -1));
        return t->DetachDeleteNode(x);
      }
      case 4: {  // toggle :Hot
        if (as.empty()) return Status::OK();
        NodeId x = as[Pick(as.size())];
        if (t->HasLabel(x, n_.hot)) {
          KG_RETURN_IF_ERROR(t->RemoveLabel(x, n_.hot));
          return AddHot(t, -1);
        }
        KG_RETURN_IF_ERROR(t->AddLabel(x, n_.hot));
        return AddHot(t, 1);
      }
      case 5: {  // rename or regroup (index and columns)
        if (as.empty()) return Status::OK();
        NodeId x = as[Pick(as.size())];
        if (rng_() % 2) return t->SetNodeProperty(x, n_.name, Value("a" + std::to_string(Pick(kNames))));
        return t->SetNodeProperty(x, n_.grp, Value(Pick(kGroups)));
      }
      case 6: {  // a triangle, node by node then edge by edge
        int64_t tri = next_tri_++;
        NodeId ids[3];
        for (auto& id : ids) {
          auto r = t->CreateNode(Labels({n_.v}), {{n_.tri, Value(tri)}});
          if (!r.ok()) return r.status();
          id = r.value();
        }
        for (int i = 0; i < 3; ++i) {
          auto r = t->CreateEdge(n_.k, ids[i], ids[(i + 1) % 3], {});
          if (!r.ok()) return r.status();
        }
        return Status::OK();
      }
      case 7: {  // delete a triangle: follow its K edges
        std::vector<NodeId> vs;
        t->NodesWithLabel(n_.v, &vs);
        if (vs.size() < 30) return Status::OK();
        NodeId x = vs[Pick(vs.size())];
        std::vector<NodeId> ring{x};
        TypeId k = n_.k;
        for (int i = 0; i < 2; ++i) {
          std::vector<graph::EdgeRef> e;
          t->Edges(ring.back(), Direction::kOut, std::span<const TypeId>(&k, 1), &e);
          if (e.size() != 1) return Status::Internal("a V node without one outgoing K edge");
          ring.push_back(e[0].other);
        }
        for (NodeId id : ring) KG_RETURN_IF_ERROR(t->DetachDeleteNode(id));
        return Status::OK();
      }
      case 8: {  // a pair
        int64_t k = next_pair_++;
        auto x = t->CreateNode(Labels({n_.p}), {{n_.pair, Value(k)}, {n_.side, Value(0)}});
        if (!x.ok()) return x.status();
        auto y = t->CreateNode(Labels({n_.p}), {{n_.pair, Value(k)}, {n_.side, Value(1)}});
        if (!y.ok()) return y.status();
        return t->CreateEdge(n_.link, x.value(), y.value(), {}).status();
      }
      default: {  // delete a pair
        std::vector<NodeId> ps;
        t->NodesWithLabel(n_.p, &ps);
        if (ps.size() < 4) return Status::OK();
        NodeId x = ps[Pick(ps.size())];
        std::vector<graph::EdgeRef> e;
        TypeId link = n_.link;
        t->Edges(x, Direction::kBoth, std::span<const TypeId>(&link, 1), &e);
        if (e.size() != 1) return Status::Internal("a P node without one LINK edge");
        KG_RETURN_IF_ERROR(t->DetachDeleteNode(x));
        return t->DeleteNode(e[0].other);
      }
    }
  }

  // Changes that break every invariant (the transaction is then rolled back).
  Status Break(graph::WriteTxn* t) {
    std::vector<NodeId> as;
    t->NodesWithLabel(n_.a, &as);
    if (!as.empty()) KG_RETURN_IF_ERROR(t->SetNodeProperty(as[0], n_.val, Value(int64_t{1} << 40)));
    if (!as.empty()) KG_RETURN_IF_ERROR(t->AddLabel(as.back(), n_.hot));
    auto v = t->CreateNode(Labels({n_.v}), {{n_.tri, Value(int64_t{-5})}});
    if (!v.ok()) return v.status();
    KG_RETURN_IF_ERROR(t->CreateEdge(n_.k, v.value(), v.value(), {}).status());
    auto p = t->CreateNode(Labels({n_.p}), {{n_.pair, Value(int64_t{-5})}, {n_.side, Value(0)}});
    return p.status();
  }

  // One updating Cypher statement (each is one transaction); the last two
  // fail after their first change, which must then leave no trace.
  void Statement() {
    ++statements;
    int64_t k = next_pair_++, tri = next_tri_++;
    ValueMap params{{"k", Value(k)},
                    {"t", Value(tri)},
                    {"old", Value(Pick(tri))},
                    {"g", Value(Pick(kGroups))},
                    {"h", Value(Pick(kGroups))},
                    {"zero", Value(0)}};
    static const char* kOk[] = {
        "CREATE (a:V {tri: $t})-[:K]->(b:V {tri: $t})-[:K]->(c:V {tri: $t})-[:K]->(a)",
        "MATCH (a:V) WITH count(a) AS n MATCH (b:V {tri: $old}) WHERE n > 30 DETACH DELETE b",
        "CREATE (:P {pair: $k, side: 0})-[:LINK]->(:P {pair: $k, side: 1})",
        "MATCH (a:A) WITH a ORDER BY a.v DESC LIMIT 1 MATCH (b:A) WHERE b <> a "
        "WITH a, b ORDER BY b.v LIMIT 1 SET a.v = a.v - 1, b.v = b.v + 1",
        "MATCH (a:A) WHERE a.grp = $g SET a.grp = $h",
        "MATCH (a:A) WHERE a.grp = $g AND NOT a:Hot WITH a LIMIT 3 SET a:Hot "
        "WITH count(a) AS c MATCH (m:Meta) SET m.hot = m.hot + c",
    };
    static const char* kFailing[] = {
        "CREATE (:P {pair: $k, side: 0}) WITH 1 AS one RETURN one / $zero",
        "MATCH (a:A) WITH a LIMIT 1 SET a.v = a.v + 5, a:Hot WITH a RETURN a.v / $zero",
    };
    constexpr size_t kOkCount = sizeof(kOk) / sizeof(kOk[0]);
    size_t i = rng_() % (kOkCount + 2);
    if (i < kOkCount) {
      auto r = query::Run(*g_, kOk[i], params);
      if (!r.ok()) fail_->Add(std::string(kOk[i]) + ": " + r.status().ToString());
      return;
    }
    const char* q = kFailing[i - kOkCount];
    auto r = query::Run(*g_, q, params);
    if (r.ok()) fail_->Add(std::string(q) + ": succeeded, expected a division by zero");
    ++failed_statements;
  }

  graph::Graph* g_;
  const Names& n_;
  std::mt19937_64 rng_;
  Failures* fail_;
  int64_t next_tri_ = 1000, next_pair_ = 1000;
};

double Seconds() {
  const char* s = std::getenv("KG_CONCURRENCY_SECONDS");
  double d = s ? std::atof(s) : 0;
  return d > 0 ? d : 1.0;
}

}  // namespace

TEST_CASE("readers see whole transactions and caches of their own snapshot beside a writer") {
  query::testing::TestDb db;
  db.Q("UNWIND range(0, 199) AS i CREATE (:A {v: 10, name: 'a' + toString(i % 20), grp: i % 7})");
  db.Q("MATCH (a:A) WHERE a.grp = 0 SET a:Hot");
  db.Q("MATCH (h:Hot) WITH count(h) AS c CREATE (:Meta {hot: c})");
  db.Q("UNWIND range(0, 29) AS t CREATE (a:V {tri: t})-[:K]->(b:V {tri: t})-[:K]->(c:V {tri: t})-[:K]->(a)");
  db.Q("UNWIND range(0, 49) AS k CREATE (:P {pair: k, side: 0})-[:LINK]->(:P {pair: k, side: 1})");
  std::unique_ptr<Names> names;
  {
    auto r = db.g->BeginRead();
    names = std::make_unique<Names>(*r);
    Facts f = Recompute(*r, *names);
    REQUIRE(Broken(f) == "");
    REQUIRE(f.a_count == 200);
    REQUIRE(f.cycles3 == 90);
  }

  Failures fail;
  Stats stats;
  std::atomic<bool> stop{false};
  std::vector<std::thread> readers;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kReaders; ++i) {
    readers.emplace_back(ReaderLoop, db.g.get(), std::cref(*names), 100 + i, &stop, &stats, &fail);
  }
  Writer writer(db.g.get(), *names, 7, &fail);
  auto until = start + std::chrono::duration<double>(Seconds());
  // At least 40 writes, and at least one whole reader snapshot; a minute
  // past the end without one is a failure (a reader stuck), not a hang.
  auto give_up = until + std::chrono::seconds(60);
  int64_t steps = 0;
  while (steps < 40 || std::chrono::steady_clock::now() < until || stats.snapshots.load() == 0) {
    if (std::chrono::steady_clock::now() > give_up) {
      fail.Add("no reader finished a snapshot while the writer ran");
      break;
    }
    writer.Step();
    ++steps;
  }
  stop = true;
  for (auto& t : readers) t.join();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  for (const auto& m : fail.first) MESSAGE(m);
  CHECK(fail.count == 0);
  CHECK(writer.commits > 0);
  CHECK(writer.rollbacks > 0);
  CHECK(stats.snapshots > 0);
  MESSAGE(
      fmt::format("{} reader queries in {:.2f} s ({:.0f}/s, {} readers) beside {} commits, {} rollbacks, "
                  "{} statements ({} failing as intended)",
                  stats.queries.load(), secs, stats.queries.load() / secs, kReaders, writer.commits,
                  writer.rollbacks, writer.statements, writer.failed_statements));

  // After the fact: the final state keeps the invariants, and every probe
  // answers as the raw recomputation says (caches rebuilt or not).
  auto r = db.g->BeginRead();
  Facts f = Recompute(*r, *names);
  CHECK(Broken(f) == "");
  std::mt19937_64 rng(1);
  for (int round = 0; round < 2; ++round) {
    for (auto& p : Probes(f, rng)) {
      auto q = query::Run(*db.g, p.text, p.params);
      REQUIRE_MESSAGE(q.ok(), (p.text + ": " + q.status().ToString()));
      CHECK_MESSAGE(Text(q.value()) == p.expected, p.text);
    }
  }
}
