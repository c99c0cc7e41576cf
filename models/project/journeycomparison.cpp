#include "journeycomparison.h"

#include "project.h"

#include <QHash>
#include <QSet>

namespace Waymark {

namespace {

QString key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QStringList differences(const Project &p, const Card &a, const Card &b)
{
    QStringList fields;
    if (key(p.lane(a.laneId).name) != key(p.lane(b.laneId).name))
        fields << QStringLiteral("lane");
    if (a.kind != b.kind)
        fields << QStringLiteral("kind");
    if (a.body.trimmed() != b.body.trimmed())
        fields << QStringLiteral("body");
    if (a.channel != b.channel)
        fields << QStringLiteral("channel");
    if (a.owner.trimmed() != b.owner.trimmed())
        fields << QStringLiteral("owner");
    if (a.emotion != b.emotion)
        fields << QStringLiteral("emotion");
    if (a.evidence != b.evidence)
        fields << QStringLiteral("evidence");
    if (a.span != b.span)
        fields << QStringLiteral("span");
    if (a.color != b.color)
        fields << QStringLiteral("colour");
    return fields;
}

// Cards of a stage in lane order, then position.
QList<Card> stageCards(const Project &p, Id journeyId, Id stageId)
{
    QList<Card> result;
    for (Id laneId : p.laneIds(journeyId))
        result += p.cellCards(stageId, laneId);
    return result;
}

std::optional<double> stageEmotion(const Project &p, Id journeyId, Id stageId)
{
    if (stageId == NoId)
        return std::nullopt;
    QList<Id> lanes;
    for (const Lane &lane : p.lanes(journeyId)) {
        if (lane.kind == LaneKind::EmotionCurve)
            lanes.append(lane.id);
    }
    if (lanes.isEmpty())
        lanes = p.laneIds(journeyId);
    double sum = 0;
    int count = 0;
    for (Id laneId : std::as_const(lanes)) {
        for (const Card &c : p.cellCards(stageId, laneId)) {
            if (c.emotion) {
                sum += *c.emotion;
                ++count;
            }
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

} // namespace

JourneyComparison compareJourneys(const Project &project, Id current, Id future)
{
    JourneyComparison result;
    result.currentJourneyId = current;
    result.futureJourneyId = future;
    if (!project.hasJourney(current) || !project.hasJourney(future))
        return result;

    const QList<Id> currentStages = project.stageIds(current);
    const QList<Id> futureStages = project.stageIds(future);
    // Stages: by name first, then the rest by position among the unmatched ones.
    QHash<Id, Id> futureOf;
    QSet<Id> matchedFuture;
    for (Id cs : currentStages) {
        for (Id fs : futureStages) {
            if (!matchedFuture.contains(fs)
                && key(project.stage(cs).name) == key(project.stage(fs).name)) {
                futureOf.insert(cs, fs);
                matchedFuture.insert(fs);
                break;
            }
        }
    }
    QList<Id> unmatchedFuture;
    for (Id fs : futureStages) {
        if (!matchedFuture.contains(fs))
            unmatchedFuture.append(fs);
    }
    for (Id cs : currentStages) {
        if (!futureOf.contains(cs) && !unmatchedFuture.isEmpty()
            && project.stage(unmatchedFuture.first()).position == project.stage(cs).position) {
            futureOf.insert(cs, unmatchedFuture.takeFirst());
        }
    }

    auto compareStage = [&](Id cs, Id fs) {
        const QList<Card> before = cs == NoId ? QList<Card>() : stageCards(project, current, cs);
        QList<Card> after = fs == NoId ? QList<Card>() : stageCards(project, future, fs);
        QList<bool> used(after.size(), false);
        for (const Card &c : before) {
            CardComparison cc;
            cc.currentCardId = c.id;
            cc.currentStageId = cs;
            cc.futureStageId = fs;
            for (qsizetype i = 0; i < after.size(); ++i) {
                if (!used.at(i) && key(after.at(i).title) == key(c.title)) {
                    used[i] = true;
                    cc.futureCardId = after.at(i).id;
                    cc.fields = differences(project, c, after.at(i));
                    break;
                }
            }
            if (cc.futureCardId == NoId) {
                cc.change = CardChange::Removed;
                ++result.removed;
            } else if (!cc.fields.isEmpty()) {
                cc.change = CardChange::Changed;
                ++result.changed;
            } else {
                ++result.unchanged;
            }
            result.cards.append(cc);
        }
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (used.at(i))
                continue;
            CardComparison cc;
            cc.change = CardChange::Added;
            cc.futureCardId = after.at(i).id;
            cc.currentStageId = cs;
            cc.futureStageId = fs;
            ++result.added;
            result.cards.append(cc);
        }
    };

    QSet<Id> pairedFuture;
    for (Id cs : currentStages) {
        const Id fs = futureOf.value(cs, NoId);
        result.stages.append({cs, fs});
        if (fs != NoId)
            pairedFuture.insert(fs);
        compareStage(cs, fs);
    }
    for (Id fs : futureStages) {
        if (!pairedFuture.contains(fs)) {
            result.stages.append({NoId, fs});
            compareStage(NoId, fs);
        }
    }
    for (const auto &[cs, fs] : std::as_const(result.stages)) {
        result.emotions.append(
            {cs, fs, stageEmotion(project, current, cs), stageEmotion(project, future, fs)});
    }
    return result;
}

} // namespace Waymark
