// The feedback table: filtered counts and pages against SQL written independently here,
// every sort order checked row by row, paging across page boundaries (and from the end),
// rows of undone imports and deleted journeys never shown, edit/delete/add commands with
// undo and redo, and a project with a million responses.

#include "commands/addfeedbackcommand.h"
#include "commands/addjourneycommand.h"
#include "commands/editfeedbackcommand.h"
#include "commands/removecommand.h"
#include "commands/removefeedbackcommand.h"
#include "io/templates.h"
#include "itemmodels/feedbacktablemodel.h"
#include "metrics/sentiment.h"
#include "project/project.h"
#include "storage/feedbackqueryrepository.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace Waymark;

Q_DECLARE_METATYPE(Waymark::FeedbackQuery)

namespace {

// Runs SQL on the project's own connection with the raw sqlite3 API, so that what the
// tests expect never passes through the code under test.
class RawSql
{
public:
    explicit RawSql(sqlite3 *db)
        : m_db(db)
    {}

    bool exec(const QByteArray &sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            qWarning("%s: %s", sql.constData(), message ? message : "?");
            sqlite3_free(message);
        }
        return rc == SQLITE_OK;
    }

    // The integers of the first column.
    QList<qint64> column(const QByteArray &sql)
    {
        QList<qint64> values;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            qWarning("%s: %s", sql.constData(), sqlite3_errmsg(m_db));
            return values;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW)
            values.append(sqlite3_column_int64(stmt, 0));
        sqlite3_finalize(stmt);
        return values;
    }

    QByteArrayList texts(const QByteArray &sql)
    {
        QByteArrayList values;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return values;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            values.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return values;
    }

    qint64 value(const QByteArray &sql)
    {
        const QList<qint64> values = column(sql);
        return values.isEmpty() ? -1 : values.first();
    }

private:
    sqlite3 *m_db;
};

struct Row
{
    qint64 journeyId = 0;
    qint64 cardId = 0; // 0: NULL
    QByteArray segment;
    QByteArray date; // empty: NULL
    QByteArray metric;
    int scaleMin = 0;
    int scaleMax = 0;
    std::optional<double> score;
    QByteArray comment;
    std::optional<double> sentiment;
    QByteArray respondent;
    QByteArray channel;
    QByteArray source = "survey";
};

bool insertRows(sqlite3 *db, const std::function<bool(qint64, Row *)> &next)
{
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "INSERT INTO feedback (journey_id, card_id, source, channel, segment, "
                      "respondent, date, metric, score, scale_min, scale_max, comment, sentiment) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    Row row;
    bool ok = true;
    for (qint64 i = 0; ok && next(i, &row); ++i) {
        sqlite3_bind_int64(stmt, 1, row.journeyId);
        if (row.cardId)
            sqlite3_bind_int64(stmt, 2, row.cardId);
        else
            sqlite3_bind_null(stmt, 2);
        auto bindText = [stmt](int n, const QByteArray &text) {
            sqlite3_bind_text(stmt, n, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        };
        bindText(3, row.source);
        bindText(4, row.channel);
        bindText(5, row.segment);
        bindText(6, row.respondent);
        if (row.date.isEmpty())
            sqlite3_bind_null(stmt, 7);
        else
            bindText(7, row.date);
        bindText(8, row.metric);
        if (row.score)
            sqlite3_bind_double(stmt, 9, *row.score);
        else
            sqlite3_bind_null(stmt, 9);
        sqlite3_bind_int(stmt, 10, row.scaleMin);
        sqlite3_bind_int(stmt, 11, row.scaleMax);
        bindText(12, row.comment);
        if (row.sentiment)
            sqlite3_bind_double(stmt, 13, *row.sentiment);
        else
            sqlite3_bind_null(stmt, 13);
        ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}

struct MetricShape
{
    const char *key;
    int min;
    int max;
};

const MetricShape metricShapes[] = {
    {"nps", 0, 10}, {"csat", 1, 5}, {"ces", 1, 7}, {"rating", 1, 10}, {"none", 0, 0},
};

QByteArray idList(const QList<Id> &ids)
{
    QByteArrayList parts;
    for (Id id : ids)
        parts.append(QByteArray::number(id));
    return parts.join(',');
}

// SQLite's NOCASE: ASCII letters folded, everything else compared byte by byte.
QByteArray nocase(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

// A sort key as SQLite orders it: NULL before everything, then numbers, then text.
struct Key
{
    bool null = true;
    double number = 0;
    QByteArray text;
    double second = 0; // a second number (stage id after stage position)

    int compare(const Key &o) const
    {
        if (null != o.null)
            return null ? -1 : 1;
        if (null)
            return 0;
        if (number != o.number)
            return number < o.number ? -1 : 1;
        if (text != o.text)
            return text < o.text ? -1 : 1;
        if (second != o.second)
            return second < o.second ? -1 : 1;
        return 0;
    }
};

Key textKey(const QByteArray &text)
{
    Key k;
    k.null = false;
    k.text = text;
    return k;
}

Key numberKey(std::optional<double> value)
{
    Key k;
    k.null = !value;
    k.number = value.value_or(0);
    return k;
}

Key sortKey(const Project &project, const Feedback &f, FeedbackQuery::Column column)
{
    using C = FeedbackQuery::Column;
    switch (column) {
    case C::Id:
        return {false, 0, {}, 0};
    case C::Date: {
        Key k = textKey(f.date.toString(Qt::ISODate).toUtf8());
        k.null = !f.date.isValid();
        return k;
    }
    case C::Touchpoint: {
        if (!project.hasCard(f.cardId))
            return {};
        return textKey(nocase(project.card(f.cardId).title));
    }
    case C::Stage: {
        if (!project.hasCard(f.cardId))
            return {};
        const Stage stage = project.stage(project.card(f.cardId).stageId);
        Key k = numberKey(stage.position);
        k.second = double(stage.id);
        return k;
    }
    case C::Channel:
        return textKey(enumKey(f.channel).toUtf8());
    case C::Segment:
        return textKey(nocase(f.segment));
    case C::Metric:
        return textKey(enumKey(f.metric).toUtf8());
    case C::Score:
        return numberKey(f.score);
    case C::Comment:
        return textKey(nocase(f.comment));
    case C::Sentiment:
        return numberKey(f.sentiment);
    case C::Respondent:
        return textKey(nocase(f.respondent));
    case C::Source:
        return textKey(enumKey(f.source).toUtf8());
    }
    return {};
}

// Every row the query selects, in pages of pageSize read with the total known (so pages
// past the middle are read from the end).
QList<Feedback> fetchAll(FeedbackQueryRepository &repo, const FeedbackQuery &query, int pageSize)
{
    const qint64 total = repo.count(query);
    QList<Feedback> rows;
    for (qint64 offset = 0; offset < total; offset += pageSize)
        rows += repo.fetch(query, offset, pageSize, total);
    return rows;
}

QList<Id> idsOf(const QList<Feedback> &rows)
{
    QList<Id> ids;
    for (const Feedback &f : rows)
        ids.append(f.id);
    return ids;
}

// Shows the journey's responses in id order and returns the row of one of them.
int showResponse(FeedbackTableModel &model, Id journeyId, Id id)
{
    FeedbackQuery query;
    query.journeyId = journeyId;
    query.sortColumn = FeedbackQuery::Column::Id;
    query.order = Qt::AscendingOrder;
    model.setQuery(query);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.responseId(row) == id)
            return row;
    }
    return -1;
}

QString planText(const QStringList &plan)
{
    return plan.join(QLatin1String(" | "));
}

} // namespace

