// The feedback dock driven through its widgets, offscreen: filters, the map selection,
// sorting by a header, editing a score in the table, deleting and adding responses, and a
// project that cannot be edited.

#include "uitestutil.h"

#include "commands/addjourneycommand.h"
#include "commands/removefeedbackcommand.h"
#include "dialogs/addresponsedialog.h"
#include "io/templates.h"
#include "itemmodels/feedbacktablemodel.h"
#include "panels/feedbackpanel.h"
#include "project/project.h"
#include "storage/feedbackqueryrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Waymark;

namespace {

// Fills in and accepts the next AddResponseDialog.
class ResponseDialogFiller : public QObject
{
public:
    ResponseDialogFiller(double score, QString comment)
        : m_score(score)
        , m_comment(std::move(comment))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ResponseDialogFiller::poll);
        m_timer.start();
    }

    bool answered() const { return m_answered; }

private:
    void poll()
    {
        auto *dialog = qobject_cast<AddResponseDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        m_timer.stop();
        auto *metric = dialog->findChild<QComboBox *>(QStringLiteral("metric"));
        metric->setCurrentIndex(metric->findData(enumKey(Metric::Csat)));
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("score"))->setValue(m_score);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(m_comment);
        dialog->findChild<QComboBox *>(QStringLiteral("segment"))
            ->setEditText(QStringLiteral("Walk-in"));
        m_answered = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    double m_score;
    QString m_comment;
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace

class tst_FeedbackPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheJourney();
    void filtersThroughWidgets();
    void textSearchIsDebounced();
    void scopeChoices();
    void followsMapSelection();
    void followsJourney();
    void sortsByHeader();
    void editScoreThroughDelegate();
    void deleteOneWithButton();
    void deleteSeveralAsks();
    void addResponseThroughDialog();
    void lockedProjectCannotBeEdited();
    void refreshKeepsScrollPosition();
    void closingProjectEmptiesPanel();

private:
    qint64 expected(const FeedbackQuery &query) const;
    FeedbackQuery journeyQuery() const;
    QString statusFor(qint64 count) const;
    template<typename T>
    T *widget(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }
    int selectRow(QComboBox *combo, const QVariant &data, int role = Qt::UserRole) const;

    QTemporaryDir m_dir;
    MapData m_map;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<FeedbackPanel> m_panel;
    Id m_journeyId = NoId;
};

qint64 tst_FeedbackPanel::expected(const FeedbackQuery &query) const
{
    FeedbackQueryRepository repo(m_project->document());
    return repo.count(query);
}

FeedbackQuery tst_FeedbackPanel::journeyQuery() const
{
    FeedbackQuery query;
    query.journeyId = m_journeyId;
    return query;
}

QString tst_FeedbackPanel::statusFor(qint64 count) const
{
    return FeedbackPanel::tr("%Ln response(s)", nullptr, int(count));
}

int tst_FeedbackPanel::selectRow(QComboBox *combo, const QVariant &data, int role) const
{
    const int index = combo->findData(data, role);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index;
}

void tst_FeedbackPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(Templates::load(Templates::sampleName(), &m_map, &error), qPrintable(error));
}

