#include "sampledata.h"

#include "feedbackimporter.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QFile>

namespace Waymark {

bool addSampleFeedback(Project &project, QString *error)
{
    const auto fail = [error](const QString &detail) {
        if (error)
            *error = QCoreApplication::translate("Waymark::Templates",
                                                 "The sample feedback could not be added: %1")
                         .arg(detail);
        return false;
    };
    const QString resource = QStringLiteral(":/waymark/templates/sample-feedback.csv");
    if (!QFile::exists(resource))
        return fail(QCoreApplication::translate("Waymark::Templates",
                                                "sample-feedback.csv is missing from this "
                                                "installation."));
    if (project.journeys().isEmpty())
        return true;

    // The sample goes through the import engine, like any user's file, so that the sample
    // project shows what an import really produces.
    ImportMapping mapping;
    mapping.layout = ImportMapping::Layout::Long;
    mapping.respondentColumn = QStringLiteral("respondent");
    mapping.dateColumn = QStringLiteral("date");
    mapping.dateFormat = QStringLiteral("yyyy-MM-dd");
    mapping.touchpointColumn = QStringLiteral("touchpoint");
    mapping.stageColumn = QStringLiteral("stage");
    mapping.channelColumn = QStringLiteral("channel");
    mapping.segmentColumn = QStringLiteral("segment");
    mapping.metricColumn = QStringLiteral("metric");
    mapping.scoreColumn = QStringLiteral("score");
    mapping.commentColumn = QStringLiteral("comment");
    mapping.source = FeedbackSource::Survey;
    // Every touchpoint the sample names is on the sample map; one that is not is a bug in
    // the sample, not a card to make up.
    mapping.createTouchpoints = false;
    mapping.strict = true;

    // The builder's own connection is idle here (no open transaction or statement), so
    // the importer's connection can take the write lock.
    const ImportResult result = FeedbackImporter::run(project.document(), resource, mapping);
    if (!result.ok())
        return fail(result.cancelled ? QCoreApplication::translate("Waymark::Templates",
                                                                   "the import was cancelled.")
                                     : result.error);
    return true;
}

bool addSampleSignoff(Project &project, QString *error)
{
    Signoff signoff;
    signoff.name = QStringLiteral("Dana Reyes (COO)");
    signoff.note = QStringLiteral("Approved the improvement plan for the first quarter.");
    signoff.signedAt = QDateTime(QDate(2026, 11, 13), QTime(10, 0), Qt::UTC);
    if (!project.insertSignoff(&signoff)) {
        if (error)
            *error = QCoreApplication::translate("Waymark::Templates",
                                                 "The sample sign-off could not be added: %1")
                         .arg(project.document().lastError());
        return false;
    }
    return true;
}

} // namespace Waymark