class tst_FeedbackTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void countsMatchSql_data();
    void countsMatchSql();
    void sortOrders_data();
    void sortOrders();
    void pagingAcrossBoundaries();
    void invisibleRows();
    void plansUseIndexes();
    void modelIsLazy();
    void modelShowsRows();
    void editRoundTrip();
    void editCommentRescoresSentiment();
    void editRefusesBadValues_data();
    void editRefusesBadValues();
    void removeRoundTrip();
    void addRoundTrip();
    void modelFollowsCommands();
    void segments();
    void millionRows();

private:
    QList<Id> touchpoints(Id journeyId) const;
    QList<Id> visibleIds(const QByteArray &where);
    Id rowWhere(const QByteArray &where);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_j1 = NoId;
    Id m_j2 = NoId;
    QList<Id> m_invisible;
};

QList<Id> tst_FeedbackTable::touchpoints(Id journeyId) const
{
    QList<Id> ids;
    for (const Card &card : m_project->cards(journeyId)) {
        if (card.kind == CardKind::Touchpoint)
            ids.append(card.id);
    }
    return ids;
}

QList<Id> tst_FeedbackTable::visibleIds(const QByteArray &where)
{
    RawSql sql(m_project->document().handle());
    return sql.column("SELECT id FROM feedback WHERE journey_id > 0 AND journey_id IN "
                      "(SELECT id FROM journeys) AND ("
                      + where + ") ORDER BY id");
}

Id tst_FeedbackTable::rowWhere(const QByteArray &where)
{
    const QList<Id> ids = visibleIds(where);
    return ids.isEmpty() ? NoId : ids.first();
}

void tst_FeedbackTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MapData map;
    QString error;
    QVERIFY2(Templates::load(Templates::sampleName(), &map, &error), qPrintable(error));
    QVERIFY(!map.journeys.isEmpty());
    DocumentError documentError;
    m_project = Project::create(
        m_dir.filePath(QStringLiteral("table.waymark")), map, &documentError,
        [](Project &p, QString *e) { return Templates::seed(Templates::sampleName(), p, e); });
    QVERIFY2(m_project, qPrintable(documentError.message));
    m_j1 = m_project->journeys().first().id;

    // A second journey like the first: responses of two journeys side by side.
    auto *add = new AddJourneyCommand(*m_project, map.journeys.first(), 1);
    QVERIFY(m_project->execute(add));
    m_j2 = add->journeyId();
    QVERIFY(m_j2 != NoId && m_j2 != m_j1);
    m_project->undoStack()->clear();

    const QList<Id> cards1 = touchpoints(m_j1);
    const QList<Id> cards2 = touchpoints(m_j2);
    QVERIFY(cards1.size() >= 3);
    QVERIFY(cards2.size() >= 3);
    const QByteArrayList segments = {"Commuter", "Family rider", "", "Sport", "commuter"};
    const QByteArrayList channels = {"web", "store", "", "phone", "app"};
    const QByteArrayList sources = {"survey", "review", "interview"};
    const QByteArrayList comments = {
        "Quick and easy checkout.",
        "The staff were rude and slow.",
        "",
        "Paid 100% on time",
        "Paid 1000 on time",
        "under_score here",
        "underXscore here",
        "a back\\slash here",
        "QUICK delivery",
        "Éclair shop was lovely",
        "zebra crossing",
        "",
    };
    sqlite3 *db = m_project->document().handle();
    RawSql sql(db);
    QVERIFY(sql.exec("BEGIN"));
    // 1500 visible rows: more than five pages of the model.
    QVERIFY(insertRows(db, [&](qint64 i, Row *row) {
        if (i >= 1500)
            return false;
        *row = Row();
        const bool second = i % 5 == 0;
        row->journeyId = second ? m_j2 : m_j1;
        const QList<Id> &cards = second ? cards2 : cards1;
        if (i % 7 == 0)
            row->cardId = 0;
        else if (i % 11 == 0)
            row->cardId = 999999; // a card deleted long ago
        else
            row->cardId = cards.at(i % cards.size());
        row->segment = segments.at(i % segments.size());
        row->channel = channels.at(i % channels.size());
        row->source = sources.at(i % sources.size());
        if (i % 13 != 0)
            row->date = QDate(2024, 1, 1).addDays(i * 37 % 700).toString(Qt::ISODate).toUtf8();
        const MetricShape &shape = metricShapes[i % std::size(metricShapes)];
        row->metric = shape.key;
        row->scaleMin = shape.min;
        row->scaleMax = shape.max;
        if (shape.max > shape.min && i % 17 != 0)
            row->score = shape.min + double(i * 7 % (shape.max - shape.min + 1));
        row->comment = comments.at(i % comments.size());
        if (!row->comment.isEmpty())
            row->sentiment = double(i % 21 - 10) / 10.0;
        row->respondent = QByteArray("R") + QByteArray::number(i).rightJustified(4, '0');
        return true;
    }));
    // Rows no view may show: an undone import (negative journey id) and a deleted journey.
    QVERIFY(insertRows(db, [&](qint64 i, Row *row) {
        if (i >= 70)
            return false;
        *row = Row();
        row->journeyId = i < 50 ? -m_j1 : 424242;
        row->cardId = cards1.at(0);
        row->segment = "Commuter";
        row->metric = "nps";
        row->scaleMax = 10;
        row->score = 5;
        row->date = "2024-06-01";
        row->comment = "Paid 100% on time";
        row->respondent = "R0042";
        return true;
    }));
    QVERIFY(sql.exec("COMMIT"));
    m_invisible = sql.column("SELECT id FROM feedback WHERE journey_id < 0 OR journey_id = 424242");
    QCOMPARE(m_invisible.size(), 70);
}

