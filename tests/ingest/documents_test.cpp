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

TEST_CASE("a bare noun in a sentence about negotiating is a document of its own; elsewhere nothing") {
  Document a = Run("The treaty was negotiated between Chile and Peru over a decade.", "en");
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].name == "treaty");
  CHECK(a.documents[0].parties.size() == 2);
  Document b = Run("The treaty remains popular in both countries.", "en");
  CHECK(b.documents.empty());
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
