#include "io/csvreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using namespace Waymark;

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Rows rows(std::initializer_list<std::initializer_list<const char *>> table)
{
    Rows result;
    for (const auto &row : table) {
        QStringList fields;
        for (const char *field : row)
            fields.append(u8(field));
        result.append(fields);
    }
    return result;
}

QByteArray encode(const char *utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder(u8(utf8));
}

struct ReadResult
{
    Rows rows;
    Lines lines;
};

ReadResult readAll(CsvReader &reader)
{
    ReadResult result;
    QStringList fields;
    while (reader.readRow(&fields)) {
        result.rows.append(fields);
        result.lines.append(reader.lineNumber());
    }
    return result;
}

// A file in which chosen byte offsets (every 64 KiB, so whatever the reader's chunk size
// is, some fall on its chunk boundaries) split a CRLF, a quote pair or a UTF-8 sequence.
struct BoundaryFile
{
    QByteArray bytes;
    Rows rows;
    Lines lines;
};

constexpr qsizetype BoundaryStep = 64 * 1024;
constexpr int BoundaryCount = 68; // past 4 MiB

// Which trick goes at boundary index i; the (i / 16) term makes every trick land on some
// multiple of 1 MiB too.
int trickAt(int i)
{
    return (i + i / 16) % 4;
}

class BoundaryBuilder
{
public:
    explicit BoundaryBuilder(QByteArray eol)
        : m_eol(std::move(eol))
    {
        add(QByteArrayLiteral("id,text"), {u8("id"), u8("text")}, 1);
    }

    // Adds filler rows until `lead` more bytes end exactly at `target`; the filler leaves
    // at least 20 bytes for the caller's own padding.
    QByteArray padTo(qsizetype target, qsizetype lead)
    {
        while (target - m_file.bytes.size() - lead > 220) {
            const QByteArray id = QByteArray::number(m_id++);
            const QByteArray text = "filler row number " + id + " with some words in it";
            add(id + ',' + text, {QString::fromLatin1(id), QString::fromLatin1(text)}, 1);
        }
        const qsizetype padding = target - m_file.bytes.size() - lead;
        return QByteArray(padding, 'p');
    }

    QByteArray nextId() { return QByteArray::number(m_id++); }

    void add(const QByteArray &record, const QStringList &fields, int physicalLines)
    {
        m_file.bytes += record + m_eol;
        m_file.rows.append(fields);
        m_file.lines.append(m_line);
        m_line += physicalLines;
    }

    BoundaryFile file() const { return m_file; }

private:
    QByteArray m_eol;
    BoundaryFile m_file;
    qint64 m_line = 1;
    int m_id = 1;
};

BoundaryFile crlfBoundaryFile()
{
    BoundaryBuilder b(QByteArrayLiteral("\r\n"));
    for (int i = 1; i <= BoundaryCount; ++i) {
        const qsizetype boundary = i * BoundaryStep;
        const QByteArray id = b.nextId();
        const QString sid = QString::fromLatin1(id);
        switch (trickAt(i)) {
        case 0: { // the CR LF that ends a record
            const QByteArray pad = b.padTo(boundary - 1, id.size() + 1);
            b.add(id + ',' + pad, {sid, QString::fromLatin1(pad)}, 1);
            break;
        }
        case 1: { // a CR LF inside a quoted field
            const QByteArray pad = b.padTo(boundary - 1, id.size() + 2);
            b.add(id + ",\"" + pad + "\r\ntail\"", {sid, QString::fromLatin1(pad + "\r\ntail")}, 2);
            break;
        }
        case 2: { // a doubled quote
            const QByteArray pad = b.padTo(boundary - 1, id.size() + 2);
            b.add(id + ",\"" + pad + "\"\"x\"", {sid, QString::fromLatin1(pad + "\"x")}, 1);
            break;
        }
        default: { // the closing quote, with the line end in the next chunk
            const QByteArray pad = b.padTo(boundary - 1, id.size() + 2);
            b.add(id + ",\"" + pad + '"', {sid, QString::fromLatin1(pad)}, 1);
            break;
        }
        }
    }
    b.add(QByteArrayLiteral("last,row"), {u8("last"), u8("row")}, 1);
    return b.file();
}

