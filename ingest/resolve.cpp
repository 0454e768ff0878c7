// Stage 3: entity resolution within an article, and the resolution of
// pronouns and descriptions to the person they stand for.
//
// Persons are grouped by surname: "Dmitri Peskov", "Peskov" and "M. Peskov"
// are one entity. When two persons share a surname, a lone surname goes to
// the one mentioned last before it (never merged blindly into both).
// Organisations are grouped by known body or by name, places by gazetteer
// entry.
#include <algorithm>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "ingest/pipeline.h"
#include "ingest/text.h"

namespace kg::ingest {

using namespace std::string_view_literals;
namespace {

// The words of a mention's name, as written (views into the document's text).
std::vector<std::string_view> NameWords(const Document& doc, const Mention& m) {
  std::vector<std::string_view> w;
  w.reserve(m.end - m.begin);
  for (uint32_t k = m.begin; k < m.end; ++k)
    if (doc.tokens[k].Is(kWord)) w.push_back(doc.TokenText(k));
  return w;
}

// "J.D." and "JD" are initials compatible with "J. D."; first names are
// compatible when equal or when one is the other's initial.
bool CompatibleFirst(const std::string& a, const std::string& b) {
  std::string fa = FoldKey(a), fb = FoldKey(b);
  auto initials = [](const std::string& s) {
    std::string out;
    for (char c : s)
      if (c != ' ') out.push_back(c);
    return out;
  };
  if (fa == fb || initials(fa) == initials(fb)) return true;
  return (!fa.empty() && !fb.empty() && fa[0] == fb[0] && (initials(fa).size() <= 2 || initials(fb).size() <= 2));
}

// Next word tokens after e form a reporting verb (optionally after an auxiliary).
bool SubjectOfVerb(const Document& doc, uint32_t e, uint32_t end) {
  static constexpr std::string_view kAux[] = {"a", "avait", "aurait", "has", "had", "have", "ont", "is", "was", "also", "n'", "ne"};
  uint32_t k = e;
  for (int guard = 0; guard < 3 && k < end; ++guard) {
    uint32_t len;
    if (IsReportingVerbAt(doc, k, end, &len)) return true;
    bool aux = false;
    for (std::string_view a : kAux) aux |= doc.tokens[k].lower == a;
    if (!aux) return false;
    ++k;
  }
  return false;
}

// "al-Tayeb" -> "Tayeb", "el-Sisi" -> "Sisi"; other names unchanged.
std::string_view ArabicArticleStripped(std::string_view w) {
  for (std::string_view p : {"al-"sv, "Al-"sv, "el-"sv, "El-"sv})
    if (w.size() > p.size() + 1 && w.starts_with(p)) return w.substr(p.size());
  return w;
}

}  // namespace

bool IsPronoun(const Token& t, Gender* g) {
  if (t.lower == "il"sv || t.lower == "he"sv || t.lower == "lui"sv || t.lower == "him"sv) {
    *g = Gender::kMale;
    return true;
  }
  if (t.lower == "elle"sv || t.lower == "she"sv) {
    *g = Gender::kFemale;
    return true;
  }
  return false;
}

void Resolve(Document* doc) {
  const Lexicon& lex = Lexicon::Get();
  auto& ms = doc->mentions;
  auto& ents = doc->entities;
  ents.clear();
  ents.reserve(ms.size());  // at most one entity per mention
  auto new_entity = [&](EntityType type, size_t m) {
    Entity& e = ents.emplace_back();
    e.type = type;
    e.place = ms[m].place;
    e.body = ms[m].body;
    return static_cast<int>(ents.size() - 1);
  };
  auto attach = [&](int e, size_t m) {
    ms[m].entity = e;
    ents[static_cast<size_t>(e)].mentions.push_back(static_cast<int>(m));
    if (ents[static_cast<size_t>(e)].gender == Gender::kUnknown) ents[static_cast<size_t>(e)].gender = ms[m].gender;
  };

  // Transcripts: a word labelling three or more lines ("Kamau: …") in a text that also labels questions
  // ("Q: …", "Question : …") names the person answering; a mention of that name taken for an organisation
  // ("Wanjiru Kamau has led …": a name the gazetteer does not know, read as a company) is a person's.
  {
    const auto& toks = doc->tokens;
    std::unordered_map<std::string, int> labels;
    int questions = 0;
    const uint32_t n = static_cast<uint32_t>(toks.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (i > 0 && !toks[i].Is(kNewlineBefore | kParagraphBefore)) continue;  // not a line's first token
      uint32_t w = i;
      while (w < toks.size() && w < i + 2 && !toks[w].Is(kWord)) ++w;  // "**Q:"
      if (w + 1 >= toks.size() || !toks[w].Is(kWord) || !toks[w].Is(kCap)) continue;
      uint32_t c = w + 1;
      while (c < toks.size() && c < w + 3 && !toks[c].Is(kWord) && toks[c].lower != ":"sv) ++c;  // "**Q**:"
      if (c >= toks.size() || toks[c].lower != ":"sv) continue;
      if (toks[w].lower == "q"sv || toks[w].lower == "question"sv) ++questions;
      else ++labels[FoldKey(doc->TokenText(w))];
    }
    if (questions > 0) {
      for (auto& m : ms) {
        if (m.type != EntityType::kOrganization || m.body >= 0 || m.place >= 0 || m.end - m.begin > 3) continue;
        auto it = labels.find(FoldKey(doc->TokenText(m.end - 1)));
        if (it == labels.end() || it->second < 3) continue;
        bool name = true;
        for (uint32_t k = m.begin; k < m.end; ++k)
          name &= toks[k].Is(kWord) && toks[k].Is(kCap) && !lex.org_cues.count(toks[k].lower);
        if (!name) continue;
        m.type = EntityType::kPerson;
        m.tentative = false;
      }
    }
  }
  // "Jiwan Ahmad", "Berivan Hassan": an unconfirmed name of two capitalised words, without an organisation's
  // cue, whose second word is a known given name (many such names are also family names) and whose first
  // is no known name of any kind, is a person's name, not a company's. Repeated, it is confirmed; once, the
  // persons' rules below confirm or drop it.
  {
    std::unordered_map<std::string, int> converted;
    for (auto& m : ms) {
      if (m.type != EntityType::kOrganization || !m.tentative || m.body >= 0 || m.place >= 0 || m.end - m.begin != 2)
        continue;
      const Token& a = doc->tokens[m.begin];
      const Token& b = doc->tokens[m.begin + 1];
      if (!a.Is(kWord) || !b.Is(kWord) || !a.Is(kCap) || !b.Is(kCap) || a.Is(kAllCaps) || b.Is(kAllCaps) ||
          a.lex != 0 || lex.org_cues.count(b.lower) || !(b.lex & Lexicon::kFirstName) ||
          !lex.first_names.count(doc->TokenText(m.begin + 1)))
        continue;
      m.type = EntityType::kPerson;
      ++converted[m.name];
    }
    for (auto& m : ms)
      if (m.type == EntityType::kPerson && m.tentative && converted.count(m.name) && converted[m.name] >= 2)
        m.tentative = false;
  }
  // Short forms of an organisation named in full in the article: "Nordhavn"
  // for "Nordhavn Lines", "the Commission" for "the European Commission"
  // (a cue word of the full name). A word that is a person's surname stays a person.
  {
    std::unordered_set<std::string> surnames;
    for (const auto& m : ms)
      if (m.type == EntityType::kPerson && !m.tentative && m.end - m.begin >= 2)
        surnames.insert(FoldKey(doc->TokenText(m.end - 1)));
    // Folded word -> (organisation mention, is its first word), in text order.
    std::unordered_map<std::string, std::vector<std::pair<int, bool>>> org_words;
    for (size_t o = 0; o < ms.size(); ++o) {
      if (ms[o].type != EntityType::kOrganization || ms[o].tentative) continue;
      if (ms[o].end - ms[o].begin < 2) {
        org_words[FoldKey(ms[o].name)].push_back({static_cast<int>(o), true});  // "Oceana" … "Oceana's"
        continue;
      }
      for (uint32_t k = ms[o].begin; k < ms[o].end; ++k) {
        if (!doc->tokens[k].Is(kWord)) continue;
        auto& v = org_words[FoldKey(doc->TokenText(k))];
        if (v.empty() || v.back().first != static_cast<int>(o)) v.push_back({static_cast<int>(o), k == ms[o].begin});
      }
    }
    for (size_t m = 0; m < ms.size(); ++m) {
      if (ms[m].end - ms[m].begin != 1 || ms[m].place >= 0 || ms[m].alias_of >= 0) continue;
      bool body = ms[m].body >= 0;  // "Senate" for "U.S. Senate": a known body ending the full name
      bool candidate = (ms[m].type == EntityType::kPerson && ms[m].tentative) ||
                       (ms[m].type == EntityType::kOrganization && (ms[m].confidence < 0.8f || body));
      if (!candidate) continue;
      std::string w = FoldKey(ms[m].name);
      if (surnames.count(w)) continue;
      // "Minister of State": a word governed by a preposition is no short form; in English it may be
      // after a lower-case noun ("a spokesperson for Northgate", "employees of Northgate").
      if (ms[m].begin > 0) {
        const std::string& p = doc->tokens[ms[m].begin - 1].lower;
        bool after_noun = doc->en && ms[m].begin > 1 && doc->tokens[ms[m].begin - 2].Is(kWord) &&
                          !doc->tokens[ms[m].begin - 2].Is(kCap);
        if (In(p, {"of", "for", "de", "du", "d'"}) && !after_noun) continue;
      }
      bool cue = lex.org_cues.count(doc->tokens[ms[m].begin].lower) > 0;
      int target = -1;
      // Candidates: multi-word organisations whose first word (or, for cue words and known bodies,
      // any word) is this one, from the index built once per article.
      auto it = org_words.find(w);
      if (it == org_words.end()) continue;
      // Whether the organisation mention o is a full form of this one.
      auto full_form = [&](int o, bool first) {
        if (o == static_cast<int>(m) || ms[static_cast<size_t>(o)].type != EntityType::kOrganization) return false;
        bool match = first || cue;
        // A known body is the short form of a longer name ending with it ("Senate" for "U.S. Senate") or of
        // its branch named in the article, which starts with it ("la CFDT" after "la CFDT Santé-Sociaux").
        const Mention& full = ms[static_cast<size_t>(o)];
        bool branch = first && full.end - full.begin == 2 && full.body < 0;
        // ("Commission de l'UA", "Secretariat of the UN": a unit of the body, not its longer name.)
        bool unit = full.end - full.begin >= 2 &&
                    In(doc->tokens[full.end - 2].lower, {"de", "du", "d'", "l'", "of", "the", "des", "la"});
        if (body && !branch &&
            (full.body >= 0 || full.end - full.begin < 2 || FoldKey(doc->TokenText(full.end - 1)) != w || unit))
          return false;
        return match || body;
      };
      // The full form named last before the short one, else the first at or after it. The list is in text
      // order; at most kMaxFullForms candidates are tried on each side (bounded work when one word recurs in
      // thousands of names).
      constexpr int kMaxFullForms = 64;
      const auto& list = it->second;
      auto at = std::lower_bound(list.begin(), list.end(), ms[m].begin,
                                 [&](const std::pair<int, bool>& c, uint32_t b) { return ms[static_cast<size_t>(c.first)].begin < b; });
      int tried = 0;
      for (auto x = at; x != list.begin() && target < 0 && tried < kMaxFullForms; ++tried) {
        --x;
        if (full_form(x->first, x->second)) target = x->first;
      }
      tried = 0;
      for (auto x = at; x != list.end() && target < 0 && tried < kMaxFullForms; ++x, ++tried)
        if (full_form(x->first, x->second)) target = x->first;
      if (target < 0) continue;
      ms[m].type = EntityType::kOrganization;
      ms[m].tentative = false;
      ms[m].alias_of = target;
    }
  }
  // Persons: full names first (in text order), then lone surnames.
  std::unordered_map<std::string, std::vector<int>> by_surname;  // FoldKey(surname) -> entities
  std::vector<std::string> first_of;                   // entity -> first name(s)
  std::vector<std::vector<std::string>> words_of;      // entity -> folded words of its first full name
  for (size_t m = 0; m < ms.size(); ++m) {
    if (ms[m].type != EntityType::kPerson || ms[m].tentative) continue;
    auto words = NameWords(*doc, ms[m]);
    if (words.size() < 2 || !doc->tokens[ms[m].begin].Is(kCap)) continue;  // "von der Leyen": a surname alone
    std::string sur = FoldKey(words.back());
    std::string first(words.front());
    auto same_surname = by_surname.find(sur);
    int found = -1;
    if (same_surname != by_surname.end())
      for (int e : same_surname->second)
        if (CompatibleFirst(first_of[static_cast<size_t>(e)], first)) found = e;
    if (found >= 0) {
      attach(found, m);
      continue;
    }
    std::vector<std::string> folded;  // FoldKey of each word (the last one is sur)
    folded.reserve(words.size());
    for (size_t w = 0; w + 1 < words.size(); ++w) folded.push_back(FoldKey(words[w]));
    folded.push_back(sur);
    // A compound surname without the first name: "Silva Nunes" or "da Silva Nunes" for "Tovar da Silva
    // Nunes", "Ruiz Massieu" for "Carlos Ruiz Massieu" (the mention's words end the longer name).
    if (same_surname != by_surname.end())
      for (int e : same_surname->second) {
        const auto& full = words_of[static_cast<size_t>(e)];
        if (full.size() > folded.size() && std::equal(folded.begin(), folded.end(), full.end() - static_cast<long>(folded.size())))
          found = e;
      }
    if (found < 0) {
      found = new_entity(EntityType::kPerson, m);
      first_of.resize(ents.size());
      first_of[static_cast<size_t>(found)] = std::move(first);
      by_surname[sur].push_back(found);
      // Other short forms: "al-Tayeb" is also "Tayeb"; a name with a
      // patronymic ("Abdulaziz bin Salman", "Mohammed ibn Rashid") is also
      // called by its first word.
      if (std::string_view bare = ArabicArticleStripped(words.back()); bare.size() != words.back().size()) {
        std::string bare_key = FoldKey(bare);
        if (bare_key != sur) by_surname[bare_key].push_back(found);
      }
      for (size_t w = 1; w + 1 < folded.size(); ++w) {
        const std::string& l = folded[w];
        if (l == "bin"sv || l == "ibn"sv || l == "bint"sv || l == "ben"sv) {
          by_surname[folded.front()].push_back(found);
          break;
        }
      }
      words_of.resize(ents.size());
      words_of[static_cast<size_t>(found)] = std::move(folded);
    }
    attach(found, m);
  }
  // Full names by their first word, for names whose bearers are called by it
  // ("Mohamad Hasan" … "Mohamad", "Natthaphon Narkphanit" … "Natthaphon"):
  // used only when the word is no one's surname and names a single person.
  std::unordered_map<std::string, std::vector<int>> by_first;
  // (Here every entity with a first name has the folded words of its full name: words_of[e][0] is its fold.)
  for (size_t e = 0; e < first_of.size(); ++e)
    if (!first_of[e].empty()) {
      auto& v = by_first[words_of[e][0]];
      if (std::find(v.begin(), v.end(), static_cast<int>(e)) == v.end()) v.push_back(static_cast<int>(e));
    }
  // Lone names: the entity with that surname mentioned last before, else the first after. At most
  // kMaxSurnameVisits mentions are looked at (bounded work when thousands of people share a surname).
  constexpr size_t kMaxSurnameVisits = 4096;
  auto surname_entity = [&](size_t m, const std::string& sur) {
    auto it = by_surname.find(sur);
    if (it == by_surname.end() || it->second.empty()) return -1;
    if (it->second.size() == 1) return it->second[0];
    int best = -1;
    uint32_t best_pos = 0;
    size_t visits = 0;
    for (size_t i = 0; i < it->second.size() && visits < kMaxSurnameVisits; ++i) {
      int e = it->second[i];
      for (int om : ents[static_cast<size_t>(e)].mentions) {
        if (++visits > kMaxSurnameVisits) break;
        if (ms[static_cast<size_t>(om)].begin < ms[m].begin && ms[static_cast<size_t>(om)].begin >= best_pos)
          best = e, best_pos = ms[static_cast<size_t>(om)].begin;
      }
    }
    return best >= 0 ? best : it->second[0];
  };
  for (size_t m = 0; m < ms.size(); ++m) {
    if (ms[m].entity >= 0 || ms[m].type != EntityType::kPerson) continue;
    auto words = NameWords(*doc, ms[m]);
    if (words.empty()) continue;
    bool surname_only = words.size() == 1 || !doc->tokens[ms[m].begin].Is(kCap);
    if (ms[m].type == EntityType::kPerson && surname_only) {
      std::string sur = FoldKey(words.back());
      int e = surname_entity(m, sur);
      if (e < 0 && words.size() == 1) {
        auto f = by_first.find(sur);
        if (f != by_first.end() && f->second.size() == 1) e = f->second[0];
      }
      if (e >= 0) {
        attach(e, m);
        continue;
      }
      if (ms[m].tentative) {
        // A lone unknown word: a person when it speaks ("Kortunov said").
        const Sentence& s = doc->sentences[ms[m].sentence];
        if (!SubjectOfVerb(*doc, ms[m].end, s.end)) continue;
        // "both sides of the Atlantic welcomed …": a name after an article is no person's.
        if (ms[m].begin > s.begin &&
            In(doc->tokens[ms[m].begin - 1].lower, {"the", "a", "an", "le", "la", "l'", "les", "un", "une", "des", "du"}))
          continue;
        ms[m].tentative = false;
        ms[m].confidence = 0.6f;
      }
      int ne = new_entity(EntityType::kPerson, m);
      first_of.resize(ents.size());
      by_surname[sur].push_back(ne);
      attach(ne, m);
    } else if (ms[m].type == EntityType::kPerson) {
      // Tentative multi-word names.
      int ne = new_entity(EntityType::kPerson, m);
      first_of.resize(ents.size());
      first_of[static_cast<size_t>(ne)] = words.front();
      by_surname[FoldKey(words.back())].push_back(ne);
      attach(ne, m);
    }
  }
  // A place or organisation word that is a known person's surname is that person.
  for (size_t m = 0; m < ms.size() && !by_surname.empty(); ++m) {
    if (ms[m].entity >= 0 || ms[m].type == EntityType::kPerson) continue;
    if (ms[m].end - ms[m].begin != 1 || ms[m].body >= 0) continue;
    int e = surname_entity(m, FoldKey(ms[m].name));
    if (e >= 0 && (ms[m].place < 0 || lex.places[static_cast<size_t>(ms[m].place)].kind == "city"sv)) {
      ms[m].type = EntityType::kPerson;
      attach(e, m);
    }
  }
  // An acronym written without parentheses ("the BMA said") that spells the
  // initials of an organisation named in full in the article ("British
  // Medical Association") is that organisation. Initials of the capitalised
  // words, or of all words but a few function words; the full name is the
  // latest one before the acronym, else the first after.
  {
    const auto& toks = doc->tokens;
    std::vector<std::pair<std::string, size_t>> initials;  // (initials, mention), text order
    for (size_t o = 0; o < ms.size(); ++o) {
      const Mention& full = ms[o];
      if (full.type != EntityType::kOrganization || full.tentative || full.end - full.begin < 2) continue;
      std::string caps, all;
      for (uint32_t k = full.begin; k < full.end; ++k) {
        const Token& t = toks[k];
        if (!t.Is(kWord) || t.lower.empty()) continue;
        unsigned char c = static_cast<unsigned char>(t.lower[0]);
        if (c >= 0x80) c = 0;  // accented initials ("État") are left out of the comparison
        if (t.Is(kCap) && c) caps += static_cast<char>(c);
        if (c && !In(t.lower, {"of", "the", "and", "for", "de", "des", "du", "d'", "la", "l'", "le", "et"})) all += static_cast<char>(c);
      }
      if (caps.size() >= 2) initials.push_back({caps, o});
      if (all.size() >= 2 && all != caps) initials.push_back({all, o});
    }
    if (!initials.empty())
      for (size_t m = 0; m < ms.size(); ++m) {
        Mention& a = ms[m];
        // A known body's acronym keeps its own meaning ("EU" is no "Eastern University").
        // (An alias of another lone mention of the same acronym, set above, gives way.)
        bool alias = a.alias_of >= 0 && ms[static_cast<size_t>(a.alias_of)].end - ms[static_cast<size_t>(a.alias_of)].begin > 1;
        if (a.type != EntityType::kOrganization || a.end - a.begin != 1 || alias || a.entity >= 0 || a.body >= 0 ||
            !toks[a.begin].Is(kAllCaps) || toks[a.begin].lower.size() < 2 || toks[a.begin].lower.size() > 6)
          continue;
        const std::string& l = toks[a.begin].lower;
        int target = -1;
        for (const auto& [ini, o] : initials) {
          if (ini != l || o == m) continue;
          if (target < 0 || ms[o].begin < a.begin) target = static_cast<int>(o);
          if (ms[o].begin > a.begin) break;
        }
        if (target < 0) continue;
        a.alias_of = target;
        a.tentative = false;
      }
  }
  // Organisations and places.
  // Entities by folded name, and by known body or gazetteer entry (names hold no ':', the tokeniser splits it
  // off: the two kinds of key were once one map's "body:N"/"p:N" strings and folded names).
  std::unordered_map<std::string, int> org_by_key, place_by_key;
  std::unordered_map<int, int> org_by_body, place_by_place;
  std::unordered_map<std::string, int> acronym_count;
  for (const auto& m : ms)
    if (m.type == EntityType::kOrganization && m.tentative) ++acronym_count[m.name];
  // The acronyms the article spells out ("Union africaine (UA)") or that
  // name known bodies, by folded form: a name holding one is keyed with the
  // acronym expanded, so that "Commission de l'UA" and "Commission de
  // l'Union africaine" are one organisation.
  std::unordered_map<std::string, std::string> expansions;
  for (const auto& m : ms) {
    if (m.type != EntityType::kOrganization || m.end != m.begin + 1 || !doc->tokens[m.begin].Is(kAllCaps)) continue;
    std::string acronym = FoldKey(m.name), full;
    if (m.body >= 0) full = FoldKey(lex.bodies[static_cast<size_t>(m.body)].Name(doc->lang));
    else if (m.alias_of >= 0 && ms[static_cast<size_t>(m.alias_of)].end > ms[static_cast<size_t>(m.alias_of)].begin + 1)
      full = FoldKey(ms[static_cast<size_t>(m.alias_of)].name);
    // (Not a name that holds the acronym itself: "Commission de l'UA" spells out no "UA".)
    if (!full.empty() && (" " + full + " ").find(" " + acronym + " ") == std::string::npos)
      expansions.emplace(std::move(acronym), std::move(full));
  }
  auto org_key = [&](const Mention& m) {
    std::string key = FoldKey(m.name);
    if (expansions.empty() || m.end - m.begin < 2) return key;
    std::string out;
    size_t at = 0;
    while (at <= key.size()) {
      size_t sp = key.find(' ', at);
      if (sp == std::string::npos) sp = key.size();
      std::string word = key.substr(at, sp - at);
      auto x = expansions.find(word);
      if (!out.empty()) out += ' ';
      out += x != expansions.end() && x->second != key ? x->second : word;
      at = sp + 1;
    }
    return out;
  };
  // Two passes: a short form written before the full name it stands for waits for the second.
  for (int pass = 0; pass < 2; ++pass)
  for (size_t m = 0; m < ms.size(); ++m) {
    bool early_alias = ms[m].alias_of > static_cast<int>(m);
    if (ms[m].entity >= 0 || (pass == 0) == early_alias) continue;
    if (ms[m].alias_of >= 0 && ms[static_cast<size_t>(ms[m].alias_of)].entity >= 0) {
      int e = ms[static_cast<size_t>(ms[m].alias_of)].entity;
      org_by_key[FoldKey(ms[m].name)] = e;
      attach(e, m);
      continue;
    }
    if (ms[m].type == EntityType::kOrganization) {
      // An unconfirmed organisation name is kept when repeated or when it speaks.
      if (ms[m].tentative && acronym_count[ms[m].name] < 2) {
        const Sentence& s = doc->sentences[ms[m].sentence];
        uint32_t after = ms[m].end;
        if (after < s.end && doc->tokens[after].lower == ","sv) {
          // Past an apposition: "Global Athlete, an advocacy group, said".
          uint32_t c = after + 1;
          while (c < s.end && c < ms[m].end + 15 && doc->tokens[c].lower != ","sv) ++c;
          after = c < s.end ? c + 1 : s.end;
        }
        if (!SubjectOfVerb(*doc, ms[m].end, s.end) && !SubjectOfVerb(*doc, after, s.end)) continue;
      }
      // A known body by its index; any organisation by its (expanded) folded name too, so that a known
      // body's name and its spelled-out variants meet.
      int& by_key = org_by_key.try_emplace(org_key(ms[m]), -1).first->second;
      int& e = ms[m].body >= 0 ? org_by_body.try_emplace(ms[m].body, -1).first->second : by_key;
      if (e < 0) e = by_key >= 0 ? by_key : new_entity(EntityType::kOrganization, m);
      if (by_key < 0) by_key = e;
      attach(e, m);
    } else if (ms[m].type == EntityType::kPlace) {
      int& e = ms[m].place >= 0 ? place_by_place.try_emplace(ms[m].place, -1).first->second
                                 : place_by_key.try_emplace(FoldKey(ms[m].name), -1).first->second;
      if (e < 0) e = new_entity(EntityType::kPlace, m);
      attach(e, m);
    }
  }
  // Names and aliases.
  std::vector<const std::string*> forms;  // distinct names of the entity's mentions, first seen first
  for (auto& e : ents) {
    forms.clear();
    for (int m : e.mentions) {
      const std::string& n = ms[static_cast<size_t>(m)].name;
      if (std::none_of(forms.begin(), forms.end(), [&](const std::string* f) { return *f == n; })) forms.push_back(&n);
    }
    if (e.type == EntityType::kPlace && e.place >= 0) {
      e.name = lex.places[static_cast<size_t>(e.place)].Name(doc->lang);
    } else if (e.type == EntityType::kOrganization && e.body >= 0) {
      e.name = lex.bodies[static_cast<size_t>(e.body)].Name(doc->lang);
    } else {
      // The fullest form: most words, then longest.
      for (const std::string* form : forms) {
        const std::string& f = *form;
        size_t wf = static_cast<size_t>(std::count(f.begin(), f.end(), ' ')), wn = static_cast<size_t>(std::count(e.name.begin(), e.name.end(), ' '));
        if (e.name.empty() || wf > wn || (wf == wn && f.size() > e.name.size())) e.name = f;
      }
    }
    for (const std::string* f : forms)
      if (*f != e.name) e.aliases.push_back(*f);
  }
  doc->mention_of_token.assign(doc->tokens.size(), -1);
  for (size_t m = 0; m < ms.size(); ++m)
    if (ms[m].entity >= 0)
      for (uint32_t k = ms[m].begin; k < ms[m].end; ++k) doc->mention_of_token[k] = static_cast<int>(m);
}

int ResolveReference(const Document& doc, uint32_t i) {
  const Lexicon& lex = Lexicon::Get();
  const Token& t = doc.tokens[i];
  Gender gender = Gender::kUnknown;
  bool pronoun = IsPronoun(t, &gender);
  std::string role_head, nationality;
  bool latest = false;  // "ce dernier", "the latter"
  if (!pronoun) {
    uint32_t k = i;
    const Sentence& s = doc.sentences[t.sentence];
    if (k < s.end && (doc.tokens[k].lower == "le"sv || doc.tokens[k].lower == "la"sv || doc.tokens[k].lower == "l'"sv ||
                      doc.tokens[k].lower == "the"sv || doc.tokens[k].lower == "ce"sv || doc.tokens[k].lower == "cette"sv))
      ++k;
    if (k < s.end && (doc.tokens[k].lower == "dernier"sv || doc.tokens[k].lower == "dernière"sv ||
                      doc.tokens[k].lower == "latter"sv)) {
      latest = true;
      if (doc.tokens[k].lower == "dernière"sv) gender = Gender::kFemale;
    } else {
      // "the Turkish minister": a demonym before the role gives the nationality.
      if (k + 1 < s.end && doc.tokens[k].Is(kCap) && doc.en) {
        auto d = FindInLexicon(lex.demonyms, doc.tokens[k], Lexicon::kDemonym);
        if (d != lex.demonyms.end() && RoleAt(doc, k + 1, s.end)) {
          nationality = d->second;
          ++k;
        }
      }
      uint32_t len = RoleAt(doc, k, s.end);
      // "Le Portugais, qui présidait …, a annoncé", "la Française a estimé": a French nationality noun after a
      // singular definite article stands for a person of that nationality (or of an unknown one).
      if (!len && k > i && k < s.end && doc.fr && doc.tokens[i].lower != "les"sv && doc.tokens[k].Is(kCap) &&
          (k + 1 >= s.end || !doc.tokens[k + 1].Is(kCap))) {
        auto d = FindInLexicon(lex.demonyms, doc.tokens[k], Lexicon::kDemonym);
        if (d == lex.demonyms.end()) return -1;
        nationality = d->second;
        if (doc.tokens[i].lower == "la"sv) gender = Gender::kFemale;
        if (doc.tokens[i].lower == "le"sv) gender = Gender::kMale;
      } else if (!len) {
        return -1;
      }
      if (len) {
        role_head = doc.tokens[k].lower;
        for (uint32_t j = k + len; j < s.end && j < k + len + 3; ++j) {
          auto d = FindInLexicon(lex.demonyms, doc.tokens[j], Lexicon::kDemonym);
          if (d != lex.demonyms.end()) nationality = d->second;
        }
      }
      if (i > 0 && doc.tokens[i].lower == "la"sv) gender = Gender::kFemale;
    }
  }
  // A description names the person who holds that role, when one does.
  if (!role_head.empty()) {
    int best = -1;
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      const Entity& en = doc.entities[e];
      if (en.dropped || en.type != EntityType::kPerson) continue;
      bool has = false;
      for (const auto& r : en.roles) has |= LowerKey(r).rfind(role_head, 0) == 0;
      if (!has) continue;
      // "the Turkish minister": a holder of the role whose nationality is unknown is not taken for it (the most
      // salient person below may be).
      if (!nationality.empty() && en.nationality != nationality) continue;
      // The holder mentioned last before the description.
      for (int m : en.mentions)
        if (doc.mentions[static_cast<size_t>(m)].begin < i) best = static_cast<int>(e);
      if (best == static_cast<int>(e)) break;
    }
    if (best >= 0) return best;
  }
  // Otherwise the most salient person before: the speaker of the latest
  // statement in the nearest sentence, else that sentence's first person
  // not governed by a preposition.
  uint32_t s0 = t.sentence;
  for (uint32_t back = 0; back <= 4 && back <= s0; ++back) {
    uint32_t s = s0 - back;
    std::vector<int> cands;
    // Statements are in sentence order (FindStatements sorts them): the ones of sentence s, latest first.
    auto range = std::equal_range(doc.statements.begin(), doc.statements.end(), s,
                                  [](const auto& a, const auto& b) {
                                    if constexpr (std::is_same_v<std::decay_t<decltype(a)>, uint32_t>) return a < b.sentence;
                                    else return a.sentence < b;
                                  });
    for (auto it = std::make_reverse_iterator(range.second); it != std::make_reverse_iterator(range.first); ++it)
      if (it->speaker >= 0 && doc.entities[static_cast<size_t>(it->speaker)].type == EntityType::kPerson &&
          (back > 0 || it->ev_start < doc.tokens[i].start))
        cands.push_back(it->speaker);
    const Sentence& sent = doc.sentences[s];
    // The mentions starting in the sentence (before i in i's own), in text order: doc.mentions is sorted by
    // begin; each token's is the one MentionAt gives.
    const uint32_t stop = back > 0 ? sent.end : std::min(sent.end, i);
    auto first = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sent.begin,
                                  [](const Mention& m, uint32_t b) { return m.begin < b; });
    for (auto mit = first; mit != doc.mentions.end() && mit->begin < stop; ++mit) {
      const uint32_t k = mit->begin;
      const int m = static_cast<int>(mit - doc.mentions.begin());
      if (doc.MentionAt(k) != m) continue;
      const Mention& mm = *mit;
      if (mm.entity < 0 || mm.type != EntityType::kPerson || doc.tokens[k].Is(kInQuote)) continue;
      uint32_t pk = k;  // the token before the name, past a courtesy title ("de M. Kurti")
      if (pk > sent.begin && (doc.tokens[pk - 1].lex & Lexicon::kTitle)) --pk;
      const std::string& prev = pk > sent.begin ? doc.tokens[pk - 1].lower : "";
      bool governed = prev == "à"sv || prev == "avec"sv || prev == "with"sv || prev == "to"sv || prev == "of"sv ||
                      prev == "de"sv || prev == "du"sv || prev == "par"sv || prev == "by"sv || prev == "for"sv;
      if (latest) cands.insert(cands.begin(), mm.entity);  // the last one ends up first
      else if (!governed) cands.push_back(mm.entity);
    }
    for (int e : cands) {
      const Entity& en = doc.entities[static_cast<size_t>(e)];
      if (en.dropped) continue;
      if (gender != Gender::kUnknown && en.gender != Gender::kUnknown && en.gender != gender) continue;
      if (!nationality.empty() && !en.nationality.empty() && en.nationality != nationality) continue;
      return e;
    }
  }
  return -1;
}

