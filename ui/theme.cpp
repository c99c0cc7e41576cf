#include "theme.h"

#include <cmath>

namespace Waymark::Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor kindColor(CardKind kind)
{
    switch (kind) {
    case CardKind::Touchpoint:
        return QColor(0x1f, 0x6f, 0xeb);
    case CardKind::Action:
        return QColor(0x6e, 0x59, 0xa5);
    case CardKind::Thought:
        return QColor(0x0e, 0x9f, 0xa8);
    case CardKind::PainPoint:
        return QColor(0xd6, 0x33, 0x3a);
    case CardKind::Opportunity:
        return QColor(0x2e, 0x9e, 0x4f);
    case CardKind::Idea:
        return QColor(0xe0, 0xa1, 0x00);
    case CardKind::Process:
        return QColor(0x6b, 0x77, 0x85);
    case CardKind::Note:
        return QColor(0xa0, 0x7a, 0x4f);
    }
    return Qt::gray;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor cardFill(const QColor &accent, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mix(base, accent, isDark(palette) ? 0.22 : 0.12);
}

QColor cardFill(CardKind kind, const QPalette &palette)
{
    return cardFill(kindColor(kind), palette);
}

QColor defaultStageColor(int index)
{
    static const QColor colors[]
        = {QColor(0x4c, 0x78, 0xa8), QColor(0x2a, 0x9d, 0x8f), QColor(0xe7, 0x6f, 0x51),
           QColor(0x6a, 0x99, 0x4e), QColor(0x8e, 0x6c, 0x8a), QColor(0xe9, 0xc4, 0x6a),
           QColor(0x3d, 0x8f, 0xb0), QColor(0xb5, 0x65, 0x76)};
    return colors[qAbs(index) % 8];
}

QColor readableOn(const QColor &background)
{
    // Relative luminance per WCAG; 0.45 keeps white text on the mid-tone stage colours.
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const qreal l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                    + 0.0722 * channel(background.blueF());
    return l > 0.45 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QColor textOn(const QColor &background)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    auto luminance = [&channel](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const QColor dark(0x1a, 0x1a, 0x1a);
    const qreal l = luminance(background);
    const qreal onDark = (l + 0.05) / (luminance(dark) + 0.05);
    const qreal onWhite = 1.05 / (l + 0.05);
    return onDark >= onWhite ? dark : QColor(Qt::white);
}

QColor emotionColor(int emotion)
{
    switch (qBound(-2, emotion, 2)) {
    case -2:
        return QColor(0xd6, 0x33, 0x3a);
    case -1:
        return QColor(0xf0, 0x7d, 0x3c);
    case 0:
        return QColor(0xb0, 0xa0, 0x30);
    case 1:
        return QColor(0x7c, 0xb3, 0x42);
    default:
        return QColor(0x2e, 0x9e, 0x4f);
    }
}

} // namespace Waymark::Theme
