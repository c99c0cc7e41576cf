#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Waymark {

void installTranslations(QCoreApplication &app)
{
    QLocale locale;
    const QByteArray forced = qgetenv("WAYMARK_LANGUAGE");
    if (!forced.isEmpty()) {
        locale = QLocale(QString::fromLatin1(forced));
        QLocale::setDefault(locale);
    }
    // Parented to the application, so they live exactly as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    // English plural forms first; any other language is installed after it and wins.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/waymark_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("waymark"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace Waymark
