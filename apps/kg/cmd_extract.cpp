#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunExtract(int, char**) { return Fail(Status::Internal("'extract' is not built yet")); }

}  // namespace kg::cli
