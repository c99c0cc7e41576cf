// Scores on the map, driven offscreen through the main window with the sample project:
// badges on touchpoint cards equal what the metrics engine computes and what
// `waymark-cli stats` prints; the Scores on the Map menu switches the metric; stage header
// pills show stage totals; the heatmap tab's cells equal the engine's stage x channel
// figures; the charts panel follows the selected card; an import (an undoable command)
// updates the badges and undo restores them.

#include "canvas/carditem.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "canvas/scoreoverlay.h"
#include "commands/importfeedbackcommand.h"
#include "io/feedbackimporter.h"
#include "io/templates.h"
#include "mainwindow.h"
#include "metrics/metricsengine.h"
#include "panels/chartspanel.h"
#include "panels/heatmapview.h"
#include "project/project.h"
#include "projectactions.h"
#include "projectworkspace.h"
#include "scoreformat.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Waymark;

namespace {

const QString SearchAds = QStringLiteral("Search ads & comparison sites");

} // namespace

class tst_Scores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badgesMatchEngineAndCli();
    void metricMenuSwitchesBadges();
    void stagePillsShowStageTotals();
    void heatmapCellsMatchEngine();
    void chartsFollowSelectedCard();
    void importUpdatesBadgesAndUndoRestores();

private:
    // `waymark-cli stats FILE --json ARGS...`, parsed; the journey object of the first journey.
    QJsonObject cliStats(const QStringList &args);
    QAction *scoreAction(const QString &text) const;
    Card touchpoint(const QString &title) const;
    QList<Card> touchpoints() const;
    Metric dominantMetric(Id cardId) const;
    void settle();

    QTemporaryDir m_dir;
    QString m_path;
    int m_copies = 0;
    MainWindow *m_window = nullptr;
    ProjectWorkspace *m_workspace = nullptr;
    Project *m_project = nullptr;
    MetricsEngine *m_engine = nullptr;
    JourneyScene *m_scene = nullptr;
    Id m_journeyId = NoId;
    MetricFilter m_filter;
};

void tst_Scores::initTestCase()
{
    // The main window keeps recent files and window state in settings: not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scores"));
    QVERIFY(m_dir.isValid());
    MapData map;
    QString error;
    QVERIFY2(Templates::load(Templates::sampleName(), &map, &error), qPrintable(error));
    m_path = m_dir.filePath(QStringLiteral("sample.waymark"));
    DocumentError docError;
    auto project = Project::create(m_path, map, &docError, [](Project &p, QString *e) {
        return Templates::seed(Templates::sampleName(), p, e);
    });
    QVERIFY2(project, qPrintable(docError.message));
}

void tst_Scores::init()
{
    // Every test works on a fresh copy of the sample, so that imports do not carry over.
    const QString copy = m_dir.filePath(QStringLiteral("copy%1.waymark").arg(++m_copies));
    QVERIFY(QFile::copy(m_path, copy));
    m_window = new MainWindow;
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->openFile(copy);
    QVERIFY(m_window->project());
    m_workspace = m_window->workspace();
    QVERIFY(m_workspace);
    m_project = m_window->project();
    m_engine = m_workspace->metrics();
    m_scene = m_workspace->scene();
    m_journeyId = m_workspace->currentJourney();
    QCOMPARE(m_journeyId, m_project->journeys().first().id);
    m_filter = MetricFilter{m_journeyId, {}, {}, {}};
    settle();
}

void tst_Scores::cleanup()
{
    if (m_window) {
        m_window->close();
        delete m_window;
        m_window = nullptr;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_Scores::settle()
{
    // Overlay refreshes are posted (one for a burst of edits).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QJsonObject tst_Scores::cliStats(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(WAYMARK_BINARY_DIR "/bin/waymark-cli"),
              QStringList{QStringLiteral("stats"), m_project->filePath(), QStringLiteral("--json")}
                  + args);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning("waymark-cli failed: %s", cli.readAllStandardError().constData());
        return {};
    }
    const QJsonDocument json = QJsonDocument::fromJson(cli.readAllStandardOutput());
    return json.object().value(QStringLiteral("journeys")).toArray().first().toObject();
}

