#include "ingest/lexicon.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "ingest/cue_words.h"
#include "ingest/data_files.h"
#include "ingest/text.h"

namespace kg::ingest {
using namespace std::literals;
namespace {

// Calls fn(fields) for every non-comment, non-empty line of an embedded file.
template <typename Fn>
void ForEachLine(std::string_view file, Fn fn) {
  std::string_view data = EmbeddedFile(file);
  size_t pos = 0;
  std::vector<std::string_view> fields;
  while (pos < data.size()) {
    size_t e = data.find('\n', pos);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(pos, e - pos);
    pos = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    // Fields are short: a byte loop (no call per field).
    const char* p = line.data();
    const char* const stop = p + line.size();
    for (const char* f = p;; ++p) {
      if (p == stop || *p == '\t') {
        fields.emplace_back(f, static_cast<size_t>(p - f));
        if (p == stop) break;
        f = p + 1;
      }
    }
    fn(fields);
  }
}

std::vector<std::string> SplitBar(std::string_view s) {
  std::vector<std::string> out;
  size_t f = 0;
  while (f <= s.size()) {
    size_t t = s.find('|', f);
    std::string_view x = s.substr(f, t == std::string_view::npos ? std::string_view::npos : t - f);
    if (!x.empty()) out.emplace_back(x);
    if (t == std::string_view::npos) break;
    f = t + 1;
  }
  return out;
}

Gender ParseGender(std::string_view g) {
  return g == "m" ? Gender::kMale : g == "f" ? Gender::kFemale : Gender::kUnknown;
}

// The first token of a lexicon phrase ("chef de l'état" -> "chef", "l'élysée" -> "l'").
std::string FirstWord(const std::string& phrase) {
  size_t sp = phrase.find(' ');
  size_t ap = phrase.find('\'');
  if (ap != std::string::npos && ap < sp) sp = ap + 1;
  return phrase.substr(0, sp);
}

char32_t PeekFirst(const std::string& s) {
  size_t i = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &i);
}

// The integer written in `s` (a population of the gazetteer), as atoll
// reads it: plain digits (up to 18: no overflow) directly, other forms
// ("", "+5", " 12") by atoll itself.
int64_t ParsePopulation(std::string_view s) {
  if (!s.empty() && s.size() <= 18) {
    int64_t v = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) v = v * 10 + (s[i] - '0');
    if (i == s.size()) return v;
  }
  return std::atoll(std::string(s).c_str());
}

// The number written in `s` (a coordinate of the gazetteer), as strtod
// reads it: std::from_chars (both round correctly, so they agree) for plain
// decimals, strtod itself for other forms ("+1.5", " 2").
double ParseDouble(std::string_view s) {
  // The common form "-12.345678" with at most 15 digits: the digits as an
  // integer (below 2^53: exact) divided by a power of ten up to 10^22
  // (exact): one correctly rounded operation on exact operands, so the
  // double strtod returns.
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  {
    size_t i = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (negative) ++i;
    uint64_t digits = 0;
    size_t count = 0, fraction = 0;
    bool point = false, ok = i < s.size();
    for (; i < s.size() && ok; ++i) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + static_cast<uint64_t>(c - '0');
        ++count;
        if (point) ++fraction;
      } else if (c == '.' && !point && count > 0 && i + 1 < s.size()) {
        point = true;
      } else {
        ok = false;
      }
    }
    if (ok && count > 0 && count <= 15 && fraction <= 22) {
      double v = static_cast<double>(digits) / kPow10[fraction];
      return negative ? -v : v;
    }
  }
  double d = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec == std::errc() && end == s.data() + s.size()) return d;
  return std::strtod(std::string(s).c_str(), nullptr);
}

size_t WordCount(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1; }

}  // namespace

