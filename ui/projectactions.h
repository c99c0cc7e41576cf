#pragma once

#include "domain/enums.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace Waymark {

class PersonaMenus;
class ProjectWorkspace;

// Actions on the open project beyond editing the map: import feedback, export responses
// as CSV, the PDF report, printing and map images, project settings, and which score the
// map shows. Follows the current workspace;
// the dialogs they open are the ones that do the work.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    explicit ProjectActions(QWidget *window);

    void setWorkspace(ProjectWorkspace *workspace);

    void addFileActions(QMenu *menu) const;
    void addViewActions(QMenu *menu) const;

    QAction *importAction() const { return m_import; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *settingsAction() const { return m_settings; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *printAction() const { return m_print; }
    QAction *exportImageAction() const { return m_exportImage; }

public Q_SLOTS:
    void importFeedback();
    void exportCsv();
    void editSettings();
    void exportReport();
    void printReport();
    void exportImage();
    void updateActions();

private:
    void syncMetric(Metric metric);

    QWidget *m_window;
    QPointer<ProjectWorkspace> m_workspace;
    QAction *m_import;
    QAction *m_exportCsv;
    QAction *m_settings;
    QAction *m_exportReport;
    QAction *m_print;
    QAction *m_exportImage;
    QAction *m_dataCurve;
    QMenu *m_scoreMenu;
    QActionGroup *m_scoreGroup;
    PersonaMenus *m_personaMenus;
};

} // namespace Waymark
