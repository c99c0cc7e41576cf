#include "feedbackimporter.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "metrics/sentiment.h"
#include "sha256.h"
#include "storage/cardrepository.h"
#include "storage/document.h"
#include "storage/feedbackrepository.h"
#include "storage/importrepository.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <array>
#include <climits>
#include <cmath>
#include <condition_variable>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Waymark {

namespace {

// Rows the parser hands to the writer at once (and so how often progress is reported).
constexpr std::size_t BatchRows = 1000;
// An import that adds at least this many responses, and at least as many as the project
// has, builds the feedback indexes again at the end instead of updating them row by row
// (ImportRepository::dropFeedbackIndexes): about half the work for a large file.
constexpr qint64 RebuildIndexesFrom = 5000;
// The share of the progress bar that the rows take when the indexes are built at the end.
constexpr double RowsShareWhenRebuilding = 0.85;
// Ragged rows are reported one by one up to this many, then summed up.
constexpr int MaxRowWarnings = 20;

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString folded(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

// --- Columns -----------------------------------------------------------------------------

constexpr int Unmapped = -1;
constexpr int Missing = -2;

// Header names are matched as written, then ignoring case and surrounding spaces.
int findColumn(const QStringList &header, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return Unmapped;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed() == wanted)
            return i;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return Missing;
}

struct Columns
{
    int date = Unmapped;
    int comment = Unmapped;
    int segment = Unmapped;
    int respondent = Unmapped;
    int channel = Unmapped;
    int touchpoint = Unmapped;
    int stage = Unmapped;
    int score = Unmapped;
    int metric = Unmapped;
    QList<int> wide;
    // Every mapped column with its header name, to name the one a short row lacks.
    QList<QPair<int, QString>> mapped;
    int last = -1; // the highest mapped index
};

// Resolves the mapping's columns; the sentence names the first one the header lacks.
bool resolveColumns(const QStringList &header, const ImportMapping &mapping, Columns *columns,
                    QString *error)
{
    QStringList missing;
    auto resolve = [&](const QString &name, int *index) {
        *index = findColumn(header, name);
        if (*index == Missing)
            missing.append(name.trimmed());
        else if (*index >= 0)
            columns->mapped.append({*index, header.at(*index).trimmed()});
    };
    resolve(mapping.dateColumn, &columns->date);
    resolve(mapping.commentColumn, &columns->comment);
    resolve(mapping.segmentColumn, &columns->segment);
    resolve(mapping.respondentColumn, &columns->respondent);
    resolve(mapping.channelColumn, &columns->channel);
    if (mapping.layout == ImportMapping::Layout::Long) {
        resolve(mapping.touchpointColumn, &columns->touchpoint);
        resolve(mapping.stageColumn, &columns->stage);
        resolve(mapping.scoreColumn, &columns->score);
        resolve(mapping.metricColumn, &columns->metric);
    } else {
        for (const ImportMapping::WideColumn &w : mapping.wideColumns) {
            int index = Unmapped;
            resolve(w.column, &index);
            columns->wide.append(index);
        }
    }
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &h : header)
            names.append(FeedbackImporter::tr("“%1”").arg(h.trimmed()));
        *error = FeedbackImporter::tr("The column “%1” is not in the file's header, which has: %2.")
                     .arg(missing.first(), names.join(QStringLiteral(", ")));
        return false;
    }
    for (const auto &m : std::as_const(columns->mapped))
        columns->last = qMax(columns->last, m.first);
    return true;
}

// --- Values ------------------------------------------------------------------------------

std::optional<Channel> channelFromText(QStringView text)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return Channel::None;
    if (const std::optional<Channel> c = enumFromKey<Channel>(key); c && *c != Channel::None)
        return c;
    for (Channel c : enumValues<Channel>()) {
        if (c != Channel::None && key == enumLabel(c).toCaseFolded())
            return c;
    }
    struct Synonym
    {
        const char *text;
        Channel channel;
    };
    static constexpr Synonym synonyms[] = {
        {"shop", Channel::Store},           {"in store", Channel::Store},
        {"in-store", Channel::Store},       {"retail", Channel::Store},
        {"branch", Channel::Store},         {"website", Channel::Web},
        {"online", Channel::Web},           {"internet", Channel::Web},
        {"web site", Channel::Web},         {"mobile", Channel::MobileApp},
        {"mobile app", Channel::MobileApp}, {"ios", Channel::MobileApp},
        {"android", Channel::MobileApp},    {"in-app", Channel::MobileApp},
        {"social media", Channel::Social},  {"e-mail", Channel::Email},
        {"mail", Channel::Email},           {"newsletter", Channel::Email},
        {"telephone", Channel::Phone},      {"call", Channel::Phone},
        {"call centre", Channel::Phone},    {"call center", Channel::Phone},
        {"contact centre", Channel::Phone}, {"contact center", Channel::Phone},
        {"live chat", Channel::Chat},       {"chatbot", Channel::Chat},
        {"messenger", Channel::Chat},       {"reseller", Channel::Partner},
        {"dealer", Channel::Partner},
    };
    for (const Synonym &s : synonyms) {
        if (key == QLatin1String(s.text))
            return s.channel;
    }
    return std::nullopt;
}

enum class DateStatus { Empty, Ok, NeedsOrder, Invalid };
enum class DateOrder { Unknown, DayFirst, MonthFirst };

void writeIsoDate(int y, int m, int d, char *out)
{
    out[0] = char('0' + y / 1000 % 10);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
}

DateStatus finishDate(int y, int m, int d, char *out)
{
    if (y < 1000 || y > 9999 || !QDate::isValid(y, m, d))
        return DateStatus::Invalid;
    writeIsoDate(y, m, d, out);
    return DateStatus::Ok;
}

int expandYear(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

// Month names as review sites write them ("August 2023"), in English and in the user's
// language, folded.
const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> n;
        static constexpr const char *english[]
            = {"january", "february", "march",     "april",   "may",      "june",
               "july",    "august",   "september", "october", "november", "december"};
        for (int m = 1; m <= 12; ++m) {
            const QString full = QString::fromLatin1(english[m - 1]);
            n.insert(full, m);
            n.insert(full.left(3), m);
        }
        n.insert(QStringLiteral("sept"), 9);
        const QLocale locale;
        for (int m = 1; m <= 12; ++m) {
            for (QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
                QString name = locale.monthName(m, type).toCaseFolded();
                if (name.endsWith(QLatin1Char('.')))
                    name.chop(1);
                if (!name.isEmpty() && !n.contains(name))
                    n.insert(name, m);
                name = locale.standaloneMonthName(m, type).toCaseFolded();
                if (name.endsWith(QLatin1Char('.')))
                    name.chop(1);
                if (!name.isEmpty() && !n.contains(name))
                    n.insert(name, m);
            }
        }
        return n;
    }();
    return names;
}

int monthOf(const QString &token)
{
    return monthNames().value(token.toCaseFolded(), 0);
}

// "5th" -> 5; 0 when the token is not a day of the month.
int dayOf(QString token)
{
    for (const char *suffix : {"st", "nd", "rd", "th"}) {
        if (token.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            token.chop(2);
            break;
        }
    }
    bool ok = false;
    const int d = token.toInt(&ok);
    return ok && token.size() <= 2 && d >= 1 && d <= 31 ? d : 0;
}

int yearOf(const QString &token)
{
    bool ok = false;
    const int y = token.toInt(&ok);
    return ok && token.size() == 4 ? y : 0;
}

