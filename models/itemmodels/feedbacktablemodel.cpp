#include "feedbacktablemodel.h"

#include "commands/editfeedbackcommand.h"
#include "metrics/sentiment.h"
#include "project/project.h"

#include <QLocale>

#include <cmath>
#include <iterator>
#include <limits>

namespace Waymark {

namespace {

constexpr FeedbackQuery::Column columnKeys[] = {
    FeedbackQuery::Column::Date,      FeedbackQuery::Column::Touchpoint,
    FeedbackQuery::Column::Stage,     FeedbackQuery::Column::Channel,
    FeedbackQuery::Column::Segment,   FeedbackQuery::Column::Metric,
    FeedbackQuery::Column::Score,     FeedbackQuery::Column::Comment,
    FeedbackQuery::Column::Sentiment, FeedbackQuery::Column::Respondent,
    FeedbackQuery::Column::Source,
};
static_assert(std::size(columnKeys) == FeedbackTableModel::ColumnCount);

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// Scores are mostly whole numbers; show decimals only when there are some.
QString formatScore(double score)
{
    return std::floor(score) == score ? formatNumber(score, 0) : QLocale().toString(score, 'g', 6);
}

} // namespace

FeedbackTableModel::FeedbackTableModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FeedbackTableModel::refresh);

    connect(&project, &Project::feedbackChanged, this, [this](Id journeyId) {
        if (journeyId == NoId || m_query.journeyId == NoId || journeyId == m_query.journeyId)
            scheduleRefresh();
    });
    // Structure changes decide which rows are visible (rows of a removed journey, the
    // cards of a stage filter, "no touchpoint" rows).
    connect(&project, &Project::reset, this, &FeedbackTableModel::scheduleRefresh);
    connect(&project, &Project::journeyInserted, this, &FeedbackTableModel::scheduleRefresh);
    connect(&project, &Project::journeyRemoved, this, &FeedbackTableModel::scheduleRefresh);
    connect(&project, &Project::cardInserted, this, &FeedbackTableModel::scheduleRefresh);
    connect(&project, &Project::cardRemoved, this, &FeedbackTableModel::scheduleRefresh);
    connect(&project, &Project::stageRemoved, this, &FeedbackTableModel::scheduleRefresh);
    // Titles and stage names are read from memory: only the order can need the file.
    connect(&project, &Project::cardChanged, this, [this] {
        if (m_query.sortColumn == FeedbackQuery::Column::Touchpoint)
            scheduleRefresh();
        else
            columnChanged(TouchpointColumn);
    });
    connect(&project, &Project::stageChanged, this, [this] { columnChanged(StageColumn); });
    connect(&project, &Project::cellChanged, this, [this] {
        if (m_query.stageId != NoId || m_query.sortColumn == FeedbackQuery::Column::Stage)
            scheduleRefresh();
        else
            columnChanged(StageColumn);
    });
    connect(&project, &Project::stagesReordered, this, [this] {
        if (m_query.sortColumn == FeedbackQuery::Column::Stage)
            scheduleRefresh();
    });
}

std::pair<int, int> FeedbackTableModel::standardScale(Metric metric)
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

FeedbackQuery::Column FeedbackTableModel::queryColumn(int column)
{
    if (column < 0 || column >= ColumnCount)
        return FeedbackQuery::Column::Id;
    return columnKeys[column];
}

int FeedbackTableModel::columnOf(FeedbackQuery::Column column)
{
    for (int i = 0; i < ColumnCount; ++i) {
        if (columnKeys[i] == column)
            return i;
    }
    return -1;
}

void FeedbackTableModel::setQuery(const FeedbackQuery &query)
{
    if (m_counted && query == m_query)
        return;
    FeedbackQueryRepository repo(m_project.document());
    const qint64 count = std::max<qint64>(0, repo.count(query));
    beginResetModel();
    m_query = query;
    m_counted = true;
    forgetPages();
    const bool changed = count != m_count;
    m_count = count;
    endResetModel();
    if (changed)
        Q_EMIT countChanged(m_count);
}

void FeedbackTableModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_counted)
        return; // nothing shown yet; setQuery() counts
    FeedbackQueryRepository repo(m_project.document());
    const qint64 count = std::max<qint64>(0, repo.count(m_query));
    if (count != m_count) {
        beginResetModel();
        forgetPages();
        m_count = count;
        endResetModel();
        Q_EMIT countChanged(m_count);
        return;
    }
    // Same number of rows (an edit): keep the view's selection and scroll position.
    forgetPages();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FeedbackTableModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void FeedbackTableModel::columnChanged(int column)
{
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
}

void FeedbackTableModel::forgetPages()
{
    m_pages.clear();
    m_recent.clear();
}

const Feedback *FeedbackTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        FeedbackQueryRepository repo(m_project.document());
        const qint64 offset = qint64(page) * PageSize;
        QList<Feedback> rows = repo.fetch(m_query, offset, PageSize, m_count);
        ++m_fetches;
        // Fewer rows than counted: another connection (an import) changed the table.
        if (rows.size() < std::min<qint64>(PageSize, m_count - offset))
            m_refreshTimer.start();
        if (m_pages.size() >= MaxCachedPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int inPage = row % PageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

Feedback FeedbackTableModel::response(int row) const
{
    const Feedback *f = rowAt(row);
    return f ? *f : Feedback();
}

int FeedbackTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int FeedbackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TouchpointColumn:
        return tr("Touchpoint");
    case StageColumn:
        return tr("Stage");
    case ChannelColumn:
        return tr("Channel");
    case SegmentColumn:
        return tr("Segment");
    case MetricColumn:
        return tr("Metric");
    case ScoreColumn:
        return tr("Score");
    case CommentColumn:
        return tr("Comment");
    case SentimentColumn:
        return tr("Sentiment");
    case RespondentColumn:
        return tr("Respondent");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

QVariant FeedbackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column == ScoreColumn || column == SentimentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole
        && role < IdRole) {
        return {};
    }
    const Feedback *row = rowAt(index.row());
    if (!row)
        return {};
    const Feedback &f = *row;
    switch (role) {
    case IdRole:
        return f.id;
    case JourneyIdRole:
        return f.journeyId;
    case CardIdRole:
        return f.cardId;
    case ScaleMinRole:
        return f.scaleMin;
    case ScaleMaxRole:
        return f.scaleMax;
    case MetricRole:
        return enumKey(f.metric);
    default:
        break;
    }
    if (role > Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case DateColumn:
        if (edit)
            return f.date;
        return f.date.isValid() ? QLocale().toString(f.date, QLocale::ShortFormat) : QString();
    case TouchpointColumn:
        if (edit)
            return f.cardId;
        if (f.cardId == NoId)
            return QString();
        return m_project.hasCard(f.cardId) ? m_project.card(f.cardId).title
                                           : tr("(deleted touchpoint)");
    case StageColumn:
        if (!m_project.hasCard(f.cardId))
            return QString();
        return m_project.stage(m_project.card(f.cardId).stageId).name;
    case ChannelColumn:
        if (edit)
            return enumKey(f.channel);
        return f.channel == Channel::None ? QString() : enumLabel(f.channel);
    case SegmentColumn:
        return f.segment;
    case MetricColumn:
        if (edit)
            return enumKey(f.metric);
        return f.metric == Metric::None ? QString() : enumLabel(f.metric);
    case ScoreColumn:
        if (edit)
            return f.score ? QVariant(*f.score) : QVariant();
        if (tip && f.scaleMax > f.scaleMin) {
            return tr("%1 on a scale of %2 to %3")
                .arg(f.score ? formatScore(*f.score) : tr("No answer"))
                .arg(f.scaleMin)
                .arg(f.scaleMax);
        }
        return f.score ? formatScore(*f.score) : QString();
    case CommentColumn:
        return f.comment;
    case SentimentColumn:
        if (edit)
            return f.sentiment ? QVariant(*f.sentiment) : QVariant();
        return f.sentiment ? formatNumber(*f.sentiment, 2) : QString();
    case RespondentColumn:
        return f.respondent;
    case SourceColumn:
        if (edit)
            return enumKey(f.source);
        return enumLabel(f.source);
    default:
        return {};
    }
}

