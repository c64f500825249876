"""Time each stage of the conversion in-process, on the example and on the corpus (a benchmark, not a test).

    python benchmarks/bench.py [--repeat N] [--validate] [FILES...]
    python benchmarks/bench.py --scaling [--repeat N] [FILE]

Prints, per document and stage, the best and the median of N runs (seconds): read, extract (tables and
line items), map (concepts, contexts, facts), write (XML instance, extension, linkbases; and with --all
Inline XBRL, xBRL-JSON, xBRL-CSV), and with --validate one Arelle validation.

``--scaling`` times read + extract + map + write of one release (the example by default) and of its text
repeated 2, 4, 8 and 16 times in one file, and prints the time relative to 1x: a conversion that does
each thing once grows linearly (16x the input, about 16x the time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from prxbrl.pipeline import FORMATS, read_extract_map, write_outputs  # noqa: E402

SHARED = ROOT.parent / "shared"
PACKAGE = SHARED / "taxonomies" / "us-gaap-2024-offline-package-with-srt.zip"


def documents(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    docs = [ROOT / "examples" / "iij-1h-fy2010" / "iij-1h-fy2010-release.txt"]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        docs += sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html"))
    return docs


def run_once(path: Path, formats: list[str]) -> tuple[dict[str, float], object, Path]:
    src, doc, mapped, t = read_extract_map(path)
    out = Path(tempfile.mkdtemp(prefix="prxbrl-bench-"))
    t0 = time.perf_counter()
    files = write_outputs(src, doc, mapped, out, formats)
    t["write"] = time.perf_counter() - t0
    t["total"] = sum(t.values())
    return t, mapped, files["xml"]


def scaling(path: Path, repeat: int, formats: list[str]) -> None:
    text = path.read_text("utf-8")
    run_once(path, formats)  # warm up
    base = None
    print(f"{'input':>6s} {'lines':>7s} {'seconds':>9s} {'x 1x':>7s} {'per 1x':>8s}   facts")
    with tempfile.TemporaryDirectory(prefix="prxbrl-scaling-") as tmp:
        for k in (1, 2, 4, 8, 16):
            p = Path(tmp) / f"{path.stem}-x{k}{path.suffix}"
            p.write_text("\n\n".join([text] * k), "utf-8")
            times = []
            for _ in range(max(1, repeat if k <= 4 else min(repeat, 2))):
                t, mapped, _ = run_once(p, formats)
                times.append(t["total"])
            best = min(times)
            base = base or best
            lines = p.read_text("utf-8").count("\n") + 1
            print(f"{k:>5d}x {lines:7d} {best:9.3f} {best / base:7.2f} {best / base / k:8.2f}   {len(mapped.filing.facts)}",
                  flush=True)
    print("(seconds: best of the runs of read + extract + map + write; 'per 1x': the time per copy relative to 1x)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--validate", action="store_true", help="also time one Arelle validation per document")
    ap.add_argument("--all", action="store_true", help="write every format, not only the XML instance")
    ap.add_argument("--scaling", action="store_true", help="time 1x, 2x, 4x, 8x, 16x the input (one file)")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    formats = list(FORMATS) if args.all else ["xml"]
    if args.scaling:
        scaling(documents(args.files)[0], args.repeat, formats)
        return 0
    from prxbrl.catalog import catalog

    loads = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        catalog.__wrapped__()  # bypass the cache: what the first conversion in a process pays
        loads.append(time.perf_counter() - t0)
    print(f"concept catalog load: {min(loads):.3f}/{statistics.median(loads):.3f} s (best/median)")
    run_once(documents(args.files)[0], formats)  # warm up: imports, catalogs, compiled patterns
    stages = ["read", "extract", "map", "write", "total"]
    print(f"{'document':32s} " + " ".join(f"{s:>15s}" for s in stages) + "   facts" + ("   validate" if args.validate else ""))
    for path in documents(args.files):
        runs = []
        for _ in range(args.repeat):
            t, mapped, xml = run_once(path, formats)
            runs.append(t)
        cells = []
        for s in stages:
            vals = [r[s] for r in runs]
            cells.append(f"{min(vals):6.3f}/{statistics.median(vals):6.3f}")
        line = f"{path.name:32s} " + " ".join(f"{c:>15s}" for c in cells) + f"   {len(mapped.filing.facts):5d}"
        if args.validate:
            from prxbrl.arelle_bridge import validate

            t0 = time.perf_counter()
            res = validate(xml, [PACKAGE] if PACKAGE.exists() else [])
            line += f"   {time.perf_counter() - t0:6.2f}s {'ok' if res.ok else 'INVALID'}"
        print(line)
    print(f"(seconds, best/median of {args.repeat} runs, in-process, after one warm-up run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
