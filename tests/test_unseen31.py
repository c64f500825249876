"""Releases the converter had never seen (unseen31-37), their wrong facts each at its mechanism.

- Parks! America Q1 FY2025 (GLOBE NEWSWIRE via Reuters, zhigehe/bulwark@c076fd03a4b0ac563749293a0224ab82e9a0701a:
  content/en/news/tradingview/tagreuters.com,2025-02-07newsml_GNX9r2FbS0.en.md, lines 32-88): segment assets in three
  blocks of the same rows.
- Reddit Q2 2026 (8-K text, davespinelli/Claude-Space@167c6381a4aac52d8afb3be77b66bf862f14254a:research/deepvalue/
  filings/RDDT/8-K_2026-07-30_2-02-results.md, lines 143-151 and 228-251): financial highlights; key metrics "(in
  millions, except percentages and ARPU)".
- Yelp Q2 2026 (8-K text, davespinelli/Claude-Space@083f5f14d51bc67140a6cdbbebe956fc7ae6f111:research/deepvalue/filings/
  YELP/8-K_2026-08-06_2-02-results.md, lines 254-278, 369-373 and 401-403): its operating cash flows; its shareholder letter, one page per line, each page
  opening with the running header "Ye lp Q 2 20 26" and its page of pages.
- Byrna Technologies Q4 FY2024 (GLOBE NEWSWIRE via Reuters, zhigehe/bulwark@4576aa309808d01961cbb7aa2708caf077d6847e:
  content/news/tradingview/tagreuters.com,2025-02-07newsml_GNXXy77N0.en.md, lines 122-141): its statement of operations.
- FIGS Q3 2025 (markdown of the IR page, yasser-ensembl3/Quarterly-results@cec1be9bee2ac6f1bb08b8b4f4741322fdf67e8d:
  data/markdown/Q3/FIGS/FIGS, Inc. - FIGS Releases Third Quarter 2025 Financial Results.md, lines 65-72 and 111-125 of
  its balance sheet; lines 93-107, its liabilities continued on a page of their own; lines 237-260, free cash flow
  and key operating metrics).
- Etsy Q3 2025 (yasser-ensembl3/Quarterly-results@cec1be9bee2ac6f1bb08b8b4f4741322fdf67e8d:data/markdown/Q3/Etsy/Etsy,
  Inc. Reports Third Quarter 2025 Results.md, lines 262-286 and 370-379): its statement of operations and the
  stock-based compensation by line item.
- eBay Q3 2025 (yasser-ensembl3/Quarterly-results@cec1be9bee2ac6f1bb08b8b4f4741322fdf67e8d:data/markdown/Q3/Ebay/
  eBay-Q3-2025-Earnings-Press-Release-Final.md, lines 524-534 and 536-549): its summary of net revenues by quarter, with footnotes' figures under the marked total.
- Wayfair Q3 2025 (yasser-ensembl3/Quarterly-results@cec1be9bee2ac6f1bb08b8b4f4741322fdf67e8d:data/
  markdown/Q3/Wayfair/Wayfair-Announces-Third-Quarter-2025-Results-Reports-Substantial-Growth-in-Orders-Delivered-and-Profitability-2025.md, lines 40-62 and 154-186): key financial statement and operating metrics; its statement of operations.
- Glaston FY2024 (Cision via Reuters, zhigehe/bulwark@9ed84fedf1d1bf9723ea3feb215d54f6f3ba9157:content/en/news/
  tradingview/tagreuters.com,2025-02-14newsml_Wkr4qLjzP0.en.md, lines 81-92): key figures with "comparability1)"."""

from conftest import plain_facts

from prxbrl.mapping.rules import normalize
from prxbrl.tables.run_on import running_header, running_header_end
from prxbrl.tables.scale_notes import exempted_terms

PARKS = """\
**Year-to-Date Fiscal 2025 Segment Financial Results**

The Company manages its operations on an individual location basis. Financial information regarding each of the Company’s reportable segments is summarized in the tables below.

|  | For the three months ended | | | | | |  |
| --- | --- | --- | --- | --- | --- | --- | --- |
|  | December 29, 2024 | |  |  | December 31, 2023 | |  |
| Total revenues: |  |  |  |  |  |  |  |
| Georgia | $ | 1,110,718 |  |  | $ | 1,240,010 |  |
| Missouri |  | 289,761 |  |  |  | 241,721 |  |
| Texas |  | 369,979 |  |  |  | 415,894 |  |
| Consolidated | $ | 1,770,458 |  |  | $ | 1,897,625 |  |
| Income (loss) before income taxes: |  |  |  |  |  |  |  |
| Georgia | $ | 333,946 |  |  | $ | 365,842 |  |
| Missouri |  | (49,228 | ) |  |  | (106,768 | ) |
| Texas |  | (51,999 | ) |  |  | (36,025 | ) |
| Segment income |  | 232,719 |  |  |  | 223,049 |  |
| Corporate expenses |  | 270,352 |  |  |  | 317,686 |  |
| Depreciation and amortization |  | 208,548 |  |  |  | 223,203 |  |
| (Gain) loss on asset disposals, net |  | (52 | ) |  |  | 14,417 |  |
| Contested proxy and related matters, net |  | (567,157 | ) |  |  | 126,640 |  |
| Other (income), net |  | (13,382 | ) |  |  | (35,887 | ) |
| Interest expense |  | 57,469 |  |  |  | 51,445 |  |
| Consolidated | $ | 276,941 |  |  | $ | (474,455 | ) |
|  | For the three months ended | | | | | |  |
|  |  | December 29, 2024 |  |  |  | December 31, 2023 |  |
| Depreciation and amortization: |  |  |  |  |  |  |  |
| Georgia | $ | 89,416 |  |  | $ | 91,389 |  |
| Missouri |  | 53,778 |  |  |  | 56,400 |  |
| Texas |  | 64,940 |  |  |  | 75,000 |  |
| Corporate |  | 414 |  |  |  | 414 |  |
| Consolidated | $ | 208,548 |  |  | $ | 223,203 |  |
| Capital expenditures |  |  |  |  |  |  |  |
| Georgia | $ | 495,776 |  |  | $ | 90,677 |  |
| Missouri |  | 7,900 |  |  |  | 14,774 |  |
| Texas |  | 97,800 |  |  |  | 124,715 |  |
| Consolidated | $ | 601,476 |  |  | $ | 230,166 |  |
|  | As of | | | | | |  |
|  |  | December 29, 2024 |  |  |  | September 29, 2024 |  |
| Total assets: |  |  |  |  |  |  |  |
| Georgia | $ | 7,574,529 |  |  | $ | 7,520,918 |  |
| Missouri |  | 3,032,986 |  |  |  | 3,399,324 |  |
| Texas |  | 7,818,685 |  |  |  | 7,812,661 |  |
| Corporate |  | 274,338 |  |  |  | 461,168 |  |
| Consolidated | $ | 18,700,538 |  |  | $ | 19,194,071 |  |
| Total cash & short-term investments: |  |  |  |  |  |  |  |
| Georgia | $ | 1,512,002 |  |  | $ | 1,800,623 |  |
| Missouri |  | 557,188 |  |  |  | 870,918 |  |
| Texas |  | 539,323 |  |  |  | 570,122 |  |
| Corporate |  | 52,689 |  |  |  | 82,705 |  |
| Consolidated | $ | 2,661,202 |  |  | $ | 3,324,368 |  |
| Asset less cash & short-term investments: |  |  |  |  |  |  |  |
| Georgia | $ | 6,062,527 |  |  | $ | 5,720,295 |  |
| Missouri |  | 2,475,798 |  |  |  | 2,528,406 |  |
| Texas |  | 7,279,362 |  |  |  | 7,242,539 |  |
| Corporate |  | 221,649 |  |  |  | 378,463 |  |
| Consolidated | $ | 16,039,336 |  |  | $ | 15,869,703 |  |
"""

