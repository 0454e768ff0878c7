// The extractor: one Article in, one Extraction (ontology.md) out. The
// built-in rules run as separate stages over one document model (see
// docs/extraction.md); an external command may replace or add to them.
#pragma once

#include <string>
#include <vector>

#include "ingest/extraction.h"

namespace kg::ingest {

struct ExtractOptions {
  // An external extractor: a command that reads the article as JSON on stdin
  // and writes the ontology JSON on stdout (docs/extraction.md). Empty: none.
  // Default: empty.
  std::string external_command;
  // Run the built-in rules. Default: true. With both, their outputs are merged.
  bool builtin = true;
};

// Extracts one article. Thread-safe; no database. Never throws. An article
// whose language is neither fr nor en gets a warning and no facts. Failures
// of an external command are reported as warnings.
Extraction Extract(const Article& article, const ExtractOptions& options);
// The same, the article (and its text) moved into the extraction instead of
// copied.
Extraction Extract(Article&& article, const ExtractOptions& options);
// AppendJsonText(Extract(article, options), indent, out), the extraction's
// warnings appended to *warnings: the same text and warnings. The built-in
// extraction alone (no external command) is written straight from the
// document model, without building the Extraction's property maps.
void ExtractJsonText(Article&& article, const ExtractOptions& options, int indent, std::string* out,
                     std::vector<std::string>* warnings);

}  // namespace kg::ingest
