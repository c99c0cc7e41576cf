#pragma once

#include "ids.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>

namespace Waymark {

// A persona or customer segment that journeys and feedback can refer to.
struct Persona
{
    Id id = NoId;
    QString name;
    QString description;
    QString goals;
    QString frustrations;
    QString quote;
    QColor color;
    QByteArray picture; // PNG bytes, already scaled down; empty when none
    // The feedback segments this persona stands for (the "segment" of responses), so that
    // scores can be filtered per persona (MetricFilter::segments).
    QStringList segments;
    int position = 0;

    friend bool operator==(const Persona &, const Persona &) = default;
};

} // namespace Waymark
