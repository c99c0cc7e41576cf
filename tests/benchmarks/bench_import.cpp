// Import benchmark (DESIGN.md section 7): a 200,000-row long-format feedback CSV imported by
// FeedbackImporter::run into a fresh copy of a project made from the sample template,
// against the sqlite3 shell's `.import --csv` of the same file into a new database,
// measured side by side in the same run. Budget: the import takes at most 2x the shell.
// Prints both times, the ratio and rows/s. Timing never fails it: it exits 0 whatever the
// ratio, and 1 only when the import itself goes wrong.

#include "commands/addcardscommand.h"
#include "io/csvwriter.h"
#include "io/feedbackimporter.h"
#include "io/templates.h"
#include "project/project.h"
#include "storage/feedbackrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Waymark;

namespace {

constexpr int Rows = 200000;
// Runs of each side; the medians are compared. BENCH_IMPORT_RUNS overrides (for profiling).
constexpr int DefaultRuns = 3;
constexpr double Budget = 2.0;

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Touchpoints beyond the sample's own, so that the file names about 30 that exist.
const char *const ExtraTouchpoints[] = {
    "Bike configurator",     "Price comparison page", "Showroom greeting",  "Trade-in valuation",
    "Click and collect",     "Assembly at home",      "Payment by invoice", "Order confirmation",
    "Delivery tracking SMS", "Warranty registration", "Repair hotline",     "Spare parts shop",
    "Loyalty points",        "Birthday voucher",      "Community ride",     "Exit survey",
};

// Words customers use, with and without sentiment, for comments of 5 to 25 words.
const char *const Words[] = {
    "the",         "bike",     "staff",     "was",      "very",    "really",    "not",
    "quite",       "helpful",  "friendly",  "rude",     "slow",    "fast",      "quick",
    "easy",        "hard",     "confusing", "great",    "good",    "bad",       "terrible",
    "excellent",   "awful",    "love",      "hate",     "like",    "delivery",  "checkout",
    "website",     "app",      "store",     "service",  "price",   "expensive", "cheap",
    "fair",        "waiting",  "time",      "again",    "never",   "always",    "would",
    "recommend",   "to",       "friends",   "and",      "but",     "with",      "a",
    "lot",         "of",       "problems",  "no",       "issues",  "happy",     "disappointed",
    "thanks",      "for",      "help",      "booking",  "test",    "ride",      "frame",
    "size",        "guide",    "wrong",     "right",    "perfect", "okay",      "fine",
    "late",        "on",       "arrived",   "broken",   "damaged", "smooth",    "seamless",
    "frustrating", "annoying", "amazing",   "nice",     "poor",    "quality",   "support",
    "call",        "email",    "replied",   "within",   "hours",   "days",      "weeks",
    "mechanic",    "workshop", "saddle",    "brakes",   "gears",   "tyres",     "lights",
    "lock",        "helmet",   "offer",     "discount", "voucher", "points",    "club",
};

struct Touchpoint
{
    QString title;
    QString stage;
};

// A project made from the sample template, with extra touchpoint cards.
bool makeProject(const QString &path, QList<Touchpoint> *touchpoints)
{
    MapData map;
    QString error;
    if (!Templates::load(Templates::sampleName(), &map, &error)) {
        print(QStringLiteral("cannot load the sample template: ") + error);
        return false;
    }
    DocumentError docError;
    std::unique_ptr<Project> project
        = Project::create(path, map, &docError, [](Project &p, QString *seedError) {
              return Templates::seed(Templates::sampleName(), p, seedError);
          });
    if (!project) {
        print(QStringLiteral("cannot create the project: ") + docError.message);
        return false;
    }
    const Journey journey = project->journeys().first();
    const QList<Stage> stages = project->stages(journey.id);
    Id lane = NoId;
    for (const Lane &l : project->lanes(journey.id)) {
        if (l.kind == LaneKind::Touchpoints)
            lane = l.id;
    }
    QList<Card> extra;
    int i = 0;
    for (const char *title : ExtraTouchpoints) {
        Card card;
        card.id = -(i + 1);
        card.journeyId = journey.id;
        card.stageId = stages.at(i % stages.size()).id;
        card.laneId = lane;
        card.kind = CardKind::Touchpoint;
        card.title = QString::fromUtf8(title);
        card.position = 1000;
        extra.append(card);
        ++i;
    }
    if (!project->execute(new AddCardsCommand(*project, extra, {}))) {
        print(QStringLiteral("cannot add the touchpoints"));
        return false;
    }
    for (const Card &card : project->cards(journey.id)) {
        if (card.kind == CardKind::Touchpoint)
            touchpoints->append({card.title, project->stage(card.stageId).name});
    }
    return true;
}

bool writeCsv(const QString &path, const QList<Touchpoint> &touchpoints)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20240601);
    const QStringList channels
        = {QStringLiteral("web"),   QStringLiteral("app"),   QStringLiteral("store"),
           QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat")};
    const QStringList segments = {QStringLiteral("Commuter"), QStringLiteral("Family rider"),
                                  QStringLiteral("Sport cyclist"), QStringLiteral("Student")};
    const QDate start(2023, 1, 1);
    const int wordCount = int(std::size(Words));
    QByteArray bytes = "respondent,date,touchpoint,stage,channel,segment,metric,score,comment\n";
    for (int i = 0; i < Rows; ++i) {
        const Touchpoint &tp = touchpoints.at(random.bounded(int(touchpoints.size())));
        const int m = random.bounded(3);
        const char *metric = m == 0 ? "nps" : m == 1 ? "csat" : "ces";
        const int score = m == 0   ? random.bounded(11)
                          : m == 1 ? 1 + random.bounded(5)
                                   : 1 + random.bounded(7);
        QString comment;
        if (random.bounded(5) != 0) {
            const int n = 5 + random.bounded(21);
            for (int w = 0; w < n; ++w) {
                if (w > 0)
                    comment += random.bounded(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
                comment += QLatin1String(Words[random.bounded(wordCount)]);
            }
            comment[0] = comment.at(0).toUpper();
            comment += QLatin1Char('.');
        }
        const QStringList fields = {
            QStringLiteral("R%1").arg(100000 + random.bounded(90000)),
            start.addDays(random.bounded(700)).toString(Qt::ISODate),
            tp.title,
            tp.stage,
            channels.at(random.bounded(int(channels.size()))),
            segments.at(random.bounded(int(segments.size()))),
            QString::fromLatin1(metric),
            QString::number(score),
            comment,
        };
        QString line = CsvWriter::record(fields);
        line.chop(2); // CRLF -> LF, as most exports write it
        line += QLatin1Char('\n');
        bytes += line.toUtf8();
        if (bytes.size() > (4 << 20)) {
            if (file.write(bytes) != bytes.size())
                return false;
            bytes.clear();
        }
    }
    return file.write(bytes) == bytes.size();
}

// CPU seconds (user + system) of this process or of its finished children: on a busy
// machine the wall-clock times say less than what each side actually cost.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        print(QStringLiteral("no temporary folder"));
        return 1;
    }
    const QString projectPath = dir.filePath(QStringLiteral("sample.waymark"));
    QList<Touchpoint> touchpoints;
    if (!makeProject(projectPath, &touchpoints))
        return 1;
    const QString csv = dir.filePath(QStringLiteral("feedback.csv"));
    if (!writeCsv(csv, touchpoints)) {
        print(QStringLiteral("cannot write the CSV"));
        return 1;
    }
    print(QStringLiteral("bench_import: %1 rows, %2 MB, %3 touchpoints")
              .arg(Rows)
              .arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1)
              .arg(touchpoints.size()));

    ImportMapping mapping;
    mapping.layout = ImportMapping::Layout::Long;
    mapping.respondentColumn = QStringLiteral("respondent");
    mapping.dateColumn = QStringLiteral("date");
    mapping.touchpointColumn = QStringLiteral("touchpoint");
    mapping.stageColumn = QStringLiteral("stage");
    mapping.channelColumn = QStringLiteral("channel");
    mapping.segmentColumn = QStringLiteral("segment");
    mapping.metricColumn = QStringLiteral("metric");
    mapping.scoreColumn = QStringLiteral("score");
    mapping.commentColumn = QStringLiteral("comment");

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QList<double> shellTimes;
    QList<double> importTimes;
    QList<double> shellCpu;
    QList<double> importCpu;
    const int runs = qEnvironmentVariableIsSet("BENCH_IMPORT_RUNS")
                         ? qMax(1, qEnvironmentVariableIntValue("BENCH_IMPORT_RUNS"))
                         : DefaultRuns;
    for (int run = 0; run < runs; ++run) {
        if (!sqlite3.isEmpty()) {
            const QString db = dir.filePath(QStringLiteral("shell-%1.db").arg(run));
            QProcess process;
            const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
            QElapsedTimer timer;
            timer.start();
            process.start(sqlite3, {db, QStringLiteral(".import --csv %1 t").arg(csv)});
            const bool finished = process.waitForFinished(600000);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!finished || process.exitCode() != 0) {
                print(QStringLiteral("sqlite3 .import failed: ")
                      + QString::fromUtf8(process.readAllStandardError()));
            } else {
                shellTimes.append(seconds);
                shellCpu.append(cpuSeconds(RUSAGE_CHILDREN) - cpuBefore);
            }
            QFile::remove(db);
        }

        const QString copy = dir.filePath(QStringLiteral("copy-%1.waymark").arg(run));
        if (!QFile::copy(projectPath, copy)) {
            print(QStringLiteral("cannot copy the project"));
            return 1;
        }
        DocumentError error;
        std::unique_ptr<Document> document = Document::open(copy, {}, &error);
        if (!document) {
            print(QStringLiteral("cannot open the copy: ") + error.message);
            return 1;
        }
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = FeedbackImporter::run(*document, csv, mapping);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        importCpu.append(cpuSeconds(RUSAGE_SELF) - cpuBefore);
        if (!result.ok() || result.responsesImported != Rows || result.rejected != 0
            || !result.createdTouchpoints.isEmpty()) {
            print(QStringLiteral("the import went wrong: %1 (imported %2, rejected %3, created "
                                 "%4)")
                      .arg(result.error)
                      .arg(result.responsesImported)
                      .arg(result.rejected)
                      .arg(result.createdTouchpoints.size()));
            return 1;
        }
        importTimes.append(seconds);
        FeedbackRepository repo(*document);
        const qint64 stored = repo.countFeedback();
        document.reset();
        QFile::remove(copy);
        print(QStringLiteral("run %1: sqlite3 .import %2 s (cpu %3 s), FeedbackImporter::run %4 s "
                             "(cpu %5 s, %6 responses stored)")
                  .arg(run + 1)
                  .arg(shellTimes.isEmpty() ? 0.0 : shellTimes.last(), 0, 'f', 3)
                  .arg(shellCpu.isEmpty() ? 0.0 : shellCpu.last(), 0, 'f', 3)
                  .arg(seconds, 0, 'f', 3)
                  .arg(importCpu.last(), 0, 'f', 3)
                  .arg(stored));
    }

    const double importTime = median(importTimes);
    print(QStringLiteral("FeedbackImporter::run: %1 s median (cpu %2 s), %3 rows/s")
              .arg(importTime, 0, 'f', 3)
              .arg(median(importCpu), 0, 'f', 3)
              .arg(qRound64(Rows / importTime)));
    if (shellTimes.isEmpty()) {
        print(QStringLiteral("sqlite3 shell not found: no ratio (install it with "
                             "packaging/install-deps.sh)"));
        return 0;
    }
    const double shellTime = median(shellTimes);
    const double ratio = importTime / shellTime;
    print(QStringLiteral("sqlite3 .import: %1 s median (cpu %2 s), %3 rows/s")
              .arg(shellTime, 0, 'f', 3)
              .arg(median(shellCpu), 0, 'f', 3)
              .arg(qRound64(Rows / shellTime)));
    // Wall-clock, as the budget is written; the CPU ratio tells more on a loaded machine
    // (the import uses a second thread for the sentiment of comments, so its CPU time may
    // exceed its wall time).
    print(QStringLiteral("cpu ratio: %1").arg(median(importCpu) / median(shellCpu), 0, 'f', 2));
    print(QStringLiteral("ratio: %1 (budget <= %2): %3")
              .arg(ratio, 0, 'f', 2)
              .arg(Budget, 0, 'f', 1)
              .arg(ratio <= Budget ? QStringLiteral("within budget")
                                   : QStringLiteral("OVER BUDGET")));
    return 0;
}
