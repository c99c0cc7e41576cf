// Canvas benchmark: a 2,000-card journey, built through the JSON map format, shown in a
// JourneyScene on a 1920x1080 JourneyView. Measures what DESIGN.md section 7 budgets:
// loading the journey into the scene, a full repaint (at 100 % and zoomed out to fit, where
// the cards draw at a lower level of detail), and moving one card to another cell. Prints
// a report; exits 0 unless the setup is broken (timings never fail it).

#include "canvas/canvascontroller.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "io/jsonmapreader.h"
#include "project/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Waymark;

namespace {

constexpr int CardCount = 2000;
constexpr int StageCount = 16;
constexpr int Runs = 30;

const char *const LaneKinds[]
    = {"customer_actions", "touchpoints",   "channels",   "thoughts",  "emotion_curve",
       "pain_points",      "opportunities", "frontstage", "backstage", "support_processes"};
const char *const CardKinds[] = {"action",     "touchpoint",  "touchpoint", "thought", "thought",
                                 "pain_point", "opportunity", "process",    "process", "process"};
const char *const Channels[] = {"", "web", "app", "store", "email", "phone", "chat", "social"};
const char *const Words[]
    = {"Compares", "prices", "online", "asks",     "a",       "friend",  "about",  "the",
       "bike",     "waits",  "for",    "delivery", "support", "answers", "slowly", "invoice",
       "arrives",  "late",   "test",   "ride",     "in",      "the",     "store",  "app"};

QString title(int i)
{
    QStringList words;
    const int count = 2 + (i * 7) % 9;
    for (int w = 0; w < count; ++w)
        words.append(QLatin1String(Words[(i * 5 + w * 3) % std::size(Words)]));
    return words.join(QLatin1Char(' '));
}

// The JSON map text of one journey with CardCount cards spread over the cells: a few points
// per stage on the emotion curve, the rest stacked in the other lanes; every other card is
// connected to its neighbour in the next stage.
QByteArray generateMap(int *connectionCount)
{
    constexpr int laneCount = int(std::size(LaneKinds));
    constexpr int emotionPerStage = 4;
    QJsonArray stages;
    for (int s = 0; s < StageCount; ++s) {
        stages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(s + 1)},
                                  {QStringLiteral("name"), QStringLiteral("Stage %1").arg(s + 1)}});
    }
    QJsonArray lanes;
    for (int l = 0; l < laneCount; ++l) {
        lanes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("l%1").arg(l + 1)},
                                 {QStringLiteral("name"), QLatin1String(LaneKinds[l])},
                                 {QStringLiteral("kind"), QLatin1String(LaneKinds[l])}});
    }
    // Cards per cell, in map order (stage, lane, position).
    const int others = CardCount - StageCount * emotionPerStage;
    const int cells = StageCount * (laneCount - 1);
    QJsonArray cards;
    QJsonArray connections;
    QHash<QPair<int, int>, QStringList> cellIds; // (stage, lane) -> card ids
    int n = 0;
    for (int s = 0; s < StageCount; ++s) {
        for (int l = 0; l < laneCount; ++l) {
            const bool emotion = QLatin1String(LaneKinds[l]) == QLatin1String("emotion_curve");
            const int cellIndex = s * (laneCount - 1) + (l > 4 ? l - 1 : l);
            const int count
                = emotion ? emotionPerStage : others / cells + (cellIndex < others % cells ? 1 : 0);
            for (int i = 0; i < count; ++i, ++n) {
                const QString id = QStringLiteral("c%1").arg(n + 1);
                QJsonObject card{
                    {QStringLiteral("id"), id},
                    {QStringLiteral("stage"), QStringLiteral("s%1").arg(s + 1)},
                    {QStringLiteral("lane"), QStringLiteral("l%1").arg(l + 1)},
                    {QStringLiteral("kind"), QLatin1String(CardKinds[l])},
                    {QStringLiteral("title"), title(n)},
                    {QStringLiteral("channel"), QLatin1String(Channels[n % std::size(Channels)])},
                    {QStringLiteral("owner"),
                     n % 3 ? QString() : QStringLiteral("Team %1").arg(n % 11)}};
                if (emotion || l == 3)
                    card.insert(QStringLiteral("emotion"), (n % 5) - 2);
                cards.append(card);
                cellIds[{s, l}].append(id);
            }
        }
    }
    for (int s = 0; s + 1 < StageCount; ++s) {
        for (int l = 0; l < laneCount; ++l) {
            const QStringList from = cellIds.value({s, l});
            const QStringList to = cellIds.value({s + 1, l});
            for (int i = 0; i < qMin(from.size(), to.size()); i += 2) {
                connections.append(QJsonObject{{QStringLiteral("from"), from.at(i)},
                                               {QStringLiteral("to"), to.at(i)}});
            }
        }
    }
    *connectionCount = int(connections.size());
    const QJsonObject journey{{QStringLiteral("id"), QStringLiteral("j1")},
                              {QStringLiteral("name"), QStringLiteral("Benchmark journey")},
                              {QStringLiteral("stages"), stages},
                              {QStringLiteral("lanes"), lanes},
                              {QStringLiteral("cards"), cards},
                              {QStringLiteral("connections"), connections}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("waymark-map")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("title"), QStringLiteral("Canvas benchmark")},
                           {QStringLiteral("journeys"), QJsonArray{journey}}};
    return QJsonDocument(root).toJson();
}

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Stats s;
    if (samples.isEmpty())
        return s;
    s.min = samples.first();
    s.max = samples.last();
    const qsizetype mid = samples.size() / 2;
    s.median = samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
    return s;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One result; limit 0: no budget, no verdict.