namespace {

// Generic nouns and the word an organisation's name holds when the noun
// names its kind ("" for nouns of any organisation: "institution", "group").
const char* OrgNounKind(std::string_view l) {
  static const StringMap<const char*> kNouns = {
      {"agence", "agence"}, {"agency", "agency"}, {"ministère", "ministère"}, {"ministry", "ministry"},
      {"institution", ""}, {"organisation", ""}, {"organization", ""}, {"group", ""}, {"groupe", ""},
      {"union", "union"}, {"syndicat", "syndicat"}, {"party", "party"}, {"parti", "parti"},
      {"company", ""}, {"entreprise", ""}, {"société", ""}, {"bank", "bank"}, {"banque", "banque"},
      {"alliance", "alliance"}, {"commission", "commission"}, {"fund", "fund"}, {"fonds", "fonds"},
      {"mouvement", ""}, {"movement", ""}, {"coalition", "coalition"}, {"firm", ""},
      {"carrier", ""}, {"insurer", ""}, {"lender", ""}, {"métropole", "métropole"}, {"association", "association"},
      {"université", "université"}, {"university", "university"}, {"department", "department"},
      {"authority", "authority"}, {"autorité", "autorité"}, {"watchdog", ""}, {"regulator", ""}, {"régulateur", ""},
      {"airline", ""}, {"broadcaster", ""}, {"operator", ""}, {"opérateur", ""}, {"manufacturer", ""},
      {"constructeur", ""}, {"automaker", ""}, {"retailer", ""}, {"distributeur", ""}, {"ngo", ""}, {"ong", ""},
      {"institute", "institute"}, {"institut", "institut"}, {"council", "council"}, {"conseil", "conseil"},
      {"federation", "federation"}, {"fédération", "fédération"}, {"league", "league"}, {"ligue", "ligue"},
      {"club", "club"}, {"chamber", "chamber"}, {"chambre", "chambre"}, {"committee", "committee"},
      {"comité", "comité"}, {"foundation", "foundation"}, {"fondation", "fondation"}};
  auto it = kNouns.find(l);
  return it == kNouns.end() ? nullptr : it->second;
}

}  // namespace

