// The kill -9 proof of Waymark's save model (DESIGN.md section 3): every undoable edit
// commits straight into the file in one transaction (journal_mode DELETE, synchronous
// FULL). waymark-editloop edits a copy of the sample project through the real undo
// commands; it is killed with SIGKILL at an arbitrary moment, and the file must then
//  - pass Document::check (identity, quick_check, schema, foreign keys), also while the
//    hot journal of the interrupted edit is still beside it;
//  - open read-write: the stale lock of the dead process is taken over and the hot
//    journal rolled back;
//  - be consistent: dense positions in every list, cards and connections inside their
//    journey, no broken foreign keys;
//  - hold exactly the state after the last edit the editloop reported (N), or the one
//    after it (N+1: committed, killed before it could report), which a replay of the
//    same seed reproduces.

#include "io/jsonmapwriter.h"
#include "io/templates.h"
#include "project/project.h"
#include "storage/document.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

#include <csignal>
#include <sys/types.h>

using namespace Waymark;

namespace {

// Cards in the sample project: its journey and the journey's future state.
constexpr int SampleCards = 120;

constexpr int Runs = 25;

QString lockPathOf(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

// A rollback journal SQLite would play back: it exists and does not start with a zero byte
// (in synchronous=FULL mode the header is zero until the journal has been synced, and
// such a journal is ignored because the file was not touched yet).
bool isHotJournal(const QString &journalPath)
{
    QFile file(journalPath);
    char first = 0;
    return file.open(QIODevice::ReadOnly) && file.getChar(&first) && first != 0;
}

QByteArray fingerprint(const Project &project)
{
    return QCryptographicHash::hash(writeJsonMap(project.toMapData()), QCryptographicHash::Sha1)
        .toHex();
}

// Output of one editloop run: the fingerprint after each reported edit (0 = as opened).
struct EditLog
{
    QHash<qint64, QByteArray> hashes;
    qint64 last = -1;
    QByteArray pending; // an incomplete last line

    void feed(const QByteArray &bytes)
    {
        pending += bytes;
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            if (words.size() == 2 && words.at(0) == "opened") {
                hashes.insert(0, words.at(1));
                last = qMax(last, qint64(0));
            } else if (words.size() == 3 && words.at(0) == "edit") {
                const qint64 n = words.at(1).toLongLong();
                hashes.insert(n, words.at(2));
                last = qMax(last, n);
            }
        }
    }
};

QProcessEnvironment editLoopEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // QHash iteration order must not differ between the run and its replay.
    env.insert(QStringLiteral("QT_HASH_SEED"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// Runs one SQL statement on a raw connection and returns the first column of each row.
QStringList sqlColumn(sqlite3 *db, const char *sql, bool *ok)
{
    QStringList rows;
    sqlite3_stmt *stmt = nullptr;
    *ok = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK;
    int rc = SQLITE_ROW;
    while (*ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        rows.append(text ? QString::fromUtf8(text) : QString());
    }
    *ok = *ok && rc == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killDuringEdits_data();
    void killDuringEdits();
    void interruptedChange_data();
    void interruptedChange();

private:
    // Replays the editloop with the same seed on a fresh copy for `edits` edits.
    bool replay(quint32 seed, qint64 edits, EditLog *log);
    void checkInvariants(const QString &path, int expectedCards);

    QTemporaryDir m_dir;
    QString m_original;
    int m_hotJournals = 0;
    int m_runs = 0;
    int m_aheadOfReport = 0;
};

void tst_CrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(WAYMARK_EDITLOOP)), WAYMARK_EDITLOOP);
    m_original = m_dir.filePath(QStringLiteral("sample.waymark"));
    MapData map;
    QString error;
    QVERIFY2(Templates::load(Templates::sampleName(), &map, &error), qPrintable(error));
    DocumentError docError;
    std::unique_ptr<Project> project
        = Project::create(m_original, map, &docError, [](Project &p, QString *seedError) {
              return Templates::seed(Templates::sampleName(), p, seedError);
          });
    QVERIFY2(project, qPrintable(docError.message));
    QCOMPARE(project->cardCount(project->journeys().first().id), 60);
    QCOMPARE(project->cardCount(), SampleCards);
    project.reset();
    QVERIFY(!QFileInfo::exists(lockPathOf(m_original)));
}

void tst_CrashSafety::cleanupTestCase()
{
    // Not assertions (they depend on timing), but they show what the runs exercised.
    qInfo("%d of %d runs left a hot journal; %d ended one edit ahead of their last report",
          m_hotJournals, m_runs, m_aheadOfReport);
}

