#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Waymark {

// Turns an image file into what a persona stores (Persona::picture): PNG bytes, scaled down
// so that the longer side is at most MaxSide pixels. Refuses, with a sentence for the user,
// anything that is not a readable image, files over MaxFileBytes, and images whose pixels
// would not fit in memory even before scaling (decompression bombs).
class PersonaPicture
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::PersonaPicture)

public:
    static constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024; // 50 MB is refused
    static constexpr int MaxSide = 512;

    static bool fromFile(const QString &path, QByteArray *png, QString *error);
    // The same for bytes (a paste, a drop); name is what messages call them.
    static bool fromData(const QByteArray &data, const QString &name, QByteArray *png,
                         QString *error);
};

} // namespace Waymark
