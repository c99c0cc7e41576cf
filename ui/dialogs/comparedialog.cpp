#include "comparedialog.h"

#include "project/journeycomparison.h"
#include "project/project.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Waymark {

EmotionCompareChart::EmotionCompareChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emotionCompare"));
    setAccessibleName(tr("Emotion curves of the current and the future state"));
    setMinimumHeight(200);
}

void EmotionCompareChart::setData(const QStringList &stages, const QList<Curve> &curves)
{
    m_stages = stages;
    m_curves = curves;
    update();
}

void EmotionCompareChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = Theme::mix(pal.color(QPalette::Base), text, 0.15);
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    const QRectF plot = QRectF(rect()).adjusted(36, 28, -16, -fm.height() - 12);
    if (m_stages.isEmpty())
        return;
    // Emotion -2..+2, zero line stronger.
    for (int e = -2; e <= 2; ++e) {
        const qreal y = plot.center().y() - e * plot.height() / 4;
        painter.setPen(QPen(e == 0 ? Theme::mix(pal.color(QPalette::Base), text, 0.35) : grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Theme::mix(pal.color(QPalette::Base), text, 0.6));
        painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         e > 0 ? QStringLiteral("+%1").arg(e) : QString::number(e));
    }
    const int n = int(m_stages.size());
    auto xOf = [&](int i) {
        return plot.left() + plot.width() * (i + 0.5) / n;
    };
    painter.setPen(text);
    for (int i = 0; i < n; ++i) {
        const QRectF label(xOf(i) - plot.width() / n / 2, plot.bottom() + 6, plot.width() / n,
                           fm.height());
        painter.drawText(label, Qt::AlignCenter,
                         fm.elidedText(m_stages.at(i), Qt::ElideRight, int(label.width())));
    }
    qreal legendX = plot.left();
    for (const Curve &curve : m_curves) {
        QList<QPointF> points;
        for (int i = 0; i < curve.values.size() && i < n; ++i) {
            if (curve.values.at(i))
                points.append(
                    QPointF(xOf(i), plot.center().y() - *curve.values.at(i) * plot.height() / 4));
        }
        painter.setPen(QPen(curve.color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (points.size() > 1)
            painter.drawPolyline(points.data(), int(points.size()));
        painter.setBrush(curve.color);
        for (const QPointF &p : points)
            painter.drawEllipse(p, 4, 4);
        painter.setBrush(Qt::NoBrush);
        // Legend at the top.
        painter.drawLine(QPointF(legendX, 12), QPointF(legendX + 22, 12));
        painter.setPen(text);
        painter.drawText(QPointF(legendX + 28, 12 + fm.ascent() / 2.5), curve.name);
        legendX += 40 + fm.horizontalAdvance(curve.name);
    }
}

namespace {
// The mean emotion of a stage's cards that carry one.
std::optional<double> stageEmotion(const Project &project, Id journeyId, Id stageId)
{
    double sum = 0;
    int count = 0;
    for (const Card &card : project.cards(journeyId)) {
        if (card.stageId == stageId && card.emotion) {
            sum += *card.emotion;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}
} // namespace

CompareDialog::CompareDialog(const Project &project, Id currentJourney, Id futureJourney,
                             QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_chart(new EmotionCompareChart(this))
{
    setWindowTitle(tr("Current and Future State"));
    const JourneyComparison comparison = compareJourneys(project, currentJourney, futureJourney);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("“%1” compared with “%2”: %3 added, %4 removed, %5 changed, %6 "
           "unchanged.")
            .arg(project.journey(futureJourney).name, project.journey(currentJourney).name)
            .arg(comparison.added)
            .arg(comparison.removed)
            .arg(comparison.changed)
            .arg(comparison.unchanged));
    m_changes->setObjectName(QStringLiteral("comparisonChanges"));
    m_changes->setAccessibleName(tr("Changed cards"));
    m_changes->setColumnCount(4);
    m_changes->setHeaderLabels({tr("Change"), tr("Card"), tr("Stage"), tr("What changed")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const CardComparison &c : comparison.cards) {
        if (c.change == CardChange::Unchanged)
            continue;
        const Id cardId = c.futureCardId != NoId ? c.futureCardId : c.currentCardId;
        const Id stageId = c.futureStageId != NoId ? c.futureStageId : c.currentStageId;
        QString change;
        QColor color;
        switch (c.change) {
        case CardChange::Added:
            change = tr("Added");
            color = QColor(0x2e, 0x9d, 0x4f);
            break;
        case CardChange::Removed:
            change = tr("Removed");
            color = QColor(0xd3, 0x2f, 0x2f);
            break;
        case CardChange::Changed:
            change = tr("Changed");
            color = QColor(0xe0, 0x8a, 0x00);
            break;
        case CardChange::Unchanged:
            break;
        }
        auto *item = new QTreeWidgetItem(
            m_changes, {change, project.card(cardId).title.simplified(),
                        project.stage(stageId).name, c.fields.join(QStringLiteral(", "))});
        item->setForeground(0, color);
    }
    if (m_changes->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_changes, {tr("No differences yet."), {}, {}, {}});
        item->setFlags(Qt::NoItemFlags);
    }
    QStringList stages;
    EmotionCompareChart::Curve current{tr("Current state"), QColor(0x8a, 0x8f, 0x98), {}};
    EmotionCompareChart::Curve future{tr("Future state"), QColor(0x2f, 0x7d, 0xd1), {}};
    for (const auto &pair : comparison.stages) {
        stages.append(pair.second != NoId ? project.stage(pair.second).name
                                          : project.stage(pair.first).name);
        current.values.append(pair.first != NoId ? stageEmotion(project, currentJourney, pair.first)
                                                 : std::nullopt);
        future.values.append(pair.second != NoId ? stageEmotion(project, futureJourney, pair.second)
                                                 : std::nullopt);
    }
    m_chart->setData(stages, {current, future});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 640);
}

} // namespace Waymark
