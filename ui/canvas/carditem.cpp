#include "carditem.h"

#include "canvasmetrics.h"
#include "icons.h"
#include "theme.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleOptionGraphicsItem>
#include <QTextLine>
#include <QThread>

#include <QtMath>

#include <cmath>

namespace Waymark {

namespace {

constexpr qreal Radius = 8;
constexpr qreal AccentWidth = 5;
constexpr int IconSize = 16;
constexpr int MaxTitleLines = 3;
// Only the start of a very long title can be seen on a card; laying out all of a
// 10,000-character title would cost time for nothing.
constexpr qsizetype MaxLaidOutCharacters = 400;

QString kindIconName(CardKind kind)
{
    return QStringLiteral("kind-") + enumKey(kind);
}

QString emotionLabel(int emotion)
{
    return emotion > 0 ? QStringLiteral("+%1").arg(emotion) : QString::number(emotion);
}

QStaticText staticText(const QString &text)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    return result;
}

} // namespace

CardItem::CardItem(const Card &card, const CanvasMetrics &metrics)
    : m_card(card)
    , m_metrics(metrics)
    , m_width(metrics.spanWidth(card.span))
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(plainToolTip(accessibleText()));
}

CardItem::~CardItem() = default;

CardItem *CardItem::from(QGraphicsItem *item)
{
    for (; item; item = item->parentItem()) {
        if (item->type() >= Type && item->type() <= Type + 1)
            return static_cast<CardItem *>(item);
    }
    return nullptr;
}

QRectF CardItem::anchorRect() const
{
    return mapRectToScene(QRectF(0, 0, m_width, height()));
}

void CardItem::setCard(const Card &card)
{
    const bool textChanged = card.title != m_card.title;
    m_card = card;
    if (textChanged)
        invalidateLayout();
    m_footerValid = false;
    setToolTip(plainToolTip(accessibleText()));
    update();
}

void CardItem::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    prepareGeometryChange();
    m_width = width;
    invalidateLayout();
    m_footerValid = false;
}

qreal CardItem::height() const
{
    return m_metrics.cardHeight;
}

QRectF CardItem::boundingRect() const
{
    // Two pixels around the card for the selection outline, and the connection handle.
    return QRectF(-2, -2, m_width + 4 + HandleRadius + 1, height() + 4);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(0, 0, m_width, height()), Radius, Radius);
    return path;
}

void CardItem::invalidateLayout()
{
    m_titleLayout.reset();
}

