#include "projectsettingsdialog.h"

#include "commands/setsettingcommand.h"
#include "metrics/thresholds.h"
#include "project/project.h"
#include "projectfileservice.h"

#include <QBuffer>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr qint64 MaxLogoFileBytes = 20 * 1024 * 1024;
constexpr int MaxLogoPixels = 1024;
} // namespace

ProjectSettingsDialog::ProjectSettingsDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_title(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_accent(new QPushButton(this))
    , m_logoPreview(new QLabel(this))
{
    setWindowTitle(tr("Project Settings"));
    m_title->setText(project.setting(QStringLiteral("title")).toString());
    m_title->setPlaceholderText(project.title());
    m_client->setText(project.setting(QStringLiteral("client")).toString());
    m_author->setText(project.setting(QStringLiteral("author")).toString());
    m_accentColor
        = QColor::fromString(project.setting(QStringLiteral("branding/accent")).toString());
    m_logo = project.setting(QStringLiteral("branding/logo")).toByteArray();

    auto *general = new QGroupBox(tr("Project"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Title:"), m_title);
    generalForm->addRow(tr("&Client:"), m_client);
    generalForm->addRow(tr("&Author:"), m_author);

    auto *branding = new QGroupBox(tr("Branding for reports"), this);
    auto *brandingForm = new QFormLayout(branding);
    auto *chooseLogo = new QPushButton(tr("Choose &Logo…"), branding);
    auto *removeLogo = new QPushButton(tr("Remove Logo"), branding);
    m_logoPreview->setFixedSize(160, 64);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();
    brandingForm->addRow(tr("Accent &colour:"), m_accent);
    brandingForm->addRow(tr("Logo:"), logoRow);

    auto *thresholds = new QGroupBox(tr("Score colours"), this);
    auto *grid = new QGridLayout(thresholds);
    grid->addWidget(new QLabel(tr("Fair from"), thresholds), 0, 1);
    grid->addWidget(new QLabel(tr("Good from"), thresholds), 0, 2);
    int row = 1;
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        const ScoreThresholds t = ScoreThresholds::of(project, metric);
        auto *fair = new QDoubleSpinBox(thresholds);
        auto *good = new QDoubleSpinBox(thresholds);
        const double low = metric == Metric::Nps ? -100 : 0;
        const double high = metric == Metric::Csat || metric == Metric::Nps ? 100 : 10;
        for (QDoubleSpinBox *box : {fair, good}) {
            box->setRange(low, high);
            box->setDecimals(1);
        }
        fair->setValue(t.fair);
        good->setValue(t.good);
        fair->setAccessibleName(tr("%1 fair from").arg(enumLabel(metric)));
        good->setAccessibleName(tr("%1 good from").arg(enumLabel(metric)));
        grid->addWidget(new QLabel(enumLabel(metric), thresholds), row, 0);
        grid->addWidget(fair, row, 1);
        grid->addWidget(good, row, 2);
        m_thresholds.insert(int(metric), {fair, good});
        ++row;
    }
    grid->addWidget(new QLabel(tr("NPS in points, CSAT in % top-two-box, CES and rating as the "
                                  "mean score."),
                               thresholds),
                    row, 0, 1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(branding);
    layout->addWidget(thresholds);
    layout->addWidget(buttons);

    const auto paintAccent = [this] {
        QPixmap swatch(32, 16);
        swatch.fill(m_accentColor.isValid() ? m_accentColor : Qt::transparent);
        m_accent->setIcon(QIcon(swatch));
        m_accent->setText(m_accentColor.isValid() ? m_accentColor.name() : tr("Default"));
    };
    paintAccent();
    updateLogoPreview();
    connect(m_accent, &QPushButton::clicked, this, [this, paintAccent] {
        const QColor color = QColorDialog::getColor(
            m_accentColor.isValid() ? m_accentColor : QColor(0x1f, 0x6f, 0xeb), this,
            tr("Accent colour"));
        if (color.isValid()) {
            m_accentColor = color;
            paintAccent();
        }
    });
    connect(chooseLogo, &QPushButton::clicked, this, &ProjectSettingsDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogoPreview();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectSettingsDialog::reject);
    const bool editable = project.isEditable();
    for (QWidget *w : {static_cast<QWidget *>(general), static_cast<QWidget *>(branding),
                       static_cast<QWidget *>(thresholds)})
        w->setEnabled(editable);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
}

QByteArray ProjectSettingsDialog::loadLogo(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        if (error)
            *error = tr("“%1” does not exist.").arg(name);
        return {};
    }
    if (info.size() > MaxLogoFileBytes) {
        if (error)
            *error = tr("“%1” is larger than 20 MB; please choose a smaller image.").arg(name);
        return {};
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    // Refuse images that would take gigabytes to decode.
    reader.setAllocationLimit(256);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("“%1” is not an image Waymark can read (%2). Please choose a PNG, "
                        "JPEG or SVG file.")
                         .arg(name, reader.errorString());
        return {};
    }
    if (image.width() > MaxLogoPixels || image.height() > MaxLogoPixels)
        image = image.scaled(MaxLogoPixels, MaxLogoPixels, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void ProjectSettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Logo"), {},
        tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray logo = loadLogo(path, &error);
    if (logo.isEmpty()) {
        ProjectFileService::showError(this, tr("Cannot use this logo"), error);
        return;
    }
    m_logo = logo;
    updateLogoPreview();
}

void ProjectSettingsDialog::updateLogoPreview()
{
    QImage image;
    if (!m_logo.isEmpty())
        image.loadFromData(m_logo, "PNG");
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    m_logoPreview->setPixmap(QPixmap::fromImage(
        image.scaled(m_logoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ProjectSettingsDialog::accept()
{
    auto *macro = new QUndoCommand(tr("Change project settings"));
    const auto set = [this, macro](const QString &key, const QVariant &value) {
        const QVariant current = m_project.setting(key);
        const bool emptyNow
            = value.isNull()
              || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
        if (emptyNow && current.isNull())
            return;
        if (current == value)
            return;
        new SetSettingCommand(m_project, key, emptyNow ? QVariant() : value, {}, macro);
    };
    set(QStringLiteral("title"), m_title->text().trimmed());
    set(QStringLiteral("client"), m_client->text().trimmed());
    set(QStringLiteral("author"), m_author->text().trimmed());
    set(QStringLiteral("branding/accent"),
        m_accentColor.isValid() ? QVariant(m_accentColor.name()) : QVariant());
    set(QStringLiteral("branding/logo"), m_logo.isEmpty() ? QVariant() : QVariant(m_logo));
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        const Metric metric = Metric(it.key());
        ScoreThresholds t{it->fair->value(), qMax(it->fair->value(), it->good->value())};
        const ScoreThresholds defaults = ScoreThresholds::defaults(metric);
        const bool isDefault = qFuzzyCompare(t.fair + 1000, defaults.fair + 1000)
                               && qFuzzyCompare(t.good + 1000, defaults.good + 1000);
        set(ScoreThresholds::settingKey(metric), isDefault ? QVariant() : QVariant(t.toText()));
    }
    if (macro->childCount() > 0)
        m_project.execute(macro);
    else
        delete macro;
    QDialog::accept();
}

} // namespace Waymark