void tst_FeedbackTable::cleanup()
{
    // Every test starts from the same content: undo whatever commands it ran.
    if (m_project)
        m_project->undoStack()->setIndex(0);
    if (m_project)
        m_project->undoStack()->clear();
}

void tst_FeedbackTable::countsMatchSql_data()
{
    QTest::addColumn<FeedbackQuery>("query");
    QTest::addColumn<QByteArray>("where");
    const QList<Id> cards = touchpoints(m_j1);
    const QList<Id> allCards = [this] {
        QList<Id> ids;
        for (const Card &c : m_project->cards(m_j1))
            ids.append(c.id);
        for (Id id = 1; ids.size() <= 70; ++id)
            ids.append(100000 + id); // more than the indexed path takes
        return ids;
    }();
    const QByteArray j1 = QByteArray::number(m_j1);
    const Id stageId = m_project->card(cards.first()).stageId;
    auto row = [](const char *name, const FeedbackQuery &q, const QByteArray &where) {
        QTest::newRow(name) << q << where;
    };
    FeedbackQuery q;
    q.journeyId = NoId;
    row("whole project", q, "1");
    q.journeyId = m_j1;
    row("journey", q, "journey_id = " + j1);
    q.journeyId = m_j2;
    row("second journey", q, "journey_id = " + QByteArray::number(m_j2));
    q.journeyId = 424242;
    row("deleted journey", q, "0");
    q.journeyId = -m_j1;
    row("undone import", q, "0");

    FeedbackQuery c;
    c.journeyId = m_j1;
    c.cardIds = {cards.at(0)};
    row("one card", c, "journey_id = " + j1 + " AND card_id = " + QByteArray::number(cards.at(0)));
    c.cardIds = {cards.at(0), cards.at(1)};
    row("two cards", c, "journey_id = " + j1 + " AND card_id IN (" + idList(c.cardIds) + ")");
    c.cardIds = allCards;
    row("many cards", c, "journey_id = " + j1 + " AND card_id IN (" + idList(allCards) + ")");
    c.cardIds = {NoId};
    row("no touchpoint", c,
        "journey_id = " + j1 + " AND (card_id IS NULL OR card_id NOT IN (SELECT id FROM cards))");
    c.cardIds = {cards.at(1), NoId};
    row("card or none", c,
        "journey_id = " + j1 + " AND (card_id IS NULL OR card_id = "
            + QByteArray::number(cards.at(1)) + " OR card_id NOT IN (SELECT id FROM cards))");
    c.journeyId = NoId;
    c.cardIds = {cards.at(2)};
    row("card, any journey", c, "card_id = " + QByteArray::number(cards.at(2)));

    FeedbackQuery s;
    s.journeyId = m_j1;
    s.stageId = stageId;
    row("stage", s,
        "journey_id = " + j1 + " AND card_id IN (SELECT id FROM cards WHERE stage_id = "
            + QByteArray::number(stageId) + ")");

    FeedbackQuery g;
    g.journeyId = m_j1;
    g.segment = QStringLiteral("Commuter");
    row("segment (case matters)", g, "journey_id = " + j1 + " AND segment = 'Commuter'");
    g.segment = QStringLiteral("");
    row("no segment", g, "journey_id = " + j1 + " AND segment = ''");
    g.journeyId = NoId;
    g.segment = QStringLiteral("Sport");
    row("segment, any journey", g, "segment = 'Sport'");

    FeedbackQuery m;
    m.journeyId = m_j1;
    m.metric = Metric::Nps;
    row("nps", m, "journey_id = " + j1 + " AND metric = 'nps'");
    m.metric = Metric::None;
    row("no metric", m, "journey_id = " + j1 + " AND metric = 'none'");

    FeedbackQuery d;
    d.journeyId = m_j1;
    d.from = QDate(2024, 6, 1);
    row("from", d, "journey_id = " + j1 + " AND date IS NOT NULL AND date >= '2024-06-01'");
    d.from = QDate();
    d.to = QDate(2024, 3, 31);
    row("to", d, "journey_id = " + j1 + " AND date IS NOT NULL AND date <= '2024-03-31'");
    d.from = QDate(2024, 3, 1);
    d.to = QDate(2024, 3, 1);
    row("one day", d, "journey_id = " + j1 + " AND date = '2024-03-01'");

    // Text: instr() on lower-cased ASCII, which knows nothing about LIKE wildcards.
    auto textWhere = [](const QByteArray &needle) {
        return "(instr(lower(comment), lower('" + needle
               + "')) > 0 OR instr(lower(respondent), "
                 "lower('"
               + needle + "')) > 0)";
    };
    FeedbackQuery t;
    t.journeyId = m_j1;
    t.text = QStringLiteral("quick");
    row("text, any case", t, "journey_id = " + j1 + " AND " + textWhere("quick"));
    t.text = QStringLiteral("100%");
    row("percent is literal", t, "journey_id = " + j1 + " AND " + textWhere("100%"));
    t.text = QStringLiteral("under_score");
    row("underscore is literal", t, "journey_id = " + j1 + " AND " + textWhere("under_score"));
    t.text = QStringLiteral("back\\slash");
    row("backslash is literal", t, "journey_id = " + j1 + " AND " + textWhere("back\\slash"));
    t.text = QStringLiteral("R0042");
    row("respondent", t, "journey_id = " + j1 + " AND " + textWhere("R0042"));
    t.text = QStringLiteral("%");
    row("lone percent", t, "journey_id = " + j1 + " AND " + textWhere("%"));

    FeedbackQuery all;
    all.journeyId = m_j1;
    all.stageId = stageId;
    all.metric = Metric::Nps;
    all.from = QDate(2024, 2, 1);
    all.segment = QStringLiteral("Commuter");
    all.text = QStringLiteral("quick");
    row("everything at once", all,
        "journey_id = " + j1 + " AND card_id IN (SELECT id FROM cards WHERE stage_id = "
            + QByteArray::number(stageId)
            + ") AND metric = 'nps' AND date >= '2024-02-01' AND segment = 'Commuter' AND "
            + textWhere("quick"));
}

