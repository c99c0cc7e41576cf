#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

class Project;

// How a card of the current state compares with the future state.
enum class CardChange {
    Unchanged, // in both, same content
    Changed,   // in both, content differs (fields lists what)
    Added,     // only in the future state
    Removed    // only in the current state
};

struct CardComparison
{
    CardChange change = CardChange::Unchanged;
    Id currentCardId = NoId; // NoId when added
    Id futureCardId = NoId;  // NoId when removed
    Id currentStageId = NoId;
    Id futureStageId = NoId;
    // What differs for Changed: stable names "lane", "kind", "body", "channel", "owner",
    // "emotion", "evidence", "span", "colour".
    QStringList fields;
};

// The current and future state of a journey, side by side: stages paired by name
// (case-insensitive, else by position), cards paired by title within paired stages
// (case-insensitive, whitespace simplified; titles that repeat in a stage pair in order).
// The emotion of a pair of stages: the mean emotion (-2..+2) of the cards in the journey's
// emotion-curve lanes (all cards with an emotion when it has no such lane); unset when no
// card of the stage has one. Two lists of these draw the two curves together.
struct StageEmotion
{
    Id currentStageId = NoId;
    Id futureStageId = NoId;
    std::optional<double> current;
    std::optional<double> future;
};

struct JourneyComparison
{
    Id currentJourneyId = NoId;
    Id futureJourneyId = NoId;
    QList<QPair<Id, Id>> stages;  // (current, future); NoId on the side that has no match
    QList<CardComparison> cards;  // current stages' order, then cards added in unmatched stages
    QList<StageEmotion> emotions; // one per entry of stages, in the same order
    int added = 0;
    int removed = 0;
    int changed = 0;
    int unchanged = 0;
};

// Compares two journeys of a project (typically a journey and its future state: the
// Journey::sourceJourneyId of the future one names the current one). Pure: reads only.
JourneyComparison compareJourneys(const Project &project, Id current, Id future);

} // namespace Waymark