void line(const char *what, const Stats &s, const char *budget = "", double limit = 0)
{
    std::printf("  %-44s median %8.2f ms  (min %7.2f, max %7.2f)", what, s.median, s.min, s.max);
    if (limit > 0)
        std::printf("  budget %-14s %s", budget, s.median < limit ? "ok" : "OVER BUDGET");
    std::printf("\n");
}

int fail(const char *message)
{
    std::fprintf(stderr, "bench_canvas: %s\n", message);
    return 1;
}

// Full repaints of the view as it is: render() into an image the size of the viewport, and
// a synchronous repaint() of the viewport (the path a real expose takes).
QPair<Stats, Stats> measureRepaint(JourneyView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> render;
    QList<double> repaint;
    // Warm-up: caches (text layouts, icon pixmaps) fill on the first paint.
    for (int i = 0; i < 2; ++i) {
        QPainter painter(&image);
        view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
    }
    for (int i = 0; i < Runs; ++i) {
        image.fill(Qt::white);
        QElapsedTimer timer;
        timer.start();
        {
            QPainter painter(&image);
            view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
        }
        render.append(ms(timer));
    }
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.viewport()->repaint();
        repaint.append(ms(timer));
    }
    return {stats(render), stats(repaint)};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail("no temporary folder");

    // --- Setup: the map through the JSON map format into a project file. ----------------
    int connectionCount = 0;
    const QByteArray json = generateMap(&connectionCount);
    MapData map;
    JsonMapReader reader;
    if (!reader.read(json, &map))
        return fail(qPrintable(reader.errorString()));
    DocumentError error;
    QElapsedTimer createTimer;
    createTimer.start();
    auto project = Project::create(dir.filePath(QStringLiteral("bench.waymark")), map, &error);
    if (!project)
        return fail(qPrintable(error.message));
    const double createMs = ms(createTimer);
    const Id journeyId = project->journeys().first().id;
    if (project->cardCount(journeyId) != CardCount)
        return fail("the journey does not have 2,000 cards");

    std::printf("Waymark canvas benchmark\n");
    std::printf("  journey: %d cards, %d stages, %d lanes, %d connections (%.0f KB of JSON)\n",
                project->cardCount(journeyId), int(project->stageIds(journeyId).size()),
                int(project->laneIds(journeyId).size()), connectionCount, json.size() / 1024.0);
    std::printf("  Qt %s, platform %s; project file created in %.0f ms\n", qVersion(),
                qPrintable(QGuiApplication::platformName()), createMs);

    // The first signal of a move comes after its transaction committed: from there on, the
    // time is the scene's (and the other listeners'). Connected before the scene, so it runs
    // first.
    QElapsedTimer afterCommit;
    QObject::connect(project.get(), &Project::cardChanged, project.get(), [&afterCommit] {
        if (!afterCommit.isValid())
            afterCommit.start();
    });

    // --- Load into the scene. --------------------------------------------------------------
    JourneyScene scene(*project);
    QList<double> loads;
    for (int i = 0; i < 7; ++i) {
        scene.setJourney(NoId);
        QElapsedTimer timer;
        timer.start();
        scene.setJourney(journeyId);
        loads.append(ms(timer));
    }
    const double firstLoad = loads.first();
    if (scene.cardItems().size() != CardCount)
        return fail("the scene does not show 2,000 cards");

    // --- Repaint of a 1920x1080 view. --------------------------------------------------------
    JourneyView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(1920, 1080);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return fail("the view was not shown");
    if (view.viewport()->size() != QSize(1920, 1080))
        return fail("the viewport is not 1920x1080");
    view.resetZoom();
    view.horizontalScrollBar()->setValue(0);
    view.verticalScrollBar()->setValue(0);
    const auto countVisible = [&view, &scene] {
        const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
        int visible = 0;
        for (CardItem *item : scene.cardItems()) {
            if (item->isVisible() && item->sceneBoundingRect().intersects(shown))
                ++visible;
        }
        return visible;
    };
    const int visibleAtTop = countVisible();
    const auto top = measureRepaint(view);
    // The middle of the map: every lane band full of cards, connections across.
    view.centerOn(scene.sceneRect().center());
    const int visibleInMiddle = countVisible();
    const auto middle = measureRepaint(view);
    view.zoomToFit();
    const int visibleFit = countVisible();
    const qreal fitZoom = view.zoom();
    const auto fit = measureRepaint(view);
    view.resetZoom();

    // --- Moving one card to another cell. ---------------------------------------------------
    const QList<Id> stages = project->stageIds(journeyId);
    const QList<Id> laneIds = project->laneIds(journeyId);
    const Id lane = laneIds.at(1); // touchpoints
    const Id otherLane = laneIds.at(5);
    const Id cardId = project->cellCardIds(stages.at(3), lane).first();
    CanvasController *controller = view.controller();
    QList<double> moves;
    QList<double> sceneShares;
    QList<int> layouts;
    constexpr int MoveRuns = 40;
    for (int i = 0; i < MoveRuns; ++i) {
        // Alternately to the next stage in the same lane and into another lane.
        const Id toStage = stages.at(4 - (i % 2));
        const Id toLane = i % 4 < 2 ? lane : otherLane;
        const int before = scene.laneLayoutCount();
        QElapsedTimer timer;
        afterCommit.invalidate();
        timer.start();
        controller->moveCards({cardId}, toStage, toLane, 0);
        moves.append(ms(timer));
        sceneShares.append(afterCommit.isValid() ? ms(afterCommit) : 0);
        layouts.append(scene.laneLayoutCount() - before);
        if (project->card(cardId).stageId != toStage || project->card(cardId).laneId != toLane)
            return fail("a move did not happen");
    }
    // The undo of a move takes the same path back.
    QList<double> undos;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        project->undoStack()->undo();
        undos.append(ms(timer));
    }
    const int maxLayouts = *std::max_element(layouts.cbegin(), layouts.cend());
    const int minLayouts = *std::min_element(layouts.cbegin(), layouts.cend());

    // --- Report. -----------------------------------------------------------------------------
    std::printf("\nLoad the journey into the scene (JourneyScene::setJourney), 7 runs\n");
    line("setJourney", stats(loads), "well < 1000 ms", 1000);
    std::printf("  %-44s        %8.2f ms\n", "first run", firstLoad);

    std::printf("\nFull repaint of a 1920x1080 view, %d runs each\n", Runs);
    std::printf("  100 %% zoom, top left: %d cards in sight\n", visibleAtTop);
    line("QGraphicsView::render into a 1920x1080 QImage", top.first, "< 16 ms", 16);
    line("viewport()->repaint()", top.second, "< 16 ms", 16);
    std::printf("  100 %% zoom, middle of the map: %d cards in sight\n", visibleInMiddle);
    line("QGraphicsView::render into a 1920x1080 QImage", middle.first, "< 16 ms", 16);
    line("viewport()->repaint()", middle.second, "< 16 ms", 16);
    std::printf("  zoomed to fit (%.0f %%, level of detail): %d cards in sight\n", fitZoom * 100,
                visibleFit);
    line("QGraphicsView::render into a 1920x1080 QImage", fit.first, "< 16 ms", 16);
    line("viewport()->repaint()", fit.second, "< 16 ms", 16);

    std::printf("\nMove one card to another cell (MoveCardCommand via CanvasController), %d "
                "moves\n",
                MoveRuns);
    line("per move (command, file write, scene update)", stats(moves));
    line("  of which after the commit (the scene)", stats(sceneShares));
    line("per undo of a move", stats(undos));
    std::printf("  %-44s %d to %d of %d lanes (the whole map would be %d)\n",
                "lanes laid out per move", minLayouts, maxLayouts, int(laneIds.size()),
                int(laneIds.size()));
    return 0;
}