void CardItem::ensureLayout() const
{
    if (m_titleLayout)
        return;
    QString title = m_card.title.left(MaxLaidOutCharacters);
    // Line breaks inside a title would waste the three lines a card has.
    title.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (title.trimmed().isEmpty())
        title = QCoreApplication::translate("Waymark::CardItem", "(untitled)");
    m_titleLayout = std::make_unique<QTextLayout>(title, m_metrics.font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(title.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    m_titleLayout->setTextOption(option);
    // Touchpoints keep room for their score badge (ScoreBadgeItem) at the top right.
    const qreal badgeRoom = m_card.kind == CardKind::Touchpoint ? BadgeReserve : 0;
    const qreal textWidth = m_width - AccentWidth - 10 - IconSize - 8 - 10 - badgeRoom;
    m_titleLayout->beginLayout();
    qreal y = 0;
    int lines = 0;
    m_titleElided = false;
    while (true) {
        QTextLine line = m_titleLayout->createLine();
        if (!line.isValid())
            break;
        if (lines == MaxTitleLines) {
            m_titleElided = true;
            line.setNumColumns(0);
            line.setPosition(QPointF(0, -1000));
            break;
        }
        line.setLineWidth(textWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        ++lines;
    }
    m_titleLayout->endLayout();
    if (lines == MaxTitleLines && m_titleLayout->lineCount() > MaxTitleLines)
        m_titleElided = true;
}

void CardItem::ensureShapes() const
{
    const QSizeF size(m_width, height());
    if (size == m_shapeSize)
        return;
    m_shapeSize = size;
    m_shapePath = QPainterPath();
    m_shapePath.addRoundedRect(QRectF(QPointF(0, 0), size), Radius, Radius);
    QPainterPath stripe;
    stripe.addRect(QRectF(0, 0, AccentWidth, size.height()));
    m_accentPath = m_shapePath.intersected(stripe);
}

void CardItem::ensureFooter() const
{
    if (m_footerValid)
        return;
    m_footerValid = true;
    const QFontMetricsF small(m_metrics.smallFont);
    m_footerHeight = small.height();
    const qreal left = AccentWidth + 10 + (m_card.channel != Channel::None ? 18 : 0);
    const qreal width = m_width - left - 10 - (m_card.emotion ? 26 : 0);
    QString footer = m_card.owner;
    if (footer.isEmpty() && m_card.channel != Channel::None)
        footer = enumLabel(m_card.channel);
    footer = footer.left(200);
    footer.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_footer = staticText(small.elidedText(footer, Qt::ElideRight, qMax(0.0, width)));
    m_footer.prepare(QTransform(), m_metrics.smallFont);
    m_chip = staticText(m_card.emotion ? emotionLabel(*m_card.emotion) : QString());
    m_chip.prepare(QTransform(), m_metrics.smallFont);
}

// Icons::pixmap() renders an SVG for every new scale; scales are rounded up to halves so
// that zooming does not render (and cache) a pixmap per zoom step.
void CardItem::ensureIcons(const QColor &accent, const QColor &muted, qreal scale) const
{
    const IconKey key{accent.rgba(), muted.rgba(), scale, m_card.kind, m_card.channel};
    if (key == m_iconKey && !m_kindIcon.isNull())
        return;
    m_iconKey = key;
    m_kindIcon = Icons::pixmap(kindIconName(m_card.kind), IconSize, accent, scale);
    m_channelIcon = m_card.channel == Channel::None
                        ? QPixmap()
                        : Icons::pixmap(QStringLiteral("channel-") + enumKey(m_card.channel), 14,
                                        muted, scale);
}

// The card's background, accent stripe and border, rendered once per look and device scale
// and shared by every card that looks the same: blitting it costs a fraction of filling and
// stroking antialiased paths for each card.
QPixmap CardItem::chrome(const QColor &fill, const QColor &accent, const QColor &border,
                         qreal borderWidth, qreal scale) const
{
    const ChromeKey own{m_width,       height(),      scale,      fill.rgba(),
                        accent.rgba(), border.rgba(), borderWidth};
    if (own == m_chromeKey && !m_chrome.isNull())
        return m_chrome;
    m_chromeKey = own;
    const QString key = QStringLiteral("waymark-card/%1x%2@%3/%4/%5/%6/%7")
                            .arg(m_width)
                            .arg(height())
                            .arg(scale)
                            .arg(fill.rgba())
                            .arg(accent.rgba())
                            .arg(border.rgba())
                            .arg(borderWidth);
    if (QPixmapCache::find(key, &m_chrome))
        return m_chrome;
    ensureShapes();
    const QSize size(qCeil((m_width + 4) * scale), qCeil((height() + 4) * scale));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(2, 2);
    painter.fillPath(m_shapePath, fill);
    painter.fillPath(m_accentPath, accent);
    painter.setPen(QPen(border, borderWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(m_shapePath);
    painter.end();
    m_chrome = QPixmap::fromImage(image);
    QPixmapCache::insert(key, m_chrome);
    return m_chrome;
}

void CardItem::paintChrome(QPainter *painter, const QColor &fill, const QColor &accent,
                           const QColor &border, qreal borderWidth) const
{
    // Only on screen and into images: a PDF or SVG keeps vector outlines, and pixmaps belong
    // to the GUI thread.
    const bool raster = painter->paintEngine()
                        && painter->paintEngine()->type() == QPaintEngine::Raster
                        && QThread::currentThread() == QCoreApplication::instance()->thread();
    const QTransform device = painter->deviceTransform();
    bool invertible = false;
    const QTransform inverse = device.inverted(&invertible);
    if (raster && invertible && device.type() <= QTransform::TxScale
        && qFuzzyCompare(device.m11(), device.m22()) && device.m11() * m_width < 4096) {
        // Blit at whole device pixels: from item coordinates to the device corner.
        const QPointF corner = device.map(QPointF(-2, -2));
        const QTransform world = painter->worldTransform();
        painter->setWorldTransform(
            QTransform::fromTranslate(std::round(corner.x()), std::round(corner.y())) * inverse
            * world);
        painter->drawPixmap(QPointF(0, 0), chrome(fill, accent, border, borderWidth, device.m11()));
        painter->setWorldTransform(world);
        return;
    }
    // Vector output, another thread, or a rotated or sheared painter.
    ensureShapes();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillPath(m_shapePath, fill);
    painter->fillPath(m_accentPath, accent);
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_shapePath);
}

QString CardItem::accessibleText() const
{
    QString text = QCoreApplication::translate("Waymark::CardItem", "%1: %2")
                       .arg(enumLabel(m_card.kind), m_card.title.left(300));
    if (m_card.channel != Channel::None) {
        text += QCoreApplication::translate("Waymark::CardItem", ", channel %1")
                    .arg(enumLabel(m_card.channel));
    }
    if (!m_card.owner.isEmpty()) {
        text += QCoreApplication::translate("Waymark::CardItem", ", owner %1")
                    .arg(m_card.owner.left(200));
    }
    if (m_card.emotion) {
        text += QCoreApplication::translate("Waymark::CardItem", ", emotion %1")
                    .arg(*m_card.emotion > 0 ? QStringLiteral("+%1").arg(*m_card.emotion)
                                             : QString::number(*m_card.emotion));
    }
    return text;
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor accent = m_card.color.isValid() ? m_card.color : Theme::kindColor(m_card.kind);
    const QColor fill = Theme::cardFill(accent, palette);
    const QRectF rect(0, 0, m_width, height());
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());

    if (lod < 0.35) {
        // Zoomed far out: shapes only, no text. A card is a few pixels here: aliased fills
        // (several times cheaper on fractional coordinates) look the same, with the stripe
        // kept at least a pixel wide so that it does not vanish.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(rect, fill);
        painter->fillRect(QRectF(0, 0, qMax(AccentWidth, 1 / lod), rect.height()), accent);
        if (isSelected()) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 3 / lod));
            painter->drawRect(rect);
        }
        return;
    }

    const QColor border = isSelected() ? palette.color(QPalette::Highlight)
                                       : Theme::mix(fill, palette.color(QPalette::Text), 0.18);
    paintChrome(painter, fill, accent, border, isSelected() ? 2.5 : 1);
    painter->setRenderHint(QPainter::Antialiasing, true);

    const QColor text = palette.color(QPalette::Text);
    const QColor muted = Theme::mix(text, fill, 0.4);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal left = AccentWidth + 10;
    ensureIcons(accent, muted, std::ceil(qMax(dpr, lod * dpr) * 2) / 2);
    painter->drawPixmap(QPointF(left, 10), m_kindIcon);

    ensureLayout();
    painter->setPen(text);
    const QPointF titleOrigin(left + IconSize + 8, 9);
    const int visibleLines = qMin(m_titleLayout->lineCount(), MaxTitleLines);
    for (int i = 0; i < visibleLines; ++i)
        m_titleLayout->lineAt(i).draw(painter, titleOrigin);
    if (m_titleElided && visibleLines > 0) {
        const QTextLine last = m_titleLayout->lineAt(visibleLines - 1);
        painter->setFont(m_metrics.font);
        if (m_ellipsis.text().isEmpty()) {
            m_ellipsis = staticText(QStringLiteral("…"));
            m_ellipsis.prepare(QTransform(), m_metrics.font);
        }
        // On the last line's baseline.
        const qreal ascent = QFontMetricsF(m_metrics.font).ascent();
        painter->drawStaticText(QPointF(titleOrigin.x() + last.naturalTextWidth() + 2,
                                        titleOrigin.y() + last.y() + last.ascent() - ascent),
                                m_ellipsis);
    }

    // Footer: channel and owner.
    ensureFooter();
    painter->setFont(m_metrics.smallFont);
    const qreal footerHeight = m_footerHeight;
    const qreal footerY = rect.height() - 8 - footerHeight;
    qreal x = left;
    if (!m_channelIcon.isNull()) {
        painter->drawPixmap(QPointF(x, footerY + (footerHeight - 14) / 2), m_channelIcon);
        x += 18;
    }
    painter->setPen(muted);
    painter->drawStaticText(QPointF(x, footerY), m_footer);
    if (m_card.emotion) {
        const QColor emotion = Theme::emotionColor(*m_card.emotion);
        const QRectF chip(rect.width() - 30, footerY, 22, footerHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(emotion);
        painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->setPen(Theme::readableOn(emotion));
        const QSizeF size = m_chip.size();
        painter->drawStaticText(chip.center() - QPointF(size.width() / 2, size.height() / 2),
                                m_chip);
    }
}

} // namespace Waymark
