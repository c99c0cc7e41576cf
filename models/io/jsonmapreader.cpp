#include "jsonmapreader.h"

#include "domain/enums.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace Waymark {

namespace {

// Thrown inside the reader only, caught in read(): keeps every check a single line.
struct MapError
{
    QString message;
};

[[noreturn]] void raise(const QString &message)
{
    throw MapError{message};
}

constexpr qsizetype MaxTextLength = 1000000;
constexpr qsizetype MaxPictureBytes = 16 * 1024 * 1024;

// Turns "c12" into 12; the letter prefix is free, the number must be positive.
std::optional<Id> numericId(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isLetter())
        ++i;
    if (i == text.size() || i > 8)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.mid(i).toLongLong(&ok);
    if (!ok || value <= 0 || value > (qint64(1) << 52))
        return std::nullopt;
    return value;
}

// Assigns internal ids to the string ids of one kind of object. Ids keep their number
// when every id of the kind has a distinct number, so maps round-trip exactly; otherwise
// the kind is numbered afresh in order of appearance.
class IdTable
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonMapReader)

public:
    explicit IdTable(QString what)
        : m_what(std::move(what))
    {}

    void declare(const QString &id, const QString &where)
    {
        if (id.isEmpty())
            raise(tr("%1 has an empty “id”.").arg(where));
        if (m_order.contains(id))
            raise(tr("The id “%1” is used twice (%2).").arg(id, m_what));
        m_order.append(id);
    }

    void assign()
    {
        QSet<Id> seen;
        bool numeric = true;
        for (const QString &id : std::as_const(m_order)) {
            const auto n = numericId(id);
            if (!n || seen.contains(*n)) {
                numeric = false;
                break;
            }
            seen.insert(*n);
        }
        for (int i = 0; i < m_order.size(); ++i)
            m_ids.insert(m_order.at(i), numeric ? *numericId(m_order.at(i)) : Id(i + 1));
    }

    Id value(const QString &id) const { return m_ids.value(id, NoId); }
    bool contains(const QString &id) const { return m_ids.contains(id); }

private:
    QString m_what;
    QStringList m_order;
    QHash<QString, Id> m_ids;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonMapReader)

public:
    MapData parse(const QJsonObject &root);

