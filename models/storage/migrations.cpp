#include "migrations.h"

#include "schema.h"

namespace Waymark::Migrations {

namespace {

// Version 0 was the preview format (journeys, stages, lanes and cards only, with plain
// integer ids). Version 1 rebuilds those tables with AUTOINCREMENT ids and the columns of
// the full domain, then adds the tables the preview did not have.
QStringList from0To1()
{
    QStringList steps = {
        QStringLiteral("ALTER TABLE journeys RENAME TO v0_journeys"),
        QStringLiteral("ALTER TABLE stages RENAME TO v0_stages"),
        QStringLiteral("ALTER TABLE lanes RENAME TO v0_lanes"),
        QStringLiteral("ALTER TABLE cards RENAME TO v0_cards"),
        QStringLiteral("ALTER TABLE settings RENAME TO v0_settings"),
    };
    steps += Schema::createStatements();
    steps += {
        QStringLiteral("INSERT INTO settings (key, value) SELECT key, value FROM v0_settings"),
        QStringLiteral("INSERT INTO journeys (id, name, position) "
                       "SELECT id, name, position FROM v0_journeys"),
        QStringLiteral("INSERT INTO stages (id, journey_id, name, position) "
                       "SELECT id, journey_id, name, position FROM v0_stages "
                       "WHERE journey_id IN (SELECT id FROM journeys)"),
        QStringLiteral("INSERT INTO lanes (id, journey_id, kind, name, position) "
                       "SELECT id, journey_id, kind, name, position FROM v0_lanes "
                       "WHERE journey_id IN (SELECT id FROM journeys)"),
        QStringLiteral("INSERT INTO cards (id, journey_id, stage_id, lane_id, position, kind, "
                       "title, emotion) "
                       "SELECT c.id, s.journey_id, c.stage_id, c.lane_id, c.position, c.kind, "
                       "c.title, CASE WHEN c.emotion BETWEEN -2 AND 2 THEN c.emotion END "
                       "FROM v0_cards c JOIN stages s ON s.id = c.stage_id "
                       "JOIN lanes l ON l.id = c.lane_id AND l.journey_id = s.journey_id"),
        QStringLiteral("DROP TABLE v0_cards"),
        QStringLiteral("DROP TABLE v0_lanes"),
        QStringLiteral("DROP TABLE v0_stages"),
        QStringLiteral("DROP TABLE v0_journeys"),
        QStringLiteral("DROP TABLE v0_settings"),
    };
    return steps;
}

} // namespace

QStringList stepFrom(int from)
{
    switch (from) {
    case 0:
        return from0To1();
    default:
        return {};
    }
}

QStringList requiredTables(int version)
{
    if (version == 0) {
        return {QStringLiteral("journeys"), QStringLiteral("stages"), QStringLiteral("lanes"),
                QStringLiteral("cards"), QStringLiteral("settings")};
    }
    return Schema::tableNames();
}

} // namespace Waymark::Migrations
