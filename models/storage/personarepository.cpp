#include "personarepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

bool PersonaRepository::loadPersonas(QList<Persona> *personas)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("SELECT id, name, description, goals, frustrations, "
                                         "quote, color, picture, position, segments FROM personas "
                                         "ORDER BY position, id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Persona p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.description = q.value(2).toString();
        p.goals = q.value(3).toString();
        p.frustrations = q.value(4).toString();
        p.quote = q.value(5).toString();
        p.color = colorFromText(q.value(6).toString());
        p.picture = q.value(7).toByteArray();
        p.position = q.value(8).toInt();
        p.segments = textListFromJson(q.value(9).toString());
        personas->append(p);
    }
    return true;
}

namespace {

void bindPersonaFields(QSqlQuery &q, const Persona &p)
{
    q.addBindValue(text(p.name));
    q.addBindValue(text(p.description));
    q.addBindValue(text(p.goals));
    q.addBindValue(text(p.frustrations));
    q.addBindValue(text(p.quote));
    q.addBindValue(colorToText(p.color));
    q.addBindValue(p.picture.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                       : QVariant(p.picture));
    q.addBindValue(p.position);
    q.addBindValue(textListToJson(p.segments));
}

} // namespace

bool PersonaRepository::insertPersona(Persona *persona)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("INSERT INTO personas (id, name, description, goals, "
                                             "frustrations, quote, color, picture, position, "
                                             "segments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(persona->id));
    bindPersonaFields(q, *persona);
    if (!exec(q, m_document))
        return false;
    persona->id = q.lastInsertId().toLongLong();
    return true;
}

bool PersonaRepository::updatePersona(const Persona &persona)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("UPDATE personas SET name = ?, description = ?, "
                                             "goals = ?, frustrations = ?, quote = ?, color = ?, "
                                             "picture = ?, position = ?, segments = ? "
                                             "WHERE id = ?"));
    bindPersonaFields(q, persona);
    q.addBindValue(persona.id);
    return exec(q, m_document);
}

bool PersonaRepository::removePersona(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM personas WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

} // namespace Waymark
