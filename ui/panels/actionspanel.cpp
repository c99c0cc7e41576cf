#include "actionspanel.h"

#include "commandrunner.h"
#include "commands/plancommands.h"
#include "dialogs/actiondialog.h"
#include "icons.h"
#include "paneltools.h"
#include "project/project.h"
#include "theme.h"

#include <QButtonGroup>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SubtitleRole = Qt::UserRole + 2;
constexpr int OverdueRole = Qt::UserRole + 3;
constexpr int LinksRole = Qt::UserRole + 4;

const QColor OverdueColor(0xd3, 0x2f, 0x2f);

// Paints an action on the board as a small card: a status stripe, the title (two lines at
// most), owner and due date, and the number of linked cards.
class BoardCardDelegate : public QStyledItemDelegate
{
public:
    BoardCardDelegate(ActionStatus status, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_status(status)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return QSize(160, fm.height() * 3 + 26);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const QRectF rect = QRectF(option.rect).adjusted(4, 3, -4, -3);
        const bool selected = option.state & QStyle::State_Selected;
        const bool overdue = index.data(OverdueRole).toBool();
        const QColor accent = overdue ? OverdueColor : ActionsPanel::statusColor(m_status);
        painter->setPen(
            QPen(selected ? pal.color(QPalette::Highlight)
                          : Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18),
                 selected ? 2 : 1));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(rect, 6, 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2.5, 2.5);
        const QRectF text = rect.adjusted(13, 6, -8, -6);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        const QFontMetricsF fm(bold);
        const QRectF titleRect(text.left(), text.top(), text.width(), fm.height() * 2);
        QString title = index.data(Qt::DisplayRole).toString();
        painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          fm.elidedText(title, Qt::ElideRight, text.width() * 2 - 20));
        painter->setFont(option.font);
        const QFontMetricsF small(option.font);
        const QRectF footer(text.left(), text.bottom() - small.height(), text.width(),
                            small.height());
        const QString links = index.data(LinksRole).toString();
        const qreal linksWidth = links.isEmpty() ? 0 : small.horizontalAdvance(links) + 8;
        painter->setPen(
            overdue ? OverdueColor
                    : Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.65));
        painter->drawText(footer.adjusted(0, 0, -linksWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(index.data(SubtitleRole).toString(), Qt::ElideRight,
                                           footer.width() - linksWidth));
        if (!links.isEmpty()) {
            painter->setPen(Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.65));
            painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, links);
        }
        painter->restore();
    }

private:
    ActionStatus m_status;
};

} // namespace

ActionBoardColumn::ActionBoardColumn(ActionStatus status, QWidget *parent)
    : QListWidget(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("board-") + enumKey(status));
    setAccessibleName(tr("%1 actions").arg(enumLabel(status)));
    setItemDelegate(new BoardCardDelegate(status, this));
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(1);
    setFrameShape(QFrame::NoFrame);
}

QStringList ActionBoardColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ActionBoardColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(items.first()->data(IdRole).value<Id>()));
    return data;
}

void ActionBoardColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ActionBoardColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    QListWidget::dragMoveEvent(event);
    event->acceptProposedAction();
}

void ActionBoardColumn::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    bool ok = false;
    const Id id = event->mimeData()->data(mimeType()).toLongLong(&ok);
    if (!ok) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    int row = count();
    if (QListWidgetItem *item = itemAt(pos)) {
        row = QListWidget::row(item);
        if (pos.y() > visualItemRect(item).center().y())
            ++row;
    }
    // The panel rebuilds the columns; the view must not move the item itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT actionDropped(id, m_status, row);
}

QColor ActionsPanel::statusColor(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Idea:
        return QColor(0x9c, 0x6a, 0xde);
    case ActionStatus::Planned:
        return QColor(0x2f, 0x7d, 0xd1);
    case ActionStatus::InProgress:
        return QColor(0xe0, 0x8a, 0x00);
    case ActionStatus::Done:
        return QColor(0x2e, 0x9d, 0x4f);
    case ActionStatus::Dropped:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return {};
}

