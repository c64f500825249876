"""Inline XBRL, layout of the release: the text and HTML blocks (paragraphs, tables, headings) in the order the
release prints them, for ``inline.py`` to render."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import LineItemDocument, SourceDocument, Table

_WORD = re.compile(r"[A-Za-z0-9]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@dataclass
class _Block:
    kind: str  # "p", "note", "table"
    text: str = ""
    table: Table | None = None
    caption: list[tuple[str, bool]] = field(default_factory=list)


def _text_blocks(source: SourceDocument, doc: LineItemDocument) -> list[_Block]:
    lines = source.lines
    tables = sorted(enumerate(doc.tables), key=lambda it: (it[1].first_line, it[0]))
    starts: dict[int, list[Table]] = {}
    covered: set[int] = set()
    for _, t in tables:
        starts.setdefault(t.first_line, []).append(t)
        covered.update(range(t.first_line, t.last_line + 1))
    used: set[int] = set()
    blocks: list[_Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(_Block("p", "\n".join(para)))
            para.clear()

    for no in range(1, len(lines) + 1):
        for t in starts.get(no, []):
            flush()
            blocks.extend(_text_table(lines, t, used))
        if no in covered:
            flush()
            continue
        text = lines[no - 1].strip()
        if text:
            para.append(text)
        else:
            flush()
    flush()
    return blocks


def _text_table(lines: list[str], t: Table, used: set[int]) -> list[_Block]:
    """The table block and its notes: caption from the title and context lines printed in the region."""
    row_lines = [r.line for r in t.rows]
    first_row = min(row_lines) if row_lines else t.last_line + 1
    last_row = max(row_lines) if row_lines else t.last_line
    header_words: set[str] = set()
    for c in t.columns:
        header_words.update(_words(c.header))
    title = " ".join(t.title.split())
    caption: list[tuple[str, bool]] = []
    title_seen = False
    for no in range(t.first_line, min(first_row, t.last_line + 1)):
        if no in used or no > len(lines):
            continue
        used.add(no)
        text = " ".join(lines[no - 1].split())
        if not text:
            continue
        if title and not title_seen and text == title:
            caption.append((text, True))
            title_seen = True
            continue
        words = _words(text)
        if words and sum(1 for w in words if w in header_words) >= 0.6 * len(words):
            continue  # a header line: shown as the header row
        caption.append((text, False))
    if title and not title_seen:
        caption.insert(0, (title, True))
    used.update(range(first_row, last_row + 1))
    blocks = [_Block("table", table=t, caption=caption)]
    notes = []
    for no in range(last_row + 1, t.last_line + 1):
        if no in used or no > len(lines):
            continue
        used.add(no)
        text = lines[no - 1].strip()
        if text:
            notes.append(text)
    if notes:
        blocks.append(_Block("note", "\n".join(notes)))
    return blocks


def _html_blocks(source: SourceDocument, doc: LineItemDocument) -> list[_Block]:
    """Paragraphs and tables by their place in the source (a paragraph's column is found by its words)."""
    lines = source.lines
    items: list[tuple[tuple[int, int, int], int, _Block]] = []
    cursor = (0, 0)
    for n, p in enumerate(source.paragraphs):
        col = 0 if p.line != cursor[0] else cursor[1]
        line = lines[p.line - 1] if 0 < p.line <= len(lines) else ""
        words = _WORD.findall(p.text)[:4]
        if words:
            gap = r"(?:<[^>]*>|&#?\w+;|[^A-Za-z0-9<&])+"
            m = re.compile(gap.join(re.escape(w) for w in words)).search(line, col)
            if m:
                col = m.start()
        cursor = (p.line, col)
        items.append(((p.line, col, 1), n, _Block("p", p.text)))
    for n, t in enumerate(doc.tables):
        spans = [(c.span.line, c.span.start) for r in t.rows for c in r.cells]
        line, col = min(spans) if spans else (t.first_line, 0)
        if line != t.first_line:
            line, col = t.first_line, 0
        title = " ".join(t.title.split())
        items.append(((line, col, 0), n, _Block("table", table=t, caption=[(title, True)] if title else [])))
    items.sort(key=lambda it: (it[0], it[1]))
    # a paragraph repeating the title of the next table is shown as that table's caption
    blocks: list[_Block] = []
    pending: list[_Block] = []
    for _, _, b in items:
        if b.kind != "table":
            pending.append(b)
            continue
        title = b.caption[0][0] if b.caption else ""
        for k, p in enumerate(pending):
            if title and " ".join(p.text.split()).lower() == title.lower():
                del pending[k]
                break
        blocks.extend(pending)
        pending = []
        blocks.append(b)
    blocks.extend(pending)
    return blocks


_SENTENCE = re.compile(r"[.!?:;,]\"?$")


def _heading_level(b: "_Block", first: bool) -> str | None:
    """A one-line paragraph without a full stop is a heading: the release's headline (h1) or a section (h2)."""
    if b.kind != "p" or "\n" in b.text.strip():
        return None
    t = b.text.strip()
    words = t.split()
    if not words or _SENTENCE.search(t) or not (t[0].isupper() or t[0].isdigit()):
        return None
    if first and len(words) <= 24:
        return "h1"
    return "h2" if len(words) <= 10 else None
