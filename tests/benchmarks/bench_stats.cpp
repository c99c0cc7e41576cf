// Benchmark of the metrics engine and `waymark-cli stats` against DESIGN.md section 7:
//   stats over 1M responses on 500 cards          < 250 ms
//   open a project with 1M responses               interactive in < 1 s, < 250 MB resident
// Builds a project with 500 touchpoints over five stages and 1,000,000 responses (inserted
// with the sqlite3 C API in one transaction), then prints wall and CPU times of the engine's
// breakdowns (cold: first call, nothing cached; warm: from the cache), of Project::open, of
// `waymark-cli stats --json` as a process, and the resident memory after opening the project
// and computing every card's scores (measured in a child process of its own, so that
// building the file does not count). It never fails on timing; it fails when its setup
// breaks or the figures are wrong.

#include "metrics/metricsengine.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Waymark;

namespace {

constexpr int CardCount = 500;
constexpr int StageCount = 5;
constexpr int ResponseCount = 1000000;

// CPU time of the children this process has waited for (QProcess waits for its own).
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing measure(const std::function<void()> &work)
{
    QElapsedTimer timer;
    const double cpu = cpuSeconds();
    timer.start();
    work();
    return {double(timer.nsecsElapsed()) / 1e6, (cpuSeconds() - cpu) * 1000};
}

// The median of several runs, by wall time.
Timing median(QList<Timing> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Timing &a, const Timing &b) { return a.wallMs < b.wallMs; });
    return runs.at(runs.size() / 2);
}

void report(const char *what, const Timing &t, double budgetMs = 0)
{
    if (budgetMs > 0) {
        std::printf("  %-44s %9.1f ms wall %9.1f ms cpu   budget %6.0f ms  %s\n", what, t.wallMs,
                    t.cpuMs, budgetMs, t.wallMs < budgetMs ? "ok" : "OVER (wall)");
    } else {
        std::printf("  %-44s %9.1f ms wall %9.1f ms cpu\n", what, t.wallMs, t.cpuMs);
    }
    std::fflush(stdout);
}

MapData benchmarkMap()
{
    MapData map;
    map.title = QStringLiteral("Stats benchmark");
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
    for (int l = 0; l < 2; ++l) {
        Lane lane;
        lane.id = 20 + l;
        lane.journeyId = 1;
        lane.kind = l == 0 ? LaneKind::Touchpoints : LaneKind::Channels;
        lane.name = l == 0 ? QStringLiteral("Touchpoints") : QStringLiteral("Channels");
        lane.position = l;
        mj.lanes.append(lane);
    }
    // 100 touchpoints per stage, 50 in each lane; display order: stage, lane, position.
    for (int s = 0; s < StageCount; ++s) {
        for (int l = 0; l < 2; ++l) {
            for (int i = 0; i < CardCount / StageCount / 2; ++i) {
                Card card;
                card.id = 1000 + Id(mj.cards.size());
                card.journeyId = 1;
                card.stageId = 10 + s;
                card.laneId = 20 + l;
                card.position = i;
                card.kind = CardKind::Touchpoint;
                card.title = QStringLiteral("Touchpoint %1.%2.%3").arg(s + 1).arg(l + 1).arg(i + 1);
                card.channel = enumValues<Channel>().at(1 + i % 9);
                mj.cards.append(card);
            }
        }
    }
    map.journeys.append(mj);
    return map;
}

