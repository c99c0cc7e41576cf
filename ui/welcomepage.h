#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Waymark {

// The first thing a user sees: start from a template, open a project, reopen a recent
// one, or look at the sample.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void templateChosen(const QString &name);
    void openRequested();
    void recentFileChosen(const QString &path);
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshRecentFiles();
    void refreshTemplates();

    QListWidget *m_templates;
    QListWidget *m_recent;
};

} // namespace Waymark
