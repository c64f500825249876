"""Key facts of releases the converter was not developed on: hits, misses and wrong facts, per release.

``benchmarks/unseen/`` holds real releases gathered after the converter's rules were written, each with hand-checked
key facts in ``gold.csv`` (the columns of ``../shared/corpus/gold-key-facts.csv``) and its source in ``SOURCES.tsv``.
They were triaged once; what they exposed was fixed at its mechanism, with regression tests from their lines. Kept
here so a later change can be measured on them without ``../shared``.

A gold row is a hit when the instance has an undimensioned fact of its concept (or an ``alt: Name`` of its note), its
period and unit, and exactly its value. It is **wrong** when the instance has a fact of the row's own concept, period
and unit with another value (an alternative concept of the note may rightly be another row's: "Provision for (reduction
of) loan losses" beside "Provision for credit losses"): a wrong fact is worse than a missing one, so wrong facts are
counted apart and listed.

Usage: python benchmarks/unseen_score.py [FOLDER] [-v]
The last line: ``releases=3 key=72/95 wrong=0``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

XBRLI = "{http://www.xbrl.org/2003/instance}"
XBRLDI = "{http://xbrl.org/2006/xbrldi}"
_STANDARD = ("{http://fasb.org/us-gaap/", "{http://fasb.org/srt/", "{http://xbrl.sec.gov/dei/")
_ALT = re.compile(r"alt: ?([A-Za-z0-9]+)(?! \(would be wrong)")


def facts(instance: Path) -> dict[tuple, list[tuple[str, Decimal]]]:
    """(concept local name, (start, end)) -> [(unit, value)] of the undimensioned numeric facts of US GAAP, SRT and dei
    elements."""
    root = ET.parse(instance).getroot()
    contexts, units = {}, {}
    for c in root.iter(f"{XBRLI}context"):
        if next(c.iter(f"{XBRLDI}explicitMember"), None) is not None or next(c.iter(f"{XBRLDI}typedMember"), None) is not None:
            continue
        per = c.find(f"{XBRLI}period")
        inst = per.find(f"{XBRLI}instant")
        contexts[c.get("id")] = ("", inst.text.strip()) if inst is not None else (
            per.find(f"{XBRLI}startDate").text.strip(), per.find(f"{XBRLI}endDate").text.strip())
    for u in root.iter(f"{XBRLI}unit"):
        measures = [m.text.split(":")[-1] for m in u.iter(f"{XBRLI}measure")]
        units[u.get("id")] = "/".join(measures)
    out: dict[tuple, list] = defaultdict(list)
    for e in root:
        if not e.tag.startswith(_STANDARD):
            continue  # an extension element named like a standard one is no key fact
        if e.get("contextRef") in contexts and e.get("unitRef"):
            try:
                value = Decimal((e.text or "").strip())
            except InvalidOperation:
                continue
            out[(e.tag.split("}")[-1], contexts[e.get("contextRef")])].append((units[e.get("unitRef")], value))
    return out


def unit_fits(gold: str, unit: str) -> bool:
    gold = gold.strip()
    if "/" in gold:
        num, den = gold.split("/", 1)
        return unit.lower() == f"{num}/shares".lower() if den.lower().startswith("share") else unit.lower() == gold.lower()
    if gold.lower() in ("pure", "percent"):
        return unit == "pure"
    if gold.lower() == "shares":
        return unit == "shares"
    return unit == gold


def score(gold_rows: list[dict], instance: Path | None) -> tuple[list[dict], list[dict], list[tuple[dict, Decimal | str]]]:
    """(hits, misses, wrong: (row, the value written; with its unit where the row's concept and period were written
    only in another unit: a currency, or shares for money))."""
    have = facts(instance) if instance else {}
    hits, misses, wrong = [], [], []
    for r in gold_rows:
        period = (r["period_start"], r["period_end_or_instant"])
        want = Decimal(r["value_xbrl"])
        written = {n: [v for u, v in have.get((n, period), []) if unit_fits(r["unit"], u)]
                   for n in [r["concept"].split(":")[-1]] + _ALT.findall(r["note"])}
        primary = next(iter(written.values()))
        other_units = [(u, v) for u, v in have.get((r["concept"].split(":")[-1], period), []) if not unit_fits(r["unit"], u)]
        if any(want in vs for vs in written.values()):
            hits.append(r)
        elif primary:
            wrong.append((r, primary[0]))  # an alternative concept may be another row's ("loan losses" beside "credit losses")
        elif other_units:
            wrong.append((r, f"{other_units[0][1]} {other_units[0][0]}"))  # the row's concept and period, only in another unit
        else:
            misses.append(r)
    return hits, misses, wrong


def convert_one(release: Path, out: Path) -> tuple[Path | None, str | None]:
    """The release's instance, or None and the one-line message with which the converter refused it (bad input: every
    key fact of it is missed, none written wrong)."""
    from prxbrl.errors import PrxbrlError
    from prxbrl.pipeline import convert

    try:
        convert(release, out, validate=False)
    except PrxbrlError as err:
        return None, str(err)
    return next((p for p in out.glob("*.xml") if "_" not in p.name), None), None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "benchmarks" / "unseen")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    with (args.folder / "gold.csv").open(encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    docs = sorted({r["doc"] for r in gold})
    total = hit = bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            rows = [r for r in gold if r["doc"] == doc]
            out = Path(tmp) / Path(doc).stem
            instance, refused = convert_one(args.folder / doc, out)
            hits, misses, wrong = score(rows, instance)
            total, hit, bad = total + len(rows), hit + len(hits), bad + len(wrong)
            print(f"{Path(doc).stem:40s} key={len(hits)}/{len(rows)} wrong={len(wrong)}" + (f" refused: {refused}" if refused else ""))
            for r, v in wrong:
                print(f"  WRONG line {r['line']} {r['concept']} {r['period_start']}..{r['period_end_or_instant']}: "
                      f"{v} written, {r['value_xbrl']} printed ({r['label']})")
            for r in misses if args.verbose else []:
                print(f"  miss line {r['line']} {r['concept']} {r['period_start']}..{r['period_end_or_instant']} {r['value_xbrl']} ({r['label']})")
    print(f"releases={len(docs)} key={hit}/{total} wrong={bad}")


if __name__ == "__main__":
    main()
