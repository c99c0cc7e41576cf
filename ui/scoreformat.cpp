#include "scoreformat.h"

#include <QLocale>

namespace Waymark {

QString ScoreFormat::value(const Score &score)
{
    if (!score.value)
        return QStringLiteral("–");
    const QLocale locale;
    switch (score.metric) {
    case Metric::Nps: {
        const int points = qRound(*score.value);
        return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
    }
    case Metric::Csat:
        return tr("%1 %").arg(locale.toString(*score.value, 'f', 1));
    case Metric::Ces:
    case Metric::Rating:
        return locale.toString(*score.value, 'f', 1);
    case Metric::None:
        break;
    }
    return locale.toString(*score.value, 'f', 1);
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
