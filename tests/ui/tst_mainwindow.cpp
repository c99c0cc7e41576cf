#include "uitestutil.h"

#include "canvas/carditem.h"
#include "canvas/connectionitem.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "commands/editcommand.h"
#include "io/templates.h"
#include "mainwindow.h"
#include "project/project.h"
#include "projectworkspace.h"
#include "recentfiles.h"
#include "welcomepage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Waymark;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void startsOnWelcomePage();
    void newFromTemplateShowsGrid();
    void sampleShowsCardsAndConnections();
    void openFileAddsToRecentFiles();
    void badFilesAreRefusedWithASentence_data();
    void badFilesAreRefusedWithASentence();
    void fileInUseOffersReadOnly();
    void readOnlyProjectShowsBanner();
    void undoActionNamesTheCommand();
    void menusHaveStandardShortcuts();

private:
    QString makeProject(const QString &name, const QString &templateName = {});
    MainWindow *newWindow();
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    RecentFiles::instance().clear();
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<MainWindow *>(w))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString tst_MainWindow::makeProject(const QString &name, const QString &templateName)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    MapData map;
    QString error;
    const QString t = templateName.isEmpty() ? Templates::defaultName() : templateName;
    if (!Templates::load(t, &map, &error))
        return {};
    DocumentError docError;
    auto project = Project::create(path, map, &docError);
    return project ? path : QString();
}

MainWindow *tst_MainWindow::newWindow()
{
    auto *window = new MainWindow;
    window->show();
    return window;
}

void tst_MainWindow::startsOnWelcomePage()
{
    MainWindow *window = newWindow();
    auto *stack = qobject_cast<QStackedWidget *>(window->centralWidget());
    QVERIFY(stack);
    QVERIFY(qobject_cast<WelcomePage *>(stack->currentWidget()));
    QCOMPARE(window->project(), nullptr);
    QCOMPARE(window->windowTitle(), QStringLiteral("Waymark"));
}

void tst_MainWindow::newFromTemplateShowsGrid()
{
    MainWindow *window = newWindow();
    window->newFromTemplate(Templates::defaultName());
    QVERIFY(window->project());
    QVERIFY(window->workspace());
    JourneyScene *scene = window->workspace()->scene();
    const QList<Id> stages = scene->visibleStages();
    QCOMPARE(stages.size(), 4);
    QStringList names;
    for (Id id : stages)
        names.append(scene->stageHeader(id)->stage().name);
    QCOMPARE(names, QStringList({QStringLiteral("Discovery & Choice"), QStringLiteral("Offering"),
                                 QStringLiteral("Purchase & Service"), QStringLiteral("Loyalty")}));
    QCOMPARE(scene->visibleLanes().size(), 9);
    // The untitled project lives in the data folder until it is named.
    QVERIFY(window->project()->filePath().contains(QStringLiteral("untitled")));
}

void tst_MainWindow::sampleShowsCardsAndConnections()
{
    MainWindow *window = newWindow();
    const QString path = makeProject(QStringLiteral("sample.waymark"), QStringLiteral("sample"));
    QVERIFY(!path.isEmpty());
    window->openFile(path);
    QVERIFY(window->project());
    JourneyScene *scene = window->workspace()->scene();
    QCOMPARE(scene->cardItems().size(), 60);
    int connections = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (qgraphicsitem_cast<ConnectionItem *>(item))
            ++connections;
    }
    QCOMPARE(connections, 13);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Kestrel Bikes")));
    // Cards of one cell are stacked, not on top of each other.
    const Card first = window->project()->cards(scene->journeyId()).first();
    const QList<Id> cell = window->project()->cellCardIds(first.stageId, first.laneId);
    QVERIFY(cell.size() >= 2);
    QVERIFY(scene->cardItem(cell.at(1))->pos().y() > scene->cardItem(cell.at(0))->pos().y());
}

void tst_MainWindow::openFileAddsToRecentFiles()
{
    MainWindow *window = newWindow();
    const QString path = makeProject(QStringLiteral("recent.waymark"));
    window->openFile(path);
    QVERIFY(window->project());
    QCOMPARE(RecentFiles::instance().files().value(0), path);
}

