#include "feedbackpanel.h"

#include "commands/addfeedbackcommand.h"
#include "commands/removefeedbackcommand.h"
#include "dialogs/addresponsedialog.h"
#include "feedbackdelegate.h"
#include "itemmodels/feedbacktablemodel.h"
#include "project/project.h"
#include "storage/feedbackqueryrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <limits>

namespace Waymark {

namespace {

constexpr int ScopeRole = Qt::UserRole;
constexpr int ScopeIdRole = Qt::UserRole + 1;
constexpr int SearchDelayMs = 250;
constexpr int StructureDelayMs = 100;

// Deletes the selected rows when the table has focus, ahead of the map's Delete action.
class DeleteKeyFilter : public QObject
{
public:
    DeleteKeyFilter(FeedbackPanel *panel)
        : QObject(panel)
        , m_panel(panel)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
                if (event->type() == QEvent::KeyPress)
                    m_panel->deleteSelected();
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FeedbackPanel *m_panel;
};

// Fills its list only when the user reaches for it: the distinct segments are read from
// every response, which is not worth doing at each change nobody looks at.
class LazyComboBox : public QComboBox
{
public:
    explicit LazyComboBox(std::function<void()> fill, QWidget *parent)
        : QComboBox(parent)
        , m_fill(std::move(fill))
    {}

    void showPopup() override
    {
        m_fill();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        m_fill(); // arrow keys choose without the popup
        QComboBox::focusInEvent(event);
    }

private:
    std::function<void()> m_fill;
};

} // namespace

FeedbackPanel::FeedbackPanel(QWidget *parent)
    : QWidget(parent)
    , m_delegate(new FeedbackDelegate(this))
    , m_scope(new QComboBox(this))
    , m_segment(new LazyComboBox([this] { ensureSegments(); }, this))
    , m_metric(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addYears(-1), this))
    , m_toCheck(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Response…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setAccessibleName(tr("Feedback"));

    m_scope->setObjectName(QStringLiteral("feedbackScope"));
    m_scope->setAccessibleName(tr("Touchpoint or stage"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(16);
    m_segment->setObjectName(QStringLiteral("feedbackSegment"));
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setMinimumContentsLength(10);
    m_segment->addItem(tr("All segments"));
    m_metric->setObjectName(QStringLiteral("feedbackMetric"));
    m_metric->setAccessibleName(tr("Metric"));
    m_metric->addItem(tr("All metrics"));
    for (Metric metric : enumValues<Metric>())
        m_metric->addItem(enumLabel(metric), enumKey(metric));

    m_fromCheck->setObjectName(QStringLiteral("feedbackFromCheck"));
    m_fromCheck->setToolTip(tr("Only responses on or after this date"));
    m_from->setObjectName(QStringLiteral("feedbackFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_toCheck->setObjectName(QStringLiteral("feedbackToCheck"));
    m_toCheck->setToolTip(tr("Only responses on or before this date"));
    m_to->setObjectName(QStringLiteral("feedbackTo"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false); // "any date" until the box is checked
    }

    m_search->setObjectName(QStringLiteral("feedbackSearch"));
    m_search->setAccessibleName(tr("Search responses"));
    m_search->setPlaceholderText(tr("Search comments and respondents"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(FeedbackQueryRepository::MaxTextLength);

    m_view->setObjectName(QStringLiteral("feedbackTable"));
    m_view->setAccessibleName(tr("Responses"));
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // Fixed row heights: the view never measures rows, so a million of them cost nothing
    // until they are shown.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    // No sort column at first: newest responses first, the order that needs no sorting.
    // Clicking a header sorts by it; a third click returns to this order.
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(new DeleteKeyFilter(this));

    m_status->setObjectName(QStringLiteral("feedbackStatus"));
    m_add->setObjectName(QStringLiteral("feedbackAdd"));
    m_delete->setObjectName(QStringLiteral("feedbackDelete"));
    m_delete->setToolTip(tr("Delete the selected responses"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope, 2);
    filters->addWidget(m_segment, 1);
    filters->addWidget(m_metric);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addWidget(m_search, 2);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_add);
    footer->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    m_structureTimer.setSingleShot(true);
    m_structureTimer.setInterval(StructureDelayMs);
    m_segmentsTimer.setSingleShot(true);
    m_segmentsTimer.setInterval(StructureDelayMs);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &FeedbackPanel::applyFilters);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &FeedbackPanel::applyFilters);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &FeedbackPanel::applyFilters);
    for (QCheckBox *check : {m_fromCheck, m_toCheck}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_fromCheck->isChecked());
            m_to->setEnabled(m_toCheck->isChecked());
            applyFilters();
        });
    }
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FeedbackPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &FeedbackPanel::applyFilters);
    connect(&m_structureTimer, &QTimer::timeout, this, [this] {
        rebuildScope();
        applyFilters();
    });
    connect(&m_segmentsTimer, &QTimer::timeout, this, &FeedbackPanel::invalidateSegments);
    connect(m_add, &QPushButton::clicked, this, &FeedbackPanel::addResponse);
    connect(m_delete, &QPushButton::clicked, this, &FeedbackPanel::deleteSelected);

    rebuildScope();
    updateStatus();
    updateActions();
}

