"""``prxbrl batch``: many releases, one output folder each, on a local process pool or a Dask cluster.

* Inputs: files, folders (searched recursively for .txt, .htm, .html) and list files (``@list.txt`` or a
  ``.lst``/``.list`` file: one path a line, relative to the list's folder, ``#`` comments).
* One output folder per release, named after the input file (``stem``; when stems collide ``stem-ext``, then
  ``parent-stem-ext``, then a number), the same names whatever the order the inputs are given in.
* ``OUTDIR/batch.jsonl`` and ``OUTDIR/batch.csv``: one row per release (``ROW_FIELDS``). Each row is appended
  to ``batch.jsonl`` as soon as its release is published, and both files are rewritten in input order at the
  end, so an interrupted batch keeps every finished release and its row. A re-run skips a release whose row
  says it was converted from the same bytes (sha256) with the same options, unless ``force``.
* Each worker process keeps a ``TemplateValidator`` (the base DTS loaded once) between releases; a Dask
  worker keeps it too (module state of the worker process). A bad release never stops the batch: it gets a
  row with status ``failed`` (bad input, exit 2) or ``error`` (a defect of ours, exit 3).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import PrxbrlError
from .fsutil import ensure_folder, write_atomically

RELEASE_SUFFIXES = (".txt", ".htm", ".html")
LIST_SUFFIXES = (".lst", ".list")
ROW_FIELDS = ["input", "name", "sha256", "status", "exit", "facts", "errors", "warnings", "unexplained", "seconds",
              "message", "options"]
DONE = ("valid", "invalid", "converted")  # statuses a re-run may skip


@dataclass(frozen=True)
class BatchOptions:
    formats: tuple[str, ...] = ("xml",)
    validate: bool = True
    packages: tuple[str, ...] = ()  # absolute paths of taxonomy packages
    amortise: bool = True  # validate in forks of a loaded base DTS (TemplateValidator)
    sync: bool = False  # fsync every output file (each release folder is published whole either way)

    def digest(self) -> str:
        """What decides a release's output: the options that change files, the packages' identity, the version."""
        pkgs = []
        for p in self.packages:
            st = Path(p).stat()
            pkgs.append([p, st.st_size, int(st.st_mtime)])
        key = {"formats": sorted(self.formats), "validate": self.validate, "packages": pkgs, "version": __version__}
        return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class BatchResult:
    rows: list[dict[str, Any]]
    outdir: Path
    seconds: float
    interrupted: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 when every release is valid (or converted without validation), else 1."""
        return 0 if all(r["status"] in ("valid", "converted") for r in self.rows) and not self.interrupted else 1

    @property
    def throughput(self) -> float:
        done = sum(1 for r in self.rows if not r.get("skipped"))
        return done / self.seconds if self.seconds > 0 else 0.0


# ------------------------------------------------------------------ inputs and names


def discover(inputs: list[Path]) -> list[Path]:
    """Every release the inputs name, resolved, each once, sorted by path."""
    found: set[Path] = set()
    for item in inputs:
        text = str(item)
        if text.startswith("@") or item.suffix.lower() in LIST_SUFFIXES:
            found.update(discover(_read_list(Path(text[1:]) if text.startswith("@") else item)))
        elif item.is_dir():
            found.update(p.resolve() for p in item.rglob("*") if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES)
        elif item.is_file():
            found.add(item.resolve())
        else:
            raise PrxbrlError(f"{item}: no such file or folder")
    return sorted(found)


def _read_list(path: Path) -> list[Path]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise PrxbrlError(f"{path}: cannot read the list ({exc.strerror})") from None
    out = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            p = Path(line)
            out.append(p if p.is_absolute() else path.parent / p)
    return out


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "release"


def output_names(paths: list[Path]) -> dict[Path, str]:
    """A folder name per input: the stem, made longer for every input whose name collides (deterministic)."""
    variants = [
        lambda p: _safe(p.stem),
        lambda p: _safe(f"{p.stem}-{p.suffix.lstrip('.')}"),
        lambda p: _safe(f"{p.parent.name}-{p.stem}-{p.suffix.lstrip('.')}"),
    ]
    level = {p: 0 for p in paths}
    for _ in range(len(variants)):
        names = {p: variants[level[p]](p) for p in paths}
        seen: dict[str, list[Path]] = {}
        for p, n in names.items():
            seen.setdefault(n.lower(), []).append(p)
        clashes = [ps for ps in seen.values() if len(ps) > 1]
        if not clashes:
            return names
        for ps in clashes:
            for p in ps:
                level[p] = min(level[p] + 1, len(variants) - 1)
    names = {p: variants[level[p]](p) for p in paths}
    out: dict[Path, str] = {}
    used: set[str] = set()
    for p in sorted(paths):
        n, k = names[p], 2
        while n.lower() in used:
            n, k = f"{names[p]}-{k}", k + 1
        used.add(n.lower())
        out[p] = n
    return out


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ------------------------------------------------------------------ one release (runs in a worker)

