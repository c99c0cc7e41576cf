#include "goaldialog.h"

#include "metrics/goalprogress.h"
#include "project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

GoalDialog::GoalDialog(const Project &project, const Goal &goal, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_goal(goal)
    , m_title(new QLineEdit(goal.title, this))
    , m_scope(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_due(new QLineEdit(goal.due, this))
{
    setWindowTitle(goal.id == NoId ? tr("New Goal") : tr("Edit Goal"));
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_title->setPlaceholderText(tr("e.g. Checkout NPS at least +40"));
    m_scope->setObjectName(QStringLiteral("goalScope"));
    for (TargetKind kind : enumValues<TargetKind>())
        m_scope->addItem(enumLabel(kind), int(kind));
    m_scope->setCurrentIndex(m_scope->findData(int(goal.scope)));
    m_target->setObjectName(QStringLiteral("goalTarget"));
    m_metric->setObjectName(QStringLiteral("goalMetric"));
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating})
        m_metric->addItem(enumLabel(metric), int(metric));
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(int(goal.metric))));
    m_operator->setObjectName(QStringLiteral("goalOperator"));
    for (GoalOperator op : enumValues<GoalOperator>())
        m_operator->addItem(enumLabel(op), int(op));
    m_operator->setCurrentIndex(m_operator->findData(int(goal.op)));
    m_value->setObjectName(QStringLiteral("goalValue"));
    m_value->setDecimals(1);
    m_due->setObjectName(QStringLiteral("goalDue"));
    m_due->setPlaceholderText(tr("2027-Q2, 2027-06 or 2027"));
    fillTargets();
    updateRange();
    m_value->setValue(goal.target);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_scope);
    scope->addWidget(m_target, 1);
    form->addRow(tr("&Scope:"), scope);
    form->addRow(tr("&Metric:"), m_metric);
    auto *target = new QHBoxLayout;
    target->addWidget(m_operator);
    target->addWidget(m_value, 1);
    form->addRow(tr("Ta&rget:"), target);
    form->addRow(tr("&Due:"), m_due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("goalButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillTargets();
        validate();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &GoalDialog::updateRange);
    connect(m_title, &QLineEdit::textChanged, this, &GoalDialog::validate);
    connect(m_due, &QLineEdit::textChanged, this, &GoalDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

void GoalDialog::fillTargets()
{
    const auto kind = TargetKind(m_scope->currentData().toInt());
    m_target->clear();
    switch (kind) {
    case TargetKind::Journey:
        m_target->addItem(m_project.journey(m_goal.journeyId).name, m_goal.journeyId);
        break;
    case TargetKind::Stage:
        for (const Stage &stage : m_project.stages(m_goal.journeyId))
            m_target->addItem(stage.name, stage.id);
        break;
    case TargetKind::Card:
        for (const Card &card : m_project.cards(m_goal.journeyId)) {
            if (card.kind == CardKind::Touchpoint || card.kind == CardKind::PainPoint)
                m_target->addItem(tr("%1 (%2)").arg(card.title.simplified().left(60),
                                                    m_project.stage(card.stageId).name),
                                  card.id);
        }
        break;
    }
    const int index = m_target->findData(m_goal.targetId);
    if (index >= 0 && kind == m_goal.scope)
        m_target->setCurrentIndex(index);
    m_target->setEnabled(kind != TargetKind::Journey);
}

void GoalDialog::updateRange()
{
    switch (Metric(m_metric->currentData().toInt())) {
    case Metric::Nps:
        m_value->setRange(-100, 100);
        m_value->setSuffix({});
        break;
    case Metric::Csat:
        m_value->setRange(0, 100);
        m_value->setSuffix(QStringLiteral(" %"));
        break;
    case Metric::Ces:
        m_value->setRange(1, 7);
        m_value->setSuffix({});
        break;
    default:
        m_value->setRange(0, 10);
        m_value->setSuffix({});
        break;
    }
}

void GoalDialog::validate()
{
    QDate first;
    QDate last;
    const QString due = m_due->text().trimmed();
    const bool dueOk = due.isEmpty() || GoalProgressCalculator::parseDue(due, &first, &last);
    m_due->setToolTip(dueOk ? QString() : tr("Write the period as 2027-Q2, 2027-06 or 2027."));
    QPalette p = palette();
    if (!dueOk)
        p.setColor(QPalette::Text, QColor(0xd3, 0x2f, 0x2f));
    m_due->setPalette(p);
    auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("goalButtons"));
    if (buttons) {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(dueOk && !m_title->text().trimmed().isEmpty() && m_target->count() > 0);
    }
}

Goal GoalDialog::goal() const
{
    Goal g = m_goal;
    g.title = m_title->text().trimmed();
    g.scope = TargetKind(m_scope->currentData().toInt());
    g.targetId = m_target->currentData().value<Id>();
    g.metric = Metric(m_metric->currentData().toInt());
    g.op = GoalOperator(m_operator->currentData().toInt());
    g.target = m_value->value();
    g.due = m_due->text().trimmed();
    return g;
}

} // namespace Waymark
