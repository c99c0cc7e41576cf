#include "cli.h"

#include "domain/enums.h"
#include "io/csvreader.h"
#include "io/feedbackexporter.h"
#include "io/feedbackimporter.h"
#include "io/jsonmapreader.h"
#include "io/jsonmapwriter.h"
#include "io/templates.h"
#include "metrics/metricsengine.h"
#include "metrics/score.h"
#include "project/project.h"
#include "report/mapimageexporter.h"
#include "report/reportoptions.h"
#include "report/reportservice.h"
#include "storage/feedbackrepository.h"
#include "storage/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <optional>

namespace Waymark::Cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Sentences quote names and values from files (ids, enumeration values, file names), which
// can hold line breaks or terminal escape sequences; on standard error each sentence is
// one line of plain text.
QString oneLine(QString sentence)
{
    for (QChar &c : sentence) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            c = QLatin1Char(' ');
        }
    }
    return sentence;
}

int fail(const QString &sentence)
{
    out().flush();
    err() << "waymark-cli: " << oneLine(sentence) << Qt::endl;
    return Failure;
}

int usageError(const QString &sentence)
{
    out().flush();
    err() << "waymark-cli: " << oneLine(sentence) << Qt::endl
          << QCoreApplication::translate("Waymark::Cli", "Try “waymark-cli help” for usage.")
          << Qt::endl;
    return UsageError;
}

const char *const usageText = QT_TRANSLATE_NOOP(
    "Waymark::Cli",
    "Usage: waymark-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  new FILE [--template NAME] [--title TEXT] [--from-json MAP.json]\n"
    "                          create a project from a template or a JSON map\n"
    "  templates               list the templates\n"
    "  info FILE [--json]      journeys, stages, lanes, card counts, schema version\n"
    "  check FILE              identity, version, integrity and references\n"
    "  stats FILE [--json] [--journey NAME] [--by GROUP] [--metric METRIC]\n"
    "        [--from DATE] [--to DATE] [--segment SEGMENT] [--persona NAME]\n"
    "                          NPS, CSAT, CES and mean score per touchpoint with their n\n"
    "                          (* marks fewer than 30 responses), and journey totals;\n"
    "                          --by card|stage|lane|channel|segment|month|quarter prints the\n"
    "                          scores of one metric by group instead; METRIC is nps, csat,\n"
    "                          ces or rating (default: the journey's most frequent one);\n"
    "                          \"mean\" is the mean score of METRIC, or of each touchpoint's\n"
    "                          most frequent metric; DATE is yyyy-mm-dd, both inclusive;\n"
    "                          --persona counts only the responses of the segments the\n"
    "                          persona stands for\n"
    "  import FILE CSV [OPTIONS]\n"
    "                          import customer feedback from a CSV file (one transaction,\n"
    "                          one import batch) and print \"read N, imported N, skipped N,\n"
    "                          rejected N\"; rows that cannot be used are rejected with their\n"
    "                          line and reason. Without column options the columns are\n"
    "                          guessed from the header. Options:\n"
    "      --wide \"COLUMN=STAGE/TOUCHPOINT\"  (repeatable) a wide file: one respondent per\n"
    "                          row, one column per touchpoint question\n"
    "      --touchpoint-column, --stage-column, --score-column, --metric-column COLUMN\n"
    "                          a long file: one response per row\n"
    "      --date-column, --comment-column, --segment-column, --channel-column,\n"
    "      --respondent-column COLUMN   columns of both layouts\n"
    "      --metric nps|csat|ces|rating   --scale MIN-MAX   --na VALUE (repeatable;\n"
    "                          empty, NA and N/A are always \"no answer\")\n"
    "      --date-format yyyy-MM-dd|dd/MM/yyyy|MM/dd/yyyy|\"MMMM yyyy\" (default: inferred)\n"
    "      --delimiter CHAR|tab   --encoding UTF-8|UTF-16LE|UTF-16BE|windows-1252|ISO-8859-1\n"
    "      --journey NAME   --source survey|review|social|interview|support_ticket|other\n"
    "      --no-create    reject rows whose touchpoint does not exist instead of creating it\n"
    "      --strict       import nothing when any row is rejected (exit status 1)\n"
    "      --rejects OUT.csv   write the rejected rows: line, reason, then the row\n"
    "  export FILE --json OUT [--journey NAME]\n"
    "                          write the JSON map format (\"-\" for standard output)\n"
    "  export FILE --csv OUT [--journey NAME]\n"
    "                          write every response as CSV (\"-\" for standard output):\n"
    "                          respondent, date, journey, stage, touchpoint, channel, segment,\n"
    "                          metric, score, scale, comment, sentiment, source, batch; UTF-8\n"
    "                          without a byte order mark; text cells that start with =, +, -,\n"
    "                          @, a tab or a carriage return get a leading ' so that\n"
    "                          spreadsheets do not run them as formulas\n"
    "  export FILE --pdf OUT [--journey NAME] [--from DATE] [--to DATE]\n"
    "        [--segment SEGMENT] [--persona NAME] [--paper a4|letter] [--sections LIST]\n"
    "        [--logo FILE]\n"
    "                          write the PDF report; LIST is a comma-separated choice of\n"
    "                          cover, summary, map, stages, heatmap, plan, review, appendix\n"
    "                          (default: all); --persona counts only the responses of the\n"
    "                          persona's segments; --logo replaces the project's logo on the\n"
    "                          cover\n"
    "  export FILE --png OUT [--journey NAME] [--scale N] [--transparent]\n"
    "  export FILE --svg OUT [--journey NAME] [--transparent]\n"
    "                          write an image of the journey map (scale 1: the size on\n"
    "                          screen at 96 dpi); runs without a display\n"
    "  help                    show this help\n"
    "\n"
    "Exit status: 0 success, 1 failure (message on standard error), 2 usage error.\n");

// A command: its options, how many positional arguments it takes, and what it does.
struct Command
{
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0;
    QString synopsis;
    std::function<int(const QCommandLineParser &, const QStringList &)> handler;
};

std::unique_ptr<Project> openForReading(const QString &path, int *exitCode)
{
    DocumentError error;
    Document::OpenOptions options;
    options.access = Document::Access::ReadOnly;
    std::unique_ptr<Project> project = Project::open(path, options, &error);
    if (!project)
        *exitCode = fail(error.message);
    return project;
}

