#include "schema.h"

#include <QHash>

namespace Waymark::Schema {

namespace {

// The schema of version 1. Ids use AUTOINCREMENT so that they are never reused: an undo
// restores a deleted object under its old id, and feedback, goals, actions and comments
// that refer to it by id (soft references, without foreign keys) reattach. Replies refer to
// their parent comment the same way, so that undo can restore a thread in any order. Orphaned soft
// references are cleared when the document is closed (see Document::purgeOrphans).
const char *const v1[] = {
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value
    ) WITHOUT ROWID)",
    R"(CREATE TABLE personas (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        goals TEXT NOT NULL DEFAULT '',
        frustrations TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL DEFAULT '',
        picture BLOB,
        position INTEGER NOT NULL DEFAULT 0,
        segments TEXT NOT NULL DEFAULT '[]'
    ))",
    R"(CREATE TABLE journeys (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        persona_id INTEGER REFERENCES personas(id) ON DELETE SET NULL,
        state TEXT NOT NULL DEFAULT 'current' CHECK (state IN ('current', 'future')),
        position INTEGER NOT NULL DEFAULT 0,
        source_journey_id INTEGER
    ))",
    R"(CREATE TABLE stages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        hidden INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX stages_journey ON stages(journey_id, position)",
    R"(CREATE TABLE lanes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'custom',
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        visible INTEGER NOT NULL DEFAULT 1
    ))",
    "CREATE INDEX lanes_journey ON lanes(journey_id, position)",
    R"(CREATE TABLE cards (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        lane_id INTEGER NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
        span INTEGER NOT NULL DEFAULT 1 CHECK (span >= 1),
        position INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT 'note',
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        emotion INTEGER CHECK (emotion BETWEEN -2 AND 2),
        evidence TEXT NOT NULL DEFAULT 'assumed',
        color TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX cards_journey ON cards(journey_id)",
    "CREATE INDEX cards_cell ON cards(stage_id, lane_id, position)",
    "CREATE INDEX cards_lane ON cards(lane_id)",
    R"(CREATE TABLE connections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        from_card INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        to_card INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'flow',
        label TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX connections_journey ON connections(journey_id)",
    "CREATE INDEX connections_from ON connections(from_card)",
    "CREATE INDEX connections_to ON connections(to_card)",
    R"(CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER,
        file_name TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL DEFAULT '',
        mapping TEXT NOT NULL DEFAULT '',
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_imported INTEGER NOT NULL DEFAULT 0,
        rows_skipped INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0
    ))",
    R"(CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL,
        card_id INTEGER,
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT 'survey',
        channel TEXT NOT NULL DEFAULT '',
        segment TEXT NOT NULL DEFAULT '',
        respondent TEXT NOT NULL DEFAULT '',
        date TEXT,
        metric TEXT NOT NULL DEFAULT 'none',
        score REAL,
        scale_min INTEGER NOT NULL DEFAULT 0,
        scale_max INTEGER NOT NULL DEFAULT 0,
        comment TEXT NOT NULL DEFAULT '',
        sentiment REAL
    ))",
    // Covers every column the metrics engine reads, in the order its per-card aggregate
    // groups by, so that scores over a million responses come from the index alone without
    // a sort (see MetricsRepository).
    "CREATE INDEX feedback_journey ON feedback(journey_id, metric, card_id, score, scale_min, "
    "scale_max, sentiment, date, channel, segment)",
    R"(CREATE TABLE goals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL,
        scope TEXT NOT NULL DEFAULT 'journey',
        target_id INTEGER,
        metric TEXT NOT NULL DEFAULT 'nps',
        target REAL NOT NULL DEFAULT 0,
        due TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        operator TEXT NOT NULL DEFAULT 'at_least'
    ))",
    R"(CREATE TABLE actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'idea',
        due TEXT,
        impact TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE action_links (
        action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        PRIMARY KEY (action_id, target_kind, target_id)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        journey_id INTEGER NOT NULL,
        target_kind TEXT NOT NULL DEFAULT 'journey',
        target_id INTEGER,
        parent_id INTEGER,
        author TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT '',
        resolved INTEGER NOT NULL DEFAULT 0,
        resolved_by TEXT NOT NULL DEFAULT '',
        resolved_at TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX comments_target ON comments(target_kind, target_id)",
    R"(CREATE TABLE signoffs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL DEFAULT '',
        signed_at TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL DEFAULT ''
    ))",
};