QAction *tst_Scores::scoreAction(const QString &text) const
{
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title() != ProjectActions::tr("&Scores on the Map"))
            continue;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

QList<Card> tst_Scores::touchpoints() const
{
    QList<Card> result;
    for (const Card &card : m_project->cards(m_journeyId)) {
        if (card.kind == CardKind::Touchpoint)
            result.append(card);
    }
    return result;
}

Card tst_Scores::touchpoint(const QString &title) const
{
    for (const Card &card : touchpoints()) {
        if (card.title == title)
            return card;
    }
    return {};
}

Metric tst_Scores::dominantMetric(Id cardId) const
{
    Metric best = Metric::None;
    qint64 bestN = 0;
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        const qint64 n = m_engine->cardScore(cardId, metric, m_filter).n;
        if (n > bestN) {
            best = metric;
            bestN = n;
        }
    }
    return best;
}

void tst_Scores::badgesMatchEngineAndCli()
{
    QVERIFY(m_workspace->isScoreAutomatic());
    const QJsonObject journey = cliStats({});
    const QJsonArray cliTouchpoints = journey.value(QStringLiteral("touchpoints")).toArray();
    QVERIFY(cliTouchpoints.size() >= 10);
    int checked = 0;
    for (const QJsonValue &value : cliTouchpoints) {
        const QJsonObject row = value.toObject();
        const Card card = touchpoint(row.value(QStringLiteral("title")).toString());
        QVERIFY2(card.id != NoId, qPrintable(row.value(QStringLiteral("title")).toString()));
        ScoreBadgeItem *badge = m_workspace->scoreOverlay()->badge(card.id);
        QVERIFY2(badge, qPrintable(card.title));
        const Metric metric = dominantMetric(card.id);
        QCOMPARE(enumKey(metric), row.value(QStringLiteral("meanMetric")).toString());
        const Score score = m_engine->cardScore(card.id, metric, m_filter);
        QVERIFY(score.value);
        // The CLI prints the engine's value with one decimal; the badge shows the same value.
        QCOMPARE(roundToOneDecimal(*score.value), row.value(enumKey(metric)).toDouble());
        QCOMPARE(score.n, row.value(QStringLiteral("n")).toObject().value(enumKey(metric)).toInt());
        QCOMPARE(badge->value(), ScoreFormat::value(score));
        // The badge shows the very number the CLI prints (the tests run in the C locale).
        const QString printed = QString::number(row.value(enumKey(metric)).toDouble(), 'f', 1);
        QVERIFY2(badge->value().contains(printed),
                 qPrintable(badge->value() + QStringLiteral(" / ") + printed));
        QCOMPARE(badge->isFaded(), score.n < Score::SmallSample);
        ++checked;
    }
    QCOMPARE(checked, int(cliTouchpoints.size()));
    // Spot checks of the text itself, as a user reads it.
    QCOMPARE(m_workspace->scoreOverlay()->badge(touchpoint(SearchAds).id)->value(),
             ScoreFormat::tr("%1 %").arg(QStringLiteral("70.6")));
    QCOMPARE(m_workspace->scoreOverlay()
                 ->badge(touchpoint(QStringLiteral("Review request")).id)
                 ->value(),
             QStringLiteral("+15.2")); // as the CLI prints it
}

