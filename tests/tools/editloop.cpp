// waymark-editloop: opens a project and edits it at random through the real undo commands,
// forever or for a given number of edits. After each committed edit it prints one line
//
//     edit N <sha1 of the project's JSON map>
//
// and flushes standard output. tst_CrashSafety kills it with SIGKILL at an arbitrary
// moment and checks that the file is consistent and holds the state of edit N or N+1;
// the run is deterministic for a given seed (with QT_HASH_SEED=0), so edit N+1 can be
// replayed with --edits.
//
// Usage: waymark-editloop FILE [--seed N] [--edits N] [--verbose]
// --verbose names each edit on standard error before it runs.
// Exit status: 0 after --edits edits, 1 when the project cannot be opened, 3 when an edit
// could not be written (which is a bug or a full disk: the test fails on it).

#include "commands/editcommand.h"
#include "commands/insertcommand.h"
#include "commands/movecardcommand.h"
#include "commands/plancommands.h"
#include "commands/removecommand.h"
#include "io/jsonmapwriter.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using namespace Waymark;

namespace {

// Pieces of titles: long, multilingual, with characters that need escaping in JSON.
const char *const words[] = {
    "checkout",
    "Lieferung",
    "caf\u00e9",
    "\u00fcberpr\u00fcfen",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u05e9\u05dc\u05d5\u05dd",
    "\U0001F6B2",
    "\U0001F469\u200d\U0001F527",
    "<b>bold</b>",
    "&amp;",
    "\"quoted\"",
    "back\\slash",
    "\u6f22\u5b57",
    "tab\there",
    "e\u0301",
    "bike",
};

class EditLoop
{
public:
    EditLoop(Project &project, quint32 seed, bool verbose)
        : m_project(project)
        , m_random(seed)
        , m_verbose(verbose)
    {
        m_journeyId = project.journeys().constFirst().id;
    }

    // Tries one random edit; true when an edit was committed, false when the chosen edit
    // did not apply to the current state (nothing was written).
    bool step()
    {
        const QList<Card> cards = m_project.cards(m_journeyId);
        const QList<Id> stages = m_project.stageIds(m_journeyId);
        const QList<Id> lanes = m_project.laneIds(m_journeyId);
        // Keep the map between a few and a few hundred cards.
        int roll = bounded(100);
        if (cards.size() > 300 && roll < 40)
            roll = 55; // remove cards instead of adding one
        if (roll < 26)
            return addCard(stages, lanes);
        if (roll < 40)
            return renameCard(cards);
        if (roll < 51)
            return moveCard(cards, stages, lanes);
        if (roll < 59)
            return removeCards(cards);
        if (roll < 63)
            return connectCards(cards);
        if (roll < 67)
            return addStage(stages);
        if (roll < 70)
            return removeStage(stages);
        if (roll < 74)
            return addAction(cards);
        if (roll < 77)
            return editAction();
        if (roll < 80)
            return addComment(cards, stages);
        if (roll < 82)
            return addGoal(cards, stages);
        if (roll < 86)
            return removeCardsWithAttachments(cards);
        if (roll < 94)
            return undo();
        return redo();
    }

private:
    int bounded(int n) { return int(m_random.bounded(quint32(n))); }

    template<typename T>
    T pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }

    QString longTitle()
    {
        // Titles from a few characters to several kilobytes: edits that touch one page and
        // edits that touch several (overflow pages).
        const int count = bounded(4) == 0 ? 200 + bounded(800) : 1 + bounded(12);
        QStringList parts;
        for (int i = 0; i < count; ++i)
            parts.append(QString::fromUtf8(words[bounded(int(std::size(words)))]));
        return parts.join(QLatin1Char(' '));
    }

    bool addCard(const QList<Id> &stages, const QList<Id> &lanes)
    {
        if (stages.isEmpty() || lanes.isEmpty())
            return false;
        Card card;
        card.stageId = pick(stages);
        card.laneId = pick(lanes);
        card.kind = CardKind(bounded(8));
        card.title = longTitle();
        card.channel = Channel(bounded(10));
        card.owner = QStringLiteral("team %1").arg(bounded(5));
        if (bounded(3) != 0)
            card.emotion = MinEmotion + bounded(MaxEmotion - MinEmotion + 1);
        const int index = bounded(int(m_project.cellCardIds(card.stageId, card.laneId).size()) + 1);
        return execute(new AddCardCommand(m_project, card, index));
    }

