#include "inspectorpanel.h"

#include "canvas/carditem.h"
#include "canvas/connectionitem.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "commands/editcommand.h"
#include "project/project.h"
#include "theme.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Waymark {

namespace {

// A form packed at the top of its page: the pages share the height of the tallest one, and
// a plain QFormLayout would spread its rows over it.
QFormLayout *topAlignedForm(QWidget *page)
{
    auto *column = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(1);
    return form;
}

template<typename E>
QComboBox *enumCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    return combo;
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
}

void paintSwatch(QPushButton *button, const QColor &color)
{
    QPixmap pixmap(32, 16);
    pixmap.fill(color.isValid() ? color : Qt::transparent);
    button->setIcon(QIcon(pixmap));
    button->setText(color.isValid() ? color.name() : InspectorPanel::tr("Default"));
}

QPlainTextEdit *textEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setFixedHeight(height);
    return edit;
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new QLabel(tr("Open a project to see the properties of what you select."), this))
{
    setAccessibleName(tr("Inspector"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    static_cast<QLabel *>(m_emptyPage)->setWordWrap(true);
    static_cast<QLabel *>(m_emptyPage)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_emptyPage);
    buildCardPage();
    buildStagePage();
    buildLanePage();
    buildJourneyPage();
    buildConnectionPage();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    showSubject(Subject::None, NoId);
}

Project *InspectorPanel::project() const
{
    return m_scene ? &m_scene->project() : nullptr;
}

void InspectorPanel::setScene(JourneyScene *scene)
{
    if (m_scene) {
        disconnect(m_scene, nullptr, this, nullptr);
        disconnect(&m_scene->project(), nullptr, this, nullptr);
    }
    m_scene = scene;
    if (m_scene) {
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &InspectorPanel::refresh);
        connect(m_scene, &JourneyScene::layoutChanged, this, &InspectorPanel::refresh);
        Project *p = &m_scene->project();
        const auto changed = [this](Id id) {
            if (id == m_subjectId)
                refresh();
        };
        connect(p, &Project::cardChanged, this, changed);
        connect(p, &Project::stageChanged, this, changed);
        connect(p, &Project::laneChanged, this, changed);
        connect(p, &Project::journeyChanged, this, changed);
        connect(p, &Project::connectionChanged, this, changed);
        connect(p, &Project::personasChanged, this, &InspectorPanel::refresh);
        connect(p, &Project::reset, this, &InspectorPanel::refresh);
        connect(p, &Project::editLockChanged, this, &InspectorPanel::refresh);
        connect(p, &Project::cardRemoved, this, &InspectorPanel::refresh);
    }
    refresh();
}

void InspectorPanel::refresh()
{
    if (!m_scene) {
        showSubject(Subject::None, NoId);
        return;
    }
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() == 1) {
        QGraphicsItem *item = selected.first();
        if (CardItem *card = CardItem::from(item)) {
            showSubject(Subject::Card, card->cardId());
            return;
        }
        if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(item)) {
            showSubject(Subject::Stage, stage->stageId());
            return;
        }
        if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(item)) {
            showSubject(Subject::Lane, lane->laneId());
            return;
        }
        if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item)) {
            showSubject(Subject::Connection, connection->connectionId());
            return;
        }
    }
    if (selected.size() > 1) {
        m_subject = Subject::None;
        m_subjectId = NoId;
        m_heading->setText(tr("%n items selected", nullptr, int(selected.size())));
        m_pages->setCurrentWidget(m_emptyPage);
        return;
    }
    showSubject(m_scene->journeyId() != NoId ? Subject::Journey : Subject::None,
                m_scene->journeyId());
}

void InspectorPanel::showSubject(Subject subject, Id id)
{
    m_subject = subject;
    m_subjectId = id;
    m_filling = true;
    switch (subject) {
    case Subject::None:
        m_heading->setText(tr("Nothing selected"));
        m_pages->setCurrentWidget(m_emptyPage);
        break;
    case Subject::Card:
        fillCard();
        m_pages->setCurrentWidget(m_cardPage);
        break;
    case Subject::Stage:
        fillStage();
        m_pages->setCurrentWidget(m_stagePage);
        break;
    case Subject::Lane:
        fillLane();
        m_pages->setCurrentWidget(m_lanePage);
        break;
    case Subject::Journey:
        fillJourney();
        m_pages->setCurrentWidget(m_journeyPage);
        break;
    case Subject::Connection:
        fillConnection();
        m_pages->setCurrentWidget(m_connectionPage);
        break;
    }
    setEditable(project() && project()->isEditable());
    m_filling = false;
}