BoundaryFile utf8BoundaryFile()
{
    struct Split
    {
        const char *character;
        int before; // bytes of it in front of the boundary
    };
    constexpr Split splits[] = {{"é", 1}, {"€", 1}, {"€", 2}, {"😀", 2}};
    BoundaryBuilder b(QByteArrayLiteral("\n"));
    for (int i = 1; i <= BoundaryCount; ++i) {
        const Split split = splits[trickAt(i)];
        const QByteArray id = b.nextId();
        const QByteArray pad = b.padTo(i * BoundaryStep - split.before, id.size() + 1);
        const QByteArray text = pad + split.character + "ok";
        b.add(id + ',' + text, {QString::fromLatin1(id), QString::fromUtf8(text)}, 1);
    }
    return b.file();
}

void compareRows(const ReadResult &actual, const BoundaryFile &expected)
{
    QCOMPARE(actual.rows.size(), expected.rows.size());
    for (qsizetype i = 0; i < expected.rows.size(); ++i) {
        QCOMPARE(actual.rows.at(i), expected.rows.at(i));
        QCOMPARE(actual.lines.at(i), expected.lines.at(i));
    }
}

QString sharedDataFile(const char *name)
{
    return QDir::cleanPath(QString::fromUtf8(WAYMARK_SOURCE_DIR "/../shared/data/")
                           + QString::fromUtf8(name));
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void maxFieldLengthBoundary();
    void emptyInput_data();
    void emptyInput();
    void unknownEncoding_data();
    void unknownEncoding();
    void invalidDelimiter();
    void missingFile();
    void detectEncoding_data();
    void detectEncoding();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void windows1252Table();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void progress();
    void reopen();
    void realExports();
    void parseTiming();
};

