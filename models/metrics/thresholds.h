#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QString>

namespace Waymark {

class Project;

// Where a score turns from bad to fair to good, per metric, for colouring badges, stage
// totals and the heatmap. Kept in the project's settings so that a team shares them.
struct ScoreThresholds
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ScoreThresholds)

public:
    enum class Band { Bad, Fair, Good };

    double fair = 0; // value >= fair: at least fair
    double good = 0; // value >= good: good

    Band bandOf(double value) const;

    static ScoreThresholds defaults(Metric metric);
    // The project's thresholds for a metric (its settings, or the defaults).
    static ScoreThresholds of(const Project &project, Metric metric);
    static QString settingKey(Metric metric);
    // "fair;good", as stored.
    QString toText() const;
    static std::optional<ScoreThresholds> fromText(const QString &text);
};

} // namespace Waymark
