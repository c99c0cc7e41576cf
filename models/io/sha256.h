#pragma once

#include <QByteArray>
#include <QString>

namespace Waymark {

// SHA-256 of files, as import batches record them. Uses the processor's SHA extensions
// where it has them (several times faster than a portable implementation, which matters
// when a large survey export is fingerprinted while it is imported), QCryptographicHash
// elsewhere; both give the same digest.
class Sha256
{
public:
    Sha256();
    void addData(const char *data, qsizetype length);
    // The 32-byte digest; the object is spent afterwards.
    QByteArray result();

    // Lower-case hex digest of a file's bytes; empty when it cannot be read.
    static QByteArray fileHex(const QString &path);
    // Whether the processor's SHA extensions are used.
    static bool usesShaExtensions();

private:
    void compress(const unsigned char *blocks, qsizetype count);

    quint32 m_state[8];
    unsigned char m_buffer[64];
    qsizetype m_buffered = 0;
    quint64 m_length = 0;
};

} // namespace Waymark
