// Stage 2: mentions of Persons, Organizations and Places.
//
// A mention is a capitalised name confirmed by context: a courtesy title, a
// first name, the name dictionary (gazetteer places and known bodies), an
// organisation cue word, a role word before the name, a media word. Lone
// capitalised words without such evidence are kept as tentative and
// confirmed or dropped by Resolve (e.g. "Peskov" after "Dmitri Peskov").
#include <algorithm>
#include <array>
#include <functional>
#include <optional>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

constexpr uint32_t kMaxNameTokens = 12;

bool NameWord(const Token& t) { return t.Is(kWord) && t.Is(kCap) && !t.Is(kNumber); }

// Name particles ("de", "van", "bin", "y" as in "Mateos y Lago"): at most three bytes, tested
// by length and bytes without a table lookup (called for most words of every article: a
// longer word is answered inline).
bool ShortParticle(std::string_view l);
[[gnu::always_inline]] inline bool Particle(std::string_view l) { return l.size() <= 3 && ShortParticle(l); }
bool ShortParticle(std::string_view l) {
  switch (l.size()) {
    case 1:
      return l[0] == 'y';
    case 2:
      switch (l[0]) {
        case 'd': return l[1] == 'e' || l[1] == 'a' || l[1] == 'i' || l[1] == 'u' || l[1] == 'o';  // de da di du do
        case 'a': return l[1] == 'l';                                                // al
        case 'e': return l[1] == 'l';                                                // el
        case 'l': return l[1] == 'e' || l[1] == 'a';                                 // le la
        default: return false;
      }
    case 3: {
      // The three bytes as one number, compared with the three-byte particles'.
      constexpr auto pack = [](unsigned char a, unsigned char b, unsigned char c) {
        return static_cast<uint32_t>(a) | static_cast<uint32_t>(b) << 8 | static_cast<uint32_t>(c) << 16;
      };
      const uint32_t w = pack(static_cast<unsigned char>(l[0]), static_cast<unsigned char>(l[1]),
                              static_cast<unsigned char>(l[2]));
      switch (w) {
        case pack('v', 'a', 'n'): case pack('v', 'o', 'n'): case pack('d', 'e', 'r'): case pack('d', 'e', 'n'):
        case pack('b', 'i', 'n'): case pack('b', 'e', 'n'): case pack('d', 'e', 'l'): case pack('d', 'o', 's'):
        case pack('i', 'b', 'n'): case pack('a', 'b', 'u'):
          return true;
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

// Spanish and Portuguese connectors too, for names quoted in the original
// ("Fundación Ideas para la Paz", "Universidad de los Andes", "Clan del Golfo").
// (The connectors have at most four bytes: a longer word is answered inline, without a lookup.)
bool ShortOrgConnector(std::string_view l);
[[gnu::always_inline]] inline bool OrgConnector(std::string_view l) { return l.size() <= 4 && ShortOrgConnector(l); }
bool ShortOrgConnector(std::string_view l) {
  static const StringSet kConn = {"de", "du", "des", "d'", "la", "l'", "of", "for", "the", "on", "pour", "en",
                                  "aux", "au", "à", "para", "los", "las", "del", "do", "da", "dos", "das"};
  return kConn.count(l) > 0;
}

// Connectors inside a name headed by a cue word: "Conseil de la Fédération",
// "Département des relations internationales et des processus d'intégration".
bool HeadConnector(std::string_view l) {
  return l == "de"sv || l == "du"sv || l == "des"sv || l == "d'"sv || l == "la"sv || l == "l'"sv || l == "et"sv || l == "of"sv ||
         l == "for"sv || l == "the"sv || l == "aux"sv ||  // "Groupe des pays aux vues similaires"
         l == "para"sv || l == "los"sv || l == "las"sv || l == "del"sv;  // "Fundación Ideas para la Paz"
}

// Prepositions allowed in a role's complement before a name ("the chief
// negotiator in Geneva, X", "le conseiller de M. Kurti pour le dialogue, X").
bool ComplementWord(std::string_view l) {
  static const StringSet kPrep = {"in", "at", "to", "on", "with", "pour", "sur", "auprès",
                                                        "chez", "dans", "le", "les", "en", "the", "a", "an", "two", "three", "both",
                                                        "deux", "trois", "des", "its", "their", "son", "sa", "leur", "leurs"};
  return kPrep.count(l) > 0;
}

// "said in a statement", "a indiqué dans un communiqué": words after a
// reporting verb that mark a written statement, typical of organisations.
bool StatementWords(const std::vector<Token>& toks, uint32_t k, uint32_t end) {
  static constexpr std::string_view kForms[][3] = {{"in", "a", "statement"},   {"in", "a", "communiqué"},
                                                   {"in", "a", "press"},       {"dans", "un", "communiqué"},
                                                   {"in", "its", "statement"}, {"on", "its", "website"},
                                                   {"sur", "son", "site"},     {"in", "a", "written"}};
  for (const auto& f : kForms)
    if (k + 3 <= end && toks[k].lower == f[0] && toks[k + 1].lower == f[1] && toks[k + 2].lower == f[2]) return true;
  return false;
}

// Lower-case nouns that classify the organisation named right after them.
bool ClassifierNoun(std::string_view l) {
  static const StringSet kNouns = {
      "broker", "insurer", "bank", "lender", "firm", "company", "carrier", "airline", "group", "union", "charity",
      "ngo", "tank", "consultancy", "manufacturer", "carmaker", "automaker", "giant", "operator", "investor",
      "federation", "association", "coalition", "organisation", "organization", "party", "movement", "militia",
      "watchdog", "regulator", "fédération", "groupe", "société", "syndicat", "ong", "cabinet", "banque", "assureur",
      "constructeur", "opérateur", "géant", "entreprise", "compagnie", "parti", "mouvement", "milice", "fonds",
      "armateur", "transporteur", "institut", "laboratoire", "collectif"};
  return kNouns.count(l) > 0;
}

bool MediaWord(std::string_view l) {
  static const StringSet kMedia = {"journal", "quotidien", "agence", "chaîne", "hebdomadaire",
                                                         "magazine", "site", "newspaper", "daily", "agency",
                                                         "broadcaster", "outlet", "radio", "télévision", "média"};
  return kMedia.count(l) > 0;
}

// Head nouns of an apposition that classifies the name before it as an
// organisation ("Monusco, the United Nations peacekeeping mission in Congo,",
// "Syngenta, the Swiss-based agrochemicals maker", "X, a London-based
// campaign group", "Y, the party of …"): the classifier nouns, media words
// and a few more heads of such descriptions.
bool AppositionClassifier(std::string_view l) {
  static const StringSet kMore = {
      "maker", "producer", "supplier", "retailer", "conglomerate", "multinational", "miner", "refiner", "exporter",
      "institute", "mission", "body", "alliance", "bloc", "network", "publisher", "foundation", "university",
      "agence", "organisme", "fabricant", "producteur", "fondation", "université", "alliance", "coalition",
      "think-tank", "centre", "center", "court", "tribunal", "institution", "organisation", "association"};
  return ClassifierNoun(l) || (MediaWord(l) && l != "site"sv) || kMore.count(l) > 0;
}

}  // namespace

// Lower-case words with the shape of an adjective (shared with the documents stage).
bool AdjectiveLike(std::string_view l) {
  static constexpr std::string_view kEnds[] = {
      "al", "ale", "aux", "ales", "ien", "ienne", "ain", "aine", "ais", "aise", "ique", "iques", "el", "elle",
      "if", "ive", "aire", "aires", "é", "ée", "és", "ées", "eur", "ieure", "ieur", "uelle", "onal", "onale",
      "ifs", "ives", "iens", "iennes", "ains", "aines", "els", "elles", "eurs", "ieures", "iste", "istes",
      "ate", "ates", "ère", "ères", "anne", "annes", "itime", "itimes"};  // "étrangères", "paysanne", "maritime"
  if (l == "unies"sv || l == "unis"sv) return true;  // "Nations unies"
  if (l.size() < 4) return false;
  // (The last bytes first: most endings differ there, without a call to compare the rest.)
  for (std::string_view e : kEnds)
    if (l.size() > e.size() && l.back() == e.back() && l.substr(l.size() - e.size()) == e) return true;
  return false;
}

namespace {

class MentionFinder {
 public:
  explicit MentionFinder(Document* doc) : doc_(*doc), toks_(doc->tokens), lex_(Lexicon::Get()) {
    // Room for the mentions of most articles (one per 17 tokens on average): no move as they are added.
    doc_.mentions.reserve(toks_.size() / 8);
    // Words seen in lower case somewhere: a capitalised first word of a
    // sentence with such a form is a common word, not a name.
    // (Words of the lexicons are recognised by their flags and need no entry.)
    // (The lower-case words that may begin a dictionary name are listed in the same pass, for
    // LowerNameWordSeen.)
    lower_seen_.reserve(toks_.size() / 4);
    for (const auto& t : toks_) {
      if (!t.Is(kWord) || t.Is(kCap) || t.Is(kNumber)) continue;
      if (t.lex == 0) lower_seen_.insert(std::string_view(t.lower));
      else if (t.lex & Lexicon::kNameStart) lower_name_word_list_.push_back(std::string_view(t.lower));
    }
  }

  void Run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      uint32_t i = sent.begin;
      while (i < sent.end) i = Passive(i) ? i + 1 : Step(s, i, sent.end);
    }
    NumberedNames();
    CitySuffixes();
    AcronymExpansions();
    KnownNames();
    OneSensePerName();
    CoordinatedNames();
    PartiesOfTalks();
  }

  // "Talks between Unifor and Algoma Steel resumed", "les négociations entre
  // la Coordination et Uber": unconfirmed names governed by between/entre
  // right after a word of talks or meeting, and the names coordinated with
  // them, are parties: persons when they open on a listed first name,
  // organisations otherwise. Linear in the mentions.
  void PartiesOfTalks() {
    uint32_t list_end = 0;  // the end of the last party taken (for "X and Y")
    for (Mention& m : doc_.mentions) {
      uint32_t p = m.begin;
      while (p > 0 && In(toks_[p - 1].lower, {"the", "la", "le", "l'", "les"})) --p;
      if (p < 2 || toks_[p - 1].sentence != m.sentence) continue;
      const std::string& prev = toks_[p - 1].lower;
      bool governed = false;
      if (In(prev, {"between", "entre"})) {
        for (uint32_t x = p - 1; x > 0 && x + 4 > p && !governed;) {
          --x;
          governed = (toks_[x].lex & (Lexicon::kNegotiation | Lexicon::kMeeting)) != 0;
        }
      } else if (In(prev, {"and", "et", ","}) && list_end > 0 && p - 1 == list_end) {
        governed = true;
      }
      if (!governed) continue;
      list_end = m.end;
      if (!m.tentative) continue;
      bool first = IsFirstName(m.begin) &&
                   m.end > m.begin + 1;
      m.type = first ? EntityType::kPerson : EntityType::kOrganization;
      m.tentative = false;
      m.confidence = 0.5f;
    }
  }

  // "les pêcheurs de Barbate et d'Algésiras", "terminals in Felixstowe and Daventry", "Seattle, Everett,
  // Auburn and Renton": a lone unconfirmed word coordinated (a comma, "et/and/ou/or", a repeated
  // preposition) with a confirmed place or organisation right before or after it is one more of the same
  // kind. Left alone: first names, a clause's first common word, and the surname of a person the article
  // names (the rule reads one neighbour on each side: linear in the mentions).
  void CoordinatedNames() {
    StringViewSet surnames;
    for (const Mention& m : doc_.mentions)
      if (m.type == EntityType::kPerson && !m.tentative) surnames.insert(std::string_view(toks_[m.end - 1].lower));
    // True when a (before b) and b are items of one enumeration: a comma or a conjunction between them, a
    // preposition only repeated after a conjunction ("de X et de Y"; "X, à Paris" situates, it does not
    // enumerate). Organisations need a comma: "Justice et Paix" may be one name.
    auto coordinated = [&](const Mention& a, const Mention& b, EntityType type) {
      if (a.sentence != b.sentence || b.begin <= a.end || b.begin - a.end > 3) return false;
      bool comma = false, conj = false;
      for (uint32_t k = a.end; k < b.begin; ++k) {
        const std::string& l = toks_[k].lower;
        if (l == ","sv) comma = true;
        else if (l == "et"sv || l == "and"sv || l == "ou"sv || l == "or"sv) conj = true;
        else if (!(conj && In(toks_[k - 1].lower, {"et", "and", "ou", "or"}) && In(l, {"de", "d'", "du", "à", "in", "at"})))
          return false;
      }
      return type == EntityType::kOrganization ? comma : comma || conj;
    };
    // A confirmed organisation, or a town or region the gazetteer knows (not one inferred from its context
    // alone; not a country: countries are listed with organisations as often as with places, "le Kenya et
    // l'Igad").
    auto firm = [&](const Mention& m) {
      if (m.tentative) return false;
      if (m.type == EntityType::kOrganization) return true;
      return m.type == EntityType::kPlace && m.place >= 0 &&
             lex_.places[static_cast<size_t>(m.place)].kind != "country"sv;
    };
    // Two passes, forward then backward, so that a list confirms its items
    // from a firm member at either end ("Netflix, Disney, Paramount and Sony
    // Pictures"): each item confirmed is firm for its other neighbour.
    const size_t count = doc_.mentions.size();
    for (size_t step = 0; step < 2 * count; ++step) {
      size_t mi = step < count ? step : 2 * count - 1 - step;
      Mention& m = doc_.mentions[mi];
      if (!m.tentative || m.end != m.begin + 1 || toks_[m.begin].Is(kAllCaps) || toks_[m.begin].Is(kNumber) ||
          toks_[m.begin].lower.find_first_of("0123456789") != std::string::npos)  // "G77"
        continue;
      if ((toks_[m.begin].lex & Lexicon::kFirstName) || (ClauseStart(m.begin) && CommonWord(m.begin)) ||
          surnames.count(std::string_view(toks_[m.begin].lower)))
        continue;
      const Mention* n = nullptr;
      if (mi > 0 && firm(doc_.mentions[mi - 1]) &&
          coordinated(doc_.mentions[mi - 1], m, doc_.mentions[mi - 1].type)) {
        n = &doc_.mentions[mi - 1];
      } else if (mi + 1 < doc_.mentions.size() && firm(doc_.mentions[mi + 1]) &&
                 coordinated(m, doc_.mentions[mi + 1], doc_.mentions[mi + 1].type)) {
        n = &doc_.mentions[mi + 1];
        // A word opening the sentence before a comma ("Later, CTU President X said") is an adverb as
        // often as a list's first item: it needs the list to go on after its neighbour ("Netflix,
        // Disney, Paramount …").
        const Sentence& sent = doc_.sentences[m.sentence];
        if (m.begin == sent.begin && (n->end >= sent.end || !In(toks_[n->end].lower, {",", "and", "et", "or", "ou"})))
          n = nullptr;
      }
      if (!n) continue;
      m.type = n->type;
      m.tentative = false;
      m.confidence = 0.5f;
      if (m.type == EntityType::kPlace) {
        const std::vector<NameRef>* refs = nullptr;
        if (DictAt(m.begin, m.end, &refs) == 1) m.place = lex_.BestPlace(*refs);
      }
    }
  }

  // "l'Université Lumière Lyon 2,", "Université Paris 8": a one- or two-digit
  // number right after an organisation's name holding a cue word, closing
  // the phrase (a punctuation mark other than "%" follows), is part of it.
  void NumberedNames() {
    for (Mention& m : doc_.mentions) {
      uint32_t e = m.end;
      if (m.type != EntityType::kOrganization || m.body >= 0 || e + 1 >= toks_.size() || !toks_[e].Is(kNumber) ||
          !toks_[e].Is(kSpaceBefore) || toks_[e].lower.size() > 2 || toks_[e].sentence != m.sentence)
        continue;
      const Token& after = toks_[e + 1];
      if (after.Is(kWord) || after.lower == "%"sv || after.lower == "."sv || !HasOrgCue(m.begin, m.end)) continue;
      m.end = e + 1;
      m.name = doc_.Span(m.begin, m.end);
    }
  }

  // "l'Université Joseph Ki-Zerbo de Ouagadougou", "l'Institut Pasteur de
  // Lille": a French organisation's name that already holds a proper name
  // (a capitalised word right after its head word) ends before "de" and a city,
  // which is a place of its own. Names made only of a head and common
  // words keep their city ("Université de Genève", "Hospices civils de
  // Lyon"). Mentions stay in text order.
  void CitySuffixes() {
    if (!doc_.fr) return;
    std::vector<size_t> cut;
    for (size_t mi = 0; mi < doc_.mentions.size(); ++mi) {
      const Mention& m = doc_.mentions[mi];
      if (m.type != EntityType::kOrganization || m.body >= 0 || m.end - m.begin < 4) continue;
      uint32_t d = m.end - 2;  // "de Ouagadougou"
      if (toks_[d].lower != "de"sv && toks_[d].lower != "d'"sv) continue;
      const std::vector<NameRef>* refs = nullptr;
      if (DictAt(d + 1, m.end, &refs) != 1) continue;
      int place = lex_.BestPlace(*refs);
      if (place < 0 || lex_.places[static_cast<size_t>(place)].kind != "city"sv) continue;
      // The proper name follows the head word directly ("université d'État d'Erevan" has none).
      if (NameWord(toks_[m.begin + 1]) && !CommonWord(m.begin + 1) && !toks_[m.begin + 1].Is(kAllCaps)) cut.push_back(mi);
    }
    if (cut.empty()) return;
    for (size_t mi : cut) {
      Mention& m = doc_.mentions[mi];
      uint32_t city = m.end - 1;
      m.end -= 2;
      m.name = doc_.Span(m.begin, m.end);
      const std::vector<NameRef>* refs = nullptr;
      DictAt(city, city + 1, &refs);
      Add(m.sentence, city, city + 1, EntityType::kPlace, 0.9f, Gender::kUnknown, lex_.BestPlace(*refs));
    }
    // Restore text order; alias_of holds mention indices, renumbered.
    std::vector<size_t> order(doc_.mentions.size());
    for (size_t n = 0; n < order.size(); ++n) order[n] = n;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return doc_.mentions[a].begin < doc_.mentions[b].begin; });
    std::vector<int> renumber(order.size(), -1);
    for (size_t n = 0; n < order.size(); ++n) renumber[order[n]] = static_cast<int>(n);
    std::vector<Mention> sorted;
    sorted.reserve(order.size());
    for (size_t mi : order) {
      sorted.push_back(std::move(doc_.mentions[mi]));
      int& a = sorted.back().alias_of;
      if (a >= 0) a = renumber[static_cast<size_t>(a)];
    }
    doc_.mentions = std::move(sorted);
  }

  // "la Force intérimaire des Nations unies au Liban (FINUL)", "Cloud
  // Infrastructure Services Providers in Europe (CISPE)", "the Coordinadora
  // Nacional Ejército Bolivariano (CNEB)": an acronym in parentheses spells
  // the name before it. Its letters are matched, from the last, with the
  // initials of the words before the parenthesis (content words must give
  // their initial, or the initials of their hyphenated parts; function
  // words may give theirs or be skipped: "Communauté économique des États
  // de l'Afrique de l'Ouest (CEDEAO)"), within the sentence, across no
  // punctuation. The words so spelt, opening with a capital, are one
  // organisation whose alias is the acronym; the mentions inside them give
  // way (a partial "Force", the body "Nations unies"). Left alone: a span a
  // mention starting before it overlaps, a span holding a person's or
  // place's mention of its own size, document and meeting names.
  void AcronymExpansions() {
    struct Change { uint32_t b, p; int body = -1; };
    std::vector<Change> changes;
    std::vector<Change> reordered;  // an organisation's mention [b, p) named again, with its body, and its acronym
    // The tokens "(" are found from the text's '(' bytes (memchr), not by testing every token: each is the
    // token starting at such a byte (the tokens are non-empty, in text order: one starts there at most).
    const Token* const toks = toks_.data();
    const size_t count = toks_.size();
    const std::string_view text = doc_.text;
    for (size_t x = text.find('('); x != std::string_view::npos; x = text.find('(', x + 1)) {
      const Token* at = std::lower_bound(toks, toks + count, x, [](const Token& t, size_t o) { return t.start < o; });
      if (at == toks + count || at->start != x) continue;
      const auto p = static_cast<uint32_t>(at - toks);
      if (p < 1 || p + 2 >= count) continue;
      if (toks[p].lower != "("sv || toks[p + 2].lower != ")"sv || !toks[p + 1].Is(kWord) || !toks[p + 1].Is(kCap))
        continue;
      std::string acro;
      bool ok = true;
      for (char c : doc_.TokenText(p + 1)) {
        if (c >= 'A' && c <= 'Z') acro += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z') acro += c;
        else ok = false;
      }
      if (!ok || acro.size() < 2 || acro.size() > 10) continue;
      const Sentence& sent = doc_.sentences[toks_[p].sentence];
      uint32_t lo = p > sent.begin + 16 ? p - 16 : sent.begin;
      int b = SpellStart(lo, p, acro);
      if (b < 0 && toks_[p + 1].Is(kAllCaps)) {
        // "the Brazilian Football Confederation (CBF)", "Fédération
        // internationale de football (FIFA)": an acronym of the name in
        // another language or order, after an organisation's name that gives
        // all its letters but one as initials.
        if (int o = OrganisationEndingAt(p); o >= 0 && InitialsCover(doc_.mentions[static_cast<size_t>(o)], acro)) {
          const Mention& m = doc_.mentions[static_cast<size_t>(o)];
          if (m.end - m.begin >= 2) reordered.push_back({m.begin, p, m.body});
        } else if (uint32_t g = GovernmentOfPlaceStart(p); g < p) {
          // "le gouvernement autonome de Bougainville (ABG)", "the regional government of Kurdistan (KRG)": the
          // government of a place, named by its acronym, is an organisation.
          Mention span;
          span.begin = g;
          span.end = p;
          if (InitialsCover(span, acro)) reordered.push_back({g, p, -1});
        }
        continue;
      }
      if (b < 0 || p - static_cast<uint32_t>(b) < 2 || !toks_[static_cast<uint32_t>(b)].Is(kCap)) continue;
      uint32_t ub = static_cast<uint32_t>(b);
      bool skip = false;
      for (uint32_t k = ub; k < p && !skip; ++k) skip = (toks_[k].lex & (Lexicon::kDoc | Lexicon::kMeeting)) != 0;
      for (const Mention& m : doc_.mentions) {
        if (skip) break;
        if (m.end <= ub || m.begin >= p) continue;
        if (m.begin < ub) skip = true;                                      // overlaps from before
        else if (m.begin == ub && m.end == p) skip = true;                  // already that name
        else if (m.end > p) skip = true;
        else if (m.type != EntityType::kOrganization && m.end - m.begin >= p - ub - 1 && m.end - m.begin >= 2)
          skip = true;  // a person's or a place's full name
      }
      if (!skip) changes.push_back({ub, p});
    }
    if (changes.empty() && reordered.empty()) return;
    std::vector<char> drop(doc_.mentions.size(), 0);
    changes.insert(changes.end(), reordered.begin(), reordered.end());
    for (const Change& c : changes) {
      for (size_t m = 0; m < doc_.mentions.size(); ++m) {
        Mention& x = doc_.mentions[m];
        if (x.begin >= c.b && x.end <= c.p) drop[m] = 1;
        if (x.begin == c.p + 1 && x.end == c.p + 2) drop[m] = 1;  // the acronym, added again as the alias
      }
    }
    for (const Change& c : changes) {
      // A known body's acronym ("FINUL") keeps the body, so that its other mentions are the same entity.
      const std::vector<NameRef>* refs = nullptr;
      int body = c.body;
      if (body < 0 && DictAt(c.p + 1, c.p + 2, &refs) == 1)
        for (const auto& r : *refs)
          if (r.kind == NameRef::Kind::kBody) body = r.index;
      Add(toks_[c.b].sentence, c.b, c.p, EntityType::kOrganization, 0.8f, Gender::kUnknown, -1, body);
      Add(toks_[c.b].sentence, c.p + 1, c.p + 2, EntityType::kOrganization, 0.8f, Gender::kUnknown, -1, body);
    }
    // Each new acronym mention is the alias of the new name right before it.
    DropAndSort(drop, /*pair_new=*/true);
  }

  // The start of "gouvernement [adjective] de PLACE" ending right before
  // token p ("gouvernement autonome de Bougainville", "regional government
  // of Kurdistan"), or p when the words there are not that.
  uint32_t GovernmentOfPlaceStart(uint32_t p) const {
    int pm = -1;
    for (size_t m = 0; m < doc_.mentions.size() && pm < 0; ++m)
      if (doc_.mentions[m].end == p && doc_.mentions[m].type == EntityType::kPlace) pm = static_cast<int>(m);
    if (pm < 0) return p;
    uint32_t x = doc_.mentions[static_cast<size_t>(pm)].begin;
    if (x < 2 || !In(toks_[x - 1].lower, {"de", "du", "d'", "of"})) return p;
    for (uint32_t g = x - 1, n = 0; g > 0 && n < 3; ++n) {
      --g;
      if (In(toks_[g].lower, {"gouvernement", "government", "administration", "autorité", "authority"})) {
        // ("the regional government of Kurdistan": an English adjective before the noun.)
        if (doc_.en && g > 0 && toks_[g - 1].Is(kWord) && !IsStopToken(lex_, toks_[g - 1]) && !toks_[g - 1].Is(kNumber))
          --g;
        return g;
      }
      if (!toks_[g].Is(kWord) || IsStopToken(lex_, toks_[g])) return p;
    }
    return p;
  }

  // The organisation's mention ending right before token p, or -1. (The
  // mentions are not indexed by token yet: a scan, once per parenthesis.)
  int OrganisationEndingAt(uint32_t p) const {
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& x = doc_.mentions[m];
      if (x.end == p) return x.type == EntityType::kOrganization && !x.tentative ? static_cast<int>(m) : -1;
    }
    return -1;
  }

  // True when the initials of m's words give every letter of `acro` but at
  // most one, in any order, each initial used once ("CBF" for "Brazilian
  // Football Confederation", "FIFA" for "Fédération internationale de
  // football"), and the acronym has three letters or more.
  bool InitialsCover(const Mention& m, std::string_view acro) const {
    if (acro.size() < 3) return false;
    std::string initials;
    for (uint32_t k = m.begin; k < m.end; ++k)
      if (toks_[k].Is(kWord)) initials += FirstLetter(toks_[k].lower);
    size_t missing = 0;
    for (char c : acro) {
      size_t at = initials.find(c);
      if (at == std::string::npos) ++missing;
      else initials[at] = '\0';
    }
    return missing <= 1 && missing < acro.size() - 1;
  }

  // The first token of the words in [lo, p) whose initials spell `acro`
  // (see AcronymExpansions), or -1.
  int SpellStart(uint32_t lo, uint32_t p, std::string_view acro) const {
    // Backtracking over at most 16 words and 10 letters, at most 4096 steps in all (bounded work per
    // parenthesis whatever the text).
    int steps = 0;
    std::function<int(int, int, int)> rec = [&](int w, int a, int budget) -> int {
      if (a < 0) return w + 1;
      if (w < static_cast<int>(lo) || budget <= 0 || ++steps > 4096) return -1;
      const Token& t = toks_[static_cast<uint32_t>(w)];
      if (!t.Is(kWord)) return -1;
      char first = FirstLetter(t.lower);
      if (IsStopToken(lex_, t) || t.lower.size() <= 2) {
        if (first == acro[static_cast<size_t>(a)]) {
          int r = rec(w - 1, a - 1, budget - 1);
          if (r >= 0) return r;
        }
        return rec(w - 1, a, budget - 1);
      }
      if (first == acro[static_cast<size_t>(a)]) {
        int r = rec(w - 1, a - 1, budget - 1);
        if (r >= 0) return r;
      }
      // "Non-Proliferation": the initials of its parts.
      std::string parts;
      for (size_t k = 0; k < t.lower.size(); ++k)
        if (k == 0 || t.lower[k - 1] == '-') parts += FirstLetter(std::string_view(t.lower).substr(k));
      if (parts.size() >= 2 && a + 1 >= static_cast<int>(parts.size()) &&
          acro.substr(static_cast<size_t>(a + 1) - parts.size(), parts.size()) == parts)
        return rec(w - 1, a - static_cast<int>(parts.size()), budget - 1);
      return -1;
    };
    return rec(static_cast<int>(p) - 1, static_cast<int>(acro.size()) - 1, 64);
  }

  // The first letter of a lower-case word, accents folded ("état" -> 'e'), or 0.
  static char FirstLetter(std::string_view l) {
    if (l.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(l[0]);
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? static_cast<char>(c) : 0;
    if (c != 0xC3 || l.size() < 2) return 0;
    unsigned char d = static_cast<unsigned char>(l[1]);
    if (d >= 0xA0 && d <= 0xA5) return 'a';
    if (d == 0xA7) return 'c';
    if (d >= 0xA8 && d <= 0xAB) return 'e';
    if (d >= 0xAC && d <= 0xAF) return 'i';
    if (d >= 0xB2 && d <= 0xB6) return 'o';
    if (d >= 0xB9 && d <= 0xBC) return 'u';
    return 0;
  }

  // A name confirmed once as an organisation is one wherever it is written
  // again without evidence: "Monsanto argues …" after "since it bought
  // Monsanto, the seed company,"; "Helix said" after "Helix, the software
  // maker". Tentative mentions with that exact name become organisations
  // (a person's name never does: only tentative mentions change).
  void OneSensePerName() {
    StringSet orgs, first_words;
    for (const Mention& m : doc_.mentions) {
      if (m.type != EntityType::kOrganization || m.tentative) continue;
      orgs.insert(Key(m.begin, m.end));
      if (m.end - m.begin >= 2) first_words.insert(Key(m.begin, m.begin + 1));
    }
    if (orgs.empty()) return;
    for (Mention& m : doc_.mentions) {
      if (!m.tentative) continue;
      // A short form of a longer name ("Atlas" for "Atlas Maritime Holdings") is left to Resolve.
      const std::string& key = Key(m.begin, m.end);
      if (!orgs.count(key) || first_words.count(key)) continue;
      m.type = EntityType::kOrganization;
      m.tentative = false;
      m.confidence = 0.6f;
    }
  }

  // A person's full name or an organisation's name of several words
  // confirmed somewhere is a name wherever it is written again, also where
  // its context gives no evidence ("Tea Seiha rejected the accusation",
  // "Air Canada and the union made progress" opening a sentence, where "Air"
  // reads as a common word and "Canada" alone as the country). Mentions
  // inside such a name give way: tentative ones for a person, any for an
  // organisation. Mentions stay in text order.
  void KnownNames() {
    StringMap<EntityType> names;  // name -> its kind (kPlace: read both ways, left alone)
    StringViewSet first_words;    // of the names: a token that is none starts no name (views into toks_)
    uint32_t longest = 0;
    for (const Mention& m : doc_.mentions) {
      if (m.tentative || m.end - m.begin < 2) continue;
      bool person = m.type == EntityType::kPerson && m.end - m.begin <= 4;
      bool org = m.type == EntityType::kOrganization && m.end - m.begin <= 6 && NameWord(toks_[m.begin]) &&
                 NameWord(toks_[m.end - 1]);
      if (!person && !org) continue;
      const std::string& key = Key(m.begin, m.end);
      auto it = names.find(key);
      if (it == names.end()) names[key] = m.type;
      else if (it->second != m.type) it->second = EntityType::kPlace;  // read both ways: neither (no place is listed)
      first_words.insert(toks_[m.begin].lower);
      longest = std::max(longest, m.end - m.begin);
    }
    if (names.empty()) return;
    std::vector<int> cover(toks_.size(), -1);  // token -> mention covering it
    for (size_t m = 0; m < doc_.mentions.size(); ++m)
      for (uint32_t k = doc_.mentions[m].begin; k < doc_.mentions[m].end; ++k) cover[k] = static_cast<int>(m);
    std::vector<char> firm(toks_.size(), 0);
    for (const Mention& m : doc_.mentions)
      if (!m.tentative)
        for (uint32_t k = m.begin; k < m.end; ++k) firm[k] = 1;
    std::vector<char> drop(doc_.mentions.size(), 0);
    bool added = false;
    // The tokens that may start a name (a name word that is the first word of one of the names), found in
    // one scan of the tokens, which do not move (read through a local pointer). Adding a name only marks
    // tokens the loop below then skips, so that they can be listed first.
    const Token* const toks = toks_.data();
    const auto count = static_cast<uint32_t>(toks_.size());
    std::vector<uint32_t> starts;
    for (uint32_t i = 0; i < count; ++i)
      if (NameWord(toks[i]) && first_words.count(toks[i].lower)) starts.push_back(i);
    uint32_t next = 0;  // the first token after the last name added
    for (uint32_t i : starts) {
      if (i < next) continue;
      const uint32_t s = toks[i].sentence;
      const Sentence& sent = doc_.sentences[s];
      // A mention already starting here and reaching as far is kept.
      for (uint32_t n = std::min(longest, sent.end - i); n >= 2; --n) {
        // The name must end there: "Tea Seiha" but not the start of "Tea Seiha Foundation".
        if ((i + n < sent.end && NameWord(toks_[i + n])) || !NameWord(toks_[i + n - 1])) continue;
        auto it = names.find(Key(i, i + n));
        if (it == names.end() || it->second == EntityType::kPlace) continue;
        bool person = it->second == EntityType::kPerson;
        bool ok = true;
        for (uint32_t k = i; k < i + n && ok; ++k) {
          if (person) {
            ok = !firm[k] && (NameWord(toks_[k]) || Particle(toks_[k].lower));
            continue;
          }
          // An organisation's name replaces the mentions lying inside it,
          // not one reaching out of it nor one that is already the name.
          if (cover[k] < 0) continue;
          const Mention& c = doc_.mentions[static_cast<size_t>(cover[k])];
          ok = c.begin >= i && c.end <= i + n && !(c.begin == i && c.end == i + n);
        }
        if (!ok) continue;
        for (uint32_t k = i; k < i + n; ++k)
          if (cover[k] >= 0) drop[static_cast<size_t>(cover[k])] = 1;
        const EntityType type = it->second;
        Add(s, i, i + n, type, 0.7f);
        for (uint32_t k = i; k < i + n; ++k) firm[k] = 1, cover[k] = -1;
        added = true;
        next = i + n;
        break;
      }
    }
    if (!added) return;
    // Drop the tentative mentions the names replaced (the new mentions lie past `drop`).
    DropAndSort(drop, /*pair_new=*/false);
  }
  // Removes the mentions marked in `drop` (mentions past drop.size() were
  // added after it was made and stay), restores text order and renumbers
  // `alias_of`, which holds mention indices (-1 when its target was dropped).
  // With `pair_new`, the added mentions come in (name, acronym) pairs and each
  // acronym becomes the alias of the name before it.
  void DropAndSort(const std::vector<char>& drop, bool pair_new) {
    std::vector<size_t> order;
    for (size_t m = 0; m < doc_.mentions.size(); ++m)
      if (m >= drop.size() || !drop[m]) order.push_back(m);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return doc_.mentions[a].begin < doc_.mentions[b].begin; });
    std::vector<int> renumber(doc_.mentions.size(), -1);
    for (size_t n = 0; n < order.size(); ++n) renumber[order[n]] = static_cast<int>(n);
    std::vector<Mention> sorted;
    sorted.reserve(order.size());
    for (size_t m : order) {
      sorted.push_back(std::move(doc_.mentions[m]));
      int& a = sorted.back().alias_of;
      if (pair_new && m >= drop.size() && (m - drop.size()) % 2 == 1) a = renumber[m - 1];
      else if (a >= 0) a = renumber[static_cast<size_t>(a)];
    }
    doc_.mentions = std::move(sorted);
  }
  // The words of tokens [b, e), each followed by a space: a key of the per-article name sets. Built in
  // one buffer, reused (no allocation per key): the reference is valid until the next call.
  const std::string& Key(uint32_t b, uint32_t e) {
    key_.clear();
    for (uint32_t x = b; x < e; ++x) (key_ += toks_[x].lower) += ' ';
    return key_;
  }
  std::string key_;             // Key's buffer
  mutable std::string phrase_;  // DictFrom's buffer

 private:
  // True when token i starts a sentence or a clause that capitalises its first word.
  bool ClauseStart(uint32_t i) const {
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    if (i == sent.begin) return true;
    const Token& p = toks_[i - 1];
    if (p.Is(kQuoteOpen)) return true;
    std::string_view l = p.lower;
    return l == ":"sv || l == "—"sv || l == "–"sv || l == "("sv || l == "-"sv || l == "."sv || l == "?"sv || l == "!"sv || l == "…"sv;
  }

  // A capitalised word that is really a common word (function word, month,
  // demonym, role, lexicon word, or seen in lower case elsewhere).
  bool CommonWord(uint32_t i) const {
    constexpr uint32_t kCommon = Lexicon::kStop | Lexicon::kDemonym | Lexicon::kMonth | Lexicon::kWeekday |
                                 Lexicon::kRole | Lexicon::kMeeting | Lexicon::kDoc | Lexicon::kVerb |
                                 Lexicon::kPersonNoun | Lexicon::kNegotiation;
    // An acronym is no function word: "NOS" (the broadcaster) is not "nos".
    if (toks_[i].Is(kAllCaps) && toks_[i].lower.size() >= 3 && (toks_[i].lex & kCommon) == Lexicon::kStop &&
        !ClauseStart(i))
      return false;
    return (toks_[i].lex & kCommon) != 0;
  }

  // "Centre des congrès de Kuala Lumpur", "Centre international de
  // conférences Joaquim-Chissano", "Yaoundé Conference Centre", "Palais des
  // expositions": a centre, hall or palace for conferences, congresses or
  // exhibitions is a venue (a place), not the organisation its cue word
  // suggests.
  bool VenueName(uint32_t b, uint32_t e) const {
    bool building = false, events = false;
    for (uint32_t k = b; k < e; ++k) {
      std::string_view l = toks_[k].lower;
      building |= In(l, {"centre", "center", "palais", "palace", "hall", "centro", "palacio"});
      events |= In(l, {"congrès", "conférences", "conférence", "congress", "conference", "conferences", "convention",
                       "conventions", "exhibition", "exposition", "expositions", "congresos", "convenciones"});
    }
    return building && events;
  }

  void Add(uint32_t s, uint32_t b, uint32_t e, EntityType type, float conf, Gender g = Gender::kUnknown,
           int place = -1, int body = -1, bool tentative = false) {
    if (type == EntityType::kOrganization && body < 0 && e > b + 1 && VenueName(b, e)) type = EntityType::kPlace;
    Mention& m = doc_.mentions.emplace_back();  // (filled in place: no Mention moved)
    m.sentence = s;
    m.begin = b;
    m.end = e;
    m.type = type;
    m.name = doc_.Span(b, e);
    m.confidence = conf;
    m.gender = g;
    m.place = place;
    m.body = body;
    m.tentative = tentative;
  }

  // True when Step(s, i, ...) would only return i + 1: token i is no word,
  // or a lower-case word that starts no role (no kRoleStart flag, no
  // RolePrefix), courtesy title or dictionary
  // name and is none of the head words of Step's lower-case branch
  // (kLowerOrgHeads, kGeographicNouns). Most tokens are answered here,
  // inline, from their flags and two masks, without a call to Step.
  [[gnu::always_inline]] bool Passive(uint32_t i) const {
    const Token& t = toks_[i];
    if (!t.Is(kWord)) return true;
    constexpr uint32_t kStarts = Lexicon::kRoleStart | Lexicon::kTitle | Lexicon::kNameStartLower;
    return !t.Is(kCap) && !(t.lex & kStarts) && !RolePrefix(t.lower) && !kLowerOrgHeads.Has(t.lower) &&
           !kGeographicNouns.Has(t.lower);
  }
  // True when l opens with "co-", "ex-" or "vice-": a word without the kRoleStart flag starts a role
  // (RoleAt) only when it does ("co-founder", "ex-minister"; see PrefixedRole).
  static bool RolePrefix(std::string_view l) {
    return l.size() >= 5 && ((l[2] == '-' && ((l[0] == 'c' && l[1] == 'o') || (l[0] == 'e' && l[1] == 'x'))) ||
                             (l[4] == '-' && l.substr(0, 4) == "vice"sv));
  }
  // Head words of organisations' names written in lower case ("le ministère égyptien des Affaires
  // étrangères"): Step's lower-case branch reads a name after them.
  static inline const WordList kLowerOrgHeads{"conseil",     "préfecture", "chambre",     "chamber",
                                              "ministère",   "ministry",   "département", "commission",
                                              "secrétariat", "université", "university",  "rectorat",
                                              "mairie",      "parquet",    "direction"};

  // Longest dictionary phrase at i (at most `limit` tokens); its length, 0 if none.
  // (Asked for most tokens: the token's flags are tested inline, the lookups out of line.)
  [[gnu::always_inline]] uint32_t DictAt(uint32_t i, uint32_t end, const std::vector<NameRef>** refs) const {
    if (!(toks_[i].lex & Lexicon::kNameStart)) return 0;
    if (!toks_[i].Is(kCap) && !(toks_[i].lex & Lexicon::kNameStartLower)) return 0;
    return DictFrom(i, end, refs);
  }
  // DictAt once token i may start a dictionary phrase.
  [[gnu::noinline]] uint32_t DictFrom(uint32_t i, uint32_t end, const std::vector<NameRef>** refs) const {
    uint32_t maxn = std::min<uint32_t>(Lexicon::NameWords(toks_[i].lex), end - i);  // name_first_words
    // The phrase of n tokens is key[0, len[n - 1]) (maxn <= 255: a uint8_t), built in the finder's buffer
    // (no allocation once it has grown).
    std::string& key = phrase_;
    key.clear();
    std::array<size_t, 256> len;
    for (uint32_t n = 0; n < maxn; ++n) {
      const Token& t = toks_[i + n];
      if (n > 0 && t.Is(kSpaceBefore)) key.push_back(' ');
      key += t.lower;
      len[n] = key.size();
    }
    // All the phrases' probes first (their cache misses overlap), then the longest match.
    std::array<uint64_t, 256> hash;
    for (uint32_t n = 0; n < maxn; ++n) {
      hash[n] = Lexicon::WordHash(std::string_view(key).substr(0, len[n]));
      lex_.PrefetchName(hash[n]);
    }
    for (uint32_t n = maxn; n >= 1; --n) {
      const std::vector<NameRef>* found = lex_.NameRefs(std::string_view(key).substr(0, len[n - 1]), hash[n - 1]);
      if (!found) continue;
      // The phrase must look like a name: its first or last word capitalised
      // (curated phrases may start in lower case: "bande de Gaza").
      bool cap_first = toks_[i].Is(kCap);
      bool curated = std::any_of(found->begin(), found->end(), [](const NameRef& r) { return r.curated; });
      bool any_cap = false;
      for (uint32_t k = i; k < i + n; ++k) any_cap |= toks_[k].Is(kCap);
      // A body whose own name is written in lower case ("franceinfo") matches as written.
      bool lower_body = false;
      if (!cap_first)
        for (const auto& r : *found) {
          if (r.kind != NameRef::Kind::kBody) continue;
          const Body& b = lex_.bodies[static_cast<size_t>(r.index)];
          std::string written = doc_.Span(i, i + n);
          lower_body |= b.name_fr == written || b.name_en == written;
        }
      if (!cap_first && !(curated && any_cap && n >= 2) && !lower_body) continue;
      // "La réunion ministérielle", "The union said": a sentence's capitalised article before lower-case
      // words is no name ("La Réunion", "The Union" are written with capitals; "UN refugee agency" is one).
      if (cap_first && n >= 2 && !toks_[i].Is(kAllCaps) && IsStopToken(lex_, toks_[i])) {
        bool later_cap = false;
        for (uint32_t k = i + 1; k < i + n; ++k) later_cap |= toks_[k].Is(kCap);
        if (!later_cap) continue;
      }
      // "**Un calendrier serré**", "Who decides": a function word with only its first letter capitalised is
      // not the acronym of a body ("UN", "WHO") it spells (nor the hamlet of the gazetteer of that name);
      // names that are no body's keep it ("dans l'Est").
      if (n == 1 && cap_first && !toks_[i].Is(kAllCaps) && IsStopToken(lex_, toks_[i]) &&
          std::any_of(found->begin(), found->end(), [](const NameRef& r) { return r.kind == NameRef::Kind::kBody; }))
        continue;
      // "la négociatrice togolaise Ama Koffi", "Minister Total Dlamini": one
      // capitalised word (not in capitals) after a role or a title, a
      // demonym between, and before another capitalised word that is no
      // role, is a person's first name, not the body it spells ("AMA").
      if (n == 1 && cap_first && !toks_[i].Is(kAllCaps) && i + 1 < end && toks_[i + 1].Is(kCap) &&
          toks_[i + 1].Is(kSpaceBefore) && !(toks_[i + 1].lex & (Lexicon::kRole | Lexicon::kTitle)) &&
          std::all_of(found->begin(), found->end(), [](const NameRef& r) { return r.kind == NameRef::Kind::kBody; })) {
        const uint32_t first = doc_.sentences[toks_[i].sentence].begin;
        uint32_t b = i;
        if (b > first && (toks_[b - 1].lex & Lexicon::kDemonym)) --b;
        if (b > first && (toks_[b - 1].lex & (Lexicon::kRole | Lexicon::kTitle))) continue;
      }
      // A name must not stop in the middle of a hyphenated or dotted word.
      if (i + n < end && !toks_[i + n].Is(kSpaceBefore) && toks_[i + n].Is(kWord) && toks_[i + n].lower != "'s"sv)
        continue;
      *refs = found;
      return n;
    }
    return 0;
  }

  // "Iraq's oil ministry", "the Iraqi oil ministry", "Russia's foreign
  // ministry": a lower-case "ministry" after one or two lower-case words
  // that follow a country's possessive or a demonym. Returns the first of
  // those words (the name leaves the country out), or i when none.
  uint32_t LowerMinistryStart(uint32_t i) const {
    if (toks_[i].lower != "ministry"sv || !doc_.en) return i;
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    uint32_t b = i;
    while (b > sent.begin && i - b < 2 && toks_[b - 1].Is(kWord) && !toks_[b - 1].Is(kCap) &&
           toks_[b - 1].lower != "'s"sv && !IsStopToken(lex_, toks_[b - 1]))
      --b;
    if (b == i || b == sent.begin) return i;
    const Token& p = toks_[b - 1];
    bool owner = p.lower == "'s"sv && !doc_.mentions.empty() && doc_.mentions.back().end == b - 1 &&
                 doc_.mentions.back().type == EntityType::kPlace;
    if (owner) return b;
    if (p.Is(kCap) && InLexicon(lex_.demonyms, p, Lexicon::kDemonym)) return b - 1;  // "the Saudi foreign ministry"
    return i;
  }

  // A lower-case geographic noun and a name: "golfe de Guinée", "mer Noire",
  // "détroit d'Ormuz", "canal de Suez" (always a site, even before a
  // country's name), "province Sud", "côte Ouest" (only before a name the
  // gazetteer does not know: "province de Donetsk" is Donetsk). Returns the
  // end of the name, or i when none.
  // Asked for every token: the test of its word is inline (WordList
  // rejects most words without hashing), the rest out of line.
  [[gnu::always_inline]] uint32_t GeographicFeatureEnd(uint32_t i, uint32_t end) const {
    return kGeographicNouns.Has(toks_[i].lower) ? GeographicFeatureFrom(i, end) : i;
  }
  // The nouns GeographicFeatureEnd reads: those of kAlwaysSites, then those
  // that make a site only before a name the gazetteer does not know.
  static inline const WordList kAlwaysSites = {"golfe", "mer",    "détroit", "canal",
                                               "lac",   "fleuve", "gulf",    "strait"};
  static inline const WordList kGeographicNouns = {
      "golfe",    "mer",  "détroit", "canal", "lac",    "fleuve", "gulf",    "strait",  // kAlwaysSites
      "province", "côte", "île",     "îles",  "vallée", "plaine", "plateau", "massif"};
  // GeographicFeatureEnd for a token that is one of kGeographicNouns.
  [[gnu::noinline]] uint32_t GeographicFeatureFrom(uint32_t i, uint32_t end) const {
    const std::string& l = toks_[i].lower;
    bool always = kAlwaysSites.Has(l);
    uint32_t j = i + 1;
    if (j < end && (toks_[j].lower == "de"sv || toks_[j].lower == "du"sv || toks_[j].lower == "d'"sv ||
                    toks_[j].lower == "des"sv || toks_[j].lower == "of"sv))
      ++j;
    if (j >= end || !NameWord(toks_[j])) return i;
    const std::vector<NameRef>* refs = nullptr;
    uint32_t n = DictAt(j, end, &refs);
    static const StringSet kPoints = {"nord", "sud", "est", "ouest", "centre"};
    if (n && !always && !(n == 1 && kPoints.count(toks_[j].lower))) return i;  // "province Sud", "côte Ouest"
    uint32_t e = n ? j + n : PersonEnd(j, end);
    return e > j ? e : i;
  }

  // A small town (under 100,000 people) without a locative before it
  // ("à", "in", "at"): its name is often a surname or a common word
  // ("Keller", "Mulder"), so it is no place by itself.
  bool IsSmallTown(const std::vector<NameRef>& refs, uint32_t i) const {
    int place = lex_.BestPlace(refs);
    if (place < 0 || refs.front().curated) return false;
    for (const auto& r : refs)
      if (r.kind == NameRef::Kind::kBody) return false;
    const GazPlace& gp = lex_.places[static_cast<size_t>(place)];
    if (gp.kind != "city"sv || gp.population >= 100000) return false;
    // "in March", "en mai": a month's name is no small town, even after a locative.
    if (InLexicon(lex_.months, toks_[i], Lexicon::kMonth)) return true;
    const std::string& p = i > 0 ? toks_[i - 1].lower : std::string();
    return !(p == "à" || p == "in" || p == "at" || p == "near" || p == "près");
  }

  // Role phrase ending right before i, allowing demonyms and adjectives in between.
  bool RoleBefore(uint32_t i) const {
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    uint32_t lo = i > sent.begin + 12 ? i - 12 : sent.begin;
    for (uint32_t k = lo; k < i; ++k) {
      uint32_t len = RoleAt(doc_, k, i);
      if (!len) continue;
      // Between the role and the name: adjectives and demonyms, or a
      // complement closed by a comma ("le porte-parole de la diplomatie
      // qatarie, Nasser al-Khulaifi"); "ministre du Commerce" names no one.
      bool ok = true, complement = false;
      for (uint32_t j = k + len; j < i && ok; ++j) {
        const Token& t = toks_[j];
        complement |= OrgConnector(t.lower) || ComplementWord(t.lower) || t.Is(kCap);
        ok = (t.Is(kWord) && !t.Is(kCap) &&
              (!IsStopToken(lex_, t) || OrgConnector(t.lower) || ComplementWord(t.lower))) ||
             InLexicon(lex_.demonyms, t, Lexicon::kDemonym) || t.lower == ","sv || (t.Is(kCap) && j + 1 < i) ||
             // Two portfolios: "ministre de l'Eau et de l'Énergie, X", "Minister of Energy and Mines, X".
             ((t.lower == "et"sv || t.lower == "and"sv) && complement && j + 1 < i &&
              (OrgConnector(toks_[j + 1].lower) || toks_[j + 1].Is(kCap)));
      }
      if (complement && toks_[i - 1].lower != ","sv) ok = false;
      if (ok) return true;
    }
    return false;
  }

  // A media word or a classifier noun right before the name, or with one
  // adjective or demonym between: "au journal Izvestia", "the broker Marsh
  // McLennan", "la fédération Plastalliance", "la télévision publique RTK",
  // "le quotidien allemand Handelsblatt".
  bool MediaBefore(uint32_t i) const {
    auto classifier = [&](uint32_t k) {
      return toks_[k].Is(kWord) && !toks_[k].Is(kCap) && (MediaWord(toks_[k].lower) || ClassifierNoun(toks_[k].lower));
    };
    if (i > 0 && classifier(i - 1)) return true;
    return i > 1 && toks_[i - 1].Is(kWord) && !toks_[i - 1].Is(kCap) &&
           (AdjectiveLike(toks_[i - 1].lower) || InLexicon(lex_.demonyms, toks_[i - 1], Lexicon::kDemonym)) && classifier(i - 2);
  }

  // An apposition classifying the name [.., e) as an organisation: a comma,
  // a determiner, at most six modifiers (lower-case words, capitalised words,
  // demonyms: "the United Nations peacekeeping", "a London-based campaign")
  // and a head noun of AppositionClassifier that ends the noun phrase (a
  // punctuation mark, a preposition, a relative or a participle follows):
  // "Monusco, the United Nations peacekeeping mission in Congo, said",
  // "Syngenta, the Swiss-based agrochemicals maker owned by …", "Ebuteli, un
  // institut de recherche basé à Kinshasa". A role among the modifiers ("X,
  // the group's chief", "X, le patron du groupe") or a possessive after the
  // head ("X, the union's president") rules it out.
  bool ClassifierAppositionAfter(uint32_t e, uint32_t end) const {
    if (e + 2 >= end || toks_[e].lower != ","sv) return false;
    static const StringSet kDet = {"the", "a", "an", "le", "la", "l'", "un", "une"};
    static const StringSet kAfterHead = {",", ".", ";", ")", "—", "–", "of", "in", "for", "that", "which", "whose",
                                         "owned", "based", "with", "by", "founded", "de", "du", "des", "d'", "qui",
                                         "dont", "en", "pour", "à", "au", "basé", "basée", "fondé", "fondée", "créé",
                                         "créée", "détenu", "détenue", "par", "and", "et", "chez"};
    uint32_t k = e + 1;
    if (!toks_[k].Is(kWord)) return false;
    if (kDet.count(toks_[k].lower)) {
      ++k;
    } else {
      // French appositions often drop the article: "L'UDC, premier parti du pays,", "X, principal syndicat
      // des médecins", "Y, syndicat majoritaire chez les cadres": an ordinal or a rank adjective, or the
      // head noun itself followed by an adjective, opens one.
      const std::string& w = toks_[k].lower;
      bool rank = In(w, {"premier", "première", "principal", "principale", "second", "seconde", "grand", "grande",
                         "petit", "petite", "puissant", "puissante", "influent", "influente", "ancien", "ancienne"}) ||
                  std::string_view(w).ends_with("ième");
      bool head = AppositionClassifier(w) && k + 1 < end && toks_[k + 1].Is(kWord) && !toks_[k + 1].Is(kCap) &&
                  !IsStopToken(lex_, toks_[k + 1]) && AdjectiveLike(toks_[k + 1].lower);
      if (!doc_.fr || toks_[k].Is(kCap) || !(rank || head)) return false;
      if (rank) ++k;  // "premier" is also a role's word ("Premier")
    }
    for (uint32_t n = 0; k < end && n < 7; ++k, ++n) {
      const Token& t = toks_[k];
      if (!t.Is(kWord) || t.lower == "'s"sv || RoleAt(doc_, k, end) > 0) return false;
      if (!t.Is(kCap) && IsStopToken(lex_, t)) return false;
      uint32_t len;
      if (IsReportingVerbAt(doc_, k, end, &len)) return false;
      if (t.Is(kCap) || !AppositionClassifier(t.lower)) continue;
      // French adjectives follow the head: "la compagnie pétrolière publique,".
      uint32_t a = k + 1;
      while (doc_.fr && a < end && a < k + 4 && toks_[a].Is(kWord) && !toks_[a].Is(kCap) &&
             !IsStopToken(lex_, toks_[a]) && !RoleAt(doc_, a, end) &&
             (AdjectiveLike(toks_[a].lower) || InLexicon(lex_.demonyms, toks_[a], Lexicon::kDemonym)))
        ++a;
      if (a >= end || kAfterHead.count(toks_[a].lower) > 0) return true;
    }
    return false;
  }

  // The name [i, e) set between commas after a noun phrase that classifies
  // it as an organisation, opening the sentence or its clause: a determiner,
  // then within eight words a head noun of AppositionClassifier ("Le
  // gestionnaire du réseau estonien, Elering, annonce", "The Estonian grid
  // operator, Elering, said", "the state oil company, Petrolix, said"). No
  // role and no verb may stand between: "the minister of the company, X"
  // names a person.
  bool ClassifierAppositionBefore(uint32_t i, uint32_t e, uint32_t end) const {
    if (i < 3 || e >= end || toks_[e].lower != ","sv || toks_[i - 1].lower != ","sv) return false;
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    static const StringSet kDet = {"the", "le", "la", "l'", "its", "son", "sa", "leur", "their"};
    bool head = false;
    for (uint32_t k = i - 1; k-- > sent.begin && k + 10 > i;) {
      const Token& t = toks_[k];
      // "The union's lead advocate, X": a possessive before the head makes
      // the classifier an owner, not the head.
      if (!head && (t.lower == "'s"sv || t.lower == "’s"sv)) return false;
      if (!t.Is(kWord) || RoleAt(doc_, k, i) > 0) return false;
      uint32_t len;
      if (IsReportingVerbAt(doc_, k, i, &len)) return false;
      if (!t.Is(kCap) && (AppositionClassifier(t.lower) || In(t.lower, {"gestionnaire", "manager"}))) head = true;
      if (kDet.count(t.lower) && head) return k == sent.begin || toks_[k - 1].lower == ","sv;
    }
    return false;
  }

  // An appositive role after the name: ", porte-parole de ...", ", a spokesman for".
  bool RoleAfter(uint32_t e, uint32_t end) const {
    if (e >= end || toks_[e].lower != ","sv) return false;
    uint32_t k = e + 1;
    // "X, one of the negotiators", "X, l'un des dirigeants": a plural role after "one of the / l'un des".
    if (k < end && toks_[k].lower == "l'"sv) ++k;
    if (k + 2 < end && (toks_[k].lower == "one"sv || toks_[k].lower == "un"sv || toks_[k].lower == "une"sv) &&
        (toks_[k + 1].lower == "of"sv || toks_[k + 1].lower == "des"sv))
      k += 2;
    else
      k = e + 1;
    // Only determiners, "who is", demonyms between the comma and the role ("X, the Kremlin's …" is
    // elsewhere; "X, pendant que les ministres …" holds no apposition).
    static const StringSet kApposition = {
        "le", "la", "l'", "les", "un", "une", "the", "a", "an", "son", "sa", "ses", "its", "his", "her", "their",
        "leur", "who", "is", "was", "qui", "est", "était", "now", "désormais", "also", "aussi", "former", "ancien",
        "ancienne", "senior", "haut", "haute"};
    while (k < end && k < e + 4 && toks_[k].Is(kWord) &&
           (kApposition.count(toks_[k].lower) || InLexicon(lex_.demonyms, toks_[k], Lexicon::kDemonym)))
      ++k;
    // "X, Congo's deputy minister for …", "X, the Commission's vice-president": a known name's possessive.
    // Also an unknown name's or acronym's ("X, the RCN's director of employment relations"): one to three
    // capitalised words before the possessive.
    if (k < end && toks_[k].Is(kCap)) {
      const std::vector<NameRef>* refs = nullptr;
      uint32_t n = DictAt(k, end, &refs);
      if (!n)
        while (n < 3 && k + n < end && NameWord(toks_[k + n])) ++n;
      if (n && k + n + 1 < end && toks_[k + n].lower == "'s"sv) k += n + 1;
    }
    // Lower-case modifiers before the role: "X, Congo's deputy minister", "X, a shipping analyst at Y".
    for (uint32_t x = k; x < k + 2 && x + 1 < end && toks_[x].Is(kWord) && !toks_[x].Is(kCap) &&
                         !IsStopToken(lex_, toks_[x]) && !RoleAt(doc_, x, end);
         ++x)
      if (RoleAt(doc_, x + 1, end)) return true;
    return k < end && RoleAt(doc_, k, end) > 0;
  }

  // Extends a person's name from b over capitalised words and particles.
  uint32_t PersonEnd(uint32_t b, uint32_t end) const {
    uint32_t j = b;
    // "(Mme) von der Leyen", "(M.) de Villepin": leading particles before a name word.
    while (j < end && j < b + 2 && toks_[j].Is(kWord) && !toks_[j].Is(kCap) && Particle(toks_[j].lower)) ++j;
    if (j > b && !(j < end && NameWord(toks_[j]))) j = b;
    while (j < end && j - b < 5) {
      const Token& t = toks_[j];
      if (NameWord(t) && !InLexicon(lex_.demonyms, t, Lexicon::kDemonym) && !(j > b && InLexicon(lex_.roles, t, Lexicon::kRole)) &&
          !(j > b && InLexicon(lex_.months, t, Lexicon::kMonth))) {
        if (j > b && IsStopToken(lex_, t) && !(j + 1 < end && NameWord(toks_[j + 1]))) break;
        ++j;
        continue;
      }
      // "von der Leyen", "de la Fuente": two particles before a name word.
      if (j > b && t.Is(kWord) && !t.Is(kCap) && Particle(t.lower) && j + 2 < end && !toks_[j + 1].Is(kCap) &&
          Particle(toks_[j + 1].lower) && NameWord(toks_[j + 2]) && !toks_[j + 2].Is(kAllCaps)) {
        j += 2;
        continue;
      }
      if (j > b && t.Is(kWord) && !t.Is(kCap) && Particle(t.lower) && j + 1 < end && NameWord(toks_[j + 1]) &&
          !toks_[j + 1].Is(kAllCaps)) {
        const std::vector<NameRef>* refs = nullptr;
        // "Trump de Washington": a place, not a particle; but a city after a first name and a surname, closing
        // the name before a comma, ends an Iberian compound surname ("Ricardo Tavares de Lima, a déclaré").
        if (uint32_t n = DictAt(j + 1, end, &refs); n) {
          int place = lex_.BestPlace(*refs);
          bool city = place >= 0 && lex_.places[static_cast<size_t>(place)].kind == "city"sv;
          bool body = std::any_of(refs->begin(), refs->end(), [](const NameRef& r) { return r.kind == NameRef::Kind::kBody; });
          bool surname = city && !body && n == 1 && j == b + 2 && (toks_[b].lex & Lexicon::kFirstName) &&
                         lex_.first_names.count(doc_.TokenText(b)) && j + 2 < end && toks_[j + 2].lower == ","sv &&
                         (t.lower == "de"sv || t.lower == "da"sv || t.lower == "dos"sv);
          if (!surname) break;
          j += 2;
          break;
        }
        ++j;
        continue;
      }
      break;
    }
    return j;
  }

  // True when "and" at token a joins [b, a) and [a + 1, r) into one
  // organisation's name: the right part ends with a tail cue the left part
  // lacks ("National Security and Defense Council"), or the left part opens
  // with a head cue and has a complement ("Ministry of Trade and Industry");
  // never when the right part is a known name ("Russia and Ukraine").
  bool AndJoinsName(uint32_t b, uint32_t a, uint32_t r) const {
    if (r <= a + 1 || r - b > kMaxNameTokens) return false;
    const std::vector<NameRef>* refs = nullptr;
    if (DictAt(a + 1, r, &refs) == r - a - 1) return false;
    auto cue_at = [&](uint32_t k, uint8_t kind) {
      auto it = FindInLexicon(lex_.org_cues, toks_[k], Lexicon::kCue);
      return it != lex_.org_cues.end() && (it->second & kind) && toks_[k].Is(kCap);
    };
    bool left_tail = false;
    for (uint32_t k = b; k < a; ++k) left_tail |= cue_at(k, Lexicon::kCueTail);
    if (!left_tail && cue_at(r - 1, Lexicon::kCueTail)) return true;
    if (r - a - 1 > 3 || cue_at(r - 1, Lexicon::kCueTail) || cue_at(r - 1, Lexicon::kCueHead)) return false;
    if (cue_at(b, Lexicon::kCueHead) && a - b >= 3 && !left_tail) return true;
    // "Federal Ministry for Economic Cooperation and Development", "Advisory Committee on Restrictive Practices
    // and Dominant Positions": a cue word with a prepositional complement anywhere in the left part.
    for (uint32_t k = b; k + 2 < a; ++k) {
      auto it = FindInLexicon(lex_.org_cues, toks_[k], Lexicon::kCue);
      if (it != lex_.org_cues.end() && toks_[k].Is(kCap) &&
          (toks_[k + 1].lower == "of"sv || toks_[k + 1].lower == "for"sv || toks_[k + 1].lower == "on"sv))
        return true;
    }
    return false;
  }

  // Capitalised chunk from b: name words joined by connectors.
  // "Marie-Laure", "Jean-Charles", "Anne-Sophie": a hyphenated word both of whose parts are listed first
  // names is a first name, of the first part's gender; nullopt when it is none.
  std::optional<Gender> CompoundFirstName(uint32_t i) const {
    std::string_view w = doc_.TokenText(i);
    size_t h = w.find('-');
    if (h == std::string_view::npos || h == 0 || h + 1 >= w.size() || w.find('-', h + 1) != std::string_view::npos)
      return std::nullopt;
    auto a = lex_.first_names.find(w.substr(0, h));
    if (a == lex_.first_names.end() || !lex_.first_names.count(w.substr(h + 1))) return std::nullopt;
    return a->second;
  }

  // True when token i is a listed first name as written ("Dmitri") or a
  // compound of two ("Jean-Robert", "Marie-Laure").
  bool IsFirstName(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.lex & Lexicon::kFirstName) return lex_.first_names.count(doc_.TokenText(i)) > 0;
    return t.Is(kCap) && t.lower.find('-') != std::string::npos && CompoundFirstName(i).has_value();
  }

  // "chercheuse chez Avenir Suisse": French writes its demonym adjectives in lower case, so a capitalised
  // word spelt like one ("Suisse") after the first word of a name is the country's name, part of the name.
  bool FrenchCountryInName(uint32_t b, uint32_t j, uint32_t end) const {
    if (!doc_.fr || j == b || toks_[j].Is(kAllCaps)) return false;
    const std::vector<NameRef>* refs = nullptr;
    if (DictAt(j, end, &refs) != 1) return false;
    int place = lex_.BestPlace(*refs);
    return place >= 0 && lex_.places[static_cast<size_t>(place)].kind == "country"sv;
  }

  uint32_t ChunkEnd(uint32_t b, uint32_t end) const {
    uint32_t j = b;
    while (j < end && j - b < kMaxNameTokens) {
      if (NameWord(toks_[j]) && (!InLexicon(lex_.demonyms, toks_[j], Lexicon::kDemonym) || FrenchCountryInName(b, j, end)) &&
          !(j > b && InLexicon(lex_.roles, toks_[j], Lexicon::kRole))) {
        ++j;
        continue;
      }
      // "International Longshoremen's Association", "People's Bank of China": a possessive inside a name
      // that ends with a tail cue, unless the possessor is a known name ("Russia's Foreign Ministry").
      if (j > b && toks_[j].lower == "'s"sv && j + 1 < end && NameWord(toks_[j + 1])) {
        uint32_t r = ChunkEnd(j + 1, end);
        const std::vector<NameRef>* refs = nullptr;
        auto cue = FindInLexicon(lex_.org_cues, toks_[r - 1], Lexicon::kCue);
        // Nor a lone cue word standing for an organisation named before ("the Fund's Executive Board").
        bool short_form = j == b + 1 && FindInLexicon(lex_.org_cues, toks_[b], Lexicon::kCue) != lex_.org_cues.end();
        // Nor an organisation's name of its own: "the Wilson Center's Mexico Institute" is a unit of the Wilson
        // Center (see SubUnitEnd).
        // "Queen's University Belfast", "King's College London": the tail cue may be followed by its city.
        bool seat = false;
        if (r > j + 2 && (cue == lex_.org_cues.end() || !(cue->second & Lexicon::kCueTail))) {
          auto c2 = FindInLexicon(lex_.org_cues, toks_[r - 2], Lexicon::kCue);
          const std::vector<NameRef>* city = nullptr;
          if (c2 != lex_.org_cues.end() && (c2->second & Lexicon::kCueTail) && DictAt(r - 1, r, &city) == 1) {
            int place = lex_.BestPlace(*city);
            seat = place >= 0 && lex_.places[static_cast<size_t>(place)].kind == "city";
            if (seat) cue = c2;
          }
        }
        if (r > j + 1 && cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueTail) && DictAt(b, j, &refs) != j - b &&
            !short_form && !(j > b + 1 && HasOrgCue(b, j))) {
          j = r;
          continue;
        }
      }
      // "Irish Patients' Association", "Professional Footballers' Association": a plural possessive (an
      // apostrophe right after a word ending in s) inside a name that ends with a tail cue.
      if (j > b && j + 1 < end && toks_[j].Is(kPunct) && toks_[j].start == toks_[j - 1].end &&
          (toks_[j].lower == "'"sv || toks_[j].lower == "\u2019"sv) && toks_[j - 1].lower.back() == 's' &&
          NameWord(toks_[j + 1]) && !HasOrgCue(b, j)) {
        uint32_t r = ChunkEnd(j + 1, end);
        auto cue = FindInLexicon(lex_.org_cues, toks_[r - 1], Lexicon::kCue);
        if (r > j + 1 && cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueTail) && toks_[r - 1].Is(kCap)) {
          j = r;
          continue;
        }
      }
      // "United Nations Verification Mission in Colombia", "UN Assistance Mission in Afghanistan": a mission's
      // country is part of its name.
      if (j > b && toks_[j].lower == "in"sv && toks_[j - 1].lower == "mission"sv && toks_[j - 1].Is(kCap) && j + 1 < end &&
          NameWord(toks_[j + 1])) {
        const std::vector<NameRef>* refs = nullptr;
        uint32_t n = DictAt(j + 1, end, &refs);
        if (n && lex_.BestPlace(*refs) >= 0) {
          j += 1 + n;
          break;
        }
      }
      // "National Security and Defense Council", "Department of Health and Human Services".
      if (j > b && (toks_[j].lower == "and"sv || toks_[j].lower == "et"sv) && j + 1 < end && NameWord(toks_[j + 1])) {
        uint32_t r = ChunkEnd(j + 1, end);
        if (AndJoinsName(b, j, r)) {
          j = r;
          continue;
        }
      }
      // "CD&V", "AT&T", "P&O Ferries": an ampersand written without spaces between capitalised words.
      if (j > b && j + 1 < end && toks_[j].lower == "&"sv && toks_[j].start == toks_[j - 1].end &&
          toks_[j + 1].start == toks_[j].end && toks_[j + 1].Is(kCap) && toks_[j + 1].Is(kWord)) {
        j += 2;
        continue;
      }
      // "chef de groupe PS à la Chambre", "le FMI de Kristalina Georgieva": a lone acronym is a whole name;
      // a connector after it opens a complement.
      if (j == b + 1 && toks_[b].Is(kAllCaps) && toks_[j].Is(kWord) && OrgConnector(toks_[j].lower)) break;
      if (j > b && toks_[j].Is(kWord) && OrgConnector(toks_[j].lower)) {
        uint32_t k = j;
        while (k < end && k < j + 3 && toks_[k].Is(kWord) && OrgConnector(toks_[k].lower)) ++k;
        if (k < end && NameWord(toks_[k]) && (EnglishTailThenPlace(b, j, k, end) || PersonBeforeOrg(b, j, k, end))) break;
        // "the Palais des Nations on Friday", "la réunion du Conseil en mars": a weekday or a month after
        // the connector is a date, not the name's next word.
        if (k < end && NameWord(toks_[k]) && !InLexicon(lex_.demonyms, toks_[k], Lexicon::kDemonym) &&
            !InLexicon(lex_.weekdays, toks_[k], Lexicon::kWeekday) && !InLexicon(lex_.months, toks_[k], Lexicon::kMonth)) {
          j = k;
          continue;
        }
      }
      break;
    }
    return j;
  }

  // "chercheuse à l'ISEAS-Yusof Ishak Institute de Singapour": in French, a
  // name [b, j) ending with an English tail cue ("Institute", "Group") is not
  // continued by "de"/"d'" and a place the gazetteer knows at k, the seat of
  // the organisation (French names put their cue first: "Institut Pasteur
  // de Lille" is left to CitySuffixes).
  bool EnglishTailThenPlace(uint32_t b, uint32_t j, uint32_t k, uint32_t end) const {
    if (!doc_.fr || j < b + 2 || k != j + 1 || (toks_[j].lower != "de"sv && toks_[j].lower != "d'"sv))
      return false;
    const Token& tail = toks_[j - 1];
    auto cue = FindInLexicon(lex_.org_cues, tail, Lexicon::kCue);
    if (cue == lex_.org_cues.end() || !(cue->second & Lexicon::kCueTail) || !tail.Is(kCap) ||
        In(tail.lower, {"centre", "métropole", "union", "commission", "organisation", "initiative", "capital"}))
      return false;
    const std::vector<NameRef>* refs = nullptr;
    return DictAt(k, end, &refs) > 0 && lex_.BestPlace(*refs) >= 0;
  }

  // "Sofía Carvallo of the International Crisis Group was more cautious":
  // in English, two or three capitalised words [b, j) without a cue word or
  // a dictionary name, then "of the" and an organisation's name at k ending
  // with a tail cue, are a person of that organisation, not the start of one
  // long name ("Council of the European Union" holds a cue before "of").
  bool PersonBeforeOrg(uint32_t b, uint32_t j, uint32_t k, uint32_t end) const {
    if (!doc_.en || j < b + 2 || j > b + 3 || k != j + 2 || toks_[j].lower != "of"sv ||
        toks_[j + 1].lower != "the"sv || HasOrgCue(b, j) || HasSiteCue(b, j) || !UnknownWords(b, j))
      return false;
    uint32_t r = k;
    while (r < end && r < k + kMaxNameTokens && NameWord(toks_[r])) ++r;
    auto cue = FindInLexicon(lex_.org_cues, toks_[r - 1], Lexicon::kCue);
    return r > k + 1 && cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueTail);
  }

  // An organisation ending with a tail cue is not continued by "of/on/in"
  // and a place, a weekday or a month: "Atlas Maritime Holdings of
  // Rotterdam", "the Executive Board on Wednesday". Returns the new end.
  uint32_t CutAfterTailCue(uint32_t b, uint32_t e) const {
    for (uint32_t k = b + 1; k + 2 < e + 1; ++k) {
      auto it = FindInLexicon(lex_.org_cues, toks_[k], Lexicon::kCue);
      if (it == lex_.org_cues.end() || !(it->second & Lexicon::kCueTail) || !toks_[k].Is(kCap)) continue;
      if (k + 2 > e || !(toks_[k + 1].lower == "of"sv || toks_[k + 1].lower == "on"sv || toks_[k + 1].lower == "in"sv))
        continue;
      uint32_t x = k + 2;
      if (x >= e) continue;
      if (InLexicon(lex_.weekdays, toks_[x], Lexicon::kWeekday) || InLexicon(lex_.months, toks_[x], Lexicon::kMonth)) return k + 1;
      // A company's seat is no part of its name ("Atlas Maritime Holdings of Rotterdam"); a bank's,
      // a university's or a council's country is ("State Bank of Pakistan", "University of Lausanne").
      if (!CorporateSuffix(toks_[k].lower)) continue;
      const std::vector<NameRef>* refs = nullptr;
      uint32_t n = DictAt(x, e, &refs);
      if (n && x + n == e && refs) {
        for (const auto& r : *refs)
          if (r.kind == NameRef::Kind::kPlace) return k + 1;
      }
    }
    return e;
  }

  // "WWF France", "Greenpeace Turkey", "FIFPRO Europe", "SNCF Réseau",
  // "BBC Radio 4": after a known body's name ending at b, one or two
  // capitalised words (and a number) that end the name name a national
  // branch or a subsidiary, an organisation of its own. The words are a
  // country or a region of the gazetteer, or words the dictionary does not
  // know; never a role, a weekday, a month, a demonym or a first name ("the
  // BBC Tuesday", "NATO Secretary-General", "the EU Ukraine Facility").
  // Returns the name's end, or b when none.
  uint32_t BranchEnd(uint32_t b, uint32_t end) const {
    if (b >= end || !NameWord(toks_[b]) || !toks_[b].Is(kSpaceBefore) || CommonWord(b) ||
        (toks_[b].lex & Lexicon::kFirstName) || RoleAt(doc_, b, end))
      return b;
    const std::vector<NameRef>* refs = nullptr;
    uint32_t c;
    if (uint32_t n = DictAt(b, end, &refs); n) {
      int place = lex_.BestPlace(*refs);
      if (place < 0) return b;
      const std::string& kind = lex_.places[static_cast<size_t>(place)].kind;
      if (kind != "country"sv && kind != "region"sv) return b;
      c = b + n;
    } else {
      // One unknown word ("FDS Mazloum Abdi" is a person after the body).
      c = b + 1;
      if (c < end && toks_[c].Is(kNumber) && toks_[c].Is(kSpaceBefore) && toks_[c].lower.size() <= 2) ++c;  // "Radio 4"
    }
    if (c < end && (NameWord(toks_[c]) || (toks_[c].Is(kWord) && !toks_[c].Is(kSpaceBefore) && toks_[c].lower != "'s"sv)))
      return b;
    // French names go on in lower case ("FO Services publics et de santé"): a lower-case word after the name
    // that is neither a function word nor a verb of saying leaves the name unbounded.
    uint32_t len;
    if (doc_.fr && c < end && toks_[c].Is(kWord) && !toks_[c].Is(kCap) && !toks_[c].Is(kNumber) &&
        !IsStopToken(lex_, toks_[c]) && !IsReportingVerbAt(doc_, c, end, &len))
      return b;
    return c;
  }

  // Acronyms of common nouns ("PIB", "NGO") and of a meeting series ("COP", read by the meetings stage) name
  // no organisation.
  static bool CommonAcronym(std::string_view l) {
    static const StringSet kCommonAcronyms = {
        "ong", "ngo", "pdg", "ceo", "pib", "gdp", "tva", "vat", "pme", "sme", "cdi", "faq", "ovni", "cop", "cops",
        // Time zones ("10 a.m. AEDT"), technologies and common nouns written as acronyms in news copy.
        "gmt", "utc", "cet", "cest", "bst", "est", "edt", "pst", "pdt", "aedt", "aest", "jst",
        "gps", "ai", "ia", "lng", "gnl", "gpl", "suv", "ogm", "gmo", "dna", "adn", "hiv", "vih", "sida", "aids",
        "irm", "mri", "cfo", "coo", "cto", "ipo", "etf", "kpi", "drh", "smic", "mpa", "amp", "eez", "zee",
        "uav", "icbm", "ied", "kwh", "mwh", "gwh", "twh"};
    return kCommonAcronyms.count(l) > 0;
  }

  static bool CompassWord(std::string_view l) {
    static const StringSet kCompass = {"nord", "sud", "est", "ouest", "north", "south", "east", "west",
                                       "western", "eastern", "northern", "southern"};
    return kCompass.count(l) > 0;
  }

  static bool CorporateSuffix(std::string_view l) {
    static const StringSet kSuffixes = {
        "holdings", "lines", "airlines", "airways", "industries", "group", "company", "corporation", "corp",
        "corp.", "inc", "inc.", "ltd", "ltd.", "partners", "systems", "technologies", "motors", "pharmaceuticals",
        "laboratories", "bancorp", "plc", "shipping", "energy", "capital", "logistics", "gmbh", "ag", "sa", "nv", "llc"};
    return kSuffixes.count(l) > 0;
  }

  bool HasOrgCue(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      auto it = FindInLexicon(lex_.org_cues, toks_[k], Lexicon::kCue);
      if (it == lex_.org_cues.end() || !toks_[k].Is(kCap)) continue;
      if (k == b && (it->second & Lexicon::kCueHead)) return true;
      if (k > b && (it->second & Lexicon::kCueTail)) return true;
      if (e - b >= 3) return true;  // "University of Lausanne", "Court of Arbitration for Sport"
    }
    return false;
  }

  // "the Wilson Center's Mexico Institute", "the University of Washington's
  // Harry Bridges Center": an organisation's name [b, e) holding a cue word,
  // then a possessive and capitalised words ending with a tail cue, which
  // name a unit of that organisation; the organisation is the entity named.
  // Returns the unit's end (its words are no mention of their own), or e.
  uint32_t SubUnitEnd(uint32_t b, uint32_t e, uint32_t end) const {
    if (e + 2 >= end || e < b + 2 || toks_[e].lower != "'s"sv || !NameWord(toks_[e + 1])) return e;
    uint32_t r = ChunkEnd(e + 1, end);
    auto cue = FindInLexicon(lex_.org_cues, toks_[r - 1], Lexicon::kCue);
    if (r > e + 2 && cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueTail) && toks_[r - 1].Is(kCap)) return r;
    return e;
  }

  // A site word in a capitalised chunk: "Black Sea", "Dolmabahçe Palace".
  bool HasSiteCue(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k)
      if (toks_[k].Is(kCap) && InLexicon(lex_.site_cues, toks_[k], Lexicon::kSite)) return true;
    return false;
  }

  // A French organisation headed by a cue word: "Conseil de la Fédération",
  // "Département des relations internationales", "Banque centrale européenne".
  uint32_t HeadOrgEnd(uint32_t b, uint32_t end) const {
    uint32_t j = b + 1, last = b + 1;
    int lower_run = 0;
    bool purpose = false;  // a "pour le/la/les" complement was read
    while (j < end && j - b < kMaxNameTokens + 4) {
      const Token& t = toks_[j];
      // A determiner right after the head opens no complement of the name:
      // "au Parlement la semaine dernière", "the Senate the next day".
      if (j == b + 1 && In(t.lower, {"la", "l'", "le", "les", "the"})) break;
      // "ministère de l'Agriculture, de la Pêche et de l'Alimentation", "Union tunisienne de l'industrie, du
      // commerce et de l'artisanat": a comma opening an enumeration of complements that "et de/du/des" closes.
      if (uint32_t en = t.lower == ","sv && j > b + 1 ? ComplementEnumeration(b, j, end) : 0; en > j) {
        last = j = en;
        break;
      }
      if (!t.Is(kWord)) break;
      // "Fédération nationale des ports et docks", "Union des industries et métiers": "et" and one
      // lower-case noun that ends the complement (before punctuation, a capital or the end).
      if ((t.lower == "et"sv || t.lower == "and"sv) && lower_run > 0 && j + 1 < end && toks_[j + 1].Is(kWord) &&
          !toks_[j + 1].Is(kCap) && !IsStopToken(lex_, toks_[j + 1]) && !ParticipleEnding(toks_[j + 1].lower) &&
          (j + 2 >= end || !toks_[j + 2].Is(kWord) || toks_[j + 2].Is(kCap))) {
        j += 2;
        last = j;
        continue;
      }
      if (NameWord(t)) {
        // "Union Health Secretary Arvind Bhalla", "Commission Chairperson
        // Mahmoud Ali Youssouf": a role before a first name is a title; the
        // body's name ends before it.
        if (j > b && (t.lex & Lexicon::kRole) && j + 1 < end && NameWord(toks_[j + 1]) && IsFirstName(j + 1) &&
            InLexicon(lex_.roles, t, Lexicon::kRole))
          break;
        auto cue = FindInLexicon(lex_.org_cues, t, Lexicon::kCue);
        // A head word after "et" and connectors also begins one: "ministère de la Santé et de la Direction
        // générale de l'offre de soins" names two bodies.
        uint32_t c = j;
        while (c > b + 1 && OrgConnector(toks_[c - 1].lower)) --c;
        bool after_et = c < j && c > b + 1 && toks_[c - 1].lower == "et"sv;
        if (cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueHead) && j > b + 1 &&
            OrgConnector(toks_[j - 1].lower) && ((j + 1 < end && HeadConnector(toks_[j + 1].lower)) || after_et))
          break;  // "... de la Faculté de ...": a second organisation begins
        ++j;
        last = j;
        lower_run = 0;
        continue;
      }
      // "Centre pour les politiques euro-atlantiques", "Service européen pour l'action extérieure".
      if (t.lower == "pour"sv && NameWord(toks_[b]) && j + 2 < end &&
          (toks_[j + 1].lower == "le"sv || toks_[j + 1].lower == "la"sv || toks_[j + 1].lower == "l'"sv ||
           toks_[j + 1].lower == "les"sv) &&
          toks_[j + 2].Is(kWord) && !IsStopToken(lex_, toks_[j + 2])) {
        j += 2;
        lower_run = 1;  // the next lower-case word belongs to the name ("pour les études baltiques")
        purpose = true;
        continue;
      }
      // "Institut d'études pour le développement et la paix", "Fondation pour la nature et l'homme": inside a
      // purpose complement, "et" and a determiner coordinate one more lower-case noun, where the name ends.
      if (t.lower == "et"sv && purpose && lower_run > 0 && j + 2 < end &&
          (toks_[j + 1].lower == "la"sv || toks_[j + 1].lower == "le"sv || toks_[j + 1].lower == "les"sv ||
           toks_[j + 1].lower == "l'"sv) &&
          toks_[j + 2].Is(kWord) && !toks_[j + 2].Is(kCap) && !IsStopToken(lex_, toks_[j + 2]) &&
          (j + 3 >= end || !toks_[j + 3].Is(kWord))) {
        last = j = j + 3;
        break;
      }
      // "Fondation Paix et Réconciliation": the head, one name word, "et" and one more unknown name word.
      if (t.lower == "et"sv && j == b + 2 && NameWord(toks_[b + 1]) && j + 1 < end && NameWord(toks_[j + 1]) &&
          !(toks_[j + 1].lex & Lexicon::kFirstName) && (j + 2 >= end || !toks_[j + 2].Is(kWord))) {
        const std::vector<NameRef>* refs = nullptr;
        if (!DictAt(j + 1, end, &refs) && !DictAt(b + 1, end, &refs)) {
          last = j = j + 2;
          break;
        }
      }
      // "Chambre de commerce de l'Union européenne en Chine": "en" and a country's name close the name.
      if (t.lower == "en"sv && NameWord(toks_[b]) && j + 1 < end && NameWord(toks_[j + 1])) {
        const std::vector<NameRef>* refs = nullptr;
        uint32_t n = DictAt(j + 1, end, &refs);
        if (n && lex_.BestPlace(*refs) >= 0 &&
            lex_.places[static_cast<size_t>(lex_.BestPlace(*refs))].kind == "country"sv) {
          last = j = j + 1 + n;
          break;
        }
      }
      // "Front de libération nationale kanak et socialiste": "et" and an adjective after lower-case words.
      if (t.lower == "et"sv && lower_run > 0 && j + 1 < end && toks_[j + 1].Is(kWord) && !toks_[j + 1].Is(kCap) &&
          AdjectiveLike(toks_[j + 1].lower)) {
        j += 2;
        last = j;
        continue;
      }
      // "et des/de/du" continues a name ("ministère de l'Europe et des Affaires étrangères"); "et l'État" starts another.
      // A count or quantifier after it coordinates a group instead: "l'Union européenne et des quatre pays
      // fondateurs du Mercosur", "et de plusieurs ONG".
      bool et_continues = j + 1 < end && HeadConnector(toks_[j + 1].lower) && toks_[j + 1].lower != "l'"sv &&
                          toks_[j + 1].lower != "la"sv && toks_[j + 1].lower != "the"sv &&
                          !(j + 2 < end && (GroupCount(toks_[j + 2].lower) > 0 || toks_[j + 2].Is(kNumber) ||
                                            In(toks_[j + 2].lower, {"plusieurs", "autres", "nombreux", "nombreuses"})));
      // "Fédération des travailleurs et travailleuses du Québec": "et", a lower-case noun coordinated with the
      // one before, and a complement with a capitalised name.
      if (t.lower == "et"sv && lower_run > 0 && j + 3 < end && toks_[j + 1].Is(kWord) && !toks_[j + 1].Is(kCap) &&
          !IsStopToken(lex_, toks_[j + 1]) && In(toks_[j + 2].lower, {"de", "du", "des", "d'"}) &&
          NameWord(toks_[j + 3])) {
        j += 2;
        lower_run = 0;
        continue;
      }
      // "Bureau of Industry and Security": "and" and one to three name words end the name.
      // Only after a complement: "Union representatives and Norrvik" coordinates two parties.
      bool complement = false;
      for (uint32_t k = b + 1; k < j; ++k) complement |= OrgConnector(toks_[k].lower);
      if (t.lower == "and"sv && complement && j + 1 < end && NameWord(toks_[j + 1]) &&
          !(toks_[j + 1].lex & Lexicon::kFirstName)) {
        uint32_t r = j + 1;
        while (r < end && r < j + 4 && NameWord(toks_[r])) ++r;
        const std::vector<NameRef>* refs = nullptr;
        if (!DictAt(j + 1, end, &refs) && (r >= end || !NameWord(toks_[r]))) {
          last = j = r;
          break;
        }
      }
      if (HeadConnector(t.lower) && !(t.lower == "et"sv && !et_continues)) {
        ++j;
        lower_run = 0;
        continue;
      }
      bool after_conn = OrgConnector(toks_[j - 1].lower);
      bool after_name = j - 1 >= b && (j - 1 == b || NameWord(toks_[j - 1]) || lower_run > 0);
      // English names capitalise their words: a lower-case word right after a capitalised head word ends the
      // name ("Union representatives and Norrvik management").
      if (doc_.en && !after_conn && lower_run == 0 && NameWord(toks_[j - 1])) break;
      if (IsStopToken(lex_, t) || InLexicon(lex_.reporting_verbs, t, Lexicon::kVerb)) break;
      // "Union générale tunisienne du travail chargée de la fonction publique", "… basée à Tunis": a past
      // participle governing a complement describes the organisation; its name ends before it.
      if (j + 1 < end && ParticipleEnding(t.lower) &&
          In(toks_[j + 1].lower, {"de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "en", "sur", "dans"}))
        break;
      // "le Conseil fédéral aura le dernier mot": after adjectives that follow the name itself (no
      // connector opened the run), only adjectives and demonyms continue it, never a verb.
      bool adjective = AdjectiveLike(t.lower) || InLexicon(lex_.demonyms, t, Lexicon::kDemonym) ||
                       (t.lower.size() > 4 && t.lower.back() == 's' &&  // "armées soudanaises"
                        AdjectiveLike(std::string_view(t.lower).substr(0, t.lower.size() - 1)));
      if (lower_run > 0 && !adjective && j > b + static_cast<uint32_t>(lower_run) &&
          !OrgConnector(toks_[j - static_cast<uint32_t>(lower_run) - 1].lower))
        break;
      if (((after_conn || lower_run > 0) && lower_run < 3) ||
          (after_name && lower_run < 2 && adjective)) {
        ++lower_run;
        ++j;
        last = j;
        continue;
      }
      break;
    }
    return last;
  }

  // The end of an agency named by a government domain and a country at i
  // ("Health New Zealand", "Statistics Canada", "Transports Canada"), or i.
  static inline const WordList kAgencyDomains{"health", "statistics", "transport", "transports", "sport",
                                              "fisheries", "environment", "finance", "justice", "santé",
                                              "statistique", "environnement", "pêches", "patrimoine", "heritage",
                                              "immigration", "revenue", "sports"};
  uint32_t DomainAgencyEnd(uint32_t i, uint32_t end) const {
    if (!toks_[i].Is(kCap) || toks_[i].Is(kAllCaps) || i + 1 >= end || !kAgencyDomains.Has(toks_[i].lower)) return i;
    const std::vector<NameRef>* refs = nullptr;
    uint32_t n = DictAt(i + 1, end, &refs);
    if (!n || i + 1 + n > end) return i;
    int place = lex_.BestPlace(*refs);
    if (place < 0 || lex_.places[static_cast<size_t>(place)].kind != "country"sv) return i;
    uint32_t e = i + 1 + n;
    // ("Health Canada Minister X": the agency's name ends before a role; "Health New Zealand – Te Whatu Ora" too.)
    if (e < end && toks_[e].Is(kCap) && !RoleAt(doc_, e, end)) return i;
    // After a role or "of", the domain is a portfolio ("Minister of Health Canada" is rare; "Minister of Health,
    // Canada's …" is no agency).
    if (i > 0 && (In(toks_[i - 1].lower, {"of", "de", "du", "for"}) || RoleEndsAt(i))) return i;
    return e;
  }

  // True for an English contraction of a pronoun or an auxiliary ("they've", "i'm", "we'll", "don't").
  static bool Contraction(std::string_view l) {
    // (Only a word with an apostrophe, ASCII or typographic, can be one: most are answered by one scan.)
    if (l.find('\'') == std::string_view::npos && l.find("\xE2\x80\x99"sv) == std::string_view::npos) return false;
    for (std::string_view e : {"'ve"sv, "'m"sv, "'re"sv, "'ll"sv, "'d"sv, "n't"sv, "’ve"sv, "’m"sv, "’re"sv, "’ll"sv,
                               "’d"sv, "n’t"sv})
      if (l.size() > e.size() && l.compare(l.size() - e.size(), e.size(), e) == 0) return true;
    return false;
  }

  // The end of a transcript's speaker label at token i: one or two words in
  // capitals opening a line (after markup), then a colon ("SMITH:",
  // "RAMLOGAN-BAPTISTE :", "JEAN DUPONT:"), no common word, role or
  // question label; i when there is none.
  uint32_t SpeakerLabelEnd(uint32_t i, uint32_t end) const {
    if (!toks_[i].Is(kAllCaps)) return i;
    uint32_t b = i;
    while (b > 0 && !toks_[b].Is(kNewlineBefore) && (toks_[b - 1].lower == "*"sv || toks_[b - 1].lower == "_"sv)) --b;
    if (b != 0 && !toks_[b].Is(kNewlineBefore)) return i;
    uint32_t e = i + 1;
    if (e < end && toks_[e].Is(kAllCaps) && toks_[e].Is(kWord)) ++e;
    uint32_t c = e;
    while (c < end && c < e + 2 && (toks_[c].lower == "*"sv || toks_[c].lower == "_"sv)) ++c;
    if (c >= end || toks_[c].lower != ":"sv) return i;
    for (uint32_t k = i; k < e; ++k)
      if (CommonWord(k) || toks_[k].lower.size() < 3 || RoleAt(doc_, k, e) ||
          In(toks_[k].lower, {"host", "presenter", "interviewer", "anchor", "journaliste", "animateur", "animatrice",
                              "présentateur", "présentatrice", "question", "réponse", "answer", "update", "note"}))
        return i;
    return e;
  }

  // A French past participle that describes an organisation after its name ("chargée de", "basée à",
  // "créée par", "fondée en", "proche du"): a stem of that list and -é, -ée, -és, -ées. (Nouns in -é, -ée
  // such as "santé", "assemblée" end names too often for the ending alone.)
  static bool ParticipleEnding(std::string_view l) {
    for (std::string_view x : {"ées"sv, "ée"sv, "és"sv, "é"sv}) {
      if (l.size() <= x.size() || l.substr(l.size() - x.size()) != x) continue;
      std::string_view stem = l.substr(0, l.size() - x.size());
      return In(stem, {"charg", "bas", "cré", "fond", "situ", "install", "dirig", "présid", "spécialis", "affili",
                       "implant", "rattach", "compos", "lanc", "dédi", "financ", "mandat", "chapeaut"});
    }
    return false;
  }

  // The end of an enumeration of complements continuing at the comma c a name headed at b, or 0. The name
  // already has one ("de l'Agriculture", "of Trade"); then at most three more items separated by commas,
  // the last after "et"/"and" (in English an Oxford comma may stand before it). French items are "de/du/
  // des/d' [la/l'] word", of one word or two (the second capitalised or an adjective: "de la Pêche
  // maritime"); English items are one to three capitalised words ("Ministry of Trade, Industry and
  // Fisheries"). No item word is an acronym or opens a dictionary name ("de l'OMS et de l'Unicef", "the
  // Ministry of Finance, Reuters and AP" list organisations of their own).
  uint32_t ComplementEnumeration(uint32_t b, uint32_t c, uint32_t end) const {
    const bool en = doc_.en;
    auto connector = [&](const std::string& l) {
      return en ? In(l, {"of", "for"}) : In(l, {"de", "du", "des", "d'"});
    };
    const std::string_view conjunction = en ? "and"sv : "et"sv;
    bool complement = false;
    for (uint32_t k = b + 1; k < c; ++k) complement |= connector(toks_[k].lower);
    if (!complement) return 0;
    uint32_t k = c;
    for (int item = 0; item < (en ? 3 : 4) && k < end; ++item) {
      bool last = false;
      if (toks_[k].lower == ","sv) {
        ++k;
        if (en && k < end && toks_[k].lower == conjunction) ++k, last = true;  // the Oxford comma
      } else if (toks_[k].lower == conjunction && item > 0) {
        ++k;
        last = true;
      } else {
        return 0;
      }
      if (!en) {
        if (k >= end || !connector(toks_[k].lower)) return 0;
        ++k;
        if (k < end && In(toks_[k].lower, {"la", "l'"})) ++k;
      }
      uint32_t words = 0;
      while (k < end && words < (en ? 3u : 2u) && toks_[k].Is(kWord) && !IsStopToken(lex_, toks_[k]) &&
             (en ? toks_[k].Is(kCap) : (words == 0 || toks_[k].Is(kCap) || AdjectiveLike(toks_[k].lower)))) {
        const std::vector<NameRef>* refs = nullptr;
        if (toks_[k].Is(kAllCaps) || DictAt(k, end, &refs)) return 0;
        ++k;
        ++words;
      }
      if (words == 0) return 0;
      if (last) return k;
    }
    return 0;
  }

  uint32_t Step(uint32_t s, uint32_t i, uint32_t end) {
    const Token& t = toks_[i];
    if (!t.Is(kWord)) return i + 1;
    // "They've", "I'm", "We'll", "Don't": an English contraction opening a
    // sentence is no name.
    if (doc_.en && t.Is(kCap) && Contraction(t.lower)) return i + 1;
    // "Health New Zealand", "Statistics Canada", "Santé Canada": a
    // government domain before a country's name is the country's agency.
    // (The word tests inline: most words stop there.)
    if (t.Is(kCap) && !t.Is(kAllCaps) && kAgencyDomains.Has(t.lower))
      if (uint32_t e = DomainAgencyEnd(i, end); e > i) {
        Add(s, i, e, EntityType::kOrganization, 0.7f);
        return e;
      }
    // "SMITH: Honestly, …", "RAMLOGAN-BAPTISTE: …": a transcript's speaker
    // label in capitals opening a line is a person's name (the surname of
    // one the text names; the resolver joins them).
    if (t.Is(kAllCaps))
      if (uint32_t e = SpeakerLabelEnd(i, end); e > i) {
        Add(s, i, e, EntityType::kPerson, 0.6f);
        return e;
      }
    // Role words are not names ("President Donald Trump").
    if (uint32_t r = RoleAt(doc_, i, end); r && t.Is(kCap)) {
      const std::vector<NameRef>* refs = nullptr;
      auto cue = i + r < end && toks_[i + r].Is(kCap) ? FindInLexicon(lex_.org_cues, toks_[i + r], Lexicon::kCue) : lex_.org_cues.end();
      bool org_name = cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueTail);  // "General Council"
      // "General Intelligence Service", "General Motors": capitalised words after the role that end with a
      // tail cue make an organisation's name (not "General Jean Dupont").
      if (!org_name && i + r < end && toks_[i + r].Is(kCap) && !(toks_[i + r].lex & Lexicon::kFirstName)) {
        uint32_t c = ChunkEnd(i + r, end);
        auto tail = c > i + r + 1 ? FindInLexicon(lex_.org_cues, toks_[c - 1], Lexicon::kCue) : lex_.org_cues.end();
        org_name = tail != lex_.org_cues.end() && (tail->second & Lexicon::kCueTail) && toks_[c - 1].Is(kCap);
      }
      // "Queen's University Belfast", "King's College London", "the Prime Minister's Office": a role's
      // possessive opening a name that holds a cue word.
      if (!org_name && i + r + 1 < end && toks_[i + r].lower == "'s"sv && NameWord(toks_[i + r + 1])) {
        uint32_t c = ChunkEnd(i + r + 1, end);
        if (c > i + r + 1 && HasOrgCue(i, c)) {
          Add(s, i, c, EntityType::kOrganization, 0.7f);
          return OrgAcronym(s, c, end);
        }
      }
      // A known name shorter than the role is part of it ("Treasury Secretary X": no Treasury named).
      if (DictAt(i, end, &refs) < r && !org_name) return i + r;
    } else if (r > 1) {
      return i + r;  // "chefs d'État", "secrétaire d'État": a role's capitalised words name no one
    }
    // 1. A courtesy title: M. Dmitriev, Mme Zakharova, Mr Vance.
    auto title = (t.lex & Lexicon::kTitle) ? lex_.titles.find(doc_.TokenText(i)) : lex_.titles.end();
    // (Read after a title only: "M. de Villepin".)
    auto particle_name = [&] {
      return i + 2 < end && Particle(toks_[i + 1].lower) && !toks_[i + 1].Is(kCap) &&
             (NameWord(toks_[i + 2]) ||
              (i + 3 < end && Particle(toks_[i + 2].lower) && NameWord(toks_[i + 3])));
    };
    if (title != lex_.titles.end() && i + 1 < end &&
        ((NameWord(toks_[i + 1]) && !CommonWord(i + 1)) || particle_name())) {
      uint32_t e = PersonEnd(i + 1, end);
      Add(s, i + 1, e, EntityType::kPerson, 0.9f, title->second);
      return e;
    }
    bool cap = NameWord(t) || (t.Is(kCap) && t.Is(kNumber));
    // "the Bogotá-based Conflict Responses Foundation", "a Kinshasa-based institute": an adjective, not a name.
    if (cap && IsCompoundAdjective(t.lower)) return i + 1;
    if (cap && i >= 2 && toks_[i - 1].lower == "("sv && PersonEndsAt(i - 1)) {
      if (uint32_t e = ParenthesisedOrgEnd(i, end); e > i) {
        Add(s, i, e, EntityType::kOrganization, 0.7f);
        return e;
      }
    }
    // 2. Dictionary: places and known bodies (may start in lower case when curated).
    const std::vector<NameRef>* refs = nullptr;
    // (A compound first name holds a hyphen, kept in its lower-case form: most words are answered without
    // a call.)
    // A compound first name ("Jean-Robert") names no place or thing: the
    // capitalised word after it is a surname even when it spells a common
    // word ("Jean-Robert Estimé").
    const bool compound = !(t.lex & Lexicon::kFirstName) && cap && t.lower.find('-') != std::string::npos &&
                          CompoundFirstName(i).has_value();
    bool first_name = cap && ((t.lex & Lexicon::kFirstName) ? lex_.first_names.count(doc_.TokenText(i)) > 0 : compound) &&
                      i + 1 < end &&
                      ((NameWord(toks_[i + 1]) && !InLexicon(lex_.demonyms, toks_[i + 1], Lexicon::kDemonym) &&
                        (compound || !CommonWord(i + 1))) ||
                       // "Abdullah bin Rashid", "Ursula von der Leyen"
                       (i + 2 < end && Particle(toks_[i + 1].lower) && !toks_[i + 1].Is(kCap) &&
                        (NameWord(toks_[i + 2]) || (i + 3 < end && Particle(toks_[i + 2].lower) && NameWord(toks_[i + 3])))));
    if (!first_name) {
      uint32_t n = DictAt(i, end, &refs);
      if (n && IsSmallTown(*refs, i)) n = 0;  // confirmed, if at all, by the context below
      // A lone compass word names a region only after a locative ("dans le Nord", "in the West"): "nos voisins
      // de l'Est", "the Western draft", "Caucase du Sud" name none; "Western", "Eastern" never do.
      if (n == 1 && !refs->front().curated && CompassWord(t.lower)) {
        uint32_t p = i;
        if (p > 0 && (toks_[p - 1].lower == "le"sv || toks_[p - 1].lower == "l'"sv || toks_[p - 1].lower == "the"sv)) --p;
        const std::string& prev = p > 0 ? toks_[p - 1].lower : std::string();
        // "La députée X (Nord)": a constituency in parentheses is a region too.
        bool locative = prev == "dans"sv || prev == "in"sv || prev == "à"sv || prev == "au"sv || prev == "en"sv ||
                        prev == "("sv;
        if (!locative || t.lower.size() > 5) n = 0;
      }
      // "the IG Metall union": a two-letter capitalised code the gazetteer knows only as an alias ("IG", the
      // Slovenian municipality Ig) opens a longer name when an unknown name word follows.
      if (n == 1 && t.Is(kAllCaps) && t.lower.size() <= 2 && !refs->front().curated && i + 1 < end &&
          NameWord(toks_[i + 1]) && !toks_[i + 1].Is(kAllCaps)) {
        const std::vector<NameRef>* next = nullptr;
        if (!DictAt(i + 1, end, &next) && !CommonWord(i + 1)) n = 0;
      }
      // A city's name that is also a first name, after a role: "le président du sénat, Gilbert Wahnyamalla".
      // Also before an apposition or a verb that only a person takes: "Amara Okafor, chair of the BMA's
      // committee, said".
      // A determiner before it makes a description ("a Missouri Republican, said").
      bool role_before = false;
      if (n == 1 && cap && i + 1 < end && NameWord(toks_[i + 1]) && !CommonWord(i + 1) &&
          ((role_before = RoleBefore(i)) || (!DeterminerBefore(i) && PersonEvidenceAfter(i, end)))) {
        const std::vector<NameRef>* next = nullptr;
        int place = lex_.BestPlace(*refs);
        bool city =
            place >= 0 && (lex_.places[static_cast<size_t>(place)].kind == "city"sv ||
                           (role_before && lex_.places[static_cast<size_t>(place)].kind == "region"sv));
        bool body = std::any_of(refs->begin(), refs->end(), [](const NameRef& r) { return r.kind == NameRef::Kind::kBody; });
        if (city && !body && !DictAt(i + 1, end, &next)) n = 0;
      }
      // "Centre d'études prospectives": an organisation's head word, not the region "Centre".
      auto head = FindInLexicon(lex_.org_cues, t, Lexicon::kCue);
      // Also "Centre africain pour la transformation économique": an adjective after the head word.
      if (n == 1 && cap && head != lex_.org_cues.end() && (head->second & Lexicon::kCueHead) && i + 1 < end &&
          (OrgConnector(toks_[i + 1].lower) ||
           (toks_[i + 1].Is(kWord) && !toks_[i + 1].Is(kCap) && !IsStopToken(lex_, toks_[i + 1]) &&
            (AdjectiveLike(toks_[i + 1].lower) || InLexicon(lex_.demonyms, toks_[i + 1], Lexicon::kDemonym))))) {
        uint32_t e = HeadOrgEnd(i, end);
        if (e > i + 2) {
          Add(s, i, e, EntityType::kOrganization, 0.8f);
          return OrgAcronym(s, e, end);
        }
      }
      // "Conseil de sécurité nationale et de défense": a known body's name (headed by a cue word) continued
      // by "et de/du/des" and a complement is a longer name.
      if (n >= 2 && cap && head != lex_.org_cues.end() && (head->second & Lexicon::kCueHead) && i + n + 2 < end &&
          toks_[i + n].lower == "et"sv &&
          (toks_[i + n + 1].lower == "de"sv || toks_[i + n + 1].lower == "du"sv || toks_[i + n + 1].lower == "des"sv)) {
        uint32_t e = HeadOrgEnd(i, end);
        if (e > i + n + 2) {
          Add(s, i, e, EntityType::kOrganization, 0.8f);
          return OrgAcronym(s, e, end);
        }
      }
      if (n) {
        uint32_t chunk = cap ? ChunkEnd(i, end) : i;
        if (chunk > i + n) chunk = CutAfterTailCue(i, chunk);  // "the World Bank on Monday"
        if (chunk > i + n && HasOrgCue(i, chunk)) {  // "Moscow State University"
          Add(s, i, chunk, EntityType::kOrganization, 0.8f);
          return chunk;
        }
        bool start = ClauseStart(i);
        if (n == 1 && start && (IsStopToken(lex_, t) || lower_seen_.count(std::string_view(t.lower)))) return i + 1;
        if (n == 1 && t.Is(kAllCaps) && t.lower.size() <= 2 && !refs->front().curated && start) return i + 1;
        const NameRef* body = nullptr;
        for (const auto& r : *refs)
          if (r.kind == NameRef::Kind::kBody) body = &r;
        int place = lex_.BestPlace(*refs);
        if (!body && place >= 0 && lex_.places[static_cast<size_t>(place)].kind == "country"sv) {
          if (uint32_t ce = CountryLedNameEnd(i + n, end); ce > i + n) {
            Add(s, i, ce, EntityType::kOrganization, 0.6f);
            return ce;
          }
        }
        if (body && (place < 0 || lex_.places[static_cast<size_t>(place)].kind != "country"sv)) {
          if (uint32_t be = BranchEnd(i + n, end); be > i + n) {
            Add(s, i, be, EntityType::kOrganization, 0.75f);
            return be;
          }
        }
        if (body && (place < 0 || lex_.places[static_cast<size_t>(place)].kind != "country"sv))
          Add(s, i, i + n, EntityType::kOrganization, 0.9f, Gender::kUnknown, -1, body->index);
        else if (place >= 0) {
          const GazPlace& gp = lex_.places[static_cast<size_t>(place)];
          bool small =
              gp.kind == "city"sv && gp.population < 100000;  // kept only after a locative (IsSmallTown)
          Add(s, i, i + n, EntityType::kPlace, small ? 0.6f : 0.9f, Gender::kUnknown, place);
        }
        return i + n;
      }
    }
    bool function_word = IsStopToken(lex_, t) && !(t.Is(kAllCaps) && t.lower.size() >= 3 && !ClauseStart(i));
    // "A spokeswoman, He Yadong, told": after a role and a comma, a capitalised function word and a name
    // are a person's name.
    if (function_word && cap && i >= 2 && toks_[i - 1].lower == ","sv && i + 1 < end && NameWord(toks_[i + 1]) &&
        !CommonWord(i + 1) && RoleBefore(i)) {
      const std::vector<NameRef>* next = nullptr;
      if (!DictAt(i + 1, end, &next)) {
        uint32_t e = PersonEnd(i, end);
        if (e > i + 1 && e < end && toks_[e].lower == ","sv) {
          Add(s, i, e, EntityType::kPerson, 0.7f);
          return e;
        }
      }
    }
    // "Speaking on BBC Radio 4", "Writing in Le Monde", "According to X": an English participle opening a
    // clause, before a lower-case word, is no name.
    if (cap && t.lower.size() > 5 && t.lower.ends_with("ing") && i + 1 < end &&
        toks_[i + 1].Is(kWord) && !toks_[i + 1].Is(kCap) && doc_.en && ClauseStart(i))
      return i + 1;
    if (cap && i + 1 < end && (function_word || (ClauseStart(i) && !(t.lex & Lexicon::kFirstName)))) {
      // "The International Olympic Committee", "Does Europe": the first word is not part of the name.
      const std::vector<NameRef>* next = nullptr;
      if (function_word) return i + 1;
      // "Quant au Conseil fédéral, …", "Lors du sommet …": a clause's first word that is a common word (or
      // written in lower case elsewhere in the article), then a preposition, is a connective, not the head
      // of a name; the name, if any, starts after it. Organisation head words keep theirs ("Banque de France").
      if (ClauseStart(i) && In(toks_[i + 1].lower, {"au", "aux", "à", "du", "des", "de", "d'"}) &&
          (CommonWord(i) || lower_seen_.count(std::string_view(t.lower)) || LowerNameWordSeen(t.lower)) &&
          FindInLexicon(lex_.org_cues, t, Lexicon::kCue) == lex_.org_cues.end())
        return i + 1;
      // "Berivan Hassan, porte-parole de …" opening a sentence: a city's name after an unknown word is a
      // surname when a role apposition or a reporting verb follows.
      if (uint32_t n = DictAt(i + 1, end, &next); n) {
        int place = lex_.BestPlace(*next);
        bool city = n == 1 && place >= 0 && lex_.places[static_cast<size_t>(place)].kind == "city"sv &&
                    std::none_of(next->begin(), next->end(),
                                 [](const NameRef& r) { return r.kind == NameRef::Kind::kBody; });
        if (!city || CommonWord(i) || lower_seen_.count(std::string_view(t.lower)) || !PersonEvidenceAfter(i, end))
          return i + 1;
      }
    }
    if (!cap) {
      // "le ministère égyptien des Affaires étrangères": a lower-case head word with a name after it.
      // Also "la commission des Affaires économiques", "le département fédéral des Affaires étrangères", "la
      // direction générale du Commerce".
      // French local government: "le conseil régional d'Auvergne-Rhône-Alpes", "du conseil départemental de la
      // Drôme", "à la préfecture de la Drôme" (after a determiner: "Valence, préfecture de la Drôme" names a town).
      // (Asked for every lower-case word: one list of all the head words first.)
      const bool head = kLowerOrgHeads.Has(t.lower);
      bool local_body =
          head && i + 2 < end &&
          ((t.lower == "conseil"sv && (toks_[i + 1].lower == "régional"sv || toks_[i + 1].lower == "départemental"sv ||
                                       toks_[i + 1].lower == "municipal"sv || toks_[i + 1].lower == "territorial"sv)) ||
           // "le rectorat de Corse", "la mairie de Lyon", "le parquet de Paris" alike.
           (In(t.lower, {"préfecture", "rectorat", "mairie", "parquet"}) && i > 0 &&
            In(toks_[i - 1].lower, {"la", "l'", "le", "cette", "ce"})));
      // "la chambre de commerce de la province de Shirak", "the chamber of commerce of Lagos".
      bool chamber = head && (t.lower == "chambre"sv || t.lower == "chamber"sv) && i + 2 < end &&
                     In(toks_[i + 1].lower, {"de", "of"}) && toks_[i + 2].lower == "commerce"sv;
      if (head &&
          (t.lower == "ministère"sv || t.lower == "ministry"sv || t.lower == "département"sv ||
           t.lower == "commission"sv || chamber || t.lower == "secrétariat"sv || t.lower == "université"sv ||
           t.lower == "university"sv || local_body ||
           // "la direction générale du Commerce", "la direction régionale de l'Environnement".
           (t.lower == "direction"sv && i + 1 < end &&
            In(toks_[i + 1].lower, {"générale", "régionale", "départementale", "interministérielle"}))) &&
          i + 1 < end) {
        uint32_t e = HeadOrgEnd(i, end);
        bool named = false;
        for (uint32_t k = i + 1; k < e; ++k) named |= NameWord(toks_[k]);
        if (named) {
          Add(s, i, e, EntityType::kOrganization, 0.7f);
          return e;
        }
      }
      if (uint32_t e = GeographicFeatureEnd(i, end); e > i + 1) {
        Add(s, i, e, EntityType::kPlace, 0.6f);
        return e;
      }
      if (uint32_t b = LowerMinistryStart(i); b < i) {
        Add(s, b, i + 1, EntityType::kOrganization, 0.65f);
        return i + 1;
      }
      return i + 1;
    }
    if (InLexicon(lex_.demonyms, t, Lexicon::kDemonym)) {
      // "Russian Agricultural Bank": a demonym opening an organisation's name.
      uint32_t e = i + 1 < end && NameWord(toks_[i + 1]) ? ChunkEnd(i + 1, end) : i + 1;
      if (e > i + 1 && HasOrgCue(i + 1, e)) {
        Add(s, i, e, EntityType::kOrganization, 0.7f);
        return e;
      }
      return i + 1;
    }
    // 3. A first name starts a person's name, unless the name ends with an organisation's tail cue
    // ("Marine Stewardship Council", "Christian Aid Foundation").
    if (first_name) {
      uint32_t e = PersonEnd(i, end);
      // "the Christian Democratic Appeal (CDA)": a name followed by the acronym of its initials is an
      // organisation's (people are not called by acronyms).
      if (e > i + 2 && InitialsAcronymAt(i, e, end)) {
        uint32_t c = ChunkEnd(i, end);
        if (c == e) {
          Add(s, i, e, EntityType::kOrganization, 0.7f);
          return OrgAcronym(s, e, end);
        }
      }
      if (e > i + 2) {
        auto tail = FindInLexicon(lex_.org_cues, toks_[e - 1], Lexicon::kCue);
        if (tail != lex_.org_cues.end() && (tail->second & Lexicon::kCueTail) && toks_[e - 1].Is(kCap)) {
          uint32_t c = CutAfterTailCue(i, ChunkEnd(i, end));
          Add(s, i, c, EntityType::kOrganization, 0.7f);
          return OrgAcronym(s, c, end);
        }
      }
      // "Victoria Street", "Beverly Hills", "Albert Pier": a first name before a site word names a street, a
      // district or a landmark, unless a role or a reporting verb shows a person.
      if (e > i + 1 && toks_[e - 1].Is(kCap) && InLexicon(lex_.site_cues, toks_[e - 1], Lexicon::kSite) &&
          !SpeakerContext(i, e, end) && !RoleAfter(e, end) && !RoleBefore(i)) {
        Add(s, i, e, EntityType::kPlace, 0.6f);
        return e;
      }
      auto fn = lex_.first_names.find(doc_.TokenText(i));
      Add(s, i, e, EntityType::kPerson, 0.85f, fn != lex_.first_names.end() ? fn->second : CompoundFirstName(i).value_or(Gender::kUnknown));
      return e;
    }
    // 4. An organisation cue word.
    auto cue = FindInLexicon(lex_.org_cues, t, Lexicon::kCue);
    if (cue != lex_.org_cues.end() && (cue->second & Lexicon::kCueHead) && i + 1 < end &&
        (toks_[i + 1].Is(kWord) || NameWord(toks_[i + 1]))) {
      uint32_t e = HeadOrgEnd(i, end);
      bool has_name = false;
      for (uint32_t k = i + 1; k < e; ++k) has_name |= NameWord(toks_[k]) || !OrgConnector(toks_[k].lower);
      if (e > i + 1 && has_name) {
        Add(s, i, e, EntityType::kOrganization, 0.8f);
        return OrgAcronym(s, e, end);
      }
    }
    uint32_t e = ChunkEnd(i, end);
    // A capitalised document name ("Framework Agreement on Reciprocal Trade") is left to the documents stage.
    // So is an English law ("Critical Medicines Act", "Digital Markets Act").
    bool document = e > i + 1 && (toks_[e - 1].lower == "act"sv || toks_[e - 1].lower == "acts"sv) && doc_.en;
    for (uint32_t k = i; k < e && !document; ++k) document = InLexicon(lex_.document_words, toks_[k], Lexicon::kDoc);
    if (document) return e;
    // "le PIB pour l'Union": a common acronym opens no organisation's name.
    if (t.Is(kAllCaps) && CommonAcronym(t.lower)) return i + 1;
    // "several MEPs criticised", "NGOs": the plural of an acronym names a kind of people or bodies, no one.
    if (cap && t.lower.size() >= 3 && t.lower.back() == 's') {
      std::string_view w = doc_.TokenText(i);
      bool plural = w.back() == 's';
      for (size_t k = 0; plural && k + 1 < w.size(); ++k) plural = w[k] >= 'A' && w[k] <= 'Z';
      if (plural) return i + 1;
    }
    // "la COP16 de Cali", "COP30": a numbered session of a meeting series is read by the meetings stage.
    if (t.Is(kAllCaps) && e == i + 1) {
      size_t letters = t.lower.find_first_of("0123456789");
      if (letters != std::string::npos && letters > 0 && letters + 1 < t.lower.size() + 1 &&
          t.lower.find_first_not_of("0123456789", letters) == std::string::npos &&
          CommonAcronym(std::string_view(t.lower).substr(0, letters)))
        return i + 1;
    }
    // "Writers Guild Theater", "Teachers Union Hall": a site word closing a
    // name of capitalised words only names the building, whatever body
    // lends it its name.
    bool site_tail = e > i + 2 && toks_[e - 1].Is(kCap) && InLexicon(lex_.site_cues, toks_[e - 1], Lexicon::kSite);
    for (uint32_t k = i; k < e && site_tail; ++k) site_tail = toks_[k].Is(kCap);
    if (HasOrgCue(i, e) && e > i + 1 && !site_tail) {
      e = CutAfterTailCue(i, e);
      Add(s, i, e, EntityType::kOrganization, 0.8f);
      if (uint32_t u = SubUnitEnd(i, e, end); u > e) return u;
      return OrgAcronym(s, e, end);
    }
    // "the investment firm Silver Lake": a classifier noun before the name outweighs its site word.
    if (HasSiteCue(i, e) && e > i + 1 && !MediaBefore(i)) {
      Add(s, i, e, EntityType::kPlace, 0.6f);
      return e;
    }
    // An acronym alone before a capitalised role names the body whose officer the role is ("CTU Vice
    // President X", "IMF Managing Director Y"; the role may begin inside the chunk: "Vice").
    // Two letters are a country's code as often ("US Trade Representative", "UK Prime Minister"), and a
    // known place's abbreviation is left to the role.
    if (t.Is(kAllCaps) && t.lower.size() >= 3 && toks_[i + 1 < end ? i + 1 : i].Is(kCap) && i + 1 < end) {
      const std::vector<NameRef>* refs = nullptr;
      uint32_t r = RoleAt(doc_, i + 1, end);
      if (r && r >= e - i - 1 && !DictAt(i, i + 1, &refs)) {
        Add(s, i, i + 1, EntityType::kOrganization, 0.6f);
        return i + 1;
      }
    }
    // Capitalised words before a capitalised role are part of it ("Finance Minister", "Trade Representative");
    // before a lower-case one they name an organisation ("Nordhavn chief executive X", below).
    if (e < end && toks_[e].Is(kCap) && RoleAt(doc_, e, end) && !lex_.first_names.count(doc_.TokenText(i))) {
      // Unless the role is a company officer's and a name follows: "Norrvik Chief Executive Ingrid Sandell"
      // ("Finance Minister X" and "Trade Representative X" keep their words in the role).
      static const StringSet kOfficerRoles = {"chief executive", "chief executive officer", "ceo", "chairman",
                                              "chairwoman", "chief financial officer", "cfo", "chief economist",
                                              "chief operating officer", "managing director", "founder"};
      uint32_t r = RoleAt(doc_, e, end);
      bool officer = kOfficerRoles.count(LowerKey(doc_.Span(e, e + r))) > 0;
      bool first_after = e + r + 1 < end && (toks_[e + r].lex & Lexicon::kFirstName) &&
                         lex_.first_names.count(doc_.TokenText(e + r)) && NameWord(toks_[e + r + 1]);
      if (officer && first_after && e == i + 1 && !ClauseStart(i)) {
        Add(s, i, e, EntityType::kOrganization, 0.6f);
        return e;
      }
      return e;
    }
    // Further evidence: roles, media words, appositions.
    bool start = ClauseStart(i);
    bool common = CommonWord(i) || (start && lower_seen_.count(std::string_view(t.lower)));
    if (common) return i + 1;
    // "le député Renaissance Antoine Verdier", "la sénatrice LR Claire Morin", "Republican Senator X" is
    // elsewhere: a lone capitalised word between a role and a first name that starts a name is the
    // person's party or organisation.
    if (i + 2 < end && !(t.lex & Lexicon::kFirstName) && RoleEndsAt(i) && (toks_[i + 1].lex & Lexicon::kFirstName) &&
        lex_.first_names.count(doc_.TokenText(i + 1)) && NameWord(toks_[i + 2])) {
      Add(s, i, i + 1, EntityType::kOrganization, 0.6f);
      return i + 1;
    }
    // "Minister of State for Foreign Affairs Aisha al-Misnad", "ministre des Affaires étrangères Ahmed Attaf":
    // capitalised words after a preposition and before a first name and a name complete what precedes
    // (a portfolio), not the person's name, which starts at the first name.
    // After "la"/"l'" only in a portfolio ("ministre de la Défense Marie Dupont"): "la Fondation Jean Jaurès"
    // keeps its name.
    if (i > 0 && (toks_[i - 1].lower == "for"sv || toks_[i - 1].lower == "of"sv || toks_[i - 1].lower == "de"sv ||
                  toks_[i - 1].lower == "des"sv || toks_[i - 1].lower == "du"sv || toks_[i - 1].lower == "d'"sv ||
                  ((toks_[i - 1].lower == "la"sv || toks_[i - 1].lower == "l'"sv) && PortfolioAt(i)))) {
      uint32_t pe = PersonEnd(i, end);
      for (uint32_t k = i + 1; k + 1 < pe; ++k)
        if (IsFirstName(k) && NameWord(toks_[k + 1]))
          return k;
    }
    if (CompanyContext(i, e, end)) {
      Add(s, i, e, EntityType::kOrganization, 0.65f);
      return e;
    }
    if (PortfolioAt(i)) {  // its capitalised words only: "ministre de l'Environnement des Tonga"
      uint32_t k = i + 1;
      while (k < e && NameWord(toks_[k])) ++k;
      // "le vice-ministre de la Défense Marwan Haddad": two unknown words closing a longer run are the
      // holder's name (read from there on by RoleComplementBefore), before punctuation or a lower-case word
      // ("the Minister of Agriculture Tamara Beridze met").
      const std::vector<NameRef>* refs = nullptr;
      if (k >= i + 3 && (k >= end || !toks_[k].Is(kWord) || !toks_[k].Is(kCap)) && !CommonWord(k - 2) && !CommonWord(k - 1) &&
          !DictAt(k - 2, end, &refs) && !DictAt(k - 1, end, &refs) && !toks_[k - 2].Is(kAllCaps) &&
          !toks_[k - 1].Is(kAllCaps))
        return k - 2;
      return k;
    }
    if (!(toks_[i].lex & Lexicon::kFirstName) && ClassifierAppositionAfter(e, end)) {
      Add(s, i, e, EntityType::kOrganization, 0.7f);
      return e;
    }
    if (!(toks_[i].lex & Lexicon::kFirstName) && ClassifierAppositionBefore(i, e, end)) {
      Add(s, i, e, EntityType::kOrganization, 0.7f);
      return e;
    }
    if (MediaBefore(i)) {
      // "coordinatrice de l'association Solidarité des femmes de Goma": in French the name after a classifier
      // takes its lower-case complements as a name headed by a cue word does.
      if (doc_.fr && e < end && HeadConnector(toks_[e].lower) && toks_[e].lower != "et"sv)
        e = std::max(e, HeadOrgEnd(i, end));
      Add(s, i, e, EntityType::kOrganization, 0.7f);
      return e;
    }
    if (uint32_t oe = GovernedOrgEnd(i, e); oe > i) {
      Add(s, i, oe, EntityType::kOrganization, 0.65f);
      return OrgAcronym(s, oe, end);
    }
    uint32_t pe = PersonEnd(i, end);
    // "the foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov": a two-word name coordinated with a person's.
    bool coordinated = i >= 2 && (toks_[i - 1].lower == "and"sv || toks_[i - 1].lower == "et"sv) && PersonEndsAt(i - 1) &&
                       doc_.mentions.back().end - doc_.mentions.back().begin >= 2 && pe == i + 2;
    // "la délégation du Hamas, conduite par Khalil Haya": the leader of a group is a person.
    bool led = i >= 2 && (toks_[i - 1].lower == "by"sv || toks_[i - 1].lower == "par"sv) &&
               (toks_[i - 2].lower == "led"sv || toks_[i - 2].lower == "headed"sv || toks_[i - 2].lower == "conduite"sv ||
                toks_[i - 2].lower == "conduit"sv || toks_[i - 2].lower == "dirigée"sv || toks_[i - 2].lower == "menée"sv) &&
               pe >= i + 2;
    // "Réaction de Kwame Asante, négociateur …" opening a sentence: a word before a particle and a known first
    // name is no part of the name, which starts at the first name.
    if (!(t.lex & Lexicon::kFirstName))
      for (uint32_t k = i + 2; k + 1 < pe; ++k)
        if (toks_[k - 1].Is(kWord) && !toks_[k - 1].Is(kCap) && Particle(toks_[k - 1].lower) &&
            IsFirstName(k) && NameWord(toks_[k + 1]))
          return k;
    // "le commandant des FDS Mazloum Abdi", "la ministre arménienne de l'Environnement Anahit Grigoryan":
    // two or three unknown words closing a role's complement, without the comma RoleBefore needs.
    bool governed = (pe == i + 2 || pe == i + 3) && (pe >= end || !toks_[pe].Is(kWord)) && !t.Is(kAllCaps) &&
                    !HasOrgCue(i, pe) && !HasSiteCue(i, pe) && UnknownWords(i, pe) && RoleComplementBefore(i);
    if (RoleBefore(i) || RoleAfter(pe, end) || coordinated || led || governed) {
      Add(s, i, pe, EntityType::kPerson, 0.75f);
      return pe;
    }
    if (t.Is(kAllCaps) && e == i + 1) {
      // Acronyms of common nouns name no organisation.

      // A named meeting ("COP30") is no organisation either: the meetings stage reads it.
      // Joined acronyms ("SAG-AFTRA", "CFE-CGC") are one name; a sentence's first word is confirmed by the
      // verb of speaking right after it ("SAG-AFTRA said in a statement").
      bool joined = t.lower.size() <= 13 && t.lower.find('-') != std::string::npos;
      if (((t.lower.size() >= 3 && t.lower.size() <= 6) || joined) && !CommonAcronym(t.lower) &&
          !(t.lex & Lexicon::kMeeting))
        Add(s, i, e, EntityType::kOrganization, 0.5f, Gender::kUnknown, -1, -1,
            /*tentative=*/start && !ReportedRightAfter(e, end));
      return e;
    }
    // "the European Union's executive Commission said", "la Commission a revu": a lone capitalised
    // organisation cue word inside a sentence, subject of a verb, names an institution (its full name, if
    // the article gives it, is resolved as the same organisation), never a person. ("à l'issue du Conseil"
    // or "au Parlement" may name a meeting or repeat another name: left alone.)
    if (e == i + 1 && !start && cue != lex_.org_cues.end() && !(t.lex & Lexicon::kFirstName) && !t.Is(kAllCaps) &&
        pe == e && SubjectOfVerb(e, end)) {
      Add(s, i, e, EntityType::kOrganization, 0.6f);
      return e;
    }
    // "Nordhavn chief executive Henrik Dalgaard": a lone name before a role and a name is an organisation.
    if (e == i + 1 && !start) {
      uint32_t r = i + 1;
      while (r < end && r < i + 3 && toks_[r].Is(kWord) && !toks_[r].Is(kCap) && !RoleAt(doc_, r, end)) ++r;
      uint32_t len = RoleAt(doc_, r, end);
      if (len && r + len < end && NameWord(toks_[r + len])) {
        Add(s, i, e, EntityType::kOrganization, 0.5f);
        return e;
      }
    }
    // "director general of BusinessEurope": a lone name after a role and "of/de" is an organisation.
    if (e == i + 1 && i >= 2 && (toks_[i - 1].lower == "of"sv || toks_[i - 1].lower == "at"sv || toks_[i - 1].lower == "du"sv ||
                                 toks_[i - 1].lower == "chez"sv) && RoleBefore(i)) {
      Add(s, i, e, EntityType::kOrganization, 0.5f);
      return e;
    }
    return SkipUnknown(s, i, end);
  }

  // "le sénateur Julián Arboleda (Centre démocratique)", "la députée X
  // (LFI)", "Y (Likud)": a name in parentheses right after a person's name,
  // closed by ")" or "," ("(LR, Nord)"), is the person's party or
  // organisation, unless the dictionary reads all of it as a place ("(Nord)")
  // or a known body (left to the dictionary). Capitalised words, connectors
  // and up to two adjectives ("Centre démocratique", "Parti socialiste
  // unifié"). Returns the name's end, or i.
  uint32_t ParenthesisedOrgEnd(uint32_t i, uint32_t end) const {
    uint32_t e = ChunkEnd(i, end);
    for (uint32_t n = 0; n < 2 && e < end && toks_[e].Is(kWord) && !toks_[e].Is(kCap) && AdjectiveLike(toks_[e].lower); ++n)
      ++e;
    if (e >= end || (toks_[e].lower != ")"sv && toks_[e].lower != ","sv)) return i;
    const std::vector<NameRef>* refs = nullptr;
    if (DictAt(i, end, &refs) == e - i) return i;
    for (uint32_t k = i; k < e; ++k)
      if (InLexicon(lex_.months, toks_[k], Lexicon::kMonth) || toks_[k].Is(kNumber)) return i;  // "(March 2024)"
    if (toks_[i].lex & Lexicon::kFirstName) return i;
    return e;
  }

  // True when no word of [b, e) is a common word, starts a dictionary name
  // or has been seen in lower case in the article.
  bool UnknownWords(uint32_t b, uint32_t e) const {
    const std::vector<NameRef>* refs = nullptr;
    for (uint32_t k = b; k < e; ++k)
      if (CommonWord(k) || DictAt(k, e, &refs) || lower_seen_.count(std::string_view(toks_[k].lower))) return false;
    return true;
  }

  // True when an article or a determiner comes right before token i.
  bool DeterminerBefore(uint32_t i) const {
    if (i == 0) return false;
    const std::string& p = toks_[i - 1].lower;
    return p == "a"sv || p == "an"sv || p == "the"sv || p == "un"sv || p == "une"sv || p == "le"sv || p == "la"sv ||
           p == "l'"sv || p == "les"sv || p == "des"sv || p == "du"sv;
  }

  // True when a two- or three-word name at i is followed by a role
  // apposition (", porte-parole de …", ", chair of …") or a reporting verb:
  // evidence of a person's name whatever its words.
  bool PersonEvidenceAfter(uint32_t i, uint32_t end) const {
    uint32_t pe = PersonEnd(i, end);
    return (pe == i + 2 || pe == i + 3) && (RoleAfter(pe, end) || SpeakerContext(i, pe, end));
  }

  // True when a role phrase governs a complement that ends right before i,
  // without a comma: "le commandant des FDS |", "the head of the Syrian
  // Democratic Forces |", "la ministre arménienne de l'Environnement |". The
  // complement holds a capitalised word; between the role and i only
  // capitalised words, connectors, adjectives and demonyms, at most eight
  // tokens.
  bool RoleComplementBefore(uint32_t i) const {
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    bool named = false;
    for (uint32_t k = i; k-- > sent.begin && k + 9 > i;) {
      const Token& t = toks_[k];
      if (uint32_t len = RoleAt(doc_, k, i); len && k + len < i) return named && !t.Is(kCap);
      if (!t.Is(kWord)) return false;
      if (t.Is(kCap)) {
        named = true;
        continue;
      }
      if (!OrgConnector(t.lower) && !AdjectiveLike(t.lower) && !InLexicon(lex_.demonyms, t, Lexicon::kDemonym)) return false;
    }
    return false;
  }

  // True when the capitalised words at i name a minister's or a
  // commissioner's portfolio: "Minister of State for Foreign Affairs, X",
  // "ministre de l'Europe et des Affaires étrangères", "Commissioner for
  // Trade". They name no organisation (the ministry, if named, has its own
  // head word) and no person.
  bool PortfolioAt(uint32_t i) const {
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    if (i < sent.begin + 2) return false;
    static const StringSet kPrep = {"for", "of", "de", "des", "du", "d'", "à", "aux", "au", "la", "l'", "the"};
    // (Of three bytes at most: a longer word is answered without a lookup.)
    auto prep = [](std::string_view l) { return l.size() <= 3 && kPrep.count(l) > 0; };
    uint32_t k = i;
    while (k > sent.begin && k + 4 > i && prep(toks_[k - 1].lower)) --k;
    if (k == i || k == sent.begin) return false;
    // "la directrice générale de l'Énergie", "conseiller d'État": after any
    // role, a lone word of a government's domain is a portfolio too.
    static const WordList kDomains{
        "état", "énergie", "économie", "commerce", "intérieur", "défense", "santé", "justice", "travail", "agriculture",
        "environnement", "culture", "éducation", "industrie", "transports", "finances", "budget", "logement", "emploi",
        "recherche", "sports", "tourisme", "pêche", "numérique", "écologie", "solidarités", "armées", "energy",
        "trade", "health", "defence", "defense", "finance", "labour", "labor", "environment", "education", "industry",
        "transport", "housing", "employment", "interior", "economy", "fisheries", "tourism", "développement",
        "coopération", "climat", "jeunesse", "francophonie", "development", "cooperation", "climate"};
    // (Asked only once the words before are read as a role's: most calls end sooner.)
    int8_t domain_state = -1;
    auto domain_word = [&] {
      if (domain_state < 0) domain_state = kDomains.Has(toks_[i].lower) && (i + 1 >= sent.end || !NameWord(toks_[i + 1]));
      return domain_state > 0;
    };
    for (uint32_t n = 0; k > sent.begin && n < 4; --k, ++n) {
      const std::string& l = toks_[k - 1].lower;
      if (l.find("minist") != std::string::npos || l.rfind("secretar", 0) == 0 || l.rfind("secrétaire", 0) == 0 ||
          l.rfind("commissioner", 0) == 0 || l.rfind("commissaire", 0) == 0)
        return l.find("ministère") == std::string::npos && l.find("ministry") == std::string::npos;
      if (!toks_[k - 1].Is(kCap) && !prep(l) && domain_word() && RoleEndsAt(k)) return true;
      // "la ministre arménienne de l'Environnement": a demonym between the role and its portfolio ("la
      // directrice générale de l'Énergie": an adjective too, before a domain).
      if (!toks_[k - 1].Is(kWord) ||
          !(toks_[k - 1].Is(kCap) || prep(l) || InLexicon(lex_.roles, toks_[k - 1], Lexicon::kRole) ||
            InLexicon(lex_.demonyms, toks_[k - 1], Lexicon::kDemonym) || (AdjectiveLike(l) && domain_word()) ||
            // "ministre délégué chargé du Développement", "secrétaire d'État adjointe chargée de la Mer".
            In(l, {"chargé", "chargée", "délégué", "déléguée", "adjoint", "adjointe", "responsable"})))
        return false;
    }
    return false;
  }

  // "Bogotá-based", "United Nations-backed", "Kremlin-linked": an adjective made of a name and a participle.
  static bool IsCompoundAdjective(std::string_view l) {
    // (A constant array: a list in the loop would be built on the stack at each call, for every capitalised
    // word. Each suffix starts with '-': that byte is tested before the others.)
    static constexpr std::string_view kSuffixes[] = {"-based", "-backed", "-led",    "-owned",      "-run",
                                                     "-funded", "-aligned", "-linked", "-controlled", "-held"};
    for (std::string_view suffix : kSuffixes)
      if (l.size() > suffix.size() && l[l.size() - suffix.size()] == '-' &&
          l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0)
        return true;
    return false;
  }

  // Contexts that only an organisation fits, for an unknown name [i, e):
  // the owner of a company officer's role ("Acme's chief executive, X",
  // "Veltrix's chairman"; a person has a spokesman or an adviser, never a
  // chief executive); an unnamed spokesperson's ("a Telstra spokeswoman");
  // shares ("shares in Acme", "Acme shares fell",
  // "Acme's shares"); a classifier noun after the name ("the Wagner group",
  // "the Tehreek-e-Insaf party", "the Sinaloa cartel", "the Asharq
  // newspaper", "the Tasnim news agency").
  bool CompanyContext(uint32_t i, uint32_t e, uint32_t end) const {
    static const StringSet kOfficers = {
        "chief executive", "ceo", "chairman", "chairwoman", "chairperson", "chief financial officer", "cfo",
        "chief economist", "chief operating officer", "general counsel", "managing director", "executive director",
        "board", "shareholders", "chief investment officer", "chief strategist", "director-general",
        "secretary-general", "founder", "co-founder", "group executive"};
    static const StringSet kAfterName = {"party", "group", "movement", "militia", "company", "firm", "bank",
                                         "cartel", "network", "union", "coalition", "alliance", "consultancy",
                                         "newspaper", "daily", "weekly", "broadcaster", "magazine", "channel"};
    if (e < end && toks_[e].lower == "'s"sv && e + 1 < end) {
      std::string key;
      for (uint32_t k = e + 1; k < end && k < e + 4 && toks_[k].Is(kWord); ++k) {
        if (k > e + 1) key += ' ';
        key += toks_[k].lower;
        if (kOfficers.count(key) || (k == e + 1 && toks_[k].lower == "shares"sv)) return true;
      }
    }
    if (e < end && (toks_[e].lower == "shares"sv || toks_[e].lower == "stock"sv) && !toks_[e].Is(kCap)) return true;
    // "A Telstra spokeswoman said": an unnamed spokesperson of the name. (A
    // person's, "a Starmer spokesman", is one named before: the resolver
    // takes the surname back.)
    if (i >= 1 && e < end && In(toks_[i - 1].lower, {"a", "an"}) &&
        In(toks_[e].lower, {"spokesperson", "spokesman", "spokeswoman"}))
      return true;
    if (i >= 2 && (toks_[i - 1].lower == "in"sv || toks_[i - 1].lower == "of"sv) && toks_[i - 2].lower == "shares"sv)
      return true;
    if (i >= 2) {
      const std::string& prep = toks_[i - 1].lower;
      const std::string& noun = toks_[i - 2].lower;
      // "a spokesperson for Corvalis" (a person's spokesman is one named before: the resolver takes the
      // surname back).
      if (prep == "for"sv && In(noun, {"spokesperson", "spokesman", "spokeswoman"})) return true;
      // A company's staff, owners or stock: "workers at Brightwell", "employees of X", "investors in X",
      // "les salariés de X", "les actionnaires d'X", "l'action X", "le titre X".
      if (In(prep, {"at", "of", "in"}) &&
          In(noun, {"workers", "employees", "staff", "shareholders", "investors", "customers", "executives"}))
        return true;
      if (In(prep, {"de", "d'"}) && In(noun, {"salariés", "salariées", "employés", "actionnaires", "dirigeants", "clients"}))
        return true;
      if (In(prep, {"action", "titre"}) && In(noun, {"l'", "le"})) return true;
    }
    // "Albemarle said on Monday its output would fall": a name speaking of "its" own.
    if (doc_.en && e + 1 < end && In(toks_[e].lower, {"said", "says", "announced", "reported", "confirmed", "added"})) {
      for (uint32_t k = e + 1; k < end && k < e + 5; ++k) {
        if (toks_[k].lower == "its"sv) return true;
        if (!toks_[k].Is(kWord) || (toks_[k].Is(kCap) && !(toks_[k].lex & Lexicon::kWeekday)) ||
            In(toks_[k].lower, {"his", "her", "their", "he", "she"}))
          break;
      }
    }
    // "the United Nations-backed broadcaster", "the Kyiv-based group": an adjective, not a name; so is a
    // lone word of a doctrine's follower ("the Islamist group", "the Marxist party").
    if (IsCompoundAdjective(toks_[e - 1].lower)) return false;
    if (e == i + 1 && toks_[i].lower.size() > 5 && toks_[i].lower.compare(toks_[i].lower.size() - 3, 3, "ist") == 0)
      return false;
    // "the Tasnim news agency".
    bool news_agency = e + 1 < end && toks_[e].lower == "news"sv && toks_[e + 1].lower == "agency"sv;
    return i >= 1 && toks_[i - 1].lower == "the"sv && e < end && toks_[e].Is(kWord) && !toks_[e].Is(kCap) &&
           (kAfterName.count(toks_[e].lower) > 0 || news_agency) &&
           (e + 1 >= end || !toks_[e + 1].Is(kWord) || toks_[e + 1].lower != "'s"sv);
  }

  // True when a role phrase ends right before token i ("le député |X").
  bool RoleEndsAt(uint32_t i) const {
    const Sentence& sent = doc_.sentences[toks_[i].sentence];
    for (uint32_t k = i; k-- > sent.begin && k + 4 >= i;)
      if (RoleAt(doc_, k, i) == i - k) return true;
    return false;
  }

  // True when a reporting verb or an auxiliary follows token e: the name
  // before it is the subject of a clause ("the Commission said", "la
  // Commission a revu").
  bool SubjectOfVerb(uint32_t e, uint32_t end) const {
    if (e >= end) return false;
    uint32_t len;
    if (IsReportingVerbAt(doc_, e, end, &len)) return true;
    static const StringSet kAux = {"a", "has", "had", "is", "was", "will", "would", "could", "ont", "avait", "est",
                                   "doit", "devrait", "va", "veut", "wants", "must", "should", "also", "aussi"};
    return kAux.count(toks_[e].lower) > 0;
  }

  // True when a person's mention ends at token q (the mention just added).
  bool PersonEndsAt(uint32_t q) const {
    return !doc_.mentions.empty() && doc_.mentions.back().end == q &&
           doc_.mentions.back().type == EntityType::kPerson;
  }

  // A role phrase ending at token j or up to six lower-case words before it
  // ("head of global commodity strategy" before "at"). Ministerial roles
  // are left out: "ministre de l'Intérieur" names a portfolio, not a body.
  bool RoleEndsBefore(uint32_t j) const {
    const Sentence& sent = doc_.sentences[toks_[j].sentence];
    for (uint32_t k = j; k-- > sent.begin && k + 8 > j;) {
      // A capitalised word stops the search unless it is a role ("Le PDG de X", "the CEO of X").
      if ((toks_[k].Is(kCap) && !RoleAt(doc_, k, j)) || !toks_[k].Is(kWord)) {
        if (toks_[k].lower != "-"sv) return false;
        continue;
      }
      uint32_t len = RoleAt(doc_, k, j);
      if (!len) continue;
      const Sentence& ks = doc_.sentences[toks_[k].sentence];
      if (k + RoleAt(doc_, k, ks.end) > j) return false;  // "chef de l'État", "secrétaire d'État"
      std::string head = toks_[k].lower;
      return head.find("minist") == std::string::npos && head.find("secr") == std::string::npos &&
             head.find("commissa") == std::string::npos;
    }
    return false;
  }

  // An unknown capitalised name governed by a preposition after a role or
  // a person's name is an organisation: "a shipping analyst at Jefferies",
  // "Priya Nair of Bernstein", "Bruno Cavalier, chef économiste d'Oddo BHF",
  // "Isabelle Mateos y Lago, de BNP Paribas,", "the founder of Energy
  // Aspects". Returns the name's end (before a first name or a tail-cue
  // complement), or i when the context does not hold.
  uint32_t GovernedOrgEnd(uint32_t i, uint32_t e) const {
    if (i < 2 || (toks_[i].lex & Lexicon::kFirstName)) return i;
    const std::string& w = toks_[i].lower;
    if (w.size() > 6 && w.compare(w.size() - 6, 6, "-based") == 0) return i;  // "the London-based group"
    // "a former director of the Roseires dam": a name before a lower-case site word qualifies the site.
    if (e < toks_.size() && toks_[e].Is(kWord) && !toks_[e].Is(kCap) &&
        (InLexicon(lex_.site_cues, toks_[e], Lexicon::kSite) || In(toks_[e].lower, {"dam", "barrage", "port", "mine"})))
      return i;
    uint32_t j = i - 1;
    if (toks_[j].lower == "the"sv || toks_[j].lower == "la"sv || toks_[j].lower == "l'"sv || toks_[j].lower == "le"sv) --j;
    const std::string& p = toks_[j].lower;
    bool en = In(p, {"at", "of", "from", "chez", "with"});  // "an economist with Nordea"
    bool fr = In(p, {"de", "d'", "du"});
    if (!en && !fr) return i;
    bool person = PersonEndsAt(j) || (j > 0 && toks_[j - 1].lower == ","sv && PersonEndsAt(j - 1));
    // "with" follows a role only ("an economist with Nordea"): a person "with" someone names company.
    if (p == "with"sv) person = false;
    // French "de" after a name needs the apposition's comma ("X, de Y,"): "la visite de Macron" is no affiliation.
    if (fr && person && !(toks_[j - 1].lower == ","sv)) person = false;
    // "analysts at Jefferies", "les économistes chez Natixis": a plural person noun before "at"/"chez".
    bool colleagues = In(p, {"at", "chez"}) && j > 0 && toks_[j - 1].Is(kWord) &&
                      (!toks_[j - 1].Is(kCap) || ClauseStart(j - 1)) &&
                      (toks_[j - 1].lex & Lexicon::kPersonNoun);
    if (!person && !colleagues && !RoleEndsBefore(j)) return i;
    uint32_t stop = i + 1;
    while (stop < e && !(toks_[stop].lex & Lexicon::kFirstName)) ++stop;
    return CutAfterTailCue(i, stop);
  }

  // "France Assos Santé", "France Inter", "Serbia Against Violence", "la France insoumise": a country's name
  // followed, in the same capitalised run, by one to three words of no other kind (no role, first name,
  // known name, site, month, weekday or other lexicon word) names a body. The whole run must be read so;
  // a function word counts only between two such words. Returns the run's end, or b when none.
  uint32_t CountryLedNameEnd(uint32_t b, uint32_t end) const {
    uint32_t k = b;
    while (k < end && k < b + 3 && toks_[k].Is(kSpaceBefore) && NameWord(toks_[k]) && !toks_[k].Is(kAllCaps)) {
      const Token& t = toks_[k];
      const std::vector<NameRef>* refs = nullptr;
      bool inner_function = IsStopToken(lex_, t) && k > b && k + 1 < end && NameWord(toks_[k + 1]);
      if (!inner_function && (CommonWord(k) || (t.lex & (Lexicon::kFirstName | Lexicon::kSite | Lexicon::kCue)) ||
                              RoleAt(doc_, k, end) || DictAt(k, end, &refs)))
        return b;
      ++k;
    }
    if (k == b || IsStopToken(lex_, toks_[k - 1])) return b;
    if (k < end && (NameWord(toks_[k]) || toks_[k].lower == "'s"sv)) return b;  // the run goes on: not read
    return k;
  }

  // "BioMarine", "ByteDance", "BusinessEurope", "AlixPartners": a capital right after a lower-case letter
  // inside a word is a brand's spelling; surnames written so keep a particle before it ("McDonald",
  // "MacNeill", "DeSantis", "LaGuardia", "DiCaprio", "VanDyke"), which rules them out.
  static bool BrandSpelling(std::string_view w) {
    for (std::string_view p : {"Mc"sv, "Mac"sv, "De"sv, "Di"sv, "Da"sv, "Du"sv, "La"sv, "Le"sv, "Van"sv, "Von"sv})
      if (w.size() > p.size() && w.substr(0, p.size()) == p && w[p.size()] >= 'A' && w[p.size()] <= 'Z') return false;
    for (size_t k = 1; k < w.size(); ++k)
      if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z') return true;
    return false;
  }

  // An unconfirmed capitalised name: multi-word names are kept as persons
  // with a low confidence, lone words as tentative persons for Resolve.
  uint32_t SkipUnknown(uint32_t s, uint32_t i, uint32_t end) {
    uint32_t e = PersonEnd(i, end);
    if (e == i) e = i + 1;
    bool start = ClauseStart(i);
    if (e - i >= 2 && !(start && CommonWord(i))) {
      // A person when speaking ("X said", "said X", "X a déclaré") or by a
      // role; otherwise an unknown capitalised name is taken for an
      // organisation ("Marsh McLennan", "Global Athlete").
      bool speaks = SpeakerContext(i, e, end);
      bool all_caps = true;
      for (uint32_t k = i; k < e; ++k) all_caps &= toks_[k].Is(kAllCaps);
      bool first = IsFirstName(i);
      bool brand = false;
      for (uint32_t k = i; k < e; ++k) brand |= BrandSpelling(doc_.TokenText(k));
      // "the group of Least Developed Countries, said": words all written in lower case elsewhere in the
      // article name a body or a group, not a person.
      bool common = !first;
      for (uint32_t k = i; k < e && common; ++k)
        common = lower_seen_.count(std::string_view(toks_[k].lower)) || LowerNameWordSeen(toks_[k].lower) ||
                 (!IsStopToken(lex_, toks_[k]) && CommonWord(k));
      if (brand) Add(s, i, e, EntityType::kOrganization, 0.6f);  // "Norway's Aker BioMarine, welcomed"
      else if (speaks && common) Add(s, i, e, EntityType::kOrganization, 0.5f);
      else if (speaks && !first && WrittenStatement(e, end)) Add(s, i, e, EntityType::kOrganization, 0.6f);
      else if (speaks || (e + 2 < end && PersonBeforeOrg(i, e, e + 2, end))) Add(s, i, e, EntityType::kPerson, 0.6f);
      else if (!all_caps && Locative(i)) Add(s, i, e, EntityType::kPlace, 0.45f);  // "the army retook El Fasher"
      else if (!all_caps) Add(s, i, e, EntityType::kOrganization, 0.4f, Gender::kUnknown, -1, -1, /*tentative=*/true);
    } else if (e - i == 1) {
      // "Oceana said in a statement": an organisation, unless the word is
      // the surname of a person named before.
      bool written = !(start && CommonWord(i)) && WrittenStatement(e, end);
      // "the Teamsters said", "la Coordination rurale a déclaré", "L'Assurance maladie a fait savoir": a
      // name after a singular definite article with a reporting verb right after it is a body's (a
      // person's name takes no article); in French its lower-case adjectives (one or two) are part of it.
      // The article opens the subject, not a complement ("both sides of the Atlantic welcomed").
      if (!(start && CommonWord(i)) && i > 0 && In(toks_[i - 1].lower, {"the", "la", "le", "l'"}) &&
          !(toks_[i].lex & Lexicon::kFirstName) &&
          !(i >= 2 && In(toks_[i - 2].lower, {"of", "in", "on", "at", "from", "to", "for", "with", "by", "across",
                                               "de", "à", "par", "pour", "avec", "sur", "dans", "contre", "vers"}))) {
        uint32_t b = ReportedRightAfter(e, end) ? e : i;
        for (uint32_t k = e; doc_.fr && b == i && k < end && k < e + 2 && toks_[k].Is(kWord) && !toks_[k].Is(kCap) &&
                             !IsStopToken(lex_, toks_[k]) && !Auxiliary(toks_[k].lower);
             ++k)
          if (ReportedRightAfter(k + 1, end)) b = k + 1;
        if (b > i) {
          Add(s, i, b, EntityType::kOrganization, 0.5f);
          return b;
        }
      }
      bool surname = false;
      for (size_t k = doc_.mentions.size(); written && !surname && k-- > 0;)  // only when it speaks in writing
        surname = doc_.mentions[k].type == EntityType::kPerson && toks_[doc_.mentions[k].end - 1].lower == toks_[i].lower;
      // "ByteDance", "BusinessEurope"; not a platform one writes on ("she wrote on LinkedIn").
      bool platform = i > 0 && In(toks_[i - 1].lower, {"on", "sur", "via"});
      if (!surname && (written || (BrandSpelling(doc_.TokenText(i)) && !platform))) {
        Add(s, i, e, EntityType::kOrganization, 0.6f);
        return e;
      }
      // "à Naqoura", "in Banjska", "près de Ghajar": a lone unknown word governed by a locative is a place
      // the gazetteer does not know (a village, a district, a crossing). Resolve gives it to a person
      // named before whose surname it is ("a répondu à Barrot" after "Jean-Noël Barrot").
      if (!toks_[i].Is(kAllCaps) && !(start && CommonWord(i)) && !(toks_[i].lex & Lexicon::kFirstName) &&
          LoneLocative(i) &&
          // "à Sagerska palatset": a lower-case word after it continues a name the rule cannot bound.
          (e >= end || !toks_[e].Is(kWord) || toks_[e].Is(kCap) || toks_[e].Is(kNumber) || IsStopToken(lex_, toks_[e]))) {
        Add(s, i, e, EntityType::kPlace, 0.45f);
        return e;
      }
      Add(s, i, e, EntityType::kPerson, 0.5f, Gender::kUnknown, -1, -1, /*tentative=*/true);
    }
    return e;
  }

  // True when a locative preposition or a verb of movement or capture
  // governs the name at i ("in El Fasher", "à Sharm el-Cheikh", "near Port
  // Harcourt", "retook El Fasher", "arrived in", "se rendra à"): an unknown
  // name there is a place rather than an organisation.
  bool Locative(uint32_t i) const {
    if (i == 0) return false;
    static const StringSet kLoc = {"in", "near", "outside", "à", "près", "retook", "captured", "seized", "besieged",
                                   "reprise", "reprendre", "repris", "assiégée", "assiégé", "toward", "towards", "vers"};
    const std::string& p = toks_[i - 1].lower;
    if (p == "de"sv && i >= 2 && toks_[i - 2].lower == "près"sv) return true;
    return kLoc.count(p) > 0;
  }

  // The narrower locatives that make a lone unknown word a place: "à",
  // "in", "near", "près de", "outside". ("vers", "retook" and the other
  // verbs of Locative also govern people and armed groups.)
  bool LoneLocative(uint32_t i) const {
    if (i == 0) return false;
    const std::string& p = toks_[i - 1].lower;
    if (p == "de"sv && i >= 2 && toks_[i - 2].lower == "près"sv) return true;
    return p == "à"sv || p == "in"sv || p == "near"sv || p == "outside"sv;
  }

  // "X said in a statement", "X a indiqué dans un communiqué": a reporting
  // verb right after the name, then the words of a written statement.
  bool WrittenStatement(uint32_t e, uint32_t end) const {
    uint32_t k = e;
    for (int guard = 0; k < end && guard < 3 && (toks_[k].lower == "a"sv || toks_[k].lower == "has"sv ||
                                                  toks_[k].lower == "also"sv || toks_[k].lower == "ont"sv);
         ++guard)
      ++k;
    uint32_t len;
    if (!IsReportingVerbAt(doc_, k, end, &len)) return false;
    return StatementWords(toks_, k + len, end);
  }

  // A reporting verb right after the name (after an auxiliary), or right before it after a comma.
  // True when a reporting verb opens at token k, after at most two auxiliaries or adverbs ("said", "a
  // déclaré", "has also said").
  bool ReportedRightAfter(uint32_t k, uint32_t end) const {
    uint32_t len;
    for (int guard = 0; k < end && guard < 3; ++guard, ++k) {
      if (IsReportingVerbAt(doc_, k, end, &len)) return true;
      if (!Auxiliary(toks_[k].lower) && toks_[k].lower != "also"sv && toks_[k].lower != "aussi"sv) return false;
    }
    return false;
  }
  static bool Auxiliary(std::string_view l) {
    return In(l, {"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "has", "have", "had", "is", "was",
                  "will", "would"});
  }

  bool SpeakerContext(uint32_t b, uint32_t e, uint32_t end) const {
    uint32_t len;
    auto verb_at = [&](uint32_t k) {
      for (int guard = 0; k < end && guard < 3; ++guard, ++k) {
        if (IsReportingVerbAt(doc_, k, end, &len)) return true;
        const std::string& l = toks_[k].lower;
        if (l != "a"sv && l != "has"sv && l != "had"sv && l != "also"sv && l != "avait"sv && l != "then"sv && l != "ont"sv) break;
      }
      return false;
    };
    if (verb_at(e) || (e < end && toks_[e].lower == ","sv && verb_at(e + 1))) return true;
    if (e + 1 < end && toks_[e].lower == ","sv && (toks_[e + 1].lower == "qui"sv || toks_[e + 1].lower == "who"sv)) {
      // "X, qui conduisait la délégation, a jugé": a relative clause between the name and the verb.
      uint32_t k = e + 2;
      while (k < end && k < e + 25 && toks_[k].lower != ","sv && toks_[k].lower != "."sv) ++k;
      if (k < end && toks_[k].lower == ","sv && verb_at(k + 1)) return true;
    }
    if (e < end && toks_[e].lower == ","sv) {
      // "X, a senior fellow at ..., said": an apposition holding a role; "X, of Arizona State University,
      // noted", "X, de l'Institut Y, estime": an apposition naming where the person works.
      uint32_t k = e + 1;
      bool role = k + 1 < end && (toks_[k].lower == "of"sv || toks_[k].lower == "from"sv || toks_[k].lower == "de"sv ||
                                  toks_[k].lower == "du"sv || toks_[k].lower == "d'"sv) &&
                  (toks_[k + 1].Is(kCap) || toks_[k + 1].lower == "the"sv || toks_[k + 1].lower == "l'"sv ||
                   toks_[k + 1].lower == "la"sv);
      while (k < end && k < e + 20 && toks_[k].lower != "."sv && toks_[k].lower != ","sv) role |= RoleAt(doc_, k++, end) > 0;
      if (role && k < end && toks_[k].lower == ","sv && verb_at(k + 1)) return true;
    }
    if (b >= 2 && IsReportingVerbAt(doc_, b - 1, b, &len)) return true;
    if (b >= 3 && toks_[b - 1].lower == ","sv ) return false;
    return false;
  }

  // "Institut français des relations internationales (Ifri)": the acronym is an alias.
  // True when "(ACRONYM)" follows the name [b, e) and the acronym is the initials of the name's
  // capitalised words ("Christian Democratic Appeal (CDA)").
  bool InitialsAcronymAt(uint32_t b, uint32_t e, uint32_t end) const {
    if (e + 2 >= end || toks_[e].lower != "("sv || toks_[e + 2].lower != ")"sv || !toks_[e + 1].Is(kAllCaps)) return false;
    std::string initials;
    for (uint32_t k = b; k < e; ++k)
      if (toks_[k].Is(kCap) && !toks_[k].lower.empty()) initials += toks_[k].lower[0];
    return initials.size() >= 3 && initials == toks_[e + 1].lower;
  }

  uint32_t OrgAcronym(uint32_t s, uint32_t e, uint32_t end) {
    if (e + 2 < end && toks_[e].lower == "("sv && toks_[e + 2].lower == ")"sv && toks_[e + 1].Is(kCap) &&
        toks_[e + 1].Is(kWord)) {
      int org = static_cast<int>(doc_.mentions.size()) - 1;
      Add(s, e + 1, e + 2, EntityType::kOrganization, 0.8f);
      doc_.mentions.back().alias_of = org;
      return e + 3;
    }
    return e;
  }

  Document& doc_;
  std::vector<Token>& toks_;
  const Lexicon& lex_;
  StringViewSet lower_seen_;  // views into toks_[*].lower

  // True when `l` is written in lower case somewhere in the article although it may begin a dictionary name
  // ("quant" in "quant à elle"; lower_seen_ leaves such words out). The set is built once, on the first
  // question, from the words the constructor listed.
  bool LowerNameWordSeen(std::string_view l) const {
    if (!lower_name_words_built_) {
      lower_name_words_built_ = true;
      lower_name_words_.reserve(toks_.size() / 16);  // (room for most articles' such words: no regrowth)
      for (std::string_view w : lower_name_word_list_) lower_name_words_.insert(w);
    }
    return lower_name_words_.count(l) > 0;
  }
  mutable bool lower_name_words_built_ = false;
  mutable StringViewSet lower_name_words_;          // views into toks_[*].lower
  std::vector<std::string_view> lower_name_word_list_;  // its words, in text order (with repeats)
};

}  // namespace

