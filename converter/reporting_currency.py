"""The reporting currency of a release: the currency most of its tables state, else the one its sentences use."""

from __future__ import annotations

import re
from collections import Counter

from .models import SourceDocument


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
    # tables that print no currency at all ("(In thousands)"): the currency the release's sentences state amounts in
    prose = doc.lines if doc.format == "text" else [p.text for p in doc.paragraphs]
    for text in prose:
        for m in _PROSE_MONEY.finditer(text):
            votes[_SIGN_CURRENCY[m.group(1)]] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return None


_SIGN_CURRENCY = {"$": "USD", "US$": "USD", "¥": "JPY", "€": "EUR", "£": "GBP"}
# an amount with its currency sign in a sentence ("net sales of $136.3 million"), not a "$" cell of a table
_PROSE_MONEY = re.compile(r"(?<![A-Za-z$])(US\$|\$|¥|€|£)\s?\d")
