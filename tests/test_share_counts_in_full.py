"""A table of an amount, a share count and the amount per share under "(in thousands, except per share data)" whose
share count is printed in full (Palomar Q4 2024, "Diluted adjusted earnings per share", a release never seen before):
the amount per share is the amount over the count as printed, so the count is not in thousands; and the amount,
printed in whole thousands beside the per-share figures printed to the cent, is money, not an undetermined unit."""

from test_unseen10_mapping import _facts  # convert a fixture, its facts-plain rows


def test_a_share_count_printed_in_full_under_a_thousands_note(tmp_path):
    facts = _facts(tmp_path, "palomar-q4-2024-adjusted-eps.md")
    shares = {(r["period_start"], r["value"]) for r in facts if r["unit"] == "xbrli:shares"}
    assert ("2024-10-01", "27206225") in shares and ("2023-01-01", "25327091") in shares
    assert not [v for _, v in shares if len(v) > 9]
    amount = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Adjusted net income"}
    assert ("2024-10-01", "41292000") in amount and ("2024-01-01", "133511000") in amount
    eps = {(r["period_start"], r["value"]) for r in facts if r["unit"].endswith("/xbrli:shares")}
    assert ("2024-10-01", "1.52") in eps


def test_a_count_in_thousands_stays_in_thousands():
    """Apple's statement prints shares in thousands ("15,204,137") beside net income in millions and EPS 2.18: the
    arithmetic holds with the count scaled, and the scale stays."""
    from decimal import Decimal

    from prxbrl.models import Cell, LineItem, Span
    from prxbrl.tables.share_scale import unscaled_share_counts

    def cell(v, unit, scale, dec=0):
        return Cell(column=0, raw=str(v), value=Decimal(v), unit=unit, scale=scale, decimals_printed=dec, label="x",
                    span=Span(line=1, start=0, end=1))

    rows = [LineItem(id="r1", label="Net income", line=1, cells=[cell("33916", "USD", 6)]),
            LineItem(id="r2", label="Diluted", line=2, cells=[cell("15509763", "shares", 3)]),
            LineItem(id="r3", label="Diluted", line=3, cells=[cell("2.18", "USD/shares", 0, 2)])]
    assert unscaled_share_counts(rows)[1].cells[0].scale == 3
