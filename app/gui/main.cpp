#include "colorscheme.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

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
    return app.exec();
}
