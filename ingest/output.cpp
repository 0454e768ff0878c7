// Stage 8: the ontology nodes and edges of a Document (ontology.md).
// Every edge carries sentence, span [start, end) in bytes and confidence;
// every Statement its span. MENTIONS edges go from "article", which stands
// for the enclosing article object (see docs/ontology.md).
#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "ingest/json_writer.h"
#include "ingest/pipeline.h"

namespace kg::ingest {

using namespace std::string_view_literals;

namespace {

// Node labels: an entity's (by EntityType), then the other facts'.
constexpr ShortText kLabels[] = {ShortText("Person"),  ShortText("Organization"), ShortText("Place"),
                                 ShortText("Meeting"), ShortText("Document"),     ShortText("Statement")};
// The source of MENTIONS edges, and their type.
constexpr ShortText kArticle("article"), kMentions("MENTIONS");

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
constexpr ShortText kEdgeNames[] = {ShortText("SAID"),
                                    ShortText("ABOUT"),
                                    ShortText("HELD_IN"),
                                    ShortText("PARTICIPATED_IN"),
                                    ShortText("NEGOTIATED_BETWEEN"),
                                    ShortText("AFFILIATED_WITH"),
                                    ShortText("LOCATED_IN")};

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

// The id of node number k: "n<k>".
ShortText NodeId(uint32_t k) {
  ShortText id;
  id.text[0] = 'n';
  id.size = static_cast<uint8_t>(std::to_chars(id.text + 1, id.text + ShortText::kRoom, k).ptr - id.text);
  return id;
}

// The nodes and edges of a document's extraction, decided once and then
// written either as property maps (Extraction, for the loader) or as JSON
// text (for `kg extract`): nodes and edges refer to the document's facts,
// no property is copied.
class Builder {
 public:
  // The fact a node stands for: doc.entities, meetings, documents or
  // statements [index].
  enum class NodeKind : uint8_t { kEntity, kMeeting, kDocument, kStatement };
  struct PlannedNode {
    NodeKind kind;
    uint32_t index;
    int64_t count;  // the MENTIONS edge's count
  };
  // An edge between node numbers (out of nodes_[k - 1]); MENTIONS edges,
  // one per node after all others, are not listed.
  struct PlannedEdge {
    EdgeKind type;
    uint32_t from, to;
    uint32_t sentence, start, stop;
    double confidence;          // rounded to hundredths
    const std::string* extra;   // SAID: the verb, AFFILIATED_WITH: the role (nullptr or empty: none)
  };

  explicit Builder(const Document& doc) : doc_(doc), lex_(Lexicon::Get()) {}

