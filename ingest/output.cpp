// Stage 8: the ontology nodes and edges of a Document (ontology.md).
// Every edge carries sentence, span [start, end) in bytes and confidence;
// every Statement its span. MENTIONS edges go from "article", which stands
// for the enclosing article object (see docs/ontology.md).
#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "ingest/pipeline.h"

namespace kg::ingest {

using namespace std::string_view_literals;

namespace {

std::string_view LabelOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "Person"sv;
    case EntityType::kOrganization: return "Organization"sv;
    case EntityType::kPlace: return "Place"sv;
  }
  return "Person"sv;
}

ValueList StringList(const std::vector<std::string>& v) {
  ValueList l;
  l.reserve(v.size());
  for (const auto& s : v) l.emplace_back(s);
  return l;
}

// [a, b] as a list value (built in place: an initializer list would copy
// each element).
Value Span(uint32_t a, uint32_t b) {
  ValueList l;
  l.reserve(2);
  l.emplace_back(static_cast<int64_t>(a));
  l.emplace_back(static_cast<int64_t>(b));
  return Value(std::move(l));
}

// The edge types Builder writes, and their names.
enum EdgeKind : uint8_t { kSaid, kAbout, kHeldIn, kParticipatedIn, kNegotiatedBetween, kAffiliatedWith, kLocatedIn };
constexpr std::string_view kEdgeNames[] = {"SAID", "ABOUT", "HELD_IN", "PARTICIPATED_IN", "NEGOTIATED_BETWEEN",
                                           "AFFILIATED_WITH", "LOCATED_IN"};

// A set of non-zero 64-bit keys: open addressing, linear probing, at most
// half full (grows by doubling).
class KeySet {
 public:
  // True when `key` was not in the set (it is now). REQUIRES: key != 0.
  bool Insert(uint64_t key) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    if (!Place(key)) return false;
    ++size_;
    return true;
  }

 private:
  bool Place(uint64_t key) {
    size_t mask = slots_.size() - 1;
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> 32 & mask;; i = (i + 1) & mask) {
      if (slots_[i] == key) return false;
      if (slots_[i] == 0) {
        slots_[i] = key;
        return true;
      }
    }
  }
  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), 0);
    for (uint64_t k : old)
      if (k != 0) Place(k);
  }
  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

// Entries a node's property map is given room for up front (the most any
// node gets: an entity's name, aliases, roles, kind, country, lat, lon).
constexpr size_t kPropsReserve = 7;
// Entries an edge's property map is given room for up front: its own one
// (verb, role) and the three every edge gets (sentence, span, confidence).
constexpr size_t kEdgePropsReserve = 4;

class Builder {
 public:
  Builder(const Document& doc, Extraction* out) : doc_(doc), out_(out), lex_(Lexicon::Get()) {}

