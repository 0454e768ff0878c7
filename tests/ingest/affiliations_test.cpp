// Stage 4: roles and AFFILIATED_WITH.
#include <doctest/doctest.h>

#include "tests/ingest/helpers.h"

using namespace kg::ingest;
using namespace kg::ingest::testing;

namespace {
// True when the person named `person` is affiliated with the entity named `target`.
bool Affiliated(const Document& d, const std::string& person, const std::string& target) {
  int p = EntityNamed(d, person), t = EntityNamed(d, target);
  if (p < 0 || t < 0) return false;
  for (const auto& a : d.affiliations)
    if (a.person == p && a.target == t) return true;
  return false;
}
size_t AffiliationsOf(const Document& d, const std::string& person) {
  int p = EntityNamed(d, person);
  size_t n = 0;
  for (const auto& a : d.affiliations) n += a.person == p;
  return n;
}
}  // namespace

TEST_CASE("possessives: 'Son porte-parole, X', 'Its executive director, X', 'its chief analyst X'") {
  Document d = Run("Le ministère serbe des Affaires étrangères a publié un communiqué. "
                   "Son porte-parole, Jean Petit, a dénoncé deux poids, deux mesures.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Jean Petit", "ministère serbe des Affaires étrangères"));
  d = Run("The International Energy Agency published its report on Tuesday. "
          "Its executive director, Paul Martin, said demand would fall. "
          "Goldman Sachs kept its forecast, its chief oil analyst Anna Weber wrote.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Paul Martin", "International Energy Agency"));
  CHECK(Affiliated(d, "Anna Weber", "Goldman Sachs"));
  // A person's adviser is no affiliation with an organisation.
  d = Run("Paul Moreau est arrivé à Paris avec la délégation de l'Union européenne. "
          "Son conseiller, Jean Petit, l'accompagnait.",
          "fr", Upto::kResolve);
  CHECK(AffiliationsOf(d, "Jean Petit") == 0);
}

TEST_CASE("'X, who heads ORG', 'X, qui dirige ORG', 'X, de ORG,'") {
  Document d = Run("\"Time is running out,\" said Anna Weber, who heads the Brussels office of Oxfam.", "en",
                   Upto::kResolve);
  CHECK(Affiliated(d, "Anna Weber", "Oxfam"));
  d = Run("Marie Dubois, qui dirige l'Institut Montaigne, juge le plan trop timide. "
          "Pour l'économiste Claire Vasseur, de BNP Paribas, la reprise viendra en 2027.",
          "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Marie Dubois", "Institut Montaigne"));
  CHECK(Affiliated(d, "Claire Vasseur", "BNP Paribas"));
}

TEST_CASE("generic nouns refer back to the organisation: 'de l'agence', 'du ministère'; a named group does not") {
  Document d = Run("L'Agence internationale de l'énergie atomique a publié son rapport. "
                   "Le directeur général de l'agence, Paul Martin, a appelé au calme.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Paul Martin", "Agence internationale de l'énergie atomique"));
  d = Run("EDF a annoncé la fermeture du site. Marie Dubois, présidente du groupe écologiste, a protesté.", "fr",
          Upto::kResolve);
  CHECK_FALSE(Affiliated(d, "Marie Dubois", "EDF"));
}

TEST_CASE("roles with modifiers and qualified governmental roles") {
  Document d = Run("According to Tom Baker, a shipping analyst at Jefferies in London, rates will rise. "
                   "Russian Deputy Prime Minister Alexander Novak said Russia would not raise output. "
                   "Norway's Trade Minister Anna Berg said the clause was acceptable.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Tom Baker", "Jefferies"));
  CHECK(Affiliated(d, "Alexander Novak", "Russia"));
  CHECK(Affiliated(d, "Anna Berg", "Norway"));
}

TEST_CASE("'ORG mission, led by X', 'leader in the ORG', a demonym after a governmental role") {
  Document d = Run("The IMF mission, led by Nathan Porter, left Islamabad.", "en", Upto::kResolve);
  CHECK(Affiliated(d, "Nathan Porter", "International Monetary Fund"));
  d = Run("La délégation du Hamas, conduite par Khalil Haya, est arrivée au Caire.", "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Khalil Haya", "Hamas"));
  d = Run("Omar Ayub Khan, the opposition leader in the National Assembly, objected. Paul Martin, the ambassador in "
          "France, agreed.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Omar Ayub Khan", "National Assembly"));
  CHECK_FALSE(Affiliated(d, "Paul Martin", "France"));
  d = Run("La Croatie attend. Le Premier ministre croate Andrej Plenković est arrivé.", "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Andrej Plenković", "Croatie"));
}

