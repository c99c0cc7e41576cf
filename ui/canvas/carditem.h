#pragma once

#include "domain/card.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>
#include <QTextLayout>

#include <memory>

namespace Waymark {

struct CanvasMetrics;

// The view of one card on the map: kind colour and icon, title (plain text, never
// markup), channel and owner. Paints from caches (outline, text layouts, tinted icons) that
// are rebuilt only when the card, its width or the colours change; zoomed far out it paints
// only its coloured shape (level of detail).
class CardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    CardItem(const Card &card, const CanvasMetrics &metrics);
    ~CardItem() override;

    // The connection handle the view draws at the middle of the right edge; the item's
    // bounding rectangle covers it, so that updating the card repaints its handle.
    static constexpr qreal HandleRadius = 7;
    // Width kept free for a score badge at the top right of touchpoint cards.
    static constexpr qreal BadgeReserve = 58;

    int type() const override { return Type; }
    // The card item behind a graphics item (a CardItem or an EmotionPointItem), if any.
    static CardItem *from(QGraphicsItem *item);

    Id cardId() const { return m_card.id; }
    const Card &card() const { return m_card; }
    void setCard(const Card &card);

    virtual void setWidth(qreal width);
    qreal width() const { return m_width; }
    virtual qreal height() const;
    // Where connections attach, in scene coordinates.
    virtual QRectF anchorRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Text for screen readers and tooltips.
    QString accessibleText() const;

protected:
    const CanvasMetrics &metrics() const { return m_metrics; }

private:
    void invalidateLayout();
    void ensureLayout() const;
    void ensureShapes() const;
    void ensureFooter() const;
    void ensureIcons(const QColor &accent, const QColor &muted, qreal scale) const;
    QPixmap chrome(const QColor &fill, const QColor &accent, const QColor &border,
                   qreal borderWidth, qreal scale) const;
    void paintChrome(QPainter *painter, const QColor &fill, const QColor &accent,
                     const QColor &border, qreal borderWidth) const;

    Card m_card;
    const CanvasMetrics &m_metrics;

protected:
    qreal m_width;

private:
    mutable std::unique_ptr<QTextLayout> m_titleLayout;
    mutable bool m_titleElided = false;
    mutable QStaticText m_ellipsis;

    // The outline and the accent stripe (clipped to the outline), for m_shapeSize.
    mutable QSizeF m_shapeSize;
    mutable QPainterPath m_shapePath;
    mutable QPainterPath m_accentPath;

    // The footer line (channel or owner, elided to fit) and the emotion chip.
    mutable bool m_footerValid = false;
    mutable qreal m_footerHeight = 0;
    mutable QStaticText m_footer;
    mutable QStaticText m_chip;

    // Tinted icons, for the colours and scale in m_iconKey.
    struct IconKey
    {
        QRgb accent = 0;
        QRgb muted = 0;
        qreal scale = 0;
        CardKind kind = CardKind::Note;
        Channel channel = Channel::None;
        friend bool operator==(const IconKey &, const IconKey &) = default;
    };
    mutable IconKey m_iconKey;

    // The chrome pixmap last used, and what it was made for (looked up in the shared cache
    // only when that changes).
    struct ChromeKey
    {
        qreal width = 0;
        qreal height = 0;
        qreal scale = 0;
        QRgb fill = 0;
        QRgb accent = 0;
        QRgb border = 0;
        qreal borderWidth = 0;
        friend bool operator==(const ChromeKey &, const ChromeKey &) = default;
    };
    mutable ChromeKey m_chromeKey;
    mutable QPixmap m_chrome;
    mutable QPixmap m_kindIcon;
    mutable QPixmap m_channelIcon;
};

} // namespace Waymark
