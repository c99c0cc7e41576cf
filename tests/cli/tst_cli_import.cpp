// End-to-end tests of `waymark-cli import` and `waymark-cli export --csv` (issue 4): the real
// binary on a wide survey and a long export written by the tests, the printed counts, the
// rejects file, strict mode, usage errors, missing files, a project in use, and the CSV
// export with its protection against spreadsheet formulas.

#include "io/csvreader.h"
#include "project/project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Waymark;

namespace {

const QString Prefix = QStringLiteral("waymark-cli: ");
const QString WarningPrefix = QStringLiteral("waymark-cli: warning: ");

struct Result
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList errLines() const
    {
        QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }

    QString describe() const
    {
        return QStringLiteral("finished %1, exit code %2, stdout: %3, stderr: %4")
            .arg(finished)
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(500)), QString::fromUtf8(err.left(2000)));
    }
};

// Empty when the run failed as waymark-cli must: the exit code, no crash, nothing on
// stdout, a sentence after "waymark-cli: " on stderr (one line for failures).
QString failureProblem(const Result &r, int expectedCode)
{
    if (!r.finished || r.status != QProcess::NormalExit)
        return QStringLiteral("did not exit normally: ") + r.describe();
    if (r.exitCode != expectedCode)
        return QStringLiteral("expected exit code %1: ").arg(expectedCode) + r.describe();
    if (!r.out.isEmpty())
        return QStringLiteral("expected nothing on stdout: ") + r.describe();
    const QStringList lines = r.errLines();
    if (expectedCode == 1 && lines.size() != 1)
        return QStringLiteral("expected one line on stderr: ") + r.describe();
    if (lines.isEmpty() || !lines.first().startsWith(Prefix)
        || !lines.first().trimmed().endsWith(QLatin1Char('.')))
        return QStringLiteral("expected a sentence after \"waymark-cli: \": ") + r.describe();
    return {};
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Rows of a query, values joined by ',' and rows by '|'.
QString sqlRows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QStringList rows;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            rows.append(QStringLiteral("<error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList values;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
                    values.append(QStringLiteral("NULL"));
                else if (sqlite3_column_type(stmt, i) == SQLITE_FLOAT)
                    values.append(QString::number(sqlite3_column_double(stmt, i)));
                else
                    values.append(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt, i))));
            }
            rows.append(values.join(QLatin1Char(',')));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return rows.join(QLatin1Char('|'));
}

QList<QStringList> readCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    CsvReader reader;
    if (!reader.openData(bytes))
        return rows;
    QStringList fields;
    while (reader.readRow(&fields))
        rows.append(fields);
    return rows;
}

// An airline-review style survey: one respondent per row, one 1-5 star column per
// touchpoint, ratings written as floats, blanks, month-year dates, CRLF line ends.
const QByteArray WideSurvey
    = "Date Flown,Type Of Traveller,Seat Comfort,Cabin Staff Service,Wifi & Connectivity,"
      "reviews\r\n"
      "August 2023,Business,3.0,4.0,,\"Trip Verified | Late boarding, friendly crew\"\r\n"
      "July 2023,Solo Leisure,5.0,5.0,1.0,Trip Verified | Fantastic flight\r\n"
      "July 2023,Couple Leisure,,2.0,,\r\n"
      "June 2023,Business,1.0,1.0,2.0,\"Trip Verified | Terrible, never again\"\r\n";

const QStringList WideOptions = {
    QStringLiteral("--wide"),
    QStringLiteral("Seat Comfort=Purchase & Service/Seat comfort"),
    QStringLiteral("--wide"),
    QStringLiteral("Cabin Staff Service=Purchase & Service/Cabin crew"),
    QStringLiteral("--wide"),
    QStringLiteral("Wifi & Connectivity=Purchase & Service/Wifi / connectivity"),
    QStringLiteral("--metric"),
    QStringLiteral("rating"),
    QStringLiteral("--date-column"),
    QStringLiteral("Date Flown"),
    QStringLiteral("--comment-column"),
    QStringLiteral("reviews"),
    QStringLiteral("--segment-column"),
    QStringLiteral("Type Of Traveller"),
    QStringLiteral("--source"),
    QStringLiteral("review"),
};