ActionsPanel::ActionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_new(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_boardButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_board(new QWidget(this))
{
    setAccessibleName(tr("Improvement plan"));
    PanelTools::setUpEditButtons(m_new, m_edit, m_delete, QStringLiteral("Action"),
                                 tr("&New Action"), QStringLiteral("action-plan"));
    m_tableButton->setObjectName(QStringLiteral("showTable"));
    m_tableButton->setText(tr("&Table"));
    m_boardButton->setObjectName(QStringLiteral("showBoard"));
    m_boardButton->setText(tr("&Board"));
    for (QToolButton *b : {m_tableButton, m_boardButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_tableButton);
    group->addButton(m_boardButton);
    group->setExclusive(true);
    m_summary->setObjectName(QStringLiteral("actionSummary"));

    PanelTools::setUpTable(m_table, QStringLiteral("actionTable"), tr("Actions"),
                           {tr("Title"), tr("Status"), tr("Owner"), tr("Due"),
                            tr("Expected impact"), tr("Cards"), tr("Goals")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    m_board->setObjectName(QStringLiteral("actionBoard"));
    m_board->setAccessibleName(tr("Action board"));
    auto *boardLayout = new QHBoxLayout(m_board);
    boardLayout->setContentsMargins(0, 4, 0, 0);
    boardLayout->setSpacing(8);
    for (ActionStatus status : enumValues<ActionStatus>()) {
        auto *column = new QWidget(m_board);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(2);
        auto *title = new QLabel(column);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        title->setContentsMargins(6, 2, 6, 2);
        auto *list = new ActionBoardColumn(status, column);
        columnLayout->addWidget(title);
        columnLayout->addWidget(list, 1);
        boardLayout->addWidget(column, 1);
        m_columns.append(list);
        m_columnTitles.append(title);
        connect(list, &ActionBoardColumn::actionDropped, this, &ActionsPanel::dropAction,
                Qt::QueuedConnection);
        connect(list, &QListWidget::itemDoubleClicked, this,
                [this](QListWidgetItem *item) { editAction(item->data(IdRole).value<Id>()); });
        connect(list, &QListWidget::itemSelectionChanged, this, &ActionsPanel::updateButtons);
    }
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_board);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    QHBoxLayout *bar = PanelTools::editButtonRow(m_new, m_edit, m_delete);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_boardButton);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QToolButton::clicked, this, &ActionsPanel::newAction);
    connect(m_edit, &QToolButton::clicked, this, [this] {
        const QList<Id> ids = selectedIds();
        if (!ids.isEmpty())
            editAction(ids.first());
    });
    connect(m_delete, &QToolButton::clicked, this, &ActionsPanel::deleteSelected);
    connect(m_tableButton, &QToolButton::clicked, this, [this] { showBoard(false); });
    connect(m_boardButton, &QToolButton::clicked, this, [this] { showBoard(true); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editAction(m_table->item(row, 0)->data(IdRole).value<Id>()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsPanel::updateButtons);
    showBoard(true);
    tintColumns();
    refresh();
}

// Each column is tinted with its status colour over the current palette (again when the
// colour scheme changes).
void ActionsPanel::tintColumns()
{
    for (ActionBoardColumn *column : m_columns) {
        QPalette p = palette();
        p.setColor(QPalette::Base,
                   Theme::mix(p.color(QPalette::Window), statusColor(column->status()), 0.07));
        column->setPalette(p);
    }
}

void ActionsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        tintColumns();
        refresh();
    }
}

void ActionsPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_journeyId = NoId;
    if (project) {
        connect(project, &Project::actionInserted, this, &ActionsPanel::refresh);
        connect(project, &Project::actionRemoved, this, &ActionsPanel::refresh);
        connect(project, &Project::actionChanged, this, &ActionsPanel::refresh);
        connect(project, &Project::actionsReordered, this, &ActionsPanel::refresh);
        connect(project, &Project::editLockChanged, this, &ActionsPanel::refresh);
        connect(project, &Project::reset, this, &ActionsPanel::refresh);
        connect(project, &Project::cardRemoved, this, &ActionsPanel::refresh);
        connect(project, &Project::cardInserted, this, &ActionsPanel::refresh);
        connect(project, &Project::cardChanged, this, &ActionsPanel::refresh);
        connect(project, &Project::goalChanged, this, &ActionsPanel::refresh);
    }
    refresh();
}

void ActionsPanel::setJourney(Id journeyId)
{
    m_journeyId = journeyId;
    refresh();
}

bool ActionsPanel::isBoardShown() const
{
    return m_stack->currentWidget() == m_board;
}

void ActionsPanel::showBoard(bool board)
{
    m_stack->setCurrentWidget(board ? m_board : static_cast<QWidget *>(m_table));
    m_boardButton->setChecked(board);
    m_tableButton->setChecked(!board);
    updateButtons();
}