FeedbackPanel::~FeedbackPanel() = default;

void FeedbackPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_structureTimer.stop();
    m_segmentsTimer.stop();
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_view->setModel(nullptr);
    delete oldSelection; // setModel() leaves the old one to its caller
    delete m_model;
    m_model = nullptr;
    m_project = project;
    m_delegate->setProject(project);
    m_journeyId = NoId;
    m_selectedCards.clear();
    if (project) {
        m_model = new FeedbackTableModel(*project, this);
        m_view->setModel(m_model);
        const FeedbackQuery query = m_model->query();
        {
            // Only show the model's order; the model already has it (no re-query).
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(
                FeedbackTableModel::columnOf(query.sortColumn), query.order);
        }
        m_view->setColumnWidth(FeedbackTableModel::DateColumn, 96);
        m_view->setColumnWidth(FeedbackTableModel::TouchpointColumn, 180);
        m_view->setColumnWidth(FeedbackTableModel::CommentColumn, 360);
        connect(m_model, &FeedbackTableModel::countChanged, this, &FeedbackPanel::updateStatus);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &FeedbackPanel::updateActions);
        // A refresh after an edit elsewhere (an import, an undo) keeps the scroll position;
        // a new filter or sort starts at the top.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_queryBeforeReset = m_model->query();
            m_scrollBeforeReset = m_view->verticalScrollBar()->value();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            if (m_model->query() != m_queryBeforeReset) {
                m_view->scrollToTop();
                return;
            }
            if (m_scrollBeforeReset <= 0)
                return;
            QTimer::singleShot(0, this, [this, value = m_scrollBeforeReset] {
                m_view->verticalScrollBar()->setValue(value);
            });
        });
        auto structureChanged = [this] {
            m_structureTimer.start();
        };
        connect(project, &Project::reset, this, structureChanged);
        connect(project, &Project::journeyChanged, this, structureChanged);
        connect(project, &Project::stageInserted, this, structureChanged);
        connect(project, &Project::stageRemoved, this, structureChanged);
        connect(project, &Project::stageChanged, this, structureChanged);
        connect(project, &Project::stagesReordered, this, structureChanged);
        connect(project, &Project::cardInserted, this, structureChanged);
        connect(project, &Project::cardRemoved, this, structureChanged);
        connect(project, &Project::cardChanged, this, structureChanged);
        connect(project, &Project::cellChanged, this, structureChanged);
        // New segments may have arrived (an import, an edit).
        connect(project, &Project::feedbackChanged, &m_segmentsTimer, qOverload<>(&QTimer::start));
        connect(project, &Project::editLockChanged, this, &FeedbackPanel::updateActions);
        const QList<Journey> journeys = project->journeys();
        m_journeyId = journeys.isEmpty() ? NoId : journeys.first().id;
    }
    {
        // A new project starts with its first journey and no filters.
        const QSignalBlocker scopeBlocker(m_scope);
        m_scope->clear();
        const QSignalBlocker segmentBlocker(m_segment);
        m_segment->clear();
        m_segment->addItem(tr("All segments"));
        m_segmentsLoaded = false;
    }
    rebuildScope();
    applyFilters();
    updateStatus();
    updateActions();
}

void FeedbackPanel::setJourney(Id journeyId)
{
    if (journeyId == m_journeyId)
        return;
    m_journeyId = journeyId;
    m_selectedCards.clear();
    const bool all = m_scope->currentData(ScopeRole).toInt() == int(Scope::AllJourneys);
    rebuildScope();
    selectScope(all ? Scope::AllJourneys : Scope::Journey, journeyId);
    invalidateSegments();
    applyFilters();
}

