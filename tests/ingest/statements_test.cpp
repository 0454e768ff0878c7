// Stage 5: quotes, reported speech and their speakers.
#include <doctest/doctest.h>

#include "tests/ingest/helpers.h"

using namespace kg::ingest;
using namespace kg::ingest::testing;

namespace {
std::string SpeakerOf(const Document& d, const std::string& key) {
  const StatementFact* s = StatementWith(d, key);
  return s ? NameOf(d, s->speaker) : "<no statement>";
}
}  // namespace

TEST_CASE("French quotes with the attribution after, before, inverted and split") {
  Document d = Run("« Nous ne céderons sur rien de essentiel », a déclaré Claire Vasseur, ministre de la Défense.\n"
                   "Paul Moreau a affirmé : « La négociation reprendra dès la semaine prochaine. »\n"
                   "« Le calendrier est serré, a-t-il ajouté, mais il reste tenable. »\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Nous ne céderons") == "Claire Vasseur");
  CHECK(SpeakerOf(d, "La négociation reprendra") == "Paul Moreau");
  const StatementFact* split = StatementWith(d, "Le calendrier est serré");
  REQUIRE(split != nullptr);
  CHECK(NameOf(d, split->speaker) == "Paul Moreau");
  CHECK(split->text.find("il reste tenable") != std::string::npos);
  CHECK(StatementWith(d, "Nous ne céderons")->quote);
  CHECK(StatementWith(d, "Nous ne céderons")->verb == "a déclaré");
}

TEST_CASE("English quotes: \"...,\" X said / said X / X told reporters") {
  Document d = Run("\"We expect a deal before the summer,\" Laura Chen said on Monday.\n"
                   "\"There is no agreement on steel yet,\" said Peter Novak, the chief negotiator.\n"
                   "Laura Chen told reporters: \"The text is almost ready for signature.\"\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "We expect a deal") == "Laura Chen");
  CHECK(SpeakerOf(d, "no agreement on steel") == "Peter Novak");
  CHECK(SpeakerOf(d, "almost ready") == "Laura Chen");
}

TEST_CASE("reported speech: que / that, selon, d'après, according to, content first") {
  Document d = Run("Jean Dubois a estimé que la trêve resterait fragile. "
                   "Selon Amina Diallo, les discussions avancent lentement. "
                   "Les négociateurs restent prudents, d'après Marc Petit. "
                   "According to Sarah Klein, the talks will resume in May. "
                   "The delegation will stay another week, Tom Baker said. "
                   "The border crossing will reopen at dawn, Rosa Ortiz said on Monday. "
                   "Les sanctions seront levées progressivement, a indiqué Luc Girard.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la trêve resterait fragile") == "Jean Dubois");
  CHECK(SpeakerOf(d, "les discussions avancent") == "Amina Diallo");
  CHECK(SpeakerOf(d, "Les négociateurs restent prudents") == "Marc Petit");
  CHECK(SpeakerOf(d, "the talks will resume") == "Sarah Klein");
  CHECK(SpeakerOf(d, "The delegation will stay") == "Tom Baker");
  CHECK(SpeakerOf(d, "The border crossing will reopen") == "Rosa Ortiz");
  CHECK(SpeakerOf(d, "Les sanctions seront levées") == "Luc Girard");
  CHECK_FALSE(StatementWith(d, "la trêve resterait fragile")->quote);
}

TEST_CASE("speakers through pronouns, descriptions and appositions") {
  Document d = Run("Le conseiller du président, Hugo Lambert, a déclaré que la réunion avait été utile. "
                   "Il a précisé que rien n'était signé. "
                   "Marta Silva, porte-parole de la Commission, est arrivée plus tard. "
                   "« Nous attendons une réponse écrite », a expliqué la porte-parole.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la réunion avait été utile") == "Hugo Lambert");
  CHECK(SpeakerOf(d, "rien n'était signé") == "Hugo Lambert");
  CHECK(SpeakerOf(d, "Nous attendons une réponse") == "Marta Silva");
}

TEST_CASE("English pronoun and description speakers, continuation quotes") {
  Document d = Run("Foreign Minister Ana Torres arrived in Lisbon on Friday. "
                   "She said the ceasefire was holding. "
                   "\"We will not sign a text that ignores the refugees,\" the minister said. "
                   "\"The next round must settle the border question once and for all.\"",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the ceasefire was holding") == "Ana Torres");
  CHECK(SpeakerOf(d, "We will not sign") == "Ana Torres");
  CHECK(SpeakerOf(d, "The next round must settle") == "Ana Torres");
}

TEST_CASE("short quoted terms are not statements") {
  Document d = Run("Le ministre a parlé d'une « percée » sans donner de détails.", "fr", Upto::kStatements);
  CHECK(StatementWith(d, "percée") == nullptr);
}

TEST_CASE("an attribution inside unquoted content: 'A, a-t-elle insisté, B', 'A, she insisted, B'") {
  Document d = Run("Claire Vasseur a rencontré les syndicats. Le calendrier, a-t-elle insisté, reste tout à fait tenable "
                   "pour les deux parties.",
                   "fr", Upto::kStatements);
  const StatementFact* s = StatementWith(d, "Le calendrier");
  REQUIRE(s != nullptr);
  CHECK(s->text.find("reste tout à fait tenable") != std::string::npos);
  CHECK(s->text.find("insisté") == std::string::npos);
  CHECK(NameOf(d, s->speaker) == "Claire Vasseur");
  d = Run("Laura Chen spoke after the session. The gap, she insisted, was now political rather than technical.", "en",
          Upto::kStatements);
  s = StatementWith(d, "The gap");
  REQUIRE(s != nullptr);
  CHECK(s->text.find("was now political") != std::string::npos);
  CHECK(NameOf(d, s->speaker) == "Laura Chen");
}

TEST_CASE("two attributions in one sentence; bare clauses after 'told reporters' and a role") {
  Document d = Run("Paul Moreau said the deal was close, while Anna Weber said talks could last for weeks.", "en",
                   Upto::kStatements);
  CHECK(SpeakerOf(d, "the deal was close") == "Paul Moreau");
  CHECK(SpeakerOf(d, "talks could last") == "Anna Weber");
  CHECK(StatementWith(d, "the deal was close")->text.find("Anna Weber") == std::string::npos);
  d = Run("Paul Moreau a affirmé que l'accord était proche, tandis que Marie Dubois a estimé que rien n'était fait.",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "l'accord était proche") == "Paul Moreau");
  CHECK(SpeakerOf(d, "rien n'était fait") == "Marie Dubois");
  d = Run("Peter Novak told reporters the text was almost final. "
          "The ministry's spokesman, Tom Baker, said President Laura Chen had approved the plan.",
          "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the text was almost final") == "Peter Novak");
  CHECK(SpeakerOf(d, "had approved the plan") == "Tom Baker");
  CHECK(StatementWith(d, "spokesman") == nullptr);  // the subject's apposition is no content
}