void tst_CsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("forcedEncoding");
    QTest::addColumn<QString>("forcedDelimiter");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QByteArrayList>("encodings"); // any of them is right
    QTest::addColumn<bool>("bom");

    const QByteArray detect;
    const QString sniff;
    const QString comma = QStringLiteral(",");
    const QByteArrayList utf8{"UTF-8"};

    QTest::newRow("lf") << QByteArray("a,b,c\n1,2,3\n") << detect << sniff
                        << rows({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 2} << comma << utf8
                        << false;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << detect << sniff
                          << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << comma << utf8
                          << false;
    QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r3,4") << detect << sniff
                             << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}}) << Lines{1, 2, 3}
                             << comma << utf8 << false;
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << detect << sniff << rows({{"a", "b"}, {"1", "2"}})
        << Lines{1, 2} << comma << utf8 << false;
    QTest::newRow("only a header") << QByteArray("a,b") << detect << sniff << rows({{"a", "b"}})
                                   << Lines{1} << comma << utf8 << false;
    QTest::newRow("quoted delimiter") << QByteArray("name,comment\nAnn,\"Good, fast\"\n") << detect
                                      << sniff << rows({{"name", "comment"}, {"Ann", "Good, fast"}})
                                      << Lines{1, 2} << comma << utf8 << false;
    QTest::newRow("doubled quotes")
        << QByteArray("q,n\n\"He said \"\"hi\"\"\",1\n\"\"\"\",2\n\"\",3\n") << detect << sniff
        << rows({{"q", "n"}, {"He said \"hi\"", "1"}, {"\"", "2"}, {"", "3"}}) << Lines{1, 2, 3, 4}
        << comma << utf8 << false;
    QTest::newRow("quoted newlines")
        << QByteArray("id,text,score\n1,\"line one\nline two\nline three\",9\n2,\"x\",7\n"
                      "3,\"a\n\nb\",1\n4,end,0\n")
        << detect << sniff
        << rows({{"id", "text", "score"},
                 {"1", "line one\nline two\nline three", "9"},
                 {"2", "x", "7"},
                 {"3", "a\n\nb", "1"},
                 {"4", "end", "0"}})
        << Lines{1, 2, 5, 6, 9} << comma << utf8 << false;
    QTest::newRow("quoted crlf kept as is")
        << QByteArray("id,text\r\n1,\"one\r\ntwo\"\r\n2,three\r\n") << detect << sniff
        << rows({{"id", "text"}, {"1", "one\r\ntwo"}, {"2", "three"}}) << Lines{1, 2, 4} << comma
        << utf8 << false;
    QTest::newRow("quoted lone cr") << QByteArray("a,b\r1,\"x\ry\"\r2,z\r") << detect << sniff
                                    << rows({{"a", "b"}, {"1", "x\ry"}, {"2", "z"}})
                                    << Lines{1, 2, 4} << comma << utf8 << false;
    QTest::newRow("cr then crlf") << QByteArray("a\r\r\nb\n") << detect << sniff
                                  << rows({{"a"}, {"b"}}) << Lines{1, 3} << comma << utf8 << false;
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n,b,\n") << detect << sniff
                                  << rows({{"a", "", "c"}, {"", "", ""}, {"", "b", ""}})
                                  << Lines{1, 2, 3} << comma << utf8 << false;
    QTest::newRow("trailing delimiter, no newline")
        << QByteArray("a,b,\n1,2,") << detect << sniff << rows({{"a", "b", ""}, {"1", "2", ""}})
        << Lines{1, 2} << comma << utf8 << false;
    QTest::newRow("empty lines skipped")
        << QByteArray("\na,b\n\n1,2\n\r\n\n3,4\n\n\n") << detect << sniff
        << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}}) << Lines{2, 4, 7} << comma << utf8 << false;
    QTest::newRow("blank-looking line is a record")
        << QByteArray("a\n \nb\n") << detect << sniff << rows({{"a"}, {" "}, {"b"}})
        << Lines{1, 2, 3} << comma << utf8 << false;
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1,2\n1,2,3,4\n5\n") << detect << sniff
                                 << rows({{"a", "b", "c"}, {"1", "2"}, {"1", "2", "3", "4"}, {"5"}})
                                 << Lines{1, 2, 3, 4} << comma << utf8 << false;
    QTest::newRow("whitespace kept")
        << QByteArray("  a , b \n\" c \",d \n") << detect << sniff
        << rows({{"  a ", " b "}, {" c ", "d "}}) << Lines{1, 2} << comma << utf8 << false;
    QTest::newRow("stray quotes kept")
        << QByteArray("size,note\n5\" screen,ok\nab\"c\"d,x\n") << detect << sniff
        << rows({{"size", "note"}, {"5\" screen", "ok"}, {"ab\"c\"d", "x"}}) << Lines{1, 2, 3}
        << comma << utf8 << false;
    QTest::newRow("text after closing quote")
        << QByteArray("\"a\"b,c\n\"a\"\"b\"c,d\n") << detect << sniff
        << rows({{"ab", "c"}, {"a\"bc", "d"}}) << Lines{1, 2} << comma << utf8 << false;
    QTest::newRow("semicolon") << QByteArray(
        "name;score;comment\nAnn;9;good, fast\nBob;3;slow, rude\n")
                               << detect << sniff
                               << rows({{"name", "score", "comment"},
                                        {"Ann", "9", "good, fast"},
                                        {"Bob", "3", "slow, rude"}})
                               << Lines{1, 2, 3} << QStringLiteral(";") << utf8 << false;
    QTest::newRow("tab") << QByteArray("name\tscore\nAnn\t9\nBob, Jr\t7\n") << detect << sniff
                         << rows({{"name", "score"}, {"Ann", "9"}, {"Bob, Jr", "7"}})
                         << Lines{1, 2, 3} << QStringLiteral("\t") << utf8 << false;
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << detect << sniff
                          << rows({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 2}
                          << QStringLiteral("|") << utf8 << false;
    QTest::newRow("semicolons inside quotes")
        << QByteArray("id,text\n1,\"a;b;c\"\n2,\"d;e\"\n") << detect << sniff
        << rows({{"id", "text"}, {"1", "a;b;c"}, {"2", "d;e"}}) << Lines{1, 2, 3} << comma << utf8
        << false;
    QTest::newRow("forced delimiter")
        << QByteArray("a;b,c\n1;2,3\n") << detect << comma << rows({{"a;b", "c"}, {"1;2", "3"}})
        << Lines{1, 2} << comma << utf8 << false;
    QTest::newRow("single column")
        << QByteArray("comment\nhello\nworld\n") << detect << sniff
        << rows({{"comment"}, {"hello"}, {"world"}}) << Lines{1, 2, 3} << comma << utf8 << false;
    QTest::newRow("utf-8 multilingual")
        << QByteArray("id,text\n1,\"日本語、とても良い 😀\"\n2,Señor\n") << detect << sniff
        << rows({{"id", "text"}, {"1", "日本語、とても良い 😀"}, {"2", "Señor"}}) << Lines{1, 2, 3}
        << comma << utf8 << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFid,name\n1,Zoë\n") << detect << sniff
                               << rows({{"id", "name"}, {"1", "Zoë"}}) << Lines{1, 2} << comma
                               << utf8 << true;

    const char *utf16Text = "id;name\r\n1;Zoë € 😀\r\n2;\"a;b\"\r\n";
    const Rows utf16Rows = rows({{"id", "name"}, {"1", "Zoë € 😀"}, {"2", "a;b"}});
    const QString semicolon = QStringLiteral(";");
    QTest::newRow("utf-16le bom") << encode(utf16Text, QStringConverter::Utf16LE, true) << detect
                                  << sniff << utf16Rows << Lines{1, 2, 3} << semicolon
                                  << QByteArrayList{"UTF-16LE"} << true;
    QTest::newRow("utf-16be bom") << encode(utf16Text, QStringConverter::Utf16BE, true) << detect
                                  << sniff << utf16Rows << Lines{1, 2, 3} << semicolon
                                  << QByteArrayList{"UTF-16BE"} << true;
    QTest::newRow("utf-16le no bom")
        << encode(utf16Text, QStringConverter::Utf16LE, false) << detect << sniff << utf16Rows
        << Lines{1, 2, 3} << semicolon << QByteArrayList{"UTF-16LE"} << false;
    QTest::newRow("utf-16be no bom")
        << encode(utf16Text, QStringConverter::Utf16BE, false) << detect << sniff << utf16Rows
        << Lines{1, 2, 3} << semicolon << QByteArrayList{"UTF-16BE"} << false;
    QTest::newRow("windows-1252")
        << QByteArray("name,comment\nJos\xE9,Co\xFBt \x80"
                      "5\nAnn,It\x92s fine\n")
        << detect << sniff << rows({{"name", "comment"}, {"José", "Coût €5"}, {"Ann", "It’s fine"}})
        << Lines{1, 2, 3} << comma << QByteArrayList{"windows-1252"} << false;
    QTest::newRow("latin-1 detected")
        << QByteArray("nom;ville;note\nC\xE9line;Li\xE8ge;tr\xE8s bien\nFran\xE7ois;Gen\xE8ve;"
                      "d\xE9\xE7u\n")
        << detect << sniff
        << rows({{"nom", "ville", "note"},
                 {"Céline", "Liège", "très bien"},
                 {"François", "Genève", "déçu"}})
        << Lines{1, 2, 3} << semicolon << QByteArrayList{"ISO-8859-1", "windows-1252"} << false;
    QTest::newRow("latin-1 forced") << QByteArray("a,b\n\xE9,\x80\n") << QByteArray("iso-8859-1")
                                    << sniff << rows({{"a", "b"}, {"é", "\xC2\x80"}}) << Lines{1, 2}
                                    << comma << QByteArrayList{"ISO-8859-1"} << false;
    QTest::newRow("windows-1252 forced over utf-8")
        << QByteArray("a\nZo\xC3\xAB\n") << QByteArray("Windows-1252") << sniff
        << rows({{"a"}, {"ZoÃ«"}}) << Lines{1, 2} << comma << QByteArrayList{"windows-1252"}
        << false;
    QTest::newRow("utf-16le forced, bom skipped")
        << encode("a,b\n1,2\n", QStringConverter::Utf16LE, true) << QByteArray("utf-16le") << sniff
        << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << comma << QByteArrayList{"UTF-16LE"}
        << true;
    QTest::newRow("utf-8 forced, bom skipped")
        << QByteArray("\xEF\xBB\xBFx,y\n") << QByteArray("utf8") << sniff << rows({{"x", "y"}})
        << Lines{1} << comma << utf8 << true;
    QTest::newRow("truncated utf-8 at the end")
        << QByteArray("a,b\n1,caf\xC3") << detect << sniff << rows({{"a", "b"}, {"1", "caf\uFFFD"}})
        << Lines{1, 2} << comma << utf8 << false;
}

