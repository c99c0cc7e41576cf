#include "enums.h"

#include <QCoreApplication>

#include <span>

namespace Waymark {

namespace {

template<typename E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *label;
};

constexpr EnumEntry<JourneyState> journeyStates[] = {
    {JourneyState::Current, "current", QT_TRANSLATE_NOOP("Waymark::Domain", "Current state")},
    {JourneyState::Future, "future", QT_TRANSLATE_NOOP("Waymark::Domain", "Future state")},
};

constexpr EnumEntry<LaneKind> laneKinds[] = {
    {LaneKind::CustomerActions, "customer_actions",
     QT_TRANSLATE_NOOP("Waymark::Domain", "Customer actions")},
    {LaneKind::Touchpoints, "touchpoints", QT_TRANSLATE_NOOP("Waymark::Domain", "Touchpoints")},
    {LaneKind::Channels, "channels", QT_TRANSLATE_NOOP("Waymark::Domain", "Channels")},
    {LaneKind::Thoughts, "thoughts", QT_TRANSLATE_NOOP("Waymark::Domain", "Thoughts")},
    {LaneKind::EmotionCurve, "emotion_curve",
     QT_TRANSLATE_NOOP("Waymark::Domain", "Emotion curve")},
    {LaneKind::PainPoints, "pain_points", QT_TRANSLATE_NOOP("Waymark::Domain", "Pain points")},
    {LaneKind::Opportunities, "opportunities",
     QT_TRANSLATE_NOOP("Waymark::Domain", "Opportunities")},
    {LaneKind::Frontstage, "frontstage", QT_TRANSLATE_NOOP("Waymark::Domain", "Frontstage")},
    {LaneKind::Backstage, "backstage", QT_TRANSLATE_NOOP("Waymark::Domain", "Backstage")},
    {LaneKind::SupportProcesses, "support_processes",
     QT_TRANSLATE_NOOP("Waymark::Domain", "Support processes")},
    {LaneKind::Metrics, "metrics", QT_TRANSLATE_NOOP("Waymark::Domain", "Metrics")},
    {LaneKind::Custom, "custom", QT_TRANSLATE_NOOP("Waymark::Domain", "Custom")},
};

constexpr EnumEntry<CardKind> cardKinds[] = {
    {CardKind::Touchpoint, "touchpoint", QT_TRANSLATE_NOOP("Waymark::Domain", "Touchpoint")},
    {CardKind::Action, "action", QT_TRANSLATE_NOOP("Waymark::Domain", "Action")},
    {CardKind::Thought, "thought", QT_TRANSLATE_NOOP("Waymark::Domain", "Thought")},
    {CardKind::PainPoint, "pain_point", QT_TRANSLATE_NOOP("Waymark::Domain", "Pain point")},
    {CardKind::Opportunity, "opportunity", QT_TRANSLATE_NOOP("Waymark::Domain", "Opportunity")},
    {CardKind::Idea, "idea", QT_TRANSLATE_NOOP("Waymark::Domain", "Idea")},
    {CardKind::Process, "process", QT_TRANSLATE_NOOP("Waymark::Domain", "Process")},
    {CardKind::Note, "note", QT_TRANSLATE_NOOP("Waymark::Domain", "Note")},
};

constexpr EnumEntry<Channel> channels[] = {
    {Channel::None, "", QT_TRANSLATE_NOOP("Waymark::Domain", "No channel")},
    {Channel::Store, "store", QT_TRANSLATE_NOOP("Waymark::Domain", "Store")},
    {Channel::Web, "web", QT_TRANSLATE_NOOP("Waymark::Domain", "Web")},
    {Channel::MobileApp, "app", QT_TRANSLATE_NOOP("Waymark::Domain", "Mobile app")},
    {Channel::Social, "social", QT_TRANSLATE_NOOP("Waymark::Domain", "Social")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Waymark::Domain", "Email")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Waymark::Domain", "Phone / contact centre")},
    {Channel::Chat, "chat", QT_TRANSLATE_NOOP("Waymark::Domain", "Chat")},
    {Channel::Partner, "partner", QT_TRANSLATE_NOOP("Waymark::Domain", "Partner")},
    {Channel::Other, "other", QT_TRANSLATE_NOOP("Waymark::Domain", "Other channel")},
};

constexpr EnumEntry<Evidence> evidences[] = {
    {Evidence::Observed, "observed", QT_TRANSLATE_NOOP("Waymark::Domain", "Observed")},
    {Evidence::Assumed, "assumed", QT_TRANSLATE_NOOP("Waymark::Domain", "Assumed")},
    {Evidence::Proposed, "proposed", QT_TRANSLATE_NOOP("Waymark::Domain", "Proposed")},
};

constexpr EnumEntry<ConnectionKind> connectionKinds[] = {
    {ConnectionKind::Flow, "flow", QT_TRANSLATE_NOOP("Waymark::Domain", "Flow")},
    {ConnectionKind::Branch, "branch", QT_TRANSLATE_NOOP("Waymark::Domain", "Branch")},
    {ConnectionKind::Loop, "loop", QT_TRANSLATE_NOOP("Waymark::Domain", "Loop")},
};

