// Stages 2-3: mentions and entity resolution.
#include <doctest/doctest.h>

#include "tests/ingest/helpers.h"

using namespace kg::ingest;
using namespace kg::ingest::testing;

namespace {
EntityType TypeOf(const Document& d, const std::string& name) {
  int e = EntityNamed(d, name);
  REQUIRE_MESSAGE(e >= 0, name);
  return d.entities[static_cast<size_t>(e)].type;
}
}  // namespace

TEST_CASE("persons by first name, title and role; places from the gazetteer; bodies") {
  Document d = Run("Mme Hélène Garnier, porte-parole du Quai d'Orsay, a rencontré à Nairobi le ministre Otieno. "
                   "La Maison-Blanche et le Conseil de sécurité ont salué la rencontre en Floride.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Hélène Garnier") == EntityType::kPerson);
  CHECK(TypeOf(d, "Otieno") == EntityType::kPerson);
  CHECK(TypeOf(d, "Nairobi") == EntityType::kPlace);
  CHECK(TypeOf(d, "Floride") == EntityType::kPlace);
  CHECK(TypeOf(d, "Quai d'Orsay") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Maison-Blanche") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Conseil de sécurité de l'ONU") == EntityType::kOrganization);  // the body's name
  CHECK(EntityNamed(d, "Mme") < 0);
}

TEST_CASE("organisation names and their boundaries") {
  Document d = Run("Selon Paul Martin, chercheur à l'Institut des hautes études de Genève, la Banque centrale "
                   "européenne reconnaît que la Moscow State University et le Peterson Institute for International "
                   "Economics ont raison.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Institut des hautes études de Genève") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Banque centrale européenne") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Moscow State University") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Peterson Institute for International Economics") == EntityType::kOrganization);
}

TEST_CASE("demonyms, months and sentence-initial words are not names") {
  Document d = Run("Les Américains et les Européens ont parlé en Décembre. Cependant, Washington hésite.", "fr",
                   Upto::kResolve);
  CHECK(EntityNamed(d, "Américains") < 0);
  CHECK(EntityNamed(d, "Européens") < 0);
  CHECK(EntityNamed(d, "Cependant") < 0);
  CHECK(TypeOf(d, "Washington") == EntityType::kPlace);
}

TEST_CASE("resolution: one person for all name forms; titles are not names") {
  Document d = Run("Dmitri Orlov a quitté Moscou. M. Orlov a ensuite parlé. Orlov est reparti.", "fr", Upto::kResolve);
  int e = EntityNamed(d, "Dmitri Orlov");
  REQUIRE(e >= 0);
  CHECK(d.entities[static_cast<size_t>(e)].mentions.size() == 3);
  CHECK(d.entities[static_cast<size_t>(e)].aliases == std::vector<std::string>{"Orlov"});
}

TEST_CASE("resolution: a shared surname goes to the person named last") {
  Document d = Run("Anna Berg met Carl Berg in Oslo. Later, Carl Berg said nothing. Berg left first.", "en",
                   Upto::kResolve);
  int anna = EntityNamed(d, "Anna Berg"), carl = EntityNamed(d, "Carl Berg");
  REQUIRE(anna >= 0);
  REQUIRE(carl >= 0);
  CHECK(anna != carl);
  CHECK(d.entities[static_cast<size_t>(carl)].mentions.size() == 3);
}

TEST_CASE("resolution: places across languages share the gazetteer entry") {
  Document fr = Run("Le président est à Moscou.", "fr", Upto::kResolve);
  Document en = Run("The president is in Moscow.", "en", Upto::kResolve);
  int a = EntityNamed(fr, "Moscou"), b = EntityNamed(en, "Moscow");
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  CHECK(fr.entities[static_cast<size_t>(a)].place == en.entities[static_cast<size_t>(b)].place);
}

TEST_CASE("affiliations and roles") {
  Document d = Run("Marie Lenoir, économiste au Centre d'études prospectives, a publié une note. Le porte-parole du "
                   "Kremlin, Sergueï Ivanov, a répondu.",
                   "fr", Upto::kResolve);
  int marie = EntityNamed(d, "Marie Lenoir"), ivanov = EntityNamed(d, "Sergueï Ivanov");
  REQUIRE(marie >= 0);
  REQUIRE(ivanov >= 0);
  bool marie_org = false, ivanov_kremlin = false;
  for (const auto& a : d.affiliations) {
    if (a.person == marie && NameOf(d, a.target) == "Centre d'études prospectives") marie_org = a.role == "économiste";
    if (a.person == ivanov && NameOf(d, a.target) == "Kremlin") ivanov_kremlin = true;
  }
  CHECK(marie_org);
  CHECK(ivanov_kremlin);
  CHECK(d.entities[static_cast<size_t>(ivanov)].roles.size() == 1);
}

TEST_CASE("a company ends at its tail cue before a place or a day") {
  Document d = Run("The board of Baltic Ferry Lines of Hamburg approved the deal, and the Supervisory Board on Monday "
                   "rejected it.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Baltic Ferry Lines") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Hamburg") == EntityType::kPlace);
  CHECK(EntityNamed(d, "Baltic Ferry Lines of Hamburg") < 0);
}

TEST_CASE("organisations governed by at/of/de after a role or a person's name") {
  Document d = Run("Paul Martin, an economist at Halvorsen Capital, said the rate cut was likely. "
                   "Anna Weber of Brightwater said the plan would fail.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Halvorsen Capital") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Brightwater") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Anna Weber") == EntityType::kPerson);
  d = Run("Selon Marie Dubois, chef économiste de Velmont Finance, la croissance ralentit. "
          "Jean Petit, de Valmy Invest, estime que la baisse viendra en septembre.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Velmont Finance") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Valmy Invest") == EntityType::kOrganization);
  // A portfolio or a role's own complement is no organisation.
  d = Run("Le ministre de l'Intérieur Gérald Darmanin a reçu le chef de l'État Emmanuel Macron.", "fr",
          Upto::kResolve);
  CHECK(EntityNamed(d, "Intérieur") < 0);
  CHECK(EntityNamed(d, "État") < 0);
}

TEST_CASE("a name that speaks 'in a statement' is an organisation, a known surname stays a person") {
  Document d = Run("Blue Harbour said in a statement that the ruling was unfair. "
                   "Greenfleet said in a statement that it would appeal.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Blue Harbour") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Greenfleet") == EntityType::kOrganization);
  d = Run("Le groupe Tramontane a indiqué dans un communiqué que le site fermerait.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Tramontane") == EntityType::kOrganization);
  d = Run("Claire Vasseur arrived on Monday. Vasseur said in a statement that talks would resume.", "en",
          Upto::kResolve);
  CHECK(TypeOf(d, "Claire Vasseur") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Vasseur") == EntityNamed(d, "Claire Vasseur"));
}

TEST_CASE("organisation names: a demonym after a lower-case head, 'pour le/la', a role word before a tail cue") {
  Document d = Run("Le ministère serbe des Affaires étrangères a protesté. Le ministère égyptien de la Santé a répondu.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "ministère serbe des Affaires étrangères") == EntityType::kOrganization);
  CHECK(TypeOf(d, "ministère égyptien de la Santé") == EntityType::kOrganization);
  d = Run("Sophie Laurent, chercheuse au Centre pour les études baltiques, estime que le texte est fragile. "
          "Le Parlement pour des consultations reste fermé.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Centre pour les études baltiques") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Parlement pour des consultations") < 0);
  d = Run("The decision goes to the General Council in October, and the General Assembly votes later.", "en",
          Upto::kResolve);
  CHECK(TypeOf(d, "General Council") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Council") < 0);
}

TEST_CASE("resolution: patronymic names, 'al-' surnames and short forms of organisations") {
  Document d = Run("Abdullah bin Rashid chaired the meeting. Abdullah said the deal was near. "
                   "General Hassan al-Tayeb arrived later; Tayeb said nothing.",
                   "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Abdullah") == EntityNamed(d, "Abdullah bin Rashid"));
  CHECK(EntityNamed(d, "Tayeb") == EntityNamed(d, "Hassan al-Tayeb"));
  d = Run("Nordstrand Lines and the European Commission met on Monday. Nordstrand said the Commission "
          "would decide by June. Qatar's Minister of State met State Department officials.",
          "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Nordstrand") == EntityNamed(d, "Nordstrand Lines"));
  CHECK(EntityNamed(d, "Commission") == EntityNamed(d, "European Commission"));
  CHECK(EntityNamed(d, "State") < 0);
}

TEST_CASE("classifier nouns and media words before a name; acronyms are no function words") {
  Document d = Run("Claire Vasseur, head of risk at the London-based broker Keller Partridge, spoke first. "
                   "The carmaker Valmont said nothing, and the think tank Blue Meridian disagreed.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Keller Partridge") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Valmont") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Blue Meridian") == EntityType::kOrganization);
  d = Run("Les dirigeants de la fédération Plasturgia ont parlé à la télévision publique RTK et au quotidien "
          "allemand Morgenpost.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Plasturgia") == EntityType::kOrganization);
  CHECK(TypeOf(d, "RTK") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Morgenpost") == EntityType::kOrganization);
  d = Run("Koen Visser told the broadcaster NOS that the union would strike.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "NOS") == EntityType::kOrganization);
}

TEST_CASE("organisation names joined by 'and', lower-case heads, 'aux', 'Nations unies', English lower-case ministries") {
  Document d = Run("Paul Martin, the secretary of the National Security and Defense Council, met Russia and Ukraine's "
                   "envoys. Iraq's oil ministry said exports would fall.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "National Security and Defense Council") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Russia") == EntityType::kPlace);
  CHECK(TypeOf(d, "oil ministry") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Iraq") == EntityType::kPlace);
  d = Run("Marie Dubois, présidente de la commission des Affaires économiques, a reçu le département fédéral des "
          "Affaires étrangères, le Groupe des pays aux vues similaires et l'Assemblée des Nations unies pour "
          "l'environnement.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "commission des Affaires économiques") == EntityType::kOrganization);
  CHECK(TypeOf(d, "département fédéral des Affaires étrangères") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Groupe des pays aux vues similaires") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Assemblée des Nations unies pour l'environnement") == EntityType::kOrganization);
}

TEST_CASE("persons: coordinated names after a role, a city's name as a first name, a relative clause before the verb") {
  Document d = Run("The agreement was negotiated by the foreign ministers of the two countries, Ararat Mirzoyan and "
                   "Jeyhun Bayramov.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Ararat Mirzoyan") == EntityType::kPerson);
  CHECK(TypeOf(d, "Jeyhun Bayramov") == EntityType::kPerson);
  d = Run("Il a rencontré le président du sénat coutumier, Gilbert Wahnyamalla. "
          "Sylvain Poadja, qui conduisait la délégation, a jugé le texte perfectible.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Gilbert Wahnyamalla") == EntityType::kPerson);
  CHECK(TypeOf(d, "Sylvain Poadja") == EntityType::kPerson);
  d = Run("Les chefs d'État de l'Union africaine ont parlé aux ONG. The Saudi foreign ministry said it would help.", "fr",
          Upto::kResolve);
  CHECK(EntityNamed(d, "État de l'Union") < 0);
  CHECK(TypeOf(d, "Union africaine") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "ONG") < 0);
  d = Run("The Saudi foreign ministry said it would help.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Saudi foreign ministry") == EntityType::kOrganization);
  d = Run("Kaja Kallas est arrivée.", "fr", Upto::kResolve);
  CHECK(d.entities[static_cast<size_t>(EntityNamed(d, "Kaja Kallas"))].gender == Gender::kFemale);
}

