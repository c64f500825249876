"""The share of each release's facts on extension concepts, from the output folders of a corpus run.

Usage: python benchmarks/extension_share.py OUT_DIR [--list]   (OUT_DIR: ../shared/tools/corpus_score.py --out)
Cover facts (dei) and the converter's own base taxonomy (prx) are not counted as extension concepts.

Besides the share, ``standard?`` counts the extension facts whose label the concept index scores as a standard
concept with high confidence (similarity >= 0.9, the unit and period type fit, no non-GAAP word in the label):
candidates for "a standard concept exists", the figure issue 9 limits to 5% of a release's facts. It is an upper
bound to look into, not a verdict: a segment's figure or a reconciling item may rightly stay an extension.
``--list`` prints those facts' labels and the concept the index names.

A fact with a dimension is scored by its concept's label (the label linkbase's standard label), not by its row's:
there the row's label names the member ("Research and development" in a table of stock-based compensation by line
item is ``us-gaap:ResearchAndDevelopmentExpenseMember``, not the research expense).
"""

from __future__ import annotations

import csv
import re
import sys
from functools import lru_cache
from pathlib import Path

STANDARD = ("us-gaap:", "srt:", "prx:")
HIGH_CONFIDENCE = 0.9


def _unit_kind(unit: str) -> str | None:
    if unit.endswith("/xbrli:shares"):
        return "per_share"
    if unit == "xbrli:shares":
        return "shares"
    if unit == "xbrli:pure":
        return "pure"
    if unit.startswith("iso4217:"):
        return "money"
    return "number" if unit else None


@lru_cache(maxsize=None)
def standard_candidate(label: str, unit: str, instant: bool, concept: str = "") -> str | None:
    """The standard concept the concept index names for an extension fact's label with high confidence, or None."""
    from prxbrl.mapping.choose import Context, choose
    from prxbrl.mapping.rules import mapping_knowledge

    words = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", concept.split(":")[-1])
    words = re.sub(r"\bNon (?=GAAP\b|Gaap\b)", "Non-", words)
    if mapping_knowledge().index_blocked.search(label) or mapping_knowledge().index_blocked.search(words):
        return None  # a non-GAAP measure ("Adjusted ...", "Non-GAAP ..." in its label or its name) has no US GAAP concept
    ctx = Context(unit=_unit_kind(unit), period="i" if instant else "d")
    return choose(label, ctx, min_similarity=HIGH_CONFIDENCE).qname


def _concept_labels(folder: Path) -> dict[str, str]:
    """qname -> standard label, from the extension's label linkbase."""
    from lxml import etree

    xlink, link = "{http://www.w3.org/1999/xlink}", "{http://www.xbrl.org/2003/linkbase}"
    out = {}
    for path in sorted(folder.glob("*_lab.xml")):
        root = etree.parse(str(path)).getroot()
        locs = {loc.get(xlink + "label"): loc.get(xlink + "href").split("#")[1] for loc in root.iter(link + "loc")}
        texts = {lab.get(xlink + "label"): lab.text or "" for lab in root.iter(link + "label")
                 if lab.get(xlink + "role") == "http://www.xbrl.org/2003/role/label"}
        for arc in root.iter(link + "labelArc"):
            href, text = locs.get(arc.get(xlink + "from")), texts.get(arc.get(xlink + "to"))
            if href and text is not None:
                prefix, _, name = href.partition("_")
                out.setdefault(f"{prefix}:{name}", text)
    return out


def _label(r: dict, labels: dict[str, str]) -> str:
    dimensional = any(v for k, v in r.items() if k.endswith("Axis"))
    return labels.get(r["concept"], r["label"]) if dimensional else r["label"]


def main(out: Path, listing: bool = False) -> None:
    total = ext_total = cand_total = 0
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        plain = sorted(folder.glob("*-facts-plain.csv"))
        if not plain:
            continue
        with plain[0].open(encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if not r["concept"].startswith("dei:")]
        ext = [r for r in rows if not r["concept"].startswith(STANDARD)]
        labels = _concept_labels(folder)
        cand = [(r, q) for r in ext if (q := standard_candidate(_label(r, labels), r["unit"], not r["period_start"], r["concept"]))]
        total += len(rows)
        ext_total += len(ext)
        cand_total += len(cand)
        n = max(1, len(rows))
        print(f"{folder.name:34s} facts={len(rows):5d} extension={len(ext):5d} share={len(ext) / n:.1%}"
              f"  standard?={len(cand):4d} ({len(cand) / n:.1%})")
        if listing:
            seen = set()
            for r, q in cand:
                if (r["concept"], q) not in seen:
                    seen.add((r["concept"], q))
                    print(f"    {r['concept']:60s} {_label(r, labels)[:60]!r} -> {q}")
    n = max(1, total)
    print(f"all: facts={total} extension={ext_total} share={ext_total / n:.1%}  standard?={cand_total} ({cand_total / n:.1%})")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1 or not Path(args[0]).is_dir():
        sys.exit("usage: python benchmarks/extension_share.py OUT_DIR [--list]   (OUT_DIR: a corpus_score.py --out folder)")
    main(Path(args[0]), listing="--list" in sys.argv)
