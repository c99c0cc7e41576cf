#include "addresponsedialog.h"

#include "itemmodels/feedbacktablemodel.h"
#include "metrics/sentiment.h"
#include "project/project.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Waymark {

AddResponseDialog::AddResponseDialog(const Project &project, Id journeyId, Id cardId,
                                     const QStringList &segments, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_journeyId(journeyId)
    , m_touchpoint(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_metric(new QComboBox(this))
    , m_score(new QDoubleSpinBox(this))
    , m_scale(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_segment(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_respondent(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Response"));

    m_touchpoint->setObjectName(QStringLiteral("touchpoint"));
    m_touchpoint->addItem(tr("No touchpoint"), QVariant::fromValue<qint64>(NoId));
    for (const Card &card : project.cards(journeyId)) {
        if (card.kind != CardKind::Touchpoint && card.id != cardId)
            continue;
        m_touchpoint->addItem(tr("%1 (%2)").arg(card.title, project.stage(card.stageId).name),
                              QVariant::fromValue<qint64>(card.id));
    }
    m_touchpoint->setCurrentIndex(
        std::max(0, m_touchpoint->findData(QVariant::fromValue<qint64>(cardId))));

    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);

    m_metric->setObjectName(QStringLiteral("metric"));
    for (Metric metric : enumValues<Metric>())
        m_metric->addItem(enumLabel(metric), enumKey(metric));
    m_metric->setCurrentIndex(m_metric->findData(enumKey(Metric::Nps)));

    m_score->setObjectName(QStringLiteral("score"));
    m_scale->setObjectName(QStringLiteral("scale"));
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score, 1);
    scoreRow->addWidget(m_scale);

    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What the customer said"));

    m_segment->setObjectName(QStringLiteral("segment"));
    m_segment->setEditable(true);
    m_segment->addItem(QString());
    for (const QString &segment : segments) {
        if (!segment.isEmpty())
            m_segment->addItem(segment);
    }

    m_channel->setObjectName(QStringLiteral("channel"));
    for (Channel channel : enumValues<Channel>())
        m_channel->addItem(enumLabel(channel), enumKey(channel));

    m_source->setObjectName(QStringLiteral("source"));
    for (FeedbackSource source : enumValues<FeedbackSource>())
        m_source->addItem(enumLabel(source), enumKey(source));
    m_source->setCurrentIndex(m_source->findData(enumKey(FeedbackSource::Interview)));

    m_respondent->setObjectName(QStringLiteral("respondent"));
    m_respondent->setPlaceholderText(tr("Optional"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Touchpoint:"), m_touchpoint);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("S&core:"), scoreRow);
    form->addRow(tr("C&omment:"), m_comment);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("So&urce:"), m_source);
    form->addRow(tr("&Respondent:"), m_respondent);
    form->addRow(m_buttons);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &AddResponseDialog::updateScale);
    connect(m_touchpoint, &QComboBox::currentIndexChanged, this,
            &AddResponseDialog::touchpointChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    updateScale();
    touchpointChanged();
}

void AddResponseDialog::updateScale()
{
    const Metric metric = enumFromKey(m_metric->currentData().toString(), Metric::None);
    const auto [min, max] = FeedbackTableModel::standardScale(metric);
    const bool scored = max > min;
    m_score->setEnabled(scored);
    m_score->setDecimals(metric == Metric::Rating ? 1 : 0);
    m_score->setRange(min, max);
    m_scale->setText(scored ? tr("%1 to %2").arg(min).arg(max) : tr("no score"));
}

void AddResponseDialog::touchpointChanged()
{
    // The channel of a touchpoint is usually the channel of its responses.
    const Id cardId = m_touchpoint->currentData().toLongLong();
    if (cardId != NoId && m_project.hasCard(cardId))
        m_channel->setCurrentIndex(
            std::max(0, m_channel->findData(enumKey(m_project.card(cardId).channel))));
}

Feedback AddResponseDialog::response() const
{
    Feedback f;
    f.journeyId = m_journeyId;
    f.cardId = m_touchpoint->currentData().toLongLong();
    f.source = enumFromKey(m_source->currentData().toString(), FeedbackSource::Other);
    f.channel = enumFromKey(m_channel->currentData().toString(), Channel::None);
    f.segment = m_segment->currentText().simplified();
    f.respondent = m_respondent->text().trimmed();
    f.date = m_date->date();
    f.metric = enumFromKey(m_metric->currentData().toString(), Metric::None);
    const auto [min, max] = FeedbackTableModel::standardScale(f.metric);
    if (max > min) {
        f.scaleMin = min;
        f.scaleMax = max;
        f.score = m_score->value();
    }
    f.comment = m_comment->toPlainText().trimmed();
    if (!f.comment.isEmpty())
        f.sentiment = SentimentAnalyzer::instance().score(f.comment);
    return f;
}

} // namespace Waymark