bool IsGenericOrgNoun(std::string_view lower) { return OrgNounKind(lower) != nullptr; }

int CountryEntityOf(const Document& doc, std::string_view code) {
  const Lexicon& lex = Lexicon::Get();
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& en = doc.entities[e];
    if (en.dropped || en.type != EntityType::kPlace || en.place < 0 || en.mentions.empty()) continue;
    const GazPlace& gp = lex.places[static_cast<size_t>(en.place)];
    if (gp.kind == "country"sv && gp.country == code) return static_cast<int>(e);
  }
  return -1;
}

int ResolveOrgReference(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  const char* kind = t.Is(kCap) ? nullptr : OrgNounKind(t.lower);
  if (!kind) return -1;
  // Backwards from i over at most 500 mentions (bounded work on very long articles).
  auto first_after = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), i,
                                      [](const Mention& m, uint32_t t) { return m.begin < t; });
  size_t n = static_cast<size_t>(first_after - doc.mentions.begin());
  for (size_t k = n, seen = 0; k-- > 0 && seen < 500; ++seen) {
    const Mention& mm = doc.mentions[k];
    if (mm.type != EntityType::kOrganization || mm.entity < 0) continue;
    const Entity& en = doc.entities[static_cast<size_t>(mm.entity)];
    if (en.dropped) continue;
    if (!*kind) return mm.entity;  // the latest organisation
    bool holds = LowerKey(en.name).find(kind) != std::string::npos;
    for (const auto& a : en.aliases) holds |= LowerKey(a).find(kind) != std::string::npos;
    // … or classified by it right before a mention ("the drivers' union Aslef", "le syndicat FO") or right
    // after it ("the FNV union").
    for (uint32_t x = mm.begin > 3 ? mm.begin - 3 : 0; x < mm.begin && !holds; ++x) holds = doc.tokens[x].lower == kind;
    if (!holds && mm.end < i) holds = doc.tokens[mm.end].lower == kind;
    if (holds) return mm.entity;  // the latest one holding the kind word
  }
  return -1;
}

