#include "goalspanel.h"

#include "commandrunner.h"
#include "commands/plancommands.h"
#include "dialogs/goaldialog.h"
#include "metrics/metricsengine.h"
#include "paneltools.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int StatusRole = Qt::UserRole + 2;

// The status as a coloured chip.
class StatusChipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QColor color = GoalsPanel::statusColor(GoalStatus(index.data(StatusRole).toInt()));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetricsF fm(font);
        const qreal width = fm.horizontalAdvance(text) + 18;
        const qreal height = fm.height() + 6;
        const QRectF chip(option.rect.left() + 4, option.rect.center().y() - height / 2 + 0.5,
                          width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(chip, height / 2, height / 2);
        painter->setPen(Theme::readableOn(color));
        painter->setFont(font);
        painter->drawText(chip, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics fm(font);
        return QSize(fm.horizontalAdvance(index.data().toString()) + 30, fm.height() + 12);
    }
};
} // namespace

QColor GoalsPanel::statusColor(GoalStatus status)
{
    switch (status) {
    case GoalStatus::OnTrack:
        return QColor(0x2e, 0x9d, 0x4f);
    case GoalStatus::AtRisk:
        return QColor(0xe0, 0x8a, 0x00);
    case GoalStatus::OffTrack:
        return QColor(0xd3, 0x2f, 0x2f);
    case GoalStatus::NoData:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

GoalsPanel::GoalsPanel(QWidget *parent)
    : QWidget(parent)
    , m_new(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
{
    setAccessibleName(tr("Goals"));
    PanelTools::setUpEditButtons(m_new, m_edit, m_delete, QStringLiteral("Goal"), tr("&New Goal"),
                                 QStringLiteral("action-goal"));
    m_summary->setObjectName(QStringLiteral("goalSummary"));
    PanelTools::setUpTable(m_table, QStringLiteral("goalTable"), tr("Goals and their progress"),
                           {tr("Goal"), tr("Scope"), tr("Metric"), tr("Target"), tr("Due"),
                            tr("Current"), tr("n"), tr("Trend"), tr("Status")});
    Q_ASSERT(m_table->columnCount() == ColumnCount);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(Status, new StatusChipDelegate(m_table));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    QHBoxLayout *bar = PanelTools::editButtonRow(m_new, m_edit, m_delete);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_new, &QToolButton::clicked, this, &GoalsPanel::newGoal);
    connect(m_edit, &QToolButton::clicked, this, [this] { editGoal(selectedId()); });
    connect(m_delete, &QToolButton::clicked, this, &GoalsPanel::deleteSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editGoal(m_table->item(row, 0)->data(IdRole).value<Id>()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GoalsPanel::updateButtons);
    refresh();
}

void GoalsPanel::setProject(Project *project, MetricsEngine *metrics)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_metrics)
        disconnect(m_metrics, nullptr, this, nullptr);
    m_project = project;
    m_metrics = metrics;
    m_journeyId = NoId;
    if (project) {
        connect(project, &Project::goalInserted, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::goalRemoved, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::goalChanged, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::editLockChanged, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::reset, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::feedbackChanged, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::stageChanged, this, &GoalsPanel::scheduleRefresh);
        connect(project, &Project::cardChanged, this, &GoalsPanel::scheduleRefresh);
    }
    if (metrics)
        connect(metrics, &MetricsEngine::changed, this, &GoalsPanel::scheduleRefresh);
    refresh();
}

void GoalsPanel::setJourney(Id journeyId)
{
    m_journeyId = journeyId;
    refresh();
}

void GoalsPanel::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &GoalsPanel::refresh);
}