void tst_FeedbackTable::countsMatchSql()
{
    QFETCH(FeedbackQuery, query);
    QFETCH(QByteArray, where);
    const QList<Id> expected = visibleIds(where);
    FeedbackQueryRepository repo(m_project->document());
    QCOMPARE(repo.count(query), qint64(expected.size()));
    for (FeedbackQuery::Column column :
         {FeedbackQuery::Column::Date, FeedbackQuery::Column::Id, FeedbackQuery::Column::Comment}) {
        FeedbackQuery sorted = query;
        sorted.sortColumn = column;
        QList<Id> ids = idsOf(fetchAll(repo, sorted, 97));
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);
    }
}

void tst_FeedbackTable::sortOrders_data()
{
    QTest::addColumn<FeedbackQuery>("query");
    const QList<std::pair<const char *, FeedbackQuery::Column>> columns = {
        {"id", FeedbackQuery::Column::Id},
        {"date", FeedbackQuery::Column::Date},
        {"touchpoint", FeedbackQuery::Column::Touchpoint},
        {"stage", FeedbackQuery::Column::Stage},
        {"channel", FeedbackQuery::Column::Channel},
        {"segment", FeedbackQuery::Column::Segment},
        {"metric", FeedbackQuery::Column::Metric},
        {"score", FeedbackQuery::Column::Score},
        {"comment", FeedbackQuery::Column::Comment},
        {"sentiment", FeedbackQuery::Column::Sentiment},
        {"respondent", FeedbackQuery::Column::Respondent},
        {"source", FeedbackQuery::Column::Source},
    };
    for (const auto &[name, column] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            FeedbackQuery q;
            q.journeyId = m_j1;
            q.sortColumn = column;
            q.order = order;
            const QByteArray dir = order == Qt::AscendingOrder ? " asc" : " desc";
            QTest::newRow(QByteArray(name + dir).constData()) << q;
            q.journeyId = NoId;
            q.metric = Metric::Csat;
            QTest::newRow(QByteArray(name + dir + " csat everywhere").constData()) << q;
            q.metric.reset();
            q.journeyId = m_j1;
            q.cardIds = touchpoints(m_j1).mid(0, 3);
            QTest::newRow(QByteArray(name + dir + " three cards").constData()) << q;
        }
    }
}

void tst_FeedbackTable::sortOrders()
{
    QFETCH(FeedbackQuery, query);
    FeedbackQueryRepository repo(m_project->document());
    const QList<Feedback> rows = fetchAll(repo, query, 64);
    QVERIFY(rows.size() > 10);
    QCOMPARE(qint64(rows.size()), repo.count(query));
    QSet<Id> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY2(!seen.contains(rows.at(i).id), "a row appears twice");
        seen.insert(rows.at(i).id);
        if (i == 0)
            continue;
        const Feedback &a = rows.at(i - 1);
        const Feedback &b = rows.at(i);
        int c = sortKey(*m_project, a, query.sortColumn)
                    .compare(sortKey(*m_project, b, query.sortColumn));
        if (c == 0)
            c = a.id < b.id ? -1 : 1;
        if (query.order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c < 0, qPrintable(QStringLiteral("rows %1 (id %2) and %3 (id %4) out of order")
                                       .arg(i - 1)
                                       .arg(a.id)
                                       .arg(i)
                                       .arg(b.id)));
    }
}

void tst_FeedbackTable::pagingAcrossBoundaries()
{
    FeedbackQueryRepository repo(m_project->document());
    FeedbackQuery query;
    query.journeyId = m_j1;
    query.sortColumn = FeedbackQuery::Column::Date;
    const qint64 total = repo.count(query);
    QVERIFY(total > 1000);
    const QList<Id> all = idsOf(repo.fetch(query, 0, int(total)));
    QCOMPARE(qint64(all.size()), total);
    // Independent order: date descending (NULL last), then id descending.
    RawSql sql(m_project->document().handle());
    QCOMPARE(all, sql.column("SELECT id FROM feedback WHERE journey_id = "
                             + QByteArray::number(m_j1) + " ORDER BY date DESC, id DESC"));
    for (int pageSize : {1, 7, 256, 1000}) {
        QList<Id> forward;
        QList<Id> fromEnd;
        for (qint64 offset = 0; offset < total; offset += pageSize) {
            forward += idsOf(repo.fetch(query, offset, pageSize));
            fromEnd += idsOf(repo.fetch(query, offset, pageSize, total));
        }
        QCOMPARE(forward, all);
        QCOMPARE(fromEnd, all);
    }
    // Past the end, and pages that straddle it.
    QVERIFY(repo.fetch(query, total, 10, total).isEmpty());
    QCOMPARE(idsOf(repo.fetch(query, total - 3, 10, total)), all.mid(total - 3));
    QCOMPARE(idsOf(repo.fetch(query, total - 3, 10)), all.mid(total - 3));
    QVERIFY(repo.fetch(query, -1, 10).isEmpty());
}

void tst_FeedbackTable::invisibleRows()
{
    FeedbackQueryRepository repo(m_project->document());
    for (Id journeyId : {NoId, m_j1}) {
        FeedbackQuery query;
        query.journeyId = journeyId;
        query.text = QStringLiteral("100%");
        const QList<Id> ids = idsOf(fetchAll(repo, query, 50));
        const QSet<Id> shown(ids.begin(), ids.end());
        QVERIFY(!shown.isEmpty());
        for (Id id : std::as_const(m_invisible))
            QVERIFY2(!shown.contains(id), qPrintable(QString::number(id)));
    }
    RawSql sql(m_project->document().handle());
    const qint64 stored = sql.value("SELECT count(*) FROM feedback");
    FeedbackQuery everything;
    QCOMPARE(repo.count(everything) + m_invisible.size(), stored);
}

