#pragma once

#include "domain/ids.h"

#include <QWidget>

class QListView;

namespace Waymark {

class JourneyListModel;
class Project;

// The journeys of the project; choosing one shows it on the map.
class JourneyListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyListPanel(QWidget *parent = nullptr);

    void setProject(Project *project);
    void setCurrentJourney(Id journeyId);
    Id currentJourney() const;

Q_SIGNALS:
    void journeyActivated(Waymark::Id journeyId);

private:
    QListView *m_view;
    JourneyListModel *m_model = nullptr;
};

} // namespace Waymark