  void Run() {
    // Room for every node, and for a few edges per node (no vector of
    // nodes or edges moved as it grows, in the common case).
    size_t nodes = doc_.entities.size() + doc_.meetings.size() + doc_.documents.size() + doc_.statements.size();
    out_->nodes.reserve(out_->nodes.size() + nodes);
    out_->edges.reserve(out_->edges.size() + 3 * nodes + doc_.affiliations.size());
    entity_node_.assign(doc_.entities.size(), 0);
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.dropped || en.mentions.empty()) continue;
      ValueMap p;
      p.reserve(kPropsReserve);
      p.emplace_back("name"sv, en.name);
      if (!en.aliases.empty()) p.emplace_back("aliases"sv, StringList(en.aliases));
      if (en.type == EntityType::kPerson && !en.roles.empty()) p.emplace_back("roles"sv, StringList(en.roles));
      if (en.type == EntityType::kPlace && en.place >= 0) {
        const GazPlace& gp = lex_.places[static_cast<size_t>(en.place)];
        p.emplace_back("kind"sv, gp.kind);
        if (!gp.country.empty()) p.emplace_back("country"sv, gp.country);
        if (gp.has_coords) {
          p.emplace_back("lat"sv, gp.lat);
          p.emplace_back("lon"sv, gp.lon);
        }
      }
      entity_node_[e] = Node(LabelOf(en.type), std::move(p), static_cast<int64_t>(en.mentions.size()));
    }
    // Node numbers (out_->nodes[k - 1]; 0: no node).
    std::vector<uint32_t> meeting_node, document_node, statement_node;
    for (const auto& m : doc_.meetings) {
      ValueMap p;
      p.reserve(kPropsReserve);
      p.emplace_back("name"sv, m.name);
      if (m.dates.has_start) {
        p.emplace_back("start"sv, m.dates.start);
        p.emplace_back("end"sv, m.dates.has_end ? m.dates.end : m.dates.start);
      }
      if (!m.dates.when.empty()) p.emplace_back("when"sv, m.dates.when);
      p.emplace_back("status"sv, m.status);
      meeting_node.push_back(Node("Meeting"sv, std::move(p), static_cast<int64_t>(m.sentences.size())));
    }
    for (const auto& d : doc_.documents) {
      ValueMap p;
      p.reserve(kPropsReserve);
      p.emplace_back("name"sv, d.name);
      if (!d.aliases.empty()) p.emplace_back("aliases"sv, StringList(d.aliases));
      document_node.push_back(Node("Document"sv, std::move(p), static_cast<int64_t>(d.sentences.size())));
    }
    for (const auto& s : doc_.statements) {
      ValueMap p;
      p.reserve(kPropsReserve);
      p.emplace_back("text"sv, s.text);
      p.emplace_back("quote"sv, s.quote);
      p.emplace_back("lang"sv, doc_.lang);
      if (doc_.has_date) p.emplace_back("date"sv, doc_.date);
      p.emplace_back("span"sv, Span(s.start, s.stop));
      statement_node.push_back(Node("Statement"sv, std::move(p), 1));
    }
    // SAID and ABOUT.
    for (size_t i = 0; i < doc_.statements.size(); ++i) {
      const StatementFact& s = doc_.statements[i];
      if (s.speaker >= 0 && entity_node_[static_cast<size_t>(s.speaker)] != 0) {
        ValueMap p;
        p.reserve(kEdgePropsReserve);
        if (!s.verb.empty()) p.emplace_back("verb"sv, s.verb);
        Edge(kSaid, entity_node_[static_cast<size_t>(s.speaker)], statement_node[i], std::move(p), s.sentence,
             s.ev_start, s.ev_stop, s.confidence);
      }
      std::vector<uint32_t>& about = about_;
      about.clear();
      for (uint32_t k = s.tok_begin; k < s.tok_end; ++k) {
        int m = doc_.MentionAt(k);
        if (m < 0) continue;
        int e = doc_.mentions[static_cast<size_t>(m)].entity;
        if (e < 0 || e == s.speaker || entity_node_[static_cast<size_t>(e)] == 0) continue;
        about.push_back(entity_node_[static_cast<size_t>(e)]);
      }
      for (size_t d = 0; d < doc_.documents.size(); ++d)
        if (std::find(doc_.documents[d].sentences.begin(), doc_.documents[d].sentences.end(), s.sentence) !=
            doc_.documents[d].sentences.end())
          about.push_back(document_node[d]);
      for (size_t m = 0; m < doc_.meetings.size(); ++m)
        if (std::find(doc_.meetings[m].sentences.begin(), doc_.meetings[m].sentences.end(), s.sentence) !=
            doc_.meetings[m].sentences.end())
          about.push_back(meeting_node[m]);
      // In the order of the ids' text ("n10" before "n2"), each once.
      std::sort(about.begin(), about.end(), [&](uint32_t a, uint32_t b) { return Id(a) < Id(b); });
      about.erase(std::unique(about.begin(), about.end()), about.end());
      for (uint32_t a : about) Edge(kAbout, statement_node[i], a, {}, s.sentence, s.start, s.stop, 0.6f);
    }
    // Meetings.
    for (size_t i = 0; i < doc_.meetings.size(); ++i) {
      const MeetingFact& m = doc_.meetings[i];
      if (m.place >= 0 && entity_node_[static_cast<size_t>(m.place)] != 0) {
        const Sentence& s = doc_.sentences[m.place_sentence];
        Edge(kHeldIn, meeting_node[i], entity_node_[static_cast<size_t>(m.place)], {}, m.place_sentence, s.start, s.stop, 0.8f);
      }
      for (const auto& [p, sent] : m.participants) {
        if (entity_node_[static_cast<size_t>(p)] == 0) continue;
        const Sentence& s = doc_.sentences[sent];
        Edge(kParticipatedIn, entity_node_[static_cast<size_t>(p)], meeting_node[i], {}, sent, s.start, s.stop, 0.7f);
      }
    }
    // Documents.
    for (size_t i = 0; i < doc_.documents.size(); ++i)
      for (const auto& [p, sent] : doc_.documents[i].parties) {
        if (entity_node_[static_cast<size_t>(p)] == 0) continue;
        const Sentence& s = doc_.sentences[sent];
        Edge(kNegotiatedBetween, document_node[i], entity_node_[static_cast<size_t>(p)], {}, sent, s.start, s.stop, 0.75f);
      }
    // Affiliations.
    for (const auto& a : doc_.affiliations) {
      if (entity_node_[static_cast<size_t>(a.person)] == 0 || entity_node_[static_cast<size_t>(a.target)] == 0) continue;
      ValueMap p;
      p.reserve(kEdgePropsReserve);
      if (!a.role.empty()) p.emplace_back("role"sv, a.role);
      Edge(kAffiliatedWith, entity_node_[static_cast<size_t>(a.person)], entity_node_[static_cast<size_t>(a.target)],
           std::move(p), a.sentence, a.start, a.stop, 0.75f);
    }
    // LOCATED_IN: the nearest enclosing place the article names.
    // (The entities that may take part: places of the gazetteer with a node,
    // in entity order.)
    std::vector<uint32_t> places;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.type == EntityType::kPlace && en.place >= 0 && entity_node_[e] != 0) places.push_back(static_cast<uint32_t>(e));
    }
    for (uint32_t e : places) {
      const Entity& en = doc_.entities[e];
      int best = -1;
      for (uint32_t o : places) {
        const Entity& other = doc_.entities[o];
        if (o == e || !lex_.Encloses(other.place, en.place)) continue;
        if (best < 0 || lex_.Encloses(doc_.entities[static_cast<size_t>(best)].place, other.place)) best = static_cast<int>(o);
      }
      if (best < 0) continue;
      const Mention& m = doc_.mentions[static_cast<size_t>(en.mentions.front())];
      Edge(kLocatedIn, entity_node_[e], entity_node_[static_cast<size_t>(best)], {}, m.sentence,
           doc_.tokens[m.begin].start, doc_.tokens[m.end - 1].end, 0.95f);
    }
    // MENTIONS: from the article to every node.
    for (const auto& [node, count] : mentions_) {
      ValueMap p;
      p.emplace_back("count"sv, count);
      ExtractedEdge& edge = out_->edges.emplace_back();
      edge.type = "MENTIONS"sv;
      edge.from = "article"sv;
      edge.to = Id(node);
      edge.properties = std::move(p);
    }
  }

 private:
  // Adds a node; its number k (out_->nodes[k - 1], id "n<k>").
  uint32_t Node(std::string_view label, ValueMap props, int64_t count) {
    auto k = static_cast<uint32_t>(out_->nodes.size() + 1);
    char id[16] = {'n'};
    char* end = std::to_chars(id + 1, id + sizeof id, k).ptr;
    ExtractedNode& node = out_->nodes.emplace_back();
    node.id.assign(id, static_cast<size_t>(end - id));
    node.label = label;
    node.properties = std::move(props);
    mentions_.emplace_back(k, count);
    return k;
  }
  const std::string& Id(uint32_t k) const { return out_->nodes[k - 1].id; }

  // Adds the edge `type` between nodes `from` and `to` (numbers), unless it
  // is a loop or already there.
  void Edge(EdgeKind type, uint32_t from, uint32_t to, ValueMap props, uint32_t sentence, uint32_t start,
            uint32_t stop, float confidence) {
    // Node numbers are below 2^28: an article has fewer bytes than that.
    uint64_t key = (uint64_t{type} << 56) | (uint64_t{from} << 28) | to;
    if (from == to || !edge_keys_.Insert(key)) return;
    props.reserve(props.size() + 3);  // (no growth for a map made with kEdgePropsReserve)
    props.emplace_back("sentence"sv, static_cast<int64_t>(sentence));
    props.emplace_back("span"sv, Span(start, stop));
    props.emplace_back("confidence"sv, static_cast<double>(static_cast<int>(confidence * 100 + 0.5)) / 100.0);
    ExtractedEdge& edge = out_->edges.emplace_back();
    edge.type.assign(kEdgeNames[type]);
    edge.from = Id(from);
    edge.to = Id(to);
    edge.properties = std::move(props);
  }

  const Document& doc_;
  Extraction* out_;
  const Lexicon& lex_;
  std::vector<uint32_t> entity_node_;               // node number of each entity, 0: none
  std::vector<std::pair<uint32_t, int64_t>> mentions_;  // node number, count
  KeySet edge_keys_;                                  // (type, from, to) of the edges added
  std::vector<uint32_t> about_;                       // scratch: the nodes a statement is about
};

}  // namespace

void BuildExtraction(const Document& doc, Extraction* out) { Builder(doc, out).Run(); }

}  // namespace kg::ingest