namespace {


// What a group noun may stand for.
enum class GroupKind : uint8_t {
  kNone,
  kCountries,      // "countries", "pays", "governments": places standing for their governments
  kOrganisations,  // "companies", "syndicats", "leagues"
  kParties,        // "sides", "parties", "délégations": either
};

GroupKind GroupNounKind(std::string_view l) {
  if (In(l, {"countries", "pays", "nations", "states", "états", "etats", "governments", "gouvernements", "capitals",
             "capitales", "neighbours", "neighbors", "voisins", "republics", "républiques"}))
    return GroupKind::kCountries;
  if (In(l, {"companies", "entreprises", "groups", "groupes", "unions", "syndicats", "organisations", "organizations",
             "partis",
             "leagues", "ligues", "federations", "fédérations", "firms", "banks", "banques", "operators", "opérateurs",
             "carriers", "compagnies", "institutions", "agencies", "agences", "bodies", "organismes", "movements",
             "mouvements"}))
    return GroupKind::kOrganisations;
  if (In(l, {"sides", "parties", "camps", "delegations", "délégations", "partners", "partenaires", "signatories",
             "signataires", "belligerents", "belligérants", "protagonists", "protagonistes"}))
    return GroupKind::kParties;
  return GroupKind::kNone;
}

// True when the mention can be a member of a group of this kind.
bool GroupMember(const Mention& m, GroupKind kind) {
  if (m.entity < 0 || m.type == EntityType::kPerson) return false;
  if (kind == GroupKind::kCountries) return m.type == EntityType::kPlace;
  if (kind == GroupKind::kOrganisations) return m.type == EntityType::kOrganization;
  return true;
}

// Function words between a list's separators and its names ("et de la
// Russie", "and the ELN").
bool ListFiller(std::string_view l) {
  return In(l, {"the", "of", "la", "le", "les", "l'", "de", "du", "des", "d'"});
}

// The n members (entities, in text order) of a list in apposition to the
// group noun at token `noun`: after lower-case modifiers ("de la future
// majorité") and names after a preposition ("fondateurs du Mercosur"),
// seven tokens at most, an opening dash, parenthesis, colon or comma, then n
// names of the group's kind joined by commas and a last "and" / "et",
// closed by the matching dash or parenthesis, a comma or the sentence's
// end. *end: the token after the list. Empty when there is no such list.
std::vector<int> AppositiveGroupList(const Document& doc, uint32_t noun, uint32_t send, int n, GroupKind kind,
                                     uint32_t* end) {
  const auto& toks = doc.tokens;
  uint32_t x = noun + 1;
  while (x < send && x < noun + 8) {
    if (toks[x].Is(kWord) && !toks[x].Is(kCap)) {
      ++x;
      continue;
    }
    // "des quatre pays fondateurs du Mercosur – le Brésil, …": a complement
    // naming the whole the members belong to.
    int whole = doc.MentionAt(x);
    if (whole < 0 || x < noun + 2 || !ListFiller(toks[x - 1].lower)) break;
    x = doc.mentions[static_cast<size_t>(whole)].end;
  }
  if (x + 1 >= send || !In(toks[x].lower, {"(", "-", "–", "—", ":", ","})) return {};
  const std::string_view open = toks[x].lower;
  std::vector<int> members;
  ++x;
  for (;;) {
    for (int k = 0; k < 3 && x < send && ListFiller(toks[x].lower); ++k) ++x;
    int m = x < send ? doc.MentionAt(x) : -1;
    if (m < 0) return {};
    const Mention& mm = doc.mentions[static_cast<size_t>(m)];
    if (!GroupMember(mm, kind) || doc.entities[static_cast<size_t>(mm.entity)].dropped ||
        std::find(members.begin(), members.end(), mm.entity) != members.end())
      return {};
    members.push_back(mm.entity);
    x = mm.end;
    if (x < send && toks[x].lower == "("sv) {  // "(CDA)": an acronym after the name
      while (x < send && toks[x].lower != ")"sv) ++x;
      if (x < send) ++x;
    }
    if (static_cast<int>(members.size()) == n) break;
    const bool last = static_cast<int>(members.size()) == n - 1;
    if (x < send && toks[x].lower == ","sv) ++x;
    if (last) {
      if (x >= send || !In(toks[x].lower, {"and", "et"})) return {};
      ++x;
    } else if (toks[x - 1].lower != ","sv) {
      return {};
    }
  }
  // Closed by the sentence's end, or: ")" after "("; a comma or a stop
  // after "," or ":"; a dash, a comma or a stop after a dash.
  if (x < send) {
    std::string_view close = toks[x].lower;
    bool closed = open == "("sv                    ? close == ")"sv
                  : (open == ","sv || open == ":"sv) ? In(close, {",", ".", ";"})
                                                     : In(close, {"-", "–", "—", ",", "."});
    if (!closed) return {};
  }
  *end = x < send && !In(toks[x].lower, {".", ";"}) ? x + 1 : x;
  return members;
}

}  // namespace

