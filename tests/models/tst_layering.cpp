// The layering rules of DESIGN.md section 2, checked on the source tree: models/ never
// includes a QtWidgets (or ui/) header, and SQL lives in models/storage/ only.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

struct Literal
{
    int line = 0;
    QString text;
};

struct Scan
{
    QList<Literal> literals; // adjacent literals ("a" "b") are joined
    QString code;            // the source without comments and literal contents
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// A small C++ lexer: enough to tell comments, string literals (with prefixes, escapes and
// raw strings), character literals and digit separators apart.
Scan scanSource(const QString &source)
{
    Scan scan;
    int line = 1;
    bool joinNext = false; // the previous token was a string literal
    const qsizetype n = source.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) {
        return k < n ? source.at(k) : QChar();
    };
    while (i < n) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            scan.code += c;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            scan.code += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            i += 2;
            scan.code += QLatin1Char(' ');
            while (i < n && !(source.at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/'))) {
                if (source.at(i) == QLatin1Char('\n')) {
                    ++line;
                    scan.code += QLatin1Char('\n'); // keep code lines aligned with the source
                }
                ++i;
            }
            i += 2;
            continue;
        }
        if (c == QLatin1Char('"')) {
            // Raw string: R"delim( ... )delim", possibly with an encoding prefix.
            const bool raw = i > 0 && source.at(i - 1) == QLatin1Char('R')
                             && (i < 2 || !isIdentifierChar(source.at(i - 2))
                                 || source.mid(i - 3, 2) == QLatin1String("u8")
                                 || QStringLiteral("uUL").contains(source.at(i - 2)));
            const int startLine = line;
            QString text;
            if (raw) {
                const qsizetype open = source.indexOf(QLatin1Char('('), i);
                const QString delimiter = source.mid(i + 1, open - i - 1);
                const QString close = QLatin1Char(')') + delimiter + QLatin1Char('"');
                const qsizetype end = source.indexOf(close, open);
                text = source.mid(open + 1, (end < 0 ? n : end) - open - 1);
                line += int(text.count(QLatin1Char('\n')));
                i = end < 0 ? n : end + close.size();
            } else {
                ++i;
                while (i < n && source.at(i) != QLatin1Char('"')) {
                    if (source.at(i) == QLatin1Char('\\') && i + 1 < n) {
                        // Keep escapes as written; an escaped newline continues the line.
                        if (source.at(i + 1) == QLatin1Char('\n'))
                            ++line;
                        text += source.at(i);
                        ++i;
                    } else if (source.at(i) == QLatin1Char('\n')) {
                        ++line; // unterminated literal; keep going
                    }
                    text += source.at(i);
                    ++i;
                }
                ++i;
            }
            if (joinNext && !scan.literals.isEmpty())
                scan.literals.last().text += text;
            else
                scan.literals.append({startLine, text});
            joinNext = true;
            scan.code += QStringLiteral("\"\"");
            scan.code += QString(line - startLine, QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\'')) {
            if (i > 0 && source.at(i - 1).isDigit()) { // digit separator: 1'000
                ++i;
                continue;
            }
            ++i;
            while (i < n && source.at(i) != QLatin1Char('\'')
                   && source.at(i) != QLatin1Char('\n')) {
                if (source.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            ++i;
            joinNext = false;
            scan.code += QStringLiteral("' '");
            continue;
        }
        // Any other token ends a run of adjacent literals, except a macro-free prefix such
        // as the R of a raw string, which is handled above.
        if (!(isIdentifierChar(c)
              && (at(i + 1) == QLatin1Char('"')
                  || (at(i + 1) == QLatin1Char('8') && at(i + 2) == QLatin1Char('"'))
                  || (at(i + 1) == QLatin1Char('R') && at(i + 2) == QLatin1Char('"'))))) {
            joinNext = false;
        }
        scan.code += c;
        ++i;
    }
    return scan;
}

const QStringList &sqlKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("SELECT "),         QStringLiteral("INSERT INTO"),
        QStringLiteral("UPDATE "),         QStringLiteral("DELETE FROM"),
        QStringLiteral("CREATE TABLE"),    QStringLiteral("CREATE INDEX"),
        QStringLiteral("CREATE TRIGGER"),  QStringLiteral("CREATE VIEW"),
        QStringLiteral("DROP TABLE"),      QStringLiteral("ALTER TABLE"),
        QStringLiteral("PRAGMA "),         QStringLiteral("VACUUM"),
        QStringLiteral("BEGIN IMMEDIATE"),
    };
    return keywords;
}

