// Review mode through the real window, offscreen: File > Open for Review locks the map
// (structure actions disabled, structure commands refused) while comments can be added,
// replied to, resolved and undone from the Review dock; a read-only file opens in review
// mode with commenting disabled; a sign-off turns outdated after a card is renamed. Every
// result is also checked in the stored file.

#include "uitestutil.h"

#include "canvas/canvascontroller.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/markeroverlay.h"
#include "commands/editcommand.h"
#include "dialogs/signoffdialog.h"
#include "mainwindow.h"
#include "panels/commentspanel.h"
#include "project/project.h"
#include "projectworkspace.h"
#include "recentfiles.h"
#include "reviewbanner.h"
#include "sampleproject.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Waymark;

namespace {

// Fills in and accepts the next sign-off dialog.
class SignoffFiller : public QObject
{
public:
    SignoffFiller(QString name, QString note)
        : m_name(std::move(name))
        , m_note(std::move(note))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<SignoffDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            dialog->findChild<QLineEdit *>(QStringLiteral("signoffName"))->setText(m_name);
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("signoffNote"))
                ->setPlainText(m_note);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            m_answered = true;
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    QString m_name;
    QString m_note;
    QTimer m_timer;
    bool m_answered = false;
};

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class tst_Review : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void reviewModeLocksTheMapButAllowsComments();
    void readOnlyFileOpensForReviewWithoutComments();
    void signoffBecomesOutdatedAfterRename();
    void reviewModeToggleFollowsTheMenu();

private:
    QString makeSample(const QString &name);
    MainWindow *newWindow();
    QTemporaryDir m_dir;
};

void tst_Review::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_review"));
    RecentFiles::instance().clear();
    QSettings().setValue(QStringLiteral("review/name"), QStringLiteral("Rita Reviewer"));
    QVERIFY(m_dir.isValid());
}

void tst_Review::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<MainWindow *>(w))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString tst_Review::makeSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return SampleProject::createSample(path) ? path : QString();
}

MainWindow *tst_Review::newWindow()
{
    auto *window = new MainWindow;
    window->show();
    return window;
}

