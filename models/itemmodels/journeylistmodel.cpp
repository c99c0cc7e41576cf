#include "journeylistmodel.h"

#include "project/project.h"

#include <QFont>

namespace Waymark {

JourneyListModel::JourneyListModel(Project &project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
{
    refresh();
    connect(&project, &Project::reset, this, &JourneyListModel::refresh);
    connect(&project, &Project::journeyInserted, this, &JourneyListModel::refresh);
    connect(&project, &Project::journeyRemoved, this, &JourneyListModel::refresh);
    connect(&project, &Project::journeysReordered, this, &JourneyListModel::refresh);
    connect(&project, &Project::journeyChanged, this, [this](Id id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
    auto cardCountChanged = [this](Id journeyId) {
        const int row = rowOf(journeyId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {Qt::ToolTipRole, CardCountRole});
    };
    connect(&project, &Project::cardInserted, this, cardCountChanged);
    connect(&project, &Project::cardRemoved, this, cardCountChanged);
}

void JourneyListModel::refresh()
{
    beginResetModel();
    m_ids.clear();
    for (const Journey &j : m_project.journeys())
        m_ids.append(j.id);
    endResetModel();
}

int JourneyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant JourneyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Journey journey = m_project.journey(m_ids.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return journey.name;
    case Qt::FontRole:
        // A future state reads as a draft beside the current one (its name usually says so).
        if (journey.state == JourneyState::Future) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (journey.state == JourneyState::Future)
            return tr("%1 (future state): %n card(s)", nullptr, m_project.cardCount(journey.id))
                .arg(journey.name);
        return tr("%1: %n card(s)", nullptr, m_project.cardCount(journey.id)).arg(journey.name);
    case Qt::AccessibleTextRole:
        return journey.name;
    case JourneyIdRole:
        return journey.id;
    case CardCountRole:
        return m_project.cardCount(journey.id);
    case StateRole:
        return int(journey.state);
    default:
        return {};
    }
}

Id JourneyListModel::journeyId(int row) const
{
    return m_ids.value(row, NoId);
}

int JourneyListModel::rowOf(Id journeyId) const
{
    return int(m_ids.indexOf(journeyId));
}

} // namespace Waymark