REDDIT_HIGHLIGHTS = """\
Second Quarter 2026 Financial Highlights

Three months ended June 30,
(in millions, except percentages and per share amounts; unaudited) | 2026 | 2025 | % Change
Revenue | 805 | 500 | 61%
U.S. | 638 | 409 | 56%
International | 167 | 91 | 84%
GAAP gross margin | 91.3 | % | 90.8 | %
Net income | 253 | 89 | 183%
"""

REDDIT = """\
Reddit, Inc. Key Operating Metrics by Geography (in millions, except percentages and ARPU) (unaudited)

Three months ended June 30, | Six months ended June 30,
2026 | 2025 | % Change | 2026 | 2025 | % Change
Revenue: Global | 804.9 | 499.6 | 61 | % | 1,468.3 | 892.0 | 65 | %
Revenue: U.S. | 638.1 | 408.8 | 56 | % | 1,163.7 | 722.7 | 61 | %
Revenue: International | 166.8 | 90.8 | 84 | % | 304.6 | 169.3 | 80 | %
Three months ended June 30,
2026 | 2025 | % Change
DAUq: Global | 130.3 | 110.4 | 18 | %
DAUq: U.S. | 53.2 | 50.3 | 6 | %
DAUq: International | 77.1 | 60.1 | 28 | %
Logged-in DAUq: Global | 52.6 | 49.3 | 7 | %
Logged-in DAUq: U.S. | 23.1 | 22.9 | 1 | %
Logged-in DAUq: International | 29.5 | 26.4 | 12 | %
Logged-out DAUq: Global | 77.7 | 61.1 | 27 | %
Logged-out DAUq: U.S. | 30.1 | 27.4 | 10 | %
Logged-out DAUq: International | 47.6 | 33.7 | 41 | %
WAUq: Global | 514.6 | 416.4 | 24 | %
WAUq: U.S. | 197.2 | 181.0 | 9 | %
WAUq: International | 317.4 | 235.4 | 35 | %
ARPU: Global | 6.18 | 4.53 | 36 | %
ARPU: U.S. | 11.85 | 7.87 | 51 | %
ARPU: International | 2.26 | 1.73 | 31 | %
"""

