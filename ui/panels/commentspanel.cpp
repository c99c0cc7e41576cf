#include "commentspanel.h"

#include "canvas/carditem.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "commandrunner.h"
#include "commands/plancommands.h"
#include "dialogs/signoffdialog.h"
#include "icons.h"
#include "project/project.h"
#include "theme.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int HeadRole = Qt::UserRole + 2;     // "Author · date · on card “…”"
constexpr int ResolvedRole = Qt::UserRole + 3; // the thread is resolved
const QString NameKey = QStringLiteral("review/name");

// A comment as two parts: a muted header line (author in bold, date, target) and the text,
// wrapped to the width of the view.
class CommentDelegate : public QStyledItemDelegate
{
public:
    explicit CommentDelegate(QTreeWidget *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = textWidth(index);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics head(bold);
        const QFontMetrics body(option.font);
        const QRect text = body.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                             index.data(Qt::DisplayRole).toString());
        const QRect header = head.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                               index.data(HeadRole).toString());
        return QSize(width, header.height() + text.height() + 14);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const bool resolved = index.data(ResolvedRole).toBool();
        QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = Theme::mix(
            option.palette.color(selected ? QPalette::Highlight : QPalette::Base), ink, 0.6);
        if (resolved && !selected)
            ink = muted;
        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        const QRect rect = option.rect.adjusted(4, 5, -4, -5);
        const QFontMetrics head(bold);
        painter->setFont(bold);
        painter->setPen(resolved ? muted : Theme::mix(muted, ink, 0.5));
        QRect headerRect;
        painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          index.data(HeadRole).toString(), &headerRect);
        painter->setFont(option.font);
        painter->setPen(ink);
        painter->drawText(rect.adjusted(0, headerRect.height() + 2, 0, 0),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
    }

