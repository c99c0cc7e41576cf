#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Waymark {

// One customer response (a survey answer, a review, a ticket...). Never loaded whole:
// feedback is queried through the repository and the metrics engine.
struct Feedback
{
    Id id = NoId;
    Id journeyId = NoId;
    Id cardId = NoId; // the touchpoint it is about, if any
    Id batchId = NoId;
    FeedbackSource source = FeedbackSource::Survey;
    Channel channel = Channel::None;
    QString segment;
    QString respondent;
    QDate date;
    Metric metric = Metric::None;
    std::optional<double> score;
    int scaleMin = 0;
    int scaleMax = 0;
    QString comment;
    std::optional<double> sentiment; // -1 .. +1, unset when there is no comment

    friend bool operator==(const Feedback &, const Feedback &) = default;
};

// One import of a feedback file: where it came from and what happened to its rows.
struct ImportBatch
{
    Id id = NoId;
    Id journeyId = NoId;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    QString mapping; // JSON description of the column mapping used
    int rowsRead = 0;
    int rowsImported = 0;
    int rowsSkipped = 0;
    int rowsRejected = 0;

    friend bool operator==(const ImportBatch &, const ImportBatch &) = default;
};

} // namespace Waymark
