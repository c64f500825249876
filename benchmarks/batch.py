"""Throughput of many conversions (a benchmark, not a test), every mode side by side in one run.

    python benchmarks/batch.py [-n N] [--modes MODES] [--standin] [FILES...]

N releases (the example and the corpus, repeated under distinct names, releases that cannot be converted
left out) are converted with validation and without, by:

* ``per-process``: one ``prxbrl convert`` process per release, one after another (what a shell loop does);
* ``sequential``: ``prxbrl.batch`` in one process (``workers=1``): the base DTS loaded once, each release
  validated in a fork of it;
* ``workers2``: ``prxbrl.batch`` on a local pool of 2 processes;
* ``dask2``: ``prxbrl.batch`` on a Dask ``LocalCluster`` of 2 worker processes.

Prints releases/s, the speed-up over ``per-process`` and the mean seconds per stage of a release. Validation
uses the US GAAP package of ../shared when present (else, or with --standin, the stand-in).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import PACKAGE  # noqa: E402  (the example and corpus as bench.py finds them)
from bench import documents as releases  # noqa: E402

STAGES = ["read", "extract", "map", "write", "validate"]
MODES = ["per-process", "sequential", "workers2", "dask2"]


def convertible(docs: list[Path]) -> list[Path]:
    """The releases that convert (without validation): a benchmark of throughput, not of failures."""
    from prxbrl.pipeline import read_extract_map

    ok = []
    for d in docs:
        try:
            read_extract_map(d)
            ok.append(d)
        except Exception as exc:  # noqa: BLE001 - reported and left out
            print(f"  left out {d.name}: {exc}", file=sys.stderr)
    return ok


def inputs(docs: list[Path], n: int, folder: Path) -> list[Path]:
    out = []
    for i in range(n):
        d = docs[i % len(docs)]
        p = folder / f"r{i:04d}-{d.name}"
        shutil.copy(d, p)
        out.append(p)
    return out


def per_process(paths: list[Path], out: Path, validate: bool, packages: list[Path]) -> tuple[float, list[dict]]:
    exe = Path(sys.executable).with_name("prxbrl")
    cmd0 = [str(exe)] if exe.exists() else [sys.executable, "-m", "prxbrl.cli"]
    t = time.perf_counter()
    for p in paths:
        cmd = cmd0 + ["convert", str(p), "-o", str(out / p.stem)]
        cmd += [] if validate else ["--no-validate"]
        for pkg in packages:
            cmd += ["--taxonomy-package", str(pkg)]
        subprocess.run(cmd, capture_output=True, check=False)
    return time.perf_counter() - t, []


def batched(paths: list[Path], out: Path, validate: bool, packages: list[Path], workers: int, dask: bool):
    import prxbrl

    t = time.perf_counter()
    res = prxbrl.batch(paths, out, validate=validate, taxonomy_packages=packages, workers=workers,
                       dask=True if dask else None, force=True)
    return time.perf_counter() - t, res.rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=20, help="releases per run (default 20)")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated of {', '.join(MODES)}")
    ap.add_argument("--standin", action="store_true", help="validate against the stand-in, not US GAAP")
    ap.add_argument("--no-plain", action="store_true", help="only the runs with validation")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    packages = [] if args.standin or not PACKAGE.exists() else [PACKAGE]
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    docs = convertible(releases(args.files))
    work = Path(tempfile.mkdtemp(prefix="prxbrl-bench-batch-"))
    try:
        (work / "in").mkdir()
        paths = inputs(docs, args.n, work / "in")
        print(f"{len(paths)} releases ({len(docs)} distinct), validation against "
              f"{'US GAAP 2024 (' + PACKAGE.name + ')' if packages else 'the stand-in'}")
        head = f"{'mode':12s} {'validate':>8s} {'seconds':>8s} {'rel/s':>7s} {'speed-up':>8s}   " + " ".join(f"{s:>8s}" for s in STAGES)
        print(head)
        base: dict[bool, float] = {}
        for validate in ([True] if args.no_plain else [True, False]):
            for mode in modes:
                out = work / f"out-{mode}-{int(validate)}"
                if mode == "per-process":
                    secs, rows = per_process(paths, out, validate, packages)
                elif mode == "sequential":
                    secs, rows = batched(paths, out, validate, packages, 1, False)
                elif mode == "workers2":
                    secs, rows = batched(paths, out, validate, packages, 2, False)
                elif mode == "dask2":
                    secs, rows = batched(paths, out, validate, packages, 2, True)
                else:
                    raise SystemExit(f"unknown mode {mode}")
                bad = [r for r in rows if r["status"] in ("failed", "error")]
                rate = len(paths) / secs
                if mode == "per-process":
                    base[validate] = rate
                speed = f"{rate / base[validate]:7.2f}x" if validate in base else "       -"
                stages = []
                for s in STAGES:
                    vals = [r["timings"][s] for r in rows if s in r.get("timings", {})]
                    stages.append(f"{statistics.mean(vals):8.3f}" if vals else f"{'-':>8s}")
                line = f"{mode:12s} {str(validate):>8s} {secs:8.1f} {rate:7.3f} {speed:>8s}   " + " ".join(stages)
                print(line + (f"   ({len(bad)} failed)" if bad else ""), flush=True)
        print("(stages: mean seconds per release inside the workers; per-process: the command's own process)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