void tst_Scores::metricMenuSwitchesBadges()
{
    QAction *csat = scoreAction(enumLabel(Metric::Csat));
    QAction *nps = scoreAction(enumLabel(Metric::Nps));
    QAction *none = scoreAction(ProjectActions::tr("&None").remove(QLatin1Char('&')));
    QAction *automatic = scoreAction(ProjectActions::tr("&Automatic").remove(QLatin1Char('&')));
    QVERIFY(csat && nps && none && automatic);
    QVERIFY(automatic->isChecked());

    nps->trigger();
    settle();
    QCOMPARE(m_workspace->scoreMetric(), Metric::Nps);
    QVERIFY(!m_workspace->isScoreAutomatic());
    int withData = 0;
    for (const Card &card : touchpoints()) {
        ScoreBadgeItem *badge = m_workspace->scoreOverlay()->badge(card.id);
        QVERIFY2(badge, qPrintable(card.title)); // touchpoints always show theirs
        const Score score = m_engine->cardScore(card.id, Metric::Nps, m_filter);
        QCOMPARE(badge->value(), ScoreFormat::value(score));
        if (score.n > 0)
            ++withData;
        else
            QCOMPARE(badge->value(), QStringLiteral("–"));
    }
    QVERIFY(withData >= 1);

    csat->trigger();
    settle();
    QCOMPARE(m_workspace->scoreMetric(), Metric::Csat);
    for (const Card &card : touchpoints()) {
        ScoreBadgeItem *badge = m_workspace->scoreOverlay()->badge(card.id);
        QVERIFY(badge);
        QCOMPARE(badge->value(),
                 ScoreFormat::value(m_engine->cardScore(card.id, Metric::Csat, m_filter)));
    }
    // The NPS-only touchpoint has no CSAT answers: a dash instead of a number.
    QCOMPARE(m_workspace->scoreOverlay()
                 ->badge(touchpoint(QStringLiteral("Review request")).id)
                 ->value(),
             QStringLiteral("–"));

    none->trigger();
    settle();
    for (const Card &card : touchpoints())
        QVERIFY(!m_workspace->scoreOverlay()->badge(card.id));
    for (Id stageId : m_scene->visibleStages())
        QVERIFY(m_scene->stageHeader(stageId)->scoreText().isEmpty());

    automatic->trigger();
    settle();
    QVERIFY(m_workspace->isScoreAutomatic());
    QVERIFY(m_workspace->scoreOverlay()->badge(touchpoint(SearchAds).id));
}

void tst_Scores::stagePillsShowStageTotals()
{
    scoreAction(enumLabel(Metric::Csat))->trigger();
    settle();
    const QJsonObject journey = cliStats({QStringLiteral("--by"), QStringLiteral("stage"),
                                          QStringLiteral("--metric"), QStringLiteral("csat")});
    const QJsonArray groups = journey.value(QStringLiteral("breakdown"))
                                  .toObject()
                                  .value(QStringLiteral("groups"))
                                  .toArray();
    const QList<Id> stages = m_scene->visibleStages();
    QCOMPARE(groups.size(), stages.size());
    for (int i = 0; i < stages.size(); ++i) {
        const Score score = m_engine->stageScore(stages.at(i), Metric::Csat, m_filter);
        const QJsonObject group = groups.at(i).toObject();
        QCOMPARE(group.value(QStringLiteral("label")).toString(),
                 m_project->stage(stages.at(i)).name);
        QCOMPARE(score.n, group.value(QStringLiteral("n")).toInt());
        QVERIFY(score.value);
        QCOMPARE(roundToOneDecimal(*score.value), group.value(QStringLiteral("value")).toDouble());
        QCOMPARE(m_scene->stageHeader(stages.at(i))->scoreText(), ScoreFormat::value(score));
        // A stage total is the sum of its responses, not the mean of its cards' scores.
        qint64 n = 0;
        for (const Card &card : m_project->cards(m_journeyId)) {
            if (card.stageId == stages.at(i))
                n += m_engine->cardScore(card.id, Metric::Csat, m_filter).n;
        }
        QVERIFY(score.n >= n);
    }
}

