#include "metricsengine.h"

#include "project/project.h"
#include "storage/metricsrepository.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Waymark {

namespace {

// Gaps between the first and the last period are filled (a trend reads in time), unless the
// dates span more than this many periods (a stray date in 1900 must not make a thousand
// empty months).
constexpr int MaxFilledPeriods = 600;

QString filterKey(const MetricFilter &filter)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(QString::number(filter.journeyId), filter.from.toString(Qt::ISODate),
             filter.to.toString(Qt::ISODate), filter.segment, filter.segments.join(QChar(0x1f)));
}

QString cacheKey(Metric metric, const MetricFilter &filter)
{
    return enumKey(metric) + QLatin1Char('|') + filterKey(filter);
}

MetricsRepository::Query toQuery(Metric metric, const MetricFilter &filter)
{
    MetricsRepository::Query query;
    query.journeyId = filter.journeyId;
    query.metric = metric;
    query.from = filter.from;
    query.to = filter.to;
    query.segment = filter.segment;
    query.segments = filter.segments;
    return query;
}

// "2026-03" -> (2026, 3); false for anything else.
bool parseMonth(const QString &key, int *year, int *month)
{
    if (key.size() != 7 || key.at(4) != QLatin1Char('-'))
        return false;
    bool okYear = false;
    bool okMonth = false;
    *year = key.left(4).toInt(&okYear);
    *month = key.mid(5, 2).toInt(&okMonth);
    return okYear && okMonth && *month >= 1 && *month <= 12;
}

QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

QString quarterKey(int year, int quarter)
{
    return QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(quarter);
}

// Sorted case-insensitively, then exactly, so that the order is the same everywhere.
void sortTexts(QStringList *texts)
{
    std::sort(texts->begin(), texts->end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}

} // namespace

MetricsEngine::MetricsEngine(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    connect(&project, &Project::feedbackChanged, this, [this] { invalidate(); });
    // A reload from the file (after a failed write) may change anything.
    connect(&project, &Project::reset, this, &MetricsEngine::invalidate);
}

void MetricsEngine::invalidate()
{
    m_cache.clear();
    m_attributeCache.clear();
    m_distributionCache.clear();
    m_verbatimCache.clear();
    m_commentCache.clear();
    Q_EMIT changed();
}

const MetricsEngine::CardTallies &
MetricsEngine::cardTallies(Metric metric, const MetricFilter &filter, bool withComments)
{
    static const CardTallies none;
    const QString key = cacheKey(metric, filter);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.cend() && (it->withComments || !withComments))
        return *it;
    CardTallies tallies;
    tallies.withComments = withComments;
    // Only an existing journey's own (positive) id selects rows.
    if (m_project.hasJourney(filter.journeyId) && filter.journeyId > 0) {
        MetricsRepository repository(m_project.document());
        MetricsRepository::CardTallies byCard;
        if (!repository.cardTallies(toQuery(metric, filter), &byCard, withComments)) {
            m_lastError = repository.lastError();
            return none; // not cached: the next call tries again
        }
        m_lastError.clear();
        tallies.unassigned = byCard.take(NoId);
        tallies.byCard = std::move(byCard);
    }
    return *m_cache.insert(key, tallies);
}

const QHash<QString, MetricsEngine::CardTallies> &
MetricsEngine::attributeTallies(Metric metric, Attribute attribute, const MetricFilter &filter)
{
    static const QHash<QString, CardTallies> none;
    const QString key
        = QString::number(int(attribute)) + QLatin1Char('|') + cacheKey(metric, filter);
    const auto it = m_attributeCache.constFind(key);
    if (it != m_attributeCache.cend())
        return *it;
    QHash<QString, CardTallies> result;
    if (m_project.hasJourney(filter.journeyId) && filter.journeyId > 0) {
        MetricsRepository repository(m_project.document());
        QHash<QString, MetricsRepository::CardTallies> byValue;
        const auto column = attribute == Attribute::Channel ? MetricsRepository::Attribute::Channel
                            : attribute == Attribute::Segment
                                ? MetricsRepository::Attribute::Segment
                                : MetricsRepository::Attribute::Month;
        if (!repository.attributeTallies(toQuery(metric, filter), column, &byValue)) {
            m_lastError = repository.lastError();
            return none;
        }
        m_lastError.clear();
        for (auto v = byValue.begin(); v != byValue.end(); ++v) {
            CardTallies tallies;
            tallies.unassigned = v->take(NoId);
            tallies.byCard = std::move(*v);
            result.insert(v.key(), tallies);
        }
    }
    return *m_attributeCache.insert(key, result);
}

