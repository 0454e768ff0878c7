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

TEST_CASE("dates: a weekday before a full date belongs to it: 'le mardi 24 novembre', 'lundi 9 et mardi 10 novembre'") {
  DateRange r = FirstDate("La séance doit se tenir le mardi 24 novembre à Paris.", "fr", "2026-11-12");
  REQUIRE(r.has_start);
  CHECK(Iso(r.start) == "2026-11-24");
  CHECK(r.when == "le mardi 24 novembre");
  r = FirstDate("The session will be held on Tuesday, November 24 in Paris.", "en", "2026-11-12");
  CHECK(Iso(r.start) == "2026-11-24");
  r = FirstDate("Réunis lundi 9 et mardi 10 novembre à Marseille, ils ont échoué.", "fr", "2026-11-12");
  CHECK(Iso(r.start) == "2026-11-09");
  CHECK(Iso(r.end) == "2026-11-10");
  r = FirstDate("Ils se sont vus mardi.", "fr", "2026-11-12");
  CHECK(Iso(r.start) == "2026-11-10");
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

namespace {
std::vector<std::string> Who(const Document& d, const MeetingFact& m) {
  std::vector<std::string> who;
  for (const auto& p : m.participants) who.push_back(NameOf(d, p.first));
  return who;
}
bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

TEST_CASE("dates: weekday ranges; a planned meeting's weekday is the next one") {
  // "on Tuesday and Wednesday", "lundi et mardi": the two days before the article's date.
  DateRange r = FirstDate("The leaders held talks on Tuesday and Wednesday.", "en", "2026-04-16");  // a Thursday
  REQUIRE(r.has_start);
  CHECK(Iso(r.start) == "2026-04-14");
  CHECK(Iso(r.end) == "2026-04-15");
  r = FirstDate("Les ministres se sont réunis lundi et mardi à Rome.", "fr", "2026-04-16");
  CHECK(Iso(r.start) == "2026-04-13");
  CHECK(Iso(r.end) == "2026-04-14");
  // Future weekdays.
  Document d = Run("La Suisse accueillera jeudi soir une réunion ministérielle à Genève.", "fr", Upto::kAll,
                   "2026-02-11");  // a Wednesday
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-02-12");
  d = Run("Foreign ministers will meet in Oslo on Friday to review the text.", "en", Upto::kAll, "2026-02-11");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-02-13");
}

TEST_CASE("meetings: reception verbs state a meeting between subject and object") {
  // "A received B in C", "A a reçu B à C", "A hosted B": both take part; the place follows.
  Document d = Run("Egyptian Foreign Minister Badr Abdelatty received Hassan Tayeb in Cairo on Monday.", "en",
                   Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Cairo");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-02-16");
  CHECK(Has(Who(d, d.meetings[0]), "Badr Abdelatty"));
  CHECK(Has(Who(d, d.meetings[0]), "Hassan Tayeb"));
  d = Run("Le président Emmanuel Macron a reçu mercredi Olaf Scholz à Paris pour un entretien d'une heure.", "fr",
          Upto::kAll, "2026-02-13");
  REQUIRE(d.meetings.size() == 1);  // the verb and "pour un entretien" are one meeting
  CHECK(NameOf(d, d.meetings[0].place) == "Paris");
  CHECK(Has(Who(d, d.meetings[0]), "Emmanuel Macron"));
  CHECK(Has(Who(d, d.meetings[0]), "Olaf Scholz"));
  d = Run("Le Premier ministre Luc Frieden a accueilli lundi à Luxembourg les représentants des syndicats.", "fr",
          Upto::kAll, "2026-02-13");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Luc Frieden"));
  // A reception verb whose object is no participant states no meeting.
  d = Run("Le vice-président a reçu un compte rendu des négociateurs le 22 décembre.", "fr");
  CHECK(d.meetings.empty());
  d = Run("Maria Lopez received a letter from the ministry on Monday.", "en");
  CHECK(d.meetings.empty());
  // A participle describing a meeting noun is that meeting ("talks hosted by Turkey").
  d = Run("Delegations met in Istanbul on Tuesday, in talks hosted by Turkey.", "en", Upto::kAll, "2026-07-01");
  CHECK(d.meetings.size() == 1);
}

TEST_CASE("meetings: 'il y a rencontré', 'met … there': subject pronoun and the previous sentence's place") {
  Document d = Run("Lundi, le ministre Pierre Lacombe s'est rendu à Lyon. Il y a rencontré Anne Dupuis.", "fr",
                   Upto::kAll, "2026-03-20");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Lyon");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-03-16");
  CHECK(Has(Who(d, d.meetings[0]), "Pierre Lacombe"));
  CHECK(Has(Who(d, d.meetings[0]), "Anne Dupuis"));
  d = Run("Claire Vasseur arrived in Geneva on Tuesday. She met Anna Berg there.", "en", Upto::kAll,
          "2026-02-11");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Geneva");
  CHECK(Has(Who(d, d.meetings[0]), "Claire Vasseur"));
  CHECK(Has(Who(d, d.meetings[0]), "Anna Berg"));
}

TEST_CASE("meetings: press conferences and interviews are not meetings; reported 'would' is planned") {
  Document d = Run("Mark Carney spoke at a news conference in Ottawa on Monday.", "en");
  CHECK(d.meetings.empty());
  d = Run("Joachim Nagel a estimé dans un entretien au quotidien Handelsblatt que la banque devait attendre.", "fr");
  CHECK(d.meetings.empty());
  d = Run("Le ministre a tenu une conférence de presse à Rome samedi.", "fr");
  CHECK(d.meetings.empty());
  d = Run("Olena Hrytsenko told reporters that a technical meeting would be held in Istanbul next week.", "en");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  d = Run("Anna Weber a indiqué qu'une réunion technique serait organisée à Vienne la semaine prochaine.", "fr");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
}

TEST_CASE("meetings: one node per meeting — hosts, bare nouns and 'a round of talks' refer to the meeting under way") {
  // "X hosted the two leaders" names no one new: the summit already told.
  Document d = Run("Nikol Pashinyan and Ilham Aliyev held talks in Abu Dhabi on Tuesday. "
                   "Maria Lopez hosted the two leaders at her palace.",
                   "en", Upto::kAll, "2026-04-16");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Maria Lopez"));
  d = Run("Le chancelier Friedrich Merz a reçu les délégations à Berlin lundi. "
          "En fin de journée, Olaf Scholz a reçu les délégations.", "fr", Upto::kAll, "2026-09-22");
  CHECK(d.meetings.size() == 1);
  // A bare plural ("held frank discussions") is the meeting under way.
  d = Run("The board met at Olympic House in Lausanne. Kirsty Coventry said the board had held frank discussions "
          "on eligibility, at the end of the meeting, which ran from Monday to Wednesday.",
          "en", Upto::kAll, "2026-06-10");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-06-08");
  CHECK(Iso(d.meetings[0].dates.end) == "2026-06-10");  // the article's own weekday is its date
  // "a new round of talks": one mention.
  d = Run("Negotiators are due to meet in Geneva next week for a new round of talks.", "en");
  CHECK(d.meetings.size() == 1);
  d = Run("Un nouveau cycle de discussions se tiendra à Genève les 29 et 30 septembre.", "fr", Upto::kAll,
          "2026-09-22");
  CHECK(d.meetings.size() == 1);
}

TEST_CASE("meetings: the scene of a reception verb; a 'ministre délégué' is no delegation") {
  Document d = Run("La Suisse accueillera jeudi soir, à Genève, une réunion ministérielle. "
                   "À Paris, le ministre délégué à l'Industrie, Étienne Moreau, a reçu lundi les dirigeants de la "
                   "fédération.",
                   "fr", Upto::kAll, "2026-02-11");
  REQUIRE(d.meetings.size() == 2);
  CHECK(NameOf(d, d.meetings[0].place) == "Genève");
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Étienne Moreau"));
  CHECK(NameOf(d, d.meetings[1].place) == "Paris");
  CHECK(Has(Who(d, d.meetings[1]), "Étienne Moreau"));
  d = Run("In Cairo, Foreign Minister Badr Abdelatty received Hassan Tayeb on Monday.", "en", Upto::kAll,
          "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Cairo");
}

TEST_CASE("meetings: countries take part through their people and demonyms") {
  // "les conseillers de X, de Y et de Z se sont retrouvés": the countries take part.
  Document d = Run("Les conseillers à la sécurité nationale de l'Allemagne, de la France et de l'Ukraine se sont "
                   "retrouvés lundi à Berlin pour une réunion.",
                   "fr", Upto::kAll, "2026-09-22");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Allemagne"));
  CHECK(Has(Who(d, d.meetings[0]), "France"));
  CHECK(Has(Who(d, d.meetings[0]), "Ukraine"));
  // A person behind "de" stays a possessor ("les représentants de Trump").
  d = Run("Kirill Dmitriev a rendu compte de ses consultations avec les représentants de Donald Trump à Miami.", "fr",
          Upto::kAll, "2025-12-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Donald Trump"));
  // A source is no party: "selon le représentant de l'UE".
  d = Run("Selon le représentant de l'Union européenne, les délégations reprendront les discussions à Bruxelles.",
          "fr");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Union européenne"));
  // Demonyms qualifying people at the meeting name countries the article names.
  d = Run("Qatar and Egypt mediate. Qatari and Egyptian mediators said the talks in Doha had narrowed the gap.", "en",
          Upto::kAll, "2026-03-21");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Qatar"));
  CHECK(Has(Who(d, d.meetings[0]), "Egypt"));
  d = Run("La Norvège soutient le texte. Claire Vasseur a rencontré à Genève son homologue norvégien, Anna Berg.", "fr",
          Upto::kAll, "2026-02-11");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Anna Berg"));
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Norvège"));  // a title before a name
}

TEST_CASE("meetings: a named venue is the most specific place; 'réunis' states a meeting; reported conditionals") {
  Document d = Run("Delegations met in Istanbul on Tuesday. The talks at the Dolmabahçe Palace lasted five hours.", "en",
                   Upto::kAll, "2026-07-01");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Dolmabahçe Palace");
  d = Run("Les dirigeants de l'Union africaine, réunis les 14 et 15 février à Addis-Abeba, ont appelé à une trêve.",
          "fr", Upto::kAll, "2026-02-16");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Addis-Abeba");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-02-14");
  CHECK(Has(Who(d, d.meetings[0]), "Union africaine"));
  d = Run("Les éléments réunis par les enquêteurs sont accablants.", "fr");
  CHECK(d.meetings.empty());
  d = Run("Il a annoncé qu'une réunion des ministres des Affaires étrangères de la région se tiendrait à Nairobi.",
          "fr", Upto::kAll, "2026-02-16");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  // A hypothesis far after the noun is about something else.
  d = Run("La banque a laissé ses taux inchangés lors de la réunion de Francfort, tout en signalant qu'une baisse "
          "restait possible.",
          "fr", Upto::kAll, "2026-07-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "held");
}

TEST_CASE("meetings: a noun beside a reception verb is another meeting; two capitalised words are an object") {
  Document d = Run("Les discussions se sont ouvertes lundi à Paris. La veille de l'ouverture des discussions, "
                   "Emmanuel Macron avait reçu Sylvain Poadja à Versailles.",
                   "fr", Upto::kAll, "2026-03-20");
  REQUIRE(d.meetings.size() == 2);
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Emmanuel Macron"));
  CHECK(Has(Who(d, d.meetings[1]), "Emmanuel Macron"));
}

TEST_CASE("meetings: 'at which' / 'au cours de laquelle' clauses name parties; a far participle is no plan") {
  Document d = Run("OPEC+ agreed on Thursday to raise output, a smaller increase than traders had expected, after a "
                   "tense meeting in Vienna at which Saudi Arabia and Russia pressed Kazakhstan and Iraq.",
                   "en", Upto::kAll, "2026-04-02");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "held");
  for (const char* c : {"Saudi Arabia", "Russia", "Kazakhstan", "Iraq"}) CHECK(Has(Who(d, d.meetings[0]), c));
  d = Run("Une réunion s'est tenue à Rome, au cours de laquelle l'Italie a soutenu la Tunisie.", "fr", Upto::kAll,
          "2026-04-02");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Italie"));
  CHECK(Has(Who(d, d.meetings[0]), "Tunisie"));
}

TEST_CASE("meetings: 's'est entretenu avec', 'se retrouveront', 'the two leaders', 'travel to X for talks'") {
  Document d = Run("Le ministre Jean-Noël Barrot s'est entretenu mardi à Riyad avec son homologue Fayçal ben Farhane.",
                   "fr", Upto::kAll, "2026-10-22");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Riyad");
  CHECK(Has(Who(d, d.meetings[0]), "Jean-Noël Barrot"));
  d = Run("Les négociateurs se retrouveront à Bruxelles la semaine prochaine.", "fr");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  d = Run("La police a retrouvé les documents à Lyon.", "fr");  // not reflexive: no meeting
  CHECK(d.meetings.empty());
  d = Run("Volodymyr Zelensky met Donald Trump in Washington on Friday. The two leaders are expected to meet again "
          "in Budapest.",
          "en", Upto::kAll, "2026-10-22");
  REQUIRE(d.meetings.size() == 2);
  CHECK(Has(Who(d, d.meetings[1]), "Volodymyr Zelensky"));
  CHECK(Has(Who(d, d.meetings[1]), "Donald Trump"));
  d = Run("Maros Sefcovic will travel to Washington next week for talks with Howard Lutnick.", "en");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place).rfind("Washington", 0) == 0);
  CHECK(d.meetings[0].status == "planned");
  d = Run("Emmanuel Macron recevra jeudi le chancelier Friedrich Merz.", "fr", Upto::kAll, "2026-10-20");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-10-22");
}

TEST_CASE("meetings: 'un nouveau cycle de discussions' is planned; a delegation received joins the meeting held") {
  Document d = Run("Les conseillers de la France et de l'Allemagne se sont retrouvés lundi à Berlin avant un nouveau "
                   "cycle de discussions avec les États-Unis. Le chancelier Friedrich Merz a reçu les délégations.",
                   "fr", Upto::kAll, "2026-09-22");
  REQUIRE(d.meetings.size() == 2);
  CHECK(d.meetings[0].status == "held");
  CHECK(d.meetings[1].status == "planned");
  CHECK(Has(Who(d, d.meetings[0]), "Friedrich Merz"));
  CHECK_FALSE(Has(Who(d, d.meetings[1]), "Friedrich Merz"));
  CHECK_FALSE(Has(Who(d, d.meetings[1]), "France"));
  // "Lors de ces pourparlers, X s'est entretenu avec Y": inside the talks.
  d = Run("Les pourparlers de Genève ont eu lieu le 3 mars. Lors de ces pourparlers, Irina Sokolova s'est entretenue "
          "avec Daniel Moreau.",
          "fr", Upto::kAll, "2026-03-06");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Daniel Moreau"));
}

TEST_CASE("meetings: a round of an election, of votes or of sanctions is no meeting") {
  Document d = Run("The second round of the presidential election will take place in Lisbon on May 4.", "en");
  CHECK(d.meetings.empty());
  d = Run("A new round of sanctions was announced in Brussels on Monday.", "en");
  CHECK(d.meetings.empty());
  d = Run("A new round of talks will take place in Geneva on May 4.", "en");
  CHECK(d.meetings.size() == 1);
}

TEST_CASE("meetings: 'meet the provincial premiers', 'the eight countries will meet', a source's date, a delegation's body") {
  Document d = Run("Prime Minister Mark Carney will meet the provincial premiers in Halifax on December 4 and 5.", "en",
                   Upto::kAll, "2026-11-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Halifax");
  CHECK(Has(Who(d, d.meetings[0]), "Mark Carney"));
  d = Run("The eight countries will meet again online on May 3.", "en", Upto::kAll, "2026-04-02");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-05-03");
  d = Run("Les ministres se sont retrouvés mercredi à Abuja pour une première session de discussions. Selon un "
          "communiqué publié jeudi, les discussions se sont déroulées dans le calme. Le chef de la diplomatie, "
          "Abdoulaye Diop, conduisait la délégation de l'Alliance des États du Sahel.",
          "fr", Upto::kAll, "2026-09-10");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-09-09");
  CHECK(Has(Who(d, d.meetings[0]), "Abdoulaye Diop"));
  CHECK(Has(Who(d, d.meetings[0]), "Alliance des États du Sahel"));
}

