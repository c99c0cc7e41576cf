#include "mapimageexporter.h"

#include "canvas/carditem.h"
#include "canvas/connectionitem.h"
#include "canvas/journeyscene.h"
#include "canvas/scoreoverlay.h"
#include "metrics/metricsengine.h"
#include "project/project.h"
#include "reportstyle.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

namespace Waymark {

namespace {

// The scene of the map in the print palette, with what the options leave out hidden.
struct MapScene
{
    std::unique_ptr<MetricsEngine> ownEngine;
    std::unique_ptr<JourneyScene> scene;
    std::unique_ptr<ScoreOverlay> overlay;
    QRectF source;
};

bool makeScene(Project &project, MetricsEngine *engine, const MapImageExporter::Options &options,
               MapScene *map, QString *error)
{
    Id journeyId = options.journeyId;
    if (journeyId == NoId && !project.journeys().isEmpty())
        journeyId = project.journeys().constFirst().id;
    if (!project.hasJourney(journeyId)) {
        *error = project.journeys().isEmpty()
                     ? MapImageExporter::tr("The project has no journey to export.")
                     : MapImageExporter::tr("The journey to export no longer exists.");
        return false;
    }
    const QColor accent
        = QColor::fromString(project.setting(QStringLiteral("branding/accent")).toString());
    map->scene = std::make_unique<JourneyScene>(project);
    map->scene->setPalette(ReportStyle::paperPalette(accent, options.transparent));
    QFont font(ReportStyle::family());
    font.setPointSizeF(9);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, ReportStyle::NoLigatureSpacing);
    map->scene->setBaseFont(font);
    map->scene->setJourney(journeyId);
    if (options.scores) {
        if (!engine) {
            map->ownEngine = std::make_unique<MetricsEngine>(project);
            engine = map->ownEngine.get();
        }
        map->overlay = std::make_unique<ScoreOverlay>(map->scene.get(), engine);
        map->overlay->refresh();
    }
    map->source = map->scene->sceneRect();
    if (!options.cardIds.isEmpty()) {
        QRectF bounds;
        for (CardItem *item : map->scene->cardItems()) {
            const bool chosen = options.cardIds.contains(item->cardId());
            item->setVisible(chosen);
            if (chosen)
                bounds |= item->sceneBoundingRect();
        }
        for (QGraphicsItem *item : map->scene->items()) {
            if (item->type() == ConnectionItem::Type) {
                auto *connection = static_cast<ConnectionItem *>(item);
                const Connection c = project.connection(connection->connectionId());
                connection->setVisible(options.cardIds.contains(c.fromCardId)
                                       && options.cardIds.contains(c.toCardId));
            }
        }
        if (bounds.isEmpty()) {
            *error = MapImageExporter::tr("None of the chosen cards is on the map.");
            return false;
        }
        map->source = bounds.adjusted(-16, -16, 16, 16);
    }
    if (map->source.isEmpty()) {
        *error = MapImageExporter::tr("The map is empty.");
        return false;
    }
    return true;
}

} // namespace

bool MapImageExporter::writePng(Project &project, MetricsEngine *engine, const Options &options,
                                const QString &path, QString *error)
{
    if (!(options.scale > 0) || options.scale > 16) {
        *error = tr("The scale must be more than 0 and at most 16.");
        return false;
    }
    MapScene map;
    if (!makeScene(project, engine, options, &map, error))
        return false;
    const QSize size(int(std::ceil(map.source.width() * options.scale)),
                     int(std::ceil(map.source.height() * options.scale)));
    if (size.width() > MaxPixels || size.height() > MaxPixels
        || qint64(size.width()) * size.height() > qint64(400) * 1000 * 1000) {
        *error = tr("An image of %1 × %2 pixels is too large; choose a smaller scale.")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("There is not enough memory for an image of %1 × %2 pixels.")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    // 96 dpi at scale 1: the size the map has on screen.
    const int dotsPerMeter = qRound(96.0 * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        map.scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), map.source,
                          Qt::IgnoreAspectRatio);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error
            = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        *error = tr("Cannot write “%1”: %2")
                     .arg(QDir::toNativeSeparators(path),
                          writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                       : file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool MapImageExporter::writeSvg(Project &project, MetricsEngine *engine, const Options &options,
                                const QString &path, QString *error)
{
    MapScene map;
    if (!makeScene(project, engine, options, &map, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error
            = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(96);
        generator.setSize(map.source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), map.source.size()));
        generator.setTitle(project.journey(map.scene->journeyId()).name.left(500));
        generator.setDescription(tr("Journey map made with Waymark"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Could not start writing the image.");
            file.cancelWriting();
            return false;
        }
        if (!options.transparent)
            painter.fillRect(QRectF(QPointF(0, 0), map.source.size()), Qt::white);
        map.scene->render(&painter, QRectF(QPointF(0, 0), map.source.size()), map.source,
                          Qt::IgnoreAspectRatio);
        painter.end();
    }
    if (file.write(buffer.data()) != buffer.size() || !file.commit()) {
        *error
            = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Waymark
