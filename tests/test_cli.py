"""Bad input: one line on stderr, a non-zero exit, no traceback and nothing written."""

import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "prxbrl.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT)


def _truncated(tmp_path):
    lines = EXAMPLE.read_text("utf-8").splitlines()[:300]
    lines.append("      Short-term borrowings 4,450,000 \u00a0")
    p = tmp_path / "truncated.txt"
    p.write_text("\n".join(lines), "utf-8")
    return p


def _big(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    return p


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda d: (d / "empty.txt").write_bytes(b"") and None or d / "empty.txt", "empty file"),
        (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 20) and None or d / "bin.txt", "binary file"),
        (lambda d: (d / "prose.txt").write_text("A release without a single table.\n") and None or d / "prose.txt", "no tables found"),
        (_truncated, "truncated"),
        (_big, "file too large"),
        (lambda d: d / "missing.txt", "no such file"),
    ],
)
def test_bad_input(tmp_path, make, message):
    src = make(tmp_path)
    out = tmp_path / "out.json"
    r = run("extract", src, "-o", out)
    assert r.returncode == 2
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_extract_writes_json(tmp_path):
    out = tmp_path / "iij.json"
    r = run("extract", EXAMPLE, "-o", out)
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text("utf-8"))
    assert doc["reporting_currency"] == "JPY" and len(doc["tables"]) > 30
    first = out.read_bytes()
    run("extract", EXAMPLE, "-o", out)
    assert out.read_bytes() == first


def test_convert_rejects_an_unknown_format(tmp_path):
    r = run("convert", EXAMPLE, "-o", tmp_path / "o", "--format", "pdf", "--no-validate")
    assert r.returncode == 2 and "unknown format 'pdf'" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_convert_with_a_cik(tmp_path):
    out = tmp_path / "o"
    r = run("convert", EXAMPLE, "-o", out, "--no-validate", "--entity-id", "1090635", "--strict")
    assert r.returncode == 0, r.stderr
    xml = (out / "iij-20100930.xml").read_text("utf-8")
    assert '<xbrli:identifier scheme="http://www.sec.gov/CIK">1090635</xbrli:identifier>' in xml
    assert ">0001090635</dei:EntityCentralIndexKey>" in xml
    assert "0 unexplained" in r.stderr
