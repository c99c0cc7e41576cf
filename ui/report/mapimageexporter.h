#pragma once

#include "domain/ids.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace Waymark {

class MetricsEngine;
class Project;

// Images of a journey map for slides and documents: PNG at a chosen scale (1 = the map's
// size on screen at 96 dpi) on a white or transparent background, or SVG (vector text and
// shapes), of the whole journey or of some cards. Always in the light print palette,
// whatever the application's colour scheme. Used by File > Export Map Image and by
// `waymark-cli export --png/--svg`.
class MapImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::MapImageExporter)

public:
    struct Options
    {
        Id journeyId = NoId; // NoId: the project's first journey
        QList<Id> cardIds;   // empty: the whole journey
        qreal scale = 1.0;   // PNG only: 2 = twice the screen size (192 dpi)
        bool transparent = false;
        bool scores = true; // score badges on touchpoints (all responses)
    };

    static bool writePng(Project &project, MetricsEngine *engine, const Options &options,
                         const QString &path, QString *error);
    static bool writeSvg(Project &project, MetricsEngine *engine, const Options &options,
                         const QString &path, QString *error);

    // The largest PNG side, in pixels.
    static constexpr int MaxPixels = 32000;
};

} // namespace Waymark
