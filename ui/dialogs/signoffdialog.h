#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Waymark {

// Asks who signs the project off and with what note.
class SignoffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignoffDialog(const QString &name, QWidget *parent = nullptr);

    QString name() const;
    QString note() const;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_note;
};

} // namespace Waymark