void FeedbackPanel::showCards(const QList<Id> &cardIds)
{
    const auto scope = Scope(m_scope->currentData(ScopeRole).toInt());
    const int cardItem = cardIds.size() == 1 ? m_scope->findData(cardIds.first(), ScopeIdRole) : -1;
    if (cardIds.isEmpty()) {
        m_selectedCards.clear();
        rebuildScope();
        // Clicking empty map space ends a map-driven filter, not one picked here.
        if (scope == Scope::Card || scope == Scope::Selection)
            selectScope(Scope::Journey, m_journeyId);
    } else if (cardItem >= 0
               && m_scope->itemData(cardItem, ScopeRole).toInt() == int(Scope::Card)) {
        m_selectedCards.clear();
        rebuildScope();
        selectScope(Scope::Card, cardIds.first());
    } else {
        m_selectedCards = cardIds;
        rebuildScope();
        selectScope(Scope::Selection, NoId);
    }
    // The combo may show the same item as before, with other cards behind it.
    applyFilters();
}

void FeedbackPanel::selectScope(Scope scope, Id id)
{
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i, ScopeRole).toInt() == int(scope)
            && ((scope != Scope::Stage && scope != Scope::Card)
                || m_scope->itemData(i, ScopeIdRole).toLongLong() == id)) {
            m_scope->setCurrentIndex(i);
            return;
        }
    }
}

void FeedbackPanel::rebuildScope()
{
    const auto scope = Scope(m_scope->currentData(ScopeRole).toInt());
    const Id scopeId = m_scope->currentData(ScopeIdRole).toLongLong();
    const bool hadItems = m_scope->count() > 0;
    m_rebuilding = true;
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        auto add = [this](const QString &text, Scope kind, Id id) {
            m_scope->addItem(text);
            const int i = m_scope->count() - 1;
            m_scope->setItemData(i, int(kind), ScopeRole);
            m_scope->setItemData(i, QVariant::fromValue<qint64>(id), ScopeIdRole);
            return i;
        };
        add(tr("All journeys"), Scope::AllJourneys, NoId);
        if (m_project && m_project->hasJourney(m_journeyId)) {
            add(tr("Whole journey: %1").arg(m_project->journey(m_journeyId).name), Scope::Journey,
                m_journeyId);
            QHash<Id, QList<Card>> touchpoints;
            for (const Card &card : m_project->cards(m_journeyId)) {
                if (card.kind == CardKind::Touchpoint)
                    touchpoints[card.stageId].append(card);
            }
            QFont bold = font();
            bold.setBold(true);
            for (const Stage &stage : m_project->stages(m_journeyId)) {
                const int i = add(tr("Stage: %1").arg(stage.name), Scope::Stage, stage.id);
                m_scope->setItemData(i, bold, Qt::FontRole);
                for (const Card &card : touchpoints.value(stage.id)) {
                    // Indented under its stage; the title alone for screen readers.
                    const int c = add(QStringLiteral("    ") + card.title, Scope::Card, card.id);
                    m_scope->setItemData(c, card.title, Qt::AccessibleTextRole);
                }
            }
            add(tr("No touchpoint"), Scope::NoTouchpoint, NoId);
            if (!m_selectedCards.isEmpty()) {
                add(tr("%n selected card(s)", nullptr, int(m_selectedCards.size())),
                    Scope::Selection, NoId);
            }
        }
        m_scope->setCurrentIndex(-1);
    }
    selectScope(hadItems ? scope : Scope::Journey, scopeId);
    if (m_scope->currentIndex() < 0) {
        const QSignalBlocker blocker(m_scope);
        selectScope(Scope::Journey, m_journeyId);
        if (m_scope->currentIndex() < 0)
            m_scope->setCurrentIndex(0);
    }
    m_rebuilding = false;
}

void FeedbackPanel::ensureSegments()
{
    if (!m_segmentsLoaded)
        rebuildSegments();
}

void FeedbackPanel::invalidateSegments()
{
    m_segmentsLoaded = false;
    if (m_segment->currentIndex() > 0)
        rebuildSegments(); // a segment is chosen: check that it still exists
}

void FeedbackPanel::rebuildSegments()
{
    m_segmentsLoaded = true;
    const QVariant current = m_segment->currentData();
    QStringList segments;
    if (m_project) {
        FeedbackQueryRepository repo(m_project->document());
        segments = repo.segments(m_journeyId);
    }
    const QSignalBlocker blocker(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("All segments"));
    for (const QString &segment : std::as_const(segments)) {
        if (segment.isEmpty())
            m_segment->addItem(tr("No segment"), QVariant(QStringLiteral("")));
        else
            m_segment->addItem(segment, segment);
    }
    const int index = current.isValid() ? m_segment->findData(current) : 0;
    m_segment->setCurrentIndex(std::max(0, index));
    if (current.isValid() && index < 0)
        applyFilters(); // the chosen segment is gone: show all again
}