constexpr EnumEntry<Metric> metrics[] = {
    {Metric::None, "none", QT_TRANSLATE_NOOP("Waymark::Domain", "No score")},
    {Metric::Nps, "nps", QT_TRANSLATE_NOOP("Waymark::Domain", "NPS")},
    {Metric::Csat, "csat", QT_TRANSLATE_NOOP("Waymark::Domain", "CSAT")},
    {Metric::Ces, "ces", QT_TRANSLATE_NOOP("Waymark::Domain", "CES")},
    {Metric::Rating, "rating", QT_TRANSLATE_NOOP("Waymark::Domain", "Rating")},
};

constexpr EnumEntry<FeedbackSource> feedbackSources[] = {
    {FeedbackSource::Survey, "survey", QT_TRANSLATE_NOOP("Waymark::Domain", "Survey")},
    {FeedbackSource::Review, "review", QT_TRANSLATE_NOOP("Waymark::Domain", "Review")},
    {FeedbackSource::Social, "social", QT_TRANSLATE_NOOP("Waymark::Domain", "Social media")},
    {FeedbackSource::Interview, "interview", QT_TRANSLATE_NOOP("Waymark::Domain", "Interview")},
    {FeedbackSource::SupportTicket, "support_ticket",
     QT_TRANSLATE_NOOP("Waymark::Domain", "Support ticket")},
    {FeedbackSource::Other, "other", QT_TRANSLATE_NOOP("Waymark::Domain", "Other source")},
};

constexpr EnumEntry<ActionStatus> actionStatuses[] = {
    {ActionStatus::Idea, "idea", QT_TRANSLATE_NOOP("Waymark::Domain", "Idea")},
    {ActionStatus::Planned, "planned", QT_TRANSLATE_NOOP("Waymark::Domain", "Planned")},
    {ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Waymark::Domain", "In progress")},
    {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("Waymark::Domain", "Done")},
    {ActionStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("Waymark::Domain", "Dropped")},
};

constexpr EnumEntry<TargetKind> targetKinds[] = {
    {TargetKind::Journey, "journey", QT_TRANSLATE_NOOP("Waymark::Domain", "Journey")},
    {TargetKind::Stage, "stage", QT_TRANSLATE_NOOP("Waymark::Domain", "Stage")},
    {TargetKind::Card, "card", QT_TRANSLATE_NOOP("Waymark::Domain", "Card")},
};

constexpr EnumEntry<GoalOperator> goalOperators[] = {
    {GoalOperator::AtLeast, "at_least", QT_TRANSLATE_NOOP("Waymark::Domain", "at least")},
    {GoalOperator::AtMost, "at_most", QT_TRANSLATE_NOOP("Waymark::Domain", "at most")},
};

template<typename E>
constexpr std::span<const EnumEntry<E>> entries();

template<>
constexpr std::span<const EnumEntry<JourneyState>> entries()
{
    return journeyStates;
}
template<>
constexpr std::span<const EnumEntry<LaneKind>> entries()
{
    return laneKinds;
}
template<>
constexpr std::span<const EnumEntry<CardKind>> entries()
{
    return cardKinds;
}
template<>
constexpr std::span<const EnumEntry<Channel>> entries()
{
    return channels;
}
template<>
constexpr std::span<const EnumEntry<Evidence>> entries()
{
    return evidences;
}
template<>
constexpr std::span<const EnumEntry<ConnectionKind>> entries()
{
    return connectionKinds;
}
template<>
constexpr std::span<const EnumEntry<Metric>> entries()
{
    return metrics;
}
template<>
constexpr std::span<const EnumEntry<FeedbackSource>> entries()
{
    return feedbackSources;
}
template<>
constexpr std::span<const EnumEntry<ActionStatus>> entries()
{
    return actionStatuses;
}
template<>
constexpr std::span<const EnumEntry<TargetKind>> entries()
{
    return targetKinds;
}

template<>
constexpr std::span<const EnumEntry<GoalOperator>> entries()
{
    return goalOperators;
}

template<typename E>
const EnumEntry<E> &entryFor(E value)
{
    for (const auto &entry : entries<E>()) {
        if (entry.value == value)
            return entry;
    }
    return entries<E>().front();
}

} // namespace

template<typename E>
QString enumKey(E value)
{
    return QString::fromLatin1(entryFor(value).key);
}

template<typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &entry : entries<E>()) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QString enumLabel(E value)
{
    return QCoreApplication::translate("Waymark::Domain", entryFor(value).label);
}

template<typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : entries<E>())
        values.append(entry.value);
    return values;
}

#define WAYMARK_INSTANTIATE_ENUM(E)                                                                \
    template QString enumKey<E>(E);                                                                \
    template std::optional<E> enumFromKey<E>(QStringView);                                         \
    template QString enumLabel<E>(E);                                                              \
    template QList<E> enumValues<E>();

WAYMARK_INSTANTIATE_ENUM(JourneyState)
WAYMARK_INSTANTIATE_ENUM(LaneKind)
WAYMARK_INSTANTIATE_ENUM(CardKind)
WAYMARK_INSTANTIATE_ENUM(Channel)
WAYMARK_INSTANTIATE_ENUM(Evidence)
WAYMARK_INSTANTIATE_ENUM(ConnectionKind)
WAYMARK_INSTANTIATE_ENUM(Metric)
WAYMARK_INSTANTIATE_ENUM(FeedbackSource)
WAYMARK_INSTANTIATE_ENUM(ActionStatus)
WAYMARK_INSTANTIATE_ENUM(TargetKind)
WAYMARK_INSTANTIATE_ENUM(GoalOperator)

#undef WAYMARK_INSTANTIATE_ENUM

} // namespace Waymark
