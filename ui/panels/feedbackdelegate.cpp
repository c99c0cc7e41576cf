#include "feedbackdelegate.h"

#include "domain/enums.h"
#include "itemmodels/feedbacktablemodel.h"
#include "project/project.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>

#include <cmath>

namespace Waymark {

FeedbackDelegate::FeedbackDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void FeedbackDelegate::setProject(Project *project)
{
    m_project = project;
}

QWidget *FeedbackDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case FeedbackTableModel::DateColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setAccessibleName(tr("Date"));
        return edit;
    }
    case FeedbackTableModel::ScoreColumn: {
        const int min = index.data(FeedbackTableModel::ScaleMinRole).toInt();
        const int max = index.data(FeedbackTableModel::ScaleMaxRole).toInt();
        if (max <= min)
            return nullptr; // a response without a scale has no score to edit
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(min, max);
        // NPS, CSAT and CES are answered in whole points; other ratings may have halves.
        const QString metric = index.data(FeedbackTableModel::MetricRole).toString();
        const QVariant score = index.data(Qt::EditRole);
        const bool whole
            = metric != enumKey(Metric::Rating)
              && (!score.isValid() || std::floor(score.toDouble()) == score.toDouble());
        spin->setDecimals(whole ? 0 : 2);
        spin->setAccessibleName(tr("Score"));
        spin->setToolTip(tr("A score from %1 to %2").arg(min).arg(max));
        return spin;
    }
    case FeedbackTableModel::TouchpointColumn: {
        if (!m_project)
            return nullptr;
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Touchpoint"));
        combo->addItem(tr("No touchpoint"), QVariant::fromValue<qint64>(NoId));
        const Id journeyId = index.data(FeedbackTableModel::JourneyIdRole).toLongLong();
        const Id current = index.data(Qt::EditRole).toLongLong();
        for (const Card &card : m_project->cards(journeyId)) {
            if (card.kind != CardKind::Touchpoint && card.id != current)
                continue;
            const QString stage = m_project->stage(card.stageId).name;
            combo->addItem(tr("%1 (%2)").arg(card.title, stage),
                           QVariant::fromValue<qint64>(card.id));
        }
        return combo;
    }
    case FeedbackTableModel::ChannelColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Channel"));
        for (Channel channel : enumValues<Channel>())
            combo->addItem(enumLabel(channel), enumKey(channel));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FeedbackDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.isValid() ? value.toDouble() : spin->minimum());
        spin->selectAll();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant key = index.column() == FeedbackTableModel::TouchpointColumn
                                 ? QVariant::fromValue<qint64>(value.toLongLong())
                                 : value;
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FeedbackDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Waymark
