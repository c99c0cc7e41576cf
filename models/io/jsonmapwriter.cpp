#include "jsonmapwriter.h"

#include "domain/enums.h"

#include <QLocale>

#include <cmath>
#include <cstdio>

namespace Waymark {

namespace {

// A minimal streaming writer: the order of keys is the order of calls.
class Writer
{
public:
    QByteArray result() const { return m_out + '\n'; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name) { key(QString::fromLatin1(name)); }

    void key(const QString &name)
    {
        separator();
        appendEscaped(name);
        m_out += ": ";
        m_afterKey = true;
    }

    void string(const QString &value)
    {
        separator();
        appendEscaped(value);
    }

    void number(qint64 value)
    {
        separator();
        m_out += QByteArray::number(value);
    }

    void boolean(bool value)
    {
        separator();
        m_out += value ? "true" : "false";
    }

    void null()
    {
        separator();
        m_out += "null";
    }

    void field(const char *name, const QString &value)
    {
        key(name);
        string(value);
    }

    void field(const char *name, qint64 value)
    {
        key(name);
        number(value);
    }

    void field(const char *name, bool value)
    {
        key(name);
        boolean(value);
    }

    // The shortest text that reads back as the same double; null for NaN and infinities.
    void real(const char *name, double value)
    {
        key(name);
        separator();
        if (!std::isfinite(value))
            m_out += "null";
        else
            m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }

    // UTC with whole seconds, "2026-11-23T12:00:00Z"; null when unset.
    void time(const char *name, const QDateTime &value)
    {
        key(name);
        if (!value.isValid())
            null();
        else
            string(value.toUTC().toString(Qt::ISODate));
    }

    void date(const char *name, const QDate &value)
    {
        key(name);
        if (!value.isValid())
            null();
        else
            string(value.toString(Qt::ISODate));
    }

    void references(const char *name, char prefix, const QList<Id> &ids)
    {
        key(name);
        beginArray();
        for (Id id : ids)
            string(QString(QLatin1Char(prefix)) + QString::number(id));
        endArray();
    }

    void reference(const char *name, char prefix, Id id)
    {
        key(name);
        if (id == NoId)
            null();
        else
            string(QString(QLatin1Char(prefix)) + QString::number(id));
    }

private:
    struct Level
    {
        char closer;
        int items = 0;
    };

    void indent()
    {
        m_out += '\n';
        m_out += QByteArray(2 * int(m_stack.size()), ' ');
    }

    // Called before every value or key.
    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_stack.isEmpty())
            return;
        if (m_stack.last().items++ > 0)
            m_out += ',';
        indent();
    }

    void open(char opener)
    {
        separator();
        m_out += opener;
        m_stack.append(Level{opener == '{' ? '}' : ']'});
    }

    void close(char closer)
    {
        const Level level = m_stack.takeLast();
        if (level.items > 0)
            indent();
        m_out += closer;
    }

    void appendEscaped(const QString &value)
    {
        m_out += '"';
        const QByteArray utf8 = value.toUtf8();
        for (char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                    m_out += buffer;
                } else {
                    m_out += ch;
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
};

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QString();
}

void writePersona(Writer &w, const Persona &p)
{
    w.beginObject();
    w.reference("id", 'p', p.id);
    w.field("name", p.name);
    w.field("description", p.description);
    w.field("goals", p.goals);
    w.field("frustrations", p.frustrations);
    w.field("quote", p.quote);
    w.field("color", colorText(p.color));
    w.key("segments");
    w.beginArray();
    for (const QString &segment : p.segments)
        w.string(segment);
    w.endArray();
    w.field("picture", QString::fromLatin1(p.picture.toBase64()));
    w.endObject();
}

char targetPrefix(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Journey:
        return 'j';
    case TargetKind::Stage:
        return 's';
    case TargetKind::Card:
        return 'c';
    }
    return 'j';
}

void writeGoal(Writer &w, const Goal &g)
{
    w.beginObject();
    w.reference("id", 'g', g.id);
    w.reference("journey", 'j', g.journeyId);
    w.field("title", g.title);
    w.field("scope", enumKey(g.scope));
    w.reference("target", targetPrefix(g.scope), g.targetId);
    w.field("metric", enumKey(g.metric));
    w.field("operator", enumKey(g.op));
    w.real("value", g.target);
    w.field("due", g.due);
    w.endObject();
}

void writeAction(Writer &w, const Action &a)
{
    w.beginObject();
    w.reference("id", 'a', a.id);
    w.reference("journey", 'j', a.journeyId);
    w.field("title", a.title);
    w.field("description", a.description);
    w.field("owner", a.owner);
    w.field("status", enumKey(a.status));
    w.date("due", a.due);
    w.field("impact", a.impact);
    w.references("cards", 'c', a.cardIds);
    w.references("goals", 'g', a.goalIds);
    w.time("created", a.createdAt);
    w.time("updated", a.updatedAt);
    w.endObject();
}

