"""Share counts and par values a balance sheet prints inside the labels of its equity lines: "Common stock, $0.0001
par value, 500,000,000 shares authorized, 26,529,402 and 24,772,987 shares issued and outstanding as of December 31,
2024 and December 31, 2023, respectively | 3 | 3" (Palomar Q4 2024) states, beside the amount of the row, the par value
per share, the shares authorized, issued and outstanding at each of the balance sheet's dates. Each is a line item of
its own here ("Common stock, shares issued"), which the mapping names as filers do (CommonStockSharesIssued).

A figure is placed in a column only where the label says which: by a date it names that a column ends on, by as many
figures as the balance sheet has dates (in the columns' order, as "respectively" says), or by one figure for every
date where it is the shares authorized or a par value, which no date qualifies. Anything else stays a number of the
label (the ledger's ``label_number``): a count is never given to a date the label does not tie it to.

The scale of a count: a word that states it ("2.5 billion and 300.0 million authorized"), else the scale the table's
note gives its share counts ("except share data"), else the table's scale (Amazon's "(in millions, except per share
data)" over "100,000 shares authorized"). Where the row prints its amount and the label its par value and its issued
shares, the product tells which of the scales the count is printed in. A count printed in full (seven digits or
more) under a scale nothing confirms is left out, as a scale that cannot be determined."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..knowledge import compiled
from ..models import Cell, Column, LineItem, Span
from ..periods import mask_dates, parse_date
from ..tokens import FOOTNOTE_REF, NUMERIC_TOKEN, parse_amount

_ENTITY = re.compile(r"&#?\w+;|<[^>]*>")
# the line item: what stands before the first comma, semicolon, colon or parenthesis ("Class A common stock")
_HEAD = re.compile(r"^\s*(?:less[:\s]\s*)?(?P<head>[^,;:(\[]+)", re.I)
_STOCK = re.compile(r"\b(?:stock|shares?)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])\$?\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(?![\w,]*\d)")
# the scale words printed after an amount ("2.5 billion"): [units] suffixes
_SCALE_WORDS = [(re.compile(rf"\s*(?:{pat.pattern})s?\b", re.I), int(entry["scale"])) for pat, entry in compiled("units", "suffixes")
                if "scale" in entry]
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$", re.I)
_PAR = [re.compile(r"\$\s?(?P<v>\d*\.?\d+)\s+(?:per\s+share\s+)?(?:par|stated)\s+value", re.I),
        re.compile(r"(?:par|stated)\s+value(?:\s+of)?\s*\$\s?(?P<v>\d*\.?\d+)", re.I)]
_COUNT_WORD = r"(?:(?:common|preferred|ordinary|voting|non-?voting|class\s+[a-z])\s+)?(?:shares?|stock)"
_AFTER = re.compile(rf"\s*(?:{_COUNT_WORD}\s+)?(?:of\s+[a-z ]+?\s+)?(?P<kw>issued\s+(?:and|&)\s+outstanding|issued|outstanding|"
                    r"authori[sz]ed|held(?:\s+in\s+treasury)?|in\s+treasury)\b", re.I)
_BARE_SHARES = re.compile(rf"\s*{_COUNT_WORD}\b", re.I)
_BEFORE = re.compile(r"\b(?P<kw>authori[sz]ed|issued\s+(?:and|&)\s+outstanding|issued|outstanding)\s*[:;,\-\u2013]?\s*$", re.I)
# words that may stand between a count and the date it is at ("shares held as of", "issued shares at")
_FILLER = re.compile(r"^(?:\s|,|\band\b|\bas\b|\bof\b|\bat\b|\bon\b|\bboth\b|\bfor\b|\bthe\b|\bshares?\b|\bheld\b|\bissued\b|"
                     r"\boutstanding\b|\brespectively\b|\bin\b|\btreasury\b|\b(?:re)?purchased\b|\breacquired\b)*$", re.I)
_DATE_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|,?\s*respectively\s*,?\s*and\s+)$", re.I)
_YEAR = re.compile(r"(?<![\w,.$])(?:19|20)\d\d(?![\w,])")
_CLAUSE_END = re.compile(r";|\.\s+(?=[A-Z0-9])")
_MEASURES = {"authorized": "shares authorized", "issued": "shares issued", "outstanding": "shares outstanding",
             "held": "shares", "par": "par value"}
FULL_DIGITS = 7  # a count printed with this many digits is printed in full, save where the table says otherwise


@dataclass
class _Number:
    start: int
    end: int  # after a scale word that follows it
    value: Decimal
    decimals: int
    scale: int | None  # stated by a word after it
    token: tuple[str, Span] | None = None


@dataclass
class _Group:
    numbers: list[_Number]
    kinds: tuple[str, ...] = ()
    dates: list[date] = field(default_factory=list)


def _kind(head: str) -> str | None:
    low = head.lower()
    if not _STOCK.search(low) or re.search(r"\b(?:per|weighted|average|options?|warrants?|units?|awards?)\b", low):
        return None
    if "treasury" in low:
        return "treasury"
    if re.search(r"\bprefer(?:red|ence)\b", low):
        return "preferred"
    if re.search(r"\b(?:common|ordinary|capital)\b|\bclass\s+[a-z0-9]\b", low):
        return "common"
    return None


def _prefix(head: str) -> str:
    """The line item's name up to its "stock" or "shares" ("Common stock and additional paid-in capital": "Common stock")."""
    m = _STOCK.search(head)
    return head[: m.end()].strip() if m else head.strip()


