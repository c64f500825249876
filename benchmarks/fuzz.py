"""Long-running mutation fuzzing of ``prxbrl convert`` (a benchmark, not a test).

    python benchmarks/fuzz.py [--mutants N] [--minutes M] [--seed S] [--validate-every K] [--save DIR] [FILES...]

Mutates the example and the corpus releases (the kinds of ``tests/mutations.py``: byte flips, deleted,
duplicated and swapped lines, truncation, odd numbers, digits of other scripts, control characters, long
lines, tag soup, re-encodings, windows of a release) and runs the command line on each mutant in a forked
child (the converter is imported once in the parent), with a time limit and an address-space limit.

Each run is classified:
  ok        exit 0 or 1, the output folder holds report.json and the instance, no staging folder left;
  refused   exit 2 with exactly one line on stderr and nothing written;
  crash     exit 3 (an internal error), any other status, a signal, or a traceback;
  bad       exit 2 that is not one line, or that wrote something; exit 0/1 with an incomplete folder;
  hang      no answer within --timeout seconds (killed);
  heavy     finished, but above --max-rss MB of resident memory.
Mutants that crash, hang, are bad or heavy are saved under --save with the command's stderr.
"""

from __future__ import annotations

import argparse
import collections
import io
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from mutations import KINDS, mutate  # noqa: E402

SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "iij-1h-fy2010" / "iij-1h-fy2010-release.txt"


def sources(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    docs = [EXAMPLE]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        docs += sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html"))
    return docs


def run_child(argv: list[str], err_path: Path, timeout: float, mem_mb: int) -> tuple[str, int | None, float, float]:
    """Run ``prxbrl argv`` in a forked child: (how it ended, exit status, seconds, max RSS in MB)."""
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child
        rc = 98
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            fd = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 2)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            sys.stderr = io.TextIOWrapper(os.fdopen(2, "wb", buffering=0), write_through=True)
            sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb"))
            if mem_mb:
                lim = mem_mb * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
            from prxbrl.cli import main

            rc = main(argv)
        except SystemExit as exc:
            rc = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - anything escaping main() is a crash
            import traceback

            traceback.print_exc()
            rc = 99
        finally:
            try:
                sys.stderr.flush()
                sys.stdout.flush()
            finally:
                os._exit(rc if isinstance(rc, int) else 97)
    deadline = t0 + timeout
    try:
        return _wait(pid, t0, deadline)
    except KeyboardInterrupt:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise


def _wait(pid: int, t0: float, deadline: float) -> tuple[str, int | None, float, float]:
    while True:
        wpid, status, usage = os.wait4(pid, os.WNOHANG)
        if wpid:
            secs = time.monotonic() - t0
            rss = usage.ru_maxrss / 1024
            if os.WIFSIGNALED(status):
                return f"signal {os.WTERMSIG(status)}", None, secs, rss
            return "exit", os.WEXITSTATUS(status), secs, rss
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return "timeout", None, time.monotonic() - t0, usage.ru_maxrss / 1024
        time.sleep(0.01)