TEST_CASE("meetings: subjects whose act followed the meeting; 'the IMF mission, led by X'") {
  Document d = Run("ISLAMABAD, May 14 (Markets Desk) - The International Monetary Fund and Pakistan reached a deal on "
                   "Thursday, after two weeks of talks in Islamabad. The IMF mission, led by Nathan Porter, said the "
                   "budget needed work.",
                   "en", Upto::kAll, "2026-05-14");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "International Monetary Fund"));
  CHECK(Has(Who(d, d.meetings[0]), "Pakistan"));
  CHECK(Has(Who(d, d.meetings[0]), "Nathan Porter"));
  d = Run("La France et l'Allemagne ont signé un accord à l'issue d'une réunion à Aix-la-Chapelle.", "fr", Upto::kAll,
          "2026-05-14");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "France"));
  CHECK(Has(Who(d, d.meetings[0]), "Allemagne"));
  // Without such a link the subjects are not participants.
  d = Run("Russia and China criticised the summit in Hiroshima.", "en", Upto::kAll, "2026-05-14");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "China"));
}

TEST_CASE("meetings: an aside between dashes does not hide the future; 'chaired the sessions'") {
  Document d = Run("A separate meeting of the Quad - Saudi Arabia, the United Arab Emirates, Egypt and the United "
                   "States - will take place in Washington at the end of the month.",
                   "en", Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  d = Run("Talks were held in Jeddah on Saturday. Waleed Khuraiji, who chaired the sessions, said the text was ready.",
          "en", Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Waleed Khuraiji"));
}

TEST_CASE("meetings: 'à Bruxelles, où il doit s'entretenir avec X'; an infinitive needs people as object") {
  Document d = Run("Volodymyr Zelensky se rendra ensuite à Bruxelles, où il doit s'entretenir avec Ursula von der Leyen.",
                   "fr", Upto::kAll, "2026-03-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Bruxelles");
  CHECK(d.meetings[0].status == "planned");
  CHECK(Has(Who(d, d.meetings[0]), "Volodymyr Zelensky"));
  CHECK(Has(Who(d, d.meetings[0]), "Ursula von der Leyen"));
  d = Run("Australia was negotiating an arrangement to host the Olympic Games jointly.", "en");
  CHECK(d.meetings.empty());
  // A placeless meeting far back is not the one a later "the G20 summit in X" names.
  d = Run("Marco Rubio hosted his counterpart Anna Berg on Monday. The ministers spoke for an hour. They met "
          "journalists. The deal could be signed before the summit in Johannesburg.",
          "en", Upto::kAll, "2026-03-03");
  REQUIRE(d.meetings.size() == 2);
  CHECK_FALSE(Has(Who(d, d.meetings[1]), "Marco Rubio"));
}

TEST_CASE("meetings: the possessor of the meeting noun takes part ('Iran's talks with the EU')") {
  Document d = Run("Iran's talks with the European Union in Geneva stalled on Tuesday.", "en", Upto::kAll, "2026-03-20");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Iran"));
  CHECK(Has(Who(d, d.meetings[0]), "European Union"));
  d = Run("Geneva's mayor praised the talks in Geneva on Tuesday.", "en", Upto::kAll, "2026-03-20");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Geneva"));
}

TEST_CASE("meetings: 'sera conduite par X' and 'X et Y sont attendus' join the planned meeting just told") {
  Document d = Run("Les délégations se retrouveront à Genève les 9 et 10 mars. La délégation ukrainienne sera conduite "
                   "par Rustem Umerov. Côté américain, Steve Witkoff et Marco Rubio sont attendus.",
                   "fr", Upto::kAll, "2026-03-02");
  REQUIRE(d.meetings.size() == 1);
  for (const char* p : {"Rustem Umerov", "Steve Witkoff", "Marco Rubio"}) CHECK(Has(Who(d, d.meetings[0]), p));
  // A past delegation sentence goes to the meeting held, not to the next one announced.
  d = Run("The leaders held talks in Abu Dhabi on Tuesday. They will meet again in Washington next month. "
          "Anna Berg, who joined a dinner with both delegations on Tuesday, praised the progress.",
          "en", Upto::kAll, "2026-04-16");
  REQUIRE(d.meetings.size() == 2);
  CHECK(Has(Who(d, d.meetings[0]), "Anna Berg"));
  CHECK_FALSE(Has(Who(d, d.meetings[1]), "Anna Berg"));
  // "expected to" is a forecast.
  d = Run("Les discussions se tiendront à Genève. Anna Berg est attendue de pied ferme.", "fr");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(Has(Who(d, d.meetings[0]), "Anna Berg"));
}

TEST_CASE("subjects listed before the meeting noun hold it: 'A, B et C ont repris leurs discussions'") {
  Document d = Run("L'Égypte, l'Éthiopie et le Soudan ont repris mardi à Addis-Abeba leurs discussions sur le barrage.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Égypte"));
  CHECK(Has(who, "Éthiopie"));
  CHECK(Has(who, "Soudan"));
  CHECK(!Has(who, "Addis-Abeba"));
  d = Run("Serbia and Kosovo held talks in Brussels on Monday. Egypt, Ethiopia, and Sudan resumed their talks "
          "on the dam in Addis Ababa on Tuesday.",
          "en", Upto::kAll, "2026-03-04");
  REQUIRE(!d.meetings.empty());
  who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Serbia"));
  CHECK(Has(who, "Kosovo"));
  bool sudan = false;
  for (const auto& m : d.meetings) sudan |= Has(Who(d, m), "Sudan") && Has(Who(d, m), "Egypt");
  CHECK(sudan);
  // A relative clause or a comma between: the list is not the noun's subject.
  d = Run("La France et l'Allemagne, qui ont critiqué le texte, attendent les discussions de Bruxelles.", "fr",
          Upto::kAll, "2026-03-04");
  for (const auto& m : d.meetings) CHECK(!Has(Who(d, m), "France"));
}

TEST_CASE("a sitting of a meeting and a group meeting again are the meeting under way") {
  Document d = Run("Les ministres de l'Égypte et de l'Éthiopie ont repris mardi à Addis-Abeba leurs discussions. "
                   "Les trois ministres se sont retrouvés au siège de l'organisation, où la commissaire chargée des "
                   "infrastructures, Amani Abou-Zeid, a présidé la séance d'ouverture.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Amani Abou-Zeid"));
  d = Run("Trade ministers opened talks in Geneva on Monday. The opening session was chaired by Ngozi Okonjo-Iweala, "
          "and a plenary session followed in the afternoon. The delegations met again at the ministry.",
          "en", Upto::kAll, "2026-03-04");
  CHECK(d.meetings.size() == 1);
  // A session with its own place and date is a meeting of its own.
  d = Run("Les discussions ont eu lieu lundi à Genève. Une séance plénière se tiendra le 20 mars à New York.", "fr",
          Upto::kAll, "2026-03-04");
  CHECK(d.meetings.size() == 2);
}

TEST_CASE("a UN climate conference named 'COP30' is one meeting, not an organisation") {
  Document d = Run("La COP30 s'est ouverte lundi à Belém, au Brésil. Les négociateurs de la COP30 doivent adopter une "
                   "décision finale vendredi, a déclaré Ana Toni, directrice exécutive de la COP30.",
                   "fr", Upto::kAll, "2025-11-12");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "COP30");
  CHECK(NameOf(d, d.meetings[0].place) == "Belém");
  CHECK(EntityNamed(d, "COP30") < 0);  // no Organization entity of that name
  d = Run("Delegates at COP31 in Antalya are racing to agree on a final text, Murat Kurum said.", "en", Upto::kAll,
          "2026-11-20");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name.find("COP31") != std::string::npos);
}

TEST_CASE("a reception with a time, a place and a titled guest before the name: 'avait reçu la semaine dernière au Caire le Premier ministre soudanais, X'") {
  Document d = Run("Le président égyptien, Abdel Fattah al-Sissi, avait reçu la semaine dernière au Caire le Premier "
                   "ministre soudanais, Kamil Idris, pour coordonner les positions.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Kamil Idris"));
  CHECK(Has(Who(d, d.meetings[0]), "Abdel Fattah al-Sissi"));
  CHECK(NameOf(d, d.meetings[0].place) == "Le Caire");
  d = Run("President Cyril Ramaphosa received the Kenyan president, William Ruto, in Pretoria last week.", "en",
          Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "William Ruto"));
  // A role followed by a comma and no name: not a guest ("a reçu le ministre, puis …").
  d = Run("Le président a reçu un rapport du ministre, puis il a quitté Paris.", "fr", Upto::kAll, "2026-03-04");
  CHECK(d.meetings.empty());
}

TEST_CASE("the subjects whose act followed a meeting take part: 'Britain and France agreed …, after a meeting in Lille'") {
  Document d = Run("Britain and France agreed on Wednesday to extend their returns pilot for another year, after a "
                   "meeting in Lille.",
                   "en", Upto::kAll, "2026-08-20");
  REQUIRE(d.meetings.size() == 1);
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "United Kingdom"));  // "Britain": the gazetteer's name of the country
  CHECK(Has(who, "France"));
}

TEST_CASE("a subject that watches, judges or shuns the meeting does not take part") {
  Document d = Run("L'Égypte et l'Éthiopie ont repris mardi à Addis-Abeba leurs discussions. La Banque mondiale suit les "
                   "discussions avec attention.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Banque mondiale"));
  d = Run("The talks in Geneva ended on Monday. Amnesty International welcomed the talks but boycotted the dinner.", "en",
          Upto::kAll, "2026-03-04");
  for (const auto& m : d.meetings) CHECK(!Has(Who(d, m), "Amnesty International"));
  // A subject that holds the meeting still does.
  d = Run("The World Bank hosted talks in Geneva on Monday.", "en", Upto::kAll, "2026-03-04");
  REQUIRE(!d.meetings.empty());
  CHECK(Has(Who(d, d.meetings[0]), "World Bank"));
}

TEST_CASE("an envoy sent by a country joins the meeting: 'Khartoum avait dépêché son ministre de l'Irrigation, X'") {
  Document d = Run("L'Égypte et le Soudan ont repris mardi à Addis-Abeba leurs discussions. Khartoum avait dépêché son "
                   "ministre de l'Irrigation, Mohamed Abdelrahim Saad.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Mohamed Abdelrahim Saad"));
  d = Run("Thailand and Cambodia held talks in Kuala Lumpur on Tuesday. Cambodia sent its deputy prime minister, Tea "
          "Seiha.",
          "en", Upto::kAll, "2026-05-14");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Tea Seiha"));
}

TEST_CASE("a date across a comma before the noun yields to the noun's own date after it") {
  // Article date 2026-03-14 (Saturday).
  Document e = Run("The talks ended on Wednesday, leaving the deal to a meeting planned for April 20-21.", "en");
  REQUIRE(e.meetings.size() == 2);
  REQUIRE(e.meetings[1].dates.has_start);
  CHECK(Iso(e.meetings[1].dates.start) == "2026-04-20");
  CHECK(Iso(e.meetings[1].dates.end) == "2026-04-21");
  Document f = Run("Les discussions ont échoué mercredi, renvoyant la question à une réunion prévue le 20 avril.", "fr");
  REQUIRE(f.meetings.size() == 2);
  REQUIRE(f.meetings[1].dates.has_start);
  CHECK(Iso(f.meetings[1].dates.start) == "2026-04-20");
  // Without a date of its own, the noun keeps the date before the comma.
  Document g = Run("Le 3 avril, une réunion des ministres se tiendra à Bruxelles.", "fr");
  REQUIRE(g.meetings.size() == 1);
  REQUIRE(g.meetings[0].dates.has_start);
  CHECK(Iso(g.meetings[0].dates.start) == "2026-04-03");
  // A date after the noun in another clause is not the noun's.
  Document h = Run("On Monday, ministers held a meeting in Brussels, and the summit follows on April 9.", "en");
  REQUIRE(!h.meetings.empty());
  REQUIRE(h.meetings[0].dates.has_start);
  CHECK(Iso(h.meetings[0].dates.start) == "2026-03-09");
}

TEST_CASE("conference calls and attributions to sources familiar with talks are no meetings") {
  for (const char* text : {"Peskov told reporters on a conference call that the two leaders agreed.",
                           "The company said on a conference call with analysts that margins would recover.",
                           "Two delegates familiar with the talks said a deal was unlikely before Saturday."}) {
    Document d = Run(text, "en");
    CHECK_MESSAGE(d.meetings.empty(), text);
  }
  for (const char* text : {"Lors d'une conférence téléphonique, le porte-parole a confirmé la décision.",
                           "Selon une source proche des discussions, aucun accord n'est attendu avant samedi.",
                           "Un diplomate au fait des négociations a jugé l'issue incertaine."}) {
    Document d = Run(text, "fr");
    CHECK_MESSAGE(d.meetings.empty(), text);
  }
  // The meeting itself is still read.
  Document e = Run("Ministers met for talks in Geneva on Monday, sources familiar with the talks said.", "en");
  CHECK(e.meetings.size() == 1);
  Document f = Run("Une conférence se tiendra à Genève lundi, selon une source proche des discussions.", "fr");
  REQUIRE(f.meetings.size() == 1);
}

TEST_CASE("a telephone call is no meeting: 'par téléphone', 'entretien téléphonique', 'phone talks'") {
  for (const char* text : {"Le président Emmanuel Macron s'est entretenu par téléphone avec Donald Trump lundi.",
                           "Emmanuel Macron a eu lundi un entretien téléphonique avec Donald Trump."}) {
    Document d = Run(text, "fr");
    CHECK_MESSAGE(d.meetings.empty(), text);
  }
  Document e = Run("Keir Starmer held phone talks with Volodymyr Zelensky on Monday.", "en");
  CHECK(e.meetings.empty());
  // The same talks face to face are a meeting.
  Document f = Run("Keir Starmer held talks with Volodymyr Zelensky in London on Monday.", "en");
  CHECK(f.meetings.size() == 1);
}

TEST_CASE("people kept out of a meeting or denying attendance do not take part") {
  Document d = Run("Les discussions de La Haye ont abouti mardi. Geert Wilders, tenu à l'écart des discussions, a "
                   "dénoncé l'accord.",
                   "fr", Upto::kAll, "2026-04-15");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Geert Wilders"));
  d = Run("The talks in Bergen ended on Thursday. Ian Gatt, who was not involved in the talks, called the outcome a "
          "betrayal.",
          "en", Upto::kAll, "2026-10-30");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Ian Gatt"));
  d = Run("Jean Castex, qui n'a pas participé à la réunion de Bruxelles mardi, a jugé le texte faible.", "fr",
          Upto::kAll, "2026-04-15");
  for (const auto& m : d.meetings) CHECK(!Has(Who(d, m), "Jean Castex"));
}

TEST_CASE("the country that hosts or holds a meeting takes part; a host city does not") {
  Document d = Run("Norway hosted the three-day meeting in Bergen.", "en", Upto::kAll, "2026-10-30");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Norway"));
  d = Run("Le Qatar a accueilli les pourparlers à Doha mardi.", "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Qatar"));
  d = Run("Iran held indirect talks in Muscat on Saturday.", "en", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Iran"));
  d = Run("Geneva hosted the talks on Monday.", "en", Upto::kAll, "2026-03-04");
  for (const auto& m : d.meetings) CHECK(!Has(Who(d, m), "Geneva"));
}

