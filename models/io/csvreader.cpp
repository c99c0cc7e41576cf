#include "csvreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>
#include <array>
#include <vector>

namespace Waymark {

namespace {

// Big enough that per-chunk overhead vanishes, small enough to stay cache- and
// memory-friendly for files of any size.
constexpr qint64 ChunkSize = 1 << 20;
// A file of nothing but delimiters would otherwise become millions of empty QStrings.
constexpr qsizetype MaxFieldsPerRecord = 1 << 16;
constexpr int SniffLines = 20;
// NUL-byte statistics need only the start of the data.
constexpr qsizetype Utf16SampleBytes = 4096;
// uchardet costs about 0.1 s per MiB and is as sure after 64 KiB of text.
constexpr qsizetype UchardetSampleBytes = 64 * 1024;

constexpr char Utf8Name[] = "UTF-8";
constexpr char Utf16LeName[] = "UTF-16LE";
constexpr char Utf16BeName[] = "UTF-16BE";
constexpr char Windows1252Name[] = "windows-1252";
constexpr char Latin1Name[] = "ISO-8859-1";

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five bytes it leaves undefined
// map to the C1 controls of the same value, as ICU and the WHATWG encoding standard do.
constexpr std::array<char16_t, 32> Windows1252High
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Returns one of the names encoding() reports, or an empty array for an unknown name.
QByteArray canonicalEncoding(const QByteArray &name)
{
    QByteArray key = name.trimmed().toLower();
    key.replace('-', "").replace('_', "").replace(' ', "");
    if (key == "utf8")
        return Utf8Name;
    if (key == "utf16le")
        return Utf16LeName;
    if (key == "utf16be")
        return Utf16BeName;
    if (key == "windows1252" || key == "cp1252")
        return Windows1252Name;
    if (key == "iso88591" || key == "latin1")
        return Latin1Name;
    return {};
}

// Length of a byte order mark at the start of bytes (0 if none) and its encoding.
int byteOrderMark(QByteArrayView bytes, QByteArray *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = Utf8Name;
        return 3;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *encoding = Utf16LeName;
        return 2;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *encoding = Utf16BeName;
        return 2;
    }
    return 0;
}

// UTF-16 text that is mostly ASCII (as CSV is: digits, delimiters, quotes) has a NUL in
// every other byte; one side full of NULs and the other nearly free of them is telling.
QByteArray utf16ByNulPattern(QByteArrayView sample)
{
    const qsizetype n = std::min(sample.size(), Utf16SampleBytes) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += sample[i] == 0;
        oddNuls += sample[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddNuls * 4 >= units && evenNuls * 10 <= oddNuls)
        return Utf16LeName;
    if (evenNuls * 4 >= units && oddNuls * 10 <= evenNuls)
        return Utf16BeName;
    return {};
}

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). A sequence
// cut off by the end of the sample is accepted: the sample is often a prefix of the file.
bool isValidUtf8(QByteArrayView sample)
{
    const auto *p = reinterpret_cast<const uchar *>(sample.data());
    const uchar *const end = p + sample.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int trailing = 0;
        uchar min = 0x80;
        uchar max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            trailing = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            trailing = 2;
            if (c == 0xE0)
                min = 0xA0;
            else if (c == 0xED)
                max = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            trailing = 3;
            if (c == 0xF0)
                min = 0x90;
            else if (c == 0xF4)
                max = 0x8F;
        } else {
            return false;
        }
        ++p;
        for (int i = 0; i < trailing; ++i, ++p) {
            if (p == end)
                return true;
            const uchar t = *p;
            if (i == 0 ? (t < min || t > max) : (t < 0x80 || t > 0xBF))
                return false;
        }
    }
    return true;
}