// Reads a date: ISO (with or without a time after it), dd/mm/yyyy or mm/dd/yyyy (also
// with '.' or '-', and two-digit years), "August 2023", "5 August 2023", "August 5, 2023".
// A day/month date whose order is not known yet returns NeedsOrder with its two numbers.
DateStatus parseDate(QStringView text, DateOrder order, char *out, int *first, int *second)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return DateStatus::Empty;

    int groups[3] = {0, 0, 0};
    int lengths[3] = {0, 0, 0};
    int count = 0;
    QChar separator;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && count < 3) {
        int value = 0;
        int length = 0;
        while (i < n && s[i].isDigit() && s[i].unicode() < 128 && length < 5) {
            value = value * 10 + (s[i].unicode() - '0');
            ++length;
            ++i;
        }
        if (length == 0)
            break;
        groups[count] = value;
        lengths[count] = length;
        ++count;
        if (count < 3 && i < n
            && (s[i] == QLatin1Char('/') || s[i] == QLatin1Char('-') || s[i] == QLatin1Char('.'))) {
            if (count == 1)
                separator = s[i];
            else if (s[i] != separator)
                break;
            ++i;
            continue;
        }
        break;
    }
    const bool restOk = i == n || s[i] == QLatin1Char('T') || s[i] == QLatin1Char(' ');
    if (count >= 2 && restOk && lengths[count - 1] > 0) {
        if (lengths[0] == 4) {
            if (count == 3 && lengths[1] <= 2 && lengths[2] <= 2)
                return finishDate(groups[0], groups[1], groups[2], out);
            if (count == 2 && separator == QLatin1Char('-') && lengths[1] <= 2)
                return finishDate(groups[0], groups[1], 1, out);
            return DateStatus::Invalid;
        }
        if (count == 3 && lengths[0] <= 2 && lengths[1] <= 2
            && (lengths[2] == 4 || lengths[2] == 2)) {
            const int year = lengths[2] == 2 ? expandYear(groups[2]) : groups[2];
            const int a = groups[0];
            const int b = groups[1];
            if (order == DateOrder::Unknown) {
                if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31)
                    return DateStatus::Invalid;
                *first = a;
                *second = b;
                return DateStatus::NeedsOrder;
            }
            return order == DateOrder::DayFirst ? finishDate(year, b, a, out)
                                                : finishDate(year, a, b, out);
        }
        return DateStatus::Invalid;
    }

    // Month names.
    QStringList tokens;
    QString token;
    for (QChar c : s) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('-') || c == QLatin1Char('/')
            || c == QLatin1Char('.')) {
            if (!token.isEmpty())
                tokens.append(token);
            token.clear();
        } else {
            token.append(c);
        }
    }
    if (!token.isEmpty())
        tokens.append(token);
    if (tokens.size() == 2) {
        if (const int m = monthOf(tokens.at(0)); m && yearOf(tokens.at(1)))
            return finishDate(yearOf(tokens.at(1)), m, 1, out);
        if (const int m = monthOf(tokens.at(1)); m && yearOf(tokens.at(0)))
            return finishDate(yearOf(tokens.at(0)), m, 1, out);
    } else if (tokens.size() == 3) {
        const int y = yearOf(tokens.at(2));
        if (y && monthOf(tokens.at(1)) && dayOf(tokens.at(0)))
            return finishDate(y, monthOf(tokens.at(1)), dayOf(tokens.at(0)), out);
        if (y && monthOf(tokens.at(0)) && dayOf(tokens.at(1)))
            return finishDate(y, monthOf(tokens.at(0)), dayOf(tokens.at(1)), out);
    }
    return DateStatus::Invalid;
}

// Parses a score: "7", "3.0", "7,5" (with a decimal comma), "+3", and the labelled answers
// survey tools export ("0 - Not at all likely", "10 (Extremely likely)").
bool parseNumber(QStringView s, bool decimalComma, double *value)
{
    const qsizetype n = s.size();
    if (n == 0)
        return false;
    // Most scores are small integers.
    if (n <= 9) {
        int v = 0;
        qsizetype i = 0;
        while (i < n && s[i].unicode() >= '0' && s[i].unicode() <= '9')
            v = v * 10 + (s[i++].unicode() - '0');
        if (i == n) {
            *value = v;
            return true;
        }
    }
    // The longest prefix that looks like a number: sign, digits, one decimal separator.
    qsizetype end = 0;
    if (end < n && (s[end] == QLatin1Char('+') || s[end] == QLatin1Char('-')))
        ++end;
    qsizetype digits = 0;
    bool point = false;
    for (; end < n; ++end) {
        const char16_t c = s[end].unicode();
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (!point && (c == '.' || (decimalComma && c == ','))) {
            point = true;
        } else {
            break;
        }
    }
    if (digits == 0)
        return false;
    if (end < n) {
        // A label may follow the number, after a space and a dash, parenthesis or colon.
        QStringView rest = s.mid(end).trimmed();
        if (rest.size() == s.size() - end || rest.isEmpty())
            return false;
        const QChar c = rest.front();
        if (c != QLatin1Char('-') && c != QChar(0x2013) && c != QChar(0x2014)
            && c != QLatin1Char('(') && c != QLatin1Char(':'))
            return false;
    }
    QString number = s.left(end).toString();
    if (decimalComma)
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    bool ok = false;
    const double v = number.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

bool isBuiltInNoAnswer(QStringView s)
{
    if (s.isEmpty())
        return true;
    if (s.size() > 4)
        return false;
    return s.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0
           || s.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0
           || s.compare(QLatin1String("#N/A"), Qt::CaseInsensitive) == 0 || s == QLatin1String("-");
}

// --- Touchpoints -------------------------------------------------------------------------

// Finds the card a response is about, by title (case- and space-insensitive), among the
// journey's touchpoint cards first and then among its other cards; plans or makes the
// touchpoints that are missing.
class TouchpointResolver
{
public:
    struct Target
    {
        Id cardId = NoId;
        Channel channel = Channel::None;
    };

    // insert writes a new card (or, for a dry run, only gives it an id); false on failure.
    using Insert = std::function<bool(Card *)>;

    TouchpointResolver(const Journey &journey, const QList<Stage> &stages, const QList<Lane> &lanes,
                       const QList<Card> &cards, bool create, Insert insert)
        : m_journey(journey)
        , m_stages(stages)
        , m_create(create)
        , m_insert(std::move(insert))
    {
        for (const Lane &lane : lanes) {
            if (lane.kind == LaneKind::Touchpoints) {
                m_laneId = lane.id;
                break;
            }
        }
        if (m_laneId == NoId && !lanes.isEmpty())
            m_laneId = lanes.first().id;
        for (const Card &card : cards)
            add(card);
        for (const Stage &stage : stages)
            m_stageByName.insert(folded(stage.name), stage.id);
    }

    enum class Outcome { Found, Missing, Failed };

    // Finds (stage, title) without changing anything. Missing: it would be created in
    // *stageId.
    Outcome find(const QString &stageName, const QString &title, Target *target, Id *stageId,
                 QString *reason)
    {
        const QString titleKey = folded(title);
        const QString stageKey = folded(stageName);
        const Id namedStage = stageKey.isEmpty() ? NoId : m_stageByName.value(stageKey, NoId);
        for (const QHash<QString, QList<Card>> *index : {&m_touchpoints, &m_others}) {
            const QList<Card> candidates = index->value(titleKey);
            if (candidates.isEmpty())
                continue;
            const Card *best = &candidates.first();
            for (const Card &c : candidates) {
                if (c.stageId == namedStage) {
                    best = &c;
                    break;
                }
            }
            *target = {best->id, best->channel};
            return Outcome::Found;
        }
        if (!m_create) {
            *reason = FeedbackImporter::tr(
                          "There is no touchpoint called “%1” in the journey “%2”, and "
                          "creating touchpoints is switched off.")
                          .arg(title.simplified(), m_journey.name);
            return Outcome::Failed;
        }
        if (stageKey.isEmpty()) {
            *reason = FeedbackImporter::tr(
                          "There is no touchpoint called “%1” in the journey “%2”, and no "
                          "stage is named to create it in.")
                          .arg(title.simplified(), m_journey.name);
            return Outcome::Failed;
        }
        if (namedStage == NoId) {
            *reason = FeedbackImporter::tr("There is no stage called “%1” in the journey “%2”.")
                          .arg(stageName.simplified(), m_journey.name);
            return Outcome::Failed;
        }
        if (m_laneId == NoId) {
            *reason = FeedbackImporter::tr(
                          "The journey “%1” has no lane to put the new touchpoint “%2” in.")
                          .arg(m_journey.name, title.simplified());
            return Outcome::Failed;
        }
        *stageId = namedStage;
        return Outcome::Missing;
    }

    // Creates the touchpoint find() reported missing.
    bool create(Id stageId, const QString &title, Channel channel, Target *target)
    {
        Card card;
        card.journeyId = m_journey.id;
        card.stageId = stageId;
        card.laneId = m_laneId;
        card.kind = CardKind::Touchpoint;
        card.title = title.simplified();
        card.channel = channel;
        // It comes from what customers said, not from a workshop's guess.
        card.evidence = Evidence::Observed;
        if (!m_insert(&card))
            return false;
        add(card);
        m_created.append(card);
        *target = {card.id, card.channel};
        return true;
    }

    QString stageName(Id stageId) const
    {
        for (const Stage &s : m_stages) {
            if (s.id == stageId)
                return s.name;
        }
        return {};
    }

    const QList<Card> &created() const { return m_created; }

private:
    void add(const Card &card)
    {
        (card.kind == CardKind::Touchpoint ? m_touchpoints : m_others)[folded(card.title)].append(
            card);
    }

    Journey m_journey;
    QList<Stage> m_stages;
    bool m_create;
    Insert m_insert;
    Id m_laneId = NoId;
    QHash<QString, Id> m_stageByName;
    QHash<QString, QList<Card>> m_touchpoints;
    QHash<QString, QList<Card>> m_others;
    QList<Card> m_created;
};

bool selectJourney(const QList<Journey> &journeys, const QString &name, const QString &fileName,
                   Journey *journey, QString *error)
{
    if (journeys.isEmpty()) {
        *error = FeedbackImporter::tr("“%1” has no journey to import the feedback into.")
                     .arg(fileName);
        return false;
    }
    if (name.trimmed().isEmpty()) {
        *journey = journeys.first();
        return true;
    }
    QStringList names;
    for (const Journey &j : journeys) {
        if (j.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0
            || QStringLiteral("j%1").arg(j.id) == name.trimmed()) {
            *journey = j;
            return true;
        }
        names.append(FeedbackImporter::tr("“%1”").arg(j.name));
    }
    *error = FeedbackImporter::tr("There is no journey called “%1”; the journeys are: %2.")
                 .arg(name, names.join(QStringLiteral(", ")));
    return false;
}

// Closes a worker connection when it goes out of scope (after what used it).
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name)
        : m_name(std::move(name))
    {}
    ~ConnectionGuard()
    {
        if (!m_name.isEmpty())
            Document::closeConnection(m_name);
    }
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

