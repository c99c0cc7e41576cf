#include "uitestutil.h"

#include "canvas/canvascontroller.h"
#include "canvas/carditem.h"
#include "canvas/connectionitem.h"
#include "canvas/emotionitems.h"
#include "canvas/headeritems.h"
#include "canvas/inlineeditor.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "io/jsonmapreader.h"
#include "io/templates.h"
#include "itemmodels/outlinemodel.h"
#include "mainwindow.h"
#include "panels/inspectorpanel.h"
#include "panels/outlinepanel.h"
#include "project/project.h"
#include "projectworkspace.h"

#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtMath>

#include <memory>

using namespace Waymark;

namespace {

// A map written in the JSON map format, the way a colleague or `waymark-cli` would hand it
// over; ids are "s1", "l1", "c1"...
class MapBuilder
{
public:
    QString stage(const QString &name, bool hidden = false)
    {
        const QString id = QStringLiteral("s%1").arg(m_stages.size() + 1);
        m_stages.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("hidden"), hidden}});
        return id;
    }
    QString lane(const QString &name, const QString &kind)
    {
        const QString id = QStringLiteral("l%1").arg(m_lanes.size() + 1);
        m_lanes.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("kind"), kind}});
        return id;
    }
    QString card(const QString &stage, const QString &lane, const QString &kind,
                 const QString &title, const QString &channel = {}, const QString &owner = {},
                 std::optional<int> emotion = std::nullopt)
    {
        const QString id = QStringLiteral("c%1").arg(m_cards.size() + 1);
        QJsonObject o{{QStringLiteral("id"), id},       {QStringLiteral("stage"), stage},
                      {QStringLiteral("lane"), lane},   {QStringLiteral("kind"), kind},
                      {QStringLiteral("title"), title}, {QStringLiteral("channel"), channel},
                      {QStringLiteral("owner"), owner}};
        if (emotion)
            o.insert(QStringLiteral("emotion"), *emotion);
        m_cards.append(o);
        return id;
    }
    void connect(const QString &from, const QString &to)
    {
        m_connections.append(
            QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    QByteArray json() const
    {
        const QJsonObject journey{{QStringLiteral("id"), QStringLiteral("j1")},
                                  {QStringLiteral("name"), QStringLiteral("Test journey")},
                                  {QStringLiteral("stages"), m_stages},
                                  {QStringLiteral("lanes"), m_lanes},
                                  {QStringLiteral("cards"), m_cards},
                                  {QStringLiteral("connections"), m_connections}};
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("waymark-map")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("title"), QStringLiteral("Canvas test")},
                               {QStringLiteral("journeys"), QJsonArray{journey}}};
        return QJsonDocument(root).toJson();
    }

private:
    QJsonArray m_stages;
    QJsonArray m_lanes;
    QJsonArray m_cards;
    QJsonArray m_connections;
};

// The map most tests draw on:
//
//               Discover                 Buy                    Use
//   Touchpoints Ad, Search, Reviews      Checkout               -
//   Feelings    Curious (+1)             Anxious (-1)           Relieved (+2)
//   Pains       -                        Slow page              -
//
// with connections Ad -> Checkout and Curious -> Anxious.
QByteArray gridMap()
{
    MapBuilder m;
    const QString discover = m.stage(QStringLiteral("Discover"));
    const QString buy = m.stage(QStringLiteral("Buy"));
    const QString use = m.stage(QStringLiteral("Use"));
    const QString touch = m.lane(QStringLiteral("Touchpoints"), QStringLiteral("touchpoints"));
    const QString feel = m.lane(QStringLiteral("Feelings"), QStringLiteral("emotion_curve"));
    const QString pains = m.lane(QStringLiteral("Pains"), QStringLiteral("pain_points"));
    const QString touchpoint = QStringLiteral("touchpoint");
    const QString thought = QStringLiteral("thought");
    const QString web = QStringLiteral("web");
    const QString ad = m.card(discover, touch, touchpoint, QStringLiteral("Ad"), web,
                              QStringLiteral("Marketing"));
    m.card(discover, touch, touchpoint, QStringLiteral("Search"), web);
    m.card(discover, touch, touchpoint, QStringLiteral("Reviews"), QStringLiteral("social"));
    const QString checkout
        = m.card(buy, touch, touchpoint, QStringLiteral("Checkout"), web, QStringLiteral("Sales"));
    const QString curious = m.card(discover, feel, thought, QStringLiteral("Curious"), {}, {}, 1);
    const QString anxious = m.card(buy, feel, thought, QStringLiteral("Anxious"), {}, {}, -1);
    m.card(use, feel, thought, QStringLiteral("Relieved"), {}, {}, 2);
    m.card(buy, pains, QStringLiteral("pain_point"), QStringLiteral("Slow page"));
    m.connect(ad, checkout);
    m.connect(curious, anxious);
    return m.json();
}

// One project file, shown in a JourneyScene on a JourneyView. Destroyed view first, then
// scene, then project.
struct Canvas
{
    std::unique_ptr<Project> project;
    std::unique_ptr<JourneyScene> scene;
    std::unique_ptr<JourneyView> view;

    CanvasController *controller() const { return view->controller(); }
    QWidget *viewport() const { return view->viewport(); }
    Id journey() const { return scene->journeyId(); }
    QUndoStack *undo() const { return project->undoStack(); }
};

Id journeyOf(const Project &p)
{
    const QList<Journey> journeys = p.journeys();
    return journeys.isEmpty() ? NoId : journeys.first().id;
}

Id cardNamed(const Project &p, const QString &title)
{
    for (const Card &c : p.cards(journeyOf(p))) {
        if (c.title == title)
            return c.id;
    }
    return NoId;
}

Id stageNamed(const Project &p, const QString &name)
{
    for (const Stage &s : p.stages(journeyOf(p))) {
        if (s.name == name)
            return s.id;
    }
    return NoId;
}

Id laneNamed(const Project &p, const QString &name)
{
    for (const Lane &l : p.lanes(journeyOf(p))) {
        if (l.name == name)
            return l.id;
    }
    return NoId;
}

Id laneOfKind(const Project &p, LaneKind kind)
{
    for (const Lane &l : p.lanes(journeyOf(p))) {
        if (l.kind == kind)
            return l.id;
    }
    return NoId;
}

QStringList titles(const Project &p, Id stageId, Id laneId)
{
    QStringList result;
    for (const Card &c : p.cellCards(stageId, laneId))
        result.append(c.title);
    return result;
}

QStringList stageNames(const Project &p)
{
    QStringList result;
    for (const Stage &s : p.stages(journeyOf(p)))
        result.append(s.name);
    return result;
}

// What the project file holds now: a second, read-only Project on the same path.
std::unique_ptr<Project> onDisk(const Project &project)
{
    Document::OpenOptions options;
    options.access = Document::Access::ReadOnly;
    DocumentError error;
    auto result = Project::open(project.filePath(), options, &error);
    if (!result)
        qWarning("%s", qPrintable(error.message));
    return result;
}

// --- Input ---------------------------------------------------------------------------------

QPoint at(const Canvas &c, const QPointF &scenePos)
{
    return c.view->mapFromScene(scenePos);
}

QPointF centreOf(const Canvas &c, Id cardId)
{
    return c.scene->cardItem(cardId)->anchorRect().center();
}

void press(QWidget *w, const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(w, Qt::LeftButton, modifiers, pos);
}

// QTest::mouseMove does not hold buttons in Qt 6: send the move with the left button down.
void moveHeld(QWidget *w, const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::NoButton,
                      Qt::LeftButton, modifiers);
    QApplication::sendEvent(w, &event);
}

void release(QWidget *w, const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mouseRelease(w, Qt::LeftButton, modifiers, pos);
}

void moveSteps(QWidget *w, const QPoint &from, const QPoint &to,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    constexpr int Steps = 8;
    for (int i = 1; i <= Steps; ++i)
        moveHeld(w, from + (to - from) * i / Steps, modifiers);
}

void drag(QWidget *w, const QPoint &from, const QPoint &to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    press(w, from, modifiers);
    moveSteps(w, from, to, modifiers);
    release(w, to, modifiers);
}

void click(QWidget *w, const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mouseClick(w, Qt::LeftButton, modifiers, pos);
}

// --- Output --------------------------------------------------------------------------------

// Paints the whole scene, scaled into an image of at most 2000 pixels a side.
QImage paintScene(QGraphicsScene &scene)
{
    const QRectF source = scene.sceneRect();
    const qreal scale = qMin(1.0, 2000 / qMax(source.width(), source.height()));
    QImage image(qMax(1, qCeil(source.width() * scale)), qMax(1, qCeil(source.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(image.rect()), source);
    painter.end();
    return image;
}

QImage paintView(QGraphicsView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
    painter.end();
    return image;
}

bool hasInk(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

// What a tooltip shows: QToolTip renders text that looks like rich text as HTML.
QString shownAsToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

// What a menu shows for an action's text: "&&" is a literal '&', a single '&' marks the
// mnemonic and is not shown.
QString shownInMenu(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                result.append(QLatin1Char('&'));
            ++i;
            if (i < text.size() && text.at(i) != QLatin1Char('&'))
                result.append(text.at(i));
            continue;
        }
        result.append(text.at(i));
    }
    return result;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList result;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            result.append(shownInMenu(a->text()));
    }
    return result;
}

QAction *findAction(const QMenu *menu, const QString &shown)
{
    for (QAction *a : menu->actions()) {
        if (shownInMenu(a->text()) == shown)
            return a;
        if (a->menu()) {
            if (QAction *inner = findAction(a->menu(), shown))
                return inner;
        }
    }
    return nullptr;
}

// Records and closes the next popup menu (a context menu runs its own event loop).
class PopupCloser : public QObject
{
public:
    PopupCloser()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            m_timer.stop();
            m_texts = menuTexts(menu);
            m_seen = true;
            menu->close();
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
    bool m_seen = false;
};

QList<Id> selectedCards(const Canvas &c)
{
    return c.controller()->selectedCardIds();
}

} // namespace