QByteArray singleByteEncoding(QByteArrayView sample)
{
    // C1 controls do not occur in real text: bytes 0x80..0x9F mean Windows-1252 whatever
    // uchardet says.
    const bool hasC1 = std::any_of(sample.begin(), sample.end(),
                                   [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
    if (hasC1)
        return Windows1252Name;

    uchardet_t detector = uchardet_new();
    if (!detector)
        return Windows1252Name;
    QByteArray answer;
    const qsizetype length = std::min(sample.size(), UchardetSampleBytes);
    if (uchardet_handle_data(detector, sample.data(), size_t(length)) == 0) {
        uchardet_data_end(detector);
        answer = QByteArray(uchardet_get_charset(detector)).toUpper();
    }
    uchardet_delete(detector);
    // Anything else (a Central European or Cyrillic guess, or no guess at all) is most
    // likely a Western spreadsheet export in the Windows code page.
    return answer == "ISO-8859-1" ? Latin1Name : Windows1252Name;
}

// Exposes whether the decoder holds the start of a sequence that the data never finished.
class Decoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    bool hasIncompleteInput() const { return state.remainingChars != 0; }
};

} // namespace

struct CsvReader::Private
{
    bool start(std::unique_ptr<QIODevice> source, const QString &path);
    void reset();
    bool fail(const QString &message);
    bool readChunk();
    void decode(const char *bytes, qsizetype size);
    bool refill();
    bool readRecord(QStringList *fields);
    QString sourceName() const;

    const char16_t *chars() const { return reinterpret_cast<const char16_t *>(buffer.constData()); }

    Options options;
    std::unique_ptr<QIODevice> device;
    QString path;

    QByteArray encoding = Utf8Name;
    bool hadBom = false;
    QChar delimiter = QLatin1Char(',');
    // Single-byte encodings use a table: faster than ICU and the same result on Qt builds
    // without ICU.
    bool useTable = false;
    std::array<char16_t, 256> table{};
    Decoder decoder;

    QByteArray raw;        // the current chunk of bytes
    QString buffer;        // the current chunk, decoded
    qsizetype pos = 0;     // next character to parse in buffer
    qsizetype length = 0;  // decoded characters in buffer
    QString field;         // collects fields that span chunks or hold doubled quotes
    qint64 totalBytes = 0; // size of the input
    qint64 bytesRead = 0;  // bytes read from the device so far
    qint64 chunkBytes = 0; // bytes behind the current buffer

    qint64 line = 1;        // physical line at pos
    qint64 recordLine = 0;  // line where the last record started
    bool pendingLf = false; // the last line ended in CR: an LF right after belongs to it
    bool endOfInput = false;
    bool finished = false;
    bool error = false;
    QString errorString;
};

void CsvReader::Private::reset()
{
    device.reset();
    path.clear();
    encoding = Utf8Name;
    hadBom = false;
    delimiter = QLatin1Char(',');
    useTable = false;
    decoder = Decoder();
    pos = length = 0;
    field.clear();
    totalBytes = bytesRead = chunkBytes = 0;
    line = 1;
    recordLine = 0;
    pendingLf = endOfInput = finished = error = false;
    errorString.clear();
}

bool CsvReader::Private::fail(const QString &message)
{
    error = true;
    finished = true;
    errorString = message;
    return false;
}

QString CsvReader::Private::sourceName() const
{
    return path.isEmpty() ? tr("the data") : QDir::toNativeSeparators(path);
}

bool CsvReader::Private::readChunk()
{
    if (raw.size() != ChunkSize)
        raw.resize(ChunkSize);
    const qint64 n = device->read(raw.data(), ChunkSize);
    if (n < 0)
        return fail(tr("Cannot read %1: %2.").arg(sourceName(), device->errorString()));
    bytesRead += n;
    chunkBytes = n;
    return true;
}

void CsvReader::Private::decode(const char *bytes, qsizetype size)
{
    pos = 0;
    if (useTable) {
        buffer.resize(size);
        auto *out = reinterpret_cast<char16_t *>(buffer.data());
        const auto *in = reinterpret_cast<const uchar *>(bytes);
        for (qsizetype i = 0; i < size; ++i)
            out[i] = table[in[i]];
        length = size;
        return;
    }
    buffer.resize(decoder.requiredSpace(size));
    const QChar *end = decoder.appendToBuffer(buffer.data(), QByteArrayView(bytes, size));
    length = end - buffer.constData();
}

bool CsvReader::Private::refill()
{
    if (endOfInput)
        return false;
    if (!readChunk())
        return false;
    if (chunkBytes > 0) {
        decode(raw.constData(), chunkBytes);
        return true;
    }
    endOfInput = true;
    if (!useTable && decoder.hasIncompleteInput()) {
        // A multi-byte sequence cut off by the end of the file: show that something was lost.
        buffer.resize(1);
        buffer[0] = QChar(QChar::ReplacementCharacter);
        pos = 0;
        length = 1;
        return true;
    }
    return false;
}

