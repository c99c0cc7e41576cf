#pragma once

#include <QString>

namespace Waymark {

class Project;

// Adds the sample project's feedback (resources/templates/sample-feedback.csv, written for
// Waymark) to a project made from the sample template, as one import batch.
bool addSampleFeedback(Project &project, QString *error);

// Signs the sample project off (after everything else is in it, so that the sign-off is
// current until the user changes the map).
bool addSampleSignoff(Project &project, QString *error);

} // namespace Waymark
