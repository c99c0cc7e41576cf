#include "sentiment.h"

#include <QFile>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>
#include <vector>

// VADER's compound score, following vaderSentiment.py (cjhutto/vaderSentiment, commit
// 94fbd745) rule for rule, quirks included, so that Waymark's numbers can be compared with
// published VADER results; differential tests against the Python rules agree to the last
// printed digit. Rule functions are named after their Python counterparts for that reason.

namespace Waymark {

namespace {

// Empirically derived by VADER's authors; changing any of them changes every score.
constexpr double BoosterIncrement = 0.293;
constexpr double BoosterDecrement = -0.293;
constexpr double CapsIncrement = 0.733;
constexpr double NegationScalar = -0.74;
constexpr double ExclamationIncrement = 0.292;
constexpr int MaxExclamations = 4;
constexpr double QuestionIncrement = 0.18;
constexpr double QuestionMaximum = 0.96;
constexpr double NormalizationAlpha = 15.0;

// Words that the rules test by identity; one hash lookup per token answers all of them.
enum class Word : quint8 {
    Other,
    No,
    Or,
    Nor,
    Kind,
    Of,
    Least,
    At,
    Very,
    Never,
    So,
    This,
    Without,
    Doubt,
    But,
};

enum EntryFlag : quint8 { InLexicon = 1, IsBooster = 2, IsNegation = 4 };

struct Entry
{
    quint32 keyOffset = 0;
    quint32 keyLength = 0;
    double valence = 0.0;
    double booster = 0.0;
    quint8 flags = 0;
    Word word = Word::Other;
};

struct NamedWord
{
    QStringView text;
    Word word;
};

constexpr NamedWord RuleWords[] = {
    {u"no", Word::No},       {u"or", Word::Or},     {u"nor", Word::Nor},
    {u"kind", Word::Kind},   {u"of", Word::Of},     {u"least", Word::Least},
    {u"at", Word::At},       {u"very", Word::Very}, {u"never", Word::Never},
    {u"so", Word::So},       {u"this", Word::This}, {u"without", Word::Without},
    {u"doubt", Word::Doubt}, {u"but", Word::But},
};

// VADER's NEGATE list; any word containing "n't" counts as well.
constexpr QStringView NegationWords[] = {
    u"aint",     u"arent",   u"cannot",  u"cant",     u"couldnt",  u"darent",    u"didnt",
    u"doesnt",   u"ain't",   u"aren't",  u"can't",    u"couldn't", u"daren't",   u"didn't",
    u"doesn't",  u"dont",    u"hadnt",   u"hasnt",    u"havent",   u"isnt",      u"mightnt",
    u"mustnt",   u"neither", u"don't",   u"hadn't",   u"hasn't",   u"haven't",   u"isn't",
    u"mightn't", u"mustn't", u"neednt",  u"needn't",  u"never",    u"none",      u"nope",
    u"nor",      u"not",     u"nothing", u"nowhere",  u"oughtnt",  u"shant",     u"shouldnt",
    u"uhuh",     u"wasnt",   u"werent",  u"oughtn't", u"shan't",   u"shouldn't", u"uh-uh",
    u"wasn't",   u"weren't", u"without", u"wont",     u"wouldnt",  u"won't",     u"wouldn't",
    u"rarely",   u"seldom",  u"despite",
};

// VADER's BOOSTER_DICT, single words (degree adverbs and slang intensifiers).
constexpr QStringView Intensifiers[] = {
    u"absolutely",   u"amazingly",  u"awfully",      u"completely",    u"considerable",
    u"considerably", u"decidedly",  u"deeply",       u"effing",        u"enormous",
    u"enormously",   u"entirely",   u"especially",   u"exceptional",   u"exceptionally",
    u"extreme",      u"extremely",  u"fabulously",   u"flipping",      u"flippin",
    u"frackin",      u"fracking",   u"fricking",     u"frickin",       u"frigging",
    u"friggin",      u"fully",      u"fuckin",       u"fucking",       u"fuggin",
    u"fugging",      u"greatly",    u"hella",        u"highly",        u"hugely",
    u"incredible",   u"incredibly", u"intensely",    u"major",         u"majorly",
    u"more",         u"most",       u"particularly", u"purely",        u"quite",
    u"really",       u"remarkably", u"so",           u"substantially", u"thoroughly",
    u"total",        u"totally",    u"tremendous",   u"tremendously",  u"uber",
    u"unbelievably", u"unusually",  u"utter",        u"utterly",       u"very",
};

constexpr QStringView Dampeners[] = {
    u"almost",   u"barely",   u"hardly",     u"kinda",      u"kindof",       u"kind-of", u"less",
    u"little",   u"marginal", u"marginally", u"occasional", u"occasionally", u"partly",  u"scarce",
    u"scarcely", u"slight",   u"slightly",   u"somewhat",   u"sorta",        u"sortof",  u"sort-of",
};

struct Phrase
{
    QStringView words[3];
    int count;
    double valence;
};

// BOOSTER_DICT entries of several words: only the idiom check can see them, because
// tokens never contain spaces.
constexpr Phrase DampenerPhrases[] = {
    {{u"just", u"enough"}, 2, BoosterDecrement},
    {{u"kind", u"of"}, 2, BoosterDecrement},
    {{u"sort", u"of"}, 2, BoosterDecrement},
};

// VADER's SPECIAL_CASES. Its one-word key "badass" can never match an n-gram, so it is
// left out; "badass" is scored through the lexicon instead, exactly as in VADER.
constexpr Phrase SpecialCases[] = {
    {{u"the", u"shit"}, 2, 3.0},       {{u"the", u"bomb"}, 2, 3.0},
    {{u"bad", u"ass"}, 2, 1.5},        {{u"bus", u"stop"}, 2, 0.0},
    {{u"yeah", u"right"}, 2, -2.0},    {{u"kiss", u"of", u"death"}, 3, -1.5},
    {{u"to", u"die", u"for"}, 3, 3.0}, {{u"beating", u"heart"}, 2, 3.1},
    {{u"broken", u"heart"}, 2, -2.9},
};

constexpr bool isHighSurrogate(char16_t c)
{
    return c >= 0xd800 && c < 0xdc00;
}

constexpr bool isLowSurrogate(char16_t c)
{
    return c >= 0xdc00 && c < 0xe000;
}

// Python's str.split() separators (str.isspace()), which include the ASCII information
// separators 0x1c..0x1f that QChar::isSpace() does not.
constexpr bool isPythonSpace(char16_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
           || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// Python's string.punctuation: ASCII only, so curly quotes stay attached to words.
constexpr bool isAsciiPunctuation(char16_t c)
{
    return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60)
           || (c >= 0x7b && c <= 0x7e);
}

// Python's str.isupper()/islower() use the Unicode Uppercase/Lowercase properties, which
// add a few non-letters (Roman numerals, circled letters, modifier letters) to the Lu/Ll
// categories that QChar knows. Ranges from Python 3.11 (Unicode 14).
constexpr bool isOtherUppercase(char32_t c)
{
    return (c >= 0x2160 && c <= 0x216f) || (c >= 0x24b6 && c <= 0x24cf)
           || (c >= 0x1f130 && c <= 0x1f149) || (c >= 0x1f150 && c <= 0x1f169)
           || (c >= 0x1f170 && c <= 0x1f189);
}

constexpr bool isOtherLowercase(char32_t c)
{
    constexpr char32_t ranges[][2] = {
        {0xaa, 0xaa},       {0xba, 0xba},       {0x2b0, 0x2b8},     {0x2c0, 0x2c1},
        {0x2e0, 0x2e4},     {0x345, 0x345},     {0x37a, 0x37a},     {0x1d2c, 0x1d6a},
        {0x1d78, 0x1d78},   {0x1d9b, 0x1dbf},   {0x2071, 0x2071},   {0x207f, 0x207f},
        {0x2090, 0x209c},   {0x2170, 0x217f},   {0x24d0, 0x24e9},   {0x2c7c, 0x2c7d},
        {0xa69c, 0xa69d},   {0xa770, 0xa770},   {0xa7f8, 0xa7f9},   {0xab5c, 0xab5f},
        {0x10780, 0x10780}, {0x10783, 0x10785}, {0x10787, 0x107b0}, {0x107b2, 0x107ba},
    };
    for (const auto &range : ranges) {
        if (c >= range[0] && c <= range[1])
            return true;
    }
    return false;
}

// Decodes the code point at p[i] and returns its length in UTF-16 units (lone
// surrogates count as one code point, as Python would hold them).
inline qsizetype codePointAt(const char16_t *p, qsizetype i, qsizetype n, char32_t *cp)
{
    const char16_t c = p[i];
    if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(p[i + 1])) {
        *cp = QChar::surrogateToUcs4(c, p[i + 1]);
        return 2;
    }
    *cp = c;
    return 1;
}

inline qsizetype codePointCount(const char16_t *p, qsizetype n)
{
    qsizetype count = n;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (isHighSurrogate(p[i]) && isLowSurrogate(p[i + 1]))
            --count;
    }
    return count;
}

