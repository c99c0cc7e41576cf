#include "signoffrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

bool SignoffRepository::loadSignoffs(QList<Signoff> *signoffs)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("SELECT id, name, signed_at, note, fingerprint "
                                             "FROM signoffs ORDER BY id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Signoff s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.signedAt = dateTimeFromText(q.value(2).toString());
        s.note = q.value(3).toString();
        s.fingerprint = q.value(4).toString();
        signoffs->append(s);
    }
    return true;
}

bool SignoffRepository::insertSignoff(Signoff *signoff)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("INSERT INTO signoffs (id, name, signed_at, "
                                                     "note, fingerprint) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(signoff->id));
    q.addBindValue(text(signoff->name));
    q.addBindValue(dateTimeToText(signoff->signedAt));
    q.addBindValue(text(signoff->note));
    q.addBindValue(text(signoff->fingerprint));
    if (!exec(q, m_document))
        return false;
    signoff->id = q.lastInsertId().toLongLong();
    return true;
}

bool SignoffRepository::removeSignoff(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM signoffs WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

} // namespace Waymark
