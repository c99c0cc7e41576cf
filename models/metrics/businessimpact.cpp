#include "businessimpact.h"

#include "project/project.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Waymark {

QString ImpactAssumptions::settingKey(Id journeyId)
{
    return QStringLiteral("impact/%1").arg(journeyId);
}

QString ImpactAssumptions::toSetting() const
{
    QJsonObject o;
    o.insert(QStringLiteral("customers"), double(customers));
    o.insert(QStringLiteral("value"), yearlyValue);
    o.insert(QStringLiteral("churn"), detractorChurn);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ImpactAssumptions ImpactAssumptions::fromSetting(const QString &text)
{
    ImpactAssumptions a;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const double customers = o.value(QStringLiteral("customers")).toDouble(-1);
    if (std::isfinite(customers) && customers >= 0 && customers <= 1e12)
        a.customers = qint64(customers);
    const double value = o.value(QStringLiteral("value")).toDouble(-1);
    if (std::isfinite(value) && value >= 0 && value <= 1e12)
        a.yearlyValue = value;
    const double churn = o.value(QStringLiteral("churn")).toDouble(-1);
    if (std::isfinite(churn) && churn >= 0 && churn <= 1)
        a.detractorChurn = churn;
    return a;
}

ImpactAssumptions ImpactAssumptions::of(const Project &project, Id journeyId)
{
    return fromSetting(project.setting(settingKey(journeyId)).toString());
}

BusinessImpact BusinessImpactCalculator::compute(const Project &project, MetricsEngine &engine,
                                                 Id journeyId, MetricFilter filter)
{
    BusinessImpact result;
    result.assumptions = ImpactAssumptions::of(project, journeyId);
    const ImpactAssumptions &a = result.assumptions;
    result.yearlyRevenue = double(a.customers) * a.yearlyValue;
    filter.journeyId = journeyId;
    const Score nps = engine.total(Metric::Nps, filter);
    result.responses = nps.n;
    const QLocale locale;
    if (nps.n == 0) {
        result.explanation = tr("There are no NPS responses, so the revenue at risk from "
                                "detractors cannot be estimated.");
        return result;
    }
    const double d = double(nps.detractors) / double(nps.n);
    result.detractorShare = d;
    if (!a.isComplete()) {
        result.explanation = tr("Enter the number of customers and the yearly value per "
                                "customer to estimate the revenue at risk.");
        return result;
    }
    const double margin = 1.96 * std::sqrt(d * (1 - d) / double(nps.n));
    const double perShare = double(a.customers) * a.detractorChurn * a.yearlyValue;
    result.revenueAtRisk = perShare * d;
    result.low = perShare * qMax(0.0, d - margin);
    result.high = perShare * qMin(1.0, d + margin);
    result.explanation
        = tr("Of %2 NPS responses, %1 % are detractors. If %3 % of them leave within a year, "
             "%4 a year is at risk (%5 to %6 with the margin of error), for %7 customers "
             "worth %8 a year each. This assumes that the responses represent all customers.")
              .arg(locale.toString(roundToOneDecimal(100 * d), 'f', 1))
              .arg(nps.n)
              .arg(locale.toString(roundToOneDecimal(100 * a.detractorChurn), 'f', 1),
                   locale.toString(*result.revenueAtRisk, 'f', 0),
                   locale.toString(*result.low, 'f', 0), locale.toString(*result.high, 'f', 0),
                   locale.toString(a.customers), locale.toString(a.yearlyValue, 'f', 2));
    return result;
}

} // namespace Waymark
