#include "canvascontroller.h"

#include "carditem.h"
#include "commands/addcardscommand.h"
#include "commands/editcommand.h"
#include "commands/insertcommand.h"
#include "commands/movecardcommand.h"
#include "commands/plancommands.h"
#include "commands/removecommand.h"
#include "commands/reordercommand.h"
#include "connectionitem.h"
#include "headeritems.h"
#include "io/cardclipboard.h"
#include "io/jsonmapreader.h"
#include "io/jsonmapwriter.h"
#include "journeyscene.h"
#include "project/project.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUndoStack>

namespace Waymark {

namespace {

// A name the user typed, in a menu entry: '&' is a character, not a mnemonic marker.
QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

CanvasController::CanvasController(JourneyScene *scene, QWidget *dialogParent)
    : QObject(scene)
    , m_scene(scene)
    , m_dialogParent(dialogParent)
{}

Project &CanvasController::project() const
{
    return m_scene->project();
}

Id CanvasController::journeyId() const
{
    return m_scene->journeyId();
}

// --- Cards -------------------------------------------------------------------------------

Id CanvasController::addCard(Id stageId, Id laneId, int index, const QString &title)
{
    if (!project().hasStage(stageId) || !project().hasLane(laneId))
        return NoId;
    const Lane lane = project().lane(laneId);
    Card card;
    card.stageId = stageId;
    card.laneId = laneId;
    card.kind = defaultCardKind(lane.kind);
    card.title = title;
    if (lane.kind == LaneKind::EmotionCurve)
        card.emotion = 0;
    auto *command = new AddCardCommand(project(), card, index, tr("Add card"));
    // execute() deletes the command when it is refused: read its result first.
    QUndoStack *stack = project().undoStack();
    const int before = stack->index();
    if (!project().execute(command) || stack->index() == before)
        return NoId;
    const Id id
        = static_cast<const AddCardCommand *>(stack->command(stack->index() - 1))->insertedId();
    selectCards({id});
    return id;
}

void CanvasController::renameCard(Id cardId, const QString &title)
{
    if (!project().hasCard(cardId))
        return;
    Card card = project().card(cardId);
    if (card.title == title)
        return;
    const Card before = card;
    card.title = title;
    project().execute(new EditCardCommand(project(), before, card, tr("Rename card")));
}

void CanvasController::moveCards(const QList<Id> &cardIds, Id stageId, Id laneId, int index)
{
    QList<Id> ids;
    for (Id id : cardIds) {
        if (project().hasCard(id) && project().card(id).journeyId == journeyId())
            ids.append(id);
    }
    if (ids.isEmpty() || !project().hasStage(stageId) || !project().hasLane(laneId))
        return;
    // The order the cell will have. A move that leaves it as it is (Alt+Down on the last
    // card, a drop where the cards were) must not leave an empty step on the undo stack.
    const QList<Id> current = project().cellCardIds(stageId, laneId);
    QList<Id> result = current;
    for (Id id : std::as_const(ids))
        result.removeOne(id);
    index = qBound(0, index, int(result.size()));
    for (int i = 0; i < ids.size(); ++i)
        result.insert(index + i, ids.at(i));
    if (result == current)
        return;
    if (ids.size() == 1) {
        project().execute(new MoveCardCommand(project(), ids.first(), stageId, laneId, index));
        return;
    }
    // Several cards: first gather them at the end of the target cell, then put each in
    // its place; moving them one by one straight to their places would let the cards not
    // yet moved push the others around.
    auto *macro = new QUndoCommand(tr("Move %n card(s)", nullptr, int(ids.size())));
    Project &p = project();
    for (Id id : std::as_const(ids))
        new MoveCardCommand(p, id, stageId, laneId, INT_MAX, macro);
    for (int i = 0; i < ids.size(); ++i)
        new MoveCardCommand(p, ids.at(i), stageId, laneId, index + i, macro);
    p.execute(macro);
}

void CanvasController::setEmotion(Id cardId, int emotion)
{
    if (!project().hasCard(cardId))
        return;
    Card card = project().card(cardId);
    emotion = qBound(MinEmotion, emotion, MaxEmotion);
    if (card.emotion == emotion)
        return;
    const Card before = card;
    card.emotion = emotion;
    project().execute(
        new EditCardCommand(project(), before, card, tr("Change emotion"), CardEmotionMergeKey));
}

Id CanvasController::connectCards(Id fromCardId, Id toCardId)
{
    if (fromCardId == toCardId || !project().hasCard(fromCardId) || !project().hasCard(toCardId))
        return NoId;
    for (const Connection &c : project().connectionsOf(fromCardId)) {
        if (c.fromCardId == fromCardId && c.toCardId == toCardId)
            return c.id; // already connected
    }
    Connection connection;
    connection.fromCardId = fromCardId;
    connection.toCardId = toCardId;
    // An arrow back to an earlier stage closes a loop.
    const Card from = project().card(fromCardId);
    const Card to = project().card(toCardId);
    const QList<Id> stages = project().stageIds(from.journeyId);
    if (stages.indexOf(to.stageId) < stages.indexOf(from.stageId))
        connection.kind = ConnectionKind::Loop;
    QUndoStack *stack = project().undoStack();
    const int before = stack->index();
    if (!project().execute(new AddConnectionCommand(project(), connection, 0)))
        return NoId;
    if (stack->index() == before)
        return NoId;
    return static_cast<const AddConnectionCommand *>(stack->command(stack->index() - 1))
        ->insertedId();
}

QList<Id> CanvasController::selectedCardIds() const
{
    QList<Id> ids;
    for (const Card &card : project().cards(journeyId())) {
        CardItem *item = m_scene->cardItem(card.id);
        if (item && item->isSelected())
            ids.append(card.id);
    }
    return ids;
}

QList<Id> CanvasController::selectedConnectionIds() const
{
    QList<Id> ids;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *c = qgraphicsitem_cast<ConnectionItem *>(item))
            ids.append(c->connectionId());
    }
    return ids;
}