void tst_FeedbackTable::plansUseIndexes()
{
    FeedbackQueryRepository repo(m_project->document());
    FeedbackQuery query;
    query.journeyId = m_j1;
    // The default view: counted in the index alone; newest first is the table's own order.
    QString plan = planText(repo.countPlan(query));
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX feedback_journey")), qPrintable(plan));
    plan = planText(repo.fetchPlan(query, 0, 256));
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("INDEX")), qPrintable(plan));
    // Sorted by date: the sort reads the index alone, never the table.
    query.sortColumn = FeedbackQuery::Column::Date;
    plan = planText(repo.fetchPlan(query, 0, 256));
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX feedback_journey")), qPrintable(plan));
    query.metric = Metric::Nps;
    query.from = QDate(2024, 1, 1);
    plan = planText(repo.countPlan(query));
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX feedback_journey")), qPrintable(plan));
    // A few cards: the journey's covering index (files have no separate card index).
    FeedbackQuery cards;
    cards.journeyId = m_j1;
    cards.cardIds = touchpoints(m_j1).mid(0, 2);
    plan = planText(repo.countPlan(cards));
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX feedback_journey")), qPrintable(plan));
    // Text: one pass over the table, never a lookup per row through an index.
    FeedbackQuery text;
    text.journeyId = m_j1;
    text.text = QStringLiteral("quick");
    for (const QStringList &lines : {repo.countPlan(text), repo.fetchPlan(text, 0, 256)}) {
        plan = planText(lines);
        QVERIFY2(plan.contains(QLatin1String("SCAN f")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("INDEX feedback_")), qPrintable(plan));
    }
    // Id order is the table's order: no sorting.
    FeedbackQuery byId;
    byId.journeyId = m_j1;
    byId.sortColumn = FeedbackQuery::Column::Id;
    plan = planText(repo.fetchPlan(byId, 0, 256));
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
}

void tst_FeedbackTable::modelIsLazy()
{
    FeedbackTableModel model(*m_project);
    FeedbackQuery query;
    query.journeyId = m_j1;
    model.setQuery(query);
    FeedbackQueryRepository repo(m_project->document());
    QCOMPARE(qint64(model.rowCount()), repo.count(query));
    QCOMPARE(model.cachedPageCount(), 0);
    const int last = model.rowCount() - 1;
    QVERIFY(model.index(last, 0).data(FeedbackTableModel::IdRole).toLongLong() != NoId);
    QCOMPARE(model.cachedPageCount(), 1);
    QCOMPARE(model.pageFetchCount(), 1);
    model.index(last - 1, 3).data();
    QCOMPARE(model.pageFetchCount(), 1); // same page
    for (int row = 0; row < model.rowCount(); row += FeedbackTableModel::PageSize / 2)
        model.index(row, 0).data();
    // Each page read once: the last one first, then the others in turn.
    const int pages
        = (model.rowCount() + FeedbackTableModel::PageSize - 1) / FeedbackTableModel::PageSize;
    QVERIFY(pages > 1 && pages <= FeedbackTableModel::MaxCachedPages);
    QCOMPARE(model.cachedPageCount(), pages);
    QCOMPARE(model.pageFetchCount(), pages);
}

void tst_FeedbackTable::modelShowsRows()
{
    FeedbackTableModel model(*m_project);
    FeedbackQuery query;
    query.journeyId = m_j1;
    query.sortColumn = FeedbackQuery::Column::Score;
    query.order = Qt::AscendingOrder;
    model.setQuery(query);
    FeedbackQueryRepository repo(m_project->document());
    const QList<Feedback> all = repo.fetch(query, 0, model.rowCount());
    QCOMPARE(all.size(), model.rowCount());
    // Read out of order, across pages and cache evictions.
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.append(r);
    std::reverse(rows.begin(), rows.end());
    std::rotate(rows.begin(), rows.begin() + rows.size() / 3, rows.end());
    for (int r : std::as_const(rows)) {
        const Feedback f = model.response(r);
        QCOMPARE(f, all.at(r));
        QCOMPARE(model.index(r, 0).data(FeedbackTableModel::IdRole).toLongLong(), f.id);
    }
    // What the cells say.
    const int row = int(std::find_if(all.begin(), all.end(),
                                     [this](const Feedback &f) {
                                         return f.score && f.date.isValid()
                                                && m_project->hasCard(f.cardId)
                                                && f.channel != Channel::None;
                                     })
                        - all.begin());
    QVERIFY(row < all.size());
    const Feedback &f = all.at(row);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    const Card card = m_project->card(f.cardId);
    QCOMPARE(cell(FeedbackTableModel::TouchpointColumn).toString(), card.title);
    QCOMPARE(cell(FeedbackTableModel::StageColumn).toString(), m_project->stage(card.stageId).name);
    QCOMPARE(cell(FeedbackTableModel::ChannelColumn).toString(), enumLabel(f.channel));
    QCOMPARE(cell(FeedbackTableModel::MetricColumn).toString(), enumLabel(f.metric));
    QCOMPARE(cell(FeedbackTableModel::ScoreColumn, Qt::EditRole).toDouble(), *f.score);
    QCOMPARE(cell(FeedbackTableModel::DateColumn, Qt::EditRole).toDate(), f.date);
    QCOMPARE(cell(FeedbackTableModel::TouchpointColumn, Qt::EditRole).toLongLong(), f.cardId);
    QCOMPARE(cell(FeedbackTableModel::CommentColumn).toString(), f.comment);
    QCOMPARE(cell(FeedbackTableModel::RespondentColumn).toString(), f.respondent);
    QCOMPARE(cell(FeedbackTableModel::SourceColumn).toString(), enumLabel(f.source));
    QVERIFY(model.flags(model.index(row, FeedbackTableModel::ScoreColumn)) & Qt::ItemIsEditable);
    QVERIFY(
        !(model.flags(model.index(row, FeedbackTableModel::MetricColumn)) & Qt::ItemIsEditable));
    // A response whose card is gone says so.
    const int orphan = int(
        std::find_if(all.begin(), all.end(), [](const Feedback &r) { return r.cardId == 999999; })
        - all.begin());
    QVERIFY(orphan < all.size());
    QVERIFY(!model.index(orphan, FeedbackTableModel::TouchpointColumn).data().toString().isEmpty());
    QVERIFY(model.index(orphan, FeedbackTableModel::StageColumn).data().toString().isEmpty());
    // Sorting through the model re-queries.
    model.sort(FeedbackTableModel::RespondentColumn, Qt::DescendingOrder);
    QCOMPARE(model.query().sortColumn, FeedbackQuery::Column::Respondent);
    QVERIFY(model.response(0).respondent >= model.response(1).respondent);
}

