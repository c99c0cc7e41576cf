// Goals, the improvement plan, personas and the dashboard driven through their widgets,
// offscreen: a goal on a metric without responses shows "No data" (never 0) and one with
// responses its value; dragging an action on the board changes its status (undoable) and
// dragging within a column reorders the plan; "Create Action from Pain Point" makes an
// action linked to the card and opens the editor; deleting a card with attachments asks
// (Keep / Delete / Cancel) and undo restores everything; a picture that is not an image is
// refused with a sentence; the dashboard shows the headline scores, or its empty state.

#include "uitestutil.h"

#include "canvas/canvascontroller.h"
#include "canvas/carditem.h"
#include "canvas/emotionitems.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/markeroverlay.h"
#include "canvas/personacurves.h"
#include "commands/editcommand.h"
#include "commands/plancommands.h"
#include "dialogs/actiondialog.h"
#include "dialogs/comparedialog.h"
#include "dialogs/goaldialog.h"
#include "dialogs/personadialog.h"
#include "mainwindow.h"
#include "metrics/goalprogress.h"
#include "metrics/metricsengine.h"
#include "panels/actionspanel.h"
#include "panels/dashboardview.h"
#include "panels/goalspanel.h"
#include "panels/personaspanel.h"
#include "personafilter.h"
#include "project/project.h"
#include "projectworkspace.h"
#include "recentfiles.h"
#include "sampleproject.h"
#include "scoreformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Waymark;

namespace {

// Runs `fill` on the next modal dialog of type D, then accepts it.
template<typename D>
class DialogFiller : public QObject
{
public:
    explicit DialogFiller(std::function<void(D *)> fill)
        : m_fill(std::move(fill))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            m_fill(dialog);
            m_answered = true;
            dialog->template findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    std::function<void(D *)> m_fill;
    QTimer m_timer;
    bool m_answered = false;
};

// Drops an action on a board column at a point, as a drag from another column would.
void dropOn(ActionBoardColumn *column, Id actionId, const QPoint &pos)
{
    QMimeData data;
    data.setData(ActionBoardColumn::mimeType(), QByteArray::number(actionId));
    QDragEnterEvent enter(pos, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(column->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(column->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(column->viewport(), &drop);
    QCoreApplication::processEvents(); // the panel handles drops queued
}

} // namespace

class tst_PlanPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void goalsShowNoDataAndValues();
    void boardDragChangesStatusAndOrder();
    void actionFromPainPointOpensEditor();
    void deletingCardWithAttachmentsAsks();
    void personaPictureAndEditor();
    void dashboardShowsScoresOrEmptyState();
    void futureStateComparison();

private:
    MainWindow *openSample(const QString &name);
    QTemporaryDir m_dir;
};

void tst_PlanPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planpanels"));
    RecentFiles::instance().clear();
    QSettings().setValue(QStringLiteral("review/name"), QStringLiteral("Paul Planner"));
    QVERIFY(m_dir.isValid());
}

void tst_PlanPanels::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<MainWindow *>(w))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

MainWindow *tst_PlanPanels::openSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!SampleProject::createSample(path))
        return nullptr;
    auto *window = new MainWindow;
    window->show();
    window->openFile(path);
    return window->project() ? window : nullptr;
}

