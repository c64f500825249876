"""Flattened text: header phrases stand over the columns by count and order."""

from __future__ import annotations

from collections import Counter

from ..periods import duration_of, month_day
from .headers import Item, is_unit_line, parse_header, segment_measures_scored
from ..models import Span
from .rows import Row, VCell
from .slots import Slot


def _context_percent_role(context_texts: list[str]) -> str | None:
    """A note like "(% shown is YoY change)" says what the bare % columns hold."""
    for t in context_texts:
        if "%" in t:
            for it in parse_header(t):
                if it.kind == "role" and it.role in ("yoy_percent", "change"):
                    return "yoy_percent"
    return None


def _roles_last(items: list[Item]) -> list[Item]:
    """A comparison heads the columns after the periods it compares: a line read as "Change 2025 2024" (a cell a line,
    the upper header row's "Change" fallen onto the years' line: Peapack-Gladstone Q2 2025's six months) is "2025 2024
    Change"; its figures had been dated a column to the right."""
    k = 0
    while k < len(items) and items[k].kind == "role":
        k += 1
    if 0 < k < len(items) and any(it.kind == "period" for it in items[k:]) and not any(it.kind == "role" for it in items[k:]):
        return items[k:] + items[:k]
    return items


def assign_ordinal(slots: list[Slot], header_rows: list[Row], data: list[Row], transposed: bool, context_texts: list[str],
                   translations: bool = False) -> None:
    """Flattened text: header phrases map to columns by their order."""
    n = len(slots)
    if not n:
        return
    lines = [parse_header(r.label) for r in header_rows]
    # drop group lines whose periods the next line refines ("Fiscal Year ended March 31, 2009" over "1Q08 ... FY2008")
    period_lines = [i for i, its in enumerate(lines) if any(it.kind == "period" for it in its)]
    unit_lines = [i for i, its in enumerate(lines) if is_unit_line(its)]
    measure_lines = [i for i, its in enumerate(lines) if its and all(it.kind == "text" for it in its)]
    # the column template: the line with the most phrases that fits the row width
    template: list[Item] = []
    durations: list[Item] = []
    main_period_line = None
    if period_lines:
        main_period_line = max(period_lines, key=lambda i: (len([it for it in lines[i] if it.kind != "text"]), i))
        for i in period_lines:
            if i != main_period_line:
                for it in lines[i]:
                    if it.kind == "period" and it.expr is not None and duration_of(it.expr) and it.expr.date() is None:
                        durations.append(it)
    pl = _roles_last([it for it in lines[main_period_line] if it.kind != "text"]) if main_period_line is not None else []
    ul = [it for it in lines[unit_lines[-1]]] if unit_lines else []
    ml_text = " ".join(it.text for i in measure_lines for it in lines[i])
    if pl and ul and any(it.kind == "role" for it in pl):
        # "1H09 1H10 YoY % change" over "JPY millions JPY millions": units go to the period phrases in order
        template = list(pl)
        units = [u for u in ul if u.kind == "unit"]
        k = 0
        for it in template:
            if it.kind == "period" and k < len(units):
                it.currency, it.scale = units[k].currency, units[k].scale
                k += 1
    elif ul and (len(ul) >= len([p for p in pl if p.kind == "period"]) or not pl):
        template = list(ul)
        periods = [p for p in pl if p.kind == "period"]
        full = lines[main_period_line] if main_period_line is not None else []
        units_only = [it for it in template if it.kind == "unit"]
        if len(full) == len(units_only) and len(periods) != len(units_only):
            # "1st quarter-end ... Year-end Total" over "Yen Yen Yen Yen Yen": phrase by phrase
            for it, p in zip(units_only, full):
                if p.kind == "period":
                    it.expr = p.expr  # type: ignore[attr-defined]
        else:
            _spread_periods(template, periods)
    elif pl:
        template = list(pl)
    elif lines:
        template = [it for it in lines[-1] if it.kind in ("forecast", "actual", "role", "unit")]
    if durations and template:
        _spread_durations(template, durations)
    pct_role = _context_percent_role(context_texts)
    if pct_role:
        for it in template:
            if it.kind == "role" and it.text == "%":
                it.role = pct_role
    # "(% shown is YoY change)" and twice as many cells as header phrases: each figure is followed by its change
    if pct_role and template and n == 2 * len(template) and all(it.kind != "role" for it in template):
        widened: list[Item] = []
        for it in template:
            widened.append(it)
            widened.append(Item("role", "%", 0, 0, role=pct_role, unit="pure"))
        template = widened
    # twice as many cells as header phrases, every second cell a percent and some row 100% in all of them
    # ("Net sales | 1,004.2 | 100.0 | % | 961.8 | 100.0 | %"): each figure is followed by its percent of the total
    if (template and n == 2 * len(template) and all(it.kind != "role" for it in template)
            and percent_of_total_pairs(data, n)):
        widened = []
        for it in template:
            widened.append(it)
            widened.append(Item("role", "%", 0, 0, role="percent_of_total", unit="pure"))
        template = widened
    # measures: line items side by side (tables whose rows are periods)
    if transposed and ml_text:
        units = [it for it in template if it.kind == "unit"]
        measures, ok = segment_measures_scored(ml_text, len(template)) if template else ([], False)
        if template and ok and len(template) != len(units):
            targets = template  # every column names its own line item ("... as a percentage of Total Assets")
            for it in template:
                if it.kind == "role":
                    it.role = "ratio"
        else:
            measures, ok = segment_measures_scored(ml_text, len(units) or n)
            targets = units
        for it, m in zip(targets, measures):
            it.text = f"{m[0]} ({it.text})"
            setattr(it, "measure", m[0])
        if not template:
            template = [Item("text", m[0], 0, 0) for m in measures]
            for it, m in zip(template, measures):
                setattr(it, "measure", m[0])
    # fit the template to the row width
    if len(template) == n:
        for s, it in zip(slots, template):
            s.items.append(it)
    elif 0 < len(template) < n:
        _widen(slots, template, data, translations)
    elif len(template) > n and sum(1 for it in template if it.kind == "period") <= n \
            and not any(it.kind == "period" for it in template[n:]):
        # phrases after the row's last figure that name no period ("% Change" the rows do not print) are left; a
        # period among them shows the phrases stand over other columns than their order says ("$" read as a column
        # before five quarters over five figures: Shell Q1 2025 "$ billion1Q1 2024 Q2 2024 ..."): none is assigned
        for s, it in zip(slots, template[:n]):
            s.items.append(it)
    # more periods in the header than figures in a row: which period a figure is for cannot be told by order (a
    # rendering that ran rows and columns together: "3/31/24 6/30/24 9/30/24 12/31/24 Totals" over one column)


