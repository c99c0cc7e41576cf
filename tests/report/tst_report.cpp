// End-to-end tests of the PDF report and the map images (issue "Reports and exports"): the
// real waymark-cli binary writes the files, and standard tools read them back: pdftotext,
// pdfinfo (poppler-utils), identify (ImageMagick), xmllint. In-process tests cover what the
// CLI cannot reach (the GUI's print palette, the service's errors).

#include "commands/setsettingcommand.h"
#include "metrics/metricsengine.h"
#include "project/project.h"
#include "projectactions.h"
#include "report/mapimagedialog.h"
#include "report/mapimageexporter.h"
#include "report/reportdialog.h"
#include "report/reportformat.h"
#include "report/reportoptions.h"
#include "report/reportservice.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPalette>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Waymark;

namespace {

const QString Prefix = QStringLiteral("waymark-cli: ");
const QString Injection = QStringLiteral("<img src=\"file:///etc/passwd\"><b>bold</b>");

struct Result
{
    bool finished = false;
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("finished %1, crashed %2, exit %3, stderr: %4")
            .arg(finished)
            .arg(crashed)
            .arg(exitCode)
            .arg(QString::fromUtf8(err.left(2000)));
    }
    bool succeeded() const { return finished && !crashed && exitCode == 0 && err.isEmpty(); }
    // Exit 1, no crash, one line "waymark-cli: <sentence>" on stderr, nothing on stdout.
    bool failedWithSentence() const
    {
        const QStringList lines
            = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return finished && !crashed && exitCode == 1 && lines.size() == 1
               && lines.first().startsWith(Prefix) && lines.first().size() > Prefix.size() + 10
               && out.isEmpty();
    }
};

Result runProgram(const QString &program, const QStringList &arguments, int timeout = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Batch use: no display at all.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Result r;
    r.finished = process.waitForFinished(timeout);
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

Result cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(WAYMARK_CLI), arguments);
}

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

QString pdfText(const QString &pdf, bool layout = false)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                          QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    const Result r = runProgram(QStringLiteral("pdftotext"), arguments);
    return QString::fromUtf8(r.out);
}

// Text with every kind of white space removed: words a table cell wraps still match.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QMap<QString, QString> pdfInfo(const QString &pdf)
{
    const Result r = runProgram(QStringLiteral("pdfinfo"), {pdf});
    QMap<QString, QString> info;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

// "+12.5", "70.6 %", "5.2", as `waymark-cli stats` prints a score (without its small-sample
// marker), from the one-decimal number of `stats --json`.
QString statsText(const QJsonValue &value, const QString &metric)
{
    const double v = value.toDouble();
    QString text = QString::number(v, 'f', 1);
    if (metric == QLatin1String("nps") && v > 0)
        text.prepend(QLatin1Char('+'));
    if (metric == QLatin1String("csat"))
        text += QStringLiteral(" %");
    return text;
}

QJsonObject mapJson(const QString &journeyName, const QStringList &stageNames,
                    const QList<QPair<int, QString>> &touchpoints,
                    const QList<QPair<int, QString>> &painPoints = {})
{
    QJsonArray stages;
    for (int i = 0; i < stageNames.size(); ++i)
        stages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(i + 1)},
                                  {QStringLiteral("name"), stageNames.at(i)}});
    const QJsonArray lanes{QJsonObject{{QStringLiteral("id"), QStringLiteral("l1")},
                                       {QStringLiteral("name"), QStringLiteral("Touchpoints")},
                                       {QStringLiteral("kind"), QStringLiteral("touchpoints")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("l2")},
                                       {QStringLiteral("name"), QStringLiteral("Pain points")},
                                       {QStringLiteral("kind"), QStringLiteral("pain_points")}}};
    QJsonArray cards;
    int n = 0;
    for (const auto &[stage, title] : touchpoints)
        cards.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(++n)},
                                 {QStringLiteral("stage"), QStringLiteral("s%1").arg(stage + 1)},
                                 {QStringLiteral("lane"), QStringLiteral("l1")},
                                 {QStringLiteral("kind"), QStringLiteral("touchpoint")},
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("channel"), QStringLiteral("web")}});
    for (const auto &[stage, title] : painPoints)
        cards.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(++n)},
                                 {QStringLiteral("stage"), QStringLiteral("s%1").arg(stage + 1)},
                                 {QStringLiteral("lane"), QStringLiteral("l2")},
                                 {QStringLiteral("kind"), QStringLiteral("pain_point")},
                                 {QStringLiteral("title"), title}});
    const QJsonObject journey{{QStringLiteral("id"), QStringLiteral("j1")},
                              {QStringLiteral("name"), journeyName},
                              {QStringLiteral("stages"), stages},
                              {QStringLiteral("lanes"), lanes},
                              {QStringLiteral("cards"), cards},
                              {QStringLiteral("connections"), QJsonArray()}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("waymark-map")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("title"), journeyName.left(200)},
                       {QStringLiteral("personas"), QJsonArray()},
                       {QStringLiteral("journeys"), QJsonArray{journey}}};
}

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sampleReportMatchesStats();
    void metadata();
    void injectionIsPlainText();
    void emptyJourney();
    void journeyWithoutFeedback();
    void longTitles();
    void nonLatinText();
    void badLogoInProject();
    void badLogoFile();
    void filtersChangeNumbers();
    void sectionsSubset();
    void reviewSection();
    void letterPaper();
    void wideMapIsTiled();
    void pngScale();
    void pngTransparent();
    void svgParsesAndHasTitles();
    void cliErrors_data();
    void cliErrors();
    void batchInALoop();
    void printPaletteIgnoresDarkMode();
    void serviceRefusesBadLogo();
    void dialogPreview();
    void imageDialogOptions();
    void fileMenuActions();
    void defaultPaper_data();
    void defaultPaper();
    void parseSections_data();
    void parseSections();
    void statsValue_data();
    void statsValue();
    void metadataUpdate();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newProject(const QString &name, const QJsonObject &map);
    bool importCsv(const QString &project, const QByteArray &csv);
    bool setSetting(const QString &project, const QString &key, const QVariant &value);
    QString sample();

    QTemporaryDir m_dir;
    QString m_sample;
};

