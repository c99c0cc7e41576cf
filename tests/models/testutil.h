#pragma once

// Helpers shared by the headless model tests: raw SQLite access to project files (so that
// tests can look at a file without going through the code under test), fixtures, and map
// comparisons that say where two maps differ.

#include "domain/enums.h"
#include "io/jsonmapwriter.h"
#include "io/mapdata.h"
#include "io/templates.h"
#include "project/project.h"
#include "storage/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

// Runs a helper that may fail a QtTest check and returns from the calling test if it did.
#define WM_CHECK(call)                                                                             \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace TestUtil {

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every entry of a folder, hidden ones included: a refused file must leave no lock or
// journal behind.
inline QStringList folderEntries(const QString &dir)
{
    QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                              | QDir::NoDotAndDotDot);
    entries.sort();
    return entries;
}

// Raw sqlite3 access, bypassing Document and its hardening.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
    {
        const int flags
            = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    bool exec(const QByteArray &sql)
    {
        if (!m_db)
            return false;
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            m_error = QString::fromUtf8(message ? message : "?");
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    // Every row of a query, each as a list of column values (null as an invalid QVariant).
    QList<QVariantList> rows(const QByteArray &sql)
    {
        QList<QVariantList> result;
        if (!m_db)
            return result;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return result;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QVariantList row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                switch (sqlite3_column_type(stmt, i)) {
                case SQLITE_NULL:
                    row.append(QVariant());
                    break;
                case SQLITE_INTEGER:
                    row.append(qint64(sqlite3_column_int64(stmt, i)));
                    break;
                case SQLITE_FLOAT:
                    row.append(sqlite3_column_double(stmt, i));
                    break;
                default:
                    row.append(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                        sqlite3_column_bytes(stmt, i)));
                }
            }
            result.append(row);
        }
        sqlite3_finalize(stmt);
        return result;
    }

    QVariant value(const QByteArray &sql)
    {
        const QList<QVariantList> r = rows(sql);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

inline QVariant sqlValue(const QString &path, const QByteArray &sql)
{
    RawDb db(path, true);
    return db.value(sql);
}

inline bool sqlExec(const QString &path, const QByteArray &sql, QString *error = nullptr)
{
    RawDb db(path);
    const bool ok = db.exec(sql);
    if (!ok && error)
        *error = db.error();
    return ok;
}

inline QString quickCheck(const QString &path)
{
    return sqlValue(path, "PRAGMA quick_check").toString();
}

inline QColor color(const char *hex)
{
    return QColor::fromString(QLatin1String(hex));
}

// --- Maps ------------------------------------------------------------------------------

inline Waymark::MapData templateMap(const QString &name)
{
    Waymark::MapData map;
    QString error;
    if (!Waymark::Templates::load(name, &map, &error))
        qWarning("template %s: %s", qPrintable(name), qPrintable(error));
    return map;
}

// The sample's current-state journey alone: without its future state, personas, goals,
// plan, comments and sign-offs (fixtures of tests that predate them).
inline Waymark::MapData sampleJourneyOnly()
{
    Waymark::MapData map = templateMap(Waymark::Templates::sampleName());
    if (map.journeys.isEmpty())
        return map;
    map.journeys = {map.journeys.first()};
    map.journeys[0].journey.personaId = Waymark::NoId;
    map.personas.clear();
    map.goals.clear();
    map.actions.clear();
    map.comments.clear();
    map.signoffs.clear();
    return map;
}

// Text that has broken naive writers and readers before.
inline QStringList awkwardTexts()
{
    QString longText;
    for (int i = 0; longText.size() < 10000; ++i)
        longText += QStringLiteral("Lorem ipsum %1 ").arg(i);
    longText.truncate(10000);
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    return {
        QStringLiteral("Emoji 🚲🔥 👩‍👩‍👧 ✔︎"),
        QStringLiteral("مرحبا بالعالم — עברית \u200F(rtl)\u202E reversed\u202C"),
        longText,
        QStringLiteral("\"double\" and 'single' “curly” quotes"),
        QStringLiteral("back\\slash C:\\path\\n \\u0041 \\"),
        controls,
        QStringLiteral("<b>x</b> &amp; <script>alert(1)</script>"),
        QStringLiteral("Ünïcödé ßø ñ 中文 日本語 한국어"),
        QString(),
        QStringLiteral("   leading and trailing spaces   "),
        QStringLiteral("nul") + QChar(0) + QStringLiteral("inside"),
    };
}

// A deterministic map with two journeys, a persona, settings, `cardCount` cards spread
// over the cells and connections between them; `awkward` puts difficult text everywhere.
// Cards come in display order (stage, lane, position) and connections by id, as
// Project::toMapData() returns them.
inline Waymark::MapData generatedMap(int cardCount, bool awkward)
{
    using namespace Waymark;
    const QStringList texts = awkward ? awkwardTexts() : QStringList{QStringLiteral("Text")};
    auto textFor = [&](int i) {
        return texts.at(i % texts.size());
    };

    MapData map;
    map.title = awkward ? QStringLiteral("Map “ش” 🚲 <i>") : QStringLiteral("Generated");
    map.settings.insert(QStringLiteral("author"), awkward ? textFor(1) : QStringLiteral("A"));
    map.settings.insert(QStringLiteral("client"), QStringLiteral("Client \"Q\""));

    Persona persona;
    persona.id = 7;
    persona.name = awkward ? textFor(0) : QStringLiteral("Persona");
    persona.description = textFor(3);
    persona.goals = textFor(4);
    persona.frustrations = textFor(5);
    persona.quote = textFor(6);
    persona.color = color("#336699");
    static const char picture[] = "\x89PNG\r\n\x1a\n\0\0\0 not really an image";
    persona.picture = QByteArray(picture, sizeof picture - 1);
    persona.position = 0;
    map.personas.append(persona);
    Persona second;
    second.id = 9;
    second.name = QStringLiteral("Second persona");
    second.position = 1;
    map.personas.append(second);

    struct JourneyShape
    {
        Id id;
        int stages;
        int lanes;
    };
    const JourneyShape shapes[] = {{3, 6, 9}, {5, 3, 2}};
    Id nextStage = 11;
    Id nextLane = 21;
    Id nextConnection = 4;
    int cardIndex = 0;
    for (int ji = 0; ji < 2; ++ji) {
        const JourneyShape &shape = shapes[ji];
        MapJourney mj;
        mj.journey.id = shape.id;
        mj.journey.name
            = ji == 0 ? textFor(7) + QStringLiteral(" journey") : QStringLiteral("Future");
        if (mj.journey.name.isEmpty())
            mj.journey.name = QStringLiteral("Journey");
        mj.journey.description = textFor(2);
        mj.journey.personaId = ji == 0 ? persona.id : NoId;
        mj.journey.state = ji == 0 ? JourneyState::Current : JourneyState::Future;
        mj.journey.sourceJourneyId = ji == 0 ? NoId : shapes[0].id;
        mj.journey.position = ji;
        const QList<LaneKind> laneKinds = enumValues<LaneKind>();
        for (int s = 0; s < shape.stages; ++s) {
            Stage stage;
            stage.id = nextStage;
            nextStage += 3;
            stage.journeyId = shape.id;
            stage.name = QStringLiteral("Stage %1 %2").arg(s).arg(awkward ? textFor(s) : QString());
            stage.description = textFor(s + 1);
            stage.color = s % 2 ? color("#a0b1c2") : QColor();
            stage.position = s;
            stage.hidden = s == 4;
            mj.stages.append(stage);
        }
        for (int l = 0; l < shape.lanes; ++l) {
            Lane lane;
            lane.id = nextLane++;
            lane.journeyId = shape.id;
            lane.kind = laneKinds.at(l % laneKinds.size());
            lane.name = QStringLiteral("Lane %1").arg(l);
            lane.position = l;
            lane.visible = l != 3;
            mj.lanes.append(lane);
        }
        // Journey 0 gets 90 % of the cards.
        const int count = ji == 0 ? cardCount - cardCount / 10 : cardCount / 10;
        QList<QList<Card>> cells(shape.stages * shape.lanes);
        for (int i = 0; i < count; ++i, ++cardIndex) {
            Card card;
            card.id = 1000 + Id(cardIndex) * 7 % 100003;
            card.journeyId = shape.id;
            const int cell = (i * 37 + i / 5) % int(cells.size());
            card.stageId = mj.stages.at(cell / shape.lanes).id;
            card.laneId = mj.lanes.at(cell % shape.lanes).id;
            card.span = 1 + cardIndex % 3;
            card.kind = enumValues<CardKind>().at(cardIndex % 8);
            card.title = awkward && cardIndex % 3 == 0 ? textFor(cardIndex / 3)
                                                       : QStringLiteral("Card %1").arg(cardIndex);
            card.body = textFor(cardIndex + 5);
            card.channel = enumValues<Channel>().at(cardIndex % 10);
            card.owner = cardIndex % 4 ? QStringLiteral("Team %1").arg(cardIndex % 4) : QString();
            if (cardIndex % 6 != 5)
                card.emotion = cardIndex % 5 - 2;
            card.evidence = enumValues<Evidence>().at(cardIndex % 3);
            card.color = cardIndex % 4 == 1 ? color("#c0ffee") : QColor();
            card.position = int(cells[cell].size());
            cells[cell].append(card);
        }
        // Display order: stage by stage, lane by lane.
        for (const QList<Card> &cell : std::as_const(cells))
            mj.cards += cell;
        for (int i = 0; i + 1 < mj.cards.size(); i += 5) {
            Connection c;
            c.id = nextConnection;
            nextConnection += 2;
            c.journeyId = shape.id;
            c.fromCardId = mj.cards.at(i).id;
            c.toCardId = mj.cards.at((i * 13 + 1) % mj.cards.size()).id;
            c.kind = enumValues<ConnectionKind>().at(i % 3);
            c.label = awkward ? textFor(i) : QString();
            mj.connections.append(c);
        }
        map.journeys.append(mj);
    }
    return map;
}

// --- Comparisons -------------------------------------------------------------------------

inline QString describe(const Waymark::Journey &j)
{
    return QStringLiteral("journey id=%1 name=%2 persona=%3 state=%4 position=%5 source=%6")
        .arg(j.id)
        .arg(j.name.left(40))
        .arg(j.personaId)
        .arg(Waymark::enumKey(j.state))
        .arg(j.position)
        .arg(j.sourceJourneyId);
}

inline QString describe(const Waymark::Stage &s)
{
    return QStringLiteral("stage id=%1 journey=%2 name=%3 color=%4 position=%5 hidden=%6")
        .arg(s.id)
        .arg(s.journeyId)
        .arg(s.name.left(40), s.color.name())
        .arg(s.position)
        .arg(s.hidden);
}

inline QString describe(const Waymark::Lane &l)
{
    return QStringLiteral("lane id=%1 journey=%2 kind=%3 name=%4 position=%5 visible=%6")
        .arg(l.id)
        .arg(l.journeyId)
        .arg(Waymark::enumKey(l.kind), l.name.left(40))
        .arg(l.position)
        .arg(l.visible);
}

inline QString describe(const Waymark::Card &c)
{
    return QStringLiteral("card id=%1 journey=%2 stage=%3 lane=%4 span=%5 position=%6 kind=%7 "
                          "title=%8 emotion=%9 color=%10")
        .arg(c.id)
        .arg(c.journeyId)
        .arg(c.stageId)
        .arg(c.laneId)
        .arg(c.span)
        .arg(c.position)
        .arg(Waymark::enumKey(c.kind), c.title.left(40),
             c.emotion ? QString::number(*c.emotion) : QStringLiteral("none"), c.color.name());
}

inline QString describe(const Waymark::Connection &c)
{
    return QStringLiteral("connection id=%1 journey=%2 from=%3 to=%4 kind=%5 label=%6")
        .arg(c.id)
        .arg(c.journeyId)
        .arg(c.fromCardId)
        .arg(c.toCardId)
        .arg(Waymark::enumKey(c.kind), c.label.left(40));
}

inline QString describe(const Waymark::Persona &p)
{
    return QStringLiteral("persona id=%1 name=%2 position=%3 picture=%4 bytes")
        .arg(p.id)
        .arg(p.name.left(40))
        .arg(p.position)
        .arg(p.picture.size());
}

template<typename T>
QString firstDifference(const QString &what, const QList<T> &a, const QList<T> &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (!(a.at(i) == b.at(i))) {
            return QStringLiteral("%1[%2]: %3\n    vs %4")
                .arg(what)
                .arg(i)
                .arg(describe(a.at(i)), describe(b.at(i)));
        }
    }
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 vs %3 items").arg(what).arg(a.size()).arg(b.size());
    return {};
}