private:
    QString m_name;
};

// --- The import --------------------------------------------------------------------------

// Fingerprints of the rows seen so far, to count exact copies: open addressing in a
// power-of-two table, much cheaper than a node-based set for hundreds of thousands of rows.
class FingerprintSet
{
public:
    // False when the fingerprint was there already.
    bool insert(quint64 fingerprint)
    {
        if (fingerprint == 0)
            fingerprint = 1; // 0 marks a free slot
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        return place(fingerprint);
    }

private:
    bool place(quint64 fingerprint)
    {
        const std::size_t mask = m_slots.size() - 1;
        // Fibonacci hashing spreads whatever bits the fingerprint has.
        std::size_t i = std::size_t((fingerprint * 0x9E3779B97F4A7C15ull) >> 20) & mask;
        while (m_slots[i] != 0) {
            if (m_slots[i] == fingerprint)
                return false;
            i = (i + 1) & mask;
        }
        m_slots[i] = fingerprint;
        ++m_count;
        return true;
    }
    void grow()
    {
        std::vector<quint64> old(std::max<std::size_t>(4096, m_slots.size() * 2), 0);
        old.swap(m_slots);
        m_count = 0;
        for (quint64 fingerprint : old) {
            if (fingerprint != 0)
                place(fingerprint);
        }
    }

    std::vector<quint64> m_slots;
    std::size_t m_count = 0;
};

// A touchpoint the parser found missing: the writer creates it before the rows that use it,
// which refer to it by a negative placeholder id until then.
struct NewCard
{
    Id placeholder = NoId;
    Card card;
};

struct PendingResponse
{
    Id cardId = NoId;
    Channel channel = Channel::None;
    Metric metric = Metric::None;
    double score = 0;
    bool hasScore = false;
    int scaleMin = 0;
    int scaleMax = 0;
};

// A piece of one of a batch's text buffers.
struct TextSpan
{
    quint32 offset = 0;
    quint32 size = 0;
};

// What a row gives every response made from it; text in UTF-8, as SQLite stores it. The
// comment arrives as text, for the sentiment stage to score and convert. The text lies in
// buffers of the batch, not in strings of its own: a batch is made on one thread and freed
// on another, and a million small blocks freed across threads cost the writer a quarter
// of the import.
struct PendingRow
{
    TextSpan segment;     // in Batch::utf8
    TextSpan respondent;  // in Batch::utf8
    TextSpan commentText; // in Batch::commentText
    TextSpan comment;     // in Batch::commentUtf8
    char date[10] = {};
    bool hasDate = false;
    double sentiment = 0;
    bool hasSentiment = false;
    quint32 firstResponse = 0;
    quint32 responseCount = 0;
};

struct Batch
{
    std::vector<NewCard> newCards;
    std::vector<PendingRow> rows;
    std::vector<PendingResponse> responses;
    QByteArray utf8;        // segments and respondents
    QString commentText;    // comments, for the sentiment stage
    QByteArray commentUtf8; // comments, as the sentiment stage converted them
    double progress = 0;
    quint64 sequence = 0; // position in the file, from 0
};

// Hands batches from one stage of the import to the next, in file order: batches carry a
// sequence number, and pop() gives them out strictly in that order, whichever of several
// producers finished one first (rows must reach the file in order, since a touchpoint a
// batch plans is created before later batches refer to it). Bounded, so that a fast stage
// waits for a slow disk instead of filling memory with the whole file.
class BatchQueue
{
public:
    static constexpr quint64 Capacity = 4;

    explicit BatchQueue(int producers = 1)
        : m_producers(producers)
    {}

    // False when the consumer gave up: the producer stops.
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        const quint64 sequence = batch->sequence;
        m_changed.wait(lock, [&] { return m_aborted || sequence < m_next + Capacity; });
        if (m_aborted)
            return false;
        m_items.emplace(sequence, std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // The next batch in order; null when every producer is done and everything was taken,
    // or when the queue was aborted.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_aborted || m_items.count(m_next) > 0
                   || (m_finished == m_producers && m_items.empty());
        });
        const auto it = m_items.find(m_next);
        if (m_aborted || it == m_items.end())
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(it->second);
        m_items.erase(it);
        ++m_next;
        m_changed.notify_all();
        return batch;
    }
    // Called once by each producer when it has pushed everything.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        ++m_finished;
        m_changed.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_items.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<quint64, std::unique_ptr<Batch>> m_items;
    quint64 m_next = 0;
    int m_producers;
    int m_finished = 0;
    bool m_aborted = false;
};

// Reads and checks the rows of a file and turns them into batches of responses: parsing,
// validation, touchpoint matching, sentiment and UTF-8 conversion, on a thread of its own
// while the writer inserts the previous batches. It never touches the database: missing
// touchpoints are planned here and created by the writer.
class RowParser
{
public:
    RowParser(const QString &path, const ImportMapping &mapping, const std::atomic_bool *cancel)
        : m_path(path)
        , m_mapping(mapping)
        , m_cancel(cancel)
    {
        m_result.fileName = displayName(path);
    }

    // On the calling thread, before anything is written: the mapping, the header and the
    // first row. False with result().error set.
    bool open();
    void setJourney(const Journey &journey, const QList<Stage> &stages, const QList<Lane> &lanes,
                    const QList<Card> &cards);
    // On the parser thread: every row, into the queue; finishes the queue.
    void parseAll(BatchQueue *queue);

