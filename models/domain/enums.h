#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Waymark {

// Enumerations of the domain. Each has a stable key (stored in project files and in the
// JSON map format) and a translated label for the user interface.

enum class JourneyState { Current, Future };

enum class LaneKind {
    CustomerActions,
    Touchpoints,
    Channels,
    Thoughts,
    EmotionCurve,
    PainPoints,
    Opportunities,
    Frontstage,
    Backstage,
    SupportProcesses,
    Metrics,
    Custom
};

enum class CardKind { Touchpoint, Action, Thought, PainPoint, Opportunity, Idea, Process, Note };

enum class Channel { None, Store, Web, MobileApp, Social, Email, Phone, Chat, Partner, Other };

enum class Evidence { Observed, Assumed, Proposed };

enum class ConnectionKind { Flow, Branch, Loop };

enum class Metric { None, Nps, Csat, Ces, Rating };

enum class FeedbackSource { Survey, Review, Social, Interview, SupportTicket, Other };

enum class ActionStatus { Idea, Planned, InProgress, Done, Dropped };

enum class TargetKind { Journey, Stage, Card };

// How a goal compares: NPS, CSAT and CES targets are "at least"; a share of complaints
// would be "at most".
enum class GoalOperator { AtLeast, AtMost };

// Stable key, e.g. "pain_point"; what files store.
template<typename E>
QString enumKey(E value);

// Parses a stable key; nullopt for anything unknown.
template<typename E>
std::optional<E> enumFromKey(QStringView key);

// Parses a stable key, falling back to a default for anything unknown (untrusted files).
template<typename E>
E enumFromKey(QStringView key, E fallback)
{
    return enumFromKey<E>(key).value_or(fallback);
}

// Translated label for the user interface, e.g. "Pain point".
template<typename E>
QString enumLabel(E value);

// Every value in declaration order.
template<typename E>
QList<E> enumValues();

} // namespace Waymark
