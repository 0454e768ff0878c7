// Stage 7: documents and NEGOTIATED_BETWEEN.
#include <doctest/doctest.h>

#include <algorithm>

#include "tests/ingest/helpers.h"

using namespace kg::ingest;
using namespace kg::ingest::testing;

TEST_CASE("an enumeration of documents negotiated between two parties") {
  Document d = Run("Des négociations sont en cours entre Paris et Berlin sur trois textes : le pacte de stabilité "
                   "budgétaire, les garanties bancaires et le plan de relance industrielle.",
                   "fr");
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"pacte de stabilité budgétaire", "garanties bancaires",
                                          "plan de relance industrielle"});
  for (const auto& doc : d.documents) {
    REQUIRE(doc.parties.size() == 2);
    CHECK(NameOf(d, doc.parties[0].first) == "Paris");
    CHECK(NameOf(d, doc.parties[1].first) == "Berlin");
  }
}

TEST_CASE("English documents, premodifiers, negotiated between after the name") {
  Document d = Run("Both sides discussed the 12-point peace plan, negotiated between Kyiv and Moscow since May. "
                   "They also reviewed the Framework Agreement on Reciprocal Trade.",
                   "en");
  REQUIRE(d.documents.size() == 2);
  CHECK(d.documents[0].name == "12-point peace plan");
  CHECK(d.documents[0].parties.size() == 2);
  CHECK(d.documents[1].name == "Framework Agreement on Reciprocal Trade");
}

