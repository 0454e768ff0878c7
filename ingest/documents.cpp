// Stage 7: documents under discussion and NEGOTIATED_BETWEEN.
//
// A document mention is a document noun (document_words.txt) after a
// determiner, with its modifiers: "le plan de paix en 20 points", "les
// garanties multilatérales de sécurité", "the 20-point peace plan", "the
// Minsk agreements"; in French a plural plain word or a name of its own may
// close it ("les prix planchers", "le plan de relance NextGenerationEU").
// A bare noun ("l'accord") names nothing and is skipped. A name after
// ", known as" / ", also called" / ", connu sous le nom de" is an alias.
// Names equal after folding, or one a prefix of the other ("plan de paix" /
// "plan de paix en 20 points"), are one document.
// NEGOTIATED_BETWEEN: in a sentence where a negotiation word is followed by
// "entre X et Y" / "between X and Y", every document of the sentence is
// negotiated between every party. A document whose parties are never named
// beside it, discussed in a sentence about negotiating, signing or agreeing,
// goes to the negotiation in focus there: the latest parties named as
// negotiating ("négociations entre X et Y", "X and Y resumed talks", "Le
// gouvernement colombien et l'ELN ont repris leurs pourparlers", "X's talks
// with Y"), unless it is a past text ("the 2016 agreement") or a third
// party's ("the European Union's Pact on …"). Failing that, a sentence
// naming it beside two of the article's negotiating sides or more gives
// it those sides.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <cstdlib>
#include <unordered_map>

#include "ingest/cue_words.h"
#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

bool Det(std::string_view l) {
  static const WordList kWords{"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette",
                               "ces", "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "this", "these", "that",
                               "those", "its", "their", "de", "d'"};
  return kWords.Has(l);
}

bool Stop(const Token& t) {
  static const StringSet kStop = {"que", "qu'", "qui", "sur", "avec", "entre", "dans", "par", "pour", "a", "ont", "est",
                                "sont", "été", "sera", "serait", "ne", "n'", "se", "s'", "y", "il", "elle", "ils",
                                "that", "which", "who", "with", "between", "by", "is", "are", "was", "were", "has",
                                "have", "had", "will", "would", "could", "to", "in", "at", "as", "than", "from",
                                "after", "before", "and", "et", "or", "ou", "mais", "but", "le", "la", "les", "l'", "un",
                                "une", "the", "a", "an", "lors", "depuis", "pendant", "selon", "avant", "après",
                                "contre", "against", "vers", "sans", "without", "it", "he", "she", "they", "we", "i", "you", "there", "along", "across", "under", "into", "until", "since", "while", "this", "these", "its", "their", "ce",
                                "cette", "ces", "son", "sa", "ses", "leur", "leurs", "on", "over", "about", "for",
                                "rien", "tout", "personne", "ici", "nothing", "anything", "everything", "unless",
                                "if", "whether", "because", "although", "though", "si", "lorsque", "quand", "puisque", "what", "whatever"};
  return kStop.count(t.lower) > 0 || !t.Is(kWord);
}

bool EndsWith(std::string_view l, std::string_view suffix) {
  return l.size() > suffix.size() && l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// At most this many documents per article (real articles name a few dozen
// at most): a hostile text naming thousands keeps every per-mention scan
// over the documents bounded. Further names start no document.
constexpr size_t kMaxDocuments = 256;

constexpr std::string_view kDraftPrefixes[] = {"projet de ", "projet d'", "draft "};

// Calls f(word) for each word of `s` in order: the runs between spaces,
// empty ones skipped.
template <class F>
void ForEachWord(std::string_view s, F f) {
  for (size_t i = 0, n = s.size(); i < n;) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = n;
    f(s.substr(i, j - i));
    i = j;
  }
}