TEST_CASE("a classifier noun between the preposition and the organisation; local bodies") {
  Document d = Run("Leur porte-parole, Sandrine Le Goff, présidente de l'association Vitrines de Nantes, a protesté. "
                   "Johanna Rolland, présidente de Nantes Métropole, et Marc Lefèvre, urbaniste à l'université de "
                   "Nantes, ont répondu.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Sandrine Le Goff", "Vitrines de Nantes"));
  CHECK(Affiliated(d, "Johanna Rolland", "Nantes Métropole"));
  CHECK(Affiliated(d, "Marc Lefèvre", "université de Nantes"));
  d = Run("Tom Baker, an analyst at the broker Keller Partridge, said rates would rise.", "en", Upto::kResolve);
  CHECK(Affiliated(d, "Tom Baker", "Keller Partridge"));
}

TEST_CASE("'X, qui conduisait la délégation du ORG'") {
  Document d = Run("Sylvain Poadja, qui conduisait la délégation du FLNKS, a jugé le texte perfectible.", "fr",
                   Upto::kResolve);
  CHECK(Affiliated(d, "Sylvain Poadja", "FLNKS"));
}

TEST_CASE("'At ORG, ROLE X', a sentence opened by a role after the organisation's sentence, 'Senate' in 'U.S. Senate'") {
  Document d = Run("At the White House, press secretary Karoline Leavitt said the president would sign. "
                   "Au Rassemblement national, le député Julien Fabre a voté contre.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Karoline Leavitt", "White House"));
  d = Run("The Kremlin dismissed the vote. Spokesman Dmitry Peskov told reporters it changed nothing. "
          "Moscow rejected the plan. Foreign Minister Sergei Lavrov spoke later.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Dmitry Peskov", "Kremlin"));
  CHECK(AffiliationsOf(d, "Sergei Lavrov") == 0);
  d = Run("The U.S. Senate passed the bill. Senate Majority Leader John Thune said it was right.", "en",
          Upto::kResolve);
  CHECK(EntityNamed(d, "Senate") == EntityNamed(d, "U.S. Senate"));
  CHECK(Affiliated(d, "John Thune", "U.S. Senate"));
}

TEST_CASE("'X, the ORG's ROLE', 'of the European consumer organisation ORG'") {
  Document d = Run("The European Commission fined Meta. Teresa Ribera, the Commission's executive vice-president for "
                   "competition, spoke. Agustín Reyna, director general of the European consumer organisation BEUC, "
                   "agreed.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Teresa Ribera", "European Commission"));
  CHECK(Affiliated(d, "Agustín Reyna", "BEUC"));
  REQUIRE(EntityNamed(d, "Meta") >= 0);
  CHECK(d.entities[static_cast<size_t>(EntityNamed(d, "Meta"))].type == EntityType::kOrganization);
}

TEST_CASE("'Le mouvement chiite a rejeté …. Son chef, X': a generic noun opening the previous sentence") {
  Document d = Run("Israel Katz a accusé le Hezbollah. Le mouvement chiite a rejeté ces accusations. Son chef, Naïm "
                   "Qassem, a parlé à la télévision.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Naïm Qassem", "Hezbollah"));
}

TEST_CASE("the country of a delegation a person leads: 'la délégation égyptienne était conduite par le ministre …, X'") {
  Document d = Run("L'Égypte et l'Éthiopie ont repris leurs discussions. La délégation égyptienne était conduite par le "
                   "ministre de l'Irrigation, Hani Soueilam. La délégation américaine, conduite par l'envoyé spécial "
                   "Steve Witkoff, ne s'est pas exprimée aux États-Unis.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Hani Soueilam", "Égypte"));
  CHECK(Affiliated(d, "Steve Witkoff", "États-Unis"));
  d = Run("Egypt and Ethiopia resumed their talks. The Egyptian delegation was led by Irrigation Minister Hani Soueilam. "
          "The talks were led by Ethiopia, and John Smith of Reuters reported from the hall.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Hani Soueilam", "Egypt"));
  CHECK(!Affiliated(d, "John Smith", "Ethiopia"));
}

TEST_CASE("a place before the determiner of a role phrase is not the person's: 'au Caire le Premier ministre soudanais, X'") {
  Document d = Run("Abdel Fattah al-Sissi avait reçu au Caire le Premier ministre soudanais, Kamil Idris. "
                   "White House spokeswoman Karoline Leavitt said the visit went well.",
                   "fr", Upto::kResolve);
  CHECK(!Affiliated(d, "Kamil Idris", "Le Caire"));
  CHECK(Affiliated(d, "Karoline Leavitt", "White House"));
}