void tst_CsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, forcedEncoding);
    QFETCH(QString, forcedDelimiter);
    QFETCH(Rows, expected);
    QFETCH(Lines, lines);
    QFETCH(QString, delimiter);
    QFETCH(QByteArrayList, encodings);
    QFETCH(bool, bom);

    CsvReader::Options options;
    options.encoding = forcedEncoding;
    if (!forcedDelimiter.isEmpty())
        options.delimiter = forcedDelimiter.at(0);
    CsvReader reader(options);
    QVERIFY2(reader.openData(input), qPrintable(reader.errorString()));
    QCOMPARE(reader.delimiter(), delimiter.at(0));
    QVERIFY2(encodings.contains(reader.encoding()), reader.encoding().constData());
    QCOMPARE(reader.hadByteOrderMark(), bom);

    const ReadResult result = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(result.rows, expected);
    QCOMPARE(result.lines, lines);
    QCOMPARE(reader.progress(), 1.0);
    QStringList fields{QStringLiteral("stale")};
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(fields.isEmpty());
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxFieldLength");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QStringList>("inMessage");

    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,2\n3,\"never\nclosed\n4,5\n") << (1 << 20) << 2
        << QStringList{QStringLiteral("line 3"), QStringLiteral("never closed")};
    QTest::newRow("unclosed quote on the first line")
        << QByteArray("\"abc") << (1 << 20) << 0
        << QStringList{QStringLiteral("line 1"), QStringLiteral("never closed")};
    QTest::newRow("unclosed quote after multi-line fields")
        << QByteArray("h,t\r\n1,\"x\r\ny\"\r\n\r\n2,\"open\r\nstill\r\n") << (1 << 20) << 2
        << QStringList{QStringLiteral("line 5"), QStringLiteral("never closed")};
    QTest::newRow("unquoted field too long")
        << QByteArray("a,b\nshort,01234567890\n") << 10 << 1
        << QStringList{QStringLiteral("line 2"), QStringLiteral("longer than 10 characters")};
    QTest::newRow("last field too long")
        << QByteArray("a,b\nshort,01234567890") << 10 << 1
        << QStringList{QStringLiteral("line 2"), QStringLiteral("longer than 10 characters")};
    QTest::newRow("quoted field too long")
        << QByteArray("a\n\"0123\n4567\n89AB\"\n") << 10 << 1
        << QStringList{QStringLiteral("line 2"), QStringLiteral("closing quote missing")};
    QTest::newRow("doubled quotes make it too long")
        << QByteArray("\"abc\"\"\"\"\"\"\"\n") << 5 << 0
        << QStringList{QStringLiteral("line 1"), QStringLiteral("longer than 5 characters")};
    QTest::newRow("text after quote makes it too long")
        << QByteArray("\"abcd\"efgh\n") << 5 << 0
        << QStringList{QStringLiteral("line 1"), QStringLiteral("longer than 5 characters")};
    QTest::newRow("too many fields")
        << QByteArray("a\n") + QByteArray(70000, ',') + '\n'
        << (1 << 20) << 1
        << QStringList{QStringLiteral("line 2"), QStringLiteral("more than 65536 fields")};
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxFieldLength);
    QFETCH(int, rowsBefore);
    QFETCH(QStringList, inMessage);

    CsvReader::Options options;
    options.maxFieldLength = maxFieldLength;
    options.delimiter = QLatin1Char(',');
    CsvReader reader(options);
    QVERIFY(reader.openData(input));
    const ReadResult result = readAll(reader);
    QCOMPARE(result.rows.size(), rowsBefore);
    QVERIFY(reader.hasError());
    for (const QString &part : inMessage)
        QVERIFY2(reader.errorString().contains(part), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().endsWith(QLatin1Char('.'))
            || reader.errorString().endsWith(QLatin1Char('?')));
    QStringList fields;
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(reader.hasError());
}

