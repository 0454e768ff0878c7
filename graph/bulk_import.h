// Bulk import of neo4j-admin-style CSV files (`kg import`), all or nothing.
//
// Header fields (case-insensitive types): `name`, `name:TYPE` with TYPE one of
// STRING, INT, LONG, SHORT, BYTE, FLOAT, DOUBLE, BOOLEAN, DATE, CHAR, each
// optionally followed by `[]` (an array, elements split by the array
// delimiter ';'); `[name]:ID[(Group)]`; `:LABEL` (labels split by ';');
// `:START_ID[(Group)]`, `:END_ID[(Group)]`, `:TYPE`; `[name]:IGNORE`.
// An ID column with a name is stored as that property (a string, or an
// integer with integer_ids). Ids are unique within their group; relationship
// ends refer to nodes of the same import.
//
// An unquoted empty field sets no property; a quoted empty field ("") is the
// empty string in a STRING column and the empty list in an array column.
//
// Atomicity: the rows are written to SST files in the database's staging
// folder and ingested into every column family by one atomic
// IngestExternalFiles call; failed or interrupted, the import leaves the
// database as it was (staging files are removed at the next open).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace kg::graph {

struct ImportSource {
  // Labels (node files) or the type (relationship files) named before '=';
  // empty when not given.
  std::vector<std::string> names;
  // The header is the first line of the first file; every line after it,
  // and every line of the other files, is a row.
  std::vector<std::string> files;
};

// Parses "[NAME[:NAME]...=]FILE[,FILE]...". A value that is an existing file
// as a whole is taken as a file name even when it contains '='.
ImportSource ParseImportSource(std::string_view arg);

struct ImportOptions {
  std::vector<ImportSource> nodes;
  std::vector<ImportSource> relationships;
  // Field delimiter. Default: ','.
  char delimiter = ',';
  // Array element and label delimiter. Default: ';'.
  char array_delimiter = ';';
  // ID columns hold integers (stored and matched as integers). Default: false.
  bool integer_ids = false;
  // Skip bad rows (reporting each) instead of failing. Default: false.
  bool skip_bad_rows = false;
  // Receives "FILE:LINE: reason" for each skipped bad row. Default: none.
  std::function<void(const std::string&)> on_bad_row;
  // Worker threads (the parser and the SST writers). Default: 2.
  int threads = 2;
};

struct ImportReport {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  uint64_t rows = 0;      // data rows read, bad ones included
  uint64_t bad_rows = 0;  // skipped
  double seconds = 0;
  // Phases: reading and encoding rows (with SST appends overlapped), the
  // topology snapshot, dictionary and metadata files, and the atomic ingestion.
  double parse_seconds = 0;
  double finish_seconds = 0;
  double ingest_seconds = 0;
};

// Imports into the database at `db_dir` (created when missing or empty).
// Errors: InputError "FILE:LINE: reason" for bad input (the first bad row
// unless skip_bad_rows, or a bad header), IOError for I/O failures and a
// locked database. On error the database is unchanged.
Result<ImportReport> BulkImport(const std::string& db_dir, const ImportOptions& options);

}  // namespace kg::graph
