"""The reporting currency of a release: the currency most of its tables state, else the one its sentences use; and the
dollar a release says its amounts are in, where it is no U.S. dollar (its "$" is that dollar)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .currencies import currency_code
from .knowledge import compiled, knowledge
from .models import SourceDocument, Table


def reporting_currency(doc: SourceDocument, raw_tables, translations) -> str | None:
    from .tables.headers import parse_header

    votes: Counter[str] = Counter()
    for raw in raw_tables:
        for r in raw.rows:
            for c in r.cells:
                t = c.text
                if not re.search(r"[A-Za-z$¥€£]", t):
                    continue
                for it in parse_header(t):
                    if it.kind == "unit" and it.currency:
                        votes[it.currency] += 1
                if t.strip().startswith(("$", "¥", "€", "£")):
                    votes[{"$": "USD", "¥": "JPY", "€": "EUR", "£": "GBP"}[t.strip()[0]]] += 1
    if translations:
        frm = translations[0].from_currency
        if votes.get(frm):
            return frm
    if votes:
        return votes.most_common(1)[0][0]
    # tables that print no currency at all ("(In thousands)"): the currency a sentence says all amounts are in ("All
    # amounts are presented in millions of Swedish kronor", Sdiptech FY2024), else the one the release's sentences
    # print amounts in
    prose = doc.lines if doc.format == "text" else [p.text for p in doc.paragraphs]
    named = {code for code, _ in stated_names(prose)}
    if len(named) == 1 and None not in named:
        return named.pop()
    for text in prose:
        for m in _PROSE_MONEY.finditer(text):
            votes[_SIGN_CURRENCY[m.group(1)]] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return None


_SIGN_CURRENCY = {"$": "USD", "US$": "USD", "¥": "JPY", "€": "EUR", "£": "GBP"}
# an amount with its currency sign in a sentence ("net sales of $136.3 million"), not a "$" cell of a table
_PROSE_MONEY = re.compile(r"(?<![A-Za-z$])(US\$|\$|¥|€|£)\s?\d")


@cache
def _stated() -> tuple[re.Pattern[str], ...]:
    names = "|".join(p.pattern for p, _ in compiled("currencies", "names"))
    return tuple(re.compile(p.replace("{cur}", f"(?:{names})(?![a-z])"), re.I) for p in knowledge().raw["currencies"]["stated"])


def _code(name: str) -> str | None:
    return next((currency_code(e, name) for p, e in compiled("currencies", "names") if p.fullmatch(name)), None)


def stated_names(prose: list[str]) -> set[tuple[str | None, bool]]:
    """The currencies the release's sentences say its amounts are in (``[currencies] stated``): (ISO code or None,
    whether the name is a dollar's)."""
    named: set[tuple[str | None, bool]] = set()
    for text in prose:
        for pat in _stated():
            for m in pat.finditer(text):
                name = m.group("cur")
                named.add((_code(name), bool(re.search(r"dollar|\$", name, re.I))))
    return named


def stated_dollar(prose: list[str]) -> str | None:
    """The dollar other than the U.S. dollar a release says its amounts are in ("All dollar amounts are stated in
    Canadian dollars unless otherwise noted", "(Expressed in thousands of Canadian dollars)"): its bare "$" is that
    currency. None where no sentence says so, where the sentences name more than one currency, or where the one they
    name is no dollar (a "$" beside amounts said to be in euros is still no euro). ``prose``: the release's lines (text)
    or paragraphs (HTML)."""
    named = stated_names(prose)
    if len(named) != 1:
        return None
    code, dollar = next(iter(named))
    return code if code and code != "USD" and dollar else None


# a figure, row, column or table that names the U.S. dollar itself ("(US$/bbl)", "US$ 1.00", "(In USD millions)"):
# extraction.toml [currencies] us_dollar
_US_DOLLAR = re.compile(knowledge().raw["currencies"]["us_dollar"], re.I)


def release_dollar(prose: list[str], raw_tables, numbered: bool = False) -> tuple[str | None, str | None]:
    """The dollar other than the U.S. dollar that the release's bare "$" is, and the note that says why where it is
    inferred from where the issuer is (``domestic_dollar_evidence``; None where a sentence or the tables name it:
    ``stated_dollar``, ``named_dollar``). (None, None) where the "$" is the U.S. dollar."""
    dollar = stated_dollar(prose) or named_dollar(raw_tables)
    if dollar:
        return dollar, None
    inferred = domestic_dollar_evidence(prose, raw_tables, numbered)
    return inferred if inferred else (None, None)


