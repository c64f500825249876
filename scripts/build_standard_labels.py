#!/usr/bin/env python3
"""Build taxonomy/standard_labels.json: the US GAAP / SRT standard label of each concept real filers label.

The FASB label linkbase is not available here. Company label linkbases copy the FASB standard label into their
``label`` role, so ``<shared>/label-usage/company-label-pairs.csv`` (38 label linkbases of about 22 filers,
2010-2025) gives the standard labels of about 4,600 concepts. For each concept of the 2024 catalogs
(taxonomy/catalog/us-gaap-2024.json, srt-2024.json) this takes the ``label``-role text most filers give it; among
equally frequent texts the one of the most recent linkbase (the date in its file name), then the first in
alphabetical order. The label writer uses it for concepts the release prints no label for (axes, domains,
members, tables), instead of the concept's name in words.

Output (deterministic: sorted keys, one concept per line, UTF-8, newline-terminated)::

    {"source": "...", "labels": {"srt:ProductOrServiceAxis": "Product and Service [Axis]", ...}}

Usage: python scripts/build_standard_labels.py [--shared PATH] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGS = {"us-gaap": "us-gaap-2024.json", "srt": "srt-2024.json"}
_DATE = re.compile(r"(20\d{6})")


def build(pairs: Path) -> dict[str, str]:
    known: set[str] = set()
    for prefix, name in CATALOGS.items():
        data = json.loads((REPO / "taxonomy" / "catalog" / name).read_text("utf-8"))
        known.update(f"{prefix}:{c}" for c in data["concepts"])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    latest: dict[tuple[str, str], str] = {}
    with pairs.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            concept, text = row["concept"], " ".join(row["label"].split())
            if row["label_role"] != "label" or concept not in known or not text:
                continue
            counts[concept][text] += 1
            m = _DATE.search(row["company_file"])
            when = m.group(1) if m else ""
            latest[(concept, text)] = max(latest.get((concept, text), ""), when)
    out: dict[str, str] = {}
    for concept, texts in counts.items():
        out[concept] = min(texts, key=lambda t: (-texts[t], _neg(latest[(concept, t)]), t))
    return dict(sorted(out.items()))


def _neg(date: str) -> str:
    """A key that sorts later dates first."""
    return "".join(chr(ord("9") - ord(ch) + ord("0")) for ch in date)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "taxonomy" / "standard_labels.json")
    args = ap.parse_args()
    labels = build(args.shared / "label-usage" / "company-label-pairs.csv")
    lines = ['{"source": "label role of company label linkbases (label-usage/company-label-pairs.csv), the text most '
             'filers give each US GAAP 2024 / SRT 2024 concept", "labels": {']
    items = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in labels.items()]
    lines.append(",\n".join(items))
    lines.append("}}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(labels)} concepts")


if __name__ == "__main__":
    main()
