"""Loads the converter's knowledge (``taxonomy/*.toml``) once, and compiles its patterns."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .errors import PrxbrlError


def taxonomy_files():
    """The converter's data folder (``taxonomy/``, installed as the package's ``taxonomy`` subpackage), found from
    this package's own import name, so that it is the data of the code that runs, however it is installed."""
    return resources.files(f"{__package__}.taxonomy")


@cache
def _load_toml(name: str) -> dict[str, Any]:
    """The parsed file, once per process (callers read it, never change it)."""
    try:
        text = taxonomy_files().joinpath(name).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise PrxbrlError(f"the converter's taxonomy data {name} is missing: reinstall prxbrl") from exc
    return tomllib.loads(text)


@dataclass(frozen=True)
class Knowledge:
    raw: dict[str, Any]
    date_re: str
    number_re: str
    period_patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    md_re: str = ""  # a month and day printed without a year

    @property
    def tokens(self) -> dict[str, Any]:
        return self.raw["tokens"]

    def section(self, name: str) -> Any:
        return self.raw[name]


# an ordinal day ("December 31st, 2024", "30th September 2010")
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"


def month_names(raw: dict[str, Any]) -> list[str]:
    """The patterns of a month's name as releases print it: whole, abbreviated (with or without its full stop), "Sept"."""
    return raw["periods"]["months"] + [a + r"\.?" for a in raw["periods"]["month_abbreviations"]] + ["sept\\.?"]


def _date_regex(raw: dict[str, Any]) -> str:
    month = "(?:" + "|".join(month_names(raw)) + ")"
    abbr = "(?:" + "|".join(raw["periods"]["month_abbreviations"] + ["sept"]) + ")"
    return (
        rf"(?:{month}\s+\d{{1,2}}{_DAY_SUFFIX}\s*,?\s*(?:19|20)\d{{2}}"  # September 30, 2010 / September 30th 2010
        rf"|\d{{1,2}}{_DAY_SUFFIX}\s+{month}\s*,?\s*(?:19|20)\d{{2}}"  # 30 September 2010
        rf"|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"  # 2010-09-30
        # 12/31/2024, 3/31/24: month and day in either order (``periods.parse_date`` reads the order, or refuses)
        rf"|(?<![/\d])\d{{1,2}}/\d{{1,2}}/(?:(?:19|20)\d{{2}}|\d{{2}})(?![/\d])"
        # 31.12.2025: day, month and year between dots, as Indian and European statements print them
        rf"|(?<![.\d])\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}}(?![.\d])"
        # 31-Dec-06, 1-Jan-2006: day, month's abbreviation and year between hyphens
        rf"|(?<![-\d])\d{{1,2}}-{abbr}-(?:(?:19|20)\d{{2}}|\d{{2}})(?![-\d]))"
    )


# the sections of extraction.toml, and the keys of those whose keys are all known here
SECTIONS = frozenset({"tokens", "scales", "currencies", "units", "roles", "periods", "period_patterns", "fiscal_calendar",
                      "convenience", "layout", "footnotes", "header", "scale_notes", "entity"})
SECTION_KEYS = {
    "currencies": frozenset({"names", "iso_forms", "stated", "us_dollar", "domestic_dollars"}),
    "layout": frozenset({"max_label_chars", "sentence_end", "abbreviations", "bullet", "section_suffix", "function_words",
                         "before_a_year", "closes_all_sections", "total_starts", "total_alone", "balance_sides", "period_headings",
                         "list_item", "page_furniture", "numbered_caption", "release_furniture", "change_verbs", "change_up_words", "change_down_words",
                         "unfinished_end_words", "continuation_start_words", "averages_heading", "lead_headings", "contact"}),
    "entity": frozenset({"legal_forms"}),
    "scale_notes": frozenset({"shares", "except_nouns", "except_unit_words"}),
    "fiscal_calendar": frozenset({"year_end", "year_end_day", "quarter_end", "labels", "stated_weeks", "fourth_quarter", "half_year", "period_focus"}),
}
_PATTERNS = {("currencies", "us_dollar"), ("layout", "list_item"), ("layout", "contact"), ("layout", "averages_heading"), ("layout", "lead_headings"), ("layout", "page_furniture"), ("layout", "numbered_caption"), ("layout", "release_furniture"), ("units", "ratio_lists"), ("units", "share_of_total_rows"), ("units", "minor_units"), ("header", "measure_columns")}  # a regular expression each
# what a heading over the rows of a table headed by years alone says they are, in the order asked (``year_columns``)
PERIOD_HEADINGS = ("average", "instant", "duration")
_WORD_LISTS = {("layout", "function_words"), ("layout", "before_a_year"), ("layout", "abbreviations"), ("layout", "total_starts"), ("layout", "total_alone"),
               ("layout", "change_verbs"), ("layout", "change_up_words"), ("layout", "change_down_words"), ("layout", "unfinished_end_words"), ("layout", "continuation_start_words"), ("units", "physical_units"), ("units", "physical_units_after_slash"), ("entity", "legal_forms"), ("scale_notes", "except_nouns"), ("scale_notes", "except_unit_words")}
