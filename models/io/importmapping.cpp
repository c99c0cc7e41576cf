#include "importmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Waymark {

namespace {

constexpr char FormatName[] = "waymark-import-mapping";
constexpr int FormatVersion = 1;

// The date formats a mapping may name, as stored.
const QStringList &knownDateFormats()
{
    static const QStringList formats = {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"),
                                        QStringLiteral("MM/dd/yyyy"), QStringLiteral("MMMM yyyy")};
    return formats;
}

// What a header name says about its column, decided from its wording alone.
enum class Role {
    None,
    Touchpoint,
    Stage,
    Channel,
    Metric,
    Segment,
    Respondent,
    Date,
    NpsQuestion,
    CsatQuestion,
    CesQuestion,
    Comment,
    GenericScore,
    RatingScore,
};

// Survey tools write the same header in many ways ("NPS_Score", "user-id", "Why?"); compare
// a folded form of its words, separated by single spaces.
QString headerKey(const QString &header)
{
    QString key = header.toCaseFolded();
    for (QChar &c : key) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return key.simplified();
}

bool hasWord(const QString &key, const char *word)
{
    // Word boundaries: "ces" must not match "services", nor "nps" "snps".
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)));
    return re.match(key).hasMatch();
}

bool isOneOf(const QString &key, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (key == QLatin1String(word))
            return true;
    }
    return false;
}

bool containsAny(const QString &key, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (key.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

Role roleOf(const QString &header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return Role::None;
    if (key.contains(QLatin1String("touchpoint")) || key == QLatin1String("touch point"))
        return Role::Touchpoint;
    if (hasWord(key, "stage") || hasWord(key, "phase"))
        return Role::Stage;
    if (key.contains(QLatin1String("channel")))
        return Role::Channel;
    if (isOneOf(key, {"metric", "metric type", "question type", "kpi"}))
        return Role::Metric;
    if (key.contains(QLatin1String("segment"))
        || isOneOf(key, {"persona", "customer type", "type of traveller", "type of traveler"}))
        return Role::Segment;
    if (key.contains(QLatin1String("respondent"))
        || isOneOf(key, {"user id", "userid", "user", "customer id", "customer", "id",
                         "response id", "responseid", "participant", "participant id", "reviewer",
                         "reviewer name", "author", "reviewed by"}))
        return Role::Respondent;
    if (hasWord(key, "date") || hasWord(key, "dated")
        || isOneOf(key, {"timestamp", "submitted at", "submitted", "created at", "created", "time",
                         "submission time", "month"}))
        return Role::Date;
    if (hasWord(key, "nps") || key.contains(QLatin1String("net promoter"))
        || (key.contains(QLatin1String("likely")) && key.contains(QLatin1String("recommend"))))
        return Role::NpsQuestion;
    if (hasWord(key, "csat") || key.contains(QLatin1String("satisf")))
        return Role::CsatQuestion;
    if (hasWord(key, "ces") || key.contains(QLatin1String("effort"))
        || key.contains(QLatin1String("easy")))
        return Role::CesQuestion;
    if (containsAny(key, {"comment", "review", "verbatim", "feedback"})
        || isOneOf(key, {"text", "open text", "answer", "why", "reason", "remarks", "notes",
                         "message", "body"}))
        return Role::Comment;
    if (containsAny(key, {"rating", "stars"}))
        return Role::RatingScore;
    if (isOneOf(key, {"score", "value", "grade"}) || hasWord(key, "score"))
        return Role::GenericScore;
    return Role::None;
}

Metric metricOfQuestion(Role role)
{
    switch (role) {
    case Role::NpsQuestion:
        return Metric::Nps;
    case Role::CsatQuestion:
        return Metric::Csat;
    case Role::CesQuestion:
        return Metric::Ces;
    case Role::RatingScore:
        return Metric::Rating;
    default:
        return Metric::Nps;
    }
}

QString layoutKey(ImportMapping::Layout layout)
{
    return layout == ImportMapping::Layout::Wide ? QStringLiteral("wide") : QStringLiteral("long");
}

} // namespace

std::pair<double, double> ImportMapping::standardScale(Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        return {0, 10};
    case Metric::Csat:
        return {1, 5};
    case Metric::Ces:
        return {1, 7};
    case Metric::Rating:
        return {1, 5};
    case Metric::None:
        break;
    }
    return {0, 0};
}

std::pair<double, double> ImportMapping::effectiveScale() const
{
    return scale.value_or(standardScale(metric));
}

std::pair<double, double> ImportMapping::scaleFor(Metric rowMetric) const
{
    return rowMetric == metric ? effectiveScale() : standardScale(rowMetric);
}