bool CsvReader::Private::start(std::unique_ptr<QIODevice> source, const QString &sourcePath)
{
    reset();
    device = std::move(source);
    path = sourcePath;
    totalBytes = device->size();
    if (buffer.capacity() < ChunkSize + 8)
        buffer.reserve(ChunkSize + 8);

    if (!readChunk())
        return false;
    const QByteArrayView head(raw.constData(), chunkBytes);

    QByteArray bomEncoding;
    int bomLength = byteOrderMark(head, &bomEncoding);
    if (options.encoding.isEmpty()) {
        encoding = CsvReader::detectEncoding(QByteArray::fromRawData(head.data(), head.size()));
    } else {
        encoding = canonicalEncoding(options.encoding);
        if (encoding.isEmpty()) {
            return fail(tr("Unknown text encoding “%1”; use UTF-8, UTF-16LE, UTF-16BE, "
                           "windows-1252 or ISO-8859-1.")
                            .arg(QString::fromLatin1(options.encoding)));
        }
    }
    // A chosen encoding wins over the data; a mark of another encoding is then just text.
    if (bomEncoding != encoding)
        bomLength = 0;
    hadBom = bomLength > 0;

    if (encoding == Windows1252Name || encoding == Latin1Name) {
        useTable = true;
        for (int b = 0; b < 256; ++b)
            table[b] = char16_t(b);
        if (encoding == Windows1252Name)
            std::copy(Windows1252High.begin(), Windows1252High.end(), table.begin() + 0x80);
    } else {
        const QStringConverter::Encoding e = encoding == Utf16LeName   ? QStringConverter::Utf16LE
                                             : encoding == Utf16BeName ? QStringConverter::Utf16BE
                                                                       : QStringConverter::Utf8;
        // The mark has been skipped already; a second one would be text.
        decoder = Decoder(e, QStringConverter::Flag::ConvertInitialBom);
    }
    decode(raw.constData() + bomLength, chunkBytes - bomLength);

    if (options.delimiter.isNull()) {
        delimiter = CsvReader::sniffDelimiter(QStringView(buffer.constData(), length));
    } else {
        const char16_t c = options.delimiter.unicode();
        if (c == u'"' || c == u'\r' || c == u'\n')
            return fail(tr("The delimiter cannot be a quote or a line break."));
        delimiter = options.delimiter;
    }
    return true;
}

