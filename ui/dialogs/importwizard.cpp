#include "importwizard.h"

#include "commands/importfeedbackcommand.h"
#include "project/project.h"
#include "projectfileservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Waymark {

namespace {

// Column roles of the long layout, in the order they are shown.
struct Role
{
    const char *key;
    const char *label;
};

constexpr Role longRoles[] = {
    {"touchpoint", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Touchpoint:")},
    {"stage", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Stage:")},
    {"score", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "S&core:")},
    {"metric", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Metric:")},
    {"date", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Date:")},
    {"comment", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "C&omment:")},
    {"segment", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "Se&gment:")},
    {"respondent", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Respondent:")},
    {"channel", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "C&hannel:")},
};

constexpr Role commonRoles[] = {
    {"date", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Date:")},
    {"comment", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "C&omment:")},
    {"segment", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "Se&gment:")},
    {"respondent", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "&Respondent:")},
    {"channel", QT_TRANSLATE_NOOP("Waymark::ImportWizard", "C&hannel:")},
};

QString roleColumn(const ImportMapping &m, const QString &role)
{
    if (role == QLatin1String("touchpoint"))
        return m.touchpointColumn;
    if (role == QLatin1String("stage"))
        return m.stageColumn;
    if (role == QLatin1String("score"))
        return m.scoreColumn;
    if (role == QLatin1String("metric"))
        return m.metricColumn;
    if (role == QLatin1String("date"))
        return m.dateColumn;
    if (role == QLatin1String("comment"))
        return m.commentColumn;
    if (role == QLatin1String("segment"))
        return m.segmentColumn;
    if (role == QLatin1String("respondent"))
        return m.respondentColumn;
    if (role == QLatin1String("channel"))
        return m.channelColumn;
    return {};
}

void setRoleColumn(ImportMapping &m, const QString &role, const QString &column)
{
    if (role == QLatin1String("touchpoint"))
        m.touchpointColumn = column;
    else if (role == QLatin1String("stage"))
        m.stageColumn = column;
    else if (role == QLatin1String("score"))
        m.scoreColumn = column;
    else if (role == QLatin1String("metric"))
        m.metricColumn = column;
    else if (role == QLatin1String("date"))
        m.dateColumn = column;
    else if (role == QLatin1String("comment"))
        m.commentColumn = column;
    else if (role == QLatin1String("segment"))
        m.segmentColumn = column;
    else if (role == QLatin1String("respondent"))
        m.respondentColumn = column;
    else if (role == QLatin1String("channel"))
        m.channelColumn = column;
}

void fillColumnCombo(QComboBox *combo, const QStringList &header, const QString &selected)
{
    combo->clear();
    combo->addItem(ImportWizard::tr("(not in the file)"), QString());
    for (const QString &column : header)
        combo->addItem(column, column);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

enum WideColumnIndex { WideUse, WideColumnName, WideStage, WideTouchpoint };

} // namespace