void tst_Review::reviewModeLocksTheMapButAllowsComments()
{
    const QString path = makeSample(QStringLiteral("review.waymark"));
    QVERIFY(!path.isEmpty());
    MainWindow *window = newWindow();
    window->openForReview(path);
    Project *project = window->project();
    QVERIFY(project);
    QVERIFY(project->isReviewMode());
    QVERIFY(project->canReview());

    // The banner says why, and the Review > Review Mode toggle is on.
    auto *banner = window->workspace()->findChild<ReviewBanner *>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("open for review")));
    QAction *toggle = window->findChild<QAction *>(QStringLiteral("reviewMode"));
    QVERIFY(toggle && toggle->isChecked());

    // Structure: the action is disabled, and the command is refused with a sentence.
    JourneyScene *scene = window->workspace()->scene();
    const Id cardId = SampleProject::cardId(*project, QStringLiteral("Financing approval"));
    QVERIFY(cardId != NoId);
    CardItem *item = scene->cardItem(cardId);
    QVERIFY(item);
    scene->clearSelection();
    item->setSelected(true);
    QAction *addCard = findAction(window, QStringLiteral("Add &Card"));
    QVERIFY(addCard);
    QVERIFY(!addCard->isEnabled());
    QAction *fromCard = window->findChild<QAction *>(QStringLiteral("actionFromCard"));
    QVERIFY(fromCard && !fromCard->isEnabled());
    const QString title = project->card(cardId).title;
    Card renamed = project->card(cardId);
    renamed.title = QStringLiteral("Sneaky rename");
    QVERIFY(!project->execute(new EditCardCommand(*project, renamed)));
    QVERIFY(!project->lastRefusal().isEmpty());
    QCOMPARE(project->card(cardId).title, title);

    // Comments: the Review dock comments on the selected card.
    auto *panel = window->findChild<CommentsPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->targetKind(), TargetKind::Card);
    QCOMPARE(panel->targetId(), cardId);
    panel->setFilter(CommentsPanel::Filter::Selection);
    const qsizetype commentsBefore = project->comments().size();
    int threadsOnCard = 0;
    for (const Comment &c : project->commentsOn(TargetKind::Card, cardId))
        threadsOnCard += c.parentId == NoId ? 1 : 0;
    auto *text = panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    auto *add = panel->findChild<QPushButton *>(QStringLiteral("addComment"));
    QVERIFY(text->isEnabled());
    text->setPlainText(QStringLiteral("Who owns this?"));
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(project->comments().size(), commentsBefore + 1);
    const Comment thread = project->comments().last();
    QCOMPARE(thread.author, QStringLiteral("Rita Reviewer"));
    QCOMPARE(thread.targetKind, TargetKind::Card);
    QCOMPARE(thread.targetId, cardId);
    QVERIFY(text->toPlainText().isEmpty());

    // The map marks the card with one unresolved comment.
    window->workspace()->markers()->refresh();
    MarkerItem *marker = window->workspace()->markers()->cardMarker(cardId);
    QVERIFY(marker);
    QVERIFY(marker->chip(MarkerItem::Kind::Comments));
    int open = 0;
    for (const Comment &c : project->commentsOn(TargetKind::Card, cardId))
        open += c.parentId == NoId && !c.resolved ? 1 : 0;
    QCOMPARE(marker->chip(MarkerItem::Kind::Comments)->text, QString::number(open));

    // Reply to the selected thread, then resolve it.
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("commentThreads"));
    QCOMPARE(tree->topLevelItemCount(), threadsOnCard + 1);
    // Newest first.
    QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole + 1).value<Id>(), thread.id);
    tree->setCurrentItem(tree->topLevelItem(0));
    text->setPlainText(QStringLiteral("Finance, since March."));
    panel->findChild<QPushButton *>(QStringLiteral("replyComment"))->click();
    QCOMPARE(project->replies(thread.id).size(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    tree->setCurrentItem(tree->topLevelItem(0));
    auto *resolve = panel->findChild<QPushButton *>(QStringLiteral("resolveComment"));
    QVERIFY(resolve->isEnabled());
    resolve->click();
    QVERIFY(project->comment(thread.id).resolved);
    QCOMPARE(project->comment(thread.id).resolvedBy, QStringLiteral("Rita Reviewer"));
    window->workspace()->markers()->refresh();
    marker = window->workspace()->markers()->cardMarker(cardId);
    if (open > 1)
        QCOMPARE(marker->chip(MarkerItem::Kind::Comments)->text, QString::number(open - 1));
    else
        QVERIFY(!marker || !marker->chip(MarkerItem::Kind::Comments));

    // Undo works for review edits in review mode: reopen, then take the reply back.
    QAction *undo
        = findAction(window, QStringLiteral("&Undo %1").arg(project->undoStack()->undoText()));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!project->comment(thread.id).resolved);
    project->undoStack()->undo();
    QCOMPARE(project->replies(thread.id).size(), 0);
    project->undoStack()->redo();
    QCOMPARE(project->replies(thread.id).size(), 1);

    // Double-clicking a thread shows its card on the map.
    scene->clearSelection();
    panel->setFilter(CommentsPanel::Filter::All);
    QTreeWidgetItem *threadItem = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).value<Id>() == thread.id)
            threadItem = tree->topLevelItem(i);
    }
    QVERIFY(threadItem);
    Q_EMIT tree->itemDoubleClicked(threadItem, 0);
    QCOMPARE(window->workspace()->view()->controller()->selectedCardIds(), QList<Id>{cardId});
    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR")) {
        window->resize(1600, 1000);
        window->grab().save(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")
                            + QStringLiteral("/review-window.png"));
    }

    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    DocumentError error;
    auto stored = Project::open(path, {}, &error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(stored->comments().size(), commentsBefore + 2);
    const Comment storedThread = stored->comment(thread.id);
    QCOMPARE(storedThread.text, QStringLiteral("Who owns this?"));
    QVERIFY(!storedThread.resolved);
    QCOMPARE(stored->replies(thread.id).first().text, QStringLiteral("Finance, since March."));
    QCOMPARE(stored->card(cardId).title, title);
}