Qt::ItemFlags FeedbackTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_project.isEditable())
        return flags;
    switch (index.column()) {
    case DateColumn:
    case TouchpointColumn:
    case ChannelColumn:
    case SegmentColumn:
    case ScoreColumn:
    case CommentColumn:
        return flags | Qt::ItemIsEditable;
    default:
        // The metric stays as imported: changing it would change the meaning of the
        // score and its scale. Stage follows the touchpoint; sentiment the comment.
        return flags;
    }
}

bool FeedbackTableModel::edit(const Feedback &before, int column, const QVariant &value,
                              Feedback *after) const
{
    *after = before;
    switch (column) {
    case DateColumn: {
        const QDate date = value.userType() == QMetaType::QString
                               ? QDate::fromString(value.toString(), Qt::ISODate)
                               : value.toDate();
        if (!date.isValid())
            return false;
        after->date = date;
        return true;
    }
    case ScoreColumn: {
        if (before.scaleMax <= before.scaleMin)
            return false; // no scale, no score (a comment without a rating)
        if (!value.isValid() || value.isNull()
            || (value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty())) {
            after->score.reset(); // "no answer"
            return true;
        }
        bool ok = false;
        const double score = value.userType() == QMetaType::QString
                                 ? QLocale().toDouble(value.toString().trimmed(), &ok)
                                 : value.toDouble(&ok);
        if (!ok || !std::isfinite(score) || score < before.scaleMin || score > before.scaleMax)
            return false;
        after->score = score;
        return true;
    }
    case CommentColumn: {
        after->comment = value.toString();
        // Sentiment belongs to the comment: a new comment gets a new score.
        if (after->comment.trimmed().isEmpty())
            after->sentiment.reset();
        else
            after->sentiment = SentimentAnalyzer::instance().score(after->comment);
        return true;
    }
    case SegmentColumn:
        after->segment = value.toString().simplified();
        return true;
    case ChannelColumn: {
        const std::optional<Channel> channel = enumFromKey<Channel>(value.toString());
        if (!channel)
            return false;
        after->channel = *channel;
        return true;
    }
    case TouchpointColumn: {
        bool ok = false;
        const Id cardId = value.toLongLong(&ok);
        if (!ok)
            return false;
        // Only a card of the response's own journey (or none).
        if (cardId != NoId
            && (!m_project.hasCard(cardId) || m_project.card(cardId).journeyId != before.journeyId))
            return false;
        after->cardId = cardId;
        return true;
    }
    default:
        return false;
    }
}

bool FeedbackTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Feedback before = response(index.row());
    if (before.id == NoId)
        return false;
    Feedback after;
    if (!edit(before, index.column(), value, &after))
        return false;
    if (after == before)
        return true;
    if (!m_project.execute(new EditFeedbackCommand(m_project, before, after)))
        return false;
    // Show the new value at once; the refresh that the command triggers re-reads the page
    // (the row may move, or leave the filter).
    FeedbackQueryRepository repo(m_project.document());
    const QList<Feedback> now = repo.responses({before.id});
    const int page = index.row() / PageSize;
    const auto it = m_pages.find(page);
    if (!now.isEmpty() && it != m_pages.end() && index.row() % PageSize < it->size())
        (*it)[index.row() % PageSize] = now.first();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return !now.isEmpty() && now.first() == after;
}

void FeedbackTableModel::sort(int column, Qt::SortOrder order)
{
    FeedbackQuery query = m_query;
    query.sortColumn = queryColumn(column);
    // No column (a cleared sort indicator): newest first, the table's own order.
    query.order = column < 0 ? Qt::DescendingOrder : order;
    setQuery(query);
}

} // namespace Waymark
