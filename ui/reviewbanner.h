#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Waymark {

class Project;

// A slim coloured bar above the map that says why the project cannot be changed (review
// mode, a read-only file) and, in review mode, whether comments can be added. Like
// KMessageWidget: an icon, one or two sentences, and a button to leave review mode.
class ReviewBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewBanner(Project &project, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void leaveReviewRequested();

private:
    void refresh();
    QColor accent() const;
    void paintEvent(QPaintEvent *event) override;

    Project &m_project;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_leave;
};

} // namespace Waymark
