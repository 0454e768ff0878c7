// Cue words: short word lists a stage tests token by token in every
// sentence. The lexicon flags each list's words with one cue bit
// (Lexicon::kParticipationCue, …), so that Sentence::lex tells at once
// whether a sentence holds any of them and a stage skips the sentences
// that hold none without scanning them.
//
// Invariant: a stage that gates a scan on a cue bit tests only words of
// the lists flagged with that bit; a word added to such a test must be
// added to its list here.
#pragma once

#include <string_view>

namespace kg::ingest::cues {

// Lexicon::kParticipationCue. The words that open a delegation or an
// envoy ("la délégation … conduite par X", "the team led by X", "X a
// dépêché son ministre"), meetings.cpp Delegations.
inline constexpr std::string_view kDelegationOpeners[] = {
    "délégation", "délégations", "delegation", "delegations", "délégué", "déléguée", "delegate", "mission",
    "team",       "équipe",      "side",       "camp",        "partie",  "médiation", "mediation", "travaux",
    "proceedings", "dépêché",    "envoyé",     "sent",        "dispatched", "session", "séance",
    "hearing",     "sitting",    "débats",     "debate"};
// Not flagged: pronouns that open a delegation only as a sentence's first
// word ("Elle était présidée par X", "Celle des FSR était emmenée par Y").
inline constexpr std::string_view kDelegationPronouns[] = {"elle", "it", "celle", "celles"};
// Lexicon::kParticipationCue. Verbs of taking part ("attended", "a
// participé", "took part", "était représentée par", "sat at the table",
// "also present"), meetings.cpp Delegations.
inline constexpr std::string_view kParticipationVerbs[] = {
    "attended", "attends", "attending", "participated", "participates", "participating", "participé",
    "participaient", "participait", "participent", "participe", "participera", "participeront",
    "participeraient", "assistait", "assistaient", "assisté", "assistent", "assistera", "assisteront",
    "took", "taken", "taking", "take", "takes", "pris", "prennent", "prend", "prendront", "prendra",
    "prenaient", "prenait", "represented", "représenté", "représentée", "représentés", "représentées",
    "sat", "sit", "sits", "sitting", "seated", "assis", "assise", "assises", "siégeaient", "siégeait",
    "siégé", "siège", "siègent", "siégera", "siégeront", "present", "présent", "présente", "présents",
    "présentes"};
// Lexicon::kParticipationCue. "X, accompanied by Y", "flanqué de Z",
// meetings.cpp Companions.
inline constexpr std::string_view kCompanionsEnglish[] = {"accompanied", "joined", "flanked"};
inline constexpr std::string_view kCompanionsFrench[] = {
    "accompagné", "accompagnée", "accompagnés", "accompagnées", "flanqué",  "flanquée",
    "flanqués",   "flanquées",   "entouré",     "entourée",     "entourés", "entourées"};
// Lexicon::kParticipationCue. The nouns of a negotiating side ("la
// délégation iranienne", "Iran's negotiators", "the negotiating team"),
// documents.cpp NoteDelegations.
inline constexpr std::string_view kSideNouns[] = {
    "délégation",  "délégations", "delegation",    "delegations", "négociateur", "négociateurs",
    "négociatrice", "négociatrices", "negotiator", "negotiators", "negotiating"};
// Lexicon::kParticipationCue. "X y est attendu", "X is expected there",
// meetings.cpp Expected.
inline constexpr std::string_view kAttendance[] = {"attendu", "attendue", "attendus", "attendues", "expected"};

// Lexicon::kAgreementCue. Verbs and nouns of agreeing and signing, and of
// negotiators, that make a sentence one about negotiating (with the
// Lexicon::kNegotiation words), documents.cpp ReadNegotiationSentence.
inline constexpr std::string_view kAgreement[] = {
    "agreed",    "agree",      "agrees",     "sign",      "signing",   "reached",      "concluded",   "conclude",
    "finalise",  "finalize",   "finalised",  "finalized", "ratify",    "ratified",     "initialled",  "initialed",
    "brokered",  "convenu",    "convenus",   "convenue",  "conviennent", "conclu",     "conclue",     "conclus",
    "conclure",  "signer",     "signature",  "paraphé",   "paraphée",  "finaliser",    "ratifier",    "ratifié",
    "parvenus",  "parvenues",  "parvenu",    "parvenue",  "négocie",   "négociés",     "negotiators", "negotiator",
    "négociateur", "négociatrice", "négociatrices"};
// Lexicon::kAgreementCue. The counts of "the two sides", "les deux
// délégations", documents.cpp ReadNegotiationSentence.
inline constexpr std::string_view kPairCount[] = {"two", "both", "deux"};

// Lexicon::kMergerCue. "the merger of X and Y", "la fusion entre X et Y",
// documents.cpp NoteFocus.
inline constexpr std::string_view kMerger[] = {"merger", "fusion", "tie-up", "rapprochement"};

}  // namespace kg::ingest::cues
