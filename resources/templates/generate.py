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


def write_map(name, title, journeys, settings=None):
    data = {"format": "waymark-map", "version": 1, "title": title,
            "settings": settings or {}, "personas": [], "journeys": journeys}
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

write_map("sample", "Kestrel Bikes", [journey(
    "Buying a bike", FOUR_STAGES, STANDARD_LANES,
    "How commuters find, try, buy and keep riding a Kestrel bike.", cards, connections)],
    {"client": "Kestrel Bikes", "author": "Waymark sample"})

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