void tst_PlanPanels::goalsShowNoDataAndValues()
{
    MainWindow *window = openSample(QStringLiteral("goals.waymark"));
    QVERIFY(window);
    Project *project = window->project();
    auto *panel = window->findChild<GoalsPanel *>();
    QTableWidget *table = panel->table();
    const int before = table->rowCount();
    const Id journey = window->workspace()->currentJourney();
    const Id stage
        = SampleProject::stageId(*project, journey, QStringLiteral("Purchase & Service"));

    // The sample has no "rating" responses: no data, never 0.
    {
        DialogFiller<GoalDialog> filler([](GoalDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("goalTitle"))
                ->setText(QStringLiteral("Rating goal"));
            auto *metric = d->findChild<QComboBox *>(QStringLiteral("goalMetric"));
            metric->setCurrentIndex(metric->findData(int(Metric::Rating)));
            d->findChild<QDoubleSpinBox *>(QStringLiteral("goalValue"))->setValue(4);
            d->findChild<QLineEdit *>(QStringLiteral("goalDue"))->setText(QStringLiteral("2027"));
        });
        panel->findChild<QToolButton *>(QStringLiteral("newGoal"))->click();
        QVERIFY(filler.answered());
    }
    {
        DialogFiller<GoalDialog> filler([stage](GoalDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("goalTitle"))
                ->setText(QStringLiteral("CSAT goal"));
            auto *scope = d->findChild<QComboBox *>(QStringLiteral("goalScope"));
            scope->setCurrentIndex(scope->findData(int(TargetKind::Stage)));
            auto *target = d->findChild<QComboBox *>(QStringLiteral("goalTarget"));
            target->setCurrentIndex(target->findData(stage));
            auto *metric = d->findChild<QComboBox *>(QStringLiteral("goalMetric"));
            metric->setCurrentIndex(metric->findData(int(Metric::Csat)));
            d->findChild<QDoubleSpinBox *>(QStringLiteral("goalValue"))->setValue(80);
            d->findChild<QLineEdit *>(QStringLiteral("goalDue"))
                ->setText(QStringLiteral("2027-Q2"));
        });
        panel->findChild<QToolButton *>(QStringLiteral("newGoal"))->click();
        QVERIFY(filler.answered());
    }
    QCoreApplication::processEvents();
    QCOMPARE(table->rowCount(), before + 2);
    auto rowOf = [table](const QString &title) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, GoalsPanel::Title)->text() == title)
                return r;
        }
        return -1;
    };
    const int ratingRow = rowOf(QStringLiteral("Rating goal"));
    QVERIFY(ratingRow >= 0);
    QCOMPARE(table->item(ratingRow, GoalsPanel::Current)->text(), QStringLiteral("no data"));
    QCOMPARE(table->item(ratingRow, GoalsPanel::Status)->text(), QStringLiteral("No data"));
    QVERIFY(!table->item(ratingRow, GoalsPanel::Status)->toolTip().isEmpty()); // the rule

    const int csatRow = rowOf(QStringLiteral("CSAT goal"));
    QVERIFY(csatRow >= 0);
    Goal csat;
    for (const Goal &g : project->goals(journey)) {
        if (g.title == QStringLiteral("CSAT goal"))
            csat = g;
    }
    QCOMPARE(csat.scope, TargetKind::Stage);
    QCOMPARE(csat.targetId, stage);
    QCOMPARE(csat.due, QStringLiteral("2027-Q2"));
    GoalProgressCalculator calculator(*project, *window->workspace()->metrics());
    const GoalProgress progress = calculator.progress(csat);
    QVERIFY(progress.current.has_value());
    QVERIFY(progress.n > 0);
    QVERIFY(table->item(csatRow, GoalsPanel::Current)
                ->text()
                .startsWith(GoalProgressCalculator::formatValue(Metric::Csat, *progress.current)));
    QCOMPARE(table->item(csatRow, GoalsPanel::Count)->text(), QString::number(progress.n));
    QCOMPARE(table->item(csatRow, GoalsPanel::Status)->text(),
             GoalProgressCalculator::statusLabel(progress.status));
    QCOMPARE(table->item(csatRow, GoalsPanel::Status)->toolTip(), progress.rule);

    // The stage header flags the goal on the map.
    window->workspace()->markers()->refresh();
    MarkerItem *marker = window->workspace()->markers()->stageMarker(stage);
    QVERIFY(marker && marker->chip(MarkerItem::Kind::Goal));

    // Undo removes the goal from the table.
    project->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(rowOf(QStringLiteral("CSAT goal")), -1);
}

