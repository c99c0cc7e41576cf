// End-to-end tests of waymark-cli (DESIGN.md section 6): the real binary in a temporary
// folder. Errors are one line "waymark-cli: <sentence>" on standard error with exit code 1
// (2 for usage errors); bad input never crashes it and is never modified.

#include "project/project.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Waymark;

namespace {

const QString Prefix = QStringLiteral("waymark-cli: ");

const QStringList TemplateNames = {QStringLiteral("four-stage"), QStringLiteral("ecommerce"),
                                   QStringLiteral("service-blueprint"), QStringLiteral("sample")};

const QStringList DefaultStages = {QStringLiteral("Discovery & Choice"), QStringLiteral("Offering"),
                                   QStringLiteral("Purchase & Service"), QStringLiteral("Loyalty")};

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
        return QStringLiteral("finished %1, status %2, exit code %3, stderr: %4")
            .arg(finished)
            .arg(status == QProcess::NormalExit ? QStringLiteral("normal")
                                                : QStringLiteral("crash"))
            .arg(exitCode)
            .arg(QString::fromUtf8(err.left(2000)));
    }
};

// Empty when the run failed the way waymark-cli must fail: exit code 1, no crash, exactly
// one line on stderr that starts with "waymark-cli: ".
QString failureProblem(const Result &r, int expectedCode = 1)
{
    if (!r.finished || r.status != QProcess::NormalExit)
        return QStringLiteral("did not exit normally: ") + r.describe();
    if (r.exitCode != expectedCode)
        return QStringLiteral("expected exit code %1: ").arg(expectedCode) + r.describe();
    const QStringList lines = r.errLines();
    if (expectedCode == 1 && lines.size() != 1)
        return QStringLiteral("expected one line on stderr: ") + r.describe();
    if (lines.isEmpty() || !lines.first().startsWith(Prefix)
        || lines.first().size() <= Prefix.size())
        return QStringLiteral("expected a sentence after \"waymark-cli: \": ") + r.describe();
    return {};
}

QString successProblem(const Result &r)
{
    if (!r.finished || r.status != QProcess::NormalExit || r.exitCode != 0 || !r.err.isEmpty())
        return QStringLiteral("expected success: ") + r.describe();
    return {};
}

// "4 stages", "4 stage(s)" or "1 stage": a count in human-readable output, whatever the
// plural forms of the installed translation.
bool hasCount(const QString &text, int count, const QString &noun)
{
    return text.contains(
        QRegularExpression(QStringLiteral("\\b%1 %2(s|\\(s\\))?\\b").arg(count).arg(noun),
                           QRegularExpression::CaseInsensitiveOption));
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
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Everything in a folder, hidden files included (lock files, temporary files).
QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool sqlExec(const QString &path, const char *sql, int flags = SQLITE_OPEN_READWRITE)
{
    sqlite3 *db = nullptr;
    bool ok
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QString sqlValue(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString value = QStringLiteral("<error>");
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A big map: one journey, 8 stages, 9 lanes, 2,000 cards spread over the cells, connections,
// texts that need care (emoji, right-to-left, HTML, control characters, quotes), emotions
// set and unset. Deterministic.
QByteArray generatedMap()
{
    const QStringList texts = {
        QStringLiteral("Plain title"),
        QString::fromUtf8("Ünïcödé café — “quotes” ‘single’"),
        QString::fromUtf8("😀🚲 👩‍👩‍👧‍👦 🇩🇪 family & flags"),
        QString::fromUtf8("مرحبا بالعالم: الدفع عند الاستلام"),
        QString::fromUtf8("שלום עולם (RTL) 123"),
        QString::fromUtf8("\u202eoverride\u202c mixed \u200fRTL mark"),
        QStringLiteral("<script>alert(\"x\")</script> &amp; <b>bold</b> &lt;"),
        QStringLiteral("tab\there\nnew line\r\nCRLF"),
        QStringLiteral("back\\slash \"double\" 'single' /slash/"),
        QString::fromUtf8("漢字かなカナ한국어"),
        QString::fromUtf8("e\u0301 combining, zero\u200bwidth"),
        QString(),
        QStringLiteral("nul") + QChar(0) + QStringLiteral("inside") + QChar(0x1f),
        QString(3000, QChar(0x00e9)),
    };
    const QStringList laneKinds
        = {QStringLiteral("customer_actions"), QStringLiteral("touchpoints"),
           QStringLiteral("channels"),         QStringLiteral("thoughts"),
           QStringLiteral("emotion_curve"),    QStringLiteral("pain_points"),
           QStringLiteral("opportunities"),    QStringLiteral("frontstage"),
           QStringLiteral("backstage")};
    const QStringList cardKinds
        = {QStringLiteral("touchpoint"), QStringLiteral("action"),      QStringLiteral("thought"),
           QStringLiteral("pain_point"), QStringLiteral("opportunity"), QStringLiteral("idea"),
           QStringLiteral("process"),    QStringLiteral("note")};
    const QStringList channels = {QString(),
                                  QStringLiteral("store"),
                                  QStringLiteral("web"),
                                  QStringLiteral("app"),
                                  QStringLiteral("social"),
                                  QStringLiteral("email"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("chat"),
                                  QStringLiteral("partner"),
                                  QStringLiteral("other")};
    const QStringList evidence
        = {QStringLiteral("observed"), QStringLiteral("assumed"), QStringLiteral("proposed")};
    QRandomGenerator random(2000);

    QJsonArray stages;
    for (int i = 1; i <= 8; ++i) {
        stages.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("s%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("Stage %1 %2").arg(i).arg(texts.at(i % 6))},
            {QStringLiteral("color"), i % 2 ? QStringLiteral("#1f6feb") : QString()}});
    }
    QJsonArray lanes;
    for (int i = 1; i <= 9; ++i) {
        lanes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("l%1").arg(i)},
                                 {QStringLiteral("name"), QStringLiteral("Lane %1").arg(i)},
                                 {QStringLiteral("kind"), laneKinds.at(i - 1)},
                                 {QStringLiteral("visible"), i != 5}});
    }
    QJsonArray cards;
    for (int i = 1; i <= 2000; ++i) {
        QJsonObject card{
            {QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
            {QStringLiteral("stage"), QStringLiteral("s%1").arg(1 + random.bounded(8))},
            {QStringLiteral("lane"), QStringLiteral("l%1").arg(1 + random.bounded(9))},
            {QStringLiteral("span"), 1 + int(random.bounded(3))},
            {QStringLiteral("kind"), cardKinds.at(random.bounded(int(cardKinds.size())))},
            {QStringLiteral("title"),
             texts.at(random.bounded(int(texts.size()))) + QStringLiteral(" #%1").arg(i)},
            {QStringLiteral("body"), texts.at(random.bounded(int(texts.size())))},
            {QStringLiteral("channel"), channels.at(random.bounded(int(channels.size())))},
            {QStringLiteral("owner"), texts.at(random.bounded(int(texts.size()))).left(40)},
            {QStringLiteral("evidence"), evidence.at(random.bounded(int(evidence.size())))},
            {QStringLiteral("color"), i % 7 == 0 ? QStringLiteral("#a0b1c2") : QString()},
        };
        // Emotion: unset (null, or no key) for a sixth of the cards, -2..2 otherwise.
        const int emotion = int(random.bounded(6)) - 3;
        if (emotion >= MinEmotion)
            card.insert(QStringLiteral("emotion"), emotion);
        else if (i % 2)
            card.insert(QStringLiteral("emotion"), QJsonValue(QJsonValue::Null));
        cards.append(card);
    }
    QJsonArray connections;
    for (int i = 1; i <= 300; ++i) {
        connections.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("x%1").arg(i)},
            {QStringLiteral("from"), QStringLiteral("c%1").arg(1 + random.bounded(2000))},
            {QStringLiteral("to"), QStringLiteral("c%1").arg(1 + random.bounded(2000))},
            {QStringLiteral("kind"), i % 3 == 0 ? QStringLiteral("loop") : QStringLiteral("flow")},
            {QStringLiteral("label"), texts.at(random.bounded(int(texts.size()))).left(20)},
        });
    }
    const QJsonObject journey{
        {QStringLiteral("id"), QStringLiteral("j1")},
        {QStringLiteral("name"), QString::fromUtf8("Big map 🚲 — خريطة")},
        {QStringLiteral("persona"), QStringLiteral("p1")},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("lanes"), lanes},
        {QStringLiteral("cards"), cards},
        {QStringLiteral("connections"), connections},
    };
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("waymark-map")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QString::fromUtf8("Generated <map> “2,000” 😀")},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("client"), QString::fromUtf8("ACME ✓")}}},
        {QStringLiteral("personas"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                                {QStringLiteral("name"), QString::fromUtf8("Zoë the commuter")},
                                {QStringLiteral("goals"), texts.at(3)}}}},
        {QStringLiteral("journeys"), QJsonArray{journey}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void newDefault();
    void newTemplate_data();
    void newTemplate();
    void newTitle();
    void newExisting();
    void newUnknownTemplate();
    void templates();
    void infoText();
    void checkGood();

    void roundTrip_data();
    void roundTrip();
    void exportStdout();
    void exportJourney();

    void badFile_data();
    void badFile();
    void flippedBytes_data();
    void flippedBytes();
    void badJson_data();
    void badJson();
    void usage_data();
    void usage();

    void fileInUse();
    void readOnlyFile();

private:
    Result run(const QStringList &arguments, const QString &workingDirectory = {}) const;
    QString freshDir(const QString &name) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_sample; // a sample project, never modified
    QByteArray m_sampleHash;
    QString m_badDir; // one folder per bad file
};

