"""A cash flow whose label begins with one direction's action ("Proceeds from ...", "Net borrowings under ...";
"Purchases of ...", "Repayments of ...") is never an element named for the other direction alone, whatever filer once
labelled it so (signs.toml head_inflow / head_outflow, row_fit).

Lines of a real statement: Midland States Bancorp, Inc., 10-Q filed 2025-07-01, consolidated statement of cash flows
(SEC Financial Statement Data Sets, daily file of 2025-07-01, pre.txt; public domain). Its "Proceeds from sales of
investment securities available for sale" had been us-gaap:PaymentsToAcquireAvailableForSaleSecuritiesDebt, through
filers who labelled that payment "Investment securities available for sale" under a "Purchases:" heading."""

import pytest

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.signs import head_flow

MIDLAND_CF = (
    "Net income", "Provision for credit losses", "Depreciation on premises and equipment", "Amortization of intangible assets",
    "Share-based compensation expense", "Accrued interest receivable", "Other assets", "Accrued expenses and other liabilities",
    "Net cash provided by operating activities", "Purchases of investment securities available for sale",
    "Proceeds from sales of investment securities available for sale",
    "Maturities and payments on investment securities available for sale", "Purchases of equity securities",
    "Proceeds from sales of equity securities", "Net decrease (increase) in loans", "Purchases of premises and equipment",
    "Proceeds from sale of premises and equipment", "Net cash provided by (used in) investing activities",
    "Net (decrease) increase in deposits", "Proceeds from long-term FHLB borrowings",
    "Payments made on long-term FHLB borrowings and other borrowings", "Proceeds from issuance of preferred stock",
    "Cash dividends paid on common stock", "Common stock repurchased", "Net cash (used in) provided by financing activities",
    "Net decrease in cash and cash equivalents", "Beginning of period", "End of period")


def _cf(label: str) -> str | None:
    at = MIDLAND_CF.index(label)
    return choose(label, Context(statement="C", period="d", unit="money", labels=MIDLAND_CF, position=at)).qname


def test_proceeds_are_never_a_payment():
    got = _cf("Proceeds from sales of investment securities available for sale")
    assert got is not None and got.startswith("us-gaap:Proceeds"), got
    assert _cf("Purchases of investment securities available for sale") == "us-gaap:PaymentsToAcquireAvailableForSaleSecuritiesDebt"


@pytest.mark.parametrize("label, direction", [
    ("Proceeds from sales of investment securities available for sale", 1),
    ("Net borrowings under revolving line of credit", 1),
    ("Issuance of common stock", 1),
    ("Repayments of borrowings", -1),  # the head, not the borrowings it repays
    ("Purchases of premises and equipment", -1),
    ("Net repayments under warehouse facilities", -1),
    ("Proceeds from (repayments of) short-term debt", 0),  # both ways named
    ("Purchases, sales and maturities of short-term investments, net", 0),  # nets both ways
    ("Sales of investments, net of purchases", 0),
    ("Payments received on loans", 0),  # received: in
    ("Issuance of note receivable", 0),  # lending: issuing a receivable is paying
    ("Repayments from customers", 0),
    ("Debt issuance costs", 0),
    ("Maturities of securitized debt", 0),  # maturities of debt are paid, of investments received
    ("Purchase price adjustment related to the sale of oil and gas properties", 0),
    ("Net payments from employee stock plans", 0),
])
def test_the_direction_a_label_begins_with(label, direction):
    assert head_flow(label) == direction
