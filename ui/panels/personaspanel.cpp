#include "personaspanel.h"

#include "commandrunner.h"
#include "commands/plancommands.h"
#include "dialogs/personadialog.h"
#include "paneltools.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int IconSize = 40;

// The picture in a circle with a ring of the persona's colour, or the colour with initials.
QIcon avatar(const Persona &persona, qreal dpr)
{
    QPixmap pixmap(int(IconSize * dpr), int(IconSize * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = persona.color.isValid() ? persona.color : QColor(0x8a, 0x8f, 0x98);
    const QRectF outer(1, 1, IconSize - 2, IconSize - 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(outer);
    const QRectF inner = outer.adjusted(3, 3, -3, -3);
    QPixmap picture;
    if (!persona.picture.isEmpty() && picture.loadFromData(persona.picture)) {
        QPainterPath clip;
        clip.addEllipse(inner);
        painter.setClipPath(clip);
        painter.drawPixmap(inner,
                           picture.scaled(inner.size().toSize() * dpr,
                                          Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation),
                           QRectF());
    } else {
        QStringList initials;
        for (const QString &word :
             persona.name.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2))
            initials.append(word.left(1).toUpper());
        QFont font;
        font.setBold(true);
        font.setPixelSize(15);
        painter.setFont(font);
        painter.setPen(Theme::readableOn(color));
        painter.drawText(outer, Qt::AlignCenter, initials.join(QString()));
    }
    return QIcon(pixmap);
}
} // namespace

PersonasPanel::PersonasPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_new(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_delete(new QToolButton(this))
{
    setAccessibleName(tr("Personas"));
    m_list->setObjectName(QStringLiteral("personaList"));
    m_list->setAccessibleName(tr("Personas"));
    m_list->setIconSize(QSize(IconSize, IconSize));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    // Delete has no icon in this dock, unlike in the goals and plan panels.
    PanelTools::setUpEditButtons(m_new, m_edit, m_delete, QStringLiteral("Persona"), tr("&New"),
                                 QStringLiteral("action-persona"), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QHBoxLayout *bar = PanelTools::editButtonRow(m_new, m_edit, m_delete);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    connect(m_new, &QToolButton::clicked, this, &PersonasPanel::newPersona);
    connect(m_edit, &QToolButton::clicked, this, [this] { editPersona(selectedId()); });
    connect(m_delete, &QToolButton::clicked, this, &PersonasPanel::deleteSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { editPersona(item->data(IdRole).value<Id>()); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PersonasPanel::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        QList<Id> shown;
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem *item = m_list->item(i);
            if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
                shown.append(item->data(IdRole).value<Id>());
        }
        if (shown == m_shown)
            return;
        m_shown = shown;
        Q_EMIT shownOnMapChanged(shown);
    });
    refresh();
}

void PersonasPanel::setShownOnMap(const QList<Id> &personaIds)
{
    if (personaIds == m_shown)
        return;
    m_shown = personaIds;
    refresh();
    Q_EMIT shownOnMapChanged(m_shown);
}

void PersonasPanel::setProject(Project *project)
{
    m_shown.clear();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &Project::personasChanged, this, &PersonasPanel::refresh);
        connect(project, &Project::editLockChanged, this, &PersonasPanel::updateButtons);
        connect(project, &Project::reset, this, &PersonasPanel::refresh);
    }
    refresh();
}

void PersonasPanel::refresh()
{
    const Id selected = selectedId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_project) {
        for (const Persona &p : m_project->personas()) {
            QString text = p.name;
            if (!p.description.isEmpty())
                text += QLatin1Char('\n') + p.description.section(QLatin1Char('\n'), 0, 0).left(90);
            auto *item = new QListWidgetItem(avatar(p, devicePixelRatioF()), text, m_list);
            item->setData(IdRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_shown.contains(p.id) ? Qt::Checked : Qt::Unchecked);
            QString tip = p.name;
            if (!p.quote.isEmpty())
                tip += QStringLiteral("\n“%1”").arg(p.quote);
            if (!p.segments.isEmpty())
                tip += QLatin1Char('\n')
                       + tr("Segments: %1").arg(p.segments.join(QStringLiteral(", ")));
            tip += QLatin1Char('\n') + tr("Check to show its emotion curve on the map.");
            item->setToolTip(tip);
            if (p.id == selected)
                item->setSelected(true);
        }
        if (m_list->count() == 0) {
            auto *item = new QListWidgetItem(tr("No personas yet."), m_list);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    updateButtons();
}

Id PersonasPanel::selectedId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? NoId : items.first()->data(IdRole).value<Id>();
}

void PersonasPanel::updateButtons()
{
    const bool editable = m_project && m_project->isEditable();
    m_new->setEnabled(editable);
    m_edit->setEnabled(editable && selectedId() != NoId);
    m_delete->setEnabled(editable && selectedId() != NoId);
}

bool PersonasPanel::run(QUndoCommand *command)
{
    return runCommand(*m_project, command, this);
}

void PersonasPanel::newPersona()
{
    if (!m_project)
        return;
    Persona persona;
    static const QColor palette[]
        = {QColor(0x2f, 0x7d, 0xd1), QColor(0xe0, 0x8a, 0x00), QColor(0x2e, 0x9d, 0x4f),
           QColor(0x9c, 0x6a, 0xde), QColor(0xd3, 0x2f, 0x2f)};
    persona.color = palette[m_project->personas().size() % 5];
    PersonaDialog dialog(persona, this);
    if (dialog.exec() == QDialog::Accepted)
        run(new AddPersonaCommand(*m_project, dialog.persona(), int(m_project->personas().size())));
}

void PersonasPanel::editPersona(Id personaId)
{
    if (!m_project || personaId == NoId || !m_project->isEditable())
        return;
    const Persona before = m_project->persona(personaId);
    PersonaDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Persona after = dialog.persona();
    if (!(after == before))
        run(new EditPersonaCommand(*m_project, before, after));
}

void PersonasPanel::deleteSelected()
{
    const Id id = selectedId();
    if (m_project && id != NoId)
        run(new RemovePersonaCommand(*m_project, id));
}

} // namespace Waymark
