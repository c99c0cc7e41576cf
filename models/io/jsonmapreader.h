#pragma once

#include "mapdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Waymark {

// Reads the JSON map format. Maps come from templates, from colleagues and from the
// clipboard, so everything is validated: types, enumerations, ranges and references. A
// problem gives one sentence naming the object and the field, and no partial result.
class JsonMapReader
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonMapReader)

public:
    // Largest map accepted (a 2,000-card map is about 1 MB).
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    bool read(const QByteArray &json, MapData *map);
    bool readFile(const QString &path, MapData *map);

    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace Waymark