void tst_FeedbackTable::editRoundTrip()
{
    const Id id = rowWhere("journey_id = " + QByteArray::number(m_j1)
                           + " AND metric = 'nps' AND score = 3");
    QVERIFY(id != NoId);
    FeedbackTableModel model(*m_project);
    const int row = showResponse(model, m_j1, id);
    QVERIFY(row >= 0);
    FeedbackQueryRepository repo(m_project->document());
    const Feedback before = repo.responses({id}).value(0);
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::ScoreColumn), 9.0));
    QUndoStack *stack = m_project->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), EditFeedbackCommand::tr("Edit response"));
    QCOMPARE(model.index(row, FeedbackTableModel::ScoreColumn).data(Qt::EditRole).toDouble(), 9.0);
    RawSql sql(m_project->document().handle());
    const QByteArray scoreOf = "SELECT score FROM feedback WHERE id = " + QByteArray::number(id);
    QCOMPARE(sql.value(scoreOf), 9);

    QVERIFY(model.setData(model.index(row, FeedbackTableModel::DateColumn), QDate(2025, 2, 3)));
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::SegmentColumn),
                          QStringLiteral("  New   segment ")));
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::ChannelColumn),
                          QStringLiteral("email")));
    const Id otherCard = touchpoints(m_j1).last();
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::TouchpointColumn),
                          QVariant::fromValue<qint64>(otherCard)));
    QCOMPARE(stack->count(), 5);
    Feedback expected = before;
    expected.score = 9;
    expected.date = QDate(2025, 2, 3);
    expected.segment = QStringLiteral("New segment");
    expected.channel = Channel::Email;
    expected.cardId = otherCard;
    QCOMPARE(repo.responses({id}).value(0), expected);
    // The same value again is no command.
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::ScoreColumn), 9.0));
    QCOMPARE(stack->count(), 5);

    stack->setIndex(0);
    QCOMPARE(repo.responses({id}).value(0), before);
    stack->setIndex(5);
    QCOMPARE(repo.responses({id}).value(0), expected);
    stack->undo();
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(sql.value(scoreOf), 9);
    stack->undo();
    QCOMPARE(sql.value(scoreOf), 3);
    stack->redo();
    QCOMPARE(sql.value(scoreOf), 9);
}

void tst_FeedbackTable::editCommentRescoresSentiment()
{
    const Id id = rowWhere("journey_id = " + QByteArray::number(m_j1) + " AND comment <> ''");
    QVERIFY(id != NoId);
    FeedbackQueryRepository repo(m_project->document());
    const Feedback before = repo.responses({id}).value(0);
    FeedbackTableModel model(*m_project);
    const int row = showResponse(model, m_j1, id);
    QVERIFY(row >= 0);
    const QString comment = QStringLiteral("Absolutely wonderful service, I love it!");
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::CommentColumn), comment));
    Feedback after = repo.responses({id}).value(0);
    QCOMPARE(after.comment, comment);
    QVERIFY(after.sentiment);
    QCOMPARE(*after.sentiment, SentimentAnalyzer::instance().score(comment));
    QVERIFY(*after.sentiment > 0.5);
    QVERIFY(model.setData(model.index(row, FeedbackTableModel::CommentColumn), QString()));
    after = repo.responses({id}).value(0);
    QVERIFY(after.comment.isEmpty());
    QVERIFY(!after.sentiment);
    m_project->undoStack()->setIndex(0);
    QCOMPARE(repo.responses({id}).value(0), before);
}

void tst_FeedbackTable::editRefusesBadValues_data()
{
    QTest::addColumn<QByteArray>("where");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    const QByteArray nps = "metric = 'nps' AND score IS NOT NULL";
    QTest::newRow("above scale") << nps << int(FeedbackTableModel::ScoreColumn) << QVariant(11.0);
    QTest::newRow("below scale") << nps << int(FeedbackTableModel::ScoreColumn) << QVariant(-1);
    QTest::newRow("fraction above")
        << nps << int(FeedbackTableModel::ScoreColumn) << QVariant(10.5);
    QTest::newRow("not a number") << nps << int(FeedbackTableModel::ScoreColumn)
                                  << QVariant(QStringLiteral("seven"));
    QTest::newRow("nan") << nps << int(FeedbackTableModel::ScoreColumn) << QVariant(std::nan(""));
    QTest::newRow("csat 6") << QByteArray("metric = 'csat'") << int(FeedbackTableModel::ScoreColumn)
                            << QVariant(6);
    QTest::newRow("score without scale")
        << QByteArray("metric = 'none'") << int(FeedbackTableModel::ScoreColumn) << QVariant(3);
    QTest::newRow("invalid date") << nps << int(FeedbackTableModel::DateColumn)
                                  << QVariant(QDate());
    QTest::newRow("unknown channel")
        << nps << int(FeedbackTableModel::ChannelColumn) << QVariant(QStringLiteral("pigeon"));
    QTest::newRow("card of another journey")
        << nps << int(FeedbackTableModel::TouchpointColumn)
        << QVariant::fromValue<qint64>(touchpoints(m_j2).first());
    QTest::newRow("card that does not exist")
        << nps << int(FeedbackTableModel::TouchpointColumn) << QVariant::fromValue<qint64>(999999);
    QTest::newRow("metric is read-only")
        << nps << int(FeedbackTableModel::MetricColumn) << QVariant(QStringLiteral("csat"));
    QTest::newRow("sentiment is read-only")
        << nps << int(FeedbackTableModel::SentimentColumn) << QVariant(0.5);
}