// A long export as a CX platform writes it: semicolons, decimal commas, dd/mm/yyyy dates,
// a touchpoint that exists nowhere yet, a journey-level row, "no answer" values.
const QByteArray LongExport
    = "respondent;date;touchpoint;stage;channel;segment;metric;score;comment\n"
      "R1;13/01/2024;Online checkout;Purchase & Service;web;Commuter;nps;10;Smooth and fast\n"
      "R2;14/01/2024;Online checkout;Purchase & Service;web;Family;nps;9;\n"
      "R3;15/01/2024;online  CHECKOUT;;web;Family;nps;6;\"Card refused; twice\"\n"
      "R4;15/01/2024;Store visit;Offering;store;Commuter;csat;4,5;Helpful staff\n"
      "R5;16/01/2024;Store visit;Offering;store;Commuter;csat;NA;\n"
      "R6;17/01/2024;;;;Commuter;nps;3;\n"
      "R7;18/01/2024;Online checkout;Purchase & Service;web;Family;nps;11;typo\n"
      "R8;32/01/2024;Store visit;Offering;store;Family;csat;2;\n";

} // namespace

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void wideSurvey();
    void longExport();
    void guessedColumns();
    void rejectsFile();
    void strict();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void projectInUse();
    void exportCsv();

private:
    Result run(const QStringList &arguments) const;
    QString newProject(const QString &name) const;

    QTemporaryDir m_dir;
};

Result tst_CliImport::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("WAYMARK_DEBUG"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(WAYMARK_CLI), arguments);
    Result r;
    r.finished = process.waitForStarted(30000) && process.waitForFinished(120000);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    r.status = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString tst_CliImport::newProject(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    const Result r = run(
        {QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("four-stage")});
    return r.exitCode == 0 ? path : QString();
}

void tst_CliImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(WAYMARK_CLI)));
}

void tst_CliImport::help()
{
    const Result r = run({QStringLiteral("help")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("import FILE CSV")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("export FILE --csv OUT")));
    QVERIFY(text.contains(QLatin1String("without a byte order mark")));
    for (const char *option : {"--wide",           "--touchpoint-column",
                               "--stage-column",   "--score-column",
                               "--metric ",        "--metric-column",
                               "--scale",          "--na",
                               "--date-column",    "--date-format",
                               "--comment-column", "--segment-column",
                               "--channel-column", "--respondent-column",
                               "--delimiter",      "--encoding",
                               "--rejects",        "--strict",
                               "--journey",        "--no-create",
                               "--source"}) {
        QVERIFY2(text.contains(QLatin1String(option)), option);
    }
}

