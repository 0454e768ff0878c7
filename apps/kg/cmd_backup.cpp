// `kg backup --db DIR OUT`: an online, consistent copy that opens as a
// database of its own. A RocksDB checkpoint (hard links, instant) when no
// other process holds the database; beside a running writer, a logical copy
// of a read-only snapshot.
#include <fmt/format.h>

#include <cstdio>

#include "apps/kg/args.h"
#include "apps/kg/commands.h"
#include "storage/store.h"

namespace kg::cli {

int RunBackup(int argc, char** argv) {
  ArgSpec spec;
  spec.single = {"db"};
  auto args = ParseArgs(argc, argv, 1, spec);
  if (!args.ok()) return Fail(args.status());
  auto db = args->Get("db");
  if (!db) return Fail(Status::UsageError("kg backup needs --db DIR"));
  if (args->positional.size() != 1)
    return Fail(Status::UsageError("kg backup needs one output folder: kg backup --db DIR OUT"));
  const std::string& out = args->positional[0];
  storage::StoreOptions so;
  so.create_if_missing = false;
  auto store = storage::Store::Open(*db, so);
  if (!store.ok() && store.status().kind() == ErrorKind::kIOError) {
    so.read_only = true;  // another process writes: copy a snapshot
    store = storage::Store::Open(*db, so);
  }
  if (!store.ok()) return Fail(store.status());
  Status s = store.value()->Checkpoint(out);
  if (!s.ok()) return Fail(s);
  std::printf("backup of %s written to %s\n", db->c_str(), out.c_str());
  return 0;
}

}  // namespace kg::cli