inline quint64 hashKey(const char16_t *s, qsizetype n)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a
    for (qsizetype i = 0; i < n; ++i) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h ^ (h >> 32); // the table masks low bits; fold the better-mixed high ones in
}

struct Token
{
    qsizetype begin;
    qsizetype length;
    qsizetype lowerBegin;
    qsizetype lowerLength;
    const Entry *entry;
    bool upper;   // Python's str.isupper()
    bool negated; // VADER's negated([word])
};

using Tokens = QVarLengthArray<Token, 64>;
using LowerBuffer = QVarLengthArray<char16_t, 512>;

double normalize(double score)
{
    const double normalized = score / std::sqrt(score * score + NormalizationAlpha);
    return std::clamp(normalized, -1.0, 1.0);
}

} // namespace

struct SentimentAnalyzer::Private
{
    std::vector<Entry> entries;
    std::vector<char16_t> keys;
    std::vector<quint32> slots; // index into entries + 1; 0 marks a free slot
    quint64 mask = 0;
    qsizetype maxKeyLength = 0;
    qsizetype lexiconSize = 0;
    QHash<char32_t, QString> emoji;
    char16_t firstEmojiUnit = std::numeric_limits<char16_t>::max();
    QString error;
    bool valid = false;

    void build(const QHash<QString, Entry> &table);
    const Entry *find(const char16_t *key, qsizetype length) const;
    QStringView expandEmoji(QStringView text, QString *storage) const;
    void tokenize(QStringView text, Tokens *tokens, LowerBuffer *lower, int *exclamations,
                  int *questions) const;
    double score(QStringView input) const;
};