std::optional<Metric> ImportMapping::metricFromText(QStringView text)
{
    const QString key = headerKey(text.toString());
    if (key.isEmpty())
        return std::nullopt;
    for (Metric m : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        if (key == enumKey(m))
            return m;
    }
    if (key == QLatin1String("net promoter score") || key == QLatin1String("net promoter"))
        return Metric::Nps;
    if (key == QLatin1String("customer satisfaction") || key == QLatin1String("satisfaction"))
        return Metric::Csat;
    if (key == QLatin1String("customer effort") || key == QLatin1String("customer effort score")
        || key == QLatin1String("effort"))
        return Metric::Ces;
    if (key == QLatin1String("stars") || key == QLatin1String("star rating"))
        return Metric::Rating;
    return std::nullopt;
}

QStringList ImportMapping::dateFormats()
{
    return knownDateFormats();
}

QString ImportMapping::canonicalDateFormat(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // Exact spellings first: "MM/dd/yyyy" and "mm/dd/yyyy" only differ in case.
    for (const QString &format : knownDateFormats()) {
        if (t == format)
            return format;
    }
    const QString lower = t.toLower();
    if (lower == QLatin1String("yyyy-mm-dd") || lower == QLatin1String("iso"))
        return QStringLiteral("yyyy-MM-dd");
    if (lower == QLatin1String("dd/mm/yyyy") || lower == QLatin1String("d/m/y"))
        return QStringLiteral("dd/MM/yyyy");
    if (lower == QLatin1String("mm/dd/yyyy") || lower == QLatin1String("m/d/y"))
        return QStringLiteral("MM/dd/yyyy");
    if (lower == QLatin1String("mmmm yyyy") || lower == QLatin1String("month yyyy")
        || lower == QLatin1String("month-year") || lower == QLatin1String("month year"))
        return QStringLiteral("MMMM yyyy");
    return {};
}

std::optional<ImportMapping::WideColumn> ImportMapping::parseWideColumn(const QString &text,
                                                                        QString *error)
{
    const auto fail = [&](const QString &sentence) -> std::optional<WideColumn> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0)
        return fail(
            tr("“%1” does not describe a wide column; write COLUMN=STAGE/TOUCHPOINT.").arg(text));
    WideColumn column;
    column.column = text.left(equals).trimmed();
    const QString target = text.mid(equals + 1);
    // Touchpoint titles may contain '/' ("Wifi / connectivity"); stage names rarely do.
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        column.touchpoint = target.trimmed();
    } else {
        column.stage = target.left(slash).trimmed();
        column.touchpoint = target.mid(slash + 1).trimmed();
    }
    if (column.column.isEmpty())
        return fail(
            tr("“%1” names no column before the “=”; write COLUMN=STAGE/TOUCHPOINT.").arg(text));
    if (column.touchpoint.isEmpty())
        return fail(tr("“%1” names no touchpoint; write COLUMN=STAGE/TOUCHPOINT.").arg(text));
    if (error)
        error->clear();
    return column;
}

ImportMapping ImportMapping::guess(const QStringList &header)
{
    ImportMapping mapping;
    QList<QPair<QString, Role>> questions; // score-like columns, in header order
    QString genericScore;
    Role genericRole = Role::None;
    auto assign = [](QString *slot, const QString &name) {
        if (slot->isEmpty())
            *slot = name;
    };
    for (const QString &raw : header) {
        const QString name = raw.trimmed();
        const Role role = roleOf(name);
        switch (role) {
        case Role::None:
            break;
        case Role::Touchpoint:
            assign(&mapping.touchpointColumn, name);
            break;
        case Role::Stage:
            assign(&mapping.stageColumn, name);
            break;
        case Role::Channel:
            assign(&mapping.channelColumn, name);
            break;
        case Role::Metric:
            assign(&mapping.metricColumn, name);
            break;
        case Role::Segment:
            assign(&mapping.segmentColumn, name);
            break;
        case Role::Respondent:
            assign(&mapping.respondentColumn, name);
            break;
        case Role::Date:
            assign(&mapping.dateColumn, name);
            break;
        case Role::Comment:
            assign(&mapping.commentColumn, name);
            break;
        case Role::NpsQuestion:
        case Role::CsatQuestion:
        case Role::CesQuestion:
            questions.append({name, role});
            break;
        case Role::GenericScore:
        case Role::RatingScore:
            if (genericScore.isEmpty()) {
                genericScore = name;
                genericRole = role;
            }
            break;
        }
    }

    const bool longFile = !mapping.touchpointColumn.isEmpty() || !mapping.metricColumn.isEmpty();
    bool sameMetric = true;
    for (const auto &q : std::as_const(questions))
        sameMetric = sameMetric && q.second == questions.first().second;
    if (!longFile && questions.size() >= 2 && sameMetric) {
        // One question per touchpoint: the stages are for the user to fill in.
        mapping.layout = Layout::Wide;
        mapping.metric = metricOfQuestion(questions.first().second);
        for (const auto &q : std::as_const(questions))
            mapping.wideColumns.append({q.first, QString(), q.first});
        return mapping;
    }
    mapping.layout = Layout::Long;
    if (!genericScore.isEmpty() && (longFile || questions.isEmpty())) {
        mapping.scoreColumn = genericScore;
        if (genericRole == Role::RatingScore)
            mapping.metric = Metric::Rating;
    } else if (!questions.isEmpty()) {
        mapping.scoreColumn = questions.first().first;
        mapping.metric = metricOfQuestion(questions.first().second);
    }
    return mapping;
}

