#include "project.h"

#include "io/jsonmapwriter.h"
#include "storage/actionrepository.h"
#include "storage/cardrepository.h"
#include "storage/commentrepository.h"
#include "storage/goalrepository.h"
#include "storage/journeyrepository.h"
#include "storage/personarepository.h"
#include "storage/settingsrepository.h"
#include "storage/signoffrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace Waymark {

namespace {

// Text that cannot be stored as UTF-8 as it is (a lone half of a surrogate pair, which
// QString::left() can leave behind) is repaired before it is written, so that memory and
// file hold the same characters.
void repair(QString &text)
{
    if (!QStringView(text).isValidUtf16())
        text = QString::fromUtf8(text.toUtf8());
}

void repairTexts(Journey &j)
{
    repair(j.name);
    repair(j.description);
}

void repairTexts(Stage &s)
{
    repair(s.name);
    repair(s.description);
}

void repairTexts(Lane &l)
{
    repair(l.name);
}

void repairTexts(Card &c)
{
    repair(c.title);
    repair(c.body);
    repair(c.owner);
}

void repairTexts(Connection &c)
{
    repair(c.label);
}

void repairTexts(Persona &p)
{
    for (QString *text : {&p.name, &p.description, &p.goals, &p.frustrations, &p.quote})
        repair(*text);
    for (QString &segment : p.segments)
        repair(segment);
}

void repairTexts(Goal &g)
{
    repair(g.title);
    repair(g.due);
}

void repairTexts(Action &a)
{
    for (QString *text : {&a.title, &a.description, &a.owner, &a.impact})
        repair(*text);
}

void repairTexts(Comment &c)
{
    for (QString *text : {&c.author, &c.text, &c.resolvedBy})
        repair(*text);
}

void repairTexts(Signoff &s)
{
    for (QString *text : {&s.name, &s.note, &s.fingerprint})
        repair(*text);
}

// Times are kept in UTC with whole seconds: what the file and the JSON map store.
QDateTime nowUtc()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

QDateTime wholeSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc;
}

void sortUnique(QList<Id> *ids)
{
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    ids->removeAll(NoId);
}

template<typename T>
void sortByPosition(QList<T> *items)
{
    std::stable_sort(items->begin(), items->end(),
                     [](const T &a, const T &b) { return a.position < b.position; });
}

} // namespace

Project::Project(std::unique_ptr<Document> document)
    : m_document(std::move(document))
    , m_undoStack(std::make_unique<QUndoStack>())
{
    if (m_document->isReadOnly())
        m_lockReason = m_document->readOnlyReason();
    // Undo and redo can fail to write like any edit; recover once the stack is done.
    connect(m_undoStack.get(), &QUndoStack::indexChanged, this, &Project::recoverIfFailed,
            Qt::QueuedConnection);
    // Everything the content fingerprint covers (not comments, sign-offs or feedback).
    for (auto signal :
         {&Project::journeyInserted, &Project::journeyRemoved, &Project::journeyChanged,
          &Project::stagesReordered, &Project::lanesReordered, &Project::stageChanged,
          &Project::laneChanged, &Project::cardChanged, &Project::connectionChanged,
          &Project::goalChanged, &Project::actionChanged}) {
        connect(this, signal, this, &Project::invalidateContent);
    }
    for (auto signal :
         {&Project::stageInserted, &Project::stageRemoved, &Project::laneInserted,
          &Project::laneRemoved, &Project::cardInserted, &Project::cardRemoved,
          &Project::connectionInserted, &Project::connectionRemoved, &Project::goalInserted,
          &Project::goalRemoved, &Project::actionInserted, &Project::actionRemoved}) {
        connect(this, signal, this, &Project::invalidateContent);
    }
    for (auto signal : {&Project::journeysReordered, &Project::personasChanged,
                        &Project::actionsReordered, &Project::reset}) {
        connect(this, signal, this, &Project::invalidateContent);
    }
    connect(this, &Project::cellChanged, this, &Project::invalidateContent);
    connect(this, &Project::settingChanged, this, &Project::invalidateContent);
}

void Project::invalidateContent()
{
    m_fingerprint.clear();
    Q_EMIT contentChanged();
}

Project::~Project()
{
    // Commands refer to this project; they go first.
    m_undoStack.reset();
}

std::unique_ptr<Project> Project::open(const QString &path, const Document::OpenOptions &options,
                                       DocumentError *error)
{
    std::unique_ptr<Document> document = Document::open(path, options, error);
    if (!document)
        return nullptr;
    std::unique_ptr<Project> project(new Project(std::move(document)));
    QString loadError;
    if (!project->load(&loadError)) {
        if (error) {
            error->code = DocumentError::Code::Corrupt;
            error->message
                = tr("“%1” could not be read: %2").arg(QFileInfo(path).fileName(), loadError);
        }
        return nullptr;
    }
    return project;
}

std::unique_ptr<Project> Project::create(const QString &path, const MapData &content,
                                         DocumentError *error, const Seed &seed)
{
    DocumentError local;
    DocumentError &err = error ? *error : local;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists()) {
        err.code = DocumentError::Code::AlreadyExists;
        err.message = tr("“%1” already exists.").arg(info.fileName());
        return nullptr;
    }
    // Build the file beside the target and rename it into place when it is complete, so
    // that no half-written project can ever appear under the target's name.
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.creating-%2")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    {
        std::unique_ptr<Document> document = Document::create(temp, &err);
        if (!document) {
            err.message.replace(QFileInfo(temp).fileName(), info.fileName());
            return nullptr;
        }
        Project builder(std::move(document));
        QString importError;
        if (!builder.importMap(content, true, &importError)
            || (seed && !seed(builder, &importError))) {
            builder.m_document.reset();
            QFile::remove(temp);
            err.code = DocumentError::Code::WriteFailed;
            err.message = tr("Could not create “%1”: %2").arg(info.fileName(), importError);
            return nullptr;
        }
    }
    if (QFileInfo::exists(absolute)
        || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData())
               != 0) {
        QFile::remove(temp);
        err.code = DocumentError::Code::WriteFailed;
        err.message = tr("Could not create “%1”.").arg(info.fileName());
        return nullptr;
    }
    return open(absolute, {}, error);
}

void Project::setEditLock(const QString &reason)
{
    QString effective = reason;
    if (m_document->isReadOnly())
        effective = m_document->readOnlyReason();
    if (effective == m_lockReason)
        return;
    m_lockReason = effective;
    Q_EMIT editLockChanged();
}

QString Project::editLockReason() const
{
    if (!m_lockReason.isEmpty())
        return m_lockReason;
    if (m_reviewMode)
        return tr("The project is open for review: the map cannot be changed.");
    return {};
}

QString Project::reviewLockReason() const
{
    if (m_document->isReadOnly()) {
        return tr("“%1” is opened read-only, so comments cannot be added.")
            .arg(QFileInfo(m_document->path()).fileName());
    }
    return m_lockReason;
}

void Project::setReviewMode(bool on)
{
    if (on == m_reviewMode)
        return;
    m_reviewMode = on;
    if (on)
        m_undoStack->clear();
    Q_EMIT editLockChanged();
}

QString Project::reviewerName() const
{
    return m_reviewerName.trimmed().isEmpty() ? systemUserName() : m_reviewerName.trimmed();
}

QString Project::systemUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("Reviewer");
}

bool Project::execute(QUndoCommand *command)
{
    if (!command)
        return false;
    m_lastRefusal
        = editCategory(command) == EditCategory::Review ? reviewLockReason() : editLockReason();
    if (!m_lastRefusal.isEmpty()) {
        delete command;
        return false;
    }
    m_failed = false;
    m_rejected = false;
    m_undoStack->push(command);
    if (m_failed) {
        recoverIfFailed();
        return false;
    }
    return !m_rejected;
}