void tst_CsvReader::maxFieldLengthBoundary()
{
    CsvReader::Options options;
    options.maxFieldLength = 10;
    CsvReader reader(options);
    QVERIFY(reader.openData("0123456789,\"abcdefghi\"\"\"\n"));
    QStringList fields;
    QVERIFY2(reader.readRow(&fields), qPrintable(reader.errorString()));
    QCOMPARE(fields, QStringList({QStringLiteral("0123456789"), QStringLiteral("abcdefghi\"")}));
}

void tst_CsvReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines only") << QByteArray("\n\r\n\r\n");
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF");
}

void tst_CsvReader::emptyInput()
{
    QFETCH(QByteArray, input);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(input);
    file.close();

    for (bool fromFile : {false, true}) {
        CsvReader reader;
        QVERIFY(fromFile ? reader.open(path) : reader.openData(input));
        QCOMPARE(reader.encoding(), QByteArray("UTF-8"));
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        QStringList fields;
        QVERIFY(!reader.readRow(&fields));
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.progress(), 1.0);
    }
}

void tst_CsvReader::unknownEncoding_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("made up") << QByteArray("klingon-8");
    QTest::newRow("utf-32") << QByteArray("UTF-32");
    QTest::newRow("shift_jis") << QByteArray("Shift_JIS");
}

void tst_CsvReader::unknownEncoding()
{
    QFETCH(QByteArray, name);
    CsvReader::Options options;
    options.encoding = name;
    CsvReader reader(options);
    QVERIFY(!reader.openData("a,b\n1,2\n"));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QString::fromLatin1(name)),
             qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QStringLiteral("windows-1252")));
    QStringList fields;
    QVERIFY(!reader.readRow(&fields));
}