    // Read once the parser thread has ended.
    ImportResult &result() { return m_result; }
    const RejectedRow &firstReject() const { return m_firstReject; }
    QChar delimiter() const { return m_delimiter; }
    QByteArray encoding() const { return m_encoding; }
    const SentimentAnalyzer *analyzer() const { return m_analyzer; }

private:
    bool fail(const QString &sentence)
    {
        if (m_result.error.isEmpty())
            m_result.error = sentence;
        return false;
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool checkMapping();
    bool decideDateOrder();
    void reject(qint64 line, const QString &reason, const QStringList &fields);
    void processRow(const QStringList &fields, qint64 line);
    bool readScore(const QString &cell, Metric metric, const QString &column,
                   PendingResponse *response, bool *skip, QString *reason);
    bool readDate(const QStringList &fields, PendingRow *row, QString *reason);
    Channel readChannel(const QStringList &fields);
    bool touchpoint(const QString &stage, const QString &title, Channel rowChannel,
                    TouchpointResolver::Target *target, QString *reason);
    Batch &currentBatch();
    void queue(PendingRow &&row, const std::vector<PendingResponse> &responses, QStringView segment,
               QStringView respondent, QStringView comment);
    bool flush();
    void finishWarnings();

    QString m_path;
    ImportMapping m_mapping;
    const std::atomic_bool *m_cancel;
    ImportResult m_result;

    std::unique_ptr<CsvReader> m_reader;
    QStringList m_fields; // the row read ahead by open()
    QStringList m_header;
    Columns m_columns;
    QChar m_delimiter;
    QByteArray m_encoding;
    bool m_decimalComma = false;
    QSet<QString> m_noAnswerText;
    QList<double> m_noAnswerNumbers;

    DateOrder m_dateOrder = DateOrder::Unknown;
    QString m_dateOrderWarning;

    std::unique_ptr<TouchpointResolver> m_resolver;
    QHash<QPair<QString, QString>, TouchpointResolver::Target> m_targets;
    struct ChannelEntry
    {
        Channel channel = Channel::None;
        bool known = true;
    };
    QHash<QString, ChannelEntry> m_channels;
    std::vector<PendingResponse> m_responses;
    std::vector<int> m_responseColumns;
    const SentimentAnalyzer *m_analyzer = nullptr;
    Id m_lastPlaceholder = 0;

    BatchQueue *m_queue = nullptr;
    std::unique_ptr<Batch> m_current;
    quint64 m_nextSequence = 0;
    bool m_writing = true; // false once strict mode has seen a reject: validate only
    bool m_stopped = false;

    FingerprintSet m_rowHashes;
    qint64 m_duplicates = 0;
    qint64 m_firstDuplicateLine = 0;
    qint64 m_ragged = 0;
    qint64 m_unknownChannels = 0;
    QString m_unknownChannelExample;
    RejectedRow m_firstReject;
};

bool RowParser::checkMapping()
{
    const ImportMapping &m = m_mapping;
    if (m.layout == ImportMapping::Layout::Long) {
        if (m.scoreColumn.trimmed().isEmpty() && m.metric != Metric::None)
            return fail(FeedbackImporter::tr(
                "The mapping names no score column; choose the column that holds "
                "the scores."));
    } else {
        if (m.wideColumns.isEmpty())
            return fail(
                FeedbackImporter::tr("The mapping names no question columns for the wide layout."));
        if (m.metric == Metric::None)
            return fail(FeedbackImporter::tr(
                "Choose the metric of the wide layout's columns: NPS, CSAT, CES "
                "or rating."));
        for (const ImportMapping::WideColumn &w : m.wideColumns) {
            if (w.column.trimmed().isEmpty() || w.touchpoint.trimmed().isEmpty())
                return fail(FeedbackImporter::tr(
                    "Every wide column needs a column name and a touchpoint."));
        }
    }
    if (m.scale) {
        const auto [min, max] = *m.scale;
        if (!std::isfinite(min) || !std::isfinite(max) || min >= max)
            return fail(
                FeedbackImporter::tr("The scale %1–%2 is not valid: its minimum must be below its "
                                     "maximum.")
                    .arg(formatNumber(min), formatNumber(max)));
    }
    if (!m.dateFormat.isEmpty()) {
        const QString format = ImportMapping::canonicalDateFormat(m.dateFormat);
        if (format.isEmpty())
            return fail(
                FeedbackImporter::tr("The date format “%1” is not known; use one of %2.")
                    .arg(m.dateFormat, ImportMapping::dateFormats().join(QStringLiteral(", "))));
        if (format == QLatin1String("dd/MM/yyyy"))
            m_dateOrder = DateOrder::DayFirst;
        else if (format == QLatin1String("MM/dd/yyyy"))
            m_dateOrder = DateOrder::MonthFirst;
    }
    for (const QString &value : m.noAnswerValues) {
        const QString v = value.trimmed();
        m_noAnswerText.insert(v.toCaseFolded());
        double number = 0;
        if (parseNumber(v, true, &number))
            m_noAnswerNumbers.append(number);
    }
    return true;
}

bool RowParser::open()
{
    if (!checkMapping())
        return false;
    const QString name = m_result.fileName;
    if (!QFileInfo::exists(m_path) && !m_path.startsWith(QLatin1Char(':')))
        return fail(FeedbackImporter::tr("The file “%1” does not exist.").arg(m_path));
    if (QFileInfo(m_path).isDir())
        return fail(FeedbackImporter::tr("“%1” is a folder, not a CSV file.").arg(name));
    CsvReader::Options options;
    options.delimiter = m_mapping.delimiter;
    options.encoding = m_mapping.encoding;
    m_reader = std::make_unique<CsvReader>(options);
    if (!m_reader->open(m_path))
        return fail(m_reader->errorString());
    QStringList header;
    if (!m_reader->readRow(&header)) {
        if (m_reader->hasError())
            return fail(
                FeedbackImporter::tr("“%1” cannot be read: %2").arg(name, m_reader->errorString()));
        return fail(FeedbackImporter::tr("“%1” is empty: it has no header and no rows.").arg(name));
    }
    for (QString &h : header)
        h = h.trimmed();
    m_header = header;
    m_result.header = header;
    m_delimiter = m_reader->delimiter();
    m_encoding = m_reader->encoding();
    m_decimalComma = m_delimiter != QLatin1Char(',');
    QString error;
    if (!resolveColumns(header, m_mapping, &m_columns, &error))
        return fail(FeedbackImporter::tr("“%1” does not match the mapping. %2").arg(name, error));
    if (!m_reader->readRow(&m_fields)) {
        if (m_reader->hasError())
            return fail(
                FeedbackImporter::tr("“%1” cannot be read: %2").arg(name, m_reader->errorString()));
        return fail(FeedbackImporter::tr("“%1” has a header but no rows of data.").arg(name));
    }
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance();
    m_analyzer = analyzer.isValid() ? &analyzer : nullptr;
    return true;
}

void RowParser::setJourney(const Journey &journey, const QList<Stage> &stages,
                           const QList<Lane> &lanes, const QList<Card> &cards)
{
    m_resolver = std::make_unique<TouchpointResolver>(
        journey, stages, lanes, cards, m_mapping.createTouchpoints, [this](Card *card) {
            // Planned only; the writer gives it its real id.
            card->id = --m_lastPlaceholder;
            if (m_writing)
                currentBatch().newCards.push_back({card->id, *card});
            return true;
        });
}

// Reads the whole date column once to decide between day/month and month/day: a first
// number above 12 can only be a day, a second one only a day too.
bool RowParser::decideDateOrder()
{
    CsvReader::Options options;
    options.delimiter = m_delimiter;
    options.encoding = m_encoding;
    CsvReader reader(options);
    if (!reader.open(m_path))
        return fail(reader.errorString());
    QStringList fields;
    reader.readRow(&fields); // the header
    qint64 firstOver = 0;
    qint64 secondOver = 0;
    QString firstExample;
    QString secondExample;
    char scratch[10];
    while (reader.readRow(&fields)) {
        if (m_columns.date >= fields.size())
            continue;
        int a = 0;
        int b = 0;
        const QString &cell = fields.at(m_columns.date);
        if (parseDate(cell, DateOrder::Unknown, scratch, &a, &b) != DateStatus::NeedsOrder)
            continue;
        if (a > 12) {
            ++firstOver;
            if (firstExample.isEmpty())
                firstExample = cell.trimmed();
        }
        if (b > 12) {
            ++secondOver;
            if (secondExample.isEmpty())
                secondExample = cell.trimmed();
        }
    }
    const QString column = m_header.at(m_columns.date);
    if (firstOver > 0 && firstOver >= secondOver) {
        m_dateOrder = DateOrder::DayFirst;
        m_dateOrderWarning
            = FeedbackImporter::tr("Dates in the column “%1” were read as day/month/year, since "
                                   "some (such as “%2”) cannot be month/day/year.")
                  .arg(column, firstExample);
    } else if (secondOver > 0) {
        m_dateOrder = DateOrder::MonthFirst;
        m_dateOrderWarning
            = FeedbackImporter::tr("Dates in the column “%1” were read as month/day/year, since "
                                   "some (such as “%2”) cannot be day/month/year.")
                  .arg(column, secondExample);
    } else {
        // Nothing in the data decides; follow how the user's language writes dates.
        const bool monthFirst
            = QLocale().dateFormat(QLocale::ShortFormat).trimmed().startsWith(QLatin1Char('M'));
        m_dateOrder = monthFirst ? DateOrder::MonthFirst : DateOrder::DayFirst;
        m_dateOrderWarning
            = monthFirst ? FeedbackImporter::tr(
                               "The dates in the column “%1” could be day/month or month/day; "
                               "they were read as month/day/year, as your language writes "
                               "dates. Choose the date format if that is wrong.")
                               .arg(column)
                         : FeedbackImporter::tr(
                               "The dates in the column “%1” could be day/month or month/day; "
                               "they were read as day/month/year. Choose the date format if "
                               "that is wrong.")
                               .arg(column);
    }
    if (firstOver > 0 && secondOver > 0) {
        m_dateOrderWarning
            += QLatin1Char(' ')
               + FeedbackImporter::tr("The column mixes both orders; the dates that do not fit "
                                      "were rejected.");
    }
    return true;
}

void RowParser::reject(qint64 line, const QString &reason, const QStringList &fields)
{
    ++m_result.rejected;
    if (m_result.rejects.size() < ImportResult::MaxKeptRejects)
        m_result.rejects.append({line, reason, fields});
    if (m_result.rejected == 1)
        m_firstReject = {line, reason, {}};
    if (m_mapping.strict && m_writing) {
        // Nothing of this file will be kept; go on only to report every reject.
        m_writing = false;
        m_current.reset();
    }
}

bool RowParser::readDate(const QStringList &fields, PendingRow *row, QString *reason)
{
    if (m_columns.date < 0)
        return true;
    const QString &cell = fields.at(m_columns.date);
    int a = 0;
    int b = 0;
    DateStatus status = parseDate(cell, m_dateOrder, row->date, &a, &b);
    if (status == DateStatus::NeedsOrder) {
        if (!decideDateOrder())
            return false;
        status = parseDate(cell, m_dateOrder, row->date, &a, &b);
    }
    switch (status) {
    case DateStatus::Empty:
        return true;
    case DateStatus::Ok:
        row->hasDate = true;
        return true;
    case DateStatus::NeedsOrder:
    case DateStatus::Invalid:
        break;
    }
    *reason
        = FeedbackImporter::tr("The date “%1” in the column “%2” cannot be read; write dates as "
                               "yyyy-mm-dd, dd/mm/yyyy, mm/dd/yyyy or “August 2023”.")
              .arg(cell.trimmed().left(60), m_header.at(m_columns.date));
    return false;
}

Channel RowParser::readChannel(const QStringList &fields)
{
    if (m_columns.channel < 0)
        return Channel::None;
    const QString &cell = fields.at(m_columns.channel);
    if (cell.isEmpty())
        return Channel::None;
    auto it = m_channels.constFind(cell);
    if (it == m_channels.cend()) {
        const std::optional<Channel> c = channelFromText(cell);
        it = m_channels.insert(cell, {c.value_or(Channel::Other), c.has_value()});
    }
    if (!it->known) {
        ++m_unknownChannels;
        if (m_unknownChannelExample.isEmpty())
            m_unknownChannelExample = cell.simplified().left(40);
    }
    return it->channel;
}

bool RowParser::readScore(const QString &cell, Metric metric, const QString &column,
                          PendingResponse *response, bool *skip, QString *reason)
{
    *skip = false;
    const QStringView value = QStringView(cell).trimmed();
    if (isBuiltInNoAnswer(value)
        || (!m_noAnswerText.isEmpty()
            && m_noAnswerText.contains(value.toString().toCaseFolded()))) {
        *skip = true;
        return true;
    }
    double score = 0;
    if (!parseNumber(value, m_decimalComma, &score)) {
        *reason = FeedbackImporter::tr("The score “%1” in the column “%2” is not a number.")
                      .arg(value.left(60).toString(), column);
        return false;
    }
    for (double na : std::as_const(m_noAnswerNumbers)) {
        if (score == na) {
            *skip = true;
            return true;
        }
    }
    const auto [min, max] = m_mapping.scaleFor(metric);
    if (score < min || score > max) {
        *reason
            = FeedbackImporter::tr("The score %1 in the column “%2” is outside the %3 scale %4–%5.")
                  .arg(formatNumber(score), column, enumLabel(metric), formatNumber(min),
                       formatNumber(max));
        return false;
    }
    response->metric = metric;
    response->score = score;
    response->hasScore = true;
    response->scaleMin = int(std::floor(min));
    response->scaleMax = int(std::ceil(max));
    return true;
}

bool RowParser::touchpoint(const QString &stage, const QString &title, Channel rowChannel,
                           TouchpointResolver::Target *target, QString *reason)
{
    const QPair<QString, QString> key(stage, title);
    const auto it = m_targets.constFind(key);
    if (it != m_targets.cend()) {
        *target = it.value();
        return true;
    }
    Id stageId = NoId;
    switch (m_resolver->find(stage, title, target, &stageId, reason)) {
    case TouchpointResolver::Outcome::Found:
        break;
    case TouchpointResolver::Outcome::Failed:
        // Not cached: the sentence goes with every row, and failures are rare.
        return false;
    case TouchpointResolver::Outcome::Missing:
        m_resolver->create(stageId, title, rowChannel, target);
        break;
    }
    m_targets.insert(key, *target);
    return true;
}

void RowParser::processRow(const QStringList &fields, qint64 line)
{
    ++m_result.rowsRead;
    const qsizetype fieldCount = fields.size();
    if (fieldCount != m_header.size()) {
        ++m_ragged;
        if (m_ragged <= MaxRowWarnings) {
            m_result.warnings.append(
                FeedbackImporter::tr("Line %1 has %2 fields where the header has %3.")
                    .arg(line)
                    .arg(fieldCount)
                    .arg(m_header.size()));
        }
        if (m_columns.last >= fieldCount) {
            for (const auto &m : std::as_const(m_columns.mapped)) {
                if (m.first >= fieldCount) {
                    reject(line,
                           FeedbackImporter::tr(
                               "The row has %1 fields, so it has no value for the column "
                               "“%2”.")
                               .arg(fieldCount)
                               .arg(m.second),
                           fields);
                    return;
                }
            }
        }
    }

    // Exact copies are imported as they are (two people can give the same answer), but
    // counted: a file exported twice into one is a common mistake.
    const std::size_t hash = qHashRange(fields.cbegin(), fields.cend(), 0x57594d4b);
    if (!m_rowHashes.insert(hash)) {
        ++m_duplicates;
        if (m_firstDuplicateLine == 0)
            m_firstDuplicateLine = line;
    }

    PendingRow row;
    QString reason;
    if (!readDate(fields, &row, &reason)) {
        if (m_result.error.isEmpty())
            reject(line, reason, fields);
        return;
    }
    const Channel rowChannel = readChannel(fields);

    std::vector<PendingResponse> &responses = m_responses;
    responses.clear();
    m_responseColumns.clear();
    if (m_mapping.layout == ImportMapping::Layout::Long) {
        Metric metric = m_mapping.metric;
        if (m_columns.metric >= 0) {
            const QString &cell = fields.at(m_columns.metric);
            if (!cell.trimmed().isEmpty()) {
                const std::optional<Metric> m = ImportMapping::metricFromText(cell);
                if (!m) {
                    reject(line,
                           FeedbackImporter::tr(
                               "The metric “%1” is not known; use nps, csat, ces or rating.")
                               .arg(cell.trimmed().left(40)),
                           fields);
                    return;
                }
                metric = *m;
            }
        }
        PendingResponse response;
        if (metric == Metric::None) {
            // Comments without a score (reviews, tickets): a row without text says nothing.
            if (m_columns.comment < 0 || fields.at(m_columns.comment).trimmed().isEmpty()) {
                ++m_result.skipped;
                return;
            }
        } else {
            bool skip = false;
            if (!readScore(fields.at(m_columns.score), metric, m_header.at(m_columns.score),
                           &response, &skip, &reason)) {
                reject(line, reason, fields);
                return;
            }
            if (skip) {
                ++m_result.skipped;
                return;
            }
        }
        const QString title
            = m_columns.touchpoint >= 0 ? fields.at(m_columns.touchpoint) : QString();
        TouchpointResolver::Target target;
        if (!title.trimmed().isEmpty()) {
            const QString stage = m_columns.stage >= 0 ? fields.at(m_columns.stage) : QString();
            if (!touchpoint(stage, title, rowChannel, &target, &reason)) {
                reject(line, reason, fields);
                return;
            }
        }
        response.cardId = target.cardId;
        response.channel = rowChannel != Channel::None ? rowChannel : target.channel;
        responses.push_back(response);
    } else {
        qint64 skipped = 0;
        for (qsizetype i = 0; i < m_columns.wide.size(); ++i) {
            const int column = m_columns.wide.at(i);
            PendingResponse response;
            bool skip = false;
            if (!readScore(fields.at(column), m_mapping.metric, m_header.at(column), &response,
                           &skip, &reason)) {
                reject(line, reason, fields);
                return;
            }
            if (skip) {
                ++skipped;
                continue;
            }
            responses.push_back(response);
            m_responseColumns.push_back(int(i));
        }
        // Check every touchpoint before planning any, so that a rejected row leaves none.
        for (int i : m_responseColumns) {
            const ImportMapping::WideColumn &w = m_mapping.wideColumns.at(i);
            const QPair<QString, QString> key(w.stage, w.touchpoint);
            if (m_targets.contains(key))
                continue;
            TouchpointResolver::Target target;
            Id stageId = NoId;
            if (m_resolver->find(w.stage, w.touchpoint, &target, &stageId, &reason)
                == TouchpointResolver::Outcome::Failed) {
                reject(line, reason, fields);
                return;
            }
        }
        for (std::size_t k = 0; k < responses.size(); ++k) {
            PendingResponse &response = responses[k];
            const ImportMapping::WideColumn &w = m_mapping.wideColumns.at(m_responseColumns[k]);
            TouchpointResolver::Target target;
            if (!touchpoint(w.stage, w.touchpoint, rowChannel, &target, &reason)) {
                reject(line, reason, fields);
                return;
            }
            response.cardId = target.cardId;
            response.channel = rowChannel != Channel::None ? rowChannel : target.channel;
        }
        m_result.skipped += skipped;
        if (responses.empty())
            return;
    }

    m_result.responsesImported += qint64(responses.size());
    if (m_writing) {
        const auto cell = [&fields](int column) {
            return column >= 0 ? QStringView(fields.at(column)).trimmed() : QStringView();
        };
        queue(std::move(row), responses, cell(m_columns.segment), cell(m_columns.respondent),
              cell(m_columns.comment));
    }
}

Batch &RowParser::currentBatch()
{
    if (!m_current) {
        m_current = std::make_unique<Batch>();
        m_current->rows.reserve(BatchRows);
        m_current->responses.reserve(BatchRows);
        // Room for typical rows, so that the buffers seldom grow.
        m_current->utf8.reserve(qsizetype(BatchRows) * 24);
        m_current->commentText.reserve(qsizetype(BatchRows) * 128);
    }
    return *m_current;
}

void RowParser::queue(PendingRow &&row, const std::vector<PendingResponse> &responses,
                      QStringView segment, QStringView respondent, QStringView comment)
{
    Batch &batch = currentBatch();
    const auto appendUtf8 = [&batch](QStringView text) {
        TextSpan span{quint32(batch.utf8.size()), 0};
        if (!text.isEmpty()) {
            batch.utf8 += text.toUtf8();
            span.size = quint32(batch.utf8.size() - span.offset);
        }
        return span;
    };
    // UTF-8 here, on the parser's thread, spares the writer the conversion; it also repairs
    // a lone surrogate from a damaged UTF-16 file.
    row.segment = appendUtf8(segment);
    row.respondent = appendUtf8(respondent);
    row.commentText = {quint32(batch.commentText.size()), quint32(comment.size())};
    batch.commentText += comment;
    row.firstResponse = quint32(batch.responses.size());
    row.responseCount = quint32(responses.size());
    batch.responses.insert(batch.responses.end(), responses.begin(), responses.end());
    batch.rows.push_back(std::move(row));
}

bool RowParser::flush()
{
    if (!m_current || (m_current->rows.empty() && m_current->newCards.empty()))
        return true;
    m_current->progress = m_reader->progress();
    m_current->sequence = m_nextSequence++;
    if (!m_queue->push(std::move(m_current))) {
        m_stopped = true;
        return false;
    }
    return true;
}

void RowParser::finishWarnings()
{
    if (!m_dateOrderWarning.isEmpty())
        m_result.warnings.prepend(m_dateOrderWarning);
    if (m_ragged > MaxRowWarnings) {
        m_result.warnings.append(
            FeedbackImporter::tr("Another %1 rows have more or fewer fields than the header.")
                .arg(m_ragged - MaxRowWarnings));
    }
    if (m_duplicates > 0) {
        m_result.warnings.append(
            FeedbackImporter::tr(
                "Rows that repeat an earlier row exactly: %n (the first on line %1); they "
                "were imported as they are.",
                nullptr, int(qMin<qint64>(m_duplicates, INT_MAX)))
                .arg(m_firstDuplicateLine));
    }
    if (m_unknownChannels > 0) {
        m_result.warnings.append(
            FeedbackImporter::tr("Rows with a channel Waymark does not know (such as "
                                 "“%1”): %n; it was stored as “other”.",
                                 nullptr, int(qMin<qint64>(m_unknownChannels, INT_MAX)))
                .arg(m_unknownChannelExample));
    }
    if (!m_analyzer) {
        m_result.warnings.append(
            FeedbackImporter::tr("The sentiment lexicon is missing from this "
                                 "installation, so the comments have no sentiment."));
    }
}

void RowParser::parseAll(BatchQueue *queue)
{
    m_queue = queue;
    bool more = true;
    while (more) {
        if (cancelled() || m_stopped)
            break;
        processRow(m_fields, m_reader->lineNumber());
        if (!m_result.error.isEmpty())
            break;
        if (m_writing && m_current && m_current->rows.size() >= BatchRows && !flush())
            break;
        more = m_reader->readRow(&m_fields);
    }
    if (m_result.error.isEmpty() && m_reader->hasError()) {
        fail(FeedbackImporter::tr("“%1” cannot be read to its end: %2")
                 .arg(m_result.fileName, m_reader->errorString()));
    }
    if (m_result.error.isEmpty() && !cancelled() && !m_stopped && m_writing)
        flush();
    finishWarnings();
    queue->finish();
}

// The sentiment of the comments (VADER, the costliest part of reading a row) and their
// UTF-8, computed between the parser and the writer on a thread of its own, so that the
// three stages share the processor's cores.
void scoreComments(BatchQueue *in, BatchQueue *out, const SentimentAnalyzer *analyzer)
{
    while (std::unique_ptr<Batch> batch = in->pop()) {
        for (PendingRow &row : batch->rows) {
            if (row.commentText.size == 0)
                continue;
            const QStringView text
                = QStringView(batch->commentText).mid(row.commentText.offset, row.commentText.size);
            row.comment.offset = quint32(batch->commentUtf8.size());
            batch->commentUtf8 += text.toUtf8();
            row.comment.size = quint32(batch->commentUtf8.size() - row.comment.offset);
            if (analyzer) {
                row.sentiment = analyzer->score(text);
                row.hasSentiment = true;
            }
        }
        batch->commentText = QString();
        if (!out->push(std::move(batch))) {
            in->abort(); // the writer gave up: so does the parser
            return;
        }
    }
    out->finish();
}

// Sentiment costs more per row than parsing: it gets two threads, which take batches in
// turn and hand them on in order.
constexpr int Scorers = 2;

// Runs the parser and the sentiment stage on threads of their own and always ends them:
// the queues are aborted (so that a stage waiting for room wakes up) and the threads joined
// when this goes out of scope.
class PipelineThreads
{
public:
    PipelineThreads(RowParser &parser, const SentimentAnalyzer *analyzer, BatchQueue &parsed,
                    BatchQueue &scored)
        : m_parsed(parsed)
        , m_scored(scored)
    {
        m_threads.emplace_back([&parser, &parsed] { parser.parseAll(&parsed); });
        for (int i = 0; i < Scorers; ++i) {
            m_threads.emplace_back(
                [&parsed, &scored, analyzer] { scoreComments(&parsed, &scored, analyzer); });
        }
    }
    ~PipelineThreads() { join(); }
    PipelineThreads(const PipelineThreads &) = delete;
    PipelineThreads &operator=(const PipelineThreads &) = delete;