namespace {

// Loads VADER's text format the way make_lex_dict()/make_emoji_dict() do: one entry per
// line, fields separated by tabs, surrounding white space ignored, later lines winning.
bool readLines(const QString &path, QString *content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SentimentAnalyzer::tr("Cannot read the sentiment lexicon %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    *content = QString::fromUtf8(file.readAll());
    return true;
}

template<typename Function>
void forEachRecord(QStringView content, Function function)
{
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf(u'\n', start);
        if (end < 0)
            end = content.size();
        const QStringView line = content.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        const qsizetype nextTab = line.indexOf(u'\t', tab + 1);
        const QStringView second
            = nextTab < 0 ? line.sliced(tab + 1) : line.sliced(tab + 1, nextTab - tab - 1);
        function(line.first(tab), second);
    }
}

inline QStringView lowerOf(const Token &token, const LowerBuffer &lower)
{
    return QStringView(lower.constData() + token.lowerBegin, token.lowerLength);
}

inline Word wordOf(const Token &token)
{
    return token.entry ? token.entry->word : Word::Other;
}

inline bool inLexicon(const Token &token)
{
    return token.entry && (token.entry->flags & InLexicon);
}

inline bool isBooster(const Token &token)
{
    return token.entry && (token.entry->flags & IsBooster);
}

// Python: allcap_differential(): some, but not all, tokens are in capitals.
bool capsDifferential(const Tokens &tokens)
{
    qsizetype upper = 0;
    for (const Token &token : tokens)
        upper += token.upper ? 1 : 0;
    const qsizetype difference = tokens.size() - upper;
    return difference > 0 && difference < tokens.size();
}

// Python: scalar_inc_dec()
double scalarIncDec(const Token &token, double valence, bool capsDiff)
{
    if (!isBooster(token))
        return 0.0;
    double scalar = token.entry->booster;
    if (valence < 0)
        scalar *= -1;
    if (token.upper && capsDiff) {
        if (valence > 0)
            scalar += CapsIncrement;
        else
            scalar -= CapsIncrement;
    }
    return scalar;
}

// Python: _negation_check()
double negationCheck(double valence, const Tokens &w, int startI, qsizetype i)
{
    const auto is = [&w](qsizetype k, Word word) {
        return wordOf(w[k]) == word;
    };
    const auto isSoOrThis = [&is](qsizetype k) {
        return is(k, Word::So) || is(k, Word::This);
    };
    switch (startI) {
    case 0:
        if (w[i - 1].negated)
            valence = valence * NegationScalar;
        break;
    case 1:
        if (is(i - 2, Word::Never) && isSoOrThis(i - 1)) {
            valence = valence * 1.25;
        } else if (is(i - 2, Word::Without) && is(i - 1, Word::Doubt)) {
            // "without doubt" affirms, although "without" is a negation word
        } else if (w[i - 2].negated) {
            valence = valence * NegationScalar;
        }
        break;
    case 2:
        // VADER's operator precedence: "never so/this" two back, or "so/this" right before.
        if ((is(i - 3, Word::Never) && isSoOrThis(i - 2)) || isSoOrThis(i - 1)) {
            valence = valence * 1.25;
        } else if (is(i - 3, Word::Without) && (is(i - 2, Word::Doubt) || is(i - 1, Word::Doubt))) {
            // "without a doubt"
        } else if (w[i - 3].negated) {
            valence = valence * NegationScalar;
        }
        break;
    default:
        break;
    }
    return valence;
}

std::optional<double> phraseAt(const Phrase *phrases, qsizetype phraseCount, const Tokens &w,
                               const LowerBuffer &lower, qsizetype first, int count)
{
    for (qsizetype p = 0; p < phraseCount; ++p) {
        const Phrase &phrase = phrases[p];
        if (phrase.count != count)
            continue;
        bool match = true;
        for (int k = 0; k < count && match; ++k)
            match = lowerOf(w[first + k], lower) == phrase.words[k];
        if (match)
            return phrase.valence;
    }
    return std::nullopt;
}

std::optional<double> specialCaseAt(const Tokens &w, const LowerBuffer &lower, qsizetype first,
                                    int count)
{
    return phraseAt(SpecialCases, std::size(SpecialCases), w, lower, first, count);
}

// Python: _special_idioms_check(); only reached for i > 2.
double specialIdiomsCheck(double valence, const Tokens &w, const LowerBuffer &lower, qsizetype i)
{
    struct Span
    {
        qsizetype first;
        int count;
    };
    const Span before[] = {{i - 1, 2}, {i - 2, 3}, {i - 2, 2}, {i - 3, 3}, {i - 3, 2}};
    for (const Span &span : before) {
        if (const auto special = specialCaseAt(w, lower, span.first, span.count)) {
            valence = *special;
            break;
        }
    }
    const qsizetype n = w.size();
    if (n - 1 > i) {
        if (const auto special = specialCaseAt(w, lower, i, 2))
            valence = *special;
    }
    if (n - 1 > i + 1) {
        if (const auto special = specialCaseAt(w, lower, i, 3))
            valence = *special;
    }
    const Span ngrams[] = {{i - 3, 3}, {i - 3, 2}, {i - 2, 2}};
    for (const Span &span : ngrams) {
        if (const auto booster = phraseAt(DampenerPhrases, std::size(DampenerPhrases), w, lower,
                                          span.first, span.count))
            valence = valence + *booster;
    }
    return valence;
}

// Python: _least_check()
double leastCheck(double valence, const Tokens &w, qsizetype i)
{
    if (i > 1 && !inLexicon(w[i - 1]) && wordOf(w[i - 1]) == Word::Least) {
        if (wordOf(w[i - 2]) != Word::At && wordOf(w[i - 2]) != Word::Very)
            valence = valence * NegationScalar;
    } else if (i > 0 && !inLexicon(w[i - 1]) && wordOf(w[i - 1]) == Word::Least) {
        valence = valence * NegationScalar;
    }
    return valence;
}

// Python: _but_check(). VADER rewrites the list while looking values up with
// list.index(), so a value that also occurs earlier scales that earlier slot instead of
// its own (and can be scaled twice). Reproduced on purpose: it is part of the published
// scores.
template<typename Sentiments>
void butCheck(const Tokens &w, Sentiments *sentiments)
{
    qsizetype butIndex = -1;
    for (qsizetype k = 0; k < w.size(); ++k) {
        if (wordOf(w[k]) == Word::But) {
            butIndex = k;
            break;
        }
    }
    if (butIndex < 0)
        return;
    Sentiments &s = *sentiments;
    for (qsizetype k = 0; k < s.size(); ++k) {
        // Slots before k may already be rewritten, slot k never is.
        const double sentiment = s[k];
        if (sentiment == 0.0)
            continue; // 0 scaled is 0, whichever slot list.index() picks
        qsizetype si = 0;
        while (s[si] != sentiment)
            ++si;
        if (si < butIndex)
            s[si] = sentiment * 0.5;
        else if (si > butIndex)
            s[si] = sentiment * 1.5;
    }
}

} // namespace

