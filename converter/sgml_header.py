"""The filers an EDGAR SGML full submission names in its header.

A full submission (``<SEC-DOCUMENT>`` ... ``<SEC-HEADER>``) lists each registrant of the filing in a ``FILER:`` block
("COMPANY CONFORMED NAME: ALABAMA POWER CO", "CENTRAL INDEX KEY: 0000003153"). A combined filing (a holding company
and its subsidiaries that file reports of their own) has one block per registrant; the accession number starts with
the key of whoever submitted it, the filer the document speaks for ("ACCESSION NUMBER: 0000092122-05-000042" by
Southern Co, CIK 92122). The others are other legal entities: their figures are not the company's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER_END = re.compile(r"^\s*</SEC-HEADER>", re.IGNORECASE)
_ACCESSION = re.compile(r"^\s*ACCESSION NUMBER:\s*(\d{10})-\d{2}-\d{6}\s*$")
_NAME = re.compile(r"^\s*COMPANY CONFORMED NAME:\s*(\S.*?)\s*$")
_CIK = re.compile(r"^\s*CENTRAL INDEX KEY:\s*(\d{1,10})\s*$")
_FORMS = frozenset("co corp inc company incorporated corporation ltd limited llc lp plc the".split())
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Filers:
    registrant: str | None  # the filer the accession number names, as the header prints it
    others: tuple[str, ...]  # the other registrants of the filing


def filers(lines: list[str]) -> Filers:
    """The registrant and the co-registrants of an SGML full submission; none where the text has no SEC header."""
    if not any(ln.lstrip().startswith("<SEC-HEADER>") for ln in lines[:40]):
        return Filers(None, ())
    accession = None
    found: list[tuple[str, str | None]] = []
    for ln in lines:
        if _HEADER_END.match(ln):
            break
        if m := _ACCESSION.match(ln):
            accession = m.group(1).lstrip("0")
        elif m := _NAME.match(ln):
            found.append((m.group(1), None))
        elif (m := _CIK.match(ln)) and found and found[-1][1] is None:
            found[-1] = (found[-1][0], m.group(1).lstrip("0"))
    if not found:
        return Filers(None, ())
    main = next((n for n, cik in found if cik and cik == accession), found[0][0] if len(found) == 1 else None)
    return Filers(main, tuple(n for n, _ in found if n != main))


def name_words(text: str) -> frozenset[str]:
    """A name's words without its legal form ("SAVANNAH ELECTRIC & POWER CO": savannah, electric, power)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _FORMS)


def names_other(heading: str, fl: Filers) -> str | None:
    """The co-registrant a heading names ("Alabama Power -" for ALABAMA POWER CO, "Savannah Electric -" for SAVANNAH
    ELECTRIC & POWER CO): every word of the heading is one of that filer's, two at least or all of them, and the
    heading does not name the registrant as well ("Southern Company" is SOUTHERN CO, not SOUTHERN POWER CO)."""
    words = name_words(heading)
    if not words or not fl.others:
        return None
    if fl.registrant and words <= name_words(fl.registrant):
        return None
    for other in fl.others:
        theirs = name_words(other)
        if words <= theirs and len(words) >= min(2, len(theirs)):
            return other
    return None
