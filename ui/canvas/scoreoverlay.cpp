#include "scoreoverlay.h"

#include "carditem.h"
#include "emotionitems.h"
#include "headeritems.h"
#include "journeyscene.h"
#include "metrics/metricsengine.h"
#include "metrics/thresholds.h"
#include "personafilter.h"
#include "project/project.h"
#include "scoreformat.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QTimer>

namespace Waymark {

namespace {
constexpr qreal BadgeWidth = 50;
constexpr qreal BadgeHeight = 34;
} // namespace

ScoreBadgeItem::ScoreBadgeItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1);
}

void ScoreBadgeItem::setScore(const QString &value, const QString &count, const QColor &color,
                              bool faded, const QString &tooltip)
{
    if (value == m_value && count == m_count && color == m_color && faded == m_faded)
        return;
    m_value = value;
    m_count = count;
    m_color = color;
    m_faded = faded;
    setToolTip(tooltip.toHtmlEscaped());
    update();
}

QRectF ScoreBadgeItem::boundingRect() const
{
    return QRectF(0, 0, BadgeWidth, BadgeHeight);
}

void ScoreBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor base = palette.color(QPalette::Base);
    const QColor color = m_color.isValid() ? m_color : QColor(Qt::gray);
    const QColor fill = Theme::mix(base, color, m_faded ? 0.35 : 0.9);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_faded ? QPen(color, 1, Qt::DashLine) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
    painter->setPen(Theme::textOn(fill));
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(QRectF(0, 1, BadgeWidth, BadgeHeight * 0.58), Qt::AlignCenter, m_value);
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.78 : 7);
    painter->setFont(font);
    painter->drawText(QRectF(0, BadgeHeight * 0.52, BadgeWidth, BadgeHeight * 0.45),
                      Qt::AlignCenter, m_count);
}

ScoreOverlay::ScoreOverlay(JourneyScene *scene, MetricsEngine *engine, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_engine(engine)
{
    connect(engine, &MetricsEngine::changed, this, &ScoreOverlay::scheduleRefresh);
    connect(scene, &JourneyScene::layoutChanged, this, &ScoreOverlay::scheduleRefresh);
    Project &project = scene->project();
    connect(&project, &Project::cellChanged, this, &ScoreOverlay::scheduleRefresh);
    connect(&project, &Project::cardChanged, this, &ScoreOverlay::scheduleRefresh);
    connect(&project, &Project::cardInserted, this, &ScoreOverlay::scheduleRefresh);
    connect(&project, &Project::stageChanged, this, &ScoreOverlay::scheduleRefresh);
    connect(&project, &Project::settingChanged, this, &ScoreOverlay::scheduleRefresh);
    connect(&project, &Project::reset, this, &ScoreOverlay::scheduleRefresh);
    refresh();
}

void ScoreOverlay::setMetric(Metric metric)
{
    m_metric = metric;
    refresh();
}

void ScoreOverlay::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    refresh();
}

template<typename ScoreOf>
Metric ScoreOverlay::dominantMetric(ScoreOf scoreOf) const
{
    Metric best = Metric::None;
    qint64 bestN = 0;
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        const qint64 n = scoreOf(metric).n;
        if (n > bestN) {
            best = metric;
            bestN = n;
        }
    }
    return best;
}

void ScoreOverlay::setDataCurveVisible(bool visible)
{
    m_dataCurve = visible;
    refresh();
}

void ScoreOverlay::setPersonaFilter(PersonaFilter *filter)
{
    if (m_persona)
        disconnect(m_persona, nullptr, this, nullptr);
    m_persona = filter;
    if (filter)
        connect(filter, &PersonaFilter::changed, this, &ScoreOverlay::scheduleRefresh);
    scheduleRefresh();
}

// Many edits arrive in a burst (a paste, an undo of a macro): one refresh for all of them.
void ScoreOverlay::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ScoreOverlay::refresh);
}

ScoreBadgeItem *ScoreOverlay::badge(Id cardId) const
{
    CardItem *item = m_scene ? m_scene->cardItem(cardId) : nullptr;
    if (!item)
        return nullptr;
    for (QGraphicsItem *child : item->childItems()) {
        if (child->type() == ScoreBadgeItem::Type)
            return static_cast<ScoreBadgeItem *>(child);
    }
    return nullptr;
}

