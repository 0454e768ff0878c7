// Stage 5: statements (direct quotes and reported speech) and their speakers.
//
// Direct quotes (« », “ ”, " ") with the attribution after them ("», a
// déclaré X", "», a-t-il ajouté", "," X said"), before them ("X a déclaré :
// «"), split around it, or none (a quote continuing the previous speaker's).
// Reported speech: "X a déclaré que", "X said (that)", "selon X", "d'après
// X", "according to X", and content-first "…, a déclaré X". Speakers given
// by pronouns and descriptions are resolved by ResolveReference.
#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

bool Aux(std::string_view l) {
  static const WordList kAux = {
      "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "avoir", "has", "had", "have", "n'", "ne",
      "also", "then", "later", "again", "will", "would", "pas", "lui", "leur", "se", "s'", "est", "a-t", "had",
      "l'"};  // (an object pronoun: "X l'assure :", "X l'a répété")
  return kAux.Has(l);
}

bool Adverb(const Token& t) {
  static const WordList kAdv = {"ensuite", "encore", "aussi", "déjà", "également", "alors",
                                                       "publicly", "previously", "repeatedly", "recently",
                                                       "then", "further", "later", "still", "himself", "herself",
                                                       "itself", "themselves", "lui-même", "elle-même", "personally",
                                                       "personnellement", "toutefois", "cependant", "néanmoins",
                                                       "pourtant", "however", "nevertheless"};
  if (!t.Is(kWord) || t.Is(kCap)) return false;
  const std::string& l = t.lower;
  if (kAdv.Has(l)) return true;
  return (l.size() > 5 && (l.compare(l.size() - 4, 4, "ment") == 0 || l.compare(l.size() - 2, 2, "ly") == 0));
}

bool In3(std::string_view l, std::string_view a, std::string_view b, std::string_view c) { return l == a || l == b || l == c; }

bool Determiner(std::string_view l) {
  return l == "le"sv || l == "la"sv || l == "l'"sv || l == "les"sv || l == "un"sv || l == "une"sv || l == "the"sv || l == "a"sv ||
         l == "an"sv || l == "ce"sv || l == "cette"sv || l == "son"sv || l == "sa"sv;
}

bool Introducer(std::string_view l) {
  return l == "de"sv || l == "du"sv || l == "des"sv || l == "d'"sv || l == "au"sv || l == "aux"sv || l == "à"sv || l == "of"sv ||
         l == "at"sv || l == "for"sv || l == "to"sv;
}

struct VerbGroup {
  bool ok = false;
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
  int pronoun = -1;             // inverted pronoun token ("a-t-il")
  std::string verb;             // auxiliaries and verb as written, pronoun left out
};

class StatementFinder {
 public:
  explicit StatementFinder(Document* doc) : doc_(*doc), toks_(doc->tokens), lex_(Lexicon::Get()) {}