// --- Pages ---------------------------------------------------------------------------------

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose the feedback file"));
        setSubTitle(ImportWizard::tr("A CSV, TSV or semicolon-separated export from a survey "
                                     "tool or review site. Encoding and separator are detected; "
                                     "change them if the preview looks wrong."));
        wizard->m_path = new QLineEdit(this);
        wizard->m_path->setObjectName(QStringLiteral("path"));
        wizard->m_path->setAccessibleName(ImportWizard::tr("File"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        wizard->m_encoding = new QComboBox(this);
        wizard->m_encoding->setObjectName(QStringLiteral("encoding"));
        wizard->m_encoding->addItem(ImportWizard::tr("Detect"), QByteArray());
        for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"})
            wizard->m_encoding->addItem(QString::fromLatin1(name), QByteArray(name));
        wizard->m_delimiter = new QComboBox(this);
        wizard->m_delimiter->setObjectName(QStringLiteral("delimiter"));
        wizard->m_delimiter->addItem(ImportWizard::tr("Detect"), QString());
        wizard->m_delimiter->addItem(ImportWizard::tr("Comma"), QStringLiteral(","));
        wizard->m_delimiter->addItem(ImportWizard::tr("Semicolon"), QStringLiteral(";"));
        wizard->m_delimiter->addItem(ImportWizard::tr("Tab"), QStringLiteral("\t"));
        wizard->m_delimiter->addItem(ImportWizard::tr("Pipe"), QStringLiteral("|"));
        wizard->m_detected = new QLabel(this);
        wizard->m_detected->setObjectName(QStringLiteral("detected"));
        wizard->m_detected->setTextFormat(Qt::PlainText);
        wizard->m_detected->setWordWrap(true);
        wizard->m_previewTable = new QTableWidget(this);
        wizard->m_previewTable->setObjectName(QStringLiteral("preview"));
        wizard->m_previewTable->setAccessibleName(ImportWizard::tr("Preview"));
        wizard->m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        wizard->m_previewTable->setWordWrap(false);

        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(wizard->m_path, 1);
        pathRow->addWidget(browse);
        auto *form = new QFormLayout;
        form->addRow(ImportWizard::tr("&File:"), pathRow);
        form->addRow(ImportWizard::tr("&Encoding:"), wizard->m_encoding);
        form->addRow(ImportWizard::tr("&Separator:"), wizard->m_delimiter);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(wizard->m_detected);
        layout->addWidget(wizard->m_previewTable, 1);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import Feedback"), m_wizard->filePath(),
                ImportWizard::tr("Feedback files (*.csv *.tsv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_wizard->setFilePath(path);
        });
        connect(wizard->m_path, &QLineEdit::editingFinished, wizard, &ImportWizard::reloadPreview);
        connect(wizard->m_encoding, &QComboBox::activated, wizard, &ImportWizard::reloadPreview);
        connect(wizard->m_delimiter, &QComboBox::activated, wizard, &ImportWizard::reloadPreview);
    }

    bool isComplete() const override
    {
        return m_wizard->m_preview.error.isEmpty() && !m_wizard->m_preview.header.isEmpty();
    }

    void refresh() { Q_EMIT completeChanged(); }

private:
    ImportWizard *m_wizard;
};

class ImportLayoutPage : public QWizardPage
{
public:
    explicit ImportLayoutPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("How is the file laid out?"));
        wizard->m_journey = new QComboBox(this);
        wizard->m_journey->setObjectName(QStringLiteral("journey"));
        wizard->m_journey->setAccessibleName(ImportWizard::tr("Journey"));
        wizard->m_long = new QRadioButton(ImportWizard::tr("&Long: one response per row, with "
                                                           "columns for touchpoint and score"),
                                          this);
        wizard->m_wide = new QRadioButton(ImportWizard::tr("&Wide: one respondent per row, one "
                                                           "column per touchpoint question"),
                                          this);
        wizard->m_long->setObjectName(QStringLiteral("layoutLong"));
        wizard->m_wide->setObjectName(QStringLiteral("layoutWide"));
        auto *note = new QLabel(ImportWizard::tr("Most survey tools export the wide layout: a "
                                                 "row per respondent with a rating column for "
                                                 "each question. Review sites and data "
                                                 "warehouses usually give the long one."),
                                this);
        note->setWordWrap(true);
        auto *form = new QFormLayout;
        form->addRow(ImportWizard::tr("&Journey:"), wizard->m_journey);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addSpacing(8);
        layout->addWidget(wizard->m_long);
        layout->addWidget(wizard->m_wide);
        layout->addWidget(note);
        layout->addStretch();
    }

    void initializePage() override
    {
        const bool wide = m_wizard->m_guess.layout == ImportMapping::Layout::Wide;
        m_wizard->m_wide->setChecked(wide);
        m_wizard->m_long->setChecked(!wide);
    }

private:
    ImportWizard *m_wizard;
};

class ImportColumnsPage : public QWizardPage
{
public:
    explicit ImportColumnsPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Which columns hold what?"));
        setSubTitle(ImportWizard::tr("Waymark guessed from the column names; correct what it "
                                     "got wrong."));
        wizard->m_columnPages = new QStackedWidget(this);

        auto *longPage = new QWidget(wizard->m_columnPages);
        auto *longForm = new QFormLayout(longPage);
        for (const Role &role : longRoles) {
            auto *combo = new QComboBox(longPage);
            combo->setObjectName(QStringLiteral("long-") + QLatin1String(role.key));
            longForm->addRow(QCoreApplication::translate("Waymark::ImportWizard", role.label),
                             combo);
            wizard->m_longColumns.insert(QString::fromLatin1(role.key), combo);
        }
        wizard->m_columnPages->addWidget(longPage);

