#pragma once

#include <QCoreApplication>
#include <QString>

class QMenu;

namespace Waymark {

// Light or dark look, or whatever the desktop uses. A choice in View → Colour Scheme,
// remembered in QSettings; WAYMARK_COLOR_SCHEME=light|dark overrides it (screenshots, CI).
class ColorScheme
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ColorScheme)

public:
    enum class Scheme { System, Light, Dark };

    // Applies the remembered (or overridden) scheme; call once after QApplication exists.
    static void applySaved();
    static void apply(Scheme scheme);
    static Scheme current();

    // Adds the three choices (checkable, exclusive) to a menu.
    static void populateMenu(QMenu *menu);
};

} // namespace Waymark