YELP_PAGES = """\
Ye lp Q 2 20 26 2 23 Note: Amounts reported in this letter, including margins, are rounded. The year-over-year percentage changes are calculated based on reported financial statements and metrics and, accordingly, may not recalculate using the rounded amounts presented. Refer to "Key Financial and Operational Metrics" for metric definitions. 1 Refer to "Non-GAAP Financial Measures" and "Reconciliation of GAAP to Non-GAAP Financial Measures" below for further details, including definitions of each "non-GAAP measure" presented, and a reconciliation of the "non-GAAP measures" presented to the most directly comparable measures prepared under generally accepted accounting principles in the United States ("GAAP"). ² Yelp has not reconciled its adjusted EBITDA outlook to net income (loss) under GAAP because it does not provide an outlook for GAAP net income (loss) due to the uncertainty and potential variability of other income (expense), net and provision for (benefit from) income taxes, which are reconciling items between adjusted EBITDA and GAAP net income (loss). Because Yelp cannot reasonably predict such items, a reconciliation of the non-GAAP financial measure outlook to the corresponding GAAP measure is not available without unreasonable effort. We caution, however, that such items could have a significant impact on the calculation of GAAP net income (loss). For more information regarding the non-GAAP financial measures discussed in this release, please see "Non-GAAP Financial Measures" and "Reconciliation of GAAP to Non-GAAP Financial Measures" below. Second Quarter 2026 Financial Highlights > Net revenue was $376 million, up 1% from the second quarter of 2025 and $8 million above the high end of our second quarter outlook range, primarily driven by 98% year-over-year growth in other revenue, partially offset by a 3% year-over-year decrease in advertising revenue. > Net income was $32 million, or $0.57 per diluted share, compared to net income of $44 million, or $0.67 per diluted share, in the second quarter of 2025. Net income margin decreased three percentage points from the second quarter of 2025 to 8%. > Adjusted EBITDA¹ was $91 million, a decrease of $9 million, or 9%, compared to the second quarter of 2025 and $16 million above the high end of our outlook range. Adjusted EBITDA margin1 decreased three percentage points from the second quarter of 2025 to 24%. > Cash provided by operating activities was $76 million during the second quarter, and we ended the quarter with cash and cash equivalents of $94 million. > In the second quarter, we repurchased 2.0 million shares at an aggregate cost of $50 million. > We continue to believe in the long-term opportunities ahead and our team's ability to capture them. In 2026, we now expect net revenue to be in the range of $1.460 billion to $1.470 billion and adjusted EBITDA to be in the range of $315 million to $325 million.2 19% 17% Net Revenue +1% $370M $376M 2Q25 2Q26 Average CPC, y/y +1% 2Q25 2Q26 Paying Advertising Locations -1% 515k 510k 2Q25 2Q26 Services RR&O Adjusted EBITDA¹ -9% $100M $91M 2Q25 2Q26 M ar gi n 27% 24%8% 7% M ar gi n Net Income -28% $44M $32M 2Q25 2Q26 812% Ad Clicks, y/y -5% 2Q25 2Q26

Ye lp Q 2 20 26 3 23 Dear fellow shareholders, Yelp continued to advance its AI transformation in the second quarter, as our team made local discovery more conversational, delivered tools to help businesses succeed, and expanded the reach of our trusted content through new partnerships. We are pleased by the progress of our initiatives and the meaningful signs of improvement that emerged across several key metrics. At the same time, consumers and local businesses continued to face a challenging economic environment. Yelp delivered modest revenue growth in the second quarter, with broad strength in other revenue offsetting softness in advertising revenue. While we anticipate these economic headwinds will persist into the second half of the year, we are encouraged by recent operational trends on Yelp and remain confident that our strategic initiatives will continue to transform Yelp and position us to drive long-term profitable growth. +2 ppt 3% 4% 2Q22 2Q23 Net Income Margin

Ye lp Q 2 20 26 4 23 Q2 Results Net revenue increased by 1% year over year to $376 million, $8 million above the high end of our outlook range. Net income decreased by 28% year over year to $32 million, representing an 8% net income margin. Adjusted EBITDA decreased by 9% year over year to $91 million, $16 million above the high end of our outlook range, representing a 24% adjusted EBITDA margin. Underlying our top line results, advertising revenue from Services businesses was flat year over year at $241 million, despite a slight increase in ad clicks in these categories. Advertiser demand remained stable, with both paying advertising locations and average revenue per location¹ flat compared to the second quarter of 2025. Together with increased consumer engagement, this drove a modest decrease in average cost-per-click ("CPC"). Advertising revenue from Restaurants, Retail & Other ("RR&O") businesses decreased by 10% year over year, driven by decreases in ad clicks and average CPC. These results, as well as decreases in both RR&O paying advertising locations and average revenue per location, reflect the challenging operating environment for local businesses in these categories and, to a lesser extent, competitive pressures from food ordering and delivery providers. However, ad clicks, average CPC and paying advertising locations in RR&O improved compared to the first quarter of 2026. Total paying advertising locations decreased by 1% year over year, while average revenue per location decreased slightly. Ad clicks decreased by 5% year over year in the second quarter, driven by fewer clicks in RR&O categories. Average CPC increased by 1% as Services ad clicks, which generally have higher CPCs than RR&O categories, comprised a greater portion of total ad clicks compared to the prior-year period. Other revenue accelerated from the first quarter, increasing by 98% year over year to a record $33 million, driven by the inclusion of revenue from Hatchify Inc. ("Hatch"), as well as significant growth in revenue from data licensing and food ordering. 1 Services or RR&O advertising revenue divided by Services or RR&O paying advertising locations, respectively, as applicable. +0% $241M $241M 2Q25 2Q26 Advertising Revenue Services -10% $113M $102M 2Q25 2Q26 RR&O +98% $17M $33M 2Q25 2Q26 Other Revenue Net Revenue +1% $370M $376M 2Q25 2Q26

Ye lp Q 2 20 26 18 23 Condensed Consolidated Statements of Operations (In thousands, except per share data; unaudited) Three Months Ended June 30, Six Months Ended June 30, 2026 2025 2026 2025 Net revenue $ 375,519 $ 370,394 $ 736,976 $ 728,928 Costs and expenses: Cost of revenue¹ 41,776 35,447 80,185 70,275 Sales and marketing¹ 153,562 144,612 306,572 290,896 Product development¹ 70,468 78,362 147,625 162,267 General and administrative¹ 47,865 46,318 97,215 98,025 Depreciation and amortization 18,118 12,365 34,351 24,715 Total costs and expenses 331,789 317,104 665,948 646,178 Income from operations 43,730 53,290 71,028 82,750 Other income, net 733 5,695 3,319 11,466 Income before income taxes 44,463 58,985 74,347 94,216 Provision for income taxes 12,811 14,896 24,960 25,736 Net income attributable to common stockholders $ 31,652 $ 44,089 $ 49,387 $ 68,480 Net income per share attributable to common stockholders: Basic $ 0.57 $ 0.69 $ 0.87 $ 1.06 Diluted $ 0.57 $ 0.67 $ 0.86 $ 1.03 Weighted-average shares used to compute net income per share attributable to common stockholders: Basic 55,305 64,145 57,051 64,700 Diluted 55,726 65,683 57,630 66,610 ¹ Includes stock-based compensation expense as follows: Three Months Ended June 30, Six Months Ended June 30, 2026 2025 2026 2025 Cost of revenue $ 1,242 $ 1,070 $ 2,382 $ 2,241 Sales and marketing 6,082 7,295 12,536 14,934 Product development 10,671 17,846 25,381 37,255 General and administrative 7,754 8,564 15,957 17,814 Total stock-based compensation $ 25,749 $ 34,775 $ 56,256 $ 72,244

Ye lp Q 2 20 26 19 23 Condensed Consolidated Statements of Cash Flows (In thousands; unaudited) Six Months Ended June 30, 2026 2025 Operating Activities Net income $ 49,387 $ 68,480 Adjustments to reconcile net income to net cash provided by operating activities: Depreciation and amortization 34,351 24,715 Provision for credit losses 18,005 22,562 Stock-based compensation 56,256 72,244 Amortization of right-of-use assets 3,002 6,715 Deferred income taxes 20,426 (2,968) Amortization of deferred contract cost 11,047 12,035 Other adjustments, net 2,474 1,471 Changes in operating assets and liabilities, net of acquisition: Accounts receivable (22,091) (23,935) Prepaid expenses and other assets (24,070) (14,540) Operating lease liabilities (4,355) (15,396) Accounts payable, accrued liabilities and other liabilities (10,794) 4,646 Net cash provided by operating activities 133,638 156,029 Investing Activities Purchases of marketable securities (5,975) (37,201) Sales and maturities of marketable securities 109,293 34,769 Purchases of other investments (650) (700) Maturities of other investments 5,000 — Acquisition, net of cash received (263,600) — Purchases of property, equipment and software (27,409) (23,555) Other investing activities 75 67 Net cash used in investing activities (183,266) (26,620) Financing Activities Proceeds from issuance of common stock for employee stock-based plans 19,476 12,023 Taxes paid related to the net share settlement of equity awards (17,571) (35,155) Repurchases of common stock (174,000) (128,450) Proceeds from revolving credit facility 165,000 — Repayments on revolving credit facility (65,000) — Other financing activities (119) — Net cash used in financing activities (72,214) (151,582) Effect of exchange rate changes on cash, cash equivalents and restricted cash (149) 2,651 Change in cash, cash equivalents and restricted cash (121,991) (19,522) Cash, cash equivalents and restricted cash — Beginning of period 216,289 217,682 Cash, cash equivalents and restricted cash — End of period $ 94,298 $ 198,160
"""

YELP_OPERATING = """\
CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS

(In thousands)

(Unaudited)

Six Months Ended June 30,
2026 | 2025
Operating Activities
Net income | 49,387 | 68,480
Adjustments to reconcile net income to net cash provided by operating activities:
Depreciation and amortization | 34,351 | 24,715
Provision for credit losses | 18,005 | 22,562
Stock-based compensation | 56,256 | 72,244
Amortization of right-of-use assets | 3,002 | 6,715
Deferred income taxes | 20,426 | (2,968)
Amortization of deferred contract cost | 11,047 | 12,035
Other adjustments, net | 2,474 | 1,471
Changes in operating assets and liabilities, net of acquisition:
Accounts receivable | (22,091) | (23,935)
Prepaid expenses and other assets | (24,070) | (14,540)
Operating lease liabilities | (4,355) | (15,396)
Accounts payable, accrued liabilities and other liabilities | (10,794) | 4,646
Net cash provided by operating activities | 133,638 | 156,029
Investing Activities
"""