QString Project::title() const
{
    const QString title = m_settings.value(QStringLiteral("title")).toString();
    return title.isEmpty() ? QFileInfo(m_document->path()).completeBaseName() : title;
}

QList<Journey> Project::journeys() const
{
    QList<Journey> result;
    result.reserve(m_journeyOrder.size());
    for (Id id : m_journeyOrder)
        result.append(m_journeys.value(id));
    return result;
}

QList<Stage> Project::stages(Id journeyId) const
{
    QList<Stage> result;
    for (Id id : m_stageOrder.value(journeyId))
        result.append(m_stages.value(id));
    return result;
}

QList<Lane> Project::lanes(Id journeyId) const
{
    QList<Lane> result;
    for (Id id : m_laneOrder.value(journeyId))
        result.append(m_lanes.value(id));
    return result;
}

QList<Card> Project::cards(Id journeyId) const
{
    QList<Card> result;
    const QList<Id> laneOrder = m_laneOrder.value(journeyId);
    for (Id stageId : m_stageOrder.value(journeyId)) {
        for (Id laneId : laneOrder) {
            for (Id cardId : m_cells.value(CellKey(stageId, laneId)))
                result.append(m_cards.value(cardId));
        }
    }
    return result;
}

QList<Id> Project::cellCardIds(Id stageId, Id laneId) const
{
    return m_cells.value(CellKey(stageId, laneId));
}

QList<Card> Project::cellCards(Id stageId, Id laneId) const
{
    QList<Card> result;
    for (Id cardId : m_cells.value(CellKey(stageId, laneId)))
        result.append(m_cards.value(cardId));
    return result;
}

int Project::cardCount(Id journeyId) const
{
    if (journeyId == NoId)
        return int(m_cards.size());
    return int(std::count_if(m_cards.cbegin(), m_cards.cend(),
                             [journeyId](const Card &c) { return c.journeyId == journeyId; }));
}

QList<Connection> Project::connections(Id journeyId) const
{
    QList<Connection> result;
    for (const Connection &c : m_connections) {
        if (c.journeyId == journeyId)
            result.append(c);
    }
    std::sort(result.begin(), result.end(),
              [](const Connection &a, const Connection &b) { return a.id < b.id; });
    return result;
}

QList<Connection> Project::connectionsOf(Id cardId) const
{
    QList<Connection> result;
    for (const Connection &c : m_connections) {
        if (c.fromCardId == cardId || c.toCardId == cardId)
            result.append(c);
    }
    std::sort(result.begin(), result.end(),
              [](const Connection &a, const Connection &b) { return a.id < b.id; });
    return result;
}

Persona Project::persona(Id id) const
{
    for (const Persona &p : m_personas) {
        if (p.id == id)
            return p;
    }
    return {};
}

// --- Goals, actions, comments and sign-offs ---------------------------------------------

bool Project::targetExists(TargetKind kind, Id id) const
{
    switch (kind) {
    case TargetKind::Journey:
        return m_journeys.contains(id);
    case TargetKind::Stage:
        return m_stages.contains(id);
    case TargetKind::Card:
        return m_cards.contains(id);
    }
    return false;
}

QList<Goal> Project::goals(Id journeyId) const
{
    QList<Goal> result;
    for (const Goal &g : m_goals) {
        if ((journeyId == NoId || g.journeyId == journeyId) && m_journeys.contains(g.journeyId)
            && targetExists(g.scope, g.targetId)) {
            result.append(g);
        }
    }
    return result;
}

QList<Action> Project::actions(Id journeyId) const
{
    QList<Action> result;
    for (Id id : m_actionOrder) {
        const Action &a = m_actions[id];
        if ((journeyId == NoId || a.journeyId == journeyId) && m_journeys.contains(a.journeyId))
            result.append(a);
    }
    return result;
}

QList<Action> Project::actionsOfCard(Id cardId) const
{
    QList<Action> result;
    for (const Action &a : actions()) {
        if (a.cardIds.contains(cardId))
            result.append(a);
    }
    return result;
}

QList<Action> Project::actionsOfGoal(Id goalId) const
{
    QList<Action> result;
    for (const Action &a : actions()) {
        if (a.goalIds.contains(goalId))
            result.append(a);
    }
    return result;
}

bool Project::hasOpenActions(Id cardId) const
{
    for (const Action &a : m_actions) {
        if (a.isOpen() && a.cardIds.contains(cardId) && m_journeys.contains(a.journeyId))
            return true;
    }
    return false;
}

QList<Comment> Project::comments(Id journeyId) const
{
    QList<Comment> result;
    for (const Comment &c : m_comments) {
        if ((journeyId == NoId || c.journeyId == journeyId) && m_journeys.contains(c.journeyId)
            && targetExists(c.targetKind, c.targetId)
            && (c.parentId == NoId || m_comments.contains(c.parentId))) {
            result.append(c);
        }
    }
    return result;
}

QList<Comment> Project::commentsOn(TargetKind kind, Id targetId) const
{
    QList<Comment> result;
    for (const Comment &c : comments()) {
        if (c.targetKind == kind && c.targetId == targetId)
            result.append(c);
    }
    return result;
}

QList<Comment> Project::replies(Id commentId) const
{
    QList<Comment> result;
    for (const Comment &c : m_comments) {
        if (c.parentId == commentId && commentId != NoId)
            result.append(c);
    }
    return result;
}

QString Project::contentFingerprint() const
{
    if (m_fingerprint.isEmpty()) {
        MapData content = toMapData();
        content.comments.clear();
        content.signoffs.clear();
        m_fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(writeJsonMap(content), QCryptographicHash::Sha256).toHex());
    }
    return m_fingerprint;
}

QList<Project::SignoffState> Project::signoffStatus() const
{
    QList<SignoffState> result;
    const QString fingerprint = m_signoffs.isEmpty() ? QString() : contentFingerprint();
    for (const Signoff &s : m_signoffs)
        result.append({s, !s.fingerprint.isEmpty() && s.fingerprint == fingerprint});
    return result;
}

Project::Attachments Project::attachedToCards(const QList<Id> &cardIds) const
{
    Attachments result;
    const QSet<Id> cards(cardIds.cbegin(), cardIds.cend());
    for (Id id : m_actionOrder) {
        const Action &a = m_actions[id];
        for (Id card : a.cardIds) {
            if (cards.contains(card)) {
                result.actionIds.append(a.id);
                break;
            }
        }
    }
    QSet<Id> threads;
    for (const Comment &c : m_comments) {
        if (c.targetKind == TargetKind::Card && cards.contains(c.targetId)) {
            result.commentIds.append(c.id);
            threads.insert(c.id);
        }
    }
    // Replies share their thread's target, but a reply is listed even if it says otherwise.
    for (const Comment &c : m_comments) {
        if (c.parentId != NoId && threads.contains(c.parentId) && !result.commentIds.contains(c.id))
            result.commentIds.append(c.id);
    }
    for (const Goal &g : m_goals) {
        if (g.scope == TargetKind::Card && cards.contains(g.targetId))
            result.goalIds.append(g.id);
    }
    return result;
}

