"""Column headers: what each header phrase says (period, currency, scale, role, measure) and where it stands."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..currencies import currency_code
from ..knowledge import compiled, knowledge
from ..models import Span
from ..periods import PeriodExpr, find_period_exprs

_kn = knowledge()
_currency = compiled("currencies", "names")
_scales = compiled("scales", "words")
_roles = compiled("roles", "patterns")
# the words of an outlook ([roles] forecast: "outlook", "guidance", "target"), for every reader of headers and titles
FORECAST = re.compile(r"\b(?:" + "|".join(map(re.escape, _kn.raw["roles"]["forecast"])) + r")\b", re.I)
_ACTUAL = re.compile(r"\b(?:" + "|".join(map(re.escape, _kn.raw["roles"]["actual"])) + r")\b", re.I)
_CONNECT = re.compile(r"^(?:\s|\b(?:" + "|".join(map(re.escape, _kn.raw["header"]["connectors"])) + r")\b|[(),])*$", re.I)
_NOISE = {w.lower() for w in _kn.raw["header"]["noise"]}
_NOISE_NOTE = re.compile(r"\((?:" + "|".join(re.escape(w.strip("()")) for w in sorted(_NOISE, key=len, reverse=True)) + r")\)[\\*†‡]*", re.I)
_MARKED = re.compile(r"[\\*†‡]+$")  # footnote marks after a word
_JOINING = {w.lower() for w in _kn.raw["header"]["joining"]}
# a scale word run into the next word by a PDF's text ("$ billionCash conversion", "$ billion1Q1 2024 Q2 2024",
# "$ million1Adj. Earnings"; Shell Q1 2025): a lower-case word followed by a capital or a footnote digit is two words
_GLUED_SCALE = re.compile(r"(?<![\w])([Tt]housand|[Mm]illion|[Bb]illion)s?(?=[A-Z1-9])")
_FOOTNOTE_REF = re.compile(r"^\s*(?:\((?:\d{1,2}|[a-z])\)\s*)+(?![\w(])")  # "(1)", "(a)" right after a date
_SUPERSCRIPTS = {ord(c): " " for c in "\u00b9\u00b2\u00b3\u2070\u2071\u2074\u2075\u2076\u2077\u2078\u2079"}


# the kinds of header items that name a column of their own (a period, a unit, a role): a phrase over a column
PHRASE_KINDS = ("period", "role", "unit")


@dataclass
class Item:
    """One phrase of a column header."""

    kind: str  # period / unit / role / forecast / actual / text
    text: str
    start: int  # offsets in the header text
    end: int
    expr: PeriodExpr | None = None
    currency: str | None = None
    scale: int | None = None
    unit: str | None = None  # "pure" for a bare %
    role: str | None = None
    pos: tuple[float, float] = (0.0, 0.0)
    span: Span | None = None
    line: int = 0


@dataclass
class Atom:
    kind: str  # currency / scale / role / forecast / actual / pct
    start: int
    end: int
    value: object = None


def _atoms(text: str, taken: list[tuple[int, int]]) -> list[Atom]:
    out: list[Atom] = []

    occupied = bytearray(len(text) + 1)  # characters a period expression or an earlier atom holds
    for ts, te in taken:
        occupied[ts:te] = b"\x01" * (te - ts)

    def free(s: int, e: int) -> bool:
        if any(occupied[s:e]):
            return False
        occupied[s:e] = b"\x01" * (e - s)  # every caller takes what is free
        return True

    for pat, entry in _roles:
        if entry["role"] == "percent_of_total" and pat.pattern == "%":
            continue
        for m in pat.finditer(text):
            if m.group(0).strip() and free(*m.span()):
                out.append(Atom("role", m.start(), m.end(), entry["role"]))
                taken.append(m.span())
    for m in FORECAST.finditer(text):
        if free(*m.span()):
            out.append(Atom("forecast", m.start(), m.end()))
            taken.append(m.span())
    for m in _ACTUAL.finditer(text):
        if free(*m.span()):
            out.append(Atom("actual", m.start(), m.end()))
            taken.append(m.span())
    for pat, entry in _currency:
        # (a sign may be followed by its scale's letter: "£m", "$m" over the figures of UK and Australian releases)
        for m in re.finditer(r"(?<![\w])(?:" + pat.pattern + r")(?:(?<=[^\w\s])|(?![\w]))", text, re.I):
            code = currency_code(entry, m.group(0))
            if code and free(*m.span()):
                out.append(Atom("currency", m.start(), m.end(), code))
                if "power" in entry:  # "SEK m", "MSEK": the scale is in the currency's form
                    out.append(Atom("scale", m.start(), m.end(), entry["power"]))
                taken.append(m.span())
    for pat, entry in _scales:
        for m in re.finditer(r"(?<![\w])(?:" + pat.pattern + r")(?![\w])", text, re.I):
            if free(*m.span()):
                out.append(Atom("scale", m.start(), m.end(), entry["power"]))
                taken.append(m.span())
    for m in _GLUED_SCALE.finditer(text):
        power = next((e["power"] for p, e in _scales if p.fullmatch(m.group(0))), None)
        if power is not None and free(*m.span()):
            out.append(Atom("scale", m.start(), m.end(), power))
            taken.append(m.span())
    for m in re.finditer(r"%", text):
        if free(*m.span()):
            out.append(Atom("pct", m.start(), m.end()))
            taken.append(m.span())
    for m in re.finditer(r"(?<![\w])(?:shares|ADSs?)(?![\w])", text):
        if free(*m.span()):
            out.append(Atom("units", m.start(), m.end(), "shares" if m.group(0) == "shares" else "ADS"))
            taken.append(m.span())
    if (m := _NUMBERS.fullmatch(text)) is not None and free(m.start(1), m.end(1)):
        # a column headed "Numbers" beside "Amount (₹ Mn)" (an Indian statement of changes in equity's share capital,
        # Vodafone Idea FY2025): the count of shares, no amount of the table's currency and scale
        out.append(Atom("units", m.start(1), m.end(1), "shares"))
        taken.append(m.span(1))
    out.sort(key=lambda a: a.start)
    return out


_NUMBERS = re.compile(r"\s*((?:numbers?|nos\.?|no\.\s*of\s*shares|number\s+of\s+shares))\s*", re.I)


def parse_header(text: str) -> list[Item]:
    """Split one header line into phrases, left to right (fresh Items: callers annotate them)."""
    return [copy.copy(i) for i in _parse_header(text)]


@lru_cache(maxsize=8192)
def _parse_header(text: str) -> tuple[Item, ...]:
    return tuple(_parse_header_uncached(text))


def _unglue_mark(text: str) -> str:
    """A footnote digit between a scale word and the period run into it ("$ billion1Q1 2024": "$ billion Q1 2024")
    is blanked, the offsets kept; a digit the period begins with ("billion1Q 2024": "1Q 2024") is left."""
    for m in _GLUED_SCALE.finditer(text):
        k = m.end()
        if not text[k].isdigit():
            continue
        spaced = text[:k] + " " + text[k:]
        blanked = text[:k] + " " + text[k + 1 :]
        if any(e.start == k + 1 for e in find_period_exprs(spaced)):
            continue  # the digit is the period's own
        if any(e.start == k + 1 for e in find_period_exprs(blanked)):
            text = blanked
    return text


def _parse_header_uncached(text: str) -> list[Item]:
    text = _unglue_mark(text)
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    for ex in find_period_exprs(text):
        if ex.kind == "year" and len(text.strip()) > 12 and not re.fullmatch(r"[\s\d*]+", text):
            # a bare year inside words ("Fiscal 2010 Outlook") is left to the period patterns that name it
            pass
        items.append(Item("period", ex.text, ex.start, ex.end, expr=ex))
        taken.append((ex.start, ex.end))
    atoms = _atoms(text, taken)
    # group currency/scale/units atoms joined by connectors into unit phrases
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.kind in ("currency", "scale", "units"):
            cur = a.value if a.kind == "currency" else None
            sc = a.value if a.kind == "scale" else None
            un = a.value if a.kind == "units" else None
            s, e = a.start, a.end
            j = i + 1
            while j < len(atoms):
                b = atoms[j]
                if b.kind not in ("currency", "scale") or not _CONNECT.match(text[e : b.start]):
                    break
                if (b.kind == "currency" and cur is not None) or (b.kind == "scale" and sc is not None):
                    break
                if b.kind == "currency":
                    cur = b.value
                else:
                    sc = b.value
                e = b.end
                j += 1
            items.append(Item("unit", text[s:e], s, e, currency=cur, scale=sc, unit=un))
            i = j
            continue
        if a.kind == "pct":
            items.append(Item("role", "%", a.start, a.end, role="percent_of_total", unit="pure"))
        elif a.kind == "role":
            items.append(Item("role", text[a.start : a.end], a.start, a.end, role=str(a.value), unit="pure" if "percent" in str(a.value) else None))
        else:
            items.append(Item(a.kind, text[a.start : a.end], a.start, a.end))
        i += 1
    items.sort(key=lambda x: x.start)
    # leftover text between items
    out: list[Item] = []
    pos = 0
    for it in items + [Item("end", "", len(text), len(text))]:
        # superscripts are footnote marks ("%¹ Reference"), no words of a header; a noise word in parentheses
        # ("Assets (Unaudited)") is no part of the words around it
        gap = _NOISE_NOTE.sub(lambda m: " " * len(m.group(0)), text[pos : it.start].translate(_SUPERSCRIPTS))
        if out and out[-1].kind == "period":
            # a footnote reference after a date ("February 3, 2024 (1)"): no words of the column
            gap = _FOOTNOTE_REF.sub(lambda m: " " * len(m.group(0)), gap, count=1)
        for m in re.finditer(r"[^\s(),:;]+(?:[\s(),:;]+[^\s(),:;]+)*", gap):
            t = m.group(0).strip()
            # a noise word with its footnote mark ("(Restated)*", "(Restated)\\*" in markdown), a mark alone: noise
            core = _MARKED.sub("", t).strip("() ").lower()
            # words that are each noise or only join ("As Restated" over a prior year's column, Vectren Q2 2003):
            # noise too, never a segment "As Restated"
            said = set(re.findall(r"[a-z]+", core))
            if t and t.lower() not in _NOISE and core and core not in _NOISE and not (said and said <= _NOISE | _JOINING) \
                    and not _CONNECT.match(t) and not set(t.lower().split()) <= _JOINING:
                out.append(Item("text", t, pos + m.start(), pos + m.end()))
        if it.kind != "end":
            out.append(it)
        pos = max(pos, it.end)
    return out


def is_unit_line(items: list[Item]) -> bool:
    kinds = {i.kind for i in items}
    return bool(items) and kinds <= {"unit", "role"} and "unit" in kinds


def segment_measures(text: str, k: int) -> list[tuple[str, int, int]]:
    return segment_measures_scored(text, k)[0]


def segment_measures_scored(text: str, k: int) -> tuple[list[tuple[str, int, int]], bool]:
    """Split a header line that names k line items side by side ("Total Revenues Operating Income ...").

    Returns the segments and whether every segment reads as a line item (no penalty was needed).
    """
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if k <= 1 or len(words) < k:
        return ([(text.strip(), 0, len(text))] if text.strip() else []), k <= 1
    starters = {w.lower() for w in _kn.raw["header"]["measure_starters"]}
    connectors = {w.lower() for w in _kn.raw["header"]["measure_connectors"]}
    modifiers = {w.lower() for w in _kn.raw["header"]["measure_modifiers"]}
    n = len(words)
    # dynamic programme: best[i][j] = best score splitting words[:i] into j segments
    NEG = -10**9
    best = [[NEG] * (k + 1) for _ in range(n + 1)]
    back = [[-1] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(1, n + 1):
        for j in range(1, k + 1):
            for s in range(j - 1, i):
                if best[s][j - 1] == NEG:
                    continue
                seg = words[s:i]
                first, last = seg[0][0], seg[-1][0]
                score = 0
                score += 3 if first.lower().strip("(") in starters else (1 if first[:1].isupper() else -5)
                score -= 6 if last.lower().strip(")") in connectors | modifiers else 0
                # a segment should not start in the middle of "X per Share" or "X of Y"
                if s > 0 and words[s - 1][0].lower() in connectors:
                    score -= 6
                total = best[s][j - 1] + score
                if total > best[i][j]:
                    best[i][j] = total
                    back[i][j] = s
    if best[n][k] == NEG:
        return [(text.strip(), 0, len(text))], False
    cuts = []
    i, j = n, k
    while j > 0:
        s = back[i][j]
        cuts.append((s, i))
        i, j = s, j - 1
    cuts.reverse()
    segs = [(" ".join(w[0] for w in words[s:e]), words[s][1], words[e - 1][2]) for s, e in cuts]
    ok = all(
        (words[s][0][:1].isupper() or words[s][0][:1] == "(")
        and words[e - 1][0].lower().strip(")") not in connectors | modifiers
        and (s == 0 or words[s - 1][0].lower() not in connectors)
        for s, e in cuts
    )
    return segs, ok


@dataclass
class SlotHeader:
    """Everything the header lines say about one column, top to bottom."""

    items: list[Item] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(i.text for i in self.items)
