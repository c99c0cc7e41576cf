// End-to-end tests of `waymark-cli stats` (DESIGN.md section 6): the real binary on the
// sample project, whose responses come from resources/templates/sample-feedback.csv. The
// expected scores are computed here, independently of the metrics engine, straight from that
// CSV with the definitions of DESIGN.md section 5, and must match `stats --json` to 0.1.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace {

const QString Prefix = QStringLiteral("waymark-cli: ");

const QStringList SampleStages = {QStringLiteral("Discovery & Choice"), QStringLiteral("Offering"),
                                  QStringLiteral("Purchase & Service"), QStringLiteral("Loyalty")};

// The sample's touchpoints in map order (stage by stage, top to bottom).
const QStringList SampleTouchpoints = {
    QStringLiteral("Search ads & comparison sites"),
    QStringLiteral("Instagram ride stories"),
    QStringLiteral("Store window & test-ride event"),
    QStringLiteral("Product pages with size guide"),
    QStringLiteral("Test-ride booking"),
    QStringLiteral("In-store advice from a mechanic"),
    QStringLiteral("Online checkout"),
    QStringLiteral("Financing application"),
    QStringLiteral("Home delivery"),
    QStringLiteral("Service appointment call"),
    QStringLiteral("First service in the workshop"),
    QStringLiteral("Riders' club newsletter"),
    QStringLiteral("Kestrel app ride tracking"),
    QStringLiteral("Review request"),
};

struct Result
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("finished %1, status %2, exit code %3, stderr: %4")
            .arg(finished)
            .arg(status == QProcess::NormalExit ? QStringLiteral("normal")
                                                : QStringLiteral("crash"))
            .arg(exitCode)
            .arg(QString::fromUtf8(err.left(2000)));
    }
    QString problemIfNotSuccess() const
    {
        if (!finished || status != QProcess::NormalExit || exitCode != 0 || !err.isEmpty())
            return QStringLiteral("expected success: ") + describe();
        return {};
    }
    // Empty when the run failed as waymark-cli must: the exit code, no crash, a sentence on
    // standard error after "waymark-cli: " (one line for failures).
    QString problemIfNotFailure(int expectedCode) const
    {
        if (!finished || status != QProcess::NormalExit || exitCode != expectedCode)
            return QStringLiteral("expected exit code %1: ").arg(expectedCode) + describe();
        QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.isEmpty() || !lines.first().startsWith(Prefix)
            || lines.first().size() <= Prefix.size())
            return QStringLiteral("expected \"waymark-cli: <sentence>\": ") + describe();
        if (expectedCode == 1 && lines.size() != 1)
            return QStringLiteral("expected one line on stderr: ") + describe();
        if (!out.isEmpty())
            return QStringLiteral("expected nothing on stdout: ") + QString::fromUtf8(out);
        return {};
    }
};

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool sqlExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
          == SQLITE_OK;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// --- The expected figures, from the CSV ---------------------------------------------------

struct Row
{
    QString date;
    QString touchpoint;
    QString stage;
    QString channel;
    QString segment;
    QString metric;
    double score = 0;
};

// RFC 4180 as the sample file uses it: commas, double quotes around fields with commas,
// "" for a quote, LF line ends.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            fields.append(field);
            records.append(fields);
            fields.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

QList<Row> sampleRows()
{
    QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/templates/sample-feedback.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
    if (records.isEmpty())
        return {};
    const QStringList header = records.first();
    auto column = [&header](const char *name) {
        return header.indexOf(QLatin1String(name));
    };
    QList<Row> rows;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        if (r.size() != header.size())
            continue;
        Row row;
        row.date = r.at(column("date"));
        row.touchpoint = r.at(column("touchpoint"));
        row.stage = r.at(column("stage"));
        row.channel = r.at(column("channel"));
        row.segment = r.at(column("segment"));
        row.metric = r.at(column("metric"));
        row.score = r.at(column("score")).toDouble();
        rows.append(row);
    }
    return rows;
}

using RowFilter = std::function<bool(const Row &)>;

QList<double> scoresOf(const QList<Row> &rows, const QString &metric, const RowFilter &keep)
{
    QList<double> scores;
    for (const Row &r : rows) {
        if (r.metric == metric && keep(r))
            scores.append(r.score);
    }
    return scores;
}

// DESIGN.md section 5, written out independently of Waymark's code.
std::optional<double> expectedNps(const QList<double> &s)
{
    if (s.isEmpty())
        return std::nullopt;
    double promoters = 0;
    double detractors = 0;
    for (double v : s) {
        promoters += v >= 9 ? 1 : 0;
        detractors += v <= 6 ? 1 : 0;
    }
    return 100 * (promoters - detractors) / double(s.size());
}

std::optional<double> expectedCsat(const QList<double> &s)
{
    if (s.isEmpty())
        return std::nullopt;
    double top = 0;
    for (double v : s)
        top += v >= 4 ? 1 : 0;
    return 100 * top / double(s.size());
}

