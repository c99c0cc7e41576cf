#include "goalprogress.h"

#include "metricsengine.h"
#include "project/project.h"
#include "storage/metricsrepository.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Waymark {

GoalProgressCalculator::GoalProgressCalculator(Project &project, MetricsEngine &engine)
    : m_project(project)
    , m_engine(engine)
{}

bool GoalProgressCalculator::parseDue(const QString &due, QDate *first, QDate *last)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    const QString text = due.trimmed();
    QDate from;
    QDate to;
    if (const auto m = quarter.match(text); m.hasMatch()) {
        from = QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
    } else if (const auto mm = month.match(text); mm.hasMatch()) {
        from = QDate(mm.captured(1).toInt(), mm.captured(2).toInt(), 1);
        to = from.isValid() ? from.addMonths(1).addDays(-1) : QDate();
    } else if (const auto y = year.match(text); y.hasMatch()) {
        from = QDate(y.captured(1).toInt(), 1, 1);
        to = QDate(y.captured(1).toInt(), 12, 31);
    }
    if (!from.isValid() || !to.isValid())
        return false;
    if (first)
        *first = from;
    if (last)
        *last = to;
    return true;
}

QString GoalProgressCalculator::statusLabel(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NoData:
        return tr("No data");
    case GoalStatus::OnTrack:
        return tr("On track");
    case GoalStatus::AtRisk:
        return tr("At risk");
    case GoalStatus::OffTrack:
        return tr("Off track");
    }
    return {};
}

QString GoalProgressCalculator::formatValue(Metric metric, double value)
{
    const QString number = QLocale().toString(roundToOneDecimal(value), 'f', 1);
    if (metric == Metric::Csat)
        return tr("%1 %").arg(number);
    return number;
}

QString GoalProgressCalculator::scopeName(const Goal &goal) const
{
    switch (goal.scope) {
    case TargetKind::Journey:
        return m_project.journey(goal.targetId).name;
    case TargetKind::Stage:
        return m_project.stage(goal.targetId).name;
    case TargetKind::Card:
        return m_project.card(goal.targetId).title;
    }
    return {};
}

GoalProgress GoalProgressCalculator::progress(const Goal &goal, const QDate &today)
{
    GoalProgress result;
    const bool hasDue = parseDue(goal.due, &result.dueStart, &result.dueEnd);
    const QString metricName = enumLabel(goal.metric);
    const QString scope = scopeName(goal);
    const QString target = formatValue(goal.metric, goal.target);

    QDate latest;
    MetricsRepository repo(m_project.document());
    if (goal.metric != Metric::None && m_project.hasJourney(goal.journeyId))
        repo.latestDate(goal.journeyId, goal.metric, &latest);
    if (!latest.isValid()) {
        result.rule = tr("There are no %1 responses about “%2” yet, so progress cannot be "
                         "measured.")
                          .arg(metricName, scope);
        return result;
    }
    result.periodEnd = latest;
    result.periodStart = latest.addDays(-(WindowDays - 1));

    const auto scoreOf = [&](const QDate &from, const QDate &to) {
        MetricFilter filter;
        filter.journeyId = goal.journeyId;
        filter.from = from;
        filter.to = to;
        switch (goal.scope) {
        case TargetKind::Journey:
            return m_engine.total(goal.metric, filter);
        case TargetKind::Stage:
            return m_engine.stageScore(goal.targetId, goal.metric, filter);
        case TargetKind::Card:
            return m_engine.cardScore(goal.targetId, goal.metric, filter);
        }
        return Score();
    };
    const Score now = scoreOf(result.periodStart, result.periodEnd);
    const Score before
        = scoreOf(result.periodStart.addDays(-WindowDays), result.periodStart.addDays(-1));
    const QLocale locale;
    const QString period = tr("%1 to %2")
                               .arg(locale.toString(result.periodStart, QLocale::ShortFormat),
                                    locale.toString(result.periodEnd, QLocale::ShortFormat));
    if (!now.value) {
        result.rule = tr("There are no %1 responses about “%2” in the reporting period (%3), so "
                         "progress cannot be measured.")
                          .arg(metricName, scope, period);
        return result;
    }
    result.current = now.value;
    result.n = now.n;
    result.marginOfError = now.marginOfError;
    result.smallSample = now.isSmallSample();
    result.previous = before.value;
    result.previousN = before.n;
    if (result.previous)
        result.trend = *result.current - *result.previous;

    const double value = *result.current;
    const bool atLeast = goal.op == GoalOperator::AtLeast;
    result.targetMet = atLeast ? value >= goal.target : value <= goal.target;
    if (hasDue && result.trend) {
        const double periods = double(result.periodEnd.daysTo(result.dueEnd)) / double(WindowDays);
        result.projected = value + *result.trend * qMax(0.0, periods);
    }

    const QString measured = tr("%1 for “%2” is %3 (n = %4) from %5")
                                 .arg(metricName, scope, formatValue(goal.metric, value))
                                 .arg(result.n)
                                 .arg(period);
    const QString smallSample
        = result.smallSample ? tr(" Fewer than 30 responses: treat it with care.") : QString();
    if (result.targetMet) {
        result.status = GoalStatus::OnTrack;
        result.rule = (atLeast ? tr("%1, at or above the target of %2.")
                               : tr("%1, at or below the target of %2."))
                          .arg(measured, target)
                      + smallSample;
        return result;
    }
    const QString missed
        = (atLeast ? tr("%1, below the target of %2") : tr("%1, above the target of %2"))
              .arg(measured, target);
    if (hasDue && today > result.dueEnd) {
        result.status = GoalStatus::OffTrack;
        result.rule = tr("%1, and the due period %2 has ended.").arg(missed, goal.due.trimmed())
                      + smallSample;
        return result;
    }
    if (result.projected
        && (atLeast ? *result.projected >= goal.target : *result.projected <= goal.target)) {
        result.status = GoalStatus::AtRisk;
        result.rule = tr("%1, but it changed by %2 since the previous 90 days: at this pace it "
                         "reaches the target by %3.")
                          .arg(missed, locale.toString(roundToOneDecimal(*result.trend), 'f', 1),
                               goal.due.trimmed())
                      + smallSample;
        return result;
    }
    if (result.marginOfError && std::abs(value - goal.target) <= *result.marginOfError) {
        result.status = GoalStatus::AtRisk;
        result.rule
            = tr("%1, but within the margin of error (±%2).")
                  .arg(missed, locale.toString(roundToOneDecimal(*result.marginOfError), 'f', 1))
              + smallSample;
        return result;
    }
    result.status = GoalStatus::OffTrack;
    if (!hasDue) {
        result.rule = tr("%1, by more than the margin of error.").arg(missed) + smallSample;
    } else if (!result.trend) {
        result.rule = tr("%1, by more than the margin of error, with no earlier responses to "
                         "show a trend.")
                          .arg(missed)
                      + smallSample;
    } else {
        result.rule = tr("%1, and at the pace since the previous 90 days (%2) it does not reach "
                         "the target by %3.")
                          .arg(missed, locale.toString(roundToOneDecimal(*result.trend), 'f', 1),
                               goal.due.trimmed())
                      + smallSample;
    }
    return result;
}

} // namespace Waymark
