#!/usr/bin/env python3
"""Generates rules/entities/countries.yaml: one `country` entity per ISO 3166-1
code (alpha-3 id), with names in English, French and Spanish, demonyms and
capitals, from three packaged data sets and one hand-written file:

  --cldr DIR             Unicode CLDR (Debian: unicode-cldr-core), the folder
                         holding common/main/{en,fr,es}.xml (or that folder
                         itself); en_GB, fr_CA and es_419 are read too if present
  --iso-codes FILE       iso_3166-1.json (Debian: iso-codes)
  --world-countries FILE countries.json (npm: world-countries)
  --extras FILE          rules/tools/countries-extra.yaml (default: next to
                         this script): hand-written names, demonyms and
                         capitals merged into the output, plus the lists of
                         aliases to drop and of who keeps a shared alias

Standard library only. The output depends only on the inputs: entities are
sorted by alpha-3, each list keeps the order of its sources (CLDR, iso-codes,
world-countries, extras), and duplicates after case and accent folding (the
folding dyad itself applies) are removed within a language.

  python3 rules/tools/gen_countries.py --cldr /usr/share/unicode/cldr \\
      --iso-codes /usr/share/iso-codes/json/iso_3166-1.json \\
      --world-countries node_modules/world-countries/countries.json \\
      -o rules/entities/countries.yaml

--report FILE writes what was dropped or given to one claimant, and why.
--wordlist FILE (repeatable) lists names and capitals that are also ordinary
lower-case words of FILE (e.g. /usr/share/dict/french), to review by hand;
it never changes the output.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

LANGS = ("en", "fr", "es")
# Regional CLDR locales read as extra spellings of their language.
CLDR_LOCALES = (("en", "en"), ("fr", "fr"), ("es", "es"), ("en_GB", "en"), ("fr_CA", "fr"), ("es_419", "es"))
WC_LANG = {"fr": "fra", "es": "spa"}


def fail(message):
    sys.exit("gen_countries: " + message)


# ---------------------------------------------------------------------------
# Folding: a port of dyad's tokenizer (extract/text.cc) so that duplicates and
# collisions are judged exactly as the matcher will see them.

_LATIN1 = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
           "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
           "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
           "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y"]
_LATIN_EXT_A = ("aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
                "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs")
_ELIDED = {"l", "d", "n", "j", "m", "t", "s", "c", "qu", "jusqu", "lorsqu", "puisqu"}
SPACE, WORD, APOS, PUNCT = range(4)


def _is_space(cp):
    return (cp in (0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x202F, 0x205F, 0x3000, 0xFEFF)
            or 0x2000 <= cp <= 0x200B)


def _fold_char(ch):
    """(class, folded text or None for 'as written', upper)"""
    cp = ord(ch)
    if _is_space(cp):
        return SPACE, None, False
    if cp < 0x80:
        if ch == "'":
            return APOS, "'", False
        if ch.isascii() and ch.isalnum():
            return WORD, ch.lower(), "A" <= ch <= "Z"
        return PUNCT, None, False
    if 0xC0 <= cp <= 0xFF:
        f = _LATIN1[cp - 0xC0]
        return (PUNCT, None, False) if not f else (WORD, f, cp <= 0xDE)
    if 0x100 <= cp <= 0x17F:
        if cp in (0x152, 0x153):
            return WORD, "oe", cp == 0x152
        upper = ((cp % 2 == 0) != (0x139 <= cp <= 0x148)) and cp not in (0x138, 0x149)
        return WORD, _LATIN_EXT_A[cp - 0x100], upper and cp != 0x17F
    if cp in (0x2018, 0x2019, 0x02BC, 0x2032):
        return APOS, "'", False
    if cp in (0x201C, 0x201D, 0xAB, 0xBB, 0x201E):
        return PUNCT, '"', False
    if cp in (0x2013, 0x2014, 0x2010, 0x2011, 0x2212):
        return PUNCT, "-", False
    if (0x80 <= cp < 0xC0 or 0x2000 <= cp <= 0x2BFF or 0x3000 <= cp <= 0x303F or cp == 0xFFFD
            or 0xFE30 <= cp <= 0xFE4F or 0xFF00 <= cp <= 0xFF0F):
        return PUNCT, None, False
    return WORD, None, False


def tokens(text):
    """[(folded, is_word, capitalized)] as dyad's Tokenizer gives them."""
    out = []
    word = None  # [folded, capitalized]
    n = len(text)

    def word_at(i):
        return i < n and _fold_char(text[i])[0] == WORD

    def close():
        nonlocal word
        if word is not None:
            out.append((word[0], True, word[1]))
            word = None

    i = 0
    while i < n:
        ch = text[i]
        cls, f, upper = _fold_char(ch)
        if cls == WORD:
            if word is None:
                word = ["", upper]
            word[0] += ch if f is None else f
        elif cls == APOS:
            nxt = word_at(i + 1)
            left = word[0] if word is not None else ""
            if word is not None and (nxt or i + 1 == n) and left in _ELIDED:
                out.append((left + "'", True, word[1]))
                word = None
            elif (word is not None and len(left) > 1 and left.endswith("n") and i + 1 < n
                  and text[i + 1] in "tT" and not word_at(i + 2)):
                out.append((left[:-1], True, word[1]))
                word = None
                out.append(("n't", True, False))
                i += 1
            else:
                close()
                if nxt:
                    word = ["'", False]
                else:
                    out.append(("'", False, False))
        else:
            close()
            if cls == PUNCT:
                out.append((ch if f is None else f, False, False))
        i += 1
    close()
    return out