void CanvasController::selectCards(const QList<Id> &cardIds)
{
    m_scene->clearSelection();
    for (Id id : cardIds) {
        if (CardItem *item = m_scene->cardItem(id)) {
            item->setSelected(true);
            if (id == cardIds.last())
                item->setFocus();
        }
    }
}

// --- Selection and clipboard ---------------------------------------------------------------

bool CanvasController::hasSelection() const
{
    return !m_scene->selectedItems().isEmpty();
}

void CanvasController::deleteSelection()
{
    const QList<Id> cards = selectedCardIds();
    QList<Id> connections;
    for (Id id : selectedConnectionIds()) {
        const Connection c = project().connection(id);
        // Connections of deleted cards go with them.
        if (!cards.contains(c.fromCardId) && !cards.contains(c.toCardId))
            connections.append(id);
    }
    if (cards.isEmpty() && connections.isEmpty()) {
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(item)) {
                deleteStage(stage->stageId());
                return;
            }
            if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(item)) {
                deleteLane(lane->laneId());
                return;
            }
        }
        return;
    }
    // Actions, comments and goals attached to the cards: ask what becomes of them.
    std::optional<AttachmentPolicy> policy;
    if (!cards.isEmpty() && project().isEditable()) {
        const Project::Attachments attached = project().attachedToCards(cards);
        if (!attached.isEmpty()) {
            policy = askAttachmentPolicy(int(cards.size()), attached);
            if (!policy)
                return;
        }
    }
    auto removeCards = [&](QUndoCommand *parent) -> QUndoCommand * {
        if (policy)
            return new RemoveCardsCommand(project(), cards, *policy, parent);
        return new RemoveCommand(project(), RemoveCommand::Kind::Card, cards, parent);
    };
    if (!cards.isEmpty() && !connections.isEmpty()) {
        auto *macro = new QUndoCommand(tr("Delete selection"));
        new RemoveCommand(project(), RemoveCommand::Kind::Connection, connections, macro);
        removeCards(macro);
        project().execute(macro);
    } else if (!cards.isEmpty()) {
        project().execute(removeCards(nullptr));
    } else {
        project().execute(
            new RemoveCommand(project(), RemoveCommand::Kind::Connection, connections));
    }
}

