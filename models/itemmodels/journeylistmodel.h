#pragma once

#include "domain/ids.h"

#include <QAbstractListModel>

namespace Waymark {

class Project;

// The journeys of a project, in order, for the journey switcher and list panel.
class JourneyListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { JourneyIdRole = Qt::UserRole + 1, CardCountRole, StateRole };

    explicit JourneyListModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Id journeyId(int row) const;
    int rowOf(Id journeyId) const;

private:
    void refresh();

    Project &m_project;
    QList<Id> m_ids;
};

} // namespace Waymark
