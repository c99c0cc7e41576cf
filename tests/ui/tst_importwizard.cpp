// The import wizard driven as a user drives it, offscreen: a long-format file and a wide
// survey into a project made from the default template, with the summary, the stored
// scores (through the metrics engine), the created touchpoints and undo checked; the
// guesses of column roles; a large import that must leave the event loop responsive, that
// locks the project against other edits while it runs, and that can be cancelled leaving
// nothing behind.

#include "commands/setsettingcommand.h"
#include "dialogs/importwizard.h"
#include "io/templates.h"
#include "metrics/metricsengine.h"
#include "project/project.h"
#include "storage/cardrepository.h"
#include "storage/feedbackrepository.h"
#include "storage/importrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Waymark;

namespace {

// The sanitizer builds run several times slower; the latency bound grows with them.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

constexpr int LargeRows = 150000;

const QStringList DefaultStages = {QStringLiteral("Discovery & Choice"), QStringLiteral("Offering"),
                                   QStringLiteral("Purchase & Service"), QStringLiteral("Loyalty")};

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Long layout, hand-counted:
// Website (Discovery & Choice, web), NPS 10 9 8 6 3 10 -> 3 promoters, 2 detractors of 6 =
//   16.7; "NA" and "" skipped; 11 rejected (outside 0..10).
// Checkout (Purchase & Service, web), CSAT 5 4 3 5 2 -> 3 of 5 top-two = 60.0; 6 rejected.
// Hotline (Loyalty, phone), NPS 9 7 -> 1 promoter of 2 = 50.0.
// Ghost (stage "Nowhere") rejected: no such stage.
// Read 18, imported 13, skipped 2, rejected 3; touchpoints created: 3.
const char LongCsv[]
    = "respondent,date,touchpoint,stage,channel,segment,metric,score,comment\n"
      "r01,2026-03-01,Website,Discovery & Choice,web,New,nps,10,\"Great, fast\"\n"
      "r02,2026-03-02,Website,Discovery & Choice,web,New,nps,9,\n"
      "r03,2026-03-03,Website,Discovery & Choice,web,Returning,nps,8,Fine\n"
      "r04,2026-03-04,Website,Discovery & Choice,web,Returning,nps,6,\"Slow \"\"search\"\"\"\n"
      "r05,2026-03-05,Website,Discovery & Choice,web,New,nps,3,Terrible menu\n"
      "r06,2026-03-06,Website,Discovery & Choice,web,New,nps,10,\n"
      "r07,2026-03-07,Website,Discovery & Choice,web,New,nps,NA,\n"
      "r08,2026-03-08,Website,Discovery & Choice,web,New,nps,,\n"
      "r09,2026-03-09,Website,Discovery & Choice,web,New,nps,11,\n"
      "r10,2026-03-10,Checkout,Purchase & Service,web,New,csat,5,Smooth\n"
      "r11,2026-03-11,Checkout,Purchase & Service,web,New,csat,4,\n"
      "r12,2026-03-12,Checkout,Purchase & Service,web,Returning,csat,3,\n"
      "r13,2026-03-13,Checkout,Purchase & Service,web,Returning,csat,5,\n"
      "r14,2026-03-14,Checkout,Purchase & Service,web,New,csat,2,Card declined twice\n"
      "r15,2026-03-15,Checkout,Purchase & Service,web,New,csat,6,\n"
      "r16,2026-03-16,Hotline,Loyalty,phone,New,nps,9,\n"
      "r17,2026-03-17,Hotline,Loyalty,phone,New,nps,7,\n"
      "r18,2026-03-18,Ghost,Nowhere,phone,New,nps,7,\n";

// A survey export: one row per respondent. The NPS column, hand-counted: 10 9 NA "" 6 10 2
// 12 -> 12 rejected, 2 skipped, 5 imported: 3 promoters, 2 detractors = 20.0. The
// satisfaction column (CSAT 1..5): 5 4 3 2 NA 5 "" 4 -> 2 skipped, 6 imported, 4 top-two =
// 66.7.
const char WideCsv[] = "Respondent ID,Submitted,How likely are you to recommend us? (0-10),"
                       "Satisfaction with delivery,Any other comments?\n"
                       "p1,2026-04-01,10,5,Loved it\n"
                       "p2,2026-04-02,9,4,\n"
                       "p3,2026-04-03,NA,3,\"Slow, but OK\"\n"
                       "p4,2026-04-04,,2,\n"
                       "p5,2026-04-05,6,NA,Courier was rude\n"
                       "p6,2026-04-06,10,5,\n"
                       "p7,2026-04-07,2,,Never again\n"
                       "p8,2026-04-08,12,4,\n";

const QString NpsQuestion = QStringLiteral("How likely are you to recommend us? (0-10)");
const QString CsatQuestion = QStringLiteral("Satisfaction with delivery");

} // namespace