QMimeData *CanvasController::mimeDataFor(const QList<Id> &cardIds) const
{
    auto *data = new QMimeData;
    data->setData(mimeType(), writeJsonMap(CardClipboard::toMap(project(), cardIds)));
    data->setText(CardClipboard::toText(project(), cardIds));
    return data;
}

void CanvasController::copy()
{
    const QList<Id> ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(mimeDataFor(ids));
}

void CanvasController::cut()
{
    const QList<Id> ids = selectedCardIds();
    if (ids.isEmpty() || !project().isEditable())
        return;
    copy();
    auto *command = new RemoveCommand(project(), RemoveCommand::Kind::Card, ids);
    command->setText(tr("Cut %n card(s)", nullptr, int(ids.size())));
    project().execute(command);
}

bool CanvasController::canPaste() const
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    return data && (data->hasFormat(mimeType()) || data->hasText()) && project().isEditable()
           && !m_scene->visibleStages().isEmpty() && !m_scene->visibleLanes().isEmpty();
}

void CanvasController::paste(std::optional<QPair<Id, Id>> cell)
{
    if (!cell) {
        const QList<Id> selected = selectedCardIds();
        if (!selected.isEmpty()) {
            const Card last = project().card(selected.last());
            cell = qMakePair(last.stageId, last.laneId);
        } else if (!m_scene->visibleStages().isEmpty() && !m_scene->visibleLanes().isEmpty()) {
            cell = qMakePair(m_scene->visibleStages().first(), m_scene->visibleLanes().first());
        }
    }
    if (!cell)
        return;
    const QList<Id> ids
        = insertMimeData(QApplication::clipboard()->mimeData(), cell->first, cell->second);
    selectCards(ids);
}

QList<Id> CanvasController::insertMimeData(const QMimeData *data, Id stageId, Id laneId)
{
    if (!data || !project().hasStage(stageId) || !project().hasLane(laneId))
        return {};
    QList<Card> cards;
    QList<Connection> connections;
    if (data->hasFormat(mimeType())) {
        MapData map;
        JsonMapReader reader;
        if (reader.read(data->data(mimeType()), &map))
            cards = CardClipboard::placeMap(project(), map, stageId, laneId, &connections);
    }
    // Anything else (text from another application) becomes plain-text cards.
    if (cards.isEmpty() && data->hasText())
        cards = CardClipboard::placeText(project(), data->text(), stageId, laneId);
    if (cards.isEmpty())
        return {};
    auto *command = new AddCardsCommand(project(), cards, connections,
                                        tr("Paste %n card(s)", nullptr, int(cards.size())));
    QUndoStack *stack = project().undoStack();
    const int before = stack->index();
    if (!project().execute(command) || stack->index() == before)
        return {};
    return static_cast<const AddCardsCommand *>(stack->command(stack->index() - 1))->addedCardIds();
}

