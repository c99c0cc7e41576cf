#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace Waymark {

class Project;

// Editors for the cells of the feedback table: a date edit, a score spin box bounded by
// the response's scale, and lists of the journey's touchpoints and of channels. Values go
// back through FeedbackTableModel::setData, which turns them into undo commands.
class FeedbackDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FeedbackDelegate(QObject *parent = nullptr);

    void setProject(Project *project);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QPointer<Project> m_project;
};

} // namespace Waymark
