#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QPalette>

namespace Waymark::Theme {

// Colours of the map, derived from the palette so that maps read in light and dark themes.

bool isDark(const QPalette &palette);

// The signature colour of a card kind (accent bar, icon).
QColor kindColor(CardKind kind);
// Card background: the kind's colour mixed into the palette's base colour.
QColor cardFill(CardKind kind, const QPalette &palette);
QColor cardFill(const QColor &accent, const QPalette &palette);

// Default colour of a stage without its own.
QColor defaultStageColor(int index);

// a * (1 - t) + b * t
QColor mix(const QColor &a, const QColor &b, qreal t);

// Black or white, whichever reads better on background.
QColor readableOn(const QColor &background);
// Near-black or white, whichever has the higher WCAG contrast ratio on background: for
// small text on a coloured fill (score badges, heatmap cells), where 4.5:1 matters.
QColor textOn(const QColor &background);

// Colour of an emotion value -2 .. +2 (red .. green).
QColor emotionColor(int emotion);

} // namespace Waymark::Theme