class tst_Canvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void addCardByDoubleClickingEmptyCell();
    void dragCardToAnotherStageUndoRedo();
    void renameInPlace_data();
    void renameInPlace();
    void escapeCancelsRename();
    void connectByDraggingFromHandle_data();
    void connectByDraggingFromHandle();
    void connectionsFollowTheirCards();
    void handleShowsOnHover();
    void dragEmotionPointUpOneStep();
    void rubberBandCtrlClickDeleteUndo();
    void copyPasteBetweenDocuments();
    void pasteForeignPlainText();
    void pasteForeignDataWithoutTextDoesNothing_data();
    void pasteForeignDataWithoutTextDoesNothing();
    void reorderStageByDraggingHeader();
    void reorderLaneByDraggingHeader();
    void reorderCardWithinCell();
    void dragSeveralCardsWithinCell();
    void altArrowsMoveCard();
    void arrowsMoveSelection();
    void tabCyclesThroughCards();
    void headerContextMenus();
    void hideAndShowStage();
    void deletingStageWithCardsAsks();
    void readOnlyProjectRefusesEdits();
    void badTitles_data();
    void badTitles();
    void renameToEmptyTitle();
    void stageWithFiveHundredCards();
    void paintsVectorOutlinesIntoSvg();
    void journeyWithoutStages_data();
    void journeyWithoutStages();
    void undoDuringDragDoesNotCrash();
    void zoomAndPan();
    void inspectorChangesOwner();
    void outlineAndMapSelectionFollowEachOther();
    void mapActionsFollowSelectionAndLock();
    void closingWindowWithSelectionAndOpenEditor();

private:
    std::unique_ptr<Canvas> openCanvas(const QByteArray &json);
    std::unique_ptr<Canvas> openTemplate(const QString &name);
    std::unique_ptr<Canvas> show(std::unique_ptr<Project> project);
    QString newPath();

    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_Canvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_canvas"));
    QVERIFY(m_dir.isValid());
}

void tst_Canvas::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<MainWindow *>(w))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString tst_Canvas::newPath()
{
    return m_dir.filePath(QStringLiteral("map-%1.waymark").arg(++m_files));
}

std::unique_ptr<Canvas> tst_Canvas::show(std::unique_ptr<Project> project)
{
    if (!project)
        return nullptr;
    auto canvas = std::make_unique<Canvas>();
    canvas->project = std::move(project);
    canvas->scene = std::make_unique<JourneyScene>(*canvas->project);
    canvas->scene->setJourney(journeyOf(*canvas->project));
    canvas->view = std::make_unique<JourneyView>(canvas->scene.get());
    canvas->view->resize(1400, 900);
    canvas->view->show();
    if (!QTest::qWaitForWindowExposed(canvas->view.get()))
        return nullptr;
    canvas->view->activateWindow();
    canvas->view->setFocus();
    return canvas;
}

std::unique_ptr<Canvas> tst_Canvas::openCanvas(const QByteArray &json)
{
    MapData map;
    JsonMapReader reader;
    if (!reader.read(json, &map)) {
        qWarning("%s", qPrintable(reader.errorString()));
        return nullptr;
    }
    DocumentError error;
    auto project = Project::create(newPath(), map, &error);
    if (!project)
        qWarning("%s", qPrintable(error.message));
    return show(std::move(project));
}

std::unique_ptr<Canvas> tst_Canvas::openTemplate(const QString &name)
{
    MapData map;
    QString message;
    if (!Templates::load(name, &map, &message)) {
        qWarning("%s", qPrintable(message));
        return nullptr;
    }
    DocumentError error;
    return show(Project::create(newPath(), map, &error));
}

// --- Adding, moving, renaming --------------------------------------------------------------

void tst_Canvas::addCardByDoubleClickingEmptyCell()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const QRectF cell = c->scene->cellRect(use, touch);
    QVERIFY(!cell.isEmpty());
    QVERIFY(c->project->cellCardIds(use, touch).isEmpty());
    const int commands = c->undo()->count();

    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier, at(*c, cell.center()));
    InlineEditor *editor = c->view->inlineEditor();
    QVERIFY(editor->isActive());
    QVERIFY(editor->isVisible());
    // The editor sits where the card will appear: inside the cell.
    QVERIFY(c->view->mapFromScene(cell).boundingRect().contains(editor->geometry().center()));
    QTest::keyClicks(editor, QStringLiteral("Call centre"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isActive());

    QCOMPARE(c->undo()->count(), commands + 1);
    const QList<Id> cellIds = c->project->cellCardIds(use, touch);
    QCOMPARE(cellIds.size(), 1);
    const Card card = c->project->card(cellIds.first());
    QCOMPARE(card.title, QStringLiteral("Call centre"));
    QCOMPARE(card.kind, CardKind::Touchpoint); // the lane's default kind
    CardItem *item = c->scene->cardItem(card.id);
    QVERIFY(item);
    QVERIFY(item->isVisible());
    QVERIFY(cell.contains(item->anchorRect()));
    QVERIFY(item->isSelected());
    QCOMPARE(selectedCards(*c), QList<Id>{card.id});

    auto disk = onDisk(*c->project);
    QVERIFY(disk);
    QVERIFY(disk->hasCard(card.id));
    QCOMPARE(disk->card(card.id).title, QStringLiteral("Call centre"));
    QCOMPARE(disk->card(card.id).stageId, use);
    QCOMPARE(disk->card(card.id).laneId, touch);
    QCOMPARE(disk->card(card.id).kind, CardKind::Touchpoint);

    // An empty title adds nothing.
    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier,
                       at(*c, cell.bottomLeft()) + QPoint(20, -6));
    QVERIFY(editor->isActive());
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(c->undo()->count(), commands + 1);
    QCOMPARE(c->project->cellCardIds(use, touch).size(), 1);
}

void tst_Canvas::dragCardToAnotherStageUndoRedo()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id search = cardNamed(*c->project, QStringLiteral("Search"));
    const QRectF from = c->scene->cellRect(discover, touch);
    const QRectF to = c->scene->cellRect(use, touch);
    const QPointF originalPos = c->scene->cardItem(search)->pos();

    drag(c->viewport(), at(*c, centreOf(*c, search)), at(*c, to.center()));

    // Memory, scene and file agree: Search is the only card of Use x Touchpoints.
    QCOMPARE(c->project->card(search).stageId, use);
    QCOMPARE(c->project->cellCardIds(use, touch), QList<Id>{search});
    QCOMPARE(titles(*c->project, discover, touch),
             QStringList({QStringLiteral("Ad"), QStringLiteral("Reviews")}));
    CardItem *item = c->scene->cardItem(search);
    QVERIFY(to.contains(item->anchorRect()));
    QCOMPARE(item->opacity(), 1.0);
    QCOMPARE(c->undo()->undoText(), QStringLiteral("Move card"));
    {
        auto disk = onDisk(*c->project);
        QVERIFY(disk);
        QCOMPARE(disk->card(search).stageId, use);
        QCOMPARE(titles(*disk, discover, touch),
                 QStringList({QStringLiteral("Ad"), QStringLiteral("Reviews")}));
    }

    c->undo()->undo();
    QCOMPARE(c->project->card(search).stageId, discover);
    QCOMPARE(
        titles(*c->project, discover, touch),
        QStringList({QStringLiteral("Ad"), QStringLiteral("Search"), QStringLiteral("Reviews")}));
    QVERIFY(from.contains(c->scene->cardItem(search)->anchorRect()));
    QCOMPARE(c->scene->cardItem(search)->pos(), originalPos);
    {
        auto disk = onDisk(*c->project);
        QCOMPARE(disk->card(search).stageId, discover);
        QCOMPARE(disk->card(search).position, 1);
    }

    c->undo()->redo();
    QCOMPARE(c->project->card(search).stageId, use);
    QVERIFY(to.contains(c->scene->cardItem(search)->anchorRect()));
    {
        auto disk = onDisk(*c->project);
        QCOMPARE(disk->card(search).stageId, use);
    }

    // Dropped outside every cell: nothing changes and the card snaps back.
    const int commands = c->undo()->count();
    const QPointF before = c->scene->cardItem(search)->pos();
    drag(c->viewport(), at(*c, centreOf(*c, search)),
         at(*c, QPointF(c->scene->sceneRect().right() - 2, c->scene->sceneRect().bottom() - 2)));
    QCOMPARE(c->undo()->count(), commands);
    QCOMPARE(c->scene->cardItem(search)->pos(), before);
}

void tst_Canvas::renameInPlace_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("double-click") << QStringLiteral("double-click");
    QTest::newRow("F2") << QStringLiteral("F2");
    QTest::newRow("Enter") << QStringLiteral("Enter");
}

