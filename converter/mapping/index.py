"""The concept index (``taxonomy/concept_index.json.gz``, built by ``scripts/build_concept_index.py``).

For every US GAAP 2024 / SRT line-item concept: its type, period type, balance, the statements it stands in and
its summation parents; for every label key (``labels.label_key``) the concepts real filers tagged it with, per
statement, with how often and how often negated. ``candidates`` ranks the concepts for one printed label.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, wraps

from ..errors import PrxbrlError
from ..knowledge import taxonomy_files
from .labels import label_key, name_words
from .rules import mapping_knowledge

INDEX_FILE = "concept_index.json.gz"
# beyond this many filer uses, more uses say nothing more (the 2009-2010 data sets would outweigh concepts adopted since)
USES_CAP = 300
TYPE_OF_CODE = {"m": "money", "p": "per_share", "s": "shares", "r": "pure", "n": "number"}
# How a release of its era weighs the uses the index gives apart for the later eras of filers' labels (its "eras":
# company label linkbases of 2014-2017, of 2018 and later, then the uses projected onto concepts adopted since
# 2009-2010: scripts/index_eras.py), by the year of the release's latest reported period end: up to that year, these
# weights (of the uses of 2009-2013, then of each later era, then of the projected uses); after it (or where no year
# is known) the index's blended count, as the index was built. A release of 2009-2013 counts no projected use: its
# filers had not the concepts adopted since, and printed the labels of their era for the concepts of then
# ("Treasury stock, at cost": us-gaap:TreasuryStockValue, not the TreasuryStockCommonValue filers print it for now).
# A linkbase's labels count as in the blend: they still say which labels are a concept's (Apple Q1 FY2011's "Excess
# tax benefits from stock-based compensation" is a label linkbases give a tax reconciliation's concept, no line of
# the financing activities, and no weaker match either: the company's own).
RELEASE_ERA_WEIGHTS: tuple[tuple[int, tuple[float, ...]], ...] = ((2013, (1, 1, 10, 0)),)
_release_year: ContextVar[int | None] = ContextVar("release_year", default=None)


@contextmanager
def release_year(year: int | None):
    """Map in this block as for a release whose latest reported period ends in ``year`` (None: not known)."""
    token = _release_year.set(year)
    try:
        yield
    finally:
        _release_year.reset(token)


# the year of the first US GAAP taxonomy with the elements filers now print for what they printed with older ones
# before (2024: InterestExpenseNonoperating and InterestExpenseOperating beside InterestExpense): a release of this
# year or later is read with them where its statement's structure says which (mapping/interest_lines.py)
ELEMENTS_OF_2024 = 2024


def since_2024() -> bool:
    """Whether the release being mapped reports periods of 2024 or later (``ELEMENTS_OF_2024``)."""
    year = _release_year.get()
    return year is not None and year >= ELEMENTS_OF_2024


def era_cache(maxsize: int):
    """``lru_cache`` for what the index's candidates decide: kept apart for each era's weights (``era_weights``) and
    for releases before and since the 2024 elements (``since_2024``)."""
    def decorate(f):
        @lru_cache(maxsize=maxsize)
        def cached(weights, *args, **kwargs):
            return f(*args, **kwargs)

        @wraps(f)
        def wrapper(*args, **kwargs):
            return cached((era_weights(), since_2024()), *args, **kwargs)

        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper
    return decorate


def era_weights(year: int | None = None) -> tuple[float, ...] | None:
    """The weights of the index's later eras for a release of ``year`` (default: the release being mapped); None:
    the index's blended count."""
    year = _release_year.get() if year is None else year
    if year is None:
        return None
    return next((w for last, w in RELEASE_ERA_WEIGHTS if year <= last), None)


@dataclass(frozen=True, slots=True)
class ConceptInfo:
    qname: str
    kind: str  # money, per_share, shares, pure, number
    period: str  # "i" instant, "d" duration
    balance: str  # "d" debit, "c" credit, "" none
    statements: str  # letters: B I C E O
    parents: tuple[str, ...]  # US GAAP summation parents (calculation linkbases of the statements)
    weights: tuple[int, ...] = ()  # the weight of each (1, -1; 0: the linkbases give both); () where the index has none


