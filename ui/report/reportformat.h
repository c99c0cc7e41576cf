#pragma once

#include "metrics/score.h"

#include <QString>

namespace Waymark::ReportFormat {

// Scores in the report read exactly as `waymark-cli stats` prints them: statsText() in
// metrics/score.h.
// "± 9.1" (in the unit of the score); empty without a margin.
QString marginOfError(const Score &score);
// A change between two periods: "+3.2", "−1.5", "0.0"; CSAT changes in percentage points.
QString change(double delta, Metric metric);

} // namespace Waymark::ReportFormat
