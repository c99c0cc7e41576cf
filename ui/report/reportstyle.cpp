#include "reportstyle.h"

#include "theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPaintDevice>

#include <cmath>

namespace Waymark {

namespace {

qreal luminance(const QColor &color)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

} // namespace

ReportStyle::ReportStyle(QPaintDevice *device, const QColor &accent)
    : m_device(device)
    , m_accent(accent.isValid() ? accent.toRgb() : defaultAccent())
{
    if (device && device->logicalDpiY() > 0)
        m_unitsPerPoint = device->logicalDpiY() / 72.0;
    // A pale brand colour (yellow, light grey) still marks bars and rules, but headings
    // need 4.5:1 against white to be read: darken it until they have it.
    m_accentText = m_accent;
    for (int i = 0; i < 20 && contrast(m_accentText, Qt::white) < 4.5; ++i)
        m_accentText = m_accentText.darker(112);
}

QColor ReportStyle::defaultAccent()
{
    return QColor(0x1f, 0x6f, 0xeb);
}

QColor ReportStyle::good() const
{
    return QColor(0x1e, 0x7e, 0x3e);
}

QColor ReportStyle::bad() const
{
    return QColor(0xc0, 0x29, 0x30);
}

QColor ReportStyle::tint(const QColor &color, qreal strength)
{
    return Theme::mix(Qt::white, color, strength);
}

qreal ReportStyle::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString ReportStyle::family()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate :
             {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QApplication::font().family();
    }();
    return family;
}

QFont ReportStyle::font(Type type) const
{
    QFont f(family());
    f.setStyleStrategy(QFont::PreferAntialias);
    // Kerning on, hinting off: glyph positions come from the outlines, so text measured
    // here sits exactly where it is drawn at any zoom of the PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    // A hair of letter spacing turns off ligatures (Qt 6.4 has no font feature switches):
    // "ﬁ" would otherwise come out of pdftotext, copy and paste and screen readers as one
    // character, and searching the PDF for "file" would fail.
    f.setLetterSpacing(QFont::AbsoluteSpacing, NoLigatureSpacing);
    switch (type) {
    case Type::Display:
        f.setPointSizeF(28);
        f.setWeight(QFont::Bold);
        break;
    case Type::Title:
        f.setPointSizeF(19);
        f.setWeight(QFont::Bold);
        break;
    case Type::Heading:
        f.setPointSizeF(12);
        f.setWeight(QFont::Bold);
        break;
    case Type::Lead:
        f.setPointSizeF(10.5);
        break;
    case Type::Body:
        f.setPointSizeF(9);
        break;
    case Type::BodyBold:
        f.setPointSizeF(9);
        f.setWeight(QFont::DemiBold);
        break;
    case Type::Small:
        f.setPointSizeF(7.5);
        f.setWeight(QFont::DemiBold);
        break;
    case Type::Caption:
        f.setPointSizeF(7.5);
        break;
    case Type::Eyebrow:
        f.setPointSizeF(8);
        f.setWeight(QFont::Bold);
        f.setCapitalization(QFont::AllUppercase);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.8);
        break;
    case Type::Figure:
        f.setPointSizeF(24);
        f.setWeight(QFont::Bold);
        break;
    case Type::Mono:
        f = QFont(QStringLiteral("DejaVu Sans Mono"));
        f.setStyleHint(QFont::Monospace);
        f.setPointSizeF(7);
        break;
    case Type::Quote:
        f.setPointSizeF(9.5);
        f.setItalic(true);
        break;
    }
    return f;
}

QPalette ReportStyle::paperPalette(const QColor &accent, bool transparentBackground)
{
    QPalette p;
    const QColor paper(Qt::white);
    const QColor ink(0x1f, 0x23, 0x28);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        // Transparent white rather than Qt::transparent (transparent black): the scene
        // decides light or dark by the window colour's lightness.
        p.setColor(group, QPalette::Window,
                   transparentBackground ? QColor(255, 255, 255, 0) : paper);
        p.setColor(group, QPalette::WindowText, ink);
        p.setColor(group, QPalette::Base, paper);
        p.setColor(group, QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf8));
        p.setColor(group, QPalette::Text, ink);
        p.setColor(group, QPalette::Button, QColor(0xef, 0xf0, 0xf2));
        p.setColor(group, QPalette::ButtonText, ink);
        p.setColor(group, QPalette::Highlight, accent.isValid() ? accent : defaultAccent());
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::Mid, QColor(0xa0, 0xa6, 0xad));
        p.setColor(group, QPalette::Light, Qt::white);
        p.setColor(group, QPalette::Dark, QColor(0x5b, 0x64, 0x70));
    }
    return p;
}

} // namespace Waymark
