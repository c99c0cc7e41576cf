#include "mapimagedialog.h"

#include "project/project.h"
#include "projectfileservice.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Waymark {

MapImageDialog::MapImageDialog(Project &project, MetricsEngine *engine, Id journeyId,
                               const QList<Id> &selectedCardIds, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_engine(engine)
    , m_journeyId(journeyId)
    , m_selection(selectedCardIds)
    , m_format(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_dpi(new QLabel(this))
    , m_background(new QComboBox(this))
    , m_whole(new QRadioButton(tr("The &whole journey"), this))
    , m_selected(new QRadioButton(tr("The &selected cards"), this))
{
    setWindowTitle(tr("Export Map Image"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.25);
    m_scale->setValue(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setAccessibleName(tr("Scale"));
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);
    m_whole->setChecked(true);
    m_selected->setEnabled(!m_selection.isEmpty());
    if (!m_selection.isEmpty())
        m_selected->setText(tr("The &selected cards (%1)").arg(m_selection.size()));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_whole);
    scope->addButton(m_selected);

    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_dpi);
    scaleRow->addStretch();
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_whole);
    scopeBox->addWidget(m_selected);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("S&cale:"), scaleRow);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("Show:"), scopeBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &MapImageDialog::exportImage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &MapImageDialog::updateControls);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &MapImageDialog::updateControls);
    updateControls();
}

bool MapImageDialog::isSvg() const
{
    return m_format->currentData().toString() == QLatin1String("svg");
}

void MapImageDialog::updateControls()
{
    m_scale->setEnabled(!isSvg());
    m_dpi->setText(isSvg() ? QString() : tr("%1 dpi").arg(qRound(96 * m_scale->value())));
}

MapImageExporter::Options MapImageDialog::options() const
{
    MapImageExporter::Options o;
    o.journeyId = m_journeyId;
    if (m_selected->isChecked())
        o.cardIds = m_selection;
    o.scale = m_scale->value();
    o.transparent = m_background->currentData().toBool();
    return o;
}

void MapImageDialog::exportImage()
{
    const bool svg = isSvg();
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Map Image"),
        QFileInfo(m_project.filePath()).completeBaseName() + QStringLiteral("-map") + suffix,
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = svg ? MapImageExporter::writeSvg(m_project, m_engine, options(), path, &error)
                        : MapImageExporter::writePng(m_project, m_engine, options(), path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        ProjectFileService::showError(this, tr("Cannot export the map"), error);
        return;
    }
    accept();
}

} // namespace Waymark
