#include "personapicture.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>

namespace Waymark {

namespace {

// Images larger than this many pixels (before scaling) are refused: 100 megapixels, far
// beyond any photo a persona needs, decodes to 400 MB.
constexpr qint64 MaxSourcePixels = 100LL * 1000 * 1000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool read(QIODevice *device, const QString &name, QByteArray *png, QString *error)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        return fail(error, PersonaPicture::tr("“%1” is not an image Waymark can read (PNG, JPEG, "
                                              "GIF or BMP, for example).")
                               .arg(name));
    }
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxSourcePixels) {
        return fail(error, PersonaPicture::tr("“%1” is too large (%2 × %3 pixels): choose an image "
                                              "of at most 100 megapixels.")
                               .arg(name)
                               .arg(size.width())
                               .arg(size.height()));
    }
    if (size.isValid()
        && (size.width() > PersonaPicture::MaxSide || size.height() > PersonaPicture::MaxSide)) {
        reader.setScaledSize(
            size.scaled(PersonaPicture::MaxSide, PersonaPicture::MaxSide, Qt::KeepAspectRatio)
                .expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return fail(error, PersonaPicture::tr("“%1” could not be read as an image: %2.")
                               .arg(name, reader.errorString()));
    }
    // Formats that ignore setScaledSize (or report no size) are scaled here.
    if (image.width() > PersonaPicture::MaxSide || image.height() > PersonaPicture::MaxSide) {
        image = image.scaled(PersonaPicture::MaxSide, PersonaPicture::MaxSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return fail(error, PersonaPicture::tr("“%1” could not be converted to PNG.").arg(name));
    *png = bytes;
    return true;
}

} // namespace

bool PersonaPicture::fromFile(const QString &path, QByteArray *png, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists() || !info.isFile())
        return fail(error, tr("“%1” does not exist.").arg(name.isEmpty() ? path : name));
    if (info.size() > MaxFileBytes) {
        return fail(error, tr("“%1” is too large (%2): a persona picture may be at most 50 MB.")
                               .arg(name, QLocale().formattedDataSize(info.size())));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("“%1” could not be opened: %2.").arg(name, file.errorString()));
    return read(&file, name, png, error);
}

bool PersonaPicture::fromData(const QByteArray &data, const QString &name, QByteArray *png,
                              QString *error)
{
    if (data.size() > MaxFileBytes) {
        return fail(error, tr("“%1” is too large (%2): a persona picture may be at most 50 MB.")
                               .arg(name, QLocale().formattedDataSize(data.size())));
    }
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, name, png, error);
}

} // namespace Waymark
