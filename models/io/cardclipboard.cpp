#include "cardclipboard.h"

#include "project/project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Waymark {

MapData CardClipboard::toMap(const Project &project, const QList<Id> &cardIds)
{
    MapData map;
    QList<Card> cards;
    for (Id id : cardIds) {
        if (project.hasCard(id))
            cards.append(project.card(id));
    }
    if (cards.isEmpty())
        return map;
    const Id journeyId = cards.first().journeyId;
    MapJourney mj;
    mj.journey = project.journey(journeyId);
    QSet<Id> stageIds;
    QSet<Id> laneIds;
    QSet<Id> ids;
    for (const Card &c : std::as_const(cards)) {
        if (c.journeyId != journeyId)
            continue;
        stageIds.insert(c.stageId);
        laneIds.insert(c.laneId);
        ids.insert(c.id);
    }
    // Stages and lanes in their order, cards in map order: the same shape a whole map has.
    for (const Stage &s : project.stages(journeyId)) {
        if (stageIds.contains(s.id))
            mj.stages.append(s);
    }
    for (const Lane &l : project.lanes(journeyId)) {
        if (laneIds.contains(l.id))
            mj.lanes.append(l);
    }
    for (const Card &c : project.cards(journeyId)) {
        if (ids.contains(c.id))
            mj.cards.append(c);
    }
    for (const Connection &c : project.connections(journeyId)) {
        if (ids.contains(c.fromCardId) && ids.contains(c.toCardId))
            mj.connections.append(c);
    }
    map.journeys.append(mj);
    return map;
}

QString CardClipboard::toText(const Project &project, const QList<Id> &cardIds)
{
    QStringList lines;
    for (const Card &c : toMap(project, cardIds).journeys.value(0).cards)
        lines.append(c.title);
    return lines.join(QLatin1Char('\n'));
}

QList<Card> CardClipboard::placeMap(const Project &project, const MapData &map, Id targetStage,
                                    Id targetLane, QList<Connection> *connections)
{
    QList<Card> result;
    if (map.journeys.isEmpty() || !project.hasStage(targetStage) || !project.hasLane(targetLane))
        return result;
    const MapJourney &source = map.journeys.first();
    const Id journeyId = project.stage(targetStage).journeyId;
    const QList<Id> stages = project.stageIds(journeyId);
    const QList<Lane> lanes = project.lanes(journeyId);

    QHash<Id, int> sourceStageIndex;
    for (int i = 0; i < source.stages.size(); ++i)
        sourceStageIndex.insert(source.stages.at(i).id, i);
    QHash<Id, LaneKind> sourceLaneKind;
    for (const Lane &l : source.lanes)
        sourceLaneKind.insert(l.id, l.kind);
    // Stage distances are measured from the first stage any card of the map sits in.
    int firstStage = INT_MAX;
    for (const Card &c : source.cards)
        firstStage = qMin(firstStage, sourceStageIndex.value(c.stageId, 0));
    const int targetIndex = int(stages.indexOf(targetStage));
    const LaneKind targetKind = project.lane(targetLane).kind;

    QHash<QPair<Id, Id>, int> fill;
    QSet<Id> placed;
    for (const Card &original : source.cards) {
        Card card = original;
        const int offset = sourceStageIndex.value(original.stageId, 0) - firstStage;
        card.stageId = stages.at(qBound(0, targetIndex + offset, int(stages.size()) - 1));
        card.laneId = targetLane;
        const LaneKind kind = sourceLaneKind.value(original.laneId, targetKind);
        if (kind != targetKind) {
            for (const Lane &l : lanes) {
                if (l.kind == kind) {
                    card.laneId = l.id;
                    break;
                }
            }
        }
        card.journeyId = journeyId;
        const QPair<Id, Id> cell(card.stageId, card.laneId);
        if (!fill.contains(cell))
            fill.insert(cell, int(project.cellCardIds(card.stageId, card.laneId).size()));
        card.position = fill[cell]++;
        result.append(card);
        placed.insert(original.id);
    }
    if (connections) {
        connections->clear();
        for (const Connection &c : source.connections) {
            if (placed.contains(c.fromCardId) && placed.contains(c.toCardId))
                connections->append(c);
        }
    }
    return result;
}

QList<Card> CardClipboard::placeText(const Project &project, const QString &text, Id targetStage,
                                     Id targetLane)
{
    QList<Card> result;
    if (!project.hasStage(targetStage) || !project.hasLane(targetLane))
        return result;
    const Lane lane = project.lane(targetLane);
    int position = int(project.cellCardIds(targetStage, targetLane).size());
    Id provisional = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString title = line.trimmed();
        if (title.isEmpty())
            continue;
        if (result.size() >= MaxTextCards)
            break;
        Card card;
        card.id = --provisional; // only links cards within this paste
        card.journeyId = lane.journeyId;
        card.stageId = targetStage;
        card.laneId = targetLane;
        card.kind = defaultCardKind(lane.kind);
        card.title = title.left(10000);
        card.position = position++;
        result.append(card);
    }
    return result;
}

} // namespace Waymark