    bool renameCard(const QList<Card> &cards)
    {
        if (cards.isEmpty())
            return false;
        Card card = pick(cards);
        card.title = longTitle();
        card.emotion = bounded(2) == 0 ? std::nullopt : std::optional<int>(bounded(5) - 2);
        return execute(new EditCardCommand(m_project, card));
    }

    bool moveCard(const QList<Card> &cards, const QList<Id> &stages, const QList<Id> &lanes)
    {
        if (cards.isEmpty())
            return false;
        const Card card = pick(cards);
        const Id stageId = pick(stages);
        const Id laneId = pick(lanes);
        const int index = bounded(int(m_project.cellCardIds(stageId, laneId).size()) + 1);
        return execute(new MoveCardCommand(m_project, card.id, stageId, laneId, index));
    }

    bool removeCards(const QList<Card> &cards)
    {
        if (cards.isEmpty())
            return false;
        QList<Id> ids;
        const int count = 1 + bounded(3);
        for (int i = 0; i < count; ++i)
            ids.append(pick(cards).id);
        return execute(new RemoveCommand(m_project, RemoveCommand::Kind::Card, ids));
    }

    bool connectCards(const QList<Card> &cards)
    {
        if (cards.size() < 2)
            return false;
        Connection connection;
        connection.fromCardId = pick(cards).id;
        connection.toCardId = pick(cards).id;
        connection.kind = ConnectionKind(bounded(3));
        connection.label = bounded(2) == 0
                               ? QString()
                               : QString::fromUtf8(words[bounded(int(std::size(words)))]);
        return execute(new AddConnectionCommand(m_project, connection, 0));
    }

    bool addStage(const QList<Id> &stages)
    {
        if (stages.size() >= 10)
            return false;
        Stage stage;
        stage.journeyId = m_journeyId;
        stage.name = QStringLiteral("Stage %1").arg(bounded(1000));
        return execute(new AddStageCommand(m_project, stage, bounded(int(stages.size()) + 1)));
    }

    bool removeStage(const QList<Id> &stages)
    {
        if (stages.size() <= 2)
            return false;
        return execute(new RemoveCommand(m_project, RemoveCommand::Kind::Stage, {pick(stages)}));
    }

