"""Shared fixtures: the example release, the corpus and the shared taxonomy package (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "iij-1h-fy2010" / "iij-1h-fy2010-release.txt"
CORPUS = SHARED / "corpus"
PACKAGE = SHARED / "taxonomies" / "us-gaap-2024-offline-package-WITH-NOT-OFFICIAL-srt-standins.zip"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared folder (../shared beside the checkout) holds it; CI has it")
    return path


@pytest.fixture(scope="session")
def iij():
    from converter.extract import extract_file

    return extract_file(EXAMPLE)


@pytest.fixture(scope="session")
def corpus_docs():
    from converter.extract import extract_file

    need_shared(CORPUS)
    return {p.name: extract_file(p) for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".html")}


def cells(doc, *, line: int | None = None, label: str | None = None, table: str | None = None):
    """The cells of a line-item document, filtered by source line, label (prefix, case-insensitive) or table id."""
    out = []
    for t in doc.tables:
        if table and t.id != table:
            continue
        for r in t.rows:
            for c in r.cells:
                if line is not None and c.span.line != line:
                    continue
                if label is not None and not c.label.lower().startswith(label.lower()):
                    continue
                out.append(c)
    return out


def cell_at(doc, line: int, raw: str):
    found = [c for c in cells(doc, line=line) if c.raw == raw]
    assert len(found) == 1, f"line {line}: {raw!r} found {len(found)} times: {[c.raw for c in cells(doc, line=line)]}"
    return found[0]
