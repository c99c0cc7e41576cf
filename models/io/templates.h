#pragma once

#include "mapdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Waymark {

class Project;

struct TemplateInfo
{
    QString name;        // stable name used by `waymark-cli new --template`
    QString title;       // translated
    QString description; // translated
};

// The templates shipped with Waymark: journey maps to start from, and the sample project.
class Templates
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::Templates)

public:
    static QList<TemplateInfo> all();
    static QString defaultName() { return QStringLiteral("four-stage"); }
    static QString sampleName() { return QStringLiteral("sample"); }
    static bool exists(const QString &name);

    // The template's map, with stage and lane names in the user's language.
    static bool load(const QString &name, MapData *map, QString *error);

    // Adds what a template brings beyond its map (the sample's feedback) to a project
    // that was just created from it.
    static bool seed(const QString &name, Project &project, QString *error);
};

} // namespace Waymark