// Finds the journeys a --journey option names (all when it is absent).
bool selectJourneys(const Project &project, const QCommandLineParser &parser, QList<Id> *journeyIds)
{
    journeyIds->clear();
    if (!parser.isSet(QStringLiteral("journey")))
        return true;
    const QString name = parser.value(QStringLiteral("journey"));
    QStringList names;
    for (const Journey &j : project.journeys()) {
        names.append(QCoreApplication::translate("Waymark::Cli", "“%1”").arg(j.name));
        if (j.name.compare(name, Qt::CaseInsensitive) == 0
            || QStringLiteral("j%1").arg(j.id) == name) {
            journeyIds->append(j.id);
        }
    }
    if (!journeyIds->isEmpty())
        return true;
    fail(QCoreApplication::translate("Waymark::Cli",
                                     "There is no journey called “%1”; the journeys are: %2.")
             .arg(name, names.isEmpty() ? QCoreApplication::translate("Waymark::Cli", "none")
                                        : names.join(QStringLiteral(", "))));
    return false;
}

// Writes bytes to a file atomically (never a half-written file), or to stdout for "-".
bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(QCoreApplication::translate("Waymark::Cli", "Could not write “%1”: %2")
                 .arg(path, file.errorString()));
        return false;
    }
    return true;
}

int cmdNew(const QCommandLineParser &parser, const QStringList &args)
{
    const QString path = args.at(0);
    const bool fromJson = parser.isSet(QStringLiteral("from-json"));
    if (fromJson && parser.isSet(QStringLiteral("template")))
        return usageError(QCoreApplication::translate(
            "Waymark::Cli", "--template and --from-json cannot be used together."));

    MapData map;
    QString error;
    QString templateName;
    if (fromJson) {
        JsonMapReader reader;
        if (!reader.readFile(parser.value(QStringLiteral("from-json")), &map))
            return fail(reader.errorString());
    } else {
        templateName = parser.isSet(QStringLiteral("template"))
                           ? parser.value(QStringLiteral("template"))
                           : Templates::defaultName();
        if (!Templates::load(templateName, &map, &error))
            return fail(error);
    }
    if (parser.isSet(QStringLiteral("title")))
        map.title = parser.value(QStringLiteral("title"));

    DocumentError docError;
    std::unique_ptr<Project> project
        = Project::create(path, map, &docError, [templateName](Project &p, QString *seedError) {
              return templateName.isEmpty() || Templates::seed(templateName, p, seedError);
          });
    if (!project)
        return fail(docError.message);
    int cards = 0;
    for (const Journey &j : project->journeys())
        cards += project->cardCount(j.id);
    out() << QCoreApplication::translate("Waymark::Cli", "Created %1: %n journey(s)", nullptr,
                                         int(project->journeys().size()))
                 .arg(QFileInfo(path).fileName())
          << QCoreApplication::translate("Waymark::Cli", ", %n card(s)", nullptr, cards)
          << Qt::endl;
    return Success;
}

int cmdTemplates(const QCommandLineParser &, const QStringList &)
{
    const QList<TemplateInfo> templates = Templates::all();
    qsizetype width = 0;
    for (const TemplateInfo &t : templates)
        width = qMax(width, t.name.size());
    for (const TemplateInfo &t : templates) {
        out() << t.name.leftJustified(width + 2) << t.title;
        if (t.name == Templates::defaultName())
            out() << QCoreApplication::translate("Waymark::Cli", " (default)");
        out() << Qt::endl << QString(width + 2, QLatin1Char(' ')) << t.description << Qt::endl;
    }
    return Success;
}

int cmdInfo(const QCommandLineParser &parser, const QStringList &args)
{
    int code = Success;
    const std::unique_ptr<Project> project = openForReading(args.at(0), &code);
    if (!project)
        return code;
    FeedbackRepository feedback(project->document());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray journeys;
        for (const Journey &j : project->journeys()) {
            QJsonArray stages;
            for (const Stage &s : project->stages(j.id)) {
                int cards = 0;
                for (Id laneId : project->laneIds(j.id))
                    cards += int(project->cellCardIds(s.id, laneId).size());
                stages.append(QJsonObject{{QStringLiteral("name"), s.name},
                                          {QStringLiteral("cards"), cards},
                                          {QStringLiteral("hidden"), s.hidden}});
            }
            QJsonArray lanes;
            for (const Lane &l : project->lanes(j.id)) {
                int cards = 0;
                for (Id stageId : project->stageIds(j.id))
                    cards += int(project->cellCardIds(stageId, l.id).size());
                lanes.append(QJsonObject{{QStringLiteral("name"), l.name},
                                         {QStringLiteral("kind"), enumKey(l.kind)},
                                         {QStringLiteral("cards"), cards}});
            }
            journeys.append(QJsonObject{
                {QStringLiteral("name"), j.name},
                {QStringLiteral("state"), enumKey(j.state)},
                {QStringLiteral("stages"), stages},
                {QStringLiteral("lanes"), lanes},
                {QStringLiteral("cards"), project->cardCount(j.id)},
                {QStringLiteral("connections"), int(project->connections(j.id).size())},
                {QStringLiteral("responses"), feedback.countFeedback(j.id)},
            });
        }
        const QJsonObject root{
            {QStringLiteral("title"), project->title()},
            {QStringLiteral("file"), project->filePath()},
            {QStringLiteral("applicationId"), qint64(Schema::ApplicationId)},
            {QStringLiteral("schemaVersion"), project->document().schemaVersion()},
            {QStringLiteral("personas"), int(project->personas().size())},
            {QStringLiteral("responses"), feedback.countFeedback()},
            {QStringLiteral("journeys"), journeys},
        };
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }

    out() << QCoreApplication::translate("Waymark::Cli", "Project: %1").arg(project->title())
          << Qt::endl
          << QCoreApplication::translate("Waymark::Cli", "File: %1 (format version %2)")
                 .arg(project->filePath())
                 .arg(project->document().schemaVersion())
          << Qt::endl
          << QCoreApplication::translate("Waymark::Cli", "Personas: %1")
                 .arg(project->personas().size())
          << Qt::endl
          << QCoreApplication::translate("Waymark::Cli", "Responses: %1")
                 .arg(feedback.countFeedback())
          << Qt::endl
          << QCoreApplication::translate("Waymark::Cli", "Journeys: %1")
                 .arg(project->journeys().size())
          << Qt::endl;
    for (const Journey &j : project->journeys()) {
        const QStringList counts = {
            QCoreApplication::translate("Waymark::Cli", "%n stage(s)", nullptr,
                                        int(project->stageIds(j.id).size())),
            QCoreApplication::translate("Waymark::Cli", "%n lane(s)", nullptr,
                                        int(project->laneIds(j.id).size())),
            QCoreApplication::translate("Waymark::Cli", "%n card(s)", nullptr,
                                        project->cardCount(j.id)),
            QCoreApplication::translate("Waymark::Cli", "%n connection(s)", nullptr,
                                        int(project->connections(j.id).size())),
            QCoreApplication::translate("Waymark::Cli", "%n response(s)", nullptr,
                                        int(feedback.countFeedback(j.id))),
        };
        out() << "  " << j.name << " (" << counts.join(QStringLiteral(", ")) << ")" << Qt::endl;
        QStringList stageNames;
        for (const Stage &s : project->stages(j.id))
            stageNames.append(s.name);
        QStringList laneNames;
        for (const Lane &l : project->lanes(j.id))
            laneNames.append(l.name);
        out() << "    "
              << QCoreApplication::translate("Waymark::Cli", "stages: %1")
                     .arg(stageNames.join(QStringLiteral(" | ")))
              << Qt::endl
              << "    "
              << QCoreApplication::translate("Waymark::Cli", "lanes: %1")
                     .arg(laneNames.join(QStringLiteral(" | ")))
              << Qt::endl;
    }
    return Success;
}