  // Decides the nodes and edges.
  void Run() {
    nodes_.reserve(doc_.entities.size() + doc_.meetings.size() + doc_.documents.size() + doc_.statements.size());
    entity_node_.assign(doc_.entities.size(), 0);
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.dropped || en.mentions.empty()) continue;
      entity_node_[e] = Node(NodeKind::kEntity, e, static_cast<int64_t>(en.mentions.size()));
    }
    // Node numbers (nodes_[k - 1]; 0: no node).
    std::vector<uint32_t> meeting_node, document_node, statement_node;
    meeting_node.reserve(doc_.meetings.size());
    document_node.reserve(doc_.documents.size());
    statement_node.reserve(doc_.statements.size());
    for (size_t i = 0; i < doc_.meetings.size(); ++i)
      meeting_node.push_back(Node(NodeKind::kMeeting, i, static_cast<int64_t>(doc_.meetings[i].sentences.size())));
    for (size_t i = 0; i < doc_.documents.size(); ++i)
      document_node.push_back(Node(NodeKind::kDocument, i, static_cast<int64_t>(doc_.documents[i].sentences.size())));
    for (size_t i = 0; i < doc_.statements.size(); ++i) statement_node.push_back(Node(NodeKind::kStatement, i, 1));
    edges_.reserve(3 * nodes_.size() + doc_.affiliations.size());
    // SAID and ABOUT.
    for (size_t i = 0; i < doc_.statements.size(); ++i) {
      const StatementFact& s = doc_.statements[i];
      if (s.speaker >= 0 && entity_node_[static_cast<size_t>(s.speaker)] != 0)
        Edge(kSaid, entity_node_[static_cast<size_t>(s.speaker)], statement_node[i], s.sentence, s.ev_start, s.ev_stop,
             s.confidence, &s.verb);
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
      std::sort(about.begin(), about.end(), [](uint32_t a, uint32_t b) { return NodeId(a).view() < NodeId(b).view(); });
      about.erase(std::unique(about.begin(), about.end()), about.end());
      for (uint32_t a : about) Edge(kAbout, statement_node[i], a, s.sentence, s.start, s.stop, 0.6f, nullptr);
    }
    // Meetings.
    for (size_t i = 0; i < doc_.meetings.size(); ++i) {
      const MeetingFact& m = doc_.meetings[i];
      if (m.place >= 0 && entity_node_[static_cast<size_t>(m.place)] != 0) {
        const Sentence& s = doc_.sentences[m.place_sentence];
        Edge(kHeldIn, meeting_node[i], entity_node_[static_cast<size_t>(m.place)], m.place_sentence, s.start, s.stop,
             0.8f, nullptr);
      }
      for (const auto& [p, sent] : m.participants) {
        if (entity_node_[static_cast<size_t>(p)] == 0) continue;
        const Sentence& s = doc_.sentences[sent];
        Edge(kParticipatedIn, entity_node_[static_cast<size_t>(p)], meeting_node[i], sent, s.start, s.stop, 0.7f, nullptr);
      }
    }
    // Documents.
    for (size_t i = 0; i < doc_.documents.size(); ++i)
      for (const auto& [p, sent] : doc_.documents[i].parties) {
        if (entity_node_[static_cast<size_t>(p)] == 0) continue;
        const Sentence& s = doc_.sentences[sent];
        Edge(kNegotiatedBetween, document_node[i], entity_node_[static_cast<size_t>(p)], sent, s.start, s.stop, 0.75f,
             nullptr);
      }
    // Affiliations.
    for (const auto& a : doc_.affiliations) {
      if (entity_node_[static_cast<size_t>(a.person)] == 0 || entity_node_[static_cast<size_t>(a.target)] == 0) continue;
      Edge(kAffiliatedWith, entity_node_[static_cast<size_t>(a.person)], entity_node_[static_cast<size_t>(a.target)],
           a.sentence, a.start, a.stop, 0.75f, &a.role);
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
      Edge(kLocatedIn, entity_node_[e], entity_node_[static_cast<size_t>(best)], m.sentence, doc_.tokens[m.begin].start,
           doc_.tokens[m.end - 1].end, 0.95f, nullptr);
    }
  }

  // The nodes and edges as property maps, appended to out->nodes and
  // out->edges (MENTIONS last: from the article to every node).
  void ToExtraction(Extraction* out) const {
    const size_t first = out->nodes.size();
    out->nodes.reserve(first + nodes_.size());
    out->edges.reserve(out->edges.size() + edges_.size() + nodes_.size());
    auto id = [&](uint32_t k) -> const std::string& { return out->nodes[first + k - 1].id; };
    for (size_t k = 0; k < nodes_.size(); ++k) {
      ExtractedNode& node = out->nodes.emplace_back();
      node.id.assign(NodeId(static_cast<uint32_t>(first + k + 1)).view());
      node.label = Label(nodes_[k]).view();
      node.properties = NodeProperties(nodes_[k]);
    }
    for (const PlannedEdge& e : edges_) {
      ValueMap p;
      p.reserve(kEdgePropsReserve);
      if (e.extra != nullptr && !e.extra->empty()) p.emplace_back(e.type == kSaid ? "verb"sv : "role"sv, *e.extra);
      p.emplace_back("sentence"sv, static_cast<int64_t>(e.sentence));
      p.emplace_back("span"sv, Span(e.start, e.stop));
      p.emplace_back("confidence"sv, e.confidence);
      ExtractedEdge& edge = out->edges.emplace_back();
      edge.type.assign(kEdgeNames[e.type].view());
      edge.from = id(e.from);
      edge.to = id(e.to);
      edge.properties = std::move(p);
    }
    for (size_t k = 0; k < nodes_.size(); ++k) {
      ValueMap p;
      p.emplace_back("count"sv, nodes_[k].count);
      ExtractedEdge& edge = out->edges.emplace_back();
      edge.type = kMentions.view();
      edge.from = kArticle.view();
      edge.to = id(static_cast<uint32_t>(k + 1));
      edge.properties = std::move(p);
    }
  }

