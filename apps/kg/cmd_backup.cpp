#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunBackup(int, char**) { return Fail(Status::Internal("'backup' is not built yet")); }

}  // namespace kg::cli
