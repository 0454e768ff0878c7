#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunStats(int, char**) { return Fail(Status::Internal("'stats' is not built yet")); }

}  // namespace kg::cli