int cmdCheck(const QCommandLineParser &, const QStringList &args)
{
    const Document::CheckReport report = Document::check(args.at(0));
    if (!report.ok)
        return fail(report.lines.value(0));
    for (const QString &line : report.lines)
        out() << line << Qt::endl;
    return Success;
}

int exportCsv(Project &project, const QList<Id> &journeyIds, const QString &target);
std::optional<Persona> selectPersona(const Project &project, const QString &name);

// --- export --pdf, --png, --svg: the report service and the map image exporter ------------

int exportRendered(const QCommandLineParser &parser, const QString &file, const QString &format,
                   const QString &target)
{
    if (target.isEmpty() || target == QLatin1String("-"))
        return fail(
            QCoreApplication::translate("Waymark::Cli", "--%1 needs the name of the file to write.")
                .arg(format));
    const bool pdf = format == QLatin1String("pdf");
    const bool png = format == QLatin1String("png");
    for (const char *option : {"from", "to", "segment", "persona", "paper", "sections", "logo"}) {
        if (!pdf && parser.isSet(QString::fromLatin1(option)))
            return fail(QCoreApplication::translate("Waymark::Cli", "--%1 applies to --pdf only.")
                            .arg(QString::fromLatin1(option)));
    }
    if (!png && parser.isSet(QStringLiteral("scale")))
        return fail(QCoreApplication::translate("Waymark::Cli", "--scale applies to --png only."));
    if (pdf && parser.isSet(QStringLiteral("transparent")))
        return fail(QCoreApplication::translate("Waymark::Cli",
                                                "--transparent applies to --png and --svg only."));

    ReportOptions options;
    for (const char *option : {"from", "to"}) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date.isValid())
            return fail(QCoreApplication::translate("Waymark::Cli",
                                                    "--%1 takes a date as yyyy-mm-dd, not “%2”.")
                            .arg(name, parser.value(name)));
        (name == QLatin1String("from") ? options.from : options.to) = date;
    }
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return fail(QCoreApplication::translate("Waymark::Cli", "--from must not be after --to."));
    options.segment = parser.value(QStringLiteral("segment"));
    if (parser.isSet(QStringLiteral("paper"))) {
        const std::optional<ReportOptions::Paper> paper
            = ReportOptions::paperFromKey(parser.value(QStringLiteral("paper")));
        if (!paper)
            return fail(
                QCoreApplication::translate("Waymark::Cli", "--paper takes a4 or letter, not “%1”.")
                    .arg(parser.value(QStringLiteral("paper"))));
        options.paper = *paper;
    }
    if (parser.isSet(QStringLiteral("sections"))) {
        QString error;
        const std::optional<ReportOptions::Sections> sections
            = ReportOptions::parseSections(parser.value(QStringLiteral("sections")), &error);
        if (!sections)
            return fail(error);
        options.sections = *sections;
    }
    options.logoFile = parser.value(QStringLiteral("logo"));
    qreal scale = 1;
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale > 0) || scale > 16)
            return fail(
                QCoreApplication::translate(
                    "Waymark::Cli", "--scale takes a number above 0 and at most 16, not “%1”.")
                    .arg(parser.value(QStringLiteral("scale"))));
    }

    int code = Success;
    const std::unique_ptr<Project> project = openForReading(file, &code);
    if (!project)
        return code;
    QList<Id> journeyIds;
    if (!selectJourneys(*project, parser, &journeyIds))
        return Failure;
    const Id journeyId = journeyIds.isEmpty() ? NoId : journeyIds.constFirst();
    if (parser.isSet(QStringLiteral("persona"))) {
        const std::optional<Persona> persona
            = selectPersona(*project, parser.value(QStringLiteral("persona")));
        if (!persona)
            return Failure;
        options.persona = persona->name;
        options.personaSegments = personaSegments(*persona);
    }
    MetricsEngine engine(*project);
    QString error;
    bool ok = false;
    if (pdf) {
        options.journeyId = journeyId;
        ok = ReportService::writePdf(*project, &engine, options, target, &error);
    } else {
        MapImageExporter::Options image;
        image.journeyId = journeyId;
        image.scale = scale;
        image.transparent = parser.isSet(QStringLiteral("transparent"));
        ok = png ? MapImageExporter::writePng(*project, &engine, image, target, &error)
                 : MapImageExporter::writeSvg(*project, &engine, image, target, &error);
    }
    return ok ? Success : fail(error);
}

int cmdExport(const QCommandLineParser &parser, const QStringList &args)
{
    QStringList formats;
    for (const char *format : {"json", "csv", "pdf", "png", "svg"}) {
        if (parser.isSet(QString::fromLatin1(format)))
            formats.append(QString::fromLatin1(format));
    }
    if (formats.size() != 1)
        return usageError(QCoreApplication::translate(
            "Waymark::Cli", "Choose exactly one of --json, --csv, --pdf, --png or --svg."));
    const QString format = formats.first();
    const QString target = parser.value(format);
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return exportRendered(parser, args.at(0), format, target);
    int code = Success;
    const std::unique_ptr<Project> project = openForReading(args.at(0), &code);
    if (!project)
        return code;
    QList<Id> journeyIds;
    if (!selectJourneys(*project, parser, &journeyIds))
        return Failure;
    if (format == QLatin1String("csv"))
        return exportCsv(*project, journeyIds, target);
    return writeOutput(target, writeJsonMap(project->toMapData(journeyIds))) ? Success : Failure;
}

// --- import and export --csv ----------------------------------------------------------------

int exportCsv(Project &project, const QList<Id> &journeyIds, const QString &target)
{
    QString error;
    if (target == QLatin1String("-")) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly)
            || !FeedbackExporter::write(project.document(), journeyIds, &stdOut, &error)) {
            return fail(error.isEmpty() ? stdOut.errorString() : error);
        }
        stdOut.flush();
        return Success;
    }
    if (!FeedbackExporter::writeFile(project.document(), journeyIds, target, &error))
        return fail(error);
    return Success;
}

