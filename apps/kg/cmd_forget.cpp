#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunForget(int, char**) { return Fail(Status::Internal("'forget' is not built yet")); }

}  // namespace kg::cli
