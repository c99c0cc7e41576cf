#include "personafilter.h"

#include "metrics/metricsengine.h"
#include "project/project.h"

namespace Waymark {

PersonaFilter::PersonaFilter(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(&project)
{
    connect(&project, &Project::personasChanged, this, &PersonaFilter::update);
    connect(&project, &Project::reset, this, &PersonaFilter::update);
}

Project *PersonaFilter::project() const
{
    return m_project;
}

void PersonaFilter::setPersona(Id personaId)
{
    m_chosen = personaId;
    update();
}

bool PersonaFilter::setPersonaByName(const QString &name)
{
    if (!m_project)
        return false;
    for (const Persona &persona : m_project->personas()) {
        if (persona.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 && canFilter(persona)) {
            setPersona(persona.id);
            return true;
        }
    }
    return false;
}

bool PersonaFilter::canFilter(const Persona &persona)
{
    return std::any_of(persona.segments.cbegin(), persona.segments.cend(),
                       [](const QString &s) { return !s.trimmed().isEmpty(); });
}

QString PersonaFilter::whyNot(const Persona &persona)
{
    if (canFilter(persona))
        return {};
    return tr("“%1” stands for no feedback segments. Edit the persona and list the segments of "
              "its responses to filter scores by it.")
        .arg(persona.name);
}

void PersonaFilter::update()
{
    Persona persona;
    if (m_project && m_chosen != NoId)
        persona = m_project->persona(m_chosen);
    const bool usable = persona.id != NoId && canFilter(persona);
    const Id id = usable ? persona.id : NoId;
    const QString name = usable ? persona.name : QString();
    const QStringList segments = usable ? personaSegments(persona) : QStringList();
    if (id == m_persona && name == m_name && segments == m_segments)
        return;
    m_persona = id;
    m_name = name;
    m_segments = segments;
    Q_EMIT changed();
}

void PersonaFilter::apply(MetricFilter &filter) const
{
    filter.segments = m_segments;
}

QString PersonaFilter::caption() const
{
    return isActive() ? tr("for persona “%1”").arg(m_name) : QString();
}

} // namespace Waymark