def classify(how: str, rc: int | None, err: str, out: Path, work: Path) -> tuple[str, str]:
    leftovers = [p.name for p in work.iterdir() if p.name.startswith(f".{out.name}")]
    if how == "timeout":
        return "hang", "no answer in time"
    if how != "exit":
        return "crash", how
    if "Traceback" in err or rc not in (0, 1, 2):
        return "crash", err.strip().splitlines()[-1] if err.strip() else f"exit {rc}"
    if rc == 2:
        lines = err.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("prxbrl: error: "):
            return "bad", f"exit 2 with {len(lines)} lines on stderr"
        if out.exists() or leftovers:
            return "bad", f"exit 2 but wrote {out.name if out.exists() else leftovers}"
        return "refused", lines[0]
    if leftovers:
        return "bad", f"staging left: {leftovers}"
    if not (out / "report.json").is_file() or not any(out.glob("*.xml")):
        return "bad", "output folder incomplete"
    return "ok", ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mutants", type=int, default=1000)
    ap.add_argument("--minutes", type=float, default=0, help="stop after this many minutes (0: no limit)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--max-rss", type=float, default=1024, help="MB; above it a run is 'heavy'")
    ap.add_argument("--mem-limit", type=int, default=4096, help="address-space limit of a run, MB (0: none)")
    ap.add_argument("--validate-every", type=int, default=50, help="validate with Arelle every K-th mutant (0: never)")
    ap.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "prxbrl-fuzz")
    ap.add_argument("--whole", type=float, default=0.3, help="share of mutants of whole releases (the rest mutate a window of one: faster)")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    docs = {p: p.read_bytes() for p in sources(args.files)}
    # import and warm up once in the parent: every child starts from here
    from prxbrl.catalog import catalog

    catalog()
    import prxbrl.cli  # noqa: F401
    import prxbrl.pipeline  # noqa: F401
    import prxbrl.readers.html  # noqa: F401
    import prxbrl.report  # noqa: F401
    import prxbrl.xbrl.inline  # noqa: F401
    import prxbrl.xbrl.oim  # noqa: F401

    def stop(signum, frame):  # SIGTERM (or SIGINT of a background job): stop and print the summary
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    rng = random.Random(args.seed)
    args.save.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="prxbrl-fuzz-work-"))
    outcomes: collections.Counter[str] = collections.Counter()
    by_kind: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    messages: collections.Counter[str] = collections.Counter()
    worst_secs, worst_rss = (0.0, ""), (0.0, "")
    start = time.monotonic()
    n = 0
    try:
        while n < args.mutants and not (args.minutes and time.monotonic() - start > args.minutes * 60):
            n += 1
            path = rng.choice(list(docs))
            data, kinds = docs[path], []
            if rng.random() >= args.whole:
                data, kinds = mutate(data, rng, ["window"])
            data, more = mutate(data, rng)
            kinds += more
            suffix = path.suffix if rng.random() < 0.9 else rng.choice([".txt", ".html", ".dat"])
            src = work / f"m{suffix}"
            src.write_bytes(data)
            out = work / "out"
            err = work / "stderr"
            argv = ["convert", str(src), "-o", str(out), "--format", rng.choice(["xml"] * 6 + ["all", "ixbrl,json", "csv"])]
            if not (args.validate_every and n % args.validate_every == 0):
                argv.append("--no-validate")
            how, rc, secs, rss = run_child(argv, err, args.timeout, args.mem_limit)
            text = err.read_text("utf-8", errors="replace") if err.exists() else ""
            outcome, why = classify(how, rc, text, out, work)
            if outcome == "ok" and rss > args.max_rss:
                outcome, why = "heavy", f"{rss:.0f} MB"
            label = f"#{n} {path.name} {'+'.join(kinds)} {len(data)} bytes"
            if secs > worst_secs[0]:
                worst_secs = (secs, label)
            if rss > worst_rss[0]:
                worst_rss = (rss, label)
            outcomes[outcome] += 1
            for k in set(kinds):
                by_kind[k][outcome] += 1
            if outcome == "refused":
                messages[why.split(": ")[-1][:60]] += 1
            if outcome not in ("ok", "refused"):
                keep = args.save / f"{args.seed}-{n}-{outcome}{suffix}"
                keep.write_bytes(data)
                keep.with_name(keep.name + ".stderr").write_text(f"{label}\n{' '.join(argv)}\n{how} {rc} {secs:.1f}s {rss:.0f}MB\n{text}", "utf-8")
                print(f"{outcome}: {label}: {why} -> {keep}", flush=True)
            if not args.quiet and n % 100 == 0:
                print(f"[{n} mutants, {time.monotonic() - start:.0f}s] {dict(outcomes)}", flush=True)
            for p in work.iterdir():
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
    except KeyboardInterrupt:  # stop early: the summary of what ran
        n -= 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{n} mutants in {time.monotonic() - start:.0f}s (seed {args.seed}): {dict(outcomes)}")
    print(f"slowest: {worst_secs[0]:.1f}s {worst_secs[1]}; most memory: {worst_rss[0]:.0f} MB {worst_rss[1]}")
    print("by mutation kind:")
    for k in KINDS:
        print(f"  {k:16s} {dict(by_kind[k])}")
    print("refusal messages (most common):")
    for m, c in messages.most_common(15):
        print(f"  {c:6d}  {m}")
    return 1 if outcomes["crash"] or outcomes["hang"] or outcomes["bad"] else 0


if __name__ == "__main__":
    sys.exit(main())