void tst_CrashSafety::killDuringEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("minEdits");
    QTest::addColumn<int>("delayUs");

    // Fixed seed: the same rows every time. The kill lands at a random-ish moment anyway
    // (the edits take as long as the disk needs), which is the point.
    QRandomGenerator random(0x57594D4B);
    for (int i = 0; i < Runs; ++i) {
        const quint32 seed = 1000 + quint32(i);
        const int minEdits = 1 + int(random.bounded(40u));
        // Every fifth run is killed the moment it reports; the others a little later.
        const int delayUs = i % 5 == 0 ? 0 : int(random.bounded(30000u));
        QTest::addRow("run%02d-seed%u-after%d-plus%dus", i, seed, minEdits, delayUs)
            << seed << minEdits << delayUs;
    }
}

void tst_CrashSafety::killDuringEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, minEdits);
    QFETCH(int, delayUs);

    const QString path = m_dir.filePath(QStringLiteral("run-%1.waymark").arg(seed));
    const QString journal = path + QStringLiteral("-journal");
    QVERIFY(QFile::copy(m_original, path));

    // 1. Edit until at least minEdits edits were reported, wait a little, kill -9.
    QProcess loop;
    loop.setProcessEnvironment(editLoopEnvironment());
    loop.start(QStringLiteral(WAYMARK_EDITLOOP),
               {path, QStringLiteral("--seed"), QString::number(seed)});
    QVERIFY2(loop.waitForStarted(30000), qPrintable(loop.errorString()));
    EditLog log;
    while (log.last < minEdits) {
        // False when the editloop stopped (or printed nothing for a minute).
        if (!loop.waitForReadyRead(60000))
            break;
        log.feed(loop.readAllStandardOutput());
    }
    QVERIFY2(log.last >= minEdits && loop.state() == QProcess::Running,
             qPrintable(QStringLiteral("the editloop stopped after %1 edits: %2")
                            .arg(log.last)
                            .arg(QString::fromLocal8Bit(loop.readAllStandardError()))));
    if (delayUs > 0)
        QThread::usleep(ulong(delayUs));
    QCOMPARE(::kill(pid_t(loop.processId()), SIGKILL), 0);
    // Reaps the process: a zombie would still count as the owner of the lock.
    QVERIFY(loop.waitForFinished(30000));
    QCOMPARE(loop.exitStatus(), QProcess::CrashExit);
    log.feed(loop.readAllStandardOutput());
    QVERIFY(log.hashes.contains(log.last));
    const QByteArray errors = loop.readAllStandardError();
    QVERIFY2(errors.isEmpty(), errors.constData());

    ++m_runs;
    if (isHotJournal(journal))
        ++m_hotJournals;
    // The dead process still "holds" its lock file: opening must recover it.
    QVERIFY(QFileInfo::exists(lockPathOf(path)));

    // 2. The file passes the integrity check as it was left, hot journal and all. The check
    // runs on a copy of the pair so that opening the original below meets the journal too.
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1.waymark").arg(seed));
    QVERIFY(QFile::copy(path, copy));
    if (QFileInfo::exists(journal))
        QVERIFY(QFile::copy(journal, copy + QStringLiteral("-journal")));
    const Document::CheckReport report = Document::check(copy);
    QVERIFY2(report.ok, qPrintable(report.lines.join(QLatin1Char(' '))));
    QVERIFY(!isHotJournal(copy + QStringLiteral("-journal")));
    QByteArray checked;
    {
        DocumentError error;
        Document::OpenOptions readOnly;
        readOnly.access = Document::Access::ReadOnly;
        std::unique_ptr<Project> project = Project::open(copy, readOnly, &error);
        QVERIFY2(project, qPrintable(error.message));
        checked = fingerprint(*project);
    }
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-journal"));

    // 3. It opens for editing: stale lock taken over, hot journal rolled back.
    QByteArray recovered;
    int cards = 0;
    {
        DocumentError error;
        std::unique_ptr<Project> project = Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY2(!project->document().isReadOnly(),
                 qPrintable(project->document().readOnlyReason()));
        QVERIFY(project->isEditable());
        QVERIFY(!isHotJournal(journal));
        recovered = fingerprint(*project);
        cards = project->cardCount();
    }
    QCOMPARE(recovered, checked);
    QVERIFY(!QFileInfo::exists(lockPathOf(path)));

    // 4. Consistent inside.
    checkInvariants(path, cards);
    if (QTest::currentTestFailed())
        return;

    // 5. The state of the last reported edit, or of the one after it.
    if (recovered != log.hashes.value(log.last)) {
        EditLog replayed;
        QVERIFY(replay(seed, log.last + 1, &replayed));
        // The replay is the same run (same seed, same file): otherwise this proves nothing.
        QCOMPARE(replayed.hashes.value(log.last), log.hashes.value(log.last));
        QVERIFY2(recovered == replayed.hashes.value(log.last + 1),
                 qPrintable(QStringLiteral("the file holds neither the state of edit %1 nor "
                                           "of edit %2")
                                .arg(log.last)
                                .arg(log.last + 1)));
        ++m_aheadOfReport;
    }
    QFile::remove(path);
    QFile::remove(journal);
}