ActionBoardColumn *ActionsPanel::column(ActionStatus status) const
{
    for (ActionBoardColumn *c : m_columns) {
        if (c->status() == status)
            return c;
    }
    return nullptr;
}

void ActionsPanel::refresh()
{
    m_refreshing = true;
    const QList<Id> selected = selectedIds();
    m_table->setRowCount(0);
    for (ActionBoardColumn *c : m_columns)
        c->clear();
    const bool open = m_project && m_project->hasJourney(m_journeyId);
    const QList<Action> actions = open ? m_project->actions(m_journeyId) : QList<Action>();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    int overdueCount = 0;
    int openCount = 0;
    QHash<ActionStatus, int> counts;
    m_table->setRowCount(int(actions.size()));
    int row = 0;
    for (const Action &a : actions) {
        const bool overdue = a.isOverdue(today);
        overdueCount += overdue ? 1 : 0;
        openCount += a.isOpen() ? 1 : 0;
        ++counts[a.status];
        QStringList cardTitles;
        for (Id cardId : a.cardIds) {
            if (m_project->hasCard(cardId))
                cardTitles.append(m_project->card(cardId).title.simplified());
        }
        QStringList goalTitles;
        for (Id goalId : a.goalIds) {
            if (m_project->hasGoal(goalId))
                goalTitles.append(m_project->goal(goalId).title);
        }
        const QString due
            = a.due.isValid() ? locale.toString(a.due, QLocale::ShortFormat) : QString();
        const QString overdueTip = overdue ? tr("Overdue: it was due on %1 and is still %2.")
                                                 .arg(locale.toString(a.due, QLocale::LongFormat),
                                                      enumLabel(a.status).toLower())
                                           : QString();
        const QStringList cells{a.title,
                                enumLabel(a.status),
                                a.owner,
                                due,
                                a.impact,
                                cardTitles.join(QStringLiteral(", ")),
                                goalTitles.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(IdRole, a.id);
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 1)->setIcon(Icons::icon(QStringLiteral("action-plan")));
        m_table->item(row, 1)->setForeground(statusColor(a.status));
        if (overdue) {
            m_table->item(row, 3)->setForeground(OverdueColor);
            m_table->item(row, 3)->setText(tr("%1 (overdue)").arg(due));
            m_table->item(row, 3)->setToolTip(overdueTip);
            m_table->item(row, 0)->setToolTip(overdueTip);
        }
        if (selected.contains(a.id))
            m_table->selectRow(row);
        ++row;

        if (ActionBoardColumn *col = column(a.status)) {
            auto *item = new QListWidgetItem(a.title, col);
            item->setData(IdRole, a.id);
            QStringList subtitle;
            if (!a.owner.isEmpty())
                subtitle.append(a.owner);
            if (a.due.isValid())
                subtitle.append(overdue ? tr("overdue %1").arg(due) : tr("due %1").arg(due));
            item->setData(SubtitleRole, subtitle.join(QStringLiteral(" · ")));
            item->setData(OverdueRole, overdue);
            item->setData(LinksRole, cardTitles.isEmpty()
                                         ? QString()
                                         : tr("%n card(s)", nullptr, int(cardTitles.size())));
            QString tip = a.title;
            if (!a.description.isEmpty())
                tip += QLatin1Char('\n') + a.description;
            if (!cardTitles.isEmpty())
                tip += QLatin1Char('\n')
                       + tr("Cards: %1").arg(cardTitles.join(QStringLiteral(", ")));
            if (overdue)
                tip += QLatin1Char('\n') + overdueTip;
            item->setToolTip(tip);
            if (selected.contains(a.id))
                item->setSelected(true);
        }
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        const ActionStatus status = m_columns.at(i)->status();
        m_columnTitles.at(i)->setText(
            tr("%1  %2").arg(enumLabel(status)).arg(counts.value(status)));
        QPalette p = m_columnTitles.at(i)->palette();
        p.setColor(QPalette::WindowText, statusColor(status));
        m_columnTitles.at(i)->setPalette(p);
    }
    QString summary;
    if (!open)
        summary = tr("Open a project to plan improvements.");
    else if (actions.isEmpty())
        summary = tr("No actions yet. Right-click a pain point on the map and choose “Create "
                     "Action from Pain Point”.");
    else {
        summary = tr("%n open action(s)", nullptr, openCount);
        if (overdueCount > 0)
            summary += tr(", %n overdue", nullptr, overdueCount);
    }
    m_summary->setText(summary);
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText,
               overdueCount > 0 ? OverdueColor : palette().color(QPalette::WindowText));
    m_summary->setPalette(p);
    m_refreshing = false;
    updateButtons();
}