def fold(text):
    return " ".join(t[0] for t in tokens(text))


def starts_upper(text):
    t = tokens(text)
    return bool(t) and t[0][2]


def ascii_variant(text):
    """The spelling without the letters dyad does not fold (beyond U+017F:
    'Chișinău' -> 'Chisinau', 'Nukuʻalofa' -> "Nuku'alofa"), or None."""
    if all(ord(c) <= 0x17F or _fold_char(c)[0] != WORD for c in text):
        return None
    out = []
    for c in text:
        if ord(c) > 0x17F and _fold_char(c)[0] == WORD:
            if c in "ʻʼ":
                out.append("'")
                continue
            base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            out.append(base if base.isascii() and base.isalpha() else c)
        else:
            out.append(c)
    v = "".join(out)
    return v if v != text and all(ord(c) <= 0x17F or _fold_char(c)[0] != WORD for c in v) else None


# ---------------------------------------------------------------------------
# A small YAML reader for the extras file: block maps and block lists by
# indentation, flow lists [..] and maps {..} (possibly over several lines),
# plain, 'single' and "double" quoted scalars, # comments. Scalars stay strings.

class YamlError(Exception):
    pass


def _strip_comment(line):
    quote = None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"" and (i == 0 or line[i - 1] in " [{,:"):
            quote = c
        elif c == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line.rstrip()


