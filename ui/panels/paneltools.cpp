#include "paneltools.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>

namespace Waymark {

void PanelTools::setUpEditButtons(QToolButton *add, QToolButton *edit, QToolButton *remove,
                                  const QString &noun, const QString &addText,
                                  const QString &addIcon, const QString &deleteIcon)
{
    add->setObjectName(QStringLiteral("new") + noun);
    add->setText(addText);
    add->setIcon(Icons::icon(addIcon));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    edit->setObjectName(QStringLiteral("edit") + noun);
    edit->setText(tr("&Edit…"));
    remove->setObjectName(QStringLiteral("delete") + noun);
    remove->setText(tr("&Delete"));
    if (!deleteIcon.isEmpty()) {
        remove->setIcon(Icons::icon(deleteIcon));
        remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
}

QHBoxLayout *PanelTools::editButtonRow(QToolButton *add, QToolButton *edit, QToolButton *remove)
{
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(edit);
    row->addWidget(remove);
    return row;
}

void PanelTools::setUpTable(QTableWidget *table, const QString &objectName,
                            const QString &accessibleName, const QStringList &headers)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
}

} // namespace Waymark