void CanvasController::duplicate()
{
    const QList<Id> ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    // Each copy goes right after its original, connections among the copies included.
    QList<Card> cards;
    QHash<QPair<Id, Id>, int> inserted;
    for (Id id : ids) {
        Card card = project().card(id);
        const QPair<Id, Id> cell(card.stageId, card.laneId);
        card.position = card.position + 1 + inserted.value(cell);
        inserted[cell] += 1;
        cards.append(card);
    }
    QList<Connection> connections;
    for (const Connection &c : project().connections(journeyId())) {
        if (ids.contains(c.fromCardId) && ids.contains(c.toCardId))
            connections.append(c);
    }
    auto *command = new AddCardsCommand(project(), cards, connections,
                                        tr("Duplicate %n card(s)", nullptr, int(ids.size())));
    QUndoStack *stack = project().undoStack();
    const int before = stack->index();
    if (project().execute(command) && stack->index() != before) {
        selectCards(static_cast<const AddCardsCommand *>(stack->command(stack->index() - 1))
                        ->addedCardIds());
    }
}

// --- Stages and lanes ----------------------------------------------------------------------

Id CanvasController::addStage(int index, const QString &name)
{
    Stage stage;
    stage.journeyId = journeyId();
    stage.name = name.isEmpty() ? tr("New stage") : name;
    stage.color = Theme::defaultStageColor(int(project().stageIds(journeyId()).size()));
    QUndoStack *stack = project().undoStack();
    const int before = stack->index();
    if (!project().execute(new AddStageCommand(project(), stage, index))
        || stack->index() == before)
        return NoId;
    return static_cast<const AddStageCommand *>(stack->command(stack->index() - 1))->insertedId();
}

Id CanvasController::addLane(int index, LaneKind kind, const QString &name)
{
    Lane lane;
    lane.journeyId = journeyId();
    lane.kind = kind;
    lane.name = name.isEmpty() ? enumLabel(kind) : name;
    QUndoStack *stack = project().undoStack();
    const int before = stack->index();
    if (!project().execute(new AddLaneCommand(project(), lane, index)) || stack->index() == before)
        return NoId;
    return static_cast<const AddLaneCommand *>(stack->command(stack->index() - 1))->insertedId();
}

void CanvasController::renameStage(Id stageId, const QString &name)
{
    Stage stage = project().stage(stageId);
    if (stage.id == NoId || stage.name == name || name.trimmed().isEmpty())
        return;
    const Stage before = stage;
    stage.name = name;
    project().execute(new EditStageCommand(project(), before, stage, tr("Rename stage")));
}

void CanvasController::renameLane(Id laneId, const QString &name)
{
    Lane lane = project().lane(laneId);
    if (lane.id == NoId || lane.name == name || name.trimmed().isEmpty())
        return;
    const Lane before = lane;
    lane.name = name;
    project().execute(new EditLaneCommand(project(), before, lane, tr("Rename lane")));
}

void CanvasController::recolourStage(Id stageId)
{
    Stage stage = project().stage(stageId);
    if (stage.id == NoId)
        return;
    const QColor initial
        = stage.color.isValid() ? stage.color : Theme::defaultStageColor(stage.position);
    const QColor color
        = QColorDialog::getColor(initial, m_dialogParent, tr("Colour of “%1”").arg(stage.name));
    if (!color.isValid() || color == stage.color)
        return;
    const Stage before = stage;
    stage.color = color;
    project().execute(new EditStageCommand(project(), before, stage, tr("Recolour stage")));
}

void CanvasController::setStageHidden(Id stageId, bool hidden)
{
    Stage stage = project().stage(stageId);
    if (stage.id == NoId || stage.hidden == hidden)
        return;
    const Stage before = stage;
    stage.hidden = hidden;
    project().execute(new EditStageCommand(project(), before, stage,
                                           hidden ? tr("Hide stage") : tr("Show stage")));
}

void CanvasController::setLaneVisible(Id laneId, bool visible)
{
    Lane lane = project().lane(laneId);
    if (lane.id == NoId || lane.visible == visible)
        return;
    const Lane before = lane;
    lane.visible = visible;
    project().execute(
        new EditLaneCommand(project(), before, lane, visible ? tr("Show lane") : tr("Hide lane")));
}