BYRNA = """\

| BYRNA TECHNOLOGIES INC.Condensed Consolidated Statements of Operations and Comprehensive Income (Loss)(Amounts in thousands except share and per share data)(Unaudited) | | | | | | | | | | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  |  | | |  |  | | |  |  | | |  |  | | |  |
|  | For the Three Months Ended | | | | | | |  | For the Twelve Months Ended | | | | | | |  |
|  | November 30, | | | | | | |  | November 30, | | | | | | |  |
|  |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |  |
| Net revenue | $ | 27,979 |  |  | $ | 15,640 |  |  | $ | 85,756 |  |  | $ | 42,644 |  |  |
| Cost of goods sold |  | 10,417 |  |  |  | 6,596 |  |  |  | 32,984 |  |  |  | 18,997 |  |  |
| Gross profit |  | 17,561 |  |  |  | 9,044 |  |  |  | 52,772 |  |  |  | 23,647 |  |  |
| Operating expenses |  | 13,468 |  |  |  | 9,729 |  |  |  | 46,101 |  |  |  | 31,437 |  |  |
| INCOME (LOSS) FROM OPERATIONS |  | 4,094 |  |  |  | (684 | ) |  |  | 6,671 |  |  |  | (7,790 | ) |  |
| OTHER INCOME (EXPENSE) |  | | |  |  | | |  |  | | |  |  | | |  |
| Foreign currency transaction loss |  | (195 | ) |  |  | (32 | ) |  |  | (576 | ) |  |  | (270 | ) |  |
| Interest income |  | 141 |  |  |  | 168 |  |  |  | 1,024 |  |  |  | 693 |  |  |
| Loss from joint venture |  | - |  |  |  | 22 |  |  |  | (42 | ) |  |  | (603 | ) |  |
| Other income (expense) |  | 1 |  |  |  | 27 |  |  |  | 7 |  |  |  | (57 | ) |  |
| INCOME (LOSS) BEFORE INCOME TAXES |  | 4,040 |  |  |  | (499 | ) |  |  | 7,084 |  |  |  | (8,027 | ) |  |
| Income tax benefit |  | 5,634 |  |  |  | (330 | ) |  |  | 5,708 |  |  |  | 165 |  |  |
| NET INCOME (LOSS) | $ | 9,674 |  |  | $ | (829 | ) |  | $ | 12,792 |  |  | $ | (8,192 | ) |  |
"""

FIGS_EQUITY = """\
### FIGS, INC. CONSOLIDATED BALANCE SHEETS
(In thousands, except share and per share data)

|                                                                                     | As of September 30 | As of December 31 |
|-------------------------------------------------------------------------------------|---------------------|--------------------|
|                                                                                     | 2025                | 2024               |
| Assets                                                                              | (Unaudited)         |                    |
| Current assets                                                                      |                     |                    |
| **Total liabilities**                                                                | **131,409**         | **132,655**        |
| Commitments and contingencies                                                        |                     |                    |
| Stockholders’ equity                                                                 |                     |                    |
| Class A common stock — par value $0.0001 per share, 1,000,000,000 shares authorized |                     |                    |
| as of September 30, 2025 and December 31, 2024; 155,873,752 and                   |                     |                    |
| 154,003,352 shares issued and outstanding as of September 30, 2025 and             |                     |                    |
| December 31, 2024, respectively                                                      | 15                  | 15                 |
| Class B common stock — par value $0.0001 per share, 150,000,000 shares authorized  |                     |                    |
| as of September 30, 2025 and December 31, 2024; 8,283,641 shares issued and       |                     |                    |
| outstanding as of September 30, 2025 and December 31, 2024                         | —                   | —                  |
| Preferred stock — par value $0.0001 per share, 100,000,000 shares authorized       |                     |                    |
| as of September 30, 2025 and December 31, 2024; zero shares issued and            |                     |                    |
| outstanding as of September 30, 2025 and December 31, 2024                         | —                   | —                  |
| Additional paid-in capital                                                           | 332,935             | 312,622            |
| Accumulated other comprehensive income                                                | 162                 | 21                 |
"""

FIGS_LIABILITIES = """\
### Consolidated Balance Sheets
(In thousands, except share data)

| Current liabilities                                                                 | September 30, 2025 | December 31, 2024 |
|-------------------------------------------------------------------------------------|---------------------|--------------------|
| Accounts payable                                                                     | $        5,345      | $         9,401    |
| Operating lease liabilities                                                           | 9,448               | 10,596             |
| Accrued expenses                                                                     | 34,189              | 42,316             |
| Accrued compensation and benefits                                                    | 12,404              | 5,689              |
| Sales tax payable                                                                     | 3,730               | 3,705              |
| Gift card liability                                                                  | 10,018              | 9,604              |
| Deferred revenue                                                                     | 8,308               | 4,612              |
| Returns reserve                                                                      | 3,217               | 3,873              |
| Income tax payable                                                                   | —                   | 346                |
| **Total current liabilities**                                                        | **86,659**          | **90,142**         |
"""

FIGS_METRICS = """\
### Financial Results (in thousands)

|                                                                                                   | 2025         | 2024         |
|---------------------------------------------------------------------------------------------------|--------------|--------------|
| Net cash provided by operating activities                                                          | $ 242        | $ 50,746     |
| Less: capital expenditures                                                                          | (5,305)      | (13,658)     |
| Free cash flow                                                                                     | $ (5,063)    | $ 37,088     |

### KEY OPERATING METRICS (Unaudited)

|                                                                                                   | As of September 30, |              |
|---------------------------------------------------------------------------------------------------|----------------------|--------------|
|                                                                                                   | 2025                 | 2024         |
| Active customers                                                                                    | 2,781                | 2,673        |

|                                                                                                   | As of September 30, |              |
|---------------------------------------------------------------------------------------------------|----------------------|--------------|
|                                                                                                   | 2025                 | 2024         |
| Net revenues per active customer                                                                   | $ 209                | $ 205        |

|                                                                                                   | Three months ended   |              |              | Nine months ended   |              |              |
|---------------------------------------------------------------------------------------------------|----------------------|--------------|--------------|---------------------|--------------|--------------|
|                                                                                                   | September 30, 2025   | 2024         |              | September 30, 2025   | 2024         |              |
| Average order value                                                                                | $ 114                | $ 108       |              | $ 117               | $ 112       |              |
"""