TEST_CASE("bilateral talks on the sidelines are a meeting of their own; sittings and delegations stay with the main one") {
  Document d = Run("The summit opened in Brussels on Monday. Greece and Turkey held bilateral talks on the sidelines on "
                   "Tuesday. The British delegation, led by David Lammy, pressed for sanctions. At the closing session, "
                   "Charles Michel said the bloc would act.",
                   "en", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 2);
  auto main = Who(d, d.meetings[0]), aside = Who(d, d.meetings[1]);
  CHECK(Has(aside, "Greece"));
  CHECK(Has(aside, "Turkey"));
  CHECK(Has(main, "David Lammy"));
  CHECK(Has(main, "Charles Michel"));
  CHECK(!Has(aside, "David Lammy"));
  Document f = Run("Le sommet s'est ouvert lundi à Bruxelles. En marge du sommet, Emmanuel Macron et Olaf Scholz ont eu "
                   "mardi un entretien bilatéral.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(f.meetings.size() == 2);
  CHECK(Has(Who(f, f.meetings[1]), "Olaf Scholz"));
}

TEST_CASE("a definite mention dated within the same week is the same held meeting over a longer span") {
  Document d = Run("Negotiators ended a week of talks in Geneva on Friday. Tedros Adhanom Ghebreyesus, who opened the "
                   "session on Monday, urged a deal.",
                   "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-01-19");
  CHECK(Iso(d.meetings[0].dates.end) == "2026-01-23");
  CHECK(Has(Who(d, d.meetings[0]), "Tedros Adhanom Ghebreyesus"));
  Document f = Run("Les négociateurs ont achevé vendredi à Genève une semaine de discussions. Jean Dupont, qui avait "
                   "ouvert la séance lundi, a appelé à un accord.",
                   "fr", Upto::kAll, "2026-01-23");
  REQUIRE(f.meetings.size() == 1);
  CHECK(Has(Who(f, f.meetings[0]), "Jean Dupont"));
}

TEST_CASE("a purpose clause after a meeting tells no place of the meeting") {
  Document d = Run("Tedros received Budi Gunadi Sadikin at the agency's headquarters on Tuesday to discuss a vaccine "
                   "hub in Jakarta.",
                   "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].place < 0);
  Document f = Run("Le ministre Jean Dupont a reçu mardi Amadou Ba pour évoquer un projet de port à Dakar.", "fr",
                   Upto::kAll, "2026-01-23");
  REQUIRE(f.meetings.size() == 1);
  CHECK(f.meetings[0].place < 0);
  // The meeting's own infinitive keeps its place.
  Document g = Run("Mediators expect the next round to take place in Cairo on March 28.", "en", Upto::kAll,
                   "2026-03-21");
  REQUIRE(g.meetings.size() == 1);
  CHECK(NameOf(g, g.meetings[0].place) == "Cairo");
}

TEST_CASE("a meeting asked for is hypothetical: 'a réclamé une réunion', 'called for a meeting'") {
  Document d = Run("La syndicaliste Tuur Elzinga a réclamé une réunion à La Haye avec le Premier ministre Rob Jetten.", "fr");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "hypothetical");
  d = Run("Union leader Sharon Graham called for a meeting in London with Rachel Reeves.", "en");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "hypothetical");
  // A demand made at a meeting leaves it held.
  d = Run("Sharon Graham demanded at the meeting with Rachel Reeves in London on Monday a pay rise.", "en",
          Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "held");
}

TEST_CASE("the people of a sentence before a meeting ('avant la séance', 'ahead of the summit') are not its participants") {
  Document d = Run("Les discussions se sont tenues mardi à La Haye. Avant la séance finale, Rob Jetten a téléphoné à "
                   "Ursula von der Leyen.",
                   "fr", Upto::kAll, "2026-04-15");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Ursula von der Leyen"));
  d = Run("The summit opened in Brussels on Monday. Ahead of the summit, Keir Starmer spoke with Mark Carney.", "en",
          Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Mark Carney"));
  // Its own place and date still count.
  d = Run("Il aurait souhaité une signature avant le sommet de la Communauté de développement d'Afrique australe "
          "(SADC), prévu en août à Lusaka.",
          "fr", Upto::kAll, "2026-06-20");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Lusaka");
}

TEST_CASE("people 'from' a country and receptions past adverbs or naming a new party") {
  Document d = Run("Ministers from Iceland and the Faroe Islands met in Bergen on Thursday.", "en", Upto::kAll,
                   "2026-10-30");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Iceland"));
  d = Run("Emmanuel Macron a déjà reçu à deux reprises Volodymyr Zelensky à Paris.", "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Volodymyr Zelensky"));
  d = Run("Keir Starmer has already received Volodymyr Zelensky twice in London.", "en", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Volodymyr Zelensky"));
  d = Run("Les discussions se sont tenues lundi à Paris. Mardi, les négociateurs ont reçu les dirigeants du Parti "
          "socialiste.",
          "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 2);
  CHECK(Has(Who(d, d.meetings[1]), "Parti socialiste"));
  CHECK(!Has(Who(d, d.meetings[0]), "Parti socialiste"));
}

TEST_CASE("a government stands for its country: 'le gouvernement colombien', 'Colombia's government'") {
  Document d = Run("La Colombie est divisée. Le gouvernement colombien et la guérilla de l'Armée de libération "
                   "nationale (ELN) ont repris jeudi à Mexico leurs pourparlers de paix.",
                   "fr", Upto::kAll, "2026-05-08");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Colombie"));
  d = Run("Colombia's government and the National Liberation Army (ELN) ended three days of peace talks in Caracas "
          "on Wednesday.",
          "en", Upto::kAll, "2026-09-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Colombia"));
}

TEST_CASE("a conjunct through 'et du' joins the parties: 'sous l'égide de l'Égypte et du Qatar'") {
  Document d = Run("Les délégations ont repris samedi au Caire des pourparlers indirects, sous l'égide de l'Égypte et "
                   "du Qatar.",
                   "fr", Upto::kAll, "2026-03-14");
  REQUIRE(d.meetings.size() == 1);
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Égypte"));
  CHECK(Has(who, "Qatar"));
  // Not after a name that is no party: "selon le ministère de la Défense et du Qatar" adds nothing.
  d = Run("Des pourparlers ont eu lieu samedi au Caire, selon un diplomate de la France et du Qatar.", "fr", Upto::kAll,
          "2026-03-14");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Qatar"));
}

TEST_CASE("a meeting noun opening a sentence is no proper name, and another event's time clause tells no place") {
  Document d = Run("The peace talks were held in Caracas on Wednesday. Talks broke down in 2024 after an attack on a "
                   "military base in Arauca, and were revived in January.",
                   "en", Upto::kAll, "2026-05-07");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Caracas");
  Document f = Run("Les pourparlers se sont tenus mercredi à Caracas. Discussions et contacts avaient cessé en 2024 "
                   "après une attaque contre une base militaire à Arauca.",
                   "fr", Upto::kAll, "2026-05-07");
  for (const auto& m : f.meetings) CHECK(NameOf(f, m.place) != "Arauca");
}

TEST_CASE("a list joins the parties only after a party: 'mediated by Norway and Cuba', not 'alongside Brazil and Chile'") {
  Document d = Run("The talks in Havana were mediated by Norway and Cuba, which act as guarantors alongside Brazil "
                   "and Chile.",
                   "en", Upto::kAll, "2026-05-07");
  REQUIRE(d.meetings.size() == 1);
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Norway"));
  CHECK(Has(who, "Cuba"));
  CHECK(!Has(who, "Brazil"));
  CHECK(!Has(who, "Chile"));
  d = Run("Talks between the Africa Group and a bloc led by the European Union and Switzerland opened in Geneva on "
          "Monday.",
          "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  who = Who(d, d.meetings[0]);
  CHECK(Has(who, "European Union"));
  CHECK(Has(who, "Switzerland"));
  Document f = Run("Les pourparlers de La Havane ont été menés sous la médiation de la Norvège et de Cuba, aux côtés du "
                   "Brésil et du Chili.",
                   "fr", Upto::kAll, "2026-05-07");
  REQUIRE(f.meetings.size() == 1);
  who = Who(f, f.meetings[0]);
  CHECK(Has(who, "Norvège"));
  CHECK(Has(who, "Cuba"));
  CHECK(!Has(who, "Chili"));
}

TEST_CASE("'autour de la table' and 'at the negotiating table' are the meeting under way; 'on the table' is none") {
  Document d = Run("Les ultimes discussions se sont tenues mardi à La Haye. Autour de la table, Rob Jetten faisait face au "
                   "chef de file du CDA, Henri Bontenbal, et à la présidente du VVD, Dilan Yeşilgöz.",
                   "fr", Upto::kAll, "2026-04-15");
  REQUIRE(d.meetings.size() == 1);
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Henri Bontenbal"));
  CHECK(Has(who, "Dilan Yeşilgöz"));
  d = Run("The talks opened in Geneva on Monday. At the negotiating table, Sandra Gallina faced Joe Phaahla.", "en",
          Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Joe Phaahla"));
  d = Run("Sandra Gallina said the offer remained on the table.", "en", Upto::kAll, "2026-01-23");
  CHECK(d.meetings.empty());
  d = Run("Joe Phaahla a posé l'offre sur la table.", "fr", Upto::kAll, "2026-01-23");
  CHECK(d.meetings.empty());
}

TEST_CASE("'des' after a noun is definite: 'tenu à l'écart des discussions' refers to the talks told") {
  Document d = Run("Les discussions de La Haye ont abouti mardi. Le chef du PVV, tenu à l'écart des discussions, a "
                   "dénoncé l'accord.",
                   "fr", Upto::kAll, "2026-04-15");
  CHECK(d.meetings.size() == 1);
  // An interview given to a radio is no meeting.
  d = Run("« Il n'y aura pas de paix sans accord », a jugé Denis Mukwege, dans un entretien à Radio Okapi.", "fr");
  CHECK(d.meetings.empty());
}

TEST_CASE("a reception's guest after a named site ('au palais Noordeinde'); a committee or group that will meet") {
  Document d = Run("Le roi Willem-Alexander recevra jeudi au palais Noordeinde le Premier ministre Dick Schoof.", "fr",
                   Upto::kAll, "2026-04-15");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Dick Schoof"));
  d = Run("The working group will meet again from March 9 to 13 in Geneva.", "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "planned");
  CHECK(NameOf(d, d.meetings[0].place) == "Geneva");
  d = Run("The monitoring committee will meet again on March 3 in Bamako.", "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Bamako");
}

TEST_CASE("the date of another event ('the May 31 presidential election', 'le scrutin du 12 avril') is not the meeting's") {
  Document d = Run("The peace talks were held in Caracas on Wednesday. Several candidates in the May 31 presidential "
                   "election have promised to end the talks.",
                   "en", Upto::kAll, "2026-05-07");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].status == "held");
  Document f = Run("Les pourparlers se sont tenus mercredi à Caracas. Avant le scrutin du 12 juin, les candidats ont "
                   "promis de suspendre les pourparlers.",
                   "fr", Upto::kAll, "2026-05-07");
  REQUIRE(f.meetings.size() == 1);
  CHECK(f.meetings[0].status == "held");
}

TEST_CASE("a speaker who only speaks of delegations, and an opinion's source ('Pour l'économiste X, …'), take no part") {
  Document d = Run("The talks in Geneva ended on Friday. WTO Director-General Ngozi Okonjo-Iweala said in a statement "
                   "that members had never been closer to a deal and urged capitals to give their delegations more room.",
                   "en", Upto::kAll, "2026-07-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Ngozi Okonjo-Iweala"));
  d = Run("Les chefs d'État se sont réunis lundi à Addis-Abeba. Pour l'économiste ghanéenne Abena Owusu, chercheuse à "
          "Accra, le sommet a surtout montré les limites financières de l'organisation.",
          "fr", Upto::kAll, "2026-02-16");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Abena Owusu"));
  d = Run("The summit opened in Addis Ababa on Monday. According to analyst Abena Owusu, the summit showed the limits "
          "of the organisation.",
          "en", Upto::kAll, "2026-02-16");
  REQUIRE(d.meetings.size() == 1);
  CHECK(!Has(Who(d, d.meetings[0]), "Abena Owusu"));
  // A delegation's leader still takes part.
  d = Run("The talks in Geneva ended on Friday. The British delegation, headed by the minister, Angela Eagle, pressed "
          "for a binding key.",
          "en", Upto::kAll, "2026-07-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Angela Eagle"));
}

TEST_CASE("a delegation told in the future joins the latest planned meeting, even told further back") {
  Document d = Run("Negotiators are due to meet in Geneva on March 3. Kyiv wants a ceasefire. Moscow wants more. Both "
                   "sides remain far apart. The Ukrainian delegation will again be led by Rustem Umerov. On the Russian "
                   "side, Vladimir Medinsky is expected to head the team, which Natalia Kovalenko described as a signal.",
                   "en", Upto::kAll, "2026-02-24");
  REQUIRE(d.meetings.size() == 1);
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Rustem Umerov"));
  CHECK(Has(who, "Vladimir Medinsky"));
  CHECK(!Has(who, "Natalia Kovalenko"));
  Document f = Run("Les négociateurs doivent se retrouver le 3 mars à Genève. Kiev veut un cessez-le-feu. Moscou veut "
                   "davantage. Les positions restent éloignées. La délégation ukrainienne sera de nouveau conduite par "
                   "Roustem Oumerov.",
                   "fr", Upto::kAll, "2026-02-24");
  REQUIRE(f.meetings.size() == 1);
  CHECK(Has(Who(f, f.meetings[0]), "Roustem Oumerov"));
}

TEST_CASE("'the delegations agreed to meet again', 'les deux délégations' take the parties of the latest held meeting") {
  Document d = Run("Colombia's government and the National Liberation Army (ELN) ended three days of peace talks in "
                   "Caracas on Wednesday. The delegations agreed to meet again in Havana on October 20.",
                   "en", Upto::kAll, "2025-09-17");
  REQUIRE(d.meetings.size() == 2);
  auto who = Who(d, d.meetings[1]);
  CHECK(Has(who, "Colombia"));
  CHECK(Has(who, "National Liberation Army"));
  // "The two delegations" need two parties: a lone facilitator is not them.
  Document f = Run("Les discussions se sont tenues lundi à Bruxelles sous l'égide de l'Union européenne. Les deux "
                   "délégations ont accepté de reprendre les discussions techniques à Bruxelles les 29 et 30 juin.",
                   "fr", Upto::kAll, "2026-06-04");
  REQUIRE(f.meetings.size() == 2);
  CHECK(!Has(Who(f, f.meetings[1]), "Union européenne"));
}

TEST_CASE("'the plenary', 'la plénière' is a sitting of the meeting under way") {
  Document d = Run("The talks opened in Geneva on Monday. Speaking at the plenary on Wednesday, Brazil's health minister, "
                   "Alexandre Padilha, proposed a sliding scale.",
                   "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Alexandre Padilha"));
  d = Run("Les discussions se sont ouvertes lundi à Genève. Lors de la plénière, la ministre Marina Silva a proposé un "
          "compromis.",
          "fr", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(Has(Who(d, d.meetings[0]), "Marina Silva"));
}

TEST_CASE("the act that ended a meeting dates it: 'agreed on Wednesday …, at the close of a round of talks'") {
  Document d = Run("Colombia's government and the National Liberation Army (ELN) guerrilla group agreed on Wednesday to "
                   "extend their bilateral ceasefire by six months, at the close of a fifth round of peace talks.",
                   "en", Upto::kAll, "2026-05-07");
  REQUIRE(d.meetings.size() == 1);
  REQUIRE(d.meetings[0].dates.has_start);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-05-06");
  Document f = Run("L'Égypte et l'Éthiopie ont signé jeudi une déclaration commune sur le partage des eaux du Nil, à "
                   "l'issue de trois jours de discussions.",
                   "fr", Upto::kAll, "2026-03-06");
  REQUIRE(f.meetings.size() == 1);
  REQUIRE(f.meetings[0].dates.has_start);
  // Three days of talks that end with the act on Thursday.
  CHECK(Iso(f.meetings[0].dates.start) == "2026-03-03");
  CHECK(Iso(f.meetings[0].dates.end) == "2026-03-05");
}

