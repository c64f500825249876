"""The entries of ``taxonomy/mapping.toml`` other than its rules, validated as they are read: each is of the type and
form the code reads, and a malformed one (an unknown key, a pattern that is no regular expression, a wrong type) is
an error that names its place in the file."""

from __future__ import annotations

import re

from ..errors import PrxbrlError


def _reconciling_members(raw) -> tuple[tuple[re.Pattern[str], str], ...]:
    """[members] reconciling_members: [pattern, member] pairs, the member a US GAAP or SRT one."""
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 and re.fullmatch(r"(?:us-gaap|srt):\w+Member", str(p[1])) for p in raw):
        raise PrxbrlError("mapping.toml: [members] reconciling_members: a list of [pattern, us-gaap or srt member] pairs")
    return tuple((re.compile(p, re.IGNORECASE), q) for p, q in raw)


_INDEX_KEYS = frozenset({"blocked_words", "qualifier_words", "section_words", "non_gaap_title", "reconciliation_title", "plain_words",
                         "direction_words", "change_words", "exclusive_words", "related_party", "synonyms", "us_spellings",
                         "equity_heading", "measure_heading"})


def _pattern(raw, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern of mapping.toml at ``where`` ("[index] equity_heading"): a string that is a regular expression."""
    if not isinstance(raw, str):
        raise PrxbrlError(f"mapping.toml: {where}: a pattern (a string), not {raw!r}")
    try:
        return re.compile(raw, flags)
    except re.error as exc:
        raise PrxbrlError(f"mapping.toml: {where}: the pattern {raw!r} is not a regular expression ({exc})") from None


def _table(raw, keys: frozenset[str], where: str) -> dict:
    """A table of mapping.toml holding exactly ``keys``: an unknown or a missing key is an error."""
    if not isinstance(raw, dict):
        raise PrxbrlError(f"mapping.toml: {where}: a table of {', '.join(sorted(keys))}")
    if unknown := sorted(set(raw) - keys):
        raise PrxbrlError(f"mapping.toml: {where}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(keys))})")
    if missing := sorted(keys - set(raw)):
        raise PrxbrlError(f"mapping.toml: {where}: missing {', '.join(missing)}")
    return raw


def _us_spellings(raw) -> tuple[tuple[re.Pattern[str], str], ...]:
    """[index] us_spellings: [pattern, US spelling] pairs, case-sensitive (label keys are lower case), the spelling
    lower-case letters."""
    if not isinstance(raw, list) or not raw or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in raw):
        raise PrxbrlError("mapping.toml: [index] us_spellings: a list of [pattern, US spelling] pairs")
    if bad := [b for _, b in raw if not re.fullmatch(r"[a-z]+", b)]:
        raise PrxbrlError(f"mapping.toml: [index] us_spellings: {', '.join(map(repr, bad))}: a spelling is lower-case letters")
    return tuple((_pattern(a, f"[index] us_spellings[{i}]", 0), b) for i, (a, b) in enumerate(raw))


def _measure_heading(raw) -> dict:
    """[index] measure_heading: how many words a measure's name has at most (words), the words of a heading that is
    no measure's name (joined, a pattern)."""
    t = _table(raw, frozenset({"words", "joined"}), "[index] measure_heading")
    if not isinstance(t["words"], int) or isinstance(t["words"], bool) or t["words"] < 1:
        raise PrxbrlError(f"mapping.toml: [index] measure_heading words: a number of words (1 or more), not {t['words']!r}")
    return {"measure_words": t["words"], "measure_joined": _pattern(t["joined"], "[index] measure_heading joined")}


_LABEL_KEYS = frozenset({"change_label", "flow_label", "cash_flow_line", "exchange_label", "balance_label",
                         "total_assets_label", "claims_label", "period_average", "comprehensive_title", "net_income_line", "pretax_line", "net_and_comprehensive",
                         "tax_effect_label", "balance_named", "flow_measure", "acquired_heading", "tax_said", "earned_words", "cash_said", "unpaid_said", "qualifying_clause",
                         "unrealized_said", "discontinued_said", "common_equity_said", "preferred_said", "share_class_said", "equity_section_line",
                         "adjustments_heading", "operator_heading", "operating_income_line", "net_interest_line", "place_only"})


def abbreviation_pattern(abbreviations) -> re.Pattern[str]:
    """[normalize] abbreviations, as one pattern of whole words (the longest first: "sg&a" before "s&m"), in any case:
    the rules expand them in a normalised label, ``labels.label_key`` in every label key."""
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w&])", re.IGNORECASE)