void tst_MainWindow::badFilesAreRefusedWithASentence_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("text") << QByteArrayLiteral("journey,stage\nfoo,bar\n")
                          << QStringLiteral("not a Waymark project");
    QByteArray foreign(4096, '\0');
    foreign.replace(0, 16, QByteArrayLiteral("SQLite format 3\0"));
    foreign[16] = 0x10; // page size 4096
    foreign[17] = 0x00;
    QTest::newRow("truncated sqlite header") << foreign.left(2000) << QStringLiteral("incomplete");
}

void tst_MainWindow::badFilesAreRefusedWithASentence()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.waymark").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    MainWindow *window = newWindow();
    DialogAnswerer answerer;
    window->openFile(path);
    QVERIFY(answerer.answered());
    QVERIFY2(answerer.text().contains(expected), qPrintable(answerer.text()));
    QCOMPARE(window->project(), nullptr);
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content);
}

void tst_MainWindow::fileInUseOffersReadOnly()
{
    const QString path = makeProject(QStringLiteral("inuse.waymark"));
    DocumentError error;
    auto holder = Project::open(path, {}, &error);
    QVERIFY(holder);

    MainWindow *window = newWindow();
    DialogAnswerer answerer(QStringLiteral("Read-Only"));
    window->openFile(path);
    QVERIFY(answerer.answered());
    QVERIFY2(answerer.text().contains(QStringLiteral("in use by")), qPrintable(answerer.text()));
    QVERIFY(answerer.text().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(window->project());
    QVERIFY(window->project()->document().isReadOnly());
    QVERIFY(!window->project()->isEditable());
    QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
}

void tst_MainWindow::readOnlyProjectShowsBanner()
{
    const QString path = makeProject(QStringLiteral("readonly.waymark"));
    Document::OpenOptions options;
    options.access = Document::Access::ReadOnly;
    DocumentError error;
    auto project = Project::open(path, options, &error);
    QVERIFY(project);
    MainWindow *window = newWindow();
    window->showProject(std::move(project));
    const QList<QLabel *> labels = window->workspace()->findChildren<QLabel *>();
    bool banner = false;
    for (QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(QStringLiteral("read-only")))
            banner = true;
    }
    QVERIFY(banner);
}

void tst_MainWindow::undoActionNamesTheCommand()
{
    const QString path = makeProject(QStringLiteral("undo.waymark"));
    MainWindow *window = newWindow();
    window->openFile(path);
    Project *project = window->project();
    QVERIFY(project);
    Stage stage = project->stages(project->journeys().first().id).first();
    const Stage before = stage;
    stage.name = QStringLiteral("Awareness");
    QVERIFY(project->execute(
        new EditStageCommand(*project, before, stage, QStringLiteral("Rename stage"))));
    QAction *undo = nullptr;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Rename stage")), qPrintable(undo->text()));
    JourneyScene *scene = window->workspace()->scene();
    QCOMPARE(scene->stageHeader(stage.id)->stage().name, QStringLiteral("Awareness"));
    undo->trigger();
    QCOMPARE(scene->stageHeader(stage.id)->stage().name, before.name);
}

void tst_MainWindow::menusHaveStandardShortcuts()
{
    MainWindow *window = newWindow();
    QList<QKeySequence> shortcuts;
    for (QAction *a : window->findChildren<QAction *>())
        shortcuts.append(a->shortcut());
    for (auto key : {QKeySequence::New, QKeySequence::Open, QKeySequence::Save,
                     QKeySequence::SaveAs, QKeySequence::Undo, QKeySequence::Redo,
                     QKeySequence::Quit, QKeySequence::ZoomIn, QKeySequence::ZoomOut}) {
        QVERIFY2(shortcuts.contains(QKeySequence(key)), qPrintable(QKeySequence(key).toString()));
    }
    QStringList menus;
    for (QAction *a : window->menuBar()->actions())
        menus.append(a->text().remove(QLatin1Char('&')));
    QCOMPARE(menus,
             QStringList({QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                          QStringLiteral("Map"), QStringLiteral("Actions"),
                          QStringLiteral("Review"), QStringLiteral("Help")}));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