void tst_Review::readOnlyFileOpensForReviewWithoutComments()
{
    const QString path = makeSample(QStringLiteral("readonly.waymark"));
    Document::OpenOptions options;
    options.access = Document::Access::ReadOnly;
    DocumentError error;
    auto project = Project::open(path, options, &error);
    QVERIFY(project);
    MainWindow *window = newWindow();
    window->showProject(std::move(project));
    Project *p = window->project();
    QVERIFY(p->isReviewMode());
    QVERIFY(!p->canReview());
    auto *banner = window->workspace()->findChild<ReviewBanner *>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
    auto *panel = window->findChild<CommentsPanel *>();
    QVERIFY(!panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("signOff"))->isEnabled());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("addCommentAction"))->isEnabled());
    // Not even a programmatic comment gets through.
    const qsizetype before = p->comments().size();
    QVERIFY(!panel->addComment(QStringLiteral("Let me in")));
    QCOMPARE(p->comments().size(), before);
}

void tst_Review::signoffBecomesOutdatedAfterRename()
{
    const QString path = makeSample(QStringLiteral("signoff.waymark"));
    MainWindow *window = newWindow();
    window->openFile(path);
    Project *project = window->project();
    QVERIFY(project && !project->isReviewMode());
    auto *panel = window->findChild<CommentsPanel *>();
    auto *list = panel->findChild<QListWidget *>(QStringLiteral("signoffs"));
    const int before = int(project->signoffs().size());
    {
        SignoffFiller filler(QStringLiteral("Maria Keller"), QStringLiteral("Looks good."));
        panel->findChild<QPushButton *>(QStringLiteral("signOff"))->click();
        QVERIFY(filler.answered());
    }
    QCOMPARE(project->signoffs().size(), before + 1);
    QCOMPARE(project->signoffs().last().name, QStringLiteral("Maria Keller"));
    QCOMPARE(list->count(), before + 1);
    QListWidgetItem *mine = list->item(before);
    QVERIFY(mine->text().contains(QStringLiteral("Looks good.")));
    QVERIFY(mine->text().contains(QStringLiteral("current")));

    // A rename on the map changes the content the sign-off was about.
    const Id cardId = SampleProject::cardId(*project, QStringLiteral("Online checkout"));
    window->workspace()->view()->controller()->renameCard(cardId, QStringLiteral("Checkout"));
    QCOMPARE(project->card(cardId).title, QStringLiteral("Checkout"));
    mine = list->item(before);
    QVERIFY(mine->text().contains(
        QStringLiteral("outdated — the project changed after this sign-off")));
    // Undo puts the content back, and the sign-off is current again.
    project->undoStack()->undo();
    mine = list->item(before);
    QVERIFY(mine->text().contains(QStringLiteral("current")));
    QVERIFY(!mine->text().contains(QStringLiteral("outdated")));
    project->undoStack()->redo();

    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    DocumentError error;
    auto stored = Project::open(path, {}, &error);
    QVERIFY(stored);
    const QList<Project::SignoffState> states = stored->signoffStatus();
    QCOMPARE(states.size(), before + 1);
    QCOMPARE(states.last().signoff.note, QStringLiteral("Looks good."));
    QVERIFY(!states.last().current);
}

void tst_Review::reviewModeToggleFollowsTheMenu()
{
    const QString path = makeSample(QStringLiteral("toggle.waymark"));
    MainWindow *window = newWindow();
    window->openFile(path);
    Project *project = window->project();
    QAction *toggle = window->findChild<QAction *>(QStringLiteral("reviewMode"));
    QAction *addCard = findAction(window, QStringLiteral("Add &Card"));
    auto *banner = window->workspace()->findChild<ReviewBanner *>();
    QVERIFY(!toggle->isChecked() && addCard->isEnabled() && !banner->isVisible());
    toggle->trigger();
    QVERIFY(project->isReviewMode());
    QVERIFY(!addCard->isEnabled());
    QVERIFY(banner->isVisible());
    // The banner's button leaves review mode, and the menu follows.
    banner->findChild<QPushButton *>(QStringLiteral("leaveReview"))->click();
    QVERIFY(!project->isReviewMode());
    QVERIFY(!toggle->isChecked());
    QVERIFY(addCard->isEnabled());
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(tst_Review)
#include "tst_review.moc"
