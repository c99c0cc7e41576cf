#pragma once

#include "reportoptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;

namespace Waymark {

class MetricsEngine;
class Project;

// The one way to make a PDF report, for the GUI and `waymark-cli export --pdf` alike: it
// checks the options, renders through ReportRenderer, adds the document's metadata and
// writes the file atomically (never a half-written report). Printing and the preview use
// the same renderer.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ReportService)

public:
    struct Result
    {
        int pages = 0;
        qint64 bytes = 0;
    };

    // engine may be null: a private one is used.
    // progress: see ReportRenderer::render(); a cancelled report leaves no file behind.
    static bool writePdf(Project &project, MetricsEngine *engine, const ReportOptions &options,
                         const QString &path, QString *error, Result *result = nullptr,
                         const std::function<bool(int page, int pages)> &progress = {});
    static bool print(Project &project, MetricsEngine *engine, const ReportOptions &options,
                      QPrinter *printer, QString *error);

    // The PDF with an incremental update that sets its document information (Title,
    // Author, Subject, Creator): QPdfWriter only writes a title and a creator.
    static QByteArray withMetadata(const QByteArray &pdf, const QString &title,
                                   const QString &author, const QString &subject,
                                   const QString &creator);
};

} // namespace Waymark
