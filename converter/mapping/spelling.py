"""Misspelt words of a printed label read as the word filers print: a release converted from a scanned page or typed
in haste prints "Less: Net Income Atributable to Nonocontroling Interests" (Merck's 10-K statement of income), which
no filer's label and no element name holds; read as printed, its figures became us-gaap:InterestIncomeExpenseNet by the
one word it shares with that element.

A word is read as another only where nothing else could be meant: it is no word of the index's labels or element names
(``ConceptIndex.postings``), it is long (``MIN_LENGTH`` letters: short words are too near too many others), and
exactly one word that many labels print (``MIN_KEYS``: a word of the financial statements, never a rare one) lies within
one edit of it (two for words of ``TWO_EDITS`` letters or more; an edit: a letter inserted, left out, changed, or two
neighbours swapped), beginning with the same letter. The label the release prints stays the fact's label; only its
reading changes. Two forms of one word, differing only in their endings ("consumed", "consumer"), are both words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .index import concept_index
from .labels import label_key

MIN_LENGTH = 6
TWO_EDITS = 10
MIN_KEYS = 20
_WORD = re.compile(r"[A-Za-z]+")


def corrected(label: str) -> str:
    """The label with each misspelt word replaced by the one word it must be (as printed where none)."""
    return _WORD.sub(lambda m: _word(m.group(0)) or m.group(0), label)


@lru_cache(maxsize=8192)
def _word(word: str) -> str | None:
    low = word.lower()
    if len(low) < MIN_LENGTH:
        return None
    key = label_key(low)
    vocab, by_first = _vocabulary()
    if not key or " " in key or key in vocab or concept_index().us_spelling(key) in vocab:
        return None  # (a British spelling, "amortisation", is read as the index reads it, and stays as printed)
    limit = 2 if len(key) >= TWO_EDITS else 1
    found = [v for v in by_first.get(key[0], ()) if abs(len(v) - len(key)) <= limit and _within(key, v, limit)
             and not _inflection(key, v)]
    if len(found) != 1:
        return None
    fix = found[0]
    return fix.capitalize() if word[0].isupper() else fix


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    ix = concept_index()
    vocab = frozenset(ix.postings)
    by_first: dict[str, list[str]] = defaultdict(list)
    for w, keys in ix.postings.items():
        if len(w) >= MIN_LENGTH - 1 and w.isalpha() and len(keys) >= MIN_KEYS:
            by_first[w[0]].append(w)
    return vocab, {k: tuple(sorted(v)) for k, v in by_first.items()}


def _inflection(a: str, b: str) -> bool:
    """Whether two words differ only in their last three letters: another form of one word ("consumed" and "consumer",
    "organizational" and "organization"), both English, not a misspelling of one ("atributable", "nonocontroling")."""
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return common >= min(len(a), len(b)) - 3


def _within(a: str, b: str, limit: int) -> bool:
    """Whether the optimal-string-alignment distance of ``a`` and ``b`` is at most ``limit``."""
    if a == b:
        return True
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit
