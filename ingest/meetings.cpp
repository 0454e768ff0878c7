// Stage 6: dates and meetings.
//
// A meeting mention is a meeting noun (meeting_words.txt). Its place is the
// place introduced after it by à/en/in/at/de ("pourparlers de Miami", "se
// sont tenues en Floride") or written before it ("the Geneva talks"); its
// dates are those of its sentence ("jusqu'à vendredi", "until Friday": only
// its end, the nearest such day ahead); its status is planned (prochaine, next,
// will, future tense, a date after the article's; not a modal before a verb
// of lasting: "doivent durer", "due to run"), hypothetical (éventuelle,
// pourrait, could, possible) or held. Mentions are merged into one meeting
// when they share a place, or when a definite mention ("ces consultations",
// "the talks") has nothing that tells it apart from the latest meeting.
// Participants: "avec X et Y", "entre X et Y", "visite de X", and the
// subject of the sentence, accumulated over all mentions.
#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "ingest/cue_words.h"
#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

bool ParseDay(std::string_view s, int* d) {
  if (s == "premier"sv || s == "1er"sv || s == "first"sv) {
    *d = 1;
    return true;
  }
  size_t n = 0;
  int v = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
  if (n == 0 || n > 2) return false;
  std::string_view rest = s.substr(n);
  if (!rest.empty() && rest != "er"sv && rest != "st"sv && rest != "nd"sv && rest != "rd"sv && rest != "th"sv) return false;
  *d = v;
  return v >= 1 && v <= 31;
}

bool ParseYear(const std::string& l, int* y) {
  if (l.size() != 4 || l[0] < '1' || l[0] > '2') return false;
  for (char c : l)
    if (c < '0' || c > '9') return false;
  *y = std::atoi(l.c_str());
  return *y >= 1900 && *y <= 2200;
}

// The year that puts day/month closest to the article's date.
bool MakeDate(const Document& doc, int year, int month, int day, Date* out) {
  if (year == 0) {
    if (!doc.has_date) return false;
    int ay;
    unsigned am, ad;
    YmdFromDate(doc.date, &ay, &am, &ad);
    int best = 0;
    int32_t best_gap = 1 << 30;
    for (int y = ay - 1; y <= ay + 1; ++y) {
      if (!IsValidYmd(y, static_cast<unsigned>(month), static_cast<unsigned>(day))) continue;
      int32_t gap = std::abs(DateFromYmd(y, static_cast<unsigned>(month), static_cast<unsigned>(day)).days - doc.date.days);
      if (gap < best_gap) best_gap = gap, best = y;
    }
    if (!best) return false;
    year = best;
  }
  if (!IsValidYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) return false;
  *out = DateFromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return true;
}

// Whether l is the first word of one of FindDates' vaguer times ("l'année prochaine",
// "la semaine dernière", "le mois prochain", "cette semaine", "last week", "next month",
// "this week", "earlier this month", "later this year"); keep in step with kVague there.
bool VagueTimeStart(std::string_view l) {
  switch (l.size()) {
    case 2:
      return l[0] == 'l' && (l[1] == '\'' || l[1] == 'a' || l[1] == 'e');
    case 4:
      return l == "last"sv || l == "next"sv || l == "this"sv;
    case 5:
      return l == "cette"sv || l == "later"sv;
    case 7:
      return l == "earlier"sv;
    default:
      return false;
  }
}

}  // namespace

std::vector<DateRange> FindDates(const Document& doc, uint32_t b, uint32_t e) {
  const Lexicon& lex = Lexicon::Get();
  const auto& t = doc.tokens;
  std::vector<DateRange> out;
  for (uint32_t k = b; k < e; ++k) {
    std::string_view l = t[k].lower;
    // A day (ParseDay accepts only digits, "premier", "1er", "first") starts with a digit, 'p' or
    // 'f': other tokens skip the day tests.
    const char c0 = l.empty() ? '\0' : l[0];
    const bool day_like = (c0 >= '0' && c0 <= '9') || c0 == 'p' || c0 == 'f';
    int d1 = 0, d2 = 0, month = 0, year = 0;
    uint32_t first = k, last = k;
    auto month_at = [&](uint32_t i) {
      if (i >= e) return 0;
      if (!(t[i].lex & Lexicon::kMonth)) return 0;
      auto it = FindInLexicon(lex.months, t[i], Lexicon::kMonth);
      if (it == lex.months.end()) return 0;
      // "mai"/"may", "mars"/"march": months only next to a day number or a year.
      return it->second;
    };
    // Day-first: 20 décembre, les 20 et 21 décembre, du 20 au 21 décembre, 20-21 December.
    size_t dash = day_like ? l.find('-') : std::string_view::npos;
    if (dash != std::string_view::npos && ParseDay(l.substr(0, dash), &d1) && ParseDay(l.substr(dash + 1), &d2)) {
      if ((month = month_at(k + 1))) last = k + 1;
    } else if (day_like && ParseDay(l, &d1)) {
      uint32_t j = k + 1;
      if (j + 1 < e && In(t[j].lower, {"et", "and", "au", "à", "-", "–", "to", "through"}) && ParseDay(t[j + 1].lower, &d2))
        j += 2;
      // "lundi 9 et mardi 10 novembre": a weekday before the second day.
      else if (j + 2 < e && In(t[j].lower, {"et", "and", "au", "à", "to"}) && (t[j + 1].lex & Lexicon::kWeekday) &&
               ParseDay(t[j + 2].lower, &d2))
        j += 3;
      if ((month = month_at(j))) last = j;
      else d1 = d2 = 0;
    } else if ((month = month_at(k))) {
      // Month-first: December 20, December 20-21, Dec. 20 and 21.
      uint32_t j = k + 1;
      std::string_view nl = j < e ? std::string_view(t[j].lower) : std::string_view();
      size_t nd = nl.find('-');
      if (nd != std::string_view::npos && ParseDay(nl.substr(0, nd), &d1) && ParseDay(nl.substr(nd + 1), &d2)) {
        last = j;
      } else if (j < e && ParseDay(nl, &d1)) {
        last = j;
        if (j + 2 < e && In(t[j + 1].lower, {"and", "-", "–", "to", "through"}) && ParseDay(t[j + 2].lower, &d2)) last = j + 2;
      } else {
        // "en décembre", "in December": a vaguer time.
        if (k > b && In(t[k - 1].lower, {"en", "in", "début", "fin", "mi", "courant", "early", "late", "mid"})) {
          DateRange r;
          r.when = doc.Span(k - 1, k + 1);
          r.begin = k - 1;
          r.end_token = k + 1;
          out.push_back(r);
        }
        month = 0;
      }
    }
    if (month && d1) {
      uint32_t y = last + 1;
      if (y < e && t[y].lower == ","sv) ++y;
      if (y < e && ParseYear(t[y].lower, &year)) last = y;
      // "le mardi 24 novembre", "on Tuesday, November 24": the weekday belongs to the date.
      if (first > b && (t[first - 1].lex & Lexicon::kWeekday)) --first;
      else if (first > b + 1 && t[first - 1].lower == ","sv && (t[first - 2].lex & Lexicon::kWeekday)) first -= 2;
      if (first > b && In(t[first - 1].lower, {"le", "les", "du", "on", "the"})) --first;
      DateRange r;
      r.begin = first;
      r.end_token = last + 1;
      r.when = doc.Span(first, last + 1);
      if (MakeDate(doc, year, month, d1, &r.start)) {
        r.has_start = true;
        r.end = r.start;
        r.has_end = true;
        if (d2 && MakeDate(doc, year, month, d2, &r.end) && r.end.days < r.start.days) r.end = r.start;
      }
      out.push_back(r);
      k = last;
      continue;
    }
    // Weekdays: samedi, on Saturday (the nearest one up to the article's date).
    auto wd = (t[k].lex & Lexicon::kWeekday) ? lex.weekdays.find(l) : lex.weekdays.end();
    // ("mardi 24 novembre", "Tuesday, November 24": the full date that follows is read next.)
    if (wd != lex.weekdays.end()) {
      uint32_t n = k + 1 < e && t[k + 1].lower == ","sv ? k + 2 : k + 1;
      int day = 0;
      if (n + 1 < e && ((ParseDay(t[n].lower, &day) && month_at(n + 1)) || (month_at(n) && ParseDay(t[n + 1].lower, &day))))
        continue;
      if (n + 4 < e && ParseDay(t[n].lower, &day) && In(t[n + 1].lower, {"et", "and", "au", "à", "to"}) &&
          (t[n + 2].lex & Lexicon::kWeekday) && ParseDay(t[n + 3].lower, &day) && month_at(n + 4))
        continue;
    }
    if (wd != lex.weekdays.end()) {
      DateRange r;
      r.begin = k;
      r.end_token = k + 1;
      r.when = std::string(doc.TokenText(k));
      // "on Tuesday and Wednesday", "lundi et mardi", "du lundi au mercredi": a range.
      int wd2 = 0;
      if (k + 2 < e && In(t[k + 1].lower, {"and", "et", "to", "au", "-", "–", "through"}) &&
          (t[k + 2].lex & Lexicon::kWeekday)) {
        auto w2 = FindInLexicon(lex.weekdays, t[k + 2], Lexicon::kWeekday);
        if (w2 != lex.weekdays.end()) wd2 = w2->second;
      }
      if (wd2) {
        r.end_token = k + 3;
        r.when = doc.Span(k, k + 3);
      }
      // "jusqu'à vendredi", "until Friday": a bound still ahead, the nearest
      // such day from the article's date on.
      const bool until = !wd2 && ((k > b && In(t[k - 1].lower, {"until", "till"})) ||
                                  (k > b + 1 && In(t[k - 1].lower, {"à", "au"}) && t[k - 2].lower == "jusqu'"sv));
      if (doc.has_date) {
        int today = ((doc.date.days % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday (4)
        int last = wd2 ? wd2 : wd->second;
        // The article's own weekday is its date: a dispatch dated Wednesday
        // says "on Wednesday" of that day.
        int back = (today - last + 7) % 7;
        r.end.days = until ? doc.date.days + (last - today + 7) % 7 : doc.date.days - back;
        r.start.days = r.end.days - (wd2 ? (wd2 - wd->second + 7) % 7 : 0);
        r.has_start = r.has_end = true;
        r.until = until;
      }
      out.push_back(r);
      if (wd2) k += 2;
      continue;
    }
    // Vaguer times.
    static constexpr std::string_view kVague[][3] = {{"l'", "année", "prochaine"}, {"la", "semaine", "dernière"}, {"la", "semaine", "prochaine"},
                                      {"le", "mois", "prochain"}, {"le", "mois", "dernier"}, {"cette", "semaine", ""},
                                      {"last", "week", ""}, {"next", "week", ""}, {"next", "month", ""},
                                      {"next", "year", ""}, {"last", "month", ""}, {"this", "week", ""},
                                      {"earlier", "this", "month"}, {"later", "this", "year"}};
    if (!VagueTimeStart(l)) continue;
    for (const auto& v : kVague) {
      uint32_t n = v[2].empty() ? 2 : 3;
      if (k + n > e) continue;
      bool match = true;
      for (uint32_t x = 0; x < n && match; ++x) match = std::string_view(t[k + x].lower) == v[x];
      if (!match) continue;
      DateRange r;
      r.begin = k;
      r.end_token = k + n;
      r.when = doc.Span(k, k + n);
      out.push_back(r);
      k += n - 1;
      break;
    }
  }
  return out;
}

namespace {

bool Definite(std::string_view l) {
  static const WordList kWords{"les", "la", "le", "l'", "ces", "cette", "ce", "ses", "leurs", "leur", "sa", "son",
                               "the", "these", "this", "those", "its", "their", "his", "her"};
  return kWords.Has(l);
}
bool Indefinite(std::string_view l) {
  static const WordList kWords{"une", "un", "des", "a", "an", "de", "d'", "another", "autre"};
  return kWords.Has(l);
}
bool NextWord(std::string_view l) {
  static const WordList kWords{"prochaine", "prochain", "prochaines", "prochains", "next", "upcoming", "future",
                               "nouvelle", "nouveau", "nouvelles", "nouveaux", "new", "futur", "future", "futurs",
                               "futures"};
  return kWords.Has(l);
}
bool HypotheticalWord(std::string_view l) {
  static const WordList kWords{"éventuelle", "éventuel", "éventuelles", "éventuels", "possible", "possibles",
                               "pourrait", "pourraient", "could", "might", "would", "hypothétique", "potential",
                               "potentielle", "potentiel", "si", "if", "serait", "seraient", "envisagée", "envisagé",
                               "proposed", "proposée", "proposé"};
  return kWords.Has(l);
}
// Present-tense verbs of a meeting's start or resumption ("the talks resume
// on Monday", "les discussions reprennent lundi"): with a weekday and no
// other tense, news copy uses them for what is still to come.
bool StartingVerbPresent(std::string_view l) {
  return In(l, {"resume", "resumes", "reconvene", "reconvenes", "open", "opens", "begin", "begins", "start",
                "starts", "continue", "continues", "reprennent", "reprend", "débutent", "débute", "commencent",
                "commence", "rouvrent", "s'ouvrent", "s'ouvre", "poursuivent"});
}
bool PlannedWord(std::string_view l) {
  static const WordList kWords{"prochaine", "prochain", "prochaines", "prochains", "next", "upcoming", "will", "doit",
                               "doivent", "devrait", "devraient", "prévue", "prévu", "prévues", "prévus", "planned",
                               "scheduled", "aura", "auront", "tiendra", "tiendront", "va", "vont", "due", "expected",
                               "attendue", "attendu", "programmée", "programmé", "annoncée", "préparent", "prépare",
                               "preparing", "organisera"};
  return kWords.Has(l);
}

// Verbs that state a meeting between their subject and object ("A met B",
// "A hosted B", "A a reçu B à Paris").
bool MeetingVerb(std::string_view l) {
  // All the forms below start with 'm', 'r', 'e', 'a' or 'h' (keep in step): other words return at once.
  if (l.empty() || (l[0] != 'm' && l[0] != 'r' && l[0] != 'e' && l[0] != 'a' && l[0] != 'h')) return false;
  static const WordList kWords{"met", "meet", "meets", "réunis", "réunies", "réuni", "réunie", "réunira", "réuniront",
                               "réunit", "réunissent", "réunissaient", "réunissait", "entretenu", "entretenue",
                               "entretenus", "entretenir", "retrouvent", "retrouvaient",
                               "retrouver", "réunir", "rencontrer", "recevoir", "accueillir", "host", "receive",
                               "entretiendra", "entretiendront", "retrouvés", "retrouvées", "retrouveront",
                               "retrouvera", "retrouveraient", "retrouverait", "rencontré", "rencontrée", "rencontrés",
                               "received", "receives", "hosted", "hosts", "reçu", "reçue", "reçus", "reçoit",
                               "recevra", "accueilli", "accueillie", "accueillis", "accueille", "accueillera"};
  return kWords.Has(l);
}
// Verbs whose object must be a participant for the verb to state a meeting
// ("received a report", "a reçu un compte rendu" are not meetings).
// Verbs of meeting without an object ("A and B will meet", "réunis à X",
// "s'est entretenu avec Y", "se retrouveront à Bruxelles").
bool IntransitiveVerb(std::string_view l) {
  // All the forms below start with 'm', 'r' or 'e' (keep in step): other words return at once.
  if (l.empty() || (l[0] != 'm' && l[0] != 'r' && l[0] != 'e')) return false;
  return In(l, {"meet", "meets", "réunis", "réunies", "réuni", "réunie", "réunira", "réuniront", "réunit",
                "réunissent", "réunissaient", "réunissait", "entretenu", "entretenue", "entretenus", "retrouvent",
                "retrouvaient", "entretiendra", "entretiendront", "retrouvés", "retrouvées", "retrouveront", "retrouvera",
                "retrouveraient", "retrouverait", "entretenir", "retrouver", "réunir"});
}
// Verbs of gathering whose object lists the parties of the meeting that is
// their subject ("le sommet réunit X et Y", "une table ronde rassemblant X").
bool GatheringVerb(std::string_view l) {
  if (l.empty() || (l[0] != 'r' && l[0] != 'g')) return false;
  return In(l, {"réunit", "réunissait", "réunissant", "réuni", "rassemble", "rassemblait", "rassemblant", "rassemblé",
                "gathers", "gathered", "gathering"});
}
bool ReceptionVerb(std::string_view l) {
  return MeetingVerb(l) && !IntransitiveVerb(l) && !In(l, {"met", "rencontré"});
}
// Nouns for people that can be received or met without being named ("les
// représentants de X", "the two leaders", "son homologue"). (A list at
// namespace scope and an inline test: asked of most words.)
const WordList kPeopleNouns = {
    "dirigeants",   "dirigeant",       "représentants", "représentant", "chefs",
    "chef",         "délégations",     "délégation",    "délégués",     "ministres",
    "ministre",     "maires",          "responsables",  "homologue",    "homologues",
    "négociateurs", "présidents",      "leaders",       "leader",       "delegations",
    "delegation",   "representatives", "officials",     "ministers",    "counterpart",
    "counterparts", "envoys",          "negotiators",   "mayors",       "heads",
    "presidents",   "premiers",        "émissaires",    "envoyés",      "mediators",
    "médiateurs",   "conseillers",     "advisers",      "advisors",     "diplomates",
    "diplomats",    "négociatrices",   "direction",     "leadership",   "équipes",
    "teams"};
inline bool PeopleNoun(std::string_view l) { return kPeopleNouns.Has(l); }
// Nouns for a government, which stands for its country ("le gouvernement
// colombien", "Colombia's government").
[[gnu::always_inline]] inline bool GovernmentNoun(std::string_view l) {
  return In(l, {"gouvernement", "government", "autorités", "authorities", "administration"});
}
// Words between a verb and its object that do not end the object search:
// times ("lundi soir", "on Monday"), determiners, numbers ("les deux").
bool SkipBeforeObject(const Token& t) {
  return In(t.lower, {"le", "la", "les", "l'", "the", "his", "her", "their", "its", "son", "sa", "ses", "leur",
                      "leurs", "two", "three", "deux", "trois", "both", "on", "soir", "matin", "midi", "evening",
                      "morning", "afternoon", "this", "last", "dernier", "dernière", "also", "aussi", "again",
                      "then", "ensuite", "puis", "several", "plusieurs", "a", "an", "un", "une", "des", "avait",
                      "had", "officially", "officiellement", "tour", "successivement", "separately",
                      "séparément", "jointly", "later", "earlier", "semaine", "week", "hier", "yesterday",
                      "veille"}) ||
         (t.lex & Lexicon::kWeekday) != 0 || t.Is(kNumber);
}

// Adds entity e (told in sentence s) to m's participants unless it is one
// already.
void AddParticipant(MeetingFact& m, int e, uint32_t s) {
  for (const auto& q : m.participants)
    if (q.first == e) return;
  m.participants.emplace_back(e, s);
}

class MeetingFinder {
 public:
  explicit MeetingFinder(Document* doc) : doc_(*doc), toks_(doc->tokens), lex_(Lexicon::Get()) {
    if (doc_.has_date) {
      unsigned mo = 0, da = 0;
      YmdFromDate(doc_.date, &article_year_, &mo, &da);
    }
  }

  void Run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      current_sentence_ = s;
      // The two readings below start on a meeting or negotiation noun or
      // verb: a sentence without one has neither.
      if (!(sent.lex & (Lexicon::kMeeting | Lexicon::kNegotiation))) {
        Delegations(s);
        Expected(s);
        continue;
      }
      bool dated = false;
      // A verb that states a meeting ("A received B in C", "Il y a rencontré
      // X"). A participle right after a meeting noun only describes it
      // ("talks hosted by Turkey"): the noun carries that meeting.
      uint32_t verb_k = sent.end;
      for (uint32_t k = sent.begin; k < sent.end && verb_k == sent.end; ++k) {
        if (!(toks_[k].lex & Lexicon::kMeeting) || !MeetingVerb(toks_[k].lower) || doc_.MentionCovering(k) >= 0 ||
            NotAMeeting(s, k))
          continue;
        bool described = false;
        for (uint32_t j = k; j > sent.begin && j + 3 > k && !described;) {
          --j;
          described = (toks_[j].lex & Lexicon::kMeeting) && !MeetingVerb(toks_[j].lower);
        }
        // "La consultation conjointe qui a réuni …", "the summit, which
        // gathered …": a verb of gathering whose subject is the meeting noun
        // tells who met at it.
        // ("Le sommet de Lomé, qui réunit …": the noun's own place between.)
        if (!described && GatheringVerb(toks_[k].lower))
          for (uint32_t j = k; j > sent.begin && j + 10 > k && !described;) {
            --j;
            if (In(toks_[j].lower, {"qui", "a", "avait", "ont", "which", "that", "has", "had", ",", "de", "d'", "du",
                                    "of", "in", "à"}))
              continue;
            if (int m = doc_.MentionCovering(j); m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPlace) {
              j = doc_.mentions[static_cast<size_t>(m)].begin;
              continue;
            }
            described = (toks_[j].lex & Lexicon::kMeeting) && !MeetingVerb(toks_[j].lower);
            if (!described) break;
          }
        // "Lors de ces pourparlers, X s'est entretenu avec Y", "during the
        // talks, X met Y": an encounter inside the meeting named.
        for (uint32_t j = sent.begin; j + 2 < k && !described; ++j)
          described = In(toks_[j].lower, {"lors", "during", "pendant", "durant"}) &&
                      ((toks_[j + 2].lex & Lexicon::kMeeting) ||
                       (j + 3 < k && (toks_[j + 3].lex & Lexicon::kMeeting)));
        if (!described) verb_k = k;
      }
      int verb_target = -1;
      if (verb_k < sent.end) {
        dates_ = FindDates(doc_, sent.begin, sent.end), dated = true;
        verb_target = Mention(s, verb_k, FindInLexicon(lex_.meeting_words, toks_[verb_k], Lexicon::kMeeting)->second, false);
      }
      for (uint32_t k = sent.begin; k < sent.end; ++k) {
        // "deux journées de négociation": a negotiation noun measured by its
        // length is a sitting (Measured).
        if (!(toks_[k].lex & Lexicon::kMeeting) && (toks_[k].lex & Lexicon::kNegotiation) &&
            doc_.MentionCovering(k) < 0 && Measured(s, k)) {
          static const std::string kTalks = "talks";
          if (!dated) dates_ = FindDates(doc_, sent.begin, sent.end), dated = true;
          if (verb_target < 0) Mention(s, k, kTalks, false);
          continue;
        }
        if (!(toks_[k].lex & Lexicon::kMeeting) || MeetingVerb(toks_[k].lower)) continue;
        if (!dated) dates_ = FindDates(doc_, sent.begin, sent.end), dated = true;
        auto it = FindInLexicon(lex_.meeting_words, toks_[k], Lexicon::kMeeting);
        if (it == lex_.meeting_words.end() || doc_.MentionCovering(k) >= 0) continue;
        if (NotAMeeting(s, k)) continue;
        // "a new round of talks", "un cycle de discussions": one mention, the first noun.
        if (k >= sent.begin + 2 && In(toks_[k - 1].lower, {"of", "de", "des", "d'"}) &&
            (toks_[k - 2].lex & Lexicon::kMeeting) && !MeetingVerb(toks_[k - 2].lower))
          continue;
        if (verb_target >= 0 && !SessionPart(s, k)) {
          // "X a reçu Y pour un entretien", "hosted X for talks", "met … in
          // talks hosted by Z": the verb's meeting.
          // "pour une première session", "for a new round": a few words may
          // stand between the preposition and the noun.
          bool purpose = false;
          for (uint32_t j = k; j > verb_k + 1 && j + 5 > k && !purpose;) {
            --j;
            if (toks_[j].Is(kPunct) || toks_[j].Is(kCap)) break;
            purpose = In(toks_[j].lower, {"pour", "for", "in"});
          }
          if (purpose) continue;
          // Another meeting named beside the verb's ("la veille des
          // discussions, X avait reçu Y"): the people are the verb's.
          exclude_ = verb_target;
          Mention(s, k, it->second, true);
          exclude_ = -1;
          continue;
        }
        Mention(s, k, it->second, false);
      }
      Delegations(s);
      Expected(s);
    }
    MergeSamePlace();
    // A dispatch's dateline ("LE CAIRE, 14 mars (AFP) –") places held meetings that name no place.
    // A held meeting placed in the country or region around the dateline's
    // city ("talks in Cameroon" under "YAOUNDÉ, Cameroon (AP) —") took place
    // in that city, the most specific place named.
    int dateline = Dateline();
    if (dateline >= 0)
      for (size_t i = 0; i < doc_.meetings.size(); ++i) {
        MeetingFact& m = doc_.meetings[i];
        if (m.status != "held" || (i < aside_.size() && aside_[i] == kAsidePast)) continue;
        if (m.place < 0) {
          m.place = dateline, m.place_sentence = 0;
          continue;
        }
        int pa = doc_.entities[static_cast<size_t>(m.place)].place;
        int pd = doc_.entities[static_cast<size_t>(dateline)].place;
        if (pa >= 0 && pd >= 0 && pa != pd && lex_.Encloses(pa, pd)) m.place = dateline, m.place_sentence = 0;
      }
    JoinHeldMentions();
    MergeSameDates();
    Negotiators();
    AnchoredSpeakers();
    SpeakersToTheTable();
    SameParticipants();
    NegotiatorsBodies();
    Companions();
    // Keep meetings that say something: a place, a date or a participant.
    // A meeting told by one bare word ("la rencontre", "met", "round",
    // "recevoir") with neither place nor date is a passing word more often
    // than an event of its own, whoever stands near it: it needs a name of
    // several words ("la réunion des ministres", "Monday's talks") to stand
    // on its participants alone.
    // The article's lead (its first paragraph, up to six sentences) dates
    // the event it reports: "For two days this week, on Monday and Tuesday,
    // the leaders … sat with ministers". A held meeting told in several
    // sentences with at least two people but with no day nor place of its
    // own is that event, when no other held meeting has a date: it takes
    // the lead's first past day or span (one meeting only).
    DateRange lead;
    int lead_dates = 0;
    bool other_dated = false;
    for (const auto& m : doc_.meetings) other_dated |= m.dates.has_start && m.status == "held";
    if (!other_dated && doc_.has_date && !doc_.sentences.empty()) {
      uint32_t para = doc_.sentences[0].paragraph;
      for (uint32_t s = 0; s < doc_.sentences.size() && s < 6 && doc_.sentences[s].paragraph == para; ++s)
        for (const auto& d : FindDates(doc_, doc_.sentences[s].begin, doc_.sentences[s].end))
          if (d.has_start && d.start.days <= doc_.date.days && lead_dates++ == 0) lead = d;
    }
    std::vector<MeetingFact> kept;
    for (auto& m : doc_.meetings) {
      if (lead_dates >= 1 && m.status == "held" && m.place < 0 && !m.dates.has_start && m.participants.size() >= 2) {
        std::vector<uint32_t> told(m.sentences);
        std::sort(told.begin(), told.end());
        told.erase(std::unique(told.begin(), told.end()), told.end());
        if (told.size() >= 2) m.dates = lead, lead_dates = 0;
      }
      bool people = false;
      for (const auto& p : m.participants)
        people |= doc_.entities[static_cast<size_t>(p.first)].type != EntityType::kPlace;
      bool bare = m.name.find(' ') == std::string::npos;
      if (m.place >= 0 || m.dates.has_start || (people && !bare)) kept.push_back(std::move(m));
    }
    doc_.meetings = std::move(kept);
  }

 private:
  // The place of a dateline: an upper-case place name opening the text,
  // followed by a comma ("BRUSSELS, April 8 -"). -1 if none.
  int Dateline() const {
    if (doc_.tokens.empty()) return -1;
    // The dateline opens the first paragraph after an optional headline.
    for (uint32_t s = 0; s < doc_.sentences.size() && s < 3; ++s) {
      uint32_t b = doc_.sentences[s].begin;
      int m = doc_.MentionAt(b);
      if (m < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.type != EntityType::kPlace || mm.entity < 0) continue;
      // "BRUSSELS, April 8 -", "WASHINGTON — Canada's …" (no agency).
      if (toks_[b].Is(kAllCaps) && mm.end < toks_.size() && In(toks_[mm.end].lower, {",", "—", "–"}))
        return mm.entity;
      // "Brussels (dpa) - …", "Genève (AFP) – …": an agency in parentheses
      // and a dash mark a dateline whatever the name's case.
      if (mm.end + 3 < toks_.size() && toks_[mm.end].lower == "("sv && toks_[mm.end + 2].lower == ")"sv &&
          In(toks_[mm.end + 3].lower, {"-", "–", "—"}))
        return mm.entity;
    }
    return -1;
  }

  // Meeting nouns that name something else here: a press conference ("a
  // news conference", "une conférence de presse"), an interview given to the
  // media ("dans un entretien au Figaro", "in an interview with the BBC"),
  // and verbs that state no meeting ("received a report", "meet the
  // demands").
  bool NotAMeeting(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    const std::string& l = toks_[k].lower;
    std::string_view prev = k > sent.begin ? std::string_view(toks_[k - 1].lower) : std::string_view();
    std::string_view next = k + 1 < sent.end ? std::string_view(toks_[k + 1].lower) : std::string_view();
    std::string_view next2 = k + 2 < sent.end ? std::string_view(toks_[k + 2].lower) : std::string_view();
    if (In(l, {"conference", "conférence", "conferences", "conférences"}) &&
        (In(prev, {"press", "news"}) || ((next == "de"sv || next == "d'"sv) && In(next2, {"presse", "press"}))))
      return true;
    // "devant la salle plénière", "the plenary hall", "la salle de
    // conférence", "le palais des congrès": a room or a hall, not a meeting.
    // ("Eleven hours in a meeting room" tells the meeting itself.)
    if (In(prev, {"salle", "salles"}) || In(next, {"hall", "halls"}) ||
        (In(prev, {"de", "des"}) && k > sent.begin + 1 && In(toks_[k - 2].lower, {"salle", "salles", "centre", "palais"})))
      return true;
    // "la consultation conjointe", "une consultation bilatérale" meet;
    // "une large consultation des provinces", "la consultation publique"
    // consult without meeting.
    if (l == "consultation"sv &&
        !In(next, {"conjointe", "bilatérale", "trilatérale", "tripartite", "informelle", "intergouvernementale"}))
      return true;
    // "told reporters on a conference call", "une conférence téléphonique":
    // a telephone call, not a meeting.
    if (In(l, {"conference", "conferences"}) && In(next, {"call", "calls"})) return true;
    // "Autour de la table, X faisait face à Y", "at the negotiating table",
    // "à la table des négociations": the meeting under way; any other table
    // ("on the table", "sur la table") is none.
    if (l == "table"sv) {
      std::string_view prev2 = k > sent.begin + 1 ? std::string_view(toks_[k - 2].lower) : std::string_view();
      bool seat = (In(prev, {"la", "the", "cette", "this"}) && In(prev2, {"de", "à", "at", "around"})) ||
                  prev == "negotiating"sv;
      return !seat || (prev2 == "de"sv && !(k > sent.begin + 2 && toks_[k - 3].lower == "autour"sv));
    }
    // "s'est entretenu par téléphone avec X", "un entretien téléphonique",
    // "held phone talks with Y": a telephone call, not a meeting (a video
    // conference stays a meeting).
    for (uint32_t j = k > sent.begin + 3 ? k - 3 : sent.begin; j < sent.end && j < k + 4; ++j)
      if (In(toks_[j].lower, {"téléphone", "téléphonique", "téléphoniques", "téléphoné", "phone", "telephone",
                              "phoned", "telephoned"}))
        return true;
    if (In(l, {"conférence", "conférences"}) && In(next, {"téléphonique", "téléphoniques"})) return true;
    // "sources familiar with the talks", "une source proche des
    // discussions": an attribution that refers to talks already named.
    if (k >= sent.begin + 2 && In(prev, {"the", "these", "those", "des", "les", "ces"}) &&
        In(toks_[k - 2].lower, {"with", "proche", "proches", "fait"}) &&
        (toks_[k - 2].lower != "with"sv || (k >= sent.begin + 3 && toks_[k - 3].lower == "familiar"sv)) &&
        (toks_[k - 2].lower != "fait"sv || (k >= sent.begin + 3 && In(toks_[k - 3].lower, {"au"}))))
      return true;
    // "the second round of the presidential election", "a round of voting",
    // "a round of sanctions": no meeting.
    if (In(l, {"round", "rounds", "session", "sessions"}) && In(next, {"of", "de", "d'"})) {
      for (uint32_t j = k + 2; j < sent.end && j < k + 6; ++j)
        if (In(toks_[j].lower, {"election", "elections", "élection", "élections", "vote", "voting", "votes", "scrutin",
                                "primaries", "primary", "primaire", "primaires", "ballot", "balloting", "sanctions",
                                "strikes", "frappes", "tariffs", "layoffs", "cuts", "funding", "financement"}))
          return true;
    }
    if (In(l, {"entretien", "interview", "entretiens", "interviews"})) {
      if (next == "accordé"sv || next == "accordée"sv || next == "given"sv || next == "published"sv || next == "publié"sv)
        return true;
      // "un entretien au Figaro", "an interview with the BBC": a medium right after.
      if (In(next, {"au", "à", "with", "to", "avec", "on"})) {
        uint32_t j = k + 2;
        // "un entretien à Radio Okapi", "an interview with Radio France": the medium's own name.
        if (j < sent.end && In(toks_[j].lower, {"radio", "télévision", "television", "tv", "télé"})) return true;
        if (j < sent.end && In(toks_[j].lower, {"le", "la", "l'", "the", "quotidien", "journal", "newspaper", "daily",
                                                "radio", "chaîne", "hebdomadaire", "magazine", "site"}))
          ++j;
        if (j < sent.end && In(toks_[j].lower, {"quotidien", "journal", "newspaper", "daily", "radio", "chaîne",
                                                "hebdomadaire", "magazine", "site", "télévision", "television"}))
          return true;
        int m = j < sent.end ? doc_.MentionAt(j) : -1;
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kOrganization &&
            In(next, {"au", "à", "to", "on"}))
          return true;
      }
    }
    if (!MeetingVerb(l)) return false;
    if (IntransitiveVerb(l)) {
      // "s'entretenir", "se retrouver": reflexive only ("ont retrouvé la paix" is no meeting).
      if (l.rfind("entret", 0) == 0 || l.rfind("retrouv", 0) == 0 || l == "réunir"sv) {
        bool reflexive = false;
        for (uint32_t j = k; j > sent.begin && j + 4 > k && !reflexive;) reflexive = In(toks_[--j].lower, {"se", "s'"});
        if (!reflexive) return true;
      }
      // "A and B will meet again in Washington", "Les chefs d'État de l'UA,
      // réunis les 14 et 15 février à Addis-Abeba": intransitive, with a
      // named subject, then a time or a place.
      bool subject = false;
      for (uint32_t j = k; j > sent.begin && j + 6 > k && !subject;) {
        --j;
        int m = doc_.MentionCovering(j);
        Gender g;
        subject = (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0) || IsPronoun(toks_[j], &g) ||
                  PeopleNoun(toks_[j].lower) ||
                  In(toks_[j].lower, {"countries", "pays", "sides", "parties", "camps", "members", "membres",
                                      "governments", "gouvernements", "government", "gouvernement", "partis",
                                      "syndicats", "unions", "delegations", "délégations", "they", "ils",
                                      "elles", "we", "nous", "group", "groupe", "committee", "comité", "council",
                                      "conseil", "board", "panel", "commission"});
      }
      // "le comité de pilotage du projet … s'est réuni", "ils se sont
      // entretenus": the reflexive of réunir / entretenir always states a
      // meeting, however far its subject stands.
      if (l.rfind("réuni", 0) == 0 || l.rfind("entreten", 0) == 0)
        for (uint32_t j = k; j > sent.begin && j + 4 > k && !subject;) subject = In(toks_[--j].lower, {"se", "s'"});
      // "Réunis jeudi à Bruxelles, les chefs d'État ont adopté …": a
      // participle opening the sentence, its subject after the comma.
      if (!subject && k == sent.begin && In(l, {"réunis", "réunies", "réuni", "réunie"})) subject = true;
      // "une délégation de Yaoundé et des représentants de mouvements
      // séparatistes se sont retrouvés": a reflexive verb's subject may
      // stand further back, behind its complements (up to twelve words).
      bool reflexive = false;
      for (uint32_t j = k; j > sent.begin && j + 4 > k && !reflexive;) reflexive = In(toks_[--j].lower, {"se", "s'"});
      for (uint32_t j = k; reflexive && j > sent.begin && j + 12 > k && !subject;) {
        --j;
        if (In(toks_[j].lower, {".", ";", ":"}) || toks_[j].Is(kQuoteClose)) break;
        int m = doc_.MentionCovering(j);
        subject = (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0) || PeopleNoun(toks_[j].lower);
      }
      // "Carney will meet the provincial premiers in Halifax": transitive.
      if (subject && (l == "meet"sv || l == "meets"sv) && VerbObject(s, k) >= 0) return false;
      // "se sont retrouvés, du 26 au 28 octobre, dans un hôtel": a date
      // right after a comma tells the meeting's days.
      bool dated_after_comma = false;
      if (subject && next == ","sv && k + 2 < sent.end) {
        std::vector<DateRange> d = FindDates(doc_, k + 2, std::min(sent.end, k + 8));
        dated_after_comma = !d.empty() && d.front().begin <= k + 3;
      }
      return !subject || !(In(next, {"again", "in", "at", "on", "next", "later", "this", "with", "à", "au", "en", "les",
                                     "avec", "par", "longuement", "ce", "cette", "hier", "demain",
                                     "le", "du", "depuis", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                     "dimanche", "jusqu'à"}) ||
                           (k + 1 < sent.end && (toks_[k + 1].lex & Lexicon::kWeekday)) || dated_after_comma);
    }
    if (!ReceptionVerb(l)) return false;
    int obj = VerbObject(s, k);
    if (obj < 0) return true;
    // An infinitive ("to host COP33", "accueillir le sommet") names a meeting
    // only with people as its object.
    if (In(l, {"host", "receive", "recevoir", "accueillir", "rencontrer"})) {
      int m = doc_.MentionAt(static_cast<uint32_t>(obj));
      return !(PeopleNoun(toks_[static_cast<uint32_t>(obj)].lower) ||
               (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson));
    }
    return false;
  }

  // The token of the verb of invitation or participation that ends the
  // relative clause opening at `from` in sentence s ("à laquelle l'UA et
  // l'IGAD ont été invitées à participer", "to which Japan and India were
  // invited"), or 0 when the clause has none before a semicolon or the
  // sentence's end (bounded to 25 words).
  uint32_t InvitedAfter(uint32_t s, uint32_t from) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t x = from; x < sent.end && x < from + 25; ++x) {
      if (In(toks_[x].lower, {";", "."})) return 0;
      if (In(toks_[x].lower, {"invité", "invitée", "invités", "invitées", "convié", "conviée", "conviés", "conviées",
                              "participer", "participé", "participeront", "participera", "assister", "assisté",
                              "invited", "attend", "attended", "participate", "participated"}))
        return x;
    }
    return 0;
  }

  // The first token of the named or described participant after a
  // reception verb ("reçu lundi à Bercy les dirigeants de X", "hosted the
  // two leaders", "received by X"), or -1 when the object is no participant.
  int VerbObject(uint32_t s, uint32_t k, bool* located = nullptr) const {
    const Sentence& sent = doc_.sentences[s];
    bool role = false;  // a title read: "le Premier ministre soudanais, Kamil Idris" may follow with a comma
    bool site = false;  // inside a site's name: "au palais Huis ten Bosch"
    for (uint32_t j = k + 1; j < sent.end && j < k + 14; ++j) {
      const Token& t = toks_[j];
      int m = doc_.MentionAt(j);
      bool after_prep = j > k + 1 && In(toks_[j - 1].lower, {"à", "au", "in", "at", "en", "dans"});
      if (m >= 0) {
        const auto& mm = doc_.mentions[static_cast<size_t>(m)];
        if (site && mm.type != EntityType::kPerson) {  // "au palais Huis ten Bosch": the site's name
          j = mm.end - 1;
          continue;
        }
        if (after_prep) {  // "à Bercy", "in Cairo", "at Olympic House": a place, go on
          if (located) *located = true;
          j = mm.end - 1;
          continue;
        }
        if (mm.entity >= 0) return static_cast<int>(j);
        return -1;
      }
      if (after_prep && t.Is(kCap)) {  // a site the gazetteer does not know
        if (located) *located = true;
        continue;
      }
      // "au palais Huis ten Bosch", "at the Élysée palace": a named site
      // after a preposition, its cue word, particles and capitalised words.
      if ((after_prep && InLexicon(lex_.site_cues, t, Lexicon::kSite)) ||
          (site && (t.Is(kCap) || (In(t.lower, {"ten", "van", "der", "den", "de", "du", "des", "la", "le", "di", "da"}) &&
                                   j + 1 < sent.end && toks_[j + 1].Is(kCap))))) {
        site = true;
        if (located) *located = true;
        continue;
      }
      site = false;
      // Two capitalised words: a name the earlier stages did not know.
      if (t.Is(kCap) && t.Is(kWord) && j + 1 < sent.end && toks_[j + 1].Is(kCap) && toks_[j + 1].Is(kWord) &&
          !toks_[j].Is(kAllCaps))
        return static_cast<int>(j);
      if (PeopleNoun(t.lower)) return static_cast<int>(j);
      if (In(t.lower, {"à", "au", "in", "at", "par", "by"}) || SkipBeforeObject(t)) continue;
      // Adverbs: "recevra en effet jeudi", "avaient déjà reçu à deux
      // reprises", "received twice", "a longuement reçu".
      if (In(t.lower, {"déjà", "already", "effet", "reprises", "twice", "once", "finalement", "finally",
                       "longuement", "brièvement", "briefly", "personnellement", "personally", "notamment"}) ||
          (t.lower == "en"sv && j + 1 < sent.end && toks_[j + 1].lower == "effet"sv))
        continue;
      // "le chancelier allemand Friedrich Merz": a title before the name.
      if (uint32_t len = RoleAt(doc_, j, sent.end)) {
        j += len - 1;
        role = true;
        continue;
      }
      if (InLexicon(lex_.demonyms, t, Lexicon::kDemonym)) continue;
      if (role && t.lower == ","sv) continue;
      // "the provincial premiers": an adjective before the noun.
      if (t.Is(kWord) && !t.Is(kCap) && j + 1 < sent.end && PeopleNoun(toks_[j + 1].lower)) continue;
      return -1;
    }
    return -1;
  }

  // The subject pronoun of a meeting verb ("Il y a rencontré X", "She met X
  // there"), resolved to an entity, or -1.
  int PronounSubject(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = k; j > sent.begin && j + 6 > k;) {
      --j;
      const std::string& l = toks_[j].lower;
      Gender g;
      if (IsPronoun(toks_[j], &g) && !In(l, {"y", "en", "se", "s'", "lui", "leur", "them", "him", "her"}))
        return ResolveReference(doc_, j);
      if (!In(l, {"y", "a", "avait", "ont", "avaient", "l'", "les", "has", "had", "also", "then", "later", "aussi",
                  "ensuite", "puis", "alors", "notamment", "doit", "doivent", "devrait", "devraient", "va", "vont",
                  "s'", "se", "will", "would", "to", "must", "is", "was", "expected", "due", "est", "sont"}))
        return -1;
    }
    return -1;
  }

  // The place a meeting verb refers back to with "y" or "there" ("Il s'est
  // rendu à Bourail. Il y a rencontré X"): the place after à/en/in/to in
  // the previous sentence, or -1.
  int PlaceReferredBack(uint32_t s, uint32_t k, uint32_t* place_sentence) const {
    const Sentence& sent = doc_.sentences[s];
    bool back = false;
    for (uint32_t j = k; j > sent.begin && j + 4 > k && !back;) back = toks_[--j].lower == "y"sv;
    for (uint32_t j = k + 1; j < sent.end && j < k + 12 && !back; ++j) back = toks_[j].lower == "there"sv;
    if (!back || s == 0) return -1;
    const Sentence& prev = doc_.sentences[s - 1];
    int found = -1;
    for (uint32_t j = prev.begin + 1; j < prev.end; ++j) {
      int m = doc_.MentionAt(j);
      if (m < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.type == EntityType::kPlace && mm.entity >= 0 &&
          In(toks_[j - 1].lower, {"à", "au", "en", "in", "to", "at", "dans"})) {
        found = mm.entity;
        *place_sentence = s - 1;
      }
      j = mm.end - 1;
    }
    return found;
  }

  // True when the mention starting at token p (its determiner included) is
  // the complement of a noun for people, possibly through an enumeration:
  // "les conseillers à la sécurité nationale de l'Allemagne, de la France et
  // du Royaume-Uni", "the negotiators of Hamas", "her counterparts from
  // Iceland, the Faroe Islands and Britain".
  bool PossessorOfPeople(uint32_t s, uint32_t p) const {
    const Sentence& sent = doc_.sentences[s];
    // "Negotiators for the Department of Health": "for" right after the noun.
    if (p >= sent.begin + 2 && toks_[p - 1].lower == "for"sv && PeopleNoun(toks_[p - 2].lower)) return true;
    // A later item of an enumeration ("ministers from Kenya and Ethiopia"): as the item before it.
    if (p > sent.begin + 1 && In(toks_[p - 1].lower, {",", "and", "et"})) {
      uint32_t q = p - 1;
      if (q > sent.begin && toks_[q].lower != ","sv && toks_[q - 1].lower == ","sv) --q;  // ", and"
      int m = q > sent.begin ? doc_.MentionCovering(q - 1) : -1;
      if (m < 0 || doc_.mentions[static_cast<size_t>(m)].end != q ||
          doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson)
        return false;
      uint32_t b = doc_.mentions[static_cast<size_t>(m)].begin;
      if (b > sent.begin && In(toks_[b - 1].lower, {"the", "la", "le", "l'", "les"})) --b;
      return b < p && PossessorOfPeople(s, b);
    }
    if (p <= sent.begin || !In(toks_[p - 1].lower, {"de", "du", "des", "d'", "of", "from"})) return false;
    for (uint32_t j = p - 1; j > sent.begin && j + 14 > p;) {
      --j;
      const Token& t = toks_[j];
      if (PeopleNoun(t.lower)) {
        // "selon le représentant de l'UE": a source, not a party.
        for (uint32_t x = j; x > sent.begin && x + 4 > j;)
          if (In(toks_[--x].lower, {"selon", "according", "d'après", "par", "by"})) return false;
        return true;
      }
      int m = doc_.MentionCovering(j);
      if (m >= 0) {
        const auto& mm = doc_.mentions[static_cast<size_t>(m)];
        if (mm.type == EntityType::kPerson) return false;
        j = mm.begin;
        continue;
      }
      if (t.Is(kPunct) && !In(t.lower, {",", "(", ")"})) return false;
      if ((t.lex & Lexicon::kMeeting) || t.Is(kQuoteOpen) || t.Is(kQuoteClose)) return false;
      // "reçu les délégations lundi au palais de la Cidade Alta": a place
      // phrase between, the name belongs to the place.
      if (In(t.lower, {"au", "aux", "in", "at", "dans"}) || InLexicon(lex_.site_cues, t, Lexicon::kSite)) return false;
      if (InLexicon(lex_.reporting_verbs, t, Lexicon::kVerb)) return false;
    }
    return false;
  }

  // Countries of the demonyms that qualify people or a meeting in sentence s
  // ("Qatari and Egyptian mediators", "Ukrainian and Russian delegations",
  // "les médiateurs qatariens et égyptiens"), as entities named in the
  // article; none for a demonym alone before a name ("the Russian envoy X").
  std::vector<int> DemonymParties(uint32_t s, uint32_t at) const {
    const Sentence& sent = doc_.sentences[s];
    std::vector<int> out;
    // People near the meeting noun only (and a bounded cost on long sentences).
    uint32_t lo = at > sent.begin + 25 ? at - 25 : sent.begin, hi = std::min(sent.end, at + 25);
    for (uint32_t k = lo; k < hi; ++k) {
      // "le gouvernement colombien", "the Colombian government": a
      // government stands for its country like its people do.
      if (!(PeopleNoun(toks_[k].lower) || GovernmentNoun(toks_[k].lower)) || toks_[k].Is(kInQuote)) continue;
      // English: demonyms before the noun; French: after it.
      std::vector<std::string> codes;
      for (uint32_t j = k; j > sent.begin && j + 5 > k;) {
        --j;
        auto d = FindInLexicon(lex_.demonyms, toks_[j], Lexicon::kDemonym);
        if (d != lex_.demonyms.end()) codes.push_back(d->second);
        else if (!In(toks_[j].lower, {"and", ",", "et"})) break;
      }
      uint32_t after = k + 1;
      for (; after < sent.end && after < k + 5; ++after) {
        auto d = FindInLexicon(lex_.demonyms, toks_[after], Lexicon::kDemonym);
        if (d != lex_.demonyms.end()) codes.push_back(d->second);
        else if (!In(toks_[after].lower, {"and", ",", "et"})) break;
      }
      // "Israeli negotiator Yossi Amitai", "son homologue norvégien, X": a
      // title, the person takes part himself.
      if (k + 1 < sent.end && doc_.MentionAt(k + 1) >= 0) continue;
      if (after < sent.end && doc_.MentionAt(after) >= 0 &&
          doc_.mentions[static_cast<size_t>(doc_.MentionAt(after))].type == EntityType::kPerson)
        continue;
      for (const auto& c : codes) {
        int e = CountryEntityOf(doc_, c);
        if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      }
    }
    return out;
  }

  // "Côté américain, X et Y sont attendus", "X y est attendu", "X is
  // expected there": the people before the participle take part in the
  // latest planned meeting told in this or the three sentences before.
  void Expected(uint32_t s) {
    // (A sentence without a word of cues::kAttendance is not read, nor one
    // told without a planned meeting before it.)
    if (!(doc_.sentences[s].lex & Lexicon::kParticipationCue)) return;
    int target = -1;
    for (size_t i = doc_.meetings.size(); i-- > 0 && target < 0;) {
      const MeetingFact& c = doc_.meetings[i];
      if (c.status == "planned" && !c.sentences.empty() && c.sentences.back() + 3 >= s) target = static_cast<int>(i);
    }
    if (target < 0) return;
    const Sentence& sent = doc_.sentences[s];
    uint32_t at = sent.end;
    for (uint32_t k = sent.begin + 1; k < sent.end && at == sent.end; ++k)
      if (In(toks_[k].lower, {"attendu", "attendue", "attendus", "attendues", "expected"}) &&
          In(toks_[k - 1].lower, {"est", "sont", "is", "are", "sera", "seront"}) && !toks_[k].Is(kInQuote)) {
        // "expected to/that …" is a forecast, not an attendance.
        std::string_view next = k + 1 < sent.end ? std::string_view(toks_[k + 1].lower) : std::string_view();
        if (!In(next, {"to", "that", "que", "qu'", "de", "d'"})) at = k;
      }
    if (at == sent.end) return;
    MeetingFact& m = doc_.meetings[static_cast<size_t>(target)];
    // "X is expected in the region at the end of the month", "attendu à
    // Washington": a trip, unless it is to the meeting's own place.
    if (at + 1 < sent.end && In(toks_[at + 1].lower, {"in", "at", "à", "au", "en", "dans"})) {
      uint32_t x = at + 2;
      while (x < sent.end && In(toks_[x].lower, {"the", "la", "le", "l'", "les"})) ++x;
      int pm = x < sent.end ? doc_.MentionAt(x) : -1;
      int pe = pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPlace
                   ? doc_.mentions[static_cast<size_t>(pm)].entity
                   : -1;
      if (pe < 0 || m.place < 0 || !SamePlace(pe, m.place)) return;
    }
    for (uint32_t j = sent.begin; j < at; ++j) {
      int mi = doc_.MentionAt(j);
      if (mi < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(mi)];
      j = mm.end - 1;
      if (mm.entity < 0 || mm.type != EntityType::kPerson || toks_[mm.begin].Is(kInQuote)) continue;
      if (mm.begin > sent.begin && In(toks_[mm.begin - 1].lower, {"à", "to", "de", "of", "selon", "according", "par"}))
        continue;
      AddParticipant(m, mm.entity, s);
    }
  }

  // The plural people noun opening sentence s after determiners and
  // numbers ("Les trois ministres", "The delegations"), before token k; k
  // when the sentence opens otherwise.
  uint32_t OpeningGroupNoun(uint32_t s, uint32_t k) const {
    uint32_t j = doc_.sentences[s].begin;
    while (j < k && In(toks_[j].lower, {"les", "the", "ces", "these", "deux", "trois", "quatre", "two", "three", "four",
                                        "all", "tous"}))
      ++j;
    bool group = j > doc_.sentences[s].begin && j < k && PeopleNoun(toks_[j].lower) &&
                 (toks_[j].lower.back() == 's' || toks_[j].lower.back() == 'x');
    return group ? j : k;
  }

  // The first token of a coordinated clause after token k in sentence s
  // (", et …", ", and …", ", mais …", ", but …", "; …"), or the sentence's
  // end.
  uint32_t CoordinatedClauseAfter(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = k + 1; j + 1 < sent.end; ++j) {
      if (toks_[j].Is(kInQuote) != toks_[k].Is(kInQuote)) continue;
      if (toks_[j].lower == ";"sv) return j;
      if (toks_[j].lower == ","sv && In(toks_[j + 1].lower, {"et", "and", "mais", "but", "while", "tandis", "alors"}))
        return j;
    }
    return sent.end;
  }

  // True when a verb of gathering stands after the meeting noun at k and
  // before token p with only its place and dates between ("qui a réuni à
  // Port Moresby, du 9 au 11 mars, le gouvernement …", "which brought
  // together in Geneva on Monday and Tuesday the delegations of …"):
  // commas, prepositions, numbers, months and weekdays, places.
  bool GatheredAfterInsertion(uint32_t k, uint32_t p) const {
    for (uint32_t x = p; x > k + 1 && x + 16 > p;) {
      --x;
      const Token& t = toks_[x];
      if (GatheringVerb(t.lower) || (t.lower == "together"sv && x > k + 1 &&
                                     In(toks_[x - 1].lower, {"brings", "brought", "bringing", "bring"})))
        return x + 1 < p;
      if (t.Is(kNumber) || (t.lex & (Lexicon::kMonth | Lexicon::kWeekday)) ||
          In(t.lower, {",", "à", "au", "aux", "en", "in", "at", "on", "du", "de", "le", "les", "the", "from", "to",
                       "et", "and", "through"}))
        continue;
      int m = doc_.MentionCovering(x);
      if (m < 0 || doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPlace) return false;
      x = doc_.mentions[static_cast<size_t>(m)].begin;
    }
    return false;
  }

  // True when a verb of opening, closing or chairing governs the sitting
  // noun at k ("has opened proceedings", "a ouvert les travaux", "chaired
  // the afternoon session"), a person named before the verb.
  bool ChairedSitting(const Sentence& sent, uint32_t k) const {
    for (uint32_t j = k; j > sent.begin && j + 4 > k;) {
      --j;
      if (!In(toks_[j].lower, {"opened", "opens", "closed", "closes", "chaired", "chairs", "adjourned", "adjourns",
                               "open", "close", "chair", "ouvert", "ouvre", "ouvrira", "clos", "clôt", "clôturé",
                               "clôture", "clôturera", "présidé", "préside", "présidera", "ouvrir", "clôturer",
                               "présider"}))
        continue;
      for (uint32_t x = j; x-- > sent.begin;) {
        int m = doc_.MentionCovering(x);
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson) return true;
      }
      return false;
    }
    return false;
  }

  // True when "led by"/"conduite par" follows the noun at k within a few words.
  bool MissionLedBy(const Sentence& sent, uint32_t k) const {
    for (uint32_t j = k + 1; j + 1 < sent.end && j < k + 6; ++j)
      if (In(toks_[j].lower, {"led", "headed", "chaired", "conduite", "conduites", "conduit", "conduits", "dirigée",
                              "dirigées", "dirigé", "dirigés", "menée", "menées", "mené", "menés", "emmenée",
                              "présidée", "présidées", "présidé", "présidés"}) &&
          In(toks_[j + 1].lower, {"by", "par"}))
        return true;
    return false;
  }

  // The subjects opening sentence s: "X" or "X and Y" (named, not people
  // governed by a preposition), as entities; empty otherwise.
  std::vector<int> ClauseSubjects(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    uint32_t j = doc_.sentences[s].begin;
    while (j < sent.end && In(toks_[j].lower, {"the", "la", "le", "les", "l'"})) ++j;
    int a = j < sent.end ? doc_.MentionAt(j) : -1;
    if (a < 0 || doc_.mentions[static_cast<size_t>(a)].entity < 0) return {};
    std::vector<int> out{doc_.mentions[static_cast<size_t>(a)].entity};
    uint32_t y = doc_.mentions[static_cast<size_t>(a)].end;
    if (y < sent.end && toks_[y].lower == "("sv) y += 3;
    if (y + 1 < sent.end && In(toks_[y].lower, {"and", "et"})) {
      uint32_t z = y + 1;
      while (z < sent.end && In(toks_[z].lower, {"the", "la", "le", "les", "l'"})) ++z;
      int b = z < sent.end ? doc_.MentionAt(z) : -1;
      if (b >= 0 && doc_.mentions[static_cast<size_t>(b)].entity >= 0) out.push_back(doc_.mentions[static_cast<size_t>(b)].entity);
    }
    return out;
  }

  // Where the name of `entity` at token p (its determiner included) stands
  // for the rules of parties: at the numbered group whose appositive list it
  // belongs to ("a réuni les trois organisations - la CGT, FO et l'UNSA -",
  // "between the two neighbours (Ghana and Togo)": at "les trois …", "the
  // two …", its determiner included); else at p.
  uint32_t GroupPosition(const Sentence& sent, uint32_t p, int entity) const {
    if (p <= sent.begin + 2 || !In(toks_[p - 1].lower, {"(", "-", "–", "—", ":", ",", "et", "and"})) return p;
    for (uint32_t x = p > sent.begin + 12 ? p - 12 : sent.begin; x + 2 < p; ++x) {
      uint32_t len = 0;
      std::vector<int> group = ResolveGroupReference(doc_, x, &len);
      if (group.empty() || x + len <= p || std::find(group.begin(), group.end(), entity) == group.end()) continue;
      while (x > sent.begin && In(toks_[x - 1].lower, {"la", "le", "l'", "les", "the", "des", "ces", "these"})) --x;
      return x;
    }
    return p;
  }

  // The named subjects listed at the start of sentence s ("L'Égypte,
  // l'Éthiopie et le Soudan", "Egypt, Ethiopia and Sudan"), as entities, and
  // *end, the token after the list; empty when the sentence opens otherwise.
  std::vector<int> SubjectList(uint32_t s, uint32_t* end) const {
    return SubjectListAt(s, doc_.sentences[s].begin, end);
  }
  // SubjectList, or when the sentence opens on no name, the list opening the
  // clause after a short adjunct and its comma ("Before that, the Arab League
  // is to hold …", "Mercredi, la Cédéao a tenu …"); a mission or delegation
  // stands for its body ("La mission du FMI a achevé …", "the delegation of
  // Chad held …").
  std::vector<int> ClauseSubjectList(uint32_t s, uint32_t* end) const {
    const Sentence& sent = doc_.sentences[s];
    std::vector<int> out = SubjectList(s, end);
    if (!out.empty()) return out;
    for (uint32_t x = sent.begin; x < sent.end && x < sent.begin + 6; ++x) {
      if (doc_.MentionAt(x) >= 0) break;
      if (toks_[x].lower == ","sv) return SubjectListAt(s, x + 1, end);
    }
    return {};
  }
  std::vector<int> SubjectListAt(uint32_t s, uint32_t j, uint32_t* end) const {
    const Sentence& sent = doc_.sentences[s];
    std::vector<int> out;
    // "la mission du", "the delegation of the": the body is the subject.
    {
      uint32_t x = j;
      while (x < sent.end && In(toks_[x].lower, {"the", "la", "le", "les", "l'"})) ++x;
      if (x + 1 < sent.end && In(toks_[x].lower, {"mission", "délégation", "delegation", "team", "équipe"}) &&
          In(toks_[x + 1].lower, {"du", "de", "des", "d'", "of", "from"}))
        j = x + 2;
    }
    for (;;) {
      while (j < sent.end && In(toks_[j].lower, {"the", "la", "le", "les", "l'"})) ++j;
      int a = j < sent.end ? doc_.MentionAt(j) : -1;
      if (a < 0 || doc_.mentions[static_cast<size_t>(a)].entity < 0) return {};  // a list ending on no name
      out.push_back(doc_.mentions[static_cast<size_t>(a)].entity);
      j = doc_.mentions[static_cast<size_t>(a)].end;
      *end = j;
      if (j + 1 < sent.end && In(toks_[j].lower, {",", "and", "et"})) {
        // ", and" (serial comma) and "et" close the list with its last member.
        ++j;
        if (j + 1 < sent.end && toks_[j - 1].lower == ","sv && In(toks_[j].lower, {"and", "et"})) ++j;
        continue;
      }
      return out;
    }
  }

  // True when tokens [b, e) are lower-case words only ("bilateral", "direct").
  bool AdjectivesBetween(uint32_t b, uint32_t e) const {
    for (uint32_t x = b; x < e; ++x)
      if (!toks_[x].Is(kWord) || toks_[x].Is(kCap) || Definite(toks_[x].lower) || Indefinite(toks_[x].lower))
        return false;
    return true;
  }

  // "L'Égypte et l'Éthiopie ont repris leurs discussions", "Egypt and
  // Ethiopia resumed their talks", "Serbia and Kosovo held talks": the
  // subjects listed at the start of the sentence hold the meeting named at k
  // when the noun follows their verb in the same clause, after a plural
  // possessive (leurs, their) or a verb of holding (tenir, reprendre, hold,
  // resume…). Empty otherwise.
  //
  // A single subject holds the meeting through a verb ("Iran held talks
  // with …"), and the host of a meeting takes part in it ("Norway hosted
  // the three-day meeting in Bergen", "Le Qatar accueille depuis lundi les
  // pourparlers", "Brazil chaired the session").
  std::vector<int> HoldingSubjects(uint32_t s, uint32_t k) const {
    uint32_t end = 0;
    std::vector<int> subjects = ClauseSubjectList(s, &end);
    if (subjects.empty() || end >= k || k - end > 14) return {};
    bool holds = false, by_verb = false, hosts = false;
    for (uint32_t j = end; j < k; ++j) {
      const std::string& l = toks_[j].lower;
      // One clause: no punctuation, relative pronoun or second subject between.
      if (l == ","sv || l == ";"sv || l == ":"sv || l == "."sv || In(l, {"qui", "que", "who", "which", "that"})) return {};
      bool possessive = In(l, {"leurs", "their"});
      bool host = In(l, {"hosted", "hosts", "hosting", "accueilli", "accueille", "accueillent", "accueillait",
                         "accueillera", "organisé", "organise", "organisera", "organised", "organized", "organises",
                         "organizes", "convened", "convenes", "convoqué", "chaired", "chairs", "présidé", "préside",
                         "présidera"});
      bool verb = host || In(l, {"repris", "reprennent", "reprendront", "tenu", "tiennent", "tiendront", "entamé",
                                 "entament", "entameront", "engagé", "poursuivi", "poursuivent", "poursuivront",
                                 "achevé", "conclu", "held", "hold", "holding", "resumed", "resume", "resuming",
                                 "began", "begin", "opened", "concluded", "continued", "wrapped"});
      holds |= possessive || verb;
      by_verb |= verb;
      hosts |= host;
    }
    if (!holds || (subjects.size() < 2 && !by_verb)) return {};
    // A lone place takes part only as a country: a city that hosts is the venue.
    if (subjects.size() == 1) {
      const Entity& e = doc_.entities[static_cast<size_t>(subjects[0])];
      if (e.type == EntityType::kPlace &&
          (e.place < 0 || lex_.places[static_cast<size_t>(e.place)].kind != "country"sv))
        return {};
    }
    // The noun must be the object: a determiner or possessive right before it
    // (an adjective or "round of", "cycle de" may come between); after a
    // host, a definite article too ("hosted the summit").
    bool object = false;
    for (uint32_t j = k; j-- > end && j + 5 > k && !object;)
      object = In(toks_[j].lower, {"leurs", "their", "des", "de", "d'", "les", "une", "un", "a", "an", "new", "fresh"}) ||
               (hosts && In(toks_[j].lower, {"the", "le", "la", "l'", "this", "ce", "cette"})) ||
               (In(toks_[j].lower, {"held", "hold", "holding", "resumed", "resume", "began", "opened"}) &&
                AdjectivesBetween(j + 1, k));  // "held bilateral talks"
    return object ? subjects : std::vector<int>{};
  }

  // A person who leads or belongs to a delegation ("la délégation est
  // conduite par X", "X, who led the Ukrainian delegation") takes part in the
  // latest meeting.
  void Delegations(uint32_t s) {
    if (doc_.meetings.empty()) return;
    const Sentence& sent = doc_.sentences[s];
    bool delegation = false;
    uint32_t del_at = sent.end;  // the delegation word
    // The words each form below opens with (its first test of token k):
    // a word in none of them opens no delegation. A word added to a form's
    // first list must be added to cues::kDelegationOpeners (a pronoun that
    // opens one only as the sentence's first word, to kDelegationPronouns). A
    // sentence with none of those words or of cues::kParticipationVerbs is
    // not scanned.
    static const WordList kOpeners(cues::kDelegationOpeners);
    static const WordList kPronouns(cues::kDelegationPronouns);
    const bool opens_on_pronoun = sent.begin < sent.end && kPronouns.Has(toks_[sent.begin].lower);
    const bool cued = (sent.lex & Lexicon::kParticipationCue) != 0;
    for (uint32_t k = sent.begin; (cued || opens_on_pronoun) && k < sent.end && !delegation; ++k) {
      if (!kOpeners.Has(toks_[k].lower) && !(k == sent.begin && opens_on_pronoun)) continue;
      delegation = (In(toks_[k].lower, {"délégation", "délégations", "delegation", "delegations", "délégué", "déléguée",
                                        "delegate"}) ||
                    // "The IMF mission, led by X", "la mission du FMI, conduite par X".
                    (In(toks_[k].lower, {"mission", "team", "équipe"}) && MissionLedBy(sent, k)) ||
                    // "Mexico's side was headed by X", "la partie libanaise était conduite par Y".
                    (In(toks_[k].lower, {"side", "camp", "partie"}) && MissionLedBy(sent, k)) ||
                    // "La médiation était conduite par X", "Les travaux étaient présidés par Y", "The
                    // proceedings were chaired by Z", and a pronoun for the meeting just told ("Elle était
                    // présidée par X"): who leads or chairs the meeting takes part in it.
                    (In(toks_[k].lower, {"médiation", "mediation", "travaux", "proceedings"}) && MissionLedBy(sent, k)) ||
                    // "X has opened proceedings", "Y a ouvert les travaux", "Z chaired the session": who opens,
                    // closes or chairs the sitting takes part in the meeting.
                    (In(toks_[k].lower, {"travaux", "proceedings", "session", "séance", "hearing", "sitting", "débats",
                                         "debate"}) &&
                     ChairedSitting(sent, k)) ||
                    (k == sent.begin && In(toks_[k].lower, {"elle", "it"}) && s > 0 && !doc_.meetings.empty() &&
                     !doc_.meetings.back().sentences.empty() && doc_.meetings.back().sentences.back() + 1 >= s &&
                     MissionLedBy(sent, k)) ||
                    // "X is expected to head the team", "X doit diriger l'équipe".
                    // "X led the Philippine side", "X menait l'équipe syndicale".
                    (In(toks_[k].lower, {"team", "équipe", "side", "camp"}) && k >= sent.begin + 2 &&
                     (In(toks_[k - 2].lower, {"head", "lead", "heads", "leads", "heading", "leading", "diriger",
                                              "conduire", "dirigera", "conduira", "led", "headed", "dirigeait",
                                              "conduisait", "menait"}) ||
                      (k >= sent.begin + 3 && In(toks_[k - 3].lower, {"head", "lead", "diriger", "conduire", "led", "headed",
                                                                       "dirigeait", "conduisait", "menait"})))) ||
                    // "Khartoum avait dépêché son ministre de l'Irrigation, X", "Cambodia sent its deputy prime
                    // minister, X": the envoy joins the meeting like a delegation.
                    (In(toks_[k].lower, {"dépêché", "envoyé", "sent", "dispatched"}) && k + 1 < sent.end &&
                     In(toks_[k + 1].lower, {"son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"})) ||
                    // "La délégation de l'armée était conduite par X. Celle des FSR était emmenée par Y":
                    // the pronoun stands for the delegation of the sentence before.
                    (k == sent.begin && In(toks_[k].lower, {"celle", "celles"}) && k + 1 < sent.end &&
                     In(toks_[k + 1].lower, {"de", "des", "du", "d'"}) && s > 0 && delegation_sentence_ + 1 == s)) &&
                   !toks_[k].Is(kInQuote) &&
                   !(k > sent.begin && In(toks_[k - 1].lower, {"ministre", "minister", "administrateur", "directeur",
                                                               "directrice", "secrétaire"}));
      if (delegation) del_at = k;
    }
    // "Officials from the DEA and CBP also took part", "Observers from the
    // EU and the World Bank attended the opening session", "des
    // représentants du département d'État ont participé à cette séance":
    // a verb of participation; the bodies and countries named before it
    // take part with the people.
    // The verbs of the lists below (a word in none of them is none): a
    // verb added to one must be added to cues::kParticipationVerbs.
    static const WordList kVerbs(cues::kParticipationVerbs);
    uint32_t part_at = sent.end;
    for (uint32_t k = sent.begin; cued && k < sent.end && part_at == sent.end; ++k) {
      const std::string& l = toks_[k].lower;
      // Every verb below starts with a, p, t, r or s: one byte rules out most words.
      if (l.empty() || !(l[0] == 'a' || l[0] == 'p' || l[0] == 't' || l[0] == 'r' || l[0] == 's')) continue;
      if (!kVerbs.Has(l)) continue;
      // The forms of attend / participate / take part and of participer /
      // assister (à) / prendre part, past, present and future.
      bool part = In(l, {"attended", "attends", "attending", "participated", "participates", "participating",
                         "participé", "participaient", "participait", "participent", "participe", "participera",
                         "participeront", "participeraient", "assistait", "assistaient", "assisté", "assistent",
                         "assistera", "assisteront"}) ||
                  (In(l, {"took", "taken", "taking", "take", "takes", "pris", "prennent", "prend", "prendront", "prendra",
                          "prenaient", "prenait"}) &&
                   k + 1 < sent.end && toks_[k + 1].lower == "part"sv) ||
                  // "Kinshasa était représentée par X", "the union was represented by Y".
                  (In(l, {"represented", "représenté", "représentée", "représentés", "représentées"}) &&
                   k + 1 < sent.end && In(toks_[k + 1].lower, {"by", "par"}));
      // "Also present were X and Y", "X was also present", "Étaient également présents X et Y": present
      // after a copula or an adverb of addition.
      if (In(l, {"present", "présent", "présente", "présents", "présentes"}) && k > sent.begin)
        part = In(toks_[k - 1].lower, {"were", "was", "are", "is", "also", "étaient", "était", "sont", "est", "seront",
                                      "sera", "également", "aussi", "étaient"});
      // "X and Y sat at the same table for two days", "assis à la même
      // table", "sat across the table from Z".
      if (In(l, {"sat", "sit", "sits", "sitting", "seated", "assis", "assise", "assises", "siégeaient", "siégeait",
                 "siégé", "siège", "siègent", "siégera", "siégeront"}))
        for (uint32_t j = k + 1; j < sent.end && j < k + 6 && !part; ++j) part = toks_[j].lower == "table"sv;
      // "qui n'a pas participé", "did not attend", "never took part": absent;
      // "has offered to take part", "wants to attend": not yet there.
      for (uint32_t j = k; part && j > sent.begin && j + 4 > k;)
        part = !In(toks_[--j].lower, {"pas", "not", "never", "jamais", "n't", "didn't", "plus", "to"});
      // A delegation word and a verb of participation may share the sentence
      // ("le SSCC et Sant'Egidio ont siégé à la table aux côtés de l'équipe
      // kényane, emmenée par X"): the verb still lists its subjects.
      if (part && !toks_[k].Is(kInQuote)) {
        if (!delegation) del_at = k;
        delegation = true, part_at = k;
      }
    }
    // "En face, X, ministre de l'Intérieur, entouré du préfet, Y", "Face à
    // lui, les quatre syndicats - A, B et C - avaient dépêché …", "Across
    // the table sat X": the other side of the table named after the side
    // told before; its people and the bodies listed as its subject take part.
    bool opposite = false;
    if (!delegation && sent.begin + 3 < sent.end && !toks_[sent.begin].Is(kInQuote)) {
      const std::string& a = toks_[sent.begin].lower;
      const std::string& b = toks_[sent.begin + 1].lower;
      const std::string& c = toks_[sent.begin + 2].lower;
      opposite = (a == "en"sv && b == "face"sv && c == ","sv) ||
                 (a == "face"sv && In(b, {"à", "a"}) && In(c, {"lui", "elle", "eux", "elles"}) &&
                  toks_[sent.begin + 3].lower == ","sv) ||
                 (a == "across"sv && b == "the"sv && c == "table"sv) ||
                 (a == "opposite"sv && In(b, {"them", "him", "her"}));
      if (opposite) delegation = true, del_at = sent.begin;
    }
    if (!delegation) return;
    delegation_sentence_ = s;
    // The meeting of this sentence or of the two before ("Les délégations se
    // retrouveront à Genève. La délégation ukrainienne sera conduite par
    // X"), else the latest one held (a delegation received today is not at
    // next month's round).
    // The tense tells which: "sera conduite par X", "will be led by X" go to
    // a planned meeting, the past to one held.
    bool future = false;
    for (uint32_t k = sent.begin; k < sent.end && !future; ++k) {
      const std::string& l = toks_[k].lower;
      future = In(l, {"will", "sera", "seront", "shall", "doit", "doivent", "devra", "devront", "expected",
                      "devrait", "devraient"}) ||
               (doc_.fr && toks_[k].Is(kWord) && !toks_[k].Is(kCap) && l.size() > 6 &&
                l.compare(l.size() - 4, 4, "ront") == 0);
    }
    int target = -1;
    for (size_t i = doc_.meetings.size(); i-- > 0 && target < 0;) {
      const MeetingFact& c = doc_.meetings[i];
      bool here = std::find(c.sentences.begin(), c.sentences.end(), s) != c.sentences.end();
      bool recent = !c.sentences.empty() && c.sentences.back() + 2 >= s;
      // Delegations attend the main meeting, not an encounter beside it.
      if (here || (recent && (c.status == "planned") == future && !IsAside(static_cast<int>(i))))
        target = static_cast<int>(i);
    }
    for (size_t i = doc_.meetings.size(); i-- > 0 && target < 0 && !future;)
      if (doc_.meetings[i].status == "held" && !IsAside(static_cast<int>(i))) target = static_cast<int>(i);
    // "The Ukrainian delegation will again be led by X": the latest planned
    // meeting, even told further back.
    for (size_t i = doc_.meetings.size(); i-- > 0 && target < 0 && future;)
      if (doc_.meetings[i].status == "planned" && !IsAside(static_cast<int>(i))) target = static_cast<int>(i);
    if (target < 0) return;
    MeetingFact& m = doc_.meetings[static_cast<size_t>(target)];
    if (m.status == "hypothetical") return;
    // "il a participé à la réunion", "She also attended the closing session":
    // a pronoun subject of the verb of participation stands for the person it
    // refers to.
    for (uint32_t j = part_at; part_at < sent.end && j-- > sent.begin && j + 5 > part_at;) {
      Gender g;
      if (IsPronoun(toks_[j], &g) && !toks_[j].Is(kInQuote)) {
        int e = ResolveReference(doc_, j);
        if (e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson) AddParticipant(m, e, s);
        break;
      }
      if (!In(toks_[j].lower, {"a", "avait", "aura", "has", "had", "have", "will", "would", "also", "également", "aussi",
                               "then", "ensuite", "déjà", "already", "y"}))
        break;
    }
    uint32_t listed_end = 0;  // the end of the last subject of the participation verb taken
    uint32_t delegation_end = 0;  // the end of the last body taken as a delegation's ("celles de X")
    for (uint32_t j = sent.begin; j < sent.end; ++j) {
      int mi = doc_.MentionAt(j);
      if (mi < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(mi)];
      j = mm.end - 1;
      if (mm.entity < 0 || toks_[mm.begin].Is(kInQuote)) continue;
      // "la délégation de l'AES", "the Ukrainian delegation of Naftogaz": the
      // body a delegation comes from takes part too.
      if (mm.type != EntityType::kPerson) {
        uint32_t p = mm.begin;
        while (p > sent.begin && In(toks_[p - 1].lower, {"la", "le", "l'", "les", "the"})) --p;
        // "celles de la Renamo, du MDM et de Podemos", "delegations from
        // Kenya and Uganda": the pronoun of a delegation, and the
        // conjuncts of the list after it.
        bool of_delegation =
            p >= sent.begin + 2 && In(toks_[p - 1].lower, {"de", "du", "des", "d'", "of", "from"}) &&
            (In(toks_[p - 2].lower, {"délégation", "délégations", "delegation", "delegations", "celle", "celles"}) ||
             (In(toks_[p - 2].lower, {"et", "and", ","}) && delegation_end + 3 >= p));
        if (p >= sent.begin + 2 && In(toks_[p - 1].lower, {"and", "et", ","}) && delegation_end + 2 >= p)
          of_delegation = true;  // "delegations from Kenya and Uganda"
        if (of_delegation) delegation_end = mm.end;
        // The other side's bodies: its subject and the list set beside it
        // ("Face à lui, les quatre organisations - CFDT, CGT et FO -", "En
        // face, le Cambodge avait dépêché …"), not a complement ("le préfet
        // de Corse").
        if (opposite && !In(p > sent.begin ? toks_[p - 1].lower : std::string(),
                            {"de", "du", "des", "d'", "of", "from", "à", "au", "aux", "to", "selon", "according", "by",
                             "par", "pour", "for", "sur", "on", "in", "en", "dans", "at", "with", "avec"})) {
          of_delegation = mm.type != EntityType::kPlace ||
                          (mm.place >= 0 && lex_.places[static_cast<size_t>(mm.place)].kind == "country"sv);
          if (of_delegation) delegation_end = mm.end;
        }
        // Before a verb of participation: its subjects ("the EU attended")
        // and the bodies its people come from ("officials from the DEA").
        bool subject = false;
        if (mm.end <= part_at && part_at < sent.end) {
          const std::string& prev = p > sent.begin ? toks_[p - 1].lower : "";
          std::string_view prev2 = p > sent.begin + 1 ? std::string_view(toks_[p - 2].lower) : std::string_view();
          subject = p == sent.begin || PossessorOfPeople(s, p) ||
                    (p > sent.begin && In(toks_[p - 1].lower, {":", ";"})) ||  // "… aux Églises : le SSCC et X ont siégé
                    (In(prev, {"de", "du", "des", "d'", "of", "from"}) &&
                     In(prev2, {"observers", "observateurs", "delegates", "délégués"})) ||
                    (In(prev, {"and", "et", ","}) && listed_end + 3 >= p);  // a conjunct of the list
          if (subject && mm.type == EntityType::kPlace)
            subject = mm.place >= 0 && lex_.places[static_cast<size_t>(mm.place)].kind == "country"sv;
          if (subject) listed_end = mm.end;
        }
        if (!of_delegation && !subject) continue;
      }
      // The preposition governs a person's name across the titles before it
      // ("a special envoy of President X": X is named, not present).
      uint32_t q = mm.begin;
      while (mm.type == EntityType::kPerson && q > sent.begin + 1 && q + 3 > mm.begin &&
             (toks_[q - 1].lex & (Lexicon::kTitle | Lexicon::kRole)))
        --q;
      if (q > sent.begin && In(toks_[q - 1].lower, {"à", "to", "de", "du", "d'", "of", "selon", "according"}) &&
          (mm.type == EntityType::kPerson || part_at == sent.end))
        continue;
      // A speaker who only speaks of delegations is none ("X said in a
      // statement that … urged capitals to give their delegations more room").
      if (Speaks(s, mm.entity, del_at)) continue;
      // Nor is the subject of a relative clause about the delegation ("to
      // head the team, which Kovalenko described as …").
      bool relative = false;
      for (uint32_t x = del_at + 1; x < mm.begin && !relative; ++x)
        relative = In(toks_[x].lower, {"which", "que", "qu'", "dont", "whom"});
      if (relative) continue;
      AddParticipant(m, mm.entity, s);
    }
  }

  // True when `entity` speaks in sentence s about a content holding token k
  // ("Les pourparlers … ne sauraient …, a déclaré X": X reports, not attends).
  // The speakers of the statements of sentence s whose reporting verb
  // places them at the meeting noun k: the verb, then at/during/lors de/
  // devant/au cours de (or "told") and the noun with at most two words
  // between ("said at the closing session", "a déclaré devant
  // l'assemblée", "told the summit"). The noun must lie outside the
  // statement's content.
  std::vector<int> SpeakersAt(uint32_t s, uint32_t k) const {
    std::vector<int> out;
    const Sentence& sent = doc_.sentences[s];
    uint32_t p = k;  // the preposition
    while (p > sent.begin && p + 4 > k && !In(toks_[p - 1].lower, {"at", "during", "lors", "devant", "cours", "told"}))
      --p;
    if (p == sent.begin || p + 4 <= k) return out;
    --p;
    if (In(toks_[p].lower, {"lors", "cours"}) && !(p + 1 < k && In(toks_[p + 1].lower, {"de", "du", "d'"}))) return out;
    for (uint32_t j = k; j > p + 1;)
      if (!toks_[--j].Is(kWord) || toks_[j].Is(kCap)) return out;  // "at the Hotel X": a named site
    bool told = toks_[p].lower == "told"sv;
    if (told && p + 2 <= k && !In(toks_[p + 1].lower, {"the", "this"})) return out;
    if (toks_[p].lower == "cours"sv && p > sent.begin && toks_[p - 1].lower == "au"sv) --p;
    for (const auto& st : doc_.statements) {
      if (st.sentence != s || st.speaker < 0 || (k >= st.tok_begin && k < st.tok_end)) continue;
      // The reporting verb ends one or two tokens before the preposition.
      bool verb = told;
      for (uint32_t j = p > sent.begin + 3 ? p - 3 : sent.begin; j < p && !verb; ++j) {
        uint32_t len = 0;
        verb = IsReportingVerbAt(doc_, j, p, &len) && j + len + 1 >= p;
      }
      if (verb && std::find(out.begin(), out.end(), st.speaker) == out.end()) out.push_back(st.speaker);
    }
    return out;
  }

  bool Speaks(uint32_t s, int entity, uint32_t k) const {
    for (const auto& st : doc_.statements)
      if (st.sentence == s && st.speaker == entity && k >= st.tok_begin && k < st.tok_end) return true;
    return false;
  }

  // A place introduced by à/in/at after token k within a few words, or -1.
  int PlaceAfter(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = k + 1; j < sent.end && j < k + 8; ++j) {
      if (toks_[j].lower == ","sv || toks_[j].lower == "."sv) break;
      int m = doc_.MentionAt(j);
      if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPlace &&
          In(toks_[j - 1].lower, {"à", "au", "in", "at", "en"}))
        return doc_.mentions[static_cast<size_t>(m)].entity;
    }
    return -1;
  }

  // True when token j opens an infinitive of purpose: "to discuss", "to
  // prepare", "pour évoquer", "pour préparer", "afin de/d'", "in order to".
  bool PurposeAt(uint32_t j) const {
    const std::string& l = toks_[j].lower;
    if (j + 1 >= toks_.size()) return false;
    const Token& n = toks_[j + 1];
    if (l == "afin"sv || (l == "order"sv && n.lower == "to"sv)) return true;
    if (!n.Is(kWord) || n.Is(kCap) || n.Is(kNumber)) return false;
    // The meeting's own infinitives ("to take place in Cairo", "to be held
    // in Doha", "to open in Jeddah") keep its place.
    if (l == "to"sv)
      return !Definite(n.lower) && !Indefinite(n.lower) &&
             !In(n.lower, {"some", "all", "our", "your", "my", "each", "every", "both", "two", "three", "several",
                           "talks", "meetings", "reporters", "journalists", "take", "be", "open", "begin", "start",
                           "resume", "continue", "meet", "convene", "reconvene", "end", "close", "run", "last",
                           "conclude", "get", "gather"}) &&
             !(n.lex & Lexicon::kMeeting);
    if (l == "pour"sv) {
      const std::string& w = n.lower;
      auto ends = [&](std::string_view suf) {
        return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
      };
      return (ends("er") || ends("ir") || ends("re")) &&
             !In(w, {"notre", "votre", "autre", "entre", "contre", "durer", "commencer", "débuter", "reprendre",
                     "terminer", "conclure", "se"});
    }
    return false;
  }

  // True when the words from i (before `end`) open a clause whose verb
  // holds a meeting: "se tient", "s'est tenue", "se déroule", "s'est ouverte",
  // "is being held", "opened", "takes place", "was convened". Auxiliaries,
  // reflexive pronouns and adverbs may stand before the verb.
  bool HoldingClause(uint32_t i, uint32_t end) const {
    for (uint32_t j = i; j < end && j < i + 4; ++j) {
      const std::string& l = toks_[j].lower;
      if (In(l, {"tient", "tiennent", "tiendra", "tiendront", "tenait", "tenu", "tenue", "tenus", "tenues", "déroule",
                 "déroulent", "déroulera", "déroulait", "déroulé", "déroulée", "ouvert", "ouverte", "ouvre", "ouvrira",
                 "held", "opened", "opens", "convened", "takes", "took", "taking", "began", "begins", "started",
                 "starts", "runs", "ran"}))
        return true;
      if (!In(l, {"se", "s'", "s’", "est", "sont", "a", "ont", "doit", "devait", "va", "is", "was", "are", "were",
                  "will", "be", "being", "been", "has", "have", "had", "officially", "officiellement", "also",
                  "aussi"}))
        return false;
    }
    return false;
  }

  // True when a date opens at token i (before `end`): "le 19 octobre",
  // "19 octobre", "Monday", "March 3", "lundi".
  bool DateAt(uint32_t i, uint32_t end) const {
    if (i < end && In(toks_[i].lower, {"le", "the"})) ++i;
    if (i >= end) return false;
    return toks_[i].Is(kNumber) || (toks_[i].lex & (Lexicon::kWeekday | Lexicon::kMonth)) != 0;
  }

  // True when the place mention m is the first word of a building's name
  // ("Lancaster House", "Hillsborough Castle", "Blair House"): a capitalised
  // building noun follows it, and the meeting is not in that town.
  bool NamesBuilding(int m) const {
    uint32_t e = doc_.mentions[static_cast<size_t>(m)].end;
    if (e >= toks_.size() || !toks_[e].Is(kCap) || toks_[e].sentence != toks_[e - 1].sentence) return false;
    return In(toks_[e].lower, {"house", "palace", "castle", "hall", "hotel", "centre", "center", "building", "tower",
                               "manor", "lodge", "court", "stadium", "arena", "abbey", "mansion"});
  }

  int PlaceFor(uint32_t s, uint32_t k, uint32_t* at) const {
    const Sentence& sent = doc_.sentences[s];
    // Before: "the Miami talks", "les pourparlers Russie-Ukraine à Genève" handled after.
    bool verb = MeetingVerb(toks_[k].lower);
    if (k > sent.begin && !verb) {
      int m = doc_.MentionCovering(k - 1);
      if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPlace && doc_.en &&
          doc_.mentions[static_cast<size_t>(m)].entity >= 0) {
        *at = k - 1;
        return doc_.mentions[static_cast<size_t>(m)].entity;
      }
    }
    // Just before, in the same clause: "ont repris samedi au Caire des pourparlers".
    // "se rendra à Bruxelles, où il doit s'entretenir avec X", "flew to
    // Oslo, where she met Y": the place the relative "où/where" stands for.
    for (uint32_t j = k; j > sent.begin + 1 && j + 8 > k;) {
      --j;
      if (toks_[j].lower != ","sv || !In(toks_[j + 1].lower, {"où", "where"})) continue;
      int pm = doc_.MentionCovering(j - 1);
      if (pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPlace &&
          doc_.mentions[static_cast<size_t>(pm)].entity >= 0 && doc_.mentions[static_cast<size_t>(pm)].begin > sent.begin &&
          In(toks_[doc_.mentions[static_cast<size_t>(pm)].begin - 1].lower, {"à", "au", "in", "to", "at", "en"})) {
        *at = doc_.mentions[static_cast<size_t>(pm)].begin;
        return doc_.mentions[static_cast<size_t>(pm)].entity;
      }
      break;
    }
    for (uint32_t j = k; j > sent.begin && j + 6 > k && !verb;) {
      --j;
      const std::string& l = toks_[j].lower;
      // ", à Genève, une réunion": an inserted place phrase does not end the clause.
      bool inserted = false;
      if (l == ","sv && j > sent.begin + 1) {
        int pm = doc_.MentionCovering(j - 1);
        // Bracketed by commas: ", à Genève," (not "basé à Accra, le sommet").
        uint32_t pb = pm >= 0 ? doc_.mentions[static_cast<size_t>(pm)].begin : 0;
        inserted = pm >= 0 && doc_.mentions[static_cast<size_t>(pm)].type == EntityType::kPlace &&
                   pb > sent.begin + 1 && In(toks_[pb - 1].lower, {"à", "au", "in", "at"}) && toks_[pb - 2].lower == ","sv;
      }
      // "Un diplomate en poste à Ankara juge que la session …": a
      // complement clause opens ("that" stays open: "told a briefing in Doha
      // that a meeting was planned" often places both in one city).
      // "at the Authority in Wellington, in two facilitated sessions": a
      // second locative adjunct after the comma keeps the clause open.
      bool adjunct = l == ","sv && j + 1 < k && In(toks_[j + 1].lower, {"in", "during", "dans", "lors"});
      if ((l == ","sv && !inserted && !adjunct) || l == "."sv || toks_[j].Is(kQuoteClose) || In(l, {"que", "qu'"}))
        break;
      int m = doc_.MentionAt(j);
      if (m < 0 || doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPlace ||
          doc_.mentions[static_cast<size_t>(m)].entity < 0 || j == sent.begin || NamesBuilding(m))
        continue;
      uint32_t p = j - 1;
      if (In(toks_[p].lower, {"la", "l'", "le", "les", "the"}) && p > sent.begin) --p;
      // "will travel to Washington next week for talks": the destination.
      bool destination = toks_[p].lower == "to"sv && p > sent.begin &&
                         In(toks_[p - 1].lower, {"travel", "travels", "travelled", "traveled", "travelling", "fly",
                                                 "flies", "flew", "head", "heads", "headed", "go", "goes", "went",
                                                 "come", "came", "return", "returns", "returned"});
      if (In(toks_[p].lower, {"à", "au", "aux", "in", "at"}) || destination) {
        *at = j;
        return doc_.mentions[static_cast<size_t>(m)].entity;
      }
    }
    // "À Paris, X a reçu Y", "In Cairo, X met Y": the scene set at the
    // head of the sentence, for a verb.
    if (verb && sent.begin + 2 < k && In(toks_[sent.begin].lower, {"à", "in", "at"})) {
      int m = doc_.MentionAt(sent.begin + 1);
      if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPlace &&
          doc_.mentions[static_cast<size_t>(m)].entity >= 0 && doc_.mentions[static_cast<size_t>(m)].end < k &&
          toks_[doc_.mentions[static_cast<size_t>(m)].end].lower == ","sv && PlaceAfter(s, k) < 0) {
        *at = sent.begin + 1;
        return doc_.mentions[static_cast<size_t>(m)].entity;
      }
    }
    for (uint32_t j = k + 1; j < sent.end && j < k + 30; ++j) {
      const std::string& l = toks_[j].lower;
      // "…, qui se tient depuis le 19 octobre à Erevan", "…, which opened
      // on Monday in Yaoundé": a relative clause that holds the meeting
      // tells its place; any other relative clause ends the search.
      if (In(l, {"qui", "which"}) && HoldingClause(j + 1, sent.end)) continue;
      if (In(l, {".", ";", "que", "qu'", "that", "selon", "according", "mais", "but", "qui", "which", "où"}) ||
          toks_[j].Is(kQuoteOpen) || toks_[j].Is(kQuoteClose))
        break;
      // Another event's time clause: "Talks broke down in 2024 after an
      // attack on a base in Arauca", "depuis l'attaque de X à Y"; a date
      // after "depuis/since" is the meeting's own ("depuis le 19 octobre").
      if (j > k + 1 && In(l, {"after", "before", "following", "since", "après", "avant", "depuis"}) &&
          !(In(l, {"since", "depuis"}) && DateAt(j + 1, sent.end)))
        break;
      // A purpose clause tells its own places: "received X on Tuesday to
      // discuss a vaccine hub in Jakarta", "a reçu X pour évoquer un projet
      // à Dakar", "afin de préparer …".
      if (j + 1 < sent.end && PurposeAt(j)) break;
      // "the British-Irish Intergovernmental Conference, due to meet in
      // Dublin", "le comité, qui se réunira à Lyon": the meeting named is
      // the subject of the verb of meeting that follows it closely (no name
      // between), and that verb's place is its own.
      if (!verb && j <= k + 5 && IntransitiveVerb(l)) {
        bool named_between = false;
        for (uint32_t x = k + 1; x < j && !named_between; ++x) named_between = doc_.MentionAt(x) >= 0;
        if (!named_between) continue;
      }
      if (lex_.meeting_words.count(l)) break;
      int m = doc_.MentionAt(j);
      if (m < 0 || doc_.mentions[static_cast<size_t>(m)].type != EntityType::kPlace ||
          doc_.mentions[static_cast<size_t>(m)].entity < 0 || NamesBuilding(m))
        continue;
      uint32_t p = j - 1;
      if (In(toks_[p].lower, {"la", "l'", "le", "les", "the"}) && p > k) --p;
      const std::string& intro = toks_[p].lower;
      bool de_right_after = (intro == "de" || intro == "d'") && p <= k + 2;
      if (In(intro, {"à", "au", "aux", "en", "in", "at", "dans"}) || de_right_after) {
        *at = j;
        return doc_.mentions[static_cast<size_t>(m)].entity;
      }
    }
    // "X and Y reached agreement on Monday at Miesian Plaza in Dublin, the
    // department's headquarters, after a final session", "ont conclu un
    // accord à Rabat, à l'issue de deux jours de discussions": the meeting
    // that led to the act took place where the act did; the last place
    // after à/in/at in the clause before the marker (bounded to 30 words).
    if (!verb) {
      uint32_t marker = sent.end;
      for (uint32_t j = k; j > sent.begin && j + 5 > k && marker == sent.end;) {
        --j;
        if (In(toks_[j].lower, {"after", "following", "issue", "terme"})) marker = j;
      }
      if (marker < sent.end) {
        uint32_t from = std::max(doc_.sentences[s].begin, marker > 30 ? marker - 30 : 0);
        int found = -1;
        for (uint32_t j = from + 1; j < marker; ++j) {
          if (In(toks_[j].lower, {";", ":"}) || toks_[j].Is(kQuoteOpen) || toks_[j].Is(kQuoteClose)) found = -1;
          int m = doc_.MentionAt(j);
          if (m < 0) continue;
          const auto& mm = doc_.mentions[static_cast<size_t>(m)];
          uint32_t p = j - 1;
          if (In(toks_[p].lower, {"la", "l'", "le", "les", "the"}) && p > from) --p;
          if (mm.type == EntityType::kPlace && mm.entity >= 0 && In(toks_[p].lower, {"à", "au", "in", "at"}))
            found = static_cast<int>(j);
          j = mm.end - 1;
        }
        if (found >= 0) {
          *at = static_cast<uint32_t>(found);
          return doc_.mentions[static_cast<size_t>(doc_.MentionAt(static_cast<uint32_t>(found)))].entity;
        }
      }
    }
    return -1;
  }

  // Noun phrases joined by et/and/commas after k: their named heads.
  void Conjuncts(uint32_t k, uint32_t end, bool places, bool visit, std::vector<int>* out) const {
    for (uint32_t j = k; j < end && j < k + 30; ++j) {
      const std::string& l = toks_[j].lower;
      if (In(l, {".", ";", ":", "que", "qu'", "that", "sur", "on", "about", "pour", "for", "à", "in", "at", "en", "dans",
                 "après", "after", "depuis", "since", "selon", "mais", "but", "qui", "who", "which"}) ||
          toks_[j].Is(kQuoteOpen) || toks_[j].Is(kQuoteClose))
        break;
      if (l == ","sv && j + 1 < end && !In(toks_[j + 1].lower, {"et", "and"}) && doc_.MentionAt(j + 1) < 0 &&
          !In(toks_[j + 1].lower, {"le", "la", "les", "l'", "the"}))
        break;
      int m = doc_.MentionAt(j);
      if (m < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity < 0) continue;
      if (mm.type == EntityType::kPlace && !places) {
        j = mm.end - 1;
        continue;
      }
      // "les représentants de Trump": a possessor, not a participant.
      bool possessor = !visit && j > k && In(toks_[j - 1].lower, {"de", "du", "des", "d'", "of"});
      if (!possessor) out->push_back(mm.entity);
      j = mm.end - 1;
    }
  }

  // Reads the meeting mention at token k of sentence s and merges it into a
  // meeting or starts one; returns that meeting's index, or -1 when the
  // mention names no meeting. `no_people`: the sentence's people belong to
  // another meeting.
  int Mention(uint32_t s, uint32_t k, const std::string& kind, bool no_people) {
    // "Avant la séance finale, X s'était entretenu …", "ahead of the summit",
    // "to prepare the Brussels meeting": the sentence's people act before
    // the meeting, and a meeting just started in this sentence is another.
    int saved_exclude = exclude_;
    anticipated_ = Anticipated(s, k);
    if (anticipated_) {
      no_people = true;
      if (exclude_ < 0 && !doc_.meetings.empty() && doc_.meetings.back().sentences.size() == 1 &&
          doc_.meetings.back().first_sentence == s)
        exclude_ = static_cast<int>(doc_.meetings.size()) - 1;
    }
    // "Asked about the talks at the president's news conference, her
    // spokesman …", "interrogé sur les discussions", "commenting on the
    // talks": a meeting spoken about; the sentence's people speak of it,
    // they do not attend it.
    if (SpokenAbout(s, k)) no_people = true;
    // "Outside the hearing room, X said …", "à l'extérieur de la salle des
    // négociations": the people are met outside it. ("À la sortie de la
    // réunion, X a déclaré" tells of one who leaves it: no sign.)
    for (uint32_t j = k; j > doc_.sentences[s].begin && j + 6 > k && !no_people;) no_people = OutsideAt(--j);
    int r = ReadMention(s, k, kind, no_people);
    exclude_ = saved_exclude;
    anticipated_ = false;
    return r;
  }

  // True when the meeting noun at k is the topic of a preposition of
  // subject ("about the talks", "regarding the meeting", "sur les
  // discussions", "au sujet de la réunion", "à propos des pourparlers"),
  // only determiners and lower-case adjectives between.
  bool SpokenAbout(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    if (MeetingVerb(toks_[k].lower)) return false;
    for (uint32_t j = k; j > sent.begin && j + 5 > k;) {
      --j;
      const std::string& l = toks_[j].lower;
      if (In(l, {"about", "regarding", "concerning", "sur", "concernant"})) return true;
      if (In(l, {"de", "des", "du", "d'"}) && j > sent.begin && In(toks_[j - 1].lower, {"sujet", "propos"})) return true;
      if (Definite(l) || In(l, {"ces", "these", "those", "this", "that", "cette", "ce"})) continue;
      if (!toks_[j].Is(kWord) || toks_[j].Is(kCap) || (toks_[j].lex & Lexicon::kMeeting)) return false;
    }
    return false;
  }

  // True when token x modifies the meeting noun at k: x follows k with no
  // person and no verb of meeting between (", prévu en août à Lusaka", not
  // "before the talks opened, X received Y at the fish market").
  bool OwnModifier(uint32_t k, uint32_t x) const {
    if (x <= k || x > k + 24) return false;
    for (uint32_t j = k + 1; j < x; ++j) {
      int m = doc_.MentionAt(j);
      if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].type == EntityType::kPerson) return false;
      if ((toks_[j].lex & Lexicon::kMeeting) && MeetingVerb(toks_[j].lower)) return false;
    }
    return true;
  }

  // Speakers of the talks: the people who speak while the article's main
  // held meeting (MainHeld) is told and whose words or names keep returning
  // to it take part in it, whether or not a sentence says so ("the talks
  // had been frank, X said", a negotiator quoted twice after the meeting's
  // sentence). Each person not yet a participant of any meeting gathers
  // evidence, one point each:
  //   - a statement within the meeting's focus (its first sentence to two
  //     sentences after its last, or to the article's end when the meeting
  //     is told in the lead, its first four sentences; up to two points),
  //   - a statement in a sentence that speaks of meetings or negotiations
  //     (meeting_words.txt, negotiation_words.txt),
  //   - a statement in one of the meeting's own sentences,
  //   - a mention in one of the meeting's own sentences,
  //   - two points for a negotiator's or a delegate's role (Negotiator);
  // three points make a participant, and one statement alone is not
  // enough without such a role. Commentators, spokespeople, former
  // officials and people of research bodies observe rather than attend
  // (Observer). Linear in the article's statements and mentions.
  void AnchoredSpeakers() {
    int main = MainHeld();
    if (main < 0) return;
    MeetingFact& m = doc_.meetings[static_cast<size_t>(main)];
    if (m.sentences.empty()) return;
    uint32_t last = *std::max_element(m.sentences.begin(), m.sentences.end());
    size_t ns = doc_.sentences.size(), ne = doc_.entities.size();
    // A meeting told in the article's lead is its subject: the whole
    // article after it speaks of it.
    bool lead = m.first_sentence < 4;
    std::vector<char> own(ns, 0), talk(ns, 0), taken(ne, 0);
    for (uint32_t x : m.sentences) own[x] = 1;
    for (size_t x = 0; x < ns; ++x) talk[x] = (doc_.sentences[x].lex & (Lexicon::kMeeting | Lexicon::kNegotiation)) != 0;
    for (const auto& mt : doc_.meetings)
      for (const auto& p : mt.participants) taken[static_cast<size_t>(p.first)] = 1;
    struct Evidence {
      int focus = 0;
      bool talk = false, own_statement = false, own_mention = false;
      uint32_t sentence = 0;  // the first statement in focus
    };
    std::vector<Evidence> ev(ne);
    for (const auto& st : doc_.statements) {
      if (st.speaker < 0 || st.sentence >= ns) continue;
      // "selon X", "d'après X", "according to X", "pour X": a source cited,
      // as often someone told of the talks as someone at them.
      if (In(st.verb, {"selon", "d'après", "d’après", "according to", "pour", "for"})) continue;
      // Only people not yet at a meeting gather evidence (read below).
      const Entity& speaker = doc_.entities[static_cast<size_t>(st.speaker)];
      if (speaker.dropped || speaker.type != EntityType::kPerson || taken[static_cast<size_t>(st.speaker)] ||
          Written(st.sentence) || Elsewhere(st.sentence, m.place))
        continue;
      Evidence& v = ev[static_cast<size_t>(st.speaker)];
      if (st.sentence >= m.first_sentence && (st.sentence <= last + 2 || lead)) {
        if (v.focus == 0) v.sentence = st.sentence;
        ++v.focus;
      }
      v.talk |= talk[st.sentence] != 0;
      v.own_statement |= own[st.sentence] != 0;
    }
    for (const auto& mn : doc_.mentions)
      if (mn.entity >= 0 && mn.sentence < ns && own[mn.sentence]) ev[static_cast<size_t>(mn.entity)].own_mention = true;
    for (size_t e = 0; e < ne; ++e) {
      const Entity& en = doc_.entities[e];
      const Evidence& v = ev[e];
      if (en.dropped || en.type != EntityType::kPerson || taken[e] || v.focus == 0) continue;
      bool negotiator = Negotiator(en);
      if (Commentator(en) || (Observer(en) && !negotiator)) continue;
      // One statement alone is a comment from afar as often as a word from the table.
      if (v.focus < 2 && !negotiator) continue;
      int score = std::min(v.focus, 2) + v.talk + v.own_statement + v.own_mention + (negotiator ? 2 : 0);
      if (score >= 3) m.participants.emplace_back(static_cast<int>(e), v.sentence);
    }
  }

  // True when sentence s tells words sent from afar: "she said in a
  // statement", "a indiqué dans un communiqué" (no evidence of a seat at
  // the table). Linear in the sentence.
  bool Written(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = sent.begin + 1; j < sent.end; ++j) {
      const std::string& l = toks_[j].lower;
      if ((l.size() == 9 && l == "statement"sv) || (l.size() == 11 && l == "communiqué"sv))
        if (In(toks_[j - 1].lower, {"a", "un", "written"})) return true;
    }
    return false;
  }

  // True when sentence s sets its scene in a place other than `place`, the
  // meeting's ("Zelensky, qui s'exprimait jeudi à Kiev, a dit …", "À
  // Moscou, le Kremlin a fait savoir …", "speaking from Washington"): a
  // statement made away from the talks. False when the meeting has no
  // place. Linear in the sentence.
  // True when token j opens "outside the/a" or "(à l')extérieur de": a place
  // outside the meeting. REQUIRES: j + 1 < toks_.size().
  bool OutsideAt(uint32_t j) const {
    return (toks_[j].lower == "outside"sv && In(toks_[j + 1].lower, {"the", "a"})) ||
           (toks_[j].lower == "extérieur"sv && In(toks_[j + 1].lower, {"de", "du", "des", "d'"}));
  }

  bool Elsewhere(uint32_t s, int place) const {
    const Sentence& sent = doc_.sentences[s];
    // "tells us outside the hearing room", "à l'extérieur du bâtiment": a
    // speaker met outside the meeting.
    for (uint32_t j = sent.begin; j + 1 < sent.end; ++j)
      if (!toks_[j].Is(kInQuote) && OutsideAt(j)) return true;
    if (place < 0) return false;
    for (uint32_t j = sent.begin + 1; j < sent.end; ++j) {
      int mi = doc_.MentionAt(j);
      if (mi < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(mi)];
      j = mm.end - 1;
      if (mm.type != EntityType::kPlace || mm.entity < 0 || toks_[mm.begin].Is(kInQuote)) continue;
      // The scene: "À Moscou, …" opening the sentence, "depuis Kiev",
      // "speaking from/in Washington", "qui s'exprimait (jeudi) à Kiev".
      uint32_t b = mm.begin;
      const std::string& pre = toks_[b - 1].lower;
      bool scene = (b == sent.begin + 1 && In(pre, {"à", "in"}) && mm.end < sent.end && toks_[mm.end].lower == ","sv) ||
                   pre == "depuis"sv;
      for (uint32_t x = b - 1; !scene && In(pre, {"à", "in", "from"}) && x > sent.begin && x + 4 > b;) {
        --x;
        scene = In(toks_[x].lower, {"speaking", "spoke", "exprimait", "exprimant", "exprimé", "s'exprimait"});
      }
      if (scene && !SamePlace(mm.entity, place)) return true;
    }
    return false;
  }

  // Who accompanies a participant takes part with him: "Okafor was
  // accompanied by the committee's deputy chair, Jonah Feld", "Arnaud
  // Delestre, entouré de ses conseillers et du préfet, Thierry Marchal",
  // "X, flanqué de Y", "joined by Z". The companion word follows the
  // participant within twelve words of the same sentence; the people named
  // up to fifteen words after it (before a clause break) join the meeting
  // the participant was told at last. Linear in the tokens.
  void Companions() {
    if (doc_.meetings.empty()) return;
    size_t ne = doc_.entities.size();
    // The meeting each person was last added to (latest sentence).
    std::vector<int> meeting_of(ne, -1);
    std::vector<uint32_t> when(ne, 0);
    for (size_t mi = 0; mi < doc_.meetings.size(); ++mi)
      for (const auto& q : doc_.meetings[mi].participants) {
        size_t e = static_cast<size_t>(q.first);
        if (meeting_of[e] < 0 || q.second >= when[e]) meeting_of[e] = static_cast<int>(mi), when[e] = q.second;
      }
    static const WordList kEnglish(cues::kCompanionsEnglish);
    static const WordList kFrench(cues::kCompanionsFrench);
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      if (!(sent.lex & Lexicon::kParticipationCue)) continue;
      for (uint32_t k = sent.begin; k + 1 < sent.end; ++k) {
        const std::string& l = toks_[k].lower;
        bool companion = (kEnglish.Has(l) && toks_[k + 1].lower == "by"sv) ||
                         (kFrench.Has(l) && In(toks_[k + 1].lower, {"de", "du", "des", "d'", "par"}));
        if (!companion || toks_[k].Is(kInQuote)) continue;
        // The participant: the nearest person named before, within twelve words.
        int head = -1;
        for (uint32_t j = k; j > sent.begin && j + 12 > k && head < 0;) {
          int m = doc_.MentionCovering(--j);
          if (m < 0) continue;
          const auto& mm = doc_.mentions[static_cast<size_t>(m)];
          if (mm.type == EntityType::kPerson && mm.entity >= 0) head = mm.entity;
          j = mm.begin;
        }
        if (head < 0 || meeting_of[static_cast<size_t>(head)] < 0) continue;
        MeetingFact& m = doc_.meetings[static_cast<size_t>(meeting_of[static_cast<size_t>(head)])];
        for (uint32_t j = k + 2; j < sent.end && j < k + 17; ++j) {
          if (In(toks_[j].lower, {".", ";", ":", "qui", "who", "which", "que", "that"}) || toks_[j].Is(kQuoteOpen)) break;
          int mi = doc_.MentionAt(j);
          if (mi < 0) continue;
          const auto& mm = doc_.mentions[static_cast<size_t>(mi)];
          j = mm.end - 1;
          if (mm.type != EntityType::kPerson || mm.entity < 0 || mm.entity == head) continue;
          AddParticipant(m, mm.entity, s);
        }
      }
    }
  }

  // The body a participant negotiates for takes part with him: an
  // organisation the person is affiliated with in a negotiator's or a
  // delegate's role ("IPHA's chief negotiator", "négociateur de la CGT",
  // "head of the union's team"). Other roles (president, minister,
  // secretary) say where a person works, not whom he represents at a given
  // table. Linear in the affiliations and the meetings' participants.
  void NegotiatorsBodies() {
    size_t ne = doc_.entities.size();
    // The people taking part in some meeting: only their roles are read.
    std::vector<char> taking(ne, 0);
    for (const auto& m : doc_.meetings)
      for (const auto& q : m.participants) taking[static_cast<size_t>(q.first)] = 1;
    // The bodies each person negotiates for, from the affiliations.
    std::vector<std::vector<int>> bodies(ne);
    for (const auto& a : doc_.affiliations) {
      if (a.person < 0 || a.target < 0 || static_cast<size_t>(a.person) >= ne || static_cast<size_t>(a.target) >= ne ||
          !taking[static_cast<size_t>(a.person)])
        continue;
      const Entity& t = doc_.entities[static_cast<size_t>(a.target)];
      if (t.type == EntityType::kOrganization && !t.dropped && RoleKind(a.role, true) > 0)
        bodies[static_cast<size_t>(a.person)].push_back(a.target);
    }
    std::vector<size_t> seen(ne, SIZE_MAX);  // the meeting an entity was last seen taking part in
    for (size_t mi = 0; mi < doc_.meetings.size(); ++mi) {
      MeetingFact& m = doc_.meetings[mi];
      for (const auto& q : m.participants) seen[static_cast<size_t>(q.first)] = mi;
      size_t n = m.participants.size();
      for (size_t i = 0; i < n; ++i) {
        auto [e, sentence] = m.participants[i];
        if (doc_.entities[static_cast<size_t>(e)].type != EntityType::kPerson) continue;
        for (int b : bodies[static_cast<size_t>(e)]) {
          if (seen[static_cast<size_t>(b)] == mi) continue;
          seen[static_cast<size_t>(b)] = mi;
          m.participants.emplace_back(b, sentence);
        }
      }
    }
  }

  // Role r (any case): 1 when it is a negotiator's, a delegate's or the
  // head of a side's ("coprésident de la partie algérienne", "head of the
  // Kenyan side") named before any word of a spokesperson, a former
  // official or a researcher
  // ("négociateur en chef du Ghana et porte-parole du Groupe africain"),
  // -1 when such a word comes first ("former chief negotiator",
  // "porte-parole de la délégation"), 0 when it has neither; with `team`,
  // leading or belonging to a team or delegation counts as negotiating.
  static int RoleKind(const std::string& r, bool team) {
    std::string l = AsciiLower(r);
    size_t other = std::string::npos, role = std::string::npos;
    for (std::string_view w : {"spokes", "porte-parole", "former", "ancien", "analyst", "research", "chercheu"})
      other = std::min(other, l.find(w));
    for (std::string_view w : {"negotiator", "négociateur", "négociatrice", "chef de file", "cheffe de file",
                               "head of the delegation",
                               "head of delegation", "chef de la délégation", "chef de délégation", "délégué",
                               "déléguée", "delegate", "de la partie", " side"})
      role = std::min(role, l.find(w));
    if (team)
      for (std::string_view w : {"team", "équipe", "delegation", "délégation"}) role = std::min(role, l.find(w));
    if (other != std::string::npos && (role == std::string::npos || other < role)) return -1;
    return role != std::string::npos ? 1 : 0;
  }

  // True when a role of person e is an observer's: a spokesperson, a former
  // official, or a member of a research body ("fellow at …", "directrice
  // du programme climat à l'Institut …", "maîtresse de recherche").
  static bool Observer(const Entity& e) {
    for (const auto& r : e.roles) {
      std::string l = AsciiLower(r);
      for (std::string_view w : {"spokes", "porte-parole", "former", "ancien", "fellow", "institut", "centre", "center",
                                 "fondation", "foundation", "universit", "recherche", "think", "programme", "studies",
                                 "études"})
        if (l.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // Negotiators speak from the talks: while the main meeting of the article
  // is in focus (from its first mention to two sentences after its last),
  // a person whose role is a negotiator or a delegate ("China's chief
  // negotiator, X, said …", "le négociateur en chef de l'UE, X, a
  // déclaré …", "the head of the rebel delegation, X") and who speaks in a
  // sentence that names no meeting takes part in it. The main meeting is
  // the held one told in the most sentences (at least two). Ministers,
  // envoys and spokespeople are not assumed there: they comment from afar
  // as often as they attend.
  void Negotiators() {
    int main = -1;
    size_t best = 1;
    for (size_t i = 0; i < doc_.meetings.size(); ++i) {
      const MeetingFact& m = doc_.meetings[i];
      if (m.status != "held" || IsAside(static_cast<int>(i))) continue;
      std::vector<uint32_t> ss = m.sentences;
      std::sort(ss.begin(), ss.end());
      size_t n = static_cast<size_t>(std::unique(ss.begin(), ss.end()) - ss.begin());
      if (n > best) best = n, main = static_cast<int>(i);
    }
    if (main < 0) return;
    MeetingFact& m = doc_.meetings[static_cast<size_t>(main)];
    uint32_t last = *std::max_element(m.sentences.begin(), m.sentences.end());
    for (const auto& st : doc_.statements) {
      int e = st.speaker;
      if (e < 0 || st.sentence < m.first_sentence || st.sentence > last + 2) continue;
      const Entity& en = doc_.entities[static_cast<size_t>(e)];
      if (en.type != EntityType::kPerson || !Negotiator(en)) continue;
      bool names_meeting = false;
      for (const auto& o : doc_.meetings)
        names_meeting |= std::find(o.sentences.begin(), o.sentences.end(), st.sentence) != o.sentences.end();
      if (!names_meeting) AddParticipant(m, e, st.sentence);
    }
  }

  // Meeting j joins meeting i: i takes j's place when it has none, j's name
  // when only j's has several words, j's participants it lacks and j's
  // sentences; j is erased with its aside/indefinite flags (indices past j
  // shift down by one).
  void Absorb(size_t i, size_t j) {
    auto& ms = doc_.meetings;
    MeetingFact& a = ms[i];
    const MeetingFact& b = ms[j];
    if (a.place < 0 && b.place >= 0) a.place = b.place, a.place_sentence = b.place_sentence;
    if (a.name.find(' ') == std::string::npos && b.name.find(' ') != std::string::npos) a.name = b.name;
    for (const auto& [e, sentence] : b.participants) AddParticipant(a, e, sentence);
    a.sentences.insert(a.sentences.end(), b.sentences.begin(), b.sentences.end());
    ms.erase(ms.begin() + static_cast<long>(j));
    if (j < aside_.size()) aside_.erase(aside_.begin() + static_cast<long>(j));
    if (j < indefinite_.size()) indefinite_.erase(indefinite_.begin() + static_cast<long>(j));
  }

  // Meetings of the same status told with the same days and no other place
  // are one ("agreed to meet again in Brussels on November 16 … the talks
  // on November 16"): the first told keeps the others' participants,
  // sentences and place. Encounters told as beside a meeting ("bilateral
  // talks", "on the sidelines") stay apart; a verb of meeting with exactly
  // the days of a meeting told before ("talks in Ankara on Tuesday … The
  // delegations met for eight hours in Ankara") tells that meeting again:
  // an encounter beside a sitting has days of its own within a longer span.
  void MergeSameDates() {
    auto& ms = doc_.meetings;
    auto phrase = [&](size_t i) { return i < aside_.size() && aside_[i] != 0 && aside_[i] != kAsideVerb; };
    for (size_t i = 0; i < ms.size(); ++i) {
      for (size_t j = i + 1; j < ms.size();) {
        MeetingFact& a = ms[i];
        const MeetingFact& b = ms[j];
        bool same = a.dates.has_start && b.dates.has_start && a.dates.start.days == b.dates.start.days &&
                    a.dates.end.days == b.dates.end.days;
        // A verb of meeting whose days cover a meeting's told before
        // ("two days of talks in Montreal, the union said Wednesday …
        // Negotiators met Tuesday and Wednesday"): the same meeting, over
        // the verb's days.
        bool covers = !same && a.dates.has_start && b.dates.has_start && j < aside_.size() &&
                      aside_[j] == kAsideVerb && !IsAside(static_cast<int>(i)) &&
                      b.dates.start.days <= a.dates.start.days && b.dates.end.days >= a.dates.end.days &&
                      b.dates.end.days - b.dates.start.days <= 6;
        if (a.status != b.status || !(same || covers) || phrase(i) || phrase(j) ||
            (a.place >= 0 && b.place >= 0 && !SamePlace(a.place, b.place))) {
          ++j;
          continue;
        }
        if (covers) a.dates = b.dates;
        // The merged meeting is beside another only when both were.
        if (i < aside_.size() && !IsAside(static_cast<int>(j))) aside_[i] = 0;
        Absorb(i, j);
      }
    }
  }

  // Index of the article's main held meeting: the held meeting (not an
  // encounter beside another) told in the most sentences; ties go to the
  // one told first (news copy tells its main event first). -1 when none
  // is held.
  // "Une nouvelle réunion est prévue le 19 mars avec les mêmes
  // interlocuteurs", "another round with the same delegations": a meeting
  // told with "the same" participants has those of the meeting before it.
  void SameParticipants() {
    for (size_t i = 1; i < doc_.meetings.size(); ++i) {
      MeetingFact& m = doc_.meetings[i];
      bool same = false;
      for (uint32_t s : m.sentences) {
        const Sentence& sent = doc_.sentences[s];
        for (uint32_t k = sent.begin; k + 1 < sent.end && !same; ++k)
          same = In(toks_[k].lower, {"mêmes", "same"}) && !toks_[k].Is(kInQuote) &&
                 In(toks_[k + 1].lower, {"interlocuteurs", "participants", "parties", "délégations", "négociateurs",
                                         "acteurs", "partenaires", "delegations", "negotiators", "sides",
                                         "players"});
        if (same) break;
      }
      if (!same) continue;
      const MeetingFact& before = doc_.meetings[i - 1];
      for (const auto& q : before.participants) {
        AddParticipant(m, q.first, m.sentences.front());
      }
    }
  }

  // "X told the panel", "he told the committee", "a déclaré devant la
  // commission": who speaks to the body sitting at a held meeting told in
  // that sentence or the three before (else at the article's main held
  // meeting told before) takes part in it. Linear in the statements.
  void SpeakersToTheTable() {
    if (doc_.meetings.empty()) return;
    static const WordList kBodies{"panel", "hearing", "committee", "inquiry", "commission", "tribunal", "delegates",
                                  "summit", "conference", "plenary", "comité", "délégués", "plénière", "sommet",
                                  "conférence"};
    for (const StatementFact& st : doc_.statements) {
      if (st.speaker < 0 || doc_.entities[static_cast<size_t>(st.speaker)].type != EntityType::kPerson) continue;
      const Sentence& sent = doc_.sentences[st.sentence];
      bool to_table = false;
      for (uint32_t k = sent.begin; k + 1 < sent.end && !to_table; ++k) {
        if (toks_[k].Is(kInQuote) || !In(toks_[k].lower, {"told", "devant", "addressed", "briefed"})) continue;
        // A determiner and at most one word before the body: "the inquiry panel", "la commission".
        for (uint32_t j = k + 1; j < sent.end && j < k + 4 && !to_table; ++j) {
          to_table = kBodies.Has(toks_[j].lower) && !toks_[j].Is(kCap);
          if (!toks_[j].Is(kWord) || toks_[j].Is(kCap)) break;
        }
      }
      if (!to_table) continue;
      int target = -1;
      for (size_t i = doc_.meetings.size(); i-- > 0 && target < 0;) {
        const MeetingFact& m = doc_.meetings[i];
        if (m.status != "held" || IsAside(static_cast<int>(i))) continue;
        for (uint32_t x : m.sentences)
          if (x <= st.sentence && x + 3 >= st.sentence) target = static_cast<int>(i);
      }
      // Farther on, the article's main held meeting, when it was told before.
      if (target < 0) {
        int main = MainHeld();
        if (main >= 0 && doc_.meetings[static_cast<size_t>(main)].first_sentence <= st.sentence) target = main;
      }
      if (target < 0) continue;
      MeetingFact& m = doc_.meetings[static_cast<size_t>(target)];
      AddParticipant(m, st.speaker, st.sentence);
    }
  }

  int MainHeld() const {
    int main = -1;
    size_t best = 0;
    for (size_t i = 0; i < doc_.meetings.size(); ++i) {
      const MeetingFact& m = doc_.meetings[i];
      if (m.status != "held" || IsAside(static_cast<int>(i))) continue;
      std::vector<uint32_t> ss = m.sentences;
      std::sort(ss.begin(), ss.end());
      size_t n = static_cast<size_t>(std::unique(ss.begin(), ss.end()) - ss.begin());
      if (n > best) best = n, main = static_cast<int>(i);
    }
    return main;
  }

  // One node per real event: a held meeting told without a singular
  // indefinite determiner ("the meeting", "les discussions", "Monday's
  // talks", "X met Y") that names no other place than the main meeting's
  // and no clashing date refers back to the article's main held meeting
  // (MainHeld), wherever it is told; its participants, sentences, date and
  // place (when the main meeting has neither place nor date, or shares its
  // date) join that meeting. Encounters beside the main meeting, meetings
  // first told as "a/une …" and meetings elsewhere or on other dates stay
  // apart.
  void JoinHeldMentions() {
    int main = MainHeld();
    if (main < 0) return;
    auto& ms = doc_.meetings;
    for (size_t j = 0; j < ms.size();) {
      int ji = static_cast<int>(j);
      MeetingFact& a = ms[static_cast<size_t>(main)];
      const MeetingFact& b = ms[j];
      bool indefinite = j < indefinite_.size() && indefinite_[j];
      if (ji == main || b.status != "held" || IsAside(ji) || indefinite ||
          (b.place >= 0 && a.place >= 0 && !SamePlace(a.place, b.place)) ||
          // A place where the main meeting has a date but no place, and no
          // date to share: nothing ties the two, unless the mention only
          // names the meeting by its place, with no one of its own ("Pour
          // X, la rencontre de Lomé consacre …" after Monday's talks); a
          // summit or a conference so named is an event of its own ("before
          // the summit in Johannesburg").
          (b.place >= 0 && a.place < 0 && a.dates.has_start && !b.dates.has_start &&
           (!b.participants.empty() || In(b.kind, {"summit", "conference"}))) ||
          (DatesClash(a.dates, b.dates) && !SameWeek("held", b.dates, a))) {
        ++j;
        continue;
      }
      if (!a.dates.has_start && b.dates.has_start) a.dates = b.dates;
      if (b.first_sentence < a.first_sentence) {
        a.first_sentence = b.first_sentence;
        a.span_start = b.span_start, a.span_stop = b.span_stop;
      }
      Absorb(static_cast<size_t>(main), j);
      if (ji < main) --main;
    }
  }

  // True when every role of person e is a commentator's or a reporter's
  // (analyst, researcher, expert, professor, correspondent …); false for a
  // person without roles.
  static bool Commentator(const Entity& e) {
    if (e.roles.empty()) return false;
    for (const auto& r : e.roles) {
      std::string l = AsciiLower(r);
      bool found = false;
      for (std::string_view w : {"analyst", "analyste", "research", "chercheu", "expert", "professor", "professeur",
                                 "économiste", "economist", "politologue", "political scientist", "correspondent",
                                 "correspondant", "journalist", "reporter", "éditorialiste", "columnist",
                                 "think tank", "senior associate", "senior fellow"})
        found |= l.find(w) != std::string::npos;
      if (!found) return false;
    }
    return true;
  }

  // True when a role of person e is a negotiator's or a delegate's, named
  // before any word of a spokesperson, a former official or a researcher
  // in that role ("négociateur en chef du Ghana et porte-parole du Groupe
  // africain" is; "former chief negotiator", "porte-parole de la
  // délégation" are not).
  static bool Negotiator(const Entity& e) {
    for (const auto& r : e.roles) {
      int v = RoleKind(r, false);
      if (v != 0) return v > 0;
    }
    return false;
  }

  // True when the meeting noun at k is looked forward to: "avant la séance",
  // "before the talks", "ahead of the summit", "à la veille du sommet",
  // "to prepare the Brussels meeting", "pour préparer la réunion".
  bool Anticipated(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    if (MeetingVerb(toks_[k].lower)) return false;
    for (uint32_t j = k; j > sent.begin && j + 5 > k;) {
      --j;
      const std::string& l = toks_[j].lower;
      if (Indefinite(l) && !In(l, {"de", "d'"})) return false;  // "avant une séance de travail": a new sitting
      if (In(l, {"avant", "before", "prepare", "prepares", "preparing", "préparer", "prépare", "préparent"})) return true;
      if (l == "of"sv && j > sent.begin && toks_[j - 1].lower == "ahead"sv) return true;
      if (In(l, {"veille"})) return true;
      if (!(Definite(l) || Indefinite(l) || In(l, {"du", "des", "of"}) ||
            (toks_[j].Is(kWord) && !toks_[j].Is(kCap) && !In(l, {"à", "au", "at", "in", "during", "after", "après",
                                                                 "lors", "pendant", "depuis", "since"})) ||
            doc_.MentionCovering(j) >= 0))
        return false;
    }
    return false;
  }

  // True when the people noun at j names the people of a party not yet in
  // the latest meeting: "les dirigeants de JA21", "representatives of the
  // Norwegian Fishermen's Association".
  bool NamesNewParty(uint32_t s, uint32_t j) const {
    const Sentence& sent = doc_.sentences[s];
    uint32_t x = j + 1;
    if (x >= sent.end || !In(toks_[x].lower, {"de", "du", "des", "d'", "of", "from"})) return false;
    ++x;
    while (x < sent.end && In(toks_[x].lower, {"la", "le", "l'", "les", "the"})) ++x;
    int m = x < sent.end ? doc_.MentionAt(x) : -1;
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].entity < 0) return false;
    int e = doc_.mentions[static_cast<size_t>(m)].entity;
    if (doc_.meetings.empty()) return true;
    for (const auto& p : doc_.meetings.back().participants)
      if (p.first == e) return false;
    return true;
  }

  // True when the meeting noun at k is a meeting aside the one under way:
  // "bilateral talks", "un entretien bilatéral", "on the sidelines of the
  // summit", "en marge du sommet".
  bool Aside(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = k > sent.begin + 2 ? k - 2 : sent.begin; j < sent.end && j < k + 6; ++j) {
      const std::string& l = toks_[j].lower;
      if (In(l, {"bilateral", "bilatéral", "bilatérale", "bilatéraux", "bilatérales", "sidelines", "sideline"}))
        return true;
      if (l == "marge"sv && j > k && In(toks_[j - 1].lower, {"en"})) return true;
    }
    return false;
  }

  // True when the meeting noun at k is asked for: "a réclamé une réunion",
  // "demanded talks", "called for a summit", "la demande d'une rencontre".
  bool Demanded(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t j = k; j > sent.begin && j + 4 > k;) {
      --j;
      const std::string& l = toks_[j].lower;
      if (In(l, {"réclamé", "réclame", "réclament", "réclamait", "réclamaient", "réclamant", "demandé", "demande",
                 "demandent", "demandait", "exigé", "exige", "exigent", "exigeait", "sollicité", "sollicite",
                 "demanded", "demands", "demanding", "requested", "requests", "requesting", "sought", "seeks",
                 "seeking"}))
        return true;
      if (l == "for"sv && j > sent.begin &&
          In(toks_[j - 1].lower, {"called", "calls", "calling", "call", "asked", "asks", "asking", "pressed",
                                  "pressing", "pushed", "pushing", "appealed"}))
        return true;
      if (Definite(l) || Indefinite(l) || l == "for"sv) continue;
      if (!toks_[j].Is(kWord) || toks_[j].Is(kCap) ||
          In(l, {"at", "during", "in", "on", "à", "au", "lors", "pendant", "after", "après", "avant", "before"}))
        return false;
    }
    return false;
  }

  // True when the meeting or negotiation noun at k is measured by a counted
  // length: "six heures de réunion", "au terme de deux journées de
  // négociation", "after 11 hours of talks", "three days of negotiations".
  // News copy measures a sitting that took place; without a count ("weeks of
  // talks", "des mois de négociations") it tells a process, and weeks,
  // months and years are a process's lengths, not a sitting's.
  bool Measured(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    if (k < sent.begin + 3 || !In(toks_[k - 1].lower, {"de", "d'", "of"})) return false;
    if (!In(toks_[k - 2].lower, {"heures", "jours", "journées", "nuits", "hours", "days", "nights"})) return false;
    const Token& n = toks_[k - 3];
    return n.Is(kNumber) ||
           In(n.lower, {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                        "quinze", "vingt", "plusieurs", "longues", "two", "three", "four", "five", "six", "seven",
                        "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "several", "long"});
  }

  // True when token p (after the meeting noun at k) closes a list of names
  // opened by "entre" / "between": only names, commas, "et"/"and" and
  // determiners between them.
  bool InBetweenList(uint32_t k, uint32_t p) const {
    for (uint32_t x = p; x-- > k + 1 && x + 16 > p;) {
      const std::string& w = toks_[x].lower;
      if (In(w, {"entre", "between"})) return true;
      if (!In(w, {"et", "and", ",", "le", "la", "les", "l'", "the"}) && doc_.MentionCovering(x) < 0) return false;
    }
    return false;
  }

  // True when a verb of lasting follows token j, after "to" or a reflexive
  // pronoun ("durer", "se poursuivre", "to last", "run", "continue").
  bool LastingAfter(uint32_t j, uint32_t end) const {
    uint32_t v = j + 1;
    if (v < end && In(toks_[v].lower, {"to", "se", "s'"})) ++v;
    return v < end && In(toks_[v].lower, {"durer", "poursuivre", "prolonger", "continuer", "last", "run", "continue",
                                          "go"});
  }

  int ReadMention(uint32_t s, uint32_t k, const std::string& kind, bool no_people) {
    const Sentence& sent = doc_.sentences[s];
    bool definite = false, indefinite = false, next = false;
    // "Six heures de réunion", "two days of talks": a sitting told, like a
    // definite noun (the meeting under way, or one of its own when nothing
    // was told before).
    const bool measured = Measured(s, k);
    // A singular indefinite ("a meeting", "une rencontre", "another round"):
    // a meeting not told before. French "des" may be "de les" ("Hôte des
    // discussions") and is left out.
    bool one_of_many = false;
    // A verb has no determiner ("Scholz a reçu": "a" is the auxiliary).
    for (uint32_t j = k; !MeetingVerb(toks_[k].lower) && j-- > sent.begin && j + 3 >= k;) {
      const std::string& l = toks_[j].lower;
      // "des" after a governing noun is "de les" ("l'ouverture des discussions").
      // So is "des" after a noun with its determiner ("tenu à l'écart des
      // discussions", "au cœur des pourparlers"); after a verb it is
      // indefinite ("ont tenu des discussions").
      bool contracted = l == "des"sv && j > sent.begin &&
                        (In(toks_[j - 1].lower, {"ouverture", "issue", "reprise", "fin", "début", "cours", "veille",
                                                 "lendemain", "marge", "cadre", "suite", "clôture", "résultats",
                                                 "résultat", "échec", "lors", "avant", "après", "compte", "bilan"}) ||
                         (j > sent.begin + 1 && toks_[j - 1].Is(kWord) && !toks_[j - 1].Is(kCap) &&
                          In(toks_[j - 2].lower, {"l'", "la", "le", "au", "du", "un", "une"})));
      // "un nouveau cycle de discussions", "the next round of talks": the
      // determiner belongs to the head noun before "de/of".
      bool of = In(l, {"de", "d'", "of"}) && j > sent.begin && toks_[j - 1].Is(kWord) && !toks_[j - 1].Is(kCap) &&
                !Definite(toks_[j - 1].lower) && !Indefinite(toks_[j - 1].lower) && j + 1 == k;
      if (of) continue;
      if (Definite(l) || contracted) definite = true;
      else if (Indefinite(l)) indefinite = true, one_of_many = !In(l, {"des", "de", "d'"});
      if (NextWord(l)) next = true;
      // "Ce n'était qu'une réunion de travail", "It was a long meeting": an
      // indefinite after a copula describes a meeting, it tells no new one.
      if (Indefinite(l) && one_of_many && j > sent.begin) {
        uint32_t c = j - 1;  // the copula, before one adverb ("was only a", "était simplement une")
        if (c > sent.begin && In(toks_[c].lower, {"only", "just", "merely", "simply", "seulement", "simplement", "juste"}))
          --c;
        if (In(toks_[c].lower, {"était", "est", "fut", "qu'", "was", "is"})) indefinite = one_of_many = false;
      }
      if (Definite(l) || Indefinite(l)) break;
    }
    if (k + 1 < sent.end && NextWord(toks_[k + 1].lower)) next = true;
    if (measured && !indefinite) definite = true;
    // Status.
    std::string status = "held";
    bool hyp = false, planned = next;
    // "would"/"serait" after a reporting verb is a future in reported speech
    // ("She said a meeting would be held"), not a hypothesis.
    bool reported = false;
    uint32_t report_at = k;  // the reporting verb, when reported
    for (uint32_t j = k > sent.begin + 30 ? k - 30 : sent.begin; j < k && !reported; ++j) {
      uint32_t len = 0;
      reported = IsReportingVerbAt(doc_, j, k, &len);
      if (reported) report_at = j;
    }
    // The verb governing the noun may stand a few words before it ("accueillera
    // jeudi soir une réunion"); hypotheses are read closer.
    // An aside between dashes after the noun ("a meeting of the Quad - Saudi
    // Arabia, …, and the United States - will take place") does not count
    // against the window.
    uint32_t window = 12;
    for (uint32_t j = k + 1; j < sent.end && j < k + 6; ++j)
      if (In(toks_[j].lower, {"-", "–", "—"})) {
        for (uint32_t x = j + 1; x < sent.end && x < j + 25; ++x)
          if (In(toks_[x].lower, {"-", "–", "—"})) {
            window += x - j + 1;
            break;
          }
        break;
      }
    // A name counts as one word: "the talks between the Health Service
    // Executive and the Irish Pharmaceutical Healthcare Association will
    // resume" reaches its verb.
    uint32_t window_end = k + 1;
    for (uint32_t words = 1; window_end < sent.end && words < window; ++words) {
      int m = doc_.MentionAt(window_end);
      window_end = m >= 0 ? std::max(window_end + 1, doc_.mentions[static_cast<size_t>(m)].end) : window_end + 1;
    }
    // "… après deux jours de discussions à Marseille, et une nouvelle séance
    // est prévue le 24 novembre": a coordinated clause after the noun tells
    // of another event; its tense and dates are not the noun's.
    const uint32_t clause_end = CoordinatedClauseAfter(s, k);
    window_end = std::min(window_end, clause_end);
    const bool fr = doc_.fr;
    for (uint32_t j = (k > sent.begin + 8 ? k - 8 : sent.begin); j < sent.end && j < window_end; ++j) {
      const std::string& l = toks_[j].lower;
      // "Il a annoncé qu'une réunion se tiendrait à Nairobi": a conditional in
      // reported speech is a future seen from the past.
      bool conditional = fr && l.size() > 6 &&
                         (l.compare(l.size() - 4, 4, "rait") == 0 || l.compare(l.size() - 6, 6, "raient") == 0) &&
                         !In(l, {"pourrait", "pourraient", "devrait", "devraient"});
      if (reported && (In(l, {"would", "serait", "seraient", "aurait", "auraient"}) || conditional)) {
        planned = true;
        continue;
      }
      if (HypotheticalWord(l) && j + 3 >= k && j <= k + 6) hyp = true;
      // French futures: "tiendront", "accueillera", "recevra", "se réunira".
      bool future = fr && toks_[j].Is(kWord) && !toks_[j].Is(kCap) &&
                    ((l.size() > 6 && l.compare(l.size() - 4, 4, "ront") == 0) ||
                     (l.size() > 5 && l.compare(l.size() - 2, 2, "ra") == 0 && !In(l, {"extra", "caméra", "opéra"})));
      // Farther than three words before the noun, only a future verb counts
      // ("accueillera jeudi soir, à Genève, une réunion"), not a participle
      // of another clause ("than traders had expected, after a meeting").
      bool near = j + 3 >= k;
      // "Les pourparlers, qui doivent durer jusqu'à vendredi", "talks due to
      // run until Friday": how long a meeting lasts, not a plan.
      if (PlannedWord(l) && LastingAfter(j, sent.end)) continue;
      if ((PlannedWord(l) && (near || In(l, {"will", "va", "vont", "doit", "doivent"}))) || future) planned = true;
    }
    uint32_t place_at = 0;
    int place = PlaceFor(s, k, &place_at);
    DateRange dates;
    // A date opening the sentence before a comma ("On Tuesday, before the
    // talks opened, X received Y") dates the verb of the main clause.
    bool verb_here = MeetingVerb(toks_[k].lower);
    // "X and Y agreed on Wednesday to extend the truce, at the close of a
    // fifth round of talks", "… à l'issue de deux jours de discussions":
    // the act that ended the meeting dates it, however far before.
    bool ended = false;
    for (uint32_t j = k; j > sent.begin && j + 8 > k && !ended && !verb_here;) {
      --j;
      ended = In(toks_[j].lower, {"after", "following", "issue", "terme"}) ||
              (In(toks_[j].lower, {"close", "end"}) && j + 1 < k && toks_[j + 1].lower == "of"sv);
    }
    for (const auto& d : dates_) {
      bool opening = (verb_here || ended) && d.end_token < k && d.begin >= doc_.sentences[s].begin &&
                     d.begin <= doc_.sentences[s].begin + 20 &&
                     (ended || (d.begin <= doc_.sentences[s].begin + 1 && d.end_token < sent.end &&
                                toks_[d.end_token].lower == ","sv));
      if (!d.has_start || !(d.begin > k || k - d.end_token < 8 || opening) || d.begin >= clause_end) continue;
      // "the May 31 presidential election", "le scrutin du 12 mars": the date of another event.
      bool other_event = false;
      for (uint32_t x = d.end_token; x < sent.end && x < d.end_token + 3 && !other_event; ++x)
        other_event = In(toks_[x].lower, {"election", "elections", "élection", "élections", "vote", "scrutin",
                                          "referendum", "référendum", "ballot", "deadline", "primary", "primaire"});
      for (uint32_t x = d.begin; x > sent.begin && x + 3 > d.begin && !other_event;)
        other_event = In(toks_[--x].lower, {"scrutin", "élection", "élections", "election", "vote", "référendum",
                                            "referendum", "deadline", "échéance"});
      if (other_event) continue;
      // "Selon un communiqué publié jeudi, les discussions …": the date of
      // the source, not of the meeting.
      bool source = false;
      if (d.begin < k)
        for (uint32_t j = sent.begin; j < d.begin && !source; ++j)
          source = In(toks_[j].lower, {"selon", "according", "d'après"});
      if (source) continue;
      dates = d;
      break;
    }
    // A date before the noun and across a comma belongs to the clause before
    // when the noun has its own date soon after: "talks ended on Wednesday,
    // leaving the deal to a meeting planned for October 20-21", "Lundi, une
    // réunion prévue le 3 mars a été reportée".
    if (dates.has_start && dates.end_token <= k) {
      bool comma = false;
      for (uint32_t j = dates.end_token; j < k && !comma; ++j) comma = toks_[j].lower == ","sv;
      if (comma)
        for (const auto& d : dates_)
          if (d.has_start && d.begin > k && d.begin < k + 10) {
            bool clause = false;  // the later date must stand in the noun's own clause
            for (uint32_t j = k + 1; j < d.begin && !clause; ++j)
              clause = In(toks_[j].lower, {",", ";", ":", "and", "et", "but", "mais"});
            if (!clause) {
              dates = d;
              break;
            }
          }
    }
    // "which opened on April 27 and closed on May 22", "ouverte le 3 mars et
    // close le 5": a later date of the same clause after a verb of closing
    // ends the meeting's span.
    if (dates.has_start) {
      for (const auto& d : dates_) {
        if (!d.has_start || d.begin <= dates.end_token || d.begin > dates.end_token + 6 || d.start.days <= dates.end.days)
          continue;
        bool closing = false, clause_break = false;
        for (uint32_t j = dates.end_token; j < d.begin; ++j) {
          clause_break |= In(toks_[j].lower, {",", ";", ":", "but", "mais"});
          closing |= In(toks_[j].lower, {"closed", "ended", "concluded", "wrapped", "close", "end", "ends", "closes",
                                         "clôturé", "clôturée", "close", "achevé", "achevée", "terminé", "terminée",
                                         "achève", "termine", "clôture"});
        }
        if (closing && !clause_break) {
          dates.end = d.end;
          dates.has_end = true;
        }
        break;
      }
    }
    bool verb = MeetingVerb(toks_[k].lower);
    uint32_t back_sentence = 0;
    int back_place = place < 0 && verb ? PlaceReferredBack(s, k, &back_sentence) : -1;
    if (back_place >= 0) {
      // "Il s'est rendu lundi à Bourail. Il y a rencontré X": the place and
      // date of the previous sentence.
      place = back_place;
      place_at = 0;
      if (!dates.has_start) {
        const Sentence& ps = doc_.sentences[back_sentence];
        for (const auto& d : FindDates(doc_, ps.begin, ps.end))
          if (d.has_start) {
            dates = d;
            break;
          }
      }
    }
    // A meeting looked forward to is only referred to: the place and date
    // of its sentence belong to the act before it ("On Tuesday, before the
    // formal talks opened, X received Y at the Bergen fish market").
    if (anticipated_) {
      // Its own place and date stay: "to prepare the Brussels meeting",
      // "avant le sommet de la SADC, prévu en août à Lusaka".
      if (dates.has_start && !OwnModifier(k, dates.begin)) dates = DateRange();
      if (place >= 0 && place_at + 1 != k && !OwnModifier(k, place_at)) place = -1;
    }
    // "Mardi dernier, les élus et le gouvernement se sont assis autour d'une
    // table. Six heures de réunion au ministère …": a measured sitting that
    // names no day continues the sentence before it in its paragraph, and
    // takes that sentence's past date.
    // (Not a dispatch's dateline, "MARSEILLE, 12 novembre (AFP) –": the date of the copy.)
    if (measured && !dates.has_start && s > 0 && doc_.has_date &&
        doc_.sentences[s - 1].paragraph == doc_.sentences[s].paragraph &&
        !In(toks_[doc_.sentences[s - 1].end - 1].lower, {"-", "–", "—"})) {
      const Sentence& ps = doc_.sentences[s - 1];
      for (const auto& d : FindDates(doc_, ps.begin, ps.end))
        if (d.has_start && d.start.days <= doc_.date.days) {
          dates = d;
          break;
        }
    }
    // "ended two days of talks on Wednesday", "ont achevé jeudi deux jours
    // de discussions": a sitting of N days that ends on a past day told
    // alone spans the N days up to it.
    if (measured && dates.has_start && doc_.has_date && dates.start.days == dates.end.days &&
        dates.start.days <= doc_.date.days && In(toks_[k - 2].lower, {"jours", "journées", "days"})) {
      static constexpr std::string_view kCounts[] = {"deux", "trois", "quatre", "cinq", "two", "three", "four", "five"};
      int n = 0;
      for (size_t i = 0; i < 8 && n == 0; ++i)
        if (toks_[k - 3].lower == kCounts[i]) n = static_cast<int>(i % 4) + 2;
      if (n == 0 && toks_[k - 3].Is(kNumber) && toks_[k - 3].lower.size() == 1 && toks_[k - 3].lower[0] >= '2' &&
          toks_[k - 3].lower[0] <= '5')
        n = toks_[k - 3].lower[0] - '0';
      if (n > 0) dates.start.days -= n - 1;
    }
    place_id_ = place;
    // "a similar conference in 2014", "le sommet de 2019", "the 2015
    // conference": a meeting of an earlier year than the article's is a
    // past event of its own, never the meeting the article reports.
    bool past_year = false;
    if (!dates.has_start && doc_.has_date) {
      int year = article_year_, y = 0;
      if (k > sent.begin && toks_[k - 1].Is(kNumber) && ParseYear(toks_[k - 1].lower, &y) && y < year)
        past_year = true;
      for (uint32_t j = k + 1; j + 1 < sent.end && j < k + 4 && !past_year; ++j)
        past_year = In(toks_[j].lower, {"in", "en", "of", "de"}) && toks_[j + 1].Is(kNumber) &&
                    ParseYear(toks_[j + 1].lower, &y) && y < year;
    }
    if (dates.has_start && !dates.until && doc_.has_date && dates.start.days > doc_.date.days) planned = true;
    // "The talks between A and B resume on Monday": the noun's own
    // present-tense verb of starting, after it in the same clause and before
    // a weekday date.
    if (!planned && dates.has_start && dates.begin > k && dates.end_token <= toks_.size()) {
      bool weekday = false;
      for (uint32_t x = dates.begin; x < dates.end_token; ++x) weekday |= (toks_[x].lex & Lexicon::kWeekday) != 0;
      for (uint32_t j = k + 1; weekday && j < dates.begin && j <= k + 10 && !planned; ++j) {
        const std::string& l = toks_[j].lower;
        if (!toks_[j].Is(kWord) && l != "'"sv) break;
        planned = StartingVerbPresent(l);
      }
    }
    if (!verb && Demanded(s, k)) hyp = true;
    if (next) status = "planned";
    else if (hyp) status = "hypothetical";
    else if (planned) status = "planned";
    // A weekday of a meeting still to come is the next one ("will meet on
    // Thursday", "se tiendra jeudi"), not the last one.
    if (status != "held" && dates.has_start && doc_.has_date && dates.begin < toks_.size() &&
        dates.end_token >= dates.begin && dates.start.days < doc_.date.days) {
      bool weekday = false;
      for (uint32_t x = dates.begin; x < dates.end_token; ++x) weekday |= (toks_[x].lex & Lexicon::kWeekday) != 0;
      bool last = false;
      for (uint32_t x = dates.end_token; x < dates.end_token + 2 && x < toks_.size(); ++x)
        last |= In(toks_[x].lower, {"dernier", "last"});
      if (dates.begin > 0) last |= In(toks_[dates.begin - 1].lower, {"last", "dernier"});
      if (weekday && !last) {
        int32_t span = dates.end.days - dates.start.days;
        dates.start.days += 7;  // the article's own weekday becomes the article's date
        dates.end.days = dates.start.days + span;
      }
    }
    // Participants: the people and organisations of the sentence that are
    // neither speakers, nor governed by "à/to/selon", nor possessors
    // ("les représentants de X"); places only as explicit parties
    // ("entre X et Y", "avec X", "hosted by X", "sous l'égide de X").
    std::vector<int> parts, after_parties;
    // "… since the Ankara Declaration, the framework agreed by X and Y in
    // December 2024": a clause after the noun that carries an earlier year
    // than the article's tells a past event; its people are that event's.
    uint32_t past_from = sent.end, past_to = sent.end;
    if (doc_.has_date && status == "held" && !past_year) {
      int y = 0;
      for (uint32_t j = k + 1; j < sent.end && past_from == sent.end; ++j)
        if (toks_[j].Is(kNumber) && ParseYear(toks_[j].lower, &y) && y < article_year_) {
          uint32_t c = j;
          while (c > k + 1 && c + 30 > j && toks_[c - 1].lower != ","sv) --c;  // a clause: up to 30 words
          if (c > k + 1 && toks_[c - 1].lower == ","sv) past_from = c, past_to = j;
        }
    }
    // A meeting to come in reported speech ("a annoncé que …", "said
    // technical teams will meet"); a verb of hope or intention is its
    // subject's own plan ("espère pouvoir parapher … lors du sommet").
    // A meeting "with" someone has its announcer for the other party ("X a
    // évoqué une rencontre avec les syndicats").
    bool with = k + 1 < sent.end && In(toks_[k + 1].lower, {"avec", "with"});
    bool announced = reported && status != "held" && !with &&
                     !In(toks_[report_at].lower, {"espère", "espèrent", "espérait", "souhaite", "souhaitent", "veut",
                                                  "veulent", "compte", "comptent", "hopes", "hope", "hoped", "wants",
                                                  "want", "intends", "intend", "plans", "plan"});
    bool visit = kind == "visit"sv;
    bool in_quote = toks_[k].Is(kInQuote);
    for (uint32_t j = sent.begin; j < sent.end; ++j) {
      int m = doc_.MentionAt(j);
      if (m < 0) continue;
      const auto& mm = doc_.mentions[static_cast<size_t>(m)];
      j = mm.end - 1;
      if (mm.entity < 0 || toks_[mm.begin].Is(kInQuote) != in_quote) continue;
      // "X a annoncé que l'Arabie saoudite accueillerait une nouvelle
      // session", "Y said talks would resume in Oslo": who announces a
      // meeting to come speaks of it; its parties are named in the content.
      if (announced && mm.type == EntityType::kPerson && mm.end <= report_at) continue;
      if (mm.type == EntityType::kPerson && mm.begin >= past_from && mm.end <= past_to) continue;
      bool place = mm.type == EntityType::kPlace;
      uint32_t p = mm.begin;
      while (p > sent.begin && In(toks_[p - 1].lower, {"la", "le", "l'", "les", "the"})) --p;
      p = GroupPosition(sent, p, mm.entity);
      std::string_view prev = p > sent.begin ? std::string_view(toks_[p - 1].lower) : std::string_view();
      std::string_view prev2 = p > sent.begin + 1 ? std::string_view(toks_[p - 2].lower) : std::string_view();
      bool party = In(prev, {"entre", "between", "avec", "with", "and", "et", ","}) ||
                   (In(prev, {"by", "par"}) && In(prev2, {"hosted", "mediated", "mediation", "médiation", "brokered", "led",
                                                           "accueillis", "accueillies", "organisés",
                                                           "organized", "organised", "convened", "convoqués"})) ||
                   (In(prev, {"de", "du", "d'", "of"}) && In(prev2, {"égide", "auspices", "médiation", "mediation"})) ||
                   // "The meeting … brings together Canada, Denmark and …",
                   // "la commission, qui réunit l'État et les régions": a
                   // verb of gathering after the meeting noun opens the list
                   // of its parties.
                   (p > k && (GatheringVerb(prev) ||
                              (prev == "together"sv && In(prev2, {"brings", "brought", "bringing", "bring"})) ||
                              GatheredAfterInsertion(k, p)));
      // "en présence d'Isabelle Gaudin", "in the presence of President X",
      // "avec la participation des délégations de Y": present at the meeting
      // (a title or a role may stand between).
      {
        uint32_t q = p;
        while (q > sent.begin + 2 && q + 3 > p && (toks_[q - 1].lex & (Lexicon::kTitle | Lexicon::kRole))) --q;
        if (q >= sent.begin + 2 && In(toks_[q - 1].lower, {"de", "du", "des", "d'", "of"}) &&
            In(toks_[q - 2].lower, {"présence", "presence", "participation"}))
          party = true;
      }
      // After a verb, the parties of a later meeting noun are that
      // meeting's ("The negotiators plan to meet again in Beijing, … around
      // a possible meeting between Trump and Xi"); not after "for talks",
      // the verb's own meeting.
      uint32_t pt = p;  // before a title ("between President Donald Trump and President Xi")
      while (pt > sent.begin + 1 && pt + 3 > p && ((toks_[pt - 1].lex & (Lexicon::kTitle | Lexicon::kRole)) ||
                                                   In(toks_[pt - 1].lower, {"la", "le", "l'", "les", "the"})))
        --pt;
      if (verb && mm.begin > k && In(toks_[pt - 1].lower, {"entre", "between", "avec", "with", "and", "et", ","})) {
        bool other_noun = false;
        for (uint32_t x = k + 1; x < pt && !other_noun; ++x)
          other_noun = (toks_[x].lex & Lexicon::kMeeting) && !MeetingVerb(toks_[x].lower) && x > k + 1 &&
                       !In(toks_[x - 1].lower, {"for", "pour", "in", "de", "of"}) &&
                       FindInLexicon(lex_.meeting_words, toks_[x], Lexicon::kMeeting) != lex_.meeting_words.end();
        if (other_noun) continue;
      }
      // After a verb, "avec/with X" far away belongs to another noun ("se
      // retrouver à Luxembourg … avant les négociations avec le Parlement").
      if (verb && party && mm.begin > k + 8 && In(prev, {"avec", "with", "entre", "between"})) party = false;
      // "sous l'égide de l'Égypte et du Qatar", "entre les délégations de
      // la Russie et de l'Ukraine": "et du/de la" joins a conjunct too.
      if (In(prev, {"de", "du", "des", "d'"}) && In(prev2, {"et", ","}) && !party && p >= sent.begin + 3) {
        int before = doc_.MentionCovering(p - 3);
        int be = before >= 0 ? doc_.mentions[static_cast<size_t>(before)].entity : -1;
        if (be >= 0 && std::find(parts.begin(), parts.end(), be) != parts.end()) {
          prev = prev2;
          party = true;
        }
      }
      if (In(prev, {"et", "and", ","}) && party) {
        // A conjunct joins a list of parties only: the name before the
        // conjunction must be one ("entre la Russie et l'Ukraine", "de
        // l'Égypte et du Qatar", "Colombia's government and the ELN"; not
        // "guarantor countries alongside Venezuela, Brazil and Chile").
        uint32_t c = In(toks_[p - 1].lower, {"et", "and", ","}) ? p - 1 : p - 2;  // the conjunction
        int before = c >= sent.begin + 1 ? doc_.MentionCovering(c - 1) : -1;
        if (before < 0 && c >= sent.begin + 3 && (GovernmentNoun(toks_[c - 1].lower) || PeopleNoun(toks_[c - 1].lower)) &&
            In(toks_[c - 2].lower, {"'s", "’s"}))
          before = doc_.MentionCovering(c - 3);
        int be = before >= 0 ? doc_.mentions[static_cast<size_t>(before)].entity : -1;
        party = (be >= 0 && std::find(parts.begin(), parts.end(), be) != parts.end()) ||
                (p > k && GatheredAfterInsertion(k, p));  // ", du 9 au 11 mars, le Togo et …": the first party
      }
      // "a meeting in Vienna at which Saudi Arabia pressed Kazakhstan", "une
      // réunion au cours de laquelle X a…": the clause tells who took part.
      if (mm.begin > k && !party) {
        for (uint32_t x = k + 1; x + 1 < mm.begin && x < k + 12 && !party; ++x)
          party = (In(toks_[x].lower, {"at", "during"}) && toks_[x + 1].lower == "which"sv) ||
                  (In(toks_[x].lower, {"laquelle", "lequel", "lesquelles", "lesquels"}) &&
                   In(toks_[x - 1].lower, {"de", "lors", "cours", "pendant", "durant"}));
        // "une nouvelle session …, à laquelle l'UA et l'IGAD ont été
        // invitées à participer", "a summit, to which Japan was invited":
        // the subjects of the relative clause up to its verb of invitation.
        for (uint32_t x = k + 1; x + 1 < mm.begin && x < k + 30 && !party; ++x)
          party = (In(toks_[x].lower, {"laquelle", "auquel", "auxquels", "auxquelles"}) ||
                   (toks_[x].lower == "which"sv && toks_[x - 1].lower == "to"sv)) &&
                  mm.end <= InvitedAfter(s, x + 1);
      }
      // "Autour de la table : la CGT, la CFDT et FO, face aux équipes du
      // ministère": the organisations seated at the table take part.
      if (toks_[k].lower == "table"sv && mm.begin > k) party = true;
      // "les conseillers de l'Allemagne, de la France et de l'Ukraine se sont
      // retrouvés", "the negotiators of Hamas": a country or an organisation
      // takes part through its people.
      bool through_people = mm.type != EntityType::kPerson && PossessorOfPeople(s, p);
      // "Colombia's government and the ELN", "Negotiators for Congo's
      // government", "Iran's negotiators": a country through its government or people.
      if (mm.type != EntityType::kPerson && mm.end + 1 < sent.end && In(toks_[mm.end].lower, {"'s", "’s"}) &&
          (GovernmentNoun(toks_[mm.end + 1].lower) || PeopleNoun(toks_[mm.end + 1].lower)))
        through_people = true;
      // "Iran's talks with the E3", "the EU's meeting with Mercosur": the
      // possessor of the meeting noun takes part.
      if (mm.end < k && mm.end + 4 > k && In(toks_[mm.end].lower, {"'s", "’s"})) {
        bool adjectives = true;
        for (uint32_t x = mm.end + 1; x < k; ++x) adjectives &= toks_[x].Is(kWord) && !toks_[x].Is(kCap);
        if (adjectives) through_people = true;
      }
      if (place) {
        // Places take part only as explicit parties after the meeting word, or
        // as the subject of "met" ("France and Germany met in Warsaw").
        bool subject_of_verb =
            kind == "meeting"sv && toks_[k].lower != "réunion"sv && mm.end <= k && k - mm.end <= 1;
        // … all the listed subjects of "met" ("Chile, Peru and Ecuador met in Lima").
        if (!subject_of_verb && kind == "meeting"sv && toks_[k].lower != "réunion"sv && mm.end <= k) {
          uint32_t list_end = 0;
          std::vector<int> listed = SubjectList(s, &list_end);
          subject_of_verb = list_end <= k && k - list_end <= 1 &&
                            std::find(listed.begin(), listed.end(), mm.entity) != listed.end();
        }
        if (!(party && mm.begin > k) &&
            !(subject_of_verb || (party && mm.begin < k && kind == "meeting"sv && verb)) && !through_people)
          continue;
        if (mm.place < 0) continue;
        const GazPlace& gp = lex_.places[static_cast<size_t>(mm.place)];
        // A city or region is a party right after entre/avec, or coordinated
        // in a list opened by entre/between ("entre Kigali et Kinshasa").
        if (gp.kind != "country"sv && !In(prev, {"entre", "between", "avec", "with"}) &&
            !(In(prev, {"et", "and", ","}) && InBetweenList(k, mm.begin)))
          continue;
        if (static_cast<int>(doc_.entities.size()) > 0 && mm.entity == place_id_) continue;
      } else {
        // Organisations take part as explicit parties or as the subject of the sentence.
        if (mm.type == EntityType::kOrganization && !party && !(mm.begin < k && p == sent.begin) && !through_people)
          continue;
        bool governed = In(prev, {"à", "au", "aux", "to", "selon", "according", "après", "d'après", "sur", "on", "about",
                                  "contre", "against", "pour", "for", "from", "de", "du", "des", "d'", "of", "chez",
                                  "at", "in", "en", "dans", "journal", "quotidien", "newspaper"});
        if (In(prev, {"de", "du", "d'", "of", "by", "par"}) &&
            (In(prev2, {"égide", "auspices", "médiation", "mediation", "hosted", "mediated", "présence", "presence",
                        "participation"}) ||
             (visit && p == k + 2)))
          governed = false;
        if (In(prev, {"by", "par"}) || through_people) governed = false;
        // "a delicate moment for President X", "selon le président Y": the
        // preposition governs the name across its titles.
        if (!governed && mm.type == EntityType::kPerson && p > sent.begin &&
            (toks_[p - 1].lex & (Lexicon::kTitle | Lexicon::kRole))) {
          uint32_t q = p;
          while (q > sent.begin + 1 && q + 4 > p &&
                 ((toks_[q - 1].lex & (Lexicon::kTitle | Lexicon::kRole)) ||
                  In(toks_[q - 1].lower, {"la", "le", "l'", "the"})))
            --q;
          governed = In(toks_[q - 1].lower, {"for", "to", "à", "au", "pour", "selon", "according", "d'après", "from",
                                             "against", "contre", "about", "sur"});
        }
        // "Pour l'économiste ghanéenne X, …, le sommet a montré …", "According
        // to analyst X, …": an opinion's source, before the first comma.
        if (!governed && mm.type == EntityType::kPerson) {
          uint32_t c0 = doc_.sentences[s].begin;
          bool source = c0 < sent.end && (In(toks_[c0].lower, {"pour", "selon", "d'après"}) ||
                                           (toks_[c0].lower == "according"sv && c0 + 1 < sent.end &&
                                            toks_[c0 + 1].lower == "to"sv));
          for (uint32_t x = c0; x < mm.begin && source; ++x) source = toks_[x].lower != ","sv;
          governed = source;
        }
        if (governed || Speaks(s, mm.entity, k)) continue;
        // "tandis que Thomas Lemaire, analyste à l'IRIS, rappelle que …",
        // "our correspondent Tom Hadley": commentators and reporters
        // observe the meeting, they do not take part.
        if (mm.type == EntityType::kPerson && Commentator(doc_.entities[static_cast<size_t>(mm.entity)])) continue;
        // "La Banque mondiale … suit les discussions", "X welcomed the talks", "boycotted the summit": a
        // subject that watches, judges or shuns the meeting does not take part.
        if (mm.end <= k && ReactsTo(mm.end, k)) continue;
      }
      if (std::find(parts.begin(), parts.end(), mm.entity) == parts.end()) parts.push_back(mm.entity);
      bool comma_between = false;  // "Ahead of the summit, X spoke with Y": Y is no party of the summit
      for (uint32_t x = k + 1; x < mm.begin && x < k + 8; ++x) comma_between |= toks_[x].lower == ","sv;
      if (mm.begin > k && mm.begin < k + 8 && !comma_between &&
          (In(prev, {"avec", "with", "entre", "between"}) || In(toks_[pt - 1].lower, {"avec", "with", "entre", "between"}) ||
           ((In(prev, {"et", "and", ","}) || In(toks_[pt - 1].lower, {"et", "and", ","})) && !after_parties.empty() &&
            parts.size() >= 2 &&
            parts[parts.size() - 2] == after_parties.back())))
        after_parties.push_back(mm.entity);
    }
    // "Qatari and Egyptian mediators", "les délégations ukrainienne et
    // russe": the countries named elsewhere in the article take part.
    if (!in_quote && !no_people)
      for (int e : DemonymParties(s, k))
        if (std::find(parts.begin(), parts.end(), e) == parts.end() && e != place_id_) parts.push_back(e);
    // "Britain and France agreed …, after a meeting …", "The IMF and
    // Pakistan reached …, after two weeks of talks in Islamabad": the
    // subjects whose act the meeting led to take part.
    if (!no_people && !in_quote && !verb) {
      bool after = false;
      for (uint32_t j = k; j > sent.begin && j + 7 > k && !after;) {
        --j;
        if (toks_[j].Is(kPunct) && toks_[j].lower != "-"sv) break;
        after = In(toks_[j].lower, {"after", "following", "issue", "terme"}) ||
                (toks_[j].lower == "end"sv && j + 1 < k && toks_[j + 1].lower == "of"sv);
      }
      // "Air Canada and the union made progress in two days of mediated
      // talks", "Le Maroc et l'Espagne ont avancé lors des discussions":
      // the subjects acting within the meeting take part in it.
      // The preposition governs the noun: only determiners, numbers, "of",
      // a measure ("two days of") and one adjective before the noun stand
      // between.
      bool within = false;
      uint32_t prep = k;
      while (!after && !within && prep > sent.begin && prep + 7 > k) {
        const std::string& l = toks_[--prep].lower;
        within = In(l, {"during", "in", "at", "lors", "pendant", "durant", "cours"});
        bool between = Definite(l) || Indefinite(l) || toks_[prep].Is(kNumber) || NextWord(l) ||
                       In(l, {"of", "du", "days", "hours", "weeks", "rounds", "jours", "journées", "heures", "semaines"}) ||
                       (prep + 1 == k && toks_[prep].Is(kWord) && !toks_[prep].Is(kCap));
        if (!within && !between) break;
      }
      // One affirmative clause from the subjects on: "X, who was not
      // involved in the talks" is kept out.
      for (uint32_t x = sent.begin; within && x < prep; ++x)
        within = !In(toks_[x].lower, {",", "who", "which", "that", "qui", "que", "not", "never", "pas", "jamais"});
      // A subject reporting the meeting ("X said the negotiators would
      // present a package at the next session") is no actor of it.
      if (after || within)
        for (int e : ClauseSubjects(s))
          if (std::find(parts.begin(), parts.end(), e) == parts.end() && e != place_id_ && (after || !Speaks(s, e, k)))
            parts.push_back(e);
    }
    // "L'Égypte, l'Éthiopie et le Soudan ont repris leurs discussions":
    // the listed subjects, places included, hold the meeting.
    if (!no_people && !in_quote && !verb)
      for (int e : HoldingSubjects(s, k))
        if (std::find(parts.begin(), parts.end(), e) == parts.end() && e != place_id_ && !Speaks(s, e, k))
          parts.push_back(e);
    // "he said at the closing session", "a-t-elle déclaré lors de la
    // réunion", "told the summit": whoever speaks at the meeting takes part.
    if (!in_quote && !no_people)
      for (int e : SpeakersAt(s, k))
        if (std::find(parts.begin(), parts.end(), e) == parts.end()) parts.push_back(e);
    // "The three countries met in Lima", "Delegations from the two countries
    // will meet again in March", "Lundi, les deux pays ont repris leurs
    // discussions": a numbered group opening the sentence (or its first
    // clause) as the subject stands for the parties listed before it; not
    // when it tells of the meeting or reacts to it ("Both sides said the
    // talks were useful", "the two countries welcomed the summit").
    if (!no_people && !in_quote) {
      uint32_t end = 0;
      std::vector<int> group = OpeningGroupReference(doc_, s, &end);
      bool tells = false;
      for (uint32_t j = end, len = 0; j < k && !tells; ++j) tells = IsReportingVerbAt(doc_, j, k, &len);
      if (!group.empty() && end <= k && k - end <= 12 && !tells && !ReactsTo(end, k))
        for (int e : group)
          if (e != place_id_ && std::find(parts.begin(), parts.end(), e) == parts.end()) parts.push_back(e);
    }
    // "The delegations agreed to meet again in Havana", "les deux
    // délégations ont accepté de reprendre les discussions", "both sides
    // will meet": the parties (countries, organisations) of the latest held
    // meeting, when the group is the subject opening the sentence or a
    // clause after a comma.
    if (!no_people && !in_quote && parts.empty()) {
      for (uint32_t j = k > sent.begin + 10 ? k - 10 : sent.begin; j + 1 < k; ++j) {
        bool opens = j == doc_.sentences[s].begin || (j > sent.begin && toks_[j - 1].lower == ","sv);
        if (!opens || !In(toks_[j].lower, {"the", "les", "both", "ces", "these"})) continue;
        uint32_t g = j + 1;
        if (g < k && In(toks_[g].lower, {"two", "deux"})) ++g;
        if (g >= k || !In(toks_[g].lower, {"delegations", "délégations", "sides", "parties", "camps"})) continue;
        if (toks_[j].lower == "both"sv && g != j + 1) continue;
        // The latest held meeting that has parties; "the two delegations"
        // are its two countries when it has two (not the body that hosts them).
        bool two = g > j + 1;
        for (size_t i = doc_.meetings.size(); i-- > 0 && parts.empty();) {
          if (doc_.meetings[i].status != "held" || IsAside(static_cast<int>(i))) continue;
          std::vector<int> all, places;
          for (const auto& q : doc_.meetings[i].participants) {
            EntityType t = doc_.entities[static_cast<size_t>(q.first)].type;
            if (t == EntityType::kPerson || q.first == place_id_) continue;
            all.push_back(q.first);
            if (t == EntityType::kPlace) places.push_back(q.first);
          }
          if (!two) parts = all;
          else if (places.size() == 2) parts = places;
          else if (all.size() == 2) parts = all;
          else break;  // "the two delegations" must name two parties
        }
        break;
      }
    }
    // "The two leaders will meet again", "les deux ministres se
    // retrouveront": the two people of the latest meeting (for a verb only:
    // "les deux hommes ont évoqué le sommet" is no attendance).
    if (!no_people && !in_quote && verb) {
      bool named_person = false;
      for (int e : parts) named_person |= doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
      for (uint32_t j = sent.begin; j + 2 < sent.end && j < k && !named_person; ++j) {
        if (!In(toks_[j].lower, {"two", "deux"}) || !In(toks_[j + 1].lower, {"leaders", "dirigeants", "ministers",
                                                                         "ministres", "men", "hommes", "presidents",
                                                                         "présidents", "envoys", "émissaires"}))
          continue;
        for (size_t i = doc_.meetings.size(); i-- > 0;) {
          std::vector<int> people;
          for (const auto& q : doc_.meetings[i].participants)
            if (doc_.entities[static_cast<size_t>(q.first)].type == EntityType::kPerson) people.push_back(q.first);
          if (people.size() != 2) continue;
          for (int e : people)
            if (std::find(parts.begin(), parts.end(), e) == parts.end()) parts.push_back(e);
          break;
        }
        break;
      }
    }
    // "Il y a rencontré X", "She hosted X": the subject pronoun takes part.
    if (verb) {
      int subject = PronounSubject(s, k);
      if (subject >= 0 && std::find(parts.begin(), parts.end(), subject) == parts.end()) parts.push_back(subject);
    }
    // A bare noun with nothing to tell which meeting ("Pourparlers : ..." in a headline).
    if (no_people) {
      // Only parties named right after this noun ("un cycle de discussions
      // avec les États-Unis") are its own.
      std::vector<int> kept;
      for (int p : parts)
        if (std::find(after_parties.begin(), after_parties.end(), p) != after_parties.end()) kept.push_back(p);
      parts = std::move(kept);
    }
    if (!definite && !indefinite && !next && place < 0 && !dates.has_start && parts.empty()) return -1;
    // Merge or create. A verb ("X hosted the two leaders") and a bare noun
    // ("held frank discussions", "after three days of meetings") refer to
    // the meeting under way like a definite noun does.
    // A verb refers back only when it names no one new and no place of its
    // own ("hosted the two leaders", "a reçu les délégations"); "A received
    // B in C" is a meeting of its own.
    bool verb_refers = false;
    if (verb) {
      bool located = false;
      int obj = ReceptionVerb(toks_[k].lower) ? VerbObject(s, k, &located) : -1;
      const std::string& o = obj >= 0 ? toks_[static_cast<uint32_t>(obj)].lower : std::string();
      // A group already at the meeting ("the delegations", "les dirigeants");
      // "his counterpart" is someone new.
      verb_refers = obj >= 0 && PeopleNoun(o) && (o.back() == 's' || o.back() == 'x') &&
                    !In(o, {"homologues", "counterparts"}) && !located && place < 0 &&
                    !NamesNewParty(s, static_cast<uint32_t>(obj));
      // "Les trois ministres se sont retrouvés au siège de l'UA", "The
      // delegations met at the ministry": a plural group opening the sentence
      // meets at the meeting under way, when it names no place or date of its
      // own (the people named in the sentence join that meeting).
      if (!verb_refers && IntransitiveVerb(toks_[k].lower) && place < 0 && !dates.has_start && status == "held") {
        uint32_t j = OpeningGroupNoun(s, k);
        verb_refers = j < k && j + 4 > k;
      }
      // "Suivez la réunion extraordinaire des ministres … Les ministres de
      // l'Énergie d'Estonie, de Finlande et de Suède se retrouvent ce jeudi à
      // Tallinn": a plural group or a list opening the sentence gathers at a
      // place of its own; a placeless meeting told in the two sentences
      // before is that gathering, and takes its place (FindTarget).
      if (!verb_refers && IntransitiveVerb(toks_[k].lower) && toks_[k].lower.rfind("entret", 0) != 0 && place >= 0 &&
          status != "hypothetical") {
        uint32_t list_end = 0;
        bool group = OpeningGroupNoun(s, k) < k;
        bool list = SubjectList(s, &list_end).size() >= 2 && list_end <= k;
        verb_refers = group || list;
      }
    }
    // "held bilateral talks on the sidelines", "un entretien bilatéral en
    // marge du sommet": a meeting of its own beside the one under way.
    bool aside = !verb && Aside(s, k);
    // "Delegations from A and B have been meeting since breakfast", "the
    // ministers are meeting in Oslo": a progressive verb of meeting, a
    // meeting of its own (kept only with its own place or date), never the
    // bare noun of the meeting under way.
    bool own_meeting = (toks_[k].lower == "meeting"sv || toks_[k].lower == "meetings"sv) && k > sent.begin &&
                       In(toks_[k - 1].lower, {"been", "are", "were", "is", "was", "be", "'re"});
    if (aside) definite = false, indefinite = true;
    // A capital opening the sentence is no proper name ("Talks broke down").
    bool opening = k == sent.begin || k == doc_.sentences[s].begin;
    bool bare = !definite && !indefinite && (!toks_[k].Is(kCap) || (opening && !toks_[k].Is(kAllCaps))) && !verb;
    // A part of a meeting ("la séance d'ouverture", "a plenary session", "une
    // séance de travail") is the meeting under way, not one of its own.
    bool part = SessionPart(s, k);
    int target = -1;
    // A meeting named by a proper name ("la COP30") is the same meeting at each mention.
    std::string proper = toks_[k].Is(kAllCaps) ? std::string(doc_.TokenText(k)) : std::string();
    if (!proper.empty()) {
      auto it = named_meetings_.find(proper);
      if (it != named_meetings_.end() && doc_.meetings[static_cast<size_t>(it->second)].name == proper)
        target = it->second;
    }
    // A sitting and a meeting looked forward to belong to the main meeting,
    // not to an encounter beside it.
    main_only_ = part || anticipated_;
    // "X received representatives of Y at Z": a reception naming a new party
    // is a meeting of its own, even at the place of the meeting under way.
    if (target < 0 && verb && ReceptionVerb(toks_[k].lower) && !verb_refers && status == "held") {
      int obj = VerbObject(s, k);
      if (obj >= 0 && PeopleNoun(toks_[static_cast<uint32_t>(obj)].lower) &&
          NamesNewParty(s, static_cast<uint32_t>(obj)))
        own_meeting = true;
    }
    if (past_year) own_meeting = true;
    if (target < 0 && !own_meeting)
      target = FindTarget(place, status, dates, definite || verb_refers || bare || part, indefinite && !part,
                          next && !part);
    main_only_ = false;
    if (target < 0) {
      MeetingFact m;
      m.kind = kind;
      m.status = status;
      m.first_sentence = s;
      m.span_start = toks_[k].start;
      m.span_stop = toks_[k].end;
      doc_.meetings.push_back(m);
      target = static_cast<int>(doc_.meetings.size()) - 1;
      // An encounter beside the meeting under way: "bilateral talks on the
      // sidelines", or a verb of meeting after a meeting told ("Gallina and
      // Phaahla met on Thursday evening").
      bool after_meeting = false;
      for (int i = 0; i < target; ++i) after_meeting |= doc_.meetings[static_cast<size_t>(i)].status == "held";
      // … but not the parties' delegations meeting ("Les délégations des
      // deux pays s'étaient retrouvées mardi au Centre des congrès", "The two
      // countries met again on Tuesday"): that is the meeting under way, told
      // again with its place or days.
      if (after_meeting && verb) {
        uint32_t end = 0;
        if (!OpeningGroupReference(doc_, s, &end).empty() && end <= k) after_meeting = false;
      }
      aside_.resize(doc_.meetings.size(), 0);
      aside_[static_cast<size_t>(target)] =
          past_year ? kAsidePast
                    : aside ? kAsidePhrase : (verb && after_meeting && status == "held" ? kAsideVerb : 0);
      indefinite_.resize(doc_.meetings.size(), 0);
      indefinite_[static_cast<size_t>(target)] = one_of_many && !verb;
    }

    MeetingFact& m = doc_.meetings[static_cast<size_t>(target)];
    m.sentences.push_back(s);
    // The name: the first "MOT de PLACE" form, else the first mention's words.
    std::string name;
    int pm = place >= 0 && back_place < 0 ? doc_.MentionCovering(place_at) : -1;
    if (pm >= 0 && place_at > k && place_at <= k + 3) name = doc_.Span(k, doc_.mentions[static_cast<size_t>(pm)].end);
    else if (pm >= 0 && place_at + 1 == k && !verb)
      name = doc_.Span(doc_.mentions[static_cast<size_t>(pm)].begin, k + 1);
    if (name.empty() && k + 1 < sent.end && toks_[k + 1].Is(kWord) && !toks_[k + 1].Is(kCap) &&
        (toks_[k + 1].lower.find('-') != std::string::npos || InLexicon(lex_.demonyms, toks_[k + 1], Lexicon::kDemonym)))
      name = doc_.Span(k, k + 2);
    // "une rencontre entre X et le premier ministre britannique", "a
    // possible meeting between President Trump and President Xi",
    // "discussions avec des Européens et des Ukrainiens": the noun and its
    // parties name the meeting (as the development gold names them).
    if (name.empty() && !verb && after_parties.size() >= 2 && k + 1 < sent.end &&
        In(toks_[k + 1].lower, {"entre", "between", "avec", "with"})) {
      uint32_t last = 0;
      for (uint32_t j = k + 2; j < sent.end && j < k + 16; ++j) {
        int mi = doc_.MentionAt(j);
        if (mi < 0) continue;
        const auto& mj = doc_.mentions[static_cast<size_t>(mi)];
        if (mj.entity == after_parties.back()) last = mj.end;
        j = mj.end - 1;
      }
      // "entre le Front de libération nationale kanak et socialiste (FLNKS)
      // et …": a bracketed acronym after the last party belongs to it.
      if (last + 2 < sent.end && toks_[last].lower == "("sv && toks_[last + 2].lower == ")"sv) last += 3;
      if (last > k + 2) name = doc_.Span(k, last);
    }
    // "the board's next regular session", "its quarterly meeting", "a
    // three-day meeting": the lower-case words between a determiner (or a
    // possessive) and the noun belong to the name.
    if (name.empty() && !verb && k > sent.begin) {
      uint32_t j = k;
      while (j > sent.begin && j + 3 > k && toks_[j - 1].Is(kWord) && !toks_[j - 1].Is(kCap) &&
             !Definite(toks_[j - 1].lower) && !Indefinite(toks_[j - 1].lower) &&
             !In(toks_[j - 1].lower, {"'s", "’s", "its", "his", "her", "their", "our", "this", "that", "of", "for",
                                      "to", "at", "in", "on", "and", "or", "since", "before", "after", "with", "by",
                                      "from", "en", "dans", "par", "pour", "sur", "entre", "avec", "sans", "et",
                                      "ou", "depuis", "avant", "après", "au", "aux", "à", "du", "de", "d'"}) &&
             !(toks_[j - 1].lex & Lexicon::kMeeting))
        --j;
      bool determined = j > sent.begin && (Definite(toks_[j - 1].lower) || Indefinite(toks_[j - 1].lower) ||
                                           In(toks_[j - 1].lower, {"'s", "’s", "its", "his", "her", "their", "our",
                                                                   "this", "that"}));
      // "session de négociation", "round of negotiations": the noun's
      // complement of negotiation belongs to it.
      uint32_t e = k + 1;
      if (k + 2 < sent.end && In(toks_[k + 1].lower, {"de", "of"}) &&
          (toks_[k + 2].lex & (Lexicon::kNegotiation | Lexicon::kMeeting)) && !toks_[k + 2].Is(kCap) &&
          !MeetingVerb(toks_[k + 2].lower))
        e = k + 3;
      if ((j < k && determined) || e > k + 1) name = doc_.Span(j < k && determined ? j : k, e);
    }
    if (name.empty()) name = std::string(doc_.TokenText(k));
    // A later mention's fuller name replaces a bare noun ("les discussions
    // … La dernière session de négociation, qui s'est achevée samedi").
    if (m.name.empty() || (name.find(' ') != std::string::npos && m.name.find(' ') == std::string::npos))
      m.name = name;
    if (!proper.empty() && m.name == proper) named_meetings_[proper] = target;
    if (place >= 0) {
      int cur = m.place;
      int pa = doc_.entities[static_cast<size_t>(place)].place;
      int pb = cur >= 0 ? doc_.entities[static_cast<size_t>(cur)].place : -1;
      // Keep the most specific place: a venue ("the Dolmabahçe Palace", "au
      // palais de Belém"), else the innermost place the gazetteer knows.
      bool venue = Venue(place), cur_venue = cur >= 0 && Venue(cur);
      if (cur < 0 || (venue && !cur_venue) ||
          (!cur_venue && ((pb < 0 && pa >= 0) || (pa >= 0 && pb >= 0 && lex_.Encloses(pb, pa))))) {
        m.place = place;
        m.place_sentence = s;
      }
    }
    if (dates.has_start && !m.dates.has_start) {
      if (!dates.until) m.dates = dates;  // a bound alone says nothing of when it began
    } else if (dates.has_start && DatesClash(dates, m.dates) && SameWeek(status, dates, m)) {
      // One meeting over several days: the span covers both dates.
      int32_t lo = std::min(dates.start.days, m.dates.start.days);
      int32_t hi = std::max(dates.has_end ? dates.end.days : dates.start.days,
                            m.dates.has_end ? m.dates.end.days : m.dates.start.days);
      m.dates.start.days = lo;
      m.dates.end.days = hi;
      m.dates.has_end = true;
      m.dates.when.clear();
    }
    else if (!dates.when.empty() && m.dates.when.empty() && !m.dates.has_start) m.dates.when = dates.when;
    for (int p : parts) {
      AddParticipant(m, p, s);
    }
    return target;
  }

  // True when a verb of watching, judging or shunning stands in [b, k)
  // ("suit les discussions", "welcomed the talks", "boycotted the summit"),
  // a word of exclusion ("tenu à l'écart des discussions", "excluded from
  // the talks", "absent du sommet") or a denied attendance ("who was not
  // involved in the talks", "qui n'a pas participé à la réunion", "was not
  // invited to the summit").
  bool ReactsTo(uint32_t b, uint32_t k) const {
    static const WordList kReacts{"suit", "suivent", "suivait", "surveille", "surveillent", "observe", "observent",
                                  "salué", "salue", "saluent", "critiqué", "critique", "dénoncé", "dénonce",
                                  "boycotté", "boycotte", "follows", "followed", "monitors", "monitored",
                                  "monitoring", "watching", "watches", "welcomed", "welcomes", "hailed", "praised",
                                  "criticised", "criticized", "condemned", "boycotted", "boycott", "snubbed",
                                  "skipped", "skip", "shunned", "écart", "exclu", "exclue", "exclus", "exclues",
                                  "excluded", "absent", "absente", "absents", "absentes",
                                  // "The White House has not confirmed any such summit": a
                                  // subject that confirms or denies the meeting tells of it.
                                  "confirmed", "confirm", "confirms", "denied", "denies", "confirmé", "confirme",
                                  "démenti", "dément", "démentent",
                                  // "X has not commented publicly on Monday's meeting".
                                  "commented", "comment", "comments", "commenté", "commente", "reacted", "réagi"};
    static const WordList kInvolved{"involved", "impliqué", "impliquée", "impliqués", "associé", "associée",
                                    "associés", "invited", "invité", "invitée", "invités", "convié", "conviée",
                                    "conviés", "attend", "attended", "attending", "participé", "participate",
                                    "participated", "participe", "assisté", "part", "present", "présent", "présente",
                                    "présents"};
    bool negated = false;
    for (uint32_t j = b; j < k && j < b + 30; ++j) {
      const std::string& l = toks_[j].lower;
      if (kReacts.Has(l)) return true;
      if (In(l, {"not", "pas", "never", "jamais", "n't", "ni", "neither", "nor"})) negated = true;
      if (negated && kInvolved.Has(l)) return true;
    }
    return false;
  }

  // True when the meeting noun at k names a sitting within a meeting: "séance
  // d'ouverture/de clôture/de travail", "séance plénière", "opening/closing/
  // plenary/working session".
  bool SessionPart(uint32_t s, uint32_t k) const {
    const Sentence& sent = doc_.sentences[s];
    const std::string& l = toks_[k].lower;
    if (In(l, {"plenary", "plénière"})) return true;  // "Speaking at the plenary", "lors de la plénière"
    if (!In(l, {"séance", "séances", "session", "sessions"})) return false;
    if (k > sent.begin && In(toks_[k - 1].lower, {"opening", "closing", "plenary", "working", "final", "inaugural"}))
      return true;
    if (k + 1 >= sent.end) return false;
    const std::string& n = toks_[k + 1].lower;
    if (In(n, {"plénière", "plénières", "inaugurale", "inaugurales"})) return true;
    if (k + 2 < sent.end && In(n, {"d'", "de"}))
      return In(toks_[k + 2].lower, {"ouverture", "clôture", "travail"});
    return false;
  }

  // A named building or site the gazetteer does not know: "Dolmabahçe
  // Palace", "palais de Belém", "Olympic House", "centre culturel Tjibaou".
  bool Venue(int entity) const {
    const Entity& e = doc_.entities[static_cast<size_t>(entity)];
    if (e.type != EntityType::kPlace || e.place >= 0) return false;
    std::string word;
    std::string name = LowerKey(e.name) + " ";
    for (char c : name) {
      if (c != ' ') {
        word.push_back(c);
        continue;
      }
      if (lex_.site_cues.count(word) ||
          In(word, {"centre", "center", "hôtel", "hotel", "château", "hall", "headquarters", "siège", "ministère",
                    "ministry", "chancellerie", "chancellery", "secretariat", "secrétariat"}))
        return true;
      word.clear();
    }
    return false;
  }

  bool SamePlace(int a, int b) const {
    if (a == b) return true;
    int pa = doc_.entities[static_cast<size_t>(a)].place, pb = doc_.entities[static_cast<size_t>(b)].place;
    // A site outside the gazetteer ("the Dolmabahçe Palace") may lie in any city.
    if (pa < 0 || pb < 0) return true;
    return pa >= 0 && pb >= 0 && (lex_.Encloses(pa, pb) || lex_.Encloses(pb, pa));
  }

  bool IsAside(int i) const { return static_cast<size_t>(i) < aside_.size() && aside_[static_cast<size_t>(i)]; }

  // True when a held mention dated `dates` and the held meeting m lie
  // within six days of each other.
  static bool SameWeek(const std::string& status, const DateRange& dates, const MeetingFact& m) {
    if (status != "held" || m.status != "held" || !dates.has_start || !m.dates.has_start) return false;
    int32_t lo = std::min(dates.start.days, m.dates.start.days);
    int32_t hi = std::max(dates.has_end ? dates.end.days : dates.start.days,
                          m.dates.has_end ? m.dates.end.days : m.dates.start.days);
    return hi - lo <= 6;
  }

  static bool DatesClash(const DateRange& a, const DateRange& b) {
    return a.has_start && b.has_start && (a.start.days > b.end.days || a.end.days < b.start.days);
  }

  // The meeting a new mention refers to, or -1 for a new one.
  int FindTarget(int place, const std::string& status, const DateRange& dates, bool definite, bool indefinite,
                 bool next) const {
    const auto& ms = doc_.meetings;
    auto skip = [&](int i) {
      return i == exclude_ || (main_only_ && IsAside(i)) ||
             (static_cast<size_t>(i) < aside_.size() && aside_[static_cast<size_t>(i)] == kAsidePast);
    };
    if (place >= 0) {
      for (int i = static_cast<int>(ms.size()) - 1; i >= 0; --i) {
        const MeetingFact& m = ms[static_cast<size_t>(i)];
        if (skip(i)) continue;
        if (m.status == status && m.place >= 0 && SamePlace(place, m.place) && !DatesClash(dates, m.dates)) return i;
      }
      if (!definite) return -1;
      for (int i = static_cast<int>(ms.size()) - 1; i >= 0; --i) {
        const MeetingFact& m = ms[static_cast<size_t>(i)];
        // A placeless meeting told just before ("Les consultations ont duré
        // deux jours. Ces consultations se sont tenues en Floride").
        bool recent = !m.sentences.empty() && m.sentences.back() + 2 >= current_sentence_;
        if (m.status == status && m.place < 0 && !DatesClash(dates, m.dates) && !skip(i) && recent) return i;
      }
      return -1;
    }
    // "avant la prochaine séance", "ahead of the next round": the planned
    // meeting already told, when there is one.
    if (next && definite && !indefinite && status == "planned") {
      for (int i = static_cast<int>(ms.size()) - 1; i >= 0; --i) {
        const MeetingFact& m = ms[static_cast<size_t>(i)];
        if (m.status == "planned" && !DatesClash(dates, m.dates) && !skip(i) && !IsAside(i)) return i;
      }
      return -1;
    }
    if (next || indefinite || !definite) return -1;
    for (int i = static_cast<int>(ms.size()) - 1; i >= 0; --i) {
      const MeetingFact& m = ms[static_cast<size_t>(i)];
      if (m.status == status && !DatesClash(dates, m.dates) && !skip(i)) return i;
    }
    // "ended a week of talks on Friday … who opened the session on Monday":
    // a definite mention of a held meeting dated within the same week is
    // that meeting, over a longer span.
    for (int i = static_cast<int>(ms.size()) - 1; i >= 0; --i) {
      const MeetingFact& m = ms[static_cast<size_t>(i)];
      if (!skip(i) && SameWeek(status, dates, m)) return i;
    }
    return -1;
  }

 public:
  // Meetings at the same place with the same status and compatible dates are one.
  void MergeSamePlace() {
    auto& ms = doc_.meetings;
    for (size_t i = 0; i < ms.size(); ++i) {
      for (size_t j = i + 1; j < ms.size();) {
        MeetingFact& a = ms[i];
        MeetingFact& b = ms[j];
        // An encounter beside the meeting under way stays apart.
        if (a.place < 0 || b.place < 0 || a.status != b.status || !SamePlace(a.place, b.place) ||
            DatesClash(a.dates, b.dates) || IsAside(static_cast<int>(i)) || IsAside(static_cast<int>(j))) {
          ++j;
          continue;
        }
        int pa = doc_.entities[static_cast<size_t>(a.place)].place, pb = doc_.entities[static_cast<size_t>(b.place)].place;
        if ((Venue(b.place) && !Venue(a.place)) ||
            (!Venue(a.place) && ((pa < 0 && pb >= 0) || (pa >= 0 && pb >= 0 && lex_.Encloses(pa, pb)))))
          a.place = b.place, a.place_sentence = b.place_sentence;
        if (!a.dates.has_start && b.dates.has_start) a.dates = b.dates;
        if (a.name.find(' ') == std::string::npos) a.name = b.name;
        Absorb(i, j);
      }
    }
  }

 private:
  Document& doc_;
  std::vector<Token>& toks_;
  const Lexicon& lex_;
  std::vector<DateRange> dates_;
  int article_year_ = 0;  // the year of the article's date (0 without one)
  int place_id_ = -1;  // the place of the mention being read
  std::unordered_map<std::string, int> named_meetings_;  // "COP30" -> its meeting (indices stable until the merge)
  int exclude_ = -1;   // a meeting the mention being read is not (the verb's beside it)
  // Per meeting: an encounter beside the meeting under way, told as such
  // ("bilateral talks", "on the sidelines": kAsidePhrase) or by a verb of
  // meeting after a held meeting (kAsideVerb); 0 otherwise.
  // A meeting of an earlier year ("a similar conference in 2014") is
  // kAsidePast: apart from the others, and no later mention refers to it.
  static constexpr char kAsidePhrase = 1, kAsideVerb = 2, kAsidePast = 3;
  std::vector<char> aside_;
  std::vector<char> indefinite_;  // per meeting: first told with a singular indefinite ("a meeting", "une rencontre")
  bool main_only_ = false;   // the mention being read skips the encounters of aside_
  bool anticipated_ = false; // the mention being read is looked forward to ("avant la séance")
  uint32_t current_sentence_ = 0;  // the sentence being read
  uint32_t delegation_sentence_ = UINT32_MAX - 1;  // the latest sentence that tells a delegation
};

}  // namespace

void FindMeetings(Document* doc) {
  doc->meetings.clear();
  MeetingFinder(doc).Run();
}

}  // namespace kg::ingest
