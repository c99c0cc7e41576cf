#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Waymark {

// How the generic commands reach each kind of object in a Project. One specialisation per
// domain type keeps InsertCommand and EditCommand free of per-type code.
template<typename T>
struct ProjectAccess;

template<>
struct ProjectAccess<Journey>
{
    static bool update(Project &p, const Journey &v) { return p.updateJourney(v); }
    static Journey get(const Project &p, Id id) { return p.journey(id); }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit journey");
    }
};

template<>
struct ProjectAccess<Stage>
{
    static bool insert(Project &p, Stage *v, int index) { return p.insertStage(v, index); }
    static bool update(Project &p, const Stage &v) { return p.updateStage(v); }
    static bool remove(Project &p, Id id) { return p.removeStage(id); }
    static Stage get(const Project &p, Id id) { return p.stage(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Add stage");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit stage");
    }
};

template<>
struct ProjectAccess<Lane>
{
    static bool insert(Project &p, Lane *v, int index) { return p.insertLane(v, index); }
    static bool update(Project &p, const Lane &v) { return p.updateLane(v); }
    static bool remove(Project &p, Id id) { return p.removeLane(id); }
    static Lane get(const Project &p, Id id) { return p.lane(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Add lane");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit lane");
    }
};

template<>
struct ProjectAccess<Card>
{
    static bool insert(Project &p, Card *v, int index) { return p.insertCard(v, index); }
    static bool update(Project &p, const Card &v) { return p.updateCard(v); }
    static bool remove(Project &p, Id id) { return p.removeCard(id); }
    static Card get(const Project &p, Id id) { return p.card(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Add card");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit card");
    }
};

template<>
struct ProjectAccess<Connection>
{
    static bool insert(Project &p, Connection *v, int) { return p.insertConnection(v); }
    static bool update(Project &p, const Connection &v) { return p.updateConnection(v); }
    static bool remove(Project &p, Id id) { return p.removeConnection(id); }
    static Connection get(const Project &p, Id id) { return p.connection(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Connect cards");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit connection");
    }
};

template<>
struct ProjectAccess<Persona>
{
    static bool insert(Project &p, Persona *v, int index) { return p.insertPersona(v, index); }
    static bool update(Project &p, const Persona &v) { return p.updatePersona(v); }
    static bool remove(Project &p, Id id) { return p.removePersona(id); }
    static Persona get(const Project &p, Id id) { return p.persona(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Add persona");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit persona");
    }
};

template<>
struct ProjectAccess<Goal>
{
    static bool insert(Project &p, Goal *v, int) { return p.insertGoal(v); }
    static bool update(Project &p, const Goal &v) { return p.updateGoal(v); }
    static bool remove(Project &p, Id id) { return p.removeGoal(id); }
    static Goal get(const Project &p, Id id) { return p.goal(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Add goal");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit goal");
    }
};

template<>
struct ProjectAccess<Action>
{
    static bool insert(Project &p, Action *v, int index) { return p.insertAction(v, index); }
    // Writes updatedAt as given: prepareEdit stamped the edit once, and undo writes back
    // the time it had.
    static bool update(Project &p, const Action &v) { return p.updateAction(v, true); }
    static bool remove(Project &p, Id id) { return p.removeAction(id); }
    static Action get(const Project &p, Id id) { return p.action(id); }
    static QString insertText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Add action");
    }
    static QString editText()
    {
        return QCoreApplication::translate("Waymark::Commands", "Edit action");
    }
    // An edit that changes the content but leaves updatedAt as it was is stamped once, when
    // the command is made, so that every redo writes the same time.
    static void prepareEdit(const Action &before, Action *after)
    {
        Action unstamped = *after;
        unstamped.updatedAt = before.updatedAt;
        if (after->updatedAt == before.updatedAt && !(unstamped == before)) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            after->updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        }
    }
};

} // namespace Waymark
