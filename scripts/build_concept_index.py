"""Build ``taxonomy/concept_index.json.gz``: what the mapper knows about every US GAAP 2024 / SRT line-item concept.

Sources (read-only, never needed at run time):
  ../shared/taxonomies/us-gaap-2024-offline-package-with-srt.zip
      element names (split into words), type, period type, balance (us-gaap-2024.xsd, srt-2024.xsd);
      statement memberships (stm/*-pre-*.xml) and summation parents (stm/*-cal-*.xml);
      SRT standard labels (srt-lab-2024.xml)
      deprecated concepts (elts/us-gaap-depcon-pre-2024.xml) and the concepts replacing them (us-gaap-depcon-def-2024.xml):
          a deprecated concept is left out; filers' uses of it count for its one replacement (same type and period
          type), or where the linkbase names none, for the one the sources show replacing it (_inferred_successors),
          or for no concept
  ../shared/label-usage/sec-fsds/zip__2009q3.zip, zip__2010q2.zip (pre.txt: printed label, statement, negating)
  ../shared/label-usage/sec-fsds/parquet_new__quarter__2010q*.parquet (the same, when pyarrow is installed)
  ../shared/label-usage/company-label-pairs.csv (company label linkbases: standard, terse, total, negated labels)

NOT a source: ``sec-fsds/dailyzip__2025q3__20250701.zip``, the held-out test set of benchmarks/label_accuracy.py.

Output (gzip'd JSON, deterministic):
  concepts: [[qname, type, period, balance, statements, [parent indexes], [their weights: 1, -1, 0 mixed]], ...]
      type: m money, p per share, s shares, r pure/percent, n other number
      statements: letters of B (balance sheet), I (income), C (cash flow), E (equity), O (comprehensive income);
          upper case from the taxonomy's statement linkbases, lower case from filers' statements only
      company label linkbases of 2018 and later count ten times (RECENT_WEIGHT: concepts adopted since 2009-2010); a
      concept no 2009-2010 statement row has is credited with the uses recent linkbases give it in proportion to the old
      era's (index_eras.project_new_concepts)
  members: [qname, ...] (standard domain members)
  period_balances: [qname, ...] (printed as a statement's start and end balance: periodStart/EndLabel in stm/)
  labels: [[key, [[concept index, statement letter or "", count, negated count], ...]], ...]

Usage: python scripts/build_concept_index.py [--shared ../shared] [--out taxonomy/concept_index.json.gz] [--hold-out FILE ...]
(--hold-out: an sec-fsds file or a company_file of company-label-pairs.csv, left out for a development set)
Needs pyarrow for the parquet files (pip install -e '.[index]'); without it they are left out and the output
differs from the committed index. The output is byte-identical for the same sources.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prxbrl.mapping.labels import label_key, name_words  # noqa: E402
from index_eras import project_new_concepts  # noqa: E402

TEST_SET = "dailyzip__2025q3__20250701.zip"
XS = "{http://www.w3.org/2001/XMLSchema}"
XBRLI = "{http://www.xbrl.org/2003/instance}"
LINK = "{http://www.xbrl.org/2003/linkbase}"
XLINK = "{http://www.w3.org/1999/xlink}"
STMT_OF_FILE = {"sfp": "B", "soi": "I", "scf": "C", "sheci": "E", "soc": "O"}
FSDS_STMT = {"BS": "B", "IS": "I", "CF": "C", "EQ": "E", "CI": "O"}
NUMERIC = {
    "monetaryItemType": "m",
    "perShareItemType": "p",
    "sharesItemType": "s",
    "pureItemType": "r",
    "percentItemType": "r",
    "decimalItemType": "n",
    "integerItemType": "n",
    "nonNegativeIntegerItemType": "n",
}
LABEL_ROLES = {"label", "terseLabel", "verboseLabel", "totalLabel", "negatedLabel", "negatedTerseLabel", "periodStartLabel",
               "periodEndLabel", "negated", "negatedTotalLabel", "netLabel", "negatedPeriodStartLabel", "negatedPeriodEndLabel",
               "negatedNetLabel", "positiveLabel", "positiveTerseLabel", "plabel"}
LEGAL = re.compile(r"[,.]?\s*\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|l\.p|n\.v|s\.a|group|holdings?|/\w+/?)\b\.?", re.I)


def _elements(z: zipfile.ZipFile, path: str, prefix: str) -> dict[str, tuple[str, str, str]]:
    root = etree.fromstring(z.read(path))
    out = {}
    for el in root.iter(XS + "element"):
        name = el.get("name")
        t = (el.get("type") or "").split(":")[-1]
        if name and t == "domainItemType":
            out[f"{prefix}:{name}"] = ("M", "", "")
            continue
        if not name or el.get("abstract") == "true":
            continue
        code = NUMERIC.get(t)
        if code is None:
            continue
        out[f"{prefix}:{name}"] = (code, el.get(XBRLI + "periodType") or "", el.get(XBRLI + "balance") or "")
    return out


def _locs(link) -> dict[str, str]:
    locs = {}
    for loc in link.iter(LINK + "loc"):
        href = loc.get(XLINK + "href").split("#")[-1]
        prefix, _, name = href.partition("_")
        locs[loc.get(XLINK + "label")] = f"{prefix}:{name}"
    return locs


def _linkbases(z: zipfile.ZipFile):
    stmts: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    weights: dict[tuple[str, str], set[int]] = defaultdict(set)  # (child, parent) -> the weights the linkbases give
    balances: set[str] = set()  # printed as the period's start and end balance of a statement (cash in the cash flow)
    for info in sorted(z.infolist(), key=lambda i: i.filename):
        m = re.search(r"/stm/us-gaap-stm-([a-z]+)\d*(?:-[a-z0-9]+)?-(pre|cal)-2024\.xml$", info.filename)
        if not m:
            continue
        stmt = STMT_OF_FILE.get(m.group(1))
        root = etree.fromstring(z.read(info.filename))
        for link in root:
            if not isinstance(link.tag, str):
                continue
            locs = _locs(link)
            for arc in link:
                if not isinstance(arc.tag, str) or not arc.tag.endswith("Arc"):
                    continue
                frm, to = locs.get(arc.get(XLINK + "from")), locs.get(arc.get(XLINK + "to"))
                if m.group(2) == "pre" and stmt:
                    stmts[to].add(stmt)
                    if "periodStart" in (arc.get("preferredLabel") or "") or "periodEnd" in (arc.get("preferredLabel") or ""):
                        balances.add(to)
                elif m.group(2) == "cal":
                    parents[to].add(frm)
                    weights[(to, frm)].add(1 if float(arc.get("weight", "1")) > 0 else -1)
    return stmts, parents, balances, weights


DEP = "http://www.xbrl.org/2009/arcrole/"
# arcs of the deprecation linkbase that name the one concept a deprecated concept is replaced by
REPLACED_BY = {DEP + "dep-concept-deprecatedConcept", DEP + "essence-alias"}


def _deprecations(z: zipfile.ZipFile, base: str) -> tuple[set[str], dict[str, set[str]]]:
    """The concepts the 2024 taxonomy deprecates (us-gaap-depcon-pre) and, from its deprecation arcs
    (us-gaap-depcon-def), the concepts that replace them."""
    deprecated: set[str] = set()
    for link in etree.fromstring(z.read(base + "us-gaap-depcon-pre-2024.xml")):
        if isinstance(link.tag, str):
            deprecated.update(_locs(link).values())
    replaced: dict[str, set[str]] = defaultdict(set)
    for link in etree.fromstring(z.read(base + "us-gaap-depcon-def-2024.xml")):
        if not isinstance(link.tag, str):
            continue
        locs = _locs(link)
        for arc in link:
            if isinstance(arc.tag, str) and arc.get(XLINK + "arcrole") in REPLACED_BY:
                replaced[locs[arc.get(XLINK + "to")]].add(locs[arc.get(XLINK + "from")])
    return deprecated, replaced


def _srt_labels(z: zipfile.ZipFile, path: str) -> list[tuple[str, str]]:
    root = etree.fromstring(z.read(path))
    out = []
    for link in root:
        if not isinstance(link.tag, str):
            continue
        locs = _locs(link)
        res = {lab.get(XLINK + "label"): lab.text or "" for lab in link.iter(LINK + "label")}
        for arc in link.iter(LINK + "labelArc"):
            c, text = locs.get(arc.get(XLINK + "from")), res.get(arc.get(XLINK + "to"))
            if c and text:
                out.append((c, text))
    return out


def _company_names(name: str) -> tuple[str, ...]:
    short = LEGAL.sub("", name).strip(" ,.")
    names = {name.strip(), short}
    first = short.split()[0] if short.split() else ""
    if len(first) > 3:
        names.add(first)
    return tuple(n for n in names if n)


def _fsds_zip(path: Path):
    """(concept, statement letter, printed label, negating, company names) from pre.txt of one quarter zip."""
    with zipfile.ZipFile(path) as z:
        names = {}
        with z.open("sub.txt") as f:
            for row in csv.DictReader(io.TextIOWrapper(f, "utf-8", errors="replace"), delimiter="\t"):
                names[row["adsh"]] = _company_names(row["name"])
        with z.open("pre.txt") as f:
            for row in csv.DictReader(io.TextIOWrapper(f, "utf-8", errors="replace"), delimiter="\t", quoting=csv.QUOTE_NONE):
                if not (row.get("version") or "").startswith("us-gaap/"):
                    continue
                yield f"us-gaap:{row['tag']}", FSDS_STMT.get(row["stmt"], ""), row["plabel"] or "", row["negating"] == "1", names.get(row["adsh"], ())


def _fsds_parquet(path: Path):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        print(f"  pyarrow not installed: {path.name} left out", file=sys.stderr)
        return
    table = pq.read_table(path, columns=["tag", "version", "stmt", "plabel", "negating"]).to_pylist()
    for row in table:
        if not str(row.get("version") or "").startswith("us-gaap/"):
            continue
        yield f"us-gaap:{row['tag']}", FSDS_STMT.get(row["stmt"], ""), row["plabel"] or "", bool(row["negating"]), ()


def _inferred_successors(orphans, usage, concepts: list[str], elements: dict) -> dict[str, str]:
    """The concept replacing a deprecated one the deprecation linkbase names no replacement for, where the sources
    say which: of the concepts of the same type, period type and balance whose element name has every word of the
    deprecated one's, the one real filers print the deprecated concept's labels for: for at least half of its uses,
    and twice the uses of any other (CashAndCashEquivalentsPeriodIncreaseDecrease: "Net increase (decrease) in cash
    and cash equivalents" is now CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecrease-
    IncludingExchangeRateEffect, not ...ExcludingExchangeRateEffect; ProceedsFromSaleOfAvailableForSaleSecurities: none,
    its labels name the sale and maturity of securities as often as the sale of debt securities;
    UnrealizedGainLossOnSecurities: none, the other comprehensive income concept has a third of its labels)."""
    keys: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for concept, _, key, _, weight, _, _ in orphans:
        keys[concept][key] += weight
    out = {}
    for old in sorted(keys):
        words = set(name_words(old).split())
        votes: dict[str, int] = defaultdict(int)
        for key, n in keys[old].items():
            for q in {concepts[i] for i, _ in usage.get(key, ())}:
                if elements[q] == elements[old] and words <= set(name_words(q).split()):
                    votes[q] += n
        ranked = sorted(votes.items(), key=lambda t: (-t[1], t[0]))
        clear = ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
        if clear and 2 * ranked[0][1] >= sum(keys[old].values()):
            out[old] = ranked[0][0]
    return out


# a company label linkbase of 2018 or later counts this many times a 2009-2010 filer's label
RECENT_WEIGHT = 10
# the eras whose uses an entry of the index also gives apart, after its blended count (the mapper weighs them by the
# era of the release it converts: prxbrl.mapping.index): [first year, last year or None] of the company label
# linkbases of each (the year of the file name), then the uses index_eras.project_new_concepts credits. Uses of
# 2009-2013 (the FSDS sets of 2009-2010, linkbases of 2010-2013), and the taxonomy's own names, are the rest
LATER_ERAS = ((2014, 2017), (2018, None))
# the weight of a use of each of LATER_ERAS and of a projected use in an entry's count, as ``add`` counts them
BLEND = [1, RECENT_WEIGHT, 1]


def source_era(year: int) -> int:
    """1 + the place in LATER_ERAS of a linkbase of this year (0: of 2009-2013)."""
    for n, (first, last) in enumerate(LATER_ERAS, start=1):
        if year >= first and (last is None or year <= last):
            return n
    return 0


def _filer(company_file: str) -> str:
    """The company of a linkbase of company-label-pairs.csv ("edgartools__ko-20221231_lab.xml": ko)."""
    m = re.search(r"([a-z]+)-\d{8}_lab\.xml$", company_file)
    return m.group(1) if m else company_file


def build(shared: Path, hold_out: tuple[str, ...] = ()) -> dict:
    tax_zip = shared / "taxonomies" / "us-gaap-2024-offline-package-with-srt.zip"
    base = "us-gaap-2024-with-srt/xbrl.fasb.org/"
    sources = {}
    with zipfile.ZipFile(tax_zip) as z:
        elements = _elements(z, base + "us-gaap/2024/elts/us-gaap-2024.xsd", "us-gaap")
        elements.update(_elements(z, base + "srt/2024/elts/srt-2024.xsd", "srt"))
        stmts, parents, balances, weights = _linkbases(z)
        srt_labels = _srt_labels(z, base + "srt/2024/elts/srt-lab-2024.xml")
        deprecated, replaced = _deprecations(z, base + "us-gaap/2024/elts/")
    sources[tax_zip.name] = hashlib.sha256(tax_zip.read_bytes()).hexdigest()

    # a deprecated concept is no choice for a 2024 filing: filers' uses of it count for the one concept that
    # replaces it (same type and period type), or for none
    concepts = sorted(q for q, v in elements.items() if v[0] != "M" and q not in deprecated)
    successor = {}
    for q in sorted(deprecated):
        new = [r for r in replaced.get(q, ()) if r not in deprecated and r in elements and q in elements and elements[r][:2] == elements[q][:2]]
        if len(new) == 1:
            successor[q] = new[0]
    members = sorted(q for q, v in elements.items() if v[0] == "M" and q not in deprecated)
    index = {q: i for i, q in enumerate(concepts)}
    # usage: key -> (concept, statement) -> [count, negated, then the uses of each later era: ERAS]
    usage: dict[str, dict[tuple[int, str], list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0, 0]))
    seen_stmt: dict[str, set[str]] = defaultdict(set)
    orphans: list[tuple[str, str, str, bool, int, str, int]] = []  # uses of deprecated concepts the taxonomy names no replacement for
    old_era: set[int] = set()  # concepts filers of 2009-2010 used (the FSDS data sets)
    # key -> concept -> the companies whose linkbases of 2018 or later label it so, and those that negate it
    recent: dict[str, dict[int, tuple[set[str], set[str]]]] = defaultdict(lambda: defaultdict(lambda: (set(), set())))

    def add(concept: str, stmt: str, label: str, negated: bool, company: tuple[str, ...] = (), weight: int = 1,
            era: str = "", filer: str = "", source_era: int = 0) -> None:
        concept = successor.get(concept, concept)
        i = index.get(concept)
        if i is None and concept not in deprecated:
            return
        key = label_key(label, company)
        if not key:
            return
        if i is None:
            usage[key]  # a label only a deprecated concept had: its words stay known (for no concept, or its successor)
            if concept in elements:
                orphans.append((concept, stmt, key, negated, weight, era, source_era))
            return
        count(i, stmt, key, negated, weight, source_era)
        if era == "old":
            old_era.add(i)
        elif era == "recent":
            recent[key][i][0].add(filer)
            if negated:
                recent[key][i][1].add(filer)

    def count(i: int, stmt: str, key: str, negated: bool, weight: int, source_era: int) -> None:
        u = usage[key][(i, stmt)]
        u[0] += weight
        u[1] += weight if negated else 0
        if source_era:
            u[1 + source_era] += 1  # one use, whatever the weight the era has in ``count``
        if stmt:
            seen_stmt[concepts[i]].add(stmt)

    for q in concepts:
        add(q, "", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", q.split(":")[1]), False)
    for q, text in srt_labels:
        add(q, "", text, False)
    fsds = shared / "label-usage" / "sec-fsds"
    for path in sorted(fsds.iterdir()):
        if path.name == TEST_SET or path.name in hold_out:
            continue  # the held-out test set (and a development set held out with --hold-out)
        if path.name.endswith(".zip"):
            rows = _fsds_zip(path)
        elif path.name.endswith(".parquet"):
            rows = _fsds_parquet(path)
        else:
            continue
        n = 0
        for concept, stmt, label, neg, company in rows:
            add(concept, stmt, label, neg, company, era="old")
            n += 1
        if n:
            sources[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"  {path.name}: {n} rows", file=sys.stderr)
    pairs = shared / "label-usage" / "company-label-pairs.csv"
    sources[pairs.name] = hashlib.sha256(pairs.read_bytes()).hexdigest()
    with pairs.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            role = row["label_role"]
            if row["company_file"] in hold_out:
                continue  # a development set of company labels held out with --hold-out
            if role not in LABEL_ROLES or "[" in row["label"]:
                continue
            year = re.search(r"-(\d{4})\d{4}_lab", row["company_file"])
            is_recent = year is not None and int(year.group(1)) >= 2018  # after ASU 2016-18 (restricted cash) and ASC 606
            add(row["concept"], "", row["label"], role.startswith("negated"), weight=RECENT_WEIGHT if is_recent else 1,
                era="recent" if is_recent else "", filer=_filer(row["company_file"]),
                source_era=source_era(int(year.group(1))) if year else 0)
    inferred = _inferred_successors(orphans, usage, concepts, elements)
    for concept, stmt, key, neg, weight, era, src in orphans:
        if concept in inferred:
            count(index[inferred[concept]], stmt, key, neg, weight, src)
            if era == "old":
                old_era.add(index[inferred[concept]])
    successor.update(inferred)
    project_new_concepts(usage, recent, old_era, lambda i: stmts.get(concepts[i], set()), lambda i: elements[concepts[i]])

    rows = []
    for q in concepts:
        code, period, balance = elements[q]
        # upper case: the taxonomy's own statement linkbases; lower case: only where filers printed it
        tax_st = stmts.get(q, set())
        st = "".join(sorted(tax_st)) + "".join(sorted(s.lower() for s in seen_stmt.get(q, set()) - tax_st))
        ps = sorted((index[p], p) for p in parents.get(q, ()) if p in index)
        # the weight of each summation (1 or -1; 0 where the statements' linkbases give both)
        ws = [w.pop() if len(w := set(weights[(q, p)])) == 1 else 0 for _, p in ps]
        rows.append([q, code, period[:1], balance[:1], st, [i for i, _ in ps], ws])
    labels = []
    for key in sorted(usage):
        # an entry's later eras' uses only where it has some (most have the 2009-2013 filers' alone)
        entries = sorted([[i, s, c, n] + (later if any(later) else []) for (i, s), (c, n, *later) in usage[key].items()],
                         key=lambda e: (-e[2], e[0], e[1]))
        labels.append([key, entries])
    return {"version": 1, "eras": {"later": [list(e) for e in LATER_ERAS], "blend": BLEND},
            "sources": dict(sorted(sources.items())), "concepts": rows, "members": members, "labels": labels,
            "period_balances": sorted(b for b in balances if b in index),
            # concepts US GAAP 2024 deprecates, with the one concept replacing each (or null): the mapping rules may
            # not name them (a 2024 filing must not use them)
            "deprecated": {q: successor.get(q) for q in sorted(deprecated)}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "taxonomy" / "concept_index.json.gz")
    ap.add_argument("--hold-out", action="append", default=[], metavar="FILE",
                    help="leave this sec-fsds file (a development set for benchmarks/label_accuracy.py --set) or company label "
                    "linkbase (company_file of company-label-pairs.csv) out")
    args = ap.parse_args()
    data = build(args.shared, tuple(args.hold_out))
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with open(args.out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(raw)
    print(f"{args.out}: {len(data['concepts'])} concepts, {len(data['members'])} members, {len(data['labels'])} label keys, "
          f"{args.out.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
