#pragma once

#include "mapdata.h"

#include <QByteArray>

namespace Waymark {

// Writes the JSON map format canonically: fixed key order, ids as "j1"/"s2"/"c3",
// two-space indentation, UTF-8, a final newline. The same content always gives the same
// bytes, so two versions of a map diff well and export -> import -> export is exact.
//
// After "journeys" come the objects of CX management, each referring to the map by id:
//   "goals":    id "g…", journey, title, scope (journey|stage|card), target (j/s/c id),
//               metric, operator (at_least|at_most), value (number), due ("2027-Q2")
//   "actions":  id "a…", journey, title, description, owner, status, due (date or null),
//               impact, cards ["c…"], goals ["g…"], created, updated; in plan order
//   "comments": id "m…", journey, scope, target, parent ("m…" of the thread's first
//               comment, or null), author, text, created, resolved, resolved_by, resolved_at
//   "signoffs": id "o…", name, signed, note, fingerprint
// Personas carry "segments" (a list of texts). Times are UTC with whole seconds
// ("2026-11-23T09:30:00Z"), dates "2027-03-31"; unset ones are null.
QByteArray writeJsonMap(const MapData &map);

} // namespace Waymark
