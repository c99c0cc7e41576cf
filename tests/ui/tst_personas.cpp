// Personas on the map, driven offscreen through the main window with the sample project,
// whose three personas stand for the segments of the sample feedback: View → Scores on the
// Map → Scores For filters the badges, stage pills, the data curve, the heatmap and the
// charts to a persona's segments (values equal the engine's and, for one badge, the CSV's
// rows counted by hand); the choice survives switching journeys, falls back to all customers
// while its persona is deleted or lists no segments and returns on undo; personas checked in
// the Personas dock or in View → Persona Curves (the same choice) draw their emotion curves,
// each in its colour.

#include "canvas/emotionitems.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/personacurves.h"
#include "canvas/scoreoverlay.h"
#include "colorscheme.h"
#include "commands/editcommand.h"
#include "commands/plancommands.h"
#include "mainwindow.h"
#include "metrics/metricsengine.h"
#include "panels/chartspanel.h"
#include "panels/heatmapview.h"
#include "panels/personaspanel.h"
#include "personafilter.h"
#include "personafilterbar.h"
#include "project/project.h"
#include "projectworkspace.h"
#include "sampleproject.h"
#include "scoreformat.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Waymark;

namespace {

const QString SearchAds = QStringLiteral("Search ads & comparison sites");

} // namespace

class tst_Personas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filterChangesBadgesPillsAndCurve();
    void heatmapAndChartsFollow();
    void choiceSurvivesJourneySwitch();
    void personaWithoutSegmentsIsDisabled();
    void deletingPersonaResetsAndUndoRestores();
    void personaCurvesDrawnInTheirColours();

private:
    QMenu *scoresForMenu() const;
    QAction *scoresForAction(Id personaId) const;
    void choose(Id personaId);
    Id personaId(const QString &name) const;
    MetricFilter filterFor(const QString &personaName) const;
    void settle();

    QTemporaryDir m_dir;
    QString m_path;
    int m_copies = 0;
    MainWindow *m_window = nullptr;
    ProjectWorkspace *m_workspace = nullptr;
    Project *m_project = nullptr;
    MetricsEngine *m_engine = nullptr;
    Id m_journeyId = NoId;
    Id m_searchAds = NoId;
};

void tst_Personas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_personas"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sample.waymark"));
    QVERIFY(SampleProject::createSample(m_path));
    // Screenshots in the colour scheme WAYMARK_COLOR_SCHEME asks for.
    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR"))
        ColorScheme::applySaved();
}

void tst_Personas::init()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy%1.waymark").arg(++m_copies));
    QVERIFY(QFile::copy(m_path, copy));
    m_window = new MainWindow;
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->openFile(copy);
    QVERIFY(m_window->project());
    m_workspace = m_window->workspace();
    m_project = m_window->project();
    m_engine = m_workspace->metrics();
    m_journeyId = m_workspace->currentJourney();
    QCOMPARE(m_journeyId, m_project->journeys().first().id);
    m_searchAds = SampleProject::cardId(*m_project, SearchAds);
    QVERIFY(m_searchAds != NoId);
    // One metric for every badge, so that values are comparable with the CSV's CSAT rows.
    m_workspace->setScoreMetric(Metric::Csat);
    settle();
}

