#!/usr/bin/env python3
"""Writes Waymark's shipped templates and the sample project's feedback.

The output is committed; run this only to change the templates:
    python3 resources/templates/generate.py
Everything here is original content written for Waymark.
"""
import csv
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

STANDARD_LANES = [
    ("Customer actions", "customer_actions"),
    ("Touchpoints", "touchpoints"),
    ("Thoughts", "thoughts"),
    ("Emotion curve", "emotion_curve"),
    ("Pain points", "pain_points"),
    ("Opportunities", "opportunities"),
    ("Frontstage", "frontstage"),
    ("Backstage", "backstage"),
    ("Support processes", "support_processes"),
]
FOUR_STAGES = [
    ("Discovery & Choice", "#4c78a8"),
    ("Offering", "#2a9d8f"),
    ("Purchase & Service", "#e76f51"),
    ("Loyalty", "#6a994e"),
]


def journey(name, stages, lanes, description="", cards=(), connections=()):
    return {
        "id": "j1", "name": name, "description": description, "persona": None,
        "state": "current", "source": None,
        "stages": [{"id": f"s{i+1}", "name": n, "description": "", "color": c, "hidden": False}
                   for i, (n, c) in enumerate(stages)],
        "lanes": [{"id": f"l{i+1}", "name": n, "kind": k, "visible": True}
                  for i, (n, k) in enumerate(lanes)],
        "cards": list(cards),
        "connections": list(connections),
    }


def write_map(name, title, journeys, settings=None, personas=(), extra=None):
    data = {"format": "waymark-map", "version": 1, "title": title,
            "settings": settings or {}, "personas": list(personas), "journeys": journeys}
    data.update(extra or {})
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


write_map("four-stage", "Customer journey",
          [journey("Customer journey", FOUR_STAGES, STANDARD_LANES)])

write_map("ecommerce", "E-commerce journey", [journey(
    "E-commerce journey",
    [("Awareness", "#4c78a8"), ("Browse & Search", "#3d8fb0"), ("Product page", "#2a9d8f"),
     ("Cart & Checkout", "#e9c46a"), ("Delivery", "#f4a261"), ("Returns & Support", "#e76f51"),
     ("Repeat purchase", "#6a994e")],
    STANDARD_LANES[:8])])

write_map("service-blueprint", "Service blueprint", [journey(
    "Service blueprint",
    [("Request", "#4c78a8"), ("Onboarding", "#2a9d8f"), ("Service delivery", "#e76f51"),
     ("Follow-up", "#6a994e")],
    [("Physical evidence", "custom"), ("Customer actions", "customer_actions"),
     ("Frontstage", "frontstage"), ("Backstage", "backstage"),
     ("Support processes", "support_processes")])])

# --- The sample project: Kestrel Bikes, buying a bike ------------------------------------

LANE = {k: f"l{i+1}" for i, (_, k) in enumerate(STANDARD_LANES)}
STAGE = {n: f"s{i+1}" for i, (n, _) in enumerate(FOUR_STAGES)}
cards = []


def card(stage, lane, kind, title, channel="", owner="", emotion=None, body="",
         evidence="observed"):
    cid = f"c{len(cards)+1}"
    cards.append({"id": cid, "stage": STAGE[stage], "lane": LANE[lane], "span": 1, "kind": kind,
                  "title": title, "body": body, "channel": channel, "owner": owner,
                  "emotion": emotion, "evidence": evidence, "color": ""})
    return cid