    void join()
    {
        if (m_threads.empty())
            return;
        m_scored.abort();
        m_parsed.abort();
        for (std::thread &thread : m_threads)
            thread.join();
        m_threads.clear();
    }

private:
    BatchQueue &m_parsed;
    BatchQueue &m_scored;
    std::vector<std::thread> m_threads;
};

// The writer: one transaction on a connection of its own, on the calling thread; every SQL
// statement of the import runs here.
class ImportRun
{
public:
    ImportRun(const Document &document, const QString &csvPath, const ImportMapping &mapping,
              const FeedbackImporter::Progress &progress, const std::atomic_bool *cancel)
        : m_document(document)
        , m_path(csvPath)
        , m_mapping(mapping)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_parser(csvPath, mapping, cancel)
    {}

    ImportResult run();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool writeBatch(const Batch &batch);

    const Document &m_document;
    QString m_path;
    ImportMapping m_mapping;
    FeedbackImporter::Progress m_progress;
    const std::atomic_bool *m_cancel;
    RowParser m_parser;

    std::unique_ptr<ImportRepository> m_repo;
    Journey m_journey;
    Id m_batchId = NoId;
    QHash<Id, Id> m_placeholders; // planned card -> created card
    QList<Id> m_createdCardIds;
    QStringList m_createdTouchpoints;
    std::array<QByteArray, 10> m_channelKeys;
    std::array<QByteArray, 5> m_metricKeys;
    QByteArray m_sourceKey;
};

bool ImportRun::writeBatch(const Batch &batch)
{
    for (const NewCard &planned : batch.newCards) {
        Card card = planned.card;
        card.id = NoId;
        if (!m_repo->insertCard(&card))
            return false;
        m_placeholders.insert(planned.placeholder, card.id);
        m_createdCardIds.append(card.id);
        m_createdTouchpoints.append(card.title);
    }
    ImportRepository::Row out;
    out.journeyId = m_journey.id;
    out.batchId = m_batchId;
    out.source = m_sourceKey.constData();
    for (const PendingRow &row : batch.rows) {
        const auto bytes = [](const QByteArray &buffer, TextSpan span) {
            return QByteArrayView(buffer.constData() + span.offset, span.size);
        };
        out.segment = bytes(batch.utf8, row.segment);
        out.respondent = bytes(batch.utf8, row.respondent);
        out.comment = bytes(batch.commentUtf8, row.comment);
        out.date = row.hasDate ? row.date : nullptr;
        out.sentiment = row.sentiment;
        out.hasSentiment = row.hasSentiment;
        for (quint32 i = 0; i < row.responseCount; ++i) {
            const PendingResponse &r = batch.responses[row.firstResponse + i];
            out.cardId = r.cardId < 0 ? m_placeholders.value(r.cardId) : r.cardId;
            out.channel = m_channelKeys[std::size_t(r.channel)].constData();
            out.metric = m_metricKeys[std::size_t(r.metric)].constData();
            out.score = r.score;
            out.hasScore = r.hasScore;
            out.scaleMin = r.scaleMin;
            out.scaleMax = r.scaleMax;
            if (!m_repo->insertFeedback(out))
                return false;
        }
    }
    // The rows point into this batch, which is about to go.
    return m_repo->flushFeedback();
}

ImportResult ImportRun::run()
{
    const QString projectName = displayName(m_document.path());
    ImportResult &result = m_parser.result();
    const auto fail = [&result](const QString &sentence) {
        if (result.error.isEmpty())
            result.error = sentence;
    };
    const auto finished = [&]() {
        result.batchId = NoId;
        result.createdCardIds.clear();
        result.createdTouchpoints.clear();
        return result;
    };
    if (m_document.isReadOnly()) {
        fail(FeedbackImporter::tr("Feedback cannot be imported: %1")
                 .arg(m_document.readOnlyReason()));
        return finished();
    }
    if (!m_parser.open())
        return finished();

    // The file's fingerprint is computed beside the parsing.
    std::future<QByteArray> sha = std::async(std::launch::async, &Sha256::fileHex, m_path);

    QString error;
    const QString connection = m_document.openWorkerConnection(&error);
    if (connection.isEmpty()) {
        fail(FeedbackImporter::tr("“%1” cannot be opened for the import: %2")
                 .arg(projectName, error));
        return finished();
    }
    ConnectionGuard guard(connection);
    m_repo = std::make_unique<ImportRepository>(connection);
    ImportRepository &repo = *m_repo;
    const auto sqlFailure = [&](const QString &what) {
        if (repo.lastErrorWasBusy())
            fail(FeedbackImporter::tr(
                     "“%1” is being changed by another program, so the feedback could not be "
                     "imported; try again in a moment.")
                     .arg(projectName));
        else
            fail(QStringLiteral("%1 %2.").arg(what, repo.lastError()));
    };
    // Everything written so far goes; nothing of this import stays in the file.
    const auto rollBack = [&]() {
        repo.rollback();
        m_repo.reset();
        return finished();
    };
    if (!repo.begin()) {
        sqlFailure(FeedbackImporter::tr("The import could not start:"));
        return rollBack();
    }
    QList<Journey> journeys;
    if (!repo.loadJourneys(&journeys)) {
        sqlFailure(FeedbackImporter::tr("The project could not be read:"));
        return rollBack();
    }
    if (!selectJourney(journeys, m_mapping.journey, projectName, &m_journey, &error)) {
        fail(error);
        return rollBack();
    }
    result.journeyId = m_journey.id;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Card> cards;
    if (!repo.loadFrame(m_journey.id, &stages, &lanes, &cards)) {
        sqlFailure(FeedbackImporter::tr("The project could not be read:"));
        return rollBack();
    }
    m_parser.setJourney(m_journey, stages, lanes, cards);

    ImportBatch batch;
    batch.journeyId = m_journey.id;
    batch.fileName = result.fileName;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    ImportMapping recorded = m_mapping;
    recorded.delimiter = m_parser.delimiter();
    recorded.encoding = m_parser.encoding();
    batch.mapping = QString::fromUtf8(recorded.toJson());
    if (!repo.insertBatch(&batch)) {
        sqlFailure(FeedbackImporter::tr("The import could not be recorded:"));
        return rollBack();
    }
    m_batchId = batch.id;
    for (Channel c : enumValues<Channel>())
        m_channelKeys[std::size_t(c)] = enumKey(c).toLatin1();
    for (Metric m : enumValues<Metric>())
        m_metricKeys[std::size_t(m)] = enumKey(m).toLatin1();
    m_sourceKey = enumKey(m_mapping.source).toLatin1();

    qint64 existing = 0;
    if (!repo.countFeedback(&existing)) {
        sqlFailure(FeedbackImporter::tr("The project could not be read:"));
        return rollBack();
    }

    if (m_progress)
        m_progress(0.0);
    bool written = true;
    bool stopped = false;
    bool firstBatch = true;
    double rowsShare = 1.0;
    {
        BatchQueue parsed;
        BatchQueue scored(Scorers);
        PipelineThreads threads(m_parser, m_parser.analyzer(), parsed, scored);
        while (std::unique_ptr<Batch> next = scored.pop()) {
            if (firstBatch) {
                // The first batch tells how large the file is.
                firstBatch = false;
                const double expected
                    = next->progress > 0 ? double(next->responses.size()) / next->progress : 0.0;
                if (expected >= double(qMax(existing, RebuildIndexesFrom))) {
                    if (!repo.dropFeedbackIndexes()) {
                        written = false;
                        break;
                    }
                    rowsShare = RowsShareWhenRebuilding;
                }
            }
            if (!writeBatch(*next)) {
                written = false;
                break;
            }
            if (m_progress)
                m_progress(next->progress * rowsShare);
            if (cancelled()) {
                stopped = true;
                break;
            }
        }
        threads.join();
    }
    // The parser's results may be read now that its thread has ended.
    if (!written) {
        fail(FeedbackImporter::tr("The responses could not be written to “%1”: %2.")
                 .arg(projectName, repo.lastError()));
        return rollBack();
    }
    if (stopped || cancelled()) {
        result.cancelled = true;
        return rollBack();
    }
    if (!result.error.isEmpty())
        return rollBack();
    if (m_mapping.strict && result.rejected > 0) {
        const RejectedRow &first = m_parser.firstReject();
        fail(FeedbackImporter::tr(
                 "“%1” was not imported because a row was rejected (strict mode): line %2: "
                 "%3")
                 .arg(result.fileName)
                 .arg(first.line)
                 .arg(first.reason));
        result.responsesImported = 0;
        return rollBack();
    }

    batch.sha256 = QString::fromLatin1(sha.get());
    batch.rowsRead = int(qMin<qint64>(result.rowsRead, INT_MAX));
    batch.rowsImported = int(qMin<qint64>(result.responsesImported, INT_MAX));
    batch.rowsSkipped = int(qMin<qint64>(result.skipped, INT_MAX));
    batch.rowsRejected = int(qMin<qint64>(result.rejected, INT_MAX));
    if (batch.sha256.isEmpty()) {
        fail(
            FeedbackImporter::tr("“%1” could not be read a second time to compute its fingerprint.")
                .arg(result.fileName));
        return rollBack();
    }
    if (!repo.finishBatch(batch)) {
        sqlFailure(FeedbackImporter::tr("The import could not be recorded:"));
        return rollBack();
    }
    if (repo.feedbackIndexesDropped()) {
        repo.setCancelFlag(m_cancel);
        const bool built = repo.restoreFeedbackIndexes();
        repo.setCancelFlag(nullptr);
        if (!built) {
            if (cancelled()) {
                result.cancelled = true;
                return rollBack();
            }
            sqlFailure(FeedbackImporter::tr("The import could not be saved:"));
            return rollBack();
        }
    }
    if (!repo.commit()) {
        sqlFailure(FeedbackImporter::tr("The import could not be saved:"));
        return rollBack();
    }
    m_repo.reset();
    result.batchId = m_batchId;
    result.createdCardIds = m_createdCardIds;
    result.createdTouchpoints = m_createdTouchpoints;
    if (m_progress)
        m_progress(1.0);
    return result;
}

} // namespace

