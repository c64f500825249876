"""Label keys: one normal form for the printed labels of line items, shared by the index builder and the mapper.

"Accounts receivable, net of allowance for credit losses of $22,292 and $22,368, respectively",
"ACCOUNTS RECEIVABLE — NET" and "Accounts receivables, net" all have the key "account receivable net".
Parenthesised qualifiers ("(benefit)", "(used in)", "(loss)") leave the key; what they say about the sign is
read from the label itself by :func:`sign_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .mapping_entries import abbreviation_pattern
from .signs import words_of

# words that carry no meaning for the concept ("worldwide" and "consolidated", like "total", say the whole company's
# amount: "WW net sales" is net sales; "shares used in computing basic earnings per share" are the "shares used for"
# it)
STOPWORDS = frozenset({"the", "a", "an", "of", "for", "on", "to", "in", "at", "by", "from", "and", "or", "total", "s", "consolidated", "worldwide",
                       "computing", "computation", "calculating", "calculation"})

_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# a date, month first or day first, with the "as at" / "as of" / "as on" that states a balance at it ("Cash and Cash
# Equivalents as at March 31, 2025", "Balance as at 31 March 2024"): no word of the line item (the column dates it); the
# "as" had been left a word of the key (Colgate-Palmolive India FY2025's closing cash had found "Net increase in cash")
DATE = re.compile(rf"(?:\b(?:as\s+)?(?:at|of|on)\s+)?(?:\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?:19|20)\d{{2}}\b|"
                  rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:\s*,\s*|\s+)(?:19|20)\d{{2}}\b|\b(?:19|20)\d{{2}}-\d\d-\d\d\b)", re.I)
# what a label says its amount is stated net of: "Accounts receivable, net of allowance ...", "Property, less accumulated
# depreciation", a bank's "Loans, less deferred fees and less allowance for loan losses of $1,136,870, ..." (Easton
# Bancorp FY2003)
_NET_OF = re.compile(r"(?<=\w)[\s,;(]+(?:net of\b.*$|(?:less|after|including)\s+(?:an?\s+)?(?:allowance|reserve|accumulated)s?\b.*$|"
                     r"less\s+(?:the\s+)?(?:deferred|unearned|unamortized)\b.*$)", re.I)
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NUMBER = re.compile(r"[$€£¥]?\s*\d[\d,]*(?:\.\d+)?\s*%?")
_NON_WORD = re.compile(r"[^a-z0-9<>]+")
_LEAD = re.compile(r"^\s*(?:(?:less|add|plus|deduct|of which)\s*[:\-–—]|less\b|deduct\b|plus\b)\s*", re.I)
# a line's serial number, as results statements print it before the label: "e) Employee benefits expense", "(ii) Other
# finance costs", "12. Tax expense", "XII Total Comprehensive Income" (a Roman numeral in capitals before a capital
# word, Chennai Petroleum Q3 FY2026), never a word of the label
_SERIAL = re.compile(r"^\W*(?:\(?(?:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|[a-z])[.)]|\d{1,2}[.)]|(?-i:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?=\s+[A-Z]))\s+", re.I)
# the start and end of the period a roll-forward prints ("at beginning of year", "start of period", "ending balance"):
# one word each, the period's name aside (a statement's columns give the period)
_PERIOD_NAME = r"(?:\s+(?:of|for))?(?:\s+the)?(?:\s+(?:fiscal\s+)?(?:period|year|quarter|month|(?:three|six|nine|twelve)\s+months))?\b"
_BEGINNING = re.compile(r"\b(?:beginning|start|opening)\b" + _PERIOD_NAME)
_END = re.compile(r"\b(?:end|ending|closing)\b" + _PERIOD_NAME)
_NON_SPACED = re.compile(r"\bnon\s+(?=[a-z])")
_DUE = re.compile(r"\bdue\s+(to|from)\b")
_WORDS_FOR = {"&": " and ", "%": " percent ", "+": " and "}


def _stem(w: str) -> str:
    """Singular and plural are one word: "liabilities" "liability", "taxes" "tax", "expenses" "expense"."""
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_SUFFIX_CODE = re.compile(r",\s*([A-Z]{3})\s*$")


def _currency_suffix(label: str) -> str:
    """The label without the currency its figures are in, written after a comma as an ISO code: Kemira FY2024's
    "Earnings per share, diluted, EUR" is diluted earnings per share (a unit in parentheses leaves with them)."""
    from ..currencies import iso_currencies

    m = _SUFFIX_CODE.search(label)
    return label[:m.start()] if m and m.group(1) in iso_currencies() else label


@lru_cache(maxsize=131072)
def label_key(label: str, company: tuple[str, ...] = ()) -> str:
    """The normal form of a printed label (lower case, no figures, dates, qualifiers in parentheses, dashes,
    "Less:", "net of allowance of ..."; singular; stop words out; the company's own name is "company"), IFRS words
    in US GAAP's (``mapping.toml [index] synonyms``: "Share capital" is "common stock")."""
    key = _key(_expanded(label), company)
    for pattern, words in _synonyms():
        key = pattern.sub(words, key)
    return key


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    # read from the file, not from rules.mapping_knowledge (which validates the same pairs): that needs the concept
    # index, whose element names need label keys
    from ..knowledge import _load_toml

    pairs = _load_toml("mapping.toml")["index"].get("synonyms", [])
    return tuple((re.compile(("^" if a.startswith("^") else r"(?<!\S)") + re.escape(_key(a.removeprefix("^"))) + r"(?!\S)"), _key(b))
                 for a, b in pairs)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    # the whole-word abbreviations the rules expand too (mapping.toml [normalize] abbreviations: "R&D", "PP&E", "FHLB"),
    # read from the file for the reason _synonyms is
    from ..knowledge import _load_toml

    pairs = {a.lower(): b for a, b in _load_toml("mapping.toml")["normalize"].get("abbreviations", {}).items()}
    return abbreviation_pattern(pairs), pairs


def _expanded(label: str) -> str:
    """The label with its abbreviations written out ("Purchases of PP&E": "Purchases of property, plant and equipment")."""
    pattern, pairs = _abbreviations()
    return pattern.sub(lambda m: pairs[m.group(0).lower()], label)


def _key(label: str, company: tuple[str, ...] = ()) -> str:
    s = label.replace("\u00a0", " ").replace("’", "'")
    for name in sorted(company, key=len, reverse=True):
        if name and len(name) > 2:
            s = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " company ", s, flags=re.I)
    s = _LEAD.sub("", s)
    s = _SERIAL.sub("", s)
    s = s.split(";")[0]  # "Common stock, $0.01 par value; 100,000,000 shares authorized; ..." (the details after ";")
    s = _currency_suffix(s)
    s = DATE.sub(" ", s)
    s = _FOR_PERIOD.sub(" ", s)
    s = _NET_OF.sub(" net", s)
    for _ in range(2):
        s = _PARENS.sub(" ", s)
    s = s.lower()
    for a, b in _WORDS_FOR.items():
        s = s.replace(a, b)
    s = _NUMBER.sub(" ", s)
    s = s.replace("'s", "").replace("non-", "non").replace("pre-", "pre")
    s = _NON_SPACED.sub("non", s)  # "non affiliates" is "non-affiliates": not the affiliates, one word
    s = _DUE.sub(r"due\1", s)
    s = _END.sub(" end ", _BEGINNING.sub(" beginning ", s))  # "due to" (a payable) and "due from" (a receivable) differ only in a stop word
    s = _NON_WORD.sub(" ", s)
    words = [_stem(w) for w in s.split() if w not in STOPWORDS]
    words = [w for w in words if w not in STOPWORDS and not w.isdigit()]
    return " ".join(words)