  // The "edges" and "nodes" members of the extraction's JSON object, as
  // AppendJsonText writes those of ToExtraction's (keys in byte order).
  void WriteJson(JsonWriter& w) const {
    w.FixedKey("edges", "\"edges\":");
    w.OpenArray(nodes_.empty() && edges_.empty());
    if (w.OneLine()) {
      WriteEdgesOnOneLine(w);
    } else {
      WriteEdges(w);
    }
    w.Close(']');
    WriteNodes(w);
  }

 private:
  // The elements of the "edges" array: the planned edges, then MENTIONS.
  void WriteEdges(JsonWriter& w) const {
    for (const PlannedEdge& e : edges_) {
      const bool extra = e.extra != nullptr && !e.extra->empty();
      OpenEdge(w, NodeId(e.from));
      w.FixedKey("confidence", "\"confidence\":");
      w.Double(e.confidence);
      if (extra && e.type != kSaid) {
        w.FixedKey("role", "\"role\":");
        w.String(*e.extra);
      }
      w.FixedKey("sentence", "\"sentence\":");
      w.Int(e.sentence);
      w.FixedKey("span", "\"span\":");
      WriteSpan(w, e.start, e.stop);
      if (extra && e.type == kSaid) {
        w.FixedKey("verb", "\"verb\":");
        w.String(*e.extra);
      }
      CloseEdge(w, NodeId(e.to), kEdgeNames[e.type]);
    }
    for (size_t k = 0; k < nodes_.size(); ++k) {
      OpenEdge(w, kArticle);
      w.FixedKey("count", "\"count\":");
      w.Int(nodes_[k].count);
      CloseEdge(w, NodeId(static_cast<uint32_t>(k + 1)), kMentions);
    }
  }

  // WriteEdges(w) when w writes on one line: each edge's fixed text (its
  // keys, brackets and MENTIONS' constants) written as a whole with Raw.
  void WriteEdgesOnOneLine(JsonWriter& w) const {
    for (const PlannedEdge& e : edges_) {
      const bool extra = e.extra != nullptr && !e.extra->empty();
      w.Item();
      w.Raw("{\"from\":");
      w.Plain(NodeId(e.from));
      w.Raw(",\"properties\":{\"confidence\":");
      w.Double(e.confidence);
      if (extra && e.type != kSaid) {
        w.Raw(",\"role\":");
        w.String(*e.extra);
      }
      w.Raw(",\"sentence\":");
      w.Int(e.sentence);
      w.Raw(",\"span\":[");
      w.Int(e.start);
      w.Raw(",");
      w.Int(e.stop);
      w.Raw("]");
      if (extra && e.type == kSaid) {
        w.Raw(",\"verb\":");
        w.String(*e.extra);
      }
      w.Raw("},\"to\":");
      w.Plain(NodeId(e.to));
      w.Raw(",\"type\":");
      w.Plain(kEdgeNames[e.type]);
      w.Raw("}");
    }
    for (size_t k = 0; k < nodes_.size(); ++k) {
      w.Item();
      w.Raw("{\"from\":\"article\",\"properties\":{\"count\":");
      w.Int(nodes_[k].count);
      w.Raw("},\"to\":");
      w.Plain(NodeId(static_cast<uint32_t>(k + 1)));
      w.Raw(",\"type\":\"MENTIONS\"}");
    }
  }

  // The "nodes" member.
  void WriteNodes(JsonWriter& w) const {
    w.FixedKey("nodes", "\"nodes\":");
    w.OpenArray(nodes_.empty());
    const ShortText date = doc_.has_date ? ShortText(FormatIsoDate(doc_.date)) : ShortText();
    for (size_t k = 0; k < nodes_.size(); ++k) {
      w.Item();
      w.OpenObject(false);
      w.FixedKey("id", "\"id\":");
      w.Plain(NodeId(static_cast<uint32_t>(k + 1)));
      w.FixedKey("label", "\"label\":");
      w.Plain(Label(nodes_[k]));
      w.FixedKey("properties", "\"properties\":");
      w.OpenObject(false);
      WriteNodeProperties(w, nodes_[k], date);
      w.Close('}');
      w.Close('}');
    }
    w.Close(']');
  }

  // Adds a node; its number k (nodes_[k - 1], id "n<k>").
  uint32_t Node(NodeKind kind, size_t index, int64_t count) {
    nodes_.push_back(PlannedNode{kind, static_cast<uint32_t>(index), count});
    return static_cast<uint32_t>(nodes_.size());
  }

