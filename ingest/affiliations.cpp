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
#include <unordered_set>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {
namespace {

bool GovernmentRole(const std::string& role) {
  static const std::unordered_set<std::string> kGov = {
      "président", "présidente", "vice-président", "vice-présidente", "ministre", "premier ministre", "première ministre",
      "porte-parole", "ambassadeur", "ambassadrice", "envoyé", "envoyée", "envoyé spécial", "envoyée spéciale",
      "représentant", "représentante", "représentant spécial", "représentante spéciale", "secrétaire d'état",
      "chancelier", "chancelière", "négociateur", "négociatrice", "émissaire", "chef de la diplomatie",
      "president", "vice president", "vice-president", "prime minister", "minister", "foreign minister",
      "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "special envoy", "representative",
      "special representative", "secretary of state", "chancellor", "negotiator", "chief negotiator"};
  return kGov.count(role) > 0;
}

bool Determiner(const std::string& l) {
  return l == "le" || l == "la" || l == "l'" || l == "les" || l == "un" || l == "une" || l == "the" || l == "a" ||
         l == "an" || l == "son" || l == "sa" || l == "its" || l == "his" || l == "her";
}

bool Introducer(const std::string& l) {
  return l == "de" || l == "du" || l == "des" || l == "d'" || l == "au" || l == "aux" || l == "à" || l == "of" ||
         l == "at" || l == "for" || l == "with" || l == "auprès" || l == "chez";
}

class AffiliationFinder {
 public:
  explicit AffiliationFinder(Document* doc) : doc_(*doc), lex_(Lexicon::Get()) {}

  void Run() {
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mm = doc_.mentions[m];
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
  }

  // Organisations (and, for governmental roles, places) introduced by a
  // preposition inside the role phrase [b, e).
  void Targets(int person, const std::string& role, uint32_t rb, uint32_t b, uint32_t e, uint32_t ev_b, uint32_t ev_e) {
    bool gov = GovernmentRole(role);
    for (uint32_t k = b; k < e; ++k) {
      int m = doc_.MentionAt(k);
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0 || k == 0) continue;
      uint32_t p = k - 1;
      if (doc_.tokens[p].lower == "la" || doc_.tokens[p].lower == "l'" || doc_.tokens[p].lower == "the") --p;
      if (p < rb || !Introducer(doc_.tokens[p].lower)) continue;
      if (mm.type == EntityType::kOrganization || (mm.type == EntityType::kPlace && gov && p == rb)) {
        Affiliate(person, mm.entity, role, mm.sentence, ev_b, ev_e);
      }
      if (mm.type == EntityType::kPerson) break;  // "conseiller du président X": X's own role
    }
  }

  // Nationality from a demonym right after the role ("envoyé spécial américain").
  void Nationality(int person, const std::string& role, uint32_t k, uint32_t e, uint32_t sentence, uint32_t ev_b,
                   uint32_t ev_e) {
    if (k >= e) return;
    auto d = lex_.demonyms.find(doc_.tokens[k].lower);
    if (d == lex_.demonyms.end()) return;
    Entity& en = doc_.entities[static_cast<size_t>(person)];
    if (en.nationality.empty()) en.nationality = d->second;
    if (GovernmentRole(role)) Affiliate(person, CountryEntity(d->second), role, sentence, ev_b, ev_e);
  }

  // NAME, [det] ROLE ...   and   NAME of ORG ("Priya Nair of Bernstein")
  void After(const Mention& m) {
    const Sentence& s = doc_.sentences[m.sentence];
    uint32_t k = m.end;
    if (k + 1 < s.end && (doc_.tokens[k].lower == "of" || doc_.tokens[k].lower == "from")) {
      uint32_t o = k + 1;
      if (o + 1 < s.end && doc_.tokens[o].lower == "the") ++o;
      int om = doc_.MentionAt(o);
      if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization &&
          doc_.mentions[static_cast<size_t>(om)].entity >= 0)
        Affiliate(m.entity, doc_.mentions[static_cast<size_t>(om)].entity, "", m.sentence, m.begin,
                  doc_.mentions[static_cast<size_t>(om)].end);
    }
    if (k >= s.end || doc_.tokens[k].lower != ",") return;
    ++k;
    // "X, Ukraine's deputy foreign minister": the country or body before "'s".
    int owner = -1;
    if (int om = doc_.MentionAt(k); om >= 0 && doc_.mentions[static_cast<size_t>(om)].entity >= 0) {
      uint32_t after = doc_.mentions[static_cast<size_t>(om)].end;
      if (after < s.end && doc_.tokens[after].lower == "'s") {
        owner = doc_.mentions[static_cast<size_t>(om)].entity;
        k = after + 1;
      }
    }
    while (k < s.end && Determiner(doc_.tokens[k].lower)) ++k;
    if (k < s.end && (doc_.tokens[k].lower == "haut" || doc_.tokens[k].lower == "senior" ||
                      doc_.tokens[k].lower == "former" || doc_.tokens[k].lower == "ancien" ||
                      doc_.tokens[k].lower == "ancienne"))
      ++k;
    uint32_t len = RoleAt(doc_, k, s.end);
    if (!len) return;
    uint32_t e = k + len;
    while (e < s.end && doc_.tokens[e].lower != "," && doc_.tokens[e].lower != ";" && !doc_.tokens[e].Is(kQuoteOpen) &&
           !doc_.tokens[e].Is(kQuoteClose) && doc_.tokens[e].lower != "." && doc_.tokens[e].lower != "(" &&
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
  }

