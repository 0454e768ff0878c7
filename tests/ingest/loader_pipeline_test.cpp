// kg ingest's pipelined groups (ingest/ingest_pipeline.h, invariant 2): an
// article is reported stored only once its group is durable, and a group
// loaded while the previous one is still being written resolves against it
// (nodes, alias index, the support counts in relationship properties).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/graph_impl.h"
#include "ingest/ingest_pipeline.h"
#include "ingest/loader.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

// "NAME|NAME...": each name a Person AFFILIATED_WITH the Organization
// "Kremlin", every article repeating the same relationships.
Extraction AffiliationExtract(const Article& a) {
  Extraction e;
  e.article = a;
  e.nodes.push_back({"o", "Organization", {{"name", Value("Kremlin")}}});
  size_t start = 0;
  int i = 0;
  while (start <= a.text.size()) {
    size_t bar = a.text.find('|', start);
    if (bar == std::string::npos) bar = a.text.size();
    std::string id = "p" + std::to_string(i++);
    e.nodes.push_back({id, "Person", {{"name", Value(a.text.substr(start, bar - start))}}});
    e.edges.push_back({"AFFILIATED_WITH", id, "o", {{"role", Value("spokesman")}}});
    start = bar + 1;
  }
  return e;
}

// At each stored article, a second (read-only, secondary) instance opened
// on the folder must find it: what is reported is in the synced log.
class DurableCheck : public IngestObserver {
 public:
  explicit DurableCheck(std::string dir) : dir_(std::move(dir)) {}
  void OnEvent(const IngestEvent& e) override {
    if (e.kind != IngestEvent::Kind::kStored) return;
    graph::OpenOptions ro;
    ro.read_only = true;
    auto g = graph::Graph::Open(dir_, ro);
    REQUIRE_MESSAGE(g.ok(), g.status().ToString());
    auto r = g.value()->BeginRead();
    if (!StoredArticleSha(*r, e.article).empty()) ++durable;
    ++stored;
  }
  int stored = 0, durable = 0;

 private:
  std::string dir_;
};

TEST_CASE("a pipelined group is reported once durable, and the next group resolves against it") {
  fs::path base = fs::temp_directory_path() / ("kg_pipeline_durable_" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "in");
  {
    std::ofstream f(base / "in" / "wire.jsonl");
    const char* texts[] = {"Dmitri Peskov", "Peskov", "Dmitri Peskov|Kirill Dmitriev", "Dmitriev|Peskov",
                           "Kirill Dmitriev", "Peskov"};
    for (const char* t : texts) f << "{\"lang\": \"en\", \"text\": \"" << t << "\"}\n";
  }
  std::string dir = (base / "db").string();
  {
    auto g = graph::GraphImpl::OpenImpl(dir, {});  // synced commits
    REQUIRE(g.ok());
    // Each background write lands 30 ms late: an article reported before
    // its group is durable would not be found by the check.
    g.value()->write_delay_ms_for_test_ = 30;
    IngestOptions options;
    options.extractor = AffiliationExtract;
    options.jobs = 1;
    options.batch_articles = 1;  // every article a group of its own
    DurableCheck check(dir);
    IngestSummary s = IngestPaths(g.value().get(), {(base / "in").string()}, options, &check);
    CHECK(s.added == 6);
    CHECK(check.stored == 6);
    CHECK(check.durable == 6);

    auto r = g.value()->BeginRead();
    std::vector<NodeId> people, orgs;
    r->NodesWithLabel(*r->FindLabel("Person"), &people);
    r->NodesWithLabel(*r->FindLabel("Organization"), &orgs);
    CHECK(people.size() == 2);  // "Peskov" and "Dmitriev" resolved to the full names
    CHECK(orgs.size() == 1);
    std::vector<EdgeId> aff;
    r->AllEdges(*r->FindType("AFFILIATED_WITH"), &aff);
    REQUIRE(aff.size() == 2);
    // Support counts, read and incremented by each group while the previous
    // one was being written: Peskov in articles 1, 2, 3, 4, 6; Dmitriev in 3, 4, 5.
    std::vector<int64_t> support;
    for (EdgeId e : aff) support.push_back(r->EdgeProperty(e, *r->FindKey("support")).as_int());
    std::sort(support.begin(), support.end());
    CHECK(support == std::vector<int64_t>{3, 5});
  }
  fs::remove_all(base);
}

}  // namespace
}  // namespace kg::ingest
