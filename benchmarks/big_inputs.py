"""Time and peak memory of ``prxbrl convert`` on very large inputs (a benchmark, not a test).

    python benchmarks/big_inputs.py [--mb 19] [--validate] [--keep DIR]

Builds, from the example and the corpus: a text release of the corpus's text releases one after another up to
--mb MB, an HTML release repeating the body of the largest corpus HTML release up to --mb MB, and a text release
just under the figure limit (readers.MAX_FIGURES). Runs the command line on each in a child process and prints
its exit status, seconds, peak resident memory (MB) and the last line of its stderr. Every input under the size
limit must convert or be refused within 60 s and 1 GB.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "iij-1h-fy2010" / "iij-1h-fy2010-release.txt"


def build(folder: Path, mb: float) -> list[Path]:
    from prxbrl.readers import _FIGURE, MAX_FIGURES

    size = int(mb * 1024 * 1024)
    corpus = SHARED / "corpus"
    texts = [EXAMPLE.read_bytes()] + ([p.read_bytes() for p in sorted(corpus.glob("*.txt"))] if corpus.is_dir() else [])
    out = bytearray()
    while len(out) < size:
        for t in texts:
            out += t + b"\n\n"
    big_txt = folder / "big.txt"
    big_txt.write_bytes(bytes(out[:size]))

    paths = [big_txt]
    htmls = sorted(corpus.glob("*.html"), key=lambda p: p.stat().st_size) if corpus.is_dir() else []
    if htmls:
        h = htmls[-1].read_bytes()
        i = h.find(b">", h.lower().find(b"<body")) + 1
        j = h.lower().rfind(b"</body>")
        body = h[i:j]
        big_html = folder / "big.html"
        big_html.write_bytes(h[:j] + body * max(1, (size - len(h)) // len(body)) + h[j:])
        paths.append(big_html)

    # the longest prefix of the text release under the figure limit, cut at a line
    text = big_txt.read_text("utf-8", errors="replace")
    count, cut = 0, 0
    for m in re.finditer(r"[^\n]*\n", text):
        count += len(_FIGURE.findall(m.group()))
        if count > MAX_FIGURES * 0.99:
            break
        cut = m.end()
    limit = folder / "at-the-figure-limit.txt"
    limit.write_text(text[:cut], "utf-8")
    paths.append(limit)
    return paths


def run(path: Path, out: Path, validate: bool) -> tuple[int, float, float, str]:
    cmd = [sys.executable, "-m", "prxbrl.cli", "convert", str(path), "-o", str(out)] + ([] if validate else ["--no-validate"])
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    last = err.strip().splitlines()[-1] if err.strip() else ""
    return os.waitstatus_to_exitcode(status), secs, usage.ru_maxrss / 1024, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=19)
    ap.add_argument("--validate", action="store_true", help="validate with Arelle as convert does by default")
    ap.add_argument("--keep", type=Path, help="build the inputs in this folder and keep them")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="prxbrl-big-"))
    folder.mkdir(parents=True, exist_ok=True)
    resource.getrusage(resource.RUSAGE_CHILDREN)
    for path in build(folder, args.mb):
        rc, secs, rss, last = run(path, folder / f"out-{path.stem}", args.validate)
        print(f"{path.name:28s} {path.stat().st_size / 1048576:6.1f} MB  exit {rc}  {secs:6.1f} s  {rss:6.0f} MB peak  {last[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
