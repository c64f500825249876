"""HTML reader, source scan: the visible stream of the decoded source with each character's offset, the start
tags in source order, and locating a cell's or paragraph's text in that stream (see ``html.py``)."""

from __future__ import annotations

import html as _html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..models import Span
from .html_text import _TRANSLATE, BLOCK_TAGS, RAW_TEXT_TAGS

# ---------------------------------------------------------------- source scan

_TOKEN = re.compile(
    r"""(?P<comment><!--.*?(?:-->|\Z))
      | (?P<decl><[!?][^>]*+>?)
      | (?P<end></(?P<ename>[A-Za-z][^\s/>]*+)[^>]*+>?)
      | (?P<start><(?P<sname>[A-Za-z][^\s/>]*+)(?:[^>"']++|"[^"]*+"|'[^']*+')*+>)
      | (?P<ent>&(?:\#[xX][0-9A-Fa-f]++;?|\#[0-9]++;?|[A-Za-z][A-Za-z0-9]*+;?))
      | (?P<text>[^<&]++)
      | (?P<other>[<&])""",
    re.S | re.X,
)


@dataclass
class _Source:
    text: str
    line_starts: list[int]
    stream: str = ""  # visible characters, normalised
    vstart: list[int] = field(default_factory=list)  # source offset of each visible character
    vend: list[int] = field(default_factory=list)
    tags: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # name -> [(start, end)] of start tags
    table_ends: list[int | None] = field(default_factory=list)  # per <table> start tag: end offset of </table>


_SLOW_CHARS = re.compile(r"[^\t\n\r !-~\u00a1-\u00ac\u00ae-\u1fff\u2010-\u2027\u2030-\u205e\u2070-\u2fff\u3001-\ufefe]")
_WORD_OR_WS = re.compile(r"\S+|\s+")


def _scan(text: str) -> _Source:
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    src = _Source(text=text, line_starts=line_starts)
    chars: list[str] = []
    vstart = src.vstart
    vend = src.vend
    tags = src.tags
    table_stack: list[int] = []
    space = True  # the last visible character is a space (or there is none yet)
    pos = 0
    n = len(text)
    translate = _TRANSLATE
    restart = True
    while restart:
        restart = False
        for m in _TOKEN.finditer(text, pos):
            kind = m.lastgroup
            if kind == "comment" or kind == "decl":
                continue
            s, e = m.span()
            if kind == "start" or kind == "end":
                if kind == "start":
                    name = m.group("sname").lower()
                    tags.setdefault(name, []).append((s, e))
                    if name == "table":
                        table_stack.append(len(src.table_ends))
                        src.table_ends.append(None)
                    elif name in RAW_TEXT_TAGS:
                        close = re.compile(r"</" + re.escape(name) + r"[\s/>]", re.I).search(text, e)
                        pos = close.start() if close else n
                        restart = pos < n
                else:
                    name = m.group("ename").lower()
                    if name == "table" and table_stack:
                        src.table_ends[table_stack.pop()] = e
                if name in BLOCK_TAGS and not space:
                    chars.append(" ")
                    vstart.append(s)
                    vend.append(e)
                    space = True
                if restart:
                    break
                continue
            piece = m.group()
            if kind == "text" and not _SLOW_CHARS.search(piece):
                for w in _WORD_OR_WS.finditer(piece):
                    ws, we = w.span()
                    if piece[ws].isspace():
                        if not space:
                            chars.append(" ")
                            vstart.append(s + ws)
                            vend.append(s + ws + 1)
                            space = True
                    else:
                        chars.append(w.group())
                        vstart.extend(range(s + ws, s + we))
                        vend.extend(range(s + ws + 1, s + we + 1))
                        space = False
                continue
            if kind == "ent":
                piece = _html.unescape(piece)
            for i, ch in enumerate(piece):
                t = translate.get(ord(ch), ch)
                if t is None:
                    continue
                if kind == "ent":
                    cs, ce = s, e
                else:
                    cs, ce = s + i, s + i + 1
                if t.isspace():
                    if space:
                        continue
                    t = " "
                    space = True
                else:
                    space = False
                chars.append(t)
                vstart.append(cs)
                vend.append(ce)
    src.stream = "".join(chars)
    return src


# ---------------------------------------------------------------- locating text


class _Locator:
    def __init__(self, src: _Source, block_starts: list[int]) -> None:
        self.src = src
        self.block_starts = block_starts
        self.cursor = 0

    def _line_col(self, off: int) -> tuple[int, int]:
        line = bisect_right(self.src.line_starts, off)
        return line, off - self.src.line_starts[line - 1]

    def line_of(self, off: int) -> int:
        return bisect_right(self.src.line_starts, off)

    def _ok(self, frm: int, at: int) -> bool:
        """No (anchored) block start tag between the search origin and the match."""
        k = bisect_right(self.block_starts, frm)
        return k >= len(self.block_starts) or self.block_starts[k] >= self.src.vstart[at]

    def _find(self, needle: str, i: int, frm: int) -> int:
        stream = self.src.stream
        while True:
            j = stream.find(needle, i)
            if j < 0 or not self._ok(frm, j):
                return -1
            before = stream[j - 1] if j else " "
            after = stream[j + len(needle)] if j + len(needle) < len(stream) else " "
            if not ((needle[0].isalnum() and before.isalnum()) or (needle[-1].isalnum() and after.isalnum())):
                return j
            i = j + 1

    def locate(self, text: str, anchor: int | None) -> tuple[int, int] | None:
        """Source [start, end) offsets of normalised ``text`` searched from ``anchor`` (and the cursor)."""
        if not text:
            return None
        frm = max(anchor or 0, self.cursor)
        i = bisect_left(self.src.vstart, frm)
        j = self._find(text, i, frm)
        if j >= 0:
            k = j + len(text) - 1
        else:  # first and last visible tokens
            toks = text.split(" ")
            if len(toks) < 2:
                return None
            j = self._find(toks[0], i, frm)
            if j < 0:
                return None
            k = self._find(toks[-1], j + len(toks[0]), frm)
            if k < 0:
                return None
            k += len(toks[-1]) - 1
        start, end = self.src.vstart[j], self.src.vend[k]
        self.cursor = end
        return start, end

    def span(self, off: tuple[int, int] | None, fallback_off: int | None, fallback_line: int | None) -> Span:
        lines_n = len(self.src.line_starts)
        if off is not None:
            (l1, c1), (l2, c2) = self._line_col(off[0]), self._line_col(off[1] - 1)
            if l1 == l2:
                return Span(line=l1, start=c1, end=c2 + 1)
            return Span(line=l1, start=c1, end=self._line_len(l1))
        if fallback_off is not None:
            line = self.line_of(fallback_off)
        elif fallback_line and 1 <= fallback_line <= lines_n:
            line = fallback_line
        else:
            line = 1
        return Span(line=line, start=0, end=self._line_len(line))

    def _line_len(self, line: int) -> int:
        ls = self.src.line_starts
        start = ls[line - 1]
        stop = ls[line] if line < len(ls) else len(self.src.text)
        seg = self.src.text[start:stop]
        return len(seg.rstrip("\r\n")) if seg.endswith(("\n", "\r")) else len(seg)