        auto *widePage = new QWidget(wizard->m_columnPages);
        auto *wideLayout = new QVBoxLayout(widePage);
        auto *wideNote = new QLabel(ImportWizard::tr("Tick the columns that hold scores; each "
                                                     "becomes responses on one touchpoint."),
                                    widePage);
        wideNote->setWordWrap(true);
        wizard->m_wideTable = new QTableWidget(0, 4, widePage);
        wizard->m_wideTable->setObjectName(QStringLiteral("wideColumns"));
        wizard->m_wideTable->setAccessibleName(ImportWizard::tr("Score columns"));
        wizard->m_wideTable->setHorizontalHeaderLabels(
            {ImportWizard::tr("Score"), ImportWizard::tr("Column"), ImportWizard::tr("Stage"),
             ImportWizard::tr("Touchpoint")});
        wizard->m_wideTable->horizontalHeader()->setSectionResizeMode(WideTouchpoint,
                                                                      QHeaderView::Stretch);
        wizard->m_wideTable->verticalHeader()->hide();
        auto *commonForm = new QFormLayout;
        for (const Role &role : commonRoles) {
            auto *combo = new QComboBox(widePage);
            combo->setObjectName(QStringLiteral("wide-") + QLatin1String(role.key));
            commonForm->addRow(QCoreApplication::translate("Waymark::ImportWizard", role.label),
                               combo);
            wizard->m_commonColumns.insert(QString::fromLatin1(role.key), combo);
        }
        wideLayout->addWidget(wideNote);
        wideLayout->addWidget(wizard->m_wideTable, 1);
        wideLayout->addLayout(commonForm);
        wizard->m_columnPages->addWidget(widePage);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_columnPages);
    }

    void initializePage() override
    {
        ImportWizard *w = m_wizard;
        const QStringList header = w->m_preview.header;
        const bool wide = w->m_wide->isChecked();
        w->m_columnPages->setCurrentIndex(wide ? 1 : 0);
        for (auto it = w->m_longColumns.cbegin(); it != w->m_longColumns.cend(); ++it)
            fillColumnCombo(it.value(), header, roleColumn(w->m_guess, it.key()));
        for (auto it = w->m_commonColumns.cbegin(); it != w->m_commonColumns.cend(); ++it)
            fillColumnCombo(it.value(), header, roleColumn(w->m_guess, it.key()));

        QStringList stages;
        for (const Stage &s : w->m_project.stages(w->m_journey->currentData().toLongLong()))
            stages.append(s.name);
        QTableWidget *table = w->m_wideTable;
        table->setRowCount(int(header.size()));
        for (int row = 0; row < header.size(); ++row) {
            const QString column = header.at(row);
            const auto guessed
                = std::find_if(w->m_guess.wideColumns.cbegin(), w->m_guess.wideColumns.cend(),
                               [&column](const auto &c) { return c.column == column; });
            const bool used = guessed != w->m_guess.wideColumns.cend();
            auto *use = new QTableWidgetItem;
            use->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            use->setCheckState(used ? Qt::Checked : Qt::Unchecked);
            table->setItem(row, WideUse, use);
            auto *name = new QTableWidgetItem(column);
            name->setFlags(Qt::ItemIsEnabled);
            table->setItem(row, WideColumnName, name);
            auto *stage = new QComboBox(table);
            stage->addItems(stages);
            if (used && !guessed->stage.isEmpty())
                stage->setCurrentText(guessed->stage);
            table->setCellWidget(row, WideStage, stage);
            table->setItem(row, WideTouchpoint,
                           new QTableWidgetItem(used && !guessed->touchpoint.isEmpty()
                                                    ? guessed->touchpoint
                                                    : column));
        }
        table->resizeColumnsToContents();
    }

    bool validatePage() override
    {
        const ImportMapping m = m_wizard->mapping();
        QString problem;
        if (m.layout == ImportMapping::Layout::Long && m.scoreColumn.isEmpty())
            problem = ImportWizard::tr("Choose the column that holds the scores.");
        if (m.layout == ImportMapping::Layout::Wide && m.wideColumns.isEmpty())
            problem = ImportWizard::tr("Tick at least one column that holds scores.");
        if (!problem.isEmpty()) {
            ProjectFileService::showError(this, ImportWizard::tr("Columns"), problem);
            return false;
        }
        return true;
    }

