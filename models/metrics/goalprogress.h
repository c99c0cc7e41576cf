#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Waymark {

class MetricsEngine;
class Project;

enum class GoalStatus { NoData, OnTrack, AtRisk, OffTrack };

// How far a goal is (GoalProgressCalculator::progress). Values are in the metric's unit
// (NPS points, CSAT %, CES mean...), at full precision; show them with one decimal.
struct GoalProgress
{
    GoalStatus status = GoalStatus::NoData;
    // The reporting period: the WindowDays days up to the journey's latest response of the
    // goal's metric. Invalid when the journey has no dated response of that metric.
    QDate periodStart;
    QDate periodEnd;
    std::optional<double> current; // unset: no data (never 0)
    qint64 n = 0;
    std::optional<double> marginOfError;
    bool smallSample = false; // n < 30
    // The WindowDays days before the reporting period.
    std::optional<double> previous;
    qint64 previousN = 0;
    // current - previous (unset when either has no data): the change per reporting period.
    std::optional<double> trend;
    // The value at the end of the due period if the trend goes on (unset without a trend or
    // a valid due period).
    std::optional<double> projected;
    QDate dueStart; // the due period ("2027-Q2": 2027-04-01 .. 2027-06-30); invalid if unparsable
    QDate dueEnd;
    bool targetMet = false;
    // The decision in one sentence, shown to the user beside the status.
    QString rule;
};

// Computes the progress of goals from the feedback, through the metrics engine (raw
// responses, never averages of averages). The rule, in order:
//  1. The reporting period is the 90 days (WindowDays) up to the latest dated response of
//     the goal's metric anywhere in the goal's journey, so that an old project is judged on
//     its most recent feedback and all goals of a journey share one period. The previous
//     period is the 90 days before it.
//  2. No responses of the metric about the goal's scope in the reporting period: NoData
//     ("no data", not 0).
//  3. The current value meets the target (>= for AtLeast, <= for AtMost): OnTrack.
//  4. Not met and the due period has ended (today is after its last day): OffTrack.
//  5. Not met, but the trend (change from the previous period), continued linearly until the
//     end of the due period, reaches the target: AtRisk.
//  6. Not met, but the gap to the target is within the 95 % margin of error: AtRisk.
//  7. Otherwise: OffTrack.
// A due period that cannot be parsed counts as having no deadline (rules 4 and 5 skipped).
class GoalProgressCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::GoalProgressCalculator)

public:
    static constexpr int WindowDays = 90;

    GoalProgressCalculator(Project &project, MetricsEngine &engine);

    // today decides whether the due period has ended (tests pass a fixed date).
    GoalProgress progress(const Goal &goal, const QDate &today = QDate::currentDate());

    // "2027-Q2" -> 2027-04-01..2027-06-30, "2027-06" -> 2027-06-01..2027-06-30,
    // "2027" -> 2027-01-01..2027-12-31. False for anything else.
    static bool parseDue(const QString &due, QDate *first, QDate *last);

    // Translated name of a status ("On track"...).
    static QString statusLabel(GoalStatus status);
    // A value as shown in rules: one decimal, with the unit ("42.0", "81.5 %").
    static QString formatValue(Metric metric, double value);

private:
    QString scopeName(const Goal &goal) const;

    Project &m_project;
    MetricsEngine &m_engine;
};

} // namespace Waymark
