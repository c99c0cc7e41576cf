#include "outlinepanel.h"

#include "itemmodels/outlinemodel.h"

#include <QTreeView>
#include <QVBoxLayout>

namespace Waymark {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
{
    setAccessibleName(tr("Outline"));
    m_view->setAccessibleName(tr("Outline"));
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void OutlinePanel::setProject(Project *project)
{
    delete m_model;
    m_shownJourney = NoId;
    m_shownCards.clear();
    m_model = project ? new OutlineModel(*project, this) : nullptr;
    m_view->setModel(m_model);
    if (!m_model)
        return;
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutlinePanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandToDepth(0);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &OutlinePanel::onSelectionChanged, Qt::UniqueConnection);
        showSelection(m_shownJourney, m_shownCards);
    });
    m_view->expandToDepth(0);
}

void OutlinePanel::onSelectionChanged()
{
    if (m_syncing || !m_model)
        return;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    const Id journeyId = selected.first().data(OutlineModel::JourneyIdRole).toLongLong();
    QList<Id> cards;
    for (const QModelIndex &index : selected) {
        if (index.data(OutlineModel::KindRole).toInt() == int(OutlineModel::Kind::Card)
            && index.data(OutlineModel::JourneyIdRole).toLongLong() == journeyId) {
            cards.append(index.data(OutlineModel::IdRole).toLongLong());
        }
    }
    if (cards.isEmpty())
        Q_EMIT journeyChosen(journeyId);
    else
        Q_EMIT cardsChosen(journeyId, cards);
}

void OutlinePanel::showSelection(Id journeyId, const QList<Id> &cardIds)
{
    m_shownJourney = journeyId;
    m_shownCards = cardIds;
    if (!m_model)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (Id id : cardIds) {
        const QModelIndex index = m_model->indexOfCard(id);
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!cardIds.isEmpty()) {
        const QModelIndex last = m_model->indexOfCard(cardIds.last());
        if (last.isValid()) {
            m_view->scrollTo(last);
            m_view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        }
    } else if (const QModelIndex journey = m_model->indexOfJourney(journeyId); journey.isValid()) {
        m_view->selectionModel()->setCurrentIndex(journey, QItemSelectionModel::NoUpdate);
    }
    m_syncing = false;
}

} // namespace Waymark
