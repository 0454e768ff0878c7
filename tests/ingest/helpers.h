// Helpers for the extractor's stage tests: run the stages up to a point on
// a text of our own and look at the document model.
#pragma once

#include <deque>
#include <string>

#include "ingest/pipeline.h"

namespace kg::ingest::testing {

enum class Upto { kMentions, kResolve, kStatements, kAll };

// A Document views its text (Document::text is a string_view), and tests
// pass temporaries: Run keeps a copy of every text alive for the test
// binary's life, so a returned Document stays valid.
inline Document Run(const std::string& text, const std::string& lang, Upto upto = Upto::kAll,
                    const std::string& date = "2026-03-14") {
  static std::deque<std::string> texts;
  const std::string& kept = texts.emplace_back(text);
  Document doc;
  Analyze(kept, lang, &doc);
  doc.has_date = ParseIsoDate(date, &doc.date);
  FindMentions(&doc);
  if (upto == Upto::kMentions) return doc;
  Resolve(&doc);
  FindAffiliations(&doc);
  if (upto == Upto::kResolve) return doc;
  FindStatements(&doc);
  if (upto == Upto::kStatements) return doc;
  FindMeetings(&doc);
  FindDocuments(&doc);
  return doc;
}

// The name of an entity, "" for -1.
inline std::string NameOf(const Document& doc, int e) {
  return e < 0 ? std::string() : doc.entities[static_cast<size_t>(e)].name;
}

// The entity whose name or alias is `name`, or -1.
inline int EntityNamed(const Document& doc, const std::string& name) {
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (e.dropped || e.mentions.empty()) continue;
    if (e.name == name) return static_cast<int>(i);
    for (const auto& a : e.aliases)
      if (a == name) return static_cast<int>(i);
  }
  return -1;
}

// The statement whose text contains `key`, or nullptr.
inline const StatementFact* StatementWith(const Document& doc, const std::string& key) {
  for (const auto& s : doc.statements)
    if (s.text.find(key) != std::string::npos) return &s;
  return nullptr;
}

}  // namespace kg::ingest::testing