QString cliText(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

// The options of `import` that name columns, with the mapping field each sets.
struct ColumnOption
{
    const char *name;
    QString ImportMapping::*field;
    bool longOnly;
};

const ColumnOption ColumnOptions[] = {
    {"touchpoint-column", &ImportMapping::touchpointColumn, true},
    {"stage-column", &ImportMapping::stageColumn, true},
    {"score-column", &ImportMapping::scoreColumn, true},
    {"metric-column", &ImportMapping::metricColumn, true},
    {"date-column", &ImportMapping::dateColumn, false},
    {"comment-column", &ImportMapping::commentColumn, false},
    {"segment-column", &ImportMapping::segmentColumn, false},
    {"channel-column", &ImportMapping::channelColumn, false},
    {"respondent-column", &ImportMapping::respondentColumn, false},
};

// Reads the options of `import` into a mapping; a usage error has been printed when false.
bool importMapping(const QCommandLineParser &parser, const QString &csvPath, ImportMapping *mapping,
                   int *exitCode)
{
    const auto usage = [exitCode](const QString &sentence) {
        *exitCode = usageError(sentence);
        return false;
    };
    const auto opt = [](const char *name) {
        return QString::fromLatin1(name);
    };

    if (parser.isSet(opt("delimiter"))) {
        const QString d = parser.value(opt("delimiter"));
        if (d.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0
            || d == QLatin1String("\\t")) {
            mapping->delimiter = QLatin1Char('\t');
        } else if (d.size() == 1 && d != QLatin1String("\"") && d != QLatin1String("\n")
                   && d != QLatin1String("\r")) {
            mapping->delimiter = d.at(0);
        } else {
            return usage(cliText("--delimiter takes one character (or “tab”), and not a quote."));
        }
    }
    if (parser.isSet(opt("encoding"))) {
        const QByteArray encoding = parser.value(opt("encoding")).toLatin1();
        CsvReader::Options options;
        options.encoding = encoding;
        CsvReader probe(options);
        if (!probe.openData(QByteArrayLiteral("a\n")))
            return usage(probe.errorString());
        mapping->encoding = encoding;
    }
    if (parser.isSet(opt("metric"))) {
        const std::optional<Metric> metric
            = enumFromKey<Metric>(parser.value(opt("metric")).trimmed().toLower());
        if (!metric || *metric == Metric::None)
            return usage(cliText("--metric takes nps, csat, ces or rating."));
        mapping->metric = *metric;
    }
    if (parser.isSet(opt("scale"))) {
        static const QRegularExpression re(
            QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*[-\u2013]\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
        const QRegularExpressionMatch m = re.match(parser.value(opt("scale")));
        const double min = m.captured(1).toDouble();
        const double max = m.captured(2).toDouble();
        if (!m.hasMatch() || min >= max)
            return usage(cliText("--scale takes MIN-MAX with MIN below MAX, such as 1-5 or 0-10."));
        mapping->scale = std::make_pair(min, max);
    }
    mapping->noAnswerValues = parser.values(opt("na"));
    if (parser.isSet(opt("date-format"))) {
        mapping->dateFormat = ImportMapping::canonicalDateFormat(parser.value(opt("date-format")));
        if (mapping->dateFormat.isEmpty())
            return usage(cliText("--date-format takes one of: %1.")
                             .arg(ImportMapping::dateFormats().join(QStringLiteral(", "))));
    }
    if (parser.isSet(opt("source"))) {
        const std::optional<FeedbackSource> source
            = enumFromKey<FeedbackSource>(parser.value(opt("source")).trimmed().toLower());
        if (!source)
            return usage(cliText("--source takes survey, review, social, interview, "
                                 "support_ticket or other."));
        mapping->source = *source;
    }
    mapping->journey = parser.value(opt("journey"));
    mapping->createTouchpoints = !parser.isSet(opt("no-create"));
    mapping->strict = parser.isSet(opt("strict"));

    bool columnsGiven = parser.isSet(opt("wide"));
    bool longGiven = false;
    for (const ColumnOption &c : ColumnOptions) {
        if (!parser.isSet(opt(c.name)))
            continue;
        columnsGiven = true;
        longGiven = longGiven || c.longOnly;
        mapping->*c.field = parser.value(opt(c.name));
    }
    if (parser.isSet(opt("wide"))) {
        if (longGiven)
            return usage(cliText("--wide cannot be combined with --touchpoint-column, "
                                 "--stage-column, --score-column or --metric-column."));
        mapping->layout = ImportMapping::Layout::Wide;
        for (const QString &text : parser.values(opt("wide"))) {
            QString error;
            const std::optional<ImportMapping::WideColumn> w
                = ImportMapping::parseWideColumn(text, &error);
            if (!w)
                return usage(error);
            mapping->wideColumns.append(*w);
        }
        return true;
    }
    if (columnsGiven) {
        if (mapping->scoreColumn.isEmpty())
            return usage(cliText("Name the column of the scores with --score-column, or describe "
                                 "a wide file with --wide."));
        return true;
    }

    // No column options: guess them from the header, keep everything else that was given.
    const FeedbackImporter::Preview preview = FeedbackImporter::preview(csvPath, *mapping, 0);
    if (!preview.error.isEmpty()) {
        *exitCode = fail(preview.error);
        return false;
    }
    const ImportMapping guessed = ImportMapping::guess(preview.header);
    mapping->layout = guessed.layout;
    mapping->wideColumns = guessed.wideColumns;
    for (const ColumnOption &c : ColumnOptions)
        mapping->*c.field = guessed.*c.field;
    if (!parser.isSet(opt("metric")))
        mapping->metric = guessed.metric;
    if (mapping->layout == ImportMapping::Layout::Long && mapping->scoreColumn.isEmpty()) {
        *exitCode = fail(cliText("No column of “%1” looks like scores; name it with "
                                 "--score-column, or describe a wide file with --wide.")
                             .arg(QFileInfo(csvPath).fileName()));
        return false;
    }
    return true;
}

void warn(const QString &sentence)
{
    err() << "waymark-cli: " << cliText("warning: ") << oneLine(sentence) << Qt::endl;
}

int cmdImport(const QCommandLineParser &parser, const QStringList &args)
{
    const QString projectPath = args.at(0);
    const QString csvPath = args.at(1);
    ImportMapping mapping;
    int code = Success;
    if (!importMapping(parser, csvPath, &mapping, &code))
        return code;

    // Checked before anything is imported: an import that ran must not end in an error.
    const QString rejectsPath = parser.value(QStringLiteral("rejects"));
    if (!rejectsPath.isEmpty() && !QFileInfo(rejectsPath).absoluteDir().exists()) {
        return fail(
            QCoreApplication::translate("Waymark::Cli", "The folder of “%1” does not exist.")
                .arg(rejectsPath));
    }

    // Opened for writing: a file in use by another Waymark is refused with who has it.
    DocumentError error;
    std::unique_ptr<Document> document = Document::open(projectPath, {}, &error);
    if (!document)
        return fail(error.message);
    const ImportResult result = FeedbackImporter::run(*document, csvPath, mapping);
    document.reset();

    if (!rejectsPath.isEmpty() && !result.header.isEmpty()) {
        QString writeError;
        if (!FeedbackImporter::writeRejects(rejectsPath, result.header, result.rejects,
                                            &writeError)) {
            return fail(writeError);
        }
    }
    if (!result.ok())
        return fail(result.error);

    // The line scripts read: fixed words, not translated (like the keys of --json).
    out() << QStringLiteral("read %1, imported %2, skipped %3, rejected %4")
                 .arg(result.rowsRead)
                 .arg(result.responsesImported)
                 .arg(result.skipped)
                 .arg(result.rejected)
          << Qt::endl;
    out().flush();
    for (const QString &warning : result.warnings)
        warn(warning);
    if (!result.createdTouchpoints.isEmpty()) {
        warn(QCoreApplication::translate("Waymark::Cli", "Created %n touchpoint(s): %1.", nullptr,
                                         int(result.createdTouchpoints.size()))
                 .arg(result.createdTouchpoints.join(QStringLiteral(", "))));
    }
    constexpr int ShownRejects = 10;
    for (qsizetype i = 0; i < result.rejects.size() && i < ShownRejects; ++i) {
        warn(QCoreApplication::translate("Waymark::Cli", "Line %1: %2")
                 .arg(result.rejects.at(i).line)
                 .arg(result.rejects.at(i).reason));
    }
    if (result.rejected > ShownRejects) {
        warn(QCoreApplication::translate("Waymark::Cli",
                                         "%1 more rows were rejected; --rejects OUT.csv writes "
                                         "them all.")
                 .arg(result.rejected - ShownRejects));
    }
    return Success;
}

// --- stats ----------------------------------------------------------------------------------

const Metric ScoredMetrics[] = {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating};

std::optional<MetricsEngine::GroupBy> groupByFromKey(const QString &key)
{
    static const QList<QPair<QString, MetricsEngine::GroupBy>> keys = {
        {QStringLiteral("card"), MetricsEngine::GroupBy::Card},
        {QStringLiteral("stage"), MetricsEngine::GroupBy::Stage},
        {QStringLiteral("lane"), MetricsEngine::GroupBy::Lane},
        {QStringLiteral("channel"), MetricsEngine::GroupBy::Channel},
        {QStringLiteral("segment"), MetricsEngine::GroupBy::Segment},
        {QStringLiteral("month"), MetricsEngine::GroupBy::Month},
        {QStringLiteral("quarter"), MetricsEngine::GroupBy::Quarter},
    };
    for (const auto &[name, groupBy] : keys) {
        if (name == key)
            return groupBy;
    }
    return std::nullopt;
}

QString groupByLabel(MetricsEngine::GroupBy groupBy)
{
    switch (groupBy) {
    case MetricsEngine::GroupBy::Card:
        return QCoreApplication::translate("Waymark::Cli", "Card");
    case MetricsEngine::GroupBy::Stage:
        return QCoreApplication::translate("Waymark::Cli", "Stage");
    case MetricsEngine::GroupBy::Lane:
        return QCoreApplication::translate("Waymark::Cli", "Lane");
    case MetricsEngine::GroupBy::Channel:
        return QCoreApplication::translate("Waymark::Cli", "Channel");
    case MetricsEngine::GroupBy::Segment:
        return QCoreApplication::translate("Waymark::Cli", "Segment");
    case MetricsEngine::GroupBy::Month:
        return QCoreApplication::translate("Waymark::Cli", "Month");
    case MetricsEngine::GroupBy::Quarter:
        return QCoreApplication::translate("Waymark::Cli", "Quarter");
    }
    return {};
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(printedValue(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonScore(const Score &score)
{
    QJsonObject o{{QStringLiteral("n"), score.n},
                  {QStringLiteral("value"), jsonNumber(score.value)},
                  {QStringLiteral("moe"), jsonNumber(score.marginOfError)},
                  {QStringLiteral("mean"), jsonNumber(score.mean)},
                  {QStringLiteral("small"), score.isSmallSample()}};
    if (score.metric == Metric::Nps) {
        o.insert(QStringLiteral("promoters"), score.promoters);
        o.insert(QStringLiteral("passives"), score.passives);
        o.insert(QStringLiteral("detractors"), score.detractors);
    }
    if (score.topTwoPercent)
        o.insert(QStringLiteral("topTwo"), jsonNumber(score.topTwoPercent));
    if (score.easyPercent)
        o.insert(QStringLiteral("easy"), jsonNumber(score.easyPercent));
    return o;
}

QJsonObject jsonSentiment(const SentimentScore &s)
{
    return {{QStringLiteral("comments"), s.comments},
            {QStringLiteral("net"), jsonNumber(s.net)},
            {QStringLiteral("positive"), jsonNumber(s.positivePercent)},
            {QStringLiteral("negative"), jsonNumber(s.negativePercent)},
            {QStringLiteral("mean"), s.mean ? QJsonValue(*s.mean) : QJsonValue()}};
}

// "+12.5 ", "70.6 %*", "5.2 "; "– " without responses. "*" marks a small sample; values
// without it end in a space, so that the digits of a right-aligned column line up.
QString formatScore(const Score &score)
{
    if (!score.value)
        return QStringLiteral("– ");
    return statsText(score) + (score.isSmallSample() ? QLatin1Char('*') : QLatin1Char(' '));
}

QString formatNumber(const std::optional<double> &value)
{
    return value ? QString::number(printedValue(*value), 'f', 1) : QStringLiteral("–");
}

// Columns padded to their widest cell; right-aligned columns hold numbers.
QStringList alignedRows(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths.at(c), row.at(c).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool right = rightAligned.value(c, false);
            cells.append(right ? row.at(c).rightJustified(widths.at(c))
                               : row.at(c).leftJustified(widths.at(c)));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

QString elided(const QString &text, int maxLength = 40)
{
    const QString one = oneLine(text).simplified();
    return one.size() > maxLength ? one.left(maxLength - 1) + QChar(0x2026) : one;
}

// Finds the persona a --persona option names (by name, any case, or as "p<id>"); prints
// why not when there is none or it stands for no feedback segments.
std::optional<Persona> selectPersona(const Project &project, const QString &name)
{
    QStringList names;
    for (const Persona &p : project.personas()) {
        names.append(QCoreApplication::translate("Waymark::Cli", "“%1”").arg(p.name));
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) != 0
            && QStringLiteral("p%1").arg(p.id) != name) {
            continue;
        }
        if (std::none_of(p.segments.cbegin(), p.segments.cend(),
                         [](const QString &s) { return !s.trimmed().isEmpty(); })) {
            fail(QCoreApplication::translate("Waymark::Cli",
                                             "The persona “%1” stands for no feedback segments; "
                                             "list its segments in Waymark (Personas) to filter "
                                             "by it.")
                     .arg(p.name));
            return std::nullopt;
        }
        return p;
    }
    fail(QCoreApplication::translate("Waymark::Cli",
                                     "There is no persona called “%1”; the personas are: %2.")
             .arg(name, names.isEmpty() ? QCoreApplication::translate("Waymark::Cli", "none")
                                        : names.join(QStringLiteral(", "))));
    return std::nullopt;
}

int cmdStats(const QCommandLineParser &parser, const QStringList &args)
{
    std::optional<MetricsEngine::GroupBy> groupBy;
    if (parser.isSet(QStringLiteral("by"))) {
        groupBy = groupByFromKey(parser.value(QStringLiteral("by")));
        if (!groupBy)
            return usageError(QCoreApplication::translate(
                                  "Waymark::Cli",
                                  "--by takes card, stage, lane, channel, segment, month or "
                                  "quarter, not “%1”.")
                                  .arg(parser.value(QStringLiteral("by"))));
    }
    Metric chosenMetric = Metric::None;
    if (parser.isSet(QStringLiteral("metric"))) {
        const std::optional<Metric> metric
            = enumFromKey<Metric>(parser.value(QStringLiteral("metric")));
        if (!metric || *metric == Metric::None)
            return usageError(
                QCoreApplication::translate("Waymark::Cli",
                                            "--metric takes nps, csat, ces or rating, not “%1”.")
                    .arg(parser.value(QStringLiteral("metric"))));
        chosenMetric = *metric;
    }
    MetricFilter filter;
    for (const char *option : {"from", "to"}) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date.isValid())
            return usageError(QCoreApplication::translate(
                                  "Waymark::Cli", "--%1 takes a date as yyyy-mm-dd, not “%2”.")
                                  .arg(name, parser.value(name)));
        (name == QLatin1String("from") ? filter.from : filter.to) = date;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usageError(
            QCoreApplication::translate("Waymark::Cli", "--from must not be after --to."));
    filter.segment = parser.value(QStringLiteral("segment"));

    int code = Success;
    const std::unique_ptr<Project> project = openForReading(args.at(0), &code);
    if (!project)
        return code;
    QList<Id> journeyIds;
    if (!selectJourneys(*project, parser, &journeyIds))
        return Failure;
    if (journeyIds.isEmpty()) {
        for (const Journey &j : project->journeys())
            journeyIds.append(j.id);
    }
    std::optional<Persona> persona;
    if (parser.isSet(QStringLiteral("persona"))) {
        persona = selectPersona(*project, parser.value(QStringLiteral("persona")));
        if (!persona)
            return Failure;
        filter.segments = personaSegments(*persona);
    }

    MetricsEngine engine(*project);
    const bool json = parser.isSet(QStringLiteral("json"));
    // The touchpoint table needs every metric's scores; a text breakdown needs one metric's.
    const bool touchpointTable = json || !groupBy;
    auto readError = [&engine](const Journey &journey) {
        return fail(
            QCoreApplication::translate("Waymark::Cli", "Could not read the responses of “%1”: %2")
                .arg(journey.name, engine.lastError()));
    };
    QJsonArray journeysJson;
    QStringList text;
    if (persona) {
        text.append(
            QCoreApplication::translate("Waymark::Cli", "Responses of persona “%1” (segments: %2)")
                .arg(oneLine(persona->name), oneLine(filter.segments.join(QStringLiteral(", ")))));
        text.append(QString());
    }
    for (Id journeyId : std::as_const(journeyIds)) {
        const Journey journey = project->journey(journeyId);
        filter.journeyId = journeyId;
        QJsonObject journeyJson;

        QHash<Metric, Score> totals;
        QHash<Metric, qint64> counts;
        if (touchpointTable) {
            for (Metric metric : ScoredMetrics) {
                totals.insert(metric, engine.total(metric, filter));
                counts.insert(metric, totals.value(metric).n);
            }
        } else {
            counts = engine.responseCounts(filter);
        }
        if (!engine.lastError().isEmpty())
            return readError(journey);
        qint64 responses = 0;
        Metric mostFrequent = Metric::None;
        for (Metric metric : ScoredMetrics) {
            responses += counts.value(metric);
            // Ties go to the first in NPS, CSAT, CES, rating order.
            if (counts.value(metric) > counts.value(mostFrequent))
                mostFrequent = metric;
        }
        const Metric journeyMetric = chosenMetric != Metric::None   ? chosenMetric
                                     : mostFrequent != Metric::None ? mostFrequent
                                                                    : Metric::Nps;
        // A plain variable as the plural argument: lupdate 6.4 never finishes parsing a
        // nested call there.
        const int shownResponses = int(qMin(responses, qint64(2000000000)));
        text.append(QCoreApplication::translate("Waymark::Cli", "%1: %n rated response(s)", nullptr,
                                                shownResponses)
                        .arg(oneLine(journey.name)));

        if (touchpointTable) {
            QJsonArray stageNames;
            for (const Stage &stage : project->stages(journeyId))
                stageNames.append(stage.name);
            QJsonArray touchpoints;
            QList<QStringList> rows;
            rows.append({QCoreApplication::translate("Waymark::Cli", "Touchpoint"),
                         QCoreApplication::translate("Waymark::Cli", "Stage"),
                         QCoreApplication::translate("Waymark::Cli", "Responses"),
                         QCoreApplication::translate("Waymark::Cli", "NPS"),
                         QCoreApplication::translate("Waymark::Cli", "CSAT"),
                         QCoreApplication::translate("Waymark::Cli", "CES"),
                         QCoreApplication::translate("Waymark::Cli", "Mean")});
            for (const Card &card : project->cards(journeyId)) {
                if (card.kind != CardKind::Touchpoint)
                    continue;
                QHash<Metric, Score> scores;
                qint64 n = 0;
                for (Metric metric : ScoredMetrics) {
                    scores.insert(metric, engine.cardScore(card.id, metric, filter));
                    n += scores.value(metric).n;
                }
                Metric meanMetric = chosenMetric;
                if (meanMetric == Metric::None) {
                    for (Metric metric : ScoredMetrics) {
                        if (scores.value(metric).n > scores.value(meanMetric).n)
                            meanMetric = metric;
                    }
                }
                const Score meanScore = scores.value(meanMetric);
                const QString stageName = project->stage(card.stageId).name;
                touchpoints.append(QJsonObject{
                    {QStringLiteral("title"), card.title},
                    {QStringLiteral("stage"), stageName},
                    {QStringLiteral("lane"), project->lane(card.laneId).name},
                    {QStringLiteral("responses"), n},
                    {QStringLiteral("nps"), jsonNumber(scores.value(Metric::Nps).value)},
                    {QStringLiteral("csat"), jsonNumber(scores.value(Metric::Csat).value)},
                    {QStringLiteral("ces"), jsonNumber(scores.value(Metric::Ces).value)},
                    {QStringLiteral("rating"), jsonNumber(scores.value(Metric::Rating).value)},
                    {QStringLiteral("mean"), jsonNumber(meanScore.mean)},
                    {QStringLiteral("meanMetric"),
                     meanScore.mean ? QJsonValue(enumKey(meanMetric)) : QJsonValue()},
                    {QStringLiteral("n"),
                     QJsonObject{{QStringLiteral("nps"), scores.value(Metric::Nps).n},
                                 {QStringLiteral("csat"), scores.value(Metric::Csat).n},
                                 {QStringLiteral("ces"), scores.value(Metric::Ces).n},
                                 {QStringLiteral("rating"), scores.value(Metric::Rating).n}}},
                });
                QString mean = formatNumber(meanScore.mean);
                if (meanScore.mean) {
                    mean
                        += (meanScore.isSmallSample() ? QStringLiteral("* ") : QStringLiteral("  "))
                           + enumLabel(meanMetric);
                }
                rows.append({elided(card.title), elided(stageName, 24), QString::number(n),
                             formatScore(scores.value(Metric::Nps)),
                             formatScore(scores.value(Metric::Csat)),
                             formatScore(scores.value(Metric::Ces)), mean});
            }
            const Score journeyMean = totals.value(journeyMetric);
            QString totalMean = formatNumber(journeyMean.mean);
            if (journeyMean.mean) {
                totalMean
                    += (journeyMean.isSmallSample() ? QStringLiteral("* ") : QStringLiteral("  "))
                       + enumLabel(journeyMetric);
            }
            rows.append({QCoreApplication::translate("Waymark::Cli", "Journey total"), QString(),
                         QString::number(responses), formatScore(totals.value(Metric::Nps)),
                         formatScore(totals.value(Metric::Csat)),
                         formatScore(totals.value(Metric::Ces)), totalMean});
            if (!groupBy) {
                for (const QString &line :
                     alignedRows(rows, {false, false, true, true, true, true, false}))
                    text.append(QStringLiteral("  ") + line);
            }

            QJsonObject totalsJson{{QStringLiteral("responses"), responses}};
            for (Metric metric : ScoredMetrics)
                totalsJson.insert(enumKey(metric), jsonScore(totals.value(metric)));
            // No journey sentiment here: it reads every comment of the journey (about 0.1 s
            // for a million responses), which the budget of stats (DESIGN.md section 7)
            // cannot spare.
            journeyJson = QJsonObject{{QStringLiteral("name"), journey.name},
                                      {QStringLiteral("stages"), stageNames},
                                      {QStringLiteral("touchpoints"), touchpoints},
                                      {QStringLiteral("totals"), totalsJson},
                                      {QStringLiteral("metric"), enumKey(journeyMetric)}};
        }

        if (groupBy) {
            const QList<MetricsEngine::Group> groups
                = engine.breakdown(journeyMetric, *groupBy, filter);
            QJsonArray groupsJson;
            QList<QStringList> groupRows;
            groupRows.append(
                {groupByLabel(*groupBy), QCoreApplication::translate("Waymark::Cli", "n"),
                 enumLabel(journeyMetric), QCoreApplication::translate("Waymark::Cli", "± 95 %"),
                 QCoreApplication::translate("Waymark::Cli", "Mean")});
            for (const MetricsEngine::Group &group : groups) {
                QJsonObject g = jsonScore(group.score);
                g.insert(QStringLiteral("label"), group.label);
                if (group.key.id != NoId)
                    g.insert(QStringLiteral("id"), group.key.id);
                else
                    g.insert(QStringLiteral("key"), group.key.text);
                g.insert(QStringLiteral("sentiment"), jsonSentiment(group.sentiment));
                groupsJson.append(g);
                groupRows.append(
                    {elided(group.label), QString::number(group.score.n), formatScore(group.score),
                     group.score.marginOfError
                         ? QStringLiteral("± ") + formatNumber(group.score.marginOfError)
                         : QStringLiteral("–"),
                     formatNumber(group.score.mean)});
            }
            journeyJson.insert(
                QStringLiteral("breakdown"),
                QJsonObject{{QStringLiteral("by"), parser.value(QStringLiteral("by"))},
                            {QStringLiteral("metric"), enumKey(journeyMetric)},
                            {QStringLiteral("groups"), groupsJson}});
            text.append(QCoreApplication::translate("Waymark::Cli", "%1 by %2:")
                            .arg(enumLabel(journeyMetric), groupByLabel(*groupBy).toLower()));
            for (const QString &line : alignedRows(groupRows, {false, true, true, true, true}))
                text.append(QStringLiteral("  ") + line);
        }
        if (!engine.lastError().isEmpty())
            return readError(journey);
        text.append(QString());
        journeysJson.append(journeyJson);
    }

    if (json) {
        QJsonObject root{{QStringLiteral("journeys"), journeysJson}};
        root.insert(
            QStringLiteral("filter"),
            QJsonObject{
                {QStringLiteral("from"), filter.from.isValid()
                                             ? QJsonValue(filter.from.toString(Qt::ISODate))
                                             : QJsonValue()},
                {QStringLiteral("to"),
                 filter.to.isValid() ? QJsonValue(filter.to.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("segment"),
                 filter.segment.isEmpty() ? QJsonValue() : QJsonValue(filter.segment)},
                {QStringLiteral("persona"), persona ? QJsonValue(persona->name) : QJsonValue()},
                {QStringLiteral("segments"),
                 persona ? QJsonValue(QJsonArray::fromStringList(filter.segments))
                         : QJsonValue()}});
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const QString &line : std::as_const(text))
        out() << line << Qt::endl;
    out() << QCoreApplication::translate(
        "Waymark::Cli", "* fewer than 30 responses: a small sample, read with care.")
          << Qt::endl
          << QCoreApplication::translate(
                 "Waymark::Cli",
                 "NPS: % promoters (9-10) minus % detractors (0-6), in points. CSAT: % of "
                 "answers in the top two boxes (4-5 of 1-5). CES: mean effort score (1-7, "
                 "higher is easier). Mean: mean score of --metric, or of the touchpoint's most "
                 "frequent metric.")
          << Qt::endl;
    return Success;
}

std::map<QString, Command> commands()
{
    const QCommandLineOption journey(QStringLiteral("journey"),
                                     QStringLiteral("Only the journey with this name."),
                                     QStringLiteral("NAME"));
    // Which responses stats and the report count (the same for both commands).
    const QList<QCommandLineOption> responseFilter{
        QCommandLineOption(QStringLiteral("from"), QStringLiteral("First date."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), QStringLiteral("Last date."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("segment"), QStringLiteral("Only this segment."),
                           QStringLiteral("SEGMENT")),
        QCommandLineOption(QStringLiteral("persona"),
                           QStringLiteral("Only the segments of this persona."),
                           QStringLiteral("NAME"))};
    std::map<QString, Command> list;
    list[QStringLiteral("new")] = {
        {QCommandLineOption(QStringLiteral("template"), QStringLiteral("Template to start from."),
                            QStringLiteral("NAME")),
         QCommandLineOption(QStringLiteral("title"), QStringLiteral("Project title."),
                            QStringLiteral("TEXT")),
         QCommandLineOption(QStringLiteral("from-json"), QStringLiteral("JSON map to start from."),
                            QStringLiteral("MAP.json"))},
        1,
        1,
        QStringLiteral("new FILE [--template NAME] [--title TEXT] [--from-json MAP.json]"),
        cmdNew};
    list[QStringLiteral("templates")] = {{}, 0, 0, QStringLiteral("templates"), cmdTemplates};
    list[QStringLiteral("info")]
        = {{QCommandLineOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."))},
           1,
           1,
           QStringLiteral("info FILE [--json]"),
           cmdInfo};
    list[QStringLiteral("check")] = {{}, 1, 1, QStringLiteral("check FILE"), cmdCheck};
    list[QStringLiteral("export")]
        = {QList<QCommandLineOption>{
               QCommandLineOption(QStringLiteral("json"), QStringLiteral("JSON map."),
                                  QStringLiteral("OUT")),
               QCommandLineOption(QStringLiteral("csv"), QStringLiteral("Feedback as CSV."),
                                  QStringLiteral("OUT")),
               QCommandLineOption(QStringLiteral("pdf"), QStringLiteral("PDF report."),
                                  QStringLiteral("OUT")),
               QCommandLineOption(QStringLiteral("png"), QStringLiteral("PNG image of the map."),
                                  QStringLiteral("OUT")),
               QCommandLineOption(QStringLiteral("svg"), QStringLiteral("SVG image of the map."),
                                  QStringLiteral("OUT")),
               journey}
               + responseFilter
               + QList<QCommandLineOption>{QCommandLineOption(QStringLiteral("paper"),
                                                              QStringLiteral("a4 or letter."),
                                                              QStringLiteral("PAPER")),
                                           QCommandLineOption(QStringLiteral("sections"),
                                                              QStringLiteral("Report sections."),
                                                              QStringLiteral("LIST")),
                                           QCommandLineOption(QStringLiteral("logo"),
                                                              QStringLiteral("Logo for the cover."),
                                                              QStringLiteral("FILE")),
                                           QCommandLineOption(QStringLiteral("scale"),
                                                              QStringLiteral("Scale of the PNG."),
                                                              QStringLiteral("N")),
                                           QCommandLineOption(
                                               QStringLiteral("transparent"),
                                               QStringLiteral("Transparent background."))},
           1, 1,
           QStringLiteral("export FILE (--json|--csv|--pdf|--png|--svg) OUT [--journey NAME] "
                          "[OPTIONS]"),
           cmdExport};
    {
        const auto option
            = [](const char *name, const char *description, const char *value = nullptr) {
                  return value ? QCommandLineOption(QString::fromLatin1(name),
                                                    QString::fromLatin1(description),
                                                    QString::fromLatin1(value))
                               : QCommandLineOption(QString::fromLatin1(name),
                                                    QString::fromLatin1(description));
              };
        list[QStringLiteral("import")]
            = {{option("wide", "A wide column: COLUMN=STAGE/TOUCHPOINT.", "SPEC"),
                option("touchpoint-column", "Column of the touchpoints.", "COLUMN"),
                option("stage-column", "Column of the stages.", "COLUMN"),
                option("score-column", "Column of the scores.", "COLUMN"),
                option("metric", "Metric of the scores.", "METRIC"),
                option("metric-column", "Column of the metrics.", "COLUMN"),
                option("scale", "Scale of the scores.", "MIN-MAX"),
                option("na", "A value meaning no answer.", "VALUE"),
                option("date-column", "Column of the dates.", "COLUMN"),
                option("date-format", "Format of the dates.", "FORMAT"),
                option("comment-column", "Column of the comments.", "COLUMN"),
                option("segment-column", "Column of the segments.", "COLUMN"),
                option("channel-column", "Column of the channels.", "COLUMN"),
                option("respondent-column", "Column of the respondents.", "COLUMN"),
                option("delimiter", "Delimiter of the file.", "CHAR"),
                option("encoding", "Text encoding of the file.", "ENCODING"),
                option("rejects", "Where to write the rejected rows.", "OUT.csv"),
                option("strict", "Import nothing when a row is rejected."),
                option("no-create", "Do not create missing touchpoints."),
                option("source", "Source of the feedback.", "SOURCE"),
                journey},
               2,
               2,
               QStringLiteral("import FILE CSV [OPTIONS]"),
               cmdImport};
    }
    list[QStringLiteral("stats")] = {
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Machine-readable output.")),
            journey,
            QCommandLineOption(QStringLiteral("by"), QStringLiteral("Group by."),
                               QStringLiteral("GROUP")),
            QCommandLineOption(QStringLiteral("metric"), QStringLiteral("Metric."),
                               QStringLiteral("METRIC"))}
            + responseFilter,
        1, 1,
        QStringLiteral("stats FILE [--json] [--journey NAME] [--by GROUP] [--metric METRIC] "
                       "[--from DATE] [--to DATE] [--segment SEGMENT] [--persona NAME]"),
        cmdStats};
    return list;
}

} // namespace

int run(const QStringList &arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    if (arguments.size() < 2)
        return usageError(QCoreApplication::translate("Waymark::Cli", "No command given."));
    const QString name = arguments.at(1);
    if (name == QLatin1String("help") || name == QLatin1String("--help")
        || name == QLatin1String("-h")) {
        out() << QCoreApplication::translate("Waymark::Cli", usageText);
        return Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out() << "waymark-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const std::map<QString, Command> all = commands();
    const auto it = all.find(name);
    if (it == all.end())
        return usageError(
            QCoreApplication::translate("Waymark::Cli", "Unknown command “%1”.").arg(name));
    const Command &command = it->second;

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command.options);
    QStringList toParse = arguments.mid(2);
    toParse.prepend(QStringLiteral("waymark-cli"));
    if (!parser.parse(toParse))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.minPositional || positional.size() > command.maxPositional)
        return usageError(QCoreApplication::translate("Waymark::Cli", "Usage: waymark-cli %1")
                              .arg(command.synopsis));
    return command.handler(parser, positional);
}

} // namespace Waymark::Cli
