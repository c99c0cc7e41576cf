// Document: creation, identity checks, refusal of bad files without touching them, the
// lock, read-only access, Save As, copies, migration from the preview format, checks and
// the purge of orphaned soft references.

#include "testutil.h"

#include "storage/feedbackrepository.h"
#include "storage/fileinspector.h"
#include "storage/schema.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <unistd.h>

using namespace Waymark;
using namespace TestUtil;

namespace {

using Code = DocumentError::Code;

// Kinds of bad files; each is built fresh for its test row.
enum class Fixture {
    Empty,
    Text,
    ShortText,
    TruncatedMidPage,
    TruncatedAtPageBoundary,
    ForeignDatabase,
    ForeignApplication,
    NewerVersion,
    Trigger,
    View,
    MissingTable,
    MissingColumn,
    BrokenReferences,
};

Document::OpenOptions access(Document::Access a)
{
    Document::OpenOptions options;
    options.access = a;
    return options;
}

QString lockPathOf(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

// A real project with some content and one feedback row whose card does not exist: any
// purge of orphans would change the file, so tests notice writes to refused files.
void makeProject(const QString &path, int cards = 40)
{
    {
        std::unique_ptr<Project> project = createProject(path, generatedMap(cards, false));
        QVERIFY(project);
    }
    QString error;
    QVERIFY2(sqlExec(path,
                     "INSERT INTO feedback (journey_id, card_id, metric, score) "
                     "VALUES (3, 999999, 'nps', 9)",
                     &error),
             qPrintable(error));
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM feedback WHERE card_id = 999999").toInt(), 1);
}

quint32 pageSizeOf(const QByteArray &bytes)
{
    quint32 size = qFromBigEndian<quint16>(bytes.constData() + 16);
    return size == 1 ? 65536 : size;
}

void makeFixture(Fixture fixture, const QString &path)
{
    switch (fixture) {
    case Fixture::Empty:
        QVERIFY(writeBytes(path, {}));
        return;
    case Fixture::Text: {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "This is a plain text file, line " + QByteArray::number(i) + ".\n";
        QVERIFY(writeBytes(path, text));
        return;
    }
    case Fixture::ShortText:
        QVERIFY(writeBytes(path, "SQLite format 3"));
        return;
    case Fixture::TruncatedMidPage:
    case Fixture::TruncatedAtPageBoundary: {
        WM_CHECK(makeProject(path, 300));
        const QByteArray bytes = readBytes(path);
        const quint32 pageSize = pageSizeOf(bytes);
        const qint64 pages = bytes.size() / pageSize;
        QVERIFY2(pages > 6, "the project should span several pages");
        const qint64 keep = fixture == Fixture::TruncatedMidPage
                                ? pageSize * (pages / 2) + pageSize / 2
                                : pageSize * (pages - 2);
        QVERIFY(writeBytes(path, bytes.left(keep)));
        return;
    }
    case Fixture::ForeignDatabase: {
        RawDb db(path);
        QVERIFY(db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER, "
                        "total REAL);"
                        "INSERT INTO customers (name) VALUES ('Ada'), ('Grace');"
                        "INSERT INTO orders (customer, total) VALUES (1, 9.5);"));
        return;
    }
    case Fixture::ForeignApplication:
        WM_CHECK(makeProject(path));
        QVERIFY(sqlExec(path, "PRAGMA application_id = 1280267297")); // 'LOL!'
        return;
    case Fixture::NewerVersion:
        WM_CHECK(makeProject(path));
        QVERIFY(sqlExec(path, "PRAGMA user_version = 7"));
        return;
    case Fixture::Trigger:
        WM_CHECK(makeProject(path));
        QVERIFY(sqlExec(path, "CREATE TRIGGER evil_trigger AFTER INSERT ON cards "
                              "BEGIN DELETE FROM feedback; END;"));
        return;
    case Fixture::View:
        WM_CHECK(makeProject(path));
        QVERIFY(sqlExec(path, "CREATE VIEW sneaky_view AS SELECT id, title FROM cards;"));
        return;
    case Fixture::MissingTable:
        WM_CHECK(makeProject(path));
        QVERIFY(sqlExec(path, "DROP TABLE signoffs;"));
        return;
    case Fixture::MissingColumn:
        WM_CHECK(makeProject(path));
        QVERIFY(sqlExec(path, "ALTER TABLE cards DROP COLUMN color;"));
        return;
    case Fixture::BrokenReferences:
        WM_CHECK(makeProject(path));
        // A card whose stage is gone: only a hand-edited or damaged file looks like this.
        QVERIFY(sqlExec(path, "PRAGMA foreign_keys = OFF;"
                              "DELETE FROM stages WHERE id = (SELECT stage_id FROM cards "
                              "ORDER BY id LIMIT 1);"));
        return;
    }
    QFAIL("unknown fixture");
}

// The v0 preview format, written with the raw C API as the preview build did.
void makeVersion0(const QString &path)
{
    RawDb db(path);
    QVERIFY(db.isOpen());
    QVERIFY2(db.exec(R"(
        CREATE TABLE journeys (id INTEGER PRIMARY KEY, name TEXT, position INTEGER);
        CREATE TABLE stages (id INTEGER PRIMARY KEY, journey_id INTEGER, name TEXT,
                             position INTEGER);
        CREATE TABLE lanes (id INTEGER PRIMARY KEY, journey_id INTEGER, kind TEXT, name TEXT,
                            position INTEGER);
        CREATE TABLE cards (id INTEGER PRIMARY KEY, stage_id INTEGER, lane_id INTEGER,
                            kind TEXT, title TEXT, position INTEGER, emotion INTEGER);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value);
        INSERT INTO journeys VALUES (4, 'Preview journey', 0);
        INSERT INTO stages VALUES (10, 4, 'First', 1), (11, 4, 'Second', 0);
        INSERT INTO lanes VALUES (20, 4, 'touchpoints', 'Touchpoints', 0),
                                 (21, 4, 'pain_points', 'Pains', 1);
        INSERT INTO cards VALUES (30, 10, 20, 'touchpoint', 'Visit the store', 0, 1),
                                 (31, 10, 20, 'note', 'Second in its cell', 1, -2),
                                 (32, 11, 21, 'pain_point', 'Long queue', 0, 7),
                                 (33, 11, 20, 'idea', 'No emotion', 0, NULL);
        INSERT INTO settings VALUES ('title', 'Preview project');
        PRAGMA application_id = 1465470283;
        PRAGMA user_version = 0;
    )"),
             qPrintable(db.error()));
}

} // namespace