void tst_Personas::cleanup()
{
    if (m_window) {
        m_window->close();
        delete m_window;
        m_window = nullptr;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_Personas::settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QMenu *tst_Personas::scoresForMenu() const
{
    return m_window->findChild<QMenu *>(QStringLiteral("scoresForMenu"));
}

QAction *tst_Personas::scoresForAction(Id personaId) const
{
    QMenu *menu = scoresForMenu();
    if (!menu)
        return nullptr;
    const QString name = personaId == NoId ? QStringLiteral("scoresForAll")
                                           : QStringLiteral("scoresFor-%1").arg(personaId);
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// As a user does: View → Scores on the Map → Scores For → the persona.
void tst_Personas::choose(Id personaId)
{
    QAction *action = scoresForAction(personaId);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    settle();
}

Id tst_Personas::personaId(const QString &name) const
{
    for (const Persona &p : m_project->personas()) {
        if (p.name == name)
            return p.id;
    }
    return NoId;
}

MetricFilter tst_Personas::filterFor(const QString &personaName) const
{
    MetricFilter filter;
    filter.journeyId = m_journeyId;
    filter.segments = personaSegments(m_project->persona(personaId(personaName)));
    return filter;
}

void tst_Personas::filterChangesBadgesPillsAndCurve()
{
    ScoreOverlay *overlay = m_workspace->scoreOverlay();
    // Everyone: 24 of the 34 CSAT answers about the search ads are 4 or 5.
    QCOMPARE(overlay->badge(m_searchAds)->value(),
             ScoreFormat::tr("%1 %").arg(QStringLiteral("70.6")));
    QVERIFY(scoresForMenu());
    QVERIFY(scoresForMenu()->menuAction()->isEnabled());
    QVERIFY(scoresForAction(NoId)->isChecked());
    // All customers and the three personas of the sample.
    QCOMPARE(scoresForMenu()->actions().size() - 1, 1 + 3); // minus the separator

    const Id commuter = personaId(QStringLiteral("Commuter"));
    choose(commuter);
    QCOMPARE(m_workspace->personaFilter()->persona(), commuter);
    QVERIFY(scoresForAction(commuter)->isChecked());
    QVERIFY(!scoresForAction(NoId)->isChecked());
    // A bar above the map says whose scores these are.
    auto *bar = m_workspace->findChild<PersonaFilterBar *>();
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("“Commuter”")), qPrintable(bar->text()));

    // By hand from resources/templates/sample-feedback.csv: the commuters answered 5, 4, 4,
    // 3, 4, 3, 4, 5 about the search ads, 6 of 8 in the top two boxes.
    const MetricFilter filter = filterFor(QStringLiteral("Commuter"));
    const Score score = m_engine->cardScore(m_searchAds, Metric::Csat, filter);
    QCOMPARE(score.n, qint64(8));
    QCOMPARE(*score.value, 75.0);
    QCOMPARE(overlay->badge(m_searchAds)->value(), ScoreFormat::value(score));
    QCOMPARE(overlay->badge(m_searchAds)->value(),
             ScoreFormat::tr("%1 %").arg(QStringLiteral("75.0")));
    QVERIFY(overlay->badge(m_searchAds)->toolTip().contains(QStringLiteral("Commuter")));
    // Every touchpoint badge is the commuters' score.
    for (const Card &card : m_project->cards(m_journeyId)) {
        if (card.kind != CardKind::Touchpoint)
            continue;
        const Score s = m_engine->cardScore(card.id, Metric::Csat, filter);
        QCOMPARE(overlay->badge(card.id)->value(), ScoreFormat::value(s));
    }

    // Stage pills: the stage's score among the commuters, and the tooltip says so.
    JourneyScene *scene = m_workspace->scene();
    int pills = 0;
    for (const Stage &stage : m_project->stages(m_journeyId)) {
        StageHeaderItem *header = scene->stageHeader(stage.id);
        QVERIFY(header);
        const Score s = m_engine->stageScore(stage.id, Metric::Csat, filter);
        QCOMPARE(header->scoreText(), s.n > 0 ? ScoreFormat::value(s) : QString());
        QVERIFY2(header->toolTip().contains(
                     PersonaFilter::tr("for persona “%1”").arg(QStringLiteral("Commuter"))),
                 qPrintable(header->toolTip()));
        pills += s.n > 0 ? 1 : 0;
    }
    QVERIFY(pills >= 2);

    // The data curve is the commuters' and says so.
    const QList<EmotionCurveItem *> curves = scene->emotionCurves();
    QVERIFY(!curves.isEmpty());
    QVERIFY(curves.first()->hasDataCurve());
    QVERIFY2(curves.first()->dataLabel().contains(QStringLiteral("“Commuter”")),
             qPrintable(curves.first()->dataLabel()));

    // Back to all customers.
    // Back to all customers with the bar's button.
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("showAllCustomers")),
                      Qt::LeftButton);
    settle();
    QCOMPARE(m_workspace->personaFilter()->persona(), NoId);
    QVERIFY(!bar->isVisible());
    QVERIFY(scoresForAction(NoId)->isChecked());
    QCOMPARE(overlay->badge(m_searchAds)->value(),
             ScoreFormat::tr("%1 %").arg(QStringLiteral("70.6")));
    QVERIFY(!curves.first()->dataLabel().contains(QStringLiteral("Commuter")));
}

