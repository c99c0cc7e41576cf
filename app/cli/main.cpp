#include "cli.h"

#include "translations.h"

#include <QApplication>
#include <QtGlobal>

namespace {

// Standard error belongs to waymark-cli's own "waymark-cli: ..." sentences; Qt's internal
// warnings (e.g. about XDG_RUNTIME_DIR on a headless machine) only show with WAYMARK_DEBUG.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = qEnvironmentVariableIsSet("WAYMARK_DEBUG");
    if (debug || type == QtFatalMsg)
        qt_message_output(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessageHandler);
    // Headless by design: the CLI renders maps and reports without any display, also when
    // one is present (batch jobs on a desktop must not flash windows).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    Waymark::installTranslations(app);
    return Waymark::Cli::run(QApplication::arguments());
}