TEST_CASE("two particles in a name; 'en' and a country close a cue-headed name") {
  Document d = Run("La présidente de la Commission, Ursula von der Leyen, a rencontré Jens Eskelund, président de la "
                   "Chambre de commerce de l'Union européenne en Chine.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Ursula von der Leyen") == EntityType::kPerson);
  CHECK(TypeOf(d, "Chambre de commerce de l'Union européenne en Chine") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Ursula") < 0);
}

TEST_CASE("a bank's or a university's country belongs to its name, a company's seat does not; Moody's") {
  Document d = Run("The State Bank of Pakistan held rates while Atlas Maritime Holdings of Rotterdam cut jobs, "
                   "and Moody's said little.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "State Bank of Pakistan") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Atlas Maritime Holdings") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Rotterdam") == EntityType::kPlace);
  CHECK(TypeOf(d, "Moody's") == EntityType::kOrganization);
}

TEST_CASE("'et' and an adjective inside a cue-headed name") {
  Document d = Run("Les discussions entre le Front de libération nationale kanak et socialiste et l'État ont repris.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Front de libération nationale kanak et socialiste") == EntityType::kOrganization);
}

TEST_CASE("a courtesy title before particles: 'Mme von der Leyen' is 'Ursula von der Leyen'") {
  Document d = Run("Ursula von der Leyen est arrivée. Mme von der Leyen a parlé ensuite.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "von der Leyen") == EntityNamed(d, "Ursula von der Leyen"));
  CHECK(EntityNamed(d, "Mme von der Leyen") < 0);
}

TEST_CASE("a known body before 'on' and a weekday keeps its name") {
  Document d = Run("The European Union signed a contribution agreement with the World Bank on Monday.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "World Bank") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "World Bank on Monday") < 0);
}

TEST_CASE("lower-case geographic nouns: 'golfe de Guinée' is no Guinea, 'province Sud' a place") {
  Document d = Run("Les navires du golfe de Guinée et de la mer Noire sont surveillés, comme ceux de la province Sud.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "golfe de Guinée") == EntityType::kPlace);
  CHECK(EntityNamed(d, "Guinée") < 0);
  CHECK(TypeOf(d, "province Sud") == EntityType::kPlace);
}

TEST_CASE("a body written in lower case matches as written; French social partners") {
  Document d = Run("Frédéric Souillot, de Force ouvrière, a parlé sur franceinfo, comme le Medef et l'Unédic.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "franceinfo") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Force ouvrière") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Unédic") == EntityType::kOrganization);
}

TEST_CASE("'Bureau of Industry and Security'; 'A spokeswoman, He Yadong,'") {
  Document d = Run("The Commerce Department's Bureau of Industry and Security welcomed it. A spokeswoman, He Yadong, "
                   "told a briefing that China would respond. The Institute of Politics and Anna Weber disagreed.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Bureau of Industry and Security") == EntityType::kOrganization);
  CHECK(TypeOf(d, "He Yadong") == EntityType::kPerson);
  CHECK(TypeOf(d, "Anna Weber") == EntityType::kPerson);
}

TEST_CASE("'Confédération paysanne'; a clause after a comma is no apposition; 'son homologue norvégien, X'") {
  Document d = Run("La Confédération paysanne a manifesté à l'appel du Zorblax-Fimo, pendant que les ministres se "
                   "réunissaient. Elle a rencontré son homologue norvégien, Andreas Bjelland Eriksen, puis la presse.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Confédération paysanne") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Zorblax-Fimo") < 0);
  CHECK(TypeOf(d, "Andreas Bjelland Eriksen") == EntityType::kPerson);
}

TEST_CASE("a possessive inside a name ending with a tail cue; a known possessor stays apart") {
  Document d = Run("Harold Daggett, president of the International Longshoremen's Association, spoke after "
                   "Russia's Foreign Ministry had replied.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "International Longshoremen's Association") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Russia") == EntityType::kPlace);
}

TEST_CASE("a person called by the first word of the full name: 'Mohamad Hasan' … 'Mohamad'") {
  Document d = Run("Malaysia's foreign minister, Mohamad Hasan, chaired the talks. \"We have bought time,\" Mohamad told "
                   "reporters. Le ministre thaïlandais Natthaphon Narkphanit a pris la parole; Natthaphon a ensuite "
                   "quitté la salle.",
                   "en", Upto::kResolve);
  int persons = 0;
  for (const auto& e : d.entities) persons += e.type == EntityType::kPerson;
  CHECK(persons == 2);
  // Two persons with that first word: the lone word names neither.
  d = Run("Mohamad Hasan met Mohamad Sabu in Putrajaya. Mohamad said the talks were useful.", "en", Upto::kResolve);
  for (const auto& m : d.mentions)
    if (d.TokenText(m.begin) == "Mohamad" && m.end == m.begin + 1 && m.entity >= 0)
      CHECK(NameOf(d, m.entity) == "Mohamad");
}

TEST_CASE("a full name found once is a name wherever it is written again, also opening a sentence") {
  Document d = Run("Cambodia sent its deputy prime minister, Tea Seiha. Tea Seiha rejected the accusation. "
                   "Le Cambodge a envoyé son vice-Premier ministre, Sok Chenda. Sok Chenda a démenti.",
                   "en", Upto::kResolve);
  int tea = EntityNamed(d, "Tea Seiha");
  REQUIRE(tea >= 0);
  CHECK(d.entities[static_cast<size_t>(tea)].mentions.size() == 2);
  int sok = EntityNamed(d, "Sok Chenda");
  REQUIRE(sok >= 0);
  CHECK(d.entities[static_cast<size_t>(sok)].mentions.size() == 2);
  // Not inside a longer capitalised name.
  d = Run("Its director, Tea Seiha, spoke. Tea Seiha Foundation grants were cut.", "en", Upto::kResolve);
  CHECK(d.entities[static_cast<size_t>(EntityNamed(d, "Tea Seiha"))].mentions.size() == 1);
}

TEST_CASE("an unknown name with an apposition naming where the person works speaks as a person: 'X, of ORG, noted'") {
  Document d = Run("Sophal Ear, of Arizona State University, noted that both governments faced pressure. "
                   "Kwame Asante, de l'Institut d'études de sécurité, estime que le blocage est politique.",
                   "en", Upto::kResolve);
  int ear = EntityNamed(d, "Sophal Ear");
  REQUIRE(ear >= 0);
  CHECK(d.entities[static_cast<size_t>(ear)].type == EntityType::kPerson);
  int asante = EntityNamed(d, "Kwame Asante");
  REQUIRE(asante >= 0);
  CHECK(d.entities[static_cast<size_t>(asante)].type == EntityType::kPerson);
}

TEST_CASE("a role with two portfolios before the name: 'le ministre de l'Eau et de l'Énergie, X'") {
  Document d = Run("La délégation éthiopienne était conduite par le ministre de l'Eau et de l'Énergie, Habtamu Itefa. "
                   "Nigeria's Minister of Petroleum and Mines, Tolu Adeyemi, declined to comment.",
                   "fr", Upto::kResolve);
  int itefa = EntityNamed(d, "Habtamu Itefa");
  REQUIRE(itefa >= 0);
  CHECK(d.entities[static_cast<size_t>(itefa)].type == EntityType::kPerson);
  int tolu = EntityNamed(d, "Tolu Adeyemi");
  REQUIRE(tolu >= 0);
  CHECK(d.entities[static_cast<size_t>(tolu)].type == EntityType::kPerson);
}

TEST_CASE("known full names found again keep acronym aliases linked") {
  Document d = Run("Cambodia sent its deputy prime minister, Tea Seiha. Tea Seiha met the Institut des politiques "
                   "frontalières (IPF) on Monday. The IPF said the talks were useful.",
                   "en", Upto::kResolve);
  int org = EntityNamed(d, "Institut des politiques frontalières");
  REQUIRE(org >= 0);
  for (const auto& m : d.mentions)
    if (d.TokenText(m.begin) == "IPF") CHECK(m.entity == org);
  CHECK(d.entities[static_cast<size_t>(EntityNamed(d, "Tea Seiha"))].mentions.size() == 2);
}

TEST_CASE("an apposition classifying an unknown name makes it an organisation; a role or a possessive does not") {
  Document d = Run("Officials met on Monday. Kestrel, the Canadian gold miner owned by two pension funds, agreed to "
                   "pay. Global Vision, a Nairobi-based campaign group, urged donors to act. Tana, the state "
                   "broadcaster, showed the signing.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Kestrel") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Global Vision") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Tana") == EntityType::kOrganization);
  d = Run("Les livraisons ont cessé. Petrobel, la compagnie pétrolière publique, a suspendu ses exportations. "
          "Harmonie, une association de locataires, a saisi le tribunal.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Petrobel") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Harmonie") == EntityType::kOrganization);
  // The head noun is a role, or the classifier owns the head: a person.
  d = Run("Talks resumed. Anna Kowalczyk, the union's president, said the offer was too low. Mirela Dobre, a party "
          "official, said the vote would wait.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "Anna Kowalczyk") == EntityType::kPerson);
  CHECK(TypeOf(d, "Mirela Dobre") == EntityType::kPerson);
}

TEST_CASE("a name in parentheses after a person's name is an organisation, unless it is a place") {
  Document d = Run("Le sénateur Paul Morel (Union centriste) a voté contre. La députée Claire Vasseur (Nord) s'est "
                   "abstenue.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Union centriste") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Nord") == EntityType::kPlace);
  d = Run("Representative Anna Weber (Green Alliance) voted against the bill.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Green Alliance") == EntityType::kOrganization);
}

TEST_CASE("a lone capitalised cue word that is the subject of a verb is an institution, never a person") {
  Document d = Run("The talks failed. The bloc's executive Commission said on Monday that it would appeal.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Commission") == EntityType::kOrganization);
  d = Run("À Bruxelles, la Commission a revu sa prévision de croissance.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Commission") == EntityType::kOrganization);
  // "à l'issue du Conseil": no subject, left to other evidence.
  d = Run("Il s'est exprimé devant la presse à l'issue du Conseil, promettant une enveloppe protégée.", "fr",
          Upto::kResolve);
  CHECK(EntityNamed(d, "Conseil") < 0);
}

