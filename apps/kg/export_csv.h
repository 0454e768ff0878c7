// The csv form of `kg export`: a folder of neo4j-admin CSV files that
// `kg import` reads back to the same graph (same labels, types, properties
// and their types; node ids are renumbered).
//
// Layout: nodes-LABELS.csv per label set and relationships-TYPE.csv per type
// (a further file, -2, -3..., when a property key holds values of different
// types in one set), each with a unique id column `:ID(kg)` /
// `:START_ID(kg)` / `:END_ID(kg)`, a `:LABEL` or `:TYPE` column, and one typed
// column per property key; strings are always quoted so that "" is the empty
// string and an empty field is no property. import.sh in the folder runs
// the import: `OUT/import.sh DB`.
//
// Values CSV cannot carry (maps, nested or mixed lists, array elements
// holding ';') are written as their JSON text in a STRING column, with one
// warning per key and file.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kg::cli {

// Writes the folder `out_dir` (created; must be missing or empty). Returns
// the files written.
Result<std::vector<std::string>> ExportCsv(const graph::View& view, const std::string& out_dir,
                                           const std::function<void(const std::string&)>& warn);

}  // namespace kg::cli
