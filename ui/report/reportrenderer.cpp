#include "reportrenderer.h"

#include "canvas/journeyscene.h"
#include "canvas/scoreoverlay.h"
#include "metrics/goalprogress.h"
#include "metrics/metricsengine.h"
#include "metrics/thresholds.h"
#include "project/project.h"
#include "reportformat.h"
#include "reportstyle.h"
#include "scoreformat.h"
#include "storage/reportrepository.h"
#include "theme.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageReader>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Waymark {

namespace {

constexpr Metric ScoredMetrics[] = {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating};
constexpr qint64 MaxLogoBytes = 20 * 1024 * 1024;
// No user text is laid out beyond this many characters: a 10,000-character title costs
// nothing and still ends in an ellipsis.
constexpr int MaxTextChars = 1500;
// The smallest size map text may have on paper, in points.
constexpr qreal MinMapFontPoints = 6.0;

// Text from files as one paragraph of plain text: control characters become spaces, line
// breaks become line separators (the layout breaks there), and it is capped.
QString plainText(const QString &source, bool keepBreaks)
{
    QString s = source.left(MaxTextChars);
    for (QChar &c : s) {
        if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator)
            c = keepBreaks ? QChar(QChar::LineSeparator) : QChar(QLatin1Char(' '));
        else if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return keepBreaks ? s.trimmed() : s.simplified();
}

struct Text
{
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;
    qreal naturalWidth = 0;
    void draw(QPainter &painter, const QPointF &position) const
    {
        if (layout)
            layout->draw(&painter, position);
    }
};

// One piece of the flow: a heading, a paragraph, a table row, a chart. Its height is known
// before anything is painted, so that pages (and "Page 3 of 12") are decided first.
struct Block
{
    qreal height = 0;
    qreal spaceAfter = 0;
    std::function<void(QPainter &, const QRectF &)> paint;
    bool pageBreak = false;    // starts on a new page
    bool keepWithNext = false; // never the last block of a page
    int header = -1;           // the table header to repeat when a page starts with this row
    bool fullPage = false;     // a page of its own (cover, map tiles)
    bool landscape = false;    // full pages only
    bool cover = false;        // no running header and footer
    QString section;           // running header from here on
    QString label;             // caption of a full page ("Map, part 2 of 4")
};

struct Page
{
    bool landscape = false;
    bool cover = false;
    QString section;
    QList<QPair<int, qreal>> blocks; // index, top
};

struct Column
{
    QString header;
    qreal weight = 1;
    Qt::Alignment align = Qt::AlignLeft;
};

struct Cell
{
    Cell() = default;
    Cell(const QString &t) // NOLINT: a cell is often just its text
        : text(t)
    {}
    QString text;
    QString sub;      // a second, smaller line
    QColor dot;       // a score band marker before the text
    int trend = 0;    // -1 down, 1 up: an arrow before the text
    bool good = true; // the trend's colour
    bool bold = false;
    bool mono = false;
    bool star = false; // small sample
};

QDate quarterStart(const QString &key)
{
    // "2026-Q3"
    const int year = key.left(4).toInt();
    const int quarter = key.mid(6, 1).toInt();
    if (year <= 0 || quarter < 1 || quarter > 4)
        return {};
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

} // namespace

struct ReportRenderer::Private
{
    Private(Project &p, MetricsEngine &e, const ReportOptions &o)
        : project(p)
        , engine(e)
        , options(o)
    {}

    Project &project;
    MetricsEngine &engine;
    ReportOptions options;

    Journey journey;
    MetricFilter filter;   // what the report is about
    MetricFilter current;  // what a change is measured on (the latest quarter, or filter)
    MetricFilter previous; // what it is compared with
    bool hasPrevious = false;
    QString currentLabel;  // "2026-Q3", or the chosen period
    QString previousLabel; // "2026-Q2"
    Metric mainMetric = Metric::Nps;
    QImage logo;
    QColor accent;
    bool prepared = false;

    QPagedPaintDevice *device = nullptr;
    std::unique_ptr<ReportStyle> style;
    QSizeF portraitSize;
    QSizeF landscapeSize;
    QList<Block> blocks;
    QList<Page> pages;
    std::unique_ptr<JourneyScene> scene;
    std::unique_ptr<ScoreOverlay> overlay;

    // --- measures ---
    qreal pt(qreal points) const { return style->pt(points); }
    qreal mm(qreal millimetres) const { return style->mm(millimetres); }
    QRectF contentRect(bool landscape) const
    {
        const QSizeF size = landscape ? landscapeSize : portraitSize;
        const qreal side = mm(landscape ? 14 : 20);
        const qreal top = mm(landscape ? 18 : 24);
        const qreal bottom = mm(landscape ? 14 : 20);
        return QRectF(side, top, size.width() - 2 * side, size.height() - top - bottom);
    }
    qreal width() const { return contentRect(false).width(); }

    Text text(const QString &source, ReportStyle::Type type, qreal width, int maxLines = 0,
              bool keepBreaks = false, Qt::Alignment align = Qt::AlignLeft) const;

    // --- flow ---
    int add(Block block)
    {
        blocks.append(std::move(block));
        return int(blocks.size()) - 1;
    }
    void addSectionTitle(const QString &eyebrow, const QString &title, const QString &section,
                         bool pageBreak);
    void addHeading(const QString &heading);
    void addParagraph(const QString &paragraph, ReportStyle::Type type = ReportStyle::Type::Body,
                      int maxLines = 0, qreal spaceAfter = -1);
    void addTable(const QList<Column> &columns, const QList<QList<Cell>> &rows);
    void addSpace(qreal height);

    // --- sections ---
    void buildCover();
    void buildSummary();
    void buildMap();
    void buildStages();
    void buildHeatmap();
    void buildPlan();
    void buildReview();
    void buildAppendix();
    void addScoreTiles(const QList<Score> &scores, const QList<Score> &now,
                       const QList<Score> &before);
    void addBarChart(const QString &caption, Metric metric,
                     const QList<QPair<QString, Score>> &bars);
    void addTrendChart(const QString &caption, Metric metric,
                       const QList<MetricsEngine::Group> &groups);
    void addVerbatims(Id stageId);

    // --- figures ---
    Metric dominantMetric(const std::function<Score(Metric)> &scoreOf) const;
    ScoreThresholds thresholds(Metric metric) const { return ScoreThresholds::of(project, metric); }
    QColor bandColor(const Score &score) const
    {
        return ScoreFormat::color(score, thresholds(score.metric));
    }
    Cell scoreCell(const Score &score, bool withDetails) const;
    Cell trendCell(const Score &now, const Score &before) const;
    QString periodText() const;
    // "Change", or "Change in 2026-Q4" when it is measured on the latest quarter.
    QString changeHeader() const
    {
        return hasPrevious && !options.from.isValid() && !options.to.isValid()
                   ? tr("Change in %1").arg(currentLabel)
                   : tr("Change");
    }
    QString filterText() const;

    // --- pages ---
    void paginate();
    void paintRunningText(QPainter &painter, int pageIndex) const;
    void paintCover(QPainter &painter, const QRectF &page) const;
};

ReportRenderer::ReportRenderer(Project &project, MetricsEngine &engine,
                               const ReportOptions &options)
    : d(std::make_unique<Private>(project, engine, options))
{}

ReportRenderer::~ReportRenderer() = default;

int ReportRenderer::pageCount() const
{
    return int(d->pages.size());
}

int ReportRenderer::resolution()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qMax(72, qRound(screen->logicalDotsPerInchY())) : 96;
}

QImage ReportRenderer::logo() const
{
    return d->logo;
}

QString ReportRenderer::documentTitle() const
{
    const QString title = d->options.title.isEmpty() ? d->project.title() : d->options.title;
    const QString journey = plainText(d->journey.name, false).left(200);
    if (title.isEmpty() || title == journey)
        return journey;
    return tr("%1 — %2").arg(plainText(title, false).left(200), journey);
}

QString ReportRenderer::author() const
{
    return plainText(d->project.setting(QStringLiteral("author")).toString(), false).left(200);
}

QString ReportRenderer::subject() const
{
    const QString client
        = plainText(d->project.setting(QStringLiteral("client")).toString(), false).left(200);
    const QString base = tr("Customer journey report, %1").arg(d->periodText());
    return client.isEmpty() ? base : tr("%1, for %2").arg(base, client);
}

