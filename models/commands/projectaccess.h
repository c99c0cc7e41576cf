#pragma once

#include "project/project.h"

#include <QCoreApplication>

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

} // namespace Waymark