@dataclass(frozen=True, slots=True)
class Candidate:
    qname: str
    score: float
    similarity: float  # 1.0: a label real filers printed for this concept, word for word (as keys)
    uses: int  # how often filers printed the matched label for this concept
    negated: float  # share of those uses printed negated
    matched: str  # the label key it matched


class ConceptIndex:
    def __init__(self, raw: dict):
        self.concepts: list[ConceptInfo] = []
        rows = raw["concepts"]
        names = [r[0] for r in rows]
        for q, code, period, balance, stmts, parents, *weights in rows:
            self.concepts.append(ConceptInfo(q, TYPE_OF_CODE[code], period, balance, stmts, tuple(names[p] for p in parents),
                                             tuple(weights[0]) if weights else ()))
        self.by_qname = {c.qname: c for c in self.concepts}
        parts: dict[str, list[str]] = {}
        for c in self.concepts:
            for p in c.parents:
                parts.setdefault(p, []).append(c.qname)
        self._parts = {p: tuple(sorted(v)) for p, v in parts.items()}
        self._sums = frozenset(self._parts)
        self.members = frozenset(raw["members"])
        self.period_balances = frozenset(raw.get("period_balances", ()))
        self.deprecated: dict[str, str | None] = dict(raw.get("deprecated", {}))
        eras = raw.get("eras")
        if not isinstance(eras, dict) or set(eras) != {"later", "blend"} or len(eras["blend"]) != len(eras["later"]) + 1:
            raise PrxbrlError(f"{INDEX_FILE}: 'eras' must give the 'later' eras and the 'blend' weights of each and of the "
                              "projected uses (an index of an older format: rebuild it with scripts/build_concept_index.py)")
        self.blend: tuple[int, ...] = tuple(eras["blend"])
        if any(len(w) != 1 + len(self.blend) for _, w in RELEASE_ERA_WEIGHTS):
            raise PrxbrlError(f"{INDEX_FILE}: RELEASE_ERA_WEIGHTS weigh the uses of 2009-2013, {len(self.blend) - 1} later eras "
                              "and the projected uses")
        self.keys: list[str] = []
        self.entries: list[list[list]] = []
        split = 4 + len(self.blend)
        for key, entries in raw["labels"]:
            self.keys.append(key)
            self.entries.append(entries)
            for e in entries:
                # [concept, statement, count, negated] (+ the uses of each later era and the projected uses, where any)
                if len(e) != 4 and (len(e) != split or _base(e, self.blend) < 0):
                    raise PrxbrlError(f"{INDEX_FILE}: label {key!r}: malformed entry {e}")
        self.key_id = {k: i for i, k in enumerate(self.keys)}
        postings: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(self.keys):
            for w in set(k.split()):
                postings[w].append(i)
        self.postings = dict(postings)
        n = len(self.keys)
        self.idf = {w: math.log(1 + n / len(p)) for w, p in self.postings.items()}
        self._default_idf = math.log(1 + n)
        # a key's weight sums its words' IDF in the order ``similar_keys`` adds the shared ones (``_word_order``): the
        # same floats in the same order, so a key identical to the query is similarity 1.0 exactly, whatever order a
        # set of words iterates in (the hash seed of the process)
        self._key_weight = [sum(self.idf[w] for w in self._word_order(set(k.split()))) for k in self.keys]
        self._posting_sets: dict[str, frozenset[int]] = {}
        self.member_words: dict[str, str] = {}
        for m in sorted(self.members):
            self.member_words.setdefault(name_words(m.split(":")[1].removesuffix("Member")), m)

    def get(self, qname: str) -> ConceptInfo | None:
        return self.by_qname.get(qname)

    @cached_property
    def _by_name_words(self) -> dict[tuple[str, tuple[str, ...]], str]:
        table: dict[tuple[str, tuple[str, ...]], str | None] = {}
        for c in self.concepts:
            k = (c.qname.partition(":")[0], tuple(sorted(name_words(c.qname).split())))
            table[k] = None if k in table else c.qname  # two concepts of the same words: neither
        return {k: q for k, q in table.items() if q}

    @cached_property
    def element_names(self) -> frozenset[str]:
        """The name words of every element, in order ("cash" of us-gaap:Cash)."""
        return frozenset(name_words(c.qname) for c in self.concepts)

    def named_by_words(self, prefix: str, words: str) -> str | None:
        """The one concept of the taxonomy ``prefix`` whose element name has these words, in any order
        ("weighted average number share outstanding diluted": WeightedAverageNumberOfDilutedSharesOutstanding)."""
        return self._by_name_words.get((prefix, tuple(sorted(words.split()))))

    def us_spelling(self, key: str) -> str:
        """A label key's British spellings in US spelling, where the index knows only the latter: "amortisation lease"
        -> "amortization lease", "capitalised development expenditure", "labour cost" (a word the index knows, such as
        "exercise" or "premise", stays). The spellings are data: mapping.toml [index] us_spellings."""
        spellings = mapping_knowledge().us_spellings
        words = key.split()
        for i, w in enumerate(words):
            if w in self.postings:
                continue
            for pattern, us in spellings:
                v = pattern.sub(us, w)
                if v != w and v in self.postings:
                    words[i] = v
                    break
        return " ".join(words)

    def sums(self, qname: str) -> bool:
        """Whether US GAAP's calculations sum other concepts into this one (a total)."""
        return qname in self._sums

    def parts(self, qname: str) -> tuple[str, ...]:
        """The concepts US GAAP's calculations sum into this one."""
        return self._parts.get(qname, ())

    def standard_member(self, label: str) -> str | None:
        """A standard member whose name is the label ("Cost of sales" -> us-gaap:CostOfSalesMember)."""
        return self.member_words.get(label_key(label))

    def _word_order(self, words: set[str]) -> list[str]:
        """Words rarest first (then alphabetically): the one order every IDF sum of the index adds them in."""
        return sorted(words, key=lambda w: (len(self.postings.get(w, ())), w))

    def similar_keys(self, key: str, limit: int = 200) -> list[tuple[int, float]]:
        """Label keys sharing words with ``key``, by IDF-weighted Dice similarity."""
        words = self._word_order(set(key.split()))
        if not words:
            return []
        # a word no filer's label and no element name has (a company or product name) says nothing about the concept
        qw = sum(self.idf[w] for w in words if w in self.idf)
        acc: dict[int, float] = defaultdict(float)
        # rare words first; a common word ("net", "income") only adds to keys a rarer word has found
        for w in words:
            p = self.postings.get(w)
            if p is None:
                continue
            idf = self.idf[w]
            if acc and len(p) > 1500:
                common = self._posting_sets.get(w)
                if common is None:
                    common = self._posting_sets[w] = frozenset(p)
                for i in list(acc):
                    if i in common:
                        acc[i] += idf
                continue
            for i in p:
                acc[i] += idf
        scored = [(i, 2 * s / (qw + self._key_weight[i])) for i, s in acc.items()]
        scored.sort(key=lambda t: (-t[1], t[0]))
        return scored[:limit]

    def candidates(self, label_or_key: str, statement: str = "", *, is_key: bool = False, limit: int = 200) -> tuple[Candidate, ...]:
        """Concepts for one printed label, best first. ``statement``: B, I, C, E, O or "" (unknown). Filers' uses
        count as the era of the release being mapped weighs them (``release_year``)."""
        return self._candidates(label_or_key, statement, is_key, limit, era_weights())

    @lru_cache(maxsize=8192)
    def _candidates(self, label_or_key: str, statement: str, is_key: bool, limit: int, weights: tuple[float, ...] | None) -> tuple[Candidate, ...]:
        key = label_or_key if is_key else label_key(label_or_key)
        best: dict[int, tuple[float, float, int, float, str]] = {}
        blend = self.blend
        for kid, sim in self.similar_keys(key, limit):
            entries = self.entries[kid]
            if weights is not None:  # [concept, statement, the era's count, its negated uses]
                entries = [_of_era(e, blend, weights) for e in entries]
            total = sum(e[2] * _near(e[1], statement) for e in entries) or 1.0
            for ci, stmt, count, neg, *_ in entries:
                if not count:
                    continue  # used only in other eras
                w = count * _near(stmt, statement)
                # one or two filers' label is weak evidence (a filer may tag a line with a narrower or wider concept)
                damp = 1.0 - 0.1 * max(0, 3 - count) / 3
                score = sim * damp + 0.04 * math.log1p(min(w, USES_CAP)) + 0.1 * (w / total)
                prev = best.get(ci)
                if prev is None or score > prev[0]:
                    best[ci] = (score, sim, count, neg / count if count else 0.0, self.keys[kid])
        out = [Candidate(self.concepts[ci].qname, s, sim, n, neg, k) for ci, (s, sim, n, neg, k) in best.items()]
        out.sort(key=lambda c: (-c.score, c.qname))
        return tuple(out)