QList<Id> ActionsPanel::selectedIds() const
{
    QList<Id> ids;
    if (isBoardShown()) {
        for (ActionBoardColumn *c : m_columns) {
            for (QListWidgetItem *item : c->selectedItems())
                ids.append(item->data(IdRole).value<Id>());
        }
    } else {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            ids.append(index.data(IdRole).value<Id>());
    }
    return ids;
}

void ActionsPanel::updateButtons()
{
    const bool editable
        = m_project && m_project->isEditable() && m_project->hasJourney(m_journeyId);
    const bool selected = !selectedIds().isEmpty();
    m_new->setEnabled(editable);
    m_edit->setEnabled(m_project && selected);
    m_delete->setEnabled(editable && selected);
    for (ActionBoardColumn *c : m_columns) {
        c->setDragEnabled(editable);
        c->setAcceptDrops(editable);
    }
}

bool ActionsPanel::run(QUndoCommand *command)
{
    return runCommand(*m_project, command, this);
}

void ActionsPanel::newAction()
{
    if (!m_project || !m_project->hasJourney(m_journeyId))
        return;
    Action action;
    action.journeyId = m_journeyId;
    action.status = ActionStatus::Idea;
    ActionDialog dialog(*m_project, action, this);
    if (dialog.exec() == QDialog::Accepted)
        run(new AddActionCommand(*m_project, dialog.action()));
}

void ActionsPanel::editAction(Id actionId)
{
    if (!m_project || !m_project->hasAction(actionId))
        return;
    const Action before = m_project->action(actionId);
    ActionDialog dialog(*m_project, before, this);
    if (!m_project->isEditable())
        dialog.setEnabled(false);
    if (dialog.exec() != QDialog::Accepted || !m_project->isEditable())
        return;
    const Action after = dialog.action();
    if (!(after == before))
        run(new EditActionCommand(*m_project, before, after));
}

void ActionsPanel::deleteSelected()
{
    const QList<Id> ids = selectedIds();
    if (!m_project || ids.isEmpty())
        return;
    run(new RemoveActionCommand(*m_project, ids));
}

Id ActionsPanel::createFromCard(Id cardId)
{
    if (!m_project || !m_project->hasCard(cardId))
        return NoId;
    auto *command = new CreateActionFromCardCommand(*m_project, cardId);
    if (!run(command))
        return NoId;
    const Id id = command->createdId(); // the stack owns the command now
    editAction(id);
    return id;
}

bool ActionsPanel::dropAction(Id actionId, ActionStatus status, int row)
{
    if (!m_project || !m_project->hasAction(actionId))
        return false;
    const Action before = m_project->action(actionId);
    // Where in the plan the drop lands: before the action at `row` in the column (not
    // counting the dragged one), or after the column's last action.
    QList<Id> columnIds;
    for (const Action &a : m_project->actions(m_journeyId)) {
        if (a.status == status)
            columnIds.append(a.id);
    }
    const int sourceRow = int(columnIds.indexOf(actionId));
    if (sourceRow >= 0 && sourceRow < row)
        --row;
    columnIds.removeOne(actionId);
    QList<Id> order;
    for (const Action &a : m_project->actions())
        order.append(a.id);
    order.removeOne(actionId);
    int toIndex = int(order.size());
    if (row < columnIds.size())
        toIndex = int(order.indexOf(columnIds.at(row)));
    else if (!columnIds.isEmpty())
        toIndex = int(order.indexOf(columnIds.last())) + 1;
    else
        toIndex = m_project->actionIndex(actionId);
    const bool move = toIndex != m_project->actionIndex(actionId);
    const bool restatus = before.status != status;
    if (!move && !restatus)
        return false;
    if (move && restatus) {
        auto *macro = new QUndoCommand(tr("Move “%1” to %2").arg(before.title, enumLabel(status)));
        Action after = before;
        after.status = status;
        new EditActionCommand(*m_project, before, after, {}, -1, macro);
        new MoveActionCommand(*m_project, actionId, toIndex, macro);
        return run(macro);
    }
    if (restatus) {
        Action after = before;
        after.status = status;
        return run(new EditActionCommand(
            *m_project, before, after, tr("Move “%1” to %2").arg(before.title, enumLabel(status))));
    }
    return run(new MoveActionCommand(*m_project, actionId, toIndex));
}

} // namespace Waymark