private:
    int textWidth(const QModelIndex &index) const
    {
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        return qMax(80, m_view->viewport()->width() - (depth + 1) * m_view->indentation() - 8);
    }

    QTreeWidget *m_view;
};
} // namespace

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterBox(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_comment(
          new QPushButton(Icons::icon(QStringLiteral("action-comment")), tr("&Comment"), this))
    , m_reply(new QPushButton(tr("Re&ply"), this))
    , m_resolve(new QPushButton(tr("&Resolve"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_signoffs(new QListWidget(this))
    , m_signOff(new QPushButton(tr("&Sign Off…"), this))
    , m_lockLabel(new QLabel(this))
{
    setAccessibleName(tr("Review comments"));
    m_filterBox->setObjectName(QStringLiteral("commentFilter"));
    m_filterBox->setAccessibleName(tr("Show comments"));
    m_filterBox->addItem(tr("All comments"), int(Filter::All));
    m_filterBox->addItem(tr("On the selection"), int(Filter::Selection));
    m_filterBox->addItem(tr("Unresolved"), int(Filter::Unresolved));
    m_tree->setObjectName(QStringLiteral("commentThreads"));
    m_tree->setAccessibleName(tr("Comment threads"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    m_tree->setAlternatingRowColors(true);
    m_tree->setToolTip(tr("Double-click a comment to show its card on the map."));
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegate(new CommentDelegate(m_tree));
    m_tree->viewport()->installEventFilter(this);
    m_tree->header()->setStretchLastSection(true);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    m_targetLabel->setObjectName(QStringLiteral("commentTarget"));
    m_targetLabel->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setAccessibleName(tr("Comment"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(80);
    m_comment->setObjectName(QStringLiteral("addComment"));
    m_reply->setObjectName(QStringLiteral("replyComment"));
    m_resolve->setObjectName(QStringLiteral("resolveComment"));
    m_delete->setObjectName(QStringLiteral("deleteComment"));
    m_signoffs->setObjectName(QStringLiteral("signoffs"));
    m_signoffs->setAccessibleName(tr("Sign-offs"));
    m_signoffs->setWordWrap(true);
    m_signoffs->setMaximumHeight(110);
    m_signOff->setObjectName(QStringLiteral("signOff"));
    m_lockLabel->setWordWrap(true);
    m_lockLabel->setObjectName(QStringLiteral("commentLock"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_filterBox);
    top->addWidget(showLabel);
    top->addWidget(m_filterBox, 1);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_lockLabel);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_comment);
    buttons->addWidget(m_reply);
    buttons->addStretch(1);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    auto *signoffBox = new QGroupBox(tr("Sign-offs"), this);
    auto *signoffLayout = new QVBoxLayout(signoffBox);
    signoffLayout->addWidget(m_signoffs);
    signoffLayout->addWidget(m_signOff, 0, Qt::AlignRight);
    layout->addWidget(signoffBox);

    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(Filter(m_filterBox->currentData().toInt())); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CommentsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const Id id = item->data(0, IdRole).value<Id>();
        if (m_project && m_project->hasComment(id)) {
            const Comment c = m_project->comment(id);
            Q_EMIT showTargetRequested(c.targetKind, c.targetId);
        }
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateButtons);
    connect(m_comment, &QPushButton::clicked, this, [this] {
        if (addComment(m_text->toPlainText()))
            m_text->clear();
    });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        if (reply(currentCommentId(), m_text->toPlainText()))
            m_text->clear();
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const Id id = currentCommentId();
        if (m_project && m_project->hasComment(id)) {
            Comment c = m_project->comment(id);
            if (c.parentId != NoId)
                c = m_project->comment(c.parentId);
            setResolved(c.id, !c.resolved);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { removeComment(currentCommentId()); });
    connect(m_signOff, &QPushButton::clicked, this, &CommentsPanel::signOff);
    setProject(nullptr, nullptr);
}

void CommentsPanel::setProject(Project *project, JourneyScene *scene)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_project = project;
    m_scene = scene;
    if (project) {
        connect(project, &Project::commentInserted, this, &CommentsPanel::refresh);
        connect(project, &Project::commentRemoved, this, &CommentsPanel::refresh);
        connect(project, &Project::journeyRemoved, this, &CommentsPanel::refresh);
        connect(project, &Project::commentChanged, this, &CommentsPanel::refresh);
        connect(project, &Project::editLockChanged, this, &CommentsPanel::refresh);
        connect(project, &Project::reset, this, &CommentsPanel::refresh);
        connect(project, &Project::signoffsChanged, this, &CommentsPanel::refreshSignoffs);
        connect(project, &Project::contentChanged, this, &CommentsPanel::refreshSignoffs);
        // Comments name the cards and stages they are pinned to.
        connect(project, &Project::cardChanged, this, &CommentsPanel::refresh);
        connect(project, &Project::stageChanged, this, &CommentsPanel::refresh);
    }
    if (scene) {
        connect(scene, &QGraphicsScene::selectionChanged, this, &CommentsPanel::updateTarget);
        connect(scene, &JourneyScene::layoutChanged, this, &CommentsPanel::updateTarget);
    }
    updateTarget();
    refreshSignoffs();
}

bool CommentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped comments change height with the width of the dock.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void CommentsPanel::setFilter(Filter filter)
{
    m_filter = filter;
    const int index = m_filterBox->findData(int(filter));
    if (index != m_filterBox->currentIndex())
        m_filterBox->setCurrentIndex(index);
    refresh();
}

void CommentsPanel::updateTarget()
{
    m_targetKind = TargetKind::Journey;
    m_targetId = m_scene ? m_scene->journeyId() : NoId;
    if (m_scene) {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (selected.size() == 1) {
            if (CardItem *card = CardItem::from(selected.first())) {
                m_targetKind = TargetKind::Card;
                m_targetId = card->cardId();
            } else if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(selected.first())) {
                m_targetKind = TargetKind::Stage;
                m_targetId = stage->stageId();
            }
        }
    }
    refresh();
}

QString CommentsPanel::targetLabel(TargetKind kind, Id id) const
{
    if (!m_project)
        return {};
    switch (kind) {
    case TargetKind::Card:
        return tr("card “%1”").arg(m_project->card(id).title.left(80));
    case TargetKind::Stage:
        return tr("stage “%1”").arg(m_project->stage(id).name.left(80));
    case TargetKind::Journey:
        break;
    }
    return tr("the journey");
}

void CommentsPanel::refresh()
{
    const Id selectedId = currentCommentId();
    m_tree->clear();
    const bool open = m_project && m_scene && m_project->hasJourney(m_scene->journeyId());
    QString empty;
    if (open) {
        const Id journeyId = m_scene->journeyId();
        const QLocale locale;
        QList<Comment> threads;
        for (const Comment &c : m_project->comments(journeyId)) {
            if (c.parentId != NoId)
                continue;
            if (m_filter == Filter::Unresolved && c.resolved)
                continue;
            if (m_filter == Filter::Selection
                && (c.targetKind != m_targetKind || c.targetId != m_targetId))
                continue;
            threads.append(c);
        }
        // Newest threads first: what a reviewer just wrote is at the top.
        std::reverse(threads.begin(), threads.end());
        QTreeWidgetItem *current = nullptr;
        // c is the thread itself or one of its replies; a reply shows its thread's resolution.
        auto describe = [&](QTreeWidgetItem *item, const Comment &c, const Comment &thread) {
            const bool isThread = c.id == thread.id;
            QString head = tr("%1 · %2").arg(
                c.author, locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
            if (isThread)
                head = tr("%1 · on %2").arg(head, targetLabel(c.targetKind, c.targetId));
            if (isThread && c.resolved)
                head = tr("✓ Resolved · %1").arg(head);
            item->setText(0, c.text);
            item->setData(0, HeadRole, head);
            item->setToolTip(0, (head + QLatin1Char('\n') + c.text).toHtmlEscaped());
            item->setData(0, IdRole, c.id);
            item->setData(0, ResolvedRole, thread.resolved);
            if (c.id == selectedId)
                current = item;
        };
        for (const Comment &thread : threads) {
            auto *item = new QTreeWidgetItem(m_tree);
            describe(item, thread, thread);
            for (const Comment &r : m_project->replies(thread.id))
                describe(new QTreeWidgetItem(item), r, thread);
            item->setExpanded(true);
        }
        if (current)
            m_tree->setCurrentItem(current);
        if (threads.isEmpty()) {
            empty = m_filter == Filter::Unresolved ? tr("No unresolved comments.")
                    : m_filter == Filter::Selection
                        ? tr("No comments on %1 yet.").arg(targetLabel(m_targetKind, m_targetId))
                        : tr("No comments yet. Select a card or stage on the map and write "
                             "below (Ctrl+Alt+M).");
        }
        m_targetLabel->setText(tr("Comment on %1:").arg(targetLabel(m_targetKind, m_targetId)));
        m_text->setPlaceholderText(tr("Write a comment…"));
    } else {
        empty = tr("Open a project to review it.");
        m_targetLabel->clear();
    }
    m_emptyLabel->setText(empty);
    m_emptyLabel->setVisible(!empty.isEmpty());
    m_tree->setVisible(empty.isEmpty());
    const QString lock = m_project ? m_project->reviewLockReason() : QString();
    m_lockLabel->setText(lock);
    m_lockLabel->setVisible(!lock.isEmpty());
    updateButtons();
}

void CommentsPanel::refreshSignoffs()
{
    m_signoffs->clear();
    if (m_project) {
        const QLocale locale;
        const QList<Project::SignoffState> states = m_project->signoffStatus();
        for (const Project::SignoffState &state : states) {
            const Signoff &s = state.signoff;
            QString text = tr("%1 · %2").arg(
                s.name, locale.toString(s.signedAt.toLocalTime(), QLocale::ShortFormat));
            text += QLatin1Char('\n')
                    + (state.current ? tr("current")
                                     : tr("outdated — the project changed after this sign-off"));
            if (!s.note.isEmpty())
                text += QLatin1Char('\n') + s.note;
            auto *item = new QListWidgetItem(text, m_signoffs);
            item->setData(IdRole, s.id);
            item->setIcon(Icons::icon(QStringLiteral("action-review")));
            item->setForeground(state.current ? QColor(0x2e, 0x9d, 0x4f)
                                              : QColor(0xd9, 0x8e, 0x04));
            item->setToolTip(text);
        }
        if (states.isEmpty()) {
            auto *item = new QListWidgetItem(tr("Nobody has signed off yet."), m_signoffs);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    updateButtons();
}

Id CommentsPanel::currentCommentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).value<Id>() : NoId;
}

void CommentsPanel::updateButtons()
{
    const bool can = m_project && m_scene && m_project->canReview()
                     && m_project->hasJourney(m_scene->journeyId());
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    const Id id = currentCommentId();
    const bool selected = m_project && m_project->hasComment(id);
    m_text->setEnabled(can);
    m_comment->setEnabled(can && hasText);
    m_reply->setEnabled(can && hasText && selected);
    bool resolved = false;
    bool own = false;
    if (selected) {
        const Comment c = m_project->comment(id);
        const Comment thread = c.parentId != NoId ? m_project->comment(c.parentId) : c;
        resolved = thread.resolved;
        own = c.author == m_project->reviewerName();
    }
    m_resolve->setText(resolved ? tr("Re&open") : tr("&Resolve"));
    m_resolve->setEnabled(can && selected);
    m_delete->setEnabled(can && selected && own);
    m_delete->setToolTip(selected && !own ? tr("Only the author can delete a comment.")
                                          : QString());
    m_signOff->setEnabled(m_project && m_project->canReview());
}

bool CommentsPanel::ensureReviewerName(QWidget *parent, Project &project)
{
    QSettings settings;
    QString name = settings.value(NameKey).toString().trimmed();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(parent, tr("Your Name"),
                                     tr("Comments and sign-offs carry your name. Your name:"),
                                     QLineEdit::Normal, Project::systemUserName(), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return false;
        settings.setValue(NameKey, name);
    }
    project.setReviewerName(name);
    return true;
}

bool CommentsPanel::run(QUndoCommand *command)
{
    if (m_project->execute(command))
        return true;
    const QString why = m_project->lastRefusal();
    if (!showRefusal(why, this))
        QMessageBox::information(this, tr("Comment"), why);
    return false;
}

void CommentsPanel::startComment()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

bool CommentsPanel::addComment(const QString &text)
{
    if (!m_project || !m_scene || text.trimmed().isEmpty())
        return false;
    if (!ensureReviewerName(this, *m_project))
        return false;
    Comment comment;
    comment.journeyId = m_scene->journeyId();
    comment.targetKind = m_targetKind;
    comment.targetId = m_targetId;
    comment.text = text.trimmed();
    return run(new AddCommentCommand(*m_project, comment));
}

bool CommentsPanel::reply(Id threadId, const QString &text)
{
    if (!m_project || !m_project->hasComment(threadId) || text.trimmed().isEmpty())
        return false;
    if (!ensureReviewerName(this, *m_project))
        return false;
    Comment comment;
    comment.parentId = threadId;
    comment.journeyId = m_project->comment(threadId).journeyId;
    comment.text = text.trimmed();
    return run(new AddCommentCommand(*m_project, comment));
}

bool CommentsPanel::setResolved(Id threadId, bool resolved)
{
    if (!m_project || !m_project->hasComment(threadId))
        return false;
    if (!ensureReviewerName(this, *m_project))
        return false;
    return run(new ResolveCommentCommand(*m_project, threadId, resolved));
}

bool CommentsPanel::removeComment(Id commentId)
{
    if (!m_project || !m_project->hasComment(commentId))
        return false;
    return run(new RemoveCommentCommand(*m_project, commentId));
}

void CommentsPanel::signOff()
{
    if (!m_project || !ensureReviewerName(this, *m_project))
        return;
    SignoffDialog dialog(m_project->reviewerName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(new AddSignoffCommand(*m_project, dialog.name(), dialog.note()));
}

} // namespace Waymark
