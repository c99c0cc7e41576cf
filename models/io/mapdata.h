#pragma once

#include "domain/card.h"
#include "domain/journey.h"
#include "domain/persona.h"
#include "domain/plan.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Waymark {

// One journey with everything drawn on it, in display order.
struct MapJourney
{
    Journey journey;
    QList<Stage> stages;           // in stage order
    QList<Lane> lanes;             // in lane order
    QList<Card> cards;             // by stage, then lane, then position in the cell
    QList<Connection> connections; // by id

    friend bool operator==(const MapJourney &, const MapJourney &) = default;
};

// The content of the JSON map format: what templates, `new --from-json`, `export --json`
// and the clipboard carry. Feedback rows are not part of it.
struct MapData
{
    QString title;
    QMap<QString, QString> settings; // text settings such as client and author
    QList<Persona> personas;
    QList<MapJourney> journeys;
    QList<Goal> goals;       // by id
    QList<Action> actions;   // in plan order; links by id
    QList<Comment> comments; // by id
    QList<Signoff> signoffs; // by id

    friend bool operator==(const MapData &, const MapData &) = default;
};

} // namespace Waymark
