#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

// Answers the next modal dialog the code under test opens: records its text and presses
// the button whose text contains `button` (or the escape button when empty).
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(QString button = {})
        : m_button(std::move(button))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::poll);
        m_timer.start();
    }

    QString text() const { return m_text; }
    QString informativeText() const { return m_informative; }
    QStringList buttons() const { return m_buttons; }
    bool answered() const { return m_answered; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_timer.stop();
        m_text = box->text();
        m_informative = box->informativeText();
        QAbstractButton *target = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            m_buttons.append(b->text());
            if (!m_button.isEmpty() && b->text().remove(QLatin1Char('&')).contains(m_button))
                target = b;
        }
        m_answered = true;
        if (target)
            target->click();
        else if (box->escapeButton())
            box->escapeButton()->click();
        else
            box->reject();
    }

    QString m_button;
    QTimer m_timer;
    QString m_text;
    QString m_informative;
    QStringList m_buttons;
    bool m_answered = false;
};
