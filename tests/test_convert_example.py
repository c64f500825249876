"""The example release as XBRL: concepts, periods, units, signs and values of the statements' totals,
dimensional and forecast facts; Arelle finds no error; the output is deterministic."""

from datetime import date
from decimal import Decimal

import pytest

from conftest import EXAMPLE, fact

H1 = dict(start=date(2010, 4, 1), end=date(2010, 9, 30))
H1_09 = dict(start=date(2009, 4, 1), end=date(2009, 9, 30))
Q2 = dict(start=date(2010, 7, 1), end=date(2010, 9, 30))
FY_FORECAST = {"srt:StatementScenarioAxis": "srt:ScenarioForecastMember"}


def test_arelle_finds_no_error(converted):
    v = converted.validation
    assert v.ok, [f for f in v.findings if f.severity == "error"][:5]
    assert not [f for f in v.findings if f.severity == "error"]
    assert v.fact_count == len(converted.mapped.filing.facts) > 700


def test_balance_sheet_totals(converted):
    f = converted.mapped.filing
    assets = fact(f, "us-gaap:Assets", instant=date(2010, 9, 30), unit="JPY", dims={})
    assert (assets.value, assets.decimals) == (Decimal("65922787000"), -3)
    assert fact(f, "us-gaap:Assets", instant=date(2010, 3, 31), unit="JPY", dims={}).value == Decimal("51115450000")
    assert fact(f, "us-gaap:Assets", instant=date(2010, 9, 30), unit="USD", dims={"prx:ConvenienceTranslationAxis": "prx:ConvenienceTranslationMember"}).value == Decimal("789211000")
    assert fact(f, "us-gaap:LiabilitiesAndStockholdersEquity", instant=date(2010, 9, 30), unit="JPY", dims={}).value == Decimal("65922787000")
    assert fact(f, "us-gaap:Liabilities", instant=date(2010, 9, 30), unit="JPY", dims={}).value == Decimal("38156649000")
    assert fact(f, "us-gaap:StockholdersEquity", instant=date(2010, 9, 30), unit="JPY", dims={}).value == Decimal("27765092000")
    deficit = fact(f, "us-gaap:RetainedEarningsAccumulatedDeficit", instant=date(2010, 9, 30), unit="JPY", dims={})
    assert deficit.value == Decimal("-16113995000")  # an accumulated deficit is negative
    # "Treasury stock—3,934 shares and 3,794 shares held by the company": a release of 2010, TreasuryStockValue as its
    # era's filers tagged it (TreasuryStockCommonValue, adopted since, is how filers tag it now: index.RELEASE_ERA_WEIGHTS)
    treasury = fact(f, "us-gaap:TreasuryStockValue", instant=date(2010, 9, 30), unit="JPY", dims={})
    assert (treasury.value, treasury.sign) == (Decimal("392079000"), -1)  # printed (392,079), positive in XBRL


def test_income_statement_totals(converted):
    f = converted.mapped.filing
    assert fact(f, "us-gaap:Revenues", **H1, unit="JPY", dims={}).value == Decimal("34272080000")
    assert fact(f, "us-gaap:Revenues", **H1_09, unit="JPY", dims={}).value == Decimal("32275024000")
    assert fact(f, "us-gaap:CostsAndExpenses", **H1, unit="JPY", dims={}).value == Decimal("33070989000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **H1, unit="JPY", dims={}).value == Decimal("1201091000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q2, unit="JPY", dims={}).value == Decimal("935412000")
    assert fact(f, "us-gaap:NetIncomeLoss", **H1, unit="JPY", dims={}).value == Decimal("859277000")
    assert fact(f, "us-gaap:ProfitLoss", **H1, unit="JPY", dims={}).value == Decimal("757575000")
    nci = fact(f, "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", **H1, unit="JPY", dims={})
    assert nci.value == Decimal("-101702000")  # a net loss attributable to noncontrolling interests is negative
    assert fact(f, "us-gaap:InterestExpense", **H1, unit="JPY", dims={}).value == Decimal("118348000")
    eps = fact(f, "us-gaap:EarningsPerShareBasic", **H1, unit="JPYPerShare", dims={})
    assert (eps.value, eps.decimals) == (Decimal("4241.14"), 2)
    assert fact(f, "us-gaap:EarningsPerShareBasic", **H1, unit="USDPerShare", dims={"prx:ConvenienceTranslationAxis": "prx:ConvenienceTranslationMember"}).value == Decimal("50.77")
    shares = fact(f, "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", **H1, unit="shares", dims={})
    assert shares.value == Decimal("202605")


