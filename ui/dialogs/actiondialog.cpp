#include "actiondialog.h"

#include "icons.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

ActionDialog::ActionDialog(const Project &project, const Action &action, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_action(action)
    , m_title(new QLineEdit(action.title, this))
    , m_description(new QPlainTextEdit(action.description, this))
    , m_owner(new QLineEdit(action.owner, this))
    , m_status(new QComboBox(this))
    , m_hasDue(new QCheckBox(tr("Due &by"), this))
    , m_due(new QDateEdit(this))
    , m_impact(new QLineEdit(action.impact, this))
    , m_cards(new QListWidget(this))
    , m_goals(new QListWidget(this))
{
    setWindowTitle(action.id == NoId ? tr("New Action") : tr("Edit Action"));
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setPlaceholderText(tr("A team or a person"));
    QStringList owners;
    for (const Action &a : project.actions()) {
        if (!a.owner.isEmpty() && !owners.contains(a.owner))
            owners.append(a.owner);
    }
    m_owner->setCompleter(new QCompleter(owners, m_owner));
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (ActionStatus status : enumValues<ActionStatus>())
        m_status->addItem(enumLabel(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_hasDue->setObjectName(QStringLiteral("actionHasDue"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendarPopup(true);
    m_due->setDate(action.due.isValid() ? action.due : QDate::currentDate().addMonths(1));
    m_hasDue->setChecked(action.due.isValid());
    m_due->setEnabled(action.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_impact->setObjectName(QStringLiteral("actionImpact"));
    m_impact->setPlaceholderText(tr("e.g. +10 NPS points at checkout"));

    m_cards->setObjectName(QStringLiteral("actionCards"));
    m_cards->setAccessibleName(tr("Linked cards"));
    // Pain points and touchpoints are what actions are usually about: they come first.
    QList<Card> cards = project.cards(action.journeyId);
    std::stable_sort(cards.begin(), cards.end(), [](const Card &a, const Card &b) {
        auto rank = [](CardKind k) {
            return k == CardKind::PainPoint ? 0 : k == CardKind::Touchpoint ? 1 : 2;
        };
        return rank(a.kind) < rank(b.kind);
    });
    for (const Card &card : cards) {
        const QString stage = project.stage(card.stageId).name;
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("kind-") + enumKey(card.kind)),
                                         tr("%1 — %2").arg(card.title.simplified().left(80), stage),
                                         m_cards);
        item->setData(Qt::UserRole, card.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(action.cardIds.contains(card.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_goals->setObjectName(QStringLiteral("actionGoals"));
    m_goals->setAccessibleName(tr("Linked goals"));
    for (const Goal &goal : project.goals(action.journeyId)) {
        auto *item
            = new QListWidgetItem(Icons::icon(QStringLiteral("action-goal")), goal.title, m_goals);
        item->setData(Qt::UserRole, goal.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(action.goalIds.contains(goal.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_goals->count() == 0) {
        auto *item = new QListWidgetItem(tr("The journey has no goals yet."), m_goals);
        item->setFlags(Qt::NoItemFlags);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Status:"), m_status);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    form->addRow(tr("Due date:"), due);
    form->addRow(tr("Expected &impact:"), m_impact);
    auto *links = new QHBoxLayout;
    auto *cardsColumn = new QVBoxLayout;
    auto *cardsLabel = new QLabel(tr("Linked &cards:"), this);
    cardsLabel->setBuddy(m_cards);
    cardsColumn->addWidget(cardsLabel);
    cardsColumn->addWidget(m_cards);
    auto *goalsColumn = new QVBoxLayout;
    auto *goalsLabel = new QLabel(tr("Linked &goals:"), this);
    goalsLabel->setBuddy(m_goals);
    goalsColumn->addWidget(goalsLabel);
    goalsColumn->addWidget(m_goals);
    links->addLayout(cardsColumn, 3);
    links->addLayout(goalsColumn, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(links, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    m_title->selectAll();
    resize(620, 600);
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.title = m_title->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.owner = m_owner->text().trimmed();
    a.status = ActionStatus(m_status->currentData().toInt());
    a.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.impact = m_impact->text().trimmed();
    // Links to objects the dialog does not list (deleted since, soft references) are kept.
    QList<Id> cards;
    for (Id id : m_action.cardIds) {
        if (!m_project.hasCard(id) || m_project.card(id).journeyId != m_action.journeyId)
            cards.append(id);
    }
    for (int i = 0; i < m_cards->count(); ++i) {
        if (m_cards->item(i)->checkState() == Qt::Checked)
            cards.append(m_cards->item(i)->data(Qt::UserRole).value<Id>());
    }
    QList<Id> goals;
    for (int i = 0; i < m_goals->count(); ++i) {
        const QListWidgetItem *item = m_goals->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            goals.append(item->data(Qt::UserRole).value<Id>());
    }
    std::sort(cards.begin(), cards.end());
    std::sort(goals.begin(), goals.end());
    a.cardIds = cards;
    a.goalIds = goals;
    return a;
}

} // namespace Waymark