  // Adds the edge `type` between nodes `from` and `to` (numbers), unless it
  // is a loop or already there.
  void Edge(EdgeKind type, uint32_t from, uint32_t to, uint32_t sentence, uint32_t start, uint32_t stop,
            float confidence, const std::string* extra) {
    // Node numbers are below 2^28: an article has fewer bytes than that.
    uint64_t key = (uint64_t{type} << 56) | (uint64_t{from} << 28) | to;
    if (from == to || !edge_keys_.Insert(key)) return;
    edges_.push_back(PlannedEdge{type, from, to, sentence, start, stop,
                                 static_cast<double>(static_cast<int>(confidence * 100 + 0.5)) / 100.0, extra});
  }

  const ShortText& Label(const PlannedNode& n) const {
    switch (n.kind) {
      case NodeKind::kEntity: return kLabels[static_cast<size_t>(doc_.entities[n.index].type)];
      case NodeKind::kMeeting: return kLabels[3];
      case NodeKind::kDocument: return kLabels[4];
      case NodeKind::kStatement: return kLabels[5];
    }
    return kLabels[0];
  }

  // The gazetteer place of an entity node, or nullptr.
  const GazPlace* PlaceOf(const Entity& en) const {
    return en.type == EntityType::kPlace && en.place >= 0 ? &lex_.places[static_cast<size_t>(en.place)] : nullptr;
  }

  ValueMap NodeProperties(const PlannedNode& n) const {
    ValueMap p;
    p.reserve(kPropsReserve);
    switch (n.kind) {
      case NodeKind::kEntity: {
        const Entity& en = doc_.entities[n.index];
        p.emplace_back("name"sv, en.name);
        if (!en.aliases.empty()) p.emplace_back("aliases"sv, StringList(en.aliases));
        if (en.type == EntityType::kPerson && !en.roles.empty()) p.emplace_back("roles"sv, StringList(en.roles));
        if (const GazPlace* gp = PlaceOf(en)) {
          p.emplace_back("kind"sv, gp->kind);
          if (!gp->country.empty()) p.emplace_back("country"sv, gp->country);
          if (gp->has_coords) {
            p.emplace_back("lat"sv, gp->lat);
            p.emplace_back("lon"sv, gp->lon);
          }
        }
        break;
      }
      case NodeKind::kMeeting: {
        const MeetingFact& m = doc_.meetings[n.index];
        p.emplace_back("name"sv, m.name);
        if (m.dates.has_start) {
          p.emplace_back("start"sv, m.dates.start);
          p.emplace_back("end"sv, m.dates.has_end ? m.dates.end : m.dates.start);
        }
        if (!m.dates.when.empty()) p.emplace_back("when"sv, m.dates.when);
        p.emplace_back("status"sv, m.status);
        break;
      }
      case NodeKind::kDocument: {
        const DocumentFact& d = doc_.documents[n.index];
        p.emplace_back("name"sv, d.name);
        if (!d.aliases.empty()) p.emplace_back("aliases"sv, StringList(d.aliases));
        break;
      }
      case NodeKind::kStatement: {
        const StatementFact& s = doc_.statements[n.index];
        p.emplace_back("text"sv, s.text);
        p.emplace_back("quote"sv, s.quote);
        p.emplace_back("lang"sv, doc_.lang);
        if (doc_.has_date) p.emplace_back("date"sv, doc_.date);
        p.emplace_back("span"sv, Span(s.start, s.stop));
        break;
      }
    }
    return p;
  }

