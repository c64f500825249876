"""A filer's label that names the "other" part of something ("Other divested businesses", us-gaap:
DisposalGroupIncludingDiscontinuedOperationRevenue in filers' revenue tables) is no reading of a label that names it
whole ("Total divested businesses") when the element's name says none of the label's words (coverage.unsaid). Sears'
second-quarter 2004 release, its 13-week summary of certain significant items: "Total divested businesses" closes the
rows under "Divested Businesses:" and is that member of the table's "Total"; the "Operating income (364)" above it is
the divested businesses' operating income, never the company's."""

from datetime import date
from decimal import Decimal

import pytest

from conftest import fact

RELEASE = """                                                                      Exhibit 99

                  Sears Reports Second Quarter 2004 Results

    HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck
and Co. (NYSE: S) today reported net income of $53 million, or $0.24 per share
on an average base of 216.5 million common equivalent shares, for the second
quarter ended July 3, 2004, compared with net income of $309 million, or $1.04
per share on an average base of 298.0 million common equivalent shares in the
second quarter of 2003.  The prior year results include the results of the
domestic Credit and Financial Products and National Tire & Battery (NTB)
businesses divested in the fourth quarter of 2003.

    SEARS, ROEBUCK AND CO.
    SUPPLEMENTAL INFORMATION - INVENTORY, STORE COUNT AND SUMMARY OF CERTAIN
     SIGNIFICANT ITEMS

    ($ in millions, except earnings per share)



    Summary of Certain Significant Items:(1)

                                   For the 13 Weeks     For the 13 Weeks
                                  Ended July 3, 2004   Ended June 28, 2003
                                            Earnings             Earnings
                                  Pretax   Per Share   Pretax    Per Share

    Negative carry related to
     Credit legacy debt             $19      $0.05     $   -      $    -

    Special Charges                  41       0.12        28        0.06

    Accelerated Depreciation
     resulting from CSC Purchased
     Services transaction            39       0.12         -           -

    Proforma effects on the
     prior year:
      Divested Businesses:
        Operating income              -         -       (364)      (0.78)
        Zero-percent financing
         costs                        -         -         60        0.13
        Pro forma revenues
         earned under Citigroup
         alliance                     -         -         40        0.09
        Total divested businesses     -         -       (264)      (0.56)

    Retirement plan accounting
     change (2)                       -         -         17        0.04

    Total                           $99      $0.29     $(219)     $(0.46)

    Average common equivalent
     shares outstanding                     216.5                  298.0

    (1) These items relate to the Company's initiatives to streamline its home
        office and field operations, the results of operations of divested
        businesses and the change in accounting for retirement plans.
        Management believes that consideration of these items in addition to
        reported results provides a better understanding of the Company's
"""
PRODUCT = "srt:ProductOrServiceAxis"
Q2_2003 = dict(start=date(2003, 3, 30), end=date(2003, 6, 28))


@pytest.fixture(scope="module")
def sears(tmp_path_factory):
    from prxbrl.pipeline import convert

    tmp = tmp_path_factory.mktemp("sears")
    src = tmp / "sears.txt"
    src.write_text(RELEASE)
    return convert(src, tmp / "out", validate=False)


def test_a_total_is_no_filers_other_part():
    from prxbrl.mapping.choose import Context, choose

    ch = choose("Total divested businesses", Context(statement=""), company=(), min_similarity=0.9)
    assert ch.qname is None
    assert "other" in ch.evidence[0]


def test_divested_businesses_operating_income_keeps_its_member(sears):
    """"Operating income (364)" under "Divested Businesses:" is us-gaap:OperatingIncomeLoss of the divested businesses
    (it was written without a member: the company's operating income); "Total divested businesses (264)" is that
    member of the table's total, no DisposalGroupIncludingDiscontinuedOperationRevenue."""
    f = sears.mapped.filing
    member = {PRODUCT: "s:DivestedBusinessesMember"}
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q2_2003, unit="USD", dims=member).value == Decimal("-364000000")
    assert not [x for x in f.facts if x.concept == "us-gaap:OperatingIncomeLoss" and not
                {c.id: c for c in f.contexts}[x.context].dims]
    assert not [x for x in f.facts if x.concept == "us-gaap:DisposalGroupIncludingDiscontinuedOperationRevenue"]
    total = [x for x in f.facts if x.value == Decimal("-264000000")]
    assert total and all({d.axis: d.member for d in {c.id: c for c in f.contexts}[x.context].dims} == member for x in total)
