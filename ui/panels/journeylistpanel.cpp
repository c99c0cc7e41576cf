#include "journeylistpanel.h"

#include "itemmodels/journeylistmodel.h"

#include <QListView>
#include <QVBoxLayout>

namespace Waymark {

JourneyListPanel::JourneyListPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QListView(this))
{
    setAccessibleName(tr("Journeys"));
    m_view->setAccessibleName(tr("Journeys"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void JourneyListPanel::setProject(Project *project)
{
    delete m_model;
    m_model = project ? new JourneyListModel(*project, this) : nullptr;
    m_view->setModel(m_model);
    if (!m_model)
        return;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT journeyActivated(m_model->journeyId(current.row()));
            });
}

void JourneyListPanel::setCurrentJourney(Id journeyId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(journeyId);
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_model->index(row));
}

Id JourneyListPanel::currentJourney() const
{
    return m_model ? m_model->journeyId(m_view->currentIndex().row()) : NoId;
}

} // namespace Waymark