void tst_Canvas::renameInPlace()
{
    QFETCH(QString, how);
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id checkout = cardNamed(*c->project, QStringLiteral("Checkout"));
    const QPoint pos = at(*c, centreOf(*c, checkout));
    if (how == QLatin1String("double-click")) {
        QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    } else {
        click(c->viewport(), pos);
        QCOMPARE(selectedCards(*c), QList<Id>{checkout});
        QTest::keyClick(c->view.get(), how == QLatin1String("F2") ? Qt::Key_F2 : Qt::Key_Return);
    }
    InlineEditor *editor = c->view->inlineEditor();
    QVERIFY(editor->isActive());
    QCOMPARE(editor->toPlainText(), QStringLiteral("Checkout"));
    // The whole title is selected: typing replaces it.
    QTest::keyClicks(editor, QStringLiteral("Pay"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isActive());

    QCOMPARE(c->project->card(checkout).title, QStringLiteral("Pay"));
    QCOMPARE(c->scene->cardItem(checkout)->card().title, QStringLiteral("Pay"));
    QCOMPARE(c->undo()->undoText(), QStringLiteral("Rename card"));
    auto disk = onDisk(*c->project);
    QCOMPARE(disk->card(checkout).title, QStringLiteral("Pay"));

    c->undo()->undo();
    QCOMPARE(c->scene->cardItem(checkout)->card().title, QStringLiteral("Checkout"));
    QCOMPARE(onDisk(*c->project)->card(checkout).title, QStringLiteral("Checkout"));
}

void tst_Canvas::escapeCancelsRename()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    const int commands = c->undo()->count();
    click(c->viewport(), at(*c, centreOf(*c, ad)));
    QTest::keyClick(c->view.get(), Qt::Key_F2);
    InlineEditor *editor = c->view->inlineEditor();
    QVERIFY(editor->isActive());
    QTest::keyClicks(editor, QStringLiteral("Nope"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isActive());
    QVERIFY(!editor->isVisible());
    QCOMPARE(c->project->card(ad).title, QStringLiteral("Ad"));
    QCOMPARE(c->undo()->count(), commands);
    QCOMPARE(onDisk(*c->project)->card(ad).title, QStringLiteral("Ad"));

    // Escape while adding a card adds nothing.
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id pains = laneNamed(*c->project, QStringLiteral("Pains"));
    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier,
                       at(*c, c->scene->cellRect(use, pains).center()));
    QVERIFY(editor->isActive());
    QTest::keyClicks(editor, QStringLiteral("Gone"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(c->project->cellCardIds(use, pains).isEmpty());
    QCOMPARE(c->undo()->count(), commands);
}

void tst_Canvas::connectByDraggingFromHandle_data()
{
    QTest::addColumn<QPointF>("offset");
    QTest::newRow("centre of the handle") << QPointF(0, 0);
    // The handle is drawn half outside the card: that half must work too.
    QTest::newRow("outer half of the handle") << QPointF(5, 0);
    QTest::newRow("inner half of the handle") << QPointF(-5, 2);
}

void tst_Canvas::connectByDraggingFromHandle()
{
    QFETCH(QPointF, offset);
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id search = cardNamed(*c->project, QStringLiteral("Search"));
    const Id slow = cardNamed(*c->project, QStringLiteral("Slow page"));
    const int connections = int(c->project->connections(c->journey()).size());
    const QPointF handle = JourneyView::handleCenter(c->scene->cardItem(search)) + offset;

    drag(c->viewport(), at(*c, handle), at(*c, centreOf(*c, slow)));

    const QList<Connection> now = c->project->connections(c->journey());
    QCOMPARE(now.size(), connections + 1);
    const Connection made = now.last();
    QCOMPARE(made.fromCardId, search);
    QCOMPARE(made.toCardId, slow);
    // The card did not move: this was a connection, not a card drag.
    QCOMPARE(c->project->card(search).stageId, stageNamed(*c->project, QStringLiteral("Discover")));
    ConnectionItem *item = c->scene->connectionItem(made.id);
    QVERIFY(item);
    QVERIFY(item->isVisible());
    QVERIFY(!item->boundingRect().isEmpty());

    auto disk = onDisk(*c->project);
    QVERIFY(disk->hasConnection(made.id));
    QCOMPARE(disk->connection(made.id).fromCardId, search);
    QCOMPARE(disk->connection(made.id).toCardId, slow);

    // Dropping on empty space or on the card itself connects nothing.
    const int commands = c->undo()->count();
    drag(c->viewport(), at(*c, JourneyView::handleCenter(c->scene->cardItem(search))),
         at(*c, centreOf(*c, search)));
    QCOMPARE(c->undo()->count(), commands);
}

// A connection starts on the right edge of its first card and ends on the left edge of the
// second (forward) wherever the cards are.
static bool attached(const Canvas &c, const Connection &connection)
{
    ConnectionItem *item = c.scene->connectionItem(connection.id);
    const QRectF from = c.scene->cardItem(connection.fromCardId)->anchorRect();
    const QRectF to = c.scene->cardItem(connection.toCardId)->anchorRect();
    const QPainterPath shape = item->shape();
    return item->isVisible() && shape.contains(QPointF(from.right() + 1, from.center().y()))
           && shape.contains(QPointF(to.left() - 1, to.center().y()));
}

void tst_Canvas::connectionsFollowTheirCards()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const QList<Connection> connections = c->project->connections(c->journey());
    QCOMPARE(connections.size(), 2);
    for (const Connection &connection : connections)
        QVERIFY(attached(*c, connection));
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id feelings = laneNamed(*c->project, QStringLiteral("Feelings"));
    const qreal feelingsTop = c->scene->laneRect(feelings).top();
    // Two more cards in the first lane: it grows, and the lanes below move down.
    c->controller()->addCard(discover, touch, 0, QStringLiteral("More"));
    c->controller()->addCard(discover, touch, 0, QStringLiteral("Even more"));
    QVERIFY(c->scene->laneRect(feelings).top() > feelingsTop);
    for (const Connection &connection : connections)
        QVERIFY(attached(*c, connection));
    // And back.
    c->undo()->undo();
    c->undo()->undo();
    QCOMPARE(c->scene->laneRect(feelings).top(), feelingsTop);
    for (const Connection &connection : connections)
        QVERIFY(attached(*c, connection));
    // A card moved to another stage takes its connections along.
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    c->controller()->moveCards({ad}, stageNamed(*c->project, QStringLiteral("Use")), touch, 0);
    const Connection loop
        = connections.first().fromCardId == ad ? connections.first() : connections.last();
    ConnectionItem *item = c->scene->connectionItem(loop.id);
    QVERIFY(item->shape().intersects(c->scene->cardItem(ad)->anchorRect().adjusted(-2, -2, 2, 2)));
}

void tst_Canvas::handleShowsOnHover()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const QColor highlight = c->view->palette().color(QPalette::Highlight);
    const Id search = cardNamed(*c->project, QStringLiteral("Search"));
    const Id checkout = cardNamed(*c->project, QStringLiteral("Checkout"));
    const auto handleShown = [&](Id cardId) {
        const QPoint at = c->view->mapFromScene(
            JourneyView::handleCenter(c->scene->cardItem(cardId)) + QPointF(3, 0));
        return QColor(paintView(*c->view).pixel(at)) == highlight;
    };
    QVERIFY(!handleShown(search));
    const auto hover = [&](const QPoint &pos) {
        QMouseEvent event(QEvent::MouseMove, QPointF(pos), QPointF(c->viewport()->mapToGlobal(pos)),
                          Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(c->viewport(), &event);
    };
    hover(at(*c, centreOf(*c, search)));
    QVERIFY(handleShown(search));
    QVERIFY(!handleShown(checkout));
    hover(at(*c, centreOf(*c, checkout)));
    QVERIFY(!handleShown(search));
    QVERIFY(handleShown(checkout));
    // Selected cards show theirs too; read-only projects show none.
    c->controller()->selectCards({search});
    QVERIFY(handleShown(search));
    c->project->setEditLock(QStringLiteral("Review mode"));
    QVERIFY(!handleShown(search));
    QVERIFY(!handleShown(checkout));
}

void tst_Canvas::dragEmotionPointUpOneStep()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id anxious = cardNamed(*c->project, QStringLiteral("Anxious"));
    CardItem *item = c->scene->cardItem(anxious);
    QVERIFY(item);
    QCOMPARE(item->type(), int(EmotionPointItem::Type));
    const QRectF lane = c->scene->laneRect(c->project->card(anxious).laneId);
    QCOMPARE(item->pos().y(), EmotionCurveItem::yFor(lane, -1));
    const QPointF target(item->pos().x(), EmotionCurveItem::yFor(lane, 0));

    drag(c->viewport(), at(*c, item->pos()), at(*c, target));

    QCOMPARE(c->project->card(anxious).emotion, std::optional<int>(0));
    item = c->scene->cardItem(anxious);
    QCOMPARE(item->card().emotion, std::optional<int>(0));
    QCOMPARE(item->pos().y(), EmotionCurveItem::yFor(lane, 0));
    QCOMPARE(c->undo()->undoText(), QStringLiteral("Change emotion"));
    QCOMPARE(onDisk(*c->project)->card(anxious).emotion, std::optional<int>(0));

    c->undo()->undo();
    QCOMPARE(c->project->card(anxious).emotion, std::optional<int>(-1));
    QCOMPARE(c->scene->cardItem(anxious)->pos().y(), EmotionCurveItem::yFor(lane, -1));
    QCOMPARE(onDisk(*c->project)->card(anxious).emotion, std::optional<int>(-1));

    // Far beyond the lane: clamped to +2.
    item = c->scene->cardItem(anxious);
    drag(c->viewport(), at(*c, item->pos()), at(*c, QPointF(item->pos().x(), lane.top() + 3)));
    QCOMPARE(c->project->card(anxious).emotion, std::optional<int>(2));
}

void tst_Canvas::rubberBandCtrlClickDeleteUndo()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    const Id search = cardNamed(*c->project, QStringLiteral("Search"));
    const Id checkout = cardNamed(*c->project, QStringLiteral("Checkout"));
    QList<Connection> connections = c->project->connections(c->journey());
    QCOMPARE(connections.size(), 2);
    // Ad -> Checkout first.
    if (connections.first().fromCardId != ad)
        std::swap(connections[0], connections[1]);
    QCOMPARE(connections.first().toCardId, checkout);

    // A rubber band from the empty corner of the cell to the middle of Search.
    const QPointF corner = c->scene->cellRect(discover, touch).topLeft() + QPointF(3, 3);
    QVERIFY(!CardItem::from(c->scene->itemAt(corner, c->view->transform())));
    drag(c->viewport(), at(*c, corner), at(*c, centreOf(*c, search)));
    QCOMPARE(selectedCards(*c), QList<Id>({ad, search}));

    // Ctrl-click adds a card, a second Ctrl-click would take it out again.
    click(c->viewport(), at(*c, centreOf(*c, checkout)), Qt::ControlModifier);
    QCOMPARE(selectedCards(*c), QList<Id>({ad, search, checkout}));

    QTest::keyClick(c->view.get(), Qt::Key_Delete);
    for (Id id : {ad, search, checkout}) {
        QVERIFY(!c->project->hasCard(id));
        QVERIFY(!c->scene->cardItem(id));
    }
    QVERIFY(!c->scene->connectionItem(connections.first().id)); // Ad -> Checkout went too
    QVERIFY(c->scene->connectionItem(connections.last().id));
    QCOMPARE(titles(*c->project, discover, touch), QStringList{QStringLiteral("Reviews")});
    {
        auto disk = onDisk(*c->project);
        for (Id id : {ad, search, checkout})
            QVERIFY(!disk->hasCard(id));
        QVERIFY(!disk->hasConnection(connections.first().id));
    }

    c->undo()->undo();
    for (Id id : {ad, search, checkout}) {
        QVERIFY(c->project->hasCard(id));
        QVERIFY(c->scene->cardItem(id));
        QVERIFY(c->scene->cardItem(id)->isVisible());
    }
    QCOMPARE(
        titles(*c->project, discover, touch),
        QStringList({QStringLiteral("Ad"), QStringLiteral("Search"), QStringLiteral("Reviews")}));
    QVERIFY(c->scene->connectionItem(connections.first().id));
    QVERIFY(c->scene->connectionItem(connections.first().id)->isVisible());
    auto disk = onDisk(*c->project);
    for (Id id : {ad, search, checkout})
        QVERIFY(disk->hasCard(id));
    QCOMPARE(
        titles(*disk, discover, touch),
        QStringList({QStringLiteral("Ad"), QStringLiteral("Search"), QStringLiteral("Reviews")}));
    QCOMPARE(disk->connection(connections.first().id), connections.first());
    QCOMPARE(disk->card(ad).owner, QStringLiteral("Marketing"));
}

// --- Clipboard -------------------------------------------------------------------------------

