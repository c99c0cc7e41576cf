#include "projectactions.h"

#include "canvas/scoreoverlay.h"
#include "dialogs/importwizard.h"
#include "dialogs/projectsettingsdialog.h"
#include "icons.h"
#include "io/feedbackexporter.h"
#include "project/project.h"
#include "projectfileservice.h"
#include "projectworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace Waymark {

ProjectActions::ProjectActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_import(
          new QAction(Icons::icon(QStringLiteral("action-import")), tr("&Import Feedback…"), this))
    , m_exportCsv(new QAction(tr("Export Responses as &CSV…"), this))
    , m_settings(new QAction(Icons::icon(QStringLiteral("action-settings")),
                             tr("Project Se&ttings…"), this))
    , m_dataCurve(new QAction(tr("Emotion Curve from &Feedback"), this))
    , m_scoreMenu(new QMenu(tr("&Scores on the Map"), window))
    , m_scoreGroup(new QActionGroup(this))
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
    connect(m_import, &QAction::triggered, this, &ProjectActions::importFeedback);
    connect(m_exportCsv, &QAction::triggered, this, &ProjectActions::exportCsv);
    connect(m_settings, &QAction::triggered, this, &ProjectActions::editSettings);
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
    m_scoreMenu->setEnabled(open);
    m_dataCurve->setEnabled(open);
}

void ProjectActions::addFileActions(QMenu *menu) const
{
    menu->addAction(m_import);
    menu->addAction(m_exportCsv);
    menu->addSeparator();
    menu->addAction(m_settings);
}

void ProjectActions::addViewActions(QMenu *menu) const
{
    menu->addMenu(m_scoreMenu);
    menu->addAction(m_dataCurve);
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

} // namespace Waymark