MapData Project::toMapData(const QList<Id> &journeyIds) const
{
    MapData data;
    data.title = m_settings.value(QStringLiteral("title")).toString();
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
        if (it.key() != QLatin1String("title") && it.value().typeId() == QMetaType::QString)
            data.settings.insert(it.key(), it.value().toString());
    }
    data.personas = m_personas;
    for (Id journeyId : m_journeyOrder) {
        if (!journeyIds.isEmpty() && !journeyIds.contains(journeyId))
            continue;
        MapJourney mj;
        mj.journey = m_journeys.value(journeyId);
        mj.stages = stages(journeyId);
        mj.lanes = lanes(journeyId);
        mj.cards = cards(journeyId);
        mj.connections = connections(journeyId);
        data.journeys.append(mj);
    }
    // A map refers only to journeys it holds: the source of a future-state journey that is
    // left out (or deleted, and kept in memory only for undo) is dropped, or the map would
    // not read back.
    QSet<Id> included;
    for (const MapJourney &mj : std::as_const(data.journeys))
        included.insert(mj.journey.id);
    for (MapJourney &mj : data.journeys) {
        if (!included.contains(mj.journey.sourceJourneyId))
            mj.journey.sourceJourneyId = NoId;
    }

    // Goals, the plan and comments of the included journeys; references to what was
    // deleted (kept in memory for undo) or left out are dropped, as for the source above.
    QSet<Id> cardsIncluded;
    for (const MapJourney &mj : std::as_const(data.journeys)) {
        for (const Card &c : mj.cards)
            cardsIncluded.insert(c.id);
    }
    QSet<Id> goalsIncluded;
    for (const Goal &g : goals()) {
        if (included.contains(g.journeyId)) {
            data.goals.append(g);
            goalsIncluded.insert(g.id);
        }
    }
    for (const Action &original : actions()) {
        if (!included.contains(original.journeyId))
            continue;
        Action a = original;
        a.cardIds.removeIf([&cardsIncluded](Id id) { return !cardsIncluded.contains(id); });
        a.goalIds.removeIf([&goalsIncluded](Id id) { return !goalsIncluded.contains(id); });
        a.position = int(data.actions.size());
        data.actions.append(a);
    }
    const QList<Comment> commentList = comments();
    QSet<Id> threadsIncluded;
    for (const Comment &c : commentList) {
        if (included.contains(c.journeyId) && c.parentId == NoId)
            threadsIncluded.insert(c.id);
    }
    for (const Comment &c : commentList) {
        if (included.contains(c.journeyId)
            && (c.parentId == NoId || threadsIncluded.contains(c.parentId))) {
            data.comments.append(c);
        }
    }
    // Sign-offs are about the whole project.
    if (journeyIds.isEmpty())
        data.signoffs = m_signoffs.values();
    return data;
}

// --- Snapshots -------------------------------------------------------------------------

Project::Snapshot Project::captureJourney(Id journeyId) const
{
    Snapshot s;
    if (!m_journeys.contains(journeyId))
        return s;
    s.journeys.append({m_journeys.value(journeyId), int(m_journeyOrder.indexOf(journeyId))});
    s.stages = stages(journeyId);
    s.lanes = lanes(journeyId);
    s.cards = cards(journeyId);
    s.connections = connections(journeyId);
    return s;
}

Project::Snapshot Project::captureStage(Id stageId) const
{
    Snapshot s;
    if (!m_stages.contains(stageId))
        return s;
    const Stage stage = m_stages.value(stageId);
    s.stages.append(stage);
    QList<Id> cardIds;
    for (Id laneId : m_laneOrder.value(stage.journeyId))
        cardIds += m_cells.value(CellKey(stageId, laneId));
    const Snapshot cardsSnapshot = captureCards(cardIds);
    s.cards = cardsSnapshot.cards;
    s.connections = cardsSnapshot.connections;
    return s;
}

Project::Snapshot Project::captureLane(Id laneId) const
{
    Snapshot s;
    if (!m_lanes.contains(laneId))
        return s;
    const Lane lane = m_lanes.value(laneId);
    s.lanes.append(lane);
    QList<Id> cardIds;
    for (Id stageId : m_stageOrder.value(lane.journeyId))
        cardIds += m_cells.value(CellKey(stageId, laneId));
    const Snapshot cardsSnapshot = captureCards(cardIds);
    s.cards = cardsSnapshot.cards;
    s.connections = cardsSnapshot.connections;
    return s;
}

Project::Snapshot Project::captureCards(const QList<Id> &cardIds) const
{
    Snapshot s;
    QSet<Id> ids;
    for (Id id : cardIds) {
        if (m_cards.contains(id) && !ids.contains(id)) {
            ids.insert(id);
            s.cards.append(m_cards.value(id));
        }
    }
    for (const Connection &c : m_connections) {
        if (ids.contains(c.fromCardId) || ids.contains(c.toCardId))
            s.connections.append(c);
    }
    std::sort(s.connections.begin(), s.connections.end(),
              [](const Connection &a, const Connection &b) { return a.id < b.id; });
    return s;
}