Lexicon::Lexicon() {
  ForEachLine("stopwords.txt", [&](const auto& f) {
    if (f.size() >= 2) stopwords.emplace(LowerKey(f[0]), std::string(f[1]));
  });
  ForEachLine("abbreviations.txt", [&](const auto& f) { abbreviations.insert(LowerKey(f[0])); });
  ForEachLine("first_names.txt", [&](const auto& f) {
    first_names[std::string(f[0])] = f.size() > 1 ? ParseGender(f[1]) : Gender::kUnknown;
  });
  ForEachLine("titles.txt", [&](const auto& f) {
    titles[std::string(f[0])] = f.size() > 1 ? ParseGender(f[1]) : Gender::kUnknown;
  });
  ForEachLine("roles.txt", [&](const auto& f) {
    std::string r = LowerKey(f[0]);
    max_role_words = std::max(max_role_words, WordCount(r));
    roles.insert(std::move(r));
  });
  ForEachLine("person_nouns.txt", [&](const auto& f) { person_nouns.insert(LowerKey(f[0])); });
  ForEachLine("org_cues.txt", [&](const auto& f) {
    uint8_t flags = 0;
    std::string_view pos = f.size() > 1 ? f[1] : "any";
    if (pos == "head" || pos == "any") flags |= kCueHead;
    if (pos == "tail" || pos == "any") flags |= kCueTail;
    org_cues[LowerKey(f[0])] |= flags;
  });
  ForEachLine("reporting_verbs.txt", [&](const auto& f) {
    std::string v = LowerKey(f[0]);
    max_verb_words = std::max(max_verb_words, WordCount(v));
    reporting_verbs.emplace(std::move(v), f.size() > 1 ? std::string(f[1]) : "");
  });
  ForEachLine("demonyms.txt", [&](const auto& f) {
    if (f.size() >= 2) demonyms.emplace(LowerKey(f[0]), std::string(f[1]));
  });
  ForEachLine("months.txt", [&](const auto& f) {
    if (f.size() >= 2) months.emplace(LowerKey(f[0]), std::atoi(std::string(f[1]).c_str()));
  });
  ForEachLine("weekdays.txt", [&](const auto& f) {
    if (f.size() >= 2) weekdays.emplace(LowerKey(f[0]), std::atoi(std::string(f[1]).c_str()));
  });
  ForEachLine("meeting_words.txt", [&](const auto& f) {
    meeting_words.emplace(LowerKey(f[0]), f.size() > 2 ? std::string(f[2]) : "meeting");
  });
  ForEachLine("document_words.txt", [&](const auto& f) {
    std::string d = LowerKey(f[0]);
    max_document_words = std::max(max_document_words, WordCount(d));
    document_words.insert(std::move(d));
  });
  ForEachLine("negotiation_words.txt", [&](const auto& f) { negotiation_words.insert(LowerKey(f[0])); });
  ForEachLine("site_cues.txt", [&](const auto& f) { site_cues.insert(LowerKey(f[0])); });

  auto add_name = [&](const std::string& name, NameRef ref) {
    if (name.empty()) return;
    std::string key = LowerKey(name);
    if (ref.curated && !IsUpperCodePoint(PeekFirst(name))) lower_first_.insert(FirstWord(key));
    auto& refs = names[key];
    for (const auto& r : refs)
      if (r.kind == ref.kind && r.index == ref.index) return;
    refs.push_back(ref);
    size_t sp = key.find(' ');
    size_t ap = key.find('\'');
    if (ap != std::string::npos && ap < sp) sp = ap + 1;  // "l'élysée": the first token is "l'"
    std::string_view first = std::string_view(key).substr(0, sp);
    // Tokens, not words: elisions ("d'Orsay") and hyphens may split words.
    size_t tokens = WordCount(key) + static_cast<size_t>(std::count(key.begin(), key.end(), '\''));
    auto& n = name_first_words[first];
    n = static_cast<uint8_t>(std::max<size_t>(n, std::min<size_t>(tokens, 255)));
  };

  // Gazetteer: key kind parent country lat lon population name_fr name_en aliases.
  // (The tables are sized for it up front: no rehashing while they fill.)
  size_t gazetteer_lines = static_cast<size_t>(std::count(EmbeddedFile("gazetteer.tsv").begin(),
                                                          EmbeddedFile("gazetteer.tsv").end(), '\n'));
  places.reserve(gazetteer_lines);
  place_by_key.reserve(gazetteer_lines);
  names.reserve(gazetteer_lines + gazetteer_lines / 4);
  name_first_words.reserve(gazetteer_lines);
  std::vector<std::string_view> parents;  // into the embedded file
  parents.reserve(gazetteer_lines);
  ForEachLine("gazetteer.tsv", [&](const auto& f) {
    if (f.size() < 10) return;
    GazPlace& p = places.emplace_back();  // filled in place
    p.key.assign(f[0]);
    p.kind.assign(f[1]);
    parents.emplace_back(f[2]);
    p.country.assign(f[3]);
    if (!f[4].empty() && !f[5].empty()) {
      p.has_coords = true;
      p.lat = ParseDouble(f[4]);
      p.lon = ParseDouble(f[5]);
    }
    p.population = ParsePopulation(f[6]);
    p.name_fr.assign(f[7]);
    p.name_en.assign(f[8]);
    p.aliases = SplitBar(f[9]);
    place_by_key[p.key] = static_cast<int>(places.size() - 1);
  });
  place_kind_.reserve(places.size());
  for (const GazPlace& p : places) {
    const std::string_view kind = p.kind;
    place_kind_.push_back(kind == "country"sv ? PlaceKind::kCountry
                          : kind == "region"sv ? PlaceKind::kRegion
                          : kind == "city"sv   ? PlaceKind::kCity
                          : kind == "site"sv   ? PlaceKind::kSite
                                               : PlaceKind::kOther);
  }
  for (size_t i = 0; i < places.size(); ++i) {
    auto it = place_by_key.find(parents[i]);
    places[i].parent = it == place_by_key.end() || it->second == static_cast<int>(i) ? -1 : it->second;
    GazPlace& p = places[i];
    const PlaceKind kind = place_kind_[i];
    bool curated = kind == PlaceKind::kSite || (!p.aliases.empty() && kind == PlaceKind::kCity);
    NameRef ref{NameRef::Kind::kPlace, static_cast<int>(i), false};
    add_name(p.name_fr, ref);
    if (p.name_en != p.name_fr) add_name(p.name_en, ref);  // (the same name again would add nothing)
    for (const auto& a : p.aliases) add_name(a, NameRef{NameRef::Kind::kPlace, static_cast<int>(i), curated});
  }
  ForEachLine("bodies.txt", [&](const auto& f) {
    if (f.size() < 2) return;
    Body b;
    b.name_fr = std::string(f[0]);
    b.name_en = std::string(f[1]);
    if (f.size() > 2) b.aliases = SplitBar(f[2]);
    int idx = static_cast<int>(bodies.size());
    NameRef ref{NameRef::Kind::kBody, idx, true};
    add_name(b.name_fr, ref);
    if (b.name_en != b.name_fr) add_name(b.name_en, ref);
    for (const auto& a : b.aliases) add_name(a, ref);
    bodies.push_back(std::move(b));
  });
  // Word flags.
  word_flags.reserve(name_first_words.size() + 4096);
  auto flag = [&](std::string_view w, uint32_t f) { word_flags[w] |= f; };
  for (const auto& [w, l] : stopwords) flag(w, l == "fr" ? kStop | kStopFr : kStop);
  for (const auto& [w, c] : demonyms) flag(w, kDemonym);
  for (const auto& [w, m] : months) flag(w, kMonth);
  for (const auto& [w, d] : weekdays) flag(w, kWeekday);
  for (const auto& r : roles) {
    flag(FirstWord(r), kRoleStart);
    if (r.find(' ') == std::string::npos) flag(r, kRole);
  }
  for (const auto& w : person_nouns) flag(w, kPersonNoun);
  for (const auto& [w, c] : org_cues) flag(w, kCue);
  for (const auto& [v, l] : reporting_verbs) {
    flag(FirstWord(v), kVerbStart);
    if (v.find(' ') == std::string::npos) flag(v, kVerb);
  }
  for (const auto& [w, k] : meeting_words) flag(w, kMeeting);
  for (const auto& d : document_words) {
    flag(FirstWord(d), kDocStart);
    if (d.find(' ') == std::string::npos) flag(d, kDoc);
  }
  for (const auto& w : negotiation_words) flag(w, kNegotiation);
  for (const auto& [w, n] : name_first_words) flag(w, kNameStart | (uint32_t{n} << kNameWordsShift));
  for (const auto& w : lower_first_) flag(w, kNameStartLower);
  for (const auto& w : site_cues) flag(w, kSite);
  for (const auto& [w, g] : first_names) flag(LowerKey(w), kFirstName);
  for (const auto& [w, g] : titles) flag(LowerKey(w), kTitle);
  for (auto w : cues::kDelegationOpeners) flag(w, kParticipationCue);
  for (auto w : cues::kParticipationVerbs) flag(w, kParticipationCue);
  for (auto w : cues::kAttendance) flag(w, kParticipationCue);
  for (auto w : cues::kCompanionsEnglish) flag(w, kParticipationCue);
  for (auto w : cues::kCompanionsFrench) flag(w, kParticipationCue);
  for (auto w : cues::kSideNouns) flag(w, kParticipationCue);
  for (auto w : cues::kAgreement) flag(w, kAgreementCue);
  for (auto w : cues::kPairCount) flag(w, kAgreementCue);
  for (auto w : cues::kMerger) flag(w, kMergerCue);
  BuildFlagTable();
}