void tst_CliImport::wideSurvey()
{
    const QString project = newProject(QStringLiteral("wide.waymark"));
    QVERIFY(!project.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("reviews.csv"));
    QVERIFY(writeFile(csv, WideSurvey));
    const Result r = run(QStringList{QStringLiteral("import"), project, csv} + WideOptions);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    // 4 rows x 3 columns = 12 values; blanks: 1 + 0 + 2 + 0 = 3.
    QCOMPARE(r.out, QByteArray("read 4, imported 9, skipped 3, rejected 0\n"));
    for (const QString &line : r.errLines())
        QVERIFY2(line.startsWith(WarningPrefix), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Seat comfort, Cabin crew, Wifi / connectivity"),
             qPrintable(r.describe()));

    // By hand: seat comfort 3, 5, 1 -> mean 3, top two 1; cabin crew 4, 5, 2, 1 -> mean 3,
    // top two 2; wifi 1, 2 -> mean 1.5.
    QCOMPARE(sqlRows(project, "SELECT c.title, count(*), avg(f.score), sum(f.score >= 4) "
                              "FROM feedback f JOIN cards c ON c.id = f.card_id "
                              "GROUP BY c.title ORDER BY c.title"),
             QStringLiteral("Cabin crew,4,3,2|Seat comfort,3,3,1|Wifi / connectivity,2,1.5,0"));
    QCOMPARE(sqlRows(project, "SELECT DISTINCT date, segment FROM feedback ORDER BY date, segment"),
             QStringLiteral("2023-06-01,Business|2023-07-01,Couple Leisure|2023-07-01,Solo "
                            "Leisure|2023-08-01,Business"));
    QCOMPARE(sqlRows(project, "SELECT DISTINCT source, metric, scale_min, scale_max FROM "
                              "feedback"),
             QStringLiteral("review,rating,1,5"));
    // The row's comment goes with each of its responses.
    QCOMPARE(sqlRows(project, "SELECT count(*) FROM feedback WHERE comment = 'Trip Verified | "
                              "Terrible, never again' AND sentiment < 0"),
             QStringLiteral("3"));
    QCOMPARE(sqlRows(project, "SELECT count(*), min(rows_read), min(rows_imported), "
                              "min(rows_skipped), min(file_name) FROM import_batches"),
             QStringLiteral("1,4,9,3,reviews.csv"));
    // Created in the touchpoints lane of "Purchase & Service".
    QCOMPARE(sqlRows(project, "SELECT DISTINCT s.name, l.kind, c.kind FROM cards c "
                              "JOIN stages s ON s.id = c.stage_id JOIN lanes l "
                              "ON l.id = c.lane_id"),
             QStringLiteral("Purchase & Service,touchpoints,touchpoint"));

    // A second import of the same file finds the touchpoints it created.
    const Result again = run(QStringList{QStringLiteral("import"), project, csv} + WideOptions);
    QCOMPARE(again.out, QByteArray("read 4, imported 9, skipped 3, rejected 0\n"));
    QVERIFY2(!again.err.contains("Created"), qPrintable(again.describe()));
    QCOMPARE(sqlRows(project, "SELECT count(*) FROM cards"), QStringLiteral("3"));
}

