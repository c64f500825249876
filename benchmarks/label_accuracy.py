"""Label-to-concept accuracy on real labels the concept index never saw.

Maps the printed labels (``plabel``) of the balance sheets, income statements and cash-flow statements of
``../shared/label-usage/sec-fsds/dailyzip__2025q3__20250701.zip`` (the held-out test set: the index is not built
from it) and compares the concept chosen with the concept the filer used. What the converter would know is given:
the statement, the unit and period type of the row's figures (from num.txt; an income statement's per-share figures,
which num.txt records in the currency alone, per share), the other labels of the statement (for structure such as a
noncontrolling-interest line). Rows whose filer used its own extension concept are left out and counted apart; a
concept US GAAP 2024 deprecates is compared as its one replacement (the mapper cannot choose what the 2024 taxonomy no
longer has), and rows of deprecated concepts without one are left out and counted apart (the 2009-2010 development
sets have many; a 2025 filing few).

Recent-era development set (``--linkbase-dev``): the FSDS development sets are of 2009-2010 and the test set is of
2025, so labels of concepts adopted since (leases, revenue from contracts with customers, restricted cash, credit losses)
are scored on the company label linkbases of ``label-usage/company-label-pairs.csv`` of 2018 and later. Whole companies
(``DEV_COMPANIES``, every linkbase of each, so no company's wording leaks into the index) are held out of an index built
in memory (``scripts/build_concept_index.build``; or ``--index``, built with ``--hold-out`` for each of their files), and
their printed-style labels (terse, total, negated, period start/end labels; the standard ``label`` role where the
company gave the concept no other) of the line items of the balance sheet, income and cash-flow statements (the
taxonomy's statement linkbases: every one of the three the concept stands in) are mapped, with what the converter would
know: the statement, the unit kind and period type the concept implies, whether the row is a total (a totalLabel, or
"Total ..."), the company's name and whether it reports a noncontrolling interest's share of income or equity. No
statement structure (neighbouring labels, sections) is given: a linkbase has none; so a label the company gives to more
than one concept ("Total", "Beginning balance", "Other") is left out. Deterministic.

Cross-validation over companies (``--linkbase-cv K``): the recent-era set is small and was tuned on, so every company of
``company-label-pairs.csv`` (about 22 filers, linkbases of 2010-2025) is mapped in turn: the sorted tickers are dealt
round robin into K folds, each fold's companies (every linkbase of each) are held out of an index built in memory for
it, and their rows are mapped as ``--linkbase-dev`` maps its own; a line per fold, then the statements and the accuracy
over all folds (K=5: about 1.5 minutes).

Usage: python benchmarks/label_accuracy.py [--mapper index|regex] [--shared ../shared] [--linkbase-dev | --linkbase-cv K] [-v]
The last line: ``accuracy=0.812 top3=0.934 n=535``.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEST_SET = "label-usage/sec-fsds/dailyzip__2025q3__20250701.zip"
PER_SHARE = re.compile(r"\(in \w+ per share\)|\bper (?:common |ordinary |basic |diluted )?share\b(?![^;]*authorized)", re.I)
NCI = re.compile(r"non-?controlling|minority", re.I)
STATEMENTS = {"BS": ("B", "balance_sheet"), "IS": ("I", "income"), "CF": ("C", "cash_flow")}


def _read(path: Path):
    with zipfile.ZipFile(path) as z:
        def table(name):
            with z.open(name) as f:
                return list(csv.DictReader(io.TextIOWrapper(f, "utf-8", errors="replace"), delimiter="\t", quoting=csv.QUOTE_NONE))
        return table("sub.txt"), table("pre.txt"), table("num.txt")


def _unit(uom: str) -> str:
    if uom.lower() == "shares":
        return "shares"
    if uom.lower() == "pure":
        return "pure"
    if "/" in uom:
        num, den = uom.split("/", 1)
        return f"{num}/shares" if den.lower() == "shares" else uom
    return uom


def rows(shared: Path, test_set: str = TEST_SET):
    """(statement code, kind, label, concept or None for an extension, unit, period, labels of the statement, position,
    company, whether the filing prints a noncontrolling-interest line, the year of the filing's latest period end)."""
    sub, pre, num = _read(shared / "label-usage/sec-fsds" / Path(test_set).name)
    names = {s["adsh"]: s["name"] for s in sub}
    years = {s["adsh"]: filing_year(s) for s in sub}
    facts = {}
    for n in sorted(num, key=lambda n: (n["adsh"], n["tag"], n["segments"] != "", n["ddate"])):
        facts.setdefault((n["adsh"], n["tag"]), (_unit(n["uom"]), "i" if n["qtrs"] == "0" else "d"))
    groups = defaultdict(list)
    nci = {p["adsh"] for p in pre if NCI.search(p["plabel"])}  # the converter looks at every table of the release
    for p in pre:
        if p["stmt"] in STATEMENTS:
            groups[(p["adsh"], p["report"])].append(p)
    for (adsh, _), ps in sorted(groups.items()):
        ps.sort(key=lambda p: int(p["line"]))
        labels = tuple(p["plabel"] for p in ps)
        for i, p in enumerate(ps):
            stmt, kind = STATEMENTS[p["stmt"]]
            standard = p["version"].startswith(("us-gaap/", "srt/"))
            concept = f"{p['version'].split('/')[0]}:{p['tag']}" if standard else None
            unit, period = facts.get((adsh, p["tag"]), (None, None))
            if unit and re.fullmatch(r"[A-Z]{3}", unit) and (_per_share(p["plabel"]) or stmt == "I" and _per_share_item(concept)):
                unit += "/shares"  # num.txt gives per-share amounts in USD; the release prints "per share"
            yield stmt, kind, p["plabel"], concept, unit, period, labels, i, names.get(adsh, ""), adsh in nci, years.get(adsh)


def filing_year(sub: dict) -> int | None:
    """The year of a filing's latest period end: sub.txt's ``period`` (the balance sheet date, yyyymmdd), else its
    fiscal year ``fy`` (the converter maps a release as of the year of its latest period end)."""
    for field in ("period", "fy"):
        m = re.match(r"(\d{4})", sub.get(field) or "")
        if m:
            return int(m.group(1))
    return None


def linkbase_year(company_file: str) -> int | None:
    """The year of a company label linkbase, from its file name ("edgartools__xom-20221231_lab.xml": 2022)."""
    m = re.search(r"-(\d{4})\d{4}_lab\.xml$", company_file)
    return int(m.group(1)) if m else None


def _per_share_item(concept: str | None) -> bool:
    """Whether the filer's fact is per share (perShareItemType), which num.txt records in the currency alone. Used for
    the income statement only: there a release prints per-share figures under a heading or in a block the converter
    reads as per share ("Earnings per share:", "Basic"/"Diluted", the EPS rows ``tables/per_share.py`` places); a
    balance sheet's parenthetical par value has no such heading in a release."""
    from prxbrl.mapping.index import concept_index

    info = concept_index().get(concept) if concept else None
    return info is not None and info.kind == "per_share"


def _per_share(label: str) -> bool:
    """Whether the converter reads the row's figures as per share: its label says so ("per share", or "Basic" and
    "Diluted" alone, as ``prxbrl.tables.columns.label_unit`` reads them). pre.txt has no heading rows to go by."""
    from prxbrl.tables.columns import STATED_PER_SHARE, VOTES_PER_SHARE, label_unit

    # an amount the label states per share ("redemption value of $10.25 per share") or the votes of a share are no unit
    # of the row's figures, for the converter as for this reading
    said = VOTES_PER_SHARE.sub(" ", STATED_PER_SHARE.sub(" ", label))
    return bool(PER_SHARE.search(said)) or label_unit(label) == "per_share"


# held-out companies of the recent-era development set (--linkbase-dev): all their linkbases are of 2019-2024, and
# they span industries (oil, aerospace, consumer goods, cars, restaurants, software, health care); the names are what a
# release of theirs prints (the converter knows the issuer's name)
DEV_COMPANIES = {"xom": "Exxon Mobil Corporation", "ba": "The Boeing Company", "clx": "The Clorox Company",
                 "tsla": "Tesla, Inc.", "cmg": "Chipotle Mexican Grill, Inc.", "wk": "Workiva Inc.",
                 "gahc": "Global Arena Holding, Inc."}
PRINTED_ROLES = ("terseLabel", "totalLabel", "negatedLabel", "negatedTerseLabel", "negatedTotalLabel", "periodStartLabel",
                 "periodEndLabel", "negatedPeriodStartLabel", "negatedPeriodEndLabel", "netLabel", "negatedNetLabel",
                 "negated", "positiveLabel", "positiveTerseLabel")
UNIT_OF_KIND = {"money": "USD", "per_share": "USD/shares", "shares": "shares", "pure": "pure", "number": "number"}
KIND_OF_STATEMENT = {"B": "balance_sheet", "I": "income", "C": "cash_flow"}
NCI_LINES = {"us-gaap:MinorityInterest", "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest"}


# every company of company-label-pairs.csv, for the cross-validation over companies (--linkbase-cv): the name a release
# of theirs prints (the converter knows the issuer's name)
COMPANY_NAMES = {**DEV_COMPANIES, "aapl": "Apple Inc.", "abc": "AmerisourceBergen Corporation", "aeon": "AEON Biopharma, Inc.",
                 "amzn": "Amazon.com, Inc.", "fizz": "National Beverage Corp.", "gbdc": "Golub Capital BDC, Inc.",
                 "ibm": "International Business Machines Corporation", "isdr": "Issuer Direct Corporation",
                 "jpm": "JPMorgan Chase & Co.", "ko": "The Coca-Cola Company", "ktyb": "Kentucky Bancshares, Inc.",
                 "msft": "Microsoft Corporation", "nflx": "Netflix, Inc.", "pg": "The Procter & Gamble Company",
                 "unp": "Union Pacific Corporation"}


def company_of(company_file: str) -> str | None:
    """The company a linkbase of company-label-pairs.csv belongs to ("edgartools__xom-20221231_lab.xml": xom)."""
    m = re.search(r"__(?:.*_)?([a-z]+)-\d{8}_lab\.xml$", company_file)
    return m.group(1) if m else None


def dev_company(company_file: str, companies=DEV_COMPANIES) -> str | None:
    """The held-out company a linkbase of company-label-pairs.csv belongs to ("edgartools__xom-20221231_lab.xml": xom)."""
    ticker = company_of(company_file)
    return ticker if ticker in companies else None


def dev_files(shared: Path, companies=DEV_COMPANIES) -> list[str]:
    with (shared / "label-usage" / "company-label-pairs.csv").open(encoding="utf-8") as f:
        return sorted({r["company_file"] for r in csv.DictReader(f) if dev_company(r["company_file"], companies)})


def all_companies(shared: Path) -> list[str]:
    """Every company of company-label-pairs.csv, sorted by ticker."""
    with (shared / "label-usage" / "company-label-pairs.csv").open(encoding="utf-8") as f:
        return sorted({t for r in csv.DictReader(f) if (t := company_of(r["company_file"]))})


def cv_folds(companies: list[str], k: int) -> list[list[str]]:
    """The K folds of the cross-validation over companies: the sorted tickers dealt round robin."""
    tickers = sorted(companies)
    return [tickers[i::k] for i in range(k)]


def linkbase_rows(shared: Path, ix, companies=DEV_COMPANIES):
    """Rows of the recent-era development set (or of ``companies``, a ticker -> name mapping), in the order of ``rows``."""
    by: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    # the year of the latest linkbase of the company that labels the concept so
    years: dict[tuple[str, str, str], int] = {}
    with (shared / "label-usage" / "company-label-pairs.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            ticker = dev_company(r["company_file"], companies)
            if ticker and "[" not in r["label"] and r["label"].strip():
                label = " ".join(r["label"].split())
                by[(ticker, r["concept"])][r["label_role"]].add(label)
                if (year := linkbase_year(r["company_file"])) is not None:
                    years[(ticker, r["concept"], label)] = max(year, years.get((ticker, r["concept"], label), year))
    # a noncontrolling-interest line: the company reports the interest's share of net income or equity
    nci = {t for t, q in by if q in NCI_LINES}
    printed_by = {}
    for (ticker, concept), roles in sorted(by.items()):
        printed = sorted({(lab, role.startswith(("total", "negatedTotal"))) for role in PRINTED_ROLES for lab in roles.get(role, ())})
        printed_by[(ticker, concept)] = printed or [(lab, False) for lab in sorted(roles.get("label", ()))]
    concepts_of = defaultdict(set)
    for (ticker, concept), printed in printed_by.items():
        for label, _ in printed:
            concepts_of[(ticker, label.lower())].add(concept)
    for (ticker, concept), printed in sorted(printed_by.items()):
        # the statements of the 2024 taxonomy (a deprecated concept: those of its replacement)
        info = ix.get(ix.deprecated.get(concept) or concept)
        if info is None:
            continue
        unit = UNIT_OF_KIND[info.kind]
        for stmt in (s for s in "BIC" if s in info.statements):
            for label, total in printed:
                if len(concepts_of[(ticker, label.lower())]) > 1:
                    continue  # "Total", "Beginning balance", "Other": what it is, only the table around it says
                yield (stmt, KIND_OF_STATEMENT[stmt], label, concept, unit, info.period, (), -1, companies[ticker], ticker in nci,
                       total, years.get((ticker, concept, label)))


def predict_index(stmt, kind, label, unit, period, labels, pos, company, nci, total=False):
    from prxbrl.mapping.choose import Context, choose, unit_kind

    ctx = Context(statement=stmt, period=period, unit=unit_kind(unit), labels=labels, position=pos, nci=nci,
                  total=total or label.strip().lower().startswith("total"))
    ch = choose(label, ctx, company=_company(company))
    return [ch.qname] + [q for q, _ in ch.runners_up]


def predict_regex(stmt, kind, label, unit, period, labels, pos, company, nci, total=False):
    from prxbrl.mapping.rules import match_all, normalize

    out = []
    for m in match_all(normalize(label, _company(company)), kind, "", "", unit):
        if m.rule.concept not in out:
            out.append(m.rule.concept)
    return out or [None]


def _company(name: str) -> tuple[str, ...]:
    import re

    short = re.sub(r"[,.]?\s*\b(?:inc|corp|corporation|co|ltd|plc|llc|holdings?)\b\.?|/\w+/?", "", name, flags=re.I).strip(" ,.")
    words = [w for i, w in enumerate(short.split()) if i or w.lower() != "the"]  # "The Clorox Company": not "The"
    return tuple(sorted(n for n in {name, short, " ".join(words[:2]), words[0] if words else ""} if len(n) >= 3))


def use_index(ix) -> None:
    """Map with ``ix`` in place of the converter's own index: every module that holds ``concept_index`` is given it,
    and what the mapper cached of the index used before is forgotten (the folds of --linkbase-cv map one after another
    in one process)."""
    from prxbrl.mapping import choose  # noqa: F401  (imports the mapper's modules)

    for name, module in sorted(sys.modules.items()):
        if not name.startswith("prxbrl"):
            continue
        if hasattr(module, "concept_index"):
            module.concept_index = lambda: ix
        for value in list(vars(module).values()):
            for f in [value, *(vars(value).values() if isinstance(value, type) else ())]:
                if callable(getattr(f, "cache_clear", None)):
                    f.cache_clear()


class Score:
    """The counts of one run (over every fold of --linkbase-cv)."""

    def __init__(self):
        self.n = self.top1 = self.top3 = self.ext = self.abstained = self.retired = self.replaced = 0
        self.per = defaultdict(lambda: [0, 0])

    def add(self, source, predict, ix, verbose: bool, no_era: bool) -> None:
        from prxbrl.mapping import index as _index

        for stmt, kind, label, concept, unit, period, labels, pos, company, nci, total, year in source:
            if concept is None:
                self.ext += 1
                continue
            if concept in ix.deprecated:  # a concept US GAAP 2024 deprecates: its replacement is the right answer now
                concept, self.replaced = ix.deprecated[concept], self.replaced + 1
            if concept is None or ix.get(concept) is None:
                self.retired += 1  # deprecated without a replacement, or not a line-item concept of the 2024 taxonomy
                continue
            with _index.release_year(None if no_era else year):  # the era of the row's filing, as the converter's release's
                got = predict(stmt, kind, label, unit, period, labels, pos, company, nci, total)
            self.n += 1
            self.per[stmt][1] += 1
            if got[0] is None:
                self.abstained += 1
            if got[0] == concept:
                self.top1 += 1
                self.per[stmt][0] += 1
            elif verbose:
                print(f"  miss {stmt} {label[:70]!r}: {got[0]} (filer: {concept}; unit {unit}, {period})")
            if concept in got[:3]:
                self.top3 += 1

    def report(self, mapper: str) -> None:
        for stmt, (ok, tot) in sorted(self.per.items()):
            print(f"{stmt}: {ok}/{tot} = {ok / tot:.3f}")
        print(f"mapper={mapper} extension rows left out={self.ext} rows of concepts US GAAP 2024 no longer has left out="
              f"{self.retired} compared as their 2024 replacement={self.replaced} no concept chosen={self.abstained}")
        print(f"accuracy={self.top1 / self.n:.3f} top3={self.top3 / self.n:.3f} n={self.n}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mapper", choices=("index", "regex"), default="index")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    ap.add_argument("--set", default=TEST_SET, help="the FSDS quarter zip to map (a development set must be held out of "
                    "the index: scripts/build_concept_index.py --hold-out, and --index names that index)")
    ap.add_argument("--index", type=Path, help="a concept index built apart (default: the converter's own)")
    ap.add_argument("--linkbase-dev", action="store_true", help="the recent-era development set: labels of the companies "
                    "DEV_COMPANIES from company label linkbases, held out of an index built in memory (or of --index)")
    ap.add_argument("--linkbase-cv", type=int, metavar="K", help="cross-validation over every company of "
                    "company-label-pairs.csv: K folds (sorted tickers, round robin), each held out of an index built in "
                    "memory and mapped as --linkbase-dev maps its companies")
    ap.add_argument("--no-era", action="store_true", help="map every row as of no known era (the index's blended counts)")
    args = ap.parse_args()
    predict = predict_index if args.mapper == "index" else predict_regex
    score = Score()
    if args.linkbase_cv:
        sys.path.insert(0, str(ROOT / "scripts"))
        from build_concept_index import build

        from prxbrl.mapping import index

        for fold in cv_folds(all_companies(args.shared), args.linkbase_cv):
            companies = {t: COMPANY_NAMES.get(t, t) for t in fold}
            ix = index.ConceptIndex(build(args.shared, tuple(dev_files(args.shared, companies))))
            use_index(ix)
            before = (score.top1, score.n)
            score.add(linkbase_rows(args.shared, ix, companies), predict, ix, args.verbose, args.no_era)
            top1, n = score.top1 - before[0], score.n - before[1]
            print(f"fold {','.join(fold)}: {top1}/{n} = {top1 / max(n, 1):.3f}", flush=True)
        score.report(args.mapper)
        return
    if args.index or args.linkbase_dev:
        import gzip
        import json

        from prxbrl.mapping import choose, index, placement, scoring

        if args.index:
            raw = json.loads(gzip.decompress(args.index.read_bytes()))
        else:
            sys.path.insert(0, str(ROOT / "scripts"))
            from build_concept_index import build

            raw = build(args.shared, tuple(dev_files(args.shared)))
        dev = index.ConceptIndex(raw)
        index.concept_index = choose.concept_index = placement.concept_index = scoring.concept_index = lambda: dev
    from prxbrl.mapping import index as _index

    ix = _index.concept_index()
    source = linkbase_rows(args.shared, ix) if args.linkbase_dev else (r[:10] + (False, r[10]) for r in rows(args.shared, args.set))
    score.add(source, predict, ix, args.verbose, args.no_era)
    score.report(args.mapper)


if __name__ == "__main__":
    main()