def _base(entry: list, blend: tuple[int, ...]) -> int:
    """An entry's uses of 2009-2013 (and the taxonomy's names): its blended count less its later eras' weighted uses."""
    return entry[2] - sum(w * n for w, n in zip(blend, entry[4:]))


def _of_era(entry: list, blend: tuple[int, ...], weights: tuple[float, ...]) -> list:
    """[concept, statement, count, negated uses] as a release of an era weighs the entry's uses (its share negated kept)."""
    if len(entry) == 4 and weights[0] == 1:
        return entry
    count = weights[0] * _base(entry, blend) + sum(w * n for w, n in zip(weights[1:], entry[4:]))
    return [entry[0], entry[1], count, entry[3] * count / entry[2] if entry[2] else 0.0]


def _near(stmt: str, statement: str) -> float:
    """How much a use printed in ``stmt`` ("" unknown: a company's label linkbase) says about a row of ``statement``."""
    return 1.0 if stmt == statement or not statement else 0.25 if stmt else 0.5


@cache
def concept_index() -> ConceptIndex:
    try:
        data = taxonomy_files().joinpath(INDEX_FILE).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise PrxbrlError(f"the converter's concept index {INDEX_FILE} is missing: reinstall prxbrl") from exc
    return ConceptIndex(json.loads(gzip.decompress(data)))