void tst_Scores::heatmapCellsMatchEngine()
{
    scoreAction(enumLabel(Metric::Csat))->trigger();
    settle();
    QVERIFY(m_workspace->showTab(QStringLiteral("heatmap")));
    QCOMPARE(m_workspace->tabs()->currentWidget(), m_workspace->heatmap());
    HeatmapModel *model = m_workspace->heatmap()->model();
    QCOMPARE(model->metric(), Metric::Csat);
    // The tab says which metric its colours are about.
    auto *title = m_workspace->heatmap()->findChild<QLabel *>(QStringLiteral("heatmapTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(),
             HeatmapView::tr("%1 by stage and channel").arg(enumLabel(Metric::Csat)));
    const QList<Id> stages = m_project->stageIds(m_journeyId);
    QCOMPARE(model->rowCount(), int(stages.size()));
    QVERIFY(model->columnCount() >= 3);

    QHash<QPair<Id, QString>, Score> expected;
    for (const MetricsEngine::Cell &cell : m_engine->heatmap(Metric::Csat, m_filter))
        expected.insert({cell.stageId, cell.column}, cell.score);
    QHash<QString, QString> keyOfLabel;
    for (Channel channel : enumValues<Channel>())
        keyOfLabel.insert(enumLabel(channel), enumKey(channel));

    int filled = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->headerData(row, Qt::Vertical).toString(),
                 m_project->stage(stages.at(row)).name);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString label = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(keyOfLabel.contains(label), qPrintable(label));
            const Score score = expected.value({stages.at(row), keyOfLabel.value(label)});
            const QModelIndex index = model->index(row, column);
            QCOMPARE(index.data(HeatmapModel::CountRole).toLongLong(), score.n);
            if (score.n == 0) {
                QVERIFY(index.data(Qt::DisplayRole).toString().isEmpty());
                continue;
            }
            ++filled;
            QCOMPARE(index.data(HeatmapModel::ScoreValueRole).toDouble(), *score.value);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), ScoreFormat::value(score));
            QCOMPARE(index.data(HeatmapModel::SmallSampleRole).toBool(), score.isSmallSample());
        }
    }
    QVERIFY(filled >= 4);
    // Every engine cell with responses is shown.
    int nonEmpty = 0;
    for (const Score &score : std::as_const(expected))
        nonEmpty += score.n > 0;
    QCOMPARE(filled, nonEmpty);

    // The channel totals add up to the CLI's figures by channel.
    const QJsonObject journey = cliStats({QStringLiteral("--by"), QStringLiteral("channel"),
                                          QStringLiteral("--metric"), QStringLiteral("csat")});
    const QJsonArray groups = journey.value(QStringLiteral("breakdown"))
                                  .toObject()
                                  .value(QStringLiteral("groups"))
                                  .toArray();
    for (const QJsonValue &value : groups) {
        const QJsonObject group = value.toObject();
        qint64 n = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString()
                != group.value(QStringLiteral("label")).toString())
                continue;
            for (int row = 0; row < model->rowCount(); ++row)
                n += model->index(row, c).data(HeatmapModel::CountRole).toLongLong();
        }
        QCOMPARE(n, qint64(group.value(QStringLiteral("n")).toInt()));
    }
}