bool ReportRenderer::prepare(QString *error)
{
    Private &p = *d;
    if (p.options.journeyId == NoId && !p.project.journeys().isEmpty())
        p.options.journeyId = p.project.journeys().constFirst().id;
    if (!p.project.hasJourney(p.options.journeyId)) {
        *error = p.project.journeys().isEmpty()
                     ? tr("The project has no journey to report on.")
                     : tr("The journey chosen for the report no longer exists.");
        return false;
    }
    if (!p.options.sections) {
        *error = tr("Choose at least one section of the report.");
        return false;
    }
    if (p.options.from.isValid() && p.options.to.isValid() && p.options.from > p.options.to) {
        *error = tr("The reporting period ends before it starts.");
        return false;
    }
    p.journey = p.project.journey(p.options.journeyId);
    p.filter = p.options.filter();
    p.filter.journeyId = p.journey.id;

    // The logo: a file named for this report, or the project's branding.
    p.logo = QImage();
    QByteArray logoBytes;
    if (!p.options.logoFile.isEmpty()) {
        QFile file(p.options.logoFile);
        const QFileInfo info(p.options.logoFile);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the logo “%1”.").arg(p.options.logoFile);
            return false;
        }
        if (info.size() > MaxLogoBytes) {
            *error = tr("The logo “%1” is larger than 20 MB.").arg(info.fileName());
            return false;
        }
        logoBytes = file.readAll();
        if (!QImage::fromData(logoBytes).isNull()) {
            p.logo = QImage::fromData(logoBytes);
        } else {
            *error
                = tr("The logo “%1” is not an image file (PNG, JPEG or SVG).").arg(info.fileName());
            return false;
        }
    } else {
        logoBytes = p.project.setting(QStringLiteral("branding/logo")).toByteArray();
        if (!logoBytes.isEmpty()) {
            if (logoBytes.size() > MaxLogoBytes)
                p.logo = QImage();
            else
                p.logo = QImage::fromData(logoBytes);
            if (p.logo.isNull()) {
                *error = tr("The project’s logo is not an image Waymark can read; choose "
                            "another one in Project Settings.");
                return false;
            }
        }
    }
    if (!p.logo.isNull() && (p.logo.width() > 2048 || p.logo.height() > 2048))
        p.logo = p.logo.scaled(2048, 2048, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.accent = QColor::fromString(p.project.setting(QStringLiteral("branding/accent")).toString());
    if (!p.accent.isValid())
        p.accent = ReportStyle::defaultAccent();

    // The metric of the journey: the one most responses use.
    const QHash<Metric, qint64> counts = p.engine.responseCounts(p.filter);
    p.mainMetric = Metric::Nps;
    qint64 best = 0;
    for (Metric metric : ScoredMetrics) {
        if (counts.value(metric) > best) {
            best = counts.value(metric);
            p.mainMetric = metric;
        }
    }

    // What "change" compares with: the period before a chosen period (as long as it), or
    // without one, the latest quarter with responses against the quarter before it.
    p.hasPrevious = false;
    p.current = p.filter;
    p.previous = p.filter;
    if (p.options.from.isValid() && p.options.to.isValid()) {
        const qint64 days = p.options.from.daysTo(p.options.to) + 1;
        p.previous.to = p.options.from.addDays(-1);
        p.previous.from = p.options.from.addDays(-days);
        // Whole calendar months (a month, a quarter, a year) compare with as many whole
        // months before: Q3 with Q2, not with the 92 days from 31 March.
        if (p.options.from.day() == 1 && p.options.to.addDays(1).day() == 1) {
            const int months = (p.options.to.year() - p.options.from.year()) * 12
                               + p.options.to.month() - p.options.from.month() + 1;
            p.previous.from = p.options.from.addMonths(-months);
        }
        p.hasPrevious = true;
        p.currentLabel = p.periodText();
        const QLocale locale;
        p.previousLabel = tr("%1 to %2")
                              .arg(locale.toString(p.previous.from, QLocale::ShortFormat),
                                   locale.toString(p.previous.to, QLocale::ShortFormat));
    } else if (best > 0) {
        const QList<MetricsEngine::Group> quarters
            = p.engine.breakdown(p.mainMetric, MetricsEngine::GroupBy::Quarter, p.filter);
        qsizetype last = quarters.size() - 1;
        while (last >= 0 && quarters.at(last).score.n == 0)
            --last;
        if (last >= 1) {
            const QDate start = quarterStart(quarters.at(last).key.text);
            const QDate before = quarterStart(quarters.at(last - 1).key.text);
            if (start.isValid() && before.isValid()) {
                p.current.from = start;
                p.current.to = start.addMonths(3).addDays(-1);
                // The chosen bounds still apply.
                if (p.options.from.isValid())
                    p.current.from = qMax(p.current.from, p.options.from);
                if (p.options.to.isValid())
                    p.current.to = qMin(p.current.to, p.options.to);
                p.previous.from = before;
                p.previous.to = start.addDays(-1);
                p.hasPrevious = true;
                p.currentLabel = quarters.at(last).label;
                p.previousLabel = quarters.at(last - 1).label;
            }
        }
    }
    p.prepared = true;
    return true;
}

QString ReportRenderer::Private::periodText() const
{
    const QLocale locale;
    const QString from
        = options.from.isValid() ? locale.toString(options.from, QLocale::ShortFormat) : QString();
    const QString to
        = options.to.isValid() ? locale.toString(options.to, QLocale::ShortFormat) : QString();
    if (!from.isEmpty() && !to.isEmpty())
        return tr("%1 to %2").arg(from, to);
    if (!from.isEmpty())
        return tr("responses from %1").arg(from);
    if (!to.isEmpty())
        return tr("responses up to %1").arg(to);
    return tr("all responses");
}

QString ReportRenderer::Private::filterText() const
{
    QStringList parts;
    parts.append(tr("Journey: %1").arg(plainText(journey.name, false).left(200)));
    parts.append(tr("Period: %1").arg(periodText()));
    parts.append(options.segment.isEmpty()
                     ? tr("Segment: all segments")
                     : tr("Segment: %1").arg(plainText(options.segment, false).left(200)));
    if (!options.persona.isEmpty())
        parts.append(tr("Persona: %1 (segments: %2)")
                         .arg(plainText(options.persona, false).left(200),
                              plainText(options.personaSegments.join(QStringLiteral(", ")), false)
                                  .left(200)));
    return parts.join(QStringLiteral(" · "));
}

Metric ReportRenderer::Private::dominantMetric(const std::function<Score(Metric)> &scoreOf) const
{
    Metric metric = Metric::None;
    qint64 best = 0;
    for (Metric m : ScoredMetrics) {
        const qint64 n = scoreOf(m).n;
        if (n > best) {
            best = n;
            metric = m;
        }
    }
    return metric;
}

Text ReportRenderer::Private::text(const QString &source, ReportStyle::Type type, qreal width,
                                   int maxLines, bool keepBreaks, Qt::Alignment align) const
{
    const QString plain = plainText(source, keepBreaks);
    const QFont font = style->font(type);
    const qreal leading = font.pointSizeF() > 0 ? pt(font.pointSizeF() * 0.22) : 0;
    const auto build = [&](const QString &content) {
        auto layout = std::make_shared<QTextLayout>(content, font, device);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        qreal y = 0;
        int lines = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height() + leading;
            if (maxLines > 0 && ++lines >= maxLines)
                break;
        }
        layout->endLayout();
        return layout;
    };
    std::shared_ptr<QTextLayout> layout = build(plain);
    if (maxLines > 0 && layout->lineCount() >= maxLines) {
        const QTextLine last = layout->lineAt(maxLines - 1);
        if (last.textStart() + last.textLength() < plain.size()) {
            QString rest = plain.mid(last.textStart());
            rest.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
            const QFontMetricsF metrics(font, device);
            layout = build(plain.left(last.textStart())
                           + metrics.elidedText(rest, Qt::ElideRight, width * 0.98));
        }
    }
    Text result;
    result.layout = layout;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        result.height = line.y() + line.height();
        result.naturalWidth = qMax(result.naturalWidth, line.naturalTextWidth());
    }
    return result;
}

// --- flow helpers -------------------------------------------------------------------------

void ReportRenderer::Private::addSpace(qreal height)
{
    if (!blocks.isEmpty())
        blocks.last().spaceAfter += height;
}

void ReportRenderer::Private::addSectionTitle(const QString &eyebrow, const QString &title,
                                              const QString &section, bool pageBreak)
{
    const qreal w = width();
    const Text top = text(eyebrow, ReportStyle::Type::Eyebrow, w, 1);
    const Text main = text(title, ReportStyle::Type::Title, w, 3);
    const qreal gap = pt(4);
    const qreal rule = pt(10);
    Block b;
    b.height = top.height + gap + main.height + rule;
    b.spaceAfter = pt(10);
    b.pageBreak = pageBreak;
    b.keepWithNext = true;
    b.section = section;
    const QColor accentText = style->accentText();
    const QColor accentColor = style->accent();
    const QColor ink = style->text();
    const qreal ruleWidth = pt(1.6);
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(accentText);
        top.draw(painter, r.topLeft());
        painter.setPen(ink);
        main.draw(painter, r.topLeft() + QPointF(0, top.height + gap));
        painter.fillRect(QRectF(r.left(), r.top() + top.height + gap + main.height + rule * 0.45,
                                w * 0.12, ruleWidth),
                         accentColor);
    };
    add(b);
}

void ReportRenderer::Private::addHeading(const QString &heading)
{
    const Text t = text(heading, ReportStyle::Type::Heading, width(), 2);
    Block b;
    b.height = t.height;
    b.spaceAfter = pt(5);
    b.keepWithNext = true;
    const QColor ink = style->text();
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(ink);
        t.draw(painter, r.topLeft());
    };
    // Space before a heading that follows other content.
    if (!blocks.isEmpty() && !blocks.last().keepWithNext)
        blocks.last().spaceAfter = qMax(blocks.last().spaceAfter, pt(14));
    add(b);
}

void ReportRenderer::Private::addParagraph(const QString &paragraph, ReportStyle::Type type,
                                           int maxLines, qreal spaceAfter)
{
    const Text t = text(paragraph, type, width(), maxLines, true);
    Block b;
    b.height = t.height;
    b.spaceAfter = spaceAfter >= 0 ? spaceAfter : pt(6);
    const QColor ink = type == ReportStyle::Type::Caption ? style->muted() : style->text();
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(ink);
        t.draw(painter, r.topLeft());
    };
    add(b);
}