TEST_CASE("organisation names: 'et' inside a purpose complement and between two name words; 'X, Country's ROLE'") {
  Document d = Run("Selon le Centre pour la démocratie et le développement (CDD), la Fondation Terre et Partage, "
                   "basée à Lyon, a porté plainte. La commission des lois et le gouvernement ont trouvé un accord.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Centre pour la démocratie et le développement") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Fondation Terre et Partage") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "commission des lois et le gouvernement") < 0);
  d = Run("The text was signed by Sumbu Kalala, Congo's deputy minister for regional integration, on Saturday. "
          "Analysts at Harwood said the deal was fragile.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "Sumbu Kalala") == EntityType::kPerson);
  CHECK(TypeOf(d, "Harwood") == EntityType::kOrganization);
}

TEST_CASE("a portfolio between a role's preposition and a first name is not part of the person's name") {
  Document d = Run("The minister arrived. Qatar's Minister of State for Foreign Affairs Aisha al-Misnad said the "
                   "talks were useful.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Aisha al-Misnad") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Foreign Affairs") < 0);
  d = Run("Le ministre des Affaires étrangères Ahmed Attaf a reçu son homologue.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Ahmed Attaf") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Affaires étrangères Ahmed Attaf") < 0);
}

TEST_CASE("company suffixes and more tail and head cues; a cue word's possessive is a short form; portfolios") {
  Document d = Run("Officials met. Nordex GmbH and Dassault Aviation SA signed contracts, while Helvetia AG declined. "
                   "The National Transportation Safety Board said it would investigate. The Wellcome Trust said it "
                   "would pay. The Fund's Executive Board approved the loan, the International Monetary Fund said. "
                   "It was close, Qatar's Minister of State for Foreign Affairs, Aisha al-Misnad, told reporters.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Nordex GmbH") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Dassault Aviation SA") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Helvetia AG") == EntityType::kOrganization);
  CHECK(TypeOf(d, "National Transportation Safety Board") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Wellcome Trust") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Fund's Executive Board") < 0);
  CHECK(EntityNamed(d, "Foreign Affairs") < 0);
  d = Run("Les pays de la Coalition de la haute ambition ont réagi. Le Réseau Action Climat a dénoncé le texte, "
          "a déclaré Mme Salote Lolo, ministre de l'Environnement des Tonga.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Coalition de la haute ambition") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Réseau Action Climat") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Tonga") == EntityType::kPlace);
  CHECK(EntityNamed(d, "Environnement") < 0);
}

TEST_CASE("one sense per name: a name confirmed as an organisation stays one where it speaks alone") {
  Document d = Run("Veltrix, the Dutch software maker, agreed to pay. Veltrix said the fine was unfair.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Veltrix") == EntityType::kOrganization);
  size_t persons = 0;
  for (const auto& e : d.entities) persons += !e.dropped && e.type == EntityType::kPerson;
  CHECK(persons == 0);
  d = Run("Ortelia, une société de conseil basée à Lyon, a perdu le contrat. Ortelia a déclaré qu'elle ferait appel.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Ortelia") == EntityType::kOrganization);
}

TEST_CASE("a party between a role and a first name; a head cue before an adjective; unknown names after a locative") {
  Document d = Run("Le vote a eu lieu. Le député Renaissance Antoine Verdier estime que la majorité a raison. "
                   "Abena Owusu, économiste au Centre africain pour la transformation économique, a salué le texte.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Renaissance") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Antoine Verdier") == EntityType::kPerson);
  CHECK(TypeOf(d, "Centre africain pour la transformation économique") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Centre") < 0);
  d = Run("The army retook Wad Hamid on Monday. Shelling continued in Wad Hamid for a week.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Wad Hamid") == EntityType::kPlace);
}

TEST_CASE("contexts only an organisation fits: a company officer's possessor, shares, 'the X group'") {
  Document d = Run("Talks resumed. Veltrix's chief executive, Jan Smit, said the deal was fair. Shares in Norbeck fell "
                   "3%, while Kestrel shares rose. Fighters of the Tarkan group protested. Trump's spokesman, Karen "
                   "Lee, declined to comment.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Veltrix") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Norbeck") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Kestrel") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Tarkan") == EntityType::kOrganization);
  int trump = EntityNamed(d, "Trump");
  CHECK((trump < 0 || d.entities[static_cast<size_t>(trump)].type != EntityType::kOrganization));
  // A short form governed by "of" stays with the full name, not a second organisation.
  d = Run("Nordhavn Lines and Atlas Maritime Holdings have agreed to merge, covering the future of Atlas's "
          "terminals. Atlas chief executive Marieke van Dijk will become chair, while Atlas shares gained 4.8 percent.",
          "en", Upto::kResolve);
  int atlas = EntityNamed(d, "Atlas");
  CHECK((atlas < 0 || atlas == EntityNamed(d, "Atlas Maritime Holdings")));
}

TEST_CASE("media named by a classifier after the name; '-backed' and '-based' compounds are no names") {
  Document d = Run("Officials met. Araghchi told the Tasnim news agency that talks would resume. He also spoke to the "
                   "Asharq newspaper. He told Radio Okapi, the United Nations-backed broadcaster, that it was over.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Tasnim") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Asharq") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "United Nations-backed") < 0);
}

TEST_CASE("a first name opening a name with a tail cue; a '-based' adjective before an organisation's name") {
  Document d = Run("Quotas were cut. The Marine Stewardship Council said stocks were low. Kyle Johnson of the "
                   "Bogotá-based Conflict Responses Foundation said the truce was fragile.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Marine Stewardship Council") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Conflict Responses Foundation") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Bogotá-based Conflict Responses Foundation") < 0);
  d = Run("Le texte a été signé. Selon Marine Dupuis, la pêche est menacée.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Marine Dupuis") == EntityType::kPerson);
}

TEST_CASE("'with' governs an organisation after a role only, not after a person's name") {
  Document d = Run("A photo showed Sergei Lavrov with Wang Yi in Beijing. Lena Holm, an economist with Nordea, agreed.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Nordea") == EntityType::kOrganization);
  int wang = EntityNamed(d, "Wang Yi");
  CHECK((wang < 0 || d.entities[static_cast<size_t>(wang)].type != EntityType::kOrganization));
}

TEST_CASE("a mission's country is part of its name") {
  Document d = Run("Carlos Ruiz Massieu, head of the United Nations Verification Mission in Colombia, said the truce "
                   "held. The UN Mission in South Sudan said it was ready.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "United Nations Verification Mission in Colombia") == EntityType::kOrganization);
  CHECK(TypeOf(d, "UN Mission in South Sudan") == EntityType::kOrganization);
  d = Run("La Mission des Nations unies en Colombie a salué l'accord.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Mission des Nations unies en Colombie") == EntityType::kOrganization);
}

TEST_CASE("names coordinated by 'et de' / 'and' after a cue word with a complement; a head word after 'et' opens a second body") {
  Document d = Run("Kyiv a confirmé l'échange. Oleh Marchenko, secrétaire du Conseil de sécurité nationale et de défense, a "
                   "salué l'accord.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Conseil de sécurité nationale et de défense") == EntityType::kOrganization);
  d = Run("Les grévistes ont été reçus. Le ministère du Travail et de l'Emploi et la Direction générale du travail ont "
          "répondu.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "ministère du Travail et de l'Emploi") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "ministère du Travail et de l'Emploi et la Direction générale du travail") < 0);
  d = Run("Funding rose. The German Federal Ministry for Economic Cooperation and Development pledged more. The Advisory "
          "Committee on Restrictive Practices and Dominant Positions met.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "German Federal Ministry for Economic Cooperation and Development") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Advisory Committee on Restrictive Practices and Dominant Positions") == EntityType::kOrganization);
  d = Run("Trade resumed. Officials from the Ministry of Finance and Central Bank met.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Ministry of Finance and Central Bank") < 0);
}

TEST_CASE("French local government bodies; 'Capital' and 'AB' end company names; 'Treasury Secretary' is a role") {
  Document d = Run("Le projet avance. Paul Girard, président du conseil régional d'Occitanie, et Anne Roux, du conseil "
                   "départemental de l'Ardèche, se sont réunis à la préfecture de la Drôme.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "conseil régional d'Occitanie") == EntityType::kOrganization);
  CHECK(TypeOf(d, "conseil départemental de l'Ardèche") == EntityType::kOrganization);
  CHECK(TypeOf(d, "préfecture de la Drôme") == EntityType::kOrganization);
  d = Run("La ville grandit. Valence, préfecture de la Drôme, attend sa gare.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "préfecture de la Drôme") < 0);
  d = Run("Shares rose. Activist fund Cevian Capital said it backed the bid, and Investor AB agreed. Treasury Secretary "
          "Laura Benning attended.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "Cevian Capital") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Investor AB") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Treasury Department") < 0);
  CHECK(TypeOf(d, "Laura Benning") == EntityType::kPerson);
}

TEST_CASE("parties named by their members' plural: 'des Verts', 'les Libéraux', 'the Greens'") {
  Document d = Run("Le vote approche. Le soutien des Verts reste incertain, et les Libéraux hésitent.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Verts") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Libéraux") == EntityType::kOrganization);
  d = Run("The vote is near. The Greens said they would abstain.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Greens") == EntityType::kOrganization);
}

TEST_CASE("given names of several naming cultures start names; a demonym noun before a name is no part of it") {
  Document d = Run("NAIROBI - Wanjiru Kamau has led the central bank since June. Mick Hartley and Jane Okoro disagreed.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Wanjiru Kamau") == EntityType::kPerson);
  CHECK(TypeOf(d, "Mick Hartley") == EntityType::kPerson);
  CHECK(TypeOf(d, "Jane Okoro") == EntityType::kPerson);
  d = Run("Le texte divise. Joint par téléphone, le Namibien Peter Shilongo a affirmé que rien n'était réglé.", "fr",
          Upto::kResolve);
  CHECK(TypeOf(d, "Peter Shilongo") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Namibien Peter Shilongo") < 0);
}

TEST_CASE("a name followed by the acronym of its initials is an organisation's, even after a first name") {
  Document d = Run("THE HAGUE - The centrist D66 and the Christian Democratic Appeal (CDA) agreed on Wednesday.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Christian Democratic Appeal") == EntityType::kOrganization);
  d = Run("Le texte avance. Christian Dupont (CD) a voté contre.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Christian Dupont") == EntityType::kPerson);
}