# the period a label names for its figures, which the column says ("Other Comprehensive Income for the year",
# "Profit for the period", IFRS and Ind AS statements): no word of the line item
# (not after "profit" or "loss": IFRS's "Profit for the year" is the net income, [index] synonyms)
_FOR_PERIOD = re.compile(r"(?<!profit )(?<!loss )(?<!result )\bfor\s+the\s+(?:(?:financial|fiscal|current|reporting)\s+)?(?:year|period|quarter|half[- ]year|(?:three|six|nine|twelve)\s+months)\b(?!\s+(?:ended|ending|to)\b)", re.I)


# a change's sign said with its opposite in parentheses ("Inventories reduction/(increase)", "(Increase) decline in fair
# value of warrant"): the words outside the parentheses say which way the figures count, as "decrease" does in
# "Decrease (increase) in inventories", whose key filers' labels give ("decrease inventory"); "reduction" and "decline"
# are that word's synonyms there
_OPPOSITE_IN_PARENS = re.compile(r"\(\s*increases?\s*\)", re.I)
_DECREASE_SYNONYM = re.compile(r"(?<!\S)(?:reduction|decline)(?!\S)")


def sign_pair_key(label: str, key: str) -> str:
    """The label key with a decrease that an increase in parentheses opposes written "decrease" ("Inventories
    reduction/(increase)": "inventory decrease", the key of "Inventories decrease/(increase)")."""
    return _DECREASE_SYNONYM.sub("decrease", key) if _OPPOSITE_IN_PARENS.search(label) else key