void tst_FeedbackPanel::init()
{
    DocumentError error;
    m_project = Project::create(
        m_dir.filePath(QStringLiteral("panel%1.waymark").arg(++m_projects)), m_map, &error,
        [](Project &p, QString *e) { return Templates::seed(Templates::sampleName(), p, e); });
    QVERIFY2(m_project, qPrintable(error.message));
    m_journeyId = m_project->journeys().first().id;
    QVERIFY(expected(journeyQuery()) > 100);
    m_panel = std::make_unique<FeedbackPanel>();
    m_panel->resize(1200, 600);
    m_panel->setProject(m_project.get());
    m_panel->setJourney(m_journeyId);
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void tst_FeedbackPanel::cleanup()
{
    m_panel.reset();
    m_project.reset();
}

void tst_FeedbackPanel::showsTheJourney()
{
    FeedbackTableModel *model = m_panel->model();
    QVERIFY(model);
    QCOMPARE(m_panel->view()->model(), model);
    QCOMPARE(model->query().journeyId, m_journeyId);
    const qint64 count = expected(journeyQuery());
    QCOMPARE(model->totalCount(), count);
    QCOMPARE(m_panel->view()->model()->rowCount(), int(count));
    QCOMPARE(widget<QLabel>("feedbackStatus")->text(), statusFor(count));
    // Rows have fixed heights and do not wrap: a million rows cost only what is shown.
    QCOMPARE(m_panel->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(!m_panel->view()->wordWrap());
    QVERIFY(m_panel->view()->isSortingEnabled());
    // The view read the visible rows only.
    QVERIFY(model->cachedPageCount() <= 1);
}

void tst_FeedbackPanel::filtersThroughWidgets()
{
    FeedbackTableModel *model = m_panel->model();
    auto *metric = widget<QComboBox>("feedbackMetric");
    QVERIFY(selectRow(metric, enumKey(Metric::Nps)) > 0);
    FeedbackQuery query = journeyQuery();
    query.metric = Metric::Nps;
    QCOMPARE(model->query().metric, std::optional<Metric>(Metric::Nps));
    QCOMPARE(model->totalCount(), expected(query));
    QVERIFY(model->totalCount() > 0);
    QCOMPARE(widget<QLabel>("feedbackStatus")->text(), statusFor(expected(query)));

    // Segments are listed when the list is opened.
    auto *segment = widget<QComboBox>("feedbackSegment");
    segment->showPopup();
    segment->hidePopup();
    QVERIFY(segment->count() > 2);
    QVERIFY(selectRow(segment, QStringLiteral("Commuter")) > 0);
    query.segment = QStringLiteral("Commuter");
    QCOMPARE(model->totalCount(), expected(query));

    widget<QCheckBox>("feedbackFromCheck")->setChecked(true);
    auto *from = widget<QDateEdit>("feedbackFrom");
    QVERIFY(from->isEnabled());
    from->setDate(QDate(2025, 11, 10));
    query.from = QDate(2025, 11, 10);
    QCOMPARE(model->query().from, query.from);
    QCOMPARE(model->totalCount(), expected(query));
    widget<QCheckBox>("feedbackToCheck")->setChecked(true);
    widget<QDateEdit>("feedbackTo")->setDate(QDate(2025, 12, 31));
    query.to = QDate(2025, 12, 31);
    QCOMPARE(model->totalCount(), expected(query));

    // "Any date" again, any segment, any metric: the whole journey.
    widget<QCheckBox>("feedbackFromCheck")->setChecked(false);
    widget<QCheckBox>("feedbackToCheck")->setChecked(false);
    QVERIFY(!from->isEnabled());
    segment->setCurrentIndex(0);
    metric->setCurrentIndex(0);
    QCOMPARE(model->query(), [&] {
        FeedbackQuery q = journeyQuery();
        q.sortColumn = model->query().sortColumn;
        q.order = model->query().order;
        return q;
    }());
    QCOMPARE(model->totalCount(), expected(journeyQuery()));
}

void tst_FeedbackPanel::textSearchIsDebounced()
{
    FeedbackTableModel *model = m_panel->model();
    const qint64 all = model->totalCount();
    auto *search = widget<QLineEdit>("feedbackSearch");
    QTest::keyClicks(search, QStringLiteral("easy"));
    // Typing does not query at every key.
    QCOMPARE(model->totalCount(), all);
    FeedbackQuery query = journeyQuery();
    query.text = QStringLiteral("easy");
    QVERIFY(expected(query) > 0);
    QVERIFY(expected(query) < all);
    QTRY_COMPARE(model->totalCount(), expected(query));
    QCOMPARE(model->query().text, QStringLiteral("easy"));
    search->clear();
    QTRY_COMPARE(model->totalCount(), all);
}

void tst_FeedbackPanel::scopeChoices()
{
    FeedbackTableModel *model = m_panel->model();
    auto *scope = widget<QComboBox>("feedbackScope");
    const QList<Stage> stages = m_project->stages(m_journeyId);
    QVERIFY(!stages.isEmpty());
    // A stage.
    int index = -1;
    for (int i = 0; i < scope->count() && index < 0; ++i) {
        if (scope->itemData(i, Qt::UserRole).toInt() == int(FeedbackPanel::Scope::Stage))
            index = i;
    }
    QVERIFY(index >= 0);
    const Id stageId = scope->itemData(index, Qt::UserRole + 1).toLongLong();
    scope->setCurrentIndex(index);
    FeedbackQuery query = journeyQuery();
    query.stageId = stageId;
    QCOMPARE(model->query().stageId, stageId);
    QCOMPARE(model->totalCount(), expected(query));
    // The touchpoint with the most responses.
    Id best = NoId;
    qint64 bestCount = 0;
    for (const Card &card : m_project->cards(m_journeyId)) {
        FeedbackQuery q = journeyQuery();
        q.cardIds = {card.id};
        if (card.kind == CardKind::Touchpoint && expected(q) > bestCount) {
            best = card.id;
            bestCount = expected(q);
        }
    }
    QVERIFY(best != NoId);
    QVERIFY(selectRow(scope, QVariant::fromValue<qint64>(best), Qt::UserRole + 1) > 0);
    QCOMPARE(model->query().cardIds, QList<Id>{best});
    QCOMPARE(model->totalCount(), bestCount);
    // Responses without a touchpoint.
    QVERIFY(selectRow(scope, int(FeedbackPanel::Scope::NoTouchpoint)) > 0);
    query = journeyQuery();
    query.cardIds = {NoId};
    QCOMPARE(model->totalCount(), expected(query));
    QVERIFY(model->totalCount() > 0);
    // Every journey.
    QVERIFY(selectRow(scope, int(FeedbackPanel::Scope::AllJourneys)) >= 0);
    QCOMPARE(model->query().journeyId, NoId);
    QCOMPARE(model->totalCount(), expected(FeedbackQuery()));
}

void tst_FeedbackPanel::followsMapSelection()
{
    FeedbackTableModel *model = m_panel->model();
    auto *scope = widget<QComboBox>("feedbackScope");
    QList<Id> touchpoints;
    for (const Card &card : m_project->cards(m_journeyId)) {
        if (card.kind == CardKind::Touchpoint)
            touchpoints.append(card.id);
    }
    QVERIFY(touchpoints.size() >= 2);
    m_panel->showCards({touchpoints.at(0)});
    QCOMPARE(model->query().cardIds, QList<Id>{touchpoints.at(0)});
    QVERIFY(scope->currentText().contains(m_project->card(touchpoints.at(0)).title));
    FeedbackQuery query = journeyQuery();
    query.cardIds = touchpoints.mid(0, 2);
    m_panel->showCards(query.cardIds);
    QCOMPARE(model->query().cardIds, query.cardIds);
    QCOMPARE(scope->currentData(Qt::UserRole).toInt(), int(FeedbackPanel::Scope::Selection));
    QCOMPARE(model->totalCount(), expected(query));
    // Another selection of several cards replaces the first.
    query.cardIds = touchpoints.mid(1, 2);
    m_panel->showCards(query.cardIds);
    QCOMPARE(model->query().cardIds, query.cardIds);
    // Nothing selected on the map: the whole journey again.
    m_panel->showCards({});
    QVERIFY(model->query().cardIds.isEmpty());
    QCOMPARE(scope->currentData(Qt::UserRole).toInt(), int(FeedbackPanel::Scope::Journey));
}

void tst_FeedbackPanel::followsJourney()
{
    auto *add = new AddJourneyCommand(*m_project, m_map.journeys.first(), 1);
    QVERIFY(m_project->execute(add));
    const Id second = add->journeyId();
    m_panel->setJourney(second);
    FeedbackTableModel *model = m_panel->model();
    QCOMPARE(model->query().journeyId, second);
    QCOMPARE(model->totalCount(), 0);
    QCOMPARE(widget<QLabel>("feedbackStatus")->text(), statusFor(0));
    // The touchpoint filter lists the new journey's stages.
    auto *scope = widget<QComboBox>("feedbackScope");
    const Id stageId = m_project->stageIds(second).first();
    QVERIFY(scope->findData(QVariant::fromValue<qint64>(stageId), Qt::UserRole + 1) > 0);
    QVERIFY(scope->findData(QVariant::fromValue<qint64>(m_project->stageIds(m_journeyId).first()),
                            Qt::UserRole + 1)
            < 0);
    m_panel->setJourney(m_journeyId);
    QCOMPARE(model->totalCount(), expected(journeyQuery()));
}

void tst_FeedbackPanel::sortsByHeader()
{
    FeedbackTableModel *model = m_panel->model();
    QCOMPARE(model->query().sortColumn, FeedbackQuery::Column::Id);
    QHeaderView *header = m_panel->view()->horizontalHeader();
    const int column = FeedbackTableModel::ScoreColumn;
    const QPoint pos(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                     header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(model->query().sortColumn, FeedbackQuery::Column::Score);
    const Qt::SortOrder first = model->query().order;
    auto score = [model](int row) {
        return model->index(row, FeedbackTableModel::ScoreColumn).data(Qt::EditRole);
    };
    // Rows in score order (no answer first when ascending, last when descending).
    for (int row = 1; row < 50; ++row) {
        const QVariant a = score(row - 1);
        const QVariant b = score(row);
        if (a.isValid() && b.isValid()) {
            QVERIFY(first == Qt::AscendingOrder ? a.toDouble() <= b.toDouble()
                                                : a.toDouble() >= b.toDouble());
        }
    }
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(model->query().sortColumn, FeedbackQuery::Column::Score);
    QVERIFY(model->query().order != first);
    // A third click clears the indicator: newest first again.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(model->query().sortColumn, FeedbackQuery::Column::Id);
    QCOMPARE(model->query().order, Qt::DescendingOrder);
}

void tst_FeedbackPanel::editScoreThroughDelegate()
{
    FeedbackTableModel *model = m_panel->model();
    QVERIFY(selectRow(widget<QComboBox>("feedbackMetric"), enumKey(Metric::Nps)) > 0);
    QVERIFY(model->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->response(r).score)
            row = r;
    }
    QVERIFY(row >= 0);
    const Feedback before = model->response(row);
    const int target = *before.score == 3 ? 4 : 3;
    QTableView *view = m_panel->view();
    const QModelIndex index = model->index(row, FeedbackTableModel::ScoreColumn);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QDoubleSpinBox *>();
    QVERIFY(editor);
    QCOMPARE(editor->minimum(), 0.0);
    QCOMPARE(editor->maximum(), 10.0);
    QCOMPARE(editor->value(), *before.score);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QString::number(target));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits once the editor has seen the key (a queued call).
    QUndoStack *stack = m_project->undoStack();
    QTRY_COMPARE(stack->count(), 1);
    QTRY_VERIFY(!view->findChild<QDoubleSpinBox *>());
    QCOMPARE(stack->undoText(),
             QCoreApplication::translate("Waymark::EditFeedbackCommand", "Edit response"));
    FeedbackQueryRepository repo(m_project->document());
    Feedback after = before;
    after.score = target;
    QCOMPARE(repo.responses({before.id}).value(0), after);
    QTRY_COMPARE(model->index(row, FeedbackTableModel::ScoreColumn).data(Qt::EditRole).toDouble(),
                 double(target));
    stack->undo();
    QCOMPARE(repo.responses({before.id}).value(0), before);
}

void tst_FeedbackPanel::deleteOneWithButton()
{
    FeedbackTableModel *model = m_panel->model();
    const qint64 before = model->totalCount();
    auto *remove = widget<QPushButton>("feedbackDelete");
    QVERIFY(!remove->isEnabled()); // nothing selected
    m_panel->view()->selectRow(2);
    QVERIFY(remove->isEnabled());
    const Id id = model->responseId(2);
    DialogAnswerer noQuestion(QStringLiteral("Delete"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!noQuestion.answered());
    QTRY_COMPARE(model->totalCount(), before - 1);
    QCOMPARE(widget<QLabel>("feedbackStatus")->text(), statusFor(before - 1));
    QCOMPARE(m_project->undoStack()->undoText(),
             QCoreApplication::translate("Waymark::RemoveFeedbackCommand", "Delete %n response(s)",
                                         nullptr, 1));
    FeedbackQueryRepository repo(m_project->document());
    QVERIFY(repo.responses({id}).isEmpty());
    m_project->undoStack()->undo();
    QCOMPARE(repo.responses({id}).size(), 1);
    QTRY_COMPARE(model->totalCount(), before);
}

void tst_FeedbackPanel::deleteSeveralAsks()
{
    FeedbackTableModel *model = m_panel->model();
    const qint64 before = model->totalCount();
    QTableView *view = m_panel->view();
    const QItemSelection rows(model->index(0, 0),
                              model->index(2, FeedbackTableModel::ColumnCount - 1));
    view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    const QList<Id> ids = {model->responseId(0), model->responseId(1), model->responseId(2)};
    {
        DialogAnswerer cancel(QStringLiteral("Cancel"));
        QTest::mouseClick(widget<QPushButton>("feedbackDelete"), Qt::LeftButton);
        QVERIFY(cancel.answered());
        QVERIFY(cancel.text().contains(QLatin1String("3")));
    }
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(model->totalCount(), before);
    {
        DialogAnswerer confirm(QStringLiteral("Delete"));
        QTest::mouseClick(widget<QPushButton>("feedbackDelete"), Qt::LeftButton);
        QVERIFY(confirm.answered());
    }
    QTRY_COMPARE(model->totalCount(), before - 3);
    FeedbackQueryRepository repo(m_project->document());
    QVERIFY(repo.responses(ids).isEmpty());
    QCOMPARE(m_project->undoStack()->count(), 1);
    // The Delete key does the same, with the table focused.
    view->setFocus();
    view->selectRow(0);
    const Id next = model->responseId(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE(model->totalCount(), before - 4);
    QVERIFY(repo.responses({next}).isEmpty());
    m_project->undoStack()->setIndex(0);
    QCOMPARE(repo.responses(ids).size(), 3);
    QTRY_COMPARE(model->totalCount(), before);
}

void tst_FeedbackPanel::addResponseThroughDialog()
{
    FeedbackTableModel *model = m_panel->model();
    const qint64 before = model->totalCount();
    auto *add = widget<QPushButton>("feedbackAdd");
    QVERIFY(add->isEnabled());
    const QString comment = QStringLiteral("Great help in the shop, thank you!");
    ResponseDialogFiller filler(4, comment);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(filler.answered());
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->undoText(),
             QCoreApplication::translate("Waymark::AddFeedbackCommand", "Add response"));
    QTRY_COMPARE(model->totalCount(), before + 1);
    // Newest first: the new response is the first row.
    const Feedback added = model->response(0);
    QCOMPARE(added.comment, comment);
    QCOMPARE(added.metric, Metric::Csat);
    QCOMPARE(added.score, std::optional<double>(4));
    QCOMPARE(added.scaleMin, 1);
    QCOMPARE(added.scaleMax, 5);
    QCOMPARE(added.segment, QStringLiteral("Walk-in"));
    QCOMPARE(added.journeyId, m_journeyId);
    QVERIFY(added.sentiment && *added.sentiment > 0);
    m_project->undoStack()->undo();
    QTRY_COMPARE(model->totalCount(), before);
}

void tst_FeedbackPanel::lockedProjectCannotBeEdited()
{
    FeedbackTableModel *model = m_panel->model();
    QTableView *view = m_panel->view();
    view->selectRow(0);
    QVERIFY(widget<QPushButton>("feedbackDelete")->isEnabled());
    m_project->setEditLock(QStringLiteral("Review mode is on."));
    QVERIFY(!m_project->isEditable());
    QVERIFY(!widget<QPushButton>("feedbackAdd")->isEnabled());
    QVERIFY(!widget<QPushButton>("feedbackDelete")->isEnabled());
    QCOMPARE(widget<QPushButton>("feedbackAdd")->toolTip(), QStringLiteral("Review mode is on."));
    QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    const QModelIndex score = model->index(0, FeedbackTableModel::CommentColumn);
    QVERIFY(!(model->flags(score) & Qt::ItemIsEditable));
    view->setFocus();
    view->setCurrentIndex(score);
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(!view->findChild<QLineEdit *>());
    QVERIFY(!model->setData(score, QStringLiteral("changed")));
    // The Delete key does nothing either.
    const qint64 count = model->totalCount();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(model->totalCount(), count);
    m_project->setEditLock({});
    QVERIFY(widget<QPushButton>("feedbackAdd")->isEnabled());
    QVERIFY(model->flags(score) & Qt::ItemIsEditable);
}

void tst_FeedbackPanel::refreshKeepsScrollPosition()
{
    FeedbackTableModel *model = m_panel->model();
    QScrollBar *bar = m_panel->view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 100);
    bar->setValue(100);
    const qint64 before = model->totalCount();
    // A change made elsewhere (an import, an undo): the rows are counted again, and the
    // table stays where the user was.
    QVERIFY(m_project->execute(new RemoveFeedbackCommand(*m_project, {model->responseId(0)})));
    QTRY_COMPARE(model->totalCount(), before - 1);
    QTRY_COMPARE(bar->value(), 100);
    // A new filter starts at the top.
    QVERIFY(selectRow(widget<QComboBox>("feedbackMetric"), enumKey(Metric::Csat)) > 0);
    QTRY_COMPARE(bar->value(), 0);
}

void tst_FeedbackPanel::closingProjectEmptiesPanel()
{
    m_panel->setProject(nullptr);
    QVERIFY(!m_panel->model());
    QVERIFY(!m_panel->view()->model());
    QCOMPARE(widget<QLabel>("feedbackStatus")->text(), statusFor(0));
    QVERIFY(!widget<QPushButton>("feedbackAdd")->isEnabled());
    QVERIFY(!widget<QPushButton>("feedbackDelete")->isEnabled());
    // Nothing refers to the project any more.
    m_project.reset();
    m_panel->showCards({1, 2});
    m_panel->setJourney(1);
    QCOMPARE(widget<QLabel>("feedbackStatus")->text(), statusFor(0));
}

QTEST_MAIN(tst_FeedbackPanel)

#include "tst_feedbackpanel.moc"