private:
    ImportWizard *m_wizard;
};

class ImportScalesPage : public QWizardPage
{
public:
    explicit ImportScalesPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Scales and missing answers"));
        wizard->m_metric = new QComboBox(this);
        wizard->m_metric->setObjectName(QStringLiteral("metric"));
        for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating})
            wizard->m_metric->addItem(enumLabel(metric), int(metric));
        wizard->m_scaleMin = new QDoubleSpinBox(this);
        wizard->m_scaleMin->setObjectName(QStringLiteral("scaleMin"));
        wizard->m_scaleMin->setAccessibleName(ImportWizard::tr("Bottom of the scale"));
        wizard->m_scaleMax = new QDoubleSpinBox(this);
        wizard->m_scaleMax->setObjectName(QStringLiteral("scaleMax"));
        wizard->m_scaleMax->setAccessibleName(ImportWizard::tr("Top of the scale"));
        for (QDoubleSpinBox *box : {wizard->m_scaleMin, wizard->m_scaleMax}) {
            box->setRange(-1000, 1000);
            box->setDecimals(0);
        }
        wizard->m_noAnswer = new QLineEdit(this);
        wizard->m_noAnswer->setObjectName(QStringLiteral("noAnswer"));
        wizard->m_noAnswer->setPlaceholderText(ImportWizard::tr("e.g. 0, Don't know"));
        wizard->m_dateFormat = new QComboBox(this);
        wizard->m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
        wizard->m_dateFormat->addItem(ImportWizard::tr("Detect from the data"), QString());
        wizard->m_dateFormat->addItem(ImportWizard::tr("2026-03-31"), QStringLiteral("yyyy-MM-dd"));
        wizard->m_dateFormat->addItem(ImportWizard::tr("31/03/2026 (day first)"),
                                      QStringLiteral("dd/MM/yyyy"));
        wizard->m_dateFormat->addItem(ImportWizard::tr("03/31/2026 (month first)"),
                                      QStringLiteral("MM/dd/yyyy"));
        wizard->m_dateFormat->addItem(ImportWizard::tr("March 2026 (month and year)"),
                                      QStringLiteral("MMMM yyyy"));
        wizard->m_create = new QCheckBox(ImportWizard::tr("Create &touchpoints that are not on "
                                                          "the map yet"),
                                         this);
        wizard->m_create->setObjectName(QStringLiteral("createTouchpoints"));
        wizard->m_create->setChecked(true);
        wizard->m_strict = new QCheckBox(ImportWizard::tr("Import nothing if any row is "
                                                          "re&jected"),
                                         this);
        wizard->m_strict->setObjectName(QStringLiteral("strict"));
        auto *scaleRow = new QHBoxLayout;
        scaleRow->addWidget(wizard->m_scaleMin);
        scaleRow->addWidget(new QLabel(ImportWizard::tr("to"), this));
        scaleRow->addWidget(wizard->m_scaleMax);
        scaleRow->addStretch();
        auto *form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("&Metric of the scores:"), wizard->m_metric);
        form->addRow(ImportWizard::tr("Sc&ale:"), scaleRow);
        form->addRow(ImportWizard::tr("&No answer also means:"), wizard->m_noAnswer);
        form->addRow(ImportWizard::tr("&Dates:"), wizard->m_dateFormat);
        form->addRow(QString(), wizard->m_create);
        form->addRow(QString(), wizard->m_strict);
        auto *note = new QLabel(ImportWizard::tr("Empty cells, “NA” and “N/A” are always "
                                                 "skipped as no answer and never enter a "
                                                 "score. Values outside the scale are "
                                                 "rejected with their line number."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
        // Any change of the metric (a click, the keyboard, a program) sets its scale.
        connect(wizard->m_metric, &QComboBox::currentIndexChanged, this, [this] {
            const auto [low, high]
                = ImportMapping::standardScale(Metric(m_wizard->m_metric->currentData().toInt()));
            m_wizard->m_scaleMin->setValue(low);
            m_wizard->m_scaleMax->setValue(high);
        });
    }

    void initializePage() override
    {
        const Metric metric
            = m_wizard->m_guess.metric == Metric::None ? Metric::Nps : m_wizard->m_guess.metric;
        m_wizard->m_metric->setCurrentIndex(m_wizard->m_metric->findData(int(metric)));
        const auto [low, high]
            = m_wizard->m_guess.scale.value_or(ImportMapping::standardScale(metric));
        m_wizard->m_scaleMin->setValue(low);
        m_wizard->m_scaleMax->setValue(high);
    }

    bool validatePage() override
    {
        if (m_wizard->m_scaleMax->value() <= m_wizard->m_scaleMin->value()) {
            ProjectFileService::showError(this, ImportWizard::tr("Scale"),
                                          ImportWizard::tr("The top of the scale must be above "
                                                           "its bottom."));
            return false;
        }
        return true;
    }

private:
    ImportWizard *m_wizard;
};