namespace {
// "co-founder", "ex-minister", "vice-chair": a listed role after a prefix.
// Hashes only for words that start with one of the prefixes.
bool PrefixedRole(const Lexicon& lex, std::string_view l) {
  if (l.size() < 5 || (l[0] != 'c' && l[0] != 'e' && l[0] != 'v')) return false;
  for (std::string_view prefix : {"co-"sv, "ex-"sv, "vice-"sv})
    if (l.size() > prefix.size() + 2 && l.compare(0, prefix.size(), prefix) == 0)
      return lex.roles.count(l.substr(prefix.size())) > 0;
  return false;
}
}  // namespace

uint32_t RoleFrom(const Document& doc, uint32_t i, uint32_t limit) {
  const Lexicon& lex = Lexicon::Get();
  // (RoleAt has answered 0 inline for the words without the flag that PrefixedRole rejects at its first
  // test: keep the two in step.)
  if (i >= limit || (!(doc.tokens[i].lex & Lexicon::kRoleStart) && !PrefixedRole(lex, doc.tokens[i].lower))) return 0;
  // The phrase of tokens [i, i + n] (words joined by a space where the text has one), in a buffer of the
  // thread: no allocation once it has grown.
  thread_local std::string key;
  key.clear();
  uint32_t best = 0;
  for (uint32_t n = 0; n < lex.max_role_words && i + n < limit; ++n) {
    const Token& t = doc.tokens[i + n];
    if (!t.Is(kWord)) break;
    if (n > 0 && t.Is(kSpaceBefore)) key.push_back(' ');
    key += t.lower;
    // One word: the token's kRole flag says whether it is a role by itself; a role with a "co-", "ex-" or
    // "vice-" prefix is one too ("co-founder", "ex-minister", "vice-chair").
    if (n == 0 ? (t.lex & Lexicon::kRole) != 0 || PrefixedRole(lex, t.lower) : lex.roles.count(key) > 0) best = n + 1;
  }
  return best;
}

void FindMentions(Document* doc) {
  doc->mentions.clear();
  MentionFinder(doc).Run();
  doc->mention_of_token.assign(doc->tokens.size(), -1);
  for (size_t m = 0; m < doc->mentions.size(); ++m)
    for (uint32_t k = doc->mentions[m].begin; k < doc->mentions[m].end; ++k)
      doc->mention_of_token[k] = static_cast<int>(m);
}

}  // namespace kg::ingest