class _Flow:
    def __init__(self, text, where):
        self.s, self.i, self.where = text, 0, where

    def error(self, message):
        raise YamlError("%s: %s" % (self.where, message))

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n":
            self.i += 1

    def value(self, stops):
        self.ws()
        if self.i >= len(self.s):
            self.error("missing value")
        c = self.s[self.i]
        if c == "[":
            self.i += 1
            items = []
            self.ws()
            if self.s.startswith("]", self.i):
                self.i += 1
                return items
            while True:
                items.append(self.value(",]"))
                self.ws()
                if self.s.startswith(",", self.i):
                    self.i += 1
                    self.ws()
                    if self.s.startswith("]", self.i):
                        self.i += 1
                        return items
                elif self.s.startswith("]", self.i):
                    self.i += 1
                    return items
                else:
                    self.error("expected ',' or ']'")
        if c == "{":
            self.i += 1
            out = {}
            while True:
                self.ws()
                if self.s.startswith("}", self.i):
                    self.i += 1
                    return out
                key = self.value(":")
                self.ws()
                if not self.s.startswith(":", self.i):
                    self.error("expected ':' in a flow map")
                self.i += 1
                if key in out:
                    self.error("duplicate key '%s'" % key)
                out[key] = self.value(",}")
                self.ws()
                if self.s.startswith(",", self.i):
                    self.i += 1
                elif not self.s.startswith("}", self.i):
                    self.error("expected ',' or '}'")
        if c == '"':
            j = self.i + 1
            buf = []
            while j < len(self.s) and self.s[j] != '"':
                if self.s[j] == "\\":
                    j += 1
                    esc = self.s[j:j + 1]
                    if esc == "u":
                        buf.append(chr(int(self.s[j + 1:j + 5], 16)))
                        j += 4
                    else:
                        buf.append({"n": "\n", "t": "\t"}.get(esc, esc))
                else:
                    buf.append(self.s[j])
                j += 1
            if j >= len(self.s):
                self.error("unterminated string")
            self.i = j + 1
            return "".join(buf)
        if c == "'":
            j = self.i + 1
            buf = []
            while True:
                if j >= len(self.s):
                    self.error("unterminated string")
                if self.s[j] == "'":
                    if self.s.startswith("''", j):
                        buf.append("'")
                        j += 2
                        continue
                    break
                buf.append(self.s[j])
                j += 1
            self.i = j + 1
            return "".join(buf)
        j = self.i
        while j < len(self.s) and self.s[j] not in stops and self.s[j] != "\n":
            j += 1
        text = self.s[self.i:j].strip()
        self.i = j
        if not text:
            self.error("empty value")
        return text


def _balanced(text):
    depth, quote = 0, None
    for c in text:
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
    return depth <= 0


def _split_key(text, where):
    """'key: rest' -> (key, rest); keys are plain or quoted scalars."""
    if text[:1] in "'\"":
        f = _Flow(text, where)
        key = f.value(":")
        rest = text[f.i:]
        if not rest.startswith(":"):
            raise YamlError("%s: expected ':' after the key" % where)
        return key, rest[1:].strip()
    j = text.find(": ")
    if j < 0 and text.endswith(":"):
        j = len(text) - 1
    if j < 0:
        return None, text
    return text[:j].strip(), text[j + 1:].strip()


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    lines = []  # (indent, text, line number)
    k = 0
    while k < len(raw):
        text = _strip_comment(raw[k])
        start = k
        k += 1
        if not text.strip():
            continue
        if "\t" in text[:len(text) - len(text.lstrip())]:
            raise YamlError("%s:%d: tabs are not allowed for indentation" % (path, start + 1))
        while not _balanced(text) and k < len(raw):
            text += "\n" + _strip_comment(raw[k])
            k += 1
        lines.append((len(text) - len(text.lstrip(" ")), text.strip(), start + 1))

    pos = 0

    def where(n):
        return "%s:%d" % (path, n)

    def scalar_or_flow(text, n):
        f = _Flow(text, where(n))
        v = f.value("")
        f.ws()
        if f.i != len(text):
            raise YamlError("%s: unexpected text after the value" % where(n))
        return v

    def block(indent):
        nonlocal pos
        if pos >= len(lines):
            raise YamlError("%s: missing value" % path)
        if lines[pos][1].startswith("- ") or lines[pos][1] == "-":
            items = []
            while pos < len(lines) and lines[pos][0] == indent and lines[pos][1].startswith("-"):
                _, text, n = lines[pos]
                rest = text[1:].strip()
                pos += 1
                if not rest:
                    items.append(block(lines[pos][0]) if pos < len(lines) and lines[pos][0] > indent else None)
                else:
                    items.append(scalar_or_flow(rest, n))
            return items
        out = {}
        while pos < len(lines) and lines[pos][0] == indent:
            _, text, n = lines[pos]
            key, rest = _split_key(text, where(n))
            if key is None:
                raise YamlError("%s: expected 'key: value'" % where(n))
            if key in out:
                raise YamlError("%s: duplicate key '%s'" % (where(n), key))
            pos += 1
            if rest:
                out[key] = scalar_or_flow(rest, n)
            elif pos < len(lines) and (lines[pos][0] > indent or
                                       (lines[pos][0] == indent and lines[pos][1].startswith("-"))):
                out[key] = block(lines[pos][0])
            else:
                out[key] = None
        return out

    if not lines:
        return {}
    result = block(lines[0][0])
    if pos != len(lines):
        raise YamlError("%s: bad indentation" % where(lines[pos][2]))
    return result