void tst_FeedbackTable::editRefusesBadValues()
{
    QFETCH(QByteArray, where);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    const Id id = rowWhere("journey_id = " + QByteArray::number(m_j1) + " AND " + where);
    QVERIFY(id != NoId);
    FeedbackQueryRepository repo(m_project->document());
    const Feedback before = repo.responses({id}).value(0);
    FeedbackTableModel model(*m_project);
    const int row = showResponse(model, m_j1, id);
    QVERIFY(row >= 0);
    QVERIFY(!model.setData(model.index(row, column), value));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(repo.responses({id}).value(0), before);
}

void tst_FeedbackTable::removeRoundTrip()
{
    const QByteArray j1 = QByteArray::number(m_j1);
    QList<Id> ids = {rowWhere("journey_id = " + j1 + " AND date IS NULL AND card_id IS NULL"),
                     rowWhere("journey_id = " + j1 + " AND card_id = 999999"),
                     rowWhere("journey_id = " + j1 + " AND batch_id IS NOT NULL")};
    ids.removeAll(NoId);
    QVERIFY(ids.size() >= 2);
    FeedbackQueryRepository repo(m_project->document());
    const QList<Feedback> before = repo.responses(ids);
    QCOMPARE(before.size(), ids.size());
    RawSql sql(m_project->document().handle());
    const QByteArray countIds = "SELECT count(*) FROM feedback WHERE id IN (" + idList(ids) + ")";
    const qint64 total = sql.value("SELECT count(*) FROM feedback");

    QSignalSpy changed(m_project.get(), &Project::feedbackChanged);
    auto *remove = new RemoveFeedbackCommand(*m_project, ids);
    QCOMPARE(remove->text(),
             RemoveFeedbackCommand::tr("Delete %n response(s)", nullptr, int(ids.size())));
    QVERIFY(m_project->execute(remove));
    QCOMPARE(sql.value(countIds), 0);
    QCOMPARE(sql.value("SELECT count(*) FROM feedback"), total - ids.size());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Id>(), m_j1);

    QUndoStack *stack = m_project->undoStack();
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        QCOMPARE(repo.responses(ids), before); // same ids, same journey, same batch
        stack->redo();
        QCOMPARE(sql.value(countIds), 0);
    }
    stack->undo();
    QCOMPARE(sql.value("SELECT count(*) FROM feedback"), total);
}

void tst_FeedbackTable::addRoundTrip()
{
    Feedback f;
    f.journeyId = m_j1;
    f.cardId = touchpoints(m_j1).first();
    f.source = FeedbackSource::Interview;
    f.channel = Channel::Phone;
    f.segment = QStringLiteral("Walk-in");
    f.respondent = QStringLiteral("Interview 7");
    f.date = QDate(2025, 5, 6);
    f.metric = Metric::Csat;
    f.scaleMin = 1;
    f.scaleMax = 5;
    f.score = 4;
    f.comment = QStringLiteral("Helpful on the phone");
    f.sentiment = SentimentAnalyzer::instance().score(f.comment);
    auto *add = new AddFeedbackCommand(*m_project, f);
    QCOMPARE(add->text(), AddFeedbackCommand::tr("Add response"));
    QVERIFY(m_project->execute(add));
    const Id id = add->insertedId();
    QVERIFY(id != NoId);
    FeedbackQueryRepository repo(m_project->document());
    Feedback expected = f;
    expected.id = id;
    QCOMPARE(repo.responses({id}).value(0), expected);
    FeedbackQuery query;
    query.journeyId = m_j1;
    query.text = QStringLiteral("Interview 7");
    QCOMPARE(repo.count(query), 1);

    QUndoStack *stack = m_project->undoStack();
    stack->undo();
    QVERIFY(repo.responses({id}).isEmpty());
    QCOMPARE(repo.count(query), 0);
    stack->redo();
    QCOMPARE(repo.responses({id}).value(0), expected); // back under its id
    stack->undo();
    QVERIFY(repo.responses({id}).isEmpty());
}

void tst_FeedbackTable::modelFollowsCommands()
{
    FeedbackTableModel model(*m_project);
    FeedbackQuery query;
    query.journeyId = m_j1;
    query.metric = Metric::Ces;
    model.setQuery(query);
    const int before = model.rowCount();
    QVERIFY(before > 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QList<Id> ids = {model.responseId(0), model.responseId(1), model.responseId(2)};
    QVERIFY(m_project->execute(new RemoveFeedbackCommand(*m_project, ids)));
    // Debounced: one refresh for the burst.
    QVERIFY(model.isRefreshPending());
    QTRY_COMPARE(model.rowCount(), before - 3);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.totalCount(), qint64(before - 3));
    m_project->undoStack()->undo();
    QTRY_COMPARE(model.rowCount(), before);
    QCOMPARE(model.responseId(0), ids.at(0));
    // An edit keeps the row count: no reset, the rows are re-read.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        model.setData(model.index(0, FeedbackTableModel::CommentColumn), QStringLiteral("Edited")));
    QTRY_VERIFY(!model.isRefreshPending());
    QCOMPARE(resets.size(), 2);
    QVERIFY(dataChanged.size() >= 2);
    QCOMPARE(model.index(0, FeedbackTableModel::CommentColumn).data().toString(),
             QStringLiteral("Edited"));
    // Removing a journey hides its rows at once; undoing brings them back.
    m_project->undoStack()->clear();
    FeedbackTableModel second(*m_project);
    FeedbackQuery secondQuery;
    secondQuery.journeyId = m_j2;
    second.setQuery(secondQuery);
    const int rows = second.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(
        m_project->execute(new RemoveCommand(*m_project, RemoveCommand::Kind::Journey, {m_j2})));
    QTRY_COMPARE(second.rowCount(), 0);
    m_project->undoStack()->undo();
    QTRY_COMPARE(second.rowCount(), rows);
}

void tst_FeedbackTable::segments()
{
    FeedbackQueryRepository repo(m_project->document());
    RawSql sql(m_project->document().handle());
    const QStringList segments = repo.segments(m_j1);
    QVERIFY(segments.contains(QStringLiteral("Commuter")));
    QVERIFY(segments.contains(QStringLiteral("commuter")));
    QVERIFY(segments.contains(QString()));
    QCOMPARE(qint64(segments.size()),
             sql.value("SELECT count(DISTINCT segment) FROM feedback WHERE journey_id = "
                       + QByteArray::number(m_j1)));
    QStringList sorted = segments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString &a, const QString &b) { return nocase(a) < nocase(b); });
    QCOMPARE(segments, sorted);
}