void tst_Scores::chartsFollowSelectedCard()
{
    auto *charts = m_window->findChild<ChartsPanel *>();
    QVERIFY(charts);
    QCOMPARE(charts->metric(), Metric::Csat); // the sample's most frequent metric

    const auto barTotal = [](QChart *chart) {
        double total = 0;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets()) {
                    for (int i = 0; i < set->count(); ++i)
                        total += set->at(i);
                }
            }
        }
        return total;
    };
    const auto trendPoints = [](QChart *chart) {
        QList<QPointF> points;
        for (QAbstractSeries *series : chart->series()) {
            if (series->type() == QAbstractSeries::SeriesTypeLine)
                points = static_cast<QLineSeries *>(series)->points();
        }
        return points;
    };
    const auto expectedTrend = [this](Id cardId) {
        QList<QPointF> points;
        const QList<MetricsEngine::Group> groups
            = m_engine->breakdown(Metric::Csat, MetricsEngine::GroupBy::Month, m_filter, cardId);
        for (int i = 0; i < groups.size(); ++i) {
            if (groups.at(i).score.value)
                points.append(QPointF(i, *groups.at(i).score.value));
        }
        return points;
    };

    // The whole journey first.
    QCOMPARE(barTotal(charts->distributionChart()),
             double(m_engine->total(Metric::Csat, m_filter).n));
    QCOMPARE(trendPoints(charts->trendChart()), expectedTrend(NoId));

    // Selecting a card on the map (as a click does) narrows the charts to it.
    const Card card = touchpoint(SearchAds);
    m_workspace->showCards(m_journeyId, {card.id});
    settle();
    QVERIFY(m_scene->cardItem(card.id)->isSelected());
    const Score score = m_engine->cardScore(card.id, Metric::Csat, m_filter);
    QCOMPARE(barTotal(charts->distributionChart()), double(score.n));
    QCOMPARE(trendPoints(charts->trendChart()), expectedTrend(card.id));
    QVERIFY(!expectedTrend(card.id).isEmpty());
    QVERIFY(expectedTrend(card.id) != expectedTrend(NoId));
    const auto labels = charts->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [&](QLabel *l) { return l->text().contains(card.title); }));

    // Another metric through the Scores menu reaches the charts too.
    scoreAction(enumLabel(Metric::Nps))->trigger();
    settle();
    QCOMPARE(charts->metric(), Metric::Nps);
    QCOMPARE(barTotal(charts->distributionChart()),
             double(m_engine->cardScore(card.id, Metric::Nps, m_filter).n));

    // Clearing the selection returns to the journey.
    m_scene->clearSelection();
    settle();
    QCOMPARE(barTotal(charts->distributionChart()),
             double(m_engine->total(Metric::Nps, m_filter).n));
}

void tst_Scores::importUpdatesBadgesAndUndoRestores()
{
    const Card card = touchpoint(SearchAds);
    ScoreBadgeItem *badge = m_workspace->scoreOverlay()->badge(card.id);
    QVERIFY(badge);
    const Score before = m_engine->cardScore(card.id, Metric::Csat, m_filter);
    const QString textBefore = badge->value();
    QCOMPARE(textBefore, ScoreFormat::value(before));
    const QString stageBefore = m_scene->stageHeader(card.stageId)->scoreText();

    // 16 more CSAT answers for the card, all 1 (bottom box): 24 of 50 top-two = 48.0 %.
    QByteArray csv = "touchpoint,stage,metric,score\n";
    for (int i = 0; i < 16; ++i)
        csv += "\"" + SearchAds.toUtf8() + "\"," + m_project->stage(card.stageId).name.toUtf8()
               + ",csat,1\n";
    const QString path = m_dir.filePath(QStringLiteral("more.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const FeedbackImporter::Preview preview = FeedbackImporter::preview(path, {});
    ImportMapping mapping = ImportMapping::guess(preview.header);
    const ImportResult result = FeedbackImporter::run(m_project->document(), path, mapping);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.responsesImported, 16);
    QVERIFY(result.createdCardIds.isEmpty());
    QVERIFY(m_project->execute(new ImportFeedbackCommand(*m_project, result)));
    settle();

    const Score after = m_engine->cardScore(card.id, Metric::Csat, m_filter);
    QCOMPARE(after.n, before.n + 16);
    QCOMPARE(before.n, 34);
    QCOMPARE(roundToOneDecimal(*after.value), 48.0);
    QTRY_COMPARE(m_workspace->scoreOverlay()->badge(card.id)->value(),
                 ScoreFormat::tr("%1 %").arg(QStringLiteral("48.0")));
    QVERIFY(m_scene->stageHeader(card.stageId)->scoreText() != stageBefore);

    m_project->undoStack()->undo();
    settle();
    QTRY_COMPARE(m_workspace->scoreOverlay()->badge(card.id)->value(), textBefore);
    QCOMPARE(m_scene->stageHeader(card.stageId)->scoreText(), stageBefore);
    m_project->undoStack()->redo();
    settle();
    QTRY_COMPARE(m_workspace->scoreOverlay()->badge(card.id)->value(),
                 ScoreFormat::tr("%1 %").arg(QStringLiteral("48.0")));
}

QTEST_MAIN(tst_Scores)
#include "tst_scores.moc"
