// Stage 4: roles (Person.roles) and AFFILIATED_WITH.
//
// Patterns, with ROLE a phrase of roles.txt:
//   NAME, [det] ROLE ... (de|du|au|of|at|for) ORG ...   "X, chercheur au ... de l'Université d'État de Moscou"
//   [det] ROLE [adjectives] (de|du|of) ORG[,] NAME       "le porte-parole du Kremlin, Dmitri Peskov"
//   ORG ROLE NAME                                        "White House spokeswoman Karoline Leavitt"
// A demonym qualifying a governmental role ("l'envoyé spécial américain")
// gives the person's nationality, and an affiliation with that country when
// the article names it.
#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

bool GovernmentRoleExact(std::string_view role) {
  static const StringSet kGov = {
      "président", "présidente", "vice-président", "vice-présidente", "ministre", "premier ministre", "première ministre",
      "porte-parole", "ambassadeur", "ambassadrice", "envoyé", "envoyée", "envoyé spécial", "envoyée spéciale",
      "représentant", "représentante", "représentant spécial", "représentante spéciale", "secrétaire d'état",
      "chancelier", "chancelière", "négociateur", "négociatrice", "émissaire", "chef de la diplomatie",
      "president", "vice president", "vice-president", "prime minister", "minister", "foreign minister",
      "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "special envoy", "representative",
      "special representative", "secretary of state", "chancellor", "negotiator", "chief negotiator"};
  return kGov.count(role) > 0;
}

// A governmental role, also when qualified ("deputy prime minister", "trade
// minister", "ministre délégué"): one of its words heads such a role.
bool GovernmentRole(std::string_view role) {
  if (GovernmentRoleExact(role)) return true;
  static const StringSet kHeads = {"minister", "ministre", "president", "président",
                                                         "présidente", "ambassador", "ambassadeur", "ambassadrice",
                                                         "envoy", "envoyé", "envoyée", "spokesman", "spokeswoman",
                                                         "spokesperson", "porte-parole", "chancellor", "negotiator",
                                                         "négociateur", "négociatrice", "émissaire"};
  size_t b = 0;
  while (b < role.size()) {
    size_t e = role.find(' ', b);
    if (e == std::string::npos) e = role.size();
    std::string_view w = role.substr(b, e - b);
    if (kHeads.count(w)) return true;
    // "vice-ministre", "vice-président", "sous-ministre": a prefixed head.
    if (size_t h = w.find('-'); h != std::string_view::npos && (w.substr(0, h) == "vice"sv || w.substr(0, h) == "sous"sv) &&
                                kHeads.count(w.substr(h + 1)))
      return true;
    b = e + 1;
  }
  return false;
}

bool Determiner(std::string_view l) {
  return l == "le"sv || l == "la"sv || l == "l'"sv || l == "les"sv || l == "un"sv || l == "une"sv || l == "the"sv || l == "a"sv ||
         l == "an"sv || l == "son"sv || l == "sa"sv || l == "its"sv || l == "his"sv || l == "her"sv;
}