void tst_PlanPanels::boardDragChangesStatusAndOrder()
{
    MainWindow *window = openSample(QStringLiteral("board.waymark"));
    QVERIFY(window);
    Project *project = window->project();
    const Id journey = window->workspace()->currentJourney();
    auto *panel = window->findChild<ActionsPanel *>();
    panel->showBoard(true);
    auto add = [&](const QString &title, ActionStatus status) {
        Action a;
        a.journeyId = journey;
        a.title = title;
        a.status = status;
        auto *command = new AddActionCommand(*project, a);
        project->execute(command);
        return command->insertedId();
    };
    const Id first = add(QStringLiteral("Board test A"), ActionStatus::Idea);
    const Id second = add(QStringLiteral("Board test B"), ActionStatus::Planned);
    QVERIFY(first != NoId && second != NoId);
    ActionBoardColumn *planned = panel->column(ActionStatus::Planned);
    QVERIFY(planned);
    const int plannedBefore = planned->count();

    // From Idea to the end of Planned: one undoable status change.
    planned->scrollToBottom();
    const QRect last = planned->visualItemRect(planned->item(planned->count() - 1));
    dropOn(planned, first, QPoint(20, last.bottom() - 2));
    QCOMPARE(project->action(first).status, ActionStatus::Planned);
    QCOMPARE(planned->count(), plannedBefore + 1);
    QVERIFY(project->undoStack()->undoText().contains(QStringLiteral("Board test A")));
    project->undoStack()->undo();
    QCOMPARE(project->action(first).status, ActionStatus::Idea);
    project->undoStack()->redo();
    QCOMPARE(project->action(first).status, ActionStatus::Planned);

    // Within Planned: A dropped on top of the column goes first in the plan's order.
    QList<Id> plannedIds;
    for (const Action &a : project->actions(journey)) {
        if (a.status == ActionStatus::Planned)
            plannedIds.append(a.id);
    }
    QCOMPARE(plannedIds.last(), first);
    planned->scrollToTop();
    const QRect top = planned->visualItemRect(planned->item(0));
    dropOn(planned, first, QPoint(20, top.top() + 2));
    QList<Id> after;
    for (const Action &a : project->actions(journey)) {
        if (a.status == ActionStatus::Planned)
            after.append(a.id);
    }
    QCOMPARE(after.first(), first);
    QCOMPARE(planned->item(0)->text(), QStringLiteral("Board test A"));
    project->undoStack()->undo();
    after.clear();
    for (const Action &a : project->actions(journey)) {
        if (a.status == ActionStatus::Planned)
            after.append(a.id);
    }
    QCOMPARE(after, plannedIds);

    // Overdue actions are flagged in the table.
    Action late = project->action(second);
    late.due = QDate::currentDate().addDays(-3);
    project->execute(new EditActionCommand(*project, late));
    panel->showBoard(false);
    QTableWidget *table = panel->table();
    bool flagged = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("Board test B")) {
            flagged = table->item(r, 3)->text().contains(QStringLiteral("overdue"))
                      && table->item(r, 3)->toolTip().startsWith(QStringLiteral("Overdue"));
        }
    }
    QVERIFY(flagged);
}

void tst_PlanPanels::actionFromPainPointOpensEditor()
{
    MainWindow *window = openSample(QStringLiteral("frompain.waymark"));
    QVERIFY(window);
    Project *project = window->project();
    const Id cardId = SampleProject::cardId(*project, QStringLiteral("Delivery slot changed"));
    QVERIFY(cardId != NoId);
    const qsizetype before = project->actions().size();
    window->workspace()->view()->controller()->selectCards({cardId});
    QAction *fromCard = window->findChild<QAction *>(QStringLiteral("actionFromCard"));
    QVERIFY(fromCard->isEnabled());
    {
        DialogFiller<ActionDialog> filler([](ActionDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("actionOwner"))
                ->setText(QStringLiteral("Logistics"));
        });
        fromCard->trigger();
        QVERIFY(filler.answered());
    }
    QCOMPARE(project->actions().size(), before + 1);
    const Action action = project->actions().last();
    QCOMPARE(action.cardIds, QList<Id>{cardId});
    QCOMPARE(action.owner, QStringLiteral("Logistics"));
    QCOMPARE(action.status, ActionStatus::Idea);
    QVERIFY(project->hasOpenActions(cardId));
    window->workspace()->markers()->refresh();
    MarkerItem *marker = window->workspace()->markers()->cardMarker(cardId);
    QVERIFY(marker && marker->chip(MarkerItem::Kind::Actions));
    // Two steps: the creation and the edit in the editor.
    project->undoStack()->undo();
    QCOMPARE(project->action(action.id).owner, QString());
    project->undoStack()->undo();
    QVERIFY(!project->hasAction(action.id));
}