# ---------------------------------------------------------------------------
# Sources.

def clean(text):
    text = text.replace("\u200b", "").replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"\b([dlDL])' (?=\w)", r"\1'", text)  # world-countries' "Côte d' Ivoire"
    return " ".join(text.split())


def load_cldr(directory):
    """{alpha2: {lang: [(text, kind)]}}, kind 'main' (base locale), 'alt' or 'regional'."""
    candidates = [directory, os.path.join(directory, "main"), os.path.join(directory, "common", "main")]
    main = next((d for d in candidates if os.path.isfile(os.path.join(d, "en.xml"))), None)
    if main is None:
        fail("no en.xml under %s (expected CLDR's common/main)" % directory)
    out = {}
    for locale, lang in CLDR_LOCALES:
        path = os.path.join(main, locale + ".xml")
        if not os.path.isfile(path):
            if locale in LANGS:
                fail("missing %s" % path)
            continue
        root = ET.parse(path).getroot()
        for t in root.iterfind("./localeDisplayNames/territories/territory"):
            code = t.get("type", "")
            if len(code) != 2 or not code.isalpha() or not (t.text or "").strip():
                continue
            alt = t.get("alt")
            if alt not in (None, "short", "variant"):
                continue
            kind = "regional" if locale not in LANGS else ("main" if alt is None else "alt")
            out.setdefault(code, {}).setdefault(lang, []).append((clean(t.text), kind))
    return out


def cldr_version(directory):
    for d in (directory, os.path.join(directory, "common"), os.path.dirname(directory.rstrip("/"))):
        path = os.path.join(d, "dtd", "ldml.dtd")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if "cldrVersion" in line and "#FIXED" in line:
                        return line.split('"')[1]
    return "unknown"


def iso_inverted(text):
    """iso-codes' sorting forms: 'Korea, Republic of', 'Virgin Islands, British'."""
    return ", " in text and " and " not in text.split(", ", 1)[1]


# ---------------------------------------------------------------------------

class Candidate:
    __slots__ = ("text", "lang", "kind", "source", "primary", "extra")

    def __init__(self, text, lang, kind, source, primary=False, extra=False):
        self.text, self.lang, self.kind, self.source = text, lang, kind, source
        self.primary, self.extra = primary, extra


def split_parenthesis(text):
    """'Myanmar (Burma)' -> ['Myanmar', 'Burma']; 'Cocos (Keeling) Islands' ->
    ['Cocos (Keeling) Islands', 'Cocos Islands']."""
    if "(" not in text:
        return [text]
    a, _, rest = text.partition("(")
    inner, _, after = rest.partition(")")
    a, inner, after = a.strip(), inner.strip(), after.strip()
    if after:
        return [text, clean(a + " " + after)]
    # A qualifier ("partie néerlandaise", "Rép. dém.") is not a name of its own.
    return [a, inner] if inner[:1].isupper() and "." not in inner else [a]


def french_plural(word):
    return word if word[-1:] in "sxz" else word + "s"


_EN_PLURAL_ENDINGS = ("an", "er", "i", "ot", "ek", "ech", "ak", "ik", "ino", "ene", "ine", "in")


def english_plural(word):
    last = word.split()[-1]
    # Invariable, or a place name world-countries gives as the demonym.
    if last in ("I-Kiribati", "Djibouti", "Gibraltar", "Vatican") or not last.endswith(_EN_PLURAL_ENDINGS):
        return None
    return word + "s"


def split_demonym(text, lang):
    parts = [text]
    seps = [", ", " or "] if lang == "en" else [", ", " et ", "-et-"]
    for sep in seps:
        parts = [p.strip() for q in parts for p in q.split(sep)]
    return [p for p in parts if p]