const QHash<QString, QStringList> &columnsByTable()
{
    static const QHash<QString, QStringList> columns = {
        {QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("personas"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
          QStringLiteral("goals"), QStringLiteral("frustrations"), QStringLiteral("quote"),
          QStringLiteral("color"), QStringLiteral("picture"), QStringLiteral("position"),
          QStringLiteral("segments")}},
        {QStringLiteral("journeys"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
          QStringLiteral("persona_id"), QStringLiteral("state"), QStringLiteral("position"),
          QStringLiteral("source_journey_id")}},
        {QStringLiteral("stages"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("name"),
          QStringLiteral("description"), QStringLiteral("color"), QStringLiteral("position"),
          QStringLiteral("hidden")}},
        {QStringLiteral("lanes"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("kind"),
          QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("visible")}},
        {QStringLiteral("cards"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("stage_id"),
          QStringLiteral("lane_id"), QStringLiteral("span"), QStringLiteral("position"),
          QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body"),
          QStringLiteral("channel"), QStringLiteral("owner"), QStringLiteral("emotion"),
          QStringLiteral("evidence"), QStringLiteral("color")}},
        {QStringLiteral("connections"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("from_card"),
          QStringLiteral("to_card"), QStringLiteral("kind"), QStringLiteral("label")}},
        {QStringLiteral("import_batches"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("file_name"),
          QStringLiteral("sha256"), QStringLiteral("imported_at"), QStringLiteral("mapping"),
          QStringLiteral("rows_read"), QStringLiteral("rows_imported"),
          QStringLiteral("rows_skipped"), QStringLiteral("rows_rejected")}},
        {QStringLiteral("feedback"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("card_id"),
          QStringLiteral("batch_id"), QStringLiteral("source"), QStringLiteral("channel"),
          QStringLiteral("segment"), QStringLiteral("respondent"), QStringLiteral("date"),
          QStringLiteral("metric"), QStringLiteral("score"), QStringLiteral("scale_min"),
          QStringLiteral("scale_max"), QStringLiteral("comment"), QStringLiteral("sentiment")}},
        {QStringLiteral("goals"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("scope"),
          QStringLiteral("target_id"), QStringLiteral("metric"), QStringLiteral("target"),
          QStringLiteral("due"), QStringLiteral("title"), QStringLiteral("operator")}},
        {QStringLiteral("actions"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("title"),
          QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("status"),
          QStringLiteral("due"), QStringLiteral("impact"), QStringLiteral("position"),
          QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("action_links"),
         {QStringLiteral("action_id"), QStringLiteral("target_kind"), QStringLiteral("target_id")}},
        {QStringLiteral("comments"),
         {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("target_kind"),
          QStringLiteral("target_id"), QStringLiteral("parent_id"), QStringLiteral("author"),
          QStringLiteral("text"), QStringLiteral("created_at"), QStringLiteral("resolved"),
          QStringLiteral("resolved_by"), QStringLiteral("resolved_at")}},
        {QStringLiteral("signoffs"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("signed_at"),
          QStringLiteral("note"), QStringLiteral("fingerprint")}},
    };
    return columns;
}

} // namespace

QStringList createStatements()
{
    QStringList statements;
    for (const char *statement : v1)
        statements.append(QString::fromUtf8(statement));
    return statements;
}

QStringList tableNames()
{
    QStringList names = columnsByTable().keys();
    names.sort();
    return names;
}

QStringList requiredColumns(const QString &table)
{
    return columnsByTable().value(table);
}

} // namespace Waymark::Schema