std::optional<double> expectedMean(const QList<double> &s)
{
    if (s.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : s)
        sum += v;
    return sum / double(s.size());
}

// Null on both sides, or within 0.1 (the JSON has one decimal).
QString compareValue(const QString &what, const QJsonValue &actual, std::optional<double> expected)
{
    if (!expected)
        return actual.isNull() ? QString()
                               : QStringLiteral("%1: expected null, got %2")
                                     .arg(what, QString::number(actual.toDouble()));
    if (!actual.isDouble())
        return QStringLiteral("%1: expected %2, got a non-number").arg(what).arg(*expected);
    const double v = actual.toDouble();
    if (std::abs(v - *expected) > 0.1 + 1e-9)
        return QStringLiteral("%1: expected %2, got %3").arg(what).arg(*expected).arg(v);
    // One decimal: v * 10 is a whole number.
    if (std::abs(v * 10 - std::round(v * 10)) > 1e-6)
        return QStringLiteral("%1: %2 has more than one decimal").arg(what).arg(v);
    return {};
}

QJsonObject findTouchpoint(const QJsonArray &touchpoints, const QString &title)
{
    for (const QJsonValue &v : touchpoints) {
        if (v.toObject().value(QStringLiteral("title")).toString() == title)
            return v.toObject();
    }
    return {};
}

} // namespace

class tst_CliStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void jsonContract();
    void handComputed();
    void everyTouchpoint_data();
    void everyTouchpoint();
    void totals();
    void filters_data();
    void filters();
    void breakdown_data();
    void breakdown();
    void textTable();
    void textBreakdown();
    void journeyOption();
    void undoneImportIgnored();
    void noFeedback();
    void readOnly();
    void badFile_data();
    void badFile();
    void badOptions_data();
    void badOptions();
    void personaOption();
    void personaUnknown();
    void personaWithoutSegments();

private:
    Result run(const QStringList &arguments) const;
    QJsonObject statsJson(const QStringList &extra, QString *problem) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_sample;
    QList<Row> m_rows;
};

Result tst_CliStats::run(const QStringList &arguments) const
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

QJsonObject tst_CliStats::statsJson(const QStringList &extra, QString *problem) const
{
    QStringList args = {QStringLiteral("stats"), m_sample, QStringLiteral("--json")};
    args += extra;
    const Result r = run(args);
    *problem = r.problemIfNotSuccess();
    if (!problem->isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = QStringLiteral("not JSON: ") + error.errorString();
        return {};
    }
    return doc.object();
}

