#pragma once

#include "domain/plan.h"

#include <QList>

namespace Waymark {

class Document;

// Sign-offs of a project. They are never edited: a new review signs again.
class SignoffRepository
{
public:
    explicit SignoffRepository(Document &document)
        : m_document(document)
    {}

    // In id order.
    bool loadSignoffs(QList<Signoff> *signoffs);
    // Inserts with the given id when it is set (undo of a delete), else assigns one.
    bool insertSignoff(Signoff *signoff);
    bool removeSignoff(Id id);

private:
    Document &m_document;
};

} // namespace Waymark