void ReportRenderer::Private::addTable(const QList<Column> &columns, const QList<QList<Cell>> &rows)
{
    const qreal total = width();
    qreal weights = 0;
    for (const Column &c : columns)
        weights += c.weight;
    QList<qreal> x;
    QList<qreal> widths;
    qreal left = 0;
    for (const Column &c : columns) {
        x.append(left);
        widths.append(total * c.weight / weights);
        left += widths.last();
    }
    const qreal pad = pt(4);
    const qreal vpad = pt(3.2);
    const QColor ink = style->text();
    const QColor muted = style->muted();
    const QColor rule = style->rule();
    const QColor zebra = style->zebra();
    const QColor accentColor = style->accent();

    // Header.
    QList<Text> headers;
    qreal headerHeight = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        headers.append(text(columns.at(i).header, ReportStyle::Type::Small, widths.at(i) - 2 * pad,
                            2, false, columns.at(i).align));
        headerHeight = qMax(headerHeight, headers.last().height);
    }
    Block head;
    head.height = headerHeight + 2 * vpad + pt(1);
    head.keepWithNext = true;
    head.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(muted);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const Text &h = headers.at(i);
            h.draw(painter, QPointF(r.left() + x.at(i) + pad, r.top() + vpad));
        }
        painter.fillRect(QRectF(r.left(), r.bottom() - pt(1), r.width(), pt(1)), accentColor);
    };
    const int headIndex = add(head);

    const qreal trendWidth = pt(7);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const QList<Cell> &cells = rows.at(row);
        struct Laid
        {
            Text main;
            Text sub;
        };
        QList<Laid> laid;
        qreal height = 0;
        for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
            const Cell &cell = cells.at(i);
            qreal inner = widths.at(i) - 2 * pad;
            if (cell.dot.isValid())
                inner -= pt(8);
            if (cell.trend)
                inner -= trendWidth;
            const ReportStyle::Type type = cell.mono   ? ReportStyle::Type::Mono
                                           : cell.bold ? ReportStyle::Type::BodyBold
                                                       : ReportStyle::Type::Body;
            Laid l;
            l.main = text(cell.text, type, qMax(inner, pt(10)), cell.mono ? 2 : 3, false,
                          columns.at(i).align);
            if (!cell.sub.isEmpty())
                l.sub = text(cell.sub, ReportStyle::Type::Caption, qMax(inner, pt(10)), 2, false,
                             columns.at(i).align);
            height = qMax(height, l.main.height + (l.sub.layout ? l.sub.height + pt(1) : 0));
            laid.append(l);
        }
        Block b;
        b.height = height + 2 * vpad;
        b.header = headIndex;
        const bool shaded = row % 2 == 1;
        const QColor good = style->good();
        const QColor bad = style->bad();
        b.paint = [=, this](QPainter &painter, const QRectF &r) {
            if (shaded)
                painter.fillRect(r, zebra);
            painter.fillRect(QRectF(r.left(), r.bottom() - pt(0.4), r.width(), pt(0.4)), rule);
            for (qsizetype i = 0; i < laid.size(); ++i) {
                const Cell &cell = cells.at(i);
                const Laid &l = laid.at(i);
                const bool right = columns.at(i).align & Qt::AlignRight;
                const qreal cellLeft = r.left() + x.at(i) + pad;
                const qreal cellWidth = widths.at(i) - 2 * pad;
                qreal textLeft = cellLeft;
                qreal markerX = cellLeft;
                qreal reserved = (cell.dot.isValid() ? pt(8) : 0) + (cell.trend ? trendWidth : 0);
                if (right) {
                    // Markers sit left of the right-aligned number.
                    markerX = cellLeft + cellWidth - l.main.naturalWidth - reserved;
                    textLeft = cellLeft + reserved;
                } else {
                    textLeft = cellLeft + reserved;
                }
                const QFontMetricsF fm(style->font(ReportStyle::Type::Body), painter.device());
                const qreal midY = r.top() + vpad + fm.ascent() * 0.62;
                if (cell.trend) {
                    const qreal s = pt(2.6);
                    const QPointF c(markerX + s, midY);
                    QPainterPath arrow;
                    if (cell.trend > 0) {
                        arrow.moveTo(c + QPointF(-s, s * 0.8));
                        arrow.lineTo(c + QPointF(s, s * 0.8));
                        arrow.lineTo(c + QPointF(0, -s * 0.9));
                    } else {
                        arrow.moveTo(c + QPointF(-s, -s * 0.8));
                        arrow.lineTo(c + QPointF(s, -s * 0.8));
                        arrow.lineTo(c + QPointF(0, s * 0.9));
                    }
                    arrow.closeSubpath();
                    painter.fillPath(arrow, cell.good ? good : bad);
                    markerX += trendWidth;
                }
                if (cell.dot.isValid()) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(cell.dot);
                    const qreal radius = pt(2.6);
                    painter.drawEllipse(QPointF(markerX + radius, midY), radius, radius);
                    painter.setBrush(Qt::NoBrush);
                }
                painter.setPen(ink);
                l.main.draw(painter, QPointF(textLeft, r.top() + vpad));
                if (cell.star) {
                    painter.setPen(muted);
                    painter.setFont(style->font(ReportStyle::Type::Caption));
                    painter.drawText(
                        QPointF(cellLeft + cellWidth + pt(0.8), r.top() + vpad + fm.ascent()),
                        QStringLiteral("*"));
                }
                if (l.sub.layout) {
                    painter.setPen(muted);
                    l.sub.draw(painter, QPointF(textLeft, r.top() + vpad + l.main.height + pt(1)));
                }
            }
        };
        add(b);
    }
    blocks.last().spaceAfter = pt(8);
}

Cell ReportRenderer::Private::scoreCell(const Score &score, bool withDetails) const
{
    Cell cell;
    cell.text = statsText(score);
    if (score.value) {
        cell.dot = bandColor(score);
        cell.star = score.isSmallSample();
        if (withDetails) {
            QStringList parts{ScoreFormat::count(score.n)};
            if (score.marginOfError)
                parts.append(ReportFormat::marginOfError(score));
            cell.sub = parts.join(QStringLiteral(" · "));
        }
    }
    return cell;
}

Cell ReportRenderer::Private::trendCell(const Score &now, const Score &before) const
{
    Cell cell;
    if (!now.value || !before.value) {
        cell.text = QStringLiteral("–");
        return cell;
    }
    const double change = roundToOneDecimal(*now.value - *before.value);
    cell.text = ReportFormat::change(change, now.metric);
    if (change > 0)
        cell.trend = 1;
    else if (change < 0)
        cell.trend = -1;
    cell.good = change > 0;
    return cell;
}

// --- sections ------------------------------------------------------------------------------

void ReportRenderer::Private::buildCover()
{
    Block b;
    b.fullPage = true;
    b.cover = true;
    b.paint = [this](QPainter &painter, const QRectF &page) {
        paintCover(painter, page);
    };
    add(b);
}

void ReportRenderer::Private::paintCover(QPainter &painter, const QRectF &page) const
{
    const qreal side = mm(22);
    const qreal panelHeight = page.height() * 0.42;
    const QColor panel = accent;
    const QColor onPanel = Theme::readableOn(panel);
    painter.fillRect(QRectF(0, 0, page.width(), panelHeight), panel);
    // A thin darker band at the panel's foot gives the page a base line.
    painter.fillRect(QRectF(0, panelHeight - mm(2.2), page.width(), mm(2.2)), panel.darker(125));

    const qreal w = page.width() - 2 * side;
    const QString projectTitle = options.title.isEmpty() ? project.title() : options.title;
    const Text eyebrow = text(tr("Customer journey report"), ReportStyle::Type::Eyebrow, w, 1);
    const Text title = text(projectTitle.isEmpty() ? journey.name : projectTitle,
                            ReportStyle::Type::Display, w, 3);
    const Text subtitle = text(journey.name, ReportStyle::Type::Lead, w, 2);

    qreal y = panelHeight - mm(16) - subtitle.height - title.height - eyebrow.height - pt(14);
    y = qMax(y, mm(20));
    painter.setPen(onPanel);
    eyebrow.draw(painter, QPointF(side, y));
    y += eyebrow.height + pt(8);
    title.draw(painter, QPointF(side, y));
    y += title.height + pt(6);
    if (!projectTitle.isEmpty() && projectTitle != journey.name)
        subtitle.draw(painter, QPointF(side, y));

    // Details under the panel: label and value in two columns.
    const QLocale locale;
    QList<QPair<QString, QString>> details;
    const QString client = project.setting(QStringLiteral("client")).toString();
    const QString by = project.setting(QStringLiteral("author")).toString();
    if (!client.isEmpty())
        details.append({tr("Prepared for"), client});
    if (!by.isEmpty())
        details.append({tr("Prepared by"), by});
    details.append({tr("Reporting period"), periodText()});
    if (!options.segment.isEmpty())
        details.append({tr("Segment"), options.segment});
    if (!options.persona.isEmpty())
        details.append({tr("Persona"), options.persona});
    details.append({tr("Date"), locale.toString(QDate::currentDate(), QLocale::LongFormat)});

    y = panelHeight + mm(18);
    const qreal labelWidth = mm(42);
    for (const auto &[label, value] : std::as_const(details)) {
        const Text l = text(label, ReportStyle::Type::Eyebrow, labelWidth - pt(6), 1);
        const Text v = text(value, ReportStyle::Type::Lead, w - labelWidth, 2);
        painter.setPen(style->muted());
        l.draw(painter, QPointF(side, y + pt(1.5)));
        painter.setPen(style->text());
        v.draw(painter, QPointF(side + labelWidth, y));
        y += qMax(l.height, v.height) + pt(10);
    }

    // The consultant's logo, bottom left, within 50 x 20 mm.
    if (!logo.isNull()) {
        QSizeF size = logo.size();
        size.scale(mm(50), mm(20), Qt::KeepAspectRatio);
        const QRectF target(side, page.height() - mm(22) - size.height(), size.width(),
                            size.height());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, logo);
    }
    // Accent rule and provenance at the foot.
    const Text foot
        = text(tr("Made with Waymark from “%1”").arg(QFileInfo(project.filePath()).fileName()),
               ReportStyle::Type::Caption, w * 0.5, 2, false, Qt::AlignRight);
    painter.setPen(style->muted());
    foot.draw(painter,
              QPointF(page.width() - side - w * 0.5, page.height() - mm(22) - foot.height));
}