class tst_Document : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void create();
    void createRefusesExistingPath();
    void openAndReopen();
    void notFound();
    void badFile_data();
    void badFile();
    void flippedBytes_data();
    void flippedBytes();
    void lockedFile();
    void breakLock();
    void readOnlyAccess();
    void readOnlyFile();
    void saveAs();
    void saveAsOntoLockedTarget();
    void writeCopy();
    void migrateVersion0();
    void version0ReadOnlyNeedsUpgrade();
    void check_data();
    void check();
    void purgeOrphans();

private:
    QTemporaryDir m_dir;
    QString m_flipBase;
    QByteArray m_flipBytes;
};

void tst_Document::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A project with a few hundred cards, spread over many b-tree pages.
    m_flipBase = m_dir.filePath(QStringLiteral("flip-base.waymark"));
    {
        std::unique_ptr<Project> project = createProject(m_flipBase, generatedMap(300, true));
        QVERIFY(project);
    }
    m_flipBytes = readBytes(m_flipBase);
    QVERIFY(m_flipBytes.size() > 20 * 4096);
}

void tst_Document::create()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.waymark"));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::create(path, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(error.code, Code::None);
    QCOMPARE(doc->schemaVersion(), Schema::CurrentVersion);
    QVERIFY(!doc->isReadOnly());
    QVERIFY(doc->readOnlyReason().isEmpty());
    QCOMPARE(doc->path(), QFileInfo(path).absoluteFilePath());
    {
        QSqlQuery q(doc->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    }
    // The file is in use while the document is open.
    DocumentError second;
    QVERIFY(!Document::open(path, {}, &second));
    QCOMPARE(second.code, Code::Locked);
    doc.reset();

    QCOMPARE(sqlValue(path, "PRAGMA application_id").toLongLong(), 1465470283);
    QCOMPARE(sqlValue(path, "PRAGMA user_version").toInt(), 1);
    QCOMPARE(sqlValue(path, "PRAGMA journal_mode").toString(), QStringLiteral("delete"));
    QCOMPARE(quickCheck(path), QStringLiteral("ok"));
    const FileHeader header = inspectFile(path);
    QVERIFY(header.isSqlite);
    QVERIFY(!header.walMode);
    QCOMPARE(header.applicationId, Schema::ApplicationId);
    QCOMPARE(header.userVersion, 1);
    RawDb raw(path, true);
    QStringList tables;
    for (const QVariantList &row : raw.rows("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
        tables.append(row.first().toString());
    }
    QCOMPARE(tables, Schema::tableNames());
    // Closing released the lock and left nothing beside the file.
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("new.waymark")});
}

void tst_Document::createRefusesExistingPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.waymark"));
    QVERIFY(writeBytes(path, "precious"));
    const QByteArray before = sha256(path);
    DocumentError error;
    QVERIFY(!Document::create(path, &error));
    QCOMPARE(error.code, Code::AlreadyExists);
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
    QCOMPARE(sha256(path), before);
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("exists.waymark")});

    // An existing project is not replaced either.
    const QString project = dir.filePath(QStringLiteral("project.waymark"));
    QVERIFY(Document::create(project, nullptr));
    const QByteArray projectBefore = sha256(project);
    QVERIFY(!Document::create(project, &error));
    QCOMPARE(error.code, Code::AlreadyExists);
    QCOMPARE(sha256(project), projectBefore);

    QVERIFY(!Document::create(dir.filePath(QStringLiteral("no/such/folder/x.waymark")), &error));
    QCOMPARE(error.code, Code::WriteFailed);
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
}