  // [det] ROLE [adj] [(de|du|of) ORG ...][,] NAME  and  ORG ROLE NAME
  void Before(const Mention& m) {
    const Sentence& s = doc_.sentences[m.sentence];
    uint32_t lo = m.begin > s.begin + 12 ? m.begin - 12 : s.begin;
    for (uint32_t k = lo; k < m.begin; ++k) {
      uint32_t len = RoleAt(doc_, k, m.begin);
      if (!len) continue;
      // Between the role and the name: adjectives, demonyms, prepositional
      // phrases and at most one comma; no verb, no other person.
      bool ok = true;
      int commas = 0;
      for (uint32_t j = k + len; j < m.begin && ok; ++j) {
        const Token& t = doc_.tokens[j];
        if (t.lower == ",") {
          ok = ++commas <= 1 && j + 1 == m.begin;
          continue;
        }
        if (!t.Is(kWord) || t.Is(kInQuote) != doc_.tokens[m.begin].Is(kInQuote)) ok = false;
        int mi = doc_.MentionCovering(j);
        if (mi >= 0 && doc_.mentions[static_cast<size_t>(mi)].type == EntityType::kPerson) ok = false;
        uint32_t vlen;
        if (IsReportingVerbAt(doc_, j, m.begin, &vlen)) ok = false;
        if (t.lower == "et" || t.lower == "and" || t.lower == "que" || t.lower == "that" || t.lower == "a" ||
            t.lower == "est" || t.lower == "is" || t.lower == "selon") ok = false;
      }
      if (!ok) continue;
      std::string role_key = LowerKey(doc_.Span(k, k + len));
      uint32_t e = m.begin;
      while (e > k + len && doc_.tokens[e - 1].lower == ",") --e;
      AddRole(m.entity, doc_.Span(k, e));
      Targets(m.entity, role_key, k + len, k + len, e, k, m.end);
      Nationality(m.entity, role_key, k + len, e, m.sentence, k, m.end);
      // ORG [words] ROLE NAME: "White House spokeswoman X", "EU climate commissioner X",
      // and "China's chief negotiator, X".
      for (uint32_t b = k, gap = 0; b > s.begin && gap < 3; --b, ++gap) {
        uint32_t o = b - 1;
        if (doc_.tokens[o].lower == "'s" && o > s.begin) --o;
        int om = doc_.MentionCovering(o);
        if (om >= 0 && doc_.mentions[static_cast<size_t>(om)].entity >= 0 &&
            doc_.mentions[static_cast<size_t>(om)].type != EntityType::kPerson) {
          bool country_or_org = doc_.mentions[static_cast<size_t>(om)].type == EntityType::kOrganization ||
                                GovernmentRole(role_key) || doc_.tokens[b - 1].lower == "'s";
          if (country_or_org)
            Affiliate(m.entity, doc_.mentions[static_cast<size_t>(om)].entity, role_key, m.sentence,
                      doc_.mentions[static_cast<size_t>(om)].begin, m.end);
          break;
        }
        // Only lower-case words may stand between the organisation and the role.
        if (!doc_.tokens[b - 1].Is(kWord) || doc_.tokens[b - 1].Is(kCap)) break;
      }
      // A demonym before the role: "Russian Foreign Minister X", "French Finance Minister X".
      for (uint32_t b = k, gap = 0; b > s.begin && gap < 3; --b, ++gap) {
        if (lex_.demonyms.count(doc_.tokens[b - 1].lower)) {
          Nationality(m.entity, role_key, b - 1, b, m.sentence, b - 1, m.end);
          break;
        }
        if (!doc_.tokens[b - 1].Is(kCap)) break;
      }
      return;
    }
  }

  Document& doc_;
  const Lexicon& lex_;
};

}  // namespace

void FindAffiliations(Document* doc) {
  doc->affiliations.clear();
  AffiliationFinder(doc).Run();
}

}  // namespace kg::ingest