void tst_Report::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(WAYMARK_CLI)), WAYMARK_CLI);
}

QString tst_Report::newProject(const QString &name, const QJsonObject &map)
{
    const QString json = path(name + QStringLiteral(".json"));
    QFile file(json);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(map).toJson());
    file.close();
    const QString project = path(name + QStringLiteral(".waymark"));
    const Result r = cli({QStringLiteral("new"), project, QStringLiteral("--from-json"), json});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.exitCode == 0 ? project : QString();
}

bool tst_Report::importCsv(const QString &project, const QByteArray &csv)
{
    const QString csvPath = path(QFileInfo(project).completeBaseName() + QStringLiteral(".csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(csv);
    file.close();
    const Result r = cli(
        {QStringLiteral("import"), project, csvPath, QStringLiteral("--touchpoint-column"),
         QStringLiteral("touchpoint"), QStringLiteral("--stage-column"), QStringLiteral("stage"),
         QStringLiteral("--score-column"), QStringLiteral("nps"), QStringLiteral("--date-column"),
         QStringLiteral("date"), QStringLiteral("--segment-column"), QStringLiteral("segment"),
         QStringLiteral("--comment-column"), QStringLiteral("comment")});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.exitCode == 0;
}

bool tst_Report::setSetting(const QString &project, const QString &key, const QVariant &value)
{
    DocumentError error;
    std::unique_ptr<Project> p = Project::open(project, {}, &error);
    if (!p)
        return false;
    return p->execute(new SetSettingCommand(*p, key, value));
}

QString tst_Report::sample()
{
    if (m_sample.isEmpty()) {
        const QString project = path(QStringLiteral("sample.waymark"));
        const Result r = cli({QStringLiteral("new"), project, QStringLiteral("--template"),
                              QStringLiteral("sample")});
        if (r.exitCode == 0)
            m_sample = project;
    }
    return m_sample;
}

void tst_Report::sampleReportMatchesStats()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString project = sample();
    QVERIFY(!project.isEmpty());
    const QString pdf = path(QStringLiteral("sample.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    const QString flat = squeezed(text);

    const Result stats = cli({QStringLiteral("stats"), project, QStringLiteral("--json")});
    QVERIFY2(stats.succeeded(), qPrintable(stats.describe()));
    const QJsonObject journey = QJsonDocument::fromJson(stats.out)
                                    .object()
                                    .value(QStringLiteral("journeys"))
                                    .toArray()
                                    .first()
                                    .toObject();
    const QString name = journey.value(QStringLiteral("name")).toString();
    QVERIFY(!name.isEmpty());
    QVERIFY2(text.contains(name), qPrintable(name));
    const QJsonArray stages = journey.value(QStringLiteral("stages")).toArray();
    QCOMPARE(stages.size(), 4);
    for (const QJsonValue &stage : stages)
        QVERIFY2(flat.contains(squeezed(stage.toString())), qPrintable(stage.toString()));

    // Every touchpoint's scores, exactly as stats prints them, in the touchpoint's row of its
    // stage table (read with -layout, where a table row is one line): title, responses,
    // NPS, CSAT, CES ("–" for none; "*" marks a small sample).
    const QString layout = pdfText(pdf, true);
    const QJsonArray touchpoints = journey.value(QStringLiteral("touchpoints")).toArray();
    QVERIFY(touchpoints.size() >= 10);
    int checked = 0;
    for (const QJsonValue &value : touchpoints) {
        const QJsonObject t = value.toObject();
        QString pattern = QStringLiteral("^\\s*")
                          + QRegularExpression::escape(t.value(QStringLiteral("title")).toString())
                          + QStringLiteral("\\s+")
                          + QString::number(t.value(QStringLiteral("responses")).toInt());
        for (const char *metric : {"nps", "csat", "ces"}) {
            const QJsonValue v = t.value(QLatin1String(metric));
            pattern
                += QStringLiteral("\\s+")
                   + (v.isNull() ? QStringLiteral("–")
                                 : QRegularExpression::escape(statsText(v, QLatin1String(metric))))
                   + QStringLiteral("( \\*)?");
        }
        const QRegularExpression row(pattern, QRegularExpression::MultilineOption);
        QVERIFY2(row.match(layout).hasMatch(), qPrintable(pattern));
        ++checked;
    }
    QVERIFY(checked >= 10);
    // Journey totals as stats computes them.
    const QJsonObject totals = journey.value(QStringLiteral("totals")).toObject();
    for (const char *metric : {"nps", "csat", "ces"}) {
        const QJsonObject total = totals.value(QLatin1String(metric)).toObject();
        if (total.value(QStringLiteral("value")).isNull())
            continue;
        QVERIFY(flat.contains(
            squeezed(statsText(total.value(QStringLiteral("value")), QLatin1String(metric)))));
    }
    // Running footer with page numbers.
    const QMap<QString, QString> info = pdfInfo(pdf);
    const int pages = info.value(QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 8);
    QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Appendix")));
    // Vector throughout: the only raster images are the map's small icons (no screenshot of
    // the map or of a chart).
    if (haveTool("pdfimages")) {
        const Result images
            = runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        const QStringList lines = QString::fromUtf8(images.out).split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(2)) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() < 5)
                continue;
            QVERIFY2(fields.at(3).toInt() <= 64 && fields.at(4).toInt() <= 64, qPrintable(line));
        }
    }
    // The appendix names the import batch with its hash, and the content fingerprint.
    QVERIFY(text.contains(QStringLiteral("sample-feedback.csv")));
    QVERIFY(flat.contains(QRegularExpression(QStringLiteral("[0-9a-f]{64}"))));
}