void ReportRenderer::Private::addScoreTiles(const QList<Score> &scores, const QList<Score> &now,
                                            const QList<Score> &before)
{
    const qreal w = width();
    const qreal gap = pt(8);
    const int count = int(scores.size());
    if (count == 0)
        return;
    const qreal tileWidth = (w - gap * (count - 1)) / count;
    const qreal pad = pt(9);
    struct Tile
    {
        Text label, figure, detail, change;
        QColor band;
        int trend = 0;
    };
    QList<Tile> tiles;
    qreal height = 0;
    for (int i = 0; i < count; ++i) {
        const Score &s = scores.at(i);
        Tile t;
        t.label = text(enumLabel(s.metric), ReportStyle::Type::Eyebrow, tileWidth - 2 * pad, 1);
        QString figure = statsText(s);
        if (s.value && s.isSmallSample())
            figure += QLatin1Char('*');
        t.figure = text(figure, ReportStyle::Type::Figure, tileWidth - 2 * pad - pt(10), 1);
        QStringList details{ScoreFormat::count(s.n)};
        if (s.marginOfError)
            details.append(ReportFormat::marginOfError(s));
        t.detail = text(details.join(QStringLiteral(" · ")), ReportStyle::Type::Caption,
                        tileWidth - 2 * pad, 2);
        QString change;
        const Score b = before.value(i);
        const Score c = now.value(i);
        if (hasPrevious && c.value && b.value) {
            const double delta = roundToOneDecimal(*c.value - *b.value);
            t.trend = delta > 0 ? 1 : delta < 0 ? -1 : 0;
            change = options.from.isValid()
                         ? tr("%1 against %2")
                               .arg(ReportFormat::change(delta, s.metric), previousLabel)
                         : tr("%1 in %2 against %3")
                               .arg(ReportFormat::change(delta, s.metric), currentLabel,
                                    previousLabel);
        } else if (hasPrevious) {
            change = tr("No responses in %1 to compare with.").arg(previousLabel);
        } else {
            change = tr("No earlier period to compare with.");
        }
        t.change = text(change, ReportStyle::Type::Caption, tileWidth - 2 * pad - pt(8), 3);
        t.band = bandColor(s);
        tiles.append(t);
        height = qMax(height, t.label.height + pt(4) + t.figure.height + pt(3) + t.detail.height
                                  + pt(5) + t.change.height);
    }
    Block b;
    b.height = height + 2 * pad;
    b.spaceAfter = pt(12);
    const QColor tileColor = style->tile();
    const QColor ink = style->text();
    const QColor muted = style->muted();
    const QColor accentText = style->accentText();
    const QColor good = style->good();
    const QColor bad = style->bad();
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        for (int i = 0; i < count; ++i) {
            const Tile &t = tiles.at(i);
            const QRectF box(r.left() + i * (tileWidth + gap), r.top(), tileWidth, r.height());
            painter.fillRect(box, tileColor);
            if (t.band.isValid())
                painter.fillRect(QRectF(box.left(), box.top(), pt(3), box.height()), t.band);
            qreal y = box.top() + pad;
            painter.setPen(accentText);
            t.label.draw(painter, QPointF(box.left() + pad, y));
            y += t.label.height + pt(4);
            painter.setPen(ink);
            t.figure.draw(painter, QPointF(box.left() + pad, y));
            y += t.figure.height + pt(3);
            painter.setPen(muted);
            t.detail.draw(painter, QPointF(box.left() + pad, y));
            y += t.detail.height + pt(5);
            qreal x = box.left() + pad;
            if (t.trend) {
                const qreal s = pt(2.6);
                const QPointF c(x + s, y + s * 1.4);
                QPainterPath arrow;
                const qreal dir = t.trend > 0 ? 1 : -1;
                arrow.moveTo(c + QPointF(-s, dir * s * 0.8));
                arrow.lineTo(c + QPointF(s, dir * s * 0.8));
                arrow.lineTo(c + QPointF(0, -dir * s * 0.9));
                arrow.closeSubpath();
                painter.fillPath(arrow, t.trend > 0 ? good : bad);
                x += pt(8);
            }
            painter.setPen(muted);
            t.change.draw(painter, QPointF(x, y));
        }
    };
    add(b);
}

void ReportRenderer::Private::buildSummary()
{
    addSectionTitle(tr("Executive summary"), plainText(journey.name, false),
                    tr("Executive summary"), true);
    QList<Score> scores;
    QList<Score> now;
    QList<Score> before;
    for (Metric metric : ScoredMetrics) {
        const Score s = engine.total(metric, filter);
        if (s.n == 0)
            continue;
        scores.append(s);
        now.append(hasPrevious ? engine.total(metric, current) : Score());
        before.append(hasPrevious ? engine.total(metric, previous) : Score());
    }
    if (scores.isEmpty()) {
        addParagraph(tr("No customer responses match this report (%1), so there are no scores "
                        "to summarise yet. Import survey answers or reviews to see NPS, CSAT "
                        "and CES here.")
                         .arg(periodText()),
                     ReportStyle::Type::Lead);
    } else {
        QString lead;
        if (hasPrevious && !options.from.isValid())
            lead = tr("Scores of %1; changes compare the latest quarter with responses, %2, "
                      "with %3.")
                       .arg(periodText(), currentLabel, previousLabel);
        else if (hasPrevious)
            lead = tr("Scores of %1, against %2.").arg(currentLabel, previousLabel);
        else
            lead = tr("Scores of %1.").arg(periodText());
        addParagraph(lead, ReportStyle::Type::Lead, 3, pt(10));
        addScoreTiles(scores, now, before);
    }

    // The five weakest touchpoints by the journey's main metric.
    struct Ranked
    {
        Card card;
        Score score;
    };
    QList<Ranked> ranked;
    for (const Card &card : project.cards(journey.id)) {
        if (card.kind != CardKind::Touchpoint)
            continue;
        const Score s = engine.cardScore(card.id, mainMetric, filter);
        if (s.value)
            ranked.append({card, s});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return *a.score.value < *b.score.value;
    });
    addHeading(tr("The five weakest touchpoints (%1)").arg(enumLabel(mainMetric)));
    if (ranked.isEmpty()) {
        addParagraph(tr("No touchpoint has %1 responses in this report, so none can be ranked.")
                         .arg(enumLabel(mainMetric)));
    } else {
        QList<QList<Cell>> rows;
        for (qsizetype i = 0; i < qMin<qsizetype>(5, ranked.size()); ++i) {
            const Ranked &r = ranked.at(i);
            const Score nowScore
                = hasPrevious ? engine.cardScore(r.card.id, mainMetric, current) : Score();
            const Score beforeScore
                = hasPrevious ? engine.cardScore(r.card.id, mainMetric, previous) : Score();
            rows.append({Cell{plainText(r.card.title, false)},
                         Cell{plainText(project.stage(r.card.stageId).name, false)},
                         scoreCell(r.score, false), Cell{QLocale().toString(r.score.n)},
                         Cell{ReportFormat::marginOfError(r.score)},
                         trendCell(nowScore, beforeScore)});
        }
        addTable({{tr("Touchpoint"), 3.2},
                  {tr("Stage"), 2},
                  {enumLabel(mainMetric), 1.2, Qt::AlignRight},
                  {tr("n"), 0.9, Qt::AlignRight},
                  {tr("± 95 %"), 1, Qt::AlignRight},
                  {changeHeader(), 1.2, Qt::AlignRight}},
                 rows);
    }

    // Goals: on or off track, by the goals feature's own rule (GoalProgressCalculator).
    const QList<Goal> goals = project.goals(journey.id);
    if (!goals.isEmpty()) {
        addHeading(tr("Goals"));
        GoalProgressCalculator calculator(project, engine);
        QList<QList<Cell>> rows;
        for (const Goal &goal : goals) {
            const GoalProgress progress = calculator.progress(goal);
            const QString target
                = (goal.op == GoalOperator::AtLeast ? QStringLiteral("≥ ") : QStringLiteral("≤ "))
                  + GoalProgressCalculator::formatValue(goal.metric, goal.target);
            Cell goalNow{progress.current
                             ? GoalProgressCalculator::formatValue(goal.metric, *progress.current)
                             : QStringLiteral("–")};
            if (progress.current) {
                QStringList details{ScoreFormat::count(progress.n)};
                if (progress.marginOfError)
                    details.append(
                        QStringLiteral("± ")
                        + QString::number(roundToOneDecimal(*progress.marginOfError), 'f', 1));
                goalNow.sub = details.join(QStringLiteral(" · "));
                goalNow.star = progress.smallSample;
            }
            Cell status{GoalProgressCalculator::statusLabel(progress.status)};
            status.bold = true;
            status.sub = plainText(progress.rule, false);
            switch (progress.status) {
            case GoalStatus::OnTrack:
                status.dot = ScoreFormat::bandColor(ScoreThresholds::Band::Good);
                break;
            case GoalStatus::AtRisk:
                status.dot = ScoreFormat::bandColor(ScoreThresholds::Band::Fair);
                break;
            case GoalStatus::OffTrack:
                status.dot = ScoreFormat::bandColor(ScoreThresholds::Band::Bad);
                break;
            case GoalStatus::NoData:
                status.dot = style->rule();
                break;
            }
            rows.append(
                {Cell{plainText(goal.title.isEmpty() ? enumLabel(goal.metric) : goal.title, false)},
                 Cell{tr("%1 %2").arg(enumLabel(goal.metric), target)},
                 Cell{plainText(goal.due, false)}, goalNow, status});
        }
        addTable({{tr("Goal"), 2.6},
                  {tr("Target"), 1.3},
                  {tr("Due"), 0.9},
                  {tr("Now"), 1.2, Qt::AlignRight},
                  {tr("Status"), 3}},
                 rows);
        addParagraph(tr("Goals are judged on the %1 days up to the journey's latest response "
                        "of their metric, whatever the report's period.")
                         .arg(GoalProgressCalculator::WindowDays),
                     ReportStyle::Type::Caption);
    }
}

