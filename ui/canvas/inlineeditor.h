#pragma once

#include <QPlainTextEdit>

namespace Waymark {

// Edits a title in place on the map: Enter commits, Shift+Enter adds a line break,
// Escape cancels, leaving the field commits. Text is plain, never markup.
class InlineEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit InlineEditor(QWidget *parent);

    void start(const QString &text, const QRect &geometry, const QFont &font);
    bool isActive() const { return m_active; }

public Q_SLOTS:
    void commit();
    void cancel();

Q_SIGNALS:
    void committed(const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_active = false;
};

} // namespace Waymark