void InspectorPanel::setEditable(bool editable)
{
    for (QWidget *page : {m_cardPage, m_stagePage, m_lanePage, m_journeyPage, m_connectionPage})
        page->setEnabled(editable);
}

bool InspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        commitText(watched);
    return QWidget::eventFilter(watched, event);
}

// Multi-line texts are committed when the field loses focus, as one command.
void InspectorPanel::commitText(QObject *editor)
{
    Project *p = project();
    if (!p || m_filling)
        return;
    if (editor == m_cardTitle || editor == m_cardBody) {
        Card card = p->card(m_subjectId);
        if (m_subject != Subject::Card || card.id == NoId)
            return;
        const Card before = card;
        QString text;
        if (editor == m_cardTitle) {
            card.title = m_cardTitle->toPlainText();
            text = tr("Rename card");
        } else {
            card.body = m_cardBody->toPlainText();
            text = tr("Change card description");
        }
        if (card != before)
            p->execute(new EditCardCommand(*p, before, card, text));
    } else if (editor == m_stageDescription && m_subject == Subject::Stage) {
        Stage stage = p->stage(m_subjectId);
        const Stage before = stage;
        stage.description = m_stageDescription->toPlainText();
        if (stage.id != NoId && stage != before)
            p->execute(new EditStageCommand(*p, before, stage, tr("Change stage description")));
    } else if (editor == m_journeyDescription && m_subject == Subject::Journey) {
        Journey journey = p->journey(m_subjectId);
        const Journey before = journey;
        journey.description = m_journeyDescription->toPlainText();
        if (journey.id != NoId && journey != before) {
            p->execute(
                new EditJourneyCommand(*p, before, journey, tr("Change journey description")));
        }
    }
}

// --- Card ----------------------------------------------------------------------------------

