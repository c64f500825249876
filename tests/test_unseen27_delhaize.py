"""Delhaize America Q3 2001 (EX-99.2, /work/unseen27/FINDINGS.md 2): a fixed-width statement whose line breaks were
lost, every header line and row on one line. The rule under the column headers is no part of the first row's label.
(The columns are not read yet: the percent-of-sales columns D% E% F% take the money columns' dates and every figure is
excluded ``columns_undistinguished``; the release gives no instance, so no wrong fact.)"""

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.extract import extract_file
from prxbrl.tables.rows import text_rows
from prxbrl.tables.text_detect import detect_tables

# line 2 of the exhibit as stored (sec.gov, Delhaize America 10-Q/8-K EX-99.2, 39 weeks ended Sept 29, 2001)
DELHAIZE_LINE = 'Pro forma 39 Weeks 39 Weeks 36 Weeks Sep 29,2001 Sep 30,2000 Sep 9,2000 (D) (E) (F) D% E% F% -------------------------------------------- --------------------------- Net sales and other revenues $11,152,237 $10,623,118 $8,185,224 100.00 100.00 100.00 Cost of goods sold 8,331,984 8,020,517 6,191,262 74.71 75.50 75.64 Selling and administrative expenses 2,303,564 2,164,422 1,609,009 20.65 20.38 19.66 Asset impairment provision - 26,961 26,961 0.00 0.25 0.33 Store closing provision 5,250 42,734 45,872 0.05 0.40 0.56 Merger expense 39,713 29,461 13,864 0.36 0.28 0.17 -------------------------------------------- --------------------------- Operating income 471,726 339,023 298,256 4.23 3.19 3.64 Interest expense 259,900 250,135 109,996 2.33 2.35 1.34 -------------------------------------------- --------------------------- Income before income taxes 211,826 88,888 188,260 1.90 0.84 2.30 Provision for income taxes 102,337 57,801 74,241 0.92 0.55 0.91 -------------------------------------------- --------------------------- Net income $109,489 $31,087 $114,019 0.98 0.29 1.39 ============================================ =========================== EBITDA (FIFO) $909,434 $809,809 $610,331 8.15 7.62 7.46'


def test_the_rule_under_the_column_headers_is_no_part_of_the_first_label():
    lines = ["CONSOLIDATED STATEMENTS OF INCOME (Unaudited) (Dollars in thousands)", DELHAIZE_LINE]
    raw = detect_tables(lines)
    rows = [r for t in raw for r in text_rows(t, lines)]
    data = [r for r in rows if r.kind == "data"]
    assert data[0].label == "Net sales and other revenues"
    assert [r.label for r in rows if r.kind == "text"][-1] == "(D) (E) (F) D% E% F%"
    assert [r.label for r in data][:4] == ["Net sales and other revenues", "Cost of goods sold",
                                           "Selling and administrative expenses", "Asset impairment provision"]


def test_percent_columns_beside_money_columns_give_no_fact_rather_than_instants(tmp_path):
    p = tmp_path / "delhaize.txt"
    p.write_text("CONSOLIDATED STATEMENTS OF INCOME (Unaudited) (Dollars in thousands)\n" + DELHAIZE_LINE + "\n", encoding="utf-8")
    with pytest.raises(PrxbrlError):
        extract_file(p)