void SentimentAnalyzer::Private::build(const QHash<QString, Entry> &table)
{
    qsizetype capacity = 16;
    while (capacity < table.size() * 2)
        capacity *= 2;
    slots.assign(capacity, 0);
    mask = quint64(capacity - 1);
    entries.reserve(table.size());
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        Entry entry = it.value();
        const QStringView key = it.key();
        entry.keyOffset = quint32(keys.size());
        entry.keyLength = quint32(key.size());
        keys.insert(keys.end(), key.utf16(), key.utf16() + key.size());
        maxKeyLength = std::max(maxKeyLength, key.size());
        entries.push_back(entry);
        quint64 slot = hashKey(key.utf16(), key.size()) & mask;
        while (slots[slot] != 0)
            slot = (slot + 1) & mask;
        slots[slot] = quint32(entries.size());
    }
}

const Entry *SentimentAnalyzer::Private::find(const char16_t *key, qsizetype length) const
{
    if (length == 0 || length > maxKeyLength || slots.empty())
        return nullptr;
    quint64 slot = hashKey(key, length) & mask;
    while (const quint32 index = slots[slot]) {
        const Entry &entry = entries[index - 1];
        if (entry.keyLength == quint32(length)
            && std::memcmp(keys.data() + entry.keyOffset, key, size_t(length) * sizeof(char16_t))
                   == 0)
            return &entry;
        slot = (slot + 1) & mask;
    }
    return nullptr;
}

