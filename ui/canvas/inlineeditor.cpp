#include "inlineeditor.h"

#include <QKeyEvent>

namespace Waymark {

InlineEditor::InlineEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setAccessibleName(tr("Title"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    hide();
}

void InlineEditor::start(const QString &text, const QRect &geometry, const QFont &font)
{
    m_active = true;
    setFont(font);
    setPlainText(text);
    setGeometry(geometry);
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void InlineEditor::commit()
{
    if (!m_active)
        return;
    m_active = false;
    hide();
    Q_EMIT committed(toPlainText());
}

void InlineEditor::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    hide();
    Q_EMIT cancelled();
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & Qt::ShiftModifier)) {
        commit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A click elsewhere keeps what was typed, as in file managers.
    if (m_active && event->reason() != Qt::PopupFocusReason)
        commit();
}

} // namespace Waymark