TEST_CASE("'X (ORG)': the organisation in parentheses after a person") {
  Document d = Run("Le sénateur Paul Morel (Union centriste) a dénoncé le texte.", "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Paul Morel", "Union centriste"));
  d = Run("Representative Anna Weber (Green Alliance) voted against the bill.", "en", Upto::kResolve);
  CHECK(Affiliated(d, "Anna Weber", "Green Alliance"));
}

TEST_CASE("a minister and the ministry of the portfolio; a commissioner and the Commission") {
  Document d = Run("Le ministère malien de la Justice a démenti. Le ministre de la Justice, Paul Morel, a rappelé "
                   "que l'enquête continuait.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Paul Morel", "ministère malien de la Justice"));
  d = Run("Kenya's finance ministry said the payment was made. Finance Minister Anna Weber told reporters the debt "
          "was sustainable.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Anna Weber", "finance ministry"));
  d = Run("La Commission a publié ses prévisions. Le commissaire au Commerce, Paul Morel, a expliqué que les droits "
          "de douane pesaient.",
          "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Paul Morel", "Commission"));
  // Another country's ministry, or another portfolio, is not the minister's.
  d = Run("China's foreign ministry said the talks were useful. Malaysia's foreign minister, Mohamad Hasan, "
          "chaired them. Le ministère de la Défense a réagi.",
          "en", Upto::kResolve);
  CHECK_FALSE(Affiliated(d, "Mohamad Hasan", "foreign ministry"));
  d = Run("Le ministère malien de la Justice a démenti. Le ministre de la Défense, Paul Morel, a rappelé que "
          "l'enquête continuait.",
          "fr", Upto::kResolve);
  CHECK_FALSE(Affiliated(d, "Paul Morel", "ministère malien de la Justice"));
}

TEST_CASE("'ORG, the party of X', 'ORG, le parti fondé par X'") {
  Document d = Run("Talks ended. Likud, the party of Prime Minister Benjamin Netanyahu, said it would not back the plan. "
                   "Together for the Republic, the party of opposition leader Moïse Katumbi, called for a vote.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Benjamin Netanyahu", "Likud"));
  CHECK(Affiliated(d, "Moïse Katumbi", "Together for the Republic"));
  d = Run("Le vote a eu lieu. Le Rassemblement, le parti fondé par Jean Moreau, a protesté.", "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Jean Moreau", "Rassemblement"));
}

TEST_CASE("'X, a former ORG official', 'X, an economist with ORG', 'X, l'un des dirigeants du ORG', 'élue du ORG'") {
  Document d = Run("Talks resumed. Paul Morel, a former IMF official, said the plan would fail. Lena Holm, an "
                   "economist with Nordea, agreed. Ali Nasser, a Hamas negotiator, said the group was ready. Sara "
                   "Olsen, one of the negotiators of Oxfam, spoke.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Paul Morel", "International Monetary Fund"));
  CHECK(Affiliated(d, "Lena Holm", "Nordea"));
  CHECK(Affiliated(d, "Ali Nasser", "Hamas"));
  CHECK(Affiliated(d, "Sara Olsen", "Oxfam"));
  d = Run("Les discussions ont repris. Jan Smit, l'un des dirigeants du Hamas, a démenti. Lena Holm, élue du "
          "Rassemblement national, a voté contre.",
          "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Jan Smit", "Hamas"));
  CHECK(Affiliated(d, "Lena Holm", "Rassemblement national"));
}

TEST_CASE("'le député Renaissance X', 'la sénatrice LR X': the organisation between the role and the name") {
  Document d = Run("Le vote a eu lieu. Le député Renaissance Antoine Verdier estime que la majorité a raison. Selon la "
                   "sénatrice LR Claire Morin, le texte passera.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Antoine Verdier", "Renaissance"));
  CHECK(Affiliated(d, "Claire Morin", "Les Républicains"));
  d = Run("The vote took place. Former Labour MP Anna Weber said the bill would pass.", "en", Upto::kResolve);
  CHECK(Affiliated(d, "Anna Weber", "Labour Party"));
}

TEST_CASE("'ORG's chief executive, X' with an organisation known only from that context") {
  Document d = Run("Talks resumed. Veltrix's chief executive, Jan Smit, said the deal was fair.", "en", Upto::kResolve);
  CHECK(Affiliated(d, "Jan Smit", "Veltrix"));
  d = Run("Les négociations ont repris. Le PDG de Veltrix, Jan Smit, a jugé l'accord équitable.", "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Jan Smit", "Veltrix"));
}

