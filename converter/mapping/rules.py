"""The label-to-concept knowledge of ``taxonomy/mapping.toml``: normalising labels, table kinds, rule matching."""

from __future__ import annotations

import re
import tomllib
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..catalog import catalog
from ..errors import PrxbrlError
from ..knowledge import _load_toml
from .mapping_entries import (
    abbreviation_pattern,
    _INDEX_KEYS, _LABEL_KEYS, _change_words, _direction_words, _elements, _exclusive_words, _measure_heading, _pattern, _plain_words,
    _reconciling_members, _related_party, _synonym_pairs, _table, _us_spellings,
)

RULE_KEYS = frozenset({"concept", "labels", "in", "section", "negate", "sign", "title", "period", "breakdown", "member_from", "unit"})
TOP_KEYS = frozenset({"normalize", "kind", "rule", "title_concept", "standard_members", "reclassification", "members", "index", "location",
                      "elements", "labels"})
_LOCATION_KEYS = frozenset({"title", "line_items"})
UNITS = frozenset({"per_share", "shares", "pure"})


@dataclass(frozen=True)
class Rule:
    concept: str
    patterns: tuple[re.Pattern[str], ...]
    kinds: frozenset[str] | None
    section: re.Pattern[str] | None
    negate: bool
    magnitude: bool
    title: re.Pattern[str] | None
    period: str | None
    breakdown: str | None
    member_from: int | None
    unit: str | None
    order: int


@dataclass(frozen=True)
class Match:
    rule: Rule
    member_label: str | None  # from a capture group ("cost of (network services)")


