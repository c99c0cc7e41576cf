#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Waymark {

class PersonaFilter;

// A slim bar above the map while scores are filtered for a persona: whose responses the
// badges, stage totals, the feedback curve, the heatmap and the charts count, and a button
// back to all customers. Hidden for all customers.
class PersonaFilterBar : public QFrame
{
    Q_OBJECT

public:
    explicit PersonaFilterBar(PersonaFilter *filter, QWidget *parent = nullptr);

    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QPointer<PersonaFilter> m_filter;
    QLabel *m_text;
    QPushButton *m_all;
};

} // namespace Waymark
