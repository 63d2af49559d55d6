#!/usr/bin/env python3
"""Converts the field's public gold records into dyad evaluation sets.

    python3 eval/tools/convert_public.py     # rewrites eval/public/*

Inputs (vendored with their licenses, see third_party/README.md):
  plover-gsr: third_party/plover/PLOVER_GSR_CAMEO.txt (JSON, CC BY-SA 4.0)
  up-en:      third_party/universalpetrarch/PETR2_GSR_validation.xml (MIT)
  petr-unit:  third_party/petrarch2/PETR.UnitTest.records.xml (MIT), renamed
Outputs, one folder per set, as `dyad eval` reads any set:
  eval/public/SET/articles/SET.jsonl  one record per line: id, date, lang, text
  eval/public/SET/gold.yaml           the country-level edges of each record
and, on stdout and in eval/public/README.md, what could not be scored.

How a gold record becomes gold edges:
- Actor codes fold to countries the way CAMEO codes are built: the first
  three letters of "USAGOV" or "PSEGZA" are the country. CAMEO country codes
  that differ from ISO 3166 alpha-3 (JAP, ITL, VTN, UAR, ...) are mapped
  (COUNTRY_FIXES). A code with no country (IGO, NGO, IMG, "---REB") is not
  scored: the issue's scorer and this one score state dyads only.
- PLOVER records: every source paired with every target, under the
  record's PLOVER category. A record whose sources are marked SRC/TAR
  (a compound actor agreeing, meeting... with each other) and that has no
  target gives each pair of its sources, marked `mutual` (either direction
  matches). The gold was coded with PLOVER 0.5b1 names; the vendored
  CAMEO-to-PLOVER table (2021) renamed four of them (PLOVER_RENAMES), so
  the gold is written with the 2021 names that dyad's codes map to.
- UniversalPetrarch records: each <EventCoding> with its CAMEO code.
- PETRARCH2's unit-test records: the same, on the 272 records that test
  coding (the ERROR records, which test the parser's error handling, and
  the non-sentence records are left out). Their states are Tolkien's
  (Arnor, Gondor, Mordor...), coded with a validation dictionary of their
  own: each fictional state is renamed to a real one in the text (its
  name, demonym, capital and places: FICTIONAL_NAMES) and in the codes
  (FICTIONAL_CODES), so that country-level scoring with real dictionaries
  works. The fictional persons (Frodo, Romendacil...) keep their names,
  as no real dictionary knows them; misspellings the records test on
  purpose ("Gxndor") are left as they are, as are the Harry Potter and
  other non-state actors, which are not scored.
- A pair whose two ends fold to one country is not an edge (a self-loop).
- Each record's date is kept; the PLOVER records' dates are all the
  placeholder 2000-01-01, so no date is checked (dates are left out of the
  gold edges of both sets: the records give none of their own).
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PLOVER_GSR = "third_party/plover/PLOVER_GSR_CAMEO.txt"
UP_VALIDATION = "third_party/universalpetrarch/PETR2_GSR_validation.xml"
PETR_UNIT = "third_party/petrarch2/PETR.UnitTest.records.xml"
COUNTRIES = "rules/entities/countries.yaml"

# CAMEO country codes that are not the ISO 3166 alpha-3 code of the state.
COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UAR": "EGY", "UKG": "GBR", "SAF": "ZAF", "GMY": "DEU",
                 "BUL": "BGR", "KSV": "XKX", "ROM": "ROU", "YUG": "SRB", "KUW": "KWT", "NZE": "NZL",
                 "RHO": "ZWE", "ZBW": "ZWE", "GMW": "DEU"}
# The unit tests' fictional states and the real ones they become, by code
# (the validation dictionary PETR.Validate.actors.txt gives each name's code).
FICTIONAL_CODES = {"ARN": "ARG", "GON": "DEU", "OSG": "GRC", "BRE": "BRA", "ERI": "IRL", "CAL": "CAN",
                   "MOR": "MAR", "MRG": "MAR", "ORC": "MAR", "ITH": "ITA", "FOR": "PRT", "ELF": "SWE",
                   "ELR": "SWE", "GAL": "SWE", "HOB": "NLD", "SHR": "NLD", "FRO": "NLD", "BIL": "NLD",
                   "SAM": "NLD", "TOK": "NLD", "DAG": "CHL", "DOL": "ESP", "ROH": "POL"}
# Their names in the text, longest first where one contains another.
FICTIONAL_NAMES = [("Caras Galadhon", "Stockholm"), ("Minas Tirith", "Berlin"), ("Michel Delving", "Amsterdam"),
                   ("White Downs", "Utrecht"), ("Cirith Ungol", "Tangier"), ("Dol Amroth", "Spain"),
                   ("Barad-dur", "Rabat"), ("Barad-Dur", "Rabat"), ("The Shire", "The Netherlands"),
                   ("the Shire", "the Netherlands"), ("Arnorian", "Argentine"), ("Arnor", "Argentina"),
                   ("Gondorian", "German"), ("Gondor", "Germany"), ("Anorien", "Germany"), ("Osgiliath", "Greece"),
                   ("Eriadorian", "Irish"), ("Eriadori", "Irish"), ("Eriador", "Ireland"),
                   ("Calenardhon", "Canada"), ("Mordor", "Morocco"), ("Morgul", "Moroccan"),
                   ("Ithilen", "Italy"), ("Fornost", "Portugal"), ("Lorien", "Sweden"), ("Tuckborough", "Rotterdam"),
                   ("Dagolathi", "Chilean"), ("Dagolath", "Chile"), ("Rohans", "Poles"), ("Rohan", "Poland"),
                   ("Bree", "Brazil")]
# PLOVER 0.5b1 category names (the gold's) -> the 2021 names of the vendored table.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def read_iso(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*- id: ([A-Z]{3})\s*$", line)
        if m:
            ids.add(m.group(1))
    return ids


class Converter:
    def __init__(self, iso, fictional=None):
        self.iso = iso
        self.fictional = fictional or {}
        self.unscored = collections.Counter()  # why an actor code was not scored
        self.selfloops = 0
        self.bad_codes = collections.Counter()
        self.notes = []  # what the converter had to mend, for the README

    def country(self, code):
        code = (code or "").strip().strip('"').upper()
        head = code[:3]
        head = self.fictional.get(head, COUNTRY_FIXES.get(head, head))
        if head in self.iso:
            return head
        self.unscored[code[:3] or "(empty)"] += 1
        return None

    def edge(self, s, code, t, mutual=False):
        if s is None or t is None:
            return None
        if s == t:
            self.selfloops += 1
            return None
        if mutual and t < s:
            s, t = t, s
        return f"{s} {code} {t}" + (" mutual" if mutual else "")


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_set(name, records, gold, note):
    out = os.path.join(ROOT, "eval", "public", name)
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    with open(os.path.join(out, "articles", name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "gold.yaml"), "w", encoding="utf-8") as f:
        f.write(f"# Generated by eval/tools/convert_public.py from {note}. Do not edit.\n")
        f.write("scope: states  # edges with a non-state end are not scored\n")
        f.write("articles:\n")
        for r in records:
            edges = gold[r["id"]]
            f.write(f"  - id: {yaml_str(r['id'])}\n")
            f.write("    edges: [" + ", ".join(yaml_str(e) for e in edges) + "]\n")


def convert_plover(conv):
    data = json.load(open(os.path.join(ROOT, PLOVER_GSR), encoding="utf-8"))
    records, gold = [], {}
    for r in data:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        category = PLOVER_RENAMES.get(r["event"], r["event"])
        sources = [conv.country(a.get("code")) for a in (r.get("source") or []) if isinstance(a, dict)]
        targets = [conv.country(a.get("code")) for a in (r.get("target") or []) if isinstance(a, dict)]
        info = r.get("textInfo") or {}
        markup = info.get("markup", "") if isinstance(info, dict) else str(info)
        edges = []
        if targets:
            for s in sources:
                for t in targets:
                    edges.append(conv.edge(s, category, t))
        elif len(sources) >= 2 and "SRC/TAR" in markup:
            for i, s in enumerate(sources):
                for t in sources[i + 1:]:
                    edges.append(conv.edge(s, category, t, mutual=True))
        rid = r["id"]
        while rid in gold:  # the file gives one id to two records: the second becomes ID-2
            conv.notes.append(f"{PLOVER_GSR}: id {r['id']} given to two records; the second is {rid}-2")
            rid += "-2"
        records.append({"id": rid, "date": r.get("date", ""), "lang": r.get("language", "en"), "text": r["text"]})
        gold[rid] = sorted(set(e for e in edges if e))
    return records, gold


def attrs(tag):
    return {k: v.strip('"\'').strip() for k, v in re.findall(r'(\w+)\s*=\s*("[^"]*"|\'[^\']*\')', tag)}


def words_of_parse(body):
    p = re.search(r"<Parse>(.*?)</Parse>", body, re.S)
    out = ""
    for line in (p.group(1) if p else "").splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        out += cols[1] + ("" if "SpaceAfter=No" in cols[9] else " ")
    return out.strip()


def rename(text):
    for old, new in FICTIONAL_NAMES:
        text = re.sub(r"\b" + re.escape(old) + r"\b", new, text)
    return text


def convert_up(conv, path=UP_VALIDATION, renamed=False):
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    records, gold = [], {}
    for m in re.finditer(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|</Validation>)", text, re.S):
        head, body = attrs(m.group(1)), m.group(2)
        if head.get("category") == "ERROR" or head.get("sentence", "true").lower() == "false":
            continue
        sid = head["id"]
        t = re.search(r"<Text>(.*?)</Text>", body, re.S)
        sentence = " ".join(t.group(1).split())
        if renamed:
            sentence = rename(sentence)
        if not sentence:  # the record's text survives only in its parse: its words, as tokenized
            sentence = words_of_parse(body)
            conv.notes.append(f"{path}: record {head['id']} has an empty <Text>; its text is rebuilt "
                              "from the words of its <Parse>")
        d = head.get("date", "")
        date = f"{d[0:4]}-{d[4:6]}-{d[6:8]}" if re.fullmatch(r"\d{8}", d) else ""
        edges = []
        for c in re.finditer(r"<EventCoding\b([^>]*)>", body):
            a = attrs(c.group(1))
            if "eventcode" not in a:
                continue  # noevents="True": the record has no event
            code = a["eventcode"]
            if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
                conv.bad_codes[code] += 1  # the validation dictionary's own codes ("224"): no CAMEO event
                continue
            edges.append(conv.edge(conv.country(a.get("sourcecode")), code, conv.country(a.get("targetcode"))))
        if sid in gold:
            sys.exit(f"{path}: record id {sid} repeated")
        records.append({"id": sid, "date": date, "lang": "en", "text": sentence})
        gold[sid] = sorted(set(e for e in edges if e))
    return records, gold


def summary(name, records, gold, conv):
    n_edges = sum(len(v) for v in gold.values())
    with_edges = sum(1 for v in gold.values() if v)
    line = f"| `{name}` | {len(records)} | {with_edges} | {n_edges} | {conv.selfloops} | " + ", ".join(
        f"{k} {v}" for k, v in sorted(conv.unscored.items(), key=lambda kv: (-kv[1], kv[0]))) + " |"
    return line


def main():
    iso = read_iso(os.path.join(ROOT, COUNTRIES))
    rows, notes = [], []
    sets = (("plover-gsr", lambda c: convert_plover(c), PLOVER_GSR, {}),
            ("up-en", lambda c: convert_up(c), UP_VALIDATION, {}),
            ("petr-unit", lambda c: convert_up(c, PETR_UNIT, renamed=True), PETR_UNIT, FICTIONAL_CODES))
    for name, fn, note, fictional in sets:
        conv = Converter(iso, fictional)
        records, gold = fn(conv)
        write_set(name, records, gold, note)
        rows.append(summary(name, records, gold, conv))
        notes += conv.notes
        if conv.bad_codes:
            notes.append(f"{note}: {sum(conv.bad_codes.values())} codings with a code that is not a CAMEO event code, "
                         "not scored: " + ", ".join(f"{k} ({v})" for k, v in sorted(conv.bad_codes.items())))
    print("| set | records | records with a state dyad | gold edges | self-loops dropped | actor codes not scored (no state) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(r)
    print()
    for n in notes:
        print("- " + n)


if __name__ == "__main__":
    main()
