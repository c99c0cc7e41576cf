#include "addjourneycommand.h"

#include <QHash>

namespace Waymark {

AddJourneyCommand::AddJourneyCommand(Project &project, const MapJourney &content, int index,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Add journey “%1”").arg(content.journey.name) : text, parent)
    , m_project(project)
    , m_content(content)
    , m_index(index)
{}

bool AddJourneyCommand::insertContent()
{
    Journey journey = m_content.journey;
    journey.id = NoId;
    if (journey.personaId != NoId && m_project.persona(journey.personaId).id == NoId)
        journey.personaId = NoId;
    if (!m_project.hasJourney(journey.sourceJourneyId))
        journey.sourceJourneyId = NoId;
    if (!m_project.insertJourney(&journey, m_index))
        return false;
    m_journeyId = journey.id;

    QHash<Id, Id> stageIds;
    QHash<Id, Id> laneIds;
    QHash<Id, Id> cardIds;
    for (int i = 0; i < m_content.stages.size(); ++i) {
        Stage stage = m_content.stages.at(i);
        stage.id = NoId;
        stage.journeyId = m_journeyId;
        if (!m_project.insertStage(&stage, i))
            return false;
        stageIds.insert(m_content.stages.at(i).id, stage.id);
    }
    for (int i = 0; i < m_content.lanes.size(); ++i) {
        Lane lane = m_content.lanes.at(i);
        lane.id = NoId;
        lane.journeyId = m_journeyId;
        if (!m_project.insertLane(&lane, i))
            return false;
        laneIds.insert(m_content.lanes.at(i).id, lane.id);
    }
    for (const Card &original : m_content.cards) {
        Card card = original;
        card.id = NoId;
        card.stageId = stageIds.value(original.stageId);
        card.laneId = laneIds.value(original.laneId);
        if (card.stageId == NoId || card.laneId == NoId)
            continue;
        if (!m_project.insertCard(&card,
                                  int(m_project.cellCardIds(card.stageId, card.laneId).size())))
            return false;
        cardIds.insert(original.id, card.id);
    }
    for (const Connection &original : m_content.connections) {
        Connection connection = original;
        connection.id = NoId;
        connection.fromCardId = cardIds.value(original.fromCardId);
        connection.toCardId = cardIds.value(original.toCardId);
        if (connection.fromCardId == NoId || connection.toCardId == NoId)
            continue;
        if (!m_project.insertConnection(&connection))
            return false;
    }
    m_snapshot = m_project.captureJourney(m_journeyId);
    return true;
}

void AddJourneyCommand::redo()
{
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    const bool ok = m_journeyId == NoId ? insertContent() : m_project.restore(m_snapshot);
    if (!ok || !m_project.endChange())
        setObsolete(true);
}

void AddJourneyCommand::undo()
{
    if (!m_project.removeJourney(m_journeyId))
        setObsolete(true);
}

} // namespace Waymark
