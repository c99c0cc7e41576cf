#pragma once

#include <QtGlobal>

namespace Waymark {

// Row id of a domain object in its project file. Ids are never reused within a file
// (tables use AUTOINCREMENT), so an undo can restore an object under its old id and
// everything that refers to it by id reattaches.
using Id = qint64;

inline constexpr Id NoId = 0;

} // namespace Waymark