void tst_Report::metadata()
{
    if (!haveTool("pdfinfo"))
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString project = path(QStringLiteral("meta.waymark"));
    QVERIFY(cli({QStringLiteral("new"), project, QStringLiteral("--template"),
                 QStringLiteral("sample")})
                .succeeded());
    QVERIFY(setSetting(project, QStringLiteral("author"), QStringLiteral("Ana Lima, CX Partners")));
    QVERIFY(setSetting(project, QStringLiteral("client"), QStringLiteral("Kestrel Bikes GmbH")));
    const QString pdf = path(QStringLiteral("meta.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QMap<QString, QString> info = pdfInfo(pdf);
    QVERIFY2(info.value(QStringLiteral("Title")).contains(QStringLiteral("Buying a bike")),
             qPrintable(info.value(QStringLiteral("Title"))));
    QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("Ana Lima, CX Partners"));
    QVERIFY(info.value(QStringLiteral("Subject")).contains(QStringLiteral("Kestrel Bikes GmbH")));
    QVERIFY(info.value(QStringLiteral("Creator")).startsWith(QStringLiteral("Waymark")));
    QVERIFY(info.value(QStringLiteral("Page size")).contains(QStringLiteral("A4")));
}

void tst_Report::injectionIsPlainText()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString project
        = newProject(QStringLiteral("inject"), mapJson(QStringLiteral("Injection <i>journey</i>"),
                                                       {QStringLiteral("Stage <b>one</b>")},
                                                       {{0, Injection}}, {{0, Injection}}));
    QVERIFY(!project.isEmpty());
    QVERIFY(importCsv(project,
                      "touchpoint,stage,nps,date,segment,comment\n"
                      "\"<img src=\"\"file:///etc/passwd\"\"><b>bold</b>\",Stage <b>one</b>,"
                      "3,2026-01-05,<u>seg</u>,\"terrible <script>x</script> awful\"\n"));
    const QString pdf = path(QStringLiteral("inject.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(Injection), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("Injection <i>journey</i>")));
    QVERIFY(squeezed(text).contains(QStringLiteral("Stage<b>one</b>")));
}

void tst_Report::emptyJourney()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Stages but no cards; and a journey without even stages.
    const QString cardless
        = newProject(QStringLiteral("cardless"),
                     mapJson(QStringLiteral("Cardless"),
                             {QStringLiteral("First"), QStringLiteral("Second")}, {}));
    QVERIFY(!cardless.isEmpty());
    const QString pdf = path(QStringLiteral("cardless.pdf"));
    Result r = cli({QStringLiteral("export"), cardless, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Cardless")));
    QVERIFY(text.contains(QStringLiteral("no cards yet")));
    QVERIFY(text.contains(QStringLiteral("There are no touchpoints in this stage.")));

    const QString bare
        = newProject(QStringLiteral("bare"), mapJson(QStringLiteral("Bare"), {}, {}));
    QVERIFY(!bare.isEmpty());
    const QString barePdf = path(QStringLiteral("bare.pdf"));
    r = cli({QStringLiteral("export"), bare, QStringLiteral("--pdf"), barePdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    text = pdfText(barePdf);
    QVERIFY(text.contains(QStringLiteral("no stages yet")));

    // A map of lanes without stages is still a picture of what the canvas shows.
    for (const char *format : {"png", "svg"}) {
        const QString image = path(QStringLiteral("bare.") + QLatin1String(format));
        r = cli(
            {QStringLiteral("export"), bare, QStringLiteral("--") + QLatin1String(format), image});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QVERIFY(QFileInfo(image).size() > 100);
    }
}

void tst_Report::journeyWithoutFeedback()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString project = newProject(
        QStringLiteral("nofeedback"),
        mapJson(QStringLiteral("Quiet journey"), {QStringLiteral("Browse"), QStringLiteral("Buy")},
                {{0, QStringLiteral("Website")}, {1, QStringLiteral("Checkout")}}));
    QVERIFY(!project.isEmpty());
    const QString pdf = path(QStringLiteral("nofeedback.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    // Sentences instead of empty tables.
    QVERIFY(text.contains(QStringLiteral("No customer responses match this report")));
    QVERIFY(squeezed(text).contains(
        squeezed(QStringLiteral("No responses about the touchpoints of this stage match"))));
    QVERIFY(squeezed(text).contains(squeezed(QStringLiteral("so there is no heatmap"))));
    QVERIFY(squeezed(text).contains(squeezed(QStringLiteral("No comments were given"))));
    QVERIFY(!text.contains(QStringLiteral("Responses\nNPS")));
    QVERIFY(!squeezed(text).contains(QStringLiteral("TouchpointResponsesNPS")));
}

void tst_Report::longTitles()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString longText = QStringLiteral("Long ") + QString(10000, QLatin1Char('x'));
    const QString project = newProject(QStringLiteral("long"),
                                       mapJson(longText, {longText, QStringLiteral("Short")},
                                               {{0, longText}, {1, longText}}, {{0, longText}}));
    QVERIFY(!project.isEmpty());
    QVERIFY(setSetting(project, QStringLiteral("client"), longText));
    const QString pdf = path(QStringLiteral("long.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QMap<QString, QString> info = pdfInfo(pdf);
    const int pages = info.value(QStringLiteral("Pages")).toInt();
    QVERIFY2(pages > 3 && pages < 20, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QChar(0x2026))); // elided with an ellipsis
    QVERIFY(!text.contains(QString(5000, QLatin1Char('x'))));
}

void tst_Report::nonLatinText()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString chinese = QStringLiteral("顾客旅程报告");
    const QString arabic = QStringLiteral("رحلة العميل");
    const QString emoji = QStringLiteral("Checkout 🚲✨");
    const QString project = newProject(
        QStringLiteral("intl"), mapJson(chinese, {arabic, QStringLiteral("混合 stage")},
                                        {{0, emoji}, {1, QStringLiteral("支付 ") + arabic}}));
    QVERIFY(!project.isEmpty());
    const QString pdf = path(QStringLiteral("intl.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(chinese), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Checkout")));
    // Arabic comes back from pdftotext in presentation forms or reversed; its letters must
    // be there in some form.
    const QRegularExpression arabicLetters(
        QStringLiteral("[\\x{0600}-\\x{06FF}\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]{3,}"));
    QVERIFY(arabicLetters.match(text).hasMatch());
    // The fonts that carry them are embedded.
    const Result fonts = runProgram(QStringLiteral("pdffonts"), {pdf});
    if (fonts.finished && fonts.exitCode == 0)
        QVERIFY2(fonts.out.contains("CJK") || fonts.out.contains("Noto"), fonts.out.constData());
}

void tst_Report::badLogoInProject()
{
    const QString project = path(QStringLiteral("badlogo.waymark"));
    QVERIFY(cli({QStringLiteral("new"), project, QStringLiteral("--template"),
                 QStringLiteral("sample")})
                .succeeded());
    QVERIFY(setSetting(project, QStringLiteral("branding/logo"),
                       QByteArray("this is a text file, not an image")));
    const QString pdf = path(QStringLiteral("badlogo.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.failedWithSentence(), qPrintable(r.describe()));
    QVERIFY(r.err.contains("logo"));
    QVERIFY(!QFileInfo::exists(pdf));
}

void tst_Report::badLogoFile()
{
    const QString text = path(QStringLiteral("logo.png"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not really a PNG\n");
    file.close();
    const QString pdf = path(QStringLiteral("badlogofile.pdf"));
    Result r = cli({QStringLiteral("export"), sample(), QStringLiteral("--pdf"), pdf,
                    QStringLiteral("--logo"), text});
    QVERIFY2(r.failedWithSentence(), qPrintable(r.describe()));
    QVERIFY(r.err.contains("not an image"));
    QVERIFY(!QFileInfo::exists(pdf));

    r = cli({QStringLiteral("export"), sample(), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--logo"), path(QStringLiteral("missing.png"))});
    QVERIFY2(r.failedWithSentence(), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(pdf));

    // A real image is accepted.
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(Qt::darkCyan);
    const QString good = path(QStringLiteral("good-logo.png"));
    QVERIFY(logo.save(good));
    r = cli({QStringLiteral("export"), sample(), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--logo"), good, QStringLiteral("--sections"),
             QStringLiteral("cover")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void tst_Report::filtersChangeNumbers()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString project = sample();
    const auto totals = [&](const QStringList &filter) {
        Result stats
            = cli(QStringList{QStringLiteral("stats"), project, QStringLiteral("--json")} + filter);
        const QJsonObject t = QJsonDocument::fromJson(stats.out)
                                  .object()
                                  .value(QStringLiteral("journeys"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("totals"))
                                  .toObject();
        return t;
    };
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-03-31")};
    const QJsonObject all = totals({});
    const QJsonObject inPeriod = totals(period);
    const QString metric = QStringLiteral("csat");
    const QString allText
        = statsText(all.value(metric).toObject().value(QStringLiteral("value")), metric);
    const QString periodText
        = statsText(inPeriod.value(metric).toObject().value(QStringLiteral("value")), metric);
    QVERIFY2(allText != periodText, qPrintable(allText));

    const QString pdf = path(QStringLiteral("period.pdf"));
    Result r = cli(QStringList{QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
                               QStringLiteral("--sections"), QStringLiteral("summary,appendix")}
                   + period);
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    QString text = pdfText(pdf);
    QVERIFY2(text.contains(periodText), qPrintable(periodText));
    QVERIFY(text.contains(QStringLiteral("2026")));

    // A segment.
    const QStringList segment{QStringLiteral("--segment"), QStringLiteral("Commuter")};
    const QJsonObject inSegment = totals(segment);
    const QString segmentText
        = statsText(inSegment.value(metric).toObject().value(QStringLiteral("value")), metric);
    QVERIFY(segmentText != allText);
    r = cli(QStringList{QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--sections"), QStringLiteral("summary,appendix")}
            + segment);
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    text = pdfText(pdf);
    QVERIFY2(text.contains(segmentText), qPrintable(segmentText));
    QVERIFY(text.contains(QStringLiteral("Segment: Commuter")));

    // A persona: the responses of its segments, as `stats --persona` counts them.
    const QStringList persona{QStringLiteral("--persona"), QStringLiteral("family rider")};
    const QJsonObject ofPersona = totals(persona);
    const QString personaText
        = statsText(ofPersona.value(metric).toObject().value(QStringLiteral("value")), metric);
    QVERIFY(personaText != allText);
    r = cli(QStringList{QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--sections"), QStringLiteral("summary,appendix")}
            + persona);
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    text = pdfText(pdf);
    QVERIFY2(text.contains(personaText), qPrintable(personaText));
    QVERIFY(text.contains(QStringLiteral("Persona: Family rider")));
    r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
             QStringLiteral("--persona"), QStringLiteral("Nobody")});
    QVERIFY2(r.failedWithSentence(), qPrintable(r.describe()));
    QVERIFY(r.err.contains("There is no persona called"));

    // --journey by name: the report is about that journey.
    r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
             QStringLiteral("--journey"), QStringLiteral("No such journey")});
    QVERIFY2(r.failedWithSentence(), qPrintable(r.describe()));
    const Result stats = cli({QStringLiteral("stats"), project, QStringLiteral("--json")});
    const QJsonArray journeys
        = QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("journeys")).toArray();
    const QString last = journeys.last().toObject().value(QStringLiteral("name")).toString();
    QVERIFY(!last.isEmpty());
    r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
             QStringLiteral("--journey"), last, QStringLiteral("--sections"),
             QStringLiteral("summary")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    QVERIFY(pdfInfo(pdf).value(QStringLiteral("Title")).contains(last));
}

// The sign-offs with whether they are still current, and the open comments; a change to
// the project afterwards marks the sign-off outdated.
void tst_Report::reviewSection()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString project = path(QStringLiteral("review.waymark"));
    QVERIFY(QFile::copy(sample(), project));
    const QString pdf = path(QStringLiteral("review.pdf"));
    Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
                    QStringLiteral("--sections"), QStringLiteral("review")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("Review and sign-off")));
    QVERIFY(text.contains(QStringLiteral("Dana Reyes (COO)")));
    QVERIFY(text.contains(QStringLiteral("current")));
    QVERIFY(!text.contains(QStringLiteral("outdated")));
    QVERIFY(text.contains(QStringLiteral("Is three days the median or the worst case?")));
    // A resolved thread is not an open comment.
    QVERIFY(!text.contains(QStringLiteral("Should the first service be a stage of its own?")));

    QVERIFY(setSetting(project, QStringLiteral("client"), QStringLiteral("Another client")));
    r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
             QStringLiteral("--sections"), QStringLiteral("review")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("outdated")));
    QVERIFY(text.contains(QStringLiteral("the project changed after this sign-off")));
}

void tst_Report::sectionsSubset()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = path(QStringLiteral("subset.pdf"));
    const Result r = cli({QStringLiteral("export"), sample(), QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--sections"), QStringLiteral("heatmap,appendix")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Stages by channel")));
    QVERIFY(text.contains(QStringLiteral("Definitions and sources")));
    QVERIFY(!text.contains(QStringLiteral("Executive summary")));
    QVERIFY(!text.contains(QStringLiteral("STAGE 1 OF"))
            && !text.contains(QStringLiteral("Stage 1 of")));
    QCOMPARE(pdfInfo(pdf).value(QStringLiteral("Pages")).toInt(), 2);
}

void tst_Report::letterPaper()
{
    if (!haveTool("pdfinfo"))
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString pdf = path(QStringLiteral("letter.pdf"));
    const Result r = cli({QStringLiteral("export"), sample(), QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--paper"), QStringLiteral("letter")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    QVERIFY(
        pdfInfo(pdf).value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
}

void tst_Report::wideMapIsTiled()
{
    if (!haveTool("pdftotext"))
        QSKIP("pdftotext (poppler-utils) is not installed");
    QStringList stages;
    QList<QPair<int, QString>> touchpoints;
    for (int i = 0; i < 24; ++i) {
        stages.append(QStringLiteral("Stage number %1").arg(i + 1));
        touchpoints.append({i, QStringLiteral("Touchpoint %1").arg(i + 1)});
    }
    const QString project
        = newProject(QStringLiteral("wide"), mapJson(QStringLiteral("Wide"), stages, touchpoints));
    QVERIFY(!project.isEmpty());
    const QString pdf = path(QStringLiteral("wide.pdf"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--sections"), QStringLiteral("map")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Map, part 1 of (\\d+)")).match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text.left(1000)));
    const int parts = m.captured(1).toInt();
    QVERIFY(parts >= 2);
    QVERIFY(text.contains(QStringLiteral("Map, part %1 of %1").arg(parts)));
    QCOMPARE(pdfInfo(pdf).value(QStringLiteral("Pages")).toInt(), parts);
    // Landscape pages.
    QVERIFY(
        pdfInfo(pdf).value(QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595")));
    // Every card's title is on some page (the tiles overlap, never lose a column).
    for (int i = 0; i < 24; ++i)
        QVERIFY(text.contains(QStringLiteral("Touchpoint %1").arg(i + 1)));
}

void tst_Report::pngScale()
{
    if (!haveTool("identify"))
        QSKIP("identify (ImageMagick) is not installed");
    const QString one = path(QStringLiteral("map1.png"));
    const QString two = path(QStringLiteral("map2.png"));
    Result r = cli({QStringLiteral("export"), sample(), QStringLiteral("--png"), one});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    r = cli({QStringLiteral("export"), sample(), QStringLiteral("--png"), two,
             QStringLiteral("--scale"), QStringLiteral("2")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const auto size = [](const QString &file) {
        const Result id = runProgram(QStringLiteral("identify"),
                                     {QStringLiteral("-format"), QStringLiteral("%w %h"), file});
        const QStringList parts = QString::fromUtf8(id.out).split(QLatin1Char(' '));
        return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
    };
    const QSize a = size(one);
    const QSize b = size(two);
    QVERIFY2(a.width() > 400 && a.height() > 200,
             qPrintable(QStringLiteral("%1x%2").arg(a.width()).arg(a.height())));
    QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
    QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    // White background by default.
    const QImage image(one);
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
}

void tst_Report::pngTransparent()
{
    const QString file = path(QStringLiteral("transparent.png"));
    const Result r = cli({QStringLiteral("export"), sample(), QStringLiteral("--png"), file,
                          QStringLiteral("--transparent")});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    const QImage image(file);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(image.pixelColor(1, 1).alpha(), 0);
}

void tst_Report::svgParsesAndHasTitles()
{
    const QString project = newProject(QStringLiteral("svg"),
                                       mapJson(QStringLiteral("Svg journey"),
                                               {QStringLiteral("Look"), QStringLiteral("Buy")},
                                               {{0, QStringLiteral("Compare prices & reviews")},
                                                {1, QStringLiteral("<b>bold</b> & <img src=x>")}}));
    QVERIFY(!project.isEmpty());
    const QString svg = path(QStringLiteral("map.svg"));
    const Result r = cli({QStringLiteral("export"), project, QStringLiteral("--svg"), svg});
    QVERIFY2(r.succeeded(), qPrintable(r.describe()));
    if (haveTool("xmllint")) {
        const Result lint = runProgram(QStringLiteral("xmllint"), {QStringLiteral("--noout"), svg});
        QVERIFY2(lint.exitCode == 0 && lint.err.isEmpty(), lint.err.constData());
    }
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    QStringList elements;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters)
            text += xml.text();
        else if (token == QXmlStreamReader::StartElement)
            elements.append(xml.name().toString());
    }
    // Titles are text, never markup.
    QVERIFY(!elements.contains(QStringLiteral("b")));
    QVERIFY(!elements.contains(QStringLiteral("img")));
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(squeezed(QStringLiteral("Compare prices & reviews"))));
    QVERIFY2(flat.contains(squeezed(QStringLiteral("<b>bold</b> & <img src=x>"))),
             qPrintable(flat.left(2000)));
    QVERIFY(flat.contains(QStringLiteral("Look")));
}

void tst_Report::cliErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown section")
        << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"), QStringLiteral("--sections"),
                       QStringLiteral("cover,foo")}
        << QStringLiteral("foo");
    QTest::newRow("no section") << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"),
                                               QStringLiteral("--sections"), QStringLiteral(",")}
                                << QStringLiteral("section");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"),
                                             QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                              << QStringLiteral("2026-13-01");
    QTest::newRow("from after to")
        << QStringList{QStringLiteral("--pdf"),  QStringLiteral("OUT"),
                       QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                       QStringLiteral("--to"),   QStringLiteral("2026-04-01")}
        << QStringLiteral("--from");
    QTest::newRow("bad paper") << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"),
                                              QStringLiteral("--paper"), QStringLiteral("a3")}
                               << QStringLiteral("a3");
    QTest::newRow("unwritable pdf")
        << QStringList{QStringLiteral("--pdf"), QStringLiteral("/nonexistent/dir/out.pdf")}
        << QStringLiteral("/nonexistent/dir/out.pdf");
    QTest::newRow("unwritable png")
        << QStringList{QStringLiteral("--png"), QStringLiteral("/nonexistent/dir/out.png")}
        << QStringLiteral("/nonexistent/dir/out.png");
    QTest::newRow("unwritable svg")
        << QStringList{QStringLiteral("--svg"), QStringLiteral("/nonexistent/dir/out.svg")}
        << QStringLiteral("/nonexistent/dir/out.svg");
    QTest::newRow("bad scale") << QStringList{QStringLiteral("--png"), QStringLiteral("OUT"),
                                              QStringLiteral("--scale"), QStringLiteral("zero")}
                               << QStringLiteral("zero");
    QTest::newRow("huge scale") << QStringList{QStringLiteral("--png"), QStringLiteral("OUT"),
                                               QStringLiteral("--scale"), QStringLiteral("100")}
                                << QStringLiteral("100");
    QTest::newRow("scale on pdf") << QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT"),
                                                 QStringLiteral("--scale"), QStringLiteral("2")}
                                  << QStringLiteral("--scale");
    QTest::newRow("stdout") << QStringList{QStringLiteral("--pdf"), QStringLiteral("-")}
                            << QStringLiteral("--pdf");
}