def _elements(raw) -> dict:
    """[elements]: patterns and suffixes of US GAAP element names (case-sensitive)."""
    t = _table(raw, frozenset({"outflow", "net_outflow", "no_statement_line", "net_gross", "needs_words", "said_kinds", "head_misfits"}), "[elements]")
    suffixes = t["no_statement_line"]
    if not isinstance(suffixes, list) or not suffixes or not all(isinstance(x, str) and re.fullmatch(r"[A-Z][A-Za-z0-9]*", x) for x in suffixes):
        raise PrxbrlError(f"mapping.toml: [elements] no_statement_line: a list of element-name suffixes, not {suffixes!r}")
    needs = _pattern_pairs(t["needs_words"], "needs_words", ("element-name pattern", "label-key pattern"), (0, re.IGNORECASE))
    return {"outflow": _pattern(t["outflow"], "[elements] outflow", 0),
            "net_outflow": _pattern(t["net_outflow"], "[elements] net_outflow", 0), "no_statement_line": tuple(suffixes),
            "net_gross": _net_gross(t["net_gross"]), "needs_words": needs,
            "said_kinds": _pattern_pairs(t["said_kinds"], "said_kinds", ("label-key pattern", "element-name pattern"),
                                         (re.IGNORECASE, 0)),
            "head_misfits": _pattern_pairs(t["head_misfits"], "head_misfits", ("label pattern", "element-name pattern"),
                                           (re.IGNORECASE, 0))}


def _pattern_pairs(raw, key: str, names: tuple[str, str], flags: tuple[int, int]) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """[elements] ``key``: a list of pairs of patterns (``names`` says what each is: an element name's, matched case
    sensitively, or a label key's), each compiled with its ``flags``."""
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in raw):
        raise PrxbrlError(f"mapping.toml: [elements] {key}: a list of [{names[0]}, {names[1]}] pairs")
    return tuple((_pattern(a, f"[elements] {key}[{i}]", flags[0]), _pattern(b, f"[elements] {key}[{i}]", flags[1]))
                 for i, (a, b) in enumerate(raw))


def _net_gross(raw) -> tuple[tuple[str, str], ...]:
    """[elements] net_gross: [net, gross] pairs of parts of an element name, two different parts each."""
    part = re.compile(r"[A-Z][A-Za-z0-9]*")
    if not isinstance(raw, list) or not raw or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) and part.fullmatch(x) for x in p) and p[0] != p[1] for p in raw):
        raise PrxbrlError(f"mapping.toml: [elements] net_gross: a list of [net, gross] pairs of element-name parts, not {raw!r}")
    return tuple((a, b) for a, b in raw)


def _synonym_pairs(raw) -> tuple[tuple[str, str], ...]:
    """[index] synonyms: [printed words, their US GAAP words] pairs, each side a label with words of its own; printed
    words after a "^" are replaced only where the label's key begins with them."""
    from .labels import _key

    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in raw):
        raise PrxbrlError("mapping.toml: [index] synonyms: a list of [words, US GAAP words] pairs")
    for a, b in raw:
        if not _key(a.removeprefix("^")) or not _key(b) or _key(a.removeprefix("^")) == _key(b):
            raise PrxbrlError(f"mapping.toml: [index] synonyms: {[a, b]!r} can never change a label's key")
    return tuple((a, b) for a, b in raw)


