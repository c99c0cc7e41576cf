#pragma once

#include "reportoptions.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QTimer;

namespace Waymark {

class MetricsEngine;
class Project;

// File > Export Report: the report's options (journey, period, segment, paper, sections)
// beside a live preview of its pages, drawn by the same renderer as the PDF and the
// printout; exports the PDF or prints through the system's print dialog.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Project &project, MetricsEngine *engine, Id journeyId, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;

public Q_SLOTS:
    void exportPdf();
    void print();

private:
    void schedulePreview();
    void paintPreview(QPrinter *printer);
    void updatePaper();

    Project &m_project;
    MetricsEngine *m_engine;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_journey;
    QCheckBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_segment;
    QComboBox *m_persona;
    QComboBox *m_paper;
    QList<QCheckBox *> m_sections;
    QLabel *m_problem;
    QPrintPreviewWidget *m_preview;
    QTimer *m_previewTimer;
};

} // namespace Waymark