std::optional<QList<Id>> MetricsEngine::selection(Id journeyId, Id cardId, Id stageId) const
{
    if (cardId != NoId)
        return QList<Id>{cardId};
    if (stageId != NoId) {
        // A card spanning several stages counts in the stage it starts in.
        QList<Id> ids;
        for (Id laneId : m_project.laneIds(journeyId))
            ids += m_project.cellCardIds(stageId, laneId);
        return ids;
    }
    return std::nullopt;
}

ScoreTally MetricsEngine::sum(const CardTallies &tallies,
                              const std::optional<QList<Id>> &cards) const
{
    ScoreTally total;
    if (!cards) {
        total = tallies.unassigned;
        for (const ScoreTally &t : tallies.byCard)
            total += t;
        return total;
    }
    for (Id id : *cards) {
        const auto it = tallies.byCard.constFind(id);
        if (it != tallies.byCard.cend())
            total += *it;
    }
    return total;
}

MetricsEngine::Group MetricsEngine::makeGroup(GroupKey key, const QString &label, Metric metric,
                                              const ScoreTally &tally) const
{
    Group group;
    group.key = std::move(key);
    group.label = label;
    group.score = Score::from(metric, tally);
    group.sentiment = SentimentScore::from(tally);
    return group;
}

Score MetricsEngine::total(Metric metric, const MetricFilter &filter)
{
    return Score::from(metric, sum(cardTallies(metric, filter), std::nullopt));
}

SentimentScore MetricsEngine::sentiment(const MetricFilter &filter)
{
    // Every comment counts, whatever was scored with it (or nothing: metric "none").
    const QString key = filterKey(filter);
    const auto it = m_commentCache.constFind(key);
    if (it != m_commentCache.cend())
        return SentimentScore::from(*it);
    ScoreTally tally;
    if (!m_project.hasJourney(filter.journeyId) || filter.journeyId <= 0)
        return SentimentScore::from(tally);
    MetricsRepository repository(m_project.document());
    if (!repository.commentTally(toQuery(Metric::None, filter), nullptr, &tally)) {
        m_lastError = repository.lastError();
        return SentimentScore::from(ScoreTally());
    }
    m_lastError.clear();
    m_commentCache.insert(key, tally);
    return SentimentScore::from(tally);
}

Score MetricsEngine::cardScore(Id cardId, Metric metric, const MetricFilter &filter)
{
    MetricFilter f = filter;
    if (f.journeyId == NoId)
        f.journeyId = m_project.card(cardId).journeyId;
    return Score::from(metric, cardTallies(metric, f).byCard.value(cardId));
}

Score MetricsEngine::stageScore(Id stageId, Metric metric, const MetricFilter &filter)
{
    MetricFilter f = filter;
    if (f.journeyId == NoId)
        f.journeyId = m_project.stage(stageId).journeyId;
    if (!m_project.hasStage(stageId) || m_project.stage(stageId).journeyId != f.journeyId)
        return Score::from(metric, {});
    return Score::from(metric, sum(cardTallies(metric, f), selection(f.journeyId, NoId, stageId)));
}

Score MetricsEngine::laneScore(Id laneId, Metric metric, const MetricFilter &filter)
{
    MetricFilter f = filter;
    if (f.journeyId == NoId)
        f.journeyId = m_project.lane(laneId).journeyId;
    if (!m_project.hasLane(laneId) || m_project.lane(laneId).journeyId != f.journeyId)
        return Score::from(metric, {});
    QList<Id> cards;
    for (Id stageId : m_project.stageIds(f.journeyId))
        cards += m_project.cellCardIds(stageId, laneId);
    return Score::from(metric, sum(cardTallies(metric, f), cards));
}