QByteArray ImportMapping::toJson() const
{
    // QJsonObject keeps its keys sorted, which makes the text canonical.
    QJsonArray wide;
    for (const WideColumn &w : wideColumns) {
        wide.append(QJsonObject{{QStringLiteral("column"), w.column},
                                {QStringLiteral("stage"), w.stage},
                                {QStringLiteral("touchpoint"), w.touchpoint}});
    }
    QJsonValue scaleValue = QJsonValue::Null;
    if (scale) {
        scaleValue = QJsonObject{{QStringLiteral("min"), scale->first},
                                 {QStringLiteral("max"), scale->second}};
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("layout"), layoutKey(layout)},
        {QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter)},
        {QStringLiteral("encoding"), QString::fromLatin1(encoding)},
        {QStringLiteral("dateColumn"), dateColumn},
        {QStringLiteral("commentColumn"), commentColumn},
        {QStringLiteral("segmentColumn"), segmentColumn},
        {QStringLiteral("respondentColumn"), respondentColumn},
        {QStringLiteral("channelColumn"), channelColumn},
        {QStringLiteral("touchpointColumn"), touchpointColumn},
        {QStringLiteral("stageColumn"), stageColumn},
        {QStringLiteral("scoreColumn"), scoreColumn},
        {QStringLiteral("metricColumn"), metricColumn},
        {QStringLiteral("wideColumns"), wide},
        {QStringLiteral("metric"), enumKey(metric)},
        {QStringLiteral("scale"), scaleValue},
        {QStringLiteral("noAnswerValues"), QJsonArray::fromStringList(noAnswerValues)},
        {QStringLiteral("dateFormat"), dateFormat},
        {QStringLiteral("source"), enumKey(source)},
        {QStringLiteral("journey"), journey},
        {QStringLiteral("createTouchpoints"), createTouchpoints},
        {QStringLiteral("strict"), strict},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)
        || root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return std::nullopt;

    ImportMapping m;
    const QString layout = root.value(QStringLiteral("layout")).toString();
    if (layout == QLatin1String("wide"))
        m.layout = Layout::Wide;
    else if (layout == QLatin1String("long"))
        m.layout = Layout::Long;
    else
        return std::nullopt;
    const QString delimiter = root.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1)
        return std::nullopt;
    m.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    m.encoding = root.value(QStringLiteral("encoding")).toString().toLatin1();
    const auto text = [&root](const char *key) {
        return root.value(QLatin1String(key)).toString();
    };
    m.dateColumn = text("dateColumn");
    m.commentColumn = text("commentColumn");
    m.segmentColumn = text("segmentColumn");
    m.respondentColumn = text("respondentColumn");
    m.channelColumn = text("channelColumn");
    m.touchpointColumn = text("touchpointColumn");
    m.stageColumn = text("stageColumn");
    m.scoreColumn = text("scoreColumn");
    m.metricColumn = text("metricColumn");
    for (const QJsonValue &v : root.value(QStringLiteral("wideColumns")).toArray()) {
        const QJsonObject o = v.toObject();
        m.wideColumns.append({o.value(QStringLiteral("column")).toString(),
                              o.value(QStringLiteral("stage")).toString(),
                              o.value(QStringLiteral("touchpoint")).toString()});
    }
    const std::optional<Metric> metric = enumFromKey<Metric>(text("metric"));
    if (!metric)
        return std::nullopt;
    m.metric = *metric;
    const QJsonValue scale = root.value(QStringLiteral("scale"));
    if (scale.isObject()) {
        const QJsonObject o = scale.toObject();
        m.scale = std::make_pair(o.value(QStringLiteral("min")).toDouble(),
                                 o.value(QStringLiteral("max")).toDouble());
    }
    for (const QJsonValue &v : root.value(QStringLiteral("noAnswerValues")).toArray())
        m.noAnswerValues.append(v.toString());
    m.dateFormat = text("dateFormat");
    m.source = enumFromKey(text("source"), FeedbackSource::Survey);
    m.journey = text("journey");
    m.createTouchpoints = root.value(QStringLiteral("createTouchpoints")).toBool(true);
    m.strict = root.value(QStringLiteral("strict")).toBool(false);
    return m;
}

} // namespace Waymark
