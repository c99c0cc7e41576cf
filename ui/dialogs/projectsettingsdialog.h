#pragma once

#include "domain/enums.h"

#include <QDialog>
#include <QHash>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Waymark {

class Project;

// Project settings: title, client and author (for reports), branding (accent colour and
// logo) and the score thresholds that colour badges, stage totals and the heatmap. OK
// applies all changes as one undo step.
class ProjectSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectSettingsDialog(Project &project, QWidget *parent = nullptr);

    // Reads an image file for the logo: scaled down to fit 1024 px and stored as PNG.
    // Null (and an error sentence) when the file is not an image.
    static QByteArray loadLogo(const QString &path, QString *error);

    void accept() override;

private:
    void chooseLogo();
    void updateLogoPreview();

    Project &m_project;
    QLineEdit *m_title;
    QLineEdit *m_client;
    QLineEdit *m_author;
    QPushButton *m_accent;
    QColor m_accentColor;
    QLabel *m_logoPreview;
    QByteArray m_logo;
    struct ThresholdEditors
    {
        QDoubleSpinBox *fair;
        QDoubleSpinBox *good;
    };
    QHash<int, ThresholdEditors> m_thresholds; // by Metric
};

} // namespace Waymark