// Empty when the maps are equal, else where they first differ.
inline QString mapDifference(const Waymark::MapData &a, const Waymark::MapData &b)
{
    if (a == b)
        return {};
    if (a.title != b.title)
        return QStringLiteral("title: “%1” vs “%2”").arg(a.title, b.title);
    if (a.settings != b.settings) {
        return QStringLiteral("settings: %1 vs %2")
            .arg(QStringList(a.settings.keys()).join(QLatin1Char(',')),
                 QStringList(b.settings.keys()).join(QLatin1Char(',')));
    }
    QString d = firstDifference(QStringLiteral("personas"), a.personas, b.personas);
    if (!d.isEmpty())
        return d;
    if (a.journeys.size() != b.journeys.size())
        return QStringLiteral("journeys: %1 vs %2").arg(a.journeys.size()).arg(b.journeys.size());
    for (qsizetype i = 0; i < a.journeys.size(); ++i) {
        const Waymark::MapJourney &x = a.journeys.at(i);
        const Waymark::MapJourney &y = b.journeys.at(i);
        if (!(x.journey == y.journey))
            return describe(x.journey) + QStringLiteral("\n    vs ") + describe(y.journey);
        for (const QString &diff :
             {firstDifference(QStringLiteral("stages"), x.stages, y.stages),
              firstDifference(QStringLiteral("lanes"), x.lanes, y.lanes),
              firstDifference(QStringLiteral("cards"), x.cards, y.cards),
              firstDifference(QStringLiteral("connections"), x.connections, y.connections)}) {
            if (!diff.isEmpty())
                return QStringLiteral("journey %1: %2").arg(x.journey.id).arg(diff);
        }
    }
    return QStringLiteral("maps differ");
}

