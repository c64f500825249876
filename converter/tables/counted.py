"""Scale notes that name what a table counts ("(In Millions of KWHs)"): such figures are not money."""

from __future__ import annotations

import re

from ..knowledge import compiled

_measure_notes = compiled("units", "measure_notes")
_currencies = [re.compile(r"(?:" + p.pattern + r")(?!\w)", re.I) for p, _ in compiled("currencies", "names")]
_SHARES = re.compile(r"(?:(?:common|ordinary) )?(?:shares|ADSs?)(?!\w)", re.I)


def counted_measure(texts: list[str]) -> str | None:
    """What the table's scale note says its figures count, when that is neither a currency nor shares.

    "(In Millions of KWHs)" -> "KWHs)"; "(In Millions of Dollars)", "(in thousands of U.S. dollars)" and
    "(in thousands of shares)" -> None: those notes state money or a share scale, which other rules read."""
    for t in texts:
        for pat, _ in _measure_notes:
            m = pat.search(t)
            if m is None:
                continue
            rest = m.group("measure")
            if any(c.match(rest) for c in _currencies) or _SHARES.match(rest):
                continue
            return rest.strip(" )")
    return None
