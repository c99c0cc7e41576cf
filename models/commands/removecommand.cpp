#include "removecommand.h"

#include <QSet>

namespace Waymark {

namespace {

QString removeText(RemoveCommand::Kind kind, qsizetype count)
{
    const int n = int(count);
    switch (kind) {
    case RemoveCommand::Kind::Journey:
        return RemoveCommand::tr("Delete journey");
    case RemoveCommand::Kind::Stage:
        return RemoveCommand::tr("Delete stage");
    case RemoveCommand::Kind::Lane:
        return RemoveCommand::tr("Delete lane");
    case RemoveCommand::Kind::Card:
        return RemoveCommand::tr("Delete %n card(s)", nullptr, n);
    case RemoveCommand::Kind::Connection:
        return RemoveCommand::tr("Delete %n connection(s)", nullptr, n);
    }
    return {};
}

} // namespace

RemoveCommand::RemoveCommand(Project &project, Kind kind, const QList<Id> &ids,
                             QUndoCommand *parent)
    : QUndoCommand(removeText(kind, ids.size()), parent)
    , m_project(project)
    , m_kind(kind)
{
    // A selection may name an object twice; removing it a second time would fail the
    // whole edit (and reload the project), so each id is kept once.
    QSet<Id> seen;
    for (Id id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    }
    setText(removeText(kind, m_ids.size()));
}

void RemoveCommand::redo()
{
    // Capture right before removing: the objects may have changed since construction.
    m_snapshots.clear();
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    bool ok = true;
    if (m_kind == Kind::Card) {
        // One snapshot of all cards, so connections between them are restored once.
        QList<Id> present;
        for (Id id : m_ids) {
            if (m_project.hasCard(id))
                present.append(id);
        }
        m_snapshots.append(m_project.captureCards(present));
        for (Id id : present)
            ok = ok && m_project.removeCard(id);
    } else {
        for (Id id : m_ids) {
            switch (m_kind) {
            case Kind::Journey:
                m_snapshots.append(m_project.captureJourney(id));
                ok = ok && m_project.removeJourney(id);
                break;
            case Kind::Stage:
                m_snapshots.append(m_project.captureStage(id));
                ok = ok && m_project.removeStage(id);
                break;
            case Kind::Lane:
                m_snapshots.append(m_project.captureLane(id));
                ok = ok && m_project.removeLane(id);
                break;
            case Kind::Connection: {
                Project::Snapshot s;
                s.connections.append(m_project.connection(id));
                m_snapshots.append(s);
                ok = ok && m_project.removeConnection(id);
                break;
            }
            case Kind::Card:
                break;
            }
        }
    }
    if (!ok || !m_project.endChange())
        setObsolete(true);
}

void RemoveCommand::undo()
{
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    bool ok = true;
    // Restore in reverse order of removal so that indexes are valid again.
    for (auto it = m_snapshots.crbegin(); it != m_snapshots.crend(); ++it)
        ok = ok && m_project.restore(*it);
    if (!ok || !m_project.endChange())
        setObsolete(true);
}

} // namespace Waymark
