#pragma once

#include "domain/ids.h"
#include "io/feedbackimporter.h"
#include "io/importmapping.h"

#include <QFutureWatcher>
#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace Waymark {

class Project;

// Imports customer feedback from a CSV/TSV file: pick the file (preview with the detected
// encoding and delimiter) -> long or wide layout -> map the columns (guessed from the
// headers) -> scales and "no answer" values -> which touchpoints exist and which get
// created -> run with a progress bar (on a worker thread, cancellable) -> summary with
// rejected rows. The import becomes one undo step.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, LayoutPage, ColumnsPage, ScalesPage, MatchPage, RunPage, SummaryPage };

    ImportWizard(Project &project, Id journeyId, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Project &project() const { return m_project; }
    // The mapping the pages describe so far.
    ImportMapping mapping() const;
    QString filePath() const;
    void setFilePath(const QString &path);
    FeedbackImporter::Preview preview() const { return m_preview; }
    const ImportResult &result() const { return m_result; }
    bool isRunning() const;

    void reject() override;

Q_SIGNALS:
    void importFinished(bool ok);

private:
    friend class ImportFilePage;
    friend class ImportLayoutPage;
    friend class ImportColumnsPage;
    friend class ImportScalesPage;
    friend class ImportMatchPage;
    friend class ImportRunPage;
    friend class ImportSummaryPage;

    void reloadPreview();
    void startImport();
    void onImportDone();
    void releaseEditLock();

    Project &m_project;
    Id m_journeyId;
    FeedbackImporter::Preview m_preview;
    ImportMapping m_guess;
    ImportResult m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportResult> m_watcher;
    bool m_started = false;
    bool m_holdsEditLock = false; // the project refuses other edits while the import runs

    // File page
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_previewTable = nullptr;
    // Layout page
    QComboBox *m_journey = nullptr;
    QRadioButton *m_long = nullptr;
    QRadioButton *m_wide = nullptr;
    // Columns page
    QStackedWidget *m_columnPages = nullptr;
    QHash<QString, QComboBox *> m_longColumns;   // role -> combo
    QHash<QString, QComboBox *> m_commonColumns; // role -> combo (wide)
    QTableWidget *m_wideTable = nullptr;
    // Scales page
    QComboBox *m_metric = nullptr;
    QDoubleSpinBox *m_scaleMin = nullptr;
    QDoubleSpinBox *m_scaleMax = nullptr;
    QLineEdit *m_noAnswer = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QCheckBox *m_create = nullptr;
    QCheckBox *m_strict = nullptr;
    // Match page
    QListWidget *m_existing = nullptr;
    QListWidget *m_created = nullptr;
    QLabel *m_matchNote = nullptr;
    // Run page
    QProgressBar *m_progress = nullptr;
    QLabel *m_runStatus = nullptr;
    // Summary page
    QLabel *m_summary = nullptr;
    QTableWidget *m_rejects = nullptr;
    QListWidget *m_warnings = nullptr;
    QPushButton *m_saveRejects = nullptr;
};

} // namespace Waymark
