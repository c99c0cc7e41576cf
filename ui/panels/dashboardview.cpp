#include "dashboardview.h"

#include "metrics/goalprogress.h"
#include "metrics/metricsengine.h"
#include "metrics/thresholds.h"
#include "panels/actionspanel.h"
#include "panels/goalspanel.h"
#include "personafilter.h"
#include "scoreformat.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Waymark {

namespace {

// A rounded card on the dashboard's background.
class Tile : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &p = palette();
        painter.setPen(QPen(Theme::mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.12), 1));
        painter.setBrush(p.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    }
};

QLabel *label(const QString &text, qreal scale, bool bold, QWidget *parent,
              const QColor &color = {})
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    if (color.isValid()) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, color);
        l->setPalette(p);
    }
    return l;
}

QColor muted(const QWidget *w)
{
    return Theme::mix(w->palette().color(QPalette::Base), w->palette().color(QPalette::Text), 0.6);
}

// A count in a coloured pill with its label: "3  On track".
// What a tile says while there is nothing to count yet, wrapped to the tile's width.
QLabel *emptyNote(const QString &text, QWidget *body)
{
    auto *note = label(text, 1.1, false, body, muted(body));
    note->setWordWrap(true);
    return note;
}

QWidget *countRow(int count, const QString &text, const QColor &color, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    auto *pill = label(QString::number(count), 1.35, true, row, Theme::readableOn(color));
    pill->setAlignment(Qt::AlignCenter);
    pill->setMinimumWidth(46);
    pill->setAutoFillBackground(true);
    QPalette p = pill->palette();
    p.setColor(QPalette::Window,
               count > 0 ? color : Theme::mix(color, p.color(QPalette::Base), 0.7));
    pill->setPalette(p);
    pill->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(pill);
    layout->addWidget(label(text, 1.2, false, row), 1);
    return row;
}

} // namespace

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(44);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<std::optional<double>> &values, const QColor &color)
{
    m_values = values;
    m_color = color;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QList<QPointF> points;
    double low = 0;
    double high = 0;
    bool first = true;
    for (const auto &v : m_values) {
        if (!v)
            continue;
        low = first ? *v : std::min(low, *v);
        high = first ? *v : std::max(high, *v);
        first = false;
    }
    if (first)
        return;
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    const QRectF area = QRectF(rect()).adjusted(4, 6, -6, -6);
    const int count = int(m_values.size());
    for (int i = 0; i < count; ++i) {
        if (!m_values.at(i))
            continue;
        const qreal x
            = count > 1 ? area.left() + area.width() * i / (count - 1) : area.center().x();
        const qreal y = area.bottom() - (*m_values.at(i) - low) / (high - low) * area.height();
        points.append(QPointF(x, y));
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (points.size() > 1) {
        QPainterPath fill(QPointF(points.first().x(), area.bottom()));
        for (const QPointF &pt : points)
            fill.lineTo(pt);
        fill.lineTo(points.last().x(), area.bottom());
        QColor shade = m_color;
        shade.setAlphaF(0.15f);
        painter.fillPath(fill, shade);
        painter.setPen(QPen(m_color, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(points.data(), int(points.size()));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color);
    painter.drawEllipse(points.last(), 3.5, 3.5);
}

DashboardView::DashboardView(Project &project, MetricsEngine &metrics, QWidget *parent)
    : QScrollArea(parent)
    , m_project(project)
    , m_metrics(&metrics)
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    connect(&metrics, &MetricsEngine::changed, this, &DashboardView::scheduleRefresh);
    for (auto signal :
         {&Project::goalInserted, &Project::goalRemoved, &Project::actionInserted,
          &Project::actionRemoved, &Project::commentInserted, &Project::commentRemoved})
        connect(&project, signal, this, &DashboardView::scheduleRefresh);
    for (auto signal : {&Project::goalChanged, &Project::actionChanged, &Project::commentChanged,
                        &Project::feedbackChanged, &Project::journeyChanged})
        connect(&project, signal, this, &DashboardView::scheduleRefresh);
}

void DashboardView::setJourney(Id journeyId)
{
    m_journeyId = journeyId;
    m_dirty = true;
    scheduleRefresh();
}

void DashboardView::setPersonaFilter(PersonaFilter *filter)
{
    if (m_personaFilter)
        disconnect(m_personaFilter, nullptr, this, nullptr);
    m_personaFilter = filter;
    if (filter)
        connect(filter, &PersonaFilter::changed, this, &DashboardView::scheduleRefresh);
    scheduleRefresh();
}

MetricFilter DashboardView::filter() const
{
    MetricFilter f;
    f.journeyId = m_journeyId;
    if (m_personaFilter)
        m_personaFilter->apply(f);
    return f;
}

void DashboardView::scheduleRefresh()
{
    m_dirty = true;
    // Nobody looks at a hidden dashboard: it is rebuilt when shown.
    if (m_pending || !isVisible())
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &DashboardView::refresh);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        scheduleRefresh();
}

QWidget *DashboardView::tile(const QString &title, QWidget *body)
{
    auto *t = new Tile(m_content);
    auto *layout = new QVBoxLayout(t);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(label(title, 1.25, true, t, muted(t)));
    if (body) {
        body->setParent(t);
        layout->addWidget(body, 1);
    }
    t->setAccessibleName(title);
    return t;
}

QWidget *DashboardView::headline(Metric metric)
{
    MetricFilter filter = this->filter();
    const Score score = m_metrics->total(metric, filter);
    const QList<MetricsEngine::Group> months
        = m_metrics->breakdown(metric, MetricsEngine::GroupBy::Month, filter);
    QList<std::optional<double>> values;
    for (const MetricsEngine::Group &g : months)
        values.append(g.score.value);
    while (values.size() > 12)
        values.removeFirst();
    const QColor color = ScoreFormat::color(score, ScoreThresholds::of(m_project, metric));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *value
        = label(ScoreFormat::value(score), 3.2, true, body, color.isValid() ? color : QColor());
    value->setObjectName(QStringLiteral("headline-") + enumKey(metric));
    layout->addWidget(value);
    QString detail = ScoreFormat::count(score.n);
    if (score.marginOfError)
        detail += QStringLiteral(" · ") + ScoreFormat::marginOfError(score);
    layout->addWidget(label(detail, 1.15, false, body, muted(body)));
    if (score.isSmallSample())
        layout->addWidget(label(tr("Fewer than 30 responses: read with care."), 1.0, false, body,
                                QColor(0xe0, 0x8a, 0x00)));
    auto *spark = new Sparkline(body);
    spark->setObjectName(QStringLiteral("sparkline-") + enumKey(metric));
    spark->setValues(values, color.isValid() ? color : palette().color(QPalette::Highlight));
    spark->setToolTip(tr("Monthly %1 over the last %n month(s)", nullptr, int(values.size()))
                          .arg(enumLabel(metric)));
    layout->addSpacing(6);
    layout->addWidget(spark);
    // The change from the month before the last one with data.
    QList<double> known;
    for (const auto &v : values) {
        if (v)
            known.append(*v);
    }
    if (known.size() >= 2) {
        const double delta = known.last() - known.at(known.size() - 2);
        const QString arrow = std::abs(delta) < 0.05 ? QStringLiteral("→")
                              : delta > 0            ? QStringLiteral("▲")
                                                     : QStringLiteral("▼");
        // Higher is better for every metric shown here (CES asks how easy it was).
        const bool better = delta > 0;
        layout->addWidget(
            label(tr("%1 %2 on the previous month").arg(arrow, QLocale().toString(delta, 'f', 1)),
                  1.05, false, body,
                  std::abs(delta) < 0.05 ? muted(body)
                  : better               ? QColor(0x2e, 0x9d, 0x4f)
                                         : QColor(0xd3, 0x2f, 0x2f)));
    }
    return tile(enumLabel(metric), body);
}

QWidget *DashboardView::weakestTouchpoints(Metric metric)
{
    MetricFilter filter = this->filter();
    QList<MetricsEngine::Group> groups
        = m_metrics->breakdown(metric, MetricsEngine::GroupBy::Card, filter);
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const MetricsEngine::Group &g) {
                                    return g.key.id == NoId || !g.score.value || g.score.n < 5;
                                }),
                 groups.end());
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return *a.score.value < *b.score.value; });
    auto *body = new QWidget;
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    const ScoreThresholds thresholds = ScoreThresholds::of(m_project, metric);
    int row = 0;
    for (const MetricsEngine::Group &g : groups.mid(0, 5)) {
        const Card card = m_project.card(g.key.id);
        auto *title = label(g.label, 1.2, false, body);
        title->setWordWrap(true);
        auto *stage = label(m_project.stage(card.stageId).name, 1.0, false, body, muted(body));
        auto *value = label(ScoreFormat::value(g.score), 1.5, true, body,
                            ScoreFormat::color(g.score, thresholds));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *n = label(ScoreFormat::count(g.score.n), 1.0, false, body, muted(body));
        grid->addWidget(title, row, 0);
        grid->addWidget(stage, row, 1);
        grid->addWidget(value, row, 2);
        grid->addWidget(n, row, 3);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    if (row == 0)
        grid->addWidget(
            label(tr("Not enough responses per touchpoint yet."), 1.1, false, body, muted(body)), 0,
            0);
    return tile(tr("Weakest touchpoints (%1)").arg(enumLabel(metric)), body);
}