FeedbackImporter::Preview FeedbackImporter::preview(const QString &csvPath,
                                                    const ImportMapping &mapping, int maxRows)
{
    Preview preview;
    const QString name = displayName(csvPath);
    if (!QFileInfo::exists(csvPath) && !csvPath.startsWith(QLatin1Char(':'))) {
        preview.error = tr("The file “%1” does not exist.").arg(csvPath);
        return preview;
    }
    CsvReader::Options options;
    options.delimiter = mapping.delimiter;
    options.encoding = mapping.encoding;
    CsvReader reader(options);
    if (!reader.open(csvPath)) {
        preview.error = reader.errorString();
        return preview;
    }
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encoding();
    if (!reader.readRow(&preview.header)) {
        preview.error = reader.hasError()
                            ? tr("“%1” cannot be read: %2").arg(name, reader.errorString())
                            : tr("“%1” is empty: it has no header and no rows.").arg(name);
        return preview;
    }
    for (QString &h : preview.header)
        h = h.trimmed();
    QStringList fields;
    while (preview.rows.size() < maxRows && reader.readRow(&fields))
        preview.rows.append(fields);
    if (reader.hasError())
        preview.error = tr("“%1” cannot be read: %2").arg(name, reader.errorString());
    return preview;
}

FeedbackImporter::TouchpointMatch FeedbackImporter::matchTouchpoints(const Document &document,
                                                                     const QString &csvPath,
                                                                     const ImportMapping &mapping)
{
    TouchpointMatch match;
    const QString name = displayName(csvPath);
    CsvReader::Options options;
    options.delimiter = mapping.delimiter;
    options.encoding = mapping.encoding;
    CsvReader reader(options);
    QStringList header;
    if (!reader.open(csvPath)) {
        match.error = reader.errorString();
        return match;
    }
    if (!reader.readRow(&header)) {
        match.error = reader.hasError()
                          ? tr("“%1” cannot be read: %2").arg(name, reader.errorString())
                          : tr("“%1” is empty: it has no header and no rows.").arg(name);
        return match;
    }
    Columns columns;
    QString error;
    if (!resolveColumns(header, mapping, &columns, &error)) {
        match.error = tr("“%1” does not match the mapping. %2").arg(name, error);
        return match;
    }

    // The (stage, title) pairs the file names.
    QList<QPair<QString, QString>> named;
    QSet<QPair<QString, QString>> seen;
    auto note = [&](const QString &stage, const QString &title) {
        const QPair<QString, QString> key(stage.simplified().toCaseFolded(),
                                          title.simplified().toCaseFolded());
        if (title.trimmed().isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        named.append({stage.simplified(), title.simplified()});
    };
    if (mapping.layout == ImportMapping::Layout::Wide) {
        for (const ImportMapping::WideColumn &w : mapping.wideColumns)
            note(w.stage, w.touchpoint);
    } else if (columns.touchpoint >= 0) {
        QStringList fields;
        while (reader.readRow(&fields)) {
            if (columns.touchpoint >= fields.size())
                continue;
            note(columns.stage >= 0 && columns.stage < fields.size() ? fields.at(columns.stage)
                                                                     : QString(),
                 fields.at(columns.touchpoint));
        }
        if (reader.hasError()) {
            match.error = tr("“%1” cannot be read: %2").arg(name, reader.errorString());
            return match;
        }
    }

    const QString connection = document.openWorkerConnection(&error);
    if (connection.isEmpty()) {
        match.error = tr("“%1” cannot be read: %2").arg(displayName(document.path()), error);
        return match;
    }
    ConnectionGuard guard(connection);
    ImportRepository repo(connection);
    QList<Journey> journeys;
    Journey journey;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Card> cards;
    if (!repo.loadJourneys(&journeys)
        || !selectJourney(journeys, mapping.journey, displayName(document.path()), &journey, &error)
        || !repo.loadFrame(journey.id, &stages, &lanes, &cards)) {
        match.error = error.isEmpty() ? repo.lastError() : error;
        return match;
    }
    Id planned = 0;
    TouchpointResolver resolver(journey, stages, lanes, cards, mapping.createTouchpoints,
                                [&planned](Card *card) {
                                    card->id = --planned; // a dry run: never written
                                    return true;
                                });
    QSet<QString> existing;
    QSet<QString> missingStages;
    for (const auto &[stage, title] : std::as_const(named)) {
        TouchpointResolver::Target target;
        Id stageId = NoId;
        QString reason;
        switch (resolver.find(stage, title, &target, &stageId, &reason)) {
        case TouchpointResolver::Outcome::Found: {
            QString projectTitle = title;
            for (const Card &c : std::as_const(cards)) {
                if (c.id == target.cardId)
                    projectTitle = c.title;
            }
            if (target.cardId > 0 && !existing.contains(projectTitle)) {
                existing.insert(projectTitle);
                match.existing.append(projectTitle);
            }
            break;
        }
        case TouchpointResolver::Outcome::Missing:
            resolver.create(stageId, title, Channel::None, &target);
            match.created.append({resolver.stageName(stageId), title});
            break;
        case TouchpointResolver::Outcome::Failed:
            if (!stage.isEmpty() && mapping.createTouchpoints
                && !missingStages.contains(stage.toCaseFolded())) {
                bool stageExists = false;
                for (const Stage &s : std::as_const(stages))
                    stageExists = stageExists || folded(s.name) == folded(stage);
                if (!stageExists) {
                    missingStages.insert(stage.toCaseFolded());
                    match.missingStages.append(stage);
                }
            }
            break;
        }
    }
    return match;
}

ImportResult FeedbackImporter::run(const Document &document, const QString &csvPath,
                                   const ImportMapping &mapping, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    ImportRun importRun(document, csvPath, mapping, progress, cancel);
    return importRun.run();
}

bool FeedbackImporter::writeRejects(const QString &path, const QStringList &header,
                                    const QList<RejectedRow> &rejects, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    QStringList head = {QStringLiteral("line"), QStringLiteral("reason")};
    head += header;
    QByteArray bytes = CsvWriter::record(head).toUtf8();
    for (const RejectedRow &r : rejects) {
        QStringList fields = {QString::number(r.line), r.reason};
        fields += r.fields;
        bytes += CsvWriter::record(fields).toUtf8();
        if (bytes.size() > (1 << 20)) {
            if (file.write(bytes) != bytes.size())
                break;
            bytes.clear();
        }
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool FeedbackImporter::discard(Document &document, const ImportResult &result, QString *error)
{
    if (result.batchId == NoId)
        return true;
    Transaction transaction(document);
    FeedbackRepository feedback(document);
    CardRepository cards(document);
    bool ok = transaction.isActive() && feedback.removeBatch(result.batchId);
    for (Id cardId : result.createdCardIds)
        ok = ok && cards.removeCard(cardId);
    ok = ok && transaction.commit();
    if (!ok && error)
        *error = document.lastError();
    return ok;
}

} // namespace Waymark
