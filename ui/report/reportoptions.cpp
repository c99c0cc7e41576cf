#include "reportoptions.h"

#include <QStringList>

namespace Waymark {

ReportOptions::Paper ReportOptions::defaultPaper(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

QPageSize ReportOptions::pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString ReportOptions::paperKey(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<ReportOptions::Paper> ReportOptions::paperFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4"))
        return Paper::A4;
    if (k == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

QList<ReportOptions::Section> ReportOptions::sectionList()
{
    return {Section::Cover,   Section::Summary, Section::Map,    Section::Stages,
            Section::Heatmap, Section::Plan,    Section::Review, Section::Appendix};
}

ReportOptions::Sections ReportOptions::allSections()
{
    Sections all;
    for (Section s : sectionList())
        all |= s;
    return all;
}

QString ReportOptions::sectionKey(Section section)
{
    switch (section) {
    case Section::Cover:
        return QStringLiteral("cover");
    case Section::Summary:
        return QStringLiteral("summary");
    case Section::Map:
        return QStringLiteral("map");
    case Section::Stages:
        return QStringLiteral("stages");
    case Section::Heatmap:
        return QStringLiteral("heatmap");
    case Section::Plan:
        return QStringLiteral("plan");
    case Section::Review:
        return QStringLiteral("review");
    case Section::Appendix:
        return QStringLiteral("appendix");
    }
    return {};
}

QString ReportOptions::sectionLabel(Section section)
{
    switch (section) {
    case Section::Cover:
        return tr("Cover");
    case Section::Summary:
        return tr("Executive summary");
    case Section::Map:
        return tr("Journey map");
    case Section::Stages:
        return tr("One page per stage");
    case Section::Heatmap:
        return tr("Heatmap");
    case Section::Plan:
        return tr("Improvement plan");
    case Section::Review:
        return tr("Review and sign-off");
    case Section::Appendix:
        return tr("Appendix");
    }
    return {};
}

std::optional<ReportOptions::Sections> ReportOptions::parseSections(const QString &list,
                                                                    QString *error)
{
    Sections sections;
    QStringList keys;
    for (Section s : sectionList())
        keys.append(sectionKey(s));
    const QStringList parts = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.trimmed().toLower();
        if (key == QLatin1String("all")) {
            sections |= allSections();
            continue;
        }
        const qsizetype i = keys.indexOf(key);
        if (i < 0) {
            if (error)
                *error = tr("Unknown report section “%1”; the sections are: %2.")
                             .arg(part.trimmed(), keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        sections |= sectionList().at(i);
    }
    if (!sections) {
        if (error)
            *error
                = tr("Name at least one report section: %1.").arg(keys.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return sections;
}

MetricFilter ReportOptions::filter() const
{
    MetricFilter f;
    f.journeyId = journeyId;
    f.from = from;
    f.to = to;
    f.segment = segment;
    f.segments = personaSegments;
    return f;
}

} // namespace Waymark