int GroupCount(std::string_view l) {
  static constexpr std::pair<std::string_view, int> kCounts[] = {
      {"two", 2},  {"both", 2},  {"deux", 2},  {"three", 3}, {"trois", 3}, {"four", 4}, {"quatre", 4},
      {"five", 5}, {"cinq", 5},  {"six", 6},   {"seven", 7}, {"sept", 7}};
  if (l.size() < 3 || l.size() > 6) return 0;  // the sizes of the words above
  for (const auto& [w, n] : kCounts)
    if (l == w) return n;
  return 0;
}

std::vector<int> ResolveGroupReference(const Document& doc, uint32_t i, uint32_t* len) {
  const auto& toks = doc.tokens;
  if (i >= toks.size()) return {};
  const uint32_t s = toks[i].sentence;
  const uint32_t send = doc.sentences[s].end;
  int n = GroupCount(toks[i].lower);
  if (n == 0) return {};
  // "both sides", "the two countries", "the two neighbouring countries",
  // "les deux pays voisins", "les trois États".
  uint32_t noun = i + 1;
  if (noun + 1 < send && GroupNounKind(toks[noun].lower) == GroupKind::kNone && toks[noun].Is(kWord) &&
      !toks[noun].Is(kCap) && GroupNounKind(toks[noun + 1].lower) != GroupKind::kNone)
    ++noun;
  if (noun >= send) return {};
  const GroupKind kind = GroupNounKind(toks[noun].lower);
  if (kind == GroupKind::kNone || toks[noun].Is(kCap)) return {};
  // "two countries" without a determiner is any two countries, not the ones named ("Two countries abstained").
  if (toks[i].lower != "both"sv &&
      (i == doc.sentences[s].begin || !In(toks[i - 1].lower, {"the", "these", "those", "les", "des", "ces", "aux",
                                                               "leurs", "their"})))
    return {};
  // A list of exactly n members in apposition right after the group names
  // it: "les quatre organisations représentatives - la CGT, l'UNSA, SUD-Rail
  // et la CFDT -", "the five parties of the coalition (A, B, C, D and E)",
  // "les deux pays, le Kenya et l'Ouganda, …".
  if (std::vector<int> listed = AppositiveGroupList(doc, noun, send, n, kind, len); !listed.empty()) {
    *len -= i;
    return listed;
  }
  // Backwards from i to the start of the sentence two before: the latest
  // list of exactly n distinct members of the kind, joined by commas and a
  // last "and" / "et".
  const uint32_t lo = doc.sentences[s >= 2 ? s - 2 : 0].begin;
  // The mention ending just before token x, over list fillers; -1 if none.
  auto mention_ending = [&](uint32_t x) -> int {
    while (x > lo && ListFiller(toks[x - 1].lower)) --x;
    return x > lo ? doc.MentionCovering(x - 1) : -1;
  };
  // The mention starting at token x, over list fillers; -1 if none.
  auto mention_starting = [&](uint32_t x, uint32_t end) -> int {
    for (uint32_t k = 0; k < 3 && x < end && ListFiller(toks[x].lower); ++k) ++x;
    return x < end ? doc.MentionAt(x) : -1;
  };
  for (uint32_t k = i; k-- > lo + 1;) {
    if (!In(toks[k].lower, {"and", "et"})) continue;
    int last = mention_starting(k + 1, i);
    if (last < 0) continue;
    std::vector<int> members;
    // False when mention m cannot be a member (of another kind, or named twice).
    auto add = [&](int m) {
      const Mention& mm = doc.mentions[static_cast<size_t>(m)];
      if (!GroupMember(mm, kind) || doc.entities[static_cast<size_t>(mm.entity)].dropped) return false;
      if (std::find(members.begin(), members.end(), mm.entity) != members.end()) return false;
      members.push_back(mm.entity);
      return true;
    };
    if (!add(last)) continue;
    // Backwards from the "and": "A and", then "A, B and" (a serial comma
    // too: "A, B, and"). A name after a comma and a preposition ("In Lima,
    // Chile and Peru …") opens no member.
    uint32_t x = k;
    if (x > lo && toks[x - 1].lower == ","sv) --x;
    bool clean = true;
    for (bool first = true;; first = false) {
      int m = mention_ending(x);
      if (m < 0) {
        clean = !first;
        break;
      }
      uint32_t b = doc.mentions[static_cast<size_t>(m)].begin;
      while (b > lo && ListFiller(toks[b - 1].lower)) --b;
      if (!first && b > lo && In(toks[b - 1].lower, {"in", "at", "à", "au", "en", "dans", "to", "vers", "from", "depuis",
                                                     "since", "with", "avec", "by", "par"}))
        break;
      if (!add(m)) {
        clean = false;
        break;
      }
      if (b > lo && toks[b - 1].lower == ","sv) {
        x = b - 1;
        continue;
      }
      break;
    }
    if (clean && static_cast<int>(members.size()) == n) {
      std::reverse(members.begin(), members.end());
      *len = noun + 1 - i;
      return members;
    }
  }
  return {};
}