void tst_CliStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(WAYMARK_CLI)).isExecutable(), WAYMARK_CLI);
    m_sample = path(QStringLiteral("s.waymark"));
    const Result made = run(
        {QStringLiteral("new"), m_sample, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(made.problemIfNotSuccess().isEmpty(), qPrintable(made.problemIfNotSuccess()));
    m_rows = sampleRows();
    // The fixture must be what these tests expect, or they prove nothing.
    QCOMPARE(m_rows.size(), 479);
}

void tst_CliStats::jsonContract()
{
    QString problem;
    const QJsonObject root = statsJson({}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray journeys = root.value(QStringLiteral("journeys")).toArray();
    // The sample's journey and its future state (which has no feedback).
    QCOMPARE(journeys.size(), 2);
    QCOMPARE(journeys.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Buying a bike (future state)"));
    const QJsonObject journey = journeys.first().toObject();
    QCOMPARE(journey.value(QStringLiteral("name")).toString(), QStringLiteral("Buying a bike"));
    QStringList stages;
    for (const QJsonValue &s : journey.value(QStringLiteral("stages")).toArray())
        stages.append(s.toString());
    QCOMPARE(stages, SampleStages);
    // Touchpoints only (not the actions, thoughts or processes), in map order.
    const QJsonArray touchpoints = journey.value(QStringLiteral("touchpoints")).toArray();
    QStringList titles;
    for (const QJsonValue &t : touchpoints)
        titles.append(t.toObject().value(QStringLiteral("title")).toString());
    QCOMPARE(titles, SampleTouchpoints);
    for (const QJsonValue &t : touchpoints) {
        const QJsonObject o = t.toObject();
        for (const char *key :
             {"title", "stage", "lane", "responses", "nps", "csat", "ces", "mean"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("responses")).isDouble());
        for (const char *key : {"nps", "csat", "ces", "mean"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            QVERIFY2(v.isNull() || v.isDouble(), key);
        }
        QCOMPARE(o.value(QStringLiteral("lane")).toString(), QStringLiteral("Touchpoints"));
    }
    const QJsonObject review = findTouchpoint(touchpoints, QStringLiteral("Review request"));
    QCOMPARE(review.value(QStringLiteral("stage")).toString(), QStringLiteral("Loyalty"));
    // Review request has NPS answers only.
    QVERIFY(review.value(QStringLiteral("csat")).isNull());
    QVERIFY(review.value(QStringLiteral("ces")).isNull());
    QCOMPARE(review.value(QStringLiteral("meanMetric")).toString(), QStringLiteral("nps"));
}

void tst_CliStats::handComputed()
{
    QString problem;
    const QJsonObject root = statsJson({}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray touchpoints = root.value(QStringLiteral("journeys"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("touchpoints"))
                                       .toArray();
    // By hand from sample-feedback.csv: "Review request" has 33 NPS answers, 12 of them
    // 9-10 and 7 of them 0-6: NPS = 100 * (12 - 7) / 33 = 15.15.
    const QJsonObject review = findTouchpoint(touchpoints, QStringLiteral("Review request"));
    QCOMPARE(review.value(QStringLiteral("responses")).toInt(), 33);
    QVERIFY(std::abs(review.value(QStringLiteral("nps")).toDouble() - 15.15) <= 0.1);
    // "Financing application" has 29 CSAT answers, 4 of them 4-5: 100 * 4 / 29 = 13.79 %;
    // mean 79 / 29 = 2.72.
    const QJsonObject financing
        = findTouchpoint(touchpoints, QStringLiteral("Financing application"));
    QCOMPARE(financing.value(QStringLiteral("responses")).toInt(), 29);
    QVERIFY(std::abs(financing.value(QStringLiteral("csat")).toDouble() - 13.79) <= 0.1);
    QVERIFY(std::abs(financing.value(QStringLiteral("mean")).toDouble() - 2.72) <= 0.1);
    // And the CSV agrees with those hand counts.
    const QList<double> nps = scoresOf(m_rows, QStringLiteral("nps"), [](const Row &r) {
        return r.touchpoint == QLatin1String("Review request");
    });
    QCOMPARE(nps.size(), 33);
    QCOMPARE(std::count_if(nps.cbegin(), nps.cend(), [](double v) { return v >= 9; }),
             qsizetype(12));
    QCOMPARE(std::count_if(nps.cbegin(), nps.cend(), [](double v) { return v <= 6; }),
             qsizetype(7));
}

void tst_CliStats::everyTouchpoint_data()
{
    QTest::addColumn<QString>("title");
    for (const QString &title : SampleTouchpoints)
        QTest::newRow(qPrintable(title)) << title;
}

void tst_CliStats::everyTouchpoint()
{
    QFETCH(QString, title);
    QString problem;
    const QJsonObject root = statsJson({}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject t = findTouchpoint(root.value(QStringLiteral("journeys"))
                                             .toArray()
                                             .first()
                                             .toObject()
                                             .value(QStringLiteral("touchpoints"))
                                             .toArray(),
                                         title);
    QVERIFY(!t.isEmpty());
    const RowFilter mine = [&title](const Row &r) {
        return r.touchpoint == title;
    };
    const QList<double> nps = scoresOf(m_rows, QStringLiteral("nps"), mine);
    const QList<double> csat = scoresOf(m_rows, QStringLiteral("csat"), mine);
    const QList<double> ces = scoresOf(m_rows, QStringLiteral("ces"), mine);
    QCOMPARE(qsizetype(t.value(QStringLiteral("responses")).toInt()),
             nps.size() + csat.size() + ces.size());
    // "mean": of the touchpoint's most frequent metric.
    QList<double> most = nps;
    if (csat.size() > most.size())
        most = csat;
    if (ces.size() > most.size())
        most = ces;
    QStringList problems = {
        compareValue(QStringLiteral("nps"), t.value(QStringLiteral("nps")), expectedNps(nps)),
        compareValue(QStringLiteral("csat"), t.value(QStringLiteral("csat")), expectedCsat(csat)),
        compareValue(QStringLiteral("ces"), t.value(QStringLiteral("ces")), expectedMean(ces)),
        compareValue(QStringLiteral("mean"), t.value(QStringLiteral("mean")), expectedMean(most)),
    };
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
}

void tst_CliStats::totals()
{
    QString problem;
    const QJsonObject root = statsJson({}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject totals = root.value(QStringLiteral("journeys"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    // The journey's totals include the 60 responses about the journey itself (no
    // touchpoint in the CSV).
    const RowFilter all = [](const Row &) {
        return true;
    };
    const QList<double> nps = scoresOf(m_rows, QStringLiteral("nps"), all);
    const QList<double> csat = scoresOf(m_rows, QStringLiteral("csat"), all);
    const QList<double> ces = scoresOf(m_rows, QStringLiteral("ces"), all);
    QCOMPARE(totals.value(QStringLiteral("responses")).toInt(), 479);
    const QJsonObject npsTotal = totals.value(QStringLiteral("nps")).toObject();
    QCOMPARE(qsizetype(npsTotal.value(QStringLiteral("n")).toInt()), nps.size());
    QStringList problems = {
        compareValue(QStringLiteral("nps"), npsTotal.value(QStringLiteral("value")),
                     expectedNps(nps)),
        compareValue(QStringLiteral("csat"),
                     totals.value(QStringLiteral("csat")).toObject().value(QStringLiteral("value")),
                     expectedCsat(csat)),
        compareValue(QStringLiteral("ces"),
                     totals.value(QStringLiteral("ces")).toObject().value(QStringLiteral("value")),
                     expectedMean(ces)),
    };
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    // The margin of error of the NPS, by its formula.
    double p = 0;
    double d = 0;
    for (double v : nps) {
        p += v >= 9 ? 1 : 0;
        d += v <= 6 ? 1 : 0;
    }
    const double n = double(nps.size());
    p /= n;
    d /= n;
    const double moe = 1.96 * std::sqrt((p + d) - (p - d) * (p - d)) / std::sqrt(n) * 100;
    QVERIFY(std::abs(npsTotal.value(QStringLiteral("moe")).toDouble() - moe) <= 0.1);
    QCOMPARE(npsTotal.value(QStringLiteral("small")).toBool(), nps.size() < 30);
}

void tst_CliStats::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("segment");

    QTest::newRow("date range") << QStringList{QStringLiteral("--from"),
                                               QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                               QStringLiteral("2026-03-31")}
                                << QStringLiteral("2026-01-01") << QStringLiteral("2026-03-31")
                                << QString();
    QTest::newRow("from") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-15")}
                          << QStringLiteral("2026-06-15") << QString() << QString();
    QTest::newRow("to") << QStringList{QStringLiteral("--to"), QStringLiteral("2025-12-31")}
                        << QString() << QStringLiteral("2025-12-31") << QString();
    QTest::newRow("segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("Commuter")}
                             << QString() << QString() << QStringLiteral("Commuter");
    QTest::newRow("segment and dates")
        << QStringList{QStringLiteral("--segment"), QStringLiteral("Family rider"),
                       QStringLiteral("--from"), QStringLiteral("2026-02-01")}
        << QStringLiteral("2026-02-01") << QString() << QStringLiteral("Family rider");
}

void tst_CliStats::filters()
{
    QFETCH(QStringList, options);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, segment);
    QString problem;
    const QJsonObject root = statsJson(options, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject journey = root.value(QStringLiteral("journeys")).toArray().first().toObject();
    auto inFilter = [&](const Row &r) {
        // ISO dates compare as text; both ends inclusive.
        return (from.isEmpty() || r.date >= from) && (to.isEmpty() || r.date <= to)
               && (segment.isEmpty() || r.segment == segment);
    };
    QStringList problems;
    qsizetype total = 0;
    for (const QString &title : SampleTouchpoints) {
        const QJsonObject t
            = findTouchpoint(journey.value(QStringLiteral("touchpoints")).toArray(), title);
        const RowFilter mine = [&](const Row &r) {
            return r.touchpoint == title && inFilter(r);
        };
        const QList<double> nps = scoresOf(m_rows, QStringLiteral("nps"), mine);
        const QList<double> csat = scoresOf(m_rows, QStringLiteral("csat"), mine);
        const QList<double> ces = scoresOf(m_rows, QStringLiteral("ces"), mine);
        if (t.value(QStringLiteral("responses")).toInt() != nps.size() + csat.size() + ces.size())
            problems.append(title + QStringLiteral(": responses"));
        problems << compareValue(title + QStringLiteral(" nps"), t.value(QStringLiteral("nps")),
                                 expectedNps(nps))
                 << compareValue(title + QStringLiteral(" csat"), t.value(QStringLiteral("csat")),
                                 expectedCsat(csat))
                 << compareValue(title + QStringLiteral(" ces"), t.value(QStringLiteral("ces")),
                                 expectedMean(ces));
        total += nps.size() + csat.size() + ces.size();
    }
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    // The filter changed something (or the test would prove nothing), and the journey's
    // total counts the filtered rows, touchpoint or not.
    const qsizetype expectedTotal = std::count_if(m_rows.cbegin(), m_rows.cend(), inFilter);
    QVERIFY(expectedTotal < 479 && expectedTotal > 0);
    QVERIFY(total <= expectedTotal);
    QCOMPARE(journey.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("responses"))
                 .toInteger(),
             qint64(expectedTotal));
    const QJsonObject f = root.value(QStringLiteral("filter")).toObject();
    QCOMPARE(f.value(QStringLiteral("segment")).toString(), segment);
    QCOMPARE(f.value(QStringLiteral("from")).toString(), from);
}

void tst_CliStats::breakdown_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QStringList>("labels"); // empty: not checked
    QTest::addColumn<bool>("coversAll");     // groups share out every response

    // CSAT is the sample's most frequent metric, so it is the default.
    QTest::newRow("stage") << QStringLiteral("stage") << QString() << SampleStages << false;
    QTest::newRow("stage nps") << QStringLiteral("stage") << QStringLiteral("nps") << SampleStages
                               << false;
    QTest::newRow("channel") << QStringLiteral("channel") << QString() << QStringList() << true;
    QTest::newRow("segment") << QStringLiteral("segment") << QStringLiteral("ces")
                             << QStringList{QStringLiteral("Commuter"),
                                            QStringLiteral("Family rider"),
                                            QStringLiteral("Sport cyclist")}
                             << true;
    QTest::newRow("month") << QStringLiteral("month") << QStringLiteral("nps") << QStringList()
                           << true;
    QTest::newRow("quarter") << QStringLiteral("quarter") << QString()
                             << QStringList{QStringLiteral("2025-Q4"), QStringLiteral("2026-Q1"),
                                            QStringLiteral("2026-Q2"), QStringLiteral("2026-Q3"),
                                            QStringLiteral("2026-Q4")}
                             << true;
    QTest::newRow("card") << QStringLiteral("card") << QStringLiteral("csat") << QStringList()
                          << true;
    QTest::newRow("lane") << QStringLiteral("lane") << QString() << QStringList() << false;
}

void tst_CliStats::breakdown()
{
    QFETCH(QString, by);
    QFETCH(QString, metric);
    QFETCH(QStringList, labels);
    QFETCH(bool, coversAll);
    QStringList options = {QStringLiteral("--by"), by};
    if (!metric.isEmpty())
        options += {QStringLiteral("--metric"), metric};
    QString problem;
    const QJsonObject root = statsJson(options, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject journey = root.value(QStringLiteral("journeys")).toArray().first().toObject();
    const QJsonObject breakdown = journey.value(QStringLiteral("breakdown")).toObject();
    const QString expectedMetric = metric.isEmpty() ? QStringLiteral("csat") : metric;
    QCOMPARE(breakdown.value(QStringLiteral("by")).toString(), by);
    QCOMPARE(breakdown.value(QStringLiteral("metric")).toString(), expectedMetric);
    const QJsonArray groups = breakdown.value(QStringLiteral("groups")).toArray();
    QVERIFY(!groups.isEmpty());
    QStringList actualLabels;
    qsizetype n = 0;
    for (const QJsonValue &g : groups) {
        actualLabels.append(g.toObject().value(QStringLiteral("label")).toString());
        n += g.toObject().value(QStringLiteral("n")).toInt();
    }
    if (!labels.isEmpty())
        QCOMPARE(actualLabels, labels);
    const RowFilter all = [](const Row &) {
        return true;
    };
    const QList<double> scores = scoresOf(m_rows, expectedMetric, all);
    if (coversAll)
        QCOMPARE(n, scores.size());
    else
        QVERIFY(n <= scores.size());

    // Each group's value against the CSV, for the groups the CSV names.
    auto expected = [&](const RowFilter &keep) {
        const QList<double> s = scoresOf(m_rows, expectedMetric, keep);
        if (expectedMetric == QLatin1String("nps"))
            return expectedNps(s);
        if (expectedMetric == QLatin1String("csat"))
            return expectedCsat(s);
        return expectedMean(s);
    };
    QStringList problems;
    for (const QJsonValue &gv : groups) {
        const QJsonObject g = gv.toObject();
        const QString label = g.value(QStringLiteral("label")).toString();
        const QString key = g.value(QStringLiteral("key")).toString();
        RowFilter keep;
        if (by == QLatin1String("stage"))
            keep = [&](const Row &r) {
                return !r.touchpoint.isEmpty() && r.stage == label;
            };
        else if (by == QLatin1String("segment"))
            keep = [&](const Row &r) {
                return r.segment == label;
            };
        else if (by == QLatin1String("channel"))
            keep = [&](const Row &r) {
                return r.channel == key;
            };
        else if (by == QLatin1String("month"))
            keep = [&](const Row &r) {
                return r.date.left(7) == key;
            };
        else if (by == QLatin1String("card") && g.contains(QStringLiteral("id")))
            keep = [&](const Row &r) {
                return r.touchpoint == label;
            };
        if (keep)
            problems << compareValue(label, g.value(QStringLiteral("value")), expected(keep));
    }
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
}

void tst_CliStats::textTable()
{
    const Result r = run({QStringLiteral("stats"), m_sample});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    // A header, one line per touchpoint, the journey total, and the legend.
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(QLatin1String("Touchpoint"))
            && lines.at(i).contains(QLatin1String("NPS"))) {
            header = i;
            break;
        }
    }
    QVERIFY2(header >= 0, r.out.constData());
    const QString head = lines.at(header);
    const qsizetype stageColumn = head.indexOf(QLatin1String("Stage"));
    const qsizetype npsEnd = head.indexOf(QLatin1String("NPS")) + 3;
    const qsizetype csatEnd = head.indexOf(QLatin1String("CSAT")) + 4;
    QVERIFY(stageColumn > 0);
    for (qsizetype i = 0; i < SampleTouchpoints.size(); ++i) {
        const QString line = lines.value(header + 1 + i);
        QVERIFY2(line.contains(SampleTouchpoints.at(i)), qPrintable(line));
        // Aligned columns: the stage starts under "Stage"; numbers end under their header,
        // followed by the small-sample star or a space.
        QVERIFY2(line.mid(stageColumn, 1) != QLatin1String(" "), qPrintable(line));
        QVERIFY2(line.at(stageColumn - 1) == QLatin1Char(' '), qPrintable(line));
        QVERIFY2(line.at(npsEnd - 2) != QLatin1Char(' '), qPrintable(line));
        QVERIFY2(line.at(csatEnd - 2) != QLatin1Char(' '), qPrintable(line));
    }
    const QString review
        = lines.value(header + 1 + SampleTouchpoints.indexOf(QStringLiteral("Review request")));
    QVERIFY2(review.contains(QLatin1String("+15.2")), qPrintable(review));
    QVERIFY2(!review.contains(QLatin1Char('*')), qPrintable(review)); // n = 33
    // n = 29: flagged as a small sample.
    const QString financing = lines.value(
        header + 1 + SampleTouchpoints.indexOf(QStringLiteral("Financing application")));
    QVERIFY2(financing.contains(QLatin1String("13.8 %*")), qPrintable(financing));
    QVERIFY2(lines.value(header + 1 + SampleTouchpoints.size()).contains(QLatin1String("479")),
             r.out.constData());
    // The legend explains the star and the columns.
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QLatin1String("* fewer than 30 responses")));
    QVERIFY(text.contains(QLatin1String("CSAT:")));
}

void tst_CliStats::textBreakdown()
{
    const Result r
        = run({QStringLiteral("stats"), m_sample, QStringLiteral("--by"), QStringLiteral("stage"),
               QStringLiteral("--metric"), QStringLiteral("nps")});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("NPS by stage")), qPrintable(text));
    // Only the Loyalty stage has NPS answers about touchpoints: Review request's.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Loyalty +33 +\\+15\\.2"))),
             qPrintable(text));
    for (const QString &stage : SampleStages)
        QVERIFY2(text.contains(stage), qPrintable(stage));
}

void tst_CliStats::journeyOption()
{
    QString problem;
    const QJsonObject root
        = statsJson({QStringLiteral("--journey"), QStringLiteral("buying a bike")}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(root.value(QStringLiteral("journeys")).toArray().size(), 1);
    const Result r = run({QStringLiteral("stats"), m_sample, QStringLiteral("--journey"),
                          QStringLiteral("Selling a boat")});
    QVERIFY2(r.problemIfNotFailure(1).isEmpty(), qPrintable(r.problemIfNotFailure(1)));
}

void tst_CliStats::undoneImportIgnored()
{
    // Rows of an undone import stay in the file with a negative journey id; rows about a
    // journey that is gone stay until the file is purged. Neither may count.
    const QString copy = path(QStringLiteral("undone.waymark"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_sample, copy));
    QVERIFY(sqlExec(copy, "INSERT INTO feedback (journey_id, card_id, metric, score, scale_min, "
                          "scale_max, date) SELECT -journey_id, id, 'nps', 0, 0, 10, "
                          "'2026-01-01' FROM cards WHERE title = 'Review request';"
                          "INSERT INTO feedback (journey_id, card_id, metric, score, scale_min, "
                          "scale_max) SELECT 4242, id, 'nps', 0, 0, 10 FROM cards "
                          "WHERE title = 'Review request'"));
    const Result r = run({QStringLiteral("stats"), copy, QStringLiteral("--json")});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    const QJsonObject review = findTouchpoint(QJsonDocument::fromJson(r.out)
                                                  .object()
                                                  .value(QStringLiteral("journeys"))
                                                  .toArray()
                                                  .first()
                                                  .toObject()
                                                  .value(QStringLiteral("touchpoints"))
                                                  .toArray(),
                                              QStringLiteral("Review request"));
    QCOMPARE(review.value(QStringLiteral("responses")).toInt(), 33);
    QCOMPARE(review.value(QStringLiteral("nps")).toDouble(), 15.2);

    // A visible row, for contrast: now it counts.
    QVERIFY(sqlExec(copy, "INSERT INTO feedback (journey_id, card_id, metric, score, scale_min, "
                          "scale_max) SELECT journey_id, id, 'nps', 0, 0, 10 FROM cards "
                          "WHERE title = 'Review request'"));
    const Result again = run({QStringLiteral("stats"), copy, QStringLiteral("--json")});
    QVERIFY2(again.problemIfNotSuccess().isEmpty(), qPrintable(again.problemIfNotSuccess()));
    QVERIFY(again.out.contains("\"responses\": 34"));
}

void tst_CliStats::noFeedback()
{
    // The sample without its responses: every touchpoint is there, with nulls.
    const QString empty = path(QStringLiteral("nofeedback.waymark"));
    QFile::remove(empty);
    QVERIFY(QFile::copy(m_sample, empty));
    QVERIFY(sqlExec(empty, "DELETE FROM feedback"));
    Result r = run({QStringLiteral("stats"), empty, QStringLiteral("--json")});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    const QJsonObject journey = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QStringLiteral("journeys"))
                                    .toArray()
                                    .first()
                                    .toObject();
    const QJsonArray touchpoints = journey.value(QStringLiteral("touchpoints")).toArray();
    QCOMPARE(touchpoints.size(), SampleTouchpoints.size());
    for (const QJsonValue &t : touchpoints) {
        const QJsonObject o = t.toObject();
        QCOMPARE(o.value(QStringLiteral("responses")).toInt(), 0);
        for (const char *key : {"nps", "csat", "ces", "mean"})
            QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
    }
    QVERIFY(journey.value(QStringLiteral("totals"))
                .toObject()
                .value(QStringLiteral("nps"))
                .toObject()
                .value(QStringLiteral("value"))
                .isNull());
    r = run({QStringLiteral("stats"), empty});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    QVERIFY(r.out.contains("Review request"));
    for (const char *by : {"stage", "channel", "month", "card"}) {
        r = run({QStringLiteral("stats"), empty, QStringLiteral("--by"), QLatin1String(by)});
        QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    }

    // A project without touchpoints at all.
    const QString bare = path(QStringLiteral("bare.waymark"));
    QFile::remove(bare);
    r = run(
        {QStringLiteral("new"), bare, QStringLiteral("--template"), QStringLiteral("four-stage")});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    r = run({QStringLiteral("stats"), bare, QStringLiteral("--json"), QStringLiteral("--by"),
             QStringLiteral("month")});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    const QJsonObject bareJourney = QJsonDocument::fromJson(r.out)
                                        .object()
                                        .value(QStringLiteral("journeys"))
                                        .toArray()
                                        .first()
                                        .toObject();
    QVERIFY(bareJourney.value(QStringLiteral("touchpoints")).toArray().isEmpty());
    QCOMPARE(bareJourney.value(QStringLiteral("stages")).toArray().size(), 4);
}

void tst_CliStats::readOnly()
{
    // stats opens the project read-only: the file is untouched and nothing is left beside
    // it (no lock file, no journal).
    const QByteArray before = sha256(m_sample);
    const QStringList listing
        = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const Result r
        = run({QStringLiteral("stats"), m_sample, QStringLiteral("--by"), QStringLiteral("month")});
    QVERIFY2(r.problemIfNotSuccess().isEmpty(), qPrintable(r.problemIfNotSuccess()));
    QCOMPARE(sha256(m_sample), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             listing);
}

void tst_CliStats::badFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::newRow("missing") << QStringLiteral("missing.waymark") << QByteArray();
    QTest::newRow("empty") << QStringLiteral("empty.waymark") << QByteArray("");
    QTest::newRow("text") << QStringLiteral("text.waymark")
                          << QByteArray("respondent,score\nR1,10\n");
    QTest::newRow("sqlite header only")
        << QStringLiteral("header.waymark") << QByteArray("SQLite format 3\0garbage", 23);
}

void tst_CliStats::badFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString file = path(name);
    QFile::remove(file);
    if (!content.isNull()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const Result r = run(QStringList{QStringLiteral("stats"), file} + extra);
        QVERIFY2(r.problemIfNotFailure(1).isEmpty(), qPrintable(r.problemIfNotFailure(1)));
    }
}