void tst_Document::openAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.waymark"));
    {
        std::unique_ptr<Document> doc = Document::create(path, nullptr);
        QVERIFY(doc);
        SettingsRepository settings(*doc);
        QVERIFY(settings.setValue(QStringLiteral("client"), QStringLiteral("Kestrel")));
    }
    for (int round = 0; round < 2; ++round) {
        DocumentError error;
        std::unique_ptr<Document> doc = Document::open(path, {}, &error);
        QVERIFY2(doc, qPrintable(error.message));
        QCOMPARE(error.code, Code::None);
        QVERIFY(!doc->isReadOnly());
        QCOMPARE(doc->schemaVersion(), 1);
        QVERIFY(doc->migrationBackupPath().isEmpty());
        SettingsRepository settings(*doc);
        QMap<QString, QVariant> values;
        QVERIFY(settings.load(&values));
        QCOMPARE(values.value(QStringLiteral("client")).toString(), QStringLiteral("Kestrel"));
        QVERIFY(settings.setValue(QStringLiteral("round"), round));
    }
    DocumentError error;
    std::unique_ptr<Document> doc
        = Document::open(path, access(Document::Access::ReadOnly), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(doc->isReadOnly());
    SettingsRepository settings(*doc);
    QMap<QString, QVariant> values;
    QVERIFY(settings.load(&values));
    QCOMPARE(values.value(QStringLiteral("round")).toInt(), 1);
}

void tst_Document::notFound()
{
    QTemporaryDir dir;
    DocumentError error;
    QVERIFY(!Document::open(dir.filePath(QStringLiteral("missing.waymark")), {}, &error));
    QCOMPARE(error.code, Code::NotFound);
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
    QVERIFY(folderEntries(dir.path()).isEmpty());
    // A folder is not a project either.
    QVERIFY(!Document::open(dir.path(), {}, &error));
    QVERIFY2(error.code == Code::NotFound || error.code == Code::NotDatabase,
             qPrintable(error.message));
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
}

void tst_Document::badFile_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QStringList>("mentions");

    auto row = [](const char *name, Fixture f, Code c, const QStringList &mentions = {}) {
        QTest::newRow(name) << int(f) << int(c) << mentions;
    };
    row("empty file", Fixture::Empty, Code::Empty);
    row("text file", Fixture::Text, Code::NotDatabase);
    row("text shorter than a header", Fixture::ShortText, Code::NotDatabase);
    row("truncated mid-page", Fixture::TruncatedMidPage, Code::Truncated);
    row("truncated at a page boundary", Fixture::TruncatedAtPageBoundary, Code::Truncated);
    row("another application's database", Fixture::ForeignDatabase, Code::ForeignDatabase);
    row("another application id", Fixture::ForeignApplication, Code::ForeignApplication);
    row("newer version", Fixture::NewerVersion, Code::NewerVersion,
        {QStringLiteral("7"), QStringLiteral("1")});
    row("trigger", Fixture::Trigger, Code::UnexpectedSchema, {QStringLiteral("evil_trigger")});
    row("view", Fixture::View, Code::UnexpectedSchema, {QStringLiteral("sneaky_view")});
    row("missing table", Fixture::MissingTable, Code::UnexpectedSchema,
        {QStringLiteral("signoffs")});
    row("missing column", Fixture::MissingColumn, Code::UnexpectedSchema,
        {QStringLiteral("cards.color")});
    row("broken references", Fixture::BrokenReferences, Code::Corrupt);
}

void tst_Document::badFile()
{
    QFETCH(int, fixture);
    QFETCH(int, expected);
    QFETCH(QStringList, mentions);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.waymark"));
    WM_CHECK(makeFixture(Fixture(fixture), path));
    const QByteArray before = sha256(path);
    const QStringList entries = folderEntries(dir.path());

    for (Document::Access a : {Document::Access::ReadWrite, Document::Access::ReadOnly}) {
        DocumentError error;
        std::unique_ptr<Document> doc = Document::open(path, access(a), &error);
        QVERIFY(!doc);
        QCOMPARE(int(error.code), expected);
        QVERIFY2(isSentence(error.message), qPrintable(error.message));
        for (const QString &word : mentions)
            QVERIFY2(error.message.contains(word), qPrintable(error.message));
        QCOMPARE(sha256(path), before);
        QCOMPARE(folderEntries(dir.path()), entries);
    }

    DocumentError error;
    QVERIFY(!Project::open(path, {}, &error));
    QCOMPARE(int(error.code), expected);
    QCOMPARE(sha256(path), before);

    const Document::CheckReport report = Document::check(path);
    QVERIFY(!report.ok);
    QVERIFY(!report.lines.isEmpty());
    QVERIFY2(isSentence(report.lines.first()), qPrintable(report.lines.first()));
    QCOMPARE(sha256(path), before);
    QCOMPARE(folderEntries(dir.path()), entries);
}