void tst_Canvas::copyPasteBetweenDocuments()
{
    auto first = openCanvas(gridMap());
    auto second = openTemplate(Templates::defaultName());
    QVERIFY(first);
    QVERIFY(second);
    const Project &p1 = *first->project;
    const QList<Id> copied
        = {cardNamed(p1, QStringLiteral("Ad")), cardNamed(p1, QStringLiteral("Checkout")),
           cardNamed(p1, QStringLiteral("Curious")), cardNamed(p1, QStringLiteral("Anxious"))};
    first->controller()->selectCards(copied);
    QList<Id> selected = selectedCards(*first);
    std::sort(selected.begin(), selected.end());
    QList<Id> sortedCopied = copied;
    std::sort(sortedCopied.begin(), sortedCopied.end());
    QCOMPARE(selected, sortedCopied);
    first->controller()->copy();

    const QMimeData *clip = QApplication::clipboard()->mimeData();
    const bool clipboardWorks = clip && clip->hasFormat(CanvasController::mimeType());
    const Id targetStage = second->scene->visibleStages().first();
    const Id targetLane = laneOfKind(*second->project, LaneKind::Touchpoints);
    QList<Id> pasted;
    if (clipboardWorks) {
        QVERIFY(clip->hasText());
        QVERIFY(clip->text().contains(QStringLiteral("Checkout")));
        QVERIFY(second->controller()->canPaste());
        second->controller()->paste(qMakePair(targetStage, targetLane));
        pasted = selectedCards(*second);
    } else {
        qInfo("The platform has no working clipboard: using mimeDataFor + insertMimeData.");
        std::unique_ptr<QMimeData> data(first->controller()->mimeDataFor(copied));
        pasted = second->controller()->insertMimeData(data.get(), targetStage, targetLane);
    }
    QCOMPARE(pasted.size(), 4);
    QCOMPARE(second->undo()->undoText(), QStringLiteral("Paste 4 card(s)"));

    auto disk = onDisk(*second->project);
    QVERIFY(disk);
    const QList<Id> stages = disk->stageIds(journeyOf(*disk));
    const Id emotionLane = laneOfKind(*disk, LaneKind::EmotionCurve);
    QVERIFY(emotionLane != NoId);
    const auto pastedCard = [&](const QString &title) {
        for (Id id : pasted) {
            if (disk->card(id).title == title)
                return disk->card(id);
        }
        return Card();
    };
    const Card ad = pastedCard(QStringLiteral("Ad"));
    const Card checkout = pastedCard(QStringLiteral("Checkout"));
    const Card curious = pastedCard(QStringLiteral("Curious"));
    const Card anxious = pastedCard(QStringLiteral("Anxious"));
    for (const Card &card : {ad, checkout, curious, anxious}) {
        QVERIFY(card.id != NoId);
        QVERIFY(second->scene->cardItem(card.id));
        QVERIFY(second->scene->cardItem(card.id)->isVisible());
    }
    QCOMPARE(ad.kind, CardKind::Touchpoint);
    QCOMPARE(ad.channel, Channel::Web);
    QCOMPARE(ad.owner, QStringLiteral("Marketing"));
    QCOMPARE(ad.stageId, stages.at(0));
    QCOMPARE(ad.laneId, targetLane);
    QCOMPARE(checkout.stageId, stages.at(1)); // keeps its distance in stages
    QCOMPARE(checkout.channel, Channel::Web);
    QCOMPARE(checkout.owner, QStringLiteral("Sales"));
    QCOMPARE(curious.kind, CardKind::Thought);
    QCOMPARE(curious.emotion, std::optional<int>(1));
    QCOMPARE(curious.laneId, emotionLane); // same kind of lane
    QCOMPARE(anxious.emotion, std::optional<int>(-1));
    QCOMPARE(second->scene->cardItem(anxious.id)->type(), int(EmotionPointItem::Type));

    QStringList links;
    for (const Connection &conn : disk->connections(journeyOf(*disk))) {
        links.append(disk->card(conn.fromCardId).title + QStringLiteral("->")
                     + disk->card(conn.toCardId).title);
        QVERIFY(second->scene->connectionItem(conn.id));
    }
    links.sort();
    QCOMPARE(links,
             QStringList({QStringLiteral("Ad->Checkout"), QStringLiteral("Curious->Anxious")}));

    // The source is untouched.
    QCOMPARE(first->project->cards(first->journey()).size(), 8);
    QCOMPARE(onDisk(*first->project)->cards(journeyOf(p1)).size(), 8);
}

void tst_Canvas::pasteForeignPlainText()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id pains = laneNamed(*c->project, QStringLiteral("Pains"));
    auto *data = new QMimeData;
    data->setText(QStringLiteral("one\ntwo\n\nthree"));
    QApplication::clipboard()->setMimeData(data);
    const QMimeData *clip = QApplication::clipboard()->mimeData();
    QList<Id> added;
    if (clip && clip->hasText()) {
        QVERIFY(c->controller()->canPaste());
        c->controller()->paste(qMakePair(use, pains));
        added = selectedCards(*c);
    } else {
        qInfo("The platform has no working clipboard: using insertMimeData.");
        QMimeData local;
        local.setText(QStringLiteral("one\ntwo\n\nthree"));
        added = c->controller()->insertMimeData(&local, use, pains);
    }
    QCOMPARE(added.size(), 3);
    const QStringList expected
        = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    QCOMPARE(titles(*c->project, use, pains), expected);
    QCOMPARE(titles(*onDisk(*c->project), use, pains), expected);
    for (Id id : added) {
        QVERIFY(c->scene->cardItem(id));
        QCOMPARE(c->project->card(id).kind, CardKind::PainPoint);
    }
    // One paste, one undo step.
    c->undo()->undo();
    QVERIFY(c->project->cellCardIds(use, pains).isEmpty());
    QVERIFY(onDisk(*c->project)->cellCardIds(use, pains).isEmpty());
}

void tst_Canvas::pasteForeignDataWithoutTextDoesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("html only") << QStringLiteral("html");
    QTest::newRow("image only") << QStringLiteral("image");
    QTest::newRow("broken map, no text") << QStringLiteral("broken");
}

void tst_Canvas::pasteForeignDataWithoutTextDoesNothing()
{
    QFETCH(QString, kind);
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const auto make = [&kind] {
        auto *data = new QMimeData;
        if (kind == QLatin1String("html")) {
            data->setHtml(QStringLiteral("<b>x</b>"));
        } else if (kind == QLatin1String("image")) {
            QImage image(8, 8, QImage::Format_ARGB32);
            image.fill(Qt::red);
            data->setImageData(image);
        } else {
            data->setData(CanvasController::mimeType(), QByteArrayLiteral("{\"format\": 1"));
        }
        return data;
    };
    const int cards = int(c->project->cards(c->journey()).size());
    const int commands = c->undo()->count();
    QApplication::clipboard()->setMimeData(make());
    QVERIFY(!c->controller()->canPaste() || !QApplication::clipboard()->mimeData()->hasText());
    c->controller()->paste();
    std::unique_ptr<QMimeData> local(make());
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id pains = laneNamed(*c->project, QStringLiteral("Pains"));
    QVERIFY(c->controller()->insertMimeData(local.get(), use, pains).isEmpty());
    QCOMPARE(c->project->cards(c->journey()).size(), cards);
    QCOMPARE(c->undo()->count(), commands);
    QCOMPARE(onDisk(*c->project)->cards(c->journey()).size(), cards);
}

// --- Reordering ------------------------------------------------------------------------------

void tst_Canvas::reorderStageByDraggingHeader()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    StageHeaderItem *header = c->scene->stageHeader(discover);
    QVERIFY(header);
    const QPointF grip = header->sceneBoundingRect().center();
    const QPointF target(c->scene->stageRect(use).right() - 10, grip.y());

    drag(c->viewport(), at(*c, grip), at(*c, target));

    const QStringList expected
        = {QStringLiteral("Buy"), QStringLiteral("Use"), QStringLiteral("Discover")};
    QCOMPARE(stageNames(*c->project), expected);
    QCOMPARE(stageNames(*onDisk(*c->project)), expected);
    QCOMPARE(c->undo()->count(), 1);
    // The header and the stage's cards moved to the last column.
    QCOMPARE(c->scene->visibleStages().last(), discover);
    QVERIFY(c->scene->stageHeader(discover)->pos().x() > c->scene->stageHeader(use)->pos().x());
    QVERIFY(c->scene->stageRect(discover).contains(centreOf(*c, ad)));

    c->undo()->undo();
    QCOMPARE(stageNames(*c->project).first(), QStringLiteral("Discover"));
    QVERIFY(c->scene->stageRect(discover).contains(centreOf(*c, ad)));
    QCOMPARE(c->scene->visibleStages().first(), discover);

    // Dragging a header onto its own place changes nothing.
    const QPointF self = c->scene->stageHeader(discover)->sceneBoundingRect().center();
    drag(c->viewport(), at(*c, self), at(*c, self + QPointF(30, 0)));
    QCOMPARE(c->undo()->index(), 0);
}

void tst_Canvas::reorderLaneByDraggingHeader()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id pains = laneNamed(*c->project, QStringLiteral("Pains"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    LaneHeaderItem *header = c->scene->laneHeader(pains);
    QVERIFY(header);
    const QPointF grip = header->sceneBoundingRect().center();
    const QPointF target(grip.x(), c->scene->laneRect(touch).top() + 5);
    drag(c->viewport(), at(*c, grip), at(*c, target));
    QCOMPARE(c->project->laneIds(c->journey()).first(), pains);
    QCOMPARE(onDisk(*c->project)->laneIds(c->journey()).first(), pains);
    QVERIFY(c->scene->laneRect(pains).top() < c->scene->laneRect(touch).top());
    const Id slow = cardNamed(*c->project, QStringLiteral("Slow page"));
    QVERIFY(c->scene->laneRect(pains).contains(centreOf(*c, slow)));
}

void tst_Canvas::reorderCardWithinCell()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    const Id search = cardNamed(*c->project, QStringLiteral("Search"));
    const Id reviews = cardNamed(*c->project, QStringLiteral("Reviews"));
    // Between Search and Reviews.
    const QPointF drop((centreOf(*c, search).x()),
                       (centreOf(*c, search).y() + centreOf(*c, reviews).y()) / 2);
    drag(c->viewport(), at(*c, centreOf(*c, ad)), at(*c, drop));

    const QStringList expected
        = {QStringLiteral("Search"), QStringLiteral("Ad"), QStringLiteral("Reviews")};
    QCOMPARE(titles(*c->project, discover, touch), expected);
    QCOMPARE(titles(*onDisk(*c->project), discover, touch), expected);
    QVERIFY(c->scene->cardItem(search)->pos().y() < c->scene->cardItem(ad)->pos().y());
    QVERIFY(c->scene->cardItem(ad)->pos().y() < c->scene->cardItem(reviews)->pos().y());
    QCOMPARE(c->scene->cardItem(ad)->pos().x(), c->scene->cardItem(search)->pos().x());
    QCOMPARE(c->undo()->count(), 1);

    // Escape during a drag puts the card back and changes nothing.
    const QPointF before = c->scene->cardItem(reviews)->pos();
    press(c->viewport(), at(*c, centreOf(*c, reviews)));
    moveSteps(c->viewport(), at(*c, centreOf(*c, reviews)),
              at(*c, c->scene->cellRect(discover, touch).topLeft() + QPointF(20, 5)));
    QVERIFY(c->scene->cardItem(reviews)->pos() != before);
    QTest::keyClick(c->view.get(), Qt::Key_Escape);
    QCOMPARE(c->scene->cardItem(reviews)->pos(), before);
    release(c->viewport(), at(*c, c->scene->cellRect(discover, touch).topLeft() + QPointF(20, 5)));
    QCOMPARE(titles(*c->project, discover, touch), expected);
    QCOMPARE(c->undo()->count(), 1);
}