def percent_of_total_pairs(data: list[Row], n: int) -> bool:
    """Rows of ``n`` cells whose second, fourth, ... cells are percents and the others not, one of them (the
    total, "Net sales") 100 % in every percent cell. Rows that print a figure for each pair only ("Earnings per
    share | $0.34 | ($0.84) | $1.33 | ($0.54)", read into the first columns) are moved under the figures."""
    if n < 2 or n % 2:
        return False
    full = [r for r in data if len(r.cells) == n and all(not c.empty for c in r.cells)]
    if not full:
        return False
    hundred = False
    for r in full:
        pct = [c.amount for c in r.cells[1::2] if c.amount is not None and c.amount.value is not None]
        amt = [c.amount for c in r.cells[0::2] if c.amount is not None and c.amount.value is not None]
        if any(not a.percent for a in pct) or any(a.percent for a in amt):
            return False
        if len(pct) == n // 2 and all(a.value == 100 for a in pct):
            hundred = True
    if not hundred:
        return False
    half = n // 2
    for r in data:
        printed = [c for c in r.cells if not c.empty]
        if (len(printed) == half and r.cells[:half] == printed and len(r.cells) in (half, n)
                and not any(c.amount is not None and c.amount.percent for c in printed)):
            cells: list[VCell] = []
            for k, c in enumerate(printed):
                cells.append(VCell(c.text, c.span, (float(2 * k), float(2 * k)), c.amount, c.unit, c.scale, c.parts))
                anchor = Span(line=c.span.line, start=c.span.end, end=c.span.end)
                cells.append(VCell("", anchor, (float(2 * k + 1), float(2 * k + 1))))
            r.cells = cells
    return True


