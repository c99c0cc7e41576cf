#include "chartspanel.h"

#include "metrics/metricsengine.h"
#include "metrics/thresholds.h"
#include "personafilter.h"
#include "project/project.h"
#include "scoreformat.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Waymark {

namespace {

QChartView *makeChartView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setAccessibleName(name);
    view->chart()->legend()->setVisible(false);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    // removeAxis() only hands the axis back to its caller.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// "2026-03" -> "Mar 26", "2026-Q1" -> "Q1 2026": short enough for an axis of a dock.
QString periodLabel(const QString &key, const QString &label)
{
    const QDate month = QDate::fromString(key, QStringLiteral("yyyy-MM"));
    if (month.isValid())
        return QLocale().toString(month, QStringLiteral("MMM yy"));
    if (key.size() == 7 && key.at(4) == QLatin1Char('-') && key.at(5) == QLatin1Char('Q'))
        return key.mid(5) + QLatin1Char(' ') + key.left(4);
    return label;
}

QListWidget *makeVerbatimList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setMinimumHeight(120);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

} // namespace

ChartsPanel::ChartsPanel(Project &project, MetricsEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_engine(engine)
    , m_scope(new QLabel(this))
    , m_metricBox(new QComboBox(this))
    , m_periodBox(new QComboBox(this))
    , m_compareBox(new QComboBox(this))
    , m_trend(makeChartView(this, tr("Trend")))
    , m_distribution(makeChartView(this, tr("Distribution")))
    , m_comparison(makeChartView(this, tr("Comparison")))
    , m_positive(makeVerbatimList(this, tr("Most positive comments")))
    , m_negative(makeVerbatimList(this, tr("Most negative comments")))
{
    setAccessibleName(tr("Charts"));
    m_scope->setWordWrap(true);
    m_scope->setTextFormat(Qt::PlainText);
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating})
        m_metricBox->addItem(enumLabel(metric), int(metric));
    m_periodBox->addItem(tr("By month"), int(MetricsEngine::GroupBy::Month));
    m_periodBox->addItem(tr("By quarter"), int(MetricsEngine::GroupBy::Quarter));
    m_compareBox->addItem(tr("Stages"), int(MetricsEngine::GroupBy::Stage));
    m_compareBox->addItem(tr("Segments"), int(MetricsEngine::GroupBy::Segment));
    m_compareBox->addItem(tr("Channels"), int(MetricsEngine::GroupBy::Channel));

    auto *options = new QFormLayout;
    options->addRow(tr("&Metric:"), m_metricBox);
    options->addRow(tr("&Trend:"), m_periodBox);
    options->addRow(tr("Co&mpare:"), m_compareBox);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_scope);
    column->addLayout(options);
    column->addWidget(m_trend);
    column->addWidget(m_distribution);
    column->addWidget(m_comparison);
    column->addWidget(new QLabel(tr("Most positive comments"), content));
    column->addWidget(m_positive);
    column->addWidget(new QLabel(tr("Most negative comments"), content));
    column->addWidget(m_negative);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_metricBox, &QComboBox::activated, this,
            [this] { setMetric(Metric(m_metricBox->currentData().toInt())); });
    connect(m_periodBox, &QComboBox::activated, this, &ChartsPanel::refresh);
    connect(m_compareBox, &QComboBox::activated, this, &ChartsPanel::refresh);
    connect(&engine, &MetricsEngine::changed, this, &ChartsPanel::refresh);
    connect(&project, &Project::cardChanged, this, [this](Id id) {
        if (id == m_cardId)
            refresh();
    });
    connect(&project, &Project::stageChanged, this, &ChartsPanel::refresh);
}

QChart *ChartsPanel::trendChart() const
{
    return m_trend->chart();
}

QChart *ChartsPanel::distributionChart() const
{
    return m_distribution->chart();
}

QChart *ChartsPanel::comparisonChart() const
{
    return m_comparison->chart();
}

void ChartsPanel::setJourney(Id journeyId)
{
    m_journeyId = journeyId;
    m_cardId = NoId;
    refresh();
}

void ChartsPanel::setCard(Id cardId)
{
    if (cardId == m_cardId)
        return;
    m_cardId = cardId;
    refresh();
}