void InspectorPanel::buildCardPage()
{
    m_cardPage = new QWidget(m_pages);
    auto *form = topAlignedForm(m_cardPage);
    m_cardTitle = textEdit(m_cardPage, 3);
    m_cardKind = enumCombo<CardKind>(m_cardPage);
    m_cardChannel = enumCombo<Channel>(m_cardPage);
    m_cardOwner = new QLineEdit(m_cardPage);
    m_cardOwner->setPlaceholderText(tr("Team or role responsible"));
    m_cardEmotion = new QComboBox(m_cardPage);
    m_cardEmotion->addItem(tr("None"), QVariant());
    m_cardEmotion->addItem(tr("+2 Delighted"), 2);
    m_cardEmotion->addItem(tr("+1 Pleased"), 1);
    m_cardEmotion->addItem(tr("0 Neutral"), 0);
    m_cardEmotion->addItem(tr("−1 Annoyed"), -1);
    m_cardEmotion->addItem(tr("−2 Frustrated"), -2);
    m_cardEvidence = enumCombo<Evidence>(m_cardPage);
    m_cardSpan = new QSpinBox(m_cardPage);
    m_cardSpan->setRange(1, MaxCardSpan);
    m_cardSpan->setSuffix(tr(" stage(s)"));
    m_cardColor = new QPushButton(m_cardPage);
    auto *resetColor = new QToolButton(m_cardPage);
    resetColor->setText(tr("Reset"));
    resetColor->setToolTip(tr("Use the colour of the card's kind"));
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_cardColor, 1);
    colorRow->addWidget(resetColor);
    m_cardBody = textEdit(m_cardPage, 5);

    form->addRow(tr("&Title:"), m_cardTitle);
    form->addRow(tr("&Kind:"), m_cardKind);
    form->addRow(tr("C&hannel:"), m_cardChannel);
    form->addRow(tr("&Owner:"), m_cardOwner);
    form->addRow(tr("&Emotion:"), m_cardEmotion);
    form->addRow(tr("E&vidence:"), m_cardEvidence);
    form->addRow(tr("&Spans:"), m_cardSpan);
    form->addRow(tr("Co&lour:"), colorRow);
    form->addRow(tr("&Description:"), m_cardBody);
    m_pages->addWidget(m_cardPage);

    m_cardTitle->installEventFilter(this);
    m_cardBody->installEventFilter(this);
    const auto edit = [this](const QString &text, auto change) {
        Project *p = project();
        if (!p || m_filling || m_subject != Subject::Card)
            return;
        Card card = p->card(m_subjectId);
        if (card.id == NoId)
            return;
        const Card before = card;
        change(card);
        if (card != before)
            p->execute(new EditCardCommand(*p, before, card, text));
    };
    connect(m_cardKind, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change card kind"),
             [this](Card &c) { c.kind = CardKind(m_cardKind->currentData().toInt()); });
    });
    connect(m_cardChannel, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change channel"),
             [this](Card &c) { c.channel = Channel(m_cardChannel->currentData().toInt()); });
    });
    connect(m_cardOwner, &QLineEdit::editingFinished, this, [this, edit] {
        edit(tr("Change owner"), [this](Card &c) { c.owner = m_cardOwner->text().trimmed(); });
    });
    connect(m_cardEmotion, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change emotion"), [this](Card &c) {
            const QVariant v = m_cardEmotion->currentData();
            c.emotion = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
        });
    });
    connect(m_cardEvidence, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change evidence"),
             [this](Card &c) { c.evidence = Evidence(m_cardEvidence->currentData().toInt()); });
    });
    connect(m_cardSpan, &QSpinBox::editingFinished, this, [this, edit] {
        edit(tr("Change span"), [this](Card &c) { c.span = m_cardSpan->value(); });
    });
    connect(m_cardColor, &QPushButton::clicked, this, [this, edit] {
        Project *p = project();
        if (!p)
            return;
        const Card card = p->card(m_subjectId);
        const QColor color = QColorDialog::getColor(
            card.color.isValid() ? card.color : Theme::kindColor(card.kind), this,
            tr("Card colour"));
        if (color.isValid())
            edit(tr("Recolour card"), [color](Card &c) { c.color = color; });
    });
    connect(resetColor, &QToolButton::clicked, this,
            [this, edit] { edit(tr("Reset card colour"), [](Card &c) { c.color = QColor(); }); });
}

void InspectorPanel::fillCard()
{
    const Card card = project()->card(m_subjectId);
    m_heading->setText(tr("%1: %2").arg(enumLabel(card.kind), card.title.left(120)));
    if (m_cardTitle->toPlainText() != card.title)
        m_cardTitle->setPlainText(card.title);
    setComboData(m_cardKind, int(card.kind));
    setComboData(m_cardChannel, int(card.channel));
    m_cardOwner->setText(card.owner);
    setComboData(m_cardEmotion, card.emotion ? QVariant(*card.emotion) : QVariant());
    setComboData(m_cardEvidence, int(card.evidence));
    m_cardSpan->setMaximum(qMax(1, int(project()->stageIds(card.journeyId).size())));
    m_cardSpan->setValue(card.span);
    paintSwatch(m_cardColor, card.color);
    if (m_cardBody->toPlainText() != card.body)
        m_cardBody->setPlainText(card.body);
}

// --- Stage ---------------------------------------------------------------------------------