TEST_CASE("'X, the Turkish foreign minister,': a demonym before the role in an apposition gives the country") {
  Document d = Run("Talks resumed in Ankara. Hakan Fidan, the Turkish foreign minister, said progress was made. Turkey "
                   "sent a delegation.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Hakan Fidan", "Turkey"));
  // French puts the demonym after the role ("Badr Abdelatty, ministre égyptien des Affaires étrangères"), read
  // by Nationality; an English apposition without a determiner works as the one with it.
  d = Run("Rwanda sent a delegation. Olivier Nduhungirehe, Rwandan foreign minister, welcomed the deal.", "en",
          Upto::kResolve);
  CHECK(Affiliated(d, "Olivier Nduhungirehe", "Rwanda"));
}

TEST_CASE("'X of the Bogotá-based ORG': a compound adjective between the preposition and the name") {
  Document d = Run("Talks resumed. Kyle Johnson of the Bogotá-based Conflict Responses Foundation said the truce was "
                   "fragile.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Kyle Johnson", "Conflict Responses Foundation"));
  // The English compound has no French counterpart ("basée à Bogotá" follows the name).
  d = Run("Talks resumed. \"The truce is fragile,\" said Kyle Johnson, of the Kyiv-based Razom Foundation.", "en",
          Upto::kResolve);
  CHECK(Affiliated(d, "Kyle Johnson", "Razom Foundation"));
}

TEST_CASE("'ORG, whose chief executive, X', 'ORG, dont la porte-parole, X'; 'its minister' after a country") {
  Document d = Run("The Scottish Pelagic Fishermen's Association, whose chief executive, Ian Gatt, followed the talks, "
                   "said the outcome was bad. Norway hosted the meeting in Bergen, where its fisheries minister, "
                   "Marianne Sivertsen Næss, met her counterparts. \"It is over,\" said Anna Berg, a fisheries "
                   "biologist at the University of Iceland.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Ian Gatt", "Scottish Pelagic Fishermen's Association"));
  CHECK(Affiliated(d, "Marianne Sivertsen Næss", "Norway"));
  CHECK(Affiliated(d, "Anna Berg", "University of Iceland"));
  d = Run("Les discussions ont repris. La Confédération paysanne, dont la porte-parole, Laurence Marandola, était "
          "présente, a protesté. La Norvège a accueilli la réunion, où son ministre de la Pêche, Karl Moe, a reçu "
          "ses homologues.",
          "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Laurence Marandola", "Confédération paysanne"));
  CHECK(Affiliated(d, "Karl Moe", "Norvège"));
  CHECK_FALSE(Affiliated(d, "Karl Moe", "Confédération paysanne"));
}

TEST_CASE("demonyms of the Faroe Islands and Greenland") {
  Document d = Run("The talks included the Faroe Islands and Greenland. The Faroese minister, Dennis Holm, said his "
                   "government would wait. Greenlandic Fisheries Minister Karl Tobiassen agreed.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Dennis Holm", "Faroe Islands"));
  CHECK(Affiliated(d, "Karl Tobiassen", "Greenland"));
  d = Run("Le Groenland participait. Le ministre groenlandais de la Pêche, Karl Tobiassen, a approuvé.", "fr",
          Upto::kResolve);
  CHECK(Affiliated(d, "Karl Tobiassen", "Groenland"));
}

TEST_CASE("'et'/'and' inside an organisation's name between a role and a person; roles vice-secrétaire, associate, general secretary") {
  Document d = Run("La France refuse. Le porte-parole du ministère de l'Europe et des Affaires étrangères, Antoine Ferlay, a "
                   "répété lundi que rien n'était fait.",
                   "fr");
  CHECK(Affiliated(d, "Antoine Ferlay", "ministère de l'Europe et des Affaires étrangères"));
  d = Run("La délégation, conduite par le vice-secrétaire du Conseil de sécurité nationale et de défense, Oleksandr "
          "Hrytsenko, est arrivée.",
          "fr");
  CHECK(Affiliated(d, "Oleksandr Hrytsenko", "Conseil de sécurité nationale et de défense"));
  d = Run("Funds rose. Andrés Villalobos, an associate at the World Resources Institute in Washington, noted the gap. "
          "\"Nothing changed,\" said Tomás Ibarra, the general secretary of the International Labour Organization.",
          "en");
  CHECK(Affiliated(d, "Andrés Villalobos", "World Resources Institute"));
  CHECK(Affiliated(d, "Tomás Ibarra", "International Labour Organization"));
  d = Run("Le traité divise. L'Organisation mondiale de la santé (OMS) a publié un texte. Chercheur à l'Institut de hautes "
          "études internationales et du développement, Pierre-Louis Bénézet rappelle qu'aucun traité n'a été adopté.",
          "fr");
  CHECK_FALSE(Affiliated(d, "Pierre-Louis Bénézet", "Organisation mondiale de la santé"));
}

