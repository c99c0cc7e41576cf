#pragma once

#include "document.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Waymark::Sql {

// Small helpers shared by the repositories; SQL itself stays in each repository.

inline QSqlQuery prepare(const Document &document, const QString &sql)
{
    QSqlQuery query(document.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

inline bool exec(QSqlQuery &query, Document &document)
{
    if (query.exec())
        return true;
    document.setLastError(query.lastError().text());
    return false;
}

// Text columns are NOT NULL: a null QString would bind as NULL, so bind "" instead.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QString colorToText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QStringLiteral("");
}

inline QColor colorFromText(const QString &text)
{
    // Only #rrggbb: never let an untrusted file pick named or odd colour syntaxes.
    if (text.size() == 7 && text.startsWith(QLatin1Char('#')))
        return QColor::fromString(text);
    return {};
}

template<typename T>
QVariant optionalToVariant(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

inline std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

// Times are stored as ISO 8601 UTC text with whole seconds ("2026-11-23T11:15:50Z"), so
// that they sort as text and read back equal; "" for none.
inline QString dateTimeToText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

inline QDateTime dateTimeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

// A list of texts in one column, as a JSON array ("[]" for none).
inline QString textListToJson(const QStringList &texts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

inline QStringList textListFromJson(const QString &json)
{
    QStringList texts;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        if (v.isString())
            texts.append(v.toString());
    }
    return texts;
}

inline std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace Waymark::Sql
