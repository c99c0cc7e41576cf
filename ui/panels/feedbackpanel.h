#pragma once

#include "domain/ids.h"
#include "storage/feedbackqueryrepository.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Waymark {

class FeedbackDelegate;
class FeedbackTableModel;
class Project;

// The feedback dock: every response of the project in a lazy table, filtered by
// touchpoint or stage of the current journey, segment, metric, date range and text, with
// editing, deleting and adding responses by hand (each one undo step).
class FeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    // What the touchpoint filter shows.
    enum class Scope { AllJourneys, Journey, Stage, Card, NoTouchpoint, Selection };

    // Deleting more rows at once than this asks for a smaller selection: collecting the
    // ids of a million selected rows would read the whole table.
    static constexpr int MaxDeleteAtOnce = 10000;

    explicit FeedbackPanel(QWidget *parent = nullptr);
    ~FeedbackPanel() override;

    // The project whose responses are shown; null when no project is open.
    void setProject(Project *project);
    Id journey() const { return m_journeyId; }
    // Follows the journey shown on the map: the touchpoint filter lists its stages and cards.
    void setJourney(Id journeyId);
    // Shows the responses about these cards (the map selection); none: the whole journey.
    void showCards(const QList<Id> &cardIds);

    QTableView *view() const { return m_view; }
    FeedbackTableModel *model() const { return m_model; }

    void addResponse();
    void deleteSelected();

private:
    void rebuildScope();
    void rebuildSegments();
    void ensureSegments();
    void invalidateSegments();
    void applyFilters();
    void updateStatus();
    void updateActions();
    void selectScope(Scope scope, Id id);
    int selectedRowCount() const;

    QPointer<Project> m_project;
    Id m_journeyId = NoId;
    QList<Id> m_selectedCards; // of the Selection scope
    FeedbackTableModel *m_model = nullptr;
    FeedbackDelegate *m_delegate;
    QComboBox *m_scope;
    QComboBox *m_segment;
    QComboBox *m_metric;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_delete;
    QTimer m_searchTimer;    // typing settles before the table is queried
    QTimer m_structureTimer; // stages or cards changed: rebuild the touchpoint filter
    QTimer m_segmentsTimer;  // responses changed: rebuild the segment filter
    bool m_rebuilding = false;
    bool m_segmentsLoaded = false;
    FeedbackQuery m_queryBeforeReset;
    int m_scrollBeforeReset = 0;
};

} // namespace Waymark
