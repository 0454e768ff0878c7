// Stage 1: tokens, sentences, language.
#include <doctest/doctest.h>

#include "ingest/cue_words.h"
#include "ingest/text.h"
#include "tests/ingest/helpers.h"

using namespace kg::ingest;

namespace {
std::vector<std::string> Tokens(const Document& d) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) out.emplace_back(d.TokenText(i));
  return out;
}
std::vector<std::string> Sentences(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.text.substr(s.start, s.stop - s.start));
  return out;
}
}  // namespace

TEST_CASE("tokens: elisions, inverted pronouns, initials, typographic apostrophes") {
  Document d;
  Analyze("L’envoyé a-t-il vu J.D. Vance et M. Martin aujourd'hui ?", "fr", &d);
  CHECK(Tokens(d) == std::vector<std::string>{"L’", "envoyé", "a", "il", "vu", "J.D.", "Vance", "et", "M.", "Martin",
                                              "aujourd'hui", "?"});
  CHECK(d.tokens[3].Is(kInverted));
  CHECK(d.tokens[5].Is(kCap));
  CHECK(d.tokens[1].lower == "envoyé");
}

TEST_CASE("tokens: a missing space after a reporting verb is repaired") {
  Document d;
  Analyze("Elle a déclaréqu’il partirait.", "fr", &d);
  CHECK(Tokens(d) == std::vector<std::string>{"Elle", "a", "déclaré", "qu’", "il", "partirait", "."});
}

TEST_CASE("tokens: spans are byte offsets into the text") {
  std::string text = "« Oui », dit-elle.";
  Document d;
  Analyze(text, "fr", &d);
  for (const auto& t : d.tokens) CHECK(t.end <= text.size());
  CHECK(d.TokenText(0) == "«");
  CHECK(d.tokens[0].Is(kQuoteOpen));
}

TEST_CASE("sentences: abbreviations, initials and quotations do not split") {
  Document d;
  Analyze("M. Dupont est arrivé à Paris. Le Dr. Smith l'a reçu. « Nous verrons. Rien n'est fait », a dit J. K. Doe.\n"
          "Un titre sans point\nMr. Brown left the U.S. Embassy early. He came back.",
          "", &d);
  CHECK(Sentences(d) == std::vector<std::string>{"M. Dupont est arrivé à Paris.", "Le Dr. Smith l'a reçu.",
                                                 "« Nous verrons. Rien n'est fait », a dit J. K. Doe.",
                                                 "Un titre sans point", "Mr. Brown left the U.S. Embassy early.",
                                                 "He came back."});
}

TEST_CASE("sentences: paragraphs count lines that open a sentence, not lines wrapped inside one") {
  Document d;
  Analyze("Talks resumed on Monday. Both sides arrived early.\n\n"
          "The envoy said little. She left\nbefore noon.\n"
          "Le ministre a parlé.\n\nIl est reparti.",
          "", &d);
  std::vector<uint32_t> paragraphs;
  for (const Sentence& s : d.sentences) paragraphs.push_back(s.paragraph);
  CHECK(Sentences(d) == std::vector<std::string>{"Talks resumed on Monday.", "Both sides arrived early.",
                                                 "The envoy said little.", "She left\nbefore noon.",
                                                 "Le ministre a parlé.", "Il est reparti."});
  CHECK(paragraphs == std::vector<uint32_t>{0, 0, 1, 1, 2, 3});
}

TEST_CASE("sentences: a dispatch's dateline is a sentence of its own") {
  Document fr, en, agency, none;
  Analyze("Grève au port\n\nLA HAYE, 18 novembre (AFP) - Les dockers ont cessé le travail, a annoncé le syndicat.",
          "", &fr);
  CHECK(Sentences(fr) == std::vector<std::string>{"Grève au port", "LA HAYE, 18 novembre (AFP) -",
                                                  "Les dockers ont cessé le travail, a annoncé le syndicat."});
  CHECK(fr.sentences[1].paragraph == fr.sentences[2].paragraph);
  Analyze("WASHINGTON — Lawmakers left town on Friday without a budget.", "", &en);
  CHECK(Sentences(en) == std::vector<std::string>{"WASHINGTON —", "Lawmakers left town on Friday without a budget."});
  Document country;
  Analyze("KARS (Turquie), 15 octobre (AFP) - Les émissaires se sont séparés mercredi.", "", &country);
  CHECK(Sentences(country) == std::vector<std::string>{"KARS (Turquie), 15 octobre (AFP) -",
                                                       "Les émissaires se sont séparés mercredi."});
  Analyze("Brussels (dpa) - The ministers met on Monday.", "", &agency);
  CHECK(Sentences(agency) == std::vector<std::string>{"Brussels (dpa) -", "The ministers met on Monday."});
  // Capitals without a dash, or a dash later in the story, are no dateline.
  Analyze("NATO allies met in Brussels - and agreed on little.", "", &none);
  CHECK(none.sentences.size() == 1);
}