QList<MetricsEngine::Group> MetricsEngine::breakdown(Metric metric, GroupBy groupBy,
                                                     const MetricFilter &filter, Id cardId,
                                                     Id stageId)
{
    QList<Group> groups;
    const Id journeyId = filter.journeyId;
    if (!m_project.hasJourney(journeyId))
        return groups;
    const std::optional<QList<Id>> cards = selection(journeyId, cardId, stageId);
    const QSet<Id> cardSet = cards ? QSet<Id>(cards->cbegin(), cards->cend()) : QSet<Id>();
    auto selected = [&cards, &cardSet](Id id) {
        return !cards || cardSet.contains(id);
    };

    switch (groupBy) {
    case GroupBy::Card: {
        const CardTallies tallies = cardTallies(metric, filter, true);
        QSet<Id> onMap;
        for (const Card &card : m_project.cards(journeyId)) {
            onMap.insert(card.id);
            if (!selected(card.id))
                continue;
            const ScoreTally tally = tallies.byCard.value(card.id);
            if (card.kind != CardKind::Touchpoint && tally.isEmpty())
                continue;
            groups.append(makeGroup({card.id, QString()}, card.title, metric, tally));
        }
        if (!cards) {
            // Responses about the journey itself and about cards deleted since: they count
            // in the journey's total, so they get a group of their own.
            ScoreTally other = tallies.unassigned;
            for (auto it = tallies.byCard.cbegin(); it != tallies.byCard.cend(); ++it) {
                if (!onMap.contains(it.key()))
                    other += it.value();
            }
            if (!other.isEmpty())
                groups.append(
                    makeGroup({NoId, QString()}, tr("Not linked to a card"), metric, other));
        }
        break;
    }
    case GroupBy::Stage: {
        const CardTallies tallies = cardTallies(metric, filter, true);
        for (const Stage &stage : m_project.stages(journeyId)) {
            const QList<Id> inStage = selection(journeyId, NoId, stage.id).value_or(QList<Id>());
            QList<Id> ids;
            for (Id id : inStage) {
                if (selected(id))
                    ids.append(id);
            }
            groups.append(makeGroup({stage.id, QString()}, stage.name, metric, sum(tallies, ids)));
        }
        break;
    }
    case GroupBy::Lane: {
        const CardTallies tallies = cardTallies(metric, filter, true);
        const QList<Id> stageIds = m_project.stageIds(journeyId);
        for (const Lane &lane : m_project.lanes(journeyId)) {
            QList<Id> ids;
            for (Id stage : stageIds) {
                for (Id id : m_project.cellCardIds(stage, lane.id)) {
                    if (selected(id))
                        ids.append(id);
                }
            }
            groups.append(makeGroup({lane.id, QString()}, lane.name, metric, sum(tallies, ids)));
        }
        break;
    }
    case GroupBy::Channel: {
        const QHash<QString, CardTallies> byChannel
            = attributeTallies(metric, Attribute::Channel, filter);
        QStringList known;
        for (Channel channel : enumValues<Channel>()) {
            const QString key = enumKey(channel);
            known.append(key);
            const auto it = byChannel.constFind(key);
            if (it == byChannel.cend())
                continue;
            const ScoreTally tally = sum(*it, cards);
            if (!tally.isEmpty())
                groups.append(makeGroup({NoId, key}, enumLabel(channel), metric, tally));
        }
        // Keys no version of Waymark writes (a file edited by hand) still add up.
        QStringList others;
        for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
            if (!known.contains(it.key()))
                others.append(it.key());
        }
        sortTexts(&others);
        for (const QString &key : std::as_const(others)) {
            const ScoreTally tally = sum(byChannel.value(key), cards);
            if (!tally.isEmpty())
                groups.append(makeGroup({NoId, key}, key, metric, tally));
        }
        break;
    }
    case GroupBy::Segment: {
        const QHash<QString, CardTallies> bySegment
            = attributeTallies(metric, Attribute::Segment, filter);
        QStringList keys = bySegment.keys();
        sortTexts(&keys);
        // Responses without a segment come last.
        if (keys.removeAll(QString()) > 0)
            keys.append(QString());
        for (const QString &key : std::as_const(keys)) {
            const ScoreTally tally = sum(bySegment.value(key), cards);
            if (!tally.isEmpty())
                groups.append(
                    makeGroup({NoId, key}, key.isEmpty() ? tr("No segment") : key, metric, tally));
        }
        break;
    }
    case GroupBy::Month:
    case GroupBy::Quarter:
        groups = periodGroups(metric, attributeTallies(metric, Attribute::Month, filter), cards,
                              groupBy == GroupBy::Quarter);
        break;
    }
    return groups;
}

