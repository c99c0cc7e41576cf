#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

namespace Waymark {

class Document;

// Project settings and branding: a small key/value table.
class SettingsRepository
{
public:
    explicit SettingsRepository(Document &document)
        : m_document(document)
    {}

    bool load(QMap<QString, QVariant> *settings);
    // A null value removes the key.
    bool setValue(const QString &key, const QVariant &value);

private:
    Document &m_document;
};

} // namespace Waymark