def build(args):
    with open(args.iso_codes, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(args.world_countries, encoding="utf-8") as f:
        world = {c["cca3"]: c for c in json.load(f)}
    cldr = load_cldr(args.cldr)
    try:
        extras = load_yaml(args.extras)
    except (OSError, YamlError) as e:
        fail(str(e))
    for key in extras:
        if key not in ("extras", "prefer", "drop", "demonym_as_name"):
            fail("%s: unknown top-level key '%s'" % (args.extras, key))

    drops = {}  # folded -> (entity or None, reason)
    for d in extras.get("drop") or []:
        if not isinstance(d, dict) or "text" not in d or "reason" not in d:
            fail("%s: each 'drop' entry needs text and reason" % args.extras)
        drops.setdefault(fold(d["text"]), []).append((d.get("only"), d["reason"]))
    prefer = {fold(k): v for k, v in (extras.get("prefer") or {}).items()}
    as_name = {fold(t) for t in (extras.get("demonym_as_name") or [])}
    hand = extras.get("extras") or {}

    codes = {c["alpha_3"]: c for c in iso}
    for code in hand:
        if code not in codes:
            fail("%s: extras for '%s', which is not an ISO 3166-1 alpha-3 code" % (args.extras, code))
    report = []
    entities = {}
    for a3 in sorted(codes):
        c = codes[a3]
        a2 = c["alpha_2"]
        w = world.get(a3)
        if w is None:
            fail("world-countries has no %s" % a3)
        cands = []

        def add(text, lang, kind, source, primary=False, extra=False):
            text = clean(text)
            if text:
                cands.append(Candidate(text, lang, kind, source, primary, extra))

        # Hand-written first: their spellings win over folded duplicates.
        h = hand.get(a3) or {}
        for key in h:
            if key not in ("label", "names", "demonyms", "capitals"):
                fail("%s: %s: unknown key '%s'" % (args.extras, a3, key))
        for kind in ("names", "demonyms", "capitals"):
            for lang, items in (h.get(kind) or {}).items():
                if lang not in LANGS + ("any",):
                    fail("%s: %s %s: unknown language '%s'" % (args.extras, a3, kind, lang))
                for text in items:
                    add(text, lang, kind, "extras", extra=True)
        # Names.
        for lang in LANGS:
            for text, ckind in cldr.get(a2, {}).get(lang, []):
                parts = split_parenthesis(text)
                for p in parts:
                    add(p, lang, "names", "cldr", primary=(ckind == "main" and "(" not in text))
        for key in ("common_name", "name", "official_name"):
            text = c.get(key)
            if not text:
                continue
            if iso_inverted(text):
                report.append((a3, "en", "names", text, "iso-codes sorting form (inverted)"))
                continue
            if text.startswith("the "):
                text = text[4:]
            for p in split_parenthesis(text):
                add(p, "en", "names", "iso-codes", primary=(key != "official_name" and "(" not in text))
        wnames = [("en", w["name"]["common"]), ("en", w["name"]["official"])]
        for lang, wl in WC_LANG.items():
            t = w.get("translations", {}).get(wl)
            if t:
                wnames += [(lang, t["common"]), (lang, t["official"])]
        for lang, text in wnames:
            for p in split_parenthesis(clean(text)):
                add(p, lang, "names", "world-countries")
        # Demonyms.
        for lang, wl in (("en", "eng"), ("fr", "fra")):
            dm = w.get("demonyms", {}).get(wl) or {}
            for g in ("m", "f"):
                for p in split_demonym(dm.get(g) or "", lang):
                    if lang == "fr":
                        p = p.lower()
                        add(p, lang, "demonyms", "world-countries")
                        add(french_plural(p), lang, "demonyms", "world-countries (plural)")
                    else:
                        add(p, lang, "demonyms", "world-countries")
                        pl = english_plural(p)
                        if pl:
                            add(pl, lang, "demonyms", "world-countries (plural)")
        # Capitals.
        for cap in w.get("capital") or []:
            add(cap, "any", "capitals", "world-countries")
        # Spellings the matcher cannot fold to what is typed.
        for cand in list(cands):
            v = ascii_variant(cand.text)
            if v:
                add(v, cand.lang, cand.kind, cand.source + " (ascii)", extra=cand.extra)

        label = h.get("label") or w["name"]["common"]
        entities[a3] = {"label": label, "cands": cands, "independent": bool(w.get("independent")),
                        "world": w}

    # Filters on single aliases.
    for a3, e in entities.items():
        kept = []
        for cand in e["cands"]:
            f = fold(cand.text)
            reason = None
            if cand.kind == "demonyms" and cand.lang == "en" and f in as_name:
                cand.kind = "names"
                cand.lang = "en"
                report.append((a3, "en", "demonyms", cand.text,
                               "moved to names: a lower-case English word, so it must need a capital"))
            if not cand.extra:
                for only, why in drops.get(f, []):
                    if only in (None, a3):
                        reason = why
                        break
                if reason is None and cand.kind == "names" and len(f) <= 2 and f.isalpha():
                    reason = "two-letter abbreviation (hand-written ones live in the extras)"
                if reason is None and cand.kind == "names" and not starts_upper(cand.text) and " " not in f:
                    reason = "one lower-case word: would match as a common word"
            if reason:
                report.append((a3, cand.lang, cand.kind, cand.text, reason))
                continue
            kept.append(cand)
        e["cands"] = kept

    # Aliases claimed by several entities.
    claims = {}
    for a3, e in entities.items():
        for cand in e["cands"]:
            claims.setdefault(fold(cand.text), {}).setdefault(a3, []).append(cand)
    for f, by in sorted(claims.items()):
        if len(by) < 2:
            continue
        owners = sorted(by)
        why = None
        if f in prefer:
            keep = prefer[f]
            if keep not in by and keep != "":
                fail("prefer: '%s' -> %s, which does not claim it (claimed by %s)" % (f, keep, owners))
            why = "shared with %s; 'prefer' gives it to %s" % (", ".join(owners), keep or "none")
        else:
            primary = [a for a in owners if any(c.primary for c in by[a])]
            extra = [a for a in owners if any(c.extra for c in by[a])]
            indep = [a for a in owners if entities[a]["independent"]]
            if len(extra) == 1:
                keep, why = extra[0], "shared with %s; hand-written for %s" % (", ".join(owners), extra[0])
            elif len(primary) == 1:
                keep, why = primary[0], "shared with %s; the CLDR/iso-codes name of %s" % (", ".join(owners), primary[0])
            elif len(indep) == 1:
                keep, why = indep[0], "shared with %s; %s is the sovereign state" % (", ".join(owners), indep[0])
            else:
                keep, why = "", "shared by %s: ambiguous" % ", ".join(owners)
        for a3 in owners:
            if a3 == keep:
                continue
            for cand in by[a3]:
                report.append((a3, cand.lang, cand.kind, cand.text, why))
            entities[a3]["cands"] = [c for c in entities[a3]["cands"] if fold(c.text) != f]
    return entities, report


def render(entities, args):
    lines = []
    w = lines.append
    w("# GENERATED by rules/tools/gen_countries.py: do not edit by hand. Hand-written")
    w("# names, demonyms and capitals go into rules/tools/countries-extra.yaml; see")
    w("# rules/entities/SOURCES.md for how to regenerate this file.")
    w("#")
    w("# Every ISO 3166-1 country and territory (id: alpha-3), with names in English,")
    w("# French and Spanish, demonyms and capitals (a capital stands for the")
    w("# government: \"Lima said\", \"talks in Washington\"). Data from:")
    w("#   Unicode CLDR %s (Debian unicode-cldr-core): territory names," % args.cldr_version)
    w("#     Unicode License (Unicode-DFS-2016), https://www.unicode.org/license.txt")
    w("#   iso-codes (Debian iso-codes): ISO 3166-1 codes and English names,")
    w("#     LGPL-2.1-or-later, https://salsa.debian.org/iso-codes-team/iso-codes")
    w("#   world-countries %s (npm, mledoze/countries): names, French and Spanish" % args.wc_version)
    w("#     names, English and French demonyms, capitals; Open Database License")
    w("#     (ODbL-1.0), https://opendatacommons.org/licenses/odbl/1.0/ . This file is")
    w("#     a Derivative Database of it and is available under the same licence.")
    w("#   rules/tools/countries-extra.yaml: hand-written additions (dyad).")
    w("entities:")

    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    for a3 in sorted(entities):
        e = entities[a3]
        w("  - id: %s" % a3)
        w("    type: country")
        w("    label: %s" % q(e["label"]))
        for kind, langs in (("names", LANGS), ("demonyms", LANGS), ("capitals", ("any",))):
            per = {}
            for lang in langs:
                seen = {}
                items = []
                for c in e["cands"]:
                    if c.kind != kind or c.lang != lang:
                        continue
                    f = fold(c.text)
                    if f in seen:
                        # Of two spellings, one starting lower case matches both
                        # "l'île Maurice" and "Île Maurice": keep that one.
                        j = seen[f]
                        if starts_upper(items[j]) and not starts_upper(c.text):
                            items[j] = c.text
                        continue
                    if kind == "capitals" and any(fold(n.text) == f for n in e["cands"] if n.kind == "names"):
                        continue  # "Singapore", "Luxembourg": the name already says it
                    seen[f] = len(items)
                    items.append(c.text)
                if items:
                    per[lang] = items
            if per:
                w("    %s:" % kind)
                for lang, items in per.items():
                    w("      %s: [%s]" % (lang, ", ".join(q(s) for s in items)))
                e.setdefault("counts", {})[kind] = {k: len(v) for k, v in per.items()}
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cldr", required=True, help="CLDR folder (holding common/main)")
    p.add_argument("--iso-codes", required=True, help="iso-codes' iso_3166-1.json")
    p.add_argument("--world-countries", required=True, help="world-countries' countries.json")
    p.add_argument("--extras", default=os.path.join(here, "countries-extra.yaml"))
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--report", help="write what was dropped, and why, to this file")
    p.add_argument("--wordlist", action="append", default=[],
                   help="print names and capitals that are lower-case words of this list (review aid)")
    args = p.parse_args()
    args.cldr_version = cldr_version(args.cldr)
    pkg = os.path.join(os.path.dirname(os.path.abspath(args.world_countries)), "package.json")
    args.wc_version = "unknown version"
    if os.path.isfile(pkg):
        with open(pkg, encoding="utf-8") as f:
            args.wc_version = json.load(f).get("version", args.wc_version)

    entities, report = build(args)
    text = render(entities, args)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

    totals = {}
    for e in entities.values():
        for kind, per in e.get("counts", {}).items():
            for lang, n in per.items():
                totals[(kind, lang)] = totals.get((kind, lang), 0) + n
    summary = "%d entities; " % len(entities) + ", ".join(
        "%s %s %d" % (k, l, n) for (k, l), n in sorted(totals.items()))
    print(summary, file=sys.stderr)

    if args.report:
        kept = {(a3, fold(c.text)) for a3, e in entities.items() for c in e["cands"]}
        with open(args.report, "w", encoding="utf-8") as f:
            f.write("# gen_countries.py report: %s\n" % summary)
            f.write("# country\tlanguage\tkind\talias\twhy it is not written (or moved)\n")
            for a3, lang, kind, text, why in sorted(set(report)):
                if (a3, fold(text)) in kept and not why.startswith("moved"):
                    continue  # written anyway (from the extras)
                f.write("%s\t%s\t%s\t%s\t%s\n" % (a3, lang, kind, text, why))

    if args.wordlist:
        words = set()
        for path in args.wordlist:
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    line = line.strip()
                    if line and line[0].islower():
                        words.add(fold(line))
        # French and Spanish demonyms are lower-case words by nature: not listed.
        for a3 in sorted(entities):
            for c in entities[a3]["cands"]:
                if (c.kind != "demonyms" or c.lang == "en") and fold(c.text) in words:
                    print("word: %s %s %s %r (%s)" % (a3, c.kind, c.lang, c.text, c.source))


if __name__ == "__main__":
    main()