private:
    static QString where(const QString &kind, const QString &id)
    {
        return tr("%1 “%2”").arg(kind, id);
    }

    static QString text(const QJsonObject &o, const char *key, const QString &where,
                        bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                raise(tr("%1 has no “%2”.").arg(where, QLatin1String(key)));
            return {};
        }
        if (!v.isString())
            raise(tr("In %1, “%2” must be text.").arg(where, QLatin1String(key)));
        const QString s = v.toString();
        if (s.size() > MaxTextLength)
            raise(tr("In %1, “%2” is longer than a million characters.")
                      .arg(where, QLatin1String(key)));
        return s;
    }

    static bool flag(const QJsonObject &o, const char *key, bool fallback, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            raise(tr("In %1, “%2” must be true or false.").arg(where, QLatin1String(key)));
        return v.toBool();
    }

    static std::optional<qint64> integer(const QJsonObject &o, const char *key,
                                         const QString &where, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            raise(tr("In %1, “%2” must be a whole number from %3 to %4.")
                      .arg(where, QLatin1String(key))
                      .arg(min)
                      .arg(max));
        }
        return qint64(d);
    }

    template<typename E>
    static E enumeration(const QJsonObject &o, const char *key, E fallback, const QString &where)
    {
        const QString value = text(o, key, where);
        if (value.isEmpty() && !o.contains(QLatin1String(key)))
            return fallback;
        const auto parsed = enumFromKey<E>(value);
        if (!parsed)
            raise(tr("In %1, “%2” has an unknown value “%3”.")
                      .arg(where, QLatin1String(key), value.left(80)));
        return *parsed;
    }

    static QColor color(const QJsonObject &o, const char *key, const QString &where)
    {
        const QString value = text(o, key, where);
        if (value.isEmpty())
            return {};
        if (value.size() != 7 || !value.startsWith(QLatin1Char('#'))
            || !QColor::fromString(value).isValid()) {
            raise(tr("In %1, “%2” must be a colour like #1f6feb.").arg(where, QLatin1String(key)));
        }
        return QColor::fromString(value);
    }

    static QJsonArray array(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            raise(tr("In %1, “%2” must be a list.").arg(where, QLatin1String(key)));
        return v.toArray();
    }

    static QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            raise(tr("%1 must be an object.").arg(where));
        return v.toObject();
    }

    static QString idOf(const QJsonObject &o, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String("id"));
        if (v.isString())
            return v.toString().left(200);
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        raise(tr("%1 has no “id”.").arg(where));
    }

    IdTable m_personas{tr("personas")};
    IdTable m_journeys{tr("journeys")};
    IdTable m_stages{tr("stages")};
    IdTable m_lanes{tr("lanes")};
    IdTable m_cards{tr("cards")};
    IdTable m_connections{tr("connections")};
    IdTable m_goals{tr("goals")};
    IdTable m_actions{tr("actions")};
    IdTable m_comments{tr("comments")};
    IdTable m_signoffs{tr("sign-offs")};

    static double real(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            raise(tr("In %1, “%2” must be a number.").arg(where, QLatin1String(key)));
        return v.toDouble();
    }

    static QDateTime time(const QJsonObject &o, const char *key, const QString &where)
    {
        const QString value = text(o, key, where);
        if (value.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(value, Qt::ISODate);
        if (!t.isValid() || value.size() > 40)
            raise(tr("In %1, “%2” must be a time like 2026-11-23T09:30:00Z.")
                      .arg(where, QLatin1String(key)));
        t = t.toUTC();
        t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
        return t;
    }

    static QDate date(const QJsonObject &o, const char *key, const QString &where)
    {
        const QString value = text(o, key, where);
        if (value.isEmpty())
            return {};
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || value.size() != 10)
            raise(tr("In %1, “%2” must be a date like 2027-03-31.").arg(where, QLatin1String(key)));
        return d;
    }

    // The journey an object of the plan belongs to: required, and in the map.
    Id journeyRef(const QJsonObject &o, const QString &where) const
    {
        const QString journey = text(o, "journey", where, true);
        if (!m_journeys.contains(journey))
            raise(tr("%1 refers to the journey “%2”, which the map does not have.")
                      .arg(where, journey.left(80)));
        return m_journeys.value(journey);
    }

    // The journey, stage or card a goal or comment is about ("scope" and "target"), which
    // must be in the object's journey. A journey-wide one may leave "target" out.
    void targetRef(const QJsonObject &o, const QString &where, Id journeyId, TargetKind *kind,
                   Id *targetId, const QHash<Id, Id> &stageJourney,
                   const QHash<Id, Id> &cardJourney) const
    {
        *kind = enumeration(o, "scope", TargetKind::Journey, where);
        const QString target = text(o, "target", where, *kind != TargetKind::Journey);
        switch (*kind) {
        case TargetKind::Journey:
            if (!target.isEmpty()
                && (!m_journeys.contains(target) || m_journeys.value(target) != journeyId)) {
                raise(tr("%1 refers to the journey “%2”, which is not its journey.")
                          .arg(where, target.left(80)));
            }
            *targetId = journeyId;
            return;
        case TargetKind::Stage:
            if (!m_stages.contains(target)
                || stageJourney.value(m_stages.value(target)) != journeyId) {
                raise(tr("%1 refers to the stage “%2”, which is not in its journey.")
                          .arg(where, target.left(80)));
            }
            *targetId = m_stages.value(target);
            return;
        case TargetKind::Card:
            if (!m_cards.contains(target) || cardJourney.value(m_cards.value(target)) != journeyId)
                raise(tr("%1 refers to the card “%2”, which is not in its journey.")
                          .arg(where, target.left(80)));
            *targetId = m_cards.value(target);
            return;
        }
    }

    static QStringList textList(const QJsonObject &o, const char *key, const QString &where)
    {
        QStringList result;
        for (const QJsonValue &v : array(o, key, where)) {
            if (!v.isString() || v.toString().size() > MaxTextLength)
                raise(tr("In %1, “%2” must be a list of texts.").arg(where, QLatin1String(key)));
            result.append(v.toString());
        }
        return result;
    }

    void parsePlan(const QJsonObject &root, MapData *map, const QHash<Id, Id> &stageJourney,
                   const QHash<Id, Id> &cardJourney);
};

