"""A balance-sheet row in the current or the noncurrent part is no element of both parts together
(scoring._WHOLE_OF_PARTS): "Long-term debt including obligations under finance leases" after "Total current
liabilities" is the noncurrent debt, not LongTermDebtAndCapitalLeaseObligationsIncludingCurrentMaturities, which filers'
"long-term debt and lease obligations, including current maturities" had found.

Lines of a real statement: MSC Industrial Direct Co., 10-Q filed 2025-07-01, condensed consolidated balance sheet
(SEC Financial Statement Data Sets, daily file of 2025-07-01, pre.txt; public domain)."""

from prxbrl.mapping.choose import Context, choose

MSC_BS = (
    "Cash and cash equivalents", "Accounts receivable, net of allowance for credit losses of $22,292 and $22,368, respectively",
    "Inventories", "Prepaid expenses and other current assets", "Total current assets", "Property, plant and equipment, net",
    "Goodwill", "Identifiable intangibles, net", "Operating lease assets", "Other assets", "Total assets",
    "Current portion of debt including obligations under finance leases", "Current portion of operating lease liabilities",
    "Accounts payable", "Accrued expenses and other current liabilities", "Total current liabilities",
    "Long-term debt including obligations under finance leases", "Noncurrent operating lease liabilities",
    "Deferred income taxes and tax uncertainties", "Total liabilities")


def _bs(label: str) -> str | None:
    at = MSC_BS.index(label)
    return choose(label, Context(statement="B", period="i", unit="money", labels=MSC_BS, position=at)).qname


def test_noncurrent_debt_is_no_debt_including_current_maturities():
    assert _bs("Long-term debt including obligations under finance leases") == "us-gaap:LongTermDebtAndCapitalLeaseObligations"


def test_the_current_part_keeps_its_element():
    assert _bs("Current portion of debt including obligations under finance leases") == "us-gaap:LongTermDebtAndCapitalLeaseObligationsCurrent"
    assert _bs("Noncurrent operating lease liabilities") == "us-gaap:OperatingLeaseLiabilityNoncurrent"
