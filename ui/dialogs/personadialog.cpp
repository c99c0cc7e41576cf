#include "personadialog.h"

#include "io/personapicture.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

PersonaDialog::PersonaDialog(const Persona &persona, QWidget *parent)
    : QDialog(parent)
    , m_persona(persona)
    , m_name(new QLineEdit(persona.name, this))
    , m_picture(new QLabel(this))
    , m_choosePicture(new QPushButton(tr("Choose &Picture…"), this))
    , m_removePicture(new QPushButton(tr("Re&move Picture"), this))
    , m_description(new QPlainTextEdit(persona.description, this))
    , m_goals(new QPlainTextEdit(persona.goals, this))
    , m_frustrations(new QPlainTextEdit(persona.frustrations, this))
    , m_quote(new QLineEdit(persona.quote, this))
    , m_color(new QPushButton(this))
    , m_segments(new QLineEdit(persona.segments.join(QStringLiteral(", ")), this))
{
    setWindowTitle(persona.id == NoId ? tr("New Persona") : tr("Edit Persona"));
    if (!m_persona.color.isValid())
        m_persona.color = QColor(0x2f, 0x7d, 0xd1);
    m_name->setObjectName(QStringLiteral("personaName"));
    m_picture->setObjectName(QStringLiteral("personaPicture"));
    m_picture->setFixedSize(96, 96);
    m_picture->setAlignment(Qt::AlignCenter);
    m_choosePicture->setObjectName(QStringLiteral("choosePicture"));
    m_removePicture->setObjectName(QStringLiteral("removePicture"));
    for (QPlainTextEdit *edit : {m_description, m_goals, m_frustrations}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
    }
    m_description->setObjectName(QStringLiteral("personaDescription"));
    m_goals->setObjectName(QStringLiteral("personaGoals"));
    m_frustrations->setObjectName(QStringLiteral("personaFrustrations"));
    m_quote->setObjectName(QStringLiteral("personaQuote"));
    m_quote->setPlaceholderText(tr("A typical quote, in the persona's words"));
    m_color->setObjectName(QStringLiteral("personaColor"));
    m_segments->setObjectName(QStringLiteral("personaSegments"));
    m_segments->setPlaceholderText(tr("Segments of the feedback, separated by commas"));
    m_segments->setToolTip(tr("Responses whose segment is one of these count for this persona."));

    auto *pictureButtons = new QVBoxLayout;
    pictureButtons->addWidget(m_choosePicture);
    pictureButtons->addWidget(m_removePicture);
    pictureButtons->addStretch(1);
    auto *pictureRow = new QHBoxLayout;
    pictureRow->addWidget(m_picture);
    pictureRow->addLayout(pictureButtons);
    pictureRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Picture:"), pictureRow);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Goals:"), m_goals);
    form->addRow(tr("&Frustrations:"), m_frustrations);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("&Segments:"), m_segments);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_choosePicture, &QPushButton::clicked, this, &PersonaDialog::choosePicture);
    connect(m_removePicture, &QPushButton::clicked, this, [this] {
        m_persona.picture.clear();
        updatePreview();
    });
    connect(m_color, &QPushButton::clicked, this, &PersonaDialog::chooseColor);
    updatePreview();
    resize(520, sizeHint().height());
}

void PersonaDialog::updatePreview()
{
    QPixmap pixmap;
    if (!m_persona.picture.isEmpty() && pixmap.loadFromData(m_persona.picture)) {
        m_picture->setPixmap(
            pixmap.scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_picture->setText({});
    } else {
        m_picture->setPixmap({});
        m_picture->setText(tr("No picture"));
    }
    m_removePicture->setEnabled(!m_persona.picture.isEmpty());
    QPixmap swatch(16, 16);
    swatch.fill(m_persona.color);
    m_color->setIcon(QIcon(swatch));
    m_color->setText(m_persona.color.name());
}

bool PersonaDialog::loadPicture(const QString &path)
{
    QByteArray png;
    QString error;
    if (!PersonaPicture::fromFile(path, &png, &error)) {
        m_pictureError = error;
        QMessageBox box(QMessageBox::Warning, tr("Picture Not Used"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    m_pictureError.clear();
    m_persona.picture = png;
    updatePreview();
    return true;
}

void PersonaDialog::choosePicture()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Picture"), {},
        tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        loadPicture(path);
}

void PersonaDialog::chooseColor()
{
    const QColor color = QColorDialog::getColor(m_persona.color, this, tr("Persona Colour"));
    if (color.isValid()) {
        m_persona.color = color;
        updatePreview();
    }
}

Persona PersonaDialog::persona() const
{
    Persona p = m_persona;
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.goals = m_goals->toPlainText().trimmed();
    p.frustrations = m_frustrations->toPlainText().trimmed();
    p.quote = m_quote->text().trimmed();
    QStringList segments;
    for (const QString &s : m_segments->text().split(QLatin1Char(','))) {
        if (!s.trimmed().isEmpty() && !segments.contains(s.trimmed()))
            segments.append(s.trimmed());
    }
    p.segments = segments;
    return p;
}

} // namespace Waymark
