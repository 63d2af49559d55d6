#!/usr/bin/env python3
"""Converts the field's public verb-pattern dictionaries (PETRARCH's format,
as in CAMEO.2.0.txt) into dyad rule files with lemmas and word classes.

    python3 rules/tools/convert_verbs.py            # both dictionaries
    python3 rules/tools/gen_lexicon.py              # then the forms of their lemmas

Inputs (vendored with their licenses, see third_party/README.md):
  en: third_party/petrarch2/CAMEO.2.0.txt
  es: third_party/universalpetrarch/verbpatterns_es_190128.txt
Outputs: rules/relations/cameo/{codes,en}.yaml (in the default pack) and
rules/optional/universalpetrarch-es/relations.yaml (a pack to add with
--rules: measured on eval/, it lowers Spanish precision more than it adds
recall, see rules/README.md), and on stderr and in
third_party/README.md's table the patterns that could not be expressed,
each with file:line and why (with --report FILE, the full list).

How a dictionary maps onto dyad's cues:
- A verb block ("--- MEET [040] ---" and its verbs) becomes a word class of
  lemmas (&v_meet: <meet>, <encounter>, <meet with>, ...); its code gives
  the bare cue "{S} &v_meet_default {T}" over the verbs without a code of
  their own; a verb with its own code gets its own cue.
- A pattern "- pre * post [code]" becomes "{S} pre &v_block ... post {T}":
  the source before the verb and the target after the pattern's words,
  unless '$' (source) or '+' (target) say where. Words are lemmas
  (<deal> matches "deals"); a word ending in '_' is matched as written;
  {A B} is a phrase, (PREP NP) a prepositional phrase, &SET a class,
  '^' any words, A/B alternatives.
- "[X:Y]" gives a cue for X from source to target and one for Y from target
  to source; "[:Y]" only the latter.
- Each code becomes a relation; a code that exactly one hand-written
  relation of rules/relations/ already has extends that relation instead.
Not expressible, and counted: "[---]" patterns (they only stop a verb's
default code: dyad has no cue that blocks others), '%' (compound actors),
patterns whose only words are before the verb, and patterns with more
than MAX_WORDS words after it (en 4, es 2) (word-by-word translations that wire copy
does not contain as written).
"""
import argparse
import collections
import glob
import os
import re
import sys

SOURCES = {
    "en": ("third_party/petrarch2/CAMEO.2.0.txt", "CAMEO.2.0.txt"),
    "es": ("third_party/universalpetrarch/verbpatterns_es_190128.txt", "verbpatterns_es_190128.txt"),
}
OUTPUTS = {"en": "rules/relations/cameo/en.yaml", "es": "rules/optional/universalpetrarch-es/relations.yaml"}
PLOVER = "third_party/plover/CAMEO2PLOVER-2021.txt"
TABARI_LABELS = "third_party/cameo/CAMEO.09b5.options"
# Words after the verb a pattern may have. UniversalPetrarch's Spanish
# patterns are TABARI's translated word by word ("AFECTARIA NEGATIVAMENTE +
# CREDIBILIDAD"): past two words they are not Spanish as written.
MAX_WORDS = {"en": 4, "es": 2}
CODE = re.compile(r"\[([0-9]*|---)(?::([0-9]*|---))?\]")


