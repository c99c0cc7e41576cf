#include "colorscheme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Waymark {

namespace {

const QString Key = QStringLiteral("appearance/colorScheme");
ColorScheme::Scheme s_current = ColorScheme::Scheme::System;
QString s_systemStyle;
QPalette s_systemPalette;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf2));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    return p;
}

} // namespace

void ColorScheme::applySaved()
{
    s_systemStyle = QApplication::style()->name();
    s_systemPalette = QApplication::palette();
    Scheme scheme = Scheme(QSettings().value(Key, int(Scheme::System)).toInt());
    const QByteArray forced = qgetenv("WAYMARK_COLOR_SCHEME").toLower();
    if (forced == "dark")
        scheme = Scheme::Dark;
    else if (forced == "light")
        scheme = Scheme::Light;
    apply(scheme);
}

void ColorScheme::apply(Scheme scheme)
{
    s_current = scheme;
    switch (scheme) {
    case Scheme::System:
        if (!s_systemStyle.isEmpty())
            QApplication::setStyle(s_systemStyle);
        QApplication::setPalette(s_systemPalette);
        break;
    case Scheme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

ColorScheme::Scheme ColorScheme::current()
{
    return s_current;
}

void ColorScheme::populateMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QList<QPair<Scheme, QString>> choices = {{Scheme::System, tr("&System")},
                                                   {Scheme::Light, tr("&Light")},
                                                   {Scheme::Dark, tr("&Dark")}};
    for (const auto &[scheme, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(scheme == s_current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [scheme = scheme] {
            apply(scheme);
            QSettings().setValue(Key, int(scheme));
        });
    }
}

} // namespace Waymark
