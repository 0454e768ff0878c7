#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunServe(int, char**) { return Fail(Status::Internal("'serve' is not built yet")); }

}  // namespace kg::cli