void InspectorPanel::buildStagePage()
{
    m_stagePage = new QWidget(m_pages);
    auto *form = topAlignedForm(m_stagePage);
    m_stageName = new QLineEdit(m_stagePage);
    m_stageDescription = textEdit(m_stagePage, 4);
    m_stageColor = new QPushButton(m_stagePage);
    m_stageHidden = new QCheckBox(tr("Hidden on the map"), m_stagePage);
    form->addRow(tr("&Name:"), m_stageName);
    form->addRow(tr("&Description:"), m_stageDescription);
    form->addRow(tr("Co&lour:"), m_stageColor);
    form->addRow(QString(), m_stageHidden);
    m_pages->addWidget(m_stagePage);
    m_stageDescription->installEventFilter(this);

    const auto edit = [this](const QString &text, auto change) {
        Project *p = project();
        if (!p || m_filling || m_subject != Subject::Stage)
            return;
        Stage stage = p->stage(m_subjectId);
        if (stage.id == NoId)
            return;
        const Stage before = stage;
        change(stage);
        if (stage != before)
            p->execute(new EditStageCommand(*p, before, stage, text));
    };
    connect(m_stageName, &QLineEdit::editingFinished, this, [this, edit] {
        const QString name = m_stageName->text().simplified();
        if (!name.isEmpty())
            edit(tr("Rename stage"), [name](Stage &s) { s.name = name; });
    });
    connect(m_stageColor, &QPushButton::clicked, this, [this, edit] {
        Project *p = project();
        if (!p)
            return;
        const Stage stage = p->stage(m_subjectId);
        const QColor color = QColorDialog::getColor(
            stage.color.isValid() ? stage.color : Theme::defaultStageColor(stage.position), this,
            tr("Stage colour"));
        if (color.isValid())
            edit(tr("Recolour stage"), [color](Stage &s) { s.color = color; });
    });
    connect(m_stageHidden, &QCheckBox::toggled, this, [this, edit](bool hidden) {
        edit(hidden ? tr("Hide stage") : tr("Show stage"),
             [hidden](Stage &s) { s.hidden = hidden; });
    });
}

void InspectorPanel::fillStage()
{
    const Stage stage = project()->stage(m_subjectId);
    m_heading->setText(tr("Stage: %1").arg(stage.name.left(120)));
    m_stageName->setText(stage.name);
    if (m_stageDescription->toPlainText() != stage.description)
        m_stageDescription->setPlainText(stage.description);
    paintSwatch(m_stageColor,
                stage.color.isValid() ? stage.color : Theme::defaultStageColor(stage.position));
    m_stageHidden->setChecked(stage.hidden);
}

// --- Lane ----------------------------------------------------------------------------------

void InspectorPanel::buildLanePage()
{
    m_lanePage = new QWidget(m_pages);
    auto *form = topAlignedForm(m_lanePage);
    m_laneName = new QLineEdit(m_lanePage);
    m_laneKind = enumCombo<LaneKind>(m_lanePage);
    m_laneVisible = new QCheckBox(tr("Shown on the map"), m_lanePage);
    form->addRow(tr("&Name:"), m_laneName);
    form->addRow(tr("&Kind:"), m_laneKind);
    form->addRow(QString(), m_laneVisible);
    m_pages->addWidget(m_lanePage);

    const auto edit = [this](const QString &text, auto change) {
        Project *p = project();
        if (!p || m_filling || m_subject != Subject::Lane)
            return;
        Lane lane = p->lane(m_subjectId);
        if (lane.id == NoId)
            return;
        const Lane before = lane;
        change(lane);
        if (lane != before)
            p->execute(new EditLaneCommand(*p, before, lane, text));
    };
    connect(m_laneName, &QLineEdit::editingFinished, this, [this, edit] {
        const QString name = m_laneName->text().simplified();
        if (!name.isEmpty())
            edit(tr("Rename lane"), [name](Lane &l) { l.name = name; });
    });
    connect(m_laneKind, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change lane kind"),
             [this](Lane &l) { l.kind = LaneKind(m_laneKind->currentData().toInt()); });
    });
    connect(m_laneVisible, &QCheckBox::toggled, this, [this, edit](bool visible) {
        edit(visible ? tr("Show lane") : tr("Hide lane"),
             [visible](Lane &l) { l.visible = visible; });
    });
}

void InspectorPanel::fillLane()
{
    const Lane lane = project()->lane(m_subjectId);
    m_heading->setText(tr("Lane: %1").arg(lane.name.left(120)));
    m_laneName->setText(lane.name);
    setComboData(m_laneKind, int(lane.kind));
    m_laneVisible->setChecked(lane.visible);
}

// --- Journey -------------------------------------------------------------------------------

