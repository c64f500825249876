"""The output folder is replaced as a whole (issue 10): killed at any step of publishing, it holds the complete
old output or the complete new one, never a mix, never files of an earlier run; killed runs' staging folders
are removed by the next run; two runs at once leave one complete output; a folder of the user's is never
replaced."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from prxbrl import fsutil
from prxbrl.mapping.build import Options
from prxbrl.pipeline import FORMATS, convert

from conftest import EXAMPLE, ROOT


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """An old output (every format, prefix iij) and a new one (XML only, prefix iijx): a mix would show."""
    base = tmp_path_factory.mktemp("outputs")
    convert(EXAMPLE, base / "old", formats=list(FORMATS), validate=False)
    convert(EXAMPLE, base / "new", formats=["xml"], validate=False, options=Options(prefix="iijx"))
    old, new = listing(base / "old"), listing(base / "new")
    assert set(old) != set(new) and any(n.endswith(".htm") for n in old)
    return base, old, new


def run(out: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "prxbrl.cli", "convert", str(EXAMPLE), "-o", str(out), "--no-validate", "--prefix", "iijx", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})


@pytest.mark.parametrize("step, expected", [("staged", "old"), ("locked", "old"), ("published", "new"), ("cleaned", "new")])
def test_killed_while_publishing_the_folder_is_old_or_new(outputs, tmp_path, step, expected):
    base, old, new = outputs
    out = tmp_path / "out"
    shutil.copytree(base / "old", out)
    r = run(out, env={"PRXBRL_FAULT_AT": step})
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert listing(out) == (old if expected == "old" else new)
    # the next run (its first step under the lock) removes what the killed one left beside the folder
    fsutil.recover(out)
    assert listing(out) == (old if expected == "old" else new)
    assert leftovers(out) == []


def _publish_in_a_child(staged: Path, out: Path, step: str) -> int:
    """Publish a copy of ``staged`` into ``out`` in a forked child without renameat2, killed at ``step``."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            fsutil._exchange = lambda a, b: False
            os.environ["PRXBRL_FAULT_AT"] = step
            with fsutil.staging_folder(out) as staging:
                for p in staged.iterdir():
                    shutil.copy(p, staging / p.name)
                fsutil.publish(staging, out)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return status


@pytest.mark.parametrize("step, expected", [("moved-aside", "old"), ("published", "new"), ("cleaned", "new")])
def test_without_an_atomic_exchange_a_killed_run_is_recovered(outputs, tmp_path, step, expected):
    """Where renameat2 is not available: old folder aside, new folder in. Killed between the two renames the
    folder is missing and the old one waits aside; the next run (recover) puts it back."""
    base, old, new = outputs
    out = tmp_path / "out"
    shutil.copytree(base / "old", out)
    status = _publish_in_a_child(base / "new", out, step)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    if step == "moved-aside":
        assert not out.exists()
    fsutil.recover(out)
    assert listing(out) == (old if expected == "old" else new)
    assert leftovers(out) == []


def test_files_of_an_earlier_run_do_not_survive(outputs, tmp_path):
    base, old, new = outputs
    out = tmp_path / "out"
    shutil.copytree(base / "old", out)
    killed = run(out, env={"PRXBRL_FAULT_AT": "locked"})
    assert killed.returncode == -signal.SIGKILL and leftovers(out)
    assert run(out).returncode == 0
    assert listing(out) == new  # no .htm, .json, .csv of the earlier --format all run
    assert leftovers(out) == []  # nor the staging folder of the killed run


def test_two_runs_at_once_leave_one_complete_output(outputs, tmp_path):
    base, old, new = outputs
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "prxbrl.cli", "convert", str(EXAMPLE), "-o", str(out), "--no-validate"]
    procs = [subprocess.Popen(cmd + extra, cwd=ROOT, stderr=subprocess.PIPE) for extra in (["--format", "all"], ["--prefix", "iijx"])]
    assert [p.wait() for p in procs] == [0, 0]
    assert listing(out) in (old, new)
    assert leftovers(out) == []


def test_a_folder_of_the_users_is_never_replaced(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my notes")
    r = run(out)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "holds files prxbrl did not write" in r.stderr
    assert listing(out) == {"notes.txt": b"my notes"} and leftovers(out) == []


def test_a_live_runs_staging_folder_is_left_alone(tmp_path):
    out = tmp_path / "out"
    with fsutil.staging_folder(out) as staging:
        (staging / "report.json").write_text("{}")
        fsutil.recover(out)  # another run tidying up: this staging folder is locked by a live run
        assert staging.is_dir()
    assert not staging.exists()