// "line: keyword in literal" for every string literal that looks like SQL.
QStringList sqlInLiterals(const QString &source)
{
    QStringList found;
    for (const Literal &literal : scanSource(source).literals) {
        for (const QString &keyword : sqlKeywords()) {
            if (literal.text.contains(keyword)) {
                found.append(QStringLiteral("%1: “%2” in %3")
                                 .arg(literal.line)
                                 .arg(keyword.trimmed(), literal.text.left(60)));
                break;
            }
        }
    }
    return found;
}

// Header names that belong to QtWidgets and to no other module: from the installed Qt when
// its headers are there, plus a list that does not depend on the installation.
QSet<QString> widgetHeaders()
{
    QSet<QString> names = {
        QStringLiteral("QtWidgets"),    QStringLiteral("QWidget"),
        QStringLiteral("QApplication"), QStringLiteral("QDialog"),
        QStringLiteral("QMainWindow"),  QStringLiteral("QMessageBox"),
        QStringLiteral("QFileDialog"),  QStringLiteral("QPushButton"),
        QStringLiteral("QLabel"),       QStringLiteral("QLineEdit"),
        QStringLiteral("QMenu"),        QStringLiteral("QToolBar"),
        QStringLiteral("QDockWidget"),  QStringLiteral("QUndoView"),
        QStringLiteral("QStyle"),       QStringLiteral("QAbstractItemView"),
        QStringLiteral("QTreeView"),    QStringLiteral("QTableView"),
        QStringLiteral("QScrollArea"),  QStringLiteral("QSplitter"),
        QStringLiteral("QLayout"),      QStringLiteral("QBoxLayout"),
        QStringLiteral("QColorDialog"), QStringLiteral("QStyledItemDelegate"),
    };
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    const QDir widgets(headers + QStringLiteral("/QtWidgets"));
    if (widgets.exists()) {
        QSet<QString> elsewhere;
        for (const char *module : {"QtCore", "QtGui"}) {
            const QDir dir(headers + QLatin1Char('/') + QLatin1String(module));
            for (const QString &entry : dir.entryList(QDir::Files))
                elsewhere.insert(entry);
        }
        for (const QString &entry : widgets.entryList(QDir::Files)) {
            if (!elsewhere.contains(entry))
                names.insert(entry);
        }
    }
    return names;
}