MapData Parser::parse(const QJsonObject &root)
{
    if (root.value(QLatin1String("format")).toString() != QLatin1String("waymark-map"))
        raise(tr("This is not a Waymark map: “format” is not “waymark-map”."));
    const auto version = integer(root, "version", tr("the map"), 1, 1000000);
    if (!version)
        raise(tr("The map has no “version”."));
    if (*version > 1)
        raise(tr("The map was written by a newer Waymark (map format version %1); this "
                 "Waymark reads version 1.")
                  .arg(*version));

    MapData map;
    const QString mapWhere = tr("the map");
    map.title = text(root, "title", mapWhere);
    const QJsonValue settings = root.value(QLatin1String("settings"));
    if (!settings.isUndefined() && !settings.isNull()) {
        const QJsonObject s = object(settings, tr("“settings”"));
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!it.value().isString())
                raise(tr("The setting “%1” must be text.").arg(it.key().left(80)));
            if (it.key() == QLatin1String("title") || it.key().size() > 100)
                continue;
            map.settings.insert(it.key(), it.value().toString().left(MaxTextLength));
        }
    }

    // First pass: declare every id so that references can be checked and ids assigned.
    const QJsonArray personas = array(root, "personas", mapWhere);
    const QJsonArray journeys = array(root, "journeys", mapWhere);
    for (const QJsonValue &v : personas) {
        const QJsonObject o = object(v, tr("A persona"));
        m_personas.declare(idOf(o, tr("A persona")), tr("A persona"));
    }
    for (const QJsonValue &jv : journeys) {
        const QJsonObject j = object(jv, tr("A journey"));
        const QString jid = idOf(j, tr("A journey"));
        m_journeys.declare(jid, tr("A journey"));
        const QString jw = where(tr("journey"), jid);
        for (const QJsonValue &v : array(j, "stages", jw))
            m_stages.declare(idOf(object(v, tr("A stage")), tr("A stage")), tr("A stage"));
        for (const QJsonValue &v : array(j, "lanes", jw))
            m_lanes.declare(idOf(object(v, tr("A lane")), tr("A lane")), tr("A lane"));
        for (const QJsonValue &v : array(j, "cards", jw))
            m_cards.declare(idOf(object(v, tr("A card")), tr("A card")), tr("A card"));
        for (const QJsonValue &v : array(j, "connections", jw)) {
            const QJsonObject c = object(v, tr("A connection"));
            // Connection ids are optional in hand-written maps.
            if (c.contains(QLatin1String("id")))
                m_connections.declare(idOf(c, tr("A connection")), tr("A connection"));
        }
    }
    for (const QJsonValue &v : array(root, "goals", mapWhere))
        m_goals.declare(idOf(object(v, tr("A goal")), tr("A goal")), tr("A goal"));
    for (const QJsonValue &v : array(root, "actions", mapWhere))
        m_actions.declare(idOf(object(v, tr("An action")), tr("An action")), tr("An action"));
    for (const QJsonValue &v : array(root, "comments", mapWhere))
        m_comments.declare(idOf(object(v, tr("A comment")), tr("A comment")), tr("A comment"));
    for (const QJsonValue &v : array(root, "signoffs", mapWhere))
        m_signoffs.declare(idOf(object(v, tr("A sign-off")), tr("A sign-off")), tr("A sign-off"));
    m_goals.assign();
    m_actions.assign();
    m_comments.assign();
    m_signoffs.assign();
    m_personas.assign();
    m_journeys.assign();
    m_stages.assign();
    m_lanes.assign();
    m_cards.assign();
    m_connections.assign();

    for (const QJsonValue &v : personas) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o, tr("A persona"));
        const QString w = where(tr("persona"), id);
        Persona p;
        p.id = m_personas.value(id);
        p.name = text(o, "name", w, true);
        p.description = text(o, "description", w);
        p.goals = text(o, "goals", w);
        p.frustrations = text(o, "frustrations", w);
        p.quote = text(o, "quote", w);
        p.color = color(o, "color", w);
        p.segments = textList(o, "segments", w);
        const QString picture = text(o, "picture", w);
        if (!picture.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                picture.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.size() > MaxPictureBytes)
                raise(tr("In %1, “picture” is not a valid image.").arg(w));
            p.picture = decoded.decoded;
        }
        p.position = int(map.personas.size());
        map.personas.append(p);
    }

    QHash<Id, Id> stageJourney;
    QHash<Id, Id> laneJourney;
    QHash<Id, Id> cardJourney;
    int generatedConnection = 0;
    for (const QJsonValue &jv : journeys) {
        const QJsonObject j = jv.toObject();
        const QString jid = idOf(j, tr("A journey"));
        const QString jw = where(tr("journey"), jid);
        MapJourney mj;
        mj.journey.id = m_journeys.value(jid);
        mj.journey.name = text(j, "name", jw, true);
        mj.journey.description = text(j, "description", jw);
        mj.journey.state = enumeration(j, "state", JourneyState::Current, jw);
        const QString persona = text(j, "persona", jw);
        if (!persona.isEmpty()) {
            if (!m_personas.contains(persona))
                raise(tr("%1 refers to the persona “%2”, which the map does not have.")
                          .arg(jw, persona.left(80)));
            mj.journey.personaId = m_personas.value(persona);
        }
        const QString source = text(j, "source", jw);
        if (!source.isEmpty()) {
            if (!m_journeys.contains(source))
                raise(tr("%1 refers to the journey “%2”, which the map does not have.")
                          .arg(jw, source.left(80)));
            mj.journey.sourceJourneyId = m_journeys.value(source);
        }
        mj.journey.position = int(map.journeys.size());

        for (const QJsonValue &v : array(j, "stages", jw)) {
            const QJsonObject o = v.toObject();
            const QString id = idOf(o, tr("A stage"));
            const QString w = where(tr("stage"), id);
            Stage s;
            s.id = m_stages.value(id);
            s.journeyId = mj.journey.id;
            s.name = text(o, "name", w, true);
            s.description = text(o, "description", w);
            s.color = color(o, "color", w);
            s.hidden = flag(o, "hidden", false, w);
            s.position = int(mj.stages.size());
            stageJourney.insert(s.id, s.journeyId);
            mj.stages.append(s);
        }
        for (const QJsonValue &v : array(j, "lanes", jw)) {
            const QJsonObject o = v.toObject();
            const QString id = idOf(o, tr("A lane"));
            const QString w = where(tr("lane"), id);
            Lane l;
            l.id = m_lanes.value(id);
            l.journeyId = mj.journey.id;
            l.name = text(o, "name", w, true);
            l.kind = enumeration(o, "kind", LaneKind::Custom, w);
            l.visible = flag(o, "visible", true, w);
            l.position = int(mj.lanes.size());
            laneJourney.insert(l.id, l.journeyId);
            mj.lanes.append(l);
        }
        QHash<QPair<Id, Id>, int> cellFill;
        for (const QJsonValue &v : array(j, "cards", jw)) {
            const QJsonObject o = v.toObject();
            const QString id = idOf(o, tr("A card"));
            const QString w = where(tr("card"), id);
            Card c;
            c.id = m_cards.value(id);
            c.journeyId = mj.journey.id;
            const QString stage = text(o, "stage", w, true);
            const QString lane = text(o, "lane", w, true);
            if (!m_stages.contains(stage)
                || stageJourney.value(m_stages.value(stage)) != mj.journey.id) {
                raise(tr("%1 refers to the stage “%2”, which is not in %3.")
                          .arg(w, stage.left(80), jw));
            }
            if (!m_lanes.contains(lane) || laneJourney.value(m_lanes.value(lane)) != mj.journey.id)
                raise(tr("%1 refers to the lane “%2”, which is not in %3.")
                          .arg(w, lane.left(80), jw));
            c.stageId = m_stages.value(stage);
            c.laneId = m_lanes.value(lane);
            c.span = int(integer(o, "span", w, 1, MaxCardSpan).value_or(1));
            c.kind = enumeration(o, "kind", CardKind::Note, w);
            c.title = text(o, "title", w);
            c.body = text(o, "body", w);
            c.channel = enumeration(o, "channel", Channel::None, w);
            c.owner = text(o, "owner", w);
            if (const auto emotion = integer(o, "emotion", w, MinEmotion, MaxEmotion))
                c.emotion = int(*emotion);
            c.evidence = enumeration(o, "evidence", Evidence::Assumed, w);
            c.color = color(o, "color", w);
            c.position = cellFill[{c.stageId, c.laneId}]++;
            cardJourney.insert(c.id, c.journeyId);
            mj.cards.append(c);
        }
        for (const QJsonValue &v : array(j, "connections", jw)) {
            const QJsonObject o = v.toObject();
            const QString id
                = o.contains(QLatin1String("id")) ? idOf(o, tr("A connection")) : QString();
            const QString w
                = id.isEmpty() ? tr("a connection of %1").arg(jw) : where(tr("connection"), id);
            Connection c;
            c.id = id.isEmpty() ? -(++generatedConnection) : m_connections.value(id);
            c.journeyId = mj.journey.id;
            const QString from = text(o, "from", w, true);
            const QString to = text(o, "to", w, true);
            for (const QString &end : {from, to}) {
                if (!m_cards.contains(end)
                    || cardJourney.value(m_cards.value(end)) != mj.journey.id)
                    raise(tr("%1 refers to the card “%2”, which is not in %3.")
                              .arg(w, end.left(80), jw));
            }
            c.fromCardId = m_cards.value(from);
            c.toCardId = m_cards.value(to);
            c.kind = enumeration(o, "kind", ConnectionKind::Flow, w);
            c.label = text(o, "label", w);
            mj.connections.append(c);
        }
        map.journeys.append(mj);
    }

    parsePlan(root, &map, stageJourney, cardJourney);

    // Connections without an id get fresh ones after the highest id in the map.
    Id next = 0;
    for (const MapJourney &mj : std::as_const(map.journeys)) {
        for (const Connection &c : mj.connections)
            next = qMax(next, c.id);
    }
    for (MapJourney &mj : map.journeys) {
        for (Connection &c : mj.connections) {
            if (c.id < 0)
                c.id = ++next;
        }
    }
    return map;
}

