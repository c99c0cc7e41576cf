#pragma once

#include "domain/journey.h"

#include <QList>

namespace Waymark {

class Document;

// Journeys with their stages and lanes: the frame of every map.
class JourneyRepository
{
public:
    explicit JourneyRepository(Document &document)
        : m_document(document)
    {}

    bool loadJourneys(QList<Journey> *journeys);
    bool loadStages(QList<Stage> *stages);
    bool loadLanes(QList<Lane> *lanes);

    // Inserts with the given id when it is set (undo of a delete), else assigns one.
    bool insertJourney(Journey *journey);
    bool updateJourney(const Journey &journey);
    bool removeJourney(Id id);

    bool insertStage(Stage *stage);
    bool updateStage(const Stage &stage);
    bool removeStage(Id id);

    bool insertLane(Lane *lane);
    bool updateLane(const Lane &lane);
    bool removeLane(Id id);

    // Writes new positions: table is "journeys", "stages" or "lanes".
    enum class Table { Journeys, Stages, Lanes };
    bool setPositions(Table table, const QList<Id> &orderedIds);

private:
    Document &m_document;
};

} // namespace Waymark