void tst_PlanPanels::deletingCardWithAttachmentsAsks()
{
    MainWindow *window = openSample(QStringLiteral("deletecard.waymark"));
    QVERIFY(window);
    Project *project = window->project();
    const Id journey = window->workspace()->currentJourney();
    const Id cardId = SampleProject::cardId(*project, QStringLiteral("Long hold times"));
    QVERIFY(cardId != NoId);
    Action a;
    a.journeyId = journey;
    a.title = QStringLiteral("Call-back pilot");
    a.cardIds = {cardId};
    auto *add = new AddActionCommand(*project, a);
    QVERIFY(project->execute(add));
    const Id actionId = add->insertedId();
    Comment c;
    c.journeyId = journey;
    c.targetKind = TargetKind::Card;
    c.targetId = cardId;
    c.text = QStringLiteral("Budget?");
    auto *comment = new AddCommentCommand(*project, c);
    QVERIFY(project->execute(comment));
    const Id commentId = comment->createdId();
    CanvasController *controller = window->workspace()->view()->controller();

    // Cancel: nothing happens.
    controller->selectCards({cardId});
    {
        DialogAnswerer answer(QStringLiteral("Cancel"));
        controller->deleteSelection();
        QVERIFY(answer.answered());
        QVERIFY(answer.text().contains(QStringLiteral("attached")));
        QVERIFY(answer.buttons().join(QLatin1Char(' ')).contains(QStringLiteral("Keep Them")));
    }
    QVERIFY(project->hasCard(cardId));

    // Keep them: the action stays (unlinked), the comment moves to the stage.
    {
        DialogAnswerer answer(QStringLiteral("Keep Them"));
        controller->deleteSelection();
        QVERIFY(answer.answered());
    }
    QVERIFY(!project->hasCard(cardId));
    QVERIFY(project->hasAction(actionId));
    QVERIFY(!project->action(actionId).cardIds.contains(cardId));
    QCOMPARE(project->comment(commentId).targetKind, TargetKind::Stage);
    project->undoStack()->undo();
    QVERIFY(project->hasCard(cardId));
    QCOMPARE(project->action(actionId).cardIds, QList<Id>{cardId});
    QCOMPARE(project->comment(commentId).targetKind, TargetKind::Card);

    // Delete them: the action (only about this card) and the comment go; undo restores.
    controller->selectCards({cardId});
    {
        DialogAnswerer answer(QStringLiteral("Delete Them"));
        controller->deleteSelection();
        QVERIFY(answer.answered());
    }
    QVERIFY(!project->hasCard(cardId));
    QVERIFY(!project->hasAction(actionId));
    QVERIFY(!project->hasComment(commentId));
    project->undoStack()->undo();
    QVERIFY(project->hasCard(cardId));
    QCOMPARE(project->action(actionId).cardIds, QList<Id>{cardId});
    QCOMPARE(project->comment(commentId).text, QStringLiteral("Budget?"));
}

