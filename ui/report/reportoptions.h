#pragma once

#include "domain/ids.h"
#include "metrics/metricsengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// What a PDF report contains and for which responses: the journey, the period and the
// segment, the paper, and which sections. The GUI's report dialog and `waymark-cli export
// --pdf` fill one of these and hand it to the ReportService.
struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ReportOptions)

public:
    enum class Section {
        Cover = 0x01,
        Summary = 0x02,
        Map = 0x04,
        Stages = 0x08,
        Heatmap = 0x10,
        Plan = 0x20,
        Appendix = 0x40,
        Review = 0x80,
    };
    Q_DECLARE_FLAGS(Sections, Section)

    enum class Paper { A4, Letter };

    Id journeyId = NoId; // NoId: the project's first journey
    QDate from;          // inclusive; invalid = open
    QDate to;            // inclusive; invalid = open
    QString segment;     // empty = all
    // A persona: only the responses of its segments (personaSegments()); empty = everyone.
    QString persona;
    QStringList personaSegments;
    Paper paper = defaultPaper();
    Sections sections = allSections();
    QString title; // replaces the project title on the cover and in the metadata
    // Zoom of the map pages: 0 fits the map to the page (never below a readable size);
    // a larger value spreads the map over more pages.
    qreal mapScale = 0;
    // A logo file that replaces the project's branding logo (the CLI's --logo); empty: the
    // logo stored in the project, if any.
    QString logoFile;

    // Letter where it is the norm (United States, Canada, Mexico, the Philippines), A4
    // everywhere else.
    static Paper defaultPaper(const QLocale &locale = QLocale::system());
    static QPageSize pageSize(Paper paper);
    static QString paperKey(Paper paper);
    static std::optional<Paper> paperFromKey(const QString &key);

    static Sections allSections();
    static QList<Section> sectionList();
    // Stable keys for the command line: cover, summary, map, stages, heatmap, plan, review,
    // appendix.
    static QString sectionKey(Section section);
    static QString sectionLabel(Section section);
    // Parses "summary,map,stages"; nullopt and a sentence for anything unknown or empty.
    static std::optional<Sections> parseSections(const QString &list, QString *error);

    MetricFilter filter() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportOptions::Sections)

} // namespace Waymark
