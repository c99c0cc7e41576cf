#!/usr/bin/env python3
"""Fills the English plural forms in waymark_en.ts: "%n card(s)" -> "%n card" / "%n cards".

Run after `cmake --build build/default --target update_translations`.
"""
import os
import re
import xml.etree.ElementTree as ET

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "waymark_en.ts")
tree = ET.parse(path)
irregular = {"(es)": ("", "es"), "(ies)": ("y", "ies")}
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    for form in (singular, plural):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    f.seek(0)
    f.write(text)
    f.truncate()