def _spread_periods(template: list[Item], periods: list[Item]) -> None:
    """Periods over a unit line: value columns take the periods in order; % columns go with the column before."""
    values = [it for it in template if it.kind == "unit" and it.unit is None]
    if not periods:
        return
    # a translation currency column (a second currency) takes no period of its own
    currencies = Counter(it.currency for it in values if it.currency)
    main = currencies.most_common(1)[0][0] if currencies else None
    primaries = [it for it in values if it.currency == main or it.currency is None]
    if len(primaries) == len(periods):
        for it, p in zip(primaries, periods):
            it.expr, it.period_text = p.expr, p.text  # type: ignore[attr-defined]
    elif len(values) == len(periods):
        for it, p in zip(values, periods):
            it.expr, it.period_text = p.expr, p.text  # type: ignore[attr-defined]
    elif values and len(values) % len(periods) == 0:
        per = len(values) // len(periods)
        for i, it in enumerate(values):
            p = periods[i // per]
            it.expr, it.period_text = p.expr, p.text  # type: ignore[attr-defined]


def _spread_durations(template: list[Item], durations: list[Item]) -> None:
    """"Thirteen Weeks Ended  Thirty-Nine Weeks Ended" over four dates: each duration spans its share."""
    dated = [it for it in template if it.expr is not None]
    if not dated:
        return
    groups = _groups_by_form(dated, durations)
    if groups is not None:
        for d, group in zip(durations, groups):
            for it in group:
                setattr(it, "duration_expr", d.expr)
        return
    per = max(1, len(dated) // len(durations))
    for i, it in enumerate(dated):
        d = durations[min(i // per, len(durations) - 1)]
        setattr(it, "duration_expr", d.expr)


def _groups_by_form(dated: list[Item], durations: list[Item]) -> list[list[Item]] | None:
    """Lengths whose form says which phrases below they complete: a length that prints its day ("Six Months Ended
    December 31,") stands over bare years, one without ("Three Months Ended") over full dates. A header of merged
    cells printed once each ("Three Months Ended | Six Months Ended December 31," over "December 31, 2024 |
    September 30, 2024 | December 31, 2023 | 2024 | 2023") is split where the form changes, in order, when exactly one
    split gives every length a run of the phrases it completes; otherwise None."""
    wants = [month_day(d.expr) is None for d in durations]  # True: stands over full dates
    if len(set(wants)) < 2:
        return None  # every length of one form: the form tells no boundary
    full = [it.expr.date() is not None for it in dated]
    if not all(f or it.expr.kind == "year" for f, it in zip(full, dated)):
        return None  # phrases of other kinds (quarters, fiscal years): the form does not decide
    splits: list[list[list[Item]]] = []

    def walk(k: int, start: int, acc: list[list[Item]]) -> None:
        if k == len(durations):
            if start == len(dated):
                splits.append(list(acc))
            return
        for end in range(start + 1, len(dated) + 1):
            if full[end - 1] != wants[k]:
                break
            walk(k + 1, end, acc + [dated[start:end]])

    walk(0, 0, [])
    return splits[0] if len(splits) == 1 else None


def _widen(slots: list[Slot], template: list[Item], data: list[Row], translations: bool = False) -> None:
    """More cells than header phrases: find the column the header leaves out (a translation in a second currency)."""
    n = len(slots)
    extra = n - len(template)
    # columns whose cells print a currency prefix different from the others
    cur_by_pos: list[Counter] = [Counter() for _ in range(n)]
    for r in data:
        if len(r.cells) != n:
            continue
        for i, c in enumerate(r.cells):
            if c.amount is not None and c.amount.currency:
                cur_by_pos[i][c.amount.currency] += 1
    majority = Counter()
    for cb in cur_by_pos:
        majority.update(cb)
    main = majority.most_common(1)[0][0] if majority else None
    odd = [i for i, cb in enumerate(cur_by_pos) if cb and cb.most_common(1)[0][0] != main]
    if len(odd) == extra:
        k = 0
        for i, s in enumerate(slots):
            if i in odd:
                s.items.append(Item("unit", "", 0, 0, currency=cur_by_pos[i].most_common(1)[0][0]))
                s.role = "convenience"
            elif k < len(template):
                s.items.append(template[k])
                k += 1
        return
    # otherwise, in a release that states a translation rate: a translation column stands before the last period
    # (the convention of the statements); without a rate the column the header leaves out stays without a period
    if extra == 1 and len(template) >= 2 and translations:
        order = list(range(n))
        conv = n - 2
        k = 0
        for i in order:
            if i == conv:
                slots[i].role = "convenience"
            elif k < len(template):
                slots[i].items.append(template[k])
                k += 1
        return
    if extra > len(template):
        # fewer phrases than columns they leave out ("Fiscal 2023 | Fiscal 2024 | Fiscal 2025" over eight quarters
        # whose "Q4 | Q1 | ..." line is not read): by order they would stand over the first columns, not theirs
        return
    for s, it in zip(slots, template):
        s.items.append(it)

