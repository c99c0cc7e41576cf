#pragma once

class QCoreApplication;

namespace Waymark {

// Loads Qt's and Waymark's translations for the system language (German ships with
// Waymark; English is the source language). WAYMARK_LANGUAGE overrides the language.
void installTranslations(QCoreApplication &app);

} // namespace Waymark
