"""A column in another currency, with no period of its own, that is a convenience translation by its figures alone.

A foreign private issuer prints "Three Months Ended September 30, | 2009 | 2010 | RMB('000) RMB('000) USD('000)": the
years stand over the home-currency columns only and the release states no rate. The dollar column is the translation of
one home-currency column where every amount it prints is that column's amount divided by one rate, within the rounding
each figure is printed to (or a small share of it: ``TOLERANCE``), and the column takes that column's period. Where
no column, or more than one, agrees so, it stays undated (its cells excluded, ``no_period``): an unrelated column of
another currency does not keep one ratio to a home column row by row.
"""

from __future__ import annotations

from decimal import Decimal

from .rows import Row
from .slots import Slot

# rows whose two figures (neither zero) must agree at one rate before a column is read as a translation
MIN_ROWS = 3


def _half_unit(v: Decimal) -> Decimal:
    """Half the last printed digit of ``v`` (1,234 -> 0.5; 0.05 -> 0.005): how far rounding may have moved it."""
    return Decimal(5) * Decimal(10) ** (min(v.as_tuple().exponent, 0) - 1)  # type: ignore[operator]


# how far a translated figure may stand from its home figure at the common rate, as a share of it: a release translates
# each line at the rate from unrounded figures, or adds its translated subtotals from rounded lines (as
# ``columns._translated_column`` allows where the rate is stated)
TOLERANCE = Decimal("0.002")


def common_rate(pairs: list[tuple[Decimal, Decimal]], scales: tuple[int, int] = (0, 0)) -> Decimal | None:
    """The one rate (home per foreign unit) at which every pair (home amount, foreign amount, as printed; ``scales``:
    the powers of ten of the two columns) is a translation, to the rounding the foreign figure is printed to or
    ``TOLERANCE`` of it, or None: a pair's signs differ, a pair is off that rate, or fewer than ``MIN_ROWS`` pairs say
    anything (a zero says nothing). The rate is read from the pair whose foreign figure is printed to most digits."""
    sh, sf = Decimal(10) ** scales[0], Decimal(10) ** scales[1]
    used = []
    for home, foreign in pairs:
        if home == 0 or foreign == 0:
            continue
        if (home < 0) != (foreign < 0):
            return None
        used.append((abs(home) * sh, abs(foreign) * sf, _half_unit(foreign) * sf))
    if len(used) < MIN_ROWS:
        return None
    h0, f0, d0 = max(used, key=lambda p: p[1] / p[2])
    rate = h0 / f0
    if all(abs(h / rate - f) <= max(d, f * TOLERANCE) for h, f, d in used):
        return rate
    return None


def undated_translations(slots: list[Slot], data: list[Row], home: str | None, rate_stated: bool) -> None:
    """Mark each undated value column in another currency than ``home`` that translates exactly one dated home-currency
    column at one rate (``common_rate``) as that column's convenience translation, dated as it. Not where the release
    states a rate: its columns are matched by that rate (``columns._translated_column``)."""
    if home is None or rate_stated:
        return
    for i, s in enumerate(slots):
        if s.role != "value" or s.period is not None or s.excluded or not s.currency or s.currency == home:
            continue
        agree = []
        for j, o in enumerate(slots):
            if o.role != "value" or o.period is None or (o.currency or home) != home:
                continue
            pairs = []
            for r in data:
                if len(r.cells) != len(slots):
                    continue
                a, b = r.cells[j].amount, r.cells[i].amount
                if a is None or b is None or a.value is None or b.value is None or a.percent or b.percent:
                    continue
                pairs.append((a.value, b.value))
            if common_rate(pairs, (o.scale or 0, s.scale or 0)) is not None:
                agree.append(j)
        if len(agree) == 1:
            s.role, s.translates, s.period = "convenience", agree[0], slots[agree[0]].period