TEST_CASE("a negotiator who speaks while the main meeting is in focus takes part; a minister who comments does not") {
  Document d = Run("The climate talks in Antalya ran late on Friday. The talks resumed on Saturday. That condition was "
                   "dismissed by China's chief negotiator, Liu Zhenmin, who said developed countries \"cannot rewrite the "
                   "Paris Agreement\". Cambodian Prime Minister Hun Manet said the deal was \"a victory\".",
                   "en", Upto::kAll, "2026-11-21");
  REQUIRE(!d.meetings.empty());
  auto who = Who(d, d.meetings[0]);
  CHECK(Has(who, "Liu Zhenmin"));
  CHECK(!Has(who, "Hun Manet"));
  Document f = Run("Les pourparlers de Genève ont repris lundi. Les discussions ont duré deux jours. « Nous sommes "
                   "proches d'un accord », a déclaré la négociatrice en chef de l'UE, Sabine Weyand.",
                   "fr", Upto::kAll, "2026-11-21");
  REQUIRE(!f.meetings.empty());
  CHECK(Has(Who(f, f.meetings[0]), "Sabine Weyand"));
}

TEST_CASE("meetings: reflexive réunir with a distant subject; a participle opening the sentence") {
  // The subject stands more than six words before "s'est réuni".
  Document d = Run("Lundi 14 septembre, le comité de pilotage du projet de halte ferroviaire de Briffaut s'est "
                   "réuni à Valence.",
                   "fr", Upto::kAll, "2026-09-16");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Valence");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-09-14");
  d = Run("Réunis jeudi et vendredi à Bruxelles, les chefs d'État ont adopté des conclusions.", "fr", Upto::kAll,
          "2026-03-21");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Bruxelles");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-03-19");
  CHECK(Iso(d.meetings[0].dates.end) == "2026-03-20");
  // Without the reflexive, "réuni" is no meeting ("a réuni des fonds").
  d = Run("Le parti a réuni des fonds importants à Valence lundi.", "fr", Upto::kAll, "2026-09-16");
  CHECK(d.meetings.empty());
}

TEST_CASE("meetings: organisations invited in a relative clause, or seated around the table") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("Les médiateurs ont annoncé une nouvelle session à Djeddah « au début du mois de mars », à laquelle "
                   "l'Union africaine et l'Autorité intergouvernementale pour le développement (IGAD) ont été "
                   "invitées à participer.",
                   "fr", Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(has(Who(d, d.meetings[0]), "Union africaine"));
  d = Run("Leaders announced a summit in Nairobi next month, to which the African Union and the World Bank were "
          "invited.",
          "en", Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(has(Who(d, d.meetings[0]), "African Union"));
  CHECK(has(Who(d, d.meetings[0]), "World Bank"));
  // No verb of invitation: the clause tells no participant.
  d = Run("Leaders announced a summit in Nairobi next month, to which the World Bank objected.", "en", Upto::kAll,
          "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(has(Who(d, d.meetings[0]), "World Bank"));
  d = Run("La séance de négociation s'est tenue le 21 mai à Paris. Autour de la table : la CGT, la CFDT et "
          "Force ouvrière.",
          "fr", Upto::kAll, "2026-05-23");
  REQUIRE(d.meetings.size() == 1);
  std::vector<std::string> who = Who(d, d.meetings[0]);
  CHECK(has(who, "CGT"));
  CHECK(has(who, "CFDT"));
  CHECK(has(who, "Force ouvrière"));
}

TEST_CASE("meetings: a dateline's date does not date the meeting; 'opened on X and closed on Y' is its span") {
  Document d = Run("UNITED NATIONS, May 23 - A four-week conference ended in New York late on Friday without "
                   "agreement. The conference, which opened on April 27 and closed on May 22, brought together "
                   "Tran Minh Duc and Rebecca Thornhill.",
                   "en", Upto::kAll, "2026-05-23");  // a Saturday
  REQUIRE(d.meetings.size() == 1);
  CHECK(Iso(d.meetings[0].dates.start) == "2026-05-22");
  d = Run("La conférence, ouverte le 3 mars et achevée le 6 mars, a réuni Jean Dupont à Genève.", "fr", Upto::kAll,
          "2026-03-10");
  REQUIRE(!d.meetings.empty());
  CHECK(Iso(d.meetings[0].dates.start) == "2026-03-03");
  CHECK(Iso(d.meetings[0].dates.end) == "2026-03-06");
  // Two dates of separate clauses stay apart.
  d = Run("La conférence s'est ouverte le 3 mars à Genève, mais le vote final est prévu le 20 mars.", "fr", Upto::kAll,
          "2026-03-10");
  REQUIRE(!d.meetings.empty());
  CHECK(Iso(d.meetings[0].dates.end) == "2026-03-03");
}

TEST_CASE("meetings: a speaker placed at the meeting by the reporting verb takes part") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  const char* kBoard =
      "The board meeting opened in Geneva on Monday. Her fellow co-chair, Tevita Fonua of Tonga, was blunter. "
      "\"Every year of delay is measured in kilometres of coastline,\" he said ";
  Document d = Run(std::string(kBoard) + "at the closing session.", "en", Upto::kAll, "2026-07-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(has(Who(d, d.meetings[0]), "Tevita Fonua"));
  // Speaking after the meeting is no part in it.
  d = Run(std::string(kBoard) + "after the closing session.", "en", Upto::kAll, "2026-07-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(has(Who(d, d.meetings[0]), "Tevita Fonua"));
  d = Run("La réunion s'est ouverte lundi à Genève. « Nous ne céderons pas », a déclaré Marie Lambert lors de la "
          "séance de clôture.",
          "fr", Upto::kAll, "2026-07-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(has(Who(d, d.meetings[0]), "Marie Lambert"));
}

TEST_CASE("meetings: the words between the determiner and the noun belong to the name") {
  Document d = Run("The board opened its quarterly meeting on Monday in Vienna.", "en", Upto::kAll, "2026-03-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "quarterly meeting");
  d = Run("Director General Jean Dupont will report before the board's next regular session.", "en", Upto::kAll,
          "2026-03-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "next regular session");
  d = Run("Une prochaine rencontre est prévue le 12 mars.", "fr", Upto::kAll, "2026-03-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "prochaine rencontre");
  // With its parties after "entre", the noun and its parties name it.
  d = Run("Une prochaine rencontre entre Jean Dupont et Paul Martin reste possible.", "fr", Upto::kAll, "2026-03-03");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "rencontre entre Jean Dupont et Paul Martin");
  // A verb before the noun is not part of the name.
  d = Run("Jean Dupont and Paul Martin held talks on Monday.", "en", Upto::kAll, "2026-03-04");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "talks");
}

TEST_CASE("meetings: a complement of negotiation joins the name; a later fuller name replaces a bare noun") {
  Document d = Run("La négociatrice codirige les discussions sur l'accord. La dernière session de négociation, qui "
                   "s'est achevée samedi 9 mai, n'a rien tranché.",
                   "fr", Upto::kAll, "2026-05-12");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "dernière session de négociation");
  d = Run("FIFA and the players' union held talks on Monday. The first formal session lasted four hours.", "en",
          Upto::kAll, "2026-09-08");
  REQUIRE(d.meetings.size() == 1);
  CHECK(d.meetings[0].name == "first formal session");
  // A preposition before the noun ends the name.
  d = Run("It was the first meeting since talks collapsed in Geneva in May.", "en", Upto::kAll, "2026-09-08");
  for (const auto& m : d.meetings) CHECK(m.name.find("since") == std::string::npos);
}

TEST_CASE("meetings: commentators and reporters named beside the meeting do not take part") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("Les pourparlers d'Istanbul ont réuni Oleksandr Hrytsenko et Viktor Lebedinski, tandis que Thomas "
                   "Lemaire, analyste à l'Institut de relations internationales et stratégiques, rappelle que rien "
                   "n'est joué.",
                   "fr", Upto::kAll, "2025-10-07");
  REQUIRE(d.meetings.size() == 1);
  std::vector<std::string> who = Who(d, d.meetings[0]);
  CHECK(has(who, "Oleksandr Hrytsenko"));
  CHECK_FALSE(has(who, "Thomas Lemaire"));
  d = Run("Ahead of the spring meetings in Washington, the governor spoke to our correspondent Tom Hadley.", "en",
          Upto::kAll, "2026-04-01");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(has(Who(d, d.meetings[0]), "Tom Hadley"));
}

TEST_CASE("meetings: the parties of a later meeting noun are not the verb's; that noun and its parties name it") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("The negotiators plan to meet again in Beijing next month, Whitcombe said, adding that a signing "
                   "ceremony could be arranged around a possible meeting between President Donald Trump and President "
                   "Xi Jinping later in the year.",
                   "en", Upto::kAll, "2026-03-12");
  REQUIRE(d.meetings.size() == 2);
  CHECK(NameOf(d, d.meetings[0].place) == "Beijing");
  CHECK_FALSE(has(Who(d, d.meetings[0]), "Donald Trump"));
  CHECK(d.meetings[1].status == "hypothetical");
  CHECK(d.meetings[1].name == "meeting between President Donald Trump and President Xi Jinping");
  std::vector<std::string> who = Who(d, d.meetings[1]);
  CHECK(has(who, "Donald Trump"));
  CHECK(has(who, "Xi Jinping"));
}

TEST_CASE("meetings: a subject that confirms or denies the meeting does not take part") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("The White House has not confirmed the summit in Geneva.", "en", Upto::kAll, "2026-03-12");
  for (const auto& m : d.meetings) CHECK_FALSE(has(Who(d, m), "White House"));
  d = Run("Le Kremlin a démenti la rencontre de Genève.", "fr", Upto::kAll, "2026-03-12");
  for (const auto& m : d.meetings) CHECK_FALSE(has(Who(d, m), "Kremlin"));
  d = Run("FIFA and FIFPRO met in Zurich on Monday. Gianni Infantino has not commented publicly on Monday's meeting.",
          "en", Upto::kAll, "2026-09-08");
  for (const auto& m : d.meetings) CHECK_FALSE(has(Who(d, m), "Gianni Infantino"));
  // A subject that holds the meeting still does.
  d = Run("The White House hosted the summit in Washington on Monday.", "en", Upto::kAll, "2026-03-12");
  REQUIRE(!d.meetings.empty());
}

TEST_CASE("meetings: a body met through its leadership or its teams takes part") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("Magdalena Andersson ne s'est pas exprimée. Selon le quotidien Dagens Nyheter, elle devrait "
                   "rencontrer la direction des Verts samedi à Göteborg.",
                   "fr", Upto::kAll, "2026-09-18");
  REQUIRE(!d.meetings.empty());
  std::vector<std::string> who = Who(d, d.meetings[0]);
  CHECK(has(who, "Magdalena Andersson"));
  CHECK(has(who, "Verts"));
}

TEST_CASE("meetings: 'Celle des X' after a delegation sentence is the next delegation") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("Les pourparlers de Djeddah se sont tenus les 14 et 15 février. La délégation des Forces armées "
                   "soudanaises était conduite par le général Abdelrahim Osman. Celle des rebelles était emmenée par "
                   "Omar Hamdan, conseiller politique du mouvement.",
                   "fr", Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK(has(Who(d, d.meetings[0]), "Omar Hamdan"));
  // Without a delegation just before, "Celle de" is no delegation.
  d = Run("Les pourparlers de Djeddah se sont tenus les 14 et 15 février. La situation reste grave. Celle des "
          "rebelles était décrite par Omar Hamdan.",
          "fr", Upto::kAll, "2026-02-17");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(has(Who(d, d.meetings[0]), "Omar Hamdan"));
}