TEST_CASE("'the Islamist group' names no organisation; COP and PIB open no name; a role word opening an organisation's name") {
  Document d = Run("Talks ended. The disarmament of the Islamist group remains the obstacle, said Egypt's General "
                   "Intelligence Service.",
                   "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Islamist") < 0);
  CHECK(TypeOf(d, "General Intelligence Service") == EntityType::kOrganization);
  d = Run("Le sommet approche. La contribution au PIB pour l'Union reste faible avant la COP.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "PIB pour l'Union") < 0);
  CHECK(EntityNamed(d, "COP") < 0);
}

TEST_CASE("a two-letter code known only as a gazetteer alias opens a longer name; 'Leagues' ends an organisation's name") {
  Document d = Run("The deal was signed. The IG Metall union said it had a commitment. Pieter Smit, managing director of "
                   "the Kestrel Football Leagues, said the deal was fair.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "IG Metall") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Ig") < 0);
  CHECK(TypeOf(d, "Kestrel Football Leagues") == EntityType::kOrganization);
}

TEST_CASE("a city after a first name and a surname, before a comma, ends an Iberian compound surname") {
  Document d = Run("Le Brésil attend. Le négociateur brésilien, Ricardo Tavares de Lima, a déclaré que rien n'était fait.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Ricardo Tavares de Lima") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Lima") < 0);
  d = Run("Le président a parlé. Trump de Washington a répondu.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "Trump de Washington") < 0);
}

TEST_CASE("a month's name after a locative is no small town ('in March')") {
  Document d = Run("Inflation fell to 4.1 percent in March. The mission left Nairobi on March 27.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "March") < 0);
  CHECK(TypeOf(d, "Nairobi") == EntityType::kPlace);
}

TEST_CASE("a lone compass word is a region only after a locative") {
  Document d = Run("Le sommet s'ouvre. « Nos voisins de l'Est ne nous attendront pas », dit-il. Les chantiers démarreront à "
                   "Gravelines, dans le Nord, dès 2028.",
                   "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "Est") < 0);
  CHECK(TypeOf(d, "Nord") == EntityType::kPlace);
  d = Run("Talks stalled. The ambassador said the Western draft was unbalanced.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Western") < 0);
}

TEST_CASE("in English a lower-case word after a capitalised head word ends the name") {
  Document d = Run("The deal was signed. Union representatives and Norrvik management are to meet in Hamburg.", "en",
                   Upto::kResolve);
  CHECK(EntityNamed(d, "Union representatives") < 0);
  d = Run("Le texte avance. Le Centre africain pour la transformation économique a publié une note.", "fr",
          Upto::kResolve);
  CHECK(TypeOf(d, "Centre africain pour la transformation économique") == EntityType::kOrganization);
}

TEST_CASE("clerical titles and roles; an episcopal conference is a body, not a meeting") {
  Document d = Run("L'Église appelle au calme. Monseigneur Fridolin Ambongo a salué la trêve. La Conférence épiscopale "
                   "nationale du Congo (CENCO) a appelé au dialogue.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Fridolin Ambongo") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Monseigneur Fridolin Ambongo") < 0);
  CHECK(TypeOf(d, "Conférence épiscopale nationale du Congo") == EntityType::kOrganization);
  d = Run("The Vatican hosted the talks. Monsignor Paul Tighe and Cardinal Pietro Parolin attended. Rabbi David Rosen "
          "spoke.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "Paul Tighe") == EntityType::kPerson);
  CHECK(TypeOf(d, "Pietro Parolin") == EntityType::kPerson);
  CHECK(TypeOf(d, "David Rosen") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Monsignor Paul Tighe") < 0);
}

TEST_CASE("a lone unknown word governed by a locative is a place, unless it is a known person's surname") {
  Document fr = Run("Les délégués se sont retrouvés jeudi à Kfarchouba, près de Marjayoun. Élodie Ravanel a "
                    "ensuite écrit à Ravanel.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Kfarchouba") == EntityType::kPlace);
  CHECK(TypeOf(fr, "Marjayoun") == EntityType::kPlace);
  CHECK(EntityNamed(fr, "Ravanel") == EntityNamed(fr, "Élodie Ravanel"));
  CHECK(TypeOf(fr, "Élodie Ravanel") == EntityType::kPerson);
  Document en = Run("Police were deployed in Zvecan after the clashes. The talks were held at Ohrid palace, "
                    "in Vrelnica municipality.", "en", Upto::kResolve);
  CHECK(TypeOf(en, "Zvecan") == EntityType::kPlace);
  // A lower-case word after the name continues a name the rule cannot bound.
  CHECK(EntityNamed(en, "Vrelnica") < 0);
}

TEST_CASE("a known body followed by a country or one unknown word names its branch") {
  Document en = Run("Speaking on Tuesday, Mara Lindqvist of Greenpeace Sweden said the text was weak. Amnesty "
                    "International welcomed it, and the BBC Monday quoted the UN Geneva office.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Greenpeace Sweden") == EntityType::kOrganization);
  CHECK(EntityNamed(en, "Greenpeace") < 0);
  CHECK(EntityNamed(en, "Speaking") < 0);
  CHECK(EntityNamed(en, "BBC Monday") < 0);  // a weekday is no branch
  CHECK(TypeOf(en, "BBC") == EntityType::kOrganization);
  Document fr = Run("Selon Paul Arnaud, de la SNCF Voyageurs, les travaux commencent. La SNCF a confirmé. "
                    "Le WWF Belgique et FO Services publics ont protesté.", "fr", Upto::kResolve);
  int branch = EntityNamed(fr, "SNCF Voyageurs");
  REQUIRE(branch >= 0);
  CHECK(EntityNamed(fr, "SNCF") == branch);  // the short form written after it
  CHECK(TypeOf(fr, "WWF Belgique") == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "FO Services") < 0);  // a French name going on in lower case is left alone
}

TEST_CASE("a person's name after a role's complement, or before a role apposition, whatever its words") {
  Document fr = Run("Le texte a été signé par le chef des FDS Tadeh Khorani, puis présenté au vice-ministre de "
                    "l'Intérieur Baran Zelvi. Berivan Hassan, porte-parole du comité, a salué l'accord.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Tadeh Khorani") == EntityType::kPerson);
  CHECK(TypeOf(fr, "Baran Zelvi") == EntityType::kPerson);
  CHECK(TypeOf(fr, "Berivan Hassan") == EntityType::kPerson);  // "Hassan" is also a city
  CHECK(EntityNamed(fr, "Hassan") < 0);  // no place
  Document en = Run("On the radio, Amara Belcourt, chair of the nurses' committee, said the offer was poor. "
                    "Tom Reed, a Missouri Republican, said nothing.", "en", Upto::kResolve);
  CHECK(TypeOf(en, "Amara Belcourt") == EntityType::kPerson);  // "Amara" is also a city
  CHECK(EntityNamed(en, "Missouri Republican") < 0);  // a description after an article
}

TEST_CASE("an acronym in parentheses spells the organisation's name before it") {
  Document fr = Run("Les soldats de la Mission intérimaire des Nations unies au Kivu (MINUK) ont quitté la ville. "
                    "La MINUK a confirmé le départ.", "fr", Upto::kResolve);
  int e = EntityNamed(fr, "Mission intérimaire des Nations unies au Kivu");
  REQUIRE(e >= 0);
  CHECK(fr.entities[static_cast<size_t>(e)].type == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "MINUK") == e);
  CHECK(EntityNamed(fr, "Nations unies") < 0);  // the body inside the name gives way
  Document en = Run("Lena Ortiz, who speaks for the Open Grid Operators in Europe (OGOE), said prices would rise. "
                    "Mark Dale (MD) declined to comment.", "en", Upto::kResolve);
  e = EntityNamed(en, "Open Grid Operators in Europe");
  REQUIRE(e >= 0);
  CHECK(EntityNamed(en, "OGOE") == e);
  CHECK(TypeOf(en, "Mark Dale") == EntityType::kPerson);  // a person's name is left alone
}

TEST_CASE("numbered sessions of a meeting series and English laws are no organisations") {
  Document fr = Run("Le fonds, créé à la COP16 de Cali, sera revu lors de la COP18 en Arménie.", "fr", Upto::kResolve);
  CHECK(EntityNamed(fr, "COP16") < 0);
  CHECK(EntityNamed(fr, "COP18") < 0);
  CHECK(TypeOf(fr, "Arménie") == EntityType::kPlace);
  Document en = Run("Ministers said the Clean Shipping Act would pass, and the Maritime Fuels Agency agreed.", "en",
                    Upto::kResolve);
  CHECK(EntityNamed(en, "Clean Shipping Act") < 0);
  CHECK(TypeOf(en, "Maritime Fuels Agency") == EntityType::kOrganization);
}

TEST_CASE("a name stops before a connector and a weekday or month; plural acronyms and names after an article are no one") {
  Document en = Run("The leaders met at the Vardholm Palace on Friday. Several MEPs criticised the text, and people "
                    "on both sides of the Atlantic welcomed it.", "en", Upto::kResolve);
  CHECK(TypeOf(en, "Vardholm Palace") == EntityType::kPlace);
  CHECK(EntityNamed(en, "Vardholm Palace on Friday") < 0);
  CHECK(EntityNamed(en, "MEPs") < 0);
  CHECK((EntityNamed(en, "Atlantic") < 0 || TypeOf(en, "Atlantic") != EntityType::kPerson));
  Document fr = Run("Les ministres se retrouveront au palais Kervelen en mars. Les riverains de la Brevenne ont "
                    "protesté.", "fr", Upto::kResolve);
  CHECK((EntityNamed(fr, "Brevenne") < 0 || TypeOf(fr, "Brevenne") != EntityType::kPerson));
}

TEST_CASE("Spanish and Portuguese organisation names keep their connectors and head words") {
  Document en = Run("Marta Gil, a researcher at Fundación Caminos para la Paz, said so. The Instituto de los Ríos "
                    "disagreed.", "en", Upto::kResolve);
  CHECK(TypeOf(en, "Fundación Caminos para la Paz") == EntityType::kOrganization);
  CHECK(EntityNamed(en, "Paz") < 0);
  CHECK(TypeOf(en, "Instituto de los Ríos") == EntityType::kOrganization);
  Document fr = Run("Selon Marta Gil, chercheuse à l'Universidad del Valle, le texte est fragile.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Universidad del Valle") == EntityType::kOrganization);
}

TEST_CASE("an acronym without parentheses that spells an organisation named in full is that organisation") {
  Document en = Run("Lena Ortiz, chair of the Northern Grid Operators Council, said prices would rise. The NGOC's "
                    "board met on Friday, and the NGOC said it would appeal.", "en", Upto::kResolve);
  int full = EntityNamed(en, "Northern Grid Operators Council");
  REQUIRE(full >= 0);
  CHECK(EntityNamed(en, "NGOC") == full);
  Document fr = Run("Selon Paul Ravel, président de la Fédération nationale des pêcheurs, la pêche souffre. "
                    "La FNP a appelé à manifester, et la FNP sera reçue lundi.", "fr", Upto::kResolve);
  full = EntityNamed(fr, "Fédération nationale des pêcheurs");
  REQUIRE(full >= 0);
  CHECK(EntityNamed(fr, "FNP") == full);
  // A known body's acronym keeps its meaning.
  Document eu = Run("Anna Berg, of the Eastern University, said the EU would act.", "en", Upto::kResolve);
  CHECK(EntityNamed(eu, "EU") != EntityNamed(eu, "Eastern University"));
}