TEST_CASE("participles take the sentence's subject; a short quotation inside reported speech") {
  Document d = Run("Le gouverneur, Paul Moreau, a mis en garde contre une baisse trop rapide, estimant dans un entretien "
                   "que l'inflation restait élevée.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "l'inflation restait élevée") == "Paul Moreau");
  d = Run("Anna Weber criticised the plan on Monday, adding that it lacked any funding.", "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "it lacked any funding") == "Anna Weber");
  d = Run("Paul Moreau a expliqué que l'incertitude coûtait « plusieurs dixièmes de point » à l'économie.", "fr",
          Upto::kStatements);
  CHECK(SpeakerOf(d, "l'incertitude coûtait") == "Paul Moreau");
  d = Run("Anna Weber said that the agency would \"examine the effects very carefully\" before deciding.", "en",
          Upto::kStatements);
  CHECK(SpeakerOf(d, "the agency would") == "Anna Weber");
}

TEST_CASE("speakers: an apposition closing on the name, 'X of ORG said', no content before an apposition") {
  Document d = Run("Le commandant de la force, le général italien Paolo Rossi, a assuré qu'il n'y avait aucun signe "
                   "d'escalade.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "aucun signe") == "Paolo Rossi");
  d = Run("Anna Weber of Brightwater said the deal made sense.", "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the deal made sense") == "Anna Weber");
  d = Run("Le patron du fonds, Paul Moreau, avait appelé la semaine dernière la banque à la prudence.", "fr",
          Upto::kStatements);
  CHECK(StatementWith(d, "Le patron du fonds") == nullptr);
  d = Run("Le conseiller de M. Moreau pour l'Europe, Jean Petit, a parlé à la radio. "
          "L'accord sera signé avant l'été, a-t-il dit.",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "L'accord sera signé") == "Jean Petit");
}

TEST_CASE("organisations referred to by a generic noun speak: 'the company said', 'le ministère a indiqué'") {
  Document d = Run("Nordstrand Lines cut 400 jobs in March. The company said the cuts were unavoidable.", "en",
                   Upto::kStatements);
  CHECK(SpeakerOf(d, "the cuts were unavoidable") == "Nordstrand Lines");
  d = Run("Le ministère serbe des Affaires étrangères a convoqué l'ambassadeur. Le ministère a indiqué que la "
          "décision était définitive.",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la décision était définitive") == "ministère serbe des Affaires étrangères");
}

TEST_CASE("'that' far from the verb only after a complement; a description before 'qui'; a clause running into a quote") {
  Document d = Run("Anna Weber said the agency was trying to avoid a ruling that could be challenged in court. "
                   "Peter Novak told a conference in Paris on Tuesday that the market was balanced.",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the agency was trying to avoid a ruling") == "Anna Weber");
  CHECK(SpeakerOf(d, "the market was balanced") == "Peter Novak");
  d = Run("Le conseiller Paul Moreau est arrivé au Caire. Le conseiller, qui a rencontré les médiateurs dès vendredi, "
          "a estimé qu'aucun accord n'était possible sans garanties.",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "aucun accord n'était possible") == "Paul Moreau");
  d = Run("Laura Chen spoke in Geneva. She said the government was ready to sign \"as soon as our partners are\".",
          "en", Upto::kStatements);
  const StatementFact* s = StatementWith(d, "as soon as our partners");
  REQUIRE(s != nullptr);
  CHECK(s->text.find("ready to sign") != std::string::npos);
  CHECK(NameOf(d, s->speaker) == "Laura Chen");
}

TEST_CASE("'warned, however, that', 'told reporters in X the …', the organisation of a subject's noun") {
  Document d = Run("The governor, Paul Martin, spoke next. The governor warned, however, that the external account "
                   "remained fragile. Peter Novak told reporters in Islamabad the deal vindicated the reforms.",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the external account remained fragile") == "Paul Martin");
  CHECK(SpeakerOf(d, "the deal vindicated the reforms") == "Peter Novak");
  d = Run("The IMF mission, led by Nathan Porter, said in a statement that progress had been made.", "en",
          Upto::kStatements);
  CHECK(SpeakerOf(d, "progress had been made") == "International Monetary Fund");
}

TEST_CASE("a one-word content before a mid-sentence attribution; plural nouns do not speak") {
  Document d = Run("Laurent Martin spoke in Lille. Paris, he added, expected London to pay for the patrols. "
                   "Charities warned that families would suffer.",
                   "en", Upto::kStatements);
  const StatementFact* s = StatementWith(d, "expected London to pay");
  REQUIRE(s != nullptr);
  CHECK(s->text.find("Paris") == 0);
  CHECK(NameOf(d, s->speaker) == "Laurent Martin");
  CHECK(EntityNamed(d, "Charities") < 0);
  CHECK(StatementWith(d, "families would suffer") == nullptr);
}

TEST_CASE("question-and-answer interviews: labelled answers are statements of the one answering") {
  Document d = Run("Entretien avec Amina Diallo, ministre de l'Économie.\n"
                   "Q : Le plan de relance suffira-t-il ?\n"
                   "R : Il ne suffira pas seul. Nous devons aussi réformer la fiscalité des entreprises.\n"
                   "Q : Et la dette ?\n"
                   "R : La dette reste soutenable tant que la croissance dépasse deux pour cent.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Il ne suffira pas seul") == "Amina Diallo");
  // One statement per answer.
  CHECK(StatementWith(d, "Il ne suffira pas seul")->text.find("réformer la fiscalité des entreprises") != std::string::npos);
  CHECK(SpeakerOf(d, "La dette reste soutenable") == "Amina Diallo");
  CHECK(StatementWith(d, "Le plan de relance") == nullptr);
  d = Run("We spoke to Peter Novak in Nairobi.\n"
          "Question: What comes next?\n"
          "Novak: The fund must disburse faster, or the pledges mean nothing.\n"
          "Question: And the banks?\n"
          "Novak: They have to share the risk with governments.\n",
          "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "The fund must disburse faster") == "Peter Novak");
  CHECK(SpeakerOf(d, "share the risk") == "Peter Novak");
  // Without question labels, lines are no answers.
  d = Run("Peter Novak was in Nairobi.\nNovak: a long career.\nNovak: a short temper.\n", "en", Upto::kStatements);
  CHECK(d.statements.empty());
}

TEST_CASE("'Pour le politologue X, de l'Université de Y, « … »'") {
  Document d = Run("Pour le politologue Luc Ouvrard, de l'Université de la Nouvelle-Calédonie, « la méthode a changé "
                   "et chacun écrit désormais son texte ».",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la méthode a changé") == "Luc Ouvrard");
  CHECK(StatementWith(d, "la méthode a changé")->text.find("Université") == std::string::npos);
}

TEST_CASE("'X himself wrote that', 'Speaker X', plural nouns that argue are no speakers") {
  Document d = Run("Donald Trump himself wrote on Truth Social that the package was much better. "
                   "Opponents argued the money would be better spent at home. "
                   "Speaker Mike Johnson said the House would wait.",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the package was much better") == "Donald Trump");
  CHECK(StatementWith(d, "better spent at home") == nullptr);
  CHECK(SpeakerOf(d, "the House would wait") == "Mike Johnson");
}

TEST_CASE("'A, she told a news conference, adding that B'") {
  Document d = Run("Teresa Ribera spoke in Brussels. The two groups had ignored repeated warnings, she told a news "
                   "conference, adding that further action could follow.",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "had ignored repeated warnings") == "Teresa Ribera");
}

TEST_CASE("a short quotation after the verb's object: 'a qualifié les échanges de « sérieux et constructifs »'") {
  Document d = Run("Le ministre omanais, Badr Albusaidi, a qualifié les échanges de « sérieux et constructifs ». "
                   "La CFDT a elle aussi jugé la copie patronale « inacceptable en l'état ». "
                   "Anna Weber called the deal \"a historic opportunity\" on Monday.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "sérieux et constructifs") == "Badr Albusaidi");
  CHECK(SpeakerOf(d, "inacceptable en l'état") == "CFDT");
  // A single quoted term is no statement.
  d = Run("Paul Moreau a dénoncé la « réforme » hier.", "fr", Upto::kStatements);
  CHECK(d.statements.empty());
}

TEST_CASE("an English clause holding its own 'that'; an anonymous official speaks for no one named") {
  Document d = Run("Anna Weber said Hamas wanted guarantees that the fighting would stop.", "en", Upto::kStatements);
  const StatementFact* s = StatementWith(d, "Hamas wanted guarantees");
  REQUIRE(s != nullptr);
  CHECK(NameOf(d, s->speaker) == "Anna Weber");
  d = Run("The official Anna Weber arrived on Monday. Another official, who asked not to be named, said the talks had "
          "stalled.",
          "en", Upto::kStatements);
  CHECK(StatementWith(d, "the talks had stalled") == nullptr);
}

TEST_CASE("an accusation is a statement: 'a accusé X de …', 'accused X of …'") {
  Document d = Run("Le ministre de la Défense, Israel Katz, a accusé le Hezbollah de reconstituer ses stocks d'armes. "
                   "Anna Weber accused the ministry of hiding the figures.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "reconstituer ses stocks") == "Israel Katz");
}

TEST_CASE("an accusation ends before 'and said'") {
  Document d = Run("Omar Khan accused the government of negotiating behind closed doors and said the new taxes would "
                   "fall on the middle class.",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "negotiating behind closed doors") == "Omar Khan");
  CHECK(SpeakerOf(d, "the new taxes would fall") == "Omar Khan");
  CHECK(StatementWith(d, "negotiating behind closed doors")->text.find("new taxes") == std::string::npos);
}

TEST_CASE("a one-word quotation and its complement: 's'est dit « confiant » dans une signature'") {
  Document d = Run("Le ministre, Mauro Vieira, s'est dit « confiant » dans une signature d'ici l'été.", "fr",
                   Upto::kStatements);
  CHECK(SpeakerOf(d, "confiant") == "Mauro Vieira");
}

TEST_CASE("demands and forecasts with their object: 'réclame un plafonnement', 'anticipe deux baisses'") {
  Document d = Run("Isabelle Mateos, de BNP Paribas, anticipe quant à elle deux baisses d'ici à la fin de l'année. "
                   "Sa porte-parole, Laurence Marandola, réclame un plafonnement des aides à l'actif.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "deux baisses d'ici à la fin de l'année") == "Isabelle Mateos");
  CHECK(SpeakerOf(d, "un plafonnement des aides") == "Laurence Marandola");
}

TEST_CASE("two appositions: 'X, head of policy at ORG, a London-based charity, called …'") {
  Document d = Run("Tim Jones, head of policy at Debt Justice, a London-based charity, called the outcome \"a betrayal "
                   "of the countries that are drowning\".",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "a betrayal of the countries") == "Tim Jones");
}

TEST_CASE("imperfect and present incise verbs: 'prévenait X', 'résume X', 'tranche X', 'X relève que'") {
  Document d = Run("« Nous resterons vigilants », prévenait Sophie Laurent, la présidente de la région.\n"
                   "« Il faut aller plus vite », résume Claire Dupont, économiste à l'OFCE.\n"
                   "« La Commission n'a pas de mandat pour cela », tranche Pierre Lenoir, député européen.\n"
                   "Jean Martin relève que les stocks de gaz restent élevés.\n"
                   "« Ce texte est un compromis », concède Julie Robert, négociatrice française.\n"
                   "« Les lignes rouges restent les mêmes », précisait Laura Blanc.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Nous resterons vigilants") == "Sophie Laurent");
  CHECK(SpeakerOf(d, "aller plus vite") == "Claire Dupont");
  CHECK(SpeakerOf(d, "pas de mandat") == "Pierre Lenoir");
  CHECK(SpeakerOf(d, "stocks de gaz") == "Jean Martin");
  // Not the previous speaker: the verb after the quote names its own.
  CHECK(SpeakerOf(d, "un compromis") == "Julie Robert");
  CHECK(SpeakerOf(d, "lignes rouges") == "Laura Blanc");
}

TEST_CASE("English verbs of emphasis and complaint: 'pointed out', 'underscored', 'complained that', 'contended'") {
  Document d = Run("\"We need to move faster,\" Claire Dupont, an economist at Oxford Economics, pointed out.\n"
                   "Senator Jim Risch complained that the White House had not consulted Congress.\n"
                   "Marco Rubio contended that the sanctions were working.\n"
                   "Helen Small underscored that the deadline would not move.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "move faster") == "Claire Dupont");
  CHECK(SpeakerOf(d, "had not consulted Congress") == "Jim Risch");
  CHECK(SpeakerOf(d, "sanctions were working") == "Marco Rubio");
  CHECK(SpeakerOf(d, "deadline would not move") == "Helen Small");
}

TEST_CASE("a participle after a written statement: 'a publié un communiqué dénonçant', 'issued a statement accusing'") {
  Document d = Run("Le ministère égyptien des Affaires étrangères a publié mercredi soir un communiqué dénonçant "
                   "« l'intransigeance » d'Addis-Abeba et affirmant que l'Égypte se réservait le droit de répondre.\n"
                   "La CGT a diffusé un communiqué appelant à la grève dans les ports.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "intransigeance") == "ministère égyptien des Affaires étrangères");
  CHECK(StatementWith(d, "intransigeance")->text.find("se réservait le droit") != std::string::npos);
  CHECK(SpeakerOf(d, "grève dans les ports") == "CGT");
  d = Run("Hamas issued a statement accusing Israel of stalling the negotiations in Cairo.\n"
          "The European Commission published a note saying the rules would apply from June.\n"
          "Protesters were seen calling for the minister's resignation.\n",
          "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "stalling the negotiations") == "Hamas");
  CHECK(StatementWith(d, "stalling the negotiations")->verb == "accusing");
  CHECK(SpeakerOf(d, "rules would apply from June") == "European Commission");
  CHECK(StatementWith(d, "resignation") == nullptr);  // no written statement before the participle
}

TEST_CASE("verbs of analysis in incises: 'analyse-t-elle', 'analyse X', 'décrypte X'") {
  Document d = Run("Pour Rahma Mersal, chercheuse à Pretoria, le blocage tient à la politique. « Aucun des deux "
                   "gouvernements ne peut rentrer chez lui avec l'image d'un recul », analyse-t-elle.\n"
                   "« La Banque centrale a perdu la bataille de la communication », décrypte Marc Touati, économiste.\n"
                   "Une analyse que partagent plusieurs diplomates circule à Bruxelles.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "image d'un recul") == "Rahma Mersal");
  CHECK(SpeakerOf(d, "bataille de la communication") == "Marc Touati");
  CHECK(StatementWith(d, "plusieurs diplomates") == nullptr);
}

TEST_CASE("words before a quotation that runs into its attribution; a participle after a comma before a quotation") {
  Document d = Run("Defence Minister Natthaphon Narkphanit struck a cautious tone. Bangkok would not pull back its artillery \"while mines "
                   "are still being laid on our side of the line\", he warned.\n"
                   "Cambodian Prime Minister Hun Manet welcomed the extension in a post on Facebook, calling it \"a "
                   "victory for patience\".\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "would not pull back its artillery") == "Natthaphon Narkphanit");
  REQUIRE(StatementWith(d, "would not pull back its artillery") != nullptr);
  CHECK(StatementWith(d, "would not pull back its artillery")->text.find("while mines") != std::string::npos);
  CHECK(SpeakerOf(d, "a victory for patience") == "Hun Manet");
  d = Run("Le ministre Jean Martin a parlé le premier. Paris ne cédera rien « tant que les frappes continueront sur le front », "
          "a-t-il prévenu.\n"
          "Asked about the talks, \"we are making real progress on the text,\" Jean Martin said.\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Paris ne cédera rien") == "Jean Martin");
  // A reporting verb before the quotation: the words before are an attribution, not content.
  CHECK(StatementWith(d, "Asked about") == nullptr);
}

TEST_CASE("'…, he warned, adding that …': the participle's clause is the quotation's speaker's") {
  Document d = Run("Defence Minister Natthaphon Narkphanit struck a cautious tone. Bangkok would not pull back its "
                   "artillery \"while mines are still being laid on our side of the line\", he warned, adding that the "
                   "army had documented three new mine incidents since March.\n"
                   "Le ministre Jean Martin a parlé ensuite. « Nous ne retirerons rien tant que les frappes "
                   "continuent », a-t-il prévenu, ajoutant que l'armée restait en alerte.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "three new mine incidents") == "Natthaphon Narkphanit");
  CHECK(SpeakerOf(d, "l'armée restait en alerte") == "Jean Martin");
}

TEST_CASE("a relative clause about the quotation's speaker quoting a term is no second statement") {
  Document d = Run("« Le barrage n'a privé personne d'une seule goutte d'eau », rétorque le ministre Habtamu Itefa, qui a "
                   "défendu devant la presse le principe de simples « lignes directrices ».\n"
                   "\"The dam has not deprived anyone of water,\" said Minister Habtamu Itefa, who defended the idea of "
                   "mere \"guidelines\" before the press.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "goutte d'eau") == "Habtamu Itefa");
  CHECK(StatementWith(d, "lignes directrices") == nullptr);
  CHECK(StatementWith(d, "guidelines") == nullptr);
  // Without a quotation before, the clause stays a statement: "X, qui a qualifié le texte de « compromis utile »".
  d = Run("Le ministre Paul Girard, qui a qualifié le texte de « compromis utile », a quitté la salle.", "fr",
          Upto::kStatements);
  CHECK(SpeakerOf(d, "compromis utile") == "Paul Girard");
}

TEST_CASE("a quotation after a colon, with no reporting verb, is the statement of the clause's subject") {
  Document d = Run("The chief negotiator, Laura Chen, was blunt: \"We did not come here to sign a text nobody will respect.\"\n"
                   "The general secretary of the drivers' union Aslef, Peter Novak, was unequivocal: \"Our members will "
                   "not pay for this merger.\"\n"
                   "La ministre, Claire Vasseur, a été très claire : « Nous ne signerons rien sous la menace des armes. »\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "nobody will respect") == "Laura Chen");
  CHECK(SpeakerOf(d, "Our members will not pay") == "Peter Novak");
  CHECK(SpeakerOf(d, "sous la menace des armes") == "Claire Vasseur");
}

TEST_CASE("a quotation opening a sentence: the previous sentence's subject; continued in the next paragraph") {
  Document d = Run("Claire Vasseur a jugé le texte « acceptable ». Son homologue, Paul Moreau, a répondu par un long "
                   "plaidoyer. « Notre pays n'a jamais refusé de discuter de la frontière. Nous demandons des garanties.\n\n"
                   "« Nos inquiétudes sont connues de tous depuis des années. »\n\n"
                   "Laura Chen was defiant. \"We will not give up the northern ports for a signature.\"\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "jamais refusé de discuter") == "Paul Moreau");
  CHECK(SpeakerOf(d, "Nos inquiétudes sont connues") == "Paul Moreau");
  CHECK(SpeakerOf(d, "give up the northern ports") == "Laura Chen");
}

TEST_CASE("a quotation attributed by the next sentence: 'Ce sont les mots de X', 'Those words came from X'") {
  Document d = Run("Claire Vasseur a parlé la première.\n\n"
                   "« Nous ne signerons pas sous la pression des armes. » Ce sont les mots, prononcés mardi, du "
                   "porte-parole du gouvernement, Paul Moreau.\n\n"
                   "\"The people of the valley have waited long enough for a road.\" Those words, spoken late on "
                   "Wednesday, came from Peter Novak, the regional governor.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "sous la pression des armes") == "Paul Moreau");
  CHECK(SpeakerOf(d, "waited long enough") == "Peter Novak");
  // Words the next sentence gives to no one named are no one's (not the previous speaker's).
  d = Run("Paul Moreau a déclaré que la trêve tiendrait.\n\n"
          "\"The people of the valley have waited long enough for a road.\" Those words came from a local priest.\n",
          "en", Upto::kStatements);
  CHECK(StatementWith(d, "waited long enough") == nullptr);
}

TEST_CASE("an office speaks for its owner: 'X's office said', 'Hamas's delegation said', 'a indiqué son cabinet'") {
  Document d = Run("President Tom Baker's office said the president had spoken by phone with the negotiators.\n"
                   "Hamas's delegation said the text had been rewritten at the last minute.\n"
                   "Le président Paul Moreau a reçu les délégations. Il aurait souhaité une signature avant l'été, a "
                   "indiqué son cabinet dans un communiqué.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "spoken by phone") == "Tom Baker");
  CHECK(SpeakerOf(d, "rewritten at the last minute") == "Hamas");
  CHECK(SpeakerOf(d, "souhaité une signature") == "Paul Moreau");
}

TEST_CASE("subjects with an acronym in parentheses or a 'whose' apposition; 'was quoted as saying'") {
  Document d = Run("The Competition and Markets Authority (CMA) said the remedies would preserve competition.\n"
                   "The Scottish Fishermen's Association, whose chief executive, Peter Novak, followed the talks, said "
                   "the outcome was a betrayal of every skipper.\n"
                   "Senator Laura Chen was quoted by El Tiempo as saying the government had handed the rebels a platform.\n"
                   "L'Alliance Fleuve Congo (AFC), la coalition dont fait partie le M23, a dénoncé sur X des discussions "
                   "« menées sans ceux qui contrôlent le terrain ».\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "would preserve competition") == "Competition and Markets Authority");
  CHECK(SpeakerOf(d, "a betrayal of every skipper") == "Scottish Fishermen's Association");
  CHECK(SpeakerOf(d, "handed the rebels a platform") == "Laura Chen");
  CHECK(SpeakerOf(d, "contrôlent le terrain") == "Alliance Fleuve Congo");
}

TEST_CASE("'told reporters at … in … that'; 'adding that' after unquoted content; 'a par ailleurs rappelé'") {
  Document d = Run("Sarah Klein told reporters at the ministry's offices in Canary Wharf that the board had rejected two "
                   "proposals.\n"
                   "Laura Chen chairs the company. Talks would resume on Nov. 4, she wrote on LinkedIn, adding that the "
                   "company had nothing to hide.\n"
                   "Claire Vasseur préside le groupe. Les discussions reprendront le 4 novembre, a-t-elle écrit sur "
                   "LinkedIn, ajoutant que l'entreprise n'avait rien à cacher.\n"
                   "Paul Moreau a par ailleurs rappelé que son pays avait accepté le principe d'un mécanisme conjoint.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "rejected two proposals") == "Sarah Klein");
  CHECK(SpeakerOf(d, "Talks would resume") == "Laura Chen");
  CHECK(SpeakerOf(d, "the company had nothing to hide") == "Laura Chen");
  CHECK(StatementWith(d, "Talks would resume")->text.find("nothing to hide") == std::string::npos);
  CHECK(SpeakerOf(d, "Les discussions reprendront") == "Claire Vasseur");
  CHECK(SpeakerOf(d, "n'avait rien à cacher") == "Claire Vasseur");
  CHECK(SpeakerOf(d, "accepté le principe") == "Paul Moreau");
}

TEST_CASE("generic nouns: '-ment' nouns are no adverbs, a noun classifying an organisation refers to it") {
  Document d = Run("The Department for Transport has taken a close interest. In a statement, the department said it "
                   "welcomed any investment in rail freight.\n"
                   "The drivers' union Aslef is angry. Aslef will ballot its members next month, the union said, unless "
                   "management gives written guarantees.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "welcomed any investment") == "Department for Transport");
  const StatementFact* ballot = StatementWith(d, "will ballot its members");
  REQUIRE(ballot != nullptr);
  CHECK(NameOf(d, ballot->speaker) == "Aslef");
  CHECK(ballot->text.back() != '.');
}

TEST_CASE("'Pour X, …' ends before a quotation that is a statement of its own") {
  Document d = Run("Pour Amina Diallo, analyste à l'International Crisis Group, les deux camps « gagnent du temps » : "
                   "« Chacun attend de voir qui cédera le premier sur le calendrier. »",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "gagnent du temps") == "Amina Diallo");
  CHECK(SpeakerOf(d, "Chacun attend de voir") == "Amina Diallo");
  CHECK(StatementWith(d, "gagnent du temps")->text.find("Chacun") == std::string::npos);
}

TEST_CASE("coordinated attributions: 'and announced that', 'but said', 'tandis que', ', estimant que' after an object") {
  Document d = Run("Laura Chen said the union was ready to \"take its responsibilities\" and announced that she would invite "
                   "the employers to Leeds in January.\n"
                   "Peter Novak welcomed the deal as \"a step in the right direction\" but said in a post on X that the "
                   "security of the border \"must be part of any settlement\".\n"
                   "Le sénateur Paul Moreau (Centre démocratique) a dénoncé « une négociation sans contreparties », tandis "
                   "que le président de la fédération, Jean Dubois, a jugé que le gouvernement « récompensait la violence ».\n"
                   "La présidente du syndicat, Claire Vasseur, a réclamé une réunion avec le ministre « dans les cent "
                   "premiers jours », estimant que le programme faisait « payer aux salariés la facture de la défense ».\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "take its responsibilities") == "Laura Chen");
  CHECK(SpeakerOf(d, "invite the employers") == "Laura Chen");
  CHECK(StatementWith(d, "take its responsibilities")->text.find("invite") == std::string::npos);
  CHECK(SpeakerOf(d, "must be part of any settlement") == "Peter Novak");
  CHECK(SpeakerOf(d, "sans contreparties") == "Paul Moreau");
  CHECK(SpeakerOf(d, "récompensait la violence") == "Jean Dubois");
  CHECK(SpeakerOf(d, "la facture de la défense") == "Claire Vasseur");
  CHECK(StatementWith(d, "cent premiers jours")->text.find("facture") == std::string::npos);
}

TEST_CASE("audiences before 'that': 'told analysts on a call on Tuesday evening that', 'told ORG, APPOSITION, that'") {
  Document d = Run("Bayer's chief executive, Bill Anderson, told analysts on a conference call on Tuesday evening that the "
                   "deal would \"substantially contain\" the litigation.\n"
                   "Sarah Klein told Reuters, the news agency, that the movement expected the release of 700 detainees.\n"
                   "Tom Baker warned against what he called outside players in the region.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "substantially contain") == "Bill Anderson");
  CHECK(SpeakerOf(d, "release of 700 detainees") == "Sarah Klein");
  CHECK(StatementWith(d, "outside players") == nullptr);  // "warned against" opens no clause
  d = Run("Claire Vasseur a toutefois reconnu que la question des banques divisait encore les Européens.\n", "fr",
          Upto::kStatements);
  CHECK(SpeakerOf(d, "divisait encore") == "Claire Vasseur");
}

TEST_CASE("an attribution on the next line; a quotation after a line ending with a colon") {
  Document d = Run("Peter Novak arrived late.\n\n"
                   "\"We will not give up the northern ports for a signature,\"\n"
                   "said Laura Chen, the foreign minister.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "northern ports") == "Laura Chen");
  d = Run("Le ministre Paul Moreau a parlé devant la presse.\n\n"
          "Claire Vasseur a déclaré :\n"
          "« La négociation reprendra dès la semaine prochaine à Genève. »\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "La négociation reprendra") == "Claire Vasseur");
}

TEST_CASE("interviews without question labels: name-prefixed transcripts, dialogue dashes") {
  Document d = Run("We spoke to Peter Novak in Nairobi.\n\n"
                   "Novak: We will not cut rates before inflation is back below five percent.\n\n"
                   "Why not move faster, then?\n\n"
                   "Novak: Because the shilling is still fragile and imported fuel costs remain high.\n\n"
                   "Novak: The programme with the fund will be signed in April.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "will not cut rates") == "Peter Novak");
  CHECK(SpeakerOf(d, "signed in April") == "Peter Novak");
  CHECK(StatementWith(d, "move faster") == nullptr);
  d = Run("Entretien avec Claire Vasseur, ministre du Travail.\n\n"
          "— Madame la ministre, la négociation est-elle rompue ?\n"
          "— Non. Nous avons simplement constaté un désaccord sur le calendrier.\n"
          "— Quand reprendra-t-elle ?\n"
          "— Dès la semaine prochaine, si les syndicats le veulent bien.\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "constaté un désaccord") == "Claire Vasseur");
  CHECK(SpeakerOf(d, "si les syndicats le veulent") == "Claire Vasseur");
  CHECK(StatementWith(d, "est-elle rompue") == nullptr);
  // Dashes without a question are no interview.
  d = Run("Paul Moreau était à Lyon.\n— Une longue carrière derrière lui.\n— Un caractère difficile.\n", "fr",
          Upto::kStatements);
  CHECK(d.statements.empty());
}

TEST_CASE("'The statement said' is its author's; verbs of assurance, denial and hinting") {
  Document d = Run("Hamas issued a statement on Tuesday evening. The statement said the group would not disarm before a "
                   "state was created.\n"
                   "Le ministère de la Défense a publié un communiqué mardi soir. Le communiqué précise que les "
                   "patrouilles seront renforcées dans le nord.\n"
                   "Peter Novak hinted that the bank could cut rates in June.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "would not disarm") == "Hamas");
  CHECK(SpeakerOf(d, "patrouilles seront renforcées") == "ministère de la Défense");
  CHECK(SpeakerOf(d, "cut rates in June") == "Peter Novak");
  d = Run("Claire Vasseur a nié que le gouvernement ait cédé aux syndicats. Paul Moreau a laissé entendre que "
          "l'accord serait signé avant l'été.\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "ait cédé aux syndicats") == "Claire Vasseur");
  CHECK(SpeakerOf(d, "serait signé avant l'été") == "Paul Moreau");
}

TEST_CASE("a quotation paragraph after a paragraph introducing its speaker") {
  Document d = Run("Peter Novak, the union leader, was in a combative mood on Tuesday.\n\n"
                   "\"We will strike on Monday if the company does not move on pensions.\"\n\n"
                   "The talks resumed in Leeds, with Laura Chen leading the delegation.\n\n"
                   "\"Nobody wants a long strike before the winter.\"\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "strike on Monday") == "Peter Novak");
  CHECK(StatementWith(d, "Nobody wants a long strike") == nullptr);  // "with X" is no subject
  d = Run("Claire Vasseur, la secrétaire générale du syndicat, s'est montrée combative mardi.\n\n"
          "« Nous ferons grève lundi si la direction ne bouge pas sur les retraites. »\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Nous ferons grève lundi") == "Claire Vasseur");
}

TEST_CASE("'Selon/Pour/According to X, …': the speaker's name, a relative clause or a modified role before the content") {
  Document d = Run("Selon le représentant spécial de l'UE pour le dialogue, Tomas Reinholt, les deux délégations ont accepté "
                   "de reprendre les discussions.\n"
                   "Pour Amina Diallo, qui dirige l'Institut d'études pour la paix, la fenêtre est étroite.\n",
                   "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(d, "les deux délégations ont accepté");
  REQUIRE(a != nullptr);
  CHECK(a->text.rfind("les deux délégations", 0) == 0);
  const StatementFact* b = StatementWith(d, "la fenêtre est étroite");
  REQUIRE(b != nullptr);
  CHECK(NameOf(d, b->speaker) == "Amina Diallo");
  CHECK(b->text == "la fenêtre est étroite");
  d = Run("According to Peter Novak, a shipping analyst at Jefferies in London, the combined group would have real "
          "pricing power.\n"
          "According to Laura Chen, who chairs the host commission, both bids meet the technical requirements.\n",
          "en", Upto::kStatements);
  CHECK(StatementWith(d, "pricing power")->text.rfind("the combined group", 0) == 0);
  CHECK(StatementWith(d, "technical requirements")->text.rfind("both bids", 0) == 0);
}

TEST_CASE("speakers called by a compound surname; a party inside the description before the name") {
  Document d = Run("The talks were chaired by Tovar da Silva Nunes, a Brazilian diplomat. \"We have a text that everybody "
                   "can live with,\" da Silva Nunes told reporters.\n"
                   "Carlos Ruiz Massieu arrived on Monday. Ruiz Massieu said the mission was ready to deploy monitors.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "everybody can live with") == "Tovar da Silva Nunes");
  CHECK(SpeakerOf(d, "ready to deploy monitors") == "Carlos Ruiz Massieu");
  int persons = 0;
  for (const auto& e : d.entities) persons += !e.dropped && e.type == EntityType::kPerson;
  CHECK(persons == 2);
  d = Run("Le rapporteur du texte, le député Renaissance Antoine Verdier, estime que la majorité a « prouvé qu'elle "
          "pouvait bâtir des compromis ».\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "bâtir des compromis") == "Antoine Verdier");
}

TEST_CASE("'The Turkish minister said': a demonym before the role; 'a justifié … par « … »'") {
  Document d = Run("Laura Chen, Tonga's environment minister, spoke first. COP31 President Murat Kurum defended the text. "
                   "\"This is the ceiling of what consensus allows tonight,\" Kurum told a plenary session. The Turkish "
                   "minister said he would hold one-on-one consultations through the morning.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "one-on-one consultations") == "Murat Kurum");
  d = Run("Claire Vasseur a gagné. Mme Vasseur, qui avait longtemps exclu de gouverner avec la gauche, a justifié son "
          "revirement par « la responsabilité de ne pas laisser le pays sans gouvernement ».\n",
          "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "sans gouvernement") == "Claire Vasseur");
}

TEST_CASE("'selon lui' inside a relative clause: the clause is the statement") {
  Document d = Run("Le commissaire Paul Moreau a défendu mercredi un compromis « équilibré », qui permettra selon lui de "
                   "suspendre les préférences tarifaires en cas de hausse brutale des importations.\n",
                   "fr", Upto::kStatements);
  const StatementFact* st = StatementWith(d, "suspendre les préférences tarifaires");
  REQUIRE(st != nullptr);
  CHECK(NameOf(d, st->speaker) == "Paul Moreau");
  CHECK(st->text.find("selon lui") == std::string::npos);
  // "Selon lui" closing the content stays as before.
  d = Run("Claire Vasseur a parlé. La réforme sera votée avant l'été, selon elle.\n", "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "La réforme sera votée") == "Claire Vasseur");
}

TEST_CASE("a quotation attributed to someone unnamed is no one's, not the previous sentence's subject") {
  Document d = Run("Laura Chen met Peter Novak on Monday in Riyadh. \"We made progress on the embassies but not on the front "
                   "line,\" a State Department official said.\n"
                   "Paul Moreau a rencontré Claire Vasseur lundi. « Nous avons avancé sur les ambassades mais pas sur le "
                   "front », a confié un diplomate.\n",
                   "en", Upto::kStatements);
  CHECK(StatementWith(d, "progress on the embassies") == nullptr);
  CHECK(StatementWith(d, "avancé sur les ambassades") == nullptr);
}

TEST_CASE("'a quant à lui annoncé que' and 'said on Wednesday it had …'") {
  Document fr = Run("Patrick Ollivier, de FO, a quant à lui annoncé que son organisation appellerait à suspendre le mouvement. "
                    "La ministre Claire Vasseur a quant à elle fait savoir qu'elle ne signerait pas le texte.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "appellerait à suspendre") == "Patrick Ollivier");
  CHECK(SpeakerOf(fr, "ne signerait pas") == "Claire Vasseur");
  Document en = Run("Laura Chen said on Wednesday the talks had stalled over steel quotas. "
                    "Peter Novak said late on Monday that the text was ready. "
                    "Tom Baker said on Monday, before the vote, that nothing had changed.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "the talks had stalled") == "Laura Chen");
  const StatementFact* s = StatementWith(en, "the talks had stalled");
  REQUIRE(s != nullptr);
  CHECK(s->text.rfind("the talks", 0) == 0);  // the day is no part of the content
  CHECK(SpeakerOf(en, "the text was ready") == "Peter Novak");
  CHECK(StatementWith(en, "Monday, before") == nullptr);
}

TEST_CASE("a spokesperson speaks for the body named before the noun; a nationality inside an apposition") {
  Document en = Run("UEFA met in Nyon on Monday. A UEFA spokesperson said the European body supported any dialogue. "
                    "Germany's economy ministry opened a review. \"Critical infrastructure will get the scrutiny it "
                    "deserves,\" a ministry spokesman said. "
                    "Its president, Vietnamese diplomat Tran Minh Duc, told the plenary that the draft had been within reach.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "supported any dialogue") == "UEFA");
  CHECK(SpeakerOf(en, "Critical infrastructure") != "<no statement>");
  CHECK(SpeakerOf(en, "Critical infrastructure") != "UEFA");
  CHECK(SpeakerOf(en, "within reach") == "Tran Minh Duc");
  Document fr = Run("Le président, le diplomate vietnamien Tran Minh Duc, a déclaré que le texte était à portée de main.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "à portée de main") == "Tran Minh Duc");
}

TEST_CASE("a transcript's answer label names a person even when the name was read as an organisation") {
  const std::string text =
      "NAIROBI - Wanjiru Kamau has led the Central Bank of Kenya since last June.\n\n"
      "**Q: Is it time to cut rates?**\n\nKamau: We are getting there, but I am not in a hurry.\n\n"
      "**Q: And the IMF?**\n\nKamau: The staff mission left Nairobi and the discussions were constructive.\n\n"
      "**Q: The Eurobonds?**\n\nKamau: That is not on the table.\n";
  Document d = Run(text, "en", Upto::kStatements);
  int e = EntityNamed(d, "Wanjiru Kamau");
  REQUIRE(e >= 0);
  CHECK(d.entities[static_cast<size_t>(e)].type == EntityType::kPerson);
  CHECK(SpeakerOf(d, "I am not in a hurry") == "Wanjiru Kamau");
  CHECK(SpeakerOf(d, "That is not on the table") == "Wanjiru Kamau");
  // Without question labels the same lines name no one.
  Document plain = Run("NAIROBI - Wanjiru Kamau has led the Central Bank of Kenya since last June.\n"
                       "Kamau: one.\nKamau: two.\nKamau: three.\n",
                       "en", Upto::kStatements);
  CHECK(plain.statements.empty());
}

TEST_CASE("a transcript's label in capitals names the person by surname: 'OKONKWO-BELL:', 'HERNÁNDEZ :'") {
  const std::string text =
      "HOST: Joining us is Dr. Chidi Okonkwo-Bell, an economist at the University of Lagos, and Lucía Hernández, "
      "a union organiser.\n\nHOST: Will the deal hold?\n\nOKONKWO-BELL: It will hold until the next budget, no longer.\n\n"
      "HERNÁNDEZ: Our members will vote on it next week.\n\nHOST: Thank you both.\n";
  Document d = Run(text, "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "until the next budget") == "Chidi Okonkwo-Bell");
  CHECK(SpeakerOf(d, "Our members will vote") == "Lucía Hernández");
  // A label that spells no one named is no speaker.
  Document none = Run("HOST: Welcome.\n\nGARCIA: It will hold until the next budget.\n", "en", Upto::kStatements);
  CHECK(SpeakerOf(none, "until the next budget") != "Chidi Okonkwo-Bell");
}

TEST_CASE("appeals: 'urged X to …', 'called on X to …'") {
  Document d = Run("China's ambassador, Fu Jianming, called on both countries to cut their arsenals first. "
                   "Siobhán Keane, Ireland's ambassador, urged states to sign the new treaty. "
                   "Laura Chen called on Monday for calm.",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "cut their arsenals first") == "Fu Jianming");
  CHECK(SpeakerOf(d, "sign the new treaty") == "Siobhán Keane");
  CHECK(StatementWith(d, "for calm") == nullptr);
}

TEST_CASE("speakers: 'X of PLACE told reporters', a title inside an apposition ('Son avocat, Me X, a confirmé')") {
  Document en = Run("Board co-chair Ingrid Solheim of Norway told reporters the approvals showed the fund could move faster. "
                    "The envoy, Mr. John Smith, said that the talks would resume.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "the approvals showed") == "Ingrid Solheim");
  CHECK(SpeakerOf(en, "the talks would resume") == "John Smith");
  Document fr = Run("Son avocat, Me Étienne Ravel, a confirmé qu'il avait quitté le territoire jeudi matin.", "fr",
                    Upto::kStatements);
  CHECK(SpeakerOf(fr, "avait quitté le territoire") == "Étienne Ravel");
}

TEST_CASE("'the spokesperson added' is the body's; 'X, an adviser at ORG, who added that'; 's'indigne X'") {
  Document en = Run("Pieter de Vries met UEFA officials. A UEFA spokesperson said the European body supports any dialogue. "
                    "The memorandum already includes commitments on rest periods, the spokesperson added. "
                    "The statement was read by Faisal Al-Harbi, an adviser at the Saudi energy ministry, who added that the "
                    "group was ready to engage.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "commitments on rest periods") == "UEFA");
  CHECK(SpeakerOf(en, "ready to engage") == "Faisal Al-Harbi");
  Document fr = Run("La FNSEA a appelé à manifester. « On nous demande de respecter des règles que personne n'imposera », "
                    "s'indigne Hervé Lapierre, secrétaire général adjoint de la FNSEA. "
                    "Un porte-parole de la FNSEA a pris la parole. Le texte doit être revu, a ajouté le porte-parole.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "On nous demande") == "Hervé Lapierre");
  CHECK(SpeakerOf(fr, "Le texte doit être revu") == "FNSEA");
}

TEST_CASE("'Pour elle, …', 'Pour la spécialiste, …'; an incise between the verb and 'que/that'") {
  Document fr = Run("« Les Russes utilisent la trêve », estime Olena Kovalchuk, chercheuse au Centre ukrainien. "
                    "Pour elle, l'échange de prisonniers reste le seul canal qui fonctionne. "
                    "« Les Européens ont changé de vocabulaire », observe Élise Marchetti, chercheuse à l'Ifri. "
                    "Pour la spécialiste, tout se jouera au sommet de l'Otan. "
                    "Jean Dubois a laissé entendre, devant la presse, qu'il pourrait accepter des prêts ciblés.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "le seul canal") == "Olena Kovalchuk");
  CHECK(SpeakerOf(fr, "tout se jouera") == "Élise Marchetti");
  CHECK(SpeakerOf(fr, "accepter des prêts ciblés") == "Jean Dubois");
  CHECK(StatementWith(fr, "devant la presse") == nullptr);
  Document en = Run("Laura Chen said, in a statement on Tuesday, that the talks would resume.", "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "the talks would resume") == "Laura Chen");
}

TEST_CASE("a French nationality noun stands for the person named before: 'Le Portugais, qui …, a annoncé que'") {
  Document d = Run("Le président du Conseil européen, Rui Carvalhal, a salué l'accord. Le Portugais, qui présidait ses "
                   "dernières réunions, a annoncé que la question serait tranchée en juin. "
                   "La ministre Claire Vasseur a salué l'accord. La Française a estimé que le calendrier restait tenable. "
                   "Les Allemands ont estimé que rien ne pressait.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la question serait tranchée") == "Rui Carvalhal");
  CHECK(SpeakerOf(d, "le calendrier restait tenable") == "Claire Vasseur");
  CHECK(StatementWith(d, "rien ne pressait") == nullptr);
}

TEST_CASE("French perfect infinitives after the verb ('a affirmé avoir obtenu …') and gerunds ('en ajoutant que')") {
  Document d = Run("Karin Holmberg a affirmé avoir obtenu des garanties écrites sur ce point. "
                   "Le Parti du centre a annoncé jeudi avoir bouclé « l'essentiel » d'un accord de gouvernement. "
                   "« Nous ne signerons pas de chèque en blanc », a prévenu Sofia Nyman, en ajoutant que son parti "
                   "voterait contre le budget.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "avoir obtenu des garanties") == "Karin Holmberg");
  CHECK(SpeakerOf(d, "l'essentiel » d'un accord de gouvernement") == "Parti du centre");
  CHECK(SpeakerOf(d, "voterait contre le budget") == "Sofia Nyman");
  CHECK(StatementWith(d, "jeudi avoir") == nullptr);
}

TEST_CASE("a relative clause after content attributes nothing to it ('…, auquel X n'a pas confirmé sa venue')") {
  Document fr = Run("Erevan accueillera en mai le sommet de la Communauté politique européenne, auquel Ilham Aliev n'a pas "
                    "encore confirmé sa participation.",
                    "fr", Upto::kStatements);
  CHECK(StatementWith(fr, "Erevan accueillera") == nullptr);
  Document en = Run("The summit will open in May, which Ilham Aliev has confirmed.", "en", Upto::kStatements);
  CHECK(StatementWith(en, "The summit will open") == nullptr);
}

TEST_CASE("'Pour l'ONG X, qui …, CONTENT': an organisation's opinion; 'Pour la France, …' is none") {
  Document d = Run("Pour l'ONG Médecins sans frontières, qui suit les discussions depuis 2021, la proposition des "
                   "laboratoires est « inacceptable en l'état ». "
                   "Pour la France, la priorité reste la défense aérienne.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la proposition des laboratoires") == "Médecins sans frontières");
  CHECK(StatementWith(d, "la priorité reste") == nullptr);
}

TEST_CASE("'a fait savoir par la voix de sa présidente, X, qu'il …'") {
  Document d = Run("Le Parti de gauche a fait savoir par la voix de sa présidente de groupe, Sofia Nyman, qu'il "
                   "n'exigeait pas d'entrer au gouvernement.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "n'exigeait pas d'entrer") == "Parti de gauche");
  const StatementFact* s = StatementWith(d, "n'exigeait pas d'entrer");
  REQUIRE(s != nullptr);
  CHECK(s->text.find("Sofia Nyman") == std::string::npos);
}

TEST_CASE("a nationality noun before the name closing an apposition: 'le négociateur …, le Sénégalais X, a affirmé que'") {
  Document d = Run("Joint par téléphone, le négociateur du groupe africain, le Sénégalais Amadou Diallo, a affirmé que ses "
                   "collègues ne voteraient pas une annexe au rabais.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "ne voteraient pas") == "Amadou Diallo");
}

TEST_CASE("a name standing alone between commas, several appositions before the verb, is the subject") {
  Document fr = Run("Invitée ce mardi de la matinale, Hélène Vasseur, ambassadrice de France pour la santé mondiale et "
                    "coprésidente du groupe de travail chargé de l'annexe, dite annexe PABS, a reconnu que le texte n'était "
                    "« pas encore mûr ».",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "pas encore mûr") == "Hélène Vasseur");
  Document en = Run("Speaking by phone, Laura Chen, the fund's co-chair and a former finance minister, the first woman in "
                    "the post, said that the board would meet again in Kigali.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "the board would meet again") == "Laura Chen");
}

TEST_CASE("an interview with its questions in bold lines: the plain line after each is the interviewee's answer") {
  Document d = Run("Marta Solís Vega heads the water authority. Her deputy, Pablo Ruiz, resigned in May. "
                   "We met Solís Vega in her office.\n\n"
                   "**What changed after the drought?**\n\n"
                   "We rebuilt the intake pipes first, because they were losing a third of the water.\n\n"
                   "**Your deputy left in protest.**\n\n"
                   "He had his reasons, and I respect them.\n\n"
                   "**Will prices rise?**\n\n"
                   "Only for the largest farms, and only next year.\n\n"
                   "We will publish the new tariffs in October, after the harvest.\n\n"
                   "The authority's board meets again in June.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "We rebuilt the intake pipes") == "Marta Solís Vega");
  CHECK(SpeakerOf(d, "He had his reasons") == "Marta Solís Vega");
  CHECK(SpeakerOf(d, "Only for the largest farms") == "Marta Solís Vega");
  CHECK(SpeakerOf(d, "We will publish the new tariffs") == "Marta Solís Vega");  // the answer runs on
  CHECK(StatementWith(d, "board meets again") == nullptr);  // narration after the answers
  CHECK(StatementWith(d, "What changed") == nullptr);       // the questions
}

TEST_CASE("bold lines that ask nothing make no interview") {
  Document d = Run("**Key points**\n\nThe ministers met in Rabat.\n\n**Background**\n\nThe dispute is old.\n\n"
                   "**What next?**\n\nNothing is planned.\n",
                   "en", Upto::kStatements);
  CHECK(d.statements.empty());
}

TEST_CASE("an opinion marker with a possessive speaks for the person just quoted or named") {
  Document d = Run("Clara Wendt, économiste à l'OFCE, juge le plan trop timide. "
                   "À ses yeux, la banque centrale devra relever ses taux avant l'été.\n"
                   "Tom Pritchard, a fellow at the Hartley Institute, said room was limited. "
                   "In his view, the union could accept a two-year deal.\n"
                   "À son arrivée, le ministre a salué les délégations.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la banque centrale devra relever") == "Clara Wendt");
  CHECK(SpeakerOf(d, "the union could accept") == "Tom Pritchard");
  CHECK(StatementWith(d, "le ministre a salué") == nullptr);  // "à son arrivée": no opinion
}

TEST_CASE("a verb with an inverted pronoun after a quotation attributes it, listed or not") {
  Document d = Run("Paul Moreau accompagnait la ministre Claire Vasseur au marché de Rungis. "
                   "« Les prix montent, les salaires ne bougent pas, voilà tout », soupire-t-elle.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Les prix montent") == "Claire Vasseur");
}

TEST_CASE("an attribution inside a quotation that runs on past its sentence") {
  Document d = Run("Le négociateur Karim Haddad a quitté la salle le premier. « Nous ne signerons pas un texte "
                   "vide de garanties, a-t-il déclaré devant la presse. Nos partenaires le savent. »\n",
                   "fr", Upto::kStatements);
  const StatementFact* st = StatementWith(d, "Nous ne signerons pas");
  REQUIRE(st != nullptr);
  CHECK(NameOf(d, st->speaker) == "Karim Haddad");
  CHECK(st->text.find("a-t-il") == std::string::npos);
}

TEST_CASE("a quotation after a colon in a verbless clause naming one person after 'de/of/from'") {
  Document d = Run("**14 h 10** - Réaction de Paul Moreau, négociateur en chef du Sénégal : « Le texte avance, mais "
                   "sans argent il ne sert à rien. »\n"
                   "Reaction from Laura Chen, the trade envoy: \"We will not sign a text without a budget line.\"\n"
                   "**15 h 00** - L'analyse de Marc Petit, chercheur à l'Iddri : « Le blocage est budgétaire, pas "
                   "technique. »\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Le texte avance") == "Paul Moreau");
  CHECK(SpeakerOf(d, "We will not sign") == "Laura Chen");
  CHECK(SpeakerOf(d, "Le blocage est budgétaire") == "Marc Petit");  // "analyse" is a noun here
}

TEST_CASE("unquoted content after a colon closing the verb group: 'X nuance : CONTENT'") {
  Document d = Run("Julien Marchal, géographe à l'université de Tours, nuance : le gouvernement a déjà accepté "
                   "l'idée d'une décentralisation.\n",
                   "fr", Upto::kStatements);
  const StatementFact* st = StatementWith(d, "le gouvernement a déjà accepté");
  REQUIRE(st != nullptr);
  CHECK(NameOf(d, st->speaker) == "Julien Marchal");
  CHECK(st->text.find("nuance") == std::string::npos);
}

TEST_CASE("a clause after 'selon lui' is not reported again with the words already attributed before it") {
  Document d = Run("Julien Marchal, géographe à l'université de Tours, nuance : Ankara a selon lui « déjà accepté » "
                   "cette idée.\n",
                   "fr", Upto::kStatements);
  for (const auto& st : d.statements) CHECK(st.text.find("géographe") == std::string::npos);
}

TEST_CASE("a definite article and a noun shaped like a person's stand for the person just named") {
  Document d = Run("La négociatrice de la CGT, Nadia Benhamou, a quitté la séance la première. La syndicaliste a "
                   "ajouté que son organisation ne signerait aucun texte de recul.\n"
                   "Marc Lefort, chercheur à l'IPP, suit le dossier depuis dix ans. Le chercheur estime que le décret "
                   "sera publié en décembre.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "ne signerait aucun texte") == "Nadia Benhamou");
  CHECK(SpeakerOf(d, "le décret sera publié") == "Marc Lefort");
}

TEST_CASE("'told' takes a longer addressee before 'that'; a name opening the sentence before two appositions") {
  Document d = Run("Later on Wednesday, Streeting told MPs at Health Questions in the House of Commons that he would "
                   "not negotiate through the media.\n"
                   "Grace Mwangi, Kenya's trade secretary, who coordinates the African Group, said the group had "
                   "secured a review of cotton subsidies.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "negotiate through the media") == "Streeting");
  CHECK(SpeakerOf(d, "secured a review of cotton") == "Grace Mwangi");
}

TEST_CASE("an unlisted verb taking a 'que/that' clause after a speaker reports what the speaker thinks") {
  Document d = Run("Aminata Keita, chercheuse à l'ISS, suit les négociations. La chercheuse doute toutefois qu'un "
                   "accord complet puisse être conclu cette année.\n"
                   "Il faut que les deux parties reviennent à la table, ainsi que les médiateurs.\n"
                   "Paul Moreau ne demande que des garanties écrites sur le calendrier.\n"
                   "Claire Vasseur s'attend à ce que les négociations durent jusqu'à l'été.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "accord complet puisse être conclu") == "Aminata Keita");
  CHECK(StatementWith(d, "les deux parties reviennent") == nullptr);  // impersonal "il faut que"
  CHECK(StatementWith(d, "des garanties écrites") == nullptr);        // "ne … que": a restriction
  CHECK(SpeakerOf(d, "les négociations durent") == "Claire Vasseur");  // "s'attend à ce que"
  Document e = Run("Laura Chen, the chief negotiator, doubts that the ceasefire will not hold beyond March.\n"
                   "The Commission approved the plan so that the funds can flow in May.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(e, "the ceasefire will not hold") == "Laura Chen");
  CHECK(StatementWith(e, "the funds can flow") == nullptr);
}

TEST_CASE("content first, then 'a précisé la syndicaliste': a noun shaped like a person's after the verb") {
  Document d = Run("Paul Moreau accompagnait Mireille Caradec, secrétaire générale de la fédération. La fédération "
                   "consultera ses adhérents avant de signer, a précisé la syndicaliste.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "consultera ses adhérents") == "Mireille Caradec");
}

TEST_CASE("a reflexive verb of saying and an attribute: 's'est dit prêt à …'") {
  Document d = Run("Le secrétaire national de la CFDT, Yvan Marchal, s'est dit prêt à discuter d'un allongement de la "
                   "durée d'affiliation si le patronat cède sur les contrats courts.\n"
                   "Paul Moreau s'est rendu à Bruxelles pour la réunion des ministres.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "prêt à discuter d'un allongement") == "Yvan Marchal");
  CHECK(StatementWith(d, "Bruxelles") == nullptr);
}

TEST_CASE("a medium named between the verb and the speaker is not the speaker ('martèle sur France Inter la ministre X')") {
  Document d = Run("« Le financement est bouclé pour trois ans », martèle mardi sur France Inter la ministre Marie "
                   "Dupont.\n"
                   "\"The money is there for three years,\" said on Sky News the minister, Jane Wilson.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Le financement est bouclé") == "Marie Dupont");
  CHECK(SpeakerOf(d, "The money is there") == "Jane Wilson");
}

TEST_CASE("'the spokesperson added' after 'a <body> spokesperson said' with the body's name between") {
  Document d = Run("The minister stayed away, but a Department of Transport and Roads spokesperson said the offer "
                   "stood. \"Strikes will not change the numbers, and the unions know it,\" the spokesperson added.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "Strikes will not change") == "Department of Transport and Roads");
}

TEST_CASE("a quotation opening the sentence after reported speech of the same paragraph continues its speaker") {
  Document d = Run("Le maire, Paul Martin, a estimé que le budget restait tenable. « Nous ne paierons pas un euro de "
                   "plus pour ce chantier. »\n"
                   "Mayor Jane Wilson said the budget was still under control. \"We will not pay one more euro for "
                   "this project.\"\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Nous ne paierons pas") == "Paul Martin");
  CHECK(SpeakerOf(d, "We will not pay") == "Jane Wilson");
}

TEST_CASE("a named attribution inside a quotation that ends its sentence, past an apposition of the speaker") {
  Document d = Run("« Les travaux reprendront en mars et le budget sera tenu, a déclaré Paul Martin, maire de la "
                   "ville. Nous avons toutes les garanties de l'État. »\n",
                   "fr", Upto::kStatements);
  const StatementFact* st = StatementWith(d, "Les travaux reprendront");
  REQUIRE(st != nullptr);
  CHECK(NameOf(d, st->speaker) == "Paul Martin");
  CHECK(st->text.find("Paul Martin") == std::string::npos);
  CHECK(st->text.find("maire") == std::string::npos);
  CHECK(st->text.find("toutes les garanties") != std::string::npos);
}

TEST_CASE("'aux yeux de X' / 'in the eyes of X' as a source; the subject before the source stays in the content") {
  Document d = Run("Aux yeux de Paul Martin, le chantier a pris trop de retard depuis l'été. "
                   "Le projet, selon Jean Roux, reste une erreur historique pour la vallée. "
                   "Hier, selon Paul Martin, les travaux ont repris.\n"
                   "In the eyes of Jane Wilson, the deal is a betrayal of the farmers.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "le chantier a pris trop de retard") == "Paul Martin");
  CHECK(SpeakerOf(d, "the deal is a betrayal") == "Jane Wilson");
  const StatementFact* p = StatementWith(d, "reste une erreur historique");
  REQUIRE(p != nullptr);
  CHECK(p->text.rfind("Le projet reste", 0) == 0);
  CHECK(StatementWith(d, "Hier") == nullptr);
}

TEST_CASE("'has said repeatedly that': the adverb is no clause") {
  Document d = Run("Jane Wilson has said repeatedly that she will not raise taxes before the election.\n", "en",
                   Upto::kStatements);
  const StatementFact* st = StatementWith(d, "she will not raise taxes");
  REQUIRE(st != nullptr);
  CHECK(st->text.find("repeatedly") == std::string::npos);
}

TEST_CASE("the infinitive of a reporting verb after 'à/de' and its governing verb: 'a tenu à rappeler que'") {
  Document d = Run("Paul Martin a tenu à rappeler que la commune n'avait jamais été consultée sur le tracé.\n"
                   "Claire Roux a refusé de dire si elle serait candidate, se bornant à indiquer qu'une réunion des "
                   "délégations était prévue jeudi.\n"
                   "Paul Martin n'a pas voulu dire que le projet était abandonné.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "la commune n'avait jamais été consultée") == "Paul Martin");
  CHECK(SpeakerOf(d, "une réunion des délégations était prévue") == "Claire Roux");
  CHECK(StatementWith(d, "le projet était abandonné") == nullptr);  // a negation: nothing said
}

TEST_CASE("a quotation closing a clause split by an attribution between commas is that clause's end") {
  Document d = Run("Andrei Belov rejected the charge. Moscow, he added, remained open to strategic talks \"on an equal "
                   "footing with Washington\".\n",
                   "en", Upto::kStatements);
  const StatementFact* st = StatementWith(d, "remained open to strategic talks");
  REQUIRE(st != nullptr);
  CHECK(NameOf(d, st->speaker) == "Andrei Belov");
  CHECK(st->text.find("equal footing") != std::string::npos);
  CHECK(st->text.find("he added") == std::string::npos);
  CHECK(d.statements.size() == 1);
}

TEST_CASE("'…, précise le communiqué': the author of the written statement named before") {
  Document d = Run("Le ministère de la Santé a publié un communiqué mardi soir. Les négociations reprendront la semaine "
                   "prochaine à Genève, précise le communiqué.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Les négociations reprendront") == "ministère de la Santé");
}

TEST_CASE("English reporting verbs other than 'said' take a bare clause when its subject is followed by an auxiliary") {
  Document d = Run("Jane Wilson confirmed the talks would go ahead in Geneva next week. "
                   "Jane Wilson acknowledged the plan had been delayed by several months. "
                   "Jane Wilson confirmed the appointment of a new envoy to the region. "
                   "Jane Wilson denied the report was accurate in any way.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the talks would go ahead") == "Jane Wilson");
  CHECK(SpeakerOf(d, "the plan had been delayed") == "Jane Wilson");
  CHECK(StatementWith(d, "appointment of a new envoy") == nullptr);  // an object, no clause
  CHECK(StatementWith(d, "the report was accurate") == nullptr);     // a denial
}

TEST_CASE("an object pronoun between the speaker and the verb: 'X l'assure : CONTENT'") {
  Document d = Run("Paul Martin l'assure : le chantier sera terminé avant l'été prochain.\n", "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "le chantier sera terminé") == "Paul Martin");
}

TEST_CASE("'CONTENT, a-t-on appris auprès de X': the source is the speaker; an unnamed source is none") {
  Document d = Run("Le chantier reprendra en mars, a-t-on appris auprès de la préfecture de la Drôme. "
                   "Les négociations reprendront lundi, a-t-on appris de source diplomatique.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Le chantier reprendra en mars") == "préfecture de la Drôme");
  CHECK(StatementWith(d, "Les négociations reprendront") == nullptr);
}

TEST_CASE("a quotation after a colon in a clause opened by a pronoun or a description") {
  Document d = Run("Claire Roux a quitté la réunion en colère. Elle était sans appel : « Ce budget est une insulte aux "
                   "enseignants. »\n"
                   "Finance Minister Jane Wilson met the unions on Tuesday. The minister was blunt: \"There will be no "
                   "tax rise this year.\"\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Ce budget est une insulte") == "Claire Roux");
  CHECK(SpeakerOf(d, "There will be no tax rise") == "Jane Wilson");
}

TEST_CASE("'saying' takes a bare clause; a possessor yields to the speaker named after it") {
  Document d = Run("Jane Wilson is the finance minister. Wilson's deputy, Tom Baker, struck a more cautious tone, "
                   "saying the deal still needed the approval of the board.\n"
                   "The deal, Wilson said, was \"the best we could get under the circumstances\".\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the deal still needed the approval") == "Tom Baker");
  const StatementFact* st = StatementWith(d, "the best we could get");
  REQUIRE(st != nullptr);
  CHECK(NameOf(d, st->speaker) == "Jane Wilson");
  CHECK(st->text.rfind("The deal was", 0) == 0);
}

TEST_CASE("after a quotation and a comma, an unlisted French verb followed by its subject attributes the quotation") {
  Document d = Run("Sophie Binet dirige la CGT. « C'est une provocation pure et simple », a réagi Sophie Binet. "
                   "« Nous serons dans la rue le 12 mars », s'agace la ministre Claire Roux. "
                   "« Personne ne nous a consultés », tempête Paul Martin.\n"
                   "« Nous irons jusqu'au bout de cette réforme », a affirmé dimanche sur TF1 la ministre, qui "
                   "s'exprimait pour la première fois.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "C'est une provocation") == "Sophie Binet");
  CHECK(SpeakerOf(d, "Nous serons dans la rue") == "Claire Roux");
  CHECK(SpeakerOf(d, "Personne ne nous a consultés") == "Paul Martin");
  CHECK(SpeakerOf(d, "Nous irons jusqu'au bout") == "Claire Roux");  // the medium TF1 is no speaker
}

TEST_CASE("a quotation in the predicate of a sentence whose subject is the one person named in it") {
  Document d = Run("Lina Haddad, chercheuse à l'Arab Reform Initiative, voit dans ce calendrier serré « une fenêtre "
                   "qui ne restera pas ouverte longtemps ».\n"
                   "Norway's special envoy, Kjersti Dahl, was more generous, describing the talks in a statement as "
                   "\"the most concrete since the process began\".\n"
                   "Paul Martin a reçu Claire Roux pour évoquer « le dossier de la ligne ferroviaire ».\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "une fenêtre qui ne restera pas") == "Lina Haddad");
  CHECK(SpeakerOf(d, "the most concrete since") == "Kjersti Dahl");
  CHECK(StatementWith(d, "le dossier de la ligne") == nullptr);  // two persons named
}

TEST_CASE("a forecast's subject and infinitive after 'expects/predicted' is reported speech") {
  Document d = Run("Jonathan Reyes is a senior associate at the Hartley Institute. Reyes expects the summit to overrun "
                   "into Saturday. Reyes expected to attend the closing session.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "the summit to overrun") == "Jonathan Reyes");
  CHECK(StatementWith(d, "attend the closing session") == nullptr);  // no subject of its own: no forecast
}

TEST_CASE("'…, tout en soulignant que': a gerund after 'tout en' speaks for the sentence's subject") {
  Document d = Run("Claire Roux a salué l'accord, tout en soulignant que les délais restaient serrés.\n", "fr",
                   Upto::kStatements);
  CHECK(SpeakerOf(d, "les délais restaient serrés") == "Claire Roux");
}

TEST_CASE("'…, the FNV union said': a name classified by the generic noun after it, or that noun alone, speaks") {
  Document d = Run("The Unite union represents the bus drivers. The pay offer was an insult, the Unite union said on "
                   "Monday. Talks would resume after the holiday, the union said.\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "The pay offer was an insult") == "Unite");
  CHECK(SpeakerOf(d, "Talks would resume after the holiday") == "Unite");
  Document fr = Run("Le groupe Stellantis emploie 40 000 salariés en France. Le plan sera présenté jeudi, a indiqué "
                    "le groupe.\n",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "Le plan sera présenté jeudi") == "Stellantis");
}

TEST_CASE("'s'est dite « … »': the feminine and plural participles of 'se dire' report, the adjective 'dite' does not") {
  Document d = Run("La Confédération des petites entreprises s'est dite « prête à signer le texte ». La loi dite "
                   "« Climat et résilience » a été adoptée en 2021 par le Parlement.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "prête à signer le texte") == "Confédération des petites entreprises");
  CHECK(StatementWith(d, "Climat et résilience") == nullptr);
}

TEST_CASE("verbs of demand, appeal and stance from the general vocabulary, fr and en") {
  Document fr = Run("Hélène Martin a demandé que le gouvernement publie le rapport avant l'été. "
                    "Olivier Brun a demandé aux deux délégations de reprendre le dialogue sans conditions. "
                    "Nadia Rocher exhorte les syndicats à signer le texte avant la fin du mois.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "le gouvernement publie le rapport") == "Hélène Martin");
  CHECK(SpeakerOf(fr, "de reprendre le dialogue") == "Olivier Brun");
  CHECK(SpeakerOf(fr, "à signer le texte") == "Nadia Rocher");
  Document en = Run("Victor Hale reminded the committee that the fund had already been cut twice. "
                    "\"The door is still open for a settlement,\" Anna Price reiterates. "
                    "Tom Reyes implored both sides to return to the table within a week.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "the fund had already been cut") == "Victor Hale");
  CHECK(SpeakerOf(en, "The door is still open") == "Anna Price");
  CHECK(SpeakerOf(en, "both sides to return to the table") == "Tom Reyes");
}

TEST_CASE("a noun after an appeal verb that is not followed by an infinitive is no statement") {
  Document d = Run("Hélène Martin demande une réunion de crise pour la semaine prochaine. "
                   "La demande de la délégation a été rejetée par le comité.",
                   "fr", Upto::kStatements);
  CHECK(StatementWith(d, "la délégation a été rejetée") == nullptr);
}

TEST_CASE("a body named only by a description or a place standing for its government keeps its statement, without SAID") {
  Document fr = Run("Les pourparlers ont repris mardi à Genève. La présidence malienne a salué dans un communiqué "
                    "« une étape importante vers la réconciliation ». Le ministère a indiqué que les discussions "
                    "reprendraient en janvier.",
                    "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(fr, "une étape importante vers la réconciliation");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == -1);
  const StatementFact* b = StatementWith(fr, "les discussions reprendraient en janvier");
  REQUIRE(b != nullptr);
  CHECK(b->speaker == -1);
  Document en = Run("Negotiators met in Oslo on Monday. But Ottawa has made clear that any deal must protect its "
                    "fisheries. The Chilean presidency said in a statement that the meeting had been productive.",
                    "en", Upto::kStatements);
  REQUIRE(StatementWith(en, "any deal must protect its fisheries") != nullptr);
  CHECK(StatementWith(en, "any deal must protect its fisheries")->speaker == -1);
  REQUIRE(StatementWith(en, "the meeting had been productive") != nullptr);
  // A clause whose subject is neither a named speaker nor a body is still no statement.
  Document none = Run("The weather said that the harvest would be late.", "en", Upto::kStatements);
  CHECK(StatementWith(none, "the harvest would be late") == nullptr);
}

TEST_CASE("a French description of a person with l' or an adjective after the noun stands for the person just named") {
  Document d = Run("Claire Fontaine préside le syndicat depuis mars. « Les infirmières ne tiendront pas un hiver de plus "
                   "dans ces conditions », prévient la syndicaliste bretonne.\n"
                   "Marc Ollier enseigne à Rennes depuis vingt ans. L'économiste estime que la réforme arrive trop tard.\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Les infirmières ne tiendront pas") == "Claire Fontaine");
  CHECK(SpeakerOf(d, "la réforme arrive trop tard") == "Marc Ollier");
}

TEST_CASE("an incise after the verb's time before 'que/that', and a quotation after a sentence opened by a pronoun") {
  Document fr = Run("Denis Roussel a fait savoir mardi soir, dans un communiqué, que les discussions avaient été utiles.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "les discussions avaient été utiles") == "Denis Roussel");
  Document en = Run("Anna Novak will not lead the next delegation. She does not seem worried. \"Anyone of us can speak "
                    "for the students, and that is how it should be.\"\n",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "Anyone of us can speak") == "Anna Novak");
  Document fr2 = Run("Claire Fontaine quitte la salle la première. Elle hausse les épaules. « Nous reviendrons la semaine "
                     "prochaine avec les mêmes demandes. »\n",
                     "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr2, "Nous reviendrons la semaine") == "Claire Fontaine");
}

TEST_CASE("reported speech ends before a participle whose quotation is a statement of its own") {
  Document d = Run("Lucie Garnier a indiqué qu'elle réunirait « tous les délégués » lundi, tout en jugeant le projet "
                   "« bien plus équilibré que celui de l'an dernier ».",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "elle réunirait") == "Lucie Garnier");
  CHECK(SpeakerOf(d, "bien plus équilibré que celui") == "Lucie Garnier");
  Document en = Run("Tom Baker said the union would appeal, accusing the board of breaking \"every promise it made\".", "en",
                    Upto::kStatements);
  const StatementFact* a = StatementWith(en, "the union would appeal");
  REQUIRE(a != nullptr);
  CHECK(NameOf(en, a->speaker) == "Tom Baker");
}

TEST_CASE("a description with a relative clause before a colon and a quotation speaks for the person just named") {
  Document fr = Run("Paul Girard a quitté la salle vers minuit. Le négociateur, qui suit le dossier depuis Genève, reste "
                    "prudent : « Rien n'est signé tant que le texte n'est pas publié. »\n",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "Rien n'est signé") == "Paul Girard");
  Document en = Run("Laura Chen left the building after midnight. The negotiator, who has followed the file since 2019, "
                    "stayed cautious: \"Nothing is signed until the text is published.\"\n",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "Nothing is signed") == "Laura Chen");
}

TEST_CASE("a reporting verb and a negated infinitive of the same subject is a statement; a bare modal is not") {
  Document d = Run("Julie Marchand affirme ne pas croire aux promesses du ministère. "
                   "Marc Lenoir espère pouvoir signer le texte la semaine prochaine.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "ne pas croire aux promesses") == "Julie Marchand");
  CHECK(StatementWith(d, "pouvoir signer le texte") == nullptr);
}

TEST_CASE("an office named by a possessive speaks for its owner, or keeps its statement without SAID") {
  Document fr = Run("Hélène Vidal a quitté Genève mardi. Son cabinet s'est borné à indiquer que la ministre reviendrait "
                    "la semaine prochaine.\n",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "la ministre reviendrait") == "Hélène Vidal");
  Document none = Run("Les pourparlers ont repris à Genève. Contacté à plusieurs reprises, son cabinet s'est borné à "
                      "indiquer que le gouvernement ne commenterait pas.\n",
                      "fr", Upto::kStatements);
  const StatementFact* st = StatementWith(none, "le gouvernement ne commenterait pas");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == -1);
  Document en = Run("Ottawa wants that volume set close to recent exports.", "en", Upto::kStatements);
  CHECK(StatementWith(en, "volume set close") == nullptr);
}

TEST_CASE("a demand, an appeal or an accusation keeps its verb in the statement's text") {
  Document fr = Run("Julie Marchand réclame des élections anticipées avant l'été.", "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(fr, "des élections anticipées");
  REQUIRE(a != nullptr);
  CHECK(a->text.rfind("réclame des élections", 0) == 0);
  Document en = Run("Tom Reyes urged both delegations to return to the table within a week.", "en", Upto::kStatements);
  const StatementFact* b = StatementWith(en, "both delegations to return");
  REQUIRE(b != nullptr);
  CHECK(b->text.rfind("urged both delegations", 0) == 0);
  CHECK(NameOf(en, b->speaker) == "Tom Reyes");
}

TEST_CASE("the answers of an interview whose interviewee no mention names are statements without SAID") {
  Document d = Run("*Elle dirige le syndicat des dockers depuis six ans. Nous l'avons rencontrée sur le port.*\n\n"
                   "**Où en sont les négociations ?**\n\n"
                   "Nous avons avancé sur les salaires, pas sur les horaires. Le reste viendra en janvier.\n\n"
                   "**Irez-vous jusqu'à la grève ?**\n\n"
                   "Personne ne la souhaite, mais nous y sommes prêts si rien ne bouge.\n",
                   "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(d, "Nous avons avancé sur les salaires");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == -1);
  CHECK(StatementWith(d, "nous y sommes prêts") != nullptr);
  CHECK(StatementWith(d, "Où en sont les négociations") == nullptr);
}

TEST_CASE("a body named only by a description after the verb keeps its statement; an unnamed official does not") {
  Document fr = Run("Les discussions ont repris à Lyon. Un nouveau comité de pilotage est prévu en novembre, a fait savoir "
                    "la préfecture.\n",
                    "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(fr, "Un nouveau comité de pilotage est prévu");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == -1);
  Document en = Run("Talks resumed in Oslo. The next round will open in Bergen on March 3, the ministry said. The "
                    "creditors will roll over their deposits before the vote, a finance ministry official said.\n",
                    "en", Upto::kStatements);
  REQUIRE(StatementWith(en, "The next round will open in Bergen") != nullptr);
  CHECK(StatementWith(en, "The creditors will roll over") == nullptr);
}

TEST_CASE("a second reporting verb after 'et/and' keeps the subject of the sentence's first statement") {
  Document fr = Run("Les pourparlers ont repris à Lomé. Dans un communiqué, la présidence togolaise a salué « une étape "
                    "décisive » et rappelé que le prochain cycle se tiendrait à Accra.\n",
                    "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(fr, "le prochain cycle se tiendrait à Accra");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == -1);
  CHECK(StatementWith(fr, "une étape") != nullptr);
  Document en = Run("The Ministry of Finance welcomed \"a constructive week\" and said that the talks would resume in May.\n",
                    "en", Upto::kStatements);
  const StatementFact* b = StatementWith(en, "the talks would resume in May");
  REQUIRE(b != nullptr);
  CHECK(b->speaker == StatementWith(en, "a constructive week")->speaker);
}

TEST_CASE("an unnamed spokesperson, or a source given as a body or a place, keeps its statement without SAID") {
  Document fr = Run("Les discussions ont repris à Bruxelles. Un porte-parole a rappelé que la Belgique restait sous "
                    "surveillance budgétaire. Selon l'organisme paritaire, le régime dégagerait un excédent en 2027.\n",
                    "fr", Upto::kStatements);
  REQUIRE(StatementWith(fr, "la Belgique restait sous surveillance") != nullptr);
  CHECK(StatementWith(fr, "la Belgique restait sous surveillance")->speaker == -1);
  REQUIRE(StatementWith(fr, "le régime dégagerait un excédent") != nullptr);
  Document en = Run("The two commissioners are due to meet again in Lahore in March, according to the Pakistani "
                    "statement.\n",
                    "en", Upto::kStatements);
  REQUIRE(StatementWith(en, "The two commissioners are due to meet again") != nullptr);
}

TEST_CASE("a quotation after a colon is attributed by a reporting verb whose object comes between") {
  Document d = Run("Invitée de la radio ce matin, la présidente du syndicat, Claire Vasseur, a résumé d'une formule l'état "
                   "des discussions avec le ministère : « Nous avançons, mais lentement. »\n",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Nous avançons, mais lentement") == "Claire Vasseur");
}

TEST_CASE("the antecedent of 'who said' is the person before an apposition that names no speaker") {
  Document d = Run("The programme also heard from Anna Novak, a ward sister at a hospital in Leeds, who said morale on her "
                   "ward was \"the lowest in years\".\n",
                   "en", Upto::kStatements);
  CHECK(SpeakerOf(d, "morale on her ward") == "Anna Novak");
}

TEST_CASE("a quotation attributed to a pronoun no rule resolves is still a statement, without SAID") {
  Document en = Run("The café is full of students.\n\n\"We did not come to negotiate our demands, we came to ask when they "
                    "will be met,\" she says.\n",
                    "en", Upto::kStatements);
  const StatementFact* a = StatementWith(en, "We did not come to negotiate");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == -1);
  Document fr = Run("Le café est plein d'étudiants.\n\n« Nous ne sommes pas venus négocier nos demandes, mais demander "
                    "quand elles seront satisfaites », dit-elle.\n",
                    "fr", Upto::kStatements);
  REQUIRE(StatementWith(fr, "Nous ne sommes pas venus") != nullptr);
}

TEST_CASE("a whole quotation of two words after its verb is a statement; two words of reported speech are not") {
  Document fr = Run("Jean Dupont se dit « modérément encouragé ».", "fr", Upto::kStatements);
  const StatementFact* a = StatementWith(fr, "modérément encouragé");
  REQUIRE(a != nullptr);
  CHECK(a->speaker >= 0);
  Document en = Run("John Kamau called the offer \"deeply troubling\".", "en", Upto::kStatements);
  REQUIRE(StatementWith(en, "deeply troubling") != nullptr);
  Document no = Run("John Kamau said yes.", "en", Upto::kStatements);
  CHECK(no.statements.empty());
}

TEST_CASE("verbs of naming in the present: 'He calls the treaty \"…\"', 'describes', 'dubbed'") {
  Document en = Run("John Kamau tabled amendments to the bill. He calls the treaty \"a blank cheque written in someone "
                    "else's currency.\"",
                    "en", Upto::kStatements);
  const StatementFact* a = StatementWith(en, "a blank cheque");
  REQUIRE(a != nullptr);
  CHECK(a->speaker >= 0);
}

TEST_CASE("places listed together speak together, without SAID: 'Le Canada et la Chine disent avoir …'") {
  Document fr = Run("Le Canada et la Chine disent avoir rétabli un canal de travail sur le canola.", "fr",
                    Upto::kStatements);
  const StatementFact* a = StatementWith(fr, "rétabli un canal de travail");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == -1);
  Document en = Run("Kenya and Ethiopia say they have restored a working channel on trade.", "en", Upto::kStatements);
  REQUIRE(StatementWith(en, "restored a working channel") != nullptr);
}

TEST_CASE("a French nationality noun after the quote stands for the person of that nationality: 'prévient la Norvégienne'") {
  Document d = Run("La juriste Ingrid Solberg, de nationalité norvégienne, préside le syndicat des joueuses. Pedro Alves "
                   "dirige la ligue. « Nous ne la retirerons pas pour une promesse », prévient la Norvégienne.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "pour une promesse") == "Ingrid Solberg");
  Document m = Run("Le Portugais Pedro Alves dirige la ligue. « Le calendrier est plein », a ajouté le Portugais.", "fr",
                   Upto::kStatements);
  CHECK(SpeakerOf(m, "Le calendrier est plein") == "Pedro Alves");
}

TEST_CASE("role acronyms describe the speaker: 'a expliqué la DRH', 'the CFO said'") {
  Document d = Run("Claire Vasseur dirige les ressources humaines du groupe. « Nous avons signé parce que l'accord est "
                   "soutenable », a expliqué la DRH.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "l'accord est soutenable") == "Claire Vasseur");
  Document e = Run("Maria Lopes runs the airline's finances. \"The deal is affordable,\" the CFO said.", "en",
                   Upto::kStatements);
  CHECK(SpeakerOf(e, "The deal is affordable") == "Maria Lopes");
}

TEST_CASE("'selon elle' inside a clause: the clause around it is the statement") {
  Document d = Run("Theresa Nasiu dirige la délégation. La feuille de route contient selon elle « des avancées réelles », "
                   "notamment un comité technique mixte.",
                   "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "des avancées réelles") == "Theresa Nasiu");
  CHECK(SpeakerOf(d, "La feuille de route contient") == "Theresa Nasiu");
}

TEST_CASE("a transcript's host, whose labelled lines mostly ask, says nothing of record") {
  const std::string text =
      "PRÉSENTATEUR (Karim Haddad) : Bonjour. Nous recevons Lina Farah, de l'Union des pêcheurs.\n\n"
      "KARIM HADDAD : Madame Farah, où en est la négociation ?\n\n"
      "LINA FARAH : Nulle part. Le ministère ne répond plus à nos courriers.\n\n"
      "KARIM HADDAD : Irez-vous à la réunion de jeudi ?\n\n"
      "LINA FARAH : Oui, mais sans illusions.\n\n"
      "KARIM HADDAD : Merci. Il est 8 h 20, place au journal.\n";
  Document d = Run(text, "fr", Upto::kStatements);
  CHECK(SpeakerOf(d, "Le ministère ne répond plus") == "Lina Farah");
  CHECK(StatementWith(d, "où en est la négociation") == nullptr);
  CHECK(StatementWith(d, "place au journal") == nullptr);
}

TEST_CASE("speakers: 'said ORG's ROLE, NAME'; 'NAME, apposition, who …, says'") {
  Document en = Run("\"There is no room for two leagues,\" said Libra's executive director, Ricardo Figueiredo, on Tuesday. "
                    "Rebecca Hale, the Cabinet Office's director general for EU relations, who leads the British team, "
                    "says the government has not moved on its red line.",
                    "en", Upto::kStatements);
  CHECK(SpeakerOf(en, "no room for two leagues") == "Ricardo Figueiredo");
  CHECK(SpeakerOf(en, "has not moved on its red line") == "Rebecca Hale");
  Document fr = Run("Marc Duval, directeur des relations avec l'UE, qui mène la délégation française, estime que le texte "
                    "est prêt.",
                    "fr", Upto::kStatements);
  CHECK(SpeakerOf(fr, "le texte est prêt") == "Marc Duval");
}