void tst_CsvReader::invalidDelimiter()
{
    for (const char16_t c : {u'"', u'\n', u'\r'}) {
        CsvReader::Options options;
        options.delimiter = QChar(c);
        CsvReader reader(options);
        QVERIFY(!reader.openData("a,b\n"));
        QVERIFY(reader.hasError());
        QVERIFY(!reader.errorString().isEmpty());
    }
}

void tst_CsvReader::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("does-not-exist.csv"));
    CsvReader reader;
    QVERIFY(!reader.open(path));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(reader.errorString()));
    QStringList fields;
    QVERIFY(!reader.readRow(&fields));
}

void tst_CsvReader::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QByteArrayList>("encodings");

    const QByteArrayList utf8{"UTF-8"};
    const QByteArrayList singleByte{"ISO-8859-1", "windows-1252"};
    QTest::newRow("empty") << QByteArray() << utf8;
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << utf8;
    QTest::newRow("utf-8") << QByteArray("name\nZoë\n日本\n") << utf8;
    QTest::newRow("utf-8 cut in a sequence") << QByteArray("caf\xC3") << utf8;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF\xE9") << utf8;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEx") << QByteArrayList{"UTF-16LE"};
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFFx") << QByteArrayList{"UTF-16BE"};
    QTest::newRow("utf-16le") << encode("id,comment\n1,très bien\n", QStringConverter::Utf16LE,
                                        false)
                              << QByteArrayList{"UTF-16LE"};
    QTest::newRow("utf-16be") << encode("id,comment\n1,très bien\n", QStringConverter::Utf16BE,
                                        false)
                              << QByteArrayList{"UTF-16BE"};
    QTest::newRow("windows-1252 quotes")
        << QByteArray("id,comment\n1,\x93Great\x94 service\n2,It\x92s ok\n")
        << QByteArrayList{"windows-1252"};
    QTest::newRow("windows-1252 euro")
        << QByteArray("price\n\x80 12\n") << QByteArrayList{"windows-1252"};
    QTest::newRow("latin-1 text") << QByteArray("ville\nLi\xE8ge\nZ\xFCrich\nM\xE1laga\n")
                                  << singleByte;
    QTest::newRow("overlong utf-8") << QByteArray("a\xC0\xAF") << singleByte;
    QTest::newRow("utf-8 surrogate") << QByteArray("a\xED\xA0\x80") << singleByte;
    QTest::newRow("lone continuation byte") << QByteArray("caf\xA9") << singleByte;
}

void tst_CsvReader::detectEncoding()
{
    QFETCH(QByteArray, sample);
    QFETCH(QByteArrayList, encodings);
    const QByteArray encoding = CsvReader::detectEncoding(sample);
    QVERIFY2(encodings.contains(encoding), encoding.constData());
}

void tst_CsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("empty") << QString() << QChar(u',');
    QTest::newRow("one word") << QStringLiteral("hello") << QChar(u',');
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\r\n1;2;3\r\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\n") << QChar(u'\t');
    QTest::newRow("pipe") << QStringLiteral("a|b\n1|2\n") << QChar(u'|');
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("name;score\nA;1,5\nB;2,25\nC;3\n") << QChar(u';');
    QTest::newRow("tab with commas in text")
        << QStringLiteral("id\ttext\n1\tHello, world\n2\tFine\n") << QChar(u'\t');
    QTest::newRow("quoted commas in a semicolon file")
        << QStringLiteral("a;b\n\"x,y,z\";1\n\"p,q\";2\n") << QChar(u';');
    QTest::newRow("quoted newline is not a line")
        << QStringLiteral("a|b\n\"x\ny,z\"|w\n") << QChar(u'|');
    QTest::newRow("inconsistent: comma") << QStringLiteral("a;b\nc\nd;e;f;g\nh|i\n") << QChar(u',');
    QTest::newRow("stray quote does not hide the rest")
        << QStringLiteral("size;note\n5\" screen;ok\n7\" screen;good\n") << QChar(u';');
    QTest::newRow("partial last line") << QStringLiteral("a;b\n1;2\n3;4\n5;6\n7") << QChar(u';');
}

void tst_CsvReader::sniffDelimiter()
{
    QFETCH(QString, sample);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::sniffDelimiter(sample), delimiter);
}