def quad_class(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


# Misspellings in both label sources, corrected in dyad's relation names.
LABEL_FIXES = {"Apolgize": "Apologize"}


def read_labels():
    """code -> label: PLOVER's table (03-20), else the CAMEO codebook's (TABARI's code list)."""
    labels = {}
    with open(PLOVER, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"([0-9]{2,4}):.*#\s*(.+?)\s*$", line)
            if m:
                labels[m.group(1)] = m.group(2)
    with open(TABARI_LABELS, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"LABEL:\s*([0-9]{3,4})=\s*(.+?)\s*$", line)
            if m:
                labels.setdefault(m.group(1), m.group(2))
    return {code: LABEL_FIXES.get(label, label) for code, label in labels.items()}


def hand_relations():
    """cameo code -> ids of the hand-written relations with that code."""
    by_code = collections.defaultdict(list)
    for path in sorted(glob.glob("rules/relations/*.yaml")):
        rid = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\s*- id:\s*(\S+)", line)
                if m:
                    rid = m.group(1)
                m = re.match(r'\s*cameo:\s*"?([0-9]+)"?', line)
                if m and rid:
                    by_code[m.group(1)].append(rid)
                    rid = None
    return by_code


class Report:
    def __init__(self):
        self.items = []
        self.counts = collections.Counter()

    def skip(self, where, why):
        self.items.append(f"{where}: {why}")
        self.counts[why.split(":")[0]] += 1


def name_of(text):
    return re.sub(r"[^a-z0-9_]", "_", text.lower().strip("&_")).strip("_")


def read_dictionary(path, lang):
    """Synsets, and verb blocks with their verbs and patterns (line numbers kept)."""
    synsets, blocks, exact_sets = collections.OrderedDict(), [], set()
    mode, current = "syn", None
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").replace("\t", " ")
            if line.startswith("####### VERB PATTERNS"):
                mode = "verbs"
                continue
            if line.startswith("######## TRANSFORMATIONS") or line.startswith("<!"):
                mode = "end"
            text = line.split("#")[0].rstrip() if not line.startswith("---") else line
            if mode == "end" or not text.strip():
                continue
            if mode == "syn":
                if text.startswith("&"):
                    current = name_of(text.split()[0])
                    synsets[current] = []
                    # "&AUXVERB1_": members as written, without plurals.
                    exact_sets.add(current) if text.split()[0].endswith("_") else None
                elif text.startswith("+") and current:
                    synsets[current].append((text[1:].strip(), n))
                continue
            if text.startswith("---"):
                m = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", text)
                blocks.append({"name": name_of(m.group(1)) if m else f"block{n}",
                               "code": m.group(2) if m else "---", "verbs": [], "patterns": [], "line": n})
            elif text.lstrip().startswith("-") and blocks:
                blocks[-1]["patterns"].append((text.lstrip()[1:], n))
            elif blocks:
                m = re.match(r"\s*(\+?)([^\s\[{]+)\s*(\{[^}]*\}|\[[^\]]*\])?\s*(\[[^\]]*\])?", text)
                if m:
                    code = None
                    for g in (m.group(3), m.group(4)):
                        if g and g.startswith("["):
                            code = g[1:-1].strip()
                    blocks[-1]["verbs"].append((m.group(2).replace("_", " ").lower().strip(), code, n))
    return synsets, blocks, exact_sets


def plural(word):
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def class_members(members, lang, exact_set):
    out = []
    for text, _ in members:
        exact = exact_set or text.endswith("_")
        words = text.strip("_").replace("_", " ").lower().split()
        if not words:
            continue
        out.append(" ".join(words))
        if exact or words[-1].endswith("s"):
            continue
        if lang == "en":
            out.append(" ".join(words[:-1] + [plural(words[-1])]))
        else:
            out.append(" ".join(words[:-1] + [words[-1] + ("es" if words[-1][-1] not in "aeiou" else "s")]))
    return sorted(set(out))


# Closed-class words are matched as written: only nouns and verbs inflect.
FUNCTION_WORDS = set("""a an the of to in on at by for with from into onto over under against about after before
between among through toward towards across around off out up down upon within without and or not no as than
that this these those its their his her our my your be is are was were been has have had will would can could
may might must should shall do does did de del la el los las un una en con por para sobre contra entre hacia
desde sin al y o no que su sus se lo le les""".split())


def group_phrases(pattern):
    """'{ARMS SHIPMENT}' -> 'ARMS_ SHIPMENT': a phrase inflects its last word only."""
    def one(m):
        words = m.group(1).split()
        return " ".join([w if w.endswith("_") or w.startswith("&") else w + "_" for w in words[:-1]] + words[-1:])
    return re.sub(r"\{([^{}]*)\}", one, pattern)


def word_item(token, classes):
    """One pattern token as cue words, or None if it cannot be written."""
    if token.startswith("&"):
        name = name_of(token)
        return f"&{name}" if name in classes else None
    exact = token.endswith("_")
    words = token.strip("_").replace("_", " ").lower().split()
    if not words or any(not re.match(r"^[\w'.-]+$", w) for w in words):
        return None
    if exact or len(words) > 1 or words[0] in FUNCTION_WORDS or not words[0].isalpha():
        return " ".join(words)
    return f"<{words[0]}>"


def pattern_to_cues(pattern, verb_class, classes, max_words):
    """'pre * post' -> (list of cue templates without slots filled, or error)."""
    if "%" in pattern:
        return None, "compound actor '%'"
    if "*" not in pattern:
        return None, "no verb position '*'"
    pre, _, post = group_phrases(pattern).partition("*")
    # "*ESTABLECER" (a word glued to the verb mark) is a word after it.
    tokens_pre = pre.replace("(", " ( ").replace(")", " ) ").replace("{", " ").replace("}", " ").split()
    tokens_post = post.replace("(", " ( ").replace(")", " ) ").replace("{", " ").replace("}", " ").split()
    words_after = [t for t in tokens_post if t not in "()+$^"]
    if len(words_after) > max_words:
        return None, f"more than {max_words} words after the verb"
    def render(tokens):
        out, alts = [], [[]]
        for t in tokens:
            if t in "()":
                continue
            if t in ("+", "$", "^"):
                alts = [a + [{"+": "{T}", "$": "{S}", "^": "..."}[t]] for a in alts]
                continue
            options = t.split("/")
            items = [word_item(o, classes) for o in options]
            if any(i is None for i in items):
                return None
            alts = [a + [i] for a in alts for i in items]
        return alts
    pre_alts, post_alts = render(tokens_pre), render(tokens_post)
    if pre_alts is None or post_alts is None:
        return None, "a word that is not a plain word or a known synset"
    cues = []
    for a in pre_alts:
        for b in post_alts:
            left = [x for x in a]
            right = [x for x in b]
            has_s = "{S}" in left + right
            has_t = "{T}" in left + right
            if not has_s:
                left = ["{S}"] + left
            # The verb, then its words a little further on.
            body = left + [verb_class] + (["..."] + right if right and right[0] not in ("{T}", "...") else right)
            if not has_t and right and right != ["..."]:
                # The target is the verb's object or stands after its words:
                # "give Tanzania a grant", "give a grant to Tanzania".
                early = left + [verb_class, "{T}", "..."] + [x for x in right if x != "..."][:1] + right[1:]
                cues.append(tidy(early))
            if not has_t:
                body = body + ["{T}"]
            if body.count("{S}") > 1 or body.count("{T}") > 1:
                return None, "a source or target marked twice"
            cues.append(tidy(body))
    return sorted(set(cues), key=cues.index), None


def tidy(body):
    """Template text without gaps at either end or beside a slot."""
    while body and body[0] == "...":
        body = body[1:]
    text = " ".join(body)
    text = re.sub(r"(\.\.\. )+", "... ", text).replace("... {T}", "{T}").replace("... {S}", "{S}")
    text = text.replace("{S} ...", "{S}")
    while text.endswith(" ..."):
        text = text[:-4]
    return text


def known_code(code, labels):
    """A code of the CAMEO table, or a 4-digit code under one of its 3-digit codes."""
    return len(code) >= 3 and (code in labels or (len(code) == 4 and code[:3] in labels))


def swap(cue):
    return cue.replace("{S}", "\0").replace("{T}", "{S}").replace("\0", "{T}")


def relation_id(code, label, used):
    base = re.sub(r"[^A-Z0-9]+", "_", label.upper()).strip("_") or f"CAMEO_{code}"
    rid = base if base not in used else f"{base}_{code}"
    used[rid] = code
    return rid


def convert(lang, report, labels, hand):
    path, short = SOURCES[lang]
    synsets, blocks, exact_sets = read_dictionary(path, lang)
    classes = {name: class_members(m, lang, name in exact_sets) for name, m in synsets.items() if m}
    by_code = collections.defaultdict(list)  # code -> [(cue, origin line)]
    verb_classes = collections.OrderedDict()
    for b in blocks:
        verbs = [v for v in b["verbs"] if re.match(r"^[\w' -]+$", v[0])]
        if not verbs:
            for p, n in b["patterns"]:
                report.skip(f"{path}:{n}", "no verb in the block")
            continue
        vclass = "v_" + b["name"]
        while vclass in classes or vclass in verb_classes:
            vclass += "_"
        verb_classes[vclass] = sorted({f"<{v[0]}>" for v in verbs})
        # The block's code for its verbs without a code of their own, as one
        # cue on a class of them; a verb with its own code gets its own cue.
        block_code = b["code"] if re.match(r"^[0-9]+$", b["code"]) else None
        plain = sorted({f"<{v}>" for v, code, _ in verbs if not (code and re.match(r"^[0-9]+$", code))})
        if block_code and block_code.startswith("01"):
            # "said China remained its partner": on the surface a verb of
            # saying's object and the subject of the clause it opens look
            # alike, and only the former is the statement's target.
            report.skip(f"{path}:{b['line']}", "a statement verb's bare default: its object cannot be told from a clause's subject")
        elif block_code and plain and known_code(block_code, labels):
            verb_classes[vclass + "_default"] = plain
            by_code[block_code].append((f"{{S}} &{vclass}_default {{T}}", b["line"]))
        elif block_code and plain:
            report.skip(f"{path}:{b['line']}", f"not a CAMEO code: '{block_code}'")
        for v, code, n in verbs:
            if not (code and re.match(r"^[0-9]+$", code)):
                continue
            if not known_code(code, labels):
                report.skip(f"{path}:{n}", f"not a CAMEO code: '{code}'")
            else:
                by_code[code].append((f"{{S}} <{v}> {{T}}", n))
        for p, n in b["patterns"]:
            m = CODE.search(p)
            if not m:
                report.skip(f"{path}:{n}", "no code")
                continue
            fwd, back = m.group(1), m.group(2)
            if (fwd in ("", "---")) and (back in (None, "", "---")):
                report.skip(f"{path}:{n}", "null code [---]: it only stops a default code")
                continue
            bad = [c for c in (fwd, back) if c not in (None, "", "---") and not known_code(c, labels)]
            if bad:
                report.skip(f"{path}:{n}", f"not a CAMEO code: '{bad[0]}'")
                continue
            cues, error = pattern_to_cues(p[:m.start()], "&" + vclass, classes, MAX_WORDS[lang])
            if error:
                report.skip(f"{path}:{n}", error)
                continue
            for cue in cues:
                if fwd not in ("", "---"):
                    by_code[fwd].append((cue, n))
                if back not in (None, "", "---"):
                    by_code[back].append((swap(cue), n))
    return classes, verb_classes, by_code, short


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def code_key(code):
    return (code.ljust(4, "0"), code)


def write_codes(codes, labels, hand):
    """Every code the dictionaries use or the CAMEO table lists, as a relation
    (cues come from the per-language files); code -> relation id."""
    ids, used = {}, {}
    out = ["# Generated by rules/tools/convert_verbs.py: one relation per CAMEO code that no",
           "# single hand-written relation of rules/relations/ has; labels from",
           "# third_party/cameo/CAMEO.09b5.options and third_party/plover/CAMEO2PLOVER-2021.txt. Do not edit.",
           "relations:"]
    for code in sorted(set(codes) | set(labels), key=code_key):
        if len(code) < 3:
            continue  # the roots name groups of codes, not events
        existing = hand.get(code, [])
        if len(existing) == 1:
            ids[code] = existing[0]
            continue
        label = labels.get(code) or labels.get(code[:3]) or f"CAMEO {code}"
        rid = relation_id(code, label, used)
        ids[code] = rid
        out += [f"  - id: {rid}", f"    label: {yaml_str(label[0].lower() + label[1:])}", f'    cameo: "{code}"',
                f"    quad_class: {quad_class(code)}", "    direction: directed", "    cues: {}"]
    with open("rules/relations/cameo/codes.yaml", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return ids


def write(lang, classes, verb_classes, by_code, ids):
    src = SOURCES[lang][0]
    out = [f"# Generated by rules/tools/convert_verbs.py from {src}",
           "# (see third_party/README.md); do not edit: change the converter or the source and rerun.",
           "classes:"]
    for name, members in list(classes.items()) + list(verb_classes.items()):
        out.append(f"  {name}:")
        out.append(f"    {lang}: [" + ", ".join(yaml_str(m) for m in members) + "]")
    out.append("relations:")
    total = 0
    for code in sorted(by_code, key=code_key):
        cues, seen = [], set()
        for cue, n in by_code[code]:
            if cue not in seen:
                seen.add(cue)
                cues.append(f"{cue} @{SOURCES[lang][1]}:{n}")
        total += len(cues)
        out += [f"  - id: {ids[code]}", "    extend: true", "    cues:", f"      {lang}:"]
        out += [f"        - {yaml_str(c)}" for c in cues]
    os.makedirs(os.path.dirname(OUTPUTS[lang]), exist_ok=True)
    with open(OUTPUTS[lang], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", help="write every pattern not converted, with file:line and why")
    args = parser.parse_args()
    labels, hand = read_labels(), hand_relations()
    os.makedirs("rules/relations/cameo", exist_ok=True)
    converted, items = {}, []
    for lang in ("en", "es"):
        report = Report()
        converted[lang] = convert(lang, report, labels, hand)
        items += report.items
        classes, verb_classes, by_code, _ = converted[lang]
        blocks = sum(1 for name in verb_classes if not name.endswith("_default"))
        print(f"{lang}: {len(by_code)} codes, {len(classes)} synsets, {blocks} verb blocks; "
              f"patterns not converted: {len(report.items)}", file=sys.stderr)
        for why, count in sorted(report.counts.items()):
            print(f"  {count:6d}  {why}", file=sys.stderr)
    ids = write_codes([c for v in converted.values() for c in v[2]], labels, hand)
    for lang, (classes, verb_classes, by_code, _) in converted.items():
        n = write(lang, classes, verb_classes, by_code, ids)
        print(f"{lang}: {n} cues written", file=sys.stderr)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write("\n".join(items) + "\n")


if __name__ == "__main__":
    main()
