"""The share of each release's facts on extension concepts, from the output folders of a corpus run.

Usage: python benchmarks/extension_share.py OUT_DIR   (OUT_DIR: ../shared/tools/corpus_score.py --out)
Cover facts (dei) and the converter's own base taxonomy (prx) are not counted as extension concepts.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

STANDARD = ("us-gaap:", "srt:", "prx:")


def main(out: Path) -> None:
    total = ext_total = 0
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        plain = sorted(folder.glob("*-facts-plain.csv"))
        if not plain:
            continue
        with plain[0].open(encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if not r["concept"].startswith("dei:")]
        ext = [r for r in rows if not r["concept"].startswith(STANDARD)]
        total += len(rows)
        ext_total += len(ext)
        print(f"{folder.name:34s} facts={len(rows):5d} extension={len(ext):5d} share={len(ext) / max(1, len(rows)):.1%}")
    print(f"all: facts={total} extension={ext_total} share={ext_total / max(1, total):.1%}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