class ImportMatchPage : public QWizardPage
{
public:
    explicit ImportMatchPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Touchpoints"));
        // Next starts the import: from then on there is no way back, only Cancel.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        setSubTitle(ImportWizard::tr("Responses go to the touchpoints of the map with the same "
                                     "title (ignoring case and spaces)."));
        wizard->m_existing = new QListWidget(this);
        wizard->m_existing->setObjectName(QStringLiteral("existing"));
        wizard->m_existing->setAccessibleName(ImportWizard::tr("Touchpoints found on the map"));
        wizard->m_created = new QListWidget(this);
        wizard->m_created->setObjectName(QStringLiteral("created"));
        wizard->m_created->setAccessibleName(ImportWizard::tr("Touchpoints to create"));
        wizard->m_matchNote = new QLabel(this);
        wizard->m_matchNote->setObjectName(QStringLiteral("matchNote"));
        wizard->m_matchNote->setWordWrap(true);
        wizard->m_matchNote->setTextFormat(Qt::PlainText);
        auto *columns = new QHBoxLayout;
        auto *left = new QVBoxLayout;
        left->addWidget(new QLabel(ImportWizard::tr("On the map"), this));
        left->addWidget(wizard->m_existing);
        auto *right = new QVBoxLayout;
        right->addWidget(new QLabel(ImportWizard::tr("To be created"), this));
        right->addWidget(wizard->m_created);
        columns->addLayout(left);
        columns->addLayout(right);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(columns, 1);
        layout->addWidget(wizard->m_matchNote);
    }

    void initializePage() override
    {
        ImportWizard *w = m_wizard;
        const FeedbackImporter::TouchpointMatch match = FeedbackImporter::matchTouchpoints(
            w->m_project.document(), w->filePath(), w->mapping());
        w->m_existing->clear();
        w->m_created->clear();
        w->m_existing->addItems(match.existing);
        for (const auto &[stage, title] : match.created)
            w->m_created->addItem(ImportWizard::tr("%1 (in %2)").arg(title, stage));
        QStringList notes;
        if (!match.error.isEmpty())
            notes.append(match.error);
        if (!match.missingStages.isEmpty())
            notes.append(ImportWizard::tr("These stages are not in the journey, so their rows "
                                          "will be rejected: %1.")
                             .arg(match.missingStages.join(QStringLiteral(", "))));
        if (!match.created.isEmpty() && !w->m_create->isChecked())
            notes.append(ImportWizard::tr("Creating touchpoints is off: rows for touchpoints "
                                          "that are not on the map will be rejected."));
        if (match.existing.isEmpty() && match.created.isEmpty())
            notes.append(ImportWizard::tr("No touchpoint column: every response counts for the "
                                          "journey as a whole."));
        w->m_matchNote->setText(notes.join(QLatin1Char('\n')));
    }

private:
    ImportWizard *m_wizard;
};

class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Importing"));
        wizard->m_progress = new QProgressBar(this);
        wizard->m_progress->setObjectName(QStringLiteral("progress"));
        wizard->m_progress->setRange(0, 1000);
        wizard->m_progress->setAccessibleName(ImportWizard::tr("Import progress"));
        wizard->m_runStatus = new QLabel(this);
        wizard->m_runStatus->setObjectName(QStringLiteral("runStatus"));
        wizard->m_runStatus->setWordWrap(true);
        wizard->m_runStatus->setTextFormat(Qt::PlainText);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_progress);
        layout->addWidget(wizard->m_runStatus);
        layout->addStretch();
    }

    void initializePage() override { m_wizard->startImport(); }

    bool isComplete() const override { return m_wizard->m_started && !m_wizard->isRunning(); }

    void refresh() { Q_EMIT completeChanged(); }