D, O, P, L = (n for n, _ in FOUR_STAGES)
T = {}
card(D, "customer_actions", "action", "Searches for commuter bikes")
card(D, "customer_actions", "action", "Reads reviews and compares models")
T["ads"] = card(D, "touchpoints", "touchpoint", "Search ads & comparison sites", "web", "Marketing")
T["insta"] = card(D, "touchpoints", "touchpoint", "Instagram ride stories", "social", "Social media team")
T["window"] = card(D, "touchpoints", "touchpoint", "Store window & test-ride event", "store", "Store team")
card(D, "thoughts", "thought", "Which bike fits my 12 km commute?", emotion=0)
card(D, "thoughts", "thought", "Reviews look good, but prices vary a lot", emotion=0)
card(D, "emotion_curve", "thought", "Curious", emotion=1)
card(D, "emotion_curve", "thought", "Overwhelmed by choice", emotion=-1)
card(D, "pain_points", "pain_point", "Specs are hard to compare across models", owner="E-commerce")
card(D, "opportunities", "opportunity", "Bike finder quiz by commute and budget", owner="Digital", evidence="proposed")
card(D, "frontstage", "process", "Social media replies within two hours", "social", "Social media team")
card(D, "backstage", "process", "Campaign content planning", owner="Marketing")
card(D, "support_processes", "process", "Product information management", owner="IT")

card(O, "customer_actions", "action", "Books a test ride online")
card(O, "customer_actions", "action", "Visits the store for a test ride")
T["pdp"] = card(O, "touchpoints", "touchpoint", "Product pages with size guide", "web", "E-commerce")
T["booking"] = card(O, "touchpoints", "touchpoint", "Test-ride booking", "app", "Digital")
T["advice"] = card(O, "touchpoints", "touchpoint", "In-store advice from a mechanic", "store", "Store team")
card(O, "thoughts", "thought", "The staff really know their bikes", emotion=2)
card(O, "emotion_curve", "thought", "Reassured", emotion=2)
card(O, "emotion_curve", "thought", "Impatient for a slot", emotion=-1)
card(O, "pain_points", "pain_point", "Test-ride slots fully booked for two weeks", owner="Store operations")
card(O, "pain_points", "pain_point", "Size guide contradicts staff advice", owner="E-commerce")
card(O, "opportunities", "opportunity", "Pop-up test-ride days at large offices", owner="Marketing", evidence="proposed")
card(O, "frontstage", "process", "Fitting session with a mechanic", "store", "Store team")
card(O, "backstage", "process", "Demo fleet maintenance", owner="Workshop")
card(O, "support_processes", "process", "Booking system", owner="IT")

card(P, "customer_actions", "action", "Orders online and chooses home delivery")
card(P, "customer_actions", "action", "Brings the bike in for its first service")
T["checkout"] = card(P, "touchpoints", "touchpoint", "Online checkout", "web", "E-commerce")
T["finance"] = card(P, "touchpoints", "touchpoint", "Financing application", "partner", "Finance partner")
T["delivery"] = card(P, "touchpoints", "touchpoint", "Home delivery", "partner", "Logistics")
T["servicecall"] = card(P, "touchpoints", "touchpoint", "Service appointment call", "phone", "Service desk")
T["service"] = card(P, "touchpoints", "touchpoint", "First service in the workshop", "store", "Workshop")
card(P, "thoughts", "thought", "Why does financing take three days?", emotion=-1)
card(P, "thoughts", "thought", "The bike arrived only partly assembled", emotion=-2)
card(P, "emotion_curve", "thought", "Frustrated", emotion=-2)
card(P, "emotion_curve", "thought", "Relieved once it rides well", emotion=0)
card(P, "pain_points", "pain_point", "Financing approval takes three days", owner="Finance partner")
card(P, "pain_points", "pain_point", "Delivery slot changed twice", owner="Logistics")
card(P, "pain_points", "pain_point", "Long hold times on the service line", owner="Service desk")
card(P, "opportunities", "opportunity", "Instant financing decision at checkout", owner="Finance partner", evidence="proposed")
card(P, "opportunities", "opportunity", "Live delivery tracking in the app", owner="Digital", evidence="proposed")
card(P, "frontstage", "process", "Delivery team assembles and adjusts the bike", "partner", "Logistics")
card(P, "backstage", "process", "Warehouse picking and pre-assembly", owner="Logistics")
card(P, "support_processes", "process", "Partner logistics platform", owner="IT")
card(P, "support_processes", "process", "Credit scoring partner interface", owner="IT")