Result tst_Cli::run(const QStringList &arguments, const QString &workingDirectory) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("WAYMARK_DEBUG"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? m_dir.path() : workingDirectory);
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

QString tst_Cli::freshDir(const QString &name) const
{
    const QString dir = m_dir.filePath(name);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(WAYMARK_CLI)).isExecutable(), WAYMARK_CLI);
    m_sample = path(QStringLiteral("sample.waymark"));
    const Result made = run(
        {QStringLiteral("new"), m_sample, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));
    m_sampleHash = sha256(m_sample);

    // Bad files, each alone in its folder so that anything left beside it is noticed.
    m_badDir = freshDir(QStringLiteral("bad"));
    const QByteArray sample = readAll(m_sample);
    const int pageSize = (quint8(sample.at(16)) << 8) | quint8(sample.at(17));
    QCOMPARE(sample.size() % pageSize, 0);
    auto make = [&](const QString &kind, const QByteArray &bytes) {
        const QString dir = m_badDir + QLatin1Char('/') + kind;
        QDir().mkpath(dir);
        return writeFile(dir + QStringLiteral("/project.waymark"), bytes);
    };
    auto bad = [&](const QString &kind) {
        return m_badDir + QLatin1Char('/') + kind + QStringLiteral("/project.waymark");
    };
    QVERIFY(make(QStringLiteral("empty"), {}));
    QVERIFY(make(QStringLiteral("text"), "Dear customer,\nthis is not a journey map.\n"));
    QVERIFY(make(QStringLiteral("truncated-at-page"),
                 sample.left(sample.size() / pageSize / 2 * pageSize)));
    QVERIFY(make(QStringLiteral("truncated-mid-page"), sample.left(sample.size() / 2 + 1234)));
    QVERIFY(make(QStringLiteral("truncated-header"), sample.left(60)));
    QVERIFY(make(QStringLiteral("zeros"), QByteArray(sample.size(), '\0')));

    // A database of another application, made with the C API.
    QDir().mkpath(m_badDir + QStringLiteral("/foreign"));
    QVERIFY(sqlExec(bad(QStringLiteral("foreign")),
                    "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
                    "INSERT INTO contacts (name) VALUES ('Ada'), ('Grace');",
                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    // Waymark files changed behind Waymark's back.
    const QList<QPair<QString, const char *>> altered = {
        {QStringLiteral("application-id"), "PRAGMA application_id = 305419896"},
        {QStringLiteral("newer-version"), "PRAGMA user_version = 42"},
        {QStringLiteral("trigger"), "CREATE TRIGGER spy AFTER INSERT ON cards BEGIN "
                                    "DELETE FROM feedback; END"},
        {QStringLiteral("view"), "CREATE VIEW everything AS SELECT * FROM cards"},
        {QStringLiteral("missing-table"), "DROP TABLE signoffs"},
    };
    for (const auto &[kind, sql] : altered) {
        QVERIFY(make(kind, sample));
        QVERIFY2(sqlExec(bad(kind), sql), sql);
    }
    QDir().mkpath(m_badDir + QStringLiteral("/directory/project.waymark"));
    QDir().mkpath(m_badDir + QStringLiteral("/nonexistent"));
}

// --- new, templates, info, check ---------------------------------------------------------

void tst_Cli::newDefault()
{
    const QString dir = freshDir(QStringLiteral("new-default"));
    const Result made = run({QStringLiteral("new"), QStringLiteral("x.waymark")}, dir);
    QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));
    QVERIFY2(QString::fromUtf8(made.out).startsWith(QStringLiteral("created x.waymark"),
                                                    Qt::CaseInsensitive),
             made.out.constData());
    QVERIFY2(hasCount(QString::fromUtf8(made.out), 0, QStringLiteral("card")),
             made.out.constData());
    // Nothing beside it: no lock, no journal, no temporary file.
    QCOMPARE(listing(dir), QStringList{QStringLiteral("x.waymark")});

    const QString file = dir + QStringLiteral("/x.waymark");
    QCOMPARE(sqlValue(file, "PRAGMA application_id"), QStringLiteral("1465470283"));
    QCOMPARE(sqlValue(file, "PRAGMA application_id"), QString::number(Schema::ApplicationId));
    QCOMPARE(sqlValue(file, "PRAGMA user_version"), QStringLiteral("1"));
    QCOMPARE(sqlValue(file, "PRAGMA journal_mode"), QStringLiteral("delete"));
    // Rollback journal, not WAL, in the header itself (file format bytes 18 and 19).
    const QByteArray header = readAll(file).left(100);
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);

    const Result info = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    QVERIFY2(successProblem(info).isEmpty(), qPrintable(successProblem(info)));
    const QJsonObject root = parseObject(info.out);
    QCOMPARE(root.value(QStringLiteral("applicationId")).toInteger(), 1465470283);
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonArray journeys = root.value(QStringLiteral("journeys")).toArray();
    QCOMPARE(journeys.size(), 1);
    QStringList stages;
    for (const QJsonValue &s : journeys.at(0).toObject().value(QStringLiteral("stages")).toArray())
        stages.append(s.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(stages, DefaultStages);
}