QWidget *DashboardView::goalStatus()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<Goal> goals = m_project.goals(m_journeyId);
    QHash<GoalStatus, int> counts;
    GoalProgressCalculator calculator(m_project, *m_metrics);
    for (const Goal &g : goals)
        ++counts[calculator.progress(g).status];
    if (goals.isEmpty()) {
        layout->addWidget(emptyNote(tr("No goals yet — set one with Actions > New Goal…"), body));
    } else {
        for (GoalStatus s :
             {GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::OffTrack, GoalStatus::NoData}) {
            layout->addWidget(countRow(counts.value(s), GoalProgressCalculator::statusLabel(s),
                                       GoalsPanel::statusColor(s), body));
        }
    }
    layout->addStretch(1);
    return tile(tr("Goals"), body);
}

QWidget *DashboardView::planStatus()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<Action> actions = m_project.actions(m_journeyId);
    QHash<ActionStatus, int> counts;
    int overdue = 0;
    const QDate today = QDate::currentDate();
    for (const Action &a : actions) {
        ++counts[a.status];
        overdue += a.isOverdue(today) ? 1 : 0;
    }
    if (actions.isEmpty()) {
        layout->addWidget(
            emptyNote(tr("No actions yet — create one from a pain point on the map."), body));
    } else {
        for (ActionStatus s : enumValues<ActionStatus>())
            layout->addWidget(
                countRow(counts.value(s), enumLabel(s), ActionsPanel::statusColor(s), body));
        auto *late
            = label(overdue > 0 ? tr("%n overdue", nullptr, overdue) : tr("Nothing overdue"), 1.2,
                    overdue > 0, body, overdue > 0 ? QColor(0xd3, 0x2f, 0x2f) : muted(body));
        late->setObjectName(QStringLiteral("overdueCount"));
        layout->addWidget(late);
    }
    layout->addStretch(1);
    return tile(tr("Improvement plan"), body);
}