void tst_CliStats::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    auto row = [](const char *name, const QStringList &arguments) {
        QTest::newRow(name) << arguments;
    };
    const QString s = QStringLiteral("s.waymark");
    row("no file", {QStringLiteral("stats")});
    row("two files", {QStringLiteral("stats"), s, s});
    row("unknown option", {QStringLiteral("stats"), s, QStringLiteral("--fast")});
    row("bad --by", {QStringLiteral("stats"), s, QStringLiteral("--by"), QStringLiteral("week")});
    row("--by without value", {QStringLiteral("stats"), s, QStringLiteral("--by")});
    row("bad --metric",
        {QStringLiteral("stats"), s, QStringLiteral("--metric"), QStringLiteral("nss")});
    row("--metric none",
        {QStringLiteral("stats"), s, QStringLiteral("--metric"), QStringLiteral("none")});
    row("bad --from",
        {QStringLiteral("stats"), s, QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    row("bad --to", {QStringLiteral("stats"), s, QStringLiteral("--to"), QStringLiteral("soon")});
    row("--from after --to",
        {QStringLiteral("stats"), s, QStringLiteral("--from"), QStringLiteral("2026-03-01"),
         QStringLiteral("--to"), QStringLiteral("2026-02-01")});
}

void tst_CliStats::badOptions()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = sha256(m_sample);
    const Result r = run(arguments);
    QVERIFY2(r.problemIfNotFailure(2).isEmpty(), qPrintable(r.problemIfNotFailure(2)));
    QCOMPARE(sha256(m_sample), before);
}

