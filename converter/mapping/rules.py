"""The label-to-concept knowledge of ``taxonomy/mapping.toml``: normalising labels, table kinds, rule matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..knowledge import _load_toml


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
    title_concepts: tuple[tuple[re.Pattern[str], str, str], ...]
    standard_members: dict[str, dict[str, str]]


def _dashes(pattern: str) -> str:
    """Labels are normalised to "a-b" for every dash; patterns written as "a - b" mean the same."""
    return re.sub(r" ?(?:--|-) ?", "-", pattern.replace(" - ", "-"))


@cache
def mapping_knowledge() -> Knowledge:
    raw = _load_toml("mapping.toml")
    rules = []
    for i, r in enumerate(raw["rule"]):
        rules.append(
            Rule(
                concept=r["concept"],
                patterns=tuple(re.compile(_dashes(p), re.IGNORECASE) for p in r["labels"]),
                kinds=frozenset(r["in"]) if "in" in r else None,
                section=re.compile(_dashes(r["section"]), re.IGNORECASE) if "section" in r else None,
                negate=bool(r.get("negate", False)),
                magnitude=r.get("sign") == "magnitude",
                title=re.compile(r["title"], re.IGNORECASE) if "title" in r else None,
                period=r.get("period"),
                breakdown=r.get("breakdown"),
                member_from=r.get("member_from"),
                unit=r.get("unit"),
                order=i,
            )
        )
    m = raw["members"]
    return Knowledge(
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
        title_concepts=tuple((re.compile(t["pattern"], re.IGNORECASE), t["concept"], t["axis"]) for t in raw.get("title_concept", [])),
        standard_members={axis: dict(m) for axis, m in raw.get("standard_members", {}).items()},
    )


@lru_cache(maxsize=65536)
def normalize(label: str, company_names: tuple[str, ...] = ()) -> str:
    kn = mapping_knowledge()
    s = label.strip()
    for name in sorted(company_names, key=len, reverse=True):
        if name:
            s = re.sub(re.escape(name), "<company>", s, flags=re.IGNORECASE)
    for pat, rep in kn.replace:
        s = pat.sub(rep, s)
    s = s.strip().lower()
    return _abbrev_re().sub(lambda m: kn.abbreviations[m.group(0)], s)


@cache
def _abbrev_re() -> re.Pattern[str]:
    keys = sorted(mapping_knowledge().abbreviations, key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")


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


def match(label: str, kind: str, section: str, title: str = "", unit: str | None = None) -> Match | None:
    """The first rule whose pattern matches the whole normalised label in a table of this kind
    (and, when the row's unit is known, whose unit fits it: "Basic" is EPS in dollars, a share count in shares)."""
    return next(match_all(label, kind, section, title, unit), None)


def match_all(label: str, kind: str, section: str, title: str = "", unit: str | None = None):
    """Every rule that matches, in file order."""
    for rule in mapping_knowledge().rules:
        if rule.unit is not None and unit is not None and not _unit_fits(rule.unit, unit):
            continue
        if rule.kinds is not None and kind not in rule.kinds:
            continue
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
    kn = mapping_knowledge()
    s = normalize(label)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
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
    for pat, concept, axis in mapping_knowledge().title_concepts:
        if pat.search(title or ""):
            return concept, axis
    return None