// "projet de traité …", "draft agreement …": a draft of a document.
bool IsDraft(const std::string& name) {
  // LowerKey maps ASCII bytes one to one: an ASCII opening as long as the
  // longest prefix decides without lowering the whole name.
  constexpr size_t kLongest = 10;  // "projet de "
  char opening[kLongest];
  size_t n = std::min(name.size(), kLongest);
  bool ascii = true;
  for (size_t i = 0; i < n && ascii; ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    ascii = c < 0x80;
    opening[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  std::string lowered = ascii ? std::string() : LowerKey(name);
  std::string_view l = ascii ? std::string_view(opening, n) : std::string_view(lowered);
  for (std::string_view p : kDraftPrefixes)
    if (l.starts_with(p)) return true;
  return false;
}

// The lower-cased words of a document name, a draft's prefix removed
// ("projet de traité de 22 articles" -> traité, de, 22, articles).
std::vector<std::string> DraftedWords(const std::string& name) {
  std::string l = LowerKey(name);
  for (std::string_view p : kDraftPrefixes)
    if (l.rfind(p, 0) == 0) {
      l = l.substr(p.size());
      break;
    }
  std::vector<std::string> words;
  std::string w;
  for (char c : l + " ") {
    if (c == ' ') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  return words;
}

// The head noun of a document name, drafts unwrapped: French names open
// with it ("traité mondial …"), English ones end with it before their
// complement ("the 20-point peace plan", "agreement on fisheries subsidies").
// Empty for a generic head (text, texte, décision, decision).
// (The words are those of DraftedWords, read in place.)
std::string HeadWord(const std::string& name) {
  const std::string lowered = LowerKey(name);
  std::string_view l = lowered;
  for (std::string_view p : kDraftPrefixes)
    if (l.starts_with(p)) {
      l.remove_prefix(p.size());
      break;
    }
  // The first word, the last, and the word before the first of/on/for/against/to after the first.
  std::string_view first, last, before_complement;
  ForEachWord(l, [&](std::string_view w) {
    if (first.empty()) first = w;
    else if (before_complement.empty() && In(w, {"of", "on", "for", "against", "to"})) before_complement = last;
    last = w;
  });
  if (first.empty()) return "";
  std::string_view head = first;
  if (!In(head, {"plan", "accord", "accords", "traité", "garanties", "résolution", "feuille", "mémorandum",
                 "protocole", "charte", "convention", "pacte", "déclaration", "communiqué"}))
    head = before_complement.empty() ? last : before_complement;
  if (In(head, {"text", "texte", "décision", "decision", "draft", "projet"})) return "";
  return std::string(head);
}

// A draft named by its head alone or with a size ("projet de traité de 22
// articles", "the draft agreement"): a topic ("draft agreement on port
// fees") may make it another document.
bool PlainDraft(const std::string& name) {
  std::vector<std::string> words = DraftedWords(name);
  if (words.size() == 1) return true;
  // "traité de 22 articles", "treaty of 12 points".
  return words.size() == 4 && In(words[1], {"de", "of"}) && std::isdigit(static_cast<unsigned char>(words[2][0]));
}

// A French adjective after its noun: AdjectiveLike, and the endings of
// "pétroliers", "financière", "terrestre", "maritime", "francophone",
// "durable", "transitoire", "civile".
bool DocAdjective(std::string_view l) {
  if (AdjectiveLike(l)) return true;
  for (std::string_view e : {"ier"sv, "iers"sv, "ière"sv, "ières"sv, "estre"sv, "estres"sv, "itime"sv, "itimes"sv,
                             "phone"sv, "phones"sv, "ble"sv, "bles"sv, "oire"sv, "oires"sv, "ile"sv, "iles"sv,
                             "ointe"sv, "ointes"sv, "oints"sv})  // "conjointe", "adjoints"
    if (EndsWith(l, e) && l.size() > e.size() + 2) return true;
  return false;
}

// An English premodifier that evaluates or situates a document rather than
// names it: an adjective in -ous ("a generous new framework", "an ambitious
// treaty"), "next", "upcoming", "only" ("the only framework"), and the
// relative "whose" ("…, whose own contract").
bool EvaluativeEn(std::string_view l) {
  return (l.size() > 5 && EndsWith(l, "ous")) || l == "next"sv || l == "upcoming"sv || l == "whose"sv ||
         l == "only"sv;
}

bool IsYear(std::string_view l) {
  if (l.size() != 4) return false;
  for (char c : l)
    if (c < '0' || c > '9') return false;
  int y = (l[0] - '0') * 1000 + (l[1] - '0') * 100 + (l[2] - '0') * 10 + (l[3] - '0');
  return y >= 1900 && y <= 2100;
}

// Whether `words` occurs in `text` as whole words (both are DocKeys:
// words joined by one space).
bool HasWords(std::string_view text, std::string_view words) {
  if (words.empty()) return text.empty();
  for (size_t at = text.find(words); at != std::string_view::npos; at = text.find(words, at + 1)) {
    size_t end = at + words.size();
    if ((at == 0 || text[at - 1] == ' ') && (end == text.size() || text[end] == ' ')) return true;
  }
  return false;
}

// Folded name with number words as digits ("vingt points" = "20 points"),
// its words joined by one space.
std::string DocKey(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kNumbers[] = {
      {"vingt", "20"}, {"dix", "10"}, {"douze", "12"}, {"quinze", "15"}, {"trente", "30"}, {"cinq", "5"},
      {"six", "6"}, {"sept", "7"}, {"huit", "8"}, {"neuf", "9"}, {"quatre", "4"}, {"trois", "3"}, {"deux", "2"},
      {"twenty", "20"}, {"ten", "10"}, {"twelve", "12"}, {"fifteen", "15"}, {"thirty", "30"}, {"five", "5"}};
  const std::string folded = FoldKey(name);
  std::string out;
  out.reserve(folded.size());
  ForEachWord(folded, [&](std::string_view word) {
    if (word.size() >= 3 && word.size() <= 7) {  // the number words' lengths
      for (const auto& [w, d] : kNumbers) {
        if (word == w) {
          word = d;
          break;
        }
      }
    }
    if (!out.empty()) out.push_back(' ');
    out.append(word);
  });
  return out;
}

// The content words of a document key, sorted, without plural -s:
// "health transfer agreement" and "agreement on health transfers" agree.
std::string WordBag(std::string_view key) {
  static constexpr std::string_view kGlue[] = {"on", "of", "for", "the", "a",   "an", "de", "d",   "du",
                                               "des", "sur", "la", "le",  "les", "l",  "en", "pour"};
  std::vector<std::string_view> words;  // views into key
  size_t out_size = 0;
  ForEachWord(key, [&](std::string_view w) {
    if (std::find(std::begin(kGlue), std::end(kGlue), w) != std::end(kGlue)) return;
    if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
    words.push_back(w);
    out_size += w.size() + 1;
  });
  std::sort(words.begin(), words.end());
  std::string out;
  out.reserve(out_size);
  for (std::string_view x : words) {
    out.append(x);
    out.push_back(' ');
  }
  return out;
}

class DocumentFinder {
 public:
  explicit DocumentFinder(Document* doc) : doc_(*doc), toks_(doc->tokens), lex_(Lexicon::Get()) {}

  void Run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      std::vector<int> in_sentence;
      const Sentence& sent = doc_.sentences[s];
      for (uint32_t k = sent.begin; k < sent.end; ++k) {
        // "the Critical Medicines Act", "Digital Markets Act": an English law
        // is named by the capitalised words before "Act".
        if (int law = Law(s, k); law >= 0) {
          if (std::find(in_sentence.begin(), in_sentence.end(), law) == in_sentence.end()) in_sentence.push_back(law);
          continue;
        }
        uint32_t len = DocWordAt(k, sent.end);
        if (!len) continue;
        // "le mécanisme de vérification", "a joint monitoring mechanism": a
        // body an agreement sets up, not a text.
        if (In(toks_[k].lower, {"mécanisme", "mécanismes", "mechanism", "mechanisms"})) {
          k += len - 1;
          continue;
        }
        // "le règlement du conflit", "un règlement politique de la crise": the settling of a dispute, not
        // a regulation.
        if (len == 1 && toks_[k].lower == "règlement"sv && k + 1 < sent.end &&
            (In(toks_[k + 1].lower, {"politique", "pacifique", "négocié", "définitif", "global", "durable"}) ||
             (k + 2 < sent.end && In(toks_[k + 1].lower, {"du", "de", "des", "d'"}) &&
              (In(toks_[k + 2].lower, {"conflit", "conflits", "différend", "différends", "litige", "crise", "dossier",
                                       "question", "contentieux"}) ||
               (k + 3 < sent.end && In(toks_[k + 2].lower, {"la", "l'"}) &&
                In(toks_[k + 3].lower, {"crise", "question", "guerre"}))))))
          continue;
        // "l'accord des deux délégations pour poursuivre", "with the agreement
        // of both sides": the parties' consent, not a text.
        if (len == 1 && In(toks_[k].lower, {"accord", "agreement"}) && k + 2 < sent.end &&
            In(toks_[k + 1].lower, {"des", "de", "du", "of"})) {
          uint32_t x = k + 2;
          if (x + 1 < sent.end && In(toks_[x].lower, {"the", "les", "la", "l'"})) ++x;
          if (In(toks_[x].lower, {"two", "both", "three", "deux", "trois", "all", "tous", "toutes", "parties", "sides",
                                  "délégations", "delegations"}))
            continue;
        }
        // "Bill Anderson": a document noun inside a person's name.
        int pm = doc_.MentionCovering(k);
        if (pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPerson) continue;
        // "any lasting deal", "no agreement", "aucun accord", "every protocol
        // signed with …": a quantifier names no particular document.
        if (Quantified(sent, k)) continue;
        uint32_t b = k, e = k + len;
        // "a new draft of the adaptation finance decision": the document is the inner one.
        if (len == 1 && In(toks_[k].lower, {"draft", "version"}) && k + 2 < sent.end && toks_[k + 1].lower == "of"sv &&
            Det(toks_[k + 2].lower)) {
          pending_alias_ = toks_[k].lower;
          continue;
        }
        int d = -1;
        std::string head = DocKey(doc_.Span(k, k + len));
        if (Extent(s, &b, &e)) {
          // "the draft on the table", "des garanties sur le papier": an idiom closes no name.
          auto ends = [&](std::initializer_list<std::string_view> words) {
            if (e - b <= words.size()) return false;
            uint32_t x = e - static_cast<uint32_t>(words.size());
            for (std::string_view w : words) if (toks_[x++].lower != w) return false;
            return true;
          };
          if (ends({"on", "the", "table"}) || ends({"sur", "la", "table"}) || ends({"sur", "le", "papier"})) e -= 3;
          else if (ends({"on", "paper"})) e -= 2;
          // A press release and a dispute-settlement procedure are no negotiated texts.
          std::string name = LowerKey(doc_.Span(b, e));
          if (name == "communiqué de presse"sv || name == "press release"sv || name == "dispute settlement"sv ||
              name == "règlement des différends"sv) {
            k = e - 1;
            continue;
          }
          d = Demonstrative(s, b, e);
          // "The Agreement on …, known as the BBNJ Agreement or high seas treaty": other names of the
          // document just named.
          if (d < 0 && known_as_ >= 0 && known_as_sentence_ == s && b <= known_as_end_) {
            d = known_as_;
            AddAlias(d, doc_.Span(b, e));
            known_as_end_ = KnownAsOr(e, sent.end);
          }
          if (d < 0) d = Add(s, b, e);
          if (uint32_t at = KnownAs(e, sent.end); d >= 0 && at > 0) {
            known_as_ = d;
            known_as_sentence_ = s;
            known_as_end_ = at;
          }
          if (d >= 0 && !pending_alias_.empty()) AddAlias(d, pending_alias_);
          pending_alias_.clear();
          // "l'accord de paix de 2018", "the Minsk agreements of 2015": the
          // year ends the name (a past text, see Historical); the name with
          // it is an alias.
          if (d >= 0 && e + 1 < sent.end && In(toks_[e].lower, {"de", "of", "du", "en", "in"}) &&
              IsYear(toks_[e + 1].lower))
            AddAlias(d, doc_.Span(b, e + 2));
        } else {
          d = BareReference(s, k, len);
          if (d < 0) {
            NoteUnnamed(s, k, len, head);
            continue;
          }
        }
        // "un accord … entre X et Y. Cet accord sur Z …": the parties of the
        // unnamed mention just before with the same head.
        if (d >= 0 && unnamed_.sentence + 2 >= s && unnamed_.head == head && !unnamed_.parties.empty() &&
            s > unnamed_.sentence) {
          AddParties({d}, unnamed_.parties, s);
          unnamed_.parties.clear();
        }
        if (d >= 0 && std::find(in_sentence.begin(), in_sentence.end(), d) == in_sentence.end()) in_sentence.push_back(d);
        k = e - 1;
      }
      if (!in_sentence.empty()) Negotiated(s, in_sentence);
      else if (s > 0) Anaphoric(s);
      NoteParties(s);
      NoteFocus(s);
    }
    // Without such a pair, the countries that take part in the article's
    // first held meeting with two of them or more ("L'Égypte, l'Éthiopie et
    // le Soudan ont repris leurs discussions …").
    if (focus_.empty()) {
      for (const MeetingFact& m : doc_.meetings) {
        if (m.status != "held") continue;
        std::vector<int> places;
        for (const auto& p : m.participants)
          if (p.first != m.place && doc_.entities[static_cast<size_t>(p.first)].type == EntityType::kPlace)
            places.push_back(p.first);
        if (places.size() < 2) continue;
        focus_.push_back({m.first_sentence, places});
        break;
      }
    }
    ShortForms();
    AcronymsOfDocuments();
    MarkThirdParties();
    NoteDelegations();
    std::vector<int> sides = ArticleSides();
    // One side or none found as negotiating ("the agricultural unions
    // came out of eleven hours of talks at the ministry"): the actors
    // around the table of the article's main held meeting complete them.
    if (sides.size() < 2) {
      std::vector<int> merged = sides;
      for (int e : MeetingSides())
        if (std::find(merged.begin(), merged.end(), e) == merged.end()) merged.push_back(e);
      if (merged.size() >= 2) sides = std::move(merged);
    }
    // Still fewer than two ("the RCN … the Department of Health": no
    // sentence names them together as negotiating): the actors the
    // article names in two or more of its sentences about negotiating
    // complete them.
    if (sides.size() < 2) {
      std::vector<int> merged = sides;
      for (int e : CoOccurringSides())
        if (std::find(merged.begin(), merged.end(), e) == merged.end()) merged.push_back(e);
      if (merged.size() >= 2) sides = std::move(merged);
    }
    // A document discussed in a sentence about negotiating, signing or
    // agreeing, whose parties are never named next to it, is negotiated by
    // the parties of the negotiation in focus there: the latest negotiating
    // parties named in that sentence or before ("Israel and Hamas resumed
    // indirect talks … The 20-point plan …", "les deux parties"); before
    // any, the article's negotiating sides.
    std::unordered_map<uint32_t, std::vector<int>> sentence_pairs;  // SentencePair by sentence
    for (size_t d = 0; d < doc_.documents.size(); ++d) {
      DocumentFact& df = doc_.documents[d];
      if (!df.parties.empty() || Historical(df)) continue;
      // A bare head ("the treaty", "la trêve") read as a document of its
      // own says too little to tie it to the negotiation in focus.
      if (lex_.document_words.count(LowerKey(df.name))) continue;
      for (uint32_t s : df.sentences) {
        bool negotiation = NegotiationSentence(s);
        int agenda = negotiation ? -1 : Agenda(s);
        if (!negotiation && agenda < 0) continue;
        const Focus* f = FocusAt(s);
        std::vector<int> parties = f ? Sides(f->parties) : sides;
        // "Trois textes divisaient encore Berne et Bruxelles : …": the pair
        // the sentence counting the texts names.
        if (!negotiation) {
          std::vector<int> pair = SentencePair(static_cast<uint32_t>(agenda));
          if (!pair.empty()) parties = std::move(pair);
        }
        if (parties.empty()) parties = sides;
        if (parties.size() < 2) {
          // Once per sentence: many documents may share one.
          auto [at, added] = sentence_pairs.try_emplace(s);
          if (added) at->second = SentencePair(s);
          if (!at->second.empty()) parties = at->second;
        }
        if (!parties.empty() && !OwnedByOther(df, parties)) AddParties({static_cast<int>(d)}, parties, s);
        break;
      }
      // Still none, and a sentence names the document beside two of the
      // article's sides or more ("Germany used the meeting to sign a
      // contribution agreement with the fund"): those sides.
      if (!df.parties.empty() || sides.size() < 2) continue;
      for (uint32_t s : df.sentences) {
        std::vector<int> named = SidesNamedIn(s, sides);
        if (named.size() < 2) continue;
        if (!OwnedByOther(df, named)) AddParties({static_cast<int>(d)}, named, s);
        break;
      }
    }
    DropCitiesOfNames();
  }

 private:
  // An English name whose head has premodifiers and a complement ("draft
  // binding agreement on the filling of the dam") is also called by its
  // premodified head alone ("the draft binding agreement"): an alias, added
  // once every name is read (no later name merges through it). Linear in
  // the documents' names.
  void ShortForms() {
    if (!doc_.en) return;
    for (DocumentFact& df : doc_.documents) {
      std::vector<std::string> words = Words(LowerKey(df.name));
      size_t cut = 0;
      for (size_t i = 2; i < words.size() && !cut; ++i)
        if (In(words[i], {"on", "for", "of", "to", "against"})) cut = i;
      // A proper name ("European Convention on Human Rights") or a dated one
      // ("2015 Declaration of Principles") keeps its whole name.
      if (cut < 2 || !lex_.document_words.count(words[cut - 1]) || IsYear(words[0])) continue;
      std::string_view name = df.name;
      size_t at = 0;  // byte offset of the cut word in the name
      for (size_t w = 0, pos = 0; w <= cut && pos != std::string_view::npos; ++w) {
        at = pos;
        pos = name.find(' ', pos);
        if (pos != std::string_view::npos) ++pos;
      }
      if (at < 2) continue;
      std::string alias(name.substr(0, at - 1));
      if (std::find(df.aliases.begin(), df.aliases.end(), alias) == df.aliases.end()) df.aliases.push_back(alias);
    }
  }

  // The initials of a document's name, lower-cased: the first letter of
  // each word or hyphen-joined part ("Canada-United States-Mexico
  // Agreement" -> "cusma", "free trade agreement" -> "fta"), with or
  // without its glue words ("of", "on", "de", …) as `with_glue` says.
  static std::string Initials(std::string_view name, bool with_glue) {
    static const WordList kGlue{"of", "on", "for", "the", "and", "de", "d'", "du", "des", "la", "le", "les", "l'",
                                "sur", "et", "en", "pour"};
    std::string out, word;
    auto flush = [&] {
      if (!word.empty() && (with_glue || !kGlue.Has(word))) out.push_back(word[0]);
      word.clear();
    };
    for (char c : name) {
      if (c == ' ' || c == '-') {
        flush();
      } else if (static_cast<unsigned char>(c) >= 0x80 || !std::isalpha(static_cast<unsigned char>(c))) {
        if (word.empty()) return "";  // a word opening on a digit or a non-ASCII letter: no initials
        word.push_back(c);
      } else {
        word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      }
    }
    flush();
    return out;
  }

  // An acronym the mention stage read as an organisation or place that
  // spells the initials of one of the article's documents ("the free trade
  // agreement … the FTA's chapters", "the Canada-United States-Mexico
  // Agreement … the CUSMA review") is that document: its entity is dropped
  // and the acronym becomes the document's alias. Only acronyms that are no
  // known body or gazetteer place; only when exactly one document matches.
  // Linear in the entities times the documents (both bounded).
  void AcronymsOfDocuments() {
    if (doc_.documents.empty()) return;
    // The documents' initials, without and with glue words, read at the first candidate acronym.
    std::vector<std::pair<std::string, std::string>> initials;
    for (Entity& en : doc_.entities) {
      if (en.dropped || en.type == EntityType::kPerson || en.body >= 0 || en.place >= 0 || !en.aliases.empty())
        continue;
      // An acronym the article defines ("la Conférence ministérielle de la
      // Francophonie (CMF)") abbreviates that name, not a document.
      bool defined = false;
      for (int m : en.mentions) defined |= doc_.mentions[static_cast<size_t>(m)].alias_of >= 0;
      if (defined) continue;
      const std::string& a = en.name;
      if (a.size() < 2 || a.size() > 6) continue;
      bool caps = true;
      for (char c : a) caps &= c >= 'A' && c <= 'Z';
      if (!caps) continue;
      if (initials.empty()) {
        initials.reserve(doc_.documents.size());
        for (const DocumentFact& df : doc_.documents)
          initials.emplace_back(Initials(df.name, false), Initials(df.name, true));
      }
      std::string lower = LowerKey(a);
      int match = -1, count = 0;
      for (size_t d = 0; d < initials.size(); ++d)
        if (initials[d].first.size() >= 2 && (initials[d].first == lower || initials[d].second == lower))
          match = static_cast<int>(d), ++count;
      if (count != 1) continue;
      en.dropped = true;
      AddAlias(match, a);
    }
  }

  // The document an English law's name ending at token k ("Act"/"Acts")
  // names: one to five capitalised words before it, no determiner, no
  // person's name ("Critical Medicines Act"). -1 when k ends none.
  // (Asked for every word: the token's case and the article's language are
  // tested inline, the rest out of line.)
  [[gnu::always_inline]] int Law(uint32_t s, uint32_t k) {
    if (!doc_.en || !toks_[k].Is(kCap)) return -1;
    return LawAt(s, k);
  }
  [[gnu::noinline]] int LawAt(uint32_t s, uint32_t k) {
    const Sentence& sent = doc_.sentences[s];
    if (k == sent.begin || !toks_[k].Is(kCap) || !doc_.en || !In(toks_[k].lower, {"act", "acts"})) return -1;
    uint32_t b = k;
    while (b > sent.begin && k - b < 5 && toks_[b - 1].Is(kWord) && toks_[b - 1].Is(kCap) && !Det(toks_[b - 1].lower) &&
           !Stop(toks_[b - 1]))
      --b;
    if (b == k) return -1;
    for (uint32_t x = b; x < k; ++x) {
      int m = doc_.MentionCovering(x);
      if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson) return -1;
    }
    return Add(s, b, k + 1);
  }

  // (Asked for every word: the token's flag is tested inline, the lookups out of line.)
  [[gnu::always_inline]] uint32_t DocWordAt(uint32_t k, uint32_t end) const {
    if (!(toks_[k].lex & Lexicon::kDocStart)) return 0;
    return DocWordFrom(k, end);
  }
  // DocWordAt once token k may start a document noun.
  [[gnu::noinline]] uint32_t DocWordFrom(uint32_t k, uint32_t end) const {
    std::string key;
    uint32_t best = 0;
    for (uint32_t n = 0; n < lex_.max_document_words && k + n < end; ++n) {
      if (!toks_[k + n].Is(kWord)) break;
      if (n && toks_[k + n].Is(kSpaceBefore)) key.push_back(' ');
      key += toks_[k + n].lower;
      if (lex_.document_words.count(key)) best = n + 1;
    }
    return best;
  }

  // True when the document noun at k follows a quantifier, directly or
  // after one plain modifier ("any lasting deal", "aucun accord").
  bool Quantified(const Sentence& sent, uint32_t k) const {
    auto quantifier = [&](uint32_t x) {
      return In(toks_[x].lower,
                {"any", "no", "every", "another", "aucun", "aucune", "chaque", "nul", "nulle", "tout", "toute"});
    };
    if (k == sent.begin) return false;
    if (quantifier(k - 1)) return true;
    const Token& mod = toks_[k - 1];
    return k - 1 > sent.begin && mod.Is(kWord) && !mod.Is(kCap) && !Det(mod.lower) && !Stop(mod) &&
           quantifier(k - 2);
  }

  // True when token j, right after a name inside an English document's
  // complement, is a plural noun the name premodifies and that ends the
  // phrase before punctuation or a function word ("a roadmap on
  // International Atomic Energy Agency inspections, which …", "a working
  // arrangement on Schengen checks between …").
  bool PluralAfterName(uint32_t j, const Sentence& sent) const {
    if (!doc_.en || j + 1 >= sent.end) return false;
    const Token& t = toks_[j];
    return t.Is(kWord) && !t.Is(kCap) && EndsWith(t.lower, "s") && !EndsWith(t.lower, "ss") &&
           !EndsWith(t.lower, "'s") && !(t.lex & (Lexicon::kNegotiation | Lexicon::kMeeting)) && !Stop(t) &&
           !InLexicon(lex_.reporting_verbs, t, Lexicon::kVerb) &&
           (In(toks_[j + 1].lower, {",", ".", ";", ")"}) || Stop(toks_[j + 1]));
  }

  // After a document's name ending at token e: the first token where a
  // name it is also known by may start (", known as the …", ", also
  // called …", ", dit …", ", connu sous le nom de …", "(known as …"), or 0.
  uint32_t KnownAs(uint32_t e, uint32_t end) const {
    uint32_t x = e;
    if (x >= end || !In(toks_[x].lower, {",", "("})) return 0;
    ++x;
    if (x < end && In(toks_[x].lower, {"also", "aussi", "souvent", "often"})) ++x;
    if (x + 1 < end && In(toks_[x].lower, {"known", "called", "dubbed", "nicknamed"}) && toks_[x + 1].lower == "as"sv)
      x += 2;
    else if (x < end && In(toks_[x].lower, {"called", "dubbed", "dit", "dite", "appelé", "appelée", "surnommé", "surnommée"}))
      x += 1;
    else if (x + 4 < end && In(toks_[x].lower, {"connu", "connue"}) && toks_[x + 1].lower == "sous"sv &&
             toks_[x + 2].lower == "le"sv && toks_[x + 3].lower == "nom"sv && In(toks_[x + 4].lower, {"de", "d'"}))
      x += 5;
    else
      return 0;
    return x + 2;  // a determiner and a premodifier may come first
  }
  // After an other name ending at token e: where one more may start ("… or the high seas treaty"), or 0.
  uint32_t KnownAsOr(uint32_t e, uint32_t end) const {
    return e + 1 < end && In(toks_[e].lower, {"or", "ou"}) ? e + 3 : 0;
  }

  // True when token x closes a phrase: punctuation, or the sentence's end.
  bool ClosesPhrase(uint32_t x, uint32_t end) const {
    return x >= end || In(toks_[x].lower, {",", ".", ";", ":", ")", "!", "?"}) || toks_[x].Is(kQuoteClose);
  }

  // Extends [b, e) over the document's modifiers; false when it names nothing.
  bool Extent(uint32_t s, uint32_t* b, uint32_t* e) const {
    const Sentence& sent = doc_.sentences[s];
    uint32_t k = *b;
    // English pre-modifiers: "the 20-point peace plan", "the Paris Agreement".
    uint32_t pb = k;
    // A possessive is a determiner: "the government's demobilisation plan",
    // "the European Union's Pact on Migration" name the plan and the pact.
    auto possessive = [&](uint32_t x) { return In(toks_[x].lower, {"'s", "’s"}); };
    // ("a set of draft …": "of" ends them.)
    // "the Comprehensive Economic and Trade Agreement": "and" between capitalised premodifiers, which
    // may then be six.
    auto capitalised_and = [&](uint32_t x) {
      return doc_.en && x > sent.begin + 1 && x < k && In(toks_[x - 1].lower, {"and", "&"}) && toks_[x].Is(kCap) &&
             toks_[x - 2].Is(kCap) && toks_[k].Is(kCap);
    };
    while (pb > sent.begin && (pb + 4 > k || (pb + 7 > k && toks_[pb].Is(kCap) && toks_[k].Is(kCap))) &&
           ((toks_[pb - 1].Is(kWord) && !Det(toks_[pb - 1].lower) && !Stop(toks_[pb - 1]) && !possessive(pb - 1) &&
             doc_.en && !InLexicon(lex_.reporting_verbs, toks_[pb - 1], Lexicon::kVerb) &&
             toks_[pb - 1].lower != "of"sv) ||
            capitalised_and(pb)))
      --pb;
    // "the Safeguarding the Union command paper": a premodifier inside a
    // name with a determiner of its own takes the whole name.
    if (doc_.en && pb < k && pb > sent.begin) {
      int m = doc_.MentionCovering(pb);
      if (m >= 0) {
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        if (mm.type != EntityType::kPerson && mm.begin < pb && mm.begin >= sent.begin && k - mm.begin <= 8)
          pb = mm.begin;
      }
    }
    // Evaluative words are not part of a document's name ("a separate memorandum", "the new draft").
    uint32_t det = pb;
    while (pb < k && !(toks_[pb].Is(kCap) && pb > sent.begin) &&
           ((doc_.en && EvaluativeEn(toks_[pb].lower)) || In(toks_[pb].lower, {"separate", "new", "final", "revised", "proposed", "possible", "quick", "fast",
                                          "fair", "first", "second", "broader", "wider", "comprehensive", "interim",
                                          "initial", "current", "existing", "previous", "latest", "full", "formal",
                                          "eventual", "potential", "future", "so-called", "long-awaited", "whole", "own", "more",
                                          "updated", "divisive", "controversial", "contentious", "best", "better", "good", "bad", "worse", "worst", "real", "decent", "meaningful", "big", "bigger", "short", "brief", "lengthy", "modest", "vague"})))
      ++pb;
    // An English adverb in -ly and the adjective it grades evaluate the
    // document ("a mutually beneficial agreement", "a fully fledged
    // treaty"): they are no part of its name.
    while (doc_.en && pb + 1 < k && !toks_[pb].Is(kCap) && EndsWith(toks_[pb].lower, "ly") &&
           toks_[pb].lower.size() > 4 && !toks_[pb + 1].Is(kCap))
      pb += 2;
    // "the ceasefire talks", "the peace plan negotiations": in English a head
    // followed by a meeting or document noun only modifies it.
    if (doc_.en && *e < sent.end && !toks_[*e].Is(kCap) &&
        ((toks_[*e].lex & Lexicon::kMeeting) || DocWordAt(*e, sent.end) ||
         In(toks_[*e].lower, {"statement", "statements", "line", "lines", "deadline", "deadlines", "violation",
                              "violations", "monitors", "monitoring", "negotiators", "negotiator", "document",
                              "documents"})))
      return false;
    // "what the treaty should deal with", "they will plan", "to draft": after
    // a modal or "to", an English head that is also a verb is that verb.
    if (doc_.en && k > sent.begin &&
        In(toks_[k - 1].lower, {"should", "would", "will", "could", "must", "might", "can", "to", "shall", "may"}) &&
        In(toks_[k].lower, {"plan", "deal", "pact", "contract", "draft", "settle", "frame", "protocol"}))
      return false;
    // "The negotiators plan to meet again", "the leaders deal with …": after
    // a plural noun, an English head followed by "to" or "with" is a verb.
    if (doc_.en && k > sent.begin && *e + 1 < sent.end && In(toks_[*e].lower, {"to", "with"}) &&
        toks_[k - 1].Is(kWord) && !toks_[k - 1].Is(kCap) && EndsWith(toks_[k - 1].lower, "s") &&
        !EndsWith(toks_[k - 1].lower, "ss") && !possessive(k - 1) && !Det(toks_[k - 1].lower) &&
        !Stop(toks_[k - 1]) && In(toks_[k].lower, {"plan", "deal", "pact", "contract", "draft", "settle"}))
      return false;
    // "un accord de principe", "an agreement in principle": an agreement on
    // the outline, not a text.
    if (*e + 1 < sent.end && In(toks_[k].lower, {"accord", "agreement"}) &&
        ((toks_[*e].lower == "de"sv && toks_[*e + 1].lower == "principe"sv) ||
         (toks_[*e].lower == "in"sv && toks_[*e + 1].lower == "principle"sv)))
      return false;
    // A number right after the noun is the document's identity and ends its
    // name, with or without a determiner: "la résolution 2231", "UN Security
    // Council resolution 2736 demanded …", "Protocol 14".
    // "l'avenant n° 3", "resolution No. 2231": a number sign before it.
    uint32_t number = *e;
    if (number + 1 < sent.end && In(toks_[number].lower, {"n°", "nº", "no", "numéro", "number"}) &&
        toks_[number + 1].Is(kNumber))
      ++number;
    else if (number + 2 < sent.end && In(toks_[number].lower, {"n", "no"}) &&
             In(toks_[number + 1].lower, {"°", "º", "."}) && toks_[number + 2].Is(kNumber))
      number += 2;
    if (number < sent.end && toks_[number].Is(kNumber) && !IsYear(toks_[number].lower) &&
        In(toks_[k].lower, {"résolution", "resolution", "résolutions", "resolutions", "protocole", "protocol",
                            "décision", "decision", "convention", "avenant", "amendment", "amendement"})) {
      uint32_t cap = pb;  // English premodifiers count only when capitalised ("Security Council")
      while (cap < k && !toks_[cap].Is(kCap)) ++cap;
      *b = doc_.en && cap < k ? cap : k;
      *e = number + 1;
      return true;
    }
    // An English "decision" without a number names a document only after a
    // topic noun ("the adaptation finance decision", "the cover decision"):
    // with no premodifier, a demonym or a possessive it is an act of deciding
    // ("postponed a decision on new rules", "welcomed the Dutch decision",
    // "the court's decision to …").
    if (doc_.en && In(toks_[k].lower, {"decision", "decisions"})) {
      if (pb == k) return false;
      for (uint32_t x = pb; x < k; ++x)
        if ((toks_[x].lex & Lexicon::kDemonym) || lex_.demonyms.count(toks_[x].lower) ||
            In(toks_[x].lower, {"'s", "’s", "s"}))
          return false;
    }
    if (det == sent.begin || !(Det(toks_[det - 1].lower) || possessive(det - 1))) {
      if (!(det > sent.begin && (toks_[det - 1].lower == ":"sv || toks_[det - 1].lower == ","sv))) return false;
    }
    bool indefinite = det > sent.begin && In(toks_[det - 1].lower, {"a", "an", "un", "une", "des", "de", "d'"});
    // "après avoir obtenu des garanties sur l'indication géographique",
    // "nous demandons des garanties écrites": guarantees without a definite
    // determiner are assurances asked for or given, not a text.
    if (indefinite && In(toks_[k].lower, {"garanties", "garantie", "guarantees", "guarantee"})) return false;
    // "selon un communiqué de la présidence", "dans une déclaration", "in a
    // statement", "according to a communique": a source of the news, not a
    // text under discussion.
    if (indefinite && det >= sent.begin + 2 &&
        In(toks_[k].lower, {"communiqué", "communique", "déclaration", "declaration", "statement"}) &&
        In(toks_[det - 2].lower, {"selon", "dans", "par", "via", "in", "to", "from"}))
      return false;
    // "talks ended without a deal on the withdrawal of heavy weapons", "sans
    // accord sur le calendrier": a document that does not exist.
    if (det > sent.begin && (indefinite || toks_[det - 1].lower == "sans"sv)) {
      uint32_t x = det - 1;
      if (indefinite && x > sent.begin) --x;
      if (In(toks_[x].lower, {"without", "sans"})) return false;
    }
    // "pas d'accord", "faute d'accord", "être d'accord": an idiom, not a document.
    if (pb == k && det > sent.begin && In(toks_[det - 1].lower, {"de", "d'"}) &&
        In(toks_[k].lower, {"accord", "accords"}))
      return false;
    // "sur le plan économique", "sur le plan de la sécurité", "au plan": an
    // idiom, not a document; "sur le plan de paix" names one.
    bool plan_of_noun = k + 2 < sent.end && In(toks_[k + 1].lower, {"de", "d'"}) && !Det(toks_[k + 2].lower) &&
                        !Stop(toks_[k + 2]);
    if (pb == k && k >= sent.begin + 2 && toks_[k].lower == "plan"sv && In(toks_[k - 2].lower, {"sur", "au"}) &&
        !plan_of_noun)
      return false;
    if (pb == k && k >= sent.begin + 1 && toks_[k].lower == "plan"sv && toks_[k - 1].lower == "au"sv) return false;
    // Post-modifiers: adjectives, "de/d'/du/des/en/of X", numbers.
    uint32_t j = *e, last = *e;
    int words = 0, conn_run = 0;
    // A French amendment is named with the text it amends: "avenant à la
    // convention de transport", "avenant à l'accord de coopération".
    static const WordList kAmending{"avenant", "avenants"};
    static const WordList kTo{"à", "au", "aux"};
    bool amending = kAmending.Has(toks_[*e - 1].lower);
    while (j < sent.end && words < 10) {
      const Token& t = toks_[j];
      if (t.Is(kQuoteOpen) || t.Is(kQuoteClose) || t.Is(kPunct)) break;
      if (In(t.lower, {"de", "d'", "du", "des", "en", "of", "pour", "for", "on", "sur", "contre", "against"}) ||
          (amending && j == *e && kTo.Has(t.lower))) {
        if (t.lower == "pour"sv && words > 0) break;
        // "contre la pollution plastique", "against the financing of …", but
        // "a joint action plan against smuggling networks" ends at "plan".
        if (In(t.lower, {"contre", "against"}) && j + 1 < sent.end && !Det(toks_[j + 1].lower) &&
            !toks_[j + 1].Is(kCap))
          break;
        // "paraphé l'accord sur la paix en présence du président", "en marge
        // du sommet", "en échange d'otages": "en", a noun and "de" make a
        // locution that ends the name.
        if (t.lower == "en"sv && j + 2 < sent.end && toks_[j + 1].Is(kWord) && !toks_[j + 1].Is(kCap) &&
            In(toks_[j + 2].lower, {"de", "d'", "du", "des"}))
          break;
        // "l'accord de Nouméa de 1998", "accord de dernière minute", "d'ici
        // au 30 avril", "the memorandum on Friday": a date, an evaluation or
        // a time ends the name.
        if (j + 1 < sent.end && In(t.lower, {"de", "d'", "du", "of", "en", "in", "on"}) &&
            (IsYear(toks_[j + 1].lower) || (toks_[j + 1].lex & (Lexicon::kWeekday | Lexicon::kMonth)) ||
             In(toks_[j + 1].lower, {"dernière", "dernier", "last", "ici", "demain", "aujourd'hui"})))
          break;
        if (j + 1 < sent.end && (toks_[j + 1].Is(kWord) || toks_[j + 1].Is(kNumber)) && !Stop(toks_[j + 1]) &&
            !InLexicon(lex_.reporting_verbs, toks_[j + 1], Lexicon::kVerb)) {
          j += 1;
          continue;
        }
        // ("signé le protocole d'une main ferme": "d'un(e)" opens a manner,
        // not the text's topic.)
        if (j + 2 < sent.end &&
            In(toks_[j + 1].lower, {"la", "l'", "le", "les", "the", "a", "an", "un", "une", "leurs", "leur", "ses",
                                    "son", "sa", "their", "its"}) &&
            !(In(t.lower, {"de", "d'"}) && In(toks_[j + 1].lower, {"un", "une"})) && !Stop(toks_[j + 2])) {
          j += 2;
          continue;
        }
        break;
      }
      // "accord de partenariat dans le domaine de la pêche durable": the
      // locution "dans le domaine" carries the name on to its complement.
      if (doc_.fr && t.lower == "dans"sv && words > 0 && j + 3 < sent.end && toks_[j + 1].lower == "le"sv &&
          In(toks_[j + 2].lower, {"domaine", "cadre", "secteur"}) && In(toks_[j + 3].lower, {"de", "d'", "du", "des"})) {
        j += 3;
        continue;
      }
      // "projet de loi relatif au statut de la Corse", "avant-projet de loi
      // organique relative à la Corse": "relatif à" joins the topic as "sur"
      // does; a name after it goes on to its end.
      if (doc_.fr && j + 2 < sent.end &&
          In(t.lower, {"relatif", "relative", "relatifs", "relatives"}) &&
          In(toks_[j + 1].lower, {"à", "au", "aux"})) {
        uint32_t x = j + 2;
        if (toks_[j + 1].lower == "à"sv && x + 1 < sent.end && In(toks_[x].lower, {"la", "l'"})) ++x;
        int m = doc_.MentionAt(x);
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPerson) {
          words += 2;
          j = last = std::min(doc_.mentions[static_cast<size_t>(m)].end, sent.end);
          continue;
        }
        if (toks_[x].Is(kWord) && !toks_[x].Is(kCap) && !Stop(toks_[x])) {
          words += 3;
          j = last = x + 1;
          continue;
        }
        break;
      }
      if (In(t.lower, {"et", "and"}) && j + 1 < sent.end && In(toks_[j + 1].lower, {"de", "d'", "du", "des"}) &&
          words > 0) {
        j += 1;
        continue;
      }
      // "le pacte sur la migration et l'asile.": in French likewise,
      // "et", a determiner and one plain word that ends the phrase.
      if (doc_.fr && t.lower == "et"sv && words > 0 && j + 3 <= sent.end &&
          In(toks_[j + 1].lower, {"la", "l'", "le", "les"}) && toks_[j + 2].Is(kWord) && !toks_[j + 2].Is(kCap) &&
          !Stop(toks_[j + 2]) && !InLexicon(lex_.reporting_verbs, toks_[j + 2], Lexicon::kVerb) &&
          (j + 3 == sent.end || In(toks_[j + 3].lower, {",", ".", ";", ")"}))) {
        words += 1;
        j = last = j + 3;
        break;
      }
      // "the agreement on the establishment of peace and interstate
      // relations, which …", "a treaty on trade and investment.": after a
      // prepositional complement, "and" with one or two plain words that end
      // the phrase joins a second complement.
      if (doc_.en && t.lower == "and"sv && words > 0) {
        uint32_t x = j + 1, n = 0;
        while (x < sent.end && n < 2 && toks_[x].Is(kWord) && !toks_[x].Is(kCap) && !Stop(toks_[x]) &&
               !InLexicon(lex_.reporting_verbs, toks_[x], Lexicon::kVerb) && !(toks_[x].lex & Lexicon::kNegotiation) &&
               !EndsWith(toks_[x].lower, "ed") && !EndsWith(toks_[x].lower, "ing") && toks_[x].lower != "of"sv)
          ++x, ++n;
        // The phrase ends at punctuation or at a function word ("a sectoral
        // agreement on steel and aluminum that would …", "an annex on
        // customs and transit fees is being negotiated").
        if (n > 0 && (x == sent.end || In(toks_[x].lower, {",", ".", ";", ")"}) || Stop(toks_[x]))) {
          words += static_cast<int>(n);
          j = last = x;
          break;
        }
      }
      // "de Deir ez-Zor": a place's or a body's name goes on to its end.
      int mc = doc_.MentionCovering(j);
      if (mc >= 0 && doc_.MentionCovering(j - 1) == mc &&
          doc_.mentions[static_cast<size_t>(mc)].type != EntityType::kPerson) {
        j = last = std::min(doc_.mentions[static_cast<size_t>(mc)].end, sent.end);
        ++words;
        if (PluralAfterName(j, sent)) {
          ++words;
          last = ++j;
          break;
        }
        continue;
      }
      // "the Agreement on the Path to Normalisation", "Areas beyond National
      // Jurisdiction": in a capitalised English name, "to", "and" or a
      // preposition between two capitalised words that are no names of
      // their own.
      if (doc_.en && toks_[k].Is(kCap) && In(t.lower, {"to", "and", "beyond", "against", "within", "under"}) &&
          j + 1 < sent.end &&
          toks_[j - 1].Is(kCap) && toks_[j + 1].Is(kCap) && doc_.MentionCovering(j - 1) < 0 &&
          doc_.MentionAt(j + 1) < 0) {
        words += 2;
        j = last = j + 2;
        continue;
      }
      int mj = doc_.MentionAt(j);
      // "the memorandum of understanding signed by …": a participle ends the name.
      if ((t.lex & Lexicon::kNegotiation) && j > *e) break;
      if (Stop(t) || InLexicon(lex_.reporting_verbs, t, Lexicon::kVerb) ||
          (mj >= 0 && doc_.mentions[static_cast<size_t>(mj)].type == EntityType::kPerson))
        break;
      // A capitalised word goes on after a preposition, with or without a
      // determiner ("on Reciprocal Trade", "on the Path"); after a
      // determiner, not an entity's name ("l'accord de l'Organisation
      // mondiale de la santé" is its owner's).
      bool after_preposition =
          In(toks_[j - 1].lower, {"de", "d'", "du", "of", "on", "for"}) ||
          (j >= 2 && In(toks_[j - 1].lower, {"the", "la", "le", "l'", "les"}) &&
           In(toks_[j - 2].lower, {"de", "d'", "du", "of", "on", "for", "sur"}) && mj < 0);
      // "the draft for the October session": a date ends the name.
      if (t.Is(kCap) && (!after_preposition || (t.lex & (Lexicon::kWeekday | Lexicon::kMonth))) &&
          !toks_[j - 1].Is(kCap)) {
        // "le plan de relance NextGenerationEU", "l'accord d'association UE-Ukraine": in French, one
        // capitalised word right after the name's noun, before no other capitalised word, is its own name;
        // not a person's or a place's ("le plan de paix Trump", "… Kiev").
        if (doc_.fr && words > 0 && toks_[j - 1].Is(kWord) && !(t.lex & (Lexicon::kWeekday | Lexicon::kMonth)) &&
            (doc_.MentionCovering(j) < 0 ||
             (mj >= 0 && doc_.mentions[static_cast<size_t>(mj)].type == EntityType::kOrganization &&
              doc_.mentions[static_cast<size_t>(mj)].end == j + 1)) &&
            (ClosesPhrase(j + 1, sent.end) || !toks_[j + 1].Is(kCap))) {
          ++words;
          last = ++j;
        }
        break;
      }
      if (t.Is(kCap)) {  // a capitalised name goes on: "on Reciprocal Trade"
        ++words;
        last = ++j;
        if (PluralAfterName(j, sent)) {
          ++words;
          last = ++j;
          break;
        }
        continue;
      }
      // Right after the noun or a modifier (not after "de"), only adjectives
      // continue the name: "plan de paix divise" ends before the verb.
      const std::string& l = t.lower;
      static const std::initializer_list<std::string_view> kConnectors = {
          "de", "d'", "du", "des", "en", "of", "on", "for", "la", "l'", "le", "les", "the", "a", "an", "un", "une",
          "contre", "against", "leurs", "leur", "ses", "son", "sa", "their", "its"};
      if (In(toks_[j - 1].lower, kConnectors)) conn_run = 0;
      bool after_conn = In(toks_[j - 1].lower, kConnectors) ||
                        (conn_run == 1 && doc_.en) ||
                        // "on coast guard cooperation": a third noun after a
                        // singular one ("on aid convoys builds" ends at the plural).
                        (conn_run == 2 && doc_.en && !(EndsWith(toks_[j - 1].lower, "s") &&
                                                       !EndsWith(toks_[j - 1].lower, "ss"))) ||
                        toks_[j - 1].Is(kNumber) ||
                        In(toks_[j - 1].lower, {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                                                "douze", "quinze", "vingt", "trente", "two", "three", "four", "five",
                                                "ten", "twelve", "twenty"});
      // A French adjective before its noun ("la libre circulation", "la
      // nouvelle frontière") lets the noun continue the name.
      // (Singular and plural: "les nouvelles ressources propres".)
      static const WordList kPrenominal{"libre", "libres", "nouvelle", "nouvelles", "nouveau", "nouveaux", "nouvel",
                                        "grande", "grandes", "grand", "grands", "petite", "petites", "petit",
                                        "petits", "haute", "hautes", "haut", "hauts", "bonne", "bonnes", "bon", "bons",
                                        "pleine", "pleines", "plein", "pleins", "seule", "seules", "seul", "seuls",
                                        "vaste", "vastes", "large", "larges"};
      bool prenominal = kPrenominal.Has(toks_[j - 1].lower);
      // "la formation continue", "un suivi conjoint": adjectives that are
      // also verbs ("la formation continue de diviser") before a preposition.
      bool verb_like_adjective = In(l, {"continue", "continues", "continu", "continus", "conjoint"}) &&
                                 !(j + 1 < sent.end && In(toks_[j + 1].lower, {"de", "d'", "à", "a"}));
      if (!after_conn && !prenominal && !t.Is(kNumber) && !DocAdjective(l) && !verb_like_adjective &&
          !lex_.demonyms.count(l) && doc_.fr) {
        // "l'amendement sur les prix planchers,": one more plain word closing the phrase, plural like the
        // noun before it, qualifies that noun (not a verb, "les prix augmentent.", a singular one being a
        // verb as often, "le plan de paix divise.", nor an adverb or a time).
        auto plural = [](std::string_view w) { return EndsWith(w, "s") || EndsWith(w, "x"); };
        if (words > 0 && ClosesPhrase(j + 1, sent.end) && plural(toks_[j - 1].lower) && plural(l) && !Stop(t) &&
            !(t.lex & (Lexicon::kWeekday | Lexicon::kMonth)) &&
            !InLexicon(lex_.reporting_verbs, t, Lexicon::kVerb) && !EndsWith(l, "ment") &&
            !In(l, {"hier", "demain", "aujourd'hui", "ensuite", "déjà", "encore", "alors", "puis", "aussi", "non",
                    "oui", "ici", "là", "bientôt", "enfin", "toujours", "jamais", "depuis"})) {
          ++words;
          last = ++j;
        }
        break;
      }
      // "un communiqué publié sur Telegram", "une déclaration publiée mardi",
      // "un plan de financement évalué à 38 millions": a participle followed
      // by its complement describes the document and ends its name.
      if (!after_conn && doc_.fr && j + 1 < sent.end &&
          (EndsWith(l, "é") || EndsWith(l, "ée") || EndsWith(l, "és") || EndsWith(l, "ées")) &&
          (In(toks_[j + 1].lower, {"par", "à", "au", "aux", "sur", "dans", "lors", "hier", "avec", "le", "la", "les",
                                   "l'", "ce", "cette", "en", "depuis", "jusqu'"}) ||
           (toks_[j + 1].lex & (Lexicon::kWeekday | Lexicon::kMonth))))
        break;
      if (!after_conn && doc_.en) break;
      ++conn_run;
      ++words;
      ++j;
      last = j;
    }
    *b = pb;
    *e = last;
    // A bare noun names nothing ("l'accord", "the deal"); after "a/an/un" a
    // premodifier alone does not either ("a fair deal", "a tariff agreement").
    // Two premodifiers or a capitalised one do name it ("a draft Black Sea
    // navigation arrangement", "a three-phase ceasefire framework").
    bool rich_premod = k >= pb + 2;
    // A capitalised compound on a demonym ("an Egyptian-supervised
    // mechanism") describes the document as a plain premodifier does.
    auto demonym_compound = [&](uint32_t x) {
      size_t h = toks_[x].lower.find('-');
      return h != std::string::npos && lex_.demonyms.count(toks_[x].lower.substr(0, h)) > 0;
    };
    for (uint32_t x = pb; x < k; ++x)
      rich_premod |= (toks_[x].Is(kCap) && !demonym_compound(x)) || toks_[x].Is(kNumber);
    // Governed by a verb of making one, a single premodifier does name it
    // ("signed a cooperation protocol", "to finalise a humanitarian truce",
    // "négocier un accord commercial").
    bool making = false;
    for (uint32_t x = det > sent.begin + 4 ? det - 4 : sent.begin; x + 1 < det && !making; ++x)
      making = (toks_[x].lex & Lexicon::kNegotiation) ||
               In(toks_[x].lower, {"sign", "signing", "signer", "finalise", "finalize", "finalising", "finalizing",
                                   "finaliser", "conclude", "concluding", "conclure", "ratify", "ratifier", "reach",
                                   "reached", "reaching", "parvenu", "parvenus", "parvenue", "parvenues", "parvenir", "conclu",
                                   "concluded"});
    // The topic of talks named before it ("talks between Kenya and Ethiopia on a water-sharing agreement",
    // "des négociations entre A et B sur un accord commercial") is a text under negotiation.
    if (!making && det > sent.begin + 1 && In(toks_[det - 2].lower, {"on", "over", "about", "sur"}))
      for (uint32_t x = det > sent.begin + 10 ? det - 10 : sent.begin; x + 2 < det && !making; ++x)
        making = (toks_[x].lex & (Lexicon::kNegotiation | Lexicon::kMeeting)) && (!toks_[x].Is(kCap) || x == sent.begin);
    // Listed after a count of the texts under discussion ("Two texts are on
    // the table: …, an airport protocol setting out …", "deux documents :
    // …, et une feuille de route commerciale qui …"), an indefinite one is
    // one of them: the count makes it specific.
    if (indefinite && last == k + DocWordAt(k, sent.end) && !rich_premod && !(making && pb + 1 == k) &&
        Agenda(s) < 0)
      return false;
    // In French likewise after "un/une": one adjective alone does not name
    // it ("ouverte à un arrangement mutuel") unless a verb makes it
    // ("négocier un accord commercial").
    uint32_t head_end = k + DocWordAt(k, sent.end);
    bool adopting = det >= sent.begin + 2 &&
                    In(toks_[det - 2].lower, {"adopter", "adopté", "adoptée", "adoptent", "approuver", "approuvé",
                                              "rédiger", "présenter", "présenté", "proposer", "proposé", "soumettre",
                                              "soumis", "publier", "publié", "préparer", "préparé"});
    if (indefinite && doc_.fr && pb == k && last == head_end + 1 && !toks_[head_end].Is(kCap) &&
        !toks_[head_end].Is(kNumber) && !making && !adopting && Agenda(s) < 0)
      return false;
    return *e - *b > DocWordAt(k, sent.end) || pb < k;
  }

  // An unnamed document mention ("un accord de dernière minute entre le
  // gouvernement et LR") keeps its parties for a named mention with the same
  // head in the next sentences.
  void NoteUnnamed(uint32_t s, uint32_t k, uint32_t len, const std::string& head) {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = k + len; j < sent.end && j < k + len + 6; ++j) {
      if (toks_[j].lower == ","sv || toks_[j].lower == "."sv) break;
      if (!In(toks_[j].lower, {"entre", "between"})) continue;
      std::vector<int> p = Parties(j, sent.end);
      if (p.size() >= 2) unnamed_ = {head, p, s};
      return;
    }
  }

  // A sentence without documents whose subject stands for the documents
  // just named ("Both have been negotiated between Kyiv and Moscow", "Ces
  // documents sont négociés entre l'Iran et les États-Unis"): the parties
  // go to the documents of the previous sentence.
  void Anaphoric(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    uint32_t neg = FirstNegotiation(s);
    if (neg == sent.end) return;
    bool anaphor = false;
    for (uint32_t k = sent.begin; k < neg && k < sent.begin + 6 && !anaphor; ++k) {
      const std::string& l = toks_[k].lower;
      std::string next = k + 1 < sent.end ? toks_[k + 1].lower : "";
      anaphor = In(l, {"both", "they", "ils", "elles"}) ||
                (In(l, {"ces", "these", "those", "les", "the", "all"}) &&
                 In(next, {"documents", "textes", "texts", "accords", "agreements", "deux", "two", "trois", "three"}));
    }
    if (!anaphor) return;
    uint32_t j = neg + 1;
    while (j < sent.end && j < neg + 6 && !In(toks_[j].lower, {"entre", "between"})) ++j;
    if (j >= sent.end || !In(toks_[j].lower, {"entre", "between"})) return;
    std::vector<int> parties = Parties(j, sent.end);
    if (parties.size() < 2) return;
    std::vector<int> docs;
    for (size_t d = 0; d < doc_.documents.size(); ++d) {
      const std::vector<uint32_t>& seen = doc_.documents[d].sentences;
      for (auto x = seen.rbegin(); x != seen.rend() && *x >= s - 1; ++x)
        if (*x == s - 1) {
          docs.push_back(static_cast<int>(d));
          break;
        }
    }
    AddParties(docs, parties, s);
  }

  void AddAlias(int d, const std::string& alias) {
    DocumentFact& df = doc_.documents[static_cast<size_t>(d)];
    if (DocKey(df.name) == DocKey(alias)) return;
    for (const auto& a : df.aliases)
      if (DocKey(a) == DocKey(alias)) return;
    df.aliases.push_back(alias);
    Index(d);
  }

  // A bare noun after a definite determiner ("the agreement", "l'accord",
  // "le protocole", "the draft") stands for the latest document whose name
  // holds that noun; "the draft"/"le projet" for the latest document. With
  // none, a head of several words ("la feuille de route") is a document of
  // its own; a one-word head is none. Returns the document index, or -1.
  // "Under that Cairo agreement, …", "ce protocole de Genève": a
  // demonstrative names a document already named; the latest earlier one
  // with the same head takes the name as an alias. -1 when none does.
  int Demonstrative(uint32_t s, uint32_t b, uint32_t e) {
    if (b == doc_.sentences[s].begin || !In(toks_[b - 1].lower, {"that", "this", "ce", "cet", "cette"})) return -1;
    std::string name = doc_.Span(b, e);
    std::string head = HeadWord(name);
    if (head.empty()) return -1;
    int best = -1;
    for (size_t i = 0; i < doc_.documents.size(); ++i) {
      const DocumentFact& df = doc_.documents[i];
      if (df.first_sentence < s && HeadWord(df.name) == head && DocKey(df.name) != DocKey(name)) best = static_cast<int>(i);
    }
    if (best < 0) return -1;
    DocumentFact& df = doc_.documents[static_cast<size_t>(best)];
    if (df.sentences.empty() || df.sentences.back() != s) df.sentences.push_back(s);
    AddAlias(best, name);
    return best;
  }

  int BareReference(uint32_t s, uint32_t k, uint32_t len) {
    const Sentence& sent = doc_.sentences[s];
    if (k == sent.begin) return -1;
    if (!In(toks_[k - 1].lower, {"the", "le", "la", "l'", "les", "this", "ce", "cet", "cette"})) return -1;
    // "sur le plan", "au plan": an idiom.
    if (toks_[k].lower == "plan"sv && k >= sent.begin + 2 && In(toks_[k - 2].lower, {"sur", "au"})) return -1;
    // A noun compound continues ("the deal breaker"); the head must end the phrase.
    if (k + len < sent.end && toks_[k + len].Is(kWord) && doc_.en && !Stop(toks_[k + len]) &&
        !InLexicon(lex_.reporting_verbs, toks_[k + len], Lexicon::kVerb) &&
        (!(toks_[k + len].lex & Lexicon::kNegotiation) || (toks_[k + len].lex & Lexicon::kMeeting)))
      return -1;
    std::string key = DocKey(doc_.Span(k, k + len));
    bool generic = In(key, {"draft", "projet", "texte", "text"});
    int best = -1;
    uint32_t best_sentence = 0;
    for (size_t i = 0; i < doc_.documents.size(); ++i) {
      const DocumentFact& df = doc_.documents[i];
      uint32_t last = df.sentences.empty() ? df.first_sentence : df.sentences.back();
      if (last > s) continue;
      const KeyCache& keys = Keys(i);
      bool holds = generic || HasWords(keys.key, key);
      for (size_t a = 0; a < keys.alias_keys.size() && !holds; ++a) holds = HasWords(keys.alias_keys[a], key);
      if (holds && (best < 0 || last >= best_sentence)) best = static_cast<int>(i), best_sentence = last;
    }
    if (best >= 0) {
      doc_.documents[static_cast<size_t>(best)].sentences.push_back(s);
      AddAlias(best, doc_.Span(k, k + len));
      return best;
    }
    if (generic) return -1;
    // A name of several words ("la feuille de route", "le protocole
    // d'accord", "the draft text") is specific enough on its own; a bare
    // head ("the deal is still being negotiated", "the roadmap has been
    // negotiated", "l'accord") names nothing and starts no document.
    bool several = len > 1 || doc_.Span(k, k + len).find(' ') != std::string::npos ||
                   toks_[k].lower.find('\'') != std::string::npos;
    if (!several) return -1;
    return Add(s, k, k + len);
  }

  // True when `compound` ("border protocol") is a noun compound whose last
  // word heads `full` ("protocol on the delimitation of the border") and
  // whose other words all occur in `full`.
  static bool Compound(std::string_view compound, std::string_view full) {
    size_t sp = compound.rfind(' ');
    if (sp == std::string_view::npos) return false;
    std::string_view head = compound.substr(sp + 1);
    if (full.size() <= head.size() || full.compare(0, head.size(), head) != 0 || full[head.size()] != ' ')
      return false;
    // True when w is one of the space-separated words of full.
    auto has_word = [&](std::string_view w) {
      for (size_t at = full.find(w); at != std::string_view::npos; at = full.find(w, at + 1))
        if ((at == 0 || full[at - 1] == ' ') && (at + w.size() == full.size() || full[at + w.size()] == ' '))
          return true;
      return false;
    };
    size_t from = 0;
    while (from < sp) {
      size_t to = compound.find(' ', from);
      if (to == std::string_view::npos || to > sp) to = sp;
      if (!has_word(compound.substr(from, to - from))) return false;
      from = to + 1;
    }
    return true;
  }

  // The folded key, word bag, head word and draft flag of a document's
  // name and the keys of its aliases, recomputed only when the name changes or aliases are appended
  // (Add checks each candidate document: without the cache, each check
  // refolded its name).
  struct KeyCache {
    std::string name, key, bag, head;
    bool draft = false;
    size_t aliases = 0;
    std::vector<std::string> alias_keys;
  };
  std::vector<KeyCache> key_cache_;

  const KeyCache& Keys(size_t i) {
    if (key_cache_.size() < doc_.documents.size()) key_cache_.resize(doc_.documents.size());
    KeyCache& c = key_cache_[i];
    const DocumentFact& d = doc_.documents[i];
    if (c.key.empty() || c.name != d.name) {
      c.name = d.name;
      c.key = DocKey(d.name);
      c.bag = WordBag(c.key);
      c.head = HeadWord(d.name);
      c.draft = IsDraft(d.name);
    }
    if (c.aliases != d.aliases.size()) {
      c.alias_keys.clear();
      for (const auto& a : d.aliases) c.alias_keys.push_back(DocKey(a));
      c.aliases = d.aliases.size();
    }
    return c;
  }

  // Document indices by the keys two names must share to be merged (Add),
  // so that a new name is compared only with candidates instead of every
  // document. Keys, one prefix character naming their kind:
  //   '=' the folded name and each alias key (same name; the name a word
  //       prefix of the new one),
  //   '<' each strict word prefix of the folded name (the new name a prefix),
  //   'b' the word bag (reordered),
  //   'c' first word + ' ' + each word, for names of two words or more (the
  //       new name a compound headed by this name's first word),
  //   'd' last word + ' ' + first word, for names of two words or more (this
  //       name a compound headed by the new name's first word),
  //   'h' head word + draft flag (a draft and the document it drafts).
  // Invariant: every document is posted under the keys of its current name
  // and aliases (Index() runs after each change). Entries may be stale (a
  // renamed document keeps its old ones), so each candidate is checked with
  // the full rule. Each list is sorted by document index, so the first
  // candidate that passes in a list is the earliest of that list.
  std::unordered_map<std::string, std::vector<int>> postings_;

  // A postings_ key: `kind` then the pieces, built in one reused buffer
  // (valid until the next call).
  const std::string& Tag(char kind, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    tag_.clear();
    tag_.push_back(kind);
    tag_.append(a).append(b).append(c);
    return tag_;
  }
  std::string tag_;

  void Post(const std::string& key, int i) {
    auto it = postings_.find(key);
    if (it == postings_.end()) it = postings_.emplace(key, std::vector<int>()).first;
    std::vector<int>& list = it->second;
    auto at = std::lower_bound(list.begin(), list.end(), i);
    if (at == list.end() || *at != i) list.insert(at, i);
  }

  static std::vector<std::string> Words(const std::string& key) {
    std::vector<std::string> words;
    size_t from = 0;
    while (from <= key.size()) {
      size_t to = key.find(' ', from);
      if (to == std::string::npos) to = key.size();
      if (to > from) words.push_back(key.substr(from, to - from));
      from = to + 1;
    }
    return words;
  }

  // Words(key) as views into key.
  static std::vector<std::string_view> WordViews(std::string_view key) {
    std::vector<std::string_view> words;
    ForEachWord(key, [&](std::string_view w) { words.push_back(w); });
    return words;
  }

  // Posts document i under the keys of its current name and aliases.
  void Index(int i) {
    const KeyCache& c = Keys(static_cast<size_t>(i));  // (Post changes no cache entry)
    Post(Tag('=', c.key), i);
    for (const auto& a : c.alias_keys) Post(Tag('=', a), i);
    Post(Tag('b', c.bag), i);
    for (size_t sp = c.key.find(' '); sp != std::string::npos; sp = c.key.find(' ', sp + 1))
      Post(Tag('<', std::string_view(c.key).substr(0, sp)), i);
    std::vector<std::string_view> words = WordViews(c.key);
    if (words.size() >= 2) {
      for (std::string_view w : words) Post(Tag('c', words[0], " ", w), i);
      Post(Tag('d', words.back(), " ", words[0]), i);
    }
    Post(Tag('h', c.draft ? "1" : "0", c.head), i);
  }

  // The earliest document of postings_[key] below `below` for which
  // `matches` holds, or `below` when none.
  template <typename Pred>
  int FirstIn(const std::string& key, int below, Pred&& matches) {
    auto it = postings_.find(key);
    if (it == postings_.end()) return below;
    // By index: `matches` may post (Keys() refreshes a cache, never a list),
    // but the list itself is not changed while it is scanned.
    const std::vector<int>& list = it->second;
    for (size_t n = 0; n < list.size() && list[n] < below; ++n)
      if (matches(list[n])) return list[n];
    return below;
  }

  // True when every word of the word bag `small` is in the word bag
  // `large` (both WordBag results: sorted words, each followed by a space).
  static bool BagSubset(std::string_view small, std::string_view large) {
    size_t i = 0, j = 0;
    while (i < small.size()) {
      size_t ie = small.find(' ', i);
      std::string_view w = small.substr(i, ie - i);
      for (;;) {
        if (j >= large.size()) return false;
        size_t je = large.find(' ', j);
        std::string_view x = large.substr(j, je - j);
        j = je + 1;
        if (x == w) break;
        if (x > w) return false;
      }
      i = ie + 1;
    }
    return true;
  }

  static constexpr size_t kMaxShortFormCandidates = 64;

  // The one document (not a draft) whose name shares the head of `name` and
  // whose word bag holds every word of `bag` or whose words are all in it,
  // each bag of two words or more; -1 when none or several do. `bag` is
  // WordBag(DocKey(name)) ("" for a one-word name).
  int ShortFormOf(const std::string& name, const std::string& bag) {
    if (std::count(bag.begin(), bag.end(), ' ') < 2 || IsDraft(name)) return -1;
    std::string head = HeadWord(name);
    if (head.empty()) return -1;
    auto it = postings_.find("h0" + head);
    if (it == postings_.end()) return -1;
    int match = -1;
    for (size_t n = 0; n < it->second.size() && n < kMaxShortFormCandidates; ++n) {
      int i = it->second[n];
      const KeyCache& other = Keys(static_cast<size_t>(i));
      if (other.head != head || other.draft || std::count(other.bag.begin(), other.bag.end(), ' ') < 2) continue;
      if (!BagSubset(bag, other.bag) && !BagSubset(other.bag, bag)) continue;
      if (match >= 0) return -1;
      match = i;
    }
    return match;
  }

  // Document `d` takes `name`, found in sentence `s`: as its name (the old
  // name becoming an alias) when `rename`, else as an alias it lacks.
  // Returns `d`.
  int Absorb(int d, const std::string& name, bool rename, uint32_t s) {
    DocumentFact& df = doc_.documents[static_cast<size_t>(d)];
    if (rename) {
      df.aliases.push_back(df.name);
      df.name = name;
    } else if (std::find(df.aliases.begin(), df.aliases.end(), name) == df.aliases.end()) {
      df.aliases.push_back(name);
    }
    df.sentences.push_back(s);
    Index(d);
    return d;
  }

  int Add(uint32_t s, uint32_t b, uint32_t e) {
    std::string name = doc_.Span(b, e);
    std::string key = DocKey(name);
    const bool several_words = key.find(' ') != std::string::npos;
    const std::string bag = several_words ? WordBag(key) : std::string();
    // The rule that merges the new name with document i.
    auto merges = [&](int i) {
      const KeyCache& cache = Keys(static_cast<size_t>(i));
      const std::string& dk = cache.key;
      bool same = dk == key;
      bool reordered = !same && several_words && cache.bag == bag;
      bool prefix = (dk.size() > key.size() && dk[key.size()] == ' ' && dk.compare(0, key.size(), key) == 0) ||
                    (key.size() > dk.size() && key[dk.size()] == ' ' && key.compare(0, dk.size(), dk) == 0);
      // "the border protocol" = "the protocol on the delimitation of the
      // border": an English compound whose head opens the other name and
      // whose modifiers are among its words.
      bool compound = Compound(key, dk) || Compound(dk, key);
      for (const auto& a : cache.alias_keys) same |= a == key;
      return same || prefix || reordered || compound;
    };
    // The earliest document the rule merges with, looked up by the keys it
    // must share with the new name.
    const int none = static_cast<int>(doc_.documents.size());
    int first = FirstIn(Tag('=', key), none, merges);
    first = FirstIn(Tag('<', key), first, merges);
    if (several_words) first = FirstIn(Tag('b', bag), first, merges);
    std::vector<std::string_view> words = WordViews(key);
    std::string prefix_key = "=";
    for (size_t w = 0; w + 1 < words.size(); ++w) {
      if (w) prefix_key += ' ';
      prefix_key += words[w];
      first = FirstIn(prefix_key, first, merges);
    }
    if (words.size() >= 2) {
      // A compound headed by its last word: candidates open with that word
      // and hold every other word, so the shortest such list has them all.
      size_t shortest_w = 0;
      size_t shortest = SIZE_MAX;
      for (size_t w = 0; w + 1 < words.size(); ++w) {
        auto it = postings_.find(Tag('c', words.back(), " ", words[w]));
        size_t n = it == postings_.end() ? 0 : it->second.size();
        if (n < shortest) shortest = n, shortest_w = w;
      }
      first = FirstIn(Tag('c', words.back(), " ", words[shortest_w]), first, merges);
    }
    // A name that is a compound headed by the new name's first word opens
    // with one of its modifiers, all of them words of the new name.
    for (std::string_view w : words) first = FirstIn(Tag('d', words[0], " ", w), first, merges);
    if (first < none) {
      DocumentFact& d = doc_.documents[static_cast<size_t>(first)];
      const std::string dk = Keys(static_cast<size_t>(first)).key;
      bool same = dk == key;
      for (const auto& a : Keys(static_cast<size_t>(first)).alias_keys) same |= a == key;
      if (key.size() > dk.size()) {
        d.aliases.push_back(d.name);
        d.name = name;
      } else if (!same && std::find(d.aliases.begin(), d.aliases.end(), name) == d.aliases.end()) {
        d.aliases.push_back(name);
      }
      d.sentences.push_back(s);
      Index(first);
      return first;
    }
    // "le protocole sur le retour des déplacés … le protocole sur les
    // déplacés", "the algorithm licensing agreement … the licensing
    // agreement": a name whose content words are all among those of the
    // article's only other document with its head (both with a modifier)
    // is that document's short form. Bounded: at most kMaxShortFormCandidates
    // documents with the head are compared.
    if (int d = ShortFormOf(name, bag); d >= 0)
      return Absorb(d, name, key.size() > Keys(static_cast<size_t>(d)).key.size(), s);
    // "un projet de traité de 22 articles" and "un traité mondial contre la
    // pollution plastique", "the draft agreement" and "the agreement on
    // fisheries subsidies": a draft is the document it drafts when that is
    // the article's only document with this head.
    std::string head = HeadWord(name);
    bool draft = IsDraft(name);
    if (!head.empty() && (!draft || PlainDraft(name))) {
      int match = -1, count = 0;
      auto it = postings_.find(Tag('h', draft ? "0" : "1", head));
      if (it != postings_.end())
        for (size_t n = 0; n < it->second.size() && count < 2; ++n) {
          int i = it->second[n];
          const KeyCache& other = Keys(static_cast<size_t>(i));
          if (other.draft == draft || other.head != head) continue;
          match = i;
          ++count;
        }
      if (count == 1) return Absorb(match, name, !draft, s);
    }
    if (doc_.documents.size() >= kMaxDocuments) return -1;
    DocumentFact d;
    d.name = name;
    // "projet de mémorandum sur la démarcation de la frontière", "draft
    // statute for the Association": the drafted document's own name is an
    // alias (not a bill's: "projet de loi" names a kind of text).
    std::string lower = LowerKey(name);
    for (std::string_view p : kDraftPrefixes)
      if (lower.rfind(p, 0) == 0 && lower.rfind("projet de loi", 0) != 0 && DraftedWords(name).size() >= 2 &&
          name.size() > p.size())
        d.aliases.push_back(name.substr(p.size()));
    // "the 2015 Declaration of Principles": the name without its year is
    // an alias.
    if (e > b + 2 && IsYear(toks_[b].lower)) d.aliases.push_back(doc_.Span(b + 1, e));
    d.first_sentence = s;
    d.span_start = toks_[b].start;
    d.span_stop = toks_[e - 1].end;
    d.sentences.push_back(s);
    doc_.documents.push_back(std::move(d));
    // The new document's cache entry from the keys read above (Keys would
    // compute the same from its name).
    key_cache_.resize(doc_.documents.size());
    KeyCache& c = key_cache_.back();
    c.name = name;
    c.key = std::move(key);
    c.bag = several_words ? bag : WordBag(c.key);
    c.head = std::move(head);
    c.draft = draft;
    c.aliases = 0;
    c.alias_keys.clear();
    Index(static_cast<int>(doc_.documents.size()) - 1);
    return static_cast<int>(doc_.documents.size()) - 1;
  }

  // Parties named by "entre X et Y" / "between X and Y" from token j.
  std::vector<int> Parties(uint32_t j, uint32_t end) const {
    std::vector<int> parties;
    for (uint32_t x = j + 1; x < end && x < j + 30; ++x) {
      const std::string& l = toks_[x].lower;
      // "entre l'armée soudanaise et les FSR, prévoit …": a comma before
      // anything but another party ends the list.
      if (l == ","sv && x + 1 < end && !toks_[x + 1].Is(kCap) && !Det(toks_[x + 1].lower) &&
          !In(toks_[x + 1].lower, {"and", "et"}))
        break;
      if (In(l, {"sur", "on", "over", "about", ":", ";", ".", "pour", "for", "concernant", "regarding", "with", "avec",
                 "depuis", "since", "through", "via", "lors", "during", "pendant", "par", "by", "à", "au", "aux", "in",
                 "at", "dans", "en", "ont", "a", "est", "sont", "has", "have", "was", "were", "will", "qui", "who",
                 "which", "que", "that", "ont", "doit", "must", "afin", "to"}))
        break;
      // "between the three countries", "entre les deux pays", "both sides":
      // the latest list of that many parties of the noun's kind named before.
      {
        uint32_t len = 0;
        std::vector<int> group = ResolveGroupReference(doc_, x, &len);
        if (!group.empty()) {
          for (int e : group)
            if (std::find(parties.begin(), parties.end(), e) == parties.end()) parties.push_back(e);
          x += len - 1;
          continue;
        }
      }
      // Else "between the two companies", "both sides" after no such list:
      // the latest pair named before.
      if (In(l, {"two", "deux", "both"}) && x + 1 < end && toks_[x + 1].Is(kWord) && !toks_[x + 1].Is(kCap)) {
        for (int e : LatestPair(toks_[j].sentence, j))
          if (std::find(parties.begin(), parties.end(), e) == parties.end()) parties.push_back(e);
        continue;
      }
      int m = doc_.MentionAt(x);
      if (m < 0) {
        // "entre Addis-Abeba et Mekele": a one-word name the article gives a
        // place or a body elsewhere ("reçus à Mekele") is that party here too.
        int e = toks_[x].Is(kCap) ? NamedOneWord(toks_[x].lower) : -1;
        if (e >= 0 && std::find(parties.begin(), parties.end(), e) == parties.end()) parties.push_back(e);
        continue;
      }
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      x = mm.end - 1;
      // "le Front de libération nationale kanak et socialiste (FLNKS)": the
      // acronym restates the party before it.
      if (mm.begin > 0 && toks_[mm.begin - 1].lower == "("sv && !parties.empty()) continue;
      if (mm.entity >= 0 && std::find(parties.begin(), parties.end(), mm.entity) == parties.end())
        parties.push_back(mm.entity);
    }
    return parties;
  }

  // True when the list after "entre/between" at token j joins by "and/et"
  // a capitalised word that starts no mention ("between the Executive and
  // the Treasury", "entre l'Exécutif et le Trésor"), within 12 tokens.
  bool UnnamedPartner(uint32_t j, uint32_t end) const {
    for (uint32_t x = j + 1; x + 1 < end && x < j + 12; ++x) {
      if (In(toks_[x].lower, {",", ";", ":", ".", "on", "over", "sur", "pour", "for"})) return false;
      if (!In(toks_[x].lower, {"and", "et"})) continue;
      uint32_t y = x + 1;
      if (y + 1 < end && Det(toks_[y].lower)) ++y;
      uint32_t w = j + 1;
      if (w + 1 < end && Det(toks_[w].lower)) ++w;
      bool after_unnamed = toks_[y].Is(kCap) && doc_.MentionCovering(y) < 0;
      bool before_unnamed = toks_[w].Is(kCap) && doc_.MentionCovering(w) < 0;
      return after_unnamed || before_unnamed;
    }
    return false;
  }

  // The place or organisation of the article named by the one lower-cased
  // word `lower` (its name or an alias), -1 when none or several are.
  // The index is built on first use, linear in the entities' names.
  int NamedOneWord(const std::string& lower) const {
    if (!one_word_built_) {
      one_word_built_ = true;
      for (size_t e = 0; e < doc_.entities.size(); ++e) {
        const Entity& en = doc_.entities[e];
        if (en.dropped || en.type == EntityType::kPerson) continue;
        auto post = [&](const std::string& name) {
          if (name.find(' ') != std::string::npos) return;
          auto [at, added] = one_word_.try_emplace(LowerKey(name), static_cast<int>(e));
          if (!added && at->second != static_cast<int>(e)) at->second = -1;
        };
        post(en.name);
        for (const auto& a : en.aliases) post(a);
      }
    }
    auto it = one_word_.find(lower);
    return it == one_word_.end() ? -1 : it->second;
  }
  mutable bool one_word_built_ = false;
  mutable std::unordered_map<std::string, int> one_word_;

  // The latest "X and Y" / "X et Y" of two named non-person entities of one
  // type before token `before`, within this and the two previous sentences.
  std::vector<int> LatestPair(uint32_t s, uint32_t before) const {
    uint32_t lo = doc_.sentences[s >= 2 ? s - 2 : 0].begin;
    for (uint32_t k = before; k > lo + 1;) {
      --k;
      if (!In(toks_[k].lower, {"and", "et"})) continue;
      int a = doc_.MentionCovering(k - 1), b = k + 1 < toks_.size() ? doc_.MentionAt(k + 1) : -1;
      if (a < 0 || b < 0) continue;
      const Mention& ma = doc_.mentions[static_cast<size_t>(a)];
      const Mention& mb = doc_.mentions[static_cast<size_t>(b)];
      if (ma.entity < 0 || mb.entity < 0 || ma.entity == mb.entity || ma.type != mb.type ||
          ma.type == EntityType::kPerson)
        continue;
      return {ma.entity, mb.entity};
    }
    return {};
  }

  // Every document's parties but the cities its own name holds.
  void DropCitiesOfNames() {
    for (DocumentFact& d : doc_.documents)
      d.parties.erase(std::remove_if(d.parties.begin(), d.parties.end(),
                                     [&](const std::pair<int, uint32_t>& p) { return CityOfName(d, p.first); }),
                      d.parties.end());
  }

  // True when entity p is a place below a region (a city, a site, or a
  // place the gazetteer does not know, which holds every country) that the
  // document's own name holds ("l'accord d'Ohrid", "the Paris Agreement"):
  // where a text was signed, not who negotiated it.
  bool CityOfName(const DocumentFact& d, int p) const {
    const Entity& e = doc_.entities[static_cast<size_t>(p)];
    if (e.type != EntityType::kPlace) return false;
    if (e.place >= 0 && In(lex_.places[static_cast<size_t>(e.place)].kind, {"country", "region"})) return false;
    const std::string name = LowerKey(d.name);
    if (name.find(LowerKey(e.name)) != std::string::npos) return true;
    for (const std::string& a : e.aliases)
      if (name.find(LowerKey(a)) != std::string::npos) return true;
    return false;
  }

  void AddParties(const std::vector<int>& docs, const std::vector<int>& parties, uint32_t s) {
    for (int d : docs)
      for (int p : parties) {
        auto& ps = doc_.documents[static_cast<size_t>(d)].parties;
        bool dup = false;
        for (const auto& q : ps) dup |= q.first == p;
        if (!dup) ps.emplace_back(p, s);
      }
  }

 public:
  // Negotiating parties named in a sentence without documents ("Les
  // négociations entre Téhéran et Washington ont repris"), for the documents
  // of the next sentences that negotiate without naming them.
  void NoteParties(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t k = FirstNegotiation(s); k < sent.end; ++k) {
      if (!(toks_[k].lex & Lexicon::kNegotiation)) continue;
      for (uint32_t j = k + 1; j < sent.end && j < k + 4; ++j)
        if (In(toks_[j].lower, {"entre", "between"})) {
          auto p = Parties(j, sent.end);
          if (p.size() >= 2) last_parties_ = p, last_parties_sentence_ = s;
          return;
        }
    }
  }

 private:
  std::vector<int> last_parties_;
  struct Unnamed {
    std::string head;
    std::vector<int> parties;
    uint32_t sentence = 0;
  } unnamed_;  // the latest unnamed document mention with parties
  std::string pending_alias_;  // "draft" of "a draft of the X decision", for X
  uint32_t last_parties_sentence_ = 0;

  // The negotiations in focus, in text order: where their parties are named.
  struct Focus {
    uint32_t sentence = 0;
    std::vector<int> parties;
  };
  std::vector<Focus> focus_;
  // One side of a negotiation whose other side is not a name ("the
  // government's talks with the CNEB"): entity, sentence.
  std::vector<std::pair<int, uint32_t>> one_sided_;

  // Entities named as a mediator, guarantor, facilitator, observer or host
  // of the talks ("with Norway, Switzerland and Ireland as guarantor
  // countries", "mediated by Qatar and Egypt", "sous l'égide de l'Union
  // africaine"): third parties, never a negotiating side.
  std::vector<char> is_third_;  // by entity

  static bool ThirdPartyCue(std::string_view l) {
    static const WordList kWords{"mediator", "mediators", "mediation", "mediated", "mediating", "médiateur",
                                 "médiateurs", "médiatrice", "médiatrices", "médiation", "facilitator", "facilitators",
                                 "facilitated", "facilitateur", "facilitateurs", "guarantor", "guarantors", "garant",
                                 "garants", "observer", "observers", "observateur", "observateurs", "observatrice",
                                 "observatrices", "hosted", "hosting", "hôte", "auspices", "égide"};
    return kWords.Has(l);
  }

  // Fills is_third_: the names joined to a cue word by a list ("X, Y
  // and Z as guarantors", "mediators from X and Y", "la médiation du Qatar
  // et de l'Égypte"), on either side of it, within the sentence. Linear in
  // the article.
  void MarkThirdParties() {
    auto list_glue = [&](const Token& t) {
      return In(t.lower, {",", "and", "et", "as", "comme", "the", "la", "le", "l'", "les", "by", "par", "of", "from",
                          "de", "d'", "du", "des", "countries", "pays", "states", "états"});
    };
    is_third_.assign(doc_.entities.size(), 0);
    auto mark = [&](int m) {
      int e = doc_.mentions[static_cast<size_t>(m)].entity;
      if (e >= 0 && doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPerson) is_third_[static_cast<size_t>(e)] = 1;
    };
    for (const Sentence& sent : doc_.sentences)
      for (uint32_t k = sent.begin; k < sent.end; ++k) {
        if (!ThirdPartyCue(toks_[k].lower)) continue;
        // Backward: "Norway, Switzerland and Ireland as guarantor countries".
        for (uint32_t x = k; x > sent.begin && x + 12 > k;) {
          --x;
          int m = doc_.MentionCovering(x);
          if (m >= 0) {
            mark(m);
            x = doc_.mentions[static_cast<size_t>(m)].begin;
            continue;
          }
          if (!list_glue(toks_[x])) break;
        }
        // Forward: "mediated by Qatar and Egypt", "sous l'égide de l'UA".
        for (uint32_t x = k + 1; x < sent.end && x < k + 12; ++x) {
          int m = doc_.MentionAt(x);
          if (m >= 0) {
            mark(m);
            x = doc_.mentions[static_cast<size_t>(m)].end - 1;
            continue;
          }
          if (!list_glue(toks_[x])) break;
        }
      }
  }

  // Adds to one_sided_ the bodies and countries whose delegation or
  // negotiators the article names: "la délégation des Forces armées
  // soudanaises", "les délégations de X et de Y", "Iran's negotiators",
  // "the Hamas delegation", "la délégation iranienne", "negotiators from X".
  // Linear in the article.
  void NoteDelegations() {
    static const WordList kSideNouns(cues::kSideNouns);
    auto side_noun = [&](std::string_view l) { return kSideNouns.Has(l); };
    auto add = [&](int m, uint32_t s) {
      if (m < 0) return;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity >= 0 && mm.type != EntityType::kPerson) one_sided_.emplace_back(mm.entity, s);
    };
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      if (!(sent.lex & Lexicon::kParticipationCue)) continue;
      for (uint32_t k = sent.begin; k < sent.end; ++k) {
        // (Capitalised only as a sentence's first word: "Delegation of the
        // European Union" names a body.)
        if (!side_noun(toks_[k].lower) || (toks_[k].Is(kCap) && k != sent.begin)) continue;
        // "negotiating team": the English participle only before "team(s)".
        if (toks_[k].lower == "negotiating"sv && !(k + 1 < sent.end && In(toks_[k + 1].lower, {"team", "teams"})))
          continue;
        uint32_t noun_end = toks_[k].lower == "negotiating"sv ? k + 2 : k + 1;
        // After the noun: "de/des/of/from X (et de Y)", or a demonym.
        uint32_t x = noun_end;
        for (int n = 0; n < 2 && x < sent.end; ++n) {
          // "negotiators for the Writers Guild": English "for" too.
          if (!In(toks_[x].lower, {"de", "du", "des", "d'", "of", "from"}) && !(doc_.en && toks_[x].lower == "for"sv))
            break;
          ++x;
          while (x < sent.end && In(toks_[x].lower, {"la", "le", "l'", "les", "the"})) ++x;
          int m = x < sent.end ? doc_.MentionAt(x) : -1;
          if (m < 0) break;
          add(m, s);
          x = doc_.mentions[static_cast<size_t>(m)].end;
          if (x + 1 < sent.end && toks_[x].lower == "("sv) x += 3;  // "(FSR)"
          if (x < sent.end && In(toks_[x].lower, {"et", "and"})) ++x;
          if (x < sent.end && !In(toks_[x].lower, {"de", "du", "des", "d'", "of", "from", "for"})) {
            // "of X and Y" without a second preposition.
            int m2 = doc_.MentionAt(x);
            if (m2 >= 0 && In(toks_[x - 1].lower, {"et", "and"})) add(m2, s);
            break;
          }
        }
        if (noun_end < sent.end) {
          int c = DemonymCountry(toks_[noun_end].lower);  // "la délégation iranienne"
          if (c >= 0 && doc_.fr) one_sided_.emplace_back(c, s);
        }
        // Before the noun: "Iran's negotiators", "the Hamas delegation",
        // "the Iranian delegation" (one modifier between: "chief").
        for (uint32_t b = k, n = 0; b > sent.begin && n < 2; ++n) {
          --b;
          if (In(toks_[b].lower, {"'s", "’s"}) && b > sent.begin) {
            add(doc_.MentionCovering(b - 1), s);
            break;
          }
          int m = doc_.MentionCovering(b);
          if (m >= 0) {
            add(m, s);
            break;
          }
          int c = doc_.en ? DemonymCountry(toks_[b].lower) : -1;
          if (c >= 0) {
            one_sided_.emplace_back(c, s);
            break;
          }
          if (!toks_[b].Is(kWord) || toks_[b].Is(kCap) || Stop(toks_[b])) break;
        }
      }
    }
  }

  // `parties` without the third parties.
  std::vector<int> Sides(const std::vector<int>& parties) const {
    std::vector<int> out;
    for (int p : parties)
      if (p < 0 || static_cast<size_t>(p) >= is_third_.size() || !is_third_[static_cast<size_t>(p)]) out.push_back(p);
    return out;
  }

  // The entities of `sides` that sentence s names, in the order of `sides`.
  std::vector<int> SidesNamedIn(uint32_t s, const std::vector<int>& sides) const {
    std::vector<int> named;
    for (int side : sides)
      for (int m : doc_.entities[static_cast<size_t>(side)].mentions)
        if (doc_.mentions[static_cast<size_t>(m)].sentence == s) {
          named.push_back(side);
          break;
        }
    return named;
  }

  // The article's negotiating sides: the parties of the negotiation the
  // article is most about. Every record of parties named as negotiating
  // (a negotiation in focus, a document's own parties, "talks with X")
  // is scored by how often the article names its members so (once per
  // sentence) and how often it names them at all (the article's main
  // actors); the best record wins, the earliest on a tie. Its sides are its
  // members named twice or more that are not third parties, a person
  // standing for the country of their nationality or role, else for their
  // body; empty when none is left. Third parties are left out of a
  // negotiation in focus too.
  std::vector<int> ArticleSides() const {
    const size_t n = doc_.entities.size();
    std::vector<std::pair<uint32_t, std::vector<int>>> records;  // sentence, parties
    for (const Focus& f : focus_) records.emplace_back(f.sentence, f.parties);
    // Each side named alone, and all of them together ("la délégation des
    // FAS … celle des FSR").
    std::vector<int> all_one_sided;
    std::vector<char> seen(n, 0);
    uint32_t first_one_sided = UINT32_MAX;
    for (const auto& [p, sentence] : one_sided_) {
      records.push_back({sentence, {p}});
      if (!seen[static_cast<size_t>(p)]) seen[static_cast<size_t>(p)] = 1, all_one_sided.push_back(p);
      first_one_sided = std::min(first_one_sided, sentence);
    }
    if (all_one_sided.size() >= 2) records.emplace_back(first_one_sided, all_one_sided);
    for (const DocumentFact& df : doc_.documents) {
      if (df.parties.empty()) continue;
      std::vector<int> ps;
      for (const auto& q : df.parties) ps.push_back(q.first);
      records.emplace_back(df.parties.front().second, ps);
    }
    // Sentences naming each entity as negotiating.
    std::vector<std::pair<int, uint32_t>> evidence;  // entity, sentence
    for (const auto& [sentence, ps] : records)
      for (int p : ps) evidence.emplace_back(p, sentence);
    std::sort(evidence.begin(), evidence.end());
    evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
    std::vector<int> score(n, 0);
    for (const auto& ev : evidence) ++score[static_cast<size_t>(ev.first)];
    // The side each entity stands for (-1: none), computed once.
    std::vector<int> side(n, -2);
    auto side_of = [&](int p) {
      int& memo = side[static_cast<size_t>(p)];
      if (memo != -2) return memo;
      int e = p;
      // A person stands for the country of their nationality or role; one
      // without stands for no side.
      if (doc_.entities[static_cast<size_t>(p)].type == EntityType::kPerson) e = CountryOf(p);
      // A side is one of the article's actors, named twice at least.
      if (e >= 0 && (doc_.entities[static_cast<size_t>(e)].mentions.size() < 2 || is_third_[static_cast<size_t>(e)]))
        e = -1;
      return memo = e;
    };
    std::vector<int> best;
    int best_score = 0;
    uint32_t best_sentence = 0;
    std::vector<size_t> stamp(n, 0);
    for (size_t r = 0; r < records.size(); ++r) {
      const auto& [sentence, ps] = records[r];
      std::vector<int> sides;
      int total = 0;
      for (int p : ps) {
        int e = side_of(p);
        if (e < 0 || stamp[static_cast<size_t>(e)] == r + 1) continue;
        stamp[static_cast<size_t>(e)] = r + 1;
        sides.push_back(e);
        total += score[static_cast<size_t>(e)] + static_cast<int>(doc_.entities[static_cast<size_t>(e)].mentions.size());
      }
      if (sides.empty()) continue;
      if (total > best_score || (total == best_score && sentence < best_sentence)) {
        best = sides;
        best_score = total;
        best_sentence = sentence;
      }
    }
    return best;
  }

  // The sides of the article's main held meeting (the one with the most
  // participants, the earliest on a tie): its participants other than its
  // place and third parties, each named twice or more, a person standing
  // for the country of their nationality or role (one without is left
  // out: a delegate or a host is no side). Empty when the article tells of
  // no held meeting. Linear in the meetings and their participants.
  std::vector<int> MeetingSides() const {
    const MeetingFact* main = nullptr;
    for (const MeetingFact& m : doc_.meetings)
      if (m.status == "held" && (!main || m.participants.size() > main->participants.size())) main = &m;
    std::vector<int> out;
    if (!main) return out;
    for (const auto& [p, sentence] : main->participants) {
      if (p == main->place || p < 0) continue;
      int e = p;
      if (doc_.entities[static_cast<size_t>(p)].type == EntityType::kPerson) {
        int country = CountryOf(p);
        if (country < 0) continue;
        e = country;
      }
      const Entity& en = doc_.entities[static_cast<size_t>(e)];
      if (en.dropped || is_third_[static_cast<size_t>(e)] || en.mentions.size() < 2) continue;
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
    return out;
  }

  // The actors repeatedly named where the article speaks of negotiating,
  // signing or agreeing (NegotiationSentence): organisations and places
  // (not after a locative preposition: "à Genève", "in London"; not third
  // parties), a person standing for the country of their nationality or
  // role; each named twice or more in the article. Each is counted once
  // per sentence; the actors counted in two sentences or more, the most
  // counted first (the earliest entity on a tie), at most four. Linear in
  // the article.
  std::vector<int> CoOccurringSides() const {
    const size_t n = doc_.entities.size();
    std::vector<int> count(n, 0);
    std::vector<uint32_t> stamp(n, UINT32_MAX);  // the last sentence counted
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      if (!NegotiationSentence(s)) continue;
      const Sentence& sent = doc_.sentences[s];
      for (uint32_t k = sent.begin; k < sent.end; ++k) {
        int m = doc_.MentionAt(k);
        if (m < 0) continue;
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        k = std::max(k, mm.end) - 1;
        int e = mm.entity;
        if (e < 0) continue;
        if (mm.type == EntityType::kPerson)
          e = CountryOf(e);
        else if (AfterLocative(mm, sent))
          continue;
        if (e < 0 || is_third_[static_cast<size_t>(e)] || stamp[static_cast<size_t>(e)] == s) continue;
        const Entity& en = doc_.entities[static_cast<size_t>(e)];
        if (en.dropped || en.mentions.size() < 2) continue;
        stamp[static_cast<size_t>(e)] = s;
        ++count[static_cast<size_t>(e)];
      }
    }
    std::vector<int> out;
    for (size_t e = 0; e < n; ++e)
      if (count[e] >= 2) out.push_back(static_cast<int>(e));
    std::stable_sort(out.begin(), out.end(),
                     [&](int a, int b) { return count[static_cast<size_t>(a)] > count[static_cast<size_t>(b)]; });
    if (out.size() > 4) out.resize(4);
    return out;
  }

  // True when mention mm of sentence sent follows a locative preposition
  // ("à Tunis", "in Geneva"): a place where, not a party.
  bool AfterLocative(const Mention& mm, const Sentence& sent) const {
    return mm.begin > sent.begin && In(toks_[mm.begin - 1].lower, {"à", "au", "en", "dans", "in", "at"});
  }

  // The two actors a negotiation sentence names, when it names exactly two
  // organisations or two places (not people, not third parties, not a
  // place after a locative preposition: "à Tunis", "in Geneva"): "L'UGTT
  // et l'UTICA avaient signé le contrat social …", "the contract the union
  // reached with Harbour Freight". Empty otherwise. Linear in the sentence.
  std::vector<int> SentencePair(uint32_t s) const {
    std::vector<int> pair;
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t k = sent.begin; k < sent.end; ++k) {
      int m = doc_.MentionAt(k);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      k = std::max(k, mm.end) - 1;
      int e = mm.entity;
      if (e < 0 || mm.type == EntityType::kPerson || is_third_[static_cast<size_t>(e)]) continue;
      if (AfterLocative(mm, sent)) continue;
      if (std::find(pair.begin(), pair.end(), e) != pair.end()) continue;
      if (pair.size() == 2) return {};
      pair.push_back(e);
    }
    if (pair.size() != 2 ||
        doc_.entities[static_cast<size_t>(pair[0])].type != doc_.entities[static_cast<size_t>(pair[1])].type)
      return {};
    return pair;
  }

  // The latest negotiation in focus named in sentence s or before; null
  // when none is.
  const Focus* FocusAt(uint32_t s) const {
    const Focus* f = nullptr;
    for (const Focus& x : focus_)
      if (x.sentence <= s) f = &x;
    return f;
  }

  // True when sentence s speaks of negotiating, signing or agreeing
  // ("talks", "négocié", "signed", "agreed", "sont convenus"), or of the
  // negotiating parties as "the two sides" / "les deux parties".
  // Computed once per sentence (several passes ask).
  bool NegotiationSentence(uint32_t s) const {
    if (negotiation_memo_.size() != doc_.sentences.size()) negotiation_memo_.assign(doc_.sentences.size(), -1);
    int8_t& memo = negotiation_memo_[s];
    if (memo < 0) memo = ReadNegotiationSentence(s) ? 1 : 0;
    return memo > 0;
  }
  mutable std::vector<int8_t> negotiation_memo_;  // per sentence: -1 unknown, else NegotiationSentence

  // The first token of sentence s flagged Lexicon::kNegotiation, or the
  // sentence's end (several rules start there). Read once per sentence.
  uint32_t FirstNegotiation(uint32_t s) const {
    if (first_negotiation_.size() != doc_.sentences.size()) first_negotiation_.assign(doc_.sentences.size(), kUnread);
    uint32_t& first = first_negotiation_[s];
    if (first == kUnread) {
      const Sentence& sent = doc_.sentences[s];
      first = sent.lex & Lexicon::kNegotiation ? sent.begin : sent.end;
      while (first < sent.end && !(toks_[first].lex & Lexicon::kNegotiation)) ++first;
    }
    return first;
  }
  static constexpr uint32_t kUnread = UINT32_MAX;
  mutable std::vector<uint32_t> first_negotiation_;  // per sentence: kUnread, else FirstNegotiation

  // The sentence that lays out the texts under discussion for sentence s,
  // or -1: s itself or one of the two sentences before it counting the
  // texts with a general noun ("Deux textes sont sur la table : …", "Two
  // texts dominated the agenda.", "Un second document, un protocole …"),
  // the later ones naming them in turn ("Le premier, un protocole …", "The
  // second is a protocol …"). News copy introduces the documents a
  // negotiation is about this way, without a negotiation word beside them.
  // Reads each sentence once (memoised), only for the sentences asked.
  int Agenda(uint32_t s) const {
    if (counting_memo_.size() != doc_.sentences.size()) counting_memo_.assign(doc_.sentences.size(), -1);
    for (uint32_t x = s + 1; x-- > 0 && x + 2 >= s;) {
      int8_t& memo = counting_memo_[x];
      if (memo < 0) memo = CountsTexts(x) ? 1 : 0;
      if (memo > 0) return static_cast<int>(x);
    }
    return -1;
  }
  mutable std::vector<int8_t> counting_memo_;  // per sentence: -1 unknown, else CountsTexts

  // True when sentence s counts texts: "deux textes", "three documents",
  // "un second document", "another text".
  bool CountsTexts(uint32_t s) const {
    static const WordList kCount{"two", "three", "four", "deux", "trois", "quatre"};
    static const WordList kOrdinal{"second", "seconde", "deuxième", "troisième", "third", "another", "autre"};
    static const WordList kTexts{"textes", "texts", "documents"};
    static const WordList kText{"texte", "text", "document"};
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t k = sent.begin + 1; k < sent.end; ++k) {
      // The nouns all open on 't' or 'd': one byte read for most tokens.
      const std::string& l = toks_[k].lower;
      if (l.empty() || (l[0] != 't' && l[0] != 'd')) continue;
      if ((kTexts.Has(l) && kCount.Has(toks_[k - 1].lower)) || (kText.Has(l) && kOrdinal.Has(toks_[k - 1].lower)))
        return true;
    }
    return false;
  }

  bool ReadNegotiationSentence(uint32_t s) const {
    static const WordList kAgree(cues::kAgreement);
    static const WordList kTwo(cues::kPairCount);
    static const WordList kSides{"sides", "parties", "camps", "delegations", "délégations", "governments",
                                  "gouvernements", "negotiators", "négociateurs"};
    const Sentence& sent = doc_.sentences[s];
    if (!(sent.lex & (Lexicon::kNegotiation | Lexicon::kAgreementCue))) return false;
    for (uint32_t k = sent.begin; k < sent.end; ++k) {
      const Token& t = toks_[k];
      if ((t.lex & Lexicon::kNegotiation) && !t.Is(kCap)) return true;
      if (kAgree.Has(t.lower)) return true;
      if (k + 1 < sent.end && kTwo.Has(t.lower) && kSides.Has(toks_[k + 1].lower))
        return true;
    }
    return false;
  }

  // A document dated by a year before the article's ("the 2016 peace
  // agreement", "l'accord de Nouméa de 1998") is a past text, not the one
  // under negotiation.
  bool Historical(const DocumentFact& df) const {
    if (!doc_.has_date) return false;
    int year = std::atoi(FormatIsoDate(doc_.date).substr(0, 4).c_str());
    // A year in the name or an alias ("the 2015 Declaration of Principles").
    // (Only a name with an ASCII digit can hold one: lowering makes none.)
    auto past_year_in = [&](const std::string& n) {
      if (std::none_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
      for (const std::string& w : DraftedWords(n))
        if (IsYear(w) && std::atoi(w.c_str()) < year) return true;
      return false;
    };
    if (past_year_in(df.name) || std::any_of(df.aliases.begin(), df.aliases.end(), past_year_in)) return true;
    // "l'accord de Nouméa de 1998", "the Minsk agreements of 2015": the year
    // right after the name.
    // The first token at or after the name's end (tokens are in text order).
    auto after = std::partition_point(toks_.begin(), toks_.end(),
                                      [&](const Token& t) { return t.start < df.span_stop; });
    for (size_t k = static_cast<size_t>(after - toks_.begin()); k + 1 < toks_.size(); ++k) {
      if (In(toks_[k].lower, {"de", "of", "in", "en", "from", "du"}) && IsYear(toks_[k + 1].lower) &&
          std::atoi(toks_[k + 1].lower.c_str()) < year)
        return true;
      break;
    }
    return false;
  }

  // True when the document's name opens on, or follows, the possessive of
  // an entity outside `parties` ("the European Union's Pact on Migration and Asylum"):
  // the owner's text, not one these parties negotiate.
  bool OwnedByOther(const DocumentFact& df, const std::vector<int>& parties) const {
    // From the token just before the name (tokens are in text order).
    auto from = std::partition_point(toks_.begin() + (toks_.empty() ? 0 : 1), toks_.end(),
                                     [&](const Token& t) { return t.end + 1 < df.span_start; });
    for (size_t k = static_cast<size_t>(from - toks_.begin()); k < toks_.size(); ++k) {
      if (toks_[k].start >= df.span_stop) break;
      if (!In(toks_[k].lower, {"'s", "’s"})) continue;
      int m = doc_.MentionCovering(static_cast<uint32_t>(k - 1));
      if (m < 0) continue;
      int e = doc_.mentions[static_cast<size_t>(m)].entity;
      if (e >= 0 && std::find(parties.begin(), parties.end(), e) == parties.end()) return true;
    }
    return false;
  }

  // Records the negotiation in focus that sentence s names: "négociations
  // entre X et Y" (NoteParties), a subject list that negotiates, agrees or
  // meets ("Israel and Hamas resumed indirect talks", "Le gouvernement de la
  // RDC et la rébellion de l'AFC/M23 ont repris leurs pourparlers", "D66,
  // the CDA and the VVD agreed on …"), or "X's talks with Y" / "X négocie
  // avec Y".
  void NoteFocus(uint32_t s) {
    if (!last_parties_.empty() && last_parties_sentence_ == s) {
      focus_.push_back({s, last_parties_});
      return;
    }
    const Sentence& sent = doc_.sentences[s];
    // "the merger of rail freight operators X and Y", "la fusion entre X et
    // Y": the merging companies negotiate their merger's texts.
    static const WordList kMerger(cues::kMerger);
    for (uint32_t k = sent.begin; (sent.lex & Lexicon::kMergerCue) && k + 2 < sent.end; ++k) {
      if (!kMerger.Has(toks_[k].lower) ||
          !In(toks_[k + 1].lower, {"of", "between", "de", "entre", "des", "du"}))
        continue;
      uint32_t j = k + 1;
      // A few plain words before the first party ("of rail freight operators").
      while (j + 1 < sent.end && j < k + 5 && doc_.MentionAt(j + 1) < 0 && toks_[j + 1].Is(kWord) &&
             !toks_[j + 1].Is(kCap) && !Stop(toks_[j + 1]))
        ++j;
      std::vector<int> parties = Parties(j, sent.end);
      if (parties.size() >= 2) {
        focus_.push_back({s, parties});
        return;
      }
    }
    bool meeting = false;
    for (uint32_t k = sent.begin; (sent.lex & Lexicon::kMeeting) && k < sent.end && !meeting; ++k)
      meeting = (toks_[k].lex & Lexicon::kMeeting) && !toks_[k].Is(kCap);
    if (!meeting && !NegotiationSentence(s)) return;
    std::vector<int> subjects = SubjectList(s);
    if (subjects.size() >= 2) {
      focus_.push_back({s, subjects});
      return;
    }
    // "Ukrainian and American negotiators", "les délégations russe et
    // américaine": two demonyms of countries the article names, on a noun
    // of negotiators or delegations.
    for (uint32_t k = sent.begin; k + 2 < sent.end; ++k) {
      if (!In(toks_[k + 1].lower, {"and", "et"})) continue;
      auto side_noun = [&](uint32_t x) {
        return (toks_[x].lex & Lexicon::kNegotiation) || GovernmentNoun(toks_[x].lower) ||
               In(toks_[x].lower, {"delegations", "délégations", "governments", "gouvernements", "officials",
                                   "responsables", "negotiators", "négociateurs", "teams", "équipes"});
      };
      bool on_noun = (k + 3 < sent.end && side_noun(k + 3)) || (k > sent.begin && side_noun(k - 1));
      if (!on_noun) continue;
      int a = DemonymCountry(toks_[k].lower), b = DemonymCountry(toks_[k + 2].lower);
      if (a >= 0 && b >= 0 && a != b) {
        focus_.push_back({s, {a, b}});
        return;
      }
    }
    // "US-Ukraine talks resumed", "les négociations UE-Mercosur".
    for (uint32_t k = sent.begin; k < sent.end; ++k) {
      bool beside = (k + 1 < sent.end && (toks_[k + 1].lex & (Lexicon::kNegotiation | Lexicon::kMeeting))) ||
                    (k > sent.begin && (toks_[k - 1].lex & (Lexicon::kNegotiation | Lexicon::kMeeting)));
      if (!beside) continue;
      std::vector<int> pair = HyphenPair(k);
      if (pair.size() == 2) {
        focus_.push_back({s, pair});
        return;
      }
    }
    for (uint32_t k = FirstNegotiation(s); k + 2 < sent.end; ++k) {
      if (!(toks_[k].lex & Lexicon::kNegotiation) || toks_[k].Is(kCap)) continue;
      uint32_t w = k + 1;
      while (w < sent.end && w < k + 3 && !In(toks_[w].lower, {"with", "avec"})) ++w;
      if (w >= sent.end || !In(toks_[w].lower, {"with", "avec"})) continue;
      std::vector<int> with = Parties(w, sent.end);
      if (with.size() != 1) continue;
      int subject = -1;
      for (uint32_t x = k; x > sent.begin && x + 6 > k && subject < 0;) {
        --x;
        int m = doc_.MentionCovering(x);
        if (m < 0) {
          if (!In(toks_[x].lower, {"'s", "’s", "is", "are", "was", "were", "has", "have", "had", "been", "still",
                                   "a", "ont", "est", "sont", "encore", "de", "d'", "continue", "continues",
                                   "continuent", "poursuit", "poursuivent", "its", "their", "ses", "leurs", "sa",
                                   "son", "direct", "indirect", "directes", "indirectes"}))
            break;
          continue;
        }
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        int e = mm.entity;
        if (e >= 0 && mm.type == EntityType::kPerson) e = CountryOf(e);
        if (e >= 0 && e != with[0]) subject = e;
        break;
      }
      if (subject >= 0) {
        focus_.push_back({s, {subject, with[0]}});
        return;
      }
      one_sided_.emplace_back(with[0], s);
    }
  }

  // The members of a numbered group that is the subject of a verb of
  // signing or agreeing anywhere in sentence s, right before it or its
  // auxiliary ("since the two companies signed their merger agreement",
  // "lorsque les deux pays ont conclu l'accord"). Empty when none.
  std::vector<int> GroupBeforeAgreementVerb(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    if (!(sent.lex & Lexicon::kAgreementCue)) return {};
    // The group's count word first (rare), then the verb after the group.
    static const WordList kVerbs{"signed", "signé", "signée", "signés", "concluded", "conclu", "conclue", "agreed",
                                 "finalised", "finalized", "finalisé", "reached", "paraphé", "initialled", "initialed",
                                 "negotiated", "négocié", "ratified", "ratifié"};
    for (uint32_t x = sent.begin + 1; x + 2 < sent.end; ++x) {
      if (!GroupCount(toks_[x].lower)) continue;
      uint32_t len = 0;
      std::vector<int> group = ResolveGroupReference(doc_, x, &len);
      if (group.empty()) continue;
      uint32_t v = x + len;
      while (v < sent.end && v < x + len + 3 &&
             In(toks_[v].lower, {"have", "has", "had", "ont", "avaient", "auront", "also", "finally", "just",
                                 "already", "enfin", "déjà", "finalement"}))
        ++v;
      if (v < sent.end && kVerbs.Has(toks_[v].lower)) return group;
    }
    return {};
  }

  // The entities of a sentence that opens on a list of two or more
  // subjects ("X and Y", "X, Y and Z", "le gouvernement de X et la
  // rébellion de Y", "Colombia's government and the ELN"), people standing
  // for the country of their nationality or role. Empty otherwise.
  std::vector<int> SubjectList(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    // "The three countries are drafting …", "Les deux pays négocient …";
    // "…, since the two companies signed their merger agreement".
    {
      uint32_t end = 0;
      std::vector<int> group = OpeningGroupReference(doc_, s, &end);
      if (group.size() >= 2) return group;
      group = GroupBeforeAgreementVerb(s);
      if (group.size() >= 2) return group;
    }
    uint32_t k = sent.begin;
    // "Selon Reuters, …", "In Doha, …": no subject.
    if (k < sent.end && In(toks_[k].lower, {"selon", "according", "d'après", "in", "at", "à", "en", "dans", "after",
                                            "après", "for", "pour", "while", "when", "lors", "since", "depuis",
                                            "ahead", "before", "during", "avant", "pendant", "durant", "like", "comme"}))
      return {};
    std::vector<int> list;
    uint32_t x = k;
    bool joined_by_and = false;
    while (x < sent.end) {
      // Up to six determiners, nouns and adjectives before the next subject
      // ("the centrist", "la rébellion de l'", "Delegations from the").
      int m = -1, e = -1;
      for (uint32_t limit = x + 8; x < sent.end && x < limit; ++x) {
        m = doc_.MentionAt(x);
        if (m >= 0) break;
        const Token& t = toks_[x];
        // "le gouvernement colombien", "the Colombian government": the
        // country, when the article names it.
        bool government_before = x > sent.begin && GovernmentNoun(toks_[x - 1].lower);
        bool government_after = x + 1 < sent.end && GovernmentNoun(toks_[x + 1].lower);
        if ((government_before || government_after) && (e = DemonymCountry(t.lower)) >= 0) {
          x += government_after ? 2 : 1;
          break;
        }
        if (t.lower == "("sv) continue;  // "l'Appel chrétien-démocrate (CDA)"
        // "Mediators from Egypt, Qatar and Turkey shuttled between the two
        // delegations": mediators are not the negotiating parties.
        if (In(t.lower, {"mediator", "mediators", "médiateur", "médiateurs", "médiatrice", "médiatrices", "mediation",
                         "médiation", "facilitators", "facilitateurs", "guarantors", "garants"}))
          return {};
        if (!t.Is(kWord) || t.Is(kNumber) || (t.lex & Lexicon::kVerb) ||
            ((t.lex & Lexicon::kNegotiation) && !(list.empty() && In(t.lower, {"negotiators", "négociateurs"}))) ||
            (Stop(t) && !Det(t.lower) && !In(t.lower, {"of", "from", "for", "pour"})))
          return {};
      }
      if (m >= 0) {
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        e = mm.entity;
        if (e >= 0 && mm.type == EntityType::kPerson) {
          e = CountryOf(e);
          // "Le président serbe Aleksandar Vučić", "Kosovo's prime minister X".
          for (uint32_t y = mm.begin; e < 0 && y > sent.begin && y + 4 > mm.begin;) {
            --y;
            e = DemonymCountry(toks_[y].lower);
          }
        }
        x = mm.end;
        if (x < sent.end && toks_[x].lower == ")"sv) ++x;
      }
      if (e < 0 || std::find(list.begin(), list.end(), e) != list.end()) return {};
      list.push_back(e);
      if (x < sent.end && toks_[x].lower == "("sv && x + 2 < sent.end && toks_[x + 2].lower == ")"sv) x += 3;
      // "Colombia's government", "Iran's delegation", "the ELN guerrilla group".
      if (x < sent.end && In(toks_[x].lower, {"'s", "’s"})) ++x;
      for (uint32_t n = 0; n < 2 && x < sent.end && toks_[x].Is(kWord) && !toks_[x].Is(kCap) &&
                           !Stop(toks_[x]) && !(toks_[x].lex & (Lexicon::kNegotiation | Lexicon::kVerb));
           ++n)
        ++x;
      if (x < sent.end && toks_[x].lower == ","sv) {
        ++x;
        joined_by_and = false;
        if (x < sent.end && In(toks_[x].lower, {"and", "et"})) ++x, joined_by_and = true;
        continue;
      }
      if (x < sent.end && In(toks_[x].lower, {"and", "et"})) {
        ++x;
        joined_by_and = true;
        continue;
      }
      break;
    }
    // The list ends on "and Y" / "et Y": "X, who …" is no list.
    if (list.size() < 2 || !joined_by_and) return {};
    return list;
  }

  // The parties of a sentence whose subject is a pair ("Le président serbe
  // Aleksandar Vučić et le Premier ministre kosovar Albin Kurti se sont
  // séparés sans avoir signé la feuille de route", "Delegations from the
  // SAF and the RSF … to finalise a humanitarian truce"): people stand for
  // their country when the article names it. Empty when the sentence does
  // not open on such a pair.
  std::vector<int> SubjectPair(uint32_t s) const {
    // "The two countries are negotiating …", "Les deux camps ont signé …".
    {
      uint32_t end = 0;
      std::vector<int> group = OpeningGroupReference(doc_, s, &end);
      if (group.size() == 2) return group;
    }
    const Sentence& sent = doc_.sentences[s];
    uint32_t k = sent.begin;
    // "Delegations from X and Y", "les délégations de X et de Y".
    uint32_t j = k;
    while (j < sent.end && j < k + 3 && In(toks_[j].lower, {"the", "les", "la", "le", "des"})) ++j;
    if (j + 1 < sent.end && In(toks_[j].lower, {"delegations", "délégations", "representatives", "représentants",
                                                 "negotiators", "négociateurs", "envoys", "émissaires"}) &&
        In(toks_[j + 1].lower, {"from", "of", "de", "du", "des", "d'"}))
      k = j + 2;
    std::vector<int> pair;
    int first = -1;
    uint32_t x = k;
    for (; x < sent.end && x < k + 8; ++x) {
      int m = doc_.MentionAt(x);
      if (m >= 0) {
        first = m;
        break;
      }
      if (!toks_[x].Is(kWord) || toks_[x].Is(kNumber)) return {};
    }
    if (first < 0) return {};
    const Mention& a = doc_.mentions[static_cast<size_t>(first)];
    uint32_t y = a.end;
    if (y < sent.end && toks_[y].lower == "("sv) y += 3;  // "(SAF)"
    if (y >= sent.end || !In(toks_[y].lower, {"and", "et"})) return {};
    int second = -1;
    for (uint32_t z = y + 1; z < sent.end && z < y + 8; ++z) {
      int m = doc_.MentionAt(z);
      if (m >= 0) {
        second = m;
        break;
      }
      if (!toks_[z].Is(kWord) || toks_[z].Is(kNumber) || (toks_[z].lex & Lexicon::kNegotiation)) return {};
    }
    if (second < 0) return {};
    const Mention& b = doc_.mentions[static_cast<size_t>(second)];
    for (const Mention* m : {&a, &b}) {
      int e = m->entity;
      if (e < 0) return {};
      if (m->type == EntityType::kPerson) e = CountryOf(e);
      if (e < 0 || std::find(pair.begin(), pair.end(), e) != pair.end()) return {};
      pair.push_back(e);
    }
    return pair;
  }

  static bool GovernmentNoun(std::string_view l) {
    return In(l, {"gouvernement", "government", "délégation", "delegation", "autorités", "authorities", "side",
                  "camp"});
  }

  // The country entity named in the article for a demonym ("colombien",
  // "Colombian"), or -1.
  int DemonymCountry(const std::string& word) const {
    auto d = lex_.demonyms.find(word);
    if (d == lex_.demonyms.end()) return -1;
    return CountryEntity(d->second);
  }

  // The country entity named in the article with this ISO code, or -1.
  int CountryEntity(const std::string& code) const {
    return CountryEntityOf(doc_, code);
  }

  // The two parties a hyphenated compound names ("EU-Mercosur",
  // "US-Ukraine", "Israel-Hamas"): each part a name or alias of an entity of
  // the article (not a person) or a demonym of a country it names. Empty
  // when the token is itself a name ("Congo-Kinshasa") or a part is unknown.
  std::vector<int> HyphenPair(uint32_t k) const {
    std::string_view text = std::string_view(doc_.text).substr(toks_[k].start, toks_[k].end - toks_[k].start);
    size_t dash = text.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= text.size() || text.find('-', dash + 1) != std::string::npos)
      return {};
    if (doc_.MentionCovering(k) >= 0) return {};
    std::vector<int> pair;
    for (std::string_view part : {text.substr(0, dash), text.substr(dash + 1)}) {
      std::string key = FoldKey(part);
      int found = -1;
      for (size_t e = 0; e < doc_.entities.size() && found < 0; ++e) {
        const Entity& en = doc_.entities[e];
        if (en.dropped || en.type == EntityType::kPerson || en.mentions.empty()) continue;
        if (FoldKey(en.name) == key) found = static_cast<int>(e);
        for (const std::string& a : en.aliases)
          if (found < 0 && FoldKey(a) == key) found = static_cast<int>(e);
      }
      if (found < 0) found = DemonymCountry(LowerKey(part));
      if (found < 0 || std::find(pair.begin(), pair.end(), found) != pair.end()) return {};
      pair.push_back(found);
    }
    return pair;
  }

  // The organisation or country a sentence opens on ("Le Mercosur, a-t-il
  // ajouté, a …", "Canada has …"), or -1.
  int SentenceSubject(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    uint32_t k = sent.begin;
    if (k + 1 < sent.end && Det(toks_[k].lower) && doc_.MentionAt(k) < 0) ++k;
    int m = doc_.MentionAt(k);
    if (m < 0) return -1;
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    if (mm.type != EntityType::kOrganization && mm.type != EntityType::kPlace) return -1;
    return mm.entity;
  }

  // A participle of agreeing on a text ("conclu", "agreed", "struck").
  static bool ParticipleOfAgreeing(std::string_view l) {
    return In(l, {"conclu", "conclue", "conclus", "conclues", "agreed", "concluded", "reached", "struck", "brokered",
                  "paraphé", "paraphée", "scellé", "scellée", "signed", "signé", "signée"});
  }

  // The country entity named in the article for a person's nationality, or -1.
  int CountryOf(int person) const {
    const Entity& p = doc_.entities[static_cast<size_t>(person)];
    std::string code = p.nationality;
    // Else a demonym in a role ("Premier ministre croate").
    for (size_t r = 0; r < p.roles.size() && code.empty(); ++r) {
      std::string word, role = LowerKey(p.roles[r]) + " ";
      for (char c : role) {
        if (c != ' ') {
          word.push_back(c);
          continue;
        }
        auto d = lex_.demonyms.find(word);
        if (d != lex_.demonyms.end()) code = d->second;
        word.clear();
      }
    }
    if (code.empty()) return -1;
    return CountryEntityOf(doc_, code);
  }

  // The negotiating party named by the mention starting at token k, or -1:
  // a country, a city standing for its government ("Kiev sent … to
  // Moscow"), or an organisation; not a person.
  int PartyAt(uint32_t k) const {
    int m = doc_.MentionAt(k);
    if (m < 0) return -1;
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    if (mm.entity < 0 || mm.type == EntityType::kPerson) return -1;
    if (mm.type == EntityType::kPlace &&
        (mm.place < 0 || !In(lex_.places[static_cast<size_t>(mm.place)].kind, {"country", "city"})))
      return -1;
    return mm.entity;
  }

  // The party opening sentence s as its subject (past a determiner), or -1.
  int OpeningParty(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    uint32_t b = sent.begin;
    while (b < sent.end && In(toks_[b].lower, {"the", "le", "la", "l'"})) ++b;
    return b < sent.end ? PartyAt(b) : -1;
  }

  // The country a document is ascribed to in sentence s, or -1: the
  // possessor right before its name ("Kenya's draft memorandum") or a
  // demonym inside it ("le projet de mémorandum kényan"), a country the
  // article names.
  int Author(const DocumentFact& df, uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t k = sent.begin; k < sent.end; ++k) {
      if (toks_[k].start < df.span_start) {
        if (toks_[k].end <= df.span_start && k + 1 < sent.end && toks_[k + 1].start >= df.span_start &&
            toks_[k].lower == "'s"sv && k > sent.begin) {
          int m = doc_.MentionCovering(k - 1);
          if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPerson &&
              doc_.mentions[static_cast<size_t>(m)].entity >= 0)
            return doc_.mentions[static_cast<size_t>(m)].entity;
        }
        continue;
      }
      if (toks_[k].end > df.span_stop) break;
      // (English writes its demonyms with a capital: "the Kenyan draft".)
      if (toks_[k].Is(kWord) && (doc_.en || !toks_[k].Is(kCap)))
        if (int c = DemonymCountry(toks_[k].lower); c >= 0) return c;
    }
    return -1;
  }

  // The author and the recipient of a text handed over in sentence s: the
  // subject opening the sentence (a country or a body, not governed by a
  // preposition) and the one after a verb of handing over, as its indirect
  // object ("to/à X") or its object before "with" ("presented X with");
  // empty when either is missing or they are the same.
  std::vector<int> HandedOver(uint32_t s) const {
    static const WordList kHanding{"presented", "handed", "submitted", "sent",   "transmitted", "delivered",
                                   "remis",     "remet",  "présenté",  "soumis", "transmis",    "envoyé",
                                   "adressé",   "remettra", "soumettra", "transmettra"};
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t k = sent.begin + 1; k + 2 < sent.end; ++k) {
      if (!kHanding.Has(toks_[k].lower)) continue;
      int author = OpeningParty(s);
      if (author < 0) return {};
      int recipient = -1;
      for (uint32_t x = k + 1; x < sent.end && x < k + 14 && recipient < 0; ++x) {
        if (toks_[x].Is(kPunct)) break;
        if (!In(toks_[x].lower, {"to", "à", "au", "aux"})) continue;
        uint32_t y = x + 1;
        if (y < sent.end && In(toks_[y].lower, {"the", "la", "le", "l'"})) ++y;
        if (y < sent.end) recipient = PartyAt(y);
      }
      if (recipient < 0 && In(toks_[k].lower, {"presented", "handed"})) {
        uint32_t y = k + 1;
        if (y < sent.end && In(toks_[y].lower, {"the"})) ++y;
        int m = y < sent.end ? doc_.MentionAt(y) : -1;
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].end < sent.end &&
            toks_[doc_.mentions[static_cast<size_t>(m)].end].lower == "with"sv)
          recipient = PartyAt(y);
      }
      if (recipient >= 0 && recipient != author) return {author, recipient};
      return {};
    }
    return {};
  }

  void Negotiated(uint32_t s, const std::vector<int>& docs) {
    const Sentence& sent = doc_.sentences[s];
    // A subject pair that signs, negotiates or finalises the documents.
    // Also a pair that disagrees over them ("remain divided over the protocol", "are at odds over",
    // "restent divisés sur", "achoppent sur").
    static const WordList kMaking{"sign", "signer", "finalise", "finalize", "finaliser", "conclude", "conclure",
                                  "concluded", "conclu", "ratify", "ratifier", "agreed", "agree", "convenu",
                                  "conviennent", "reached", "reach", "parvenu", "parvenus", "parvenue", "parvenues",
                                  "divided", "divisés", "divisées", "odds", "disagree", "disagreed", "differ",
                                  "clash", "clashed", "achoppent", "achoppé", "désaccord"};
    bool making = false;
    for (uint32_t k = sent.begin; k < sent.end && !making; ++k)
      making = ((toks_[k].lex & Lexicon::kNegotiation) && !toks_[k].Is(kCap) &&
                !In(toks_[k].lower, {"talks", "discussions", "négociations", "negotiations", "pourparlers"})) ||
               kMaking.Has(toks_[k].lower);
    // "The EU signed a contribution agreement with the World Bank", "l'accord
    // conclu par Ottawa avec Washington": the subject and the party after
    // with/avec.
    if (making) {
      for (int d : docs) {
        const DocumentFact& df = doc_.documents[static_cast<size_t>(d)];
        uint32_t after = sent.end;
        for (uint32_t k = sent.begin; k < sent.end; ++k)
          if (toks_[k].start >= df.span_stop && toks_[k].start < df.span_stop + 2) after = k;
        if (after >= sent.end || !In(toks_[after].lower, {"with", "avec"})) continue;
        std::vector<int> with = Parties(after, sent.end);
        int subject = -1;
        for (uint32_t k = sent.begin; k < sent.end && toks_[k].start < df.span_start && subject < 0; ++k) {
          int m = doc_.MentionAt(k);
          if (m < 0) continue;
          const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
          if (mm.type != EntityType::kPerson && mm.entity >= 0 &&
              (k == sent.begin || !In(toks_[k - 1].lower, {"in", "at", "à", "en", "of", "de", "du", "by", "par", "to",
                                                          "from", "on", "sur", "selon", "according"})))
            subject = mm.entity;
          k = mm.end - 1;
        }
        if (with.size() == 1 && subject >= 0 && with[0] != subject) AddParties({d}, {subject, with[0]}, s);
      }
    }
    if (making) {
      std::vector<int> pair = SubjectPair(s);
      if (pair.size() == 2) {
        AddParties(docs, pair, s);
        return;
      }
    }
    // "Kenya presented Ethiopia with a draft memorandum", "Le Kenya a remis à l'Éthiopie un projet de
    // mémorandum", "Kiev sent its counter-proposal to Moscow": who hands a text over and who receives it
    // negotiate it.
    if (std::vector<int> pair = HandedOver(s); pair.size() == 2) AddParties(docs, pair, s);
    // "Ethiopia rejected Kenya's draft memorandum", "L'Éthiopie a rejeté le projet de mémorandum kényan":
    // the author the text is ascribed to and the subject answering it negotiate it.
    for (int d : docs) {
      int author = Author(doc_.documents[static_cast<size_t>(d)], s);
      int subject = author >= 0 ? OpeningParty(s) : -1;
      if (subject >= 0 && subject != author) AddParties({d}, {subject, author}, s);
    }
    // "the EU-Mercosur trade agreement", "the Israel-Hamas ceasefire": the
    // pair the name holds.
    for (int d : docs) {
      const DocumentFact& df = doc_.documents[static_cast<size_t>(d)];
      for (uint32_t k = sent.begin; k < sent.end; ++k)
        if (toks_[k].start >= df.span_start && toks_[k].end <= df.span_stop) {
          std::vector<int> pair = HyphenPair(k);
          if (pair.size() == 2) AddParties({d}, pair, s);
        }
    }
    // "l'accord de libre-échange entre l'Union européenne et le Mercosur".
    for (int d : docs) {
      const DocumentFact& df = doc_.documents[static_cast<size_t>(d)];
      for (uint32_t k = sent.begin; k + 1 < sent.end; ++k)
        if (toks_[k].end == df.span_stop || (toks_[k].end <= df.span_stop && toks_[k + 1].start > df.span_stop)) {
          // "l'accord conclu entre X et Y", "the Cairo framework agreed
          // between Iran and the agency": a participle may stand between.
          uint32_t j = k + 1;
          if (j + 1 < sent.end && ((toks_[j].lex & Lexicon::kNegotiation) || ParticipleOfAgreeing(toks_[j].lower)) &&
              In(toks_[j + 1].lower, {"entre", "between"}))
            ++j;
          if (In(toks_[j].lower, {"entre", "between"})) {
            auto p = Parties(j, sent.end);
            if (p.size() >= 2) AddParties({d}, p, s);
          }
          // "le texte négocié par Paris avec Berlin", "the deal struck by
          // Ottawa with Washington".
          if (j + 2 < sent.end && ((toks_[j].lex & Lexicon::kNegotiation) || ParticipleOfAgreeing(toks_[j].lower)) &&
              In(toks_[j + 1].lower, {"par", "by"})) {
            std::vector<int> by = Parties(j + 1, sent.end);
            uint32_t w = j + 2;
            while (w < sent.end && w < j + 10 && !In(toks_[w].lower, {"avec", "with"})) ++w;
            if (by.size() == 1 && w < sent.end && In(toks_[w].lower, {"avec", "with"})) {
              std::vector<int> with = Parties(w, sent.end);
              if (with.size() == 1 && with[0] != by[0]) AddParties({d}, {by[0], with[0]}, s);
            }
          }
          // "the agreement on player welfare that the Premier League and the
          // PFA signed in March", "la convention que doivent signer la Ville,
          // la Région et SNCF Réseau": a relative clause of signing or
          // negotiating whose subject is a list of parties.
          if (In(toks_[j].lower, {"que", "qu'", "that", "which"})) {
            bool agreeing = false;
            for (uint32_t x = j + 1; x < sent.end && x < j + 14 && !agreeing; ++x)
              agreeing = ParticipleOfAgreeing(toks_[x].lower) ||
                         ((toks_[x].lex & Lexicon::kNegotiation) && !toks_[x].Is(kCap)) ||
                         In(toks_[x].lower, {"sign", "signs", "signer", "signent", "signeront", "negotiate",
                                             "négocier", "conclude", "conclure", "ratify", "ratifier"});
            if (agreeing) {
              std::vector<int> p = Parties(j, sent.end);
              if (p.size() >= 2) AddParties({d}, p, s);
            }
          }
          // "Le Mercosur a d'autres options, à commencer par l'accord signé
          // en septembre avec l'AELE", "Ottawa points to the deal signed last
          // year with Seoul": the sentence's subject and the party after
          // "avec/with", a few plain words after the participle.
          if (j + 1 < sent.end && ParticipleOfAgreeing(toks_[j].lower)) {
            uint32_t w = j + 1;
            while (w < sent.end && w < j + 5 && !In(toks_[w].lower, {"avec", "with", ",", "par", "by"})) ++w;
            if (w < sent.end && In(toks_[w].lower, {"avec", "with"})) {
              std::vector<int> with = Parties(w, sent.end);
              int subject = SentenceSubject(s);
              if (with.size() == 1 && subject >= 0 && subject != with[0]) AddParties({d}, {subject, with[0]}, s);
            }
          }
          break;
        }
    }
    // "the deal being hammered out by Israel and Hamas", "the text drafted by Egypt and Qatar", "le projet
    // rédigé par la France et l'Allemagne": the authors listed after a participle of drafting.
    for (uint32_t k = sent.begin; k + 2 < sent.end; ++k) {
      uint32_t by = k + 1;
      if (In(toks_[k].lower, {"hammered", "worked", "drawn", "thrashed"}) && In(toks_[k + 1].lower, {"out", "up"})) ++by;
      else if (!In(toks_[k].lower, {"drafted", "rédigé", "rédigée", "rédigés", "rédigées", "élaboré", "élaborée",
                                    "élaborés", "élaborées"}))
        continue;
      if (by + 1 >= sent.end || !In(toks_[by].lower, {"by", "par"})) continue;
      std::vector<int> authors = Parties(by, sent.end);
      if (authors.size() >= 2) {
        AddParties(docs, authors, s);
        return;
      }
    }
    bool negotiation = false;
    for (uint32_t k = sent.begin; k < sent.end; ++k) {
      if (!(toks_[k].lex & Lexicon::kNegotiation)) continue;
      negotiation = true;
      uint32_t j = k + 1;
      while (j < sent.end && j < k + 14 && !In(toks_[j].lower, {"entre", "between"})) ++j;
      if (j >= sent.end || !In(toks_[j].lower, {"entre", "between"})) {
        // "signed by X and Y", "signé par X et Y".
        if (k + 1 < sent.end && In(toks_[k].lower, {"signed", "signé", "signée", "signés", "signées"}) &&
            In(toks_[k + 1].lower, {"by", "par"})) {
          std::vector<int> signatories = Parties(k + 1, sent.end);
          if (signatories.size() >= 2) {
            AddParties(docs, signatories, s);
            return;
          }
        }
        // "Iran is negotiating with the United States …", "talks with X on …":
        // the subject and the party after with/avec.
        uint32_t w = k + 1;
        while (w < sent.end && w < k + 3 && !In(toks_[w].lower, {"with", "avec"})) ++w;
        std::vector<int> with_party;
        if (w < sent.end && In(toks_[w].lower, {"with", "avec"})) with_party = Parties(w, sent.end);
        // "Kyiv and Moscow are negotiating a …", "Paris et Berlin négocient …": the subjects.
        std::vector<int> subjects;
        for (uint32_t x = k; x > sent.begin && x + 10 > k;) {
          --x;
          const std::string& l = toks_[x].lower;
          int m = doc_.MentionCovering(x);
          if (m >= 0) {
            const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
            // "Lundi, à Oslo, la Norvège et l'Islande ont signé …", "In Oslo,
            // Norway and Iceland signed …": a place after a preposition opens
            // the sentence, it is no subject.
            if (mm.begin > sent.begin &&
                In(toks_[mm.begin - 1].lower, {"à", "au", "aux", "in", "at", "en", "dans", "from", "depuis", "since"}))
              break;
            if (mm.entity >= 0 && std::find(subjects.begin(), subjects.end(), mm.entity) == subjects.end())
              subjects.push_back(mm.entity);
            x = mm.begin;
            continue;
          }
          if (!In(l, {"and", "et", ",", "the", "le", "la", "les", "l'", "are", "were", "have", "has", "had", "is",
                      "ont", "sont", "still", "encore", "continuent", "de", "d'", "been", "'s", "’s"}))
            break;
        }
        if (subjects.size() == 1 && with_party.size() == 1 && with_party[0] != subjects[0] && !toks_[k].Is(kCap)) {
          subjects.push_back(with_party[0]);
          AddParties(docs, subjects, s);
          return;
        }
        if (subjects.size() >= 2 && !toks_[k].Is(kCap) && toks_[k].lower != "négociations"sv &&
            toks_[k].lower != "negotiations"sv && toks_[k].lower != "talks"sv && toks_[k].lower != "discussions"sv) {
          AddParties(docs, subjects, s);
          return;
        }
        continue;
      }
      std::vector<int> parties = Parties(j, sent.end);
      // "between the Executive and the Treasury" with one side no name the
      // article gives: the named side alone (the article's sides are no
      // better guess for a pair the text states).
      if (parties.size() == 1 && UnnamedPartner(j, sent.end)) {
        AddParties(docs, parties, s);
        return;
      }
      if (parties.size() < 2) continue;
      AddParties(docs, parties, s);
      return;
    }
    // Negotiation talk about documents without naming the parties: those of
    // the latest "négociations entre X et Y" nearby.
    if (negotiation && !last_parties_.empty() && s <= last_parties_sentence_ + 3) AddParties(docs, last_parties_, s);
  }

  Document& doc_;
  std::vector<Token>& toks_;
  const Lexicon& lex_;
  // The document whose other names may follow (KnownAs): its index, the
  // sentence, and the last token where such a name may start.
  int known_as_ = -1;
  uint32_t known_as_sentence_ = 0, known_as_end_ = 0;
};

}  // namespace

void FindDocuments(Document* doc) {
  doc->documents.clear();
  DocumentFinder(doc).Run();
}

}  // namespace kg::ingest