// VADER replaces every emoji code point by its name before anything else, inserting a
// space only when the previous character was not one. Most comments have no emoji, so
// the copy is made only once one is found.
QStringView SentimentAnalyzer::Private::expandEmoji(QStringView text, QString *storage) const
{
    if (emoji.isEmpty())
        return text;
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    char32_t cp = 0;
    for (; i < n; ++i) {
        if (p[i] < firstEmojiUnit)
            continue;
        const qsizetype width = codePointAt(p, i, n, &cp);
        if (emoji.contains(cp))
            break;
        i += width - 1;
    }
    if (i == n)
        return text;

    storage->reserve(n + 64);
    storage->append(QStringView(p, i));
    bool previousSpace = i == 0 || p[i - 1] == u' ';
    while (i < n) {
        const qsizetype width = codePointAt(p, i, n, &cp);
        const auto it = emoji.constFind(cp);
        if (it != emoji.cend()) {
            if (!previousSpace)
                storage->append(u' ');
            storage->append(QStringView(*it));
            previousSpace = false;
        } else {
            storage->append(QStringView(p + i, width));
            previousSpace = cp == U' ';
        }
        i += width;
    }
    return *storage;
}

// VADER's SentiText: split at white space, strip ASCII punctuation from both ends unless
// that leaves two characters or fewer (emoticons such as ":)" and words like "ok!" keep
// theirs). Also counts '!' and '?', which can only occur inside tokens.
void SentimentAnalyzer::Private::tokenize(QStringView text, Tokens *tokens, LowerBuffer *lower,
                                          int *exclamations, int *questions) const
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isPythonSpace(p[i]))
            ++i;
        if (i == n)
            break;
        const qsizetype begin = i;
        while (i < n && !isPythonSpace(p[i])) {
            if (p[i] == u'!')
                ++*exclamations;
            else if (p[i] == u'?')
                ++*questions;
            ++i;
        }

        qsizetype first = begin;
        qsizetype last = i;
        while (first < last && isAsciiPunctuation(p[first]))
            ++first;
        while (last > first && isAsciiPunctuation(p[last - 1]))
            --last;
        if (codePointCount(p + first, last - first) <= 2) {
            first = begin;
            last = i;
        }

        // Lower-case copy for the lookups, and Python's isupper(): at least one cased
        // character and no lower-case or title-case one.
        const qsizetype lowerBegin = lower->size();
        bool cased = false;
        bool notUpper = false;
        for (qsizetype k = first; k < last;) {
            const char16_t c = p[k];
            if (c < 0x80) {
                if (c >= u'A' && c <= u'Z') {
                    cased = true;
                    lower->append(char16_t(c + 0x20));
                } else {
                    notUpper = notUpper || (c >= u'a' && c <= u'z');
                    lower->append(c);
                }
                ++k;
                continue;
            }
            char32_t cp = 0;
            k += codePointAt(p, k, last, &cp);
            // Typographic apostrophes (as word processors and phones write "don’t") are
            // the lexicon's ASCII one.
            if (cp == U'\u2019' || cp == U'\u2018')
                cp = U'\'';
            if (QChar::isLower(cp) || QChar::isTitleCase(cp) || isOtherLowercase(cp))
                notUpper = true;
            else if (QChar::isUpper(cp) || isOtherUppercase(cp))
                cased = true;
            const char32_t lowered = QChar::toLower(cp);
            if (QChar::requiresSurrogates(lowered)) {
                lower->append(QChar::highSurrogate(lowered));
                lower->append(QChar::lowSurrogate(lowered));
            } else {
                lower->append(char16_t(lowered));
            }
        }
        const qsizetype lowerLength = lower->size() - lowerBegin;
        const char16_t *lowered = lower->constData() + lowerBegin;
        const Entry *entry = find(lowered, lowerLength);
        const bool negated = (entry && (entry->flags & IsNegation))
                             || QStringView(lowered, lowerLength).contains(u"n't");
        tokens->append(Token{first, last - first, lowerBegin, lowerLength, entry,
                             cased && !notUpper, negated});
    }
}

