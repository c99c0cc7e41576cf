#include "outlinemodel.h"

#include "project/project.h"

#include <QTimer>

namespace Waymark {

OutlineModel::OutlineModel(Project &project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    rebuild();
    // Structure changes rebuild the tree once per event loop turn, so that a macro of many
    // edits (a paste of 200 cards) costs one rebuild.
    const auto structural = [this] {
        scheduleRebuild();
    };
    connect(&project, &Project::reset, this, structural);
    connect(&project, &Project::journeyInserted, this, structural);
    connect(&project, &Project::journeyRemoved, this, structural);
    connect(&project, &Project::journeysReordered, this, structural);
    connect(&project, &Project::stageInserted, this, structural);
    connect(&project, &Project::stageRemoved, this, structural);
    connect(&project, &Project::stagesReordered, this, structural);
    connect(&project, &Project::lanesReordered, this, structural);
    connect(&project, &Project::laneRemoved, this, structural);
    connect(&project, &Project::cardInserted, this, structural);
    connect(&project, &Project::cardRemoved, this, structural);
    connect(&project, &Project::cellChanged, this, structural);
    const auto changed = [this](QModelIndex index) {
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
    };
    connect(&project, &Project::cardChanged, this,
            [this, changed](Id id) { changed(indexOfCard(id)); });
    connect(&project, &Project::stageChanged, this,
            [this, changed](Id id) { changed(indexOfStage(id)); });
    connect(&project, &Project::journeyChanged, this,
            [this, changed](Id id) { changed(indexOfJourney(id)); });
}

void OutlineModel::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void OutlineModel::rebuild()
{
    m_rebuildPending = false;
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_cardNodes.clear();
    m_stageNodes.clear();
    m_journeyNodes.clear();
    for (const Journey &journey : m_project.journeys()) {
        const int journeyNode = int(m_nodes.size());
        m_nodes.append({Kind::Journey, journey.id, -1, int(m_roots.size()), {}});
        m_roots.append(journeyNode);
        m_journeyNodes.insert(journey.id, journeyNode);
        const QList<Id> lanes = m_project.laneIds(journey.id);
        for (Id stageId : m_project.stageIds(journey.id)) {
            const int stageNode = int(m_nodes.size());
            m_nodes.append(
                {Kind::Stage, stageId, journeyNode, int(m_nodes[journeyNode].children.size()), {}});
            m_nodes[journeyNode].children.append(stageNode);
            m_stageNodes.insert(stageId, stageNode);
            for (Id laneId : lanes) {
                for (Id cardId : m_project.cellCardIds(stageId, laneId)) {
                    const int cardNode = int(m_nodes.size());
                    m_nodes.append({Kind::Card,
                                    cardId,
                                    stageNode,
                                    int(m_nodes[stageNode].children.size()),
                                    {}});
                    m_nodes[stageNode].children.append(cardNode);
                    m_cardNodes.insert(cardId, cardNode);
                }
            }
        }
    }
    endResetModel();
}

QModelIndex OutlineModel::indexOfNode(int node) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(node).row, 0, quintptr(node));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_roots.size() ? indexOfNode(m_roots.at(row)) : QModelIndex();
    const Node &p = m_nodes.at(int(parent.internalId()));
    return row < p.children.size() ? indexOfNode(p.children.at(row)) : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes.at(int(child.internalId())).parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text;
        switch (node.kind) {
        case Kind::Journey:
            text = m_project.journey(node.id).name;
            break;
        case Kind::Stage:
            text = m_project.stage(node.id).name;
            break;
        case Kind::Card: {
            const Card card = m_project.card(node.id);
            text = card.title.isEmpty() ? tr("(untitled %1)").arg(enumLabel(card.kind).toLower())
                                        : card.title;
            if (role != Qt::DisplayRole)
                text = tr("%1: %2").arg(enumLabel(card.kind), text);
            break;
        }
        }
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return role == Qt::DisplayRole ? text.left(200) : text.left(1000);
    }
    case IdRole:
        return node.id;
    case KindRole:
        return int(node.kind);
    case JourneyIdRole: {
        int n = int(index.internalId());
        while (m_nodes.at(n).parent >= 0)
            n = m_nodes.at(n).parent;
        return m_nodes.at(n).id;
    }
    default:
        return {};
    }
}

QModelIndex OutlineModel::indexOfJourney(Id journeyId) const
{
    return indexOfNode(m_journeyNodes.value(journeyId, -1));
}

QModelIndex OutlineModel::indexOfStage(Id stageId) const
{
    return indexOfNode(m_stageNodes.value(stageId, -1));
}

QModelIndex OutlineModel::indexOfCard(Id cardId) const
{
    return indexOfNode(m_cardNodes.value(cardId, -1));
}

} // namespace Waymark
