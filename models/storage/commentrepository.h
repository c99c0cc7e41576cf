#pragma once

#include "domain/plan.h"

#include <QList>

namespace Waymark {

class Document;

// Review comments and their replies.
class CommentRepository
{
public:
    explicit CommentRepository(Document &document)
        : m_document(document)
    {}

    // In id order (the order they were written).
    bool loadComments(QList<Comment> *comments);
    // Inserts with the given id when it is set (undo of a delete), else assigns one.
    bool insertComment(Comment *comment);
    bool updateComment(const Comment &comment);
    bool removeComment(Id id);

private:
    Document &m_document;
};

} // namespace Waymark