QWidget *DashboardView::latestComments()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    QList<Comment> comments = m_project.comments(m_journeyId);
    std::stable_sort(comments.begin(), comments.end(),
                     [](const Comment &a, const Comment &b) { return a.createdAt > b.createdAt; });
    const QLocale locale;
    for (const Comment &c : comments.mid(0, 4)) {
        QString where;
        if (c.targetKind == TargetKind::Card)
            where = m_project.card(c.targetId).title.simplified();
        else if (c.targetKind == TargetKind::Stage)
            where = m_project.stage(c.targetId).name;
        else
            where = tr("the journey");
        auto *head = label(
            tr("%1 on %2 · %3")
                .arg(c.author, where,
                     locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat)),
            1.0, true, body, muted(body));
        head->setWordWrap(true);
        auto *text = label(c.resolved ? tr("✓ %1").arg(c.text) : c.text, 1.15, false, body);
        text->setWordWrap(true);
        layout->addWidget(head);
        layout->addWidget(text);
    }
    if (comments.isEmpty())
        layout->addWidget(label(tr("No comments yet."), 1.1, false, body, muted(body)));
    layout->addStretch(1);
    return tile(tr("Latest comments"), body);
}

QWidget *DashboardView::verbatims()
{
    MetricFilter filter = this->filter();
    // "Recent": the last three months that have responses.
    QDate last;
    for (Metric m : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        const QList<MetricsEngine::Group> months
            = m_metrics->breakdown(m, MetricsEngine::GroupBy::Month, filter);
        for (const MetricsEngine::Group &g : months) {
            const QDate d = QDate::fromString(g.key.text + QStringLiteral("-01"), Qt::ISODate);
            if (d.isValid() && g.score.n > 0 && d > last)
                last = d;
        }
    }
    if (last.isValid())
        filter.from = last.addMonths(-2);
    // The same complaint from several respondents is shown once, with how often it came.
    const QList<MetricsEngine::Verbatim> all = m_metrics->verbatims(filter, 30, true);
    QList<MetricsEngine::Verbatim> list;
    QHash<QString, int> repeats;
    for (const MetricsEngine::Verbatim &v : all) {
        const QString key = v.comment.simplified().toLower();
        if (repeats[key]++ == 0 && list.size() < 5)
            list.append(v);
    }
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const QLocale locale;
    for (const MetricsEngine::Verbatim &v : list) {
        auto *text = label(tr("“%1”").arg(v.comment.simplified().left(280)), 1.15, false, body);
        text->setWordWrap(true);
        QStringList meta;
        if (v.cardId != NoId && m_project.hasCard(v.cardId))
            meta.append(m_project.card(v.cardId).title.simplified());
        if (!v.segment.isEmpty())
            meta.append(v.segment);
        meta.append(locale.toString(v.date, QLocale::ShortFormat));
        meta.append(tr("sentiment %1").arg(locale.toString(v.sentiment, 'f', 2)));
        const int times = repeats.value(v.comment.simplified().toLower());
        if (times > 1)
            meta.append(tr("said %n time(s)", nullptr, times));
        layout->addWidget(text);
        layout->addWidget(
            label(meta.join(QStringLiteral(" · ")), 1.0, false, body, QColor(0xd3, 0x2f, 0x2f)));
    }
    if (list.isEmpty())
        layout->addWidget(
            label(tr("No negative comments recently."), 1.1, false, body, muted(body)));
    layout->addStretch(1);
    return tile(tr("Most negative recent verbatims"), body);
}