card(L, "customer_actions", "action", "Joins the riders' club")
card(L, "customer_actions", "action", "Recommends the shop to a colleague")
T["newsletter"] = card(L, "touchpoints", "touchpoint", "Riders' club newsletter", "email", "CRM")
T["app"] = card(L, "touchpoints", "touchpoint", "Kestrel app ride tracking", "app", "Digital")
T["review"] = card(L, "touchpoints", "touchpoint", "Review request", "email", "CRM")
card(L, "thoughts", "thought", "I'd buy my next bike here", emotion=2)
card(L, "emotion_curve", "thought", "Proud of the new bike", emotion=2)
card(L, "pain_points", "pain_point", "Newsletter mostly offers discounts on things I own", owner="CRM")
card(L, "opportunities", "opportunity", "Personalised maintenance reminders", owner="CRM", evidence="proposed")
card(L, "frontstage", "process", "Club rides led by staff", "store", "Store team")
card(L, "backstage", "process", "Customer segmentation for CRM", owner="CRM")
card(L, "support_processes", "process", "CRM and loyalty platform", owner="IT")

flow = ["ads", "pdp", "booking", "advice", "checkout", "finance", "delivery", "servicecall",
        "service", "newsletter", "app"]
connections = []
for a, b in zip(flow, flow[1:]):
    connections.append({"id": f"x{len(connections)+1}", "from": T[a], "to": T[b],
                        "kind": "flow", "label": ""})
connections.append({"id": f"x{len(connections)+1}", "from": T["insta"], "to": T["pdp"],
                    "kind": "branch", "label": "from a story"})
connections.append({"id": f"x{len(connections)+1}", "from": T["window"], "to": T["advice"],
                    "kind": "branch", "label": "walk-in"})
connections.append({"id": f"x{len(connections)+1}", "from": T["review"], "to": T["ads"],
                    "kind": "loop", "label": "referral"})

# CX management on the sample: personas for the feedback's segments, the future state of
# the journey, goals (some on track, some not, given the feedback below), an improvement
# plan in every status (one action overdue) and review comments.
personas = [
    {"id": "p1", "name": "Commuter", "color": "#1f77b4", "segments": ["Commuter"],
     "description": "Rides 8-15 km to work every day, in any weather.",
     "goals": "Get to work on time; a bike that just works.",
     "frustrations": "Waiting for repairs; paperwork.",
     "quote": "If the bike is in the shop, I am late for work.", "picture": ""},
    {"id": "p2", "name": "Family rider", "color": "#ff7f0e", "segments": ["Family rider"],
     "description": "Weekend trips with children; cargo bike or trailer.",
     "goals": "Safe, comfortable rides with the whole family.",
     "frustrations": "Advice that ignores children; delivery surprises.",
     "quote": "I need to know it is safe before I pay.", "picture": ""},
    {"id": "p3", "name": "Sport cyclist", "color": "#2ca02c", "segments": ["Sport cyclist"],
     "description": "Rides long distances for fun and fitness; compares specs closely.",
     "goals": "The right frame and components for the money.",
     "frustrations": "Specs that cannot be compared; generic newsletters.",
     "quote": "Show me the numbers, then let me ride it.", "picture": ""},
]
by_title = {c["title"]: c["id"] for c in cards}
current = journey("Buying a bike", FOUR_STAGES, STANDARD_LANES,
                  "How commuters find, try, buy and keep riding a Kestrel bike.", cards,
                  connections)
current["persona"] = "p1"

# The future state: the same map with its ids moved on, the solved pain points gone, new
# touchpoints, and better emotions where the plan works.
future = json.loads(json.dumps(current))
future.update({"id": "j2", "name": "Buying a bike (future state)", "state": "future",
               "source": "j1",
               "description": "The journey once the improvement plan is done."})
shift = {}
for s_ in future["stages"]:
    shift[s_["id"]] = f"s{int(s_['id'][1:]) + 4}"
for l_ in future["lanes"]:
    shift[l_["id"]] = f"l{int(l_['id'][1:]) + 9}"
