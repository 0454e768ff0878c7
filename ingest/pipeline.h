// The built-in extractor's document model and stages (private to ingest/;
// tests include it). Each stage reads the model and adds to it:
//
//   Analyze        tokens, sentences, language          (document.cpp)
//   FindMentions   Person / Organization / Place mentions (mentions.cpp)
//   Resolve        mentions -> entities within the article (resolve.cpp)
//   FindAffiliations AFFILIATED_WITH and Person.roles    (affiliations.cpp)
//   FindStatements quotes, reported speech, speakers     (statements.cpp)
//   FindMeetings   meetings, dates, places, participants (meetings.cpp)
//   FindDocuments  documents and NEGOTIATED_BETWEEN      (documents.cpp)
//   BuildExtraction the ontology nodes and edges         (output.cpp)
//
// Invariants of a Document after Analyze:
//   1. tokens are in text order, non-overlapping, [start, end) byte offsets
//      into text, each on whole UTF-8 sequences;
//   2. sentences partition the token sequence in order; every token belongs
//      to exactly one sentence (Token::sentence).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/value.h"
#include "ingest/extraction.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

enum TokenFlag : uint16_t {
  kWord = 1 << 0,        // letters/digits (may hold internal - ' .)
  kCap = 1 << 1,         // starts with an upper-case letter
  kAllCaps = 1 << 2,     // two or more letters, all upper case
  kNumber = 1 << 3,      // starts with a digit
  kPunct = 1 << 4,
  kQuoteOpen = 1 << 5,   // « “ „ ‹ (or a straight " that opens)
  kQuoteClose = 1 << 6,  // » ” › (or a straight " that closes)
  kInverted = 1 << 7,    // pronoun split off "a-t-il", "dit-elle"
  kNewlineBefore = 1 << 8,
  kParagraphBefore = 1 << 9,  // a blank line before
  kSpaceBefore = 1 << 10,
  kInQuote = 1 << 11,    // inside a quotation
};

struct Token {
  uint32_t start = 0, end = 0;
  uint16_t flags = 0;
  uint32_t sentence = 0;
  uint32_t lex = 0;   // Lexicon::WordFlag bits of `lower`
  std::string lower;  // LowerKey of the text
  bool Is(uint16_t f) const { return (flags & f) != 0; }
};

// Lexicon::IsStopword(t.lower), answered from the token's lexicon flags when
// it is a word (Token::lex is set for every word by Analyze).
inline bool IsStopToken(const Lexicon& lex, const Token& t) {
  return t.Is(kWord) ? (t.lex & Lexicon::kStop) != 0 : lex.IsStopword(t.lower);
}

// True when l is one of `set` (a short literal list of lower-case words).
// Sizes and first bytes are compared before any memcmp: most candidates
// differ there. Always inlined: the list is then a constant the compiler
// folds into the size and first-byte comparisons.
[[gnu::always_inline]] inline bool In(std::string_view l, std::initializer_list<std::string_view> set) {
  if (l.empty()) {
    for (std::string_view x : set)
      if (x.empty()) return true;
    return false;
  }
  for (std::string_view x : set)
    if (x.size() == l.size() && x[0] == l[0] && std::memcmp(x.data(), l.data(), l.size()) == 0) return true;
  return false;
}

// s with its ASCII capitals lowered, other bytes as they are: what
// std::tolower does byte by byte in the "C" locale (the program never sets
// another), inline and without a call per byte.
inline std::string AsciiLower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return s;
}

