#pragma once

#include "domain/feedback.h"
#include "storage/feedbackqueryrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <utility>

namespace Waymark {

class Project;

// The responses of a project as a table for the feedback dock. Lazy: rowCount() is a
// COUNT of the query, and rows are read in pages when the view asks for them, keeping a
// few pages in memory, so a million responses cost what the visible rows cost. Edits go
// through undo commands on the project; the model never writes itself.
class FeedbackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TouchpointColumn,
        StageColumn,
        ChannelColumn,
        SegmentColumn,
        MetricColumn,
        ScoreColumn,
        CommentColumn,
        SentimentColumn,
        RespondentColumn,
        SourceColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        JourneyIdRole,
        CardIdRole,
        ScaleMinRole,
        ScaleMaxRole,
        MetricRole, // the stable key of the row's metric
    };

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 16;
    // Changes arrive in bursts (an import, undoing a macro); one refresh covers a burst.
    static constexpr int RefreshDelayMs = 50;

    // Empty until setQuery() or refresh(): counting a million rows is left to the first
    // query that is actually shown.
    explicit FeedbackTableModel(Project &project, QObject *parent = nullptr);

    Project &project() const { return m_project; }

    FeedbackQuery query() const { return m_query; }
    // Shows what query selects, from the top.
    void setQuery(const FeedbackQuery &query);
    qint64 totalCount() const { return m_count; }

    // The response in a row (read from the file if its page is not in memory); an empty
    // Feedback when the row does not exist.
    Feedback response(int row) const;
    Id responseId(int row) const { return response(row).id; }
    int cachedPageCount() const { return int(m_pages.size()); }
    int pageFetchCount() const { return m_fetches; }

    // Re-counts and forgets cached pages now (changes are otherwise picked up shortly
    // after Project::feedbackChanged).
    void refresh();
    bool isRefreshPending() const { return m_refreshTimer.isActive(); }

    // The usual scale of a metric (NPS 0-10, CSAT 1-5, CES 1-7, rating 1-5); {0, 0} for
    // responses without a score.
    static std::pair<int, int> standardScale(Metric metric);
    // Column::Id for -1 (no sort column) and columnOf(Column::Id) == -1.
    static FeedbackQuery::Column queryColumn(int column);
    static int columnOf(FeedbackQuery::Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes an "Edit response" command; refuses values that are not valid for the row
    // (a score outside the row's scale, an invalid date, a card of another journey).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count);

private:
    const Feedback *rowAt(int row) const;
    bool edit(const Feedback &before, int column, const QVariant &value, Feedback *after) const;
    void scheduleRefresh();
    void columnChanged(int column);
    void forgetPages();

    Project &m_project;
    FeedbackQuery m_query;
    qint64 m_count = 0;
    bool m_counted = false;
    // Pages are filled from const data(): a cache, not state.
    mutable QHash<int, QList<Feedback>> m_pages;
    mutable QList<int> m_recent; // page numbers, least recently used first
    mutable int m_fetches = 0;
    mutable QTimer m_refreshTimer; // a short page (rows went away) schedules a refresh
};

} // namespace Waymark