class tst_ImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void longFile();
    void wideSurvey();
    void guessesColumnRoles_data();
    void guessesColumnRoles();
    void largeImportKeepsEventLoopFree();
    void cancelLeavesNothingBehind();
    void refusedImportIsTakenOutAgain();
    void lockedProjectRefusesImport();

private:
    // Opens a wizard on the project, types the path into the file page as a user would.
    std::unique_ptr<ImportWizard> openWizard(const QString &path);
    static void clickNext(ImportWizard &wizard);
    template<typename T>
    static T *child(ImportWizard &wizard, const char *name)
    {
        T *widget = wizard.findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    // Goes from the file page to the run page, starting the import.
    void toRunPage(ImportWizard &wizard);
    void waitForSummary(ImportWizard &wizard, int timeoutMs = 60000);
    Card cardTitled(const QString &title) const;
    int touchpointCount() const;
    // Rows of the feedback table of the file, of any journey (detached ones included).
    qint64 rowsInFile() const;
    qint64 batchesInFile() const;
    qint64 cardsInFile() const;

    QTemporaryDir m_dir;
    MapData m_map;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    Id m_journeyId = NoId;
    QString m_longPath;
    QString m_widePath;
    QString m_largePath;
};

void tst_ImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(Templates::load(Templates::defaultName(), &m_map, &error), qPrintable(error));
    m_longPath = m_dir.filePath(QStringLiteral("responses-long.csv"));
    m_widePath = m_dir.filePath(QStringLiteral("survey-wide.csv"));
    QVERIFY(writeFile(m_longPath, QByteArray(LongCsv)));
    QVERIFY(writeFile(m_widePath, QByteArray(WideCsv)));

    // A large long-format file: four touchpoints, one per stage, NPS on 0..10.
    m_largePath = m_dir.filePath(QStringLiteral("large.csv"));
    QByteArray large;
    large.reserve(LargeRows * 80);
    large += "respondent,date,touchpoint,stage,channel,segment,metric,score,comment\n";
    const char *touchpoints[] = {"Ads", "Catalogue", "Till", "Newsletter"};
    const char *channels[] = {"web", "store", "phone", "email"};
    for (int i = 0; i < LargeRows; ++i) {
        const int t = i % 4;
        large += "r" + QByteArray::number(i) + ",2026-"
                 + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-"
                 + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "," + touchpoints[t]
                 + "," + DefaultStages.at(t).toUtf8() + "," + channels[(i / 4) % 4]
                 + (i % 3 ? ",New" : ",Returning") + ",nps," + QByteArray::number((i * 7) % 11)
                 + (i % 5 ? ",\n" : ",Quick and friendly service\n");
    }
    QVERIFY(writeFile(m_largePath, large));
}

void tst_ImportWizard::init()
{
    DocumentError error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.waymark").arg(++m_projects)),
                                m_map, &error);
    QVERIFY2(m_project, qPrintable(error.message));
    m_journeyId = m_project->journeys().first().id;
    QCOMPARE(m_project->stages(m_journeyId).size(), DefaultStages.size());
    for (int i = 0; i < DefaultStages.size(); ++i)
        QCOMPARE(m_project->stages(m_journeyId).at(i).name, DefaultStages.at(i));
    QCOMPARE(m_project->cardCount(m_journeyId), 0);
}

void tst_ImportWizard::cleanup()
{
    m_project.reset();
}