TEST_CASE("meetings: 'expected in' another place is a trip, not attendance") {
  auto has = [](const std::vector<std::string>& v, const char* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  Document d = Run("A follow-up meeting is planned in Doha next week. Steve Witkoff is expected in the region at the "
                   "end of the month.",
                   "en", Upto::kAll, "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK_FALSE(has(Who(d, d.meetings[0]), "Steve Witkoff"));
  d = Run("A follow-up meeting is planned in Doha next week. Steve Witkoff is expected in Doha.", "en", Upto::kAll,
          "2026-01-23");
  REQUIRE(d.meetings.size() == 1);
  CHECK(has(Who(d, d.meetings[0]), "Steve Witkoff"));
}

TEST_CASE("meetings: a bare mention of the held meeting told elsewhere in the article joins it") {
  // "Host of the talks" sits between two mentions of the Lomé meeting, far
  // from both: one event, one node, with the host among its participants.
  Document en = Run("The Growers' Union and the Hauliers' Federation committed on Monday to reach a deal before the "
                    "end of the year, according to a statement from the ministry, which hosted the meeting.\n\n"
                    "Fuel prices rose again in May. Hauliers complain about more frequent checks.\n\n"
                    "Host of the talks, Transport Minister Komi Mensah, praised a brotherly climate.\n\n"
                    "The text asks a technical committee to draft an agreement. The government remains cautious.\n\n"
                    "For Awa Keita, the Lomé meeting above all confirmed the ministry's role as a mediator.",
                    "en", Upto::kAll, "2026-10-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Lomé");
  CHECK(Has(Who(en, en.meetings[0]), "Komi Mensah"));
  Document fr = Run("L'Union des producteurs et la Fédération des transporteurs se sont engagées lundi à conclure un "
                    "accord avant la fin de l'année, selon le communiqué du ministère, qui accueillait la rencontre.\n\n"
                    "Les prix du carburant ont encore augmenté en mai. Les transporteurs se plaignent de contrôles plus "
                    "nombreux.\n\n"
                    "Hôte des discussions, le ministre des Transports, Komi Mensah, a salué un climat fraternel.\n\n"
                    "Le texte charge un comité technique de rédiger un projet d'accord. Le gouvernement reste prudent.\n\n"
                    "Pour Awa Keita, la rencontre de Lomé consacre surtout le rôle de médiateur du ministère.",
                    "fr", Upto::kAll, "2026-10-28");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Lomé");
  std::vector<std::string> who = Who(fr, fr.meetings[0]);
  CHECK(Has(who, "Komi Mensah"));
  CHECK(Has(who, "Union des producteurs"));
}

TEST_CASE("meetings: a person quoted on the talks while they are told takes part; a commentator does not") {
  Document en = Run("Negotiators from Aldena and Norrvik met in Geneva on Monday for a new round of talks on the "
                    "fisheries dispute.\n\nThe talks lasted nine hours and ended without a deal.\n\n"
                    "\"The talks made real progress on quotas,\" said Ingrid Halvorsen. \"But the hardest part is "
                    "still ahead of us,\" Halvorsen added.\n\n"
                    "Analyst Tomas Berg said the gap remained wide. \"Nobody expects a deal this year,\" Berg said.",
                    "en", Upto::kAll, "2026-10-28");
  REQUIRE(en.meetings.size() == 1);
  std::vector<std::string> who = Who(en, en.meetings[0]);
  CHECK(Has(who, "Ingrid Halvorsen"));
  CHECK_FALSE(Has(who, "Tomas Berg"));
  Document fr = Run("Les négociateurs de l'Aldanie et de la Norvégie se sont réunis lundi à Genève pour un nouveau "
                    "cycle de discussions sur la pêche.\n\nLes discussions ont duré neuf heures et se sont achevées "
                    "sans accord.\n\n« Les discussions ont permis de vrais progrès sur les quotas », a déclaré Ingrid "
                    "Halvorsen. « Mais le plus dur reste à faire », a ajouté Mme Halvorsen.\n\n"
                    "Le chercheur Tomas Berg juge l'écart encore important. « Personne n'attend d'accord cette "
                    "année », a-t-il déclaré.",
                    "fr", Upto::kAll, "2026-10-28");
  REQUIRE(fr.meetings.size() == 1);
  who = Who(fr, fr.meetings[0]);
  CHECK(Has(who, "Ingrid Halvorsen"));
  CHECK_FALSE(Has(who, "Tomas Berg"));
  // Cited as a source only ("according to X"), a person is told of the
  // talks as often as at them.
  Document src = Run("Negotiators from Aldena and Norrvik met in Geneva on Monday for a new round of talks.\n\n"
                     "The talks lasted nine hours, according to Ingrid Halvorsen. The talks made progress on quotas, "
                     "according to Halvorsen.",
                     "en", Upto::kAll, "2026-10-28");
  REQUIRE(src.meetings.size() == 1);
  CHECK_FALSE(Has(Who(src, src.meetings[0]), "Ingrid Halvorsen"));
}

TEST_CASE("meetings: the dateline's city places a held meeting told in its country, or with an agency in parentheses") {
  Document en = Run("YAOUNDÉ, Cameroon (AP) — Trade ministers ended four days of talks in Cameroon on Friday without a "
                    "deal on fishing subsidies.",
                    "en", Upto::kAll, "2026-03-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Yaoundé");
  Document fr = Run("Bruxelles (AFP) - Les négociateurs du Parlement européen et des États membres ont achevé mardi "
                    "leurs discussions sur les médicaments critiques.",
                    "fr", Upto::kAll, "2026-03-28");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Bruxelles");
  // A planned meeting is not placed by the dateline.
  Document planned = Run("Bruxelles (AFP) - Les ministres se réuniront le 3 avril pour de nouvelles discussions.", "fr",
                         Upto::kAll, "2026-03-28");
  REQUIRE(planned.meetings.size() == 1);
  CHECK(planned.meetings[0].place < 0);
}

TEST_CASE("meetings: a relative clause that holds the meeting tells its place; another relative clause does not") {
  Document fr = Run("Bienvenue dans ce direct consacré à la conférence des parties sur la biodiversité, qui se tient "
                    "depuis le 19 octobre à Erevan, en Arménie.",
                    "fr", Upto::kAll, "2026-10-28");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Erevan");
  Document en = Run("The ministerial conference, which opened on Thursday in Yaoundé, ended without a deal.", "en",
                    Upto::kAll, "2026-03-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Yaoundé");
  en = Run("The summit, which was criticised by activists in Paris, ended without a deal on Friday.", "en", Upto::kAll,
           "2026-03-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(en.meetings[0].place < 0);
}

TEST_CASE("meetings: a meeting told in the lead keeps its speakers in focus to the article's end") {
  const char* filler_en =
      "\n\nFishing fleets have been idle for weeks. Prices of cod rose by a third in the spring. Harbour towns fear "
      "for their jobs.\n\nExports fell sharply in March. The two governments blame each other for the collapse.\n\n";
  std::string quotes_en =
      "\"We have negotiated hard on quotas,\" said Ingrid Halvorsen. \"But the hardest part is still ahead of us,\" "
      "Halvorsen added.";
  Document en = Run("Negotiators from Aldena and Norrvik met in Geneva on Monday for a new round of talks on the "
                    "fisheries dispute." + std::string(filler_en) + quotes_en,
                    "en", Upto::kAll, "2026-10-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Ingrid Halvorsen"));
  Document fr = Run("Les négociateurs de l'Aldanie et de la Norvégie se sont réunis lundi à Genève pour un nouveau cycle "
                    "de discussions sur la pêche.\n\nLes flottes de pêche sont à quai depuis des semaines. Le prix du "
                    "cabillaud a augmenté d'un tiers au printemps. Les ports craignent pour leurs emplois.\n\nLes "
                    "exportations ont chuté en mars. Les deux gouvernements se renvoient la responsabilité.\n\n« Nous "
                    "avons négocié durement sur les quotas », a déclaré Ingrid Halvorsen. « Mais le plus dur reste à "
                    "faire », a ajouté Mme Halvorsen.",
                    "fr", Upto::kAll, "2026-10-28");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Has(Who(fr, fr.meetings[0]), "Ingrid Halvorsen"));
  // Told after the lead, the meeting's focus ends two sentences after it.
  Document late = Run("Fishing fleets have been idle for weeks. Prices of cod rose by a third. Harbour towns fear for "
                      "their jobs. Exports fell sharply in March.\n\nNegotiators from Aldena and Norrvik met in Geneva "
                      "on Monday for a new round of talks." + std::string(filler_en) + quotes_en,
                      "en", Upto::kAll, "2026-10-28");
  REQUIRE(late.meetings.size() == 1);
  CHECK_FALSE(Has(Who(late, late.meetings[0]), "Ingrid Halvorsen"));
}

TEST_CASE("meetings: a trilogue is a meeting of its parties") {
  Document en = Run("The fourth trilogue between the European Parliament and the European Commission ended in Brussels "
                    "on Wednesday.",
                    "en", Upto::kAll, "2026-03-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Brussels");
  CHECK(Has(Who(en, en.meetings[0]), "European Parliament"));
  Document fr = Run("Le trilogue entre le Parlement européen et la Commission européenne s'est achevé mercredi à "
                    "Bruxelles.",
                    "fr", Upto::kAll, "2026-03-28");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Has(Who(fr, fr.meetings[0]), "Parlement européen"));
}

TEST_CASE("meetings: meetings of one status on the same days and in no other place are one") {
  Document en = Run("The talks had been frank, and both delegations agreed to meet again in Brussels on November 16.", "en",
                    Upto::kAll, "2026-10-28");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Brussels");
  Document fr = Run("Les discussions ont été franches, et les délégations sont convenues de se retrouver à Bruxelles le "
                    "16 novembre.",
                    "fr", Upto::kAll, "2026-10-28");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Bruxelles");
  // The same day in another place is another meeting.
  en = Run("The ministers will meet in Brussels on November 16. The leaders will meet in Paris on November 16.", "en",
           Upto::kAll, "2026-10-28");
  CHECK(en.meetings.size() == 2);
}

TEST_CASE("meetings: the future and present of 'se réunir' state a meeting") {
  Document d = Run("Le comité technique se réunira du 18 au 20 mai à Niamey, précise le communiqué.", "fr", Upto::kAll,
                   "2026-05-06");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Niamey");
  CHECK(d.meetings[0].status == "planned");
  CHECK(Iso(d.meetings[0].dates.start) == "2026-05-18");
  d = Run("Les ministres des Finances se réunissent jeudi à Genève.", "fr", Upto::kAll, "2026-05-06");
  REQUIRE(d.meetings.size() == 1);
  CHECK(NameOf(d, d.meetings[0].place) == "Genève");
}

TEST_CASE("meetings: a bare meeting word with neither place nor date is no event of its own") {
  // One word, people near it, nothing else: a passing mention.
  Document fr = Run("Selon Paul Verdier, la rencontre avec Marc Lefèvre n'a rien changé au budget de la ville.", "fr",
                    Upto::kAll, "2026-05-06");
  CHECK(fr.meetings.empty());
  Document en = Run("Anna Berglund met Tomas Kirov, but the budget did not move.", "en", Upto::kAll, "2026-05-06");
  CHECK(en.meetings.empty());
  // A place or a date makes it an event.
  fr = Run("Selon Paul Verdier, la rencontre avec Marc Lefèvre à Lyon n'a rien changé au budget de la ville.", "fr",
           Upto::kAll, "2026-05-06");
  CHECK(fr.meetings.size() == 1);
  en = Run("Anna Berglund met Tomas Kirov on Monday, but the budget did not move.", "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Anna Berglund"));
  // So does a name of several words.
  en = Run("The budget meeting between Anna Berglund and Tomas Kirov changed nothing.", "en", Upto::kAll,
           "2026-05-06");
  CHECK(en.meetings.size() == 1);
}

