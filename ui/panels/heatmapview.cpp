#include "heatmapview.h"

#include "metrics/metricsengine.h"
#include "metrics/thresholds.h"
#include "personafilter.h"
#include "project/project.h"
#include "scoreformat.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Waymark {

HeatmapModel::HeatmapModel(Project &project, MetricsEngine &engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_engine(engine)
{
    connect(&engine, &MetricsEngine::changed, this, &HeatmapModel::refresh);
    connect(&project, &Project::reset, this, &HeatmapModel::refresh);
    connect(&project, &Project::stageInserted, this, &HeatmapModel::refresh);
    connect(&project, &Project::stageRemoved, this, &HeatmapModel::refresh);
    connect(&project, &Project::stagesReordered, this, &HeatmapModel::refresh);
    connect(&project, &Project::stageChanged, this, &HeatmapModel::refresh);
    connect(&project, &Project::laneChanged, this, &HeatmapModel::refresh);
    connect(&project, &Project::cellChanged, this, &HeatmapModel::refresh);
    connect(&project, &Project::settingChanged, this, &HeatmapModel::refresh);
}

void HeatmapModel::setJourney(Id journeyId)
{
    m_journeyId = journeyId;
    refresh();
}

void HeatmapModel::setMetric(Metric metric)
{
    m_metric = metric;
    refresh();
}

void HeatmapModel::setByLane(bool byLane)
{
    m_byLane = byLane;
    refresh();
}

void HeatmapModel::setPersonaFilter(PersonaFilter *filter)
{
    if (m_persona)
        disconnect(m_persona, nullptr, this, nullptr);
    m_persona = filter;
    if (filter)
        connect(filter, &PersonaFilter::changed, this, &HeatmapModel::refresh);
    refresh();
}

void HeatmapModel::refresh()
{
    beginResetModel();
    m_stages.clear();
    m_columnKeys.clear();
    m_columnLabels.clear();
    m_cells.clear();
    if (m_project.hasJourney(m_journeyId) && m_metric != Metric::None) {
        m_stages = m_project.stageIds(m_journeyId);
        MetricFilter filter;
        filter.journeyId = m_journeyId;
        if (m_persona)
            m_persona->apply(filter);
        const QList<MetricsEngine::Cell> cells = m_engine.heatmap(m_metric, filter, m_byLane);
        // Columns: lanes in map order, or the channels that have responses, in the order of
        // the channel list.
        if (m_byLane) {
            for (const Lane &lane : m_project.lanes(m_journeyId)) {
                m_columnKeys.append(QString::number(lane.id));
                m_columnLabels.append(lane.name);
            }
        } else {
            for (Channel channel : enumValues<Channel>()) {
                const QString key = enumKey(channel);
                const bool used = std::any_of(cells.cbegin(), cells.cend(),
                                              [&key](const auto &c) { return c.column == key; });
                if (used) {
                    m_columnKeys.append(key);
                    m_columnLabels.append(enumLabel(channel));
                }
            }
        }
        const ScoreThresholds thresholds = ScoreThresholds::of(m_project, m_metric);
        for (const MetricsEngine::Cell &cell : cells) {
            const int row = int(m_stages.indexOf(cell.stageId));
            const int column = int(m_columnKeys.indexOf(cell.column));
            if (row < 0 || column < 0 || cell.score.n == 0)
                continue;
            CellData data;
            data.value = cell.score.value;
            data.n = cell.score.n;
            data.small = cell.score.isSmallSample();
            data.text = ScoreFormat::value(cell.score);
            data.color = ScoreFormat::color(cell.score, thresholds);
            data.tooltip = tr("%1 on %2: %3")
                               .arg(m_project.stage(cell.stageId).name, m_columnLabels.at(column),
                                    ScoreFormat::summary(cell.score));
            m_cells.insert({row, column}, data);
        }
    }
    endResetModel();
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnKeys.size());
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto it = m_cells.constFind({index.row(), index.column()});
    const bool has = it != m_cells.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return has ? it->text : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return has ? it->tooltip
                   : tr("%1 on %2: no responses")
                         .arg(m_project.stage(m_stages.at(index.row())).name,
                              m_columnLabels.at(index.column()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ScoreValueRole:
        return has && it->value ? QVariant(*it->value) : QVariant();
    case CountRole:
        return has ? it->n : 0;
    case ColorRole:
        return has ? it->color : QColor();
    case SmallSampleRole:
        return has && it->small;
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columnLabels.value(section);
    return m_project.stage(m_stages.value(section)).name;
}

namespace {

// Paints each cell in its band's colour, paler for small samples, with value and n.
class HeatmapDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QColor band = index.data(HeatmapModel::ColorRole).value<QColor>();
        const QRect rect = option.rect.adjusted(2, 2, -2, -2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (band.isValid()) {
            const bool small = index.data(HeatmapModel::SmallSampleRole).toBool();
            const QColor fill
                = Theme::mix(option.palette.color(QPalette::Base), band, small ? 0.35 : 0.85);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(rect, 6, 6);
            painter->setPen(Theme::textOn(fill));
            QFont font = option.font;
            font.setBold(true);
            painter->setFont(font);
            const QRect valueRect = rect.adjusted(0, 4, 0, -rect.height() / 2 + 4);
            painter->drawText(valueRect, Qt::AlignHCenter | Qt::AlignBottom,
                              index.data(Qt::DisplayRole).toString());
            font.setBold(false);
            font.setPointSizeF(font.pointSizeF() * 0.85);
            painter->setFont(font);
            painter->drawText(rect.adjusted(0, rect.height() / 2, 0, -4),
                              Qt::AlignHCenter | Qt::AlignTop,
                              ScoreFormat::count(index.data(HeatmapModel::CountRole).toLongLong())
                                  + (small ? QStringLiteral(" *") : QString()));
        } else {
            painter->setPen(QPen(Theme::mix(option.palette.color(QPalette::Base),
                                            option.palette.color(QPalette::Text), 0.2),
                                 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(rect, 6, 6);
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(rect, 6, 6);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.fontMetrics.averageCharWidth() * 14,
                     option.fontMetrics.height() * 3 + 8);
    }
};

} // namespace

HeatmapView::HeatmapView(Project &project, MetricsEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_model(new HeatmapModel(project, engine, this))
    , m_table(new QTableView(this))
    , m_columns(new QComboBox(this))
    , m_title(new QLabel(this))
{
    setAccessibleName(tr("Heatmap"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HeatmapDelegate(m_table));
    m_table->setAccessibleName(tr("Scores by stage and channel"));
    m_table->setShowGrid(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(90);

    m_columns->addItem(tr("Stage × channel"), false);
    m_columns->addItem(tr("Stage × lane"), true);
    auto *label = new QLabel(tr("&Columns:"), this);
    label->setBuddy(m_columns);
    auto *legend = new QLabel(tr("Colours follow the project's score thresholds; * marks fewer "
                                 "than 30 responses."),
                              this);
    legend->setWordWrap(true);
    // Which metric the colours are about: it follows View → Scores on the Map.
    m_title->setObjectName(QStringLiteral("heatmapTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(16);
    bar->addWidget(label);
    bar->addWidget(m_columns);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setByLane(m_columns->currentData().toBool());
        updateTitle();
    });
    updateTitle();
}

void HeatmapView::updateTitle()
{
    const QString metric = enumLabel(m_model->metric());
    const QString title = m_columns->currentData().toBool()
                              ? tr("%1 by stage and lane").arg(metric)
                              : tr("%1 by stage and channel").arg(metric);
    // Whose scores these are, so a persona's heatmap is never read as everyone's.
    m_title->setText(
        m_persona && m_persona->isActive() ? tr("%1, %2").arg(title, m_persona->caption()) : title);
}

void HeatmapView::setPersonaFilter(PersonaFilter *filter)
{
    if (m_persona)
        disconnect(m_persona, nullptr, this, nullptr);
    m_persona = filter;
    if (filter)
        connect(filter, &PersonaFilter::changed, this, &HeatmapView::updateTitle);
    m_model->setPersonaFilter(filter);
    updateTitle();
}

void HeatmapView::setJourney(Id journeyId)
{
    m_model->setJourney(journeyId);
}

void HeatmapView::setMetric(Metric metric)
{
    m_model->setMetric(metric);
    updateTitle();
}

} // namespace Waymark