std::unique_ptr<ImportWizard> tst_ImportWizard::openWizard(const QString &path)
{
    auto wizard = std::make_unique<ImportWizard>(*m_project, m_journeyId);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    if (!QTest::qWaitForWindowActive(wizard.get()))
        qWarning("wizard not active");
    if (wizard->currentId() != ImportWizard::FilePage)
        qWarning("wizard does not start on the file page");
    QLineEdit *edit = child<QLineEdit>(*wizard, "path");
    edit->setFocus();
    QTest::keyClicks(edit, path);
    // Leaving the field loads the preview.
    child<QComboBox>(*wizard, "encoding")->setFocus();
    return wizard;
}

void tst_ImportWizard::clickNext(ImportWizard &wizard)
{
    // On the last page before the import, Next is the commit button ("Import").
    QAbstractButton *next = wizard.button(
        wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible())
        qWarning("Next is not available on page %d", wizard.currentId());
    next->click();
}

void tst_ImportWizard::toRunPage(ImportWizard &wizard)
{
    while (wizard.currentId() < ImportWizard::MatchPage) {
        const int before = wizard.currentId();
        clickNext(wizard);
        QVERIFY2(wizard.currentId() > before, "a page refused to advance");
    }
    QCOMPARE(wizard.currentId(), int(ImportWizard::MatchPage));
    clickNext(wizard);
    QVERIFY(wizard.currentId() == ImportWizard::RunPage
            || wizard.currentId() == ImportWizard::SummaryPage);
}

void tst_ImportWizard::waitForSummary(ImportWizard &wizard, int timeoutMs)
{
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), timeoutMs);
    QVERIFY(!wizard.isRunning());
}

Card tst_ImportWizard::cardTitled(const QString &title) const
{
    for (const Card &card : m_project->cards(m_journeyId)) {
        if (card.title == title)
            return card;
    }
    return {};
}

int tst_ImportWizard::touchpointCount() const
{
    int count = 0;
    for (const Card &card : m_project->cards(m_journeyId))
        count += card.kind == CardKind::Touchpoint;
    return count;
}

qint64 tst_ImportWizard::rowsInFile() const
{
    QString error;
    const QString connection = m_project->document().openWorkerConnection(&error);
    if (connection.isEmpty())
        return -1;
    qint64 count = -1;
    {
        ImportRepository repo(connection);
        if (!repo.countFeedback(&count))
            count = -1;
    }
    Document::closeConnection(connection);
    return count;
}

qint64 tst_ImportWizard::batchesInFile() const
{
    QList<ImportBatch> batches;
    FeedbackRepository repo(m_project->document());
    return repo.loadBatches(&batches) ? batches.size() : -1;
}

qint64 tst_ImportWizard::cardsInFile() const
{
    QList<Card> cards;
    CardRepository repo(m_project->document());
    return repo.loadCards(&cards) ? cards.size() : -1;
}

