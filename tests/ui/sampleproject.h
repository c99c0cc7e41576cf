#pragma once

// The sample project (map, feedback and its CX content) for the ui tests, and ways to find
// its cards and stages by name.

#include "io/templates.h"
#include "project/project.h"

#include <memory>

namespace SampleProject {

using namespace Waymark;

inline std::unique_ptr<Project> createSample(const QString &path)
{
    MapData map;
    QString error;
    if (!Templates::load(Templates::sampleName(), &map, &error))
        return nullptr;
    DocumentError docError;
    return Project::create(path, map, &docError, [](Project &p, QString *seedError) {
        return Templates::seed(Templates::sampleName(), p, seedError);
    });
}

inline Id cardId(const Project &p, const QString &titleStart)
{
    for (const Journey &j : p.journeys()) {
        for (const Card &c : p.cards(j.id)) {
            if (c.title.startsWith(titleStart))
                return c.id;
        }
    }
    return NoId;
}

inline Id stageId(const Project &p, Id journeyId, const QString &name)
{
    for (const Stage &s : p.stages(journeyId)) {
        if (s.name == name)
            return s.id;
    }
    return NoId;
}

} // namespace SampleProject
