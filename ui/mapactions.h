#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;

namespace Waymark {

class JourneyView;

// The editing actions of the map (clipboard, delete, rename, add card/stage/lane, select
// all, zoom) with standard shortcuts, enabled according to the selection and the project's
// edit lock. Follows whichever view is current.
class MapActions : public QObject
{
    Q_OBJECT

public:
    explicit MapActions(QObject *parent);

    void setView(JourneyView *view);

    void addEditActions(QMenu *menu) const;
    void addInsertActions(QMenu *menu) const;
    void addZoomActions(QMenu *menu) const;
    void addToToolBar(QToolBar *toolBar) const;

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }

public Q_SLOTS:
    void updateActions();

private:
    QPointer<JourneyView> m_view;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_selectAll;
    QAction *m_rename;
    QAction *m_addCard;
    QAction *m_addStage;
    QAction *m_addLane;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    QAction *m_zoomReset;
};

} // namespace Waymark