QList<MetricsEngine::Group> MetricsEngine::periodGroups(Metric metric,
                                                        const QHash<QString, CardTallies> &byMonth,
                                                        const std::optional<QList<Id>> &cards,
                                                        bool quarters) const
{
    // Sums per period; keys sort in time order as text ("2025-12" < "2026-01").
    QMap<QString, ScoreTally> periods;
    ScoreTally undated;
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        const ScoreTally tally = sum(it.value(), cards);
        if (tally.isEmpty())
            continue;
        int year = 0;
        int month = 0;
        if (!parseMonth(it.key(), &year, &month)) {
            undated += tally;
            continue;
        }
        periods[quarters ? quarterKey(year, (month - 1) / 3 + 1) : monthKey(year, month)] += tally;
    }
    QList<Group> groups;
    if (!periods.isEmpty()) {
        int year = 0;
        int month = 0;
        int lastYear = 0;
        int lastMonth = 0;
        if (quarters) {
            year = periods.firstKey().left(4).toInt();
            month = periods.firstKey().mid(6).toInt() * 3 - 2;
            lastYear = periods.lastKey().left(4).toInt();
            lastMonth = periods.lastKey().mid(6).toInt() * 3 - 2;
        } else {
            parseMonth(periods.firstKey(), &year, &month);
            parseMonth(periods.lastKey(), &lastYear, &lastMonth);
        }
        const int step = quarters ? 3 : 1;
        const int count = ((lastYear - year) * 12 + (lastMonth - month)) / step + 1;
        if (count <= MaxFilledPeriods) {
            for (int i = 0; i < count; ++i) {
                const QString key
                    = quarters ? quarterKey(year, (month - 1) / 3 + 1) : monthKey(year, month);
                groups.append(makeGroup({NoId, key}, key, metric, periods.value(key)));
                month += step;
                if (month > 12) {
                    month -= 12;
                    ++year;
                }
            }
        } else {
            for (auto it = periods.cbegin(); it != periods.cend(); ++it)
                groups.append(makeGroup({NoId, it.key()}, it.key(), metric, it.value()));
        }
    }
    if (!undated.isEmpty())
        groups.append(makeGroup({NoId, QString()}, tr("No date"), metric, undated));
    return groups;
}

QList<QPair<double, qint64>> MetricsEngine::distribution(Metric metric, const MetricFilter &filter,
                                                         Id cardId)
{
    const QString key = cacheKey(metric, filter) + QLatin1Char('|') + QString::number(cardId);
    const auto it = m_distributionCache.constFind(key);
    if (it != m_distributionCache.cend())
        return *it;
    QList<QPair<double, qint64>> counts;
    if (!m_project.hasJourney(filter.journeyId) || filter.journeyId <= 0)
        return counts;
    MetricsRepository repository(m_project.document());
    const QList<Id> cards = {cardId};
    if (!repository.distribution(toQuery(metric, filter), cardId != NoId ? &cards : nullptr,
                                 &counts)) {
        m_lastError = repository.lastError();
        return {};
    }
    m_lastError.clear();
    m_distributionCache.insert(key, counts);
    return counts;
}