    // Plan and review edits. Times are set explicitly: a replay of the same seed must write
    // the same bytes, whenever it runs.
    static QDateTime fixedTime() { return QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); }

    bool addAction(const QList<Card> &cards)
    {
        Action action;
        action.journeyId = m_journeyId;
        action.title = longTitle();
        action.owner = QStringLiteral("team %1").arg(bounded(5));
        action.status = ActionStatus(bounded(5));
        if (bounded(2) == 0)
            action.due = QDate(2026, 1, 1).addDays(bounded(700));
        const int links = cards.isEmpty() ? 0 : bounded(3);
        for (int i = 0; i < links; ++i)
            action.cardIds.append(pick(cards).id);
        const QList<Goal> goals = m_project.goals(m_journeyId);
        if (!goals.isEmpty() && bounded(2) == 0)
            action.goalIds.append(pick(goals).id);
        action.createdAt = fixedTime();
        action.updatedAt = fixedTime();
        return execute(
            new AddActionCommand(m_project, action, bounded(int(m_project.actions().size()) + 1)));
    }

    bool editAction()
    {
        const QList<Action> actions = m_project.actions(m_journeyId);
        if (actions.isEmpty())
            return false;
        Action action = pick(actions);
        action.status = ActionStatus(bounded(5));
        action.title = longTitle();
        action.updatedAt = action.updatedAt.addSecs(1);
        return execute(new EditActionCommand(m_project, action));
    }

    bool addComment(const QList<Card> &cards, const QList<Id> &stages)
    {
        Comment comment;
        const QList<Comment> existing = m_project.comments(m_journeyId);
        const int kind = bounded(4);
        if (kind == 0 && !existing.isEmpty()) {
            comment.parentId = pick(existing).id;
        } else if (kind == 1 && !cards.isEmpty()) {
            comment.targetKind = TargetKind::Card;
            comment.targetId = pick(cards).id;
        } else if (kind == 2 && !stages.isEmpty()) {
            comment.targetKind = TargetKind::Stage;
            comment.targetId = pick(stages);
        } else {
            comment.targetKind = TargetKind::Journey;
            comment.targetId = m_journeyId;
        }
        comment.author = QStringLiteral("reviewer %1").arg(bounded(3));
        comment.text = longTitle();
        comment.createdAt = fixedTime();
        return execute(new AddCommentCommand(m_project, comment));
    }

    bool addGoal(const QList<Card> &cards, const QList<Id> &stages)
    {
        Goal goal;
        goal.journeyId = m_journeyId;
        if (!cards.isEmpty() && bounded(2) == 0) {
            goal.scope = TargetKind::Card;
            goal.targetId = pick(cards).id;
        } else if (!stages.isEmpty()) {
            goal.scope = TargetKind::Stage;
            goal.targetId = pick(stages);
        } else {
            goal.targetId = m_journeyId;
        }
        goal.metric = Metric(1 + bounded(4));
        goal.target = bounded(100);
        goal.due = QStringLiteral("2027-Q%1").arg(1 + bounded(4));
        goal.title = longTitle();
        return execute(new AddGoalCommand(m_project, goal));
    }

    // Deletes cards that have actions, comments or goals, keeping or deleting those.
    bool removeCardsWithAttachments(const QList<Card> &cards)
    {
        QList<Id> attached;
        for (const Card &card : cards) {
            if (!m_project.attachedToCards({card.id}).isEmpty())
                attached.append(card.id);
        }
        if (attached.isEmpty())
            return false;
        QList<Id> ids = {pick(attached)};
        if (bounded(2) == 0 && !cards.isEmpty())
            ids.append(pick(cards).id);
        const auto policy = bounded(2) == 0 ? AttachmentPolicy::Keep : AttachmentPolicy::Delete;
        return execute(new RemoveCardsCommand(m_project, ids, policy));
    }

    bool undo()
    {
        if (!m_project.undoStack()->canUndo())
            return false;
        if (m_verbose)
            std::fprintf(stderr, "undo %s\n", qPrintable(m_project.undoStack()->undoText()));
        m_project.undoStack()->undo();
        return true;
    }

    bool redo()
    {
        if (!m_project.undoStack()->canRedo())
            return false;
        if (m_verbose)
            std::fprintf(stderr, "redo %s\n", qPrintable(m_project.undoStack()->redoText()));
        m_project.undoStack()->redo();
        return true;
    }

    bool execute(QUndoCommand *command)
    {
        if (m_verbose)
            std::fprintf(stderr, "%s\n", qPrintable(command->text()));
        if (!m_project.execute(command))
            failed(QStringLiteral("an edit was refused or could not be written"));
        return true;
    }

    [[noreturn]] static void failed(const QString &why)
    {
        std::fprintf(stderr, "waymark-editloop: %s\n", qPrintable(why));
        std::exit(3);
    }

    Project &m_project;
    QRandomGenerator m_random;
    Id m_journeyId = NoId;
    bool m_verbose = false;
};

QByteArray fingerprint(const Project &project)
{
    return QCryptographicHash::hash(writeJsonMap(project.toMapData()), QCryptographicHash::Sha1)
        .toHex();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waymark-editloop"));
    QStringList args = QCoreApplication::arguments().mid(1);
    quint32 seed = 1;
    qint64 maxEdits = -1;
    bool verbose = false;
    QString path;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--seed") && !args.isEmpty())
            seed = args.takeFirst().toUInt();
        else if (arg == QLatin1String("--verbose"))
            verbose = true;
        else if (arg == QLatin1String("--edits") && !args.isEmpty())
            maxEdits = args.takeFirst().toLongLong();
        else
            path = arg;
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: waymark-editloop FILE [--seed N] [--edits N]\n");
        return 2;
    }

    DocumentError error;
    std::unique_ptr<Project> project = Project::open(path, {}, &error);
    if (!project) {
        std::fprintf(stderr, "waymark-editloop: %s\n", qPrintable(error.message));
        return 1;
    }
    if (!project->isEditable() || project->journeys().isEmpty()) {
        std::fprintf(stderr, "waymark-editloop: the project cannot be edited\n");
        return 1;
    }
    QObject::connect(project.get(), &Project::writeFailed, [](const QString &message) {
        std::fprintf(stderr, "waymark-editloop: %s\n", qPrintable(message));
        std::exit(3);
    });
    // Bounded history: old commands hold snapshots of removed stages.
    project->undoStack()->setUndoLimit(50);

    EditLoop loop(*project, seed, verbose);
    std::printf("opened %s\n", fingerprint(*project).constData());
    std::fflush(stdout);
    for (qint64 edits = 0; maxEdits < 0 || edits < maxEdits;) {
        if (!loop.step())
            continue;
        // Undo and redo report failures through a queued signal.
        QCoreApplication::processEvents();
        ++edits;
        std::printf("edit %lld %s\n", edits, fingerprint(*project).constData());
        std::fflush(stdout);
    }
    return 0;
}