def _source_tokens(lines: list[str], span: Span, grid: bool) -> list[tuple[str, Span, str]]:
    """The numeric tokens of the label's source stretch, each with its digits. A text label: its span, as the ledger
    reads it. An HTML label cell: from its span's start to the cell's end tag, over the lines the cell's text wraps
    over (a span holds one line), tags and entities ("&#58;") blanked."""
    out = []
    for no, lo, seg in (_cell_stretch(lines, span) if grid else [(span.line, span.start, _line(lines, span.line)[span.start : span.end])]):
        if grid:
            seg = _ENTITY.sub(lambda m: " " * len(m.group(0)), seg)
        for m in NUMERIC_TOKEN.finditer(seg):
            text = m.group(0)
            if FOOTNOTE_REF.match(text):
                continue
            if digits := re.sub(r"\D", "", text):
                out.append((text, Span(line=no, start=lo + m.start(), end=lo + m.end()), digits))
    return out


def _line(lines: list[str], no: int) -> str:
    return lines[no - 1] if 0 < no <= len(lines) else ""


_CELL_END = re.compile(r"</t[dh]\b", re.I)
_CELL_LINES = 20  # lines an HTML label cell's text may wrap over


def _cell_stretch(lines: list[str], span: Span) -> list[tuple[int, int, str]]:
    """(line, offset, text) of an HTML cell from its span's start to its end tag."""
    out = []
    for no in range(span.line, min(span.line + _CELL_LINES, len(lines) + 1)):
        line = _line(lines, no)
        lo = span.start if no == span.line else 0
        end = _CELL_END.search(line, lo)
        out.append((no, lo, line[lo : end.start() if end else len(line)]))
        if end:
            return out
    return []


def _numbers(label: str) -> list[_Number]:
    dates = mask_dates(label)
    years = [m.span() for m in _YEAR.finditer(label)]
    out = []
    for m in _NUMBER.finditer(label):
        s, e = m.span("n")
        if any(a <= s < b for a, b in dates) or any(a <= s < b for a, b in years):
            continue
        text = m.group("n")
        value = Decimal(text.replace(",", ""))
        decimals = len(text.partition(".")[2])
        end, scale = e, None
        if (w := next(((m, sc) for pat, sc in _SCALE_WORDS if (m := pat.match(label, e)) is not None), None)) is not None:
            end, scale = w[0].end(), w[1]
        out.append(_Number(s, end, value, decimals, scale))
    return out