private:
    ImportWizard *m_wizard;
};

class ImportSummaryPage : public QWizardPage
{
public:
    explicit ImportSummaryPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Done"));
        setFinalPage(true);
        wizard->m_summary = new QLabel(this);
        wizard->m_summary->setObjectName(QStringLiteral("summary"));
        wizard->m_summary->setWordWrap(true);
        wizard->m_summary->setTextFormat(Qt::PlainText);
        wizard->m_warnings = new QListWidget(this);
        wizard->m_warnings->setObjectName(QStringLiteral("warnings"));
        wizard->m_warnings->setAccessibleName(ImportWizard::tr("Warnings"));
        wizard->m_warnings->setMaximumHeight(100);
        wizard->m_rejects = new QTableWidget(0, 2, this);
        wizard->m_rejects->setObjectName(QStringLiteral("rejects"));
        wizard->m_rejects->setAccessibleName(ImportWizard::tr("Rejected rows"));
        wizard->m_rejects->setHorizontalHeaderLabels(
            {ImportWizard::tr("Line"), ImportWizard::tr("Reason")});
        wizard->m_rejects->horizontalHeader()->setStretchLastSection(true);
        wizard->m_rejects->verticalHeader()->hide();
        wizard->m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
        wizard->m_saveRejects = new QPushButton(ImportWizard::tr("Save Rejected Rows…"), this);
        wizard->m_saveRejects->setObjectName(QStringLiteral("saveRejects"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_summary);
        layout->addWidget(wizard->m_warnings);
        layout->addWidget(wizard->m_rejects, 1);
        layout->addWidget(wizard->m_saveRejects, 0, Qt::AlignRight);
        connect(wizard->m_saveRejects, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, ImportWizard::tr("Save Rejected Rows"),
                QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-rejects.csv"),
                ImportWizard::tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            QString error;
            if (!FeedbackImporter::writeRejects(path, m_wizard->m_preview.header,
                                                m_wizard->m_result.rejects, &error)) {
                ProjectFileService::showError(this, ImportWizard::tr("Cannot save"), error);
            }
        });
    }

    void initializePage() override
    {
        const ImportResult &r = m_wizard->m_result;
        const QLocale locale;
        QString text;
        if (r.cancelled) {
            text = ImportWizard::tr("The import was cancelled; nothing was imported.");
        } else if (!r.error.isEmpty()) {
            text = ImportWizard::tr("Nothing was imported: %1").arg(r.error);
        } else {
            text = ImportWizard::tr("Read %1 rows: imported %2 responses, skipped %3 answers "
                                    "marked as no answer, rejected %4 rows.")
                       .arg(locale.toString(r.rowsRead), locale.toString(r.responsesImported),
                            locale.toString(r.skipped), locale.toString(r.rejected));
            if (!r.createdTouchpoints.isEmpty()) {
                text += QLatin1Char('\n')
                        + ImportWizard::tr("New touchpoints on the map: %1.")
                              .arg(r.createdTouchpoints.join(QStringLiteral(", ")));
            }
            text += QLatin1Char('\n') + ImportWizard::tr("Edit → Undo removes this import.");
        }
        m_wizard->m_summary->setText(text);
        m_wizard->m_warnings->clear();
        m_wizard->m_warnings->addItems(r.warnings);
        m_wizard->m_warnings->setVisible(!r.warnings.isEmpty());
        QTableWidget *table = m_wizard->m_rejects;
        const int shown = int(qMin(qsizetype(500), r.rejects.size()));
        table->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            table->setItem(i, 0, new QTableWidgetItem(QString::number(r.rejects.at(i).line)));
            table->setItem(i, 1, new QTableWidgetItem(r.rejects.at(i).reason));
        }
        table->setVisible(!r.rejects.isEmpty());
        m_wizard->m_saveRejects->setVisible(!r.rejects.isEmpty());
    }

private:
    ImportWizard *m_wizard;
};

