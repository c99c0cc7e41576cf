#pragma once

#include "domain/card.h"
#include "mapdata.h"

#include <QCoreApplication>

namespace Waymark {

class Project;

// Converts cards to and from what the clipboard carries: the JSON map format (so cards can
// be pasted into another project, keeping kinds, channels, emotions and the connections
// between them) or plain text (one card per line).
class CardClipboard
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::CardClipboard)

public:
    static constexpr qsizetype MaxTextCards = 500;

    // The cards with the stages and lanes they sit in and the connections among them.
    static MapData toMap(const Project &project, const QList<Id> &cardIds);
    // Titles, one per line, for other applications.
    static QString toText(const Project &project, const QList<Id> &cardIds);

    // Cards of a map placed into a journey: the first card's stage lands on targetStage and
    // the others keep their distance in stages; each keeps its lane when the journey has a
    // lane of the same kind, else goes to targetLane. Positions are the ends of the target
    // cells, in order. Connections refer to the map's card ids.
    static QList<Card> placeMap(const Project &project, const MapData &map, Id targetStage,
                                Id targetLane, QList<Connection> *connections);
    // One card per non-empty line of text (at most MaxTextCards), all in the target cell.
    static QList<Card> placeText(const Project &project, const QString &text, Id targetStage,
                                 Id targetLane);
};

} // namespace Waymark