// Goals, the improvement plan, comments and sign-offs; they refer to the map by id.
void Parser::parsePlan(const QJsonObject &root, MapData *map, const QHash<Id, Id> &stageJourney,
                       const QHash<Id, Id> &cardJourney)
{
    const QString mapWhere = tr("the map");
    for (const QJsonValue &v : array(root, "goals", mapWhere)) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o, tr("A goal"));
        const QString w = where(tr("goal"), id);
        Goal g;
        g.id = m_goals.value(id);
        g.journeyId = journeyRef(o, w);
        g.title = text(o, "title", w);
        targetRef(o, w, g.journeyId, &g.scope, &g.targetId, stageJourney, cardJourney);
        g.metric = enumeration(o, "metric", Metric::Nps, w);
        g.op = enumeration(o, "operator", GoalOperator::AtLeast, w);
        g.target = real(o, "value", w);
        g.due = text(o, "due", w).left(40);
        map->goals.append(g);
    }
    for (const QJsonValue &v : array(root, "actions", mapWhere)) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o, tr("An action"));
        const QString w = where(tr("action"), id);
        Action a;
        a.id = m_actions.value(id);
        a.journeyId = journeyRef(o, w);
        a.title = text(o, "title", w);
        a.description = text(o, "description", w);
        a.owner = text(o, "owner", w);
        a.status = enumeration(o, "status", ActionStatus::Idea, w);
        a.due = date(o, "due", w);
        a.impact = text(o, "impact", w);
        for (const QString &card : textList(o, "cards", w)) {
            if (!m_cards.contains(card))
                raise(tr("%1 refers to the card “%2”, which the map does not have.")
                          .arg(w, card.left(80)));
            a.cardIds.append(m_cards.value(card));
        }
        for (const QString &goal : textList(o, "goals", w)) {
            if (!m_goals.contains(goal))
                raise(tr("%1 refers to the goal “%2”, which the map does not have.")
                          .arg(w, goal.left(80)));
            a.goalIds.append(m_goals.value(goal));
        }
        std::sort(a.cardIds.begin(), a.cardIds.end());
        a.cardIds.erase(std::unique(a.cardIds.begin(), a.cardIds.end()), a.cardIds.end());
        std::sort(a.goalIds.begin(), a.goalIds.end());
        a.goalIds.erase(std::unique(a.goalIds.begin(), a.goalIds.end()), a.goalIds.end());
        a.createdAt = time(o, "created", w);
        a.updatedAt = time(o, "updated", w);
        a.position = int(map->actions.size());
        map->actions.append(a);
    }
    const QJsonArray comments = array(root, "comments", mapWhere);
    QHash<Id, Id> parentOf;
    for (const QJsonValue &v : comments) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o, tr("A comment"));
        const QString w = where(tr("comment"), id);
        Comment c;
        c.id = m_comments.value(id);
        c.journeyId = journeyRef(o, w);
        targetRef(o, w, c.journeyId, &c.targetKind, &c.targetId, stageJourney, cardJourney);
        const QString parent = text(o, "parent", w);
        if (!parent.isEmpty()) {
            if (!m_comments.contains(parent) || parent == id)
                raise(tr("%1 answers the comment “%2”, which the map does not have.")
                          .arg(w, parent.left(80)));
            c.parentId = m_comments.value(parent);
        }
        c.author = text(o, "author", w);
        c.text = text(o, "text", w);
        c.createdAt = time(o, "created", w);
        c.resolved = flag(o, "resolved", false, w);
        c.resolvedBy = text(o, "resolved_by", w);
        c.resolvedAt = time(o, "resolved_at", w);
        parentOf.insert(c.id, c.parentId);
        map->comments.append(c);
    }
    // A reply answers the first comment of a thread: no chains, no cycles.
    for (const Comment &c : std::as_const(map->comments)) {
        if (c.parentId != NoId && parentOf.value(c.parentId) != NoId)
            raise(tr("A reply answers another reply (comment “m%1”); replies must answer the "
                     "first comment of their thread.")
                      .arg(c.id));
    }
    std::sort(map->comments.begin(), map->comments.end(),
              [](const Comment &a, const Comment &b) { return a.id < b.id; });
    for (const QJsonValue &v : array(root, "signoffs", mapWhere)) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o, tr("A sign-off"));
        const QString w = where(tr("sign-off"), id);
        Signoff so;
        so.id = m_signoffs.value(id);
        so.name = text(o, "name", w);
        so.signedAt = time(o, "signed", w);
        so.note = text(o, "note", w);
        so.fingerprint = text(o, "fingerprint", w).left(200);
        map->signoffs.append(so);
    }
    std::sort(map->goals.begin(), map->goals.end(),
              [](const Goal &a, const Goal &b) { return a.id < b.id; });
    std::sort(map->signoffs.begin(), map->signoffs.end(),
              [](const Signoff &a, const Signoff &b) { return a.id < b.id; });
}

} // namespace

bool JsonMapReader::read(const QByteArray &json, MapData *map)
{
    m_error.clear();
    if (json.size() > MaxBytes) {
        m_error = tr("The map is too large (more than 256 MB).");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = tr("The map is not valid JSON: %1 at byte %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        m_error = tr("This is not a Waymark map: it is not a JSON object.");
        return false;
    }
    try {
        Parser parser;
        *map = parser.parse(doc.object());
    } catch (const MapError &e) {
        m_error = e.message;
        // Messages about an object start with it ("card “c9” refers to..."); a sentence
        // starts with a capital.
        if (!m_error.isEmpty())
            m_error[0] = m_error.at(0).toUpper();
        return false;
    }
    return true;
}

bool JsonMapReader::readFile(const QString &path, MapData *map)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        m_error = tr("“%1” is too large for a map (more than 256 MB).").arg(name);
        return false;
    }
    if (!read(file.readAll(), map)) {
        m_error = tr("“%1”: %2").arg(name, m_error);
        return false;
    }
    return true;
}

} // namespace Waymark