bool Project::restore(const Snapshot &snapshot)
{
    if (!beginChange())
        return false;
    auto journeys = snapshot.journeys;
    std::sort(journeys.begin(), journeys.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    for (auto [journey, index] : journeys) {
        if (!insertJourney(&journey, index))
            return fail();
    }
    QList<Stage> stageList = snapshot.stages;
    sortByPosition(&stageList);
    for (Stage stage : stageList) {
        if (!insertStage(&stage, stage.position))
            return fail();
    }
    QList<Lane> laneList = snapshot.lanes;
    sortByPosition(&laneList);
    for (Lane lane : laneList) {
        if (!insertLane(&lane, lane.position))
            return fail();
    }
    QList<Card> cardList = snapshot.cards;
    sortByPosition(&cardList);
    for (Card card : cardList) {
        if (!insertCard(&card, card.position))
            return fail();
    }
    for (Connection connection : snapshot.connections) {
        if (!insertConnection(&connection))
            return fail();
    }
    return endChange();
}

// --- Transactions and failure ------------------------------------------------------------

bool Project::beginChange()
{
    if (!m_document->begin())
        return fail();
    return true;
}

bool Project::endChange()
{
    if (!m_document->commit())
        return fail();
    return true;
}

// An edit that does not fit the project (a stale id, cards of two journeys): refused
// without touching anything. Inside a multi-step change, earlier steps may have written, so
// the whole change fails and is rolled back.
bool Project::reject()
{
    m_rejected = true;
    if (m_document->transactionDepth() > 0)
        return fail();
    return false;
}

bool Project::fail()
{
    if (!m_failed) {
        m_failed = true;
        m_failure = m_document->lastError();
    }
    return false;
}

void Project::recoverIfFailed()
{
    if (!m_failed)
        return;
    m_failed = false;
    while (m_document->transactionDepth() > 0)
        m_document->rollback();
    Q_EMIT aboutToReset();
    clearMemory();
    QString loadError;
    load(&loadError);
    m_undoStack->clear();
    Q_EMIT reset();
    Q_EMIT writeFailed(tr("The change could not be saved (%1). Waymark reloaded “%2” as it is "
                          "on disk.")
                           .arg(m_failure.isEmpty() ? tr("unknown error") : m_failure,
                                QFileInfo(m_document->path()).fileName()));
}

// --- Loading -----------------------------------------------------------------------------

void Project::clearMemory()
{
    m_journeyOrder.clear();
    m_journeys.clear();
    m_stageOrder.clear();
    m_stages.clear();
    m_laneOrder.clear();
    m_lanes.clear();
    m_cells.clear();
    m_cards.clear();
    m_connections.clear();
    m_personas.clear();
    m_settings.clear();
    m_goals.clear();
    m_actionOrder.clear();
    m_actions.clear();
    m_comments.clear();
    m_signoffs.clear();
    m_fingerprint.clear();
}

bool Project::load(QString *error)
{
    JourneyRepository journeyRepo(*m_document);
    CardRepository cardRepo(*m_document);
    PersonaRepository personaRepo(*m_document);
    SettingsRepository settingsRepo(*m_document);

    GoalRepository goalRepo(*m_document);
    ActionRepository actionRepo(*m_document);
    CommentRepository commentRepo(*m_document);
    SignoffRepository signoffRepo(*m_document);

    QList<Journey> journeyList;
    QList<Stage> stageList;
    QList<Lane> laneList;
    QList<Card> cardList;
    QList<Connection> connectionList;
    QList<Goal> goalList;
    QList<Action> actionList;
    QList<Comment> commentList;
    QList<Signoff> signoffList;
    if (!journeyRepo.loadJourneys(&journeyList) || !journeyRepo.loadStages(&stageList)
        || !journeyRepo.loadLanes(&laneList) || !cardRepo.loadCards(&cardList)
        || !cardRepo.loadConnections(&connectionList) || !personaRepo.loadPersonas(&m_personas)
        || !settingsRepo.load(&m_settings) || !goalRepo.loadGoals(&goalList)
        || !actionRepo.loadActions(&actionList) || !commentRepo.loadComments(&commentList)
        || !signoffRepo.loadSignoffs(&signoffList)) {
        if (error)
            *error = m_document->lastError();
        return false;
    }
    for (const Goal &g : std::as_const(goalList))
        m_goals.insert(g.id, g);
    for (Action a : std::as_const(actionList)) {
        a.position = int(m_actionOrder.size());
        sortUnique(&a.cardIds);
        sortUnique(&a.goalIds);
        m_actionOrder.append(a.id);
        m_actions.insert(a.id, a);
    }
    for (const Comment &c : std::as_const(commentList))
        m_comments.insert(c.id, c);
    for (const Signoff &so : std::as_const(signoffList))
        m_signoffs.insert(so.id, so);

    // Rows come sorted by position, then id; memory keeps dense positions. Anything that
    // does not fit together (possible only in a hand-made file) is left out.
    for (int i = 0; i < m_personas.size(); ++i)
        m_personas[i].position = i;
    for (Journey j : journeyList) {
        j.position = int(m_journeyOrder.size());
        m_journeyOrder.append(j.id);
        m_journeys.insert(j.id, j);
    }
    for (Stage s : stageList) {
        if (!m_journeys.contains(s.journeyId))
            continue;
        QList<Id> &order = m_stageOrder[s.journeyId];
        s.position = int(order.size());
        order.append(s.id);
        m_stages.insert(s.id, s);
    }
    for (Lane l : laneList) {
        if (!m_journeys.contains(l.journeyId))
            continue;
        QList<Id> &order = m_laneOrder[l.journeyId];
        l.position = int(order.size());
        order.append(l.id);
        m_lanes.insert(l.id, l);
    }
    for (Card c : cardList) {
        const Stage stage = m_stages.value(c.stageId);
        const Lane lane = m_lanes.value(c.laneId);
        if (stage.id == NoId || lane.id == NoId || stage.journeyId != lane.journeyId)
            continue;
        c.journeyId = stage.journeyId;
        QList<Id> &cell = m_cells[CellKey(c.stageId, c.laneId)];
        c.position = int(cell.size());
        cell.append(c.id);
        m_cards.insert(c.id, c);
    }
    for (const Connection &c : connectionList) {
        const Card from = m_cards.value(c.fromCardId);
        const Card to = m_cards.value(c.toCardId);
        if (from.id == NoId || to.id == NoId || from.journeyId != to.journeyId)
            continue;
        Connection fixed = c;
        fixed.journeyId = from.journeyId;
        m_connections.insert(c.id, fixed);
    }
    return true;
}

bool Project::importMap(const MapData &content, bool keepIds, QString *error)
{
    JourneyRepository journeyRepo(*m_document);
    CardRepository cardRepo(*m_document);
    PersonaRepository personaRepo(*m_document);
    SettingsRepository settingsRepo(*m_document);
    auto failWith = [&]() {
        if (error)
            *error = m_document->lastError();
        return false;
    };

    Transaction tx(*m_document);
    if (!tx.isActive())
        return failWith();

    QHash<Id, Id> personaIds;
    QHash<Id, Id> journeyIds;
    QHash<Id, Id> stageIds;
    QHash<Id, Id> laneIds;
    QHash<Id, Id> cardIds;
    const int personaBase = int(m_personas.size());
    for (int i = 0; i < content.personas.size(); ++i) {
        Persona p = content.personas.at(i);
        const Id original = p.id;
        if (!keepIds)
            p.id = NoId;
        p.position = personaBase + i;
        repairTexts(p);
        if (!personaRepo.insertPersona(&p))
            return failWith();
        personaIds.insert(original, p.id);
    }
    const int journeyBase = int(m_journeyOrder.size());
    for (int ji = 0; ji < content.journeys.size(); ++ji) {
        const MapJourney &mj = content.journeys.at(ji);
        Journey j = mj.journey;
        if (!keepIds)
            j.id = NoId;
        j.position = journeyBase + ji;
        j.personaId = personaIds.value(j.personaId, NoId);
        j.sourceJourneyId = NoId; // set below, once every journey has its id
        repairTexts(j);
        if (!journeyRepo.insertJourney(&j))
            return failWith();
        journeyIds.insert(mj.journey.id, j.id);
    }
    for (int ji = 0; ji < content.journeys.size(); ++ji) {
        const MapJourney &mj = content.journeys.at(ji);
        const Id journeyId = journeyIds.value(mj.journey.id);
        if (mj.journey.sourceJourneyId != NoId && journeyIds.contains(mj.journey.sourceJourneyId)) {
            Journey j = mj.journey;
            j.id = journeyId;
            j.position = journeyBase + ji;
            j.personaId = personaIds.value(j.personaId, NoId);
            j.sourceJourneyId = journeyIds.value(mj.journey.sourceJourneyId);
            repairTexts(j);
            if (!journeyRepo.updateJourney(j))
                return failWith();
        }
        for (int i = 0; i < mj.stages.size(); ++i) {
            Stage s = mj.stages.at(i);
            if (!keepIds)
                s.id = NoId;
            s.journeyId = journeyId;
            s.position = i;
            repairTexts(s);
            if (!journeyRepo.insertStage(&s))
                return failWith();
            stageIds.insert(mj.stages.at(i).id, s.id);
        }
        for (int i = 0; i < mj.lanes.size(); ++i) {
            Lane l = mj.lanes.at(i);
            if (!keepIds)
                l.id = NoId;
            l.journeyId = journeyId;
            l.position = i;
            repairTexts(l);
            if (!journeyRepo.insertLane(&l))
                return failWith();
            laneIds.insert(mj.lanes.at(i).id, l.id);
        }
        QHash<CellKey, int> cellFill;
        for (const Card &original : mj.cards) {
            Card c = original;
            if (!keepIds)
                c.id = NoId;
            c.journeyId = journeyId;
            c.stageId = stageIds.value(original.stageId);
            c.laneId = laneIds.value(original.laneId);
            c.position = cellFill[CellKey(c.stageId, c.laneId)]++;
            repairTexts(c);
            if (!cardRepo.insertCard(&c))
                return failWith();
            cardIds.insert(original.id, c.id);
        }
        for (const Connection &original : mj.connections) {
            Connection c = original;
            if (!keepIds)
                c.id = NoId;
            c.journeyId = journeyId;
            c.fromCardId = cardIds.value(original.fromCardId);
            c.toCardId = cardIds.value(original.toCardId);
            repairTexts(c);
            if (!cardRepo.insertConnection(&c))
                return failWith();
        }
    }

    // Goals, the plan, comments and sign-offs refer to the objects above by their new ids.
    GoalRepository goalRepo(*m_document);
    ActionRepository actionRepo(*m_document);
    CommentRepository commentRepo(*m_document);
    SignoffRepository signoffRepo(*m_document);
    const auto targetId = [&](TargetKind kind, Id id) {
        switch (kind) {
        case TargetKind::Journey:
            return journeyIds.value(id, NoId);
        case TargetKind::Stage:
            return stageIds.value(id, NoId);
        case TargetKind::Card:
            return cardIds.value(id, NoId);
        }
        return NoId;
    };
    QHash<Id, Id> goalIds;
    for (const Goal &original : content.goals) {
        Goal g = original;
        if (!keepIds)
            g.id = NoId;
        g.journeyId = journeyIds.value(original.journeyId, NoId);
        g.targetId = targetId(g.scope, original.targetId);
        if (g.journeyId == NoId || g.targetId == NoId)
            continue;
        repairTexts(g);
        if (!goalRepo.insertGoal(&g))
            return failWith();
        goalIds.insert(original.id, g.id);
    }
    const int actionBase = int(m_actionOrder.size());
    for (qsizetype i = 0; i < content.actions.size(); ++i) {
        const Action &original = content.actions.at(i);
        Action a = original;
        if (!keepIds)
            a.id = NoId;
        a.journeyId = journeyIds.value(original.journeyId, NoId);
        if (a.journeyId == NoId)
            continue;
        a.cardIds.clear();
        for (Id id : original.cardIds)
            a.cardIds.append(cardIds.value(id, NoId));
        a.goalIds.clear();
        for (Id id : original.goalIds)
            a.goalIds.append(goalIds.value(id, NoId));
        sortUnique(&a.cardIds);
        sortUnique(&a.goalIds);
        a.position = actionBase + int(i);
        a.createdAt = wholeSeconds(a.createdAt);
        a.updatedAt = wholeSeconds(a.updatedAt);
        repairTexts(a);
        if (!actionRepo.insertAction(&a))
            return failWith();
    }
    // First comments before replies, so that replies can refer to their new ids.
    QHash<Id, Id> commentIds;
    for (bool replies : {false, true}) {
        for (const Comment &original : content.comments) {
            if ((original.parentId != NoId) != replies)
                continue;
            Comment c = original;
            if (!keepIds)
                c.id = NoId;
            c.journeyId = journeyIds.value(original.journeyId, NoId);
            c.targetId = targetId(c.targetKind, original.targetId);
            c.parentId = replies ? commentIds.value(original.parentId, NoId) : NoId;
            if (c.journeyId == NoId || c.targetId == NoId || (replies && c.parentId == NoId))
                continue;
            c.createdAt = wholeSeconds(c.createdAt);
            c.resolvedAt = wholeSeconds(c.resolvedAt);
            repairTexts(c);
            if (!commentRepo.insertComment(&c))
                return failWith();
            commentIds.insert(original.id, c.id);
        }
    }
    for (Signoff so : content.signoffs) {
        if (!keepIds)
            so.id = NoId;
        so.signedAt = wholeSeconds(so.signedAt);
        repairTexts(so);
        if (!signoffRepo.insertSignoff(&so))
            return failWith();
    }
    if (!content.title.isEmpty()
        && !settingsRepo.setValue(QStringLiteral("title"), content.title)) {
        return failWith();
    }
    for (auto it = content.settings.cbegin(); it != content.settings.cend(); ++it) {
        if (!settingsRepo.setValue(it.key(), it.value()))
            return failWith();
    }
    if (!tx.commit())
        return failWith();

    Q_EMIT aboutToReset();
    clearMemory();
    const bool loaded = load(error);
    Q_EMIT reset();
    return loaded;
}

// --- Journeys ----------------------------------------------------------------------------

bool Project::insertJourney(Journey *journey, int index)
{
    repairTexts(*journey);
    QList<Id> order = m_journeyOrder;
    index = qBound(0, index, int(order.size()));
    journey->position = index;
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.insertJourney(journey))
        return fail();
    order.insert(index, journey->id);
    if (!repo.setPositions(JourneyRepository::Table::Journeys, order) || !tx.commit())
        return fail();
    m_journeyOrder = order;
    m_journeys.insert(journey->id, *journey);
    for (int i = 0; i < order.size(); ++i)
        m_journeys[order.at(i)].position = i;
    Q_EMIT journeyInserted(journey->id);
    return true;
}

