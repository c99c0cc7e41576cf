#include "scoreformat.h"

#include <QLocale>

namespace Waymark {

QString ScoreFormat::value(const Score &score)
{
    if (!score.value)
        return QStringLiteral("–");
    const QLocale locale;
    // One decimal, rounded as `waymark-cli stats` and the report round it, so that the map
    // and the printed figures never disagree.
    const double value = roundToOneDecimal(*score.value);
    switch (score.metric) {
    case Metric::Nps:
        return value > 0 ? QStringLiteral("+") + locale.toString(value, 'f', 1)
                         : locale.toString(value, 'f', 1);
    case Metric::Csat:
        return tr("%1 %").arg(locale.toString(value, 'f', 1));
    case Metric::Ces:
    case Metric::Rating:
        return locale.toString(value, 'f', 1);
    case Metric::None:
        break;
    }
    return locale.toString(value, 'f', 1);
}

QString ScoreFormat::count(qint64 n)
{
    return tr("n = %1").arg(QLocale().toString(n));
}

QString ScoreFormat::marginOfError(const Score &score)
{
    if (!score.marginOfError)
        return {};
    return tr("± %1").arg(QLocale().toString(*score.marginOfError, 'f', 1));
}

QString ScoreFormat::summary(const Score &score)
{
    if (!score.value)
        return tr("%1: no responses").arg(enumLabel(score.metric));
    QString text = tr("%1 %2 (%3").arg(enumLabel(score.metric), value(score), count(score.n));
    if (score.marginOfError)
        text += tr(", %1").arg(marginOfError(score));
    text += QLatin1Char(')');
    if (score.isSmallSample())
        text += tr(" — small sample");
    return text;
}

QColor ScoreFormat::bandColor(ScoreThresholds::Band band)
{
    switch (band) {
    case ScoreThresholds::Band::Bad:
        return QColor(0xd6, 0x33, 0x3a);
    case ScoreThresholds::Band::Fair:
        return QColor(0xd9, 0x96, 0x00);
    case ScoreThresholds::Band::Good:
        return QColor(0x2e, 0x9e, 0x4f);
    }
    return Qt::gray;
}

QColor ScoreFormat::color(const Score &score, const ScoreThresholds &thresholds)
{
    if (!score.value)
        return {};
    return bandColor(thresholds.bandOf(*score.value));
}

} // namespace Waymark