void tst_Document::flippedBytes_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("mustRefuse");

    const QByteArray &bytes = m_flipBytes;
    const quint32 pageSize = pageSizeOf(bytes);
    const qint64 pages = bytes.size() / pageSize;
    auto headerOf = [&](qint64 page) {
        return page == 1 ? 100 : (page - 1) * pageSize;
    };
    auto typeOf = [&](qint64 page) {
        return quint8(bytes.at(headerOf(page)));
    };

    // Page 1 holds the schema: a damaged header there hides every table.
    QTest::newRow("page 1 (schema) page type") << qint64(100) << true;
    QTest::newRow("page 1 (schema) cell count") << qint64(103) << true;

    int leaves = 0;
    int interiors = 0;
    int indexes = 0;
    for (qint64 page = 2; page <= pages; ++page) {
        const quint8 type = typeOf(page);
        const qint64 header = headerOf(page);
        const QByteArray name = "page " + QByteArray::number(page);
        if (type == 0x0d && leaves < 3) {
            ++leaves;
            QTest::newRow(name + " (table leaf) page type") << header << true;
            QTest::newRow(name + " (table leaf) cell count") << header + 3 << true;
            QTest::newRow(name + " (table leaf) first cell pointer") << header + 8 << false;
            QTest::newRow(name + " (table leaf) cell content") << header + pageSize - 200 << false;
            QTest::newRow(name + " (table leaf) content start") << header + 5 << false;
        } else if (type == 0x05 && interiors < 2) {
            ++interiors;
            QTest::newRow(name + " (table interior) page type") << header << true;
            QTest::newRow(name + " (table interior) right child") << header + 8 << true;
            QTest::newRow(name + " (table interior) cell count") << header + 3 << true;
        } else if ((type == 0x0a || type == 0x02) && indexes < 2) {
            ++indexes;
            QTest::newRow(name + " (index) page type") << header << true;
            QTest::newRow(name + " (index) cell content") << header + pageSize - 50 << false;
        }
    }
    if (leaves == 0 || interiors == 0 || indexes == 0)
        qWarning("the flip fixture lacks some kinds of pages (%d leaves, %d interiors, %d indexes)",
                 leaves, interiors, indexes);
    // A few spread-out offsets anywhere in the file body.
    for (int i = 1; i <= 4; ++i) {
        const qint64 offset = bytes.size() * i / 5 + 77;
        QTest::newRow(QByteArray("body offset ") + QByteArray::number(offset)) << offset << false;
    }
}

void tst_Document::flippedBytes()
{
    QFETCH(qint64, offset);
    QFETCH(bool, mustRefuse);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flipped.waymark"));
    QByteArray bytes = m_flipBytes;
    QVERIFY(offset < bytes.size());
    bytes[offset] = char(~quint8(bytes.at(offset)));
    QVERIFY(writeBytes(path, bytes));
    const QByteArray before = sha256(path);
    const QStringList entries = folderEntries(dir.path());

    static const QList<Code> refusals
        = {Code::Corrupt, Code::NotDatabase, Code::Truncated, Code::UnexpectedSchema};
    for (Document::Access a : {Document::Access::ReadWrite, Document::Access::ReadOnly}) {
        DocumentError error;
        std::unique_ptr<Project> project = Project::open(path, access(a), &error);
        if (project) {
            QVERIFY2(!mustRefuse, "a damaged page header was not noticed");
            // Whatever survived must be usable without crashing.
            const MapData map = project->toMapData();
            QVERIFY(writeJsonMap(map).size() > 0);
        } else {
            QVERIFY2(
                refusals.contains(error.code),
                qPrintable(QStringLiteral("code %1: %2").arg(int(error.code)).arg(error.message)));
            QVERIFY2(isSentence(error.message), qPrintable(error.message));
        }
        project.reset();
        QCOMPARE(sha256(path), before);
        QCOMPARE(folderEntries(dir.path()), entries);
    }
    const Document::CheckReport report = Document::check(path);
    QVERIFY(!report.lines.isEmpty());
    if (mustRefuse)
        QVERIFY(!report.ok);
    QCOMPARE(sha256(path), before);
}

