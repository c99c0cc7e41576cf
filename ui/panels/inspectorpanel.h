#pragma once

#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Waymark {

class JourneyScene;
class Project;

// Edits every property of what is selected on the map: a card, a stage, a lane, a
// connection, or (when nothing is selected) the journey. Each change is one undo command
// named after the property ("Change owner"), so the Edit menu says what it will undo.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    // The scene whose selection is shown; null when no project is open.
    void setScene(JourneyScene *scene);

    enum class Subject { None, Journey, Stage, Lane, Card, Connection };
    Subject subject() const { return m_subject; }
    Id subjectId() const { return m_subjectId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commitText(QObject *editor);
    void showSubject(Subject subject, Id id);
    void buildCardPage();
    void buildStagePage();
    void buildLanePage();
    void buildJourneyPage();
    void buildConnectionPage();
    void fillCard();
    void fillStage();
    void fillLane();
    void fillJourney();
    void fillConnection();
    void setEditable(bool editable);
    Project *project() const;

    QPointer<JourneyScene> m_scene;
    Subject m_subject = Subject::None;
    Id m_subjectId = NoId;
    bool m_filling = false;

    QLabel *m_heading;
    QStackedWidget *m_pages;
    QWidget *m_emptyPage;

    // Card
    QWidget *m_cardPage = nullptr;
    QPlainTextEdit *m_cardTitle = nullptr;
    QComboBox *m_cardKind = nullptr;
    QComboBox *m_cardChannel = nullptr;
    QLineEdit *m_cardOwner = nullptr;
    QComboBox *m_cardEmotion = nullptr;
    QComboBox *m_cardEvidence = nullptr;
    QSpinBox *m_cardSpan = nullptr;
    QPushButton *m_cardColor = nullptr;
    QPlainTextEdit *m_cardBody = nullptr;

    // Stage
    QWidget *m_stagePage = nullptr;
    QLineEdit *m_stageName = nullptr;
    QPlainTextEdit *m_stageDescription = nullptr;
    QPushButton *m_stageColor = nullptr;
    QCheckBox *m_stageHidden = nullptr;

    // Lane
    QWidget *m_lanePage = nullptr;
    QLineEdit *m_laneName = nullptr;
    QComboBox *m_laneKind = nullptr;
    QCheckBox *m_laneVisible = nullptr;

    // Journey
    QWidget *m_journeyPage = nullptr;
    QLineEdit *m_journeyName = nullptr;
    QPlainTextEdit *m_journeyDescription = nullptr;
    QComboBox *m_journeyState = nullptr;
    QComboBox *m_journeyPersona = nullptr;

    // Connection
    QWidget *m_connectionPage = nullptr;
    QLineEdit *m_connectionLabel = nullptr;
    QComboBox *m_connectionKind = nullptr;
};

} // namespace Waymark
