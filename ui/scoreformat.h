#pragma once

#include "metrics/score.h"
#include "metrics/thresholds.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Waymark {

// How scores read on screen and in reports: "+32" NPS points, "78.4 %" CSAT, "5.4" CES,
// with "n = 43" and "± 9.1"; colours of the threshold bands.
class ScoreFormat
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ScoreFormat)

public:
    // The headline value; "–" when there are no responses.
    static QString value(const Score &score);
    // "NPS +32 (n = 43, ± 9.1)".
    static QString summary(const Score &score);
    // "n = 43".
    static QString count(qint64 n);
    static QString marginOfError(const Score &score);

    static QColor bandColor(ScoreThresholds::Band band);
    // Colour of a score under the project's thresholds; invalid when there is no value.
    static QColor color(const Score &score, const ScoreThresholds &thresholds);
};

} // namespace Waymark