bool Project::updateJourney(const Journey &journey)
{
    if (!m_journeys.contains(journey.id))
        return reject();
    Journey updated = journey;
    repairTexts(updated);
    updated.position = m_journeys.value(journey.id).position;
    JourneyRepository repo(*m_document);
    if (!repo.updateJourney(updated))
        return fail();
    m_journeys.insert(updated.id, updated);
    Q_EMIT journeyChanged(updated.id);
    return true;
}

bool Project::removeJourney(Id id)
{
    if (!m_journeys.contains(id))
        return reject();
    JourneyRepository repo(*m_document);
    QList<Id> order = m_journeyOrder;
    order.removeOne(id);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.removeJourney(id)
        || !repo.setPositions(JourneyRepository::Table::Journeys, order) || !tx.commit()) {
        return fail();
    }
    for (Id stageId : m_stageOrder.value(id))
        forgetStage(stageId);
    for (Id laneId : m_laneOrder.value(id))
        forgetLane(laneId);
    m_stageOrder.remove(id);
    m_laneOrder.remove(id);
    m_journeyOrder = order;
    m_journeys.remove(id);
    for (int i = 0; i < order.size(); ++i)
        m_journeys[order.at(i)].position = i;
    Q_EMIT journeyRemoved(id);
    return true;
}

bool Project::moveJourney(Id id, int toIndex)
{
    if (!m_journeys.contains(id))
        return reject();
    QList<Id> order = m_journeyOrder;
    order.removeOne(id);
    order.insert(qBound(0, toIndex, int(order.size())), id);
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.setPositions(JourneyRepository::Table::Journeys, order)
        || !tx.commit()) {
        return fail();
    }
    m_journeyOrder = order;
    for (int i = 0; i < order.size(); ++i)
        m_journeys[order.at(i)].position = i;
    Q_EMIT journeysReordered();
    return true;
}

// --- Stages ------------------------------------------------------------------------------

void Project::reindexStages(Id journeyId)
{
    const QList<Id> order = m_stageOrder.value(journeyId);
    for (int i = 0; i < order.size(); ++i)
        m_stages[order.at(i)].position = i;
}

void Project::reindexLanes(Id journeyId)
{
    const QList<Id> order = m_laneOrder.value(journeyId);
    for (int i = 0; i < order.size(); ++i)
        m_lanes[order.at(i)].position = i;
}

void Project::reindexCell(Id stageId, Id laneId)
{
    const QList<Id> order = m_cells.value(CellKey(stageId, laneId));
    for (int i = 0; i < order.size(); ++i)
        m_cards[order.at(i)].position = i;
}

bool Project::insertStage(Stage *stage, int index)
{
    if (!m_journeys.contains(stage->journeyId))
        return reject();
    repairTexts(*stage);
    QList<Id> order = m_stageOrder.value(stage->journeyId);
    index = qBound(0, index, int(order.size()));
    stage->position = index;
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.insertStage(stage))
        return fail();
    order.insert(index, stage->id);
    if (!repo.setPositions(JourneyRepository::Table::Stages, order) || !tx.commit())
        return fail();
    m_stages.insert(stage->id, *stage);
    m_stageOrder.insert(stage->journeyId, order);
    reindexStages(stage->journeyId);
    Q_EMIT stageInserted(stage->journeyId, stage->id);
    return true;
}

bool Project::updateStage(const Stage &stage)
{
    if (!m_stages.contains(stage.id))
        return reject();
    Stage updated = stage;
    repairTexts(updated);
    const Stage current = m_stages.value(stage.id);
    updated.journeyId = current.journeyId;
    updated.position = current.position;
    JourneyRepository repo(*m_document);
    if (!repo.updateStage(updated))
        return fail();
    m_stages.insert(updated.id, updated);
    Q_EMIT stageChanged(updated.id);
    return true;
}

