#include "commentrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

namespace {

void bindCommentFields(QSqlQuery &q, const Comment &c)
{
    q.addBindValue(c.journeyId);
    q.addBindValue(enumKey(c.targetKind));
    q.addBindValue(idOrNull(c.targetId));
    q.addBindValue(idOrNull(c.parentId));
    q.addBindValue(text(c.author));
    q.addBindValue(text(c.text));
    q.addBindValue(dateTimeToText(c.createdAt));
    q.addBindValue(c.resolved ? 1 : 0);
    q.addBindValue(text(c.resolvedBy));
    q.addBindValue(dateTimeToText(c.resolvedAt));
}

} // namespace

bool CommentRepository::loadComments(QList<Comment> *comments)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("SELECT id, journey_id, target_kind, target_id, parent_id, "
                                   "author, text, created_at, resolved, resolved_by, "
                                   "resolved_at FROM comments ORDER BY id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toLongLong();
        c.journeyId = q.value(1).toLongLong();
        c.targetKind = enumFromKey(q.value(2).toString(), TargetKind::Journey);
        c.targetId = q.value(3).toLongLong();
        c.parentId = q.value(4).toLongLong();
        c.author = q.value(5).toString();
        c.text = q.value(6).toString();
        c.createdAt = dateTimeFromText(q.value(7).toString());
        c.resolved = q.value(8).toInt() != 0;
        c.resolvedBy = q.value(9).toString();
        c.resolvedAt = dateTimeFromText(q.value(10).toString());
        comments->append(c);
    }
    return true;
}

bool CommentRepository::insertComment(Comment *comment)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("INSERT INTO comments (id, journey_id, target_kind, "
                                   "target_id, parent_id, author, text, created_at, resolved, "
                                   "resolved_by, resolved_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(comment->id));
    bindCommentFields(q, *comment);
    if (!exec(q, m_document))
        return false;
    comment->id = q.lastInsertId().toLongLong();
    return true;
}

bool CommentRepository::updateComment(const Comment &comment)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("UPDATE comments SET journey_id = ?, target_kind = ?, "
                                             "target_id = ?, parent_id = ?, author = ?, text = ?, "
                                             "created_at = ?, resolved = ?, resolved_by = ?, "
                                             "resolved_at = ? WHERE id = ?"));
    bindCommentFields(q, comment);
    q.addBindValue(comment.id);
    return exec(q, m_document);
}

bool CommentRepository::removeComment(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM comments WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

} // namespace Waymark