void tst_CsvReader::windows1252Table()
{
    QByteArray input;
    for (int b = 0x80; b <= 0xFF; ++b) {
        input += char(b);
        input += '\n';
    }
    for (const char *name : {"windows-1252", "ISO-8859-1"}) {
        CsvReader::Options options;
        options.encoding = name;
        options.delimiter = QLatin1Char(',');
        CsvReader reader(options);
        QVERIFY(reader.openData(input));
        const ReadResult result = readAll(reader);
        QCOMPARE(result.rows.size(), 128);
        const bool windows = qstrcmp(name, "windows-1252") == 0;
        QStringDecoder reference(name);
        for (int b = 0x80; b <= 0xFF; ++b) {
            const QStringList &row = result.rows.at(b - 0x80);
            QCOMPARE(row.size(), 1);
            QCOMPARE(row.at(0).size(), 1);
            if (reference.isValid()) // Qt built with ICU: it must agree with our table
                QCOMPARE(row.at(0), QString(reference(QByteArray(1, char(b)))));
            if (!windows || b >= 0xA0)
                QCOMPARE(row.at(0).at(0).unicode(), char16_t(b));
        }
        if (windows) {
            QCOMPARE(result.rows.at(0x80 - 0x80).at(0), QStringLiteral("€"));
            QCOMPARE(result.rows.at(0x92 - 0x80).at(0), QStringLiteral("’"));
            QCOMPARE(result.rows.at(0x9C - 0x80).at(0), QStringLiteral("œ"));
        }
        QCOMPARE(result.rows.at(0xE9 - 0x80).at(0), QStringLiteral("é"));
    }
}

void tst_CsvReader::chunkBoundaries_data()
{
    QTest::addColumn<bool>("utf8");
    QTest::newRow("crlf and quotes") << false;
    QTest::newRow("utf-8 sequences") << true;
}