void tst_ImportWizard::longFile()
{
    std::unique_ptr<ImportWizard> wizard = openWizard(m_longPath);
    ImportWizard &w = *wizard;
    QCOMPARE(w.preview().header.size(), 9);
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(w, "detected")->text().contains(QLatin1String("UTF-8")));
    QCOMPARE(child<QTableWidget>(w, "preview")->rowCount(), 18);

    clickNext(w); // -> layout: guessed long
    QCOMPARE(w.currentId(), int(ImportWizard::LayoutPage));
    QVERIFY(child<QRadioButton>(w, "layoutLong")->isChecked());

    clickNext(w); // -> columns: every role guessed from its header
    QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPage));
    for (const char *role : {"touchpoint", "stage", "score", "metric", "date", "comment", "segment",
                             "respondent", "channel"}) {
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("long-") + QLatin1String(role));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString::fromLatin1(role));
    }

    clickNext(w); // -> scales: NPS 0..10 for rows whose metric column is empty
    QCOMPARE(w.currentId(), int(ImportWizard::ScalesPage));
    QCOMPARE(Metric(child<QComboBox>(w, "metric")->currentData().toInt()), Metric::Nps);
    QCOMPARE(child<QDoubleSpinBox>(w, "scaleMin")->value(), 0.0);
    QCOMPARE(child<QDoubleSpinBox>(w, "scaleMax")->value(), 10.0);
    QVERIFY(child<QCheckBox>(w, "createTouchpoints")->isChecked());

    clickNext(w); // -> touchpoints: all three are new; "Nowhere" is no stage
    QCOMPARE(w.currentId(), int(ImportWizard::MatchPage));
    QVERIFY(w.button(QWizard::CommitButton)->isVisible());
    QCOMPARE(w.button(QWizard::CommitButton)->text(), ImportWizard::tr("&Import"));
    QCOMPARE(child<QListWidget>(w, "existing")->count(), 0);
    QCOMPARE(child<QListWidget>(w, "created")->count(), 3);
    QVERIFY(child<QLabel>(w, "matchNote")->text().contains(QLatin1String("Nowhere")));

    const int undoBefore = m_project->undoStack()->count();
    clickNext(w); // -> run
    waitForSummary(w);

    const ImportResult &r = w.result();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rowsRead, 18);
    QCOMPARE(r.responsesImported, 13);
    QCOMPARE(r.skipped, 2);
    QCOMPARE(r.rejected, 3);
    QList<qint64> rejectedLines;
    for (const RejectedRow &row : r.rejects)
        rejectedLines.append(row.line);
    QCOMPARE(rejectedLines, (QList<qint64>{10, 16, 19})); // the header is line 1
    const QString summary = child<QLabel>(w, "summary")->text();
    QVERIFY2(summary.contains(ImportWizard::tr("Read %1 rows: imported %2 responses, skipped %3 "
                                               "answers marked as no answer, rejected %4 rows.")
                                  .arg(18)
                                  .arg(13)
                                  .arg(2)
                                  .arg(3)),
             qPrintable(summary));
    QCOMPARE(child<QTableWidget>(w, "rejects")->rowCount(), 3);
    QVERIFY(!child<QTableWidget>(w, "rejects")->isHidden());
    QVERIFY(w.button(QWizard::FinishButton)->isVisible());
    w.button(QWizard::FinishButton)->click();
    QVERIFY(!w.isVisible());

    // One undo step; the touchpoints exist where the file said, in the touchpoints lane.
    QCOMPARE(m_project->undoStack()->count(), undoBefore + 1);
    QCOMPARE(touchpointCount(), 3);
    const QList<Stage> stages = m_project->stages(m_journeyId);
    const QHash<QString, Id> stageOf = {{QStringLiteral("Website"), stages.at(0).id},
                                        {QStringLiteral("Checkout"), stages.at(2).id},
                                        {QStringLiteral("Hotline"), stages.at(3).id}};
    for (auto it = stageOf.cbegin(); it != stageOf.cend(); ++it) {
        const Card card = cardTitled(it.key());
        QVERIFY2(card.id != NoId, qPrintable(it.key()));
        QCOMPARE(card.stageId, it.value());
        QCOMPARE(m_project->lane(card.laneId).kind, LaneKind::Touchpoints);
        QCOMPARE(card.kind, CardKind::Touchpoint);
    }
    QVERIFY(cardTitled(QStringLiteral("Ghost")).id == NoId);

    // Scores as the engine computes them equal the hand-computed ones.
    MetricsEngine engine(*m_project);
    const MetricFilter filter{m_journeyId, {}, {}, {}};
    const Score website
        = engine.cardScore(cardTitled(QStringLiteral("Website")).id, Metric::Nps, filter);
    QCOMPARE(website.n, 6);
    QCOMPARE(roundToOneDecimal(website.value.value_or(-999)), 16.7);
    const Score checkout
        = engine.cardScore(cardTitled(QStringLiteral("Checkout")).id, Metric::Csat, filter);
    QCOMPARE(checkout.n, 5);
    QCOMPARE(roundToOneDecimal(checkout.value.value_or(-999)), 60.0);
    const Score hotline
        = engine.cardScore(cardTitled(QStringLiteral("Hotline")).id, Metric::Nps, filter);
    QCOMPARE(hotline.n, 2);
    QCOMPARE(roundToOneDecimal(hotline.value.value_or(-999)), 50.0);
    // Journey NPS from the raw responses: 4 promoters, 2 detractors of 8 = 25.0.
    const Score journeyNps = engine.total(Metric::Nps, filter);
    QCOMPARE(journeyNps.n, 8);
    QCOMPARE(roundToOneDecimal(journeyNps.value.value_or(-999)), 25.0);
    QCOMPARE(batchesInFile(), 1);

    // Undo removes the batch: no responses, no created touchpoints; redo brings them back.
    m_project->undoStack()->undo();
    QCOMPARE(touchpointCount(), 0);
    QCOMPARE(engine.total(Metric::Nps, filter).n, 0);
    QCOMPARE(engine.total(Metric::Csat, filter).n, 0);
    QCOMPARE(cardsInFile(), 0);
    m_project->undoStack()->redo();
    QCOMPARE(touchpointCount(), 3);
    QCOMPARE(engine.cardScore(cardTitled(QStringLiteral("Website")).id, Metric::Nps, filter).n, 6);
}

