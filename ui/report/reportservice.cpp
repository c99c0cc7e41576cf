#include "reportservice.h"

#include "metrics/metricsengine.h"
#include "project/project.h"
#include "reportrenderer.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

namespace Waymark {

namespace {

// A PDF text string: UTF-16BE with its byte order mark, in hex (no escaping questions).
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("\xfe\xff", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

} // namespace

QByteArray ReportService::withMetadata(const QByteArray &pdf, const QString &title,
                                       const QString &author, const QString &subject,
                                       const QString &creator)
{
    // The last trailer names the catalogue and the size of the cross-reference table.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    const QRegularExpressionMatch root
        = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const QRegularExpressionMatch size
        = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const QRegularExpressionMatch previous
        = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)"))
              .match(QString::fromLatin1(pdf.mid(startAt, 64)));
    if (!root.hasMatch() || !size.hasMatch() || !previous.hasMatch())
        return pdf;
    const int object = size.captured(1).toInt();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const qsizetype objectAt = out.size();
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    out += QByteArray::number(object) + " 0 obj\n<<\n";
    out += "/Title " + pdfString(title) + '\n';
    if (!author.isEmpty())
        out += "/Author " + pdfString(author) + '\n';
    out += "/Subject " + pdfString(subject) + '\n';
    out += "/Creator " + pdfString(creator) + '\n';
    out += "/Producer " + pdfString(creator) + '\n';
    out += "/CreationDate (D:" + now.toLatin1() + "Z)\n";
    out += ">>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(object) + " 1\n";
    out += QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root "
           + root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev "
           + previous.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt)
           + "\n%%EOF\n";
    return out;
}

bool ReportService::writePdf(Project &project, MetricsEngine *engine, const ReportOptions &options,
                             const QString &path, QString *error, Result *result,
                             const std::function<bool(int page, int pages)> &progress)
{
    std::unique_ptr<MetricsEngine> own;
    if (!engine) {
        own = std::make_unique<MetricsEngine>(project);
        engine = own.get();
    }
    ReportRenderer renderer(project, *engine, options);
    if (!renderer.prepare(error))
        return false;
    // Opened before rendering, so that an unwritable target fails fast; cancelled on any
    // error, so that nothing half-written ever appears under the name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error
            = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(ReportRenderer::resolution());
        writer.setTitle(renderer.documentTitle());
        writer.setCreator(QStringLiteral("Waymark %1").arg(QStringLiteral(WAYMARK_VERSION)));
        if (!renderer.render(&writer, error, progress)) {
            file.cancelWriting();
            return false;
        }
    }
    const QByteArray bytes = withMetadata(
        buffer.data(), renderer.documentTitle(), renderer.author(), renderer.subject(),
        QStringLiteral("Waymark %1").arg(QStringLiteral(WAYMARK_VERSION)));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error
            = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (result) {
        result->pages = renderer.pageCount();
        result->bytes = bytes.size();
    }
    return true;
}

bool ReportService::print(Project &project, MetricsEngine *engine, const ReportOptions &options,
                          QPrinter *printer, QString *error)
{
    std::unique_ptr<MetricsEngine> own;
    if (!engine) {
        own = std::make_unique<MetricsEngine>(project);
        engine = own.get();
    }
    ReportRenderer renderer(project, *engine, options);
    if (!renderer.prepare(error))
        return false;
    printer->setFullPage(true);
    printer->setResolution(ReportRenderer::resolution());
    printer->setDocName(renderer.documentTitle());
    printer->setCreator(QStringLiteral("Waymark %1").arg(QStringLiteral(WAYMARK_VERSION)));
    return renderer.render(printer, error);
}

} // namespace Waymark