void Lexicon::FlatTable::Build(const std::vector<std::pair<std::string_view, uint32_t>>& entries) {
  size_t n = 16;
  while (n < 2 * entries.size()) n *= 2;
  slots_.assign(n, Slot{});
  size_t bytes = 0;
  for (const auto& entry : entries) bytes += entry.first.size();
  keys_.clear();
  keys_.reserve(bytes);
  for (const auto& [key, value] : entries) {
    uint64_t h = WordHash(key);
    size_t i = h & (n - 1);
    while (slots_[i].size != 0) i = (i + 1) & (n - 1);
    slots_[i] = Slot{static_cast<uint32_t>(h), value, static_cast<uint32_t>(keys_.size()),
                     static_cast<uint32_t>(key.size())};
    keys_ += key;
  }
}

void Lexicon::BuildFlagTable() {
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  entries.reserve(word_flags.size());
  for (const auto& [w, f] : word_flags)
    if (!w.empty()) entries.emplace_back(w, f);  // FlagsOf("") asks the map
  flag_table_.Build(entries);
  entries.clear();
  name_refs_.clear();
  for (const auto& [phrase, refs] : names) {
    if (phrase.empty()) continue;  // add_name skips empty names
    entries.emplace_back(phrase, static_cast<uint32_t>(name_refs_.size()));
    name_refs_.push_back(&refs);
  }
  name_table_.Build(entries);
}

