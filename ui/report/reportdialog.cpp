#include "reportdialog.h"

#include "metrics/metricsengine.h"
#include "project/project.h"
#include "projectfileservice.h"
#include "reportservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Waymark {

ReportDialog::ReportDialog(Project &project, MetricsEngine *engine, Id journeyId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_engine(engine)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_journey(new QComboBox(this))
    , m_period(new QCheckBox(tr("Only responses &from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_segment(new QComboBox(this))
    , m_persona(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_preview(nullptr)
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Report"));
    m_printer->setFullPage(true);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setAccessibleName(tr("Preview of the report"));

    for (const Journey &j : project.journeys())
        m_journey->addItem(j.name.left(120), j.id);
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(journeyId)));

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-3));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();

    m_segment->addItem(tr("All segments"), QString());
    // Personas stand for the responses of their segments; one without segments cannot
    // filter anything and is left out.
    m_persona->addItem(tr("All customers"), NoId);
    for (const Persona &persona : project.personas()) {
        if (!personaSegments(persona).isEmpty())
            m_persona->addItem(persona.name.left(80), persona.id);
    }
    m_persona->setEnabled(m_persona->count() > 1);
    m_paper->addItem(tr("A4"), int(ReportOptions::Paper::A4));
    m_paper->addItem(tr("Letter"), int(ReportOptions::Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(ReportOptions::defaultPaper())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Journey:"), m_journey);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("P&ersona:"), m_persona);
    form->addRow(tr("&Paper:"), m_paper);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (ReportOptions::Section section : ReportOptions::sectionList()) {
        auto *box = new QCheckBox(ReportOptions::sectionLabel(section), sections);
        box->setChecked(true);
        box->setProperty("section", int(section));
        sectionLayout->addWidget(box);
        m_sections.append(box);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    }

    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton
        = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(sections);
    left->addWidget(m_problem);
    left->addStretch();
    auto *main = new QHBoxLayout;
    main->addLayout(left, 0);
    main->addWidget(m_preview, 1);
    auto *root = new QVBoxLayout(this);
    root->addLayout(main);
    root->addWidget(buttons);
    resize(1100, 760);

    // Segments with responses in the journey.
    const auto fillSegments = [this] {
        const QString current = m_segment->currentData().toString();
        while (m_segment->count() > 1)
            m_segment->removeItem(1);
        MetricFilter filter;
        filter.journeyId = m_journey->currentData().toLongLong();
        QList<QString> seen;
        for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
            for (const MetricsEngine::Group &g :
                 m_engine->breakdown(metric, MetricsEngine::GroupBy::Segment, filter)) {
                if (!g.key.text.isEmpty() && !seen.contains(g.key.text))
                    seen.append(g.key.text);
            }
        }
        for (const QString &s : std::as_const(seen))
            m_segment->addItem(s.left(80), s);
        m_segment->setCurrentIndex(qMax(0, m_segment->findData(current)));
    };
    fillSegments();

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);
    connect(m_journey, &QComboBox::currentIndexChanged, this, [this, fillSegments] {
        fillSegments();
        schedulePreview();
    });
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        schedulePreview();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_persona, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    updatePaper();
}

ReportDialog::~ReportDialog() = default;

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.journeyId = m_journey->currentData().toLongLong();
    if (m_period->isChecked()) {
        o.from = m_from->date();
        o.to = m_to->date();
    }
    o.segment = m_segment->currentData().toString();
    const Id personaId = m_persona->currentData().toLongLong();
    if (personaId != NoId) {
        const Persona persona = m_project.persona(personaId);
        o.persona = persona.name;
        o.personaSegments = personaSegments(persona);
    }
    o.paper = ReportOptions::Paper(m_paper->currentData().toInt());
    o.sections = {};
    for (QCheckBox *box : m_sections) {
        if (box->isChecked())
            o.sections |= ReportOptions::Section(box->property("section").toInt());
    }
    return o;
}

void ReportDialog::updatePaper()
{
    m_printer->setPageSize(ReportOptions::pageSize(options().paper));
}

void ReportDialog::schedulePreview()
{
    updatePaper();
    m_previewTimer->start();
}

void ReportDialog::paintPreview(QPrinter *printer)
{
    const ReportOptions o = options();
    QString error;
    if (!o.sections) {
        error = tr("Choose at least one section.");
    } else {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const bool ok = ReportService::print(m_project, m_engine, o, printer, &error);
        QGuiApplication::restoreOverrideCursor();
        if (ok)
            error.clear();
    }
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
}

void ReportDialog::exportPdf()
{
    const ReportOptions o = options();
    if (!o.sections) {
        ProjectFileService::showError(this, tr("Cannot export the report"),
                                      tr("Choose at least one section."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"),
        QFileInfo(m_project.filePath()).completeBaseName() + QStringLiteral("-report.pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    // Rendering happens here (the map scene lives on this thread); a modal progress dialog
    // keeps the window painted and offers Cancel between pages.
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    const bool ok = ReportService::writePdf(m_project, m_engine, o, path, &error, nullptr,
                                            [&progress](int page, int pages) {
                                                progress.setMaximum(pages);
                                                progress.setValue(page);
                                                return !progress.wasCanceled();
                                            });
    QGuiApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!ok && cancelled)
        return;
    if (!ok) {
        ProjectFileService::showError(this, tr("Cannot export the report"), error);
        return;
    }
    accept();
}

void ReportDialog::print()
{
    ReportOptions o = options();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ReportOptions::pageSize(o.paper));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The paper chosen in the print dialog wins (the report knows A4 and Letter).
    o.paper = printer.pageLayout().pageSize().id() == QPageSize::Letter
                  ? ReportOptions::Paper::Letter
                  : ReportOptions::Paper::A4;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportService::print(m_project, m_engine, o, &printer, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        ProjectFileService::showError(this, tr("Cannot print the report"), error);
}

} // namespace Waymark