// 1,000,000 responses in random order, as imports of several surveys would leave them:
// 40 % NPS, 25 % CSAT, 20 % CES, 10 % rating, 5 % comments without a score; 5 % about the
// journey rather than a touchpoint; 30 % with a comment and its sentiment; two years of
// dates; nine channels; four segments.
bool fillResponses(const QString &path, qint64 *npsCount, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    auto fail = [&]() {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return false;
    };
    // A big page cache for the bulk insert only: the indexes are updated in random order.
    if (sqlite3_exec(db, "PRAGMA cache_size = -262144; BEGIN", nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail();
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO feedback (journey_id, card_id, source, channel, segment, "
                           "respondent, date, metric, score, scale_min, scale_max, comment, "
                           "sentiment) VALUES (1, ?, 'survey', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr)
        != SQLITE_OK)
        return fail();
    struct MetricShare
    {
        const char *key;
        int min;
        int max;
        int percent;
    };
    const MetricShare metrics[] = {{"nps", 0, 10, 40},
                                   {"csat", 1, 5, 25},
                                   {"ces", 1, 7, 20},
                                   {"rating", 1, 5, 10},
                                   {"none", 0, 0, 5}};
    const char *channels[]
        = {"store", "web", "app", "social", "email", "phone", "chat", "partner", "other"};
    const char *segments[] = {"Commuter", "Family rider", "Sport cyclist", "Student"};
    const char *comments[] = {"Quick and easy, great staff.", "Took far too long, annoying.",
                              "It was fine.", "Best shop in town!", "Confusing size guide."};
    QRandomGenerator random(20260101);
    *npsCount = 0;
    for (int i = 0; i < ResponseCount; ++i) {
        int pick = int(random.bounded(100));
        const MetricShare *m = metrics;
        while (pick >= m->percent) {
            pick -= m->percent;
            ++m;
        }
        const bool journeyLevel = random.bounded(100) < 5;
        if (journeyLevel)
            sqlite3_bind_null(insert, 1);
        else
            sqlite3_bind_int64(insert, 1, 1000 + random.bounded(CardCount));
        sqlite3_bind_text(insert, 2, channels[random.bounded(9)], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, segments[random.bounded(4)], -1, SQLITE_STATIC);
        const QByteArray respondent = "R" + QByteArray::number(random.bounded(300000));
        sqlite3_bind_text(insert, 4, respondent.constData(), int(respondent.size()),
                          SQLITE_TRANSIENT);
        char date[11];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2024 + int(random.bounded(2)),
                      1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
        sqlite3_bind_text(insert, 5, date, 10, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, m->key, -1, SQLITE_STATIC);
        if (m->max > m->min)
            sqlite3_bind_double(insert, 7, m->min + int(random.bounded(m->max - m->min + 1)));
        else
            sqlite3_bind_null(insert, 7);
        sqlite3_bind_int(insert, 8, m->min);
        sqlite3_bind_int(insert, 9, m->max);
        if (random.bounded(100) < 30 || m->max == 0) {
            const int c = int(random.bounded(5));
            sqlite3_bind_text(insert, 10, comments[c], -1, SQLITE_STATIC);
            sqlite3_bind_double(insert, 11, double(int(random.bounded(20001)) - 10000) / 10000);
        } else {
            sqlite3_bind_text(insert, 10, "", 0, SQLITE_STATIC);
            sqlite3_bind_null(insert, 11);
        }
        if (sqlite3_step(insert) != SQLITE_DONE) {
            sqlite3_finalize(insert);
            return fail();
        }
        sqlite3_reset(insert);
        if (m == metrics)
            ++*npsCount;
    }
    sqlite3_finalize(insert);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    sqlite3_close(db);
    return true;
}

// The child process: open the project as the GUI does, compute every card's scores, report.
int openAndMeasure(const QString &path)
{
    const qint64 before = residentKb();
    std::unique_ptr<Project> project;
    DocumentError error;
    const Timing open = measure([&] { project = Project::open(path, {}, &error); });
    if (!project) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message));
        return 1;
    }
    MetricsEngine engine(*project);
    const Id journeyId = project->journeys().first().id;
    MetricFilter filter;
    filter.journeyId = journeyId;
    // What the map shows first: every card's and stage's score of one metric.
    qint64 n = 0;
    const Timing scores = measure([&] {
        for (const Card &card : project->cards(journeyId))
            n += engine.cardScore(card.id, Metric::Nps, filter).n;
        for (Id stageId : project->stageIds(journeyId))
            engine.stageScore(stageId, Metric::Nps, filter);
    });
    std::printf("open_wall_ms=%.1f open_cpu_ms=%.1f scores_wall_ms=%.1f scores_cpu_ms=%.1f "
                "rss_before_kb=%lld rss_kb=%lld responses=%lld",
                open.wallMs, open.cpuMs, scores.wallMs, scores.cpuMs, before, residentKb(), n);
    // Then every other metric too (the CLI's table), and the resident memory after it all.
    const Timing all = measure([&] {
        for (Metric metric : {Metric::Csat, Metric::Ces, Metric::Rating}) {
            for (const Card &card : project->cards(journeyId))
                engine.cardScore(card.id, metric, filter);
        }
        engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Month, filter);
        engine.heatmap(Metric::Nps, filter);
    });
    std::printf(" more_wall_ms=%.1f more_cpu_ms=%.1f rss_after_kb=%lld\n", all.wallMs, all.cpuMs,
                residentKb());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--open-and-measure"))
        return openAndMeasure(args.at(2));

    // WAYMARK_BENCH_DIR keeps the project file for a look with sqlite3 afterwards.
    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("WAYMARK_BENCH_DIR");
    if (keep.isEmpty() && !temporary.isValid()) {
        std::fprintf(stderr, "bench_stats: no temporary folder\n");
        return 1;
    }
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString path = dir.filePath(QStringLiteral("stats-benchmark.waymark"));
    QFile::remove(path);
    std::printf("bench_stats: %d responses on %d touchpoints in %d stages\n", ResponseCount,
                CardCount, StageCount);

    // --- Build the project --------------------------------------------------------------
    {
        DocumentError error;
        const std::unique_ptr<Project> project = Project::create(path, benchmarkMap(), &error);
        if (!project || project->cardCount() != CardCount) {
            std::fprintf(stderr, "bench_stats: could not create the project: %s\n",
                         qPrintable(error.message));
            return 1;
        }
    }
    qint64 npsCount = 0;
    QString fillError;
    const Timing fill = measure([&] {
        if (!fillResponses(path, &npsCount, &fillError))
            npsCount = -1;
    });
    if (npsCount < 0) {
        std::fprintf(stderr, "bench_stats: could not insert responses: %s\n",
                     qPrintable(fillError));
        return 1;
    }
    std::printf("\nSetup\n");
    report("insert 1,000,000 responses (one transaction)", fill);
    std::printf("  file size %.1f MB\n", double(QFileInfo(path).size()) / 1e6);

    // --- Opening -------------------------------------------------------------------------
    std::printf("\nOpening (DESIGN.md 7: interactive in < 1 s, < 250 MB resident)\n");
    QList<Timing> opens;
    std::unique_ptr<Project> project;
    for (int i = 0; i < 3; ++i) {
        project.reset();
        DocumentError error;
        opens.append(measure([&] { project = Project::open(path, {}, &error); }));
        if (!project) {
            std::fprintf(stderr, "bench_stats: open failed: %s\n", qPrintable(error.message));
            return 1;
        }
    }
    report("Project::open (read-write, median of 3)", median(opens), 1000);
    {
        QList<Timing> readOnly;
        for (int i = 0; i < 3; ++i) {
            Document::OpenOptions options;
            options.access = Document::Access::ReadOnly;
            DocumentError error;
            std::unique_ptr<Project> p;
            readOnly.append(measure([&] { p = Project::open(path, options, &error); }));
            if (!p) {
                std::fprintf(stderr, "bench_stats: read-only open failed: %s\n",
                             qPrintable(error.message));
                return 1;
            }
        }
        report("Project::open (read-only, median of 3)", median(readOnly));
    }

    // --- Engine --------------------------------------------------------------------------
    MetricsEngine engine(*project);
    const Id journeyId = project->journeys().first().id;
    MetricFilter filter;
    filter.journeyId = journeyId;
    const qint64 total = engine.total(Metric::Nps, filter).n;
    if (total != npsCount) {
        std::fprintf(stderr,
                     "bench_stats: the engine counts %lld NPS responses, %lld were "
                     "inserted\n",
                     total, npsCount);
        return 1;
    }
    std::printf("\nMetricsEngine, NPS (%lld responses; budget of stats: 250 ms)\n", total);
    struct Case
    {
        const char *name;
        MetricsEngine::GroupBy groupBy;
    };
    const Case cases[] = {
        {"card", MetricsEngine::GroupBy::Card},       {"stage", MetricsEngine::GroupBy::Stage},
        {"lane", MetricsEngine::GroupBy::Lane},       {"channel", MetricsEngine::GroupBy::Channel},
        {"segment", MetricsEngine::GroupBy::Segment}, {"month", MetricsEngine::GroupBy::Month},
        {"quarter", MetricsEngine::GroupBy::Quarter}};
    for (const Case &c : cases) {
        QList<Timing> cold;
        QList<Timing> warm;
        qsizetype groups = 0;
        for (int i = 0; i < 3; ++i) {
            engine.invalidate();
            cold.append(
                measure([&] { groups = engine.breakdown(Metric::Nps, c.groupBy, filter).size(); }));
        }
        for (int i = 0; i < 5; ++i) {
            warm.append(measure([&] { engine.breakdown(Metric::Nps, c.groupBy, filter); }));
        }
        const QByteArray cold_name = QByteArray("breakdown by ") + c.name + " ("
                                     + QByteArray::number(groups) + " groups), cold";
        report(cold_name.constData(), median(cold), 250);
        const QByteArray warm_name = QByteArray("breakdown by ") + c.name + ", warm";
        report(warm_name.constData(), median(warm), 250);
    }
    {
        engine.invalidate();
        report("heatmap stage x channel, cold",
               measure([&] { engine.heatmap(Metric::Nps, filter); }), 250);
        report("heatmap stage x lane, cold",
               measure([&] { engine.heatmap(Metric::Nps, filter, true); }));
        report("distribution 0..10, cold",
               measure([&] { engine.distribution(Metric::Nps, filter); }));
        report("distribution 0..10 of one card, cold",
               measure([&] { engine.distribution(Metric::Nps, filter, 1000); }));
        report("10 most negative verbatims, cold",
               measure([&] { engine.verbatims(filter, 10, true); }));
        report("10 most positive verbatims of a stage, cold",
               measure([&] { engine.verbatims(filter, 10, false, NoId, 12); }));
        report("net sentiment (all comments), cold", measure([&] { engine.sentiment(filter); }));
        MetricFilter dated = filter;
        dated.from = QDate(2025, 1, 1);
        dated.to = QDate(2025, 3, 31);
        dated.segment = QStringLiteral("Commuter");
        report("breakdown by stage, one quarter and segment", measure([&] {
                   engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Stage, dated);
               }),
               250);
        engine.invalidate();
        report("scores of every card x 4 metrics (as stats), cold", measure([&] {
                   for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
                       for (Id cardId = 1000; cardId < 1000 + CardCount; ++cardId)
                           engine.cardScore(cardId, metric, filter);
                   }
               }),
               250);
        engine.invalidate();
        report("breakdown by card x 4 metrics, cold", measure([&] {
                   for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating})
                       engine.breakdown(metric, MetricsEngine::GroupBy::Card, filter);
               }));
    }
    project.reset();

    // --- The CLI, as a process -------------------------------------------------------------
    std::printf("\nwaymark-cli stats (a process: start-up, opening checks and figures)\n");
    auto runCli = [&](const QStringList &arguments, QByteArray *output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        const double childCpu = childCpuSeconds();
        timer.start();
        process.start(QStringLiteral(WAYMARK_CLI), arguments);
        const bool ok = process.waitForFinished(600000) && process.exitCode() == 0;
        Timing t{double(timer.nsecsElapsed()) / 1e6, (childCpuSeconds() - childCpu) * 1000};
        if (output)
            *output = process.readAllStandardOutput();
        if (!ok) {
            std::fprintf(stderr, "bench_stats: waymark-cli failed: %s\n",
                         process.readAllStandardError().constData());
            t.wallMs = -1;
        }
        return t;
    };
    for (const QStringList &extra :
         {QStringList{QStringLiteral("--json")},
          QStringList{QStringLiteral("--by"), QStringLiteral("month")},
          QStringList{QStringLiteral("--by"), QStringLiteral("channel")}}) {
        QList<Timing> runs;
        QByteArray output;
        for (int i = 0; i < 3; ++i) {
            runs.append(runCli(QStringList{QStringLiteral("stats"), path} + extra, &output));
            if (runs.last().wallMs < 0)
                return 1;
        }
        const QByteArray name
            = "waymark-cli stats " + extra.join(QLatin1Char(' ')).toUtf8() + " (median of 3)";
        report(name.constData(), median(runs), 250);
        if (extra.first() == QLatin1String("--json") && !output.contains("\"touchpoints\"")) {
            std::fprintf(stderr, "bench_stats: unexpected output of stats --json\n");
            return 1;
        }
    }
    {
        QList<Timing> runs;
        for (int i = 0; i < 3; ++i) {
            runs.append(runCli({QStringLiteral("info"), path}, nullptr));
            if (runs.last().wallMs < 0)
                return 1;
        }
        report("waymark-cli info (opening alone, for comparison)", median(runs));
    }

    // --- Opening and memory, in a fresh process ----------------------------------------------
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--open-and-measure"), path});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        std::fprintf(stderr, "bench_stats: measuring child failed: %s\n",
                     child.readAllStandardError().constData());
        return 1;
    }
    const QByteArray line = child.readAllStandardOutput().trimmed();
    QHash<QByteArray, double> values;
    for (const QByteArray &pair : line.split(' ')) {
        const QList<QByteArray> kv = pair.split('=');
        if (kv.size() == 2)
            values.insert(kv.at(0), kv.at(1).toDouble());
    }
    std::printf("\nA fresh process opens the project (read-write, as the GUI does) and computes "
                "the map's scores\n");
    report("Project::open", {values.value("open_wall_ms"), values.value("open_cpu_ms")}, 1000);
    report("NPS of 500 cards and 5 stages",
           {values.value("scores_wall_ms"), values.value("scores_cpu_ms")});
    report("open + NPS scores (interactive)",
           {values.value("open_wall_ms") + values.value("scores_wall_ms"),
            values.value("open_cpu_ms") + values.value("scores_cpu_ms")},
           1000);
    report("then CSAT, CES, rating, NPS by month, heatmap",
           {values.value("more_wall_ms"), values.value("more_cpu_ms")});
    const double rssMb = values.value("rss_kb") / 1024;
    const double rssAfterMb = values.value("rss_after_kb") / 1024;
    std::printf("  %-44s %9.1f MB (before opening %.1f MB)   budget    250 MB  %s\n",
                "resident memory after open + NPS scores", rssMb,
                values.value("rss_before_kb") / 1024, rssMb < 250 ? "ok" : "OVER");
    std::printf("  %-44s %9.1f MB                           budget    250 MB  %s\n",
                "resident memory after all of the above", rssAfterMb,
                rssAfterMb < 250 ? "ok" : "OVER");
    if (qint64(values.value("responses")) <= 0) {
        std::fprintf(stderr, "bench_stats: the child counted no responses\n");
        return 1;
    }
    std::printf("\nTimes are wall clock on this machine (CPU time beside them: other work on a "
                "busy machine inflates the wall time). \"Cold\" is the engine's cache; the "
                "file is in the OS page cache.\n");
    return 0;
}