void ReportRenderer::Private::buildMap()
{
    const QString section = tr("Journey map");
    if (project.stageIds(journey.id).isEmpty() || project.cards(journey.id).isEmpty()) {
        addSectionTitle(tr("Journey map"), plainText(journey.name, false), section, true);
        addParagraph(project.stageIds(journey.id).isEmpty()
                         ? tr("This journey has no stages yet, so there is no map to show.")
                         : tr("This journey has no cards yet; the map shows its stages and "
                              "lanes once cards are added."),
                     ReportStyle::Type::Lead);
        return;
    }
    scene = std::make_unique<JourneyScene>(project);
    scene->setPalette(ReportStyle::paperPalette(accent));
    QFont font(ReportStyle::family());
    font.setPointSizeF(9);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, ReportStyle::NoLigatureSpacing);
    scene->setBaseFont(font);
    scene->setJourney(journey.id);
    const bool filtered = options.from.isValid() || options.to.isValid()
                          || !options.segment.isEmpty() || !options.personaSegments.isEmpty();
    // Badges show every response of a card; with a period or segment chosen they would
    // disagree with the tables, so the map then shows no scores.
    if (!filtered) {
        overlay = std::make_unique<ScoreOverlay>(scene.get(), &engine);
        overlay->refresh();
    }
    const QRectF source = scene->sceneRect();
    if (source.isEmpty())
        return;

    // Scene units are pixels at the screen's resolution; on paper the small font must
    // stay at least MinMapFontPoints.
    const qreal smallPixels = qMax<qreal>(1, QFontInfo(scene->metrics().smallFont).pixelSize());
    const qreal minScale = MinMapFontPoints / smallPixels; // points per scene unit
    const QRectF area = contentRect(true);
    const qreal captionHeight = pt(16);
    const QSizeF room(area.width() / pt(1), (area.height() - captionHeight) / pt(1)); // points
    const qreal fit = qMin(room.width() / source.width(), room.height() / source.height());
    qreal scale = 0;

    // Tiles: cut at stage and lane boundaries where that keeps most of a page, overlap by a
    // little, and repeat the lane headers (stage headers) on tiles right of (below) the
    // first, like frozen panes in a spreadsheet.
    const CanvasMetrics &m = scene->metrics();
    const qreal headerWidth = m.margin + m.laneHeaderWidth;
    const qreal headerHeight = m.margin + m.stageHeaderHeight + 6;
    QList<qreal> stageEdges;
    for (Id stageId : scene->visibleStages())
        stageEdges.prepend(scene->stageRect(stageId).right());
    QList<qreal> laneEdges;
    for (Id laneId : scene->visibleLanes())
        laneEdges.prepend(scene->laneRect(laneId).bottom());
    const auto cut
        = [&](qreal start, qreal end, qreal firstRoom, qreal nextRoom, const QList<qreal> &edges) {
              QList<QPair<qreal, qreal>> spans;
              qreal s = start;
              for (int guard = 0; guard < 500; ++guard) {
                  const qreal overlap = 24 / scale; // scene units shared by neighbouring tiles
                  const qreal length = (spans.isEmpty() ? firstRoom : nextRoom) / scale;
                  if (s + length >= end - 0.5) {
                      spans.append({s, end});
                      break;
                  }
                  qreal e = s + length;
                  for (qreal edge : edges) { // descending
                      if (edge <= e && edge > s + length * 0.6) {
                          e = edge;
                          break;
                      }
                  }
                  spans.append({s, e});
                  s = qMax(s + 1, e - overlap);
              }
              return spans;
          };
    QList<QPair<qreal, qreal>> columns;
    QList<QPair<qreal, qreal>> rowSpans;
    const auto plan = [&](qreal candidate) {
        scale = candidate;
        columns = cut(source.left(), source.right(), room.width(),
                      room.width() - headerWidth * scale, stageEdges);
        rowSpans = cut(source.top(), source.bottom(), room.height(),
                       room.height() - headerHeight * scale, laneEdges);
        return columns.size() * rowSpans.size();
    };
    if (options.mapScale > 0) {
        plan(qMax(minScale, options.mapScale * 0.75)); // 100 %: the size on screen
    } else if (fit >= minScale) {
        plan(qMin(fit, 1.0)); // one page; never blown up beyond 133 % of the screen
    } else {
        // Too big for one page: the fewest pages among filling the height, filling the
        // width and the smallest readable size; the larger scale among equals.
        const QList<qreal> candidates{qMin(room.height() / source.height(), 1.0),
                                      qMin(room.width() / source.width(), 1.0), minScale};
        qreal best = minScale;
        qsizetype fewest = std::numeric_limits<qsizetype>::max();
        for (qreal candidate : candidates) {
            if (candidate < minScale)
                continue;
            const qsizetype pages = plan(candidate);
            if (pages < fewest || (pages == fewest && candidate > best)) {
                fewest = pages;
                best = candidate;
            }
        }
        plan(best);
    }
    const qsizetype total = columns.size() * rowSpans.size();
    JourneyScene *s = scene.get();
    const qreal factor = pt(scale);
    const QColor rule = style->rule();
    const QColor muted = style->muted();
    int part = 0;
    for (qsizetype row = 0; row < rowSpans.size(); ++row) {
        for (qsizetype column = 0; column < columns.size(); ++column) {
            ++part;
            const QRectF tile(QPointF(columns.at(column).first, rowSpans.at(row).first),
                              QPointF(columns.at(column).second, rowSpans.at(row).second));
            const bool laneHeaders = column > 0;
            const bool stageHeaders = row > 0;
            Block b;
            b.fullPage = true;
            b.landscape = true;
            b.section = section;
            QString label = total > 1
                                ? tr("Map, part %1 of %2").arg(part).arg(total)
                                : tr("Map of “%1”").arg(plainText(journey.name, false).left(120));
            if (total > 1)
                label += tr(" · neighbouring parts overlap; headers repeat");
            if (filtered)
                label += tr(" · scores for the period are on the stage pages");
            const Text caption = text(label, ReportStyle::Type::Caption, area.width(), 1);
            b.paint = [=, this](QPainter &painter, const QRectF &r) {
                painter.setPen(muted);
                caption.draw(painter, r.topLeft());
                const QPointF origin(r.left(), r.top() + captionHeight);
                const qreal offsetX = laneHeaders ? headerWidth * factor : 0;
                const qreal offsetY = stageHeaders ? headerHeight * factor : 0;
                const auto draw = [&](const QRectF &target, const QRectF &from) {
                    painter.save();
                    painter.setClipRect(target);
                    s->render(&painter, target, from, Qt::IgnoreAspectRatio);
                    painter.restore();
                };
                const QRectF content(origin + QPointF(offsetX, offsetY),
                                     QSizeF(tile.width() * factor, tile.height() * factor));
                draw(content, tile);
                if (laneHeaders)
                    draw(QRectF(origin.x(), content.top(), offsetX, content.height()),
                         QRectF(source.left(), tile.top(), headerWidth, tile.height()));
                if (stageHeaders)
                    draw(QRectF(content.left(), origin.y(), content.width(), offsetY),
                         QRectF(tile.left(), source.top(), tile.width(), headerHeight));
                if (laneHeaders && stageHeaders)
                    draw(QRectF(origin, QSizeF(offsetX, offsetY)),
                         QRectF(source.topLeft(), QSizeF(headerWidth, headerHeight)));
                painter.setPen(QPen(rule, pt(0.5)));
                painter.setBrush(Qt::NoBrush);
                if (laneHeaders)
                    painter.drawLine(QPointF(content.left(), origin.y()),
                                     QPointF(content.left(), content.bottom()));
                if (stageHeaders)
                    painter.drawLine(QPointF(origin.x(), content.top()),
                                     QPointF(content.right(), content.top()));
                painter.drawRect(QRectF(origin, content.bottomRight()));
            };
            add(b);
        }
    }
}

void ReportRenderer::Private::addBarChart(const QString &caption, Metric metric,
                                          const QList<QPair<QString, Score>> &bars)
{
    const qreal w = width();
    const Text title = text(caption, ReportStyle::Type::Small, w, 2);
    const qreal labelWidth = w * 0.34;
    const qreal valueWidth = pt(46);
    const qreal barHeight = pt(9);
    const qreal rowGap = pt(4);
    QList<Text> labels;
    for (const auto &bar : bars)
        labels.append(text(bar.first, ReportStyle::Type::Caption, labelWidth - pt(6), 1));
    double low = 0;
    double high = 100;
    if (metric == Metric::Nps)
        low = -100;
    else if (metric == Metric::Ces) {
        low = 1;
        high = 7;
    } else if (metric == Metric::Rating) {
        low = 1;
        high = 5;
        for (const auto &bar : bars)
            high = qMax(high, std::ceil(bar.second.value.value_or(0)));
    }
    QList<QColor> colors;
    QList<QString> values;
    for (const auto &bar : bars) {
        colors.append(bandColor(bar.second));
        values.append(statsText(bar.second));
    }
    const QFont valueFont = style->font(ReportStyle::Type::Caption);
    Block b;
    b.height = title.height + pt(6) + bars.size() * (barHeight + rowGap) + pt(12);
    b.spaceAfter = pt(10);
    const QColor ink = style->text();
    const QColor muted = style->muted();
    const QColor rule = style->rule();
    const QColor track = style->zebra();
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(muted);
        title.draw(painter, r.topLeft());
        const qreal top = r.top() + title.height + pt(6);
        const qreal left = r.left() + labelWidth;
        const qreal plot = w - labelWidth - valueWidth;
        const auto xOf = [&](double v) {
            return left + plot * (qBound(low, v, high) - low) / (high - low);
        };
        const qreal zero = xOf(metric == Metric::Nps ? 0 : low);
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const qreal y = top + i * (barHeight + rowGap);
            painter.setPen(ink);
            labels.at(i).draw(painter,
                              QPointF(r.left(), y + (barHeight - labels.at(i).height) / 2));
            painter.fillRect(QRectF(left, y, plot, barHeight), track);
            const std::optional<double> v = bars.at(i).second.value;
            if (v) {
                const qreal x = xOf(*v);
                painter.fillRect(QRectF(qMin(x, zero), y, std::abs(x - zero), barHeight),
                                 colors.at(i).isValid() ? colors.at(i) : muted);
            }
            painter.setPen(ink);
            painter.setFont(valueFont);
            painter.drawText(
                QRectF(left + plot + pt(4), y - pt(2), valueWidth - pt(4), barHeight + pt(4)),
                Qt::AlignVCenter | Qt::AlignLeft, values.at(i));
        }
        const qreal bottom = top + bars.size() * (barHeight + rowGap);
        painter.setPen(QPen(rule, pt(0.6)));
        painter.drawLine(QPointF(zero, top - pt(2)), QPointF(zero, bottom));
        painter.setPen(muted);
        painter.setFont(valueFont);
        const auto axis = [&](double v) {
            const QString label = QString::number(v);
            painter.drawText(QRectF(xOf(v) - pt(20), bottom, pt(40), pt(10)), Qt::AlignCenter,
                             label);
        };
        axis(low);
        if (metric == Metric::Nps)
            axis(0);
        axis(high);
    };
    add(b);
}