def _related_party(raw) -> re.Pattern[str]:
    """[index] related_party: a pattern with a group "base" (the line item the label names without its qualifier)."""
    if not isinstance(raw, str):
        raise PrxbrlError("mapping.toml: [index] related_party: a pattern with a group named 'base'")
    try:
        pattern = re.compile(raw, re.IGNORECASE)
    except re.error as e:
        raise PrxbrlError(f"mapping.toml: [index] related_party: {e}") from None
    if "base" not in pattern.groupindex:
        raise PrxbrlError("mapping.toml: [index] related_party: a pattern with a group named 'base'")
    return pattern


def _exclusive_words(raw) -> tuple[frozenset[str], ...]:
    """[index] exclusive_words: sets of qualifiers of which one line item is one only (a lease is operating or finance),
    as label-key words."""
    if not isinstance(raw, list) or not all(isinstance(g, list) and len(g) >= 2 and all(isinstance(w, str) for w in g) for g in raw):
        raise PrxbrlError("mapping.toml: [index] exclusive_words: a list of word lists, two words at least each")
    bad = [w for g in raw for w in g if not w or w != w.lower() or " " in w]
    if bad or any(len(set(g)) != len(g) for g in raw):
        raise PrxbrlError(f"mapping.toml: [index] exclusive_words: {', '.join(bad) or 'a word twice in a list'}: one lower-case label-key word each")
    return tuple(frozenset(g) for g in raw)


def _direction_words(raw) -> tuple[frozenset[str], frozenset[str]]:
    """[index] direction_words: the words of what an income statement adds and of what it deducts, as label keys."""
    if not isinstance(raw, dict) or set(raw) != {"adds", "deducts"}:
        raise PrxbrlError("mapping.toml: [index] direction_words: a table of two word lists, adds and deducts")
    adds, deducts = (raw[k] for k in ("adds", "deducts"))
    if not all(isinstance(w, list) and w and all(isinstance(x, str) and x == x.lower() and " " not in x for x in w) for w in (adds, deducts)):
        raise PrxbrlError("mapping.toml: [index] direction_words: adds and deducts are lists of lower-case label-key words")
    if set(adds) & set(deducts):
        raise PrxbrlError(f"mapping.toml: [index] direction_words: {', '.join(sorted(set(adds) & set(deducts)))} in both lists")
    return frozenset(adds), frozenset(deducts)


def _change_words(raw) -> tuple[frozenset[str], frozenset[str]]:
    """[index] change_words: a label's words of a change of an amount, and an element name's words of a change or flow."""
    if not isinstance(raw, dict) or set(raw) != {"label", "element"}:
        raise PrxbrlError("mapping.toml: [index] change_words: a table of two word lists, label and element")
    if not all(isinstance(w, list) and w and all(isinstance(x, str) and x == x.lower() and " " not in x for x in w) for w in raw.values()):
        raise PrxbrlError("mapping.toml: [index] change_words: label and element are lists of lower-case label-key words")
    return frozenset(raw["label"]), frozenset(raw["element"])


def _plain_words(raw) -> dict[str, str]:
    """[index] plain_words: pairs of a word of a printed label (as a label key word) and the more common word it says
    ("": none)."""
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) and p[0] for p in raw):
        raise PrxbrlError("mapping.toml: [index] plain_words: a list of [word, word] pairs (\"\": no meaning by itself)")
    bad = [a for a, b in raw if a != a.lower() or b != b.lower() or " " in a + b]
    if bad or len({a for a, _ in raw}) != len(raw):
        raise PrxbrlError(f"mapping.toml: [index] plain_words: {', '.join(bad) or 'a word twice'}: one lower-case label-key word each, once")
    return dict((a, b) for a, b in raw)
