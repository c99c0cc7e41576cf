#pragma once

#include "enums.h"
#include "ids.h"

#include <QColor>
#include <QString>

namespace Waymark {

// A customer journey: one map of stages (columns) across lanes (rows).
struct Journey
{
    Id id = NoId;
    QString name;
    QString description;
    Id personaId = NoId;
    JourneyState state = JourneyState::Current;
    int position = 0;
    // For a future-state journey: the current-state journey it was derived from.
    Id sourceJourneyId = NoId;

    friend bool operator==(const Journey &, const Journey &) = default;
};

// A column of a journey map.
struct Stage
{
    Id id = NoId;
    Id journeyId = NoId;
    QString name;
    QString description;
    QColor color;
    int position = 0;
    bool hidden = false;

    friend bool operator==(const Stage &, const Stage &) = default;
};

// A row of a journey map.
struct Lane
{
    Id id = NoId;
    Id journeyId = NoId;
    LaneKind kind = LaneKind::Custom;
    QString name;
    int position = 0;
    bool visible = true;

    friend bool operator==(const Lane &, const Lane &) = default;
};

// The kind of card a new card in a lane of this kind starts as.
constexpr CardKind defaultCardKind(LaneKind lane)
{
    switch (lane) {
    case LaneKind::CustomerActions:
        return CardKind::Action;
    case LaneKind::Touchpoints:
    case LaneKind::Channels:
        return CardKind::Touchpoint;
    case LaneKind::Thoughts:
    case LaneKind::EmotionCurve:
        return CardKind::Thought;
    case LaneKind::PainPoints:
        return CardKind::PainPoint;
    case LaneKind::Opportunities:
        return CardKind::Opportunity;
    case LaneKind::Frontstage:
    case LaneKind::Backstage:
    case LaneKind::SupportProcesses:
        return CardKind::Process;
    case LaneKind::Metrics:
    case LaneKind::Custom:
        return CardKind::Note;
    }
    return CardKind::Note;
}

} // namespace Waymark