void tst_ImportWizard::wideSurvey()
{
    MetricsEngine engine(*m_project);
    const MetricFilter filter{m_journeyId, {}, {}, {}};
    const QList<Stage> stages = m_project->stages(m_journeyId);

    // Two passes: the NPS question, then (a metric per pass) the satisfaction question.
    struct Pass
    {
        QString column;
        QString stage;
        QString touchpoint;
        Metric metric;
        qint64 imported, skipped, rejected;
        double value;
    };
    const Pass passes[] = {
        {NpsQuestion, stages.at(3).name, QStringLiteral("Recommendation"), Metric::Nps, 5, 2, 1,
         20.0},
        {CsatQuestion, stages.at(2).name, QStringLiteral("Delivery"), Metric::Csat, 6, 2, 0, 66.7},
    };
    int pass = 0;
    for (const Pass &p : passes) {
        ++pass;
        std::unique_ptr<ImportWizard> wizard = openWizard(m_widePath);
        ImportWizard &w = *wizard;
        QCOMPARE(w.preview().header.size(), 5);
        clickNext(w);
        // The file mixes an NPS and a CSAT question, so no one-metric wide layout is
        // guessed: the first question becomes the score column of a long file.
        QVERIFY(child<QRadioButton>(w, "layoutLong")->isChecked());
        child<QRadioButton>(w, "layoutWide")->click();
        QVERIFY(child<QRadioButton>(w, "layoutWide")->isChecked());
        clickNext(w);
        QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPage));
        QCOMPARE(child<QComboBox>(w, "wide-respondent")->currentData().toString(),
                 QStringLiteral("Respondent ID"));
        QCOMPARE(child<QComboBox>(w, "wide-date")->currentData().toString(),
                 QStringLiteral("Submitted"));
        QCOMPARE(child<QComboBox>(w, "wide-comment")->currentData().toString(),
                 QStringLiteral("Any other comments?"));
        QCOMPARE(child<QComboBox>(w, "wide-segment")->currentData().toString(), QString());

        // Nothing ticked yet: Next refuses (and says why).
        auto *table = child<QTableWidget>(w, "wideColumns");
        QCOMPARE(table->rowCount(), 5);
        int row = -1;
        for (int i = 0; i < table->rowCount(); ++i) {
            QCOMPARE(table->item(i, 0)->checkState(), Qt::Unchecked);
            if (table->item(i, 1)->text() == p.column)
                row = i;
        }
        QVERIFY(row >= 0);
        table->item(row, 0)->setCheckState(Qt::Checked);
        auto *stage = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
        QVERIFY(stage);
        QCOMPARE(stage->count(), stages.size());
        stage->setCurrentIndex(stage->findText(p.stage));
        table->item(row, 3)->setText(p.touchpoint);

        clickNext(w);
        QCOMPARE(w.currentId(), int(ImportWizard::ScalesPage));
        auto *metric = child<QComboBox>(w, "metric");
        metric->setCurrentIndex(metric->findData(int(p.metric)));
        const auto [low, high] = ImportMapping::standardScale(p.metric);
        QCOMPARE(child<QDoubleSpinBox>(w, "scaleMin")->value(), low);
        QCOMPARE(child<QDoubleSpinBox>(w, "scaleMax")->value(), high);

        clickNext(w);
        QCOMPARE(w.currentId(), int(ImportWizard::MatchPage));
        QCOMPARE(child<QListWidget>(w, "created")->count(), 1);
        QVERIFY(child<QListWidget>(w, "created")->item(0)->text().contains(p.touchpoint));
        clickNext(w);
        waitForSummary(w);
        const ImportResult &r = w.result();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.rowsRead, 8);
        QCOMPARE(r.responsesImported, p.imported);
        QCOMPARE(r.skipped, p.skipped);
        QCOMPARE(r.rejected, p.rejected);
        QCOMPARE(r.createdTouchpoints, QStringList{p.touchpoint});
        QVERIFY(child<QLabel>(w, "summary")->text().contains(p.touchpoint));
        w.button(QWizard::FinishButton)->click();

        const Card card = cardTitled(p.touchpoint);
        QVERIFY(card.id != NoId);
        QCOMPARE(m_project->stage(card.stageId).name, p.stage);
        QCOMPARE(m_project->lane(card.laneId).kind, LaneKind::Touchpoints);
        const Score score = engine.cardScore(card.id, p.metric, filter);
        QCOMPARE(score.n, p.imported);
        QCOMPARE(roundToOneDecimal(score.value.value_or(-999)), p.value);
        QCOMPARE(touchpointCount(), pass);
    }
    QCOMPARE(batchesInFile(), 2);

    // Undo takes the last batch only; then the first.
    m_project->undoStack()->undo();
    QCOMPARE(touchpointCount(), 1);
    QCOMPARE(engine.total(Metric::Csat, filter).n, 0);
    QCOMPARE(engine.total(Metric::Nps, filter).n, 5);
    m_project->undoStack()->undo();
    QCOMPARE(touchpointCount(), 0);
    QCOMPARE(engine.total(Metric::Nps, filter).n, 0);
}