TEST_CASE("language detection") {
  Document fr, en, de;
  Analyze("Les ministres se sont réunis à Genève pour discuter de la trêve avec les médiateurs.", "", &fr);
  Analyze("The ministers met in Geneva on Monday to discuss the truce with the mediators.", "", &en);
  Analyze("Die Minister trafen sich am Montag in Genf, um über den Waffenstillstand zu sprechen.", "", &de);
  CHECK(fr.lang == "fr");
  CHECK(en.lang == "en");
  CHECK(de.lang == "other");
}

TEST_CASE("tokens: a slash between digits stays in the number; elsewhere it splits") {
  Document d;
  Analyze("La résolution 5/14 et/ou le texte 2/3.", "fr", &d);
  CHECK(Tokens(d) == std::vector<std::string>{"La", "résolution", "5/14", "et", "/", "ou", "le", "texte", "2/3", "."});
  CHECK(d.tokens[2].Is(kNumber));
}

TEST_CASE("tokens: flags and lower-case keys of plain and split words") {
  Document d;
  Analyze("ÉLYSÉE Élysée OTAN A 2024 ÀB x9 Russia's USA'S déclare-t-elle d'Orsay Zoë.", "fr", &d);
  CHECK(Tokens(d) == std::vector<std::string>{"ÉLYSÉE", "Élysée", "OTAN", "A", "2024", "ÀB", "x9", "Russia", "'s",
                                              "USA", "'S", "déclare", "elle", "d'", "Orsay", "Zoë", "."});
  std::vector<std::string> lower;
  for (const auto& t : d.tokens) lower.push_back(t.lower);
  CHECK(lower == std::vector<std::string>{"élysée", "élysée", "otan", "a", "2024", "àb", "x9", "russia", "'s", "usa",
                                          "'s", "déclare", "elle", "d'", "orsay", "zoë", "."});
  CHECK((d.tokens[0].Is(kCap) && d.tokens[0].Is(kAllCaps)));
  CHECK((d.tokens[1].Is(kCap) && !d.tokens[1].Is(kAllCaps)));
  CHECK(d.tokens[2].Is(kAllCaps));
  CHECK((d.tokens[3].Is(kCap) && !d.tokens[3].Is(kAllCaps)));  // one letter
  CHECK((d.tokens[4].Is(kNumber) && !d.tokens[4].Is(kCap)));
  CHECK(d.tokens[5].Is(kAllCaps));
  CHECK((!d.tokens[6].Is(kCap) && !d.tokens[6].Is(kNumber)));
  CHECK(d.tokens[12].Is(kInverted));
  for (const auto& t : d.tokens) CHECK(t.Is(kWord) != (t.lower == "."));
}

TEST_CASE("tokens: a word before a period or a comma") {
  // Initials and listed abbreviations keep their period ("M.", "É.", "Dr."
  // when listed); other words end before it, at a sentence's end too; a
  // period between word characters stays inside ("U.S", "3.5"), as does a
  // comma between digits ("5,14"); a comma after a word is a token.
  Document d;
  Analyze("M. Dupont, É. Zola et Mme. Paris. Le U.S. Army 3.5 5,14 fin, Fin.", "fr", &d);
  const Lexicon& lex = Lexicon::Get();
  bool mme = lex.abbreviations.count("mme.") > 0;
  std::vector<std::string> expected{"M.", "Dupont", ",", "É.", "Zola", "et"};
  if (mme) expected.insert(expected.end(), {"Mme."});
  else expected.insert(expected.end(), {"Mme", "."});
  expected.insert(expected.end(), {"Paris", ".", "Le", "U.S.", "Army", "3.5", "5,14", "fin", ",", "Fin", "."});
  CHECK(Tokens(d) == expected);
  for (const auto& t : d.tokens) {
    std::string text(d.text.substr(t.start, t.end - t.start));
    CHECK(t.lower == LowerKey(text));
  }
  CHECK(d.tokens[0].Is(kCap));
  CHECK(!d.tokens[0].Is(kAllCaps));
  CHECK(d.tokens[3].Is(kCap));
}