bool CsvReader::Private::readRecord(QStringList *fields)
{
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::RecordStart;
    const char16_t delim = delimiter.unicode();
    const qsizetype maxLength = options.maxFieldLength;
    const char16_t *data = chars();
    // Most fields lie inside one chunk and are copied once, straight from the buffer:
    // [spanStart, end) is the part of the current field not yet copied into `field`.
    qsizetype spanStart = 0;
    qsizetype quotePos = 0; // the quote that may close a quoted field (AfterQuote)
    bool collected = false; // part of the field is in `field` already
    bool afterCr = false;   // inside quotes: CR LF is one line break
    qint64 fieldLine = line;
    // The strings of the previous row are reused: assigning into one that nobody shares
    // keeps its buffer, which spares an allocation and a free per field.
    qsizetype count = 0;
    const auto store = [&](const QChar *text, qsizetype n) {
        if (count < fields->size())
            (*fields)[count].setUnicode(text, n);
        else
            fields->append(QString(text, n));
        ++count;
    };

    const auto tooLong = [&] {
        const bool quoted = state == State::Quoted || state == State::AfterQuote;
        return fail(quoted ? tr("The quoted field that starts on line %1 is longer than %2 "
                                "characters; is its closing quote missing?")
                                 .arg(fieldLine)
                                 .arg(maxLength)
                           : tr("The field that starts on line %1 is longer than %2 characters.")
                                 .arg(fieldLine)
                                 .arg(maxLength));
    };
    const auto collect = [&](qsizetype end) {
        const qsizetype n = end - spanStart;
        if (field.size() + n > maxLength)
            return tooLong();
        field.append(reinterpret_cast<const QChar *>(data + spanStart), n);
        collected = true;
        return true;
    };
    const auto finishField = [&](qsizetype end) {
        if (count >= MaxFieldsPerRecord) {
            return fail(tr("The record that starts on line %1 has more than %2 fields.")
                            .arg(recordLine)
                            .arg(MaxFieldsPerRecord));
        }
        if (collected) {
            if (!collect(end))
                return false;
            store(field.constData(), field.size());
            field.resize(0);
            collected = false;
        } else {
            if (end - spanStart > maxLength)
                return tooLong();
            store(reinterpret_cast<const QChar *>(data + spanStart), end - spanStart);
        }
        return true;
    };
    const auto endRecord = [&] {
        ++line;
        pendingLf = data[pos] == u'\r';
        ++pos;
        fields->resize(count);
        return true;
    };

    for (;;) {
        if (pos == length) {
            if (state == State::Unquoted || state == State::Quoted) {
                if (!collect(pos))
                    return false;
            } else if (state == State::AfterQuote) {
                if (!collect(quotePos))
                    return false;
            }
            spanStart = quotePos = pos;
            if (!refill()) {
                if (error)
                    return false;
                finished = true;
                switch (state) {
                case State::RecordStart:
                    fields->clear();
                    return false;
                case State::Quoted:
                    return fail(tr("The quoted field that starts on line %1 is never closed: "
                                   "a closing quote (\") is missing.")
                                    .arg(fieldLine));
                case State::FieldStart: // the last line ended in a delimiter
                case State::Unquoted:
                case State::AfterQuote:
                    if (!finishField(pos))
                        return false;
                    fields->resize(count);
                    return true;
                }
            }
            data = chars();
            spanStart = quotePos = 0;
            continue;
        }

        switch (state) {
        case State::RecordStart: {
            const char16_t c = data[pos];
            if (c == u'\n') {
                if (!pendingLf)
                    ++line;
                pendingLf = false;
                ++pos;
                continue;
            }
            pendingLf = false;
            if (c == u'\r') {
                ++line;
                pendingLf = true;
                ++pos;
                continue;
            }
            recordLine = line;
            state = State::FieldStart;
            break;
        }
        case State::FieldStart:
            fieldLine = line;
            if (data[pos] == u'"') {
                ++pos;
                afterCr = false;
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            spanStart = pos;
            break;
        case State::Unquoted: {
            // A quote inside an unquoted field is kept as text, as spreadsheets do.
            const char16_t *p = data + pos;
            const char16_t *const end = data + length;
            while (p < end && *p != delim && *p != u'\r' && *p != u'\n')
                ++p;
            pos = p - data;
            if (p == end)
                break;
            if (!finishField(pos))
                return false;
            if (*p != delim)
                return endRecord();
            ++pos;
            state = State::FieldStart;
            break;
        }
        case State::Quoted: {
            const char16_t *p = data + pos;
            const char16_t *const end = data + length;
            for (; p < end; ++p) {
                const char16_t c = *p;
                if (c > u'"') {
                    afterCr = false;
                } else if (c == u'"') {
                    break;
                } else if (c == u'\n') {
                    if (!afterCr)
                        ++line;
                    afterCr = false;
                } else if (c == u'\r') {
                    ++line;
                    afterCr = true;
                } else {
                    afterCr = false;
                }
            }
            pos = p - data;
            if (p == end)
                break;
            quotePos = pos++;
            state = State::AfterQuote;
            break;
        }
        case State::AfterQuote: {
            const char16_t c = data[pos];
            if (c == u'"') {
                if (!collect(quotePos))
                    return false;
                if (field.size() + 1 > maxLength)
                    return tooLong();
                field.append(QLatin1Char('"'));
                spanStart = ++pos;
                afterCr = false;
                state = State::Quoted;
            } else if (c == delim || c == u'\r' || c == u'\n') {
                if (!finishField(quotePos))
                    return false;
                if (c != delim)
                    return endRecord();
                ++pos;
                state = State::FieldStart;
            } else {
                // Text after the closing quote is kept, as spreadsheets do: "a"b is ab.
                if (!collect(quotePos))
                    return false;
                spanStart = pos;
                state = State::Unquoted;
            }
            break;
        }
        }
    }
}

CsvReader::CsvReader()
    : CsvReader(Options())
{}

CsvReader::CsvReader(const Options &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        d->reset();
        d->path = path;
        return d->fail(
            tr("Cannot open %1: %2.").arg(QDir::toNativeSeparators(path), file->errorString()));
    }
    return d->start(std::move(file), path);
}

