// The `kg` subcommands. Each takes argv after the subcommand name and returns
// the process exit code: 0 success, 1 user error, 2 command-line misuse.
#pragma once

namespace kg::cli {

struct Command {
  const char* name;
  const char* synopsis;  // one usage line
  const char* help;      // a paragraph for `kg help NAME`
  int (*run)(int argc, char** argv);  // argv[0] is the subcommand name
};

// One per file apps/kg/cmd_NAME.cpp.
int RunIngest(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunQuery(int argc, char** argv);
int RunShell(int argc, char** argv);
int RunImport(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunBackup(int argc, char** argv);
int RunServe(int argc, char** argv);
int RunStats(int argc, char** argv);
int RunForget(int argc, char** argv);

}  // namespace kg::cli