TEST_CASE("language flags follow the language") {
  Document d;
  Analyze("Le ministre a déclaré que les négociations reprendront la semaine prochaine à Paris.", "", &d);
  CHECK(d.lang == "fr");
  CHECK((d.fr && !d.en));
  Analyze("The minister said that the talks would resume next week in Paris.", "", &d);
  CHECK(d.lang == "en");
  CHECK((d.en && !d.fr));
  Analyze("Der Minister sagte, dass die Gespräche fortgesetzt werden.", "de", &d);
  CHECK(d.lang == "de");
  CHECK((!d.en && !d.fr));
}

TEST_CASE("Document::Span joins tokens as written, one space for each run of white space") {
  const std::string text =
      "Le  président a-t-il\u00a0dit\n« l’accord tient » ?\tVoilà,dit-elle.  Russia's U.S.-led \u2014 talks";
  Document doc;
  Analyze(text, "fr", &doc);
  // Token by token: a space where the token has white space before it.
  auto reference = [&](uint32_t b, uint32_t e) {
    std::string out;
    for (uint32_t i = b; i < e && i < doc.tokens.size(); ++i) {
      if (i > b && doc.tokens[i].Is(kSpaceBefore)) out.push_back(' ');
      out.append(doc.TokenText(i));
    }
    return out;
  };
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t b = 0; b <= n + 1; ++b)
    for (uint32_t e = 0; e <= n + 1; ++e) CHECK(doc.Span(b, e) == reference(b, e));
}

TEST_CASE("sentences: Sentence::lex is the union of its words' cue and list flags") {
  Document d;
  Analyze("Les délégations ont participé aux pourparlers. Il pleut.\n\nThe two sides agreed on a merger.", "", &d);
  REQUIRE(d.sentences.size() == 3);
  for (const Sentence& s : d.sentences) {
    uint32_t any = 0;
    for (uint32_t k = s.begin; k < s.end; ++k) any |= d.tokens[k].lex;
    CHECK(s.lex == (any & ((1u << Lexicon::kNameWordsShift) - 1)));
  }
  CHECK((d.sentences[0].lex & Lexicon::kParticipationCue) != 0);
  CHECK((d.sentences[0].lex & Lexicon::kMeeting) != 0);
  CHECK((d.sentences[1].lex & (Lexicon::kParticipationCue | Lexicon::kMeeting | Lexicon::kAgreementCue)) == 0);
  CHECK((d.sentences[2].lex & Lexicon::kAgreementCue) != 0);
  CHECK((d.sentences[2].lex & Lexicon::kMergerCue) != 0);
}

TEST_CASE("lexicon: every cue word carries its cue bit") {
  const Lexicon& lex = Lexicon::Get();
  for (auto w : cues::kDelegationOpeners) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kParticipationCue) != 0, w);
  for (auto w : cues::kParticipationVerbs) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kParticipationCue) != 0, w);
  for (auto w : cues::kAttendance) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kParticipationCue) != 0, w);
  for (auto w : cues::kCompanionsEnglish) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kParticipationCue) != 0, w);
  for (auto w : cues::kCompanionsFrench) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kParticipationCue) != 0, w);
  for (auto w : cues::kSideNouns) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kParticipationCue) != 0, w);
  for (auto w : cues::kAgreement) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kAgreementCue) != 0, w);
  for (auto w : cues::kPairCount) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kAgreementCue) != 0, w);
  for (auto w : cues::kMerger) CHECK_MESSAGE((lex.FlagsOf(w) & Lexicon::kMergerCue) != 0, w);
}

TEST_CASE("sentences: a live blog's time stamp opening a line is a sentence of its own") {
  Document d;
  Analyze("**9 h 40** - À son arrivée, le ministre a parlé.\n\n**10.15am AEDT** — The hearing resumed.\n\n"
          "3 - Le texte prévoit deux phases.",
          "", &d);
  std::vector<std::string> texts;
  for (const Sentence& s : d.sentences) texts.push_back(std::string(d.text.substr(s.start, s.stop - s.start)));
  REQUIRE(texts.size() == 6);
  CHECK(texts[0] == "**9 h 40** -");
  CHECK(texts[1] == "À son arrivée, le ministre a parlé.");
  CHECK(texts[2] == "**10.15am AEDT** —");
  CHECK(texts[3] == "The hearing resumed.");
  CHECK(texts[4] == "3 -");
  // A number inside a line is no stamp.
  Analyze("Le score était de 2 - 1 à la pause.", "", &d);
  CHECK(d.sentences.size() == 1);
}
