// The result of extracting one article: the ontology's nodes and edges with
// article-local ids (ontology.md, "Extraction output"). Produced by the
// extractor (built-in rules or an external command), consumed by the loader
// that resolves entities against the database and writes one article as one
// transaction, and printed by `kg extract`.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "common/value.h"

namespace kg::ingest {

// An article as read from a file, before extraction.
struct Article {
  std::string id;      // interfaces.md: id field; path relative to a folder argument; file name; ":N" suffix
  std::string path;    // the file as given
  std::string title;
  std::string date;    // YYYY-MM-DD or empty
  std::string lang;    // "fr", "en", other, or empty (detect)
  std::string source;  // publisher
  std::string text;    // valid UTF-8, NFC; spans are byte offsets into it
  std::string sha256;  // of `text`, lowercase hex
};

struct ExtractedNode {
  std::string id;     // local: "n1", "n2", ...
  std::string label;  // Person, Organization, Place, Meeting, Document, Statement
  ValueMap properties;  // name, aliases, roles, kind, start, end, when, status, text, quote, lang, date, span...
};

struct ExtractedEdge {
  std::string type;  // SAID, PARTICIPATED_IN, HELD_IN, NEGOTIATED_BETWEEN, AFFILIATED_WITH, LOCATED_IN, ABOUT, MENTIONS
  std::string from;  // local node id; "article" (the enclosing article) for MENTIONS
  std::string to;
  ValueMap properties;  // verb, role, side, sentence, span, confidence, count
};

struct Extraction {
  Article article;
  std::vector<ExtractedNode> nodes;
  std::vector<ExtractedEdge> edges;
  std::vector<std::string> warnings;  // e.g. "language 'de' is not supported: no facts extracted"
};

// The ontology JSON object of `kg extract` (article without its text).
nlohmann::json ToJson(const Extraction& e);
// The same object as text: exactly ToJson(e).dump(indent, ' ', false,
// error_handler_t::replace) (indent -1: one line), written directly, without
// building the json value (several times faster).
std::string ToJsonText(const Extraction& e, int indent);
// ToJsonText(e, indent) appended to *out (a buffer the caller reuses).
void AppendJsonText(const Extraction& e, int indent, std::string* out);
// Reads the same shape (used for external extractors' output). InputError
// naming the offending field on a malformed object.
Result<Extraction> FromJson(const nlohmann::json& j);

}  // namespace kg::ingest