def _date_run(text: str, dates: list[tuple[int, int]], offset: int) -> tuple[list[date], int] | None:
    """The dates ``text`` opens with, after words that may stand before them ("as of December 31, 2024 and December
    31, 2023", "at June 28, 2026", "December 31, 2024 and 2023"): the dates and where the run ends."""
    inside = sorted((a - offset, b - offset) for a, b in dates if offset <= a < offset + len(text))
    years = [(m.start(), m.end()) for m in _YEAR.finditer(text) if not any(a <= m.start() < b for a, b in inside)]
    marks = sorted([(a, b, "date") for a, b in inside] + [(a, b, "year") for a, b in years])
    if not marks or not _FILLER.match(text[: marks[0][0]]) or marks[0][2] != "date":
        return None
    got: list[date] = []
    end = 0
    for a, b, what in marks:
        if got and not _DATE_SEP.match(text[end:a]):
            break
        if what == "date":
            d = parse_date(text[a:b])
            if d is None:
                return None
        else:
            d = _same_day(got[-1], int(text[a:b])) if got else None
            if d is None:
                break
        got.append(d)
        end = b
    return got, end


def _same_day(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:
        return None


def _groups(label: str, numbers: list[_Number], kind: str) -> list[_Group]:
    """The label's counts, each run of figures ("11,108 and 11,202") with what it counts and the dates it is at."""
    dates = mask_dates(label)
    runs: list[list[_Number]] = []
    for n in numbers:
        if runs and _SEPARATOR.match(label[runs[-1][-1].end : n.start]):
            runs[-1].append(n)
        else:
            runs.append([n])
    out: list[_Group] = []
    pending: list[_Group] = []
    clause_start = 0
    for k, run in enumerate(runs):
        start, end = run[0].start, run[-1].end
        nxt = runs[k + 1][0].start if k + 1 < len(runs) else len(label)
        if (c := _last_clause_end(label, clause_start, start)) is not None:
            pending, clause_start = [], c
        kinds: tuple[str, ...] = ()
        after = _AFTER.match(label, end)
        if after is not None and after.end() <= nxt:
            kinds = _kinds(after.group("kw"))
            tail_at = after.end()
        elif (before := _BEFORE.search(label, runs[k - 1][-1].end if k else 0, start)) is not None:
            kinds = _kinds(before.group("kw"))  # "authorized 18,000,000 shares", "issued and outstanding; 50,773,796 shares"
            tail_at = (b.end() if (b := _BARE_SHARES.match(label, end)) is not None else end)
        elif kind == "treasury" and (b := _BARE_SHARES.match(label, end)) is not None:
            kinds, tail_at = ("held",), b.end()
        elif (out and out[-1].numbers[0] is runs[k - 1][0] and (b := _BARE_SHARES.match(label, end)) is not None
              and _date_run(label[b.end() : nxt], dates, b.end()) is not None):
            # "..., 50,445,186 shares at February 3, 2024, and 50,445,386 shares at October 28, 2023" after a count
            # of issued shares at a date: more of the same, each at its date
            kinds, tail_at = out[-1].kinds, b.end()
        else:
            continue
        if kind == "treasury" and kinds != ("held",):
            continue
        if kind != "treasury" and kinds == ("held",):
            continue
        g = _Group(run, kinds)
        out.append(g)
        tail = label[tail_at:nxt]
        stop = _CLAUSE_END.search(tail)
        run_at = _date_run(tail[: stop.start()] if stop else tail, dates, tail_at)
        if run_at is not None:
            for p in pending + [g]:
                p.dates = run_at[0]
            pending = []
        elif "authorized" not in kinds:
            pending.append(g)
    return out


def _kinds(keyword: str) -> tuple[str, ...]:
    kw = keyword.lower()
    if "issued" in kw and "outstanding" in kw:
        return ("issued", "outstanding")
    if "held" in kw or "treasury" in kw:
        return ("held",)
    return ("authorized",) if kw.startswith("authori") else (kw,)


def _last_clause_end(label: str, lo: int, hi: int) -> int | None:
    ends = [m.end() for m in _CLAUSE_END.finditer(label, lo) if m.end() <= hi]
    return ends[-1] if ends else None


def _placed(group: _Group, cols: list[Column]) -> dict[int, _Number]:
    """The columns of a group's figures, or none where the label does not tie them to the balance sheet's dates."""
    n = group.numbers
    if group.dates:
        by_date = {c.period.end: c.index for c in cols}  # type: ignore[union-attr]
        if len(n) == len(group.dates):
            return {by_date[d]: x for d, x in zip(group.dates, n) if d in by_date}
        if len(n) == 1:
            return {by_date[d]: n[0] for d in group.dates if d in by_date}
        return {}
    if len(n) == len(cols):
        return {c.index: x for c, x in zip(cols, n)}
    if len(n) == 1 and (group.kinds == ("authorized",) or len(cols) == 1):
        return {c.index: n[0] for c in cols}
    return {}


def _confirmed(scale: int, par: Decimal, issued: _Number, amount: Cell) -> bool:
    """Whether par value times the issued shares at ``scale`` is the row's amount, to its printed precision."""
    if amount.value is None:
        return False
    got = par * issued.value.scaleb(scale)
    step = Decimal(1).scaleb(amount.scale - amount.decimals_printed)
    return abs(got - amount.value.scaleb(amount.scale)) <= step / 2 + par


def _confirmed_scale(default: int, table_scale: int, par: Decimal | None, issued: dict[int, _Number],
                     amounts: dict[int, Cell]) -> int | None:
    """The one scale of the label's counts at which par value times the issued shares is the row's amount in every
    column that prints both, or None."""
    checks = [(issued[c], amounts[c]) for c in issued if c in amounts and amounts[c].value] if par else []
    # (thousands and millions too, whatever the note says: American Tower's "(in millions, except share count ...)"
    # over "EQUITY (shares in thousands):" and "$0.01 par value; ... 478,388 ... shares issued | 4.8", whose counts the
    # table's millions had made 478 billion shares)
    fits = {s for s in {default, 0, 3, 6, table_scale} if checks and all(_confirmed(s, par, i, a) for i, a in checks)}  # type: ignore[arg-type]
    return fits.pop() if len(fits) == 1 else None


def _count_scale(num: _Number, default: int, confirmed: int | None, stated: bool) -> int | None:
    """A count's scale: the word after it, the scale par value and the row's amount confirm, else the default, save a
    count printed in full under a scale no note on shares states (None: excluded)."""
    if num.scale is not None:
        return num.scale
    if confirmed is not None:
        return confirmed
    if default > 0 and not stated and num.value >= 10 ** (FULL_DIGITS - 1):
        return None
    return default


def label_share_items(items: list[LineItem], label_spans: list[tuple[int, str, Span]], columns: list[Column], share_scale: int | None,
                      table_scale: int | None, lines: list[str], grid: bool) -> tuple[list[LineItem], list[tuple[tuple[str, Span], str]]]:
    """The table's line items with the counts and par values its equity labels print, as line items of their own after
    the table's rows; and the figures whose scale cannot be determined (excluded). ``label_spans``: the line, the
    label and the source stretch of the label of each row read (an HTML release may print every row on one line)."""
    values = [c for c in columns if c.role == "value"]
    cols = [c for c in values if c.period is not None and c.period.kind == "instant" and not c.period.forecast and c.dimension is None]
    if not cols or len(cols) != len(values) or len({c.period.end for c in cols}) != len(cols):  # type: ignore[union-attr]
        return items, []
    currency = {c.unit for it in items for c in it.cells if c.role == "value" and c.unit and re.fullmatch(r"[A-Z]{3}", c.unit)}
    currency_code = next(iter(currency)) if len(currency) == 1 else None
    added: list[LineItem] = []
    unsure: list[tuple[tuple[str, Span], str]] = []
    for item in items:
        if item.kind != "item":
            continue
        m = _HEAD.match(item.label)
        kind = _kind(m.group("head")) if m else None
        if kind is None:
            continue
        numbers = _numbers(item.label)
        if not numbers:
            continue
        span = _label_span(item, label_spans)
        if span is None:
            continue
        tokens = _source_tokens(lines, span, grid)
        printed = _label_tokens(item.label)
        if [d for _, _, d in tokens] != [d for _, d in printed]:
            continue  # the label is not the source stretch's text (joined from lines, marks taken out): not read
        _attach(numbers, [at for at, _ in printed], tokens)
        got, excluded = _read(item, kind, numbers, cols, currency_code, share_scale, table_scale)
        added.extend(got)
        unsure.extend(excluded)
    return items + added, unsure


def _label_span(item: LineItem, rows: list[tuple[int, str, Span]]) -> Span | None:
    """The source stretch of the item's label: the row's on its line, the one whose label it is where several are."""
    here = [(label, span) for line, label, span in rows if line == item.line]
    if len(here) > 1:
        key = " ".join(item.label.split())[:40]
        here = [(label, span) for label, span in here if " ".join(label.split()).startswith(key)]
    return here[0][1] if len(here) == 1 else None


def _label_tokens(label: str) -> list[tuple[int, str]]:
    """Where each numeric token of the label starts, with its digits (footnote marks aside), as ``_source_tokens``."""
    return [(m.start(), digits) for m in NUMERIC_TOKEN.finditer(label)
            if not FOOTNOTE_REF.match(m.group(0)) and (digits := re.sub(r"\D", "", m.group(0)))]


def _attach(numbers: list[_Number], starts: list[int], tokens: list[tuple[str, Span, str]]) -> None:
    """Each figure of the label with the source token it was read from (the label's tokens, starting at ``starts``, are
    the source's, in order)."""
    for n in numbers:
        k = next((i for i, s in enumerate(starts) if s <= n.start < s + 40 and (i + 1 == len(starts) or starts[i + 1] > n.start)), None)
        if k is not None and k < len(tokens):
            n.token = (tokens[k][0], tokens[k][1])


def _read(item: LineItem, kind: str, numbers: list[_Number], cols: list[Column], currency: str | None,
          share_scale: int | None, table_scale: int | None) -> tuple[list[LineItem], list[tuple[tuple[str, Span], str]]]:
    label = item.label
    prefix = _prefix(_HEAD.match(label).group("head"))  # type: ignore[union-attr]
    par: _Number | None = None
    for pat in _PAR:
        if (pm := pat.search(label)) is not None:
            par = next((n for n in numbers if n.start <= pm.start("v") < n.end), None)
            break
    rest = [n for n in numbers if n is not par]
    groups = _groups(label, rest, kind)
    amounts = {c.column: c for c in item.cells if c.role == "value" and c.value is not None and c.unit == currency}
    by_measure: dict[str, dict[int, tuple[_Number, int | None]]] = {}
    excluded: list[tuple[tuple[str, Span], str]] = []
    placed = [(g, _placed(g, cols)) for g in groups]
    issued = {col: n for g, at in placed if "issued" in g.kinds for col, n in at.items()}
    stated = share_scale is not None
    default = share_scale if share_scale is not None else (table_scale or 0)
    confirmed = _confirmed_scale(default, table_scale or 0, par.value if par else None, issued, amounts)
    for g, at in placed:
        for col, num in at.items():
            scale = _count_scale(num, default, confirmed, stated)
            if scale is None:
                if num.token is not None:
                    excluded.append((num.token, "scale_undetermined"))
                continue
            for k in g.kinds:
                seen = by_measure.setdefault(k, {})
                if col in seen and (seen[col][1] is None or seen[col][0].value.scaleb(seen[col][1]) != num.value.scaleb(scale)):
                    seen[col] = (num, None)  # two figures for one date: neither is kept
                else:
                    seen[col] = (num, scale)
    # the par value in the currency its token prints ("$0.01"), the table's where it is that one
    printed = parse_amount(par.token[0].lstrip("(").rstrip(",;:.)")) if par is not None and par.token is not None else None
    par_currency = printed.currency if printed is not None else None
    if par is not None and kind != "treasury" and par_currency is not None and par_currency == currency:
        by_measure["par"] = {c.index: (par, 0) for c in cols}
    out: list[LineItem] = []
    for k, measure in enumerate(m for m in _MEASURES if m in by_measure):
        unit = f"{currency}/shares" if measure == "par" else "shares"
        name = f"{prefix}, {_MEASURES[measure]}"
        cells = []
        for col in cols:
            if col.index not in by_measure[measure]:
                continue
            num, scale = by_measure[measure][col.index]
            if scale is None or num.token is None:
                continue
            raw, span = num.token
            cells.append(Cell(column=col.index, raw=raw, value=num.value, period=col.period, unit=unit, scale=scale,
                              decimals_printed=num.decimals, label=name, span=span))
        if cells:
            out.append(LineItem(id=f"{item.id}.s{k + 1}", label=name, section=item.section, line=item.line,
                                unit="per_share" if measure == "par" else "shares", cells=cells))
    return out, excluded