TEST_CASE("meetings: the people of a sentence about the talks do not attend them") {
  Document en = Run("The talks in Lisbon ended on Monday. Asked about the talks at President Marta Ribeiro's weekly "
                    "press briefing on Tuesday, her spokesman, Nuno Pacheco, said little.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK_FALSE(Has(Who(en, en.meetings[0]), "Marta Ribeiro"));
  Document fr = Run("Les discussions de Lisbonne se sont achevées lundi. Interrogé mardi sur les discussions, lors d'un "
                    "déplacement de la présidente Marta Ribeiro, son porte-parole Nuno Pacheco n'a rien dit.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK_FALSE(Has(Who(fr, fr.meetings[0]), "Marta Ribeiro"));
}

TEST_CASE("meetings: a verb of participation brings the bodies its people come from") {
  Document en = Run("The first round of talks opened in Nairobi on Monday between Kenya and Ethiopia. Observers from "
                    "the African Development Bank and the World Bank attended the opening session.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(!en.meetings.empty());
  CHECK(Has(Who(en, en.meetings[0]), "World Bank"));
  CHECK(Has(Who(en, en.meetings[0]), "African Development Bank"));
  Document fr = Run("Les discussions se sont ouvertes lundi à Nairobi entre le Kenya et l'Éthiopie. Des représentants "
                    "de la Banque mondiale ont participé à la séance d'ouverture.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(!fr.meetings.empty());
  CHECK(Has(Who(fr, fr.meetings[0]), "Banque mondiale"));
  // A body named after the verb does not take part.
  en = Run("The talks opened in Nairobi on Monday between Kenya and Ethiopia. Kenya's minister attended, the World "
           "Bank said.",
           "en", Upto::kAll, "2026-05-06");
  REQUIRE(!en.meetings.empty());
  CHECK_FALSE(Has(Who(en, en.meetings[0]), "World Bank"));
  // Nor one that did not attend.
  en = Run("The talks opened in Nairobi on Monday between Kenya and Ethiopia. Observers from the World Bank did not "
           "attend the opening session.",
           "en", Upto::kAll, "2026-05-06");
  REQUIRE(!en.meetings.empty());
  CHECK_FALSE(Has(Who(en, en.meetings[0]), "World Bank"));
}

TEST_CASE("meetings: the body a participant negotiates for takes part; the body of a mere title does not") {
  Document fr = Run("Une séance de négociation s'est tenue mardi à Lyon avec Marie Lenoir et Paul Girard. Marie Lenoir, "
                    "négociatrice de la Confédération paysanne, a jugé la séance utile. Paul Girard, président de la "
                    "Fondation Rhône-Avenir, l'a trouvée longue.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Has(Who(fr, fr.meetings[0]), "Marie Lenoir"));
  CHECK(Has(Who(fr, fr.meetings[0]), "Confédération paysanne"));
  CHECK_FALSE(Has(Who(fr, fr.meetings[0]), "Fondation Rhône-Avenir"));
  Document en = Run("Talks were held in Cork on Monday with Ann Kerr and Tom Byrne. Ann Kerr, chief negotiator of the "
                    "Irish Dairy Board, called the talks useful. Tom Byrne, president of the Cork Chamber of Commerce, "
                    "found them long.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Ann Kerr"));
  CHECK(Has(Who(en, en.meetings[0]), "Irish Dairy Board"));
  CHECK_FALSE(Has(Who(en, en.meetings[0]), "Cork Chamber of Commerce"));
}

TEST_CASE("meetings: a conclave, a signing ceremony and hearings are meetings") {
  Document fr = Run("Les cinq partis se sont retrouvés en conclave mardi au château de Val Duchesse, à Bruxelles.", "fr",
                    Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Bruxelles");
  fr = Run("Une cérémonie de signature est prévue le 12 mai à Maputo.", "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].status == "planned");
  CHECK(NameOf(fr, fr.meetings[0].place) == "Maputo");
  Document en = Run("A signing ceremony will take place in Ottawa on May 12.", "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Ottawa");
  en = Run("The court of arbitration will hold hearings in Vienna on May 20.", "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Vienna");
}

TEST_CASE("meetings: people representing a side or seated at the table take part in the meeting under way") {
  Document fr = Run("Les discussions se sont ouvertes lundi à Lomé. Le Ghana était représenté par Kwesi Boateng, "
                    "vice-ministre des Affaires étrangères, et le Bénin par Marie Kouassi.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Has(Who(fr, fr.meetings[0]), "Kwesi Boateng"));
  CHECK(Has(Who(fr, fr.meetings[0]), "Marie Kouassi"));
  Document en = Run("The informal meeting opened in Geneva on Monday. Peter Lindgren and Helen Marsh sat at the same "
                    "table for two days.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Peter Lindgren"));
  CHECK(Has(Who(en, en.meetings[0]), "Helen Marsh"));
  // A person who sat on a board is none.
  en = Run("The informal meeting opened in Geneva on Monday. Peter Lindgren once sat on the board of a bank.", "en",
           Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK_FALSE(Has(Who(en, en.meetings[0]), "Peter Lindgren"));
}

TEST_CASE("meetings: a government and the parties meeting; the people around this table") {
  Document fr = Run("Le gouvernement et les partis d'opposition se sont retrouvés mardi au siège du parlement, à Rabat.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Rabat");
  Document en = Run("The talks opened in Nairobi on Monday. Around this table, Peter Lindgren faced Helen Marsh.", "en",
                    Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Peter Lindgren"));
}

TEST_CASE("meetings: the bodies of 'celles de X et de Y', 'delegations from X and Y' take part") {
  Document fr = Run("Les pourparlers se sont ouverts lundi à Maputo. La délégation du gouvernement était conduite par Jean "
                    "Dupont ; celles de la Banque mondiale et de la Banque africaine de développement par leurs "
                    "représentants.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Has(Who(fr, fr.meetings[0]), "Banque mondiale"));
  CHECK(Has(Who(fr, fr.meetings[0]), "Banque africaine de développement"));
  Document en = Run("The talks opened in Nairobi on Monday. Delegations from the World Bank and the African Development "
                    "Bank were led by their vice-presidents.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "World Bank"));
  CHECK(Has(Who(en, en.meetings[0]), "African Development Bank"));
}

TEST_CASE("meetings: 'negotiators for X' bring X to the meeting") {
  Document en = Run("Negotiators for the Irish Dairy Board and the Department of Agriculture met in Cork on Monday.", "en",
                    Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Irish Dairy Board"));
  // "for" after another noun is no representation.
  en = Run("A report for the Irish Dairy Board was discussed at the meeting in Cork on Monday.", "en", Upto::kAll,
           "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK_FALSE(Has(Who(en, en.meetings[0]), "Irish Dairy Board"));
}

TEST_CASE("meetings: the people heading a side take part") {
  Document en = Run("The talks opened in Nairobi on Monday. Kenya's side was headed by Peter Lindgren, with Helen Marsh.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Has(Who(en, en.meetings[0]), "Peter Lindgren"));
  CHECK(Has(Who(en, en.meetings[0]), "Helen Marsh"));
  Document fr = Run("Les discussions se sont ouvertes lundi à Nairobi. La partie kényane était conduite par Jean Dupont.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Has(Who(fr, fr.meetings[0]), "Jean Dupont"));
}

TEST_CASE("meetings: a dateline closed by a dash places the held meeting that names no place") {
  Document en = Run("OTTAWA — The final session of the talks ended on Tuesday without a deal.", "en", Upto::kAll,
                    "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Ottawa");
  Document fr = Run("BRUXELLES – La dernière séance des discussions s'est achevée mardi sans accord.", "fr", Upto::kAll,
                    "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Bruxelles");
}

TEST_CASE("meetings: the meeting that led to an act took place where the act did") {
  Document en = Run("The two unions reached agreement on Monday evening in Cork, the board's home town, after a final "
                    "session that ran past midnight.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Cork");
  Document fr = Run("Les deux syndicats ont signé un accord lundi à Lyon, à l'issue d'une longue séance de négociation.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Lyon");
}

TEST_CASE("meetings: a later mention naming the main meeting by its place only is the same meeting") {
  Document fr = Run("Les discussions se sont tenues lundi entre Paul Verdier et Marc Lefèvre. Hôte des discussions, Paul "
                    "Verdier a salué un climat franc. Le budget reste le principal sujet. Les élus attendent un vote. Le "
                    "calendrier reste flou. Pour Anne Martin, chercheuse à Paris, la rencontre de Lyon consacre surtout le "
                    "rôle de médiateur de la ville.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(NameOf(fr, fr.meetings[0].place) == "Lyon");
  CHECK(Has(Who(fr, fr.meetings[0]), "Paul Verdier"));
  Document en = Run("Talks were held on Monday between Peter Lindgren and Helen Marsh. Host of the talks, Peter Lindgren "
                    "praised a frank climate. The budget remains the main issue. Voters await a decision. The calendar "
                    "is unclear. For Anne Martin, a researcher in Paris, the Lisbon meeting mostly showed how far apart "
                    "the two sides remain.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "Lisbon");
  // A summit so named is an event of its own.
  en = Run("Talks were held on Monday between Peter Lindgren and Helen Marsh. Host of the talks, Peter Lindgren "
           "praised a frank climate. The budget remains the main issue. Voters await a decision. The calendar is "
           "unclear. For Anne Martin, a researcher in Paris, the Lisbon summit mostly showed how far apart the two "
           "sides remain.",
           "en", Upto::kAll, "2026-05-06");
  CHECK(en.meetings.size() == 2);
}

TEST_CASE("meetings: a present-tense verb of starting with a weekday tells a meeting to come") {
  // 2026-03-11 is a Wednesday: "on Monday" is the 16th, not the 9th.
  Document en = Run("The talks between the dockers' union and the port authority resume on Monday in Antwerp.", "en",
                    Upto::kAll, "2026-03-11");
  REQUIRE(en.meetings.size() == 1);
  CHECK(en.meetings[0].status == "planned");
  CHECK(Iso(en.meetings[0].dates.start) == "2026-03-16");
  Document fr = Run("Les discussions entre le syndicat et la direction reprennent lundi à Lille.", "fr", Upto::kAll,
                    "2026-03-11");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].status == "planned");
  CHECK(Iso(fr.meetings[0].dates.start) == "2026-03-16");
  // The past tense stays held, on the last Monday.
  Document past = Run("The talks between the dockers' union and the port authority resumed on Monday in Antwerp.",
                      "en", Upto::kAll, "2026-03-11");
  REQUIRE(past.meetings.size() == 1);
  CHECK(past.meetings[0].status == "held");
  CHECK(Iso(past.meetings[0].dates.start) == "2026-03-09");
}

TEST_CASE("meetings: a long name between the meeting noun and its future verb counts as one word") {
  Document en = Run(
      "The talks between the International Association of Machinists and Aerospace Workers and the Boeing Company "
      "will resume next week in Leeds.",
      "en", Upto::kAll, "2026-03-11");
  REQUIRE(en.meetings.size() == 1);
  CHECK(en.meetings[0].status == "planned");
  Document fr = Run(
      "Les discussions entre la Fédération nationale des transports routiers et l'Union des entreprises de "
      "transport et logistique de France reprendront la semaine prochaine à Lyon.",
      "fr", Upto::kAll, "2026-03-11");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].status == "planned");
}

namespace {
bool Takes(const Document& d, const MeetingFact& m, const std::string& name) {
  for (const auto& p : m.participants)
    if (NameOf(d, p.first) == name) return true;
  return false;
}
}  // namespace

TEST_CASE("meetings: a sitting measured by a counted length is a held meeting") {
  // A negotiation noun after a counted length, with its days and place.
  Document fr = Run("Au terme de trois journées de négociation, lundi et mardi, à Clermont-Ferrand, la direction de "
                    "Valmont a présenté un nouveau plan.",
                    "fr", Upto::kAll, "2026-05-07");  // a Thursday
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].status == "held");
  CHECK(Iso(fr.meetings[0].dates.start) == "2026-05-04");
  CHECK(NameOf(fr, fr.meetings[0].place) == "Clermont-Ferrand");
  // A verbless sentence measuring a sitting continues the dated sentence before it.
  Document en = Run("On Tuesday, the mayors and the transport minister sat down together. "
                    "Nine hours of talks, a short lunch and a cautious statement followed.",
                    "en", Upto::kAll, "2026-05-07");
  REQUIRE(en.meetings.size() == 1);
  CHECK(en.meetings[0].status == "held");
  CHECK(Iso(en.meetings[0].dates.start) == "2026-05-05");
  // Without a count, weeks of talks are a process, not a sitting.
  Document process = Run("After weeks of negotiations, the deal was signed.", "en", Upto::kAll, "2026-05-07");
  CHECK(process.meetings.empty());
}

TEST_CASE("meetings: a reflexive verb of meeting reaches a subject behind its complements") {
  Document fr = Run("Une délégation de Niamey et des représentants de plusieurs groupes armés se sont retrouvés, du "
                    "4 au 6 mai, dans un hôtel de Lomé.",
                    "fr", Upto::kAll, "2026-05-20");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].status == "held");
  CHECK(Iso(fr.meetings[0].dates.start) == "2026-05-04");
  CHECK(Iso(fr.meetings[0].dates.end) == "2026-05-06");
  // "se sont retrouvés sans emploi": no meeting.
  Document none = Run("Des centaines d'ouvriers de l'usine se sont retrouvés sans emploi.", "fr", Upto::kAll,
                      "2026-05-20");
  CHECK(none.meetings.empty());
}

TEST_CASE("meetings: the other side of the table takes part in the meeting under way") {
  Document fr = Run("Les discussions se sont tenues mardi à Rennes. "
                    "La délégation patronale était conduite par Hervé Quillec. "
                    "En face, Nadia Ferrand, secrétaire générale de la fédération, entourée du maire de Brest, "
                    "Paul Kerjean. "
                    "Face à eux, les trois syndicats - CFDT, CGT et FO - avaient envoyé deux négociateurs chacun.",
                    "fr", Upto::kAll, "2026-05-07");
  REQUIRE(!fr.meetings.empty());
  const MeetingFact& m = fr.meetings[0];
  CHECK(Takes(fr, m, "Hervé Quillec"));
  CHECK(Takes(fr, m, "Nadia Ferrand"));
  CHECK(Takes(fr, m, "Paul Kerjean"));
  CHECK(Takes(fr, m, "CFDT"));
  CHECK(Takes(fr, m, "CGT"));
  CHECK_FALSE(Takes(fr, m, "Brest"));  // a complement, not a side
  Document en = Run("The talks were held on Tuesday in Leeds, led for the council by Janet Orme. "
                    "Across the table sat Martin Kemble of the Unite union.",
                    "en", Upto::kAll, "2026-05-07");
  REQUIRE(!en.meetings.empty());
  CHECK(Takes(en, en.meetings[0], "Martin Kemble"));
}

TEST_CASE("meetings: a progressive verb of meeting is a meeting of its own, not the noun of the one under way") {
  // The bare noun would join the latest meeting, the two ministers' encounter.
  Document en = Run("The summit of the river commission opened on Monday in Vientiane. "
                    "On Wednesday evening, Lina Vong met Arjun Mehta in Vientiane for bilateral talks. "
                    "Delegations from Laos, Thailand and Cambodia have been meeting since breakfast on a new text.",
                    "en", Upto::kAll, "2026-05-07");
  REQUIRE(!en.meetings.empty());
  for (const auto& m : en.meetings)
    if (Takes(en, m, "Lina Vong")) CHECK_FALSE(Takes(en, m, "Laos"));
  Document fr_like = Run("Ministers from Chile and Peru are meeting in Lima on Friday.", "en", Upto::kAll, "2026-05-07");
  REQUIRE(fr_like.meetings.size() == 1);
  CHECK(NameOf(fr_like, fr_like.meetings[0].place) == "Lima");
}

TEST_CASE("meetings: every form of a verb of participation lists its subjects, beside a delegation word") {
  // "siégé" with a delegation led by someone in the same sentence.
  Document fr = Run("Les pourparlers se sont tenus lundi à Kampala. "
                    "Leur reprise doit beaucoup aux Églises : le Conseil œcuménique de l'Ouganda et la Fondation "
                    "Mbeya ont siégé à la table aux côtés de l'équipe tanzanienne, emmenée par Amina Juma.",
                    "fr", Upto::kAll, "2026-05-07");
  REQUIRE(!fr.meetings.empty());
  CHECK(Takes(fr, fr.meetings[0], "Amina Juma"));
  CHECK(Takes(fr, fr.meetings[0], "Conseil œcuménique de l'Ouganda"));
  // "will take part": a planned meeting's participant; "offered to take part": not yet one.
  Document en = Run("The arbitration panel will hold hearings in Vienna on December 7. "
                    "Pakistan has said it will take part in the hearings. "
                    "The Stimson Center has offered to take part in the hearings.",
                    "en", Upto::kAll, "2026-11-20");
  REQUIRE(!en.meetings.empty());
  CHECK(Takes(en, en.meetings[0], "Pakistan"));
  CHECK_FALSE(Takes(en, en.meetings[0], "Stimson Center"));
}

TEST_CASE("meetings: who chairs or leads the meeting, a side or the mediation, and who accompanies a participant") {
  Document fr = Run("Une réunion du comité de suivi s'est tenue lundi à Tyr. "
                    "Elle était présidée par le général Marc Delorme. "
                    "La médiation était conduite par Salma Haddad, envoyée spéciale de l'ONU.",
                    "fr", Upto::kAll, "2026-05-07");
  REQUIRE(!fr.meetings.empty());
  CHECK(Takes(fr, fr.meetings[0], "Marc Delorme"));
  CHECK(Takes(fr, fr.meetings[0], "Salma Haddad"));
  Document en = Run("The talks were held on Monday in Leeds between the council and the drivers' union. "
                    "Council leader Janet Orme led the council side. "
                    "Orme was accompanied by the council's finance director, Paul Ainsley.",
                    "en", Upto::kAll, "2026-05-07");
  REQUIRE(!en.meetings.empty());
  CHECK(Takes(en, en.meetings[0], "Janet Orme"));
  CHECK(Takes(en, en.meetings[0], "Paul Ainsley"));
}

TEST_CASE("meetings: who is present at a meeting takes part in it") {
  Document fr = Run("Une dernière séance de négociation est prévue le 3 décembre à Poitiers, en présence de "
                    "Claire Vautrin.",
                    "fr", Upto::kAll, "2026-11-20");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Claire Vautrin"));
  Document en = Run("The agreement was signed at a short ceremony in Cardiff on Friday, in the presence of the "
                    "Health Service Executive.",
                    "en", Upto::kAll, "2026-11-20");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Health Service Executive"));
}

TEST_CASE("meetings: a preposition governs a person's name across the titles before it") {
  Document en = Run("The talks were held on Monday in Hanoi. The meeting comes at a delicate moment for President "
                    "Tran Van Long, whose government faces an election.",
                    "en", Upto::kAll, "2026-11-20");
  REQUIRE(!en.meetings.empty());
  for (const auto& m : en.meetings) CHECK_FALSE(Takes(en, m, "Tran Van Long"));
}

TEST_CASE("meetings: the lead dates a held meeting told again and again with no day nor place of its own") {
  Document en = Run("For two days this week, on Monday and Tuesday, the leaders of the four parties sat with "
                    "ministers from Cardiff and London.\n\n"
                    "The talks were called by the Welsh Secretary, Gareth Pryce, after the budget failed. "
                    "Around the table were the First Minister, Rhian Morgan, and the deputy, Owen Lloyd. "
                    "The talks ended without a deal.",
                    "en", Upto::kAll, "2026-10-22");  // a Thursday
  bool dated = false;
  for (const auto& m : en.meetings)
    if (Takes(en, m, "Rhian Morgan")) {
      dated = m.dates.has_start;
      if (dated) CHECK(Iso(m.dates.start) == "2026-10-19");
    }
  CHECK(dated);
  Document fr = Run("Mardi dernier, les élus et le gouvernement ont travaillé toute la journée.\n\n"
                    "Les discussions étaient conduites par le ministre, Paul Arnaud, face au maire, Jean Colonna. "
                    "Autour de la table figuraient aussi Marie Santoni et Luc Peretti. "
                    "Les discussions n'ont pas abouti.",
                    "fr", Upto::kAll, "2026-10-22");
  dated = false;
  for (const auto& m : fr.meetings)
    if (Takes(fr, m, "Marie Santoni")) dated = m.dates.has_start && Iso(m.dates.start) == "2026-10-20";
  CHECK(dated);
}

TEST_CASE("meetings: a town's name opening a building's name is not the meeting's place") {
  Document en = Run("LONDON (AP) — The two delegations met on Monday at Lancaster House, the government mansion near "
                    "the palace.",
                    "en", Upto::kAll, "2026-11-20");
  REQUIRE(en.meetings.size() == 1);
  CHECK(NameOf(en, en.meetings[0].place) == "London");
}

TEST_CASE("meetings: a verb of meeting on exactly the days of a meeting told before tells that meeting again") {
  Document en = Run("ARUSHA, Oct 14 (Reuters) - Kenya and Uganda agreed on Tuesday to study a joint pipeline "
                    "after a day of talks mediated by Tanzania. The delegations, led by Kenya's energy secretary, "
                    "Peter Mwangi, and Uganda's minister, Ruth Nankya, met for six hours on Tuesday at a lakeside hotel in "
                    "Arusha.",
                    "en", Upto::kAll, "2026-10-15");  // a Thursday
  int held = 0;
  for (const auto& m : en.meetings) held += m.status == "held";
  CHECK(held == 1);
  for (const auto& m : en.meetings)
    if (m.status == "held") CHECK(Takes(en, m, "Peter Mwangi"));
  Document fr = Run("NIAMEY, 16 octobre (AFP) - Le Mali et le Niger se sont engagés jeudi à rouvrir leur frontière "
                    "au terme d'une journée de discussions. Les délégations, conduites par Awa Diarra et Ibrahim "
                    "Moussa, se sont réunies jeudi pendant cinq heures dans un hôtel de Niamey.",
                    "fr", Upto::kAll, "2026-10-17");  // a Saturday
  held = 0;
  for (const auto& m : fr.meetings) held += m.status == "held";
  CHECK(held == 1);
}

TEST_CASE("meetings: an encounter on one day of a longer meeting stays beside it") {
  Document en = Run("The talks in Geneva ran from Monday to Friday. Ana Ruiz met Tom Keller on Thursday.",
                    "en", Upto::kAll, "2026-10-24");
  int held = 0;
  for (const auto& m : en.meetings) held += m.status == "held";
  CHECK(held == 2);
}

TEST_CASE("meetings: a verb of gathering after the meeting noun lists its parties") {
  Document en = Run("The three-day regional forum meeting, which opened on Monday in Reykjavik, brings together "
                    "Greenland, Estonia, Latvia and Lithuania.",
                    "en", Upto::kAll, "2026-10-22");
  REQUIRE(!en.meetings.empty());
  CHECK(Takes(en, en.meetings[0], "Estonia"));
  CHECK(Takes(en, en.meetings[0], "Latvia"));
  Document fr = Run("La conférence, ouverte lundi à Dakar, réunit le Ghana, le Togo et le Bénin autour du "
                    "corridor côtier.",
                    "fr", Upto::kAll, "2026-10-22");
  REQUIRE(!fr.meetings.empty());
  CHECK(Takes(fr, fr.meetings[0], "Ghana"));
  CHECK(Takes(fr, fr.meetings[0], "Bénin"));
}

TEST_CASE("meetings: a meeting of an earlier year is a past event that later mentions do not refer to") {
  // The meeting the people attend is the article's, not the past one
  // (neither its name nor its node).
  Document en = Run("Donors met in Accra on Tuesday for a conference on the flooded north. "
                    "Of the money pledged at a similar conference in 2019, barely half arrived. "
                    "At the conference, the finance minister, Kwame Boateng, asked for grants.",
                    "en", Upto::kAll, "2026-10-22");
  int with = 0;
  for (const auto& m : en.meetings)
    if (Takes(en, m, "Kwame Boateng")) {
      ++with;
      CHECK(m.dates.has_start);
      CHECK(m.name.find("similar") == std::string::npos);
    }
  CHECK(with == 1);
  Document fr = Run("Les bailleurs se sont réunis mardi à Dakar pour une conférence sur les inondations. "
                    "Lors de la conférence de 2019, présidée par Moussa Diop, la moitié des promesses seulement "
                    "avait été tenue. Pendant la conférence, la ministre des Finances, Awa Ndiaye, a demandé des "
                    "dons.",
                    "fr", Upto::kAll, "2026-10-22");
  with = 0;
  for (const auto& m : fr.meetings)
    if (Takes(fr, m, "Awa Ndiaye")) {
      ++with;
      CHECK(m.dates.has_start);
      CHECK_FALSE(Takes(fr, m, "Moussa Diop"));  // chaired the 2019 conference
    }
  CHECK(with == 1);
}

TEST_CASE("meetings: a delegation's principal named after a title is not present") {
  Document en = Run("The talks opened on Monday in Kingstown. Chile was represented by Ambassador Pablo Rojas, a special "
                    "envoy of President Ana Beltrán.",
                    "en", Upto::kAll, "2026-10-22");
  REQUIRE(!en.meetings.empty());
  CHECK(Takes(en, en.meetings[0], "Pablo Rojas"));
  CHECK_FALSE(Takes(en, en.meetings[0], "Ana Beltrán"));
  Document fr = Run("Les discussions se sont ouvertes lundi à Lomé. Le Ghana était représenté par Kofi Mensah, "
                    "conseiller spécial du président John Asante.",
                    "fr", Upto::kAll, "2026-10-22");
  REQUIRE(!fr.meetings.empty());
  CHECK(Takes(fr, fr.meetings[0], "Kofi Mensah"));
  CHECK_FALSE(Takes(fr, fr.meetings[0], "John Asante"));
}

TEST_CASE("meetings: the head of a side who speaks while the talks are told takes part in them") {
  Document fr = Run("La commission mixte s'est réunie lundi et mardi à Rabat. Les travaux de la commission ont porté "
                    "sur les archives. « Nous avons perdu un an », lâche Karim Haddad, coprésident de la partie "
                    "tunisienne.",
                    "fr", Upto::kAll, "2026-10-22");
  REQUIRE(!fr.meetings.empty());
  CHECK(Takes(fr, fr.meetings[0], "Karim Haddad"));
  Document en = Run("The joint commission met on Monday and Tuesday in Nairobi. The commission's work focused on "
                    "grazing rights. \"We lost a year,\" said Peter Otieno, head of the Kenyan side.",
                    "en", Upto::kAll, "2026-10-22");
  REQUIRE(!en.meetings.empty());
  CHECK(Takes(en, en.meetings[0], "Peter Otieno"));
}

TEST_CASE("meetings: who is named before a reporting verb does not attend the meeting to come it reports") {
  // The experts' sitting of June 3 is reported by the spokeswoman; the envoy
  // named before her verb only plans another meeting.
  Document en = Run("Envoy Ines Okafor met both leaders on Monday. Okafor intends to convene a larger meeting in "
                    "Vienna in early 2027, her spokeswoman added, and experts from both sides will meet at the "
                    "Hofburg on June 3 to prepare it.",
                    "en", Upto::kAll, "2026-04-20");
  for (const auto& m : en.meetings)
    if (m.status == "planned") CHECK_FALSE(Takes(en, m, "Ines Okafor"));
  Document fr = Run("Le médiateur, Ines Okafor, a rencontré lundi les deux dirigeants. Okafor entend convoquer une "
                    "réunion élargie à Vienne début 2027, a ajouté sa porte-parole, et les experts des deux camps se "
                    "retrouveront à la Hofburg le 3 juin pour la préparer.",
                    "fr", Upto::kAll, "2026-04-20");
  for (const auto& m : fr.meetings)
    if (m.status == "planned") CHECK_FALSE(Takes(fr, m, "Ines Okafor"));
  // A verb of hope is its subject's own plan; a meeting "with" someone has
  // its announcer for the other party.
  Document hope = Run("La présidente de la Commission, Anna Weber, espère signer l'accord lors du sommet prévu à "
                      "Lisbonne le 12 mai.",
                      "fr", Upto::kAll, "2026-04-20");
  REQUIRE(!hope.meetings.empty());
  CHECK(Takes(hope, hope.meetings[0], "Anna Weber"));
  Document with = Run("Le ministre, Paul Durand, a évoqué une nouvelle réunion avec les syndicats le 5 mai à Lyon.",
                      "fr", Upto::kAll, "2026-04-20");
  REQUIRE(!with.meetings.empty());
  CHECK(Takes(with, with.meetings[0], "Paul Durand"));
}

TEST_CASE("meetings: an indefinite meeting noun after a copula describes a meeting, it tells no new one") {
  // The session told next is that working meeting, not a second one.
  Document fr = Run("LYON – De notre correspondant\n\nOfficiellement, ce n'était qu'une réunion de travail. Mais la "
                    "séance de la commission bilatérale État-région, lundi dernier, dans les locaux de la "
                    "préfecture, à Lyon, a pris des allures de tournant.",
                    "fr", Upto::kAll, "2026-10-22");
  int held = 0;
  for (const auto& m : fr.meetings) held += m.status == "held";
  CHECK(held == 1);
  Document en = Run("LEEDS – From our correspondent\n\nOfficially, it was only a working meeting. But the session of "
                    "the bilateral committee on Monday, at the town hall in Leeds, felt like a turning point.",
                    "en", Upto::kAll, "2026-10-22");
  held = 0;
  for (const auto& m : en.meetings) held += m.status == "held";
  CHECK(held == 1);
}

TEST_CASE("meetings: a sitting of N days that ends on a day told alone spans the N days up to it") {
  Document fr = Run("Le Ghana et le Togo ont achevé jeudi soir à Lomé deux jours de discussions sur leur frontière.",
                    "fr", Upto::kAll, "2026-11-07");  // a Saturday
  REQUIRE(!fr.meetings.empty());
  REQUIRE(fr.meetings[0].dates.has_start);
  CHECK(Iso(fr.meetings[0].dates.start) == "2026-11-04");
  CHECK(Iso(fr.meetings[0].dates.end) == "2026-11-05");
  Document en = Run("Norway and Iceland ended three days of talks in Oslo on Friday without a deal.",
                    "en", Upto::kAll, "2026-11-07");
  REQUIRE(!en.meetings.empty());
  REQUIRE(en.meetings[0].dates.has_start);
  CHECK(Iso(en.meetings[0].dates.start) == "2026-11-04");
  CHECK(Iso(en.meetings[0].dates.end) == "2026-11-06");
}

TEST_CASE("meetings: a verb of meeting whose days cover a meeting told before is that meeting") {
  Document en = Run("TORONTO — The airline and its pilots made progress in mediated talks in Toronto, the union said "
                    "Wednesday night. Negotiators met Tuesday and Wednesday at a hotel near the airport with Lena "
                    "Fischer, a federal mediator.",
                    "en", Upto::kAll, "2026-08-13");  // a Thursday
  int held = 0;
  for (const auto& m : en.meetings)
    if (m.status == "held") {
      ++held;
      CHECK(Takes(en, m, "Lena Fischer"));
      CHECK(Iso(m.dates.start) == "2026-08-11");
    }
  CHECK(held == 1);
  Document fr = Run("LYON – La direction et les syndicats ont fait des progrès dans les discussions à Lyon, a indiqué "
                    "mercredi soir le syndicat. Les négociateurs se sont réunis mardi et mercredi dans un hôtel avec "
                    "Claire Morin, médiatrice.",
                    "fr", Upto::kAll, "2026-08-13");
  held = 0;
  for (const auto& m : fr.meetings)
    if (m.status == "held") {
      ++held;
      CHECK(Takes(fr, m, "Claire Morin"));
    }
  CHECK(held == 1);
}

TEST_CASE("meetings: words sent in a statement are no evidence of a seat at the talks") {
  Document en = Run("The talks between the city and the drivers' union were held on Monday in Leeds. \"The talks were "
                    "useful,\" council leader Mary Hale said in a statement. \"The talks must go on,\" Hale said in a "
                    "statement on Tuesday.",
                    "en", Upto::kAll, "2026-10-22");
  REQUIRE(!en.meetings.empty());
  for (const auto& m : en.meetings) CHECK_FALSE(Takes(en, m, "Mary Hale"));
  Document fr = Run("Les discussions entre la ville et le syndicat se sont tenues lundi à Lyon. « Les discussions ont "
                    "été utiles », a indiqué dans un communiqué la maire, Anne Vidal. « Les discussions doivent "
                    "continuer », a ajouté Anne Vidal dans un communiqué mardi.",
                    "fr", Upto::kAll, "2026-10-22");
  REQUIRE(!fr.meetings.empty());
  for (const auto& m : fr.meetings) CHECK_FALSE(Takes(fr, m, "Anne Vidal"));
}

TEST_CASE("meetings: who speaks from another place than the talks' is no participant for speaking of them") {
  Document fr = Run("Les discussions se sont tenues mardi à Genève. Le président Ivan Petrenko, qui s'exprimait jeudi à "
                    "Kiev, a dit attendre « des résultats et non des discussions ». Il a averti que les discussions "
                    "devaient aboutir.",
                    "fr", Upto::kAll, "2026-10-23");
  REQUIRE(!fr.meetings.empty());
  for (const auto& m : fr.meetings) CHECK_FALSE(Takes(fr, m, "Ivan Petrenko"));
  Document en = Run("The talks were held on Tuesday in Geneva. Speaking in Washington, Senator Mark Dwyer said the "
                    "talks had to deliver. Dwyer said the talks were \"the last chance\".",
                    "en", Upto::kAll, "2026-10-23");
  REQUIRE(!en.meetings.empty());
  for (const auto& m : en.meetings) CHECK_FALSE(Takes(en, m, "Mark Dwyer"));
}

TEST_CASE("meetings: the people of a clause dated to an earlier year belong to that past event") {
  Document en = Run("Delegations of Chad and Sudan met on Tuesday in Doha. It was the third round of talks since the "
                    "Doha Accord, the framework signed by President Idriss Mahamat and General Omar Bashir in "
                    "March 2024.",
                    "en", Upto::kAll, "2026-10-22");
  REQUIRE(!en.meetings.empty());
  for (const auto& m : en.meetings)
    if (m.dates.has_start) CHECK_FALSE(Takes(en, m, "Idriss Mahamat"));
  Document fr = Run("Les délégations du Tchad et du Soudan se sont réunies mardi à Doha. C'était la troisième séance "
                    "de discussions depuis l'accord de Doha, le cadre signé par le président Idriss Mahamat et le "
                    "général Omar Bachir en mars 2024.",
                    "fr", Upto::kAll, "2026-10-22");
  REQUIRE(!fr.meetings.empty());
  for (const auto& m : fr.meetings)
    if (m.dates.has_start) CHECK_FALSE(Takes(fr, m, "Idriss Mahamat"));
}

TEST_CASE("meetings: the subjects acting within a meeting take part in it, not a subject who reports on it") {
  Document en = Run("Dunmore Holdings and the Transport Workers Union narrowed their differences in three days of talks in Leeds "
                    "this week.",
                    "en", Upto::kAll, "2026-10-22");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Dunmore Holdings"));
  Document fr = Run("Le Maroc et l'Espagne ont avancé lors des discussions tenues mardi à Rabat.", "fr", Upto::kAll,
                    "2026-10-22");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Maroc"));
  CHECK(Takes(fr, fr.meetings[0], "Espagne"));
  Document said = Run("Talks resumed on Monday in Leeds. Helen Marsh said the company would present a new offer at "
                      "the next session, scheduled for Friday.",
                      "en", Upto::kAll, "2026-10-22");
  for (const auto& m : said.meetings)
    if (m.status != "held") CHECK_FALSE(Takes(said, m, "Helen Marsh"));
}

TEST_CASE("every country of an enumeration after a people noun takes part: 'ministers from Kenya and Ethiopia'") {
  Document en = Run("Ministers from Kenya and Ethiopia held talks in Nairobi on Tuesday.", "en", Upto::kAll, "2026-10-22");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Kenya"));
  CHECK(Takes(en, en.meetings[0], "Ethiopia"));
}

TEST_CASE("people said to be present take part: 'Also present were X and Y', 'Étaient également présents X et Y'") {
  Document en = Run("The talks were held in Nairobi on Tuesday. Also present were Musalia Mudavadi and John Kamau.", "en",
                    Upto::kAll, "2026-10-22");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "John Kamau"));
  Document fr = Run("Une réunion s'est tenue mardi à Nairobi. Jean Dupont et Pierre Martin étaient également présents.",
                    "fr", Upto::kAll, "2026-10-22");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Pierre Martin"));
  Document no = Run("The talks were held in Nairobi on Tuesday. John Kamau was not present.", "en", Upto::kAll,
                    "2026-10-22");
  for (const auto& m : no.meetings) CHECK_FALSE(Takes(no, m, "John Kamau"));
}

TEST_CASE("every listed subject of 'met' takes part, and a numbered group stands for the parties listed before it") {
  Document en = Run("Chile, Peru and Ecuador met in Lima on Monday.", "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Chile"));
  CHECK(Takes(en, en.meetings[0], "Peru"));
  CHECK(Takes(en, en.meetings[0], "Ecuador"));
  CHECK_FALSE(Takes(en, en.meetings[0], "Lima"));
  Document group = Run("Chile, Peru and Ecuador have been at odds over fishing quotas. Delegations from the three "
                       "countries met in Lima on Monday.",
                       "en", Upto::kAll, "2026-05-06");
  REQUIRE(group.meetings.size() == 1);
  CHECK(Takes(group, group.meetings[0], "Chile"));
  CHECK(Takes(group, group.meetings[0], "Ecuador"));
  Document fr = Run("Le Kenya et l'Éthiopie se disputent les eaux du lac Turkana. Lundi, les deux pays ont repris "
                    "leurs discussions à Nairobi.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Kenya"));
  CHECK(Takes(fr, fr.meetings[0], "Éthiopie"));
  // The group opens the clause after a colon.
  Document colon = Run("Laos, Cambodia and Thailand share the river. A first step: officials from the three countries "
                       "met in Pakse on Friday.",
                       "en", Upto::kAll, "2026-05-06");
  REQUIRE(colon.meetings.size() == 1);
  CHECK(Takes(colon, colon.meetings[0], "Cambodia"));
  CHECK(Takes(colon, colon.meetings[0], "Thailand"));
  Document deux = Run("Le Niger et le Tchad se disputent un puits. Nouvelle étape : les ministres des deux pays se "
                      "sont réunis à Niamey jeudi.",
                      "fr", Upto::kAll, "2026-05-06");
  REQUIRE(deux.meetings.size() == 1);
  CHECK(Takes(deux, deux.meetings[0], "Tchad"));
  // A group that tells of the meeting does not take part in it.
  Document told = Run("Kenya and Ethiopia share the lake. Both countries said the summit in Nairobi was useful.", "en",
                      Upto::kAll, "2026-05-06");
  for (const auto& m : told.meetings) CHECK_FALSE(Takes(told, m, "Kenya"));
}

TEST_CASE("a numbered group's list in apposition names the parties") {
  Document dash = Run("Mardi, la direction de la RATP a réuni les trois organisations représentatives - la CGT-RATP, "
                      "FO-RATP et l'UNSA-RATP - pendant neuf heures à Paris.",
                      "fr", Upto::kAll, "2026-05-06");
  REQUIRE(dash.meetings.size() == 1);
  CHECK(Takes(dash, dash.meetings[0], "CGT-RATP"));
  CHECK(Takes(dash, dash.meetings[0], "UNSA-RATP"));
  Document paren = Run("At the Lomé summit on Monday, the two neighbours (Ghana and Togo) resumed their border talks.",
                       "en", Upto::kAll, "2026-05-06");
  REQUIRE(paren.meetings.size() == 1);
  CHECK(Takes(paren, paren.meetings[0], "Ghana"));
  CHECK(Takes(paren, paren.meetings[0], "Togo"));
  // A list of another length is no apposition to the group.
  Document other = Run("Mardi, la direction a réuni les trois syndicats - la CGT et FO - à Paris.", "fr", Upto::kAll,
                       "2026-05-06");
  for (const auto& m : other.meetings) CHECK_FALSE(Takes(other, m, "FO"));
}

TEST_CASE("a pronoun subject of a verb of participation takes part as the person it refers to") {
  Document fr = Run("L'Union africaine a organisé une réunion d'évaluation à Addis-Abeba mardi. Kofi Mensah conseille "
                    "le gouvernement ghanéen. Il a participé à la réunion.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Kofi Mensah"));
  Document en = Run("Maria Lopes chairs the regional water board. She also attended, on Wednesday, the closing "
                    "session of the review conference in Maputo.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Maria Lopes"));
  Document absent = Run("L'Union africaine a organisé une réunion d'évaluation à Addis-Abeba mardi. Kofi Mensah "
                        "conseille le gouvernement ghanéen. Il n'a pas participé à la réunion.",
                        "fr", Upto::kAll, "2026-05-06");
  for (const auto& m : absent.meetings) CHECK_FALSE(Takes(absent, m, "Kofi Mensah"));
}

TEST_CASE("who holds a meeting takes part, after an opening adjunct or through its mission") {
  Document en = Run("On Thursday, the Pacific Islands Forum is to hold an emergency meeting in Suva.", "en", Upto::kAll,
                    "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Pacific Islands Forum"));
  Document fr = Run("La mission de la Banque mondiale a achevé jeudi cinq jours de discussions à Dakar avec le "
                    "gouvernement.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Banque mondiale"));
  // The adjunct names a place: the city is the venue, not the subject.
  Document venue = Run("In Suva, the talks resumed on Thursday.", "en", Upto::kAll, "2026-05-06");
  for (const auto& m : venue.meetings) CHECK_FALSE(Takes(venue, m, "Suva"));
}