_VALIDATORS: dict[tuple, Any] = {}  # per worker process: (packages, amortise) -> TemplateValidator


def _validator(opts: BatchOptions):
    from .arelle_bridge import TemplateValidator

    key = (opts.packages, opts.amortise)
    if key not in _VALIDATORS:
        _VALIDATORS[key] = TemplateValidator([Path(p) for p in opts.packages], amortise=opts.amortise)
    return _VALIDATORS[key]


def close_validators() -> None:
    while _VALIDATORS:
        _VALIDATORS.popitem()[1].close()


def convert_one(input_path: str, outdir: str, name: str, opts: BatchOptions, digest: str) -> dict[str, Any]:
    """Convert one release into ``outdir/name``; its batch row. Never raises for a bad release."""
    from .mapping.build import Options
    from .pipeline import convert

    t = time.perf_counter()
    row: dict[str, Any] = {"input": input_path, "name": name, "sha256": "", "status": "error", "exit": 3, "facts": 0,
                           "errors": 0, "warnings": 0, "unexplained": 0, "seconds": 0.0, "message": "",
                           "options": digest, "timings": {}}
    try:
        row["sha256"] = sha256_of(Path(input_path))
        validator = _validator(opts) if opts.validate else None
        res = convert(Path(input_path), Path(outdir) / name, formats=list(opts.formats), options=Options(),
                      validate=opts.validate, validator=validator, sync=opts.sync)
        counts = res.report.counts
        row.update(facts=counts.facts, unexplained=counts.unexplained_cells, timings={k: round(v, 3) for k, v in res.timings.items()})
        if res.validation is None:
            row.update(status="converted", exit=0)
        else:
            row.update(errors=len(res.validation.errors), warnings=len(res.validation.warnings),
                       status="valid" if res.validation.ok else "invalid", exit=0 if res.validation.ok else 1)
            if not res.validation.ok:
                row["message"] = "; ".join(f"{f.code}: {f.message}" for f in res.validation.errors[:3])[:500]
    except PrxbrlError as exc:
        row.update(status="failed", exit=exc.exit_code, message=str(exc))
    except FileNotFoundError as exc:
        row.update(status="failed", exit=2, message=f"{exc.filename or exc}: no such file")
    except (MemoryError, RecursionError) as exc:
        row.update(status="failed", exit=2, message=f"{type(exc).__name__}: the input is too large or too deeply nested")
    except Exception as exc:  # noqa: BLE001 - a defect of ours; the batch goes on
        row.update(status="error", exit=3, message=f"internal error: {type(exc).__name__}: {exc}")
    row["seconds"] = round(time.perf_counter() - t, 3)
    return row


