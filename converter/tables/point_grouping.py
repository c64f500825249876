"""A figure printed with a decimal point where the table prints whole numbers grouped by commas: "337.310" among
Netflix's "(in thousands)" figures ("Advertising expenses | 2,917,401 | 2,658,020 | 2,530,502" ...), the thousands'
comma misprinted as a point. Read as printed it is 337.31 thousand dollars, a thousandth of what the release means;
which it is cannot be known from the figure, so it is left out (``digit_grouping``), as a figure grouped in lakhs outside
a rupee release is (``tokens.Amount.indian_grouping``)."""

from __future__ import annotations

from .columns import label_unit
from .rows import Row

# how many figures the table prints, at least, and the share of them printed whole, before a point reads as a misprint
MIN_FIGURES, MIN_WHOLE_SHARE = 10, 0.95


def points_for_commas(body: list[Row]) -> frozenset[int]:
    """The ids of the body's figure cells printed with three decimals and no comma ("337.310") in a table whose
    other figures are whole and some of them grouped by commas."""
    # (figures to the cent or tenth, per share amounts and ratios, say nothing of it)
    figures = [c for r in body if r.kind == "data" for c in r.values
               if not c.empty and c.amount is not None and c.amount.value is not None and not c.amount.percent
               and c.amount.decimals in (0, 3)]
    if len(figures) < MIN_FIGURES:
        return frozenset()
    whole = [c for c in figures if c.amount.decimals == 0]
    if len(whole) < MIN_WHOLE_SHARE * len(figures) or not any("," in c.text for c in whole):
        return frozenset()
    # (a misprinted comma never follows a zero: "0.145" is an amount per share to the tenth of a cent, Energen's dividend;
    # nor in a row of amounts per share)
    return frozenset(id(c) for r in body if r.kind == "data" and label_unit(r.label) not in ("per_share", "per_ADS") for c in r.values
                     if id(c) in {id(f) for f in figures} and c.amount.decimals == 3 and "," not in c.text
                     and 1 <= abs(c.amount.value) < 1000)
