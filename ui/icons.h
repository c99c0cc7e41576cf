#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace Waymark::Icons {

// Waymark's line icons (resources/icons/*.svg) are black shapes; these helpers tint them
// to a colour (by default the palette's text colour) so they read in light and dark themes.

// Icon for actions and lists: tinted for the normal and the disabled state.
QIcon icon(const QString &name);

// A tinted pixmap for painting, cached by name, size, colour and device pixel ratio.
QPixmap pixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio = 1.0);

// Whether an icon of that name ships with Waymark.
bool exists(const QString &name);

} // namespace Waymark::Icons