// "Bogotá-based", "Kremlin-backed": an adjective that may stand before an organisation's name.
bool CompoundAdjective(std::string_view l) {
  for (std::string_view suffix : {"-based"sv, "-backed"sv, "-led"sv, "-owned"sv, "-run"sv, "-funded"sv})
    if (l.size() > suffix.size() && l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  return false;
}

bool Introducer(std::string_view l) {
  return l == "de"sv || l == "du"sv || l == "des"sv || l == "d'"sv || l == "au"sv || l == "aux"sv || l == "à"sv || l == "of"sv ||
         l == "at"sv || l == "for"sv || l == "with"sv || l == "auprès"sv || l == "chez"sv;
}

class AffiliationFinder {
 public:
  explicit AffiliationFinder(Document* doc) : doc_(*doc), lex_(Lexicon::Get()) {}

  void Run() {
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mm = doc_.mentions[m];
      if (mm.entity >= 0 && mm.type == EntityType::kOrganization) PartyOf(mm);
      if (mm.entity < 0 || mm.type != EntityType::kPerson) continue;
      After(mm);
      Before(mm);
    }
  }

 private:
  int CountryEntity(const std::string& cc) const {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.type == EntityType::kPlace && en.place >= 0 && lex_.places[static_cast<size_t>(en.place)].key == cc)
        return static_cast<int>(e);
    }
    return -1;
  }

  void AddRole(int person, const std::string& role) {
    auto& roles = doc_.entities[static_cast<size_t>(person)].roles;
    if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
  }

  void Affiliate(int person, int target, const std::string& role, uint32_t sentence, uint32_t b, uint32_t e) {
    if (person == target || target < 0) return;
    for (const auto& a : doc_.affiliations)
      if (a.person == person && a.target == target) return;
    AffiliationFact f;
    f.person = person;
    f.target = target;
    f.role = role;
    f.sentence = sentence;
    f.start = doc_.tokens[b].start;
    f.stop = doc_.tokens[e - 1].end;
    doc_.affiliations.push_back(f);
    // "now at the University of Adelaide's Institute for International
    // Trade": the body the target owns, named right after its possessive in
    // the evidence, is the person's too.
    for (uint32_t k = b; k + 2 < e; ++k) {
      int tm = doc_.MentionAt(k);
      if (tm < 0) continue;
      const Mention& t = doc_.mentions[static_cast<size_t>(tm)];
      k = t.end - 1;
      if (t.entity != target || t.end + 1 >= e || doc_.tokens[t.end].lower != "'s"sv) continue;
      int om = doc_.MentionAt(t.end + 1);
      if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization)
        Affiliate(person, doc_.mentions[static_cast<size_t>(om)].entity, role, sentence, b, e);
      break;
    }
  }

  // Organisations (and, for governmental roles, places) introduced by a
  // preposition inside the role phrase [b, e).
  void Targets(int person, const std::string& role, uint32_t rb, uint32_t b, uint32_t e, uint32_t ev_b, uint32_t ev_e) {
    bool gov = GovernmentRole(role);
    bool portfolio = true;  // only connectors and capitalised words since the role: "ministre de l'Environnement des Tonga"
    for (uint32_t k = b; k < e; ++k) {
      int m = doc_.MentionAt(k);
      if (m < 0) {
        const Token& t = doc_.tokens[k];
        // "négociateur en chef du Ghana", "negotiator-in-chief": "en chef" / "in chief" qualify the role.
        bool in_chief = (k + 1 < e && (t.lower == "en"sv || t.lower == "in"sv) &&
                         (doc_.tokens[k + 1].lower == "chef"sv || doc_.tokens[k + 1].lower == "chief"sv)) ||
                        (k > b && (t.lower == "chef"sv || t.lower == "chief"sv) &&
                         (doc_.tokens[k - 1].lower == "en"sv || doc_.tokens[k - 1].lower == "in"sv));
        portfolio &= t.Is(kCap) || Introducer(t.lower) || t.lower == "la"sv || t.lower == "l'"sv || t.lower == "the"sv ||
                     in_chief;
        // "le directeur général de l'agence": the organisation named before (a word inside a name, as
        // "développement" in "Institut … et du développement", refers to none).
        if (k > b && IsGenericOrgNoun(t.lower) && !t.Is(kCap) && doc_.MentionCovering(k) < 0) {
          uint32_t p = k - 1;
          if (p > rb && (doc_.tokens[p].lower == "la"sv || doc_.tokens[p].lower == "l'"sv || doc_.tokens[p].lower == "the"sv)) --p;
          // Not a named group: "président du groupe écologiste" names its own group.
          bool bare = k + 1 >= e || !doc_.tokens[k + 1].Is(kWord) || Introducer(doc_.tokens[k + 1].lower) ||
                      IsStopToken(lex_, doc_.tokens[k + 1]);
          // Nor a compound noun: "coprésidente du groupe de travail intergouvernemental", "the group of experts".
          if (bare && k + 2 < e && (doc_.tokens[k + 1].lower == "de"sv || doc_.tokens[k + 1].lower == "d'"sv ||
                                    doc_.tokens[k + 1].lower == "of"sv) &&
              doc_.tokens[k + 2].Is(kWord) && !doc_.tokens[k + 2].Is(kCap) && !Determiner(doc_.tokens[k + 2].lower) &&
              !IsStopToken(lex_, doc_.tokens[k + 2]))
            bare = false;
          if (p >= rb && Introducer(doc_.tokens[p].lower) && bare) {
            Affiliate(person, ResolveOrgReference(doc_, k), role, doc_.tokens[k].sentence, ev_b, ev_e);
            break;
          }
        }
        continue;
      }
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0 || k == 0) continue;
      uint32_t p = k - 1;
      // "présidente de l'association Vitrines de Nantes", "analyst at the broker X": a classifier noun before the name.
      for (int skip = 0; skip < 3 && p > rb && doc_.tokens[p].Is(kWord) &&
                         (!doc_.tokens[p].Is(kCap) || InLexicon(lex_.demonyms, doc_.tokens[p], Lexicon::kDemonym) ||
                          CompoundAdjective(doc_.tokens[p].lower)) &&
                         !IsStopToken(lex_, doc_.tokens[p]) && !Introducer(doc_.tokens[p].lower);
           ++skip)
        --p;  // "of the European consumer organisation BEUC"
      if (doc_.tokens[p].lower == "la"sv || doc_.tokens[p].lower == "l'"sv || doc_.tokens[p].lower == "the"sv) --p;
      // "the opposition leader in the National Assembly": "in" introduces organisations, not places.
      bool in = doc_.tokens[p].lower == "in"sv || doc_.tokens[p].lower == "within"sv || doc_.tokens[p].lower == "dans"sv;
      // "the permanent secretary for foreign affairs in Greenland's government": a country's government,
      // cabinet or administration is the country's.
      if (mm.type == EntityType::kPlace && p >= rb && mm.end + 1 < e && doc_.tokens[mm.end].lower == "'s"sv &&
          In(doc_.tokens[mm.end + 1].lower, {"government", "cabinet", "administration"}) &&
          In(doc_.tokens[p].lower, {"in", "of", "at", "for", "within"})) {
        int place = doc_.entities[static_cast<size_t>(mm.entity)].place;
        if (place >= 0 && lex_.places[static_cast<size_t>(place)].kind == "country"sv) {
          Affiliate(person, mm.entity, role, mm.sentence, ev_b, ev_e);
          continue;
        }
      }
      if (in && p >= rb && mm.type == EntityType::kOrganization) {
        Affiliate(person, mm.entity, role, mm.sentence, ev_b, ev_e);
        continue;
      }
      if (p < rb || !Introducer(doc_.tokens[p].lower)) continue;
      // "Norway's special envoy for Colombia", "l'envoyé spécial pour la Syrie": a country after "for/pour/
      // auprès/with" is where the person is sent, not whom they serve.
      bool destination = In(doc_.tokens[p].lower, {"for", "pour", "auprès", "with", "chez"});
      // "ancien ambassadeur à Washington", "ambassador to Moscow", "ambassadrice en Chine": where an
      // ambassador is posted, not the country served.
      destination |= role.find("ambassad") != std::string::npos && In(doc_.tokens[p].lower, {"à", "au", "aux", "en", "to", "in"});
      if (mm.type == EntityType::kOrganization ||
          (mm.type == EntityType::kPlace && gov && !destination && (p == rb || portfolio))) {
        Affiliate(person, mm.entity, role, mm.sentence, ev_b, ev_e);
      }
      if (mm.type == EntityType::kPerson) break;  // "conseiller du président X": X's own role
    }
  }

  // The ministry of a minister's portfolio, or the Commission of a
  // commissioner, when the article names exactly one that fits: "Le ministre
  // de la Défense, X" and "le ministère colombien de la Défense a indiqué";
  // "Foreign Minister X" and "the Qatari foreign ministry"; "le commissaire
  // à l'Économie, X" and "la Commission". A ministry fits when its words
  // (other than its head word and its demonym) are all words of the role
  // phrase [b, e), and its demonym, if any, is the role's.
  void InstitutionOfRole(int person, const std::string& role, uint32_t b, uint32_t e, uint32_t sentence, uint32_t ev_b,
                         uint32_t ev_e) {
    bool minister = role.find("minist") != std::string::npos;
    bool commissioner = role.find("commissa") != std::string::npos || role.find("commissioner") != std::string::npos;
    if (!minister && !commissioner) return;
    StringViewSet words;
    std::string demonym = doc_.entities[static_cast<size_t>(person)].nationality;
    // "Malaysia's foreign minister": the country before the role.
    if (std::string cc = PossessorCountry(b); !cc.empty()) demonym = cc;
    for (uint32_t k = b; k < e; ++k) {
      const Token& t = doc_.tokens[k];
      if (!t.Is(kWord) || IsStopToken(lex_, t)) continue;
      auto d = FindInLexicon(lex_.demonyms, t, Lexicon::kDemonym);
      if (d != lex_.demonyms.end()) demonym = d->second;
      else words.insert(t.lower);
    }
    // A role without a nationality of its own takes the country named before it in its sentence:
    // "Côté arménien, la vice-ministre des Affaires étrangères, X", "Kinshasa était représentée par X,
    // vice-ministre des Affaires étrangères" are not the Turkish or the Qatari ministry's.
    std::string context = demonym.empty() ? CountryBefore(ev_b < b ? ev_b : b) : std::string();
    int found = -1;
    for (const auto& [x, longest] : Institutions()) {
      bool head = false, content = false;
      // "China's foreign ministry": the country before the ministry's name.
      std::string cc = PossessorCountry(longest->begin);
      bool fits = demonym.empty() ? (context.empty() || cc.empty() || cc == context) : (cc.empty() || cc == demonym);
      for (uint32_t k = longest->begin; k < longest->end && fits; ++k) {
        const Token& t = doc_.tokens[k];
        if (!t.Is(kWord) || IsStopToken(lex_, t)) continue;
        bool head_word = minister ? t.lower.rfind("minist", 0) == 0 : t.lower == "commission"sv;
        if (head_word) {
          head = true;
          continue;
        }
        auto d = FindInLexicon(lex_.demonyms, t, Lexicon::kDemonym);
        if (d != lex_.demonyms.end()) {
          fits = demonym.empty() ? context.empty() || context == d->second : demonym == d->second;
          continue;
        }
        content = true;
        fits = commissioner || words.count(t.lower) > 0;
      }
      if (!head || !fits || (minister && !content)) continue;
      if (found >= 0) return;  // two fit: no guess
      found = x;
    }
    if (found >= 0) Affiliate(person, found, role, sentence, ev_b, ev_e);
  }

  // The organisations whose fullest mention holds a ministry's or a
  // commission's head word, with that mention; computed once per article
  // (the list is short, so each role compares with few names).
  const std::vector<std::pair<int, const Mention*>>& Institutions() {
    if (institutions_ready_) return institutions_;
    institutions_ready_ = true;
    for (size_t x = 0; x < doc_.entities.size(); ++x) {
      const Entity& en = doc_.entities[x];
      if (en.dropped || en.type != EntityType::kOrganization || en.mentions.empty()) continue;
      const Mention* longest = nullptr;
      for (int mi : en.mentions) {
        const Mention& mm = doc_.mentions[static_cast<size_t>(mi)];
        if (!longest || mm.end - mm.begin > longest->end - longest->begin) longest = &mm;
      }
      bool head = false;
      for (uint32_t k = longest->begin; k < longest->end && !head; ++k) {
        const std::string& l = doc_.tokens[k].lower;
        head = l.rfind("minist", 0) == 0 || l == "commission"sv;
      }
      if (head) institutions_.push_back({static_cast<int>(x), longest});
    }
    return institutions_;
  }

  // "Likud, the party of Prime Minister X", "Together for the Republic, the
  // party of opposition leader X", "le Rassemblement, le parti fondé par X":
  // the person the apposition after an organisation names as its owner
  // (party, movement, group, company), after "of/de/du" or a participle
  // "led/founded by", "dirigé/fondé par"; role words may stand before the name.
  void PartyOf(const Mention& o) {
    const Sentence& s = doc_.sentences[o.sentence];
    uint32_t k = o.end;
    if (k + 4 >= s.end || doc_.tokens[k].lower != ","sv || !Determiner(doc_.tokens[k + 1].lower)) return;
    k += 2;
    if (!In(doc_.tokens[k].lower, {"party", "parti", "movement", "mouvement", "group", "groupe", "company", "société",
                                   "firm", "entreprise", "coalition", "alliance"}))
      return;
    ++k;
    if (In(doc_.tokens[k].lower, {"led", "founded", "headed", "run", "dirigé", "dirigée", "fondé", "fondée", "présidé",
                                  "présidée", "mené", "menée"}) &&
        k + 1 < s.end && In(doc_.tokens[k + 1].lower, {"by", "par"}))
      k += 2;
    else if (In(doc_.tokens[k].lower, {"of", "de", "du", "d'"}))
      ++k;
    else
      return;
    // Role words and their modifiers ("opposition leader", "du Premier ministre") before the name.
    for (uint32_t n = 0; k < s.end && n < 5; ++k, ++n) {
      int pm = doc_.MentionAt(k);
      if (pm >= 0) {
        const Mention& p = doc_.mentions[static_cast<size_t>(pm)];
        if (p.type == EntityType::kPerson && p.entity >= 0) Affiliate(p.entity, o.entity, "", o.sentence, o.begin, p.end);
        return;
      }
      const Token& t = doc_.tokens[k];
      if (!t.Is(kWord) || t.lower == "and"sv || t.lower == "et"sv) return;
    }
  }

  // The country that is the subject of the sentence of token k, before it
  // ("Norway hosted the talks, where its minister …", "Greenland's
  // delegation, led by its minister …"), or -1.
  int SubjectCountry(uint32_t k) const {
    const Sentence& sent = doc_.sentences[doc_.tokens[k].sentence];
    for (uint32_t j = sent.begin; j < k && j < sent.begin + 4; ++j) {
      int m = doc_.MentionAt(j);
      if (m < 0) {
        if (Determiner(doc_.tokens[j].lower)) continue;
        return -1;
      }
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.type != EntityType::kPlace || mm.entity < 0) return -1;
      int place = doc_.entities[static_cast<size_t>(mm.entity)].place;
      if (place < 0 || lex_.places[static_cast<size_t>(place)].kind != "country"sv) return -1;
      return mm.entity;
    }
    return -1;
  }

  // The country code of a country's possessive right before token b
  // ("Malaysia's foreign minister", "China's foreign ministry"), or "".
  std::string PossessorCountry(uint32_t b) const {
    if (b < 2 || doc_.tokens[b - 1].lower != "'s"sv) return "";
    int pm = doc_.MentionCovering(b - 2);
    if (pm < 0) return "";
    const Mention& mm = doc_.mentions[static_cast<size_t>(pm)];
    if (mm.type != EntityType::kPlace || mm.entity < 0) return "";
    int place = doc_.entities[static_cast<size_t>(mm.entity)].place;
    if (place < 0 || lex_.places[static_cast<size_t>(place)].kind != "country"sv) return "";
    return lex_.places[static_cast<size_t>(place)].key;
  }

  // "X, who teaches water law at the Lahore University of Management
  // Sciences,", "X, qui enseigne l'économie à l'université de Genève,", "X,
  // who sits on the board of the Chamber of Commerce,": the first
  // organisation of the relative clause after its verb v, governed by a
  // preposition of place of work (at, for, with, of; à, au, chez, pour,
  // de), is the person's. The clause ends at a comma or a person.
  void WorkPlace(const Mention& m, uint32_t v, const Sentence& s) {
    for (uint32_t o = v + 1; o < s.end && o < v + 12; ++o) {
      const Token& t = doc_.tokens[o];
      if (t.lower == ","sv || t.lower == "."sv || t.lower == ";"sv || t.Is(kQuoteOpen)) return;
      int om = doc_.MentionAt(o);
      if (om < 0) continue;
      const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
      if (mo.type == EntityType::kPerson) return;
      uint32_t p = mo.begin - 1;
      if (In(doc_.tokens[p].lower, {"the", "la", "l'", "le"}) && p > v) --p;
      if (mo.type == EntityType::kOrganization && mo.entity >= 0 &&
          In(doc_.tokens[p].lower, {"at", "for", "with", "of", "à", "au", "chez", "pour", "de", "du", "d'"})) {
        Affiliate(m.entity, mo.entity, "", m.sentence, m.begin, mo.end);
        return;
      }
      o = mo.end - 1;
    }
  }

  // Verbs of a relative clause that tell where a person works ("who
  // teaches at", "qui travaille chez", "who sits on the board of").
  static bool WorkVerb(std::string_view l) {
    return In(l, {"teaches", "taught", "works", "worked", "lectures", "researches", "sits", "serves", "enseigne",
                  "enseignait", "travaille", "travaillait", "siège", "siégeait", "officie", "exerce"});
  }

  // The country (ISO code) of the first demonym or gazetteer place of the sentence of token k, before
  // k, or "".
  std::string CountryBefore(uint32_t k) const {
    const Sentence& sent = doc_.sentences[doc_.tokens[k].sentence];
    for (uint32_t j = sent.begin; j < k; ++j) {
      const Token& t = doc_.tokens[j];
      if (auto d = FindInLexicon(lex_.demonyms, t, Lexicon::kDemonym); d != lex_.demonyms.end()) return d->second;
      int m = doc_.MentionAt(j);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      j = mm.end - 1;
      if (mm.type != EntityType::kPlace || mm.entity < 0) continue;
      int place = doc_.entities[static_cast<size_t>(mm.entity)].place;
      if (place >= 0) return lex_.places[static_cast<size_t>(place)].country;
    }
    return "";
  }

  // The owner of a possessive determiner at token k ("Its spokesman, X",
  // "Son porte-parole, X", "its chief oil analyst X"): the subject of the
  // sentence before k, else of the previous sentence, when it is an
  // organisation (a person's "son conseiller" is no affiliation). -1 if none.
  // With `skip_persons` ("its" is no person's), a person subject is passed
  // over for the next subject of the same sentence.
  int PossessiveOwner(uint32_t k, bool skip_persons = false) const {
    uint32_t s = doc_.tokens[k].sentence;
    for (uint32_t back = 0; back <= 1 && back <= s; ++back) {
      const Sentence& sent = doc_.sentences[s - back];
      // "Le mouvement chiite a rejeté …. Son chef, X": a generic noun opening the sentence.
      if (back == 1 && sent.begin + 1 < sent.end && Determiner(doc_.tokens[sent.begin].lower) &&
          IsGenericOrgNoun(doc_.tokens[sent.begin + 1].lower)) {
        int o = ResolveOrgReference(doc_, sent.begin + 1);
        if (o >= 0) return o;
      }
      uint32_t stop = back == 0 ? k : sent.end;
      for (uint32_t j = sent.begin; j < stop; ++j) {
        int m = doc_.MentionAt(j);
        if (m < 0) continue;
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        j = mm.end - 1;
        if (mm.entity < 0 || doc_.tokens[mm.begin].Is(kInQuote)) continue;
        uint32_t p = mm.begin;
        if (p > sent.begin && (doc_.tokens[p - 1].lower == "la"sv || doc_.tokens[p - 1].lower == "l'"sv ||
                               doc_.tokens[p - 1].lower == "le"sv || doc_.tokens[p - 1].lower == "the"sv))
          --p;
        // "In a statement read outside the Foreign Ministry, the ELN's delegation said": a name governed by
        // a preposition is no subject.
        bool governed = p > sent.begin && (Introducer(doc_.tokens[p - 1].lower) ||
                                           In(doc_.tokens[p - 1].lower, {"in", "à", "en", "outside", "near", "from", "by",
                                                                         "to", "on", "into", "against", "après", "after",
                                                                         "before", "avant", "between", "entre", "par",
                                                                         "pour", "avec", "contre", "sur", "devant",
                                                                         "selon", "dans", "vers", "toward", "towards"}));
        if (governed) continue;
        if (mm.end < sent.end && doc_.tokens[mm.end].lower == "'s"sv) {
          // "Iraq's oil ministry": the owner is the ministry; "the ELN's delegation said": the organisation.
          bool noun = mm.end + 1 < sent.end && doc_.tokens[mm.end + 1].Is(kWord) && !doc_.tokens[mm.end + 1].Is(kCap) &&
                      doc_.MentionCovering(mm.end + 1) < 0 && !IsGenericOrgNoun(doc_.tokens[mm.end + 1].lower) &&
                      doc_.tokens[mm.end + 1].lower != "ministry"sv;
          // Not when a name follows the noun: "the European Union's executive Commission said".
          for (uint32_t x = mm.end + 2; noun && x < sent.end && x < mm.end + 4; ++x) noun = doc_.MentionAt(x) < 0;
          if (noun && mm.type == EntityType::kOrganization) return mm.entity;
          continue;
        }
        // A place as the subject ("La Norvège a accueilli la réunion, où son ministre …") owns the role:
        // no organisation of an earlier sentence does.
        if (mm.type == EntityType::kPlace) return -1;
        if (mm.type == EntityType::kPerson && skip_persons) continue;
        return mm.type == EntityType::kOrganization ? mm.entity : -1;
      }
    }
    return -1;
  }

  // The organisation entity of sentence s when it names exactly one (and no
  // person), else -1.
  int LoneOrganisationOf(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    int found = -1;
    for (uint32_t j = sent.begin; j < sent.end; ++j) {
      int m = doc_.MentionAt(j);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      j = mm.end - 1;
      if (mm.entity < 0) continue;
      if (mm.type == EntityType::kPerson) return -1;
      if (mm.type != EntityType::kOrganization) continue;
      if (found >= 0 && found != mm.entity) return -1;
      found = mm.entity;
    }
    return found;
  }

  // Nationality from a demonym right after the role ("envoyé spécial américain").
  void Nationality(int person, const std::string& role, uint32_t k, uint32_t e, uint32_t sentence, uint32_t ev_b,
                   uint32_t ev_e) {
    if (k >= e) return;
    auto d = FindInLexicon(lex_.demonyms, doc_.tokens[k], Lexicon::kDemonym);
    if (d == lex_.demonyms.end()) return;
    Entity& en = doc_.entities[static_cast<size_t>(person)];
    if (en.nationality.empty()) en.nationality = d->second;
    if (GovernmentRole(role)) Affiliate(person, CountryEntity(d->second), role, sentence, ev_b, ev_e);
  }

  // The person of mention m heads the organisation named at token o (past
  // a definite article), if one is: "has led the Central Bank of Kenya",
  // "who heads the Centre for WTO Studies".
  void HeadsOrganisationAt(const Mention& m, uint32_t o, const Sentence& s) {
    if (o + 1 < s.end && In(doc_.tokens[o].lower, {"the", "la", "le", "l'"})) ++o;
    int om = o < s.end ? doc_.MentionAt(o) : -1;
    if (om < 0) return;
    const Mention& org = doc_.mentions[static_cast<size_t>(om)];
    if (org.type == EntityType::kOrganization && org.entity >= 0)
      Affiliate(m.entity, org.entity, "head", m.sentence, m.begin, org.end);
  }

  // NAME, [det] ROLE ...   and   NAME of ORG ("Priya Nair of Bernstein")
  void After(const Mention& m) {
    const Sentence& s = doc_.sentences[m.sentence];
    uint32_t k = m.end;
    if (k + 1 < s.end && (doc_.tokens[k].lower == "of"sv || doc_.tokens[k].lower == "from"sv)) {
      uint32_t o = k + 1;
      if (o + 1 < s.end && doc_.tokens[o].lower == "the"sv) ++o;
      if (o + 1 < s.end && CompoundAdjective(doc_.tokens[o].lower)) ++o;  // "of the Bogotá-based X"
      int om = doc_.MentionAt(o);
      if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
          doc_.mentions[static_cast<size_t>(om)].entity >= 0)
        Affiliate(m.entity, doc_.mentions[static_cast<size_t>(om)].entity, "", m.sentence, m.begin,
                  doc_.mentions[static_cast<size_t>(om)].end);
      // "Board co-chair Ingrid Solheim of Norway", "Tevita Fonua of Tonga": a country after "of" is the one the
      // person represents (a town after "of" is only where they come from).
      if (om >= 0 && o == k + 1 && doc_.tokens[k].lower == "of"sv) {
        const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
        const Entity* pe = mo.entity >= 0 ? &doc_.entities[static_cast<size_t>(mo.entity)] : nullptr;
        if (mo.type == EntityType::kPlace && pe && pe->place >= 0 &&
            lex_.places[static_cast<size_t>(pe->place)].kind == "country"sv)
          Affiliate(m.entity, mo.entity, "", m.sentence, m.begin, mo.end);
      }
    }
    // "le sénateur X (Centre démocratique)", "la députée Y (LFI, Paris)": an organisation in parentheses.
    if (k + 2 < s.end && doc_.tokens[k].lower == "("sv) {
      int om = doc_.MentionAt(k + 1);
      if (om >= 0) {
        const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
        if (mo.type == EntityType::kOrganization && mo.entity >= 0 && mo.end < s.end &&
            (doc_.tokens[mo.end].lower == ")"sv || doc_.tokens[mo.end].lower == ","sv))
          Affiliate(m.entity, mo.entity, "", m.sentence, m.begin, mo.end + 1);
      }
    }
    // "X has led the Central Bank of Kenya since June", "Y dirige l'Institut
    // Pasteur": the organisation right after a verb of heading, in the
    // clause the person opens.
    {
      uint32_t v = k;
      if (v < s.end && In(doc_.tokens[v].lower, {"has", "had", "a", "avait"})) ++v;
      if (v + 1 < s.end && In(doc_.tokens[v].lower, {"heads", "headed", "leads", "led", "chairs", "chaired", "runs",
                                                     "directs", "directed", "dirige", "dirigeait", "dirigé", "préside",
                                                     "présidait", "présidé"})) {
        HeadsOrganisationAt(m, v + 1, s);
      }
    }
    if (k >= s.end || doc_.tokens[k].lower != ","sv) return;
    ++k;
    // "X, de BNP Paribas,", "X, de l'Université de la Nouvelle-Calédonie,", "X, of Bernstein,".
    if (k + 1 < s.end && (doc_.tokens[k].lower == "de"sv || doc_.tokens[k].lower == "du"sv ||
                          doc_.tokens[k].lower == "d'"sv || doc_.tokens[k].lower == "of"sv ||
                          doc_.tokens[k].lower == "from"sv)) {
      uint32_t o = k + 1;
      if (o + 1 < s.end && (doc_.tokens[o].lower == "la"sv || doc_.tokens[o].lower == "l'"sv || doc_.tokens[o].lower == "the"sv)) ++o;
      if (o + 1 < s.end && CompoundAdjective(doc_.tokens[o].lower)) ++o;
      int om = doc_.MentionAt(o);
      if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
          doc_.mentions[static_cast<size_t>(om)].entity >= 0)
        Affiliate(m.entity, doc_.mentions[static_cast<size_t>(om)].entity, "", m.sentence, m.begin,
                  doc_.mentions[static_cast<size_t>(om)].end);
      return;
    }
    // "X, who heads ORG", "X, qui dirige ORG": the first organisation of the clause.
    if (k + 1 < s.end && (doc_.tokens[k].lower == "who"sv || doc_.tokens[k].lower == "qui"sv)) {
      static const StringSet kHeads = {
          "heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "directs", "founded", "dirige",
          "dirigeait", "préside", "présidait", "pilote", "fondé", "a fondé", "représente", "represents", "conduit",
          "conduisait", "mène", "menait", "représentait", "represented"};
      uint32_t v = k + 1;
      if (v < s.end && (doc_.tokens[v].lower == "now"sv || doc_.tokens[v].lower == "also"sv ||
                        doc_.tokens[v].lower == "a"sv || doc_.tokens[v].lower == "désormais"sv))
        ++v;
      if (v < s.end && WorkVerb(doc_.tokens[v].lower)) {
        WorkPlace(m, v, s);
        return;
      }
      if (v >= s.end || !kHeads.count(doc_.tokens[v].lower)) return;
      // The last organisation of the clause: "the office of the United Nations humanitarian agency OCHA";
      // and the one named right after the verb, when another follows it ("who heads the Centre for WTO
      // Studies at the Indian Institute of Foreign Trade": both).
      HeadsOrganisationAt(m, v + 1, s);
      int target = -1;
      uint32_t stop = v;
      for (uint32_t o = v + 1; o < s.end && o < v + 14; ++o) {
        const Token& t = doc_.tokens[o];
        if (t.lower == ","sv || t.lower == "."sv || t.lower == ";"sv || t.Is(kQuoteOpen)) break;
        int om = doc_.MentionAt(o);
        if (om < 0) continue;
        const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
        if (mo.type == EntityType::kPerson) break;
        if (mo.type == EntityType::kOrganization && mo.entity >= 0) target = mo.entity, stop = mo.end;
        o = mo.end - 1;
      }
      if (target >= 0) Affiliate(m.entity, target, "head", m.sentence, m.begin, stop);
      return;
    }
    // "X, Ukraine's deputy foreign minister", "X, the Commission's vice-president": the country or body before "'s".
    int owner = -1;
    // "Sarah Cardell, the watchdog's chief executive", "X, the group's international president": a generic
    // noun's possessive stands for the organisation it refers to.
    if (k + 2 < s.end && doc_.tokens[k].lower == "the"sv && doc_.tokens[k + 2].lower == "'s"sv &&
        IsGenericOrgNoun(doc_.tokens[k + 1].lower)) {
      owner = ResolveOrgReference(doc_, k + 1);
      if (owner >= 0) k += 3;
    }
    if (owner < 0 && k + 1 < s.end && (doc_.tokens[k].lower == "the"sv) && doc_.tokens[k + 1].Is(kCap) &&
        doc_.MentionAt(k + 1) >= 0)
      ++k;
    if (int om = doc_.MentionAt(k); owner < 0 && om >= 0 && doc_.mentions[static_cast<size_t>(om)].entity >= 0) {
      uint32_t after = doc_.mentions[static_cast<size_t>(om)].end;
      if (after < s.end && doc_.tokens[after].lower == "'s"sv) {
        owner = doc_.mentions[static_cast<size_t>(om)].entity;
        k = after + 1;
      }
    }
    // "l'un des dirigeants du Hamas", "one of the founders of X": a plural role after "un des / one of the".
    {
      uint32_t u = k < s.end && doc_.tokens[k].lower == "l'"sv ? k + 1 : k;
      if (u + 2 < s.end && In(doc_.tokens[u].lower, {"un", "une", "one"}) && In(doc_.tokens[u + 1].lower, {"des", "of"}))
        k = u + 2;
    }
    while (k < s.end && Determiner(doc_.tokens[k].lower)) ++k;
    if (k < s.end && (doc_.tokens[k].lower == "haut"sv || doc_.tokens[k].lower == "senior"sv ||
                      doc_.tokens[k].lower == "former"sv || doc_.tokens[k].lower == "ancien"sv ||
                      doc_.tokens[k].lower == "ancienne"sv))
      ++k;
    // "X, the Turkish foreign minister,": a demonym before the role gives the country.
    uint32_t demonym_at = 0;
    bool has_demonym = false;
    if (k + 1 < s.end && InLexicon(lex_.demonyms, doc_.tokens[k], Lexicon::kDemonym) && RoleAt(doc_, k + 1, s.end)) {
      demonym_at = k++;
      has_demonym = true;
    }
    // "X, a former IMF official", "X, a Hamas negotiator": an organisation qualifying the role.
    if (int om = doc_.MentionAt(k); owner < 0 && om >= 0) {
      const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
      if (mo.type == EntityType::kOrganization && mo.entity >= 0 && mo.begin == k && RoleAt(doc_, mo.end, s.end)) {
        owner = mo.entity;
        k = mo.end;
      }
    }
    // "X, senior Sahel analyst at Y", "X, Central Asia regional director of Y": a region or country before
    // the role is its field, not the person's employer.
    if (int om = doc_.MentionAt(k); om >= 0 && !RoleAt(doc_, k, s.end)) {
      const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
      if (mo.type == EntityType::kPlace && mo.end < s.end && doc_.tokens[mo.end].Is(kWord) &&
          !doc_.tokens[mo.end].Is(kCap))
        k = mo.end;
    }
    uint32_t len = RoleAt(doc_, k, s.end);
    // "a shipping analyst at Y", "a sports law researcher at Y": lower-case modifiers before the role.
    for (uint32_t x = k; !len && x < k + 3 && x + 1 < s.end && doc_.tokens[x].Is(kWord) &&
                         !doc_.tokens[x].Is(kCap) && !IsStopToken(lex_, doc_.tokens[x]);
         ++x)
      if ((len = RoleAt(doc_, x + 1, s.end))) k = x + 1;
    if (!len) {
      // "X, IG Metall's district manager for the coast region,", "X, BEUC's senior health policy officer":
      // an organisation's possessive opening the apposition makes its lower-case noun phrase the person's
      // function there, whether or not roles.txt lists it.
      if (owner < 0 || doc_.entities[static_cast<size_t>(owner)].type != EntityType::kOrganization) return;
      uint32_t x = k;
      while (x < s.end && x < k + 6 && doc_.tokens[x].Is(kWord) && !doc_.tokens[x].Is(kCap) &&
             !doc_.tokens[x].Is(kNumber) && !IsStopToken(lex_, doc_.tokens[x]))
        ++x;
      if (x == k || x >= s.end) return;
      const std::string& next = doc_.tokens[x].lower;
      if (next != ","sv && next != "."sv && next != "for"sv && next != "in"sv && next != "at"sv && next != "who"sv &&
          next != "pour"sv && next != "qui"sv)
        return;
      std::string phrase = doc_.Span(k, x);
      AddRole(m.entity, phrase);
      Affiliate(m.entity, owner, LowerKey(phrase), m.sentence, m.begin, x);
      return;
    }
    uint32_t e = k + len;
    while (e < s.end && doc_.tokens[e].lower != ","sv && doc_.tokens[e].lower != ";"sv && !doc_.tokens[e].Is(kQuoteOpen) &&
           !doc_.tokens[e].Is(kQuoteClose) && doc_.tokens[e].lower != "."sv && doc_.tokens[e].lower != "("sv &&
           e - k < 30) {
      uint32_t vlen;
      if (IsReportingVerbAt(doc_, e, s.end, &vlen)) break;
      ++e;
    }
    std::string role = doc_.Span(k, k + len);
    std::string role_key = LowerKey(role);
    AddRole(m.entity, doc_.Span(k, e));
    if (owner >= 0 && doc_.entities[static_cast<size_t>(owner)].type != EntityType::kPerson)
      Affiliate(m.entity, owner, role_key, m.sentence, m.begin, e);
    Targets(m.entity, role_key, k + len, k + len, e, m.begin, e);
    Nationality(m.entity, role_key, k + len, e, m.sentence, m.begin, e);
    if (has_demonym) Nationality(m.entity, role_key, demonym_at, demonym_at + 1, m.sentence, m.begin, e);
    InstitutionOfRole(m.entity, role_key, has_demonym ? demonym_at : k, e, m.sentence, m.begin, e);
  }

  // [det] ROLE [adj] [(de|du|of) ORG ...][,] NAME  and  ORG ROLE NAME
  void Before(const Mention& m) {
    const Sentence& s = doc_.sentences[m.sentence];
    LedBy(m, s);
    uint32_t lo = m.begin > s.begin + 18 ? m.begin - 18 : s.begin;
    for (uint32_t k = lo; k < m.begin; ++k) {
      uint32_t len = RoleAt(doc_, k, m.begin);
      if (!len) continue;
      // Between the role and the name: adjectives, demonyms, prepositional
      // phrases and at most one comma; no verb, no other person.
      // "la présidente de MG France, le premier syndicat de généralistes, Claire X": one apposition
      // describing the organisation right before it (a comma after the organisation, a determiner, at most
      // eight words holding no name) may stand between them.
      bool ok = true;
      int commas = 0;
      uint32_t apposition = 0;  // the token after the apposition's opening comma, 0 when none
      for (uint32_t j = k + len; j < m.begin && ok; ++j) {
        const Token& t = doc_.tokens[j];
        if (t.lower == ","sv) {
          ++commas;
          // "Its spokesman, Commodore X", "Son porte-parole, le colonel Y": a rank or title may open
          // the name's side.
          uint32_t rank = j + 1;
          if (rank < m.begin && In(doc_.tokens[rank].lower, {"le", "la", "l'", "the"})) ++rank;
          bool ranked = rank < m.begin && (rank > j + 1 || doc_.tokens[rank].Is(kCap)) &&
                        RoleAt(doc_, rank, m.begin) == m.begin - rank;
          if (j + 1 == m.begin || ranked) {
            ok = commas == 1 || (commas == 2 && apposition > 0);
          } else if (commas == 1 && j > k + len && j + 2 < m.begin) {
            int om = doc_.MentionCovering(j - 1);
            ok = om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
                 doc_.mentions[static_cast<size_t>(om)].end == j && Determiner(doc_.tokens[j + 1].lower);
            apposition = j + 1;
          } else {
            ok = false;
          }
          continue;
        }
        if (apposition > 0 && (j >= apposition + 9 || doc_.MentionCovering(j) >= 0)) {
          ok = false;
          continue;
        }
        if (apposition == j && doc_.en && t.lower == "a"sv) continue;  // "ORG, a union of nurses, X"
        // "la secrétaire générale du Service ghanéen des impôts (SGI), X": the organisation's acronym.
        if (t.lower == "("sv && j + 2 < m.begin && doc_.tokens[j + 2].lower == ")"sv && doc_.tokens[j + 1].Is(kWord) &&
            doc_.tokens[j + 1].Is(kAllCaps)) {
          int om = doc_.MentionCovering(j - 1);
          if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
              doc_.mentions[static_cast<size_t>(om)].end == j) {
            j += 2;
            continue;
          }
        }

        if (!t.Is(kWord) || t.Is(kInQuote) != doc_.tokens[m.begin].Is(kInQuote)) ok = false;
        int mi = doc_.MentionCovering(j);
        if (mi >= 0 && doc_.mentions[static_cast<size_t>(mi)].type == EntityType::kPerson) ok = false;
        uint32_t vlen;
        if (IsReportingVerbAt(doc_, j, m.begin, &vlen)) ok = false;
        // "et"/"and" inside an organisation's name ("le porte-parole du ministère de l'Europe et des Affaires
        // étrangères, X") coordinates no other person.
        bool in_org = mi >= 0 && doc_.mentions[static_cast<size_t>(mi)].type == EntityType::kOrganization;
        if (((t.lower == "et"sv || t.lower == "and"sv) && !in_org) || t.lower == "que"sv || t.lower == "that"sv ||
            t.lower == "a"sv || t.lower == "est"sv || t.lower == "is"sv || t.lower == "selon"sv)
          ok = false;
      }
      if (!ok) continue;
      // "Pour Narine Sargsyan, politologue à l'université d'État d'Erevan, Nikol Pachinian …": a role in
      // apposition to the person named before it is that person's, not the next name's.
      {
        uint32_t d = k;
        while (d > s.begin && d + 2 > k && Determiner(doc_.tokens[d - 1].lower)) --d;
        if (d >= s.begin + 2 && doc_.tokens[d - 1].lower == ","sv) {
          int pm = doc_.MentionCovering(d - 2);
          if (pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPerson &&
              doc_.mentions[static_cast<size_t>(pm)].end == d - 1 && doc_.mentions[static_cast<size_t>(pm)].entity != m.entity)
            continue;
        }
      }
      // "Deputy Prime Minister", "vice-premier ministre": a role qualified by another.
      uint32_t full = len;
      while (k + full < m.begin && RoleAt(doc_, k + full, m.begin)) full += RoleAt(doc_, k + full, m.begin);
      std::string role_key = LowerKey(doc_.Span(k, k + full));
      uint32_t e = m.begin;
      while (e > k + len && doc_.tokens[e - 1].lower == ","sv) --e;
      // "At the White House, press secretary X", "Au Rassemblement national, le député X": the
      // organisation of the sentence's opening locative.
      AtOrganisation(m, s, k, role_key);
      // "The Kremlin dismissed the vote. Spokesman X told …": a sentence opened by the role.
      // Not when the role names its own organisation ("Chercheur à l'Institut …, X rappelle").
      bool own_org = false;
      for (uint32_t j = k + len; j < e && !own_org; ++j) {
        int mi = doc_.MentionCovering(j);
        own_org = mi >= 0 && doc_.mentions[static_cast<size_t>(mi)].type == EntityType::kOrganization;
      }
      if (k == s.begin && doc_.tokens[k].Is(kCap) && m.sentence > 0 && !own_org) {
        int owner = PossessiveOwner(k);
        if (owner >= 0) Affiliate(m.entity, owner, role_key, m.sentence, k, m.end);
      }
      // "ORG, whose chief executive, X,", "ORG, dont le président, X,": the organisation before the relative.
      {
        uint32_t d = k;
        while (d > s.begin && d + 2 > k && Determiner(doc_.tokens[d - 1].lower)) --d;
        if (d >= s.begin + 3 && (doc_.tokens[d - 1].lower == "whose"sv || doc_.tokens[d - 1].lower == "dont"sv) &&
            doc_.tokens[d - 2].lower == ","sv) {
          int om = doc_.MentionCovering(d - 3);
          if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
              doc_.mentions[static_cast<size_t>(om)].end == d - 2)
            Affiliate(m.entity, doc_.mentions[static_cast<size_t>(om)].entity, role_key, m.sentence,
                      doc_.mentions[static_cast<size_t>(om)].begin, m.end);
        }
      }
      // "Its spokesman, X", "Son chef, X", "its chief oil analyst X", "Its executive director, X".
      for (uint32_t d = k; d > s.begin && d + 3 > k; --d) {
        const std::string& w = doc_.tokens[d - 1].lower;
        if (w == "its"sv || w == "their"sv || w == "son"sv || w == "sa"sv || w == "leur"sv) {
          int owner = PossessiveOwner(d - 1);
          // "Le principal obstacle se situe du côté des Verts. Leur porte-parole, X": a plural possessive
          // opening the sentence stands for the last organisation of the sentence before, when it names a
          // single one.
          if (owner < 0 && (w == "leur"sv || w == "their"sv) && d - 1 == s.begin && m.sentence > 0)
            owner = LoneOrganisationOf(m.sentence - 1);
          // "Réaction de la FGTB. Son président, X": a singular possessive opening the sentence stands for the
          // one organisation of the sentence before when no subject owns it. "its" is no person's: "X governs
          // with a coalition, and the party Naleraq has attacked … Its deputy leader, Y" skips the person.
          // "La Pologne, elle, refuse. Son vice-ministre de l'Intérieur, X": a governmental role is the
          // country's that is the subject of the sentence before.
          if (owner < 0 && d - 1 == s.begin && m.sentence > 0 && (w == "its"sv || w == "son"sv || w == "sa"sv)) {
            if (w == "its"sv) owner = PossessiveOwner(d - 1, /*skip_persons=*/true);
            if (owner < 0) owner = LoneOrganisationOf(m.sentence - 1);
            if (owner < 0 && GovernmentRole(role_key))
              owner = SubjectCountry(doc_.sentences[m.sentence - 1].end - 1);
          }
          // "Norway hosted the meeting, where its fisheries minister, X, …": a country owns a governmental role.
          if (owner < 0 && (w == "its"sv || w == "son"sv || w == "sa"sv) && GovernmentRole(role_key))
            owner = SubjectCountry(d - 1);
          Affiliate(m.entity, owner, role_key, m.sentence, d - 1, m.end);
          break;
        }
        if (!doc_.tokens[d - 1].Is(kWord) || doc_.tokens[d - 1].Is(kCap)) break;
      }
      AddRole(m.entity, doc_.Span(k, e));
      // "le député Renaissance X", "la sénatrice LR X": the organisation between the role and the name.
      if (int om = doc_.MentionAt(k + full); om >= 0 && k + full < m.begin) {
        const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
        if (mo.type == EntityType::kOrganization && mo.entity >= 0 && mo.begin == k + full && mo.end == m.begin)
          Affiliate(m.entity, mo.entity, role_key, m.sentence, k, m.end);
      }
      Targets(m.entity, role_key, k + len, k + len, e, k, m.end);
      Nationality(m.entity, role_key, k + len, e, m.sentence, k, m.end);
      // "Russian Foreign Minister X": the words before the role up to its determiner belong to it.
      uint32_t rb = k;
      while (rb > s.begin && rb + 3 > k && doc_.tokens[rb - 1].Is(kWord) && !Determiner(doc_.tokens[rb - 1].lower) &&
             doc_.tokens[rb - 1].lower != "'s"sv && doc_.MentionCovering(rb - 1) < 0)
        --rb;
      InstitutionOfRole(m.entity, role_key, rb, e, m.sentence, k, m.end);
      // ORG [words] ROLE NAME: "White House spokeswoman X", "EU climate commissioner X",
      // and "China's chief negotiator, X".
      for (uint32_t b = k, gap = 0; b > s.begin && gap < 3; --b, ++gap) {
        uint32_t o = b - 1;
        if (doc_.tokens[o].lower == "'s"sv && o > s.begin) --o;
        int om = doc_.MentionCovering(o);
        if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].entity >= 0 &&
            doc_.mentions[static_cast<size_t>(om)].type != EntityType::kPerson) {
          bool country_or_org = doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization ||
                                GovernmentRole(role_key) || doc_.tokens[b - 1].lower == "'s"sv;
          if (country_or_org)
            Affiliate(m.entity, doc_.mentions[static_cast<size_t>(om)].entity, role_key, m.sentence,
                      doc_.mentions[static_cast<size_t>(om)].begin, m.end);
          break;
        }
        // "the group's political adviser X": the organisation named before.
        if (doc_.tokens[b - 1].lower == "'s"sv && b >= 2 && IsGenericOrgNoun(doc_.tokens[b - 2].lower)) {
          Affiliate(m.entity, ResolveOrgReference(doc_, b - 2), role_key, m.sentence, b - 2, m.end);
          break;
        }
        // Lower-case words and portfolio words ("Norway's Trade Minister") may stand between the organisation and the role;
        // a determiner opens the role's own noun phrase ("reçu au Caire le Premier ministre soudanais, X").
        if (!doc_.tokens[b - 1].Is(kWord) || In(doc_.tokens[b - 1].lower, {"le", "la", "les", "l'", "the", "un", "une", "a", "an"}))
          break;
      }
      // A demonym before the role: "Russian Foreign Minister X", "French Finance Minister X". Not one that
      // qualifies the organisation owning the role ("Turkish Foreign Ministry spokesman X" speaks for the
      // ministry, not for the country).
      for (uint32_t b = k, gap = 0; b > s.begin && gap < 3; --b, ++gap) {
        if (int om = doc_.MentionCovering(b - 1);
            om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization)
          break;
        if (InLexicon(lex_.demonyms, doc_.tokens[b - 1], Lexicon::kDemonym)) {
          Nationality(m.entity, role_key, b - 1, b, m.sentence, b - 1, m.end);
          break;
        }
        if (!doc_.tokens[b - 1].Is(kCap)) break;
      }
      return;
    }
  }

  // "At ORG, [det] ROLE X": the role phrase right after the opening locative's comma.
  void AtOrganisation(const Mention& m, const Sentence& s, uint32_t k, const std::string& role) {
    uint32_t b = s.begin;
    const std::string& l = doc_.tokens[b].lower;
    if (l != "at"sv && l != "à"sv && l != "au"sv && l != "chez"sv && l != "in"sv) return;
    uint32_t o = b + 1;
    if (o < k && (doc_.tokens[o].lower == "the"sv || doc_.tokens[o].lower == "la"sv || doc_.tokens[o].lower == "l'"sv ||
                  doc_.tokens[o].lower == "le"sv))
      ++o;
    int om = doc_.MentionAt(o);
    if (om < 0) return;
    const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
    if (mo.type != EntityType::kOrganization || mo.entity < 0 || mo.end >= k || doc_.tokens[mo.end].lower != ","sv) return;
    uint32_t r = mo.end + 1;
    while (r < k && Determiner(doc_.tokens[r].lower)) ++r;
    if (r == k) Affiliate(m.entity, mo.entity, role, m.sentence, b, m.end);
  }

  // "The IMF mission, led by X", "la délégation du Hamas, conduite par X":
  // the organisation qualifying the group a person leads.
  // A demonym qualifying a delegation ("la délégation égyptienne", "the
  // Egyptian delegation") gives the country of the person leading it
  // ("… était conduite par le ministre de l'Irrigation, X", "was led by
  // Irrigation Minister X").
  void LedBy(const Mention& m, const Sentence& s) {
    if (m.begin < s.begin + 3) return;
    static const StringSet kLed = {"led", "headed", "chaired", "conduite", "conduit",
                                                         "dirigée", "dirigé", "menée", "mené", "présidée", "présidé"};
    uint32_t by = m.begin - 1;
    bool direct = doc_.tokens[by].lower == "by"sv || doc_.tokens[by].lower == "par"sv;
    if (!direct) {
      // "par le ministre de l'Irrigation, X": a role phrase between (no other name, no clause end).
      for (by = m.begin - 1; by > s.begin + 1 && by + 10 > m.begin; --by) {
        const std::string& l = doc_.tokens[by - 1].lower;
        if (l == "."sv || l == ";"sv || l == ":"sv || doc_.tokens[by - 1].Is(kQuoteOpen)) return;
        int pm = doc_.MentionCovering(by - 1);
        if (pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPerson) return;
        if (l == "by"sv || l == "par"sv) break;
      }
      --by;
      if (by <= s.begin || (doc_.tokens[by].lower != "by"sv && doc_.tokens[by].lower != "par"sv)) return;
      if (!RoleAt(doc_, by + 1, m.begin) && !(by + 2 < m.begin && RoleAt(doc_, by + 2, m.begin))) return;
    }
    if (!kLed.count(doc_.tokens[by - 1].lower)) return;
    uint32_t c = by - 1;
    // "était conduite par", "was led by": the auxiliary before the participle.
    if (c > s.begin && In(doc_.tokens[c - 1].lower, {"était", "est", "a", "été", "sera", "was", "is", "will", "be", "been"}))
      --c;
    if (c > s.begin && In(doc_.tokens[c - 1].lower, {"a", "has", "had", "will"})) --c;
    if (c > s.begin && doc_.tokens[c - 1].lower == ","sv) --c;
    static const StringSet kGroup = {"délégation", "delegation", "mission", "équipe", "team"};
    for (uint32_t k = c, n = 0; k > s.begin && n < 5; --k, ++n) {
      const Token& t = doc_.tokens[k - 1];
      // "la délégation égyptienne" / "the Egyptian delegation".
      auto d = FindInLexicon(lex_.demonyms, t, Lexicon::kDemonym);
      if (d != lex_.demonyms.end() &&
          ((k >= s.begin + 2 && kGroup.count(doc_.tokens[k - 2].lower)) ||
           (k < c && kGroup.count(doc_.tokens[k].lower)))) {
        Affiliate(m.entity, CountryEntity(d->second), "head of delegation", m.sentence, k - 1, m.end);
        return;
      }
      int om = doc_.MentionCovering(k - 1);
      if (om >= 0) {
        const Mention& mo = doc_.mentions[static_cast<size_t>(om)];
        if (mo.type == EntityType::kOrganization && mo.entity >= 0)
          Affiliate(m.entity, mo.entity, "head", m.sentence, mo.begin, m.end);
        return;
      }
      if (!t.Is(kWord) || (t.Is(kCap) && d == lex_.demonyms.end())) return;
    }
  }

  Document& doc_;
  const Lexicon& lex_;
  std::vector<std::pair<int, const Mention*>> institutions_;  // see Institutions()
  bool institutions_ready_ = false;
};

}  // namespace

void FindAffiliations(Document* doc) {
  doc->affiliations.clear();
  AffiliationFinder(doc).Run();
}

}  // namespace kg::ingest