def test_cash_flow_totals_and_signs(converted):
    f = converted.mapped.filing
    capex = fact(f, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", **H1, unit="JPY", dims={})
    assert (capex.value, capex.printed) == (Decimal("2163732000"), "(2,163,732)")  # a payment is positive
    receivables = fact(f, "us-gaap:IncreaseDecreaseInAccountsReceivable", **H1, unit="JPY", dims={})
    assert receivables.value == Decimal("754484000")  # an increase in receivables is positive
    assert fact(f, "us-gaap:NetCashProvidedByUsedInOperatingActivities", **H1, unit="JPY", dims={}).value == Decimal("5108574000")
    assert fact(f, "us-gaap:NetCashProvidedByUsedInInvestingActivities", **H1, unit="JPY", dims={}).value == Decimal("-11736854000")
    assert fact(f, "us-gaap:NetCashProvidedByUsedInFinancingActivities", **H1, unit="JPY", dims={}).value == Decimal("7303812000")
    # the opening cash is the instant of the day before the period starts
    assert fact(f, "us-gaap:CashAndCashEquivalentsAtCarryingValue", instant=date(2010, 3, 31), unit="JPY", dims={}).value == Decimal("8764415000")
    assert fact(f, "us-gaap:CashAndCashEquivalentsAtCarryingValue", instant=date(2009, 3, 31), unit="JPY", dims={}).value == Decimal("10187724000")
    assert fact(f, "us-gaap:CashAndCashEquivalentsAtCarryingValue", instant=date(2010, 6, 30), unit="JPY", dims={}).value == Decimal("9137145000")


def test_dimensional_facts(converted):
    f = converted.mapped.filing
    wan = fact(f, "us-gaap:Revenues", **H1, unit="JPY", dims={"srt:ProductOrServiceAxis": "iij:WanServicesMember"})
    assert wan.value == Decimal("3297421000")
    ns = fact(f, "us-gaap:Revenues", **H1, unit="JPY", dims={"srt:ProductOrServiceAxis": "iij:NetworkServicesMember"})
    assert ns.value == Decimal("20685955000")
    cost = fact(f, "us-gaap:CostOfRevenue", **H1, unit="JPY", dims={"srt:ProductOrServiceAxis": "iij:NetworkServicesMember"})
    assert cost.value == Decimal("16802569000")
    atm = fact(f, "us-gaap:Revenues", **H1, unit="JPY", dims={"us-gaap:StatementBusinessSegmentsAxis": "iij:AtmOperationBusinessSegmentMember"})
    assert atm.value == Decimal("228376000")
    elim = fact(f, "us-gaap:Revenues", **H1, unit="JPY", dims={"srt:ConsolidationItemsAxis": "us-gaap:IntersegmentEliminationMember"})
    assert elim.value == Decimal("-219830000")  # eliminations reduce the consolidated total
    op_elim = fact(f, "us-gaap:OperatingIncomeLoss", **H1, unit="JPY", dims={"srt:ConsolidationItemsAxis": "us-gaap:IntersegmentEliminationMember"})
    assert op_elim.value == Decimal("-12135000")
    contracts = fact(f, "prx:NumberOfContracts", instant=date(2010, 9, 30), unit="Contract",
                     dims={"srt:ProductOrServiceAxis": "iij:IijMobileServiceMember"})
    assert contracts.value == Decimal("33906")


def test_forecast_and_translation_facts(converted):
    f = converted.mapped.filing
    target = fact(f, "us-gaap:Revenues", start=date(2010, 4, 1), end=date(2011, 3, 31), unit="JPY", dims=FY_FORECAST)
    assert (target.value, target.decimals) == (Decimal("84500000000"), -6)
    dividend = fact(f, "us-gaap:CommonStockDividendsPerShareDeclared", start=date(2011, 1, 1), end=date(2011, 3, 31), unit="JPYPerShare", dims=FY_FORECAST)
    assert dividend.value == Decimal("1250.00")
    rate = fact(f, "prx:ConvenienceTranslationExchangeRate", instant=date(2010, 9, 30))
    assert (rate.value, rate.unit) == (Decimal("83.53"), "JPYPerUSD")
    units = {u.id: u for u in f.units}
    assert units["JPYPerUSD"].numerator == ["iso4217:JPY"] and units["JPYPerUSD"].denominator == ["iso4217:USD"]
    assert units["JPYPerShare"].denominator == ["xbrli:shares"]


def test_cover_facts(converted):
    f = converted.mapped.filing
    dei = {x.concept: x.value for x in f.facts if x.concept.startswith("dei:")}
    assert dei["dei:EntityRegistrantName"] == "Internet Initiative Japan Inc."
    assert dei["dei:DocumentType"] == "Other"
    assert dei["dei:DocumentPeriodEndDate"] == "2010-09-30"
    assert dei["dei:DocumentFiscalYearFocus"] == "2010"
    assert dei["dei:DocumentFiscalPeriodFocus"] == "Q2"
    assert dei["dei:CurrentFiscalYearEndDate"] == "--03-31"
    assert dei["dei:TradingSymbol"] == "IIJI"
    assert f.extension.prefix == "iij" and f.entity_identifier == "IIJI"


def test_linkbases(converted):
    f = converted.mapped.filing
    calc = {(a.parent, a.child): a.weight for r in f.calculation for a in r.arcs}
    assert calc[("us-gaap:CostsAndExpenses", "us-gaap:CostOfRevenue")] == 1
    assert calc[("us-gaap:NetIncomeLoss", "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest")] == -1
    assert calc[("us-gaap:Assets", "us-gaap:AssetsCurrent")] == 1
    assert calc[("us-gaap:StockholdersEquity", "us-gaap:TreasuryStockValue")] == -1
    assert calc[("us-gaap:NetCashProvidedByUsedInInvestingActivities", "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment")] == -1
    labels = {(lb.concept, lb.role): lb.text for lb in f.labels}
    assert labels[("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "http://www.xbrl.org/2009/role/negatedLabel")] == "Purchase of property and equipment"
    assert labels[("us-gaap:CashAndCashEquivalentsAtCarryingValue", "http://www.xbrl.org/2003/role/periodStartLabel")].startswith("CASH AND CASH EQUIVALENTS, BEGINNING")
    pre = [(a.parent, a.child, a.preferred_label) for r in f.presentation for a in r.arcs]
    # the statement's headings are abstracts: US GAAP's where it has one of the heading's name ("REVENUES")
    assert ("us-gaap:RevenuesAbstract", "us-gaap:Revenues", None) in pre
    negated = "http://www.xbrl.org/2009/role/negatedLabel"
    assert any(c == "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment" and pl == negated for _, c, pl in pre)
    assert not any(c == "us-gaap:Revenues" and pl == negated for _, c, pl in pre)
    names = {p.name for p in converted.files["xml"].parent.iterdir()}
    assert {"iij-20100930.xml", "iij-20100930.xsd", "iij-20100930_lab.xml", "iij-20100930_pre.xml", "iij-20100930_cal.xml", "iij-20100930_def.xml"} <= names


def test_no_exponent_and_no_float_in_the_instance(converted):
    text = converted.files["xml"].read_text("utf-8")
    assert "E+" not in text and "e+" not in text
    assert ">65922787000<" in text


def test_conversion_is_deterministic(tmp_path):
    from prxbrl.pipeline import FORMATS, convert

    a = convert(EXAMPLE, tmp_path / "a", formats=list(FORMATS), validate=False)
    b = convert(EXAMPLE, tmp_path / "b", formats=list(FORMATS), validate=False)
    for key, path in a.files.items():
        assert path.read_bytes() == b.files[key].read_bytes(), key


def test_reclassified_reference_tables(converted):
    """The old and the new classification of outsourcing revenues stand side by side, the old one as previously reported."""
    f = converted.mapped.filing
    q2 = dict(start=date(2010, 7, 1), end=date(2010, 9, 30))
    old = fact(f, "us-gaap:Revenues", **q2, unit="JPY", dims={"srt:ProductOrServiceAxis": "iij:OutsourcingServicesMember",
                                                              "srt:RestatementAxis": "srt:ScenarioPreviouslyReportedMember"})
    new = fact(f, "us-gaap:Revenues", **q2, unit="JPY", dims={"srt:ProductOrServiceAxis": "iij:OutsourcingServicesMember"})
    wan = fact(f, "us-gaap:Revenues", **q2, unit="JPY", dims={"srt:ProductOrServiceAxis": "iij:WanServicesMember"})
    assert (old.value, new.value, wan.value) == (Decimal("6249414000"), Decimal("3605094000"), Decimal("2644320000"))
    assert old.value == new.value + wan.value
    ext = sorted(c.name for c in f.extension.concepts if not c.abstract)
    # current deferred tax assets (line 262) have no US GAAP 2024 concept: ASU 2015-17 deprecated DeferredTaxAssetsNetCurrent
    assert ext == ["DeferredTaxAssetsCurrent", "GainOnReceiptOfInvestmentSecurities", "ProceedsFromRefundOfGuaranteeDeposits",
                   "ProceedsFromSaleAndRedemptionOfOtherInvestments"]
    # the closing notes print 202,605 shares "for the three months ended September 30, 2010", where the statement
    # of income prints 202,666 for that quarter: the note's figure is not the statement's line item (issue 9)
    basic = fact(f, "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", **q2, unit="shares", dims={})
    assert basic.value == Decimal("202666")



def test_dash_in_a_statement_is_zero(converted):
    """SEC practice: a dash in a numeric statement cell is zero (ixt:fixed-zero inline), not nil.
    Line 417: "Investment in equity method investees (22,834) -- --" (1H FY2010 is the dash)."""
    f = converted.mapped.filing
    ctx = {c.id: c for c in f.contexts}
    dash = [x for x in f.facts if x.concept == "us-gaap:PaymentsToAcquireEquityMethodInvestments" and x.unit == "JPY"
            and ctx[x.context].end.isoformat() == "2010-09-30" and not ctx[x.context].dims and x.sources[0].line == 417]
    assert len(dash) == 1 and dash[0].value == 0 and not dash[0].nil and dash[0].decimals == -3
    assert not [x for x in f.facts if x.nil]
    text = converted.files["ixbrl"].read_text("utf-8")
    assert f'name="us-gaap:PaymentsToAcquireEquityMethodInvestments" contextRef="{dash[0].context}"' in text
    assert 'format="ixt:fixed-zero"' in text and "xsi:nil" not in text


CONVENIENCE = {"prx:ConvenienceTranslationAxis": "prx:ConvenienceTranslationMember"}


def test_convenience_translations_in_contexts_of_their_own(converted):
    """USD convenience amounts never share a context with the yen amounts; the rate is a fact of its own."""
    f = converted.mapped.filing
    ctx = {c.id: c for c in f.contexts}
    usd = [x for x in f.facts if x.unit in ("USD", "USDPerShare")]
    assert usd and all(any(d.axis == "prx:ConvenienceTranslationAxis" for d in ctx[x.context].dims) for x in usd)
    home = [x for x in f.facts if x.unit in ("JPY", "JPYPerShare")]
    assert not any(d.axis == "prx:ConvenienceTranslationAxis" for x in home for d in ctx[x.context].dims)
    # line 341: "Total revenues 32,275,024 100.0 410,297 34,272,080 100.0"
    assert fact(f, "us-gaap:Revenues", **H1, unit="USD", dims=CONVENIENCE).value == Decimal("410297000")
    rate = [x for x in f.facts if x.concept == "prx:ConvenienceTranslationExchangeRate"]
    assert [r.value for r in rate] == [Decimal("83.53")] and not ctx[rate[0].context].dims
    cube = [h for h in f.definition if "prx:ConvenienceTranslationAxis" in h.axes]
    assert cube and cube[0].axes["prx:ConvenienceTranslationAxis"][:2] == ["prx:ConvenienceTranslationDomain", "prx:ConvenienceTranslationMember"]


@pytest.mark.parametrize("mode", ["plain", "omit"])
def test_convenience_plain_and_omit(mode):
    from prxbrl.extract import extract_file
    from prxbrl.mapping.build import Options, map_document

    doc = extract_file(EXAMPLE)
    lines = EXAMPLE.read_text("utf-8").splitlines()
    m = map_document(doc, lines, Options(convenience=mode))
    f = m.filing
    ctx = {c.id: c for c in f.contexts}
    assert not any(d.axis == "prx:ConvenienceTranslationAxis" for c in f.contexts for d in c.dims)
    usd = [x for x in f.facts if x.unit == "USD"]
    if mode == "plain":
        assert fact(f, "us-gaap:Revenues", **H1, unit="USD", dims={}).value == Decimal("410297000")
    else:
        assert not usd
        omitted = [o for o in m.outcomes if o.reason == "convenience_omitted"]
        assert any(o.raw == "410,297" for o in omitted)
    assert any(x.concept == "prx:ConvenienceTranslationExchangeRate" for x in f.facts)
    assert ctx  # contexts are still written