// --- The wizard ----------------------------------------------------------------------------

ImportWizard::ImportWizard(Project &project, Id journeyId, QWidget *parent)
    : QWizard(parent)
    , m_project(project)
    , m_journeyId(journeyId)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import Feedback"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 560);
    setPage(FilePage, new ImportFilePage(this));
    setPage(LayoutPage, new ImportLayoutPage(this));
    setPage(ColumnsPage, new ImportColumnsPage(this));
    setPage(ScalesPage, new ImportScalesPage(this));
    setPage(MatchPage, new ImportMatchPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
    for (const Journey &j : project.journeys())
        m_journey->addItem(j.name, j.id);
    m_journey->setCurrentIndex(qMax(0, m_journey->findData(journeyId)));
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportWizard::onImportDone);
}

ImportWizard::~ImportWizard()
{
    // Never leave a worker writing into a project whose window is gone.
    if (m_holdsEditLock) {
        // Still running, or finished without onImportDone() having run yet.
        m_cancel->store(true);
        m_watcher.waitForFinished();
        // The worker rolled back or finished; a finished batch that no command took over
        // must not stay in the file behind the project's back.
        const ImportResult result = m_watcher.result();
        if (result.batchId != NoId) {
            QString error;
            FeedbackImporter::discard(m_project.document(), result, &error);
        }
    }
    releaseEditLock();
}

void ImportWizard::releaseEditLock()
{
    if (!m_holdsEditLock)
        return;
    m_holdsEditLock = false;
    m_project.setEditLock(QString());
}

QString ImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
    reloadPreview();
}