void tst_Document::lockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.waymark"));
    QVERIFY(Document::create(path, nullptr));
    DocumentError error;
    std::unique_ptr<Document> first = Document::open(path, {}, &error);
    QVERIFY2(first, qPrintable(error.message));
    QVERIFY(QFileInfo::exists(lockPathOf(path)));
    const QByteArray before = sha256(path);

    std::unique_ptr<Document> second = Document::open(path, {}, &error);
    QVERIFY(!second);
    QCOMPARE(error.code, Code::Locked);
    QCOMPARE(error.lockOwner.pid, QCoreApplication::applicationPid());
    QVERIFY(error.lockOwner.since.isValid());
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(error.message));
    // The refused opener must not have taken the lock away.
    QVERIFY(QFileInfo::exists(lockPathOf(path)));

    // Reading is always possible.
    std::unique_ptr<Document> reader
        = Document::open(path, access(Document::Access::ReadOnly), &error);
    QVERIFY2(reader, qPrintable(error.message));
    QVERIFY(reader->isReadOnly());
    QVERIFY(!reader->readOnlyReason().isEmpty());
    reader.reset();
    QVERIFY(QFileInfo::exists(lockPathOf(path)));

    // breakLock does not take a lock from a live process.
    Document::OpenOptions breaking;
    breaking.breakLock = true;
    QVERIFY(!Document::open(path, breaking, &error));
    QCOMPARE(error.code, Code::Locked);

    first.reset();
    QVERIFY(!QFileInfo::exists(lockPathOf(path)));
    QCOMPARE(sha256(path), before);
    second = Document::open(path, {}, &error);
    QVERIFY2(second, qPrintable(error.message));
}

void tst_Document::breakLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.waymark"));
    QVERIFY(Document::create(path, nullptr));
    // A lock left by an instance that crashed on another machine: not provably stale.
    QVERIFY(writeBytes(lockPathOf(path), "4242\nwaymark\nother-machine.invalid\n"));

    DocumentError error;
    QVERIFY(!Document::open(path, {}, &error));
    QCOMPARE(error.code, Code::Locked);
    QCOMPARE(error.lockOwner.pid, qint64(4242));
    QCOMPARE(error.lockOwner.hostName, QStringLiteral("other-machine.invalid"));
    QVERIFY2(error.message.contains(QStringLiteral("other-machine.invalid")),
             qPrintable(error.message));

    Document::OpenOptions options;
    options.breakLock = true;
    std::unique_ptr<Document> doc = Document::open(path, options, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(!doc->isReadOnly());
    const QByteArray lock = readBytes(lockPathOf(path));
    QCOMPARE(lock.split('\n').first().toLongLong(), QCoreApplication::applicationPid());
    doc.reset();
    QVERIFY(!QFileInfo::exists(lockPathOf(path)));
}

void tst_Document::readOnlyAccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.waymark"));
    WM_CHECK(makeProject(path));
    const QByteArray before = sha256(path);
    const QStringList entries = folderEntries(dir.path());

    DocumentError error;
    std::unique_ptr<Document> doc
        = Document::open(path, access(Document::Access::ReadOnly), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(doc->isReadOnly());
    QVERIFY2(isSentence(doc->readOnlyReason()), qPrintable(doc->readOnlyReason()));
    // No lock is taken for reading, and writes fail.
    QCOMPARE(folderEntries(dir.path()), entries);
    SettingsRepository settings(*doc);
    QVERIFY(!settings.setValue(QStringLiteral("x"), 1));
    doc.reset();
    // Not even the orphan purge runs on a read-only document.
    QCOMPARE(sha256(path), before);
    QCOMPARE(folderEntries(dir.path()), entries);

    std::unique_ptr<Project> project
        = Project::open(path, access(Document::Access::ReadOnly), &error);
    QVERIFY(project);
    QVERIFY(!project->isEditable());
    QCOMPARE(project->editLockReason(), project->document().readOnlyReason());
}

void tst_Document::readOnlyFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions are not enforced, so a write-protected file "
              "or folder cannot be simulated (Access::ReadOnly is covered by readOnlyAccess)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("protected.waymark"));
    QVERIFY(Document::create(path, nullptr));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);

    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(path, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(doc->isReadOnly());
    QVERIFY2(doc->readOnlyReason().contains(QStringLiteral("write-protected")),
             qPrintable(doc->readOnlyReason()));
    doc.reset();
    QCOMPARE(sha256(path), before);

    // A write-protected folder: the file could be written but no lock can be taken.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QFile::Permissions folder = QFile::permissions(dir.path());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    doc = Document::open(path, {}, &error);
    const bool opened = bool(doc);
    const bool readOnly = doc && doc->isReadOnly();
    const QString reason = doc ? doc->readOnlyReason() : error.message;
    doc.reset();
    QFile::setPermissions(dir.path(), folder);
    QVERIFY2(opened, qPrintable(reason));
    QVERIFY(readOnly);
    QVERIFY2(reason.contains(QStringLiteral("folder")), qPrintable(reason));
}

