#include "colorscheme.h"
#include "mainwindow.h"
#include "personafilter.h"
#include "projectworkspace.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.waymark.Waymark"));
    Waymark::installTranslations(app);
    Waymark::ColorScheme::applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Waymark::Main", "Customer journey mapping and CX studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        QCoreApplication::translate("Waymark::Main", "Open the sample project."));
    parser.addOption(sample);
    const QCommandLineOption review(
        QStringLiteral("review"),
        QCoreApplication::translate("Waymark::Main",
                                    "Open the project for review: the map is locked, comments "
                                    "and sign-offs can be added."),
        QStringLiteral("file"));
    parser.addOption(review);
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QCoreApplication::translate("Waymark::Main",
                                    "Show a tab of the project: map, heatmap or dashboard."),
        QStringLiteral("name"));
    parser.addOption(tab);
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QCoreApplication::translate("Waymark::Main",
                                    "Bring a panel to the front: goals, plan, review, feedback, "
                                    "charts, inspector, personas…"),
        QStringLiteral("name"));
    parser.addOption(panel);
    const QCommandLineOption persona(
        QStringLiteral("persona"),
        QCoreApplication::translate("Waymark::Main",
                                    "Show the scores of one persona (the responses of its "
                                    "segments) on the map, the heatmap and the charts."),
        QStringLiteral("name"));
    parser.addOption(persona);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("Waymark::Main", "Project file to open."),
        QStringLiteral("[file]"));
    parser.process(app);

    auto *window = new Waymark::MainWindow;
    window->show();
    if (parser.isSet(sample))
        window->openSample();
    for (const QString &file : parser.positionalArguments())
        window->openFile(file);
    for (const QString &file : parser.values(review))
        window->openForReview(file);
    // The last window opened shows the project; tabs and panels apply to it.
    Waymark::MainWindow *shown = window;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *w = qobject_cast<Waymark::MainWindow *>(widget);
        if (w && w->workspace())
            shown = w;
    }
    if (parser.isSet(tab)
        && (!shown->workspace() || !shown->workspace()->showTab(parser.value(tab)))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("Waymark::Main", "waymark: no tab “%1”.")
                           .arg(parser.value(tab))));
    }
    for (const QString &name : parser.values(panel)) {
        if (!shown->raisePanel(name)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("Waymark::Main", "waymark: no panel “%1”.")
                               .arg(name)));
        }
    }
    if (parser.isSet(persona)
        && (!shown->workspace()
            || !shown->workspace()->personaFilter()->setPersonaByName(parser.value(persona)))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "Waymark::Main", "waymark: no persona “%1” with segments.")
                                    .arg(parser.value(persona))));
    }
    return app.exec();
}
