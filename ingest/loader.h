// The loader: stores extractions (ingest/extraction.h) in a graph::Graph, one
// article as one write transaction, resolving entities against what earlier
// articles stored; and forgets articles again.
//
// What an article leaves in the graph (ontology.md):
//   - one `Article` node (id, title, date, lang, source, path, sha256, text);
//   - its entities, merged with the nodes of earlier articles that name the
//     same entity (see "Resolution" below), and its Statements (never merged);
//   - its edges, one graph edge per (type, start, end) across articles, whose
//     provenance properties (article, sentence, span, confidence, and verb /
//     role / side) are those of the first supporting article still present,
//     and whose `support` property counts the articles supporting it;
//   - one `MENTIONS` edge from the Article to each node it supports, with
//     `count` (how often the article names it).
//
// Resolution (per label; Statements are never merged):
//   - Names are compared through a key: accents and case dropped, hyphens and
//     apostrophes made spaces, other punctuation dropped, runs of initials
//     joined ("J.D. Vance" = "JD Vance" = "jd vance"). Every name and alias of
//     a node (and a person's surname, the last word of a name) is in the
//     alias index (Aux namespace "ingest.alias"); aliases the
//     extractor supplies from its gazetteers (Moscou / Moscow, Poutine / Putin)
//     therefore join articles in both languages.
//   - A match on a name of two words or more merges. A match on one word
//     ("Peskov", "Miami") merges only when that word leads to exactly one
//     node and, for people, the given names do not conflict ("Jean Martin"
//     is not "Paul Martin"; "Dmitri" and "Dmitry" agree as transliteration
//     variants); an ambiguous short form creates a new node, and so does a
//     one-word form shared by more than 16 nodes (a common surname), which
//     is not read further so that resolution costs stay bounded.
//     Places whose `country` properties differ never merge; places with the
//     same gazetteer identity always do (a country's ISO code; a city's
//     kind, country and coordinates: Moscou = Moscow even without aliases).
//   - Meetings merge when they are held in the same place and their dates
//     overlap; or when their names match, nothing conflicts (places, dates)
//     and either a place or a date agrees or the name is specific (holds a
//     capitalised word or a digit: "pourparlers de Miami", "COP31"); or when
//     their dates overlap, one has no place and one name's words are all in
//     the other ("pourparlers" = "pourparlers de Genève").
//   - Documents merge when a name or alias matches.
//   - A node's properties are recomputed from every supporting article's
//     contribution, in ingestion order: `name` is the fullest form seen (for
//     places the first, for meetings the most specific), `aliases` every
//     other name form,
//     `roles` the union, a Meeting's `status` "held" once any article says
//     so, other properties the first value given.
//
// Bookkeeping (Aux namespaces; ids are 8-byte big-endian, so scans run in id
// order and an Article node id orders articles by ingestion):
//   ingest.article   article id -> Article node id + sha256
//   ingest.alias     label, name key (or #country:, #geo:, #day: form), node id -> ""
//   ingest.support   Article node id -> the nodes and edges it supports
//                    (format 1: Article node id, 'n'|'e', node/edge id -> "")
//   ingest.ncontrib  node id, Article node id -> the article's properties
//                    (none for a Statement, which its article alone supports)
//   ingest.econtrib  edge id, Article node id -> the article's properties
// A node or edge that no article supports any more is deleted.
//
//   ingest.state     "alias-stamp" -> a value no other transaction wrote,
//                    changed by every loader transaction (see AliasCache)
//
// Costs: adding an article reads the alias index once per name form (at
// most 16 candidates per one-word form or meeting day, 64 per longer name;
// from memory with an AliasCache, otherwise a RocksDB seek each) and merges
// its share into the current properties (independent of how many articles
// support a node); replacing or forgetting one recomputes each node it
// supported from every remaining contribution (linear in their number).
//
// Thread safety: the functions take a transaction; graph/ serialises writers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/ids.h"
#include "common/status.h"
#include "graph/graph.h"
#include "ingest/extraction.h"