void ReportRenderer::Private::addTrendChart(const QString &caption, Metric metric,
                                            const QList<MetricsEngine::Group> &groups)
{
    QList<QPair<QString, double>> points;
    for (const MetricsEngine::Group &g : groups) {
        if (g.score.value)
            points.append({g.label, *g.score.value});
    }
    if (points.size() < 2)
        return;
    const qreal w = width();
    const Text title = text(caption, ReportStyle::Type::Small, w, 2);
    const qreal plotHeight = pt(70);
    double low = points.first().second;
    double high = low;
    for (const auto &p : points) {
        low = qMin(low, p.second);
        high = qMax(high, p.second);
    }
    const double pad
        = qMax(metric == Metric::Ces || metric == Metric::Rating ? 0.2 : 1.0, (high - low) * 0.15);
    // Within the metric's range: a CSAT axis never passes 100 %.
    const double floor = metric == Metric::Nps ? -100 : metric == Metric::Csat ? 0 : 1;
    const double ceiling = metric == Metric::Nps    ? 100
                           : metric == Metric::Csat ? 100
                           : metric == Metric::Ces  ? 7
                                                    : qMax(5.0, high);
    low = qMax(floor, low - pad);
    high = qMin(ceiling, high + pad);
    if (high <= low)
        high = low + 1;
    Block b;
    b.height = title.height + pt(6) + plotHeight + pt(17);
    b.spaceAfter = pt(10);
    const QColor accentColor = style->accent();
    const QColor muted = style->muted();
    const QColor rule = style->rule();
    const QFont small = style->font(ReportStyle::Type::Caption);
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(muted);
        title.draw(painter, r.topLeft());
        const QRectF plot(r.left() + pt(30), r.top() + title.height + pt(6), w - pt(40),
                          plotHeight);
        painter.setPen(QPen(rule, pt(0.5)));
        for (int i = 0; i <= 2; ++i) {
            const qreal y = plot.top() + plot.height() * i / 2;
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter.setFont(small);
        painter.setPen(muted);
        for (int i = 0; i <= 2; ++i) {
            const double v = high - (high - low) * i / 2;
            painter.drawText(
                QRectF(r.left(), plot.top() + plot.height() * i / 2 - pt(5), pt(26), pt(10)),
                Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', 1));
        }
        QPainterPath line;
        const qsizetype n = points.size();
        QList<QPointF> at;
        for (qsizetype i = 0; i < n; ++i) {
            const qreal x = plot.left() + plot.width() * (n == 1 ? 0.5 : qreal(i) / (n - 1));
            const qreal y
                = plot.bottom() - plot.height() * (points.at(i).second - low) / (high - low);
            at.append(QPointF(x, y));
            if (i == 0)
                line.moveTo(x, y);
            else
                line.lineTo(x, y);
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(accentColor, pt(1.4)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accentColor);
        for (const QPointF &p : at)
            painter.drawEllipse(p, pt(1.8), pt(1.8));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(muted);
        // At most eight labels, evenly spaced back from the last one.
        const qsizetype every = qMax<qsizetype>(1, (n + 7) / 8);
        for (qsizetype i = 0; i < n; ++i) {
            if ((n - 1 - i) % every != 0)
                continue;
            painter.drawText(QRectF(at.at(i).x() - pt(22), plot.bottom() + pt(5), pt(44), pt(10)),
                             Qt::AlignCenter, points.at(i).first);
        }
    };
    add(b);
}

void ReportRenderer::Private::addVerbatims(Id stageId)
{
    // Two of the most negative comments and one of the most positive, each said once.
    QList<MetricsEngine::Verbatim> quotes;
    QStringList said;
    const auto take = [&](const QList<MetricsEngine::Verbatim> &candidates, int count) {
        for (const MetricsEngine::Verbatim &v : candidates) {
            const QString key = v.comment.simplified().toLower();
            if (count == 0 || said.contains(key))
                continue;
            said.append(key);
            quotes.append(v);
            --count;
        }
    };
    take(engine.verbatims(filter, 6, true, NoId, stageId), 2);
    take(engine.verbatims(filter, 4, false, NoId, stageId), 1);
    addHeading(tr("In the customers’ words"));
    if (quotes.isEmpty()) {
        addParagraph(tr("No comments were given about this stage in this report's responses."));
        return;
    }
    const QLocale locale;
    for (const MetricsEngine::Verbatim &v : std::as_const(quotes)) {
        const Text quote = text(tr("“%1”").arg(plainText(v.comment, false)),
                                ReportStyle::Type::Quote, width() - pt(14), 5);
        QStringList about;
        if (project.hasCard(v.cardId))
            about.append(plainText(project.card(v.cardId).title, false).left(80));
        if (!v.segment.isEmpty())
            about.append(plainText(v.segment, false).left(60));
        if (v.date.isValid())
            about.append(locale.toString(v.date, QLocale::ShortFormat));
        if (v.score && v.metric != Metric::None)
            about.append(tr("%1 %2").arg(enumLabel(v.metric), QString::number(*v.score)));
        const Text who = text(QStringLiteral("— ") + about.join(QStringLiteral(", ")),
                              ReportStyle::Type::Caption, width() - pt(14), 2);
        Block b;
        b.height = quote.height + pt(2) + who.height;
        b.spaceAfter = pt(8);
        const QColor bar = v.sentiment < 0 ? style->bad() : style->good();
        const QColor ink = style->text();
        const QColor muted = style->muted();
        b.paint = [=, this](QPainter &painter, const QRectF &r) {
            painter.fillRect(QRectF(r.left(), r.top(), pt(2), r.height()), bar);
            painter.setPen(ink);
            quote.draw(painter, r.topLeft() + QPointF(pt(10), 0));
            painter.setPen(muted);
            who.draw(painter, r.topLeft() + QPointF(pt(10), quote.height + pt(2)));
        };
        add(b);
    }
}

void ReportRenderer::Private::buildStages()
{
    const QList<Stage> stages = project.stages(journey.id);
    QList<Stage> shown;
    for (const Stage &s : stages) {
        if (!s.hidden)
            shown.append(s);
    }
    if (shown.isEmpty()) {
        addSectionTitle(tr("Stages"), plainText(journey.name, false), tr("Stages"), true);
        addParagraph(tr("This journey has no stages yet."), ReportStyle::Type::Lead);
        return;
    }
    const QList<Card> cards = project.cards(journey.id);
    int index = 0;
    for (const Stage &stage : shown) {
        ++index;
        const QString name = plainText(stage.name, false);
        addSectionTitle(tr("Stage %1 of %2").arg(index).arg(shown.size()), name,
                        tr("Stage: %1").arg(name.left(60)), true);
        if (!stage.description.trimmed().isEmpty())
            addParagraph(stage.description, ReportStyle::Type::Lead, 5, pt(10));

        // Stage totals.
        QStringList totals;
        for (Metric metric : ScoredMetrics) {
            const Score s = engine.stageScore(stage.id, metric, filter);
            if (s.n > 0) {
                QString t
                    = tr("%1 %2 (%3").arg(enumLabel(metric), statsText(s), ScoreFormat::count(s.n));
                if (s.marginOfError)
                    t += tr(", %1").arg(ReportFormat::marginOfError(s));
                t += QLatin1Char(')');
                totals.append(t);
            }
        }
        addParagraph(totals.isEmpty()
                         ? tr("No responses about this stage match this report.")
                         : tr("Stage scores: %1.").arg(totals.join(QStringLiteral(" · "))),
                     ReportStyle::Type::Body, 3, pt(10));

        // Touchpoints.
        QList<Card> touchpoints;
        QList<Card> pains;
        QList<Card> opportunities;
        for (const Card &card : cards) {
            if (card.stageId != stage.id)
                continue;
            if (card.kind == CardKind::Touchpoint)
                touchpoints.append(card);
            else if (card.kind == CardKind::PainPoint)
                pains.append(card);
            else if (card.kind == CardKind::Opportunity)
                opportunities.append(card);
        }
        addHeading(tr("Touchpoints"));
        Metric stageMetric
            = dominantMetric([&](Metric m) { return engine.stageScore(stage.id, m, filter); });
        QList<QPair<QString, Score>> bars;
        if (touchpoints.isEmpty()) {
            addParagraph(tr("There are no touchpoints in this stage."));
        } else {
            bool anyScore = false;
            QList<QList<Cell>> rows;
            for (const Card &card : std::as_const(touchpoints)) {
                QHash<Metric, Score> scores;
                qint64 n = 0;
                for (Metric metric : ScoredMetrics) {
                    scores.insert(metric, engine.cardScore(card.id, metric, filter));
                    n += scores.value(metric).n;
                }
                anyScore = anyScore || n > 0;
                const Metric own = dominantMetric([&](Metric m) { return scores.value(m); });
                const Score before = hasPrevious && own != Metric::None
                                         ? engine.cardScore(card.id, own, previous)
                                         : Score();
                Cell title{plainText(card.title, false)};
                if (card.channel != Channel::None)
                    title.sub = enumLabel(card.channel);
                rows.append({title, Cell{QLocale().toString(n)},
                             scoreCell(scores.value(Metric::Nps), true),
                             scoreCell(scores.value(Metric::Csat), true),
                             scoreCell(scores.value(Metric::Ces), true),
                             own == Metric::None
                                 ? Cell{QStringLiteral("–")}
                                 : trendCell(engine.cardScore(card.id, own, current), before)});
                if (stageMetric != Metric::None)
                    bars.append({plainText(card.title, false), scores.value(stageMetric)});
            }
            if (anyScore) {
                addTable({{tr("Touchpoint"), 3.1},
                          {tr("Responses"), 1.1, Qt::AlignRight},
                          {tr("NPS"), 1.25, Qt::AlignRight},
                          {tr("CSAT"), 1.25, Qt::AlignRight},
                          {tr("CES"), 1.25, Qt::AlignRight},
                          {changeHeader(), 1.1, Qt::AlignRight}},
                         rows);
            } else {
                // A table of dashes says nothing: name the touchpoints in a sentence.
                QStringList names;
                for (const Card &card : std::as_const(touchpoints))
                    names.append(plainText(card.title, false).left(120));
                addParagraph(tr("No responses about the touchpoints of this stage match this "
                                "report: %1.")
                                 .arg(names.join(QStringLiteral(", "))),
                             ReportStyle::Type::Body, 8);
                bars.clear();
            }
        }

        // Pain points and opportunities side by side.
        const qreal half = (width() - pt(14)) / 2;
        const auto list
            = [&](const QString &heading, const QList<Card> &items, const QString &none) {
                  QList<Text> lines;
                  lines.append(text(heading, ReportStyle::Type::Heading, half, 1));
                  if (items.isEmpty())
                      lines.append(text(none, ReportStyle::Type::Body, half, 2));
                  for (const Card &c : items.mid(0, 8)) {
                      QString line = QStringLiteral("• ") + plainText(c.title, false);
                      lines.append(text(line, ReportStyle::Type::Body, half, 2));
                  }
                  if (items.size() > 8)
                      lines.append(text(tr("and %1 more").arg(items.size() - 8),
                                        ReportStyle::Type::Caption, half, 1));
                  return lines;
              };
        const QList<Text> left = list(tr("Pain points"), pains, tr("None recorded."));
        const QList<Text> right = list(tr("Opportunities"), opportunities, tr("None recorded."));
        const auto heightOf = [&](const QList<Text> &texts) {
            qreal h = 0;
            for (const Text &t : texts)
                h += t.height + pt(3);
            return h;
        };
        Block columns;
        columns.height = qMax(heightOf(left), heightOf(right));
        columns.spaceAfter = pt(12);
        const QColor ink = style->text();
        columns.paint = [=, this](QPainter &painter, const QRectF &r) {
            const auto draw = [&](const QList<Text> &texts, qreal x) {
                qreal y = r.top();
                for (const Text &t : texts) {
                    painter.setPen(ink);
                    t.draw(painter, QPointF(x, y));
                    y += t.height + pt(3);
                }
            };
            draw(left, r.left());
            draw(right, r.left() + half + pt(14));
        };
        if (!blocks.isEmpty())
            blocks.last().spaceAfter = qMax(blocks.last().spaceAfter, pt(12));
        add(columns);

        // Charts.
        if (!bars.isEmpty() && stageMetric != Metric::None) {
            // A chart fits on a page: with many touchpoints it shows the weakest of them.
            constexpr qsizetype MaxBars = 30;
            QString caption = tr("%1 by touchpoint").arg(enumLabel(stageMetric));
            if (bars.size() > MaxBars) {
                const qsizetype all = bars.size();
                std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) {
                    return a.second.value.value_or(1e9) < b.second.value.value_or(1e9);
                });
                bars = bars.mid(0, MaxBars);
                caption = tr("%1 by touchpoint: the %2 weakest of %3")
                              .arg(enumLabel(stageMetric))
                              .arg(MaxBars)
                              .arg(all);
            }
            addBarChart(caption, stageMetric, bars);
            addTrendChart(tr("%1 of the stage by month").arg(enumLabel(stageMetric)), stageMetric,
                          engine.breakdown(stageMetric, MetricsEngine::GroupBy::Month, filter, NoId,
                                           stage.id));
        }
        addVerbatims(stage.id);
    }
}