void tst_Cli::newTemplate_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : TemplateNames)
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Cli::newTemplate()
{
    QFETCH(QString, name);
    const QString dir = freshDir(QStringLiteral("template-") + name);
    const QString file = dir + QStringLiteral("/t.waymark");
    const Result made = run({QStringLiteral("new"), file, QStringLiteral("--template"), name});
    QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));
    QCOMPARE(listing(dir), QStringList{QStringLiteral("t.waymark")});

    const Result info = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    QVERIFY2(successProblem(info).isEmpty(), qPrintable(successProblem(info)));
    const QJsonArray journeys = parseObject(info.out).value(QStringLiteral("journeys")).toArray();
    QVERIFY(!journeys.isEmpty());
    const QJsonObject journey = journeys.at(0).toObject();
    QVERIFY(!journey.value(QStringLiteral("stages")).toArray().isEmpty());
    QVERIFY(!journey.value(QStringLiteral("lanes")).toArray().isEmpty());
    int perStage = 0;
    for (const QJsonValue &s : journey.value(QStringLiteral("stages")).toArray())
        perStage += s.toObject().value(QStringLiteral("cards")).toInt();
    QCOMPARE(perStage, journey.value(QStringLiteral("cards")).toInt());
    if (name == QLatin1String("sample"))
        QCOMPARE(journey.value(QStringLiteral("cards")).toInt(), 60);
    if (name == QLatin1String("four-stage")) {
        QStringList stages;
        for (const QJsonValue &s : journey.value(QStringLiteral("stages")).toArray())
            stages.append(s.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(stages, DefaultStages);
    }

    const Result check = run({QStringLiteral("check"), file});
    QVERIFY2(successProblem(check).isEmpty(), qPrintable(successProblem(check)));
}