void DashboardView::refresh()
{
    m_pending = false;
    m_dirty = false;
    delete m_content;
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    QPalette p = m_content->palette();
    p.setColor(QPalette::Window,
               Theme::mix(palette().color(QPalette::Window), palette().color(QPalette::Text),
                          Theme::isDark(palette()) ? 0.04 : 0.03));
    m_content->setPalette(p);
    m_content->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(16);
    if (!m_metrics || !m_project.hasJourney(m_journeyId)) {
        layout->addWidget(label(tr("No journey to show."), 1.6, false, m_content));
        setWidget(m_content);
        return;
    }
    const Journey journey = m_project.journey(m_journeyId);
    const QString caption = m_personaFilter ? m_personaFilter->caption() : QString();
    auto *title = label(caption.isEmpty() ? journey.name : tr("%1 — %2").arg(journey.name, caption),
                        2.0, true, m_content);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    layout->addWidget(title);

    MetricFilter filter = this->filter();
    const QHash<Metric, qint64> counts = m_metrics->responseCounts(filter);
    QList<Metric> metrics;
    for (Metric m : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        if (counts.value(m) > 0)
            metrics.append(m);
    }
    if (metrics.isEmpty()) {
        auto *empty
            = label(caption.isEmpty() ? tr("No feedback yet — import a survey with File > Import "
                                           "Feedback…")
                                      : tr("No feedback %1 yet.").arg(caption),
                    1.5, false, m_content, muted(m_content));
        empty->setObjectName(QStringLiteral("dashboardEmpty"));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setMinimumHeight(140);
        layout->addWidget(empty);
    } else {
        auto *row = new QHBoxLayout;
        row->setSpacing(16);
        for (Metric m : metrics)
            row->addWidget(headline(m), 1);
        layout->addLayout(row);
    }
    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    if (!metrics.isEmpty()) {
        Metric main = metrics.first();
        for (Metric m : metrics) {
            if (counts.value(m) > counts.value(main))
                main = m;
        }
        middle->addWidget(weakestTouchpoints(main), 2);
    }
    middle->addWidget(goalStatus(), 1);
    middle->addWidget(planStatus(), 1);
    layout->addLayout(middle);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(16);
    bottom->addWidget(latestComments(), 1);
    if (!metrics.isEmpty())
        bottom->addWidget(verbatims(), 1);
    layout->addLayout(bottom);
    layout->addStretch(1);
    setWidget(m_content);
}

} // namespace Waymark
