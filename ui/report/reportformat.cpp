#include "reportformat.h"

#include <QCoreApplication>

#include <cmath>

namespace Waymark::ReportFormat {

QString marginOfError(const Score &score)
{
    if (!score.marginOfError)
        return {};
    return QStringLiteral("± ") + QString::number(printedValue(*score.marginOfError), 'f', 1);
}

QString change(double delta, Metric metric)
{
    const double v = printedValue(delta);
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
