"""A label whose words only qualify is read with its heading ("Current portion" under "Long-term debt"); a label
that is an element's name is a line item of its own. Lines of Computer Modelling Group's Q3 fiscal 2025 release
(statement of financial position: "| Current assets: |" over "| Cash | 39,731 |  | 63,083 |")."""

from __future__ import annotations

from prxbrl.mapping.choose import Context
from prxbrl.mapping.indexed import _qualifier_only, index_choice, qualified_label
from prxbrl.models import LineItem


def test_an_elements_name_is_no_qualifier():
    assert not _qualifier_only("Cash")  # us-gaap:Cash
    assert _qualifier_only("Other")
    assert _qualifier_only("Current portion")
    assert _qualifier_only("Basic")


def test_cash_under_current_assets_is_cash():
    """"Cash" under "Current assets:" had been read as "Current assets Cash", and found us-gaap:AssetsCurrent through
    filers' "current assets" (similarity 0.81): the company's cash as its total current assets."""
    item = LineItem(id="t06.r003", label="Cash", section=["Assets", "Current assets"], line=134)
    label = qualified_label(item, repeated=False)
    assert label == "Cash"
    ic = index_choice(label, item, "balance_sheet", Context(statement="B", period="i", unit="money", section=("Assets", "Current assets")), (), set())
    assert ic is not None and ic.concept == "us-gaap:Cash"