void tst_Cli::newTitle()
{
    const QString dir = freshDir(QStringLiteral("new-title"));
    const QString title = QString::fromUtf8("Kundenreise 2026 — “Café” 🚲");
    const Result made = run(
        {QStringLiteral("new"), QStringLiteral("t.waymark"), QStringLiteral("--title"), title},
        dir);
    QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));
    const Result info = run(
        {QStringLiteral("info"), dir + QStringLiteral("/t.waymark"), QStringLiteral("--json")});
    QVERIFY2(successProblem(info).isEmpty(), qPrintable(successProblem(info)));
    QCOMPARE(parseObject(info.out).value(QStringLiteral("title")).toString(), title);
    const Result text = run({QStringLiteral("info"), dir + QStringLiteral("/t.waymark")});
    QVERIFY(QString::fromUtf8(text.out).startsWith(QStringLiteral("Project: ") + title
                                                   + QLatin1Char('\n')));

    // Also with a template.
    const Result sample
        = run({QStringLiteral("new"), QStringLiteral("s.waymark"), QStringLiteral("--template"),
               QStringLiteral("sample"), QStringLiteral("--title"), title},
              dir);
    QVERIFY2(successProblem(sample).isEmpty(), qPrintable(successProblem(sample)));
    const Result exported = run({QStringLiteral("export"), dir + QStringLiteral("/s.waymark"),
                                 QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(parseObject(exported.out).value(QStringLiteral("title")).toString(), title);
}

void tst_Cli::newExisting()
{
    const QString dir = freshDir(QStringLiteral("new-existing"));
    const QString file = dir + QStringLiteral("/x.waymark");
    QVERIFY(QFile::copy(m_sample, file));
    const QStringList before = listing(dir);
    for (const QStringList &extra :
         {QStringList{}, QStringList{QStringLiteral("--template"), QStringLiteral("ecommerce")}}) {
        const Result r = run(QStringList{QStringLiteral("new"), file} + extra);
        QVERIFY2(failureProblem(r).isEmpty(), qPrintable(failureProblem(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("exists"), r.err.constData());
        QCOMPARE(sha256(file), m_sampleHash);
        QCOMPARE(listing(dir), before);
    }
    // A folder of that name exists, too.
    const Result folder = run({QStringLiteral("new"), dir});
    QVERIFY2(failureProblem(folder).isEmpty(), qPrintable(failureProblem(folder)));
}

void tst_Cli::newUnknownTemplate()
{
    const QString dir = freshDir(QStringLiteral("new-unknown-template"));
    const Result r = run({QStringLiteral("new"), QStringLiteral("x.waymark"),
                          QStringLiteral("--template"), QStringLiteral("kanban")},
                         dir);
    QVERIFY2(failureProblem(r).isEmpty(), qPrintable(failureProblem(r)));
    const QString sentence = r.errLines().constFirst();
    QVERIFY2(sentence.contains(QStringLiteral("kanban")), qPrintable(sentence));
    for (const QString &name : TemplateNames)
        QVERIFY2(sentence.contains(name), qPrintable(sentence));
    QVERIFY(listing(dir).isEmpty());
}

void tst_Cli::templates()
{
    const Result r = run({QStringLiteral("templates")});
    QVERIFY2(successProblem(r).isEmpty(), qPrintable(successProblem(r)));
    QStringList names;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.at(0).isSpace())
            names.append(line.section(QLatin1Char(' '), 0, 0));
    }
    QCOMPARE(names, TemplateNames);
}

void tst_Cli::infoText()
{
    const Result r = run({QStringLiteral("info"), m_sample});
    QVERIFY2(successProblem(r).isEmpty(), qPrintable(successProblem(r)));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 8);
    QCOMPARE(lines.at(0), QStringLiteral("Project: Kestrel Bikes"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("File: ") + m_sample), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("(format version 1)")), qPrintable(lines.at(1)));
    // The sample's journey and its future state.
    QVERIFY(lines.contains(QStringLiteral("Journeys: 2")));
    const QString journey = lines.at(lines.indexOf(QStringLiteral("Journeys: 2")) + 1);
    QVERIFY2(hasCount(journey, 4, QStringLiteral("stage")), qPrintable(journey));
    QVERIFY2(hasCount(journey, 9, QStringLiteral("lane")), qPrintable(journey));
    QVERIFY2(hasCount(journey, 60, QStringLiteral("card")), qPrintable(journey));
    QVERIFY(lines.contains(QStringLiteral("    stages: Discovery & Choice | Offering | "
                                          "Purchase & Service | Loyalty")));

    const QString fresh = freshDir(QStringLiteral("info-text"));
    QVERIFY2(
        successProblem(run({QStringLiteral("new"), QStringLiteral("x.waymark")}, fresh)).isEmpty(),
        "new");
    const Result empty = run({QStringLiteral("info"), QStringLiteral("x.waymark")}, fresh);
    QVERIFY2(successProblem(empty).isEmpty(), qPrintable(successProblem(empty)));
    const QString counts = QString::fromUtf8(empty.out);
    QVERIFY2(hasCount(counts, 4, QStringLiteral("stage"))
                 && hasCount(counts, 9, QStringLiteral("lane"))
                 && hasCount(counts, 0, QStringLiteral("card"))
                 && hasCount(counts, 0, QStringLiteral("connection")),
             qPrintable(counts));
    QCOMPARE(sha256(m_sample), m_sampleHash);
}

void tst_Cli::checkGood()
{
    const Result r = run({QStringLiteral("check"), m_sample});
    QVERIFY2(successProblem(r).isEmpty(), qPrintable(successProblem(r)));
    const QString report = QString::fromUtf8(r.out);
    QVERIFY2(report.contains(QStringLiteral("integrity: ok"), Qt::CaseInsensitive),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("0x57594d4b"), Qt::CaseInsensitive),
             qPrintable(report));
    QVERIFY2(report.count(QStringLiteral(": ok"), Qt::CaseInsensitive) >= 3, qPrintable(report));
    QCOMPARE(sha256(m_sample), m_sampleHash);
    QCOMPARE(listing(m_dir.path()).filter(QStringLiteral("sample.waymark")),
             QStringList{QStringLiteral("sample.waymark")});
}

// --- JSON map round trip -----------------------------------------------------------------

void tst_Cli::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : TemplateNames)
        QTest::newRow(qPrintable(name)) << name;
    QTest::newRow("generated-2000-cards") << QStringLiteral("generated");
}