  void Run() {
    // Paragraphs (lines) by sentence: a sentence whose first token follows a line break opens one.
    para_.assign(doc_.sentences.size(), 0);
    for (uint32_t s = 1; s < doc_.sentences.size(); ++s)
      para_[s] = para_[s - 1] + (toks_[doc_.sentences[s].begin].Is(kNewlineBefore) ? 1 : 0);
    IndexTokens();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      used_.assign(doc_.sentences[s].end - doc_.sentences[s].begin, false);
      Quotes(s);
      Reported(s);
    }
    Interview();
  }

 private:
  bool Used(uint32_t s, uint32_t k) const { return used_[k - doc_.sentences[s].begin]; }

  // w == lit, compared inline (a fixed-size memcmp: a few integer comparisons).
  template <size_t N>
  [[gnu::always_inline]] static bool Is(std::string_view w, const char (&lit)[N]) {
    return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
  }
  // Lists the opening quotation marks in quote_opens_ (for Quotes), and sets reported_cue_[k] for each token k at which Reported may find a statement: a word that opens a source
  // marker ("selon", "d'après", "according to", "aux yeux de", "in the eyes of", "pour X,", "à ses yeux", "by its
  // estimate", "a-t-on appris", "quoted as saying"), a word that may start a reporting verb, a word one or two
  // tokens before "que/qu'/that" (or before "à ce que"), or a French infinitive in -er (or "dire") after
  // "à/de/d'". A superset of the tokens Reported acts on (its own tests are exact and bounded by the sentence):
  // every other token it passes over. One pass, each word's size and bytes compared inline.
  void IndexTokens() {
    const size_t n = toks_.size();
    reported_cue_.assign(n, 0);
    quote_opens_.clear();
    for (size_t k = 0; k < n; ++k) {
      const Token& t = toks_[k];
      if (t.Is(kQuoteOpen)) quote_opens_.push_back(static_cast<uint32_t>(k));
      const std::string_view l = t.lower;
      bool cue = (t.lex & Lexicon::kVerbStart) && !t.Is(kCap);
      switch (l.size()) {
        case 2:
          cue |= Is(l, "d'") || Is(l, "in") || Is(l, "by") || Is(l, "à");
          break;
        case 3:
          if (Is(l, "que") || Is(l, "qu'")) {
            MarkBeforeQue(k);
            break;
          }
          cue |= Is(l, "aux") || Is(l, "for");
          break;
        case 4:
          if (Is(l, "that")) MarkBeforeQue(k);
          cue |= Is(l, "pour");
          break;
        case 5:
          cue |= Is(l, "selon");
          break;
        case 6:
          cue |= Is(l, "appris") || Is(l, "quoted");
          break;
        case 9:
          cue |= Is(l, "according");
          break;
        default:
          break;
      }
      if (!cue && doc_.fr && k > 0 && (Is(l, "dire") || (l.size() > 4 && l.ends_with("er"sv))) && t.Is(kWord) &&
          !t.Is(kCap)) {
        const std::string_view p = toks_[k - 1].lower;
        cue = Is(p, "à") || Is(p, "de") || Is(p, "d'");
      }
      reported_cue_[k] |= cue;
    }
  }
  // IndexTokens for a "que/that" at token q: the one or two tokens before it (a verb taking the clause,
  // past an adverb), or the verb of "à ce que".
  void MarkBeforeQue(size_t q) {
    if (q >= 1) reported_cue_[q - 1] = 1;
    if (q >= 2) reported_cue_[q - 2] = 1;
    if (q >= 3 && Is(toks_[q - 1].lower, "ce") && Is(toks_[q - 2].lower, "à")) reported_cue_[q - 3] = 1;
  }
  void Use(uint32_t s, uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k) used_[k - doc_.sentences[s].begin] = true;
  }

  // A verb group starting at k: auxiliaries, adverbs, an inverted pronoun, a reporting verb.
  VerbGroup ParseVerb(uint32_t k, uint32_t limit) const {
    VerbGroup g;
    g.begin = k;
    uint32_t j = k;
    std::vector<uint32_t>& kept = kept_;  // the tokens of g.verb
    kept.clear();
    for (int guard = 0; j < limit && guard < 6; ++guard) {
      const Token& t = toks_[j];
      uint32_t len;
      if (IsReportingVerbAt(doc_, j, limit, &len)) {
        for (uint32_t x = j; x < j + len; ++x) kept.push_back(x);
        j += len;
        if (j < limit && toks_[j].Is(kInverted)) g.pronoun = static_cast<int>(j++);
        g.ok = true;
        break;
      }
      if (t.Is(kInverted)) {
        g.pronoun = static_cast<int>(j++);
        continue;
      }
      // "sourit-il", "s'amuse-t-elle", "tranche-t-il": a French verb with its subject pronoun inverted after it
      // is a verb of saying by its construction, listed or not (an auxiliary's inversion, "a-t-il", is not).
      if (j + 1 < limit && toks_[j + 1].Is(kInverted) && t.Is(kWord) && !t.Is(kCap) && !t.Is(kNumber) && !Aux(t.lower)) {
        kept.push_back(j);
        g.pronoun = static_cast<int>(j + 1);
        j += 2;
        g.ok = true;
        break;
      }
      if (t.lower == "en"sv && (j == k || (j == k + 1 && toks_[k].lower == "tout"sv)) && j + 1 < limit &&
          Participle(toks_[j + 1].lower)) {
        ++j;  // "en ajoutant que", "tout en soulignant que": a gerund
        continue;
      }
      if (t.lower == "tout"sv && j == k && j + 2 < limit && toks_[j + 1].lower == "en"sv) {
        ++j;
        continue;
      }
      if ((t.lower == "elle"sv || t.lower == "lui"sv || t.lower == "eux"sv || t.lower == "elles"sv) && j + 1 < limit &&
          toks_[j + 1].lower == "aussi"sv) {
        j += 2;  // "a elle aussi jugé"
        continue;
      }
      if (Aux(t.lower)) {
        if (t.lower != "n'"sv && t.lower != "ne"sv && t.lower != "pas"sv) kept.push_back(j);
        ++j;
        continue;
      }
      if (AdverbAt(j)) {
        ++j;
        continue;
      }
      if (uint32_t f = Filler(j, limit)) {
        j += f;
        continue;
      }
      break;
    }
    if (!g.ok) return g;
    g.end = j;
    for (uint32_t x : kept) {
      if (!g.verb.empty()) g.verb.push_back(' ');
      g.verb.append(doc_.TokenText(x));
    }
    return g;
  }

  // An adverb at token j: not a noun in "-ment" after a determiner or a possessive ("the department said",
  // "le gouvernement a déclaré", "in a statement").
  bool AdverbAt(uint32_t j) const {
    if (!Adverb(toks_[j])) return false;
    if (j == 0) return true;
    const std::string& p = toks_[j - 1].lower;
    if (p == "a"sv && !doc_.en) return true;  // "a également jugé": the French auxiliary
    return !(Determiner(p) || Possessive(p) || p == "'s"sv || p == "’s"sv || p == "its"sv || p == "their"sv ||
             p == "leur"sv || p == "du"sv || p == "des"sv);
  }

  // "pour sa part", "de son côté", "for his part": skipped inside verb groups.
  uint32_t Filler(uint32_t j, uint32_t limit) const {
    static constexpr std::string_view kFillers[][3] = {
        {"pour", "sa", "part"}, {"pour", "son", "part"}, {"de", "son", "côté"},
        {"de", "leur", "côté"}, {"for", "his", "part"},  {"for", "her", "part"},
        {"for", "its", "part"}, {"quant", "à", "lui"},   {"quant", "à", "elle"}};
    // (The first words of all the fillers below, compared inline: most words are none of them.)
    if (j >= limit || !In(toks_[j].lower, {"pour", "de", "for", "quant", "par", "en", "à", "once", "in"})) return 0;
    for (const auto& f : kFillers) {
      if (j + 3 > limit) continue;
      if (toks_[j].lower == f[0] && toks_[j + 1].lower == f[1] && toks_[j + 2].lower == f[2]) return 3;
    }
    // "a par ailleurs rappelé", "a en outre souligné", "a de nouveau mis en garde", "has once again said".
    static constexpr std::string_view kPairs[][2] = {{"par", "ailleurs"}, {"en", "outre"},
                                                     {"de", "nouveau"},   {"à", "nouveau"},
                                                     {"once", "again"},   {"in", "turn"}};
    for (const auto& f : kPairs)
      if (j + 2 <= limit && toks_[j].lower == f[0] && toks_[j + 1].lower == f[1]) return 2;
    return 0;
  }
  // Walks back from a verb over auxiliaries, adverbs and fillers: the verb group's first token.
  uint32_t GroupStart(uint32_t k, uint32_t lo) const {
    uint32_t gb = k;
    while (gb > lo) {
      // "La CFDT a elle aussi jugé": an emphatic pronoun before "aussi".
      const std::string& p = toks_[gb - 1].lower;
      if (gb < k && toks_[gb].lower == "aussi"sv && (p == "elle" || p == "lui" || p == "eux" || p == "elles")) {
        --gb;
        continue;
      }
      // Fillers first: "a quant à lui annoncé" ends in "lui", which is also an auxiliary-like pronoun.
      if (gb >= lo + 3 && Filler(gb - 3, gb) == 3) {
        gb -= 3;
        continue;
      }
      // "…, en ajoutant que", "…, tout en soulignant que": the gerund's "en" (and "tout").
      if (gb == k && p == "en"sv && Participle(toks_[k].lower)) {
        --gb;
        if (gb > lo && toks_[gb - 1].lower == "tout"sv) --gb;
        continue;
      }
      if (Aux(toks_[gb - 1].lower) || AdverbAt(gb - 1) || toks_[gb - 1].Is(kInverted)) {
        --gb;
        continue;
      }
      if (gb >= lo + 2 && Filler(gb - 2, gb) == 2) {
        gb -= 2;
        continue;
      }
      break;
    }
    return gb;
  }

  // The speaker named after a verb or after "selon": a mention, or a description.
  int SubjectAfter(uint32_t k, uint32_t limit) const {
    uint32_t b = k;
    while (b < limit && Determiner(toks_[b].lower)) ++b;
    if (b < limit) {
      int e = doc_.EntityAt(b);
      // "said Libra's executive director, Ricardo Figueiredo": the person named after the body's role.
      if (int p = NamedAfterRoleOf(b, limit); p >= 0) return p;
      if (e >= 0 && Speaker(e) && doc_.MentionAt(b) >= 0) return e;
      // "…, a indiqué son cabinet", "…, his office said": the owner is the person the sentence is about.
      if (b > k && OfficeNoun(toks_[b].lower) && Possessive(toks_[b - 1].lower)) return PossessiveOwner(b - 1);
      Gender g;
      if (IsPronoun(toks_[b], &g)) return ResolveReference(doc_, b);
      // "…, the spokesperson added": the body whose spokesperson was named in the three sentences before.
      if (b > k && SpokesNoun(toks_[b].lower)) {
        if (int o = SpokespersonBody(b); o >= 0) return o;
      }
      // "…, said the company."
      if (b > k && IsGenericOrgNoun(toks_[b].lower) && (b + 1 >= limit || !toks_[b + 1].Is(kWord)))
        return ResolveOrgReference(doc_, b);
      // "…, précise le communiqué.", "…, the statement said": the author of the written statement named before.
      if (b > k && WrittenStatementNoun(toks_[b].lower) && (b + 1 >= limit || !toks_[b + 1].Is(kWord))) return AuthorOf(b);
    }
    int fallback = -1;
    int commas = 0;
    for (uint32_t j = b; j < limit && j < b + 16; ++j) {
      const Token& t = toks_[j];
      if (t.lower == "."sv || t.lower == ";"sv || t.Is(kQuoteOpen) || t.lower == "que"sv || t.lower == "qu'"sv ||
          t.lower == "that"sv)
        break;
      if (t.lower == ","sv && ++commas > 1) break;
      if (t.lower == "et"sv || t.lower == "and"sv) break;
      int m = doc_.MentionAt(j);
      if (m < 0) continue;
      int e = doc_.mentions[static_cast<size_t>(m)].entity;
      if (e < 0 || !Speaker(e)) continue;
      uint32_t p = j - 1;
      // (Past a name written right before, "sur France Inter" read as France and Inter.)
      if (int pm = doc_.MentionCovering(p); pm >= 0 && p > b && doc_.mentions[static_cast<size_t>(pm)].begin > b)
        p = doc_.mentions[static_cast<size_t>(pm)].begin - 1;
      if (p > b && (toks_[p].lower == "la"sv || toks_[p].lower == "l'"sv || toks_[p].lower == "the"sv)) --p;
      // (Also the medium or the place of the words: "a martelé mardi sur France Inter la ministre X", "said on
      // CNN", "a déclaré dans Le Monde".)
      bool introduced = j > b && (Introducer(toks_[p].lower) || In(toks_[p].lower, {"sur", "dans", "on", "in", "par",
                                                                                    "by", "avec", "with", "from",
                                                                                    "devant", "auprès"}));
      if (!introduced) return e;
      if (fallback < 0) fallback = e;
    }
    // "a affirmé dimanche sur TF1 la ministre, qui …": a description after the name of a medium or a place
    // (which is no speaker) is.
    if (fallback >= 0) {
      for (uint32_t j = b + 1; j + 1 < limit && j < b + 16; ++j) {
        const std::string& l = toks_[j].lower;
        if (l == "."sv || l == ";"sv || l == ","sv || toks_[j].Is(kQuoteOpen)) break;
        if (!In3(l, "le", "la", "the") || doc_.MentionCovering(j + 1) >= 0) continue;
        if (uint32_t r = RoleAt(doc_, j + 1, limit); r && doc_.MentionAt(j + 1 + r) < 0) {
          int e = ResolveReference(doc_, j);
          if (e >= 0) return e;
        }
      }
    }
    // "…, a précisé la syndicaliste.": a noun shaped like a person's after a definite article, then the end of
    // the clause.
    // (Also "l'" and a French adjective after the noun: "…, déplore la syndicaliste vaudoise.", "…, ajoute
    // l'économiste.")
    auto clause_end = [&](uint32_t x) { return x >= limit || !toks_[x].Is(kWord); };
    if (b == k + 1 && b < limit && (In3(toks_[k].lower, "le", "la", "the") || toks_[k].lower == "l'"sv) &&
        PersonNounShape(toks_[b]) && !RoleAt(doc_, b, limit) &&
        (clause_end(b + 1) || (doc_.fr && !toks_[b + 1].Is(kCap) && doc_.MentionCovering(b + 1) < 0 &&
                               !InLexicon(lex_.weekdays, toks_[b + 1], Lexicon::kWeekday) && clause_end(b + 2))))
      return PersonBefore(b, toks_[k].lower == "la"sv ? Gender::kFemale : toks_[k].lower == "le"sv ? Gender::kMale
                                                                                                 : Gender::kUnknown);
    if (RoleAt(doc_, b, limit) || (b > k && RoleAt(doc_, b, limit))) {
      int e = ResolveReference(doc_, b > k ? b - 1 : b);
      if (e >= 0) return e;
    }
    // "…, prévient la Norvégienne.", "…, a ajouté l'Italien": a French
    // nationality noun after a singular definite article, then the end of
    // the clause, stands for the person of that nationality named before.
    if (fallback < 0 && doc_.fr && b == k + 1 && b < limit && In3(toks_[k].lower, "le", "la", "l'") &&
        toks_[b].Is(kCap) && (toks_[b].lex & Lexicon::kDemonym) && clause_end(b + 1)) {
      int e = ResolveReference(doc_, k);
      if (e >= 0) return e;
    }
    return fallback;
  }

  // The person of "ORG's ROLE, NAME" when a body's (or a country's) mention opens at token b: its
  // possessive, a role phrase (lower-case words holding a role, eight at most), a comma and a person's
  // name. -1 otherwise.
  int NamedAfterRoleOf(uint32_t b, uint32_t limit) const {
    int m = doc_.MentionAt(b);
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson) return -1;
    uint32_t x = doc_.mentions[static_cast<size_t>(m)].end;
    if (x >= limit || (toks_[x].lower != "'s"sv && toks_[x].lower != "’s"sv)) return -1;
    bool role = false;
    for (++x; x < limit && x < b + 12 && toks_[x].lower != ","sv; ++x) {
      if (!toks_[x].Is(kWord) || doc_.MentionCovering(x) >= 0) return -1;
      role |= RoleAt(doc_, x, limit) > 0;
    }
    if (!role || x + 1 >= limit || toks_[x].lower != ","sv) return -1;
    int pm = doc_.MentionAt(x + 1);
    if (pm < 0 || doc_.mentions[static_cast<size_t>(pm)].type != EntityType::kPerson) return -1;
    return doc_.mentions[static_cast<size_t>(pm)].entity;
  }

  // Nouns of a person's or a body's staff that speak for it: "X's office", "son cabinet", "the ELN's delegation".
  static bool OfficeNoun(std::string_view l) {
    return l == "office"sv || l == "cabinet"sv || l == "entourage"sv || l == "team"sv || l == "camp"sv ||
           l == "aides"sv || l == "delegation"sv || l == "délégation"sv || l == "negotiators"sv || l == "négociateurs"sv ||
           l == "services"sv || l == "leadership"sv || l == "spokesperson"sv;
  }

  // Nouns of a person speaking for a body: "spokesperson", "porte-parole".
  static bool SpokesNoun(std::string_view l) {
    return l == "spokesperson"sv || l == "spokesman"sv || l == "spokeswoman"sv || l == "porte-parole"sv;
  }

  // The organisation a spokesperson named at or before token i speaks for ("A UEFA spokesperson", "a
  // spokesman for the ministry"), searched back to the start of the third sentence before; -1 when none.
  int SpokespersonBody(uint32_t i) const {
    uint32_t s = toks_[i].sentence;
    uint32_t lo = doc_.sentences[s >= 3 ? s - 3 : 0].begin;
    for (uint32_t x = i; x-- > lo;) {
      if (!SpokesNoun(toks_[x].lower)) continue;
      // Only an unnamed spokesperson ("a/un … spokesperson"): "X, porte-parole de la Commission" is X later on.
      // (Before the body's name when it qualifies the noun: "a Department of Health and Social Care spokesperson".)
      uint32_t front = x;
      if (int om = x > lo ? doc_.MentionCovering(x - 1) : -1;
          om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
          doc_.mentions[static_cast<size_t>(om)].begin >= lo)
        front = doc_.mentions[static_cast<size_t>(om)].begin;
      bool indefinite = false;
      for (uint32_t d = front > lo + 3 ? front - 3 : lo; d < x; ++d)
        indefinite |= In3(toks_[d].lower, "a", "an", "un") || toks_[d].lower == "une"sv;
      if (!indefinite || (x > lo && toks_[x - 1].lower == ","sv)) return -1;
      int o = x > lo ? doc_.EntityAt(x - 1) : -1;
      if (o < 0 && x + 2 < toks_.size() && In3(toks_[x + 1].lower, "for", "of", "de")) o = doc_.EntityAt(x + 2);
      if (o < 0 && x + 3 < toks_.size() && In3(toks_[x + 1].lower, "for", "of", "de") && Determiner(toks_[x + 2].lower))
        o = doc_.EntityAt(x + 3);
      if (o >= 0 && doc_.entities[static_cast<size_t>(o)].type == EntityType::kOrganization) return o;
      return -1;
    }
    return -1;
  }

  // "Le Portugais", "la Française": a French singular definite article at token d and a capitalised
  // nationality noun after it, not followed by a name.
  bool NationalityNoun(uint32_t d) const {
    if (!doc_.fr || d + 1 >= toks_.size() || !In3(toks_[d].lower, "le", "la", "l'")) return false;
    const Token& n = toks_[d + 1];
    if (!n.Is(kCap) || !InLexicon(lex_.demonyms, n, Lexicon::kDemonym)) return false;
    return d + 2 >= toks_.size() || !toks_[d + 2].Is(kCap);
  }

  static bool Possessive(std::string_view l) {
    return l == "son"sv || l == "sa"sv || l == "ses"sv || l == "his"sv || l == "her"sv || l == "leur"sv || l == "their"sv;
  }

  // The owner of a possessive determiner at token i: the person a subject pronoun of the sentence before i
  // stands for ("Il aurait souhaité …, a indiqué son cabinet"), else the subject of the previous sentence in
  // the paragraph. -1 when none.
  int PossessiveOwner(uint32_t i) const {
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    Gender g;
    for (uint32_t k = sent.begin; k < i; ++k)
      if (IsPronoun(toks_[k], &g) && !toks_[k].Is(kInQuote)) return ResolveReference(doc_, k);
    uint32_t s = toks_[i].sentence;
    if (s == 0 || para_[s - 1] != para_[s]) return -1;
    return LeadingSubject(doc_.sentences[s - 1].begin, doc_.sentences[s - 1].end);
  }

  bool Speaker(int e) const {
    EntityType t = doc_.entities[static_cast<size_t>(e)].type;
    return t == EntityType::kPerson || t == EntityType::kOrganization;
  }

  // "The Competition and Markets Authority (CMA) said", "L'Alliance Fleuve Congo (AFC), …, a dénoncé": an
  // acronym in parentheses after a name. Returns the name's last token when j closes such an acronym, else j.
  uint32_t BeforeAcronym(uint32_t j, uint32_t lo) const {
    // ("Le sénateur X (Centre démocratique) a dénoncé": a party of a few capitalised words.)
    if (toks_[j].lower != ")"sv) return j;
    for (uint32_t o = j; o-- > lo + 1 && o + 6 > j;) {
      if (toks_[o].lower != "("sv) continue;
      if (o + 1 < j && toks_[o + 1].Is(kCap) && doc_.EntityAt(o - 1) >= 0) return o - 1;
      break;
    }
    return j;
  }

  // The speaker before a verb group starting at vb.
  int SubjectBefore(uint32_t vb, uint32_t lo) const {
    if (vb <= lo) return -1;
    uint32_t j = vb - 1;
    j = BeforeAcronym(j, lo);
    if (toks_[j].lower == ","sv) {
      // "The association, whose chief executive, X, followed the talks, said": the antecedent of "whose/dont".
      for (uint32_t w = j; w-- > lo + 1;) {
        uint32_t len;
        if (toks_[w].Is(kQuoteClose) || IsReportingVerbAt(doc_, w, j, &len)) break;
        if ((toks_[w].lower == "whose"sv || toks_[w].lower == "dont"sv) && toks_[w - 1].lower == ","sv) {
          int a = w >= lo + 2 ? doc_.EntityAt(BeforeAcronym(w - 2, lo)) : -1;
          if (a >= 0 && Speaker(a)) return a;
          break;
        }
      }
      // An apposition: "A, porte-parole de B, a déclaré" or "le conseiller de B, A, a déclaré".
      uint32_t c2 = j;
      uint32_t c1 = c2;
      while (c1 > lo && toks_[c1 - 1].lower != ","sv) --c1;
      if (c1 > lo) {
        uint32_t seg = c1;  // first token after the opening comma
        uint32_t name = seg;  // "Son avocat, Me X, a confirmé", "M. X", "Dr X": the name after a title
        while (name + 1 < c2 && (toks_[name].lex & Lexicon::kTitle)) ++name;
        int m = doc_.MentionAt(name);
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0 &&
            doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson &&
            doc_.mentions[static_cast<size_t>(m)].end == c2)
          return doc_.mentions[static_cast<size_t>(m)].entity;
        uint32_t before = c1 - 1;  // the opening comma
        if (before > lo && (toks_[c1].lower == "qui"sv || toks_[c1].lower == "who"sv)) {
          // "The official, who asked not to be named, said": an anonymous source speaks for no one named.
          for (uint32_t x = c1; x < c2; ++x)
            if (toks_[x].lower == "named"sv || toks_[x].lower == "anonymity"sv || toks_[x].lower == "anonymat"sv ||
                toks_[x].lower == "identified"sv || toks_[x].lower == "nommé"sv || toks_[x].lower == "nommée"sv)
              return -1;
          // "Le conseiller, qui a rencontré les médiateurs, a estimé": a description before the relative clause.
          for (uint32_t d = before > lo + 4 ? before - 4 : lo; d + 1 < before; ++d)
            if (Determiner(toks_[d].lower) && RoleAt(doc_, d + 1, before) &&
                d + 1 + RoleAt(doc_, d + 1, before) == before && doc_.EntityAt(before - 1) < 0)
              return ResolveReference(doc_, d);
          // "Le Portugais, qui présidait …, a annoncé": a nationality noun.
          if (before >= lo + 2 && NationalityNoun(before - 2)) return ResolveReference(doc_, before - 2);
        }
        if (before > lo) before = BeforeAcronym(before - 1, lo) + 1;
        // "Rebecca Hale, the Cabinet Office's director general for EU relations, who leads the British team,
        // says": a relative clause after an apposition; the speaker is the person opening the apposition.
        if (before > lo && (toks_[c1].lower == "qui"sv || toks_[c1].lower == "who"sv)) {
          uint32_t p = before - 1;  // the opening comma of the relative clause
          while (p > lo && toks_[p - 1].lower != ","sv) --p;
          if (p >= lo + 2) {
            int pm = doc_.MentionCovering(p - 2);
            if (pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].end == p - 1 &&
                doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPerson &&
                doc_.mentions[static_cast<size_t>(pm)].entity >= 0 &&
                doc_.MentionCovering(p) < 0)
              return doc_.mentions[static_cast<size_t>(pm)].entity;
          }
        }
        if (before > lo) {
          int e = doc_.EntityAt(before - 1);
          // "X, head of policy at Debt Justice, a London-based charity, called …": the organisation closing an
          // earlier apposition is X's; the speaker is the person opening it.
          if (e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kOrganization) {
            int om = doc_.MentionCovering(before - 1);
            uint32_t p = doc_.mentions[static_cast<size_t>(om)].begin;
            if (p > lo && (toks_[p - 1].lower == "the"sv || toks_[p - 1].lower == "la"sv || toks_[p - 1].lower == "l'"sv)) --p;
            if (p > lo && Introducer(toks_[p - 1].lower)) {
              uint32_t c0 = p;
              while (c0 > lo && toks_[c0 - 1].lower != ","sv) --c0;
              if (c0 > lo + 1) {
                int pm = doc_.MentionCovering(c0 - 2);
                if (pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].end == c0 - 1 &&
                    doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPerson &&
                    doc_.mentions[static_cast<size_t>(pm)].entity >= 0)
                  return doc_.mentions[static_cast<size_t>(pm)].entity;
              }
            }
          }
          if (e >= 0 && Speaker(e)) return e;
          // "The IMF mission, …, said": an organisation qualifying the subject's noun.
          if (before > lo + 1 && toks_[before - 1].Is(kWord) && !toks_[before - 1].Is(kCap)) {
            int q = doc_.EntityAt(before - 2);
            if (q >= 0 && doc_.entities[static_cast<size_t>(q)].type == EntityType::kOrganization) return q;
          }
          Gender g;
          if (IsPronoun(toks_[before - 1], &g)) return ResolveReference(doc_, before - 1);
        }
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0 && Speaker(doc_.mentions[static_cast<size_t>(m)].entity))
          return doc_.mentions[static_cast<size_t>(m)].entity;
        // "Le commandant de la force, le général italien X, a assuré": a
        // person's name closing the apposition, after lower-case words.
        int last = doc_.MentionCovering(c2 - 1);
        if (last >= 0 && doc_.mentions[static_cast<size_t>(last)].end == c2 &&
            doc_.mentions[static_cast<size_t>(last)].type == EntityType::kPerson &&
            doc_.mentions[static_cast<size_t>(last)].entity >= 0) {
          bool lower = true, role = false;
          for (uint32_t x = seg; x < doc_.mentions[static_cast<size_t>(last)].begin; ++x) {
            // (A party or body named inside the description counts as lower-case: "le député Renaissance X".)
            int om = doc_.MentionCovering(x);
            bool body = om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization;
            // (So does a nationality: "Its president, Vietnamese diplomat X, told".)
            bool demonym = toks_[x].Is(kCap) && InLexicon(lex_.demonyms, toks_[x], Lexicon::kDemonym);
            lower &= (toks_[x].Is(kWord) && !toks_[x].Is(kCap)) || body || demonym;
            // (A nationality noun serves as the description: "le Namibien X", "the Briton X".)
            role |= RoleAt(doc_, x, doc_.mentions[static_cast<size_t>(last)].begin) > 0 ||
                    (demonym && x > seg && Determiner(toks_[x - 1].lower));
          }
          // "The IMF mission, led by X, said": a participle phrase is about the subject, not a new one.
          if (lower && role) return doc_.mentions[static_cast<size_t>(last)].entity;
        }
        // "Invitée ce mardi, Hélène Vasseur, ambassadrice de France … et coprésidente du groupe …, dite annexe
        // PABS, a reconnu que": a person's name standing alone between two commas, two or three appositions
        // before the verb (no reporting verb, quotation or conjunction of clauses in between).
        uint32_t close = c1 - 1;  // the comma opening the last segment
        for (int segs = 0; segs < 3 && close > lo + 1 && close + 40 > vb; ++segs) {
          uint32_t open = close;
          while (open > lo && toks_[open - 1].lower != ","sv) --open;
          bool clean = true;
          for (uint32_t x = close; x < vb && clean; ++x) {
            uint32_t len;
            clean = !toks_[x].Is(kQuoteOpen) && !IsReportingVerbAt(doc_, x, vb, &len) && toks_[x].lower != ";"sv &&
                    toks_[x].lower != "."sv;
          }
          if (!clean) break;
          int pm = doc_.MentionAt(open);
          // (Also a name opening the sentence: "Grace Wanjiku, Kenya's trade secretary, who coordinates …, said".)
          if ((open > lo || segs > 0) && pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].end == close &&
              doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPerson && doc_.mentions[static_cast<size_t>(pm)].entity >= 0)
            return doc_.mentions[static_cast<size_t>(pm)].entity;
          if (open <= lo) break;
          close = open - 1;
        }
      }
      return -1;
    }
    int e = doc_.EntityAt(j);
    if (e >= 0 && doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson) {
      // "Priya Nair of Bernstein said", "Jean-Luc Morin of the Fraser Institute said", "Ingrid Solheim of
      // Norway told reporters": the person speaks.
      int om = doc_.MentionCovering(j);
      uint32_t p = om >= 0 ? doc_.mentions[static_cast<size_t>(om)].begin : j;
      if (p > lo && toks_[p - 1].lower == "the"sv) --p;
      if (p > lo + 1 && (toks_[p - 1].lower == "of"sv || toks_[p - 1].lower == "at"sv || toks_[p - 1].lower == "from"sv)) {
        int pe = doc_.EntityAt(p - 2);
        if (pe >= 0 && doc_.entities[static_cast<size_t>(pe)].type == EntityType::kPerson) return pe;
      }
    }
    if (e >= 0) return Speaker(e) ? e : -1;
    // "President X's office said", "the ELN's delegation said": the office speaks for its owner.
    if (j > lo + 1 && OfficeNoun(toks_[j].lower) && (toks_[j - 1].lower == "'s"sv || toks_[j - 1].lower == "’s"sv)) {
      int o = doc_.EntityAt(j - 2);
      return o >= 0 && Speaker(o) ? o : -1;
    }
    // "son cabinet s'est borné à indiquer que", "his office said": the owner of the possessive speaks.
    if (j > lo && OfficeNoun(toks_[j].lower) && Possessive(toks_[j - 1].lower)) return PossessiveOwner(j - 1);
    Gender g;
    if (IsPronoun(toks_[j], &g)) return ResolveReference(doc_, j);
    // "X accused … and said …": the subject of the first verb.
    if (toks_[j].lower == "and"sv || toks_[j].lower == "et"sv || toks_[j].lower == "but"sv || toks_[j].lower == "mais"sv) {
      for (uint32_t k = lo; k < j; ++k) {
        int m = doc_.MentionAt(k);
        if (m < 0) continue;
        int s = doc_.mentions[static_cast<size_t>(m)].entity;
        bool governed = k > lo && Introducer(toks_[k - 1].lower);
        if (s >= 0 && !governed && doc_.entities[static_cast<size_t>(s)].type == EntityType::kPerson) return s;
        k = doc_.mentions[static_cast<size_t>(m)].end - 1;
      }
      return -1;
    }
    // "X, who told ...", "X, qui a déclaré": the antecedent of the relative pronoun.
    if ((toks_[j].lower == "who"sv || toks_[j].lower == "qui"sv) && j > lo + 1 && toks_[j - 1].lower == ","sv) {
      int a = doc_.EntityAt(j - 2);
      // The person named just before the apposition that ends at the relative pronoun, or -1.
      auto person_before_apposition = [&]() -> int {
        uint32_t c0 = j - 2;
        while (c0 > lo && c0 + 14 > j && toks_[c0].lower != ","sv) --c0;
        if (c0 <= lo || toks_[c0].lower != ","sv) return -1;
        int pm = doc_.MentionCovering(c0 - 1);
        if (pm < 0) return -1;
        const Mention& m = doc_.mentions[static_cast<size_t>(pm)];
        return m.end == c0 && m.type == EntityType::kPerson ? m.entity : -1;
      };
      // "Faisal Al-Harbi, an adviser at the Saudi energy ministry, who added that": an organisation closing an
      // apposition after a person's name; the person is the antecedent.
      bool org = a >= 0 && doc_.entities[static_cast<size_t>(a)].type == EntityType::kOrganization;
      if (org)
        if (int p = person_before_apposition(); p >= 0) return p;
      if (a >= 0 && Speaker(a)) return a;
      // "Priya Raman, a ward sister at St Thomas' Hospital, who said": the person before an apposition that
      // names no speaker (or only a place).
      if (!org)
        if (int p = person_before_apposition(); p >= 0) return p;
    }
    if (toks_[j].lower == "dernier"sv || toks_[j].lower == "dernière"sv || toks_[j].lower == "latter"sv)
      return ResolveReference(doc_, j > lo ? j - 1 : j);
    // "the FNV union said", "the Maersk group said": a name classified by the noun after it.
    if (j > lo && IsGenericOrgNoun(toks_[j].lower) && !toks_[j].Is(kCap)) {
      int o = doc_.EntityAt(j - 1);
      if (o >= 0 && doc_.entities[static_cast<size_t>(o)].type == EntityType::kOrganization) return o;
    }
    // "the company said", "le ministère a indiqué": the organisation named before.
    if (j > lo && Determiner(toks_[j - 1].lower) && IsGenericOrgNoun(toks_[j].lower)) return ResolveOrgReference(doc_, j);
    // "The statement said", "Le communiqué précise": the author of the written statement named just before.
    if (j > lo && Determiner(toks_[j - 1].lower) && WrittenStatementNoun(toks_[j].lower)) return AuthorOf(j);
    // "A UEFA spokesperson said", "a ministry spokesman said": the spokesperson speaks for the body named or
    // described right before the noun.
    if (j > lo && SpokesNoun(toks_[j].lower)) {
      int o = doc_.EntityAt(j - 1);
      if (o >= 0) return doc_.entities[static_cast<size_t>(o)].type == EntityType::kOrganization ? o : -1;
      if (IsGenericOrgNoun(toks_[j - 1].lower)) return ResolveOrgReference(doc_, j - 1);
      // "…, the spokesperson added": the body whose spokesperson was named before.
      if (In3(toks_[j - 1].lower, "the", "le", "la")) {
        if (int b = SpokespersonBody(j); b >= 0) return b;
      }
    }
    // "a spokesman for the ministry said", "un porte-parole du ministère a déclaré".
    if (j > lo + 2 && IsGenericOrgNoun(toks_[j].lower)) {
      uint32_t p = j - 1;
      if (toks_[p].lower == "the"sv || toks_[p].lower == "la"sv || toks_[p].lower == "l'"sv) --p;
      if (p > lo && In3(toks_[p].lower, "for", "du", "de") && SpokesNoun(toks_[p - 1].lower)) return ResolveOrgReference(doc_, j);
    }
    // "La Française a estimé que": a nationality noun.
    if (j > lo && NationalityNoun(j - 1)) return ResolveReference(doc_, j - 1);
    // "La syndicaliste a ajouté que", "Le chercheur estime que": a definite article and a noun shaped like a
    // person's ("-iste", "-eur", "-euse", "-rice", "-ienne", "-ist", "-ian") opening the clause stand for the
    // person the paragraph was just about (a woman after "la", a man after "le").
    // (Also "l'": "L'instituteur réclame que".)
    if (j > lo && (j - 1 == lo || toks_[j - 2].lower == ","sv) &&
        (In3(toks_[j - 1].lower, "le", "la", "the") || toks_[j - 1].lower == "l'"sv) && PersonNounShape(toks_[j]) &&
        !RoleAt(doc_, j, vb)) {
      Gender g = toks_[j - 1].lower == "la"sv ? Gender::kFemale : toks_[j - 1].lower == "le"sv ? Gender::kMale : Gender::kUnknown;
      return PersonBefore(j, g);
    }
    // A description: "le porte-parole a déclaré", "the minister said".
    for (uint32_t k = j + 1; k-- > lo && k + 7 > j;) {
      // (A demonym may come first: "The Turkish minister said".)
      uint32_t r = k + 1;
      if (r + 1 < vb && toks_[r].Is(kCap) && doc_.en && InLexicon(lex_.demonyms, toks_[r], Lexicon::kDemonym)) ++r;
      if (Determiner(toks_[k].lower) && RoleAt(doc_, r, vb)) {
        if (InLexicon(lex_.person_nouns, toks_[r], Lexicon::kPersonNoun)) return -1;
        return ResolveReference(doc_, k);
      }
    }
    return -1;
  }

  // Speaker value for Add: the subject is a body named only by a description or a place standing for its
  // government ("la présidence a salué …", "the embassy said that …", "Beijing has made clear that …"). The
  // statement is kept; it has no SAID (gold conventions: such a statement is required, its speaker optional).
  static constexpr int kUnnamedSpeaker = -2;

  // Nouns of a body or of its written word that speak for it when no name resolves them.
  static bool BodyNoun(std::string_view l) {
    return IsGenericOrgNoun(l) || WrittenStatementNoun(l) || l == "présidence"sv || l == "presidency"sv ||
           l == "gouvernement"sv || l == "government"sv || l == "exécutif"sv || l == "executive"sv ||
           l == "administration"sv || l == "embassy"sv || l == "ambassade"sv || l == "délégation"sv ||
           l == "delegation"sv || l == "rectorat"sv || l == "préfecture"sv || l == "mairie"sv || l == "parquet"sv ||
           l == "prosecutors"sv || l == "secrétariat"sv || l == "secretariat"sv || l == "conseil"sv ||
           l == "council"sv || l == "cabinet"sv || l == "région"sv || l == "collectivité"sv || l == "organisme"sv ||
           l == "body"sv || SpokesNoun(l);
  }

  // True when the subject ending right before token gb (the verb group's first token), opening the clause at
  // lo, is an unnamed body: a determiner, at most three adjectives or nationality words and a BodyNoun ("La
  // présidence sud-soudanaise", "The Brazilian presidency", "Le communiqué"), or a place's name alone ("Beijing",
  // "The United States"). Only when no speaker was resolved.
  // (places_too: also a place's name; not for unlisted verbs before "que/that", where "Ottawa wants that
  // volume …" reads a determiner as a conjunction.)
  bool UnnamedBody(uint32_t gb, uint32_t lo, bool places_too = true) const {
    if (gb <= lo) return false;
    uint32_t j = gb - 1;
    int m = doc_.MentionCovering(j);
    if (m >= 0) {
      if (!places_too) return false;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.type != EntityType::kPlace || mm.end != gb) return false;
      uint32_t p = mm.begin;
      // Places listed together speak together ("le Canada et la Chine disent avoir …", "Kenya and Ethiopia
      // say …"): back over the list's earlier places.
      for (int item = 0; item < 6; ++item) {
        if (p > lo && In(toks_[p - 1].lower, {"the", "le", "la", "l'"})) --p;
        if (p < lo + 2 || !In(toks_[p - 1].lower, {"and", "et", ","})) break;
        int pm = doc_.MentionCovering(p - 2);
        if (pm < 0 || doc_.mentions[static_cast<size_t>(pm)].type != EntityType::kPlace ||
            doc_.mentions[static_cast<size_t>(pm)].end != p - 1)
          break;
        p = doc_.mentions[static_cast<size_t>(pm)].begin;
      }
      if (p > lo && In(toks_[p - 1].lower, {"but", "mais", "and", "et", "yet", "or", "pourtant"})) --p;
      return p == lo || toks_[p - 1].lower == ","sv;
    }
    bool noun = false;
    for (uint32_t d = j + 1; d-- > lo && d + 5 > j;) {
      const Token& t = toks_[d];
      if (Determiner(t.lower) && d != j) return noun && (d == lo || toks_[d - 1].lower == ","sv);
      if (!t.Is(kWord) || doc_.MentionCovering(d) >= 0) return false;
      // ("a finance ministry official said": a person speaking unnamed is no body.)
      // (A spokesperson speaks for the body: "a ministry spokesperson said".)
      if (!SpokesNoun(t.lower) && (InLexicon(lex_.person_nouns, t, Lexicon::kPersonNoun) || RoleAt(doc_, d, gb))) return false;
      noun |= BodyNoun(t.lower);
    }
    return false;
  }

  // True when an unnamed body is named right after a verb group ending at k: a definite article, then within
  // four words a BodyNoun, no person's name ("…, a fait savoir la préfecture.", "…, a annoncé l'ambassade des
  // États-Unis à Beyrouth.", "…, said the ministry.").
  bool UnnamedBodyAfter(uint32_t k, uint32_t end) const {
    if (k >= end || !In(toks_[k].lower, {"le", "la", "l'", "the"})) return false;
    for (uint32_t x = k + 1; x < end && x < k + 5; ++x) {
      const Token& t = toks_[x];
      if (!t.Is(kWord)) return false;
      int m = doc_.MentionCovering(x);
      if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson) return false;
      if (!SpokesNoun(t.lower) && (InLexicon(lex_.person_nouns, t, Lexicon::kPersonNoun) || RoleAt(doc_, x, end))) return false;
      if (!t.Is(kCap) && BodyNoun(t.lower)) return true;
    }
    return false;
  }

  void Add(uint32_t s, uint32_t cb, uint32_t ce, bool quote, int speaker, const std::string& verb, uint32_t ev_b,
           uint32_t ev_e, float conf, const std::string& text_override = "") {
    // Reported speech around a quotation already taken is not a second statement.
    if (!quote)
      for (uint32_t k = cb; k < ce; ++k)
        if (Used(s, k) && (toks_[k].Is(kQuoteOpen) || toks_[k].Is(kInQuote))) return;
    // Trim punctuation at both ends of the content.
    while (cb < ce && toks_[cb].Is(kPunct) && !toks_[cb].Is(kQuoteOpen)) ++cb;
    while (ce > cb && toks_[ce - 1].Is(kPunct) && !toks_[ce - 1].Is(kQuoteClose)) --ce;
    uint32_t words = 0;
    for (uint32_t k = cb; k < ce; ++k) words += toks_[k].Is(kWord);
    // Three words make a statement; a whole quotation of two after its verb is one too ("se dit « modérément
    // encouragé »", "called it "deeply troubling"").
    bool quoted = ce > cb + 1 && toks_[cb].Is(kQuoteOpen) && toks_[ce - 1].Is(kQuoteClose);
    if (words < (quoted ? 2u : 3u) || (speaker < 0 && speaker != kUnnamedSpeaker)) return;
    if (speaker == kUnnamedSpeaker) speaker = -1;  // a statement without SAID
    StatementFact f;
    f.sentence = s;
    f.tok_begin = cb;
    f.tok_end = ce;
    f.start = toks_[cb].start;
    f.stop = toks_[ce - 1].end;
    f.text = text_override.empty() ? std::string(doc_.text.substr(f.start, f.stop - f.start)) : text_override;
    f.quote = quote;
    f.speaker = speaker;
    f.verb = verb;
    f.ev_start = toks_[std::min(cb, ev_b)].start;
    f.ev_stop = toks_[std::max(ce, ev_e) - 1].end;
    f.confidence = conf;
    doc_.statements.push_back(std::move(f));
  }

  struct Seg {
    uint32_t open, close;  // quote tokens; close may equal the sentence end when unclosed
    uint32_t words;
  };

  void Quotes(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    std::vector<Seg>& segs = segs_;
    segs.clear();
    uint32_t next = sent.begin;  // the first token after the last quotation taken
    for (auto open = std::lower_bound(quote_opens_.begin(), quote_opens_.end(), sent.begin);
         open != quote_opens_.end() && *open < sent.end; ++open) {
      const uint32_t k = *open;
      if (k < next) continue;  // nested in the quotation before
      uint32_t c = k + 1;
      int depth = 1;
      while (c < sent.end) {
        if (toks_[c].Is(kQuoteOpen)) ++depth;
        if (toks_[c].Is(kQuoteClose) && --depth == 0) break;
        ++c;
      }
      uint32_t words = 0;
      for (uint32_t x = k + 1; x < c; ++x) words += toks_[x].Is(kWord);
      segs.push_back({k, c, words});
      next = c + 1;
    }
    for (size_t q = 0; q < segs.size(); ++q) {
      Seg sg = segs[q];
      if (sg.words < 4) continue;  // a word or two in quotes: a term, not a statement
      if (InsideReportedClause(sent, sg)) continue;  // the reported clause holding it is the statement
      uint32_t after = sg.close + 1;
      int speaker = -1;
      bool unnamed_body = false;  // the attribution before the quotation has an unnamed body as subject
      // The attribution after the quotation is a pronoun and a verb ("…," she says) whose person no rule finds:
      // the quotation is still a statement, without SAID.
      bool unresolved_pronoun = false;
      VerbGroup vg;
      uint32_t attr_end = after;
      uint32_t k = after;
      if (k < sent.end && toks_[k].lower == ","sv) ++k;
      if (k < sent.end) {
        vg = ParseVerb(k, sent.end);
        // "« … », a réagi Sophie Binet", "« … », s'agace le ministre": after a quotation and a comma, a French
        // verb followed by its subject is an attribution by its construction, listed or not.
        if (!vg.ok && k > after && doc_.fr) vg = InvertedAttribution(k, sent.end);
        if (vg.ok) {
          speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun))
                                    : SubjectAfter(vg.end, sent.end);
          unresolved_pronoun = speaker < 0 && vg.pronoun >= 0;
          attr_end = vg.end;
          if (vg.pronoun < 0) attr_end = std::min(sent.end, vg.end + 4);
        } else if (toks_[k].lower == "selon"sv || toks_[k].lower == "according"sv ||
                   (toks_[k].lower == "d'"sv && k + 1 < sent.end && toks_[k + 1].lower == "après"sv)) {
          uint32_t b = k + (toks_[k].lower == "selon"sv ? 1 : 2);
          speaker = SubjectAfter(b, sent.end);
          vg.verb = toks_[k].lower == "according"sv ? "according to" : toks_[k].lower == "selon"sv ? "selon" : "d'après";
          attr_end = std::min(sent.end, b + 4);
        } else {
          // "X said", "X a déclaré" after the quote.
          int m = doc_.MentionAt(k);
          uint32_t after_subject = k;
          Gender g;
          if (m >= 0) after_subject = doc_.mentions[static_cast<size_t>(m)].end;
          else if (IsPronoun(toks_[k], &g)) after_subject = k + 1;
          if (after_subject > k) {
            vg = ParseVerb(after_subject, sent.end);
            if (vg.ok) {
              speaker = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].entity : ResolveReference(doc_, k);
              if (speaker >= 0 && !Speaker(speaker)) speaker = -1;
              unresolved_pronoun = speaker < 0 && m < 0;
              attr_end = vg.end;
            }
          }
          // "« … », tandis que X a jugé que …", ""…", while X said": a conjunction opens another clause, whose
          // attribution is not the quotation's.
          const std::string& c = toks_[k].lower;
          bool conjunction = c == "tandis"sv || c == "while"sv || c == "whereas"sv || c == "alors"sv || c == "mais"sv ||
                             c == "but"sv || c == "et"sv || c == "and"sv;
          if (speaker < 0 && !conjunction) {
            // A longer subject: "Qatar's Minister of State, Aisha al-Misnad, told reporters".
            for (uint32_t v = k + 1; v < sent.end && v < k + 20; ++v) {
              if (toks_[v].Is(kQuoteOpen) || toks_[v].lower == "."sv || toks_[v].lower == ";"sv) break;
              uint32_t len;
              if (!IsReportingVerbAt(doc_, v, sent.end, &len)) continue;
              uint32_t gb = GroupStart(v, k);
              vg = ParseVerb(gb, sent.end);
              if (!vg.ok) break;
              speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectBefore(gb, k);
              if (speaker < 0) speaker = SubjectAfter(vg.end, sent.end);
              attr_end = vg.end;
              break;
            }
          }
        }
      }
      bool attributed_after = speaker >= 0 && vg.ok;
      uint32_t incise_open = 0, incise_close = 0;  // commas around an attribution before the quotation
      // ""…," a State Department official said", "« … », a confié un diplomate": attributed to someone the text
      // does not name; no other speaker is guessed for it.
      auto describes = [&](uint32_t x) {
        return x < sent.end && (Determiner(toks_[x].lower) || InLexicon(lex_.person_nouns, toks_[x], Lexicon::kPersonNoun));
      };
      bool unnamed = speaker < 0 && vg.ok && vg.pronoun < 0 && !Participle(toks_[vg.end - 1].lower) &&
                     (describes(vg.end) || (k < vg.begin && describes(k)));
      std::string inner_text;
      if (speaker < 0) {
        // An attribution inside the quotation marks: « A, a-t-elle poursuivi, B ».
        for (uint32_t x = sg.open + 1; x + 2 < sg.close && speaker < 0; ++x) {
          if (toks_[x].lower != ","sv) continue;
          VerbGroup ivg = ParseVerb(x + 1, sg.close);
          if (!ivg.ok) continue;
          uint32_t after_v = ivg.end;
          int who = -1;
          if (ivg.pronoun >= 0) {
            who = ResolveReference(doc_, static_cast<uint32_t>(ivg.pronoun));
            // "« A, a-t-il déclaré à l'issue de la séance. B »": a short complement after the verb.
            while (after_v < sg.close && after_v < ivg.end + 8 && toks_[after_v].Is(kWord)) ++after_v;
          } else {
            who = SubjectAfter(ivg.end, sg.close);
            while (after_v < sg.close && toks_[after_v].lower != ","sv && toks_[after_v].lower != "."sv) ++after_v;
            // "…, a déclaré X, maire de la ville. B": past an apposition of the speaker opened by a role.
            if (after_v + 2 < sg.close && toks_[after_v].lower == ","sv) {
              uint32_t r = after_v + 1;
              if (Determiner(toks_[r].lower)) ++r;
              if (RoleAt(doc_, r, sg.close)) {
                uint32_t e = r;
                while (e < sg.close && e < r + 10 && toks_[e].lower != ","sv && toks_[e].lower != "."sv) ++e;
                if (e < sg.close && e < r + 10) after_v = e;
              }
            }
          }
          if (who < 0) continue;
          // The attribution ends the sentence while the quotation runs on into the next one: the words before
          // it are the statement.
          bool ends = sg.close == sent.end && after_v + 1 == sent.end && toks_[after_v].Is(kPunct) &&
                      x > sg.open + 4;
          // (Or a full stop inside the quotation closes the attribution's sentence: "…, a-t-il déclaré. B »".)
          bool stop = after_v + 1 < sg.close && after_v < ivg.end + 10 && toks_[after_v].lower == "."sv;
          if (!ends && !stop && (after_v >= sg.close || toks_[after_v].lower != ","sv)) continue;
          speaker = who;
          vg = ivg;
          inner_text = std::string(doc_.text.substr(toks_[sg.open + 1].start, toks_[x - 1].end - toks_[sg.open + 1].start));
          if (!ends)
            inner_text += (stop ? ". " : ", ") + std::string(doc_.text.substr(toks_[after_v + 1].start,
                                                                             toks_[sg.close - 1].end - toks_[after_v + 1].start));
          attr_end = sg.close;
        }
      }
      if (speaker < 0 && sg.open > sent.begin) {
        // Before the quote: "X a déclaré : «", "X told reporters: "".
        uint32_t j = sg.open;
        bool colon = toks_[j - 1].lower == ":"sv;
        if (colon || toks_[j - 1].lower == ","sv) --j;
        // (After a colon the verb's object may come between: "a résumé d'une formule l'état des discussions avec
        // l'Assurance maladie : « … »".)
        uint32_t reach = colon ? 16 : 8;
        uint32_t lo = j > sent.begin + reach ? j - reach : sent.begin;
        for (uint32_t v = j; v-- > lo;) {
          uint32_t len;
          if (!IsReportingVerbAt(doc_, v, j, &len)) continue;
          uint32_t gb = GroupStart(v, sent.begin);
          vg = ParseVerb(gb, j);
          if (!vg.ok) continue;
          speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectBefore(gb, sent.begin);
          unnamed_body = speaker < 0 && vg.pronoun < 0 && UnnamedBody(gb, sent.begin);
          // "X welcomed the extension in a post on Facebook, calling it "…"": a participle after a comma
          // reports what the sentence's subject said.
          if (speaker < 0 && vg.pronoun < 0 && Participle(toks_[v].lower) && gb > sent.begin + 1 &&
              toks_[gb - 1].lower == ","sv)
            speaker = FirstSubject(sent.begin, gb - 1);
          attr_end = sg.open;
          // "Moscow, he added, remained open to talks "on an equal footing"": an attribution set between commas
          // (a pronoun, inverted or not, or the speaker's name) inside a clause that runs into the quotation.
          if (speaker >= 0 && vg.end + 1 < sg.open && toks_[vg.end].lower == ","sv) {
            // The subject's first token: "a-t-il ajouté", "he added", "Wilson said".
            uint32_t open = 0;
            Gender pg;
            if (vg.pronoun >= 0) {
              open = gb;
            } else if (gb > sent.begin && IsPronoun(toks_[gb - 1], &pg)) {
              open = gb - 1;
            } else if (int sm = gb > sent.begin ? doc_.MentionCovering(gb - 1) : -1;
                       sm >= 0 && doc_.mentions[static_cast<size_t>(sm)].entity == speaker) {
              open = doc_.mentions[static_cast<size_t>(sm)].begin;
            }
            if (open > sent.begin + 1 && toks_[open - 1].lower == ","sv) {
              bool clause = true;
              for (uint32_t x = vg.end + 1; x < sg.open && clause; ++x) clause = toks_[x].Is(kWord);
              if (clause) {
                incise_open = open - 1;
                incise_close = vg.end;
              }
            }
          }
          break;
        }
      }
      float conf = 0.85f;
      if (unnamed) continue;
      if (speaker < 0 && sg.open == sent.begin && sg.close + 2 >= sent.end) {
        // A quotation standing as a sentence, attributed by the next one: "« … » Ce sont les mots du
        // porte-parole, X.", ""…" Those words came from X, …".
        speaker = OwnerOfWords(s + 1);
        if (speaker >= 0) conf = 0.7f;
        if (speaker == -2) continue;  // words of someone the text does not name as a person: no guess
      }
      if (speaker < 0 && sg.open == sent.begin && !doc_.statements.empty()) {
        // A quote on its own continues the previous quote's speaker in the same paragraph, or in the next
        // paragraph when it follows that quote at once (a quotation running over several paragraphs).
        // (Also a quotation right after reported speech of the same paragraph: "X a estimé que A. « B »".)
        const StatementFact& prev = doc_.statements.back();
        if (prev.speaker >= 0 &&
            ((prev.quote && ((para_[prev.sentence] == para_[s] && prev.sentence + 2 >= s) || prev.sentence + 1 == s)) ||
             (!prev.quote && prev.sentence + 1 == s && para_[prev.sentence] == para_[s]))) {
          speaker = prev.speaker;
          vg.verb = prev.verb;
          conf = 0.6f;
        }
      }
      if (speaker < 0 && sg.open == sent.begin && sg.close + 2 >= sent.end && s + 1 < doc_.sentences.size()) {
        // ""…,"⏎said Laura Chen.": the attribution after a line break, opening the next line in lower case.
        const Sentence& n = doc_.sentences[s + 1];
        uint32_t b = n.begin;
        if (b < n.end && toks_[b].lower == ","sv) ++b;
        if (b < n.end && toks_[b].Is(kWord) && !toks_[b].Is(kCap)) {
          VerbGroup nvg = ParseVerb(b, n.end);
          if (nvg.ok) {
            speaker = nvg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(nvg.pronoun))
                                       : SubjectAfter(nvg.end, n.end);
            if (speaker >= 0) vg = nvg;
          }
        }
      }
      if (speaker < 0 && sg.open == sent.begin && s > 0 &&
          (para_[s - 1] + 1 >= para_[s] || toks_[doc_.sentences[s - 1].end - 1].lower == ":"sv) &&
          (doc_.statements.empty() || doc_.statements.back().sentence + 1 < s)) {
        // "X was blunt. "…"", "Son homologue, X, a répondu par un long plaidoyer. « … »", "X a déclaré :⏎« … »":
        // a quotation opening a sentence (or the next paragraph) after one that reports nothing speaks for that
        // sentence's subject.
        speaker = LeadingSubject(doc_.sentences[s - 1].begin, doc_.sentences[s - 1].end);
        // ("She does not seem sorry. "…"", "Le ministre hausse les épaules. « … »": a pronoun or a description
        // opening that sentence.)
        if (speaker < 0) speaker = DescribedSubject(doc_.sentences[s - 1].begin, doc_.sentences[s - 1].end);
        if (speaker >= 0) conf = 0.6f;
      }
      if (speaker < 0 && sg.open > sent.begin + 2 && toks_[sg.open - 1].lower == ":"sv && sg.close + 2 >= sent.end) {
        // "The chief negotiator, X, was blunt: "…"": a quotation introduced by a colon, with no reporting
        // verb, is the statement of the clause's subject.
        speaker = LeadingSubject(sent.begin, sg.open - 1);
        // "He was scathing: "…"", "Le ministre était catégorique : « … »": a pronoun or a description opening
        // the clause.
        if (speaker < 0) speaker = DescribedSubject(sent.begin, sg.open - 1);
        // "Réaction de X, négociateur en chef : « … »", "L'analyse d'X, joint par téléphone : « … »", "Reaction
        // from X: "…"": a clause without a verb, a noun and the one person it names after "de/of/from".
        if (speaker < 0) speaker = NounOfPerson(sent.begin, sg.open - 1);
      }
      if (speaker < 0 && sg.open > sent.begin + 1) {
        // "X, chercheuse à Y, voit dans ce calendrier « une fenêtre qui ne restera pas ouverte »": a quotation in
        // the predicate of a sentence whose subject is a person named at its start, with no other person
        // between them, is that person's.
        int subj = LeadingSubject(sent.begin, sg.open);
        // (A sentence with a reporting verb outside quotations is read by the rules of reported speech.)
        for (uint32_t x = sent.begin; x < sent.end && subj >= 0; ++x) {
          uint32_t len;
          if (!toks_[x].Is(kInQuote) && !toks_[x].Is(kQuoteOpen) && IsReportingVerbAt(doc_, x, sent.end, &len)) subj = -1;
        }
        // (The subject opens the sentence, not a source: "Selon X, …", "Pour X, …" are read as reported speech.)
        for (uint32_t x = sent.begin; x < sg.open && subj >= 0; ++x) {
          if (doc_.EntityAt(x) == subj) break;
          if (In(toks_[x].lower, {"selon", "pour", "for", "according", "d'", "après", "aux", "in"})) subj = -1;
        }
        bool other = false;
        for (uint32_t x = sent.begin; x < sg.open && subj >= 0 && !other; ++x) {
          int e = doc_.EntityAt(x);
          other = e >= 0 && e != subj && doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
        }
        if (subj >= 0 && !other && doc_.entities[static_cast<size_t>(subj)].type == EntityType::kPerson) {
          speaker = subj;
          conf = 0.5f;
        }
      }
      uint32_t cb = sg.open + 1, ce = sg.close;
      std::string merged = inner_text;
      // A quote split around its attribution: « A », a-t-il déclaré, « B ».
      if (speaker >= 0 && q + 1 < segs.size() && segs[q + 1].open <= attr_end + 2 && segs[q + 1].open > sg.close) {
        const Seg& n = segs[q + 1];
        merged = std::string(doc_.text.substr(toks_[cb].start, toks_[ce - 1].end - toks_[cb].start)) + " " +
                 std::string(doc_.text.substr(toks_[n.open + 1].start, toks_[n.close - 1].end - toks_[n.open + 1].start));
        ce = n.close;
        ++q;
      }
      if (speaker < 0 && (unnamed_body || unresolved_pronoun)) speaker = kUnnamedSpeaker;
      if (ce <= cb || (speaker < 0 && speaker != kUnnamedSpeaker)) continue;
      // "Bangkok would not pull back its artillery "while mines are still being laid", he warned": the
      // words before a quotation that runs into its attribution belong to the statement (no other
      // quotation, colon or reporting verb before it).
      uint32_t lead = sg.open;
      if (incise_close > 0 && merged.empty() && q == 0) {
        // The clause around the incise and the quotation: "Moscow remained open to talks "on an equal footing"".
        uint32_t b = SkipConnector(sent.begin, incise_open);
        if (b + 1 <= incise_open) {
          lead = b;
          merged = SpanText(b, incise_open) + " " + SpanText(incise_close + 1, sg.open) + " " + SpanText(cb, ce);
          cb = b;
        }
      }
      if (attributed_after && merged.empty() && q == 0 && sg.open >= sent.begin + 3) {
        uint32_t b = SkipConnector(sent.begin, sg.open);
        bool content = b + 3 <= sg.open;
        for (uint32_t x = b; x < sg.open && content; ++x) {
          uint32_t len;
          content = toks_[x].Is(kWord) || toks_[x].lower == ","sv || toks_[x].lower == "'s"sv || toks_[x].lower == "’s"sv;
          content = content && !IsReportingVerbAt(doc_, x, sg.open, &len) && !In3(toks_[x].lower, "selon", "according", "pour");
        }
        if (content && toks_[sg.open - 1].Is(kWord)) {
          lead = b;
          merged = SpanText(b, sg.open) + " " + SpanText(cb, ce);
          cb = b;
        }
      }
      Use(s, lead, std::min(sent.end, std::max(attr_end, ce + 1)));
      Add(s, cb, ce, true, speaker, vg.verb, lead, std::min(sent.end, std::max(attr_end, ce)), conf, merged);
    }
  }

  // "X a expliqué que l'incertitude coûtait « plusieurs dixièmes de point »
  // à l'économie": a quotation inside reported speech ("que/that" after a
  // reporting verb, words between "que" and the quotation) without an
  // attribution of its own.
  bool InsideReportedClause(const Sentence& sent, const Seg& sg) const {
    uint32_t after = sg.close + 1;
    if (after < sent.end && toks_[after].lower == ","sv)
      for (uint32_t v = after + 1; v < sent.end && v < after + 4; ++v) {
        uint32_t len;
        if (IsReportingVerbAt(doc_, v, sent.end, &len)) return false;
      }
    // "He said Yerevan was ready to sign "as soon as …"": an English verb followed by a clause
    // that runs into the quotation.
    if (doc_.en && sg.open > sent.begin + 2 && toks_[sg.open - 1].Is(kWord)) {
      for (uint32_t v = sg.open > sent.begin + 10 ? sg.open - 10 : sent.begin; v + 2 < sg.open; ++v) {
        const std::string& l = toks_[v].lower;
        if (l != "said"sv && l != "says"sv && l != "added"sv && l != "warned"sv && l != "insisted"sv) continue;
        bool clause = true;
        for (uint32_t x = v + 1; x < sg.open && clause; ++x)
          clause = !toks_[x].Is(kQuoteClose) && toks_[x].lower != ","sv && toks_[x].lower != ":"sv;
        if (clause && toks_[v + 1].Is(kWord) && toks_[v + 1].lower != "in"sv && toks_[v + 1].lower != "on"sv) return true;
      }
    }
    for (uint32_t x = sg.open; x-- > sent.begin;) {
      if (toks_[x].Is(kQuoteClose) || toks_[x].lower == ";"sv) return false;
      if (toks_[x].lower != "que"sv && toks_[x].lower != "qu'"sv && toks_[x].lower != "that"sv) continue;
      if (x + 2 >= sg.open) return false;  // "a déclaré que « … »": the quotation is the content
      for (uint32_t v = x > sent.begin + 9 ? x - 9 : sent.begin; v < x; ++v) {
        uint32_t len;
        if (IsReportingVerbAt(doc_, v, x, &len)) return true;
      }
      return false;
    }
    return false;
  }

  void Reported(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    uint32_t lo = sent.begin;  // start of the current clause (after a split attribution)
    int carry = -1;            // the speaker of the clause before "and VERB that" ("said A and announced that B")
    for (uint32_t k = sent.begin; k < sent.end; ++k) {
      if (!reported_cue_[k] || Used(s, k) || toks_[k].Is(kInQuote) || toks_[k].Is(kQuoteOpen)) continue;
      const std::string& l = toks_[k].lower;
      // The first byte gates each marker's comparison below (most words start with none of them).
      const char c0 = l.empty() ? '\0' : l[0];
      // selon X / d'après X / according to X
      bool selon = c0 == 's' && l == "selon"sv;
      bool dapres = c0 == 'd' && l == "d'"sv && k + 1 < sent.end && toks_[k + 1].lower == "après"sv;
      bool according = c0 == 'a' && l == "according"sv && k + 1 < sent.end && toks_[k + 1].lower == "to"sv;
      // "Aux yeux de X, CONTENT", "In the eyes of X, CONTENT": the same as "selon X" (three words before X).
      bool eyes = k + 3 < sent.end &&
                  ((c0 == 'a' && l == "aux"sv && toks_[k + 1].lower == "yeux"sv && In3(toks_[k + 2].lower, "de", "d'", "du")) ||
                   (c0 == 'i' && l == "in"sv && toks_[k + 1].lower == "the"sv && toks_[k + 2].lower == "eyes"sv &&
                    k + 4 < sent.end && toks_[k + 3].lower == "of"sv));
      // "Pour X, chercheuse à Y, CONTENT": an opinion, at the start of a sentence, of a person.
      if ((c0 == 'p' || c0 == 'f') && (l == "pour"sv || l == "for"sv) && k == sent.begin && k + 1 < sent.end) {
        // "Pour X", "Pour le politologue X": a determiner and a role may precede the name.
        uint32_t x = k + 1;
        if (x < sent.end && Determiner(toks_[x].lower)) ++x;
        if (uint32_t r = RoleAt(doc_, x, sent.end); r && x > k + 1) x += r;
        int m = doc_.MentionAt(x);
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson &&
            doc_.mentions[static_cast<size_t>(m)].entity >= 0)
          selon = true;
        // "Pour elle, …", "Pour la spécialiste, …": a pronoun or a description of a person named before, then
        // a comma.
        // "Pour l'ONG Médecins sans frontières, …", "Pour le syndicat FO, …": an organisation named after a
        // determiner (and a noun classifying it), then a comma or a relative clause.
        if (l == "pour"sv && !selon && x > k + 1) {
          uint32_t y = x;
          if (y < sent.end && doc_.MentionAt(y) < 0 && toks_[y].Is(kWord) && y + 1 < sent.end) ++y;
          int om = doc_.MentionAt(y);
          if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
              doc_.mentions[static_cast<size_t>(om)].entity >= 0 && doc_.mentions[static_cast<size_t>(om)].end < sent.end &&
              toks_[doc_.mentions[static_cast<size_t>(om)].end].lower == ","sv)
            selon = true;
        }
        if (l == "pour"sv && k + 2 < sent.end) {
          bool pronoun = (toks_[k + 1].lower == "elle"sv || toks_[k + 1].lower == "lui"sv) && toks_[k + 2].lower == ","sv;
          uint32_t r = Determiner(toks_[k + 1].lower) ? RoleAt(doc_, k + 2, sent.end) : 0;
          if (pronoun || (r && k + 2 + r < sent.end && toks_[k + 2 + r].lower == ","sv)) selon = true;
        }
      }
      // "À ses yeux, CONTENT", "In his view, CONTENT", "D'après ses calculs, CONTENT": an opinion marker with a
      // possessive opening the sentence; the possessive's owner is the person the text was just about.
      if (uint32_t om = k == sent.begin ? OpinionMarker(k, sent.end) : 0; om) {
        int speaker = PersonBefore(k, PossessiveGender(toks_[om - 3].lower));
        uint32_t ce = om;
        while (ce < sent.end && !Used(s, ce)) ++ce;
        if (speaker >= 0 && ce > om + 2) {
          Add(s, om, ce, false, speaker, SpanText(k, om - 1), k, om, 0.7f);
          Use(s, k, ce);
          k = ce - 1;
          continue;
        }
      }
      if (selon || dapres || according || eyes) {
        uint32_t b = eyes ? k + (l == "in"sv ? 4 : 3) : k + (selon ? 1 : 2);
        // ("aux yeux du président X": the article of "du" is the determiner SubjectAfter skips.)
        // "selon lui / selon elle": the person just named.
        int speaker = b < sent.end && (toks_[b].lower == "lui"sv || toks_[b].lower == "elle"sv) ? ResolveReference(doc_, b)
                                                                                             : SubjectAfter(b, sent.end);
        // ("selon l'organisme paritaire", "according to the Greenland government", "selon Washington": an unnamed
        // body, or a place standing for its government.)
        if (speaker < 0 && !eyes && l != "pour"sv && l != "for"sv && b < sent.end &&
            (UnnamedBodyAfter(b, sent.end) ||
             (doc_.MentionAt(b) >= 0 && doc_.mentions[static_cast<size_t>(doc_.MentionAt(b))].type == EntityType::kPlace)))
          speaker = kUnnamedSpeaker;
        if (speaker < 0 && speaker != kUnnamedSpeaker) continue;
        std::string verb = eyes ? SpanText(k, b) : l == "pour"sv ? "pour" : l == "for"sv ? "for" : selon ? "selon" : dapres ? "d'après" : "according to";
        bool at_start = k == sent.begin || (k > sent.begin && toks_[k - 1].lower == ","sv && k - 1 <= sent.begin + 3);
        if (at_start) {
          // "Selon X, CONTENT." — the content follows the first comma after the source.
          uint32_t c = b;
          while (c < sent.end && toks_[c].lower != ","sv) ++c;
          // "According to X, a shipping analyst at Y, CONTENT": skip the apposition.
          // Also the speaker's name after a role ("Selon le représentant spécial de l'UE, Tomas Reinholt,
          // CONTENT"), a relative clause ("Pour X, qui dirige l'Institut …, CONTENT", "According to X, who
          // chairs …, CONTENT") and a role after lower-case modifiers ("a shipping analyst at Y"); at most two.
          for (int skips = 0; skips < 2; ++skips) {
            uint32_t r = c + 1;
            while (r < sent.end && r < c + 4 && Determiner(toks_[r].lower)) ++r;
            uint32_t mod = r;
            while (mod < sent.end && mod < r + 3 && toks_[mod].Is(kWord) && !toks_[mod].Is(kCap) &&
                   !RoleAt(doc_, mod, sent.end))
              ++mod;
            // … or "Pour X, de l'Université de Y, CONTENT".
            bool of_org = c + 1 < sent.end && (toks_[c + 1].lower == "de"sv || toks_[c + 1].lower == "d'"sv ||
                                               toks_[c + 1].lower == "du"sv || toks_[c + 1].lower == "of"sv);
            bool relative = c + 1 < sent.end && In3(toks_[c + 1].lower, "qui", "who", "which");
            int sm = c + 1 < sent.end ? doc_.MentionAt(c + 1) : -1;
            bool name = sm >= 0 && doc_.mentions[static_cast<size_t>(sm)].entity == speaker &&
                        doc_.mentions[static_cast<size_t>(sm)].end < sent.end &&
                        toks_[doc_.mentions[static_cast<size_t>(sm)].end].lower == ","sv;
            bool role = r < sent.end && (RoleAt(doc_, r, sent.end) || (r > c + 1 && mod > r && RoleAt(doc_, mod, sent.end)));
            if (!(role || of_org || relative || name)) break;
            uint32_t c2 = c + 1;
            while (c2 < sent.end && toks_[c2].lower != ","sv) ++c2;
            if (c2 + 1 >= sent.end) break;
            c = c2;
          }
          if (c + 1 >= sent.end) continue;
          // "Pour X, les deux camps « gagnent du temps » : « … »": the content ends before a quotation
          // already taken as a statement of its own.
          uint32_t ce = c + 1;
          while (ce < sent.end && !Used(s, ce)) ++ce;
          // "Le projet, selon X, reste une erreur": the subject before the source belongs to the content (not a
          // one-word connector: "Hier, selon X, …").
          uint32_t subject_words = 0;
          for (uint32_t x = sent.begin; x + 1 < k; ++x) subject_words += toks_[x].Is(kWord);
          if (k > sent.begin + 2 && subject_words >= 2 && Determiner(toks_[sent.begin].lower)) {
            uint32_t te = TrimEnd(c + 1, ce);
            if (te > c + 1) {
              Add(s, sent.begin, ce, false, speaker, verb, k, c, 0.75f,
                  SpanText(sent.begin, k - 1) + " " + SpanText(c + 1, te));
              Use(s, sent.begin, ce);
              return;
            }
          }
          Add(s, c + 1, ce, false, speaker, verb, k, c, 0.75f);
          Use(s, k, ce);
        } else if (uint32_t rel = RelativeBefore(k, lo); rel && selon && b + 1 < sent.end && toks_[b].lower != ","sv &&
                   (toks_[b].lower == "lui"sv || toks_[b].lower == "elle"sv)) {
          // "un compromis « équilibré », qui permettra selon lui de suspendre les préférences": the relative
          // clause holding "selon lui" is the statement, without it.
          uint32_t ce = b + 1;
          while (ce < sent.end && toks_[ce].lower != ";"sv) ++ce;
          ce = TrimEnd(b + 1, ce);
          if (ce > b + 3) {
            std::string text = SpanText(rel, k) + " " + SpanText(b + 1, ce);
            Add(s, rel, ce, false, speaker, verb, k, b + 1, 0.7f, text);
            Use(s, rel, sent.end);
          }
        } else if (selon && b + 2 < sent.end && k > sent.begin && toks_[k - 1].lower != ","sv &&
                   In(toks_[b].lower, {"lui", "elle", "eux", "elles"}) && toks_[b + 1].lower != ","sv &&
                   toks_[b + 1].lower != "."sv) {
          // "La feuille de route contient selon elle « des avancées réelles », notamment …": "selon"
          // inside the clause; the clause around it, without it, is the statement.
          uint32_t cb = SkipConnector(sent.begin, k);
          bool taken = false;
          for (uint32_t x = cb; x < k && !taken; ++x) taken = Used(s, x);
          if (taken) continue;
          uint32_t ce = TrimEnd(b + 1, sent.end);
          if (ce > b + 2 && k > cb) {
            Add(s, cb, ce, false, speaker, verb, k, b + 1, 0.75f, SpanText(cb, k) + " " + SpanText(b + 1, ce));
            Use(s, sent.begin, sent.end);
          }
        } else {
          // "CONTENT, selon X."
          uint32_t cb = sent.begin;
          cb = SkipConnector(cb, k);
          // (Words already attributed, "X nuance : Ankara a selon lui « … »", are no content of the source's.)
          bool taken = false;
          for (uint32_t x = cb; x < k && !taken; ++x) taken = Used(s, x);
          if (taken) continue;
          Add(s, cb, k, false, speaker, verb, k, sent.end, 0.75f);
          Use(s, sent.begin, sent.end);
        }
        return;
      }
      uint32_t len;
      // "CONTENT, a-t-on appris auprès de la préfecture": the source the news was learnt from is the speaker.
      if (c0 == 'a' && l == "appris"sv && k > lo + 3 && toks_[k - 1].Is(kInverted) && toks_[k - 1].lower == "on"sv &&
          k + 3 < sent.end && toks_[k + 1].lower == "auprès"sv && In(toks_[k + 2].lower, {"de", "du", "des", "d'"})) {
        uint32_t c = k - 3;  // the comma before "a-t-on" ("a", "on", "appris")
        if (toks_[k - 2].lower == "a"sv && toks_[c].lower == ","sv) {
          int speaker = SubjectAfter(k + 3, sent.end);
          uint32_t cb = SkipConnector(lo, c);
          if (speaker >= 0 && c > cb + 2) {
            Add(s, cb, c, false, speaker, "a appris auprès de", c, sent.end, 0.7f);
            Use(s, lo, sent.end);
            return;
          }
        }
      }
      // "X was quoted (by El Tiempo) as saying (that) CONTENT": the statement of the subject, not of the source.
      if (c0 == 'q' && l == "quoted"sv && k > lo + 1 && In3(toks_[k - 1].lower, "was", "is", "been")) {
        uint32_t a = k + 1;
        while (a + 1 < sent.end && a < k + 8 && toks_[a].lower != ","sv && toks_[a].lower != "as"sv) ++a;
        if (a + 2 < sent.end && toks_[a].lower == "as"sv && toks_[a + 1].lower == "saying"sv) {
          uint32_t gb = k - 1;
          if (gb > lo && toks_[gb - 1].lower == "has"sv) --gb;
          int speaker = SubjectBefore(gb, lo);
          uint32_t cb = a + 2 + (toks_[a + 2].lower == "that"sv ? 1 : 0);
          if (speaker >= 0 && cb + 2 < sent.end) {
            Add(s, cb, sent.end, false, speaker, "quoted as saying", SubjectStart(gb, lo), a + 2, 0.75f);
            Use(s, lo, sent.end);
            return;
          }
        }
      }
      if (!IsReportingVerbAt(doc_, k, sent.end, &len)) {
        // "La chercheuse doute toutefois qu'un accord …", "She fears that …": an unlisted verb whose subject is a
        // speaker and whose complement is a clause opened by "que/that" reports what the subject thinks or says.
        uint32_t q = ClauseVerb(k, sent.end);
        uint32_t vb = k;
        // "a tenu à rappeler que", "s'est borné à rappeler, par la voix de son porte-parole, que", "se bornant à
        // indiquer que": the infinitive of a reporting verb after "à/de" and the verb governing it.
        bool infinitive = false;
        uint32_t g = k;  // the verb governing the infinitive
        if (!q) {
          q = InfinitiveReport(k, lo, sent.end, &g);
          if (!q) continue;
          infinitive = true;
          vb = GroupStart(g, lo);
          if (vb > lo && (toks_[vb - 1].lower == "s'"sv || toks_[vb - 1].lower == "se"sv)) vb = GroupStart(vb - 1, lo);
        } else {
          vb = GroupStart(k, lo);
        }
        int speaker = SubjectBefore(vb, lo);
        // ("…, se bornant à indiquer que": a participle after a comma speaks for the sentence's speaker.)
        if (speaker < 0 && infinitive && vb > lo && toks_[vb - 1].lower == ","sv && Participle(toks_[g].lower)) {
          Gender pg;
          speaker = !doc_.statements.empty() && doc_.statements.back().sentence == s ? doc_.statements.back().speaker
                    : IsPronoun(toks_[lo], &pg)                                      ? ResolveReference(doc_, lo)
                                                                                     : LeadingSubject(lo, vb);
        }
        if (speaker < 0 && UnnamedBody(vb, lo, false)) speaker = kUnnamedSpeaker;  // "son cabinet s'est borné à indiquer que"
        if (speaker < 0 && speaker != kUnnamedSpeaker) continue;
        uint32_t ce = NextAttribution(q + 1, sent.end);
        Add(s, q + 1, ce, false, speaker, std::string(doc_.TokenText(k)), vb > lo ? SubjectStart(vb, lo) : vb, q + 1, 0.65f);
        Use(s, lo, ce);
        if (ce == sent.end) return;
        lo = ce + 1;
        k = ce;
        continue;
      }
      uint32_t gb = GroupStart(k, lo);
      VerbGroup vg = ParseVerb(gb, sent.end);
      if (!vg.ok) continue;
      // "Le ministère a publié un communiqué dénonçant …", "The ministry issued a statement accusing …": a
      // participle after a noun of a written statement reports what the sentence's subject wrote, up to the
      // end of the sentence ("… dénonçant A et affirmant que B" is one communiqué).
      // (The noun is read right before the participle: Adverb() takes "statement" for a "-ment" adverb.)
      if (Participle(toks_[k].lower) && k > lo + 1 && WrittenStatementNoun(toks_[k - 1].lower)) {
        int speaker = FirstSubject(lo, k - 1);
        uint32_t cb = vg.end;
        if (cb < sent.end && In3(toks_[cb].lower, "que", "qu'", "that")) ++cb;
        if (speaker >= 0 && cb + 2 < sent.end) {
          Add(s, cb, sent.end, false, speaker, std::string(doc_.TokenText(k)), SubjectStart(k - 1, lo), vg.end, 0.7f);
          Use(s, lo, sent.end);
          return;
        }
      }
      // VERB [complement] que / that CONTENT: "a déclaré aux journalistes que", "told a conference in Paris that".
      // The complement may be long after a preposition or an audience ("aux journalistes", "a conference in
      // Paris on Tuesday"), not after a noun phrase, which may hold a relative "that" ("said the IOC was
      // trying to avoid a ruling that …").
      // ("told reporters at the authority's offices in Canary Wharf that": an audience and its place.)
      uint32_t window = vg.end < sent.end && Complement(toks_[vg.end]) ? (Audience(toks_[vg.end].lower) ? 11 : 8) : 5;
      // "told MPs at Health Questions in the House of Commons that": "tell" takes its addressee, then "that".
      if (toks_[vg.end - 1].lower == "told"sv || toks_[vg.end - 1].lower == "tells"sv) window = 14;
      // "a fait savoir par la voix de sa présidente de groupe, Sofia Nyman, qu'il …": the spokesperson and an
      // apposition of its name before "que".
      bool voice = vg.end + 3 < sent.end && toks_[vg.end].lower == "par"sv && toks_[vg.end + 1].lower == "la"sv &&
                   toks_[vg.end + 2].lower == "voix"sv && In3(toks_[vg.end + 3].lower, "de", "du", "d'");
      if (voice) {
        for (uint32_t x = vg.end + 4; x < sent.end && x < vg.end + 16 && !toks_[x].Is(kQuoteOpen); ++x)
          if (toks_[x].lower == "que"sv || toks_[x].lower == "qu'"sv) {
            window = x - vg.end + 1;
            break;
          }
      }
      uint32_t q = vg.end;
      while (q < sent.end && q < vg.end + window && toks_[q].lower != "que"sv && toks_[q].lower != "qu'"sv &&
             toks_[q].lower != "that"sv && !toks_[q].Is(kQuoteOpen)) {
        // ", however," / ", toutefois,": an interjection between the verb and "that".
        if (toks_[q].lower == ","sv && q + 2 < sent.end && Interjection(toks_[q + 1].lower) && toks_[q + 2].lower == ","sv) {
          q += 3;
          continue;
        }
        // "told Radio Okapi, the United Nations-backed broadcaster, that": an apposition of the audience.
        if (toks_[q].lower == ","sv && q > vg.end && doc_.MentionCovering(q - 1) >= 0 && toks_[vg.end - 1].lower == "told"sv) {
          uint32_t c2 = q + 1;
          while (c2 < sent.end && c2 < q + 10 && toks_[c2].lower != ","sv) ++c2;
          if (c2 + 1 < sent.end && toks_[c2].lower == ","sv && toks_[c2 + 1].lower == "that"sv) {
            q = c2 + 1;
            break;
          }
        }
        // "a laissé entendre, devant la presse, qu'il …", "said, in a statement on Tuesday, that …": an incise of
        // a few lower-case words opened by a preposition, then "que/that".
        // (Also after the verb's time: "a fait savoir mardi soir, dans un communiqué, que".)
        if (toks_[q].lower == ","sv && q + 2 < sent.end && toks_[q + 1].Is(kWord) && !toks_[q + 1].Is(kCap) &&
            Complement(toks_[q + 1]) && !Audience(toks_[q + 1].lower)) {
          uint32_t c2 = q + 1;
          while (c2 < sent.end && c2 < q + 9 && toks_[c2].lower != ","sv && !toks_[c2].Is(kQuoteOpen)) ++c2;
          if (c2 + 1 < sent.end && toks_[c2].lower == ","sv && In3(toks_[c2 + 1].lower, "que", "qu'", "that")) {
            q = c2 + 1;
            break;
          }
        }
        if (toks_[q].lower == ","sv && !voice) break;
        ++q;
      }
      bool que = q < sent.end && (toks_[q].lower == "que"sv || toks_[q].lower == "qu'"sv || toks_[q].lower == "that"sv);
      // "ne demande que des garanties": a restriction ("ne … que" with no other negation word), not a clause.
      if (que && doc_.fr && q == vg.end && k > lo && (toks_[k - 1].lower == "ne"sv || toks_[k - 1].lower == "n'"sv)) que = false;
      // English "X said the talks were...": a clause right after the verb
      // (not "said X," nor "said on Monday"), also after an audience ("told
      // reporters the deal…") or a role and a name ("said President X had…").
      uint32_t bare = BareClause(k, len, vg, sent.end);
      // "said Hamas wanted guarantees that …": the clause begins right after the verb; "that" is its own.
      if (que && bare && q > vg.end) que = false;
      if (que || bare) {
        int speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectBefore(gb, lo);
        if (speaker < 0 && gb == lo && carry >= 0) speaker = carry;  // "… and announced that B"
        if (speaker < 0 && Participle(toks_[k].lower) && gb > lo && toks_[gb - 1].lower == ","sv)
          speaker = FirstSubject(lo, gb);  // "X a mis en garde contre …, estimant que …"
        // "« … », he warned, adding that …": the speaker of the quotation just attributed in this sentence.
        // "A, she wrote on LinkedIn, adding that B": likewise after an attribution of unquoted content.
        if (speaker < 0 && Participle(toks_[k].lower) && gb > sent.begin && toks_[gb - 1].lower == ","sv &&
            !doc_.statements.empty() && doc_.statements.back().sentence == s)
          speaker = doc_.statements.back().speaker;
        if (speaker < 0 && vg.pronoun < 0 && UnnamedBody(gb, lo)) speaker = kUnnamedSpeaker;
        // "A salué « … » et indiqué que B", "welcomed "…" and said that B": a second verb after "et/and" has the
        // subject of the statement just taken in this sentence (a body's too, named or not).
        if (speaker < 0 && speaker != kUnnamedSpeaker && vg.pronoun < 0 && gb > sent.begin &&
            In(toks_[gb - 1].lower, {"et", "and"}) && !doc_.statements.empty() && doc_.statements.back().sentence == s &&
            doc_.statements.back().tok_end <= gb)
          speaker = doc_.statements.back().speaker >= 0 ? doc_.statements.back().speaker : kUnnamedSpeaker;
        if (speaker < 0 && speaker != kUnnamedSpeaker) continue;
        uint32_t cb = que ? q + 1 : bare;
        uint32_t ce = sent.end;
        // "X said A, while Y said B": the clause ends where another attribution begins.
        uint32_t split = NextAttribution(cb, sent.end);
        if (split < sent.end) ce = split;
        Add(s, cb, ce, false, speaker, vg.verb, gb > lo ? SubjectStart(gb, lo) : gb, vg.end, 0.8f);
        Use(s, lo, ce);
        if (split < sent.end) {
          carry = In3(toks_[split].lower, "and", "et", "") && speaker >= 0 ? speaker : -1;
          lo = split + 1;
          k = split;
          continue;
        }
        return;
      }
      // "X nuance : CONTENT", "The minister was categorical and said: CONTENT": a colon right after the verb
      // group opens unquoted content (a quotation after the colon is the quotation's own statement).
      if (vg.end + 3 < sent.end && toks_[vg.end].lower == ":"sv && !toks_[vg.end + 1].Is(kQuoteOpen)) {
        int speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectBefore(gb, lo);
        if (speaker >= 0) {
          uint32_t ce = NextAttribution(vg.end + 1, sent.end);
          Add(s, vg.end + 1, ce, false, speaker, vg.verb, gb > lo ? SubjectStart(gb, lo) : gb, vg.end + 1, 0.7f);
          Use(s, lo, ce);
          if (ce == sent.end) return;
          lo = ce + 1;
          k = ce;
          continue;
        }
      }
      // "X s'est dit prêt à discuter de …", "elle se dit favorable à …", "il s'est déclaré opposé à …": a
      // reflexive verb of saying and an attribute; the clause from the attribute is the statement.
      if (doc_.fr && vg.end + 2 < sent.end && vg.end == k + len && toks_[vg.end].Is(kWord) &&
          !toks_[vg.end].Is(kCap) && !In3(toks_[vg.end].lower, "que", "qu'", "de") && toks_[vg.end].lower != "à"sv) {
        bool reflexive = (k > lo && (toks_[k - 1].lower == "s'"sv || toks_[k - 1].lower == "se"sv)) ||
                         (k > lo + 1 && toks_[k - 1].lower == "est"sv && toks_[k - 2].lower == "s'"sv);
        uint32_t ce = vg.end;
        while (ce < sent.end && toks_[ce].lower != ";"sv && !toks_[ce].Is(kQuoteOpen) &&
               !(toks_[ce].lower == ","sv && ce + 1 < sent.end && Participle(toks_[ce + 1].lower)))
          ++ce;
        int speaker = reflexive ? (vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun))
                                                   : SubjectBefore(gb, lo))
                                : -1;
        if (reflexive && speaker >= 0 && ce >= vg.end + 3) {
          // (A quotation closing the clause belongs to it: "prêt à discuter … « si, et seulement si » …".)
          uint32_t stop = ce;
          if (stop < sent.end && toks_[stop].Is(kQuoteOpen)) {
            stop = sent.end;
            for (uint32_t x = ce; x < sent.end; ++x)
              if (toks_[x].lower == ";"sv || (toks_[x].lower == "."sv && !toks_[x].Is(kInQuote))) {
                stop = x;
                break;
              }
          }
          Add(s, vg.end, stop, false, speaker, vg.verb, gb > lo ? SubjectStart(gb, lo) : gb, vg.end, 0.7f);
          Use(s, lo, stop);
          if (stop >= sent.end) return;
          lo = stop + 1;
          k = stop;
          continue;
        }
      }
      // "X a affirmé avoir obtenu des garanties", "ont annoncé jeudi avoir bouclé « l'essentiel » d'un accord":
      // a perfect infinitive after the verb (past a weekday or an adverb) is what the subject reported.
      if (doc_.fr && vg.pronoun < 0) {
        uint32_t a = vg.end;
        while (a < sent.end && a < vg.end + 2 && (InLexicon(lex_.weekdays, toks_[a], Lexicon::kWeekday) || AdverbAt(a))) ++a;
        // (Also a negated infinitive: "affirme ne pas croire aux promesses", "avoue ne plus croire …". A bare
        // modal, "espère pouvoir parapher", was tried: it reads hopes more often than statements.)
        uint32_t inf = a;
        if (inf + 2 < sent.end && (toks_[inf].lower == "ne"sv || toks_[inf].lower == "n'"sv) &&
            In(toks_[inf + 1].lower, {"pas", "plus", "jamais", "guère", "rien"}))
          inf += 2;
        bool perfect = a + 3 < sent.end && (toks_[a].lower == "avoir"sv || toks_[a].lower == "être"sv) &&
                       toks_[a + 1].Is(kWord) && !toks_[a + 1].Is(kCap);
        bool infinitive = inf > a && inf + 2 < sent.end && InfinitiveShape(toks_[inf]) && toks_[inf + 1].Is(kWord);
        if (perfect || infinitive) {
          int speaker = SubjectBefore(gb, lo);
          // "Le Canada et la Chine disent avoir rétabli …": places, or a body unnamed, speak without SAID.
          if (speaker < 0 && UnnamedBody(gb, lo)) speaker = kUnnamedSpeaker;
          if (speaker >= 0 || speaker == kUnnamedSpeaker) {
            uint32_t ce = NextAttribution(a, sent.end);
            Add(s, a, ce, false, speaker, vg.verb, gb > lo ? SubjectStart(gb, lo) : gb, vg.end, 0.7f);
            Use(s, lo, ce);
            if (ce == sent.end) return;
            lo = ce + 1;
            k = ce;
            continue;
          }
        }
      }
      // "X a qualifié les échanges de « sérieux et constructifs »", "a jugé la copie « inacceptable en
      // l'état »": a short quotation after the verb's object is what X said, with that object.
      // "X a accusé le Hezbollah de reconstituer ses stocks", "accused Y of …": the accusation is the statement.
      // Also a demand or a forecast with its object: "réclame un plafonnement des aides", "anticipe deux
      // baisses d'ici à la fin de l'année", "demanded a recount".
      const std::string& vw = toks_[k].lower;
      bool object_verb = vw.rfind("réclam", 0) == 0 || vw.rfind("exig", 0) == 0 || vw.rfind("anticip", 0) == 0 ||
                         vw == "demanded";
      // An appeal with its addressee and infinitive: "urged states to sign …", "called on both countries to cut …",
      // "a demandé à Bogota de faire …", "exhorte les parties à reprendre …", "demande à être associée …".
      if (!object_verb && AppealVerb(vw, k + 1 < sent.end ? std::string_view(toks_[k + 1].lower) : std::string_view())) {
        for (uint32_t x = vg.end; x < sent.end && x < vg.end + 8 && !toks_[x].Is(kQuoteOpen) && toks_[x].lower != ","sv; ++x)
          if (x + 1 < sent.end && InfinitiveMarker(toks_[x].lower) && InfinitiveShape(toks_[x + 1])) {
            object_verb = true;
            break;
          }
      }
      if ((vw.rfind("accus", 0) == 0 || object_verb) && vg.end + 3 < sent.end) {
        uint32_t of = vg.end;
        while (!object_verb && of < sent.end && of < vg.end + 8 && toks_[of].lower != "de"sv && toks_[of].lower != "d'"sv &&
               toks_[of].lower != "of"sv && toks_[of].lower != ","sv)
          ++of;
        if (object_verb && toks_[of].Is(kQuoteOpen)) of = sent.end;  // a quotation: the rules below
        int speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectBefore(gb, lo);
        if (of < sent.end && toks_[of].lower != ","sv && speaker >= 0) {
          // "… accused the parties of X and said Y": the accusation ends before the next attribution.
          uint32_t ce = sent.end;
          for (uint32_t x = of; x + 1 < sent.end; ++x) {
            uint32_t vlen;
            if ((toks_[x].lower == "and"sv || toks_[x].lower == "et"sv) && IsReportingVerbAt(doc_, x + 1, sent.end, &vlen)) {
              ce = x;
              break;
            }
            // "a réclamé une réunion …, estimant que …": the participle's clause is a statement of its own.
            if (toks_[x].lower == ","sv && !toks_[x].Is(kInQuote) && Participle(toks_[x + 1].lower) &&
                IsReportingVerbAt(doc_, x + 1, sent.end, &vlen)) {
              ce = x;
              break;
            }
          }
          // The demand, appeal or accusation is the act the verb names: its text keeps the verb group ("réclame
          // des élections anticipées", "urged both sides to settle quickly", "demande à être associée …").
          uint32_t cb = vg.pronoun >= 0 ? vg.end : gb;
          Add(s, cb, ce, false, speaker, vg.verb, gb > lo ? SubjectStart(gb, lo) : gb, ce, 0.7f);
          Use(s, lo, ce);
          if (ce == sent.end) return;
          k = ce;
          continue;
        }
      }
      uint32_t qc = ShortQuoteAfter(s, vg.end, sent.end);
      // "« … », rétorque M. X, qui a défendu devant la presse le principe de simples « lignes directrices »": a
      // relative clause describing the speaker of the sentence's quotation names a term, not a second statement.
      if (qc > vg.end && gb > sent.begin && In3(toks_[gb - 1].lower, "qui", "who", "which") && !doc_.statements.empty() &&
          doc_.statements.back().sentence == s)
        qc = 0;
      // "…« responsable », rappelant que …": the participle's clause is the statement of the sentence.
      if (qc > vg.end && qc + 2 < sent.end && toks_[qc + 1].lower == ","sv && Participle(toks_[qc + 2].lower) &&
          IsReportingVerbAt(doc_, qc + 2, sent.end, &len))
        qc = 0;
      if (qc > vg.end) {
        int speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectBefore(gb, lo);
        // ("la présidence rwandaise s'est félicitée d'une « dynamique positive »": an unnamed body.)
        if (speaker < 0 && vg.pronoun < 0 && UnnamedBody(gb, lo)) speaker = kUnnamedSpeaker;
        if (speaker >= 0 || speaker == kUnnamedSpeaker) {
          // The clause runs on to the next comma: "s'est dit « confiant » dans une signature d'ici l'été".
          // (Only when the quotation is the verb's own complement, right after it: "a dénoncé la « réforme »
          // hier" names a term, not a statement.)
          uint32_t ce = qc + 1;
          if (toks_[vg.end].Is(kQuoteOpen))
            while (ce < sent.end && toks_[ce].lower != ","sv && toks_[ce].lower != ";"sv && !toks_[ce].Is(kQuoteOpen)) ++ce;
          Add(s, vg.end, ce, false, speaker, vg.verb, gb > lo ? SubjectStart(gb, lo) : gb, ce, 0.7f);
          Use(s, lo, ce);
          k = ce - 1;  // a participle may follow: "a défendu un texte « responsable », rappelant que …"
          continue;
        }
      }
      // CONTENT, a déclaré X. / CONTENT, X said.
      uint32_t ae = vg.pronoun >= 0 ? vg.end : SubjectEnd(vg.end, sent.end);
      if ((gb > lo + 4 || (gb > lo + 1 && ContinuesAfter(ae, sent.end))) && toks_[gb - 1].lower == ","sv) {
        // "X, porte-parole de Y, a appelé …": the comma closes the subject's apposition, no content precedes.
        if (vg.pronoun < 0 && SubjectBefore(gb, lo) >= 0) continue;
        int speaker = vg.pronoun >= 0 ? ResolveReference(doc_, static_cast<uint32_t>(vg.pronoun)) : SubjectAfter(vg.end, sent.end);
        if (speaker < 0 && vg.pronoun < 0 && UnnamedBodyAfter(vg.end, sent.end)) speaker = kUnnamedSpeaker;
        if (speaker < 0 && speaker != kUnnamedSpeaker) continue;
        uint32_t cb = SkipConnector(lo, gb - 1);
        // "A, a-t-elle insisté, B": the attribution splits the content.
        if (ContinuesAfter(ae, sent.end)) {
          std::string text = SpanText(cb, gb - 1) + " " + SpanText(ae + 1, TrimEnd(ae + 1, sent.end));
          Add(s, cb, sent.end, false, speaker, vg.verb, gb, ae, 0.75f, text);
        } else {
          Add(s, cb, gb - 1, false, speaker, vg.verb, gb, std::min(sent.end, vg.end + 3), 0.8f);
          // "A, a-t-elle écrit sur LinkedIn, ajoutant que B": the participle's clause is a second statement.
          // ("said X, the chairwoman, adding that B": past an apposition of the speaker.)
          uint32_t x = ae;
          while (x + 1 < sent.end && x < ae + 8 &&
                 !(toks_[x].lower == ","sv && Participle(toks_[x + 1].lower) && IsReportingVerbAt(doc_, x + 1, sent.end, &len)))
            ++x;
          if (x + 1 < sent.end && x < ae + 8) {
            Use(s, lo, x);
            lo = x + 1;
            k = x;
            continue;
          }
        }
        Use(s, lo, sent.end);
        return;
      }
      // Time or manner after the verb: "…, X said on Monday.", "…, X said in a statement."
      uint32_t stop = vg.end;
      while (stop < sent.end && stop < vg.end + 5 && toks_[stop].Is(kWord) && doc_.MentionAt(stop) < 0) ++stop;
      if (stop < sent.end && (toks_[stop].lower == "."sv || toks_[stop].lower == ","sv) && stop > vg.end &&
          !In3(toks_[vg.end].lower, "that", "que", "qu'"))
        vg.end = stop;
      bool mid = ContinuesAfter(vg.end, sent.end);  // "A, she insisted, B."
      // "A, she told a news conference, adding that B": the participle's clause ends the content.
      bool participle = vg.end + 1 < sent.end && toks_[vg.end].lower == ","sv && Participle(toks_[vg.end + 1].lower) &&
                        IsReportingVerbAt(doc_, vg.end + 1, sent.end, &len);
      if (vg.end < sent.end && (toks_[vg.end].lower == "."sv || mid || participle) && gb > lo + (mid ? 2 : 3)) {
        // "CONTENT, X said." — the subject between the comma and the verb ("Paris, he added, expected …").
        uint32_t c = gb;
        while (c > lo && toks_[c - 1].lower != ","sv) --c;
        if (c > lo + (mid ? 1 : 2) && gb - c <= 6) {
          // "…, auquel X n'a pas encore confirmé sa participation", "…, which X denied": a relative clause
          // attributes nothing to the words before it.
          static const StringSet kRelatives = {"auquel", "auxquels", "auxquelles", "laquelle", "lequel", "dont",
                                               "qui", "que", "qu'", "où", "which", "who", "whom", "where", "whose"};
          if (kRelatives.count(toks_[c].lower)) continue;
          int speaker = SubjectBefore(gb, c);
          if (speaker < 0 && UnnamedBody(gb, c, false)) speaker = kUnnamedSpeaker;  // "…, the presidency said."
          if (speaker < 0 && speaker != kUnnamedSpeaker) continue;
          uint32_t cb = SkipConnector(lo, c - 1);
          if (mid) {
            std::string text = SpanText(cb, c - 1) + " " + SpanText(vg.end + 1, TrimEnd(vg.end + 1, sent.end));
            Add(s, cb, sent.end, false, speaker, vg.verb, c, vg.end, 0.75f, text);
          } else {
            Add(s, cb, c - 1, false, speaker, vg.verb, c, vg.end, 0.75f);
          }
          if (participle && !mid) {
            // "A, she wrote on LinkedIn, adding that B": the participle's clause is a second statement.
            Use(s, lo, vg.end);
            lo = vg.end + 1;
            k = vg.end;
            continue;
          }
          Use(s, lo, sent.end);
          return;
        }
      }
    }
  }

  // A French verb group at token k (after a quotation and a comma) followed by its subject: an auxiliary
  // and a lower-case participle ("a réagi", "a tranché"), or a reflexive or plain present form ("s'agace",
  // "tempête"), then a person's name, or a definite article and a role ("le ministre"). Not ok when none.
  VerbGroup InvertedAttribution(uint32_t k, uint32_t end) const {
    VerbGroup g;
    uint32_t v = k;
    if (In(toks_[v].lower, {"a", "ont", "avait", "s'", "se"}) && v + 1 < end) ++v;
    if (v + 1 < end && toks_[v].lower == "est"sv && toks_[v - 1].lower == "s'"sv) ++v;  // "s'est emporté"
    const Token& t = toks_[v];
    if (!t.Is(kWord) || t.Is(kCap) || t.Is(kNumber) || IsStopToken(lex_, t) || Aux(t.lower) || v + 1 >= end) return g;
    uint32_t s = v + 1;
    while (s < end && s < v + 3 && AdverbAt(s)) ++s;  // "a réagi aussitôt X"
    if (s >= end) return g;
    int m = doc_.MentionAt(s);
    bool named = m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson;
    bool described = s + 1 < end && In3(toks_[s].lower, "le", "la", "l'") && RoleAt(doc_, s + 1, end) > 0;
    if (!named && !described) return g;
    g.ok = true;
    g.begin = k;
    g.end = s;
    g.verb = SpanText(k, v + 1);
    return g;
  }

  // An opinion marker at token k: a preposition, a possessive and a noun of view or reckoning, then a comma
  // ("à ses yeux,", "à son avis,", "selon ses calculs,", "d'après ses estimations,", "in his view,", "in her
  // opinion,", "by its estimate,", "according to their calculations,"). Returns the token after the
  // comma (the possessive is three tokens before it), 0 when none.
  uint32_t OpinionMarker(uint32_t k, uint32_t end) const {
    uint32_t p = k;
    const std::string& l = toks_[k].lower;
    if (l == "à"sv || l == "selon"sv || l == "in"sv || l == "by"sv) p = k + 1;
    else if ((l == "d'"sv && k + 1 < end && toks_[k + 1].lower == "après"sv) ||
             (l == "according"sv && k + 1 < end && toks_[k + 1].lower == "to"sv))
      p = k + 2;
    else
      return 0;
    if (p + 2 >= end || !(Possessive(toks_[p].lower) || In3(toks_[p].lower, "ses", "its", "leurs"))) return 0;
    uint32_t n = p + 1;
    static const WordList kNouns = {"yeux",        "avis",      "sens",      "calculs",  "estimations", "estimation",
                                    "view",        "opinion",   "estimate",  "estimates", "calculations", "reckoning",
                                    "calculation", "analysis",  "analyse",   "account"};
    if (n + 1 >= end || !kNouns.Has(toks_[n].lower) || toks_[n + 1].lower != ","sv) return 0;
    return n + 2;  // the possessive is three tokens before it
  }

  // A French infinitive of a reporting verb at token k after "à/de" and a verb governing it ("a tenu à
  // rappeler que", "s'est borné à rappeler, par la voix de …, que", "se bornant à indiquer qu'", "s'est contenté de
  // dire que"): the infinitive's participle ("rappelé", "dit") is a reporting verb, no negation or refusal
  // stands before it in the clause, and "que" follows within a few words or past an incise between commas.
  // Returns the "que" token (and sets *governing to the governing verb's token), 0 when none.
  // (Asked for every word of a French sentence: the cheap tests inline, the rest out of line, the lexicon
  // lookup last.)
  [[gnu::always_inline]] uint32_t InfinitiveReport(uint32_t k, uint32_t lo, uint32_t end, uint32_t* governing) const {
    if (k < lo + 2 || toks_[k - 1].lower.size() > 2 || !toks_[k].Is(kWord) || toks_[k].Is(kCap) || !doc_.fr)
      return 0;
    return InfinitiveReportAfterWord(k, lo, end, governing);
  }
  // InfinitiveReport past its first tests.
  [[gnu::noinline]] uint32_t InfinitiveReportAfterWord(uint32_t k, uint32_t lo, uint32_t end, uint32_t* governing) const {
    if (!In3(toks_[k - 1].lower, "à", "de", "d'")) return 0;
    const std::string& l = toks_[k].lower;
    if (l != "dire"sv && (l.size() <= 4 || l.compare(l.size() - 2, 2, "er") != 0)) return 0;
    uint32_t g = k - 2;  // the governing verb, past a weekday or an adverb ("s'est borné mardi à rappeler")
    if (g > lo && (InLexicon(lex_.weekdays, toks_[g], Lexicon::kWeekday) || AdverbAt(g))) --g;
    const Token& gov = toks_[g];
    // (The governing word is no noun after a determiner: "le droit de dire que".)
    if (!gov.Is(kWord) || gov.Is(kCap) || IsStopToken(lex_, gov) ||
        (g >= lo + 1 && In(toks_[g - 1].lower, {"le", "la", "l'", "les", "un", "une", "ce", "cette", "son", "sa", "ses",
                                                 "leur", "du", "des"})))
      return 0;
    for (uint32_t x = g >= lo + 3 ? g - 3 : lo; x < k; ++x)
      if (In(toks_[x].lower, {"pas", "refusé", "refuse", "refusant", "jamais", "ni", "sans", "plus"})) return 0;
    uint32_t q = k + 1;
    if (q + 1 < end && toks_[q].lower == ","sv) {  // an incise: ", par la voix de son porte-parole,"
      uint32_t c = q + 1;
      while (c < end && c < q + 12 && toks_[c].lower != ","sv && !toks_[c].Is(kQuoteOpen)) ++c;
      if (c >= end || toks_[c].lower != ","sv) return 0;
      q = c + 1;
    }
    auto que = [&](uint32_t x) { return toks_[x].lower == "que"sv || toks_[x].lower == "qu'"sv; };
    while (q < end && q < k + 5 && toks_[q].Is(kWord) && !que(q)) ++q;
    if (q + 3 >= end || !que(q)) return 0;
    std::string participle = l == "dire"sv ? std::string("dit") : l.substr(0, l.size() - 2) + "é";
    if (!lex_.reporting_verbs.count(participle)) return 0;
    *governing = g;
    return q;
  }

  // A verb at token k that takes a clause: a lower-case finite form ("doute", "craint", "espère", "fears",
  // "hopes", "insisted") followed by "que/qu'/that", past one adverb or interjection ("doute toutefois
  // qu'"). Not a conjunction's first word ("parce que", "ainsi que", "so that", "now that"), an impersonal
  // verb ("il faut que", "il semble que"), a restriction ("ne … que") nor a noun after a determiner or a
  // preposition ("l'idée que", "the fact that"). Returns the "que/that" token, 0 when none.
  // (Asked for every word of a sentence: the cheap test inline, "que/that" one or two tokens on or after
  // "à ce"; a word of three or four bytes opening with 'q' or 't' before any comparison.)
  [[gnu::always_inline]] uint32_t ClauseVerb(uint32_t k, uint32_t end) const {
    auto que = [&](uint32_t x) {
      if (x >= end) return false;
      const std::string& w = toks_[x].lower;
      return (w.size() == 3 || w.size() == 4) && (w[0] == 'q' || w[0] == 't') && In3(w, "que", "qu'", "that");
    };
    // ("s'attend à ce que", "tient à ce que": the clause after "à ce".)
    // (In: sizes and bytes compared inline, no call for the many two-byte words.)
    bool a_ce = k + 3 < end && In(toks_[k + 1].lower, {"à"}) && In(toks_[k + 2].lower, {"ce"}) && que(k + 3);
    if (!que(k + 1) && !que(k + 2) && !a_ce) return 0;
    return ClauseVerbBeforeQue(k, end, a_ce);
  }
  // ClauseVerb once "que/that" follows one or two tokens on (or after "à ce": a_ce).
  [[gnu::noinline]] uint32_t ClauseVerbBeforeQue(uint32_t k, uint32_t end, bool a_ce) const {
    const Token& t = toks_[k];
    if (!t.Is(kWord) || t.Is(kCap) || t.Is(kNumber) || t.Is(kInQuote) || IsStopToken(lex_, t) || Aux(t.lower) || k == 0)
      return 0;
    uint32_t x = k + 1;
    if (a_ce) x = k + 3;
    else if (x < end && (AdverbAt(x) || Interjection(toks_[x].lower))) ++x;
    if (x + 3 >= end || !In3(toks_[x].lower, "que", "qu'", "that")) return 0;
    std::string_view l = t.lower;
    auto ends = [&](std::string_view suf) { return l.size() > suf.size() + 1 && l.substr(l.size() - suf.size()) == suf; };
    static const WordList kNot = {"ainsi", "parce", "alors", "tandis", "bien", "afin", "pour", "sans", "avant", "après",
                                  "dès", "lors", "sorte", "même", "plus", "moins", "tant", "autant", "tel", "telle",
                                  "autre", "faut", "semble", "paraît", "reste", "importe", "suffit", "arrive", "vaut",
                                  "agit", "est", "était", "sera", "fait", "given", "provided", "except", "such",
                                  "seems", "means", "is", "was", "has", "does", "makes", "ensures", "ensured"};
    if (kNot.Has(l)) return 0;
    bool finite = doc_.fr ? (ends("e") || ends("t") || ends("d") || ends("ent"))
                                    : (ends("s") || ends("ed"));
    if (!finite || l.back() == '\'' ) return 0;
    const std::string& p = toks_[k - 1].lower;
    if (Determiner(p) || Introducer(p) || Possessive(p) || p == "ne"sv || p == "n'"sv || p == "des"sv || p == "les"sv ||
        p == "ces"sv || p == "the"sv || p == "this"sv)
      return 0;
    for (uint32_t b = k >= 3 ? k - 3 : 0; b < k; ++b)
      if (toks_[b].lower == "ne"sv || toks_[b].lower == "n'"sv) return 0;
    return x;
  }

  // A verb of appeal that takes an addressee and an infinitive ("urged", "called on", "implored", "a demandé",
  // "exhorte", "appelle"); `next` is the token after it ("on" of "called on").
  bool AppealVerb(std::string_view l, std::string_view next) const {
    if (doc_.fr)
      return l.rfind("demand", 0) == 0 || l.rfind("exhort", 0) == 0 || l.rfind("implor", 0) == 0 ||
             l.rfind("suppli", 0) == 0 || l.rfind("enjoin", 0) == 0 || l.rfind("conjur", 0) == 0;
    return l == "urged"sv || l == "urges"sv || l == "urging"sv || l == "implored"sv || l == "implores"sv ||
           l == "exhorted"sv || l == "exhorts"sv || l == "begged"sv ||
           ((l == "called"sv || l == "calls"sv || l == "calling"sv) && next == "on"sv);
  }

  // The word before an infinitive that complements an appeal: "to", "de", "d'", "à".
  bool InfinitiveMarker(std::string_view l) const {
    return doc_.fr ? (l == "de"sv || l == "d'"sv || l == "à"sv) : l == "to"sv;
  }

  // A lower-case word that can be an infinitive (French: ending in -er, -ir, -re, or "être"/"avoir").
  bool InfinitiveShape(const Token& t) const {
    if (!t.Is(kWord) || t.Is(kCap)) return false;
    if (!doc_.fr) return true;
    std::string_view l = t.lower;
    return l.size() >= 3 && (l.ends_with("er"sv) || l.ends_with("ir"sv) || l.ends_with("re"sv));
  }

  // A lower-case singular noun with the ending of a noun of person ("syndicaliste", "chercheuse",
  // "négociatrice", "historienne", "economist", "historian"), not one of an organisation or a text.
  bool PersonNounShape(const Token& t) const {
    if (!t.Is(kWord) || t.Is(kCap) || t.Is(kNumber) || IsGenericOrgNoun(t.lower) || WrittenStatementNoun(t.lower) ||
        InLexicon(lex_.person_nouns, t, Lexicon::kPersonNoun))
      return false;
    std::string_view l = t.lower;
    auto ends = [&](std::string_view suf) { return l.size() > suf.size() + 3 && l.substr(l.size() - suf.size()) == suf; };
    if (doc_.fr) return ends("iste") || ends("eur") || ends("euse") || ends("rice") || ends("ienne");
    return ends("ist") || ends("ian");
  }

  static Gender PossessiveGender(std::string_view l) {
    return l == "his"sv ? Gender::kMale : l == "her"sv ? Gender::kFemale : Gender::kUnknown;
  }

  // The person the text is about just before token i, of gender g when known: the speaker of the latest
  // statement, else the first person named that fits (not governed by a preposition), in the sentences of i's
  // paragraph before it (at most three back); -1 when none.
  int PersonBefore(uint32_t i, Gender g) const {
    uint32_t s0 = toks_[i].sentence;
    for (uint32_t back = 1; back <= 3 && back <= s0; ++back) {
      uint32_t s = s0 - back;
      if (para_[s] != para_[s0]) break;
      auto fits = [&](int e) {
        if (e < 0) return false;
        const Entity& en = doc_.entities[static_cast<size_t>(e)];
        return !en.dropped && en.type == EntityType::kPerson &&
               (g == Gender::kUnknown || en.gender == Gender::kUnknown || en.gender == g);
      };
      for (auto it = doc_.statements.rbegin(); it != doc_.statements.rend() && it->sentence >= s; ++it)
        if (it->sentence == s && fits(it->speaker)) return it->speaker;
      // (The first that fits: "Paul Moreau accompagnait Mireille Caradec. La syndicaliste …" is Caradec.)
      const Sentence& sent = doc_.sentences[s];
      for (uint32_t k = sent.begin; k < sent.end; ++k) {
        int m = doc_.MentionAt(k);
        if (m < 0) continue;
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        bool governed = k > sent.begin && Introducer(toks_[k - 1].lower);
        if (!governed && !toks_[k].Is(kInQuote) && fits(mm.entity)) return mm.entity;
        k = mm.end - 1;
      }
    }
    return -1;
  }

  // A word that opens a verb's complement before "que/that": a preposition,
  // an audience, an indefinite article, a weekday.
  bool Complement(const Token& t) const {
    static const StringSet kWords = {
        "à", "au", "aux", "auprès", "devant", "dans", "lors", "sur", "pendant", "mardi", "lundi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "to", "in", "at", "on", "during", "after", "before", "a", "an", "reporters",
        "journalists", "lawmakers", "delegates", "analysts", "investors", "senators", "shareholders", "un", "une", "ce", "cette", "hier", "yesterday", "today",
        "aujourd'hui", "également", "also", "publicly", "publiquement"};
    return kWords.count(t.lower) > 0 || (t.Is(kCap) && InLexicon(lex_.weekdays, t, Lexicon::kWeekday));
  }

  static bool Audience(std::string_view l) {
    return l == "reporters"sv || l == "journalists"sv || l == "lawmakers"sv || l == "delegates"sv || l == "analysts"sv ||
           l == "investors"sv || l == "senators"sv || l == "supporters"sv || l == "shareholders"sv;
  }

  static bool Interjection(std::string_view l) {
    return l == "however"sv || l == "though"sv || l == "though,"sv || l == "toutefois"sv || l == "cependant"sv ||
           l == "pourtant"sv || l == "néanmoins"sv || l == "again"sv || l == "encore"sv || l == "also"sv || l == "aussi"sv;
  }

  // The label opening a line of a question-and-answer interview: "Q:",
  // "Question :", "A:", "R :", "Réponse :" or a person's name and a colon
  // ("Kamau:", "Jane Kamau :"), after leading markup ("**", "-"). Sets
  // *after to the first token past the colon; returns 'q' (question), 'a'
  // (answer of the interviewee), 'p' (answer of the person *who), 0 (none).
  char LineLabel(const Sentence& sent, uint32_t* after, int* who) const {
    uint32_t b = sent.begin;
    while (b < sent.end && !toks_[b].Is(kWord)) ++b;
    if (b + 1 >= sent.end) return 0;
    uint32_t c = b + 1;
    while (c < sent.end && c < b + 3 && !toks_[c].Is(kWord) && toks_[c].lower != ":"sv) ++c;  // "**Q**:"
    const std::string& l = toks_[b].lower;
    if (c < sent.end && toks_[c].lower == ":"sv) {
      *after = c + 1;
      // (A broadcast transcript's interviewer: "HOST:", "PRÉSENTATRICE :".)
      if (l == "q"sv || l == "question"sv ||
          In(l, {"host", "presenter", "interviewer", "anchor", "journaliste", "animateur", "animatrice",
                 "présentateur", "présentatrice"}))
        return 'q';
      if (l == "a"sv || l == "r"sv || l == "réponse"sv || l == "answer"sv) return 'a';
    }
    int m = doc_.MentionAt(b);
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPerson) {
      // "RAMLOGAN-BAPTISTE:", "GUTIÉRREZ :": a transcript's label in capitals,
      // the surname (or the whole name) of a person the text names.
      if (c < sent.end && toks_[c].lower == ":"sv && toks_[b].Is(kAllCaps)) {
        int e = PersonNamedInCapitals(doc_.Span(b, c));
        if (e >= 0) {
          *after = c + 1;
          *who = e;
          return 'p';
        }
      }
      return 0;
    }
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    uint32_t k = mm.end;
    while (k < sent.end && k < mm.end + 2 && !toks_[k].Is(kWord) && toks_[k].lower != ":"sv) ++k;
    if (k >= sent.end || toks_[k].lower != ":"sv || mm.type != EntityType::kPerson || mm.entity < 0) return 0;
    *after = k + 1;
    *who = mm.entity;
    return 'p';
  }

  // The one person entity whose surname, or whole name, `label` spells
  // (accents and case aside), or -1.
  int PersonNamedInCapitals(std::string_view label) const {
    const std::string key = FoldKey(label);
    if (key.empty()) return -1;
    int found = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.dropped || en.type != EntityType::kPerson) continue;
      std::string name = FoldKey(en.name);
      bool surname = name.size() > key.size() && name.compare(name.size() - key.size(), key.size(), key) == 0 &&
                     name[name.size() - key.size() - 1] == ' ';
      if (name != key && !surname) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(e);
    }
    return found;
  }

  // A line opening with a dialogue dash ("— Parce que …"); *after is the token after the dash.
  bool DashLine(const Sentence& sent, uint32_t* after) const {
    uint32_t b = sent.begin;
    if (b + 1 >= sent.end || !(toks_[b].lower == "—"sv || toks_[b].lower == "–"sv || toks_[b].lower == "-"sv)) return false;
    *after = b + 1;
    return true;
  }

  // True when the line opened by sentence s ends with a question mark.
  bool LineEndsWithQuestion(uint32_t s) const {
    uint32_t last = s;
    while (last + 1 < doc_.sentences.size() && !LineStart(doc_.sentences[last + 1])) ++last;
    const Sentence& l = doc_.sentences[last];
    for (uint32_t k = l.end; k-- > l.begin;) {
      if (toks_[k].Is(kQuoteClose) || toks_[k].lower == "**"sv || toks_[k].lower == "*"sv) continue;
      return toks_[k].lower == "?"sv;
    }
    return false;
  }

  // True when a sentence opens a line of the text.
  bool LineStart(const Sentence& sent) const {
    return sent.begin == 0 || toks_[sent.begin].Is(kNewlineBefore) || toks_[sent.begin].Is(kParagraphBefore);
  }

  // True when the line opened by sentence s is set in bold as a whole ("**Where are the talks?**"): its
  // first token and its last are asterisks.
  bool BoldLine(uint32_t s) const {
    uint32_t last = s;
    while (last + 1 < doc_.sentences.size() && !LineStart(doc_.sentences[last + 1])) ++last;
    const Sentence& f = doc_.sentences[s];
    const Sentence& l = doc_.sentences[last];
    return f.end > f.begin + 2 && toks_[f.begin].lower == "*"sv && l.end > l.begin && toks_[l.end - 1].lower == "*"sv;
  }

  // The person entity whose name holds the one-word person mention mm as a whole word ("Ortega" in "Lucía
  // Ortega Restrepo"), when exactly one does; -1 otherwise.
  int FullNameHolding(const Mention& mm) const {
    if (mm.end != mm.begin + 1) return -1;
    const std::string& w = toks_[mm.begin].lower;
    int found = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.dropped || en.type != EntityType::kPerson) continue;
      std::string name = LowerKey(en.name);
      for (size_t at = name.find(w); at != std::string::npos; at = name.find(w, at + 1)) {
        bool starts = at == 0 || name[at - 1] == ' ';
        bool ends = at + w.size() == name.size() || name[at + w.size()] == ' ';
        if (!starts || !ends) continue;
        if (found >= 0 && found != static_cast<int>(e)) return -1;
        found = static_cast<int>(e);
        break;
      }
    }
    return found;
  }

  // The person an interview is with: named after "with/avec/asked/interrogé"
  // in the first lines (up to sentence `intro`, at least the first five),
  // else the first person named.
  int Interviewee(uint32_t intro = 4) const {
    int first = -1;
    intro = std::max<uint32_t>(intro, 4);
    for (const Mention& mm : doc_.mentions) {
      if (mm.sentence > intro) break;
      if (mm.type != EntityType::kPerson) continue;
      // (A lone word of a longer name left unresolved, "Ortega" for "Lucía Ortega Restrepo": the person named
      // in full before whose name holds it.)
      int e = mm.entity >= 0 ? mm.entity : FullNameHolding(mm);
      if (e < 0) continue;
      if (first < 0) first = e;
      uint32_t p = mm.begin;
      while (p > 0 && (toks_[p - 1].lex & Lexicon::kTitle)) --p;
      for (uint32_t x = p > 4 ? p - 4 : 0; x < p; ++x) {
        const std::string& l = toks_[x].lower;
        if (l == "with"sv || l == "avec"sv || l == "asked"sv || l == "interrogé"sv || l == "interrogée"sv || l == "interviewed"sv)
          return e;
      }
    }
    return first;
  }

  // True when sentences [s, last] hold a first-person pronoun outside quotations ("I", "we", "our", "je",
  // "nous", "notre").
  bool FirstPerson(uint32_t s, uint32_t last) const {
    static const WordList kFirst = {"i", "we", "our", "us", "my", "me", "je", "j'", "nous", "notre", "nos", "mon", "ma", "mes"};
    for (uint32_t k = doc_.sentences[s].begin; k < doc_.sentences[last].end; ++k)
      if (!toks_[k].Is(kInQuote) && kFirst.Has(toks_[k].lower)) return true;
    return false;
  }

  // Question-and-answer interviews with labelled lines: every sentence of an
  // answer not attributed otherwise is a statement of the one answering. The
  // format needs at least one question label and two answer labels.
  void Interview() {
    uint32_t questions = 0, answers = 0, persons = 0, dash_questions = 0, dash_answers = 0;
    uint32_t bold = 0, bold_questions = 0, first_bold = UINT32_MAX;
    // Per person labelling lines ("NADIA BENNANI : …"): lines, and lines that end with a question.
    std::unordered_map<int, std::pair<uint32_t, uint32_t>> person_lines;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      if (!LineStart(doc_.sentences[s])) continue;
      if (BoldLine(s)) {
        ++bold;
        bold_questions += LineEndsWithQuestion(s);
        first_bold = std::min(first_bold, s);
      }
      uint32_t after;
      int who = -1;
      char l = LineLabel(doc_.sentences[s], &after, &who);
      questions += l == 'q';
      answers += l == 'a' || l == 'p';
      persons += l == 'p';
      if (l == 'p') {
        auto& [lines, asking] = person_lines[who];
        ++lines;
        asking += LineEndsWithQuestion(s);
      }
      if (DashLine(doc_.sentences[s], &after)) ++(LineEndsWithQuestion(s) ? dash_questions : dash_answers);
    }
    // A transcript's host: a person whose labelled lines ask two questions or more, half of them or more
    // ("NADIA BENNANI : Madame Idrissi, où en est le statut ?"); the host's lines are no statements.
    auto host = [&](int who) {
      auto it = person_lines.find(who);
      return it != person_lines.end() && it->second.second >= 2 && 2 * it->second.second >= it->second.first;
    };
    // Labelled questions and answers; a transcript whose lines open with a person's name ("Kamau: …");
    // an interview in dialogue dashes ("— Pourquoi … ?" / "— Parce que …").
    bool dashes = dash_questions >= 1 && dash_answers >= 2 && dash_questions + dash_answers >= 4;
    // Questions set in bold lines, each answered by the plain line after it ("**When is the next round?**" /
    // "The seventh round should …"); a few bold lines that ask nothing are the interviewer's remarks.
    bool bold_qa = bold_questions >= 2 && bold >= 3;
    if ((questions < 1 || answers < 2) && persons < 3 && !dashes && !bold_qa) return;
    int interviewee = Interviewee(bold_qa ? first_bold : 4);
    // (The answers of an interviewee the text names in no form the mentions recognise are still statements.)
    if (interviewee < 0) interviewee = kUnnamedSpeaker;
    uint32_t prev_line = UINT32_MAX;  // the sentence opening the line before s
    bool answering = false;           // the line before s was an answer after a bold question
    std::vector<bool> has_statement(doc_.sentences.size(), false);
    for (const auto& st : doc_.statements) has_statement[st.sentence] = true;
    // One statement per answer line (all its sentences), unless one of them is attributed otherwise.
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      if (!LineStart(sent)) continue;
      uint32_t after = sent.begin;
      int who = -1;
      char l = LineLabel(sent, &after, &who);
      int speaker = l == 'a' ? interviewee : l == 'p' && !host(who) ? who : -1;
      if (speaker < 0 && dashes && DashLine(sent, &after) && !LineEndsWithQuestion(s)) speaker = interviewee;
      bool after_bold = bold_qa && prev_line != UINT32_MAX && BoldLine(prev_line);
      prev_line = s;
      uint32_t last = s;
      while (last + 1 < doc_.sentences.size() && !LineStart(doc_.sentences[last + 1])) ++last;
      // An answer runs on over the next plain lines while they speak in the first person ("We did not sign it
      // …"); narration after the last answer ("Not everyone shares her confidence.") does not.
      bool continues = answering && l == 0 && !BoldLine(s) && FirstPerson(s, last);
      answering = false;
      if (speaker < 0 && ((after_bold && l == 0 && !BoldLine(s)) || continues)) speaker = interviewee;
      if (speaker < 0 && speaker != kUnnamedSpeaker) continue;
      bool said = false;
      for (uint32_t x = s; x <= last; ++x) said |= has_statement[x];
      if (said) continue;
      answering = bold_qa && l == 0;
      uint32_t ce = doc_.sentences[last].end;
      used_.assign(ce - sent.begin, false);
      Add(s, after, ce, false, speaker, "", after, ce, 0.6f);
    }
  }

  // The closing mark of a quotation of fewer than four words (longer ones are
  // statements by themselves) opening within eight words after a verb, with
  // no comma or full stop before it; 0 when none.
  uint32_t ShortQuoteAfter(uint32_t s, uint32_t b, uint32_t end) const {
    uint32_t qo = b;
    while (qo < end && qo < b + 8 && !toks_[qo].Is(kQuoteOpen) && toks_[qo].lower != ","sv && toks_[qo].lower != "."sv &&
           toks_[qo].lower != ";"sv)
      ++qo;
    if (qo >= end || !toks_[qo].Is(kQuoteOpen) || Used(s, qo)) return 0;
    uint32_t qc = qo + 1, words = 0;
    while (qc < end && !toks_[qc].Is(kQuoteClose)) words += toks_[qc++].Is(kWord);
    return qc < end && words >= 1 && words < 4 ? qc : 0;
  }

  // The end of [b, e) without its closing punctuation (a closing quotation mark stays).
  uint32_t TrimEnd(uint32_t b, uint32_t e) const {
    while (e > b && toks_[e - 1].Is(kPunct) && !toks_[e - 1].Is(kQuoteClose)) --e;
    return e;
  }

  // Source text of tokens [b, e).
  std::string SpanText(uint32_t b, uint32_t e) const {
    if (e <= b) return std::string();
    return std::string(doc_.text.substr(toks_[b].start, toks_[e - 1].end - toks_[b].start));
  }

  // Nouns of a written statement that a participle's content follows ("un communiqué dénonçant", "a statement
  // saying").
  static bool WrittenStatementNoun(std::string_view l) {
    return l == "communiqué"sv || l == "déclaration"sv || l == "lettre"sv || l == "message"sv || l == "statement"sv ||
           l == "letter"sv || l == "note"sv || l == "post"sv || l == "release"sv;
  }

  // Present participles that report speech after a main clause ("estimant que", "adding that").
  static bool Participle(std::string_view l) {
    return (l.size() > 5 && l.compare(l.size() - 3, 3, "ant") == 0) ||
           (l.size() > 5 && l.compare(l.size() - 3, 3, "ing") == 0);
  }

  // The subject opening [b, e): the first person named within its first twelve tokens, not governed by a
  // preposition ("The government's chief negotiator, X, was blunt"), else an organisation opening it; -1
  // when none.
  int LeadingSubject(uint32_t b, uint32_t e) const {
    e = std::min(e, b + 12);
    // A person first: "The general secretary of the drivers' union Aslef, Mick Whelan, was unequivocal".
    for (uint32_t k = b; k < e; ++k) {
      int m = doc_.MentionAt(k);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      uint32_t p = k;
      if (p > b && Determiner(toks_[p - 1].lower)) --p;
      const std::string& g = p > b ? toks_[p - 1].lower : "";
      bool governed = p > b && (Introducer(g) || g == "with"sv || g == "avec"sv || g == "by"sv || g == "par"sv ||
                                g == "from"sv || g == "among"sv || g == "parmi"sv || g == "between"sv || g == "entre"sv ||
                                g == "against"sv || g == "contre"sv || g == "without"sv || g == "sans"sv);
      if (mm.entity >= 0 && mm.type == EntityType::kPerson && !governed) return mm.entity;
      k = mm.end - 1;
    }
    // Else an organisation opening the clause ("The Kremlin was blunt:"), not one inside a description.
    uint32_t x = b;
    while (x < e && Determiner(toks_[x].lower)) ++x;
    int m = x < e ? doc_.MentionAt(x) : -1;
    if (m < 0) return -1;
    int o = doc_.mentions[static_cast<size_t>(m)].entity;
    return o >= 0 && Speaker(o) ? o : -1;
  }

  // The person a subject pronoun ("il", "she") or a description ("le ministre", "the minister") opening [b, e)
  // stands for, past a connector ("Mais", "However,"); -1 when the clause opens otherwise.
  int DescribedSubject(uint32_t b, uint32_t e) const {
    b = SkipConnector(b, e);
    if (b < e && In(toks_[b].lower, {"mais", "but", "et", "and", "yet"})) ++b;
    if (b >= e) return -1;
    Gender g;
    if (IsPronoun(toks_[b], &g)) return ResolveReference(doc_, b);
    // (Not "le ministre X", a name after the role; a place or a body closing the role's complement is no name:
    // "Le diplomate, qui a passé sa carrière à Bruxelles, …".)
    if (b + 1 < e && In(toks_[b].lower, {"le", "la", "l'", "the"})) {
      if (uint32_t r = RoleAt(doc_, b + 1, e); r > 0) {
        int m = doc_.MentionAt(b + 1 + r);
        if (m < 0 || doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPerson) return ResolveReference(doc_, b);
      }
    }
    return -1;
  }

  // The person named in [b, e) right after a noun and "de/d'/of/from" within the clause's first five words
  // ("**17 h 30** - Réaction immédiate de X, …", "L'analyse d'X", "Reaction from X"), when it is the only person
  // the clause names and no reporting verb stands in it; -1 otherwise.
  int NounOfPerson(uint32_t b, uint32_t e) const {
    // Past a leading time stamp or markup ("**17 h 30** -", "11:15 -").
    for (uint32_t x = b; x < e && x < b + 12; ++x)
      if (toks_[x].lower == "-"sv || toks_[x].lower == "—"sv || toks_[x].lower == "–"sv) {
        b = x + 1;
        break;
      }
    int found = -1;
    uint32_t words = 0;
    for (uint32_t k = b; k < e; ++k) {
      uint32_t len;
      // (A verb's form after a determiner is a noun: "L'analyse d'X".)
      if (IsReportingVerbAt(doc_, k, e, &len) && !(k > b && In(toks_[k - 1].lower, {"l'", "la", "le", "the", "a", "an",
                                                                                   "une", "un", "sa", "son"})))
        return -1;
      words += toks_[k].Is(kWord);
      int m = doc_.MentionAt(k);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.type != EntityType::kPerson) {
        k = mm.end - 1;
        continue;
      }
      if (found >= 0 || mm.entity < 0) return -1;
      const std::string& g = k > b ? toks_[k - 1].lower : "";
      bool of = g == "de"sv || g == "d'"sv || g == "of"sv || g == "from"sv;
      if (!of || words > 6 || k < b + 2 || !toks_[k - 2].Is(kWord) || doc_.MentionCovering(k - 2) >= 0) return -1;
      found = mm.entity;
      k = mm.end - 1;
    }
    return found;
  }

  // The speaker a sentence names as the author of the quotation just before it: "Ce sont les mots, prononcés
  // mardi, du porte-parole, X", "Ces propos de X", "Those words, spoken late on Wednesday, came from X": the
  // first person of sentence s when it opens with a noun of words after a determiner; -2 when it does but
  // names no person, -1 when it does not.
  int OwnerOfWords(uint32_t s) const {
    if (s >= doc_.sentences.size()) return -1;
    const Sentence& n = doc_.sentences[s];
    bool words = false;
    for (uint32_t k = n.begin + 1; k < n.end && k < n.begin + 4 && !words; ++k) {
      const std::string& l = toks_[k].lower;
      const std::string& d = toks_[k - 1].lower;
      words = (l == "mots"sv || l == "propos"sv || l == "paroles"sv || l == "words"sv || l == "remarks"sv ||
               l == "comments"sv) &&
              (d == "ces"sv || d == "les"sv || d == "those"sv || d == "these"sv || d == "the"sv || d == "such"sv);
    }
    if (!words) return -1;
    for (uint32_t k = n.begin; k < n.end; ++k) {
      int m = doc_.MentionAt(k);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity >= 0 && mm.type == EntityType::kPerson) return mm.entity;
      k = mm.end - 1;
    }
    return -2;
  }

  // The author of the written statement a noun at token i names again ("Hamas issued a statement on Tuesday.
  // The statement said …"): the subject of the latest of the three sentences before that names the same noun.
  int AuthorOf(uint32_t i) const {
    uint32_t s = toks_[i].sentence;
    for (uint32_t back = 1; back <= 3 && back <= s; ++back) {
      const Sentence& p = doc_.sentences[s - back];
      for (uint32_t k = p.begin; k < p.end; ++k)
        if (toks_[k].lower == toks_[i].lower && !toks_[k].Is(kInQuote)) return LeadingSubject(p.begin, k);
    }
    return -1;
  }

  // The first person or organisation of [lo, e) not governed by a preposition: the sentence's subject.
  // (A possessor, "Wilson's deputy, Tom Baker, …", yields to a speaker named after it.)
  int FirstSubject(uint32_t lo, uint32_t e) const {
    int possessor = -1;
    for (uint32_t k = lo; k < e; ++k) {
      int m = doc_.MentionAt(k);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      uint32_t p = k;
      if (p > lo && (toks_[p - 1].lower == "la"sv || toks_[p - 1].lower == "l'"sv || toks_[p - 1].lower == "the"sv)) --p;
      bool governed = p > lo && Introducer(toks_[p - 1].lower);
      if (mm.entity >= 0 && !governed && Speaker(mm.entity)) {
        bool owns = mm.end < e && (toks_[mm.end].lower == "'s"sv || toks_[mm.end].lower == "’s"sv);
        if (!owns) return mm.entity;
        if (possessor < 0) possessor = mm.entity;
      }
      k = mm.end - 1;
    }
    return possessor;
  }

  // The token after the subject named after a verb: determiners, a role
  // phrase and a name ("a insisté la haute représentante, X").
  uint32_t SubjectEnd(uint32_t k, uint32_t end) const {
    uint32_t j = k;
    while (j < end && j < k + 10 && toks_[j].lower != ","sv && toks_[j].lower != "."sv && !toks_[j].Is(kQuoteOpen)) {
      int m = doc_.MentionAt(j);
      if (m >= 0) return doc_.mentions[static_cast<size_t>(m)].end;
      ++j;
    }
    return j;
  }

  // True when token k is a comma followed by at least three words of the
  // same sentence: the attribution stood in the middle of the content.
  bool ContinuesAfter(uint32_t k, uint32_t end) const {
    if (k >= end || toks_[k].lower != ","sv) return false;
    uint32_t words = 0;
    for (uint32_t x = k + 1; x < end; ++x) {
      uint32_t len;
      if (IsReportingVerbAt(doc_, x, end, &len) && words < 3) return false;  // ", she said, adding that"
      words += toks_[x].Is(kWord);
    }
    return words >= 3;
  }

  // The first token of a bare English clause after the verb group, 0 if none.
  uint32_t BareClause(uint32_t k, uint32_t len, const VerbGroup& vg, uint32_t end) const {
    if (!doc_.en || vg.end >= end || vg.end != k + len) return 0;
    const std::string& v = toks_[k].lower;
    uint32_t x = vg.end;
    if (In(v, {"told", "tells"})) {
      // The audience: "told reporters", "told the BBC", "told Reuters".
      static const StringSet kAudience = {"reporters", "journalists", "lawmakers", "delegates",
                                                                "senators", "parliament", "investors", "analysts",
                                                                "supporters", "colleagues"};
      if (kAudience.count(toks_[x].lower)) ++x;
      else if (int m = doc_.MentionAt(x); m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kOrganization)
        x = doc_.mentions[static_cast<size_t>(m)].end;
      else if (x + 1 < end && toks_[x].lower == "the"sv && doc_.MentionAt(x + 1) >= 0 &&
               doc_.mentions[static_cast<size_t>(doc_.MentionAt(x + 1))].type == EntityType::kOrganization)
        x = doc_.mentions[static_cast<size_t>(doc_.MentionAt(x + 1))].end;
      else
        return 0;
      // "told reporters in Islamabad the deal …": a place or a day after the audience.
      while (x + 1 < end && (toks_[x].lower == "in"sv || toks_[x].lower == "at"sv || toks_[x].lower == "on"sv) &&
             (doc_.MentionAt(x + 1) >= 0 || InLexicon(lex_.weekdays, toks_[x + 1], Lexicon::kWeekday))) {
        int m = doc_.MentionAt(x + 1);
        x = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].end : x + 2;
      }
      if (x >= end || toks_[x].lower == "that"sv) return 0;  // the que/that rule handles it
    } else if (!In(v, {"said", "says", "saying", "noted", "warned", "argued", "insisted", "added", "wrote",
                       "believes", "thinks"})) {
      // Other reporting verbs may take an object ("confirmed the appointment of …"): a clause only when a
      // short subject is followed by an auxiliary or a modal ("confirmed the talks would go ahead",
      // "acknowledged the plan had slipped", "announced it would leave").
      static const WordList kAux = {"would", "will", "could", "can", "had", "has", "have", "was", "were", "is",
                                    "are", "should", "might", "may", "must", "did", "does", "do"};
      uint32_t y = x;
      if (y < end && Determiner(toks_[y].lower)) ++y;
      uint32_t words = 0;
      while (y < end && words < 4 && toks_[y].Is(kWord) && !kAux.Has(toks_[y].lower) && !Introducer(toks_[y].lower)) {
        ++y;
        ++words;
      }
      // ("expects the summit to overrun into Saturday", "predicted prices to fall": a forecast's subject and
      // infinitive.)
      bool forecast = (v.rfind("expect", 0) == 0 || v.rfind("predict", 0) == 0) && words > 0 && y + 1 < end &&
                      toks_[y].lower == "to"sv && toks_[y + 1].Is(kWord) && !toks_[y + 1].Is(kCap);
      if (forecast && toks_[x].lower != "that"sv) return x;
      if (words == 0 || y >= end || !kAux.Has(toks_[y].lower) || toks_[x].lower == "that"sv) return 0;
      // (Not a denial: "denied the report was accurate" reports the opposite of the clause.)
      if (v.rfind("den", 0) == 0 || v.rfind("reject", 0) == 0 || v.rfind("dismiss", 0) == 0 || v.rfind("disput", 0) == 0)
        return 0;
      return x;
    }
    // "said on Wednesday it had …", "said late on Monday the talks …": a day between the verb and the clause.
    if (v != "told" && v != "tells") {
      uint32_t y = x;
      if (y < end && toks_[y].lower == "late"sv) ++y;
      if (y + 1 < end && toks_[y].lower == "on"sv && InLexicon(lex_.weekdays, toks_[y + 1], Lexicon::kWeekday)) {
        y += 2;
        if (y >= end || toks_[y].lower == "that"sv || !toks_[y].Is(kWord)) return 0;  // the que/that rule handles it
        x = y;
      }
    }
    if (x >= end || !toks_[x].Is(kWord)) return 0;
    // "has said repeatedly that": an adverb before "that" (the que/that rule handles it).
    if (x + 1 < end && AdverbAt(x) && toks_[x + 1].lower == "that"sv) return 0;
    const std::string& w = toks_[x].lower;
    if (w == "on"sv || w == "in"sv || w == "at"sv || w == "after"sv || w == "during"sv || w == "before"sv || w == "by"sv ||
        w == "to"sv || w == "of"sv || w == "for"sv || w == "with"sv || w == "from"sv || w == "as"sv || w == "and"sv ||
        w == "against"sv || w == "about"sv || w == "over"sv || w == "but"sv)
      return 0;
    // A role before a name: "said President Vladimir Putin had …".
    uint32_t y = x;
    if (uint32_t r = RoleAt(doc_, y, end); r && doc_.MentionAt(y + r) >= 0) y += r;
    int m = doc_.MentionAt(y);
    uint32_t after = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].end : y + 1;
    bool clause = after < end && toks_[after].Is(kWord) && !toks_[after].Is(kCap);
    bool ok = m >= 0 ? clause : (!toks_[y].Is(kCap) || clause);
    return ok ? x : 0;
  }

  // The start of another attribution in [b, e): ", while/whereas/tandis que/alors que" or ";"
  // followed by a reporting verb. e when none.
  uint32_t NextAttribution(uint32_t b, uint32_t e) const {
    for (uint32_t x = b + 3; x + 1 < e; ++x) {
      if (toks_[x].Is(kInQuote) || toks_[x].Is(kQuoteOpen)) continue;
      const std::string& n = toks_[x + 1].lower;
      bool boundary = toks_[x].lower == ";"sv ||
                      (toks_[x].lower == ","sv && (n == "while" || n == "whereas" || n == "tandis" ||
                                                 (n == "alors" && x + 2 < e && toks_[x + 2].lower == "que"sv)));
      // "X said A and announced that B", "X a estimé que A et a ajouté que B": a second reporting verb of the
      // same subject, with its own "that/que".
      if ((toks_[x].lower == "and"sv || toks_[x].lower == "et"sv) && x > b + 3) {
        uint32_t v = x + 1;
        while (v < e && v < x + 3 && (Aux(toks_[v].lower) || AdverbAt(v))) ++v;
        uint32_t len;
        if (v < e && IsReportingVerbAt(doc_, v, e, &len) && v + len < e &&
            In3(toks_[v + len].lower, "that", "que", "qu'"))
          return x;
        continue;
      }
      // "qu'il consulterait « chaque atelier », tout en jugeant la garantie « plus solide … »": a present
      // participle of a reporting verb after a comma, whose quotation was taken as a statement of its own.
      if (toks_[x].lower == ","sv && x + 2 < e) {
        uint32_t v = x + 1;
        if (v + 2 < e && toks_[v].lower == "tout"sv && toks_[v + 1].lower == "en"sv) v += 2;
        uint32_t len;
        if (Participle(toks_[v].lower) && IsReportingVerbAt(doc_, v, e, &len)) {
          uint32_t s = toks_[x].sentence;
          for (uint32_t y = v + 1; y < e && y < v + 16; ++y)
            if (toks_[y].Is(kQuoteOpen)) {
              if (Used(s, y)) return x;
              break;
            }
        }
      }
      if (!boundary) continue;
      for (uint32_t v = x + 2; v < e && v < x + 25; ++v) {
        uint32_t len;
        if (toks_[v].Is(kQuoteOpen)) break;
        if (IsReportingVerbAt(doc_, v, e, &len)) return x;
      }
    }
    return e;
  }

  // The first token of the subject phrase before a verb group (for the evidence span).
  uint32_t SubjectStart(uint32_t gb, uint32_t lo) const {
    uint32_t j = gb;
    while (j > lo && gb - j < 12 && toks_[j - 1].lower != "."sv && toks_[j - 1].lower != ";"sv) --j;
    return j;
  }

  // The first token of a relative clause "…, qui VERB" opened at most four tokens before k (after the comma and
  // the pronoun); 0 when k is not inside such a clause.
  uint32_t RelativeBefore(uint32_t k, uint32_t lo) const {
    for (uint32_t x = k; x-- > lo + 1 && x + 5 > k;) {
      if (toks_[x].lower == ","sv) return 0;
      if (In3(toks_[x].lower, "qui", "which", "who") && toks_[x - 1].lower == ","sv) return x + 1 < k ? x + 1 : 0;
    }
    return 0;
  }

  // Skips a leading connector clause ("Par ailleurs,", "However,") of at most 3 words.
  uint32_t SkipConnector(uint32_t b, uint32_t e) const {
    // ("Le diplomate bernois, qui …, se garde": a description of a person before a comma is the subject.)
    if (b + 1 < e && In(toks_[b].lower, {"le", "la", "l'", "the"}) && RoleAt(doc_, b + 1, e)) return b;
    for (uint32_t k = b; k < e && k < b + 4; ++k)
      if (toks_[k].lower == ","sv) {
        bool names = false;
        for (uint32_t x = b; x < k; ++x) names |= doc_.MentionCovering(x) >= 0;
        return names ? b : k + 1;
      }
    return b;
  }

  Document& doc_;
  std::vector<Token>& toks_;
  const Lexicon& lex_;
  std::vector<bool> used_;
  std::vector<uint32_t> para_;  // paragraph index of each sentence
  std::vector<uint8_t> reported_cue_;  // by token: IndexTokens
  std::vector<uint32_t> quote_opens_;  // tokens opening a quotation, in text order: IndexTokens
  std::vector<Seg> segs_;              // Quotes' quotations of the sentence
  mutable std::vector<uint32_t> kept_;  // ParseVerb's scratch
};

}  // namespace

