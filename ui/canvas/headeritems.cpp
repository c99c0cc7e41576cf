#include "headeritems.h"

#include "canvasmetrics.h"
#include "icons.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace Waymark {

StageHeaderItem::StageHeaderItem(const Stage &stage, const CanvasMetrics &metrics)
    : m_stage(stage)
    , m_metrics(metrics)
    , m_width(metrics.stageWidth)
{
    setFlag(ItemIsSelectable);
    setToolTip(plainToolTip(stage.description.isEmpty() ? stage.name.left(300)
                                                        : stage.description.left(300)));
}

void StageHeaderItem::setStage(const Stage &stage, int index)
{
    m_stage = stage;
    m_index = index;
    m_textsValid = false;
    setToolTip(plainToolTip(stage.description.isEmpty() ? stage.name.left(300)
                                                        : stage.description.left(300)));
    update();
}

void StageHeaderItem::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    m_textsValid = false;
    update();
}

void StageHeaderItem::setScore(const QString &text, const QColor &color, bool faded,
                               const QString &caption)
{
    if (text == m_scoreText && color == m_scoreColor && faded == m_scoreFaded
        && caption == m_scoreCaption)
        return;
    m_scoreText = text;
    m_scoreCaption = caption;
    m_scoreColor = color;
    m_scoreFaded = faded;
    m_textsValid = false;
    update();
}

qreal StageHeaderItem::scorePillWidth() const
{
    const QFontMetricsF header(m_metrics.headerFont);
    const QFontMetricsF small(m_metrics.smallFont);
    return qMax(header.horizontalAdvance(m_scoreText), small.horizontalAdvance(m_scoreCaption))
           + 16;
}

void StageHeaderItem::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    prepareGeometryChange();
    m_width = width;
    m_textsValid = false;
}

void StageHeaderItem::ensureTexts()
{
    if (m_textsValid)
        return;
    m_textsValid = true;
    const qreal width = boundingRect().width() - 6 - 24;
    const QFontMetricsF header(m_metrics.headerFont);
    const qreal scoreWidth = m_scoreText.isEmpty() ? 0 : scorePillWidth() + 10;
    m_nameText.setText(
        header.elidedText(m_stage.name.left(300), Qt::ElideRight, width - scoreWidth));
    m_nameText.setTextFormat(Qt::PlainText);
    m_nameText.prepare(QTransform(), m_metrics.headerFont);
    const QFontMetricsF small(m_metrics.smallFont);
    m_summaryText.setText(small.elidedText(m_summary, Qt::ElideRight, width - scoreWidth));
    m_summaryText.setTextFormat(Qt::PlainText);
    m_summaryText.prepare(QTransform(), m_metrics.smallFont);
}

QRectF StageHeaderItem::boundingRect() const
{
    return QRectF(0, 0, m_width, m_metrics.stageHeaderHeight);
}

void StageHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor color
        = m_stage.color.isValid() ? m_stage.color : Theme::defaultStageColor(m_index);
    const QRectF rect = boundingRect().adjusted(3, 4, -3, -4);
    // Opaque, so that the header reads when it floats over cards while scrolling.
    painter->fillRect(boundingRect(), palette.color(QPalette::Window));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(isSelected() ? QPen(palette.color(QPalette::Highlight), 3) : Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(rect, 8, 8);

    const QColor text = Theme::readableOn(color);
    ensureTexts();
    painter->setPen(text);
    painter->setFont(m_metrics.headerFont);
    const QFontMetricsF header(m_metrics.headerFont);
    const QRectF nameRect(rect.left() + 12, rect.top() + 8, rect.width() - 24, header.height());
    painter->drawStaticText(
        QPointF(nameRect.left(), nameRect.center().y() - m_nameText.size().height() / 2),
        m_nameText);
    if (!m_scoreText.isEmpty()) {
        // Value above, metric below, like the cards' badges.
        const qreal pillWidth = scorePillWidth();
        const QRectF pill(rect.right() - 6 - pillWidth, rect.top() + 5, pillWidth,
                          rect.height() - 10);
        QColor fill = Theme::mix(palette.color(QPalette::Base), m_scoreColor, 0.92);
        if (m_scoreFaded)
            fill = Theme::mix(palette.color(QPalette::Base), m_scoreColor, 0.45);
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 7, 7);
        painter->setPen(Theme::textOn(fill));
        painter->setFont(m_metrics.headerFont);
        painter->drawText(pill.adjusted(0, 2, 0, -pill.height() * 0.42), Qt::AlignCenter,
                          m_scoreText);
        painter->setFont(m_metrics.smallFont);
        painter->drawText(pill.adjusted(0, pill.height() * 0.55, 0, -2), Qt::AlignCenter,
                          m_scoreCaption);
        painter->setFont(m_metrics.headerFont);
        painter->setPen(text);
    }
    if (!m_summary.isEmpty()) {
        painter->setFont(m_metrics.smallFont);
        const QFontMetricsF small(m_metrics.smallFont);
        QColor muted = text;
        muted.setAlphaF(0.85f);
        painter->setPen(muted);
        const QRectF summaryRect(nameRect.left(), nameRect.bottom() + 2, nameRect.width(),
                                 small.height());
        painter->drawStaticText(
            QPointF(summaryRect.left(),
                    summaryRect.center().y() - m_summaryText.size().height() / 2),
            m_summaryText);
    }
}

LaneHeaderItem::LaneHeaderItem(const Lane &lane, const CanvasMetrics &metrics)
    : m_lane(lane)
    , m_metrics(metrics)
    , m_height(metrics.cardHeight + 2 * metrics.cellPadding)
{
    setFlag(ItemIsSelectable);
    setToolTip(plainToolTip(lane.name.left(300)));
}

void LaneHeaderItem::setLane(const Lane &lane)
{
    m_lane = lane;
    m_nameValid = false;
    setToolTip(plainToolTip(lane.name.left(300)));
    update();
}

void LaneHeaderItem::setHeight(qreal height)
{
    if (qFuzzyCompare(height, m_height))
        return;
    prepareGeometryChange();
    m_height = height;
}

QRectF LaneHeaderItem::boundingRect() const
{
    return QRectF(0, 0, m_metrics.laneHeaderWidth, m_height);
}

void LaneHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QRectF rect = boundingRect().adjusted(4, 3, -4, -3);
    painter->fillRect(boundingRect(), palette.color(QPalette::Window));
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill
        = Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.06);
    painter->setPen(isSelected() ? QPen(palette.color(QPalette::Highlight), 3) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 8, 8);

    const QColor text = palette.color(QPalette::WindowText);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(QPointF(rect.left() + 10, rect.top() + 12),
                        Icons::pixmap(QStringLiteral("lane-") + enumKey(m_lane.kind), 18,
                                      Theme::mix(text, fill, 0.25), dpr * 2));
    painter->setPen(text);
    QFont font = m_metrics.font;
    font.setBold(true);
    painter->setFont(font);
    const QRectF textRect(rect.left() + 36, rect.top() + 10, rect.width() - 44, rect.height() - 20);
    if (!m_nameValid) {
        m_nameValid = true;
        const QFontMetricsF fm(font);
        m_nameText.setText(
            fm.elidedText(m_lane.name.left(300), Qt::ElideRight, textRect.width() * 3));
        m_nameText.setTextFormat(Qt::PlainText);
        m_nameText.setTextWidth(textRect.width());
        QTextOption textOption(Qt::AlignLeft | Qt::AlignTop);
        textOption.setWrapMode(QTextOption::WordWrap);
        m_nameText.setTextOption(textOption);
        m_nameText.prepare(QTransform(), font);
    }
    painter->drawStaticText(textRect.topLeft(), m_nameText);
}

} // namespace Waymark
