#pragma once

#include "mapimageexporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;

namespace Waymark {

class MetricsEngine;
class Project;

// File > Export Map Image: PNG (scale, white or transparent background) or SVG, of the
// whole journey or of the selected cards; writes through MapImageExporter.
class MapImageDialog : public QDialog
{
    Q_OBJECT

public:
    MapImageDialog(Project &project, MetricsEngine *engine, Id journeyId,
                   const QList<Id> &selectedCardIds, QWidget *parent = nullptr);

    MapImageExporter::Options options() const;
    bool isSvg() const;

public Q_SLOTS:
    void exportImage();

private:
    void updateControls();

    Project &m_project;
    MetricsEngine *m_engine;
    Id m_journeyId;
    QList<Id> m_selection;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QLabel *m_dpi;
    QComboBox *m_background;
    QRadioButton *m_whole;
    QRadioButton *m_selected;
};

} // namespace Waymark