TEST_CASE("'X of COUNTRY' affiliates X with the country, not with a town") {
  Document d = Run("The fund approved projects. Board co-chair Ingrid Solheim of Norway said it moved faster. Her fellow "
                   "co-chair, Tevita Fonua of Tonga, was blunter. Chef Anna Berg of Malmö cooked.",
                   "en");
  CHECK(Affiliated(d, "Ingrid Solheim", "Norway"));
  CHECK(Affiliated(d, "Tevita Fonua", "Tonga"));
  CHECK_FALSE(Affiliated(d, "Anna Berg", "Malmö"));
}

TEST_CASE("a generic noun heading a compound ('groupe de travail', 'group of experts') refers to no organisation named before") {
  Document d = Run("L'Organisation mondiale de la santé a publié un texte. Hélène Vasseur, coprésidente du groupe de travail "
                   "intergouvernemental, a reconnu que le texte n'était pas mûr.",
                   "fr");
  CHECK_FALSE(Affiliated(d, "Hélène Vasseur", "Organisation mondiale de la santé"));
  d = Run("The World Health Organization published a draft. Anna Berg, who chairs the group of experts, said it was "
          "not ready. Tom Reid, the head of the group, agreed.",
          "en");
  CHECK_FALSE(Affiliated(d, "Anna Berg", "World Health Organization"));
}

TEST_CASE("a role in apposition to the person before it is not the next name's") {
  Document d = Run("Le traité divise. Pour Narine Sargsyan, politologue à l'université d'État d'Erevan, Nikol Pachinian « ne "
                   "prendra aucun risque ».",
                   "fr");
  CHECK(Affiliated(d, "Narine Sargsyan", "université d'État d'Erevan"));
  CHECK_FALSE(Affiliated(d, "Nikol Pachinian", "université d'État d'Erevan"));
  d = Run("Markets fell. For Anna Berg, an analyst at Nordea, Lars Holm \"has no room left\".", "en");
  CHECK(Affiliated(d, "Anna Berg", "Nordea"));
  CHECK_FALSE(Affiliated(d, "Lars Holm", "Nordea"));
}

TEST_CASE("a demonym qualifying the ministry that owns a role gives no country affiliation") {
  Document d = Run("Talks ended in Cairo. Turkey offered troops. Turkish Foreign Ministry spokesman Selim Aydogan wrote that "
                   "Ankara was ready.",
                   "en");
  CHECK(Affiliated(d, "Selim Aydogan", "Turkish Foreign Ministry"));
  CHECK_FALSE(Affiliated(d, "Selim Aydogan", "Turkey"));
  d = Run("Talks ended in Cairo. Turkey offered troops. Turkish Foreign Minister Hakan Fidan said Ankara was ready.", "en");
  CHECK(Affiliated(d, "Hakan Fidan", "Turkey"));
}

TEST_CASE("a name before a capitalised company officer's role and a person's name is the company") {
  Document d = Run("Shares rose. \"This is the right deal,\" Norrvik Chief Executive Ingrid Sandell told analysts. Later, "
                   "Finance Minister Elisabeth Svantesson said nothing.",
                   "en");
  CHECK(Affiliated(d, "Ingrid Sandell", "Norrvik"));
  CHECK(EntityNamed(d, "Finance") < 0);
}

// English only: French has no possessive before the role.
TEST_CASE("an organisation's possessive opening an apposition: its noun phrase is the person's function") {
  Document d = Run("Greenpeace criticised the vote. \"It is a missed chance,\" said Helga Voss, Greenpeace's "
                   "senior fisheries liaison, after the session.", "en");
  CHECK(Affiliated(d, "Helga Voss", "Greenpeace"));
  // A place's possessive gives no affiliation without a governmental role.
  d = Run("Olga Marin, Norway's best-known skier, said she would retire.", "en");
  CHECK(AffiliationsOf(d, "Olga Marin") == 0);
}