void tst_Personas::heatmapAndChartsFollow()
{
    const Id family = personaId(QStringLiteral("Family rider"));
    choose(family);
    const MetricFilter filter = filterFor(QStringLiteral("Family rider"));

    // Heatmap: every cell is the family riders' score of its stage and channel.
    QVERIFY(m_workspace->showTab(QStringLiteral("heatmap")));
    HeatmapModel *model = m_workspace->heatmap()->model();
    QHash<QPair<Id, QString>, Score> expected;
    for (const MetricsEngine::Cell &cell : m_engine->heatmap(Metric::Csat, filter))
        expected.insert({cell.stageId, cell.column}, cell.score);
    const QList<Id> stages = m_project->stageIds(m_journeyId);
    QCOMPARE(model->rowCount(), int(stages.size()));
    int cells = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const qint64 n = index.data(HeatmapModel::CountRole).toLongLong();
            if (n == 0)
                continue;
            ++cells;
            bool found = false;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (it.key().first == stages.at(row) && it->n == n
                    && it->value == index.data(HeatmapModel::ScoreValueRole).toDouble()) {
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(index.data(Qt::ToolTipRole).toString()));
        }
    }
    QVERIFY(cells >= 3);
    QVERIFY(m_workspace->heatmap()->title()->text().contains(QStringLiteral("“Family rider”")));

    // Charts: the answers counted are the family riders'.
    auto *charts = m_window->findChild<ChartsPanel *>();
    QVERIFY(charts);
    QCOMPARE(charts->metric(), Metric::Csat);
    QVERIFY(charts->scopeLabel()->text().contains(QStringLiteral("“Family rider”")));
    double bars = 0;
    for (QAbstractSeries *series : charts->distributionChart()->series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : barSeries->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    bars += set->at(i);
            }
        }
    }
    const qint64 familyN = m_engine->total(Metric::Csat, filter).n;
    MetricFilter everyone;
    everyone.journeyId = m_journeyId;
    QVERIFY(familyN > 0 && familyN < m_engine->total(Metric::Csat, everyone).n);
    QCOMPARE(qint64(bars), familyN);

    choose(NoId);
    QVERIFY(!charts->scopeLabel()->text().contains(QStringLiteral("Family rider")));
    QVERIFY(!m_workspace->heatmap()->title()->text().contains(QStringLiteral("Family rider")));
}

void tst_Personas::choiceSurvivesJourneySwitch()
{
    const Id sport = personaId(QStringLiteral("Sport cyclist"));
    choose(sport);
    const Id future = m_project->journeys().at(1).id;
    m_workspace->setCurrentJourney(future);
    settle();
    QCOMPARE(m_workspace->personaFilter()->persona(), sport);
    m_workspace->setCurrentJourney(m_journeyId);
    settle();
    QCOMPARE(m_workspace->personaFilter()->persona(), sport);
    QVERIFY(scoresForAction(sport)->isChecked());
    const Score score = m_engine->cardScore(m_searchAds, Metric::Csat,
                                            filterFor(QStringLiteral("Sport cyclist")));
    QCOMPARE(m_workspace->scoreOverlay()->badge(m_searchAds)->value(), ScoreFormat::value(score));
}

void tst_Personas::personaWithoutSegmentsIsDisabled()
{
    const Id family = personaId(QStringLiteral("Family rider"));
    choose(family);
    Persona edited = m_project->persona(family);
    edited.segments.clear();
    QVERIFY(m_project->execute(new EditPersonaCommand(*m_project, edited)));
    settle();
    // Listed, disabled, and says why; the scores fall back to all customers.
    QAction *action = scoresForAction(family);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("no feedback segments")));
    QCOMPARE(m_workspace->personaFilter()->persona(), NoId);
    QVERIFY(scoresForAction(NoId)->isChecked());
    QCOMPARE(m_workspace->scoreOverlay()->badge(m_searchAds)->value(),
             ScoreFormat::tr("%1 %").arg(QStringLiteral("70.6")));

    m_project->undoStack()->undo();
    settle();
    QVERIFY(scoresForAction(family)->isEnabled());
    QCOMPARE(m_workspace->personaFilter()->persona(), family);
}

void tst_Personas::deletingPersonaResetsAndUndoRestores()
{
    const Id commuter = personaId(QStringLiteral("Commuter"));
    choose(commuter);
    const QString commuters = ScoreFormat::tr("%1 %").arg(QStringLiteral("75.0"));
    QCOMPARE(m_workspace->scoreOverlay()->badge(m_searchAds)->value(), commuters);

    QVERIFY(m_project->execute(new RemovePersonaCommand(*m_project, commuter)));
    settle();
    QCOMPARE(m_project->persona(commuter).id, NoId);
    QCOMPARE(m_workspace->personaFilter()->persona(), NoId);
    QVERIFY(!scoresForAction(commuter));
    QVERIFY(scoresForAction(NoId)->isChecked());
    QCOMPARE(m_workspace->scoreOverlay()->badge(m_searchAds)->value(),
             ScoreFormat::tr("%1 %").arg(QStringLiteral("70.6")));
    QVERIFY(!m_workspace->heatmap()->title()->text().contains(QStringLiteral("Commuter")));

    m_project->undoStack()->undo();
    settle();
    QCOMPARE(m_project->persona(commuter).name, QStringLiteral("Commuter"));
    QCOMPARE(m_workspace->personaFilter()->persona(), commuter);
    QVERIFY(scoresForAction(commuter)->isChecked());
    QCOMPARE(m_workspace->scoreOverlay()->badge(m_searchAds)->value(), commuters);

    // A choice made after the deletion wins over the undo.
    QVERIFY(m_project->execute(new RemovePersonaCommand(*m_project, commuter)));
    settle();
    choose(personaId(QStringLiteral("Sport cyclist")));
    m_project->undoStack()->undo();
    settle();
    QCOMPARE(m_workspace->personaFilter()->persona(), personaId(QStringLiteral("Sport cyclist")));
}