void Project::forgetCard(Id cardId)
{
    const Card card = m_cards.take(cardId);
    m_cells[CellKey(card.stageId, card.laneId)].removeOne(cardId);
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (it->fromCardId == cardId || it->toCardId == cardId)
            it = m_connections.erase(it);
        else
            ++it;
    }
}

void Project::forgetConnection(Id connectionId)
{
    m_connections.remove(connectionId);
}

void Project::forgetStage(Id stageId)
{
    const Stage stage = m_stages.take(stageId);
    for (Id laneId : m_laneOrder.value(stage.journeyId)) {
        for (Id cardId : m_cells.take(CellKey(stageId, laneId)))
            forgetCard(cardId);
    }
}

void Project::forgetLane(Id laneId)
{
    const Lane lane = m_lanes.take(laneId);
    for (Id stageId : m_stageOrder.value(lane.journeyId)) {
        for (Id cardId : m_cells.take(CellKey(stageId, laneId)))
            forgetCard(cardId);
    }
}

bool Project::removeStage(Id id)
{
    if (!m_stages.contains(id))
        return reject();
    const Id journeyId = m_stages.value(id).journeyId;
    QList<Id> order = m_stageOrder.value(journeyId);
    order.removeOne(id);
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.removeStage(id)
        || !repo.setPositions(JourneyRepository::Table::Stages, order) || !tx.commit()) {
        return fail();
    }
    forgetStage(id);
    m_stageOrder.insert(journeyId, order);
    reindexStages(journeyId);
    Q_EMIT stageRemoved(journeyId, id);
    return true;
}

bool Project::moveStage(Id id, int toIndex)
{
    if (!m_stages.contains(id))
        return reject();
    const Id journeyId = m_stages.value(id).journeyId;
    QList<Id> order = m_stageOrder.value(journeyId);
    order.removeOne(id);
    order.insert(qBound(0, toIndex, int(order.size())), id);
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.setPositions(JourneyRepository::Table::Stages, order)
        || !tx.commit()) {
        return fail();
    }
    m_stageOrder.insert(journeyId, order);
    reindexStages(journeyId);
    Q_EMIT stagesReordered(journeyId);
    return true;
}

// --- Lanes -------------------------------------------------------------------------------

bool Project::insertLane(Lane *lane, int index)
{
    if (!m_journeys.contains(lane->journeyId))
        return reject();
    repairTexts(*lane);
    QList<Id> order = m_laneOrder.value(lane->journeyId);
    index = qBound(0, index, int(order.size()));
    lane->position = index;
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.insertLane(lane))
        return fail();
    order.insert(index, lane->id);
    if (!repo.setPositions(JourneyRepository::Table::Lanes, order) || !tx.commit())
        return fail();
    m_lanes.insert(lane->id, *lane);
    m_laneOrder.insert(lane->journeyId, order);
    reindexLanes(lane->journeyId);
    Q_EMIT laneInserted(lane->journeyId, lane->id);
    return true;
}

bool Project::updateLane(const Lane &lane)
{
    if (!m_lanes.contains(lane.id))
        return reject();
    Lane updated = lane;
    repairTexts(updated);
    const Lane current = m_lanes.value(lane.id);
    updated.journeyId = current.journeyId;
    updated.position = current.position;
    JourneyRepository repo(*m_document);
    if (!repo.updateLane(updated))
        return fail();
    m_lanes.insert(updated.id, updated);
    Q_EMIT laneChanged(updated.id);
    return true;
}

bool Project::removeLane(Id id)
{
    if (!m_lanes.contains(id))
        return reject();
    const Id journeyId = m_lanes.value(id).journeyId;
    QList<Id> order = m_laneOrder.value(journeyId);
    order.removeOne(id);
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.removeLane(id)
        || !repo.setPositions(JourneyRepository::Table::Lanes, order) || !tx.commit()) {
        return fail();
    }
    forgetLane(id);
    m_laneOrder.insert(journeyId, order);
    reindexLanes(journeyId);
    Q_EMIT laneRemoved(journeyId, id);
    return true;
}

bool Project::moveLane(Id id, int toIndex)
{
    if (!m_lanes.contains(id))
        return reject();
    const Id journeyId = m_lanes.value(id).journeyId;
    QList<Id> order = m_laneOrder.value(journeyId);
    order.removeOne(id);
    order.insert(qBound(0, toIndex, int(order.size())), id);
    JourneyRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.setPositions(JourneyRepository::Table::Lanes, order)
        || !tx.commit()) {
        return fail();
    }
    m_laneOrder.insert(journeyId, order);
    reindexLanes(journeyId);
    Q_EMIT lanesReordered(journeyId);
    return true;
}

// --- Cards -------------------------------------------------------------------------------

bool Project::insertCard(Card *card, int index)
{
    const Stage stage = m_stages.value(card->stageId);
    const Lane lane = m_lanes.value(card->laneId);
    if (stage.id == NoId || lane.id == NoId || stage.journeyId != lane.journeyId)
        return reject();
    card->journeyId = stage.journeyId;
    card->span = qBound(1, card->span, MaxCardSpan);
    repairTexts(*card);
    const CellKey key(card->stageId, card->laneId);
    QList<Id> order = m_cells.value(key);
    index = qBound(0, index, int(order.size()));
    card->position = index;
    CardRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.insertCard(card))
        return fail();
    order.insert(index, card->id);
    if (!repo.setPositions(order) || !tx.commit())
        return fail();
    m_cards.insert(card->id, *card);
    m_cells.insert(key, order);
    reindexCell(card->stageId, card->laneId);
    Q_EMIT cardInserted(card->journeyId, card->id);
    Q_EMIT cellChanged(card->journeyId, card->stageId, card->laneId);
    return true;
}

bool Project::updateCard(const Card &card)
{
    if (!m_cards.contains(card.id))
        return reject();
    const Card current = m_cards.value(card.id);
    Card updated = card;
    repairTexts(updated);
    updated.journeyId = current.journeyId;
    updated.stageId = current.stageId;
    updated.laneId = current.laneId;
    updated.position = current.position;
    updated.span = qBound(1, updated.span, MaxCardSpan);
    if (updated.emotion)
        updated.emotion = qBound(MinEmotion, *updated.emotion, MaxEmotion);
    CardRepository repo(*m_document);
    if (!repo.updateCard(updated))
        return fail();
    m_cards.insert(updated.id, updated);
    Q_EMIT cardChanged(updated.id);
    return true;
}

bool Project::moveCard(Id id, Id stageId, Id laneId, int index)
{
    if (!m_cards.contains(id))
        return reject();
    const Card current = m_cards.value(id);
    const Stage stage = m_stages.value(stageId);
    const Lane lane = m_lanes.value(laneId);
    if (stage.journeyId != current.journeyId || lane.journeyId != current.journeyId)
        return reject();
    const CellKey from(current.stageId, current.laneId);
    const CellKey to(stageId, laneId);
    QList<Id> fromOrder = m_cells.value(from);
    fromOrder.removeOne(id);
    QList<Id> toOrder = from == to ? fromOrder : m_cells.value(to);
    index = qBound(0, index, int(toOrder.size()));
    toOrder.insert(index, id);

    Card moved = current;
    moved.stageId = stageId;
    moved.laneId = laneId;
    moved.position = index;
    CardRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.updateCard(moved) || (from != to && !repo.setPositions(fromOrder))
        || !repo.setPositions(toOrder) || !tx.commit()) {
        return fail();
    }
    m_cards.insert(id, moved);
    if (from != to)
        m_cells.insert(from, fromOrder);
    m_cells.insert(to, toOrder);
    reindexCell(from.first, from.second);
    reindexCell(to.first, to.second);
    Q_EMIT cardChanged(id);
    if (from != to)
        Q_EMIT cellChanged(current.journeyId, from.first, from.second);
    Q_EMIT cellChanged(current.journeyId, stageId, laneId);
    return true;
}