void tst_PlanPanels::personaPictureAndEditor()
{
    MainWindow *window = openSample(QStringLiteral("personas.waymark"));
    QVERIFY(window);
    Project *project = window->project();

    // Not an image: refused with a sentence in a dialog.
    const QString text = m_dir.filePath(QStringLiteral("notes.png"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not pixels");
    }
    const QString png = m_dir.filePath(QStringLiteral("face.png"));
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(png));
    }
    PersonaDialog dialog(Persona(), window);
    {
        DialogAnswerer answer(QStringLiteral("OK"));
        QVERIFY(!dialog.loadPicture(text));
        QVERIFY(answer.answered());
        QVERIFY(!answer.text().isEmpty());
        QCOMPARE(answer.text(), dialog.pictureError());
    }
    QVERIFY(dialog.persona().picture.isEmpty());
    // 50 MB and more: refused before anything is decoded (a sparse file costs no disk).
    const QString huge = m_dir.filePath(QStringLiteral("huge.png"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(51LL * 1024 * 1024));
    }
    {
        DialogAnswerer answer(QStringLiteral("OK"));
        QVERIFY(!dialog.loadPicture(huge));
        QVERIFY(answer.answered());
        QVERIFY(!answer.text().isEmpty());
        QVERIFY(answer.text() != dialog.persona().name);
    }
    QFile::remove(huge);
    QVERIFY(dialog.loadPicture(png));
    QVERIFY(!dialog.persona().picture.isEmpty());

    // The panel adds a persona through its editor.
    auto *panel = window->findChild<PersonasPanel *>();
    const qsizetype before = project->personas().size();
    {
        DialogFiller<PersonaDialog> filler([png](PersonaDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("personaName"))
                ->setText(QStringLiteral("Student Sam"));
            d->findChild<QLineEdit *>(QStringLiteral("personaQuote"))
                ->setText(QStringLiteral("Cheap and cheerful."));
            d->findChild<QLineEdit *>(QStringLiteral("personaSegments"))
                ->setText(QStringLiteral("Student, Budget"));
            d->loadPicture(png);
        });
        panel->findChild<QToolButton *>(QStringLiteral("newPersona"))->click();
        QVERIFY(filler.answered());
    }
    QCOMPARE(project->personas().size(), before + 1);
    const Persona sam = project->personas().last();
    QCOMPARE(sam.name, QStringLiteral("Student Sam"));
    QCOMPARE(sam.segments, (QStringList{QStringLiteral("Student"), QStringLiteral("Budget")}));
    QVERIFY(!sam.picture.isEmpty());
    bool listed = false;
    for (int i = 0; i < panel->list()->count(); ++i)
        listed = listed || panel->list()->item(i)->text().startsWith(QStringLiteral("Student Sam"));
    QVERIFY(listed);

    // Checking personas shows their emotion curves on the map, each in its colour.
    QList<Id> withData;
    for (int i = 0; i < panel->list()->count(); ++i) {
        QListWidgetItem *item = panel->list()->item(i);
        const Id id = item->data(Qt::UserRole + 1).value<Id>();
        if (project->persona(id).name != QStringLiteral("Student Sam")) {
            item->setCheckState(Qt::Checked);
            withData.append(id);
        }
    }
    QVERIFY(withData.size() >= 2);
    QCOMPARE(panel->shownOnMap(), withData);
    PersonaCurves *curves = window->workspace()->personaCurves();
    QCOMPARE(curves->personas(), withData);
    const QList<PersonaCurveItem *> items = curves->items();
    QVERIFY(!items.isEmpty());
    QSet<Id> drawn;
    for (PersonaCurveItem *item : items) {
        QVERIFY(!item->points().isEmpty());
        for (const QPointF &p : item->points())
            QVERIFY(p.y() >= -2 && p.y() <= 2);
        drawn.insert(item->personaId());
    }
    QCOMPARE(drawn.size(), withData.size());
    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR")) {
        window->resize(1600, 1000);
        const QList<EmotionCurveItem *> lanes = window->workspace()->scene()->emotionCurves();
        if (!lanes.isEmpty())
            window->workspace()->view()->centerOn(lanes.first());
        window->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")
                            + QStringLiteral("/persona-curves.png"));
    }
}

