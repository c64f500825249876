"""Statements arranged as SEC filings are (prxbrl.xbrl.arrange): [Table]/[Axis]/[Domain]/[Line Items] in the role
of the table that printed the dimensional facts, the matching definition cube in that role, cash-flow sections
closed by their totals, cash at the start and end of the period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

from prxbrl.filing import (
    LABEL_ROLE,
    PERIOD_END_LABEL_ROLE,
    PERIOD_START_LABEL_ROLE,
    Concept,
    Context,
    DimensionMember,
    Extension,
    Fact,
    Filing,
    Hypercube,
    Label,
    PresentationArc,
    PresentationRole,
    Unit,
)
from prxbrl.models import Span
from prxbrl.xbrl import render_filing
from prxbrl.xbrl.arrange import Tables, arrange

from conftest import GAAP, PACKAGE, SRT, SRT_NS, gaap, need_shared

NS = "http://prxbrl.example/tst/20100930"
PRX_NS = "http://prxbrl.org/taxonomy/prx/2024"
ROLE = NS + "/role/"


def ext(name: str, **kw) -> Concept:
    kw.setdefault("type", "xbrli:stringItemType")
    kw.setdefault("period_type", "duration")
    kw.setdefault("abstract", True)
    return Concept(prefix="tst", name=name, namespace=NS, schema_location="tst-20100930.xsd", **kw)


def prx(name: str, **kw) -> Concept:
    return Concept(prefix="prx", name=name, namespace=PRX_NS, type=kw.pop("type", "dtr-types:domainItemType"),
                   period_type="duration", abstract=True, schema_location="prx-2024.xsd", **kw)


def arcs(parent: str, *children: str) -> list[PresentationArc]:
    return [PresentationArc(parent=parent, child=c, order=i) for i, c in enumerate(children, start=1)]


def children(role: PresentationRole, parent: str) -> list[str]:
    return [a.child for a in sorted(role.arcs, key=lambda a: a.order) if a.parent == parent]


# ---------------------------------------------------------------- a statement with a convenience column and a forecast


def iij_filing() -> Filing:
    """IIJ 1H FY2010 (the example): line 341 "Total revenues 32,275,024 100.0 410,297 34,272,080 100.0" (thousands
    of yen; thousands of U.S. dollars in the third column) and line 209 "Full FY2010 84,500 4,800 4,100 3,000"
    (targets, JPY millions; the statement goes on with line 343, cost of network services), as the mapping gives them: the targets in a role of their own and one cube per set of
    axes in a "Dimensions" role."""
    h1 = Context(id="D2010H1", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30))
    conv = Context(id="D2010H1_Conv", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30),
                   dims=[DimensionMember(axis="prx:ConvenienceTranslationAxis", member="prx:ConvenienceTranslationMember")])
    fy = Context(id="D2010FY_Forecast", period_type="duration", start=date(2010, 4, 1), end=date(2011, 3, 31),
                 dims=[DimensionMember(axis="srt:StatementScenarioAxis", member="srt:ScenarioForecastMember")])
    facts = [
        Fact(id="f1", concept="us-gaap:Revenues", context="D2010H1", unit="JPY", value=Decimal("34272080000"),
             decimals=-3, table="t11", sources=[Span(line=341, start=49, end=59)]),
        Fact(id="f2", concept="us-gaap:Revenues", context="D2010H1_Conv", unit="USD", value=Decimal("410297000"),
             decimals=-3, table="t11", sources=[Span(line=341, start=41, end=48)]),
        Fact(id="f3", concept="us-gaap:Revenues", context="D2010FY_Forecast", unit="JPY", value=Decimal("84500000000"),
             decimals=-6, table="t06", sources=[Span(line=209, start=18, end=24)]),
    ]
    concepts = [
        gaap("Revenues", balance="credit"),
        gaap("CostOfRevenue", balance="debit"),
        Concept(prefix="srt", name="StatementScenarioAxis", namespace=SRT_NS, type="xbrli:stringItemType",
                period_type="duration", abstract=True, substitution_group="dimension", schema_location=SRT),
        Concept(prefix="srt", name="ScenarioUnspecifiedDomain", namespace=SRT_NS, type="dtr-types:domainItemType",
                period_type="duration", abstract=True, schema_location=SRT),
        Concept(prefix="srt", name="ScenarioForecastMember", namespace=SRT_NS, type="dtr-types:domainItemType",
                period_type="duration", abstract=True, schema_location=SRT),
        prx("ConvenienceTranslationAxis", type="xbrli:stringItemType", substitution_group="dimension"),
        prx("ConvenienceTranslationDomain"),
        prx("ConvenienceTranslationMember"),
        ext("StatementsOfIncomeAbstract"),
        ext("TargetsAbstract"),
        ext("ConvenienceTranslationTable", substitution_group="hypercube"),
        ext("ConvenienceTranslationLineItems"),
        ext("StatementScenarioTable", substitution_group="hypercube"),
        ext("StatementScenarioLineItems"),
    ]
    cubes = [
        Hypercube(role_uri=ROLE + "ConvenienceTranslationCube", definition="900000 - Disclosure - Dimensions: ConvenienceTranslation",
                  table="tst:ConvenienceTranslationTable", line_items="tst:ConvenienceTranslationLineItems",
                  primary_items=["us-gaap:Revenues"],
                  axes={"prx:ConvenienceTranslationAxis": ["prx:ConvenienceTranslationDomain", "prx:ConvenienceTranslationMember"]}),
        Hypercube(role_uri=ROLE + "StatementScenarioCube", definition="900001 - Disclosure - Dimensions: StatementScenario",
                  table="tst:StatementScenarioTable", line_items="tst:StatementScenarioLineItems",
                  primary_items=["us-gaap:Revenues"],
                  axes={"srt:StatementScenarioAxis": ["srt:ScenarioUnspecifiedDomain", "srt:ScenarioForecastMember"]}),
    ]
    ext_concepts = [c for c in concepts if c.prefix == "tst"]
    return Filing(
        entity_identifier="0001234567",
        extension=Extension(prefix="tst", namespace=NS, date=date(2010, 9, 30), concepts=ext_concepts),
        concepts=concepts,
        labels=[Label(concept="us-gaap:Revenues", text="Total revenues"),
                Label(concept="tst:StatementsOfIncomeAbstract", text="Quarterly Consolidated Statements of Income (Unaudited)"),
                Label(concept="tst:TargetsAbstract", text="Our targets for the fiscal year ending March 31, 2011 are as follows:")],
        units=[Unit(id="JPY", numerator=["iso4217:JPY"]), Unit(id="USD", numerator=["iso4217:USD"])],
        contexts=[h1, conv, fy],
        facts=facts,
        presentation=[
            PresentationRole(role_uri=ROLE + "StatementsOfIncome", root="tst:StatementsOfIncomeAbstract",
                             definition="100200 - Statement - Quarterly Consolidated Statements of Income (Unaudited)",
                             arcs=arcs("tst:StatementsOfIncomeAbstract", "us-gaap:Revenues", "us-gaap:CostOfRevenue")),
            PresentationRole(role_uri=ROLE + "Targets", root="tst:TargetsAbstract",
                             definition="100500 - Disclosure - Our targets for the fiscal year ending March 31, 2011 are as follows:",
                             arcs=arcs("tst:TargetsAbstract", "us-gaap:Revenues")),
        ],
        definition=cubes,
        imports=[GAAP, SRT, "prx-2024.xsd"],
    )


IIJ_TABLES = Tables(
    titles={"t11": "Quarterly Consolidated Statements of Income (Unaudited)",
            "t06": "Our targets for the fiscal year ending March 31, 2011 are as follows:"},
    cells={(341, 49): "t11", (341, 41): "t11", (209, 18): "t06"},
)


def test_the_statement_presents_its_convenience_column_as_a_table_and_the_targets_have_their_own():
    f = arrange(iij_filing(), IIJ_TABLES)
    income, targets = f.presentation
    root = "tst:StatementsOfIncomeAbstract"
    assert children(income, root) == ["us-gaap:StatementTable"]
    assert children(income, "us-gaap:StatementTable") == ["prx:ConvenienceTranslationAxis", "us-gaap:StatementLineItems"]
    assert children(income, "prx:ConvenienceTranslationAxis") == ["prx:ConvenienceTranslationDomain"]
    assert children(income, "prx:ConvenienceTranslationDomain") == ["prx:ConvenienceTranslationMember"]
    assert children(income, "us-gaap:StatementLineItems") == ["us-gaap:Revenues", "us-gaap:CostOfRevenue"]
    assert "srt:StatementScenarioAxis" not in {a.child for a in income.arcs}  # the forecast is not the statement's

    assert children(targets, "tst:TargetsAbstract") == ["tst:TargetsTable"]
    assert children(targets, "tst:TargetsTable") == ["srt:StatementScenarioAxis", "tst:TargetsLineItems"]
    assert children(targets, "srt:ScenarioUnspecifiedDomain") == ["srt:ScenarioForecastMember"]

    cubes = {c.role_uri: c for c in f.definition}
    assert set(cubes) == {income.role_uri, targets.role_uri}  # in the roles of the tables; no "Dimensions" roles
    assert cubes[income.role_uri].table == "us-gaap:StatementTable"
    assert cubes[income.role_uri].axes == {"prx:ConvenienceTranslationAxis": ["prx:ConvenienceTranslationDomain",
                                                                               "prx:ConvenienceTranslationMember"]}
    assert cubes[targets.role_uri].primary_items == ["us-gaap:Revenues"]
    qnames = {c.qname for c in f.concepts}
    assert "tst:ConvenienceTranslationTable" not in qnames and "us-gaap:StatementTable" in qnames
    assert {(lab.concept, lab.text) for lab in f.labels if lab.role == LABEL_ROLE} >= {
        ("tst:TargetsTable", "Our targets for the fiscal year ending March 31, 2011 are as follows: [Table]")}
    # the amounts as reported come before their translations (consumers take a row's currency from the first)
    assert [x.id for x in f.facts] == ["f1", "f2", "f3"]


def test_arranged_statement_validates_in_arelle(tmp_path):
    need_shared(PACKAGE)
    from prxbrl.arelle_bridge import validate

    files = render_filing(iij_filing(), IIJ_TABLES)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    d = etree.fromstring(files["tst-20100930_def.xml"])
    roles = [link.get("{http://www.w3.org/1999/xlink}role") for link in d]
    assert ROLE + "StatementsOfIncome" in roles and ROLE + "ConvenienceTranslationCube" not in roles
    result = validate(tmp_path / "tst-20100930.xml", packages=[PACKAGE])
    assert [f"[{x.code}] {x.message}" for x in result.findings if x.severity in ("error", "warning")] == []


def test_arrangement_is_deterministic():
    assert render_filing(iij_filing(), IIJ_TABLES) == render_filing(iij_filing(), IIJ_TABLES)


def test_without_the_document_a_table_belongs_to_the_tightest_role_presenting_its_concepts():
    """From the Filing alone: the statement's table printed revenues and (line 342, "Cost of network services
    15,311,269 201,156 16,802,569") the cost of revenue; only the statement presents both, so the convenience
    column is the statement's, and the targets (revenues only) stay in the targets' role."""
    g = iij_filing()
    cost = Fact(id="f4", concept="us-gaap:CostOfRevenue", context="D2010H1", unit="JPY", value=Decimal("16802569000"),
                decimals=-3, table="t11", sources=[Span(line=342, start=52, end=62)])
    f = arrange(g.model_copy(update={"facts": g.facts + [cost]}))
    income, targets = f.presentation
    assert children(income, "us-gaap:StatementTable") == ["prx:ConvenienceTranslationAxis", "us-gaap:StatementLineItems"]
    assert children(targets, "tst:TargetsTable") == ["srt:StatementScenarioAxis", "tst:TargetsLineItems"]


# ---------------------------------------------------------------- cash flows


def apple_cash_flow() -> Filing:
    """Apple Q1 FY2024, lines 113-146 of the corpus text, as the reader nests them: investing and financing under
    "Operating activities:", the operating total under "Changes in operating assets and liabilities:", the change
    in cash under "Financing activities:"; "Cash, cash equivalents and restricted cash, beginning balances $ 30,737"
    and "..., ending balances $ 41,974" one concept with its two labels."""
    cash = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    change = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"
    root, ops, chg, inv, fin, sup = ("tst:CashFlowsAbstract", "tst:OperatingActivitiesAbstract",
                                     "tst:ChangesInOperatingAssetsAndLiabilitiesAbstract", "tst:InvestingActivitiesAbstract",
                                     "tst:FinancingActivitiesAbstract", "tst:SupplementalCashFlowDisclosureAbstract")
    role = PresentationRole(
        role_uri=ROLE + "CashFlows", root=root, definition="100300 - Statement - Condensed Consolidated Statements of Cash Flows",
        arcs=[PresentationArc(parent=root, child=cash, order=1, preferred_label=PERIOD_START_LABEL_ROLE),
              *arcs(root, ops)[:0], PresentationArc(parent=root, child=ops, order=2),
              *arcs(ops, "us-gaap:NetIncomeLoss", chg, inv, fin, sup),
              *arcs(chg, "us-gaap:IncreaseDecreaseInAccountsReceivable", "us-gaap:NetCashProvidedByUsedInOperatingActivities"),
              *arcs(inv, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "us-gaap:NetCashProvidedByUsedInInvestingActivities"),
              *arcs(fin, "us-gaap:PaymentsOfDividends", "us-gaap:NetCashProvidedByUsedInFinancingActivities", change),
              *arcs(sup, "us-gaap:IncomeTaxesPaidNet")])
    concepts = [ext(n.split(":")[1]) for n in (root, ops, chg, inv, fin, sup)] + [
        gaap(n.split(":")[1]) for n in ("us-gaap:NetIncomeLoss", "us-gaap:IncreaseDecreaseInAccountsReceivable",
                                        "us-gaap:NetCashProvidedByUsedInOperatingActivities", "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
                                        "us-gaap:NetCashProvidedByUsedInInvestingActivities", "us-gaap:PaymentsOfDividends",
                                        "us-gaap:NetCashProvidedByUsedInFinancingActivities", change, "us-gaap:IncomeTaxesPaidNet")
    ] + [gaap(cash.split(":")[1], period="instant")]
    q1 = Context(id="I20230930", period_type="instant", end=date(2023, 9, 30))
    q2 = Context(id="I20231230", period_type="instant", end=date(2023, 12, 30))
    facts = [
        Fact(id="f1", concept=cash, context=q1.id, unit="USD", value=Decimal("30737000000"), decimals=-6, table="t03",
             label="Cash, cash equivalents and restricted cash, beginning balances", sources=[Span(line=113, start=64, end=70)]),
        Fact(id="f2", concept=cash, context=q2.id, unit="USD", value=Decimal("41974000000"), decimals=-6, table="t03",
             label="Cash, cash equivalents and restricted cash, ending balances", sources=[Span(line=144, start=61, end=67)]),
    ]
    return Filing(
        entity_identifier="0000320193",
        extension=Extension(prefix="tst", namespace=NS, date=date(2023, 12, 30), concepts=[c for c in concepts if c.prefix == "tst"]),
        concepts=concepts, units=[Unit(id="USD", numerator=["iso4217:USD"])], contexts=[q1, q2], facts=facts,
        labels=[Label(concept=cash, text="Cash, cash equivalents and restricted cash, beginning balances"),
                Label(concept=cash, role=PERIOD_START_LABEL_ROLE, text="Cash, cash equivalents and restricted cash, beginning balances")],
        presentation=[role], imports=[GAAP],
    )


def test_cash_flow_sections_are_closed_by_their_totals():
    f = arrange(apple_cash_flow())
    (role,) = f.presentation
    cash = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    change = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"
    assert children(role, "tst:CashFlowsAbstract") == [
        cash, "tst:OperatingActivitiesAbstract", "tst:InvestingActivitiesAbstract", "tst:FinancingActivitiesAbstract",
        change, cash, "tst:SupplementalCashFlowDisclosureAbstract"]
    assert children(role, "tst:OperatingActivitiesAbstract") == [
        "us-gaap:NetIncomeLoss", "tst:ChangesInOperatingAssetsAndLiabilitiesAbstract", "us-gaap:NetCashProvidedByUsedInOperatingActivities"]
    assert children(role, "tst:FinancingActivitiesAbstract") == ["us-gaap:PaymentsOfDividends", "us-gaap:NetCashProvidedByUsedInFinancingActivities"]
    prefs = [a.preferred_label for a in role.arcs if a.child == cash]
    assert prefs == [PERIOD_START_LABEL_ROLE, PERIOD_END_LABEL_ROLE]
    # the end label is the release's: the other label the balance is printed with in the same table (line 144)
    assert Label(concept=cash, role=PERIOD_END_LABEL_ROLE, text="Cash, cash equivalents and restricted cash, ending balances") in f.labels
    assert not f.definition  # no dimensional facts: no table


def test_rows_between_a_heading_and_its_top_level_total_join_the_section():
    """IIJ (the example), lines 404-411: "Dividends paid", "Proceeds from sale of treasury stock" and "Net cash
    provided by financing activities" are read at the top level after "FINANCING ACTIVITIES:"."""
    root, fin = "tst:CashFlowsAbstract", "tst:FinancingActivitiesAbstract"
    rows = ["us-gaap:PaymentsOfDividends", "us-gaap:ProceedsFromSaleOfTreasuryStock",
            "us-gaap:NetCashProvidedByUsedInFinancingActivities", "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease"]
    role = PresentationRole(role_uri=ROLE + "CashFlows", root=root, definition="100300 - Statement - Cash Flows",
                            arcs=arcs(root, fin, *rows) + arcs(fin, "us-gaap:ProceedsFromShortTermDebt"))
    concepts = [ext("CashFlowsAbstract"), ext("FinancingActivitiesAbstract")] + [
        gaap(r.split(":")[1]) for r in rows + ["us-gaap:ProceedsFromShortTermDebt"]]
    filing = Filing(entity_identifier="0001234567", concepts=concepts, presentation=[role], imports=[GAAP],
                    extension=Extension(prefix="tst", namespace=NS, date=date(2010, 9, 30), concepts=concepts[:2]))
    (arranged,) = arrange(filing).presentation
    assert children(arranged, root) == [fin, "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease"]
    assert children(arranged, fin) == ["us-gaap:ProceedsFromShortTermDebt"] + rows[:3]


def test_a_fact_printed_in_several_tables_is_presented_in_the_role_of_each():
    """The example prints the segment revenues twice: line 57 "Network services and SI business 32,443 34,264"
    (Segment Summary, JPY millions) and line 468 (segment information, thousands of yen); the fact's first print is
    the second table, yet the Segment Summary role presents the segments too (its cells, by place)."""
    from conftest import EXAMPLE
    from prxbrl.pipeline import read_extract_map

    _, doc, mapped, _ = read_extract_map(EXAMPLE)
    f = arrange(mapped.filing, Tables.of(doc))
    summary = next(r for r in f.presentation if r.definition.endswith(" - Segment Summary"))
    axes = children(summary, "iij:SegmentSummaryTable")
    assert "us-gaap:StatementBusinessSegmentsAxis" in axes
    assert "iij:NetworkServicesAndSystemsIntegrationBusinessMember" in children(summary, "us-gaap:SegmentDomain")
    cube = next(c for c in f.definition if c.role_uri == summary.role_uri)
    assert cube.primary_items == ["us-gaap:Revenues", "us-gaap:OperatingIncomeLoss"]