void tst_Canvas::dragSeveralCardsWithinCell()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    const Id search = cardNamed(*c->project, QStringLiteral("Search"));
    const Id reviews = cardNamed(*c->project, QStringLiteral("Reviews"));
    click(c->viewport(), at(*c, centreOf(*c, ad)));
    click(c->viewport(), at(*c, centreOf(*c, search)), Qt::ControlModifier);
    QCOMPARE(selectedCards(*c), QList<Id>({ad, search}));

    // Both below Reviews.
    const QRectF reviewsRect = c->scene->cardItem(reviews)->anchorRect();
    const QPointF drop(reviewsRect.center().x(), reviewsRect.bottom() + 4);
    QVERIFY(c->scene->cellRect(discover, touch).contains(drop));
    drag(c->viewport(), at(*c, centreOf(*c, ad)), at(*c, drop));

    const QStringList expected
        = {QStringLiteral("Reviews"), QStringLiteral("Ad"), QStringLiteral("Search")};
    QCOMPARE(titles(*c->project, discover, touch), expected);
    QCOMPARE(titles(*onDisk(*c->project), discover, touch), expected);
    QCOMPARE(c->undo()->count(), 1); // one macro
    QVERIFY(c->scene->cardItem(reviews)->pos().y() < c->scene->cardItem(ad)->pos().y());
    QVERIFY(c->scene->cardItem(ad)->pos().y() < c->scene->cardItem(search)->pos().y());

    // And both to another stage, in their order.
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    drag(c->viewport(), at(*c, centreOf(*c, search)),
         at(*c, c->scene->cellRect(use, touch).center()));
    QCOMPARE(titles(*c->project, use, touch),
             QStringList({QStringLiteral("Ad"), QStringLiteral("Search")}));
    QCOMPARE(titles(*onDisk(*c->project), use, touch),
             QStringList({QStringLiteral("Ad"), QStringLiteral("Search")}));
}

void tst_Canvas::altArrowsMoveCard()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id buy = stageNamed(*c->project, QStringLiteral("Buy"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    click(c->viewport(), at(*c, centreOf(*c, ad)));

    QTest::keyClick(c->view.get(), Qt::Key_Down, Qt::AltModifier);
    QStringList expected
        = {QStringLiteral("Search"), QStringLiteral("Ad"), QStringLiteral("Reviews")};
    QCOMPARE(titles(*c->project, discover, touch), expected);
    QCOMPARE(titles(*onDisk(*c->project), discover, touch), expected);
    QVERIFY(c->scene->cardItem(ad)->pos().y()
            > c->scene->cardItem(cardNamed(*c->project, QStringLiteral("Search")))->pos().y());
    QCOMPARE(selectedCards(*c), QList<Id>{ad});

    QTest::keyClick(c->view.get(), Qt::Key_Down, Qt::AltModifier);
    expected = {QStringLiteral("Search"), QStringLiteral("Reviews"), QStringLiteral("Ad")};
    QCOMPARE(titles(*c->project, discover, touch), expected);
    QCOMPARE(c->undo()->count(), 2);

    // Already last: nothing to do, and nothing to undo.
    QTest::keyClick(c->view.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(titles(*c->project, discover, touch), expected);
    QCOMPARE(c->undo()->count(), 2);

    QTest::keyClick(c->view.get(), Qt::Key_Up, Qt::AltModifier);
    expected = {QStringLiteral("Search"), QStringLiteral("Ad"), QStringLiteral("Reviews")};
    QCOMPARE(titles(*c->project, discover, touch), expected);

    QTest::keyClick(c->view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(titles(*c->project, buy, touch),
             QStringList({QStringLiteral("Checkout"), QStringLiteral("Ad")}));
    QCOMPARE(titles(*onDisk(*c->project), buy, touch),
             QStringList({QStringLiteral("Checkout"), QStringLiteral("Ad")}));
    QVERIFY(c->scene->cellRect(buy, touch).contains(c->scene->cardItem(ad)->anchorRect()));
    QCOMPARE(selectedCards(*c), QList<Id>{ad});
}

void tst_Canvas::arrowsMoveSelection()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Project &p = *c->project;
    const Id ad = cardNamed(p, QStringLiteral("Ad"));
    const Id search = cardNamed(p, QStringLiteral("Search"));
    const Id reviews = cardNamed(p, QStringLiteral("Reviews"));
    const Id checkout = cardNamed(p, QStringLiteral("Checkout"));
    QVERIFY(selectedCards(*c).isEmpty());

    // Nothing selected: the first card.
    QTest::keyClick(c->view.get(), Qt::Key_Down);
    QCOMPARE(selectedCards(*c), QList<Id>{ad});
    QTest::keyClick(c->view.get(), Qt::Key_Down);
    QCOMPARE(selectedCards(*c), QList<Id>{search});
    QTest::keyClick(c->view.get(), Qt::Key_Down);
    QCOMPARE(selectedCards(*c), QList<Id>{reviews});
    QTest::keyClick(c->view.get(), Qt::Key_Up);
    QCOMPARE(selectedCards(*c), QList<Id>{search});
    QTest::keyClick(c->view.get(), Qt::Key_Up);
    QTest::keyClick(c->view.get(), Qt::Key_Right);
    QCOMPARE(selectedCards(*c), QList<Id>{checkout});
    QTest::keyClick(c->view.get(), Qt::Key_Left);
    QCOMPARE(selectedCards(*c), QList<Id>{ad});
    // Nothing further left: the selection stays.
    QTest::keyClick(c->view.get(), Qt::Key_Left);
    QCOMPARE(selectedCards(*c), QList<Id>{ad});
    QTest::keyClick(c->view.get(), Qt::Key_Escape);
    QVERIFY(selectedCards(*c).isEmpty());
    // Arrows never edit.
    QCOMPARE(c->undo()->count(), 0);
}

void tst_Canvas::tabCyclesThroughCards()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    QList<Id> order;
    for (const Card &card : c->project->cards(c->journey()))
        order.append(card.id);
    QCOMPARE(order.size(), 8);

    QVERIFY(selectedCards(*c).isEmpty());
    QTest::keyClick(c->view.get(), Qt::Key_Tab);
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(0)});
    QTest::keyClick(c->view.get(), Qt::Key_Tab);
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(1)});
    QTest::keyClick(c->view.get(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(0)});
    QTest::keyClick(c->view.get(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(selectedCards(*c), QList<Id>{order.last()});
    QTest::keyClick(c->view.get(), Qt::Key_Tab);
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(0)});

    // After a click, Tab goes on from the clicked card.
    click(c->viewport(), at(*c, centreOf(*c, order.at(4))));
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(4)});
    QTest::keyClick(c->view.get(), Qt::Key_Tab);
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(5)});
    // After a rubber band (no focus item), too.
    c->scene->clearSelection();
    c->scene->setFocusItem(nullptr);
    QTest::keyClick(c->view.get(), Qt::Key_Tab);
    QCOMPARE(selectedCards(*c), QList<Id>{order.at(0)});
}

// --- Headers -----------------------------------------------------------------------------------