// French only: English puts no particle between a noun and a name ("Reaction from X").
TEST_CASE("a capitalised noun before a particle and a first name is no part of the person's name") {
  Document fr = Run("Réaction de Kwame Mensah, négociateur du Ghana : « Nous sommes prêts ». Charles de Gaulle "
                    "l'aurait dit, a ajouté Jean de Lattre, ancien ministre.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Kwame Mensah") == EntityType::kPerson);
  CHECK(EntityNamed(fr, "Réaction de Kwame Mensah") < 0);
  CHECK(TypeOf(fr, "Jean de Lattre") == EntityType::kPerson);  // a first name before the particle stays
}

TEST_CASE("a short number closing an organisation's name is part of it") {
  Document fr = Run("Julie Moreau, géographe à l'Université Rhône Alpes 3, nuance : les chiffres baissent de 2 %.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Université Rhône Alpes 3") == EntityType::kOrganization);
  Document en = Run("Tom Reed, a lecturer at Westbridge University 2, said so. The Harbour Authority cut 2 % of jobs.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Westbridge University 2") == EntityType::kOrganization);
  CHECK(TypeOf(en, "Harbour Authority") == EntityType::kOrganization);  // not before "%"
}

// French only: English names put the city first ("Lyon University") or keep "of" ("University of Lyon").
TEST_CASE("a French organisation's name holding a proper name ends before 'de' and a city") {
  Document fr = Run("Selon Awa Diallo, économiste à l'Université Cheikh Anta Diop de Dakar, et Paul Rey, de "
                    "l'Université de Genève, le texte est fragile.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Université Cheikh Anta Diop") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "Dakar") == EntityType::kPlace);
  CHECK(TypeOf(fr, "Université de Genève") == EntityType::kOrganization);  // no proper name: the city stays
}

TEST_CASE("a sentence's capitalised article before lower-case words is no place's name") {
  Document fr = Run("La réunion technique a duré six heures à Dakar. Le ministre est ensuite parti pour La Réunion.",
                    "fr", Upto::kResolve);
  int e = EntityNamed(fr, "La Réunion");
  REQUIRE(e >= 0);  // the island, capitalised mid-sentence
  CHECK(fr.entities[static_cast<size_t>(e)].mentions.size() == 1);  // not the opening "La réunion"
  CHECK(TypeOf(fr, "Dakar") == EntityType::kPlace);
  Document en = Run("The Hague will host the next round, officials in The Gambia said. The UN refugee agency "
                    "said it was ready to help.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "The Hague") == EntityType::kPlace);
  CHECK(EntityNamed(en, "United Nations") < 0);  // an acronym that is also a stopword ("un") opens a name
  CHECK(TypeOf(en, "UN High Commissioner for Refugees") == EntityType::kOrganization);
}

TEST_CASE("a minister's portfolio before the holder's name: demonym before it, 'la'/'l'' inside it") {
  Document fr = Run("Hier, la ministre géorgienne de l'Agriculture Tamara Beridze, a reçu les éleveurs. "
                    "La ministre de la Culture Claire Vasseur a ensuite visité la Fondation Jean Jaurès.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Tamara Beridze") == EntityType::kPerson);
  CHECK(TypeOf(fr, "Claire Vasseur") == EntityType::kPerson);
  CHECK(TypeOf(fr, "Fondation Jean Jaurès") == EntityType::kOrganization);  // no portfolio: the name stays whole
  CHECK(EntityNamed(fr, "Jean Jaurès") < 0);
  // Two unknown words closing the portfolio's run are the holder's name before a verb too.
  Document verb = Run("Lundi, le ministre de l'Agriculture Tamaz Beridze a déclaré que la récolte serait bonne.", "fr",
                      Upto::kResolve);
  CHECK(TypeOf(verb, "Tamaz Beridze") == EntityType::kPerson);
  Document en = Run("The Georgian Minister of Agriculture Maria Beridze met farmers on Monday.", "en", Upto::kResolve);
  CHECK(TypeOf(en, "Maria Beridze") == EntityType::kPerson);
}

TEST_CASE("an unknown word and a given name, repeated without an organisation's cue, name a person") {
  Document fr = Run("À Erbil, la boutique de Rezan Omar ouvre à l'aube. Le soir, Rezan Omar, lui, ferme plus tôt.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Rezan Omar") == EntityType::kPerson);
  int e = EntityNamed(fr, "Rezan Omar");
  CHECK(fr.entities[static_cast<size_t>(e)].mentions.size() == 2);  // one person
  Document en = Run("In Erbil, the stall of Karwan Hassan opens at dawn. By dusk, Karwan Hassan has gone home. "
                    "Kurdistan Airways said flights resumed; Kurdistan Airways added more.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Karwan Hassan") == EntityType::kPerson);
  CHECK(EntityNamed(en, "Hassan") < 0);
}

TEST_CASE("a unit named after an organisation's possessive is the organisation's, no name of its own") {
  Document en = Run("\"It will hold,\" said Maya Collins, a fellow at the Brookfield Center's Arctic Institute. "
                    "Omar Reyes, who teaches history at the University of Oregon's Morse Center, disagreed. "
                    "The Coastal Fishermen's Savings Bank was not asked.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Brookfield Center") == EntityType::kOrganization);
  CHECK(EntityNamed(en, "Brookfield Center's Arctic Institute") < 0);
  CHECK(EntityNamed(en, "Arctic Institute") < 0);
  CHECK(TypeOf(en, "University of Oregon") == EntityType::kOrganization);
  CHECK(EntityNamed(en, "Morse Center") < 0);
  // A possessor that is no organisation's name keeps the possessive inside the name.
  CHECK(TypeOf(en, "Coastal Fishermen's Savings Bank") == EntityType::kOrganization);
}

TEST_CASE("a centre or hall for conferences, congresses or exhibitions is a venue, not an organisation") {
  Document fr = Run("Les délégués se sont retrouvés au Centre international de conférences Amadou-Hampâté, puis au "
                    "Centre des congrès de Lyon. Le Centre d'études stratégiques a publié une note.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Centre international de conférences Amadou-Hampâté") == EntityType::kPlace);
  CHECK(TypeOf(fr, "Centre des congrès de Lyon") == EntityType::kPlace);
  CHECK(TypeOf(fr, "Centre d'études stratégiques") == EntityType::kOrganization);
  Document en = Run("Ministers met at the Harbourside Conference Center while the Maritime Research Center watched.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Harbourside Conference Center") == EntityType::kPlace);
  CHECK(TypeOf(en, "Maritime Research Center") == EntityType::kOrganization);
}

TEST_CASE("an English organisation's name ends before a French 'de' and its seat; a person before 'of the' and an organisation") {
  Document fr = Run("« Rien n'est joué », estime Lina Moreau, chercheuse au Lowell Policy Institute de Nairobi. "
                    "L'Institut Montaigne de Paris n'a pas commenté.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Lowell Policy Institute") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "Nairobi") == EntityType::kPlace);
  CHECK(EntityNamed(fr, "Lowell Policy Institute de Nairobi") < 0);
  Document en = Run("Talks may resume soon. Dagny Oyelaran of the Northbridge Research Group was more cautious. "
                    "The Council of the European Union did not comment.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Dagny Oyelaran") == EntityType::kPerson);
  CHECK(TypeOf(en, "Northbridge Research Group") == EntityType::kOrganization);
  CHECK(EntityNamed(en, "Dagny Oyelaran of the Northbridge Research Group") < 0);
}

TEST_CASE("'Administration', 'Cartel', 'Community' close and 'Communauté' opens an organisation's name") {
  Document en = Run("Officials from the Maritime Safety Administration said the Gulf Coast Cartel and the Andean "
                    "Trade Community were both watched.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Maritime Safety Administration") == EntityType::kOrganization);
  CHECK(TypeOf(en, "Gulf Coast Cartel") == EntityType::kOrganization);
  CHECK(TypeOf(en, "Andean Trade Community") == EntityType::kOrganization);
  Document fr = Run("Les médiateurs de la Communauté de Saint-Aubin et de la Communauté économique des pays des Grands "
                    "Lacs ont salué l'accord.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Communauté de Saint-Aubin") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "Communauté économique des pays des Grands Lacs") == EntityType::kOrganization);
}

TEST_CASE("a plural possessive inside a name ending with a tail cue: 'Irish Patients' Association'") {
  Document en = Run("Nora Quinn, chair of the Coastal Fishermen’s Trust, and the Island Growers' Association disagreed. "
                    "The growers' spokesman said nothing.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Island Growers' Association") == EntityType::kOrganization);
  CHECK(TypeOf(en, "Coastal Fishermen’s Trust") == EntityType::kOrganization);
  CHECK(EntityNamed(en, "Association") < 0);
  Document fr = Run("Selon Marc Petit, de l'Island Growers' Association, le prix baisse.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Island Growers' Association") == EntityType::kOrganization);
}

TEST_CASE("a French organisation's name ends before a describing participle and its complement") {
  Document fr = Run("Elle dirige la Fédération nationale du rail chargée de la sécurité des voies. "
                    "La Confédération des pêcheurs du littoral basée à Brest proteste, comme la Fédération "
                    "interprofessionnelle de la santé du Québec.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Fédération nationale du rail") == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "Fédération nationale du rail chargée de la sécurité des voies") < 0);
  CHECK(TypeOf(fr, "Confédération des pêcheurs du littoral") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "Fédération interprofessionnelle de la santé du Québec") == EntityType::kOrganization);
}

TEST_CASE("given names of more languages start a person's name") {
  Document en = Run("Aoife Brannigan and Stavros Petridis met Getachew Wolde on Friday; Pipaluk Olsen joined later.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Aoife Brannigan") == EntityType::kPerson);
  CHECK(TypeOf(en, "Stavros Petridis") == EntityType::kPerson);
  CHECK(TypeOf(en, "Getachew Wolde") == EntityType::kPerson);
  CHECK(TypeOf(en, "Pipaluk Olsen") == EntityType::kPerson);
  Document fr = Run("Selon Najla Trabelsi, économiste, et Hasmik Arakelian, ingénieure, le chantier avance.", "fr",
                    Upto::kResolve);
  CHECK(TypeOf(fr, "Najla Trabelsi") == EntityType::kPerson);
  CHECK(TypeOf(fr, "Hasmik Arakelian") == EntityType::kPerson);
}

