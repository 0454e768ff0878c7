// The `kg` command: dispatches to the subcommands of apps/kg/cmd_*.cpp.
#include <cstdio>
#include <cstring>
#include <string>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {
namespace {

const Command kCommands[] = {
    {"ingest", "kg ingest --db DIR [--jobs N] [--format text|json] [--date D] [--lang fr|en] [--source S] [--external CMD] [--no-builtin] PATH...",
     "Extracts facts from articles (.txt .md .html .json .jsonl, folders recursively) and stores\n"
     "them in the database at DIR, one atomic write per article.",
     RunIngest},
    {"extract", "kg extract [--format json|jsonl] [--date D] [--lang fr|en] [--source S] PATH...",
     "Runs extraction only and prints the ontology JSON of each article.", RunExtract},
    {"query", "kg query --db DIR [--format table|json|jsonl|csv] [--param NAME=JSON]... [--read-only] (QUERY | -f FILE)",
     "Runs ';'-separated openCypher statements; prints the last statement's result.", RunQuery},
    {"shell", "kg shell --db DIR [--read-only]", "Interactive query shell with line editing and history.", RunShell},
    {"import", "kg import --db DIR (--nodes [LABEL=]FILE)... (--relationships [TYPE=]FILE)... [--delimiter C] [--id-type string|integer] [--skip-bad-rows]",
     "Bulk import of neo4j-admin CSV files; all or nothing.", RunImport},
    {"export", "kg export --db DIR --format graphml|dot|csv|jsonl OUT", "Writes the whole graph.", RunExport},
    {"backup", "kg backup --db DIR OUT", "An online, consistent copy that opens as a database of its own.", RunBackup},
    {"serve", "kg serve --db DIR [--host 127.0.0.1] [--port 7474] [--token T] [--read-only]", "HTTP API.", RunServe},
    {"stats", "kg stats --db DIR [--format text|json]", "Counts per label and type, property keys, size on disk.", RunStats},
    {"forget", "kg forget --db DIR ARTICLE_ID", "Removes an article and the facts only it supports.", RunForget},
};

void PrintUsage(FILE* f) {
  std::fprintf(f, "kg %s: a knowledge graph of the news\n\nUsage:\n", KG_VERSION);
  for (const auto& c : kCommands) std::fprintf(f, "  %s\n", c.synopsis);
  std::fprintf(f, "  kg --version\n  kg help [COMMAND]\n");
}

int Help(int argc, char** argv) {
  if (argc < 3) {
    PrintUsage(stdout);
    return 0;
  }
  for (const auto& c : kCommands) {
    if (std::strcmp(c.name, argv[2]) == 0) {
      std::printf("Usage: %s\n\n%s\n", c.synopsis, c.help);
      return 0;
    }
  }
  return Fail(Status::UsageError(std::string("unknown command '") + argv[2] + "'"));
}

}  // namespace
}  // namespace kg::cli

int main(int argc, char** argv) {
  using namespace kg::cli;
  if (argc < 2) {
    PrintUsage(stderr);
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "--version" || cmd == "version") {
    std::printf("kg %s\n", KG_VERSION);
    return 0;
  }
  if (cmd == "help" || cmd == "--help" || cmd == "-h") return Help(argc, argv);
  for (const auto& c : kCommands) {
    if (cmd == c.name) {
      for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
          std::printf("Usage: %s\n\n%s\n", c.synopsis, c.help);
          return 0;
        }
      }
      return c.run(argc - 1, argv + 1);
    }
  }
  return Fail(kg::Status::UsageError("unknown command '" + cmd + "' (see 'kg help')"));
}
