"""A label wrapped over rows of a pipe table, each line of it stopping mid-phrase, is one label (``rows._unfinished``).

Kimco Realty's Q4 2024 release (a pipe rendering of its HTML tables, never seen by the converter): its pre-tax income
was read under its last line alone ("and equity in income from other investments, net | 100,294") and became equity
method income; the par value of its preferred stock ("Aggregate liquidation preference $556,113 and $484,179,
respectively | 21") its liquidation preference; its common stock an extension named "Respectively"."""

from prxbrl.extract import extract_file

# lines 34-40 and 62-68 of the release
BALANCE_SHEET = [
    '|  | | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| Condensed Consolidated Balance Sheets | | | | | | | | |',
    '| (in thousands, except share data) | | | | | | | | |',
    '| (unaudited) | | | | | | | | |',
    '|  |  |  | | |  |  | | |',
    '|  |  | December 31, 2024 | | |  | December 31, 2023 | | |',
    "| Stockholders' Equity: | |  | | |  |  | | |",
    '|  | Preferred stock, $1.00 par value, authorized 7,054,000 shares; |  | | |  |  | | |',
    '|  | Issued and outstanding (in series) 20,806 and 19,367 shares, respectively; |  | | |  |  | | |',
    '|  | Aggregate liquidation preference $556,113 and $484,179, respectively |  | 21 |  |  |  | 19 |  |',
    '|  | Common stock, $.01 par value, authorized 1,500,000,000 and 750,000,000 shares, |  | | |  |  | | |',
    '|  | respectively; issued and outstanding 679,493,522 and 619,871,237 shares, respectively |  | 6,795 |  |  |  | 6,199 |  |',
    '|  | Paid-in capital |  | 11,033,485 |  |  |  | 9,638,494 |  |',
]
# lines 77-85 and 101-111 of the release
INCOME_STATEMENT = [
    '| Condensed Consolidated Statements of Income | | | | | | | | | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| (in thousands, except per share data) | | | | | | | | | | | | | | | |',
    '| (unaudited) | | | | | | | | | | | | | | | |',
    '|  |  | | |  |  | | |  |  | | |  |  | | |',
    '|  | Three Months Ended December 31, | | | | | | |  | Year Ended December 31, | | | | | | |',
    '|  |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |',
    '| Revenues |  | | |  |  | | |  |  | | |  |  | | |',
    '| Revenues from rental properties, net | $ | 521,064 |  |  | $ | 447,895 |  |  | $ | 2,019,065 |  |  | $ | 1,767,057 |  |',
    '| Other income/(expense) |  | | |  |  | | |  |  | | |  |  | | |',
    '| Special dividend income |  | - |  |  |  | - |  |  |  | - |  |  |  | 194,116 |  |',
    '| Other income, net |  | 17,652 |  |  |  | 20,880 |  |  |  | 57,605 |  |  |  | 39,960 |  |',
    '| (Loss)/gain on marketable securities, net |  | (66 | ) |  |  | 3,620 |  |  |  | (27,679 | ) |  |  | 21,262 |  |',
    '| Interest expense |  | (83,684 | ) |  |  | (67,797 | ) |  |  | (307,806 | ) |  |  | (250,201 | ) |',
    '| Income before income taxes, net, equity in income of joint ventures, net, |  | | |  |  | | |  |  | | |  |  | | |',
    '| and equity in income from other investments, net |  | 100,294 |  |  |  | 125,281 |  |  |  | 351,208 |  |  |  | 643,914 |  |',
    '|  |  | | |  |  | | |  |  | | |  |  | | |',
    '| Benefit/(provision) for income taxes, net |  | 46,938 |  |  |  | 175 |  |  |  | (25,417 | ) |  |  | (60,952 | ) |',
    '| Equity in income of joint ventures, net |  | 20,414 |  |  |  | 14,689 |  |  |  | 83,827 |  |  |  | 72,278 |  |',
    '| Equity in income of other investments, net |  | 353 |  |  |  | 1,968 |  |  |  | 9,821 |  |  |  | 10,709 |  |',
]


def _items(tmp_path, lines):
    src = tmp_path / "kim.md"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(r.label, [str(c.value) for c in r.cells]) for t in extract_file(src).tables for r in t.rows if r.cells]


def test_a_label_line_that_ends_with_a_comma_goes_on_in_lower_case(tmp_path):
    items = _items(tmp_path, INCOME_STATEMENT)
    label = ("Income before income taxes, net, equity in income of joint ventures, net, and equity in income from other "
             "investments, net")
    assert (label, ["100294", "125281", "351208", "643914"]) in items
    assert not any(lb.startswith("and equity") for lb, _ in items)
    # lines that end a label are not joined to the next ("Interest expense" after "... marketable securities, net")
    assert ("Interest expense", ["-83684", "-67797", "-307806", "-250201"]) in items


def test_label_lines_that_end_with_a_semicolon_go_on(tmp_path):
    items = dict(_items(tmp_path, BALANCE_SHEET))
    assert items["Preferred stock, $1.00 par value, authorized 7,054,000 shares; Issued and outstanding (in series) 20,806 "
                 "and 19,367 shares, respectively; Aggregate liquidation preference $556,113 and $484,179, respectively"] == ["21", "19"]
    assert items["Common stock, $.01 par value, authorized 1,500,000,000 and 750,000,000 shares, respectively; issued and "
                 "outstanding 679,493,522 and 619,871,237 shares, respectively"] == ["6795", "6199"]
    assert items["Paid-in capital"] == ["11033485", "9638494"]


def test_a_header_line_that_ends_with_a_comma_is_no_label(tmp_path):
    from prxbrl.tables.rows import Row, _unfinished

    def row(label):
        return Row(line=1, kind="text", label=label, label_span=None, cells=[])

    assert not _unfinished(row("Three Months Ended December 31,"), row("in thousands"))
    assert not _unfinished(row("Revenues,"), row("Net sales"))  # the next line starts a label of its own
    assert _unfinished(row("Common stock, $.01 par value, authorized 1,500,000,000 and 750,000,000 shares,"),
                       row("respectively; issued and outstanding 679,493,522 and 619,871,237 shares, respectively"))
