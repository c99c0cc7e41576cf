#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QPaintDevice;

namespace Waymark {

// The look of the report on paper: one type scale, a few colours, measures in points and
// millimetres converted to the device's units. Always dark text on white paper, whatever
// the application's palette (light or dark); the consultant's accent colour marks
// headings and rules.
class ReportStyle
{
public:
    enum class Type {
        Display,  // cover title
        Title,    // section title
        Heading,  // sub-section heading
        Lead,     // introductory paragraph
        Body,     // running text, table cells
        BodyBold, // table emphasis
        Small,    // table headers, attributions
        Caption,  // footnotes, running header and footer
        Eyebrow,  // small capitals above titles
        Figure,   // key figures in summary tiles
        Mono,     // hashes and fingerprints
        Quote,    // customer verbatims
    };

    ReportStyle(QPaintDevice *device, const QColor &accent);

    // Letter spacing (in pixels) small enough not to show and large enough to keep Qt from
    // forming ligatures.
    static constexpr qreal NoLigatureSpacing = 0.02;

    QPaintDevice *device() const { return m_device; }
    qreal pt(qreal points) const { return points * m_unitsPerPoint; }
    qreal mm(qreal millimetres) const { return pt(millimetres * 72.0 / 25.4); }

    QFont font(Type type) const;

    QColor text() const { return QColor(0x1f, 0x23, 0x28); }
    QColor muted() const { return QColor(0x5b, 0x64, 0x70); }
    QColor rule() const { return QColor(0xd5, 0xd9, 0xde); }
    QColor zebra() const { return QColor(0xf4, 0xf6, 0xf8); }
    QColor tile() const { return QColor(0xf4, 0xf6, 0xf8); }
    QColor good() const;
    QColor bad() const;
    // The branding accent as given (bars, rules) and a shade of it dark enough for text.
    QColor accent() const { return m_accent; }
    QColor accentText() const { return m_accentText; }
    // A very light tint of a colour, for cell backgrounds.
    static QColor tint(const QColor &color, qreal strength = 0.18);

    static QColor defaultAccent();
    // The family the report is set in (Noto Sans where installed); other scripts and
    // emoji fall back through fontconfig.
    static QString family();
    // White paper for the map scene: items read their colours from the scene's palette.
    static QPalette paperPalette(const QColor &accent, bool transparentBackground = false);
    // WCAG contrast ratio of two colours (1..21).
    static qreal contrast(const QColor &a, const QColor &b);

private:
    QPaintDevice *m_device;
    qreal m_unitsPerPoint = 1;
    QColor m_accent;
    QColor m_accentText;
};

} // namespace Waymark