def _ignore_sigint() -> None:
    """Pool workers finish the release they are on when Ctrl-C stops the batch (the main process decides)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ------------------------------------------------------------------ executors


def _local(jobs: list[tuple], workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1:  # in this process; its validation server is stopped at the end (memory)
        try:
            for job in jobs:
                yield convert_one(*job)
        finally:
            close_validators()
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    ctx = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads (progress bar)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_ignore_sigint)
    try:
        pending = {pool.submit(convert_one, *job) for job in jobs}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask(jobs: list[tuple], address: str | bool, workers: int) -> Iterator[dict[str, Any]]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise PrxbrlError("--dask needs dask.distributed: pip install 'dask[distributed]'") from None
    cluster = None
    if isinstance(address, str) and address:
        try:
            client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise PrxbrlError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(convert_one, *job, pure=False, key=f"prxbrl-{i}-{job[2]}") for i, job in enumerate(jobs)]
        try:
            for fut in as_completed(futures):
                yield fut.result()
        finally:
            client.cancel([f for f in futures if not f.done()])
            try:
                client.run(close_validators)  # the workers' validation servers end with the batch
            except Exception:  # noqa: BLE001 - a worker that is gone has nothing to close
                pass
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------ the batch


def _previous(outdir: Path) -> dict[str, dict[str, Any]]:
    path = outdir / "batch.jsonl"
    out: dict[str, dict[str, Any]] = {}
    if path.is_file():
        for line in path.read_text("utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by an interruption
            if isinstance(row, dict) and "input" in row:
                out[row["input"]] = row
    return out


def _csv(rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ROW_FIELDS)
    for r in rows:
        w.writerow([r.get(k, "") for k in ROW_FIELDS])
    return buf.getvalue().encode("utf-8")


def run_batch(
    inputs: list[Path],
    outdir: Path,
    opts: BatchOptions = BatchOptions(),
    *,
    workers: int | None = None,
    dask: str | bool | None = None,
    force: bool = False,
    progress: bool = False,
    on_row: Callable[[dict[str, Any], int, int], None] | None = None,
) -> BatchResult:
    t0 = time.perf_counter()
    paths = discover(inputs)
    if not paths:
        raise PrxbrlError("no releases found (give files, folders with .txt/.htm/.html files, or @LIST)")
    for p in opts.packages:
        if not Path(p).is_file():
            raise PrxbrlError(f"{p}: no such taxonomy package")
    outdir = ensure_folder(Path(outdir))
    names = output_names(paths)
    digest = opts.digest()
    previous = {} if force else _previous(outdir)
    rows: dict[str, dict[str, Any]] = {}
    jobs = []
    for p in paths:
        old = previous.get(str(p))
        if (old and old.get("status") in DONE and old.get("options") == digest and old.get("name") == names[p]
                and (outdir / names[p]).is_dir() and old.get("sha256") == sha256_of(p)):
            rows[str(p)] = {**old, "skipped": True}
        else:
            jobs.append((str(p), str(outdir), names[p], opts, digest))
    n_workers = max(1, workers or os.cpu_count() or 1)
    total, done = len(paths), len(rows)
    interrupted = False
    bar = _Progress(total, done, enabled=progress)
    log = open(outdir / "batch.jsonl", "a", encoding="utf-8")
    try:
        if jobs:
            runner = _dask(jobs, dask, n_workers) if dask not in (None, False) else _local(jobs, min(n_workers, len(jobs)))
            try:
                for row in runner:
                    rows[row["input"]] = row
                    log.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                    log.flush()
                    done += 1
                    bar.update(row)
                    if on_row is not None:
                        on_row(row, done, total)
            except KeyboardInterrupt:
                interrupted = True
    finally:
        log.close()
        bar.close()
        ordered = [rows[str(p)] for p in paths if str(p) in rows]
        write_atomically(outdir / "batch.jsonl",
                         "".join(json.dumps({k: v for k, v in r.items() if k != "skipped"}, ensure_ascii=False,
                                            sort_keys=True) + "\n" for r in ordered).encode("utf-8"))
        write_atomically(outdir / "batch.csv", _csv(ordered))
    counts: dict[str, int] = {}
    for r in ordered:
        key = "skipped" if r.get("skipped") else r["status"]
        counts[key] = counts.get(key, 0) + 1
    return BatchResult(rows=ordered, outdir=outdir, seconds=time.perf_counter() - t0, interrupted=interrupted,
                       counts=counts)


class _Progress:
    """A tqdm bar on a terminal; plain lines otherwise (or nothing when not enabled)."""

    def __init__(self, total: int, done: int, enabled: bool) -> None:
        self.enabled = enabled
        self.tty = enabled and sys.stderr.isatty()
        self.total, self.done = total, done
        self.counts: dict[str, int] = {}
        self.bar = None
        if self.tty:
            try:
                from tqdm import tqdm

                if os.get_terminal_size(sys.stderr.fileno()).columns <= 0:  # a terminal without a size: lines
                    raise OSError("no terminal size")
                tqdm.monitor_interval = 0  # no monitor thread
                self.bar = tqdm(total=total, initial=done, unit="release", dynamic_ncols=True, file=sys.stderr)
            except (ImportError, OSError):
                self.tty = False

    def update(self, row: dict[str, Any]) -> None:
        self.done += 1
        self.counts[row["status"]] = self.counts.get(row["status"], 0) + 1
        if self.bar is not None:
            self.bar.set_postfix({k: v for k, v in sorted(self.counts.items())}, refresh=False)
            self.bar.update(1)
        elif self.enabled:
            msg = f" ({row['message'][:120]})" if row["status"] in ("failed", "error") else ""
            print(f"[{self.done}/{self.total}] {row['name']}: {row['status']}, {row['facts']} facts, "
                  f"{row['seconds']:.1f} s{msg}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def summary_text(res: BatchResult) -> str:
    parts = ", ".join(f"{v} {k}" for k, v in sorted(res.counts.items()))
    converted = sum(1 for r in res.rows if not r.get("skipped"))
    rate = f"; {res.throughput:.3f} releases/s" if converted else ""
    head = "batch interrupted" if res.interrupted else "batch"
    return (f"{head}: {len(res.rows)} releases ({parts}) in {res.seconds:.1f} s{rate}; "
            f"rows in {res.outdir / 'batch.jsonl'} and batch.csv")


def batch_command(args: Any) -> int:
    from .pipeline import parse_formats

    opts = BatchOptions(
        formats=tuple(parse_formats(args.format)),
        validate=not args.no_validate,
        packages=tuple(str(Path(p).resolve()) for p in args.taxonomy_package),
        sync=args.fsync,
    )
    if args.workers is not None and args.workers < 1:
        raise PrxbrlError("--workers must be at least 1")
    if args.dask and "://" not in args.dask and ":" not in args.dask and Path(args.dask).exists():
        args.inputs, args.dask = [Path(args.dask), *args.inputs], ""  # "--dask INPUT...": an input, not an address
    dask = None if args.dask is None else (args.dask or True)  # "--dask" alone: a LocalCluster
    res = run_batch(args.inputs, args.outdir, opts, workers=args.workers, dask=dask, force=args.force, progress=True)
    print(summary_text(res), file=sys.stderr)
    if res.interrupted:
        return 130
    return res.exit_code
