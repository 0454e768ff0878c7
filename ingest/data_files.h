// Data embedded into the library at build time by ingest/data (the
// gazetteer generated from CLDR, iso-codes and GeoNames, and the curated
// lexicons of ingest/data/lexicons/). See docs/extraction.md.
#pragma once

#include <string_view>

namespace kg::ingest {

// The contents of an embedded file by base name ("gazetteer.tsv",
// "first_names.txt", ...); empty when there is no such file. The data lives
// for the whole program.
std::string_view EmbeddedFile(std::string_view name);

}  // namespace kg::ingest