ETSY = """\
(in thousands, except per share amounts; unaudited)

|                                      | Three Months Ended         |                             | Nine Months Ended          |                             |
|--------------------------------------|----------------------------|-----------------------------|----------------------------|-----------------------------|
|                                      | September 30, 2025         | September 30, 2024          | September 30, 2025         | September 30, 2024          |
| Revenue                              | $       678,026            | $      662,410              | $        2,001,865         | $     1,956,170             |
| Cost of revenue                      | 194,645                    | 185,640                     | 580,254                    | 556,863                     |
| Gross profit                         | 483,381                    | 476,770                     | 1,421,611                  | 1,399,307                   |
| Operating expenses:                  |                            |                             |                            |                             |
|  Marketing                           | 207,841                    | 196,526                     | 608,955                    | 571,400                     |
|  Product development                 | 113,379                    | 107,251                     | 335,750                    | 331,590                     |
|  General and administrative          | 79,450                     | 86,176                      | 238,390                    | 271,241                     |
|  Asset impairment charge             | —                          | —                           | 101,703                    | —                           |
|  Total operating expenses             | 400,670                    | 389,953                     | 1,284,798                  | 1,174,231                   |
| Income from operations               | 82,711                     | 86,817                      | 136,813                    | 225,076                     |
| Other income (expense), net         | 9,374                      | (13,007)                    | (26,901)                   | 7,366                       |
| Income before income taxes           | 92,085                     | 73,810                      | 109,912                    | 232,442                     |
| Provision for income taxes           | (16,582)                   | (16,444)                   | (57,665)                   | (59,067)                    |
| Net income                           | $        75,503            | $             57,366        | $     52,247               | $    173,375                |
| Net income per share attributable to common stockholders: |                            |                             |                            |                             |
|  Basic                               | $            0.76          | $            0.50           | $            0.50          | $        1.49               |
|  Diluted                             | $            0.63          | $            0.45           | $            0.47          | $        1.34               |
| Weighted-average common shares outstanding: |                            |                             |                            |                             |
|  Basic                               | 99,334                     | 114,181                     | 103,660                    | 116,372                     |
|  Diluted                             | 124,957                    | 130,748                     | 116,774                    | 133,116                     |

(1) Stock-based compensation expense included in the Condensed Consolidated Statements of Operations for the periods presented below is as follows:

|                                      | Three Months Ended |         |         | Nine Months Ended |         |         |
|--------------------------------------|---------------------|---------|---------|--------------------|---------|---------|
|                                      | September 30, 2025  | 2024    |         | September 30, 2025  | 2024    |         |
| Cost of revenue                      | $          6,477    | $ 8,013 |         | $      21,387      | $ 24,504 |         |
| Marketing                            | 4,521               | 5,690   |         | 10,280             | 18,009  |         |
| Product development                  | 33,726              | 36,048  |         | 100,279            | 108,553 |         |
| General and administrative           | 16,048              | 19,541  |         | 49,444             | 63,626  |         |
| Stock-based compensation expense      | $     60,772        | $ 69,292|         | $     181,390      | $ 214,692|         |
"""

EBAY_REVENUES = """\
eBay Inc.
Unaudited Summary of Consolidated Net Revenues
Three Months Ended
September 30, June 30, March 31, December 31, September 30,
2025 2025 2025 2024 2024
(In millions, except percentages)
Total net revenues (1)(2) $ 2,820 $ 2,730 $ 2,585 $ 2,579 $ 2,576
Current quarter vs prior year quarter 9 % 6 % 1 % 1 % 3 %
Percent from international 48 % 49 % 48 % 48 % 49 %
(1) Hedge gain/(loss) $ (24) $ (6) $ 8 $ (23) $ (11)
(2) Foreign currency impact $ 20 $ 32 $ (21) $ 5 $ (6)
"""

WAYFAIR_METRICS = """\

|                                             | Three Months Ended September 30, | Nine Months Ended September 30, | | |
|---------------------------------------------|-----------------------------------|----------------------------------|---|---|
|                                             | 2025                              | 2024                             | 2025                             | 2024                             |
|                                             |                                   |                                  |                                  |                                  |
| **Key Financial Statement Metrics:**        |                                   |                                  |                                  |                                  |
| Net revenue                                 | $            3,117                | $            2,884               | $            9,120              | $        8,730                  |
| Gross profit                                | $                  934              | $            873                  | $            2,755              | $        2,633                  |
| Income (Loss) from operations               | $                   38              | $            (74)                 | $             (67)              | $        (344)                  |
| Net loss                                    | $            (99)                  | $            (74)                 | $            (197)              | $        (364)                  |
| Loss per share                              |                                   |                                  |                                  |                                  |
| Basic                                       | $               (0.76)             | $               (0.60)            | $            (1.54)             | $        (2.98)                 |
| Diluted                                     | $               (0.76)             | $               (0.60)            | $            (1.54)             | $        (2.98)                 |
| Net cash provided by operating activities    | $                  155              | $                   49              | $             332                | $         155                    |
| **Key Operating Metrics:**                  |                                   |                                  |                                  |                                  |
| Active customers(1)                         | 21                                | 22                               | 21                               | 22                               |
| LTM net revenue per active customer (2)    | $                  578              | $            545                  | $             578                | $         545                    |
| Orders delivered(3)                         | 10                                | 9                                |                                  | 29                               |
| Average order value (4)                     | $                  317              | $            310                  | $             315                | $         303                    |
| **Non-GAAP Financial Measures:**            |                                   |                                  |                                  |                                  |
| Adjusted EBITDA                             | $                  208              | $                  119              | $             519                | $         357                    |
| Free Cash Flow                              | $                   93               | $            (9)                  | $             184                | $        (19)                   |
| Adjusted Diluted Earnings per Share         | $            0.70                  | $            0.22                 | $            1.73                | $        0.38                   |
"""

WAYFAIR_OPERATIONS = """\
---

## WAYFAIR INC.
### CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
#### (Unaudited)

|                                       | Three Months Ended September 30, | Nine Months Ended September 30, | | |
|---------------------------------------|-----------------------------------|----------------------------------|---|---|
|                                       | 2025          | 2024            | 2025          | 2024            |
|                                       | (in millions, except per share data) |                                   |               |                  |
| Net revenue (1)                      | $ 3,117      | $ 2,884        | $ 9,120      | $ 8,730        |
| Cost of goods sold(2)                | 2,183        | 2,011          | 6,365        | 6,097          |
| Gross profit                          | 934          | 873            | 2,755        | 2,633          |
| Operating expenses:                   |               |                |               |                  |
| Customer service and merchant fees (2)| 118          | 112            | 346          | 350            |
| Advertising                           | 330          | 354            | 1,046        | 1,043          |
| Selling, operations, technology, general and administrative(2) | 445 | 480 | 1,339 | 1,503 |
| Impairment and other related net charges | —         | 1              | 23           | 2              |
| Restructuring charges                 | 3            | —              | 68           | 79             |
| Total operating expenses               | 896          | 947            | 2,822        | 2,977          |
| Income (Loss) from operations         | 38           | (74)           | (67)         | (344)          |
| Interest expense, net                 | (31)         | (5)            | (83)         | (15)           |
| Other (expense) income, net           | (5)          | 8              | 28           | 3              |
| Loss on debt extinguishment, net      | (99)         | —              | (68)         | —              |
| Loss before income taxes              | (97)         | (71)           | (190)        | (356)          |
| Provision for income taxes, net       | 2            | 3              | 7            | 8              |
| Net loss                              | $ (99)       | $ (74)         | $ (197)      | $ (364)        |
| Loss per share                        |               |                |               |                  |
| Basic                                 | $ (0.76)     | $ (0.60)       | $ (1.54)     | $ (2.98)       |
| Diluted                               | $ (0.76)     | $ (0.60)       | $ (1.54)     | $ (2.98)       |
| Weighted-average number of shares of common stock outstanding used in computing per share amounts: | | | | |
| Basic                                 | 130          | 123            | 128          | 122            |
| Diluted                               | 130          | 123            | 128          | 122            |
"""

