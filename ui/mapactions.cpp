#include "mapactions.h"

#include "canvas/canvascontroller.h"
#include "canvas/carditem.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "icons.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QToolBar>

namespace Waymark {

namespace {

QAction *makeAction(QObject *parent, const QString &icon, const QString &text,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : Icons::icon(icon), text, parent);
    action->setShortcut(shortcut);
    // The map's shortcuts must not steal keys from text fields in docks.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

MapActions::MapActions(QObject *parent)
    : QObject(parent)
    , m_cut(makeAction(this, QStringLiteral("action-cut"), tr("Cu&t"), QKeySequence::Cut))
    , m_copy(makeAction(this, QStringLiteral("action-copy"), tr("&Copy"), QKeySequence::Copy))
    , m_paste(makeAction(this, QStringLiteral("action-paste"), tr("&Paste"), QKeySequence::Paste))
    , m_duplicate(makeAction(this, {}, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D)))
    , m_delete(
          makeAction(this, QStringLiteral("action-delete"), tr("&Delete"), QKeySequence::Delete))
    , m_selectAll(makeAction(this, {}, tr("Select &All"), QKeySequence::SelectAll))
    , m_rename(makeAction(this, {}, tr("&Rename"), QKeySequence(Qt::Key_F2)))
    , m_addCard(makeAction(this, QStringLiteral("action-add-card"), tr("Add &Card"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return)))
    , m_addStage(makeAction(this, QStringLiteral("action-add-stage"), tr("Add &Stage"), {}))
    , m_addLane(makeAction(this, QStringLiteral("action-add-lane"), tr("Add &Lane"), {}))
    , m_zoomIn(
          makeAction(this, QStringLiteral("action-zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn))
    , m_zoomOut(makeAction(this, QStringLiteral("action-zoom-out"), tr("Zoom &Out"),
                           QKeySequence::ZoomOut))
    , m_zoomFit(makeAction(this, QStringLiteral("action-zoom-fit"), tr("Zoom to &Fit"),
                           QKeySequence(Qt::CTRL | Qt::Key_0)))
    , m_zoomReset(makeAction(this, {}, tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1)))
{
    // Ctrl+= is what most keyboards give for "zoom in" without Shift.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_addCard->setStatusTip(tr("Add a card to the cell of the selected card"));

    auto onView = [this](auto function) {
        return [this, function] {
            if (m_view)
                function(m_view.data());
        };
    };
    connect(m_cut, &QAction::triggered, this,
            onView([](JourneyView *v) { v->controller()->cut(); }));
    connect(m_copy, &QAction::triggered, this,
            onView([](JourneyView *v) { v->controller()->copy(); }));
    connect(m_paste, &QAction::triggered, this,
            onView([](JourneyView *v) { v->controller()->paste(); }));
    connect(m_duplicate, &QAction::triggered, this,
            onView([](JourneyView *v) { v->controller()->duplicate(); }));
    connect(m_delete, &QAction::triggered, this,
            onView([](JourneyView *v) { v->controller()->deleteSelection(); }));
    connect(m_selectAll, &QAction::triggered, this,
            onView([](JourneyView *v) { v->selectAllCards(); }));
    connect(m_rename, &QAction::triggered, this, onView([](JourneyView *v) {
                const QList<QGraphicsItem *> items = v->journeyScene()->selectedItems();
                if (items.size() == 1) {
                    if (CardItem *card = CardItem::from(items.first()))
                        v->startRename(CardItem::Type, card->cardId());
                }
            }));
    connect(m_addCard, &QAction::triggered, this, onView([](JourneyView *v) {
                JourneyScene *scene = v->journeyScene();
                const QList<Id> selected = v->controller()->selectedCardIds();
                if (!selected.isEmpty()) {
                    const Card card = scene->project().card(selected.last());
                    v->startAddCard(card.stageId, card.laneId);
                } else if (!scene->visibleStages().isEmpty() && !scene->visibleLanes().isEmpty()) {
                    v->startAddCard(scene->visibleStages().first(), scene->visibleLanes().first());
                }
            }));
    connect(m_addStage, &QAction::triggered, this, onView([](JourneyView *v) {
                const Id id = v->controller()->addStage(int(
                    v->journeyScene()->project().stageIds(v->journeyScene()->journeyId()).size()));
                if (id != NoId)
                    v->startRename(StageHeaderItem::Type, id);
            }));
    connect(
        m_addLane, &QAction::triggered, this, onView([](JourneyView *v) {
            const Id id = v->controller()->addLane(
                int(v->journeyScene()->project().laneIds(v->journeyScene()->journeyId()).size()),
                LaneKind::Custom);
            if (id != NoId)
                v->startRename(LaneHeaderItem::Type, id);
        }));
    connect(m_zoomIn, &QAction::triggered, this, onView([](JourneyView *v) { v->zoomIn(); }));
    connect(m_zoomOut, &QAction::triggered, this, onView([](JourneyView *v) { v->zoomOut(); }));
    connect(m_zoomFit, &QAction::triggered, this, onView([](JourneyView *v) { v->zoomToFit(); }));
    connect(m_zoomReset, &QAction::triggered, this, onView([](JourneyView *v) { v->resetZoom(); }));
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MapActions::updateActions);
    updateActions();
}

void MapActions::setView(JourneyView *view)
{
    if (m_view)
        disconnect(m_view->journeyScene(), nullptr, this, nullptr);
    m_view = view;
    if (m_view) {
        connect(m_view->journeyScene(), &QGraphicsScene::selectionChanged, this,
                &MapActions::updateActions);
        connect(&m_view->journeyScene()->project(), &Project::editLockChanged, this,
                &MapActions::updateActions);
    }
    updateActions();
}

void MapActions::updateActions()
{
    const bool open = m_view != nullptr;
    const bool editable = open && m_view->journeyScene()->project().isEditable();
    const bool hasJourney = open && m_view->journeyScene()->journeyId() != NoId;
    const bool cards = open && !m_view->controller()->selectedCardIds().isEmpty();
    const bool selection = open && m_view->controller()->hasSelection();
    m_cut->setEnabled(editable && cards);
    m_copy->setEnabled(cards);
    m_paste->setEnabled(editable && hasJourney && m_view->controller()->canPaste());
    m_duplicate->setEnabled(editable && cards);
    m_delete->setEnabled(editable && selection);
    m_selectAll->setEnabled(hasJourney);
    m_rename->setEnabled(editable && cards);
    m_addCard->setEnabled(editable && hasJourney);
    m_addStage->setEnabled(editable && hasJourney);
    m_addLane->setEnabled(editable && hasJourney);
    for (QAction *a : {m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset})
        a->setEnabled(hasJourney);
}

void MapActions::addEditActions(QMenu *menu) const
{
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addAction(m_rename);
}

void MapActions::addInsertActions(QMenu *menu) const
{
    menu->addAction(m_addCard);
    menu->addAction(m_addStage);
    menu->addAction(m_addLane);
}

void MapActions::addZoomActions(QMenu *menu) const
{
    menu->addAction(m_zoomIn);
    menu->addAction(m_zoomOut);
    menu->addAction(m_zoomFit);
    menu->addAction(m_zoomReset);
}

void MapActions::addToToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_addCard);
    toolBar->addAction(m_addStage);
    toolBar->addAction(m_addLane);
    toolBar->addSeparator();
    toolBar->addAction(m_delete);
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOut);
    toolBar->addAction(m_zoomIn);
    toolBar->addAction(m_zoomFit);
}

} // namespace Waymark