void tst_Canvas::headerContextMenus()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const Id pains = laneNamed(*c->project, QStringLiteral("Pains"));

    QMenu stageMenu;
    c->controller()->populateStageMenu(&stageMenu, discover);
    QCOMPARE(menuTexts(&stageMenu),
             QStringList({QStringLiteral("Rename Stage"), QStringLiteral("Change Colour…"),
                          QStringLiteral("Add Stage Before"), QStringLiteral("Add Stage After"),
                          QStringLiteral("Move Left"), QStringLiteral("Move Right"),
                          QStringLiteral("Hide Stage"), QStringLiteral("Delete Stage…")}));
    QVERIFY(!findAction(&stageMenu, QStringLiteral("Move Left"))->isEnabled()); // first stage
    QVERIFY(findAction(&stageMenu, QStringLiteral("Move Right"))->isEnabled());

    QMenu laneMenu;
    c->controller()->populateLaneMenu(&laneMenu, pains);
    QCOMPARE(menuTexts(&laneMenu),
             QStringList({QStringLiteral("Rename Lane"), QStringLiteral("Add Lane Above"),
                          QStringLiteral("Add Lane Below"), QStringLiteral("Move Up"),
                          QStringLiteral("Move Down"), QStringLiteral("Hide Lane"),
                          QStringLiteral("Delete Lane…")}));
    QVERIFY(!findAction(&laneMenu, QStringLiteral("Move Down"))->isEnabled()); // last lane
    QCOMPARE(findAction(&laneMenu, QStringLiteral("Add Lane Above"))->menu()->actions().size(),
             int(enumValues<LaneKind>().size()));

    // The actions work.
    findAction(&stageMenu, QStringLiteral("Move Right"))->trigger();
    QCOMPARE(stageNames(*c->project).at(1), QStringLiteral("Discover"));
    QCOMPARE(stageNames(*onDisk(*c->project)).at(1), QStringLiteral("Discover"));
    findAction(&laneMenu, QStringLiteral("Move Up"))->trigger();
    QCOMPARE(c->project->laneIds(c->journey()).at(1), pains);
    QCOMPARE(onDisk(*c->project)->laneIds(c->journey()).at(1), pains);

    // The real context menu of a stage header is the stage menu; of a lane header, the lane's.
    {
        PopupCloser closer;
        const QPoint pos = at(*c, c->scene->stageHeader(discover)->sceneBoundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, c->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(c->viewport(), &event);
        QVERIFY(closer.seen());
        QVERIFY2(closer.texts().contains(QStringLiteral("Hide Stage")),
                 qPrintable(closer.texts().join(QLatin1Char('|'))));
        QVERIFY(c->scene->stageHeader(discover)->isSelected());
    }
    {
        PopupCloser closer;
        const QPoint pos = at(*c, c->scene->laneHeader(pains)->sceneBoundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, c->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(c->viewport(), &event);
        QVERIFY(closer.seen());
        QVERIFY2(closer.texts().contains(QStringLiteral("Hide Lane")),
                 qPrintable(closer.texts().join(QLatin1Char('|'))));
    }

    // Read-only: every action is there, none is enabled.
    c->project->setEditLock(QStringLiteral("Review mode"));
    QMenu locked;
    c->controller()->populateStageMenu(&locked, discover);
    for (QAction *a : locked.actions())
        QVERIFY(a->isSeparator() || !a->isEnabled());
}

void tst_Canvas::hideAndShowStage()
{
    auto c = openTemplate(Templates::defaultName());
    QVERIFY(c);
    const Id first = c->scene->visibleStages().first();
    const QString name = c->project->stage(first).name;
    QCOMPARE(name, QStringLiteral("Discovery & Choice"));
    QCOMPARE(c->scene->visibleStages().size(), 4);
    // Give the stage a card, so that hiding must hide it too.
    const Id lane = c->scene->visibleLanes().first();
    const Id cardId = c->controller()->addCard(first, lane, 0, QStringLiteral("Hidden with it"));
    QVERIFY(cardId != NoId);

    QMenu menu;
    c->controller()->populateStageMenu(&menu, first);
    QAction *hide = findAction(&menu, QStringLiteral("Hide Stage"));
    QVERIFY(hide);
    hide->trigger();
    QVERIFY(c->project->stage(first).hidden);
    QVERIFY(onDisk(*c->project)->stage(first).hidden);
    QCOMPARE(c->scene->visibleStages().size(), 3);
    QVERIFY(!c->scene->stageHeader(first));
    QVERIFY(!c->scene->cardItem(cardId)->isVisible());
    QCOMPARE(c->undo()->undoText(), QStringLiteral("Hide stage"));

    // The hidden stage is offered back, under its name as typed ("&" is not a mnemonic).
    QMenu again;
    c->controller()->populateStageMenu(&again, c->scene->visibleStages().first());
    const QString showText = QStringLiteral("Show Stage “%1”").arg(name);
    QAction *show = findAction(&again, showText);
    QVERIFY2(show, qPrintable(menuTexts(&again).join(QLatin1Char('|'))));
    QMenu empty;
    c->controller()->populateHiddenMenu(&empty);
    QVERIFY(findAction(&empty, showText));
    show->trigger();
    QVERIFY(!c->project->stage(first).hidden);
    QVERIFY(!onDisk(*c->project)->stage(first).hidden);
    QCOMPARE(c->scene->visibleStages().size(), 4);
    QCOMPARE(c->scene->visibleStages().first(), first);
    QVERIFY(c->scene->stageHeader(first));
    QVERIFY(c->scene->cardItem(cardId)->isVisible());
    QVERIFY(c->scene->cellRect(first, lane).contains(c->scene->cardItem(cardId)->anchorRect()));
    QMenu none;
    c->controller()->populateHiddenMenu(&none);
    QVERIFY(none.isEmpty());
}

void tst_Canvas::deletingStageWithCardsAsks()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    const QList<Id> cardsOfStage = {cardNamed(*c->project, QStringLiteral("Ad")),
                                    cardNamed(*c->project, QStringLiteral("Search")),
                                    cardNamed(*c->project, QStringLiteral("Reviews")),
                                    cardNamed(*c->project, QStringLiteral("Curious"))};
    click(c->viewport(), at(*c, c->scene->stageHeader(discover)->sceneBoundingRect().center()));
    QVERIFY(c->scene->stageHeader(discover)->isSelected());
    {
        DialogAnswerer cancel;
        QTest::keyClick(c->view.get(), Qt::Key_Delete);
        QVERIFY(cancel.answered());
        QVERIFY2(cancel.text().contains(QStringLiteral("Discover")), qPrintable(cancel.text()));
        QVERIFY2(cancel.text().contains(QStringLiteral("4")), qPrintable(cancel.text()));
    }
    QVERIFY(c->project->hasStage(discover));
    QVERIFY(c->scene->stageHeader(discover));
    QCOMPARE(c->undo()->count(), 0);
    QVERIFY(onDisk(*c->project)->hasStage(discover));

    {
        DialogAnswerer remove(QStringLiteral("Delete"));
        QTest::keyClick(c->view.get(), Qt::Key_Delete);
        QVERIFY(remove.answered());
    }
    QVERIFY(!c->project->hasStage(discover));
    QVERIFY(!c->scene->stageHeader(discover));
    for (Id id : cardsOfStage)
        QVERIFY(!c->scene->cardItem(id));
    QVERIFY(!onDisk(*c->project)->hasStage(discover));

    c->undo()->undo();
    QVERIFY(c->scene->stageHeader(discover));
    auto disk = onDisk(*c->project);
    QVERIFY(disk->hasStage(discover));
    for (Id id : cardsOfStage) {
        QVERIFY(c->scene->cardItem(id));
        QVERIFY(disk->hasCard(id));
    }
    QCOMPARE(disk->connections(c->journey()).size(), 2);
}

// --- Read-only and bad input -------------------------------------------------------------------

void tst_Canvas::readOnlyProjectRefusesEdits()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    c->project->setEditLock(QStringLiteral("Review mode: comments only."));
    QVERIFY(!c->project->isEditable());
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    const int cards = int(c->project->cards(c->journey()).size());

    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier,
                       at(*c, c->scene->cellRect(use, touch).center()));
    QVERIFY(!c->view->inlineEditor()->isActive());
    QTest::keyClicks(c->view.get(), QStringLiteral("x"));

    click(c->viewport(), at(*c, centreOf(*c, ad)));
    QCOMPARE(selectedCards(*c), QList<Id>{ad}); // selecting is fine
    QTest::keyClick(c->view.get(), Qt::Key_Delete);
    QTest::keyClick(c->view.get(), Qt::Key_F2);
    QVERIFY(!c->view->inlineEditor()->isActive());
    QTest::keyClick(c->view.get(), Qt::Key_Down, Qt::AltModifier);
    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier, at(*c, centreOf(*c, ad)));
    QVERIFY(!c->view->inlineEditor()->isActive());
    drag(c->viewport(), at(*c, centreOf(*c, ad)), at(*c, c->scene->cellRect(use, touch).center()));
    const Id anxious = cardNamed(*c->project, QStringLiteral("Anxious"));
    const QPointF point = c->scene->cardItem(anxious)->pos();
    drag(c->viewport(), at(*c, point), at(*c, point - QPointF(0, 60)));

    QVERIFY(c->project->hasCard(ad));
    QCOMPARE(c->project->card(ad).stageId, stageNamed(*c->project, QStringLiteral("Discover")));
    QCOMPARE(c->project->card(ad).position, 0);
    QCOMPARE(c->project->card(anxious).emotion, std::optional<int>(-1));
    QCOMPARE(c->scene->cardItem(anxious)->pos(), point);
    QCOMPARE(c->project->cards(c->journey()).size(), cards);
    QCOMPARE(c->undo()->count(), 0);
    auto disk = onDisk(*c->project);
    QCOMPARE(disk->cards(c->journey()).size(), cards);
    QCOMPARE(disk->card(ad).position, 0);
    QVERIFY(c->scene->cellRect(stageNamed(*c->project, QStringLiteral("Discover")), touch)
                .contains(c->scene->cardItem(ad)->anchorRect()));

    c->project->setEditLock({});
    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier,
                       at(*c, c->scene->cellRect(use, touch).center()));
    QVERIFY(c->view->inlineEditor()->isActive());
    QTest::keyClick(c->view->inlineEditor(), Qt::Key_Escape);
}

void tst_Canvas::badTitles_data()
{
    QTest::addColumn<QString>("title");
    QString longTitle;
    while (longTitle.size() < 10000)
        longTitle += QStringLiteral("customer journey ");
    longTitle.truncate(10000);
    if (longTitle.endsWith(QLatin1Char(' ')))
        longTitle[longTitle.size() - 1] = QLatin1Char('x');
    QTest::newRow("10,000 characters") << longTitle;
    QTest::newRow("10,000 without spaces") << QString(10000, QLatin1Char('w'));
    QTest::newRow("emoji") << QStringLiteral("🚲 Bike 👍🏽 👨‍👩‍👧 ✨");
    QTest::newRow("right-to-left") << QStringLiteral("مرحبا بالعالم שלום עולם");
    QTest::newRow("html") << QStringLiteral("<b>x</b>");
    QTest::newRow("script") << QStringLiteral("<script>alert('x')</script> &amp; <img src=x>");
    QTest::newRow("line breaks") << QStringLiteral("first line\nsecond line\nthird\nfourth");
    QTest::newRow("ampersand") << QStringLiteral("Search & compare");
}

void tst_Canvas::badTitles()
{
    QFETCH(QString, title);
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier,
                       at(*c, c->scene->cellRect(use, touch).center()));
    InlineEditor *editor = c->view->inlineEditor();
    QVERIFY(editor->isActive());
    editor->insertPlainText(title);
    QTest::keyClick(editor, Qt::Key_Return);
    const QList<Id> added = c->project->cellCardIds(use, touch);
    QCOMPARE(added.size(), 1);
    const Id id = added.first();
    QCOMPARE(c->project->card(id).title, title);
    QCOMPARE(onDisk(*c->project)->card(id).title, title);

    CardItem *item = c->scene->cardItem(id);
    QVERIFY(item);
    QCOMPARE(item->card().title, title);
    // Shown literally, never interpreted as markup.
    QVERIFY(item->accessibleText().contains(title.left(200)));
    const QString tip = shownAsToolTip(item->toolTip());
    QVERIFY2(tip.contains(title.left(200)), qPrintable(tip.left(300)));
    QVERIFY(c->scene->cellRect(use, touch).contains(item->anchorRect()));

    // Renaming in place shows the full title and keeps it.
    click(c->viewport(), at(*c, centreOf(*c, id)));
    QTest::keyClick(c->view.get(), Qt::Key_F2);
    QVERIFY(editor->isActive());
    QCOMPARE(editor->toPlainText(), title);
    QTest::keyClick(editor, Qt::Key_Escape);

    QVERIFY(hasInk(paintView(*c->view)));
    QVERIFY(hasInk(paintScene(*c->scene)));
    c->view->setZoom(0.2);
    QVERIFY(hasInk(paintView(*c->view)));
    c->view->setZoom(3.0);
    c->view->centerOn(item);
    QVERIFY(hasInk(paintView(*c->view)));
}

