#include "apps/kg/args.h"
#include "apps/kg/commands.h"

namespace kg::cli {

int RunIngest(int, char**) { return Fail(Status::Internal("'ingest' is not built yet")); }

}  // namespace kg::cli