void tst_ImportWizard::guessesColumnRoles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<QStringList>("roles");  // "role=column" pairs (long or common combos)
    QTest::addColumn<QStringList>("ticked"); // wide: the score columns ticked
    QTest::addColumn<int>("metric");

    QTest::newRow("long") << QByteArray(
        "respondent,date,touchpoint,stage,channel,segment,metric,score,comment\n"
        "a,2026-01-01,Web,Offering,web,New,nps,9,ok\n")
                          << false
                          << strings({"touchpoint=touchpoint", "stage=stage", "score=score",
                                      "metric=metric", "date=date", "comment=comment",
                                      "segment=segment", "respondent=respondent",
                                      "channel=channel"})
                          << QStringList() << int(Metric::Nps);
    QTest::newRow("review site") << QByteArray(
        "Reviewer,Date of stay,Rating,Review text,Type of traveller\n"
        "Ann,March 2026,4,Nice,Couple\n")
                                 << false
                                 << strings({"respondent=Reviewer", "date=Date of stay",
                                             "score=Rating", "comment=Review text",
                                             "segment=Type of traveller", "touchpoint="})
                                 << QStringList() << int(Metric::Rating);
    QTest::newRow("mixed survey") << QByteArray(WideCsv) << false
                                  << strings({"respondent=Respondent ID", "date=Submitted",
                                              "score=How likely are you to recommend us? (0-10)",
                                              "comment=Any other comments?", "touchpoint="})
                                  << QStringList() << int(Metric::Nps);
    QTest::newRow("one-metric survey")
        << QByteArray("Response ID,Timestamp,How likely are you to recommend our website?,"
                      "How likely are you to recommend our stores?,Comment,Customer type\n"
                      "1,2026-02-01,9,8,Fine,Member\n")
        << true
        << strings({"respondent=Response ID", "date=Timestamp", "comment=Comment",
                    "segment=Customer type", "channel="})
        << strings({"How likely are you to recommend our website?",
                    "How likely are you to recommend our stores?"})
        << int(Metric::Nps);
    QTest::newRow("effort survey")
        << QByteArray("id,date,Effort: opening an account,Effort: getting help,feedback\n"
                      "1,2026-02-01,6,2,\n")
        << true << strings({"respondent=id", "date=date", "comment=feedback"})
        << strings({"Effort: opening an account", "Effort: getting help"}) << int(Metric::Ces);
}