void ChartsPanel::setMetric(Metric metric)
{
    m_metric = metric == Metric::None ? Metric::Nps : metric;
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(m_metric)));
    refresh();
}

void ChartsPanel::setPersonaFilter(PersonaFilter *filter)
{
    if (m_persona)
        disconnect(m_persona, nullptr, this, nullptr);
    m_persona = filter;
    if (filter)
        connect(filter, &PersonaFilter::changed, this, &ChartsPanel::refresh);
    refresh();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void ChartsPanel::styleChart(QChart *chart) const
{
    chart->setTheme(Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette().color(QPalette::Text));
        axis->setLabelsFont(font());
    }
}

void ChartsPanel::refresh()
{
    if (!m_project.hasJourney(m_journeyId)) {
        m_scope->setText(tr("No journey"));
        for (QChartView *view : {m_trend, m_distribution, m_comparison})
            clearChart(view->chart());
        m_positive->clear();
        m_negative->clear();
        return;
    }
    const Card card = m_project.card(m_cardId);
    m_scope->setText(card.id != NoId ? tr("Touchpoint: %1").arg(card.title.left(120))
                                     : tr("Journey: %1").arg(m_project.journey(m_journeyId).name));
    if (m_persona && m_persona->isActive())
        m_scope->setText(m_scope->text() + QLatin1Char('\n')
                         + tr("Scores %1").arg(m_persona->caption()));
    fillTrend();
    fillDistribution();
    fillComparison();
    fillVerbatims();
}

void ChartsPanel::fillTrend()
{
    QChart *chart = m_trend->chart();
    clearChart(chart);
    MetricFilter filter;
    filter.journeyId = m_journeyId;
    if (m_persona)
        m_persona->apply(filter);
    const auto groupBy = MetricsEngine::GroupBy(m_periodBox->currentData().toInt());
    // The trend of the selected touchpoint, or of the journey.
    const QList<MetricsEngine::Group> groups
        = m_engine.breakdown(m_metric, groupBy, filter, m_cardId);
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(8);
    QStringList labels;
    double low = 0;
    double high = 0;
    bool any = false;
    for (const MetricsEngine::Group &group : groups) {
        labels.append(periodLabel(group.key.text, group.label));
        if (!group.score.value)
            continue;
        const double v = *group.score.value;
        line->append(double(labels.size() - 1), v);
        points->append(double(labels.size() - 1), v);
        low = any ? qMin(low, v) : v;
        high = any ? qMax(high, v) : v;
        any = true;
    }
    chart->setTitle(groupBy == MetricsEngine::GroupBy::Quarter
                        ? tr("%1 by quarter").arg(enumLabel(m_metric))
                        : tr("%1 by month").arg(enumLabel(m_metric)));
    if (!any) {
        delete line;
        delete points;
        chart->setTitle(tr("%1: no responses yet").arg(enumLabel(m_metric)));
        styleChart(chart);
        return;
    }
    chart->addSeries(line);
    chart->addSeries(points);
    // A year of months does not fit side by side in a dock: label every step-th period
    // (on its point), so that the labels are readable instead of elided.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(labels.size()) - 0.5);
    const int step = int((labels.size() + 3) / 4);
    for (int i = 0; i < labels.size(); i += step)
        x->append(labels.at(i), double(i));
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    const double pad = qMax(1.0, (high - low) * 0.15);
    y->setRange(low - pad, high + pad);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleChart(chart);
}

