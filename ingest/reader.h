// Readers: turn files and JSON objects into Articles (interfaces.md, "ingest"
// and "extract"). Formats: plain text (.txt), Markdown with an optional front
// matter block (.md), HTML reduced to the article's text (.html .htm), a JSON
// article or array of articles (.json) and JSON lines (.jsonl).
//
// Every Article produced has valid UTF-8 text normalised to NFC, its sha256,
// and its id per interfaces.md: the `id` field; else the path relative to a
// folder argument; else a file argument's file name; with ":N" appended for
// the N-th (1-based) article of a .json array or .jsonl file without an id.
//
// Thread safety: the functions are reentrant; no shared state.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "ingest/extraction.h"

namespace kg::ingest {

// Metadata defaults from the command line. A JSON field or a Markdown front
// matter value wins over these. Default: all empty (no date; language
// detected; no source).
struct ReadOptions {
  std::string date, lang, source;
};

// Reads articles from files and folders (recursively, sorted; .txt .md .html
// .htm .json .jsonl) and calls `sink` once per article read or per failure. A
// failure is an InputError/IOError whose message starts with the path (and
// line for .jsonl, byte offset for invalid UTF-8). Ids per interfaces.md.
// Text validated as UTF-8 and normalised to NFC; sha256 set.
void ReadArticles(const std::vector<std::string>& paths, const ReadOptions& options,
                  const std::function<void(Result<Article>)>& sink);

// One article from a JSON object (fields text, id, title, date, lang, source),
// as POST /ingest receives it. InputError when `text` is missing or not a
// string.
Result<Article> ArticleFromJson(const nlohmann::json& j, const ReadOptions& options);

}  // namespace kg::ingest