std::vector<int> OpeningGroupReference(const Document& doc, uint32_t s, uint32_t* end) {
  const auto& toks = doc.tokens;
  const Sentence& sent = doc.sentences[s];
  // The subject opens the sentence, or the clause after a first comma ("On
  // Monday, the two countries …", "Lundi, les deux pays …") or colon ("That
  // could change: negotiators from the three countries met …").
  uint32_t starts[3] = {sent.begin, sent.end, sent.end};
  for (uint32_t x = sent.begin, k = 1; x < sent.end && x < sent.begin + 8 && k < 3; ++x)
    if (toks[x].lower == ","sv || toks[x].lower == ":"sv) starts[k++] = x + 1;
  for (uint32_t start : starts) {
    // Up to five words before the number: determiners, and the people or
    // delegations of the group ("Delegations from the", "Les négociateurs des").
    for (uint32_t x = start; x < sent.end && x < start + 6; ++x) {
      uint32_t len = 0;
      std::vector<int> group = ResolveGroupReference(doc, x, &len);
      if (!group.empty()) {
        *end = x + len;
        return group;
      }
      if (!In(toks[x].lower, {"the", "les", "des", "ces", "these", "from", "of", "for", "de", "du", "d'", "delegations",
                              "délégations", "negotiators", "négociateurs", "representatives", "représentants",
                              "officials", "responsables", "ministers", "ministres", "leaders", "dirigeants", "envoys",
                              "émissaires", "teams", "équipes", "governments", "gouvernements", "presidents",
                              "présidents", "chefs", "heads", "foreign", "trade"}))
        break;
    }
  }
  return {};
}

}  // namespace kg::ingest
