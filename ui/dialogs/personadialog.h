#pragma once

#include "domain/persona.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Waymark {

// Edits a persona: name, picture (an image file, scaled down and stored in the project),
// description, goals, frustrations, a typical quote, colour and the feedback segments it
// stands for.
class PersonaDialog : public QDialog
{
    Q_OBJECT

public:
    PersonaDialog(const Persona &persona, QWidget *parent = nullptr);

    Persona persona() const;
    // Loads a picture as the file dialog would; false (and a dialog saying why) for a file
    // that is not an image or is too large.
    bool loadPicture(const QString &path);
    // The sentence of the last refused picture (for tests).
    QString pictureError() const { return m_pictureError; }

private:
    void choosePicture();
    void chooseColor();
    void updatePreview();

    Persona m_persona;
    QLineEdit *m_name;
    QLabel *m_picture;
    QPushButton *m_choosePicture;
    QPushButton *m_removePicture;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_frustrations;
    QLineEdit *m_quote;
    QPushButton *m_color;
    QLineEdit *m_segments;
    QString m_pictureError;
};

} // namespace Waymark