void CanvasController::moveStage(Id stageId, int toIndex)
{
    const Stage stage = project().stage(stageId);
    const int count = int(project().stageIds(stage.journeyId).size());
    toIndex = qBound(0, toIndex, count - 1);
    if (stage.id == NoId || stage.position == toIndex)
        return;
    project().execute(new ReorderCommand(project(), ReorderCommand::Kind::Stage, stageId, toIndex));
}

void CanvasController::moveLane(Id laneId, int toIndex)
{
    const Lane lane = project().lane(laneId);
    const int count = int(project().laneIds(lane.journeyId).size());
    toIndex = qBound(0, toIndex, count - 1);
    if (lane.id == NoId || lane.position == toIndex)
        return;
    project().execute(new ReorderCommand(project(), ReorderCommand::Kind::Lane, laneId, toIndex));
}

std::optional<AttachmentPolicy>
CanvasController::askAttachmentPolicy(int cardCount, const Project::Attachments &attached) const
{
    QStringList what;
    if (!attached.actionIds.isEmpty())
        what.append(tr("%n action(s)", nullptr, int(attached.actionIds.size())));
    if (!attached.commentIds.isEmpty())
        what.append(tr("%n comment(s)", nullptr, int(attached.commentIds.size())));
    if (!attached.goalIds.isEmpty())
        what.append(tr("%n goal(s)", nullptr, int(attached.goalIds.size())));
    QMessageBox box(QMessageBox::Question, tr("Delete Cards"),
                    tr("The %n card(s) to delete have %1 attached.", nullptr, cardCount)
                        .arg(what.join(tr(", "))),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("attachmentPolicy"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Keep them: actions stay in the plan, comments and goals move to the card's stage. "
           "Delete them: comments and goals go, and actions that were only about these cards. "
           "Either way, Undo brings everything back."));
    QAbstractButton *keep = box.addButton(tr("&Keep Them"), QMessageBox::AcceptRole);
    QAbstractButton *remove = box.addButton(tr("&Delete Them"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(keep));
    box.exec();
    if (box.clickedButton() == keep)
        return AttachmentPolicy::Keep;
    if (box.clickedButton() == remove)
        return AttachmentPolicy::Delete;
    return std::nullopt;
}

bool CanvasController::confirmDelete(const QString &text, const QString &detail) const
{
    QMessageBox box(QMessageBox::Question, tr("Delete"), text, QMessageBox::NoButton,
                    m_dialogParent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(detail);
    QAbstractButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void CanvasController::deleteStage(Id stageId)
{
    const Stage stage = project().stage(stageId);
    if (stage.id == NoId)
        return;
    const int cards = int(project().captureStage(stageId).cards.size());
    if (cards > 0
        && !confirmDelete(tr("Delete the stage “%1” and its %n card(s)?", nullptr, cards)
                              .arg(stage.name.left(200)),
                          tr("You can undo this with Edit → Undo."))) {
        return;
    }
    project().execute(new RemoveCommand(project(), RemoveCommand::Kind::Stage, {stageId}));
}

void CanvasController::deleteLane(Id laneId)
{
    const Lane lane = project().lane(laneId);
    if (lane.id == NoId)
        return;
    const int cards = int(project().captureLane(laneId).cards.size());
    if (cards > 0
        && !confirmDelete(
            tr("Delete the lane “%1” and its %n card(s)?", nullptr, cards).arg(lane.name.left(200)),
            tr("You can undo this with Edit → Undo."))) {
        return;
    }
    project().execute(new RemoveCommand(project(), RemoveCommand::Kind::Lane, {laneId}));
}

void CanvasController::populateStageMenu(QMenu *menu, Id stageId)
{
    const Stage stage = project().stage(stageId);
    const int count = int(project().stageIds(stage.journeyId).size());
    const bool editable = project().isEditable();
    QAction *rename = menu->addAction(tr("&Rename Stage"), this, [this, stageId] {
        Q_EMIT renameRequested(StageHeaderItem::Type, stageId);
    });
    rename->setShortcut(Qt::Key_F2);
    menu->addAction(tr("Change &Colour…"), this, [this, stageId] { recolourStage(stageId); });
    menu->addSeparator();
    menu->addAction(tr("Add Stage &Before"), this, [this, stage] { addStage(stage.position, {}); });
    menu->addAction(tr("Add Stage &After"), this,
                    [this, stage] { addStage(stage.position + 1, {}); });
    QAction *left = menu->addAction(tr("Move &Left"), this,
                                    [this, stage] { moveStage(stage.id, stage.position - 1); });
    left->setEnabled(stage.position > 0);
    QAction *right = menu->addAction(tr("Move &Right"), this,
                                     [this, stage] { moveStage(stage.id, stage.position + 1); });
    right->setEnabled(stage.position < count - 1);
    menu->addSeparator();
    menu->addAction(tr("&Hide Stage"), this, [this, stageId] { setStageHidden(stageId, true); });
    menu->addAction(tr("&Delete Stage…"), this, [this, stageId] { deleteStage(stageId); });
    populateHiddenMenu(menu);
    for (QAction *action : menu->actions())
        action->setEnabled(action->isEnabled() && editable);
}

void CanvasController::populateLaneMenu(QMenu *menu, Id laneId)
{
    const Lane lane = project().lane(laneId);
    const int count = int(project().laneIds(lane.journeyId).size());
    const bool editable = project().isEditable();
    QAction *rename = menu->addAction(tr("&Rename Lane"), this, [this, laneId] {
        Q_EMIT renameRequested(LaneHeaderItem::Type, laneId);
    });
    rename->setShortcut(Qt::Key_F2);
    menu->addSeparator();
    QMenu *above = menu->addMenu(tr("Add Lane &Above"));
    QMenu *below = menu->addMenu(tr("Add Lane &Below"));
    for (LaneKind kind : enumValues<LaneKind>()) {
        above->addAction(enumLabel(kind), this,
                         [this, lane, kind] { addLane(lane.position, kind); });
        below->addAction(enumLabel(kind), this,
                         [this, lane, kind] { addLane(lane.position + 1, kind); });
    }
    QAction *up = menu->addAction(tr("Move &Up"), this,
                                  [this, lane] { moveLane(lane.id, lane.position - 1); });
    up->setEnabled(lane.position > 0);
    QAction *down = menu->addAction(tr("Move &Down"), this,
                                    [this, lane] { moveLane(lane.id, lane.position + 1); });
    down->setEnabled(lane.position < count - 1);
    menu->addSeparator();
    menu->addAction(tr("&Hide Lane"), this, [this, laneId] { setLaneVisible(laneId, false); });
    menu->addAction(tr("&Delete Lane…"), this, [this, laneId] { deleteLane(laneId); });
    populateHiddenMenu(menu);
    for (QAction *action : menu->actions())
        action->setEnabled(action->isEnabled() && editable);
}

void CanvasController::populateHiddenMenu(QMenu *menu)
{
    QList<QAction *> actions;
    for (const Stage &s : project().stages(journeyId())) {
        if (s.hidden) {
            auto *a = new QAction(tr("Show Stage “%1”").arg(escapedForMenu(s.name.left(60))), menu);
            connect(a, &QAction::triggered, this, [this, id = s.id] { setStageHidden(id, false); });
            actions.append(a);
        }
    }
    for (const Lane &l : project().lanes(journeyId())) {
        if (!l.visible) {
            auto *a = new QAction(tr("Show Lane “%1”").arg(escapedForMenu(l.name.left(60))), menu);
            connect(a, &QAction::triggered, this, [this, id = l.id] { setLaneVisible(id, true); });
            actions.append(a);
        }
    }
    if (actions.isEmpty())
        return;
    menu->addSeparator();
    QMenu *hidden = menu->addMenu(tr("Hidden"));
    hidden->addActions(actions);
}

} // namespace Waymark