TEST_CASE("a possessive's owner is no name governed by a preposition; a country after 'for/pour' is a destination") {
  Document d = Run("In a statement read outside the Central Bank, the Norvex Union's delegation rejected the plan. "
                   "Its head, Paul Martin, said the talks were over.", "en");
  CHECK(Affiliated(d, "Paul Martin", "Norvex Union"));
  CHECK(!Affiliated(d, "Paul Martin", "Central Bank"));
  d = Run("Dans un texte lu devant le Conseil d'État, la fédération Solvar a rejeté le plan. "
          "Son président, Paul Martin, a quitté la salle.", "fr");
  CHECK(Affiliated(d, "Paul Martin", "Solvar"));
  CHECK(!Affiliated(d, "Paul Martin", "Conseil d'État"));
  d = Run("Norway's special envoy for Colombia, Dag Berge, said the mechanism would hold.", "en");
  CHECK(!Affiliated(d, "Dag Berge", "Colombia"));
  d = Run("L'envoyé spécial norvégien pour la Colombie, Dag Berge, a salué l'accord.", "fr");
  CHECK(!Affiliated(d, "Dag Berge", "Colombie"));
}

TEST_CASE("a plural possessive opening a sentence stands for the lone organisation of the sentence before") {
  Document d = Run("Le blocage vient désormais du côté du Parti écologiste. Leur porte-parole, Anna Lind, a "
                   "refusé tout compromis.", "fr");
  CHECK(Affiliated(d, "Anna Lind", "Parti écologiste"));
  d = Run("The resistance now comes from the Green Union. Their spokeswoman, Anna Lind, rejected any deal.", "en");
  CHECK(Affiliated(d, "Anna Lind", "Green Union"));
  // A person named in the sentence before: no guess.
  d = Run("Paul Berg criticised the Green Union on Monday. Their spokeswoman, Anna Lind, rejected the charge.",
          "en");
  CHECK(AffiliationsOf(d, "Anna Lind") == 0);
}

TEST_CASE("a listed role after a co-, ex- or vice- prefix is a role") {
  Document d = Run("Kyle Dorn, co-founder of the Andean Peace Foundation, said the truce had failed.", "en");
  CHECK(Affiliated(d, "Kyle Dorn", "Andean Peace Foundation"));
  d = Run("Selon Lucie Marchal, co-fondatrice de l'association Terre Solidaire, le texte est fragile.", "fr");
  CHECK(Affiliated(d, "Lucie Marchal", "Terre Solidaire"));
}

// English only: French says "le directeur général de l'agence, X" (tested above).
TEST_CASE("a generic noun's possessive in an apposition stands for the organisation it refers to") {
  Document d = Run("The Nordic Fisheries Authority approved the quotas. Ola Berg, the regulator's chief executive, "
                   "said the stock was recovering.", "en");
  CHECK(Affiliated(d, "Ola Berg", "Nordic Fisheries Authority"));
}

TEST_CASE("'en chef' / 'in chief' qualify a governmental role before its country") {
  Document d = Run("À Cali, Kwame Boateng, négociateur en chef du Ghana, a salué le texte.", "fr");
  CHECK(Affiliated(d, "Kwame Boateng", "Ghana"));
  d = Run("In Cali, Kwame Boateng, negotiator in chief of Ghana, welcomed the text.", "en");
  CHECK(Affiliated(d, "Kwame Boateng", "Ghana"));
}

TEST_CASE("a possessive opening a sentence: the lone organisation, 'its' past a person, the subject country") {
  Document fr = Run("Au siège de la Confédération des cheminots, l'inquiétude domine. "
                    "Son président, Jean Petit, dénonce un budget injuste. "
                    "La Norvège, elle, refuse tout compromis. Son vice-ministre de la Pêche, Ola Berg, l'a répété.",
                    "fr", Upto::kResolve);
  CHECK(Affiliated(fr, "Jean Petit", "Confédération des cheminots"));
  CHECK(Affiliated(fr, "Ola Berg", "Norvège"));
  Document en = Run("Prime Minister Anna Weber governs with a coalition, and the farmers' party Greenway Alliance has "
                    "attacked the deal. Its deputy leader, Paul Martin, wants a vote.",
                    "en", Upto::kResolve);
  CHECK(Affiliated(en, "Paul Martin", "Greenway Alliance"));
  // A person's adviser is still no organisation's: a sentence naming a person and an organisation is no lone one.
  Document p = Run("Paul Moreau a reçu la délégation de l'Union européenne. Son conseiller, Jean Petit, l'accompagnait.",
                   "fr", Upto::kResolve);
  CHECK(AffiliationsOf(p, "Jean Petit") == 0);
}