void tst_CliImport::longExport()
{
    const QString project = newProject(QStringLiteral("long.waymark"));
    QVERIFY(!project.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(writeFile(csv, LongExport));
    const Result r = run({QStringLiteral("import"),
                          project,
                          csv,
                          QStringLiteral("--touchpoint-column"),
                          QStringLiteral("touchpoint"),
                          QStringLiteral("--stage-column"),
                          QStringLiteral("stage"),
                          QStringLiteral("--score-column"),
                          QStringLiteral("score"),
                          QStringLiteral("--metric-column"),
                          QStringLiteral("metric"),
                          QStringLiteral("--date-column"),
                          QStringLiteral("date"),
                          QStringLiteral("--channel-column"),
                          QStringLiteral("channel"),
                          QStringLiteral("--segment-column"),
                          QStringLiteral("segment"),
                          QStringLiteral("--respondent-column"),
                          QStringLiteral("respondent"),
                          QStringLiteral("--comment-column"),
                          QStringLiteral("comment")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    // R5 is "no answer"; R7 (11 on 0-10) and R8 (32/01) are rejected.
    QCOMPARE(r.out, QByteArray("read 8, imported 5, skipped 1, rejected 2\n"));
    const QStringList lines = r.errLines();
    QVERIFY2(lines.contains(WarningPrefix
                            + QStringLiteral("Line 8: The score 11 in the column “score” is "
                                             "outside the NPS scale 0–10.")),
             qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Line 9: The date “32/01/2024”"), qPrintable(r.describe()));
    // NPS by hand over R1, R2, R3, R6: promoters 2, detractors 2 -> 0; checkout alone: 2 of 3
    // promoters, 1 detractor -> +33.3.
    QCOMPARE(sqlRows(project, "SELECT round(100.0 * (sum(score >= 9) - sum(score <= 6)) / "
                              "count(*), 1) FROM feedback WHERE metric = 'nps'"),
             QStringLiteral("0"));
    QCOMPARE(sqlRows(project, "SELECT round(100.0 * (sum(f.score >= 9) - sum(f.score <= 6)) / "
                              "count(*), 1), count(*) FROM feedback f JOIN cards c ON c.id = "
                              "f.card_id WHERE c.title = 'Online checkout'"),
             QStringLiteral("33.3,3"));
    QCOMPARE(sqlRows(project, "SELECT respondent, date, score, comment FROM feedback "
                              "WHERE metric = 'csat' OR card_id IS NULL ORDER BY id"),
             QStringLiteral("R4,2024-01-15,4.5,Helpful staff|R6,2024-01-17,3,"));
    QCOMPARE(sqlRows(project, "SELECT comment FROM feedback WHERE respondent = 'R3'"),
             QStringLiteral("Card refused; twice"));
}

void tst_CliImport::guessedColumns()
{
    const QString project = newProject(QStringLiteral("guess.waymark"));
    const QString csv = m_dir.filePath(QStringLiteral("nps.csv"));
    QVERIFY(writeFile(csv, "user_id,text,NPS_Score\n17,\"Love the\ntemplates\",10\n18,,9\n"
                           "19,Too slow,2\n20,meh,\n"));
    const Result r = run({QStringLiteral("import"), project, csv});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QByteArray("read 4, imported 3, skipped 1, rejected 0\n"));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(sqlRows(project, "SELECT respondent, score, comment FROM feedback ORDER BY id"),
             QStringLiteral("17,10,Love the\ntemplates|18,9,|19,2,Too slow"));

    // A header with nothing that looks like scores cannot be guessed.
    const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
    QVERIFY(writeFile(plain, "a,b\n1,2\n"));
    const QByteArray before = sha256(project);
    const Result unguessable = run({QStringLiteral("import"), project, plain});
    QVERIFY2(failureProblem(unguessable, 1).isEmpty(), qPrintable(unguessable.describe()));
    QVERIFY(unguessable.err.contains("--score-column"));
    QCOMPARE(sha256(project), before);
}

void tst_CliImport::rejectsFile()
{
    const QString project = newProject(QStringLiteral("rejects.waymark"));
    const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
    QVERIFY(writeFile(csv, "id,nps,comment\n1,9,\"multi\nline\"\n2,eleven,x\n3,11,\"a, b\"\n"
                           "4,10\n"));
    const QString rejects = m_dir.filePath(QStringLiteral("rejected rows.csv"));
    const Result r = run({QStringLiteral("import"), project, csv, QStringLiteral("--score-column"),
                          QStringLiteral("nps"), QStringLiteral("--comment-column"),
                          QStringLiteral("comment"), QStringLiteral("--rejects"), rejects});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QByteArray("read 4, imported 1, skipped 0, rejected 3\n"));
    QCOMPARE(readAll(rejects),
             QByteArray("line,reason,id,nps,comment\r\n"
                        "4,The score “eleven” in the column “nps” is not a number.,2,eleven,x\r\n"
                        "5,The score 11 in the column “nps” is outside the NPS scale 0–10.,3,11,"
                        "\"a, b\"\r\n"
                        "6,\"The row has 2 fields, so it has no value for the column "
                        "“comment”.\",4,10\r\n"));
    // Ragged row 6 is also a warning.
    QVERIFY2(r.err.contains("Line 6 has 2 fields where the header has 3."),
             qPrintable(r.describe()));

    // Without rejects the file holds the header only.
    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    QVERIFY(writeFile(good, "id,nps\n1,9\n"));
    const Result clean
        = run({QStringLiteral("import"), project, good, QStringLiteral("--score-column"),
               QStringLiteral("nps"), QStringLiteral("--rejects"), rejects});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(readAll(rejects), QByteArray("line,reason,id,nps\r\n"));
}

void tst_CliImport::strict()
{
    const QString project = newProject(QStringLiteral("strict.waymark"));
    const QString csv = m_dir.filePath(QStringLiteral("s.csv"));
    QVERIFY(writeFile(csv, LongExport));
    const QByteArray before = sha256(project);
    const QString rejects = m_dir.filePath(QStringLiteral("strict-rejects.csv"));
    const Result r = run(
        {QStringLiteral("import"), project, csv, QStringLiteral("--score-column"),
         QStringLiteral("score"), QStringLiteral("--metric-column"), QStringLiteral("metric"),
         QStringLiteral("--touchpoint-column"), QStringLiteral("touchpoint"),
         QStringLiteral("--stage-column"), QStringLiteral("stage"), QStringLiteral("--date-column"),
         QStringLiteral("date"), QStringLiteral("--strict"), QStringLiteral("--rejects"), rejects});
    QVERIFY2(failureProblem(r, 1).isEmpty(), qPrintable(failureProblem(r, 1)));
    QVERIFY2(r.err.contains("line 8"), qPrintable(r.describe()));
    QCOMPARE(sha256(project), before);
    QCOMPARE(sqlRows(project, "SELECT count(*) FROM feedback"), QStringLiteral("0"));
    QCOMPARE(sqlRows(project, "SELECT count(*) FROM cards"), QStringLiteral("0"));
    // The rejects are still written, to fix the file with.
    QCOMPARE(readCsv(readAll(rejects)).size(), 3);
}

void tst_CliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    QTest::newRow("unknown metric")
        << QStringList{s("--score-column"), s("nps"), s("--metric"), s("happiness")};
    QTest::newRow("metric none") << QStringList{s("--score-column"), s("nps"), s("--metric"),
                                                s("none")};
    QTest::newRow("reversed scale")
        << QStringList{s("--score-column"), s("nps"), s("--scale"), s("10-0")};
    QTest::newRow("not a scale") << QStringList{s("--score-column"), s("nps"), s("--scale"),
                                                s("big")};
    QTest::newRow("bad wide") << QStringList{s("--wide"), s("Q1 Offering")};
    QTest::newRow("wide and long")
        << QStringList{s("--wide"), s("Q1=Offering/Store"), s("--score-column"), s("nps")};
    QTest::newRow("no score column") << QStringList{s("--touchpoint-column"), s("tp")};
    QTest::newRow("bad date format")
        << QStringList{s("--score-column"), s("nps"), s("--date-format"), s("yy")};
    QTest::newRow("long delimiter")
        << QStringList{s("--score-column"), s("nps"), s("--delimiter"), s("ab")};
    QTest::newRow("quote delimiter")
        << QStringList{s("--score-column"), s("nps"), s("--delimiter"), s("\"")};
    QTest::newRow("unknown encoding")
        << QStringList{s("--score-column"), s("nps"), s("--encoding"), s("EBCDIC")};
    QTest::newRow("unknown source")
        << QStringList{s("--score-column"), s("nps"), s("--source"), s("blog")};
    QTest::newRow("unknown option") << QStringList{s("--bogus")};
    QTest::newRow("option without value") << QStringList{s("--score-column")};
    QTest::newRow("no CSV") << QStringList{s("<no csv>")};
    QTest::newRow("too many arguments") << QStringList{s("extra.csv")};
}

void tst_CliImport::usageErrors()
{
    QFETCH(QStringList, options);
    const QString project = newProject(QStringLiteral("usage.waymark"));
    QVERIFY(!project.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("u.csv"));
    QVERIFY(writeFile(csv, "nps\n9\n"));
    const QByteArray before = sha256(project);
    QStringList arguments = {QStringLiteral("import"), project};
    if (options.first() == QLatin1String("<no csv>"))
        options.clear();
    else
        arguments.append(csv);
    const Result r = run(arguments + options);
    QVERIFY2(failureProblem(r, 2).isEmpty() || (r.exitCode == 2 && r.out.isEmpty()),
             qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errLines().first().startsWith(Prefix));
    QCOMPARE(sha256(project), before);
    QFile::remove(project);
}

void tst_CliImport::failures_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("CSV does not exist") << "no csv";
    QTest::newRow("project does not exist") << "no project";
    QTest::newRow("empty CSV") << "empty";
    QTest::newRow("missing column") << "missing column";
    QTest::newRow("unknown journey") << "journey";
    QTest::newRow("rejects in a missing folder") << "rejects";
}

