"""A length of period in a header cell of its own, beside the dates it stands over.

A rendering that keeps a header's cells on one line ("|Quarter Ended:" / "|Sept 30, 2003" / "|Sept 30, 2002", a 2003
key-figures table) prints the spanning phrase as the first cell and the column dates after it: the length is every
date's, not the first date's alone (read as one text, "Quarter Ended Sept 30, 2003" took the length and left
"Sept 30, 2002" a point in time). A trailing colon ("Quarter Ended:", "Nine Months Ended:") closes the phrase; it is
still a column header, no heading of the rows.

A flattened header may print the length once with its first date and the other dates alone ("13 weeks ended August
1, 2015" | "August 2, 2014", one cell a line): each date ends a period of that length (``spread_duration``)."""

from __future__ import annotations

from ..periods import duration_of, find_period_exprs
from .headers import parse_header


def undated_length(text: str) -> bool:
    """The text is a length of period and nothing else, without its date ("Quarter Ended:", "Nine Months Ended",
    "Three Months Ended June 30,"): a phrase that spans the dated columns under or beside it."""
    items = parse_header(text.strip().rstrip(":").strip())
    return len(items) == 1 and items[0].kind == "period" and items[0].expr is not None \
        and duration_of(items[0].expr) is not None and items[0].expr.date() is None


def dated(text: str) -> bool:
    """A cell that is one date, or a month and day ("Sept 30, 2003", "June 30,") and nothing else."""
    items = parse_header(text)
    return len(items) == 1 and items[0].kind == "period" and items[0].expr is not None \
        and items[0].expr.kind in ("date", "month_day")


def spread_length(cells: list[str]) -> list[str] | None:
    """The column phrases of a header line whose first cell is a length without its date and whose other cells are
    dates ("Quarter Ended:" | "Sept 30, 2003" | "Sept 30, 2002"): the length before each date ("Quarter Ended Sept 30,
    2003", "Quarter Ended Sept 30, 2002"). None for any other line."""
    if len(cells) < 3 or not undated_length(cells[0]) or not all(dated(c) for c in cells[1:]):
        return None
    lead = cells[0].strip().rstrip(":").strip()
    if parse_header(lead)[0].expr.groups.get("md"):
        return None  # "Three Months Ended June 30," beside full dates: which day is whose is not for this reading
    return [f"{lead} {c.strip()}" for c in cells[1:]]


def _day(text: str) -> bool:
    items = parse_header(text)
    return len(items) == 1 and items[0].kind == "period" and items[0].expr is not None and items[0].expr.kind == "month_day"


def pair_length_lines(read: list[list[str]]) -> list[list[str]]:
    """Header cells wrapped a line at a time, each length over its day ("|Three Months Ended" / "June 30," /
    "|Six Months Ended" / "June 30," over "|2003 |2002 |2003 |2002", cik1053507 Q2 2003): each length with the day under
    it is one phrase, the phrases one line ("Three Months Ended June 30," | "Six Months Ended June 30,"). Two such
    pairs or more, one after the other; a single pair already stacks over every column."""
    out: list[list[str]] = []
    k = 0
    while k < len(read):
        j, pairs = k, []
        while j + 1 < len(read) and len(read[j]) == 1 and len(read[j + 1]) == 1 and undated_length(read[j][0]) \
                and not parse_header(read[j][0])[0].expr.groups.get("md") and _day(read[j + 1][0]):
            pairs.append(f"{read[j][0].strip()} {read[j + 1][0].strip()}")
            j += 2
        if len(pairs) >= 2:
            out.append(pairs)
            k = j
            continue
        out.append(read[k])
        k += 1
    return out


_ENDED = ("months_ended", "weeks_ended", "fiscal_year_ended")


def spread_duration(read: list[list[str]]) -> list[list[str]]:
    """A line whose first phrase is a period ended on a date and whose other phrases are dates alone ("13 weeks ended
    August 1, 2015" | "August 2, 2014", one cell a line, the duration printed once over both dates): each date is the
    end of a period of that length. The duration is the words before the first date."""
    out = []
    for phrases in read:
        if len(phrases) > 1:
            first = find_period_exprs(phrases[0])
            rest = [find_period_exprs(p) for p in phrases[1:]]
            if (len(first) == 1 and first[0].kind in _ENDED and first[0].start == 0 and first[0].end == len(phrases[0].rstrip())
                    and all(len(e) == 1 and e[0].kind == "date" and e[0].start == 0 and e[0].end == len(p.rstrip())
                            for e, p in zip(rest, phrases[1:]))):
                head = phrases[0][: phrases[0].index(first[0].groups["date"])].strip()
                phrases = [phrases[0]] + [f"{head} {p}" for p in phrases[1:]]
        out.append(phrases)
    return out


def spread_lone_length(lines: list[list[tuple]]) -> list[list[tuple]]:
    """HTML header lines of (phrase, columns): a line whose one phrase is a length without its date, in the cell over
    the first of a line of dates below it ("For the Three Months Ended" over "June 30, 2026 | March 31, 2026 | ... |
    June 30, 2025": Bank of South Carolina Q2 2026), stands over every date of that line, as a cell spanning them would.
    Not where the line below prints anything but dates, or the length stands over another column than the first."""
    out = list(lines)
    for k in range(len(out) - 1):
        line, below = out[k], out[k + 1]
        if len(line) != 1 or len(below) < 2 or not undated_length(line[0][0].text):
            continue
        if not all(dated(q.text) for q, _ in below) or set(line[0][1]) != set(below[0][1]):
            continue
        out[k] = [(line[0][0], tuple(sorted({c for _, cs in below for c in cs})))]
    return out