for c_ in future["cards"]:
    shift[c_["id"]] = f"c{int(c_['id'][1:]) + 100}"
for s_ in future["stages"] + future["lanes"]:
    s_["id"] = shift[s_["id"]]
solved = {"Financing approval takes three days", "Delivery slot changed twice",
          "Test-ride slots fully booked for two weeks"}
future["cards"] = [c_ for c_ in future["cards"] if c_["title"] not in solved]
for c_ in future["cards"]:
    c_["id"] = shift[c_["id"]]
    c_["stage"] = shift[c_["stage"]]
    c_["lane"] = shift[c_["lane"]]
    if c_["title"] == "Why does financing take three days?":
        c_["title"] = "Financing approved while I wait"
        c_["emotion"] = 1
    elif c_["title"] == "Frustrated":
        c_["emotion"] = 0
        c_["body"] = "Fewer surprises at delivery."
    elif c_["title"] == "Impatient for a slot":
        c_["emotion"] = 0
for stage_, lane_, kind_, title_, channel_ in [
        ("s7", "l11", "touchpoint", "Instant financing decision", "web"),
        ("s7", "l11", "touchpoint", "Live delivery tracking", "app"),
        ("s6", "l11", "touchpoint", "Pop-up test-ride day at the office", "partner")]:
    future["cards"].append({"id": f"c{200 + len(future['cards'])}", "stage": stage_,
                            "lane": lane_, "span": 1, "kind": kind_, "title": title_,
                            "body": "", "channel": channel_, "owner": "", "emotion": None,
                            "evidence": "proposed", "color": ""})
# Cards are listed by stage, then lane, then their order in the cell.
order = {x["id"]: i for i, x in enumerate(future["stages"] + future["lanes"])}
future["cards"] = [c_ for _, c_ in sorted(
    enumerate(future["cards"]), key=lambda ic: (order[ic[1]["stage"]], order[ic[1]["lane"]], ic[0]))]
kept = {c_["id"] for c_ in future["cards"]}
future["connections"] = [
    dict(x, id=f"x{int(x['id'][1:]) + 100}", **{"from": shift[x["from"]], "to": shift[x["to"]]})
    for x in future["connections"] if shift[x["from"]] in kept and shift[x["to"]] in kept]

# Targets chosen against the sample feedback (reporting period 2026-07-27..2026-10-24 for
# NPS): journey NPS 0 (target 30: not on track), Discovery & Choice CSAT 82 % (on track),
# financing CSAT 13 % (off track), online checkout CES 5.2 (on track).
goals = [
    {"id": "g1", "journey": "j1", "title": "Promoters outnumber detractors", "scope": "journey",
     "target": "j1", "metric": "nps", "operator": "at_least", "value": 30, "due": "2027-Q2"},
    {"id": "g2", "journey": "j1", "title": "Keep discovery satisfying", "scope": "stage",
     "target": "s1", "metric": "csat", "operator": "at_least", "value": 80, "due": "2027-Q2"},
    {"id": "g3", "journey": "j1", "title": "Financing that delights", "scope": "card",
     "target": by_title["Financing application"], "metric": "csat", "operator": "at_least",
     "value": 70, "due": "2027-Q1"},
    {"id": "g4", "journey": "j1", "title": "Effortless checkout", "scope": "card",
     "target": by_title["Online checkout"], "metric": "ces", "operator": "at_least",
     "value": 5, "due": "2027"},
]


def action(aid, title, owner, status, due, cards_, goals_, impact="", description="",
           created="2026-09-01T09:00:00Z", updated="2026-11-02T16:30:00Z"):
    return {"id": aid, "journey": "j1", "title": title, "description": description,
            "owner": owner, "status": status, "due": due, "impact": impact,
            "cards": [by_title[t] for t in cards_], "goals": goals_,
            "created": created, "updated": updated}


