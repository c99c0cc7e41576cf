#pragma once

#include "enums.h"
#include "ids.h"

#include <QColor>
#include <QString>

#include <optional>

namespace Waymark {

// A card on a journey map: lives in one stage x lane cell and may span several stages.
struct Card
{
    Id id = NoId;
    Id journeyId = NoId;
    Id stageId = NoId;
    Id laneId = NoId;
    int span = 1;     // number of stages the card covers, starting at stageId
    int position = 0; // order within its cell
    CardKind kind = CardKind::Note;
    QString title;
    QString body;
    Channel channel = Channel::None;
    QString owner;
    std::optional<int> emotion; // -2 .. +2, unset when the card carries no emotion
    Evidence evidence = Evidence::Assumed;
    QColor color; // invalid: the kind's default look

    friend bool operator==(const Card &, const Card &) = default;
};

inline constexpr int MinEmotion = -2;
inline constexpr int MaxEmotion = 2;
inline constexpr int MaxCardSpan = 64;

// A flow arrow between two cards of the same journey.
struct Connection
{
    Id id = NoId;
    Id journeyId = NoId;
    Id fromCardId = NoId;
    Id toCardId = NoId;
    ConnectionKind kind = ConnectionKind::Flow;
    QString label;

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace Waymark
