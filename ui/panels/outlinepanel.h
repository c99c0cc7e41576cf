#pragma once

#include "domain/ids.h"

#include <QWidget>

class QTreeView;

namespace Waymark {

class OutlineModel;
class Project;

// The project as a tree of journeys, stages and cards. Selecting a card here selects it
// on the map (switching journey if needed); selecting on the map selects it here.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Follows the map's selection without echoing it back.
    void showSelection(Id journeyId, const QList<Id> &cardIds);
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void journeyChosen(Waymark::Id journeyId);
    void cardsChosen(Waymark::Id journeyId, const QList<Waymark::Id> &cardIds);

private:
    void onSelectionChanged();

    QTreeView *m_view;
    OutlineModel *m_model = nullptr;
    bool m_syncing = false;
    // What the map selects, shown again after the model is rebuilt (a reset clears the
    // tree's selection).
    Id m_shownJourney = NoId;
    QList<Id> m_shownCards;
};

} // namespace Waymark