namespace kg::ingest {

enum class LoadOutcome : uint8_t {
  kAdded,     // a new article id
  kReplaced,  // a known id with new content: its old facts were replaced
  kSkipped,   // a known id with the same sha256: nothing written
};

const char* LoadOutcomeName(LoadOutcome o);  // "added", "replaced", "skipped"

struct LoadResult {
  LoadOutcome outcome = LoadOutcome::kAdded;
  NodeId article_node = kInvalidNode;
  uint64_t nodes_added = 0;  // nodes created (the Article node included)
  uint64_t edges_added = 0;  // edges created (MENTIONS included)
};

struct ForgetResult {
  uint64_t nodes_deleted = 0;  // the Article node included
  uint64_t edges_deleted = 0;
};

// An in-memory copy of one database's alias index, for a writer that loads
// many articles (IngestPaths): resolution then reads memory instead of
// seeking in RocksDB once per name form. The loader writes alias entries to
// the cache and to the transaction together; the cache keeps an undo log of
// the open transaction, and its owner reports how that transaction ended
// (Committed() or RolledBack(), which undoes its changes).
//
// The whole index is read at the first transaction (one sequential scan,
// O(index)), and read again only when the database's index stamp (Aux
// "ingest.state") is not the one of the cache's last commit: another writer
// changed the index meanwhile, or a transaction was not reported.
// Memory: about 150 to 300 bytes per name form with its node ids, malloc
// overhead included (docs/architecture.md, "Ingestion"); MemoryBytes()
// estimates the payload without that overhead.
//
// Contract: between Committed()/RolledBack() calls, every LoadInto() and
// ForgetInto() of one transaction passes the same cache (or all pass none).
// Thread safety: none; used by one writer thread (graph/ serialises writers).
class AliasCache {
 public:
  AliasCache();
  ~AliasCache();
  AliasCache(const AliasCache&) = delete;
  AliasCache& operator=(const AliasCache&) = delete;

  // The transaction used since the last report was committed: its changes stay.
  void Committed();
  // It was rolled back, or its commit failed: its changes are undone.
  void RolledBack();

  size_t forms() const;        // (label, name form) keys held
  size_t entries() const;      // node ids over all forms
  size_t MemoryBytes() const;  // an estimate of the heap held

  struct Impl;  // ingest/loader.cpp
  Impl* impl() { return impl_.get(); }

 private:
  std::unique_ptr<Impl> impl_;
};

// What loading an extraction computes from the extraction alone: its
// entities' properties as stored, name keys and alias forms. Prepare() may
// run on any thread ahead of the writer (IngestPaths runs it on the
// extraction threads), so that LoadInto() does less under the writer lock;
// the result is immutable. Defined in ingest/loader.cpp.
struct PreparedExtraction;
std::shared_ptr<const PreparedExtraction> Prepare(const Extraction& extraction);

// Writes `extraction` into the open transaction `txn` without committing, so
// that a caller may put several articles under one commit (one log sync).
// On a non-OK status the transaction holds partial writes and must be rolled
// back. Errors: InputError when the extraction is malformed (an edge naming an
// unknown node, an article without id, a property that cannot be stored).
// With `cache`, resolution reads it and the caller reports the transaction's
// end to it (AliasCache). `prepared`, when given, is Prepare(extraction)
// (the result is the same with or without it).
// REQUIRES: txn is open and not read-only.
Result<LoadResult> LoadInto(graph::WriteTxn* txn, const Extraction& extraction, AliasCache* cache = nullptr,
                            const PreparedExtraction* prepared = nullptr);

// LoadInto() in a transaction of its own, committed on success (one atomic,
// durable write). A failed load leaves the database unchanged. The
// transaction's end is reported to `cache` when given.
Result<LoadResult> Load(graph::Graph* graph, const Extraction& extraction, AliasCache* cache = nullptr,
                        const PreparedExtraction* prepared = nullptr);

// Removes the article `article_id` and every fact that only it supports;
// entities and edges that other articles support stay, their properties
// recomputed without this article's contribution. Errors: EntityNotFound
// when no article has that id. Not committed (see LoadInto()).
Result<ForgetResult> ForgetInto(graph::WriteTxn* txn, const std::string& article_id, AliasCache* cache = nullptr);

// ForgetInto() in a transaction of its own, committed on success.
Result<ForgetResult> Forget(graph::Graph* graph, const std::string& article_id, AliasCache* cache = nullptr);

// The sha256 recorded for `article_id`, or empty when it is not stored.
std::string StoredArticleSha(const graph::View& view, const std::string& article_id);

// Calls fn(id, sha256) for every stored article, in id order.
void ForEachStoredArticle(const graph::View& view,
                          const std::function<void(std::string_view id, std::string_view sha256)>& fn);

// The key under which names are compared (see "Resolution" above). Exposed
// for tests and for tools that look names up in the alias index.
std::string NameKey(std::string_view name);

}  // namespace kg::ingest
