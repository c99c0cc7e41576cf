#include "signoffdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

SignoffDialog::SignoffDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Sign Off"));
    m_name->setObjectName(QStringLiteral("signoffName"));
    m_note->setObjectName(QStringLiteral("signoffNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. Approved for the Q3 roadmap."));
    auto *explanation = new QLabel(
        tr("Signing off records today's date and a fingerprint of the project's content. Any "
           "later change to the map, the goals or the plan marks this sign-off as outdated."),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign Off"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    resize(440, 260);
}

QString SignoffDialog::name() const
{
    return m_name->text().trimmed();
}

QString SignoffDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Waymark