double SentimentAnalyzer::Private::score(QStringView input) const
{
    if (!valid)
        return 0.0;
    QString expanded;
    const QStringView text = expandEmoji(input, &expanded);

    Tokens w;
    LowerBuffer lower;
    int exclamations = 0;
    int questions = 0;
    tokenize(text, &w, &lower, &exclamations, &questions);
    if (w.isEmpty())
        return 0.0;

    const bool capsDiff = capsDifferential(w);
    const qsizetype n = w.size();
    QVarLengthArray<double, 64> sentiments;
    sentiments.reserve(n);

    for (qsizetype i = 0; i < n; ++i) {
        const Token &item = w[i];
        // Boosters and "kind of" only modify their neighbours.
        if (isBooster(item)
            || (i < n - 1 && wordOf(item) == Word::Kind && wordOf(w[i + 1]) == Word::Of)) {
            sentiments.append(0.0);
            continue;
        }
        // Python: sentiment_valence()
        double valence = 0.0;
        if (inLexicon(item)) {
            const double lexiconValence = item.entry->valence;
            valence = lexiconValence;
            // "no" before a sentiment word negates it instead of counting on its own.
            if (wordOf(item) == Word::No && i != n - 1 && inLexicon(w[i + 1]))
                valence = 0.0;
            if ((i > 0 && wordOf(w[i - 1]) == Word::No) || (i > 1 && wordOf(w[i - 2]) == Word::No)
                || (i > 2 && wordOf(w[i - 3]) == Word::No
                    && (wordOf(w[i - 1]) == Word::Or || wordOf(w[i - 1]) == Word::Nor))) {
                valence = lexiconValence * NegationScalar;
            }
            if (item.upper && capsDiff) {
                if (valence > 0)
                    valence += CapsIncrement;
                else
                    valence -= CapsIncrement;
            }
            for (int startI = 0; startI < 3; ++startI) {
                const qsizetype previous = i - (startI + 1);
                if (i > startI && !inLexicon(w[previous])) {
                    double s = scalarIncDec(w[previous], valence, capsDiff);
                    if (startI == 1 && s != 0)
                        s = s * 0.95;
                    if (startI == 2 && s != 0)
                        s = s * 0.9;
                    valence = valence + s;
                    valence = negationCheck(valence, w, startI, i);
                    if (startI == 2)
                        valence = specialIdiomsCheck(valence, w, lower, i);
                }
            }
            valence = leastCheck(valence, w, i);
        }
        sentiments.append(valence);
    }

    butCheck(w, &sentiments);

    // Python: score_valence()
    double sum = 0.0;
    for (const double sentiment : sentiments)
        sum += sentiment;
    const double exclamationEmphasis
        = std::min(exclamations, MaxExclamations) * ExclamationIncrement;
    double questionEmphasis = 0.0;
    if (questions > 1)
        questionEmphasis = questions <= 3 ? questions * QuestionIncrement : QuestionMaximum;
    const double emphasis = exclamationEmphasis + questionEmphasis;
    if (sum > 0)
        sum += emphasis;
    else if (sum < 0)
        sum -= emphasis;

    // polarity_scores() reports round(compound, 4); thresholds are applied to that value.
    return std::round(normalize(sum) * 10000.0) / 10000.0;
}

