#include "templates.h"

#include "jsonmapreader.h"
#include "project/project.h"
#include "sampledata.h"

#include <QFile>

namespace Waymark {

namespace {

struct TemplateEntry
{
    const char *name;
    const char *title;
    const char *description;
};

constexpr TemplateEntry entries[] = {
    {"four-stage", QT_TRANSLATE_NOOP("Waymark::Templates", "Customer journey (four stages)"),
     QT_TRANSLATE_NOOP("Waymark::Templates",
                       "Discovery & Choice, Offering, Purchase & Service and Loyalty across the "
                       "standard lanes, from customer actions to support processes.")},
    {"ecommerce", QT_TRANSLATE_NOOP("Waymark::Templates", "E-commerce journey"),
     QT_TRANSLATE_NOOP("Waymark::Templates",
                       "From awareness through search, product page, checkout and delivery to "
                       "returns and the repeat purchase.")},
    {"service-blueprint", QT_TRANSLATE_NOOP("Waymark::Templates", "Service blueprint"),
     QT_TRANSLATE_NOOP("Waymark::Templates",
                       "Physical evidence, customer actions, frontstage and backstage actions and "
                       "support processes, with the line of visibility.")},
    {"sample", QT_TRANSLATE_NOOP("Waymark::Templates", "Sample project: buying a bike"),
     QT_TRANSLATE_NOOP("Waymark::Templates",
                       "A complete example: a bike retailer's journey with touchpoints on every "
                       "channel, a few hundred customer responses, personas, the future state, "
                       "goals, an improvement plan and review comments.")},
};

// Names used inside the template files, listed here so that they are translated when a
// project is created from a template.
[[maybe_unused]] constexpr const char *templateStrings[] = {
    QT_TRANSLATE_NOOP("Waymark::Templates", "Customer journey"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "E-commerce journey"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Service blueprint"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Discovery & Choice"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Offering"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Purchase & Service"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Loyalty"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Customer actions"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Touchpoints"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Thoughts"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Emotion curve"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Pain points"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Opportunities"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Frontstage"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Backstage"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Support processes"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Awareness"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Browse & Search"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Product page"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Cart & Checkout"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Delivery"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Returns & Support"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Repeat purchase"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Physical evidence"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Request"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Onboarding"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Service delivery"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Follow-up"),
    QT_TRANSLATE_NOOP("Waymark::Templates", "Line of interaction"),
};

QString translated(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return QCoreApplication::translate("Waymark::Templates", utf8.constData());
}

} // namespace

QList<TemplateInfo> Templates::all()
{
    QList<TemplateInfo> result;
    for (const TemplateEntry &entry : entries) {
        result.append({QString::fromLatin1(entry.name), tr(entry.title), tr(entry.description)});
    }
    return result;
}

bool Templates::exists(const QString &name)
{
    for (const TemplateEntry &entry : entries) {
        if (name == QLatin1String(entry.name))
            return true;
    }
    return false;
}

bool Templates::load(const QString &name, MapData *map, QString *error)
{
    if (!exists(name)) {
        if (error) {
            QStringList names;
            for (const TemplateEntry &entry : entries)
                names.append(QString::fromLatin1(entry.name));
            *error = tr("There is no template called “%1”; the templates are: %2.")
                         .arg(name, names.join(QStringLiteral(", ")));
        }
        return false;
    }
    QFile file(QStringLiteral(":/waymark/templates/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The template “%1” is missing from this installation.").arg(name);
        return false;
    }
    JsonMapReader reader;
    if (!reader.read(file.readAll(), map)) {
        if (error)
            *error = tr("The template “%1” is damaged: %2").arg(name, reader.errorString());
        return false;
    }
    // Structure names come in the user's language; the sample's content stays as written.
    map->title = translated(map->title);
    for (MapJourney &mj : map->journeys) {
        mj.journey.name = translated(mj.journey.name);
        for (Stage &stage : mj.stages)
            stage.name = translated(stage.name);
        for (Lane &lane : mj.lanes)
            lane.name = translated(lane.name);
    }
    return true;
}

bool Templates::seed(const QString &name, Project &project, QString *error)
{
    if (name != sampleName())
        return true;
    return addSampleFeedback(project, error) && addSampleSignoff(project, error);
}

} // namespace Waymark