#define WM_COMPARE_MAPS(actual, expected)                                                          \
    do {                                                                                           \
        const QString wmDifference = TestUtil::mapDifference((actual), (expected));                \
        if (!wmDifference.isEmpty())                                                               \
            QFAIL(qPrintable(QStringLiteral("maps differ: ") + wmDifference));                     \
    } while (false)

// What a second reader sees in the file right now (a read-only Project on the same file).
inline Waymark::MapData reopenedMap(const QString &path, QString *error = nullptr)
{
    Waymark::DocumentError err;
    Waymark::Document::OpenOptions options;
    options.access = Waymark::Document::Access::ReadOnly;
    std::unique_ptr<Waymark::Project> other = Waymark::Project::open(path, options, &err);
    if (!other) {
        if (error)
            *error = err.message;
        return {};
    }
    return other->toMapData();
}

// Fails the current test when the file on disk does not hold what the project shows.
#define WM_VERIFY_FILE_AGREES(project)                                                             \
    do {                                                                                           \
        QString wmOpenError;                                                                       \
        const Waymark::MapData wmOnDisk                                                            \
            = TestUtil::reopenedMap((project).filePath(), &wmOpenError);                           \
        QVERIFY2(wmOpenError.isEmpty(), qPrintable(wmOpenError));                                  \
        const QString wmDifference = TestUtil::mapDifference((project).toMapData(), wmOnDisk);     \
        if (!wmDifference.isEmpty())                                                               \
            QFAIL(qPrintable(QStringLiteral("memory and file differ: ") + wmDifference));          \
    } while (false)

inline std::unique_ptr<Waymark::Project> createProject(const QString &path,
                                                       const Waymark::MapData &map)
{
    Waymark::DocumentError error;
    std::unique_ptr<Waymark::Project> project = Waymark::Project::create(path, map, &error);
    if (!project)
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(error.message));
    return project;
}

// A user-facing message: one line, starting with a capital or a quote, ending with a full
// stop.
inline bool isSentence(const QString &message)
{
    const QString m = message.trimmed();
    return !m.isEmpty() && !m.contains(QLatin1Char('\n')) && m.endsWith(QLatin1Char('.'))
           && (m.at(0).isUpper() || m.at(0) == QChar(0x201C) || m.at(0) == QLatin1Char('"'));
}

} // namespace TestUtil