void tst_Cli::roundTrip()
{
    QFETCH(QString, name);
    const QString dir = freshDir(QStringLiteral("roundtrip-") + name);
    const QString first = dir + QStringLiteral("/first.waymark");
    QByteArray generated;
    if (name == QLatin1String("generated")) {
        generated = generatedMap();
        QVERIFY(writeFile(dir + QStringLiteral("/generated.json"), generated));
        const Result made = run({QStringLiteral("new"), first, QStringLiteral("--from-json"),
                                 dir + QStringLiteral("/generated.json")});
        QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));
        QVERIFY2(hasCount(QString::fromUtf8(made.out), 2000, QStringLiteral("card")),
                 made.out.constData());
    } else {
        const Result made = run({QStringLiteral("new"), first, QStringLiteral("--template"), name});
        QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));
    }

    // export -> new --from-json -> export gives the same bytes.
    const Result exported = run({QStringLiteral("export"), first, QStringLiteral("--json"),
                                 dir + QStringLiteral("/first.json")});
    QVERIFY2(successProblem(exported).isEmpty(), qPrintable(successProblem(exported)));
    QVERIFY(exported.out.isEmpty());
    const Result again = run({QStringLiteral("new"), dir + QStringLiteral("/second.waymark"),
                              QStringLiteral("--from-json"), dir + QStringLiteral("/first.json")});
    QVERIFY2(successProblem(again).isEmpty(), qPrintable(successProblem(again)));
    const Result exportedAgain
        = run({QStringLiteral("export"), dir + QStringLiteral("/second.waymark"),
               QStringLiteral("--json"), dir + QStringLiteral("/second.json")});
    QVERIFY2(successProblem(exportedAgain).isEmpty(), qPrintable(successProblem(exportedAgain)));
    const QByteArray firstJson = readAll(dir + QStringLiteral("/first.json"));
    const QByteArray secondJson = readAll(dir + QStringLiteral("/second.json"));
    QVERIFY(firstJson.size() > 100);
    QVERIFY(firstJson.endsWith('\n'));
    QCOMPARE(sha256(dir + QStringLiteral("/second.json")),
             sha256(dir + QStringLiteral("/first.json")));
    QVERIFY(firstJson == secondJson);
    // No temporary files were left: exactly what the steps wrote.
    QStringList expected = {QStringLiteral("first.json"), QStringLiteral("first.waymark"),
                            QStringLiteral("second.json"), QStringLiteral("second.waymark")};
    if (!generated.isEmpty())
        expected.append(QStringLiteral("generated.json"));
    expected.sort();
    QCOMPARE(listing(dir), expected);

    if (generated.isEmpty())
        return;
    // The generated map came through unchanged, card by card.
    const QJsonObject in = parseObject(generated);
    const QJsonObject out = parseObject(firstJson);
    QCOMPARE(out.value(QStringLiteral("title")), in.value(QStringLiteral("title")));
    const QJsonObject inJourney = in.value(QStringLiteral("journeys")).toArray().at(0).toObject();
    const QJsonObject outJourney = out.value(QStringLiteral("journeys")).toArray().at(0).toObject();
    QCOMPARE(outJourney.value(QStringLiteral("stages")).toArray().size(), 8);
    QCOMPARE(outJourney.value(QStringLiteral("lanes")).toArray().size(), 9);
    QCOMPARE(outJourney.value(QStringLiteral("connections")).toArray().size(), 300);
    QHash<QString, QJsonObject> outCards;
    for (const QJsonValue &v : outJourney.value(QStringLiteral("cards")).toArray())
        outCards.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    QCOMPARE(outCards.size(), 2000);
    int withEmotion = 0;
    const QJsonArray inCards = inJourney.value(QStringLiteral("cards")).toArray();
    for (const QJsonValue &v : inCards) {
        const QJsonObject card = v.toObject();
        const QString id = card.value(QStringLiteral("id")).toString();
        QVERIFY2(outCards.contains(id), qPrintable(id));
        const QJsonObject got = outCards.value(id);
        for (const char *key : {"stage", "lane", "span", "kind", "title", "body", "channel",
                                "owner", "evidence", "color"}) {
            QVERIFY2(got.value(QLatin1String(key)) == card.value(QLatin1String(key)),
                     qPrintable(QStringLiteral("%1.%2").arg(id, QLatin1String(key))));
        }
        const QJsonValue emotion = card.value(QStringLiteral("emotion"));
        if (emotion.isDouble()) {
            ++withEmotion;
            QCOMPARE(got.value(QStringLiteral("emotion")), emotion);
        } else {
            QVERIFY2(got.value(QStringLiteral("emotion")).isNull(), qPrintable(id));
        }
    }
    QVERIFY(withEmotion > 1000 && withEmotion < 2000);
    // Within a cell, cards keep the order of the map.
    QHash<QString, QStringList> inCells;
    QHash<QString, QStringList> outCells;
    for (const QJsonValue &v : inCards) {
        const QJsonObject c = v.toObject();
        inCells[c.value(QStringLiteral("stage")).toString() + QLatin1Char('/')
                + c.value(QStringLiteral("lane")).toString()]
            .append(c.value(QStringLiteral("id")).toString());
    }
    for (const QJsonValue &v : outJourney.value(QStringLiteral("cards")).toArray()) {
        const QJsonObject c = v.toObject();
        outCells[c.value(QStringLiteral("stage")).toString() + QLatin1Char('/')
                 + c.value(QStringLiteral("lane")).toString()]
            .append(c.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(outCells.size(), 72);
    QVERIFY(outCells == inCells);
}

void tst_Cli::exportStdout()
{
    const QString dir = freshDir(QStringLiteral("export-stdout"));
    const Result toFile = run(
        {QStringLiteral("export"), m_sample, QStringLiteral("--json"), QStringLiteral("map.json")},
        dir);
    QVERIFY2(successProblem(toFile).isEmpty(), qPrintable(successProblem(toFile)));
    const Result toStdout = run(
        {QStringLiteral("export"), m_sample, QStringLiteral("--json"), QStringLiteral("-")}, dir);
    QVERIFY2(successProblem(toStdout).isEmpty(), qPrintable(successProblem(toStdout)));
    QVERIFY(!toStdout.out.isEmpty());
    QVERIFY(toStdout.out == readAll(dir + QStringLiteral("/map.json")));
    QCOMPARE(listing(dir), QStringList{QStringLiteral("map.json")});
    QCOMPARE(parseObject(toStdout.out).value(QStringLiteral("format")).toString(),
             QStringLiteral("waymark-map"));
    QCOMPARE(sha256(m_sample), m_sampleHash);
}

void tst_Cli::exportJourney()
{
    const QString dir = freshDir(QStringLiteral("export-journey"));
    QJsonArray journeys;
    for (const QString &name : {QStringLiteral("Alpha"), QString::fromUtf8("Bêta 🚲")}) {
        const QString j = QString::number(journeys.size() + 1);
        journeys.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("j") + j},
            {QStringLiteral("name"), name},
            {QStringLiteral("stages"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("s") + j},
                                    {QStringLiteral("name"), QStringLiteral("Stage ") + j}}}},
            {QStringLiteral("lanes"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("l") + j},
                                    {QStringLiteral("name"), QStringLiteral("Lane ") + j}}}},
            {QStringLiteral("cards"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c") + j},
                                    {QStringLiteral("stage"), QStringLiteral("s") + j},
                                    {QStringLiteral("lane"), QStringLiteral("l") + j},
                                    {QStringLiteral("title"), name}}}},
        });
    }
    const QJsonObject map{{QStringLiteral("format"), QStringLiteral("waymark-map")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("journeys"), journeys}};
    QVERIFY(writeFile(dir + QStringLiteral("/two.json"), QJsonDocument(map).toJson()));
    const Result made = run({QStringLiteral("new"), QStringLiteral("two.waymark"),
                             QStringLiteral("--from-json"), QStringLiteral("two.json")},
                            dir);
    QVERIFY2(successProblem(made).isEmpty(), qPrintable(successProblem(made)));

    auto exportedNames = [&](const Result &r) {
        QStringList names;
        for (const QJsonValue &j : parseObject(r.out).value(QStringLiteral("journeys")).toArray())
            names.append(j.toObject().value(QStringLiteral("name")).toString());
        return names;
    };
    const Result all = run({QStringLiteral("export"), QStringLiteral("two.waymark"),
                            QStringLiteral("--json"), QStringLiteral("-")},
                           dir);
    QVERIFY2(successProblem(all).isEmpty(), qPrintable(successProblem(all)));
    QCOMPARE(exportedNames(all),
             (QStringList{QStringLiteral("Alpha"), QString::fromUtf8("Bêta 🚲")}));

    const Result beta
        = run({QStringLiteral("export"), QStringLiteral("two.waymark"), QStringLiteral("--json"),
               QStringLiteral("-"), QStringLiteral("--journey"), QString::fromUtf8("Bêta 🚲")},
              dir);
    QVERIFY2(successProblem(beta).isEmpty(), qPrintable(successProblem(beta)));
    QCOMPARE(exportedNames(beta), QStringList{QString::fromUtf8("Bêta 🚲")});
    const QJsonObject betaJourney
        = parseObject(beta.out).value(QStringLiteral("journeys")).toArray().at(0).toObject();
    QCOMPARE(betaJourney.value(QStringLiteral("cards")).toArray().size(), 1);
    QCOMPARE(betaJourney.value(QStringLiteral("cards"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("title")),
             QJsonValue(QString::fromUtf8("Bêta 🚲")));

    const Result alpha
        = run({QStringLiteral("export"), QStringLiteral("two.waymark"), QStringLiteral("--journey"),
               QStringLiteral("Alpha"), QStringLiteral("--json"), QStringLiteral("alpha.json")},
              dir);
    QVERIFY2(successProblem(alpha).isEmpty(), qPrintable(successProblem(alpha)));
    QCOMPARE(exportedNames(Result{
                 true, QProcess::NormalExit, 0, readAll(dir + QStringLiteral("/alpha.json")), {}}),
             QStringList{QStringLiteral("Alpha")});

    const QStringList before = listing(dir);
    for (const QString &out : {QStringLiteral("-"), QStringLiteral("gamma.json")}) {
        const Result unknown = run({QStringLiteral("export"), QStringLiteral("two.waymark"),
                                    QStringLiteral("--json"), out, QStringLiteral("--journey"),
                                    QStringLiteral("Gamma")},
                                   dir);
        QVERIFY2(failureProblem(unknown).isEmpty(), qPrintable(failureProblem(unknown)));
        QVERIFY(unknown.out.isEmpty());
        const QString sentence = unknown.errLines().constFirst();
        QVERIFY2(sentence.contains(QStringLiteral("Gamma"))
                     && sentence.contains(QStringLiteral("Alpha")),
                 qPrintable(sentence));
        QCOMPARE(listing(dir), before);
    }
}

