#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix actor dictionaries into dyad entity files.

    python3 rules/tools/convert_actors.py [--report FILE]

Inputs (vendored with their license, see third_party/README.md):
  third_party/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt
  third_party/petrarch2/Phoenix.agents.txt
Outputs: rules/entities/phoenix/{countries,international,milnonstate}.tsv (entity
tables: YAML takes seconds to load this many entities, see rules/README.md),
rules/agents/phoenix.yaml (agent nouns, English, as classes agent_SECTOR),
and on stderr (with --report FILE, in full) every line that could not be
used, with file:line and why (rules/entities/phoenix/not_converted.txt);
the counts go in third_party/README.md.

How an entry maps onto dyad:
- An entry is a name line with its '+' synonyms and its codes, inline
  ("UN_ [IGOUNO]") or on the lines after it ("\t[AZEGOV 930627-941006]").
- A code's first three letters are the state (ISO alpha-3, when the pack
  knows it); IGO, NGO, IMG (armed groups across borders) and MNC make an
  organisation of no state; the next three letters are the sector (GOV
  government, MIL military, COP police, REB rebels, ...; SECTORS below).
  A state's own line ("PERU_ [PER]", "GUAM_ [USAGUM]") gives aliases to
  the pack's entity for that state.
- Dates: "[CODE 930627-941006]", ">YYMMDD" (from), "<YYMMDD" (until),
  none (always). YY up to 30 is 20YY, as PETRARCH reads it. All the codes
  of one entry for one state make one entity whose 'periods' keep each
  window and its sector: the name resolves only inside them. An entry
  coded to two states gives one entity per state (Ban Ki-moon: the
  Korean minister until 2006, the UN's Secretary-General from 2007).
- Names: '_' is a space; TABARI's trailing '_' (a whole word, not a stem)
  is dropped, since dyad matches whole words only. Names are title-cased,
  except one-word acronyms.
- Entries that duplicate the hand-written pack (a name that a hand-written
  entity of the same state already has) make no entity: the hand-written
  one wins and the other names of the entry are added to it (`extend`).
Filtered, with the reason counted: a leading "The" (dyad reads articles
itself); names of fewer than 3 letters; one-word
names that are a common word in English, French or Spanish (Hunspell
lists it in lower case: "Hope", "Bush" stays only in full names); a name
that a hand-written entity of another state or a second generated entry
already has (ambiguous: the first wins).
"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INPUTS = [("Phoenix.Countries.actors.txt", "countries"), ("Phoenix.International.actors.txt", "international"),
          ("Phoenix.MilNonState.actors.txt", "milnonstate")]
HUNSPELL = "/usr/share/hunspell"
WORDLISTS = ["en_US", "fr_FR", "es_ES"]

# CAMEO's sector codes -> dyad's roles (rules/README.md).
SECTORS = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "PTY": "party", "BUS": "business", "MNC": "business", "MED": "media", "REB": "rebels", "INS": "rebels",
    "SEP": "rebels", "OPP": "opposition", "CVL": "civilians", "PPL": "civilians", "CRM": "criminals",
    "EDU": "education", "HLH": "health", "SPY": "intelligence", "LAB": "labour", "REF": "refugees",
    "AGR": "agriculture", "ENV": "environment", "DEV": "development", "HRI": "human_rights", "NGO": "ngo",
    "IGO": "igo", "ELI": "elite", "UAF": "armed_group", "IMG": "armed_group", "RAD": "radicals",
    "REL": "religion", "MUS": "religion", "CHR": "religion", "JEW": "religion", "HIN": "religion",
    "BUD": "religion", "JAN": "religion", "SIK": "religion", "MOS": "religion", "ATH": "religion",
}
# Names the hand-written pack leaves out on purpose, with the reason.
LEFT_OUT = {
    "congolese": "Kinshasa's or Brazzaville's: the hand-written pack gives neither Congo the adjective",
}