@lru_cache(maxsize=4096)
def summation_weight(child: str, whole: str) -> int | None:
    """The weight with which US GAAP's calculations add ``child`` into ``whole`` through the totals between (the
    product of the weights on the way): us-gaap:IncreaseDecreaseInReceivables into
    NetCashProvidedByUsedInOperatingActivities is -1 (an increase in receivables is cash used), IncreaseDecreaseInAccruedLiabilities
    +1. None: not summed into it, or the ways there disagree or are not known. Only the totals of the whole's own
    statements count on the way (the taxonomy's statement letters): the calculations of the income statement add
    NonoperatingIncomeExpense into ProfitLoss, which the cash-flow statement adds into its operating activities, but a
    cash-flow statement's "Non-operating expense (income), net" is no part of its net income there."""
    ix = concept_index()
    whole_info = ix.get(whole)
    if whole_info is None:
        return None
    own = {s for s in whole_info.statements if s.isupper()}
    found: set[int] = set()
    todo: list[tuple[str, int, frozenset[str]]] = [(child, 1, frozenset())]
    while todo:
        q, w, seen = todo.pop()
        info = ix.get(q)
        if info is None:
            continue
        for i, p in enumerate(info.parents):
            pw = info.weights[i] if i < len(info.weights) else 0
            pinfo = ix.get(p)
            if p in seen or pinfo is None or not own & set(pinfo.statements):
                continue
            if p == whole:
                found.add(w * pw)
            else:
                todo.append((p, w * pw, seen | {p}))
    return found.pop() if len(found) == 1 and 0 not in found else None


NOT_SUMMED = 99  # ``sum_depth`` of a concept US GAAP does not sum into the whole


def sum_depth(child: str, whole: str) -> int:
    """How many of US GAAP's summations lie between ``child`` and ``whole`` (1: summed into it directly; NOT_SUMMED:
    not summed into it), breadth first through the totals between."""
    ix = concept_index()
    level, seen, depth = [child], {child}, 0
    while level:
        depth += 1
        nxt = []
        for q in level:
            info = ix.get(q)
            for p in info.parents if info is not None else ():
                if p == whole:
                    return depth
                if p not in seen:
                    seen.add(p)
                    nxt.append(p)
        level = nxt
    return NOT_SUMMED


def adds_into(child: str, whole: str) -> bool:
    """Whether US GAAP's calculations add ``child`` into ``whole`` (directly or through other totals)."""
    return sum_depth(child, whole) != NOT_SUMMED