@dataclass(frozen=True)
class Knowledge:
    replace: tuple[tuple[re.Pattern[str], str], ...]
    abbreviations: dict[str, str]
    member_stopwords: frozenset[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    rules: tuple[Rule, ...]
    elimination: re.Pattern[str]
    elimination_member: str
    elimination_axis: str
    consolidated: re.Pattern[str]
    segment_words: re.Pattern[str]
    segment_heading: re.Pattern[str]  # text that speaks of the company's segments (segment_tables.py)
    introduces_tables: re.Pattern[str]  # a sentence that points at the tables after it (segment_tables.py)
    page_not_segment: re.Pattern[str]  # words of a page's heading that names no segment (segment_pages.py)
    geographic_title: re.Pattern[str]  # a title that says its rows are places ("Revenues by Geographical Area")
    geographic_heading: re.Pattern[str]  # a heading over the rows that says they are places ("State")
    entity_heading: re.Pattern[str]  # a heading over the rows that says they are legal entities ("Subsidiary")
    parent_company: re.Pattern[str]  # a table's title that says it is the parent company's own statement
    measure_basis: re.Pattern[str]  # a label that names the basis of an amount (gross, ceded), no category of its total
    charge_named: re.Pattern[str]  # a label that names an accounting charge (amortization, impairment), no product
    reconciling_title: re.Pattern[str]  # a table of what no segment holds
    reconciling_members: tuple[tuple[re.Pattern[str], str], ...]  # its row's words -> the consolidation item
    title_concepts: tuple[tuple[re.Pattern[str], str, str], ...]
    standard_members: dict[str, dict[str, str]]
    index_blocked: re.Pattern[str]
    qualifier_words: frozenset[str]
    plain_words: dict[str, str]
    direction_words: tuple[frozenset[str], frozenset[str]]
    change_words: tuple[frozenset[str], frozenset[str]]  # a label's words of a change; an element's words of a change or flow
    exclusive_words: tuple[frozenset[str], ...]  # qualifiers of which a line item is one only (operating / finance)
    section_words: frozenset[str]
    non_gaap_title: re.Pattern[str]
    reconciliation_title: re.Pattern[str]
    synonyms: tuple[tuple[str, str], ...]  # IFRS words and US GAAP's (applied by labels.label_key)
    related_party: re.Pattern[str]  # a label's qualifier saying the amount is with related parties (group "base": the line item)
    location_titles: tuple[re.Pattern[str], ...]  # a title naming an amount split by income-statement line item; group "subject"
    location_line_items: re.Pattern[str]  # a title that says the rows are line items
    us_spellings: tuple[tuple[re.Pattern[str], str], ...]  # a British spelling of a label key's word and its US form
    equity_heading: re.Pattern[str]  # a heading of the equity alone
    measure_words: int  # a non-GAAP measure's name has this many words at most
    measure_joined: re.Pattern[str]  # words of a reconciliation's or computation's heading, no measure's name
    outflow: re.Pattern[str]  # an element name of a cash outflow (case-sensitive)
    net_outflow: re.Pattern[str]  # an element name of a cash outflow net of its refunds (case-sensitive)
    no_statement_line: tuple[str, ...]  # element-name suffixes of amounts no statement presents
    net_gross: tuple[tuple[str, str], ...]  # the parts of element names of an asset's net and gross amounts
    needs_words: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # an element name, the words its label must say
    said_kinds: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # a label key's kind of line item, the element names that say it
    head_misfits: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # a label's head, the element names that are no reading of it
    change_label: re.Pattern[str]  # a label that names a change of a balance ([labels])
    flow_label: re.Pattern[str]  # a label that names cash paid or received
    cash_flow_line: re.Pattern[str]  # a line only a cash-flow statement prints
    exchange_label: re.Pattern[str]  # a label of an effect of exchange rates
    balance_label: re.Pattern[str]  # a label of an opening or closing balance
    total_assets_label: re.Pattern[str]  # a total of a balance sheet's assets
    claims_label: re.Pattern[str]  # a balance sheet's claims: liabilities, deposits, equity
    period_average: re.Pattern[str]  # a label that names an average over a period (a flow)
    flow_measure: re.Pattern[str]  # a label whose head names an earnings or cash-flow measure of the company's own (EBITDA, FFO)
    acquired_heading: re.Pattern[str]  # a heading that names what was spent on assets ("Capital expenditures")
    balance_named: re.Pattern[str]  # a label that names a balance at a date by what it is (an order book, a ratio of the balance sheet)
    place_only: re.Pattern[str]  # a label key that names only a place ("united state", "international")
    comprehensive_title: re.Pattern[str]  # a statement of comprehensive income or loss, by its title
    net_income_line: re.Pattern[str]  # the net income or loss a statement of other comprehensive income starts from
    pretax_line: re.Pattern[str]  # an income statement's income before income taxes
    net_and_comprehensive: re.Pattern[str]  # one line of the net income and the comprehensive income
    tax_effect_label: re.Pattern[str]  # the words before the amount a row is the tax effect of ("Tax effect of ...")
    tax_said: re.Pattern[str]  # a label that names a tax
    earned_words: re.Pattern[str]  # a label's head that names what is earned or spent (gain, loss, expense, income)
    cash_said: re.Pattern[str]  # a label that says cash moved
    unpaid_said: re.Pattern[str]  # a label that says an amount was not paid (incurred, carried in a liability)
    qualifying_clause: re.Pattern[str]  # where a label's head ends and a clause qualifying it starts
    unrealized_said: re.Pattern[str]  # a label that says an amount is unrealized
    discontinued_said: re.Pattern[str]  # a label or heading that names discontinued operations
    common_equity_said: re.Pattern[str]  # a label of the common shareholders' equity (preferred stock left out)
    preferred_said: re.Pattern[str]  # a label that names preferred stock
    share_class_said: re.Pattern[str]  # a label that names a class or series of shares
    adjustments_heading: re.Pattern[str]  # a heading over a reconciliation's adjustments
    operator_heading: re.Pattern[str]  # a heading that is only an operator ("Less:", "Add back:")
    operating_income_line: re.Pattern[str]  # an income statement's operating income or loss
    net_interest_line: re.Pattern[str]  # a bank's net interest income
    equity_section_line: re.Pattern[str]  # a line of a balance sheet's equity section (common stock, paid-in capital, retained earnings)


# overrides a user passes with ``prxbrl convert --mapping my-rules.toml``: consulted before the built-in rules
_user_rules: ContextVar[tuple[Rule, ...]] = ContextVar("user_rules", default=())


def _dashes(pattern: str) -> str:
    """Labels are normalised to "a-b" for every dash; patterns written as "a - b" mean the same.
    Character classes are left as written: ``common[ -]*stock`` keeps its space."""
    out = []
    for part in re.split(r"(\[(?:\\.|[^\]\\])*\])", pattern):
        if part.startswith("[") and part.endswith("]"):
            out.append(part)
        else:
            out.append(re.sub(r" ?(?:--|-) ?", "-", part.replace(" - ", "-")))
    return "".join(out)


_WORD_START = r"(?<![a-z0-9])"
# "non-current", "non - current", "non current": one word ("noncurrent"), so that a rule's section "current assets" is
# no part of it
_NON_JOINED = re.compile(r"\bnon(?:\s*-\s*|\s+)(?=[a-z])", re.IGNORECASE)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise PrxbrlError(f"{where}: the pattern {pattern!r} is not a regular expression ({exc})") from None


def _rules(raw_rules: list, kinds: set[str], where: str, start: int = 0) -> tuple[Rule, ...]:
    """Rules of a mapping file, validated: unknown keys, unknown concepts, unknown table kinds and units,
    capture groups that do not exist and rules that an earlier rule hides (they can never fire) are errors."""
    from ..catalog import catalog
    from .index import concept_index

    cat = catalog()
    deprecated = concept_index().deprecated
    rules: list[Rule] = []
    seen: dict[tuple, int] = {}
    for i, r in enumerate(raw_rules):
        at = f"{where}: rule {i + 1}"
        if not isinstance(r, dict):
            raise PrxbrlError(f"{at}: a rule is a table ([[rule]])")
        unknown = sorted(set(r) - RULE_KEYS)
        if unknown:
            raise PrxbrlError(f"{at}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(RULE_KEYS))})")
        if "concept" not in r or "labels" not in r or not r["labels"]:
            raise PrxbrlError(f"{at}: a rule needs a concept and labels")
        concept = r["concept"]
        if not concept.startswith("ext:") and concept not in cat:
            raise PrxbrlError(f"{at}: unknown concept {concept}")
        if concept in deprecated:
            use = deprecated[concept]
            raise PrxbrlError(f"{at}: {concept} is deprecated in US GAAP 2024" + (f"; use {use}" if use else ""))
        if concept.startswith("ext:") and not re.fullmatch(r"ext:[A-Za-z_][A-Za-z0-9_]*", concept):
            raise PrxbrlError(f"{at}: {concept} is not an element name")
        bad_kinds = sorted(set(r.get("in", [])) - kinds)
        if bad_kinds:
            raise PrxbrlError(f"{at}: unknown table kind {', '.join(bad_kinds)}; the rule can never fire")
        if r.get("unit") is not None and not (r["unit"] in UNITS or re.fullmatch(r"[A-Z]{3}|[A-Za-z][A-Za-z0-9]*", str(r["unit"]))):
            raise PrxbrlError(f"{at}: unknown unit {r['unit']} (per_share, shares, pure, a currency or a unit name)")
        if r.get("sign") not in (None, "magnitude"):
            raise PrxbrlError(f"{at}: sign is \"magnitude\" or absent")
        if not isinstance(r.get("negate", False), bool):
            raise PrxbrlError(f"{at}: negate is true or false")
        if r.get("negate") and r.get("sign"):
            raise PrxbrlError(f"{at}: negate and sign = \"magnitude\" say opposite things; a rule states one sign")
        if r.get("period") not in (None, "start", "end"):
            raise PrxbrlError(f"{at}: period is \"start\", \"end\" or absent")
        for axis in [r.get("breakdown")] if r.get("breakdown") else []:
            if axis not in cat:
                raise PrxbrlError(f"{at}: unknown axis {axis}")
        patterns = tuple(_compile(_dashes(p), at) for p in r["labels"])
        mf = r.get("member_from")
        if mf is not None and any(p.groups < mf for p in patterns):
            raise PrxbrlError(f"{at}: member_from = {mf}, but a pattern has fewer capture groups")
        sig = (tuple(p.pattern for p in patterns), tuple(sorted(r.get("in", []))), r.get("section"), r.get("title"), r.get("unit"))
        if sig in seen:
            raise PrxbrlError(f"{at}: rule {seen[sig] + 1} has the same labels and conditions; this rule can never fire")
        seen[sig] = i
        rules.append(
            Rule(
                concept=concept,
                patterns=patterns,
                kinds=frozenset(r["in"]) if "in" in r else None,
                # at a word's start: "current assets" is not the end of "Noncurrent Assets:"
                section=_compile(_WORD_START + "(?:" + _dashes(r["section"]) + ")", at) if "section" in r else None,
                negate=bool(r.get("negate", False)),
                magnitude=r.get("sign") == "magnitude",
                title=_compile(r["title"], at) if "title" in r else None,
                period=r.get("period"),
                breakdown=r.get("breakdown"),
                member_from=mf,
                unit=r.get("unit"),
                order=start + i,
            )
        )
    return tuple(rules)


def rule_name(rule: Rule) -> str:
    """How report.json names a rule: "mapping.toml rule 12", or "user mapping rule" (a --mapping file)."""
    return f"mapping.toml rule {rule.order + 1}" if rule.order >= 0 else "user mapping rule"


def load_user_rules(path: Path) -> tuple[Rule, ...]:
    """A user's override file (``--mapping my-rules.toml``): [[rule]] tables in the format of mapping.toml."""
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise PrxbrlError(f"cannot read the mapping file {path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PrxbrlError(f"the mapping file {path} is not TOML: {exc}") from None
    unknown = sorted(set(raw) - {"rule"})
    if unknown:
        raise PrxbrlError(f"{path}: unknown key {', '.join(unknown)} (a mapping file holds [[rule]] tables)")
    kinds = {k for k, _ in mapping_knowledge().kinds} | {"summary"}
    return _rules(raw.get("rule", []), kinds, str(path), start=-100000)


def use_user_rules(rules: tuple[Rule, ...]):
    """Consult ``rules`` before the built-in ones (until the returned token is reset)."""
    return _user_rules.set(rules)


def reset_user_rules(token) -> None:
    _user_rules.reset(token)


_MEMBERS_KEYS = frozenset({"elimination", "elimination_member", "elimination_axis", "consolidated", "parent_company", "measure_basis", "charge_named", "geographic_title",
                           "geographic_heading", "entity_heading", "segment_words", "segment_heading", "introduces_tables", "page_not_segment",
                           "reconciling_title", "reconciling_members"})


@cache
def mapping_knowledge() -> Knowledge:
    raw = _load_toml("mapping.toml")
    unknown = sorted(set(raw) - TOP_KEYS)
    if unknown:
        raise PrxbrlError(f"mapping.toml: unknown section {', '.join(unknown)}")
    kind_names = {k["name"] for k in raw["kind"]} | {"summary"}
    rules = _rules(raw["rule"], kind_names, "mapping.toml")
    m = raw["members"]
    if unknown := sorted(set(m) - _MEMBERS_KEYS):
        raise PrxbrlError(f"mapping.toml: [members]: unknown key {', '.join(unknown)}")
    if missing := sorted(_MEMBERS_KEYS - set(m)):
        raise PrxbrlError(f"mapping.toml: [members]: missing {', '.join(missing)}")
    if unknown := sorted(set(raw["index"]) - _INDEX_KEYS):
        raise PrxbrlError(f"mapping.toml: [index]: unknown key {', '.join(unknown)}")
    loc = raw["location"]
    unknown = sorted(set(loc) - _LOCATION_KEYS)
    if unknown or _LOCATION_KEYS - set(loc):
        raise PrxbrlError(f"mapping.toml: [location]: unknown key {', '.join(unknown)}" if unknown else
                          f"mapping.toml: [location]: missing {', '.join(sorted(_LOCATION_KEYS - set(loc)))}")
    if not isinstance(loc["title"], list) or not loc["title"]:
        raise PrxbrlError("mapping.toml: [location] title: a list of patterns")
    location_titles = tuple(re.compile(t, re.IGNORECASE) for t in loc["title"])
    if any("subject" not in t.groupindex for t in location_titles):
        raise PrxbrlError("mapping.toml: [location] title: every pattern needs a group named subject")
    kn = Knowledge(
        replace=tuple((re.compile(a, re.IGNORECASE), b) for a, b in raw["normalize"]["replace"]),
        abbreviations={k.lower(): v for k, v in raw["normalize"]["abbreviations"].items()},
        member_stopwords=frozenset(raw["normalize"]["member_stopwords"]),
        kinds=tuple((k["name"], re.compile(k["pattern"], re.IGNORECASE)) for k in raw["kind"]),
        rules=tuple(rules),
        elimination=re.compile(m["elimination"], re.IGNORECASE),
        elimination_member=m["elimination_member"],
        elimination_axis=m["elimination_axis"],
        consolidated=re.compile(m["consolidated"], re.IGNORECASE),
        segment_words=re.compile(r"\b(?:" + m["segment_words"] + r")\b", re.IGNORECASE),
        segment_heading=re.compile(m["segment_heading"], re.IGNORECASE),
        introduces_tables=re.compile(m["introduces_tables"], re.IGNORECASE),
        page_not_segment=re.compile(m["page_not_segment"], re.IGNORECASE),
        geographic_title=re.compile(m["geographic_title"], re.IGNORECASE),
        geographic_heading=re.compile(m["geographic_heading"], re.IGNORECASE),
        entity_heading=re.compile(m["entity_heading"], re.IGNORECASE),
        parent_company=re.compile(m["parent_company"], re.IGNORECASE),
        measure_basis=re.compile(m["measure_basis"], re.IGNORECASE),
        charge_named=re.compile(m["charge_named"], re.IGNORECASE),
        reconciling_title=re.compile(m["reconciling_title"], re.IGNORECASE),
        reconciling_members=_reconciling_members(m["reconciling_members"]),
        title_concepts=tuple((re.compile(t["pattern"], re.IGNORECASE), t["concept"], t["axis"]) for t in raw.get("title_concept", [])),
        standard_members={axis: dict(m) for axis, m in raw.get("standard_members", {}).items()},
        qualifier_words=frozenset(raw["index"]["qualifier_words"]),
        plain_words=_plain_words(raw["index"].get("plain_words", [])),
        direction_words=_direction_words(raw["index"]["direction_words"]),
        change_words=_change_words(raw["index"]["change_words"]),
        exclusive_words=_exclusive_words(raw["index"].get("exclusive_words", [])),
        section_words=frozenset(raw["index"]["section_words"]),
        non_gaap_title=re.compile(raw["index"]["non_gaap_title"], re.IGNORECASE),
        reconciliation_title=re.compile(raw["index"]["reconciliation_title"], re.IGNORECASE),
        related_party=_related_party(raw["index"]["related_party"]),
        synonyms=_synonym_pairs(raw["index"].get("synonyms", [])),
        index_blocked=re.compile(r"\b(?:" + "|".join(raw["index"]["blocked_words"]) + r")\b", re.IGNORECASE),
        location_titles=location_titles,
        location_line_items=re.compile(loc["line_items"], re.IGNORECASE),
        us_spellings=_us_spellings(raw["index"].get("us_spellings")),
        equity_heading=_pattern(raw["index"].get("equity_heading"), "[index] equity_heading"),
        **_measure_heading(raw["index"].get("measure_heading")),
        **_elements(raw.get("elements")),
        **{k: _pattern(v, f"[labels] {k}") for k, v in _table(raw.get("labels"), _LABEL_KEYS, "[labels]").items()},
    )
    for axis, members in kn.standard_members.items():
        for key in members:
            found = _key_words(kn, _normalized(kn, _abbreviations(kn), key))
            if found != key:
                # looked up by a label's member key: a key that is none can never be found
                raise PrxbrlError(f"mapping.toml: [standard_members.\"{axis}\"] {key!r}: not a member key "
                                  f"(that label's member key is {found!r})")
    return kn


@lru_cache(maxsize=65536)
def normalize(label: str, company_names: tuple[str, ...] = ()) -> str:
    return _normalized(mapping_knowledge(), _abbrev_re(), label, company_names)


def _normalized(kn: Knowledge, abbreviations: re.Pattern[str], label: str, company_names: tuple[str, ...] = ()) -> str:
    s = label.strip()
    for name in sorted(company_names, key=len, reverse=True):
        if name:
            s = re.sub(re.escape(name), "<company>", s, flags=re.IGNORECASE)
    for pat, rep in kn.replace:
        s = pat.sub(rep, s)
    s = s.strip().lower()
    return abbreviations.sub(lambda m: kn.abbreviations[m.group(0)], s)


@cache
def _abbrev_re() -> re.Pattern[str]:
    return _abbreviations(mapping_knowledge())


def _abbreviations(kn: Knowledge) -> re.Pattern[str]:
    return abbreviation_pattern(kn.abbreviations)


def table_kind(title: str, context: list[str]) -> str:
    """The kind of a table from its title first, then the lines around it."""
    kn = mapping_knowledge()
    for text in [title] + list(reversed(context)):
        for name, pat in kn.kinds:
            if text and pat.search(text):
                return name
    return "summary"


def _unit_fits(rule_unit: str, unit: str) -> bool:
    if rule_unit == "per_share":
        return unit.endswith("/shares")
    return unit == rule_unit


def _money_for_count(concept: str, unit: str) -> bool:
    """Whether a rule's concept is an amount of money and the row's figures are per share or shares: "Net income |
    $0.23" under "Basic earnings per common share:" is the per-share figure, which no money concept holds (BJ's
    fiscal 2006 by quarter); the row is left to the concepts its unit and headings name."""
    if not (unit == "shares" or unit.endswith("/shares")) or concept.startswith("ext:"):
        return False
    c = catalog().get(concept)
    return c is not None and c.type == "xbrli:monetaryItemType"


def _balance(concept: str) -> bool:
    """Whether a rule's concept is a balance (an instant), which a cash-flow statement prints only as the start or end
    of its period (a rule's ``period``), never as a row of changes."""
    c = catalog().get(concept) if not concept.startswith("ext:") else None
    return c is not None and c.period_type == "instant"


def match(label: str, kind: str, section: str, title: str = "", unit: str | None = None) -> Match | None:
    """The first rule whose pattern matches the whole normalised label in a table of this kind
    (and, when the row's unit is known, whose unit fits it: "Basic" is EPS in dollars, a share count in shares)."""
    return next(match_all(label, kind, section, title, unit), None)


def match_all(label: str, kind: str, section: str, title: str = "", unit: str | None = None):
    """Every rule that matches, in file order (a user's override file first)."""
    section = _NON_JOINED.sub("non", section)  # once, not once per rule
    for rule in _user_rules.get() + mapping_knowledge().rules:
        if rule.unit is not None and unit is not None and not _unit_fits(rule.unit, unit):
            continue
        if rule.unit is None and unit is not None and _money_for_count(rule.concept, unit):
            continue
        if rule.kinds is not None and kind not in rule.kinds:
            continue
        if kind == "cash_flow" and rule.period is None and _balance(rule.concept):
            continue  # a balance's name in a cash-flow statement is its change (Himax's "Other non-current liabilities 71")
        if rule.section is not None and not rule.section.search(section):
            continue
        if rule.title is not None and not rule.title.search(title):
            continue
        for pat in rule.patterns:
            m = pat.fullmatch(label)
            if m:
                member = m.group(rule.member_from) if rule.member_from is not None else None
                yield Match(rule=rule, member_label=member)
                break


def member_key(label: str) -> str:
    """Labels that name one member ("Network Services", "Network services", "Network Service") share a key."""
    return _key_words(mapping_knowledge(), normalize(label))


def _key_words(kn: Knowledge, normalized: str) -> str:
    s = re.sub(r"[^a-z0-9 ]+", " ", normalized)
    words = [w for w in s.split() if w not in kn.member_stopwords]
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    return " ".join(words)


def camel(label: str, limit: int = 80) -> str:
    """An XBRL-style element name from a printed label."""
    s = normalize(label)
    s = s.replace("&", " and ").replace("%", " percent ")
    s = re.sub(r"<company>", " company ", s)
    s = re.sub(r"\([^)]*\)", lambda m: " " + m.group(0)[1:-1] + " ", s)
    words = re.findall(r"[a-z0-9]+", s)
    name = "".join(w[:1].upper() + w[1:] for w in words)
    if not name or name[0].isdigit():
        name = "X" + name
    return name[:limit]


def title_concept(title: str) -> tuple[str, str] | None:
    """(concept, axis) when a table's title names the line item its rows break down."""
    title = title or ""
    for pat, concept, axis in mapping_knowledge().title_concepts:
        m = pat.search(title)
        if m:
            if _LISTED_AFTER.match(title, m.end()) or _LISTED_BEFORE.search(title, 0, m.start()):
                # a title that lists the line item among others ("Revenues, Traffic Acquisition Costs (TAC), and
                # Number of Employees", Alphabet Q1 2025) names no one line item every row breaks down
                return None
            return concept, axis
    return None


# another measure listed after or before the one a title names (", Traffic Acquisition Costs", "and Gross Profit"),
# not the axis it is broken down by ("Revenues by Segment and Product", "Net sales, by category")
_LISTED_AFTER = re.compile(r"\s*(?:,|&|\band\b)\s*(?!by\b|per\b|for\b|of\b|in\b)[A-Za-z(]", re.I)
_LISTED_BEFORE = re.compile(r"[A-Za-z)]\s*(?:,|&|\band)\s*$", re.I)
