"""The words that tell a row's sign (``taxonomy/signs.toml``), parsed and validated when loaded: an unknown section or
key, a missing key, a word list that is none, a pattern that does not compile, is an error naming where it is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import PrxbrlError
from ..knowledge import _load_toml

_TOP = frozenset({"direction", "two_way", "negative_words", "extension_balance", "nature"})
_DIRECTION_KEYS = frozenset({"name", "positive", "negative"})
_TWO_WAY_KEYS = frozenset({"names", "inflow", "outflow", "net_inflow", "net_outflow", "head_inflow", "head_outflow"})
_WORD_KEYS = frozenset({"name", "pattern"})
_BALANCE_KEYS = frozenset({"debit", "credit", "phrase_end", "income", "objects"})
_NATURE_KEYS = frozenset({"positive"})


@dataclass(frozen=True)
class SignWords:
    directions: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # concept name part, positive, negative words
    two_way: re.Pattern[str]  # parts of concept names that go either way
    inflow: re.Pattern[str]
    outflow: re.Pattern[str]
    net_inflow: re.Pattern[str]  # a flow in ("proceeds", "sales", "maturities") a label nets against one out
    net_outflow: re.Pattern[str]  # a flow out ("purchases", "payments")
    head_inflow: re.Pattern[str]  # a label that begins with a flow in ("Proceeds from ...", "Borrowings under ...")
    head_outflow: re.Pattern[str]  # a label that begins with a flow out ("Purchases of ...", "Repayments of ...")
    negative_words: tuple[tuple[re.Pattern[str], str], ...]
    debit_words: re.Pattern[str]  # an extension concept's label that names a debit ("costs", "loss", "payments")
    credit_words: re.Pattern[str]
    phrase_end: re.Pattern[str]  # the words that end a noun phrase's head ("of", "on", "from", "before")
    income_words: re.Pattern[str]  # credit words an income statement prints positive as what they name ("gain")
    object_words: re.Pattern[str]  # debit or credit words of balances and cash flows: in an income statement, objects
    positive_by_nature: re.Pattern[str]  # names of concepts never negative (an expense, a depreciation, an impairment)


def _keys(entry, known: frozenset[str], where: str) -> dict:
    if not isinstance(entry, dict):
        raise PrxbrlError(f"signs.toml: {where} is a table")
    unknown = sorted(set(entry) - known)
    if unknown:
        raise PrxbrlError(f"signs.toml: {where}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    missing = sorted(known - set(entry))
    if missing:
        raise PrxbrlError(f"signs.toml: {where}: missing {', '.join(missing)}")
    return entry


def _pattern(p, where: str) -> re.Pattern[str]:
    try:
        return re.compile(p, re.IGNORECASE)
    except (re.error, TypeError) as exc:
        raise PrxbrlError(f"signs.toml: {where}: {p!r} is not a regular expression ({exc})") from None


def _words(ws, where: str) -> frozenset[str]:
    if not isinstance(ws, list) or not ws or not all(isinstance(w, str) and w.strip() for w in ws):
        raise PrxbrlError(f"signs.toml: {where} is a list of words")
    return frozenset(w.lower() for w in ws)


def parse(raw: dict) -> SignWords:
    """The sign words of a parsed signs.toml, validated."""
    unknown = sorted(set(raw) - _TOP)
    if unknown:
        raise PrxbrlError(f"signs.toml: unknown section {', '.join(unknown)} (known: {', '.join(sorted(_TOP))})")
    directions = []
    for i, d in enumerate(raw.get("direction", [])):
        d = _keys(d, _DIRECTION_KEYS, f"direction {i + 1}")
        if not re.fullmatch(r"[A-Z][A-Za-z]+", str(d["name"])):
            raise PrxbrlError(f"signs.toml: direction {i + 1}: {d['name']!r} is not a part of a concept name")
        directions.append((d["name"], _words(d["positive"], f"direction {d['name']} positive"),
                           _words(d["negative"], f"direction {d['name']} negative")))
    tw = _keys(raw.get("two_way", {}), _TWO_WAY_KEYS, "two_way")
    names = tw["names"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and re.fullmatch(r"[A-Z][A-Za-z]+", n) for n in names):
        raise PrxbrlError("signs.toml: two_way names is a list of parts of concept names")
    negative = []
    for i, w in enumerate(raw.get("negative_words", [])):
        w = _keys(w, _WORD_KEYS, f"negative_words {i + 1}")
        negative.append((_pattern(w["pattern"], f"negative_words {w['name']}"), str(w["name"])))
    bal = _keys(raw.get("extension_balance", {}), _BALANCE_KEYS, "extension_balance")
    nature = _keys(raw.get("nature", {}), _NATURE_KEYS, "nature")
    return SignWords(directions=tuple(directions), two_way=re.compile("|".join(names)),
                     inflow=_pattern(tw["inflow"], "two_way inflow"), outflow=_pattern(tw["outflow"], "two_way outflow"),
                     net_inflow=_pattern(tw["net_inflow"], "two_way net_inflow"), net_outflow=_pattern(tw["net_outflow"], "two_way net_outflow"),
                     head_inflow=_pattern(tw["head_inflow"], "two_way head_inflow"),
                     head_outflow=_pattern(tw["head_outflow"], "two_way head_outflow"),
                     negative_words=tuple(negative), debit_words=_pattern(bal["debit"], "extension_balance debit"),
                     credit_words=_pattern(bal["credit"], "extension_balance credit"),
                     phrase_end=_pattern(bal["phrase_end"], "extension_balance phrase_end"),
                     income_words=_pattern(bal["income"], "extension_balance income"),
                     object_words=_pattern(bal["objects"], "extension_balance objects"),
                     positive_by_nature=re.compile(_pattern(nature["positive"], "nature positive").pattern))


@cache
def sign_knowledge() -> SignWords:
    return parse(_load_toml("signs.toml"))