void tst_PlanPanels::dashboardShowsScoresOrEmptyState()
{
    MainWindow *window = openSample(QStringLiteral("dashboard.waymark"));
    QVERIFY(window);
    Project *project = window->project();
    QVERIFY(window->workspace()->showTab(QStringLiteral("dashboard")));
    DashboardView *dashboard = window->workspace()->dashboard();
    QVERIFY(dashboard->isVisible());
    dashboard->refresh();
    auto *csat = dashboard->findChild<QLabel *>(QStringLiteral("headline-csat"));
    QVERIFY(csat);
    MetricFilter filter;
    filter.journeyId = window->workspace()->currentJourney();
    QCOMPARE(csat->text(),
             ScoreFormat::value(window->workspace()->metrics()->total(Metric::Csat, filter)));
    QVERIFY(dashboard->findChild<Sparkline *>(QStringLiteral("sparkline-csat")));
    QVERIFY(!dashboard->findChild<QLabel *>(QStringLiteral("dashboardEmpty")));

    // Filtered for one persona, the headline is that persona's segments' score.
    Persona commuter;
    for (const Persona &p : project->personas()) {
        if (PersonaFilter::canFilter(p) && commuter.id == NoId)
            commuter = p;
    }
    QVERIFY(commuter.id != NoId);
    window->workspace()->personaFilter()->setPersona(commuter.id);
    dashboard->refresh();
    MetricFilter personaOnly = filter;
    personaOnly.segments = personaSegments(commuter);
    csat = dashboard->findChild<QLabel *>(QStringLiteral("headline-csat"));
    QVERIFY(csat);
    QCOMPARE(csat->text(),
             ScoreFormat::value(window->workspace()->metrics()->total(Metric::Csat, personaOnly)));
    QVERIFY(dashboard->findChild<QLabel *>(QStringLiteral("dashboardTitle"))
                ->text()
                .contains(commuter.name));
    window->workspace()->personaFilter()->setPersona(NoId);
    dashboard->refresh();
    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR")) {
        dashboard->setParent(nullptr);
        dashboard->resize(1400, 1150);
        dashboard->show();
        dashboard->refresh();
        dashboard->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")
                               + QStringLiteral("/dashboard-full.png"));
        window->workspace()->tabs()->addTab(dashboard, QStringLiteral("Dashboard"));
    }

    // A project without feedback says how to get some.
    const QString path = m_dir.filePath(QStringLiteral("empty.waymark"));
    QFile::remove(path);
    MapData map;
    QString error;
    QVERIFY(Templates::load(Templates::defaultName(), &map, &error));
    DocumentError docError;
    auto empty = Project::create(path, map, &docError);
    QVERIFY(empty);
    auto *second = new MainWindow;
    second->show();
    second->showProject(std::move(empty));
    QVERIFY(second->workspace()->showTab(QStringLiteral("dashboard")));
    second->workspace()->dashboard()->refresh();
    auto *label
        = second->workspace()->dashboard()->findChild<QLabel *>(QStringLiteral("dashboardEmpty"));
    QVERIFY(label);
    QVERIFY(label->text().startsWith(QStringLiteral("No feedback yet")));
}

void tst_PlanPanels::futureStateComparison()
{
    MainWindow *window = openSample(QStringLiteral("future.waymark"));
    QVERIFY(window);
    Project *project = window->project();
    const Id current = project->journeys().first().id;
    window->workspace()->setCurrentJourney(current);
    const qsizetype journeys = project->journeys().size();
    QAction *duplicate = window->findChild<QAction *>(QStringLiteral("duplicateFuture"));
    QVERIFY(duplicate && duplicate->isEnabled());
    duplicate->trigger();
    QCOMPARE(project->journeys().size(), journeys + 1);
    const Id future = window->workspace()->currentJourney();
    QVERIFY(future != current);
    QCOMPARE(project->journey(future).state, JourneyState::Future);
    QCOMPARE(project->journey(future).sourceJourneyId, current);

    // Rework the future state: rename nothing, change a card's emotion, delete another.
    const QList<Card> cards = project->cards(future);
    Card better = cards.at(5);
    better.emotion = 2;
    QVERIFY(project->execute(new EditCardCommand(*project, better)));
    QAction *compare = window->findChild<QAction *>(QStringLiteral("compareStates"));
    QVERIFY(compare->isEnabled());
    compare->trigger();
    auto *dialog = window->findChild<CompareDialog *>();
    QVERIFY(dialog);
    bool changed = false;
    for (int i = 0; i < dialog->changes()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->changes()->topLevelItem(i);
        if (item->text(1) == better.title.simplified()
            && item->text(0) == QStringLiteral("Changed"))
            changed = item->text(3).contains(QStringLiteral("emotion"));
    }
    QVERIFY(changed);
    QVERIFY(dialog->findChild<EmotionCompareChart *>());
    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")
                            + QStringLiteral("/compare.png"));
    dialog->close();
}

QTEST_MAIN(tst_PlanPanels)
#include "tst_planpanels.moc"