TEST_CASE("a lone acronym is a whole name: a connector after it opens a complement") {
  Document fr = Run("Marc Dupuis, chef de groupe UDN à la Chambre, a ironisé.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "UDN") == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "UDN à la Chambre") < 0);
  Document en = Run("Paul Martin, a senior adviser to the NRF on the Board, disagreed.", "en", Upto::kResolve);
  CHECK(EntityNamed(en, "NRF on the Board") < 0);
}

TEST_CASE("an ampersand written without spaces joins a name's capitalised words") {
  Document fr = Run("Luc Peeters, président du KL&M, et le parti CD&V ont répondu.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "KL&M") == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "KL") < 0);
  Document en = Run("Officials at Harbour P&O Ferries said the strike would end.", "en", Upto::kResolve);
  CHECK(EntityNamed(en, "Harbour P") < 0);
}

TEST_CASE("an enumeration of complements closed by 'et de' belongs to a French organisation's name") {
  Document fr = Run("Le ministère de l'Énergie, des Mines et de l'Eau a répondu. La Fédération de la pêche, du "
                    "tourisme et de l'hôtellerie proteste. Le ministère de la Santé, de l'OMS et de l'Unicef se tait.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "ministère de l'Énergie, des Mines et de l'Eau") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "Fédération de la pêche, du tourisme et de l'hôtellerie") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "ministère de la Santé") == EntityType::kOrganization);  // organisations of their own follow
  Document en = Run("The Ministry of Energy, Mines and Water replied.", "en", Upto::kResolve);
  CHECK(EntityNamed(en, "Ministry of Energy, Mines and Water replied") < 0);
}

TEST_CASE("a name before a lower-case site word qualifies the site: no organisation governed by a role") {
  Document en = Run("Amna Idris, a former director of the Merowe dam, says data matter. The talks were held at the "
                    "Dar Al Salam palace.",
                    "en", Upto::kResolve);
  CHECK(EntityNamed(en, "Merowe") < 0);
  // An organisation governed by a role is unchanged ("directeur de X,", "director of X said").
  Document fr = Run("Paul Girard, ancien directeur de Nordvik, a parlé.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Nordvik") == EntityType::kOrganization);
  Document en2 = Run("Anna Weber, the director of Nordvik, said prices would fall.", "en", Upto::kResolve);
  CHECK(TypeOf(en2, "Nordvik") == EntityType::kOrganization);
}

TEST_CASE("in French, a name after a classifier noun takes its lower-case complements") {
  Document fr = Run("Marie Kanku, présidente de l'association Espoir des mères de Bukavu, s'inquiète. "
                    "La fédération Plastalliance a répondu.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Espoir des mères de Bukavu") == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "Espoir") < 0);
  CHECK(TypeOf(fr, "Plastalliance") == EntityType::kOrganization);
  Document en = Run("Anna Weber, head of the charity Hope for Mothers, was worried.", "en", Upto::kResolve);
  CHECK(EntityNamed(en, "Hope for Mothers, was") < 0);
}

TEST_CASE("'et' and a coordinated lower-case noun before a complement continue a French organisation's name") {
  Document fr = Run("Luc Roy, conseiller à la Fédération des pêcheurs et pêcheuses du Finistère, approuve. "
                    "Le ministère de la Santé et autorités locales ont répondu.",
                    "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Fédération des pêcheurs et pêcheuses du Finistère") == EntityType::kOrganization);
  CHECK(EntityNamed(fr, "Fédération des pêcheurs") < 0);
  CHECK(TypeOf(fr, "ministère de la Santé") == EntityType::kOrganization);
  Document en = Run("The Federation of Fishers and Growers of Maine agreed.", "en", Upto::kResolve);
  CHECK(EntityNamed(en, "Federation of Fishers") < 0);
}

TEST_CASE("a lower-case chamber of commerce with a name in its complement is an organisation") {
  Document fr = Run("Anahit Sarkissian, qui dirige la chambre de commerce de la région de Lori, soupire.", "fr",
                    Upto::kResolve);
  CHECK(TypeOf(fr, "chambre de commerce de la région de Lori") == EntityType::kOrganization);
  Document en = Run("Ada Okafor, president of the chamber of commerce of Ibadan, agreed.", "en", Upto::kResolve);
  CHECK(TypeOf(en, "chamber of commerce of Ibadan") == EntityType::kOrganization);
}

TEST_CASE("a verb after an organisation's adjectives is not part of its name") {
  Document d = Run("Les syndicats l'ont répété : le Conseil national aura le dernier mot, et la Banque centrale "
                   "européenne suivra.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Conseil national") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Conseil national aura") < 0);
  CHECK(TypeOf(d, "Banque centrale européenne") == EntityType::kOrganization);
  d = Run("Les Forces armées maliennes ont repris la ville.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Forces armées maliennes") == EntityType::kOrganization);
}

TEST_CASE("a connective opening a sentence ('Quant au', 'Lors du') does not start an organisation's name") {
  Document d = Run("Le patronat s'est tu, quant à lui. Quant au Conseil d'administration, il se réunira lundi. "
                   "Lors du Comité central, rien ne fut décidé.",
                   "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "Quant au Conseil d'administration") < 0);
  CHECK(EntityNamed(d, "Lors du Comité central") < 0);
}

TEST_CASE("a French apposition without article classifies the name before it") {
  Document d = Run("Le Zerbo, premier parti du pays, a dénoncé l'accord. La Cobrat, syndicat majoritaire chez les "
                   "dockers, a suivi.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Zerbo") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Cobrat") == EntityType::kOrganization);
  // A role keeps a person: "X, ancien ministre".
  d = Run("Le texte déplaît à Hugo Ravel, ancien ministre, qui l'a dit mardi.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Hugo Ravel") == EntityType::kPerson);
}

TEST_CASE("a first name before a site word names a place, unless a person speaks or holds a role") {
  Document d = Run("Protesters gathered on Victoria Street and later in Beverly Hills, near Albert Pier.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Victoria Street") == EntityType::kPlace);
  CHECK(TypeOf(d, "Beverly Hills") == EntityType::kPlace);
  CHECK(TypeOf(d, "Albert Pier") == EntityType::kPlace);
  d = Run("\"We will not sign,\" said Laura Castle, the union's treasurer.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Laura Castle") == EntityType::kPerson);
}

TEST_CASE("a capitalised function word is not the acronym of a body it spells") {
  Document d = Run("Les ministres ont parlé.\n\n**Un calendrier serré**\n\nLe texte sera signé en mai.", "fr",
                   Upto::kResolve);
  CHECK(d.entities.empty());
  d = Run("Talks resumed.\n\n*Who pays*\n\nThe bill is large, the UN said.", "en", Upto::kResolve);
  CHECK(d.entities.size() == 1);  // the UN, once
}

TEST_CASE("a lone unknown word coordinated with a known place or a listed organisation is one more of them") {
  Document d = Run("Les pêcheurs de Kervadec et de Lyon refusent le plan.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Kervadec") == EntityType::kPlace);
  d = Run("The group sells depots in Leeds and Brackwell to a rival.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Brackwell") == EntityType::kPlace);
  // "X, à Paris" situates X; it lists nothing.
  d = Run("La réunion s'est tenue au ministère, rue de Varennel, à Paris.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "Varennel") < 0);
  // A country is listed with bodies as often as with places: no kind for its neighbour.
  d = Run("Des représentants du Kenya et de l'Ogadex étaient présents.", "fr", Upto::kResolve);
  CHECK((EntityNamed(d, "Ogadex") < 0 || TypeOf(d, "Ogadex") != EntityType::kPlace));
  // A person's surname stays the person's.
  d = Run("Anne Morvan a quitté Paris. Le ministre a reçu la France et Morvan mardi.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Anne Morvan") == EntityType::kPerson);
  CHECK((EntityNamed(d, "Morvan") < 0 || TypeOf(d, "Morvan") == EntityType::kPerson));
}

TEST_CASE("a classifier noun before a name outweighs its site word") {
  Document d = Run("The deal was led by the investment firm Granite Lake and the bank Lazard.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Granite Lake") == EntityType::kOrganization);
}

TEST_CASE("a sentence-opening adverb before a role apposition is no person; a military rank is a role") {
  Document d = Run("Hier, la présidente du syndicat, Claire Manin, a parlé. Aujourd'hui conseiller du maire, il se tait.",
                   "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "Hier") < 0);
  CHECK(EntityNamed(d, "Aujourd'hui") < 0);
  CHECK(TypeOf(d, "Claire Manin") == EntityType::kPerson);
  d = Run("Yesterday, the head of the port, Tom Reyes, resigned. Commodore Arnel Dizon denied it.", "en",
          Upto::kResolve);
  CHECK(EntityNamed(d, "Yesterday") < 0);
  CHECK(TypeOf(d, "Arnel Dizon") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Commodore Arnel Dizon") < 0);
}

TEST_CASE("in French, a capitalised country name after a name's first word belongs to the name") {
  Document d = Run("Lise Favre, chercheuse chez Horizon Suisse, reste prudente. Les Suisses voteront en juin.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Horizon Suisse") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Horizon") < 0);
  // English capitalises its demonyms: the rule is French only.
  d = Run("Analysts at Helvea Swiss said the fund would wait.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Helvea Swiss") < 0);
}

TEST_CASE("a capitalised 'Région' heads the name of a regional council") {
  Document d = Run("La Région Bretagne a fait savoir qu'elle financerait l'étude. Les combats dans la région du "
                   "Kivu continuent.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Région Bretagne") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "région du Kivu") < 0);
}

TEST_CASE("a country's name leading a capitalised run of unknown words names a body") {
  Document d = Run("Invitée de France Culture, la présidente de France Patients Unis a parlé.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "France Culture") == EntityType::kOrganization);
  CHECK(TypeOf(d, "France Patients Unis") == EntityType::kOrganization);
  d = Run("Members of Serbia Without Fear walked out. Kenya President William Ruto spoke in Nairobi on Monday.", "en",
          Upto::kResolve);
  CHECK(TypeOf(d, "Serbia Without Fear") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Kenya") == EntityType::kPlace);  // a role after the country: no body
  CHECK(TypeOf(d, "William Ruto") == EntityType::kPerson);
}

TEST_CASE("a hyphenated pair of listed first names is a first name") {
  Document d = Run("Marie-Claire Vautrin, chargée des questions sociales chez Oxfam, rappelle que rien n'est fait.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Marie-Claire Vautrin") == EntityType::kPerson);
  d = Run("Anne-Marie Quist, chief economist at a Dutch bank, was cautious.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Anne-Marie Quist") == EntityType::kPerson);
}