actions = [
    action("a1", "Instant financing decision at checkout", "Finance & partnerships",
           "in_progress", "2027-03-31",
           ["Financing approval takes three days", "Financing application"], ["g3"],
           "Financing CSAT from 13 % to 70 %",
           "Move the credit check to the partner's real-time API."),
    action("a2", "Fixed delivery slots with live tracking", "Logistics", "planned",
           "2027-02-28", ["Delivery slot changed twice", "Home delivery"], ["g1"],
           "Fewer detractors after delivery"),
    action("a3", "Call-back instead of hold on the service line", "Customer service",
           "in_progress", "2026-10-31", ["Long hold times on the service line"], ["g1"],
           "Hold time under 2 minutes", created="2026-08-15T10:00:00Z"),
    action("a4", "Pop-up test-ride days at large offices", "Marketing", "idea", None,
           ["Test-ride slots fully booked for two weeks",
            "Pop-up test-ride days at large offices"], []),
    action("a5", "One size guide for web and store", "E-commerce", "done", "2026-09-30",
           ["Size guide contradicts staff advice"], ["g2"], "Fewer returns for size",
           updated="2026-09-28T14:00:00Z"),
    action("a6", "Personalised newsletter by bike owned", "CRM", "dropped", None,
           ["Newsletter mostly offers discounts on things I own"], [],
           description="Dropped: the CRM cannot tell which bike a customer owns yet."),
]
fin = by_title["Financing approval takes three days"]
comments = [
    {"id": "m1", "journey": "j1", "scope": "card", "target": fin, "parent": None,
     "author": "Dana Reyes (COO)", "text": "Is three days the median or the worst case?",
     "created": "2026-11-10T08:45:00Z", "resolved": False, "resolved_by": "",
     "resolved_at": None},
    {"id": "m2", "journey": "j1", "scope": "card", "target": fin, "parent": "m1",
     "author": "Maria Lindqvist (Head of CX)",
     "text": "The median: 3.2 days last quarter, from the credit partner's report.",
     "created": "2026-11-10T11:20:00Z", "resolved": False, "resolved_by": "",
     "resolved_at": None},
    {"id": "m3", "journey": "j1", "scope": "stage", "target": "s3", "parent": None,
     "author": "Dana Reyes (COO)", "text": "Should the first service be a stage of its own?",
     "created": "2026-11-11T09:00:00Z", "resolved": True,
     "resolved_by": "Maria Lindqvist (Head of CX)", "resolved_at": "2026-11-12T15:05:00Z"},
    {"id": "m4", "journey": "j2", "scope": "journey", "target": "j2", "parent": None,
     "author": "Dana Reyes (COO)",
     "text": "The future state looks right. Please add the cost of live tracking.",
     "created": "2026-11-12T16:40:00Z", "resolved": False, "resolved_by": "",
     "resolved_at": None},
]

write_map("sample", "Kestrel Bikes", [current, future],
          {"client": "Kestrel Bikes", "author": "Waymark sample",
           # Business impact assumptions of journey j1 (ImpactAssumptions in Waymark).
           "impact/1": json.dumps({"customers": 12000, "value": 900, "churn": 0.25},
                                  separators=(",", ":"))}, personas,
          {"goals": goals, "actions": actions, "comments": comments, "signoffs": []})

# Feedback: long format, one response per row. Scores are drawn around a mean per
# touchpoint so that the pain points of the map show up in the numbers.
random.seed(20261123)
title = {k: next(c["title"] for c in cards if c["id"] == v) for k, v in T.items()}
stage_of = {k: next(n for n, s in STAGE.items() if s == next(c["stage"] for c in cards
                                                               if c["id"] == v))
            for k, v in T.items()}