void InspectorPanel::buildJourneyPage()
{
    m_journeyPage = new QWidget(m_pages);
    auto *form = topAlignedForm(m_journeyPage);
    m_journeyName = new QLineEdit(m_journeyPage);
    m_journeyDescription = textEdit(m_journeyPage, 5);
    m_journeyState = enumCombo<JourneyState>(m_journeyPage);
    m_journeyPersona = new QComboBox(m_journeyPage);
    form->addRow(tr("&Name:"), m_journeyName);
    form->addRow(tr("&Description:"), m_journeyDescription);
    form->addRow(tr("&State:"), m_journeyState);
    form->addRow(tr("&Persona:"), m_journeyPersona);
    m_pages->addWidget(m_journeyPage);
    m_journeyDescription->installEventFilter(this);

    const auto edit = [this](const QString &text, auto change) {
        Project *p = project();
        if (!p || m_filling || m_subject != Subject::Journey)
            return;
        Journey journey = p->journey(m_subjectId);
        if (journey.id == NoId)
            return;
        const Journey before = journey;
        change(journey);
        if (journey != before)
            p->execute(new EditJourneyCommand(*p, before, journey, text));
    };
    connect(m_journeyName, &QLineEdit::editingFinished, this, [this, edit] {
        const QString name = m_journeyName->text().simplified();
        if (!name.isEmpty())
            edit(tr("Rename journey"), [name](Journey &j) { j.name = name; });
    });
    connect(m_journeyState, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change journey state"),
             [this](Journey &j) { j.state = JourneyState(m_journeyState->currentData().toInt()); });
    });
    connect(m_journeyPersona, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change persona"),
             [this](Journey &j) { j.personaId = m_journeyPersona->currentData().toLongLong(); });
    });
}

void InspectorPanel::fillJourney()
{
    const Journey journey = project()->journey(m_subjectId);
    m_heading->setText(tr("Journey: %1").arg(journey.name.left(120)));
    m_journeyName->setText(journey.name);
    if (m_journeyDescription->toPlainText() != journey.description)
        m_journeyDescription->setPlainText(journey.description);
    setComboData(m_journeyState, int(journey.state));
    m_journeyPersona->clear();
    m_journeyPersona->addItem(tr("(none)"), qint64(NoId));
    for (const Persona &persona : project()->personas())
        m_journeyPersona->addItem(persona.name, persona.id);
    setComboData(m_journeyPersona, journey.personaId);
}

// --- Connection ----------------------------------------------------------------------------

void InspectorPanel::buildConnectionPage()
{
    m_connectionPage = new QWidget(m_pages);
    auto *form = topAlignedForm(m_connectionPage);
    m_connectionLabel = new QLineEdit(m_connectionPage);
    m_connectionKind = enumCombo<ConnectionKind>(m_connectionPage);
    form->addRow(tr("&Label:"), m_connectionLabel);
    form->addRow(tr("&Kind:"), m_connectionKind);
    m_pages->addWidget(m_connectionPage);

    const auto edit = [this](const QString &text, auto change) {
        Project *p = project();
        if (!p || m_filling || m_subject != Subject::Connection)
            return;
        Connection connection = p->connection(m_subjectId);
        if (connection.id == NoId)
            return;
        const Connection before = connection;
        change(connection);
        if (connection != before)
            p->execute(new EditConnectionCommand(*p, before, connection, text));
    };
    connect(m_connectionLabel, &QLineEdit::editingFinished, this, [this, edit] {
        edit(tr("Change connection label"),
             [this](Connection &c) { c.label = m_connectionLabel->text().trimmed(); });
    });
    connect(m_connectionKind, &QComboBox::activated, this, [this, edit] {
        edit(tr("Change connection kind"), [this](Connection &c) {
            c.kind = ConnectionKind(m_connectionKind->currentData().toInt());
        });
    });
}

void InspectorPanel::fillConnection()
{
    const Connection connection = project()->connection(m_subjectId);
    const Card from = project()->card(connection.fromCardId);
    const Card to = project()->card(connection.toCardId);
    m_heading->setText(tr("Connection: %1 → %2").arg(from.title.left(50), to.title.left(50)));
    m_connectionLabel->setText(connection.label);
    setComboData(m_connectionKind, int(connection.kind));
}

} // namespace Waymark
