#!/usr/bin/env python3
"""Writes tests/Parity/notes/long-urls.json: the showcase sample with URLs of many shapes in body text, list items and
table cells (deterministic; run from the repository root)."""
import json

shapes = [
    "https://example.org/reports/2022/01/11/geneva-brussels-vienna/confidence-building-measures/annex-b/index.html",
    "http://www.example.com/search?q=arms+control&lang=en&page=2#results",
    "www.example.net/a/very/long/path/with/many/short/segments/that/keep/going/and/going/until/the/line/ends",
    "https://example.org/2022-01-11/12345678901234567890/statement-final-draft-3.pdf",
    "mailto:press.office@delegation.example.org",
    "ftp://files.example.org/pub/archive/2022/01/minutes_of_the_session_%28draft%29.txt",
    "https://sub.domain.example.co.uk:8443/api/v2/records?from=2022-01-01&to=2022-01-31&format=json&fields=id,title,date",
    "https://example.org/ThisPathSegmentIsMuchLongerThanAnyLineCouldEverHoldWithoutBreakingItSomewhereInTheMiddleOfItAtLeastOnceOrTwice/end",
    "https://example.org/wiki/Confidence-building_measures_in_Europe_(1975-1990)#Helsinki_Final_Act",
    "https://example.org//double//slashes//and//more?a=1&&b=2",
]

sentences = [
    "The full text is at {u}, as the chairs agreed.",
    "See ({u}) for the annex.",
    "Minutes: {u}.",
    "Both delegations asked that the record at {u} be kept up to date after every session, and that each change be announced.",
    "{u} holds the draft.",
]

def text(i, n):
    return " ".join(sentences[(i + k) % len(sentences)].format(u=shapes[(i + k) % len(shapes)]) for k in range(n))

with open("templates/showcase/sample.json", encoding="utf-8") as f:
    notes = json.load(f)

notes["title"] = "Long URLs in every kind of block"
notes["intro"] = "This document holds URLs of many shapes, which break after / . - ? & = # without a hyphen. " + text(0, 14)
notes["hyphenated"] = text(3, 8)
notes["checklist"] = [text(i, 1 + i % 3) for i in range(40)]
for i, contact in enumerate(notes["contacts"]):
    if i % 3 == 0:
        contact["what"] = text(i, 1 + i % 2)
    if i % 7 == 0:
        contact["who"] = shapes[i % len(shapes)]
notes["code"] = "curl https://example.org/api/v2/records?from=2022-01-01&to=2022-01-31&format=json&fields=id,title,date,author,status"

with open("tests/Parity/notes/long-urls.json", "w", encoding="utf-8") as f:
    json.dump(notes, f, ensure_ascii=False, indent=2)
    f.write("\n")