bool Project::removeCard(Id id)
{
    if (!m_cards.contains(id))
        return reject();
    const Card card = m_cards.value(id);
    QList<Id> order = m_cells.value(CellKey(card.stageId, card.laneId));
    order.removeOne(id);
    const QList<Connection> attached = connectionsOf(id);
    CardRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.removeCard(id) || !repo.setPositions(order) || !tx.commit())
        return fail();
    forgetCard(id);
    reindexCell(card.stageId, card.laneId);
    for (const Connection &c : attached)
        Q_EMIT connectionRemoved(c.journeyId, c.id);
    Q_EMIT cardRemoved(card.journeyId, id);
    Q_EMIT cellChanged(card.journeyId, card.stageId, card.laneId);
    return true;
}

// --- Connections -------------------------------------------------------------------------

bool Project::insertConnection(Connection *connection)
{
    const Card from = m_cards.value(connection->fromCardId);
    const Card to = m_cards.value(connection->toCardId);
    if (from.id == NoId || to.id == NoId || from.journeyId != to.journeyId)
        return reject();
    connection->journeyId = from.journeyId;
    repairTexts(*connection);
    CardRepository repo(*m_document);
    if (!repo.insertConnection(connection))
        return fail();
    m_connections.insert(connection->id, *connection);
    Q_EMIT connectionInserted(connection->journeyId, connection->id);
    return true;
}

bool Project::updateConnection(const Connection &connection)
{
    if (!m_connections.contains(connection.id))
        return reject();
    Connection updated = m_connections.value(connection.id);
    updated.kind = connection.kind;
    updated.label = connection.label;
    repairTexts(updated);
    CardRepository repo(*m_document);
    if (!repo.updateConnection(updated))
        return fail();
    m_connections.insert(updated.id, updated);
    Q_EMIT connectionChanged(updated.id);
    return true;
}

bool Project::removeConnection(Id id)
{
    if (!m_connections.contains(id))
        return reject();
    const Connection connection = m_connections.value(id);
    CardRepository repo(*m_document);
    if (!repo.removeConnection(id))
        return fail();
    forgetConnection(id);
    Q_EMIT connectionRemoved(connection.journeyId, id);
    return true;
}

// --- Feedback ----------------------------------------------------------------------------

void Project::notifyFeedbackChanged(Id journeyId)
{
    Q_EMIT feedbackChanged(journeyId);
}

bool Project::adoptCards(const QList<Id> &cardIds)
{
    QList<Card> all;
    CardRepository repo(*m_document);
    if (!repo.loadCards(&all))
        return fail();
    QList<Card> adopted;
    for (const Card &card : std::as_const(all)) {
        if (cardIds.contains(card.id) && !m_cards.contains(card.id))
            adopted.append(card);
    }
    sortByPosition(&adopted);
    for (Card card : std::as_const(adopted)) {
        const Stage stage = m_stages.value(card.stageId);
        const Lane lane = m_lanes.value(card.laneId);
        if (stage.id == NoId || lane.id == NoId || stage.journeyId != lane.journeyId)
            continue;
        card.journeyId = stage.journeyId;
        QList<Id> &cell = m_cells[CellKey(card.stageId, card.laneId)];
        card.position = qBound(0, card.position, int(cell.size()));
        cell.insert(card.position, card.id);
        m_cards.insert(card.id, card);
        reindexCell(card.stageId, card.laneId);
        Q_EMIT cardInserted(card.journeyId, card.id);
        Q_EMIT cellChanged(card.journeyId, card.stageId, card.laneId);
    }
    return true;
}

// --- Personas and settings ---------------------------------------------------------------

bool Project::insertPersona(Persona *persona, int index)
{
    index = qBound(0, index, int(m_personas.size()));
    QList<Persona> list = m_personas;
    PersonaRepository repo(*m_document);
    Transaction tx(*m_document);
    repairTexts(*persona);
    persona->position = index;
    if (!tx.isActive() || !repo.insertPersona(persona))
        return fail();
    list.insert(index, *persona);
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].position != i || i == index) {
            list[i].position = i;
            if (!repo.updatePersona(list[i]))
                return fail();
        }
    }
    if (!tx.commit())
        return fail();
    m_personas = list;
    Q_EMIT personasChanged();
    return true;
}

bool Project::updatePersona(const Persona &persona)
{
    for (Persona &p : m_personas) {
        if (p.id != persona.id)
            continue;
        Persona updated = persona;
        repairTexts(updated);
        updated.position = p.position;
        PersonaRepository repo(*m_document);
        if (!repo.updatePersona(updated))
            return fail();
        p = updated;
        Q_EMIT personasChanged();
        return true;
    }
    return reject();
}

bool Project::removePersona(Id id)
{
    QList<Persona> list = m_personas;
    const auto it
        = std::find_if(list.begin(), list.end(), [id](const Persona &p) { return p.id == id; });
    if (it == list.end())
        return reject();
    list.erase(it);
    PersonaRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.removePersona(id))
        return fail();
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].position != i) {
            list[i].position = i;
            if (!repo.updatePersona(list[i]))
                return fail();
        }
    }
    if (!tx.commit())
        return fail();
    m_personas = list;
    // Journeys that named the persona lose it (ON DELETE SET NULL in the file).
    for (Journey &j : m_journeys) {
        if (j.personaId == id) {
            j.personaId = NoId;
            Q_EMIT journeyChanged(j.id);
        }
    }
    Q_EMIT personasChanged();
    return true;
}

bool Project::setSetting(const QString &key, const QVariant &value)
{
    SettingsRepository repo(*m_document);
    if (!repo.setValue(key, value))
        return fail();
    if (value.isNull())
        m_settings.remove(key);
    else
        m_settings.insert(key, value);
    Q_EMIT settingChanged(key);
    return true;
}

// --- Goals -------------------------------------------------------------------------------

namespace {

// The journey a target belongs to, or NoId when the target is not in memory.
Id journeyOfTarget(const Project &p, TargetKind kind, Id id)
{
    switch (kind) {
    case TargetKind::Journey:
        return p.hasJourney(id) ? id : NoId;
    case TargetKind::Stage:
        return p.stage(id).journeyId;
    case TargetKind::Card:
        return p.card(id).journeyId;
    }
    return NoId;
}

// Journey-wide goals and comments name their journey as target; others take the journey of
// their target when it is known (a stale target keeps what it had, for undo).
template<typename T>
void normalizeTarget(const Project &p, T *value, TargetKind kind, Id *targetId)
{
    if (kind == TargetKind::Journey) {
        if (value->journeyId == NoId)
            value->journeyId = *targetId;
        *targetId = value->journeyId;
        return;
    }
    const Id journey = journeyOfTarget(p, kind, *targetId);
    if (journey != NoId)
        value->journeyId = journey;
}

} // namespace

bool Project::insertGoal(Goal *goal)
{
    normalizeTarget(*this, goal, goal->scope, &goal->targetId);
    if (goal->journeyId == NoId || goal->targetId == NoId)
        return reject();
    repairTexts(*goal);
    GoalRepository repo(*m_document);
    if (!repo.insertGoal(goal))
        return fail();
    m_goals.insert(goal->id, *goal);
    Q_EMIT goalInserted(goal->journeyId, goal->id);
    return true;
}