QList<MetricsEngine::Cell> MetricsEngine::heatmap(Metric metric, const MetricFilter &filter,
                                                  bool byLane)
{
    QList<Cell> cells;
    const Id journeyId = filter.journeyId;
    if (!m_project.hasJourney(journeyId))
        return cells;
    const QList<Id> stageIds = m_project.stageIds(journeyId);
    const QList<Id> laneIds = m_project.laneIds(journeyId);
    if (byLane) {
        const CardTallies tallies = cardTallies(metric, filter);
        for (Id stageId : stageIds) {
            for (Id laneId : laneIds) {
                const ScoreTally tally = sum(tallies, m_project.cellCardIds(stageId, laneId));
                if (tally.n > 0)
                    cells.append({stageId, QString::number(laneId), Score::from(metric, tally)});
            }
        }
        return cells;
    }
    const QHash<QString, CardTallies> byChannel
        = attributeTallies(metric, Attribute::Channel, filter);
    QStringList keys;
    for (Channel channel : enumValues<Channel>()) {
        if (byChannel.contains(enumKey(channel)))
            keys.append(enumKey(channel));
    }
    QStringList others;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        if (!keys.contains(it.key()) && !enumFromKey<Channel>(it.key()))
            others.append(it.key());
    }
    sortTexts(&others);
    keys += others;
    for (Id stageId : stageIds) {
        const std::optional<QList<Id>> stageCards = selection(journeyId, NoId, stageId);
        for (const QString &key : std::as_const(keys)) {
            const ScoreTally tally = sum(byChannel.value(key), stageCards);
            if (tally.n > 0)
                cells.append({stageId, key, Score::from(metric, tally)});
        }
    }
    return cells;
}

QList<MetricsEngine::Verbatim> MetricsEngine::verbatims(const MetricFilter &filter, int count,
                                                        bool mostNegative, Id cardId, Id stageId)
{
    const QString key = filterKey(filter)
                        + QStringLiteral("|%1|%2|%3|%4")
                              .arg(count)
                              .arg(mostNegative ? 1 : 0)
                              .arg(cardId)
                              .arg(stageId);
    const auto it = m_verbatimCache.constFind(key);
    if (it != m_verbatimCache.cend())
        return *it;
    QList<Verbatim> result;
    if (count <= 0 || !m_project.hasJourney(filter.journeyId) || filter.journeyId <= 0)
        return result;
    const std::optional<QList<Id>> cards = selection(filter.journeyId, cardId, stageId);
    MetricsRepository repository(m_project.document());
    QList<MetricsRepository::CommentRow> rows;
    if (!repository.comments(toQuery(Metric::None, filter), count, mostNegative,
                             cards ? &*cards : nullptr, &rows)) {
        m_lastError = repository.lastError();
        return result;
    }
    m_lastError.clear();
    for (const MetricsRepository::CommentRow &row : std::as_const(rows)) {
        Verbatim v;
        v.feedbackId = row.feedbackId;
        v.cardId = row.cardId;
        v.date = row.date;
        v.segment = row.segment;
        v.comment = row.comment;
        v.sentiment = row.sentiment;
        v.score = row.score;
        v.metric = row.metric;
        result.append(v);
    }
    m_verbatimCache.insert(key, result);
    return result;
}

QHash<Metric, qint64> MetricsEngine::responseCounts(const MetricFilter &filter)
{
    QHash<Metric, qint64> counts;
    if (!m_project.hasJourney(filter.journeyId) || filter.journeyId <= 0)
        return counts;
    MetricsRepository repository(m_project.document());
    if (!repository.responseCounts(toQuery(Metric::None, filter), &counts)) {
        m_lastError = repository.lastError();
        return {};
    }
    m_lastError.clear();
    return counts;
}

QList<Metric> MetricsEngine::metricsWithData(Id journeyId)
{
    QList<Metric> metrics;
    if (!m_project.hasJourney(journeyId) || journeyId <= 0)
        return metrics;
    MetricsRepository repository(m_project.document());
    if (!repository.metricsWithData(journeyId, &metrics)) {
        m_lastError = repository.lastError();
        return {};
    }
    m_lastError.clear();
    return metrics;
}

QStringList personaSegments(const Persona &persona)
{
    QStringList result;
    for (const QString &segment : persona.segments) {
        if (!segment.trimmed().isEmpty())
            result.append(segment);
    }
    if (result.isEmpty() && !persona.name.trimmed().isEmpty())
        result.append(persona.name.trimmed());
    return result;
}

} // namespace Waymark