void ChartsPanel::fillDistribution()
{
    QChart *chart = m_distribution->chart();
    clearChart(chart);
    MetricFilter filter;
    filter.journeyId = m_journeyId;
    if (m_persona)
        m_persona->apply(filter);
    const QList<QPair<double, qint64>> counts = m_engine.distribution(m_metric, filter, m_cardId);
    chart->setTitle(tr("Answers (%1)").arg(enumLabel(m_metric)));
    if (counts.isEmpty()) {
        chart->setTitle(tr("Answers: none yet"));
        styleChart(chart);
        return;
    }
    QStringList labels;
    auto *series = new QStackedBarSeries;
    if (m_metric == Metric::Nps) {
        // One set per group, zero elsewhere: bars take their group's colour.
        auto *detractors = new QBarSet(tr("Detractors"));
        auto *passives = new QBarSet(tr("Passives"));
        auto *promoters = new QBarSet(tr("Promoters"));
        detractors->setColor(ScoreFormat::bandColor(ScoreThresholds::Band::Bad));
        passives->setColor(QColor(0x9e, 0x9e, 0x9e));
        promoters->setColor(ScoreFormat::bandColor(ScoreThresholds::Band::Good));
        for (int value = 0; value <= 10; ++value) {
            qint64 n = 0;
            for (const auto &[score, count] : counts) {
                if (qRound(score) == value)
                    n += count;
            }
            labels.append(QString::number(value));
            detractors->append(value <= 6 ? double(n) : 0.0);
            passives->append(value == 7 || value == 8 ? double(n) : 0.0);
            promoters->append(value >= 9 ? double(n) : 0.0);
        }
        series->append(detractors);
        series->append(passives);
        series->append(promoters);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
    } else {
        auto *set = new QBarSet(enumLabel(m_metric));
        set->setColor(palette().color(QPalette::Highlight));
        for (const auto &[score, count] : counts) {
            labels.append(QLocale().toString(score, 'g', 3));
            set->append(double(count));
        }
        series->append(set);
        chart->legend()->setVisible(false);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->setMin(0);
    y->applyNiceNumbers();
    styleChart(chart);
}

void ChartsPanel::fillComparison()
{
    QChart *chart = m_comparison->chart();
    clearChart(chart);
    MetricFilter filter;
    filter.journeyId = m_journeyId;
    if (m_persona)
        m_persona->apply(filter);
    const auto groupBy = MetricsEngine::GroupBy(m_compareBox->currentData().toInt());
    const QList<MetricsEngine::Group> groups = m_engine.breakdown(m_metric, groupBy, filter);
    auto *set = new QBarSet(enumLabel(m_metric));
    set->setColor(palette().color(QPalette::Highlight));
    QStringList labels;
    double low = 0;
    double high = 0;
    // Horizontal bars list bottom-up: reverse so the first stage is on top.
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
        if (!it->score.value)
            continue;
        labels.append(tr("%1 (n = %2)").arg(it->label.left(40)).arg(it->score.n));
        set->append(*it->score.value);
        low = qMin(low, *it->score.value);
        high = qMax(high, *it->score.value);
    }
    switch (groupBy) {
    case MetricsEngine::GroupBy::Segment:
        chart->setTitle(tr("%1 by segment").arg(enumLabel(m_metric)));
        break;
    case MetricsEngine::GroupBy::Channel:
        chart->setTitle(tr("%1 by channel").arg(enumLabel(m_metric)));
        break;
    default:
        chart->setTitle(tr("%1 by stage").arg(enumLabel(m_metric)));
        break;
    }
    if (labels.isEmpty()) {
        delete set;
        styleChart(chart);
        return;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    auto *x = new QValueAxis;
    x->setRange(qMin(0.0, low * 1.1), qMax(1.0, high * 1.15));
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_comparison->setMinimumHeight(qMax(220, int(labels.size()) * 28 + 80));
    styleChart(chart);
}

void ChartsPanel::fillVerbatims()
{
    MetricFilter filter;
    filter.journeyId = m_journeyId;
    if (m_persona)
        m_persona->apply(filter);
    const auto fill = [this, &filter](QListWidget *list, bool negative) {
        list->clear();
        for (const MetricsEngine::Verbatim &v : m_engine.verbatims(filter, 3, negative, m_cardId)) {
            QString meta = QLocale().toString(v.date, QLocale::ShortFormat);
            if (!v.segment.isEmpty())
                meta += QStringLiteral(" · ") + v.segment;
            if (const Card c = m_project.card(v.cardId); c.id != NoId && m_cardId == NoId)
                meta += QStringLiteral(" · ") + c.title.left(60);
            auto *item = new QListWidgetItem(
                QStringLiteral("“%1”\n%2").arg(v.comment.left(600), meta), list);
            item->setToolTip(v.comment.left(2000));
        }
        if (list->count() == 0)
            new QListWidgetItem(tr("No comments yet."), list);
    };
    fill(m_positive, false);
    fill(m_negative, true);
}

} // namespace Waymark