// --persona counts the responses of the persona's segments: in the sample, "Commuter" stands
// for the segment Commuter, so every figure equals the CSV's rows of that segment.
void tst_CliStats::personaOption()
{
    QString problem;
    const QJsonObject root
        = statsJson({QStringLiteral("--persona"), QStringLiteral("commuter")}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject journey = root.value(QStringLiteral("journeys")).toArray().first().toObject();
    const auto commuter = [](const Row &r) {
        return r.segment == QLatin1String("Commuter");
    };
    const qsizetype expected = std::count_if(m_rows.cbegin(), m_rows.cend(), commuter);
    QCOMPARE(expected, qsizetype(151));
    QCOMPARE(journey.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("responses"))
                 .toInteger(),
             qint64(expected));
    // By hand from the CSV: the commuters rated the search ads 5, 4, 4, 3, 4, 3, 4, 5 (CSAT,
    // 1-5): 6 of 8 in the top two boxes, 75 %; everyone together: 24 of 34, 70.6 %.
    const QJsonObject ads = findTouchpoint(journey.value(QStringLiteral("touchpoints")).toArray(),
                                           SampleTouchpoints.first());
    QCOMPARE(ads.value(QStringLiteral("csat")).toDouble(), 75.0);
    QCOMPARE(ads.value(QStringLiteral("n")).toObject().value(QStringLiteral("csat")).toInt(), 8);
    QStringList problems;
    for (const QString &title : SampleTouchpoints) {
        const QJsonObject t
            = findTouchpoint(journey.value(QStringLiteral("touchpoints")).toArray(), title);
        const RowFilter mine = [&](const Row &r) {
            return r.touchpoint == title && commuter(r);
        };
        problems << compareValue(title + QStringLiteral(" nps"), t.value(QStringLiteral("nps")),
                                 expectedNps(scoresOf(m_rows, QStringLiteral("nps"), mine)))
                 << compareValue(title + QStringLiteral(" csat"), t.value(QStringLiteral("csat")),
                                 expectedCsat(scoresOf(m_rows, QStringLiteral("csat"), mine)))
                 << compareValue(title + QStringLiteral(" ces"), t.value(QStringLiteral("ces")),
                                 expectedMean(scoresOf(m_rows, QStringLiteral("ces"), mine)));
    }
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    const QJsonObject f = root.value(QStringLiteral("filter")).toObject();
    QCOMPARE(f.value(QStringLiteral("persona")).toString(), QStringLiteral("Commuter"));
    QCOMPARE(f.value(QStringLiteral("segments")).toArray(),
             QJsonArray({QStringLiteral("Commuter")}));

    // The text output says whose responses it counts; the help mentions the option.
    const Result text = run(
        {QStringLiteral("stats"), m_sample, QStringLiteral("--persona"), QStringLiteral("p1")});
    QVERIFY2(text.problemIfNotSuccess().isEmpty(), qPrintable(text.problemIfNotSuccess()));
    QVERIFY(
        QString::fromUtf8(text.out).startsWith(QStringLiteral("Responses of persona “Commuter”")));
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("151 rated responses")));
    const Result help = run({QStringLiteral("help")});
    QVERIFY(QString::fromUtf8(help.out).contains(QStringLiteral("[--persona NAME]")));
}

