#include "welcomepage.h"

#include "icons.h"
#include "io/templates.h"
#include "project/paths.h"
#include "recentfiles.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_templates(new QListWidget(this))
    , m_recent(new QListWidget(this))
{
    setAccessibleName(tr("Welcome"));
    auto *title = new QLabel(tr("Waymark"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Map customer journeys, see where they hurt, and plan what "
                                   "to improve."),
                                this);
    subtitle->setWordWrap(true);

    auto *newLabel = new QLabel(tr("Start a new project"), this);
    QFont sectionFont = newLabel->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    newLabel->setFont(sectionFont);
    m_templates->setAccessibleName(tr("Templates"));
    m_templates->setWordWrap(true);
    m_templates->setIconSize(QSize(24, 24));
    m_templates->setSpacing(4);
    m_templates->setTextElideMode(Qt::ElideNone);
    newLabel->setBuddy(m_templates);

    auto *openButton
        = new QPushButton(Icons::icon(QStringLiteral("action-open")), tr("&Open…"), this);
    auto *sampleButton = new QPushButton(Icons::icon(QStringLiteral("action-sample")),
                                         tr("Open the &Sample Project"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("&Recent projects"), this);
    recentLabel->setFont(sectionFont);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setTextElideMode(Qt::ElideMiddle);

    auto *left = new QVBoxLayout;
    left->addWidget(newLabel);
    left->addWidget(m_templates, 1);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(recentLabel);
    right->addWidget(m_recent, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(24);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(18);
    layout->addLayout(columns, 1);

    connect(m_templates, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT templateChosen(item->data(PathRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileChosen(item->data(PathRole).toString());
    });
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(&RecentFiles::instance(), &RecentFiles::changed, this,
            &WelcomePage::refreshRecentFiles);
    refreshTemplates();
    refreshRecentFiles();
}

void WelcomePage::refreshTemplates()
{
    m_templates->clear();
    for (const TemplateInfo &info : Templates::all()) {
        if (info.name == Templates::sampleName())
            continue;
        auto *item
            = new QListWidgetItem(Icons::icon(QStringLiteral("action-journey")),
                                  info.title + QLatin1Char('\n') + info.description, m_templates);
        item->setData(PathRole, info.name);
        item->setToolTip(info.description);
        item->setData(Qt::AccessibleTextRole, info.title);
    }
    m_templates->setCurrentRow(0);
}

void WelcomePage::refreshRecentFiles()
{
    m_recent->clear();
    for (const QString &path : RecentFiles::instance().files()) {
        const QFileInfo info(path);
        QString label = info.completeBaseName();
        if (Paths::isUntitled(path))
            label = tr("%1 (not saved under a name yet)").arg(label);
        auto *item = new QListWidgetItem(label + QLatin1Char('\n') + info.absolutePath(), m_recent);
        item->setData(PathRole, path);
        item->setToolTip(path);
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() == 0) {
        auto *item = new QListWidgetItem(tr("No recent projects"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refreshTemplates();
    QWidget::changeEvent(event);
}

} // namespace Waymark
