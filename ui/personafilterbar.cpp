#include "personafilterbar.h"

#include "personafilter.h"
#include "project/project.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace Waymark {

PersonaFilterBar::PersonaFilterBar(PersonaFilter *filter, QWidget *parent)
    : QFrame(parent)
    , m_filter(filter)
    , m_text(new QLabel(this))
    , m_all(new QPushButton(tr("Show All C&ustomers"), this))
{
    setObjectName(QStringLiteral("personaFilterBar"));
    setAccessibleName(tr("Persona filter"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_all->setObjectName(QStringLiteral("showAllCustomers"));
    m_all->setFlat(true);
    m_all->setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 8, 4);
    layout->setSpacing(10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_all);
    connect(m_all, &QPushButton::clicked, this, [this] {
        if (m_filter)
            m_filter->setPersona(NoId);
    });
    connect(filter, &PersonaFilter::changed, this, &PersonaFilterBar::refresh);
    refresh();
}

QString PersonaFilterBar::text() const
{
    return m_text->text();
}

void PersonaFilterBar::refresh()
{
    const bool active = m_filter && m_filter->isActive();
    setVisible(active);
    if (!active)
        return;
    m_text->setText(
        tr("Scores for persona “%1” only: the responses of its segments (%2).")
            .arg(m_filter->personaName(), m_filter->segments().join(QStringLiteral(", "))));
    update();
}

void PersonaFilterBar::paintEvent(QPaintEvent *)
{
    // The persona's colour as the accent, so the bar matches its curve and its avatar.
    QColor accent(0x2f, 0x7d, 0xd1);
    if (m_filter && m_filter->isActive() && m_filter->project()) {
        const QColor own = m_filter->project()->persona(m_filter->persona()).color;
        if (own.isValid())
            accent = own;
    }
    QPainter painter(this);
    const QColor window = palette().color(QPalette::Window);
    painter.fillRect(rect(), Theme::mix(window, accent, Theme::isDark(palette()) ? 0.25 : 0.12));
    painter.fillRect(QRect(0, 0, 4, height()), accent);
    painter.fillRect(QRect(0, height() - 1, width(), 1), Theme::mix(window, accent, 0.5));
}

} // namespace Waymark
