#include "settingsrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

bool SettingsRepository::load(QMap<QString, QVariant> *settings)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("SELECT key, value FROM settings"));
    if (!exec(q, m_document))
        return false;
    while (q.next())
        settings->insert(q.value(0).toString(), q.value(1));
    return true;
}

bool SettingsRepository::setValue(const QString &key, const QVariant &value)
{
    if (value.isNull()) {
        QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(key);
        return exec(q, m_document);
    }
    QSqlQuery q = prepare(m_document, QStringLiteral("INSERT INTO settings (key, value) "
                                                     "VALUES (?, ?) ON CONFLICT(key) "
                                                     "DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, m_document);
}

} // namespace Waymark
