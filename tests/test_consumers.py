"""The tools people use read the outputs right: edgartools renders the statements with the release's values.

edgartools keeps only en-US labels (as SEC filings write them) and groups facts by concept and period: with
convenience translations in contexts of their own (prx:ConvenienceTranslationAxis) the home-currency rows
hold home-currency values only.
"""

from __future__ import annotations

import warnings

import pytest

from conftest import EXAMPLE

edgar_xbrl = pytest.importorskip("edgar.xbrl", reason="edgartools is installed by the test extra")


@pytest.fixture(scope="module")
def example_out(tmp_path_factory):
    from prxbrl.pipeline import convert

    out = tmp_path_factory.mktemp("edgar-iij")
    convert(EXAMPLE, out, formats=["xml"], validate=False)
    return out


def _frame(xbrl, statement: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        st = getattr(xbrl.statements, statement)()
        assert st is not None, statement
        df = st.to_dataframe(include_unit=True)
    periods = [c for c in df.columns if c[:1].isdigit()]
    main = df[(~df["dimension"].astype(bool)) & (~df["abstract"].astype(bool))]
    return main, periods


def _row(main, periods, concept: str) -> dict[str, float]:
    r = main[main["concept"] == concept.replace(":", "_")]
    assert len(r) >= 1, concept
    return {p: r[p].iloc[0] for p in periods}


def test_edgartools_statements_of_the_example(example_out):
    x = edgar_xbrl.XBRL.from_directory(str(example_out))
    inc, periods = _frame(x, "income_statement")
    assert set(inc["unit"]) <= {"jpy", "shares", "perShare", "ads"}, set(inc["unit"])  # no USD row
    rev = _row(inc, periods, "us-gaap:Revenues")
    # line 341: "Total revenues 32,275,024 100.0 410,297 34,272,080 100.0" (six months, thousands of yen; USD 410,297)
    assert rev["2010-09-30 (YTD)"] == 34_272_080_000 and rev["2009-09-30 (YTD)"] == 32_275_024_000
    ni = _row(inc, periods, "us-gaap:NetIncomeLoss")
    assert ni["2010-09-30 (YTD)"] == 859_277_000 and ni["2009-09-30 (YTD)"] == 715_387_000

    bs, periods = _frame(x, "balance_sheet")
    assert set(bs["unit"]) == {"jpy"}
    assets = _row(bs, periods, "us-gaap:Assets")
    assert assets["2010-09-30"] == 65_922_787_000 and assets["2010-03-31"] == 51_115_450_000  # line 283

    cf, periods = _frame(x, "cashflow_statement")
    assert set(cf["unit"]) == {"jpy"}
    ops = _row(cf, periods, "us-gaap:NetCashProvidedByUsedInOperatingActivities")
    assert ops["2010-09-30 (YTD)"] == 5_108_574_000 and ops["2009-09-30 (YTD)"] == 4_792_214_000  # line 411