TEST_CASE("the last words of company names are organisation cues") {
  Document d = Run("Halvard Charitable Trusts said the catch was too high. Norvik Pictures and Brightwater Studios "
                   "declined to comment.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Halvard Charitable Trusts") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Norvik Pictures") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Brightwater Studios") == EntityType::kOrganization);
  d = Run("Le groupe a fondé Lanzhou Vireo Energy avec son partenaire.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Lanzhou Vireo Energy") == EntityType::kOrganization);
}

TEST_CASE("a capital inside a word spells a brand; surname particles do not") {
  Document d = Run("Members include Norway's Halden BioFarms, which welcomed the extension. FinLedger declined to "
                   "comment. Ron DeSantis and Kate McAllister spoke.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Halden BioFarms") == EntityType::kOrganization);
  CHECK(TypeOf(d, "FinLedger") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Ron DeSantis") == EntityType::kPerson);
  CHECK(TypeOf(d, "Kate McAllister") == EntityType::kPerson);
  // A platform one writes on is no party: "a-t-elle écrit sur LinkedIn".
  d = Run("Claire Vasseur préside le groupe. Rien n'est fait, a-t-elle écrit sur LinkedIn.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "LinkedIn") < 0);
}

TEST_CASE("a role word's possessive opening a name with a cue, and a tail cue followed by its city") {
  Document d = Run("Fiona Hale, a historian at Queen's University Belfast, said no. King's College London agreed. "
                   "Aoife Kerr, a lecturer at Mulroy's University Belfast, was cautious.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Queen's University Belfast") == EntityType::kOrganization);
  CHECK(TypeOf(d, "King's College London") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Mulroy's University Belfast") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "University Belfast") < 0);
}

TEST_CASE("a speaking name made of words written in lower case elsewhere is a group's; 'do' is a name particle") {
  Document d = Run("Ama Boateng, who chairs the group of Small Farming Nations, said the draft was weak. Many small "
                   "farming nations want more. Later, Paulo Moreira do Amaral said no.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Small Farming Nations") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Paulo Moreira do Amaral") == EntityType::kPerson);
}

TEST_CASE("time zones and common-noun acronyms name no organisation") {
  Document d = Run("The session opens at 10 a.m. AEDT. Boats carry GPS trackers inside each MPA.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "AEDT") < 0);
  CHECK(EntityNamed(d, "GPS") < 0);
  CHECK(EntityNamed(d, "MPA") < 0);
  d = Run("Les navires portent des balises GPS dans la ZEE.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "GPS") < 0);
  CHECK(EntityNamed(d, "ZEE") < 0);
}

TEST_CASE("a guild is an organisation; a site word closing a name makes it the building named after one") {
  Document d = Run("Dana Whitlow, president of the Screen Cartoonists Guild, spoke at the Cartoonists Union Theater in "
                   "Burbank on Saturday.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Screen Cartoonists Guild") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Cartoonists Union Theater") == EntityType::kPlace);
}

TEST_CASE("'Bros.' ends no sentence") {
  Document d = Run("Halvard Bros. Shipping said the fleet would sail.", "en", Upto::kMentions);
  CHECK(d.sentences.size() == 1);
}

TEST_CASE("an organisation's name confirmed elsewhere is read where it opens a sentence") {
  Document d = Run("Air Tanzania and the pilots' union made progress on Monday. The chief executive of Air Tanzania, "
                   "Halima Msuya, said a deal was close.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Air Tanzania") == EntityType::kOrganization);
  int n = 0;
  for (const auto& m : d.mentions) n += d.text.substr(d.tokens[m.begin].start, 3) == "Air";
  CHECK(n == 2);
  CHECK(EntityNamed(d, "Tanzania") < 0);
  d = Run("Air Burkina et le syndicat des pilotes ont avancé lundi. Le directeur général d'Air Burkina, Issa Sawadogo, a salué des "
          "discussions franches.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Air Burkina") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Burkina") < 0);
}

TEST_CASE("a list confirms its items from a firm member at either end") {
  Document d = Run("Analysts expect Kestrel, Lumora, Vantis and Sony Pictures to follow.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Kestrel") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Lumora") == EntityType::kOrganization);
  d = Run("Les analystes attendent Kestrel, Lumora, Vantis et Sony Pictures.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Kestrel") == EntityType::kOrganization);
}

TEST_CASE("an acronym before a capitalised role names the officer's body; a country's code does not") {
  Document d = Run("The Chicago Teachers Union (CTU) met the board. CTU Vice President Marcus Holm said the talks were "
                   "close. US Trade Representative Jamie Greer said no.",
                   "en", Upto::kResolve);
  CHECK(TypeOf(d, "Chicago Teachers Union") == EntityType::kOrganization);
  int ctu = 0;
  for (const auto& m : d.mentions) ctu += d.text.substr(d.tokens[m.begin].start, 3) == "CTU";
  CHECK(ctu == 2);
  CHECK(EntityNamed(d, "US") < 0);
}

TEST_CASE("a sentence's first word before a comma joins a list only when the list goes on") {
  Document d = Run("The Chicago Teachers Union (CTU) met the board. Later, CTU President Anna Berg said no.", "en",
                   Upto::kResolve);
  CHECK(EntityNamed(d, "Later") < 0);
  d = Run("Kestrel, Lumora, Vantis and Sony Pictures did not reply. Analysts expect Kestrel, Lumora, Vantis and Sony "
          "Pictures to follow.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "Kestrel") == EntityType::kOrganization);
}

TEST_CASE("an unknown name after a singular definite article, with a reporting verb right after it, is a body's") {
  Document d = Run("L'Assurance maladie a fait savoir mardi que les discussions avaient été franches.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Assurance maladie") == EntityType::kOrganization);
  d = Run("The Teamsters said the deal was weak.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Teamsters") == EntityType::kOrganization);
  // A complement is no subject: "groups on both sides of the Atlantic welcomed".
  d = Run("Industry groups on both sides of the Atlantic welcomed the progress.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Atlantic") < 0);
}

TEST_CASE("joined acronyms are one organisation; a sentence's first acronym is confirmed by a verb of speaking") {
  Document d = Run("SAG-AFTRA said in a statement that it stands with the writers.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "SAG-AFTRA") == EntityType::kOrganization);
  d = Run("Selon Le Monde, la CFE-CGC a refusé de signer.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "CFE-CGC") == EntityType::kOrganization);
}

TEST_CASE("more heads and tails of bodies: 'Human Rights Watch', 'Toronto Stock Exchange', 'Ordre des médecins'") {
  Document d = Run("Analysts at Human Rights Watch and traders on the Toronto Stock Exchange reacted.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Human Rights Watch") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Toronto Stock Exchange") == EntityType::kOrganization);
  d = Run("Selon le président de l'Ordre des médecins, le texte est flou.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Ordre des médecins") == EntityType::kOrganization);
}

TEST_CASE("French local bodies written in lower case: 'le rectorat de Corse', 'la mairie de Lyon', 'le parquet de Paris'") {
  Document d = Run("Le rectorat de Corse a fait savoir mercredi qu'il disposera des moyens nécessaires.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "rectorat de Corse") == EntityType::kOrganization);
  d = Run("Selon le parquet de Paris, l'enquête avance.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "parquet de Paris") == EntityType::kOrganization);
}

TEST_CASE("unknown names governed by 'between' after a word of talks are parties: organisations or persons") {
  Document d = Run("Talks between Unifor and Algoma Steel resumed on Tuesday in Toronto.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Unifor") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Algoma Steel") == EntityType::kOrganization);
  d = Run("Les négociations entre la Coordination et Uber ont repris mardi.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Uber") == EntityType::kOrganization);
}

TEST_CASE("a first name that spells a body's acronym after a role is a person's: 'la négociatrice togolaise Ama Koffi'") {
  Document d = Run("Les discussions réunissent la négociatrice togolaise Ama Koffi.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Ama Koffi") == EntityType::kPerson);
  d = Run("The talks brought together the chief negotiator Ama Koffi and her team.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Ama Koffi") == EntityType::kPerson);
  // The body itself, after a role and before a capitalised role, stays the body.
  d = Run("Le secrétaire général de l'Otan Mark Rutte est arrivé.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Mark Rutte") == EntityType::kPerson);
  CHECK(EntityNamed(d, "OTAN") >= 0);
}

TEST_CASE("'Monsieur' and 'Madame' are titles; a compound first name makes a person of a surname that spells a word") {
  Document d = Run("Madame Idrissi, le statut unifié, où en est-il ? Monsieur El Amrani, irez-vous à Rabat ?", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Idrissi") == EntityType::kPerson);
  CHECK(TypeOf(d, "El Amrani") == EntityType::kPerson);
  CHECK(EntityNamed(d, "Madame Idrissi") < 0);
  d = Run("Le débat porte sur l'exécutif. Jean-Robert Estimé, coordonnateur du parti, défend un président unique.",
          "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Jean-Robert Estimé") == EntityType::kPerson);
}

TEST_CASE("a determiner right after an organisation's head word ends the name: 'au Sénat la semaine dernière'") {
  Document d = Run("Il a déclaré au Sénat la semaine dernière que le texte était prêt.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Sénat") == EntityType::kOrganization);
  for (const auto& e : d.entities) CHECK(e.name.find("semaine") == std::string::npos);
  d = Run("Le Conseil de la Fédération a voté.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Conseil de la Fédération") == EntityType::kOrganization);
}

TEST_CASE("a role before a first name ends an organisation's name: 'Union Health Secretary Arvind Bhalla'") {
  Document d = Run("Union Health Secretary Arvind Bhalla said the cap was fair.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Arvind Bhalla") == EntityType::kPerson);
  for (const auto& e : d.entities) CHECK(e.name.find("Secretary") == std::string::npos);
  d = Run("Commission Chairperson Amina Diallo met the envoys.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Amina Diallo") == EntityType::kPerson);
  // A role word inside a body's name, before no first name, stays in it.
  d = Run("The Union Secretariat issued a statement.", "en", Upto::kResolve);
  for (const auto& e : d.entities) CHECK(e.type != EntityType::kPerson);
}

TEST_CASE("an acronym in parentheses in another order or language is the organisation's alias") {
  Document d = Run("The Brazilian Football Confederation (CBF) offered to host the talks. A CBF spokesperson said the "
                   "clubs had its support.",
                   "en", Upto::kResolve);
  int orgs = 0;
  for (const auto& e : d.entities) orgs += e.type == EntityType::kOrganization && !e.dropped;
  CHECK(orgs == 1);
  d = Run("La Fédération internationale de football (FIFA) accepte de négocier. La FIFA a publié un communiqué.", "fr",
          Upto::kResolve);
  orgs = 0;
  for (const auto& e : d.entities) orgs += e.type == EntityType::kOrganization && !e.dropped;
  CHECK(orgs == 1);
  // Letters the name does not give are no acronym of it.
  d = Run("The Brazilian Football Confederation (XYZ) offered to host the talks.", "en", Upto::kResolve);
  for (const auto& e : d.entities)
    if (e.name == "Brazilian Football Confederation") CHECK(e.aliases.empty());
}

