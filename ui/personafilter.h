#pragma once

#include "domain/ids.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Waymark {

class Project;
struct MetricFilter;
struct Persona;

// Whose feedback the scores on the map, the heatmap and the charts are about: all customers
// or one persona, through the feedback segments it stands for. A view setting of the
// workspace, not an edit: it survives switching journeys; while the chosen persona is deleted
// (or lists no segments) it falls back to all customers and returns when the persona does
// (an undo).
class PersonaFilter : public QObject
{
    Q_OBJECT

public:
    explicit PersonaFilter(Project &project, QObject *parent = nullptr);

    // The persona scores are filtered for; NoId for all customers.
    Id persona() const { return m_persona; }
    Project *project() const;
    // The persona the user chose, even while it cannot apply.
    Id chosenPersona() const { return m_chosen; }
    void setPersona(Id personaId);
    // Chooses the persona with this name (any case); false when there is none that can filter.
    bool setPersonaByName(const QString &name);
    bool isActive() const { return m_persona != NoId; }
    QString personaName() const { return m_name; }
    QStringList segments() const { return m_segments; }
    // Restricts a filter to the chosen persona's responses.
    void apply(MetricFilter &filter) const;
    // "for persona “Commuter”", or empty for all customers: for captions and tooltips.
    QString caption() const;

    // Only personas that name their feedback segments can filter scores.
    static bool canFilter(const Persona &persona);
    // Why a persona cannot filter scores (empty when it can).
    static QString whyNot(const Persona &persona);

Q_SIGNALS:
    void changed();

private:
    void update();

    QPointer<Project> m_project;
    Id m_chosen = NoId;
    Id m_persona = NoId;
    QString m_name;
    QStringList m_segments;
};

} // namespace Waymark