def restate_dollars(tables: list[Table], code: str, note: str | None = None) -> list[Table]:
    """The tables with the U.S. dollars of a bare "$" restated as the release's own dollar ``code``: every unit in
    USD (amounts, amounts per share) of a figure whose cell, row, column header and table do not name the U.S. dollar.
    ``note``: why the bare "$" is that dollar, added to the notes of each table whose units it restated."""

    def unit(u: str | None, *texts: str) -> str | None:
        if u is None or not (u == "USD" or u.startswith("USD/")) or any(_US_DOLLAR.search(t or "") for t in texts):
            return u
        return code + u[3:]

    out = []
    for t in tables:
        where = " ".join([t.title, *t.context])
        heads = {c.index: c.header for c in t.columns}
        cols = [c.model_copy(update={"unit": unit(c.unit, c.header, where)}) for c in t.columns]
        rows = [r.model_copy(update={"unit": unit(r.unit, r.label, where), "cells": [
            c.model_copy(update={"unit": unit(c.unit, c.raw, c.label, r.label, heads.get(c.column, ""), where)}) for c in r.cells]})
            for r in t.rows]
        changed = note and any(c.unit != o.unit for r, ro in zip(rows, t.rows) for c, o in zip(r.cells, ro.cells))
        out.append(t.model_copy(update={"columns": cols, "rows": rows, **({"notes": [*t.notes, note]} if changed else {})}))
    return out


def domestic_dollar(prose: list[str], raw_tables) -> str | None:
    """The dollar of the country where a release shows its issuer listed and based (extraction.toml [currencies]
    domestic_dollars: "on SEDAR+", "TSX", "CALGARY, Alberta"), for a release whose amounts no sentence or table puts in
    a currency by name (``stated_dollar``, ``named_dollar`` are asked first) and that names the U.S. dollar nowhere:
    its bare "$" is that dollar. None where no entry's evidence is all there, or where two entries' are."""
    found = domestic_dollar_evidence(prose, raw_tables)
    return found[0] if found else None


# the start of a table's note saying its bare "$" was read as a dollar inferred from where the issuer is (report.py: a
# finding ``table.currency``)
INFERRED_DOLLAR = 'its bare "$" is read as'


def domestic_dollar_evidence(prose: list[str], raw_tables, numbered: bool = False) -> tuple[str, str] | None:
    """``domestic_dollar`` with its evidence in words: (code, 'its bare "$" is read as CAD: ... listed ("TSX") and
    based ("Alberta") ...'). ``numbered``: ``prose`` are the release's lines, and the words are given their line."""
    lines = prose + [c.text for raw in raw_tables for r in raw.rows for c in r.cells]
    text = "\n".join(lines)
    if _US_DOLLAR.search(text):
        return None
    found = {}
    for e in knowledge().raw["currencies"]["domestic_dollars"]:
        listed, based = re.search(e["listed"], text), re.search(e["based"], text)
        if listed and based:
            found[e["code"]] = (listed, based)
    if len(found) != 1:
        return None
    code, marks = found.popitem()

    def quoted(m: re.Match) -> str:
        n = text.count("\n", 0, m.start()) + 1
        return f'"{" ".join(m.group(0).split())}"' + (f", line {n}" if numbered and n <= len(prose) else "")

    return code, (f'{INFERRED_DOLLAR} {code}: no sentence or table names a currency, and the release shows its issuer '
                  f"listed ({quoted(marks[0])}) and based ({quoted(marks[1])}) where {code} is the dollar")


def named_dollar(raw_tables) -> str | None:
    """The dollar other than the U.S. dollar that the tables name by its name ("| UNAUDITED (thousands of Canadian $) |"
    over a balance sheet, a statement of income and one of cash flows, CMG Q3 FY2025), where no table names another
    currency by name and none names the U.S. dollar: the release's bare "$" ("($ thousands, except per share data)"
    over its segment tables) is that dollar, as a sentence stating it would say
    (``stated_dollar``). None otherwise."""
    named: set[str] = set()
    for raw in raw_tables:
        for r in raw.rows:
            for c in r.cells:
                t = c.text
                if _US_DOLLAR.search(t):
                    return None
                for pat, entry in compiled("currencies", "names"):
                    for m in re.finditer(r"(?<![\w])(?:" + pat.pattern + r")(?![\w])", t, re.I):
                        code = currency_code(entry, m.group(0))
                        if code and re.search(r"[A-Za-z]", m.group(0)):
                            named.add(code)
    if len(named) != 1:
        return None
    code = next(iter(named))
    # a dollar: its listed names say "dollar" or print "$" ("canadian (?:dollars?|\\$)|c\\$|cdn\\$|cad")
    dollar = any(e.get("code") == code and ("dollar" in p.pattern or r"\$" in p.pattern) for p, e in compiled("currencies", "names"))
    return code if code != "USD" and dollar else None