# a placeholder of a pattern in [units] label_units -> the word list it stands for (``compiled``)
_UNIT_WORDS = {"{physical}": "physical_units", "{physical_short}": "physical_units_after_slash"}


def validate(raw: dict[str, Any]) -> None:
    """extraction.toml as the code reads it: unknown sections and keys (a misspelt key would silently be the
    default), missing keys and word lists that are not lists of words are errors."""
    unknown = sorted(set(raw) - SECTIONS)
    if unknown:
        raise PrxbrlError(f"extraction.toml: unknown section {', '.join(unknown)} (known: {', '.join(sorted(SECTIONS))})")
    for section, keys in SECTION_KEYS.items():
        have = set(raw.get(section, {}))
        if have - keys:
            raise PrxbrlError(f"extraction.toml: [{section}]: unknown key {', '.join(sorted(have - keys))}")
        if keys - have:
            raise PrxbrlError(f"extraction.toml: [{section}]: missing {', '.join(sorted(keys - have))}")
    for section, key in sorted(_WORD_LISTS):
        words = raw[section][key]
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise PrxbrlError(f"extraction.toml: [{section}] {key} is a list of words")
    for key in _UNIT_WORDS.values():
        bad = [w for w in raw["units"][key] if not re.fullmatch(r"[a-z]+", w)]
        if bad:
            raise PrxbrlError(f"extraction.toml: [units] {key}: {', '.join(map(repr, bad))} is no lower-case unit word")
    if any(len(w) < 2 for w in raw["units"]["physical_units"]):
        raise PrxbrlError("extraction.toml: [units] physical_units: a unit of one letter is an endnote mark alone "
                          "in parentheses: list it in physical_units_after_slash")
    for k, e in enumerate(raw["units"]["label_units"]):
        for name in re.findall(r"\{[a-z_]+\}", e["pattern"]):
            if name not in _UNIT_WORDS:
                raise PrxbrlError(f"extraction.toml: [units] label_units[{k}]: unknown placeholder {name}")
    for k, p in enumerate(raw["currencies"]["stated"]):
        if not isinstance(p, str) or "(?P<cur>{cur})" not in p:
            raise PrxbrlError(f"extraction.toml: [currencies] stated[{k}] names no currency: it holds no (?P<cur>{{cur}})")
    for section, key in sorted(_PATTERNS):
        _check_pattern(raw[section][key], f"[{section}] {key}")
    for k, e in enumerate(raw["currencies"]["domestic_dollars"]):
        where = f"[currencies] domestic_dollars[{k}]"
        if not isinstance(e, dict) or set(e) != {"code", "listed", "based"}:
            raise PrxbrlError(f"extraction.toml: {where}: a table of code, listed, based")
        if not re.fullmatch(r"[A-Z]{3}", str(e["code"])):
            raise PrxbrlError(f"extraction.toml: {where}: code {e['code']!r} is no ISO 4217 code")
        _check_pattern(e["listed"], f"{where} listed")
        _check_pattern(e["based"], f"{where} based")
    headings = raw["layout"]["period_headings"]
    if not isinstance(headings, dict) or set(headings) != set(PERIOD_HEADINGS):
        known = ", ".join(PERIOD_HEADINGS)
        if isinstance(headings, dict) and (unknown := sorted(set(headings) - set(PERIOD_HEADINGS))):
            raise PrxbrlError(f"extraction.toml: [layout.period_headings]: unknown key {', '.join(unknown)} (known: {known})")
        raise PrxbrlError(f"extraction.toml: [layout.period_headings]: a table of {known}, a pattern each")
    for kind in PERIOD_HEADINGS:
        _check_pattern(headings[kind], f"[layout.period_headings] {kind}")
    for k, p in enumerate(raw["period_patterns"]["patterns"]):
        if p.get("kind") not in PERIOD_KINDS:
            raise PrxbrlError(f"extraction.toml: [period_patterns] patterns[{k}]: kind {p.get('kind')!r} is none of {', '.join(PERIOD_KINDS)}")


