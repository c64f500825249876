"""Numeric tokens as printed: thousands separators, parentheses, nil dashes, currency prefixes, percent signs.

Everything is ``Decimal``; nothing here ever builds a float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .knowledge import knowledge

NIL_MARKS = frozenset(knowledge().tokens["nil"])
# a whitespace-delimited token that holds a digit: what the token ledger accounts for ("|" separates cells), and the
# figures a label prints (``tables.label_shares``)
NUMERIC_TOKEN = re.compile(r"(?<![^\s\u00a0|])(?=[^\s\u00a0|]*?\d)[^\s\u00a0|]+")
FOOTNOTE_REF = re.compile(r"^\(\d{1,2}\)$")  # "(1)": a footnote reference, no figure
_CURRENCY_PREFIXES = knowledge().tokens["currency_prefixes"]  # "$": "USD", "¥": "JPY", ...
_prefix_alt = "|".join(sorted((re.escape(p) for p in _CURRENCY_PREFIXES), key=len, reverse=True))

# One printed amount. Groups: open paren, currency prefix, sign, digits, percent, close paren.
NUMBER_RE = re.compile(
    rf"""^
    (?P<open>\()?
    (?P<cur>(?:{_prefix_alt}))?\s*
    (?P<open2>\()?
    (?P<sign>[-−–])?
    (?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d+)(?:\.\d+)?|\.\d+)
    (?P<pct>%)?
    (?:\s*(?P<close>\)))?
    (?P<pct2>%)?
    $""",
    re.VERBOSE,
)

HAS_DIGIT = re.compile(r"\d")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


@dataclass(frozen=True, slots=True)
class Amount:
    """A parsed printed amount."""

    value: Decimal | None  # None for nil
    nil: bool = False
    negative: bool = False
    percent: bool = False
    currency: str | None = None  # ISO code of a printed prefix
    decimals: int = 0  # digits after the decimal point as printed
    parenthesised: bool = False
    # digits grouped the Indian way, lakhs and crores ("1,05,319"): a rupee statement's; elsewhere a misprint ("6,77,674"
    # among Accenture's six-digit thousands of dollars), which only a rupee amount may be read as
    indian_grouping: bool = False


def parse_amount(text: str) -> Amount | None:
    """Parse one printed amount, or return None when ``text`` is not an amount.

    ``(1,234)`` is -1234, ``--`` is nil, ``$ 26,741`` is 26741 in USD, ``6.2%`` is a percent.
    """
    t = text.strip().replace("\u00a0", " ")
    if len(t) > 1 and t.endswith("*") and t.rstrip("*")[-1:].isdigit():
        t = t.rstrip("*")  # a footnote asterisk after the amount
    if t in NIL_MARKS:
        return Amount(value=None, nil=True)
    m = NUMBER_RE.match(t)
    if not m:
        # a currency prefix glued to a nil mark: "$ -", "$—"
        for p, code in _CURRENCY_PREFIXES.items():
            if t.startswith(p) and t[len(p) :].strip() in NIL_MARKS:
                return Amount(value=None, nil=True, currency=code)
        return None
    opened = bool(m["open"] or m["open2"])
    if opened != bool(m["close"]):
        return None
    digits = m["num"].replace(",", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the regex only admits digits
        return None
    negative = opened or bool(m["sign"])
    if negative:
        value = -value
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    cur = _CURRENCY_PREFIXES.get(m["cur"]) if m["cur"] else None
    return Amount(
        value=value,
        negative=negative,
        percent=bool(m["pct"] or m["pct2"]),
        currency=cur,
        decimals=decimals,
        parenthesised=opened,
        indian_grouping=bool(_INDIAN.fullmatch(m["num"].split(".", 1)[0])),
    )


def dash_is_zero(raw: str) -> bool:
    """A nil printed as a dash ("—", "--", "$ -") means zero in SEC practice; "n/a", "NM", "*" mean not applicable."""
    t = raw.strip().replace("\u00a0", " ")
    for p in _CURRENCY_PREFIXES:
        if t.startswith(p):
            t = t[len(p):].strip()
            break
    t = t.strip("()")
    return bool(t) and t in NIL_MARKS and all(ch in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212" for ch in t)


def canonical(value: Decimal) -> str:
    """Fixed-point text of a Decimal, never an exponent: Decimal('1.2E+7') -> '12000000'."""
    if value.is_zero():
        return "0"
    sign, digits, exp = value.as_tuple()
    s = "".join(map(str, digits))
    if exp >= 0:
        s = s + "0" * exp
    else:
        exp = -exp
        if len(s) <= exp:
            s = "0" * (exp - len(s) + 1) + s
        s = s[:-exp] + "." + s[-exp:]
    return ("-" if sign else "") + s