void tst_Canvas::renameToEmptyTitle()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    click(c->viewport(), at(*c, centreOf(*c, ad)));
    QTest::keyClick(c->view.get(), Qt::Key_F2);
    InlineEditor *editor = c->view->inlineEditor();
    QVERIFY(editor->isActive());
    QTest::keyClick(editor, Qt::Key_Delete); // the title is selected
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(c->project->card(ad).title, QString());
    QCOMPARE(onDisk(*c->project)->card(ad).title, QString());
    QVERIFY(c->scene->cardItem(ad)->accessibleText().startsWith(QStringLiteral("Touchpoint")));
    QVERIFY(hasInk(paintView(*c->view)));
}

void tst_Canvas::stageWithFiveHundredCards()
{
    MapBuilder m;
    const QString s1 = m.stage(QStringLiteral("Crowded"));
    const QString s2 = m.stage(QStringLiteral("Quiet"));
    const QString l1 = m.lane(QStringLiteral("Touchpoints"), QStringLiteral("touchpoints"));
    const QString l2 = m.lane(QStringLiteral("Feelings"), QStringLiteral("emotion_curve"));
    QString previous;
    for (int i = 0; i < 500; ++i) {
        const QString id
            = m.card(s1, i % 2 ? l1 : l2, QStringLiteral("touchpoint"),
                     QStringLiteral("Card %1").arg(i), QStringLiteral("web"), {}, (i % 5) - 2);
        if (!previous.isEmpty() && i % 7 == 0)
            m.connect(previous, id);
        previous = id;
    }
    auto c = openCanvas(m.json());
    QVERIFY(c);
    QCOMPARE(c->scene->cardItems().size(), 500);
    const Id crowded = stageNamed(*c->project, QStringLiteral("Crowded"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const CanvasMetrics &metrics = c->scene->metrics();
    // 250 cards stacked in one cell: the lane grows to hold them all.
    const QRectF lane = c->scene->laneRect(touch);
    QVERIFY(lane.height()
            >= 250 * (metrics.cardHeight + metrics.cardSpacing) - metrics.cardSpacing);
    const QList<Id> cell = c->project->cellCardIds(crowded, touch);
    QCOMPARE(cell.size(), 250);
    QVERIFY(
        c->scene->cellRect(crowded, touch).contains(c->scene->cardItem(cell.last())->anchorRect()));
    QVERIFY(c->scene->cardItem(cell.at(1))->pos().y() > c->scene->cardItem(cell.at(0))->pos().y());
    QVERIFY(c->scene->sceneRect().height() > lane.height());

    QVERIFY(hasInk(paintScene(*c->scene)));
    QVERIFY(hasInk(paintView(*c->view)));
    c->view->zoomToFit();
    QVERIFY(hasInk(paintView(*c->view)));
    c->view->resetZoom();

    // Adding one more card relays out that lane only.
    const int layouts = c->scene->laneLayoutCount();
    c->controller()->addCard(crowded, touch, 0, QStringLiteral("One more"));
    QCOMPARE(c->scene->laneLayoutCount() - layouts, 1);
    QCOMPARE(c->scene->cardItems().size(), 501);
}

// Reports export the map as PDF and SVG: cards must stay vector shapes there, not the
// pixmaps the screen uses to paint faster.
void tst_Canvas::paintsVectorOutlinesIntoSvg()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    c->controller()->selectCards({cardNamed(*c->project, QStringLiteral("Ad"))});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QRectF source = c->scene->sceneRect();
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    QPainter painter(&generator);
    c->scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    const QByteArray svg = buffer.data();
    QVERIFY(svg.contains("<path"));
    // Icons are pictures (a kind icon per card, a channel icon for four of them, one per
    // lane header); the cards' outlines are not.
    int cards = 0;
    for (CardItem *item : c->scene->cardItems()) {
        if (item->type() == CardItem::Type)
            ++cards;
    }
    QCOMPARE(cards, 5);
    const int images = int(svg.count("<image"));
    QVERIFY2(images <= cards + 4 + 3, qPrintable(QString::number(images)));
    QVERIFY(svg.contains("Checkout"));
}

void tst_Canvas::journeyWithoutStages_data()
{
    QTest::addColumn<bool>("stages");
    QTest::addColumn<bool>("lanes");
    QTest::newRow("no stages") << false << true;
    QTest::newRow("no lanes") << true << false;
    QTest::newRow("nothing") << false << false;
}

void tst_Canvas::journeyWithoutStages()
{
    QFETCH(bool, stages);
    QFETCH(bool, lanes);
    MapBuilder m;
    if (stages) {
        m.stage(QStringLiteral("Alone"));
        m.stage(QStringLiteral("Hidden"), true);
    }
    if (lanes) {
        m.lane(QStringLiteral("Touchpoints"), QStringLiteral("touchpoints"));
        m.lane(QStringLiteral("Feelings"), QStringLiteral("emotion_curve"));
    }
    auto c = openCanvas(m.json());
    QVERIFY(c);
    QVERIFY(c->journey() != NoId);
    QCOMPARE(c->scene->visibleStages().size(), stages ? 1 : 0);
    QCOMPARE(c->scene->visibleLanes().size(), lanes ? 2 : 0);
    QVERIFY(c->scene->sceneRect().isValid());
    paintScene(*c->scene);
    paintView(*c->view);

    // Nothing to click, type or select; nothing breaks.
    QTest::mouseDClick(c->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
    QVERIFY(!c->view->inlineEditor()->isActive());
    for (Qt::Key key : {Qt::Key_Down, Qt::Key_Right, Qt::Key_Tab, Qt::Key_Delete, Qt::Key_F2})
        QTest::keyClick(c->view.get(), key);
    QTest::keyClick(c->view.get(), Qt::Key_A, Qt::ControlModifier);
    drag(c->viewport(), QPoint(250, 150), QPoint(600, 500));
    c->view->zoomToFit();
    c->view->selectAllCards();
    c->controller()->paste();
    QCOMPARE(c->undo()->count(), 0);
    QVERIFY(!c->controller()->canPaste());
    paintView(*c->view);
}

void tst_Canvas::undoDuringDragDoesNotCrash()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    const Id use = stageNamed(*c->project, QStringLiteral("Use"));
    const Id touch = laneNamed(*c->project, QStringLiteral("Touchpoints"));
    const Id fresh = c->controller()->addCard(use, touch, 0, QStringLiteral("Fresh"));
    QVERIFY(fresh != NoId);
    const QPoint from = at(*c, centreOf(*c, fresh));
    const QPoint to = at(*c, c->scene
                                 ->cellRect(stageNamed(*c->project, QStringLiteral("Buy")),
                                            laneNamed(*c->project, QStringLiteral("Pains")))
                                 .center());
    press(c->viewport(), from);
    moveSteps(c->viewport(), from, (from + to) / 2);
    // Ctrl+Z while the mouse is down: the dragged card goes away under the drag.
    c->undo()->undo();
    QVERIFY(!c->project->hasCard(fresh));
    QVERIFY(!c->scene->cardItem(fresh));
    moveSteps(c->viewport(), (from + to) / 2, to);
    release(c->viewport(), to);
    QCOMPARE(c->project->cards(c->journey()).size(), 8);
    QCOMPARE(c->undo()->index(), 0);
    QVERIFY(hasInk(paintView(*c->view)));

    // The same with an emotion point whose lane is deleted under the drag.
    const Id anxious = cardNamed(*c->project, QStringLiteral("Anxious"));
    const Id feelings = c->project->card(anxious).laneId;
    const QPoint point = at(*c, c->scene->cardItem(anxious)->pos());
    press(c->viewport(), point);
    moveSteps(c->viewport(), point, point - QPoint(0, 30));
    {
        DialogAnswerer remove(QStringLiteral("Delete"));
        c->controller()->deleteLane(feelings);
    }
    QVERIFY(!c->project->hasLane(feelings));
    moveSteps(c->viewport(), point - QPoint(0, 30), point - QPoint(0, 60));
    release(c->viewport(), point - QPoint(0, 60));
    QVERIFY(!c->project->hasCard(anxious));
    QCOMPARE(c->undo()->undoText(), QStringLiteral("Delete lane"));
}

// --- Panels ----------------------------------------------------------------------------------

void tst_Canvas::inspectorChangesOwner()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    InspectorPanel inspector;
    inspector.setScene(c->scene.get());
    inspector.resize(400, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QCOMPARE(inspector.subject(), InspectorPanel::Subject::Journey);

    const Id checkout = cardNamed(*c->project, QStringLiteral("Checkout"));
    click(c->viewport(), at(*c, centreOf(*c, checkout)));
    QCOMPARE(inspector.subject(), InspectorPanel::Subject::Card);
    QCOMPARE(inspector.subjectId(), checkout);
    QLineEdit *owner = nullptr;
    for (QLineEdit *edit : inspector.findChildren<QLineEdit *>()) {
        if (edit->placeholderText() == QLatin1String("Team or role responsible"))
            owner = edit;
    }
    QVERIFY(owner);
    QVERIFY(owner->isVisible());
    QVERIFY(owner->isEnabled());
    QCOMPARE(owner->text(), QStringLiteral("Sales"));

    const int commands = c->undo()->count();
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Service desk"));
    QCOMPARE(c->undo()->count(), commands); // nothing until the field is done
    QTest::keyClick(owner, Qt::Key_Return);
    // Leaving the field after Enter does not add a second command.
    owner->clearFocus();
    c->view->setFocus();
    QApplication::processEvents();
    QCOMPARE(c->undo()->count(), commands + 1);
    QCOMPARE(c->undo()->undoText(), QStringLiteral("Change owner"));
    QCOMPARE(c->project->card(checkout).owner, QStringLiteral("Service desk"));
    QCOMPARE(c->scene->cardItem(checkout)->card().owner, QStringLiteral("Service desk"));
    QCOMPARE(onDisk(*c->project)->card(checkout).owner, QStringLiteral("Service desk"));
    QCOMPARE(owner->text(), QStringLiteral("Service desk"));

    // Programmatic text + editingFinished is the same edit.
    owner->setText(QStringLiteral("  Finance  "));
    Q_EMIT owner->editingFinished();
    QCOMPARE(c->undo()->count(), commands + 2);
    QCOMPARE(onDisk(*c->project)->card(checkout).owner, QStringLiteral("Finance"));

    // Undo shows the old owner in the inspector.
    c->undo()->undo();
    QCOMPARE(owner->text(), QStringLiteral("Service desk"));

    // Selecting another card shows that one.
    const Id ad = cardNamed(*c->project, QStringLiteral("Ad"));
    click(c->viewport(), at(*c, centreOf(*c, ad)));
    QCOMPARE(inspector.subjectId(), ad);
    QCOMPARE(owner->text(), QStringLiteral("Marketing"));

    // Read-only: the fields cannot be edited.
    c->project->setEditLock(QStringLiteral("Review mode"));
    QVERIFY(!owner->isEnabled());
}

void tst_Canvas::outlineAndMapSelectionFollowEachOther()
{
    MapData map;
    JsonMapReader reader;
    QVERIFY(reader.read(gridMap(), &map));
    DocumentError error;
    auto project = Project::create(newPath(), map, &error);
    QVERIFY(project);
    Project *p = project.get();
    auto *window = new MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showProject(std::move(project));
    ProjectWorkspace *workspace = window->workspace();
    QVERIFY(workspace);
    JourneyView *view = workspace->view();
    auto *outline = window->findChild<OutlinePanel *>();
    QVERIFY(outline);
    QTreeView *tree = outline->view();
    auto *model = qobject_cast<OutlineModel *>(tree->model());
    QVERIFY(model);
    QVERIFY(tree->isVisible());

    // Outline -> map.
    const Id checkout = cardNamed(*p, QStringLiteral("Checkout"));
    QModelIndex index = model->indexOfCard(checkout);
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                      tree->visualRect(index).center());
    QCOMPARE(view->controller()->selectedCardIds(), QList<Id>{checkout});

    // Map -> outline.
    const Id slow = cardNamed(*p, QStringLiteral("Slow page"));
    const QPoint pos
        = view->mapFromScene(workspace->scene()->cardItem(slow)->anchorRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(view->controller()->selectedCardIds(), QList<Id>{slow});
    QModelIndexList selected = tree->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first(), model->indexOfCard(slow));

    // Several cards on the map: all of them in the outline.
    const Id ad = cardNamed(*p, QStringLiteral("Ad"));
    view->controller()->selectCards({ad, slow});
    selected = tree->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 2);
    QVERIFY(selected.contains(model->indexOfCard(ad)));

    // The outline is rebuilt after an edit; it still shows what the map selects.
    view->controller()->selectCards({slow});
    view->controller()->moveCards({slow}, stageNamed(*p, QStringLiteral("Use")),
                                  laneNamed(*p, QStringLiteral("Pains")), 0);
    // The outline rebuilds once per event loop turn.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(tree->selectionModel()->selectedIndexes().size(), 1);
    QCOMPARE(tree->selectionModel()->selectedIndexes().first(), model->indexOfCard(slow));
    QCOMPARE(view->controller()->selectedCardIds(), QList<Id>{slow});

    // Ctrl-click in the outline extends the selection on the map.
    index = model->indexOfCard(ad);
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      tree->visualRect(index).center());
    QList<Id> both = view->controller()->selectedCardIds();
    std::sort(both.begin(), both.end());
    QList<Id> expected = {ad, slow};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(both, expected);
}