// "line: include" for every #include of a QtWidgets or ui/ header.
QStringList widgetIncludes(const QString &source, const QSet<QString> &widgets)
{
    static const QRegularExpression include(
        // Not a raw string: moc's preprocessor misreads this one.
        QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression graphics(QStringLiteral(R"(^QGraphics\w*$)"));
    QStringList found;
    // Comments are stripped first (a commented-out include is harmless); the literal of a
    // quoted include survives because the scan keeps the code, so read the raw line.
    const Scan scan = scanSource(source);
    const QStringList rawLines = source.split(QLatin1Char('\n'));
    const QStringList codeLines = scan.code.split(QLatin1Char('\n'));
    for (int i = 0; i < codeLines.size() && i < rawLines.size(); ++i) {
        if (!codeLines.at(i).contains(QLatin1String("include")))
            continue;
        const QRegularExpressionMatch m = include.match(rawLines.at(i));
        if (!m.hasMatch())
            continue;
        const QString path = m.captured(2).trimmed();
        const QString base = path.section(QLatin1Char('/'), -1);
        const bool bad = path.startsWith(QLatin1String("QtWidgets/"))
                         || path.startsWith(QLatin1String("ui/"))
                         || path.startsWith(QLatin1String("../ui/"))
                         || path.startsWith(QLatin1String("QtCharts"))
                         || path.startsWith(QLatin1String("QtPrintSupport"))
                         || path.startsWith(QLatin1String("QtSvgWidgets"))
                         || (!path.contains(QLatin1Char('/')) && widgets.contains(base))
                         || graphics.match(base).hasMatch();
        if (bad)
            found.append(QStringLiteral("%1: #include %2").arg(i + 1).arg(path));
    }
    return found;
}

QStringList sourceFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root,
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"),
                     QStringLiteral("*.cc"), QStringLiteral("*.cxx"), QStringLiteral("*.inl")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sourceDir()
{
    return QDir(QStringLiteral(WAYMARK_SOURCE_DIR)).absolutePath();
}

} // namespace

class tst_Layering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlDetector_data();
    void sqlDetector();
    void includeDetector_data();
    void includeDetector();
    void modelsIncludeNoWidgets();
    void modelsLinkNoWidgets();
    void sqlOnlyInStorage();
};

// The detectors themselves, on small sources, so that the tree scans can fail.
void tst_Layering::sqlDetector_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("findings");
    auto row = [](const char *name, const char *source, int findings) {
        QTest::newRow(name) << QString::fromUtf8(source) << findings;
    };
    row("plain literal", R"(q.exec(QStringLiteral("SELECT id FROM cards"));)", 1);
    row("lower-case UI text", R"(tr("Select a card, then update it"))", 0);
    row("in a line comment", "// q.exec(\"DELETE FROM cards\");\nint x = 1;", 0);
    row("in a block comment", "/* INSERT INTO cards\n UPDATE x */ int y;", 0);
    row("raw string", "auto s = R\"(CREATE TABLE t (id))\";", 1);
    row("raw string with delimiter", "auto s = R\"sql(ALTER TABLE t)\" not end)sql\";", 1);
    row("split across adjacent literals", "QStringLiteral(\"DELETE \"\n  \"FROM cards\")", 1);
    row("not adjacent", "f(\"DELETE \"); g(\"FROM cards\");", 0);
    row("escaped quote", R"(s = "say \"hi\" UPDATE cards SET x = 1";)", 1);
    row("char literals", "char a = '\"'; auto s = \"INSERT INTO t\"; char b = '\\'';", 1);
    row("digit separator", "int n = 1'000; auto s = \"PRAGMA user_version\";", 1);
    row("prefixed literal", "auto s = u8\"SELECT 1 \";", 1);
    row("two findings", "a(\"SELECT x\"); b(\"x\"); c(\"VACUUM INTO ?\");", 2);
}

void tst_Layering::sqlDetector()
{
    QFETCH(QString, source);
    QFETCH(int, findings);
    const QStringList found = sqlInLiterals(source);
    QVERIFY2(found.size() == findings, qPrintable(found.join(QLatin1String("; "))));
}