  // NodeProperties(n)'s entries as JsonWriter::Map writes them (in key order).
  // `date`: the article's date (if it has one) as text.
  void WriteNodeProperties(JsonWriter& w, const PlannedNode& n, const ShortText& date) const {
    switch (n.kind) {
      case NodeKind::kEntity: {
        const Entity& en = doc_.entities[n.index];
        const GazPlace* gp = PlaceOf(en);
        if (!en.aliases.empty()) {
          w.FixedKey("aliases", "\"aliases\":");
          WriteStrings(w, en.aliases);
        }
        if (gp != nullptr) {
          if (!gp->country.empty()) {
            w.FixedKey("country", "\"country\":");
            w.String(gp->country);
          }
          w.FixedKey("kind", "\"kind\":");
          w.String(gp->kind);
          if (gp->has_coords) {
            w.FixedKey("lat", "\"lat\":");
            w.Double(gp->lat);
            w.FixedKey("lon", "\"lon\":");
            w.Double(gp->lon);
          }
        }
        w.FixedKey("name", "\"name\":");
        w.String(en.name);
        if (en.type == EntityType::kPerson && !en.roles.empty()) {
          w.FixedKey("roles", "\"roles\":");
          WriteStrings(w, en.roles);
        }
        break;
      }
      case NodeKind::kMeeting: {
        const MeetingFact& m = doc_.meetings[n.index];
        if (m.dates.has_start) {
          w.FixedKey("end", "\"end\":");
          w.Plain(ShortText(FormatIsoDate(m.dates.has_end ? m.dates.end : m.dates.start)));
        }
        w.FixedKey("name", "\"name\":");
        w.String(m.name);
        if (m.dates.has_start) {
          w.FixedKey("start", "\"start\":");
          w.Plain(ShortText(FormatIsoDate(m.dates.start)));
        }
        w.FixedKey("status", "\"status\":");
        w.String(m.status);
        if (!m.dates.when.empty()) {
          w.FixedKey("when", "\"when\":");
          w.String(m.dates.when);
        }
        break;
      }
      case NodeKind::kDocument: {
        const DocumentFact& d = doc_.documents[n.index];
        if (!d.aliases.empty()) {
          w.FixedKey("aliases", "\"aliases\":");
          WriteStrings(w, d.aliases);
        }
        w.FixedKey("name", "\"name\":");
        w.String(d.name);
        break;
      }
      case NodeKind::kStatement: {
        const StatementFact& s = doc_.statements[n.index];
        if (doc_.has_date) {
          w.FixedKey("date", "\"date\":");
          w.Plain(date);
        }
        w.FixedKey("lang", "\"lang\":");
        w.Plain(ShortText(doc_.lang));  // "fr" or "en"
        w.FixedKey("quote", "\"quote\":");
        w.Bool(s.quote);
        w.FixedKey("span", "\"span\":");
        WriteSpan(w, s.start, s.stop);
        w.FixedKey("text", "\"text\":");
        w.String(s.text);
        break;
      }
    }
  }

  // An edge object up to its properties' first key: {"from":..,"properties":{
  static void OpenEdge(JsonWriter& w, const ShortText& from) {
    w.Item();
    w.OpenObject(false);
    w.FixedKey("from", "\"from\":");
    w.Plain(from);
    w.FixedKey("properties", "\"properties\":");
    w.OpenObject(false);
  }
  // The rest of an edge object after its properties: },"to":..,"type":..}
  static void CloseEdge(JsonWriter& w, const ShortText& to, const ShortText& type) {
    w.Close('}');
    w.FixedKey("to", "\"to\":");
    w.Plain(to);
    w.FixedKey("type", "\"type\":");
    w.Plain(type);
    w.Close('}');
  }
  static void WriteSpan(JsonWriter& w, uint32_t a, uint32_t b) {
    w.OpenArray(false);
    w.Item();
    w.Int(a);
    w.Item();
    w.Int(b);
    w.Close(']');
  }
  static void WriteStrings(JsonWriter& w, const std::vector<std::string>& v) {
    w.OpenArray(v.empty());
    for (const auto& s : v) {
      w.Item();
      w.String(s);
    }
    w.Close(']');
  }

  const Document& doc_;
  const Lexicon& lex_;
  std::vector<PlannedNode> nodes_;
  std::vector<PlannedEdge> edges_;                    // in output order (MENTIONS excluded)
  std::vector<uint32_t> entity_node_;                 // node number of each entity, 0: none
  KeySet edge_keys_;                                  // (type, from, to) of the edges added
  std::vector<uint32_t> about_;                       // scratch: the nodes a statement is about
};

}  // namespace

void BuildExtraction(const Document& doc, Extraction* out) {
  Builder b(doc);
  b.Run();
  b.ToExtraction(out);
}

void AppendExtractionJson(const Document& doc, const Article& article, int indent, std::string* out) {
  Builder b(doc);
  b.Run();
  JsonWriter w(indent, out);
  w.OpenObject(false);
  WriteArticleMember(w, article);
  b.WriteJson(w);
  w.Close('}');
  w.Finish();
}

}  // namespace kg::ingest