channel_of = {k: next(c["channel"] for c in cards if c["id"] == v) for k, v in T.items()}
# touchpoint: (metric, mean on its scale)
plan = {
    "ads": ("csat", 3.9), "insta": ("csat", 4.2), "window": ("csat", 4.3),
    "pdp": ("ces", 4.6), "booking": ("ces", 3.6), "advice": ("csat", 4.7),
    "checkout": ("ces", 5.6), "finance": ("csat", 2.6), "delivery": ("csat", 2.9),
    "servicecall": ("ces", 3.1), "service": ("csat", 4.4), "newsletter": ("csat", 3.2),
    "app": ("csat", 4.0), "review": ("nps", 7.6),
}
scale = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
good = {
    "ads": ["Found exactly the commuter bikes I was looking for."],
    "insta": ["Loved the ride stories, they made me want to try one."],
    "window": ["The test-ride event was fun and well organised."],
    "pdp": ["Clear photos and the size guide helped."],
    "booking": ["Booking the test ride took a minute."],
    "advice": ["The mechanic really knew his stuff, great advice!",
               "Super helpful staff, they let me try three bikes."],
    "checkout": ["Checkout was quick and easy."],
    "finance": ["Financing was approved in the end, fair terms."],
    "delivery": ["Delivery was on time and the team adjusted the saddle."],
    "servicecall": ["Got an appointment the same week."],
    "service": ["First service was free and quick, excellent."],
    "newsletter": ["Nice route ideas in the newsletter."],
    "app": ["The ride tracking is great fun."],
    "review": ["Would recommend Kestrel to anyone who commutes."],
}
bad = {
    "ads": ["Too many ads, hard to see real prices."],
    "insta": ["Stories are nice but no prices anywhere."],
    "window": ["The event was crowded and I could not ride."],
    "pdp": ["The size guide said M, the staff said L. Confusing."],
    "booking": ["No test-ride slots for two weeks, very annoying.",
                "The booking app crashed twice."],
    "advice": ["Had to wait a while for someone to help."],
    "checkout": ["Checkout asked for my address three times."],
    "finance": ["Financing took three days, terrible experience.",
                "Why do I have to upload my payslips? Slow and stressful."],
    "delivery": ["The delivery slot changed twice and nobody called.",
                 "Bike arrived only partly assembled, disappointed."],
    "servicecall": ["Waited 25 minutes on hold, awful.",
                    "Nobody answered the service line."],
    "service": ["The service took longer than promised."],
    "newsletter": ["Mostly discounts on things I already own.",
                   "Too many emails, unsubscribed."],
    "app": ["The app drains my battery."],
    "review": ["Not sure I would recommend it after the delivery mess."],
}
segments = ["Commuter", "Family rider", "Sport cyclist"]
start = date(2025, 11, 1)
rows = []
respondent = 1000
for key, (metric, mean) in plan.items():
    lo, hi = scale[metric]
    n = random.randint(22, 34)
    for _ in range(n):
        respondent += 1
        day = start + timedelta(days=random.randint(0, 364))
        # Later months are a little better: the improvement plan works.
        drift = (day - start).days / 364 * 0.4
        value = round(random.gauss(mean + drift * (hi - lo) / 10, (hi - lo) / 5))
        value = max(lo, min(hi, value))
        ratio = (value - lo) / (hi - lo)
        comment = ""
        if random.random() < 0.55:
            pool = good[key] if ratio >= 0.6 else bad[key]
            comment = random.choice(pool)
        rows.append([f"R{respondent}", day.isoformat(), title[key], stage_of[key],
                     channel_of[key], random.choice(segments), metric, value, comment])
# Relationship NPS for the whole journey (no touchpoint).
for _ in range(60):
    respondent += 1
    day = start + timedelta(days=random.randint(0, 364))
    value = max(0, min(10, round(random.gauss(7.4, 2.2))))
    comment = ""
    if random.random() < 0.5:
        comment = random.choice(["Great bikes, slow paperwork.", "Staff are brilliant.",
                                 "Delivery let the whole experience down.",
                                 "Best bike shop in town!", "OK but pricey."])
    rows.append([f"R{respondent}", day.isoformat(), "", "", "", random.choice(segments), "nps",
                 value, comment])
rows.sort(key=lambda r: (r[1], r[0]))
with open(os.path.join(HERE, "sample-feedback.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["respondent", "date", "touchpoint", "stage", "channel", "segment", "metric",
                "score", "comment"])
    w.writerows(rows)
print(f"{len(cards)} sample cards, {len(rows)} feedback rows")
