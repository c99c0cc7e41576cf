#pragma once

#include "domain/persona.h"

#include <QList>

namespace Waymark {

class Document;

// Personas and segments of a project.
class PersonaRepository
{
public:
    explicit PersonaRepository(Document &document)
        : m_document(document)
    {}

    bool loadPersonas(QList<Persona> *personas);
    bool insertPersona(Persona *persona);
    bool updatePersona(const Persona &persona);
    bool removePersona(Id id);

private:
    Document &m_document;
};

} // namespace Waymark