TEST_CASE("a relative clause telling where a person works: 'who teaches … at ORG', 'qui travaille à ORG'") {
  Document en = Run("Anna Weber, who teaches maritime law at the Northbridge Institute of Technology, doubts it. "
                    "Omar Reyes, who sits on the board of the Harbour Traders Association, agreed.",
                    "en", Upto::kResolve);
  CHECK(Affiliated(en, "Anna Weber", "Northbridge Institute of Technology"));
  CHECK(Affiliated(en, "Omar Reyes", "Harbour Traders Association"));
  Document fr = Run("Lina Moreau, qui travaille depuis dix ans à l'Institut des hautes études maritimes, reste prudente. "
                    "Paul Girard, qui enseigne le droit, cite la Banque mondiale.",
                    "fr", Upto::kResolve);
  CHECK(Affiliated(fr, "Lina Moreau", "Institut des hautes études maritimes"));
  CHECK(!Affiliated(fr, "Paul Girard", "Banque mondiale"));  // the clause ends at the comma
}

TEST_CASE("a role without a nationality takes the country named before it, not another country's ministry") {
  Document fr = Run("Le ministère turc des Affaires étrangères a publié un communiqué. "
                    "Côté arménien, la vice-ministre des Affaires étrangères, Anahit Petrossian, a salué l'accord. "
                    "Le ministre des Affaires étrangères, Jean Petit, a répondu.",
                    "fr", Upto::kResolve);
  CHECK(!Affiliated(fr, "Anahit Petrossian", "ministère turc des Affaires étrangères"));
  CHECK(Affiliated(fr, "Jean Petit", "ministère turc des Affaires étrangères"));  // no other country: as before
  Document en = Run("The Qatari foreign ministry hosted the talks. Kinshasa was represented by Paul Martin, deputy "
                    "foreign minister.",
                    "en", Upto::kResolve);
  CHECK(!Affiliated(en, "Paul Martin", "Qatari foreign ministry"));
}

TEST_CASE("an ambassador's posting is no affiliation with that country") {
  Document fr = Run("La Turquie a dépêché Selim Kaya, ancien ambassadeur à Washington, à la réunion.", "fr",
                    Upto::kResolve);
  CHECK(!Affiliated(fr, "Selim Kaya", "Washington"));
  Document en = Run("Paul Martin, a former ambassador to Japan, led the Canadian side.", "en", Upto::kResolve);
  CHECK(!Affiliated(en, "Paul Martin", "Japon"));
  CHECK(!Affiliated(en, "Paul Martin", "Japan"));
}

TEST_CASE("a role in a country's government is the country's") {
  Document en = Run("\"We are ready,\" says Paul Martin, the permanent secretary for trade in Norway's government.",
                    "en", Upto::kResolve);
  CHECK(Affiliated(en, "Paul Martin", "Norway"));
  // A place that is no country, or no government, gives none.
  Document city = Run("\"We are ready,\" says Anna Weber, the head of planning in Oslo's administration.", "en",
                      Upto::kResolve);
  CHECK(!Affiliated(city, "Anna Weber", "Oslo"));
}

TEST_CASE("'X, the ACRONYM's ROLE': an unknown organisation's possessive before the role") {
  Document d = Run("Margot Keane, the FNW's director of pay policy, led the talks.", "en", Upto::kResolve);
  CHECK(EntityNamed(d, "Margot Keane") >= 0);
  CHECK(Affiliated(d, "Margot Keane", "FNW"));
}

TEST_CASE("the professions of quoted experts and representatives are roles: 'X, politiste à ORG', 'X, the ORG's MLA'") {
  Document d = Run("Lucie Verdier, politiste à l'Université de Lausanne, juge l'accord fragile. Pour Marc Olivant, "
                   "associé au cabinet Kearney, rien n'est joué.",
                   "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Lucie Verdier", "Université de Lausanne"));
  CHECK(Affiliated(d, "Marc Olivant", "Kearney"));
  d = Run("Sean Dolan, the DUP's MLA for Lagan Valley, was unconvinced. Maria Costa, a consultant at McKinsey, "
          "disagreed.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Sean Dolan", "DUP"));
  CHECK(Affiliated(d, "Maria Costa", "McKinsey"));
}

