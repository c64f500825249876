"""prxbrl batch (prxbrl.batching): inputs, output names, rows, skipping, a bad release, the pool and Dask."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT
from prxbrl.batching import ROW_FIELDS, BatchOptions, discover, output_names, run_batch
from prxbrl.errors import PrxbrlError


def cli(*args):
    return subprocess.run([sys.executable, "-m", "prxbrl.cli", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture()
def releases(tmp_path):
    """The example twice (under two names, in two folders), an empty file and a binary file."""
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "b" / "deeper").mkdir(parents=True)
    shutil.copy(EXAMPLE, src / "a" / "iij.txt")
    shutil.copy(EXAMPLE, src / "b" / "deeper" / "iij-copy.txt")
    (src / "b" / "empty.txt").write_text("", "utf-8")
    (src / "b" / "binary.htm").write_bytes(b"%PDF-1.4\x00\x01\x02" * 100)
    (src / "b" / "notes.md").write_text("not a release", "utf-8")
    return src


def test_discover_folders_recursively_and_lists(releases, tmp_path):
    found = discover([releases])
    assert [p.name for p in found] == ["iij.txt", "binary.htm", "iij-copy.txt", "empty.txt"]
    lst = tmp_path / "list.txt"
    lst.write_text("# two releases\nin/a/iij.txt\n\nin/b/empty.txt\n", "utf-8")
    assert [p.name for p in discover([Path(f"@{lst}")])] == ["iij.txt", "empty.txt"]
    assert discover([releases / "a" / "iij.txt", releases / "a"]) == [(releases / "a" / "iij.txt").resolve()]
    with pytest.raises(PrxbrlError, match="no such file or folder"):
        discover([tmp_path / "absent"])


def test_output_names_are_unique_and_deterministic():
    paths = [Path("/x/q1/acme.txt"), Path("/x/q1/acme.html"), Path("/x/q2/acme.txt"), Path("/x/q2/other.txt"),
             Path("/x/q3/a b.txt")]
    names = output_names(paths)
    assert names[Path("/x/q2/other.txt")] == "other"
    assert names[Path("/x/q1/acme.html")] == "acme-html"
    assert names[Path("/x/q1/acme.txt")] == "q1-acme-txt" and names[Path("/x/q2/acme.txt")] == "q2-acme-txt"
    assert names[Path("/x/q3/a b.txt")] == "a_b"
    assert output_names(list(reversed(paths))) == names
    same = [Path("/x/q/acme.txt"), Path("/y/q/acme.txt")]
    assert sorted(output_names(same).values()) == ["q-acme-txt", "q-acme-txt-2"]


def test_batch_rows_folders_skip_and_force(releases, tmp_path):
    out = tmp_path / "out"
    res = run_batch([releases], out, BatchOptions(validate=False), workers=1)
    by_name = {r["name"]: r for r in res.rows}
    assert set(by_name) == {"iij", "iij-copy", "empty", "binary"}
    assert by_name["empty"]["status"] == "failed" and by_name["empty"]["exit"] == 2
    assert "empty file" in by_name["empty"]["message"]
    assert by_name["binary"]["status"] == "failed" and "binary" in by_name["binary"]["message"]
    assert by_name["iij"]["status"] == "converted" and by_name["iij"]["facts"] > 700
    assert by_name["iij"]["facts"] == by_name["iij-copy"]["facts"]
    assert res.exit_code == 1
    assert (out / "iij" / "iij-20100930.xml").is_file() and (out / "iij" / "report.json").is_file()
    assert not (out / "empty").exists()  # a failed release writes nothing
    rows = [json.loads(line) for line in (out / "batch.jsonl").read_text("utf-8").splitlines()]
    assert [r["input"] for r in rows] == [str(p) for p in discover([releases])]
    with open(out / "batch.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ROW_FIELDS and len(table) == 5
    assert rows[0]["sha256"] and len(rows[0]["sha256"]) == 64

    again = run_batch([releases], out, BatchOptions(validate=False), workers=1)
    assert again.counts == {"skipped": 2, "failed": 2}  # failed releases are tried again
    (releases / "a" / "iij.txt").write_text(EXAMPLE.read_text("utf-8") + "\n", "utf-8")  # changed input
    changed = run_batch([releases], out, BatchOptions(validate=False), workers=1)
    assert changed.counts == {"skipped": 1, "converted": 1, "failed": 2}
    forced = run_batch([releases], out, BatchOptions(validate=False), workers=1, force=True)
    assert forced.counts == {"converted": 2, "failed": 2}
    other = run_batch([releases], out, BatchOptions(validate=False, formats=("xml", "json")), workers=1)
    assert other.counts == {"converted": 2, "failed": 2}  # other options: converted again


def test_batch_with_validation_on_two_workers(releases, tmp_path):
    for bad in ("empty.txt", "binary.htm"):
        (releases / "b" / bad).unlink()
    res = run_batch([releases], tmp_path / "out", BatchOptions(validate=True), workers=2)
    assert [r["status"] for r in res.rows] == ["valid", "valid"], res.rows
    assert res.exit_code == 0
    assert all(r["errors"] == 0 and r["timings"]["validate"] > 0 for r in res.rows)


def test_batch_on_a_dask_local_cluster(releases, tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed is installed by the test extra")
    (releases / "b" / "binary.htm").unlink()
    res = run_batch([releases], tmp_path / "out", BatchOptions(validate=True), workers=2, dask=True)
    by_name = {r["name"]: r for r in res.rows}
    assert by_name["iij"]["status"] == "valid" and by_name["iij-copy"]["status"] == "valid"
    assert by_name["empty"]["status"] == "failed"
    assert (tmp_path / "out" / "iij-copy" / "iij-20100930.xml").is_file()


def test_cli_exit_status(releases, tmp_path):
    r = cli("batch", tmp_path / "absent", "-o", tmp_path / "out")
    assert r.returncode == 2 and r.stderr.startswith("prxbrl: error:") and "Traceback" not in r.stderr
    r = cli("batch", releases / "b" / "empty.txt", "-o", tmp_path / "out", "--no-validate")
    assert r.returncode == 1 and "1 failed" in r.stderr
    r = cli("batch", releases / "a", "-o", tmp_path / "out", "--no-validate", "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert "1 converted" in r.stderr and "[1/1] iij: converted" in r.stderr
    r = cli("batch", releases / "a", "-o", tmp_path / "out", "--workers", "0")
    assert r.returncode == 2


def test_cli_dask_before_the_inputs_takes_no_input_for_an_address(monkeypatch, releases, tmp_path):
    from prxbrl import batching
    from prxbrl.cli import _parser

    seen = {}

    def fake(inputs, outdir, opts, **kw):
        seen.update(inputs=inputs, dask=kw["dask"])
        raise PrxbrlError("stop")

    monkeypatch.setattr(batching, "run_batch", fake)
    args = _parser().parse_args(["batch", "--dask", str(releases / "a"), str(releases / "b"), "-o", str(tmp_path)])
    with pytest.raises(PrxbrlError):
        batching.batch_command(args)
    assert seen == {"inputs": [releases / "a", releases / "b"], "dask": True}
    args = _parser().parse_args(["batch", str(releases / "a"), "--dask", "tcp://10.0.0.1:8786", "-o", str(tmp_path)])
    with pytest.raises(PrxbrlError):
        batching.batch_command(args)
    assert seen["dask"] == "tcp://10.0.0.1:8786"
