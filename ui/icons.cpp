#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace Waymark::Icons {

namespace {

QString pathOf(const QString &name)
{
    return QStringLiteral(":/waymark/icons/%1.svg").arg(name);
}

QPixmap render(const QString &name, int size, const QColor &color, qreal dpr)
{
    const int device = qMax(1, qRound(size * dpr));
    QPixmap pixmap(device, device);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(pathOf(name));
    if (!renderer.isValid())
        return {};
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    // Keep the shape, take the colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), color);
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace

bool exists(const QString &name)
{
    return QFile::exists(pathOf(name));
}

QPixmap pixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key
        = QStringLiteral("%1/%2/%3/%4").arg(name).arg(size).arg(color.rgba()).arg(devicePixelRatio);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QPixmap result = render(name, size, color, devicePixelRatio);
    if (cache.size() > 2000)
        cache.clear();
    cache.insert(key, result);
    return result;
}

namespace {

// Tints when painted, with the palette of that moment, so that icons follow a switch
// between light and dark colour schemes.
class TintedIconEngine : public QIconEngine
{
public:
    explicit TintedIconEngine(const QString &name)
        : m_name(name)
    {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return scaledPixmap(size, mode, QIcon::Off, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        return Icons::pixmap(m_name, qMin(size.width(), size.height()), color, scale);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, dpr));
    }

    QIconEngine *clone() const override { return new TintedIconEngine(m_name); }
    QString key() const override { return QStringLiteral("waymark-tinted"); }

private:
    QString m_name;
};

} // namespace

QIcon icon(const QString &name)
{
    if (!exists(name))
        return {};
    return QIcon(new TintedIconEngine(name));
}

} // namespace Waymark::Icons