// A fixed list of lower-case words (string literals, or other strings that
// outlive the list) for a test asked once per token: Has(l) == In(l, words).
// A 64-bit mask of the words' sizes, then a 256-bit mask of (size, first
// byte, last byte) signatures reject most words; a word that passes both is
// compared only with the words of its own signature (the list is kept
// grouped by signature).
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) : WordList(words.begin(), words.end()) {}
  // The words of a list in ingest/cue_words.h.
  template <size_t N>
  explicit WordList(const std::string_view (&words)[N]) : WordList(words, words + N) {}

 private:
  WordList(const std::string_view* begin, const std::string_view* end) : words_(begin, end) {
    std::stable_sort(words_.begin(), words_.end(),
                     [](std::string_view a, std::string_view b) { return Signature(a) < Signature(b); });
    for (std::string_view w : words_) {
      unsigned b = Signature(w);
      mask_[b >> 6] |= uint64_t{1} << (b & 63);
      ++start_[b + 1];
      sizes_ |= uint64_t{1} << SizeBit(w.size());
    }
    for (size_t b = 1; b < 257; ++b) start_[b] += start_[b - 1];
  }

 public:
  // The two mask tests inline (always: most words stop there), the
  // comparisons out of line.
  [[gnu::always_inline]] bool Has(std::string_view l) const {
    if (((sizes_ >> SizeBit(l.size())) & 1) == 0) return false;
    unsigned b = Signature(l);
    if ((mask_[b >> 6] & (uint64_t{1} << (b & 63))) == 0) return false;
    return HasWithSignature(l, b);
  }

 private:
  // Has(l) for a word l of signature b that passed the masks.
  [[gnu::noinline]] bool HasWithSignature(std::string_view l, unsigned b) const {
    for (uint32_t k = start_[b]; k < start_[b + 1]; ++k) {
      std::string_view x = words_[k];
      if (x.size() == l.size() && SameBytes(x.data(), l.data(), l.size())) return true;
    }
    return false;
  }

  // In [0, 256).
  static unsigned Signature(std::string_view w) {
    if (w.empty()) return 0;
    unsigned h = static_cast<unsigned>(w.size()) * 37u + static_cast<unsigned char>(w[0]) * 7u +
                 static_cast<unsigned char>(w.back());
    return h & 255u;
  }
  // Bit of a size in sizes_: sizes of 63 bytes and more share the last.
  static unsigned SizeBit(size_t n) { return n < 63 ? static_cast<unsigned>(n) : 63u; }
  std::vector<std::string_view> words_;  // grouped by Signature, ascending
  uint64_t sizes_ = 0;                   // bit SizeBit(w.size()) of each word w
  uint64_t mask_[4] = {0, 0, 0, 0};
  // words_[start_[b], start_[b + 1]) are the words of signature b.
  uint32_t start_[257] = {};
};

// A set of string_views (the caller keeps their bytes alive: views into
// the tokens' keys), for a stage's per-article word sets, filled once and
// asked many times: open addressing over one array (a power-of-two number
// of slots, at most half full, linear probing; each slot holds the view
// and 32 bits of its hash), no allocation per element.
//
// The subset of std::unordered_set<std::string_view> the stages use:
// insert, count, contains, size, empty, reserve, clear. No erase, no
// iteration.
class StringViewSet {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Room for n elements without growing.
  void reserve(size_t n) {
    if (2 * n > slots_.size()) Rehash(2 * n);
  }
  void clear() {
    slots_.clear();
    size_ = 0;
  }
  // True when s was not in the set (it is now).
  bool insert(std::string_view s) {
    if (2 * (size_ + 1) > slots_.size()) Rehash(2 * (size_ + 1));
    const uint64_t h = HashString(s);
    Slot& slot = slots_[Find(s, h)];
    if (slot.used) return false;
    slot = Slot{s, static_cast<uint32_t>(h), true};
    ++size_;
    return true;
  }
  size_t count(std::string_view s) const { return !slots_.empty() && slots_[Find(s, HashString(s))].used ? 1 : 0; }
  bool contains(std::string_view s) const { return count(s) > 0; }

