#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QHBoxLayout;
class QTableWidget;
class QToolButton;

namespace Waymark {

// Set-up shared by the plan panels (goals, actions, personas): their New / Edit… / Delete
// button row and their read-only, row-selecting tables.
class PanelTools
{
    Q_DECLARE_TR_FUNCTIONS(PanelTools)

public:
    // Names the buttons new<Noun>, edit<Noun> and delete<Noun> (tests find them so) and gives
    // New the text and icon, and Delete the icon deleteIcon if there is one.
    static void setUpEditButtons(QToolButton *add, QToolButton *edit, QToolButton *remove,
                                 const QString &noun, const QString &addText,
                                 const QString &addIcon,
                                 const QString &deleteIcon = QStringLiteral("action-delete"));
    // A row with the three buttons, for the caller to append to.
    static QHBoxLayout *editButtonRow(QToolButton *add, QToolButton *edit, QToolButton *remove);
    // Rows selected whole, no editing in place, no row numbers or grid, alternating rows.
    static void setUpTable(QTableWidget *table, const QString &objectName,
                           const QString &accessibleName, const QStringList &headers);
};

} // namespace Waymark