def _check_pattern(p: Any, where: str) -> None:
    """A pattern of extraction.toml at ``where`` ("[currencies] us_dollar"): a string that is a regular expression."""
    if not isinstance(p, str):
        raise PrxbrlError(f"extraction.toml: {where}: a pattern (a string), not {p!r}")
    try:
        re.compile(p)
    except re.error as exc:
        raise PrxbrlError(f"extraction.toml: {where}: the pattern {p!r} is not a regular expression ({exc})") from None


# the kinds of period expression the period readers know (``periods.resolve``, ``periods.duration_of``)
PERIOD_KINDS = ("date_range", "month_range", "fiscal_months", "months_ended", "weeks_ended", "weeks_length", "quarter_ended", "fiscal_year_ended", "year_to_date", "as_of",
                "fiscal_half", "fiscal_quarter", "fiscal_year", "relative_quarter_end", "relative_year_end", "date",
                "month_day", "year")


@cache
def knowledge() -> Knowledge:
    raw = _load_toml("extraction.toml")
    validate(raw)
    date_re = _date_regex(raw)
    words = sorted(raw["periods"]["numbers"], key=len, reverse=True)
    number_re = r"(?:\d{1,3}|" + "|".join(re.escape(w) for w in words) + ")"
    months = month_names(raw)
    # a month and day without a year ("Three Months Ended September 30," over a line of years)
    md_re = r"(?:" + "|".join(months) + r")\s+\d{1,2}(?:(?:st|nd|rd|th)(?![a-z]))?(?!\d)(?!\s*,?\s*(?:19|20)\d{2})"
    month_re = r"(?:" + "|".join(raw["periods"]["months"]) + r")"
    mon_re = r"(?:" + "|".join(raw["periods"]["months"] + [a + r"\.?" for a in raw["periods"]["month_abbreviations"]]) + r")"
    pats: list[tuple[re.Pattern[str], str]] = []
    for p in raw["period_patterns"]["patterns"]:
        src = p["pattern"].replace("{date}", date_re).replace("{n}", number_re).replace("{md}", md_re).replace("{month}", month_re).replace("{mon}", mon_re)
        pats.append((re.compile(r"(?<![\w])" + src + r"(?![\w])", re.IGNORECASE), p["kind"]))
    return Knowledge(raw=raw, date_re=date_re, number_re=number_re, period_patterns=pats, md_re=md_re)


@cache
def compiled(section: str, key: str) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    """The entries of ``[section] key = [{pattern = ...}, ...]`` with their patterns compiled. The currency names are
    the listed ones and the ISO 4217 currencies' (``currencies.iso_entries``): read their code with ``currency_code``."""
    entries = knowledge().raw[section][key]
    if (section, key) == ("currencies", "names"):
        from .currencies import iso_entries

        scaled, plain = iso_entries(knowledge().raw["currencies"])
        entries = scaled + entries + plain
    if (section, key) == ("units", "label_units"):
        units = knowledge().raw["units"]
        words = {name: "|".join(map(re.escape, sorted(units[k], key=len, reverse=True))) for name, k in _UNIT_WORDS.items()}
        entries = [{**e, "pattern": _fill(e["pattern"], words)} for e in entries]
    return [(re.compile(entry["pattern"], re.IGNORECASE), entry) for entry in entries]


def _fill(pattern: str, words: dict[str, str]) -> str:
    for name, alternatives in words.items():
        pattern = pattern.replace(name, alternatives)
    return pattern


@cache
def date_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + knowledge().date_re + r"(?![\w])", re.IGNORECASE)
