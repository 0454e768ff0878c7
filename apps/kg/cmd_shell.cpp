#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunShell(int, char**) { return Fail(Status::Internal("'shell' is not built yet")); }

}  // namespace kg::cli
