#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// How the columns of a feedback file become responses: what the import wizard and the
// `waymark-cli import` options describe, and what an import batch records (as JSON).
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ImportMapping)

public:
    enum class Layout {
        Long, // one response per row
        Wide  // one respondent per row, one column per touchpoint question
    };

    // One column of a wide file: which touchpoint (in which stage) it scores.
    struct WideColumn
    {
        QString column;
        QString stage;
        QString touchpoint;
        friend bool operator==(const WideColumn &, const WideColumn &) = default;
    };

    Layout layout = Layout::Long;

    // Reading the file; empty values mean "detect".
    QChar delimiter;
    QByteArray encoding;

    // Columns of every layout (header names; empty when not mapped).
    QString dateColumn;
    QString commentColumn;
    QString segmentColumn;
    QString respondentColumn;
    QString channelColumn;

    // Long layout.
    QString touchpointColumn;
    QString stageColumn;
    QString scoreColumn;
    QString metricColumn; // values such as "nps", "CSAT", "ces"; else `metric` applies

    // Wide layout: "COLUMN=STAGE/TOUCHPOINT" options.
    QList<WideColumn> wideColumns;

    // Metric of the scores (of every score, or of those whose metric column is empty).
    Metric metric = Metric::Nps;
    // Scale of the scores; unset means the metric's standard scale (NPS 0-10, CSAT 1-5,
    // CES 1-7, rating 1-5).
    std::optional<std::pair<double, double>> scale;
    // Values meaning "no answer" besides the built-in ones ("", "NA", "N/A", "n/a", "-").
    QStringList noAnswerValues;

    // Dates: "" infers from the data; else one of "yyyy-MM-dd", "dd/MM/yyyy",
    // "MM/dd/yyyy", "MMMM yyyy" (month and year, as review sites write them).
    QString dateFormat;

    FeedbackSource source = FeedbackSource::Survey;
    // Journey the responses belong to; empty means the project's first journey.
    QString journey;
    // Touchpoints that do not exist yet are created in the stage the mapping names (in the
    // journey's touchpoints lane); when false, their rows are rejected.
    bool createTouchpoints = true;
    // Reject the whole file when any row is rejected.
    bool strict = false;

    // The standard scale of a metric.
    static std::pair<double, double> standardScale(Metric metric);
    std::pair<double, double> effectiveScale() const;
    // The scale of scores of a metric: `scale` when it is the mapping's metric (a long file
    // whose metric column mixes metrics keeps the standard scales of the others).
    std::pair<double, double> scaleFor(Metric rowMetric) const;

    // "nps", "CSAT", "Net Promoter Score"...; nullopt for anything else (and for "none").
    static std::optional<Metric> metricFromText(QStringView text);

    // The date formats dateFormat may hold, and the canonical one for a spelling such as
    // "dd/mm/yyyy", "iso" or "month-year" (empty when unknown).
    static QStringList dateFormats();
    static QString canonicalDateFormat(const QString &text);

    // Parses "COLUMN=STAGE/TOUCHPOINT": split at the first '=' and at the first '/' after
    // it, so touchpoint titles may contain '/'. Nullopt (and an error sentence) otherwise.
    static std::optional<WideColumn> parseWideColumn(const QString &text, QString *error);

    // Guesses a mapping from a header row: "NPS", "likely to recommend", "CSAT",
    // "satisfaction", "effort", "date", "comment", "segment", "touchpoint", ...
    static ImportMapping guess(const QStringList &header);

    // Canonical JSON, stored with the import batch.
    QByteArray toJson() const;
    static std::optional<ImportMapping> fromJson(const QByteArray &json);

    friend bool operator==(const ImportMapping &, const ImportMapping &) = default;
};

} // namespace Waymark