// --- bad input ---------------------------------------------------------------------------

void tst_Cli::badFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("command");
    const QStringList kinds = {QStringLiteral("empty"),
                               QStringLiteral("text"),
                               QStringLiteral("truncated-at-page"),
                               QStringLiteral("truncated-mid-page"),
                               QStringLiteral("truncated-header"),
                               QStringLiteral("zeros"),
                               QStringLiteral("foreign"),
                               QStringLiteral("application-id"),
                               QStringLiteral("newer-version"),
                               QStringLiteral("trigger"),
                               QStringLiteral("view"),
                               QStringLiteral("missing-table"),
                               QStringLiteral("nonexistent"),
                               QStringLiteral("directory")};
    const QList<QStringList> commands = {
        {QStringLiteral("check")},
        {QStringLiteral("info")},
        {QStringLiteral("info"), QStringLiteral("--json")},
        {QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("OUT")},
        {QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("-")},
    };
    for (const QString &kind : kinds) {
        for (const QStringList &command : commands) {
            QTest::addRow("%s: %s", qPrintable(kind), qPrintable(command.join(QLatin1Char(' '))))
                << kind << command;
        }
    }
}

void tst_Cli::badFile()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, command);
    const QString dir = m_badDir + QLatin1Char('/') + kind;
    const QString file = dir + QStringLiteral("/project.waymark");
    const QString outDir = freshDir(QStringLiteral("bad-out"));
    const bool isFile = QFileInfo(file).isFile();
    QCOMPARE(isFile, kind != QLatin1String("nonexistent") && kind != QLatin1String("directory"));
    const QByteArray before = isFile ? sha256(file) : QByteArray();
    const QStringList listed = listing(dir);

    QStringList arguments = command;
    arguments.insert(1, file);
    arguments.replaceInStrings(QStringLiteral("OUT"), outDir + QStringLiteral("/out.json"));
    const Result r = run(arguments);
    QVERIFY2(failureProblem(r).isEmpty(), qPrintable(failureProblem(r)));
    QVERIFY2(r.out.isEmpty(), r.out.left(200).constData());
    QVERIFY(listing(outDir).isEmpty());
    // The file is left exactly as it was, and nothing appeared beside it.
    if (isFile)
        QCOMPARE(sha256(file), before);
    QCOMPARE(listing(dir), listed);

    const QString sentence = r.errLines().constFirst();
    if (kind == QLatin1String("newer-version")) {
        // Both versions are named: the file's and the newest this Waymark reads.
        QVERIFY2(sentence.contains(QRegularExpression(QStringLiteral("\\b42\\b"))),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(
                     QRegularExpression(QStringLiteral("\\b%1\\b").arg(Schema::CurrentVersion))),
                 qPrintable(sentence));
    }
    if (kind == QLatin1String("trigger") || kind == QLatin1String("view"))
        QVERIFY2(sentence.contains(kind), qPrintable(sentence));
    if (kind == QLatin1String("nonexistent"))
        QVERIFY2(sentence.contains(QStringLiteral("does not exist")), qPrintable(sentence));
    if (kind == QLatin1String("directory"))
        QVERIFY2(!sentence.contains(QStringLiteral("does not exist")), qPrintable(sentence));
}