TEST_CASE("a shorter name of the same document is an alias; bare nouns and idioms are not documents") {
  Document d = Run("Le plan de paix en vingt points a été présenté. Le plan de paix divise. L'accord reste loin. "
                   "Sur le plan économique, rien ne change.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "plan de paix en vingt points");
  CHECK(d.documents[0].aliases == std::vector<std::string>{"plan de paix"});
}

TEST_CASE("parties as the subjects of a negotiation verb") {
  Document d = Run("Paris et Berlin négocient depuis mai un pacte de stabilité budgétaire.", "fr");
  REQUIRE(d.documents.size() == 1);
  std::vector<std::string> parties;
  for (const auto& p : d.documents[0].parties) parties.push_back(NameOf(d, p.first));
  std::sort(parties.begin(), parties.end());
  CHECK(parties == std::vector<std::string>{"Berlin", "Paris"});
}

TEST_CASE("rich premodifiers after an indefinite article; the draft of a document") {
  Document d = Run("Negotiators examined a draft Baltic fisheries arrangement. Later, the chair tabled a new draft of "
                   "the coastal protection decision.",
                   "en");
  REQUIRE(d.documents.size() == 2);
  CHECK(d.documents[0].name == "draft Baltic fisheries arrangement");
  CHECK(d.documents[1].name == "coastal protection decision");
  CHECK(d.documents[1].aliases == std::vector<std::string>{"draft"});
}

TEST_CASE("a bare definite noun refers to the latest document with that head") {
  Document d = Run("Lima et Quito ont présenté un accord de pêche. L'accord a été négocié entre Lima et Quito "
                   "pendant deux ans.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "accord de pêche");
  CHECK(d.documents[0].parties.size() == 2);
}

TEST_CASE("a bare noun names no document, even in a sentence about negotiating") {
  Document a = Run("The treaty was negotiated between Chile and Peru over a decade.", "en");
  CHECK(a.documents.empty());
  Document b = Run("The treaty remains popular in both countries.", "en");
  CHECK(b.documents.empty());
  Document c = Run("Selon les négociateurs, le protocole a été signé mardi soir.", "fr");
  CHECK(c.documents.empty());
}

TEST_CASE("signatories and a negotiating partner after with") {
  Document a = Run("The border protocol was signed by Chile and Peru in Lima.", "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].parties.size() == 2);
  Document b = Run("Chile is negotiating with Peru a maritime treaty on fishing rights.", "en");
  REQUIRE(b.documents.size() == 1);
  std::vector<std::string> parties;
  for (const auto& p : b.documents[0].parties) parties.push_back(NameOf(b, p.first));
  std::sort(parties.begin(), parties.end());
  CHECK(parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("truces are documents; a preposition of place ends the name") {
  Document d = Run("Both sides signed a memorandum on a ceasefire along the front line.", "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "memorandum on a ceasefire");
}

TEST_CASE("the same words in another order are one document; a pronoun is not a premodifier") {
  Document d = Run("Ministers backed the agreement on fishing quotas. The fishing quota agreement expires in May. "
                   "The union said it wanted written guarantees on jobs.",
                   "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "agreement on fishing quotas");
  CHECK(d.documents[0].aliases == std::vector<std::string>{"fishing quota agreement"});
}

namespace {
std::vector<std::string> DocNames(const Document& d) {
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  return names;
}
std::vector<std::string> PartiesOf(const Document& d, size_t i) {
  std::vector<std::string> names;
  for (const auto& p : d.documents[i].parties) names.push_back(NameOf(d, p.first));
  std::sort(names.begin(), names.end());
  return names;
}
}  // namespace

TEST_CASE("numbered documents end at their number, with or without a determiner") {
  Document d = Run("Le Conseil a rappelé la résolution 2231 du Conseil de sécurité et la résolution 5/14 de "
                   "l'Assemblée.",
                   "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"résolution 2231", "résolution 5/14"});
  d = Run("She said UN Security Council resolution 2736, which demanded an end to the siege, was ignored.", "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name.find("resolution 2736") != std::string::npos);
  d = Run("Resolution 242 remains the basis of every plan.", "en");
  REQUIRE(!d.documents.empty());
  CHECK(d.documents[0].name == "Resolution 242");
}

TEST_CASE("a year, a time or an evaluation ends a document name; idioms with d'accord are no documents") {
  Document d = Run("Le texte doit succéder à l'accord de Nouméa de 1998 et au protocole d'accord sur la "
                   "citoyenneté d'ici au 30 avril.",
                   "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"accord de Nouméa", "protocole d'accord sur la citoyenneté"});
  d = Run("Faute d'accord sur le fond, le gouvernement a conclu un accord de dernière minute.", "fr");
  CHECK(d.documents.empty());
  d = Run("The leaders recalled the Paris Agreement of 2015.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"Paris Agreement"});
  d = Run("Un traité sans plafond serait un traité pour rien.", "fr");
  CHECK(d.documents.empty());
}

TEST_CASE("complements with contre/against and possessives continue a document name") {
  Document d = Run("Les négociations sur le traité mondial contre la pollution plastique ont repris.", "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"traité mondial contre la pollution plastique"});
  d = Run("Both countries signed the convention against the financing of terrorism in May.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"convention against the financing of terrorism"});
  d = Run("Ministers adopted a joint action plan against smuggling networks.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"joint action plan"});
  d = Run("Le projet d'accord sur la libre circulation des personnes et des marchandises avance.", "fr");
  CHECK(DocNames(d) ==
        std::vector<std::string>{"projet d'accord sur la libre circulation des personnes et des marchandises"});
  // A head before a meeting or document noun only modifies it.
  d = Run("The ceasefire talks resumed in Doha, and the 2020 ceasefire deal was recalled.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"2020 ceasefire deal"});
  d = Run("Ils ont adopté une feuille de route sur la normalisation de leurs relations.", "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"feuille de route sur la normalisation de leurs relations"});
  // An English complement is at most two words after its preposition: a verb follows.
  d = Run("The draft text on the protection of aid convoys builds on earlier pledges.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"draft text on the protection of aid convoys"});
}

TEST_CASE("an English compound is the same document as the full name with its head") {
  Document d = Run("The ministers discussed a separate protocol on the delimitation of the border. "
                   "A diplomat said the border protocol was the easier part.",
                   "en");
  CHECK(DocNames(d) == std::vector<std::string>{"protocol on the delimitation of the border"});
  d = Run("Les deux pays négocient un accord sur le cessez-le-feu. Le texte de l'accord sur le cessez-le-feu "
          "circule.",
          "fr");
  CHECK(d.documents.size() == 1);
}

TEST_CASE("parties named in the next sentence for the documents just listed") {
  Document d = Run("Officially, two documents: a memorandum on a ceasefire along the front line, and a protocol on "
                   "the exchange of prisoners. Both have been negotiated between Kyiv and Moscow since December.",
                   "en");
  REQUIRE(d.documents.size() == 2);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Kyiv", "Moscow"});
  CHECK(PartiesOf(d, 1) == std::vector<std::string>{"Kyiv", "Moscow"});
  d = Run("Les discussions portent sur un accord intérimaire sur l'enrichissement et une feuille de route sur les "
          "sanctions. Ces documents sont négociés entre l'Iran et les États-Unis.",
          "fr");
  REQUIRE(d.documents.size() == 2);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Iran", "États-Unis"});
  CHECK(PartiesOf(d, 1) == std::vector<std::string>{"Iran", "États-Unis"});
  // Without an anaphoric subject, a later sentence's parties are not the listed documents'.
  d = Run("Les discussions portent sur un accord intérimaire sur l'enrichissement. "
          "Des négociations ont eu lieu entre le Qatar et l'Égypte sur un autre sujet.",
          "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].parties.empty());
}

TEST_CASE("'between the two countries' is the latest pair named; an unnamed agreement passes its parties on") {
  Document d = Run("The board selected Doha and Ahmedabad for the next phase. The host contract will now be "
                   "negotiated between the International Olympic Committee and the two candidate cities.",
                   "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) ==
        std::vector<std::string>{"Ahmedabad", "Doha", "International Olympic Committee"});
  d = Run("Paris et Berlin ont conclu lundi un accord de dernière minute entre la France et l'Allemagne. "
          "Cet accord sur le financement des réacteurs a rallié les députés.",
          "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Allemagne", "France"});
}

TEST_CASE("names of several words are documents on their own; a verb of making names 'a humanitarian truce'") {
  Document d = Run("Les deux camps ont adopté la feuille de route. Le protocole d'accord sera rédigé d'ici l'été.", "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"feuille de route", "protocole d'accord"});
  d = Run("The draft text was circulated on Monday.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"draft text"});
  // A single noun names nothing, adopted or not.
  d = Run("The memorandum was mentioned by the press.", "en");
  CHECK(d.documents.empty());
  d = Run("Ministers adopted the memorandum on Friday.", "en");
  CHECK(d.documents.empty());
  d = Run("Mediators hope to finalise a humanitarian truce next month.", "en");
  CHECK(DocNames(d) == std::vector<std::string>{"humanitarian truce"});
  d = Run("Les deux pays veulent négocier un accord commercial avant l'été.", "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"accord commercial"});
  // Without such a verb, an indefinite article and one premodifier name nothing.
  d = Run("Analysts doubt that a tariff agreement is near.", "en");
  CHECK(d.documents.empty());
}

TEST_CASE("a subject pair that signs or finalises a document is its parties; people stand for their countries") {
  Document d = Run("Delegations from the Sudanese Armed Forces and the Rapid Support Forces ended talks in Jeddah "
                   "with a commitment to finalise a humanitarian truce.",
                   "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Rapid Support Forces", "Sudanese Armed Forces"});
  d = Run("La Serbie et la Hongrie sont voisines. Le président serbe Aleksandar Vučić et le Premier ministre hongrois "
          "Viktor Orbán se sont séparés sans avoir signé la feuille de route sur la coopération.",
          "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Hongrie", "Serbie"});
  // Talks are no signature: the pair of a sentence that only discusses gets nothing from this rule.
  d = Run("Paris et Berlin ont évoqué la feuille de route lors d'un dîner.", "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].parties.empty());
}

TEST_CASE("'signed an agreement with X', 'agreed on the plan'; a pair named later is not an earlier document's") {
  Document d = Run("On Monday the European Union signed a contribution agreement with the World Bank.", "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"European Union", "World Bank"});
  d = Run("Israel and Hamas agreed on the first phase of the 28-point plan.", "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Hamas", "Israel"});
  d = Run("The New START treaty expires in February, and talks on a successor have not begun. "
          "The security framework was negotiated between Washington and Kyiv.",
          "en");
  REQUIRE(d.documents.size() == 2);
  CHECK(d.documents[0].name == "New START treaty");
  CHECK(d.documents[0].parties.empty());
  d = Run("Greece and Turkey signed the memorandum of understanding signed in Athens.", "en");
  REQUIRE(!d.documents.empty());
  CHECK(d.documents[0].name == "memorandum of understanding");
}

TEST_CASE("'X and Y reached a staff-level agreement': a document and its parties") {
  Document d = Run("The International Monetary Fund and Pakistan reached a staff-level agreement on Thursday.", "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "staff-level agreement");
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"International Monetary Fund", "Pakistan"});
  d = Run("La Grèce et la Turquie sont parvenues à un accord commercial lundi.", "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartiesOf(d, 0) == std::vector<std::string>{"Grèce", "Turquie"});
}

TEST_CASE("the countries of the first held meeting negotiate its documents; 'projet de déclaration' keeps 'projet'") {
  Document d = Run("L'Égypte, l'Éthiopie et le Soudan ont repris mardi à Addis-Abeba leurs discussions sur le barrage. "
                   "Les médiateurs ont soumis aux trois pays un projet de déclaration de principes, qui reprend le texte "
                   "signé en 2015.",
                   "fr", Upto::kAll, "2026-03-04");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "projet de déclaration de principes");
  std::vector<std::string> parties;
  for (const auto& p : d.documents[0].parties) parties.push_back(NameOf(d, p.first));
  CHECK(parties == std::vector<std::string>{"Égypte", "Éthiopie", "Soudan"});
  // Without a negotiation word near the document, no parties.
  d = Run("Serbia and Kosovo held talks in Brussels on Monday. The European Union published its annual roadmap on "
          "enlargement last year.",
          "en", Upto::kAll, "2026-03-04");
  for (const auto& doc : d.documents) CHECK(doc.parties.empty());
}

TEST_CASE("an English decision is a document after a topic noun or with a number, not as an act of deciding") {
  // Acts: an indefinite decision, an actor's (demonym, possessive) decision.
  for (const char* text : {"The board postponed a decision on new eligibility rules after three days of talks.",
                           "Washington welcomed the Dutch decision to tighten export controls on Friday.",
                           "Lawyers for the company said they would appeal the court's decision within a month.",
                           "Ministers expect a decision on the tariff schedule before the summit."}) {
    Document d = Run(text, "en");
    CHECK_MESSAGE(d.documents.empty(), text);
  }
  Document a = Run("The presidency released a new draft of the adaptation finance decision on Thursday.", "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].name == "adaptation finance decision");
  Document b = Run("Delegates negotiated the global stocktake decision until dawn.", "en");
  REQUIRE(b.documents.size() == 1);
  CHECK(b.documents[0].name == "global stocktake decision");
  // French: only the draft ("projet de décision") names a document.
  Document f = Run("La présidence a publié un projet de décision sur l'adaptation jeudi soir.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "projet de décision sur l'adaptation");
  Document g = Run("Le gouvernement néerlandais a justifié sa décision par des raisons de sécurité.", "fr");
  CHECK(g.documents.empty());
}

TEST_CASE("a document after 'without a' / 'sans' does not exist") {
  for (const char* text : {"The talks ended without a deal on the withdrawal of heavy weapons.",
                           "Negotiators left Geneva without an agreement on fisheries subsidies.",
                           "The two sides parted without a memorandum of understanding on transit fees."}) {
    Document d = Run(text, "en");
    CHECK_MESSAGE(d.documents.empty(), text);
  }
  for (const char* text : {"Les discussions se sont achevées sans accord sur le retrait des armes lourdes.",
                           "Les ministres se sont séparés sans un accord de principe sur le calendrier.",
                           "La session a pris fin sans feuille de route pour la suite des négociations."}) {
    Document d = Run(text, "fr");
    CHECK_MESSAGE(d.documents.empty(), text);
  }
  // A named document next to the negation is still read.
  Document e = Run("Without the Paris Agreement on climate change, the talks would have failed.", "en");
  CHECK(e.documents.size() == 1);
}

TEST_CASE("English: 'and' with one or two plain words ending the phrase joins a second complement") {
  Document a = Run("The talks focused on the agreement on the establishment of peace and interstate relations, "
                   "which both ministers have negotiated since 2023.",
                   "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].name == "agreement on the establishment of peace and interstate relations");
  Document b = Run("Officials negotiated the treaty of friendship and cooperation.", "en");
  REQUIRE(b.documents.size() == 1);
  CHECK(b.documents[0].name == "treaty of friendship and cooperation");
  // A verb or a clause after "and" ends the name.
  Document c = Run("Ministers negotiated the agreement on fisheries subsidies and signed it on Friday.", "en");
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].name == "agreement on fisheries subsidies");
  Document f = Run("Les ministres ont négocié l'accord de paix et de coopération.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "accord de paix et de coopération");
}

TEST_CASE("a bare generic head right after another document refers back to it") {
  Document a = Run("Negotiators failed to conclude the second agreement on fisheries subsidies after three days of "
                   "talks, leaving the deal to a meeting of the General Council.",
                   "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].name == "agreement on fisheries subsidies");
  Document b = Run("Les deux pays négocient le traité de libre-échange depuis 2021. Selon Bruxelles, l'accord "
                   "pourrait être signé en juin.",
                   "fr");
  REQUIRE(b.documents.size() == 1);
  CHECK(b.documents[0].name == "traité de libre-échange");
  // Without a document just before, the bare head names none.
  Document c = Run("Negotiators said the deal was close after three days of talks.", "en");
  CHECK(c.documents.empty());
}

TEST_CASE("English: a document head before statement, line, deadline, violations or monitors only modifies it") {
  for (const char* text : {"Russia, which brokered the 2020 ceasefire statement that ended six weeks of fighting, "
                           "was not represented.",
                           "Troops pulled back behind the 1994 ceasefire line after the negotiations.",
                           "Both sides negotiated past the March 31 ceasefire deadline.",
                           "Observers from the 2015 truce monitors negotiated access to the border."}) {
    Document d = Run(text, "en");
    CHECK_MESSAGE(d.documents.empty(), text);
  }
  Document a = Run("Both sides negotiated the 2020 ceasefire agreement in Moscow.", "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].name == "2020 ceasefire agreement");
  // French heads come first: "la ligne de cessez-le-feu" names no document either.
  Document f = Run("Les troupes ont négocié leur retrait derrière la ligne de cessez-le-feu de 1994.", "fr");
  CHECK(f.documents.empty());
}

TEST_CASE("a draft is the document it drafts when that is the only one with its head") {
  Document f = Run("Les négociations sur un traité mondial contre la pollution plastique ont repris lundi. Le président "
                   "a présenté un projet de traité de 22 articles aux délégations.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "traité mondial contre la pollution plastique");
  CHECK(std::find(f.documents[0].aliases.begin(), f.documents[0].aliases.end(), "projet de traité de 22 articles") !=
        f.documents[0].aliases.end());
  Document e = Run("Negotiators negotiated the agreement on fisheries subsidies on Monday. They circulated the "
                   "draft agreement on Tuesday.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(e.documents[0].name == "agreement on fisheries subsidies");
  // Two documents with the head: the draft stays apart.
  Document g = Run("Les deux pays négocient le traité de libre-échange et le traité de défense. Bruxelles a publié un "
                   "projet de traité de 12 articles.",
                   "fr");
  CHECK(g.documents.size() == 3);
  // A draft with a topic of its own stays apart.
  Document h = Run("Negotiators negotiated the agreement on fisheries subsidies on Monday. They circulated the "
                   "draft agreement on port fees on Tuesday.",
                   "en");
  CHECK(h.documents.size() == 2);
}

TEST_CASE("a draft of the only agreement with its head: French 'projet d'accord'") {
  Document f = Run("Les deux pays négocient un accord de libre-échange depuis 2021. Bruxelles a transmis jeudi un "
                   "projet d'accord aux capitales.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "accord de libre-échange");
}

namespace {
std::vector<std::string> PartiesOf(const Document& d, const std::string& name) {
  std::vector<std::string> parties;
  for (const auto& doc : d.documents)
    if (doc.name == name)
      for (const auto& p : doc.parties) parties.push_back(NameOf(d, p.first));
  std::sort(parties.begin(), parties.end());
  return parties;
}
}  // namespace

TEST_CASE("a document discussed in a negotiation goes to the parties of the negotiation in focus") {
  // English: the pair that resumed talks, named a sentence before the plan.
  Document en = Run("Israel and Hamas resumed indirect talks in Cairo on Monday. Negotiators discussed the 20-point "
                    "plan until late at night.",
                    "en");
  CHECK(PartiesOf(en, "20-point plan") == std::vector<std::string>{"Hamas", "Israel"});
  // "Colombia's government and …": a possessive before the noun of a party.
  Document col = Run("CARACAS, May 6 (Andes Wire) - Colombia's government and the M23 rebel group agreed on "
                     "Wednesday to meet again. The two sides have been negotiating on the basis of the Mexico Accord.",
                     "en");
  CHECK(PartiesOf(col, "Mexico Accord") == std::vector<std::string>{"Colombia", "M23"});
  // French: a demonym with "gouvernement" stands for the country the article names.
  Document fr = Run("MEXICO, 8 mai (AFP) - Le gouvernement colombien et le Hamas ont repris jeudi leurs pourparlers "
                    "sur l'avenir de la Colombie. Les deux parties ont signé un protocole humanitaire de six pages.",
                    "fr");
  CHECK(PartiesOf(fr, "protocole humanitaire de six pages") == std::vector<std::string>{"Colombie", "Hamas"});
  // A list of three parties after a dateline without an agency.
  Document three = Run("BERLIN, 15 avril – Les dirigeants de la CDU, du SPD et du Hamas ont conclu mardi soir un "
                       "accord de coalition, au terme de dix semaines de négociations.",
                       "fr");
  CHECK(PartiesOf(three, "accord de coalition") == std::vector<std::string>{"CDU", "Hamas", "SPD"});
}

TEST_CASE("past documents, documents owned by a third party and sentences without negotiation keep no parties") {
  Document en = Run("Israel and Hamas resumed indirect talks in Cairo on Monday. The talks nearly collapsed over the "
                    "European Union's Pact on Migration and Asylum and over the 2016 peace agreement. Observers "
                    "praised the 12-point plan for Lebanon.",
                    "en");
  REQUIRE(en.documents.size() == 3);
  for (const auto& doc : en.documents) CHECK_MESSAGE(doc.parties.empty(), doc.name);
  // A year after the name dates a past text.
  Document past = Run("Le Hamas et le Fatah ont repris leurs discussions au Caire. Les négociateurs ont évoqué "
                      "l'accord de La Mecque de 2007 et le plan de réconciliation en dix points.",
                      "fr");
  REQUIRE(past.documents.size() == 2);
  CHECK(past.documents[0].name == "accord de La Mecque");
  CHECK(past.documents[0].parties.empty());
  CHECK(PartiesOf(past, "plan de réconciliation en dix points") == std::vector<std::string>{"Fatah", "Hamas"});
  // "Selon Reuters, …" opens on no subject; "X, qui …" is no list.
  Document fr = Run("Selon Reuters, les délégations pourraient se retrouver à La Havane pour des négociations. Le "
                    "ministre israélien Gideon Saar, qui a rencontré Hamas, a discuté le plan de paix en 20 points.",
                    "fr");
  for (const auto& doc : fr.documents) CHECK_MESSAGE(doc.parties.empty(), doc.name);
}

TEST_CASE("a quantifier or a person's name starts no document; settlements, annexes and joint statements do") {
  Document en = Run("Critics said any lasting deal would need Congress, and no agreement was signed. Bill Anderson "
                    "read the joint statement of nine points. Negotiators revised the pathogen-sharing annex.",
                    "en");
  std::vector<std::string> names;
  for (const auto& doc : en.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"joint statement of nine points", "pathogen-sharing annex"});
  Document fr = Run("Aucun accord de paix n'a été signé, et le ministre rejette tout accord de partage du pouvoir. "
                    "Le plan de paix en 20 points reste sur la table.",
                    "fr");
  REQUIRE(fr.documents.size() == 1);
  CHECK(fr.documents[0].name == "plan de paix en 20 points");
}

TEST_CASE("parties after a participle of agreeing: 'conclu entre X et Y', 'négocié par X avec Y'") {
  Document fr = Run("L'accord commercial conclu entre le Canada et le Mexique entrera en vigueur en juin. Le "
                    "protocole sanitaire négocié par Paris avec Berlin sera publié lundi.",
                    "fr");
  CHECK(PartiesOf(fr, "accord commercial") == std::vector<std::string>{"Canada", "Mexique"});
  CHECK(PartiesOf(fr, "protocole sanitaire") == std::vector<std::string>{"Berlin", "Paris"});
  Document en = Run("Inspectors studied the Cairo framework agreed between Iran and Egypt last year. The trade pact "
                    "struck by Canada with Mexico expires in May.",
                    "en");
  CHECK(PartiesOf(en, "Cairo framework") == std::vector<std::string>{"Egypt", "Iran"});
  CHECK(PartiesOf(en, "trade pact") == std::vector<std::string>{"Canada", "Mexico"});
}

TEST_CASE("a hyphenated pair names the parties: 'the Israel-Hamas ceasefire', 'les négociations UE-Mercosur'") {
  Document en = Run("Israel and Hamas traded accusations on Sunday. Mediators said the Israel-Hamas ceasefire held.",
                    "en");
  CHECK(PartiesOf(en, "Israel-Hamas ceasefire") == std::vector<std::string>{"Hamas", "Israel"});
  Document fr = Run("Le Mercosur et l'Union européenne (UE) se sont opposés lundi. Les négociations UE-Mercosur ont "
                    "repris mardi. Les négociateurs ont discuté le protocole additionnel sur l'environnement.",
                    "fr");
  CHECK(PartiesOf(fr, "protocole additionnel sur l'environnement") ==
        std::vector<std::string>{"Mercosur", "Union européenne"});
}

TEST_CASE("'sur le plan de paix' names the plan; 'sur le plan de la sécurité' is an idiom") {
  Document d = Run("Les négociateurs ont avancé sur le plan de paix en 20 points. Sur le plan de la sécurité, rien "
                   "ne change.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "plan de paix en 20 points");
}

TEST_CASE("two demonyms on a noun of negotiators or delegations name the negotiating countries") {
  Document en = Run("Ukraine and the United States have set a deadline. Ukrainian and American negotiators met in "
                    "Geneva on Sunday and discussed the 28-point peace plan.",
                    "en");
  CHECK(PartiesOf(en, "28-point peace plan") == std::vector<std::string>{"Ukraine", "United States"});
  Document fr = Run("La Russie a rappelé son ambassadeur, et les États-Unis ont protesté. Les délégations russe et "
                    "américaine ont négocié toute la nuit le protocole sur les garanties.",
                    "fr");
  CHECK(PartiesOf(fr, "protocole sur les garanties") == std::vector<std::string>{"Russie", "États-Unis"});
}

TEST_CASE("the merging companies negotiate the merger's texts; negotiators make a sentence about negotiating") {
  Document en = Run("LONDON, Oct 21 (Reuters) - The regulator cleared the merger of defence groups Thales and "
                    "Safran on Wednesday. The merger agreement, signed in January, creates a giant.",
                    "en");
  CHECK(PartiesOf(en, "merger agreement") == std::vector<std::string>{"Safran", "Thales"});
  Document fusion = Run("PARIS, 21 octobre (AFP) - Bruxelles a autorisé mercredi la fusion entre Thales et Safran. "
                        "Le protocole d'accord signé en janvier prévoit un siège à Paris.",
                        "fr");
  CHECK(PartiesOf(fusion, "protocole d'accord") == std::vector<std::string>{"Safran", "Thales"});
  Document fr = Run("Le Hamas et le Fatah ont repris leurs discussions au Caire. Jeudi, les négociateurs devaient "
                    "commencer à rédiger un plan de réconciliation en dix points.",
                    "fr");
  CHECK(PartiesOf(fr, "plan de réconciliation en dix points") == std::vector<std::string>{"Fatah", "Hamas"});
  Document neg = Run("Israel and Hamas resumed talks in Cairo. On Monday, negotiators are expected to start work on a "
                     "second document, a 12-point reconstruction plan.",
                     "en");
  CHECK(PartiesOf(neg, "12-point reconstruction plan") == std::vector<std::string>{"Hamas", "Israel"});
}

TEST_CASE("an English possessive is a determiner, not part of the document's name") {
  Document d = Run("Israel and Hamas resumed talks in Cairo. Negotiators discussed the government's reconstruction "
                   "plan and the European Union's Pact on Migration.",
                   "en");
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"reconstruction plan", "Pact on Migration"});
  // The pact is the European Union's: the talks in focus do not negotiate it.
  CHECK(PartiesOf(d, "Pact on Migration").empty());
  CHECK(PartiesOf(d, "reconstruction plan") == std::vector<std::string>{"Hamas", "Israel"});
}

TEST_CASE("'accord-cadre' heads a document; a head before 'document' only modifies it; 'own' is evaluative") {
  Document fr = Run("Les négociateurs ont adopté deux chapitres de l'accord-cadre de Doha.", "fr");
  REQUIRE(fr.documents.size() == 1);
  CHECK(fr.documents[0].name == "accord-cadre de Doha");
  Document en = Run("The leaders presented a 38-page framework document. The rebels tabled their own plan for a "
                    "national dialogue.",
                    "en");
  REQUIRE(en.documents.size() == 1);
  CHECK(en.documents[0].name == "plan for a national dialogue");
}

TEST_CASE("a participle with its complement ends a French name; agreements in principle; verbs, not plans") {
  Document fr = Run("La présidence a publié un communiqué publié sur Telegram. Les élus veulent boucler un plan de "
                    "financement évalué à 38 millions d'euros. Le ministre espère un accord de principe à Bruxelles.",
                    "fr");
  std::vector<std::string> names;
  for (const auto& doc : fr.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"plan de financement"});
  Document en = Run("The negotiators plan to meet again in Geneva. Officials hope for an agreement in principle by "
                    "May. \"What we want is a text, not another communique,\" she said.",
                    "en");
  CHECK(en.documents.empty());
}

TEST_CASE("after 'un', one French adjective or an English demonym compound alone names no document") {
  Document fr = Run("La Russie reste ouverte à un arrangement mutuel, à condition qu'il couvre les raffineries. Les "
                    "délégations espèrent adopter un communiqué final vendredi.",
                    "fr");
  std::vector<std::string> names;
  for (const auto& doc : fr.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"communiqué final"});
  Document en = Run("Hamas would hand its heavy weapons to an Egyptian-supervised mechanism.", "en");
  CHECK(en.documents.empty());
}

TEST_CASE("the negotiation in focus: not mediators, not for a bare head") {
  Document med = Run("Israel and Hamas resumed talks in Cairo on Monday. Mediators from Egypt, Qatar and Turkey "
                     "shuttled between the two delegations. Negotiators discussed a phased reconstruction plan.",
                     "en");
  CHECK(PartiesOf(med, "phased reconstruction plan") == std::vector<std::string>{"Hamas", "Israel"});
  Document bare = Run("L'Arménie et l'Azerbaïdjan ont repris leurs pourparlers à Abou Dhabi. Le lendemain, des "
                      "experts ont négocié sur la trêve.",
                      "fr");
  CHECK(bare.documents.empty());
}

TEST_CASE("a document signed with a party: the sentence's subject is the other") {
  Document fr = Run("Le Mercosur, a-t-il ajouté, a d'autres options, à commencer par l'accord de libre-échange signé "
                    "en septembre avec la Norvège.",
                    "fr");
  CHECK(PartiesOf(fr, "accord de libre-échange") == std::vector<std::string>{"Mercosur", "Norvège"});
  Document en = Run("Canada also points to the trade agreement signed last year with Japan.", "en");
  CHECK(PartiesOf(en, "trade agreement") == std::vector<std::string>{"Canada", "Japan"});
}

TEST_CASE("'en présence de', 'en marge de' end a French document's name") {
  Document d = Run("Les deux dirigeants avaient paraphé l'accord sur l'établissement de la paix en présence du "
                   "président américain.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "accord sur l'établissement de la paix");
}

TEST_CASE("a demonstrative names a document already named") {
  Document en = Run("In March, Iran and the agency signed a framework agreement on inspections. Under that Cairo "
                    "agreement, inspectors returned to two sites.",
                    "en");
  REQUIRE(en.documents.size() == 1);
  CHECK(en.documents[0].name == "framework agreement on inspections");
  Document fr = Run("En mars, Paris et Berlin ont signé un protocole sur les frontières. Ce protocole de Genève prévoit "
                    "des patrouilles communes.",
                    "fr");
  REQUIRE(fr.documents.size() == 1);
  CHECK(fr.documents[0].name == "protocole sur les frontières");
}

TEST_CASE("a communiqué quoted as a source is no document; 'et l'asile' ends a French complement") {
  Document src = Run("Un vote pourrait avoir lieu le 20 octobre, selon un communiqué de la présidence du Riksdag. "
                     "Moscou a répondu dans un communiqué de la diplomatie russe.",
                     "fr");
  CHECK(src.documents.empty());
  Document en = Run("The ministry said in a communique on the talks that negotiators would meet again.", "en");
  CHECK(en.documents.empty());
  Document pacte = Run("Le volet migratoire reprendrait le compromis conclu sur le pacte sur la migration et l'asile.",
                       "fr");
  REQUIRE(pacte.documents.size() == 1);
  CHECK(pacte.documents[0].name == "pacte sur la migration et l'asile");
}

TEST_CASE("guarantees after an indefinite determiner are assurances, not a text") {
  Document fr = Run("L'Italie soutient l'accord après avoir obtenu des garanties sur l'indication géographique des "
                    "fromages. Les négociateurs ont discuté les garanties multilatérales de sécurité.",
                    "fr");
  std::vector<std::string> names;
  for (const auto& doc : fr.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"garanties multilatérales de sécurité"});
}

TEST_CASE("a relative clause of signing whose subject lists the parties") {
  Document en = Run("He pointed to the agreement on player welfare that Spain and Portugal signed in March.", "en");
  CHECK(PartiesOf(en, "agreement on player welfare") == std::vector<std::string>{"Portugal", "Spain"});
  Document fr = Run("Le différend porte sur la convention de financement que doivent signer Lyon, Grenoble et "
                    "Valence.",
                    "fr");
  CHECK(PartiesOf(fr, "convention de financement") == std::vector<std::string>{"Grenoble", "Lyon", "Valence"});
}

TEST_CASE("a document named before the negotiation's sides goes to the article's sides, third parties left out") {
  // The sides are named only after the document, in a sentence whose
  // mediator is named too.
  Document fr = Run("Le protocole sur le partage des eaux du fleuve a été négocié toute la nuit. Les discussions "
                    "entre le Mali et le Niger, sous l'égide de l'Algérie, reprendront lundi à Niamey. Le Mali et le "
                    "Niger se disent proches d'un compromis.",
                    "fr");
  CHECK(PartiesOf(fr, "protocole sur le partage des eaux du fleuve") == std::vector<std::string>{"Mali", "Niger"});
  // Guarantor countries are no side: the one side named is the one
  // the government talks with.
  Document en = Run("The government's talks with the National Liberation Army (ELN) ended on Friday in Lima, with "
                    "Chile, Peru and Ecuador as guarantor countries. Negotiators initialled a protocol on the return "
                    "of displaced families.",
                    "en");
  CHECK(PartiesOf(en, "protocol on the return of displaced families") ==
        std::vector<std::string>{"National Liberation Army"});
}

TEST_CASE("document names: capitalised titles with 'the' and 'to', adjectives and names after 'de', drafts") {
  Document en = Run("Both governments endorsed the Agreement on the Road to Reconciliation in 2024. The mediator "
                    "circulated a revised draft for the October session.",
                    "en");
  std::vector<std::string> names;
  for (const auto& doc : en.documents) names.push_back(doc.name);
  CHECK(std::find(names.begin(), names.end(), "Agreement on the Road to Reconciliation") != names.end());
  for (const auto& n : names) CHECK(n.find("October") == std::string::npos);
  Document fr = Run("Les deux camps ont négocié un protocole sur l'exploitation des gisements pétroliers de Deir "
                    "ez-Zor. Ils discutent aussi d'un projet de mémorandum sur le tracé de la frontière maritime.",
                    "fr");
  REQUIRE(fr.documents.size() == 2);
  CHECK(fr.documents[0].name == "protocole sur l'exploitation des gisements pétroliers de Deir ez-Zor");
  CHECK(fr.documents[1].name == "projet de mémorandum sur le tracé de la frontière maritime");
  CHECK(fr.documents[1].aliases == std::vector<std::string>{"mémorandum sur le tracé de la frontière maritime"});
}

TEST_CASE("the delegations an article names are the sides of its negotiation") {
  Document fr = Run("Le protocole sur le partage des eaux du fleuve a été négocié toute la nuit. La délégation du Mali "
                    "a quitté la salle à l'aube, tandis que les négociateurs du Niger sont restés. Le Mali accuse le "
                    "Niger de lenteur.",
                    "fr");
  CHECK(PartiesOf(fr, "protocole sur le partage des eaux du fleuve") == std::vector<std::string>{"Mali", "Niger"});
  Document en = Run("The protocol on the sharing of river water was negotiated overnight. Mali's delegation left at "
                    "dawn, while the Niger delegation stayed. Mali accuses Niger of delays.",
                    "en");
  CHECK(PartiesOf(en, "protocol on the sharing of river water") == std::vector<std::string>{"Mali", "Niger"});
}

TEST_CASE("an English law is named by the capitalised words before 'Act'") {
  Document en = Run("Negotiators from Parliament and the Council resumed work on the Clean Water Supply Act on Monday. "
                    "The act was tabled in March.",
                    "en");
  std::vector<std::string> names;
  for (const auto& doc : en.documents) names.push_back(doc.name);
  CHECK(std::find(names.begin(), names.end(), "Clean Water Supply Act") != names.end());
  // A lone capitalised "Act" names nothing.
  Document none = Run("Act now, the minister said on Monday.", "en");
  CHECK(none.documents.empty());
}

TEST_CASE("an evaluative premodifier does not name a document") {
  Document en = Run("The union said it would negotiate the best deal it could get. Officials want a good agreement.",
                    "en");
  CHECK(en.documents.empty());
}

namespace {
// A distinct lowercase nonce word for each n ("zabq", "zabr", …).
std::string Nonce(int n) {
  std::string w = "zb";
  for (int i = 0; i < 3; ++i, n /= 26) w.push_back(static_cast<char>('a' + n % 26));
  return w + "ux";
}
}  // namespace

TEST_CASE("many distinct document names: each stays its own document, later mentions merge with the right one") {
  // Documents are looked up by the keys two names must share, not compared
  // pairwise: many names must keep exactly the merges of the rule.
  constexpr int kNames = 255;  // with the plan below, the per-article limit of 256 documents
  std::string text;
  for (int i = 0; i < kNames; ++i) text += "Les parties négocient l'accord sur le " + Nonce(i) + ". ";
  // The same name again; a new long name; a shorter one, a word prefix of it.
  text += "Les parties négocient l'accord sur le " + Nonce(123) + ". ";
  text += "Les parties négocient le plan de paix en vingt points. ";
  text += "Les parties négocient le plan de paix. ";
  Document d = Run(text, "fr");
  REQUIRE(d.documents.size() == kNames + 1);
  for (int i : {0, 1, 123, 200, kNames - 1}) {
    CAPTURE(i);
    CHECK(d.documents[static_cast<size_t>(i)].name == "accord sur le " + Nonce(i));
    CHECK(d.documents[static_cast<size_t>(i)].aliases.empty());
  }
  CHECK(d.documents[123].sentences == std::vector<uint32_t>{123, kNames});
  CHECK(d.documents[200].sentences == std::vector<uint32_t>{200});
  CHECK(d.documents[kNames].name == "plan de paix en vingt points");
  CHECK(d.documents[kNames].aliases == std::vector<std::string>{"plan de paix"});
  CHECK(d.documents[kNames].sentences == std::vector<uint32_t>{kNames + 1, kNames + 2});
}

TEST_CASE("past 256 documents in one article, new names start no document; known ones still gather mentions") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "Les parties négocient l'accord sur le " + Nonce(i) + ". ";
  text += "Les parties négocient l'accord sur le " + Nonce(7) + ". ";
  Document d = Run(text, "fr");
  REQUIRE(d.documents.size() == 256);
  CHECK(d.documents[255].name == "accord sur le " + Nonce(255));
  CHECK(d.documents[7].sentences == std::vector<uint32_t>{7, 300});
}

namespace {
// The sorted names of a document's parties.
std::vector<std::string> PartyNames(const Document& d, const DocumentFact& doc) {
  std::vector<std::string> names;
  for (const auto& p : doc.parties) names.push_back(NameOf(d, p.first));
  std::sort(names.begin(), names.end());
  return names;
}
}  // namespace

TEST_CASE("the actors around the table of the main held meeting negotiate the documents agreed there (fr)") {
  Document d = Run("Après neuf heures de discussions lundi au ministère du Travail, à Lyon, les syndicats sont ressortis "
                   "avec un texte commun. Autour de la table, la ministre du Travail, Claire Morel, avait réuni la CGT, "
                   "la CFDT et Force ouvrière. La réunion s'est achevée peu après minuit. La charte sur le télétravail, "
                   "qui doit encore être signée, prévoit un droit à la déconnexion et doit être paraphée vendredi. "
                   "La CGT juge le texte trop faible, tandis que la CFDT et Force ouvrière le défendent.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "charte sur le télétravail");
  // The minister, a person standing for no country named, is no side.
  CHECK(PartyNames(d, d.documents[0]) == std::vector<std::string>{"CFDT", "CGT", "Force ouvrière"});
}

TEST_CASE("the actors around the table of the main held meeting negotiate the documents agreed there (en)") {
  Document d = Run("After nine hours of talks on Monday at the labour ministry in Leeds, the unions came away with a "
                   "common text. Around the table, the labour minister, Claire Morton, had brought together the "
                   "Dockers Union and the GMB. The meeting ended shortly after midnight. The charter on night shifts, "
                   "which must still be ratified by members, sets a cap on overtime. The Dockers Union called it fair, "
                   "while the GMB said it was too weak.",
                   "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "charter on night shifts");
  CHECK(PartyNames(d, d.documents[0]) == std::vector<std::string>{"Dockers Union", "GMB"});
}

TEST_CASE("evaluative words before an English document are no part of its name") {
  Document d = Run("Oslo and Rome signed a short memorandum on river navigation. Observers had urged both capitals "
                   "to reach a mutually acceptable deal.",
                   "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "memorandum on river navigation");
}

TEST_CASE("a French name goes on over 'dans le domaine de'") {
  Document d = Run("Rome et Lisbonne négocient un accord de coopération dans le domaine de la recherche scientifique.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "accord de coopération dans le domaine de la recherche scientifique");
  CHECK(PartyNames(d, d.documents[0]) == std::vector<std::string>{"Lisbonne", "Rome"});
}

TEST_CASE("a mechanism an agreement sets up is no document") {
  Document d = Run("Les deux parties ont signé le protocole de Lomé, qui crée un mécanisme de vérification du retrait.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "protocole de Lomé");
  Document e = Run("The two sides agreed to set up the joint monitoring mechanism on the river.", "en");
  CHECK(e.documents.empty());
}

TEST_CASE("a document named with its year has the name without it as an alias") {
  Document d = Run("Both sides recalled the 2015 Declaration of Principles. The Declaration of Principles was signed "
                   "in Khartoum.",
                   "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "2015 Declaration of Principles");
  CHECK(d.documents[0].aliases == std::vector<std::string>{"Declaration of Principles"});
}

TEST_CASE("an English name with premodifiers and a complement is also called by its premodified head") {
  Document d = Run("Ministers examined a draft binding agreement on the operation of the reservoir.", "en");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "draft binding agreement on the operation of the reservoir");
  CHECK(std::find(d.documents[0].aliases.begin(), d.documents[0].aliases.end(), "draft binding agreement") !=
        d.documents[0].aliases.end());
  // A dated name keeps its complement: "2019 peace agreement" is no alias.
  Document y = Run("Both sides recalled the 2019 peace agreement on river trade.", "en");
  REQUIRE(y.documents.size() == 1);
  CHECK(y.documents[0].aliases == std::vector<std::string>{"peace agreement on river trade"});
  // A plain head with a complement has no shorter name.
  Document e = Run("Both sides signed the protocol on flood warnings.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(e.documents[0].aliases.empty());
}

TEST_CASE("an interrogative ends a document's complement") {
  Document d = Run("After months of talks, the ministry and the industry have an agreement on what hospitals will pay.",
                   "en");
  CHECK(d.documents.empty());
}

TEST_CASE("a negotiation sentence naming exactly two organisations gives a document without parties both") {
  Document d = Run("Pour la CGT, le contrat de branche négocié depuis mars avec la Fédération des ports est "
                   "insuffisant.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(PartyNames(d, d.documents[0]) == std::vector<std::string>{"CGT", "Fédération des ports"});
  Document e = Run("For the GMB, the branch contract negotiated since March with the Port Employers Association "
                   "falls short.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"GMB", "Port Employers Association"});
  // A place where the talks are held is no party; one organisation alone gives none.
  Document f = Run("For the GMB, the branch contract negotiated since March in Leeds falls short.", "en");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].parties.empty());
}

TEST_CASE("a shorter name whose words are all in one document's name is that document") {
  Document fr = Run("Les deux camps ont signé le protocole sur le partage des eaux fluviales. Selon les juristes, le "
                    "protocole sur les eaux fluviales entrera en vigueur en mars.",
                    "fr");
  REQUIRE(fr.documents.size() == 1);
  CHECK(fr.documents[0].name == "protocole sur le partage des eaux fluviales");
  CHECK(fr.documents[0].aliases == std::vector<std::string>{"protocole sur les eaux fluviales"});
  Document en = Run("The two firms signed a satellite data licensing agreement. Critics say the licensing agreement "
                    "favours the buyer.",
                    "en");
  REQUIRE(en.documents.size() == 1);
  CHECK(en.documents[0].name == "satellite data licensing agreement");
  // Two documents with the head: a short form of either is neither's.
  Document two = Run("They signed the water sharing protocol and the water pricing protocol. The water protocol is "
                     "disputed.",
                     "en");
  CHECK(two.documents.size() == 3);
}

TEST_CASE("an English complement runs over a three-noun compound, not a verb after a plural") {
  Document d = Run("Officials discussed a draft memorandum on river patrol cooperation. The draft text on the "
                   "protection of aid convoys builds on earlier work.",
                   "en");
  REQUIRE(d.documents.size() == 2);
  CHECK(d.documents[0].name == "draft memorandum on river patrol cooperation");
  CHECK(d.documents[1].name == "draft text on the protection of aid convoys");
}

TEST_CASE("an amendment named by its number; 'relatif à' joins a French name's topic") {
  Document d = Run("Les syndicats ont signé l’avenant n° 7 à la convention dentaire. Le gouvernement présente un "
                   "projet de loi relatif au statut des élus locaux.",
                   "fr");
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  CHECK(std::find(names.begin(), names.end(), "avenant n° 7") != names.end());
  CHECK(std::find(names.begin(), names.end(), "projet de loi relatif au statut des élus locaux") != names.end());
}

TEST_CASE("side letters and draft laws are documents") {
  Document d = Run("The union signed a streaming side letter with the studios. Parliament debated the draft law on "
                   "public broadcasting.",
                   "en");
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"streaming side letter", "draft law on public broadcasting"});
}

TEST_CASE("English evaluative premodifiers are no part of a document's name") {
  Document d = Run("The Treasury offered a generous new framework to the executive. The union's members, whose own "
                   "contract expires in May, want the next contract to be signed quickly.",
                   "en");
  CHECK(d.documents.empty());
  Document only = Run("For the unions, the only framework that matters was signed in May.", "en");
  CHECK(only.documents.empty());
  Document k = Run("Ministers signed an ambitious fisheries framework.", "en");
  REQUIRE(k.documents.size() == 1);
  CHECK(k.documents[0].name == "fisheries framework");
}

TEST_CASE("a party named elsewhere in the article is one in 'between X and Y' where no name was found") {
  Document fr = Run("Le chef rebelle nous a reçus à Kobaro, dans un bureau vide. Le protocole sur les pâturages est "
                    "négocié entre Dodoma et Kobaro depuis mars.",
                    "fr");
  CHECK(PartiesOf(fr, "protocole sur les pâturages") == std::vector<std::string>{"Dodoma", "Kobaro"});
  Document en = Run("The rebel commander received us in Kobaro, in an empty office. The grazing protocol is "
                    "negotiated between Dodoma and Kobaro.",
                    "en");
  CHECK(PartiesOf(en, "grazing protocol") == std::vector<std::string>{"Dodoma", "Kobaro"});
}

TEST_CASE("French adjectives in -phone, -ble, -oire, -ile continue a document's complement") {
  Document d = Run("Les ministres ont adopté la charte de la mobilité francophone. Ils ont signé le protocole sur "
                   "l'énergie durable.",
                   "fr");
  CHECK(DocNames(d) == std::vector<std::string>{"charte de la mobilité francophone",
                                                "protocole sur l'énergie durable"});
}

TEST_CASE("a document named with the year after it has the name with the year as an alias") {
  Document fr = Run("Les rebelles invoquent encore l'accord de paix de 2016 signé à Bangui.", "fr");
  REQUIRE(fr.documents.size() == 1);
  CHECK(fr.documents[0].name == "accord de paix");
  CHECK(fr.documents[0].aliases == std::vector<std::string>{"accord de paix de 2016"});
  Document en = Run("Both sides still cite the border treaty of 1994 in their claims.", "en");
  REQUIRE(en.documents.size() == 1);
  CHECK(en.documents[0].name == "border treaty");
  CHECK(en.documents[0].aliases == std::vector<std::string>{"border treaty of 1994"});
}

TEST_CASE("an acronym spelling a document's initials is that document, not an organisation") {
  Document en = Run("Delhi and Brussels are negotiating a free trade agreement. Two-thirds of the FTA's chapters are "
                    "closed, officials at the WTO said.",
                    "en");
  REQUIRE(en.documents.size() == 1);
  CHECK(std::find(en.documents[0].aliases.begin(), en.documents[0].aliases.end(), "FTA") !=
        en.documents[0].aliases.end());
  bool fta_entity = false, wto_entity = false;
  for (const auto& e : en.entities) {
    fta_entity |= !e.dropped && e.name == "FTA";
    wto_entity |= !e.dropped && e.type == EntityType::kOrganization;  // the WTO stays
  }
  CHECK(!fta_entity);
  CHECK(wto_entity);
  // An acronym the article defines abbreviates its own name.
  Document fr = Run("La Conférence des ministres du Sahel (CMS) a adopté la charte des mobilités solidaires. La CMS "
                    "se réunira en mars.",
                    "fr");
  bool cms_entity = false;
  for (const auto& e : fr.entities) cms_entity |= !e.dropped && (e.name == "CMS" || e.name.rfind("Conférence", 0) == 0);
  CHECK(cms_entity);
  for (const auto& d : fr.documents)
    CHECK(std::find(d.aliases.begin(), d.aliases.end(), "CMS") == d.aliases.end());
}

TEST_CASE("'between X and Y' with one side the article never names gives the named side alone") {
  Document en = Run("Delegations from the Green Party attended. Talks on the fiscal framework between the Executive and "
                    "the Treasury will reopen in May.",
                    "en");
  std::vector<std::string> parties = PartiesOf(en, "fiscal framework");
  CHECK(std::find(parties.begin(), parties.end(), "Green Party") == parties.end());
  Document fr = Run("Les délégations du Parti vert étaient présentes. Les négociations sur le pacte budgétaire entre "
                    "l'Exécutif et la Banque de France reprendront en mai.",
                    "fr");
  std::vector<std::string> fp = PartiesOf(fr, "pacte budgétaire");
  CHECK(std::find(fp.begin(), fp.end(), "Parti vert") == fp.end());
}

TEST_CASE("policy papers are documents; a titled premodifier with its own determiner is kept whole") {
  Document fr = Run("Les ministres ont salué le Livre blanc sur la défense maritime présenté mardi.", "fr");
  CHECK(DocNames(fr) == std::vector<std::string>{"Livre blanc sur la défense maritime"});
  Document en = Run("The party negotiated the Protecting the Harbour command paper with the previous government.", "en");
  REQUIRE(en.documents.size() == 1);
  CHECK(en.documents[0].name.find("command paper") != std::string::npos);
}

TEST_CASE("'of' ends an English document's premodifiers") {
  Document d = Run("The chair circulated a set of draft rules and the first part of the river treaty.", "en");
  for (const auto& doc : d.documents) {
    CHECK(doc.name.find("set of") == std::string::npos);
    CHECK(doc.name.find("part of") == std::string::npos);
  }
}

TEST_CASE("'negotiators for X' names a side of the negotiation") {
  Document d = Run("Negotiators for the Harbour Workers Union met the port authority on Monday. The Harbour Workers "
                   "Union wants higher pay. The harbour safety protocol was discussed for hours.",
                   "en");
  std::vector<std::string> parties = PartiesOf(d, "harbour safety protocol");
  CHECK(std::find(parties.begin(), parties.end(), "Harbour Workers Union") != parties.end());
}

TEST_CASE("the actors named again and again in sentences about negotiating are the article's sides") {
  // No sentence names both sides together: each is repeated in its own
  // sentences about the negotiation.
  Document fr = Run("Le Chili réclame depuis des mois la reprise des négociations sur le cuivre. Le Chili refuse de conclure "
                    "sous la pression, a prévenu son ministre. Le Pérou a rejeté la dernière offre dans ces "
                    "négociations. Le Pérou veut aussi des garanties avant toute signature. Selon les négociateurs, "
                    "le protocole minier pourrait être conclu le mois prochain.",
                    "fr");
  REQUIRE(fr.documents.size() == 1);
  std::vector<std::string> parties;
  for (const auto& p : fr.documents[0].parties) parties.push_back(NameOf(fr, p.first));
  std::sort(parties.begin(), parties.end());
  CHECK(parties == std::vector<std::string>{"Chili", "Pérou"});

  Document en = Run("Canada wants a quick end to the negotiations on timber. Canada will not sign under pressure, "
                    "its minister warned. Mexico rejected the latest offer in the negotiations on Monday. Mexico "
                    "also wants guarantees before anything is signed. Negotiators say the softwood lumber agreement "
                    "could be concluded next month.",
                    "en");
  REQUIRE(en.documents.size() == 1);
  parties.clear();
  for (const auto& p : en.documents[0].parties) parties.push_back(NameOf(en, p.first));
  std::sort(parties.begin(), parties.end());
  CHECK(parties == std::vector<std::string>{"Canada", "Mexico"});

  // Named once in such a sentence, an actor is no side.
  Document once = Run("Canada wants a quick end to the negotiations on timber. Canada will not sign under pressure, "
                      "its minister warned. Mexico rejected the latest offer in the negotiations on Monday. Mexico "
                      "has a new government. Negotiators say the softwood lumber agreement could be concluded next "
                      "month.",
                      "en");
  REQUIRE(once.documents.size() == 1);
  CHECK(once.documents[0].parties.size() < 2);
}

TEST_CASE("an English complement ends at a function word after 'and'; a name in it may premodify a plural") {
  Document d = Run("The ministers are drafting a protocol on wheat and barley that would cut duties. A separate "
                   "memorandum on Danube barges is being prepared. The regulators finalised a roadmap on Rhine Commission "
                   "audits, which starts in May.",
                   "en");
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"protocol on wheat and barley", "memorandum on Danube barges",
                                          "roadmap on Rhine Commission audits"});
  // "of" is no end of the phrase: "the filling and operation of the reservoir".
  Document g = Run("They studied the draft binding agreement on the filling and operation of the reservoir.", "en");
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].name == "draft binding agreement on the filling");
}

TEST_CASE("a plural French adjective before its noun lets the complement go on") {
  Document d = Run("Le Conseil réclame un accord interinstitutionnel sur les nouvelles recettes fiscales avant l'été.",
                   "fr");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].name == "accord interinstitutionnel sur les nouvelles recettes fiscales");
}

TEST_CASE("statutes, amendments, organic laws and framework agreements are document nouns") {
  Document d = Run("The council weighed the Dutch amendments and the draft statute for the river authority.", "en");
  std::vector<std::string> names;
  for (const auto& doc : d.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"Dutch amendments", "draft statute for the river authority"});
  Document f = Run("Les syndicats ont paraphé une lettre d'entente sur le télétravail et une entente-cadre sur les "
                   "salaires. Le Sénat examine la loi organique sur les finances locales.",
                   "fr");
  names.clear();
  for (const auto& doc : f.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"lettre d'entente sur le télétravail", "entente-cadre sur les salaires",
                                          "loi organique sur les finances locales"});
}

namespace {
std::vector<std::string> SortedParties(const Document& d, const DocumentFact& doc) {
  std::vector<std::string> out;
  for (const auto& p : doc.parties) out.push_back(NameOf(d, p.first));
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("documents laid out by counting the texts under discussion go to the negotiation's sides") {
  // Counted, then named in turn in the next sentence.
  Document f = Run("La Bolivie et le Paraguay ont repris mardi leurs négociations à Asuncion. Deux textes sont sur la "
                   "table. Le premier, un protocole sur le partage des eaux du Pilcomayo, fixe des quotas saisonniers.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "protocole sur le partage des eaux du Pilcomayo");
  CHECK(SortedParties(f, f.documents[0]) == std::vector<std::string>{"Bolivie", "Paraguay"});
  // Without the count, a text named in a sentence that speaks of no
  // negotiation is not tied to it.
  Document g = Run("La Bolivie et le Paraguay ont repris mardi leurs négociations à Asuncion. Il pleuvait sur la "
                   "ville. Le premier, un protocole sur le partage des eaux du Pilcomayo, fixe des quotas saisonniers.",
                   "fr");
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].parties.empty());
  Document e = Run("Ghana and Togo resumed talks in Accra on Monday. Two texts dominated the agenda. The first is a "
                   "protocol on cross-border fishing, which sets quotas for the lagoon.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(SortedParties(e, e.documents[0]) == std::vector<std::string>{"Ghana", "Togo"});
}

TEST_CASE("the pair named by the sentence counting the texts is their parties") {
  Document f = Run("La France et l'Italie ont repris leurs négociations lundi. Trois textes divisent encore Rome et "
                   "Paris : le protocole sur le tunnel du Fréjus et la charte sur les vallées alpines.",
                   "fr");
  REQUIRE(f.documents.size() == 2);
  for (const auto& doc : f.documents) CHECK(SortedParties(f, doc) == std::vector<std::string>{"Paris", "Rome"});
  Document e = Run("Peru and Ecuador reopened negotiations on Monday. Two texts still divide Lima and Quito: a protocol "
                   "on river dredging and a charter on border markets.",
                   "en");
  REQUIRE(e.documents.size() == 2);
  for (const auto& doc : e.documents) CHECK(SortedParties(e, doc) == std::vector<std::string>{"Lima", "Quito"});
}

TEST_CASE("an indefinite document listed after a count of the texts is one of them") {
  Document e = Run("Two texts are on the table: a harbour protocol setting out berth fees, and a letter of understanding "
                   "on night shifts.",
                   "en");
  std::vector<std::string> names;
  for (const auto& doc : e.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"harbour protocol", "letter of understanding on night shifts"});
  // Without the count, a single premodifier after "a" names no particular text.
  Document bare = Run("Officials mentioned a harbour protocol setting out berth fees.", "en");
  CHECK(bare.documents.empty());
  Document f = Run("Deux documents sont sur la table : une feuille de route portuaire qui fixerait les droits de quai.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "feuille de route portuaire");
  Document fbare = Run("Les élus évoquent une feuille de route portuaire qui fixerait les droits de quai.", "fr");
  CHECK(fbare.documents.empty());
}

TEST_CASE("a French amendment is named with the text it amends") {
  Document f = Run("Les deux pays ont paraphé l'avenant à la convention fiscale de 1987. Le Sénégal veut aussi un "
                   "avenant à l'accord de pêche bilatéral.",
                   "fr");
  std::vector<std::string> names;
  for (const auto& doc : f.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"avenant à la convention fiscale", "avenant à l'accord de pêche bilatéral"});
}

TEST_CASE("regulations, directives, guidelines and terms of reference are documents; the settling of a dispute is not") {
  Document f = Run("Le Parlement et le Conseil négocient le règlement sur les retours. Paris souhaite un règlement "
                   "politique du conflit.",
                   "fr");
  std::vector<std::string> names;
  for (const auto& doc : f.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"règlement sur les retours"});
  Document e = Run("Ministers adopted the guidelines on drought mitigation, while negotiators argued over the "
                   "regulation on packaging waste.",
                   "en");
  names.clear();
  for (const auto& doc : e.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"guidelines on drought mitigation", "regulation on packaging waste"});
}

TEST_CASE("idioms close no document's name; press releases and dispute settlement are no negotiated texts") {
  Document e = Run("Ukraine and Russia negotiated over the memorandum on prisoners on the table. The ministry issued a "
                   "press release about the dispute settlement.",
                   "en");
  std::vector<std::string> names;
  for (const auto& doc : e.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"memorandum on prisoners"});
  Document f = Run("Kiev et Moscou négocient le mémorandum sur les prisonniers sur la table. Le ministère a publié un "
                   "communiqué de presse.",
                   "fr");
  names.clear();
  for (const auto& doc : f.documents) names.push_back(doc.name);
  CHECK(names == std::vector<std::string>{"mémorandum sur les prisonniers"});
}

TEST_CASE("an indefinite document that is the topic of talks is one under negotiation") {
  Document e = Run("Talks between Kenya and Ethiopia on a water-sharing agreement resumed on Monday.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(e.documents[0].name == "water-sharing agreement");
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Ethiopia", "Kenya"});
}

TEST_CASE("who hands a text over and who receives it negotiate it") {
  Document e = Run("Kenya presented Ethiopia with a draft memorandum on grazing rights.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Ethiopia", "Kenya"});
  Document f = Run("Le Kenya a remis à l'Éthiopie un projet de mémorandum sur les droits de pâturage.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Kenya", "Éthiopie"});
}

TEST_CASE("the country a text is ascribed to and the subject answering it negotiate it") {
  Document f = Run("Le Kenya veut un accès aux pâturages. L'Éthiopie a rejeté le projet de mémorandum kényan sur les "
                   "droits de pâturage.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Kenya", "Éthiopie"});
  Document e = Run("Kenya wants access to pastures. Ethiopia rejected the Kenyan draft memorandum on grazing rights.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Ethiopia", "Kenya"});
}

TEST_CASE("the authors listed after a participle of drafting negotiate the text") {
  Document e = Run("The ceasefire deal being hammered out by Israel and Hamas would free forty hostages.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Hamas", "Israel"});
  Document f = Run("Le projet de déclaration rédigé par la France et l'Allemagne sera présenté lundi.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Allemagne", "France"});
}

TEST_CASE("a pair that disagrees over a text negotiates it") {
  Document e = Run("Kenya and Ethiopia remain divided over the water-sharing protocol.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Ethiopia", "Kenya"});
  Document f = Run("Le Kenya et l'Éthiopie restent divisés sur le protocole de partage des eaux.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Kenya", "Éthiopie"});
}

TEST_CASE("a numbered group negotiating stands for the parties listed before it: 'the three countries', 'les deux pays'") {
  Document e = Run("Chile, Peru and Ecuador met in Lima on Monday. The three countries are negotiating a regional "
                   "fisheries protocol.",
                   "en", Upto::kAll, "2026-05-06");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Chile", "Ecuador", "Peru"});
  Document two = Run("Chile and Peru have been at odds over salmon exports since March. The two countries are "
                     "negotiating a fisheries protocol.",
                     "en", Upto::kAll, "2026-05-06");
  REQUIRE(two.documents.size() == 1);
  CHECK(PartyNames(two, two.documents[0]) == std::vector<std::string>{"Chile", "Peru"});
  Document f = Run("Le Chili, le Pérou et l'Équateur ont des positions éloignées sur la pêche. Les trois pays "
                   "négocient depuis lundi à Lima un protocole régional sur la pêche.",
                   "fr", Upto::kAll, "2026-05-06");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Chili", "Pérou", "Équateur"});
}

TEST_CASE("ResolveGroupReference: the latest list of exactly as many parties of the noun's kind") {
  auto group = [](const std::string& text, const std::string& lang, const std::string& number) {
    Document d = Run(text, lang, Upto::kAll, "2026-05-06");
    std::vector<std::string> names;
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      if (d.tokens[i].lower != number) continue;
      uint32_t len = 0;
      for (int e : ResolveGroupReference(d, i, &len)) names.push_back(NameOf(d, e));
      break;
    }
    return names;
  };
  CHECK(group("Chile, Peru and Ecuador met on Monday. The three countries agreed.", "en", "three") ==
        std::vector<std::string>{"Chile", "Peru", "Ecuador"});
  // A list of another size is not the group.
  CHECK(group("Chile, Peru and Ecuador met on Monday. The two countries agreed.", "en", "two").empty());
  // A place after a preposition and a comma opens no member: "In Lima, Chile and Peru …".
  CHECK(group("In Lima, Chile and Peru signed a memorandum. Both countries welcomed it.", "en", "both") ==
        std::vector<std::string>{"Chile", "Peru"});
  // "les deux syndicats": organisations only.
  CHECK(group("La CGT et la CFDT ont quitté la table. Les deux syndicats dénoncent un blocage.", "fr", "deux") ==
        std::vector<std::string>{"CGT", "CFDT"});
  // "two countries" without a determiner is any two.
  CHECK(group("Chile and Peru voted for it. Two countries abstained.", "en", "two").empty());
}

TEST_CASE("the consent of the parties is no document: 'l'accord des deux délégations', 'the agreement of both sides'") {
  Document f = Run("Les deux pays ont annoncé l'accord des deux délégations pour poursuivre le travail. L'accord de "
                   "Paris reste la référence.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "accord de Paris");
  Document e = Run("Kenya and Ethiopia will proceed with the agreement of both sides. The Paris Agreement is not in "
                   "question.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(e.documents[0].name == "Paris Agreement");
}

TEST_CASE("a place opening the sentence after a preposition is no negotiating subject") {
  Document f = Run("Lundi, à Oslo, la Norvège et l'Islande ont signé un accord de pêche.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Islande", "Norvège"});
  Document e = Run("On Monday in Oslo, Norway and Iceland signed a fisheries agreement.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Iceland", "Norway"});
}

TEST_CASE("the pair that initials a text negotiates it: 'ont paraphé', 'initialled'") {
  Document f = Run("Mardi, à Tachkent, l'Union européenne et le Kazakhstan ont paraphé l'accord de partenariat renforcé.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(PartyNames(f, f.documents[0]) == std::vector<std::string>{"Kazakhstan", "Union européenne"});
  Document e = Run("Canada and Ecuador initialled a free trade agreement in Quito on Friday.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(PartyNames(e, e.documents[0]) == std::vector<std::string>{"Canada", "Ecuador"});
}

TEST_CASE("French adjectives that are also verbs end a document's name only as verbs: 'formation continue', 'conjointe'") {
  Document f = Run("Le Bénin et le Niger négocient un accord sur la gestion conjointe du fleuve.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "accord sur la gestion conjointe du fleuve");
  Document g = Run("Les syndicats et le patronat négocient un accord-cadre sur la formation continue des ouvriers.", "fr");
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].name == "accord-cadre sur la formation continue des ouvriers");
  Document v = Run("Les syndicats et le patronat négocient. L'accord sur la formation continue de diviser les usines.",
                   "fr");
  REQUIRE(v.documents.size() == 1);
  CHECK(v.documents[0].name == "accord sur la formation");
}

TEST_CASE("compacts, undertakings, licences, decrees and amendments head documents") {
  Document e = Run("The two parties are negotiating a service delivery compact.", "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(e.documents[0].name == "service delivery compact");
  Document f = Run("Le gouvernement et les syndicats négocient un décret d'application sur le temps de travail.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "décret d'application sur le temps de travail");
}

TEST_CASE("'d'un(e)' after a document's noun opens a manner, not its topic: 'le protocole social d'une main ferme'") {
  Document f = Run("Les syndicats et la direction ont signé le protocole social d'une main ferme.", "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(f.documents[0].name == "protocole social");
  Document g = Run("Les syndicats et la direction négocient le protocole de la réforme.", "fr");
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].name == "protocole de la réforme");
}

TEST_CASE("after a modal or 'to', an English head that is also a verb is the verb: 'the treaty should deal with'") {
  Document e = Run("Norway and Peru disagree on what the plastics treaty should deal with first.", "en");
  for (const auto& d : e.documents) CHECK(d.name.find("deal") == std::string::npos);
  Document m = Run("Norway and Peru are negotiating the plastics treaty. One more draft is expected.", "en");
  for (const auto& d : m.documents) CHECK(d.name != "one more draft");
}

TEST_CASE("a numbered group right before a verb of signing is the signatories' list, mid-sentence too") {
  Document e = Run("Nordwind Airlines and Baltica Airways want to combine. Shareholders have waited since the two companies "
                   "signed their merger agreement in May.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(SortedParties(e, e.documents[0]) == std::vector<std::string>{"Baltica Airways", "Nordwind Airlines"});
  Document f = Run("Le Niger et le Tchad se disputent un puits. Le calme est revenu depuis que les deux pays ont signé "
                   "un protocole de partage des eaux.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(SortedParties(f, f.documents[0]) == std::vector<std::string>{"Niger", "Tchad"});
}

TEST_CASE("a city that a document's name holds is where it was signed, not one of its parties") {
  Document e = Run("Kenya and Uganda met in Kisumu. The two ministers signed a short text, which officials called the "
                   "Kisumu Joint Declaration, committing both governments to shared patrols.",
                   "en");
  for (const auto& d : e.documents)
    for (const auto& [p, s] : d.parties) CHECK(e.entities[static_cast<size_t>(p)].name != "Kisumu");
}

TEST_CASE("a document named beside two of the article's sides, in a sentence about something else, is theirs") {
  Document e = Run("Malawi and Zambia resumed talks in Lusaka on Monday. The river authority said on Tuesday that Malawi "
                   "expected the water-sharing charter to please Zambia.",
                   "en");
  REQUIRE(e.documents.size() == 1);
  CHECK(SortedParties(e, e.documents[0]) == std::vector<std::string>{"Malawi", "Zambia"});
  Document f = Run("Le Bénin et le Togo ont repris leurs discussions lundi à Cotonou. Selon un diplomate, le Bénin "
                   "voudrait que la charte de gestion du fleuve Mono rassure aussi le Togo.",
                   "fr");
  REQUIRE(f.documents.size() == 1);
  CHECK(SortedParties(f, f.documents[0]) == std::vector<std::string>{"Bénin", "Togo"});
  // One side only beside it: nothing is inferred.
  Document g = Run("Malawi and Zambia resumed talks in Lusaka on Monday. The river authority said that Malawi expected "
                   "the water-sharing charter to please farmers.",
                   "en");
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].parties.empty());
}

TEST_CASE("French names closed by a plain qualifier or a name of their own: 'les prix planchers', 'NextGenerationEU'") {
  CHECK(DocNames(Run("Les deux pays négocient un protocole sur les droits sociaux transfrontaliers.", "fr")) ==
        std::vector<std::string>{"protocole sur les droits sociaux transfrontaliers"});
  CHECK(DocNames(Run("Ils négocient l'accord sur les prix. Les prix augmentent.", "fr")) ==
        std::vector<std::string>{"accord sur les prix"});
  CHECK(DocNames(Run("Les députés ont rejeté l'amendement sur les prix planchers, soutenu par le gouvernement.", "fr")) ==
        std::vector<std::string>{"amendement sur les prix planchers"});
  CHECK(DocNames(Run("Les Vingt-Sept négocient le plan de relance NextGenerationEU depuis juin.", "fr")) ==
        std::vector<std::string>{"plan de relance NextGenerationEU"});
  // A time, an adverb or a person's name closes nothing.
  CHECK(DocNames(Run("Les deux délégations négocient le protocole sanitaire depuis lundi.", "fr")) ==
        std::vector<std::string>{"protocole sanitaire"});
  Document d = Run("Emmanuel Macron a reçu Olaf Scholz. Le plan de relance Macron a été salué.", "fr");
  for (const auto& doc : d.documents) CHECK(doc.name.find("Macron") == std::string::npos);
}

TEST_CASE("another name after 'known as' / 'also called' is an alias; 'and' inside capitalised premodifiers") {
  Document a = Run("They negotiated the framework agreement, also called the Belgrade accord, last year.", "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].aliases == std::vector<std::string>{"Belgrade accord"});
  Document b = Run("The two sides signed the Comprehensive Economic and Trade Agreement in 2016.", "en");
  CHECK(DocNames(b) == std::vector<std::string>{"Comprehensive Economic and Trade Agreement"});
  Document c = Run("The parties adopted the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction "
                   "in 2023.",
                   "en");
  CHECK(DocNames(c) == std::vector<std::string>{"Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"});
}