TEST_CASE("'ROLE de ORG, apposition of ORG, X': an apposition describing the organisation between role and name") {
  Document d = Run("Ce matin, la présidente de la Cobrat, le premier syndicat des dockers, Lina Morel, a parlé.", "fr",
                   Upto::kResolve);
  CHECK(Affiliated(d, "Lina Morel", "Cobrat"));
  d = Run("On Monday the president of Unison, a union of care workers, Mary Dole, said no.", "en",
          Upto::kResolve);
  CHECK(Affiliated(d, "Mary Dole", "Unison"));
  // A name inside the apposition: no affiliation across it.
  d = Run("Ce matin, le président de la Cobrat, le syndicat de Paul Rivet, Lina Morel, a parlé.", "fr",
          Upto::kResolve);
  CHECK_FALSE(Affiliated(d, "Lina Morel", "Cobrat"));
}

TEST_CASE("heading an organisation: 'X has led ORG', 'X, who heads ORG1 at ORG2', 'at ORG1's ORG2'") {
  Document d = Run("Wanjiru Kariuki has led the Central Bank of Kenya since June.", "en", Upto::kResolve);
  CHECK(Affiliated(d, "Wanjiru Kariuki", "Central Bank of Kenya"));
  d = Run("Depuis 2019, Aminata Diallo dirige l'Institut Pasteur de Dakar.", "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Aminata Diallo", "Institut Pasteur"));
  d = Run("Radhika Mehta, who heads the Centre for Trade Studies at the Indian Institute of Foreign Trade, says "
          "exporters could lose.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Radhika Mehta", "Centre for Trade Studies"));
  CHECK(Affiliated(d, "Radhika Mehta", "Indian Institute of Foreign Trade"));
  d = Run("Warwick Stone, a former negotiator now at the University of Adelaide's Institute for International "
          "Trade, believes the window is closing.",
          "en", Upto::kResolve);
  CHECK(Affiliated(d, "Warwick Stone", "University of Adelaide"));
  CHECK(Affiliated(d, "Warwick Stone", "Institute for International Trade"));
  // The organisation must follow the verb: "led the protest against ORG" is no affiliation.
  d = Run("Wanjiru Kariuki led the protest against the Central Bank of Kenya.", "en", Upto::kResolve);
  CHECK_FALSE(Affiliated(d, "Wanjiru Kariuki", "Central Bank of Kenya"));
}

TEST_CASE("a rank or title between the role's comma and the name: 'Its spokesman, Commodore X'") {
  Document d = Run("The Philippine Coast Guard sent a ship. Its spokesman, Commodore Arnel Bautiste, said the line was "
                   "not enough.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Arnel Bautiste", "Philippine Coast Guard"));
  d = Run("Le ministère des Armées a dépêché une frégate. Son porte-parole, le colonel Anne Roux, a confirmé.", "fr",
          Upto::kResolve);
  CHECK(Affiliated(d, "Anne Roux", "ministère des Armées"));
}

TEST_CASE("more generic nouns refer back: 'a spokesperson for the airline', 'la présidente de la fédération'") {
  Document d = Run("Kenya Airways cancelled six flights. A spokesperson for the airline, Halima Msuya, said crews were "
                   "tired.",
                   "en", Upto::kResolve);
  CHECK(Affiliated(d, "Halima Msuya", "Kenya Airways"));
  d = Run("La Fédération française de tennis a publié le calendrier. La présidente de la fédération, Anne Morel, l'a "
          "défendu.",
          "fr", Upto::kResolve);
  CHECK(Affiliated(d, "Anne Morel", "Fédération française de tennis"));
}

TEST_CASE("an organisation's acronym in parentheses between the role and the name: 'du Service ghanéen des impôts (SGI), X'") {
  Document fr = Run("La secrétaire générale adjointe du Service ghanéen des impôts (SGI), Ama Mensah, a salué un accord.", "fr");
  CHECK(Affiliated(fr, "Ama Mensah", "Service ghanéen des impôts"));
  Document en = Run("The head of the International Atomic Energy Agency (IAEA), Rafael Grossi, arrived in Tehran.", "en");
  CHECK(Affiliated(en, "Rafael Grossi", "International Atomic Energy Agency"));
  // Something else in parentheses still separates them.
  Document other = Run("The head of the agency (which opened in 2019), Rafael Grossi, arrived.", "en");
  CHECK(other.affiliations.empty());
}

TEST_CASE("a region or country before the role is its field: 'X, senior Sahel analyst at Y'") {
  Document en = Run("Laura Finch, senior Sahel analyst at the International Peace Institute, said the deal was fragile.", "en");
  CHECK(Affiliated(en, "Laura Finch", "International Peace Institute"));
  CHECK(!Affiliated(en, "Laura Finch", "Sahel"));
  Document en2 = Run("Gianni Rossi, Central Asia regional director of the World Bank, said the bank was ready.", "en");
  CHECK(Affiliated(en2, "Gianni Rossi", "World Bank"));
}
