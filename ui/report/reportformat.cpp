#include "reportformat.h"

#include <QCoreApplication>

#include <cmath>

namespace Waymark::ReportFormat {

namespace {

// -0.0 prints as 0.0.
double oneDecimal(double value)
{
    const double rounded = roundToOneDecimal(value);
    return rounded == 0 ? 0.0 : rounded;
}

} // namespace

QString statsValue(const Score &score)
{
    if (!score.value)
        return QStringLiteral("–");
    const double v = oneDecimal(*score.value);
    QString text = QString::number(v, 'f', 1);
    if (score.metric == Metric::Nps && v > 0)
        text.prepend(QLatin1Char('+'));
    if (score.metric == Metric::Csat)
        text += QStringLiteral(" %");
    return text;
}

QString marginOfError(const Score &score)
{
    if (!score.marginOfError)
        return {};
    return QStringLiteral("± ") + QString::number(oneDecimal(*score.marginOfError), 'f', 1);
}

QString change(double delta, Metric metric)
{
    const double v = oneDecimal(delta);
    QString text = QString::number(std::abs(v), 'f', 1);
    if (v > 0)
        text.prepend(QLatin1Char('+'));
    else if (v < 0)
        text.prepend(QChar(0x2212));
    if (metric == Metric::Csat)
        text = QCoreApplication::translate("Waymark::ReportFormat", "%1 pts").arg(text);
    return text;
}

} // namespace Waymark::ReportFormat