// The same recovery, made deterministic: the state a kill leaves in the middle of a commit,
// built with the C API (a transaction whose cache spills writes pages into the file after
// journalling them; both files are copied while it is open).
void tst_CrashSafety::interruptedChange_data()
{
    QTest::addColumn<bool>("pastEnd");
    QTest::newRow("hot journal") << false;
    // Page 1 is written first at commit: killed before the pages it counts were appended,
    // the file looks cut off until the journal is rolled back.
    QTest::newRow("hot journal, page count past the end") << true;
}

void tst_CrashSafety::interruptedChange()
{
    QFETCH(bool, pastEnd);
    QByteArray original;
    {
        DocumentError error;
        Document::OpenOptions readOnly;
        readOnly.access = Document::Access::ReadOnly;
        std::unique_ptr<Project> project = Project::open(m_original, readOnly, &error);
        QVERIFY2(project, qPrintable(error.message));
        original = fingerprint(*project);
    }

    const QString live = m_dir.filePath(QStringLiteral("spill.waymark"));
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.waymark"));
    for (const QString &file : {live, crashed}) {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-journal"));
    }
    QVERIFY(QFile::copy(m_original, live));
    sqlite3 *db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(live).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    const QByteArray update = "PRAGMA cache_size = 1; BEGIN; UPDATE cards SET title = title || '"
                              + QByteArray(3000, 'x') + "';";
    QCOMPARE(sqlite3_exec(db, update.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    const bool copied
        = QFile::copy(live, crashed)
          && QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QVERIFY(copied);
    QVERIFY(isHotJournal(crashed + QStringLiteral("-journal")));

    QFile file(crashed);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes != [&] {
        QFile f(m_original);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    if (pastEnd) {
        // Only a valid crash state if the journal holds page 1 (records follow the first
        // sector: page number, page, checksum).
        QFile journalFile(crashed + QStringLiteral("-journal"));
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        const QByteArray journal = journalFile.readAll();
        const quint32 sector = qFromBigEndian<quint32>(journal.constData() + 20);
        const quint32 pageSize = qFromBigEndian<quint32>(journal.constData() + 24);
        bool hasPageOne = false;
        for (qint64 at = sector; at + 8 + pageSize <= quint32(journal.size()); at += 8 + pageSize) {
            hasPageOne = hasPageOne || qFromBigEndian<quint32>(journal.constData() + at) == 1;
        }
        QVERIFY(hasPageOne);
        QCOMPARE(bytes.mid(24, 4), bytes.mid(92, 4)); // the in-header page count is valid
        const quint32 pages = quint32(bytes.size() / pageSize) + 5;
        qToBigEndian<quint32>(pages, bytes.data() + 28);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    file.close();

    // Checked read-only (waymark-cli check, info, export) on one copy ...
    const QString copy = m_dir.filePath(QStringLiteral("crashed-copy.waymark"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(crashed, copy));
    QFile::remove(copy + QStringLiteral("-journal"));
    QVERIFY(QFile::copy(crashed + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
    const Document::CheckReport report = Document::check(copy);
    QVERIFY2(report.ok, qPrintable(report.lines.join(QLatin1Char(' '))));
    QVERIFY(!isHotJournal(copy + QStringLiteral("-journal")));
    {
        DocumentError error;
        Document::OpenOptions readOnly;
        readOnly.access = Document::Access::ReadOnly;
        std::unique_ptr<Project> project = Project::open(copy, readOnly, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(fingerprint(*project), original);
    }
    // ... and opened for editing on the other.
    {
        DocumentError error;
        std::unique_ptr<Project> project = Project::open(crashed, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(!project->document().isReadOnly());
        QVERIFY(!isHotJournal(crashed + QStringLiteral("-journal")));
        QCOMPARE(fingerprint(*project), original);
    }
    checkInvariants(crashed, SampleCards);
}

bool tst_CrashSafety::replay(quint32 seed, qint64 edits, EditLog *log)
{
    const QString path = m_dir.filePath(QStringLiteral("replay-%1.waymark").arg(seed));
    QFile::remove(path);
    if (!QFile::copy(m_original, path))
        return false;
    QProcess loop;
    loop.setProcessEnvironment(editLoopEnvironment());
    loop.start(QStringLiteral(WAYMARK_EDITLOOP),
               {path, QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--edits"),
                QString::number(edits)});
    if (!loop.waitForStarted(30000) || !loop.waitForFinished(120000))
        return false;
    log->feed(loop.readAllStandardOutput());
    const QByteArray errors = loop.readAllStandardError();
    if (!errors.isEmpty())
        qWarning("%s", errors.constData());
    QFile::remove(path);
    return loop.exitStatus() == QProcess::NormalExit && loop.exitCode() == 0 && log->last == edits;
}

void tst_CrashSafety::checkInvariants(const QString &path, int expectedCards)
{
    sqlite3 *db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    const auto closer = qScopeGuard([db] { sqlite3_close(db); });
    bool ok = false;
    auto one = [&](const char *sql) {
        const QStringList rows = sqlColumn(db, sql, &ok);
        return rows.value(0);
    };

    QCOMPARE(one("PRAGMA quick_check"), QStringLiteral("ok"));
    QVERIFY(ok);
    QCOMPARE(one("PRAGMA application_id"), QString::number(Schema::ApplicationId));
    QCOMPARE(one("PRAGMA user_version"), QString::number(Schema::CurrentVersion));
    QCOMPARE(one("PRAGMA journal_mode"), QStringLiteral("delete"));
    const QStringList brokenKeys = sqlColumn(db, "PRAGMA foreign_key_check", &ok);
    QVERIFY(ok);
    QVERIFY2(brokenKeys.isEmpty(), qPrintable(brokenKeys.join(QLatin1Char(' '))));

    // Positions are 0..n-1 within every list: journeys, each journey's stages and lanes,
    // each cell's cards.
    const char *const denseChecks[] = {
        "SELECT count(*) FROM (SELECT count(*) n, min(position) lo, max(position) hi, "
        "count(DISTINCT position) d FROM journeys) WHERE n > 0 AND (lo != 0 OR hi != n - 1 "
        "OR d != n)",
        "SELECT count(*) FROM (SELECT count(*) n, min(position) lo, max(position) hi, "
        "count(DISTINCT position) d FROM stages GROUP BY journey_id) "
        "WHERE lo != 0 OR hi != n - 1 OR d != n",
        "SELECT count(*) FROM (SELECT count(*) n, min(position) lo, max(position) hi, "
        "count(DISTINCT position) d FROM lanes GROUP BY journey_id) "
        "WHERE lo != 0 OR hi != n - 1 OR d != n",
        "SELECT count(*) FROM (SELECT count(*) n, min(position) lo, max(position) hi, "
        "count(DISTINCT position) d FROM cards GROUP BY stage_id, lane_id) "
        "WHERE lo != 0 OR hi != n - 1 OR d != n",
    };
    for (const char *sql : denseChecks) {
        QVERIFY2(one(sql) == QLatin1String("0") && ok, sql);
    }

    // Cards sit in a stage and a lane of their own journey; connections join cards of
    // their journey.
    QCOMPARE(one("SELECT count(*) FROM cards c LEFT JOIN stages s ON s.id = c.stage_id "
                 "LEFT JOIN lanes l ON l.id = c.lane_id WHERE s.id IS NULL OR l.id IS NULL "
                 "OR s.journey_id != c.journey_id OR l.journey_id != c.journey_id"),
             QStringLiteral("0"));
    QCOMPARE(one("SELECT count(*) FROM connections x LEFT JOIN cards a ON a.id = x.from_card "
                 "LEFT JOIN cards b ON b.id = x.to_card WHERE a.id IS NULL OR b.id IS NULL "
                 "OR a.journey_id != x.journey_id OR b.journey_id != x.journey_id"),
             QStringLiteral("0"));
    // Every card in the file was loaded by the project (none left out as not fitting).
    QCOMPARE(one("SELECT count(*) FROM cards"), QString::number(expectedCards));
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(tst_CrashSafety)

#include "tst_crashsafety.moc"