void tst_Document::saveAs()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.waymark"));
    const QString target = dir.filePath(QStringLiteral("copy.waymark"));
    WM_CHECK(makeProject(original));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(original, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    {
        SettingsRepository settings(*doc);
        QVERIFY(settings.setValue(QStringLiteral("before"), QStringLiteral("saved")));
    }
    const QByteArray originalBefore = sha256(original);

    QVERIFY2(doc->saveAs(target, &error), qPrintable(error.message));
    QVERIFY(QFileInfo::exists(target));
    QCOMPARE(quickCheck(target), QStringLiteral("ok"));
    QCOMPARE(sqlValue(target, "PRAGMA application_id").toLongLong(), 1465470283);
    QCOMPARE(sqlValue(target, "PRAGMA user_version").toInt(), 1);
    QCOMPARE(sqlValue(target, "SELECT value FROM settings WHERE key = 'before'").toString(),
             QStringLiteral("saved"));
    QCOMPARE(sqlValue(target, "SELECT count(*) FROM cards").toInt(),
             sqlValue(original, "SELECT count(*) FROM cards").toInt());
    QCOMPARE(doc->path(), QFileInfo(target).absoluteFilePath());
    QVERIFY(!doc->isReadOnly());

    // The document continues on the copy; the original stays as it was.
    {
        SettingsRepository settings(*doc);
        QVERIFY(settings.setValue(QStringLiteral("after"), QStringLiteral("copy only")));
    }
    QCOMPARE(sqlValue(target, "SELECT value FROM settings WHERE key = 'after'").toString(),
             QStringLiteral("copy only"));
    QVERIFY(sqlValue(original, "SELECT value FROM settings WHERE key = 'after'").isNull());
    QCOMPARE(sha256(original), originalBefore);

    // The old lock is released, the target's is taken; no temporary file is left.
    QVERIFY(!QFileInfo::exists(lockPathOf(original)));
    QVERIFY(QFileInfo::exists(lockPathOf(target)));
    QCOMPARE(folderEntries(dir.path()),
             QStringList({QStringLiteral(".copy.waymark.lock"), QStringLiteral("copy.waymark"),
                          QStringLiteral("original.waymark")}));
    std::unique_ptr<Document> other = Document::open(target, {}, &error);
    QVERIFY(!other);
    QCOMPARE(error.code, Code::Locked);
    other = Document::open(original, {}, &error);
    QVERIFY2(other, qPrintable(error.message));
    other.reset();

    // Saving onto itself is a no-op.
    QVERIFY(doc->saveAs(target, &error));
    QCOMPARE(doc->path(), QFileInfo(target).absoluteFilePath());
}

void tst_Document::saveAsOntoLockedTarget()
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("mine.waymark"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.waymark"));
    WM_CHECK(makeProject(mine));
    QVERIFY(Document::create(theirs, nullptr));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(mine, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    std::unique_ptr<Document> holder = Document::open(theirs, {}, &error);
    QVERIFY2(holder, qPrintable(error.message));
    const QByteArray theirsBefore = sha256(theirs);
    const QStringList entries = folderEntries(dir.path());

    QVERIFY(!doc->saveAs(theirs, &error));
    QCOMPARE(error.code, Code::Locked);
    QCOMPARE(error.lockOwner.pid, QCoreApplication::applicationPid());
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
    QCOMPARE(sha256(theirs), theirsBefore);
    QCOMPARE(folderEntries(dir.path()), entries);
    // The document carries on where it was.
    QCOMPARE(doc->path(), QFileInfo(mine).absoluteFilePath());
    SettingsRepository settings(*doc);
    QVERIFY(settings.setValue(QStringLiteral("still"), QStringLiteral("here")));
    QCOMPARE(sqlValue(mine, "SELECT value FROM settings WHERE key = 'still'").toString(),
             QStringLiteral("here"));
    // And writeCopy respects the lock too: it replaces files, so it must never hit one
    // that is in use through saveAs, which checks first.
    QVERIFY(QFileInfo::exists(lockPathOf(theirs)));
}

void tst_Document::writeCopy()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("live.waymark"));
    const QString copy = dir.filePath(QStringLiteral("snapshot.waymark"));
    WM_CHECK(makeProject(original));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(original, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    SettingsRepository settings(*doc);
    QVERIFY(settings.setValue(QStringLiteral("state"), QStringLiteral("one")));

    QVERIFY2(doc->writeCopy(copy, &error), qPrintable(error.message));
    QCOMPARE(quickCheck(copy), QStringLiteral("ok"));
    QCOMPARE(sqlValue(copy, "PRAGMA user_version").toInt(), 1);
    QCOMPARE(sqlValue(copy, "PRAGMA application_id").toLongLong(), 1465470283);
    QCOMPARE(sqlValue(copy, "SELECT value FROM settings WHERE key = 'state'").toString(),
             QStringLiteral("one"));
    // The document stays on its file and keeps its lock; the copy is not locked.
    QCOMPARE(doc->path(), QFileInfo(original).absoluteFilePath());
    QVERIFY(QFileInfo::exists(lockPathOf(original)));
    QVERIFY(!QFileInfo::exists(lockPathOf(copy)));
    QVERIFY(settings.setValue(QStringLiteral("state"), QStringLiteral("two")));
    QCOMPARE(sqlValue(original, "SELECT value FROM settings WHERE key = 'state'").toString(),
             QStringLiteral("two"));
    QCOMPARE(sqlValue(copy, "SELECT value FROM settings WHERE key = 'state'").toString(),
             QStringLiteral("one"));
    QCOMPARE(folderEntries(dir.path()),
             QStringList({QStringLiteral(".live.waymark.lock"), QStringLiteral("live.waymark"),
                          QStringLiteral("snapshot.waymark")}));

    // The copy is a project of its own.
    std::unique_ptr<Document> other = Document::open(copy, {}, &error);
    QVERIFY2(other, qPrintable(error.message));
    other.reset();

    // A copy into a folder that does not exist fails with a sentence.
    QVERIFY(!doc->writeCopy(dir.filePath(QStringLiteral("none/x.waymark")), &error));
    QCOMPARE(error.code, Code::WriteFailed);
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
}

