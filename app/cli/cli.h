#pragma once

#include <QStringList>

namespace Waymark::Cli {

// Exit codes of waymark-cli (DESIGN.md section 6).
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Runs one waymark-cli command; arguments include the program name. Errors go to stderr
// as "waymark-cli: <sentence>".
int run(const QStringList &arguments);

} // namespace Waymark::Cli
