#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunExport(int, char**) { return Fail(Status::Internal("'export' is not built yet")); }

}  // namespace kg::cli