void tst_Document::migrateVersion0()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preview.waymark"));
    WM_CHECK(makeVersion0(path));
    const QByteArray original = readBytes(path);

    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(path, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(doc->schemaVersion(), 1);
    const QString backup = doc->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    doc.reset();

    // The backup is the v0 file, content and all.
    QCOMPARE(sqlValue(backup, "PRAGMA user_version").toInt(), 0);
    QCOMPARE(sqlValue(backup, "PRAGMA application_id").toLongLong(), 1465470283);
    QCOMPARE(quickCheck(backup), QStringLiteral("ok"));
    QCOMPARE(sqlValue(backup, "SELECT count(*) FROM cards").toInt(), 4);
    QCOMPARE(sqlValue(backup, "SELECT emotion FROM cards WHERE id = 32").toInt(), 7);
    QVERIFY(sqlValue(backup, "SELECT count(*) FROM sqlite_schema WHERE name = 'feedback'").toInt()
            == 0);
    Q_UNUSED(original)

    // The migrated file.
    QCOMPARE(sqlValue(path, "PRAGMA user_version").toInt(), 1);
    QCOMPARE(quickCheck(path), QStringLiteral("ok"));
    RawDb raw(path, true);
    const QList<QVariantList> cards
        = raw.rows("SELECT id, journey_id, stage_id, lane_id, kind, title, position, emotion "
                   "FROM cards ORDER BY id");
    QCOMPARE(cards.size(), 4);
    const QList<QVariantList> expected = {
        {30, 4, 10, 20, QStringLiteral("touchpoint"), QStringLiteral("Visit the store"), 0, 1},
        {31, 4, 10, 20, QStringLiteral("note"), QStringLiteral("Second in its cell"), 1, -2},
        {32, 4, 11, 21, QStringLiteral("pain_point"), QStringLiteral("Long queue"), 0, QVariant()},
        {33, 4, 11, 20, QStringLiteral("idea"), QStringLiteral("No emotion"), 0, QVariant()},
    };
    for (int i = 0; i < expected.size(); ++i) {
        for (int c = 0; c < expected.at(i).size(); ++c) {
            const QVariant want = expected.at(i).at(c);
            const QVariant got = cards.at(i).at(c);
            if (!want.isValid())
                QVERIFY2(got.isNull() || !got.isValid(),
                         qPrintable(QStringLiteral("card %1 column %2").arg(i).arg(c)));
            else
                QCOMPARE(got.toString(), want.toString());
        }
    }
    QCOMPARE(raw.value("SELECT name FROM journeys WHERE id = 4").toString(),
             QStringLiteral("Preview journey"));
    QCOMPARE(raw.value("SELECT value FROM settings WHERE key = 'title'").toString(),
             QStringLiteral("Preview project"));
    QCOMPARE(raw.value("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'v0_%'").toInt(), 0);

    // Seen through the model: order, names and positions survive.
    std::unique_ptr<Project> project = Project::open(path, {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QCOMPARE(project->title(), QStringLiteral("Preview project"));
    const QList<Journey> journeys = project->journeys();
    QCOMPARE(journeys.size(), 1);
    QCOMPARE(journeys.first().id, Id(4));
    const QList<Stage> stages = project->stages(4);
    QCOMPARE(stages.size(), 2);
    QCOMPARE(stages.at(0).name, QStringLiteral("Second"));
    QCOMPARE(stages.at(1).name, QStringLiteral("First"));
    const QList<Lane> lanes = project->lanes(4);
    QCOMPARE(lanes.size(), 2);
    QCOMPARE(lanes.at(0).kind, LaneKind::Touchpoints);
    QCOMPARE(lanes.at(1).name, QStringLiteral("Pains"));
    const QList<Card> cell = project->cellCards(10, 20);
    QCOMPARE(cell.size(), 2);
    QCOMPARE(cell.at(0).title, QStringLiteral("Visit the store"));
    QCOMPARE(cell.at(0).emotion, std::optional<int>(1));
    QCOMPARE(cell.at(1).title, QStringLiteral("Second in its cell"));
    QCOMPARE(cell.at(1).emotion, std::optional<int>(-2));
    QVERIFY(!project->card(32).emotion.has_value());
    QCOMPARE(project->card(32).kind, CardKind::PainPoint);
    QCOMPARE(project->card(33).journeyId, Id(4));
    project.reset();

    QVERIFY(Document::check(path).ok);
    // A second open does not migrate again.
    doc = Document::open(path, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(doc->migrationBackupPath().isEmpty());
}

void tst_Document::version0ReadOnlyNeedsUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preview.waymark"));
    WM_CHECK(makeVersion0(path));
    const QByteArray before = sha256(path);
    const QStringList entries = folderEntries(dir.path());
    DocumentError error;
    QVERIFY(!Document::open(path, access(Document::Access::ReadOnly), &error));
    QCOMPARE(error.code, Code::NeedsUpgrade);
    QVERIFY2(isSentence(error.message), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("0")), qPrintable(error.message));
    QCOMPARE(sha256(path), before);
    QCOMPARE(folderEntries(dir.path()), entries);
}

void tst_Document::check_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << -1 << true;
    QTest::newRow("text file") << int(Fixture::Text) << false;
    QTest::newRow("truncated") << int(Fixture::TruncatedMidPage) << false;
    QTest::newRow("newer version") << int(Fixture::NewerVersion) << false;
    QTest::newRow("trigger") << int(Fixture::Trigger) << false;
    QTest::newRow("broken references") << int(Fixture::BrokenReferences) << false;
}