uint32_t Lexicon::EmptyWordFlags() const {
  auto it = word_flags.find(std::string_view());
  return it == word_flags.end() ? 0 : it->second;
}

const std::vector<NameRef>* Lexicon::NameRefs(std::string_view phrase, uint64_t hash) const {
  uint32_t index = 0;
  if (name_table_.Find(phrase, hash, &index)) return name_refs_[index];
  if (!phrase.empty()) return nullptr;
  auto it = names.find(phrase);
  return it == names.end() ? nullptr : &it->second;
}

int Lexicon::BestPlace(const std::vector<NameRef>& refs) const {
  int best = -1;
  int64_t best_score = -1;
  for (const auto& r : refs) {
    if (r.kind != NameRef::Kind::kPlace) continue;
    const GazPlace& p = places[static_cast<size_t>(r.index)];
    const PlaceKind kind = place_kind_[static_cast<size_t>(r.index)];
    int64_t score;
    if (r.curated) score = int64_t{4} << 40;
    else if (kind == PlaceKind::kCountry) score = int64_t{3} << 40;
    else if (kind == PlaceKind::kSite) score = int64_t{3} << 40;
    else if (kind == PlaceKind::kCity && p.population >= 200000) score = (int64_t{2} << 40) + p.population;
    else if (kind == PlaceKind::kRegion) score = int64_t{1} << 40;
    else score = p.population;
    if (score > best_score) best_score = score, best = r.index;
  }
  return best;
}

bool Lexicon::Encloses(int ancestor, int place) const {
  if (ancestor == place || ancestor < 0 || place < 0) return false;
  const GazPlace& a = places[static_cast<size_t>(ancestor)];
  if (place_kind_[static_cast<size_t>(ancestor)] == PlaceKind::kCountry)
    return places[static_cast<size_t>(place)].country == a.key;
  for (int p = places[static_cast<size_t>(place)].parent, depth = 0; p >= 0 && depth < 8;
       p = places[static_cast<size_t>(p)].parent, ++depth)
    if (p == ancestor) return true;
  return false;
}

}  // namespace kg::ingest