namespace {

QAction *actionWithShortcut(QWidget *window, const QKeySequence &key)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().contains(key))
            return a;
    }
    return nullptr;
}

} // namespace

void tst_Canvas::mapActionsFollowSelectionAndLock()
{
    MapData map;
    JsonMapReader reader;
    QVERIFY(reader.read(gridMap(), &map));
    DocumentError error;
    auto project = Project::create(newPath(), map, &error);
    QVERIFY(project);
    Project *p = project.get();
    auto *window = new MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showProject(std::move(project));
    JourneyView *view = window->workspace()->view();
    QAction *cut = actionWithShortcut(window, QKeySequence(QKeySequence::Cut));
    QAction *copy = actionWithShortcut(window, QKeySequence(QKeySequence::Copy));
    QAction *paste = actionWithShortcut(window, QKeySequence(QKeySequence::Paste));
    QAction *remove = actionWithShortcut(window, QKeySequence(QKeySequence::Delete));
    QAction *rename = actionWithShortcut(window, QKeySequence(Qt::Key_F2));
    QAction *undo = actionWithShortcut(window, QKeySequence(QKeySequence::Undo));
    for (QAction *a : {cut, copy, paste, remove, rename, undo})
        QVERIFY(a);
    QVERIFY(!cut->isEnabled());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!remove->isEnabled());

    const Id checkout = cardNamed(*p, QStringLiteral("Checkout"));
    click(view->viewport(),
          view->mapFromScene(
              window->workspace()->scene()->cardItem(checkout)->anchorRect().center()));
    QVERIFY(cut->isEnabled());
    QVERIFY(copy->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(rename->isEnabled());

    remove->trigger();
    QVERIFY(!p->hasCard(checkout));
    QVERIFY(!onDisk(*p)->hasCard(checkout));
    QVERIFY(!remove->isEnabled());
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(p->hasCard(checkout));
    QVERIFY(onDisk(*p)->hasCard(checkout));

    view->controller()->selectCards({checkout});
    copy->trigger();
    if (QApplication::clipboard()->mimeData()->hasFormat(CanvasController::mimeType())) {
        QVERIFY(paste->isEnabled());
        paste->trigger();
        QCOMPARE(p->cellCardIds(p->card(checkout).stageId, p->card(checkout).laneId).size(), 2);
    }

    p->setEditLock(QStringLiteral("Review mode"));
    view->controller()->selectCards({checkout});
    QVERIFY(!cut->isEnabled());
    QVERIFY(copy->isEnabled()); // copying out of a read-only project is fine
    QVERIFY(!paste->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!rename->isEnabled());
}

void tst_Canvas::closingWindowWithSelectionAndOpenEditor()
{
    MapData map;
    JsonMapReader reader;
    QVERIFY(reader.read(gridMap(), &map));
    DocumentError error;
    const QString path = newPath();
    auto project = Project::create(path, map, &error);
    QVERIFY(project);
    const Id ad = cardNamed(*project, QStringLiteral("Ad"));
    const Id checkout = cardNamed(*project, QStringLiteral("Checkout"));
    QPointer<MainWindow> window = new MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showProject(std::move(project));
    JourneyView *view = window->workspace()->view();
    // A selection of several cards and a connection, and a rename in progress.
    view->controller()->selectCards({ad, checkout});
    for (QGraphicsItem *item : window->workspace()->scene()->items()) {
        if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item))
            connection->setSelected(true);
    }
    view->startRename(CardItem::Type, ad);
    QVERIFY(view->inlineEditor()->isActive());
    QTest::keyClicks(view->inlineEditor(), QStringLiteral("Typed"));
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!window);
    // The file is intact and still opens.
    DocumentError reopenError;
    auto reopened = Project::open(path, {}, &reopenError);
    QVERIFY2(reopened, qPrintable(reopenError.message));
    QVERIFY(reopened->hasCard(ad));
    QVERIFY(reopened->hasCard(checkout));
    // What was typed in place was kept, as when the field loses the focus.
    QCOMPARE(reopened->card(ad).title, QStringLiteral("Typed"));
}

void tst_Canvas::zoomAndPan()
{
    auto c = openCanvas(gridMap());
    QVERIFY(c);
    QCOMPARE(c->view->zoom(), 1.0);
    const QPoint centre = c->viewport()->rect().center();
    const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(QPointF(centre), QPointF(c->viewport()->mapToGlobal(centre)), QPoint(),
                          QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(c->viewport(), &event);
    };
    wheel(120, Qt::ControlModifier);
    QVERIFY(qAbs(c->view->zoom() - 1.2) < 1e-9);
    wheel(240, Qt::ControlModifier);
    QVERIFY(c->view->zoom() > 1.7);
    wheel(-120, Qt::ControlModifier);
    QVERIFY(c->view->zoom() < 1.7);
    for (int i = 0; i < 40; ++i)
        wheel(120, Qt::ControlModifier);
    QCOMPARE(c->view->zoom(), 4.0); // bounded
    c->view->resetZoom();
    c->view->setZoom(2.5);
    QVERIFY(c->view->horizontalScrollBar()->maximum() > 0);

    // Middle button pans.
    c->view->horizontalScrollBar()->setValue(0);
    c->view->verticalScrollBar()->setValue(0);
    const QPoint from = centre;
    QTest::mousePress(c->viewport(), Qt::MiddleButton, Qt::NoModifier, from);
    for (int i = 1; i <= 5; ++i) {
        const QPoint p = from - QPoint(40 * i, 30 * i);
        QMouseEvent move(QEvent::MouseMove, QPointF(p), QPointF(c->viewport()->mapToGlobal(p)),
                         Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
        QApplication::sendEvent(c->viewport(), &move);
    }
    QTest::mouseRelease(c->viewport(), Qt::MiddleButton, Qt::NoModifier, from - QPoint(200, 150));
    QCOMPARE(c->view->horizontalScrollBar()->value(), 200);
    QCOMPARE(c->view->verticalScrollBar()->value(), 150);
    // Stage headers follow: they stay at the top of what is shown.
    const Id discover = stageNamed(*c->project, QStringLiteral("Discover"));
    QVERIFY(c->scene->stageHeader(discover)->pos().y()
            >= c->view->mapToScene(QPoint(0, 0)).y() - 0.5);

    // Space + left drag pans too, and selects nothing.
    QTest::keyPress(c->view.get(), Qt::Key_Space);
    drag(c->viewport(), from, from + QPoint(100, 50));
    QTest::keyRelease(c->view.get(), Qt::Key_Space);
    QCOMPARE(c->view->horizontalScrollBar()->value(), 100);
    QCOMPARE(c->view->verticalScrollBar()->value(), 100);
    QCOMPARE(c->undo()->count(), 0);

    c->view->zoomToFit();
    QVERIFY(c->view->zoom() <= 1.0);
    const QRectF shown = c->view->mapToScene(c->viewport()->rect()).boundingRect();
    QVERIFY(shown.adjusted(-2, -2, 2, 2).contains(c->scene->sceneRect()));
}

QTEST_MAIN(tst_Canvas)

#include "tst_canvas.moc"