SentimentAnalyzer::SentimentAnalyzer(const QString &lexiconPath, const QString &emojiLexiconPath)
{
    auto p = std::make_unique<Private>();
    QHash<QString, Entry> table;
    table.reserve(8192);

    QString content;
    if (readLines(lexiconPath, &content, &p->error)) {
        forEachRecord(content, [&](QStringView word, QStringView measure) {
            bool ok = false;
            const double valence = measure.toDouble(&ok);
            if (!ok)
                return;
            Entry &entry = table[word.toString()];
            entry.valence = valence;
            entry.flags |= InLexicon;
        });
        p->valid = !table.isEmpty();
        if (!p->valid)
            p->error = tr("The sentiment lexicon %1 has no entries").arg(lexiconPath);
    }
    p->lexiconSize = table.size();

    for (const QStringView word : Intensifiers) {
        Entry &entry = table[word.toString()];
        entry.flags |= IsBooster;
        entry.booster = BoosterIncrement;
    }
    for (const QStringView word : Dampeners) {
        Entry &entry = table[word.toString()];
        entry.flags |= IsBooster;
        entry.booster = BoosterDecrement;
    }
    for (const QStringView word : NegationWords)
        table[word.toString()].flags |= IsNegation;
    for (const NamedWord &named : RuleWords)
        table[named.text.toString()].word = named.word;
    p->build(table);

    if (!emojiLexiconPath.isEmpty()) {
        QString error;
        if (readLines(emojiLexiconPath, &content, &error)) {
            // Only single code points can match: VADER compares character by character.
            forEachRecord(content, [&](QStringView key, QStringView description) {
                char32_t cp = 0;
                if (codePointAt(key.utf16(), 0, key.size(), &cp) != key.size())
                    return;
                p->emoji.insert(cp, description.toString());
                p->firstEmojiUnit = std::min(p->firstEmojiUnit, key.utf16()[0]);
            });
        } else if (p->error.isEmpty()) {
            p->error = error;
        }
    }
    d = std::move(p);
}

SentimentAnalyzer::~SentimentAnalyzer() = default;

const SentimentAnalyzer &SentimentAnalyzer::instance()
{
    // Never destroyed: import threads may still be scoring while static objects are torn
    // down at exit.
    static const SentimentAnalyzer *const shared = [] {
        const auto *analyzer = new SentimentAnalyzer;
        if (!analyzer->isValid())
            qWarning("Sentiment scoring disabled: %s", qUtf8Printable(analyzer->errorString()));
        return analyzer;
    }();
    return *shared;
}

QString SentimentAnalyzer::defaultLexiconPath()
{
    return QStringLiteral(":/waymark/lexicons/vader_lexicon.txt");
}

QString SentimentAnalyzer::defaultEmojiLexiconPath()
{
    return QStringLiteral(":/waymark/lexicons/emoji_utf8_lexicon.txt");
}

bool SentimentAnalyzer::isValid() const
{
    return d->valid;
}

QString SentimentAnalyzer::errorString() const
{
    return d->error;
}

qsizetype SentimentAnalyzer::lexiconSize() const
{
    return d->lexiconSize;
}

qsizetype SentimentAnalyzer::emojiCount() const
{
    return d->emoji.size();
}

double SentimentAnalyzer::score(QStringView text) const
{
    return d->score(text);
}

} // namespace Waymark
