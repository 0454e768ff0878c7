#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunQuery(int, char**) { return Fail(Status::Internal("'query' is not built yet")); }

}  // namespace kg::cli