void FeedbackPanel::applyFilters()
{
    if (!m_model || m_rebuilding)
        return;
    FeedbackQuery query = m_model->query(); // keeps the sort order of the view
    const auto scope = Scope(m_scope->currentData(ScopeRole).toInt());
    const Id scopeId = m_scope->currentData(ScopeIdRole).toLongLong();
    query.journeyId = scope == Scope::AllJourneys ? NoId : m_journeyId;
    query.cardIds.clear();
    query.stageId = NoId;
    switch (scope) {
    case Scope::Stage:
        query.stageId = scopeId;
        break;
    case Scope::Card:
        query.cardIds = {scopeId};
        break;
    case Scope::NoTouchpoint:
        query.cardIds = {NoId};
        break;
    case Scope::Selection:
        query.cardIds = m_selectedCards;
        break;
    case Scope::AllJourneys:
    case Scope::Journey:
        break;
    }
    const QVariant segment = m_segment->currentData();
    query.segment = !segment.isValid()             ? QString()
                    : segment.toString().isEmpty() ? QStringLiteral("")
                                                   : segment.toString();
    const QVariant metric = m_metric->currentData();
    query.metric = metric.isValid() ? enumFromKey<Metric>(metric.toString()) : std::nullopt;
    query.from = m_fromCheck->isChecked() ? m_from->date() : QDate();
    query.to = m_toCheck->isChecked() ? m_to->date() : QDate();
    query.text = m_search->text().trimmed();
    m_searchTimer.stop();
    m_model->setQuery(query);
    updateStatus();
    updateActions();
}

void FeedbackPanel::updateStatus()
{
    const qint64 count = m_model ? m_model->totalCount() : 0;
    m_status->setText(tr("%Ln response(s)", nullptr,
                         int(std::min<qint64>(count, std::numeric_limits<int>::max()))));
}

int FeedbackPanel::selectedRowCount() const
{
    if (!m_view->selectionModel())
        return 0;
    qint64 rows = 0;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        rows += range.height();
    return int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
}

void FeedbackPanel::updateActions()
{
    const bool editable = m_project && m_project->isEditable();
    m_view->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                           | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::SelectedClicked
                                     : QAbstractItemView::NoEditTriggers);
    m_add->setEnabled(editable && m_project->hasJourney(m_journeyId));
    m_delete->setEnabled(editable && selectedRowCount() > 0);
    const QString locked = m_project && !editable ? m_project->editLockReason() : QString();
    m_add->setToolTip(locked.isEmpty() ? tr("Add a response by hand") : locked);
}

void FeedbackPanel::addResponse()
{
    if (!m_project || !m_project->isEditable() || !m_project->hasJourney(m_journeyId))
        return;
    const auto scope = Scope(m_scope->currentData(ScopeRole).toInt());
    Id cardId = NoId;
    if (scope == Scope::Card)
        cardId = m_scope->currentData(ScopeIdRole).toLongLong();
    else if (scope == Scope::Selection && m_selectedCards.size() == 1)
        cardId = m_selectedCards.first();
    ensureSegments();
    QStringList segments;
    for (int i = 1; i < m_segment->count(); ++i)
        segments.append(m_segment->itemData(i).toString());
    AddResponseDialog dialog(*m_project, m_journeyId, cardId, segments, this);
    if (dialog.exec() != QDialog::Accepted || !m_project)
        return;
    m_project->execute(new AddFeedbackCommand(*m_project, dialog.response()));
}

void FeedbackPanel::deleteSelected()
{
    if (!m_project || !m_model || !m_project->isEditable())
        return;
    const int count = selectedRowCount();
    if (count == 0)
        return;
    if (count > MaxDeleteAtOnce) {
        QMessageBox::information(
            this, tr("Delete Responses"),
            tr("Select at most %L1 responses to delete at once.").arg(MaxDeleteAtOnce));
        return;
    }
    if (count > 1) {
        QMessageBox box(QMessageBox::Question, tr("Delete Responses"),
                        tr("Delete %Ln response(s)?", nullptr, count), QMessageBox::Cancel, this);
        box.setInformativeText(tr("You can undo this."));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove || !m_project || !m_model)
            return;
    }
    QList<int> rows;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Id> ids;
    for (int row : std::as_const(rows)) {
        const Id id = m_model->responseId(row);
        if (id != NoId)
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    m_view->selectionModel()->clearSelection();
    m_project->execute(new RemoveFeedbackCommand(*m_project, ids));
}

} // namespace Waymark
