"""The ISO 4217 currencies (``taxonomy/currencies.toml``, built by ``scripts/build_currencies.py``) as headers and
notes print them: a code with a scale ("SEK m", "MSEK", "TEUR"), a code beside a scale word or after "of"/"in"
("NOK million", "(in millions of SEK)"), a name of more than one word ("Swedish kronor"). The forms are
``[currencies] iso_forms`` of extraction.toml; the table is validated when loaded."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from .errors import PrxbrlError

_CODE = re.compile(r"[A-Z]{3}")


@cache
def iso_currencies() -> dict[str, str]:
    """ISO code -> English name, validated: one table ``[currencies]``, three capital letters a code, a name each."""
    from .knowledge import taxonomy_files

    try:
        raw = tomllib.loads(taxonomy_files().joinpath("currencies.toml").read_text("utf-8"))
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise PrxbrlError("the converter's taxonomy data currencies.toml is missing: reinstall prxbrl") from exc
    if set(raw) != {"currencies"} or not isinstance(raw["currencies"], dict) or not raw["currencies"]:
        raise PrxbrlError("currencies.toml: one table [currencies] of ISO 4217 code = name")
    for code, name in raw["currencies"].items():
        if not _CODE.fullmatch(code) or not isinstance(name, str) or not name.strip():
            raise PrxbrlError(f"currencies.toml: {code!r} = {name!r} is no ISO 4217 code with its name")
    return dict(raw["currencies"])


def _name_pattern(name: str) -> str | None:
    """A name of two or more words, its last word singular or plural ("Swedish Krona": "Swedish kronor")."""
    words = name.split()
    if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z’'.]+", w) for w in words):
        return None
    last = words[-1]
    if last[-1].lower() in "ae":
        tail = re.escape(last[:-1]) + "(?:a|e|or|er|as|es|s)"
    else:
        tail = re.escape(last) + "(?:s|es)?"
    return r"\s+".join([re.escape(w) for w in words[:-1]] + [tail])


@cache
def _names() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, re.I), code) for code, name in sorted(iso_currencies().items()) if (p := _name_pattern(name)))


def iso_entries(section: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ISO currencies as entries of ``[currencies] names`` (no ``code``: ``currency_code`` reads it from the
    match): the forms with a scale (before every listed name), and the others (after them)."""
    listed = {e["code"] for e in section["names"]}
    codes = "(?:" + "|".join(sorted(iso_currencies())) + ")"
    scaled, plain = [], []
    for form in section["iso_forms"]:
        entry = {"pattern": form["pattern"].replace("{code}", codes), "iso": True}
        if "power" in form:
            entry["power"] = int(form["power"])
            scaled.append(entry)
        else:
            plain.append(entry)
    names = [p.pattern for p, code in _names() if code not in listed]
    if names:
        plain.append({"pattern": "(?:" + "|".join(names) + ")", "iso": True})
    return scaled, plain


def currency_code(entry: dict[str, Any], text: str) -> str | None:
    """The ISO code of a currency name matched by ``entry`` (a listed name's own code; an ISO form's code in it)."""
    if "code" in entry:
        return entry["code"]
    known = iso_currencies()
    for k in range(len(text) - 3, -1, -1):  # the code at the end of "MSEK", "TEUR"; the one code of "SEK m"
        if text[k : k + 3] in known:
            return text[k : k + 3]
    return next((code for p, code in _names() if p.fullmatch(text.strip())), None)
