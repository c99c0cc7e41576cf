// Benchmark of the PDF report against DESIGN.md section 7 ("PDF report of that project
// < 3 s"): a journey of 2,000 cards (16 stages x 10 lanes, 400 touchpoints) with 200,000
// responses, inserted with the sqlite3 C API in one transaction. Writes the whole report
// with ReportService (as the GUI does), then only some sections, then the same report with
// `waymark-cli export --pdf` as a process (open, compute, render, write), and prints the
// wall time, the size, the pages and the peak resident memory of each. It fails only when
// its setup breaks or a report cannot be written, never on timing.

#include "metrics/metricsengine.h"
#include "project/project.h"
#include "report/reportservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>

using namespace Waymark;

namespace {

constexpr int StageCount = 16;
constexpr int LaneCount = 10;
constexpr int CardCount = 2000;
constexpr int ResponseCount = 200000;
constexpr Id FirstCardId = 1000;

const LaneKind LaneKinds[LaneCount]
    = {LaneKind::CustomerActions, LaneKind::Touchpoints,  LaneKind::Channels,
       LaneKind::Thoughts,        LaneKind::EmotionCurve, LaneKind::PainPoints,
       LaneKind::Opportunities,   LaneKind::Frontstage,   LaneKind::Backstage,
       LaneKind::SupportProcesses};
const char *const Words[]
    = {"Compares", "prices", "online", "asks",     "a",       "friend",  "about",  "the",
       "bike",     "waits",  "for",    "delivery", "support", "answers", "slowly", "invoice",
       "arrives",  "late",   "test",   "ride",     "in",      "the",     "store",  "app"};

QString title(int i)
{
    QStringList words;
    const int count = 2 + (i * 7) % 7;
    for (int w = 0; w < count; ++w)
        words.append(QLatin1String(Words[(i * 5 + w * 3) % std::size(Words)]));
    return words.join(QLatin1Char(' '));
}

qint64 kbFromStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Touchpoints in lane 1, cards of the lane's kind elsewhere; 125 cards per stage.
MapData benchmarkMap(QList<Id> *touchpoints)
{
    MapData map;
    map.title = QStringLiteral("Report benchmark");
    MapJourney mj;
    mj.journey.id = 1;
    mj.journey.name = QStringLiteral("Big journey");
    for (int s = 0; s < StageCount; ++s) {
        Stage stage;
        stage.id = 10 + s;
        stage.journeyId = 1;
        stage.name = QStringLiteral("Stage %1").arg(s + 1);
        stage.position = s;
        mj.stages.append(stage);
    }
    for (int l = 0; l < LaneCount; ++l) {
        Lane lane;
        lane.id = 100 + l;
        lane.journeyId = 1;
        lane.kind = LaneKinds[l];
        lane.name = QStringLiteral("Lane %1").arg(l + 1);
        lane.position = l;
        mj.lanes.append(lane);
    }
    const int perStage = CardCount / StageCount;
    for (int s = 0; s < StageCount; ++s) {
        for (int l = 0; l < LaneCount; ++l) {
            // Touchpoint lane: 25 per stage; emotion curve: 4; the rest share what is left.
            const int count = l == 1   ? 25
                              : l == 4 ? 4
                                       : (perStage - 29) / 8 + (l == 0 ? (perStage - 29) % 8 : 0);
            for (int i = 0; i < count; ++i) {
                Card card;
                card.id = FirstCardId + Id(mj.cards.size());
                card.journeyId = 1;
                card.stageId = 10 + s;
                card.laneId = 100 + l;
                card.position = i;
                card.kind = defaultCardKind(LaneKinds[l]);
                card.title = title(int(card.id));
                if (l == 1) {
                    card.channel = enumValues<Channel>().at(1 + i % 9);
                    touchpoints->append(card.id);
                }
                if (l == 4)
                    card.emotion = (i % 5) - 2;
                mj.cards.append(card);
            }
        }
    }
    map.journeys.append(mj);
    return map;
}

bool fillResponses(const QString &path, const QList<Id> &touchpoints, QString *error)
{
    sqlite3 *db = nullptr;
    const auto fail = [&] {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return false;
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return fail();
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    if (sqlite3_exec(db,
                     "INSERT INTO import_batches (id, journey_id, file_name, sha256, imported_at, "
                     "rows_read, rows_imported) VALUES (1, 1, 'survey-2025.csv', "
                     "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', "
                     "'2026-01-05T10:00:00', 200000, 200000)",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail();
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO feedback (journey_id, card_id, batch_id, source, channel, "
                           "segment, respondent, date, metric, score, scale_min, scale_max, "
                           "comment, sentiment) VALUES (1, ?, 1, 'survey', ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)",
                           -1, &insert, nullptr)
        != SQLITE_OK)
        return fail();
    const char *channels[] = {"store", "web", "app", "social", "email", "phone", "chat"};
    const char *segments[] = {"Commuter", "Family rider", "Sport cyclist", "Student"};
    const char *comments[] = {"Quick and easy, great staff.", "Took far too long, annoying.",
                              "It was fine.", "Best shop in town!", "Confusing size guide."};
    const double sentiments[] = {0.8, -0.7, 0.1, 0.9, -0.5};
    QRandomGenerator random(20260101);
    for (int i = 0; i < ResponseCount; ++i) {
        const int kind = int(random.bounded(100));
        const char *metric = kind < 45 ? "nps" : kind < 75 ? "csat" : "ces";
        const int min = kind < 45 ? 0 : 1;
        const int max = kind < 45 ? 10 : kind < 75 ? 5 : 7;
        sqlite3_bind_int64(insert, 1, touchpoints.at(int(random.bounded(touchpoints.size()))));
        sqlite3_bind_text(insert, 2, channels[random.bounded(7)], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, segments[random.bounded(4)], -1, SQLITE_STATIC);
        const QByteArray respondent = "R" + QByteArray::number(i);
        sqlite3_bind_text(insert, 4, respondent.constData(), int(respondent.size()),
                          SQLITE_TRANSIENT);
        char date[40];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2025 + int(random.bounded(2)),
                      1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
        sqlite3_bind_text(insert, 5, date, 10, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, metric, -1, SQLITE_STATIC);
        sqlite3_bind_double(insert, 7, min + int(random.bounded(max - min + 1)));
        sqlite3_bind_int(insert, 8, min);
        sqlite3_bind_int(insert, 9, max);
        if (random.bounded(100) < 30) {
            const int c = int(random.bounded(5));
            sqlite3_bind_text(insert, 10, comments[c], -1, SQLITE_STATIC);
            sqlite3_bind_double(insert, 11, sentiments[c]);
        } else {
            sqlite3_bind_text(insert, 10, "", 0, SQLITE_STATIC);
            sqlite3_bind_null(insert, 11);
        }
        if (sqlite3_step(insert) != SQLITE_DONE) {
            sqlite3_finalize(insert);
            return fail();
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    sqlite3_close(db);
    return true;
}

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (!info.waitForFinished(60000))
        return -1;
    for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// One report in this process: wall time, pages, bytes and the growth of peak memory.
bool inProcess(Project &project, const char *label, const ReportOptions &options,
               const QString &pdf)
{
    MetricsEngine engine(project); // cold: nothing cached
    QString error;
    ReportService::Result result;
    const qint64 peakBefore = kbFromStatus("VmHWM:");
    QElapsedTimer timer;
    timer.start();
    const bool ok = ReportService::writePdf(project, &engine, options, pdf, &error, &result);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!ok) {
        std::fprintf(stderr, "bench_report: %s: %s\n", label, qPrintable(error));
        return false;
    }
    const qint64 peak = kbFromStatus("VmHWM:");
    std::printf("  %-34s %8.0f ms  %4d pages  %9lld bytes  peak RSS %6.1f MB (+%.1f MB)  %s\n",
                label, ms, result.pages, result.bytes, double(peak) / 1024,
                double(peak - peakBefore) / 1024, ms < 3000 ? "ok" : "OVER");
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("bench.waymark"));
    QList<Id> touchpoints;
    {
        DocumentError error;
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Project> project
            = Project::create(path, benchmarkMap(&touchpoints), &error);
        if (!project || project->cardCount() != CardCount) {
            std::fprintf(stderr, "bench_report: could not create the project (%d cards): %s\n",
                         project ? project->cardCount() : -1, qPrintable(error.message));
            return 1;
        }
        std::printf("bench_report: %d cards (%lld touchpoints), %d stages; built in %.0f ms\n",
                    CardCount, qint64(touchpoints.size()), StageCount,
                    double(timer.nsecsElapsed()) / 1e6);
    }
    QString error;
    QElapsedTimer fill;
    fill.start();
    if (!fillResponses(path, touchpoints, &error)) {
        std::fprintf(stderr, "bench_report: could not add the responses: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_report: %d responses added in %.0f ms\n", ResponseCount,
                double(fill.nsecsElapsed()) / 1e6);

    DocumentError openError;
    std::unique_ptr<Project> project = Project::open(path, {}, &openError);
    if (!project) {
        std::fprintf(stderr, "bench_report: open failed: %s\n", qPrintable(openError.message));
        return 1;
    }
    std::printf("PDF report (budget 3000 ms), in process with a cold metrics engine:\n");
    ReportOptions summary;
    summary.sections = ReportOptions::Section::Cover | ReportOptions::Section::Summary;
    ReportOptions map;
    map.sections = ReportOptions::Section::Map;
    ReportOptions stages;
    stages.sections = ReportOptions::Section::Stages;
    ReportOptions all;
    if (!inProcess(*project, "cover + summary", summary, dir.filePath(QStringLiteral("a.pdf")))
        || !inProcess(*project, "map only", map, dir.filePath(QStringLiteral("b.pdf")))
        || !inProcess(*project, "stage pages only", stages, dir.filePath(QStringLiteral("c.pdf")))
        || !inProcess(*project, "whole report", all, dir.filePath(QStringLiteral("d.pdf"))))
        return 1;
    project.reset();

    // The CLI as a batch job would run it: open, compute, render, write.
    const QString pdf = dir.filePath(QStringLiteral("cli.pdf"));
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(WAYMARK_CLI),
              {QStringLiteral("export"), path, QStringLiteral("--pdf"), pdf});
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0) {
        std::fprintf(stderr, "bench_report: waymark-cli export --pdf failed\n");
        return 1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("  %-34s %8.0f ms  %4d pages  %9lld bytes  peak RSS %6.1f MB  %s\n",
                "waymark-cli export --pdf (process)", ms, pdfPages(pdf), QFileInfo(pdf).size(),
                double(usage.ru_maxrss) / 1024, ms < 3000 ? "ok" : "OVER");
    return 0;
}