# Words of states' names that say nothing of which state it is.
GENERIC = {"republic", "republique", "republica", "kingdom", "royaume", "reino", "state", "states", "etat",
           "etats", "estado", "estados", "democratic", "democratique", "democratica", "people", "peoples",
           "popular", "populaire", "united", "unis", "unidos", "federal", "federation", "islamic", "islamique",
           "islamica", "arab", "arabe", "socialist", "union", "commonwealth", "principality", "grand", "duchy",
           "north", "south", "east", "west", "northern", "southern", "central", "island", "islands", "saint",
           "nord", "sud", "new", "nouvelle", "nueva", "great", "greater"}

# Codes that stand for an organisation of no state, and its entity type.
STATELESS = {"IGO": "international", "NGO": "organization", "IMG": "organization", "MNC": "company"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def common_words():
    words = set()
    for name in WORDLISTS:
        path = os.path.join(HUNSPELL, name + ".dic")
        with open(path, encoding="utf-8", errors="replace") as f:
            next(f)
            for line in f:
                w = line.split("/")[0].strip()
                if w and w[0].islower():
                    words.add(fold(w))
    return words


def title(name):
    words = name.split()
    if len(words) == 1 and len(name) <= 4 and name.isalpha():
        return name  # an acronym: "NATO", "UNSG"
    def cap(part):
        return part[:1].upper() + part[1:].lower()
    return " ".join("-".join("'".join(cap(p) for p in w.split("'")) for w in word.split("-")) for word in words)


def parse_date(text):
    """YYMMDD or YYYYMMDD -> ISO date, None if malformed."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 30 else "19") + text
    y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return "%04d-%02d-%02d" % (y, m, d)


def parse_code(text):
    """'AZEGOV 930627-941006' -> (code, from, until) or a reason string."""
    parts = text.split()
    if not parts:
        return "empty code []"
    code, dates = parts[0], "".join(parts[1:])
    if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", code):
        return "code '%s' is not made of three-letter parts" % code
    start = until = ""
    if dates:
        if dates.startswith(">"):
            start = parse_date(dates[1:])
        elif dates.startswith("<"):
            until = parse_date(dates[1:])
        elif "-" in dates:
            a, b = dates.split("-", 1)
            start, until = parse_date(a), parse_date(b)
        else:
            start = None
        if start is None or until is None:
            return "bad date '%s' (YYMMDD or YYYYMMDD, >D, <D or D-D)" % dates
        if start and until and until < start:
            return "date window '%s' ends before it starts" % dates
    return code, start, until


class Entry:
    def __init__(self, name, line):
        self.names = [name]
        self.line = line
        self.codes = []  # (code, from, until)
        self.inline = False


def read_entries(path, filename, problems):
    entries = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].rstrip()
            text = line.strip()
            if not text:
                continue
            where = "%s:%d" % (filename, number)
            codes = re.findall(r"\[([^\]]*)\]", text)
            bare = re.sub(r"\[[^\]]*\]", "", text).strip()
            if text.startswith("["):
                if current is None:
                    problems.append((where, "code before any name"))
                    continue
                target = current
            elif text.startswith("+"):
                if current is None:
                    problems.append((where, "synonym before any name"))
                    continue
                current.names.append(bare[1:])
                target = current
            else:
                current = Entry(bare, where)
                current.inline = bool(codes)
                entries.append(current)
                target = current
            for c in codes:
                parsed = parse_code(c)
                if isinstance(parsed, str):
                    problems.append((where, parsed))
                else:
                    target.codes.append(parsed)
    return entries


def clean_name(raw):
    """'THE_UNITED_NATIONS_' -> 'UNITED NATIONS': dyad reads articles itself."""
    words = raw.replace("_", " ").split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
    return " ".join(words)


def load_hand_written():
    """folded alias -> (entity id, country, type) of the hand-written pack; countries by id."""
    aliases, countries = {}, {}
    folder = os.path.join(ROOT, "rules", "entities")
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".yaml"):
            continue
        with open(os.path.join(folder, fn), encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for e in doc.get("entities", []):
            if e["type"] == "country":
                countries[e["id"]] = e
            for key in ("names", "demonyms", "capitals"):
                for lst in (e.get(key) or {}).values():
                    for a in lst:
                        aliases.setdefault(fold(a), (e["id"], e.get("country", ""), e["type"]))
    return aliases, countries


def sector_of(code):
    """The first sector among a code's parts after the first: "GBRGOV" government;
    "IGOUNOIAE" and "NGOUSAHLH" skip the organisation's or the state's part."""
    for i in range(3, len(code), 3):
        if code[i:i + 3] in SECTORS:
            return SECTORS[code[i:i + 3]]
    return ""


class Converter:
    def __init__(self):
        self.hand, self.countries = load_hand_written()
        self.common = common_words()
        self.problems = []           # (where, why)
        self.filtered = collections.Counter()
        self.taken = {}              # folded alias -> generated entity id
        self.extensions = collections.OrderedDict()  # hand-written id -> [aliases]
        self.ids = set()
        self.counts = collections.Counter()

    def owner_of(self, code):
        """(country, type) for a code's first three letters, or None."""
        head = code[:3]
        if head in self.countries:
            return head, None
        if head in STATELESS:
            return "", STATELESS[head]
        return None

    def usable_names(self, entry, where, person):
        names = []
        for raw in entry.names:
            name = clean_name(raw)
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .'&/()-]*", name):
                self.problems.append((where, "name '%s' has characters outside a plain name" % raw))
                continue
            letters = re.sub(r"[^A-Za-z]", "", name)
            if len(letters) < 3:
                self.filtered["name of fewer than 3 letters"] += 1
                continue
            if fold(name) in LEFT_OUT:
                self.filtered["left out of the hand-written pack on purpose (LEFT_OUT)"] += 1
                continue
            if " " not in name and fold(name) in self.common and not (len(name) <= 4 and person is False):
                self.filtered["one-word name that is a common word"] += 1
                continue
            names.append(title(name))
        out, seen = [], set()
        for n in names:
            if fold(n) not in seen:
                seen.add(fold(n))
                out.append(n)
        return out

    def convert_file(self, filename):
        path = os.path.join(ROOT, "third_party", "petrarch2", filename)
        entries = read_entries(path, filename, self.problems)
        out = []
        for entry in entries:
            self.counts["entries"] += 1
            if not entry.codes:
                self.problems.append((entry.line, "no code"))
                continue
            by_owner = collections.OrderedDict()
            for code, start, until in entry.codes:
                owner = self.owner_of(code)
                if owner is None:
                    self.problems.append((entry.line, "code '%s': '%s' is no state the pack knows, nor IGO/NGO/IMG/MNC"
                                          % (code, code[:3])))
                    continue
                by_owner.setdefault(owner, []).append((code, start, until))
            for (country, stateless_type), codes in by_owner.items():
                out.extend(self.convert_entry(entry, country, stateless_type, codes))
        return out

    def convert_entry(self, entry, country, stateless_type, codes):
        where = entry.line
        # A state's own line, or a territory's ("GUAM_ [USAGUM]"): names of that state.
        if country and entry.inline and all(len(c) == 3 or (len(c) == 6 and c[3:] in self.countries and
                                                            not sector_of(c)) for c, _, _ in codes):
            target = codes[0][0][3:] if len(codes[0][0]) == 6 else country
            names = self.usable_names(entry, where, person=False)
            spellings = [n for n in names if self.spells_state(target, n)]
            self.filtered["a state's city or province (not a spelling of its name)"] += len(names) - len(spellings)
            self.add_extension(target, spellings, where)
            return []
        person = not entry.inline
        names = self.usable_names(entry, where, person=person)
        if not names:
            self.problems.append((where, "no usable name"))
            return []
        # The hand-written pack wins: a name one of its entities of the same state has.
        for n in names:
            hit = self.hand.get(fold(n))
            if hit and (hit[1] == country or hit[0] == country or not country):
                self.add_extension(hit[0], names, where)
                self.counts["merged into a hand-written entity"] += 1
                return []
        kept = []
        for n in names:
            f = fold(n)
            if f in self.hand or f in self.taken:
                self.filtered["name another entity already has"] += 1
                continue
            kept.append(n)
        if not kept:
            self.counts["entries whose every name another entity has"] += 1
            return []
        periods, last_sector = [], ""
        for code, start, until in codes:
            sector = sector_of(code) or SECTORS.get(code[:3], "")
            if not sector:
                self.counts["codes with no sector"] += 1
            periods.append("%s..%s %s" % (start, until, sector or "-"))
            if sector:
                last_sector = sector
        slug = re.sub(r"[^A-Z0-9]+", "_", fold(kept[0]).upper()).strip("_")
        base = "PHX.%s.%s" % (country or codes[0][0][:6], slug)
        eid, k = base, 2
        while eid in self.ids:
            eid, k = "%s.%d" % (base, k), k + 1
        self.ids.add(eid)
        for n in kept:
            self.taken[fold(n)] = eid
        etype = "person" if person else (stateless_type or "organization")
        dated = [p for p in periods if not p.startswith("..")]
        record = collections.OrderedDict([("id", eid), ("type", etype), ("label", kept[0])])
        if country:
            record["country"] = country
        if last_sector:
            record["role"] = last_sector
        record["names"] = {"any": kept}
        if dated:
            record["periods"] = periods
            self.counts["entities with date windows"] += 1
        record["origin"] = where
        self.counts["entities"] += 1
        self.counts["names"] += len(kept)
        return [record]

    def spells_state(self, state, name):
        """Whether a name of a state's block spells the state ("Afgjanistan",
        "Dowlat e Eslami ye Afghanestan") rather than naming one of its cities
        or provinces ("Kandahar", "West Bank"): a word of it starts like a
        word of the hand-written names. Places are no actors in dyad."""
        entity = self.countries.get(state)
        if entity is None:
            return False
        stems = set()
        for key in ("names", "demonyms"):
            for lst in (entity.get(key) or {}).values():
                for a in lst:
                    stems.update(w[:4] for w in fold(a).split() if len(w) > 3 and w not in GENERIC)
        return any(w[:4] in stems for w in fold(name).split() if len(w) > 3 and w not in GENERIC)

    def add_extension(self, target, names, where):
        lst = self.extensions.setdefault(target, [])
        for n in names:
            f = fold(n)
            if f in self.hand or f in self.taken:
                continue
            self.taken[f] = target
            lst.append((n, where))


def plural(word):
    """PETRARCH's regular plural: +S, Y -> IES, SS -> SSES."""
    if word.endswith("Y") and not word.endswith(("AY", "EY", "OY", "UY")):
        return word[:-1] + "IES"
    if word.endswith("SS"):
        return word + "ES"
    return word + "S"


def convert_agents(problems, counts):
    """Phoenix.agents.txt -> {sector: [nouns]}, English, in file order."""
    filename = "Phoenix.agents.txt"
    macros, by_sector, seen = {}, collections.OrderedDict(), set()
    path = os.path.join(ROOT, "third_party", "petrarch2", filename)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = list(enumerate(f, 1))
    for number, raw in lines:
        text = raw.split("#", 1)[0].strip()
        where = "%s:%d" % (filename, number)
        if not text:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.*)", text)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]", text)
        if not m:
            problems.append((where, "not 'NOUN {PLURAL} [CODE]'"))
            continue
        noun, plural_form, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        parts = re.findall(r"[A-Z]{3}", code.replace("~", ""))
        sector = next((SECTORS[c] for c in parts if c in SECTORS), "")
        if not sector:
            problems.append((where, "code '%s' names no sector dyad knows" % code))
            continue
        heads = [noun]
        macro = re.search(r"![A-Z]+!", noun)
        if macro:
            if macro.group(0) not in macros:
                problems.append((where, "unknown macro %s" % macro.group(0)))
                continue
            heads = [noun.replace(macro.group(0), w) for w in macros[macro.group(0)]]
        forms = []
        for h in heads:
            forms.append(h)
            if not macro:
                if plural_form is None:
                    forms.append(plural(h))
                elif plural_form.strip():
                    forms.append(plural_form.strip())
        for form in forms:
            phrase = " ".join(form.replace("_", " ").lower().split())
            if not re.fullmatch(r"[a-z][a-z' -]*", phrase):
                problems.append((where, "noun '%s' has characters outside a plain word" % form))
                continue
            if phrase in seen:
                counts["agent nouns listed twice (first kept)"] += 1
                continue
            seen.add(phrase)
            by_sector.setdefault(sector, []).append(phrase)
            counts["agent nouns"] += 1
    return by_sector


