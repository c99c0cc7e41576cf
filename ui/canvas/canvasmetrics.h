#pragma once

#include <QFont>

namespace Waymark {

// Sizes of the map grid, derived from the font so that the map scales with the system's
// font size (accessibility) instead of being fixed in pixels.
struct CanvasMetrics
{
    qreal laneHeaderWidth = 200;
    qreal stageHeaderHeight = 64;
    qreal stageWidth = 280;
    qreal cellPadding = 12;
    qreal cardSpacing = 10;
    qreal cardWidth = 256;
    qreal cardHeight = 88;
    qreal emotionLaneHeight = 180;
    qreal margin = 24;
    QFont font;
    QFont smallFont;
    QFont headerFont;

    static CanvasMetrics forFont(const QFont &font);
    // Width of a card spanning `span` stages.
    qreal spanWidth(int span) const { return span * stageWidth - 2 * cellPadding; }
};

// A tooltip that shows text the user typed as it is: QToolTip renders anything that looks
// like markup ("<b>x</b>") as rich text, so plain text is escaped into rich text.
QString plainToolTip(const QString &text);

} // namespace Waymark
