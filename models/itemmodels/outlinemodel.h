#pragma once

#include "domain/ids.h"

#include <QAbstractItemModel>

namespace Waymark {

class Project;

// The structure of a project as a tree: journeys, their stages, and the cards of each
// stage (lane by lane, in map order). For the outline panel, whose selection follows the
// map's.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, JourneyIdRole };
    enum class Kind { Journey, Stage, Card };

    explicit OutlineModel(Project &project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfJourney(Id journeyId) const;
    QModelIndex indexOfStage(Id stageId) const;
    QModelIndex indexOfCard(Id cardId) const;

private:
    // Each node is identified by its kind and id; internalId() packs the position of its
    // node in m_nodes.
    struct Node
    {
        Kind kind;
        Id id;
        int parent; // node index, -1 for journeys
        int row;
        QList<int> children;
    };

    void rebuild();
    void scheduleRebuild();
    QModelIndex indexOfNode(int node) const;

    Project &m_project;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<Id, int> m_cardNodes;
    QHash<Id, int> m_stageNodes;
    QHash<Id, int> m_journeyNodes;
    bool m_rebuildPending = false;
};

} // namespace Waymark