TEST_CASE("an unnamed spokesperson's or a group executive's name is an organisation: 'A Telstra spokeswoman'") {
  Document d = Run("A Vodacell spokeswoman said the merger would hurt rural users.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Vodacell") == EntityType::kOrganization);
  d = Run("Vodacell's group executive for regulatory affairs, Priya Raman, will give evidence.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Vodacell") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Priya Raman") == EntityType::kPerson);
  // A person named before keeps the surname.
  d = Run("Keir Starmer met the unions. A Starmer spokesman said the talks were useful.", "en", Upto::kResolve);
  for (const auto& e : d.entities) CHECK(e.type == EntityType::kPerson);
}

TEST_CASE("a name set between commas after a classifying noun phrase is an organisation: 'Le gestionnaire du réseau, Elering,'") {
  Document d = Run("Le gestionnaire du réseau letton, Balteno, annonce que la réparation prendra deux mois.", "fr",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Balteno") == EntityType::kOrganization);
  d = Run("The state grid operator, Balteno, said the repair would take two months.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Balteno") == EntityType::kOrganization);
  // A role in the noun phrase names a person.
  d = Run("The chief executive of the grid operator, Marta Ruiz, said the repair would take two months.", "en",
          Upto::kResolve);
  CHECK(TypeOf(d, "Marta Ruiz") == EntityType::kPerson);
}

TEST_CASE("a government domain after any role is a portfolio; 'la direction générale du Commerce' is a body") {
  Document d = Run("La directrice générale de l'Énergie, Katrin Vaher, représente la Commission.", "fr", Upto::kResolve);
  for (const auto& e : d.entities) CHECK(e.name != "Énergie");
  d = Run("Christophe Dayer, conseiller d'État valaisan, a salué l'accord.", "fr", Upto::kResolve);
  for (const auto& e : d.entities) CHECK(e.name != "État");
  d = Run("Le directeur de Renault, Luca Bianchi, a salué l'accord.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Renault") == EntityType::kOrganization);
  d = Run("La France, représentée par son ministre délégué chargé du Développement, Julien Mercadier, soutient l'idée.",
          "fr", Upto::kResolve);
  for (const auto& e : d.entities) CHECK(e.name != "Développement");
  d = Run("Pieter Van den Broeck travaille à la direction générale du Commerce.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "direction générale du Commerce") == EntityType::kOrganization);
}

TEST_CASE("English contractions are no names; a transcript's label in capitals is a person's surname") {
  Document d = Run("They've said that, yes. I'm not sure. We'll see.", "en", Upto::kResolve);
  CHECK(d.entities.empty());
  d = Run("HOST: Welcome. The union's lead advocate, Dana Smith, is with me.\n\nSMITH: Thanks.\n\nHOST: Well?\n\n"
          "SMITH: We want a fair deal.\n",
          "en", Upto::kResolve);
  int people = 0;
  for (const auto& e : d.entities) people += e.type == EntityType::kPerson && !e.dropped;
  CHECK(people == 1);
  CHECK(TypeOf(d, "Dana Smith") == EntityType::kPerson);
  for (const auto& e : d.entities) CHECK(e.name != "HOST");
}

TEST_CASE("a name holding an acronym the article spells out is the name spelt out: 'Commission de l'UA'") {
  Document d = Run("Le sommet de l'Union africaine (UA) s'ouvre. La Commission de l'Union africaine a publié un texte. "
                   "La Commission de l'UA a précisé le calendrier.",
                   "fr", Upto::kResolve);
  int orgs = 0;
  for (const auto& e : d.entities) orgs += e.type == EntityType::kOrganization && !e.dropped;
  CHECK(orgs == 2);  // the Union and its Commission
  for (const auto& e : d.entities)
    if (e.name == "Union africaine") CHECK(std::find(e.aliases.begin(), e.aliases.end(), "UA") != e.aliases.end());
}

TEST_CASE("a government domain before a country's name is the country's agency: 'Health New Zealand', 'Santé Canada'") {
  Document d = Run("Health New Zealand's chief people officer, Martin Oakes, said the offer stood.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "Health New Zealand") == EntityType::kOrganization);
  d = Run("Selon Santé Canada, le médicament est sûr.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Santé Canada") == EntityType::kOrganization);
  // A country after an ordinary word stays a place.
  d = Run("Travel to New Zealand resumed on Monday.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "New Zealand") == EntityType::kPlace);
}

TEST_CASE("'et' and one lower-case noun ending the complement belong to an organisation's name: 'des ports et docks'") {
  Document d = Run("Les représentants de la Fédération nationale des ports et docks CGT (FNPD-CGT) ont examiné le texte.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Fédération nationale des ports et docks CGT") == EntityType::kOrganization);
  d = Run("L'Union des ports et la CGT ont signé.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Union des ports") == EntityType::kOrganization);
  CHECK(TypeOf(d, "CGT") == EntityType::kOrganization);
}

TEST_CASE("first names of many languages start a person's name: 'Nadège', 'Teodora', 'Parisa', 'María Corina'") {
  Document d = Run("À Pétion-Ville, Nadège Pierre-Louis hausse les épaules.", "fr", Upto::kResolve);
  CHECK(TypeOf(d, "Nadège Pierre-Louis") == EntityType::kPerson);
  d = Run("The opposition leader María Corina Machado kept her distance. Parisa Tehrani and Teodora Marković spoke.",
          "en", Upto::kResolve);
  CHECK(TypeOf(d, "María Corina Machado") == EntityType::kPerson);
  CHECK(TypeOf(d, "Parisa Tehrani") == EntityType::kPerson);
  CHECK(TypeOf(d, "Teodora Marković") == EntityType::kPerson);
  for (const auto& e : d.entities) CHECK(e.type != EntityType::kOrganization);
}

TEST_CASE("the government of a place named by its acronym is an organisation: 'le gouvernement autonome de Bougainville (ABG)'") {
  Document d = Run("Le gouvernement national et le gouvernement autonome de Bougainville (ABG) négocient. L'ABG attend.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "gouvernement autonome de Bougainville") == EntityType::kOrganization);
  int orgs = 0;
  for (const auto& e : d.entities) orgs += e.type == EntityType::kOrganization && !e.dropped;
  CHECK(orgs == 1);
  d = Run("Talks with the regional government of Kurdistan (KRG) resumed.", "en", Upto::kResolve);
  CHECK(TypeOf(d, "regional government of Kurdistan") == EntityType::kOrganization);
}

TEST_CASE("'et' before a count coordinates a group, not a longer name: 'la Commission de la CEDEAO et des trois pays'") {
  Document d = Run("Les délégués de la Commission de la CEDEAO et des trois pays membres de l'Alliance des États du Sahel "
                   "se sont réunis à Lomé.",
                   "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "Commission de la CEDEAO") >= 0);
  for (const auto& e : d.entities) CHECK(e.name.find("trois pays") == std::string::npos);
  // "et des" before a capitalised complement still continues a body's name.
  d = Run("Le ministère de l'Europe et des Affaires étrangères a protesté.", "fr", Upto::kResolve);
  CHECK(EntityNamed(d, "ministère de l'Europe et des Affaires étrangères") >= 0);
}

TEST_CASE("an English body's name may enumerate its complements: 'Ministry of Trade, Industry and Fisheries'") {
  Document d = Run("The Ministry of Trade, Industry and Fisheries said quotas would fall. The Ministry of Agriculture, "
                   "Forestry, and Rural Affairs disagreed.",
                   "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Ministry of Trade, Industry and Fisheries") >= 0);
  CHECK(EntityNamed(d, "Ministry of Agriculture, Forestry, and Rural Affairs") >= 0);
  // Names of their own after the comma are listed beside the body, not inside it.
  d = Run("The Ministry of Finance, Reuters and the BBC reported the figures.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Ministry of Finance") >= 0);
}

TEST_CASE("a role's possessive opening a body's name is an organisation: 'the Prime Minister's Office'") {
  Document d = Run("The Prime Minister's Office declined to comment. Queen's University Belfast signed the letter.", "en",
                   Upto::kResolve);
  CHECK(TypeOf(d, "Prime Minister's Office") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Queen's University Belfast") == EntityType::kOrganization);
  CHECK(EntityNamed(d, "Office") < 0);
}

TEST_CASE("a company's staff, owners, stock or spokesperson make an unknown name an organisation") {
  Document en = Run("Workers at Brightwell walked out. A spokesperson for Corvalis declined to comment. Investors in Hexora "
                    "are nervous. Quandril said on Monday its output would fall.",
                    "en", Upto::kResolve);
  for (const char* n : {"Brightwell", "Corvalis", "Hexora", "Quandril"}) CHECK(TypeOf(en, n) == EntityType::kOrganization);
  Document fr = Run("Les salariés de Brightwell ont cessé le travail. L'action Norvexa a chuté de 4 %.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Brightwell") == EntityType::kOrganization);
  CHECK(TypeOf(fr, "Norvexa") == EntityType::kOrganization);
  // The short form after such a context is the company named in full before.
  Document full = Run("Northgate Infrastructure Partners bought the port. A spokesperson for Northgate said it was fine.",
                      "en", Upto::kResolve);
  CHECK(EntityNamed(full, "Northgate") == EntityNamed(full, "Northgate Infrastructure Partners"));
  CHECK(EntityNamed(full, "Northgate Infrastructure Partners") >= 0);
}

TEST_CASE("churches and school districts are organisations: 'the Catholic Church', 'l'Église catholique', 'Chicago Public Schools'") {
  Document en = Run("The Catholic Church called for calm. Chicago Public Schools reached a deal. They met on Church Street.",
                    "en", Upto::kResolve);
  CHECK(TypeOf(en, "Catholic Church") == EntityType::kOrganization);
  CHECK(TypeOf(en, "Chicago Public Schools") == EntityType::kOrganization);
  CHECK(TypeOf(en, "Church Street") != EntityType::kOrganization);
  Document fr = Run("L'Église catholique a appelé au calme.", "fr", Upto::kResolve);
  CHECK(TypeOf(fr, "Église catholique") == EntityType::kOrganization);
}

TEST_CASE("'Congrès' heads a body's name; '-itime' adjectives continue one: 'ministère de … la Pêche maritime'") {
  Document d = Run("Le ministère de l'Agriculture et de la Pêche maritime a publié un décret. Le Congrès des députés a voté.",
                   "fr", Upto::kResolve);
  CHECK(TypeOf(d, "ministère de l'Agriculture et de la Pêche maritime") == EntityType::kOrganization);
  CHECK(TypeOf(d, "Congrès des députés") == EntityType::kOrganization);
  Document lower = Run("Le congrès du parti s'ouvre lundi.", "fr", Upto::kResolve);
  for (const auto& e : lower.entities) CHECK(e.dropped);
}