void tst_Document::check()
{
    QFETCH(int, fixture);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checked.waymark"));
    if (fixture < 0)
        WM_CHECK(makeProject(path));
    else
        WM_CHECK(makeFixture(Fixture(fixture), path));
    const QByteArray before = sha256(path);
    const Document::CheckReport report = Document::check(path);
    QCOMPARE(report.ok, ok);
    QVERIFY(!report.lines.isEmpty());
    for (const QString &line : report.lines)
        QVERIFY(!line.trimmed().isEmpty());
    if (ok) {
        QVERIFY(report.lines.size() >= 4);
        const QString all = report.lines.join(QLatin1Char('\n'));
        for (const char *word : {"identity", "version", "integrity", "schema"})
            QVERIFY2(all.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(all));
    }
    // Checking never changes the file, and a read-only check never purges it.
    QCOMPARE(sha256(path), before);
}

void tst_Document::purgeOrphans()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orphans.waymark"));
    {
        std::unique_ptr<Project> project = createProject(path, generatedMap(20, false));
        QVERIFY(project);
    }
    const Id card = sqlValue(path, "SELECT min(id) FROM cards").toLongLong();
    QVERIFY(card > 0);

    // Orphans already in the file are cleared when it is opened for writing.
    QVERIFY(sqlExec(path, "INSERT INTO feedback (journey_id, card_id) VALUES (3, 888888)"));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(path, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM feedback WHERE card_id = 888888").toInt(), 0);
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM feedback WHERE card_id IS NULL").toInt(), 1);

    // Soft references made while the document is open stay until it is closed (undo could
    // bring their card back), then the ones without a card are cleared.
    QList<Feedback> rows(2);
    rows[0].journeyId = 3;
    rows[0].cardId = card;
    rows[0].metric = Metric::Nps;
    rows[0].score = 10;
    rows[1].journeyId = 3;
    rows[1].cardId = 999999;
    rows[1].metric = Metric::Nps;
    rows[1].score = 2;
    {
        FeedbackRepository repo(*doc);
        Transaction tx(*doc);
        QVERIFY(tx.isActive());
        QVERIFY(repo.insertFeedback(&rows));
        QVERIFY(tx.commit());
    }
    const QByteArray orphan = QByteArray::number(rows[1].id);
    const QByteArray kept = QByteArray::number(rows[0].id);
    QCOMPARE(sqlValue(path, "SELECT card_id FROM feedback WHERE id = " + orphan).toLongLong(),
             999999);
    doc.reset();
    QVERIFY(sqlValue(path, "SELECT card_id FROM feedback WHERE id = " + orphan).isNull());
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM feedback WHERE id = " + orphan).toInt(), 1);
    QCOMPARE(sqlValue(path, "SELECT card_id FROM feedback WHERE id = " + kept).toLongLong(), card);

    // Feedback of a journey that no longer exists goes entirely.
    QVERIFY(sqlExec(path, "INSERT INTO feedback (journey_id) VALUES (424242)"));
    doc = Document::open(path, {}, &error);
    QVERIFY2(doc, qPrintable(error.message));
    doc.reset();
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM feedback WHERE journey_id = 424242").toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Document)

#include "tst_document.moc"