void ReportRenderer::Private::buildHeatmap()
{
    addSectionTitle(tr("Heatmap"), tr("Stages by channel"), tr("Heatmap"), true);
    const QList<MetricsEngine::Cell> cells = engine.heatmap(mainMetric, filter);
    QList<Stage> stages;
    for (const Stage &s : project.stages(journey.id)) {
        if (!s.hidden)
            stages.append(s);
    }
    QStringList channelKeys;
    for (const MetricsEngine::Cell &c : cells) {
        if (c.score.n > 0 && !channelKeys.contains(c.column))
            channelKeys.append(c.column);
    }
    if (channelKeys.isEmpty() || stages.isEmpty()) {
        addParagraph(tr("No %1 responses with a channel match this report, so there is no "
                        "heatmap to show.")
                         .arg(enumLabel(mainMetric)),
                     ReportStyle::Type::Lead);
        return;
    }
    // Channels in the order of the enumeration.
    QStringList ordered;
    for (int c = int(Channel::None); c <= int(Channel::Other); ++c) {
        const QString key = enumKey(Channel(c));
        if (channelKeys.contains(key))
            ordered.append(key);
    }
    for (const QString &key : std::as_const(channelKeys)) {
        if (!ordered.contains(key))
            ordered.append(key);
    }
    addParagraph(tr("%1 of each stage through each channel, coloured by the project's "
                    "thresholds. * fewer than 30 responses.")
                     .arg(enumLabel(mainMetric)),
                 ReportStyle::Type::Body, 3, pt(8));
    QHash<QPair<Id, QString>, Score> byCell;
    for (const MetricsEngine::Cell &c : cells)
        byCell.insert({c.stageId, c.column}, c.score);

    const qreal w = width();
    const qreal labelWidth = w * 0.26;
    const qsizetype columns = ordered.size();
    const qreal cellWidth = (w - labelWidth) / columns;
    const qreal cellHeight = pt(30);
    QList<Text> heads;
    for (const QString &key : std::as_const(ordered)) {
        const std::optional<Channel> channel = enumFromKey<Channel>(key);
        const QString label = key.isEmpty() || !channel || *channel == Channel::None
                                  ? tr("No channel")
                                  : enumLabel(*channel);
        heads.append(
            text(label, ReportStyle::Type::Small, cellWidth - pt(4), 2, false, Qt::AlignHCenter));
    }
    qreal headHeight = 0;
    for (const Text &t : heads)
        headHeight = qMax(headHeight, t.height);
    const QColor muted = style->muted();
    const QColor ink = style->text();
    Block head;
    head.height = headHeight + pt(6);
    head.keepWithNext = true;
    head.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(muted);
        for (qsizetype i = 0; i < heads.size(); ++i)
            heads.at(i).draw(painter, QPointF(r.left() + labelWidth + i * cellWidth + pt(2),
                                              r.bottom() - pt(4) - heads.at(i).height));
    };
    const int headIndex = add(head);
    const QFont valueFont = style->font(ReportStyle::Type::BodyBold);
    const QFont countFont = style->font(ReportStyle::Type::Caption);
    for (const Stage &stage : std::as_const(stages)) {
        const Text label = text(stage.name, ReportStyle::Type::Body, labelWidth - pt(8), 2);
        QList<Score> scores;
        QList<QColor> fills;
        for (const QString &key : std::as_const(ordered)) {
            const Score s = byCell.value({stage.id, key});
            scores.append(s);
            const QColor band = bandColor(s);
            fills.append(band.isValid() ? ReportStyle::tint(band, s.isSmallSample() ? 0.16 : 0.32)
                                        : QColor(0xf4, 0xf6, 0xf8));
        }
        Block row;
        row.height = qMax(cellHeight, label.height + pt(6));
        row.header = headIndex;
        row.paint = [=, this](QPainter &painter, const QRectF &r) {
            painter.setPen(ink);
            label.draw(painter, QPointF(r.left(), r.top() + (r.height() - label.height) / 2));
            for (qsizetype i = 0; i < scores.size(); ++i) {
                const QRectF cell(r.left() + labelWidth + i * cellWidth + pt(1), r.top() + pt(1),
                                  cellWidth - pt(2), r.height() - pt(2));
                painter.fillRect(cell, fills.at(i));
                const Score &s = scores.at(i);
                painter.setPen(s.value ? ink : muted);
                painter.setFont(valueFont);
                QString value = statsText(s);
                if (s.value && s.isSmallSample())
                    value += QLatin1Char('*');
                painter.drawText(cell.adjusted(0, 0, 0, -cell.height() * 0.35), Qt::AlignCenter,
                                 value);
                if (s.n > 0) {
                    painter.setPen(muted);
                    painter.setFont(countFont);
                    painter.drawText(cell.adjusted(0, cell.height() * 0.5, 0, 0), Qt::AlignCenter,
                                     ScoreFormat::count(s.n));
                }
            }
        };
        add(row);
    }
    blocks.last().spaceAfter = pt(10);
}

void ReportRenderer::Private::buildPlan()
{
    const QList<Action> actions = project.actions(journey.id);
    if (actions.isEmpty())
        return;
    addSectionTitle(tr("Improvement plan"), plainText(journey.name, false), tr("Improvement plan"),
                    true);
    const QLocale locale;
    const QDate today = QDate::currentDate();
    QList<QList<Cell>> rows;
    for (const Action &a : actions) {
        Cell title{plainText(a.title, false)};
        if (!a.description.trimmed().isEmpty())
            title.sub = plainText(a.description, false);
        Cell due{a.due.isValid() ? locale.toString(a.due, QLocale::ShortFormat)
                                 : QStringLiteral("–")};
        if (a.isOverdue(today)) {
            due.sub = tr("overdue");
            due.dot = style->bad();
        }
        rows.append({title,
                     Cell{a.owner.isEmpty() ? QStringLiteral("–") : plainText(a.owner, false)},
                     Cell{enumLabel(a.status)}, due});
    }
    addTable({{tr("Action"), 4}, {tr("Owner"), 1.6}, {tr("Status"), 1.2}, {tr("Due"), 1.2}}, rows);
}

// Who signed the project off, whether the content is still what they signed, and what
// reviewers still ask about this journey.
void ReportRenderer::Private::buildReview()
{
    const QList<Project::SignoffState> signoffs = project.signoffStatus();
    QList<Comment> open;
    for (const Comment &c : project.comments(journey.id)) {
        if (c.parentId == NoId && !c.resolved)
            open.append(c);
    }
    if (signoffs.isEmpty() && open.isEmpty())
        return;
    addSectionTitle(tr("Review"), tr("Review and sign-off"), tr("Review and sign-off"), true);
    const QLocale locale;
    addHeading(tr("Sign-offs"));
    if (signoffs.isEmpty()) {
        addParagraph(tr("Nobody has signed this project off yet."));
    } else {
        QList<QList<Cell>> rows;
        for (const Project::SignoffState &s : signoffs) {
            Cell name{plainText(s.signoff.name, false)};
            if (!s.signoff.note.trimmed().isEmpty())
                name.sub = plainText(s.signoff.note, false);
            Cell status{s.current ? tr("current") : tr("outdated")};
            status.dot = s.current ? style->good() : style->bad();
            if (!s.current)
                status.sub = tr("the project changed after this sign-off");
            rows.append({name,
                         Cell{locale.toString(s.signoff.signedAt.toLocalTime().date(),
                                              QLocale::ShortFormat)},
                         status});
        }
        addTable({{tr("Signed by"), 4}, {tr("Date"), 1.6}, {tr("Status"), 2.2}}, rows);
    }
    addHeading(tr("Open comments"));
    if (open.isEmpty()) {
        addParagraph(tr("Every comment on this journey is resolved."));
        return;
    }
    QList<QList<Cell>> rows;
    for (const Comment &c : std::as_const(open)) {
        QString on = journey.name;
        if (c.targetKind == TargetKind::Stage && project.hasStage(c.targetId))
            on = project.stage(c.targetId).name;
        else if (c.targetKind == TargetKind::Card && project.hasCard(c.targetId))
            on = project.card(c.targetId).title;
        Cell text{plainText(c.text, false)};
        const qsizetype replies = project.replies(c.id).size();
        if (replies > 0)
            text.sub = tr("%n answer(s)", nullptr, int(replies));
        rows.append(
            {text, Cell{plainText(on, false).left(80)}, Cell{plainText(c.author, false).left(60)},
             Cell{locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat)}});
    }
    addTable({{tr("Comment"), 4}, {tr("On"), 1.8}, {tr("By"), 1.4}, {tr("Date"), 1.2}}, rows);
}