EBAY_OPERATING = """\
Unaudited Supplemental Operating Data
Three Months Ended
September 30, June 30, March 31, December 31, September 30,
2025 2025 2025 2024 2024
(In millions, except percentages)
Active Buyers (1) 134 134 134 134 133
Current quarter vs prior year quarter 1 % 1 % 1 % 1 % 1 %
Gross Merchandise Volume (2)
U.S. $ 9,872 $ 9,428 $ 9,066 $ 9,043 $ 8,740
Current quarter vs prior year quarter 13 % 7 % 1 % 2 % 1 %
International $ 10,233 $ 10,086 $ 9,687 $ 10,277 $ 9,566
Current quarter vs prior year quarter 7 % 5 % 0 % 6 % 2 %
Total Gross Merchandise Volume $ 20,105 $ 19,514 $ 18,753 $ 19,320 $ 18,306
Current quarter vs prior year quarter 10 % 6 % 1 % 4 % 2 %
"""

GLASTON = """\
| EUR million | 10–12/2024 | 10–12/2023 | Change% | 1–12/2024 | 1–12/2023 | Change% |
| --- | --- | --- | --- | --- | --- | --- |
| Orders received | 53.1 | 57.6 | -7.7% | 202.7 | 220.3 | -8.0% |
| of which service operations | 20.5 | 20.2 | 1.5% | 77.5 | 74.4 | 4.2% |
| of which service operations, % | 38.6% | 35.1% |  | 38.2% | 33.8% |  |
| Order book at end of period | 98.2 | 106.5 | -7.8% | 98.2 | 106.5 | -7.8% |
| Net sales | 56.8 | 59.7 | -4.8% | 217.9 | 219.7 | -0.8% |
| of which service operations | 20.8 | 20.0 | 4.2% | 78.6 | 76.0 | 3.4% |
| of which service operations, % | 36.7% | 33.5% |  | 36.1% | 34.6% |  |
| EBITDA | 2.8 | 4.7 | -40.0% | 14.3 | 15.7 | -9.0% |
| Items affecting comparability1) | 2.5 | 0.9 | 183.6% | 5.2 | 3.3 | 59.8% |
| Comparable EBITDA | 5.3 | 5.6 | -4.3% | 19.6 | 19.0 | 2.9% |
"""


def _facts(tmp_path, head: str, body: str) -> list[dict]:
    src = tmp_path / "release.md"
    src.write_text(head + "\n\n" + body, encoding="utf-8")
    return plain_facts(src, tmp_path / "out")


def _dims(r: dict) -> tuple[str, ...]:
    return tuple(v for k, v in r.items() if k.endswith("Axis") and v)


def test_sums_stay_inside_blocks_of_the_same_rows(tmp_path):
    # the last block's "Corporate" (221,649) had been read as the first block's "Consolidated" less the second's less
    # the last block's parks (18,700,538 - 2,661,202 - 6,062,527 - 2,475,798 - 7,279,362 = 221,649): total assets
    # became an extension named for "Asset less cash ... Corporate". Each block adds up inside itself
    head = "# Parks! America, Inc. Reports First Quarter Fiscal 2025 Results\n\nParks! America, Inc. (OTCPink: PRKA) today announced results for the quarter ended December 29, 2024."
    facts = _facts(tmp_path, head, PARKS)
    assets = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:Assets" and not _dims(r)}
    assert assets == {("2024-12-29", "18700538"), ("2024-09-29", "19194071")}
    georgia = {r["concept"] for r in facts if r["label"] == "Georgia" and r["period_end"] == "2024-12-29"}
    assert "us-gaap:Assets" in georgia and "us-gaap:CashCashEquivalentsAndShortTermInvestments" in georgia
    # the last block is one line item of the company's own, its parks members of it
    less_cash = {r["concept"] for r in facts if r["value"] in ("16039336", "221649", "6062527")}
    assert len(less_cash) == 1 and not less_cash.pop().startswith("us-gaap:")


def test_a_row_the_scale_note_exempts_by_name_is_printed_as_is(tmp_path):
    # "ARPU: Global | 6.18" under "(in millions, except percentages and ARPU)" had been 6,180,000 USD
    head = "# Reddit Reports Second Quarter 2026 Results\n\nReddit, Inc. (NYSE: RDDT) today reported results. Revenue was $804.9 million."
    facts = _facts(tmp_path, head, REDDIT)
    arpu = {(r["period_end"], r["value"]) for r in facts if r["label"] == "ARPU: Global"}
    assert arpu == {("2026-06-30", "6.18"), ("2025-06-30", "4.53")}
    revenue = {r["value"] for r in facts if r["label"] == "Revenue: Global" and r["period_start"] == "2026-04-01"}
    assert revenue == {"804900000"}
    assert exempted_terms(["(in millions, except percentages and ARPU)"]) == ("arpu",)
    # the exemptions that name a unit exempt no row by name ("Share-based compensation" stays in thousands)
    assert exempted_terms(["(In thousands, except share and per share data)"]) == ()
    assert exempted_terms(["(in millions, except percentages and per share amounts; unaudited)"]) == ()


def test_a_footnote_mark_glued_to_the_last_word_is_no_part_of_the_label(tmp_path):
    # "Items affecting comparability1)": the member had been ItemsAffectingComparability1Member; the row, an
    # adjustment between "EBITDA" and "Comparable EBITDA", is now the company's line item, no member of the total
    # (tests/test_unseen51.py), named without the mark
    head = "# Glaston Corporation Financial Statement Bulletin 1-12/2024\n\nGlaston Oyj Abp reports its results."
    facts = _facts(tmp_path, head, GLASTON)
    names = {r["concept"] for r in facts} | {m for r in facts for m in _dims(r)}
    assert any(n.endswith(":ItemsAffectingComparability") for n in names), names
    assert not any("Comparability1" in n for n in names)
    assert normalize("Items affecting comparability1)") == "items affecting comparability"
    assert normalize("Revenue (in Q1)") == "revenue (in q1)"  # a parenthesis of its own keeps its figure


def test_the_running_header_of_run_on_pages_is_no_row(tmp_path):
    # "Ye lp Q 2 20 26 2 23 Note: ..." had been a row "Ye lp Q" of 20,000, 26,000, 2,000 and 23,000 USD (yelp:EXYeLpQ);
    # it is the letter's "Yelp Q2 2026" and "2/23" spaced out, at the head of every page
    head = "# Yelp Reports Second Quarter 2026 Financial Results\n\nYelp Inc. (NYSE: YELP) today reported results."
    facts = _facts(tmp_path, head, YELP_PAGES)
    assert not any("Ye lp" in r["label"] or "YeLp" in r["concept"] for r in facts)
    assert {r["value"] for r in facts if r["label"] == "Net revenue" and r["period_start"] == "2026-04-01"} == {"375519000"}
    # the footnote's stock-based compensation by line item, under "¹ Includes stock-based compensation expense as
    # follows:", is that compensation in each line item, not the line items themselves
    sbc = {(r["concept"], _dims(r)) for r in facts if r["value"] == "1242000"}
    assert sbc == {("us-gaap:AllocatedShareBasedCompensationExpense", ("us-gaap:CostOfSalesMember",))}
    lines = YELP_PAGES.split("\n")
    assert running_header(lines) == "Ye lp Q 2 20 26"
    assert lines[0][:running_header_end(lines[0], "Ye lp Q 2 20 26")] == "Ye lp Q 2 20 26 2 23"