TEST_CASE("the parties' delegations meeting again is the meeting under way, with its place and days") {
  Document fr = Run("Le Ghana et le Togo ont repris leurs pourparlers frontaliers à Lomé, a indiqué le Bénin. "
                    "Les délégations des deux pays se sont retrouvées lundi et mardi au palais des congrès de Lomé.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Ghana"));
  CHECK(Takes(fr, fr.meetings[0], "Togo"));
  CHECK(fr.meetings[0].dates.has_start);
  Document en = Run("Ghana and Togo resumed their border talks in Lome, Benin said. The two countries met again on "
                    "Tuesday at the conference centre in Lome.",
                    "en", Upto::kAll, "2026-05-06");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Togo"));
}

TEST_CASE("a gathering verb lists every person it brings together, titles and roles between") {
  Document fr = Run("Les pourparlers ont repris mardi à Genève. Les discussions réunissent le ministre ghanéen des "
                    "Finances, Kofi Mensah, et la négociatrice togolaise Ama Koffi.",
                    "fr", Upto::kAll, "2026-05-06");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Kofi Mensah"));
  CHECK(Takes(fr, fr.meetings[0], "Ama Koffi"));
}

TEST_CASE("a placeless meeting announced, then its parties gathering somewhere, is one meeting held there") {
  Document fr = Run("Suivez en direct le sommet extraordinaire des ministres de la Pêche, convoqué après le naufrage.\n\n"
                    "Les ministres de la Pêche du Sénégal, de la Mauritanie et de la Gambie se retrouvent ce mardi à "
                    "Dakar. La Commission de l'Union africaine est représentée par sa commissaire, Amina Diallo.",
                    "fr", Upto::kAll, "2026-05-05");
  REQUIRE(fr.meetings.size() == 1);
  REQUIRE(fr.meetings[0].place >= 0);
  CHECK(fr.entities[static_cast<size_t>(fr.meetings[0].place)].name == "Dakar");
  CHECK(Takes(fr, fr.meetings[0], "Mauritanie"));
  CHECK(Takes(fr, fr.meetings[0], "Gambie"));
  CHECK(Takes(fr, fr.meetings[0], "Amina Diallo"));
  Document en = Run("Follow our live coverage of the emergency meeting of fisheries ministers.\n\n"
                    "Senegal, Mauritania and Gambia meet on Tuesday in Dakar. The African Union Commission is "
                    "represented by its commissioner, Amina Diallo.",
                    "en", Upto::kAll, "2026-05-05");
  REQUIRE(en.meetings.size() == 1);
  REQUIRE(en.meetings[0].place >= 0);
  CHECK(Takes(en, en.meetings[0], "Gambia"));
  CHECK(Takes(en, en.meetings[0], "Amina Diallo"));
  // Without a gathering of its own, an earlier meeting elsewhere keeps its place.
  Document two = Run("Le sommet de Nairobi s'est achevé lundi. Les ministres du Sénégal et de la Gambie se retrouvent "
                     "ce mardi à Dakar.",
                     "fr", Upto::kAll, "2026-05-05");
  bool nairobi = false;
  for (const auto& m : two.meetings)
    nairobi |= m.place >= 0 && two.entities[static_cast<size_t>(m.place)].name == "Nairobi";
  CHECK(nairobi);
}