void ReportRenderer::Private::buildAppendix()
{
    addSectionTitle(tr("Appendix"), tr("Definitions and sources"), tr("Appendix"), true);
    addHeading(tr("Metric definitions"));
    addParagraph(tr("NPS (Net Promoter Score), asked on 0–10: the percentage of promoters "
                    "(9–10) minus the percentage of detractors (0–6), from −100 to +100."));
    addParagraph(tr("CSAT (customer satisfaction), asked on 1–5: the percentage of answers in "
                    "the top two boxes (4 or 5; on another scale, its top two points)."));
    addParagraph(tr("CES (customer effort score), asked on 1–7 (“made it easy for me”): the "
                    "mean; higher is easier."));
    addParagraph(tr("Every score is computed from the raw responses, never as an average of "
                    "averages, and shown with its number of responses (n) and its 95 % margin "
                    "of error. * marks fewer than 30 responses: a small sample, read with care. "
                    "“No answer” values are left out."));

    addHeading(tr("Data sources"));
    ReportRepository repository(project.document());
    QList<ReportRepository::BatchUse> uses;
    if (!repository.loadBatchUse(journey.id, &uses)) {
        addParagraph(tr("The list of imports could not be read: %1").arg(repository.lastError()));
    } else if (uses.isEmpty()) {
        addParagraph(tr("No responses have been imported or entered for this journey."));
    } else {
        const QLocale locale;
        QList<QList<Cell>> rows;
        for (const ReportRepository::BatchUse &use : std::as_const(uses)) {
            Cell file{use.batchId == NoId ? tr("Entered in Waymark")
                                          : plainText(use.fileName, false)};
            if (!use.importedAt.isEmpty())
                file.sub = tr("imported %1, %2 rows")
                               .arg(plainText(use.importedAt, false)
                                        .left(19)
                                        .replace(QLatin1Char('T'), QLatin1Char(' ')),
                                    locale.toString(use.rowsImported));
            QString dates = QStringLiteral("–");
            if (use.first.isValid())
                dates = tr("%1 to %2")
                            .arg(locale.toString(use.first, QLocale::ShortFormat),
                                 locale.toString(use.last, QLocale::ShortFormat));
            Cell hash{use.sha256.isEmpty() ? QStringLiteral("–") : use.sha256.left(64)};
            hash.mono = true;
            rows.append({file, Cell{locale.toString(use.responses)}, Cell{dates}, hash});
        }
        addTable({{tr("File"), 2.4},
                  {tr("Responses"), 1.1, Qt::AlignRight},
                  {tr("Dates"), 1.9},
                  {tr("SHA-256"), 3.2}},
                 rows);
    }

    addHeading(tr("Filters applied"));
    addParagraph(filterText());
    if (hasPrevious)
        addParagraph(tr("Changes compare %1 with %2.").arg(currentLabel, previousLabel));

    addHeading(tr("Fingerprint of the project content"));
    addParagraph(tr("SHA-256 of the map, personas, goals and plan as they were when this "
                    "report was made; a sign-off records the same fingerprint."),
                 ReportStyle::Type::Body);
    const Text fingerprint
        = text(project.contentFingerprint(), ReportStyle::Type::Mono, width(), 2);
    Block b;
    b.height = fingerprint.height;
    b.spaceAfter = pt(8);
    const QColor ink = style->text();
    b.paint = [=, this](QPainter &painter, const QRectF &r) {
        painter.setPen(ink);
        fingerprint.draw(painter, r.topLeft());
    };
    add(b);
    addParagraph(tr("Made with Waymark %1 on %2.")
                     .arg(QStringLiteral(WAYMARK_VERSION),
                          QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)),
                 ReportStyle::Type::Caption);
}

// --- pages ---------------------------------------------------------------------------------

void ReportRenderer::Private::paginate()
{
    pages.clear();
    const QRectF area = contentRect(false);
    QString section;
    Page current;
    bool open = false;
    qreal y = 0;
    const auto close = [&] {
        if (open)
            pages.append(current);
        open = false;
    };
    const auto start = [&] {
        close();
        current = Page();
        current.section = section;
        open = true;
        y = area.top();
    };
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (!b.section.isEmpty())
            section = b.section;
        if (b.fullPage) {
            close();
            Page page;
            page.landscape = b.landscape;
            page.cover = b.cover;
            page.section = section;
            page.blocks.append({i, 0});
            pages.append(page);
            continue;
        }
        // A heading, a table header...: kept with what follows them, up to the first block
        // that is not kept with its successor.
        qreal needed = b.height;
        for (int j = i; blocks.at(j).keepWithNext && j + 1 < blocks.size()
                        && !blocks.at(j + 1).fullPage && !blocks.at(j + 1).pageBreak;
             ++j)
            needed += blocks.at(j).spaceAfter + blocks.at(j + 1).height;
        if (!open || b.pageBreak)
            start();
        else if (y + needed > area.bottom() && y > area.top())
            start();
        // A table continuing on a new page repeats its header.
        if (b.header >= 0 && current.blocks.isEmpty()) {
            current.blocks.append({b.header, y});
            y += blocks.at(b.header).height;
        }
        current.blocks.append({i, y});
        y += b.height + b.spaceAfter;
    }
    close();
}

void ReportRenderer::Private::paintRunningText(QPainter &painter, int pageIndex) const
{
    const Page &page = pages.at(pageIndex);
    const QSizeF size = page.landscape ? landscapeSize : portraitSize;
    const QRectF area = contentRect(page.landscape);
    const qreal half = area.width() / 2 - pt(6);
    const QString projectTitle = options.title.isEmpty() ? project.title() : options.title;
    QString left = plainText(journey.name, false);
    if (!projectTitle.isEmpty() && projectTitle != journey.name)
        left = tr("%1 · %2").arg(plainText(projectTitle, false).left(200), left);
    const Text headLeft = text(left, ReportStyle::Type::Caption, half, 1);
    const Text headRight
        = text(page.section, ReportStyle::Type::Caption, half, 1, false, Qt::AlignRight);
    const qreal headerY = area.top() - mm(10);
    painter.setPen(style->muted());
    headLeft.draw(painter, QPointF(area.left(), headerY));
    headRight.draw(painter, QPointF(area.right() - half, headerY));
    painter.fillRect(QRectF(area.left(), headerY + headLeft.height + pt(3), area.width(), pt(0.5)),
                     style->rule());

    const qreal footerY = size.height() - mm(page.landscape ? 9 : 12);
    const QString client = project.setting(QStringLiteral("client")).toString();
    const Text footLeft
        = text(client.isEmpty() ? tr("Customer journey report") : tr("Prepared for %1").arg(client),
               ReportStyle::Type::Caption, half, 1);
    const Text footRight = text(tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size()),
                                ReportStyle::Type::Caption, half, 1, false, Qt::AlignRight);
    painter.fillRect(QRectF(area.left(), footerY - pt(5), pt(18), pt(1.2)), style->accent());
    footLeft.draw(painter, QPointF(area.left(), footerY));
    footRight.draw(painter, QPointF(area.right() - half, footerY));
}

bool ReportRenderer::render(QPagedPaintDevice *device, QString *error, const Progress &progress)
{
    Private &p = *d;
    if (!p.prepared && !prepare(error))
        return false;
    p.device = device;
    p.style = std::make_unique<ReportStyle>(device, p.accent);
    const QPageSize pageSize = ReportOptions::pageSize(p.options.paper);
    const QSizeF points = pageSize.size(QPageSize::Point);
    p.portraitSize = QSizeF(p.pt(points.width()), p.pt(points.height()));
    p.landscapeSize = p.portraitSize.transposed();
    p.blocks.clear();
    p.scene.reset();
    p.overlay.reset();

    const ReportOptions::Sections sections = p.options.sections;
    if (sections & ReportOptions::Section::Cover)
        p.buildCover();
    if (sections & ReportOptions::Section::Summary)
        p.buildSummary();
    if (sections & ReportOptions::Section::Map)
        p.buildMap();
    if (sections & ReportOptions::Section::Stages)
        p.buildStages();
    if (sections & ReportOptions::Section::Heatmap)
        p.buildHeatmap();
    if (sections & ReportOptions::Section::Plan)
        p.buildPlan();
    if (sections & ReportOptions::Section::Review)
        p.buildReview();
    if (sections & ReportOptions::Section::Appendix)
        p.buildAppendix();
    if (p.blocks.isEmpty()) {
        // Only the plan was asked for, and there is none.
        p.addSectionTitle(tr("Improvement plan"), plainText(p.journey.name, false),
                          tr("Improvement plan"), true);
        p.addParagraph(tr("This journey has no improvement plan yet."), ReportStyle::Type::Lead);
    }
    if (!p.engine.lastError().isEmpty()) {
        *error = tr("Could not read the responses: %1").arg(p.engine.lastError());
        return false;
    }
    p.paginate();

    const auto layoutOf = [&](const Page &page) {
        return QPageLayout(pageSize,
                           page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                           QMarginsF(0, 0, 0, 0));
    };
    // Printers (and the print preview, which lays every page out like the first) get
    // portrait pages only: landscape pages are turned on them, as printed reports do. PDF
    // files get real landscape pages.
    const bool turnLandscape = device->devType() == QInternal::Printer;
    const auto layoutFor = [&](const Page &page) {
        if (turnLandscape) {
            Page portrait = page;
            portrait.landscape = false;
            return layoutOf(portrait);
        }
        return layoutOf(page);
    };
    device->setPageLayout(layoutFor(p.pages.constFirst()));
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("Could not start writing the report.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < p.pages.size(); ++i) {
        const Page &page = p.pages.at(i);
        if (i > 0) {
            device->setPageLayout(layoutFor(page));
            if (!device->newPage()) {
                painter.end();
                *error = tr("Could not add a page to the report.");
                return false;
            }
        }
        if (progress && !progress(i, int(p.pages.size()))) {
            painter.end();
            *error = tr("The report was cancelled.");
            return false;
        }
        const QSizeF size = page.landscape ? p.landscapeSize : p.portraitSize;
        painter.resetTransform();
        if (page.landscape && turnLandscape) {
            // (x, y) on the landscape page lands at (width - y, x) on the portrait sheet.
            painter.translate(p.portraitSize.width(), 0);
            painter.rotate(90);
        }
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        if (!page.cover)
            p.paintRunningText(painter, i);
        const QRectF area = p.contentRect(page.landscape);
        for (const auto &[index, top] : page.blocks) {
            const Block &b = p.blocks.at(index);
            painter.save();
            if (b.fullPage)
                b.paint(painter, b.cover ? QRectF(QPointF(0, 0), size) : area);
            else
                b.paint(painter, QRectF(area.left(), top, area.width(), b.height));
            painter.restore();
        }
    }
    if (!painter.end()) {
        *error = tr("Could not finish writing the report.");
        return false;
    }
    return true;
}

} // namespace Waymark
