#pragma once

#include "mapdata.h"

#include <QByteArray>

namespace Waymark {

// Writes the JSON map format canonically: fixed key order, ids as "j1"/"s2"/"c3",
// two-space indentation, UTF-8, a final newline. The same content always gives the same
// bytes, so two versions of a map diff well and export -> import -> export is exact.
QByteArray writeJsonMap(const MapData &map);

} // namespace Waymark
