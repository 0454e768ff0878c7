// Stage 6: dates and meetings.
#include <doctest/doctest.h>

#include "tests/ingest/helpers.h"

using namespace kg;
using namespace kg::ingest;
using namespace kg::ingest::testing;

namespace {
std::string Iso(Date d) { return FormatIsoDate(d); }
DateRange FirstDate(const std::string& text, const std::string& lang, const std::string& article_date) {
  Document d;
  Analyze(text, lang, &d);
  d.has_date = ParseIsoDate(article_date, &d.date);
  auto r = FindDates(d, 0, static_cast<uint32_t>(d.tokens.size()));
  REQUIRE(!r.empty());
  return r.front();
}
}  // namespace

TEST_CASE("dates: ranges, single days, year closest to the article's date") {
  DateRange r = FirstDate("Les discussions ont eu lieu les 20 et 21 décembre.", "fr", "2025-12-23");
  REQUIRE(r.has_start);
  CHECK(Iso(r.start) == "2025-12-20");
  CHECK(Iso(r.end) == "2025-12-21");
  r = FirstDate("La réunion du 28 décembre a échoué.", "fr", "2026-01-03");
  CHECK(Iso(r.start) == "2025-12-28");  // the previous year
  r = FirstDate("The summit runs from 10 to 12 November 2026.", "en", "2026-11-01");
  CHECK(Iso(r.start) == "2026-11-10");
  CHECK(Iso(r.end) == "2026-11-12");
  r = FirstDate("Talks resume on March 3-4.", "en", "2026-02-20");
  CHECK(Iso(r.start) == "2026-03-03");
  CHECK(Iso(r.end) == "2026-03-04");
  r = FirstDate("Le sommet du 1er mars est maintenu.", "fr", "2026-02-20");
  CHECK(Iso(r.start) == "2026-03-01");
}

TEST_CASE("dates: weekdays relative to the article, vaguer times as text") {
  DateRange r = FirstDate("Les ministres se sont vus samedi.", "fr", "2026-03-16");  // a Monday
  REQUIRE(r.has_start);
  CHECK(Iso(r.start) == "2026-03-14");
  r = FirstDate("They met last week.", "en", "2026-03-16");
  CHECK_FALSE(r.has_start);
  CHECK(r.when == "last week");
}

TEST_CASE("meetings: place, dates, status and participants across sentences") {
  Document d = Run("Les pourparlers de Genève se sont tenus les 3 et 4 mars. "
                   "Lors de ces pourparlers, Irina Sokolova s'est entretenue avec Daniel Moreau. "
                   "Une prochaine rencontre pourrait avoir lieu à Vienne.",
                   "fr", Upto::kAll, "2026-03-06");
  REQUIRE(d.meetings.size() == 2);
  const MeetingFact& g = d.meetings[0];
  CHECK(NameOf(d, g.place) == "Genève");
  CHECK(g.status == "held");
  CHECK(Iso(g.dates.start) == "2026-03-03");
  std::vector<std::string> who;
  for (const auto& p : g.participants) who.push_back(NameOf(d, p.first));
  CHECK(std::find(who.begin(), who.end(), "Irina Sokolova") != who.end());
  CHECK(std::find(who.begin(), who.end(), "Daniel Moreau") != who.end());
  const MeetingFact& v = d.meetings[1];
  CHECK(NameOf(d, v.place) == "Vienne");
  CHECK(v.status == "planned");
}

TEST_CASE("meetings: the most specific place; hypothetical visits; speakers are not participants") {
  Document d = Run("The talks in Miami ended on Sunday. The talks were held in Florida over two days. "
                   "A possible visit by Omar Haddad to Russia was also discussed, Maria Lopez said.",
                   "en", Upto::kAll, "2026-03-09");
  REQUIRE(!d.meetings.empty());
  CHECK(NameOf(d, d.meetings[0].place) == "Miami");
  bool hypothetical = false;
  for (const auto& m : d.meetings) {
    if (m.status != "hypothetical") continue;
    hypothetical = true;
    for (const auto& p : m.participants) CHECK(NameOf(d, p.first) != "Maria Lopez");
  }
  CHECK(hypothetical);
}
