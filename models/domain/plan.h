#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Waymark {

// A measurable target, e.g. NPS >= 40 for "Purchase & Service" by 2027-Q2. Its progress is
// computed from the feedback (see GoalProgressCalculator).
struct Goal
{
    Id id = NoId;
    Id journeyId = NoId;
    TargetKind scope = TargetKind::Journey;
    Id targetId = NoId; // journey, stage or card id, depending on scope
    Metric metric = Metric::Nps;
    GoalOperator op = GoalOperator::AtLeast;
    double target = 0.0;
    QString due; // a period: "2027-Q2", "2027-06" or "2027"
    QString title;

    friend bool operator==(const Goal &, const Goal &) = default;
};

// An item of the improvement plan. Links to cards and goals are soft references: a link to
// a card that was deleted stays (so that undo reattaches it) until the file is closed.
struct Action
{
    Id id = NoId;
    Id journeyId = NoId;
    QString title;
    QString description;
    QString owner;
    ActionStatus status = ActionStatus::Idea;
    QDate due;
    QString impact; // the expected impact, in the owner's words
    int position = 0;
    QList<Id> cardIds;
    QList<Id> goalIds;
    QDateTime createdAt; // UTC, whole seconds; set on the first insert when left invalid
    QDateTime updatedAt; // UTC, whole seconds; set by every change of the content

    // Not done or dropped: what the map marks on the cards it is linked to.
    bool isOpen() const { return status != ActionStatus::Done && status != ActionStatus::Dropped; }
    // Open and due before `today`.
    bool isOverdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }

    friend bool operator==(const Action &, const Action &) = default;
};

// A review comment pinned to a journey, stage or card; replies point to their parent (and
// share its target).
struct Comment
{
    Id id = NoId;
    Id journeyId = NoId;
    TargetKind targetKind = TargetKind::Journey;
    Id targetId = NoId; // journey, stage or card id, depending on targetKind
    Id parentId = NoId;
    QString author;
    QString text;
    QDateTime createdAt; // UTC, whole seconds
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;

    friend bool operator==(const Comment &, const Comment &) = default;
};

// A reviewer's sign-off, bound to a fingerprint of the project content at that time (see
// Project::contentFingerprint()).
struct Signoff
{
    Id id = NoId;
    QString name;
    QDateTime signedAt; // UTC, whole seconds
    QString note;
    QString fingerprint;

    friend bool operator==(const Signoff &, const Signoff &) = default;
};

} // namespace Waymark