void tst_CsvReader::chunkBoundaries()
{
    QFETCH(bool, utf8);
    const BoundaryFile expected = utf8 ? utf8BoundaryFile() : crlfBoundaryFile();
    QVERIFY(expected.bytes.size() > 4 * 1024 * 1024);
    // The builder itself must have put the tricky bytes where it meant to.
    for (int i = 1; i <= BoundaryCount; ++i) {
        const qsizetype at = i * BoundaryStep;
        if (utf8)
            QVERIFY(uchar(expected.bytes.at(at)) >= 0x80 && uchar(expected.bytes.at(at)) < 0xC0);
        else if (trickAt(i) == 2)
            QVERIFY(expected.bytes.mid(at - 1, 2) == "\"\"");
        else if (trickAt(i) == 3)
            QVERIFY(expected.bytes.mid(at - 1, 3) == "\"\r\n");
        else
            QVERIFY(expected.bytes.mid(at - 1, 2) == "\r\n");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("boundaries.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(expected.bytes), expected.bytes.size());
    file.close();

    CsvReader fromFile;
    QVERIFY2(fromFile.open(path), qPrintable(fromFile.errorString()));
    QCOMPARE(fromFile.encoding(), QByteArray("UTF-8"));
    QCOMPARE(fromFile.delimiter(), QLatin1Char(','));
    const ReadResult fileResult = readAll(fromFile);
    QVERIFY2(!fromFile.hasError(), qPrintable(fromFile.errorString()));
    compareRows(fileResult, expected);

    CsvReader fromData;
    QVERIFY(fromData.openData(expected.bytes));
    const ReadResult dataResult = readAll(fromData);
    QVERIFY(!fromData.hasError());
    compareRows(dataResult, expected);

    // The same text in UTF-16, where chunks split surrogate pairs and CR LF pairs anew.
    CsvReader fromUtf16;
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray utf16 = encoder(QString::fromUtf8(expected.bytes));
    QVERIFY(fromUtf16.openData(utf16));
    QCOMPARE(fromUtf16.encoding(), QByteArray("UTF-16LE"));
    const ReadResult utf16Result = readAll(fromUtf16);
    QVERIFY(!fromUtf16.hasError());
    compareRows(utf16Result, expected);
}

void tst_CsvReader::progress()
{
    const BoundaryFile data = crlfBoundaryFile();
    CsvReader reader;
    QVERIFY(reader.openData(data.bytes));
    QCOMPARE(reader.progress(), 0.0);
    double last = 0.0;
    bool sawMiddle = false;
    QStringList fields;
    while (reader.readRow(&fields)) {
        const double now = reader.progress();
        QVERIFY2(now >= last && now <= 1.0, qPrintable(QString::number(now)));
        sawMiddle = sawMiddle || (now > 0.4 && now < 0.6);
        last = now;
    }
    QVERIFY(!reader.hasError());
    QVERIFY(sawMiddle);
    QCOMPARE(reader.progress(), 1.0);
}

void tst_CsvReader::reopen()
{
    CsvReader reader;
    QVERIFY(reader.openData("a;b\n\"unclosed\n"));
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(reader.hasError());

    QVERIFY(reader.openData(encode("x,y\r\n1,2\r\n", QStringConverter::Utf16BE, true)));
    QVERIFY(!reader.hasError());
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(reader.encoding(), QByteArray("UTF-16BE"));
    QCOMPARE(reader.delimiter(), QLatin1Char(','));
    const ReadResult result = readAll(reader);
    QCOMPARE(result.rows, rows({{"x", "y"}, {"1", "2"}}));
    QCOMPARE(result.lines, Lines({1, 2}));
}

void tst_CsvReader::realExports()
{
    const QString miro = sharedDataFile("miro_nps_comments.csv");
    const QString ba = sharedDataFile("ba_skytrax_reviews.csv");
    if (!QFileInfo::exists(miro) && !QFileInfo::exists(ba))
        QSKIP("The shared survey exports are not available.");

    if (QFileInfo::exists(miro)) {
        CsvReader reader;
        QVERIFY2(reader.open(miro), qPrintable(reader.errorString()));
        QCOMPARE(reader.encoding(), QByteArray("UTF-8"));
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        const ReadResult result = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(result.rows.size(), 442);
        QCOMPARE(result.rows.first(),
                 QStringList({QStringLiteral("user_id"), QStringLiteral("text"),
                              QStringLiteral("NPS_Score")}));
        int promoters = 0;
        int detractors = 0;
        for (const QStringList &row : result.rows) {
            QCOMPARE(row.size(), 3);
            bool ok = false;
            const int score = row.at(2).toInt(&ok);
            if (ok) {
                promoters += score >= 9;
                detractors += score <= 6;
            }
        }
        // The reference figures from SOURCES.md: any field split wrongly would move them.
        QCOMPARE(promoters, 306);
        QCOMPARE(detractors, 40);
        QVERIFY(result.lines.last() > 442); // comments with newlines take several lines
    }

    if (QFileInfo::exists(ba)) {
        CsvReader reader;
        QVERIFY2(reader.open(ba), qPrintable(reader.errorString()));
        QCOMPARE(reader.encoding(), QByteArray("UTF-8"));
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        QVERIFY(!reader.hadByteOrderMark());
        const ReadResult result = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(result.rows.size() > 100);
        const qsizetype columns = result.rows.first().size();
        QCOMPARE(columns, 14);
        for (qsizetype i = 0; i < result.rows.size(); ++i) {
            QVERIFY2(result.rows.at(i).size() == columns,
                     qPrintable(QStringLiteral("line %1").arg(result.lines.at(i))));
            for (const QString &field : result.rows.at(i))
                QVERIFY(!field.contains(QChar::ReplacementCharacter));
        }
    }
}

void tst_CsvReader::parseTiming()
{
    // Information only, never an assertion: the import benchmark owns the budget.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("timing.csv"));
    constexpr int RowCount = 200000;
    {
        QByteArray bytes;
        bytes.reserve(27 * 1024 * 1024);
        bytes += "id,date,channel,segment,respondent,metric,score,scale,comment\r\n";
        for (int i = 1; i <= RowCount; ++i) {
            bytes += QByteArray::number(i);
            bytes += ",2024-03-";
            bytes += QByteArray::number(10 + i % 19);
            bytes += i % 3 ? ",web,Business," : ",store,Leisure,";
            bytes += "R" + QByteArray::number(100000 + i);
            bytes += ",nps,";
            bytes += QByteArray::number(i % 11);
            bytes += ",10,";
            bytes += i % 4 ? "\"The crew were friendly, the seat was fine but the food was "
                             "cold and late (row "
                           : "Quick check-in and a smooth boarding; café was closed at row ";
            bytes += QByteArray::number(i % 40);
            bytes += i % 4 ? ")\"\r\n" : "\r\n";
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    QVERIFY(reader.open(path));
    QStringList fields;
    qint64 records = 0;
    qint64 fieldCount = 0;
    while (reader.readRow(&fields)) {
        ++records;
        fieldCount += fields.size();
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!reader.hasError());
    QCOMPARE(records, RowCount + 1);
    QCOMPARE(fieldCount, qint64(RowCount + 1) * 9);
    qInfo("parsed %lld records (%.1f MB) in %lld ms", records, double(QFileInfo(path).size()) / 1e6,
          elapsed);
}

QTEST_GUILESS_MAIN(tst_CsvReader)

#include "tst_csvreader.moc"
