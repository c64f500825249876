"""The rows of a table under its header block: headings and the sections they open, line items and totals, and each
figure's period, unit and scale from its column, its row and the headings over it, or the reason it is not carried."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..knowledge import knowledge
from ..models import Cell, Column, LineItem, Period, Span
from ..periods import relative_part
from .cell_units import cell_unit
from .columns import cell_unit_words, in_stated_range, label_unit, row_period, stated_range, strip_marks
from .glued_marks import unglue
from .label_caption import unread_figures
from .label_tails import unbalanced
from .leaves import UNPLACED
from .not_items import not_a_line_item
from .rows import Row, VCell
from .point_grouping import points_for_commas
from .section_stack import (NAMES_NOTHING, Open, by_indent, counted_closes, heading_key, kind_within_class, other_side, part_of_whole,
                            total_of, variant_sibling)
from .scale_notes import exempted, is_scale_note as _scale_note, scale_of as _scale_of
from .totals import is_total
from .section_sums import named_totals, summed_section
from .slots import Context, Slot, fit_cells
from .text_cells import SERIAL_LEAD
from .year_columns import headed_balance, headed_length, row_period as year_row_period

_kn = knowledge()
_CURRENT_PART = re.compile(r"^\W*current\s+(?:assets|liabilities)\W*$", re.I)
_CLOSES_ALL = re.compile(_kn.raw["layout"]["closes_all_sections"], re.I)
_ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,3}[*\s]*")
# a basic/diluted pair of rows ("... shares used in computing ... Basic | 191,518,973" / "Diluted | 202,524,173")
_PAIR_FIRST = re.compile(r"\bbasic\W*$", re.I)
_PAIR_SECOND = re.compile(r"\s*diluted\W*", re.I)
_RATIO_LIST = re.compile(_kn.raw["units"]["ratio_lists"], re.I)
_SHARE_OF_TOTAL_ROW = re.compile(_kn.raw["units"]["share_of_total_rows"], re.I)
# units of things counted that a label names by a word of it ("stores", "contracts", "employees", "locations"): a
# row whose figures print a currency sign, or that stands under a heading of money, is money all the same (Amazon's
# "Net Sales" / "Online stores | $ | 55,392" / "Physical stores | 5,228": lines of net sales, not counts of stores)
_THINGS_COUNTED = frozenset({"Store", "Contract", "count", "people"})
# a count printed in a label: a figure of thousands ("2,798,124")
_COUNTS_PRINTED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
# what ends a label's head (``label_unit``): a heading after the label is read whole, and only its money words count
# (the label's own words still open the string its patterns anchor: "Employees (full-time ...)" under "Other")
_HEAD_BREAKS = re.compile(r"[\u2014\u2013,;:]|\s-\s")
# a line that only refers to notes: "(See Notes)", "(Note 3)", "See Note 4.", "(1)", "(a)"
_NOTE_ONLY = re.compile(r"^(?:\(\s*(?:see\s+)?notes?(?:\s+\d{1,2}[a-z]?)?\s*\)|\((?:\d{1,2}|[a-z])\)|see\s+notes?(?:\s+\d{1,2}[a-z]?)?\.?)$", re.I)
_MOST_SHARES = Decimal(10) ** 12  # no company has issued a trillion shares (the most: a few hundred billion)
RATIO_SCALE = "ratio_scale_undetermined"  # under a list of ratios none of whose rows prints "%": percent or ratio?

Excluded = list[tuple[VCell | tuple[str, Span], str]]  # cells not carried, with the reason


@dataclass(frozen=True)
class Frame:
    """What the header block, the title and the notes say of every row of a table."""

    tid: str
    slots: list[Slot]
    columns: list[Column]
    positional: bool  # columns by position (fixed-width text, HTML grids), not by order
    transposed: bool  # the rows are periods
    leaves: int | None  # more leaves in the header than figures in the rows (``leaves``)
    ctx: Context
    title: str | None
    forecast: bool  # the title speaks of a forecast
    table_scale: int | None
    share_scale: int | None
    people: bool  # the table counts people, no currency stated for it
    counted: str | None  # what the scale note says the figures count, neither a currency nor shares
    marks: frozenset[str]  # the footnote marks defined after the table
    exempt: tuple[str, ...] = ()  # kinds of line item the scale note exempts by name (``scale_notes.exempted_terms``)
    lead: str | None = None  # a part's heading in the label cell of a header row ([layout] lead_headings)
    misprinted: frozenset[int] = frozenset()  # figures whose point stands for a comma (``point_grouping``)


def read_rows(body: list[Row], frame: Frame) -> tuple[list[LineItem], Excluded, list[VCell], set[str]]:
    """The line items of the body's rows, the cells not carried, the footnote cells, and the ids of the items under a
    heading that speaks per share naming no unit (``place_per_share`` places them)."""
    tid, slots, positional, transposed, leaves, ctx, title, marks = (
        frame.tid, frame.slots, frame.positional, frame.transposed, frame.leaves, frame.ctx, frame.title, frame.marks)
    items: list[LineItem] = []
    excluded: list[tuple[VCell | tuple[str, Span], str]] = []
    footnotes: list[VCell] = []
    frame = replace(frame, misprinted=points_for_commas(body))
    # the rows under a header whose label cell names a part of the statement stand in that part (FIGS Q3 2025's balance
    # sheet continued on a page of its own: "| Current liabilities | September 30 | December 31 |")
    sections: list[Open] = [Open(frame.lead, 0)] if frame.lead else []
    per_share_context: set[str] = set()  # items under a title or heading that speaks per share, naming no unit
    last_heading: str | None = title
    n_items = 0
    prev_row: tuple[str, str | None] | None = None  # the label and unit of the data row before
    heading_open = False  # the row before is a heading that ends without a colon: a lower-case line continues it
    before_heading: list[Open] = []  # the sections before the last heading opened
    averaging = False  # under a heading of averages ([layout] averages_heading)
    percent_heading: str | None = None  # the innermost heading whose rows print "%" (``_percent_of_heading``)
    totals_named = named_totals([r.label.strip() for r in body if r.kind == "data"])  # (``section_sums``)
    text_keys = [heading_key(r.label) for r in body if r.kind == "text" and r.label.strip()]
    repeated_headings = frozenset(k for k in text_keys if text_keys.count(k) > 1)
    for r in body:
        if r.kind == "blank":
            continue
        if r.kind == "data" and label_unit(r.label) is not None and _notes_only(r, slots, positional):
            # "Basic and diluted earnings per share of face value ₹ 10 each (in ₹) | 34" (VRL Logistics FY2024): its
            # one figure refers to the notes, so the row heads the rows under it ("- from continuing operations") with
            # the unit it names (a row that names none, "Tax expense | 35", stays a line item: no heading's reach is
            # told by it)
            r = replace(r, kind="text", cells=[], fragments=[])
        if r.kind == "text":
            if r.years_only:
                continue
            label = r.label.strip()
            if not label:
                continue
            if _NOTE_ONLY.match(label):
                continue  # "(See Notes)" on a line of its own over the rows: a note reference, no heading naming them
            if unbalanced(SERIAL_LEAD.sub("", label)):  # "c) Changes in inventories (...)": a serial's ")" is balanced
                continue  # a piece of a label run on over lines ("2025 and December 31, 2024)"): no heading
            unread = unread_figures(r)
            if unread:
                excluded.extend((u, "not_a_figure") for u in unread)  # "Working capital ratio | 5.1:1": no heading
                continue
            if heading_open and label[:1].islower() and not SERIAL_LEAD.match(label) and items and sections and sections[-1].heading == items[-1].label:
                # "Adjustments to reconcile net income to net cash" / "provided by operating activities:": one heading
                joined = f"{items[-1].label} {label.rstrip(':').strip()}"
                sections[-1].heading = joined
                items[-1] = items[-1].model_copy(update={"label": joined})
                last_heading = joined
                heading_open = not label.endswith(":")
                continue
            sections = by_indent(sections, r.indent, positional)
            level = 0 if (label.isupper() or not sections or other_side(label, sections)) else 1
            if (k := variant_sibling(label, sections)) is not None:
                # "Diluted earnings per common share" after "Basic earnings per common share" (Healthcare Realty Q1
                # 2003): the other variant of the same heading, beside it, not inside it
                level, sections = sections[k].level, sections[:k]
            elif sections and (NAMES_NOTHING.match(label) or kind_within_class(label, sections, repeated_headings)):
                # "Attributable to:" under "Profit for the year / period" (IFB Industries Q3 FY2026): inside it, the
                # heading that names the measure shared out; so is "Financial Assets" under "Current Assets"
                level = sections[-1].level + 1
            # the rows after a heading of averages are averages, totals among them too, up to the next heading
            averaging = bool(_AVERAGES.search(label))
            before_heading = list(sections)  # (a data row may turn out to go on from this line: ``_GOES_ON``)
            sections = counted_closes(label, sections)  # at the level it stands at: a heading after it closes it
            if label.endswith(":") or label.isupper() or True:
                sections = [s for s in sections if s.level < level]
                sections.append(Open(label.rstrip(":").strip(), level, r.indent, start=len(items)))
            last_heading = label.rstrip(":").strip()
            heading_open = not label.endswith(":") and not label.isupper()
            prev_row = None
            n_items += 1
            items.append(
                LineItem(id=f"{tid}.r{n_items:03d}", label=label.rstrip(":").strip(), section=[s.heading for s in sections[:-1]], line=r.line, kind="heading")
            )
            continue
        if r.shared_label:  # one label cell for the figures of several rows: whose they are cannot be told
            excluded.extend((c, "label_spans_rows") for c in r.values)
            continue
        if not transposed and (why := not_a_line_item(r.label)):
            excluded.extend((c, why) for c in r.values)  # a date of a header row, prose (``not_items``)
            continue
        was_open, heading_open = heading_open, False
        if r.label.strip() and not is_total(r.label):
            # a total closes its own section (below); a row without a label stands at no indent ("| | 85,588 |", the
            # sum of Buckle's "OPERATING EXPENSES:" printed without its label, is that section's total)
            sections = by_indent(sections, r.indent, positional)
        n_items += 1
        iid = f"{tid}.r{n_items:03d}"
        label, glued_mark = unglue(r.label.strip(), marks)  # "Revenue1" over "1.See Note 2 ...": a footnote mark
        if (was_open and items and items[-1].kind == "heading" and sections and sections[-1].heading == items[-1].label
                and (_GOES_ON.match(label) or not label and r.values) and not SERIAL_LEAD.match(label)
                and not items[-1].label.endswith(("-", "\u2013", "\u2014"))):
            # the line above, no heading ending in a colon, is the start of this row's label: a row that is only a
            # parenthesis, or goes on with a dash and a figure or in lower case ("Fixed income securities, at fair
            # value" / "(amortized cost of $5,255,816 in 2002 and $4,955,542 in 2001) | 5,475,979", an insurer's
            # balance sheet of 2002 rendered one cell a line); or a row of figures without a label (a PDF's text that
            # printed the label's lines above its figures: Shin-Etsu FY2026's "Notes, accounts receivable-trade" / "and
            # contract assets" / "514,702  535,383", whose heading had made the allowance under it a receivable)
            label = f"{items.pop().label} {label}".strip()
            sections = before_heading
        label = _continued(label, prev_row[0] if prev_row and items and items[-1].kind != "heading" else None,
                           sections[-1].heading if sections else None)
        rperiod = row_period(label, ctx) if transposed else None
        mapping, fns, extra = fit_cells(r, slots, positional)
        footnotes.extend(fns)
        # flattened text: a row of fewer figures than columns that fit no value columns one each, or of more figures
        # than columns (``fit_cells``): which column each stands in is unknown
        fewer = not positional and not mapping and len(extra) < len(slots)
        more = "columns_exceeded" if not positional and not mapping and len(extra) > len(slots) else "cell_outside_columns"
        for c in extra:
            excluded.append((c, UNPLACED if leaves and fewer and slots[0].excluded == UNPLACED else "column_unknown" if fewer else more))
        row_unit = label_unit(label) or cell_unit_words(r.unit_cell)
        if row_unit == "shares" and _COUNTS_PRINTED.search(label) and r.values:
            # a label that prints the counts of shares itself ("Issued and outstanding shares - 2,798,124 and 2,741,312
            # as of June 30, 2026 and December 31, 2025 | — | —", Traeger Q2 2026's common stock): its figures are the
            # equity line's amount in the table's unit, no count of shares (the counts are read from the label)
            row_unit = None
        if row_unit in _THINGS_COUNTED and (any(c.amount is not None and c.amount.currency for c in r.cells)
                                            or any(label_unit(f"{label} {_HEAD_BREAKS.sub(' ', s.heading)}") is None for s in sections)):
            row_unit = None
        # "Shares outstanding (in thousands)"; "Optum Insight Contract Backlog (in billions) | $32.8"
        row_scale = _scale_of([label]) if row_unit in ("shares", "ADS", None) else None
        if row_scale is None and row_unit is None and frame.exempt and exempted(label, frame.exempt):
            row_scale = 0  # "ARPU: Global | 6.18" under "(in millions, except percentages and ARPU)": as printed
        unit_of_heading = False
        unit_heading: str | None = None
        # (the words of the label itself: not its serial number nor a currency in parentheses, "(a) Basic (in ₹)")
        words = len(_SERIAL_OR_CURRENCY.sub(" ", label).split())
        if sections and (row_unit is None or words <= 2):
            # "Basic" under "Shares used in computing earnings per share:"; a line under "EARNINGS PER SHARE"
            for heading in (s.heading for s in reversed(sections)):
                # a scale note or a column note read as a heading ("thousands except per share amounts",
                # "(per diluted share)") names no unit of the rows under it
                bare = SERIAL_LEAD.sub("", heading)  # "(XII) Earnings per equity share": no parenthetical note
                u = label_unit(bare) if not (_scale_note(bare) or bare.startswith("(")) else None
                u = None if u == "date" else u  # a heading that names a date names no unit of the rows under it
                if u in ("per_share", "per_ADS") and row_unit is None and (words > 2 or not _to_the_cent(r)):
                    # "Amortization of intangibles" under "Diluted net income per share": per share by the heading,
                    # money by the table's scale; the sums of the section tell (``place_per_share``). So is a short
                    # label not printed to the cent ("Operating Revenues | $2,721" after the rows of "Basic Earnings
                    # Per Share-", Southern Co's Financial Highlights)
                    per_share_context.add(iid)
                    break
                if u:
                    row_unit, unit_of_heading, unit_heading = u, True, heading
                    row_scale = _scale_of([heading]) if u in ("shares", "ADS") else None
                    break
                if len(heading.split()) > 2:
                    break  # only one-word sub-headings ("Basic", "Diluted") defer to the heading above them
        if row_unit in ("per_share", "per_ADS") and not unit_of_heading and sections and _whole_counts(r) \
                and label_unit(sections[-1].heading) in ("shares", "ADS"):
            # "Shares Used For:" / "Basic Earnings Per Share | 475,382" (a 2003 key-figures table): under a heading
            # that counts shares, a row naming the earnings per share they are used for, printed in whole numbers
            # without a currency, counts those shares (an amount per share is printed to the cent, with its sign)
            row_unit, unit_of_heading, unit_heading = label_unit(sections[-1].heading), True, sections[-1].heading
            row_scale = _scale_of([unit_heading])
        if unit_of_heading and row_unit in ("pure", "shares", "ADS") and any(c.amount is not None and c.amount.currency for c in r.cells):
            # a row that prints a currency sign under a heading of rates or counts is money ("Additional ratios:" ...
            # "Net investment income | $ | 23,156"; "Weighted average shares outstanding:" / "Basic" / "Diluted" / a
            # blank line / "Economic Earnings | $ | 3,377", Westwood Q4 2024, had been 3,377 shares), not a rate in
            # percentage points nor a count; the rows after it are out of the heading's reach ("Net investment gains
            # (losses) | (1,318 | )" prints no sign, nor a %)
            heading_unit = row_unit
            row_unit, unit_of_heading = label_unit(label), False
            row_unit = row_unit if row_unit not in ("pure", "shares", "ADS") else None
            row_scale = None
            sections = [s for s in sections if label_unit(s.heading) != heading_unit]
        if not unit_of_heading and _PAIR_SECOND.fullmatch(strip_marks(label)) and prev_row is not None and _PAIR_FIRST.search(prev_row[0]) \
                and prev_row[1] in ("shares", "ADS"):
            # "Weighted-average shares used to compute net income per share ... Basic | 191,518,973" / "Diluted |
            # 202,524,173": the second of a basic/diluted pair has the unit of the first (a heading and its first
            # sub-row read as one row), not the per-share unit "Diluted" alone names
            row_unit = prev_row[1]
        if _MINOR_UNIT.search(label) or (row_unit in ("per_share", "per_ADS") and unit_heading and _MINOR_UNIT.search(unit_heading)):
            # in cents or pence: a hundredth of the currency, per share ("Final dividend (RMB cents) | 1.5")
            row_unit = row_unit if row_unit in ("per_share", "per_ADS") else "per_share"
            row_scale = -2
        total_row = is_total(label) and not transposed
        if label.isupper() and sections and not total_row and not (unit_of_heading and (_ACRONYM.fullmatch(label) or words <= 2)):
            # an upper-case line closes the sections; not an acronym that takes its unit from the heading above it
            # ("GAAP" under "Diluted net income per share", with "Non-GAAP" after it), nor a variant's word ("BASIC",
            # "DILUTED" under American Tower's "WEIGHTED AVERAGE COMMON SHARES OUTSTANDING (in thousands):", whose
            # diluted count had been read in units)
            sections = []
        in_percent = None
        if unit_of_heading and row_unit == "pure" and unit_heading is not None and _RATIO_LIST.search(unit_heading):
            in_percent = "percent" if percent_heading == sections[-1].heading else RATIO_SCALE
        cells = _cells(mapping, label, rperiod, last_heading, row_unit, row_scale, unit_of_heading, frame, excluded, in_percent,
                       averaging and not transposed)
        if sections and r.values and all(c.amount is not None and c.amount.percent for c in r.values):
            percent_heading = sections[-1].heading  # "Net interest spread | 0.26 | %" under "Performance Ratios"
        item_sections = [s.heading for s in sections]
        if sections and not total_row and items and items[-1].kind == "heading" and items[-1].label == sections[-1].heading \
                and strip_marks(label).rstrip(":").strip().lower() == sections[-1].heading.lower():
            # "Revenues" (a heading) right over "Revenues | 29,881,814": the heading of that one line, which ends its
            # section; "Expenses" after it is no part of it
            sections = sections[:-1]
        named = total_of(label, sections) if total_row and not label.isupper() else None
        if named is not None:
            # "Total revenues" under "Revenues" and a heading opened after it ("(As adjusted)*", a header cell of
            # Erie Indemnity's Q1 2010 printed in the label column): it closes its own heading and those inside it
            sections = sections[:named]
        elif total_row and sections and not label.isupper() and part_of_whole(label, sections[-1].heading):
            pass  # "Total Current Assets" under "ASSETS": the total of the current part; the heading's rows go on after it
        elif total_row and sections and not label.isupper():
            sections = sections[:-1] if sections[-1].level > 0 or label.lower().startswith(("total", "consolidated")) else sections
        elif not strip_marks(label).strip() and sections and sections[-1].level > 0 and r.values and _CURRENT_PART.search(sections[-1].heading):
            # a row of figures with no label under a heading of a balance sheet's current part is that part's sum
            # ("Current liabilities:" ... "|  | 67,677 |": Computer Modelling Group Q3 FY2025): the rows after it stand
            # outside the heading (the noncurrent liabilities)
            sections = sections[:-1]
        elif not strip_marks(label).strip() and sections and r.values and all(s.start >= 0 for s in sections) \
                and (depth := summed_section([(s.heading, s.start) for s in sections], items, cells, totals_named)) is not None:
            sections = sections[:depth]  # "| | 2,844 |", the sum of the rows under "Revenues": its total (``section_sums``)
        items.append(
            LineItem(
                id=iid,
                label=label,
                section=item_sections,
                line=r.line,
                kind="total" if total_row else "item",
                unit=row_unit,
                footnotes=[f.text for f in fns] + ([glued_mark] if glued_mark else []),
                period=rperiod,
                cells=cells,
            )
        )
        prev_row = (label, row_unit)
        if (total_row and sections and label.isupper()) or _CLOSES_ALL.match(label):
            sections = []
    return items, excluded, footnotes, per_share_context


def _cells(mapping, label: str, rperiod: Period | None, last_heading: str | None, row_unit: str | None, row_scale: int | None,
           unit_of_heading: bool, frame: Frame, excluded: Excluded, in_percent: str | None = None, averaged: bool = False) -> list[Cell]:
    """The cells of a row's figures (``mapping``: each figure and its column), with their period, unit and scale; a
    figure whose period, currency or kind of amount cannot be told is added to ``excluded`` with the reason.

    ``in_percent``: the row stands under a heading that lists ratios ("Performance Ratios"); "percent" where a row of
    that section prints "%" (the sign printed on a section's first row stands for the rows under it), else
    ``RATIO_SCALE`` (percent or ratio is not told: a figure that prints no "%" is excluded). ``averaged``: the row
    stands under a heading of averages."""
    columns, slots, transposed, title, ctx = frame.columns, frame.slots, frame.transposed, frame.title, frame.ctx
    table_forecast, share_scale, table_scale, people, counted = (
        frame.forecast, frame.share_scale, frame.table_scale, frame.people, frame.counted)
    cells: list[Cell] = []
    stated = stated_range(label, ctx) if not transposed else None  # the days the row's label states, if any
    for c, ci in mapping:
        col = columns[ci]
        s = slots[ci]
        if c.empty:
            continue
        if s.excluded:
            excluded.append((c, s.excluded))
            continue
        if s.unnamed is not None and sum(1 for d, di in mapping if not d.empty and slots[di].unnamed == s.unnamed) > 1:
            excluded.append((c, "columns_undistinguished"))  # two figures of the row under columns named alike
            continue
        a = c.amount
        assert a is not None
        if a.currency and a.percent:
            # "$ 4,006 % of Total": an amount and the percent sign of the next line run together, neither money
            # nor a percentage for certain
            excluded.append((c, "unit_ambiguous"))
            continue
        period = col.period
        cell_label = label
        if transposed:
            cell_label = col.measure_label or last_heading or title or label
            period = rperiod
            if s.relative is not None and rperiod is not None:
                period = relative_part(s.relative, rperiod)
            if period is None:
                excluded.append((c, "no_period"))
                continue
            if table_forecast and not period.forecast:
                period = period.model_copy(update={"forecast": True})
        if period is None:
            excluded.append((c, "no_period"))
            continue
        if averaged:
            # under "Quarterly Averages:" ([layout] averages_heading): an average over the period, no balance at a date
            # and no flow
            excluded.append((c, "period_type_undetermined"))
            continue
        if period.per_row and not transposed:  # a year alone over a table that names no statement
            if (period := year_row_period(period, last_heading)) is None:
                excluded.append((c, "period_type_undetermined"))  # an average balance over the year
                continue
        elif not transposed and last_heading != title:
            period = headed_length(period, last_heading, ctx.calendar)  # "For the quarter ended:" over a date's column
            period = headed_balance(period, last_heading)  # "As of:" over a period's column
        if not transposed and (period := in_stated_range(period, stated)) is False:
            # "Net income after date of conversion, February 5 through March 31, 2007 | N/A | 21,395": the 2008
            # column's cell is no figure of the 2007 range (the 2007 one takes the range, not the quarter)
            excluded.append((c, "row_period_differs"))
            continue
        unit, scale, role = cell_unit(col, c, row_unit if not transposed else label_unit(cell_label), share_scale, table_scale, ctx, label,
                                       row_scale if not transposed else None)
        if unit is None:
            excluded.append((c, "currency_undetermined"))  # no table, cell or sentence states the currency
            continue
        if a.indian_grouping and "INR" not in (unit, ctx.reporting_currency) or id(c) in frame.misprinted:
            # "6,77,674" among six-digit thousands of dollars (Accenture FY2024's noncurrent liabilities, whose parts add
            # up to 6,777,674): lakhs and crores group the digits of a rupee release's figures (its share counts too); in
            # any other release the figure is misprinted; so is "337.310" among whole figures grouped by commas
            excluded.append((c, "digit_grouping"))
            continue
        if unit == "people" or (people and unit == ctx.reporting_currency and not a.currency):
            # a count of people: by its label, or under a title that counts them with no currency in sight
            excluded.append((c, "count_of_people"))
            continue
        if unit in ("count", "measure", "date"):
            # a count of things ("Paying Advertising Locations"), a physical quantity or a price per one ("Crude oil
            # (bbls/d)", "($/bbl)"): in no unit the filing declares
            excluded.append((c, "not_money"))
            continue
        if counted and unit == ctx.reporting_currency and not a.currency:
            excluded.append((c, "not_money"))  # measured in what the scale note names (KWHs), not in money
            continue
        if unit in ("shares", "ADS") and a.value is not None and abs(a.value).scaleb(scale) > _MOST_SHARES:
            # "Number of shares of treasury stock at term-end | 16,945,105" in a table whose money is in millions of
            # yen (Mitsubishi Gas Chemical FY2025): 17 trillion shares is no count any company has; which scale the
            # count is printed at is not known
            excluded.append((c, "scale_undetermined"))
            continue
        if unit == "pure" and role in ("value", "ratio") and _SHARE_OF_TOTAL_ROW.match(label):
            role = "percent_of_total"  # "% of net revenues" under a line item: that line's share of revenue (derived)
        if unit == "pure" and unit_of_heading and not a.percent and role not in ("percent_of_total", "yoy_percent", "ratio"):
            if in_percent == "percent":
                # "Net interest margin | 0.56" under "Performance Ratios", whose first row prints "0.26 | %": 0.0056
                scale, role = -2, "ratio"
            else:
                # under a rate ("Effective income tax rate:" / "Amortization of intangibles (0.7)"): a change of the
                # rate in percentage points, never an amount of money, nor a ratio of 0.7; under a list of ratios that
                # prints no "%": percent or ratio is not told
                excluded.append((c, in_percent or "percentage_points"))
                continue
        value = a.value
        if role == "convenience" and a.parenthesised and a.currency and value is not None and value < 0:
            value = -value  # "($410.3 million)": a translation in parentheses, not a negative
        cells.append(
            Cell(
                column=ci,
                raw=c.text,
                value=value,
                nil=a.nil,
                role=role,  # type: ignore[arg-type]
                period=period,
                unit=unit,
                scale=scale,
                decimals_printed=a.decimals,
                label=cell_label,
                dimension=col.dimension,
                span=c.span,
            )
        )
    return cells


_CENTS = re.compile(r"\d\.\d\d\)?$")


_MINOR_UNIT = re.compile(knowledge().raw["units"]["minor_units"], re.I)  # [units] minor_units
# a row's serial number before its label ("(a)", "(ii)", "1.") and a currency named in parentheses ("(in ₹)", "(₹)",
# "(Rs.)", "(in USD)")
_SERIAL_OR_CURRENCY = re.compile(SERIAL_LEAD.pattern + r"|\((?:in\s+)?(?:[$€£¥₹]|rs\.?|inr|usd|eur|gbp|jpy|sek)\)", re.I)


def _to_the_cent(r) -> bool:
    """Every figure of the row is printed to the cent, as an amount per share is ("$ 0.27"; not "$2,721")."""
    figures = [c.text.strip().rstrip("%*") for c in r.values if c.amount is not None and any(ch.isdigit() for ch in c.text)]
    return bool(figures) and all(_CENTS.search(f) for f in figures)


def _whole_counts(r) -> bool:
    """Every figure of the row is a whole number without a currency sign ("475,382"), as a count is."""
    figures = [c for c in r.values if c.amount is not None and any(ch.isdigit() for ch in c.text)]
    return bool(figures) and all(c.amount.currency is None and c.amount.decimals == 0 and not c.amount.percent
                                 and "." not in c.text for c in figures)


_AVERAGES = re.compile(knowledge().raw["layout"]["averages_heading"], re.IGNORECASE)  # [layout] averages_heading
_ESCAPED = re.compile(r"^-\s-\s+")  # EDGAR's "- -": an SGML text's escape of a line's leading dash
_CONTINUES = re.compile(r"^[-\u2013\u2014]\s+(?=\S)")
_SHARE_OF = re.compile(r"^(?:as an?\s+)?(?:%|percent(?:age)?)\s+of\b", re.I)  # "- % of net sales", "- as a percentage of revenue"
# a data row's label that goes on from the line above it: only a parenthesis, a dash and a figure, lower case
_GOES_ON = re.compile(r"^(?:\([^()]*(?:\([^()]*\)[^()]*)*\)$(?<!^\(\d\))(?<!^\([a-z]\))|[-\u2013\u2014]\s*\d|[a-z])")
_HEAD = re.compile(r"^(.*?\S)\s+[-\u2013\u2014]\s+\S")


def _notes_only(r: Row, slots: list[Slot], positional: bool) -> bool:
    """Whether every figure of a row stands in a column of references to the notes (``Slot.excluded``)."""
    mapping, _, extra = fit_cells(r, slots, positional)
    return bool(mapping) and not extra and all(slots[k].excluded == "note_reference" for _, k in mapping)


def _continued(label: str, before: str | None, heading: str | None) -> str:
    """A label that opens with a dash continues the line item of the row before or of the heading above it::

        Net Income - Excluding One-Time Items (See Notes)  $  180
          - As Reported                                    $  204     -> "Net Income - As Reported"
        Basic Earnings Per Share-(Notes)
        - - As Reported                                    $ 0.27     -> "Basic Earnings Per Share - As Reported"

    (Southern Co's Financial Highlights, an EDGAR 8-K of 2005). The row before names it by the words ahead of its
    own dash; else the heading does, when it ends with a dash (a colon is gone from a section's name by then).
    Otherwise the label stays as printed."""
    text = _ESCAPED.sub("- ", label)
    if not _CONTINUES.match(text):
        return label
    rest = _CONTINUES.sub("", text)
    head = None
    if before is not None and (m := _HEAD.match(before)):
        head = m.group(1)
    elif before is not None and before.strip() and _SHARE_OF.match(rest):
        # a share of the row before ("EBIT | 6.5" / "- % of net sales | 2.4", HKFoods FY2024, after each of its
        # measures): that measure's ratio, not one line item printed four times with four different figures
        head = before.strip()
    elif heading:
        h = re.sub(r"\([^)]*\)", "", heading).strip()
        if h.endswith(("-", "\u2013", "\u2014")):
            head = h.rstrip("-\u2013\u2014 ").strip() or None
    return f"{head} - {rest}" if head else label