void tst_Cli::flippedBytes_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("mustFail");
    QTest::addColumn<QStringList>("command");
    const QByteArray sample = readAll(m_sample);
    QVERIFY(sample.size() > 1024);
    const int pageSize = (quint8(sample.at(16)) << 8) | quint8(sample.at(17));
    const int pages = int(sample.size() / pageSize);
    QVERIFY(pages > 2);
    const QList<QStringList> commands = {
        {QStringLiteral("check")},
        {QStringLiteral("info")},
        {QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("-")},
    };
    QRandomGenerator random(42);
    for (int page = 2; page <= pages; ++page) {
        const qint64 start = qint64(page - 1) * pageSize;
        // The page's first byte is its type (or a page pointer): SQLite must notice.
        QList<QPair<qint64, bool>> offsets = {{start, true}};
        // Bytes in the middle of the page may be inside a text value nobody can check.
        offsets.append({start + pageSize / 2, false});
        offsets.append({start + 16 + random.bounded(pageSize - 64), false});
        for (const auto &[offset, mustFail] : offsets) {
            for (const QStringList &command : commands) {
                QTest::addRow("page %d offset %lld %s", page, offset - start,
                              qPrintable(command.constFirst()))
                    << offset << mustFail << command;
            }
        }
    }
}

void tst_Cli::flippedBytes()
{
    QFETCH(qint64, offset);
    QFETCH(bool, mustFail);
    QFETCH(QStringList, command);
    const QString dir = freshDir(QStringLiteral("flipped"));
    const QString file = dir + QStringLiteral("/flipped.waymark");
    QByteArray bytes = readAll(m_sample);
    // Several bytes, a few apart.
    for (int i = 0; i < 4; ++i)
        bytes[offset + i * 7] = char(bytes.at(offset + i * 7) ^ 0xA5);
    QVERIFY(writeFile(file, bytes));
    const QByteArray before = sha256(file);

    QStringList arguments = command;
    arguments.insert(1, file);
    const Result r = run(arguments);
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
    if (mustFail || r.exitCode != 0) {
        QVERIFY2(failureProblem(r).isEmpty(), qPrintable(failureProblem(r)));
        QVERIFY(r.out.isEmpty());
    } else {
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
    QCOMPARE(sha256(file), before);
    QCOMPARE(listing(dir), QStringList{QStringLiteral("flipped.waymark")});
}

void tst_Cli::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");

    auto map = [](const QByteArray &cards, const QByteArray &extra = {}) {
        return QByteArray(R"({"format": "waymark-map", "version": 1, "title": "t", )") + extra
               + R"("journeys": [{"id": "j1", "name": "J",
                    "stages": [{"id": "s1", "name": "S"}],
                    "lanes": [{"id": "l1", "name": "L", "kind": "touchpoints"}],
                    "cards": [)"
               + cards + "]}]}";
    };
    const QByteArray card = R"({"id": "c1", "stage": "s1", "lane": "l1", "title": "x"})";
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("broken json") << QByteArray(R"({"format": "waymark-map", "version": 1, )")
                                 << QStringLiteral("JSON");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << QString();
    QTest::newRow("wrong format") << QByteArray(R"({"format": "trello-board", "version": 1})")
                                  << QStringLiteral("format");
    QTest::newRow("no version") << QByteArray(R"({"format": "waymark-map"})")
                                << QStringLiteral("version");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "waymark-map", "version": 7})") << QStringLiteral("7");
    QTest::newRow("unknown stage")
        << map(R"({"id": "c1", "stage": "s9", "lane": "l1"})") << QStringLiteral("s9");
    QTest::newRow("unknown lane") << map(R"({"id": "c1", "stage": "s1", "lane": "l9"})")
                                  << QStringLiteral("l9");
    QTest::newRow("card without stage")
        << map(R"({"id": "c1", "lane": "l1"})") << QStringLiteral("stage");
    QTest::newRow("unknown card in connection") << QByteArray(map(card)).replace(
        "]}]}", R"(], "connections": [{"from": "c1", "to": "c404"}]}]})")
                                                << QStringLiteral("c404");
    QTest::newRow("unknown persona")
        << QByteArray(map(card)).replace(R"("name": "J",)", R"("name": "J", "persona": "p7",)")
        << QStringLiteral("p7");
    QTest::newRow("duplicate id") << map(card + ", " + card) << QStringLiteral("c1");
    QTest::newRow("emotion out of range")
        << map(R"({"id": "c1", "stage": "s1", "lane": "l1", "emotion": 3})")
        << QStringLiteral("emotion");
    QTest::newRow("unknown kind") << map(
        R"({"id": "c1", "stage": "s1", "lane": "l1", "kind": "sticky"})")
                                  << QStringLiteral("sticky");
    QTest::newRow("title not text")
        << map(R"({"id": "c1", "stage": "s1", "lane": "l1", "title": 5})")
        << QStringLiteral("title");
    QTest::newRow("bad colour") << map(
        R"({"id": "c1", "stage": "s1", "lane": "l1", "color": "red"})")
                                << QStringLiteral("color");
    QTest::newRow("line breaks and escapes in a value") << map(
        R"({"id": "c1", "stage": "s1", "lane": "l1", "kind": "a\nb\r\nc\u001b[31md\u2028e"})")
                                                        << QString();
    QTest::newRow("line break in an id")
        << map(R"({"id": "c\n1", "stage": "s\n9", "lane": "l1"})") << QString();
}