void tst_Personas::personaCurvesDrawnInTheirColours()
{
    auto *panel = m_window->findChild<PersonasPanel *>();
    QVERIFY(panel);
    PersonaCurves *curves = m_workspace->personaCurves();
    const int lanes = int(m_workspace->scene()->emotionCurves().size());
    QVERIFY(lanes >= 1);
    QVERIFY(curves->items().isEmpty());

    // Check two personas in the Personas dock, as a user does.
    const QList<Id> chosen
        = {personaId(QStringLiteral("Commuter")), personaId(QStringLiteral("Sport cyclist"))};
    for (int i = 0; i < panel->list()->count(); ++i) {
        QListWidgetItem *item = panel->list()->item(i);
        if (chosen.contains(item->data(Qt::UserRole + 1).value<Id>()))
            item->setCheckState(Qt::Checked);
    }
    settle();
    QCOMPARE(curves->personas(), chosen);
    const QList<PersonaCurveItem *> items = curves->items();
    QCOMPARE(int(items.size()), int(chosen.size()) * lanes);
    for (PersonaCurveItem *item : items) {
        const Persona persona = m_project->persona(item->personaId());
        QVERIFY(chosen.contains(persona.id));
        QCOMPARE(item->color(), persona.color);
        // One point per stage with answers of the persona, each the normalised stage mean.
        MetricFilter filter = filterFor(persona.name);
        int stagesWithData = 0;
        for (Id stageId : m_project->stageIds(m_journeyId))
            stagesWithData += m_engine->stageScore(stageId, Metric::Csat, filter).mean ? 1 : 0;
        QCOMPARE(int(item->points().size()), stagesWithData);
        for (const QPointF &p : item->points())
            QVERIFY(p.y() >= -2 && p.y() <= 2);
    }
    // The colours differ, so the curves can be told apart.
    QVERIFY(m_project->persona(chosen.first()).color != m_project->persona(chosen.last()).color);

    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR")) {
        choose(personaId(QStringLiteral("Commuter")));
        const QList<EmotionCurveItem *> lanesItems = m_workspace->scene()->emotionCurves();
        m_workspace->view()->centerOn(lanesItems.first());
        settle();
        const QString dark = qEnvironmentVariable("WAYMARK_COLOR_SCHEME");
        m_window->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")
                              + QStringLiteral("/personas-%1.png")
                                    .arg(dark.isEmpty() ? QStringLiteral("default") : dark));
        QVERIFY(m_workspace->showTab(QStringLiteral("heatmap")));
        m_window->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")
                              + QStringLiteral("/personas-heatmap.png"));
        QVERIFY(m_workspace->showTab(QStringLiteral("map")));
        for (QMenu *menu :
             {scoresForMenu(), m_window->findChild<QMenu *>(QStringLiteral("personaCurvesMenu"))}) {
            menu->popup(QPoint(100, 100));
            settle();
            menu->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR") + QLatin1Char('/')
                              + menu->objectName() + QStringLiteral(".png"));
            menu->hide();
        }
    }

    // View → Persona Curves shows the same choice and changes it; the dock follows.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("personaCurvesMenu"));
    QVERIFY(menu);
    const Id family = personaId(QStringLiteral("Family rider"));
    QAction *familyAction = nullptr;
    for (QAction *action : menu->actions()) {
        QCOMPARE(action->isChecked(), chosen.contains(action->data().value<Id>()));
        if (action->data().value<Id>() == family)
            familyAction = action;
    }
    QVERIFY(familyAction);
    familyAction->trigger();
    settle();
    QCOMPARE(curves->personas().size(), 3);
    QCOMPARE(int(curves->items().size()), 3 * lanes);
    QCOMPARE(panel->shownOnMap().size(), 3);
    bool familyChecked = false;
    for (int i = 0; i < panel->list()->count(); ++i) {
        const QListWidgetItem *item = panel->list()->item(i);
        if (item->data(Qt::UserRole + 1).value<Id>() == family)
            familyChecked = item->checkState() == Qt::Checked;
    }
    QVERIFY(familyChecked);
    familyAction->trigger();
    settle();
    QCOMPARE(curves->personas(), chosen);
    QCOMPARE(panel->shownOnMap(), chosen);

    // Unchecked: gone.
    for (int i = 0; i < panel->list()->count(); ++i)
        panel->list()->item(i)->setCheckState(Qt::Unchecked);
    settle();
    QVERIFY(curves->personas().isEmpty());
    QVERIFY(curves->items().isEmpty());
    for (QAction *action : menu->actions())
        QVERIFY(!action->isChecked());
}

QTEST_MAIN(tst_Personas)

#include "tst_personas.moc"
