#include "reviewbanner.h"

#include "icons.h"
#include "project/project.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace Waymark {

ReviewBanner::ReviewBanner(Project &project, QWidget *parent)
    : QFrame(parent)
    , m_project(project)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_leave(new QPushButton(tr("Leave Review Mode"), this))
{
    setObjectName(QStringLiteral("reviewBanner"));
    setAccessibleName(tr("Project status"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("reviewBannerText"));
    m_leave->setObjectName(QStringLiteral("leaveReview"));
    m_leave->setFlat(true);
    m_leave->setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, &ReviewBanner::leaveReviewRequested);
    connect(&project, &Project::editLockChanged, this, &ReviewBanner::refresh);
    refresh();
}

QString ReviewBanner::text() const
{
    return m_text->text();
}

QColor ReviewBanner::accent() const
{
    // Blue for a review in progress, amber when nothing can be written at all.
    return m_project.canReview() ? QColor(0x2f, 0x7d, 0xd1) : QColor(0xd9, 0x8e, 0x04);
}

void ReviewBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor accent = this->accent();
    const QColor window = palette().color(QPalette::Window);
    painter.fillRect(rect(), Theme::mix(window, accent, Theme::isDark(palette()) ? 0.3 : 0.16));
    painter.fillRect(QRect(0, 0, 4, height()), accent);
    painter.fillRect(QRect(0, height() - 1, width(), 1), Theme::mix(window, accent, 0.5));
}

void ReviewBanner::refresh()
{
    QStringList lines;
    const QString edit = m_project.editLockReason();
    const QString review = m_project.reviewLockReason();
    if (!edit.isEmpty())
        lines.append(edit);
    if (m_project.isReviewMode()) {
        if (review.isEmpty())
            lines.append(tr("Comments and sign-offs can be added."));
        else if (review != edit)
            lines.append(review);
    }
    const bool show = !lines.isEmpty();
    setVisible(show);
    if (!show)
        return;
    m_text->setText(lines.join(QLatin1Char(' ')));
    m_icon->setPixmap(
        Icons::pixmap(QStringLiteral("action-review"), 18, accent(), devicePixelRatioF()));
    update();
    m_leave->setVisible(m_project.isReviewMode() && !m_project.document().isReadOnly());
}

} // namespace Waymark