void tst_ImportWizard::guessesColumnRoles()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, wide);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, ticked);
    QFETCH(int, metric);

    const QString path = m_dir.filePath(QStringLiteral("guess-%1.csv")
                                            .arg(QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QVERIFY(writeFile(path, csv));
    std::unique_ptr<ImportWizard> wizard = openWizard(path);
    ImportWizard &w = *wizard;
    QVERIFY2(w.preview().error.isEmpty(), qPrintable(w.preview().error));
    clickNext(w);
    QCOMPARE(child<QRadioButton>(w, "layoutWide")->isChecked(), wide);
    QCOMPARE(child<QRadioButton>(w, "layoutLong")->isChecked(), !wide);
    clickNext(w);
    QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPage));
    const QString prefix = wide ? QStringLiteral("wide-") : QStringLiteral("long-");
    for (const QString &pair : roles) {
        const QString role = pair.section(QLatin1Char('='), 0, 0);
        const QString column = pair.section(QLatin1Char('='), 1);
        auto *combo = w.findChild<QComboBox *>(prefix + role);
        QVERIFY2(combo, qPrintable(role));
        QVERIFY2(combo->currentData().toString() == column,
                 qPrintable(role + QStringLiteral(": ") + combo->currentData().toString()));
    }
    if (wide) {
        auto *table = child<QTableWidget>(w, "wideColumns");
        QStringList checked;
        for (int i = 0; i < table->rowCount(); ++i) {
            if (table->item(i, 0)->checkState() == Qt::Checked)
                checked.append(table->item(i, 1)->text());
        }
        QCOMPARE(checked, ticked);
        // Each becomes a touchpoint named after its column, in a stage the user picks.
        for (int i = 0; i < table->rowCount(); ++i) {
            if (table->item(i, 0)->checkState() == Qt::Checked)
                QCOMPARE(table->item(i, 3)->text(), table->item(i, 1)->text());
        }
    }
    clickNext(w);
    QCOMPARE(w.currentId(), int(ImportWizard::ScalesPage));
    QCOMPARE(child<QComboBox>(w, "metric")->currentData().toInt(), metric);
    w.reject();
    QVERIFY(!w.isVisible());
    QCOMPARE(batchesInFile(), 0);
}

void tst_ImportWizard::largeImportKeepsEventLoopFree()
{
    std::unique_ptr<ImportWizard> wizard = openWizard(m_largePath);
    ImportWizard &w = *wizard;
    QCOMPARE(w.preview().header.size(), 9);

    // Ticks every 10 ms; the worst gap between two ticks while the import runs is how long
    // the GUI thread was busy (or starved) at a stretch.
    QElapsedTimer clock;
    qint64 lastTick = -1;
    qint64 worstGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (lastTick >= 0)
            worstGap = qMax(worstGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });

    // While the worker writes, the project refuses every other edit, with a reason.
    bool sawLock = false;
    bool refusedEdit = false;
    QString refusal;
    connect(child<QProgressBar>(w, "progress"), &QProgressBar::valueChanged, this, [&](int value) {
        if (sawLock || value <= 0 || value >= 1000 || !w.isRunning())
            return;
        sawLock = !m_project->isEditable();
        refusedEdit = !m_project->execute(new SetSettingCommand(
            *m_project, QStringLiteral("title"), QStringLiteral("Changed during the import")));
        refusal = m_project->lastRefusal();
    });

    const QString titleBefore = m_project->title();
    QElapsedTimer importClock;
    clock.start();
    timer.start();
    importClock.start();
    toRunPage(w); // starts the import on the worker (the run page is a commit page)
    QVERIFY(w.isRunning() || w.currentId() == ImportWizard::SummaryPage);
    if (w.isRunning()) {
        QVERIFY(!m_project->isEditable());
        QVERIFY(!w.button(QWizard::BackButton)->isEnabled()
                || !w.button(QWizard::BackButton)->isVisible());
    }
    waitForSummary(w, 120000);
    const qint64 elapsed = importClock.elapsed();
    timer.stop();

    const ImportResult &r = w.result();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rowsRead, LargeRows);
    QCOMPARE(r.responsesImported, LargeRows);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.createdTouchpoints.size(), 4);
    QVERIFY(m_project->isEditable());
    QVERIFY2(sawLock, "the progress never reported while the import ran");
    QVERIFY(refusedEdit);
    QVERIFY(refusal.contains(QLatin1String("imported")));
    QCOMPARE(m_project->title(), titleBefore);
    QCOMPARE(touchpointCount(), 4);

    const qint64 bound = Sanitized ? 1000 : 250;
    qInfo("import of %d rows through the wizard: %lld ms; %d timer ticks; worst gap between "
          "ticks %lld ms (bound %lld ms)",
          LargeRows, elapsed, ticks, worstGap, bound);
    QVERIFY2(worstGap < bound, qPrintable(QStringLiteral("worst gap %1 ms").arg(worstGap)));

    // After the import, edits go through again.
    QVERIFY(m_project->execute(
        new SetSettingCommand(*m_project, QStringLiteral("title"), QStringLiteral("After"))));
    QCOMPARE(m_project->title(), QStringLiteral("After"));
    w.button(QWizard::FinishButton)->click();
}