void writeComment(Writer &w, const Comment &c)
{
    w.beginObject();
    w.reference("id", 'm', c.id);
    w.reference("journey", 'j', c.journeyId);
    w.field("scope", enumKey(c.targetKind));
    w.reference("target", targetPrefix(c.targetKind), c.targetId);
    w.reference("parent", 'm', c.parentId);
    w.field("author", c.author);
    w.field("text", c.text);
    w.time("created", c.createdAt);
    w.field("resolved", c.resolved);
    w.field("resolved_by", c.resolvedBy);
    w.time("resolved_at", c.resolvedAt);
    w.endObject();
}

void writeSignoff(Writer &w, const Signoff &s)
{
    w.beginObject();
    w.reference("id", 'o', s.id);
    w.field("name", s.name);
    w.time("signed", s.signedAt);
    w.field("note", s.note);
    w.field("fingerprint", s.fingerprint);
    w.endObject();
}

void writeJourney(Writer &w, const MapJourney &mj)
{
    const Journey &j = mj.journey;
    w.beginObject();
    w.reference("id", 'j', j.id);
    w.field("name", j.name);
    w.field("description", j.description);
    w.reference("persona", 'p', j.personaId);
    w.field("state", enumKey(j.state));
    w.reference("source", 'j', j.sourceJourneyId);

    w.key("stages");
    w.beginArray();
    for (const Stage &s : mj.stages) {
        w.beginObject();
        w.reference("id", 's', s.id);
        w.field("name", s.name);
        w.field("description", s.description);
        w.field("color", colorText(s.color));
        w.field("hidden", s.hidden);
        w.endObject();
    }
    w.endArray();

    w.key("lanes");
    w.beginArray();
    for (const Lane &l : mj.lanes) {
        w.beginObject();
        w.reference("id", 'l', l.id);
        w.field("name", l.name);
        w.field("kind", enumKey(l.kind));
        w.field("visible", l.visible);
        w.endObject();
    }
    w.endArray();

    w.key("cards");
    w.beginArray();
    for (const Card &c : mj.cards) {
        w.beginObject();
        w.reference("id", 'c', c.id);
        w.reference("stage", 's', c.stageId);
        w.reference("lane", 'l', c.laneId);
        w.field("span", qint64(c.span));
        w.field("kind", enumKey(c.kind));
        w.field("title", c.title);
        w.field("body", c.body);
        w.field("channel", enumKey(c.channel));
        w.field("owner", c.owner);
        w.key("emotion");
        if (c.emotion)
            w.number(*c.emotion);
        else
            w.null();
        w.field("evidence", enumKey(c.evidence));
        w.field("color", colorText(c.color));
        w.endObject();
    }
    w.endArray();

    w.key("connections");
    w.beginArray();
    for (const Connection &c : mj.connections) {
        w.beginObject();
        w.reference("id", 'x', c.id);
        w.reference("from", 'c', c.fromCardId);
        w.reference("to", 'c', c.toCardId);
        w.field("kind", enumKey(c.kind));
        w.field("label", c.label);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray writeJsonMap(const MapData &map)
{
    Writer w;
    w.beginObject();
    w.field("format", QStringLiteral("waymark-map"));
    w.field("version", qint64(1));
    w.field("title", map.title);
    w.key("settings");
    w.beginObject();
    for (auto it = map.settings.cbegin(); it != map.settings.cend(); ++it) {
        w.key(it.key());
        w.string(it.value());
    }
    w.endObject();
    w.key("personas");
    w.beginArray();
    for (const Persona &p : map.personas)
        writePersona(w, p);
    w.endArray();
    w.key("journeys");
    w.beginArray();
    for (const MapJourney &mj : map.journeys)
        writeJourney(w, mj);
    w.endArray();
    w.key("goals");
    w.beginArray();
    for (const Goal &g : map.goals)
        writeGoal(w, g);
    w.endArray();
    w.key("actions");
    w.beginArray();
    for (const Action &a : map.actions)
        writeAction(w, a);
    w.endArray();
    w.key("comments");
    w.beginArray();
    for (const Comment &c : map.comments)
        writeComment(w, c);
    w.endArray();
    w.key("signoffs");
    w.beginArray();
    for (const Signoff &s : map.signoffs)
        writeSignoff(w, s);
    w.endArray();
    w.endObject();
    return w.result();
}

} // namespace Waymark