bool CsvReader::openData(const QByteArray &data)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return d->start(std::move(buffer), QString());
}

bool CsvReader::readRow(QStringList *fields)
{
    Q_ASSERT(fields);
    if (d->finished || !d->device) {
        fields->clear();
        return false;
    }
    // The row's strings are overwritten in place (see readRecord); on failure it is empty.
    if (!d->readRecord(fields)) {
        fields->clear();
        return false;
    }
    return true;
}

QChar CsvReader::delimiter() const
{
    return d->delimiter;
}

QByteArray CsvReader::encoding() const
{
    return d->encoding;
}

bool CsvReader::hadByteOrderMark() const
{
    return d->hadBom;
}

qint64 CsvReader::lineNumber() const
{
    return d->recordLine;
}

double CsvReader::progress() const
{
    if (d->finished && !d->error)
        return 1.0;
    if (d->totalBytes <= 0)
        return 0.0;
    const double inChunk = d->length > 0 ? double(d->pos) / double(d->length) : 1.0;
    const double consumed = double(d->bytesRead - d->chunkBytes) + double(d->chunkBytes) * inChunk;
    return std::clamp(consumed / double(d->totalBytes), 0.0, 1.0);
}

bool CsvReader::hasError() const
{
    return d->error;
}

QString CsvReader::errorString() const
{
    return d->errorString;
}

QChar CsvReader::sniffDelimiter(QStringView sample)
{
    constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    using Counts = std::array<int, candidates.size()>;
    std::vector<Counts> lines;
    lines.reserve(SniffLines);

    Counts current{};
    bool inQuotes = false;
    bool fieldStart = true;
    bool lineHasText = false;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n && int(lines.size()) < SniffLines; ++i) {
        const char16_t c = sample[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && sample[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (lineHasText)
                lines.push_back(current);
            current = {};
            lineHasText = false;
            fieldStart = true;
            continue;
        }
        lineHasText = true;
        // Only a quote at the start of a field opens quoting (the delimiter is not known
        // yet, so after any candidate); elsewhere it is text, as in the reader.
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            continue;
        }
        const auto it = std::find(candidates.begin(), candidates.end(), c);
        fieldStart = it != candidates.end();
        if (fieldStart)
            ++current[std::size_t(it - candidates.begin())];
    }
    // The sample may end in the middle of a line; use that line only when there is little
    // else to go on.
    if (lineHasText && !inQuotes && lines.size() < 2)
        lines.push_back(current);
    if (lines.empty())
        return QLatin1Char(',');

    int best = -1;
    double bestConsistency = 0;
    int bestMode = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        std::vector<int> counts;
        counts.reserve(lines.size());
        for (const Counts &l : lines)
            counts.push_back(l[k]);
        std::sort(counts.begin(), counts.end());
        // The most frequent count per line (the larger one on a tie).
        int mode = 0;
        std::size_t modeRun = 0;
        for (std::size_t i = 0; i < counts.size();) {
            std::size_t j = i;
            while (j < counts.size() && counts[j] == counts[i])
                ++j;
            if (j - i >= modeRun) {
                modeRun = j - i;
                mode = counts[i];
            }
            i = j;
        }
        if (mode == 0)
            continue;
        const double consistency = double(modeRun) / double(lines.size());
        if (consistency < 0.8)
            continue;
        if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestMode)) {
            best = int(k);
            bestConsistency = consistency;
            bestMode = mode;
        }
    }
    return best < 0 ? QLatin1Char(',') : QChar(candidates[std::size_t(best)]);
}

QByteArray CsvReader::detectEncoding(const QByteArray &sample)
{
    QByteArray encoding;
    if (byteOrderMark(sample, &encoding) > 0)
        return encoding;
    // Before the UTF-8 check: ASCII in UTF-16 is valid UTF-8, NULs and all.
    encoding = utf16ByNulPattern(sample);
    if (!encoding.isEmpty())
        return encoding;
    if (isValidUtf8(sample))
        return Utf8Name;
    return singleByteEncoding(sample);
}

} // namespace Waymark