void tst_ImportWizard::cancelLeavesNothingBehind()
{
    std::unique_ptr<ImportWizard> wizard = openWizard(m_largePath);
    ImportWizard &w = *wizard;
    const qint64 cardsBefore = cardsInFile();
    const int undoBefore = m_project->undoStack()->count();

    // Cancel as soon as the progress bar moves: the user presses Cancel mid-import.
    bool clicked = false;
    connect(child<QProgressBar>(w, "progress"), &QProgressBar::valueChanged, this, [&](int value) {
        if (clicked || value <= 0 || !w.isRunning())
            return;
        clicked = true;
        w.button(QWizard::CancelButton)->click();
    });
    toRunPage(w);
    waitForSummary(w, 120000);
    QVERIFY(clicked);
    const ImportResult &r = w.result();
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QCOMPARE(child<QLabel>(w, "summary")->text(),
             ImportWizard::tr("The import was cancelled; nothing was imported."));
    QVERIFY(w.isVisible()); // the first Cancel only stops the import
    w.button(QWizard::FinishButton)->click();

    QVERIFY(m_project->isEditable());
    QCOMPARE(m_project->undoStack()->count(), undoBefore);
    QCOMPARE(touchpointCount(), 0);
    QCOMPARE(cardsInFile(), cardsBefore);
    QCOMPARE(batchesInFile(), 0);
    QCOMPARE(rowsInFile(), 0);
    MetricsEngine engine(*m_project);
    QCOMPARE(engine.total(Metric::Nps, MetricFilter{m_journeyId, {}, {}, {}}).n, 0);
}

void tst_ImportWizard::refusedImportIsTakenOutAgain()
{
    // Review mode entered while the worker writes: once the worker is done, the project
    // refuses the import's command; the wizard then takes the batch out of the file again.
    std::unique_ptr<ImportWizard> wizard = openWizard(m_longPath);
    ImportWizard &w = *wizard;
    bool entered = false;
    connect(&w, &QWizard::currentIdChanged, this, [&](int id) {
        if (id == ImportWizard::RunPage && !entered) {
            entered = true;
            m_project->setReviewMode(true);
        }
    });
    toRunPage(w);
    waitForSummary(w);
    QVERIFY(entered);
    const ImportResult &r = w.result();
    QVERIFY(!r.ok());
    QCOMPARE(r.batchId, NoId);
    QVERIFY2(r.error.contains(QLatin1String("review")), qPrintable(r.error));
    const QString summary = child<QLabel>(w, "summary")->text();
    QVERIFY2(summary.contains(QLatin1String("Nothing was imported")), qPrintable(summary));
    w.button(QWizard::FinishButton)->click();
    QCOMPARE(batchesInFile(), 0);
    QCOMPARE(rowsInFile(), 0);
    QCOMPARE(cardsInFile(), 0);
    QCOMPARE(touchpointCount(), 0);
    QVERIFY(m_project->isReviewMode());
}

void tst_ImportWizard::lockedProjectRefusesImport()
{
    const QString reason = QStringLiteral("Locked by the test.");
    m_project->setEditLock(reason);
    std::unique_ptr<ImportWizard> wizard = openWizard(m_longPath);
    ImportWizard &w = *wizard;
    toRunPage(w);
    waitForSummary(w);
    QCOMPARE(w.result().error, reason);
    QVERIFY(child<QLabel>(w, "summary")->text().contains(reason));
    w.button(QWizard::FinishButton)->click();
    // The wizard did not take (or release) a lock that is not its own.
    QCOMPARE(m_project->editLockReason(), reason);
    QCOMPARE(batchesInFile(), 0);
    QCOMPARE(rowsInFile(), 0);
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
