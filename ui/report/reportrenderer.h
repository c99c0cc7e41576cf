#pragma once

#include "reportoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace Waymark {

class MetricsEngine;
class Project;

// Composes the PDF report of one journey and paints it onto any paged device: a
// QPdfWriter for files, a QPrinter for printing and the live preview. Every page is vector
// (text, tables, charts and the map scene); user text is only ever laid out as plain text
// (QTextLayout), never interpreted as markup, so nothing in it can load a resource.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ReportRenderer)

public:
    ReportRenderer(Project &project, MetricsEngine &engine, const ReportOptions &options);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    // Checks what can fail before anything is painted (the journey, the logo); false and a
    // sentence for the user when the report cannot be made.
    bool prepare(QString *error);
    // Paints every page on the device (which must not be painted on yet); sets the page
    // size and orientation page by page. Call prepare() first.
    // progress, if given, hears of every page painted (page, pages) and may return false to
    // cancel: render() then fails with a sentence saying so.
    using Progress = std::function<bool(int page, int pages)>;
    bool render(QPagedPaintDevice *device, QString *error, const Progress &progress = {});
    // Pages of the last render().
    int pageCount() const;

    // The document's metadata.
    QString documentTitle() const;
    QString author() const;
    QString subject() const;

    // The resolution a device should have for the report: the screen's logical one, the
    // resolution the map scene's point-sized fonts are measured in (a map drawn on a device
    // of another resolution would set its text at the wrong size).
    static int resolution();

    // The logo as the report draws it (null when there is none); valid after prepare().
    QImage logo() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Waymark