bool ImportWizard::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportWizard::reloadPreview()
{
    ImportMapping options;
    options.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    m_preview = filePath().isEmpty() ? FeedbackImporter::Preview()
                                     : FeedbackImporter::preview(filePath(), options, 20);
    m_guess = ImportMapping::guess(m_preview.header);
    m_previewTable->clear();
    if (!m_preview.error.isEmpty() || m_preview.header.isEmpty()) {
        m_detected->setText(filePath().isEmpty() ? QString() : m_preview.error);
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
    } else {
        const QString delimiterName = m_preview.delimiter == QLatin1Char('\t')
                                          ? tr("tab")
                                          : QStringLiteral("“%1”").arg(m_preview.delimiter);
        m_detected->setText(
            tr("Encoding %1, separated by %2, %n column(s).", nullptr, int(m_preview.header.size()))
                .arg(QString::fromLatin1(m_preview.encoding), delimiterName));
        m_previewTable->setColumnCount(int(m_preview.header.size()));
        m_previewTable->setHorizontalHeaderLabels(m_preview.header);
        m_previewTable->setRowCount(int(m_preview.rows.size()));
        for (int r = 0; r < m_preview.rows.size(); ++r) {
            const QStringList &row = m_preview.rows.at(r);
            for (int c = 0; c < row.size() && c < m_preview.header.size(); ++c)
                m_previewTable->setItem(r, c, new QTableWidgetItem(row.at(c).left(200)));
        }
    }
    static_cast<ImportFilePage *>(page(FilePage))->refresh();
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping m;
    m.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    m.delimiter = delimiter.isEmpty() ? m_preview.delimiter : delimiter.at(0);
    if (m.encoding.isEmpty())
        m.encoding = m_preview.encoding;
    m.journey = m_journey->currentText();
    m.layout = m_wide->isChecked() ? ImportMapping::Layout::Wide : ImportMapping::Layout::Long;
    if (m.layout == ImportMapping::Layout::Long) {
        for (auto it = m_longColumns.cbegin(); it != m_longColumns.cend(); ++it)
            setRoleColumn(m, it.key(), it.value()->currentData().toString());
    } else {
        for (auto it = m_commonColumns.cbegin(); it != m_commonColumns.cend(); ++it)
            setRoleColumn(m, it.key(), it.value()->currentData().toString());
        for (int row = 0; row < m_wideTable->rowCount(); ++row) {
            if (m_wideTable->item(row, WideUse)->checkState() != Qt::Checked)
                continue;
            ImportMapping::WideColumn column;
            column.column = m_wideTable->item(row, WideColumnName)->text();
            column.stage
                = static_cast<QComboBox *>(m_wideTable->cellWidget(row, WideStage))->currentText();
            column.touchpoint = m_wideTable->item(row, WideTouchpoint)->text().trimmed();
            m.wideColumns.append(column);
        }
    }
    m.metric = Metric(m_metric->currentData().toInt());
    const auto standard = ImportMapping::standardScale(m.metric);
    const std::pair<double, double> chosen(m_scaleMin->value(), m_scaleMax->value());
    if (chosen != standard && m_scaleMax->value() > m_scaleMin->value())
        m.scale = chosen;
    for (const QString &value : m_noAnswer->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        m.noAnswerValues.append(value.trimmed());
    m.dateFormat = m_dateFormat->currentData().toString();
    m.createTouchpoints = m_create->isChecked();
    m.strict = m_strict->isChecked();
    return m;
}

void ImportWizard::startImport()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_project.isEditable()) {
        // An import is an edit: a project that refuses edits refuses it before any work.
        m_result = ImportResult();
        m_result.error = m_project.editLockReason();
        m_runStatus->setText(m_result.error);
        static_cast<ImportRunPage *>(page(RunPage))->refresh();
        Q_EMIT importFinished(false);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (currentId() == RunPage)
                    next();
            },
            Qt::QueuedConnection);
        return;
    }
    // The worker writes the file through its own connection: nothing else may change the
    // project meanwhile (the import's command is pushed once the lock is released).
    m_project.setEditLock(tr("Feedback is being imported. The project can be changed again "
                             "when the import is done."));
    m_holdsEditLock = true;
    m_cancel->store(false);
    m_progress->setValue(0);
    m_runStatus->setText(tr("Importing %1…").arg(QFileInfo(filePath()).fileName()));
    const ImportMapping mapping = this->mapping();
    const QString path = filePath();
    const Document *document = &m_project.document();
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<QProgressBar> progress = m_progress;
    // The worker reports progress through queued calls; the event loop stays free.
    const auto report = [progress](double fraction) {
        QMetaObject::invokeMethod(
            progress,
            [progress, fraction] {
                if (progress)
                    progress->setValue(int(fraction * 1000));
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([document, path, mapping, report, cancel] {
        return FeedbackImporter::run(*document, path, mapping, report, cancel.get());
    }));
    static_cast<ImportRunPage *>(page(RunPage))->refresh();
}

void ImportWizard::onImportDone()
{
    m_result = m_watcher.result();
    m_progress->setValue(1000);
    releaseEditLock();
    if (m_result.ok() && m_result.batchId != NoId) {
        if (m_project.execute(new ImportFeedbackCommand(m_project, m_result))) {
            m_runStatus->setText(tr("Finished."));
        } else if (!m_project.lastRefusal().isEmpty()) {
            // Refused (e.g. review mode was entered meanwhile): take the batch out of the
            // file again, so that the file holds nothing that Undo cannot reach.
            QString error;
            const bool discarded
                = FeedbackImporter::discard(m_project.document(), m_result, &error);
            const QString refusal = m_project.lastRefusal();
            const ImportResult written = m_result;
            m_result = ImportResult();
            m_result.rowsRead = written.rowsRead;
            m_result.fileName = written.fileName;
            m_result.header = written.header;
            m_result.error = discarded ? tr("the project refused the import (%1).").arg(refusal)
                                       : tr("the project refused the import (%1), and its "
                                            "responses could not be removed from the file: %2")
                                             .arg(refusal, error);
            m_runStatus->setText(m_result.error);
        } else {
            // The write failed; the project reloaded itself from the file.
            m_runStatus->setText(tr("Finished, but the project could not record the import "
                                    "as an undo step."));
        }
    } else if (m_result.cancelled) {
        m_runStatus->setText(tr("Cancelled; nothing was imported."));
    } else {
        m_runStatus->setText(m_result.error);
    }
    static_cast<ImportRunPage *>(page(RunPage))->refresh();
    Q_EMIT importFinished(m_result.ok());
    if (currentId() == RunPage)
        next();
}

void ImportWizard::reject()
{
    if (m_watcher.isRunning()) {
        // Cancel asks the worker to roll back; the summary page then says so.
        m_cancel->store(true);
        m_runStatus->setText(tr("Cancelling…"));
        return;
    }
    QWizard::reject();
}

} // namespace Waymark
