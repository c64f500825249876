"""Printed amounts and the split of a flattened line into label and cells."""

from decimal import Decimal

import pytest

from prxbrl.tables.text_detect import split_line
from prxbrl.tokens import canonical, parse_amount


@pytest.mark.parametrize(
    "text,value,flags",
    [
        ("1,234", Decimal("1234"), {}),
        ("(1,234)", Decimal("-1234"), {"parenthesised": True}),
        ("(16,720,092)", Decimal("-16720092"), {}),
        ("$ 26,741", Decimal("26741"), {"currency": "USD"}),
        ("$16,403", Decimal("16403"), {"currency": "USD"}),
        ("$  (806)", Decimal("-806"), {"currency": "USD"}),
        ("JPY34,272", Decimal("34272"), {"currency": "JPY"}),
        ("¥1,250", Decimal("1250"), {"currency": "JPY"}),
        ("6.2%", Decimal("6.2"), {"percent": True, "decimals": 1}),
        ("(3.6%)", Decimal("-3.6"), {"percent": True}),
        ("4,241.14", Decimal("4241.14"), {"decimals": 2}),
        ("0.0", Decimal("0.0"), {}),
        ("2003*", Decimal("2003"), {}),
    ],
)
def test_amounts(text, value, flags):
    a = parse_amount(text)
    assert a is not None and a.value == value and not a.nil
    for k, v in flags.items():
        assert getattr(a, k) == v


@pytest.mark.parametrize("text", ["--", "—", "-", "–", "$ -", "$    -"])
def test_nil_marks(text):
    a = parse_amount(text)
    assert a is not None and a.nil and a.value is None


@pytest.mark.parametrize("text,zero", [("--", True), ("—", True), ("$ -", True), ("$—", True), ("(—)", True),
                                       ("n/a", False), ("NM", False), ("*", False), ("1,234", False)])
def test_dash_is_zero_not_applicable_is_nil(text, zero):
    from prxbrl.tokens import dash_is_zero

    assert dash_is_zero(text) is zero


@pytest.mark.parametrize("text", ["1.2E+7", "(-99Mbps)", "abc", "12,34", "(12", "1,2345"])
def test_not_amounts(text):
    assert parse_amount(text) is None


def test_canonical_never_has_an_exponent():
    assert canonical(Decimal("1.2E+7")) == "12000000"
    assert canonical(Decimal("-0")) == "0"
    assert canonical(Decimal("1E-3")) == "0.001"
    assert canonical(Decimal("4241.14")) == "4241.14"
    assert canonical(Decimal("2163732") * 1000) == "2163732000"


def test_footnote_marker_is_a_separate_cell():
    line = split_line(38, "      Network Services 2 18,304 20,686 13.0")
    assert line.kind == "data" and line.label == "Network Services"
    assert [c[0] for c in line.cells] == ["2", "18,304", "20,686", "13.0"]


def test_numbers_inside_labels_stay_in_the_label():
    line = split_line(88, "       IP Service (100Mbps-999Mbps) 228 271 43")
    assert line.label == "IP Service (100Mbps-999Mbps)"
    assert [c[0] for c in line.cells] == ["228", "271", "43"]
    line = split_line(87, "       IP Service (-99Mbps) 926 919 (7)")
    assert line.label == "IP Service (-99Mbps)"
    assert [c[0] for c in line.cells] == ["926", "919", "(7)"]


def test_dates_end_the_label_not_the_cells():
    text = (
        "      Common-stock—authorized, 377,600 shares; issued and outstanding, 206,478 shares at March 31, 2010 "
        "and September 30, 2010 16,833,847 32.9 201,531 16,833,847 25.5"
    )
    line = split_line(306, text)
    assert line.label.endswith("September 30, 2010")
    assert [c[0] for c in line.cells] == ["16,833,847", "32.9", "201,531", "16,833,847", "25.5"]


def test_nbsp_placeholders_are_empty_cells():
    line = split_line(258, "      Cash and cash equivalents 8,764,415 \u00a0 112,631 9,408,031 \u00a0")
    assert [c[0] for c in line.cells] == ["8,764,415", "\u00a0", "112,631", "9,408,031", "\u00a0"]


def test_unit_and_scale_suffixes_stay_with_their_amount():
    line = split_line(98, "      Total Contracted Bandwidth 619.8 Gbps 702.5 Gbps 82.7 Gbps")
    assert [c[0] for c in line.cells] == ["619.8 Gbps", "702.5 Gbps", "82.7 Gbps"]
    line = split_line(8, "Revenues JPY34,272 million ($410.3 million) JPY32,300 million")
    assert [c[0] for c in line.cells] == ["JPY34,272 million", "($410.3 million)", "JPY32,300 million"]


def test_prose_ending_in_a_number_is_not_a_row():
    line = split_line(8, "quarter ended July 3, 2004, compared with net income of $309 million, or $1.04")
    assert line.kind != "data"
    line = split_line(7, "on an average base of 216.5 million common equivalent shares, for the second 2")
    assert line.kind == "prose"
    # an exhibit's caption on a line of its own is page furniture, no row "Exhibit" of 99.1 (it closed a table read
    # out of the notes above it in Southern Company's Q4 2006 exhibits: southern:Exhibit = 99.04 USD)
    assert split_line(1, "Exhibit 99.1").kind == "text"


def test_fixed_width_cells_with_spaced_currency():
    line = split_line(235, "    NET INCOME/ (LOSS)                   $  53   $  309   $  (806)  $   501")
    assert line.label == "NET INCOME/ (LOSS)"
    assert [parse_amount(c[0]).value for c in line.cells] == [53, 309, -806, 501]