void GoalsPanel::refresh()
{
    m_pending = false;
    const Id selected = selectedId();
    m_table->setRowCount(0);
    const bool open = m_project && m_metrics && m_project->hasJourney(m_journeyId);
    const QList<Goal> goals = open ? m_project->goals(m_journeyId) : QList<Goal>();
    QHash<GoalStatus, int> counts;
    if (open) {
        GoalProgressCalculator calculator(*m_project, *m_metrics);
        m_table->setRowCount(int(goals.size()));
        int row = 0;
        for (const Goal &goal : goals) {
            const GoalProgress p = calculator.progress(goal);
            ++counts[p.status];
            QString scope;
            switch (goal.scope) {
            case TargetKind::Journey:
                scope = tr("Journey");
                break;
            case TargetKind::Stage:
                scope = tr("Stage “%1”").arg(m_project->stage(goal.targetId).name);
                break;
            case TargetKind::Card:
                scope = tr("Card “%1”").arg(m_project->card(goal.targetId).title.simplified());
                break;
            }
            const QString op
                = goal.op == GoalOperator::AtLeast ? QStringLiteral("≥") : QStringLiteral("≤");
            QString current = tr("no data");
            if (p.current) {
                current = GoalProgressCalculator::formatValue(goal.metric, *p.current);
                if (p.marginOfError)
                    current += tr(" ± %1").arg(QLocale().toString(*p.marginOfError, 'f', 1));
            }
            QString trend = QStringLiteral("–");
            if (p.trend) {
                const double t = *p.trend;
                const QString arrow = std::abs(t) < 0.05 ? QStringLiteral("→")
                                      : t > 0            ? QStringLiteral("▲")
                                                         : QStringLiteral("▼");
                trend = QStringLiteral("%1 %2%3").arg(
                    arrow, t > 0 ? QStringLiteral("+") : QString(), QLocale().toString(t, 'f', 1));
            }
            const QStringList cells{
                goal.title,
                scope,
                enumLabel(goal.metric),
                QStringLiteral("%1 %2").arg(
                    op, GoalProgressCalculator::formatValue(goal.metric, goal.target)),
                goal.due,
                current,
                p.current ? QString::number(p.n) : QString(),
                trend,
                GoalProgressCalculator::statusLabel(p.status)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(IdRole, goal.id);
                item->setToolTip(c == Status ? p.rule : cells.at(c));
                m_table->setItem(row, c, item);
            }
            m_table->item(row, Status)->setData(StatusRole, int(p.status));
            m_table->item(row, Current)->setToolTip(p.rule);
            if (!p.current)
                m_table->item(row, Current)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            if (p.smallSample && p.current)
                m_table->item(row, Count)
                    ->setToolTip(tr("Fewer than 30 responses: read with care."));
            if (p.trend) {
                const bool good = goal.op == GoalOperator::AtLeast ? *p.trend > 0 : *p.trend < 0;
                if (std::abs(*p.trend) >= 0.05)
                    m_table->item(row, Trend)
                        ->setForeground(
                            statusColor(good ? GoalStatus::OnTrack : GoalStatus::OffTrack));
            }
            if (goal.id == selected)
                m_table->selectRow(row);
            ++row;
        }
    }
    QString empty;
    if (!open)
        empty = tr("Open a project to set goals.");
    else if (goals.isEmpty())
        empty = tr("No goals yet. A goal is a target for a score, e.g. “NPS at least +40 at "
                   "checkout by 2027-Q2”. Click New Goal to set one.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_table->setVisible(empty.isEmpty());
    QStringList summary;
    for (GoalStatus s :
         {GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::OffTrack, GoalStatus::NoData}) {
        if (counts.value(s) > 0)
            summary.append(QStringLiteral("%1 %2")
                               .arg(counts.value(s))
                               .arg(GoalProgressCalculator::statusLabel(s).toLower()));
    }
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    updateButtons();
}

Id GoalsPanel::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? NoId : items.first()->data(IdRole).value<Id>();
}

void GoalsPanel::updateButtons()
{
    const bool editable
        = m_project && m_project->isEditable() && m_project->hasJourney(m_journeyId);
    m_new->setEnabled(editable);
    m_edit->setEnabled(editable && selectedId() != NoId);
    m_delete->setEnabled(editable && selectedId() != NoId);
}

bool GoalsPanel::run(QUndoCommand *command)
{
    return runCommand(*m_project, command, this);
}

void GoalsPanel::newGoal()
{
    if (!m_project || !m_project->hasJourney(m_journeyId))
        return;
    Goal goal;
    goal.journeyId = m_journeyId;
    goal.targetId = m_journeyId;
    goal.metric = Metric::Nps;
    goal.target = 40;
    GoalDialog dialog(*m_project, goal, this);
    if (dialog.exec() == QDialog::Accepted)
        run(new AddGoalCommand(*m_project, dialog.goal()));
}

void GoalsPanel::editGoal(Id goalId)
{
    if (!m_project || !m_project->hasGoal(goalId) || !m_project->isEditable())
        return;
    const Goal before = m_project->goal(goalId);
    GoalDialog dialog(*m_project, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Goal after = dialog.goal();
    if (!(after == before))
        run(new EditGoalCommand(*m_project, before, after));
}

void GoalsPanel::deleteSelected()
{
    const Id id = selectedId();
    if (m_project && id != NoId)
        run(new RemoveGoalCommand(*m_project, id));
}

} // namespace Waymark
