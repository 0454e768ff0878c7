#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunImport(int, char**) { return Fail(Status::Internal("'import' is not built yet")); }

}  // namespace kg::cli