def test_the_rest_of_a_heading_is_no_element_that_names_no_other(tmp_path):
    # "Other adjustments, net | 2,474" under "Adjustments to reconcile net income to net cash provided by operating
    # activities:" had been us-gaap:AdjustmentsToReconcileNetIncomeLossToCashProvidedByUsedInOperatingActivities, the
    # whole of the adjustments (145,561): the heading's rest is no element that names no "other"
    head = "# Yelp Reports Second Quarter 2026 Financial Results\n\nNet Revenue increased by 1% year over year to $376 million"
    facts = _facts(tmp_path, head, YELP_OPERATING)
    other = {r["concept"] for r in facts if r["label"] == "Other adjustments, net"}
    assert other and not any(c.startswith("us-gaap:Adjustments") for c in other), other
    assert {r["value"] for r in facts if r["concept"] == "us-gaap:ShareBasedCompensation"} == {"56256000", "72244000"}


def test_an_extension_whose_only_direction_word_is_in_parentheses_is_of_the_other_balance(tmp_path):
    # "Other (income), net | (13,382)": the income is printed in parentheses (232,719 - 270,352 - 208,548 + 52 +
    # 567,157 + 13,382 - 57,469 = 276,941, the pretax income). Its extension line item had been declared a credit
    # ("income") and written -13,382: an expense of 13,382. It is a debit: -13,382 is income
    from prxbrl.mapping.signs import extension_balance

    head = "# Parks! America, Inc. Reports First Quarter Fiscal 2025 Results\n\nParks! America, Inc. (OTCPink: PRKA) today announced results for the quarter ended December 29, 2024."
    src = tmp_path / "release.md"
    src.write_text(head + "\n\n" + PARKS, encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    other = [r for r in facts if r["label"] == "Other (income), net" and r["period_start"] == "2024-09-30"]
    assert len(other) == 1 and other[0]["value"] == "-13382"
    name = other[0]["concept"].split(":")[1]
    xsd = next((tmp_path / "out").glob("*.xsd")).read_text(encoding="utf-8")
    assert f'name="{name}" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration" xbrli:balance="debit"' in xsd
    assert extension_balance("Other (income), net") == "debit" and extension_balance("Net (loss)") == "credit"
    assert extension_balance("Gain (loss) on sale") == "credit" and extension_balance("Other (expense) income") == "credit"


def test_a_row_that_repeats_its_heading_beside_other_rows_is_the_rest_of_it(tmp_path):
    # "Other income (expense) | 1" under "OTHER INCOME (EXPENSE)", beside the foreign-exchange loss (195), interest
    # income 141 and the joint venture's result, had been us-gaap:NonoperatingIncomeExpense by a rule for the words:
    # the whole of the other income, which is -53 (4,040 - 4,094). It is the rest: an element that names "other"
    head = "# Byrna Technologies Reports Fourth Quarter and Full Year 2024 Results\n\nByrna Technologies Inc. (Nasdaq: BYRN) today reported results."
    facts = _facts(tmp_path, head, BYRNA)
    rest = {r["concept"] for r in facts if r["label"] == "Other income (expense)"}
    assert len(rest) == 1 and "Other" in rest.pop().split(":")[1]
    assert not any(r["concept"] == "us-gaap:NonoperatingIncomeExpense" and r["value"] == "1000" for r in facts)
    assert {r["value"] for r in facts if r["concept"] == "us-gaap:InvestmentIncomeInterest"} >= {"141000"}


FIGS_HEAD = "# FIGS Releases Third Quarter 2025 Financial Results\n\nNet revenues were $151.7 million for the third quarter of 2025."


def test_a_label_wrapped_over_lines_that_name_dates_is_one_label(tmp_path):
    # "Class A common stock — par value ..." over four pipe rows, the figures on the last ("December 31, 2024,
    # respectively | 15 | 15"): the lines that name dates had been taken for header lines, and the last line became an
    # extension "DecemberRespectively" of 15,000
    facts = _facts(tmp_path, FIGS_HEAD, FIGS_EQUITY)
    assert not any("Respectively" in r["concept"] for r in facts)
    stock = {(r["concept"], _dims(r), r["period_end"], r["value"]) for r in facts if r["label"].startswith("Class A common stock")}
    assert ("us-gaap:CommonStockValue", ("us-gaap:CommonClassAMember",), "2025-09-30", "15000") in stock, stock
    assert any(r["label"].startswith("Class B common stock") and r["concept"] == "us-gaap:CommonStockValue" for r in facts)


def test_a_scale_note_reaches_no_table_under_another_heading_of_its_rank(tmp_path):
    # "### Financial Results (in thousands)" over free cash flow, then "### KEY OPERATING METRICS (Unaudited)" over
    # "Net revenues per active customer | $ 209": the note had scaled it to 209,000 USD ("$209" in the release's prose)
    facts = _facts(tmp_path, FIGS_HEAD, FIGS_EQUITY + "\n" + FIGS_METRICS)
    per_customer = {(r["period_end"], r["value"]) for r in facts if r["label"] == "Net revenues per active customer"}
    assert per_customer == {("2025-09-30", "209"), ("2024-09-30", "205")}
    assert {r["value"] for r in facts if r["label"] == "Average order value" and r["period_start"] == "2025-07-01"} == {"114"}


def test_years_compared_before_the_later_one_ends_are_no_years(tmp_path):
    # the free cash flow under "2025 | 2024" in a release of the quarter to September 30, 2025 (its nine months, as its
    # cash-flow statement shows): 2025 had been a forecast of the year, 2024 the whole year 2024
    import json

    facts = _facts(tmp_path, FIGS_HEAD, FIGS_EQUITY + "\n" + FIGS_METRICS)
    assert not any(r["value"] in ("242000", "50746000", "5305000", "13658000") for r in facts)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    fcf = [c for c in report["cells"] if c["raw"] in ("242", "50,746", "(5,305)", "(13,658)")]
    assert len(fcf) == 4 and {c["reason"] for c in fcf} == {"no_period"}
    # an outlook's year beside the last year's actual stays a forecast (the title says so)
    from datetime import date

    from prxbrl.tables.bare_years import _comparative_years
    from prxbrl.models import Column, Period, Table
    cols = [Column(index=1, role="value", header="2025", period=Period(kind="duration", start=date(2025, 1, 1), end=date(2025, 12, 31), label="2025")),
            Column(index=2, role="value", header="2024", period=Period(kind="duration", start=date(2024, 1, 1), end=date(2024, 12, 31), label="2024"))]
    t = Table(id="t01", title="Financial Results (in thousands)", columns=cols, rows=[], first_line=1, last_line=2, layout="flattened")
    assert _comparative_years(t, date(2025, 9, 30))[0] == {1, 2}
    assert _comparative_years(t.model_copy(update={"title": "Full Year 2025 Outlook"}), date(2025, 9, 30))[0] == set()


def test_an_amount_split_by_line_item_under_an_included_in_title(tmp_path):
    # "(1) Stock-based compensation expense included in the Condensed Consolidated Statements of Operations for the
    # periods presented below is as follows:" over "Cost of revenue | $ 6,477" ... "Stock-based compensation expense |
    # $ 60,772": the rows had been read as the statement's own line items, and both prints of the 2025 cost of
    # revenue, marketing, product development and G&A dropped as disagreeing (194,645 against 6,477)
    import json

    head = "# Etsy, Inc. Reports Third Quarter 2025 Results\n\nEtsy, Inc. (NASDAQ: ETSY) reported revenue of $678.0 million."
    facts = _facts(tmp_path, head, ETSY)
    got = {(r["concept"], _dims(r), r["value"]) for r in facts if r["period_start"] == "2025-07-01"}
    assert ("us-gaap:CostOfRevenue", (), "194645000") in got
    assert ("us-gaap:MarketingExpense", (), "207841000") in got
    assert ("us-gaap:AllocatedShareBasedCompensationExpense", ("us-gaap:CostOfSalesMember",), "6477000") in got
    # "$            0.76": the figure twelve spaces after its "$" is its cell's, not unexplained
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert not [c for c in report["cells"] if c["reason"] == "unexplained"]
    assert {r["value"] for r in facts if r["concept"] == "us-gaap:EarningsPerShareBasic" and r["period_start"] == "2025-07-01"} == {"0.76"}


def test_a_part_named_in_the_header_row_is_the_section_of_the_rows(tmp_path):
    # "| Current liabilities | September 30 | December 31 |": the balance sheet goes on under a header whose label cell
    # names the part. Its rows had stood in no section: "Operating lease liabilities" had been the whole
    # (us-gaap:OperatingLeaseLiability), "Returns reserve" an allowance for doubtful receivables (an asset's contra)
    facts = _facts(tmp_path, FIGS_HEAD, FIGS_EQUITY + "\n" + FIGS_LIABILITIES)
    got = {r["label"]: r["concept"] for r in facts if r["period_end"] == "2025-09-30"}
    assert got["Operating lease liabilities"] == "us-gaap:OperatingLeaseLiabilityCurrent"
    assert "Allowance" not in got["Returns reserve"]
    assert got["Total current liabilities"] == "us-gaap:LiabilitiesCurrent"


def test_places_under_a_line_item_are_its_parts_not_a_tax_notes_line_items(tmp_path):
    # "Revenue | 805", "U.S. | 638", "International | 167": filers print "U.S." and "International" for the domestic and
    # foreign income before income taxes of a tax note, which the rows had become (and "International" had been read
    # as Revenue less U.S.). They are the revenue in each place
    head = "# Reddit Reports Second Quarter 2026 Results\n\nReddit, Inc. (NYSE: RDDT) today reported results. Revenue was $804.9 million."
    facts = _facts(tmp_path, head, REDDIT_HIGHLIGHTS)
    assert not any("BeforeIncomeTaxes" in r["concept"] for r in facts)
    us = {(r["concept"], r["value"]) for r in facts if r["label"] == "U.S." and r["period_start"] == "2026-04-01"}
    assert us == {("us-gaap:Revenues", "638000000")}
    assert {r["value"] for r in facts if r["label"] == "Revenue" and r["period_start"] == "2026-04-01"} == {"805000000"}


def test_footnote_marks_and_the_figures_of_the_footnotes(tmp_path):
    # "Total net revenues (1)(2) $ 2,820 ..." had been us-gaap:Revenues on a member "NetRevenues1Member" (one of its two
    # marks left in the name), and the footnotes' "(1) Hedge gain/(loss) $ (24)" and "(2) Foreign currency impact $ 20"
    # members of the revenues beside it, by the title: they are the total itself and details of it
    head = "# eBay Inc. Reports Third Quarter 2025 Results\n\neBay Inc. (Nasdaq: EBAY) reported revenue of $2.82 billion."
    facts = _facts(tmp_path, head, EBAY_REVENUES)
    total = {(r["period_start"], r["value"], _dims(r)) for r in facts if r["label"].startswith("Total net revenues")}
    assert ("2025-07-01", "2820000000", ()) in total and all(not d for _, _, d in total)
    hedge = [r for r in facts if "Hedge" in r["label"]]
    assert hedge and not any(_dims(r) for r in hedge) and not any(r["concept"] == "us-gaap:Revenues" for r in hedge)
    assert normalize("Total net revenues (1)(2)") == "total net revenues"
    # a name whose first letter is small before a capital ("eBay Inc.") is the whole name, not "Bay Inc."
    names = {r["text"] for r in facts if r["concept"] == "dei:EntityRegistrantName"}
    assert names == {"eBay Inc."}


def test_every_figure_of_an_excluded_cell_is_explained(tmp_path):
    # "| Net cash provided by operating activities | $                  155 | ...": the cells' figures stand eighteen
    # characters after their "$"; their exclusion had not reached them, and three tokens were unexplained
    import json

    head = "# Wayfair Announces Third Quarter 2025 Results\n\nWayfair Inc. (NYSE: W) reported net revenue of $3.1 billion."
    _facts(tmp_path, head, WAYFAIR_METRICS)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert not [c for c in report["cells"] if c["reason"] == "unexplained"]
    assert {c["raw"] for c in report["cells"] if c["line"] == 18} >= {"155", "49", "332"}


def test_an_amount_per_one_thing_takes_no_scale_a_table_does_not_state(tmp_path):
    # the key metrics state no scale; the statement of operations, printing the same revenue, is "(in millions)".
    # "LTM net revenue per active customer (2) | $ 578" and "Average order value (4) | $ 317" had become 578,000,000
    # and 317,000,000 USD: amounts per customer and per order, in units or not, cannot be told ($578 and $317 in the
    # release's prose): excluded
    import json

    head = "# Wayfair Announces Third Quarter 2025 Results\n\nWayfair Inc. (NYSE: W) reported net revenue of $3.1 billion."
    facts = _facts(tmp_path, head, WAYFAIR_METRICS + "\n" + WAYFAIR_OPERATIONS)
    assert not any("per active customer" in r["label"] or r["label"].startswith("Average order value") for r in facts)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {c["reason"] for c in report["cells"] if c["raw"] in ("578", "317")} == {"scale_undetermined"}
    # the revenue beside them takes the statement's scale
    assert ("2025-07-01", "3117000000") in {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues"}


def test_counts_of_buyers_and_orders_are_no_money(tmp_path):
    # "Active Buyers (1) 134 134 134 134 133" under "(In millions, except percentages)" had been 134,000,000 USD, and
    # Wayfair's "Orders delivered(3) | 10" 10,000,000 USD: counts, no unit the filing declares, excluded
    import json

    from prxbrl.tables.columns import label_unit

    head = "# eBay Inc. Reports Third Quarter 2025 Results\n\neBay Inc. (Nasdaq: EBAY) reported revenue of $2.82 billion."
    facts = _facts(tmp_path, head, EBAY_OPERATING)
    assert not any(r["label"].startswith("Active Buyers") for r in facts)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {(c["status"], c["reason"]) for c in report["cells"] if c["raw"] in ("134", "133")} == {("excluded", "not_money")}
    assert label_unit("Orders delivered(3)") == "count" and label_unit("Average order value (4)") is None
    assert label_unit("Orders received") is None  # an order intake in money (Glaston: "Orders received | 53.1", EUR m)
    assert label_unit("Revenue from active buyers") is None