void tst_CliStats::personaUnknown()
{
    const QByteArray before = sha256(m_sample);
    const Result r = run(
        {QStringLiteral("stats"), m_sample, QStringLiteral("--persona"), QStringLiteral("X")});
    QVERIFY2(r.problemIfNotFailure(1).isEmpty(), qPrintable(r.problemIfNotFailure(1)));
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             QStringLiteral("waymark-cli: There is no persona called “X”; the personas are: "
                            "“Commuter”, “Family rider”, “Sport cyclist”."));
    QCOMPARE(sha256(m_sample), before);
}

void tst_CliStats::personaWithoutSegments()
{
    const QString copy = path(QStringLiteral("nosegments.waymark"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_sample, copy));
    QVERIFY(sqlExec(copy, "UPDATE personas SET segments = '[]' WHERE name = 'Family rider'"));
    const Result r = run({QStringLiteral("stats"), copy, QStringLiteral("--persona"),
                          QStringLiteral("Family rider")});
    QVERIFY2(r.problemIfNotFailure(1).isEmpty(), qPrintable(r.problemIfNotFailure(1)));
    QVERIFY2(r.err.contains("“Family rider” stands for no feedback segments"), r.err.constData());
    // The others still filter.
    const Result ok = run({QStringLiteral("stats"), copy, QStringLiteral("--persona"),
                           QStringLiteral("Sport cyclist")});
    QVERIFY2(ok.problemIfNotSuccess().isEmpty(), qPrintable(ok.problemIfNotSuccess()));
}

QTEST_GUILESS_MAIN(tst_CliStats)

#include "tst_cli_stats.moc"