void ScoreOverlay::refresh()
{
    m_pending = false;
    if (!m_scene || !m_engine)
        return;
    Project &project = m_scene->project();
    const Id journeyId = m_scene->journeyId();
    const bool show = (m_automatic || m_metric != Metric::None) && project.hasJourney(journeyId);
    MetricFilter filter;
    filter.journeyId = journeyId;
    if (m_persona)
        m_persona->apply(filter);
    // "for persona “Commuter”" under every figure, so a filtered score is never mistaken for
    // everyone's.
    const QString persona = m_persona ? m_persona->caption() : QString();
    const auto withPersona = [&persona](const QString &text) {
        return persona.isEmpty() ? text : text + QLatin1Char('\n') + persona;
    };

    for (CardItem *item : m_scene->cardItems()) {
        ScoreBadgeItem *existing = badge(item->cardId());
        Score score;
        Metric metric = m_metric;
        if (show && item->type() == CardItem::Type) {
            const Id cardId = item->cardId();
            if (m_automatic) {
                metric = dominantMetric(
                    [&](Metric m) { return m_engine->cardScore(cardId, m, filter); });
            }
            if (metric != Metric::None)
                score = m_engine->cardScore(cardId, metric, filter);
        }
        // Touchpoints always show their badge (a dash when nobody answered); other cards
        // only when responses were linked to them.
        const bool touchpoint = item->card().kind == CardKind::Touchpoint;
        if (!show || item->type() != CardItem::Type || (score.n == 0 && !touchpoint)) {
            delete existing;
            continue;
        }
        if (!existing)
            existing = new ScoreBadgeItem(item);
        existing->setPos(item->width() - BadgeWidth - 6, 6);
        // In automatic mode the badge names its metric, since cards may differ.
        const QString caption = score.n == 0  ? tr("no data")
                                : m_automatic ? tr("%1 n=%2").arg(enumLabel(metric)).arg(score.n)
                                              : ScoreFormat::count(score.n);
        existing->setScore(ScoreFormat::value(score), caption,
                           ScoreFormat::color(score, ScoreThresholds::of(project, metric)),
                           score.isSmallSample(), withPersona(ScoreFormat::summary(score)));
    }

    QList<QPointF> dataPoints;
    for (Id stageId : m_scene->visibleStages()) {
        StageHeaderItem *header = m_scene->stageHeader(stageId);
        if (!header)
            continue;
        if (!show) {
            header->setScore({}, {}, false);
            continue;
        }
        Metric metric = m_metric;
        if (m_automatic) {
            metric = dominantMetric(
                [&](Metric m) { return m_engine->stageScore(stageId, m, filter); });
        }
        const Score score
            = metric == Metric::None ? Score() : m_engine->stageScore(stageId, metric, filter);
        header->setScore(score.n > 0 ? ScoreFormat::value(score) : QString(),
                         ScoreFormat::color(score, ScoreThresholds::of(project, metric)),
                         score.isSmallSample(), tr("%1 n=%2").arg(enumLabel(metric)).arg(score.n));
        header->setToolTip(withPersona(ScoreFormat::summary(score)).toHtmlEscaped());
        // The normalised mean score of the stage on -2..+2, as the emotion lane draws it.
        if (score.mean) {
            const ScoreScale scale = defaultScale(metric);
            const double low = scale.min;
            const double high = scale.max;
            if (high > low) {
                const QRectF rect = m_scene->stageRect(stageId);
                dataPoints.append(
                    QPointF(rect.center().x(), (*score.mean - low) / (high - low) * 4 - 2));
            }
        }
    }
    for (EmotionCurveItem *curve : m_scene->emotionCurves()) {
        curve->setDataPoints(show && m_dataCurve ? dataPoints : QList<QPointF>());
        curve->setDataLabel(
            persona.isEmpty()
                ? QString()
                : tr("- - from the feedback of persona “%1”").arg(m_persona->personaName()));
    }
}

} // namespace Waymark
