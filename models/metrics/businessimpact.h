#pragma once

#include "domain/ids.h"
#include "metricsengine.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Waymark {

class Project;

// What the user assumes about a journey's business, to put a value on its detractors.
// Stored as a project setting per journey (settingKey(), a small JSON text), so it is
// undoable (SetSettingCommand), in the file and in the JSON map's settings. The setting
// names the journey by id: a map whose ids are renumbered on import loses it.
struct ImpactAssumptions
{
    qint64 customers = 0;        // customers who go through the journey in a year
    double yearlyValue = 0;      // revenue per customer and year, in the project's currency
    double detractorChurn = 0.2; // share of detractors assumed to leave within a year

    bool isComplete() const { return customers > 0 && yearlyValue > 0; }

    static QString settingKey(Id journeyId);
    QString toSetting() const;
    // Missing, malformed or out-of-range values keep their defaults.
    static ImpactAssumptions fromSetting(const QString &text);
    static ImpactAssumptions of(const Project &project, Id journeyId);

    friend bool operator==(const ImpactAssumptions &, const ImpactAssumptions &) = default;
};

// Revenue at risk from detractors (optional business view of a journey):
//     revenue at risk = customers x detractor share x detractor churn x yearly value
// The detractor share is that of the journey's NPS responses (0-6 on 0-10) under the filter,
// from raw responses, with its 95 % margin of error carried into a range. Assumptions, shown
// to the user in `explanation`: responses represent all customers of the journey (no
// weighting), every detractor is worth the average customer, and churn happens within the
// year; passives and promoters are assumed to stay.
struct BusinessImpact
{
    ImpactAssumptions assumptions;
    qint64 responses = 0;                 // NPS responses the share comes from
    std::optional<double> detractorShare; // 0..1; unset without NPS responses
    double yearlyRevenue = 0;             // customers x yearly value
    std::optional<double> revenueAtRisk;  // unset without responses or assumptions
    std::optional<double> low;            // the range from the margin of error of the share
    std::optional<double> high;
    QString explanation; // one sentence for the user
};

class BusinessImpactCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::BusinessImpactCalculator)

public:
    // filter.journeyId is set to journeyId.
    static BusinessImpact compute(const Project &project, MetricsEngine &engine, Id journeyId,
                                  MetricFilter filter = {});
};

} // namespace Waymark
