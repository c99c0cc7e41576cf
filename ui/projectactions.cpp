#include "projectactions.h"

#include "canvas/scoreoverlay.h"
#include "dialogs/importwizard.h"
#include "dialogs/projectsettingsdialog.h"
#include "icons.h"
#include "io/feedbackexporter.h"
#include "personamenus.h"
#include "project/project.h"
#include "projectfileservice.h"
#include "projectworkspace.h"
#include "report/mapimagedialog.h"
#include "report/reportdialog.h"
#include "report/reportservice.h"

#include "canvas/canvascontroller.h"
#include "canvas/journeyview.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>

namespace Waymark {

ProjectActions::ProjectActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_import(
          new QAction(Icons::icon(QStringLiteral("action-import")), tr("&Import Feedback…"), this))
    , m_exportCsv(new QAction(tr("Export Responses as &CSV…"), this))
    , m_settings(new QAction(Icons::icon(QStringLiteral("action-settings")),
                             tr("Project Se&ttings…"), this))
    , m_exportReport(new QAction(tr("Export &Report (PDF)…"), this))
    , m_print(new QAction(tr("&Print Report…"), this))
    , m_exportImage(new QAction(tr("Export &Map Image…"), this))
    , m_dataCurve(new QAction(tr("Emotion Curve from &Feedback"), this))
    , m_scoreMenu(new QMenu(tr("&Scores on the Map"), window))
    , m_scoreGroup(new QActionGroup(this))
    , m_personaMenus(new PersonaMenus(window))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Import survey answers or reviews from a CSV file"));
    m_dataCurve->setCheckable(true);
    m_dataCurve->setChecked(true);
    m_dataCurve->setStatusTip(tr("Draw the mean score of each stage beside the designed "
                                 "emotion curve"));
    // -1: automatic (each touchpoint its own main metric).
    QAction *automatic = m_scoreMenu->addAction(tr("&Automatic"));
    automatic->setCheckable(true);
    automatic->setData(-1);
    automatic->setStatusTip(tr("Each touchpoint shows the metric most of its responses use"));
    m_scoreGroup->addAction(automatic);
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating, Metric::None}) {
        QAction *a
            = m_scoreMenu->addAction(metric == Metric::None ? tr("&None") : enumLabel(metric));
        a->setCheckable(true);
        a->setData(int(metric));
        m_scoreGroup->addAction(a);
    }
    m_scoreMenu->addSeparator();
    m_scoreMenu->addMenu(m_personaMenus->scoresForMenu());
    connect(m_import, &QAction::triggered, this, &ProjectActions::importFeedback);
    connect(m_exportCsv, &QAction::triggered, this, &ProjectActions::exportCsv);
    connect(m_settings, &QAction::triggered, this, &ProjectActions::editSettings);
    m_exportReport->setStatusTip(tr("Write a PDF report of the journey for clients or leadership"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the report of the journey"));
    m_exportImage->setStatusTip(tr("Save the journey map as a PNG or SVG image"));
    connect(m_exportReport, &QAction::triggered, this, &ProjectActions::exportReport);
    connect(m_print, &QAction::triggered, this, &ProjectActions::printReport);
    connect(m_exportImage, &QAction::triggered, this, &ProjectActions::exportImage);
    connect(m_dataCurve, &QAction::toggled, this, [this](bool on) {
        if (m_workspace)
            m_workspace->scoreOverlay()->setDataCurveVisible(on);
    });
    connect(m_scoreGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!m_workspace)
            return;
        const int data = action->data().toInt();
        m_workspace->setScoreMetric(data < 0 ? Metric::None : Metric(data), data < 0);
    });
    updateActions();
}

void ProjectActions::setWorkspace(ProjectWorkspace *workspace)
{
    m_workspace = workspace;
    m_personaMenus->setWorkspace(workspace);
    if (workspace) {
        connect(workspace, &ProjectWorkspace::scoreMetricChanged, this,
                &ProjectActions::syncMetric);
        connect(&workspace->project(), &Project::editLockChanged, this,
                &ProjectActions::updateActions);
        syncMetric(workspace->scoreMetric());
        workspace->scoreOverlay()->setDataCurveVisible(m_dataCurve->isChecked());
    }
    updateActions();
}

void ProjectActions::syncMetric(Metric metric)
{
    const bool automatic = m_workspace && m_workspace->isScoreAutomatic();
    for (QAction *a : m_scoreGroup->actions())
        a->setChecked(automatic ? a->data().toInt() < 0 : a->data().toInt() == int(metric));
}

void ProjectActions::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool editable = open && m_workspace->project().isEditable();
    m_import->setEnabled(editable && m_workspace->currentJourney() != NoId);
    m_exportCsv->setEnabled(open);
    m_settings->setEnabled(open);
    m_exportReport->setEnabled(open);
    m_print->setEnabled(open);
    m_exportImage->setEnabled(open);
    m_scoreMenu->setEnabled(open);
    m_dataCurve->setEnabled(open);
}

void ProjectActions::addFileActions(QMenu *menu) const
{
    menu->addAction(m_import);
    menu->addAction(m_exportCsv);
    menu->addAction(m_exportReport);
    menu->addAction(m_exportImage);
    menu->addAction(m_print);
    menu->addSeparator();
    menu->addAction(m_settings);
}

void ProjectActions::addViewActions(QMenu *menu) const
{
    menu->addMenu(m_scoreMenu);
    menu->addAction(m_dataCurve);
    menu->addMenu(m_personaMenus->curvesMenu());
}

void ProjectActions::importFeedback()
{
    if (!m_workspace)
        return;
    auto *wizard
        = new ImportWizard(m_workspace->project(), m_workspace->currentJourney(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ProjectActions::exportCsv()
{
    if (!m_workspace)
        return;
    Project &project = m_workspace->project();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Responses"),
        QFileInfo(project.filePath()).completeBaseName() + QStringLiteral("-responses.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!FeedbackExporter::writeFile(project.document(), {}, path, &error))
        ProjectFileService::showError(m_window, tr("Cannot export"), error);
}

void ProjectActions::editSettings()
{
    if (!m_workspace)
        return;
    ProjectSettingsDialog dialog(m_workspace->project(), m_window);
    dialog.exec();
}

void ProjectActions::exportReport()
{
    if (!m_workspace)
        return;
    ReportDialog dialog(m_workspace->project(), m_workspace->metrics(),
                        m_workspace->currentJourney(), m_window);
    dialog.exec();
}

void ProjectActions::printReport()
{
    if (!m_workspace)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportOptions options;
    options.journeyId = m_workspace->currentJourney();
    printer.setPageSize(ReportOptions::pageSize(options.paper));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The paper chosen in the print dialog wins (the report knows A4 and Letter).
    options.paper = printer.pageLayout().pageSize().id() == QPageSize::Letter
                        ? ReportOptions::Paper::Letter
                        : ReportOptions::Paper::A4;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportService::print(m_workspace->project(), m_workspace->metrics(), options,
                                         &printer, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        ProjectFileService::showError(m_window, tr("Cannot print the report"), error);
}

void ProjectActions::exportImage()
{
    if (!m_workspace)
        return;
    const QList<Id> selection = m_workspace->view() && m_workspace->view()->controller()
                                    ? m_workspace->view()->controller()->selectedCardIds()
                                    : QList<Id>();
    MapImageDialog dialog(m_workspace->project(), m_workspace->metrics(),
                          m_workspace->currentJourney(), selection, m_window);
    dialog.exec();
}

} // namespace Waymark
