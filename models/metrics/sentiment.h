#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <memory>

namespace Waymark {

// VADER sentiment of free-text comments (Hutto & Gilbert 2014, MIT-licensed lexicon in
// resources/lexicons): the compound score in -1..+1 and its positive/neutral/negative class.
class SentimentAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::SentimentAnalyzer)

public:
    enum class Polarity { Negative, Neutral, Positive };

    // VADER's published cut-offs for the compound score (inclusive).
    static constexpr double PositiveThreshold = 0.05;
    static constexpr double NegativeThreshold = -0.05;

    // Parses the lexicons; an empty emoji path leaves emoji neutral. Prefer instance():
    // parsing costs milliseconds, and the tables never change once built.
    explicit SentimentAnalyzer(const QString &lexiconPath = defaultLexiconPath(),
                               const QString &emojiLexiconPath = defaultEmojiLexiconPath());
    ~SentimentAnalyzer();
    SentimentAnalyzer(const SentimentAnalyzer &) = delete;
    SentimentAnalyzer &operator=(const SentimentAnalyzer &) = delete;

    // The process-wide analyzer over the bundled lexicons, built on first use; safe to
    // call from any thread.
    static const SentimentAnalyzer &instance();
    static QString defaultLexiconPath();
    static QString defaultEmojiLexiconPath();

    // False when the word lexicon could not be read; score() then returns 0.
    bool isValid() const;
    QString errorString() const;
    qsizetype lexiconSize() const;
    qsizetype emojiCount() const;

    // VADER's compound score, rounded to 4 decimals like VADER's polarity_scores(); 0 for
    // text without sentiment words. Thread-safe: several importers may call it at once.
    double score(QStringView text) const;
    Polarity polarity(QStringView text) const { return classify(score(text)); }

    static constexpr Polarity classify(double compound)
    {
        if (compound >= PositiveThreshold)
            return Polarity::Positive;
        if (compound <= NegativeThreshold)
            return Polarity::Negative;
        return Polarity::Neutral;
    }

private:
    struct Private;
    std::unique_ptr<const Private> d;
};

} // namespace Waymark