void tst_FeedbackTable::millionRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MapData map;
    QString error;
    QVERIFY2(Templates::load(Templates::sampleName(), &map, &error), qPrintable(error));
    DocumentError documentError;
    std::unique_ptr<Project> project
        = Project::create(dir.filePath(QStringLiteral("million.waymark")), map, &documentError);
    QVERIFY2(project, qPrintable(documentError.message));
    const Id journeyId = project->journeys().first().id;
    QList<Id> cards;
    for (const Card &card : project->cards(journeyId))
        cards.append(card.id);
    QVERIFY(!cards.isEmpty());

    constexpr qint64 Rows = 1000000;
    const QByteArrayList segments = {"Commuter", "Family rider", "Sport", "Senior", ""};
    QElapsedTimer timer;
    timer.start();
    {
        sqlite3 *db = project->document().handle();
        RawSql sql(db);
        // Filling is faster with the indexes built afterwards (whatever they are today) and a
        // big page cache; the measurements below run with SQLite's default cache again.
        QVERIFY(sql.exec("PRAGMA cache_size = -262144"));
        QVERIFY(sql.exec("BEGIN"));
        const QByteArrayList indexes = sql.texts("SELECT sql FROM sqlite_master WHERE type = "
                                                 "'index' AND tbl_name = 'feedback' AND sql "
                                                 "IS NOT NULL");
        QVERIFY(!indexes.isEmpty());
        for (const QByteArray &name : sql.texts("SELECT name FROM sqlite_master WHERE type = "
                                                "'index' AND tbl_name = 'feedback' AND sql "
                                                "IS NOT NULL"))
            QVERIFY(sql.exec("DROP INDEX " + name));
        QVERIFY(insertRows(db, [&](qint64 i, Row *row) {
            if (i >= Rows + 20000)
                return false;
            *row = Row();
            // The last 20,000 rows belong to an undone import.
            row->journeyId = i < Rows ? journeyId : -journeyId;
            row->cardId = i % 9 == 0 ? 0 : cards.at(i % cards.size());
            row->segment = segments.at(i % segments.size());
            row->date = QDate(2022, 1, 1).addDays(i * 7919 % 1100).toString(Qt::ISODate).toUtf8();
            const MetricShape &shape = metricShapes[i % 4];
            row->metric = shape.key;
            row->scaleMin = shape.min;
            row->scaleMax = shape.max;
            row->score = shape.min + double(i % (shape.max - shape.min + 1));
            row->comment
                = i % 3 ? QByteArray("Comment number ") + QByteArray::number(i) : QByteArray();
            row->respondent = QByteArray("R") + QByteArray::number(i);
            row->channel = "web";
            return true;
        }));
        for (const QByteArray &index : indexes)
            QVERIFY(sql.exec(index));
        QVERIFY(sql.exec("COMMIT"));
        QVERIFY(sql.exec("PRAGMA cache_size = -2000"));
    }
    qInfo("inserted %lld rows in %lld ms", Rows + 20000, timer.elapsed());

    FeedbackQueryRepository repo(project->document());
    FeedbackQuery query;
    query.journeyId = journeyId;

    timer.restart();
    const qint64 total = repo.count(query);
    qInfo("count() of %lld responses: %lld ms", total, timer.elapsed());
    QCOMPARE(total, Rows);

    RawSql sql(project->document().handle());
    const QByteArray journey = QByteArray::number(journeyId);
    struct Order
    {
        FeedbackQuery::Column column;
        Qt::SortOrder order;
        const char *name;
        QByteArray sql;
    };
    const Order orders[] = {
        {FeedbackQuery::Column::Id, Qt::DescendingOrder, "newest first (default)", "id DESC"},
        {FeedbackQuery::Column::Date, Qt::DescendingOrder, "by date", "date DESC, id DESC"},
        {FeedbackQuery::Column::Score, Qt::AscendingOrder, "by score", "score, id"},
    };
    for (const Order &order : orders) {
        FeedbackQuery sorted = query;
        sorted.sortColumn = order.column;
        sorted.order = order.order;
        for (qint64 offset : {qint64(0), qint64(500000), qint64(900000), Rows - 100}) {
            timer.restart();
            const QList<Feedback> page = repo.fetch(sorted, offset, 256, total);
            qInfo("fetch(offset %lld, 256) %s: %lld ms", offset, order.name, timer.elapsed());
            const QList<Id> expected
                = sql.column("SELECT id FROM feedback WHERE journey_id = " + journey + " ORDER BY "
                             + order.sql + " LIMIT 256 OFFSET " + QByteArray::number(offset));
            QCOMPARE(idsOf(page), expected);
        }
    }

    FeedbackQuery filtered = query;
    filtered.segment = QStringLiteral("Sport");
    filtered.text = QStringLiteral("number 12");
    timer.restart();
    const qint64 filteredCount = repo.count(filtered);
    qInfo("count() with segment and text filters: %lld ms", timer.elapsed());
    QCOMPARE(filteredCount,
             sql.value("SELECT count(*) FROM feedback WHERE journey_id = "
                       + QByteArray::number(journeyId)
                       + " AND segment = 'Sport' AND instr(comment, 'number 12') > 0"));

    timer.restart();
    FeedbackTableModel model(*project);
    model.setQuery(query);
    const QVariant first = model.index(0, 0).data(FeedbackTableModel::IdRole);
    qInfo("model: count and first page: %lld ms", timer.elapsed());
    timer.restart();
    const QVariant deep = model.index(900000, 0).data(FeedbackTableModel::IdRole);
    qInfo("model: row 900000: %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), int(Rows));
    QCOMPARE(first.toLongLong(),
             sql.value("SELECT max(id) FROM feedback WHERE journey_id = " + journey));
    QCOMPARE(deep.toLongLong(), sql.value("SELECT id FROM feedback WHERE journey_id = " + journey
                                          + " ORDER BY id DESC LIMIT 1 OFFSET 900000"));
}

QTEST_GUILESS_MAIN(tst_FeedbackTable)

#include "tst_feedbacktable.moc"