void tst_Layering::includeDetector_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("bad");
    QTest::newRow("QWidget") << QStringLiteral("#include <QWidget>\n") << true;
    QTest::newRow("module path") << QStringLiteral("#include <QtWidgets/QLabel>\n") << true;
    QTest::newRow("lower-case header") << QStringLiteral("#include <qgraphicsitem.h>\n") << true;
    QTest::newRow("QGraphics class") << QStringLiteral("#  include <QGraphicsScene>\n") << true;
    QTest::newRow("QDialog") << QStringLiteral("  #include <QDialog>\n") << true;
    QTest::newRow("QApplication") << QStringLiteral("#include <QApplication>\n") << true;
    QTest::newRow("ui header") << QStringLiteral("#include \"ui/mainwindow.h\"\n") << true;
    QTest::newRow("charts") << QStringLiteral("#include <QtCharts/QChart>\n") << true;
    QTest::newRow("undo stack is QtGui") << QStringLiteral("#include <QUndoStack>\n") << false;
    QTest::newRow("QAction is QtGui") << QStringLiteral("#include <QAction>\n") << false;
    QTest::newRow("QColor") << QStringLiteral("#include <QColor>\n#include <QSqlQuery>\n") << false;
    QTest::newRow("own header") << QStringLiteral("#include \"widgetless.h\"\n") << false;
    QTest::newRow("commented out") << QStringLiteral("// #include <QWidget>\n") << false;
    QTest::newRow("in a block comment") << QStringLiteral("/*\n#include <QWidget>\n*/\n") << false;
}

void tst_Layering::includeDetector()
{
    QFETCH(QString, source);
    QFETCH(bool, bad);
    const QStringList found = widgetIncludes(source, widgetHeaders());
    QVERIFY2(found.isEmpty() != bad, qPrintable(found.join(QLatin1String("; "))));
}

void tst_Layering::modelsIncludeNoWidgets()
{
    const QStringList files = sourceFiles(sourceDir() + QStringLiteral("/models"));
    // The scan must see the library, or it proves nothing.
    QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
    QVERIFY(files.contains(sourceDir() + QStringLiteral("/models/storage/document.cpp")));
    const QSet<QString> widgets = widgetHeaders();
    QVERIFY(widgets.contains(QStringLiteral("QWidget")));
    QStringList violations;
    for (const QString &file : files) {
        const QString rel = QDir(sourceDir()).relativeFilePath(file);
        for (const QString &finding : widgetIncludes(readText(file), widgets))
            violations.append(rel + QLatin1Char(':') + finding);
    }
    QVERIFY2(violations.isEmpty(),
             qPrintable(QStringLiteral("models/ must not include QtWidgets or ui/ headers:\n")
                        + violations.join(QLatin1Char('\n'))));
}

void tst_Layering::modelsLinkNoWidgets()
{
    const QString cmake = readText(sourceDir() + QStringLiteral("/models/CMakeLists.txt"));
    QVERIFY(cmake.contains(QLatin1String("waymark_models")));
    // Comments may talk about Widgets; only code counts.
    QStringList code;
    for (const QString &line : cmake.split(QLatin1Char('\n')))
        code.append(line.section(QLatin1Char('#'), 0, 0));
    const QString text = code.join(QLatin1Char('\n'));
    for (const char *module : {"Widgets", "Charts", "PrintSupport", "SvgWidgets", "waymark_ui"})
        QVERIFY2(!text.contains(QLatin1String(module)), module);
}

void tst_Layering::sqlOnlyInStorage()
{
    const QString root = sourceDir();
    QStringList files;
    for (const char *dir : {"models", "ui", "app"})
        files += sourceFiles(root + QLatin1Char('/') + QLatin1String(dir));
    QVERIFY(files.size() >= 30);
    QStringList violations;
    int storageFilesWithSql = 0;
    for (const QString &file : files) {
        const QString rel = QDir(root).relativeFilePath(file);
        const QStringList found = sqlInLiterals(readText(file));
        if (rel.startsWith(QLatin1String("models/storage/"))) {
            storageFilesWithSql += found.isEmpty() ? 0 : 1;
            continue;
        }
        for (const QString &finding : found)
            violations.append(rel + QLatin1Char(':') + finding);
    }
    // The detector sees the SQL that is allowed, so it would see misplaced SQL too.
    QVERIFY2(storageFilesWithSql >= 5, qPrintable(QString::number(storageFilesWithSql)));
    QVERIFY2(violations.isEmpty(),
             qPrintable(QStringLiteral("SQL belongs in models/storage/ only:\n")
                        + violations.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Layering)

#include "tst_layering.moc"