 private:
  struct Slot {
    std::string_view view;
    uint32_t hash = 0;  // low 32 bits of HashString(view)
    bool used = false;
  };
  // The index of the slot holding s (hashed as h), or of the empty slot
  // where it would go. REQUIRES: slots_ not empty, not full.
  size_t Find(std::string_view s, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.used) return i;
      if (slot.hash == static_cast<uint32_t>(h) && slot.view.size() == s.size() &&
          SameBytes(slot.view.data(), s.data(), s.size()))
        return i;
    }
  }
  // Rebuilds the index with at least `min_slots` slots (a power of two).
  void Rehash(size_t min_slots) {
    size_t n = 16;
    while (n < min_slots) n *= 2;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    for (const Slot& o : old)
      if (o.used) slots_[Find(o.view, HashString(o.view))] = o;
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// set.count(t.lower) > 0 for a Lexicon list whose one-word entries carry
// `flag` in Token::lex: the hash lookup is skipped for a word without it.
template <typename Set>
bool InLexicon(const Set& set, const Token& t, uint32_t flag) {
  return (!t.Is(kWord) || (t.lex & flag) != 0) && set.count(t.lower) > 0;
}

// set.find(t.lower) for a Lexicon map whose one-word keys carry `flag` in
// Token::lex: end() without a hash lookup for a word without it.
template <typename Map>
auto FindInLexicon(const Map& map, const Token& t, uint32_t flag) {
  return !t.Is(kWord) || (t.lex & flag) != 0 ? map.find(t.lower) : map.end();
}

struct Sentence {
  uint32_t begin = 0, end = 0;  // token range [begin, end)
  uint32_t start = 0, stop = 0;  // byte span [start, stop)
  uint32_t paragraph = 0;        // 0-based; sentences opening a line start the next one
  // The union of its tokens' Lexicon::WordFlag bits (name-word counts
  // excluded): a stage looking for a word class skips a sentence without it.
  uint32_t lex = 0;
};

enum class EntityType : uint8_t { kPerson, kOrganization, kPlace };

struct Mention {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  // token range of the name (titles excluded)
  EntityType type = EntityType::kPerson;
  std::string name;             // the name as written, white space normalised
  float confidence = 0.8f;
  Gender gender = Gender::kUnknown;
  int place = -1;               // gazetteer index for places
  int body = -1;                // bodies.txt index for known organisations
  bool tentative = false;       // a lone capitalised word kept only if later confirmed
  int alias_of = -1;            // an acronym in parentheses: the mention it abbreviates
  int entity = -1;              // set by Resolve
};

struct Entity {
  EntityType type = EntityType::kPerson;
  std::string name;                  // fullest form
  std::vector<std::string> aliases;  // other forms seen
  std::vector<std::string> roles;
  Gender gender = Gender::kUnknown;
  std::string nationality;           // country code from a demonym role, if any
  int place = -1, body = -1;
  std::vector<int> mentions;         // indices into Document::mentions
  bool dropped = false;              // merged away or unconfirmed
};

// A reference to an entity from a pronoun or a description.
struct DateRange {
  bool has_start = false, has_end = false;
  bool until = false;  // "jusqu'à vendredi", "until Friday": start = end = the bound; what began before is unknown
  Date start, end;
  std::string when;  // vaguer text ("l'année prochaine", "last week")
  uint32_t begin = 0, end_token = 0;
};

struct StatementFact {
  uint32_t sentence = 0;
  uint32_t start = 0, stop = 0;        // content span (bytes)
  uint32_t ev_start = 0, ev_stop = 0;  // evidence span: content and attribution
  std::string text;
  bool quote = false;
  int speaker = -1;                    // entity
  std::string verb;
  float confidence = 0.8f;
  uint32_t tok_begin = 0, tok_end = 0; // content tokens
};

struct MeetingFact {
  std::string name;
  std::string kind;
  std::string status = "held";
  DateRange dates;
  int place = -1;                         // entity
  std::vector<std::pair<int, uint32_t>> participants;  // entity, sentence
  std::vector<uint32_t> sentences;        // where it is mentioned
  uint32_t first_sentence = 0;
  uint32_t span_start = 0, span_stop = 0; // first mention
  uint32_t place_sentence = 0;
};

struct DocumentFact {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::pair<int, uint32_t>> parties;  // entity, sentence
  uint32_t first_sentence = 0;
  uint32_t span_start = 0, span_stop = 0;
  std::vector<uint32_t> sentences;
};

struct AffiliationFact {
  int person = -1, target = -1;  // entities
  std::string role;
  uint32_t sentence = 0, start = 0, stop = 0;
};

struct Document {
  std::string_view text;
  std::string lang;       // "fr" or "en" after Analyze (or other)
  // lang == "fr" and lang == "en", set with it by Analyze: the stages test
  // these flags instead of comparing strings.
  bool fr = false, en = false;
  bool has_date = false;
  Date date;              // the article's date
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<StatementFact> statements;
  std::vector<MeetingFact> meetings;
  std::vector<DocumentFact> documents;
  std::vector<AffiliationFact> affiliations;

  std::string_view TokenText(uint32_t i) const {
    return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  }
  // Source text of tokens [b, e), white space runs collapsed to one space.
  std::string Span(uint32_t b, uint32_t e) const;
  // Mention index whose name starts at token i, or -1. (Inline, as the two
  // below: the stages ask them for most tokens.)
  int MentionAt(uint32_t i) const {
    int m = i < mention_of_token.size() ? mention_of_token[i] : -1;
    return m >= 0 && mentions[static_cast<size_t>(m)].begin == i ? m : -1;
  }
  // Mention index covering token i, or -1.
  int MentionCovering(uint32_t i) const { return i < mention_of_token.size() ? mention_of_token[i] : -1; }
  // Entity of the mention covering token i, or -1 (dropped entities excluded).
  int EntityAt(uint32_t i) const {
    int m = MentionCovering(i);
    if (m < 0) return -1;
    int e = mentions[static_cast<size_t>(m)].entity;
    return e >= 0 && !entities[static_cast<size_t>(e)].dropped ? e : -1;
  }

  // Filled by Resolve: token -> mention index (-1 if none).
  std::vector<int> mention_of_token;
};

// Stage 1. `lang` empty: detected ("fr", "en", or "other").
void Analyze(std::string_view text, std::string_view lang, Document* doc);
// Detected language of a text: "fr", "en" or "other".
std::string DetectLanguage(const std::vector<Token>& tokens);

void FindMentions(Document* doc);
void Resolve(Document* doc);
// Entity a pronoun or description at token i (sentence s) stands for, or -1.
int ResolveReference(const Document& doc, uint32_t i);
// A lower-case noun that refers back to an organisation ("the company",
// "l'agence", "du ministère", "the group").
bool IsGenericOrgNoun(std::string_view lower);
// The country entity named in the article (a live Place of the gazetteer
// with kind "country") whose ISO code is `code`, or -1.
int CountryEntityOf(const Document& doc, std::string_view code);
// The organisation the generic noun at token i stands for: the latest one
// named before i whose name holds the noun's kind ("l'agence" -> "Agence
// internationale de l'énergie atomique"), or for nouns of any kind ("the
// company", "l'institution") the latest organisation; -1 if none.
int ResolveOrgReference(const Document& doc, uint32_t i);
// The number a group's quantifier says ("two", "trois", "both"), or 0.
int GroupCount(std::string_view l);
// A numbered group naming parties listed before it: "the three countries",
// "les deux pays", "both sides", "les deux parties", "the two neighbouring
// countries", "des trois États". At token i (the number or "both"): the
// entities of the latest list of exactly that many organisations or places
// ("Chile, Peru and Ecuador"; places only for a noun of countries,
// organisations only for one of companies or unions) in the sentence up to
// i or the two before it, in text order, and *len the group's token count
// from i; empty (*len unchanged) when token i starts no such group or no
// such list precedes it.
std::vector<int> ResolveGroupReference(const Document& doc, uint32_t i, uint32_t* len);
// The numbered group that opens sentence s, or the clause after its first
// comma, as the subject: "The three countries …", "Les deux pays …", "Both
// sides …", "Delegations from the two countries …", "Lundi, les
// négociateurs des deux camps …". Its entities (ResolveGroupReference) and
// *end the token after the group; empty (*end unchanged) when none.
std::vector<int> OpeningGroupReference(const Document& doc, uint32_t s, uint32_t* end);
void FindStatements(Document* doc);
// Dates written in tokens [b, e) of the document; years closest to the
// article's date (or the year written).
std::vector<DateRange> FindDates(const Document& doc, uint32_t b, uint32_t e);
void FindMeetings(Document* doc);
void FindDocuments(Document* doc);
void FindAffiliations(Document* doc);
void BuildExtraction(const Document& doc, Extraction* out);
// AppendJsonText(e, indent, out) of the extraction e whose article is
// `article` and whose nodes and edges BuildExtraction(doc, &e) would add (no
// warnings): the same text, written straight from the document's facts.
void AppendExtractionJson(const Document& doc, const Article& article, int indent, std::string* out);

// Helpers shared by the stages.
// The reporting verb (of one or more words) starting at token i, before
// `limit`: true and *len its token count; false (*len unchanged) when none.
// Asked for most words: the token's flags are tested inline (always: the
// compiler would otherwise call a copy of this test in the largest
// stages), then ReportingVerbFrom (REQUIRES: i < limit, token i may start
// a verb).
bool ReportingVerbFrom(const Document& doc, uint32_t i, uint32_t limit, uint32_t* len);
[[gnu::always_inline]] inline bool IsReportingVerbAt(const Document& doc, uint32_t i, uint32_t limit, uint32_t* len) {
  if (i >= limit || !(doc.tokens[i].lex & Lexicon::kVerbStart) || doc.tokens[i].Is(kCap)) return false;
  return ReportingVerbFrom(doc, i, limit, len);
}
bool IsPronoun(const Token& t, Gender* g);
// Role phrase starting at token i (longest), its token count, 0 if none.
// Asked for many words: a word that can start no role (no kRoleStart flag
// and no "co-", "ex-" or "vice-" prefix) is answered inline (always, as
// IsReportingVerbAt), others by RoleFrom (REQUIRES: i < limit).
uint32_t RoleFrom(const Document& doc, uint32_t i, uint32_t limit);
[[gnu::always_inline]] inline uint32_t RoleAt(const Document& doc, uint32_t i, uint32_t limit) {
  if (i >= limit) return 0;
  const Token& t = doc.tokens[i];
  if (!(t.lex & Lexicon::kRoleStart) &&
      (t.lower.size() < 5 || (t.lower[0] != 'c' && t.lower[0] != 'e' && t.lower[0] != 'v')))
    return 0;
  return RoleFrom(doc, i, limit);
}
// A lower-case word with the shape of an adjective ("centrale", "multilatérales").
bool AdjectiveLike(std::string_view lower);

}  // namespace kg::ingest
