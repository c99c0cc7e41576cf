#include "canvasmetrics.h"

#include <QFontMetricsF>
#include <QTextDocument>

#include <cmath>

namespace Waymark {

CanvasMetrics CanvasMetrics::forFont(const QFont &font)
{
    CanvasMetrics m;
    m.font = font;
    m.smallFont = font;
    m.smallFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    m.headerFont = font;
    m.headerFont.setBold(true);
    m.headerFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.1 : 11);

    const QFontMetricsF fm(font);
    const QFontMetricsF small(m.smallFont);
    const qreal em = fm.horizontalAdvance(QLatin1Char('M'));
    // A card holds three lines of title and a footer line; a stage is ~26 average
    // characters wide, which keeps titles readable without making the map sprawl.
    m.cardHeight = std::ceil(10 + 3 * fm.lineSpacing() + 6 + small.lineSpacing() + 8);
    m.cardWidth = std::ceil(qMax(200.0, 26 * fm.averageCharWidth() + 40));
    m.cellPadding = std::ceil(em);
    m.cardSpacing = std::ceil(em * 0.8);
    m.stageWidth = m.cardWidth + 2 * m.cellPadding;
    m.laneHeaderWidth = std::ceil(qMax(180.0, 18 * fm.averageCharWidth() + 44));
    m.stageHeaderHeight
        = std::ceil(QFontMetricsF(m.headerFont).lineSpacing() + small.lineSpacing() + 26);
    m.emotionLaneHeight = std::ceil(qMax(160.0, 9 * fm.lineSpacing()));
    m.margin = std::ceil(em * 2);
    return m;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace Waymark
