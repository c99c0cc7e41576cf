#include "thresholds.h"

#include "project/project.h"

#include <QStringList>

namespace Waymark {

ScoreThresholds::Band ScoreThresholds::bandOf(double value) const
{
    if (value >= good)
        return Band::Good;
    if (value >= fair)
        return Band::Fair;
    return Band::Bad;
}

// Common rules of thumb in CX practice: NPS above 0 is more promoters than detractors,
// above 30 is good; CSAT (top-two-box %) good from 85 %; CES (1-7 mean) good from 5.5.
ScoreThresholds ScoreThresholds::defaults(Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        return {0, 30};
    case Metric::Csat:
        return {70, 85};
    case Metric::Ces:
        return {4.5, 5.5};
    case Metric::Rating:
        return {3, 4};
    case Metric::None:
        break;
    }
    return {0, 0};
}

QString ScoreThresholds::settingKey(Metric metric)
{
    return QStringLiteral("thresholds/") + enumKey(metric);
}

QString ScoreThresholds::toText() const
{
    return QStringLiteral("%1;%2").arg(fair).arg(good);
}

std::optional<ScoreThresholds> ScoreThresholds::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okFair = false;
    bool okGood = false;
    const double fair = parts.at(0).toDouble(&okFair);
    const double good = parts.at(1).toDouble(&okGood);
    if (!okFair || !okGood || good < fair)
        return std::nullopt;
    return ScoreThresholds{fair, good};
}

ScoreThresholds ScoreThresholds::of(const Project &project, Metric metric)
{
    const QString stored = project.setting(settingKey(metric)).toString();
    return fromText(stored).value_or(defaults(metric));
}

} // namespace Waymark