AGENTS_HEADER = """# Generated by rules/tools/convert_actors.py from third_party/petrarch2/Phoenix.agents.txt
# (openeventdata/petrarch2, MIT). Do not edit: change the converter and rerun it.
# Agent nouns by CAMEO sector, as classes agent_SECTOR: after a state's mention
# ("Peruvian police", "the Chinese navy") the noun makes an actor of that
# state and sector, like the role nouns of rules/roles.yaml. French and
# Spanish members are hand-written in rules/agents/fr_es.yaml.
"""


def write_agents(path, by_sector):
    lines = [AGENTS_HEADER, "classes:\n"]
    for sector in sorted(by_sector):
        lines.append("  agent_%s:\n    en: %s\n" % (sector, flow(by_sector[sector])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(lines))


def scalar(v):
    return json.dumps(v, ensure_ascii=False)


def flow(value):
    if isinstance(value, dict):
        return "{" + ", ".join("%s: %s" % (k, flow(v)) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


HEADER = """# Generated by rules/tools/convert_actors.py from third_party/petrarch2/%s
# (openeventdata/petrarch2, MIT). Do not edit: change the converter and rerun it.
# An entity table (rules/README.md): one entity a line, fields separated by tabs,
# names and periods ("FROM..UNTIL SECTOR") by '|'; origin is the dictionary line.
# "ID<TAB>extend<TAB>names" adds names to an entity of the hand-written pack.
# id	type	label	country	role	names	periods	origin
"""


def write(path, filename, records, extensions):
    lines = [HEADER % filename]
    for target, names in extensions:
        lines.append("%s\textend\t%s\n" % (target, "|".join(n for n, _ in names)))
    for r in records:
        lines.append("\t".join([r["id"], r["type"], r["label"], r.get("country", ""), r.get("role", ""),
                                "|".join(r["names"]["any"]), "|".join(r.get("periods", [])), r["origin"]]) + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", default=os.path.join(ROOT, "rules", "entities", "phoenix", "not_converted.txt"),
                    help="write every line not used, with file:line and why, to FILE "
                         "(default rules/entities/phoenix/not_converted.txt)")
    args = ap.parse_args()
    conv = Converter()
    outdir = os.path.join(ROOT, "rules", "entities", "phoenix")
    os.makedirs(outdir, exist_ok=True)
    for filename, stem in INPUTS:
        before = len(conv.extensions)
        marks = {k: len(v) for k, v in conv.extensions.items()}
        records = conv.convert_file(filename)
        ext = [(k, v[marks.get(k, 0):]) for k, v in conv.extensions.items() if len(v) > marks.get(k, 0)]
        del before
        write(os.path.join(outdir, stem + ".tsv"), filename, records, ext)
    agents = convert_agents(conv.problems, conv.counts)
    os.makedirs(os.path.join(ROOT, "rules", "agents"), exist_ok=True)
    write_agents(os.path.join(ROOT, "rules", "agents", "phoenix.yaml"), agents)
    reasons = collections.Counter((where.split(":")[0], re.sub(r"'.*'", "'...'", why)) for where, why in conv.problems)
    for key in sorted(conv.counts):
        print("%s: %d" % (key, conv.counts[key]), file=sys.stderr)
    for key in sorted(conv.filtered):
        print("filtered, %s: %d" % (key, conv.filtered[key]), file=sys.stderr)
    for (filename, why), n in sorted(reasons.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print("not used, %s, %s: %d" % (filename, why, n), file=sys.stderr)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            for where, why in conv.problems:
                f.write("%s: %s\n" % (where, why))


if __name__ == "__main__":
    main()