TEST_CASE("who opens, closes or chairs the sitting takes part; a speaker met outside it does not") {
  Document en = Run("The regulator's public hearing on the merger opened on Monday in Wellington. Commission chair Grace "
                    "Tamihana has opened proceedings. Outside the hearing room, activist Tom Ruru said the cap was a "
                    "trick. \"It will not last,\" Ruru told us outside the building.",
                    "en", Upto::kAll, "2026-05-05");
  REQUIRE(en.meetings.size() >= 1);
  CHECK(Takes(en, en.meetings[0], "Grace Tamihana"));
  CHECK_FALSE(Takes(en, en.meetings[0], "Tom Ruru"));
  Document fr = Run("La réunion des ministres de l'Eau s'est ouverte lundi à Niamey. Le ministre nigérien Issa Moussa a "
                    "ouvert les travaux en appelant au calme.",
                    "fr", Upto::kAll, "2026-05-05");
  REQUIRE(fr.meetings.size() >= 1);
  CHECK(Takes(fr, fr.meetings[0], "Issa Moussa"));
}

TEST_CASE("a meeting noun's gathering verb lists its parties across its place and dates: 'qui a réuni à Lomé, du 9 au 11 mars, le Togo et le Bénin'") {
  Document fr = Run("Le sommet qui a réuni à Lomé, du 9 au 11 mars, le Togo et le Bénin s'est achevé sur un communiqué.",
                    "fr", Upto::kAll, "2026-03-16");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Togo"));
  CHECK(Takes(fr, fr.meetings[0], "Bénin"));
  Document rel = Run("Le sommet de Lomé, qui réunit lundi le Togo et le Bénin, s'est achevé.", "fr", Upto::kAll,
                     "2026-03-16");
  REQUIRE(rel.meetings.size() == 1);
  CHECK(Takes(rel, rel.meetings[0], "Bénin"));
  Document en = Run("The summit, which brought together in Accra on Monday Ghana and Togo, ended without a deal.", "en",
                    Upto::kAll, "2026-03-16");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Togo"));
}

TEST_CASE("a meeting's name takes no French preposition before the noun: 'ce direct consacré au sommet'") {
  Document fr = Run("Bienvenue dans ce direct consacré au sommet, qui s'ouvre ce jeudi à Accra.", "fr", Upto::kAll,
                    "2026-05-21");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].name.find("direct") == std::string::npos);
}

TEST_CASE("a second locative adjunct after a comma keeps the place's clause open: 'in Wellington, in two sessions led by X'") {
  Document en = Run("On Monday the two sides spent the day at the labour court in Lusaka, in three mediated sessions led by "
                    "Grace Banda.",
                    "en", Upto::kAll, "2026-02-16");
  REQUIRE(en.meetings.size() == 1);
  REQUIRE(en.meetings[0].place >= 0);
  CHECK(en.entities[static_cast<size_t>(en.meetings[0].place)].name == "Lusaka");
  CHECK(Takes(en, en.meetings[0], "Grace Banda"));
}

TEST_CASE("a coordinated clause after a meeting noun lends it neither tense nor date; a dateline dates no sitting") {
  Document fr = Run("DAKAR, 12 novembre (AFP) – Les négociations se sont achevées sans accord après deux jours de "
                    "discussions à Dakar, et une nouvelle séance est prévue le 24 novembre à Thiès.",
                    "fr", Upto::kAll, "2026-11-12");
  bool held = false, planned = false;
  for (const auto& m : fr.meetings) {
    if (m.status == "held") {
      held = true;
      CHECK_FALSE(m.dates.has_start);  // neither the 24th nor the dateline's 12th
    }
    if (m.status == "planned") {
      planned = true;
      REQUIRE(m.dates.has_start);
      CHECK(Iso(m.dates.start) == "2026-11-24");
    }
  }
  CHECK(held);
  CHECK(planned);
}

TEST_CASE("a plenary hall or a conference room is no meeting; a meeting room stays the meeting told") {
  Document fr = Run("Le sommet s'ouvre ce jeudi à Accra. « Nous voulons des règles », lance le ministre devant la salle "
                    "plénière.",
                    "fr", Upto::kAll, "2026-05-21");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].name == "sommet");
  Document en = Run("On Monday, after eleven hours in a meeting room in Leeds, the union and the council shook hands.",
                    "en", Upto::kAll, "2026-09-16");
  CHECK(en.meetings.size() == 1);
}

TEST_CASE("who tells the panel or speaks before the committee takes part in the held meeting") {
  Document en = Run("The public hearing was held in Cardiff on Monday. Many rivals watched. Several unions wrote in. "
                    "Ports were quiet. Maria Lopes, the carrier's chief executive, told the inquiry panel that fares "
                    "would fall.",
                    "en", Upto::kAll, "2026-03-11");
  REQUIRE(en.meetings.size() == 1);
  CHECK(Takes(en, en.meetings[0], "Maria Lopes"));
  Document fr = Run("La commission d'enquête s'est réunie mardi à Namur. Jean Dubois a déclaré devant la commission que "
                    "le rail manquait de moyens.",
                    "fr", Upto::kAll, "2026-03-11");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Jean Dubois"));
  // Telling reporters is no taking part.
  Document out = Run("The hearing was held in Cardiff on Monday. Tom Ruru told reporters that fares would fall.", "en",
                     Upto::kAll, "2026-03-11");
  REQUIRE(out.meetings.size() == 1);
  CHECK_FALSE(Takes(out, out.meetings[0], "Tom Ruru"));
}

TEST_CASE("a meeting with 'the same' participants has those of the meeting before it") {
  Document fr = Run("La CGSP et la SNCB se sont réunies mardi à Namur. Une nouvelle réunion est prévue le 19 mars à "
                    "Bruxelles avec les mêmes interlocuteurs.",
                    "fr", Upto::kAll, "2026-03-13");
  REQUIRE(fr.meetings.size() == 2);
  CHECK(Takes(fr, fr.meetings[1], "SNCB"));
  Document en = Run("The RMT and Network Rail met on Tuesday in Leeds. Another meeting with the same delegations is "
                    "planned for March 19 in York.",
                    "en", Upto::kAll, "2026-03-13");
  REQUIRE(en.meetings.size() == 2);
  CHECK(Takes(en, en.meetings[1], "RMT"));
}

TEST_CASE("a numbered group's list in apposition after a complement naming their whole takes part") {
  Document fr = Run("Réunis jeudi à Lomé, les délégués de la Commission de la CEDEAO et des trois pays membres de "
                    "l'Alliance des États du Sahel – le Mali, le Burkina Faso et le Niger – ont adopté un calendrier.",
                    "fr", Upto::kAll, "2026-03-13");
  REQUIRE(fr.meetings.size() == 1);
  for (const char* p : {"Commission de la CEDEAO", "Mali", "Burkina Faso", "Niger"}) CHECK(Takes(fr, fr.meetings[0], p));
  Document en = Run("Meeting on Thursday in Nairobi, envoys of the African Union and of the two neighbours of the Sahel "
                    "Alliance (Mali and Niger) agreed on a timetable.",
                    "en", Upto::kAll, "2026-03-13");
  REQUIRE(en.meetings.size() == 1);
  for (const char* p : {"African Union", "Mali", "Niger"}) CHECK(Takes(en, en.meetings[0], p));
}

TEST_CASE("'until Friday' bounds the meeting under way: its end, still ahead, and no plan") {
  Document en = Run("NAIROBI, Nov 11 (Wire) - Delegations from Kenya and Tanzania met on Wednesday in Nairobi for a first "
                    "round of border talks. The talks, which are due to run until Friday, bring together the Kenyan "
                    "foreign minister, Paul Okello, and his Tanzanian counterpart, James Mwangi.",
                    "en", Upto::kAll, "2026-11-11");
  REQUIRE(en.meetings.size() == 1);
  const MeetingFact& m = en.meetings[0];
  CHECK(m.status == "held");
  REQUIRE(m.dates.has_start);
  CHECK(FormatIsoDate(m.dates.start) == "2026-11-11");
  CHECK(FormatIsoDate(m.dates.end) == "2026-11-13");
  CHECK(Takes(en, m, "Paul Okello"));
  Document fr = Run("KAMPALA, 11 novembre 2026 (AFP) – Les délégations ougandaise et kényane se sont retrouvées mercredi "
                    "à Kampala pour une première séance de négociation. Les pourparlers, qui doivent durer jusqu'à "
                    "vendredi, réunissent au palais présidentiel le ministre ougandais Paul Okello et son homologue "
                    "kényan James Mwangi.",
                    "fr", Upto::kAll, "2026-11-11");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(fr.meetings[0].status == "held");
  CHECK(FormatIsoDate(fr.meetings[0].dates.end) == "2026-11-13");
  CHECK(Takes(fr, fr.meetings[0], "James Mwangi"));
  // A bound alone does not date a meeting's start.
  Document alone = Run("The conference runs until Friday in Geneva.", "en", Upto::kAll, "2026-11-11");
  for (const auto& mm : alone.meetings) CHECK(!mm.dates.has_start);
}

TEST_CASE("cities listed after 'entre' / 'between' all take part, not only the first") {
  Document fr = Run("Les pourparlers entre Kigali et Kinshasa ont repris lundi à Doha.", "fr", Upto::kAll, "2026-11-11");
  REQUIRE(fr.meetings.size() == 1);
  CHECK(Takes(fr, fr.meetings[0], "Kigali"));
  CHECK(Takes(fr, fr.meetings[0], "Kinshasa"));
  CHECK(!Takes(fr, fr.meetings[0], "Doha"));
  Document en = Run("Talks between Kigali, Kinshasa and Luanda resumed on Monday in Doha.", "en", Upto::kAll, "2026-11-11");
  REQUIRE(en.meetings.size() == 1);
  for (const char* p : {"Kigali", "Kinshasa", "Luanda"}) CHECK(Takes(en, en.meetings[0], p));
  // A city coordinated after the place of the meeting is no party.
  Document at = Run("Talks resumed on Monday in Doha and Kigali hosted a reception.", "en", Upto::kAll, "2026-11-11");
  for (const auto& m : at.meetings) CHECK(!Takes(at, m, "Kigali"));
}

TEST_CASE("a 'chef de file' negotiates: he and the body he leads for take part in the main meeting") {
  Document fr = Run("La quatrième séance de négociation sur les retraites complémentaires s'est achevée mardi à Paris. "
                    "Elle reprendra jeudi. Côté patronal, le chef de file de la CPME, Marc Lenoir, a défendu un texte "
                    "« équilibré ». Les syndicats ont quitté la séance peu après minuit.",
                    "fr", Upto::kAll, "2026-03-13");
  int held = -1;
  for (size_t i = 0; i < fr.meetings.size(); ++i)
    if (fr.meetings[i].status == "held") held = static_cast<int>(i);
  REQUIRE(held >= 0);
  CHECK(Takes(fr, fr.meetings[static_cast<size_t>(held)], "Marc Lenoir"));
  CHECK(Takes(fr, fr.meetings[static_cast<size_t>(held)], "CPME"));
}