namespace {

// The word sequences that begin a reporting verb of several words and are not the whole of it ("a fait" of
// "a fait savoir"): the first words of the phrase up to each inner space. Built once from the lexicon.
const StringSet& VerbPhrasePrefixes() {
  static const StringSet prefixes = [] {
    StringSet p;
    for (const auto& entry : Lexicon::Get().reporting_verbs) {
      const std::string& v = entry.first;
      for (size_t sp = v.find(' '); sp != std::string::npos; sp = v.find(' ', sp + 1)) p.insert(v.substr(0, sp));
    }
    return p;
  }();
  return prefixes;
}

}  // namespace

bool ReportingVerbFrom(const Document& doc, uint32_t i, uint32_t limit, uint32_t* len) {
  const Lexicon& lex = Lexicon::Get();
  const StringSet& prefixes = VerbPhrasePrefixes();
  // The words from i joined by spaces: in a buffer on the stack, moved to a string if they outgrow it.
  char buf[128];
  std::string long_key;
  size_t size = 0;
  auto append = [&](std::string_view w) {
    if (long_key.empty() && size + w.size() <= sizeof buf) {
      std::memcpy(buf + size, w.data(), w.size());
    } else {
      if (long_key.empty()) long_key.assign(buf, size);
      long_key.append(w);
    }
    size += w.size();
  };
  uint32_t best = 0;
  for (uint32_t n = 0; n < lex.max_verb_words && i + n < limit; ++n) {
    const Token& t = doc.tokens[i + n];
    if (!t.Is(kWord)) break;
    if (n > 0) append(" "sv);
    append(t.lower);
    // One word: the token's kVerb flag says whether it is a reporting verb by itself.
    std::string_view key = long_key.empty() ? std::string_view(buf, size) : std::string_view(long_key);
    if (n == 0 ? (t.lex & Lexicon::kVerb) != 0 : lex.reporting_verbs.count(key) > 0) best = n + 1;
    if (!prefixes.count(key)) break;  // no longer phrase starts with these words
  }
  *len = best;
  return best > 0;
}

void FindStatements(Document* doc) {
  doc->statements.clear();
  doc->statements.reserve(doc->sentences.size());  // about one per sentence at most, in news text
  StatementFinder(doc).Run();
  // In sentence order (interview answers are found last), for ResolveReference's lookups.
  std::stable_sort(doc->statements.begin(), doc->statements.end(),
                   [](const StatementFact& a, const StatementFact& b) { return a.sentence < b.sentence; });
}

}  // namespace kg::ingest