void tst_Report::cliErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString out = path(QStringLiteral("error-out.%1")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QLatin1Char(' '), QLatin1Char('-')));
    options.replaceInStrings(QStringLiteral("OUT"), out);
    const Result r = cli(QStringList{QStringLiteral("export"), sample()} + options);
    QVERIFY2(r.failedWithSentence(), qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void tst_Report::batchInALoop()
{
    // Several files, one after the other, with no display (runProgram removes it).
    for (int i = 0; i < 3; ++i) {
        const QString pdf = path(QStringLiteral("batch-%1.pdf").arg(i));
        const Result r = cli({QStringLiteral("export"), sample(), QStringLiteral("--pdf"), pdf,
                              QStringLiteral("--sections"), QStringLiteral("cover,summary,map")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
}

void tst_Report::printPaletteIgnoresDarkMode()
{
    // The application in a dark palette: the image is still on white paper with dark text.
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    DocumentError error;
    std::unique_ptr<Project> project = Project::open(sample(), {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    const QString png = path(QStringLiteral("dark.png"));
    QString message;
    MapImageExporter::Options options;
    QVERIFY2(MapImageExporter::writePng(*project, nullptr, options, png, &message),
             qPrintable(message));
    const QImage image(png);
    QApplication::setPalette(before);
    QVERIFY(!image.isNull());
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    // Mostly light pixels: the lanes and cards are in the print palette.
    qint64 light = 0;
    qint64 total = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            ++total;
            if (image.pixelColor(x, y).lightness() > 180)
                ++light;
        }
    }
    QVERIFY2(light * 10 > total * 7, qPrintable(QStringLiteral("%1 of %2").arg(light).arg(total)));
}

void tst_Report::serviceRefusesBadLogo()
{
    DocumentError error;
    const QString copy = path(QStringLiteral("service.waymark"));
    QVERIFY(QFile::copy(sample(), copy));
    std::unique_ptr<Project> project = Project::open(copy, {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->execute(new SetSettingCommand(*project, QStringLiteral("branding/logo"),
                                                   QByteArray("\x89PNG broken"))));
    const QString pdf = path(QStringLiteral("service.pdf"));
    QString message;
    QVERIFY(!ReportService::writePdf(*project, nullptr, ReportOptions(), pdf, &message));
    QVERIFY(message.contains(QStringLiteral("logo")));
    QVERIFY(!QFileInfo::exists(pdf));
    // Without the logo it works, and reports pages and size.
    QVERIFY(project->execute(
        new SetSettingCommand(*project, QStringLiteral("branding/logo"), QVariant())));
    ReportService::Result result;
    QVERIFY2(ReportService::writePdf(*project, nullptr, ReportOptions(), pdf, &message, &result),
             qPrintable(message));
    QVERIFY(result.pages >= 8);
    QCOMPARE(result.bytes, QFileInfo(pdf).size());

    // Progress page by page; cancelling leaves nothing behind (not even the old file's
    // replacement: the earlier report stays as it was).
    const QByteArray before = [&] {
        QFile f(pdf);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    int calls = 0;
    QVERIFY(!ReportService::writePdf(*project, nullptr, ReportOptions(), pdf, &message, nullptr,
                                     [&calls](int page, int pages) {
                                         ++calls;
                                         return page < 3 && pages > 3;
                                     }));
    QCOMPARE(calls, 4);
    QVERIFY(message.contains(QStringLiteral("cancelled")));
    QFile after(pdf);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    const QString fresh = path(QStringLiteral("cancelled.pdf"));
    QVERIFY(!ReportService::writePdf(*project, nullptr, ReportOptions(), fresh, &message, nullptr,
                                     [](int, int) { return false; }));
    QVERIFY(!QFileInfo::exists(fresh));
}

void tst_Report::dialogPreview()
{
    DocumentError error;
    const QString copy = path(QStringLiteral("dialog.waymark"));
    QVERIFY(QFile::copy(sample(), copy));
    std::unique_ptr<Project> project = Project::open(copy, {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    MetricsEngine engine(*project);
    ReportDialog dialog(*project, &engine, project->journeys().constFirst().id);
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("reportProblem"));
    QVERIFY(preview && problem);
    dialog.show();
    preview->updatePreview();
    QTRY_VERIFY(preview->pageCount() >= 8);
    QVERIFY(problem->isHidden());
    QCOMPARE(dialog.options().sections, ReportOptions::allSections());
    // For looking at the dialog: WAYMARK_GRAB=/tmp/dialog.png
    if (qEnvironmentVariableIsSet("WAYMARK_GRAB")) {
        preview->setViewMode(QPrintPreviewWidget::AllPagesView);
        preview->updatePreview();
        QTest::qWait(200);
        dialog.grab().save(qEnvironmentVariable("WAYMARK_GRAB"));
    }

    // A broken logo: the preview says why in a sentence.
    QVERIFY(project->execute(new SetSettingCommand(*project, QStringLiteral("branding/logo"),
                                                   QByteArray("GIF89a but not really"))));
    preview->updatePreview();
    QTRY_VERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(QStringLiteral("logo")));
}

void tst_Report::imageDialogOptions()
{
    DocumentError error;
    std::unique_ptr<Project> project = Project::open(sample(), {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    const Id journey = project->journeys().constFirst().id;
    const QList<Id> some{project->cards(journey).at(0).id, project->cards(journey).at(1).id};
    MapImageDialog dialog(*project, nullptr, journey, some);
    MapImageExporter::Options options = dialog.options();
    QCOMPARE(options.journeyId, journey);
    QVERIFY(options.cardIds.isEmpty()); // the whole journey by default
    QVERIFY(!options.transparent);
    QVERIFY(!dialog.isSvg());

    // The selection only: a smaller image than the whole map.
    const QString whole = path(QStringLiteral("whole.png"));
    const QString part = path(QStringLiteral("part.png"));
    QString message;
    QVERIFY2(MapImageExporter::writePng(*project, nullptr, options, whole, &message),
             qPrintable(message));
    options.cardIds = some;
    QVERIFY2(MapImageExporter::writePng(*project, nullptr, options, part, &message),
             qPrintable(message));
    const QImage a(whole);
    const QImage b(part);
    QVERIFY(b.width() < a.width() || b.height() < a.height());
    options.cardIds = {Id(987654321)};
    QVERIFY(!MapImageExporter::writePng(*project, nullptr, options, part + QStringLiteral(".x"),
                                        &message));
    QVERIFY(!message.isEmpty());
}

void tst_Report::fileMenuActions()
{
    QWidget window;
    ProjectActions actions(&window);
    QMenu file;
    actions.addFileActions(&file);
    QVERIFY(file.actions().contains(actions.exportReportAction()));
    QVERIFY(file.actions().contains(actions.exportImageAction()));
    QVERIFY(file.actions().contains(actions.printAction()));
    QCOMPARE(actions.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    // Nothing to report on without a project.
    QVERIFY(!actions.exportReportAction()->isEnabled());
    QVERIFY(!actions.exportImageAction()->isEnabled());
    QVERIFY(!actions.printAction()->isEnabled());
}

void tst_Report::defaultPaper_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << int(ReportOptions::Paper::Letter);
    QTest::newRow("en_CA") << QLocale(QLocale::English, QLocale::Canada)
                           << int(ReportOptions::Paper::Letter);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                           << int(ReportOptions::Paper::A4);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << int(ReportOptions::Paper::A4);
}

void tst_Report::defaultPaper()
{
    QFETCH(QLocale, locale);
    QFETCH(int, paper);
    QCOMPARE(int(ReportOptions::defaultPaper(locale)), paper);
}

void tst_Report::parseSections_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("sections");
    using S = ReportOptions::Section;
    QTest::newRow("one") << QStringLiteral("map") << true << int(S::Map);
    QTest::newRow("several") << QStringLiteral("cover, Summary ,appendix") << true
                             << int(S::Cover | S::Summary | S::Appendix);
    QTest::newRow("all") << QStringLiteral("all") << true << int(ReportOptions::allSections());
    QTest::newRow("unknown") << QStringLiteral("cover,charts") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("commas") << QStringLiteral(",,") << false << 0;
}

void tst_Report::parseSections()
{
    QFETCH(QString, list);
    QFETCH(bool, ok);
    QFETCH(int, sections);
    QString error;
    const std::optional<ReportOptions::Sections> parsed
        = ReportOptions::parseSections(list, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(int(*parsed), sections);
    else
        QVERIFY(error.endsWith(QLatin1Char('.')) && error.contains(QStringLiteral("appendix")));
}

void tst_Report::statsValue_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("nps positive") << int(Metric::Nps) << 12.45 << QStringLiteral("+12.5");
    QTest::newRow("nps negative") << int(Metric::Nps) << -1.06 << QStringLiteral("-1.1");
    QTest::newRow("nps minus zero") << int(Metric::Nps) << -0.04 << QStringLiteral("0.0");
    QTest::newRow("csat") << int(Metric::Csat) << 70.58 << QStringLiteral("70.6 %");
    QTest::newRow("ces") << int(Metric::Ces) << 5.25 << QStringLiteral("5.3");
}

void tst_Report::statsValue()
{
    QFETCH(int, metric);
    QFETCH(double, value);
    QFETCH(QString, text);
    Score score;
    score.metric = Metric(metric);
    score.n = 40;
    score.value = value;
    QCOMPARE(statsText(score), text);
    QCOMPARE(statsText(Score()), QStringLiteral("–"));
}

void tst_Report::metadataUpdate()
{
    // Not a PDF: returned as it is.
    QCOMPARE(ReportService::withMetadata("hello", QStringLiteral("t"), {}, {}, {}),
             QByteArray("hello"));
    // Text strings are UTF-16 hex: nothing in a title can break out of its string.
    const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n"
                           "trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n42\n%%EOF\n";
    const QByteArray out
        = ReportService::withMetadata(pdf, QStringLiteral("a) /Author (x"), QStringLiteral("Ana"),
                                      QStringLiteral("S"), QStringLiteral("W"));
    QVERIFY(out.startsWith(pdf));
    QVERIFY(out.contains("/Info 2 0 R"));
    QVERIFY(out.contains("/Prev 42"));
    QVERIFY(out.contains("/Root 1 0 R"));
    QVERIFY(!out.mid(pdf.size()).contains("(x"));
    QVERIFY(out.endsWith("%%EOF\n"));
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