bool Project::updateGoal(const Goal &goal)
{
    if (!m_goals.contains(goal.id))
        return reject();
    Goal updated = goal;
    normalizeTarget(*this, &updated, updated.scope, &updated.targetId);
    if (updated.journeyId == NoId || updated.targetId == NoId)
        return reject();
    repairTexts(updated);
    GoalRepository repo(*m_document);
    if (!repo.updateGoal(updated))
        return fail();
    m_goals.insert(updated.id, updated);
    Q_EMIT goalChanged(updated.id);
    return true;
}

bool Project::removeGoal(Id id)
{
    if (!m_goals.contains(id))
        return reject();
    const Goal goal = m_goals.value(id);
    GoalRepository repo(*m_document);
    if (!repo.removeGoal(id))
        return fail();
    // Links of actions to the goal stay (soft references): undo reattaches them.
    m_goals.remove(id);
    Q_EMIT goalRemoved(goal.journeyId, id);
    return true;
}

// --- Actions -----------------------------------------------------------------------------

bool Project::insertAction(Action *action, int index)
{
    if (action->journeyId == NoId)
        return reject();
    repairTexts(*action);
    sortUnique(&action->cardIds);
    sortUnique(&action->goalIds);
    action->createdAt = action->createdAt.isValid() ? wholeSeconds(action->createdAt) : nowUtc();
    action->updatedAt
        = action->updatedAt.isValid() ? wholeSeconds(action->updatedAt) : action->createdAt;
    QList<Id> order = m_actionOrder;
    index = qBound(0, index, int(order.size()));
    action->position = index;
    ActionRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.insertAction(action))
        return fail();
    order.insert(index, action->id);
    if (!repo.setPositions(order) || !tx.commit())
        return fail();
    m_actions.insert(action->id, *action);
    m_actionOrder = order;
    for (int i = 0; i < order.size(); ++i)
        m_actions[order.at(i)].position = i;
    Q_EMIT actionInserted(action->journeyId, action->id);
    return true;
}

bool Project::updateAction(const Action &action, bool keepUpdatedAt)
{
    if (!m_actions.contains(action.id))
        return reject();
    const Action current = m_actions.value(action.id);
    Action updated = action;
    repairTexts(updated);
    sortUnique(&updated.cardIds);
    sortUnique(&updated.goalIds);
    updated.position = current.position;
    if (updated.journeyId == NoId)
        updated.journeyId = current.journeyId;
    updated.createdAt
        = updated.createdAt.isValid() ? wholeSeconds(updated.createdAt) : current.createdAt;
    // An edit that leaves updatedAt as it was is stamped now; undo hands back the old time.
    Action unstamped = updated;
    unstamped.updatedAt = current.updatedAt;
    if (!keepUpdatedAt && updated.updatedAt == current.updatedAt && !(unstamped == current))
        updated.updatedAt = nowUtc();
    else
        updated.updatedAt = wholeSeconds(updated.updatedAt);
    ActionRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.updateAction(updated) || !tx.commit())
        return fail();
    m_actions.insert(updated.id, updated);
    Q_EMIT actionChanged(updated.id);
    return true;
}

bool Project::removeAction(Id id)
{
    if (!m_actions.contains(id))
        return reject();
    const Action action = m_actions.value(id);
    QList<Id> order = m_actionOrder;
    order.removeOne(id);
    ActionRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.removeAction(id) || !repo.setPositions(order) || !tx.commit())
        return fail();
    m_actions.remove(id);
    m_actionOrder = order;
    for (int i = 0; i < order.size(); ++i)
        m_actions[order.at(i)].position = i;
    Q_EMIT actionRemoved(action.journeyId, id);
    return true;
}

bool Project::moveAction(Id id, int toIndex)
{
    if (!m_actions.contains(id))
        return reject();
    QList<Id> order = m_actionOrder;
    order.removeOne(id);
    order.insert(qBound(0, toIndex, int(order.size())), id);
    ActionRepository repo(*m_document);
    Transaction tx(*m_document);
    if (!tx.isActive() || !repo.setPositions(order) || !tx.commit())
        return fail();
    m_actionOrder = order;
    for (int i = 0; i < order.size(); ++i)
        m_actions[order.at(i)].position = i;
    Q_EMIT actionsReordered();
    return true;
}

// --- Comments and sign-offs --------------------------------------------------------------

bool Project::insertComment(Comment *comment)
{
    if (comment->parentId != NoId) {
        Comment parent = m_comments.value(comment->parentId);
        if (parent.parentId != NoId && m_comments.contains(parent.parentId)) {
            comment->parentId = parent.parentId;
            parent = m_comments.value(parent.parentId);
        }
        if (parent.id != NoId) {
            comment->journeyId = parent.journeyId;
            comment->targetKind = parent.targetKind;
            comment->targetId = parent.targetId;
        }
    }
    normalizeTarget(*this, comment, comment->targetKind, &comment->targetId);
    if (comment->journeyId == NoId || comment->targetId == NoId)
        return reject();
    repairTexts(*comment);
    if (comment->author.trimmed().isEmpty())
        comment->author = reviewerName();
    comment->createdAt = comment->createdAt.isValid() ? wholeSeconds(comment->createdAt) : nowUtc();
    if (!comment->resolved) {
        comment->resolvedBy.clear();
        comment->resolvedAt = {};
    }
    comment->resolvedAt = wholeSeconds(comment->resolvedAt);
    CommentRepository repo(*m_document);
    if (!repo.insertComment(comment))
        return fail();
    m_comments.insert(comment->id, *comment);
    Q_EMIT commentInserted(comment->journeyId, comment->id);
    return true;
}

bool Project::updateComment(const Comment &comment)
{
    if (!m_comments.contains(comment.id))
        return reject();
    const Comment current = m_comments.value(comment.id);
    Comment updated = comment;
    updated.parentId = current.parentId;
    updated.createdAt = current.createdAt;
    normalizeTarget(*this, &updated, updated.targetKind, &updated.targetId);
    if (updated.journeyId == NoId || updated.targetId == NoId)
        return reject();
    repairTexts(updated);
    if (!updated.resolved) {
        updated.resolvedBy.clear();
        updated.resolvedAt = {};
    } else if (!current.resolved && !updated.resolvedAt.isValid()) {
        updated.resolvedAt = nowUtc();
        if (updated.resolvedBy.trimmed().isEmpty())
            updated.resolvedBy = reviewerName();
    }
    updated.resolvedAt = wholeSeconds(updated.resolvedAt);
    CommentRepository repo(*m_document);
    if (!repo.updateComment(updated))
        return fail();
    m_comments.insert(updated.id, updated);
    Q_EMIT commentChanged(updated.id);
    return true;
}

bool Project::removeComment(Id id)
{
    if (!m_comments.contains(id))
        return reject();
    const Comment comment = m_comments.value(id);
    CommentRepository repo(*m_document);
    if (!repo.removeComment(id))
        return fail();
    m_comments.remove(id);
    Q_EMIT commentRemoved(comment.journeyId, id);
    return true;
}

bool Project::insertSignoff(Signoff *signoff)
{
    repairTexts(*signoff);
    if (signoff->name.trimmed().isEmpty())
        signoff->name = reviewerName();
    signoff->signedAt = signoff->signedAt.isValid() ? wholeSeconds(signoff->signedAt) : nowUtc();
    if (signoff->fingerprint.isEmpty())
        signoff->fingerprint = contentFingerprint();
    SignoffRepository repo(*m_document);
    if (!repo.insertSignoff(signoff))
        return fail();
    m_signoffs.insert(signoff->id, *signoff);
    Q_EMIT signoffsChanged();
    return true;
}

bool Project::removeSignoff(Id id)
{
    if (!m_signoffs.contains(id))
        return reject();
    SignoffRepository repo(*m_document);
    if (!repo.removeSignoff(id))
        return fail();
    m_signoffs.remove(id);
    Q_EMIT signoffsChanged();
    return true;
}

} // namespace Waymark