def ordinary_word(word: str) -> bool:
    """Whether a word is one of the ordinary words of line items: a stop word ("Total") or a word of the taxonomy's
    element names ("Net", "Interest", "Holding"; not "AIG", which filers' labels print, but no element name has)."""
    w = _stem(word.lower().replace("’", "'").removesuffix("'s"))
    return w in STOPWORDS or w in _element_words()


@lru_cache(maxsize=1)
def _element_words() -> frozenset[str]:
    from .index import concept_index  # the index's element names are read as label keys: imported when first asked

    return frozenset(w for name in concept_index().element_names for w in name.split())


@lru_cache(maxsize=1024)
def distinctive(name: str) -> bool:
    """Whether the company's name may stand for "company" in a label: a name of several words ("Bank of America"), or
    one word no element name has ("Strattec", "IIJ", "AIG"). A word of line items is no name there: a release whose
    name was read as "Total Corporation" would make "Total assets" "company assets"."""
    words = re.findall(r"[A-Za-z0-9&'’.\-]+", name)
    return len(words) > 1 or (len(words) == 1 and not ordinary_word(words[0]))


@lru_cache(maxsize=32768)
def name_words(name: str) -> str:
    """The words of an element name: "IncomeLossFromContinuingOperationsBeforeIncomeTaxes" -> label key."""
    local = name.split(":")[-1]
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", local)
    return label_key(spaced)


# ---------------------------------------------------------------- sign words

def sign_words(label: str) -> list[str]:
    """What the wording of a label says about the sign of its figures (evidence for the report): the names of the
    negative words of taxonomy/signs.toml it has ("used_in", "less", "decrease_increase", "outflow")."""
    return words_of(label)


# a balance a row states at one end of the columns' periods: "End of Period Shares Outstanding", "Employees at end of
# year", "Backlog, beginning of the quarter" (the period named: "Store opening costs" or "Closing costs" are flows)
_AT_BOUNDARY = re.compile(r"\b(beginning|start|end|ending)\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:period|year|quarter|month)\b", re.I)
# "Shares outstanding at period end", "Net debt as of year-end": the end, said the other way round
_AT_END = re.compile(r"\b(?:at|as\s+of)\s+(?:the\s+)?(?:fiscal\s+)?(?:period|year|quarter|month)[- ]?end\b", re.I)


def _boundaries(label: str) -> set[str]:
    """The ends of the column's period ("start", "end") the label's words date its figure at."""
    found = {("end" if m.group(1).lower().startswith("end") else "start") for m in _AT_BOUNDARY.finditer(label)}
    if _AT_END.search(label):
        found.add("end")
    return found


def balance_date(label: str) -> str | None:
    """"start" or "end" where the label states its figure at the beginning or the end of the column's period."""
    found = _boundaries(label)
    if not found and _balance_named(label):
        found.add("end")  # "Order book", "Equity ratio, %": a balance by what it names, at the end of the column's period
    return found.pop() if len(found) == 1 else None


def stated_boundary(label: str) -> tuple[str, str] | None:
    """Where the label's words date its figure at the start or the end of the column's period ("Allowance for credit
    losses on loans, beginning of period"): "start" or "end", and the label without those words ("Allowance for credit
    losses on loans"), the balance it names. None where the words say neither, or both."""
    found = _boundaries(label)
    if len(found) != 1:
        return None
    bare = _AT_END.sub(" ", _AT_BOUNDARY.sub(" ", label))
    bare = re.sub(r"(?:\b(?:balance|at|as of)\s*)+$|^\s*(?:balance\s+)?(?:at|as of)\b", " ", bare.strip(" ,;:-–—()"), flags=re.I)
    bare = re.sub(r"\s+", " ", bare).strip(" ,;:-–—()")
    return found.pop(), bare


def _balance_named(label: str) -> bool:
    """mapping.toml [labels] balance_named: a label that names a balance at a date by what it is."""
    from .rules import mapping_knowledge  # the knowledge imports this module's helpers: read when first asked

    return bool(mapping_knowledge().balance_named.search(label.strip()))