void tst_Cli::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    const QString jsonDir = freshDir(QStringLiteral("bad-json"));
    const QString dir = freshDir(QStringLiteral("bad-json-out"));
    QVERIFY(writeFile(jsonDir + QStringLiteral("/map.json"), json));

    const Result r = run({QStringLiteral("new"), dir + QStringLiteral("/x.waymark"),
                          QStringLiteral("--from-json"), jsonDir + QStringLiteral("/map.json")});
    QVERIFY2(failureProblem(r).isEmpty(), qPrintable(failureProblem(r)));
    QVERIFY(r.out.isEmpty());
    if (!mention.isEmpty())
        QVERIFY2(r.errLines().constFirst().contains(mention),
                 qPrintable(r.errLines().constFirst()));
    // No project, no half-written or hidden temporary file, no lock.
    QVERIFY2(listing(dir).isEmpty(), qPrintable(listing(dir).join(QLatin1Char(' '))));
    QCOMPARE(listing(jsonDir), QStringList{QStringLiteral("map.json")});

    // The same with a relative path, the output in the working directory.
    const Result relative
        = run({QStringLiteral("new"), QStringLiteral("x.waymark"), QStringLiteral("--from-json"),
               jsonDir + QStringLiteral("/map.json")},
              dir);
    QVERIFY2(failureProblem(relative).isEmpty(), qPrintable(failureProblem(relative)));
    QVERIFY(listing(dir).isEmpty());

    // A missing map file.
    const Result missing = run({QStringLiteral("new"), QStringLiteral("x.waymark"),
                                QStringLiteral("--from-json"), QStringLiteral("nowhere.json")},
                               dir);
    QVERIFY2(failureProblem(missing).isEmpty(), qPrintable(failureProblem(missing)));
    QVERIFY(listing(dir).isEmpty());
}

void tst_Cli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown command with line break") << QStringList{QStringLiteral("a\nb")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("info"), QStringLiteral("x.waymark"), QStringLiteral("--bogus")};
    QTest::newRow("unknown option of new") << QStringList{
        QStringLiteral("new"), QStringLiteral("x.waymark"), QStringLiteral("--json")};
    QTest::newRow("new without FILE") << QStringList{QStringLiteral("new")};
    QTest::newRow("info without FILE") << QStringList{QStringLiteral("info")};
    QTest::newRow("check without FILE") << QStringList{QStringLiteral("check")};
    QTest::newRow("export without FILE") << QStringList{QStringLiteral("export")};
    QTest::newRow("two FILEs") << QStringList{QStringLiteral("check"), QStringLiteral("a.waymark"),
                                              QStringLiteral("b.waymark")};
    QTest::newRow("option without value") << QStringList{
        QStringLiteral("new"), QStringLiteral("x.waymark"), QStringLiteral("--template")};
    QTest::newRow("export without format")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.waymark")};
    QTest::newRow("template and from-json") << QStringList{
        QStringLiteral("new"),    QStringLiteral("x.waymark"),   QStringLiteral("--template"),
        QStringLiteral("sample"), QStringLiteral("--from-json"), QStringLiteral("map.json")};
}

void tst_Cli::usage()
{
    QFETCH(QStringList, arguments);
    const QString dir = freshDir(QStringLiteral("usage"));
    QVERIFY(writeFile(dir + QStringLiteral("/map.json"), "{}"));
    const Result r = run(arguments, dir);
    QVERIFY2(failureProblem(r, 2).isEmpty(), qPrintable(failureProblem(r, 2)));
    QVERIFY(r.out.isEmpty());
    for (const QString &line : r.errLines())
        QVERIFY2(!line.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(listing(dir), QStringList{QStringLiteral("map.json")});
}

// --- files in use, read-only files -------------------------------------------------------

void tst_Cli::fileInUse()
{
    const QString dir = freshDir(QStringLiteral("in-use"));
    const QString file = dir + QStringLiteral("/busy.waymark");
    QVERIFY(QFile::copy(m_sample, file));

    DocumentError error;
    std::unique_ptr<Project> project = Project::open(file, {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(!project->document().isReadOnly());
    const QStringList held = listing(dir);
    QVERIFY2(held.contains(QStringLiteral(".busy.waymark.lock")), qPrintable(held.join(u' ')));
    const QByteArray before = sha256(file);

    for (const QStringList &command :
         {QStringList{QStringLiteral("info")},
          QStringList{QStringLiteral("info"), QStringLiteral("--json")},
          QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("-")}}) {
        QStringList arguments = command;
        arguments.insert(1, file);
        const Result r = run(arguments);
        QVERIFY2(successProblem(r).isEmpty(), qPrintable(successProblem(r)));
        QVERIFY(!r.out.isEmpty());
    }
    const Result exported
        = run({QStringLiteral("export"), file, QStringLiteral("--json"), QStringLiteral("-")});
    const Result reference
        = run({QStringLiteral("export"), m_sample, QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY(exported.out == reference.out);

    const Result again = run({QStringLiteral("new"), file});
    QVERIFY2(failureProblem(again).isEmpty(), qPrintable(failureProblem(again)));
    QCOMPARE(sha256(file), before);
    QCOMPARE(listing(dir), held);

    // The project in this process is still fine and still holds its lock.
    QVERIFY(project->isEditable());
    QCOMPARE(project->cardCount(project->journeys().first().id), 60);
    project.reset();
    QCOMPARE(listing(dir), QStringList{QStringLiteral("busy.waymark")});
}

void tst_Cli::readOnlyFile()
{
    const QString dir = freshDir(QStringLiteral("read-only"));
    const QString file = dir + QStringLiteral("/locked.waymark");
    QVERIFY(QFile::copy(m_sample, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto restore = qScopeGuard(
        [file] { QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); });
    const QByteArray before = sha256(file);

    for (const QStringList &command :
         {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("-")},
          QStringList{QStringLiteral("export"), QStringLiteral("--json"),
                      dir + QStringLiteral("/out.json")}}) {
        QStringList arguments = command;
        arguments.insert(1, file);
        const Result r = run(arguments);
        QVERIFY2(successProblem(r).isEmpty(), qPrintable(successProblem(r)));
    }
    QVERIFY(
        readAll(dir + QStringLiteral("/out.json")).startsWith("{\n  \"format\": \"waymark-map\""));
    QCOMPARE(sha256(file), before);
    QCOMPARE(QFileInfo(file).permissions() & QFile::WriteOwner, QFile::Permissions());
    QCOMPARE(listing(dir),
             (QStringList{QStringLiteral("locked.waymark"), QStringLiteral("out.json")}));
}

QTEST_GUILESS_MAIN(tst_Cli)

#include "tst_cli.moc"