void tst_CliImport::failures()
{
    QFETCH(QString, what);
    const QString project = newProject(QStringLiteral("fail.waymark"));
    QVERIFY(!project.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("f.csv"));
    QVERIFY(writeFile(csv, what == QLatin1String("empty") ? QByteArray() : "nps\n9\n"));
    QStringList arguments = {QStringLiteral("import"), project, csv,
                             QStringLiteral("--score-column"), QStringLiteral("nps")};
    if (what == QLatin1String("no csv"))
        arguments[2] = m_dir.filePath(QStringLiteral("nowhere.csv"));
    else if (what == QLatin1String("no project"))
        arguments[1] = m_dir.filePath(QStringLiteral("nowhere.waymark"));
    else if (what == QLatin1String("missing column"))
        arguments[4] = QStringLiteral("Score");
    else if (what == QLatin1String("journey"))
        arguments += {QStringLiteral("--journey"), QStringLiteral("Elsewhere")};
    else if (what == QLatin1String("rejects"))
        arguments += {QStringLiteral("--rejects"), m_dir.filePath(QStringLiteral("no/r.csv"))};
    const QByteArray before = sha256(project);
    const Result r = run(arguments);
    QVERIFY2(failureProblem(r, 1).isEmpty(), qPrintable(failureProblem(r, 1)));
    QCOMPARE(sha256(project), before);
    QCOMPARE(sqlRows(project, "SELECT count(*) FROM import_batches"), QStringLiteral("0"));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere.waymark"))));
    QFile::remove(project);
}

void tst_CliImport::projectInUse()
{
    const QString project = newProject(QStringLiteral("busy.waymark"));
    const QString csv = m_dir.filePath(QStringLiteral("b.csv"));
    QVERIFY(writeFile(csv, "nps\n9\n"));
    DocumentError error;
    std::unique_ptr<Project> open = Project::open(project, {}, &error);
    QVERIFY2(open, qPrintable(error.message));
    const QByteArray before = sha256(project);
    const Result r = run({QStringLiteral("import"), project, csv, QStringLiteral("--score-column"),
                          QStringLiteral("nps")});
    QVERIFY2(failureProblem(r, 1).isEmpty(), qPrintable(failureProblem(r, 1)));
    QVERIFY2(r.err.contains("in use by"), qPrintable(r.describe()));
    QCOMPARE(sha256(project), before);
    open.reset();
    const Result later = run({QStringLiteral("import"), project, csv,
                              QStringLiteral("--score-column"), QStringLiteral("nps")});
    QCOMPARE(later.out, QByteArray("read 1, imported 1, skipped 0, rejected 0\n"));
}

void tst_CliImport::exportCsv()
{
    const QString project = newProject(QStringLiteral("export.waymark"));
    const QString csv = m_dir.filePath(QStringLiteral("e.csv"));
    QVERIFY(writeFile(csv,
                      "respondent,date,touchpoint,stage,channel,segment,nps,comment\n"
                      "=HYPERLINK(\"x\"),2024-02-01,Checkout,Purchase & Service,web,"
                      "@admin,9,=cmd()\n"
                      "+44 20 7946 0000,2024-02-02,,,phone,-Family,0,\"-2 stars, \"\"bad\"\"\"\n"
                      "R3,,Checkout,Purchase & Service,,Commuter,10,@mention me\n"));
    const Result imported = run(
        {QStringLiteral("import"), project, csv, QStringLiteral("--touchpoint-column"),
         QStringLiteral("touchpoint"), QStringLiteral("--stage-column"), QStringLiteral("stage"),
         QStringLiteral("--score-column"), QStringLiteral("nps"), QStringLiteral("--date-column"),
         QStringLiteral("date"), QStringLiteral("--channel-column"), QStringLiteral("channel"),
         QStringLiteral("--segment-column"), QStringLiteral("segment"),
         QStringLiteral("--respondent-column"), QStringLiteral("respondent"),
         QStringLiteral("--comment-column"), QStringLiteral("comment")});
    QCOMPARE(imported.out, QByteArray("read 3, imported 3, skipped 0, rejected 0\n"));

    const QString out = m_dir.filePath(QStringLiteral("responses.csv"));
    const Result r = run({QStringLiteral("export"), project, QStringLiteral("--csv"), out});
    QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty() && r.out.isEmpty(),
             qPrintable(r.describe()));
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("respondent,")); // no byte order mark
    const QList<QStringList> rows = readCsv(bytes);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).join(QLatin1Char(',')),
             QStringLiteral("respondent,date,journey,stage,touchpoint,channel,segment,metric,"
                            "score,scale,comment,sentiment,source,batch"));
    const QStringList first = rows.at(1);
    QCOMPARE(first.size(), 14);
    QCOMPARE(first.at(0), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(first.at(1), QStringLiteral("2024-02-01"));
    QCOMPARE(first.at(2), QStringLiteral("Customer journey"));
    QCOMPARE(first.at(3), QStringLiteral("Purchase & Service"));
    QCOMPARE(first.at(4), QStringLiteral("Checkout"));
    QCOMPARE(first.at(5), QStringLiteral("web"));
    QCOMPARE(first.at(6), QStringLiteral("'@admin"));
    QCOMPARE(first.mid(7, 3),
             QStringList({QStringLiteral("nps"), QStringLiteral("9"), QStringLiteral("0-10")}));
    QCOMPARE(first.at(10), QStringLiteral("'=cmd()"));
    QCOMPARE(first.at(12), QStringLiteral("survey"));
    QCOMPARE(first.at(13), sqlRows(project, "SELECT id FROM import_batches"));
    const QStringList second = rows.at(2);
    QCOMPARE(second.at(0), QStringLiteral("'+44 20 7946 0000"));
    QCOMPARE(second.at(3), QString()); // journey-level: no stage, no touchpoint
    QCOMPARE(second.at(4), QString());
    QCOMPARE(second.at(6), QStringLiteral("'-Family"));
    QCOMPARE(second.at(8), QStringLiteral("0"));
    QCOMPARE(second.at(10), QStringLiteral("'-2 stars, \"bad\""));
    QVERIFY(second.at(11).toDouble() < 0); // sentiment: a number, never neutralised
    const QStringList third = rows.at(3);
    QCOMPARE(third.at(1), QString());
    QCOMPARE(third.at(5), QStringLiteral("web")); // no channel in the row: the touchpoint's
    QCOMPARE(third.at(10), QStringLiteral("'@mention me"));

    // To standard output, the same bytes.
    const Result toStdout
        = run({QStringLiteral("export"), project, QStringLiteral("--csv"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, bytes);
    // Only the named journey; an unknown one is an error.
    const Result named
        = run({QStringLiteral("export"), project, QStringLiteral("--csv"), QStringLiteral("-"),
               QStringLiteral("--journey"), QStringLiteral("customer journey")});
    QCOMPARE(named.out, bytes);
    const Result unknown
        = run({QStringLiteral("export"), project, QStringLiteral("--csv"), QStringLiteral("-"),
               QStringLiteral("--journey"), QStringLiteral("Nope")});
    QVERIFY2(failureProblem(unknown, 1).isEmpty(), qPrintable(failureProblem(unknown, 1)));
    // A folder that does not exist: an error, and nothing half-written.
    const Result nowhere = run({QStringLiteral("export"), project, QStringLiteral("--csv"),
                                m_dir.filePath(QStringLiteral("no/such/dir.csv"))});
    QVERIFY2(failureProblem(nowhere, 1).isEmpty(), qPrintable(failureProblem(nowhere, 1)));
}

QTEST_GUILESS_MAIN(tst_CliImport)

#include "tst_cli_import.moc"
